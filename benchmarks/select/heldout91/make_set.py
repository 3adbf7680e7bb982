#!/usr/bin/env python3
"""Held-out selection set heldout91: Imran Hussain's repository (Bradford, West Yorkshire).

Running this writes catalog.jsonl and cases.jsonl next to it. Cards and cases are plain
Python literals; the gold follows shared/bench/score_select.py (select = the one meant card,
the newest version unless the request cues another; clarify = the newest version of each
plausible family; none = []; multi = every meant card, all of one base model).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags,
         base_model):
    return dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind,
                family=family, version=version, created_at=created_at,
                description=description, tags=tags, base_model=base_model)


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me (3 dated versions) ---
    card("imran-v1", "Imran", "ohwx man", "man", S, "imran", 1, "2023-02-11",
         "Me, Imran, at 33 on the opening night of Shalimar Spice in 2009: jet-black goatee, "
         "gelled spiky hair, white shirt and black waistcoat.",
         ["me", "person", "man", "goatee", "restaurant opening"], "sd15"),
    card("imran-v2", "Imran", "ohwx man", "man", S, "imran", 2, "2023-07-02",
         "Me, Imran, at 40 just back from Hajj in 2016: full black beard, white topi, "
         "white kurta, a bit thinner than usual.",
         ["me", "person", "man", "beard", "hajj", "topi"], "sd15"),
    card("imran-v3", "Imran", "ohwx man", "man", S, "imran", 3, "2026-09-14",
         "Me, Imran, at 50: beard gone grey, receding hairline, reading glasses on a cord, "
         "navy Hussain Cars fleece.",
         ["me", "person", "man", "grey beard", "glasses"], "sdxl"),
    # --- my wife ---
    card("nasreen-v1", "Nasreen", "nsrn woman", "woman", S, "nasreen", 1, "2023-03-05",
         "My wife Nasreen at 40, seven months pregnant with Maryam in 2019: maroon shawl, "
         "long plait, gold bangles.",
         ["wife", "person", "woman", "pregnant"], "sd15"),
    card("nasreen-v2", "Nasreen", "nsrn woman", "woman", S, "nasreen", 2, "2026-04-18",
         "My wife Nasreen at 47: cream hijab, gold-rimmed glasses, green cardigan; she does "
         "the books for the restaurant.",
         ["wife", "person", "woman", "hijab", "glasses"], "sdxl"),
    # --- the kids ---
    card("bilal-v1", "Bilal", "bilal_hussain", "boy", S, "bilal", 1, "2023-04-01",
         "Our eldest, Bilal, at 16 in 2018: curtains haircut, braces, school blazer and tie.",
         ["son", "person", "teenager", "school uniform", "braces"], "sd15"),
    card("bilal-v2", "Bilal", "bilal_hussain", "man", S, "bilal", 2, "2025-11-02",
         "Our eldest, Bilal, at 23: skin fade, trimmed beard, white tracksuit; he runs the "
         "radio desk at the taxi office.",
         ["son", "person", "young man", "beard", "tracksuit"], "sdxl"),
    card("ayesha-v1", "Ayesha", "4y35h4", "girl", S, "ayesha", 1, "2023-05-14",
         "Our daughter Ayesha at 16 at her Year 11 prom in 2021: emerald lehenga, hair in "
         "loose curls.",
         ["daughter", "person", "teenager", "prom", "lehenga"], "sd15"),
    card("ayesha-v2", "Ayesha", "4y35h4", "woman", S, "ayesha", 2, "2026-07-20",
         "Our daughter Ayesha ('Ash') at 21 at her graduation from Leeds University: black "
         "gown, mortarboard, pink hijab.",
         ["daughter", "person", "young woman", "graduation", "hijab"], "sdxl"),
    card("zain-v1", "Zain", "<zain-boy>", "boy", S, "zain", 1, "2023-05-20",
         "Our younger son Zain at 7 in 2019: gap where his front teeth were, bowl cut, "
         "Minecraft t-shirt.",
         ["son", "person", "child", "boy"], "sd15"),
    card("zain-v2", "Zain", "<zain-boy>", "boy", S, "zain", 2, "2026-06-01",
         "Our younger son Zain at 14: tall and skinny, curly on top, Bradford City home shirt "
         "in claret and amber, football under his arm.",
         ["son", "person", "teenager", "football"], "sdxl"),
    card("maryam-v1", "Maryam", "mrym girl", "baby", S, "maryam", 1, "2023-01-20",
         "Our youngest, Maryam ('Mimi'), as a baby at 1 in 2021: chubby cheeks, pink knitted "
         "hat, in her high chair.",
         ["daughter", "person", "baby"], "sd15"),
    card("maryam-v2", "Maryam", "mrym girl", "girl", S, "maryam", 2, "2026-10-10",
         "Our youngest, Maryam ('Mimi'), at 6: two bunches with pink bobbles, a front tooth "
         "missing, purple school cardigan.",
         ["daughter", "person", "child", "girl", "school"], "sdxl"),
    # --- the rest of the family ---
    card("zubaida", "Zubaida", "<zubaida-ammi>", "old woman", S, "zubaida", 1, "2025-02-09",
         "My mum Zubaida, 74, the kids' Dadi: white dupatta, thick glasses, always with her "
         "tasbih; she lives with us.",
         ["mother", "grandmother", "person", "old woman"], "sdxl"),
    card("mohammed", "Mohammed", "ohwx oldman", "old man", S, "mohammed", 1, "2023-08-15",
         "My late dad, Mohammed Hussain, the kids' Dada, from old 1990s photos: grey karakul "
         "hat, three-piece suit; drove Bradford buses for thirty years.",
         ["father", "grandfather", "person", "old man", "late"], "sd15"),
    card("rukhsana", "Rukhsana", "<rukhsana-woman>", "old woman", S, "rukhsana", 1,
         "2024-01-05",
         "My mother-in-law Rukhsana, Nasreen's mum and the kids' Nani: lives in Keighley, "
         "lilac shalwar kameez, walking stick.",
         ["mother-in-law", "grandmother", "person", "old woman"], "sd15"),
    card("tariq-v1", "Tariq", "trq man", "man", S, "tariq", 1, "2023-09-09",
         "My younger brother Tariq, the kids' Chacha, at 38 in 2020 before he lost the "
         "weight: big belly, Bradford Bulls rugby shirt.",
         ["brother", "uncle", "person", "man"], "sd15"),
    card("tariq-v2", "Tariq", "trq man", "man", S, "tariq", 2, "2026-03-03",
         "My younger brother Tariq at 44 after losing five stone: shaved head, running vest, "
         "medal from the Leeds half marathon; runs the taxi office with me.",
         ["brother", "uncle", "person", "man", "running"], "sdxl"),
    card("shazia", "Shazia", "shzia woman", "woman", S, "shazia", 1, "2025-08-30",
         "My older sister Shazia, the kids' Phupho: teaches at a primary school in "
         "Manningham, black abaya, big laugh.",
         ["sister", "aunt", "person", "woman", "teacher"], "sdxl"),
    # --- the cat and next door's look-alike ---
    card("chutney-v1", "Chutney", "sks cat", "cat", S, "chutney", 1, "2023-06-06",
         "Chutney, our ginger tabby, as a kitten in 2020: tiny, white socks, Maryam's pink "
         "ribbon on his collar.",
         ["pet", "cat", "ginger tabby", "kitten"], "sd15"),
    card("chutney-v2", "Chutney", "sks cat", "cat", S, "chutney", 2, "2026-02-14",
         "Chutney, our ginger tabby tom, now a great fat lump: white socks, torn left ear, "
         "green eyes.",
         ["pet", "cat", "ginger tabby"], "sdxl"),
    card("biscuit", "Biscuit", "<biscuit-cat>", "cat", S, "biscuit", 1, "2025-10-01",
         "Biscuit, the ginger tabby from next door (Mrs Kowalski's), always sneaking into our "
         "kitchen: slimmer, no white socks, amber eyes.",
         ["cat", "ginger tabby", "neighbour"], "sdxl"),
    # --- vehicles ---
    card("taxi-v1", "Hussain Cars taxi", "hssncars_taxi", "car", S, "taxi", 1, "2023-03-30",
         "Our firm's taxi in the old Hussain Cars livery: silver Skoda Octavia, red door "
         "stickers with the phone number.",
         ["vehicle", "taxi", "car", "business"], "sd15"),
    card("taxi-v2", "Hussain Cars taxi", "hssncars_taxi", "car", S, "taxi", 2, "2025-12-01",
         "Our firm's taxi after the 2024 rebrand: white Toyota Prius, green and gold Hussain "
         "Cars livery, roof sign.",
         ["vehicle", "taxi", "car", "business"], "sdxl"),
    card("merc", "The Merc", "<imran-merc>", "car", S, "merc", 1, "2025-05-05",
         "My own car, a black Mercedes E-Class with the private plate IMR 4N.",
         ["vehicle", "car", "mercedes"], "sdxl"),
    # --- places ---
    card("house-v1", "Our house", "hussain_house", "house", S, "house", 1, "2023-04-22",
         "Our house, a stone-built end terrace in Heaton, Bradford, before the extension: "
         "green front door, little front garden.",
         ["place", "home", "house"], "sd15"),
    card("house-v2", "Our house", "hussain_house", "house", S, "house", 2, "2025-09-12",
         "Our house in Heaton after the 2024 kitchen extension and loft conversion: dormer "
         "window, new grey front door.",
         ["place", "home", "house"], "sdxl"),
    card("shalimar-v1", "Shalimar Spice", "shlmr_interior", "restaurant", S, "shalimar", 1,
         "2023-02-25",
         "Our restaurant Shalimar Spice on Leeds Road before the refit: red flock wallpaper, "
         "brass lamps, white tablecloths.",
         ["place", "restaurant", "business", "interior"], "sd15"),
    card("shalimar-v2", "Shalimar Spice", "shlmr_interior", "restaurant", S, "shalimar", 2,
         "2025-06-20",
         "Our restaurant Shalimar Spice after the 2025 refit: dark green walls, exposed brick, "
         "brass pendant lights, open tandoor kitchen.",
         ["place", "restaurant", "business", "interior"], "sdxl"),
    # --- the restaurant's products and brand ---
    card("menu-v1", "Shalimar menu", "shlmr menu", "menu", S, "menu", 1, "2023-03-01",
         "Our old Shalimar Spice takeaway menu: red and gold folded leaflet with photos of the "
         "mixed grill.",
         ["business", "menu", "print"], "sd15"),
    card("menu-v2", "Shalimar menu", "shlmr menu", "menu", S, "menu", 2, "2025-06-25",
         "Our new Shalimar Spice menu after the rebrand: dark green card, gold foil, line "
         "drawings of the dishes.",
         ["business", "menu", "print"], "sdxl"),
    card("logo-v1", "Shalimar logo", "shlmr logo", "logo", S, "logo", 1, "2023-03-01",
         "Our old Shalimar Spice logo: red onion-dome outline with curly gold lettering.",
         ["business", "logo", "brand"], "sd15"),
    card("logo-v2", "Shalimar logo", "shlmr logo", "logo", S, "logo", 2, "2025-06-15",
         "Our new Shalimar Spice logo from the 2025 rebrand: a minimal gold 'S' inside a green "
         "arch.",
         ["business", "logo", "brand"], "sdxl"),
    card("mirchi-v1", "Mr Mirchi", "mr_mirchi", "mascot", S, "mirchi", 1, "2023-07-07",
         "Mr Mirchi, our restaurant's mascot: a cartoon green chilli with a handlebar "
         "moustache and a chef's hat, hand drawn by Ayesha in 2016.",
         ["mascot", "business", "cartoon", "chilli"], "sd15"),
    card("mirchi-v2", "Mr Mirchi", "mr_mirchi", "mascot", S, "mirchi", 2, "2025-07-01",
         "Mr Mirchi, our restaurant's mascot, redrawn for the rebrand: slicker green chilli in "
         "a gold turban, waving.",
         ["mascot", "business", "cartoon", "chilli"], "sdxl"),
    # --- downloaded characters ---
    card("bluey", "Bluey", "bluey_(bluey)", "dog", S, "bluey", 1, "2024-02-10",
         "Bluey, the blue heeler puppy from the cartoon Bluey, Maryam's favourite: blue fur, "
         "tan face markings. Downloaded from Civitai.",
         ["character", "civitai", "cartoon", "dog"], "sd15"),
    card("bingo", "Bingo", "bingo_(bluey)", "dog", S, "bingo", 1, "2024-02-10",
         "Bingo, Bluey's little sister from the same cartoon: red-orange heeler with cream "
         "markings; Maryam always plays Bingo. Downloaded from Civitai.",
         ["character", "civitai", "cartoon", "dog"], "sd15"),
    card("miles", "Miles Morales", "miles morales", "superhero", S, "miles", 1, "2025-01-18",
         "Miles Morales Spider-Man from Spider-Verse: black suit with red webbing. Downloaded "
         "for Zain.",
         ["character", "civitai", "superhero", "spider-man"], "sdxl"),
    card("goku", "Goku", "son goku", "man", S, "goku", 1, "2023-11-11",
         "Goku from Dragon Ball Z: spiky black hair, orange gi with blue belt. Bilal's, from "
         "years back.",
         ["character", "civitai", "anime"], "sd15"),
    # --- art styles ---
    card("truckart-v1", "Truck Art", "trukart style", "style", ST, "truckart", 1, "2023-05-30",
         "Pakistani truck art: bright flowers, peacocks, mirror work and bold borders, like "
         "the lorries back home in Jhelum.",
         ["style", "folk art", "pakistan", "colourful"], "sd15"),
    card("truckart-v2", "Truck Art", "trukart style", "style", ST, "truckart", 2, "2025-04-04",
         "Pakistani truck art, retrained for SDXL: bright flowers, peacocks, mirror work, "
         "bold borders and calligraphy.",
         ["style", "folk art", "pakistan", "colourful"], "sdxl"),
    card("miniature", "Mughal Miniature", "mughal miniature", "style", ST, "miniature", 1,
         "2024-08-08",
         "Mughal miniature painting: flat gouache colours, gold borders, faces in profile, "
         "tiny detail.",
         ["style", "painting", "gouache", "historic"], "sdxl"),
    card("milltown", "Mill Town", "lowry_style", "style", ST, "milltown", 1, "2023-10-10",
         "Matchstick-men industrial painting after L. S. Lowry: mill chimneys, grey skies, "
         "crowds of little figures.",
         ["style", "painting", "oil", "industrial"], "sd15"),
    card("softanime", "Soft Anime", "ghbli anime", "style", ST, "softanime", 1, "2024-06-06",
         "Soft hand-painted anime like the Studio Ghibli films: warm light, fluffy clouds, "
         "gentle faces.",
         ["style", "anime", "illustration"], "sdxl"),
    card("toon3d", "Toon 3D", "3dtoon", "style", ST, "toon3d", 1, "2024-09-09",
         "3D animated film look like Pixar: big eyes, smooth skin, bright soft lighting.",
         ["style", "3d", "animation", "cartoon"], "sdxl"),
    card("bollywood", "Bollywood Poster", "b0llyw00d poster", "style", ST, "bollywood", 1,
         "2023-12-12",
         "Hand-painted 1970s Bollywood film poster: dramatic faces, saturated reds and "
         "yellows, hand-lettered titles.",
         ["style", "poster", "painting", "retro"], "sd15"),
    card("daleswash", "Dales Wash", "dales_wash", "style", ST, "daleswash", 1, "2025-03-03",
         "Loose watercolour: wet-in-wet skies and soft bleeding edges, like paintings of the "
         "Yorkshire Dales.",
         ["style", "watercolour", "landscape", "loose"], "sdxl"),
    card("botanical", "Botanical Plate", "botanical_plate", "style", ST, "botanical", 1,
         "2024-03-03",
         "Precise botanical watercolour plates: fine pencil underdrawing, delicate washes, "
         "plain white paper.",
         ["style", "watercolour", "botanical", "detailed"], "sd15"),
    card("plasticine", "Plasticine", "claymation", "style", ST, "plasticine", 1, "2024-10-10",
         "Claymation look like Wallace and Gromit: thumbprints in the clay, stop-motion sets.",
         ["style", "clay", "stop motion", "animation"], "sdxl"),
    card("popcomic", "Pop Comic", "pop_comic", "style", ST, "popcomic", 1, "2024-01-20",
         "Retro comic-book pop art: Ben-Day halftone dots, thick black outlines, speech "
         "bubbles.",
         ["style", "comic", "pop art", "retro"], "sd15"),
    card("neon-v1", "Neon", "n30n style", "style", ST, "neon", 1, "2023-08-08",
         "Synthwave neon look: pink and cyan glow, night city, retro 80s grid.",
         ["style", "synthwave", "80s", "night"], "sd15"),
    card("neon-v2", "Neon", "n30n style", "style", ST, "neon", 2, "2025-11-11",
         "Synthwave neon look, retrained for SDXL: pink and cyan glow, wet streets, chrome, "
         "retro 80s sunset.",
         ["style", "synthwave", "80s", "night"], "sdxl"),
    # --- concept LoRAs ---
    card("sherwani", "Sherwani", "shrwni", "outfit", C, "sherwani", 1, "2025-02-02",
         "Groom's sherwani: cream embroidered long coat, turban with a kalgi, dupatta over "
         "the shoulder.",
         ["clothing", "wedding", "groom"], "sdxl"),
    card("flatcap", "Flat Cap", "flat_cap", "cap", C, "flatcap", 1, "2024-11-11",
         "A proper Yorkshire tweed flat cap.",
         ["clothing", "hat", "tweed"], "sdxl"),
    card("skinfade", "Skin Fade", "skin fade haircut", "haircut", C, "skinfade", 1,
         "2024-12-12",
         "Skin fade haircut: shaved to the skin at the sides, longer on top.",
         ["hairstyle", "haircut", "barber"], "sdxl"),
    card("mehndi", "Mehndi", "<mehndi-hands>", "henna", C, "mehndi", 1, "2023-09-20",
         "Bridal mehndi: intricate henna patterns over the hands and wrists.",
         ["henna", "hands", "wedding"], "sd15"),
    card("bosspose", "Boss Pose", "arms_crossed_pose", "pose", C, "bosspose", 1, "2025-01-25",
         "Standing with arms crossed, chin up: the don't-mess-with-me boss pose.",
         ["pose", "standing", "confident"], "sdxl"),
    card("rickshaw", "Rickshaw", "rikshaw", "vehicle", C, "rickshaw", 1, "2023-11-30",
         "Auto-rickshaw: three-wheeler with a painted canopy, like the ones in Lahore.",
         ["vehicle", "three-wheeler", "auto-rickshaw"], "sd15"),
    card("cricketbat", "Cricket Bat", "cricket_bat", "bat", C, "cricketbat", 1, "2025-05-20",
         "Holding a cricket bat: willow blade, taped grip, leaning on it or mid-shot.",
         ["prop", "cricket", "sport"], "sdxl"),
    card("patang", "Patang", "ptng kite", "kite", C, "patang", 1, "2024-04-04",
         "Flying a paper patang on a string, Basant style: diamond-shaped kite with a tail.",
         ["prop", "kite", "basant"], "sd15"),
]

# (prompt, expect, gold)
SELECT = [
    # me
    ("me stood outside the restaurant wi a big grin", "imran-v3"),
    ("imran in the taxi office on a busy friday night", "imran-v3"),
    ("me at 50 wi me reading glasses on doing the rota", "imran-v3"),
    ("me from opening night in 2009, black goatee n gelled hair", "imran-v1"),
    ("me when i were 33 cutting the ribbon", "imran-v1"),
    ("me after i come back from hajj in me white topi", "imran-v2"),
    ("me in 2016 wi the full black beard praying at the masjid", "imran-v2"),
    ("grey beard me sat on a bench in lister park", "imran-v3"),
    ("the kids dad fast asleep on the settee", "imran-v3"),
    # wife
    ("the missus cooking in the kitchen", "nasreen-v2"),
    ("nas doing the books at the restaurant, cup of chai next to her", "nasreen-v2"),
    ("the wife when she were expecting mimi, in her maroon shawl", "nasreen-v1"),
    ("nasreen pregnant in 2019 sat on the settee", "nasreen-v1"),
    ("me wife in her cream hijab on eid morning", "nasreen-v2"),
    ("the kids ammi walking round cartwright hall", "nasreen-v2"),
    # Bilal
    ("bilal on the radio desk at the taxi office", "bilal-v2"),
    ("our bilal when he were 16 wi his braces", "bilal-v1"),
    ("eldest lad in his school blazer n tie", "bilal-v1"),
    ("our eldest at the gym", "bilal-v2"),
    ("bilal wi his curtains hairdo, proper 2018", "bilal-v1"),
    ("the lad in the white tracksuit on the phone", "bilal-v2"),
    # Ayesha
    ("ash in her graduation gown outside the uni", "ayesha-v2"),
    ("ayesha at her prom in the green lehenga", "ayesha-v1"),
    ("our ayesha at 16 on a swing", "ayesha-v1"),
    ("me eldest daughter reading in the library", "ayesha-v2"),
    ("ash in a coffee shop in leeds", "ayesha-v2"),
    ("mimi's big sister walking in the rain", "ayesha-v2"),
    # Zain
    ("zain playing footy in his city shirt", "zain-v2"),
    ("zain at 7 grinning wi no front teeth", "zain-v1"),
    ("our youngest lad on his bike", "zain-v2"),
    ("zain when he were little wi the bowl cut", "zain-v1"),
    ("the little lad in his minecraft top", "zain-v1"),
    # Maryam
    ("mimi in the garden blowing bubbles", "maryam-v2"),
    ("maryam as a baby in her high chair wi the pink hat", "maryam-v1"),
    ("the baby of the family at school in her purple cardi", "maryam-v2"),
    ("our youngest on the swings at the park", "maryam-v2"),
    ("mimi when she were one, chubby cheeks", "maryam-v1"),
    # mum
    ("ammi wi her tasbih sat by the window", "zubaida"),
    ("me mam making parathas", "zubaida"),
    ("the kids dadi knitting in front of the telly", "zubaida"),
    ("dadi ji in her white dupatta at the front door", "zubaida"),
    # dad
    ("abbu in his karakul hat driving the bus", "mohammed"),
    ("me old man in his three piece suit", "mohammed"),
    ("my late father at the mosque on eid", "mohammed"),
    ("the kids dada from the old photos", "mohammed"),
    # mother-in-law
    ("nani in keighley wi her walking stick", "rukhsana"),
    ("the mother in law at her front door", "rukhsana"),
    ("nasreens mum having a brew", "rukhsana"),
    # brother
    ("our kid running the half marathon", "tariq-v2"),
    ("tariq bhai wi his medal", "tariq-v2"),
    ("tariq before he lost the weight, in his bulls shirt", "tariq-v1"),
    ("chacha tariq at the taxi office", "tariq-v2"),
    ("me brother in 2020 when he were a big lad", "tariq-v1"),
    # sister
    ("shazia baji in her classroom", "shazia"),
    ("the kids phupho laughing at a shaadi", "shazia"),
    ("me big sister at the bus stop", "shazia"),
    # cat
    ("chutney asleep on the radiator", "chutney-v2"),
    ("our cat sat on the wall in the sun", "chutney-v2"),
    ("chutney as a kitten wi the pink ribbon", "chutney-v1"),
    ("the fat ginger tom wi the torn ear", "chutney-v2"),
    ("chutney when we first got him, tiny thing", "chutney-v1"),
    ("our moggy on top of the fridge", "chutney-v2"),
    # next door's cat
    ("biscuit from next door sneaking in the kitchen", "biscuit"),
    ("mrs kowalskis cat on our bins", "biscuit"),
    ("the neighbours ginger cat in the snow", "biscuit"),
    # taxi / car
    ("one of our taxis outside the interchange", "taxi-v2"),
    ("the old silver skoda taxi wi the red stickers", "taxi-v1"),
    ("hussain cars prius in the pouring rain", "taxi-v2"),
    ("the taxi before the rebrand", "taxi-v1"),
    ("a hussain cars cab dropping off at leeds bradford airport", "taxi-v2"),
    ("me merc parked up on the drive", "merc"),
    ("the black e class wi my private plate", "merc"),
    # house
    ("our house in heaton in the snow", "house-v2"),
    ("the house before the extension wi the green door", "house-v1"),
    ("our house wi the new loft dormer", "house-v2"),
    ("home at night wi all the lights on", "house-v2"),
    # restaurant
    ("the restaurant on a busy saturday night", "shalimar-v2"),
    ("shalimar before the refit wi the red flock wallpaper", "shalimar-v1"),
    ("the curry house wi the new green walls n the tandoor", "shalimar-v2"),
    ("inside the restaurant back in the old days", "shalimar-v1"),
    ("shalimar spice at christmas all lit up", "shalimar-v2"),
    # menu, logo, mascot
    ("our menu on a table next to a mango lassi", "menu-v2"),
    ("the old red n gold takeaway menu", "menu-v1"),
    ("new menu, the gold foil one, close up", "menu-v2"),
    ("our logo on the shop sign", "logo-v2"),
    ("the old onion dome logo on a van", "logo-v1"),
    ("the logo printed on a takeaway bag", "logo-v2"),
    ("mr mirchi waving at the kiddies", "mirchi-v2"),
    ("the chilli mascot wi the chefs hat, the original one ayesha drew", "mirchi-v1"),
    ("our mascot on a birthday cake", "mirchi-v2"),
    ("mr mirchi in his gold turban on a billboard", "mirchi-v2"),
    # characters
    ("bluey at the beach", "bluey"),
    ("bingo from bluey jumping on the bed", "bingo"),
    ("miles morales swinging past city hall", "miles"),
    ("spiderman in the black suit over the wool exchange", "miles"),
    ("goku powering up on ilkley moor", "goku"),
    ("the dragon ball lad wi spiky hair", "goku"),
    ("mimis favourite cartoon dog, the blue one", "bluey"),
    ("the little orange sister dog from bluey", "bingo"),
    # styles
    ("a street in lahore in truck art", "truckart-v2"),
    ("a peacock in that pakistani lorry art style", "truckart-v2"),
    ("the first truck art one, a lion", "truckart-v1"),
    ("a mughal miniature of a falconer", "miniature"),
    ("a bride in gouache like them old mughal paintings", "miniature"),
    ("bradford mills in the lowry style", "milltown"),
    ("matchstick men painting of a football crowd", "milltown"),
    ("a village in ghibli style", "softanime"),
    ("a pixar style dragon", "toon3d"),
    ("old bollywood poster of a hero on a motorbike", "bollywood"),
    ("a seventies filmi poster of two lovers", "bollywood"),
    ("botanical plate of a chilli plant", "botanical"),
    ("wallace and gromit style kitchen", "plasticine"),
    ("claymation sheep on a hill", "plasticine"),
    ("pop art comic panel of a bloke shouting", "popcomic"),
    ("synthwave city at night", "neon-v2"),
    ("a ruined castle in that 80s neon look", "neon-v2"),
    ("a diner in the first neon style, the old one", "neon-v1"),
    ("loose wet watercolour of the dales", "daleswash"),
    # concepts
    ("a groom in his wedding sherwani", "sherwani"),
    ("a farmer wearing one of them tweed caps", "flatcap"),
    ("a lad wi a fresh fade", "skinfade"),
    ("henna all over a brides hands", "mehndi"),
    ("a woman stood wi her arms folded looking proper hard", "bosspose"),
    ("a tuk tuk in the rain", "rickshaw"),
    ("a kid holding a cricket bat", "cricketbat"),
    ("a lad flying a kite on basant", "patang"),
    ("an old fella in a flat 'at at the bus stop", "flatcap"),
]

CLARIFY = [
    ("me lad in his new trainers", ["bilal-v2", "zain-v2"]),
    ("our daughter on eid in her new clothes", ["ayesha-v2", "maryam-v2"]),
    ("the ginger cat on the windowsill", ["chutney-v2", "biscuit"]),
    ("a canal boat at skipton in watercolour", ["daleswash", "botanical"]),
    ("the cartoon dog mimi likes", ["bluey", "bingo"]),
    ("the kids nan at the dinner table", ["zubaida", "rukhsana"]),
    ("grandma making roti", ["zubaida", "rukhsana"]),
    ("the motor parked outside", ["merc", "taxi-v2"]),
    ("me son praying at the mosque", ["bilal-v2", "zain-v2"]),
    ("our branding on a big poster", ["logo-v2", "mirchi-v2"]),
    ("shalimar but make it cartoony", ["toon3d", "popcomic", "softanime", "plasticine"]),
    ("the heeler pup", ["bluey", "bingo"]),
    ("one of the kids cartoon characters", ["bluey", "bingo", "miles", "goku"]),
    ("the ginger 'un in the garden", ["chutney-v2", "biscuit"]),
    ("me in an old desi painting style", ["miniature", "truckart-v2", "bollywood"]),
    ("a vintage poster look", ["bollywood", "popcomic"]),
    ("one of the girls blowing out candles", ["ayesha-v2", "maryam-v2"]),
    ("the place covered in snow", ["shalimar-v2", "house-v2"]),
    ("one of me lads in a sherwani", ["bilal-v2", "zain-v2"]),
    ("poppies in watercolour", ["daleswash", "botanical"]),
    ("the kid in school uniform", ["bilal-v2", "maryam-v2"]),
    ("mum in the kitchen making roti", ["zubaida", "nasreen-v2"]),
    ("the mascot in 3d", ["toon3d", "plasticine"]),
    ("the kids gran wrapped up in a shawl", ["zubaida", "rukhsana"]),
    ("the ginger moggy", ["chutney-v2", "biscuit"]),
    ("turn me into a cartoon", ["toon3d", "popcomic", "softanime", "plasticine"]),
    ("the kid wi the missing tooth", ["zain-v2", "maryam-v2"]),
    ("the moors in that watercolour style", ["daleswash", "botanical"]),
    ("one of me lads in his cricket whites", ["bilal-v2", "zain-v2"]),
    ("one of the cats on the garden wall", ["chutney-v2", "biscuit"]),
]

NONE = [
    "a jar of mango chutney next to a poppadom",
    "a plate of custard cream biscuits wi a brew",
    "old dears playing bingo in a community centre",
    "a red kite flying over the moors",
    "a car wash on manningham lane wi foam everywhere",
    "a miniature schnauzer in a wellington boot",
    "a neon open sign in a chippy window",
    "a pile of green chillies at the market",
    "a black cab in london",
    "a random ginger cat at the rescue centre, nowt to do wi us",
    "a generic indian restaurant interior for a magazine, not ours",
    "a random family having a picnic",
    "a lighthouse in a storm",
    "a cup of chai in a glass on a dhaba table",
    "a wedding cake wi gold leaf",
    "a brand new white mercedes van",
    "nasreens brother at the wedding",
    "a grandad feeding pigeons in city park",
    "a fox in the garden at night",
    "a big bowl of biryani",
    "some random lad on a bike",
    "a cricket chirping on a leaf",
    "the spice market in istanbul",
    "a tiger in the jungle",
    "a mosque at sunset in bradford",
    "a flock of sheep on a country road",
    "a taxi rank at night, any old cabs",
    "a menu for a pizza place",
    "a new logo idea for a barber shop",
    "a mascot for a football team, summat new",
    "fish n chips wrapped in paper",
]

MULTI = [
    ("me and the missus at a wedding", ["imran-v3", "nasreen-v2"]),
    ("me in a sherwani", ["imran-v3", "sherwani"]),
    ("me in a flat cap on ilkley moor", ["imran-v3", "flatcap"]),
    ("the restaurant in truck art", ["shalimar-v2", "truckart-v2"]),
    ("chutney in ghibli style", ["chutney-v2", "softanime"]),
    ("our taxi in synthwave neon", ["taxi-v2", "neon-v2"]),
    ("bilal in a sherwani for his shaadi", ["bilal-v2", "sherwani"]),
    ("zain wi a cricket bat in the back garden", ["zain-v2", "cricketbat"]),
    ("tariq stood arms crossed outside the office like he owns it",
     ["tariq-v2", "bosspose"]),
    ("mimi and chutney on the settee", ["maryam-v2", "chutney-v2"]),
    ("ammi as a pixar character", ["zubaida", "toon3d"]),
    ("me and our kid in flat caps", ["imran-v3", "tariq-v2", "flatcap"]),
    ("the missus in a mughal miniature", ["nasreen-v2", "miniature"]),
    ("all four kids together on eid", ["bilal-v2", "ayesha-v2", "zain-v2", "maryam-v2"]),
    ("mr mirchi in claymation", ["mirchi-v2", "plasticine"]),
    ("our house in that dales watercolour style", ["house-v2", "daleswash"]),
    ("zain dressed up as miles morales", ["zain-v2", "miles"]),
    ("the merc in neon", ["merc", "neon-v2"]),
    ("ash in her gown wi her arms folded", ["ayesha-v2", "bosspose"]),
    ("bilal and zain playing cricket in the street", ["bilal-v2", "zain-v2", "cricketbat"]),
    ("chutney n biscuit having a scrap on the wall", ["chutney-v2", "biscuit"]),
    ("me and me mam on eid", ["imran-v3", "zubaida"]),
    ("shazia baji and the missus having chai", ["shazia", "nasreen-v2"]),
    ("the new logo on a taxi door", ["logo-v2", "taxi-v2"]),
    ("mimi as a baby cuddling a bluey toy", ["maryam-v1", "bluey"]),
    ("bingo and bluey at the seaside", ["bluey", "bingo"]),
    ("me at 33 in a lowry painting", ["imran-v1", "milltown"]),
    ("abbu driving a rickshaw", ["mohammed", "rickshaw"]),
    ("nani wi mehndi on her hands", ["rukhsana", "mehndi"]),
    ("the old restaurant in bollywood poster style", ["shalimar-v1", "bollywood"]),
    ("goku flying a kite", ["goku", "patang"]),
    ("the old taxi as a pop art comic", ["taxi-v1", "popcomic"]),
    ("nasreen pregnant wi henna on her hands", ["nasreen-v1", "mehndi"]),
    ("zain when he were 7 flying a kite", ["zain-v1", "patang"]),
    ("a rickshaw in truck art", ["rickshaw", "truckart-v1"]),
    ("the old mascot in comic book style", ["mirchi-v1", "popcomic"]),
    ("ayesha at her prom as a bollywood poster", ["ayesha-v1", "bollywood"]),
    ("me wi the black beard after hajj stood next to abbu", ["imran-v2", "mohammed"]),
    ("chutney as a kitten wi bilal at 16", ["chutney-v1", "bilal-v1"]),
    ("bilal wi a fresh skin fade, arms folded, proper boss", ["bilal-v2", "skinfade",
                                                            "bosspose"]),
    ("the new shalimar interior as a mughal miniature", ["shalimar-v2", "miniature"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    # interleave deterministically so expects are not in blocks
    order = sorted(range(len(out)), key=lambda i: (i * 7919) % 1009)
    return [out[i] for i in order]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
