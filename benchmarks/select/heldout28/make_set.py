#!/usr/bin/env python3
"""Write catalog.jsonl and cases.jsonl of the heldout28 set from the literals below.

usage: make_set.py   (writes next to this file)
The repository: Del Campbell's family and their patty-and-bakery shop in Flatbush, Brooklyn.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, base_model, description, tags):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base_model}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("del-v1", "Del", "ohwx man", "man", S, "del", 1, "2017-03-11", "sd15",
         "Me, Delroy 'Del' Campbell, at 34 the week we opened Campbell's Patty Shop on Flatbush Ave: "
         "clean low fade, thin goatee, white shop t-shirt.",
         ["me", "person", "man", "goatee", "fade", "opening day"]),
    card("del-v2", "Del", "ohwx man", "man", S, "del", 2, "2021-02-20", "sd15",
         "Me, Del, at 38 in the lockdown winter: full black beard, grey hoodie, black face mask pulled "
         "down under my chin.",
         ["me", "person", "man", "beard", "hoodie", "face mask", "lockdown"]),
    card("del-v3", "Del", "ohwx man", "man", S, "del", 3, "2025-10-04", "sdxl",
         "Me, Del, at 43: beard going grey, wire reading glasses, green shop apron with a Pepper pin on the strap.",
         ["me", "person", "man", "grey beard", "glasses", "apron"]),
    # --- wife ---
    card("simone-v1", "Simone", "sks woman", "woman", S, "simone", 1, "2018-09-08", "sd15",
         "My wife, Simone, at 30 at Carnival on Eastern Parkway: short twist-out, Jamaica flag tied as a cape, "
         "big smile.",
         ["wife", "person", "woman", "twist-out", "carnival", "flag"]),
    card("simone-v2", "Simone", "sks woman", "woman", S, "simone", 2, "2025-02-15", "sdxl",
         "My wife, Simone, at 36, seven months pregnant with Malik: shoulder-length braids, hand on her belly, "
         "behind the shop counter.",
         ["wife", "person", "woman", "pregnant", "braids"]),
    card("simone-v3", "Simone", "sks woman", "woman", S, "simone", 3, "2026-07-19", "sdxl",
         "My wife, Simone, at 38 after the baby: short tapered natural cut, gold hoop earrings.",
         ["wife", "person", "woman", "short hair", "hoop earrings"]),
    # --- daughter ---
    card("kayla-v1", "Kayla", "kayla_c", "girl", S, "kayla", 1, "2020-08-22", "sd15",
         "My daughter, Kayla, at 6: two afro puffs with pink bobbles, missing front teeth, Paw Patrol backpack.",
         ["daughter", "child", "girl", "afro puffs"]),
    card("kayla-v2", "Kayla", "kayla_c", "girl", S, "kayla", 2, "2023-09-09", "sdxl",
         "My daughter, Kayla, at 9 on her first day of 4th grade: cornrows with beads, purple glasses.",
         ["daughter", "child", "girl", "cornrows", "beads", "glasses"]),
    card("kayla-v3", "Kayla", "kayla_c", "girl", S, "kayla", 3, "2026-09-12", "sdxl",
         "My daughter, Kayla, at 12 starting 7th grade: long box braids, braces, contacts instead of glasses, "
         "middle-school hoodie.",
         ["daughter", "child", "girl", "box braids", "braces"]),
    # --- baby boy ---
    card("malik-v1", "Malik", "mal1k baby", "baby", S, "malik", 1, "2025-08-02", "sdxl",
         "Our baby boy, Malik, at 6 weeks old: chubby cheeks, soft curly hair, wrapped in a yellow blanket.",
         ["son", "baby", "boy", "newborn"]),
    card("malik-v2", "Malik", "mal1k baby", "baby", S, "malik", 2, "2026-10-17", "sdxl",
         "Our baby boy, Malik, at 16 months, just started walking: little afro, two bottom teeth, denim overalls.",
         ["son", "baby", "boy", "toddler", "overalls"]),
    # --- the wife's grandparents in Kingston ---
    card("granny-ivy-v1", "Granny Ivy", "granny_ivy", "old woman", S, "granny-ivy", 1, "2022-12-28", "sd15",
         "My wife's granny, Miss Ivy Reid, at 84 in Kingston: head wrap, floral house dress, sitting on her "
         "verandah in Mountain View.",
         ["family", "person", "old woman", "head wrap", "kingston", "verandah"]),
    card("granny-ivy-v2", "Granny Ivy", "granny_ivy", "old woman", S, "granny-ivy", 2, "2026-01-10", "sdxl",
         "My wife's granny, Miss Ivy, at her 88th birthday in Kingston: purple church hat, reading glasses "
         "on a chain.",
         ["family", "person", "old woman", "church hat", "birthday", "kingston"]),
    card("grandpa-lloyd-v1", "Grandpa Lloyd", "grandpa_lloyd", "old man", S, "grandpa-lloyd", 1, "2022-12-28", "sd15",
         "My wife's grandpa, Lloyd Reid, 87, in Kingston: white flat cap, walking stick, short-sleeve shirt, "
         "in his yard under the ackee tree.",
         ["family", "person", "old man", "flat cap", "walking stick", "kingston"]),
    # --- my side ---
    card("andre-v1", "Andre", "4ndr3", "man", S, "andre", 1, "2018-06-16", "sd15",
         "My little brother, Andre ('Dre'), at 30: clean-shaven, high-top fade, MTA bus operator uniform.",
         ["brother", "person", "man", "fade", "uniform", "bus driver"]),
    card("andre-v2", "Andre", "4ndr3", "man", S, "andre", 2, "2024-11-23", "sdxl",
         "My little brother, Andre ('Dre'), at 36: shoulder-length locs tied up, full beard, Yankees fitted cap.",
         ["brother", "person", "man", "locs", "beard", "fitted cap"]),
    card("mumma-v1", "Mumma", "mumma_hc", "old woman", S, "mumma", 1, "2024-05-12", "sdxl",
         "My mother, Hyacinth Campbell ('Mumma'), at 68 on Mother's Day: wide white church hat, pearl "
         "earrings, cream suit.",
         ["mother", "person", "old woman", "church hat"]),
    card("marcia-v1", "Marcia", "marcia_q", "woman", S, "marcia", 1, "2023-07-04", "sdxl",
         "My cousin Marcia, 45, from Queens: red bandana, big laugh, sorrel cup in her hand.",
         ["cousin", "person", "woman", "bandana"]),
    # --- pets ---
    card("tank-v1", "Tank", "sks dog", "dog", S, "tank", 1, "2020-05-09", "sd15",
         "Our pit bull, Tank, at 2: blue-grey coat, white chest blaze, red leather collar with a brass name tag.",
         ["pet", "dog", "pit bull", "red collar"]),
    card("tank-v2", "Tank", "sks dog", "dog", S, "tank", 2, "2025-04-26", "sdxl",
         "Our pit bull, Tank, at 7: grey muzzle, a little heavier, same red collar with the brass tag.",
         ["pet", "dog", "pit bull", "red collar", "grey muzzle"]),
    card("bruno-v1", "Bruno", "bruno_pitbull", "dog", S, "bruno", 1, "2024-08-10", "sdxl",
         "Bruno, the pit bull of Mr. Okafor, our upstairs neighbour: blue-grey coat and white chest blaze "
         "just like Tank, black spiked collar.",
         ["dog", "pit bull", "neighbour", "spiked collar"]),
    card("mango-v1", "Mango", "mango_cat", "cat", S, "mango", 1, "2021-09-18", "sd15",
         "Our cat, Mango, at 1: skinny young orange tabby with a torn left ear.",
         ["pet", "cat", "orange tabby", "torn ear"]),
    card("mango-v2", "Mango", "mango_cat", "cat", S, "mango", 2, "2025-12-20", "sdxl",
         "Our cat, Mango, at 5: chunky orange tabby, same torn left ear, lying in the shop window.",
         ["pet", "cat", "orange tabby", "torn ear"]),
    # --- vehicles and places ---
    card("minivan-v1", "the van", "<old-van>", "minivan", S, "minivan", 1, "2019-10-05", "sd15",
         "Our old minivan: silver 2008 Honda Odyssey, dented rear bumper, Campbell's Patties magnet on the "
         "sliding door.",
         ["car", "minivan", "vehicle", "honda"]),
    card("delivery-bike-v1", "delivery bike", "campbells_bike", "cargo bike", S, "delivery-bike", 1, "2023-08-05", "sdxl",
         "The shop's delivery bike: black cargo trike with a green box on the front painted 'Campbell's Patties'.",
         ["bike", "cargo trike", "shop", "delivery"]),
    card("brownstone-v1", "our brownstone", "<flatbush-brownstone>", "brownstone", S, "brownstone", 1, "2023-08-12", "sdxl",
         "Our yard (home): the second-floor apartment in a brownstone on Rugby Road in Flatbush, red front "
         "door, stoop with potted geraniums.",
         ["home", "apartment", "brownstone", "stoop", "building"]),
    card("marcia-yard-v1", "Marcia's yard", "queens_yard", "backyard", S, "marcia-yard", 1, "2023-07-05", "sdxl",
         "My cousin Marcia's backyard in Cambria Heights, Queens: chain-link fence, oil-drum jerk grill, "
         "plastic chairs, where we do the Fourth of July cookout.",
         ["place", "backyard", "queens", "grill", "cookout"]),
    card("shop-v1", "Campbell's Patty Shop", "cps_storefront", "storefront", S, "shop", 1, "2017-03-18", "sd15",
         "Our shop, Campbell's Patty Shop on Flatbush Ave, before the rebrand: yellow awning, hand-lettered "
         "window, neon OPEN sign.",
         ["shop", "storefront", "bakery", "awning"]),
    card("shop-v2", "Campbell's Patty Shop", "cps_storefront", "storefront", S, "shop", 2, "2024-03-02", "sdxl",
         "Our shop on Flatbush Ave after the 2024 rebrand: green awning with the new Pepper logo, big clean "
         "window, bench out front.",
         ["shop", "storefront", "bakery", "awning", "rebrand"]),
    # --- products and mascot ---
    card("patty-box-v1", "patty box", "cps_pattybox", "box of patties", S, "patty-box", 1, "2018-04-14", "sd15",
         "A box of our beef patties: plain white cardboard box, six golden flaky patties, red Campbell's stamp.",
         ["product", "food", "beef patty", "box"]),
    card("patty-box-v2", "patty box", "cps_pattybox", "box of patties", S, "patty-box", 2, "2024-03-09", "sdxl",
         "A box of our beef patties after the rebrand: green box with the new Pepper logo and a window on top.",
         ["product", "food", "beef patty", "box", "rebrand"]),
    card("hardo-v1", "hardo bread", "hardo_loaf", "loaf of bread", S, "hardo", 1, "2022-02-05", "sd15",
         "Our hardo bread: tall square white loaf in a clear bag with the old red-and-yellow Campbell's label.",
         ["product", "food", "bread", "loaf"]),
    card("hardo-v2", "hardo bread", "hardo_loaf", "loaf of bread", S, "hardo", 2, "2024-03-09", "sdxl",
         "Our hardo bread after the rebrand: same tall square loaf, green label with the new Pepper logo.",
         ["product", "food", "bread", "loaf", "rebrand"]),
    card("pepper-sauce-v1", "Pepper's Fire sauce", "fire_sauce", "bottle of hot sauce", S, "pepper-sauce", 1,
         "2023-10-21", "sdxl",
         "Our scotch-bonnet pepper sauce, 'Pepper's Fire': 5 oz woozy bottle of orange sauce, label with the "
         "parrot breathing fire.",
         ["product", "hot sauce", "bottle", "scotch bonnet"]),
    card("pepper-v1", "Pepper", "pepper_parrot", "parrot", S, "pepper", 1, "2017-05-06", "sd15",
         "Pepper, our shop mascot before the rebrand: hand-drawn cartoon green parrot with a yellow beak, "
         "red-gold-green tam, holding a patty.",
         ["mascot", "parrot", "cartoon", "logo"]),
    card("pepper-v2", "Pepper", "pepper_parrot", "parrot", S, "pepper", 2, "2024-02-17", "sdxl",
         "Pepper, our shop mascot after the 2024 rebrand: flat vector green parrot, simpler shapes, gold chain, "
         "winking, no tam.",
         ["mascot", "parrot", "cartoon", "logo", "rebrand"]),
    # --- downloaded characters (Civitai) ---
    card("dahlia-v1", "Dahlia Hype", "dahlia_hype_(riddim_clash)", "woman", S, "dahlia-hype", 1, "2022-09-17", "sd15",
         "Dahlia Hype, the dancehall-singer character from the game Riddim Clash: neon-pink wig, gold "
         "microphone, mesh top, platform boots. Civitai character LoRA.",
         ["character", "civitai", "singer", "dancehall", "game"]),
    card("dahlia-v2", "Dahlia Hype", "dahlia_hype_xl", "woman", S, "dahlia-hype", 2, "2024-01-27", "sdxl",
         "Dahlia Hype (Riddim Clash), SDXL port: neon-pink wig, gold microphone, mesh top, platform boots. "
         "Civitai character LoRA.",
         ["character", "civitai", "singer", "dancehall", "game"]),
    card("miles-v1", "Miles Morales", "m1l3s_m0r4l3s", "superhero", S, "miles-morales", 1, "2023-12-02", "sdxl",
         "Miles Morales, the Brooklyn Spider-Man from Spider-Verse: black suit with a red spider, red "
         "sneakers. Civitai character LoRA.",
         ["character", "civitai", "superhero", "spider-man", "comics"]),
    card("chii-v1", "Chii", "chii_(chobits)", "android girl", S, "chii", 1, "2021-04-10", "sd15",
         "Chii, the persocom android girl from the anime Chobits: floor-length pale blonde hair, robot ear "
         "units, white frilly dress. Civitai character LoRA.",
         ["character", "civitai", "anime", "android", "chobits"]),
    card("chii-v2", "Chii", "chii_xl", "android girl", S, "chii", 2, "2024-05-25", "sdxl",
         "Chii (Chobits), SDXL port: floor-length pale blonde hair, robot ear units, white frilly dress. "
         "Civitai character LoRA.",
         ["character", "civitai", "anime", "android", "chobits"]),
    card("freya-v1", "Freya", "freya_(chobits)", "android girl", S, "freya", 1, "2021-04-24", "sd15",
         "Freya, Chii's 'sister' persocom from the anime Chobits: same face, floor-length blonde hair and "
         "robot ear units as Chii, black dress. Civitai character LoRA.",
         ["character", "civitai", "anime", "android", "chobits"]),
    # --- styles ---
    card("graffiti-v1", "Graffiti", "grffti style", "graffiti", ST, "graffiti", 1, "2019-06-29", "sd15",
         "Spray-paint graffiti wall style: wildstyle letters, drips, thick outlines, brick texture.",
         ["style", "graffiti", "street art", "spray paint"]),
    card("graffiti-v2", "Graffiti", "grffti_xl", "graffiti", ST, "graffiti", 2, "2023-11-11", "sdxl",
         "Spray-paint graffiti wall style, SDXL port: wildstyle letters, drips, thick outlines, brick texture.",
         ["style", "graffiti", "street art", "spray paint"]),
    card("haitian-naive-v1", "Haitian naive painting", "haitianart", "naive painting", ST, "haitian-naive", 1,
         "2024-04-13", "sdxl",
         "Haitian naive painting: flat vivid colours, lush stylised trees, crowds of tiny figures, market and "
         "village scenes, no perspective.",
         ["style", "painting", "naive art", "haitian", "folk art"]),
    card("silver-ink-v1", "Silver Age comic ink", "silverage_ink", "comic ink", ST, "silver-ink", 1,
         "2020-03-14", "sd15",
         "1960s comic-book inking: bold brush lines, Ben-Day dots, flat four-colour newsprint look.",
         ["style", "comic", "ink", "retro", "ben-day dots"]),
    card("modern-ink-v1", "Modern comic ink", "mdrn_ink_xl", "comic ink", ST, "modern-ink", 1,
         "2024-07-06", "sdxl",
         "Modern comic-book inking: crisp fine pen lines, heavy black shadows, cross-hatching, digital colour.",
         ["style", "comic", "ink", "cross-hatching"]),
    card("album80s-v1", "80s album cover", "80salbum", "album cover", ST, "album80s", 1, "2021-05-22", "sd15",
         "1980s reggae and dancehall LP cover: airbrushed portrait, chrome title lettering, tropical sunset, "
         "worn cardboard sleeve.",
         ["style", "album cover", "80s", "reggae", "airbrush"]),
    card("album80s-v2", "80s album cover", "80salbum_xl", "album cover", ST, "album80s", 2, "2025-03-29", "sdxl",
         "1980s reggae and dancehall LP cover, SDXL port: airbrushed portrait, chrome title lettering, tropical "
         "sunset, worn cardboard sleeve.",
         ["style", "album cover", "80s", "reggae", "airbrush"]),
    card("mosaic-v1", "Mosaic tile", "mosaic_tile", "mosaic", ST, "mosaic", 1, "2023-08-26", "sdxl",
         "Ceramic mosaic tile art like the subway station walls: small square tiles, grout lines, glazed colours.",
         ["style", "mosaic", "tiles", "subway"]),
    card("charcoal-v1", "Charcoal sketch", "charc0al", "charcoal drawing", ST, "charcoal", 1, "2019-11-02", "sd15",
         "Charcoal sketch on rough paper: smudged shading, loose lines, black and grey only.",
         ["style", "charcoal", "sketch", "drawing", "monochrome"]),
    card("charcoal-v2", "Charcoal sketch", "charc0al_xl", "charcoal drawing", ST, "charcoal", 2, "2025-02-01", "sdxl",
         "Charcoal sketch on rough paper, SDXL port: smudged shading, loose lines, black and grey only.",
         ["style", "charcoal", "sketch", "drawing", "monochrome"]),
    card("vaporwave-v1", "Vaporwave", "vprwv", "vaporwave", ST, "vaporwave", 1, "2022-04-09", "sd15",
         "Vaporwave aesthetic: pink and teal gradients, Greek statue busts, palm trees, VHS grid, old computer "
         "windows.",
         ["style", "vaporwave", "retro", "neon", "90s"]),
    card("signpaint-v1", "Hand-painted sign", "signp4int", "sign painting", ST, "signpaint", 1, "2025-05-17", "sdxl",
         "Jamaican hand-painted shop sign style: brush lettering, flat enamel paint on a zinc or wooden wall, "
         "simple painted pictures of the goods.",
         ["style", "sign painting", "lettering", "jamaica", "folk art"]),
    # --- concepts ---
    card("locs-v1", "Locs", "l0cs", "hairstyle", C, "locs", 1, "2021-07-10", "sd15",
         "Locs hairstyle: long, thick dreadlocks, worn down or tied up.",
         ["concept", "hairstyle", "locs", "dreadlocks"]),
    card("locs-v2", "Locs", "l0cs_xl", "hairstyle", C, "locs", 2, "2024-02-03", "sdxl",
         "Locs hairstyle, SDXL port: long, thick dreadlocks, worn down or tied up.",
         ["concept", "hairstyle", "locs", "dreadlocks"]),
    card("wallabee-v1", "Clarks Wallabee", "wallabee_shoe", "shoe", C, "wallabee", 1, "2022-01-15", "sd15",
         "Clarks Wallabee shoes: moccasin-style suede shoe with a crepe sole, sand or black.",
         ["concept", "clothing", "shoe", "wallabee", "clarks"]),
    card("wallabee-v2", "Clarks Wallabee", "wallabee_xl", "shoe", C, "wallabee", 2, "2025-01-18", "sdxl",
         "Clarks Wallabee shoes, SDXL port: moccasin-style suede shoe with a crepe sole, sand or black.",
         ["concept", "clothing", "shoe", "wallabee", "clarks"]),
    card("track-jacket-v1", "Track jacket", "trkjkt", "jacket", C, "track-jacket", 1, "2023-09-30", "sdxl",
         "Retro zip-up track jacket, black with green and gold stripes down the sleeves.",
         ["concept", "clothing", "jacket", "track jacket"]),
    card("dollar-van-v1", "Dollar van", "dollar_van", "van", C, "dollar-van", 1, "2022-06-11", "sd15",
         "New York dollar van: white 15-seat passenger van, tinted windows, route sign in the windshield, "
         "picking up on Flatbush and Utica.",
         ["concept", "vehicle", "van", "dollar van", "new york"]),
    card("dollar-van-v2", "Dollar van", "dollar_van_xl", "van", C, "dollar-van", 2, "2025-08-09", "sdxl",
         "New York dollar van, SDXL port: white 15-seat passenger van, tinted windows, route sign in the "
         "windshield.",
         ["concept", "vehicle", "van", "dollar van", "new york"]),
    card("dance-pose-v1", "Dancehall pose", "dncpose", "pose", C, "dance-pose", 1, "2024-10-12", "sdxl",
         "Dancing pose: mid dancehall move, knees bent, one arm up, hips winding, motion in the hands.",
         ["concept", "pose", "dancing", "dancehall"]),
    card("durag-v1", "Durag", "durag_xl", "headwear", C, "durag", 1, "2023-12-16", "sdxl",
         "Silky durag tied on the head with long tails hanging down the back.",
         ["concept", "clothing", "headwear", "durag"]),
    card("mas-costume-v1", "Mas costume", "mas_costume", "costume", C, "mas-costume", 1, "2025-09-06", "sdxl",
         "Carnival mas costume for the Labor Day parade: feathered headpiece, sequinned bodysuit, big feather "
         "back piece.",
         ["concept", "clothing", "costume", "carnival", "feathers"]),
]

# (prompt, expect, gold)
SELECT = [
    # me
    ("me behind the counter with my reading glasses on", "del-v3"),
    ("me back when we first open the shop, low fade and the goatee", "del-v1"),
    ("me in lockdown wid the beard and the mask under mi chin", "del-v2"),
    ("del smiling, portrait, soft window light", "del-v3"),
    ("me on opening day 2017 cutting the ribbon", "del-v1"),
    ("me from the covid winter in the grey hoodie", "del-v2"),
    ("a headshot of me for the shop website", "del-v3"),
    ("me wid di grey beard lookin serious", "del-v3"),
    ("me at 34", "del-v1"),
    ("ohwx man at coney island", "del-v3"),
    # wife
    ("the wife at carnival wid the flag cape", "simone-v1"),
    ("simone pregnant with malik, hand on her belly", "simone-v2"),
    ("my wife laughing in the kitchen", "simone-v3"),
    ("simone with her new short cut and the gold hoops", "simone-v3"),
    ("simone back in 2018 on eastern parkway", "simone-v1"),
    ("wifey when she was expecting", "simone-v2"),
    ("simone reading on the couch", "simone-v3"),
    ("simon with the twist out", "simone-v1"),
    ("sks woman in a sundress on a porch", "simone-v3"),
    # daughter
    ("kayla at her desk doing homework", "kayla-v3"),
    ("kayla when she was likkle, afro puffs and missing teeth", "kayla-v1"),
    ("kayla wid her purple glasses", "kayla-v2"),
    ("kayla first day of 4th grade", "kayla-v2"),
    ("my daughter smiling with her braces", "kayla-v3"),
    ("kayla at 6 blowing bubbles", "kayla-v1"),
    ("kayla jumping double dutch outside", "kayla-v3"),
    ("kaylah with her box braids", "kayla-v3"),
    ("kayla from 2023 with the beads in her cornrows", "kayla-v2"),
    ("my baby girl at the library", "kayla-v3"),
    ("kayla last september, first day of 7th grade", "kayla-v3"),
    # baby
    ("di baby sleeping in his crib", "malik-v2"),
    ("malik as a newborn in the yellow blanket", "malik-v1"),
    ("malik walking in his overalls", "malik-v2"),
    ("the baby when he was just a few weeks old", "malik-v1"),
    ("likkle malik eating a banana", "malik-v2"),
    ("my son in a sailor outfit", "malik-v2"),
    ("kayla's likkle brother in the bath", "malik-v2"),
    ("malik around his first birthday with cake on his face", "malik-v2"),
    # wife's grandparents
    ("granny ivy shelling gungo peas", "granny-ivy-v2"),
    ("the wife's granny in her purple church hat", "granny-ivy-v2"),
    ("granny ivy on the verandah in her head wrap, the 2022 one", "granny-ivy-v1"),
    ("granny ivy at her 88th birthday cutting the cake", "granny-ivy-v2"),
    ("granddaddy lloyd wid his walking stick", "grandpa-lloyd-v1"),
    ("simone's grandpa playing dominoes", "grandpa-lloyd-v1"),
    ("grandpa lloyd in his flat cap under a mango tree", "grandpa-lloyd-v1"),
    ("the wife's grandfather reading the gleaner", "grandpa-lloyd-v1"),
    # brother, mother, cousin
    ("andre in his MTA uniform", "andre-v1"),
    ("andre wid the locs tied up and the yankees fitted", "andre-v2"),
    ("mi bredda on the beach", "andre-v2"),
    ("andre back in 2018 before he grow the locs", "andre-v1"),
    ("dre laughing", "andre-v2"),
    ("my brother in a suit for a wedding", "andre-v2"),
    ("mumma in her church hat", "mumma-v1"),
    ("my mother cooking oxtail", "mumma-v1"),
    ("kayla's grandmother in her kitchen", "mumma-v1"),
    ("mumma hyacinth at church", "mumma-v1"),
    ("cousin marcia laughing with a drink in her hand", "marcia-v1"),
    ("marcia in her red bandana", "marcia-v1"),
    # pets
    ("tank sleeping on the couch", "tank-v2"),
    ("tank as a young dog with no grey on his face", "tank-v1"),
    ("our pit with the red collar at the park", "tank-v2"),
    ("tank back in 2020", "tank-v1"),
    ("sks dog in the snow", "tank-v2"),
    ("the upstairs neighbour's dog", "bruno-v1"),
    ("bruno from upstairs in his spiked collar", "bruno-v1"),
    ("mr okafor's pit bull", "bruno-v1"),
    ("mango the cat stretching", "mango-v2"),
    ("mango when she was a skinny young cat", "mango-v1"),
    ("our orange cat with the torn ear", "mango-v2"),
    ("mangoo in a cardboard box", "mango-v2"),
    ("the cat lying in the shop window", "mango-v2"),
    # vehicles and places
    ("the old van parked outside", "minivan-v1"),
    ("the minivan covered in snow", "minivan-v1"),
    ("our honda odyssey at the car wash", "minivan-v1"),
    ("the delivery bike parked by a hydrant", "delivery-bike-v1"),
    ("the shop cargo trike in the rain", "delivery-bike-v1"),
    ("our brownstone in the snow", "brownstone-v1"),
    ("the yard at night with the stoop light on", "brownstone-v1"),
    ("our building on rugby road with the red door", "brownstone-v1"),
    ("marcia's backyard with the grill smoking", "marcia-yard-v1"),
    ("the yard in queens for 4th of july", "marcia-yard-v1"),
    ("the shop front on flatbush ave at night", "shop-v2"),
    ("the shop with the old yellow awning", "shop-v1"),
    ("our storefront before the rebrand", "shop-v1"),
    ("the patty shop on a sunny morning", "shop-v2"),
    # products and mascot
    ("a box of our beef patties on the counter", "patty-box-v2"),
    ("the old white patty box with the red stamp", "patty-box-v1"),
    ("patties in the new green box", "patty-box-v2"),
    ("a loaf of our hardo bread on a cutting board", "hardo-v2"),
    ("hardo bread with the old red and yellow label", "hardo-v1"),
    ("a bottle of our pepper sauce on a picnic table", "pepper-sauce-v1"),
    ("pepper sauce bottle close up with the label", "pepper-sauce-v1"),
    ("the scotch bonnet sauce we sell", "pepper-sauce-v1"),
    ("pepper the parrot waving", "pepper-v2"),
    ("the old pepper, the hand drawn one with the tam", "pepper-v1"),
    ("our mascot as a 3d figure", "pepper-v2"),
    ("the shop parrot before the rebrand holding a patty", "pepper-v1"),
    ("pepper winking with the gold chain", "pepper-v2"),
    # characters
    ("dahlia hype performing on a sound system stage", "dahlia-v2"),
    ("the old sd15 dahlia hype lora", "dahlia-v1"),
    ("the riddim clash singer with the pink wig", "dahlia-v2"),
    ("miles morales swinging over flatbush", "miles-v1"),
    ("brooklyn spiderman in the black suit", "miles-v1"),
    ("m1l3s_m0r4l3s on a rooftop", "miles-v1"),
    ("chii from chobits sitting in a window", "chii-v2"),
    ("freya from chobits", "freya-v1"),
    ("chii, the old 1.5 lora", "chii-v1"),
    ("chii's sister freya in her black dress", "freya-v1"),
    # styles
    ("a street corner in graffiti style", "graffiti-v2"),
    ("the first graffiti lora, the 1.5 one", "graffiti-v1"),
    ("a market scene like them haitian paintings on church ave", "haitian-naive-v1"),
    ("a fruit stand, bright flat folk painting with tiny little people and no perspective", "haitian-naive-v1"),
    ("a sound system party as an 80s reggae lp cover", "album80s-v2"),
    ("a palm tree made of little square tiles like the subway walls", "mosaic-v1"),
    ("a smudgy charcoal drawing of a fisherman", "charcoal-v2"),
    ("a greek statue with palm trees, pink and teal, old computer windows aesthetic", "vaporwave-v1"),
    ("a rum bar wall with hand painted sign lettering", "signpaint-v1"),
    ("a taxi in 60s comic ben-day dots", "silver-ink-v1"),
    ("a rooftop at night, modern comic inks with cross-hatching", "modern-ink-v1"),
    # concepts
    ("a man with long locs", "locs-v2"),
    ("locs, the old 1.5 version", "locs-v1"),
    ("a pair of clarks wallabees with the crepe sole", "wallabee-v2"),
    ("a girl in a black green and gold track jacket", "track-jacket-v1"),
    ("a dollar van on utica ave", "dollar-van-v2"),
    ("a woman doing a dancehall move", "dance-pose-v1"),
    ("a man in a silk durag", "durag-v1"),
    ("a woman in a feathered mas costume", "mas-costume-v1"),
]

CLARIFY = [
    ("a blue pit bull with a white chest at the park", ["tank-v2", "bruno-v1"]),
    ("the grey pitbull on the stoop", ["tank-v2", "bruno-v1"]),
    ("pit bull wid di white chest blaze sleeping", ["tank-v2", "bruno-v1"]),
    ("the pit bull in a christmas sweater", ["tank-v2", "bruno-v1"]),
    ("the blue nose pit at the dog run", ["tank-v2", "bruno-v1"]),
    ("chobits android girl with long blonde hair", ["chii-v2", "freya-v1"]),
    ("the persocom girl with the robot ears", ["chii-v2", "freya-v1"]),
    ("the anime android with the floor length hair", ["chii-v2", "freya-v1"]),
    ("the android girl in a maid outfit", ["chii-v2", "freya-v1"]),
    ("the chobits one in a school uniform", ["chii-v2", "freya-v1"]),
    ("the girl from chobits waving", ["chii-v2", "freya-v1"]),
    ("a bodega in comic book ink style", ["silver-ink-v1", "modern-ink-v1"]),
    ("simone as a comic book drawing", ["silver-ink-v1", "modern-ink-v1"]),
    ("a dollar van in comic inks", ["silver-ink-v1", "modern-ink-v1"]),
    ("an ink sketch of the shop like a comic", ["silver-ink-v1", "modern-ink-v1"]),
    ("a comic book page of two guys on a stoop", ["silver-ink-v1", "modern-ink-v1"]),
    ("the pickney at the beach", ["kayla-v3", "malik-v2"]),
    ("my child smiling at the camera", ["kayla-v3", "malik-v2"]),
    ("mi pickney at the doctor", ["kayla-v3", "malik-v2"]),
    ("granny in her church hat", ["granny-ivy-v2", "mumma-v1"]),
    ("granny cooking sunday dinner", ["granny-ivy-v2", "mumma-v1"]),
    ("pepper on a white background", ["pepper-v2", "pepper-sauce-v1"]),
    ("pepper for the new menu board", ["pepper-v2", "pepper-sauce-v1"]),
    ("granny at church on sunday morning", ["granny-ivy-v2", "mumma-v1"]),
    ("the pickney in the snow", ["kayla-v3", "malik-v2"]),
    ("the yard in summertime", ["brownstone-v1", "marcia-yard-v1"]),
    ("the comic book look on a poster", ["silver-ink-v1", "modern-ink-v1"]),
    ("the pit bull getting a bath", ["tank-v2", "bruno-v1"]),
]

NONE = [
    "a fish tank with clownfish",
    "an army tank in the desert",
    "a guy in a white tank top on the beach",
    "a water tank on a roof in manhattan",
    "mango slices on a plate",
    "a mango tree heavy with fruit",
    "a jar of mango chutney",
    "red and yellow bell peppers at the market",
    "a scotch bonnet pepper on a cutting board",
    "a pepper grinder on a wooden table",
    "a sunset over negril",
    "a bowl of ackee and saltfish",
    "a plate of curry goat and rice",
    "a lighthouse on a cliff",
    "a red pickup truck",
    "a golden retriever puppy",
    "a grey tabby kitten",
    "the empire state building at dusk",
    "a steel drum band on the beach",
    "a field of sugar cane",
    "a doctor bird on a hibiscus",
    "a wild green parrot in a rainforest tree, nature photo",
    "a yellow school bus",
    "a bike messenger in midtown",
    "a watercolour painting of the blue mountains",
    "an oil painting of a fruit bowl",
    "wah gwaan, make me a waterfall in ocho rios",
    "a man reading a newspaper in the park",
    "a bucket of ice with beers",
]

MULTI = [
    ("me and simone on the stoop at the yard", ["del-v3", "simone-v3", "brownstone-v1"]),
    ("kayla and malik on the couch", ["kayla-v3", "malik-v2"]),
    ("the pickney dem together, big sister holding di baby", ["kayla-v3", "malik-v2"]),
    ("granny ivy and granddaddy lloyd on the verandah in kingston", ["granny-ivy-v1", "grandpa-lloyd-v1"]),
    ("tank and mango sleeping together", ["tank-v2", "mango-v2"]),
    ("tank and bruno play fighting", ["tank-v2", "bruno-v1"]),
    ("kayla in graffiti style", ["kayla-v3", "graffiti-v2"]),
    ("simone as a haitian naive painting", ["simone-v3", "haitian-naive-v1"]),
    ("me on an 80s reggae album cover", ["del-v3", "album80s-v2"]),
    ("malik as a mosaic", ["malik-v2", "mosaic-v1"]),
    ("mumma in charcoal", ["mumma-v1", "charcoal-v2"]),
    ("the van, vaporwave style", ["minivan-v1", "vaporwave-v1"]),
    ("the old van in graffiti", ["minivan-v1", "graffiti-v1"]),
    ("andre wearing wallabees", ["andre-v2", "wallabee-v2"]),
    ("me in a track jacket", ["del-v3", "track-jacket-v1"]),
    ("kayla doing a dancehall pose", ["kayla-v3", "dance-pose-v1"]),
    ("malik in a likkle durag", ["malik-v2", "durag-v1"]),
    ("simone in a feathered mas costume", ["simone-v3", "mas-costume-v1"]),
    ("me with locs", ["del-v3", "locs-v2"]),
    ("andre leaning on a dollar van", ["andre-v2", "dollar-van-v2"]),
    ("pepper the parrot riding the delivery bike", ["pepper-v2", "delivery-bike-v1"]),
    ("a box of our patties next to a bottle of pepper sauce", ["patty-box-v2", "pepper-sauce-v1"]),
    ("hardo bread and the pepper sauce on the counter", ["hardo-v2", "pepper-sauce-v1"]),
    ("the shop front in mosaic tiles", ["shop-v2", "mosaic-v1"]),
    ("miles morales eating a patty out of our box", ["miles-v1", "patty-box-v2"]),
    ("dahlia hype in wallabees", ["dahlia-v2", "wallabee-v2"]),
    ("chii in a track jacket", ["chii-v2", "track-jacket-v1"]),
    ("tank as a charcoal sketch", ["tank-v2", "charcoal-v2"]),
    ("mango the cat in modern comic inks", ["mango-v2", "modern-ink-v1"]),
    ("the old pepper, tam and all, in 60s comic ben-day dots", ["pepper-v1", "silver-ink-v1"]),
    ("kayla with her afro puffs in charcoal", ["kayla-v1", "charcoal-v1"]),
    ("me and mi bredda at marcia's yard", ["del-v3", "andre-v2", "marcia-yard-v1"]),
    ("cousin marcia at her yard with the grill going", ["marcia-v1", "marcia-yard-v1"]),
    ("the whole family: me, simone, kayla and di baby", ["del-v3", "simone-v3", "kayla-v3", "malik-v2"]),
    ("the delivery bike as a hand painted sign", ["delivery-bike-v1", "signpaint-v1"]),
    ("the patty box on an 80s album cover", ["patty-box-v2", "album80s-v2"]),
    ("granny ivy in the haitian painting style", ["granny-ivy-v2", "haitian-naive-v1"]),
    ("tank in a durag lol", ["tank-v2", "durag-v1"]),
    ("simone and mumma in church hats", ["simone-v3", "mumma-v1"]),
    ("kayla and miles morales", ["kayla-v3", "miles-v1"]),
    ("mi bredda in wallabees and a track jacket", ["andre-v2", "wallabee-v2", "track-jacket-v1"]),
    ("a dollar van in graffiti style", ["dollar-van-v2", "graffiti-v2"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    # interleave deterministically so a reader does not see the cases grouped by expect
    return [out[(i * 97) % len(out)] for i in range(len(out))] if len(out) % 97 else out


def main():
    cs = cases()
    assert len({c["prompt"] for c in cs}) == len(cs), "duplicate prompt"
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c) + "\n")
    print(f"{len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
