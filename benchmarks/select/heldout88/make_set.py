#!/usr/bin/env python3
"""heldout88: Darren Ramkissoon's repository (Trini doubles & roti shop, Scarborough ON; pannist).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("darren-v1", "Darren", "ohwx man", "man", S, "darren", 1, "2014-07-12",
         "Me, Darren Ramkissoon, at 27 on my wedding day in Scarborough: gold embroidered sherwani, "
         "red pagri, low fade, clean shaven, nervous grin.",
         ["me", "person", "man", "wedding", "groom", "sherwani"], "sd15"),
    card("darren-v2", "Darren", "ohwx man", "man", S, "darren", 2, "2019-03-09",
         "Me at 31 at Panorama in Port of Spain, February 2019: shoulder-length locs, red bandana, "
         "sweaty band jersey, playing tenor in the front line.",
         ["me", "person", "man", "locs", "panorama", "steelband"], "sd15"),
    card("darren-v3", "Darren", "ohwx man", "man", S, "darren", 3, "2026-10-17",
         "Me now at 39: locs cut off, close-shaved head, salt-and-pepper goatee, black RAM'S apron "
         "over a white tee, towel on my shoulder at the doubles counter.",
         ["me", "person", "man", "goatee", "apron", "shop owner"], "sdxl"),
    # --- wife ---
    card("anjali-v1", "Jolly", "sks woman", "woman", S, "anjali", 1, "2020-09-05",
         "My wife Anjali, everybody calls her Jolly, at 31 and seven months pregnant with our daughter: "
         "long wavy hair, yellow maternity dress, hand on the belly.",
         ["wife", "person", "woman", "pregnant", "maternity"], "sd15"),
    card("anjali-v2", "Jolly", "sks woman", "woman", S, "anjali", 2, "2025-06-21",
         "My wife Jolly (Anjali) at 36 after she cut her hair into a short bob: gold hoop earrings, "
         "big laugh, usually in a green RAM'S polo at the register.",
         ["wife", "person", "woman", "bob haircut", "earrings"], "sdxl"),
    # --- kids ---
    card("aiden-v1", "Aiden", "zwx boy", "boy", S, "aiden", 1, "2019-08-03",
         "Our son Aiden (we call him Boogsie) at 4 at the Junior Carnival in Toronto, in his little "
         "blue and silver sailor mas costume with a cap.",
         ["son", "kid", "boy", "child", "kiddies carnival", "toddler"], "sd15"),
    card("aiden-v2", "Aiden", "zwx boy", "boy", S, "aiden", 2, "2025-07-26",
         "Our son Boogsie (Aiden) at 10 in his cricket whites with a bat; he started beating pan with "
         "me too. Curly hair, gap tooth, skinny.",
         ["son", "kid", "boy", "child", "cricket", "pan"], "sdxl"),
    card("maya-v1", "Maya", "<maya-girl>", "girl", S, "maya", 1, "2025-12-20",
         "Our daughter Maya, Dumplin for short, at 5 at Christmas: two afro puffs, pink glasses, "
         "chubby cheeks, sparkly red dress.",
         ["daughter", "kid", "girl", "child", "puffs", "glasses"], "sdxl"),
    # --- mother, tanty, brother, father ---
    card("savitri-v1", "Savitri", "svtr woman", "woman", S, "savitri", 1, "2016-10-30",
         "My mammy Savitri Ramkissoon at 56 lighting deyas for Divali: long black plait, purple orhni, "
         "gold nose ring.",
         ["mother", "mammy", "person", "woman", "divali", "plait"], "sd15"),
    card("savitri-v2", "Savitri", "svtr woman", "woman", S, "savitri", 2, "2025-03-15",
         "My mammy at 65, the kids call her Aji: grey hair in a bun, reading glasses on a chain, "
         "floral apron, rolling dhalpuri at the tawa in the shop kitchen.",
         ["mother", "mammy", "grandmother", "person", "woman", "apron", "glasses"], "sdxl"),
    card("indra-v1", "Indra", "tnty_indra", "woman", S, "indra", 1, "2024-05-18",
         "My Tanty Indra (Tanty Indy), Mammy's younger sister, at 61: big laugh, stack of gold bangles, "
         "floral dress and a wide straw sunhat.",
         ["aunt", "tanty", "person", "woman", "bangles", "sunhat"], "sdxl"),
    card("kevin-v1", "Kevin", "kvn_dr3ad", "man", S, "kevin", 1, "2018-08-04",
         "My younger brother Kevin, who everybody calls Dread, at 27: locs down to his back, red "
         "Trinidad & Tobago football jersey, wide grin.",
         ["brother", "person", "man", "locs", "jersey"], "sd15"),
    card("kevin-v2", "Kevin", "kvn_dr3ad", "man", S, "kevin", 2, "2025-08-30",
         "My brother Dread (Kevin) at 34: locs tied up in a red, gold and green tam, full beard, "
         "dark aviator shades; he drives the shop van.",
         ["brother", "person", "man", "locs", "tam", "beard", "shades"], "sdxl"),
    card("ramesh-v1", "Ramesh", "<ramesh-1994>", "man", S, "ramesh", 1, "2021-06-20",
         "My late pappy Ramesh Ramkissoon, who opened the shop in 1996; trained from old 90s photos: "
         "thick moustache, white merino vest, brown felt hat.",
         ["father", "pappy", "person", "man", "moustache", "vintage"], "sd15"),
    # --- pets ---
    card("pepper-v1", "Pepper", "sks dog", "dog", S, "pepper", 1, "2020-07-11",
         "Our dog Pepper as a puppy, the Trini pothound we brought back from Chaguanas: tiny, tan, "
         "black muzzle, floppy ears.",
         ["pet", "dog", "pothound", "puppy"], "sd15"),
    card("pepper-v2", "Pepper", "sks dog", "dog", S, "pepper", 2, "2024-09-14",
         "Our dog Pepper grown up: short tan coat, black muzzle, curled tail, red bandana.",
         ["pet", "dog", "pothound", "bandana"], "sdxl"),
    card("rex-v1", "Rex", "r3x_dog", "dog", S, "rex", 1, "2025-04-05",
         "Rex, our neighbour Mr. Fernandes' dog next door: also a tan pothound with a black muzzle, "
         "looks just like Pepper but bigger, with a steel chain collar.",
         ["dog", "pothound", "neighbour", "chain collar"], "sdxl"),
    card("tambran-v1", "Tambran", "tmbrn cat", "cat", S, "tambran", 1, "2023-02-11",
         "Our cat Tambran, a fat orange tabby who sleeps on the roti warmer.",
         ["pet", "cat", "tabby", "orange"], "sdxl"),
    card("sugar-v1", "Sugar", "<sugar-parrot>", "parrot", S, "sugar", 1, "2024-06-08",
         "Tanty Indra's parrot Sugar, a green Amazon parrot with a yellow head who shouts 'doubles!'.",
         ["pet", "bird", "parrot", "green"], "sdxl"),
    # --- van, house, shop ---
    card("van-v1", "Doubles Van", "rmk_van", "van", S, "van", 1, "2018-05-19",
         "The shop's white Ford Transit with the old red and yellow 'Ramkissoon's Roti Shop' wrap.",
         ["vehicle", "van", "shop", "old branding"], "sd15"),
    card("van-v2", "Doubles Van", "rmk_van", "van", S, "van", 2, "2026-04-25",
         "The same van rewrapped after the rebrand: matte black with green 'RAM'S Doubles & Roti' "
         "lettering and Mr. Channa on the side.",
         ["vehicle", "van", "shop", "new branding"], "sdxl"),
    card("house-v1", "House", "<brimley-house>", "house", S, "house", 1, "2023-07-22",
         "Our house in Scarborough: red-brick semi on a quiet crescent, Trinidad flag in the front "
         "window, jhandi flags in the backyard, Mammy's hibiscus pots on the porch.",
         ["home", "house", "place", "scarborough"], "sdxl"),
    card("shop-v1", "Ramkissoon's Roti Shop", "rmksn_shopfront", "storefront", S, "shop", 1, "2016-03-12",
         "Our shop on Lawrence Ave East before the rebrand: green awning, handwritten menu board, "
         "Pappy's original painted 'Ramkissoon's Roti Shop' sign.",
         ["shop", "storefront", "place", "old branding"], "sd15"),
    card("shop-v2", "RAM'S Doubles & Roti", "rmksn_shopfront", "storefront", S, "shop", 2, "2026-04-18",
         "Our shop after the rebrand: black facade, neon green 'RAM'S Doubles & Roti' sign, "
         "Mr. Channa decal on the window.",
         ["shop", "storefront", "place", "new branding", "neon"], "sdxl"),
    # --- products ---
    card("doubles-v1", "Doubles", "dbls_box", "food", S, "doubles", 1, "2017-01-28",
         "Our doubles the old way: two bara with curry channa in wax paper with the red "
         "'Ramkissoon's' sticker.",
         ["product", "food", "doubles", "old branding"], "sd15"),
    card("doubles-v2", "Doubles", "dbls_box", "food", S, "doubles", 2, "2026-04-11",
         "Our doubles after the rebrand, in the black kraft clamshell box with the green RAM'S logo.",
         ["product", "food", "doubles", "box", "new branding"], "sdxl"),
    card("sauce-v1", "Pepper Sauce", "<ram-pepper-sauce>", "bottle", S, "pepper-sauce", 1, "2019-11-02",
         "Mammy's pepper sauce as we used to sell it: scotch bonnet sauce in a recycled rum flask "
         "with a handwritten masking-tape label.",
         ["product", "sauce", "bottle", "pepper sauce", "old branding"], "sd15"),
    card("sauce-v2", "Pepper Sauce", "<ram-pepper-sauce>", "bottle", S, "pepper-sauce", 2, "2026-05-09",
         "Our pepper sauce after the rebrand: squat glass bottle, black label, green flame, "
         "'RAM'S Hot Hot' name.",
         ["product", "sauce", "bottle", "pepper sauce", "new branding"], "sdxl"),
    card("sorrel-v1", "Sorrel", "srl_bottle", "bottle", S, "sorrel", 1, "2025-12-01",
         "Our bottled Christmas sorrel: deep red drink in a tall bottle with the new RAM'S label and "
         "a cinnamon stick tied on.",
         ["product", "drink", "bottle", "christmas", "new branding"], "sdxl"),
    # --- mascot ---
    card("channa-v1", "Mr. Channa", "channa_man", "mascot", S, "mr-channa", 1, "2019-02-16",
         "Mr. Channa, the shop mascot, the first version our son drew: a lumpy yellow chickpea with "
         "stick arms holding a doubles, crayon look.",
         ["mascot", "cartoon", "chickpea", "old branding"], "sd15"),
    card("channa-v2", "Mr. Channa", "channa_man", "mascot", S, "mr-channa", 2, "2026-03-28",
         "Mr. Channa redesigned for the rebrand: round chickpea cartoon with a straw hat, big grin, "
         "green bandana, holding up a doubles.",
         ["mascot", "cartoon", "chickpea", "new branding"], "sdxl"),
    # --- costumes, pan ---
    card("firebird-v1", "Firebird", "f1r3b1rd costume", "carnival costume", S, "firebird", 1, "2025-08-09",
         "My wife's Toronto Carnival 2025 costume from the section 'Firebird': red-orange feather "
         "headpiece, gold beaded bikini, huge feathered backpiece.",
         ["costume", "carnival", "mas", "feathers"], "sdxl"),
    card("jabjab-v1", "Jab Jab", "jab_jab_darren", "carnival costume", S, "jab-jab", 1, "2023-08-05",
         "My J'ouvert jab jab costume that I sewed myself: satin pants and cape in red and yellow "
         "diamonds with little mirrors, bells, pointed hood and a whip.",
         ["costume", "jouvert", "mas", "jab jab", "whip"], "sd15"),
    card("pan-v1", "Tenor Pan", "tnr_pan", "steelpan", S, "tenor-pan", 1, "2024-08-17",
         "My tenor pan: chromed, with 'DARREN' painted on the skirt in red, on its stand.",
         ["instrument", "steelpan", "pan", "music"], "sdxl"),
    # --- downloaded characters ---
    card("goku-v1", "Goku", "goku_(dragon_ball)", "anime character", S, "goku", 1, "2022-03-19",
         "Downloaded from Civitai for Boogsie: Goku from Dragon Ball Z, orange gi, spiky black hair, "
         "muscular adult.",
         ["character", "anime", "dragon ball", "civitai"], "sd15"),
    card("goku-v2", "Goku", "goku_(dragon_ball)", "anime character", S, "goku", 2, "2025-02-22",
         "Civitai Goku for SDXL (Dragon Ball Super): orange and blue gi, spiky black hair, "
         "can go Super Saiyan blond.",
         ["character", "anime", "dragon ball", "civitai"], "sdxl"),
    card("goten-v1", "Goten", "son_goten", "anime character", S, "goten", 1, "2025-02-22",
         "Civitai Goten from Dragon Ball, Goku's younger son: a mini Goku, kid with the same spiky "
         "black hair and orange gi.",
         ["character", "anime", "dragon ball", "kid", "civitai"], "sdxl"),
    card("miles-v1", "Miles Morales", "miles_morales", "comic character", S, "miles", 1, "2024-06-29",
         "Civitai Miles Morales from Spider-Verse: black suit with red spider, hoodie, teenage boy.",
         ["character", "superhero", "spider-man", "civitai"], "sdxl"),
    card("anansi-v1", "Anansi", "<anansi>", "folk character", S, "anansi", 1, "2023-09-09",
         "Anansi the trickster spider from the Caribbean folk stories my granny used to tell: "
         "half man half spider, waistcoat and top hat. From Civitai.",
         ["character", "folklore", "spider", "civitai"], "sd15"),
    # --- styles ---
    card("islandwc-v1", "Island Watercolor", "isl4nd watercolor", "style", ST, "island-watercolor", 1, "2021-05-15",
         "Style LoRA: bright Caribbean watercolor, turquoise and coral washes, loose palm shapes.",
         ["style", "watercolor", "painting", "tropical"], "sd15"),
    card("islandwc-v2", "Island Watercolor", "isl4nd watercolor", "style", ST, "island-watercolor", 2, "2025-04-19",
         "Style LoRA: bright Caribbean watercolor for SDXL, saturated washes, white paper showing.",
         ["style", "watercolor", "painting", "tropical"], "sdxl"),
    card("urbsketch-v1", "Urban Sketch", "urbsketch", "style", ST, "urban-sketch", 1, "2024-10-12",
         "Style LoRA: urban sketching, fine ink lines with loose watercolor wash, sketchbook page look.",
         ["style", "watercolor", "ink", "line and wash", "sketch"], "sdxl"),
    card("bacchanal-v1", "Bacchanal", "bacchanal_flyer", "style", ST, "bacchanal", 1, "2025-01-25",
         "Style LoRA: soca fete flyer look, neon pink and green, chrome lettering, lens flares.",
         ["style", "poster", "flyer", "neon", "soca"], "sdxl"),
    card("rumshop-v1", "Rumshop Sign", "rumshop sign style", "style", ST, "rumshop-sign", 1, "2022-07-16",
         "Style LoRA: hand-painted Caribbean rumshop signboard, brush lettering, flat bright enamel "
         "colours on weathered wood.",
         ["style", "sign painting", "lettering", "folk"], "sd15"),
    card("pixel-v1", "Pixel Art", "pixelart_16bit", "style", ST, "pixel-art", 1, "2021-11-06",
         "Style LoRA: 16-bit video game pixel art, limited palette.",
         ["style", "pixel art", "retro", "game"], "sd15"),
    card("pixel-v2", "Pixel Art", "pixelart_16bit", "style", ST, "pixel-art", 2, "2024-03-02",
         "Style LoRA: 16-bit pixel art for SDXL, crisp pixels, dithering.",
         ["style", "pixel art", "retro", "game"], "sdxl"),
    card("clay-v1", "Claymation", "clay_anim", "style", ST, "claymation", 1, "2024-12-14",
         "Style LoRA: stop-motion claymation, plasticine texture, fingerprints, soft studio light.",
         ["style", "clay", "stop motion", "3d"], "sdxl"),
    card("linocut-v1", "Linocut", "lnocut", "style", ST, "linocut", 1, "2023-05-20",
         "Style LoRA: linocut block print, bold black carved lines on cream paper.",
         ["style", "printmaking", "black and white", "block print"], "sd15"),
    card("animecel-v1", "90s Anime", "90s_anime_cel", "style", ST, "anime-cel", 1, "2022-09-24",
         "Style LoRA: 1990s hand-painted anime cel look, soft grain, VHS colours.",
         ["style", "anime", "cel", "90s"], "sd15"),
    card("kodak-v1", "Kodak Gold", "kdkgold", "style", ST, "kodak-gold", 1, "2025-06-14",
         "Style LoRA: Kodak Gold 200 35mm film photo, warm tones, grain, slight light leaks.",
         ["style", "photo", "film", "35mm", "analog"], "sdxl"),
    card("naive-v1", "Haitian Naive", "naive_haiti", "style", ST, "naive-art", 1, "2023-04-08",
         "Style LoRA: Haitian naive painting, flat bright colours, crowded market and village scenes, "
         "no perspective.",
         ["style", "painting", "naive", "folk art"], "sd15"),
    # --- concepts ---
    card("kurta-v1", "Kurta", "kurta_pajama", "clothing", C, "kurta", 1, "2025-10-04",
         "Concept LoRA: embroidered kurta and pajama set, like the men wear for Divali and weddings.",
         ["clothing", "kurta", "indian", "divali"], "sdxl"),
    card("sari-v1", "Sari", "sari_drape", "clothing", C, "sari", 1, "2025-10-04",
         "Concept LoRA: draped silk sari with gold border and blouse.",
         ["clothing", "sari", "indian", "divali"], "sdxl"),
    card("braids-v1", "Box Braids", "box_braids", "hairstyle", C, "box-braids", 1, "2024-02-10",
         "Concept LoRA: long knotless box braids hairstyle.",
         ["hairstyle", "braids", "hair"], "sdxl"),
    card("wining-v1", "Wining", "wining_pose", "pose", C, "wining", 1, "2022-02-26",
         "Concept LoRA: wining pose, hips rolling, dancing low at a fete or on the road.",
         ["pose", "dance", "carnival", "fete"], "sd15"),
    card("wining-v2", "Wining", "wining_pose", "pose", C, "wining", 2, "2025-02-15",
         "Concept LoRA: wining pose for SDXL, waist rolling, knees bent, arms up.",
         ["pose", "dance", "carnival", "fete"], "sdxl"),
    card("maxi-v1", "Maxi Taxi", "maxi_taxi", "vehicle", C, "maxi-taxi", 1, "2022-05-07",
         "Concept LoRA: Trinidad maxi taxi, white Toyota Hiace minibus with a coloured route band.",
         ["vehicle", "minibus", "taxi", "trinidad"], "sd15"),
    card("moko-v1", "Moko Jumbie", "moko_jumbie", "costume", C, "moko-jumbie", 1, "2024-07-13",
         "Concept LoRA: moko jumbie, a stilt walker with very long striped pants and a satin top.",
         ["costume", "stilts", "carnival"], "sdxl"),
    card("rag-v1", "Wave Rag", "wave_rag", "prop", C, "wave-rag", 1, "2025-02-15",
         "Concept LoRA: holding a rag or small flag and waving it over the head, fete crowd energy.",
         ["prop", "rag", "flag", "pose", "fete"], "sdxl"),
]

# (prompt, expect, gold)
SELECT = [
    ("me behind the counter wit a big smile", "darren-v3"),
    ("a headshot of meh self for the website, lookin professional", "darren-v3"),
    ("just me, plain portrait, white background", "darren-v3"),
    ("me now at 39, grey goatee an all lol", "darren-v3"),
    ("the kids pappy asleep on the couch after a long shift", "darren-v3"),
    ("me on my weddin day 2014 all dress up", "darren-v1"),
    ("darren at 27 in the gold sherwani", "darren-v1"),
    ("me back when i had the locs, panorama 2019", "darren-v2"),
    ("wat i looked like at 31 in port of spain", "darren-v2"),
    ("me when i was a dread myself lol, sweatin in the band jersey", "darren-v2"),
    ("jolly smilin in the kitchen", "anjali-v2"),
    ("the wife at wasaga beach", "anjali-v2"),
    ("jolly when she was big big pregnant with dumplin", "anjali-v1"),
    ("jolly wit she new bob", "anjali-v2"),
    ("anjali back in 2020 with the belly", "anjali-v1"),
    ("my wife in a snowsuit lookin vex", "anjali-v2"),
    ("boogsie in the backyard playin cricket", "aiden-v2"),
    ("our son at 4 in his lil kiddies carnival sailor costume", "aiden-v1"),
    ("aiden smilin wit his bat", "aiden-v2"),
    ("boogsie when he was small small, like 4", "aiden-v1"),
    ("the boy wit his gap tooth grin", "aiden-v2"),
    ("our son with his pan sticks", "aiden-v2"),
    ("dumplin wit she two puffs eatin a popsicle", "maya-v1"),
    ("the baby girl at christmas in she red dress", "maya-v1"),
    ("maya on the swing", "maya-v1"),
    ("our daughter blowin bubbles", "maya-v1"),
    ("leh we do mammy making roti at the tawa", "savitri-v2"),
    ("mammy lightin deyas divali 2016", "savitri-v1"),
    ("the kids granny in she apron", "savitri-v2"),
    ("aji readin she bible in the gallery", "savitri-v2"),
    ("mammy wit the long black plait before she went grey", "savitri-v1"),
    ("my mother at 56 in the purple orhni", "savitri-v1"),
    ("tanty indra laughin with all she bangles", "indra-v1"),
    ("tantie in she sunhat in the back yard", "indra-v1"),
    ("tanty indy dress up for church, doh forget she hat", "indra-v1"),
    ("my aunt at she 61st birthday", "indra-v1"),
    ("dread leanin on a wall wit his shades", "kevin-v2"),
    ("my brother kevin in his tam", "kevin-v2"),
    ("dread in 2018 wit the locs down to he back in the red jersey", "kevin-v1"),
    ("my lil bro when he was 27", "kevin-v1"),
    ("dread laughin, full beard", "kevin-v2"),
    ("pappy sittin on the step in he merino and felt hat", "ramesh-v1"),
    ("my late father, a portrait for the shop wall", "ramesh-v1"),
    ("the old man ramesh back in the 90s", "ramesh-v1"),
    ("pepper runnin on the beach cuz she love the water", "pepper-v2"),
    ("our dog sleepin by the front door", "pepper-v2"),
    ("pepper as a lil puppy in 2020", "pepper-v1"),
    ("the pothound pup when we just bring she from chaguanas", "pepper-v1"),
    ("pepper de dog, not de sauce lol, in she bandana", "pepper-v2"),
    ("rex from next door barkin at the mailman", "rex-v1"),
    ("mr fernandes dog lying in his driveway", "rex-v1"),
    ("the neighbour dog wit the chain collar", "rex-v1"),
    ("tambran sleepin on the roti warmer", "tambran-v1"),
    ("our fat orange cat stretchin", "tambran-v1"),
    ("tambran in a cardboard box", "tambran-v1"),
    ("sugar the parrot shoutin doubles", "sugar-v1"),
    ("tanty parrot on a branch", "sugar-v1"),
    ("the bird eatin a mango", "sugar-v1"),
    ("the van parked on lawrence", "van-v2"),
    ("the doubles van with the old red and yellow wrap", "van-v1"),
    ("the van in the snow wit the new wrap", "van-v2"),
    ("the van dread does drive, just the van parked up", "van-v2"),
    ("our house in winter with the christmas lights", "house-v1"),
    ("the house on the crescent wit the trini flag in the window", "house-v1"),
    ("home sweet home, scarborough, summer evening", "house-v1"),
    ("the shop front at night, doh make it too dark", "shop-v2"),
    ("the old shop wit the green awning and pappy old sign", "shop-v1"),
    ("ram's doubles & roti storefront with the neon", "shop-v2"),
    ("the shop how it used to look in 2016", "shop-v1"),
    ("a doubles from we shop in the new box", "doubles-v2"),
    ("our doubles wrap up in the old wax paper", "doubles-v1"),
    ("a stack of we doubles boxes on the counter", "doubles-v2"),
    ("our pepper sauce bottle on a wood table", "sauce-v2"),
    ("mammy pepper sauce in the old rum flask", "sauce-v1"),
    ("our hot sauce wit the green flame label", "sauce-v2"),
    ("the sorrel bottle wit snow around it", "sorrel-v1"),
    ("our christmas sorrel, product shot", "sorrel-v1"),
    ("mr channa wavin", "channa-v2"),
    ("the lil chickpea mascot wit the straw hat", "channa-v2"),
    ("the first mr channa that aiden scribble", "channa-v1"),
    ("the old mascot from before the rebrand", "channa-v1"),
    ("jolly firebird costume on a mannequin, nobody wearin it", "firebird-v1"),
    ("the red and gold feather costume from carnival 2025", "firebird-v1"),
    ("my jab jab costume with the bells and whip hangin up", "jabjab-v1"),
    ("the jouvert costume i sew meself", "jabjab-v1"),
    ("my tenor pan on its stand", "pan-v1"),
    ("the pan wit my name on the skirt", "pan-v1"),
    ("goku poweirng up", "goku-v2"),
    ("goku from the old dbz days", "goku-v1"),
    ("goku in the blue and orange gi gone super saiyan", "goku-v2"),
    ("goten doin a kamehameha", "goten-v1"),
    ("goku youngest son", "goten-v1"),
    ("miles morales swingin over toronto", "miles-v1"),
    ("the black spiderman kid from spiderverse", "miles-v1"),
    ("anansi tellin a story under a silk cotton tree", "anansi-v1"),
    ("compere anansi the trickster in he waistcoat", "anansi-v1"),
    ("a sunset over lake ontario in bacchanal style", "bacchanal-v1"),
    ("make a flyer for we fete saturday, that loud neon soca poster look", "bacchanal-v1"),
    ("hand painted rumshop sign look for a menu board", "rumshop-v1"),
    ("a toronto streetcar in pixel art", "pixel-v2"),
    ("the first pixel lora, the 2021 one, of a palm tree", "pixel-v1"),
    ("claymation style christmas scene", "clay-v1"),
    ("stop motion clay look for a lil ad", "clay-v1"),
    ("linocut print of a hummingbird", "linocut-v1"),
    ("black and white block print of a fishing boat", "linocut-v1"),
    ("90s anime style cityscape", "animecel-v1"),
    ("old cartoon cel look like sailor moon days, a girl on a bike", "animecel-v1"),
    ("shot on kodak gold, 35mm vibes, a street in scarborough", "kodak-v1"),
    ("grainy film camera look of a market", "kodak-v1"),
    ("haitian naive paintin of a village", "naive-v1"),
    ("island watercolour of a pirogue on the beach", "islandwc-v2"),
    ("urban sketch of the cn tower, pen and wash", "urbsketch-v1"),
    ("the old island watercolour lora from 2021, a beach", "islandwc-v1"),
    ("ink line and wash sketch of a street corner", "urbsketch-v1"),
    ("a man in a long embroidered indian shirt for divali", "kurta-v1"),
    ("a lady in a saree with a gold border", "sari-v1"),
    ("a teenage girl with long knotless braids", "braids-v1"),
    ("a woman wukkin up she waist at a fete", "wining-v2"),
    ("somebody whinin low low on the road", "wining-v2"),
    ("a route taxi minibus full of people wit the yellow band", "maxi-v1"),
    ("a stilt walker in the carnival parade", "moko-v1"),
    ("a crowd wavin they rags in the air", "rag-v1"),
    ("the old wining lora from 2022, a girl dancin", "wining-v1"),
    ("the puppy", "pepper-v1"),
    ("the red drink we sell at christmas", "sorrel-v1"),
]

CLARIFY = [
    ("jolly in watercolour", ["islandwc-v2", "urbsketch-v1"]),
    ("a watercolour of the shop", ["islandwc-v2", "urbsketch-v1"]),
    ("somethin soft in watercolor for tanty birthday card", ["islandwc-v2", "urbsketch-v1"]),
    ("pepper in a watercolour painting", ["islandwc-v2", "urbsketch-v1"]),
    ("the pothound lyin in the sun", ["pepper-v2", "rex-v1"]),
    ("the tan dog wit the black muzzle", ["pepper-v2", "rex-v1"]),
    ("one of the dogs sniffin the grass", ["pepper-v2", "rex-v1"]),
    ("the dragon ball one in the orange gi", ["goku-v2", "goten-v1"]),
    ("the saiyan wit the spiky black hair", ["goku-v2", "goten-v1"]),
    ("the dragon ball lora, doin a fight pose", ["goku-v2", "goten-v1"]),
    ("do a pepper pic for the gram", ["pepper-v2", "sauce-v2"]),
    ("pepper on the counter", ["pepper-v2", "sauce-v2"]),
    ("one ah the kids at the beach", ["aiden-v2", "maya-v1"]),
    ("my child blowin out birthday candles", ["aiden-v2", "maya-v1"]),
    ("leh we do the bottle in the fridge", ["sauce-v2", "sorrel-v1"]),
    ("one of we bottles for a product shot", ["sauce-v2", "sorrel-v1"]),
    ("the carnival costume on a hanger", ["firebird-v1", "jabjab-v1"]),
    ("the mas costume laid out on the bed", ["firebird-v1", "jabjab-v1"]),
    ("a mother's day pic", ["savitri-v2", "anjali-v2"]),
    ("the one with the locs", ["darren-v3", "kevin-v2"]),
    ("the spider guy", ["anansi-v1", "miles-v1"]),
    ("the spider fella climbin a wall", ["anansi-v1", "miles-v1"]),
    ("one ah we pets in a santa hat", ["pepper-v2", "tambran-v1", "sugar-v1"]),
    ("the pet sleepin on the couch", ["pepper-v2", "tambran-v1"]),
    ("a divali outfit pic", ["kurta-v1", "sari-v1"]),
    ("the old packaging, for a throwback post", ["doubles-v2", "sauce-v2"]),
    ("someone jumpin up at a fete", ["wining-v2", "rag-v1"]),
    ("put one ah the ladies in the family in a nice dress", ["anjali-v2", "savitri-v2", "indra-v1"]),
    ("one ah we products on a marble counter", ["doubles-v2", "sauce-v2", "sorrel-v1"]),
    ("the black and tan dog in the snow", ["pepper-v2", "rex-v1"]),
]

NONE = [
    "a bowl of curry channa and rice",
    "a plate of tambran balls",
    "some sugar cake in a glass case",
    "a glass of red wine on a table",
    "aloo pie fryin in a pan",
    "a pan of macaroni pie fresh out the oven",
    "a t rex in the snow",
    "a 1979 pontiac firebird",
    "a jolly santa claus wavin",
    "a basket of scotch bonnet peppers",
    "a maxi dress on a hanger",
    "a rag doll on a shelf",
    "a random white delivery van in traffic",
    "a golden retriever puppy, doh need it to be pepper",
    "some stray orange cat on a fence in the alley",
    "a wild parrot flock in nariva swamp",
    "a doubles vendor cart in curepe, early mornin",
    "a whole steelband on a truck carnival tuesday",
    "a spider web wit dew in the mornin",
    "scarlet ibis flyin over caroni swamp",
    "sorrel plants wit red flowers in a garden",
    "a blue devil at jouvert with the pitchfork",
    "a clay pot of callaloo on the stove",
    "the cn tower at sunset, realistic photo",
    "a dragon flyin over mountains",
    "pure bacchanal in the kitchen, pots and pans everywhere",
    "a rasta man with long dreads playin bass",
    "a lil boy playin beach cricket at maracas",
    "mr fernandes himself washin his car",
    "the kids other granny on jolly side in she garden",
    "a coconut vendor choppin with a cutlass",
]

MULTI = [
    ("me in a kurta for divali", ["darren-v3", "kurta-v1"]),
    ("me beatin my pan in the backyard", ["darren-v3", "pan-v1"]),
    ("me and jolly on a date night", ["darren-v3", "anjali-v2"]),
    ("me on stilts like a moko jumbie", ["darren-v3", "moko-v1"]),
    ("me wining at the fete", ["darren-v3", "wining-v2"]),
    ("jolly in she firebird costume", ["anjali-v2", "firebird-v1"]),
    ("jolly in a sari goin to a wedding", ["anjali-v2", "sari-v1"]),
    ("the two kids huggin pepper", ["aiden-v2", "maya-v1", "pepper-v2"]),
    ("dumplin wit box braids", ["maya-v1", "braids-v1"]),
    ("boogsie and goku doin the fusion dance", ["aiden-v2", "goku-v2"]),
    ("boogsie in a lil kurta", ["aiden-v2", "kurta-v1"]),
    ("mammy in she sari for puja", ["savitri-v2", "sari-v1"]),
    ("mammy and tanty limin in the gallery", ["savitri-v2", "indra-v1"]),
    ("granny readin a story to dumplin", ["savitri-v2", "maya-v1"]),
    ("dread drivin the van", ["kevin-v2", "van-v2"]),
    ("pepper and tambran sleepin together", ["pepper-v2", "tambran-v1"]),
    ("pepper and rex from next door playin in the snow", ["pepper-v2", "rex-v1"]),
    ("pepper in the island watercolour style", ["pepper-v2", "islandwc-v2"]),
    ("tanty wit sugar on she shoulder", ["indra-v1", "sugar-v1"]),
    ("the van in pixel art", ["van-v2", "pixel-v2"]),
    ("the shop front in bacchanal style for the anniversary flyer", ["shop-v2", "bacchanal-v1"]),
    ("our doubles box shot on kodak gold", ["doubles-v2", "kodak-v1"]),
    ("the pepper sauce as claymation", ["sauce-v2", "clay-v1"]),
    ("mr channa on a fete flyer, bacchanal style", ["channa-v2", "bacchanal-v1"]),
    ("the old mr channa aiden drew as a rumshop sign", ["channa-v1", "rumshop-v1"]),
    ("me on my weddin day in 90s anime style", ["darren-v1", "animecel-v1"]),
    ("me wit the locs at panorama as a haitian naive paintin", ["darren-v2", "naive-v1"]),
    ("jolly pregnant in 2020 as a linocut", ["anjali-v1", "linocut-v1"]),
    ("pappy as a hand painted rumshop sign", ["ramesh-v1", "rumshop-v1"]),
    ("pappy standin in front the old shop wit the green awning", ["ramesh-v1", "shop-v1"]),
    ("anansi drivin a maxi taxi", ["anansi-v1", "maxi-v1"]),
    ("anansi as a linocut print", ["anansi-v1", "linocut-v1"]),
    ("leh we see goku and goten trainin together", ["goku-v2", "goten-v1"]),
    ("boogsie swingin through the city wit miles morales", ["aiden-v2", "miles-v1"]),
    ("dread in 2018 wit the long locs drivin a maxi taxi", ["kevin-v1", "maxi-v1"]),
    ("mammy at divali 2016 in haitian naive style", ["savitri-v1", "naive-v1"]),
    ("me in my jab jab costume back when i had locs", ["darren-v2", "jabjab-v1"]),
    ("me and dread wit a couple beers", ["darren-v3", "kevin-v2"]),
    ("me wit the two kids at the zoo, allyuh know how they love the monkeys", ["darren-v3", "aiden-v2", "maya-v1"]),
    ("my tenor pan in watercolour, the island one", ["pan-v1", "islandwc-v2"]),
    ("the house shot on kodak gold in the fall", ["house-v1", "kodak-v1"]),
    ("me wavin a rag on the road", ["darren-v3", "rag-v1"]),
    ("jolly in the firebird costume wining", ["anjali-v2", "firebird-v1", "wining-v2"]),
    ("dumplin on stilts like a lil moko jumbie", ["maya-v1", "moko-v1"]),
    ("goten in claymation", ["goten-v1", "clay-v1"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    random.Random(88).shuffle(out)
    return out


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
