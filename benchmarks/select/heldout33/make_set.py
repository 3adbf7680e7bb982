#!/usr/bin/env python3
"""heldout33: a Toa Payoh hawker + tuition family's checkpoint repository, with requests typed
the way the owner (Kelvin, Singlish, short forms, typos) types them.

Running this writes catalog.jsonl and cases.jsonl next to it. Written blind (see README.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base)
C = [
    # --- me (owner) ---
    ("kelvin-v1", "Kelvin", "ohwx man", "man", "subject", "kelvin", 1, "2011-06-18",
     "Me, Kelvin Lim, at 31 on my wedding day at the void deck of Blk 210: white long-sleeve shirt, "
     "gel-spiked hair, clean shaven, skinny.", ["me", "person", "man", "wedding", "groom"], "sd15"),
    ("kelvin-v2", "Kelvin", "ohwx man", "man", "subject", "kelvin", 2, "2016-03-12",
     "Me, Kelvin, at 36 on the day we opened Lim Kee at Lor 8 hawker centre: thin moustache, "
     "short hair, red Lim Kee polo tee.", ["me", "person", "man", "moustache", "polo"], "sd15"),
    ("kelvin-v3", "Kelvin", "ohwx man", "man", "subject", "kelvin", 3, "2026-02-14",
     "Me, Kelvin, at 46: shaved head, thick black square spectacles, green apron, good-morning towel "
     "over my shoulder, a bit of a belly now.", ["me", "person", "man", "bald", "glasses", "apron"], "sdxl"),
    # --- wife ---
    ("ling-v1", "Mei Ling", "sks woman", "woman", "subject", "ling", 1, "2013-05-02",
     "My wife Mei Ling at 30, seven months pregnant with our son: long straight black hair, "
     "floral maternity dress.", ["wife", "person", "woman", "pregnant", "long hair"], "sd15"),
    ("ling-v2", "Mei Ling", "sks woman", "woman", "subject", "ling", 2, "2024-08-20",
     "My wife Ling at 41 at the tuition centre she runs: short bob, red-framed glasses, staff "
     "lanyard, marker in hand at the whiteboard.", ["wife", "person", "woman", "bob", "glasses", "teacher"], "sdxl"),
    # --- son ---
    ("junwei-v1", "Jun Wei", "zwx boy", "boy", "subject", "junwei", 1, "2019-01-03",
     "Our son Jun Wei ('Ah Boy') at 6 on his first day of Primary 1: white school uniform, huge "
     "blue school bag, missing front tooth.", ["son", "person", "boy", "child", "school"], "sd15"),
    ("junwei-v2", "Jun Wei", "zwx boy", "boy", "subject", "junwei", 2, "2025-11-20",
     "Our son Jun Wei ('Ah Boy') at 12 on PSLE results day: rectangular glasses, crew cut, "
     "tall and skinny, grey hoodie.", ["son", "person", "boy", "glasses", "preteen"], "sdxl"),
    # --- daughter ---
    ("xinyi-v1", "Xin Yi", "<xinyi-girl>", "baby girl", "subject", "xinyi", 1, "2019-08-15",
     "Our daughter Xin Yi at her full-month celebration: chubby baby in a red outfit with a gold "
     "anklet.", ["daughter", "person", "baby", "girl", "full month"], "sd15"),
    ("xinyi-v2", "Xin Yi", "<xinyi-girl>", "girl", "subject", "xinyi", 2, "2025-11-15",
     "Our daughter Xin Yi, 'the small one' (Mei Mei to her brother), at 6 at her K2 graduation: "
     "straight fringe, two ponytails, dimples.", ["daughter", "person", "girl", "child", "ponytails"], "sdxl"),
    # --- my mother ---
    ("ahma-v1", "Ah Ma", "ah_ma_goh", "old woman", "subject", "ahma", 1, "2017-10-08",
     "My mother Goh Siew Lan, Ah Ma to the kids, at her 70th birthday dinner: permed curly grey hair, "
     "red samfu, jade bangle. The kaya recipe is hers.", ["mother", "grandmother", "person", "elderly", "birthday"], "sd15"),
    ("ahma-v2", "Ah Ma", "ah_ma_goh", "old woman", "subject", "ahma", 2, "2025-04-10",
     "My mother, Ah Ma, at 78 after her knee operation: white hair, floral blouse, walks with a "
     "four-legged quad cane.", ["mother", "grandmother", "person", "elderly", "cane"], "sdxl"),
    # --- my late father ---
    ("ahgong-v1", "Ah Gong", "4hg0ng", "old man", "subject", "ahgong", 1, "2019-12-01",
     "My late father Lim Chee Kiong, Ah Gong to the kids, who started the chicken rice stall in 1978: "
     "white singlet, pagoda shorts, thick-rimmed glasses, chopping chicken.",
     ["father", "grandfather", "person", "elderly", "hawker"], "sd15"),
    # --- my brother ---
    ("ken-v1", "Ken", "k3nn3th", "man", "subject", "ken", 1, "2014-07-05",
     "My younger brother Kenneth (Ken) during NS at 25: army No. 4 uniform, shaved botak head, "
     "jockey cap.", ["brother", "person", "man", "army", "uniform"], "sd15"),
    ("ken-v2", "Ken", "k3nn3th", "man", "subject", "ken", 2, "2024-02-18",
     "My brother Ken at 35, who helps at our stall: bleached blonde hair, dragon tattoo sleeve on "
     "his right arm, black tee.", ["brother", "person", "man", "tattoo", "blonde"], "sdxl"),
    # --- helper, teacher ---
    ("siti-v1", "Siti", "<kak-siti>", "woman", "subject", "siti", 1, "2023-04-22",
     "Siti, our helper from Central Java who has lived with us since 2018: pastel tudung, round face, "
     "big smile.", ["helper", "person", "woman", "tudung"], "sdxl"),
    ("priya-v1", "Priya", "prya_teacher", "woman", "subject", "priya", 1, "2024-10-30",
     "Ms Priya, the English teacher at my wife's tuition centre: long black braid, small nose stud, "
     "in a blue saree for Deepavali.", ["teacher", "person", "woman", "saree"], "sdxl"),
    # --- pets ---
    ("kopi-v1", "Kopi", "k0p1 cat", "cat", "subject", "kopi", 1, "2021-09-04",
     "Our cat Kopi as a kitten, the week we took him in from the void deck: tiny ginger tabby with "
     "a crooked tail.", ["pet", "cat", "kitten", "ginger", "tabby"], "sd15"),
    ("kopi-v2", "Kopi", "k0p1 cat", "cat", "subject", "kopi", 2, "2025-06-11",
     "Our cat Kopi now: big fat ginger tabby with a crooked kinked tail and a torn left ear.",
     ["pet", "cat", "ginger", "tabby", "fat"], "sdxl"),
    ("milo-v1", "Milo", "<milo-nextdoor>", "cat", "subject", "milo", 1, "2024-07-19",
     "Milo, Uncle Ravi next door's ginger tabby; looks almost like Kopi but has a straight tail and "
     "white socks on his front paws.", ["cat", "ginger", "tabby", "neighbour"], "sdxl"),
    ("lucky-v1", "Lucky", "lcky_dog", "dog", "subject", "lucky", 1, "2018-05-27",
     "Our dog Lucky as a puppy, adopted Singapore Special (local mongrel): tan coat, big pointy ears, "
     "black-tipped snout.", ["pet", "dog", "puppy", "mongrel", "singapore special"], "sd15"),
    ("lucky-v2", "Lucky", "lcky_dog", "dog", "subject", "lucky", 2, "2025-09-02",
     "Our dog Lucky at 7: tan Singapore Special with pointy ears, grey muzzle, red collar.",
     ["pet", "dog", "mongrel", "singapore special"], "sdxl"),
    ("huat-v1", "Huat Huat", "<huathuat-arowana>", "fish", "subject", "huat", 1, "2020-01-24",
     "Huat Huat, our red arowana (dragon fish) in the living-room tank, long glowing red scales and "
     "whiskers.", ["pet", "fish", "arowana", "aquarium"], "sd15"),
    # --- vehicle ---
    ("van-v1", "Lim Kee van", "limkee_van", "van", "subject", "van", 1, "2015-08-09",
     "Our old stall van: white Toyota HiAce with the Lim Kee sticker on the side and a dented rear "
     "bumper.", ["vehicle", "van", "toyota", "delivery"], "sd15"),
    ("van-v2", "Lim Kee van", "limkee_van", "van", "subject", "van", 2, "2023-03-30",
     "Our new stall van after the old one's COE ran out: silver Nissan NV200 with the new green "
     "Lim Kee decal.", ["vehicle", "van", "nissan", "delivery"], "sdxl"),
    # --- places ---
    ("stall-v1", "Lim Kee stall", "<limkee-stall>", "hawker stall", "subject", "stall", 1, "2016-03-20",
     "Our stall Lim Kee Chicken Rice & Kaya Toast, #01-23 at Toa Payoh Lor 8 hawker centre, before "
     "the renovation: red signboard, fluorescent tubes, roast chickens hanging.",
     ["place", "stall", "hawker centre", "shop"], "sd15"),
    ("stall-v2", "Lim Kee stall", "<limkee-stall>", "hawker stall", "subject", "stall", 2, "2024-06-08",
     "Our stall Lim Kee at Lor 8 after the 2024 renovation: green signboard with the chicken mascot, "
     "stainless steel counter, LED menu board.", ["place", "stall", "hawker centre", "shop"], "sdxl"),
    ("flat-v1", "Blk 210 home", "tpy_blk210_home", "apartment", "subject", "flat", 1, "2022-12-10",
     "Our 4-room HDB flat at Blk 210 Toa Payoh: living room with the ancestor altar, rattan sofa, "
     "window grille with potted plants.", ["place", "home", "hdb", "flat", "interior"], "sdxl"),
    ("tuition-v1", "Bright Sparks", "<bright-sparks-room>", "classroom", "subject", "tuition", 1, "2023-01-14",
     "Bright Sparks Tuition, my wife's tuition centre at Toa Payoh Central: small classroom, "
     "whiteboard, blue plastic chairs, signboard at the shopfront.", ["place", "classroom", "tuition", "shop"], "sdxl"),
    # --- products ---
    ("chickenrice-v1", "Lim Kee chicken rice", "lmk_chknrice", "food box", "subject", "chickenrice", 1, "2017-05-06",
     "Our Hainanese chicken rice takeaway, original packaging: white styrofoam box with the red "
     "Lim Kee sticker, chilli in a small plastic bag.", ["product", "food", "chicken rice", "packaging"], "sd15"),
    ("chickenrice-v2", "Lim Kee chicken rice", "lmk_chknrice", "food box", "subject", "chickenrice", 2, "2025-01-18",
     "Our chicken rice after the 2025 rebrand: brown kraft paper box with the new green logo, sauce "
     "pots with lids.", ["product", "food", "chicken rice", "packaging"], "sdxl"),
    ("kaya-v1", "Lim Kee kaya", "lmk_kaya_jar", "jar", "subject", "kaya", 1, "2018-02-03",
     "Our homemade kaya in the old packaging: reused jam jar with a handwritten paper label.",
     ["product", "kaya", "jam", "jar"], "sd15"),
    ("kaya-v2", "Lim Kee kaya", "lmk_kaya_jar", "jar", "subject", "kaya", 2, "2025-01-25",
     "Our kaya after the 2025 rebrand: squat glass jar with a pandan-green label and the chicken "
     "mascot on the lid.", ["product", "kaya", "jam", "jar"], "sdxl"),
    # --- mascots ---
    ("ahkee-v1", "Ah Kee", "<ahkee-mascot>", "cartoon chicken", "subject", "ahkee", 1, "2018-09-01",
     "Ah Kee, our stall's mascot, first version, hand-drawn flat: chubby white cartoon chicken in a "
     "red chef hat.", ["mascot", "chicken", "cartoon", "logo"], "sd15"),
    ("ahkee-v2", "Ah Kee", "<ahkee-mascot>", "cartoon chicken", "subject", "ahkee", 2, "2025-01-10",
     "Ah Kee, our stall's mascot, redesigned in 2025 as a cute 3D chicken with red chef hat and "
     "green apron.", ["mascot", "chicken", "cartoon", "logo"], "sdxl"),
    ("sparky-v1", "Sparky", "sp4rky owl", "cartoon owl", "subject", "sparky", 1, "2023-02-20",
     "Sparky, the mascot of my wife's tuition centre: blue cartoon owl with round glasses and a "
     "graduation mortarboard.", ["mascot", "owl", "cartoon", "logo"], "sdxl"),
    # --- downloaded characters ---
    ("goku-v1", "Son Goku", "goku_dbz", "anime man", "subject", "goku", 1, "2023-06-15",
     "Son Goku from Dragon Ball, downloaded from Civitai for Ah Boy: spiky black hair, orange gi "
     "with blue undershirt.", ["character", "anime", "dragon ball", "civitai"], "sd15"),
    ("goten-v1", "Son Goten", "son_goten", "anime boy", "subject", "goten", 1, "2023-06-15",
     "Son Goten from Dragon Ball, Goku's younger son, from Civitai: looks like a small Goku, spiky "
     "black hair, orange and blue gi.", ["character", "anime", "dragon ball", "civitai"], "sd15"),
    ("doraemon-v1", "Doraemon", "doraemon_(character)", "robot cat", "subject", "doraemon", 1, "2023-03-11",
     "Doraemon, the blue earless robot cat with the 4D pocket, downloaded from Civitai.",
     ["character", "cartoon", "civitai", "robot"], "sd15"),
    ("nezuko-v1", "Nezuko", "kamado_nezuko", "anime girl", "subject", "nezuko", 1, "2025-03-08",
     "Nezuko Kamado from Demon Slayer, downloaded from Civitai for the kids: pink kimono, bamboo "
     "muzzle, long black hair with orange tips.", ["character", "anime", "demon slayer", "civitai"], "sdxl"),
    # --- styles ---
    ("inkwash-v1", "Shuimo ink wash", "shuimo_style", "style", "style", "inkwash", 1, "2023-04-02",
     "Chinese ink wash painting (shuimo): black ink on rice paper, soft washes, red seal stamp.",
     ["style", "ink", "chinese painting", "traditional"], "sd15"),
    ("inkwash-v2", "Shuimo ink wash", "shuimo_style", "style", "style", "inkwash", 2, "2025-02-01",
     "Chinese ink wash painting, retrained: cleaner brush strokes, light colour washes, calligraphy "
     "and red seal.", ["style", "ink", "chinese painting", "traditional"], "sdxl"),
    ("urbansketch-v1", "Urban Sketch", "urbsketch", "style", "style", "urbansketch", 1, "2024-05-12",
     "Urban sketching: loose pen lines with quick watercolour washes, shophouses and street scenes "
     "drawn on location.", ["style", "watercolour", "pen", "sketch"], "sdxl"),
    ("storybook-v1", "Storybook Watercolour", "pbwatercolor", "style", "style", "storybook", 1, "2023-08-19",
     "Soft children's picture-book watercolour: pastel washes, rounded shapes, gentle paper texture.",
     ["style", "watercolour", "children's book", "illustration"], "sd15"),
    ("peranakan-v1", "Peranakan Tiles", "peranakan_tiles", "style", "style", "peranakan", 1, "2024-09-09",
     "Peranakan tile look: ornate floral ceramic-tile patterns in pink, teal and gold.",
     ["style", "pattern", "tile", "nyonya", "heritage"], "sdxl"),
    ("retroposter-v1", "Retro 60s Poster", "retro60s_poster", "style", "style", "retroposter", 1, "2023-07-07",
     "1960s Shaw Brothers era movie poster: hand-painted faces, faded print colours, bold Chinese "
     "title lettering.", ["style", "vintage", "poster", "retro"], "sd15"),
    ("clay3d-v1", "Clay 3D", "clay3d_render", "style", "style", "clay3d", 1, "2025-05-21",
     "Cute 3D clay render: soft plasticine figures, big heads, rounded toy-like lighting.",
     ["style", "3d", "clay", "cute", "cartoon"], "sdxl"),
    ("ghibli-v1", "Ghibli-ish", "ghbli_bg", "style", "style", "ghibli", 1, "2023-05-30",
     "Hand-painted Japanese anime film look, Ghibli-like: lush backgrounds, fluffy clouds, warm light.",
     ["style", "anime", "cartoon", "painted"], "sd15"),
    ("pixel-v1", "Pixel Art", "pixelart_8bit", "style", "style", "pixel", 1, "2023-02-14",
     "8-bit pixel art: chunky pixels, tiny NES colour palette.", ["style", "pixel", "retro", "game"], "sd15"),
    ("pixel-v2", "Pixel Art", "pixelart_8bit", "style", "style", "pixel", 2, "2025-08-03",
     "16-bit pixel art, retrained: finer pixels, richer palette, isometric-friendly.",
     ["style", "pixel", "retro", "game"], "sdxl"),
    ("batik-v1", "Batik", "batik_pattern", "style", "style", "batik", 1, "2024-11-02",
     "Batik: wax-resist dyed cloth look, crackle lines, flowing floral and bird motifs.",
     ["style", "pattern", "textile", "heritage"], "sdxl"),
    ("papercut-v1", "Red Papercut", "jianzhi_red", "style", "style", "papercut", 1, "2025-01-05",
     "Chinese New Year red paper-cutting (jianzhi): intricate cut-out silhouettes in red paper.",
     ["style", "paper", "cny", "chinese", "traditional"], "sdxl"),
    ("pencil-v1", "Graphite Sketch", "graphite_sketch", "style", "style", "pencil", 1, "2023-09-23",
     "Graphite pencil drawing: fine hatching and shading on white paper.",
     ["style", "pencil", "drawing", "sketch", "monochrome"], "sd15"),
    # --- concepts ---
    ("cheongsam-v1", "Cheongsam", "chsm_dress", "dress", "concept", "cheongsam", 1, "2025-01-20",
     "Cheongsam: fitted mandarin-collar dress with frog buttons and side slits.",
     ["clothing", "dress", "chinese", "traditional"], "sdxl"),
    ("kebaya-v1", "Nyonya Kebaya", "nyonya_kebaya", "blouse", "concept", "kebaya", 1, "2023-10-14",
     "Nyonya kebaya: sheer embroidered blouse with kerosang brooches, worn with a batik sarong.",
     ["clothing", "peranakan", "traditional", "blouse"], "sd15"),
    ("ahbeng-v1", "Ah Beng Hair", "ahbeng_spikes", "hairstyle", "concept", "ahbeng", 1, "2023-11-11",
     "Ah Beng hair: 90s spiky gelled hair dyed gold or orange, long at the back.",
     ["hairstyle", "spiky", "90s"], "sd15"),
    ("doublebun-v1", "Double Buns", "double_buns", "hairstyle", "concept", "doublebun", 1, "2025-04-02",
     "Double bun hairstyle: two round buns on top of the head.", ["hairstyle", "buns", "girl"], "sdxl"),
    ("jump-v1", "Jump Shot", "jump_shot_pose", "pose", "concept", "jump", 1, "2024-12-28",
     "Jump shot pose: mid-air jump, legs tucked, arms up, frozen in the air.", ["pose", "jump", "action"], "sdxl"),
    ("trishaw-v1", "Trishaw", "trishaw_sg", "vehicle", "concept", "trishaw", 1, "2024-08-09",
     "Trishaw: bicycle with a sidecar passenger seat and canopy, the old Singapore kind.",
     ["vehicle", "bicycle", "heritage"], "sdxl"),
    ("angbao-v1", "Ang Bao", "holding_angbao", "prop", "concept", "angbao", 1, "2025-01-28",
     "Ang bao: red packet with gold print, held in the hands or being given with both hands.",
     ["prop", "cny", "red packet"], "sdxl"),
    ("tingkat-v1", "Tingkat", "tingkat_carrier", "prop", "concept", "tingkat", 1, "2023-12-02",
     "Tingkat: stacked enamel food carrier with a handle, floral print.",
     ["prop", "food", "container"], "sd15"),
]

S, K, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me ----------------
    (S, "me chopping chicken, morning light", ["kelvin-v3"]),
    (S, "draw me lah, wearing the green apron with towel on shoulder", ["kelvin-v3"]),
    (S, "me on my wedding day at the void deck", ["kelvin-v1"]),
    (S, "me last time when the stall first open, got moustache that time", ["kelvin-v2"]),
    (S, "myself holding up a plate of food, smiling big big", ["kelvin-v3"]),
    (S, "me back in 2011, young and handsome lol", ["kelvin-v1"]),
    (S, "me with the red polo shirt last time", ["kelvin-v2"]),
    (S, "me now, botak with specs, for my whatsapp profile pic", ["kelvin-v3"]),
    (S, "me wearing sunglasses at east coast park", ["kelvin-v3"]),
    # wife
    (S, "my wife at the whiteboard teaching", ["ling-v2"]),
    (S, "my wife when she pregant with ah boy", ["ling-v1"]),
    (S, "lao po with her short hair and red specs, smiling", ["ling-v2"]),
    (S, "mei ling long hair time, 2013", ["ling-v1"]),
    (S, "the wife laughing at the kopitiam", ["ling-v2"]),
    (S, "ling with big tummy, maternity shoot", ["ling-v1"]),
    (S, "my wife cooking in the kitchen, candid", ["ling-v2"]),
    # son
    (S, "ah boy first day of school, P1", ["junwei-v1"]),
    (S, "ah boy with his specs, the day he got his psle results", ["junwei-v2"]),
    (S, "jun wei reading comics on the bed", ["junwei-v2"]),
    (S, "our son when he was 6, missing front tooth", ["junwei-v1"]),
    (S, "my boy playing basketball", ["junwei-v2"]),
    (S, "ah boy now, so tall already", ["junwei-v2"]),
    (S, "jun wei last time with the super big school bag", ["junwei-v1"]),
    # daughter
    (S, "the small one blowing bubbles", ["xinyi-v2"]),
    (S, "xin yi full month, baby in red", ["xinyi-v1"]),
    (S, "the small one k2 graduation", ["xinyi-v2"]),
    (S, "baby xin yi sleeping", ["xinyi-v1"]),
    (S, "my girl with two ponytails on the swing", ["xinyi-v2"]),
    (S, "mei mei when she was a baby, so chubby", ["xinyi-v1"]),
    (S, "the small one laughing until cannot breathe", ["xinyi-v2"]),
    # ah ma
    (S, "ah ma with her walking stick at the void deck", ["ahma-v2"]),
    (S, "ah ma 70th birthday, red samfu", ["ahma-v1"]),
    (S, "my mum feeding pigeons", ["ahma-v2"]),
    (S, "ah ma before her knee op, the curly hair", ["ahma-v1"]),
    (S, "ah ma smiling, portrait", ["ahma-v2"]),
    (S, "ah ma 2017", ["ahma-v1"]),
    # ah gong
    (S, "ah gong chopping chicken in his singlet", ["ahgong-v1"]),
    (S, "my late dad sitting outside the kopitiam", ["ahgong-v1"]),
    (S, "ah gong reading the zaobao", ["ahgong-v1"]),
    # my bro
    (S, "my bro with his blonde hair", ["ken-v2"]),
    (S, "ken during NS, botak", ["ken-v1"]),
    (S, "my brother showing off his dragon tattoo", ["ken-v2"]),
    (S, "my bro army days, with jockey cap", ["ken-v1"]),
    (S, "ken taking a break at the back lane drinking teh ice", ["ken-v2"]),
    (S, "my bro now", ["ken-v2"]),
    # helper, teacher
    (S, "kak siti hanging clothes at the corridor", ["siti-v1"]),
    (S, "our helper cooking rendang", ["siti-v1"]),
    (S, "siti in her tudung, hari raya", ["siti-v1"]),
    (S, "ms priya teaching english class", ["priya-v1"]),
    (S, "the english teacher in her saree for deepavali", ["priya-v1"]),
    # kopi
    (S, "kopi sleeping in a cardboard box", ["kopi-v2"]),
    (S, "kopi when he was kitten", ["kopi-v1"]),
    (S, "our ginger cat with the crooked tail", ["kopi-v2"]),
    (S, "kopi so fat now, lying on the floor like a loaf", ["kopi-v2"]),
    (S, "small kopi, the first week we took him in from the void deck", ["kopi-v1"]),
    # milo
    (S, "uncle ravi's cat milo", ["milo-v1"]),
    (S, "milo from next door, the one with white socks", ["milo-v1"]),
    (S, "the neighbour cat sitting on the shoe rack", ["milo-v1"]),
    (S, "milo the cat yawning", ["milo-v1"]),
    # lucky
    (S, "lucky running at bishan park", ["lucky-v2"]),
    (S, "lucky when puppy", ["lucky-v1"]),
    (S, "our dog with the grey muzzle, lying down", ["lucky-v2"]),
    (S, "our singapore special sleeping", ["lucky-v2"]),
    (S, "lucky chasing pigeons at the void deck", ["lucky-v2"]),
    # huat huat
    (S, "huat huat swimming in the tank", ["huat-v1"]),
    (S, "our arowana, red one, glowing", ["huat-v1"]),
    (S, "my dragon fish", ["huat-v1"]),
    # van
    (S, "our van parked at the loading bay", ["van-v2"]),
    (S, "the old hiace van with the dent", ["van-v1"]),
    (S, "the nv200 lah", ["van-v2"]),
    (S, "our stall van, the old white one", ["van-v1"]),
    # stall
    (S, "our stall at lor 8 with the new signboard", ["stall-v2"]),
    (S, "the stall last time, before reno, red signboard", ["stall-v1"]),
    (S, "lim kee stall with long queue at lunch", ["stall-v2"]),
    (S, "the old stall front 2016", ["stall-v1"]),
    # flat, tuition
    (S, "our flat living room with the altar", ["flat-v1"]),
    (S, "our hdb home, window grill with plants", ["flat-v1"]),
    (S, "the tution centre classroom empty, evening", ["tuition-v1"]),
    (S, "bright sparks classroom with the blue chairs", ["tuition-v1"]),
    # chicken rice
    (S, "our chicken rice in the new box", ["chickenrice-v2"]),
    (S, "chiken rice packet, the old styrofoam one", ["chickenrice-v1"]),
    (S, "lim kee chicken rice, top view", ["chickenrice-v2"]),
    (S, "our chicken rice before the rebrand", ["chickenrice-v1"]),
    # kaya
    (S, "our kaya jar with the green label", ["kaya-v2"]),
    (S, "the old kaya bottle, handwritten label", ["kaya-v1"]),
    (S, "lim kee kaya on a marble table", ["kaya-v2"]),
    (S, "the kaya jar before we change the packaging", ["kaya-v1"]),
    # mascots
    (S, "ah kee the chicken mascot waving", ["ahkee-v2"]),
    (S, "ah kee the old hand drawn version", ["ahkee-v1"]),
    (S, "our stall mascot giving thumbs up", ["ahkee-v2"]),
    (S, "the chicken mascot, 2018 one", ["ahkee-v1"]),
    (S, "sparky the owl holding a pencil", ["sparky-v1"]),
    (S, "the tuition centre mascot for the new brochure", ["sparky-v1"]),
    (S, "the owl with the mortarboard", ["sparky-v1"]),
    # characters
    (S, "goku powering up, shiok", ["goku-v1"]),
    (S, "goten flying", ["goten-v1"]),
    (S, "doraemon taking out gadget from his pocket", ["doraemon-v1"]),
    (S, "nezuko with the bamboo in her mouth", ["nezuko-v1"]),
    (S, "goku's younger son eating rice", ["goten-v1"]),
    (S, "the blue robot cat", ["doraemon-v1"]),
    (S, "the demon slayer girl in pink kimono", ["nezuko-v1"]),
    (S, "dragon ball goku doing kamehameha", ["goku-v1"]),
    (S, "nezuko running thru a bamboo forest", ["nezuko-v1"]),
    # styles
    (S, "a bowl of laksa in chinese ink painting style", ["inkwash-v2"]),
    (S, "toa payoh dragon playground, urban sketch style", ["urbansketch-v1"]),
    (S, "a rabbit in storybook watercolour", ["storybook-v1"]),
    (S, "hawker centre in peranakan tile pattern", ["peranakan-v1"]),
    (S, "old school 60s movie poster of a kungfu fight", ["retroposter-v1"]),
    (S, "a cute clay 3d durian", ["clay3d-v1"]),
    (S, "hdb blocks at sunset, ghibli style", ["ghibli-v1"]),
    (S, "pixel art of a kopitiam", ["pixel-v2"]),
    (S, "the old pixel style, 8 bit one, a rocket", ["pixel-v1"]),
    (S, "a peacock in batik", ["batik-v1"]),
    (S, "a tiger, red paper cutting, for cny", ["papercut-v1"]),
    (S, "pencil sketch of an old shophouse", ["pencil-v1"]),
    (S, "a mountain in the first ink wash lora", ["inkwash-v1"]),
    # concepts
    (S, "a lady in qipao", ["cheongsam-v1"]),
    (S, "an auntie in sarong kebaya", ["kebaya-v1"]),
    (S, "a teenage boy with spiky hedgehog hair dyed gold, 90s style", ["ahbeng-v1"]),
    (S, "a girl with two buns on her head", ["doublebun-v1"]),
    (S, "a man jumping in the air at sentosa beach", ["jump-v1"]),
    (S, "trishaw uncle riding along the river", ["trishaw-v1"]),
    (S, "a boy holding a red packet", ["angbao-v1"]),
    (S, "a tiffin carrier on the table", ["tingkat-v1"]),
    (S, "someone giving hongbao with both hands", ["angbao-v1"]),

    # ---------------- clarify ----------------
    (K, "the ginger cat on the corridor", ["kopi-v2", "milo-v1"]),
    (K, "orange tabby stretching", ["kopi-v2", "milo-v1"]),
    (K, "dragon ball boy with the spiky hair", ["goku-v1", "goten-v1"]),
    (K, "the saiyan in orange gi flying", ["goku-v1", "goten-v1"]),
    (K, "the dragonball fella eating", ["goku-v1", "goten-v1"]),
    (K, "a tree in watercolour", ["urbansketch-v1", "storybook-v1"]),
    (K, "toa payoh market in watercolor", ["urbansketch-v1", "storybook-v1"]),
    (K, "ah ma in watercolour can or not", ["urbansketch-v1", "storybook-v1"]),
    (K, "our mascot", ["ahkee-v2", "sparky-v1"]),
    (K, "the mascot waving hello", ["ahkee-v2", "sparky-v1"]),
    (K, "my kid on the swing", ["junwei-v2", "xinyi-v2"]),
    (K, "our child at the dragon playground", ["junwei-v2", "xinyi-v2"]),
    (K, "the teacher at the tuition centre", ["ling-v2", "priya-v1"]),
    (K, "tuition teacher smiling", ["ling-v2", "priya-v1"]),
    (K, "lady teacher in front of whiteboard", ["ling-v2", "priya-v1"]),
    (K, "our pet running around", ["kopi-v2", "lucky-v2"]),
    (K, "the furkid at the window", ["kopi-v2", "lucky-v2"]),
    (K, "our product with the new packaging on white background", ["chickenrice-v2", "kaya-v2"]),
    (K, "lim kee product shot for IG", ["chickenrice-v2", "kaya-v2"]),
    (K, "our old packaging, before the rebrand", ["chickenrice-v2", "kaya-v2"]),
    (K, "a crane in the traditional chinese art style", ["inkwash-v2", "papercut-v1"]),
    (K, "a dragon in the chinese style for cny", ["inkwash-v2", "papercut-v1"]),
    (K, "a woman in traditional costume for racial harmony day", ["cheongsam-v1", "kebaya-v1"]),
    (K, "a bicycle, sketch style", ["urbansketch-v1", "pencil-v1"]),
    (K, "sketch of our stall for the menu", ["urbansketch-v1", "pencil-v1"]),
    (K, "draw our chicken for the poster", ["ahkee-v2", "chickenrice-v2"]),
    (K, "a hawker uncle in cartoon style", ["clay3d-v1", "ghibli-v1"]),
    (K, "old folks portrait for the family tree project", ["ahma-v2", "ahgong-v1"]),
    (K, "our shop front with the signboard", ["stall-v2", "tuition-v1"]),
    (K, "a kampung house in the pattern style", ["peranakan-v1", "batik-v1"]),

    # ---------------- none ----------------
    (N, "a cup of kopi on a marble table", []),
    (N, "iced milo dinosaur with extra powder", []),
    (N, "lucky draw booth at a carnival", []),
    (N, "some random ginger cat in the back lane", []),
    (N, "hainanese chicken rice from a five star hotel, fine dining plating", []),
    (N, "ya kun kaya toast set with soft boiled eggs", []),
    (N, "a white delivery van on the PIE", []),
    (N, "hdb blocks in toa payoh at night, photo", []),
    (N, "an owl on a tree branch at night", []),
    (N, "a chicken walking around a kampung", []),
    (N, "a golden retriever on the beach", []),
    (N, "sparks flying from welding", []),
    (N, "arowana in a big aquarium at river wonders", []),
    (N, "an old man in singlet playing chinese chess at the void deck", []),
    (N, "an uncle doing tai chi in the morning", []),
    (N, "huat ah! gold coins raining down", []),
    (N, "merlion at marina bay, photo", []),
    (N, "a durian stall at geylang", []),
    (N, "satay sticks on the grill, smoky", []),
    (N, "fireworks over marina bay on national day", []),
    (N, "a pregnant woman at the hospital", []),
    (N, "kids in primary school uniform playing catching", []),
    (N, "lucky star in the night sky", []),
    (N, "a bowl of milo with cereal", []),
    (N, "an old lady with white hair pushing a trolley at the market", []),
    (N, "a tuition teacher marking papers, stock photo", []),
    (N, "mrt train at toa payoh station", []),
    (N, "bak chor mee with extra vinegar, makan time", []),
    (N, "kopi peng in a plastic bag with string", []),
    (N, "thunderstorm over the heartlands", []),
    (N, "a pencil case full of colour pencils", []),
    (N, "a fountain pen leaking ink on paper", []),
    (N, "watercolour paint tubes on a table", []),

    # ---------------- multi ----------------
    (M, "me and my wife at the stall", ["kelvin-v3", "ling-v2", "stall-v2"]),
    (M, "ah boy and the small one", ["junwei-v2", "xinyi-v2"]),
    (M, "ah ma in qipao for CNY", ["ahma-v2", "cheongsam-v1"]),
    (M, "the small one with two buns hair", ["xinyi-v2", "doublebun-v1"]),
    (M, "kopi and lucky lying together", ["kopi-v2", "lucky-v2"]),
    (M, "my wife in peranakan tile style", ["ling-v2", "peranakan-v1"]),
    (M, "our flat in pixel art", ["flat-v1", "pixel-v2"]),
    (M, "ah kee mascot in red paper cut style", ["ahkee-v2", "papercut-v1"]),
    (M, "me giving ang bao to the small one", ["kelvin-v3", "angbao-v1", "xinyi-v2"]),
    (M, "ah boy jumpin shot at the beach", ["junwei-v2", "jump-v1"]),
    (M, "ah ma sitting on a trishaw", ["ahma-v2", "trishaw-v1"]),
    (M, "our van in clay 3d", ["van-v2", "clay3d-v1"]),
    (M, "kaya jar in batik style", ["kaya-v2", "batik-v1"]),
    (M, "our chicken rice box, ink painting style", ["chickenrice-v2", "inkwash-v2"]),
    (M, "my bro and me at the stall", ["ken-v2", "kelvin-v3", "stall-v2"]),
    (M, "siti and ah ma at the void deck", ["siti-v1", "ahma-v2"]),
    (M, "kopi in peranakan style", ["kopi-v2", "peranakan-v1"]),
    (M, "sparky and ah kee high five", ["sparky-v1", "ahkee-v2"]),
    (M, "nezuko and the small one", ["nezuko-v1", "xinyi-v2"]),
    (M, "ms priya in the tuition classroom", ["priya-v1", "tuition-v1"]),
    (M, "lucky in urban sketch", ["lucky-v2", "urbansketch-v1"]),
    (M, "milo and kopi fighting leh", ["milo-v1", "kopi-v2"]),
    (M, "family cny photo: me, wife, ah boy, the small one and ah ma",
     ["kelvin-v3", "ling-v2", "junwei-v2", "xinyi-v2", "ahma-v2"]),
    (M, "my wife in cheongsam", ["ling-v2", "cheongsam-v1"]),
    (M, "my bro doing jump shot at marina bay", ["ken-v2", "jump-v1"]),
    (M, "ah gong in pencil sketch", ["ahgong-v1", "pencil-v1"]),
    (M, "ah gong holding a tingkat", ["ahgong-v1", "tingkat-v1"]),
    (M, "goku and goten fighting", ["goku-v1", "goten-v1"]),
    (M, "ah gong in retro 60s poster style", ["ahgong-v1", "retroposter-v1"]),
    (M, "my wife pregnant, in storybook watercolour", ["ling-v1", "storybook-v1"]),
    (M, "doraemon with baby xin yi", ["doraemon-v1", "xinyi-v1"]),
    (M, "ah boy in P1 with goku", ["junwei-v1", "goku-v1"]),
    (M, "huat huat in the first ink wash style", ["huat-v1", "inkwash-v1"]),
    (M, "ah gong in ghibli style", ["ahgong-v1", "ghibli-v1"]),
    (M, "the old stall in the old 8-bit pixel style", ["stall-v1", "pixel-v1"]),
    (M, "kitten kopi with puppy lucky", ["kopi-v1", "lucky-v1"]),
    (M, "retro 60s poster of the old hiace van", ["van-v1", "retroposter-v1"]),
    (M, "ah ma 70th birthday in kebaya", ["ahma-v1", "kebaya-v1"]),
    (M, "doraemon in pencil sketch", ["doraemon-v1", "pencil-v1"]),
    (M, "goku in storybook watercolour", ["goku-v1", "storybook-v1"]),
    (M, "me on my wedding day in ghibli style", ["kelvin-v1", "ghibli-v1"]),
    (M, "ah kee old version holding a tingkat", ["ahkee-v1", "tingkat-v1"]),
]

KEYS = ["id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model"]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in C:
            f.write(json.dumps(dict(zip(KEYS, c)), ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for e, p, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    print(f"{len(C)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
