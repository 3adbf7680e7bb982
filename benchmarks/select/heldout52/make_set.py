#!/usr/bin/env python3
"""heldout52: a blind held-out selection set (a Punjabi Sikh trucking family in Surrey, BC).

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
    # --- me -----------------------------------------------------------------------------------
    card("harjit-v1", "Harjit", "ohwx man", "man", "subject", "harjit", 1, "2008-07-19",
         "Me, Harjit Singh Gill ('Jeet' at home, 'Harry' on the dispatch radio), at 29 raiding for "
         "the Surrey kabaddi side at the Ross Street tournament: bare-chested, orange patka, short "
         "black beard, mud on my knees.",
         ["me", "person", "man", "kabaddi", "patka", "young"], "sd15"),
    card("harjit-v2", "Harjit", "ohwx man", "man", "subject", "harjit", 2, "2017-05-06",
         "Me, Harjit, at 38 the day Gill Bros Trucking got its tenth Peterbilt: navy dastar, full "
         "black beard, hi-vis vest, arms crossed in front of the trucks.",
         ["me", "person", "man", "dastar", "business", "hi-vis"], "sd15"),
    card("harjit-v3", "Harjit", "ohwx man", "man", "subject", "harjit", 3, "2025-10-11",
         "Me, Harjit, at 46 coaching the kabaddi boys: kesri dastar, beard gone mostly grey, "
         "reading glasses, whistle round my neck, team tracksuit.",
         ["me", "person", "man", "dastar", "coach", "grey beard"], "sdxl"),
    # --- my wife ------------------------------------------------------------------------------
    card("manpreet-v1", "Manpreet", "sks woman", "woman", "subject", "manpreet", 1, "2004-11-20",
         "My wife Manpreet ('Preet') at 24 at our anand karaj: red wedding suit with heavy gold "
         "embroidery, red chooda bangles, kaleeray hanging from her wrists.",
         ["wife", "person", "woman", "wedding", "bride"], "sd15"),
    card("manpreet-v2", "Manpreet", "sks woman", "woman", "subject", "manpreet", 2, "2014-03-02",
         "My wife Preet at 33, eight months pregnant with our son, in a loose lilac kurta at her "
         "godh bharai (baby shower).",
         ["wife", "person", "woman", "pregnant", "baby shower"], "sd15"),
    card("manpreet-v3", "Manpreet", "sks woman", "woman", "subject", "manpreet", 3, "2025-06-14",
         "My wife Preet at 44 after a night shift at Surrey Memorial: navy nursing scrubs, "
         "stethoscope round her neck, hair in a low bun, tired smile.",
         ["wife", "person", "woman", "nurse", "scrubs"], "sdxl"),
    # --- the twins ----------------------------------------------------------------------------
    card("simran-v1", "Simran", "s1mr4n", "girl", "subject", "simran", 1, "2022-09-10",
         "Our daughter Simran ('Simmi'), one of the twins, at her sweet sixteen: long hair in a "
         "side braid, pink lehenga, braces on her teeth.",
         ["daughter", "person", "girl", "twin", "teen", "braces"], "sd15"),
    card("simran-v2", "Simran", "s1mr4n", "woman", "subject", "simran", 2, "2025-09-06",
         "Our daughter Simmi at 19 in her UBC nursing hoodie: long straight hair, round gold "
         "glasses, backpack on one shoulder.",
         ["daughter", "person", "woman", "twin", "student", "glasses"], "sdxl"),
    card("jasleen-v1", "Jasleen", "j4sl33n", "girl", "subject", "jasleen", 1, "2022-09-10",
         "Our daughter Jasleen ('Jassi'), Simmi's twin, at sixteen: the same face as her sister "
         "but with a tiny nose stud and a high ponytail, black-and-gold suit.",
         ["daughter", "person", "girl", "twin", "teen", "nose stud"], "sd15"),
    card("jasleen-v2", "Jasleen", "j4sl33n", "woman", "subject", "jasleen", 2, "2025-10-18",
         "Our daughter Jassi at 19 after she cut her hair into a short bob: SFU engineering "
         "jacket, nose stud, laptop under her arm.",
         ["daughter", "person", "woman", "twin", "student", "bob haircut"], "sdxl"),
    # --- our son ------------------------------------------------------------------------------
    card("fateh-v1", "Fateh", "<fateh-boy>", "boy", "subject", "fateh", 1, "2022-01-15",
         "Our son Fatehveer ('Fateh', 'Chotu') at 8 in his first Surrey minor hockey jersey: "
         "blue patka, missing front teeth, helmet under his arm.",
         ["son", "person", "boy", "hockey", "patka", "kid"], "sd15"),
    card("fateh-v2", "Fateh", "<fateh-boy>", "boy", "subject", "fateh", 2, "2025-12-20",
         "Our son Fateh at 11: red Canucks hoodie, black patka with a small khanda pin, hockey "
         "stick over his shoulder.",
         ["son", "person", "boy", "hockey", "patka", "kid"], "sdxl"),
    # --- my parents, in-laws, brother, cousin ---------------------------------------------------
    card("bapuji-v1", "Bapu ji", "bapu_ji", "old man", "subject", "bapuji", 1, "2016-04-13",
         "My father, Bapu ji (Gurdev Singh; dada ji to the kids), at 70 at the Vaisakhi nagar "
         "kirtan: black-and-grey beard, white dastar, kesri sash.",
         ["father", "person", "old man", "vaisakhi", "dastar"], "sd15"),
    card("bapuji-v2", "Bapu ji", "bapu_ji", "old man", "subject", "bapuji", 2, "2025-08-03",
         "My father Bapu ji at 79 after his knee surgery: long pure-white beard, white dastar, "
         "cream kurta pajama, wooden walking stick.",
         ["father", "person", "old man", "white beard", "walking stick"], "sdxl"),
    card("bebeji-v1", "Bebe ji", "b3b3ji", "old woman", "subject", "bebeji", 1, "2025-02-09",
         "My mother, Bebe ji (Surjit Kaur; dadi to the kids), 76: white chunni over her hair, "
         "thick glasses, always knitting a sweater by the window.",
         ["mother", "person", "old woman", "chunni", "knitting"], "sdxl"),
    card("nani-v1", "Nani ji", "nanijee_bk", "old woman", "subject", "nani", 1, "2023-12-24",
         "My wife's mother, Balwinder Kaur, Nani ji to the kids, 70, visiting from Ludhiana: "
         "printed cotton suit, grey shawl, big laugh.",
         ["mother-in-law", "person", "old woman", "shawl"], "sd15"),
    card("kuldeep-v1", "Kuldeep", "kld33p man", "man", "subject", "kuldeep", 1, "2016-07-01",
         "My cousin Kuldeep ('Keepa' bhaji) at 41 on the opening day of his Shine Truck Wash on "
         "128 Street: black beard, red dastar, rubber boots, pressure washer in hand.",
         ["cousin", "person", "man", "truck wash", "dastar"], "sd15"),
    card("kuldeep-v2", "Kuldeep", "kld33p man", "man", "subject", "kuldeep", 2, "2024-05-25",
         "My cousin Kuldeep bhaji at 49 at the truck wash: salt-and-pepper beard, black dastar, "
         "yellow Shine Truck Wash hoodie.",
         ["cousin", "person", "man", "truck wash", "dastar"], "sdxl"),
    card("sukhi-v1", "Sukhi", "<sukhi>", "man", "subject", "sukhi", 1, "2024-01-06",
         "My younger brother Sukhwinder ('Sukhi'), the kids' chachu, 42, who drives team with me "
         "on the Toronto run: trimmed beard, Blue Jays cap, Gill Bros jacket.",
         ["brother", "person", "man", "trucker", "cap"], "sd15"),
    # --- animals --------------------------------------------------------------------------------
    card("sher-v1", "Sher", "sks dog", "dog", "subject", "sher", 1, "2019-05-12",
         "Our German shepherd Sher ('Sheru') as a four-month puppy: oversized ears, fluffy "
         "tan-and-black coat, chewing Bapu ji's slipper.",
         ["pet", "dog", "german shepherd", "puppy"], "sd15"),
    card("sher-v2", "Sher", "sks dog", "dog", "subject", "sher", 2, "2024-09-22",
         "Our German shepherd Sher at 5: big black-and-tan male with an orange collar, guards "
         "the truck yard.",
         ["pet", "dog", "german shepherd"], "sdxl"),
    card("rocky-v1", "Rocky", "r0cky dog", "dog", "subject", "rocky", 1, "2025-03-30",
         "Rocky, the Dhillons' German shepherd next door: looks almost exactly like our Sher, "
         "black-and-tan, but with a torn left ear and a blue harness.",
         ["dog", "german shepherd", "neighbour"], "sdxl"),
    card("billu-v1", "Billu", "<billu-cat>", "cat", "subject", "billu", 1, "2023-07-15",
         "Billu, the chunky grey tabby barn cat at our Abbotsford farm, with white socks.",
         ["pet", "cat", "tabby", "farm"], "sd15"),
    card("mithu-v1", "Mithu", "m1thu bird", "parrot", "subject", "mithu", 1, "2022-04-03",
         "Mithu, my mother's green parakeet with a red beak and a black-and-pink neck ring; he "
         "says 'sat sri akal'.",
         ["pet", "bird", "parrot"], "sdxl"),
    # --- vehicle, places -----------------------------------------------------------------------
    card("rani-v1", "Rani", "rani_pete389", "semi truck", "subject", "rani", 1, "2016-03-19",
         "Rani, my own Peterbilt 389, when I bought her: royal blue paint, chrome stacks, "
         "'Gill Bros' lettered on the door.",
         ["truck", "vehicle", "peterbilt", "blue"], "sd15"),
    card("rani-v2", "Rani", "rani_pete389", "semi truck", "subject", "rani", 2, "2024-06-08",
         "Rani, my Peterbilt 389, after the repaint: kesri orange, hand-painted flower panels on "
         "the sleeper and a khanda on the grille.",
         ["truck", "vehicle", "peterbilt", "orange"], "sdxl"),
    card("gillhouse-v1", "Gill House", "<gill-house>", "house", "subject", "gillhouse", 1,
         "2012-08-11",
         "Our house in Surrey when we bought it: beige two-storey with a small lawn and a "
         "basketball hoop over the garage.",
         ["home", "house", "place", "surrey"], "sd15"),
    card("gillhouse-v2", "Gill House", "<gill-house>", "house", "subject", "gillhouse", 2,
         "2022-10-01",
         "Our house in Surrey after the rebuild: big white stucco house, black window frames, "
         "stone pillars, a basement suite for my parents.",
         ["home", "house", "place", "surrey"], "sdxl"),
    card("gillfarm-v1", "Gill Farm", "gillfarm_abby", "farm", "subject", "gillfarm", 1,
         "2024-07-20",
         "Our blueberry farm near Abbotsford: long rows of blueberry bushes, a red barn, Mount "
         "Baker behind.",
         ["farm", "place", "blueberries", "abbotsford"], "sdxl"),
    # --- business -----------------------------------------------------------------------------
    card("gillbros-logo-v1", "Gill Bros Trucking logo", "gillbros_logo", "logo", "subject",
         "gillbros-logo", 1, "2010-02-01",
         "Our company logo for Gill Bros Trucking, the original: red-and-yellow lettering next "
         "to a clip-art semi truck.",
         ["logo", "business", "trucking", "old"], "sd15"),
    card("gillbros-logo-v2", "Gill Bros Trucking logo", "gillbros_logo", "logo", "subject",
         "gillbros-logo", 2, "2024-01-15",
         "Our redesigned Gill Bros Trucking logo: black shield with a gold Peterbilt grille and "
         "a lion's head.",
         ["logo", "business", "trucking", "new"], "sdxl"),
    card("pindfresh-v1", "Pind Fresh", "pind_fresh_label", "label", "subject", "pindfresh", 1,
         "2019-06-30",
         "The label on our farm's Pind Fresh blueberry boxes, first design: hand-drawn "
         "blueberries, green lettering on white.",
         ["label", "product", "blueberries", "farm", "old"], "sd15"),
    card("pindfresh-v2", "Pind Fresh", "pind_fresh_label", "label", "subject", "pindfresh", 2,
         "2025-06-21",
         "The new Pind Fresh label on our blueberry clamshells after the redesign: navy "
         "background, gold Gurmukhi-style lettering, a blueberry wearing a tiny turban.",
         ["label", "product", "blueberries", "farm", "new"], "sdxl"),
    card("bubbles-v1", "Bubbles", "bubbl3s_mascot", "mascot", "subject", "bubbles", 1,
         "2021-05-05",
         "Bubbles, the mascot of my cousin's Shine Truck Wash: a round soap bubble with big "
         "eyes, a tiny yellow dastar and a squeegee.",
         ["mascot", "cartoon", "truck wash", "business"], "sd15"),
    # --- downloaded characters ------------------------------------------------------------------
    card("chip-v1", "Chip", "chip_chipmunk", "chipmunk", "subject", "chip", 1, "2024-02-11",
         "Downloaded from Civitai: Chip, the cartoon chipmunk from Chip 'n Dale: black nose, two "
         "small front teeth, serious look.",
         ["character", "cartoon", "chipmunk", "disney"], "sd15"),
    card("dale-v1", "Dale", "dale_chipmunk", "chipmunk", "subject", "dale", 1, "2024-02-11",
         "Downloaded from Civitai: Dale, Chip's look-alike partner: big red nose, buck teeth with "
         "a gap, goofy grin.",
         ["character", "cartoon", "chipmunk", "disney"], "sd15"),
    card("bheem-v1", "Bheem", "chhota_bheem", "boy", "subject", "bheem", 1, "2023-06-04",
         "Downloaded from Civitai: Chhota Bheem, the strong little cartoon boy in an orange "
         "dhoti, always with a laddoo.",
         ["character", "cartoon", "indian cartoon", "kid"], "sd15"),
    card("motu-v1", "Motu", "motu_mp", "man", "subject", "motu", 1, "2023-06-04",
         "Downloaded from Civitai: Motu from the cartoon Motu Patlu: round, chubby, big "
         "moustache, red kurta, crazy about samosas.",
         ["character", "cartoon", "indian cartoon"], "sd15"),
    # --- styles ---------------------------------------------------------------------------------
    card("phulkari-v1", "Phulkari", "phulkari style", "embroidery", "style", "phulkari", 1,
         "2025-04-12",
         "Downloaded style: Phulkari embroidery, dense silk darn-stitch geometric flowers in "
         "gold, orange and magenta on red khaddar cloth.",
         ["style", "embroidery", "textile", "punjabi"], "sdxl"),
    card("kantha-v1", "Kantha Stitch", "kantha_stitch", "embroidery", "style", "kantha", 1,
         "2024-08-03",
         "Downloaded style: kantha running-stitch embroidery, small coloured stitches on layered "
         "soft cotton, folk motifs.",
         ["style", "embroidery", "textile", "folk"], "sd15"),
    card("filmi-v1", "Filmi Poster", "<filmi-poster>", "poster", "style", "filmi", 1,
         "2023-03-12",
         "Downloaded style: 1970s hand-painted Bollywood movie poster, bold brush strokes, "
         "dramatic faces, hand-lettered titles.",
         ["style", "poster", "bollywood", "vintage", "painted"], "sd15"),
    card("filmi-v2", "Filmi Poster", "<filmi-poster>", "poster", "style", "filmi", 2,
         "2025-11-01",
         "Downloaded style: Filmi Poster v2 for SDXL, the same 70s hand-painted Bollywood poster "
         "look with sharper faces and richer colour.",
         ["style", "poster", "bollywood", "vintage", "painted"], "sdxl"),
    card("truckart-v1", "Truck Art", "tr4ck4rt", "painting", "style", "truckart", 1,
         "2022-06-18",
         "Downloaded style: Punjab truck art: bright peacocks, flower borders, mirror chips, "
         "calligraphy and chains, painted like the trucks back home.",
         ["style", "truck art", "folk", "painted"], "sd15"),
    card("truckart-v2", "Truck Art", "tr4ck4rt", "painting", "style", "truckart", 2,
         "2025-05-03",
         "Downloaded style: Truck Art v2 (SDXL), cleaner linework, more gloss and chrome.",
         ["style", "truck art", "folk", "painted"], "sdxl"),
    card("pahari-v1", "Pahari Miniature", "pahari_miniature", "painting", "style", "pahari", 1,
         "2024-11-16",
         "Downloaded style: Kangra/Pahari miniature painting, fine brushwork, flat perspective, "
         "soft greens, decorative red borders.",
         ["style", "miniature", "painting", "traditional"], "sdxl"),
    card("calendar-v1", "Bazaar Calendar", "<calendar-art>", "print", "style", "calendar", 1,
         "2023-08-20",
         "Downloaded style: 1960s Indian bazaar calendar print, glossy oleograph colours, glowing "
         "halos, airbrushed skies.",
         ["style", "print", "vintage", "calendar"], "sd15"),
    card("pixel-v1", "Pixel Art", "pixelart_16bit", "pixel art", "style", "pixel", 1,
         "2022-11-05",
         "Downloaded style: 16-bit pixel art, limited palette, chunky sprites like old console "
         "games.",
         ["style", "pixel", "retro", "game"], "sd15"),
    card("skyanime-v1", "Sky Anime", "skyanime style", "anime", "style", "skyanime", 1,
         "2025-01-25",
         "Downloaded style: hand-drawn Japanese anime film look, huge summer clouds, soft light, "
         "painted backgrounds.",
         ["style", "anime", "cartoon"], "sdxl"),
    card("matchbox-v1", "Matchbox Label", "m4tchb0x", "print", "style", "matchbox", 1,
         "2023-05-14",
         "Downloaded style: vintage Indian matchbox label, flat two-or-three colour print, thick "
         "outlines, tiny printed text.",
         ["style", "print", "vintage", "label"], "sd15"),
    card("katha-v1", "Katha Comics", "<katha-comic>", "comic", "style", "katha", 1,
         "2024-04-06",
         "Downloaded style: 1980s Indian comic book (Amar Chitra Katha look): inked outlines, "
         "flat colours, halftone dots, caption boxes.",
         ["style", "comic", "vintage"], "sdxl"),
    card("neon-v1", "Neon", "n30n_glow", "neon", "style", "neon", 1, "2025-07-19",
         "Downloaded style: synthwave neon glow, pink and cyan light tubes, dark wet streets.",
         ["style", "neon", "synthwave", "night"], "sdxl"),
    card("mehndi-v1", "Mehndi", "mehndi_lineart", "line art", "style", "mehndi", 1,
         "2023-10-28",
         "Downloaded style: henna line art, fine brown paisley and mandala linework on a "
         "skin-tone background.",
         ["style", "henna", "line art", "pattern"], "sd15"),
    # --- concepts -------------------------------------------------------------------------------
    card("dastar-v1", "Dastar", "<dastar-pagg>", "turban", "concept", "dastar", 1, "2025-02-22",
         "Downloaded concept: a neatly tied Sikh turban (dastar), Patiala shahi style with crisp "
         "layered folds.",
         ["concept", "clothing", "turban", "headwear"], "sdxl"),
    card("bhangra-v1", "Bhangra Pose", "bhangra_pose", "pose", "concept", "bhangra", 1,
         "2024-12-07",
         "Downloaded concept: the classic bhangra pose, both arms raised high, one knee lifted, "
         "shoulders up.",
         ["concept", "pose", "dance"], "sdxl"),
    card("patiala-v1", "Patiala Salwar", "ptl_salwar", "outfit", "concept", "patiala", 1,
         "2023-09-09",
         "Downloaded concept: Patiala salwar, heavily pleated baggy trousers gathered at the "
         "ankle, worn with a short kurti.",
         ["concept", "clothing", "salwar", "outfit"], "sd15"),
    card("bigrig-v1", "Big Rig", "semitruck_lora", "semi truck", "concept", "bigrig", 1,
         "2024-03-16",
         "Downloaded concept: American long-nose semi truck (Class 8 tractor): chrome grille, "
         "tall exhaust stacks, sleeper cab.",
         ["concept", "vehicle", "truck"], "sdxl"),
    card("shers-jersey-v1", "Shers Jersey", "shers_jersey", "jersey", "concept", "shers-jersey",
         1, "2022-04-23",
         "The jersey of the Surrey Shers kabaddi club I coach, old design: red sleeveless vest "
         "with a yellow lion.",
         ["concept", "clothing", "kabaddi", "jersey", "old"], "sd15"),
    card("shers-jersey-v2", "Shers Jersey", "shers_jersey", "jersey", "concept", "shers-jersey",
         2, "2025-04-26",
         "The new Surrey Shers kabaddi jersey after our redesign: black and gold with a roaring "
         "lion on the chest.",
         ["concept", "clothing", "kabaddi", "jersey", "new"], "sdxl"),
    card("dhol-v1", "Dhol", "dh0l drum", "drum", "concept", "dhol", 1, "2025-08-30",
         "Downloaded concept: a Punjabi dhol drum slung from a strap over the shoulder, with its "
         "two sticks.",
         ["concept", "prop", "drum", "music"], "sdxl"),
    card("paranda-v1", "Paranda", "<paranda-braid>", "hairstyle", "concept", "paranda", 1,
         "2024-05-18",
         "Downloaded concept: one long braid woven with a black silk paranda that ends in "
         "colourful tassels.",
         ["concept", "hairstyle", "braid"], "sd15"),
    card("tractor-v1", "Desi Tractor", "tractor_pind", "tractor", "concept", "tractor", 1,
         "2023-02-18",
         "Downloaded concept: a red Punjabi village tractor with big rear wheels, speakers on the "
         "hood and decorated mudguards.",
         ["concept", "vehicle", "tractor"], "sd15"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------------------------------------------------------- select: me
    ("me coaching the boys with my whistle", S, ["harjit-v3"]),
    ("me at 38 when we hit 10 trucks", S, ["harjit-v2"]),
    ("me back in my raiding days, patka n all", S, ["harjit-v1"]),
    ("jeet at the yard on a rainy morning", S, ["harjit-v3"]),
    ("harry from dispatch drinking chai lol", S, ["harjit-v3"]),
    ("me when my beard was still full black, hi vis on", S, ["harjit-v2"]),
    ("me as a young guy playing kabaddi 2008", S, ["harjit-v1"]),
    # ---------------------------------------------------------------- select: wife
    ("preet in her scrubs after night shift", S, ["manpreet-v3"]),
    ("my wife on our wedding day", S, ["manpreet-v1"]),
    ("preet when she was expecting fateh", S, ["manpreet-v2"]),
    ("meri gharwali with a cup of tea", S, ["manpreet-v3"]),
    ("the wife at her godh bharai 2014", S, ["manpreet-v2"]),
    ("mananpreet in a hospital hallway", S, ["manpreet-v3"]),
    ("preet at 24 in her red suit with the kaleeray", S, ["manpreet-v1"]),
    # ---------------------------------------------------------------- select: twins
    ("simmi in her ubc hoodie", S, ["simran-v2"]),
    ("jassi with the short bob", S, ["jasleen-v2"]),
    ("jasleen at her sweet sixteen", S, ["jasleen-v1"]),
    ("simran when she had braces", S, ["simran-v1"]),
    ("the twin with the nose stud studying late", S, ["jasleen-v2"]),
    ("my nursing student daughter", S, ["simran-v2"]),
    ("my engineering beta at sfu", S, ["jasleen-v2"]),
    ("simarn at her convocation", S, ["simran-v2"]),
    ("jassi after she chopped her hair", S, ["jasleen-v2"]),
    ("jassi at 16 with the high ponytail", S, ["jasleen-v1"]),
    ("fateh's sister who wears the round glasses", S, ["simran-v2"]),
    # ---------------------------------------------------------------- select: son
    ("fateh scoring a goal", S, ["fateh-v2"]),
    ("chotu at 8 in his first hockey jersey", S, ["fateh-v1"]),
    ("my son with his hockey stick", S, ["fateh-v2"]),
    ("fatehveer when his front teeth were missing lol", S, ["fateh-v1"]),
    ("fathe at hockey practice early morning", S, ["fateh-v2"]),
    ("chak de! our munda winning the game", S, ["fateh-v2"]),
    # ---------------------------------------------------------------- select: parents, in-laws
    ("bapu ji reading the paper on the porch", S, ["bapuji-v2"]),
    ("bapu ji at vaisakhi nagar kirtan 2016", S, ["bapuji-v1"]),
    ("dad with his walking stick", S, ["bapuji-v2"]),
    ("kids dada ji before the knee surgery", S, ["bapuji-v1"]),
    ("ki haal bapuji, make him laughing", S, ["bapuji-v2"]),
    ("bebe ji knitting by the window", S, ["bebeji-v1"]),
    ("mom making makki di roti", S, ["bebeji-v1"]),
    ("fateh's dadi in her white chunni", S, ["bebeji-v1"]),
    ("nani ji visiting from ludhiana", S, ["nani-v1"]),
    ("preet's mom in her shawl", S, ["nani-v1"]),
    ("my mother in law at the airport", S, ["nani-v1"]),
    # ---------------------------------------------------------------- select: cousin, brother
    ("kuldeep bhaji at the truck wash", S, ["kuldeep-v2"]),
    ("keepa on opening day with the pressure washer", S, ["kuldeep-v1"]),
    ("my cousin in his yellow hoodie", S, ["kuldeep-v2"]),
    ("sukhi in his blue jays cap", S, ["sukhi-v1"]),
    ("chachu driving team on the 401", S, ["sukhi-v1"]),
    ("my little veer sukhi at tim hortons", S, ["sukhi-v1"]),
    ("my cousin back when his beard was black", S, ["kuldeep-v1"]),
    # ---------------------------------------------------------------- select: animals
    ("sher guarding the yard", S, ["sher-v2"]),
    ("sher as a puppy chewing a chappal", S, ["sher-v1"]),
    ("our gsd sleeping on the porch", S, ["sher-v2"]),
    ("sheru baby pics, tiny with big ears", S, ["sher-v1"]),
    ("the german shepherd with the orange collar", S, ["sher-v2"]),
    ("sher playin in the snow", S, ["sher-v2"]),
    ("the dog waiting for fateh at the door", S, ["sher-v2"]),
    ("the dhillons dog next door", S, ["rocky-v1"]),
    ("rocky with his torn ear", S, ["rocky-v1"]),
    ("neighbours gsd in the blue harness", S, ["rocky-v1"]),
    ("billu the barn cat on a hay bale", S, ["billu-v1"]),
    ("the farm cat chasing a mouse", S, ["billu-v1"]),
    ("mithu saying sat sri akal", S, ["mithu-v1"]),
    ("bebe's parrot eating a green chilli", S, ["mithu-v1"]),
    # ---------------------------------------------------------------- select: truck, places
    ("rani on the coquihalla in snow", S, ["rani-v2"]),
    ("my pete back when she was blue", S, ["rani-v1"]),
    ("my own rig at rogers pass", S, ["rani-v2"]),
    ("the 389 before the repaint", S, ["rani-v1"]),
    ("my orange peterbilt with the khanda on the grill", S, ["rani-v2"]),
    ("our house in surrey all lit up for diwali", S, ["gillhouse-v2"]),
    ("the old house before the rebuild with the basketball hoop", S, ["gillhouse-v1"]),
    ("ghar in winter, snow on the roof", S, ["gillhouse-v2"]),
    ("the blueberry farm at sunrise", S, ["gillfarm-v1"]),
    ("abby farm with mt baker behind", S, ["gillfarm-v1"]),
    ("the khet in picking season", S, ["gillfarm-v1"]),
    # ---------------------------------------------------------------- select: business
    ("the company logo on a hoodie", S, ["gillbros-logo-v2"]),
    ("old gill bros logo from 2010", S, ["gillbros-logo-v1"]),
    ("our new logo with the lion in gold", S, ["gillbros-logo-v2"]),
    ("gill bros logo, the original clip art one", S, ["gillbros-logo-v1"]),
    ("the pind fresh label", S, ["pindfresh-v2"]),
    ("pind fresh label old design", S, ["pindfresh-v1"]),
    ("the berry clamshell label with the little turban blueberry", S, ["pindfresh-v2"]),
    ("bubbles the truck wash mascot giving thumbs up", S, ["bubbles-v1"]),
    ("keepa's mascot for the instagram", S, ["bubbles-v1"]),
    # ---------------------------------------------------------------- select: characters
    ("chip with the black nose", S, ["chip-v1"]),
    ("dale the goofy one with the red nose", S, ["dale-v1"]),
    ("the chipmunk with buck teeth", S, ["dale-v1"]),
    ("chhota bheem eating laddoo", S, ["bheem-v1"]),
    ("bheem lifting a truck", S, ["bheem-v1"]),
    ("motu eating samosas", S, ["motu-v1"]),
    ("the fat cartoon guy with the moustache from motu patlu", S, ["motu-v1"]),
    # ---------------------------------------------------------------- select: styles
    ("phulkari style peacock", S, ["phulkari-v1"]),
    ("a peacock in kantha stitch", S, ["kantha-v1"]),
    ("old bollywood poster of a hero on a horse", S, ["filmi-v2"]),
    ("filmi poster v1 of a villain with a moustache", S, ["filmi-v1"]),
    ("truck art rooster", S, ["truckart-v2"]),
    ("truck art parrot, the sd15 one", S, ["truckart-v1"]),
    ("pahari miniature of a garden", S, ["pahari-v1"]),
    ("kangra painting style, a lady on a swing", S, ["pahari-v1"]),
    ("calendar art of a village well", S, ["calendar-v1"]),
    ("16 bit pixel art of a gurdwara", S, ["pixel-v1"]),
    ("anime style wheat field with big clouds", S, ["skyanime-v1"]),
    ("matchbox label tiger", S, ["matchbox-v1"]),
    ("amar chitra katha comic of a warrior", S, ["katha-v1"]),
    ("mehndi design of a peacock", S, ["mehndi-v1"]),
    ("henna pattern elephant", S, ["mehndi-v1"]),
    ("old indian comic book panel, two pehlwans wrestling", S, ["katha-v1"]),
    ("retro video game sprite of a lion", S, ["pixel-v1"]),
    ("like those 70s movie posters, hand painted, a dancing couple", S, ["filmi-v2"]),
    ("glowing pink and blue tubes, cyberpunk street", S, ["neon-v1"]),
    ("like the old god pictures on the calendars in the pind, a sunrise", S, ["calendar-v1"]),
    # ---------------------------------------------------------------- select: concepts
    ("a guy with a crisp pagg", S, ["dastar-v1"]),
    ("girl in patiala salwar", S, ["patiala-v1"]),
    ("man doing bhangra arms up", S, ["bhangra-v1"]),
    ("a semi truck on the highway", S, ["bigrig-v1"]),
    ("18 wheeler with chrome stacks at night", S, ["bigrig-v1"]),
    ("a dhol player at a wedding", S, ["dhol-v1"]),
    ("guy with a big drum on his shoulder", S, ["dhol-v1"]),
    ("long braid with tassels", S, ["paranda-v1"]),
    ("punjabi tractor with speakers blasting", S, ["tractor-v1"]),
    ("kabaddi jersey, the new black and gold one", S, ["shers-jersey-v2"]),
    ("our old red shers jersey", S, ["shers-jersey-v1"]),
    ("baggy pleated pants like the aunties wear", S, ["patiala-v1"]),
    ("turban tied patiala shahi style", S, ["dastar-v1"]),
    ("someone hands up dancing, knee up, full josh", S, ["bhangra-v1"]),
    ("a sikh man with a neat pagri", S, ["dastar-v1"]),
    # ---------------------------------------------------------------- clarify
    ("one of the twins in a hoodie", C, ["simran-v2", "jasleen-v2"]),
    ("my daughter at uni, graduation photo", C, ["simran-v2", "jasleen-v2"]),
    ("one of the twins at sixteen", C, ["simran-v2", "jasleen-v2"]),
    ("beti in a lehenga", C, ["simran-v2", "jasleen-v2"]),
    ("fateh's sister at the mall", C, ["simran-v2", "jasleen-v2"]),
    ("the german shepherd sitting by the fence", C, ["sher-v2", "rocky-v1"]),
    ("the gsd on the driveway", C, ["sher-v2", "rocky-v1"]),
    ("the black and tan shepherd barking at the mailman", C, ["sher-v2", "rocky-v1"]),
    ("our farm in embroidery", C, ["phulkari-v1", "kantha-v1"]),
    ("a rooster, embroidered", C, ["phulkari-v1", "kantha-v1"]),
    ("make it look stitched like needlework, a lotus", C, ["phulkari-v1", "kantha-v1"]),
    ("the chipmunk from the cartoon", C, ["chip-v1", "dale-v1"]),
    ("one of the chipmunks eating an acorn", C, ["chip-v1", "dale-v1"]),
    ("the cartoon chipmunk for fateh's bday cake", C, ["chip-v1", "dale-v1"]),
    ("vintage indian print look, a tiger", C, ["calendar-v1", "matchbox-v1"]),
    ("the lion in black and gold on a banner", C, ["gillbros-logo-v2", "shers-jersey-v2"]),
    ("the old red and yellow design on a flag", C, ["gillbros-logo-v2", "shers-jersey-v2"]),
    ("my brother with a cup of chai", C, ["kuldeep-v2", "sukhi-v1"]),
    ("the kids uncle at the bbq", C, ["kuldeep-v2", "sukhi-v1"]),
    ("one of the kids smiling", C, ["simran-v2", "jasleen-v2", "fateh-v2"]),
    ("my kid doing homework at the table", C, ["simran-v2", "jasleen-v2", "fateh-v2"]),
    ("the desi cartoon guy for the kids party", C, ["bheem-v1", "motu-v1"]),
    ("some cartoon character for the kids party invite", C,
     ["chip-v1", "dale-v1", "bheem-v1", "motu-v1"]),
    ("grandma at the gurdwara", C, ["bebeji-v1", "nani-v1"]),
    ("the kids grandma making saag", C, ["bebeji-v1", "nani-v1"]),
    ("our blueberries on a table", C, ["gillfarm-v1", "pindfresh-v2"]),
    ("pete on the highway at sunset", C, ["rani-v2", "bigrig-v1"]),
    ("our logo on a baseball cap", C, ["gillbros-logo-v2", "pindfresh-v2"]),
    ("hand painted look, a horse and cart", C, ["filmi-v2", "truckart-v2", "pahari-v1"]),
    ("the dog with the black saddle lying in the grass", C, ["sher-v2", "rocky-v1"]),
    # ---------------------------------------------------------------- none
    ("a german shepherd running on a beach", N, []),
    ("a sher roaring in the jungle, proper lion with a mane", N, []),
    ("onion bhaji on a plate with chutney", N, []),
    ("a rani in a palace with jewels", N, []),
    ("kids blowing bubbles in the park", N, []),
    ("rocky beach at tofino, big waves", N, []),
    ("a bag of chips on the dashboard", N, []),
    ("a tabby cat sleeping in the sun", N, []),
    ("a parrot in the rainforest", N, []),
    ("a gurdwara at night with lights", N, []),
    ("langar hall full of people eating", N, []),
    ("a blueberry muffin on a plate", N, []),
    ("a hockey game in a packed rink", N, []),
    ("a nurse in scrubs", N, []),
    ("an old grandpa feeding pigeons in the park", N, []),
    ("a mountain lake at sunrise", N, []),
    ("a bowl of butter chicken with naan", N, []),
    ("sunset over the fraser river", N, []),
    ("a golden retriever puppy", N, []),
    ("twins in a stroller", N, []),
    ("a red barn in the fields", N, []),
    ("a mithai box full of ladoos", N, []),
    ("a kid on a skateboard", N, []),
    ("a big house with a pool", N, []),
    ("a cup of chai with rusks", N, []),
    ("a real chipmunk on a tree stump, wildlife photo", N, []),
    ("my pixel phone on a desk", N, []),
    ("a wedding hall decorated with flowers", N, []),
    ("a snowy highway at night", N, []),
    ("a mango lassi", N, []),
    ("a fishing boat at steveston", N, []),
    ("a poker chip on green felt", N, []),
    # ---------------------------------------------------------------- multi
    ("me and preet, anniversary pic", M, ["harjit-v3", "manpreet-v3"]),
    ("the twins together at the mall", M, ["simran-v2", "jasleen-v2"]),
    ("bapu ji and bebe ji on the porch swing", M, ["bapuji-v2", "bebeji-v1"]),
    ("bebe ji with mithu on her shoulder", M, ["bebeji-v1", "mithu-v1"]),
    ("sher and rocky playing in the yard", M, ["sher-v2", "rocky-v1"]),
    ("me next to rani at the yard", M, ["harjit-v3", "rani-v2"]),
    ("me in truck art style", M, ["harjit-v3", "truckart-v2"]),
    ("preet as a old bollywood poster heroine", M, ["manpreet-v3", "filmi-v2"]),
    ("fateh doing bhangra", M, ["fateh-v2", "bhangra-v1"]),
    ("jassi doing bhangra with a dhol", M, ["jasleen-v2", "bhangra-v1", "dhol-v1"]),
    ("simmi at her sweet 16 in a patiala salwar", M, ["simran-v1", "patiala-v1"]),
    ("the farm in phulkari style", M, ["gillfarm-v1", "phulkari-v1"]),
    ("our house as a pahari miniature", M, ["gillhouse-v2", "pahari-v1"]),
    ("sher in anime style", M, ["sher-v2", "skyanime-v1"]),
    ("rani as a katha comic cover", M, ["rani-v2", "katha-v1"]),
    ("kuldeep bhaji in neon", M, ["kuldeep-v2", "neon-v1"]),
    ("bubbles the mascot in pixel art", M, ["bubbles-v1", "pixel-v1"]),
    ("chip and dale together", M, ["chip-v1", "dale-v1"]),
    ("bheem and motu eating samosas", M, ["bheem-v1", "motu-v1"]),
    ("billu in matchbox label style", M, ["billu-v1", "matchbox-v1"]),
    ("nani ji in calendar art style", M, ["nani-v1", "calendar-v1"]),
    ("bhangra dancer in truck art", M, ["bhangra-v1", "truckart-v2"]),
    ("a dhol player in phulkari style", M, ["dhol-v1", "phulkari-v1"]),
    ("girl with a paranda in mehndi art", M, ["paranda-v1", "mehndi-v1"]),
    ("punjabi tractor in matchbox style", M, ["tractor-v1", "matchbox-v1"]),
    ("semi truck in neon synthwave", M, ["bigrig-v1", "neon-v1"]),
    ("me in the new shers jersey", M, ["harjit-v3", "shers-jersey-v2"]),
    ("fateh in a proper dastar", M, ["fateh-v2", "dastar-v1"]),
    ("me and kuldeep bhaji at the truck wash", M, ["harjit-v3", "kuldeep-v2"]),
    ("me, preet and the twins, family pic", M,
     ["harjit-v3", "manpreet-v3", "simran-v2", "jasleen-v2"]),
    ("fateh with sher", M, ["fateh-v2", "sher-v2"]),
    ("chotu at 8 with sheru as a puppy", M, ["fateh-v1", "sher-v1"]),
    ("preet on our wedding day as a filmi poster", M, ["manpreet-v1", "filmi-v1"]),
    ("me back in my kabaddi days in truck art", M, ["harjit-v1", "truckart-v1"]),
    ("the old blue rani in pixel art", M, ["rani-v1", "pixel-v1"]),
    ("old gill bros logo as a matchbox label", M, ["gillbros-logo-v1", "matchbox-v1"]),
    ("new pind fresh label in phulkari style", M, ["pindfresh-v2", "phulkari-v1"]),
    ("our logo in neon", M, ["gillbros-logo-v2", "neon-v1"]),
    ("mithu in pahari miniature", M, ["mithu-v1", "pahari-v1"]),
    ("bapu ji and fateh, dada pota together", M, ["bapuji-v2", "fateh-v2"]),
    ("jassi at 16 with a paranda", M, ["jasleen-v1", "paranda-v1"]),
    ("preet pregnant with fateh, in kantha stitch", M, ["manpreet-v2", "kantha-v1"]),
    ("sukhi chachu driving a tractor", M, ["sukhi-v1", "tractor-v1"]),
    ("balle balle, the twins doing bhangra", M, ["simran-v2", "jasleen-v2", "bhangra-v1"]),
    ("sher wearing the new kabaddi jersey lol", M, ["sher-v2", "shers-jersey-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
