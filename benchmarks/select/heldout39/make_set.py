#!/usr/bin/env python3
"""heldout39: a Filipino-Canadian nurse's family repository in Winnipeg (blind held-out set).

Running this writes catalog.jsonl and cases.jsonl next to it.
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
    # --- me ---
    card("joy-v1", "Joy", "ohwx woman", "woman", S, "joy", 1, "2011-07-16",
         "Me, Joy (Maria Joy Dela Cruz-Kowalski), at 27 on my wedding day at St. Edward's in Winnipeg: "
         "white lace gown, long straight black hair in a low bun, cathedral veil.",
         ["me", "person", "woman", "wedding", "bride"], "sd15"),
    card("joy-v2", "Joy", "ohwx woman", "woman", S, "joy", 2, "2023-12-10",
         "Me, Joy, at 40 and six months pregnant with Enzo, Christmas 2023: shoulder-length hair, "
         "cream maternity sweater, hand on the bump.",
         ["me", "person", "woman", "pregnant", "maternity"], "sd15"),
    card("joy-v3", "Joy", "ohwx woman", "woman", S, "joy", 3, "2026-03-14",
         "Me, Joy, at 42 after the big chop: short black bob, navy scrubs, HSC lanyard, tired eyes "
         "after a night shift (I'm a nurse).",
         ["me", "person", "woman", "nurse", "scrubs", "bob haircut"], "sdxl"),
    # --- husband ---
    card("derek-v1", "Derek", "sks man", "man", S, "derek", 1, "2011-07-16",
         "My husband Derek Kowalski ('Dek') at 29 on our wedding day: clean-shaven, short brown hair, "
         "grey suit with a sampaguita boutonniere. Born and raised in Selkirk, Manitoba.",
         ["husband", "person", "man", "wedding", "groom"], "sd15"),
    card("derek-v2", "Derek", "sks man", "man", S, "derek", 2, "2025-04-20",
         "My husband Derek at 43: bushy red-brown playoff beard, Winnipeg Jets toque and hoodie, "
         "whistle around his neck; he coaches our son's hockey team.",
         ["husband", "person", "man", "beard", "hockey dad", "jets"], "sdxl"),
    # --- kids ---
    card("migs-v1", "Migs", "m1gs boy", "boy", S, "migs", 1, "2019-02-16",
         "Our eldest, Miguel 'Migs' (kuya to the other two), at 9 in his first atom hockey jersey, "
         "missing his two front teeth, helmet under his arm.",
         ["son", "person", "boy", "hockey", "kid"], "sd15"),
    card("migs-v2", "Migs", "m1gs boy", "teenage boy", S, "migs", 2, "2025-11-08",
         "Our eldest, Migs, at 15: tall and lanky, braces, curtain-bang haircut, red and black AAA "
         "hockey team jacket.",
         ["son", "person", "teen", "boy", "hockey", "braces"], "sdxl"),
    card("bea-v1", "Bea", "b3a_girl", "girl", S, "bea", 1, "2021-05-09",
         "Our daughter Bea (Beatriz; ate to Enzo) at 9 on her First Communion: white dress and veil, "
         "straight-cut bangs, holding a candle.",
         ["daughter", "person", "girl", "first communion", "kid"], "sd15"),
    card("bea-v2", "Bea", "b3a_girl", "teenage girl", S, "bea", 2, "2026-09-05",
         "Our daughter Bea at 14: long hair with the ends dyed purple, clear braces, oversized hoodie, "
         "deep in her K-pop phase.",
         ["daughter", "person", "teen", "girl", "kpop"], "sdxl"),
    card("enzo-v1", "Enzo", "<enzo>", "baby boy", S, "enzo", 1, "2024-08-18",
         "Our bunso, Enzo, at 4 months on his binyag (baptism) day: tiny white barong, chubby cheeks, "
         "almost bald.",
         ["son", "baby", "bunso", "baptism"], "sd15"),
    card("enzo-v2", "Enzo", "<enzo>", "toddler", S, "enzo", 2, "2026-10-25",
         "Our bunso, Enzo, at two and a half: curly black hair, navy Jets snowsuit, never without his "
         "sippy cup.",
         ["son", "toddler", "bunso", "kid"], "sdxl"),
    # --- extended family and friend ---
    card("tess-v1", "Tess", "tss woman", "woman", S, "tess", 1, "2016-05-21",
         "My mom Tess ('Mama'; Lola Tess to the kids) at 58: long black hair in a bun, flowered blouse, "
         "the spring my parents opened the bakery.",
         ["mom", "person", "woman", "lola"], "sd15"),
    card("tess-v2", "Tess", "tss woman", "old woman", S, "tess", 2, "2025-06-14",
         "My mom Tess at 67: short curly perm, gold-rimmed reading glasses, hairnet and apron.",
         ["mom", "person", "woman", "lola", "glasses", "baker"], "sdxl"),
    card("rudy-v1", "Rudy", "rdy old man", "old man", S, "rudy", 1, "2024-09-07",
         "My dad Rudy ('Papa'; Lolo Rudy to the kids) at 69, the baker of the family: white sando, "
         "tsinelas, flour on his forearms, thin moustache.",
         ["dad", "person", "man", "lolo", "baker"], "sdxl"),
    card("pacing-v1", "Pacing", "<lola-pacing>", "old woman", S, "pacing", 1, "2025-01-12",
         "My lola, Pacing (Lola Pacing), 88, who moved over from Pampanga in 2024: tiny, white hair in a "
         "bun, house duster and cardigan, rosary in hand, her first Winnipeg winter.",
         ["lola", "grandmother", "person", "woman", "elderly"], "sdxl"),
    card("jun-v1", "Jun", "jvn man", "man", S, "jun", 1, "2023-06-03",
         "My older brother Jun (Kuya Jun to me, Tito Jun to the kids), 46, runs the turo-turo side of "
         "my parents' place: man bun, goatee, black chef tee.",
         ["brother", "tito", "person", "man", "cook"], "sd15"),
    card("cheryl-v1", "Cheryl", "ch3ryl woman", "woman", S, "cheryl", 1, "2024-10-19",
         "My best friend from the ward, Cheryl (Ate Cher to me, Tita Cheryl to the kids, Enzo's ninang): "
         "long wavy hair, cat-eye glasses, ceil-blue scrubs.",
         ["friend", "person", "woman", "nurse", "ninang"], "sdxl"),
    # --- pets ---
    card("butter-v1", "Butter", "sks dog", "dog", S, "butter", 1, "2021-05-30",
         "Our shih tzu Butter as a puppy: cream and white fluff, tiny pink tongue, underbite.",
         ["pet", "dog", "shih tzu", "puppy"], "sd15"),
    card("butter-v2", "Butter", "sks dog", "dog", S, "butter", 2, "2025-12-21",
         "Our shih tzu Butter last Christmas: long silky coat, red topknot bow, red knit Christmas sweater.",
         ["pet", "dog", "shih tzu", "christmas"], "sdxl"),
    card("butter-v3", "Butter", "sks dog", "dog", S, "butter", 3, "2026-07-11",
         "Our shih tzu Butter in her summer puppy cut: short cream fur, round face, underbite, pink harness.",
         ["pet", "dog", "shih tzu", "summer cut"], "sdxl"),
    card("teddy-v1", "Teddy", "<teddy-shihtzu>", "dog", S, "teddy", 1, "2025-08-02",
         "Teddy, our next-door neighbour Mrs. Hendricks' shih tzu: white and gold like Butter but bigger, "
         "black muzzle, blue collar.",
         ["dog", "shih tzu", "neighbour"], "sdxl"),
    card("mansi-v1", "Mansi", "<mansi-cat>", "cat", S, "mansi", 1, "2022-04-10",
         "Our cat Kalamansi ('Mansi') as a kitten: tiny orange tabby with huge ears.",
         ["pet", "cat", "kitten", "orange tabby"], "sd15"),
    card("mansi-v2", "Mansi", "<mansi-cat>", "cat", S, "mansi", 2, "2025-10-04",
         "Our cat Kalamansi ('Mansi'), all grown up: chunky orange tabby with a torn left ear and a "
         "green collar.",
         ["pet", "cat", "orange tabby"], "sdxl"),
    # --- vehicle, places ---
    card("bluey-v1", "Bluey", "bluey_van", "minivan", S, "bluey", 1, "2024-11-16",
         "Our navy 2018 Honda Odyssey, 'Bluey': roof box, Jets flag on the window, hockey bags in the back.",
         ["vehicle", "minivan", "car"], "sdxl"),
    card("home-v1", "Home", "<tyndall-house>", "house", S, "home", 1, "2025-05-24",
         "Our house in Tyndall Park, Winnipeg: beige 1970s split-level, big maple out front, "
         "basketball hoop over the garage.",
         ["house", "home", "place"], "sdxl"),
    card("bakeshop-v1", "Dela Cruz Bakeshop", "dlcrz_bakery", "storefront", S, "bakeshop", 1, "2017-03-04",
         "My parents' bakery and turo-turo on Sargent Ave, before the redesign: green awning, "
         "hand-painted sign, posters taped in the window.",
         ["bakery", "storefront", "place", "business"], "sd15"),
    card("bakeshop-v2", "Dela Cruz Bakeshop", "dlcrz_bakery", "storefront", S, "bakeshop", 2, "2025-08-16",
         "My parents' bakery on Sargent after the 2025 redesign: ube-purple awning, new sign with the "
         "Pan-pan logo, big glass display case.",
         ["bakery", "storefront", "place", "business"], "sdxl"),
    # --- products ---
    card("ensaymada-v1", "Dela Cruz Ensaymada", "dlcrz_ensaymada", "pastry", S, "ensaymada", 1, "2017-04-01",
         "My parents' ensaymada, old packaging: coiled brioche buns with butter, sugar and grated cheese "
         "in a clear plastic clamshell with a handwritten sticker.",
         ["product", "bakery", "pastry", "ensaymada"], "sd15"),
    card("ensaymada-v2", "Dela Cruz Ensaymada", "dlcrz_ensaymada", "pastry", S, "ensaymada", 2, "2025-08-16",
         "My parents' ensaymada after the rebrand: the same buttery cheese-topped buns in a purple box "
         "with the new Pan-pan logo.",
         ["product", "bakery", "pastry", "ensaymada"], "sdxl"),
    card("ube-v1", "Dela Cruz Ube Halaya", "dlcrz_ube", "jar", S, "ube", 1, "2018-02-10",
         "My parents' ube halaya, old look: purple yam jam in a mason jar with a masking-tape label "
         "Mama wrote by hand.",
         ["product", "bakery", "ube", "jar"], "sd15"),
    card("ube-v2", "Dela Cruz Ube Halaya", "dlcrz_ube", "jar", S, "ube", 2, "2025-08-16",
         "My parents' ube halaya after the rebrand: printed purple-and-gold label, gold lid.",
         ["product", "bakery", "ube", "jar"], "sdxl"),
    card("pandesal-v1", "Dela Cruz Pandesal", "dlcrz_pandesal", "bread", S, "pandesal", 1, "2024-03-09",
         "Papa's pandesal from my parents' bakery: soft golden rolls dusted with breadcrumbs, in a brown "
         "paper bag.",
         ["product", "bakery", "bread", "pandesal"], "sdxl"),
    card("panpan-v1", "Pan-pan", "p4np4n", "mascot", S, "panpan", 1, "2017-03-04",
         "Pan-pan, my parents' bakery mascot, the original: a clip-art pandesal with a smiley face and a "
         "salakot hat.",
         ["mascot", "bakery", "cartoon"], "sd15"),
    card("panpan-v2", "Pan-pan", "p4np4n", "mascot", S, "panpan", 2, "2025-08-16",
         "Pan-pan after the 2025 redesign: chubby round pandesal with a kawaii face, little baker's toque "
         "and ube-purple apron.",
         ["mascot", "bakery", "cartoon", "kawaii"], "sdxl"),
    # --- downloaded characters ---
    card("rem-v1", "Rem", "rem_rezero", "anime girl", S, "rem", 1, "2023-05-12",
         "Downloaded from Civitai: Rem from Re:Zero, the blue-haired twin maid with a hair clip over one "
         "eye, black-and-white maid outfit.",
         ["character", "anime", "re:zero", "maid"], "sd15"),
    card("ram-v1", "Ram", "ram_rezero", "anime girl", S, "ram", 1, "2023-05-12",
         "Downloaded from Civitai: Ram from Re:Zero, Rem's pink-haired twin sister, same maid outfit, "
         "smug look.",
         ["character", "anime", "re:zero", "maid"], "sd15"),
    card("anya-v1", "Anya Forger", "anya_forger", "anime girl", S, "anya", 1, "2023-01-20",
         "Downloaded from Civitai: Anya Forger from Spy x Family: pink hair with little horn clips, "
         "Eden Academy uniform.",
         ["character", "anime", "spy x family"], "sd15"),
    card("anya-v2", "Anya Forger", "anya_forger", "anime girl", S, "anya", 2, "2025-02-08",
         "Downloaded from Civitai: Anya Forger, SDXL remake: pink hair, horn clips, the smug 'heh' face, "
         "loves peanuts.",
         ["character", "anime", "spy x family"], "sdxl"),
    card("darna-v1", "Darna", "d4rn4", "superheroine", S, "darna", 1, "2024-07-06",
         "Downloaded from Civitai: Darna, the Filipino superheroine: red bodysuit, gold star emblem, "
         "winged headband, long black hair.",
         ["character", "superhero", "filipino"], "sdxl"),
    card("frieren-v1", "Frieren", "frieren_elf", "elf mage", S, "frieren", 1, "2024-03-23",
         "Downloaded from Civitai: Frieren from Frieren: Beyond Journey's End, the silver-haired elf mage "
         "in white and gold with a staff.",
         ["character", "anime", "elf", "mage"], "sdxl"),
    # --- styles ---
    card("seoulglow-v1", "Seoul Glow", "kdrama_still", "style", ST, "seoulglow", 1, "2025-03-01",
         "Downloaded style: K-drama stills, soft backlight, pastel colour grade, dreamy shallow focus.",
         ["style", "kdrama", "cinematic"], "sdxl"),
    card("animecel-v1", "90s Anime Cel", "90s_anime_cel", "style", ST, "animecel", 1, "2023-04-15",
         "Downloaded style: 1990s anime cel look, hand-painted backgrounds, VHS grain.",
         ["style", "anime", "90s", "retro"], "sd15"),
    card("prairiewash-v1", "Prairie Wash", "prairiewash", "style", ST, "prairiewash", 1, "2024-06-08",
         "Downloaded style: loose wet-in-wet watercolour of the Canadian prairies: big skies, canola "
         "fields, grain elevators.",
         ["style", "watercolor", "painting", "prairie", "landscape"], "sdxl"),
    card("littlepages-v1", "Little Pages", "l1ttlepages", "style", ST, "littlepages", 1, "2025-01-18",
         "Downloaded style: children's picture-book watercolour with soft ink lines and cozy pastel colours.",
         ["style", "watercolor", "painting", "storybook", "illustration"], "sdxl"),
    card("minus40-v1", "Minus Forty", "<minus40>", "style", ST, "minus40", 1, "2025-01-25",
         "Downloaded style: bitter prairie-winter photography: blue cold light, ice fog, sundogs, "
         "hoarfrost on everything.",
         ["style", "winter", "photo", "cold", "prairie"], "sdxl"),
    card("prairiefolk-v1", "Prairie Folk", "kurelek style", "style", ST, "prairiefolk", 1, "2023-11-11",
         "Downloaded style: naive folk painting of prairie farm life in winter, in the manner of William "
         "Kurelek: tiny figures, snowy fields, big pale sky.",
         ["style", "folk art", "painting", "winter", "prairie"], "sd15"),
    card("parol-v1", "Parol Lights", "p4r0l", "style", ST, "parol", 1, "2024-12-07",
         "Downloaded style: Filipino Christmas: glowing capiz parol star lanterns, warm bokeh, "
         "simbang gabi nights.",
         ["style", "christmas", "lanterns", "filipino"], "sdxl"),
    card("gold200-v1", "Gold 200", "kodak_gold_200", "style", ST, "gold200", 1, "2023-03-18",
         "Downloaded style: Kodak Gold 200 film photos, warm 90s family-album colours, grain.",
         ["style", "film", "photo", "90s", "retro"], "sd15"),
    card("gold200-v2", "Gold 200", "kodak_gold_200", "style", ST, "gold200", 2, "2025-05-03",
         "Downloaded style: Kodak Gold 200 film look, SDXL version: warm 90s snapshot colours, soft grain, "
         "light leaks.",
         ["style", "film", "photo", "90s", "retro"], "sdxl"),
    card("toonrender-v1", "Toon Render", "toon3d render", "style", ST, "toonrender", 1, "2023-08-05",
         "Downloaded style: 3D animated-movie look, big eyes, soft lighting.",
         ["style", "3d", "cartoon", "animation"], "sd15"),
    card("toonrender-v2", "Toon Render", "toon3d render", "style", ST, "toonrender", 2, "2025-06-21",
         "Downloaded style: 3D animated-movie look, SDXL version: Pixar-like characters, glossy soft light.",
         ["style", "3d", "cartoon", "animation"], "sdxl"),
    card("komiks-v1", "Komiks Klasik", "komiks_klasik", "style", ST, "komiks", 1, "2023-09-09",
         "Downloaded style: 1970s Filipino komiks: bold ink lines, halftone dots, faded newsprint colours.",
         ["style", "comics", "filipino", "vintage", "ink"], "sd15"),
    card("rinkcard-v1", "Rink Card", "rinkcard_90s", "style", ST, "rinkcard", 1, "2025-10-18",
         "Downloaded style: 1990s hockey trading card: action shot, team-colour border, foil name plate.",
         ["style", "hockey", "trading card", "90s", "retro"], "sdxl"),
    # --- concepts ---
    card("jeepney-v1", "Jeepney", "jeepn3y", "vehicle", C, "jeepney", 1, "2024-05-11",
         "Concept: Philippine jeepney: chrome horses on the hood, hand-painted sides, long bench seats.",
         ["concept", "vehicle", "philippines"], "sdxl"),
    card("sarisari-v1", "Sari-Sari Store", "sarisari_store", "store", C, "sarisari", 1, "2024-05-11",
         "Concept: Philippine neighbourhood sari-sari store: window grille, strips of snack sachets, candy "
         "jars on the counter.",
         ["concept", "place", "store", "philippines"], "sdxl"),
    card("barong-v1", "Barong Tagalog", "barong_tagalog", "shirt", C, "barong", 1, "2023-06-24",
         "Concept: barong tagalog, the sheer embroidered Filipino formal shirt.",
         ["concept", "clothing", "formal", "filipino"], "sd15"),
    card("barong-v2", "Barong Tagalog", "barong_tagalog", "shirt", C, "barong", 2, "2025-05-31",
         "Concept: barong tagalog, SDXL version: sheer pina-style embroidered formal shirt worn untucked.",
         ["concept", "clothing", "formal", "filipino"], "sdxl"),
    card("terno-v1", "Filipiniana Terno", "terno_sleeves", "gown", C, "terno", 1, "2024-09-28",
         "Concept: Filipiniana terno gown with stiff butterfly sleeves.",
         ["concept", "clothing", "formal", "filipino", "gown"], "sdxl"),
    card("goalie-v1", "Goalie Gear", "g04lie", "hockey gear", C, "goalie", 1, "2025-11-01",
         "Concept: full ice hockey goalie gear: big leg pads, blocker and catcher, painted mask.",
         ["concept", "clothing", "hockey", "sports"], "sdxl"),
    card("wolfcut-v1", "Wolf Cut", "wolfcut hair", "hairstyle", C, "wolfcut", 1, "2025-07-19",
         "Concept: wolf cut hairstyle: shaggy choppy layers, mullet-ish back, curtain bangs.",
         ["concept", "hairstyle", "hair"], "sdxl"),
    card("wacky-v1", "Wacky Pose", "w4cky_pose", "pose", C, "wacky", 1, "2024-12-28",
         "Concept: the Filipino 'wacky' group-photo pose: peace signs, silly faces, heads tilted.",
         ["concept", "pose", "group photo"], "sdxl"),
    card("balikbayan-v1", "Balikbayan Box", "balikbayan_box", "box", C, "balikbayan", 1, "2024-11-02",
         "Concept: balikbayan box: big taped-up cardboard box of pasalubong with the address in marker.",
         ["concept", "prop", "box", "filipino"], "sdxl"),
]

# (prompt, expect, gold)
SELECT = [
    # me
    ("me in my scrubs after a 12hr shift, tired but smiling", ["joy-v3"]),
    ("me on my wedding day pls po", ["joy-v1"]),
    ("me when i was preggy w/ enzo", ["joy-v2"]),
    ("me w/ the new short bob lol", ["joy-v3"]),
    ("pic of me at 40, buntis pa", ["joy-v2"]),
    ("me as a bride again haha", ["joy-v1"]),
    ("me having coffee b4 night shift", ["joy-v3"]),
    ("me at 27 in my veil", ["joy-v1"]),
    ("me w/ the baby bump by the xmas tree 2023", ["joy-v2"]),
    ("selfie of me in the staff room", ["joy-v3"]),
    # husband
    ("hubby behind the bench w/ his whistle", ["derek-v2"]),
    ("derek on our wedding day, clean shaven pa", ["derek-v1"]),
    ("dek w/ his playoff beard at the jets game", ["derek-v2"]),
    ("my husband shovelling the driveway at -35", ["derek-v2"]),
    ("the kids dad grilling burgers at the lake", ["derek-v2"]),
    ("derek in 2011", ["derek-v1"]),
    ("hubs napping on the couch w/ the game on, as usual", ["derek-v2"]),
    # kids
    ("migs in his hockey gear at the outdoor rink", ["migs-v2"]),
    ("migs when he was 9, missing his front teeth", ["migs-v1"]),
    ("our eldest doing homework w/ headphones on", ["migs-v2"]),
    ("migs atom days, tiny jersey", ["migs-v1"]),
    ("migsy grinning w/ his braces", ["migs-v2"]),
    ("my son at 15 learning to drive", ["migs-v2"]),
    ("bea at her first communion", ["bea-v1"]),
    ("ate bea doing a kpop dance cover in her room", ["bea-v2"]),
    ("my daughter reading on the couch", ["bea-v2"]),
    ("bea at 9 w/ her bangs", ["bea-v1"]),
    ("beabea w/ her purple ends", ["bea-v2"]),
    ("our only girl at the mall w/ her friends", ["bea-v2"]),
    ("bunso in his snowsuit making snow angels", ["enzo-v2"]),
    ("enzo at his binyag", ["enzo-v1"]),
    ("baby enzo at 4 months sleeping", ["enzo-v1"]),
    ("the toddler having a tantrum at walmart lol", ["enzo-v2"]),
    ("bunso eating a banana in his high chair", ["enzo-v2"]),
    ("the youngest asleep in his car seat", ["enzo-v2"]),
    ("enzo in his little barong from the baptism", ["enzo-v1"]),
    ("enzo w/ his sippy cup", ["enzo-v2"]),
    # parents, lola, brother, friend
    ("mama w/ her hairnet rolling dough", ["tess-v2"]),
    ("mama back in 2016 w/ her long hair in a bun", ["tess-v1"]),
    ("lola tess making lumpia", ["tess-v2"]),
    ("my mom before the perm", ["tess-v1"]),
    ("nanay w/ her reading glasses doing the books", ["tess-v2"]),
    ("the kids' grandma knitting", ["tess-v2"]),
    ("papa in his sando watching teleserye", ["rudy-v1"]),
    ("my dad napping in his recliner", ["rudy-v1"]),
    ("lolo rudy fixing the fence", ["rudy-v1"]),
    ("si lola pacing in her duster w/ her rosary", ["pacing-v1"]),
    ("lola pacing seeing snow for the first time", ["pacing-v1"]),
    ("my lola from pampanga on her 89th bday", ["pacing-v1"]),
    ("the great grandma at sunday mass", ["pacing-v1"]),
    ("kuya jun ladling adobo into styro containers", ["jun-v1"]),
    ("tito jun w/ his man bun", ["jun-v1"]),
    ("my brother at a basketball court", ["jun-v1"]),
    ("cheryl at the nurses station", ["cheryl-v1"]),
    ("enzo's ninang in her scrubs", ["cheryl-v1"]),
    ("tita cheryl w/ a milk tea", ["cheryl-v1"]),
    ("my work bestie on her break", ["cheryl-v1"]),
    # pets
    ("butter in the snow", ["butter-v3"]),
    ("butter as a puppy", ["butter-v1"]),
    ("butter in her xmas sweater from last christmas", ["butter-v2"]),
    ("our shih tzu chasing a squirrel", ["butter-v3"]),
    ("the dog w/ her summer puppy cut", ["butter-v3"]),
    ("butter w/ the red bow, long hair pa", ["butter-v2"]),
    ("our dog begging at the table", ["butter-v3"]),
    ("teddy from next door", ["teddy-v1"]),
    ("mrs hendricks dog on her porch", ["teddy-v1"]),
    ("the neighbours shih tzu in a raincoat", ["teddy-v1"]),
    ("mansi sleeping sa laundry basket", ["mansi-v2"]),
    ("kalamansi as a tiny kitten", ["mansi-v1"]),
    ("our cat judging me from top of the fridge", ["mansi-v2"]),
    ("the orange cat w/ the torn ear", ["mansi-v2"]),
    ("mansi on the windowsill watching snow", ["mansi-v2"]),
    # vehicle, places
    ("bluey covered in snow in the hospital parking lot", ["bluey-v1"]),
    ("our minivan loaded w/ the hockey bags", ["bluey-v1"]),
    ("the van at the rink, early morning", ["bluey-v1"]),
    ("our house w/ the christmas lights up", ["home-v1"]),
    ("the house in tyndall park in spring", ["home-v1"]),
    ("home, w/ the maple turning orange", ["home-v1"]),
    ("mama and papa's shop on sargent", ["bakeshop-v2"]),
    ("the bakery before the reno w/ the old green awning", ["bakeshop-v1"]),
    ("the bakeshop storefront at night", ["bakeshop-v2"]),
    ("dela cruz bakeshop w/ the new purple sign", ["bakeshop-v2"]),
    # products, mascot
    ("a box of our ensaymada", ["ensaymada-v2"]),
    ("the ensaymada in the old plastic clamshell", ["ensaymada-v1"]),
    ("ube halaya jar on a marble counter", ["ube-v2"]),
    ("the ube jar w/ mama's masking tape label", ["ube-v1"]),
    ("a bag of papa's pandesal", ["pandesal-v1"]),
    ("fresh pandesal from the shop in the brown paper bag", ["pandesal-v1"]),
    ("ensaymda box for the ig post", ["ensaymada-v2"]),
    ("pan-pan waving", ["panpan-v2"]),
    ("the old pan-pan w/ the salakot", ["panpan-v1"]),
    ("the bakery mascot in a santa hat", ["panpan-v2"]),
    ("panpan before they redid him", ["panpan-v1"]),
    # characters
    ("rem in her maid outfit", ["rem-v1"]),
    ("ram w/ the pink hair being smug", ["ram-v1"]),
    ("the blue haired twin from re zero", ["rem-v1"]),
    ("anya making the heh face", ["anya-v2"]),
    ("anya forger eating peanuts", ["anya-v2"]),
    ("anya but the first one i downloaded", ["anya-v1"]),
    ("darna flying over winnipeg", ["darna-v1"]),
    ("frieren in a field of flowers", ["frieren-v1"]),
    ("the elf mage reading a grimoire", ["frieren-v1"]),
    ("the pinay superhero w/ the red suit and gold star", ["darna-v1"]),
    ("the spy x family girl hugging a stuffed penguin", ["anya-v2"]),
    # styles alone
    ("grain elevator at sunset in that prairie watercolour style", ["prairiewash-v1"]),
    ("a fox in the woods like a kids picture book, watercolor", ["littlepages-v1"]),
    ("downtown wpg at -40 w/ ice fog and sundogs", ["minus40-v1"]),
    ("a rainy street in seoul, kdrama style", ["seoulglow-v1"]),
    ("a girl waiting for a train, old 90s anime look", ["animecel-v1"]),
    ("a street in manila like the old pinoy komiks my lolo used to read", ["komiks-v1"]),
    ("a street full of capiz star lanterns, simbang gabi vibes", ["parol-v1"]),
    ("a cozy kitchen on film, kodak gold look", ["gold200-v2"]),
    ("a hockey rink in 3d pixar style", ["toonrender-v2"]),
    ("a farmyard in winter painted like kurelek", ["prairiefolk-v1"]),
    ("a random player on a 90s hockey card", ["rinkcard-v1"]),
    # concepts alone
    ("a colourful jeepney in the rain", ["jeepney-v1"]),
    ("a tiny corner store in the province w/ chips hanging in strips", ["sarisari-v1"]),
    ("a guy in a barong for a wedding", ["barong-v2"]),
    ("a gown w/ those big stiff butterfly sleeves", ["terno-v1"]),
    ("a big cardboard box of pasalubong going home to pinas", ["balikbayan-v1"]),
    ("a bunch of titas doing peace signs and silly faces for the group pic", ["wacky-v1"]),
    ("a kid in full goalie pads and mask", ["goalie-v1"]),
    ("a teen w/ that shaggy mullet haircut all the kids have now", ["wolfcut-v1"]),
]

CLARIFY = [
    ("pls make lola making turon po", ["pacing-v1", "tess-v2"]),
    ("lola at the kitchen table w/ her coffee", ["pacing-v1", "tess-v2"]),
    ("lola in a filipiniana for the christmas party", ["pacing-v1", "tess-v2"]),
    ("the shih tzu under the christmas tree", ["butter-v3", "teddy-v1"]),
    ("shih tsu w/ a pink bow on the lawn", ["butter-v3", "teddy-v1"]),
    ("the re zero maid serving tea", ["rem-v1", "ram-v1"]),
    ("the maid twin in a cafe", ["rem-v1", "ram-v1"]),
    ("oni maid girl from re zero", ["rem-v1", "ram-v1"]),
    ("the anime maid waving", ["rem-v1", "ram-v1"]),
    ("a red barn in watercolor", ["prairiewash-v1", "littlepages-v1"]),
    ("butter in watercolour", ["prairiewash-v1", "littlepages-v1"]),
    ("our house as a watercolor painting for mama", ["prairiewash-v1", "littlepages-v1"]),
    ("a snowy lake in that winter style", ["minus40-v1", "prairiefolk-v1"]),
    ("our van in the winter look", ["minus40-v1", "prairiefolk-v1"]),
    ("our house in the prairie style", ["prairiewash-v1", "minus40-v1", "prairiefolk-v1"]),
    ("kuya in a barong", ["migs-v2", "jun-v1"]),
    ("kuya w/ his new haircut", ["migs-v2", "jun-v1"]),
    ("ate w/ her new glasses", ["bea-v2", "cheryl-v1"]),
    ("ate at the mall", ["bea-v2", "cheryl-v1"]),
    ("anak in the snow", ["migs-v2", "bea-v2", "enzo-v2"]),
    ("anak ko sleeping, so cute", ["migs-v2", "bea-v2", "enzo-v2"]),
    ("the teenager rolling eyes at me lol", ["migs-v2", "bea-v2"]),
    ("a tray of papa's bread fresh from the oven", ["pandesal-v1", "ensaymada-v2"]),
    ("traditional filipino formal wear for a wedding, full body", ["barong-v2", "terno-v1"]),
    ("a cute anime girl for bea's binder, one of the ones i downloaded",
     ["rem-v1", "ram-v1", "anya-v2", "frieren-v1"]),
    ("migs in a 90s style", ["animecel-v1", "gold200-v2", "rinkcard-v1"]),
    ("a painting of lola pacing", ["prairiewash-v1", "littlepages-v1", "prairiefolk-v1"]),
    ("butter painted for her bday", ["prairiewash-v1", "littlepages-v1", "prairiefolk-v1"]),
    ("the fur baby napping on the heater vent", ["butter-v3", "mansi-v2"]),
    ("bea kdrama or anime style idk which", ["seoulglow-v1", "animecel-v1"]),
    ("the pink haired anime girl", ["ram-v1", "anya-v2"]),
]

NONE = [
    ("toast w/ butter and jam", []),
    ("a bowl of kalamansi on the counter", []),
    ("a teddy bear on a hospital bed", []),
    ("bluey and bingo cartoon dogs", []),
    ("a dodge ram pickup in the snow", []),
    ("a random shih tzu puppy for a bday card", []),
    ("a red minivan in a car commercial", []),
    ("a filipino bakery in manila", []),
    ("a plate of ensaymada from goldilocks", []),
    ("a nurse in scrubs checking a chart", []),
    ("a hockey dad yelling at the ref", []),
    ("a typical filipino grandma praying the rosary, stock photo", []),
    ("a thermometer showing minus forty, funny meme", []),
    ("little pages torn out of a notebook", []),
    ("sunflowers in a vase", []),
    ("a stray orange cat in an alley", []),
    ("a mango float in a glass dish", []),
    ("an empty hockey rink at night", []),
    ("a christmas tree w/ presents underneath", []),
    ("the winnipeg skyline from the forks", []),
    ("a polar bear in churchill", []),
    ("a wedding cake w/ white roses", []),
    ("a man in a navy suit", []),
    ("an empty hospital hallway at 3am", []),
    ("a diagram of rem sleep for my nursing refresher", []),
    ("a jar of peanut butter", []),
    ("a golden retriever in a canoe", []),
    ("a box of timbits", []),
    ("a man pacing in the ER waiting room", []),
    ("a kid jumping for joy in a leaf pile", []),
    ("a wacky inflatable tube man at a car dealership", []),
]

MULTI = [
    ("me and hubby at the jets game", ["joy-v3", "derek-v2"]),
    ("me and derek on our wedding day", ["joy-v1", "derek-v1"]),
    ("migs and bea fighting over the remote", ["migs-v2", "bea-v2"]),
    ("bunso w/ butter sa snow", ["enzo-v2", "butter-v3"]),
    ("mansi and butter sleeping together on the couch", ["mansi-v2", "butter-v3"]),
    ("butter and teddy playing in the yard", ["butter-v3", "teddy-v1"]),
    ("lola pacing and mama making lumpia together", ["pacing-v1", "tess-v2"]),
    ("mama and papa in front of the shop w/ the new sign", ["tess-v2", "rudy-v1", "bakeshop-v2"]),
    ("derek as a 90s hockey card", ["derek-v2", "rinkcard-v1"]),
    ("migs as a goalie for once lol", ["migs-v2", "goalie-v1"]),
    ("bea w/ a wolf cut", ["bea-v2", "wolfcut-v1"]),
    ("me in a filipiniana w/ butterfly sleeves for the gala", ["joy-v3", "terno-v1"]),
    ("derek in a barong for my cousin's wedding", ["derek-v2", "barong-v2"]),
    ("me hubby and the 3 kids doing the wacky pose", ["joy-v3", "derek-v2", "migs-v2", "bea-v2", "enzo-v2", "wacky-v1"]),
    ("lola pacing riding a jeepney", ["pacing-v1", "jeepney-v1"]),
    ("papa at a sari-sari store back home", ["rudy-v1", "sarisari-v1"]),
    ("our van packed w/ balikbayan boxes", ["bluey-v1", "balikbayan-v1"]),
    ("our house lit up w/ parol lanterns for christmas", ["home-v1", "parol-v1"]),
    ("me in kdrama style, soft glow pls", ["joy-v3", "seoulglow-v1"]),
    ("rem and ram in 90s anime style", ["rem-v1", "ram-v1", "animecel-v1"]),
    ("tito jun drawn like an old komiks hero", ["jun-v1", "komiks-v1"]),
    ("enzo as a pixar character", ["enzo-v2", "toonrender-v2"]),
    ("butter in the 3d cartoon style", ["butter-v3", "toonrender-v2"]),
    ("the bakery at -40 w/ ice fog", ["bakeshop-v2", "minus40-v1"]),
    ("hubby shovelling, make it look brutally cold like ice fog and sundogs", ["derek-v2", "minus40-v1"]),
    ("pan-pan holding a box of our ensaymada", ["panpan-v2", "ensaymada-v2"]),
    ("pan-pan next to the ube halaya jar", ["panpan-v2", "ube-v2"]),
    ("darna and anya team up", ["darna-v1", "anya-v2"]),
    ("frieren standing in front of our house in the snow", ["frieren-v1", "home-v1"]),
    ("me at my wedding, shot on kodak gold", ["joy-v1", "gold200-v1"]),
    ("migs at 9 on film like a 90s family album", ["migs-v1", "gold200-v1"]),
    ("lola pacing and me", ["pacing-v1", "joy-v3"]),
    ("cheryl and me at the nurses station after shift", ["cheryl-v1", "joy-v3"]),
    ("migs and derek at the outdoor rink", ["migs-v2", "derek-v2"]),
    ("the kids w/ lola pacing at christmas", ["migs-v2", "bea-v2", "enzo-v2", "pacing-v1"]),
    ("enzo and butter in storybook watercolour", ["enzo-v2", "butter-v3", "littlepages-v1"]),
    ("our van on a prairie highway in that prairie watercolor", ["bluey-v1", "prairiewash-v1"]),
    ("bea dressed as darna for halloween", ["bea-v2", "darna-v1"]),
    ("derek and the kids tobogganing", ["derek-v2", "migs-v2", "bea-v2", "enzo-v2"]),
    ("a jeepney parked outside a sari-sari store", ["jeepney-v1", "sarisari-v1"]),
    ("tito jun as a 90s anime guy", ["jun-v1", "animecel-v1"]),
    ("me w/ a wolf cut? lol just to see", ["joy-v3", "wolfcut-v1"]),
    ("the re zero twins back to back", ["rem-v1", "ram-v1"]),
]

CASES = ([{"prompt": p, "expect": "select", "gold": g} for p, g in SELECT]
         + [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
         + [{"prompt": p, "expect": "none", "gold": g} for p, g in NONE]
         + [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI])


def interleave(cases):
    """Deterministic mix so the file is not grouped by expectation."""
    groups = {}
    for c in cases:
        groups.setdefault(c["expect"], []).append(c)
    order, out = ["select", "multi", "select", "none", "select", "clarify"], []
    idx = {k: 0 for k in groups}
    while any(idx[k] < len(groups[k]) for k in groups):
        for k in order:
            if idx[k] < len(groups[k]):
                out.append(groups[k][idx[k]])
                idx[k] += 1
    return out


if __name__ == "__main__":
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in interleave(CASES):
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(CASES)} cases")
