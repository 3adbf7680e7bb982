#!/usr/bin/env python3
"""Write the heldout29 selection set (catalog.jsonl, cases.jsonl) next to this file.

The repository: the Pike family of Bay Bulls, an outport south of St. John's, Newfoundland.
Gerry Pike runs Pike's Takeout (fish and chips) and Pike's Puffin & Whale Tours on the
Brenda Lynn. Requests are typed the way Gerry types: Newfoundland English, lower case, on a
phone, with typos. Blind set: written without looking at how any selector works.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, T, C = "subject", "style", "concept"

CARDS = [
    # --- me (3 dated versions) ---
    card("gerry-v1", "Gerry", "ohwx man", "man", S, "gerry", 1, "2009-07-18",
         "Me, Gerry Pike, at 35 aboard the longliner out of Bay Bulls: full black beard, orange "
         "oilskin bib pants, wool toque.", ["me", "person", "man", "beard", "fisherman"], "sd15"),
    card("gerry-v2", "Gerry", "ohwx man", "man", S, "gerry", 2, "2016-06-03",
         "Me, Gerry, at 42 on the day we opened Pike's Takeout: beard shaved down to a moustache, "
         "white apron, paper hat, frying the first batch of cod.", ["me", "person", "man", "moustache", "cook"], "sd15"),
    card("gerry-v3", "Gerry", "ohwx man", "man", S, "gerry", 3, "2025-08-22",
         "Me, Gerry, at 51: head shaved bald, grey goatee, navy Pike's Tours ball cap, skipper at "
         "the wheel of our tour boat.", ["me", "person", "man", "bald", "goatee", "skipper"], "sdxl"),
    # --- family ---
    card("brenda-v1", "Brenda", "sks woman", "woman", S, "brenda", 1, "2014-03-09",
         "My wife Brenda Lynn ('the missus') at 38, seven months pregnant with Tyler: long auburn "
         "hair in one braid, in our kitchen.", ["wife", "person", "woman", "pregnant", "auburn hair"], "sd15"),
    card("brenda-v2", "Brenda", "sks woman", "woman", S, "brenda", 2, "2023-10-14",
         "My wife Brenda at 47, after she cut her hair into a short grey-streaked pixie: red "
         "glasses, running the fryer at the takeout.", ["wife", "person", "woman", "pixie cut", "glasses"], "sdxl"),
    card("kyle-v1", "Kyle", "kyl3_p1ke", "boy", S, "kyle", 1, "2013-05-26",
         "Our oldest son Kyle ('Skip') at 10 at his first communion: white shirt, clip-on tie, "
         "bowl cut.", ["son", "person", "boy", "communion", "child"], "sd15"),
    card("kyle-v2", "Kyle", "kyl3_p1ke", "man", S, "kyle", 2, "2024-06-14",
         "Our son Kyle at 21, the year he graduated from the Marine Institute: mullet, patchy "
         "moustache, deckhand on our tour boat.", ["son", "person", "young man", "mullet", "deckhand"], "sdxl"),
    card("jolene-v1", "Jolene", "j0l3n3", "girl", S, "jolene", 1, "2018-08-01",
         "Our daughter Jolene ('Jo') at 14 at the Royal St. John's Regatta: braces, brown "
         "ponytail, rowing club t-shirt.", ["daughter", "person", "girl", "braces", "regatta"], "sd15"),
    card("jolene-v2", "Jolene", "j0l3n3", "woman", S, "jolene", 2, "2025-05-10",
         "Our daughter Jolene at 21: bleached blonde bob, nose ring, red Pike's t-shirt, working "
         "the counter at the takeout.", ["daughter", "person", "young woman", "blonde", "counter"], "sdxl"),
    card("tyler-v1", "Tyler", "tyl3r_boy", "boy", S, "tyler", 1, "2019-10-31",
         "Our youngest, Tyler, at 5 on Halloween, dressed up in a red lobster costume.",
         ["son", "person", "boy", "child", "halloween", "costume"], "sd15"),
    card("tyler-v2", "Tyler", "tyl3r_boy", "boy", S, "tyler", 2, "2025-02-15",
         "Our youngest, Tyler, at 10 in his minor hockey gear: red helmet, missing front tooth, "
         "big grin.", ["son", "person", "boy", "child", "hockey"], "sdxl"),
    card("rita-v1", "Rita", "<nan-rita>", "old woman", S, "rita", 1, "2012-09-02",
         "My mother Rita, 'Nan' to the kids, at her 70th birthday in the parish hall: permed "
         "white hair, pearl earrings, pink blouse.", ["mother", "nan", "person", "elderly woman", "birthday"], "sd15"),
    card("rita-v2", "Rita", "<nan-rita>", "old woman", S, "rita", 2, "2022-11-20",
         "My mother Rita (Nan) at 80, knitting trigger mitts in her rocking chair by the wood "
         "stove: grey cardigan, glasses on a chain.", ["mother", "nan", "person", "elderly woman", "knitting"], "sdxl"),
    card("cyril-v1", "Cyril", "ohwx old man", "old man", S, "cyril", 1, "2017-09-30",
         "My father-in-law Cyril Walsh, Brenda's father, 'Pop' to the kids: splitting wood in his "
         "plaid jacket and peaked cap, white stubble.", ["father-in-law", "pop", "person", "elderly man"], "sd15"),
    card("darrell-v1", "Darrell", "drrl_pike", "man", S, "darrell", 1, "2021-07-04",
         "My brother Darrell, skipper of our second tour boat: bushy red beard, sunglasses on a "
         "cord, Pike's Tours rain jacket.", ["brother", "person", "man", "red beard", "skipper"], "sdxl"),
    # --- pets (look-alike pair: Bosun / Murphy) ---
    card("bosun-v1", "Bosun", "sks dog", "dog", S, "bosun", 1, "2017-04-12",
         "Our Newfoundland dog Bosun as a 10-week-old pup: black fluffball with a red bandana.",
         ["pet", "dog", "newfoundland", "puppy"], "sd15"),
    card("bosun-v2", "Bosun", "sks dog", "dog", S, "bosun", 2, "2021-06-20",
         "Our Newfoundland dog Bosun at 4: huge, jet black, in his orange dog life jacket on the "
         "tour boat.", ["pet", "dog", "newfoundland", "life jacket"], "sdxl"),
    card("bosun-v3", "Bosun", "sks dog", "dog", S, "bosun", 3, "2025-09-05",
         "Our Newfoundland dog Bosun at 8: grey coming in on his muzzle, stretched out on the "
         "wharf, drooling.", ["pet", "dog", "newfoundland", "senior dog"], "sdxl"),
    card("murphy-v1", "Murphy", "<murphy-newf>", "dog", S, "murphy", 1, "2023-07-11",
         "Murphy, the Kavanaghs' dog next door: a black Newfoundland, the spit of our Bosun but "
         "with a white blaze on his chest and a green collar.", ["dog", "newfoundland", "neighbour"], "sdxl"),
    card("scrunch-v1", "Scrunchions", "scrnchns cat", "cat", S, "scrunchions", 1, "2022-01-08",
         "Our cat Scrunchions ('Scrunch'): fat orange tabby with one torn ear, sleeps on the chest "
         "freezer in the shed.", ["pet", "cat", "orange tabby"], "sdxl"),
    # --- vehicles ---
    card("brendalynn-v1", "Brenda Lynn", "<brenda-lynn-boat>", "boat", S, "brenda-lynn", 1, "2016-05-28",
         "Our tour boat, the Brenda Lynn (named for my wife): a 40-foot Cape Islander, white hull "
         "with red trim, the way she was when we bought her.", ["boat", "vessel", "cape islander", "tour boat"], "sd15"),
    card("brendalynn-v2", "Brenda Lynn", "<brenda-lynn-boat>", "boat", S, "brenda-lynn", 2, "2023-05-20",
         "Our tour boat, the Brenda Lynn, after the 2023 refit: navy blue hull, new wheelhouse, "
         "'Pike's Puffin & Whale Tours' painted on the side.", ["boat", "vessel", "cape islander", "tour boat"], "sdxl"),
    card("oldred-v1", "Old Red", "0ld_r3d truck", "pickup truck", S, "old-red", 1, "2020-03-15",
         "My truck, Old Red: a rusty red 2011 Ford F-150 with a cap on the back and a dent in the "
         "tailgate.", ["vehicle", "truck", "pickup", "ford"], "sd15"),
    # --- places ---
    card("house-v1", "Pike House", "pk_house", "house", S, "pike-house", 1, "2012-06-30",
         "Our house up on the hill in Bay Bulls, when it was a green saltbox: clothesline out "
         "back, root cellar in the bank.", ["house", "home", "saltbox", "place"], "sd15"),
    card("house-v2", "Pike House", "pk_house", "house", S, "pike-house", 2, "2021-08-28",
         "Our house after we put on the yellow vinyl siding and built the big deck looking down "
         "over the harbour.", ["house", "home", "deck", "place"], "sdxl"),
    card("takeout-v1", "Pike's Takeout", "<pikes-takeout>", "restaurant", S, "pikes-takeout", 1, "2016-06-03",
         "Pike's Takeout, our fish and chips shack on the wharf road, as it opened: white "
         "clapboard with a hand-painted sign.", ["business", "takeout", "building", "fish and chips"], "sd15"),
    card("takeout-v2", "Pike's Takeout", "<pikes-takeout>", "restaurant", S, "pikes-takeout", 2, "2024-05-18",
         "Pike's Takeout after the 2024 reno: painted barn red, a big lit-up puffin sign, picnic "
         "tables with umbrellas out front.", ["business", "takeout", "building", "fish and chips"], "sdxl"),
    # --- products (before/after redesign) ---
    card("chipbox-v1", "Pike's Fish Box", "pk_fshbx", "takeout box", S, "fish-box", 1, "2016-06-03",
         "Our fish and chips box, the old one: plain white styrofoam clamshell with a red Pike's "
         "stamp, two pieces of cod, fries, dressing and gravy.", ["product", "food", "fish and chips", "packaging"], "sd15"),
    card("chipbox-v2", "Pike's Fish Box", "pk_fshbx", "takeout box", S, "fish-box", 2, "2024-05-18",
         "Our fish and chips box after the redesign: brown kraft paper boat with the Percy puffin "
         "logo, two pieces of cod, fries and a lemon wedge.", ["product", "food", "fish and chips", "packaging"], "sdxl"),
    card("hoodie-v1", "Tour Hoodie", "pk_hoodie", "hoodie", S, "tour-hoodie", 1, "2022-04-02",
         "Our Pike's Tours hoodie that we sell on the boat: navy, with a white humpback whale "
         "tail on the back.", ["product", "merch", "clothing", "whale"], "sdxl"),
    # --- mascot ---
    card("percy-v1", "Percy", "p3rcy_puffin", "puffin", S, "percy", 1, "2019-06-15",
         "Percy, the puffin mascot of our takeout, the way Jolene first drew him: flat cartoon "
         "puffin in a sou'wester holding a fish.", ["mascot", "puffin", "bird", "cartoon", "logo"], "sd15"),
    card("percy-v2", "Percy", "p3rcy_puffin", "puffin", S, "percy", 2, "2024-05-18",
         "Percy the puffin, our mascot redone for the reno: chunky 3D mascot look, big orange "
         "beak, red Pike's apron, waving.", ["mascot", "puffin", "bird", "logo"], "sdxl"),
    # --- downloaded characters (look-alike pair: Mario / Luigi) ---
    card("mario-v1", "Mario", "super_mario", "man", S, "mario", 1, "2023-12-24",
         "Mario from Super Mario Bros., downloaded off Civitai for Tyler: red cap and shirt, blue "
         "overalls, big moustache.", ["character", "nintendo", "video game", "plumber"], "sdxl"),
    card("luigi-v1", "Luigi", "luigi_(mario)", "man", S, "luigi", 1, "2023-12-24",
         "Luigi from Super Mario Bros., downloaded for Tyler: Mario's taller brother, green cap "
         "and shirt, blue overalls, moustache.", ["character", "nintendo", "video game", "plumber"], "sdxl"),
    card("haddock-v1", "Captain Haddock", "cptn_haddock", "man", S, "captain-haddock", 1, "2023-02-10",
         "Captain Haddock from Tintin, off Civitai, my favourite: black beard, navy turtleneck "
         "with an anchor, captain's cap, pipe.", ["character", "tintin", "comic", "sailor"], "sd15"),
    card("stitch-v1", "Stitch", "st1tch", "alien", S, "stitch", 1, "2024-08-03",
         "Stitch from Lilo & Stitch, a Civitai download for Tyler: small blue alien with big "
         "ears.", ["character", "disney", "cartoon", "alien"], "sdxl"),
    # --- styles (two watercolour families) ---
    card("hwc-v1", "Harbour Watercolour", "hrbrwtrclr style", "style", T, "harbour-watercolour", 1, "2023-02-10",
         "Loose coastal watercolour: grey-blue washes, bleeding skies, white paper left for foam "
         "and gulls.", ["watercolour", "painting", "coastal", "loose"], "sd15"),
    card("hwc-v2", "Harbour Watercolour", "hrbrwtrclr style", "style", T, "harbour-watercolour", 2, "2024-03-02",
         "Loose coastal watercolour, retrained for SDXL: grey-blue washes, bleeding skies, "
         "crisper boats and rigging.", ["watercolour", "painting", "coastal", "loose"], "sdxl"),
    card("softwash-v1", "Petal Wash", "ptlwsh", "style", T, "petal-wash", 1, "2024-06-09",
         "Botanical wet-in-wet watercolour: pale pastel blooms, soft bleeding edges, salt "
         "texture, lots of white.", ["watercolour", "painting", "botanical", "pastel"], "sdxl"),
    card("folk-v1", "Outport Folk Art", "<outport-folk>", "style", T, "outport-folk", 1, "2023-05-05",
         "Naive folk painting like painted wooden cutouts: flat jellybean colours, no "
         "perspective, tiny people and boats.", ["folk art", "naive", "painting", "colourful"], "sd15"),
    card("folk-v2", "Outport Folk Art", "<outport-folk>", "style", T, "outport-folk", 2, "2025-01-20",
         "Naive folk painting, SDXL version: flat jellybean colours, chunky outlines, no "
         "perspective.", ["folk art", "naive", "painting", "colourful"], "sdxl"),
    card("hookmat-v1", "Hooked Mat", "hkdmat", "style", T, "hooked-mat", 1, "2023-01-14",
         "Looks like a traditional hooked rug: looped strips of rag, chunky wool texture, burlap "
         "showing at the edges.", ["textile", "rug", "craft", "texture"], "sd15"),
    card("lino-v1", "Lino Cut", "l1n0cut", "style", T, "lino-cut", 1, "2024-03-12",
         "Linocut print: bold black carved lines on cream paper, one spot colour.",
         ["printmaking", "linocut", "black and white", "graphic"], "sdxl"),
    card("impasto-v1", "Impasto Oils", "impst_oil", "style", T, "impasto-oils", 1, "2022-12-20",
         "Thick palette-knife oil painting: heavy ridged strokes, rich stormy colours.",
         ["oil painting", "impasto", "painting", "textured"], "sd15"),
    card("postcard-v1", "Old Postcard", "vntg_pstcrd", "style", T, "old-postcard", 1, "2024-04-17",
         "1950s hand-tinted tourist postcard: faded colours, white border, 'Greetings from' "
         "lettering.", ["vintage", "postcard", "retro", "photo"], "sdxl"),
    card("pixel-v1", "8-Bit", "8bit_style", "style", T, "8-bit", 1, "2024-01-06",
         "Retro 8-bit pixel art, chunky pixels and a small palette, like an old NES game.",
         ["pixel art", "retro", "video game"], "sdxl"),
    card("anime-v1", "Cozy Anime", "czyanm", "style", T, "cozy-anime", 1, "2023-09-22",
         "Soft hand-drawn anime film look: lush painted skies, warm light, like a Studio Ghibli "
         "still.", ["anime", "cartoon", "illustration"], "sdxl"),
    card("sketch-v1", "Pencil Sketch", "grphte_sktch", "style", T, "pencil-sketch", 1, "2023-03-08",
         "Graphite pencil sketch: crosshatching and smudged shading on rough paper.",
         ["pencil", "drawing", "sketch", "monochrome"], "sd15"),
    card("comic-v1", "Inked Comic", "inkd_cmc", "style", T, "inked-comic", 1, "2024-09-17",
         "Bold-inked comic book look: heavy black outlines, halftone dots, flat bright colours.",
         ["comic", "cartoon", "illustration", "halftone"], "sdxl"),
    # --- concepts ---
    card("oilskins-v1", "Sou'wester Oilskins", "swstr_oilskin", "clothing", C, "oilskins", 1, "2023-03-03",
         "Yellow oilskin rain gear: sou'wester hat, slicker jacket and bib overalls.",
         ["clothing", "rain gear", "fisherman", "yellow"], "sd15"),
    card("oilskins-v2", "Sou'wester Oilskins", "swstr_oilskin", "clothing", C, "oilskins", 2, "2024-10-05",
         "Yellow oilskin rain gear, SDXL version: sou'wester hat, slicker jacket, bib overalls, "
         "wet sheen.", ["clothing", "rain gear", "fisherman", "yellow"], "sdxl"),
    card("aran-v1", "Aran Knit", "arn_knit", "clothing", C, "aran-knit", 1, "2024-12-10",
         "Cream cable-knit Aran fisherman's sweater, chunky wool.", ["clothing", "sweater", "knitwear"], "sdxl"),
    card("mullet-v1", "Mullet", "mllt_hair", "hairstyle", C, "mullet", 1, "2024-02-20",
         "Business in the front, party in the back: the mullet haircut.", ["hairstyle", "haircut", "retro"], "sdxl"),
    card("braids-v1", "Dutch Braids", "dtch_brds", "hairstyle", C, "dutch-braids", 1, "2024-06-03",
         "Two tight Dutch (boxer) braids running back from the hairline.", ["hairstyle", "braids"], "sdxl"),
    card("catch-v1", "Trophy Catch", "<trophy-catch>", "pose", C, "trophy-catch", 1, "2025-06-15",
         "Pose: holding a big fish up in both hands toward the camera, proud grin.",
         ["pose", "fishing", "fish"], "sdxl"),
    card("screech-v1", "Screech-In", "scr33ch_1n", "pose", C, "screech-in", 1, "2024-07-01",
         "Screech-in ceremony: kneeling in a sou'wester, kissing a cod on the lips, shot glass in "
         "hand.", ["pose", "ceremony", "tradition", "cod"], "sdxl"),
    card("atv-v1", "ATV", "atv_quad", "vehicle", C, "atv", 1, "2024-09-18",
         "Riding a four-wheel all-terrain vehicle through mud on a woods trail.", ["vehicle", "atv", "off-road"], "sdxl"),
    card("skidoo-v1", "Snowmobile", "snwmbl", "vehicle", C, "snowmobile", 1, "2023-01-25",
         "Riding a snowmobile through deep snow, powder spraying behind.", ["vehicle", "snowmobile", "winter"], "sd15"),
    card("lobstertrap-v1", "Lobster Trap", "lbstr_trp", "prop", C, "lobster-trap", 1, "2023-05-11",
         "Prop: a wooden-slat lobster trap with rope and a painted buoy.", ["prop", "fishing", "trap"], "sd15"),
    card("uglystick-v1", "Ugly Stick", "<ugly-stick>", "prop", C, "ugly-stick", 1, "2025-03-17",
         "Prop: playing an ugly stick, the mop-handle folk instrument with bottle caps, tin cans "
         "and a rubber boot on the bottom.", ["prop", "instrument", "folk", "music"], "sdxl"),
]

SEL, CLAR, NONE, MULTI = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select ----------------
    ("me standin on the wharf at sunrise", SEL, ["gerry-v3"]),
    ("meself at the wheel wit me ball cap on", SEL, ["gerry-v3"]),
    ("me back in the longliner days wit the big beard", SEL, ["gerry-v1"]),
    ("me when we first opened the takeout, the moustache an the paper hat", SEL, ["gerry-v2"]),
    ("gerry havin a mug up out on the bridge", SEL, ["gerry-v3"]),
    ("a pic of me from 2009", SEL, ["gerry-v1"]),
    ("me at 42", SEL, ["gerry-v2"]),
    ("me now, baldy head an all lol", SEL, ["gerry-v3"]),
    ("old pic of me fryin fish in 2016", SEL, ["gerry-v2"]),
    ("me gettin my picture took for the tourism board", SEL, ["gerry-v3"]),
    ("the missus out on the bridge w a glass of wine", SEL, ["brenda-v2"]),
    ("brenda when she was expectin tyler", SEL, ["brenda-v1"]),
    ("the missus with her new short hair do", SEL, ["brenda-v2"]),
    ("my wife back when she had the long red hair in a braid", SEL, ["brenda-v1"]),
    ("bren runnin the fryer", SEL, ["brenda-v2"]),
    ("the wife pregnant in 2014", SEL, ["brenda-v1"]),
    ("the missus laughin at somethin, some good pic", SEL, ["brenda-v2"]),
    ("kyle at his first communion", SEL, ["kyle-v1"]),
    ("skip graduatin from the marine institute", SEL, ["kyle-v2"]),
    ("kyle on deck coilin rope", SEL, ["kyle-v2"]),
    ("our kyle when he was 10 w the bowl cut", SEL, ["kyle-v1"]),
    ("me oldest b'y with his mullet", SEL, ["kyle-v2"]),
    ("skip haulin in the lines", SEL, ["kyle-v2"]),
    ("the oldest young fella as a little lad in his clip on tie", SEL, ["kyle-v1"]),
    ("jo behind the counter", SEL, ["jolene-v2"]),
    ("jolene at the regatta with her braces", SEL, ["jolene-v1"]),
    ("our girl when she was 14", SEL, ["jolene-v1"]),
    ("jo w the blonde hair smilin", SEL, ["jolene-v2"]),
    ("me daughter takin orders at the window", SEL, ["jolene-v2"]),
    ("jolene rowin at quidi vidi back in 2018", SEL, ["jolene-v1"]),
    ("jolene with her nose ring in", SEL, ["jolene-v2"]),
    ("tyler in his hockey gear", SEL, ["tyler-v2"]),
    ("tyler dressed up as a lobster for halloween", SEL, ["tyler-v1"]),
    ("the baby of the family scorin a goal", SEL, ["tyler-v2"]),
    ("our youngest grinnin with his tooth missin", SEL, ["tyler-v2"]),
    ("ty when he was 5", SEL, ["tyler-v1"]),
    ("tyler at the rink", SEL, ["tyler-v2"]),
    ("nan knittin by the stove", SEL, ["rita-v2"]),
    ("nan at her 70th", SEL, ["rita-v1"]),
    ("mom in her rockin chair", SEL, ["rita-v2"]),
    ("nan with the pearls on back at the party in the parish hall", SEL, ["rita-v1"]),
    ("nan rita makin bread", SEL, ["rita-v2"]),
    ("me mudder at 80", SEL, ["rita-v2"]),
    ("pop splittin wood", SEL, ["cyril-v1"]),
    ("the missus's father in his plaid jacket", SEL, ["cyril-v1"]),
    ("me father in law cyril on the bridge havin a smoke", SEL, ["cyril-v1"]),
    ("pop walsh in his cap lookin out the window", SEL, ["cyril-v1"]),
    ("me brother darrell", SEL, ["darrell-v1"]),
    ("darrell with the red beard n sunglasses on", SEL, ["darrell-v1"]),
    ("me brudder havin a beer on the wharf", SEL, ["darrell-v1"]),
    ("bosun on the wharf", SEL, ["bosun-v3"]),
    ("bosun when he was a pup", SEL, ["bosun-v1"]),
    ("bosun with his lifejacket on", SEL, ["bosun-v2"]),
    ("our dog swimmin after a stick", SEL, ["bosun-v3"]),
    ("the dog now that hes gettin grey in the face", SEL, ["bosun-v3"]),
    ("bosun as a lil fluffball w the red bandana", SEL, ["bosun-v1"]),
    ("bosun in 2021", SEL, ["bosun-v2"]),
    ("the dog as a pup chewin a rubber boot", SEL, ["bosun-v1"]),
    ("murphy from next door", SEL, ["murphy-v1"]),
    ("the kavanaghs dog", SEL, ["murphy-v1"]),
    ("the newf next door with the white patch on his chest", SEL, ["murphy-v1"]),
    ("the neighbours dog murphy layin on the step", SEL, ["murphy-v1"]),
    ("scrunch asleep on the freezer", SEL, ["scrunch-v1"]),
    ("the cat curled up in the shed", SEL, ["scrunch-v1"]),
    ("scrunchions the cat w his tore ear", SEL, ["scrunch-v1"]),
    ("the brenda lynn comin into the harbour", SEL, ["brendalynn-v2"]),
    ("the boat the way she was when we bought her, white with the red trim", SEL, ["brendalynn-v1"]),
    ("our tour boat with the new wheelhouse", SEL, ["brendalynn-v2"]),
    ("the boat tied up at the wharf, foggy mornin", SEL, ["brendalynn-v2"]),
    ("where's she to? draw the boat out by gull island", SEL, ["brendalynn-v2"]),
    ("the boat in 2016", SEL, ["brendalynn-v1"]),
    ("old red in the driveway", SEL, ["oldred-v1"]),
    ("me truck stuck in the snow", SEL, ["oldred-v1"]),
    ("the rusty ford with the dent in the tailgate", SEL, ["oldred-v1"]),
    ("our house on the hill in the fog", SEL, ["house-v2"]),
    ("the house back when she was green", SEL, ["house-v1"]),
    ("the house with the new deck", SEL, ["house-v2"]),
    ("the house an the root cellar before the siding went on", SEL, ["house-v1"]),
    ("pike's takeout at night with the lights on", SEL, ["takeout-v2"]),
    ("the shop before the reno, the white one", SEL, ["takeout-v1"]),
    ("the takeout with the big puffin sign", SEL, ["takeout-v2"]),
    ("the chip shop on a busy saturday", SEL, ["takeout-v2"]),
    ("the takeout on openin day 2016", SEL, ["takeout-v1"]),
    ("fish n chips in our box", SEL, ["chipbox-v2"]),
    ("the old styrofoam box with the red stamp", SEL, ["chipbox-v1"]),
    ("a 2 piece in the new paper box", SEL, ["chipbox-v2"]),
    ("our fries dressin n gravy in the old white container", SEL, ["chipbox-v1"]),
    ("the tour hoodie laid out flat", SEL, ["hoodie-v1"]),
    ("the navy sweatshirt with the whale tail on the back", SEL, ["hoodie-v1"]),
    ("percy wavin", SEL, ["percy-v2"]),
    ("percy the way jo first drew him", SEL, ["percy-v1"]),
    ("our mascot dancin out front", SEL, ["percy-v2"]),
    ("the old cartoon puffin from before the reno", SEL, ["percy-v1"]),
    ("percy the puffin on a sticker", SEL, ["percy-v2"]),
    ("mario jumpin on a mushroom", SEL, ["mario-v1"]),
    ("luigi in a haunted house", SEL, ["luigi-v1"]),
    ("the green mario brother", SEL, ["luigi-v1"]),
    ("captain haddock shakin his fist", SEL, ["haddock-v1"]),
    ("haddock from tintin with his pipe", SEL, ["haddock-v1"]),
    ("stitch eatin a ice cream", SEL, ["stitch-v1"]),
    ("the little blue alien tyler likes", SEL, ["stitch-v1"]),
    ("the plumber in the red hat", SEL, ["mario-v1"]),
    ("the harbour done in that loose watercolour w the grey washes", SEL, ["hwc-v2"]),
    ("some wildflowers in that soft pastel watercolour", SEL, ["softwash-v1"]),
    ("a row of houses in the folk art style", SEL, ["folk-v2"]),
    ("make it look like one of nan's hooked mats", SEL, ["hookmat-v1"]),
    ("a lighthouse done as a lino print", SEL, ["lino-v1"]),
    ("stormy sea in thick oil paint, put on with the knife", SEL, ["impasto-v1"]),
    ("an old 1950s postcard of the bay", SEL, ["postcard-v1"]),
    ("8 bit pixel fishin boat", SEL, ["pixel-v1"]),
    ("ghibli kinda look, the bay in the evenin", SEL, ["anime-v1"]),
    ("a pencil sketch of a dory", SEL, ["sketch-v1"]),
    ("comic book style, big punchy ink", SEL, ["comic-v1"]),
    ("the first harbour watercolour one i got", SEL, ["hwc-v1"]),
    ("the older folk art one", SEL, ["folk-v1"]),
    ("a moose in pixel art", SEL, ["pixel-v1"]),
    ("a fisherman in the yellow oil gear", SEL, ["oilskins-v2"]),
    ("a young one with two tight braids", SEL, ["braids-v1"]),
    ("a fella with a mullet", SEL, ["mullet-v1"]),
    ("a man kissin a cod", SEL, ["screech-v1"]),
    ("somebody on a four wheeler in the mud", SEL, ["atv-v1"]),
    ("a fella on a skidoo", SEL, ["skidoo-v1"]),
    ("a woman holdin a lobster pot", SEL, ["lobstertrap-v1"]),
    ("somebody playin the ugly stick at a kitchen party", SEL, ["uglystick-v1"]),
    ("a big cream wool fisherman sweater on a hanger", SEL, ["aran-v1"]),
    ("a fella holdin up a big fish for the camera", SEL, ["catch-v1"]),
    ("the older oil gear one", SEL, ["oilskins-v1"]),
    # ---------------- clarify ----------------
    ("me son on the wharf", CLAR, ["kyle-v2", "tyler-v2"]),
    ("me young fella smilin", CLAR, ["kyle-v2", "tyler-v2"]),
    ("our boy at christmas", CLAR, ["kyle-v2", "tyler-v2"]),
    ("me son in a tuxedo", CLAR, ["kyle-v2", "tyler-v2"]),
    ("the young lad sleepin on the couch", CLAR, ["kyle-v2", "tyler-v2"]),
    ("me son on the quad", CLAR, ["kyle-v2", "tyler-v2"]),
    ("the big black newf on the beach", CLAR, ["bosun-v3", "murphy-v1"]),
    ("the black dog in the snow", CLAR, ["bosun-v3", "murphy-v1"]),
    ("the newfoundland dog swimmin in the landwash", CLAR, ["bosun-v3", "murphy-v1"]),
    ("the big black dog sleepin on the step", CLAR, ["bosun-v3", "murphy-v1"]),
    ("the black newfie in a sou'wester", CLAR, ["bosun-v3", "murphy-v1"]),
    ("the wharf in watercolour", CLAR, ["hwc-v2", "softwash-v1"]),
    ("do it in watercolor", CLAR, ["hwc-v2", "softwash-v1"]),
    ("the lighthouse, watercolour paintin", CLAR, ["hwc-v2", "softwash-v1"]),
    ("the church in watercolour", CLAR, ["hwc-v2", "softwash-v1"]),
    ("make me a cartoon", CLAR, ["anime-v1", "comic-v1"]),
    ("cartoon version of the takeout", CLAR, ["anime-v1", "comic-v1"]),
    ("the skipper at the wheel", CLAR, ["gerry-v3", "darrell-v1"]),
    ("draw the skipper in the fog", CLAR, ["gerry-v3", "darrell-v1"]),
    ("one of the mario brothers", CLAR, ["mario-v1", "luigi-v1"]),
    ("the mario brother with the moustache", CLAR, ["mario-v1", "luigi-v1"]),
    ("the nintendo plumber in overalls", CLAR, ["mario-v1", "luigi-v1"]),
    ("brenda lynn at sunset", CLAR, ["brenda-v2", "brendalynn-v2"]),
    ("our place in the snow", CLAR, ["house-v2", "takeout-v2"]),
    ("our place all lit up for christmas", CLAR, ["house-v2", "takeout-v2"]),
    ("make it look like a paintin", CLAR, ["hwc-v2", "softwash-v1", "impasto-v1", "folk-v2"]),
    ("me in oils", CLAR, ["impasto-v1", "oilskins-v2"]),
    ("pop in oils", CLAR, ["impasto-v1", "oilskins-v2"]),
    ("the youngster wavin from the bow", CLAR, ["kyle-v2", "jolene-v2", "tyler-v2"]),
    ("the captain with his cap on", CLAR, ["gerry-v3", "darrell-v1", "haddock-v1"]),
    ("that character i got for tyler, on a birthday cake", CLAR, ["mario-v1", "luigi-v1", "stitch-v1"]),
    # ---------------- none ----------------
    ("a bottle of pop on the counter", NONE, []),
    ("haddock and chips in a basket", NONE, []),
    ("a pike fish in a pond", NONE, []),
    ("an old bosun blowin his whistle on a navy ship", NONE, []),
    ("scrunchions fryin in the pan for fish n brewis", NONE, []),
    ("puffins on the cliffs at witless bay", NONE, []),
    ("a humpback breachin", NONE, []),
    ("an iceberg off cape spear", NONE, []),
    ("a golden retriever on the beach", NONE, []),
    ("a calico cat on a windowsill", NONE, []),
    ("a brand new black pickup", NONE, []),
    ("a plate of jiggs dinner", NONE, []),
    ("a moose on the highway at night", NONE, []),
    ("northern lights over the bay", NONE, []),
    ("a cooked lobster on a plate w butter", NONE, []),
    ("a bottle of screech on the table", NONE, []),
    ("a grey mullet fish on ice", NONE, []),
    ("close up of knittin stitches", NONE, []),
    ("the old cracked lino on a kitchen floor", NONE, []),
    ("an old red barn in a field", NONE, []),
    ("a can of beans in pop art", NONE, []),
    ("a mummer in a lace veil at the door", NONE, []),
    ("seagulls fightin over a french fry", NONE, []),
    ("a kitchen party with a accordion", NONE, []),
    ("the basilica in town", NONE, []),
    ("a dory pulled up on the beach", NONE, []),
    ("a skipper butterfly on a flower", NONE, []),
    ("a row of jellybean houses downtown", NONE, []),
    ("a cup of tea an a tin of purity crackers", NONE, []),
    ("a red fox in the snow", NONE, []),
    ("a couple of ugly christmas sweaters", NONE, []),
    ("a captain's hat hangin on a hook", NONE, []),
    # ---------------- multi ----------------
    ("me in me oil gear", MULTI, ["gerry-v3", "oilskins-v2"]),
    ("the missus in a big wool sweater", MULTI, ["brenda-v2", "aran-v1"]),
    ("jo with her hair in two braids", MULTI, ["jolene-v2", "braids-v1"]),
    ("me with a mullet", MULTI, ["gerry-v3", "mullet-v1"]),
    ("kyle gettin screeched in", MULTI, ["kyle-v2", "screech-v1"]),
    ("tyler on the quad", MULTI, ["tyler-v2", "atv-v1"]),
    ("darrell holdin up a big cod", MULTI, ["darrell-v1", "catch-v1"]),
    ("nan playin the ugly stick", MULTI, ["rita-v2", "uglystick-v1"]),
    ("me and the missus dancin at a time", MULTI, ["gerry-v3", "brenda-v2"]),
    ("bosun and murphy playin together", MULTI, ["bosun-v3", "murphy-v1"]),
    ("all three youngsters on the wharf", MULTI, ["kyle-v2", "jolene-v2", "tyler-v2"]),
    ("me two sons havin a scuffle", MULTI, ["kyle-v2", "tyler-v2"]),
    ("me and darrell", MULTI, ["gerry-v3", "darrell-v1"]),
    ("bosun in anime style", MULTI, ["bosun-v3", "anime-v1"]),
    ("the takeout in that folk art style", MULTI, ["takeout-v2", "folk-v2"]),
    ("the house as a old postcard", MULTI, ["house-v2", "postcard-v1"]),
    ("the boat as a lino print", MULTI, ["brendalynn-v2", "lino-v1"]),
    ("tyler as a 8 bit video game guy", MULTI, ["tyler-v2", "pixel-v1"]),
    ("percy in comic book style", MULTI, ["percy-v2", "comic-v1"]),
    ("scrunch and bosun asleep together", MULTI, ["scrunch-v1", "bosun-v3"]),
    ("mario and luigi on the wharf", MULTI, ["mario-v1", "luigi-v1"]),
    ("tyler and stitch", MULTI, ["tyler-v2", "stitch-v1"]),
    ("jo huggin percy", MULTI, ["jolene-v2", "percy-v2"]),
    ("the missus on the brenda lynn", MULTI, ["brenda-v2", "brendalynn-v2"]),
    ("our fish n chips box done in the harbour watercolour look", MULTI, ["chipbox-v2", "hwc-v2"]),
    ("nan in her rockin chair, anime style", MULTI, ["rita-v2", "anime-v1"]),
    ("jo wearin the tour hoodie", MULTI, ["jolene-v2", "hoodie-v1"]),
    ("me in the tour hoodie", MULTI, ["gerry-v3", "hoodie-v1"]),
    ("the missus in the yellow oilskins, 8 bit style", MULTI, ["brenda-v2", "oilskins-v2", "pixel-v1"]),
    ("the missus and the youngsters, youse all together", MULTI, ["brenda-v2", "kyle-v2", "jolene-v2", "tyler-v2"]),
    ("pop on the skidoo", MULTI, ["cyril-v1", "skidoo-v1"]),
    ("pop holdin a lobster pot", MULTI, ["cyril-v1", "lobstertrap-v1"]),
    ("pop splittin wood, pencil sketch", MULTI, ["cyril-v1", "sketch-v1"]),
    ("me back in the beard days on the skidoo", MULTI, ["gerry-v1", "skidoo-v1"]),
    ("kyle at his communion, pencil drawin", MULTI, ["kyle-v1", "sketch-v1"]),
    ("nan and pop at nan's 70th", MULTI, ["rita-v1", "cyril-v1"]),
    ("the takeout from before the reno in a hooked mat look", MULTI, ["takeout-v1", "hookmat-v1"]),
    ("the old green house in thick oil paint", MULTI, ["house-v1", "impasto-v1"]),
    ("captain haddock and pop havin a yarn", MULTI, ["haddock-v1", "cyril-v1"]),
    ("captain haddock haulin a lobster pot", MULTI, ["haddock-v1", "lobstertrap-v1"]),
    ("bosun as a pup done in the first harbour watercolour", MULTI, ["bosun-v1", "hwc-v1"]),
    ("old red in pencil sketch", MULTI, ["oldred-v1", "sketch-v1"]),
    ("tyler in his lobster costume holdin a lobster pot", MULTI, ["tyler-v1", "lobstertrap-v1"]),
]


def main():
    ids = {c["id"] for c in CARDS}
    for p, e, g in CASES:
        assert all(x in ids for x in g), (p, g)
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}) + "\n")
    counts = {e: sum(1 for c in CASES if c[1] == e) for e in (SEL, CLAR, NONE, MULTI)}
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families; {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
