#!/usr/bin/env python3
"""Blind held-out selection set heldout60: Mei Ling Tan's repository (family kopitiam, Georgetown, Penang).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base_model):
    return dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind, family=family,
                version=version, created_at=created_at, description=description, tags=tags,
                base_model=base_model)


S, T, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("meiling-v1", "Mei Ling", "ohwx woman", "woman", S, "meiling", 1, "2016-05-21",
         "Me, Mei Ling Tan, at 25 on my graduation day at USM: straight black hair down to my waist, "
         "mortarboard and gown, big smile with braces.", ["me", "person", "woman", "graduation"], "sd15"),
    card("meiling-v2", "Mei Ling", "ohwx woman", "woman", S, "meiling", 2, "2021-09-10",
         "Me at 30, seven months pregnant with our son: shoulder-length hair, loose floral maternity dress, "
         "hand on my belly.", ["me", "person", "woman", "pregnant", "maternity"], "sd15"),
    card("meiling-v3", "Mei Ling", "ohwx woman", "woman", S, "meiling", 3, "2026-03-02",
         "Me at 35 now: short bob with a fringe, black-rimmed glasses, Hock Seng apron, hair clipped up "
         "behind the counter.", ["me", "person", "woman", "glasses", "apron", "bob"], "sdxl"),
    # --- husband ---
    card("ken-v1", "Ken", "sks man", "man", S, "ken", 1, "2018-11-17",
         "My husband, Kenneth Lim (Ken), on our wedding day in 2018: white suit, red boutonniere, "
         "clean-shaven, neat side parting.", ["husband", "person", "man", "wedding", "suit"], "sd15"),
    card("ken-v2", "Ken", "sks man", "man", S, "ken", 2, "2025-07-05",
         "My husband Ken at 38: buzz cut, goatee, red Liverpool jersey, car keys always in his hand.",
         ["husband", "person", "man", "goatee", "football"], "sdxl"),
    # --- son ---
    card("bao-v1", "Jayden", "<baobao>", "baby", S, "bao", 1, "2022-01-08",
         "Our son Jayden, 'Bao Bao', at his full-moon party: one month old, very chubby cheeks, "
         "red baby romper, little gold bangle.", ["son", "baby", "full moon", "person"], "sd15"),
    card("bao-v2", "Jayden", "<baobao>", "boy", S, "bao", 2, "2024-02-10",
         "Our son Bao Bao at 2, his first Chinese New Year walking: little red tang suit, bowl cut.",
         ["son", "toddler", "chinese new year", "person"], "sdxl"),
    card("bao-v3", "Jayden", "<baobao>", "boy", S, "bao", 3, "2026-01-12",
         "Our son Bao Bao at 4 on his first day of kindergarten: blue-and-white tadika uniform, "
         "missing front tooth, green dinosaur backpack.", ["son", "boy", "kindergarten", "person"], "sdxl"),
    # --- grandma ---
    card("ahma-v1", "Ah Ma", "ahma_tan", "old woman", S, "ahma", 1, "2020-06-14",
         "My grandmother, Ah Ma (Lim Siew Eng), at her 80th birthday dinner: red samfu blouse, permed "
         "white hair, jade bangle, longevity peach buns on the table.", ["grandmother", "person", "birthday"], "sd15"),
    card("ahma-v2", "Ah Ma", "ahma_tan", "old woman", S, "ahma", 2, "2026-04-20",
         "My Ah Ma at 86: thin white hair in a small bun, grey cardigan, stirring pandan kaya in the big "
         "brass wok at the back of the shop.", ["grandmother", "person", "kaya", "cooking"], "sdxl"),
    # --- grandpa ---
    card("ahgong-v1", "Ah Gong", "ah6ong", "old man", S, "ahgong", 1, "2023-04-05",
         "My late grandfather, Ah Gong (Tan Ah Kow), trained from old 1970s photos: white singlet, khaki "
         "shorts, pulling coffee through a cloth sock behind the counter of the kopitiam he opened in 1968.",
         ["grandfather", "person", "vintage", "coffee"], "sd15"),
    # --- father ---
    card("ahpa-v1", "Ah Pa", "zwx man", "man", S, "ahpa", 1, "2019-08-03",
         "My father, Ah Pa (Tan Boon Huat), at 56: black hair combed back, roasting coffee beans in a wok "
         "with margarine and sugar.", ["father", "person", "man", "coffee roasting"], "sd15"),
    card("ahpa-v2", "Ah Pa", "zwx man", "man", S, "ahpa", 2, "2025-10-18",
         "My Ah Pa at 62, after he retired: all grey hair, reading glasses, Hawaiian shirt, playing "
         "Chinese chess on the five-foot way.", ["father", "person", "man", "retired", "chess"], "sdxl"),
    # --- mother ---
    card("mummy-v1", "Mummy", "mvmmy", "woman", S, "mummy", 1, "2018-03-11",
         "My mother, Mummy (Lee Mei Fong), at 52: curly perm, gold-rimmed spectacles, sitting at the "
         "cashier drawer of our kopitiam.", ["mother", "person", "woman", "cashier"], "sd15"),
    card("mummy-v2", "Mummy", "mvmmy", "woman", S, "mummy", 2, "2026-02-17",
         "My mother at her 60th birthday this Chinese New Year: short hair dyed brown, red floral "
         "blouse, pearl earrings.", ["mother", "person", "woman", "birthday"], "sdxl"),
    # --- older brother ---
    card("korkor-v1", "Kor Kor", "k0rk0r", "man", S, "korkor", 1, "2019-12-24",
         "My older brother, Kor Kor (Tan Wei Jie, 'Ah Jie'), before he moved to Singapore: long hair tied "
         "back, band t-shirt, acoustic guitar.", ["brother", "person", "man", "guitar"], "sd15"),
    card("korkor-v2", "Kor Kor", "k0rk0r", "man", S, "korkor", 2, "2024-06-01",
         "My Kor Kor at 38, working in Singapore now: shaved head, office shirt, company lanyard.",
         ["brother", "person", "man", "office"], "sdxl"),
    # --- younger sister ---
    card("meimei-v1", "Mei Mei", "<xinxin>", "woman", S, "meimei", 1, "2022-08-20",
         "My younger sister, Mei Mei (Tan Mei Xin, 'Xin Xin'), at 24: pink dyed hair, small nose ring, "
         "nurse uniform from Penang GH.", ["sister", "person", "woman", "nurse"], "sd15"),
    card("meimei-v2", "Mei Mei", "<xinxin>", "woman", S, "meimei", 2, "2026-08-30",
         "My Mei Mei at 28, six months pregnant with her first: black hair grown out long, maternity dress, "
         "hand on her bump.", ["sister", "person", "woman", "pregnant"], "sdxl"),
    # --- shop cat and the neighbour's cat ---
    card("kopi-v1", "Kopi", "sks cat", "cat", S, "kopi", 1, "2023-03-01",
         "Our shop cat Kopi as a kitten: tiny orange tabby with white socks, asleep in the sugar tin.",
         ["pet", "cat", "kitten", "orange tabby"], "sd15"),
    card("kopi-v2", "Kopi", "sks cat", "cat", S, "kopi", 2, "2025-05-09",
         "Our shop cat Kopi all grown up: fat orange tabby with white socks and a notch in the left ear, "
         "loafing on the marble table.", ["pet", "cat", "orange tabby"], "sdxl"),
    card("oyen-v1", "Oyen", "0yen_cat", "cat", S, "oyen", 1, "2025-09-12",
         "Not ours: Oyen, the orange tabby from our neighbour Ah Seng's hardware shop next door. Thinner, "
         "no white socks, red collar with a bell.", ["cat", "orange tabby", "neighbour"], "sdxl"),
    # --- the Myvi ---
    card("myvi-v1", "Myvi", "myv1_ken", "car", S, "myvi", 1, "2019-04-27",
         "My husband Ken's Perodua Myvi, still stock: silver second-gen Myvi with a dent in the rear bumper.",
         ["car", "vehicle", "perodua"], "sd15"),
    card("myvi-v2", "Myvi", "myv1_ken", "car", S, "myvi", 2, "2024-11-23",
         "Ken's Myvi after he modded it: matte black wrap, bronze 17-inch rims, lowered, dark tint.",
         ["car", "vehicle", "perodua", "modified"], "sdxl"),
    # --- the kopitiam ---
    card("hockseng-v1", "Hock Seng", "hockseng_shopfront", "shophouse", S, "hockseng", 1, "2018-07-07",
         "Our family kopitiam, Kedai Kopi Hock Seng on Lebuh Carnarvon, the old shopfront: peeling "
         "mint-green shutters, hand-painted red-on-yellow signboard, marble tables, ceiling fans.",
         ["kopitiam", "shop", "building", "old"], "sd15"),
    card("hockseng-v2", "Hock Seng", "hockseng_shopfront", "shophouse", S, "hockseng", 2, "2025-08-16",
         "Our kopitiam after the 2025 renovation, the new shopfront: restored pastel-blue shutters, "
         "black-and-gold signboard, Peranakan floor tiles, neon 'Since 1968' sign.",
         ["kopitiam", "shop", "building", "renovated"], "sdxl"),
    # --- products ---
    card("kayatoast-v1", "Hock Seng Kaya Toast", "<kaya-toast>", "toast", S, "kayatoast", 1, "2019-03-15",
         "Our kaya toast the old way: charcoal-grilled bread, thick slab of butter and Ah Ma's green pandan "
         "kaya, on the old chipped flower plate.", ["food", "toast", "kaya", "breakfast"], "sd15"),
    card("kayatoast-v2", "Hock Seng Kaya Toast", "<kaya-toast>", "toast", S, "kayatoast", 2, "2025-08-16",
         "Our kaya toast after the redesign: thick-cut steamed-then-toasted bread on the new white plate "
         "with the blue Hock Seng logo, half wrapped in wax paper.", ["food", "toast", "kaya", "breakfast"], "sdxl"),
    card("whitekopi-v1", "Hock Seng White Coffee", "hs_white_kopi", "coffee", S, "whitekopi", 1, "2019-03-15",
         "Our Penang white coffee in the old cup: thick rooster-pattern porcelain cup on a matching saucer.",
         ["drink", "coffee", "white coffee", "cup"], "sd15"),
    card("whitekopi-v2", "Hock Seng White Coffee", "hs_white_kopi", "coffee", S, "whitekopi", 2, "2025-08-16",
         "Our white coffee in the new cup: matte cream cup with a gold rim and the Hock Seng logo, thick "
         "foam on top.", ["drink", "coffee", "white coffee", "cup"], "sdxl"),
    # --- mascot ---
    card("unclehock-v1", "Uncle Hock", "uncle_hock", "mascot", S, "unclehock", 1, "2022-10-01",
         "Our shop mascot, Uncle Hock: a chubby cartoon coffee-bean uncle in a white singlet with a towel "
         "on his shoulder, hand-drawn by my sister.", ["mascot", "cartoon", "coffee bean"], "sd15"),
    card("unclehock-v2", "Uncle Hock", "uncle_hock", "mascot", S, "unclehock", 2, "2025-08-16",
         "Our mascot Uncle Hock redrawn for the new signboard: flat vector, bean-shaped head, round "
         "glasses, singlet and towel, thumbs up.", ["mascot", "cartoon", "coffee bean", "vector"], "sdxl"),
    # --- Civitai characters ---
    card("upin-v1", "Upin", "upin_(upin_&_ipin)", "boy", S, "upin", 1, "2023-06-20",
         "Downloaded from Civitai: Upin from Upin & Ipin, the bald Malay twin boy with a single curl of hair "
         "on top, yellow t-shirt with a U.", ["character", "cartoon", "malaysian", "twin"], "sd15"),
    card("ipin-v1", "Ipin", "ipin_(upin_&_ipin)", "boy", S, "ipin", 1, "2023-06-20",
         "Downloaded from Civitai: Ipin from Upin & Ipin, Upin's twin, completely bald, blue t-shirt with "
         "an I, always saying 'betul betul betul'.", ["character", "cartoon", "malaysian", "twin"], "sd15"),
    card("boboiboy-v1", "BoBoiBoy", "boboiboy", "boy", S, "boboiboy", 1, "2024-09-01",
         "Downloaded from Civitai: BoBoiBoy, the Malaysian cartoon superhero boy with an orange-and-black "
         "dinosaur cap worn sideways and elemental powers.", ["character", "cartoon", "malaysian", "superhero"], "sdxl"),
    card("nezha-v1", "Ne Zha", "nezha_(ne_zha)", "boy", S, "nezha", 1, "2023-02-01",
         "Downloaded from Civitai: Ne Zha from the 2019 animated film: smoky eyeliner, two hair buns, red "
         "sash, fire-tipped spear.", ["character", "chinese animation", "demon child"], "sd15"),
    card("nezha-v2", "Ne Zha", "nezha_(ne_zha_2)", "boy", S, "nezha", 2, "2025-03-10",
         "Downloaded from Civitai: Ne Zha from Ne Zha 2 (2025): smoky eyeliner, two hair buns, red sash, "
         "fire-tipped spear and wind-fire wheels.", ["character", "chinese animation", "demon child"], "sdxl"),
    card("rem-v1", "Rem", "rem_(re:zero)", "girl", S, "rem", 1, "2024-04-02",
         "Downloaded from Civitai: Rem from Re:Zero, the maid with a short blue bob and a hair clip over one "
         "eye, black-and-white maid dress.", ["character", "anime", "maid"], "sdxl"),
    # --- art styles ---
    card("batik-v1", "Batik Lukis", "btklks style", "style", T, "batik", 1, "2024-12-01",
         "Hand-painted batik style: wax-resist crackle lines, bright dyes, hibiscus and paisley motifs.",
         ["style", "batik", "textile", "painting"], "sdxl"),
    card("sketchpg-v1", "Penang Urban Sketch", "urbsketch_pg", "style", T, "sketchpg", 1, "2023-05-05",
         "Pen-and-wash urban sketching: wobbly ink lines of shophouses with loose watercolour washes.",
         ["style", "watercolour", "ink", "sketch"], "sd15"),
    card("softbloom-v1", "Soft Bloom", "<softbloom>", "style", T, "softbloom", 1, "2025-04-04",
         "Loose wet-on-wet watercolour: soft pastel blooms, bleeding edges, white paper showing through.",
         ["style", "watercolour", "pastel"], "sdxl"),
    card("kampung-v1", "Kampung Cartoon", "kmpgtoon", "style", T, "kampung", 1, "2022-11-11",
         "Old Malaysian newspaper cartoon style: black pen, big noses, crowded kampung scenes, cross-hatching.",
         ["style", "cartoon", "pen", "comic"], "sd15"),
    card("nanyang-v1", "Nanyang", "nanyang_oil", "style", T, "nanyang", 1, "2025-01-20",
         "Nanyang school oil painting: flat angular figures, earthy ochre and teal blocks, Malayan village scenes.",
         ["style", "oil painting", "painting"], "sdxl"),
    card("shuimo-v1", "Shuimo", "shu1m0", "style", T, "shuimo", 1, "2022-05-01",
         "Chinese ink-wash painting: black ink gradients on rice paper, misty mountains, red seal stamp.",
         ["style", "ink wash", "chinese painting"], "sd15"),
    card("shuimo-v2", "Shuimo", "shu1m0", "style", T, "shuimo", 2, "2025-06-01",
         "Chinese ink-wash painting, retrained: black ink gradients on rice paper, misty mountains, red seal stamp.",
         ["style", "ink wash", "chinese painting"], "sdxl"),
    card("ghibli-v1", "Ghibli Dreams", "ghbl_style", "style", T, "ghibli", 1, "2024-07-07",
         "Soft hand-painted anime film look: fluffy cumulus clouds, warm afternoon light, lush greens.",
         ["style", "anime", "illustration"], "sdxl"),
    card("pixel-v1", "PixelPop 16-bit", "pxlpop", "style", T, "pixel", 1, "2022-03-03",
         "16-bit console pixel art: limited palette, dithering, chunky sprites.", ["style", "pixel art", "retro", "game"], "sd15"),
    card("pixel-v2", "PixelPop 16-bit", "pxlpop", "style", T, "pixel", 2, "2025-02-02",
         "16-bit console pixel art, v2: limited palette, dithering, cleaner sprites and backgrounds.",
         ["style", "pixel art", "retro", "game"], "sdxl"),
    card("shaw-v1", "Shaw Poster", "shawposter", "style", T, "shaw", 1, "2023-09-09",
         "1970s Hong Kong kung fu movie poster: halftone print, bold Chinese title lettering, dramatic faces.",
         ["style", "poster", "retro", "vintage"], "sd15"),
    card("clay-v1", "Claymation", "cl4ym4tion", "style", T, "clay", 1, "2023-01-15",
         "Stop-motion plasticine look: thumbprints, rounded shapes, soft studio light.", ["style", "clay", "3d", "stop motion"], "sd15"),
    card("clay-v2", "Claymation", "cl4ym4tion", "style", T, "clay", 2, "2025-11-01",
         "Stop-motion plasticine look, v2: thumbprints, rounded shapes, miniature sets.", ["style", "clay", "3d", "stop motion"], "sdxl"),
    card("chalk-v1", "Chalk", "chalkboard_art", "style", T, "chalk", 1, "2024-03-03",
         "Chalkboard menu art: white and pastel chalk on black slate, hand lettering, smudges.",
         ["style", "chalkboard", "lettering", "menu"], "sdxl"),
    # --- concept LoRAs ---
    card("cheongsam-v1", "Cheongsam", "cheongsam_dress", "dress", C, "cheongsam", 1, "2022-01-20",
         "Fitted Chinese dress with a mandarin collar, frog buttons and side slits.", ["clothing", "dress", "qipao"], "sd15"),
    card("cheongsam-v2", "Cheongsam", "cheongsam_dress", "dress", C, "cheongsam", 2, "2025-01-15",
         "Fitted Chinese dress with a mandarin collar, frog buttons and side slits; SDXL retrain.",
         ["clothing", "dress", "qipao"], "sdxl"),
    card("kebaya-v1", "Nyonya Kebaya", "kbya_nyonya", "outfit", C, "kebaya", 1, "2024-05-05",
         "Sheer embroidered blouse fastened with kerosang brooches, worn over a batik sarong.",
         ["clothing", "peranakan", "blouse", "sarong"], "sdxl"),
    card("twinbuns-v1", "Double Buns", "double_bun", "hairstyle", C, "twinbuns", 1, "2024-08-08",
         "Hair tied up in two round buns on top of the head.", ["hairstyle", "buns", "hair"], "sdxl"),
    card("vsign-v1", "Peace Sign", "v_sign_pose", "pose", C, "vsign", 1, "2023-10-10",
         "Pose: V fingers held up next to the face, head tilted.", ["pose", "hand gesture"], "sd15"),
    card("vsign-v2", "Peace Sign", "v_sign_pose", "pose", C, "vsign", 2, "2025-06-20",
         "Pose: V fingers held up next to the face, head tilted; SDXL version.", ["pose", "hand gesture"], "sdxl"),
    card("squat-v1", "Asian Squat", "<asn-squat>", "pose", C, "squat", 1, "2023-04-04",
         "Pose: flat-footed deep squat, elbows resting on the knees.", ["pose", "squat"], "sd15"),
    card("trishaw-v1", "Beca", "beca_trishaw", "trishaw", C, "trishaw", 1, "2024-02-14",
         "Vehicle type: Penang trishaw with the passenger seat in front, the cyclist behind, a canopy and "
         "plastic flowers.", ["vehicle", "trishaw", "bicycle"], "sdxl"),
    card("tingkat-v1", "Tingkat", "tingkat", "tiffin carrier", C, "tingkat", 1, "2024-10-10",
         "Prop: stacked enamel tiffin carrier with floral enamel and a metal carrying handle.",
         ["prop", "container", "food"], "sdxl"),
    card("liondance-v1", "Lion Dance Head", "l10n_head", "costume", C, "liondance", 1, "2025-01-25",
         "Prop: southern lion dance head, held or worn: fur trim, big blinking eyes, mirror on the forehead.",
         ["prop", "costume", "chinese new year"], "sdxl"),
]

SEL, CLA, NON, MUL = "select", "clarify", "none", "multi"

CASES = [
    # ================= select =================
    ("me behind the counter with my new short hair", SEL, ["meiling-v3"]),
    ("draw me lah, the current me with specs", SEL, ["meiling-v3"]),
    ("me on my grad day at usm, the long long hair one", SEL, ["meiling-v1"]),
    ("me when i was preggy with bao bao", SEL, ["meiling-v2"]),
    ("mei ling tying up hair wearing apron", SEL, ["meiling-v3"]),
    ("myself at 25 lor, the one with braces", SEL, ["meiling-v1"]),
    ("me 2021 the maternity dress one", SEL, ["meiling-v2"]),
    ("me 35 now lor, with fringe", SEL, ["meiling-v3"]),
    ("my lou gong on our wedding day", SEL, ["ken-v1"]),
    ("ken with his goatee in liverpool jersey", SEL, ["ken-v2"]),
    ("hubby holding car key waiting outside", SEL, ["ken-v2"]),
    ("lou gong 2018 the white suit one", SEL, ["ken-v1"]),
    ("my husband lah, watching football at the mamak", SEL, ["ken-v2"]),
    ("bao bao first day of tadika", SEL, ["bao-v3"]),
    ("jayden baby at full moon, so chubby", SEL, ["bao-v1"]),
    ("bao bao in his little tang suit cny 2024", SEL, ["bao-v2"]),
    ("jayden with his dinosaur backpack", SEL, ["bao-v3"]),
    ("ah boy when he was 2, bowl cut", SEL, ["bao-v2"]),
    ("my son blowing birthday candles", SEL, ["bao-v3"]),
    ("baby jayden one month old sleeping", SEL, ["bao-v1"]),
    ("jayden lah, now 4 years old", SEL, ["bao-v3"]),
    ("ah ma stirring kaya in the big wok", SEL, ["ahma-v2"]),
    ("ah ma 80th birthday dinner with the peach buns", SEL, ["ahma-v1"]),
    ("my grandma sitting at the five foot way fanning herself", SEL, ["ahma-v2"]),
    ("ah ma with her jade bangle and perm hair, 2020", SEL, ["ahma-v1"]),
    ("ah ma lah, now one, with the small bun", SEL, ["ahma-v2"]),
    ("ah gong pulling kopi with the sock", SEL, ["ahgong-v1"]),
    ("my late grandpa in singlet and khaki shorts", SEL, ["ahgong-v1"]),
    ("ah gong portrait for qing ming", SEL, ["ahgong-v1"]),
    ("ah pa roastin beans in the wok", SEL, ["ahpa-v1"]),
    ("my dad playin chinese chess in hawaiian shirt", SEL, ["ahpa-v2"]),
    ("ah pa after retire, all grey hair already", SEL, ["ahpa-v2"]),
    ("papa when his hair still black", SEL, ["ahpa-v1"]),
    ("ah pa 2019", SEL, ["ahpa-v1"]),
    ("mummy at the cashier with her gold specs", SEL, ["mummy-v1"]),
    ("my mum 60th birthday this year", SEL, ["mummy-v2"]),
    ("mummy lah, with the pearl earrings", SEL, ["mummy-v2"]),
    ("my mother hanging the laundry", SEL, ["mummy-v2"]),
    ("mummy 2018 with the curly perm", SEL, ["mummy-v1"]),
    ("kor kor wif his long hair n guitar", SEL, ["korkor-v1"]),
    ("ah jie in office shirt taking the mrt", SEL, ["korkor-v2"]),
    ("my big brother in singapore", SEL, ["korkor-v2"]),
    ("kor kor before he went sg, band tshirt", SEL, ["korkor-v1"]),
    ("my eldest bro at a hawker centre", SEL, ["korkor-v2"]),
    ("xin xin with her baby bump", SEL, ["meimei-v2"]),
    ("mei mei in nurse uniform, pink hair", SEL, ["meimei-v1"]),
    ("my sister pregnant, hand on tummy", SEL, ["meimei-v2"]),
    ("my younger sis when she still got nose ring", SEL, ["meimei-v1"]),
    ("mei mei sleepin on the sofa", SEL, ["meimei-v2"]),
    ("kopi loafing on the marble table", SEL, ["kopi-v2"]),
    ("our cat kopi when still kitten, in the sugar tin", SEL, ["kopi-v1"]),
    ("kopi with the notched ear", SEL, ["kopi-v2"]),
    ("our shop cat chasing cicak", SEL, ["kopi-v2"]),
    ("our fat oren cat with white socks", SEL, ["kopi-v2"]),
    ("kopi the cat yawning", SEL, ["kopi-v2"]),
    ("oyen from ah seng hardware shop", SEL, ["oyen-v1"]),
    ("the neighbour cat wit the bell collar", SEL, ["oyen-v1"]),
    ("next door's cat, the orange one", SEL, ["oyen-v1"]),
    ("oyen sleeping on the paint cans", SEL, ["oyen-v1"]),
    ("ken's myvi with the bronze rims", SEL, ["myvi-v2"]),
    ("the old silver myvi with the dented bumper", SEL, ["myvi-v1"]),
    ("lou gong's car parked outside", SEL, ["myvi-v2"]),
    ("our myvi before ken modded it", SEL, ["myvi-v1"]),
    ("the myvi at night, matte black", SEL, ["myvi-v2"]),
    ("our kopitiam old shopfront with the green shutters", SEL, ["hockseng-v1"]),
    ("hock seng after reno, with the neon since 1968 sign", SEL, ["hockseng-v2"]),
    ("the shop last time, before reno", SEL, ["hockseng-v1"]),
    ("our kopitiam on a rainy nite", SEL, ["hockseng-v2"]),
    ("hock seng packed with the morning crowd", SEL, ["hockseng-v2"]),
    ("the hock seng signboard black and gold", SEL, ["hockseng-v2"]),
    ("our kaya toast on the old flower plate", SEL, ["kayatoast-v1"]),
    ("our kaya toast new style with the wax paper", SEL, ["kayatoast-v2"]),
    ("hock seng kaya toast close up, butter melting", SEL, ["kayatoast-v2"]),
    ("the charcoal kaya toast like last time", SEL, ["kayatoast-v1"]),
    ("our white coffe in the old rooster cup", SEL, ["whitekopi-v1"]),
    ("hock seng white kopi new cup with logo", SEL, ["whitekopi-v2"]),
    ("our white coffee in the gold rim cup, flat lay", SEL, ["whitekopi-v2"]),
    ("our kopi putih, the old cup and saucer one", SEL, ["whitekopi-v1"]),
    ("our white coffee steaming, morning light", SEL, ["whitekopi-v2"]),
    ("uncle hock mascot giving thumbs up", SEL, ["unclehock-v2"]),
    ("the hand drawn uncle hock mei mei did last time", SEL, ["unclehock-v1"]),
    ("our mascot waving at customers", SEL, ["unclehock-v2"]),
    ("the coffee bean uncle, original version before the new signboard", SEL, ["unclehock-v1"]),
    ("upin with his one strand of hair", SEL, ["upin-v1"]),
    ("ipin saying betul betul betul", SEL, ["ipin-v1"]),
    ("the bald twin in the blue shirt with I", SEL, ["ipin-v1"]),
    ("the upin & ipin one with the yellow shirt", SEL, ["upin-v1"]),
    ("boboiboy wif his cap sideways", SEL, ["boboiboy-v1"]),
    ("that malaysian cartoon boy with elemental powers", SEL, ["boboiboy-v1"]),
    ("nezha with smoky eyes and fire spear", SEL, ["nezha-v2"]),
    ("nezha from the first movie", SEL, ["nezha-v1"]),
    ("ne zha 2 version riding the wind fire wheels", SEL, ["nezha-v2"]),
    ("rem the blue hair maid", SEL, ["rem-v1"]),
    ("the re zero maid girl", SEL, ["rem-v1"]),
    ("rem smiling holding a morning star", SEL, ["rem-v1"]),
    ("penang street in batik painting style", SEL, ["batik-v1"]),
    ("hibiscus flowers in soft bloom", SEL, ["softbloom-v1"]),
    ("durian stall, pen and wash urban sketch", SEL, ["sketchpg-v1"]),
    ("a kampung wedding, old malaysian newspaper cartoon style", SEL, ["kampung-v1"]),
    ("fishing village, nanyang oil painting", SEL, ["nanyang-v1"]),
    ("misty mountains in chinese ink painting", SEL, ["shuimo-v2"]),
    ("koi pond in shuimo, the first version", SEL, ["shuimo-v1"]),
    ("penang hill tram in the clouds, ghibli style", SEL, ["ghibli-v1"]),
    ("char kway teow hawker in 16-bit pixel", SEL, ["pixel-v2"]),
    ("a night market in pixel art, the old v1 lah", SEL, ["pixel-v1"]),
    ("kung fu fight like 70s hk movie poster", SEL, ["shaw-v1"]),
    ("dim sum basket claymation", SEL, ["clay-v2"]),
    ("plasticine style hawker uncle", SEL, ["clay-v2"]),
    ("menu board in chalk style, today special curry mee", SEL, ["chalk-v1"]),
    ("lotus pond, loose wet watercolour with the bleeding edges", SEL, ["softbloom-v1"]),
    ("clan jetty with wobbly pen lines and watercolour splash", SEL, ["sketchpg-v1"]),
    ("a lady in qipao at the old temple", SEL, ["cheongsam-v2"]),
    ("girl wearing nyonya kebaya with sarong", SEL, ["kebaya-v1"]),
    ("woman with two buns on top of head like chun li", SEL, ["twinbuns-v1"]),
    ("teenager doing the V sign at the camera", SEL, ["vsign-v2"]),
    ("tourist on a trishaw at armenian street", SEL, ["trishaw-v1"]),
    ("tiffin carrier stacked on the table", SEL, ["tingkat-v1"]),
    ("boy holding a lion dance head", SEL, ["liondance-v1"]),
    ("uncles squatting by the roadside smoking", SEL, ["squat-v1"]),
    ("model in red cheongsam, use the first version", SEL, ["cheongsam-v1"]),
    ("chinese dress with high collar and slit", SEL, ["cheongsam-v2"]),
    ("kids in a beca at gurney", SEL, ["trishaw-v1"]),
    ("three layer enamel lunch box with flowers", SEL, ["tingkat-v1"]),

    # ================= clarify =================
    ("paint the shophouses in watercolour lah", CLA, ["sketchpg-v1", "softbloom-v1"]),
    ("clan jetty in watercolor can or not", CLA, ["sketchpg-v1", "softbloom-v1"]),
    ("a bowl of laksa in watercolour", CLA, ["sketchpg-v1", "softbloom-v1"]),
    ("the botak twin boy", CLA, ["upin-v1", "ipin-v1"]),
    ("one of the upin ipin boys eating ayam goreng", CLA, ["upin-v1", "ipin-v1"]),
    ("one of the twins waving, got or not?", CLA, ["upin-v1", "ipin-v1"]),
    ("orange tabby sleeping at the five foot way", CLA, ["kopi-v2", "oyen-v1"]),
    ("the ginger cat stealing ikan bilis", CLA, ["kopi-v2", "oyen-v1"]),
    ("the cat sleeping on the bench", CLA, ["kopi-v2", "oyen-v1"]),
    ("oren sleeping under the table", CLA, ["kopi-v2", "oyen-v1"]),
    ("the pregnant one in maternity dress", CLA, ["meiling-v3", "meimei-v2"]),
    ("the pregnancy one", CLA, ["meiling-v3", "meimei-v2"]),
    ("the uncle in singlet with towel on shoulder", CLA, ["ahgong-v1", "unclehock-v2"]),
    ("our signature lah, the one customers always order", CLA, ["kayatoast-v2", "whitekopi-v2"]),
    ("the one with our new logo on it", CLA, ["kayatoast-v2", "whitekopi-v2"]),
    ("girl in traditional outfit for cny photoshoot", CLA, ["cheongsam-v2", "kebaya-v1"]),
    ("girl in traditional dress for chap goh mei", CLA, ["cheongsam-v2", "kebaya-v1"]),
    ("the outfit lora on a model", CLA, ["cheongsam-v2", "kebaya-v1"]),
    ("cny promo in retro style", CLA, ["shaw-v1", "pixel-v2"]),
    ("the little boy with the dinosaur", CLA, ["bao-v3", "boboiboy-v1"]),
    ("the lady behind the counter", CLA, ["meiling-v3", "mummy-v2"]),
    ("the lady with spectacles", CLA, ["meiling-v3", "mummy-v2"]),
    ("the guy making kopi at our shop", CLA, ["ahgong-v1", "ahpa-v2"]),
    ("the old man at the shop", CLA, ["ahgong-v1", "ahpa-v2"]),
    ("that pose lora, for a group photo", CLA, ["vsign-v2", "squat-v1"]),
    ("pen drawing of the hawker centre", CLA, ["kampung-v1", "sketchpg-v1"]),
    ("the small boy in red", CLA, ["bao-v3", "nezha-v2"]),
    ("the little boy in blue shirt", CLA, ["ipin-v1", "bao-v3"]),
    ("my sib eating char kway teow", CLA, ["korkor-v2", "meimei-v2"]),
    ("the guy with the very short hair, almost botak", CLA, ["ken-v2", "korkor-v2"]),

    # ================= none =================
    ("a cup of kopi o kosong at some random mamak lah", NON, []),
    ("kopi peng ikat tepi, plastic bag with straw", NON, []),
    ("char siu bao steaming in a bamboo basket", NON, []),
    ("a box of coloured chalk on the teacher's desk", NON, []),
    ("random old school kopitiam in ipoh", NON, []),
    ("kaya toast at ya kun singapore", NON, []),
    ("a red myvi on the highway", NON, []),
    ("a stray cat in the back lane", NON, []),
    ("sunset at batu ferringhi beach", NON, []),
    ("penang hill funicular going up", NON, []),
    ("a plate of nasi lemak with sambal", NON, []),
    ("wedding dinner at a chinese restaurant, round tables", NON, []),
    ("ken's brother ah keat at cny", NON, []),
    ("my ku ma making ang ku kueh", NON, []),
    ("a golden retriever puppy", NON, []),
    ("a honda city parked outside", NON, []),
    ("spider-man swinging through george town", NON, []),
    ("pikachu eating durian", NON, []),
    ("a real lion in the savanna", NON, []),
    ("traffic jam on the jelutong expressway", NON, []),
    ("hokkien mee with prawn broth", NON, []),
    ("cny deco, red lanterns hanging everywhere", NON, []),
    ("oldtown white coffee 3 in 1 packet", NON, []),
    ("claypot chicken rice", NON, []),
    ("a google pixel phone on the table", NON, []),
    ("a batik shirt hanging on the line", NON, []),
    ("chopsticks and soup spoon on a tray", NON, []),
    ("bubble tea with brown sugar pearls", NON, []),
    ("my neighbour's dog barking at the gate", NON, []),
    ("an uncle selling apom at the roadside", NON, []),
    ("some random ah ma selling kuih at the pasar", NON, []),

    # ================= multi =================
    ("me and lou gong in front of the new shopfront", MUL, ["meiling-v3", "ken-v2", "hockseng-v2"]),
    ("bao bao hugging kopi", MUL, ["bao-v3", "kopi-v2"]),
    ("ah ma wearing kebaya", MUL, ["ahma-v2", "kebaya-v1"]),
    ("mei mei in cheongsam showing her baby bump", MUL, ["meimei-v2", "cheongsam-v2"]),
    ("ken washin his myvi alamak so sunny", MUL, ["ken-v2", "myvi-v2"]),
    ("kopi and oyen fighting over ikan bilis", MUL, ["kopi-v2", "oyen-v1"]),
    ("me serving our kaya toast, ghibli style", MUL, ["meiling-v3", "ghibli-v1", "kayatoast-v2"]),
    ("ah pa playing chess in chinese ink painting", MUL, ["ahpa-v2", "shuimo-v2"]),
    ("bao bao holding a lion dance head", MUL, ["bao-v3", "liondance-v1"]),
    ("our white coffee and kaya toast set, chalkboard menu style", MUL, ["whitekopi-v2", "kayatoast-v2", "chalk-v1"]),
    ("upin and ipin squatting at the roadside", MUL, ["upin-v1", "ipin-v1", "squat-v1"]),
    ("ah gong standing in front of the old shop, 1968", MUL, ["ahgong-v1", "hockseng-v1"]),
    ("our kopi and kaya toast, old cup old plate", MUL, ["whitekopi-v1", "kayatoast-v1"]),
    ("uncle hock in pixel art", MUL, ["unclehock-v2", "pixel-v2"]),
    ("nezha vs boboiboy fight", MUL, ["nezha-v2", "boboiboy-v1"]),
    ("rem in cheongsam", MUL, ["rem-v1", "cheongsam-v2"]),
    ("mummy and ah pa on a trishaw at gurney", MUL, ["mummy-v2", "ahpa-v2", "trishaw-v1"]),
    ("kor kor and mei mei doing peace sign", MUL, ["korkor-v2", "meimei-v2", "vsign-v2"]),
    ("me with double buns hair", MUL, ["meiling-v3", "twinbuns-v1"]),
    ("bao bao carrying the tingkat to ah ma", MUL, ["bao-v3", "tingkat-v1", "ahma-v2"]),
    ("our shop in batik painting", MUL, ["hockseng-v2", "batik-v1"]),
    ("kopi the cat in claymation", MUL, ["kopi-v2", "clay-v2"]),
    ("ken's myvi racing, 16 bit pixel", MUL, ["myvi-v2", "pixel-v2"]),
    ("ah gong pulling coffee, 70s hk poster style", MUL, ["ahgong-v1", "shaw-v1"]),
    ("me graduating, kampung cartoon style", MUL, ["meiling-v1", "kampung-v1"]),
    ("baby jayden at full moon in shuimo", MUL, ["bao-v1", "shuimo-v1"]),
    ("upin ipin with nezha, the first movie one", MUL, ["upin-v1", "ipin-v1", "nezha-v1"]),
    ("ken and his myvi, nanyang painting", MUL, ["ken-v2", "myvi-v2", "nanyang-v1"]),
    ("mei mei in her nurse uniform doing the V", MUL, ["meimei-v1", "vsign-v1"]),
    ("kor kor with his guitar, pixel art old version", MUL, ["korkor-v1", "pixel-v1"]),
    ("ah pa roasting beans and mummy at the cashier, shaw brothers poster", MUL,
     ["ahpa-v1", "mummy-v1", "shaw-v1"]),
    ("rem and boboiboy in ghibli style", MUL, ["rem-v1", "boboiboy-v1", "ghibli-v1"]),
    ("oyen riding on a beca", MUL, ["oyen-v1", "trishaw-v1"]),
    ("kopi as a kitten in the sugar tin, ink wash painting", MUL, ["kopi-v1", "shuimo-v1"]),
    ("lou gong in qipao for fun lol", MUL, ["ken-v2", "cheongsam-v2"]),
    ("me in kebaya with ah ma", MUL, ["meiling-v3", "kebaya-v1", "ahma-v2"]),
    ("uncle hock pulling teh tarik in claymation", MUL, ["unclehock-v2", "clay-v2"]),
    ("the old hand drawn uncle hock on the old shopfront", MUL, ["unclehock-v1", "hockseng-v1"]),
    ("me, ken and bao bao at the new shop", MUL, ["meiling-v3", "ken-v2", "bao-v3", "hockseng-v2"]),
    ("kopi sleeping beside our white coffee", MUL, ["kopi-v2", "whitekopi-v2"]),
    ("nezha in batik style", MUL, ["nezha-v2", "batik-v1"]),
    ("ah ma stirring kaya, soft bloom watercolour", MUL, ["ahma-v2", "softbloom-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    print(f"wrote {len(CARDS)} cards in {len(fams)} families, {len(CASES)} cases")


if __name__ == "__main__":
    main()
