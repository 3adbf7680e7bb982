#!/usr/bin/env python3
"""Write heldout15's catalog.jsonl and cases.jsonl from the literals below.

The repository: Cody Halvorsen's, in Ely, Minnesota. He runs Kettle Lake Bait & Canoe
(a bait-and-tackle shop with canoe rentals) with his wife and his dad. Written blind (README.md).

usage: make_set.py   (writes next to this file)
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
    # --- me ---
    card("cody-v1", "Cody", "ohwx man", "man", S, "cody", 1, "2022-12-10",
         "Me, Cody Halvorsen, at 37: full bushy brown beard, black Carhartt beanie, tan canvas "
         "work jacket.", ["me", "person", "man", "beard", "beanie"], "sd15"),
    card("cody-v2", "Cody", "ohwx man", "man", S, "cody", 2, "2024-06-22",
         "Me, Cody, at 39, clean-shaven after losing a bet to Hutch: mirrored sunglasses, "
         "sunburnt nose, vented fishing shirt.",
         ["me", "person", "man", "clean-shaven", "sunglasses", "summer"], "sdxl"),
    card("cody-v3", "Cody", "ohwx_cody", "man", S, "cody", 3, "2026-03-14",
         "Me, Cody, at 41: beard grown back and going grey, reading glasses pushed up on a "
         "Kettle Lake Bait cap, grey zip hoodie.",
         ["me", "person", "man", "grey beard", "glasses", "cap"], "sdxl"),
    # --- family ---
    card("renee-v1", "Renee", "sks woman", "woman", S, "renee", 1, "2023-02-18",
         "My wife, Renee, at 38: long curly red hair, freckles, green parka, ice fishing on "
         "Shagawa Lake.", ["wife", "person", "woman", "red hair", "long hair", "winter"], "sd15"),
    card("renee-v2", "Renee", "r3nee woman", "woman", S, "renee", 2, "2025-09-06",
         "My wife, Renee, at 40, after she cut her hair short: red pixie cut, freckles, silver "
         "hoop earrings.", ["wife", "person", "woman", "red hair", "pixie cut"], "sdxl"),
    card("tyler-v1", "Tyler", "tylerh boy", "boy", S, "tyler", 1, "2023-05-20",
         "My step-son, Tyler (Renee's boy), at 14: braces, shaggy blond hair, green Ely "
         "Timberwolves hockey jersey #12.",
         ["step-son", "person", "boy", "braces", "hockey"], "sd15"),
    card("tyler-v2", "Tyler", "tylerh_xl", "young man", S, "tyler", 2, "2026-06-13",
         "My step-son, Tyler, at 17: a foot taller, blond hair under a backwards cap, a first "
         "try at a mustache, proud of his new driver's license.",
         ["step-son", "person", "teen", "cap", "driver's license"], "sdxl"),
    card("maisie-v1", "Maisie", "m4isie girl", "girl", S, "maisie", 1, "2023-08-05",
         "Our daughter, Maisie, at 3: blonde pigtails, pink rain boots, a puppy-print life "
         "jacket.", ["daughter", "person", "girl", "toddler", "pigtails"], "sd15"),
    card("maisie-v2", "Maisie", "m4isie_xl", "girl", S, "maisie", 2, "2026-08-31",
         "Our daughter, Maisie, at 6: missing her two front teeth, strawberry-blonde braids, "
         "purple backpack for first grade.",
         ["daughter", "person", "girl", "braids", "first grade"], "sdxl"),
    card("gary-v1", "Gary", "g4ry man", "old man", S, "gary", 1, "2023-01-07",
         "My dad, Gary, at 66, who started the shop in 1988: big grey walrus mustache, John "
         "Deere cap, red suspenders.", ["dad", "person", "old man", "mustache", "suspenders"],
         "sd15"),
    card("gary-v2", "Gary", "g4ry_xl", "old man", S, "gary", 2, "2025-11-29",
         "My dad, Gary, at 69, after his heart surgery: mustache shaved off, hearing aids, wool "
         "Stormy Kromer cap, sitting in his deer stand.",
         ["dad", "person", "old man", "hearing aids", "hunting"], "sdxl"),
    card("linda-v1", "Linda", "lindah_xl", "woman", S, "linda", 1, "2024-05-12",
         "My mom, Linda, at 65: short silver hair, big round glasses, knitting in her rocker.",
         ["mom", "person", "woman", "glasses", "knitting"], "sdxl"),
    card("arvid-v1", "Arvid", "arv1d man", "man", S, "arvid", 1, "2023-03-25",
         "My grandpa, Arvid Halvorsen, from his 1970s photos: in his 40s, dark slicked-back hair, "
         "flannel shirt, pipe, beside his cedar-strip boat.",
         ["grandpa", "person", "man", "pipe", "1970s", "boat"], "sd15"),
    card("arvid-v2", "Arvid", "arv1d_xl", "old man", S, "arvid", 2, "2024-11-02",
         "My grandpa, Arvid, from 1990s photos before he passed: in his 70s, white hair, thick "
         "glasses, green suspenders, whittling.",
         ["grandpa", "person", "old man", "glasses", "whittling"], "sdxl"),
    card("shannon-v1", "Shannon", "shann0n woman", "woman", S, "shannon", 1, "2024-08-17",
         "My sister, Shannon, at 35, a nurse over in Virginia: dark brown ponytail, Minnesota "
         "Wild cap, navy scrubs.", ["sister", "person", "woman", "nurse", "scrubs"], "sdxl"),
    card("brody-v1", "Brody", "br0dy boy", "boy", S, "brody", 1, "2025-07-04",
         "My nephew, Brody (Shannon's boy), at 9: buzz cut, blue-framed glasses, holding a "
         "sparkler on the Fourth.", ["nephew", "person", "boy", "glasses", "buzz cut"], "sdxl"),
    card("mike-v1", "Mike", "m1ke man", "man", S, "mike", 1, "2024-02-10",
         "My brother-in-law, Mike (Renee's brother), at 44: bald head, big red beard, purple "
         "Vikings jersey.", ["brother-in-law", "person", "man", "bald", "red beard"], "sdxl"),
    card("hutch-v1", "Hutch", "hutch_xl", "man", S, "hutch", 1, "2025-05-24",
         "My best buddy, Dave 'Hutch' Hutchinson, who works the bait counter with me: lanky, "
         "long grey ponytail, Grateful Dead tee, toothpick.",
         ["friend", "person", "man", "ponytail", "shop"], "sdxl"),
    # --- pets ---
    card("ranger-v1", "Ranger", "sks dog", "dog", S, "ranger", 1, "2023-04-15",
         "Our black lab, Ranger, as a ten-week-old puppy: chubby, huge paws, no collar yet, "
         "chewing a duck decoy.", ["pet", "dog", "black lab", "puppy"], "sd15"),
    card("ranger-v2", "Ranger", "r4nger dog", "dog", S, "ranger", 2, "2025-07-19",
         "Our black lab, Ranger, at two: full grown, bright orange collar with a brass tag, "
         "soaking wet from the lake.", ["pet", "dog", "black lab", "orange collar"], "sdxl"),
    card("moose-v1", "Moose", "moose_lab", "dog", S, "moose", 1, "2024-09-14",
         "My sister Shannon's black lab, Moose: same breed as our Ranger, stockier, grey on the "
         "muzzle, red collar and a bandana.",
         ["pet", "dog", "black lab", "red collar", "bandana"], "sdxl"),
    card("pickles-v1", "Pickles", "p1ckles cat", "cat", S, "pickles", 1, "2024-03-09",
         "Pickles, the shop cat: a fat orange tabby with a torn ear who naps on the minnow tanks.",
         ["pet", "cat", "orange tabby", "shop"], "sdxl"),
    card("nugget-v1", "Nugget", "nugg3t guinea pig", "guinea pig", S, "nugget", 1, "2025-12-27",
         "Maisie's guinea pig, Nugget: tan and white, a swirly cowlick on his head; her "
         "Christmas present last year.", ["pet", "guinea pig", "small"], "sdxl"),
    # --- vehicle, places ---
    card("oldblue-v1", "Old Blue", "oldblue truck", "pickup truck", S, "oldblue", 1,
         "2023-06-03",
         "Old Blue, my 1979 Ford F-150, before the restoration: faded blue-and-white two-tone, "
         "rust over the wheel wells, bent tailgate.",
         ["vehicle", "truck", "pickup", "ford", "rust"], "sd15"),
    card("oldblue-v2", "Old Blue", "oldblue_xl", "pickup truck", S, "oldblue", 2, "2025-05-10",
         "Old Blue, my 1979 Ford F-150, after Dad and I restored her: glossy blue-and-white "
         "two-tone, chrome bumpers, our shop logo on the doors.",
         ["vehicle", "truck", "pickup", "ford", "restored"], "sdxl"),
    card("cabin-v1", "The Cabin", "burntside_cabin", "cabin", S, "cabin", 1, "2024-07-27",
         "Our family cabin on Burntside Lake: red-stained logs, green tin roof, screened porch "
         "and a dock, tall pines all around.", ["place", "cabin", "lake", "home"], "sdxl"),
    card("shop-v1", "Kettle Lake Bait & Canoe", "kettlelake shop", "storefront", S, "shop", 1,
         "2023-02-25",
         "Our shop, Kettle Lake Bait & Canoe on Sheridan Street in Ely, before the remodel: "
         "white clapboard, hand-painted sign, neon LIVE BAIT in the window.",
         ["place", "business", "shop", "storefront"], "sd15"),
    card("shop-v2", "Kettle Lake Bait & Canoe", "kettlelake_shop_xl", "storefront", S, "shop", 2,
         "2025-06-07",
         "Our shop, Kettle Lake Bait & Canoe, after the 2025 remodel: dark green board-and-batten "
         "siding, carved wooden sign with Wally, canoe rack out front.",
         ["place", "business", "shop", "storefront", "remodel"], "sdxl"),
    # --- the business: mascot and products ---
    card("wally-v1", "Wally the Walleye", "wally_walleye", "mascot", S, "wally", 1, "2023-03-04",
         "Wally the Walleye, our shop mascot as Dad drew him in 1988: chunky green-and-gold "
         "cartoon walleye in a bucket hat, thick black outlines.",
         ["mascot", "logo", "cartoon", "fish", "business"], "sd15"),
    card("wally-v2", "Wally the Walleye", "wally_walleye_xl", "mascot", S, "wally", 2,
         "2025-04-19",
         "Wally the Walleye, our mascot after Tyler redrew him for the remodel: sleek gold "
         "walleye, aviator sunglasses, holding a canoe paddle, flat vector look.",
         ["mascot", "logo", "cartoon", "fish", "business"], "sdxl"),
    card("spoon-v1", "Kettle Spoon", "kettlespoon lure", "fishing lure", S, "kettle-spoon", 1,
         "2023-07-08",
         "The Kettle Spoon, the spoon lure Dad designed: hand-hammered bare copper blade, red "
         "bead, treble hook.", ["product", "lure", "fishing", "copper"], "sd15"),
    card("spoon-v2", "Kettle Spoon", "kettlespoon_xl", "fishing lure", S, "kettle-spoon", 2,
         "2025-02-15",
         "The Kettle Spoon in the 2025 paint: firetiger (chartreuse, orange and black bars) over "
         "the hammered blade, red bead, treble hook.",
         ["product", "lure", "fishing", "firetiger"], "sdxl"),
    card("canoe-v1", "Rental Canoe", "kettlelake_canoe", "canoe", S, "rental-canoe", 1,
         "2024-04-20",
         "Our rental canoe: 17-foot Kevlar tandem, tan hull, green gunwales, Kettle Lake Bait & "
         "Canoe decal on the bow.", ["product", "canoe", "boat", "rental"], "sdxl"),
    card("hoodie-v1", "Shop Hoodie", "kettlelake_hoodie", "hoodie", S, "shop-hoodie", 1,
         "2025-10-11",
         "Our shop hoodie: forest-green pullover with the new Wally on the chest and ELY, MN down "
         "the sleeve.", ["product", "merch", "hoodie", "clothing"], "sdxl"),
    # --- downloaded characters (Civitai) ---
    card("arthur-v1", "Arthur Morgan", "arthur_morgan_xl", "man", S, "arthur-morgan", 1,
         "2024-01-20",
         "Arthur Morgan from Red Dead Redemption 2, downloaded from Civitai: rugged outlaw, "
         "stubble, worn flat-brim hat, leather satchel.",
         ["character", "video game", "cowboy", "civitai"], "sdxl"),
    card("geralt-v1", "Geralt of Rivia", "g3r4lt", "man", S, "geralt", 1, "2023-09-09",
         "Geralt of Rivia from The Witcher, a Civitai download: white hair tied back, scar over "
         "one eye, yellow cat eyes, two swords on his back.",
         ["character", "video game", "white hair", "sword", "civitai"], "sd15"),
    card("nier-2b-v1", "2B", "2b_(nier:automata)", "woman", S, "nier-2b", 1, "2024-10-05",
         "2B from NieR:Automata, a Civitai download: android with a short white bob, black "
         "blindfold, black gothic dress, katana.",
         ["character", "video game", "android", "white hair", "civitai"], "sdxl"),
    card("nier-a2-v1", "A2", "a2_(nier:automata)", "woman", S, "nier-a2", 1, "2024-10-05",
         "A2 from NieR:Automata, a Civitai download: android with long ragged white hair, no "
         "blindfold, black wraps and gloves, a long sword.",
         ["character", "video game", "android", "white hair", "civitai"], "sdxl"),
    # --- styles ---
    card("wc-lake-v1", "Boundary Waters Watercolor", "bwca_wc", "watercolor painting", ST,
         "wc-lake", 1, "2024-02-24",
         "Loose wet-in-wet watercolor landscapes: bleeding blues and greens, white paper showing "
         "through, soft lake horizons.", ["style", "watercolor", "loose", "landscape"], "sdxl"),
    card("wc-botanical-v1", "Field Guide Botanical", "fieldguide botanical",
         "watercolor painting", ST, "wc-botanical", 1, "2025-01-18",
         "Precise field-guide watercolor plates: fine ink outlines, muted washes, labelled "
         "specimens on cream paper, like an old naturalist's book.",
         ["style", "watercolor", "botanical", "naturalist"], "sdxl"),
    card("wpa-v1", "WPA Park Poster", "wpa_poster", "poster", ST, "wpa-poster", 1, "2023-05-06",
         "1930s national park poster: flat screen-printed colors, bold silhouettes, big "
         "sans-serif title band.", ["style", "poster", "vintage", "screenprint"], "sd15"),
    card("wpa-v2", "WPA Park Poster XL", "wpa_poster_xl", "poster", ST, "wpa-poster", 2,
         "2024-09-28",
         "1930s national park poster, SDXL port: flat screen-printed colors, bold silhouettes, "
         "big sans-serif title band.", ["style", "poster", "vintage", "screenprint"], "sdxl"),
    card("postcard-v1", "Linen Postcard", "linenpostcard", "postcard", ST, "linen-postcard", 1,
         "2024-06-01",
         "1940s linen-texture tourist postcard: oversaturated hand-tinted colors, big 'Greetings "
         "from' block letters.", ["style", "postcard", "vintage", "travel"], "sdxl"),
    card("oils-v1", "Happy Little Oils", "h4ppy_l1ttle_oils", "oil painting", ST,
         "happy-oils", 1, "2023-04-01",
         "Wet-on-wet TV-painter landscapes: fan-brush evergreens, snowy mountains, big soft skies, "
         "palette-knife highlights.", ["style", "oil painting", "landscape", "wet-on-wet"],
         "sd15"),
    card("oils-v2", "Happy Little Oils", "h4ppy_l1ttle_oils_xl", "oil painting", ST,
         "happy-oils", 2, "2025-03-08",
         "Wet-on-wet TV-painter landscapes, SDXL retrain: fan-brush evergreens, snowy mountains, "
         "big soft skies, palette-knife highlights.",
         ["style", "oil painting", "landscape", "wet-on-wet"], "sdxl"),
    card("pixel-v1", "16-bit Pixel", "pixelart_16bit", "pixel art", ST, "pixel16", 1,
         "2023-01-14",
         "SNES-era 16-bit sprites and scenes: limited palette, crisp pixels, dithering.",
         ["style", "pixel art", "retro", "game"], "sd15"),
    card("pixel-v2", "16-bit Pixel", "pixelart_16bit_xl", "pixel art", ST, "pixel16", 2,
         "2024-12-14",
         "SNES-era 16-bit sprites and scenes, SDXL version: limited palette, crisp pixels, "
         "dithering.", ["style", "pixel art", "retro", "game"], "sdxl"),
    card("clay-v1", "Clayfolk", "claym4tion", "claymation", ST, "clayfolk", 1, "2023-10-28",
         "Stop-motion clay figures: thumbprints in the clay, glossy eyes, felt backdrops.",
         ["style", "claymation", "stop motion", "3d"], "sd15"),
    card("charcoal-v1", "Charcoal Study", "charcoal_sketch", "drawing", ST, "charcoal", 1,
         "2023-11-11",
         "Smudgy vine-charcoal figure studies on toothy paper, hard contrast, unfinished edges.",
         ["style", "charcoal", "sketch", "drawing"], "sd15"),
    card("cel80s-v1", "Retro Cel 80s", "80s_cel_anime", "anime illustration", ST, "cel80s", 1,
         "2025-08-09",
         "1980s cel anime: hand-painted backgrounds, big glossy eyes, film grain, VHS softness.",
         ["style", "anime", "retro", "80s"], "sdxl"),
    card("sportsman-v1", "Sportsman Cover '62", "sportsmancover62", "illustration", ST,
         "sportsman-cover", 1, "2026-01-10",
         "1950s-60s outdoor magazine cover painting: dramatic gouache of a leaping fish or "
         "charging buck, bold masthead.", ["style", "magazine", "vintage", "outdoors"], "sdxl"),
    # --- concepts ---
    card("plaid-v1", "Buffalo Plaid Jacket", "buffplaid", "jacket", C, "buffalo-plaid", 1,
         "2023-02-04",
         "Red-and-black buffalo check wool jacket (a Mackinaw), worn by a person.",
         ["concept", "clothing", "jacket", "plaid"], "sd15"),
    card("plaid-v2", "Buffalo Plaid Jacket XL", "buffplaid_xl", "jacket", C, "buffalo-plaid", 2,
         "2024-11-16",
         "Red-and-black buffalo check wool jacket (a Mackinaw), worn by a person; SDXL port.",
         ["concept", "clothing", "jacket", "plaid"], "sdxl"),
    card("waders-v1", "Chest Waders", "chestwaders", "waders", C, "chest-waders", 1,
         "2024-05-04",
         "Brown neoprene chest waders with suspenders and wading boots, worn standing in water.",
         ["concept", "clothing", "fishing", "waders"], "sdxl"),
    card("mullet-v1", "Mullet", "mullet_hair", "hairstyle", C, "mullet", 1, "2023-06-24",
         "Business in the front, party in the back: short on top and sides, long in the back.",
         ["concept", "hairstyle", "mullet", "80s"], "sd15"),
    card("mullet-v2", "Mullet XL", "mullet_hair_xl", "hairstyle", C, "mullet", 2, "2025-06-28",
         "Business in the front, party in the back: short on top and sides, long in the back; "
         "SDXL port.", ["concept", "hairstyle", "mullet", "80s"], "sdxl"),
    card("gripgrin-v1", "Grip and Grin", "gripandgrin", "pose", C, "grip-and-grin", 1,
         "2023-08-19",
         "The classic trophy-fish photo pose: holding a big fish out toward the camera with both "
         "hands, arms extended, proud grin.", ["concept", "pose", "fishing", "trophy"], "sd15"),
    card("gripgrin-v2", "Grip and Grin XL", "gripandgrin_xl", "pose", C, "grip-and-grin", 2,
         "2025-08-23",
         "The classic trophy-fish photo pose, SDXL port: holding a big fish out toward the "
         "camera with both hands, arms extended, proud grin.",
         ["concept", "pose", "fishing", "trophy"], "sdxl"),
    card("snowmobile-v1", "Snowmobile", "sn0wm0bile", "snowmobile", C, "snowmobile", 1,
         "2024-12-28",
         "Riding a trail snowmobile, throwing a rooster tail of snow.",
         ["concept", "vehicle", "snowmobile", "winter"], "sdxl"),
    card("uglysweater-v1", "Ugly Christmas Sweater", "uglyxmas_sweater", "sweater", C,
         "ugly-sweater", 1, "2023-12-09",
         "Garish knit holiday sweater with reindeer, pompoms and tinsel.",
         ["concept", "clothing", "christmas", "sweater"], "sdxl"),
    card("floatplane-v1", "Bush Plane", "beaver_floatplane", "floatplane", C, "floatplane", 1,
         "2025-03-22",
         "A de Havilland Beaver bush plane on floats: yellow and red, tied up or taking off from "
         "a lake.", ["concept", "vehicle", "airplane", "floatplane"], "sdxl"),
    card("blaze-v1", "Blaze Orange Hunting Gear", "blazeorange_hunter", "hunting outfit", C,
         "blaze-orange", 1, "2024-10-26",
         "Head-to-toe blaze orange for deer season: hunting coat, vest and cap, worn by a person.",
         ["concept", "clothing", "hunting", "orange"], "sdxl"),
]

SEL, CLA, NON, MUL = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select ----------------
    # me
    ("me grilling brats on the deck", SEL, ["cody-v3"]),
    ("me back when i had the big bushy beard and the carhartt beanie", SEL, ["cody-v1"]),
    ("me from summer 2024 when i was clean shaven", SEL, ["cody-v2"]),
    ("me now, grey beard and readers", SEL, ["cody-v3"]),
    ("myself as an astronaut floating in space", SEL, ["cody-v3"]),
    ("the very first lora i made of me, just a portrait", SEL, ["cody-v1"]),
    ("me in the mirrored sunglasses", SEL, ["cody-v2"]),
    ("cody halvorsen headshot for the chamber of commerce website", SEL, ["cody-v3"]),
    # the wife
    ("the missus reading on a porch swing", SEL, ["renee-v2"]),
    ("my wife with her long red curls, ice fishing", SEL, ["renee-v1"]),
    ("renee w/ the pixie cut at a wedding", SEL, ["renee-v2"]),
    ("the wife before she cut her hair short", SEL, ["renee-v1"]),
    ("the misses in a ball gown", SEL, ["renee-v2"]),
    ("wifey on a paddleboard", SEL, ["renee-v2"]),
    ("renne in 2023 in her green parka", SEL, ["renee-v1"]),
    # step-son
    ("my stepson shooting hoops", SEL, ["tyler-v2"]),
    ("tyler back when he had braces", SEL, ["tyler-v1"]),
    ("the step kid showing off his drivers license", SEL, ["tyler-v2"]),
    ("ty as a medieval knight", SEL, ["tyler-v2"]),
    ("Tyler at 14 in his timberwolves jersey", SEL, ["tyler-v1"]),
    ("renee's boy in a cap and gown", SEL, ["tyler-v2"]),
    # daughter
    ("maisie blowing out birthday candles", SEL, ["maisie-v2"]),
    ("our little girl as a toddler in pink rain boots", SEL, ["maisie-v1"]),
    ("maisy as a fairy princess", SEL, ["maisie-v2"]),
    ("my daughter when she was 3", SEL, ["maisie-v1"]),
    ("maisie with her gap tooth grin", SEL, ["maisie-v2"]),
    ("Maisie dressed up as a park ranger", SEL, ["maisie-v2"]),
    # dad, mom, grandpa
    ("my old man fixing an outboard motor", SEL, ["gary-v2"]),
    ("dad with the big walrus mustache", SEL, ["gary-v1"]),
    ("pops up in his deer stand", SEL, ["gary-v2"]),
    ("dad before the heart surgery, john deere cap and suspenders", SEL, ["gary-v1"]),
    ("my father playing cribbage", SEL, ["gary-v2"]),
    ("my mom knitting by the fire", SEL, ["linda-v1"]),
    ("ma in her christmas apron", SEL, ["linda-v1"]),
    ("my grandpa whittling on a stump", SEL, ["arvid-v2"]),
    ("gramps as a young man smoking his pipe", SEL, ["arvid-v1"]),
    ("grandpa arvid in the 70s next to his cedar strip boat", SEL, ["arvid-v1"]),
    ("my late grandfather feeding the chickadees", SEL, ["arvid-v2"]),
    # sister, nephew, in-law, buddy
    ("my sister in her scrubs", SEL, ["shannon-v1"]),
    ("sis at a wild game", SEL, ["shannon-v1"]),
    ("my sister's kid on a skateboard", SEL, ["brody-v1"]),
    ("my nephew holding a sparkler", SEL, ["brody-v1"]),
    ("brody as a superhero", SEL, ["brody-v1"]),
    ("my brother in law at the ice fishing derby", SEL, ["mike-v1"]),
    ("the wife's brother in a vikings jersey", SEL, ["mike-v1"]),
    ("hutch playing guitar on the porch", SEL, ["hutch-v1"]),
    ("Hutch building a rabbit hutch", SEL, ["hutch-v1"]),
    ("dave hutchinson with his grey ponytail", SEL, ["hutch-v1"]),
    # pets
    ("ranger fetching a stick in the lake", SEL, ["ranger-v2"]),
    ("ranger when he was a puppy", SEL, ["ranger-v1"]),
    ("ranger from spring 2023 chewing a shoe", SEL, ["ranger-v1"]),
    ("our lab with the orange collar", SEL, ["ranger-v2"]),
    ("our dog asleep by the woodstove", SEL, ["ranger-v2"]),
    ("rangr rolling in the snow", SEL, ["ranger-v2"]),
    ("Moose with his red bandana", SEL, ["moose-v1"]),
    ("shannon's dog catching a frisbee", SEL, ["moose-v1"]),
    ("my sister's lab chasing geese", SEL, ["moose-v1"]),
    ("the lab with the grey muzzle", SEL, ["moose-v1"]),
    ("the shop cat sleeping on the minnow tanks", SEL, ["pickles-v1"]),
    ("pickles in a tiny cowboy hat", SEL, ["pickles-v1"]),
    ("Pickles the cat batting at a pickle", SEL, ["pickles-v1"]),
    ("maisie's guinea pig eating lettuce", SEL, ["nugget-v1"]),
    ("nugget in a teacup", SEL, ["nugget-v1"]),
    # truck, cabin, shop
    ("old blue parked by the lake", SEL, ["oldblue-v2"]),
    ("my truck before we restored it, rust and all", SEL, ["oldblue-v1"]),
    ("the F150 with our logo on the doors", SEL, ["oldblue-v2"]),
    ("old blue back when she was a rust bucket", SEL, ["oldblue-v1"]),
    ("my pickup in a snowstorm", SEL, ["oldblue-v2"]),
    ("the cabin in fall colors", SEL, ["cabin-v1"]),
    ("our place on burntside under the northern lights", SEL, ["cabin-v1"]),
    ("the shop at night with the lights on", SEL, ["shop-v2"]),
    ("the bait shop before the remodel, neon LIVE BAIT sign glowing", SEL, ["shop-v1"]),
    ("kettle lake bait & canoe with snow on the roof", SEL, ["shop-v2"]),
    ("the old shop with the hand painted sign", SEL, ["shop-v1"]),
    ("the 2023 version of the shop in the rain", SEL, ["shop-v1"]),
    # mascot and products
    ("wally waving hello", SEL, ["wally-v2"]),
    ("the original wally logo dad drew", SEL, ["wally-v1"]),
    ("wally the walleye in a santa hat", SEL, ["wally-v2"]),
    ("our mascot, the old bucket hat version", SEL, ["wally-v1"]),
    ("the new wally with the aviators, surfing", SEL, ["wally-v2"]),
    ("the kettel spoon on a weathered board", SEL, ["spoon-v2"]),
    ("the plain copper kettle spoon, the original", SEL, ["spoon-v1"]),
    ("kettle spoon in firetiger hanging from a pike's jaw", SEL, ["spoon-v2"]),
    ("our rental canoe on a glassy lake", SEL, ["canoe-v1"]),
    ("the kevlar canoe pulled up on a rocky shore", SEL, ["canoe-v1"]),
    ("the shop hoodie folded on a shelf", SEL, ["hoodie-v1"]),
    ("a moose wearing our shop hoodie", SEL, ["hoodie-v1"]),
    # downloaded characters
    ("arther morgan riding through a blizzard", SEL, ["arthur-v1"]),
    ("arthur from red dead at a campfire", SEL, ["arthur-v1"]),
    ("gerault fighting a wendigo", SEL, ["geralt-v1"]),
    ("the witcher drinking in a tavern", SEL, ["geralt-v1"]),
    ("2B sitting on a ledge overlooking ruins", SEL, ["nier-2b-v1"]),
    ("A2 walking through a desert", SEL, ["nier-a2-v1"]),
    ("the nier android with the blindfold", SEL, ["nier-2b-v1"]),
    ("the long haired nier girl, no blindfold", SEL, ["nier-a2-v1"]),
    # styles on their own
    ("a loon on a misty lake, loose wet watercolor", SEL, ["wc-lake-v1"]),
    ("field guide page of wild blueberries", SEL, ["wc-botanical-v1"]),
    ("wpa style poster of the boundary waters", SEL, ["wpa-v2"]),
    ("old national park poster of a fire tower", SEL, ["wpa-v2"]),
    ("greetings from ely, old linen postcard", SEL, ["postcard-v1"]),
    ("happy little trees and a snowy mountain", SEL, ["oils-v2"]),
    ("snowy mountain lake painted like that PBS guy with the afro", SEL, ["oils-v2"]),
    ("16 bit fishing boat", SEL, ["pixel-v2"]),
    ("snes style sprite of a moose", SEL, ["pixel-v2"]),
    ("stop motion clay deer", SEL, ["clay-v1"]),
    ("charcoal figure study of an old fisherman", SEL, ["charcoal-v1"]),
    ("80s anime girl on a train at night", SEL, ["cel80s-v1"]),
    ("vintage outdoor magazine cover of a leaping muskie", SEL, ["sportsman-v1"]),
    ("the first pixel art lora, a castle", SEL, ["pixel-v1"]),
    ("happy little oils v1, lake scene", SEL, ["oils-v1"]),
    # concepts on their own
    ("a guy in a buffalo plaid jacket", SEL, ["plaid-v2"]),
    ("fly fisherman in chest waders", SEL, ["waders-v1"]),
    ("a woman with a mullet", SEL, ["mullet-v2"]),
    ("trophy fish photo, guy holding a huge pike out at the camera", SEL, ["gripgrin-v2"]),
    ("a snowmobile jumping a drift", SEL, ["snowmobile-v1"]),
    ("a yellow float plane at the dock", SEL, ["floatplane-v1"]),
    ("hunter in blaze orange at dawn", SEL, ["blaze-v1"]),
    ("ugly christmas sweater party", SEL, ["uglysweater-v1"]),
    ("the sd1.5 buffalo plaid lora, lumberjack", SEL, ["plaid-v1"]),

    # ---------------- clarify ----------------
    # two black labs: ours and my sister's
    ("the black lab swimming after a duck", CLA, ["ranger-v2", "moose-v1"]),
    ("black lab on the dock", CLA, ["ranger-v2", "moose-v1"]),
    ("the lab with a stick in its mouth", CLA, ["ranger-v2", "moose-v1"]),
    ("big black dog in the snow", CLA, ["ranger-v2", "moose-v1"]),
    ("the black lab in a santa hat", CLA, ["ranger-v2", "moose-v1"]),
    ("black labrador running on the beach", CLA, ["ranger-v2", "moose-v1"]),
    ("the lab curled up with pickles", CLA, ["ranger-v2", "moose-v1"]),
    # the two NieR androids
    ("the nier girl with white hair", CLA, ["nier-2b-v1", "nier-a2-v1"]),
    ("white haired android from nier automata", CLA, ["nier-2b-v1", "nier-a2-v1"]),
    ("nier automata girl with a sword on a rooftop", CLA, ["nier-2b-v1", "nier-a2-v1"]),
    ("the android chick in the black outfit", CLA, ["nier-2b-v1", "nier-a2-v1"]),
    ("the nier lora, in a forest", CLA, ["nier-2b-v1", "nier-a2-v1"]),
    ("that white haired video game character with a sword", CLA,
     ["geralt-v1", "nier-2b-v1", "nier-a2-v1"]),
    # two watercolor styles
    ("watercolor of an old red barn", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("do a watercolor of a mallard drake", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("watercolour painting of a lighthouse", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("watercolor of a covered bridge", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("me as a watercolor painting", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("old blue in watercolor", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("the watercolor lora, a fox in the snow", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    ("a watercolor portrait of the missus", CLA, ["wc-lake-v1", "wc-botanical-v1"]),
    # "my kid": daughter or step-son
    ("my kid in a halloween costume", CLA, ["maisie-v2", "tyler-v2"]),
    ("my kiddo at the county fair", CLA, ["maisie-v2", "tyler-v2"]),
    ("our kid opening christmas presents", CLA, ["maisie-v2", "tyler-v2"]),
    # the two video game men
    ("that video game guy on horseback", CLA, ["arthur-v1", "geralt-v1"]),
    ("the video game guy riding through the woods", CLA, ["arthur-v1", "geralt-v1"]),
    # which product
    ("product shot of our stuff for the website, white background", CLA,
     ["spoon-v2", "canoe-v1", "hoodie-v1"]),
    ("one of our products on the counter, for an instagram post", CLA,
     ["spoon-v2", "canoe-v1", "hoodie-v1"]),

    # ---------------- none ----------------
    ("a forest ranger in a fire tower", NON, []),
    ("a ford ranger pickup on a logging road", NON, []),
    ("a bull moose in a swamp at dawn", NON, []),
    ("moose tracks in fresh snow", NON, []),
    ("a jar of dill pickles on the counter", NON, []),
    ("a gold nugget in a miners pan", NON, []),
    ("chicken nuggets and fries on a tray", NON, []),
    ("a rabbit hutch in the backyard", NON, []),
    ("my mother-in-law at the county fair", NON, []),
    ("my sister in law at her wedding", NON, []),
    ("a lighthouse on lake superior at sunset", NON, []),
    ("golden retriever puppy in a basket", NON, []),
    ("a wolf howling at the moon", NON, []),
    ("walleye fillets frying in a cast iron pan", NON, []),
    ("master chief on a halo ring", NON, []),
    ("ciri from the witcher", NON, []),
    ("dutch van der linde giving a speech", NON, []),
    ("9S from nier automata", NON, []),
    ("snowy owl on a fence post", NON, []),
    ("a cyberpunk city at night in the rain", NON, []),
    ("a steaming coffee mug on a log", NON, []),
    ("a ranger station in the boundary waters", NON, []),
    ("northern lights over a frozen lake", NON, []),
    ("a chocolate lab puppy", NON, []),
    ("an old fisherman mending nets", NON, []),
    ("a wooden china hutch in a farmhouse kitchen", NON, []),
    ("pickleball game at the park", NON, []),
    ("a bald eagle catching a fish", NON, []),

    # ---------------- multi ----------------
    # subject + style
    ("me as a wpa poster", MUL, ["cody-v3", "wpa-v2"]),
    ("maisie in 16 bit pixel art", MUL, ["maisie-v2", "pixel-v2"]),
    ("ranger as an 80s anime dog", MUL, ["ranger-v2", "cel80s-v1"]),
    ("greetings from burntside linen postcard of the cabin", MUL, ["cabin-v1", "postcard-v1"]),
    ("old blue painted in the happy little trees style", MUL, ["oldblue-v2", "oils-v2"]),
    ("wally on a vintage outdoor magazine cover", MUL, ["wally-v2", "sportsman-v1"]),
    ("the shop in that loose lake watercolor", MUL, ["shop-v2", "wc-lake-v1"]),
    ("a field guide plate of the kettle spoon, like an old naturalist book", MUL,
     ["spoon-v2", "wc-botanical-v1"]),
    ("young grandpa arvid with his pipe, charcoal sketch", MUL, ["arvid-v1", "charcoal-v1"]),
    ("tyler at 14 as a claymation figure", MUL, ["tyler-v1", "clay-v1"]),
    ("pickles as a pixel art sprite", MUL, ["pickles-v1", "pixel-v2"]),
    ("renee as a 1930s national park poster", MUL, ["renee-v2", "wpa-v2"]),
    ("my old man painted like the PBS happy trees guy", MUL, ["gary-v2", "oils-v2"]),
    ("arthur morgan in 80s anime style", MUL, ["arthur-v1", "cel80s-v1"]),
    ("geralt in charcoal", MUL, ["geralt-v1", "charcoal-v1"]),
    ("hutch as a 16-bit character", MUL, ["hutch-v1", "pixel-v2"]),
    ("the shop before the remodel as a wpa poster", MUL, ["shop-v1", "wpa-v1"]),
    # subject + concept
    ("me in chest waders", MUL, ["cody-v3", "waders-v1"]),
    ("give tyler a mullet", MUL, ["tyler-v2", "mullet-v2"]),
    ("the missus in blaze orange for deer opener", MUL, ["renee-v2", "blaze-v1"]),
    ("hutch on a snowmobile", MUL, ["hutch-v1", "snowmobile-v1"]),
    ("uncle mike in an ugly xmas sweater", MUL, ["mike-v1", "uglysweater-v1"]),
    ("brody in a buffalo plaid jacket", MUL, ["brody-v1", "plaid-v2"]),
    ("shannon climbing out of a float plane", MUL, ["shannon-v1", "floatplane-v1"]),
    ("me with a mullet", MUL, ["cody-v3", "mullet-v2"]),
    ("dad holding up a huge muskie, grip and grin", MUL, ["gary-v2", "gripgrin-v2"]),
    ("dad with the walrus mustache doing the grip and grin with a big pike", MUL,
     ["gary-v1", "gripgrin-v1"]),
    ("tyler with braces in a buffalo plaid jacket", MUL, ["tyler-v1", "plaid-v1"]),
    ("me with the big bushy beard and a mullet", MUL, ["cody-v1", "mullet-v1"]),
    # two (or three) at once
    ("me and the missus slow dancing", MUL, ["cody-v3", "renee-v2"]),
    ("both labs playing in the snow", MUL, ["ranger-v2", "moose-v1"]),
    ("my folks on a porch swing", MUL, ["gary-v2", "linda-v1"]),
    ("maisie hugging nugget", MUL, ["maisie-v2", "nugget-v1"]),
    ("hutch and me fishing off the dock", MUL, ["hutch-v1", "cody-v3"]),
    ("old blue parked in front of the shop", MUL, ["oldblue-v2", "shop-v2"]),
    ("ranger on the dock at the cabin", MUL, ["ranger-v2", "cabin-v1"]),
    ("wally holding up a kettle spoon", MUL, ["wally-v2", "spoon-v2"]),
    ("shannon and brody at the fair", MUL, ["shannon-v1", "brody-v1"]),
    ("pickles asleep on the shop hoodie", MUL, ["pickles-v1", "hoodie-v1"]),
    ("2B and A2 back to back", MUL, ["nier-2b-v1", "nier-a2-v1"]),
    ("tyler paddling the rental canoe", MUL, ["tyler-v2", "canoe-v1"]),
    ("the kids building a snowman", MUL, ["maisie-v2", "tyler-v2"]),
    ("me and renee in matching ugly christmas sweaters", MUL,
     ["cody-v3", "renee-v2", "uglysweater-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for prompt, expect, gold in CASES:
            f.write(json.dumps({"prompt": prompt, "expect": expect, "gold": gold}) + "\n")
    fams = {c["family"] for c in CARDS}
    counts = {e: sum(x[1] == e for x in CASES) for e in (SEL, CLA, NON, MUL)}
    print(f"{len(CARDS)} cards, {len(fams)} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
