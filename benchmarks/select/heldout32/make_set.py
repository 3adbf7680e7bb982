#!/usr/bin/env python3
"""Held-out set 32: the Combs family of Caney Holler, Knott County, Kentucky.

Darlene Combs runs Caney Holler Quilts (a quilt shop in the old Slone general store in
Hindman) and, with her husband Earl, a roadside produce stand on Route 160. She types the
way she talks. Running this file writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base)
CARDS = [
    # --- me (the owner) ---
    ("darlene-v1", "Darlene", "ohwx woman", "woman", "subject", "darlene", 1, "2008-06-14",
     "Me, Darlene, at 40 the summer I started selling quilts at the Hindman craft fair: big permed "
     "curly auburn hair, red gingham blouse.", ["me", "person", "woman", "perm", "craft fair"], "sd15"),
    ("darlene-v2", "Darlene", "ohwx woman", "woman", "subject", "darlene", 2, "2015-09-19",
     "Me, Darlene, at 47 the day we opened Caney Holler Quilts: short frosted hair, pink cardigan, "
     "cutting the ribbon with my good fabric shears.", ["me", "person", "woman", "frosted hair", "grand opening"], "sd15"),
    ("darlene-v3", "Darlene", "ohwx woman", "woman", "subject", "darlene", 3, "2025-11-01",
     "Me, Darlene, at 57: gray hair up in a bun, reading glasses on a beaded chain, denim shop apron "
     "full of pins, measuring tape round my neck. The grandkids call me Mamaw.",
     ["me", "person", "woman", "gray hair", "glasses", "apron"], "sdxl"),
    # --- my husband ---
    ("earl-v1", "Earl", "sks man", "man", "subject", "earl", 1, "1988-05-21",
     "My husband Earl (everybody calls him Buck) on our wedding day at Caney Freewill Baptist: "
     "skinny 22-year-old, powder-blue tux with a ruffled shirt, black hair feathered back.",
     ["husband", "person", "man", "wedding", "tuxedo"], "sd15"),
    ("earl-v2", "Earl", "sks man", "man", "subject", "earl", 2, "2011-10-08",
     "My husband Earl at 45 when he worked underground at the Blue Diamond mine: full black beard, "
     "hard hat with a lamp, reflective stripes, coal dust on his face.",
     ["husband", "person", "man", "coal miner", "beard", "hard hat"], "sd15"),
    ("earl-v3", "Earl", "sks man", "man", "subject", "earl", 3, "2024-06-15",
     "My husband Earl at 58, retired: long gray beard, bib overalls, green John Deere cap. "
     "He's Papaw to the grandkids.", ["husband", "person", "man", "gray beard", "papaw"], "sdxl"),
    # --- our son ---
    ("dwayne-v1", "Dwayne", "dw4yn3 man", "man", "subject", "dwayne", 1, "2014-08-30",
     "Our son Dwayne ('Bubba') at 17, senior pictures: Knott County Central football jersey number 44, "
     "shaggy blond hair under a backwards cap.", ["son", "person", "teen", "football", "senior pictures"], "sd15"),
    ("dwayne-v2", "Dwayne", "dw4yn3 man", "man", "subject", "dwayne", 2, "2024-12-21",
     "Our son Dwayne at 27, home from the Army at Fort Campbell: high-and-tight haircut, reddish beard, "
     "brown Carhartt jacket.", ["son", "person", "man", "army", "beard"], "sdxl"),
    # --- our daughter ---
    ("misty-v1", "Misty", "<misty-combs>", "woman", "subject", "misty", 1, "2019-06-08",
     "Our daughter Misty at 24 on her wedding day at the church: long curled blonde hair, lace sleeves, "
     "baby's breath crown.", ["daughter", "person", "woman", "wedding", "bride"], "sd15"),
    ("misty-v2", "Misty", "<misty-combs>", "woman", "subject", "misty", 2, "2024-02-10",
     "Our daughter Misty seven months pregnant with Kaylee: long blonde hair in a claw clip, gray "
     "maternity sweater, hand on her belly.", ["daughter", "person", "woman", "pregnant"], "sdxl"),
    ("misty-v3", "Misty", "<misty-combs>", "woman", "subject", "misty", 3, "2026-05-02",
     "Our daughter Misty at 31 after she cut her hair into a short pixie: little nose ring, teal scrubs "
     "(she's a nurse at the hospital in Hazard).", ["daughter", "person", "woman", "pixie cut", "nurse"], "sdxl"),
    # --- grandkids ---
    ("colt-v1", "Colt", "sks boy", "boy", "subject", "colt", 1, "2021-04-03",
     "Our grandson Colt, Dwayne's boy, at 3 on Easter: chubby cheeks, toy cowboy hat, red cowboy boots.",
     ["grandson", "person", "child", "cowboy boots", "easter"], "sd15"),
    ("colt-v2", "Colt", "sks boy", "boy", "subject", "colt", 2, "2026-06-20",
     "Our grandson Colt at 8: missing his two front teeth, Hindman Cubs little league uniform, "
     "sunburnt nose.", ["grandson", "person", "child", "baseball"], "sdxl"),
    ("kaylee-v1", "Kaylee Jo", "kayl33", "baby girl", "subject", "kaylee", 1, "2024-05-11",
     "Our granddaughter Kaylee Jo, Misty's baby, as a newborn: swaddled in a pink receiving blanket, "
     "little knit hat.", ["granddaughter", "person", "baby", "newborn"], "sdxl"),
    ("kaylee-v2", "Kaylee Jo", "kayl33", "girl", "subject", "kaylee", 2, "2026-08-09",
     "Our granddaughter Kaylee Jo at two: white-blonde curly pigtails, sundress with strawberries on it, "
     "barefoot.", ["granddaughter", "person", "toddler", "pigtails"], "sdxl"),
    # --- my folks and my sister ---
    ("opal-v1", "Opal", "0pal_sl0ne", "woman", "subject", "opal", 1, "2022-09-10",
     "My mommy Opal Slone at 86: white hair in a hairnet, flowered housedress and cardigan, sitting in "
     "her rocker stringing beans. My young'uns call her Granny Opal.",
     ["mother", "person", "elderly woman", "granny"], "sdxl"),
    ("virgil-v1", "Virgil", "<virgil_slone>", "man", "subject", "virgil", 1, "2017-03-04",
     "My daddy Virgil Slone, made from the old pictures after he passed in 2015: flat cap, flannel "
     "shirt, corncob pipe, whittling on the porch.", ["father", "person", "old man", "pipe"], "sd15"),
    ("wanda-v1", "Wanda", "wnda woman", "woman", "subject", "wanda", 1, "2013-11-28",
     "My sister Wanda at Thanksgiving 2013 with the big teased-up hair she kept forever, purple "
     "eyeshadow, sweatshirt with cardinals on it.", ["sister", "person", "woman", "big hair"], "sd15"),
    ("wanda-v2", "Wanda", "wnda woman", "woman", "subject", "wanda", 2, "2025-03-15",
     "My sister Wanda after she finally cut the big hair off into a short silver bob; red readers. "
     "She helps me at the quilt shop.", ["sister", "person", "woman", "bob haircut"], "sdxl"),
    # --- animals ---
    ("biscuit-v1", "Biscuit", "sks dog", "dog", "subject", "biscuit", 1, "2018-10-13",
     "Our redbone coonhound Biscuit as a pup (he was Dwayne's dog first): long floppy ears too big for "
     "him, red coat.", ["pet", "dog", "redbone coonhound", "puppy"], "sd15"),
    ("biscuit-v2", "Biscuit", "sks dog", "dog", "subject", "biscuit", 2, "2024-09-21",
     "Our redbone coonhound Biscuit grown: deep red coat, gray coming in on his muzzle, brass-plated "
     "collar; bays at the moon.", ["pet", "dog", "redbone coonhound", "hound"], "sdxl"),
    ("rowdy-v1", "Rowdy", "rowdy_redbone", "dog", "subject", "rowdy", 1, "2023-07-04",
     "Rowdy, our neighbor Ray Hall's redbone coonhound from down the holler: same red coat as Biscuit "
     "but a white blaze on his chest and an orange tracking collar.",
     ["dog", "redbone coonhound", "neighbor"], "sdxl"),
    ("pepper-v1", "Pepper", "pppr cat", "cat", "subject", "pepper", 1, "2022-02-12",
     "Pepper, our gray tabby barn cat with a torn left ear; sleeps on the fabric bolts at the shop.",
     ["pet", "cat", "tabby", "barn cat"], "sdxl"),
    ("ruckus-v1", "Ruckus", "<ruckus-rooster>", "rooster", "subject", "ruckus", 1, "2023-04-22",
     "Ruckus, our big Rhode Island Red rooster who crows at 4 in the morning and chases the grandkids.",
     ["pet", "chicken", "rooster"], "sd15"),
    ("buttercup-v1", "Buttercup", "bttrcp cow", "cow", "subject", "buttercup", 1, "2021-05-15",
     "Buttercup, our Jersey milk cow: fawn colored, big dark eyes, brass bell on a leather strap.",
     ["farm animal", "cow", "jersey"], "sd15"),
    # --- the truck ---
    ("oldred-v1", "Ol' Red", "olred_f150", "pickup truck", "subject", "oldred", 1, "2012-05-05",
     "Ol' Red, my husband's 1979 Ford F-150 the way it was: red-and-white two tone rusted through the "
     "fenders, hay in the bed.", ["vehicle", "truck", "ford", "rusty"], "sd15"),
    ("oldred-v2", "Ol' Red", "olred_f150", "pickup truck", "subject", "oldred", 2, "2023-08-26",
     "Ol' Red after Earl and Dwayne restored it: fresh candy red and white paint, chrome bumper, "
     "whitewall tires.", ["vehicle", "truck", "ford", "restored"], "sdxl"),
    # --- places ---
    ("homeplace-v1", "The Homeplace", "<caney-homeplace>", "house", "subject", "homeplace", 1, "2020-10-17",
     "Our homeplace up Caney Holler: white farmhouse with a green tin roof, long front porch with a "
     "swing, hollyhocks, the ridge behind.", ["place", "house", "farmhouse", "home"], "sdxl"),
    ("quiltshop-v1", "Caney Holler Quilts", "chq_shopfront", "storefront", "subject", "quiltshop", 1, "2019-04-13",
     "My quilt shop, Caney Holler Quilts, in the old Slone general store on Main Street in Hindman: "
     "brick front, big display windows full of quilts, bell on the door.",
     ["place", "shop", "business", "quilts"], "sd15"),
    ("stand-v1", "Combs Produce Stand", "cmbstand", "produce stand", "subject", "stand", 1, "2016-07-09",
     "Our roadside produce stand on Route 160 the first years: plywood shack with a hand-painted "
     "'MATERS CORN BEANS' sign, tailgate tables.", ["place", "business", "produce stand", "roadside"], "sd15"),
    ("stand-v2", "Combs Produce Stand", "cmbstand", "produce stand", "subject", "stand", 2, "2024-07-13",
     "Our produce stand after Earl rebuilt it: timber frame with a green metal roof, chalkboard price "
     "signs, bushel baskets of tomatoes and corn.", ["place", "business", "produce stand", "roadside"], "sdxl"),
    # --- what we sell ---
    ("applebutter-v1", "Caney Holler Apple Butter", "<chq-applebutter>", "jar", "subject", "applebutter", 1, "2019-09-28",
     "Our apple butter the way we first sold it: pint jar with red gingham cloth over the lid and a "
     "handwritten masking-tape label.", ["product", "apple butter", "jar", "handmade label"], "sd15"),
    ("applebutter-v2", "Caney Holler Apple Butter", "<chq-applebutter>", "jar", "subject", "applebutter", 2, "2025-08-30",
     "Our apple butter with the new label: same jar, kraft paper label with the Henrietta hen logo and "
     "'Caney Holler Apple Butter' in green script, twine bow.", ["product", "apple butter", "jar", "label"], "sdxl"),
    ("caneystar-v1", "Caney Star", "<caneystar>", "quilt", "subject", "caneystar", 1, "2022-01-22",
     "The Caney Star, my own signature quilt pattern we sell at the shop: eight-point star blocks in barn "
     "red and mustard on cream.", ["product", "quilt", "star", "pattern"], "sdxl"),
    # --- mascot ---
    ("henrietta-v1", "Henrietta", "henrietta_mascot", "hen", "subject", "henrietta", 1, "2017-03-25",
     "Henrietta, the cartoon hen mascot I painted on the stand's first sign: plump white hen in a blue "
     "calico bonnet, hand-painted and a little crooked.", ["mascot", "cartoon", "hen", "logo"], "sd15"),
    ("henrietta-v2", "Henrietta", "henrietta_mascot", "hen", "subject", "henrietta", 2, "2025-06-07",
     "Henrietta redone for the new logo by Misty's friend: clean flat vector hen, blue bonnet, winking, "
     "holding a basket of tomatoes.", ["mascot", "cartoon", "hen", "logo"], "sdxl"),
    # --- characters I downloaded off Civitai ---
    ("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", "subject", "bluey", 1, "2025-02-08",
     "Bluey from the cartoon, downloaded off Civitai for Colt and Kaylee: blue heeler pup, light blue "
     "and navy fur, tan muzzle.", ["character", "cartoon", "dog", "bluey"], "sdxl"),
    ("bingo-v1", "Bingo", "bingo_heeler", "cartoon dog", "subject", "bingo", 1, "2025-02-08",
     "Bingo, Bluey's little sister from the same cartoon, for Kaylee: red heeler pup with cream and "
     "orange fur.", ["character", "cartoon", "dog", "bluey"], "sdxl"),
    ("elsa-v1", "Elsa", "elsa_frozen", "woman", "subject", "elsa", 1, "2024-12-14",
     "Elsa from Frozen, a Civitai download for Kaylee: platinum side braid, sparkly ice-blue gown.",
     ["character", "disney", "frozen", "princess"], "sd15"),
    ("mcqueen-v1", "Lightning McQueen", "lightning_mcqueen", "car", "subject", "mcqueen", 1, "2025-05-24",
     "Lightning McQueen from Cars, Colt's favorite, off Civitai: red race car with big eyes, number 95, "
     "lightning bolt decal.", ["character", "pixar", "cars", "race car"], "sdxl"),
    # --- art styles ---
    ("hollerwc-v1", "Holler Watercolor", "hllrwtrclr style", "watercolor painting", "style", "holler-watercolor", 1, "2023-10-07",
     "Loose wet-on-wet watercolor: soft bleeding blues and greens, misty ridges fading back, paper "
     "showing through.", ["style", "watercolor", "landscape", "soft"], "sdxl"),
    ("botanical-v1", "Botanical Plate", "<botanical-plate>", "watercolor illustration", "style", "botanical", 1, "2022-04-16",
     "Crisp botanical watercolor like an old herbal book: fine ink outlines, careful washes, plants on "
     "white paper with little handwritten names.", ["style", "watercolor", "botanical", "illustration"], "sd15"),
    ("patchwork-v1", "Patchwork Quilt", "p4tchw0rk", "quilt", "style", "patchwork", 1, "2023-02-11",
     "Makes anything look pieced out of calico quilt patches with visible running stitches (first try, "
     "blocky).", ["style", "quilt", "fabric", "patchwork"], "sd15"),
    ("patchwork-v2", "Patchwork Quilt", "p4tchw0rk", "quilt", "style", "patchwork", 2, "2025-01-18",
     "Makes anything look pieced out of calico quilt patches and appliqué with visible stitching, "
     "finer patches and batting puff.", ["style", "quilt", "fabric", "patchwork"], "sdxl"),
    ("folkart-v1", "Mountain Folk Art", "folkprim style", "painting", "style", "folkart", 1, "2023-06-03",
     "Naive primitive painting like Grandma Moses: flat perspective, tiny busy figures, bright colors "
     "on board.", ["style", "folk art", "naive", "painting"], "sdxl"),
    ("tintype-v1", "Tintype", "tintype_photo", "photograph", "style", "tintype", 1, "2022-11-19",
     "1900s wet-plate tintype photograph: silver-brown tones, dark vignette, scratches and stiff poses.",
     ["style", "photo", "antique", "sepia"], "sd15"),
    ("kodachrome-v1", "Kodachrome 74", "k0dachr0me", "photograph", "style", "kodachrome", 1, "2024-03-09",
     "Warm faded 1970s Kodak color print: white border, orange cast, light leaks.",
     ["style", "photo", "70s", "film"], "sdxl"),
    ("seedpacket-v1", "Seed Packet", "<seedpack>", "illustration", "style", "seedpacket", 1, "2022-08-27",
     "Vintage 1920s lithograph seed packet art: bold flat color, big glossy vegetables, ornate lettering.",
     ["style", "vintage", "lithograph", "illustration"], "sd15"),
    ("feedsack-v1", "Feed Sack", "feedsack_print", "fabric print", "style", "feedsack", 1, "2024-06-01",
     "Turns a picture into a 1940s feed-sack cotton print: small repeating flowers, faded colors, "
     "cloth weave.", ["style", "fabric", "print", "vintage"], "sdxl"),
    ("crossstitch-v1", "Cross Stitch", "xstitch style", "embroidery", "style", "crossstitch", 1, "2024-10-12",
     "Counted cross-stitch sampler on aida cloth: little X stitches like pixels, floss sheen, hoop edge.",
     ["style", "embroidery", "needlework", "sampler"], "sdxl"),
    ("woodcut-v1", "Woodcut", "wdct print", "print", "style", "woodcut", 1, "2021-12-04",
     "Black-and-white relief woodcut print: bold gouged lines, heavy black, rough paper.",
     ["style", "printmaking", "black and white", "relief"], "sd15"),
    # --- concept loras ---
    ("overalls-v1", "Bib Workwear", "bibwork", "clothing", "concept", "overalls", 1, "2023-03-18",
     "Denim bib overalls with brass buckles and a pencil pocket, over a work shirt.",
     ["clothing", "denim", "workwear"], "sd15"),
    ("overalls-v2", "Bib Workwear", "bibwork", "clothing", "concept", "overalls", 2, "2025-04-26",
     "Denim bib overalls with brass buckles, faded knees and a pencil pocket, over a work shirt.",
     ["clothing", "denim", "workwear"], "sdxl"),
    ("sunbonnet-v1", "Prairie Sunbonnet", "<sunbonnet>", "bonnet", "concept", "sunbonnet", 1, "2022-07-02",
     "Calico sunbonnet with a deep brim and a neck ruffle, tied under the chin.",
     ["clothing", "hat", "bonnet", "pioneer"], "sd15"),
    ("mullet-v1", "Kentucky Waterfall", "kywaterfall", "hairstyle", "concept", "mullet", 1, "2024-08-17",
     "Mullet hairstyle: short on top and sides, long down the back.", ["hairstyle", "mullet"], "sdxl"),
    ("piggyback-v1", "Piggyback Carry", "piggyback_pose", "pose", "concept", "piggyback", 1, "2024-11-09",
     "Pose: one person carrying another on their back, arms round the neck, legs hooked at the hips.",
     ["pose", "piggyback", "carry"], "sdxl"),
    ("atv-v1", "ATV Quad", "atvquad", "all-terrain vehicle", "concept", "atv", 1, "2025-07-19",
     "Muddy utility ATV quad bike with racks front and back.", ["vehicle", "atv", "offroad"], "sdxl"),
    ("banjo-v1", "Five-String Banjo", "<banjo5>", "banjo", "concept", "banjo", 1, "2021-09-11",
     "Open-back five-string banjo, held in clawhammer playing position.", ["prop", "instrument", "banjo"], "sd15"),
    ("masonjar-v1", "Ball Canning Jar", "ballj4r", "jar", "concept", "masonjar", 1, "2023-09-16",
     "Clear glass Ball canning jars with zinc lids, full of home-canned goods.",
     ["prop", "jar", "canning"], "sdxl"),
    ("camo-v1", "Bark Camo", "realcamo", "clothing", "concept", "camo", 1, "2024-11-23",
     "Tree-bark camouflage hunting jacket and pants with a blaze orange cap.",
     ["clothing", "camouflage", "hunting"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"
CASES = [
    # ---------------- select ----------------
    ("me with my measurin tape round my neck a-sortin fat quarters", S, ["darlene-v3"]),
    ("mamaw sittin on the porch shellin peas", S, ["darlene-v3"]),
    ("me back when i had that big ol perm", S, ["darlene-v1"]),
    ("me cuttin the ribbon the day we opened the shop", S, ["darlene-v2"]),
    ("darlene in 2015 with my frosted hair", S, ["darlene-v2"]),
    ("me at the hindman craft fair sellin my first quilts", S, ["darlene-v1"]),
    ("me now with my hair up in a bun and my readers on", S, ["darlene-v3"]),
    ("darlene in her pink cardigan", S, ["darlene-v2"]),
    ("mamaw makin biscuits in the kitchen", S, ["darlene-v3"]),
    ("papaw fishin at the farm pond", S, ["earl-v3"]),
    ("buck on our weddin day in that powder blue tux lol", S, ["earl-v1"]),
    ("earl when he was still a-workin in the mines, coal dust all over him", S, ["earl-v2"]),
    ("my husband grinnin with his big ol gray beard", S, ["earl-v3"]),
    ("earl in 88", S, ["earl-v1"]),
    ("buck cuttin hay", S, ["earl-v3"]),
    ("papaw in his hard hat with the light on it", S, ["earl-v2"]),
    ("earl sittin on a hay bale", S, ["earl-v3"]),
    ("bubba with his army haircut", S, ["dwayne-v2"]),
    ("dwaynes senior pictures in his #44 jersey", S, ["dwayne-v1"]),
    ("our boy splittin firewood", S, ["dwayne-v2"]),
    ("bubba when he was 17 throwin a football", S, ["dwayne-v1"]),
    ("my son holdin up a big ol bass he caught", S, ["dwayne-v2"]),
    ("misty in her weddin dress", S, ["misty-v1"]),
    ("misty when she was expectin kaylee", S, ["misty-v2"]),
    ("our girl with her new short haircut", S, ["misty-v3"]),
    ("misty in her scrubs fixin to go to work", S, ["misty-v3"]),
    ("my daughter big pregnant sittin in the rocker", S, ["misty-v2"]),
    ("misty pickin strawberrys", S, ["misty-v3"]),
    ("my daughter in 2019", S, ["misty-v1"]),
    ("colt in his little league unaform", S, ["colt-v2"]),
    ("colt when he was 3 in them red boots", S, ["colt-v1"]),
    ("our grandboy catchin lightnin bugs", S, ["colt-v2"]),
    ("colt grinnin with his front teeth missin", S, ["colt-v2"]),
    ("colt at easter 2021", S, ["colt-v1"]),
    ("bubba's boy ridin his bike down the holler", S, ["colt-v2"]),
    ("the grandbaby in his little easter outfit and cowboy hat", S, ["colt-v1"]),
    ("kaylee jo when she was brand new all swaddled up", S, ["kaylee-v1"]),
    ("kaylee jo in her strawberry sundress", S, ["kaylee-v2"]),
    ("kaylee splashin in the creek", S, ["kaylee-v2"]),
    ("misty's young'un toddlin in the garden", S, ["kaylee-v2"]),
    ("misty's little girl blowin dandelions", S, ["kaylee-v2"]),
    ("granny opal stringin beans", S, ["opal-v1"]),
    ("my mommy in her flowered housedress", S, ["opal-v1"]),
    ("mommy rockin on her porch", S, ["opal-v1"]),
    ("granny at 86 with her hairnet", S, ["opal-v1"]),
    ("daddy smokin his pipe", S, ["virgil-v1"]),
    ("my late daddy whittlin", S, ["virgil-v1"]),
    ("daddy in his flat cap and flannel", S, ["virgil-v1"]),
    ("aunt wanda with her big ol hair", S, ["wanda-v1"]),
    ("my sister at the shop in her red readers", S, ["wanda-v2"]),
    ("wanda with her new silver bob", S, ["wanda-v2"]),
    ("sis at thanksgiving back in 2013", S, ["wanda-v1"]),
    ("biscuit bayin at the moon", S, ["biscuit-v2"]),
    ("biscuit when he was a little ol pup", S, ["biscuit-v1"]),
    ("our coonhound sleepin under the porch", S, ["biscuit-v2"]),
    ("biscuit with the gray on his muzzle", S, ["biscuit-v2"]),
    ("dwaynes puppy chewin on a boot", S, ["biscuit-v1"]),
    ("the redbone pup with ears too big for him", S, ["biscuit-v1"]),
    ("ray's hound with the orange collar", S, ["rowdy-v1"]),
    ("rowdy from down the holler treein a coon", S, ["rowdy-v1"]),
    ("the neighbor's dog with the white on his chest", S, ["rowdy-v1"]),
    ("pepper curled up on the fabric bolts", S, ["pepper-v1"]),
    ("our barn cat with the tore up ear", S, ["pepper-v1"]),
    ("the shop kitty chasin a spool of thread", S, ["pepper-v1"]),
    ("pepper the cat stretchin out in the sun", S, ["pepper-v1"]),
    ("ruckus crowin on the fence post", S, ["ruckus-v1"]),
    ("our ol red rooster chasin the young'uns", S, ["ruckus-v1"]),
    ("buttercup grazin in the bottom", S, ["buttercup-v1"]),
    ("our milk cow with the bell on", S, ["buttercup-v1"]),
    ("ol red parked by the barn", S, ["oldred-v2"]),
    ("papaw's truck back when it was all rusted out", S, ["oldred-v1"]),
    ("the f150 after they fixed it up", S, ["oldred-v2"]),
    ("ol red with hay in the bed before they redone it", S, ["oldred-v1"]),
    ("ol red with them whitewalls shinin", S, ["oldred-v2"]),
    ("the homeplace in the snow", S, ["homeplace-v1"]),
    ("our house up the holler with the tin roof", S, ["homeplace-v1"]),
    ("home with the hollyhocks a-bloomin", S, ["homeplace-v1"]),
    ("the quilt shop decorated for christmas", S, ["quiltshop-v1"]),
    ("my shop on main street with quilts in the windas", S, ["quiltshop-v1"]),
    ("the fruit stand with bushel baskets of maters", S, ["stand-v2"]),
    ("our old plywood stand with the hand painted sign", S, ["stand-v1"]),
    ("the vegetable stand back when we first started", S, ["stand-v1"]),
    ("the stand earl built with the green roof", S, ["stand-v2"]),
    ("the stand in sweet corn season", S, ["stand-v2"]),
    ("a jar of our apple butter next to a plate of hot biscuits", S, ["applebutter-v2"]),
    ("the apple butter with the old handwrote label", S, ["applebutter-v1"]),
    ("apple butter jar with the new label", S, ["applebutter-v2"]),
    ("our apple butter with the gingham on the lid", S, ["applebutter-v1"]),
    ("my caney star quilt hangin on the clothesline", S, ["caneystar-v1"]),
    ("my star quilt pattern in red and mustard on a iron bed", S, ["caneystar-v1"]),
    ("henrietta wavin hello", S, ["henrietta-v2"]),
    ("the hen i painted on the old stand sign", S, ["henrietta-v1"]),
    ("our hen mascot from the new logo", S, ["henrietta-v2"]),
    ("a hen in a blue bonnet for the stand", S, ["henrietta-v2"]),
    ("bluey playin keepy uppy", S, ["bluey-v1"]),
    ("bingo from bluey", S, ["bingo-v1"]),
    ("the little red heeler sister from colt's cartoon", S, ["bingo-v1"]),
    ("elsa makin it snow", S, ["elsa-v1"]),
    ("that frozen queen with the braid", S, ["elsa-v1"]),
    ("lightnin mcqueen racin", S, ["mcqueen-v1"]),
    ("the race car from cars, number 95", S, ["mcqueen-v1"]),
    ("kachow car doin a burnout", S, ["mcqueen-v1"]),
    ("the smoky mountains in holler watercolor", S, ["hollerwc-v1"]),
    ("ridges fadin off in the mist all soft and runny like wet watercolor", S, ["hollerwc-v1"]),
    ("a pawpaw branch painted like a old botanical plate", S, ["botanical-v1"]),
    ("morel mushrooms drawed up like in a old herb book", S, ["botanical-v1"]),
    ("a mountain church in patchwork quilt style", S, ["patchwork-v2"]),
    ("a barn made out of calico quilt patches, the first patchwork one", S, ["patchwork-v1"]),
    ("a hog killin scene painted like grandma moses", S, ["folkart-v1"]),
    ("a county fair in that primitive folk art", S, ["folkart-v1"]),
    ("coal miners in tintype", S, ["tintype-v1"]),
    ("a old timey wet plate photo of a one room schoolhouse", S, ["tintype-v1"]),
    ("a family reunion lookin like a 70s kodak snapshot", S, ["kodachrome-v1"]),
    ("a big tomato in seed packet style", S, ["seedpacket-v1"]),
    ("a bunch of radishes like on them old seed packs", S, ["seedpacket-v1"]),
    ("tulips in feed sack print", S, ["feedsack-v1"]),
    ("a sampler that says home sweet home in cross stitch", S, ["crossstitch-v1"]),
    ("a black bear done like a woodcut", S, ["woodcut-v1"]),
    ("a coal tipple in woodcut", S, ["woodcut-v1"]),
    ("a feller in overhauls", S, ["overalls-v2"]),
    ("a farmer in overalls, the old overalls one", S, ["overalls-v1"]),
    ("a lady wearin one of them old timey bonnets", S, ["sunbonnet-v1"]),
    ("a guy with his hair short in front and long in the back", S, ["mullet-v1"]),
    ("a daddy totin his young'un on his back", S, ["piggyback-v1"]),
    ("somebody ridin a four wheeler through the mud", S, ["atv-v1"]),
    ("an old man pickin a banjer", S, ["banjo-v1"]),
    ("a old 5 string banjer leanin on a porch post", S, ["banjo-v1"]),
    ("a shelf full of quart jars of canned beans", S, ["masonjar-v1"]),
    ("a hunter decked out in camo in the woods", S, ["camo-v1"]),
    # ---------------- clarify ----------------
    ("a redbone coonhound treein a coon", C, ["biscuit-v2", "rowdy-v1"]),
    ("the coonhound with the red coat", C, ["biscuit-v2", "rowdy-v1"]),
    ("a redbone layin by the woodstove", C, ["biscuit-v2", "rowdy-v1"]),
    ("the coon dog layin in the road", C, ["biscuit-v2", "rowdy-v1"]),
    ("the redbone with his collar on", C, ["biscuit-v2", "rowdy-v1"]),
    ("the creek in watercolor", C, ["hollerwc-v1", "botanical-v1"]),
    ("the ridge line at sunset in watercolor", C, ["hollerwc-v1", "botanical-v1"]),
    ("a kentucky cardinal in watercolor", C, ["hollerwc-v1", "botanical-v1"]),
    ("do it in watercolors", C, ["hollerwc-v1", "botanical-v1"]),
    ("that cartoon heeler pup", C, ["bluey-v1", "bingo-v1"]),
    ("the grandkids cartoon dog", C, ["bluey-v1", "bingo-v1"]),
    ("the heeler from tv bouncin on a trampoline", C, ["bluey-v1", "bingo-v1"]),
    ("one of the grandkids cartoon characters on a birthday cake", C,
     ["bluey-v1", "bingo-v1", "elsa-v1", "mcqueen-v1"]),
    ("make it look like a old photo", C, ["tintype-v1", "kodachrome-v1"]),
    ("a old photograph of the homeplace", C, ["tintype-v1", "kodachrome-v1"]),
    ("a vintage picture of a coal camp", C, ["tintype-v1", "kodachrome-v1"]),
    ("our baby girl", C, ["misty-v3", "kaylee-v2"]),
    ("the grandbaby on the tire swing", C, ["colt-v2", "kaylee-v2"]),
    ("our chicken on a t-shirt", C, ["ruckus-v1", "henrietta-v2"]),
    ("the boy in his ball uniform", C, ["dwayne-v2", "colt-v2"]),
    ("our business with the open sign out front", C, ["quiltshop-v1", "stand-v2"]),
    ("the ol man settin on the porch", C, ["earl-v3", "virgil-v1"]),
    ("a barn done in needlework", C, ["patchwork-v2", "crossstitch-v1"]),
    ("my shop done up like stitchery", C, ["patchwork-v2", "crossstitch-v1"]),
    ("the weddin day picture", C, ["earl-v3", "misty-v3"]),
    ("a mule in a old timey print", C, ["seedpacket-v1", "woodcut-v1", "feedsack-v1"]),
    ("a paintin of the holler in the fall", C, ["hollerwc-v1", "folkart-v1"]),
    ("the feller with the beard", C, ["earl-v3", "dwayne-v2"]),
    ("the gal with the short hair", C, ["misty-v3", "wanda-v2"]),
    ("my young'un at the church picnic", C, ["dwayne-v2", "misty-v3"]),
    # ---------------- none ----------------
    ("biscuits and gravy on a blue enamel plate", N, []),
    ("red pepper plants in a raised bed", N, []),
    ("buttercups bloomin in a field", N, []),
    ("a feed sack full of shelled corn by the crib", N, []),
    ("a rowdy bunch of boys at a ball game", N, []),
    ("a big ruckus at the family reunion", N, []),
    ("a chevy silverado pickup in the rain", N, []),
    ("a calico cat on a windersill", N, []),
    ("a beagle puppy", N, []),
    ("a holstein cow", N, []),
    ("a white farmhouse with a red barn out in iowa", N, []),
    ("a farmers market in the city", N, []),
    ("a lighthouse on the coast of maine", N, []),
    ("a bald eagle flyin over the river", N, []),
    ("a old general store out west with a hitchin post", N, []),
    ("a woman gettin her hair done at the beauty shop", N, []),
    ("a nurse takin somebody's blood pressure", N, []),
    ("a coal miner with a canary in a cage", N, []),
    ("a nascar stock car at talladega", N, []),
    ("a real blue heeler herdin cattle", N, []),
    ("a hen and her chicks in the barnyard", N, []),
    ("a star in the night sky over the mountains", N, []),
    ("a patchwork of farm fields from a airplane", N, []),
    ("an old tintype camera on a tripod", N, []),
    ("a chocolate lab swimmin after a duck", N, []),
    ("a pawpaw tree loaded with fruit", N, []),
    ("my brother ricky on his motorcycle", N, []),
    ("a pile of granny smith apples", N, []),
    ("bingo night at the fire hall", N, []),
    ("a cowboy on a horse", N, []),
    ("a mountain dew bottle on a porch rail", N, []),
    # ---------------- multi ----------------
    ("papaw totin colt on his back", M, ["earl-v3", "colt-v2", "piggyback-v1"]),
    ("me and buck dancin at the church social", M, ["darlene-v3", "earl-v3"]),
    ("misty holdin kaylee", M, ["misty-v3", "kaylee-v2"]),
    ("colt and biscuit runnin through the field", M, ["colt-v2", "biscuit-v2"]),
    ("bubba on a four wheeler in the mud", M, ["dwayne-v2", "atv-v1"]),
    ("dwayne decked out in camo with biscuit", M, ["dwayne-v2", "camo-v1", "biscuit-v2"]),
    ("the homeplace painted like grandma moses", M, ["homeplace-v1", "folkart-v1"]),
    ("ol red in a 70s kodak picture", M, ["oldred-v2", "kodachrome-v1"]),
    ("daddy pickin the banjer in a tintype", M, ["virgil-v1", "banjo-v1", "tintype-v1"]),
    ("ruckus on a seed packet", M, ["ruckus-v1", "seedpacket-v1"]),
    ("buttercup as a woodcut", M, ["buttercup-v1", "woodcut-v1"]),
    ("elsa in a sunbonnet", M, ["elsa-v1", "sunbonnet-v1"]),
    ("me with my big perm wearin a sunbonnet", M, ["darlene-v1", "sunbonnet-v1"]),
    ("earl on our weddin day pickin a banjo", M, ["earl-v1", "banjo-v1"]),
    ("pepper in cross stitch", M, ["pepper-v1", "crossstitch-v1"]),
    ("the stand in feed sack print", M, ["stand-v2", "feedsack-v1"]),
    ("my caney star quilt on the line done in that soft misty mountain watercolor", M,
     ["caneystar-v1", "hollerwc-v1"]),
    ("bluey and bingo playin in the creek", M, ["bluey-v1", "bingo-v1"]),
    ("colt racin lightnin mcqueen", M, ["colt-v2", "mcqueen-v1"]),
    ("kaylee dressed up in lil overhauls", M, ["kaylee-v2", "overalls-v2"]),
    ("granny opal holdin kaylee jo", M, ["opal-v1", "kaylee-v2"]),
    ("wanda and me quiltin at the frame", M, ["wanda-v2", "darlene-v3"]),
    ("our apple butter jar with henrietta next to it", M, ["applebutter-v2", "henrietta-v2"]),
    ("biscuit and rowdy fightin over a bone", M, ["biscuit-v2", "rowdy-v1"]),
    ("pepper and biscuit nappin together", M, ["pepper-v1", "biscuit-v2"]),
    ("misty pregnant in the patchwork quilt look", M, ["misty-v2", "patchwork-v2"]),
    ("earl with a mullet lol", M, ["earl-v3", "mullet-v1"]),
    ("dwayne with a mullet ridin a four wheeler", M, ["dwayne-v2", "mullet-v1", "atv-v1"]),
    ("me in overhauls", M, ["darlene-v3", "overalls-v2"]),
    ("papaw drivin ol red to town", M, ["earl-v3", "oldred-v2"]),
    ("kaylee holdin a jar of our apple butter", M, ["kaylee-v2", "applebutter-v2"]),
    ("four generations: granny, me, misty and the baby", M,
     ["opal-v1", "darlene-v3", "misty-v3", "kaylee-v2"]),
    ("ruckus chasin buttercup", M, ["ruckus-v1", "buttercup-v1"]),
    ("the quilt shop as a woodcut", M, ["quiltshop-v1", "woodcut-v1"]),
    ("the old plywood stand in tintype", M, ["stand-v1", "tintype-v1"]),
    ("biscuit as a pup in woodcut", M, ["biscuit-v1", "woodcut-v1"]),
    ("colt when he was 3 in a old tintype", M, ["colt-v1", "tintype-v1"]),
    ("henrietta the way i first drew her, on a seed packet", M, ["henrietta-v1", "seedpacket-v1"]),
    ("earl back in his minin days as a woodcut print", M, ["earl-v2", "woodcut-v1"]),
    ("misty's weddin picture in that botanical flower paintin style", M, ["misty-v1", "botanical-v1"]),
    ("bluey in cross stitch for kaylee's room", M, ["bluey-v1", "crossstitch-v1"]),
    ("wanda with her big hair in a tintype", M, ["wanda-v1", "tintype-v1"]),
]

KEYS = ("id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model")


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(dict(zip(KEYS, c))) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
