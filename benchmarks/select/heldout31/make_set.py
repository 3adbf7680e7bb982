#!/usr/bin/env python3
"""heldout31: a blind held-out checkpoint-selection set.

Repository: the Owusu family of the Bronx. Adwoa runs a braiding salon (Adwoa's Braids & Beauty,
White Plains Road) and a small jollof catering side (Jollof Pot). She types on her phone in New
York English mixed with Ghanaian English and Twi words.

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- the owner -------------------------------------------------------------------------
    card("adwoa-v1", "Adwoa", "ohwx woman", "woman", "subject", "adwoa", 1, "2014-06-07",
         "Me, Adwoa, at 32 on the day I opened the salon: relaxed shoulder-length bob, pink salon "
         "smock, cutting the red ribbon on White Plains Road.",
         ["me", "person", "woman", "opening day", "bob"], "sd15"),
    card("adwoa-v2", "Adwoa", "ohwx woman", "woman", "subject", "adwoa", 2, "2019-04-13",
         "Me, Adwoa, at 37 and seven months pregnant with Ama: waist-length box braids, green and "
         "yellow wax-print maternity dress, hand on my belly.",
         ["me", "person", "woman", "pregnant", "maternity"], "sd15"),
    card("adwoa-v3", "Adwoa", "ohwx woman", "woman", "subject", "adwoa", 3, "2025-10-04",
         "Me, Adwoa, at 43: short grey-streaked twist-out, red cat-eye glasses, black salon apron "
         "with a gold scissors pin.",
         ["me", "person", "woman", "glasses", "twist-out"], "sdxl"),
    # --- family ----------------------------------------------------------------------------
    card("kwame-v1", "Kwame", "sks man", "man", "subject", "kwame", 1, "2016-11-26",
         "My husband Kwame at 38, the year we bought the house: full black beard, flat cap, navy "
         "Yankees jacket. The kids call him Daddy K.",
         ["husband", "person", "man", "beard"], "sd15"),
    card("kwame-v2", "Kwame", "sks man", "man", "subject", "kwame", 2, "2024-08-17",
         "My husband Kwame on his 46th birthday: clean-shaven head, grey goatee, blue-and-white "
         "fugu smock. The kids call him Daddy K; he drives the catering van.",
         ["husband", "person", "man", "bald", "goatee", "birthday"], "sdxl"),
    card("efua-v1", "Efua", "efu4", "girl", "subject", "efua", 1, "2016-05-21",
         "Our eldest, Efua ('Effie'), at 12: cornrows with white beads on the ends, maroon school "
         "uniform with a striped tie.",
         ["daughter", "person", "girl", "cornrows", "school uniform"], "sd15"),
    card("efua-v2", "Efua", "efu4", "woman", "subject", "efua", 2, "2022-06-24",
         "Our eldest, Efua ('Effie'), at 18 at her high school graduation: purple cap and gown, "
         "holding her diploma, big smile.",
         ["daughter", "person", "graduation", "cap and gown"], "sd15"),
    card("efua-v3", "Efua", "efu4", "woman", "subject", "efua", 3, "2026-08-30",
         "Our eldest, Efua ('Effie'), at 22, home from Howard: long fulani braids with gold cuffs, "
         "small nose ring, Howard University sweatshirt.",
         ["daughter", "person", "woman", "fulani braids", "college"], "sdxl"),
    card("kojo-v1", "Kojo", "<kojo>", "boy", "subject", "kojo", 1, "2017-07-15",
         "Our son Kojo ('KJ') at 5: missing his front teeth, little flat-top, orange Knicks jersey.",
         ["son", "person", "boy", "kid"], "sd15"),
    card("kojo-v2", "Kojo", "<kojo>", "boy", "subject", "kojo", 2, "2021-03-20",
         "Our son Kojo ('KJ') at 9, the spring he broke his arm: bright green cast on his left "
         "arm, short waves, navy school polo.",
         ["son", "person", "boy", "cast"], "sd15"),
    card("kojo-v3", "Kojo", "<kojo>", "boy", "subject", "kojo", 3, "2025-11-01",
         "Our son Kojo ('KJ') at 13: high-top fade, braces, black hoodie, always carrying a "
         "basketball.",
         ["son", "person", "teen", "boy", "basketball"], "sdxl"),
    card("ama-v1", "Ama", "amaowu", "baby", "subject", "ama", 1, "2020-06-06",
         "Our youngest, Ama (we call her Pooh), on her first birthday: chubby cheeks, tiny gold "
         "earrings, pink tutu, cake all over her face.",
         ["daughter", "person", "baby", "first birthday"], "sd15"),
    card("ama-v2", "Ama", "amaowu", "girl", "subject", "ama", 2, "2024-09-05",
         "Our youngest, Ama (we call her Pooh), at 5 on her first day of kindergarten: two afro "
         "puffs with yellow ribbons, unicorn backpack.",
         ["daughter", "person", "girl", "afro puffs", "kindergarten"], "sdxl"),
    card("nana-yaa-v1", "Nana Yaa", "<nana-yaa>", "old woman", "subject", "nana-yaa", 1,
         "2015-01-10",
         "My mother, Yaa Asantewaa, the kids' Nana, at 72 on her porch in Kumasi: blue and white "
         "batik dress, black headscarf, chewing stick.",
         ["mother", "grandmother", "person", "old woman", "kumasi"], "sd15"),
    card("nana-yaa-v2", "Nana Yaa", "<nana-yaa>", "old woman", "subject", "nana-yaa", 2,
         "2023-07-22",
         "My mother, the kids' Nana Yaa, at her 80th birthday party in the Bronx: all white lace, "
         "gold necklace, walking cane with a carved handle.",
         ["mother", "grandmother", "person", "old woman", "80th birthday"], "sdxl"),
    card("comfort-v1", "Comfort", "cmfrt woman", "woman", "subject", "comfort", 1, "2018-12-01",
         "My husband's senior sister Comfort (Auntie Comfort to everybody), who cooks the catering "
         "with me: long relaxed hair in a bun, flowered apron.",
         ["sister-in-law", "person", "woman", "cook"], "sd15"),
    card("comfort-v2", "Comfort", "cmfrt woman", "woman", "subject", "comfort", 2, "2025-05-17",
         "My husband's senior sister Comfort (Auntie Comfort) after she cut it all off: short grey "
         "TWA, gold hoop earrings, orange apron, stirring the big jollof pot.",
         ["sister-in-law", "person", "woman", "cook", "short hair"], "sdxl"),
    card("esi-v1", "Esi", "auntie_esi", "woman", "subject", "esi", 1, "2023-03-11",
         "My senior braider Esi, 61, ten years at the salon, Auntie Esi to the clients: grey "
         "cornrows, reading glasses on a beaded chain, always humming gospel.",
         ["braider", "staff", "person", "woman", "glasses"], "sdxl"),
    card("yaw-v1", "Yaw", "y4w man", "man", "subject", "yaw", 1, "2024-12-14",
         "Our nephew Yaw, Comfort's son, 24, who does the catering deliveries: dreadlocks tied up, "
         "Jollof Pot t-shirt, AirPods in.",
         ["nephew", "person", "man", "locs", "delivery"], "sdxl"),
    # --- pets ------------------------------------------------------------------------------
    card("pepper-v1", "Pepper", "sks dog", "dog", "subject", "pepper", 1, "2019-08-03",
         "Our dog Pepper as a puppy: brindle pit bull mix with a white chest patch and a red "
         "collar, chewing a flip-flop.",
         ["pet", "dog", "pit bull", "puppy", "brindle"], "sd15"),
    card("pepper-v2", "Pepper", "sks dog", "dog", "subject", "pepper", 2, "2024-10-12",
         "Our dog Pepper, all grown: brindle pit bull mix, white chest patch, grey coming in on her "
         "muzzle, red collar with a Ghana flag tag.",
         ["pet", "dog", "pit bull", "brindle"], "sdxl"),
    card("tyson-v1", "Tyson", "tys0n dog", "dog", "subject", "tyson", 1, "2025-06-21",
         "Tyson, our upstairs neighbours' (the Ortizes') brindle pit bull: white chest, cropped "
         "ears, black harness. People mix him up with Pepper all the time.",
         ["dog", "pit bull", "brindle", "neighbour"], "sdxl"),
    card("shito-v1", "Shito", "sh1to cat", "cat", "subject", "shito", 1, "2023-02-04",
         "Shito, our salon cat: fat black cat with yellow eyes who sleeps on the hooded dryer "
         "chair. Named after the black pepper sauce.",
         ["pet", "cat", "black cat", "salon"], "sdxl"),
    # --- vehicle, places -------------------------------------------------------------------
    card("trotro-v1", "Trotro", "<trotro-van>", "van", "subject", "trotro", 1, "2022-04-09",
         "Our catering van that we call the Trotro: white Ford Transit with the orange Jollof Pot "
         "wrap and a dent in the back door.",
         ["vehicle", "van", "catering"], "sdxl"),
    card("salon-v1", "Adwoa's Braids & Beauty", "<adwoas-salon>", "storefront", "subject",
         "salon", 1, "2014-06-07",
         "My salon on White Plains Road when we opened in 2014: pink awning, hand-lettered sign, "
         "six braiding chairs.",
         ["place", "salon", "shop", "storefront"], "sd15"),
    card("salon-v2", "Adwoa's Braids & Beauty", "<adwoas-salon>", "storefront", "subject",
         "salon", 2, "2023-09-16",
         "My salon after the 2023 renovation: black and gold sign, green velvet chairs, pink neon "
         "'Braids & Beauty' in the window.",
         ["place", "salon", "shop", "storefront", "neon"], "sdxl"),
    card("house-v1", "The House", "ohwx house", "house", "subject", "house", 1, "2016-11-26",
         "Our house in the Bronx the year we bought it: brick two-family on Bronxwood Avenue, "
         "chipped white porch, chain-link fence.",
         ["place", "home", "house", "bronx"], "sd15"),
    card("house-v2", "The House", "ohwx house", "house", "subject", "house", 2, "2024-06-01",
         "Our house after we fixed it up: same brick two-family, new blue porch, Ghana flag by the "
         "door, Kwame's tomato pots on the stoop.",
         ["place", "home", "house", "bronx", "porch"], "sdxl"),
    # --- products, mascot ------------------------------------------------------------------
    card("jollof-tray-v1", "Jollof Pot tray", "jollofpot_tray", "catering tray", "subject",
         "jollof-tray", 1, "2020-11-21",
         "Our Jollof Pot catering tray before the rebrand: half-size foil pan of jollof with fried "
         "plantain, handwritten sticker on the lid.",
         ["product", "food", "catering", "jollof"], "sd15"),
    card("jollof-tray-v2", "Jollof Pot box", "jollofpot_tray", "catering box", "subject",
         "jollof-tray", 2, "2025-03-08",
         "Our Jollof Pot catering box after the rebrand: kraft box with the green and gold pot "
         "logo, jollof, grilled chicken, kelewele and coleslaw.",
         ["product", "food", "catering", "jollof", "packaging"], "sdxl"),
    card("edge-control-v1", "Adwoa's Edge Control", "<edge-jar>", "jar", "subject",
         "edge-control", 1, "2021-02-13",
         "Our salon's own edge control before the redesign: plain white tub with a printed pink "
         "label.",
         ["product", "hair product", "jar", "salon"], "sd15"),
    card("edge-control-v2", "Adwoa's Edge Control", "<edge-jar>", "jar", "subject",
         "edge-control", 2, "2024-11-30",
         "Our salon's own edge control after the redesign: matte black jar with a gold lid "
         "stamped with Gye Nyame.",
         ["product", "hair product", "jar", "salon"], "sdxl"),
    card("mama-jollof-v1", "Mama Jollof", "mamajollof", "cartoon mascot", "subject",
         "mama-jollof", 1, "2020-11-21",
         "Mama Jollof, our Jollof Pot mascot: cartoon orange cooking pot with big eyes and a kente "
         "headwrap, holding a wooden spoon.",
         ["mascot", "cartoon", "pot", "catering"], "sd15"),
    card("mama-jollof-v2", "Mama Jollof", "mamajollof", "cartoon mascot", "subject",
         "mama-jollof", 2, "2025-03-08",
         "Mama Jollof after the rebrand: simpler flat green and gold pot with a smile and a chef "
         "hat, waving.",
         ["mascot", "cartoon", "pot", "catering"], "sdxl"),
    # --- downloaded characters (Civitai) ---------------------------------------------------
    card("miles-v1", "Miles Morales", "m1les_morales", "character", "subject", "miles", 1,
         "2023-06-10",
         "Miles Morales from Spider-Verse, downloaded from Civitai for Kojo: black and red "
         "Spider-Man suit, hoodie, red Jordan 1s.",
         ["character", "spider-man", "superhero", "civitai"], "sdxl"),
    card("peter-v1", "Peter Parker", "p3ter_parker", "character", "subject", "peter", 1,
         "2023-06-11",
         "Peter Parker, Spider-Man, from the same Spider-Verse pack on Civitai: classic red and "
         "blue suit with black webbing.",
         ["character", "spider-man", "superhero", "civitai"], "sdxl"),
    card("doc-v1", "Doc McStuffins", "docmcstuffins", "character", "subject", "doc-mcstuffins", 1,
         "2021-09-04",
         "Doc McStuffins from Civitai, Ama's favourite show: little girl with puffs, white lab coat, "
         "pink stethoscope.",
         ["character", "cartoon", "kids", "civitai"], "sd15"),
    card("ananse-v1", "Kwaku Ananse", "<ananse>", "spider", "subject", "ananse", 1, "2022-10-01",
         "Kwaku Ananse, the trickster spider from the stories my mother told me, a Civitai LoRA: "
         "spider with a man's face and a kente vest.",
         ["character", "folklore", "spider", "akan", "civitai"], "sd15"),
    card("storm-v1", "Storm", "storm_xmen", "character", "subject", "storm", 1, "2024-02-17",
         "Storm (Ororo Munroe) of the X-Men from Civitai, Efua's favourite: white hair, glowing "
         "white eyes, black suit and cape, lightning.",
         ["character", "superhero", "marvel", "civitai"], "sdxl"),
    # --- art styles ------------------------------------------------------------------------
    card("adinkra-v1", "Adinkra Stamp", "adinkra_print", "style", "style", "adinkra", 1,
         "2021-07-10",
         "Adinkra stamp print style: black symbols stamped with carved calabash on cream cotton "
         "cloth, hand-printed look.",
         ["style", "print", "textile", "ghana"], "sd15"),
    card("movie-poster-v1", "Ghana Movie Poster", "ghnposter", "style", "style", "movie-poster",
         1, "2023-01-21",
         "Hand-painted Ghanaian movie poster style from the 80s-90s video clubs: oil paint on flour "
         "sacks, lurid colours, dramatic faces, big hand-lettered titles.",
         ["style", "painting", "poster", "ghana"], "sdxl"),
    card("signboard-v1", "Salon Signboard", "<hair-sign>", "style", "style", "signboard", 1,
         "2024-04-06",
         "Hand-painted West African hair salon signboard style: rows of painted hairstyles with "
         "names lettered under each head, bright flat colours on wood.",
         ["style", "painting", "sign", "hairstyles"], "sdxl"),
    card("loose-watercolor-v1", "Loose Watercolor", "lsewtrclr", "style", "style",
         "loose-watercolor", 1, "2020-08-15",
         "Loose watercolor painting style: wet-on-wet washes, soft bleeding edges, white paper "
         "showing through.",
         ["style", "watercolor", "painting"], "sd15"),
    card("storybook-v1", "Storybook Watercolor", "stybk_wc", "style", "style", "storybook", 1,
         "2024-12-20",
         "Watercolor children's-book illustration style: ink outlines with watercolor fill, warm "
         "and cozy, like a bedtime story book.",
         ["style", "watercolor", "illustration", "children's book"], "sdxl"),
    card("graffiti-v1", "Bronx Graffiti", "bxgrff", "style", "style", "graffiti", 1,
         "2019-10-05",
         "Bronx graffiti style: spray-paint wildstyle letters and characters on a brick wall, "
         "drips and outlines.",
         ["style", "graffiti", "spray paint", "street art"], "sd15"),
    card("graffiti-v2", "Bronx Graffiti", "bxgrff", "style", "style", "graffiti", 2,
         "2025-08-09",
         "Bronx graffiti style, retrained: cleaner spray-paint mural look with bubble letters, 3D "
         "outlines and a halo glow, on roll-down gates.",
         ["style", "graffiti", "spray paint", "mural"], "sdxl"),
    card("fisheye-v1", "90s Fisheye", "hypefish", "style", "style", "fisheye", 1, "2024-07-13",
         "Late-90s hip-hop and R&B music video style: fisheye lens close-ups, shiny suits, glossy "
         "coloured light.",
         ["style", "90s", "music video", "fisheye"], "sdxl"),
    card("afrofuturism-v1", "Afrofuturism", "afrofutr", "style", "style", "afrofuturism", 1,
         "2025-01-25",
         "Afrofuturist style: gold and chrome, futuristic African regalia, floating cities, neon "
         "against deep purple.",
         ["style", "sci-fi", "futuristic"], "sdxl"),
    card("claymation-v1", "Claymation", "clymtn style", "style", "style", "claymation", 1,
         "2021-12-11",
         "Claymation stop-motion style: plasticine figures with thumbprints, soft studio light.",
         ["style", "clay", "stop motion", "3d"], "sd15"),
    card("pixel-v1", "Pixel Art", "pxl_art", "style", "style", "pixel", 1, "2022-05-28",
         "16-bit pixel art style: chunky pixels, limited palette, old video game sprite look.",
         ["style", "pixel art", "retro", "video game"], "sd15"),
    # --- concept LoRAs ---------------------------------------------------------------------
    card("kaba-v1", "Kaba and Slit", "kaba_slit", "outfit", "concept", "kaba", 1, "2024-03-09",
         "Kaba and slit outfit: fitted wax-print blouse with a peplum and a matching long wrap "
         "skirt.",
         ["clothing", "outfit", "wax print", "ghanaian"], "sdxl"),
    card("duku-v1", "Duku Headwrap", "<duku>", "headwrap", "concept", "duku", 1, "2023-11-18",
         "Duku headwrap: tall wax-print head tie knotted in front and fanned at the top.",
         ["clothing", "headwrap", "head tie", "wax print"], "sdxl"),
    card("knotless-v1", "Knotless Braids", "knotless_braids", "hairstyle", "concept", "knotless",
         1, "2024-05-25",
         "Knotless box braids: medium size, mid-back length, no knot at the root, neat square "
         "parts.",
         ["hairstyle", "braids", "protective style"], "sdxl"),
    card("bantu-v1", "Bantu Knots", "bantu_knots", "hairstyle", "concept", "bantu", 1,
         "2022-02-19",
         "Bantu knots: small coiled knots all over the head in triangle parts.",
         ["hairstyle", "knots", "protective style"], "sd15"),
    card("azonto-v1", "Azonto Dance", "azont0 pose", "pose", "concept", "azonto", 1, "2024-09-21",
         "Azonto dance pose: knees bent, arms miming, caught mid-step with a playful face.",
         ["pose", "dance", "ghana"], "sdxl"),
    card("okada-v1", "Okada", "okada_bike", "motorbike taxi", "concept", "okada", 1, "2023-08-05",
         "Okada motorcycle taxi: small red motorbike, rider plus a passenger on the back, dusty "
         "road.",
         ["vehicle", "motorbike", "taxi"], "sdxl"),
    card("talking-drum-v1", "Talking Drum", "<dondo>", "drum", "concept", "talking-drum", 1,
         "2024-01-13",
         "Talking drum (dondo): hourglass-shaped drum with leather tension cords, held under the "
         "arm and played with a curved stick.",
         ["prop", "instrument", "drum"], "sdxl"),
    card("kente-stole-v1", "Kente Stole", "kente_stole", "stole", "concept", "kente-stole", 1,
         "2022-05-07",
         "Kente graduation stole: narrow strip of gold, green and red kente draped over the "
         "shoulders of a gown.",
         ["clothing", "graduation", "kente"], "sd15"),
    card("bonnet-v1", "Satin Bonnet", "satinbonnet", "bonnet", "concept", "bonnet", 1,
         "2025-02-01",
         "Satin sleep bonnet: shiny oversized satin cap over the hair with an elastic band.",
         ["clothing", "bonnet", "sleepwear", "hair"], "sdxl"),
]


def S(prompt, gid):
    return {"prompt": prompt, "expect": "select", "gold": [gid]}


def C(prompt, *gids):
    return {"prompt": prompt, "expect": "clarify", "gold": list(gids)}


def N(prompt):
    return {"prompt": prompt, "expect": "none", "gold": []}


def M(prompt, *gids):
    return {"prompt": prompt, "expect": "multi", "gold": list(gids)}


CASES = [
    # ===== select: the owner =====
    S("pic of me in a red gown for my ig, looking expensive", "adwoa-v3"),
    S("me with the grey twist out n my red glasses laughing", "adwoa-v3"),
    S("me on opening day cutting the ribbon", "adwoa-v1"),
    S("me back in 2014 when i still had the bob", "adwoa-v1"),
    S("me when i was carrying ama, big belly, sitting on the bed", "adwoa-v2"),
    S("maternity pic of me paa, glowing", "adwoa-v2"),
    S("ohwx woman at a dinner table raising a glass", "adwoa-v3"),
    S("me drinking sobolo on a lawn chair in the summer", "adwoa-v3"),
    # ===== select: kwame =====
    S("kwame grilling suya in the backyard", "kwame-v2"),
    S("daddy k asleep on the couch with the remote in his hand", "kwame-v2"),
    S("my husband in black n red for a funeral, ghana style", "kwame-v2"),
    S("kwame back when he had the full beard n the yankees jacket", "kwame-v1"),
    S("my husband the year we bought the house, in his flat cap", "kwame-v1"),
    S("kwmae reading the daily news on the train", "kwame-v2"),
    # ===== select: efua =====
    S("effie studying in her dorm room late night", "efua-v3"),
    S("efua at her hs graduation throwing her cap", "efua-v2"),
    S("efua when she was small, the one w the beads in her cornrows", "efua-v1"),
    S("my eldest at brunch with her fulani braids", "efua-v3"),
    S("effie at 12 in her school uniform", "efua-v1"),
    S("our first born at homecoming at howard", "efua-v3"),
    S("efua 2022 holding her diploma", "efua-v2"),
    S("efau on the phone with her friends", "efua-v3"),
    # ===== select: kojo =====
    S("KJ dunking at the park", "kojo-v3"),
    S("kojo when he broke his arm, the green cast one", "kojo-v2"),
    S("kojo at 5 grinning with no front teeth", "kojo-v1"),
    S("my son in his hoodie with the braces, cheesing", "kojo-v3"),
    S("lil kojo in his knicks jersey", "kojo-v1"),
    S("kj at 9 on the school steps", "kojo-v2"),
    S("my boy kojo playing 2k, controller in hand", "kojo-v3"),
    S("<kojo> eating a chopped cheese", "kojo-v3"),
    # ===== select: ama =====
    S("ama on her first bday with cake all over her face", "ama-v1"),
    S("pooh going to school with her unicorn backpack", "ama-v2"),
    S("our last born with her puffs n yellow ribbons", "ama-v2"),
    S("ama as a baby in her pink tutu", "ama-v1"),
    S("ama blowing bubbles in the park", "ama-v2"),
    S("the baby of the house ama reading a picture book", "ama-v2"),
    S("pooh when she was 1, crawling", "ama-v1"),
    # ===== select: nana yaa =====
    S("nana yaa at her 80th in all white", "nana-yaa-v2"),
    S("my mother on her porch in kumasi", "nana-yaa-v1"),
    S("my mum sitting by the window reading her bible", "nana-yaa-v2"),
    S("the kids' nana with her walking stick", "nana-yaa-v2"),
    S("nana back in 2015 in kumasi in the batik dress", "nana-yaa-v1"),
    S("grandma yaa laughing with her head back", "nana-yaa-v2"),
    # ===== select: comfort =====
    S("auntie comfort stirring the big jollof pot", "comfort-v2"),
    S("my sister in law with her long hair in a bun, old pic", "comfort-v1"),
    S("comfort before she cut her hair", "comfort-v1"),
    S("kwame's sister dancing at the outdooring", "comfort-v2"),
    S("auntie comfort w the short grey hair n gold hoops", "comfort-v2"),
    # ===== select: esi =====
    S("maa esi at her station with the glasses on the chain", "esi-v1"),
    S("my senior braider humming while she works", "esi-v1"),
    S("auntie esi on her lunch break eating kenkey", "esi-v1"),
    # ===== select: yaw =====
    S("yaw w his locs tied up carrying delivery bags", "yaw-v1"),
    S("my nephew taking a selfie on the 2 train", "yaw-v1"),
    S("my guy yaw in a tracksuit outside the bodega", "yaw-v1"),
    # ===== select: pets =====
    S("pepper at the beach chasing waves", "pepper-v2"),
    S("pepper as a puppy chewing a slipper", "pepper-v1"),
    S("our dog sleeping in the sun", "pepper-v2"),
    S("sks dog in a christmas sweater", "pepper-v2"),
    S("pepper when she was small small", "pepper-v1"),
    S("pepper with the grey on her muzzle, old lady now", "pepper-v2"),
    S("tyson from upstairs in his black harness", "tyson-v1"),
    S("the ortiz's dog sitting on the steps waiting", "tyson-v1"),
    S("shito sleeping on the dryer chair", "shito-v1"),
    S("the salon cat stretching", "shito-v1"),
    S("our fat black cat wearing a little crown", "shito-v1"),
    # ===== select: van, places =====
    S("the trotro parked on white plains rd", "trotro-v1"),
    S("our catering van with the dent lol", "trotro-v1"),
    S("the van all loaded up for a wedding order", "trotro-v1"),
    S("the salon at night with the neon on", "salon-v2"),
    S("the shop back when it had the pink awning", "salon-v1"),
    S("my salon when we first opened in 2014", "salon-v1"),
    S("inside the shop with the green velvet chairs", "salon-v2"),
    S("adwoas braids and beauty storefront in the rain", "salon-v2"),
    S("our house covered in snow", "house-v2"),
    S("the house when we just bought it, with the chipped porch", "house-v1"),
    S("our crib with the blue porch", "house-v2"),
    S("the house on bronxwood ave at sunset", "house-v2"),
    # ===== select: products, mascot =====
    S("our jollof catering box on a table at a naming ceremony", "jollof-tray-v2"),
    S("the old foil tray with the handwritten sticker", "jollof-tray-v1"),
    S("jollof pot box with the kelewele, top down shot", "jollof-tray-v2"),
    S("the catering pan before we rebranded", "jollof-tray-v1"),
    S("our edge control with the gold lid", "edge-control-v2"),
    S("the old edge control tub with the pink label", "edge-control-v1"),
    S("our edge control jar on a marble counter", "edge-control-v2"),
    S("mama jollof waving hi", "mama-jollof-v2"),
    S("the old mama jollof with the kente headwrap", "mama-jollof-v1"),
    S("our mascot, the pot w the chef hat, giving thumbs up", "mama-jollof-v2"),
    # ===== select: characters =====
    S("miles morales sitting on a fire escape in the bronx", "miles-v1"),
    S("the spider-verse boy in the hoodie and jordans", "miles-v1"),
    S("peter parker spiderman in the classic red n blue", "peter-v1"),
    S("doc mcstuffins checking a teddy bear", "doc-v1"),
    S("ama's cartoon doctor girl with the stethoscope", "doc-v1"),
    S("kwaku ananse telling a story under a tree", "ananse-v1"),
    S("ananse the spider in his kente vest", "ananse-v1"),
    S("storm from xmen calling down lightning", "storm-v1"),
    S("ororo flying with her cape out", "storm-v1"),
    S("the x-men lady with the white hair, efua's fave", "storm-v1"),
    # ===== select: styles =====
    S("a lion in the jungle, ghana movie poster style", "movie-poster-v1"),
    S("a poster like the old ghana video club ones, a witch flying at night", "movie-poster-v1"),
    S("a painted board of different hairstyles like the ones outside salons back home",
      "signboard-v1"),
    S("adinkra print of a sankofa bird", "adinkra-v1"),
    S("stamped on cloth like adinkra, a heart shape", "adinkra-v1"),
    S("a bouquet of roses in loose watercolor", "loose-watercolor-v1"),
    S("sunflowers wet on wet, soft n bleedy", "loose-watercolor-v1"),
    S("a rabbit in a garden like a kids book illustration", "storybook-v1"),
    S("bronx graffiti of the word BRONX on a gate", "graffiti-v2"),
    S("graffiti wall of a lion, the first graffiti one i had", "graffiti-v1"),
    S("street art w bubble letters saying HAPPY BDAY", "graffiti-v2"),
    S("90s music video fisheye of a rapper in a shiny suit", "fisheye-v1"),
    S("hype williams type video shot of a dude in a bubble jacket", "fisheye-v1"),
    S("afrofuturist city floating over accra", "afrofuturism-v1"),
    S("wakanda type futuristic queen with gold everything", "afrofuturism-v1"),
    S("a claymation snowman", "claymation-v1"),
    S("stop motion clay puppy on a rug", "claymation-v1"),
    S("8bit pixel art of a yellow cab", "pixel-v1"),
    # ===== select: concepts =====
    S("a lady in a matching ankara top with the peplum and long skirt", "kaba-v1"),
    S("a woman with her head tied high for sunday service", "duku-v1"),
    S("a girl with a big fanned head wrap", "duku-v1"),
    S("a young woman with long braids, the ones with no knot at the root", "knotless-v1"),
    S("girl with mid back box braids, neat square parts", "knotless-v1"),
    S("a lady with her hair in those little knots all over", "bantu-v1"),
    S("a man doing the azonto at a party", "azonto-v1"),
    S("a guy dancing ghana style, knees bent, arms going", "azonto-v1"),
    S("a motorbike taxi on a dusty road with a passenger on the back", "okada-v1"),
    S("a man playing the talking drum at a funeral", "talking-drum-v1"),
    S("the hourglass drum you squeeze under your arm", "talking-drum-v1"),
    S("a graduate with the kente sash over the gown", "kente-stole-v1"),
    S("a woman sleeping with her satin bonnet on", "bonnet-v1"),
    S("a lady in her hair bonnet at the bodega, no shame", "bonnet-v1"),

    # ===== clarify =====
    C("auntie laughing at something on her phone", "comfort-v2", "esi-v1"),
    C("pic of auntie for her birthday", "comfort-v2", "esi-v1"),
    C("auntie in a duku for church", "comfort-v2", "esi-v1"),
    C("auntie dozing off in the chair", "comfort-v2", "esi-v1"),
    C("the brindle pit bull with the white chest", "pepper-v2", "tyson-v1"),
    C("the pittie sleeping on the couch", "pepper-v2", "tyson-v1"),
    C("the brindle dog in a yellow raincoat", "pepper-v2", "tyson-v1"),
    C("spiderman swinging past yankee stadium", "miles-v1", "peter-v1"),
    C("spider-man crouched on the roof", "miles-v1", "peter-v1"),
    C("spidey for the cake topper", "miles-v1", "peter-v1"),
    C("our house in watercolor", "loose-watercolor-v1", "storybook-v1"),
    C("a watercolor of a baobab tree", "loose-watercolor-v1", "storybook-v1"),
    C("watercolor painting of kejetia market", "loose-watercolor-v1", "storybook-v1"),
    C("hand painted like the signs back in accra, a lady smiling", "movie-poster-v1",
      "signboard-v1"),
    C("that ghana hand painted look on a portrait of a man", "movie-poster-v1", "signboard-v1"),
    C("ghana hand painted style pic of the trotro", "movie-poster-v1", "signboard-v1"),
    C("product shot of our stuff on white background for the website", "edge-control-v2",
      "jollof-tray-v2"),
    C("our product with a price tag for the ig sale post", "edge-control-v2", "jollof-tray-v2"),
    C("my daughter smiling in the sunlight", "efua-v3", "ama-v2"),
    C("my daughter w her headphones on", "efua-v3", "ama-v2"),
    C("jollof for the flyer", "jollof-tray-v2", "mama-jollof-v2"),
    C("something jollof pot for the xmas menu", "jollof-tray-v2", "mama-jollof-v2"),
    C("the lady w grey hair n glasses", "adwoa-v3", "esi-v1"),
    C("grey haired woman w glasses doing hair", "adwoa-v3", "esi-v1"),
    C("a spider character hanging upside down", "ananse-v1", "miles-v1", "peter-v1"),
    C("a girl with a protective style for the salon window", "knotless-v1", "bantu-v1"),
    C("do her hair in a protective style, nice n neat", "knotless-v1", "bantu-v1"),
    C("our place lit up for christmas", "house-v2", "salon-v2"),
    C("outside our place at night", "house-v2", "salon-v2"),
    C("the little girl with the puffs smiling", "ama-v2", "doc-v1"),
    C("a woman in wax print for the church program", "kaba-v1", "duku-v1"),

    # ===== none: hard negatives and generic =====
    N("a trotro in accra traffic packed with people"),
    N("shito and kenkey on a plate"),
    N("a pepper plant full of scotch bonnets"),
    N("light soup with goat meat n lots of pepper"),
    N("a nana sitting in state under the big umbrella at a durbar"),
    N("comfort food spread, mac n cheese n candied yams"),
    N("a storm rolling in over the hudson"),
    N("peter pan flying over london"),
    N("mike tyson in his prime"),
    N("a spider web with morning dew"),
    N("a doctor in blue scrubs in the er"),
    N("winnie the pooh eating honey"),
    N("a busy hair salon in harlem on a saturday"),
    N("a random brown dog at the park"),
    N("a orange tabby cat in a window"),
    N("a white cargo van on the highway"),
    N("eco style gel from the beauty supply"),
    N("a family bbq in the park, just random people"),
    N("yankee stadium at night"),
    N("a plate of waakye with gari n egg"),
    N("statue of liberty in the fog"),
    N("a little boy eating cereal, stock photo type"),
    N("an old man playing draughts under a tree in ghana"),
    N("a clay cooking pot over firewood"),
    N("the 2 train pulling into the station"),
    N("a wedding cake with gold flowers"),
    N("a ghana flag waving"),
    N("a spooky black cat silhouette on a fence for halloween"),
    N("miles davis playing trumpet"),
    N("a loaf of sugar bread from the ghanaian bakery"),
    N("sunset over labadi beach"),
    N("a kente weaver at his loom in bonwire"),
    N("ei chale, a beach party in accra with fireworks"),

    # ===== multi: compositions =====
    M("me n kwame dressed up for church", "adwoa-v3", "kwame-v2"),
    M("all 3 kids on the couch", "efua-v3", "kojo-v3", "ama-v2"),
    M("kojo dressed as miles morales", "kojo-v3", "miles-v1"),
    M("efua in a kaba n slit for the wedding", "efua-v3", "kaba-v1"),
    M("ama with her puffs in her bonnet ready for bed", "ama-v2", "bonnet-v1"),
    M("pepper n shito sleeping together", "pepper-v2", "shito-v1"),
    M("mama jollof painted big on the side of the trotro", "mama-jollof-v2", "trotro-v1"),
    M("auntie esi braiding ama's hair", "esi-v1", "ama-v2"),
    M("nana yaa in graffiti on a gate", "nana-yaa-v2", "graffiti-v2"),
    M("kwame on an okada like he's back in kumasi", "kwame-v2", "okada-v1"),
    M("kojo doing azonto", "kojo-v3", "azonto-v1"),
    M("the salon as a ghana movie poster", "salon-v2", "movie-poster-v1"),
    M("efua as an afrofuturist queen", "efua-v3", "afrofuturism-v1"),
    M("me in storybook watercolor for ama's bday card", "adwoa-v3", "storybook-v1"),
    M("yaw playing talking drum at the party", "yaw-v1", "talking-drum-v1"),
    M("kwame n his boy kojo, 90s fisheye video style", "kwame-v2", "kojo-v3", "fisheye-v1"),
    M("efua at 12 with bantu knots", "efua-v1", "bantu-v1"),
    M("baby ama with doc mcstuffins", "ama-v1", "doc-v1"),
    M("ananse in adinkra print", "ananse-v1", "adinkra-v1"),
    M("pepper as a puppy, 8 bit", "pepper-v1", "pixel-v1"),
    M("little kojo with the missing teeth in claymation", "kojo-v1", "claymation-v1"),
    M("the shop with the old pink awning, loose watercolor", "salon-v1", "loose-watercolor-v1"),
    M("efua graduation pic w the kente stole", "efua-v2", "kente-stole-v1"),
    M("storm and effie side by side", "storm-v1", "efua-v3"),
    M("miles n peter swinging together", "miles-v1", "peter-v1"),
    M("auntie comfort n me cooking in the kitchen", "comfort-v2", "adwoa-v3"),
    M("yaw delivering jollof in the new boxes", "yaw-v1", "jollof-tray-v2"),
    M("our edge control on the shelf at the shop", "edge-control-v2", "salon-v2"),
    M("ama in a duku like a little auntie", "ama-v2", "duku-v1"),
    M("nana yaa in kaba n slit", "nana-yaa-v2", "kaba-v1"),
    M("kwame n pepper at the park", "kwame-v2", "pepper-v2"),
    M("the house in snow, ghana movie poster style", "house-v2", "movie-poster-v1"),
    M("a lady w knotless braids painted like the salon signboards", "knotless-v1",
      "signboard-v1"),
    M("the trotro parked in front of the house", "trotro-v1", "house-v2"),
    M("mama jollof doing azonto", "mama-jollof-v2", "azonto-v1"),
    M("shito in a bonnet lol", "shito-v1", "bonnet-v1"),
    M("kojo walking tyson for the ortizes", "kojo-v3", "tyson-v1"),
    M("me and my mother at her 80th", "adwoa-v3", "nana-yaa-v2"),
    M("kwame back when he had the full beard, pixel art", "kwame-v1", "pixel-v1"),
    M("efua n kojo doing azonto at the party", "efua-v3", "kojo-v3", "azonto-v1"),
    M("me on opening day, bronx graffiti the first one", "adwoa-v1", "graffiti-v1"),
    M("daddy k with a talking drum", "kwame-v2", "talking-drum-v1"),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c) + "\n")
    print(f"{len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
