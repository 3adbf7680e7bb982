#!/usr/bin/env python3
"""Held-out set 72: Rami Haddad's repository (shawarma & manoushe shop, Dearborn MI).

Running this writes catalog.jsonl and cases.jsonl next to it.
Cards and cases are plain literals; gold was written by hand (see README.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base_model)
CARDS = [
    # --- me ---
    ("rami-v1", "Rami", "ohwx man", "man", "subject", "rami", 1, "2023-02-11",
     "Me, Rami Haddad, at 33 in 2008 when we first opened: clean-shaven, black hair gelled back, "
     "white t-shirt and a gold chain. This is me before the Hajj.",
     ["me", "person", "man", "clean-shaven", "2008"], "sd15"),
    ("rami-v2", "Rami", "ohwx man", "man", "subject", "rami", 2, "2023-09-20",
     "Me at 42 right after my Hajj in 2017: first full black beard, white kufi cap, thinner face, "
     "photos from Mecca and from the airport coming home.",
     ["me", "person", "man", "beard", "hajj", "kufi"], "sd15"),
    ("rami-v3", "Rami", "ohwx man", "man", "subject", "rami", 3, "2026-05-14",
     "Me now at 51 (Abu Karim to everybody on Warren Ave): salt-and-pepper beard, reading glasses "
     "pushed up on my head, green Furn Haddad apron, a bit of a belly.",
     ["me", "person", "man", "beard", "glasses", "apron"], "sdxl"),
    # --- my wife ---
    ("nadine-v1", "Nadine", "sks woman", "woman", "subject", "nadine", 1, "2023-02-18",
     "My wife Nadine on our wedding day in Zahle in 2000, 24 years old: big white dress, hair up "
     "with baby's breath.",
     ["wife", "person", "woman", "wedding", "bride", "2000"], "sd15"),
    ("nadine-v2", "Nadine", "sks woman", "woman", "subject", "nadine", 2, "2023-10-02",
     "My wife Nadine in 2012, eight months pregnant with our youngest, Jude: navy maxi dress, "
     "hand on her belly.",
     ["wife", "person", "woman", "pregnant", "2012"], "sd15"),
    ("nadine-v3", "Nadine", "sks woman", "woman", "subject", "nadine", 3, "2026-04-01",
     "My wife Nadine now, 50: shoulder-length hair with highlights, thin gold glasses, behind the "
     "register at the shop.",
     ["wife", "person", "woman", "glasses"], "sdxl"),
    # --- my cousin / partner ---
    ("ziad-v1", "Ziad", "z1ad_h", "man", "subject", "ziad", 1, "2023-03-05",
     "My cousin Ziad ('Zizo'), 3amo Khalil's son and my partner in the shop, in 2014: long hair in "
     "a ponytail, goatee, working the shawarma spit.",
     ["cousin", "person", "man", "ponytail", "goatee"], "sd15"),
    ("ziad-v2", "Ziad", "z1ad_h", "man", "subject", "ziad", 2, "2025-08-19",
     "My cousin Ziad after he shaved his head in 2024: bald, thick black beard, black Furn Haddad "
     "polo shirt.",
     ["cousin", "person", "man", "bald", "beard"], "sdxl"),
    # --- our kids ---
    ("karim-v1", "Karim", "<karim-h>", "young man", "subject", "karim", 1, "2023-06-10",
     "Our oldest son Karim at his Fordson High graduation in 2020, age 18: maroon cap and gown, "
     "clean-shaven, big smile.",
     ["son", "person", "man", "graduation", "2020"], "sd15"),
    ("karim-v2", "Karim", "<karim-h>", "young man", "subject", "karim", 2, "2025-12-03",
     "Our oldest son Karim at 23 after he grew his beard out: short boxed beard, curly hair, "
     "Wayne State hoodie.",
     ["son", "person", "man", "beard", "curly hair"], "sdxl"),
    ("lina-v1", "Lina", "lina_haddad", "girl", "subject", "lina", 1, "2023-04-22",
     "Our daughter Lina ('Lulu') at 13 in 2018: braces, long braided hair, Dearborn youth soccer "
     "jersey.",
     ["daughter", "person", "girl", "braces", "soccer"], "sd15"),
    ("lina-v2", "Lina", "lina_haddad", "woman", "subject", "lina", 2, "2026-07-15",
     "Our daughter Lina on her wedding day in June 2026, 21: white lace gown, small tiara, henna "
     "on her hands.",
     ["daughter", "person", "woman", "wedding", "bride", "henna"], "sdxl"),
    ("jude-v1", "Jude", "<joud>", "boy", "subject", "jude", 1, "2023-05-08",
     "Our youngest, Jude ('Joudi'), at 4 in 2016: chubby cheeks, green dinosaur costume, missing "
     "front tooth.",
     ["son", "person", "boy", "toddler", "costume"], "sd15"),
    ("jude-v2", "Jude", "<joud>", "boy", "subject", "jude", 2, "2026-02-10",
     "Our youngest, Jude, at 13: braces, fade haircut, Pistons jersey, always holding a basketball.",
     ["son", "person", "boy", "braces", "basketball"], "sdxl"),
    # --- elders ---
    ("teta-v1", "Wardeh", "teta_wardeh", "old woman", "subject", "teta", 1, "2023-01-15",
     "My teta Wardeh, my father's mother, from 1980s photos in the village, in her fifties: white "
     "headscarf, black dress, baking saj bread.",
     ["grandmother", "person", "woman", "headscarf", "1980s"], "sd15"),
    ("teta-v2", "Wardeh", "teta_wardeh", "old woman", "subject", "teta", 2, "2024-06-30",
     "My teta Wardeh at 90 in 2009, her last year, visiting us in Dearborn: white mandil, deep "
     "wrinkles, misbaha beads in her hand.",
     ["grandmother", "person", "woman", "elderly", "misbaha"], "sdxl"),
    ("jiddo-v1", "Hassan", "jiddo_hassan", "old man", "subject", "jiddo", 1, "2023-01-15",
     "My jiddo Hassan, my grandfather, from scanned 1970s photos in the Bekaa: white mustache, "
     "white keffiyeh, riding his donkey by the wheat fields.",
     ["grandfather", "person", "man", "elderly", "mustache", "donkey"], "sd15"),
    ("khalil-v1", "Khalil", "kh4lil man", "man", "subject", "khalil", 1, "2023-07-07",
     "My 3amo Khalil, my father's younger brother, in 2010 at his bakery on Warren Ave: flour on "
     "his mustache, big belly, white undershirt.",
     ["uncle", "person", "man", "baker", "mustache"], "sd15"),
    ("khalil-v2", "Khalil", "kh4lil man", "man", "subject", "khalil", 2, "2025-11-20",
     "My 3amo Khalil at 74 after his knee surgery: walks with a wooden cane, white hair, tweed flat "
     "cap.",
     ["uncle", "person", "man", "elderly", "cane", "flat cap"], "sdxl"),
    ("fouad-v1", "Fouad", "<fouad-haddad>", "man", "subject", "fouad", 1, "2023-02-25",
     "My late father Fouad (Abu Rami), allah yerhamo, in 1988 when he first came to Dearborn: "
     "thick black mustache, aviator glasses, brown leather jacket.",
     ["father", "person", "man", "mustache", "1988"], "sd15"),
    ("fouad-v2", "Fouad", "<fouad-haddad>", "man", "subject", "fouad", 2, "2023-11-11",
     "My late father Fouad at 70 in 2008, the year we opened: white hair, grey mustache, "
     "cardigan. He passed in 2015.",
     ["father", "person", "man", "elderly", "white hair"], "sd15"),
    # --- pets ---
    ("sukkar-v1", "Sukkar", "sks cat", "cat", "subject", "sukkar", 1, "2023-08-14",
     "Our cat Sukkar as a kitten in 2019: tiny orange tabby with white paws, the kids found him "
     "behind the shop.",
     ["pet", "cat", "kitten", "orange tabby"], "sd15"),
    ("sukkar-v2", "Sukkar", "sks cat", "cat", "subject", "sukkar", 2, "2025-10-05",
     "Our cat Sukkar now: big fat orange tabby tom with white socks and a notch in his left ear, "
     "sleeps on the flour sacks.",
     ["pet", "cat", "orange tabby", "fat"], "sdxl"),
    ("ginger-v1", "Ginger", "<ginger-tabby>", "cat", "subject", "ginger", 1, "2025-10-12",
     "Ginger, our neighbour Mrs. Kowalski's cat, who looks just like our Sukkar: orange tabby with "
     "a white chest, no ear notch, green collar with a bell.",
     ["cat", "orange tabby", "neighbour", "collar"], "sdxl"),
    # --- van, house, shop ---
    ("van-v1", "El Wahsh", "furn_van", "van", "subject", "van", 1, "2023-03-30",
     "Our delivery van 'El Wahsh' (the beast), a white 2011 Ford E-250 with the old hand-painted "
     "Furn Haddad logo on the side.",
     ["van", "vehicle", "delivery", "white"], "sd15"),
    ("van-v2", "El Wahsh", "furn_van", "van", "subject", "van", 2, "2025-01-18",
     "Our delivery van 'El Wahsh' after the 2024 re-wrap: green and gold wrap with the new logo and "
     "Sheesh on the back doors.",
     ["van", "vehicle", "delivery", "wrap"], "sdxl"),
    ("house-v1", "Beit Jiddo", "beit_qsarnaba", "house", "subject", "house", 1, "2023-05-30",
     "Our family's village house in Qsarnaba in the Bekaa, from 1990s photos: old stone walls, flat "
     "mud roof, grapevine over the terrace.",
     ["house", "place", "village", "bekaa", "lebanon"], "sd15"),
    ("house-v2", "Beit Jiddo", "beit_qsarnaba", "house", "subject", "house", 2, "2025-06-25",
     "Our village house in the Bekaa after we renovated it in 2023: new red tile roof, white stone, "
     "iron balcony, the same old grapevine.",
     ["house", "place", "village", "bekaa", "renovated"], "sdxl"),
    ("shop-v1", "Furn Haddad", "furn_haddad", "restaurant storefront", "subject", "shop", 1,
     "2023-02-05",
     "Our shop Furn Haddad on Warren Ave in Dearborn before the expansion: tiny storefront, one saj "
     "oven, red awning, six stools.",
     ["shop", "restaurant", "place", "storefront"], "sd15"),
    ("shop-v2", "Furn Haddad", "furn_haddad", "restaurant storefront", "subject", "shop", 2,
     "2024-09-09",
     "Our shop Furn Haddad after the 2022 expansion into the next unit: green and gold sign, big "
     "windows, a patio with tables, two shawarma spits in the window.",
     ["shop", "restaurant", "place", "storefront", "patio"], "sdxl"),
    # --- products, mascot ---
    ("wrap-v1", "Chicken Shawarma Wrap", "shawarma_wrap", "sandwich", "subject", "wrap", 1,
     "2023-04-10",
     "Our chicken shawarma wrap the old way: rolled in saj bread in plain white butcher paper, "
     "pickles and fries sticking out.",
     ["food", "product", "shawarma", "sandwich"], "sd15"),
    ("wrap-v2", "Chicken Shawarma Wrap", "shawarma_wrap", "sandwich", "subject", "wrap", 2,
     "2025-03-12",
     "Our chicken shawarma wrap after the packaging redesign: green-and-gold printed foil with the "
     "Furn Haddad logo, toum in a branded cup on the side.",
     ["food", "product", "shawarma", "sandwich", "packaging"], "sdxl"),
    ("manoushe-v1", "Za'atar Manoushe", "mn2oushe", "flatbread", "subject", "manoushe", 1,
     "2024-10-20",
     "Our za'atar manoushe straight off the saj: za'atar and olive oil, folded with tomato, mint "
     "and olives.",
     ["food", "product", "manoushe", "flatbread", "zaatar"], "sdxl"),
    ("toum-v1", "Teta's Toum", "tetas_toum", "jar of garlic sauce", "subject", "toum", 1,
     "2023-06-01",
     "Our garlic sauce, Teta's Toum (my teta's recipe), in the original plain glass jar with a "
     "handwritten sticker.",
     ["food", "product", "toum", "garlic", "jar"], "sd15"),
    ("toum-v2", "Teta's Toum", "tetas_toum", "jar of garlic sauce", "subject", "toum", 2,
     "2025-04-04",
     "Teta's Toum after the label redesign: squat jar with a green lid and a drawing of my teta "
     "Wardeh on the label.",
     ["food", "product", "toum", "garlic", "jar", "label"], "sdxl"),
    ("sheesh-v1", "Sheesh", "<sheesh>", "cartoon mascot", "subject", "sheesh", 1, "2023-03-20",
     "Sheesh, our shop mascot: a hand-drawn cartoon shawarma spit with a big mustache and a chef "
     "hat, from the old menu.",
     ["mascot", "cartoon", "shawarma", "logo"], "sd15"),
    ("sheesh-v2", "Sheesh", "<sheesh>", "cartoon mascot", "subject", "sheesh", 2, "2024-12-01",
     "Sheesh, our mascot after the redesign: a round 3D cartoon shawarma spit with a mustache, a "
     "green chef hat and a thumbs-up.",
     ["mascot", "cartoon", "shawarma", "3d"], "sdxl"),
    # --- downloaded characters ---
    ("grendizer-v1", "Grendizer", "grendizer_robot", "giant robot", "subject", "grendizer", 1,
     "2024-02-14",
     "Downloaded from Civitai: UFO Robot Grendizer, the giant robot from the cartoon I watched as a "
     "kid in Lebanon, horned helmet, with the flying saucer spacer.",
     ["character", "robot", "anime", "mecha"], "sdxl"),
    ("miles-v1", "Miles Morales", "m1l3s_m0rales", "superhero", "subject", "miles", 1,
     "2024-08-03",
     "Downloaded from Civitai for Jude: Miles Morales Spider-Man, black suit with red web lines and "
     "a red spider, Spider-Verse look.",
     ["character", "superhero", "spider-man", "marvel"], "sdxl"),
    ("peter-v1", "Spider-Man (Peter Parker)", "<spidey-classic>", "superhero", "subject", "peter",
     1, "2023-09-01",
     "Downloaded from Civitai: classic Spider-Man, Peter Parker, red and blue suit with black "
     "webbing and big white eyes.",
     ["character", "superhero", "spider-man", "marvel"], "sd15"),
    ("goku-v1", "Goku", "goku_(dragon_ball)", "anime character", "subject", "goku", 1,
     "2023-07-22",
     "Downloaded from Civitai, Karim's favourite: Son Goku from Dragon Ball Z, orange gi, spiky "
     "black hair, goes gold Super Saiyan if you ask.",
     ["character", "anime", "dragon ball"], "sd15"),
    ("garfield-v1", "Garfield", "garfield_cat", "cartoon cat", "subject", "garfield", 1,
     "2023-12-12",
     "Downloaded from Civitai: Garfield, the lazy orange cartoon cat who loves lasagna and hates "
     "Mondays.",
     ["character", "cartoon", "cat", "comic"], "sd15"),
    # --- styles ---
    ("bekaa-wc-v1", "Bekaa Watercolor", "bkwtrclr style", "watercolor painting", "style",
     "bekaa-wc", 1, "2024-05-05",
     "Downloaded style: loose wet-on-wet watercolor, washed-out hills, soft bleeding edges, rough "
     "paper texture.",
     ["style", "watercolor", "painting", "loose"], "sdxl"),
    ("botanical-wc-v1", "Botanical Plate", "btnclwc", "watercolor illustration", "style",
     "botanical-wc", 1, "2023-08-30",
     "Downloaded style: fine botanical illustration in watercolor and ink, precise linework, pale "
     "washes, white background.",
     ["style", "watercolor", "botanical", "illustration"], "sd15"),
    ("khatt-v1", "Khatt", "<khatt>", "calligraphy art", "style", "khatt", 1, "2025-02-02",
     "Downloaded style: Arabic calligraphy art, thuluth letters swirling into shapes, gold ink on "
     "black.",
     ["style", "calligraphy", "arabic", "lettering"], "sdxl"),
    ("poster-v1", "Vintage Arab Cinema Poster", "arbcnm poster", "movie poster", "style", "poster",
     1, "2023-06-20",
     "Downloaded style: hand-painted 1960s Egyptian and Lebanese movie poster, bold Arabic title "
     "lettering, saturated faces.",
     ["style", "poster", "vintage", "1960s", "cinema"], "sd15"),
    ("poster-v2", "Vintage Arab Cinema Poster", "arbcnm poster", "movie poster", "style", "poster",
     2, "2025-05-10",
     "Same vintage Arab cinema poster style, v2: sharper faces, worn paper, fold creases, faded "
     "inks.",
     ["style", "poster", "vintage", "1960s", "cinema"], "sdxl"),
    ("pixel-v1", "Pixel Art", "p1x3l_art", "pixel art", "style", "pixel", 1, "2023-04-01",
     "Downloaded style: chunky 8-bit pixel art, tiny palette, NES look.",
     ["style", "pixel art", "8-bit", "retro"], "sd15"),
    ("pixel-v2", "Pixel Art", "p1x3l_art", "pixel art", "style", "pixel", 2, "2025-09-01",
     "Pixel art v2: 16-bit SNES-style pixel art with dithering and a bigger palette.",
     ["style", "pixel art", "16-bit", "retro"], "sdxl"),
    ("toon3d-v1", "Toon 3D", "t00n3d", "3d render", "style", "toon3d", 1, "2024-03-03",
     "Downloaded style: cute 3D animated-movie look, big eyes, soft lighting, smooth plasticky "
     "skin.",
     ["style", "3d", "cartoon", "animation"], "sdxl"),
    ("anime90s-v1", "90s Anime Cel", "90s_anime_cel", "anime illustration", "style", "anime90s", 1,
     "2023-05-15",
     "Downloaded style: retro 1990s anime cel shading, VHS grain, hand-painted backgrounds.",
     ["style", "anime", "retro", "cel"], "sd15"),
    ("oldmasters-v1", "Old Masters", "oldmstr", "oil painting", "style", "oldmasters", 1,
     "2023-10-10",
     "Downloaded style: classical oil painting, chiaroscuro, Rembrandt lighting, cracked varnish.",
     ["style", "oil painting", "classical", "baroque"], "sd15"),
    ("mosaic-v1", "Baalbek Mosaic", "<baalbek-mosaic>", "mosaic", "style", "mosaic", 1,
     "2024-11-11",
     "Downloaded style: Roman-Byzantine floor mosaic of small stone tesserae, like the ones at "
     "Baalbek and Byblos.",
     ["style", "mosaic", "ancient", "roman"], "sdxl"),
    ("menushot-v1", "Menu Shot", "mnushot", "food photograph", "style", "menushot", 1,
     "2024-07-07",
     "Downloaded style: commercial food photography, overhead angle, rising steam, dark slate, "
     "shallow depth of field.",
     ["style", "food photography", "commercial", "menu"], "sdxl"),
    # --- concepts ---
    ("keffiyeh-v1", "Keffiyeh", "kffyh", "scarf", "concept", "keffiyeh", 1, "2024-04-04",
     "Downloaded concept: checkered cotton keffiyeh (hatta) worn on the head or over the "
     "shoulders.",
     ["concept", "clothing", "scarf", "headwear"], "sdxl"),
    ("chefwhites-v1", "Chef Whites", "chefwhts", "chef uniform", "concept", "chefwhites", 1,
     "2023-09-09",
     "Downloaded concept: double-breasted white chef jacket with a tall pleated toque.",
     ["concept", "clothing", "uniform", "chef"], "sd15"),
    ("fade-v1", "Low Taper Fade", "lowtaper_fade", "haircut", "concept", "fade", 1, "2025-07-07",
     "Downloaded concept: low taper fade haircut with a sharp line-up.",
     ["concept", "hairstyle", "haircut", "barber"], "sdxl"),
    ("dabke-v1", "Dabke Line", "dabke_pose", "dance pose", "concept", "dabke", 1, "2024-08-20",
     "Downloaded concept: dancers in a dabke line, arms linked at the shoulders, stomping in step.",
     ["concept", "pose", "dance", "folk"], "sdxl"),
    ("foodtruck-v1", "Food Truck", "fdtrck", "food truck", "concept", "foodtruck", 1, "2025-03-03",
     "Downloaded concept: a food truck with a service window, awning and menu board.",
     ["concept", "vehicle", "truck", "street food"], "sdxl"),
    ("argileh-v1", "Argileh", "argl3h", "hookah", "concept", "argileh", 1, "2023-12-20",
     "Downloaded concept: smoking a tall glass argileh with a long hose and glowing coals.",
     ["concept", "prop", "hookah", "smoking"], "sd15"),
    ("doughtoss-v1", "Dough Toss", "doughtoss_pose", "pose", "concept", "doughtoss", 1,
     "2024-09-30",
     "Downloaded concept: pose of throwing a stretched disc of dough up in the air.",
     ["concept", "pose", "baking", "dough"], "sdxl"),
    ("capgown-v1", "Cap and Gown", "capngown", "graduation outfit", "concept", "capgown", 1,
     "2024-05-20",
     "Downloaded concept: graduation cap and gown with a tassel, holding a rolled diploma.",
     ["concept", "clothing", "graduation"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ================= select =================
    # me
    ("me standing behind the counter smiling, yalla", S, ["rami-v3"]),
    ("me before i went to hajj, clean shaven w the gold chain lol", S, ["rami-v1"]),
    ("me in 2017 right after hajj with the white kufi", S, ["rami-v2"]),
    ("me in 2008 when we first opened", S, ["rami-v1"]),
    ("abu karim w his reading glasses up on his head", S, ["rami-v3"]),
    ("a portrait of me now, grey beard and all", S, ["rami-v3"]),
    ("me at 33", S, ["rami-v1"]),
    ("me with my first beard, the hajj year", S, ["rami-v2"]),
    ("me in the green apron w my glasses", S, ["rami-v3"]),
    # wife
    ("my wife at the register", S, ["nadine-v3"]),
    ("nadine on our wedding day in zahle", S, ["nadine-v1"]),
    ("nadeen when she was pregnant w joudi", S, ["nadine-v2"]),
    ("um karim in her gold glasses laughing", S, ["nadine-v3"]),
    ("my wife 8 months pregnant in the navy dress", S, ["nadine-v2"]),
    ("my bride back in 2000 habibti", S, ["nadine-v1"]),
    ("habibti nadine the way she looks now", S, ["nadine-v3"]),
    # cousin
    ("my cousin ziad waving from the patio", S, ["ziad-v2"]),
    ("ziad back when he had the ponytail", S, ["ziad-v1"]),
    ("zizo bald w the beard in his black polo", S, ["ziad-v2"]),
    ("ziad in 2014 with the goatee", S, ["ziad-v1"]),
    ("zizo laughing at something on his phone", S, ["ziad-v2"]),
    # kids
    ("karim at his graduation", S, ["karim-v1"]),
    ("our oldest in his wayne state hoodie", S, ["karim-v2"]),
    ("karim w his beard, curly hair", S, ["karim-v2"]),
    ("my eldest before he grew the beard, 18 yrs old", S, ["karim-v1"]),
    ("karim sitting on the hood of a car", S, ["karim-v2"]),
    ("my son with the beard", S, ["karim-v2"]),
    ("lulu as a bride", S, ["lina-v2"]),
    ("lina at 13 with her braces and braids", S, ["lina-v1"]),
    ("my daughter in her soccer jersey", S, ["lina-v1"]),
    ("our daughter smiling in the garden", S, ["lina-v2"]),
    ("lina's wedding day with the henna on her hands", S, ["lina-v2"]),
    ("lulu at 13", S, ["lina-v1"]),
    ("joudi with his basketball", S, ["jude-v2"]),
    ("jude when he was 4 in the dinosaur costume", S, ["jude-v1"]),
    ("our youngest in his pistons jersey", S, ["jude-v2"]),
    ("baby jude with the chubby cheeks", S, ["jude-v1"]),
    ("our youngest boy at the park", S, ["jude-v2"]),
    ("my son w the fade and the braces", S, ["jude-v2"]),
    ("joud dressed up as a dinosaur for halloween", S, ["jude-v1"]),
    # elders
    ("teta wardeh baking saj bread in the village", S, ["teta-v1"]),
    ("teta at 90 with her misbaha", S, ["teta-v2"]),
    ("my teta when she was younger, 80s, the black dress", S, ["teta-v1"]),
    ("tayta sitting by the window", S, ["teta-v2"]),
    ("my grandma wardeh", S, ["teta-v2"]),
    ("the old lady in the white headscarf, my teta", S, ["teta-v2"]),
    ("jiddo hassan on his donkey", S, ["jiddo-v1"]),
    ("my grandfather in the wheat field", S, ["jiddo-v1"]),
    ("jeddo with his white mustache smiling", S, ["jiddo-v1"]),
    ("3amo khalil with the cane", S, ["khalil-v2"]),
    ("3ammo khaleel at his bakery with flour on his mustache", S, ["khalil-v1"]),
    ("my uncle in his flat cap", S, ["khalil-v2"]),
    ("3amo in 2010", S, ["khalil-v1"]),
    ("ziad's dad sitting on a plastic chair outside", S, ["khalil-v2"]),
    ("my late father when he first came to dearborn", S, ["fouad-v1"]),
    ("baba allah yerhamo", S, ["fouad-v2"]),
    ("abu rami in his aviators and leather jacket", S, ["fouad-v1"]),
    ("my dad at 70 with the white hair", S, ["fouad-v2"]),
    ("baba in 1988", S, ["fouad-v1"]),
    ("the kids' jiddo, fuad, in his cardigan", S, ["fouad-v2"]),
    # pets
    ("sukkar sleeping on the flour sacks", S, ["sukkar-v2"]),
    ("sokkar as a tiny kitten", S, ["sukkar-v1"]),
    ("our cat with the notch in his ear", S, ["sukkar-v2"]),
    ("our fat cat stretching on the rug", S, ["sukkar-v2"]),
    ("the kitten the kids found out back in 2019", S, ["sukkar-v1"]),
    ("mrs kowalski's cat on the fence", S, ["ginger-v1"]),
    ("the neighbors orange cat w the bell collar", S, ["ginger-v1"]),
    ("ginger, the neighbours cat, in the snow", S, ["ginger-v1"]),
    # van, house, shop
    ("el wahsh parked in the snow", S, ["van-v2"]),
    ("our delivery van with the old painted logo", S, ["van-v1"]),
    ("the van with the new green and gold wrap", S, ["van-v2"]),
    ("our van on michigan ave at night", S, ["van-v2"]),
    ("the wahsh back before we rewrapped it", S, ["van-v1"]),
    ("beit jiddo in the bekaa with the red roof", S, ["house-v2"]),
    ("our village house in the 90s before we fixed it up", S, ["house-v1"]),
    ("the house in qsarnaba at sunset", S, ["house-v2"]),
    ("the old stone house with the mud roof", S, ["house-v1"]),
    ("jiddo's house in the village", S, ["house-v2"]),
    ("furn haddad before the expansion, the tiny one with the red awning", S, ["shop-v1"]),
    ("our shop with the patio full of ppl", S, ["shop-v2"]),
    ("the restaurant on warren ave at night", S, ["shop-v2"]),
    ("the old shop w only 6 stools", S, ["shop-v1"]),
    ("our storefront in the rain", S, ["shop-v2"]),
    # products, mascot
    ("our chicken shawarma wrap", S, ["wrap-v2"]),
    ("shawarma sandwich in the old white butcher paper", S, ["wrap-v1"]),
    ("a chicken shawarma the way we used to wrap it", S, ["wrap-v1"]),
    ("our shawarma in the new foil w the logo", S, ["wrap-v2"]),
    ("a za3tar man2oushe fresh off the saj", S, ["manoushe-v1"]),
    ("our zaatar manousheh folded w tomato and mint", S, ["manoushe-v1"]),
    ("our mana2eesh for the insta", S, ["manoushe-v1"]),
    ("a jar of teta's toum", S, ["toum-v2"]),
    ("our garlic sauce in the old jar w the handwritten sticker", S, ["toum-v1"]),
    ("the toum jar with the green lid", S, ["toum-v2"]),
    ("our garlic sauce on a shelf", S, ["toum-v2"]),
    ("sheesh giving a thumbs up", S, ["sheesh-v2"]),
    ("the old hand drawn sheesh from the first menu", S, ["sheesh-v1"]),
    ("our mascot waving hi", S, ["sheesh-v2"]),
    ("the cartoon shawarma with the mustache", S, ["sheesh-v2"]),
    # characters
    ("grendizer flying over dearborn", S, ["grendizer-v1"]),
    ("goldorak standing over the cedars", S, ["grendizer-v1"]),
    ("grendizer w the flying saucer thing", S, ["grendizer-v1"]),
    ("miles morales jumping between rooftops", S, ["miles-v1"]),
    ("the black spiderman with the red web lines", S, ["miles-v1"]),
    ("classic red and blue spidey, peter parker", S, ["peter-v1"]),
    ("goku powering up super saiyan", S, ["goku-v1"]),
    ("son goku eating a giant bowl of rice", S, ["goku-v1"]),
    ("garfield eating lasagna", S, ["garfield-v1"]),
    ("the lazy cartoon cat that hates mondays", S, ["garfield-v1"]),
    # styles
    ("a bowl of fruit, rembrandt type oil painting", S, ["oldmasters-v1"]),
    ("the cedars of lebanon as a floor mosaic", S, ["mosaic-v1"]),
    ("pigeons on a wire, 8 bit pixel art", S, ["pixel-v1"]),
    ("a street in beirut in 16 bit snes pixel art", S, ["pixel-v2"]),
    ("pixel art of a falafel cart", S, ["pixel-v2"]),
    ("bismillah written in gold arabic calligraphy", S, ["khatt-v1"]),
    ("an old 60s arab movie poster of two lovers", S, ["poster-v2"]),
    ("a cowboy on a vintage egyptian cinema poster, the first version of that style", S, ["poster-v1"]),
    ("a fattoush salad shot for a menu, overhead on dark slate w steam", S, ["menushot-v1"]),
    ("a little fox in cute 3d pixar style", S, ["toon3d-v1"]),
    ("a train station in 90s anime style with the vhs grain", S, ["anime90s-v1"]),
    ("hills at dusk, loose wet watercolor w the colors bleeding", S, ["bekaa-wc-v1"]),
    ("a sprig of mint, botanical illustration w a pale wash", S, ["botanical-wc-v1"]),
    # concepts
    ("an old man wearing a kuffiyeh", S, ["keffiyeh-v1"]),
    ("a guy with a fresh fade, short on the sides", S, ["fade-v1"]),
    ("a crowd doing dabke in the village square", S, ["dabke-v1"]),
    ("a lunch truck parked at the fair", S, ["foodtruck-v1"]),
    ("two guys smoking nargileh on a balcony", S, ["argileh-v1"]),
    ("a baker spinning pizza dough up in the air", S, ["doughtoss-v1"]),
    ("a girl at commencement holding her diploma", S, ["capgown-v1"]),
    ("a cook in the full white chef jacket and the tall hat", S, ["chefwhites-v1"]),

    # ================= clarify =================
    ("our son on the couch watching the game", C, ["karim-v2", "jude-v2"]),
    ("my son at eid prayer in a white thobe", C, ["karim-v2", "jude-v2"]),
    ("ibni at fairlane mall", C, ["karim-v2", "jude-v2"]),
    ("my boy helping out at the shop on saturday", C, ["karim-v2", "jude-v2"]),
    ("our son in a suit for lina's wedding", C, ["karim-v2", "jude-v2"]),
    ("the orange tabby on our porch", C, ["sukkar-v2", "ginger-v1"]),
    ("orange cat on the fence by the garage", C, ["sukkar-v2", "ginger-v1"]),
    ("the tabby sleeping in the sun by the back door", C, ["sukkar-v2", "ginger-v1"]),
    ("the orange one napping on a pillow", C, ["sukkar-v2", "ginger-v1", "garfield-v1"]),
    ("the ginger cat staring at the birds", C, ["ginger-v1", "sukkar-v2"]),
    ("orange kitty in the window", C, ["sukkar-v2", "ginger-v1"]),
    ("spiderman swinging down warren ave", C, ["miles-v1", "peter-v1"]),
    ("spidey sitting on a rooftop at night", C, ["miles-v1", "peter-v1"]),
    ("spider man for jude's birthday cake topper", C, ["miles-v1", "peter-v1"]),
    ("my wife in watercolor", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("a watercolor of the shop", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("teta wardeh as a watercolor painting", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("sukkar in watercolor for the living room wall", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("a watercolor portrait of lulu", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("the village house in the bekaa done in watercolors", C, ["bekaa-wc-v1", "botanical-wc-v1"]),
    ("the bride in her white dress", C, ["nadine-v3", "lina-v2"]),
    ("the wedding pic, bride cutting the cake", C, ["nadine-v3", "lina-v2"]),
    ("the kid with the braces laughing", C, ["lina-v2", "jude-v2"]),
    ("the guy with the beard behind the counter", C, ["rami-v3", "ziad-v2"]),
    ("the shawarma guy waving at the camera", C, ["ziad-v2", "sheesh-v2"]),
    ("our van in cartoon style", C, ["toon3d-v1", "anime90s-v1"]),
    ("make me a cartoon yalla", C, ["toon3d-v1", "anime90s-v1"]),
    ("cartoon sukkar for the kids", C, ["toon3d-v1", "anime90s-v1"]),
    ("one of our dishes on a white plate", C, ["wrap-v2", "manoushe-v1"]),
    ("our bestseller close up for the menu board", C, ["wrap-v2", "manoushe-v1"]),

    # ================= none =================
    ("ginger tea with lemon and honey", N, []),
    ("knefeh drowning in sukkar syrup", N, []),
    ("sheesh tawook skewers on the grill", N, []),
    ("a random stray cat in an alley", N, []),
    ("a plain white cargo van, no logos, not ours", N, []),
    ("a stock photo of a falafel sandwich", N, []),
    ("the pyramids of giza at sunrise", N, []),
    ("a cedar tree on a snowy mountain, realistic photo", N, []),
    ("a red pickup truck in the snow", N, []),
    ("a golden retriever puppy", N, []),
    ("the detroit skyline at night", N, []),
    ("a mosque dome with a crescent moon", N, []),
    ("a plate of hummus with olive oil and paprika", N, []),
    ("a scary beast in a dark forest", N, []),
    ("faded jeans hanging on a clothesline", N, []),
    ("jude's friend adam at the park", N, []),
    ("my khalto mona in her kitchen", N, []),
    ("my mother in law on her balcony in beirut", N, []),
    ("some old lady knitting on a bench", N, []),
    ("a bowl of lasagna", N, []),
    ("batman on a rooftop", N, []),
    ("a beard trimmer on a bathroom counter", N, []),
    ("mario jumping on a mushroom", N, []),
    ("dearborn city hall", N, []),
    ("hot air balloons over cappadocia", N, []),
    ("sugar cubes in a glass bowl", N, []),
    ("a pile of fresh garlic bulbs", N, []),
    ("an old rotary phone on a table", N, []),
    ("my neighbor's dog barking at the mailman", N, []),
    ("ihram clothes folded on a bed", N, []),
    ("a random kid with braces at the dentist", N, []),

    # ================= multi =================
    ("me and my wife at the shop", M, ["rami-v3", "nadine-v3", "shop-v2"]),
    ("me tossing the dough up in the air", M, ["rami-v3", "doughtoss-v1"]),
    ("zizo flipping the dough up over his head", M, ["ziad-v2", "doughtoss-v1"]),
    ("lina dancing dabke at her wedding", M, ["lina-v2", "dabke-v1"]),
    ("karim wearing a hatta at eid", M, ["karim-v2", "keffiyeh-v1"]),
    ("karim getting a fresh fade at the barber", M, ["karim-v2", "fade-v1"]),
    ("sukkar and ginger staring each other down on the fence", M, ["sukkar-v2", "ginger-v1"]),
    ("teta as a baalbek mosaic", M, ["teta-v2", "mosaic-v1"]),
    ("jiddo smoking argileh under the grapevine", M, ["jiddo-v1", "argileh-v1"]),
    ("baba allah yerhamo dressed as a chef with the tall hat", M, ["fouad-v2", "chefwhites-v1"]),
    ("my dad and my jiddo together", M, ["fouad-v2", "jiddo-v1"]),
    ("our van turned into a food truck", M, ["van-v2", "foodtruck-v1"]),
    ("sheesh in 16 bit pixel art", M, ["sheesh-v2", "pixel-v2"]),
    ("the old sheesh as 8-bit pixel art", M, ["sheesh-v1", "pixel-v1"]),
    ("grendizer standing next to our shop", M, ["grendizer-v1", "shop-v2"]),
    ("goku carrying garfield on his shoulders", M, ["goku-v1", "garfield-v1"]),
    ("peter parker spidey as an old masters oil painting", M, ["peter-v1", "oldmasters-v1"]),
    ("miles morales eating our shawarma wrap", M, ["miles-v1", "wrap-v2"]),
    ("our shop as an old arab cinema poster", M, ["shop-v2", "poster-v2"]),
    ("our zaatar manoushe, menu shot style", M, ["manoushe-v1", "menushot-v1"]),
    ("teta's toum jar, food photography for the website", M, ["toum-v2", "menushot-v1"]),
    ("bismillah in arabic calligraphy over the door of our shop", M, ["khatt-v1", "shop-v2"]),
    ("me and zizo in that cute 3d pixar look", M, ["rami-v3", "ziad-v2", "toon3d-v1"]),
    ("karim and jude playing basketball in the driveway", M, ["karim-v2", "jude-v2"]),
    ("nadine and lina at lina's wedding, mom and daughter", M, ["nadine-v3", "lina-v2"]),
    ("me at hajj as a rembrandt style oil painting", M, ["rami-v2", "oldmasters-v1"]),
    ("me back in 2008 in a chef jacket and toque", M, ["rami-v1", "chefwhites-v1"]),
    ("the old shop with the old van out front", M, ["shop-v1", "van-v1"]),
    ("lina at 13 in 90s anime style", M, ["lina-v1", "anime90s-v1"]),
    ("jude at 4 hugging garfield", M, ["jude-v1", "garfield-v1"]),
    ("nadine pregnant, botanical watercolor style", M, ["nadine-v2", "botanical-wc-v1"]),
    ("beit jiddo in that loose bekaa watercolor style", M, ["house-v2", "bekaa-wc-v1"]),
    ("lulu in a cap and gown", M, ["lina-v2", "capgown-v1"]),
    ("jude in cap and gown for his 8th grade graduation", M, ["jude-v2", "capgown-v1"]),
    ("3amo khalil with his cane wearing a kuffiyeh", M, ["khalil-v2", "keffiyeh-v1"]),
    ("sukkar sleeping in the front window of our shop", M, ["sukkar-v2", "shop-v2"]),
    ("me and nadine dancing dabke", M, ["rami-v3", "nadine-v3", "dabke-v1"]),
    ("grendizer in 16 bit pixel art", M, ["grendizer-v1", "pixel-v2"]),
    ("sheesh driving our van", M, ["sheesh-v2", "van-v2"]),
    ("teta holding a jar of teta's toum", M, ["teta-v2", "toum-v2"]),
    ("all 3 kids on the couch, karim lina and jude", M, ["karim-v2", "lina-v2", "jude-v2"]),
    ("zizo with the ponytail smoking argileh", M, ["ziad-v1", "argileh-v1"]),
]

KEYS = ["id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model"]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(dict(zip(KEYS, c)), ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    fams = {c[5] for c in CARDS}
    counts = {k: sum(e == k for _, e, _ in CASES) for k in (S, C, N, M)}
    print(f"{len(CARDS)} cards, {len(fams)} families; {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
