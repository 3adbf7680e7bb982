#!/usr/bin/env python3
"""Write the heldout92 selection set (catalog.jsonl, cases.jsonl) next to this file.

Repository: Agnes D'Souza, 61, a retired Goan nurse in Swindon who bakes bebinca and dodol
for church fairs. Cards and cases are plain literals; running this file rewrites both files.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me (3 dated versions)
    card("agnes-v1", "Agnes", "ohwx woman", "woman", S, "agnes", 1, "2023-02-11",
         "Me, Agnes D'Souza, at 52 from my ward-sister days at the Great Western Hospital: navy "
         "sister's uniform with the silver buckle belt and fob watch, black hair pinned in a bun.",
         ["me", "person", "woman", "nurse", "uniform"], "sd15"),
    card("agnes-v2", "Agnes", "ohwx woman", "woman", S, "agnes", 2, "2024-12-14",
         "Me, Agnes, at 59 on my retirement day from the hospital: hair cut to a short bob with "
         "some grey, gold-rimmed glasses, pink salwar kameez, holding the bouquet the ward gave me.",
         ["me", "person", "woman", "retirement", "glasses"], "sdxl"),
    card("agnes-v3", "Agnes", "ohwx woman", "woman", S, "agnes", 3, "2026-09-05",
         "Me, Agnes, at 61 at our ruby wedding anniversary: fully grey short curls, gold-rimmed "
         "glasses, red silk saree and my mother's gold kanthi necklace. The grandkids call me Avoo.",
         ["me", "person", "woman", "grandmother", "saree", "glasses"], "sdxl"),
    # --- husband
    card("francis-v1", "Francis", "fr4nc1s man", "man", S, "francis", 1, "2023-03-04",
         "My husband Francis ('Frankie') at 55 from his Honda factory days: thick black moustache, "
         "dyed black side-parted hair, grey Honda work overalls.",
         ["husband", "person", "man", "moustache", "overalls"], "sd15"),
    card("francis-v2", "Francis", "fr4nc1s man", "man", S, "francis", 2, "2025-06-21",
         "My husband Francis at 64 after his knee replacement: moustache gone white, tweed flat "
         "cap, checked shirt, wooden walking stick. Bapui to the grandkids.",
         ["husband", "person", "man", "grandfather", "flat cap", "walking stick"], "sdxl"),
    # --- children and their spouses
    card("sharon-v1", "Sharon", "<sharon-dsz>", "woman", S, "sharon", 1, "2023-05-13",
         "Our eldest daughter Sharon at 28 on her wedding day in 2014: white lace gown, long veil, "
         "long straight black hair.",
         ["daughter", "person", "woman", "wedding", "bride"], "sd15"),
    card("sharon-v2", "Sharon", "<sharon-dsz>", "woman", S, "sharon", 2, "2025-08-09",
         "Our eldest daughter Sharon at 39: shoulder-length hair with caramel highlights, navy NHS "
         "physio polo shirt and lanyard.",
         ["daughter", "person", "woman", "physio"], "sdxl"),
    card("darren", "Darren", "drrn_hughes man", "man", S, "darren", 1, "2025-08-09",
         "Our son-in-law Darren, Sharon's husband: tall ginger Englishman with a full beard, "
         "usually in his red Swindon Town shirt.",
         ["son-in-law", "person", "man", "ginger", "beard", "football"], "sdxl"),
    card("melwyn-v1", "Melwyn", "zwx man", "man", S, "melwyn", 1, "2023-06-17",
         "Our son Melwyn ('Mel') at 30 with his long hair tied in a man-bun and stubble, with his "
         "acoustic guitar.",
         ["son", "person", "man", "long hair", "guitar"], "sd15"),
    card("melwyn-v2", "Melwyn", "zwx man", "man", S, "melwyn", 2, "2026-01-24",
         "Our son Melwyn at 34 after he shaved his head for charity: bald, trimmed beard, rimless "
         "glasses, orange hi-vis vest from his railway job.",
         ["son", "person", "man", "bald", "hi-vis"], "sdxl"),
    card("rochelle", "Rochelle", "<rochelle-dil>", "woman", S, "rochelle", 1, "2025-10-11",
         "Our daughter-in-law Rochelle, Melwyn's wife, from Mangalore: long wavy hair, small nose "
         "pin, usually in a mustard yellow kurti.",
         ["daughter-in-law", "person", "woman", "kurti", "nose pin"], "sdxl"),
    card("joanna-v1", "Joanna", "j0anna woman", "woman", S, "joanna", 1, "2023-07-22",
         "Our youngest, Joanna ('Jo', still 'baby' to us), at 24 at her graduation from Bath Spa: "
         "black gown and mortarboard, long hair, big smile.",
         ["daughter", "person", "woman", "graduation"], "sd15"),
    card("joanna-v2", "Joanna", "j0anna woman", "woman", S, "joanna", 2, "2026-10-03",
         "Our youngest, Joanna, at 29 and seven months pregnant with her first: pixie cut, denim "
         "dungarees over the bump.",
         ["daughter", "person", "woman", "pregnant", "pixie cut"], "sdxl"),
    # --- grandkids
    card("liam-v1", "Liam", "sks boy", "boy", S, "liam", 1, "2023-04-15",
         "Our grandson Liam (Sharon and Darren's boy) at 8 at his First Holy Communion: white shirt, "
         "red tie, communion rosette, gap-toothed grin, ginger hair like his dad.",
         ["grandson", "person", "boy", "communion", "ginger"], "sd15"),
    card("liam-v2", "Liam", "sks boy", "boy", S, "liam", 2, "2026-09-19",
         "Our grandson Liam at 12 in his new secondary school blazer: ginger hair grown out, "
         "braces on his teeth, taller than his Avoo now.",
         ["grandson", "person", "boy", "school uniform", "ginger"], "sdxl"),
    card("ella", "Ella", "<ella-girl>", "girl", S, "ella", 1, "2026-02-14",
         "Our granddaughter Ella, 7, Liam's little sister: curly light-brown hair in two bunches, "
         "missing front teeth, nearly always in her Bluey t-shirt.",
         ["granddaughter", "person", "girl", "curly hair"], "sdxl"),
    card("zara", "Zara", "<zara-baby>", "baby", S, "zara", 1, "2026-05-30",
         "Our baby granddaughter Zara, Melwyn and Rochelle's little one, 11 months: chubby cheeks, "
         "black curls, tiny gold earrings, pink romper.",
         ["granddaughter", "person", "baby"], "sdxl"),
    # --- late parents, brother, priest
    card("mai", "Philomena", "<mai-philomena>", "woman", S, "mai", 1, "2023-08-26",
         "My late mai (mother), Philomena Fernandes, in Saligao in the 1970s: plain cotton saree, "
         "hair in a low bun with abolim flowers, gold bangles.",
         ["mother", "late", "person", "woman", "goa"], "sd15"),
    card("pai", "Anthony", "<pai-anthony>", "man", S, "pai", 1, "2023-08-26",
         "My late pai (father), Anthony 'Tony' Fernandes, a ship's steward from Saligao in the "
         "1960s: starched white shirt, thin moustache, Brylcreemed hair.",
         ["father", "late", "person", "man", "goa"], "sd15"),
    card("caje", "Cajetan", "cjtn_bhau man", "man", S, "caje", 1, "2024-02-03",
         "My bhau (younger brother) Cajetan 'Caje', 57, still in Saligao: big belly, white hair, "
         "loud Hawaiian shirt, sitting on his balcao.",
         ["brother", "person", "man", "goa"], "sdxl"),
    card("frjoe", "Fr Joe", "<fr-joe>", "priest", S, "frjoe", 1, "2025-12-20",
         "Our parish priest Fr Joseph Pinto ('Fr Joe') at Holy Rood: stocky, bald with a grey "
         "goatee, white alb and green stole.",
         ["priest", "person", "man", "church"], "sdxl"),
    # --- pets
    card("biscuit-v1", "Biscuit", "sks dog", "dog", S, "biscuit", 1, "2023-03-18",
         "Our dog Biscuit as a puppy in 2019: a golden cocker spaniel pup with long floppy ears "
         "and a red collar.",
         ["pet", "dog", "cocker spaniel", "puppy"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", S, "biscuit", 2, "2025-11-15",
         "Our dog Biscuit at 6: golden cocker spaniel, greying muzzle, a bit tubby, red collar "
         "with a bone-shaped tag.",
         ["pet", "dog", "cocker spaniel"], "sdxl"),
    card("toffee", "Toffee", "<toffee-spaniel>", "dog", S, "toffee", 1, "2025-11-15",
         "Toffee, the cocker spaniel next door (Mrs Hicks's): same golden colour as our Biscuit "
         "but darker red ears and a blue tartan collar.",
         ["dog", "cocker spaniel", "neighbour"], "sdxl"),
    # --- car, house, church
    card("car-v1", "The Civic", "<old-civic>", "car", S, "car", 1, "2023-09-09",
         "Our old silver 2008 Honda Civic the hubby got through work, a rosary hanging from the "
         "mirror.",
         ["car", "vehicle", "honda", "silver"], "sd15"),
    card("car-v2", "Jazzy", "<jazzy-car>", "car", S, "car", 2, "2025-04-26",
         "Our car now, a blue Honda Jazz we call Jazzy, with a St Christopher sticker and a dent "
         "in the back bumper.",
         ["car", "vehicle", "honda", "blue"], "sdxl"),
    card("house", "Rosary Villa", "<rosary-villa>", "house", S, "house", 1, "2024-06-15",
         "Our semi-detached house in Swindon, 'Rosary Villa': red brick, white bay window, "
         "blue-and-white name tile by the door, hanging baskets.",
         ["house", "home", "place", "swindon"], "sdxl"),
    card("church", "Holy Rood", "<holyrood-church>", "church", S, "church", 1, "2024-06-15",
         "Our parish church, Holy Rood in Swindon, where I do the fairs: Victorian stone front, "
         "the church hall with the fair tables set out.",
         ["church", "place", "parish", "swindon"], "sdxl"),
    # --- my baking (before / after the new labels) and the mascot
    card("bebinca-v1", "Bebinca", "bbnca_cake", "cake", S, "bebinca", 1, "2023-10-21",
         "My bebinca as I sold it before the new labels: layered brown Goan cake in a foil tray "
         "under cling film with a handwritten sticker 'Agnes's Bebinca £8'.",
         ["product", "baking", "cake", "goan"], "sd15"),
    card("bebinca-v2", "Bebinca", "bbnca_cake", "cake", S, "bebinca", 2, "2025-10-04",
         "My bebinca with the new labels: neat sliced layers in a kraft box with a window and the "
         "green and gold 'Avoo's Kitchen' label with Coco on it.",
         ["product", "baking", "cake", "goan", "label"], "sdxl"),
    card("dodol-v1", "Dodol", "dod0l_sweet", "sweet", S, "dodol", 1, "2023-10-21",
         "My dodol before the new labels: dark jaggery and coconut squares wrapped in baking paper "
         "in an old Quality Street tin.",
         ["product", "baking", "sweet", "goan"], "sd15"),
    card("dodol-v2", "Dodol", "dod0l_sweet", "sweet", S, "dodol", 2, "2025-10-04",
         "My dodol with the new labels: glossy dark squares in a clear box with the green and "
         "gold 'Avoo's Kitchen' label.",
         ["product", "baking", "sweet", "goan", "label"], "sdxl"),
    card("kuswar", "Kuswar Box", "<kuswar-box>", "gift box", S, "kuswar", 1, "2025-11-29",
         "My Christmas kuswar box for the fair: neureos, kulkuls, rose cookies and marzipan in a "
         "red box with the 'Avoo's Kitchen' label.",
         ["product", "baking", "christmas", "sweets", "label"], "sdxl"),
    card("coco", "Coco", "<coco-mascot>", "mascot", S, "coco", 1, "2025-09-13",
         "Coco, the mascot on my new 'Avoo's Kitchen' labels: a cartoon coconut with a frilly "
         "apron, a rolling pin and a big smile.",
         ["mascot", "cartoon", "coconut", "logo"], "sdxl"),
    # --- downloaded characters (Civitai)
    card("bluey", "Bluey", "bluey_(bluey)", "cartoon dog", S, "bluey", 1, "2025-02-08",
         "Bluey, the blue heeler puppy from the kids' show Bluey, downloaded from Civitai for Ella: "
         "blue fur, light blue face markings, tan muzzle.",
         ["character", "cartoon", "dog", "civitai"], "sdxl"),
    card("bingo", "Bingo", "bingo_(bluey)", "cartoon dog", S, "bingo", 1, "2025-02-08",
         "Bingo, Bluey's little sister from the same show, downloaded from Civitai: smaller red "
         "heeler puppy with cream markings.",
         ["character", "cartoon", "dog", "civitai"], "sdxl"),
    card("paddington", "Paddington", "p4dd1ngton", "bear", S, "paddington", 1, "2023-11-25",
         "Paddington Bear, downloaded from Civitai: small brown bear in a blue duffle coat and red "
         "bush hat, with a marmalade sandwich.",
         ["character", "bear", "civitai"], "sd15"),
    card("gromit", "Gromit", "gromit_(wallace_and_gromit)", "clay dog", S, "gromit", 1,
         "2024-02-10",
         "Gromit from Wallace & Gromit, downloaded from Civitai: beige plasticine dog with a big "
         "brow, long ears and no mouth.",
         ["character", "claymation", "dog", "civitai"], "sd15"),
    # --- styles
    card("azulejo-v1", "Azulejo", "azulejo_style", "painting", ST, "azulejo", 1, "2023-06-03",
         "Portuguese azulejo tile painting: cobalt blue on white glazed tiles, like on the old "
         "Goan houses.",
         ["style", "tiles", "blue and white", "portuguese"], "sd15"),
    card("azulejo-v2", "Azulejo", "azulejo_style", "painting", ST, "azulejo", 2, "2025-07-05",
         "Portuguese azulejo tile painting, v2: cobalt blue on white glazed tiles with a sharper "
         "tile grid and a yellow-and-blue border.",
         ["style", "tiles", "blue and white", "portuguese"], "sdxl"),
    card("kaavi", "Kaavi Art", "k4avi art", "mural", ST, "kaavi", 1, "2025-03-22",
         "Kaavi art, the old red laterite-on-lime wall murals of Goan and Konkan temples and "
         "churches: brick-red line work on white.",
         ["style", "mural", "goan", "folk art"], "sdxl"),
    card("wc-loose", "Loose Watercolour", "<loose-wc>", "painting", ST, "wc-loose", 1,
         "2024-09-07",
         "Wet-on-wet loose watercolour: soft bleeding colours, blooms, white paper showing through.",
         ["style", "watercolour", "painting"], "sdxl"),
    card("wc-botanical", "Botanical Watercolour", "bot4nical_wc", "illustration", ST,
         "wc-botanical", 1, "2024-04-13",
         "Botanical watercolour illustration: fine ink outlines and careful layered washes, like "
         "an old herbal book.",
         ["style", "watercolour", "botanical", "ink"], "sd15"),
    card("xmascard-v1", "Vintage Christmas Card", "vntg_xmas_card", "illustration", ST,
         "xmascard", 1, "2023-11-11",
         "Vintage 1950s Christmas card illustration: glitter snow, robins, holly, warm red and gold.",
         ["style", "christmas", "vintage", "card"], "sd15"),
    card("xmascard-v2", "Vintage Christmas Card", "vntg_xmas_card", "illustration", ST,
         "xmascard", 2, "2025-11-08",
         "Vintage 1950s Christmas card illustration, v2: glitter snow, robins, holly, warm red and "
         "gold, cleaner faces.",
         ["style", "christmas", "vintage", "card"], "sdxl"),
    card("xstitch", "Cross Stitch", "xstitch_style", "embroidery", ST, "xstitch", 1, "2024-10-19",
         "Counted cross-stitch embroidery on aida cloth, every little x stitch showing.",
         ["style", "embroidery", "needlework", "craft"], "sdxl"),
    card("stainedglass", "Stained Glass", "<stained-glass>", "window", ST, "stainedglass", 1,
         "2023-12-09",
         "Church stained-glass window: black lead lines and glowing jewel colours.",
         ["style", "glass", "church"], "sd15"),
    card("miniature", "Indian Miniature", "mughal_miniature_style", "painting", ST, "miniature", 1,
         "2024-03-09",
         "Mughal and Rajput miniature painting: flat perspective, gold borders, very fine brushwork.",
         ["style", "indian", "miniature", "painting"], "sd15"),
    card("bollywood", "Bollywood Poster", "b0llyw00d_poster", "poster", ST, "bollywood", 1,
         "2025-05-17",
         "Hand-painted 1970s Bollywood film poster: bold saturated colours, dramatic faces, big "
         "hand-lettered title.",
         ["style", "poster", "indian", "retro"], "sdxl"),
    card("toon-v1", "3D Cartoon", "3dtoon style", "render", ST, "toon", 1, "2023-09-30",
         "Glossy 3D animated-film look: big eyes, soft lighting, rounded shapes.",
         ["style", "3d", "cartoon", "animation"], "sd15"),
    card("toon-v2", "3D Cartoon", "3dtoon style", "render", ST, "toon", 2, "2025-09-27",
         "Glossy 3D animated-film look, v2: big eyes, soft lighting, like a Pixar movie.",
         ["style", "3d", "cartoon", "animation"], "sdxl"),
    card("pencil", "Pencil Sketch", "pncl_sketch", "drawing", ST, "pencil", 1, "2024-01-27",
         "Graphite pencil sketch with cross-hatching on cream paper.",
         ["style", "pencil", "sketch", "drawing"], "sd15"),
    # --- concepts
    card("kunbi", "Kunbi Saree", "kunbi_saree", "saree", C, "kunbi", 1, "2025-04-12",
         "A red-and-white checked Kunbi saree, tied the old Goan tribal way knotted over one "
         "shoulder.",
         ["clothing", "saree", "goan", "traditional"], "sdxl"),
    card("xjumper", "Christmas Jumper", "<xmas-jumper>", "jumper", C, "xjumper", 1, "2024-11-23",
         "An ugly Christmas jumper: knitted reindeer, snowflakes and a pom-pom nose.",
         ["clothing", "christmas", "knitwear"], "sdxl"),
    card("victory", "Victory Rolls", "vict0ry_rolls", "hairstyle", C, "victory", 1, "2024-05-04",
         "1940s victory rolls hairstyle: big rolled curls pinned at the front, wartime pin-up look.",
         ["hairstyle", "vintage", "1940s"], "sd15"),
    card("praying", "Praying Pose", "praying_pose", "pose", C, "praying", 1, "2025-01-18",
         "Kneeling with hands joined in prayer and head bowed.",
         ["pose", "prayer", "kneeling"], "sdxl"),
    card("narrowboat", "Narrowboat", "<narrowboat>", "boat", C, "narrowboat", 1, "2024-08-17",
         "A painted canal narrowboat with roses-and-castles decoration and a tiller at the back.",
         ["vehicle", "boat", "canal"], "sdxl"),
    card("vespa", "Vintage Scooter", "v3spa scooter", "scooter", C, "vespa", 1, "2023-12-02",
         "A 1960s Vespa-style scooter in mint green with chrome mirrors.",
         ["vehicle", "scooter", "retro"], "sd15"),
    card("rosary", "Rosary", "rosary_beads", "rosary", C, "rosary", 1, "2024-12-07",
         "Wooden rosary beads with a small crucifix, held in the hands.",
         ["prop", "rosary", "prayer", "catholic"], "sdxl"),
    card("cakestand", "Cake Stand", "<cake-stand>", "cake stand", C, "cakestand", 1, "2025-06-07",
         "A three-tier vintage china cake stand with a floral pattern and gold rim.",
         ["prop", "cake stand", "tea", "china"], "sdxl"),
]

SEL, CLA, NONE, MULTI = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me
    ("me in my garden with the roses, nice sunny day", SEL, ["agnes-v3"]),
    ("me smiling behind my stall at the Fair", SEL, ["agnes-v3"]),
    ("me in my old sister's uniform with the fob watch", SEL, ["agnes-v1"]),
    ("myself at the hospital back when i was still on the ward", SEL, ["agnes-v1"]),
    ("me on my retirement day with the flowers the girls on ward gave", SEL, ["agnes-v2"]),
    ("me in the pink salwar with my glasses, when i had the bob", SEL, ["agnes-v2"]),
    ("Avoo in her red saree for the anniversary", SEL, ["agnes-v3"]),
    ("me at 52 still in uniform", SEL, ["agnes-v1"]),
    ("me at my retirement do in 2024 cutting the cake", SEL, ["agnes-v2"]),
    ("me with my grey hair now, reading the paper in the conservatory", SEL, ["agnes-v3"]),
    ("the grey haired me in the red sari wearing mai's kanthi", SEL, ["agnes-v3"]),
    # select: husband
    ("the hubby with his walking stick in the park", SEL, ["francis-v2"]),
    ("Frankie in his flat cap down the pub", SEL, ["francis-v2"]),
    ("hubby when he was at Honda, in his overalls with that black moustache", SEL, ["francis-v1"]),
    ("my husband watching cricket on the telly", SEL, ["francis-v2"]),
    ("Bapui reading the newspaper in his chair", SEL, ["francis-v2"]),
    ("francis before his knee op, black moustache and all", SEL, ["francis-v1"]),
    ("pics of teh hubby for his birthday", SEL, ["francis-v2"]),
    # select: children and spouses
    ("our Sharon in her physio uniform", SEL, ["sharon-v2"]),
    ("sharon on her wedding day in the lace gown", SEL, ["sharon-v1"]),
    ("my eldest on the beach in cornwall", SEL, ["sharon-v2"]),
    ("Sharon 2014 as a bride with the veil", SEL, ["sharon-v1"]),
    ("my son-in-law in his swindon town shirt shouting at the match", SEL, ["darren"]),
    ("Darren doing the bbq in the back garden", SEL, ["darren"]),
    ("the ginger fella with the beard, sharons hubby", SEL, ["darren"]),
    ("Mel playing his guitar with the man bun", SEL, ["melwyn-v1"]),
    ("our Melwyn in his hi vis at the railway", SEL, ["melwyn-v2"]),
    ("my son after he shaved his head for the charity", SEL, ["melwyn-v2"]),
    ("my son fixing the fence, pls make it nice", SEL, ["melwyn-v2"]),
    ("Mel when he had the long hair", SEL, ["melwyn-v1"]),
    ("my daughter in law in her yellow kurti", SEL, ["rochelle"]),
    ("Rochelle making chapatis in my kitchen", SEL, ["rochelle"]),
    ("our baby Jo in her graduation gown", SEL, ["joanna-v1"]),
    ("Joanna with her bump in dungarees", SEL, ["joanna-v2"]),
    ("Jo expecting, sitting in the garden", SEL, ["joanna-v2"]),
    ("our youngest at her Bath Spa graduation", SEL, ["joanna-v1"]),
    ("Joanna with her pixie cut", SEL, ["joanna-v2"]),
    ("our baby at her baby shower opening presents", SEL, ["joanna-v2"]),
    ("jo at 24 throwing her hat in the air", SEL, ["joanna-v1"]),
    ("my daughter's wedding day", SEL, ["sharon-v1"]),
    ("the middle one, our boy, on his bike", SEL, ["melwyn-v2"]),
    # select: grandkids
    ("Liam in his new school blazer", SEL, ["liam-v2"]),
    ("Liam at his first holy communion with the rosette", SEL, ["liam-v1"]),
    ("my grandson playing footy", SEL, ["liam-v2"]),
    ("liam when he was 8, gap tooth smile", SEL, ["liam-v1"]),
    ("our liam with his braces", SEL, ["liam-v2"]),
    ("Ella with her two bunches on the swings", SEL, ["ella"]),
    ("liam's little sister blowing bubbles", SEL, ["ella"]),
    ("baby Zara in her pink romper", SEL, ["zara"]),
    ("Mel and Rochelle's little one crawling on the rug", SEL, ["zara"]),
    ("zara with her tiny gold earrings", SEL, ["zara"]),
    ("our youngest grandchild in her high chair", SEL, ["zara"]),
    # select: late parents, brother, priest
    ("my late mai with abolim flowers in her hair", SEL, ["mai"]),
    ("mai in Goa long back, no?", SEL, ["mai"]),
    ("my pai in his white shirt, ship steward days", SEL, ["pai"]),
    ("late Daddy Tony with the Brylcreem hair", SEL, ["pai"]),
    ("my mother as a young woman in her cotton saree", SEL, ["mai"]),
    ("my bhau Caje on his balcao in Saligao", SEL, ["caje"]),
    ("my brother in his hawaiian shirt", SEL, ["caje"]),
    ("Fr Joe saying Mass in his green stole", SEL, ["frjoe"]),
    ("our parish priest at the fair", SEL, ["frjoe"]),
    ("father joseph giving the blessing", SEL, ["frjoe"]),
    # select: pets
    ("our Biscuit fast asleep on the sofa, snoring away", SEL, ["biscuit-v2"]),
    ("biscuit as a puppy chewing my slipper", SEL, ["biscuit-v1"]),
    ("our dog with the grey muzzle by the fire", SEL, ["biscuit-v2"]),
    ("the dog running in lydiard park", SEL, ["biscuit-v2"]),
    ("Biscuit in 2019 when we first got him", SEL, ["biscuit-v1"]),
    ("the spaniel with the red collar and bone tag", SEL, ["biscuit-v2"]),
    ("next doors spaniel Toffee in her tartan collar", SEL, ["toffee"]),
    ("Mrs Hicks's dog sitting on the wall", SEL, ["toffee"]),
    # select: car, house, church
    ("Jazzy in the Tesco car park", SEL, ["car-v2"]),
    ("the old silver civic with the rosary on the mirror", SEL, ["car-v1"]),
    ("the Car all covered in snow, what a winter men", SEL, ["car-v2"]),
    ("the blue honda with the dent", SEL, ["car-v2"]),
    ("our motor all washed and shiny", SEL, ["car-v2"]),
    ("Rosary Villa with the hanging baskets in summer", SEL, ["house"]),
    ("our house with snow on the roof", SEL, ["house"]),
    ("our semi with the bay window", SEL, ["house"]),
    ("Holy Rood on a sunday morning wth the bells", SEL, ["church"]),
    ("our church with the fair tables set up in the hall", SEL, ["church"]),
    # select: baking + mascot
    ("my bebinca in the new kraft box", SEL, ["bebinca-v2"]),
    ("bebinka on a plate with the layers showing", SEL, ["bebinca-v2"]),
    ("bebinca the old way in the foil tray with my handwritten sticker", SEL, ["bebinca-v1"]),
    ("the goan layer cake for the Feast", SEL, ["bebinca-v2"]),
    ("the Bebinca before the new labels", SEL, ["bebinca-v1"]),
    ("dodol in the quality street tin", SEL, ["dodol-v1"]),
    ("my dodol squares kindly", SEL, ["dodol-v2"]),
    ("dodol with the green and gold label", SEL, ["dodol-v2"]),
    ("my dodol from before, the tin one", SEL, ["dodol-v1"]),
    ("the kuswar box for the christmas fair", SEL, ["kuswar"]),
    ("box of neureos and kulkuls with rose cookies", SEL, ["kuswar"]),
    ("Coco the coconut waving", SEL, ["coco"]),
    ("the little coconut man from my labels with his rolling pin", SEL, ["coco"]),
    ("the mascot for avoo's kitchen", SEL, ["coco"]),
    # select: characters
    ("Bluey playing in the rain", SEL, ["bluey"]),
    ("bingo the little red puppy from the show", SEL, ["bingo"]),
    ("Paddington eating a marmalade sandwich", SEL, ["paddington"]),
    ("the bear in the duffle coat at the station", SEL, ["paddington"]),
    ("Gromit knitting in his armchair", SEL, ["gromit"]),
    ("the blue heeler pup from ella's programme", SEL, ["bluey"]),
    ("the plasticine dog from wallace and gromit", SEL, ["gromit"]),
    # select: styles (alone or on a generic subject)
    ("a robin on a snowy branch like an old fashioned christmas card", SEL, ["xmascard-v2"]),
    ("the older xmas card style, the first one, for a nativity", SEL, ["xmascard-v1"]),
    ("peacock in blue and white portugese tiles", SEL, ["azulejo-v2"]),
    ("fish market scene in the first azulejo one, the older one", SEL, ["azulejo-v1"]),
    ("a goan village in kaavi art", SEL, ["kaavi"]),
    ("a chapel painted like the red murals on old konkan temples", SEL, ["kaavi"]),
    ("a stained glass dove", SEL, ["stainedglass"]),
    ("a lotus in mughal miniature style", SEL, ["miniature"]),
    ("coconut palms like an old bollywood poster", SEL, ["bollywood"]),
    ("a thatched cottage in cross stitch", SEL, ["xstitch"]),
    ("a teapot pencil sketch", SEL, ["pencil"]),
    ("a hibiscus done like an old herbal book painting", SEL, ["wc-botanical"]),
    ("sea view all wet and runny, colours bleeding into each other", SEL, ["wc-loose"]),
    ("little kitten like a pixar film", SEL, ["toon-v2"]),
    ("a snowman in the old 3d cartoon one, v1", SEL, ["toon-v1"]),
    ("a sampler embroidery look for a Bless This Home", SEL, ["xstitch"]),
    # select: concepts by everyday words
    ("a woman in the red checked goan saree tied over the shoulder", SEL, ["kunbi"]),
    ("a snowman wearing a knitted xmas jumper", SEL, ["xjumper"]),
    ("a lady with her hair rolled up like in the war", SEL, ["victory"]),
    ("a little girl kneeling saying her prayers", SEL, ["praying"]),
    ("a canal boat with roses painted on", SEL, ["narrowboat"]),
    ("a mint green scooter like in the old films", SEL, ["vespa"]),
    ("hands holding prayer beads", SEL, ["rosary"]),
    ("a three layer china cake stand with scones", SEL, ["cakestand"]),
    ("someone on a moped, the old italian type", SEL, ["vespa"]),

    # ---------------- clarify
    ("my daughter in the garden", CLA, ["sharon-v2", "joanna-v2"]),
    ("our daughter with a big bunch of flowers", CLA, ["sharon-v2", "joanna-v2"]),
    ("me and my daughter at the Fair", CLA, ["sharon-v2", "joanna-v2"]),
    ("my daughter in a kunbi saree", CLA, ["sharon-v2", "joanna-v2"]),
    ("the baby sleeping", CLA, ["joanna-v2", "zara"]),
    ("my granddaughter in her party frock", CLA, ["ella", "zara"]),
    ("grandaughter with a teddy", CLA, ["ella", "zara"]),
    ("my granddaughter dressed up for Christmas", CLA, ["ella", "zara"]),
    ("the little one splashing in puddles", CLA, ["ella", "zara"]),
    ("my grandson holding my granddaughter", CLA, ["ella", "zara"]),
    ("my grandchild in the paddling pool", CLA, ["liam-v2", "ella", "zara"]),
    ("a portrait of one of the grandkids for the hallway", CLA, ["liam-v2", "ella", "zara"]),
    ("Sharon's kid in the school play", CLA, ["liam-v2", "ella"]),
    ("the ginger one with the football", CLA, ["darren", "liam-v2"]),
    ("the golden spaniel on the rug", CLA, ["biscuit-v2", "toffee"]),
    ("cocker spaniel chasing a ball in the garden", CLA, ["biscuit-v2", "toffee"]),
    ("the spaniel sleeping in the sun", CLA, ["biscuit-v2", "toffee"]),
    ("the puppy from ella's cartoon", CLA, ["bluey", "bingo"]),
    ("that cartoon dog the grandkids like", CLA, ["bluey", "bingo"]),
    ("the cartoon dog", CLA, ["bluey", "bingo", "gromit"]),
    ("the kids' cartoon dog in watercolour", CLA, ["bluey", "bingo", "wc-loose", "wc-botanical"]),
    ("Rosary Villa in watercolour", CLA, ["wc-loose", "wc-botanical"]),
    ("mai's portrait in watercolours", CLA, ["wc-loose", "wc-botanical"]),
    ("a watercolour of the church", CLA, ["wc-loose", "wc-botanical"]),
    ("watercolour painting of a rose for the parish newsletter", CLA, ["wc-loose", "wc-botanical"]),
    ("a watercolour of the dog for my hall", CLA, ["wc-loose", "wc-botanical"]),
    ("my sweets with the new label for the flyer", CLA, ["bebinca-v2", "dodol-v2", "kuswar"]),
    ("my Fair stuff with the old label", CLA, ["bebinca-v2", "dodol-v2"]),
    ("my goan sweet on a doily", CLA, ["bebinca-v2", "dodol-v2"]),
    ("traditional indian painting of a temple", CLA, ["miniature", "kaavi"]),
    ("make it christmassy, me by the tree", CLA, ["xmascard-v2", "xjumper"]),

    # ---------------- none (hard negatives, generic things, things not in the catalog)
    ("plate of chocolate biscuits with a cup of tea", NONE, []),
    ("toffee apples at the bonfire night stall", NONE, []),
    ("a jazz band playing in a smoky bar", NONE, []),
    ("old ladies playing bingo at the community centre", NONE, []),
    ("Paddington station at rush hour with the trains", NONE, []),
    ("Coco Chanel in a little black dress", NONE, []),
    ("a golden retriever in a field of poppies", NONE, []),
    ("the Pope waving from the balcony at the vatican", NONE, []),
    ("my bhoin Lourdes in Toronto", NONE, []),
    ("my brother in law Agnelo at his farm", NONE, []),
    ("a young nurse in blue scrubs on a night shift", NONE, []),
    ("a three tier wedding cake with white icing", NONE, []),
    ("red double decker bus on westminster bridge", NONE, []),
    ("sunset on Calangute beach with the fishing boats", NONE, []),
    ("Peppa Pig jumping in muddy puddles", NONE, []),
    ("Mr Bean in his green mini", NONE, []),
    ("bowl of pork sorpotel with sannas", NONE, []),
    ("a white church in old goa like Bom Jesus", NONE, []),
    ("an old man with a walking stick feeding pigeons", NONE, []),
    ("my mother in law, god rest her soul", NONE, []),
    ("new grey tiles for the bathroom floor", NONE, []),
    ("a glass of cashew feni with ice", NONE, []),
    ("baby elephant having a bath in a river", NONE, []),
    ("a ginger tabby cat on a windowsill", NONE, []),
    ("the old honda factory at south marston", NONE, []),
    ("a rose garden in full bloom", NONE, []),
    ("a brand new semi on one of those new estates", NONE, []),
    ("a chocolate labrador puppy", NONE, []),
    ("St Francis Xavier preaching to the fishermen", NONE, []),
    ("a christmas tree with fairy lights and presents", NONE, []),
    ("hot chai in a steel tumbler", NONE, []),

    # ---------------- multi (compositions, one base model each)
    ("the hubby and me at our ruby anniversary", MULTI, ["agnes-v3", "francis-v2"]),
    ("me and the hubby as a bollywood poster", MULTI, ["agnes-v3", "francis-v2", "bollywood"]),
    ("my late mai and pai together", MULTI, ["mai", "pai"]),
    ("mai in a stained glass window", MULTI, ["mai", "stainedglass"]),
    ("pencil sketch of pai", MULTI, ["pai", "pencil"]),
    ("me in my nursing days as a pencil sketch", MULTI, ["agnes-v1", "pencil"]),
    ("hubby in his Honda days on a green scooter", MULTI, ["francis-v1", "vespa"]),
    ("Liam at his communion in stained glass", MULTI, ["liam-v1", "stainedglass"]),
    ("paddington in botanical watercolour", MULTI, ["paddington", "wc-botanical"]),
    ("biscuit as a puppy playing with gromit", MULTI, ["biscuit-v1", "gromit"]),
    ("me at 52 with my hair done in those 1940s rolls", MULTI, ["agnes-v1", "victory"]),
    ("mai painted like a mughal miniature", MULTI, ["mai", "miniature"]),
    ("me in a kunbi saree", MULTI, ["agnes-v3", "kunbi"]),
    ("hubby in an ugly christmas jumper", MULTI, ["francis-v2", "xjumper"]),
    ("Liam and Ella on the trampoline", MULTI, ["liam-v2", "ella"]),
    ("ella cuddling bluey", MULTI, ["ella", "bluey"]),
    ("Bluey and Bingo playing in the garden", MULTI, ["bluey", "bingo"]),
    ("my bebinca with coco the coconut beside it", MULTI, ["bebinca-v2", "coco"]),
    ("bebinca slices on a 3 tier cake stand", MULTI, ["bebinca-v2", "cakestand"]),
    ("bebinca and dodol together for the new poster", MULTI, ["bebinca-v2", "dodol-v2"]),
    ("kuswar box like an old christmas card", MULTI, ["kuswar", "xmascard-v2"]),
    ("Rosary Villa as a christmas card with snow", MULTI, ["house", "xmascard-v2"]),
    ("Holy Rood in kaavi art", MULTI, ["church", "kaavi"]),
    ("Fr Joe holding a rosary", MULTI, ["frjoe", "rosary"]),
    ("me kneeling praying with my rosary", MULTI, ["agnes-v3", "praying", "rosary"]),
    ("Mel, Rochelle and baby Zara, family pic", MULTI, ["melwyn-v2", "rochelle", "zara"]),
    ("Sharon and Darren dressed up for a wedding", MULTI, ["sharon-v2", "darren"]),
    ("Jo with her bump, pixar style", MULTI, ["joanna-v2", "toon-v2"]),
    ("biscuit in the back of jazzy", MULTI, ["biscuit-v2", "car-v2"]),
    ("Biscuit and Toffee playing over the fence", MULTI, ["biscuit-v2", "toffee"]),
    ("the hubby steering a canal boat", MULTI, ["francis-v2", "narrowboat"]),
    ("bhau Caje on his balcao in azulejo tiles", MULTI, ["caje", "azulejo-v2"]),
    ("Darren in a christmas jumper with a pint", MULTI, ["darren", "xjumper"]),
    ("Fr Joe blessing our car", MULTI, ["frjoe", "car-v2"]),
    ("me and Fr Joe outside Holy Rood after mass", MULTI, ["agnes-v3", "frjoe", "church"]),
    ("our house in cross stitch for a cushion", MULTI, ["house", "xstitch"]),
    ("avoo and bapui with all the grandkids", MULTI,
     ["agnes-v3", "francis-v2", "liam-v2", "ella", "zara"]),
    ("Rochelle in a kunbi sari", MULTI, ["rochelle", "kunbi"]),
    ("my daughter in law and my son in law having a laugh", MULTI, ["rochelle", "darren"]),
    ("zara as a 3d cartoon", MULTI, ["zara", "toon-v2"]),
    ("the hubby and biscuit in the park, loose watercolour", MULTI,
     ["francis-v2", "biscuit-v2", "wc-loose"]),
    ("Gromit and Paddington having tea", MULTI, ["gromit", "paddington"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    counts = {e: sum(x[1] == e for x in CASES) for e in (SEL, CLA, NONE, MULTI)}
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, "
          f"{len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
