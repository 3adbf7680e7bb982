#!/usr/bin/env python3
"""Held-out selection set 66: Siobhán Keane's repository (dairy farm, County Clare).

Running this writes catalog.jsonl and cases.jsonl next to it.
Cards and cases are written by hand as literals; nothing here reads the selector.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base_model)
CARDS = [
    # --- me ---
    ("siobhan-v1", "Siobhán", "ohwx woman", "woman", "subject", "siobhan", 1, "2023-02-11",
     "Me, Siobhán Keane (Nana to the grandkids), on our wedding day in Kilrush, June 1989, aged 24: "
     "big permed brown hair, puffed-sleeve lace dress, bouquet of freesias.",
     ["me", "person", "woman", "wedding", "bride", "1989"], "sd15"),
    ("siobhan-v2", "Siobhán", "ohwx woman", "woman", "subject", "siobhan", 2, "2024-01-20",
     "Me, Siobhán, at 50 at the Clare Show in Ennis in 2015, holding the cup we won for the farmhouse "
     "cheese: short brown hair, navy body warmer.",
     ["me", "person", "woman", "show", "2015"], "sd15"),
    ("siobhan-v3", "Siobhán", "ohwx woman", "woman", "subject", "siobhan", 3, "2026-03-08",
     "Me, Siobhán, now at 61: grey bob, reading glasses on a chain round my neck, green fleece, red wellies.",
     ["me", "person", "woman", "nana", "glasses"], "sdxl"),
    # --- himself ---
    ("tadhg-v1", "Tadhg", "sks man", "man", "subject", "tadhg", 1, "2023-02-11",
     "My husband Tadhg ('himself', Tadhgie to me) on our wedding day in 1989, aged 27: full black beard, "
     "brown three-piece suit.",
     ["husband", "person", "man", "wedding", "beard", "1989"], "sd15"),
    ("tadhg-v2", "Tadhg", "sks man", "man", "subject", "tadhg", 2, "2026-03-08",
     "My husband Tadhg, himself, at 64: bald on top, grey sideburns, clean-shaven, navy boiler suit, "
     "a biro always behind his ear.",
     ["husband", "person", "man", "farmer"], "sdxl"),
    # --- our son and his wife ---
    ("donnacha-v1", "Donnacha", "<donie>", "man", "subject", "donnacha", 1, "2023-04-02",
     "Our son Donnacha ('Donie', still the young lad to me) on his wedding day to Róisín in 2018, aged 26: "
     "clean-shaven, navy suit, saffron-and-blue buttonhole.",
     ["son", "person", "man", "wedding", "groom", "2018"], "sd15"),
    ("donnacha-v2", "Donnacha", "<donie>", "man", "subject", "donnacha", 2, "2026-04-19",
     "Our son Donnacha (Donie), 34, who'll be taking over the farm: red-brown beard, check shirt, "
     "waterproof leggings, phone in his hand.",
     ["son", "person", "man", "farmer", "beard"], "sdxl"),
    ("roisin-v1", "Róisín", "r01s1n woman", "woman", "subject", "roisin", 1, "2023-04-02",
     "Our daughter-in-law Róisín, Donnacha's wife, on their wedding day in 2018: long dark hair in a low bun, "
     "fitted ivory dress, veil.",
     ["daughter-in-law", "person", "woman", "wedding", "bride", "2018"], "sd15"),
    ("roisin-v2", "Róisín", "r01s1n woman", "woman", "subject", "roisin", 2, "2024-07-14",
     "Our daughter-in-law Róisín in summer 2024, seven months pregnant with Fiadh: dark hair loose, "
     "striped maternity top, hand on the bump.",
     ["daughter-in-law", "person", "woman", "pregnant"], "sdxl"),
    # --- our daughter ---
    ("aoife-v1", "Aoife", "a01fe", "woman", "subject", "aoife", 1, "2023-05-21",
     "Our daughter Aoife at her graduation from the University of Galway in 2015, aged 22: long curly red "
     "hair, black gown and mortarboard.",
     ["daughter", "person", "woman", "graduation", "2015"], "sd15"),
    ("aoife-v2", "Aoife", "a01fe", "woman", "subject", "aoife", 2, "2025-09-06",
     "Our daughter Aoife, 32, in Galway where she works as a graphic designer (she did our new labels): "
     "red hair cut short in a pixie cut, silver nose stud, yellow raincoat.",
     ["daughter", "person", "woman", "pixie cut", "designer"], "sdxl"),
    # --- grandchildren ---
    ("cian-v1", "Cian", "cian_keane", "boy", "subject", "cian", 1, "2023-09-10",
     "Our grandson Cian, Donnacha and Róisín's eldest, on his first day of school in 2023, aged 4: sandy "
     "hair, grey school jumper too big for him, Paw Patrol schoolbag.",
     ["grandson", "person", "boy", "child", "school"], "sd15"),
    ("cian-v2", "Cian", "cian_keane", "boy", "subject", "cian", 2, "2026-05-30",
     "Our grandson Cian at his First Communion, May 2026, aged 7: sandy hair combed flat, navy suit, "
     "rosette on the lapel, gap in his front teeth.",
     ["grandson", "person", "boy", "child", "communion"], "sdxl"),
    ("saoirse-v1", "Saoirse", "s4o1rse girl", "girl", "subject", "saoirse", 1, "2026-06-15",
     "Our granddaughter Saoirse, 5, Donnacha and Róisín's middle one: dark pigtails, freckles, pink wellies "
     "with frogs on them.",
     ["granddaughter", "person", "girl", "child"], "sdxl"),
    ("fiadh-v1", "Fiadh", "<fiadh-baby>", "baby", "subject", "fiadh", 1, "2025-10-12",
     "Our granddaughter Fiadh, the baby, born September 2024: wisps of red hair, chubby cheeks, yellow "
     "knitted cardigan.",
     ["granddaughter", "person", "baby", "child"], "sdxl"),
    # --- old photos ---
    ("mamo-v1", "Mamó", "mamo_1952", "old woman", "subject", "mamo", 1, "2024-02-25",
     "My late mamó (my grandmother, Nóra Considine) in a black-and-white photo from around 1952: grey hair "
     "in a bun, dark cardigan over a flowery apron, standing at the half door.",
     ["grandmother", "person", "old woman", "old photo", "black and white"], "sd15"),
    ("daideo-v1", "Daideó", "daideo_1948", "old man", "subject", "daideo", 1, "2024-02-25",
     "My late daideó (my grandfather, Pádraig Considine) in a black-and-white photo from 1948: white "
     "moustache, waistcoat and pipe, with the horse and cart on the bog road.",
     ["grandfather", "person", "old man", "old photo", "black and white"], "sd15"),
    # --- animals ---
    ("bran-v1", "Bran", "sks dog", "dog", "subject", "bran", 1, "2023-01-08",
     "Our sheepdog Bran as a pup in 2019: black-and-white border collie, all fluff, white blaze down his "
     "nose, one ear flopped over.",
     ["pet", "dog", "border collie", "puppy"], "sd15"),
    ("bran-v2", "Bran", "sks dog", "dog", "subject", "bran", 2, "2025-11-02",
     "Our sheepdog Bran at 6: black-and-white border collie, white blaze down his nose, both ears up now, "
     "a few grey hairs on the muzzle.",
     ["pet", "dog", "border collie", "sheepdog"], "sdxl"),
    ("shep-v1", "Shep", "shep_collie", "dog", "subject", "shep", 1, "2025-11-09",
     "Shep, our neighbour Mossie Hehir's collie from next door: black-and-white border collie, the spit of "
     "our Bran, but with a full white collar and a nick out of his left ear.",
     ["dog", "border collie", "sheepdog", "neighbour"], "sdxl"),
    ("duchess-v1", "Duchess", "duch3ss cow", "cow", "subject", "duchess", 1, "2025-06-22",
     "Our best cow Duchess, a Holstein-Friesian with a black patch shaped like Ireland on her side; won her "
     "class at the Clare Show in 2024.",
     ["cow", "friesian", "dairy", "show"], "sdxl"),
    ("smudge-v1", "Smudge", "<smudge-cat>", "cat", "subject", "smudge", 1, "2023-07-30",
     "Smudge, our farm cat: grey tabby with a dark smudge on her nose; sleeps on the range.",
     ["pet", "cat", "tabby"], "sd15"),
    # --- tractor and house ---
    ("massey-v1", "The Massey", "mf135 tractor", "tractor", "subject", "massey", 1, "2022-12-04",
     "Our 1972 Massey Ferguson 135 before Donnacha did it up: faded red, rust on the bonnet, one headlight "
     "gone.",
     ["tractor", "vehicle", "massey ferguson", "rusty"], "sd15"),
    ("massey-v2", "The Massey", "mf135 tractor", "tractor", "subject", "massey", 2, "2025-04-27",
     "Our 1972 Massey Ferguson 135 after Donnacha restored it in 2025: gleaming red paint, grey wheels, "
     "new seat.",
     ["tractor", "vehicle", "massey ferguson", "restored"], "sdxl"),
    ("farmhouse-v1", "The Farmhouse", "clooneen_house", "house", "subject", "farmhouse", 1, "2022-11-20",
     "Our farmhouse at Clooneen before the extension (photos from 2019): two-storey, whitewashed, red door, "
     "slate roof, fuchsia hedge.",
     ["house", "home", "farmhouse", "place"], "sd15"),
    ("farmhouse-v2", "The Farmhouse", "clooneen_house", "house", "subject", "farmhouse", 2, "2023-10-01",
     "Our farmhouse at Clooneen after the extension was finished in 2023: whitewashed, red door, with the "
     "new glass sunroom on the gable end.",
     ["house", "home", "farmhouse", "place", "sunroom"], "sdxl"),
    # --- the farm's products and mascot ---
    ("cheese-label-v1", "Clooneen Cheese Label", "clooneen_cheese_label", "label", "subject", "cheese-label", 1,
     "2023-03-19",
     "Our Clooneen Farmhouse Cheese label as it was from 1998 until 2025: bottle-green with cream lettering "
     "and a hand-drawn Buttercup in the corner.",
     ["label", "cheese", "packaging", "product", "farm"], "sd15"),
    ("cheese-label-v2", "Clooneen Cheese Label", "clooneen_cheese_label", "label", "subject", "cheese-label", 2,
     "2025-08-10",
     "Our Clooneen Farmhouse Cheese label after Aoife redesigned it in 2025: cream and navy, gold foil "
     "lettering, clean little line-drawn cow.",
     ["label", "cheese", "packaging", "product", "farm"], "sdxl"),
    ("butter-label-v1", "Clooneen Butter Label", "clooneen_butter_wrap", "label", "subject", "butter-label", 1,
     "2023-03-19",
     "Our Clooneen country butter wrapper as it was until 2025: bottle-green with a yellow band and a "
     "hand-drawn Buttercup.",
     ["label", "butter", "packaging", "product", "farm"], "sd15"),
    ("butter-label-v2", "Clooneen Butter Label", "clooneen_butter_wrap", "label", "subject", "butter-label", 2,
     "2025-08-10",
     "Our Clooneen country butter wrapper after Aoife's redesign in 2025: cream and navy with gold foil, "
     "matching the new cheese label.",
     ["label", "butter", "packaging", "product", "farm"], "sdxl"),
    ("buttercup-v1", "Buttercup", "buttercup_mascot", "cartoon cow", "subject", "buttercup", 1, "2023-03-26",
     "Buttercup, our farm's mascot, as she was first drawn in 1998: a chubby cartoon cow with a daisy in "
     "her mouth, hand-drawn in felt-tip.",
     ["mascot", "cartoon", "cow", "logo"], "sd15"),
    ("buttercup-v2", "Buttercup", "buttercup_mascot", "cartoon cow", "subject", "buttercup", 2, "2025-08-17",
     "Buttercup, our farm's mascot, after the 2025 makeover: a simpler flat cartoon cow with a navy bell "
     "collar, waving a hoof.",
     ["mascot", "cartoon", "cow", "logo"], "sdxl"),
    # --- downloaded characters ---
    ("fr-ted", "Father Ted", "fr_ted_crilly", "priest", "subject", "fr-ted", 1, "2023-06-11",
     "Father Ted Crilly from the TV show Father Ted, downloaded off Civitai: grey-haired priest, black "
     "clerical suit and white collar, smug grin.",
     ["character", "tv", "priest", "father ted", "civitai"], "sd15"),
    ("fr-dougal", "Father Dougal", "fr_dougal_mcguire", "priest", "subject", "fr-dougal", 1, "2023-06-11",
     "Father Dougal McGuire from Father Ted, off Civitai: young gormless priest, floppy brown hair, black "
     "clerical suit and white collar, vacant smile.",
     ["character", "tv", "priest", "father ted", "civitai"], "sd15"),
    ("mrs-doyle", "Mrs Doyle", "mrsdoyle", "woman", "subject", "mrs-doyle", 1, "2023-06-18",
     "Mrs Doyle, the housekeeper from Father Ted, off Civitai: small woman in a brown cardigan and apron, "
     "tray of tea and cake ('Go on, go on, go on!').",
     ["character", "tv", "housekeeper", "father ted", "civitai"], "sd15"),
    ("shaun-sheep", "Shaun the Sheep", "shaun_the_sheep", "sheep", "subject", "shaun-sheep", 1, "2024-11-24",
     "Shaun the Sheep from the Aardman cartoon, off Civitai for the grandkids: white fleecy body, black face "
     "and legs.",
     ["character", "cartoon", "sheep", "civitai"], "sdxl"),
    ("bluey", "Bluey", "bluey_heeler", "dog", "subject", "bluey", 1, "2025-03-02",
     "Bluey, the blue heeler pup from the cartoon, off Civitai for Saoirse: blue and tan, big grin.",
     ["character", "cartoon", "dog", "civitai"], "sdxl"),
    # --- art styles ---
    ("burren-wc-v1", "Burren Watercolour", "burrenwc style", "watercolour painting", "style", "burren-wc", 1,
     "2023-08-06",
     "Loose wet-on-wet watercolour of the west of Ireland: grey limestone, soft rainy skies, bleeding washes. "
     "Civitai download.",
     ["style", "watercolour", "painting", "landscape"], "sd15"),
    ("burren-wc-v2", "Burren Watercolour", "burrenwc style", "watercolour painting", "style", "burren-wc", 2,
     "2026-02-01",
     "Loose wet-on-wet watercolour of the west of Ireland, v2 for SDXL: grey limestone, soft rainy skies, "
     "bleeding washes.",
     ["style", "watercolour", "painting", "landscape"], "sdxl"),
    ("botanical-wc", "Botanical Plate", "botanicalplate", "botanical illustration", "style", "botanical-wc", 1,
     "2024-04-14",
     "Fine botanical illustration in watercolour and ink, like old Victorian flower plates: precise petals "
     "on cream paper.",
     ["style", "watercolour", "painting", "botanical", "flowers"], "sd15"),
    ("yeats-impasto", "Yeats Impasto", "j4ck_y34ts", "oil painting", "style", "yeats-impasto", 1, "2023-10-22",
     "Thick expressionist oil paint in the manner of Jack B. Yeats: heavy impasto, wild colour, horses and "
     "west-of-Ireland people.",
     ["style", "oil painting", "painting", "expressionist"], "sd15"),
    ("kells", "Kells Illumination", "<kells-illum>", "illuminated manuscript", "style", "kells", 1, "2024-09-08",
     "Illuminated manuscript like the Book of Kells: Celtic knotwork and interlace borders, gold leaf, vellum.",
     ["style", "manuscript", "celtic", "knotwork"], "sdxl"),
    ("linocut-v1", "Linocut", "linocut_print", "linocut print", "style", "linocut", 1, "2023-11-12",
     "Bold black-and-white relief print with carved gouge lines and rough ink texture.",
     ["style", "printmaking", "black and white"], "sd15"),
    ("linocut-v2", "Linocut", "linocut_print", "linocut print", "style", "linocut", 2, "2025-12-14",
     "Bold relief print with carved gouge lines and rough ink texture, v2 for SDXL with a second colour.",
     ["style", "printmaking"], "sdxl"),
    ("song-sea-style", "Song of the Sea Style", "cartoonsaloon style", "animation still", "style",
     "song-sea-style", 1, "2024-12-01",
     "Flat hand-drawn 2D animation like Cartoon Saloon's films from Kilkenny (Song of the Sea, Wolfwalkers): "
     "round shapes, swirling patterns, visible pencil lines.",
     ["style", "animation", "2d", "irish"], "sdxl"),
    ("hinde-postcard", "John Hinde Postcard", "hindecard", "postcard photo", "style", "hinde-postcard", 1,
     "2025-01-19",
     "Over-saturated 1960s Irish tourist postcard photography: red-haired children, donkeys, turf, "
     "impossibly blue skies.",
     ["style", "photography", "vintage", "postcard"], "sdxl"),
    ("clay-stopmotion", "Clay Stopmotion", "claym4tion", "clay model", "style", "clay-stopmotion", 1,
     "2024-03-10",
     "Stop-motion plasticine model look: thumbprints in the clay, tiny handmade sets.",
     ["style", "animation", "3d", "plasticine"], "sd15"),
    ("graphite-sketch", "Graphite Sketch", "graphite_sketch", "drawing", "style", "graphite-sketch", 1,
     "2023-07-09",
     "Drawing on cartridge paper: graphite hatching, smudged shading, unfinished edges.",
     ["style", "drawing", "sketch", "monochrome"], "sd15"),
    ("clarke-glass", "Harry Clarke Glass", "<harryclarke>", "stained glass window", "style", "clarke-glass", 1,
     "2025-05-11",
     "Stained-glass window in the manner of Harry Clarke: jewel blues and rubies, black lead lines, "
     "elongated figures.",
     ["style", "stained glass", "irish", "church"], "sdxl"),
    ("pixel-16bit", "16-bit Pixel", "pixel_16bit", "pixel art", "style", "pixel-16bit", 1, "2023-12-03",
     "Retro 16-bit video game pixel art: limited palette, chunky pixels.",
     ["style", "pixel art", "retro", "game"], "sd15"),
    # --- concept LoRAs ---
    ("aran-v1", "Aran Knit", "aran_knit", "sweater", "concept", "aran", 1, "2023-10-08",
     "Cream Aran sweater with cable, honeycomb and diamond stitches.",
     ["clothing", "knitwear", "sweater"], "sd15"),
    ("aran-v2", "Aran Knit", "aran_knit", "sweater", "concept", "aran", 2, "2025-10-26",
     "Cream Aran sweater with cable, honeycomb and diamond stitches; SDXL retrain, better on children.",
     ["clothing", "knitwear", "sweater"], "sdxl"),
    ("flat-cap", "Flat Cap", "flatcap", "cap", "concept", "flat-cap", 1, "2024-05-05",
     "Tweed flat cap.",
     ["clothing", "hat", "tweed"], "sdxl"),
    ("headscarf", "Headscarf", "headscarf_tied", "headscarf", "concept", "headscarf", 1, "2024-06-02",
     "Patterned headscarf knotted under the chin, 1950s countrywoman style.",
     ["clothing", "headwear", "vintage"], "sd15"),
    ("perm-80s", "80s Perm", "80sperm", "hairstyle", "concept", "perm-80s", 1, "2024-08-18",
     "Big tight-curled 1980s perm.",
     ["hairstyle", "80s", "curls"], "sd15"),
    ("gate-lean", "Gate Lean", "gatelean pose", "pose", "concept", "gate-lean", 1, "2025-02-23",
     "Pose: forearms resting on the top bar of a five-bar field gate, looking out over the field.",
     ["pose", "farm", "gate"], "sdxl"),
    ("quad-bike", "Quad", "atv_quad", "quad bike", "concept", "quad-bike", 1, "2025-07-06",
     "Farm ATV quad bike, mud-spattered, with a rack on the back.",
     ["vehicle", "atv", "farm"], "sdxl"),
    ("hurley", "Hurley", "hurley_stick", "hurley", "concept", "hurley", 1, "2025-03-30",
     "Holding an ash hurley, with a sliotar.",
     ["prop", "sport", "hurling", "gaa"], "sdxl"),
    ("pint-stout", "Pint of Stout", "pintofstout", "pint glass", "concept", "pint-stout", 1, "2024-01-28",
     "A pint of stout with a creamy head, on a pub counter.",
     ["prop", "drink", "pub"], "sd15"),
]

# Gold ids for clarify are each plausible family's newest version.
BW = ["burren-wc-v2", "botanical-wc"]           # "in watercolour"
PAINT = BW + ["yeats-impasto"]                   # "a painting"
PRIESTS = ["fr-ted", "fr-dougal"]
COLLIES = ["bran-v2", "shep-v1"]
LABELS = ["cheese-label-v2", "butter-label-v2"]
GRANDDAUGHTERS = ["saoirse-v1", "fiadh-v1"]
GRANDKIDS = ["cian-v2", "saoirse-v1", "fiadh-v1"]
COWS = ["duchess-v1", "buttercup-v2"]
OLDPHOTOS = ["mamo-v1", "daideo-v1"]

SELECT = [
    # me
    ("me feeding the calves in the shed", "siobhan-v3"),
    ("siobhan at the kitchen table with a pot of tea", "siobhan-v3"),
    ("me on my wedding day in 89", "siobhan-v1"),
    ("me back when i had the big perm lol", "siobhan-v1"),
    ("me at the clare show the year we won the cup for the cheese", "siobhan-v2"),
    ("myself at 50", "siobhan-v2"),
    ("nana with the glasses on the chain", "siobhan-v3"),
    ("a nice one of me for the parish newsletter", "siobhan-v3"),
    ("me in my red wellies out in the yard", "siobhan-v3"),
    # himself
    ("himself in the milking parlour", "tadhg-v2"),
    ("tadhg with the black beard when we got married", "tadhg-v1"),
    ("tadhgie asleep in the armchair after the dinner", "tadhg-v2"),
    ("my husband reading the clare champion", "tadhg-v2"),
    ("tadgh counting cattle at the mart", "tadhg-v2"),
    ("himself in 89 in the brown suit", "tadhg-v1"),
    # our son, daughter in law
    ("donnacha checking the cows", "donnacha-v2"),
    ("donie out in the yard in the rain", "donnacha-v2"),
    ("the young lad on his wedding day", "donnacha-v1"),
    ("our son fixing the fence in the long acre", "donnacha-v2"),
    ("donnacha before he grew the beard", "donnacha-v1"),
    ("the young lad out spreading slurry", "donnacha-v2"),
    ("roisin in the garden with a cup of coffee", "roisin-v2"),
    ("róisín when she was expecting fiadh", "roisin-v2"),
    ("roisin in her wedding dress", "roisin-v1"),
    ("my daughter in law at the kitchen table", "roisin-v2"),
    # our daughter
    ("our aoife walking the prom in salthill", "aoife-v2"),
    ("aoife at her graduation in galway", "aoife-v1"),
    ("aoife with the short hair", "aoife-v2"),
    ("aoife before she got the pixie cut", "aoife-v1"),
    ("aoife in 2015 with the long curls", "aoife-v1"),
    ("my daughter at her desk doing up designs", "aoife-v2"),
    ("aiofe in her yellow raincoat", "aoife-v2"),
    ("our aoife laughing at something", "aoife-v2"),
    # grandkids
    ("cian on his first day of school", "cian-v1"),
    ("cian in his communion suit", "cian-v2"),
    ("the grandson kicking a ball in the haggard", "cian-v2"),
    ("cian when he was only four", "cian-v1"),
    ("cian feeding the calfs", "cian-v2"),
    ("the grandson grinning with the gap in his teeth", "cian-v2"),
    ("saoirse with her pigtails", "saoirse-v1"),
    ("saoirse jumping in puddles", "saoirse-v1"),
    ("the baby in her pram", "fiadh-v1"),
    ("fiadh crawling on the rug", "fiadh-v1"),
    # mamó and daideó
    ("mamó at the half door", "mamo-v1"),
    ("my grandmother knitting by the fire", "mamo-v1"),
    ("an old photo of mamo", "mamo-v1"),
    ("daideó with his pipe", "daideo-v1"),
    ("my grandfather bringing home the turf", "daideo-v1"),
    ("the old lad with the moustache from the old photo", "daideo-v1"),
    # animals
    ("bran asleep in the hay", "bran-v2"),
    ("bran as a pup", "bran-v1"),
    ("our collie on the back of the trailer", "bran-v2"),
    ("bran rounding up the cows for milking", "bran-v2"),
    ("bran back in 2019 when he was a small fluffy thing", "bran-v1"),
    ("mossie's dog", "shep-v1"),
    ("shep from next door sitting on the wall", "shep-v1"),
    ("yer man next door's collie", "shep-v1"),
    ("duchess in the show ring with the red rosette", "duchess-v1"),
    ("our prize cow", "duchess-v1"),
    ("smudge on the windowsill", "smudge-v1"),
    ("the cat curled up on the range", "smudge-v1"),
    # tractor and house
    ("the massey in the yard", "massey-v2"),
    ("the tractor in the snow", "massey-v2"),
    ("the old massey before donie did it up, all rust", "massey-v1"),
    ("the massey all shiny after donie done it up", "massey-v2"),
    ("the massey pulling the slurry tank", "massey-v2"),
    ("the farmhouse in the snow", "farmhouse-v2"),
    ("the house before the extension", "farmhouse-v1"),
    ("the house with the new sunroom", "farmhouse-v2"),
    ("our house at christmas with the lights up", "farmhouse-v2"),
    ("the house the way it was in 2019", "farmhouse-v1"),
    # labels and mascot
    ("the cheese label", "cheese-label-v2"),
    ("the old cheese label", "cheese-label-v1"),
    ("the new cheese label", "cheese-label-v2"),
    ("the butter label", "butter-label-v2"),
    ("the butter label before aoife changed it", "butter-label-v1"),
    ("the butter label aoife designed", "butter-label-v2"),
    ("buttercup waving", "buttercup-v2"),
    ("our mascot on a birthday card", "buttercup-v2"),
    ("buttercup the old way she was drawn, before the makeover", "buttercup-v1"),
    ("the cartoon cow off our tubs", "buttercup-v2"),
    # characters
    ("father ted at the parochial house", "fr-ted"),
    ("father dougal in the caravan", "fr-dougal"),
    ("yer man from father ted, the young eejit one", "fr-dougal"),
    ("the older priest, the one with the grey hair", "fr-ted"),
    ("mrs doyle with a tray of tea", "mrs-doyle"),
    ("the housekeeper from father ted", "mrs-doyle"),
    ("the go on go on go on woman", "mrs-doyle"),
    ("shaun the sheep on a haybale", "shaun-sheep"),
    ("the cartoon sheep the kids watch", "shaun-sheep"),
    ("bluey at the beach", "bluey"),
    ("the cartoon dog saoirse loves", "bluey"),
    # styles
    ("a hare in the burren watercolour style", "burren-wc-v2"),
    ("the hills out the back in the burren watercolour", "burren-wc-v2"),
    ("the burren watercolour, the first one i downloaded", "burren-wc-v1"),
    ("a bunch of wildflowers like an old botanical print", "botanical-wc"),
    ("a foxglove in the style of them old victorian flower plates", "botanical-wc"),
    ("a fox painted thick like jack yeats", "yeats-impasto"),
    ("a celtic border like the book of kells", "kells"),
    ("a heron as a lino print", "linocut-v2"),
    ("the first linocut one i got", "linocut-v1"),
    ("a wolf in the song of the sea style", "song-sea-style"),
    ("like one of them cartoon saloon films", "song-sea-style"),
    ("a donkey on the road like an old john hinde postcard", "hinde-postcard"),
    ("a fisherman in claymation", "clay-stopmotion"),
    ("a plasticine look like wallace and gromit", "clay-stopmotion"),
    ("a pencil drawing of a hawthorn tree", "graphite-sketch"),
    ("a robin in stained glass", "clarke-glass"),
    ("st brigid in the harry clarke style", "clarke-glass"),
    ("a castle in pixel art like the old nintendo", "pixel-16bit"),
    ("a wren done like a 16 bit video game", "pixel-16bit"),
    # concepts
    ("a man in a cable knit jumper", "aran-v2"),
    ("a fisherman in a geansaí", "aran-v2"),
    ("the first jumper lora, the old one", "aran-v1"),
    ("a woman in a paddy cap", "flat-cap"),
    ("an auld fella in a tweed cap", "flat-cap"),
    ("an old woman with a scarf tied under her chin", "headscarf"),
    ("a girl with big frizzy 80s hair", "perm-80s"),
    ("a farmer leaning over a gate", "gate-lean"),
    ("someone with their arms on the gate looking at the cattle", "gate-lean"),
    ("a four wheeler in a muddy field", "quad-bike"),
    ("a lad on a quad", "quad-bike"),
    ("a hurler in the county colours, hurl in hand", "hurley"),
    ("a pint of the black stuff on the bar", "pint-stout"),
    ("a guinness with a shamrock in the head", "pint-stout"),
]

CLARIFY = [
    ("the priest from father ted", PRIESTS),
    ("one of the priests off craggy island pouring the tea", PRIESTS),
    ("yer man from father ted in the caravan", PRIESTS),
    ("the fella in the collar from that show", PRIESTS),
    ("the black and white collie rounding up the cows", COLLIES),
    ("the sheepdog out in the rain", COLLIES),
    ("the collie in a santa hat", COLLIES),
    ("the sheepdog as a linocut", COLLIES),
    ("bran in watercolour", BW),
    ("a watercolour of the farmhouse", BW),
    ("cian in watercolur for a card", BW),
    ("duchess done in watercolours", BW),
    ("the watercolour one, ye know the one", BW),
    ("a painting of bran", PAINT),
    ("me as a painting for over the fireplace", PAINT),
    ("a painting of the massey", PAINT),
    ("the label for the farm shop", LABELS),
    ("the new label aoife did", LABELS),
    ("the old label with the green on it", LABELS),
    ("one of the labels with the gold on it", LABELS),
    ("our granddaughter in the bath", GRANDDAUGHTERS),
    ("the granddaughter in a sunhat", GRANDDAUGHTERS),
    ("one of the grandkids on the swing", GRANDKIDS),
    ("one of donie's young ones blowing bubbles", GRANDKIDS),
    ("a grandchild at the beach in kilkee", GRANDKIDS),
    ("the cow with a flower crown on her", COWS),
    ("the cow lying down in the clover", COWS),
    ("the old black and white photo one", OLDPHOTOS),
    ("the old photo done up in colour", OLDPHOTOS),
    ("cian like one of them animated films", ["song-sea-style", "clay-stopmotion"]),
]

NONE = [
    "a bowl of bran flakes with a sliced banana",
    "a field full of buttercups in june",
    "a duchess in a ball gown at a castle",
    "a smudge of flour on the kitchen table",
    "a portrait of w.b. yeats reading",
    "the burren in the rain, a photo",
    "any old border collie herding sheep, not ours, just a random one",
    "a big green john deere, not the massey",
    "a cheese board with brie and grapes",
    "a block of kerrygold on a plate",
    "a herd of friesians waiting outside the parlour",
    "a newborn calf in the straw",
    "sunset over the cliffs of moher",
    "a pint of milk on the doorstep",
    "a thatched cottage in connemara",
    "the lighthouse at loop head",
    "a robin on a gate post in the frost",
    "a plate of bacon and cabbage",
    "a brown labrador pup",
    "a ginger cat on a wall",
    "the pope waving in st peters square",
    "a shepherds pie fresh out of the oven",
    "a wedding cake with three tiers",
    "a rainbow over the bog",
    "a donkey at a half door",
    "a christmas tree with the presents under it",
    "a blue heeler dog on the back of a ute in australia",
    "old 70s lino on a kitchen floor",
    "a big pile of turf for the fire",
    "a sheep with a black face up a mountain",
    "a little girl in her communion dress",
    "kids playing on the beach at kilkee",
]

MULTI = [
    # sdxl
    ("cian in his aran jumper", ["cian-v2", "aran-v2"]),
    ("himself on the quad", ["tadhg-v2", "quad-bike"]),
    ("donie driving the massey", ["donnacha-v2", "massey-v2"]),
    ("bran lying in front of the house", ["bran-v2", "farmhouse-v2"]),
    ("our aoife in stained glass like the church windows", ["aoife-v2", "clarke-glass"]),
    ("the farmhouse as one of them old john hinde postcards", ["farmhouse-v2", "hinde-postcard"]),
    ("the cheese label done up like the book of kells", ["cheese-label-v2", "kells"]),
    ("saoirse and fiadh together on the couch", ["saoirse-v1", "fiadh-v1"]),
    ("me leaning on the gate looking at the cows", ["siobhan-v3", "gate-lean"]),
    ("donie with the hurl over his shoulder", ["donnacha-v2", "hurley"]),
    ("cian pucking a sliotar with his hurl", ["cian-v2", "hurley"]),
    ("bluey and bran playing in the yard", ["bluey", "bran-v2"]),
    ("shaun the sheep driving a quad", ["shaun-sheep", "quad-bike"]),
    ("duchess in the burren watercolour", ["duchess-v1", "burren-wc-v2"]),
    ("roisin with the bump in the song of the sea style", ["roisin-v2", "song-sea-style"]),
    ("me and himself at the kitchen table", ["siobhan-v3", "tadhg-v2"]),
    ("fiadh in a little tweed cap", ["fiadh-v1", "flat-cap"]),
    ("tadhg and donnacha leaning over the gate", ["tadhg-v2", "donnacha-v2", "gate-lean"]),
    ("the three grandkids all together", ["cian-v2", "saoirse-v1", "fiadh-v1"]),
    ("buttercup as a lino print", ["buttercup-v2", "linocut-v2"]),
    ("bran and shep sitting side by side", ["bran-v2", "shep-v1"]),
    ("aoife in a big cable knit jumper", ["aoife-v2", "aran-v2"]),
    ("the massey in the burren watercolour", ["massey-v2", "burren-wc-v2"]),
    ("the new butter label with a kells border", ["butter-label-v2", "kells"]),
    ("donie holding the baby", ["donnacha-v2", "fiadh-v1"]),
    ("cian with his nana", ["cian-v2", "siobhan-v3"]),
    # sd15
    ("mamó and daideó together", ["mamo-v1", "daideo-v1"]),
    ("daideó with a pint", ["daideo-v1", "pint-stout"]),
    ("mamo with a scarf tied on her head", ["mamo-v1", "headscarf"]),
    ("father ted and dougal", ["fr-ted", "fr-dougal"]),
    ("mrs doyle in claymation", ["mrs-doyle", "clay-stopmotion"]),
    ("a pencil sketch of mamó", ["mamo-v1", "graphite-sketch"]),
    ("me on my wedding day with himself", ["siobhan-v1", "tadhg-v1"]),
    ("donie and herself on their wedding day", ["donnacha-v1", "roisin-v1"]),
    ("smudge as pixel art", ["smudge-v1", "pixel-16bit"]),
    ("the old house before the extension painted like jack yeats", ["farmhouse-v1", "yeats-impasto"]),
    ("father ted with a pint", ["fr-ted", "pint-stout"]),
    ("bran when he was a pup, in pencil", ["bran-v1", "graphite-sketch"]),
    ("the old rusty massey in pixel art", ["massey-v1", "pixel-16bit"]),
    ("roisin on her wedding day with a mad 80s perm for the laugh", ["roisin-v1", "perm-80s"]),
    ("me at the show in 2015 in the jack yeats style", ["siobhan-v2", "yeats-impasto"]),
    ("mrs doyle in a headscarf", ["mrs-doyle", "headscarf"]),
    ("cian on his first day at school in pixel art", ["cian-v1", "pixel-16bit"]),
    ("tadhg with the beard back in the day, pencil drawing", ["tadhg-v1", "graphite-sketch"]),
]

KEYS = ["id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model"]


def main():
    cards = [dict(zip(KEYS, c)) for c in CARDS]
    cases = ([{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
             + [{"prompt": p, "expect": "clarify", "gold": list(g)} for p, g in CLARIFY]
             + [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
             + [{"prompt": p, "expect": "multi", "gold": list(g)} for p, g in MULTI])
    # interleave deterministically so the expect kinds are not in blocks
    import random
    random.Random(66).shuffle(cases)
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in cards:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(cards)} cards, {len(cases)} cases")


if __name__ == "__main__":
    main()
