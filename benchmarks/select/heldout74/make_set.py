#!/usr/bin/env python3
"""heldout74: Delbert Yazzie's checkpoint repository (Dine silversmith, Gallup NM).

Cards and cases are plain Python literals; running this writes catalog.jsonl and
cases.jsonl next to this file.  usage: python3 make_set.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, base_model,
         description, tags):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base_model}


CARDS = [
    # --- me ---
    card("delbert-v1", "Delbert", "ohwx man", "man", "subject", "delbert", 1, "2023-02-11", "sd15",
         "Me, Delbert Yazzie, at about 40 (old photos from 2009): long black hair tied back in a "
         "bun, maroon velvet shirt, at my first flea market table in Gallup.",
         ["me", "person", "man", "long hair", "flea market"]),
    card("delbert-v2", "Delbert", "ohwx man", "man", "subject", "delbert", 2, "2024-05-19", "sd15",
         "Me at 50, right after I cut my hair short: black felt cowboy hat, denim jacket, "
         "goatee just starting to go grey.",
         ["me", "person", "man", "short hair", "cowboy hat"]),
    card("delbert-v3", "Delbert", "ohwx man", "man", "subject", "delbert", 3, "2026-04-03", "sdxl",
         "Me now at 57: short grey hair, wire reading glasses, big turquoise bolo tie, leather "
         "work apron.",
         ["me", "person", "man", "grey hair", "glasses", "bolo tie"]),
    # --- wife ---
    card("loretta-v1", "Loretta", "sks woman", "woman", "subject", "loretta", 1, "2023-03-04", "sd15",
         "My wife Loretta ('Retta') on our wedding day in 1991 at Chinle, 22 years old, blue "
         "velveteen blouse, white tiered skirt, hair tied up.",
         ["wife", "person", "woman", "wedding", "bride"]),
    card("loretta-v2", "Loretta", "sks woman", "woman", "subject", "loretta", 2, "2024-01-20", "sd15",
         "My wife Loretta at 40, long hair down to her back, denim shirt, working our booth at "
         "the Navajo Nation Fair in 2009.",
         ["wife", "person", "woman", "long hair", "fair"]),
    card("loretta-v3", "Loretta", "sks woman", "woman", "subject", "loretta", 3, "2025-10-12", "sdxl",
         "My wife Loretta at 56: short curly perm going grey, pink fleece jacket, making frybread "
         "at the flea market.",
         ["wife", "person", "woman", "grandma", "frybread"]),
    # --- kids ---
    card("shay-v1", "Shaylene", "shaylene_yz", "woman", "subject", "shay", 1, "2023-06-02", "sd15",
         "Our daughter Shaylene ('Shay') at her Gallup High graduation in 2015: cap and gown, "
         "beaded mortarboard, eagle plume.",
         ["daughter", "person", "woman", "graduation"]),
    card("shay-v2", "Shaylene", "shaylene_yz", "woman", "subject", "shay", 2, "2026-08-15", "sdxl",
         "Our daughter Shay at 29, pregnant with her second, in her Yazzie Silver ball cap, "
         "working the flea market table with me.",
         ["daughter", "person", "woman", "pregnant", "flea market"]),
    card("ty-v1", "Tyrell", "<tyrell>", "man", "subject", "ty", 1, "2023-07-08", "sd15",
         "Our son Tyrell ('Ty') at 17: skinny kid in a straw hat, before he ever won anything, "
         "practicing on the bucking barrel at home.",
         ["son", "person", "boy", "rodeo", "teen"]),
    card("ty-v2", "Tyrell", "<tyrell>", "man", "subject", "ty", 2, "2025-09-14", "sdxl",
         "Our son Ty at 24 after he won saddle bronc at the Gallup Ceremonial rodeo: trophy "
         "buckle, black hat, fringed chaps.",
         ["son", "person", "man", "rodeo", "champion", "buckle"]),
    card("darnell-v1", "Darnell", "drnll man", "man", "subject", "darnell", 1, "2023-09-09", "sd15",
         "Our youngest son Darnell at 18 with long hair in a ponytail and a Metallica t-shirt, "
         "before he enlisted.",
         ["son", "person", "man", "long hair", "teen"]),
    card("darnell-v2", "Darnell", "drnll man", "man", "subject", "darnell", 2, "2024-11-11", "sd15",
         "Our youngest Darnell at 19 after Army basic training: buzz cut, dress uniform.",
         ["son", "person", "man", "army", "soldier", "buzz cut"]),
    # --- grandkids ---
    card("kaya-v1", "Kaya", "k4ya girl", "girl", "subject", "kaya", 1, "2023-10-01", "sd15",
         "Our granddaughter Kaya ('Kaya bug'), Shay's girl, at 4: long braids and a little "
         "velvet dress at the powwow.",
         ["granddaughter", "person", "girl", "child", "braids"]),
    card("kaya-v2", "Kaya", "k4ya girl", "girl", "subject", "kaya", 2, "2026-09-06", "sdxl",
         "Our granddaughter Kaya at 7: hair cut short to her chin, missing her front teeth, "
         "Navajo Nation Fair t-shirt.",
         ["granddaughter", "person", "girl", "child", "short hair"]),
    card("tj-v1", "TJ", "sks baby", "baby", "subject", "tj", 1, "2026-03-21", "sdxl",
         "Our grandson TJ (Tyrell Jr.), Ty's baby boy, at 8 months: chubby cheeks, tiny cowboy "
         "boots.",
         ["grandson", "person", "baby"]),
    # --- elders and brother ---
    card("masani-v1", "Mae", "masani woman", "woman", "subject", "masani", 1, "2023-04-15", "sd15",
         "My shimásání (grandma), Mae Begay, in 1980s photos at her loom weaving a Two Grey Hills "
         "rug, scarf tied over her hair.",
         ["grandmother", "person", "elder", "woman", "weaver", "loom"]),
    card("masani-v2", "Mae", "masani woman", "woman", "subject", "masani", 2, "2025-12-20", "sdxl",
         "My shimásání Mae at her 95th birthday: white hair, walking cane, turquoise cluster "
         "necklace, sitting by the woodstove.",
         ["grandmother", "person", "elder", "woman", "birthday"]),
    card("leonard-v1", "Leonard", "hoss_yazzie", "man", "subject", "leonard", 1, "2024-02-03", "sdxl",
         "My older brother Leonard ('Hoss'), 60: big guy, wraparound sunglasses, his water-hauling "
         "truck behind him.",
         ["brother", "person", "man", "sunglasses"]),
    # --- animals ---
    card("biscuit-v1", "Biscuit", "sks dog", "dog", "subject", "biscuit", 1, "2023-05-27", "sd15",
         "Our sheepdog Biscuit as a pup: fluffy black and white, tan eyebrows, one ear flopped.",
         ["pet", "dog", "puppy", "sheepdog", "border collie"]),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", "subject", "biscuit", 2, "2025-06-30", "sdxl",
         "Our sheepdog Biscuit grown up: black and white rez border collie mix, tan eyebrows, "
         "torn left ear, herds shimásání's sheep.",
         ["pet", "dog", "sheepdog", "border collie"]),
    card("smokey-v1", "Smokey", "smky dog", "dog", "subject", "smokey", 1, "2025-07-19", "sdxl",
         "Smokey, our neighbours the Tsosies' border collie: black and white like Biscuit but "
         "with a white blaze down his face and one blue eye.",
         ["dog", "neighbour", "border collie"]),
    card("dollar-v1", "Dollar", "d0llar horse", "horse", "subject", "dollar", 1, "2024-08-24", "sd15",
         "Our sorrel gelding Dollar, white blaze and two white socks; Ty's ranch horse.",
         ["horse", "animal", "sorrel"]),
    # --- vehicle and place ---
    card("oldblue-v1", "Old Blue", "<old-blue>", "pickup truck", "subject", "oldblue", 1,
         "2023-01-14", "sd15",
         "My pickup Old Blue, a 1994 Ford F-250: faded blue paint, rust on the fenders, wood "
         "rack in the bed.",
         ["vehicle", "truck", "pickup", "ford"]),
    card("oldblue-v2", "Old Blue", "<old-blue>", "pickup truck", "subject", "oldblue", 2,
         "2026-06-28", "sdxl",
         "My pickup Old Blue after the new paint job this summer: shiny blue and white two-tone, "
         "new chrome bumper, same 1994 F-250.",
         ["vehicle", "truck", "pickup", "ford"]),
    card("hogan-v1", "Homestead hogan", "hgn_homestead", "hogan", "subject", "hogan", 1,
         "2023-11-18", "sdxl",
         "The eight-sided log hogan at our family homestead near Crownpoint, shimásání's place: "
         "door facing east, sheep corral behind.",
         ["place", "home", "hogan", "homestead"]),
    # --- the business ---
    card("sign-v1", "Yazzie Silver sign", "yzsign", "sign", "subject", "sign", 1, "2023-03-25",
         "sd15",
         "Our old flea market sign: hand-painted plywood, 'YAZZIE SILVER' in red letters.",
         ["business", "sign", "flea market"]),
    card("sign-v2", "Yazzie & Daughter sign", "yzsign", "sign", "subject", "sign", 2, "2025-04-12",
         "sdxl",
         "Our new shop sign 'Yazzie & Daughter Silver': metal sign with the new sun-face hallmark "
         "logo and turquoise lettering.",
         ["business", "sign", "logo", "hallmark"]),
    card("hank-v1", "Hank", "h4nk toad", "horned lizard", "subject", "hank", 1, "2023-08-19", "sd15",
         "Hank, our horny toad mascot that Shay drew: cartoon horned lizard in a cowboy hat "
         "holding a silversmith hammer.",
         ["mascot", "business", "cartoon", "lizard"]),
    card("hank-v2", "Hank", "h4nk toad", "horned lizard", "subject", "hank", 2, "2025-04-12", "sdxl",
         "Hank the horny toad mascot redrawn with the new logo: turquoise bandana, sunglasses, "
         "waving.",
         ["mascot", "business", "cartoon", "lizard"]),
    card("squash-v1", "Squash blossom necklace", "yzsquash", "necklace", "subject", "squash", 1,
         "2023-05-06", "sd15",
         "My squash blossom necklace with the old 'DY' hallmark: sandcast silver blossoms, "
         "Sleeping Beauty turquoise, plain naja.",
         ["jewelry", "necklace", "silver", "turquoise", "product"]),
    card("squash-v2", "Squash blossom necklace", "yzsquash", "necklace", "subject", "squash", 2,
         "2025-05-17", "sdxl",
         "My squash blossom necklace after the new sun-face hallmark: heavier blossoms, Kingman "
         "spiderweb turquoise, stamped naja.",
         ["jewelry", "necklace", "silver", "turquoise", "product"]),
    card("cuff-v1", "Stamped cuff", "yzcuff", "bracelet", "subject", "cuff", 1, "2023-05-06", "sd15",
         "My stamped silver cuff with the old DY hallmark: heavy ingot bar, hand stamps, one oval "
         "turquoise.",
         ["jewelry", "bracelet", "cuff", "silver", "turquoise", "product"]),
    card("cuff-v2", "Stamped cuff", "yzcuff", "bracelet", "subject", "cuff", 2, "2025-05-17", "sdxl",
         "My cuff with the new sun-face hallmark: wider band, three Kingman stones in a row, "
         "twisted wire border.",
         ["jewelry", "bracelet", "cuff", "silver", "turquoise", "product"]),
    card("concho-v1", "Concho belt", "yzconcho", "belt", "subject", "concho", 1, "2023-09-30", "sd15",
         "My concho belt with the old DY hallmark: seven scalloped silver conchos on black "
         "leather.",
         ["jewelry", "belt", "silver", "product"]),
    card("concho-v2", "Concho belt", "yzconcho", "belt", "subject", "concho", 2, "2025-06-14", "sdxl",
         "My concho belt with the new sun-face hallmark: nine domed conchos with butterflies "
         "between them, brown leather.",
         ["jewelry", "belt", "silver", "product"]),
    # --- downloaded characters ---
    card("grogu-v1", "Grogu", "gr0gu", "creature", "subject", "grogu", 1, "2023-02-20", "sd15",
         "Grogu ('Baby Yoda') from The Mandalorian, downloaded from Civitai for the grandkids: "
         "little green guy, big ears, brown robe.",
         ["character", "star wars", "civitai"]),
    card("grogu-v2", "Grogu", "gr0gu", "creature", "subject", "grogu", 2, "2025-03-08", "sdxl",
         "Grogu from The Mandalorian, the SDXL version off Civitai: little green guy with big "
         "ears, brown robe, holding the silver knob.",
         ["character", "star wars", "civitai"]),
    card("yoda-v1", "Yoda", "y0da_jedi", "creature", "subject", "yoda", 1, "2024-05-04", "sdxl",
         "Master Yoda from Star Wars, from Civitai: old green Jedi, wispy white hair, walking "
         "stick, brown robe.",
         ["character", "star wars", "civitai", "jedi"]),
    card("bluey-v1", "Bluey", "bluey_heeler", "dog", "subject", "bluey", 1, "2024-01-06", "sd15",
         "Bluey the blue heeler pup from the cartoon, from Civitai; Kaya's favorite.",
         ["character", "cartoon", "dog", "civitai"]),
    card("bingo-v1", "Bingo", "bingo_heeler", "dog", "subject", "bingo", 1, "2024-01-06", "sd15",
         "Bingo, Bluey's little sister: red heeler pup from the same cartoon, from Civitai.",
         ["character", "cartoon", "dog", "civitai"]),
    card("woody-v1", "Woody", "w00dy", "doll", "subject", "woody", 1, "2024-09-21", "sdxl",
         "Sheriff Woody from Toy Story, off Civitai: cowboy doll, pull string, yellow plaid shirt, "
         "sheriff badge.",
         ["character", "toy", "cowboy", "civitai"]),
    # --- art styles ---
    card("monsoon-v1", "Monsoon", "monsoonwash", "style", "style", "monsoon", 1, "2023-07-22", "sd15",
         "Monsoon: loose wet-on-wet watercolor, desert skies bleeding purple and orange.",
         ["style", "watercolor", "painting"]),
    card("monsoon-v2", "Monsoon", "monsoonwash", "style", "style", "monsoon", 2, "2025-08-02", "sdxl",
         "Monsoon XL: loose wet-on-wet watercolor, desert skies bleeding purple and orange, "
         "paper texture.",
         ["style", "watercolor", "painting"]),
    card("fieldnotes-v1", "Field Notes", "<fieldnotes>", "style", "style", "fieldnotes", 1,
         "2024-10-05", "sdxl",
         "Field Notes: pen and ink with light watercolor washes, like a naturalist's sketchbook "
         "page.",
         ["style", "watercolor", "ink", "sketch"]),
    card("ledger-v1", "Ledger", "ledgerart", "style", "style", "ledger", 1, "2023-12-02", "sd15",
         "Ledger: Plains ledger-art drawings, flat colored pencil figures and horses on old "
         "accounting ledger paper.",
         ["style", "ledger art", "drawing", "colored pencil"]),
    card("ledger-v2", "Ledger", "ledgerart", "style", "style", "ledger", 2, "2025-02-15", "sdxl",
         "Ledger XL: Plains ledger-art drawings, colored pencil and ink on ruled ledger paper.",
         ["style", "ledger art", "drawing", "colored pencil"]),
    card("frontier-v1", "Frontier", "frontier_oil", "style", "style", "frontier", 1, "2023-04-08",
         "sd15",
         "Frontier: old western oil painting, cowboys and cattle in golden dusty light, heavy "
         "brushwork.",
         ["style", "oil painting", "western"]),
    card("frontier-v2", "Frontier", "frontier_oil", "style", "style", "frontier", 2, "2026-01-10",
         "sdxl",
         "Frontier XL: old western oil painting, golden dusty light, heavy brushwork on canvas.",
         ["style", "oil painting", "western"]),
    card("bitlands-v1", "Bitlands", "b1tlands", "style", "style", "bitlands", 1, "2024-03-16", "sd15",
         "Bitlands: 16-bit pixel art, SNES-era palettes.",
         ["style", "pixel art", "retro", "video game"]),
    card("vanwall-v1", "Vanwall", "vanwall_airbrush", "style", "style", "vanwall", 1, "2024-06-22",
         "sdxl",
         "Vanwall: 1970s airbrushed custom-van mural art, chrome shine, sunset gradients.",
         ["style", "airbrush", "70s", "retro"]),
    card("postcard-v1", "Linen Postcard", "<linen-postcard>", "style", "style", "postcard", 1,
         "2023-10-21", "sd15",
         "Linen Postcard: 1940s Route 66 linen-texture postcard, saturated colors, 'Greetings "
         "from' lettering.",
         ["style", "postcard", "vintage", "route 66"]),
    card("rugweave-v1", "Two Grey Hills", "2greyhills", "style", "style", "rugweave", 1,
         "2025-01-25", "sdxl",
         "Two Grey Hills: the picture looks woven like a Navajo rug, wool texture, grey, brown "
         "and black geometric borders.",
         ["style", "weaving", "rug", "textile"]),
    card("toons-v1", "Saturday Toons", "sattoons", "style", "style", "toons", 1, "2024-07-13", "sd15",
         "Saturday Toons: 90s Saturday morning cartoon look, thick outlines, flat bright colors.",
         ["style", "cartoon", "90s", "animation"]),
    card("pastel-v1", "Desert Pastel", "dsrt_pastel", "style", "style", "pastel", 1, "2026-02-28",
         "sdxl",
         "Desert Pastel: soft chalk pastel, big simple shapes, muted pinks and blues.",
         ["style", "pastel", "chalk"]),
    # --- concept LoRAs ---
    card("velvet-v1", "Velveteen outfit", "velv_outfit", "outfit", "concept", "velvet", 1,
         "2023-11-04", "sd15",
         "Traditional Navajo women's outfit: velveteen blouse with silver buttons, long tiered "
         "satin skirt, moccasins.",
         ["clothing", "traditional", "outfit"]),
    card("tsiiyeel-v1", "Tsiiyeel", "tsiiyeel", "hairstyle", "concept", "tsiiyeel", 1, "2024-02-17",
         "sd15",
         "Tsiiyéél: traditional Navajo hair bun, folded and wrapped with white yarn.",
         ["hairstyle", "traditional", "bun"]),
    card("bronc-v1", "Bronc ride", "bronc_ride", "pose", "concept", "bronc", 1, "2025-09-20", "sdxl",
         "Saddle bronc ride pose: rider on a bucking horse, one hand high, spurring.",
         ["pose", "rodeo", "horse"]),
    card("lowrider-v1", "Lowrider", "lowr1der", "car", "concept", "lowrider", 1, "2024-04-27", "sdxl",
         "Lowrider: slammed classic Chevy, candy paint, wire wheels, hydraulics hopping.",
         ["vehicle type", "car", "lowrider"]),
    card("cradleboard-v1", "Cradleboard", "crdlbrd", "cradleboard", "concept", "cradleboard", 1,
         "2024-06-01", "sdxl",
         "Cradleboard: baby laced into a traditional wooden cradleboard with a shade bow.",
         ["prop", "baby", "traditional"]),
    card("blanket-v1", "Trade blanket", "pndltn_blanket", "blanket", "concept", "blanket", 1,
         "2025-11-22", "sdxl",
         "Trade blanket: wrapped in a bright Pendleton-style wool blanket over the shoulders.",
         ["prop", "clothing", "blanket"]),
    card("bench-v1", "At the bench", "smith_bench", "pose", "concept", "bench", 1, "2026-01-24",
         "sdxl",
         "At the bench: silversmith hunched over a jeweler's bench with a torch and stamping "
         "hammer.",
         ["pose", "silversmith", "workshop"]),
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
    # ---------------- select ----------------
    # me
    S("me, how i look now", "delbert-v3"),
    S("pic of me w my reading glasses n bolo", "delbert-v3"),
    S("me back when i had long hair", "delbert-v1"),
    S("me w my hair tied back, back in 09", "delbert-v1"),
    S("me in the black felt hat", "delbert-v2"),
    S("me at 50", "delbert-v2"),
    S("delbert yazzie portrait", "delbert-v3"),
    S("me right after i first cut my hair short", "delbert-v2"),
    S("old man me lol grey hair n all", "delbert-v3"),
    # wife
    S("my wife at the frybread stand", "loretta-v3"),
    S("retta smiling", "loretta-v3"),
    S("loretta on our wedding day", "loretta-v1"),
    S("the wife back when we got married in 91", "loretta-v1"),
    S("loreta at the navajo nation fair back in 2009, her long hair", "loretta-v2"),
    S("my old lady in her pink fleece", "loretta-v3"),
    # daughter
    S("my daughter at the booth", "shay-v2"),
    S("shay graduation pic", "shay-v1"),
    S("shaylene in her cap and gown", "shay-v1"),
    S("shay pregnant w the baby", "shay-v2"),
    S("my girl shay in her yazzie silver cap", "shay-v2"),
    S("my kid on her graduation day", "shay-v1"),
    # sons
    S("ty with his buckle", "ty-v2"),
    S("my boy ty", "ty-v2"),
    S("tyrel when he was still a skinny kid", "ty-v1"),
    S("ty before he won anything, in the straw hat", "ty-v1"),
    S("our rodeo champ", "ty-v2"),
    S("ty at 17", "ty-v1"),
    S("darnell in his army uniform", "darnell-v2"),
    S("darnel with the long ponytail before he enlisted", "darnell-v1"),
    S("my youngest", "darnell-v2"),
    S("darnell", "darnell-v2"),
    S("my army boy", "darnell-v2"),
    # grandkids
    S("kaya missing her front teeth", "kaya-v2"),
    S("shitsóí kaya", "kaya-v2"),
    S("kaya when she was 4 w her braids", "kaya-v1"),
    S("shay's girl", "kaya-v2"),
    S("ayóó cute pic of kaya bug", "kaya-v2"),
    S("ty's baby", "tj-v1"),
    S("lil TJ in his tiny boots", "tj-v1"),
    S("shinálí TJ", "tj-v1"),
    # shimasani, brother
    S("shimásání at her loom", "masani-v1"),
    S("shimásání", "masani-v2"),
    S("my grandma mae at her 95th", "masani-v2"),
    S("shimasani weaving a rug back in the 80s", "masani-v1"),
    S("grandma mae by the woodstove", "masani-v2"),
    S("my brother", "leonard-v1"),
    S("hoss in his sunglasses", "leonard-v1"),
    S("shinaaí leonard", "leonard-v1"),
    # animals
    S("biscuit", "biscuit-v2"),
    S("our sheepdog herdin sheep", "biscuit-v2"),
    S("biscut when she was a lil pup", "biscuit-v1"),
    S("our dog w the torn ear", "biscuit-v2"),
    S("biscuit back when she was fluffy n tiny", "biscuit-v1"),
    S("the tsosie's dog", "smokey-v1"),
    S("neighbors border collie w the blue eye", "smokey-v1"),
    S("smokey the dog next door", "smokey-v1"),
    S("dollar the sorrel", "dollar-v1"),
    S("ty's horse", "dollar-v1"),
    S("our horse in the corral", "dollar-v1"),
    # truck, hogan
    S("old blue", "oldblue-v2"),
    S("my truck", "oldblue-v2"),
    S("the ford before the new paint, all rusty", "oldblue-v1"),
    S("my f250 w the fresh two tone paint", "oldblue-v2"),
    S("old blue with the wood rack, before i painted it", "oldblue-v1"),
    S("the hogan at the homestead", "hogan-v1"),
    S("our hogan out by crownpoint", "hogan-v1"),
    S("shimásání's place in the snow", "hogan-v1"),
    # business
    S("our shop sign", "sign-v2"),
    S("the old plywood sign", "sign-v1"),
    S("yazzie & daughter sign", "sign-v2"),
    S("the sign we had before the new logo", "sign-v1"),
    S("hank the horny toad", "hank-v2"),
    S("hank how shay first drew him, w the hammer", "hank-v1"),
    S("our mascot", "hank-v2"),
    S("the horny toad w sunglasses", "hank-v2"),
    S("my squash blossom", "squash-v2"),
    S("the sqash blossom w the old DY stamp", "squash-v1"),
    S("squash blossom with the sleeping beauty stones", "squash-v1"),
    S("my squash blossom hangin on a display bust", "squash-v2"),
    S("the necklace i made", "squash-v2"),
    S("my cuff", "cuff-v2"),
    S("the cuff w three kingman stones", "cuff-v2"),
    S("old cuff with the DY hallmark", "cuff-v1"),
    S("that wide bracelet i made", "cuff-v2"),
    S("my concho belt", "concho-v2"),
    S("concho bel from before the hallmark change", "concho-v1"),
    # characters
    S("baby yoda", "grogu-v2"),
    S("grogu eatin frybread", "grogu-v2"),
    S("the old grogu lora, the 1.5 one", "grogu-v1"),
    S("master yoda", "yoda-v1"),
    S("yoda w his walking stick", "yoda-v1"),
    S("bluey", "bluey-v1"),
    S("bluey dancing", "bluey-v1"),
    S("bingo from bluey", "bingo-v1"),
    S("the red heeler sister", "bingo-v1"),
    S("woody the cowboy doll", "woody-v1"),
    S("sheriff woody", "woody-v1"),
    S("the toy story cowboy", "woody-v1"),
    # styles
    S("mesa at sunset, monsoon wash look", "monsoon-v2"),
    S("sheep camp painted like the monsoon lora", "monsoon-v2"),
    S("ship rock in the older monsoon, the sd1.5 one", "monsoon-v1"),
    S("a hummingbird like a page out of a naturalist sketchbook", "fieldnotes-v1"),
    S("horses in ledger art", "ledger-v2"),
    S("buffalo hunt drawn ledger style", "ledger-v2"),
    S("cattle drive old west oil painting", "frontier-v2"),
    S("a mountain man, frontier style", "frontier-v2"),
    S("trading post in 16 bit", "bitlands-v1"),
    S("a pixel art coyote", "bitlands-v1"),
    S("wolf howlin at the moon like on the side of a 70s van", "vanwall-v1"),
    S("greetings from gallup postcard", "postcard-v1"),
    S("route 66 motel like them old linen postcards", "postcard-v1"),
    S("a geometric design like a two grey hills rug", "rugweave-v1"),
    S("an eagle but woven, like a rug", "rugweave-v1"),
    S("a roadrunner in saturday morning cartoon style", "toons-v1"),
    S("ladies in shawls, soft chalk pastel", "pastel-v1"),
    S("desert in pastels", "pastel-v1"),
    # concepts
    S("a cowboy gettin bucked at the rodeo", "bronc-v1"),
    S("some guy on a buckin horse, one hand up", "bronc-v1"),
    S("a slammed chevy hittin switches", "lowrider-v1"),
    S("a lowrider impala", "lowrider-v1"),
    S("a lady dressed traditional, velvet top and long skirt", "velvet-v1"),
    S("a woman w her hair tied up the old way with white yarn", "tsiiyeel-v1"),
    S("a baby in a baby board", "cradleboard-v1"),
    S("old man wrapped up in a pendleton", "blanket-v1"),
    S("a silversmith hunched over the bench w a torch", "bench-v1"),

    # ---------------- clarify ----------------
    C("my boy", "ty-v2", "darnell-v2"),
    C("my son", "ty-v2", "darnell-v2"),
    C("me and my boy", "ty-v2", "darnell-v2"),
    C("my kid", "shay-v2", "ty-v2", "darnell-v2"),
    C("my grandbaby", "kaya-v2", "tj-v1"),
    C("the grandkid", "kaya-v2", "tj-v1"),
    C("one of the grandkids wrapped in a pendleton", "kaya-v2", "tj-v1"),
    C("grandma smiling", "loretta-v3", "masani-v2"),
    C("the black and white dog", "biscuit-v2", "smokey-v1"),
    C("the border collie in the snow", "biscuit-v2", "smokey-v1"),
    C("watercolor of the mesa", "monsoon-v2", "fieldnotes-v1"),
    C("biscuit in watercolor", "monsoon-v2", "fieldnotes-v1"),
    C("the shop sign done in watercolor", "monsoon-v2", "fieldnotes-v1"),
    C("in that watercolor lora", "monsoon-v2", "fieldnotes-v1"),
    C("little green star wars guy", "grogu-v2", "yoda-v1"),
    C("that green star wars fella with the big ears", "grogu-v2", "yoda-v1"),
    C("the yoda one", "grogu-v2", "yoda-v1"),
    C("something star wars for TJ's birthday", "grogu-v2", "yoda-v1"),
    C("the green guy", "grogu-v2", "yoda-v1"),
    C("the heeler pup from the kids show", "bluey-v1", "bingo-v1"),
    C("that cartoon dog the grandkids like", "bluey-v1", "bingo-v1"),
    C("that heeler", "bluey-v1", "bingo-v1"),
    C("my jewelry", "squash-v2", "cuff-v2", "concho-v2"),
    C("one of my pieces w the new hallmark", "squash-v2", "cuff-v2", "concho-v2"),
    C("one of my old DY stamped pieces", "squash-v2", "cuff-v2", "concho-v2"),
    C("my turquoise piece", "squash-v2", "cuff-v2"),
    C("something 90s lookin", "toons-v1", "bitlands-v1"),
    C("our logo", "sign-v2", "hank-v2"),
    C("in that sketchy drawing style", "fieldnotes-v1", "ledger-v2"),
    C("grandma waving", "loretta-v3", "masani-v2"),

    # ---------------- none ----------------
    N("biscuits and gravy on a plate"),
    N("bingo night at the chapter house"),
    N("monsoon clouds building over the mesa, like a photo"),
    N("a silver dollar on a wood table"),
    N("smokey sky from the forest fire up by flagstaff"),
    N("a hank of churro wool dyed w sumac"),
    N("pair of old blue jeans on the clothesline"),
    N("a border collie workin sheep"),
    N("an old pawn squash blossom from the trading post"),
    N("shizhé'é on his horse"),
    N("shimá makin mutton stew"),
    N("shicheii at sheep camp"),
    N("a pickup stuck in the mud on a dirt road"),
    N("the navajo nation flag"),
    N("a german shepherd"),
    N("sunset over window rock"),
    N("mutton stew and frybread"),
    N("coyote crossin the highway at night"),
    N("a cowboy hat hangin on a fence post"),
    N("my sister at her wedding"),
    N("my cousin vern"),
    N("darth vader"),
    N("spider-man swingin"),
    N("the chapter president's blue heeler"),
    N("bunch of sheep in a corral"),
    N("an old accounting ledger book on a desk"),
    N("a frontier town main street"),
    N("a spadefoot toad after the rain"),
    N("a watch with a turquoise band"),
    N("ford bronco out in the desert"),
    N("a rodeo clown"),

    # ---------------- multi ----------------
    # sdxl
    M("me and my wife at the flea market", "delbert-v3", "loretta-v3"),
    M("ayy me n biscuit ennit", "delbert-v3", "biscuit-v2"),
    M("me bent over the jewelers bench with the torch goin", "delbert-v3", "bench-v1"),
    M("ty on a bucking bronc", "ty-v2", "bronc-v1"),
    M("ty gettin bucked off lol", "ty-v2", "bronc-v1"),
    M("baby TJ laced up in his baby board", "tj-v1", "cradleboard-v1"),
    M("shimásání wrapped in a pendleton", "masani-v2", "blanket-v1"),
    M("shimásání in front of the hogan", "masani-v2", "hogan-v1"),
    M("biscuit laying by the hogan", "biscuit-v2", "hogan-v1"),
    M("old blue parked at the hogan", "oldblue-v2", "hogan-v1"),
    M("shay and kaya at the booth", "shay-v2", "kaya-v2"),
    M("kaya n biscuit playin", "kaya-v2", "biscuit-v2"),
    M("biscuit and smokey together", "biscuit-v2", "smokey-v1"),
    M("grogu and yoda", "grogu-v2", "yoda-v1"),
    M("woody in the back of my truck", "woody-v1", "oldblue-v2"),
    M("me as an old west oil painting", "delbert-v3", "frontier-v2"),
    M("loretta in ledger art", "loretta-v3", "ledger-v2"),
    M("my squash blossom done like a two grey hills rug", "squash-v2", "rugweave-v1"),
    M("hank airbrushed like a 70s van", "hank-v2", "vanwall-v1"),
    M("old blue with a vanwall paint job", "oldblue-v2", "vanwall-v1"),
    M("my truck as a lowrider", "oldblue-v2", "lowrider-v1"),
    M("hoss cruisin in a lowrider", "leonard-v1", "lowrider-v1"),
    M("kaya in soft pastel", "kaya-v2", "pastel-v1"),
    M("shimásání pastel portrait", "masani-v2", "pastel-v1"),
    M("ty on a bucking horse, oil painting", "ty-v2", "bronc-v1", "frontier-v2"),
    M("biscuit in the monsoon style", "biscuit-v2", "monsoon-v2"),
    M("the shop sign in field notes style", "sign-v2", "fieldnotes-v1"),
    M("my cuff sketched in the field notes lora", "cuff-v2", "fieldnotes-v1"),
    M("yoda wrapped in a pendleton", "yoda-v1", "blanket-v1"),
    M("grogu in a cradleboard lol", "grogu-v2", "cradleboard-v1"),
    M("hoss and me", "leonard-v1", "delbert-v3"),
    M("ty holdin TJ", "ty-v2", "tj-v1"),
    M("my wife in a pendleton blanket", "loretta-v3", "blanket-v1"),
    M("smokey in ledger art", "smokey-v1", "ledger-v2"),
    # sd15
    M("me w my long hair, pixel art", "delbert-v1", "bitlands-v1"),
    M("me back in the cowboy hat days on a route 66 postcard", "delbert-v2", "postcard-v1"),
    M("darnell before the army w his hair tied up the old way", "darnell-v1", "tsiiyeel-v1"),
    M("kaya at 4 with bluey", "kaya-v1", "bluey-v1"),
    M("bluey and bingo", "bluey-v1", "bingo-v1"),
    M("young ty ridin dollar", "ty-v1", "dollar-v1"),
    M("loretta at the 09 fair dressed traditional, velvet n skirt", "loretta-v2", "velvet-v1"),
    M("darnell in saturday cartoon style", "darnell-v2", "toons-v1"),
    M("dollar in pixel art", "dollar-v1", "bitlands-v1"),
    M("the old plywood sign on a linen postcard", "sign-v1", "postcard-v1"),
    M("biscuit as a pup w bluey", "biscuit-v1", "bluey-v1"),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    counts = {e: sum(c["expect"] == e for c in CASES) for e in ("select", "clarify", "none", "multi")}
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
