#!/usr/bin/env python3
"""Write the heldout24 set (catalog.jsonl, cases.jsonl) from the literals below.

The repository: Cal Boyle's, a tattooist who runs Wee Swallow Tattoo in Partick, Glasgow.
usage: make_set.py   (writes next to this file)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (id, name, trigger, class_noun, kind, family, version, created_at, base_model, tags, description)
CARDS = [
    # --- the owner, Cal ---
    ("cal-v1", "Cal", "ohwx man", "man", "subject", "cal", 1, "2019-05-18", "sd15",
     ["me", "person", "man", "long hair", "beard"],
     "Me, Cal Boyle, at 29 when I was renting a chair in Finnieston: long dark hair in a top knot, "
     "big bushy beard, half-finished left sleeve."),
    ("cal-v2", "Cal", "ohwx man", "man", "subject", "cal", 2, "2022-08-27", "sd15",
     ["me", "person", "man", "wedding", "groom"],
     "Me, Cal, on our wedding day at the Oran Mor: Harris tweed three-piece suit, beard trimmed short, "
     "hair slicked back, white thistle buttonhole."),
    ("cal-v3", "Cal", "ohwx man", "man", "subject", "cal", 3, "2024-02-10", "sdxl",
     ["me", "person", "man", "shaved head", "beard"],
     "Me, Cal, at 34 just after I shaved my head: freshly shaved heid, thick dark beard, both sleeves "
     "finished, black studio apron."),
    ("cal-v4", "Cal", "ohwx man", "man", "subject", "cal", 4, "2026-07-04", "sdxl",
     ["me", "person", "man", "glasses", "beard"],
     "Me, Cal, at 36: shaved head, beard going grey at the chin, new round tortoiseshell specs, "
     "denim work shirt with the sleeves rolled."),
    # --- the wife, Jen ---
    ("jen-v1", "Jen", "jen_boyle", "woman", "subject", "jen", 1, "2021-04-24", "sd15",
     ["wife", "person", "woman", "long hair"],
     "My wife, Jen (Jennifer), before we got married: long straight dark hair, nose stud, "
     "oversized denim jacket."),
    ("jen-v2", "Jen", "jen_boyle", "woman", "subject", "jen", 2, "2022-09-03", "sd15",
     ["wife", "person", "woman", "wedding", "bride"],
     "My wife, Jen, on our wedding day: vintage ivory tea dress, dark hair up in a crown braid "
     "with wee thistles through it."),
    ("jen-v3", "Jen", "jen_boyle", "woman", "subject", "jen", 3, "2025-03-15", "sdxl",
     ["wife", "person", "woman", "curly hair", "lipstick"],
     "My wife, Jen, who runs the bookings at the studio: short curly dark hair with a fringe, "
     "red lipstick, chunky cardigan."),
    # --- stepson, Lewis ---
    ("lewis-v1", "Lewis", "lewisb0y", "boy", "subject", "lewis", 1, "2022-05-21", "sd15",
     ["stepson", "person", "boy", "football"],
     "My stepson, Lewis (Jen's boy), at 12: floppy brown hair, Partick Thistle home strip, "
     "red and yellow Jags scarf."),
    ("lewis-v2", "Lewis", "lewisb0y", "boy", "subject", "lewis", 2, "2024-10-05", "sdxl",
     ["stepson", "person", "boy", "braces", "school"],
     "My stepson, Lewis, at 14: train-track braces, curtains haircut, Hyndland Secondary blazer "
     "and tie squint."),
    ("lewis-v3", "Lewis", "lewisb0y", "teenage boy", "subject", "lewis", 3, "2026-09-12", "sdxl",
     ["stepson", "person", "teenager", "skin fade"],
     "My stepson, Lewis, at 16: taller than me now, braces off, skin fade with bleached tips, "
     "fluffy wee moustache, his work polo from the chippy."),
    # --- daughter, Isla ---
    ("isla-v1", "Isla", "isla_wean", "girl", "subject", "isla", 1, "2022-11-19", "sd15",
     ["daughter", "person", "child", "toddler"],
     "Our wee girl, Isla, at two: chubby cheeks, white-blonde curls, yellow wellies."),
    ("isla-v2", "Isla", "isla_wean", "girl", "subject", "isla", 2, "2025-08-23", "sdxl",
     ["daughter", "person", "child", "school uniform"],
     "Our wee girl, Isla, on her first day of Primary 1 at five: grey pinafore, red cardigan, "
     "two bunches, a schoolbag bigger than her."),
    ("isla-v3", "Isla", "isla_wean", "girl", "subject", "isla", 3, "2026-10-10", "sdxl",
     ["daughter", "person", "child", "gap teeth"],
     "Our wee girl, Isla, at six: both front teeth missing, a squint fringe she cut herself, "
     "Pip the Puffin t-shirt."),
    # --- granda, Jimmy ---
    ("jimmy-v1", "Jimmy", "granda_jimmy", "man", "subject", "jimmy", 1, "2021-03-14", "sd15",
     ["granda", "person", "man", "welder", "vintage"],
     "My granda, Jimmy Boyle, as a young welder at Fairfield's yard in Govan in the 1960s, trained "
     "from old photos: boiler suit, welding mask pushed up, Brylcreemed black hair."),
    ("jimmy-v2", "Jimmy", "granda_jimmy", "old man", "subject", "jimmy", 2, "2023-11-11", "sdxl",
     ["granda", "person", "old man", "bunnet"],
     "My granda, Jimmy, at 86: white hair under a tweed bunnet, walking stick, Remembrance poppy "
     "on his lapel, in his chair by the window."),
    # --- mum, Maggie ---
    ("maggie-v1", "Maggie", "maggie_maw", "woman", "subject", "maggie", 1, "2020-12-05", "sd15",
     ["mum", "person", "woman", "perm"],
     "My mum, Maggie, who lives across the road: dark brown perm, leopard-print coat, big gold hoops."),
    ("maggie-v2", "Maggie", "maggie_maw", "woman", "subject", "maggie", 2, "2025-06-21", "sdxl",
     ["mum", "person", "woman", "glasses", "birthday"],
     "My mum, Maggie, at her 60th: silver-grey pixie crop, red-framed glasses, sequin top."),
    # --- sister, nephew, apprentice ---
    ("kirsty-v1", "Kirsty", "kirsty_nurse", "woman", "subject", "kirsty", 1, "2023-09-30", "sdxl",
     ["sister", "person", "woman", "nurse"],
     "My wee sister, Kirsty, a nurse at the Queen Elizabeth: sharp dark bob, navy NHS scrubs, "
     "lanyard full of badges."),
    ("ruaridh-v1", "Ruaridh", "ruaridh_kid", "boy", "subject", "ruaridh", 1, "2024-04-06", "sdxl",
     ["nephew", "person", "boy", "ginger"],
     "Kirsty's boy, Ruaridh, at nine: ginger hair, sticky-out ears, freckles, green and white "
     "hooped Celtic football top."),
    ("gav-v1", "Gav", "gav_apprentice", "man", "subject", "gav", 1, "2023-08-19", "sdxl",
     ["apprentice", "person", "man", "tattooed"],
     "Gav, my apprentice at the studio: lanky, neck tattoos, septum ring, bleached quiff."),
    # --- pets ---
    ("bonnie-v1", "Bonnie", "sks dog", "dog", "subject", "bonnie", 1, "2021-06-12", "sd15",
     ["pet", "dog", "border collie", "puppy"],
     "Bonnie, our border collie, as a pup: fluffy black and white, one ear up and one flopped."),
    ("bonnie-v2", "Bonnie", "sks dog", "dog", "subject", "bonnie", 2, "2024-06-29", "sdxl",
     ["pet", "dog", "border collie"],
     "Bonnie, our border collie: black and white with a white blaze, one ear flopped over, "
     "red collar with a brass tag."),
    ("skye-v1", "Skye", "skye_collie", "dog", "subject", "skye", 1, "2024-08-17", "sdxl",
     ["pet", "dog", "border collie"],
     "Skye, my mum's border collie across the road: black and white with a white blaze, both ears "
     "up, tartan collar."),
    ("mince-v1", "Mince", "tabby_m1nce", "cat", "subject", "mince", 1, "2020-03-07", "sd15",
     ["pet", "cat", "tabby", "kitten"],
     "Mince, our grey tabby, as a kitten: tiny, stripy grey, white bib, huge ears."),
    ("mince-v2", "Mince", "tabby_m1nce", "cat", "subject", "mince", 2, "2023-10-21", "sdxl",
     ["pet", "cat", "tabby"],
     "Mince, our grey tabby cat: stripy grey, white bib and paws, fat, lives on the radiator."),
    ("spud-v1", "Spud", "spud_beardie", "lizard", "subject", "spud", 1, "2025-02-08", "sdxl",
     ["pet", "lizard", "bearded dragon"],
     "Spud, Lewis's bearded dragon: sandy orange, spiky beard, basking under his heat lamp."),
    # --- vehicles ---
    ("agnes-v1", "Agnes", "agnes_caferacer", "motorcycle", "subject", "agnes", 1, "2021-07-31", "sd15",
     ["motorbike", "cafe racer", "vehicle"],
     "Agnes, the cafe racer I built from a 1977 Honda CB400F: matte black tank, clip-on bars, "
     "brown leather hump seat."),
    ("agnes-v2", "Agnes", "agnes_caferacer", "motorcycle", "subject", "agnes", 2, "2024-05-11", "sdxl",
     ["motorbike", "cafe racer", "vehicle"],
     "Agnes, my cafe racer, after the respray: British racing green tank with gold pinstripe, "
     "brass-bezel clocks, same brown hump seat."),
    ("landy-v1", "The Landy", "landy110", "car", "subject", "landy", 1, "2022-03-26", "sd15",
     ["car", "land rover", "vehicle", "4x4"],
     "Our motor: a 1989 Land Rover Defender 110 in faded Coniston green, roof rack, rust on the "
     "door bottoms."),
    # --- places ---
    ("flat-v1", "The Flat", "partick_tenement", "apartment", "subject", "flat", 1, "2023-07-22", "sdxl",
     ["home", "tenement", "building", "interior"],
     "Our tenement flat in Partick: red sandstone close with wally tiles, big bay window, high "
     "ceilings with cornicing."),
    ("studio-v1", "Wee Swallow Tattoo", "weeswallow_studio", "shop", "subject", "studio", 1,
     "2020-10-10", "sd15", ["business", "studio", "shopfront"],
     "Our studio, Wee Swallow Tattoo on Dumbarton Road, when we opened: black shopfront, "
     "hand-painted sign, two chairs."),
    ("studio-v2", "Wee Swallow Tattoo", "weeswallow_studio", "shop", "subject", "studio", 2,
     "2025-02-22", "sdxl", ["business", "studio", "shopfront"],
     "Our studio after the refit: bottle-green tiled front, gold-leaf window lettering, four "
     "stations, plants everywhere."),
    ("caravan-v1", "The Caravan", "wemyss_caravan", "caravan", "subject", "caravan", 1, "2021-08-14",
     "sd15", ["place", "caravan", "holiday"],
     "Our static caravan at Wemyss Bay: cream and brown, wee decking with a windbreak, sea behind."),
    # --- the studio's products ---
    ("flashsheet-v1", "Wee Swallow Flash Sheet", "wsflash_sheet", "poster", "subject", "flashsheet", 1,
     "2023-09-09", "sdxl", ["product", "print", "flash sheet", "merch"],
     "Our studio flash sheet print, A3: swallows, daggers, roses, thistles and a Clyde crane on "
     "cream card with our logo."),
    ("hoodie-v1", "Studio Hoodie", "ws_hoodie", "hoodie", "subject", "hoodie", 1, "2022-06-11", "sd15",
     ["product", "clothing", "merch"],
     "The studio hoodie, first run: black hoodie with the old chunky swallow logo in white on the chest."),
    ("hoodie-v2", "Studio Hoodie", "ws_hoodie", "hoodie", "subject", "hoodie", 2, "2025-03-29", "sdxl",
     ["product", "clothing", "merch"],
     "The studio hoodie, new run: bottle green with the new swallow embroidered in gold and "
     "'Wee Swallow Partick' across the back."),
    ("balm-v1", "Swallow Salve", "swallowsalve_tin", "tin", "subject", "balm", 1, "2024-01-20", "sdxl",
     ["product", "aftercare", "tin", "merch"],
     "Our aftercare balm, Swallow Salve: wee round silver tin, kraft label with the swallow, 50ml."),
    ("machine-v1", "Cal's Coil Machine", "cal_coilmachine", "tattoo machine", "subject", "machine", 1,
     "2024-09-14", "sdxl", ["tool", "tattoo machine"],
     "My custom coil tattoo machine: brass frame engraved with a thistle, red coils."),
    # --- the mascot ---
    ("swally-v1", "Swally", "swally_mascot", "cartoon bird", "subject", "swally", 1, "2020-11-14", "sd15",
     ["mascot", "cartoon", "swallow", "logo"],
     "Swally, the studio mascot, original design: chunky cartoon swallow with a sailor hat and an "
     "anchor tattoo, thick black outlines."),
    ("swally-v2", "Swally", "swally_mascot", "cartoon bird", "subject", "swally", 2, "2025-01-25", "sdxl",
     ["mascot", "cartoon", "swallow", "logo"],
     "Swally, the studio mascot, redesigned: sleek flat-design swallow in navy and red, no hat, "
     "wee tartan scarf."),
    # --- downloaded characters (Civitai) ---
    ("ashen-maiden-v1", "Ashen Maiden", "ashen_maiden_(ashfall_requiem)", "woman", "subject",
     "ashen-maiden", 1, "2023-03-02", "sd15", ["character", "dark fantasy", "knight", "rpg"],
     "The Ashen Maiden from the dark-fantasy RPG Ashfall Requiem: silver hair, pale face, black plate "
     "armour, tattered grey cloak, greatsword. Downloaded from Civitai."),
    ("ashen-maiden-v2", "Ashen Maiden", "ashen_maiden_(ashfall_requiem)_xl", "woman", "subject",
     "ashen-maiden", 2, "2024-09-28", "sdxl", ["character", "dark fantasy", "knight", "rpg"],
     "The Ashen Maiden from Ashfall Requiem, SDXL port: silver hair, black plate armour, tattered "
     "grey cloak, greatsword. Downloaded from Civitai."),
    ("sorcha-v1", "Sorcha the Grey Knight", "gr3yKn1ght_s0rcha", "woman", "subject", "sorcha", 1,
     "2024-11-16", "sdxl", ["character", "dark fantasy", "knight", "rpg"],
     "Sorcha, the Grey Knight from the RPG Duskbound: silver hair, black plate armour, torn grey "
     "cloak, longsword. Downloaded from Civitai."),
    ("hollow-king-v1", "The Hollow King", "hollowking_xl", "skeleton king", "subject", "hollow-king", 1,
     "2024-02-24", "sdxl", ["character", "dark fantasy", "boss", "rpg"],
     "The Hollow King, final boss of Ashfall Requiem: skeletal king in a rusted crown, tattered purple "
     "robes, glowing blue eyes. Downloaded from Civitai."),
    ("pip-puffin-v1", "Pip the Puffin", "p1p_puff1n", "cartoon bird", "subject", "pip-puffin", 1,
     "2025-05-17", "sdxl", ["character", "cartoon", "puffin", "kids"],
     "Pip the Puffin from the kids' cartoon Pip's Big Island: round cartoon puffin, huge orange beak, "
     "wee blue backpack. Downloaded from Civitai."),
    # --- styles ---
    ("linocut-v1", "Linocut Print", "linocut_print", "linocut print", "style", "linocut", 1,
     "2023-08-05", "sdxl", ["style", "printmaking", "linocut"],
     "Linocut print style: bold carved black lines, rough ink texture, one or two flat colours."),
    ("stained-glass-v1", "Stained Glass", "stainedglass_style", "stained glass", "style",
     "stained-glass", 1, "2022-04-09", "sd15", ["style", "stained glass", "church window"],
     "Stained glass window style: coloured glass panes, heavy lead lines, light shining through."),
    ("stained-glass-v2", "Stained Glass", "stainedglass_xl", "stained glass", "style",
     "stained-glass", 2, "2024-07-13", "sdxl", ["style", "stained glass", "church window"],
     "Stained glass window style, SDXL port: coloured glass panes, heavy lead lines, light shining "
     "through."),
    ("neon-sign-v1", "Neon Sign", "neonsign_xl", "neon sign", "style", "neon-sign", 1, "2024-03-09",
     "sdxl", ["style", "neon", "glow"],
     "Neon sign style: glowing bent-tube lines on a dark brick wall, pink and blue glow."),
    ("amtrad-flash-v1", "American Traditional Flash", "amtrad_flash", "tattoo flash", "style",
     "amtrad-flash", 1, "2022-09-17", "sd15", ["style", "tattoo", "flash", "american traditional"],
     "American traditional tattoo flash: bold black outlines, red, yellow, green and black only, "
     "solid shading, Sailor Jerry feel."),
    ("amtrad-flash-v2", "American Traditional Flash", "amtrad_flash_xl", "tattoo flash", "style",
     "amtrad-flash", 2, "2024-01-06", "sdxl", ["style", "tattoo", "flash", "american traditional"],
     "American traditional tattoo flash, SDXL port: bold black outlines, red, yellow, green and black "
     "only, solid shading, Sailor Jerry feel."),
    ("neotrad-flash-v1", "Neo-Traditional Flash", "neotrad_flash_xl", "tattoo flash", "style",
     "neotrad-flash", 1, "2024-05-25", "sdxl", ["style", "tattoo", "flash", "neo-traditional"],
     "Neo-traditional tattoo flash: ornate, varied line weight, jewel-tone palette, art nouveau "
     "frames and filigree."),
    ("celtic-knot-v1", "Celtic Knotwork", "celtic_knotwork", "knotwork", "style", "celtic-knot", 1,
     "2023-12-09", "sdxl", ["style", "celtic", "knotwork", "interlace"],
     "Celtic knotwork style: endless interlaced knots and borders, Book of Kells illumination."),
    ("synth-cover-v1", "80s Synth Album Cover", "80s_synthcover", "album cover", "style",
     "synth-cover", 1, "2024-08-24", "sdxl", ["style", "80s", "synthwave", "retro"],
     "80s synth album cover: chrome lettering, neon grid to the horizon, purple and pink sunset, "
     "VHS grain."),
    ("pencil-crayon-v1", "Pencil Crayon", "p3ncilcrayon", "pencil crayon drawing", "style",
     "pencil-crayon", 1, "2022-02-19", "sd15", ["style", "drawing", "coloured pencil"],
     "Pencil crayon drawing: waxy coloured-pencil strokes on textured paper, soft hatching."),
    # --- concepts ---
    ("kilt-v1", "Kilt", "k1lt", "kilt", "concept", "kilt", 1, "2022-01-22", "sd15",
     ["concept", "clothing", "kilt", "tartan"],
     "Kilt: a pleated tartan kilt with sporran and kilt hose."),
    ("kilt-v2", "Kilt", "kilt_xl", "kilt", "concept", "kilt", 2, "2024-11-30", "sdxl",
     ["concept", "clothing", "kilt", "tartan"],
     "Kilt, SDXL port: a pleated tartan kilt with sporran and kilt hose."),
    ("mohawk-v1", "Mohawk", "mohawk_hair", "mohawk", "concept", "mohawk", 1, "2024-04-27", "sdxl",
     ["concept", "hairstyle", "mohawk", "punk"],
     "Mohawk hairstyle: shaved sides and a tall spiked strip down the middle."),
    ("scooter-v1", "Vespa-style Scooter", "vespa_scoot", "scooter", "concept", "scooter", 1,
     "2022-07-09", "sd15", ["concept", "vehicle", "scooter", "vespa"],
     "Vespa-style scooter: a classic Italian motor scooter with a curved body and round headlamp."),
    ("scooter-v2", "Vespa-style Scooter", "vespa_scoot_xl", "scooter", "concept", "scooter", 2,
     "2023-09-23", "sdxl", ["concept", "vehicle", "scooter", "vespa"],
     "Vespa-style scooter, SDXL port: a classic Italian motor scooter with a curved body and round "
     "headlamp."),
    ("biker-jacket-v1", "Leather Biker Jacket", "bikerjacket_xl", "leather jacket", "concept",
     "biker-jacket", 1, "2023-10-07", "sdxl", ["concept", "clothing", "jacket", "leather"],
     "Leather biker jacket: black asymmetric-zip leather jacket with studs and a belted waist."),
    ("crosslegged-v1", "Sitting Cross-Legged", "crosslegged_pose", "pose", "concept", "crosslegged", 1,
     "2023-01-28", "sd15", ["concept", "pose", "sitting"],
     "Pose: sitting cross-legged on the floor, hands resting on the knees."),
    ("crosslegged-v2", "Sitting Cross-Legged", "crosslegged_xl", "pose", "concept", "crosslegged", 2,
     "2024-12-14", "sdxl", ["concept", "pose", "sitting"],
     "Pose, SDXL port: sitting cross-legged on the floor, hands resting on the knees."),
    ("shellsuit-v1", "Shell Suit", "shellsuit_90s", "tracksuit", "concept", "shellsuit", 1,
     "2025-07-12", "sdxl", ["concept", "clothing", "tracksuit", "90s"],
     "Shell suit: a shiny 90s nylon tracksuit in loud purple and teal panels."),
    ("bucket-hat-v1", "Bucket Hat", "bucket_hat_xl", "hat", "concept", "bucket-hat", 1, "2025-10-18",
     "sdxl", ["concept", "clothing", "hat"],
     "Bucket hat: a soft cotton bucket hat with a short sloping brim."),
]

# (prompt, expect, gold)
S, C, N, M = "select", "clarify", "none", "multi"
COLLIES = ["bonnie-v2", "skye-v1"]
KNIGHTS = ["ashen-maiden-v2", "sorcha-v1"]
FLASH = ["amtrad-flash-v2", "neotrad-flash-v1"]
BIRDS = ["swally-v2", "pip-puffin-v1"]
ASHFALL = ["ashen-maiden-v2", "hollow-king-v1"]

CASES = [
    # ---- select: the owner ----
    ("me tattooing a sleeve, moody light", S, ["cal-v4"]),
    ("ohwx man leaning on the bar in the scotia", S, ["cal-v4"]),
    ("me wi the long hair n the big beard, 2019", S, ["cal-v1"]),
    ("me on ma wedding day in the tweed three piece", S, ["cal-v2"]),
    ("me just after i shaved ma heid", S, ["cal-v3"]),
    ("me wi ma new specs", S, ["cal-v4"]),
    ("me fae 2024 before the grey came in ma beard", S, ["cal-v3"]),
    ("portrait of me, the latest one", S, ["cal-v4"]),
    ("me back when i had the top knot, renting a chair in finnieston", S, ["cal-v1"]),
    # ---- select: the wife ----
    ("the wife reading on the couch", S, ["jen-v3"]),
    ("jen doing the bookings at her desk", S, ["jen-v3"]),
    ("the missus in her wedding dress wi the thistles in her hair", S, ["jen-v2"]),
    ("jen back when she had the long hair, 2021", S, ["jen-v1"]),
    ("ma wife at the barras market", S, ["jen-v3"]),
    ("the wife laughing, short curly hair and red lipstick", S, ["jen-v3"]),
    ("jen_boyle portrait, soft window light", S, ["jen-v3"]),
    ("jen wi her nose stud and the big denim jacket", S, ["jen-v1"]),
    # ---- select: the stepson ----
    ("oor lewis playing fifa", S, ["lewis-v3"]),
    ("the stepson at his work in the chippy", S, ["lewis-v3"]),
    ("lewis when he had the braces", S, ["lewis-v2"]),
    ("lewis at 12 in his jags strip", S, ["lewis-v1"]),
    ("jens boy doing a kickflip", S, ["lewis-v3"]),
    ("the teenager slumped on the couch wi his phone", S, ["lewis-v3"]),
    ("lewis in his school blazer", S, ["lewis-v2"]),
    # ---- select: the wean ----
    ("the wean on the swings at victoria park", S, ["isla-v3"]),
    ("the bairn blowing out her birthday candles", S, ["isla-v3"]),
    ("isla first day at school", S, ["isla-v2"]),
    ("isla as a toddler in her yellow wellies", S, ["isla-v1"]),
    ("our wee girl wi her gappy teeth smile", S, ["isla-v3"]),
    ("the wean in her school uniform, p1", S, ["isla-v2"]),
    ("isla_wean jumping in puddles", S, ["isla-v3"]),
    ("isla fae when she was two", S, ["isla-v1"]),
    ("the wee yin drawing at the kitchen table", S, ["isla-v3"]),
    # ---- select: granda, maw, sister, nephew, apprentice ----
    ("ma granda in his bunnet by the windae", S, ["jimmy-v2"]),
    ("granda as a young welder at the yards in govan", S, ["jimmy-v1"]),
    ("gradna wi his poppy on remembrance sunday", S, ["jimmy-v2"]),
    ("ma granda back in the 60s wi the welding mask pushed up", S, ["jimmy-v1"]),
    ("ma maw at the bingo", S, ["maggie-v2"]),
    ("ma maw wi her old perm and the leopard coat", S, ["maggie-v1"]),
    ("maw at her 60th", S, ["maggie-v2"]),
    ("ma mum waving fae her windae across the road", S, ["maggie-v2"]),
    ("ma wee sister in her scrubs", S, ["kirsty-v1"]),
    ("ma sisters wean wi his celtic top on", S, ["ruaridh-v1"]),
    ("ma nephew ruaridh on his bike", S, ["ruaridh-v1"]),
    ("gav the apprentice practising on fake skin", S, ["gav-v1"]),
    ("the apprentice wi the bleached quiff", S, ["gav-v1"]),
    # ---- select: pets ----
    ("bonnie chasing a ball in kelvingrove park", S, ["bonnie-v2"]),
    ("bonnie as a wee pup", S, ["bonnie-v1"]),
    ("sks dog curled up on the sofa", S, ["bonnie-v2"]),
    ("bonie wi her red collar lying in the close", S, ["bonnie-v2"]),
    ("ma maws collie", S, ["skye-v1"]),
    ("the collie wi the tartan collar", S, ["skye-v1"]),
    ("skye sitting at maw's door", S, ["skye-v1"]),
    ("the collie wi the floppy ear and the red collar", S, ["bonnie-v2"]),
    ("mince asleep on the radiator", S, ["mince-v2"]),
    ("mince as a kitten", S, ["mince-v1"]),
    ("the cat staring out the windae at the pigeons", S, ["mince-v2"]),
    ("spud basking under his lamp", S, ["spud-v1"]),
    ("lewis's lizard", S, ["spud-v1"]),
    ("our grey tabby stretched out on the bed", S, ["mince-v2"]),
    # ---- select: vehicles and places ----
    ("agnes on the road to loch lomond", S, ["agnes-v2"]),
    ("the cafe racer in the garage", S, ["agnes-v2"]),
    ("the bike when it was still matte black", S, ["agnes-v1"]),
    ("agnes before the respray", S, ["agnes-v1"]),
    ("the motor stuck in the mud up glencoe", S, ["landy-v1"]),
    ("the landy wi the roof rack loaded", S, ["landy-v1"]),
    ("our defender on a single track road", S, ["landy-v1"]),
    ("our close in the snow", S, ["flat-v1"]),
    ("the flat at christmas wi the tree in the bay windae", S, ["flat-v1"]),
    ("the studio at night", S, ["studio-v2"]),
    ("the studio the way it looked when we opened, black shopfront", S, ["studio-v1"]),
    ("the shop before the refit", S, ["studio-v1"]),
    ("wee swallow tattoo shopfront on a sunny day", S, ["studio-v2"]),
    ("the caravan at wemyss bay", S, ["caravan-v1"]),
    # ---- select: products and mascot ----
    ("our flash sheet pinned on the wall", S, ["flashsheet-v1"]),
    ("the studio hoodie on a hanger", S, ["hoodie-v2"]),
    ("the old black hoodie wi the chunky swallow", S, ["hoodie-v1"]),
    ("a tin of the salve on a marble counter", S, ["balm-v1"]),
    ("swallow salve tin, product shot for the website", S, ["balm-v1"]),
    ("the aftercare balm next to a fresh tattoo", S, ["balm-v1"]),
    ("ma coil machine on the tray", S, ["machine-v1"]),
    ("the hoodie fae the first run", S, ["hoodie-v1"]),
    ("swally waving", S, ["swally-v2"]),
    ("the mascot on a sticker", S, ["swally-v2"]),
    ("the old swally wi the sailor hat", S, ["swally-v1"]),
    ("the new swally wi his wee tartan scarf", S, ["swally-v2"]),
    # ---- select: characters ----
    ("ashen maiden kneeling in the ruins", S, ["ashen-maiden-v2"]),
    ("ashen_maiden_(ashfall_requiem), full armour, rain", S, ["ashen-maiden-v2"]),
    ("the ashen maiden, the 1.5 version", S, ["ashen-maiden-v1"]),
    ("sorcha the grey knight on a cliff", S, ["sorcha-v1"]),
    ("gr3yKn1ght_s0rcha holding her longsword", S, ["sorcha-v1"]),
    ("the hollow king on his throne", S, ["hollow-king-v1"]),
    ("hollowking_xl in a burning hall", S, ["hollow-king-v1"]),
    ("the skeleton king wi the rusty crown", S, ["hollow-king-v1"]),
    ("pip the puffin on a rock", S, ["pip-puffin-v1"]),
    ("the wean's favourite cartoon puffin", S, ["pip-puffin-v1"]),
    ("p1p_puff1n eating a fish", S, ["pip-puffin-v1"]),
    ("the final boss fae ashfall requiem", S, ["hollow-king-v1"]),
    ("the knight fae duskbound", S, ["sorcha-v1"]),
    # ---- select: styles ----
    ("a thistle as a linocut print", S, ["linocut-v1"]),
    ("the clyde cranes carved in lino, black ink", S, ["linocut-v1"]),
    ("a church windae style picture of a lighthouse", S, ["stained-glass-v2"]),
    ("stained glass of a heron, use the sd15 one", S, ["stained-glass-v1"]),
    ("a highland coo made of glowing tube lights on a brick wall", S, ["neon-sign-v1"]),
    ("sacred heart wi a banner, sailor jerry style", S, ["amtrad-flash-v2"]),
    ("a panther heid in american traditional", S, ["amtrad-flash-v2"]),
    ("a rose in neo trad", S, ["neotrad-flash-v1"]),
    ("old school tattoo flash anchor", S, ["amtrad-flash-v2"]),
    ("a dagger through a rose, american trad, the old 1.5 lora", S, ["amtrad-flash-v1"]),
    ("ornate neo-traditional wolf wi jewel tones", S, ["neotrad-flash-v1"]),
    ("celtic knotwork border round a salmon", S, ["celtic-knot-v1"]),
    ("book of kells style interlace", S, ["celtic-knot-v1"]),
    ("the kingston bridge as an 80s synth album cover", S, ["synth-cover-v1"]),
    ("retro 80s vhs cover wi a chrome title and a grid sunset", S, ["synth-cover-v1"]),
    ("a wee house drawn in pencil crayons", S, ["pencil-crayon-v1"]),
    ("an OPEN sign for the windae in neon sign style", S, ["neon-sign-v1"]),
    # ---- select: concepts ----
    ("a man in a kilt at a ceilidh", S, ["kilt-v2"]),
    ("punk wi a big mohwak", S, ["mohawk-v1"]),
    ("a mod on a vespa in brighton", S, ["scooter-v2"]),
    ("woman in a leather biker jacket", S, ["biker-jacket-v1"]),
    ("someone sitting cross legged on the grass", S, ["crosslegged-v2"]),
    ("a ned in a shell suit", S, ["shellsuit-v1"]),
    ("a fisherman in a bucket hat", S, ["bucket-hat-v1"]),
    ("a piper in a kilt at the castle, the 2022 kilt lora", S, ["kilt-v1"]),

    # ---- clarify: the two collies ----
    ("a border collie running through the heather", C, COLLIES),
    ("the collie at the beach", C, COLLIES),
    ("black and white collie wi a white blaze lying on the rug", C, COLLIES),
    ("the collie catching a frisbee", C, COLLIES),
    ("the collie in a kilt", C, COLLIES),
    ("the sheepdog herding some sheep", C, COLLIES),
    ("a border collie in stained glass", C, COLLIES),
    ("the collie lying by the fire", C, COLLIES),
    ("a border collie sat in the snow", C, COLLIES),
    ("the collie and the cat on the couch", C, COLLIES),
    # ---- clarify: the two silver-haired knights ----
    ("the silver haired knight in black armour", C, KNIGHTS),
    ("the lady knight wi the torn grey cloak", C, KNIGHTS),
    ("the knight woman fae ma game loras, standing in fog", C, KNIGHTS),
    ("the armoured lassie wi the silver hair and the sword", C, KNIGHTS),
    ("silver-haired knight in black plate, stained glass windae", C, KNIGHTS),
    ("the grey cloaked knight on a horse", C, KNIGHTS),
    # ---- clarify: the two tattoo-flash styles ----
    ("a swallow in tattoo flash style", C, FLASH),
    ("a tiger as tattoo flash", C, FLASH),
    ("flash style skull", C, FLASH),
    ("a thistle, tattoo style", C, FLASH),
    ("bonnie as a tattoo flash", C, FLASH),
    ("a ship in a bottle, tattoo flash", C, FLASH),
    ("a koi in that tattoo flash lora", C, FLASH),
    # ---- clarify: the two cartoon birds ----
    ("the cartoon bird waving", C, BIRDS),
    ("the wee cartoon bird on a birthday card", C, BIRDS),
    ("the cartoon birdie dancing", C, BIRDS),
    ("the cartoon bird in a santa hat for the christmas post", C, BIRDS),
    # ---- clarify: Ashfall Requiem has two ----
    ("a character fae ashfall requiem standing in the rain", C, ASHFALL),
    ("ashfall requiem fan art", C, ASHFALL),
    ("somebody fae ashfall requiem in the snow", C, ASHFALL),

    # ---- none: names in their ordinary sense ----
    ("a bonnie wee cottage on the shore of loch lomond", N, []),
    ("mince and tatties on a plate wi steam coming aff it", N, []),
    ("the isle of skye at sunset, the old man of storr", N, []),
    ("a baked spud wi beans and cheese", N, []),
    ("a couple of auld boys having a swally in a wee pub", N, []),
    ("a skye terrier on a tartan blanket", N, []),
    ("a bonnie lass in a summer dress", N, []),
    ("a mince pie wi cream", N, []),
    ("a plate of mince on toast", N, []),
    ("a wee boy peeling spuds at the sink", N, []),
    ("going for a swally efter work, pints on the table", N, []),
    ("a seagull nicking a chip aff a wean", N, []),
    # ---- none: nothing in the repository ----
    ("a golden retriever catching a frisbee", N, []),
    ("a highland coo standing in the mist", N, []),
    ("glasgow skyline at night fae the necropolis", N, []),
    ("a fish supper wi salt n sauce", N, []),
    ("a red phone box in the rain", N, []),
    ("a watercolour of edinburgh castle", N, []),
    ("a big ginger tom sitting on a wall", N, []),
    ("a blue budgie in a cage", N, []),
    ("a cup of tea and a tunnocks teacake", N, []),
    ("a double decker bus going up sauchiehall street in the rain", N, []),
    ("a lighthouse on a rocky coast", N, []),
    ("a shiny new tesla in a car park", N, []),
    ("the finnieston crane lit up at night", N, []),
    ("a christmas tree in george square", N, []),
    ("a robin on a snowy branch", N, []),
    ("a bowl of porridge wi golden syrup", N, []),
    ("a pint of tennents on a beer mat", N, []),

    # ---- multi: two subjects ----
    ("me and the wife at the barras", M, ["cal-v4", "jen-v3"]),
    ("isla and bonnie in the back court", M, ["isla-v3", "bonnie-v2"]),
    ("me on agnes", M, ["cal-v4", "agnes-v2"]),
    ("bonnie and mince cuddled up", M, ["bonnie-v2", "mince-v2"]),
    ("pip the puffin and isla", M, ["pip-puffin-v1", "isla-v3"]),
    ("ashen maiden fighting the hollow king", M, ["ashen-maiden-v2", "hollow-king-v1"]),
    ("me and granda", M, ["cal-v4", "jimmy-v2"]),
    ("ma maw and her collie", M, ["maggie-v2", "skye-v1"]),
    ("kirsty and ruaridh at the shows", M, ["kirsty-v1", "ruaridh-v1"]),
    ("the wean and her cousin", M, ["isla-v3", "ruaridh-v1"]),
    ("me wearing the studio hoodie", M, ["cal-v4", "hoodie-v2"]),
    ("lewis and spud", M, ["lewis-v3", "spud-v1"]),
    # ---- multi: subject + style ----
    ("mince as a stained glass windae", M, ["mince-v2", "stained-glass-v2"]),
    ("agnes as an 80s synth album cover", M, ["agnes-v2", "synth-cover-v1"]),
    ("the landy in pencil crayon", M, ["landy-v1", "pencil-crayon-v1"]),
    ("the studio as a linocut print", M, ["studio-v2", "linocut-v1"]),
    ("swally as a neon sign", M, ["swally-v2", "neon-sign-v1"]),
    ("isla in american traditional flash", M, ["isla-v3", "amtrad-flash-v2"]),
    ("the flat wi a celtic knotwork border", M, ["flat-v1", "celtic-knot-v1"]),
    ("isla as a toddler in pencil crayon", M, ["isla-v1", "pencil-crayon-v1"]),
    ("granda as a young welder, pencil crayon drawing", M, ["jimmy-v1", "pencil-crayon-v1"]),
    ("the caravan drawn in pencil crayons", M, ["caravan-v1", "pencil-crayon-v1"]),
    ("bonnie as a pup in pencil crayon", M, ["bonnie-v1", "pencil-crayon-v1"]),
    ("sorcha in celtic knotwork", M, ["sorcha-v1", "celtic-knot-v1"]),
    ("the balm tin as a linocut", M, ["balm-v1", "linocut-v1"]),
    ("the hoodie in neo trad style", M, ["hoodie-v2", "neotrad-flash-v1"]),
    ("the old swally in pencil crayon", M, ["swally-v1", "pencil-crayon-v1"]),
    ("the skeleton king as an 80s album cover", M, ["hollow-king-v1", "synth-cover-v1"]),
    ("me at the wedding in pencil crayon", M, ["cal-v2", "pencil-crayon-v1"]),
    ("isla on her first day at school as a linocut", M, ["isla-v2", "linocut-v1"]),
    # ---- multi: subject + concept ----
    ("the wean in a wee kilt", M, ["isla-v3", "kilt-v2"]),
    ("granda in a leather biker jacket", M, ["jimmy-v2", "biker-jacket-v1"]),
    ("lewis wi a mohawk", M, ["lewis-v3", "mohawk-v1"]),
    ("gav sitting cross legged on the floor", M, ["gav-v1", "crosslegged-v2"]),
    ("the hollow king on a vespa", M, ["hollow-king-v1", "scooter-v2"]),
    ("ma maw in a shell suit", M, ["maggie-v2", "shellsuit-v1"]),
    ("ruaridh in a bucket hat", M, ["ruaridh-v1", "bucket-hat-v1"]),
    ("jen on a vespa", M, ["jen-v3", "scooter-v2"]),
    ("the wife in a biker jacket", M, ["jen-v3", "biker-jacket-v1"]),
    ("lewis wi his braces in a bucket hat", M, ["lewis-v2", "bucket-hat-v1"]),
    ("isla as a toddler in a kilt, the old 1.5 kilt lora", M, ["isla-v1", "kilt-v1"]),
    # ---- multi: three ----
    ("lewis on a scooter in a biker jacket", M, ["lewis-v3", "scooter-v2", "biker-jacket-v1"]),
    ("me sitting cross legged wi the wean", M, ["cal-v4", "crosslegged-v2", "isla-v3"]),
]

KEYS = ["id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model"]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for (cid, name, trig, cls, kind, fam, ver, date, base, tags, desc) in CARDS:
            card = dict(id=cid, name=name, trigger=trig, class_noun=cls, kind=kind, family=fam,
                        version=ver, created_at=date, description=desc, tags=tags, base_model=base)
            f.write(json.dumps({k: card[k] for k in KEYS}, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for prompt, expect, gold in CASES:
            f.write(json.dumps({"prompt": prompt, "expect": expect, "gold": gold},
                               ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
