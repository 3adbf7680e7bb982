#!/usr/bin/env python3
"""Held-out selection set 77: Akosua Mensah's checkpoint repository (Bronx braiding salon).

Running this writes catalog.jsonl and cases.jsonl next to it. Written blind (see README.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me (the owner) ---
    card("akosua-v1", "Akosua", "ohwx woman", "woman", "subject", "akosua", 1, "2019-08-17",
         "Me, Akosua Mensah ('Akos' to my family), at 29 on my wedding day: gold-and-green kente gown, "
         "sleek pressed hair in a low bun with gold pins, gold beads on my wrists.",
         ["me", "person", "woman", "wedding", "bride", "kente"], "sd15"),
    card("akosua-v2", "Akosua", "ohwx woman", "woman", "subject", "akosua", 2, "2021-09-04",
         "Me, Akosua, at 31 and seven months pregnant with Kofi: waist-length black box braids, "
         "black salon smock, standing behind my braiding chair.",
         ["me", "person", "woman", "pregnant", "box braids", "salon"], "sd15"),
    card("akosua-v3", "Akosua", "ohwx woman", "woman", "subject", "akosua", 3, "2025-04-12",
         "Me, Akosua, at 35 after I cut it all off: short tapered cut dyed honey blonde, big gold hoops, "
         "green Sankofa Braids t-shirt.",
         ["me", "person", "woman", "short hair", "blonde", "hoops"], "sdxl"),
    # --- my husband ---
    card("derrick-v1", "Derrick", "sks man", "man", "subject", "derrick", 1, "2019-08-17",
         "My husband Derrick Owusu (Kwabena by day-name, 'Kobby' to his boys) at 34 on our wedding day: "
         "matching kente cloth over one shoulder, fresh fade, thin mustache, no beard yet.",
         ["husband", "person", "man", "wedding", "groom", "kente"], "sd15"),
    card("derrick-v2", "Derrick", "sks man", "man", "subject", "derrick", 2, "2024-10-05",
         "My husband Derrick at 39: full thick beard, MTA bus operator uniform, navy Yankees fitted cap.",
         ["husband", "person", "man", "beard", "bus driver", "uniform"], "sdxl"),
    # --- our kids ---
    card("precious-v1", "Precious", "<precious>", "girl", "subject", "precious", 1, "2020-07-11",
         "Our first-born Precious (we call her Akua at home) at 8: cornrows with colourful beads, "
         "gap-tooth smile, pink backpack.",
         ["daughter", "person", "girl", "child", "cornrows", "beads"], "sd15"),
    card("precious-v2", "Precious", "<precious>", "girl", "subject", "precious", 2, "2026-06-20",
         "Our daughter Precious at 14 at her 8th grade graduation from MS 45: royal blue cap and gown, "
         "kente stole, long passion twists.",
         ["daughter", "person", "girl", "teen", "graduation", "passion twists"], "sdxl"),
    card("kofi-v1", "Kofi", "zwx baby", "baby", "subject", "kofi", 1, "2021-11-13",
         "Our son Kofi (Jayden on his birth certificate) at his outdooring, eight days old: wrapped in "
         "white lace cloth, tiny gold bracelet, asleep in my maame's arms.",
         ["son", "person", "baby", "newborn", "outdooring", "naming ceremony"], "sd15"),
    card("kofi-v2", "Kofi", "zwx boy", "boy", "subject", "kofi", 2, "2025-12-20",
         "Our son Kofi at 4: curly top, gap in his front teeth, red Spider-Man hoodie, light-up sneakers.",
         ["son", "person", "boy", "child", "toddler", "hoodie"], "sdxl"),
    # --- my parents ---
    card("comfort-v1", "Comfort", "ohwx_comfort", "woman", "subject", "comfort", 1, "2017-05-14",
         "My mother Comfort Mensah, my maame, at 57: blue nurse scrubs from Lincoln Hospital, short "
         "relaxed hair, reading glasses on a beaded chain.",
         ["mother", "maame", "person", "woman", "nurse", "scrubs"], "sd15"),
    card("comfort-v2", "Comfort", "ohwx_comfort", "woman", "subject", "comfort", 2, "2025-02-22",
         "My maame Comfort at her 65th birthday after she retired: short grey afro, purple-and-gold kaba "
         "and slit, gold earrings from Kumasi.",
         ["mother", "maame", "person", "woman", "grey hair", "birthday"], "sdxl"),
    card("papa-v1", "Papa Kwame", "<kwame_papa>", "man", "subject", "papa-kwame", 1, "2020-01-18",
         "My father Joseph Kwame Mensah, my papa (everyone says Papa Kwame), at 62: grey-striped "
         "batakari smock, kufi cap, Ghana Black Stars scarf.",
         ["father", "papa", "person", "man", "smock", "kufi"], "sd15"),
    card("papa-v2", "Papa Kwame", "<kwame_papa>", "man", "subject", "papa-kwame", 2, "2026-03-07",
         "My papa Kwame at 68 after his knee surgery: white beard, wooden walking cane, brown cardigan "
         "over a polo shirt.",
         ["father", "papa", "person", "man", "cane", "white beard"], "sdxl"),
    # --- my nana in Kumasi ---
    card("nana-v1", "Nana Afua", "nana_afua", "old woman", "subject", "nana-afua", 1, "2016-12-27",
         "My nana (my grandmother) Afua Boatemaa in Kumasi at 82: black-and-white cloth, knotted "
         "headscarf, sitting on the veranda the Christmas I visited.",
         ["grandmother", "nana", "person", "old woman", "kumasi"], "sd15"),
    card("nana-v2", "Nana Afua", "nana_afua", "old woman", "subject", "nana-afua", 2, "2024-08-10",
         "My nana Afua at her 90th birthday in Kumasi: all-white cloth and white headwrap, white beads, "
         "white hair, carved walking stick.",
         ["grandmother", "nana", "person", "old woman", "kumasi", "birthday"], "sdxl"),
    # --- my sister and cousin ---
    card("abena-v1", "Abena", "abena_sis", "woman", "subject", "abena", 1, "2018-09-08",
         "My little sister Abena ('Bee') at 25 in nursing school, before she got married: big natural "
         "afro, hoop nose ring, denim jacket.",
         ["sister", "person", "woman", "afro", "student"], "sd15"),
    card("abena-v2", "Abena", "abena_sis", "woman", "subject", "abena", 2, "2023-06-24",
         "My sister Abena on her wedding day in Newark: white mermaid gown with a kente sash, sleek low "
         "bun I did for her myself.",
         ["sister", "person", "woman", "wedding", "bride"], "sdxl"),
    card("kojo-v1", "Kojo", "kojo_bro", "man", "subject", "kojo", 1, "2024-02-17",
         "My cousin Kojo (our mothers are sisters, so he's my 'brother'): tall, locs tied up, gold chain, "
         "runs the front desk at my salon.",
         ["cousin", "brother", "person", "man", "locs"], "sdxl"),
    card("adwoa-v1", "Auntie Adwoa", "<auntie_adwoa>", "woman", "subject", "adwoa", 1, "2022-05-21",
         "Auntie Adwoa, my senior braider at the salon (not blood, but auntie to everybody): in her 50s, "
         "round glasses, red headwrap, fast hands braiding.",
         ["auntie", "braider", "person", "woman", "headwrap", "salon"], "sd15"),
    # --- pets ---
    card("pepper-v1", "Pepper", "sks parrot", "parrot", "subject", "pepper", 1, "2020-10-03",
         "Our African grey parrot Pepper as a baby, the month we got him: dark eyes, scruffy grey "
         "feathers, red tail.",
         ["pet", "bird", "parrot", "african grey", "baby"], "sd15"),
    card("pepper-v2", "Pepper", "sks parrot", "parrot", "subject", "pepper", 2, "2025-06-14",
         "Our African grey Pepper grown up: pale yellow eyes, bright red tail, sits on the salon mirror "
         "and shouts 'eii'.",
         ["pet", "bird", "parrot", "african grey"], "sdxl"),
    card("mango-v1", "Mango", "<mango_parrot>", "parrot", "subject", "mango", 1, "2024-09-01",
         "Mango, our neighbour Mrs. Delgado's African grey from 3B: looks just like our Pepper but has a "
         "green leg band and one red tail feather missing.",
         ["neighbour", "bird", "parrot", "african grey"], "sdxl"),
    # --- car, house, salon ---
    card("odyssey-v1", "Odyssey", "odyssey_van", "minivan", "subject", "odyssey", 1, "2022-04-09",
         "Our family car, a silver 2019 Honda Odyssey minivan with a Ghana flag air freshener and a "
         "Sankofa Braids decal on the back window.",
         ["car", "vehicle", "minivan", "family"], "sdxl"),
    card("kumasi-house-v1", "Family House", "<mensah_house>", "house", "subject", "kumasi-house", 1,
         "2015-12-30",
         "Our family house in Bantama, Kumasi, before the renovation: bare grey cement blocks, rusty zinc "
         "roof, mango tree in the compound.",
         ["house", "place", "kumasi", "ghana", "home"], "sd15"),
    card("kumasi-house-v2", "Family House", "<mensah_house>", "house", "subject", "kumasi-house", 2,
         "2025-01-05",
         "Our family house in Kumasi after we fixed it up: cream paint, green iron gates, new aluminium "
         "roof, tiled veranda.",
         ["house", "place", "kumasi", "ghana", "home"], "sdxl"),
    card("salon-v1", "Sankofa Braids & Beauty", "sankofa_salon", "hair salon", "subject", "salon", 1,
         "2018-03-10",
         "My salon Sankofa Braids & Beauty when it opened on Webster Ave: one narrow room, two chairs, "
         "pink walls, hand-painted sign.",
         ["salon", "business", "place", "interior"], "sd15"),
    card("salon-v2", "Sankofa Braids & Beauty", "sankofa_salon", "hair salon", "subject", "salon", 2,
         "2024-05-18",
         "My salon after the expansion into the store next door: six braiding chairs, gold arched "
         "mirrors, green plant wall, pink neon 'Sankofa' sign.",
         ["salon", "business", "place", "interior", "neon"], "sdxl"),
    # --- salon products and mascot ---
    card("edge-v1", "Sankofa Edge Control", "sankofa_edge_jar", "jar", "subject", "edge-control", 1,
         "2021-03-20",
         "My salon's own edge control, first version: plain white plastic tub with a printed sticker "
         "label, lavender scent.",
         ["product", "hair product", "edge control", "jar"], "sd15"),
    card("edge-v2", "Sankofa Edge Control", "sankofa_edge_jar", "jar", "subject", "edge-control", 2,
         "2025-08-30",
         "My edge control after the rebrand: squat amber glass jar, gold lid, green label with the "
         "Sankofa bird.",
         ["product", "hair product", "edge control", "jar"], "sdxl"),
    card("chebe-v1", "Chebe Growth Oil", "sankofa_chebe", "bottle", "subject", "chebe-oil", 1,
         "2023-11-11",
         "My salon's chebe growth oil: tall black dropper bottle with gold lettering.",
         ["product", "hair product", "oil", "bottle"], "sdxl"),
    card("kotoko-v1", "Kotoko", "kotoko_mascot", "porcupine mascot", "subject", "kotoko", 1,
         "2019-02-02",
         "Kotoko, my salon's mascot: a cartoon porcupine with braided quills, first version my cousin "
         "Kojo drew in flat colours.",
         ["mascot", "cartoon", "porcupine", "logo"], "sd15"),
    card("kotoko-v2", "Kotoko", "kotoko_mascot", "porcupine mascot", "subject", "kotoko", 2,
         "2024-05-18",
         "Kotoko the salon mascot after the redesign for the new signage: 3D porcupine with gold-tipped "
         "braided quills and a kente scarf.",
         ["mascot", "3d", "porcupine", "logo"], "sdxl"),
    # --- downloaded characters ---
    card("sasuke-v1", "Sasuke Uchiha", "sasuke_uchiha", "anime boy", "subject", "sasuke", 1,
         "2023-04-01",
         "Sasuke Uchiha from Naruto (Civitai download): spiky black hair, red Sharingan eyes, Uchiha "
         "crest on his back, sword.",
         ["character", "anime", "naruto", "uchiha", "ninja"], "sd15"),
    card("itachi-v1", "Itachi Uchiha", "itachi_uchiha", "anime man", "subject", "itachi", 1,
         "2023-04-01",
         "Itachi Uchiha from Naruto (Civitai download): long black low ponytail, lines under the eyes, red "
         "Sharingan, black Akatsuki cloak with red clouds.",
         ["character", "anime", "naruto", "uchiha", "ninja"], "sd15"),
    card("miles-v1", "Miles Morales", "m1les_m0rales", "superhero", "subject", "miles", 1, "2022-01-15",
         "Miles Morales as Spider-Man from Into the Spider-Verse (Civitai): black suit with red spider "
         "and webbing, comic-style shading.",
         ["character", "superhero", "spider-man", "marvel"], "sd15"),
    card("miles-v2", "Miles Morales", "m1les_m0rales", "superhero", "subject", "miles", 2, "2023-07-22",
         "Miles Morales from Across the Spider-Verse (Civitai): hoodie over the black-and-red suit, "
         "red Jordans, swinging through the city.",
         ["character", "superhero", "spider-man", "marvel"], "sdxl"),
    card("ananse-v1", "Kwaku Ananse", "<ananse>", "spider man", "subject", "ananse", 1, "2024-03-09",
         "Kwaku Ananse, the trickster spider of Akan folktales (Civitai): half man half spider, kente "
         "waistcloth, sly grin, sitting on his web telling stories.",
         ["character", "folklore", "spider", "akan", "ghana"], "sdxl"),
    card("tiana-v1", "Tiana", "pr1nc3ss_t14n4", "princess", "subject", "tiana", 1, "2022-06-11",
         "Princess Tiana from The Princess and the Frog (Civitai): green lily-pad ball gown, tiara, "
         "New Orleans jazz age.",
         ["character", "disney", "princess"], "sd15"),
    # --- art styles ---
    card("regal-oil-v1", "Regal Oil Portrait", "regaloil style", "oil painting", "style", "regal-oil", 1,
         "2024-07-06",
         "Oil-on-canvas portraits with ornate floral wallpaper backgrounds, royal poses, glossy varnish.",
         ["style", "oil painting", "portrait", "painting"], "sdxl"),
    card("impasto-v1", "Thick Impasto", "impasto_knife", "oil painting", "style", "impasto", 1,
         "2021-10-02",
         "Thick palette-knife oil paint: chunky ridged strokes, bold saturated colour.",
         ["style", "oil painting", "impasto", "painting"], "sd15"),
    card("impasto-v2", "Thick Impasto", "impasto_knife", "oil painting", "style", "impasto", 2,
         "2024-12-14",
         "Thick palette-knife oil paint, retrained: heavier texture, visible canvas, warmer light.",
         ["style", "oil painting", "impasto", "painting"], "sdxl"),
    card("adinkra-v1", "Adinkra Stamp", "adnkr4", "print", "style", "adinkra-stamp", 1, "2022-08-20",
         "Adinkra stamp printing: black dye pressed from carved calabash stamps onto undyed cotton, "
         "repeating symbol grids.",
         ["style", "print", "adinkra", "ghana", "textile"], "sd15"),
    card("ghana-poster-v1", "Ghana Movie Poster", "gh_poster", "painted poster", "style", "ghana-poster", 1,
         "2021-02-13",
         "Hand-painted Ghanaian movie posters from the 80s-90s video clubs: oil on flour sacks, lurid "
         "colours, exaggerated gory action, hand-lettered titles.",
         ["style", "poster", "painting", "ghana", "retro"], "sd15"),
    card("ghana-poster-v2", "Ghana Movie Poster", "gh_poster", "painted poster", "style", "ghana-poster", 2,
         "2025-10-25",
         "Hand-painted Ghanaian video-club movie posters, sdxl retrain: crisper lettering, more monsters "
         "and explosions.",
         ["style", "poster", "painting", "ghana", "retro"], "sdxl"),
    card("afrofuture-v1", "Afrofuture", "<afrofuture>", "illustration", "style", "afrofuture", 1,
         "2025-03-15",
         "Afrofuturism: chrome and gold armour, neon light, cosmic kente patterns, sci-fi royalty.",
         ["style", "afrofuturism", "sci-fi", "neon"], "sdxl"),
    card("toon3d-v1", "Toon 3D", "toon3d style", "3d render", "style", "toon3d", 1, "2024-01-20",
         "3D animated movie look: big expressive eyes, soft rounded shapes, warm studio lighting.",
         ["style", "3d", "cartoon", "animation"], "sdxl"),
    card("anime-v1", "Anime Screencap", "anime_screencap", "anime frame", "style", "anime-screencap", 1,
         "2022-11-05",
         "Anime screencap: flat cel shading, 90s TV anime colours, soft film grain.",
         ["style", "anime", "cel shading", "90s"], "sd15"),
    card("watercolor-v1", "Wet Wash", "wetwash", "watercolor painting", "style", "wet-wash", 1,
         "2023-03-04",
         "Loose watercolour wash on cold-press paper: soft bleeding edges, white paper showing through.",
         ["style", "watercolor", "painting", "paper"], "sd15"),
    card("funnies-v1", "Funnies", "funn1es", "comic strip", "style", "funnies", 1, "2022-02-26",
         "Sunday newspaper comic strip look: ben-day dots, thick ink outlines, speech bubbles, four panels.",
         ["style", "comic", "cartoon", "newspaper"], "sd15"),
    card("flash-v1", "Flash 95", "flash95", "photo", "style", "flash95", 1, "2025-09-06",
         "90s point-and-shoot film: harsh on-camera flash, orange date stamp in the corner, grainy "
         "drugstore-print colours.",
         ["style", "photo", "film", "90s", "flash"], "sdxl"),
    card("graphite-v1", "Graphite", "graphite_sketch", "pencil drawing", "style", "graphite", 1,
         "2023-08-19",
         "Detailed pencil sketch on cream paper: cross-hatching, smudged shading, loose construction lines.",
         ["style", "pencil", "sketch", "drawing"], "sd15"),
    # --- concept LoRAs ---
    card("kente-v1", "Kente", "kente_cloth", "cloth", "concept", "kente", 1, "2021-05-01",
         "Asante kente: hand-woven strip cloth in gold, green, red and black, worn as a toga-style wrap, "
         "stole or dress.",
         ["concept", "clothing", "kente", "textile", "ghana"], "sd15"),
    card("kente-v2", "Kente", "kente_cloth", "cloth", "concept", "kente", 2, "2024-11-02",
         "Asante kente strip cloth, sdxl retrain: sharper weave patterns, more colourways.",
         ["concept", "clothing", "kente", "textile", "ghana"], "sdxl"),
    card("knotless-v1", "Knotless Braids", "kn0tless", "hairstyle", "concept", "knotless", 1, "2023-02-11",
         "Knotless box braids: no knot at the root, waist length, gold hair cuffs.",
         ["concept", "hairstyle", "braids", "protective style"], "sdxl"),
    card("bantu-v1", "Bantu Knots", "bantu_knots", "hairstyle", "concept", "bantu-knots", 1, "2022-09-17",
         "Bantu knots: neat coiled knots on square parts all over the head.",
         ["concept", "hairstyle", "knots", "protective style"], "sd15"),
    card("fulani-v1", "Fulani Braids", "fulani_braids", "hairstyle", "concept", "fulani", 1, "2024-04-27",
         "Fulani braids: cornrows running toward the face with a centre braid, wooden beads and gold cuffs.",
         ["concept", "hairstyle", "braids", "cornrows", "beads"], "sdxl"),
    card("kaba-v1", "Kaba and Slit", "kaba_slit", "outfit", "concept", "kaba", 1, "2023-10-07",
         "Kaba and slit: fitted Ghanaian blouse and long wrap skirt in wax print, matching headwrap.",
         ["concept", "clothing", "wax print", "ghana", "dress"], "sdxl"),
    card("adowa-v1", "Adowa Pose", "adowa_pose", "pose", "concept", "adowa", 1, "2022-12-03",
         "Adowa dance pose: Akan dance, arms stretched out, hands speaking, one knee bent, cloth tied at chest.",
         ["concept", "pose", "dance", "akan"], "sd15"),
    card("trotro-v1", "Tro-tro", "trotro_bus", "minibus", "concept", "trotro", 1, "2023-05-27",
         "Tro-tro: battered Ghanaian shared minibus with hand-painted slogans on the back, mate hanging "
         "out the sliding door.",
         ["concept", "vehicle", "minibus", "ghana", "transport"], "sd15"),
    card("afropick-v1", "Afro Pick", "afr0_p1ck", "comb", "concept", "afro-pick", 1, "2024-06-08",
         "Afro pick prop: black-fist afro comb stuck in the hair or held in the hand.",
         ["concept", "prop", "comb", "afro"], "sdxl"),
    card("bonnet-v1", "Satin Bonnet", "satin_bonnet", "bonnet", "concept", "bonnet", 1, "2025-07-19",
         "Satin sleep bonnet: shiny satin hair bonnet with an elastic band, night-time hair care look.",
         ["concept", "clothing", "headwear", "hair care"], "sdxl"),
]


def S(p, g): return {"prompt": p, "expect": "select", "gold": [g]}
def C(p, *g): return {"prompt": p, "expect": "clarify", "gold": list(g)}
def N(p): return {"prompt": p, "expect": "none", "gold": []}
def M(p, *g): return {"prompt": p, "expect": "multi", "gold": list(g)}


CASES = [
    # ---------------- select: me ----------------
    S("me on my wedding day 2019 full length, eii i was fine", "akosua-v1"),
    S("me when i was pregnant with kofi standing behind my chair", "akosua-v2"),
    S("me with the short blonde cut laughing at the shop", "akosua-v3"),
    S("me braiding a client's hair, close up of my hands and face", "akosua-v3"),
    S("akos with the long box braids b4 i chopped it all off", "akosua-v2"),
    S("a nice headshot of me for the salon instagram", "akosua-v3"),
    S("ohwx woman sitting on the stoop with iced coffee", "akosua-v3"),
    S("me at 31 with my big belly lol", "akosua-v2"),
    S("me the bride in my kente gown", "akosua-v1"),
    # ---------------- select: husband ----------------
    S("my husband grilling in the backyard on july 4th", "derrick-v2"),
    S("kobby in his bus uniform waving out the window", "derrick-v2"),
    S("derrick on our wedding day before he grew the beard", "derrick-v1"),
    S("my hubby with his full beard and yankees cap", "derrick-v2"),
    S("kwabena at 34 clean face small mustache", "derrick-v1"),
    S("my man sleeping on the couch after a double shift", "derrick-v2"),
    S("sks man jogging in van cortlandt park", "derrick-v2"),
    S("kofi and akua's daddy reading a bedtime story", "derrick-v2"),
    # ---------------- select: kids ----------------
    S("precious at her graduation holding the diploma up", "precious-v2"),
    S("my first born walking to school with her headphones", "precious-v2"),
    S("akua when she was small with the beads in her cornrows", "precious-v1"),
    S("my daughter at 8 blowing out birthday candles", "precious-v1"),
    S("presious in her cap and gown, grdauation day", "precious-v2"),
    S("our girl now, teenager with the passion twists", "precious-v2"),
    S("<precious> with her pink backpack, 3rd grade", "precious-v1"),
    S("kofi at his outdooring in the white lace", "kofi-v1"),
    S("baby kofi sleeping, newborn", "kofi-v1"),
    S("jayden on the stoop eating a freeze pop", "kofi-v2"),
    S("my son on the slide at the playground", "kofi-v2"),
    S("kofi the day we named him, 8 days old", "kofi-v1"),
    S("the little one with his light up sneakers", "kofi-v2"),
    # ---------------- select: parents ----------------
    S("my maame in her nurse scrubs", "comfort-v1"),
    S("maame cooking light soup in the kitchen", "comfort-v2"),
    S("my mum at her 65th birthday party", "comfort-v2"),
    S("comfort back when she was still at lincoln hospital", "comfort-v1"),
    S("ma with her grey afro sitting by the window", "comfort-v2"),
    S("maamee at 57 with her glasses on the chain", "comfort-v1"),
    S("papa in his smock and kufi", "papa-v1"),
    S("papa kwame with his cane at the park", "papa-v2"),
    S("my dad in his black stars scarf", "papa-v1"),
    S("my father reading the daily graphic on the porch", "papa-v2"),
    S("papa before the knee surgery", "papa-v1"),
    S("kwame with the white beard smiling", "papa-v2"),
    # ---------------- select: nana ----------------
    S("nana back in 2016 on the veranda", "nana-v1"),
    S("nana at her 90th all in white", "nana-v2"),
    S("my grandmother in kumasi smiling", "nana-v2"),
    S("nana afua with her walking stick", "nana-v2"),
    S("nana at 82 in the black and white cloth", "nana-v1"),
    # ---------------- select: sister, cousin, auntie ----------------
    S("abena in her wedding gown", "abena-v2"),
    S("bee with her big fro in nursing school", "abena-v1"),
    S("my sister at the beach in jersey", "abena-v2"),
    S("my sis before she got married, denim jacket and nose ring", "abena-v1"),
    S("my brother kojo at the front desk", "kojo-v1"),
    S("my brother with his locs tied up, chale looking fresh", "kojo-v1"),
    S("bro kojo playing fifa", "kojo-v1"),
    S("my cousin in a puffer jacket on 3rd ave", "kojo-v1"),
    S("auntie adwoa braiding at station 3", "adwoa-v1"),
    S("auntie with the red headwrap and round glasses laughing", "adwoa-v1"),
    # ---------------- select: pets ----------------
    S("pepper on my shoulder", "pepper-v2"),
    S("baby pepper with the dark eyes", "pepper-v1"),
    S("our parrot screaming eii at customers", "pepper-v2"),
    S("our african grey sitting on the salon mirror", "pepper-v2"),
    S("pepper when we first got him in 2020", "pepper-v1"),
    S("the one that says eii lol", "pepper-v2"),
    S("mango from 3B on the fire escape", "mango-v1"),
    S("mrs delgado's parrot with the green leg band", "mango-v1"),
    S("the neighbor's bird", "mango-v1"),
    # ---------------- select: car, house, salon, products, mascot ----------------
    S("our minivan parked on grand concourse", "odyssey-v1"),
    S("the odyssey with the salon sticker on the back", "odyssey-v1"),
    S("the family car covered in snow", "odyssey-v1"),
    S("our family house in kumasi with the green gates", "kumasi-house-v2"),
    S("the kumasi house before the renovation, bare blocks and rusty roof", "kumasi-house-v1"),
    S("the family house back home at christmas", "kumasi-house-v2"),
    S("my salon full of clients on a saturday", "salon-v2"),
    S("the shop when it was just two chairs and pink walls", "salon-v1"),
    S("sankofa braids at night with the neon sign on", "salon-v2"),
    S("the old salon on webster before we knocked the wall down", "salon-v1"),
    S("our edge control jar on a marble counter", "edge-v2"),
    S("the old edge control tub with the sticker label", "edge-v1"),
    S("my edges gel with the gold lid, product shot", "edge-v2"),
    S("the chebe oil bottle in the sun", "chebe-v1"),
    S("our growth oil dropper, product pic for the website", "chebe-v1"),
    S("kotoko the porcupine waving", "kotoko-v2"),
    S("the old flat kotoko kojo drew", "kotoko-v1"),
    S("our salon mascot holding a comb", "kotoko-v2"),
    # ---------------- select: characters ----------------
    S("sasuke with his sharingan on", "sasuke-v1"),
    S("itachi in the akatsuki cloak", "itachi-v1"),
    S("the uchiha with the long ponytail", "itachi-v1"),
    S("miles morales swinging over the bronx", "miles-v2"),
    S("miles from the first spider-verse movie", "miles-v1"),
    S("spidrman on top of yankee stadium", "miles-v2"),
    S("kwaku ananse telling stories to kids", "ananse-v1"),
    S("the spider from nana's stories sitting on his web", "ananse-v1"),
    S("tiana in her green gown", "tiana-v1"),
    S("the princess and the frog girl at a jazz club", "tiana-v1"),
    # ---------------- select: styles ----------------
    S("a lion with flowers behind it, regal oil style", "regal-oil-v1"),
    S("brooklyn bridge with thick palette knife paint", "impasto-v2"),
    S("the first impasto one from 2021, a sunflower field", "impasto-v1"),
    S("adinkra stamp print of a crocodile", "adinkra-v1"),
    S("a ghana movie poster of a witch flying on a broom", "ghana-poster-v2"),
    S("like those old hand painted video club posters, a man fighting a snake", "ghana-poster-v2"),
    S("afrofuturist queen on a throne in space", "afrofuture-v1"),
    S("cute 3d cartoon of a hedgehog with a backpack", "toon3d-v1"),
    S("anime screenshot of a ramen shop in the rain", "anime-v1"),
    S("watercolor of tulips in a jar", "watercolor-v1"),
    S("funnies comic strip of a cat stealing jollof", "funnies-v1"),
    S("90s flash photo of a house party", "flash-v1"),
    S("graphite sketch of an old man's hands", "graphite-v1"),
    S("pencil drawing of a mango tree", "graphite-v1"),
    S("disposable camera look with the date in the corner, friends at a cookout", "flash-v1"),
    S("newspaper cartoon strip of two pigeons arguing", "funnies-v1"),
    S("the 2021 ghana poster one, zombies in a village", "ghana-poster-v1"),
    # ---------------- select: concepts ----------------
    S("a woman in kente at a durbar", "kente-v2"),
    S("a man wearing that woven gold and green strip cloth over his shoulder", "kente-v2"),
    S("kente clothe from the 2021 version on a model", "kente-v1"),
    S("girl with bantu knots", "bantu-v1"),
    S("a lady with those little twisted knots all over her head", "bantu-v1"),
    S("woman with fulani braids and wooden beads", "fulani-v1"),
    S("tribal braids with the middle braid, side profile", "fulani-v1"),
    S("woman in kaba and slit at church", "kaba-v1"),
    S("an outfit like the church ladies wear back home, fitted top and long wrap skirt", "kaba-v1"),
    S("a man dancing adowa", "adowa-v1"),
    S("a woman in a dance pose, arms out, knee bent, akan dance", "adowa-v1"),
    S("a tro tro packed with people at kejetia", "trotro-v1"),
    S("one of those ghana minibuses with 'god's time is the best' painted on the back", "trotro-v1"),
    S("afro pick stuck in a big afro", "afropick-v1"),
    S("a man with the black fist comb in his fro", "afropick-v1"),
    S("a girl going to sleep with her silk bonnet on", "bonnet-v1"),
    S("woman with waist length knotless braids", "knotless-v1"),
    S("long box braids with no knot at the root, gold cuffs", "knotless-v1"),

    # ---------------- clarify ----------------
    C("oil painting of a bowl of garden eggs and tomatoes", "regal-oil-v1", "impasto-v2"),
    C("do kejetia market in oil paint", "regal-oil-v1", "impasto-v2"),
    C("something in oils, a goat in a lorry park", "regal-oil-v1", "impasto-v2"),
    C("the grey parrot on the fire escape", "pepper-v2", "mango-v1"),
    C("african grey with the red tail eating a grape", "pepper-v2", "mango-v1"),
    C("the bird on the windowsill", "pepper-v2", "mango-v1"),
    C("the uchiha kid with the sharingan", "sasuke-v1", "itachi-v1"),
    C("the anime boy with black hair from naruto", "sasuke-v1", "itachi-v1"),
    C("naruto guy with the red eyes", "sasuke-v1", "itachi-v1"),
    C("the red eyed ninja standing in the rain", "sasuke-v1", "itachi-v1"),
    C("the boy in the spiderman hoodie", "kofi-v2", "miles-v2"),
    C("draw the spider guy eating kenkey", "ananse-v1", "miles-v2"),
    C("a girl with braids and gold cuffs", "knotless-v1", "fulani-v1"),
    C("a model with a protective style for the salon flyer", "knotless-v1", "bantu-v1", "fulani-v1"),
    C("a woman in traditional ghanaian outfit for an engagement", "kente-v2", "kaba-v1"),
    C("a lady in a headwrap and wrapper, ghana style", "kente-v2", "kaba-v1"),
    C("my kid on the swings", "precious-v2", "kofi-v2"),
    C("my baby's first day of school", "precious-v2", "kofi-v2"),
    C("eii the one with the gap tooth smile", "precious-v2", "kofi-v2"),
    C("the bride walking down the aisle", "akosua-v3", "abena-v2"),
    C("grandma on the porch shelling groundnuts", "nana-v2", "comfort-v2"),
    C("a pic of the kids' nana", "nana-v2", "comfort-v2"),
    C("our salon product on a white background", "edge-v2", "chebe-v1"),
    C("our hair product in someone's hands, ad for ig", "edge-v2", "chebe-v1"),
    C("a cartoon of a dog chasing a pigeon", "toon3d-v1", "funnies-v1"),
    C("cartoon version of a bodega cat", "toon3d-v1", "funnies-v1"),
    C("90s vibe pic of a block party", "flash-v1", "anime-v1"),
    C("that kumasi one at sunset", "nana-v2", "kumasi-house-v2"),
    C("the nurse in the family posing in a hospital hallway", "comfort-v2", "abena-v2"),
    C("the lady braiding at the salon", "akosua-v3", "adwoa-v1"),

    # ---------------- none ----------------
    N("a precious little kitten in a teacup"),
    N("pepper soup with goat meat, steaming bowl"),
    N("scotch bonnet peppers piled at makola market"),
    N("a ripe mango cut in cubes on a plate"),
    N("asante kotoko fans celebrating at baba yara stadium"),
    N("a real porcupine in the forest at night"),
    N("kofi annan giving a speech at the UN"),
    N("comfort food, a big plate of waakye with shito"),
    N("homer's odyssey, odysseus tied to the mast"),
    N("a brand new red honda odyssey at the dealership"),
    N("some random hair salon in harlem"),
    N("a jar of eco styler gel on a bathroom sink"),
    N("the flash running through central city"),
    N("a chunk of graphite mineral on a white background"),
    N("a regal looking cat on a velvet cushion"),
    N("an MTA bus on fordham road in the snow"),
    N("my mother-in-law at thanksgiving"),
    N("a spider web with morning dew"),
    N("a frog on a lily pad"),
    N("a nana sitting in state under the big umbrella at akwasidae"),
    N("papa johns pizza box on a car"),
    N("a bronx apartment building in winter"),
    N("a golden retriever puppy in the snow"),
    N("a man getting a fresh fade at the barbershop"),
    N("jollof rice party tray, top view"),
    N("some random bride in a veil, stock photo"),
    N("ete sen, just testing lol"),
    N("a cockatoo dancing to music"),
    N("a vintage car with the bonnet open"),
    N("a happy grandma baking cookies"),
    N("salt and pepper shakers on a diner table"),

    # ---------------- multi ----------------
    M("me and kobby in front of the salon", "akosua-v3", "derrick-v2", "salon-v2"),
    M("kofi with pepper on his head", "kofi-v2", "pepper-v2"),
    M("precious in fulani braids for picture day", "precious-v2", "fulani-v1"),
    M("maame in kente at church", "comfort-v2", "kente-v2"),
    M("papa kwame as a regal oil painting", "papa-v2", "regal-oil-v1"),
    M("nana and my maame sitting in front of the family house in kumasi",
      "nana-v2", "comfort-v2", "kumasi-house-v2"),
    M("bro kojo driving the odyssey", "kojo-v1", "odyssey-v1"),
    M("abena in a satin bonnet, lazy sunday morning", "abena-v2", "bonnet-v1"),
    M("derrick with an afro pick in his hair, 70s vibe", "derrick-v2", "afropick-v1"),
    M("me as a 3d cartoon", "akosua-v3", "toon3d-v1"),
    M("kotoko the mascot in afrofuturism style", "kotoko-v2", "afrofuture-v1"),
    M("the edge control jar shot on 90s flash film", "edge-v2", "flash-v1"),
    M("chebe oil and edge control together on the counter", "chebe-v1", "edge-v2"),
    M("ananse spinning a web around miles morales", "ananse-v1", "miles-v2"),
    M("a ghana movie poster of derrick fighting a giant snake", "derrick-v2", "ghana-poster-v2"),
    M("pepper and mango side by side on the fire escape", "pepper-v2", "mango-v1"),
    M("kofi dressed up next to miles morales", "kofi-v2", "miles-v2"),
    M("sasuke and itachi facing off, anime screencap", "sasuke-v1", "itachi-v1", "anime-v1"),
    M("baby kofi at his outdooring in watercolor", "kofi-v1", "watercolor-v1"),
    M("me and derrick on our wedding day as a pencil sketch", "akosua-v1", "derrick-v1", "graphite-v1"),
    M("auntie adwoa doing bantu knots on a client", "adwoa-v1", "bantu-v1"),
    M("tiana dancing adowa", "tiana-v1", "adowa-v1"),
    M("papa in his smock and kufi sitting in a tro tro", "papa-v1", "trotro-v1"),
    M("baby pepper as a funnies comic strip", "pepper-v1", "funnies-v1"),
    M("bee with her afro in nursing school, adinkra stamp print", "abena-v1", "adinkra-v1"),
    M("sasuke wearing kente", "sasuke-v1", "kente-v1"),
    M("tiana on a hand painted ghana movie poster", "tiana-v1", "ghana-poster-v1"),
    M("kojo and derrick watching the knicks", "kojo-v1", "derrick-v2"),
    M("precious and kofi on the couch watching cartoons", "precious-v2", "kofi-v2"),
    M("my sister in kaba and slit at my maame's birthday", "abena-v2", "kaba-v1", "comfort-v2"),
    M("me in a kaba and slit", "akosua-v3", "kaba-v1"),
    M("maame in her scrubs, thick palette knife oil painting", "comfort-v1", "impasto-v1"),
    M("the salon with kotoko painted on the window", "salon-v2", "kotoko-v2"),
    M("our minivan parked in front of the kumasi house", "odyssey-v1", "kumasi-house-v2"),
    M("nana as a regal oil portrait", "nana-v2", "regal-oil-v1"),
    M("precious graduation photo in the 90s flash style", "precious-v2", "flash-v1"),
    M("kofi and pepper as 3d cartoon characters", "kofi-v2", "pepper-v2", "toon3d-v1"),
    M("me with fulani braids", "akosua-v3", "fulani-v1"),
    M("abena with knotless braids down to her waist", "abena-v2", "knotless-v1"),
    M("papa kwame afrofuturism king", "papa-v2", "afrofuture-v1"),
    M("ananse on an old ghana movie poster", "ananse-v1", "ghana-poster-v2"),
    M("my parents on their anniversary", "comfort-v2", "papa-v2"),
    M("my man and my two kids at coney island", "derrick-v2", "precious-v2", "kofi-v2"),
    M("baby pepper on auntie adwoa's shoulder", "pepper-v1", "adwoa-v1"),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {}
    for c in CASES:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
