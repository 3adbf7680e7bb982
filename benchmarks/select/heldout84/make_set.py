#!/usr/bin/env python3
"""Held-out selection set 84: Kavitha Sivakumar's repository (sari and textile shop, Scarborough).

Cards and cases are literals below; running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, X = "sd15", "sdxl"

CARDS = [
    # --- me ---
    card("kavitha-v1", "Kavitha", "ohwx woman", "woman", "subject", "kavitha", 1, "2011-09-10",
         "Me, Kavitha (Kavi), at 24 on my wedding day: red and gold Kanchipuram silk saree, "
         "jasmine in my long braid, full bridal jewellery.",
         ["person", "woman", "bride", "wedding", "saree"], S),
    card("kavitha-v2", "Kavitha", "ohwx woman", "woman", "subject", "kavitha", 2, "2019-03-16",
         "Me, Kavi, at 31, seven months pregnant with our son: green cotton saree, hand on my bump, "
         "long hair in a plait.",
         ["person", "woman", "pregnant", "maternity", "saree"], S),
    card("kavitha-v3", "Kavitha", "ohwx woman", "woman", "subject", "kavitha", 3, "2026-02-14",
         "Me, Kavitha, at 39 behind the counter of our shop: new short bob haircut, gold-rimmed "
         "reading glasses on a chain, maroon chudidar.",
         ["person", "woman", "bob", "glasses", "shopkeeper"], X),
    # --- my husband ---
    card("senthil-v1", "Senthil", "sks man", "man", "subject", "senthil", 1, "2011-09-10",
         "My husband Senthil at 27 on our wedding day: cream silk veshti and shirt, thick black "
         "moustache, jasmine and rose garland.",
         ["person", "man", "groom", "wedding", "veshti"], S),
    card("senthil-v2", "Senthil", "sks man", "man", "subject", "senthil", 2, "2025-08-23",
         "My husband Senthil at 41: salt-and-pepper beard, Raptors cap, navy polo, unloading sari "
         "bundles.",
         ["person", "man", "beard", "cap"], X),
    # --- our kids ---
    card("nila-v1", "Nila", "<nila-v1>", "girl", "subject", "nila", 1, "2019-10-27",
         "Our daughter Nila at 7 at Deepavali: two oiled braids with red ribbons, silk pattu pavadai, "
         "gap-toothed smile.",
         ["person", "girl", "child", "deepavali", "braids"], S),
    card("nila-v2", "Nila", "<nila-v2>", "girl", "subject", "nila", 2, "2024-07-21",
         "Our daughter Nila at 12 at her manjal neerattu vizha (puberty ceremony): pink and gold "
         "half-saree, jasmine in her braid, gold jewellery, seated on the decorated stage.",
         ["person", "girl", "ceremony", "half-saree", "jewellery"], X),
    card("nila-v3", "Nila", "<nila-v3>", "girl", "subject", "nila", 3, "2026-09-12",
         "Our daughter Nila at 14 after she cut off her long hair: shoulder-length layers, braces, "
         "grey school hoodie, AirPods.",
         ["person", "girl", "teen", "haircut", "braces"], X),
    card("anbu-v1", "Anbu", "anbu_babu", "boy", "subject", "anbu", 1, "2020-08-02",
         "Our son Anbu ('Babu') at 1 after his mottai at the temple: freshly shaved head smeared with "
         "sandalwood paste, tiny gold earrings, sitting on a banana leaf.",
         ["person", "boy", "baby", "shaved head", "temple"], S),
    card("anbu-v2", "Anbu", "anbu_babu", "boy", "subject", "anbu", 2, "2026-10-04",
         "Our son Anbu, Babu, at 7: two front teeth missing, curly hair, Leafs hockey jersey, "
         "Pokemon backpack.",
         ["person", "boy", "child", "hockey", "curly hair"], X),
    # --- my parents, paati, thatha ---
    card("amma-v1", "Saraswathi", "<saras>", "woman", "subject", "saraswathi", 1, "2014-04-14",
         "My amma Saraswathi at 57 at Tamil New Year: long black plait with jasmine, big red pottu, "
         "mustard silk saree.",
         ["person", "woman", "saree", "plait"], S),
    card("amma-v2", "Saraswathi", "<saras>", "woman", "subject", "saraswathi", 2, "2025-11-02",
         "My amma Saraswathi at 68: grey hair in a low bun, beige cardigan over her cotton saree, "
         "gold-rimmed specs.",
         ["person", "woman", "elderly", "grey hair", "cardigan"], X),
    card("appa-v1", "Sivakumar", "<sivakumar>", "man", "subject", "sivakumar", 1, "2018-01-20",
         "My appa Sivakumar at his 60th birthday (manivizha): rose garland, white veshti with silk "
         "angavastram, dyed black moustache.",
         ["person", "man", "birthday", "garland", "veshti"], S),
    card("appa-v2", "Sivakumar", "<sivakumar>", "man", "subject", "sivakumar", 2, "2025-11-02",
         "My appa Sivakumar at 67: white hair and white moustache, walking stick, grey muffler and "
         "wool cap.",
         ["person", "man", "elderly", "walking stick", "cap"], X),
    card("paati-v1", "Kamakshi", "<kamakshi>", "woman", "subject", "kamakshi", 1, "2024-12-28",
         "My paati Kamakshi, amma's amma, at 88: thin white hair in a small knot, diamond nose stud, "
         "dark green nine-yard madisar saree, sitting on the swing.",
         ["person", "woman", "elderly", "madisar", "nose stud"], X),
    card("thatha-v1", "Ramasamy", "<ramasamy>", "man", "subject", "ramasamy", 1, "2023-02-05",
         "My late thatha Ramasamy, paati's husband, who passed in 2021; made from old Madurai photos: "
         "white moustache, thick black-framed glasses, white veshti and half-sleeve shirt, vibhuti "
         "stripes on his forehead.",
         ["person", "man", "elderly", "glasses", "memorial"], X),
    # --- my brothers, anni ---
    card("muthu-v1", "Muthu", "<muthu-anna>", "man", "subject", "muthu", 1, "2023-12-10",
         "My anna Muthu, who does our shop's accounts, during his Sabarimala vratham: full black beard, "
         "black veshti and shirt, tulasi mala.",
         ["person", "man", "beard", "black clothes", "pilgrimage"], X),
    card("muthu-v2", "Muthu", "<muthu-anna>", "man", "subject", "muthu", 2, "2024-02-18",
         "My anna Muthu, our shop's accountant, clean-shaven again: rimless specs, tucked-in checked "
         "shirt, calculator and ledger in the back office.",
         ["person", "man", "glasses", "office", "accounts"], X),
    card("revathi-v1", "Revathi", "<revathi>", "woman", "subject", "revathi", 1, "2024-06-09",
         "Revathi, my anni (Muthu anna's wife), who helps with blouse alterations at the shop: curly "
         "hair in a clip, big smile, yellow cotton saree.",
         ["person", "woman", "saree", "tailoring"], X),
    card("karthik-v1", "Karthik", "<karthi>", "man", "subject", "karthik", 1, "2017-05-20",
         "My thambi Karthik (Karthi) in Chennai: skinny, spiky gelled hair, CSK jersey, on his Royal "
         "Enfield.",
         ["person", "man", "motorbike", "cricket jersey"], S),
    # --- cats ---
    card("laddu-v1", "Laddu", "l4ddu cat", "cat", "subject", "laddu", 1, "2021-06-12",
         "Our cat Laddu as a kitten: tiny orange tabby with a white chin, asleep in a sari box.",
         ["pet", "cat", "kitten", "orange tabby"], S),
    card("laddu-v2", "Laddu", "l4ddu cat", "cat", "subject", "laddu", 2, "2025-10-19",
         "Our cat Laddu now: big fluffy orange tabby with a white chin and a bell collar, lazing on the "
         "shop's fabric rolls.",
         ["pet", "cat", "orange tabby", "fluffy"], X),
    card("pepper-v1", "Pepper", "pepper_cat", "cat", "subject", "pepper", 1, "2024-03-03",
         "Our cat Pepper: sleek all-black cat with yellow eyes and a crooked tail.",
         ["pet", "cat", "black cat"], X),
    card("mango-v1", "Mango", "<mango-cat>", "cat", "subject", "mango", 1, "2025-07-06",
         "Mango, the orange tabby of the Fernandos next door, who looks just like Laddu but has no "
         "white chin and a torn left ear.",
         ["cat", "orange tabby", "neighbour"], X),
    # --- van, house, shop, bag, mascot ---
    card("van-v1", "Sienna", "sienna_van", "minivan", "subject", "sienna", 1, "2024-09-14",
         "Our silver 2019 Toyota Sienna minivan with the Kavi Silks decal on the sliding door and a "
         "roof box.",
         ["vehicle", "minivan", "car", "silver"], X),
    card("house-v1", "Morningside House", "<ourhouse>", "house", "subject", "house", 1, "2024-01-15",
         "Our semi-detached red brick house in Scarborough near Morningside: kolam at the doorstep, "
         "mango-leaf thoranam over the door, basketball hoop on the driveway.",
         ["place", "house", "home", "brick"], X),
    card("shop-v1", "Kavi Silks", "kvsilks_shop", "storefront", "subject", "kavi-silks", 1,
         "2018-04-22",
         "Our shop Kavi Silks & Textiles on Lawrence Ave East before the renovation: old red awning, "
         "crowded window of mannequins in silk sarees, hand-painted sign.",
         ["place", "shop", "storefront", "textiles"], S),
    card("shop-v2", "Kavi Silks", "kvsilks_shop", "storefront", "subject", "kavi-silks", 2,
         "2025-05-31",
         "Our shop Kavi Silks & Textiles after the renovation: glass frontage, backlit teal sign, "
         "wooden shelves of folded sarees, bright LED lights.",
         ["place", "shop", "storefront", "textiles", "modern"], X),
    card("bag-v1", "Kavi Silks Bag", "kvs_bag", "shopping bag", "subject", "kvs-bag", 1, "2018-04-22",
         "Our shop's shopping bag with the old logo: glossy red paper bag, gold paisley and 'Kavi "
         "Silks' in curly gold script.",
         ["product", "bag", "logo", "paisley"], S),
    card("bag-v2", "Kavi Silks Bag", "kvs_bag", "shopping bag", "subject", "kvs-bag", 2, "2025-05-31",
         "Our shop's shopping bag after the redesign: matte teal bag, minimal white peacock-feather "
         "logo, 'KAVI SILKS' in clean capitals.",
         ["product", "bag", "logo", "minimal"], X),
    card("mayil-v1", "Mayil", "m4yil", "peacock mascot", "subject", "mayil", 1, "2019-01-13",
         "Mayil, our shop's mascot: a cartoon peacock in a pink silk saree with a tailor's measuring "
         "tape around her neck.",
         ["mascot", "peacock", "cartoon", "bird"], S),
    card("mayil-v2", "Mayil", "m4yil", "peacock mascot", "subject", "mayil", 2, "2025-06-01",
         "Mayil, our shop's mascot, redrawn with the new branding: flat teal cartoon peacock with big "
         "eyes, waving, tiny gold necklace.",
         ["mascot", "peacock", "cartoon", "flat"], X),
    # --- downloaded characters ---
    card("rem-v1", "Rem", "rem_rezero", "anime girl", "subject", "rem", 1, "2023-03-11",
         "Rem from Re:Zero, downloaded from Civitai for Nila: short blue hair covering her right eye, "
         "blue eyes, black and white maid outfit with a frilly headdress.",
         ["character", "anime", "maid", "blue hair"], S),
    card("ram-v1", "Ram", "ram_rezero", "anime girl", "subject", "ram", 1, "2023-03-11",
         "Ram from Re:Zero, Rem's twin sister, downloaded from Civitai: short pink hair covering her "
         "left eye, red eyes, the same maid outfit.",
         ["character", "anime", "maid", "pink hair"], S),
    card("jasmine-v1", "Jasmine", "jasmine_(aladdin)", "princess", "subject", "jasmine", 1,
         "2024-08-17",
         "Princess Jasmine from Disney's Aladdin, downloaded from Civitai: long black ponytail in "
         "bands, teal crop top and harem pants, gold hoop earrings.",
         ["character", "disney", "princess", "cartoon"], X),
    card("bheem-v1", "Chhota Bheem", "chhota_bheem", "cartoon boy", "subject", "chhota-bheem", 1,
         "2022-11-05",
         "Chhota Bheem, from the cartoon Babu loves, downloaded from Civitai: strong little boy in an "
         "orange dhoti, bare chest, one tuft of hair, usually holding a laddoo.",
         ["character", "cartoon", "indian animation", "boy"], S),
    card("doraemon-v1", "Doraemon", "doraemon", "robot cat", "subject", "doraemon", 1, "2022-05-08",
         "Doraemon, the earless blue robot cat from the cartoon the kids watch, downloaded from "
         "Civitai.",
         ["character", "cartoon", "robot", "anime"], S),
    card("doraemon-v2", "Doraemon", "doraemon", "robot cat", "subject", "doraemon", 2, "2025-03-22",
         "Doraemon again, the SDXL one from Civitai: round blue robot cat with a red nose, bell collar "
         "and his 4D pocket.",
         ["character", "cartoon", "robot", "anime"], X),
    # --- styles ---
    card("softwash-v1", "Soft Wash", "wtrclr_soft", "watercolor painting", "style", "soft-wash", 1,
         "2025-04-05",
         "Downloaded style: loose wet-on-wet watercolour, soft bleeding edges, pastel tints and lots "
         "of white paper showing.",
         ["style", "watercolor", "painting", "pastel"], X),
    card("monsoon-v1", "Monsoon Watercolour", "monsoon_wc", "watercolor painting", "style",
         "monsoon-wc", 1, "2023-07-16",
         "Downloaded style: moody watercolour with heavy granulating washes, rain streaks and dark ink "
         "outlines.",
         ["style", "watercolor", "painting", "ink", "moody"], S),
    card("tanjore-v1", "Tanjore Gold", "tnjr style", "painting", "style", "tanjore", 1, "2025-01-12",
         "Tanjore (Thanjavur) painting style: rich reds and greens, raised gold foil, embedded glass "
         "gems, devotional arch framing.",
         ["style", "painting", "gold", "traditional", "devotional"], X),
    card("kalamkari-v1", "Kalamkari", "kalamkari_art", "textile art", "style", "kalamkari", 1,
         "2024-05-19",
         "Kalamkari textile art style: hand-drawn pen outlines, vegetable-dye rust, indigo and mustard, "
         "floral borders like a block-printed dupatta.",
         ["style", "textile", "folk art", "pen outline"], X),
    card("ravivarma-v1", "Ravi Varma", "rvarma", "oil painting", "style", "ravi-varma", 1,
         "2022-09-03",
         "Raja Ravi Varma oil painting style: academic realism, glowing skin, draped silk, dark "
         "theatrical backgrounds, old calendar-print feel.",
         ["style", "oil painting", "classical", "portrait"], S),
    card("ravivarma-v2", "Ravi Varma", "rvarma", "oil painting", "style", "ravi-varma", 2,
         "2025-02-08",
         "Raja Ravi Varma oil painting style, SDXL retrain: academic realism, glowing skin, draped "
         "silk, theatrical lighting, varnish cracks.",
         ["style", "oil painting", "classical", "portrait"], X),
    card("toon3d-v1", "Toon 3D", "<toon3d>", "3d render", "style", "toon3d", 1, "2024-10-26",
         "Pixar-like 3D cartoon style: big eyes, rounded shapes, soft subsurface lighting.",
         ["style", "3d", "cartoon", "render"], X),
    card("ghibli-v1", "Meadow Anime", "ghbl style", "anime illustration", "style", "meadow-anime", 1,
         "2023-05-27",
         "Studio Ghibli-like hand-painted anime style: soft cumulus clouds, lush green fields, gentle "
         "cel shading.",
         ["style", "anime", "illustration", "hand-painted"], S),
    card("pencil-v1", "Graphite", "pncl_sketch", "pencil drawing", "style", "graphite", 1,
         "2024-02-25",
         "Graphite pencil sketch style: cross-hatching, smudged shading, sketchbook paper texture.",
         ["style", "pencil", "sketch", "monochrome"], X),
    card("banner-v1", "Cutout Banner", "cutout_banner", "hand-painted banner", "style",
         "cutout-banner", 1, "2023-09-09",
         "90s Tamil cinema hand-painted banner style: giant cut-out hero poster, saturated enamel "
         "paint, bold outlines, starburst background.",
         ["style", "poster", "hand-painted", "cinema", "retro"], S),
    card("studio-v1", "Photo Studio 1970", "tinted_studio", "photograph", "style", "tinted-studio", 1,
         "2022-12-17",
         "Old hand-tinted studio photo style: painted backdrop, pastel hand-coloured black-and-white, "
         "scalloped border, stiff formal pose.",
         ["style", "photo", "vintage", "hand-coloured"], S),
    card("kolam-v1", "Kolam Lines", "kolam_lines", "line art", "style", "kolam-lines", 1,
         "2025-01-14",
         "Kolam line-art style: white rice-flour lines looping around a dot grid on a dark ground, "
         "symmetric patterns.",
         ["style", "line art", "pattern", "white on dark"], X),
    # --- concepts ---
    card("halfsaree-v1", "Half Saree", "half_saree", "outfit", "concept", "half-saree", 1,
         "2024-06-30",
         "Concept (clothing): long flared silk skirt, fitted blouse and a contrasting drape across one "
         "shoulder.",
         ["concept", "clothing", "traditional", "silk"], X),
    card("puffer-v1", "Puffer Parka", "puffer_parka", "coat", "concept", "puffer-parka", 1,
         "2024-12-01",
         "Concept (clothing): knee-length quilted down parka with a fur-trimmed hood.",
         ["concept", "clothing", "winter", "coat"], X),
    card("malli-v1", "Jasmine Braid", "malli_jadai", "hairstyle", "concept", "jasmine-braid", 1,
         "2022-03-06",
         "Concept (hairstyle): one long braid wrapped with strings of white jasmine buds.",
         ["concept", "hairstyle", "braid", "flowers"], S),
    card("malli-v2", "Jasmine Braid", "malli_jadai", "hairstyle", "concept", "jasmine-braid", 2,
         "2025-08-10",
         "Concept (hairstyle), SDXL version: one long braid wrapped with strings of white jasmine buds "
         "and a gold hair ornament.",
         ["concept", "hairstyle", "braid", "flowers"], X),
    card("palms-v1", "Palms Together", "vnkm_pose", "pose", "concept", "palms-together", 1,
         "2024-04-14",
         "Concept (pose): standing with palms pressed together at the chest in greeting.",
         ["concept", "pose", "greeting", "hands"], X),
    card("aramandi-v1", "Aramandi", "bn_pose", "pose", "concept", "aramandi", 1, "2023-04-02",
         "Concept (pose): classical dance half-sitting stance, knees bent outward, arms stretched in a "
         "mudra.",
         ["concept", "pose", "dance", "classical"], S),
    card("auto-v1", "Three-Wheeler", "auto_rickshaw", "three-wheeler", "concept", "three-wheeler", 1,
         "2023-06-18",
         "Concept (vehicle type): yellow-and-black three-wheeled motor taxi with a canvas roof.",
         ["concept", "vehicle", "taxi", "street"], S),
    card("vilakku-v1", "Brass Lamp", "kuthu_vilakku", "oil lamp", "concept", "brass-lamp", 1,
         "2024-11-03",
         "Concept (prop): tall brass standing oil lamp with five wicks and a peacock on top.",
         ["concept", "prop", "brass", "lamp"], X),
    card("tiffin-v1", "Steel Carrier", "tiffin_stack", "lunch carrier", "concept", "steel-carrier", 1,
         "2024-03-17",
         "Concept (prop): stacked stainless-steel lunch carrier with side clips and a top handle.",
         ["concept", "prop", "steel", "food container"], X),
]

SELECT = [
    # me
    ("me behind the counter with my new bob", "kavitha-v3"),
    ("kavi smiling with my reading glasses on the chain", "kavitha-v3"),
    ("myself in my maroon chudi on diwali sale day", "kavitha-v3"),
    ("a nice pic of me for the shop instagram", "kavitha-v3"),
    ("me on my wedding day", "kavitha-v1"),
    ("kavi the bride lol 2011", "kavitha-v1"),
    ("me when i was 7 months pregnent", "kavitha-v2"),
    ("me pregnant with babu", "kavitha-v2"),
    ("me back in 2019 in the green cotton saree", "kavitha-v2"),
    # hubby
    ("my hubby in his raptors cap", "senthil-v2"),
    ("senthil watching the leafs game on the couch", "senthil-v2"),
    ("hubby at our wedding in the silk veshti", "senthil-v1"),
    ("my husband back when he had the thick black mustache", "senthil-v1"),
    ("senthil with his grey beard grilling in the backyard", "senthil-v2"),
    # nila
    ("nila doing her homework", "nila-v3"),
    ("nila with her new short hair and braces", "nila-v3"),
    ("nila's manjal neerattu vizha", "nila-v2"),
    ("nila at her puberty function sitting on the stage", "nila-v2"),
    ("nila at 7 with two plaits for deepavali", "nila-v1"),
    ("my daughter at scarborough town centre", "nila-v3"),
    ("my girl as a little kid in pattu pavadai", "nila-v1"),
    ("nila in 2024", "nila-v2"),
    # babu
    ("babu playing ball hockey on the driveway", "anbu-v2"),
    ("anbu grinning with his front teeth missing", "anbu-v2"),
    ("babu's mottai", "anbu-v1"),
    ("my son as a baby with shaved head and santhanam", "anbu-v1"),
    ("my son on his first day of grade 2", "anbu-v2"),
    ("babu with his pokemon backpack", "anbu-v2"),
    # amma
    ("amma making dosa in the kitchen", "amma-v2"),
    ("amma back in 2014 with her long black plait", "amma-v1"),
    ("amma at puthandu years ago in the mustard silk", "amma-v1"),
    ("my mom knitting in her cardigan", "amma-v2"),
    ("amma praying in the pooja room", "amma-v2"),
    # appa
    ("appa reading the tamil paper", "appa-v2"),
    ("appa's manivizha", "appa-v1"),
    ("appa at his 60th bday with the rose garland", "appa-v1"),
    ("my dad with his walking stick at the plaza", "appa-v2"),
    ("the kids thatha in his wool cap and muffler", "appa-v2"),
    # paati
    ("paati on the oonjal", "paati-v1"),
    ("my grandma with her diamond mookuthi", "paati-v1"),
    ("paati in her madisar", "paati-v1"),
    ("my 88 year old paati", "paati-v1"),
    # thatha
    ("my late thatha", "thatha-v1"),
    ("thatha with vibhuti on his forehead", "thatha-v1"),
    ("grandpa in his black frame specs", "thatha-v1"),
    ("thatha photo for his thithi", "thatha-v1"),
    # anna
    ("muthu anna doing the shop accounts", "muthu-v2"),
    ("anna with his sabarimala beard", "muthu-v1"),
    ("muthu anna in black veshti during mala season", "muthu-v1"),
    ("my big bro with his calculator and ledger", "muthu-v2"),
    ("anna clean shaven", "muthu-v2"),
    # anni
    ("revathi anni stitching a blouse", "revathi-v1"),
    ("anni in her yellow saree", "revathi-v1"),
    ("muthu anna's wife", "revathi-v1"),
    # thambi
    ("karthi on his bullet bike", "karthik-v1"),
    ("my thambi in chennai", "karthik-v1"),
    ("my little brother in his CSK jersey", "karthik-v1"),
    ("karthik with the spiky hair", "karthik-v1"),
    # cats
    ("laddu sleeping on the fabric rolls", "laddu-v2"),
    ("laddu as a tiny kitten in a sari box", "laddu-v1"),
    ("our fat orange cat", "laddu-v2"),
    ("laddu with his bell collar", "laddu-v2"),
    ("laddu when we first got him in 2021", "laddu-v1"),
    ("pepper chasing a moth", "pepper-v1"),
    ("our black cat with the crooked tail", "pepper-v1"),
    ("pepper sitting in the shop window", "pepper-v1"),
    ("mango from next door", "mango-v1"),
    ("the fernandos' cat", "mango-v1"),
    ("the neighbor's orange tabby with the torn ear", "mango-v1"),
    # van, house, shop, bag, mascot
    ("our van in the snow", "van-v1"),
    ("the sienna with the shop sticker on the door", "van-v1"),
    ("my minivan at the costco parking lot", "van-v1"),
    ("our shop after the reno", "shop-v2"),
    ("kavi silks storefront at night", "shop-v2"),
    ("the old shop with the red awning", "shop-v1"),
    ("our kadai before the renovation", "shop-v1"),
    ("the shop back in 2018", "shop-v1"),
    ("our house at pongal with kolam at the door", "house-v1"),
    ("our home in scarborough in the fall", "house-v1"),
    ("our shopping bag", "bag-v2"),
    ("the new teal bag with the feather logo", "bag-v2"),
    ("the old red bag with gold paisley", "bag-v1"),
    ("the shop bag from before the redesign", "bag-v1"),
    ("mayil waving hi", "mayil-v2"),
    ("our peacock mascot for the boxing day sale poster", "mayil-v2"),
    ("the old mayil in the pink saree with the measuring tape", "mayil-v1"),
    ("the shop mascot", "mayil-v2"),
    # characters
    ("rem in her maid outfit", "rem-v1"),
    ("the blue haired girl from re zero", "rem-v1"),
    ("ram from re zero", "ram-v1"),
    ("the pink haired re zero twin", "ram-v1"),
    ("princess jasmine on a magic carpet", "jasmine-v1"),
    ("the aladdin princess", "jasmine-v1"),
    ("chhota bheem eating laddoos", "bheem-v1"),
    ("bheem from the cartoon babu watches", "bheem-v1"),
    ("doraemon pulling a gadget out of his pocket", "doraemon-v2"),
    ("the blue robot cat", "doraemon-v2"),
    ("the old doraemon lora from 2022", "doraemon-v1"),
    # styles
    ("a ganesha in tanjore painting style", "tanjore-v1"),
    ("lotus pond, kalamkari", "kalamkari-v1"),
    ("a village girl with a brass pot, ravi varma style", "ravivarma-v2"),
    ("ravi varma v1, a lady on a swing", "ravivarma-v1"),
    ("a raccoon raiding the green bin, 3d pixar style", "toon3d-v1"),
    ("toronto skyline in ghibli style", "ghibli-v1"),
    ("pencil sketch of a bullock cart", "pencil-v1"),
    ("a thalaivar cutout banner with the starburst bg", "banner-v1"),
    ("old hand tinted studio portrait of a couple", "studio-v1"),
    ("an elephant drawn in kolam lines", "kolam-v1"),
    ("rainy lawrence ave in moody watercolour with ink lines", "monsoon-v1"),
    ("flowers in the soft wash watercolour style", "softwash-v1"),
    ("a temple festival scene in anime style", "ghibli-v1"),
    ("graphite drawing of a tea cup", "pencil-v1"),
    # concepts
    ("a woman in langa voni", "halfsaree-v1"),
    ("a teenage girl in pavadai davani for a wedding", "halfsaree-v1"),
    ("a guy in a canada goose type jacket", "puffer-v1"),
    ("long pinnal with malli poo", "malli-v2"),
    ("jasmine flowers braided into a woman's hair", "malli-v2"),
    ("a woman folding hands doing vanakkam", "palms-v1"),
    ("someone doing namaste", "palms-v1"),
    ("a dancer in the bharatanatyam half sitting pose", "aramandi-v1"),
    ("an auto rickshaw in chennai traffic", "auto-v1"),
    ("a tuk tuk on the beach road", "auto-v1"),
    ("kuthu vilakku lit for karthigai deepam", "vilakku-v1"),
    ("big brass oil lamp with 5 wicks", "vilakku-v1"),
    ("steel tiffin box stack", "tiffin-v1"),
    ("a dabbawala carrying lunch carriers", "tiffin-v1"),
]

CLARIFY = [
    ("paati in watercolour", ["softwash-v1", "monsoon-v1"]),
    ("watercolor of our new shop front", ["softwash-v1", "monsoon-v1"]),
    ("a cat in watercolour", ["softwash-v1", "monsoon-v1"]),
    ("me in that watercolor style", ["softwash-v1", "monsoon-v1"]),
    ("woman in a saree, watercolour painting", ["softwash-v1", "monsoon-v1"]),
    ("the orange cat", ["laddu-v2", "mango-v1"]),
    ("orange tabby sleeping on the porch step", ["laddu-v2", "mango-v1"]),
    ("the orange kitty on the fence", ["laddu-v2", "mango-v1"]),
    ("our cat on the window sill", ["laddu-v2", "pepper-v1"]),
    ("the cat playing with yarn", ["laddu-v2", "pepper-v1", "mango-v1"]),
    ("my brother at the temple", ["muthu-v2", "karthik-v1"]),
    ("my bro's pic for his bday", ["muthu-v2", "karthik-v1"]),
    ("the re zero maid", ["rem-v1", "ram-v1"]),
    ("that anime maid girl from re zero with short hair", ["rem-v1", "ram-v1"]),
    ("the twin from re zero", ["rem-v1", "ram-v1"]),
    ("the grey haired lady", ["amma-v2", "paati-v1"]),
    ("the old lady making murukku", ["amma-v2", "paati-v1"]),
    ("babu with paati", ["amma-v2", "paati-v1"]),
    ("old man with white moustache", ["appa-v2", "thatha-v1"]),
    ("baby babu on thatha's lap", ["appa-v2", "thatha-v1"]),
    ("the old man in the garden", ["appa-v2", "thatha-v1"]),
    ("my kid at the park", ["nila-v3", "anbu-v2"]),
    ("my kiddo's school photo", ["nila-v3", "anbu-v2"]),
    ("a girl, use the pose lora", ["palms-v1", "aramandi-v1"]),
    ("like the god paintings in our pooja room", ["tanjore-v1", "ravivarma-v2"]),
    ("devotional painting style for a murugan picture", ["tanjore-v1", "ravivarma-v2"]),
    ("the new shop branding", ["bag-v2", "mayil-v2"]),
    ("the cartoon the kids like", ["bheem-v1", "doraemon-v2"]),
    ("the guy with the beard", ["senthil-v2", "muthu-v2"]),
    ("aiyo the cat again, sleeping in the sun", ["laddu-v2", "pepper-v1", "mango-v1"]),
]

NONE = [
    "pepper chicken dry on a banana leaf",
    "mango slices with chilli powder and salt",
    "a steel plate piled with laddus for deepavali",
    "lord ram with his bow for sri rama navami",
    "jasmine garland for the pooja",
    "a toyota corolla at a plaza parking lot",
    "some random silk saree shop in t nagar",
    "a stray cat in the rain",
    "a real peacock dancing in the rain",
    "a mountain ram with big curly horns",
    "a south indian bride, just a model not anyone i know",
    "my in-laws at their house in jaffna",
    "priya akka from the temple committee",
    "my niece cutting her birthday cake",
    "the cn tower at night",
    "a snowman with a carrot nose",
    "a bowl of sambar rice with appalam",
    "a labrador puppy",
    "bheema from mahabharatham with his gada",
    "a brown paper bag from no frills",
    "a logo for my friend's bakery",
    "a yellow school bus in winter",
    "an old man at a tea kadai in madurai",
    "a little boy flying a kite",
    "a tabby kitten at the pet store",
    "sunset over the scarborough bluffs",
    "jasmine tea in a glass cup",
    "a honda civic with black rims",
    "a mango tree in the village",
    "fireworks over the lake on canada day",
    "a big robot fighting in the city",
]

MULTI = [
    # sdxl
    ("me n hubby in front of our new shop", ["kavitha-v3", "senthil-v2", "shop-v2"]),
    ("nila as a tanjore painting for her bday gift", ["nila-v3", "tanjore-v1"]),
    ("babu as a pixar type 3d cartoon", ["anbu-v2", "toon3d-v1"]),
    ("amma and paati sitting on the oonjal together", ["amma-v2", "paati-v1"]),
    ("laddu and pepper cuddled up on the sofa", ["laddu-v2", "pepper-v1"]),
    ("paati in kalamkari style", ["paati-v1", "kalamkari-v1"]),
    ("princess jasmine wearing langa davani", ["jasmine-v1", "halfsaree-v1"]),
    ("appa in a big puffy winter jacket shovelling snow", ["appa-v2", "puffer-v1"]),
    ("amma doing vanakkam at the entrance of our shop", ["amma-v2", "palms-v1", "shop-v2"]),
    ("muthu anna ravi varma style painting", ["muthu-v2", "ravivarma-v2"]),
    ("mayil holding one of our new shopping bags", ["mayil-v2", "bag-v2"]),
    ("hubby loading sari bundles into the van", ["senthil-v2", "van-v1"]),
    ("revathi anni lighting the kuthu vilakku", ["revathi-v1", "vilakku-v1"]),
    ("laddu painted in the soft wash watercolour", ["laddu-v2", "softwash-v1"]),
    ("nila and babu with ammamma at the park", ["nila-v3", "anbu-v2", "amma-v2"]),
    ("nila n babu in parkas at nathan phillips square", ["nila-v3", "anbu-v2", "puffer-v1"]),
    ("doraemon and babu having an adventure", ["doraemon-v2", "anbu-v2"]),
    ("me and revathi anni doing alterations together", ["kavitha-v3", "revathi-v1"]),
    ("muthu anna with his sabarimala beard, hands folded in prayer", ["muthu-v1", "palms-v1"]),
    ("pepper done as kolam line art", ["pepper-v1", "kolam-v1"]),
    ("our van parked in front of our house", ["van-v1", "house-v1"]),
    ("nila at her manjal neerattu with my paati blessing her", ["nila-v2", "paati-v1"]),
    ("my hubby as a tanjore painting lol like a god", ["senthil-v2", "tanjore-v1"]),
    ("laddu and mango from next door fighting on the fence", ["laddu-v2", "mango-v1"]),
    ("jasmine from aladdin in kalamkari art", ["jasmine-v1", "kalamkari-v1"]),
    ("amma appa together at the temple", ["amma-v2", "appa-v2"]),
    ("paati and thatha together on the swing", ["paati-v1", "thatha-v1"]),
    ("pencil sketch of my late thatha", ["thatha-v1", "pencil-v1"]),
    ("my thatha with his steel lunch dabba going to office, like the old days", ["thatha-v1", "tiffin-v1"]),
    ("babu with his akka", ["anbu-v2", "nila-v3"]),
    # sd15
    ("me and hubby on our wedding day", ["kavitha-v1", "senthil-v1"]),
    ("our wedding photo, me and senthil, like an old hand coloured studio photo",
     ["kavitha-v1", "senthil-v1", "studio-v1"]),
    ("rem and ram together", ["rem-v1", "ram-v1"]),
    ("rem in ghibli style", ["rem-v1", "ghibli-v1"]),
    ("chhota bheem driving an auto", ["bheem-v1", "auto-v1"]),
    ("karthi as a 90s rajini style cutout banner", ["karthik-v1", "banner-v1"]),
    ("babu's mottai pic in ghibli style", ["anbu-v1", "ghibli-v1"]),
    ("me pregnant with babu in the moody rainy watercolour", ["kavitha-v2", "monsoon-v1"]),
    ("the old shop before reno as a cinema banner", ["shop-v1", "banner-v1"]),
    ("old mayil with the old red bag", ["mayil-v1", "bag-v1"]),
    ("appa at his 60th, old studio photo style", ["appa-v1", "studio-v1"]),
    ("nila when she was little doing a bharatanatyam pose", ["nila-v1", "aramandi-v1"]),
    ("karthi in a bharatanatyam pose lol", ["karthik-v1", "aramandi-v1"]),
    ("laddu as a kitten in ghibli style", ["laddu-v1", "ghibli-v1"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
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
