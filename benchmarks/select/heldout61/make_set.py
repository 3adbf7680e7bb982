#!/usr/bin/env python3
"""Held-out selection set heldout61: Chidi Okonkwo's checkpoint repository (Houston auto shop).

Running this writes catalog.jsonl and cases.jsonl next to it. Blind set: written without
looking at the selector. Gold follows shared/bench/score_select.py.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

S, ST, CO = "subject", "style", "concept"


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- the owner -------------------------------------------------------------------------
    card("chidi-v1", "Chidi", "ohwx man", "man", S, "chidi", 1, "2014-05-03",
         "Me, Chidi Okonkwo, at 35 on opening day of Okonkwo Auto on Bissonnet: full black beard, "
         "grey Dickies work shirt with my name patch, arms folded in front of the first bay.",
         ["me", "person", "man", "beard", "opening day"], "sd15"),
    card("chidi-v2", "Chidi", "ohwx man", "man", S, "chidi", 2, "2019-11-16",
         "Me, Chidi, at my 40th birthday party: white embroidered senator outfit, red okpu chief's cap "
         "with an eagle feather, beaded walking stick, beard trimmed short.",
         ["me", "person", "man", "birthday", "red cap", "party"], "sd15"),
    card("chidi-v3", "Chidi", "ohwx man", "man", S, "chidi", 3, "2026-02-21",
         "Me, Chidi ('Oga' to the boys at the shop, 'Papa Ify' at church), at 47: clean-shaven head, "
         "grey goatee, reading glasses on my nose, green Okonkwo Auto polo.",
         ["me", "person", "man", "bald", "goatee", "glasses"], "sdxl"),
    # --- wife --------------------------------------------------------------------------------
    card("ngozi-v1", "Ngozi", "sks woman", "woman", S, "ngozi", 1, "2005-12-27",
         "My wife Ngozi at our igba nkwu (traditional wedding) in Enugu: coral bead necklace and "
         "crown, george wrapper, carrying the palm wine cup to find me.",
         ["wife", "person", "woman", "wedding", "coral beads"], "sd15"),
    card("ngozi-v2", "Ngozi", "sks woman", "woman", S, "ngozi", 2, "2016-04-09",
         "My wife Ngozi eight months pregnant with Obinna, yellow maternity dress at her baby "
         "shower in our Sugar Land house.",
         ["wife", "person", "woman", "pregnant", "baby shower"], "sd15"),
    card("ngozi-v3", "Ngozi", "sks woman", "woman", S, "ngozi", 3, "2025-08-17",
         "My wife Ngozi (Mama Ify) at 44 dressed for Sunday service: wine-coloured lace, matching "
         "gele, gold earrings, big smile.",
         ["wife", "person", "woman", "church", "lace"], "sdxl"),
    # --- children ----------------------------------------------------------------------------
    card("ify-v1", "Ifeoma", "<ifeoma>", "girl", S, "ify", 1, "2019-09-07",
         "Our first daughter (our ada) Ifeoma, 'Ify', at 13 on school picture day: box braids "
         "with beads, purple braces, middle school polo.",
         ["daughter", "person", "girl", "braces", "braids", "school"], "sd15"),
    card("ify-v2", "Ifeoma", "<ifeoma>", "woman", S, "ify", 2, "2024-05-31",
         "Our daughter Ify at 18 on her high school graduation: maroon cap and gown, honor cords, "
         "long knotless braids. Now at UT Austin.",
         ["daughter", "person", "young woman", "graduation", "braids"], "sdxl"),
    card("emeka-v1", "Chukwuemeka", "emk_junior", "boy", S, "emeka", 1, "2018-06-23",
         "Our first son Chukwuemeka ('Emeka', we call him Junior) at 10 in his little league "
         "uniform: blue cap, glove, gap tooth.",
         ["son", "person", "boy", "baseball", "little league"], "sd15"),
    card("emeka-v2", "Chukwuemeka", "emk_junior", "young man", S, "emeka", 2, "2025-10-10",
         "Our son Emeka 'Junior' at 17 playing high school football: #24 jersey, high-top fade, "
         "taller than me now.",
         ["son", "person", "teen", "football", "fade"], "sdxl"),
    card("obinna-v1", "Obinna", "0b1nn4 boy", "boy", S, "obinna", 1, "2019-03-02",
         "Our last born Obinna ('Obi') on his 3rd birthday: chubby cheeks, Spider-Man t-shirt, "
         "cake all over his face.",
         ["son", "person", "toddler", "birthday", "cake"], "sd15"),
    card("obinna-v2", "Obinna", "0b1nn4 boy", "boy", S, "obinna", 2, "2025-09-13",
         "Our last born Obi at 9: missing front teeth, round glasses, Astros cap worn backwards.",
         ["son", "person", "boy", "glasses", "astros"], "sdxl"),
    # --- mother ------------------------------------------------------------------------------
    card("mama-v1", "Theresa", "<nnenne>", "old woman", S, "mama", 1, "2018-07-14",
         "My mother, Mrs. Theresa Okonkwo ('Nnenne' to the kids), on her first visit from Enugu, at "
         "IAH arrivals: blue wrapper and matching blouse, black handbag, pushing the luggage trolley.",
         ["mother", "person", "grandmother", "airport", "wrapper"], "sd15"),
    card("mama-v2", "Theresa", "<nnenne>", "old woman", S, "mama", 2, "2025-12-20",
         "My mother at her 75th birthday thanksgiving in Houston when she visited from Enugu: coral "
         "bead necklace, white lace, short grey hair, walking stick.",
         ["mother", "person", "grandmother", "birthday", "coral beads"], "sdxl"),
    # --- brothers ----------------------------------------------------------------------------
    card("uche-v1", "Uchenna", "uchenna_okonkwo", "man", S, "uche", 1, "2012-08-11",
         "My elder brother Uchenna ('Brother Uche', 'Dee Uche') at his wedding in Dallas: tall and "
         "skinny, thin mustache, white agbada.",
         ["brother", "person", "man", "wedding", "agbada"], "sd15"),
    card("uche-v2", "Uchenna", "uchenna_okonkwo", "man", S, "uche", 2, "2024-11-28",
         "My elder brother Uche at Thanksgiving: grey beard, big belly, Dallas Cowboys jersey, "
         "still talking too much.",
         ["brother", "person", "man", "beard", "cowboys"], "sdxl"),
    card("nnamdi-v1", "Nnamdi", "zxq man", "man", S, "nnamdi", 1, "2015-03-21",
         "My younger brother Nnamdi when he first came from Nigeria: long dreadlocks, Super Eagles "
         "jersey, skinny like broom.",
         ["brother", "person", "man", "dreadlocks"], "sd15"),
    card("nnamdi-v2", "Nnamdi", "zxq man", "man", S, "nnamdi", 2, "2023-06-03",
         "My younger brother Nnamdi ('Small Oga'), head mechanic at the shop, after he cut the "
         "dreads: low cut with waves, shop polo, torque wrench in hand.",
         ["brother", "person", "man", "mechanic", "waves"], "sdxl"),
    # --- the shop and its things ------------------------------------------------------------
    card("shop-v1", "Okonkwo Auto", "okonkwo_auto_shop", "auto repair shop", S, "shop", 1, "2014-05-04",
         "My shop, Okonkwo Auto Parts & Repair on Bissonnet St, before the remodel: old hand-painted "
         "yellow sign, two bays, tire stack out front.",
         ["shop", "business", "garage", "building", "old sign"], "sd15"),
    card("shop-v2", "Okonkwo Auto", "okonkwo_auto_shop", "auto repair shop", S, "shop", 2, "2024-09-14",
         "My shop after the remodel: new lit red-and-green OKONKWO AUTO sign with Agu the leopard, "
         "four bays, fresh paint.",
         ["shop", "business", "garage", "building", "new sign"], "sdxl"),
    card("catalog-v1", "Okonkwo Parts Catalog", "<okparts-catalog>", "parts catalog", S, "catalog", 1,
         "2017-01-10",
         "Our parts catalog, the old one: yellow three-ring binder, photocopied pages, clip-art "
         "spark plugs on the cover.",
         ["product", "catalog", "parts", "binder"], "sd15"),
    card("catalog-v2", "Okonkwo Parts Catalog", "<okparts-catalog>", "parts catalog", S, "catalog", 2,
         "2025-01-20",
         "Our parts catalog after the redesign: glossy red-and-green cover, Agu the leopard on the "
         "front, QR codes by every part.",
         ["product", "catalog", "parts", "glossy"], "sdxl"),
    card("agu-v1", "Agu", "agu_mascot", "cartoon leopard", S, "agu", 1, "2017-02-18",
         "Agu, our shop mascot, the way Ify first drew him: flat cartoon leopard, yellow spots, red "
         "cap, big wrench.",
         ["mascot", "cartoon", "leopard", "drawing"], "sd15"),
    card("agu-v2", "Agu", "agu_mascot", "cartoon leopard", S, "agu", 2, "2024-09-01",
         "Agu, our shop mascot after the rebrand: 3D cartoon leopard in green coveralls giving "
         "thumbs up, same as on the new sign.",
         ["mascot", "cartoon", "leopard", "3d"], "sdxl"),
    # --- animals -----------------------------------------------------------------------------
    card("pepper-v1", "Pepper", "sks dog", "dog", S, "pepper", 1, "2021-04-10",
         "Our dog Pepper as a puppy: red-nose pit bull pup, floppy ears, always chewing Obi's shoes.",
         ["pet", "dog", "pit bull", "puppy"], "sd15"),
    card("pepper-v2", "Pepper", "sks dog", "dog", S, "pepper", 2, "2025-06-07",
         "Our dog Pepper grown: red-nose pit bull, copper coat, white blaze on the chest, spiked "
         "leather collar.",
         ["pet", "dog", "pit bull"], "sdxl"),
    card("rocco-v1", "Rocco", "r0cc0 dog", "dog", S, "rocco", 1, "2025-07-19",
         "Rocco, our neighbour Mr. Delgado's dog: red-nose pit bull with the same copper coat as "
         "Pepper, white stripe down his face, blue harness.",
         ["dog", "pit bull", "neighbour"], "sdxl"),
    # --- vehicles and house ------------------------------------------------------------------
    card("lexus-v1", "Lexus", "<lx600-chidi>", "SUV", S, "lexus", 1, "2023-03-11",
         "My black 2022 Lexus LX 600, chrome rims, tinted windows, plate OKONKWO1.",
         ["car", "suv", "lexus", "vehicle"], "sdxl"),
    card("odogwu-v1", "Odogwu", "odgw_wrecker", "tow truck", S, "odogwu", 1, "2016-10-01",
         "Our tow truck Odogwu, the first one: old white Ford F-450 wrecker, rust on the bumper, "
         "OKONKWO AUTO hand-painted on the door.",
         ["tow truck", "wrecker", "vehicle", "truck"], "sd15"),
    card("odogwu-v2", "Odogwu", "odgw_wrecker", "tow truck", S, "odogwu", 2, "2024-09-20",
         "Our tow truck Odogwu after the rebrand: red Ford F-550 wrecker, red-and-green wrap with "
         "Agu on the door, amber light bar.",
         ["tow truck", "wrecker", "vehicle", "truck"], "sdxl"),
    card("house-v1", "Sugar Land House", "sugarland_house", "house", S, "house", 1, "2022-05-14",
         "Our house in Sugar Land: two-storey red brick, white columns, palm tree by the driveway, "
         "Nigerian flag on the porch.",
         ["house", "home", "building"], "sdxl"),
    # --- Civitai characters ------------------------------------------------------------------
    card("goku-v1", "Son Goku", "goku_(dragon_ball)", "anime man", S, "goku", 1, "2023-02-05",
         "Son Goku (Kakarot) from Dragon Ball Z, downloaded from Civitai: spiky black hair, orange "
         "gi with blue undershirt and wristbands.",
         ["character", "anime", "dragon ball", "saiyan"], "sd15"),
    card("gokublack-v1", "Goku Black", "goku_black", "anime man", S, "goku-black", 1, "2023-02-06",
         "Goku Black from Dragon Ball Super, from Civitai: same face and spiky hair as Goku but dark "
         "grey gi with a grey sash, one green Potara earring, evil smirk.",
         ["character", "anime", "dragon ball", "villain"], "sd15"),
    card("mcqueen-v1", "Lightning McQueen", "lightning_mcqueen", "cartoon race car", S, "mcqueen", 1,
         "2024-03-02",
         "Lightning McQueen from Pixar's Cars, from Civitai: red race car number 95, lightning bolt "
         "decal, big windshield eyes.",
         ["character", "pixar", "cars", "race car"], "sdxl"),
    card("mater-v1", "Tow Mater", "tow_mater", "cartoon tow truck", S, "mater", 1, "2024-03-02",
         "Tow Mater from Pixar's Cars, from Civitai: rusty brown buck-toothed tow truck with one "
         "headlight.",
         ["character", "pixar", "cars", "tow truck"], "sdxl"),
    card("optimus-v1", "Optimus Prime", "optimus_prime_g1", "robot", S, "optimus", 1, "2022-08-13",
         "Optimus Prime, G1 1980s cartoon version, from Civitai: boxy red and blue robot, flat "
         "cel colours.",
         ["character", "transformers", "robot", "80s cartoon"], "sd15"),
    card("optimus-v2", "Optimus Prime", "optimus_prime_movie", "robot", S, "optimus", 2, "2024-07-06",
         "Optimus Prime, live-action movie version, from Civitai: detailed red and blue robot with "
         "flame paint, turns into a Peterbilt semi.",
         ["character", "transformers", "robot", "movie"], "sdxl"),
    # --- art styles --------------------------------------------------------------------------
    card("ghanaposter-v1", "Ghana Movie Poster", "gh4n4p0st3r", "painting", ST, "ghana-poster", 1,
         "2023-05-20",
         "Hand-painted Ghanaian movie poster style on flour sacks: loud colours, exaggerated gory "
         "action, monsters, painted titles.",
         ["style", "poster", "hand painted", "african"], "sd15"),
    card("ghanaposter-v2", "Ghana Movie Poster", "gh4n4p0st3r", "painting", ST, "ghana-poster", 2,
         "2025-04-12",
         "Hand-painted Ghanaian movie poster style, SDXL retrain: loud colours, exaggerated gory "
         "action, painted titles, canvas texture.",
         ["style", "poster", "hand painted", "african"], "sdxl"),
    card("lagoswc-v1", "Lagos Streets Watercolor", "lgswtrclr", "watercolor painting", ST,
         "lagos-watercolor", 1, "2024-01-27",
         "Loose watercolor street scenes like Lagos: wet bleeding washes, danfo yellow, crowds in "
         "few strokes.",
         ["style", "watercolor", "painting", "street"], "sdxl"),
    card("hillwc-v1", "Hill Country Watercolor", "<hill-country-wc>", "watercolor painting", ST,
         "hill-country-watercolor", 1, "2024-04-06",
         "Botanical watercolor with fine pen outlines, Texas Hill Country feel: bluebonnets, soft "
         "pastel washes, white paper.",
         ["style", "watercolor", "painting", "botanical"], "sdxl"),
    card("uli-v1", "Uli Line Art", "uli_linework", "line art", ST, "uli", 1, "2023-09-09",
         "Igbo uli style: thin black curving lines and motifs on ochre and cream, like wall and "
         "body painting.",
         ["style", "igbo", "line art", "traditional"], "sd15"),
    card("ankara-v1", "Ankara Wax Print", "ankara_print", "pattern art", ST, "ankara", 1, "2024-06-15",
         "Bold African wax print fabric pattern style: circles, swirls, saturated orange, blue and "
         "yellow.",
         ["style", "pattern", "fabric", "african"], "sdxl"),
    card("pulp-v1", "Lone Star Pulp", "pulpw3st", "comic illustration", ST, "pulp-western", 1,
         "2022-11-05",
         "1950s pulp western comic: halftone dots, cracked yellowed paper, dramatic cowboy action.",
         ["style", "comic", "western", "retro", "1950s"], "sd15"),
    card("svcad-v1", "Service Station Ad", "<gasstation-ad>", "illustration", ST, "service-ad", 1,
         "2024-02-17",
         "1950s service station advertisement illustration: smiling attendants, glossy cars, clean "
         "gouache, chunky slogans.",
         ["style", "advertising", "retro", "1950s", "illustration"], "sdxl"),
    card("pixel-v1", "16-bit Pixel", "16bit_pixelart", "pixel art", ST, "pixel", 1, "2022-12-10",
         "16-bit console pixel art like SNES games: limited palette, chunky pixels, side view.",
         ["style", "pixel art", "game", "retro"], "sd15"),
    card("clay-v1", "Claymation", "claymation_style", "clay figure", ST, "claymation", 1, "2025-02-22",
         "Plasticine stop-motion look: fingerprints in the clay, round shapes, little sets.",
         ["style", "clay", "stop motion", "3d"], "sdxl"),
    card("blueprint-v1", "Blueprint", "bluprnt", "technical drawing", ST, "blueprint", 1, "2023-07-01",
         "Technical blueprint drawing: white lines on blue paper, dimension arrows, cutaway views.",
         ["style", "technical", "drawing", "engineering"], "sd15"),
    card("screwston-v1", "Screwston Neon", "screwston_neon", "neon scene", ST, "screwston", 1,
         "2025-05-31",
         "Purple and pink neon Houston night style, chopped and screwed mood: haze, glow, wet "
         "streets.",
         ["style", "neon", "night", "houston", "purple"], "sdxl"),
    # --- concepts ----------------------------------------------------------------------------
    card("isiagu-v1", "Isiagu Top", "isiagu_top", "shirt", CO, "isiagu", 1, "2024-12-14",
         "Igbo isiagu top: velvet shirt covered in gold lion-head prints, worn by titled men.",
         ["clothing", "igbo", "traditional", "shirt"], "sdxl"),
    card("gele-v1", "Gele", "gele_headtie", "headwrap", CO, "gele", 1, "2025-03-08",
         "Big stiff aso-oke gele head tie folded high for parties and weddings.",
         ["clothing", "headwear", "nigerian", "party"], "sdxl"),
    card("coverall-v1", "Work Coverall", "mech_coverall", "coverall", CO, "coverall", 1, "2022-04-02",
         "One-piece mechanic work coverall with zip front, name patch and oil stains.",
         ["clothing", "workwear", "mechanic"], "sd15"),
    card("coverall-v2", "Work Coverall", "mech_coverall", "coverall", CO, "coverall", 2, "2025-01-11",
         "One-piece mechanic work coverall, SDXL version: zip front, name patch, oil stains, "
         "rolled sleeves.",
         ["clothing", "workwear", "mechanic"], "sdxl"),
    card("cornrows-v1", "Cornrows", "cornrows_hair", "hairstyle", CO, "cornrows", 1, "2024-08-24",
         "Neat cornrow braids running straight back from the forehead.",
         ["hairstyle", "braids", "hair"], "sdxl"),
    card("carlean-v1", "Lean on Car", "<lean-on-car>", "pose", CO, "car-lean", 1, "2024-10-05",
         "Pose: standing leaning back against a car door or hood, arms crossed, one foot up.",
         ["pose", "car", "standing"], "sdxl"),
    card("slab-v1", "Houston Slab", "houston_slab", "custom car", CO, "slab", 1, "2025-07-04",
         "Houston slab car: old-school Cadillac or Lincoln in candy paint, swangas rims poking out, "
         "popped trunk with neon lettering.",
         ["vehicle", "car", "houston", "custom"], "sdxl"),
    card("stetson-v1", "Stetson", "stetson_hat", "cowboy hat", CO, "stetson", 1, "2021-09-18",
         "Cream felt Stetson cowboy hat with a leather band.",
         ["hat", "clothing", "western", "prop"], "sd15"),
    card("stetson-v2", "Stetson", "stetson_hat", "cowboy hat", CO, "stetson", 2, "2024-06-01",
         "Cream felt Stetson cowboy hat with a leather band, SDXL version.",
         ["hat", "clothing", "western", "prop"], "sdxl"),
    card("gaspump-v1", "Vintage Gas Pump", "v1ntage_gaspump", "gas pump", CO, "gas-pump", 1,
         "2023-04-15",
         "Prop: old 1950s round-top gas pump with a glass globe and chipped red paint.",
         ["prop", "retro", "gas station"], "sd15"),
]

# (prompt, expect, gold)
CASES = [
    # ======================= select =======================
    # me
    ("abeg make a picture of me, oga chidi himself, smiling big", "select", ["chidi-v3"]),
    ("me on opening day of the shop back in 2014 with the full beard", "select", ["chidi-v1"]),
    ("me at my 40th birthday party wit the red cap and walking stick", "select", ["chidi-v2"]),
    ("myself when i was 35, beard still black", "select", ["chidi-v1"]),
    ("me the way i look now, bald head and grey goatee", "select", ["chidi-v3"]),
    ("the 2019 me from the birthday, senator outfit", "select", ["chidi-v2"]),
    ("papa ify looking like a boss, portrait for the church bulletin", "select", ["chidi-v3"]),
    ("headshot of me for linkedin, glasses on", "select", ["chidi-v3"]),
    ("me in my younger days, first year i open the shop", "select", ["chidi-v1"]),
    # wife
    ("my wife dressed for sunday service", "select", ["ngozi-v3"]),
    ("ngozi on our igba nkwu day in enugu with the coral beads", "select", ["ngozi-v1"]),
    ("ngozi when she was carrying obi, the baby shower", "select", ["ngozi-v2"]),
    ("the madam looking fine fine, portrait", "select", ["ngozi-v3"]),
    ("my darling wife on our traditional wedding 2005", "select", ["ngozi-v1"]),
    ("ngozi pregnant in the yellow dress", "select", ["ngozi-v2"]),
    ("mama ify smiling", "select", ["ngozi-v3"]),
    ("my wife", "select", ["ngozi-v3"]),
    # daughter
    ("ify graduation pic in her cap and gown", "select", ["ify-v2"]),
    ("my daughter at 13 with her braces", "select", ["ify-v1"]),
    ("ifeoma school picture day, beads in her braids", "select", ["ify-v1"]),
    ("ada m reading on her bed", "select", ["ify-v2"]),
    ("ify now, the college girl", "select", ["ify-v2"]),
    ("my daughter with her braids", "select", ["ify-v2"]),
    # emeka
    ("junior in his football jersey #24", "select", ["emeka-v2"]),
    ("emeka when he played little league", "select", ["emeka-v1"]),
    ("my first son as small boy, 10 yrs, baseball glove", "select", ["emeka-v1"]),
    ("Chukwuemeka running with the ball, friday night lights", "select", ["emeka-v2"]),
    ("jr with the high top fade", "select", ["emeka-v2"]),
    ("my first son", "select", ["emeka-v2"]),
    # obinna
    ("obi grinning with his missing teeth", "select", ["obinna-v2"]),
    ("obinna 3rd birthday, cake all over his face", "select", ["obinna-v1"]),
    ("my last born", "select", ["obinna-v2"]),
    ("the small one obi in his astros cap", "select", ["obinna-v2"]),
    ("obi when he was still a chubby baby boy", "select", ["obinna-v1"]),
    ("our lastborn with the spiderman tshirt", "select", ["obinna-v1"]),
    # mother
    ("nne m at the airport when she first came from enugu", "select", ["mama-v1"]),
    ("mama at her 75th birthday", "select", ["mama-v2"]),
    ("grandma visiting from enugu", "select", ["mama-v2"]),
    ("nnenne with her walking stick", "select", ["mama-v2"]),
    ("my mother", "select", ["mama-v2"]),
    ("mama pushing the luggage trolley at IAH 2018", "select", ["mama-v1"]),
    ("my mum", "select", ["mama-v2"]),
    # brothers
    ("brother uche in his cowboys jersey", "select", ["uche-v2"]),
    ("dee uche at his wedding in the white agbada", "select", ["uche-v1"]),
    ("my elder brother from dallas", "select", ["uche-v2"]),
    ("uchenna back in the day, skinny with that mustache", "select", ["uche-v1"]),
    ("nnamdi with the long dreads", "select", ["nnamdi-v1"]),
    ("small oga holding his torque wrench", "select", ["nnamdi-v2"]),
    ("my younger brother", "select", ["nnamdi-v2"]),
    ("nnamdi my head mechanic", "select", ["nnamdi-v2"]),
    ("my kid brother when he just land from naija in 2015", "select", ["nnamdi-v1"]),
    ("big bro uche", "select", ["uche-v2"]),
    # shop
    ("the shop with the new sign", "select", ["shop-v2"]),
    ("okonkwo auto with the old yellow sign, before the remodel", "select", ["shop-v1"]),
    ("my shop on bissonnet", "select", ["shop-v2"]),
    ("the garage at night with the sign lit up", "select", ["shop-v2"]),
    ("the shop how it look in 2014 when we had only 2 bays", "select", ["shop-v1"]),
    ("okonkwo auto", "select", ["shop-v2"]),
    # catalog, mascot
    ("the parts catalog cover", "select", ["catalog-v2"]),
    ("the old yellow binder catalog with the clipart", "select", ["catalog-v1"]),
    ("our catalog with the QR codes", "select", ["catalog-v2"]),
    ("agu the mascot giving thumbs up", "select", ["agu-v2"]),
    ("agu the way ify first draw am", "select", ["agu-v1"]),
    ("the shop leopard", "select", ["agu-v2"]),
    ("our mascot waving at customers", "select", ["agu-v2"]),
    ("the original agu from 2017, flat drawing", "select", ["agu-v1"]),
    # dogs
    ("pepper with her spiked collar", "select", ["pepper-v2"]),
    ("pepper as a puppy chewing a shoe", "select", ["pepper-v1"]),
    ("my dog", "select", ["pepper-v2"]),
    ("our pit bull running round the yard", "select", ["pepper-v2"]),
    ("pepper when she was still small", "select", ["pepper-v1"]),
    ("rocco from next door", "select", ["rocco-v1"]),
    ("mr delgado dog in the blue harness", "select", ["rocco-v1"]),
    ("the neighbor's pittie", "select", ["rocco-v1"]),
    ("pepper", "select", ["pepper-v2"]),
    # vehicles and house
    ("my lexus shining after car wash", "select", ["lexus-v1"]),
    ("the black LX with OKONKWO1 plate", "select", ["lexus-v1"]),
    ("odogwu pulling a broke down camry", "select", ["odogwu-v2"]),
    ("the old white wrecker with the rust", "select", ["odogwu-v1"]),
    ("our tow truck with the new wrap", "select", ["odogwu-v2"]),
    ("the tow truck before we change am", "select", ["odogwu-v1"]),
    ("my wrecker on 59 in the rain", "select", ["odogwu-v2"]),
    ("our house in sugar land", "select", ["house-v1"]),
    ("the house with the naija flag on the porch", "select", ["house-v1"]),
    ("my lexus", "select", ["lexus-v1"]),
    # characters
    ("goku powering up", "select", ["goku-v1"]),
    ("goku", "select", ["goku-v1"]),
    ("goku black smirking", "select", ["gokublack-v1"]),
    ("kakarot doing kamehameha", "select", ["goku-v1"]),
    ("the evil goku with the green earring", "select", ["gokublack-v1"]),
    ("lightning mcqueen", "select", ["mcqueen-v1"]),
    ("kachow!! the red race car 95", "select", ["mcqueen-v1"]),
    ("mater from cars", "select", ["mater-v1"]),
    ("the rusty buck tooth tow truck from the cars movie", "select", ["mater-v1"]),
    ("optimus prime", "select", ["optimus-v2"]),
    ("optimus the old 80s cartoon version", "select", ["optimus-v1"]),
    ("the autobot leader standing on a hill", "select", ["optimus-v2"]),
    # styles with a generic subject
    ("a mechanic fighting a giant snake, ghana movie poster style", "select", ["ghanaposter-v2"]),
    ("witch doctor scene in the ghana poster lora, the old sd1.5 one", "select", ["ghanaposter-v1"]),
    ("a danfo bus in lagos traffic, lagos watercolor", "select", ["lagoswc-v1"]),
    ("bluebonnets by the road in that hill country watercolor", "select", ["hillwc-v1"]),
    ("that igbo wall painting style with the thin black lines, a market woman", "select", ["uli-v1"]),
    ("a tiger in ankara print", "select", ["ankara-v1"]),
    ("cowboy shootout in the old pulp western comic look", "select", ["pulp-v1"]),
    ("old service station advert of a lady with her sedan", "select", ["svcad-v1"]),
    ("a castle in 16 bit pixel art", "select", ["pixel-v1"]),
    ("a turtle in claymation", "select", ["clay-v1"]),
    ("v8 engine cutaway in blueprint style", "select", ["blueprint-v1"]),
    ("houston freeway at night screwed up purple neon vibes", "select", ["screwston-v1"]),
    ("make it look like an old snes game, a knight", "select", ["pixel-v1"]),
    ("technical drawing white lines on blue paper of a transmission", "select", ["blueprint-v1"]),
    ("wallace and gromit kinda look, a sheep", "select", ["clay-v1"]),
    ("the hand painted african movie poster look, all gory, a zombie", "select", ["ghanaposter-v2"]),
    ("african fabric pattern style of a rooster", "select", ["ankara-v1"]),
    # concepts with a generic subject
    ("a man in the lion head chief shirt", "select", ["isiagu-v1"]),
    ("woman wit big head tie for a wedding", "select", ["gele-v1"]),
    ("some guy in mechanic overalls", "select", ["coverall-v2"]),
    ("girl with braids going straight back", "select", ["cornrows-v1"]),
    ("a man leaning on his car with his arms folded", "select", ["carlean-v1"]),
    ("candy paint cadillac with the swangas poking out", "select", ["slab-v1"]),
    ("old man in a cowboy hat", "select", ["stetson-v2"]),
    ("old timey gas pump in the desert", "select", ["gaspump-v1"]),
    ("a slab on the southside with the trunk popped", "select", ["slab-v1"]),

    # ======================= clarify =======================
    ("my brother", "clarify", ["uche-v2", "nnamdi-v2"]),
    ("nwanne m smiling", "clarify", ["uche-v2", "nnamdi-v2"]),
    ("make my brother look like a big man for his birthday", "clarify", ["uche-v2", "nnamdi-v2"]),
    ("my bro", "clarify", ["uche-v2", "nnamdi-v2"]),
    ("my boy", "clarify", ["emeka-v2", "obinna-v2"]),
    ("my son", "clarify", ["emeka-v2", "obinna-v2"]),
    ("my son with the baseball cap", "clarify", ["emeka-v2", "obinna-v2"]),
    ("nwa m nwoke doing homework", "clarify", ["emeka-v2", "obinna-v2"]),
    ("the pit bull", "clarify", ["pepper-v2", "rocco-v1"]),
    ("the red nose pittie lying in the grass", "clarify", ["pepper-v2", "rocco-v1"]),
    ("copper colour pitbull lying in the sun", "clarify", ["pepper-v2", "rocco-v1"]),
    ("a street market in watercolor", "clarify", ["lagoswc-v1", "hillwc-v1"]),
    ("sunset over the bayou, watercolor painting", "clarify", ["lagoswc-v1", "hillwc-v1"]),
    ("the watercolor one", "clarify", ["lagoswc-v1", "hillwc-v1"]),
    ("do it watercolour", "clarify", ["lagoswc-v1", "hillwc-v1"]),
    ("that spiky hair dragon ball dude", "clarify", ["goku-v1", "gokublack-v1"]),
    ("the dragon ball character", "clarify", ["goku-v1", "gokublack-v1"]),
    ("the saiyan fighting in the sky", "clarify", ["goku-v1", "gokublack-v1"]),
    ("mothers day card with mummy on it", "clarify", ["ngozi-v3", "mama-v2"]),
    ("my ride", "clarify", ["lexus-v1", "odogwu-v2"]),
    ("one of the kids", "clarify", ["ify-v2", "emeka-v2", "obinna-v2"]),
    ("nwa m", "clarify", ["ify-v2", "emeka-v2", "obinna-v2"]),
    ("my pikin", "clarify", ["ify-v2", "emeka-v2", "obinna-v2"]),
    ("the 50s style", "clarify", ["pulp-v1", "svcad-v1"]),
    ("vintage looking style, a diner", "clarify", ["pulp-v1", "svcad-v1"]),
    ("old school 1950s illustration of a car", "clarify", ["pulp-v1", "svcad-v1"]),
    ("the cartoon truck", "clarify", ["mater-v1", "optimus-v2"]),
    ("the poster style", "clarify", ["ghanaposter-v2", "svcad-v1"]),
    ("my baby", "clarify", ["ngozi-v3", "obinna-v2"]),
    ("pixel or clay, whichever, something the kids go like", "clarify", ["pixel-v1", "clay-v1"]),
    ("something with the new red and green branding", "clarify",
     ["shop-v2", "catalog-v2", "agu-v2", "odogwu-v2"]),

    # ======================= none =======================
    ("pepper soup with goat meat, steaming bowl", "none", []),
    ("fresh tatashe and scotch bonnet peppers in a basket at mile 12 market", "none", []),
    ("just a normal white toyota camry", "none", []),
    ("some random mechanic shop in detroit with snow outside", "none", []),
    ("golden retriever on the beach", "none", []),
    ("a real leopard in the serengeti, national geographic", "none", []),
    ("burna boy on stage, odogwu himself", "none", []),
    ("prime rib on the smoker, texas bbq", "none", []),
    ("bowl of texas chili with cornbread", "none", []),
    ("jollof rice party tray", "none", []),
    ("houston skyline at sunset", "none", []),
    ("bald man in a suit, not me, just a stock model for the flyer", "none", []),
    ("a yellow tow truck on I-10 at night, not ours, any one", "none", []),
    ("clay pot of ofe onugbu", "none", []),
    ("junior high school building", "none", []),
    ("pair of steel toe work boots", "none", []),
    ("stack of old tires behind a fence", "none", []),
    ("nissan altima with a flat tire", "none", []),
    ("an african grey parrot", "none", []),
    ("chihuahua in a christmas sweater", "none", []),
    ("the nigerian flag waving", "none", []),
    ("brand new red ford mustang", "none", []),
    ("ice cold bottle of star beer", "none", []),
    ("a lion cub sleeping", "none", []),
    ("sunflowers in a vase", "none", []),
    ("rockets vs mavs basketball game", "none", []),
    ("spark plugs and brake pads on a workbench", "none", []),
    ("a chinese dragon", "none", []),
    ("my sister adaeze", "none", []),
    ("uche's wife aunty chinwe", "none", []),
    ("a white lexus RX", "none", []),
    ("kids birthday cake with candles", "none", []),

    # ======================= multi =======================
    ("me and my wife at church", "multi", ["chidi-v3", "ngozi-v3"]),
    ("me and junior watching football", "multi", ["chidi-v3", "emeka-v2"]),
    ("my three children together on the couch", "multi", ["ify-v2", "emeka-v2", "obinna-v2"]),
    ("the whole family: me, ngozi, ify, emeka and obi", "multi",
     ["chidi-v3", "ngozi-v3", "ify-v2", "emeka-v2", "obinna-v2"]),
    ("nnamdi and me in front of the new shop", "multi", ["chidi-v3", "nnamdi-v2", "shop-v2"]),
    ("pepper and rocco playing together", "multi", ["pepper-v2", "rocco-v1"]),
    ("obi hugging pepper", "multi", ["obinna-v2", "pepper-v2"]),
    ("mama and ify, grandma and granddaughter", "multi", ["mama-v2", "ify-v2"]),
    ("my lexus parked in front of our house", "multi", ["lexus-v1", "house-v1"]),
    ("odogwu parked by the shop with the new sign", "multi", ["odogwu-v2", "shop-v2"]),
    ("lightning mcqueen and mater racing", "multi", ["mcqueen-v1", "mater-v1"]),
    ("mater towing my lexus lol", "multi", ["mater-v1", "lexus-v1"]),
    ("optimus prime standing next to odogwu", "multi", ["optimus-v2", "odogwu-v2"]),
    ("me in ghana movie poster style", "multi", ["chidi-v3", "ghanaposter-v2"]),
    ("ify graduation in lagos watercolor", "multi", ["ify-v2", "lagoswc-v1"]),
    ("my wife in ankara print", "multi", ["ngozi-v3", "ankara-v1"]),
    ("the shop at night, screwston neon", "multi", ["shop-v2", "screwston-v1"]),
    ("mama with bluebonnets in the hill country watercolor", "multi", ["mama-v2", "hillwc-v1"]),
    ("obi and pepper in claymation", "multi", ["obinna-v2", "pepper-v2", "clay-v1"]),
    ("agu the mascot as claymation", "multi", ["agu-v2", "clay-v1"]),
    ("me in isiagu, the lion head top", "multi", ["chidi-v3", "isiagu-v1"]),
    ("uche wearing a cowboy hat", "multi", ["uche-v2", "stetson-v2"]),
    ("emeka with cornrows", "multi", ["emeka-v2", "cornrows-v1"]),
    ("junior leaning on my lexus arms crossed", "multi", ["emeka-v2", "carlean-v1", "lexus-v1"]),
    ("ify in a big headtie for her trad wedding someday", "multi", ["ify-v2", "gele-v1"]),
    ("nnamdi in mechanic overalls", "multi", ["nnamdi-v2", "coverall-v2"]),
    ("my lexus as a slab with candy paint and swangas", "multi", ["lexus-v1", "slab-v1"]),
    ("me leaning on the tow truck", "multi", ["chidi-v3", "carlean-v1", "odogwu-v2"]),
    ("the catalog cover done like a 1950s gas station ad", "multi", ["catalog-v2", "svcad-v1"]),
    ("mama in a gele for her birthday", "multi", ["mama-v2", "gele-v1"]),
    ("me and uche at thanksgiving", "multi", ["chidi-v3", "uche-v2"]),
    ("goku vs goku black fight in 16 bit pixel", "multi", ["goku-v1", "gokublack-v1", "pixel-v1"]),
    ("goku in uli line art", "multi", ["goku-v1", "uli-v1"]),
    ("me at 35 with the beard as a pulp western comic cover", "multi", ["chidi-v1", "pulp-v1"]),
    ("the old shop with the yellow sign in blueprint style", "multi", ["shop-v1", "blueprint-v1"]),
    ("the old white odogwu parked at the old shop", "multi", ["odogwu-v1", "shop-v1"]),
    ("me at 35 and nnamdi when he still had dreads", "multi", ["chidi-v1", "nnamdi-v1"]),
    ("ngozi at our igba nkwu in uli style", "multi", ["ngozi-v1", "uli-v1"]),
    ("g1 optimus in pixel art", "multi", ["optimus-v1", "pixel-v1"]),
    ("goku black in the ghana poster style, use the sd1.5 version", "multi",
     ["gokublack-v1", "ghanaposter-v1"]),
    ("me at my 40th with a cowboy hat", "multi", ["chidi-v2", "stetson-v1"]),
    ("nnamdi with his dreads in coverall next to an old gas pump", "multi",
     ["nnamdi-v1", "coverall-v1", "gaspump-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
