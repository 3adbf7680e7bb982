#!/usr/bin/env python3
"""Held-out set 38: the Kimbrough family's repository (Lazy K ranch and smokehouse, Llano, Texas).

Running this writes catalog.jsonl and cases.jsonl next to it.
Cards are written as Python literals below; cases are (prompt, gold) pairs grouped by expect.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags,
         base_model):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base_model}


CARDS = [
    # --- the owner: me, Loretta ---
    card("loretta-v1", "Loretta", "ohwx woman", "woman", "subject", "loretta", 1, "2023-02-14",
         "Me, Loretta Kimbrough, trained from my scanned photos of the 1980s: 25 years old and "
         "Llano County Rodeo Queen 1984, big teased auburn hair, satin sash and a white hat.",
         ["me", "person", "woman", "young", "rodeo queen", "1980s"], "sd15"),
    card("loretta-v2", "Loretta", "ohwx woman", "woman", "subject", "loretta", 2, "2024-06-10",
         "Me, Loretta, at 62: short silver pixie cut, red Lazy K apron, standing at the "
         "smokehouse register. The grandkids call me Mimi and Dub calls me Retta.",
         ["me", "person", "woman", "pixie cut", "apron"], "sd15"),
    card("loretta-v3", "Loretta", "ohwx woman", "woman", "subject", "loretta", 3, "2026-03-22",
         "Me, Loretta ('Mimi' to the grandkids, 'la patrona' to the hands), at 64: silver hair "
         "grown out long in a braid, wire reading glasses on a beaded chain, turquoise squash "
         "blossom necklace.",
         ["me", "person", "woman", "grandmother", "braid", "glasses"], "sdxl"),
    # --- my husband Dub ---
    card("dub-v1", "Dub", "sks man", "man", "subject", "dub", 1, "2023-04-02",
         "My husband Walter 'Dub' Kimbrough at 66: big white handlebar mustache, grey felt "
         "cowboy hat, starched jeans.",
         ["husband", "person", "man", "mustache", "cowboy hat"], "sd15"),
    card("dub-v2", "Dub", "sks man", "man", "subject", "dub", 2, "2025-09-13",
         "My husband Dub at 68, after his heart surgery: shaved the mustache off, clean-shaven, "
         "straw hat, walks with a hickory cane. The grandkids call him Pawpaw.",
         ["husband", "person", "man", "grandfather", "straw hat", "cane"], "sdxl"),
    # --- our son Travis ---
    card("travis-v1", "Travis", "trvs_kimbrough", "man", "subject", "travis", 1, "2023-07-04",
         "Our son Travis at 38, pitmaster at the smokehouse: long brown hair in a ponytail, big "
         "bushy beard, black t-shirt.",
         ["son", "person", "man", "pitmaster", "ponytail", "beard"], "sd15"),
    card("travis-v2", "Travis", "trvs_kimbrough", "man", "subject", "travis", 2, "2026-01-18",
         "Our son Travis at 41: buzz cut, short trimmed beard, Lazy K ball cap, leather apron.",
         ["son", "person", "man", "pitmaster", "buzz cut"], "sdxl"),
    # --- our daughter Shelby ---
    card("shelby-v1", "Shelby", "<shelby-k>", "woman", "subject", "shelby", 1, "2024-08-30",
         "Our daughter Shelby at 31, barrel racer: long blonde curls, fringed rodeo shirt, "
         "belt buckle she won in Bandera.",
         ["daughter", "person", "woman", "barrel racer", "curls"], "sdxl"),
    card("shelby-v2", "Shelby", "<shelby-k>", "woman", "subject", "shelby", 2, "2026-03-14",
         "Our daughter Shelby at 33, seven months pregnant: long blonde hair in a side braid, "
         "denim maternity dress.",
         ["daughter", "person", "woman", "pregnant"], "sdxl"),
    card("shelby-v3", "Shelby", "<shelby-k>", "woman", "subject", "shelby", 3, "2026-08-22",
         "Our daughter Shelby after the baby came: chopped her hair into a short blonde bob, "
         "tired smile, ranch t-shirt.",
         ["daughter", "person", "woman", "bob", "new mom"], "sdxl"),
    # --- my daughter-in-law Marisol ---
    card("marisol-v1", "Marisol", "m4r1s0l", "woman", "subject", "marisol", 1, "2025-03-08",
         "My daughter-in-law Marisol ('Mari'), Travis's wife, runs the front counter: long black "
         "hair, big gold hoop earrings, bigger laugh.",
         ["daughter-in-law", "person", "woman", "hoop earrings"], "sdxl"),
    # --- grandkids ---
    card("colt-v1", "Colt", "c0lt_boy", "boy", "subject", "colt", 1, "2024-02-11",
         "My grandson Colt, Travis and Mari's boy, at 7: missing his two front teeth, freckles, "
         "cowboy boots two sizes too big.",
         ["grandson", "person", "boy", "child", "freckles"], "sd15"),
    card("colt-v2", "Colt", "c0lt_boy", "boy", "subject", "colt", 2, "2026-06-20",
         "My grandson Colt at 9 in his blue and gold Little League uniform, cap and glove.",
         ["grandson", "person", "boy", "child", "baseball"], "sdxl"),
    card("kinsley-v1", "Kinsley", "k1nsl3y", "girl", "subject", "kinsley", 1, "2024-01-20",
         "My granddaughter Kinsley ('Bug'), Mari's girl, at 13: braces, blue FFA jacket, "
         "showing her Boer goat at the county stock show.",
         ["granddaughter", "person", "girl", "teen", "braces", "FFA"], "sd15"),
    card("kinsley-v2", "Kinsley", "k1nsl3y", "girl", "subject", "kinsley", 2, "2026-04-25",
         "My granddaughter Kinsley at her quinceañera, 15: teal ball gown, rhinestone tiara, "
         "long dark curls.",
         ["granddaughter", "person", "girl", "teen", "quinceañera"], "sdxl"),
    card("waylon-v1", "Waylon", "<waylon-baby>", "baby", "subject", "waylon", 1, "2026-10-10",
         "Shelby's baby boy Waylon, my newest grandbaby, at 5 months: chubby cheeks, wisp of "
         "blond hair, little cowboy onesie. We call him Way-Way.",
         ["grandson", "person", "baby", "infant"], "sdxl"),
    # --- the hands and kin ---
    card("ramiro-v1", "Ramiro", "ramiro_esparza", "man", "subject", "ramiro", 1, "2023-10-14",
         "Ramiro Esparza ('Miro'), our ranch foreman for twenty-two years: weathered face, grey "
         "walrus mustache, white straw hat, leather chaps.",
         ["foreman", "person", "man", "vaquero", "mustache"], "sd15"),
    card("pearlene-v1", "Pearlene", "prlne woman", "woman", "subject", "pearlene", 1,
         "2024-03-30",
         "My baby sister Pearlene ('Pearl'), 61: platinum blonde hair, rhinestone cat-eye "
         "glasses, red lipstick, never misses bingo night.",
         ["sister", "person", "woman", "glasses"], "sdxl"),
    # --- animals ---
    card("biscuit-v1", "Biscuit", "sks dog", "dog", "subject", "biscuit", 1, "2023-03-18",
         "Our ranch dog Biscuit as a pup: blue heeler puppy, white spot on her forehead, black "
         "patch over her left eye, oversized paws.",
         ["pet", "dog", "blue heeler", "puppy", "cattle dog"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", "subject", "biscuit", 2, "2025-05-24",
         "Our ranch dog Biscuit grown: blue-speckled heeler, white spot on her forehead, black "
         "patch over her left eye, red bandana.",
         ["pet", "dog", "blue heeler", "cattle dog"], "sdxl"),
    card("dottie-v1", "Dottie", "dottie_heeler", "dog", "subject", "dottie", 1, "2025-07-12",
         "The Hendersons' blue heeler Dottie from down the road: Biscuit's spittin' image, "
         "blue-speckled with a white forehead spot, but the black patch is over her right eye "
         "and she wears a yellow collar.",
         ["neighbor", "dog", "blue heeler", "cattle dog"], "sdxl"),
    card("pepper-v1", "Pepper", "pepr horse", "horse", "subject", "pepper", 1, "2023-05-06",
         "My mare Pepper as a filly: leggy flea-bitten grey quarter horse foal with a dark mane.",
         ["pet", "horse", "filly", "foal", "quarter horse"], "sd15"),
    card("pepper-v2", "Pepper", "pepr horse", "horse", "subject", "pepper", 2, "2025-10-11",
         "My mare Pepper grown: flea-bitten grey quarter horse with a black mane and tail, my "
         "riding horse.",
         ["pet", "horse", "mare", "quarter horse"], "sdxl"),
    card("bocephus-v1", "Bocephus", "<bocephus-longhorn>", "steer", "subject", "bocephus", 1,
         "2024-04-20",
         "My husband Dub's prize Texas longhorn steer Bocephus ('Bo'): red and white speckled "
         "hide, horns seven feet tip to tip.",
         ["animal", "steer", "longhorn", "cattle"], "sdxl"),
    card("smokey-v1", "Smokey", "smkey cat", "cat", "subject", "smokey", 1, "2023-11-25",
         "Our barn cat Smokey: fat grey tabby tomcat with a torn left ear who naps on the "
         "smoker lid.",
         ["pet", "cat", "tabby", "barn cat"], "sd15"),
    # --- vehicle, smoker, places ---
    card("oldblue-v1", "Old Blue", "0ldblu3 truck", "pickup truck", "subject", "oldblue", 1,
         "2024-02-28",
         "My husband Dub's 1978 Ford F-250 'Old Blue' before the restoration: faded two-tone "
         "blue and white paint, rust holes, cracked windshield.",
         ["vehicle", "truck", "pickup", "ford", "rusty"], "sd15"),
    card("oldblue-v2", "Old Blue", "0ldblu3 truck", "pickup truck", "subject", "oldblue", 2,
         "2026-02-07",
         "Old Blue after our son restored it for Dub's birthday: glossy two-tone blue and white "
         "paint, chrome bumpers, whitewall tires.",
         ["vehicle", "truck", "pickup", "ford", "restored"], "sdxl"),
    card("bertha-v1", "Bertha", "<bertha-pit>", "smoker", "subject", "bertha", 1, "2025-04-19",
         "Bertha, our 1,000-gallon offset smoker on a trailer, built from an old propane tank: "
         "black steel, tall stack, 'Lazy K' welded on the firebox door.",
         ["smoker", "pit", "bbq", "trailer"], "sdxl"),
    card("homeplace-v1", "Home Place", "kmbrgh_homeplace", "house", "subject", "homeplace", 1,
         "2023-06-17",
         "Our home place outside Llano: 1920s limestone ranch house, green tin roof, little "
         "front stoop, windmill out back.",
         ["place", "house", "ranch house", "home"], "sd15"),
    card("homeplace-v2", "Home Place", "kmbrgh_homeplace", "house", "subject", "homeplace", 2,
         "2025-12-13",
         "Our home place after the new wraparound porch and red standing-seam metal roof went "
         "on: limestone walls, porch swing, rocking chairs.",
         ["place", "house", "ranch house", "home", "porch"], "sdxl"),
    card("smokehouse-v1", "Lazy K Smokehouse", "lzyk_smokehouse", "restaurant", "subject",
         "smokehouse", 1, "2025-08-02",
         "Our restaurant, the Lazy K Smokehouse on Highway 29 in Llano: corrugated tin building, "
         "picnic tables under string lights, smoke rolling off the stacks.",
         ["place", "restaurant", "business", "bbq joint"], "sdxl"),
    # --- our products and mascot ---
    card("sauce-v1", "Sweet Heat Sauce", "swth_sauce", "sauce bottle", "subject", "sauce", 1,
         "2023-09-09",
         "Our Lazy K barbecue sauce 'Mimi's Sweet Heat', the original label: red-and-white "
         "gingham with a hand-drawn pig, squat glass bottle.",
         ["product", "bbq sauce", "bottle", "label"], "sd15"),
    card("sauce-v2", "Sweet Heat Sauce", "swth_sauce", "sauce bottle", "subject", "sauce", 2,
         "2025-06-28",
         "Mimi's Sweet Heat after our 2025 redesign: tall glass bottle, matte black label with "
         "gold foil lettering.",
         ["product", "bbq sauce", "bottle", "label", "redesign"], "sdxl"),
    card("rub-v1", "Brisket Rub", "lzyk_rub_tin", "spice tin", "subject", "rub", 1,
         "2025-06-28",
         "Our Lazy K Brisket Rub in the new shaker tin: matte black with gold lettering, "
         "16 ounces, coarse salt-and-pepper rub.",
         ["product", "rub", "spice", "tin", "redesign"], "sdxl"),
    card("hoss-v1", "Hoss the Hog", "h0ss_hog", "cartoon pig", "subject", "hoss", 1,
         "2023-09-09",
         "Hoss the Hog, our smokehouse mascot as he was on the old hand-painted roadside sign: "
         "pink pig in a red bandana and a tan cowboy hat, thumbs up.",
         ["mascot", "pig", "cartoon", "logo"], "sd15"),
    card("hoss-v2", "Hoss the Hog", "h0ss_hog", "cartoon pig", "subject", "hoss", 2,
         "2025-06-28",
         "Hoss the Hog after our 2025 rebrand: sleek black-and-gold cartoon hog in a black "
         "Stetson, holding a butcher knife and fork.",
         ["mascot", "pig", "cartoon", "logo", "redesign"], "sdxl"),
    # --- downloaded characters (Civitai) ---
    card("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", "subject", "bluey", 1,
         "2024-05-04",
         "Bluey Heeler, the blue heeler puppy from the Australian cartoon Bluey; downloaded from "
         "Civitai for the grandkids.",
         ["character", "cartoon", "dog", "blue heeler", "civitai"], "sd15"),
    card("bingo-v1", "Bingo", "bingo_heeler", "cartoon dog", "subject", "bingo", 1,
         "2024-05-04",
         "Bingo Heeler, Bluey's little sister, a red heeler puppy from the cartoon Bluey; "
         "downloaded from Civitai for the grandkids.",
         ["character", "cartoon", "dog", "red heeler", "civitai"], "sd15"),
    card("hankhill-v1", "Hank Hill", "hankhill", "cartoon man", "subject", "hankhill", 1,
         "2023-12-02",
         "Hank Hill from King of the Hill: flat-top, square glasses, white t-shirt and jeans, "
         "propane salesman from Arlen, Texas. Downloaded from Civitai because Dub loves that show.",
         ["character", "cartoon", "king of the hill", "civitai"], "sd15"),
    card("hankhill-v2", "Hank Hill", "hankhill", "cartoon man", "subject", "hankhill", 2,
         "2025-02-15",
         "Hank Hill from King of the Hill, the SDXL release from Civitai: same flat-top, glasses, "
         "white t-shirt and Strickland Propane cap.",
         ["character", "cartoon", "king of the hill", "civitai"], "sdxl"),
    card("woody-v1", "Woody", "woody_toystory", "cartoon cowboy", "subject", "woody", 1,
         "2024-05-04",
         "Sheriff Woody, the pull-string cowboy doll from Toy Story; downloaded from Civitai "
         "for the grandkids.",
         ["character", "cartoon", "cowboy", "toy", "civitai"], "sd15"),
    # --- art styles ---
    card("bluebonnetwc-v1", "Bluebonnet Watercolor", "bluebonnet_wc", "watercolor painting",
         "style", "bluebonnetwc", 1, "2023-04-15",
         "Loose wet-on-wet watercolor like the Hill Country wildflower painters: soft bleeding "
         "blues and greens, bluebonnets and Indian paintbrush, lots of white paper.",
         ["style", "watercolor", "painting", "wildflowers", "loose"], "sd15"),
    card("bluebonnetwc-v2", "Bluebonnet Watercolor", "bluebonnet_wc", "watercolor painting",
         "style", "bluebonnetwc", 2, "2025-03-29",
         "Bluebonnet Watercolor retrained for SDXL: loose bleeding washes, drips and blooms, "
         "Hill Country wildflower palette.",
         ["style", "watercolor", "painting", "wildflowers", "loose"], "sdxl"),
    card("almanacwc-v1", "Almanac Watercolor", "<almanac-wc>", "watercolor illustration",
         "style", "almanacwc", 1, "2024-09-14",
         "Old farmers' almanac illustration: fine pen-and-ink outlines tinted with pale "
         "watercolor washes on yellowed paper.",
         ["style", "watercolor", "ink", "vintage", "illustration"], "sd15"),
    card("frontieroil-v1", "Frontier Oil", "frntr_oil", "oil painting", "style", "frontieroil",
         1, "2024-11-02",
         "Old West oil painting in the manner of Remington and Charles Russell: thick brushwork, "
         "dramatic sunset light, dusty ochres and reds.",
         ["style", "oil painting", "western", "painting"], "sdxl"),
    card("rodeoposter-v1", "Rodeo Poster", "rodeo_poster", "poster", "style", "rodeoposter", 1,
         "2023-08-19",
         "Vintage letterpress rodeo poster: bold wood type, two-color red and black ink, "
         "distressed paper.",
         ["style", "poster", "vintage", "letterpress", "typography"], "sd15"),
    card("rodeoposter-v2", "Rodeo Poster", "rodeo_poster", "poster", "style", "rodeoposter", 2,
         "2025-08-16",
         "Rodeo Poster v2: letterpress wood type, red, black and mustard ink, halftone photo "
         "panels, creased paper.",
         ["style", "poster", "vintage", "letterpress", "typography"], "sdxl"),
    card("tooledleather-v1", "Tooled Leather", "t00led_leather", "leather carving", "style",
         "tooledleather", 1, "2025-01-25",
         "Looks hand-carved into tooled saddle leather: floral scrollwork, stamped borders, "
         "brown and tan relief.",
         ["style", "leather", "carving", "western", "craft"], "sdxl"),
    card("loteria-v1", "Lotería", "loteria_card", "lotería card", "style", "loteria", 1,
         "2025-11-15",
         "Mexican Lotería card: bold flat colors, thick black border, a number in the top "
         "corner and the name in Spanish along the bottom.",
         ["style", "card", "mexican", "folk art"], "sdxl"),
    card("pixel-v1", "8-Bit", "px8bit", "pixel art", "style", "pixel", 1, "2023-12-28",
         "8-bit retro video game pixel art, limited palette, chunky pixels.",
         ["style", "pixel art", "retro", "video game"], "sd15"),
    card("pixel-v2", "8-Bit", "px8bit", "pixel art", "style", "pixel", 2, "2026-07-04",
         "8-bit pixel art v2: cleaner sprites, NES palette, side-scroller backgrounds.",
         ["style", "pixel art", "retro", "video game"], "sdxl"),
    card("pencil-v1", "Pencil Sketch", "graphite_sk", "pencil drawing", "style", "pencil", 1,
         "2024-05-11",
         "Graphite pencil sketch with cross-hatching and smudged shading on cream paper, "
         "black and white.",
         ["style", "pencil", "sketch", "drawing", "graphite"], "sd15"),
    card("neon-v1", "Honky-Tonk Neon", "<honkytonk-neon>", "neon sign", "style", "neon", 1,
         "2026-08-08",
         "Glowing honky-tonk neon sign: bent glass tubes in pink, blue and red on a dark brick "
         "wall.",
         ["style", "neon", "sign", "night", "glow"], "sdxl"),
    card("quilt-v1", "Patchwork Quilt", "ptchwrk_quilt", "quilt", "style", "quilt", 1,
         "2024-10-26",
         "Patchwork quilt appliqué: calico and gingham fabric pieces, visible hand stitching.",
         ["style", "quilt", "fabric", "textile", "craft"], "sd15"),
    # --- concepts ---
    card("pearlsnap-v1", "Pearl Snap Shirt", "prlsnp_shirt", "shirt", "concept", "pearlsnap",
         1, "2023-06-03",
         "Western pearl-snap shirt: pointed front and back yokes, pearly snap buttons, plaid or "
         "solid.",
         ["clothing", "shirt", "western"], "sd15"),
    card("pearlsnap-v2", "Pearl Snap Shirt", "prlsnp_shirt", "shirt", "concept", "pearlsnap",
         2, "2025-05-10",
         "Western pearl-snap shirt for SDXL: pointed yokes, pearly snaps, sleeves rolled up.",
         ["clothing", "shirt", "western"], "sdxl"),
    card("bighair-v1", "Big Texas Hair", "bigtx_hair", "hairstyle", "concept", "bighair", 1,
         "2024-07-13",
         "Big Texas hair: teased, hairsprayed bouffant with pageant volume, 1980s style.",
         ["hairstyle", "bouffant", "1980s"], "sd15"),
    card("fencelean-v1", "Fence Lean", "fnclean_pose", "pose", "concept", "fencelean", 1,
         "2025-02-22",
         "Pose: leaning with both forearms on the top rail of a wooden fence, one boot up on "
         "the bottom rail.",
         ["pose", "fence", "leaning"], "sdxl"),
    card("chuckwagon-v1", "Chuck Wagon", "chckwgn", "wagon", "concept", "chuckwagon", 1,
         "2024-12-07",
         "Vehicle: old-time wooden chuck wagon with a canvas cover and a cook box on the back.",
         ["vehicle", "wagon", "western"], "sdxl"),
    card("brisket-v1", "Brisket Board", "brskt_board", "brisket", "concept", "brisket", 1,
         "2025-09-27",
         "Prop: sliced smoked brisket on pink butcher paper, black peppery bark and a red smoke "
         "ring.",
         ["prop", "food", "bbq", "brisket"], "sdxl"),
    card("uglysweater-v1", "Ugly Christmas Sweater", "ugly_xmas_swtr", "sweater", "concept",
         "uglysweater", 1, "2025-11-29",
         "Clothing: ugly Christmas sweater knit with reindeer, snowflakes and pom-poms.",
         ["clothing", "sweater", "christmas"], "sdxl"),
    card("lariat-v1", "Lariat", "l4r1at", "rope", "concept", "lariat", 1, "2024-02-03",
         "Prop: a coiled rope lariat, held in hand or swung in a loop overhead.",
         ["prop", "rope", "lasso"], "sd15"),
]

WC = ["bluebonnetwc-v2", "almanacwc-v1"]
HEELERS = ["biscuit-v2", "dottie-v1"]
CARTOON_PUPS = ["bluey-v1", "bingo-v1"]
GRANDSONS = ["colt-v2", "waylon-v1"]
GRANDKIDS = ["colt-v2", "kinsley-v2", "waylon-v1"]
PRODUCTS = ["sauce-v2", "rub-v1"]
PLACES = ["homeplace-v2", "smokehouse-v1"]

SELECT = [
    # me
    ("could you please make me a pitcher of myself sittin on a hay bale with a glass of sweet tea, thank you kindly", "loretta-v3"),
    ("Mimi out in her garden pickin tomatoes", "loretta-v3"),
    ("me back when I was Llano County rodeo queen in '84, sash and all", "loretta-v1"),
    ("me with my short silver hair from a couple years back, standin at the register", "loretta-v2"),
    ("yours truly in my readin glasses on the beaded chain doin the crossword", "loretta-v3"),
    ("a picture of me from 2024 with the pixie cut, smilin big", "loretta-v2"),
    ("Retta when she was young and purty with all that auburn hair", "loretta-v1"),
    ("la patrona givin orders at the spring brandin", "loretta-v3"),
    # Dub
    ("my husband asleep in his recliner with the Astros game on", "dub-v2"),
    ("Dub with that big ol handlebar mustache he used to wear", "dub-v1"),
    ("Pawpaw walkin down to the mailbox with his cane", "dub-v2"),
    ("my fella before his heart surgery, grey felt hat and all", "dub-v1"),
    ("Dub grillin hot dogs for the 4th", "dub-v2"),
    ("the old man fixin a flat in the rain, bless him", "dub-v2"),
    # Travis
    ("our boy Trav tendin the fire at 4 in the mornin", "travis-v2"),
    ("Travis back when he had that long ponytail and a beard like a billy goat", "travis-v1"),
    ("my son with his new buzz cut and his Lazy K cap", "travis-v2"),
    ("Trav holdin up his first place trophy from the cookoff", "travis-v2"),
    ("travis in 2023 with the long hair", "travis-v1"),
    # Shelby
    ("my baby girl Shel when she was expectin Waylon", "shelby-v2"),
    ("my daughter holdin a sparkler on the 4th of July", "shelby-v3"),
    ("Shelby barrel racin with her long blonde curls, before the baby", "shelby-v1"),
    ("Shelby with the new short bob she got after the baby came", "shelby-v3"),
    ("shelby big as a house at 7 months lol in her denim dress", "shelby-v2"),
    ("Shelby Lynn walkin on the beach at Port Aransas", "shelby-v3"),
    ("Shel in her fringe rodeo shirt from a couple summers ago", "shelby-v1"),
    # Marisol
    ("Mari behind the counter laughin at somethin", "marisol-v1"),
    ("Trav's wife with her big hoop earrings", "marisol-v1"),
    ("my daughter in law makin tamales at christmas", "marisol-v1"),
    ("mari in a yellow sundress on easter sunday", "marisol-v1"),
    # Colt
    ("Colt in his little league uniform swingin for the fences", "colt-v2"),
    ("Coltie when he was missin his two front teeth", "colt-v1"),
    ("Travis's boy holdin up a big ol catfish", "colt-v2"),
    ("colt at 7 in them boots too big for him", "colt-v1"),
    ("Colt jumpin on the trampoline", "colt-v2"),
    ("Colt dressed up like a fireman for halloween", "colt-v2"),
    # Kinsley
    ("Bug at her quince in the teal dress and tiara", "kinsley-v2"),
    ("my granddaughter showin her goat at the stock show, back when she had braces", "kinsley-v1"),
    ("Kinz doin homework at the kitchen table", "kinsley-v2"),
    ("my granddaugher sittin on the dock at Lake LBJ", "kinsley-v2"),
    ("mija Kinsley in her blue FFA jacket", "kinsley-v1"),
    ("Mari's girl in her quinceañera dress dancin with her daddy", "kinsley-v2"),
    ("Kinsley when she was 13", "kinsley-v1"),
    # Waylon
    ("the baby in his little cowboy onesie", "waylon-v1"),
    ("Way-Way asleep in his car seat", "waylon-v1"),
    ("Shelby's young'un in a bouncy seat", "waylon-v1"),
    ("my newest grandbaby suckin on a bottle", "waylon-v1"),
    ("Waylon wrapped up snug in the quilt my mama made", "waylon-v1"),
    # Ramiro
    ("Miro ridin fence up on the north pasture", "ramiro-v1"),
    ("our foreman in his white straw hat squintin at the sun", "ramiro-v1"),
    ("Don Ramiro drinkin his cafecito before sunup", "ramiro-v1"),
    # Pearlene
    ("my sister at the bingo hall with her lucky dauber", "pearlene-v1"),
    ("Pearl in her rhinestone glasses and red lipstick", "pearlene-v1"),
    ("my baby sister Pearlene singin karaoke at the Legion", "pearlene-v1"),
    # Biscuit
    ("our heeler Biscuit workin the cows", "biscuit-v2"),
    ("Bisc as a itty bitty pup", "biscuit-v1"),
    ("Biscuit in her red bandana sleepin by the woodstove", "biscuit-v2"),
    ("our dog layin in the creek to cool off", "biscuit-v2"),
    ("biscuit when she was a puppy chewin on a boot", "biscuit-v1"),
    ("our heeler pup from back when we first brought her home", "biscuit-v1"),
    # Dottie
    ("the Hendersons' heeler Dottie with her yellow collar", "dottie-v1"),
    ("Biscuit's twin from down the road", "dottie-v1"),
    ("the neighbors dog sittin at the cattle guard waitin", "dottie-v1"),
    # Pepper
    ("my mare Pepper in the round pen", "pepper-v2"),
    ("Pepper when she was just a filly", "pepper-v1"),
    ("Pep with her black mane blowin in the wind", "pepper-v2"),
    ("my horse grazin by the stock tank", "pepper-v2"),
    # Bocephus
    ("Dub's big longhorn Bo", "bocephus-v1"),
    ("Bocephus standin in the bluebonnets", "bocephus-v1"),
    ("the steer with them seven foot horns", "bocephus-v1"),
    # Smokey
    ("Smokey the barn cat with his tore up ear", "smokey-v1"),
    ("that ol tomcat of ours catchin a mouse in the feed room", "smokey-v1"),
    ("Smokey curled up in a patch of sunshine", "smokey-v1"),
    # Old Blue
    ("Old Blue all shined up after Trav fixed her up", "oldblue-v2"),
    ("Dub's old Ford before the restoration, rust holes and all", "oldblue-v1"),
    ("la troca parked under the big live oak", "oldblue-v2"),
    ("Pawpaw's truck in the driveway", "oldblue-v2"),
    ("the truck back when it was all rusted out", "oldblue-v1"),
    # Bertha
    ("Bertha puffin smoke at sunrise", "bertha-v1"),
    ("our big smoker trailer hitched up for the county fair", "bertha-v1"),
    ("the pit with Lazy K welded on the firebox door", "bertha-v1"),
    # places
    ("the home place with the new wraparound porch", "homeplace-v2"),
    ("our house back before we put the red roof on", "homeplace-v1"),
    ("the ranch house covered in snow like it was that one year", "homeplace-v2"),
    ("the restaurant with a line out the door on a saturday", "smokehouse-v1"),
    ("our smokehouse buildin on 29 at night with the string lights on", "smokehouse-v1"),
    # products and mascot
    ("a bottle of our Sweet Heat sauce next to a rack of ribs", "sauce-v2"),
    ("our sauce with the old gingham label", "sauce-v1"),
    ("a bottle of Mimi's Sweet Heat on a picnic table", "sauce-v2"),
    ("the sauce bottle with the new black and gold label", "sauce-v2"),
    ("our brisket rub shaker on a cuttin board", "rub-v1"),
    ("the new tin of Lazy K rub", "rub-v1"),
    ("Hoss the Hog wavin howdy", "hoss-v2"),
    ("our pig mascot the old way, the hand painted one with the red bandana", "hoss-v1"),
    ("Hoss holdin a sign sayin OPEN", "hoss-v2"),
    ("our Hoss pig back when he was pink", "hoss-v1"),
    # characters
    ("Bluey playin keepy uppy with a balloon", "bluey-v1"),
    ("Bingo from the Bluey show eatin a popsicle", "bingo-v1"),
    ("the little red heeler cartoon pup, Bluey's sister", "bingo-v1"),
    ("Hank Hill sellin propane", "hankhill-v2"),
    ("the first Hank Hill one Colt downloaded for Dub, the older one", "hankhill-v1"),
    ("Woody the cowboy doll ridin a stick horse", "woody-v1"),
    ("the sheriff from Toy Story", "woody-v1"),
    # styles
    ("a bluebonnet watercolor of the old courthouse in Llano", "bluebonnetwc-v2"),
    ("a cardinal on a fence post in that almanac style", "almanacwc-v1"),
    ("a cattle drive painted like Remington would've done it", "frontieroil-v1"),
    ("a rodeo poster for the Fourth of July sale", "rodeoposter-v2"),
    ("a flyer for the church fish fry in the rodeo poster style, the first one we made", "rodeoposter-v1"),
    ("a longhorn skull lookin like its carved in saddle leather", "tooledleather-v1"),
    ("a lotería card of a rooster, El Gallo", "loteria-v1"),
    ("a cowboy on a horse in pixel art like the old nintendo", "pixel-v2"),
    ("the old pixel one from 2023, a jackrabbit", "pixel-v1"),
    ("a pencil sketch of an old windmill", "pencil-v1"),
    ("a neon sign that says Y'ALL COME BACK", "neon-v1"),
    ("a lone star pattern in the patchwork quilt style", "quilt-v1"),
    ("a ink drawin with watercolor of some peaches like in a old farmers almanac", "almanacwc-v1"),
    ("one of them loose drippy watercolors of wildflowers by the road", "bluebonnetwc-v2"),
    ("an old red barn in the first bluebonnet watercolor, the old version", "bluebonnetwc-v1"),
    # concepts
    ("a fella in a western shirt with them pearly snaps", "pearlsnap-v2"),
    ("a gal with her hair teased up big like it's 1986", "bighair-v1"),
    ("a cowboy leanin on the top rail of a fence, boot on the bottom one", "fencelean-v1"),
    ("an old cook wagon on a cattle drive", "chuckwagon-v1"),
    ("sliced brisket on pink butcher paper with a good smoke ring", "brisket-v1"),
    ("a tacky christmas sweater with reindeer and pom poms, just the sweater", "uglysweater-v1"),
    ("a vaquero swingin his rope over his head", "lariat-v1"),
    ("a man in a plaid snap shirt, usin the older pearl snap one", "pearlsnap-v1"),
]

CLARIFY = [
    ("could you please paint the home place in watercolor for my christmas cards", WC),
    ("Pepper in watercolors", WC),
    ("me and Dub in water color for our 45th anniversary", WC),
    ("a watercolor of the smokehouse for the new menu", WC),
    ("Bo the steer in a watercolor, would look real nice over the mantel", WC),
    ("watercolor pitcher of Waylon for Shelby's nursery", WC),
    ("Hoss the hog as a watercolor", WC),
    ("a blue heeler with a black patch over one eye chasin a jackrabbit", HEELERS),
    ("that blue speckled heeler with the white spot on her forehead sittin by the water trough", HEELERS),
    ("draw a blue heeler with a patch on her eye in pencil", HEELERS),
    ("that cartoon puppy the grandkids watch", CARTOON_PUPS),
    ("one of them Bluey dogs in a cowboy hat", CARTOON_PUPS),
    ("the cartoon heeler pup doin the dishes", CARTOON_PUPS),
    ("that cartoon dog from the australian show wearin a sombrero", CARTOON_PUPS),
    ("my grandson in a little straw hat", GRANDSONS),
    ("a picture of my grandson asleep in the hammock", GRANDSONS),
    ("my grandson playin with Biscuit", GRANDSONS),
    ("the grey one nappin in the shade of the barn", ["smokey-v1", "pepper-v2"]),
    ("a picture of our place all lit up for christmas", PLACES),
    ("our place from the road with the big live oak out front", PLACES),
    ("that black and gold thing we sell, on a nice wood counter", PRODUCTS),
    ("one of our products for the website", PRODUCTS),
    ("the one with the new black and gold label sittin on a hay bale", PRODUCTS),
    ("Mari's young'un at the county fair eatin a corny dog", ["colt-v2", "kinsley-v2"]),
    ("one of the grandkids on a pony", GRANDKIDS),
    ("one of my grandbabies blowin bubbles", GRANDKIDS),
    ("the fella with the big grey mustache", ["dub-v2", "ramiro-v1"]),
    ("the fella in the straw hat out by the front gate", ["dub-v2", "ramiro-v1"]),
    ("one of the cartoon characters we got for the grandkids, wavin", ["bluey-v1", "bingo-v1", "woody-v1"]),
    ("a watercolor of my granddaughter at her quince", WC),
]

NONE = [
    "a plate of biscuits and sausage gravy on my good china",
    "cracked black pepper and kosher salt in little bowls for a rub recipe card",
    "a smokey sunset over the hills after the grass fire",
    "a brand new colt wobblin on his legs in the hay",
    "an old Colt .45 layin on a saddle blanket",
    "a string of pearls on a navy church dress",
    "some black angus cattle grazin on coastal hay",
    "just any ol blue heeler, not ours, for Darla's birthday card",
    "a bottle of store bought bbq sauce on a red checkered tablecloth",
    "a big ol wild hog rootin in the creek bottom",
    "a hummingbird at my feeder",
    "my brother Ray fishin on Lake Buchanan",
    "a little white country church with a steeple",
    "a jar of Fredericksburg peach preserves",
    "Shelby's husband Cody by his lonesome in his work truck",
    "a birthday cake shaped like a baseball for Colt's party, just the cake",
    "the Alamo at dawn",
    "a pecan pie coolin on the windowsill",
    "a thunderstorm rollin in over the pasture",
    "an armadillo crossin the farm road",
    "Smokey the Bear with his shovel and ranger hat",
    "a 1940s woody wagon parked on the beach in Galveston",
    "bingo night at the VFW hall, just a room full of folks",
    "Hank Williams singin at the Opry",
    "a big ol hoss of a linebacker for the friday night football program",
    "a field of bluebonnets along the highway, just a regular photo",
    "a cute puppy in a wicker basket",
    "my late mama Opal playin the piano at church",
    "a whole hog roastin over coals at a pig pickin",
    "a jalapeño and a bell pepper on a cuttin board",
    "a Dallas Cowboys helmet",
    "a mockingbird sittin on a fence post",
    "a row of old blue mason jars on the pantry shelf",
]

MULTI = [
    ("me and Dub dancin at our anniversary party", ["loretta-v3", "dub-v2"]),
    ("Colt and Biscuit playin fetch in the yard", ["colt-v2", "biscuit-v2"]),
    ("all three grandkids piled up on the couch", ["colt-v2", "kinsley-v2", "waylon-v1"]),
    ("Travis slicin a brisket on butcher paper", ["travis-v2", "brisket-v1"]),
    ("Pawpaw scratchin Bo between the horns", ["dub-v2", "bocephus-v1"]),
    ("Mimi as a lotería card, La Abuela", ["loretta-v3", "loteria-v1"]),
    ("Hoss the Hog lit up like a neon sign", ["hoss-v2", "neon-v1"]),
    ("Pearl in one of them pearl snap shirts", ["pearlene-v1", "pearlsnap-v2"]),
    ("Miro throwin a loop at a calf", ["ramiro-v1", "lariat-v1"]),
    ("Biscuit as a little pup playin with Bluey", ["biscuit-v1", "bluey-v1"]),
    ("Bluey and Bingo runnin through the sprinkler", ["bluey-v1", "bingo-v1"]),
    ("Kinsley at her quince done in the bluebonnet watercolor", ["kinsley-v2", "bluebonnetwc-v2"]),
    ("Colt as a 8 bit video game guy", ["colt-v2", "pixel-v2"]),
    ("Dub in one of them ugly christmas sweaters", ["dub-v2", "uglysweater-v1"]),
    ("Shelby leanin on the fence rail with her boot up", ["shelby-v3", "fencelean-v1"]),
    ("Old Blue in a paintin like Remington", ["oldblue-v2", "frontieroil-v1"]),
    ("a pencil drawin of Smokey curled up", ["smokey-v1", "pencil-v1"]),
    ("Hank Hill and my husband talkin propane", ["hankhill-v2", "dub-v2"]),
    ("Woody and Bluey havin a tea party", ["woody-v1", "bluey-v1"]),
    ("me back in my rodeo queen days with my hair teased to high heaven", ["loretta-v1", "bighair-v1"]),
    ("our home place done up like one of Mama's patchwork quilts", ["homeplace-v1", "quilt-v1"]),
    ("Mari and Travis two steppin at the dance hall", ["marisol-v1", "travis-v2"]),
    ("Shelby holdin Waylon", ["shelby-v3", "waylon-v1"]),
    ("Trav standin next to Bertha with his tongs", ["travis-v2", "bertha-v1"]),
    ("our sauce bottle and the rub tin side by side", ["sauce-v2", "rub-v1"]),
    ("Hoss on a rodeo poster for the anniversary sale", ["hoss-v2", "rodeoposter-v2"]),
    ("Pepper carved in tooled leather like on a saddle", ["pepper-v2", "tooledleather-v1"]),
    ("Ramiro in a pencil sketch", ["ramiro-v1", "pencil-v1"]),
    ("Colt ridin Pepper", ["colt-v2", "pepper-v2"]),
    ("Mimi and Pearl at the bingo hall", ["loretta-v3", "pearlene-v1"]),
    ("Dub drivin Old Blue to town", ["dub-v2", "oldblue-v2"]),
    ("Travis when he had the long ponytail, in a pearl snap", ["travis-v1", "pearlsnap-v1"]),
    ("Pawpaw cookin beans off the back of a chuck wagon", ["dub-v2", "chuckwagon-v1"]),
    ("Bo as a lotería card, El Toro", ["bocephus-v1", "loteria-v1"]),
    ("the restaurant buildin in neon lights", ["smokehouse-v1", "neon-v1"]),
    ("Biscuit and Dottie sniffin noses through the fence", ["biscuit-v2", "dottie-v1"]),
    ("Kinsley with her braces drawn in that old almanac style", ["kinsley-v1", "almanacwc-v1"]),
    ("Mari in a pearl snap leanin on a fence", ["marisol-v1", "pearlsnap-v2", "fencelean-v1"]),
    ("Hank Hill in a tacky christmas sweater", ["hankhill-v2", "uglysweater-v1"]),
    ("Waylon in pixel art", ["waylon-v1", "pixel-v2"]),
    ("Colt when he was 7 in the old pixel style, the first one", ["colt-v1", "pixel-v1"]),
    ("Shel when she was pregnant in bluebonnet watercolor", ["shelby-v2", "bluebonnetwc-v2"]),
    ("Dub and Trav standin by Bertha", ["dub-v2", "travis-v2", "bertha-v1"]),
    ("me ridin Pepper down to the creek", ["loretta-v3", "pepper-v2"]),
    ("Ramiro done up in that bluebonnet watercolor", ["ramiro-v1", "bluebonnetwc-v1"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": list(g)} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": list(g)} for p, g in MULTI]
    # interleave deterministically so expects are mixed through the file
    return [out[i] for i in sorted(range(len(out)), key=lambda i: (i * 7919) % 1009)]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds = {}
    for c in CARDS:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {kinds}; "
          f"{len(cs)} cases")


if __name__ == "__main__":
    main()
