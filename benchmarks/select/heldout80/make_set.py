#!/usr/bin/env python3
"""Blind held-out selection set heldout80: Gethin Pritchard's repository (hill farm above Bala).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, X = "sd15", "sdxl"

CARDS = [
    # --- the owner ---
    card("gethin-v1", "Gethin", "ohwx man", "man", "subject", "gethin", 1, "1999-07-17",
         "Me, Gethin Pritchard, at 25 on our wedding day at Capel Tegid in Bala: grey morning suit, "
         "white rose buttonhole, dark curly hair, clean shaven.",
         ["person", "man", "wedding", "groom", "suit"], S),
    card("gethin-v2", "Gethin", "ohwx man", "man", "subject", "gethin", 2, "2016-08-20",
         "Me at 42 at Sioe Meirionnydd (the Merioneth show) the year my Welsh Mountain ram took "
         "champion: flat cap, tweed jacket, red rosette, clean shaven and greying at the temples.",
         ["person", "man", "show", "rosette", "flat cap", "tweed"], S),
    card("gethin-v3", "Gethin", "ohwx man", "man", "subject", "gethin", 3, "2025-04-12",
         "Me at 51 with the full grey beard I grew after dad passed: waxed jacket, green wellies, "
         "hazel crook in my hand.",
         ["person", "man", "beard", "farmer", "wax jacket"], X),
    # --- family ---
    card("sian-v1", "Siân", "sks woman", "woman", "subject", "sian", 1, "2003-06-02",
         "My wife Siân, seven months pregnant with our Rhys, in the garden at Cefn Du: long red "
         "hair, blue smock dress.",
         ["person", "woman", "pregnant", "red hair", "long hair"], S),
    card("sian-v2", "Siân", "sks woman", "woman", "subject", "sian", 2, "2024-10-05",
         "My wife Siân at 49, after she had her long hair cut into a short grey-streaked bob: "
         "reading glasses on a chain, Cefn Du fleece.",
         ["person", "woman", "bob", "short hair", "glasses"], X),
    card("rhys-v1", "Rhys", "r1ys boy", "boy", "subject", "rhys", 1, "2012-03-01",
         "Our son Rhys at 9 on St David's Day at school, in his red Wales rugby shirt: gap-toothed "
         "grin, muddy knees.",
         ["person", "boy", "child", "st davids day", "school"], S),
    card("rhys-v2", "Rhys", "r1ys man", "man", "subject", "rhys", 2, "2024-07-06",
         "Our Rhys at 21 on his graduation day from Glynllifon agricultural college: cap and gown "
         "over a checked shirt, sandy stubble, big grin.",
         ["person", "man", "young man", "graduation", "stubble"], X),
    card("lowri-v1", "Lowri", "l0wri woman", "woman", "subject", "lowri", 1, "2026-09-19",
         "Our Rhys's wife Lowri, expecting our first grandchild, at the Young Farmers' harvest "
         "dance: long dark plait, yellow dress.",
         ["person", "woman", "pregnant", "plait", "yellow dress"], X),
    card("ffion-v1", "Ffion", "ff10n girl", "girl", "subject", "ffion", 1, "2019-09-09",
         "Our daughter Ffion at 14 in her Ysgol y Berwyn school jumper: braces on her teeth, high "
         "ponytail.",
         ["person", "girl", "teenager", "school uniform", "braces", "ponytail"], S),
    card("ffion-v2", "Ffion", "ff10n woman", "woman", "subject", "ffion", 2, "2025-10-11",
         "Our Ffion at 20, home from Aberystwyth uni: blue dyed hair, nose ring, oversized uni "
         "hoodie.",
         ["person", "woman", "young woman", "blue hair", "student"], X),
    card("gwenda-v1", "Gwenda", "<gwenda>", "woman", "subject", "gwenda", 1, "2011-05-08",
         "My mam Gwenda at 65 in her chapel Sunday best: permed brown hair, navy coat, silver "
         "brooch.",
         ["person", "woman", "older woman", "chapel", "perm"], S),
    card("gwenda-v2", "Gwenda", "<gwenda>", "woman", "subject", "gwenda", 2, "2026-02-14",
         "My mam Gwenda at her 80th birthday party in the village hall: white hair, pearls, "
         "walking stick, a big '80' badge.",
         ["person", "woman", "elderly woman", "birthday", "pearls"], X),
    card("emrys-v1", "Emrys", "emrys_pritchard", "man", "subject", "emrys", 1, "1988-06-10",
         "My late dad Emrys at 45, shearing in the yard at Cefn Du: bare arms, black curly hair, "
         "a cigarette behind his ear.",
         ["person", "man", "shearing", "1980s"], S),
    card("emrys-v2", "Emrys", "emrys_pritchard", "man", "subject", "emrys", 2, "2021-12-20",
         "My late dad Emrys at 78, his last winter before he passed in 2022: in his armchair by "
         "the Rayburn, flat cap, white stubble, mug of tea.",
         ["person", "man", "elderly man", "flat cap"], X),
    card("elin-v1", "Elin", "<nain-elin>", "woman", "subject", "elin", 1, "1978-05-01",
         "My nain, Elin (dad's mam), from the old 1970s photos: grey hair in a bun, flowered pinny, "
         "at the kitchen door of Cefn Du.",
         ["person", "woman", "elderly woman", "pinny", "1970s"], S),
    card("ifan-v1", "Ifan", "<taid-ifan>", "man", "subject", "ifan", 1, "1976-09-03",
         "My taid, Ifan (dad's dad), from the old photos: flat cap, pipe, waistcoat, leaning on "
         "his stick with the flock behind him.",
         ["person", "man", "elderly man", "pipe", "1970s"], S),
    card("carys-v1", "Carys", "c4rys woman", "woman", "subject", "carys", 1, "2015-06-20",
         "My sister Carys at 38, long blonde hair, in her walking gear on top of Aran Benllyn.",
         ["person", "woman", "blonde", "long hair", "hiking"], S),
    card("carys-v2", "Carys", "c4rys woman", "woman", "subject", "carys", 2, "2024-05-04",
         "My sister Carys at 47, who runs the holiday let: pink pixie cut, striped apron, holding "
         "a welcome hamper.",
         ["person", "woman", "pixie cut", "pink hair", "apron"], X),
    # --- places ---
    card("cefndu-v1", "Cefn Du", "cefndu_house", "farmhouse", "subject", "cefndu", 1, "2019-11-02",
         "Our farmhouse, Cefn Du, before the new roof: old stone walls, sagging mossy slate roof "
         "with a tarp over one corner, green front door.",
         ["place", "house", "farmhouse", "stone", "old roof"], S),
    card("cefndu-v2", "Cefn Du", "cefndu_house", "farmhouse", "subject", "cefndu", 2, "2024-09-14",
         "Cefn Du, our farmhouse, after the new roof went on in 2024: fresh Welsh slate, new "
         "guttering, same green front door, the hills behind.",
         ["place", "house", "farmhouse", "stone", "new roof"], X),
    card("bwthyn-v1", "Bwthyn y Llyn", "<bwthyn-llyn>", "cottage", "subject", "bwthyn", 1,
         "2022-04-09",
         "Bwthyn y Llyn, the holiday let my sister Carys runs: a converted stone barn with a red "
         "door, a hot tub on the decking and a view down to the water.",
         ["place", "cottage", "holiday let", "barn conversion", "hot tub"], X),
    card("llyntegid-v1", "Llyn Tegid", "llyntegid_view", "lake", "subject", "llyntegid", 1,
         "2023-08-01",
         "Llyn Tegid (Bala Lake) the way we see it from our top field: long grey lake, the Arans "
         "behind, Bala town at the far end.",
         ["place", "lake", "landscape", "mountains"], X),
    # --- the business ---
    card("label-v1", "Cig Oen Cefn Du label", "cefndu_label", "label", "subject", "cefndu-label", 1,
         "2018-03-10",
         "Our lamb brand's first label, Cig Oen Cefn Du (Cefn Du Lamb): cream paper, a green "
         "hand-drawn sheep and curly lettering, drawn by Siân at the kitchen table.",
         ["brand", "label", "packaging", "logo", "lamb"], S),
    card("label-v2", "Cig Oen Cefn Du label", "cefndu_label", "label", "subject", "cefndu-label", 2,
         "2025-02-20",
         "Our Cefn Du Lamb label after the 2025 redesign: matt black, gold ram's-head logo, clean "
         "modern lettering.",
         ["brand", "label", "packaging", "logo", "lamb"], X),
    card("lambbox-v1", "Cefn Du lamb box", "<cefndu-box>", "box", "subject", "lambbox", 1,
         "2021-06-01",
         "Our lamb box, the cardboard box we send half-lambs out in: kraft brown, green Cefn Du "
         "stamp, tied with string.",
         ["brand", "box", "packaging", "delivery"], S),
    card("defi-v1", "Defi", "defi_ram", "cartoon ram", "subject", "defi", 1, "2019-05-01",
         "Defi, our farm mascot as first drawn: a cartoon Welsh Mountain ram with curly horns and "
         "a daffodil in his mouth.",
         ["mascot", "cartoon", "ram", "character"], S),
    card("defi-v2", "Defi", "defi_ram", "cartoon ram", "subject", "defi", 2, "2025-02-20",
         "Defi, our farm mascot redrawn in 2025 to go with the new label: chunky black-and-gold "
         "cartoon ram in a red scarf.",
         ["mascot", "cartoon", "ram", "character"], X),
    # --- animals ---
    card("fly-v1", "Fly", "sks dog", "dog", "subject", "fly", 1, "2018-05-12",
         "Fly, our border collie, as a pup: black and white, one ear up and one down, white blaze "
         "down her face.",
         ["pet", "dog", "border collie", "puppy", "sheepdog"], S),
    card("fly-v2", "Fly", "sks dog", "dog", "subject", "fly", 2, "2024-06-01",
         "Fly, our border collie bitch, grown: black and white with a white blaze, one ear up, "
         "working the ewes on the hill.",
         ["pet", "dog", "border collie", "sheepdog"], X),
    card("moss-v1", "Moss", "<moss-collie>", "dog", "subject", "moss", 1, "2024-07-10",
         "Moss, Dai Tŷ Uchaf's collie from the farm next door: near enough Fly's double, black and "
         "white with one ear up, but no blaze and a white tip to his tail.",
         ["dog", "border collie", "sheepdog"], X),
    card("pws-v1", "Pws", "pws_cat", "cat", "subject", "pws", 1, "2020-01-15",
         "Pws, our ginger farm cat who lives in the hay barn, one torn ear.",
         ["pet", "cat", "ginger", "farm cat"], S),
    # --- vehicles ---
    card("quad-v1", "the quad", "<cefndu-quad>", "quad bike", "subject", "quad", 1, "2022-03-03",
         "Our red Honda quad bike with the dog box on the back and a bale of haylage strapped on.",
         ["vehicle", "quad bike", "atv", "red"], X),
    card("fergie-v1", "Fergie", "mf135_fergie", "tractor", "subject", "fergie", 1, "2015-10-10",
         "Fergie, our old Massey Ferguson 135 that was taid's, before I restored it: faded red, "
         "rust on the bonnet, a flat tyre.",
         ["vehicle", "tractor", "massey ferguson", "rusty"], S),
    card("fergie-v2", "Fergie", "mf135_fergie", "tractor", "subject", "fergie", 2, "2023-05-20",
         "Fergie, our Massey Ferguson 135, after I restored her over the winter: fresh red paint, "
         "grey wheels, new tyres.",
         ["vehicle", "tractor", "massey ferguson", "restored"], X),
    # --- downloaded characters (Civitai) ---
    card("shaun-v1", "Shaun the Sheep", "shaun_the_sheep", "sheep", "subject", "shaun", 1,
         "2023-02-01",
         "Shaun the Sheep, the claymation sheep from the Aardman show: white fleece tuft on his "
         "head, black face and legs. Downloaded from Civitai.",
         ["character", "cartoon", "claymation", "sheep", "aardman"], S),
    card("timmy-v1", "Timmy", "timmy_time", "lamb", "subject", "timmy", 1, "2023-02-01",
         "Timmy, the little lamb from Shaun the Sheep and Timmy Time: small white fleece, black "
         "face, dummy in his mouth. Downloaded from Civitai.",
         ["character", "cartoon", "claymation", "lamb", "aardman"], S),
    card("firemansam-v1", "Fireman Sam", "fireman_sam", "fireman", "subject", "firemansam", 1,
         "2022-11-05",
         "Fireman Sam from Pontypandy, the Welsh children's cartoon: yellow helmet, navy uniform, "
         "ginger hair. Downloaded from Civitai.",
         ["character", "cartoon", "fireman"], S),
    card("superted-v1", "SuperTed", "superted", "teddy bear", "subject", "superted", 1,
         "2023-03-10",
         "SuperTed, the teddy bear superhero from the old Welsh cartoon: brown bear in a red "
         "flying suit with a yellow belt. Downloaded from Civitai.",
         ["character", "cartoon", "teddy bear", "superhero"], S),
    card("geralt-v1", "Geralt", "geralt_of_rivia", "man", "subject", "geralt", 1, "2021-04-02",
         "Geralt of Rivia as in The Witcher 3 game: white hair in a ponytail, scarred face, yellow "
         "cat eyes, two swords on his back. Downloaded from Civitai.",
         ["character", "game", "witcher", "swordsman"], S),
    card("geralt-v2", "Geralt", "geralt_of_rivia", "man", "subject", "geralt", 2, "2024-01-15",
         "Geralt of Rivia as in the Netflix Witcher series: long straight white hair, black "
         "leather armour, yellow eyes. Downloaded from Civitai.",
         ["character", "tv", "witcher", "swordsman"], X),
    # --- styles ---
    card("kyffin-v1", "Kyffin", "kyffin_style", "painting", "style", "kyffin", 1, "2022-01-10",
         "Thick palette-knife oil landscapes in the manner of Kyffin Williams: dark Snowdonia "
         "mountains, heavy impasto, grey skies, small farmhouses.",
         ["style", "oil painting", "impasto", "landscape", "welsh art"], S),
    card("kyffin-v2", "Kyffin", "kyffin_style", "painting", "style", "kyffin", 2, "2025-01-18",
         "Kyffin Williams palette-knife oil style retrained for XL: chunky impasto, moody Welsh "
         "hills, farmers and their dogs.",
         ["style", "oil painting", "impasto", "landscape", "welsh art"], X),
    card("oldmaster-v1", "Old Master", "0ldm4ster", "painting", "style", "oldmaster", 1,
         "2024-03-03",
         "Dutch Golden Age oil portrait style: Rembrandt lighting, dark brown background, glazed "
         "skin tones, cracked varnish.",
         ["style", "oil painting", "portrait", "classical"], X),
    card("wetwash-v1", "Wet Wash", "<wetwash>", "painting", "style", "wetwash", 1, "2023-06-06",
         "Loose wet-on-wet watercolour: soft bleeding edges, white paper showing through.",
         ["style", "watercolour", "painting", "loose"], X),
    card("pixel-v1", "16-Bit", "pixelart_16bit", "pixel art", "style", "pixel", 1, "2022-08-08",
         "16-bit pixel art like the old SNES games: limited palette, crisp square pixels.",
         ["style", "pixel art", "retro", "video game"], S),
    card("ghibli-v1", "Ghibli", "ghibli_style", "illustration", "style", "ghibli", 1, "2024-05-05",
         "Studio Ghibli-style anime: soft painted backgrounds, big summer skies, gentle "
         "hand-drawn characters.",
         ["style", "anime", "animation", "illustration"], X),
    card("lino-v1", "Lino", "l1nocut", "print", "style", "lino", 1, "2023-11-11",
         "Linocut print style: bold black carved lines and one or two flat colours, like the "
         "prints at the craft fair.",
         ["style", "linocut", "printmaking", "block print"], X),
    card("railposter-v1", "Railway Poster", "<rail-poster>", "poster", "style", "railposter", 1,
         "2022-09-09",
         "1930s railway travel poster style: flat bold colours, big skies, art deco space for "
         "lettering at the bottom.",
         ["style", "poster", "vintage", "art deco", "travel poster"], S),
    card("charcoal-v1", "Charcoal", "charcoal_sketch", "drawing", "style", "charcoal", 1,
         "2021-10-10",
         "Rough charcoal sketch on grey paper: smudged shading, loose lines.",
         ["style", "charcoal", "sketch", "drawing", "monochrome"], S),
    card("chapelglass-v1", "Chapel Glass", "stndglss", "stained glass", "style", "chapelglass", 1,
         "2022-12-12",
         "Stained glass window style like the chapel windows: black leaded lines, jewel colours, "
         "light shining through.",
         ["style", "stained glass", "window", "religious"], S),
    card("slate-v1", "Slate", "<slate-grade>", "photo", "style", "slate", 1, "2025-06-06",
         "Moody slate-grey photo grade: desaturated blues and greys, low cloud, wet stone, like a "
         "drizzly day in Blaenau.",
         ["style", "photo", "colour grade", "moody", "desaturated"], X),
    # --- concepts ---
    card("gwisg-v1", "Welsh Costume", "gwisg_gymreig", "costume", "concept", "gwisg", 1,
         "2024-02-28",
         "Traditional Welsh costume: tall black stovepipe hat over a white lace cap, red flannel "
         "shawl, checked apron.",
         ["concept", "clothing", "costume", "traditional", "hat"], X),
    card("rugbykit-v1", "Wales Jersey", "wales_rugby_kit", "rugby kit", "concept", "rugbykit", 1,
         "2023-02-05",
         "Red Wales rugby jersey with the three feathers badge, white shorts, red socks.",
         ["concept", "clothing", "sportswear", "rugby"], X),
    card("mullet-v1", "Mullet", "mull3t", "hairstyle", "concept", "mullet", 1, "2024-08-08",
         "Mullet hairstyle: short on top and at the sides, long at the back.",
         ["concept", "hairstyle", "hair", "retro"], X),
    card("gatelean-v1", "Gate Lean", "leaning_on_gate", "pose", "concept", "gatelean", 1,
         "2025-05-05",
         "Pose: forearms resting on a five-bar field gate, looking out over it, one boot up on the "
         "bottom bar.",
         ["concept", "pose", "gate", "rural"], X),
    card("herolanding-v1", "Hero Landing", "superhero_landing", "pose", "concept", "herolanding", 1,
         "2022-05-05",
         "Pose: superhero landing, one knee and one fist on the ground, the other arm out behind.",
         ["concept", "pose", "action", "dynamic"], S),
    card("narrowgauge-v1", "Narrow Gauge", "<narrowgauge>", "steam train", "concept",
         "narrowgauge", 1, "2022-07-07",
         "Vehicle: a small narrow-gauge steam locomotive pulling open carriages, puffing white "
         "steam.",
         ["concept", "vehicle", "train", "locomotive", "steam"], S),
    card("lovespoon-v1", "Lovespoon", "llwy_garu", "lovespoon", "concept", "lovespoon", 1,
         "2024-12-01",
         "Prop: a carved wooden Welsh lovespoon with hearts, knots and a chain, held in the hands.",
         ["concept", "prop", "woodcarving", "welsh"], X),
    card("xmasjumper-v1", "Christmas Jumper", "xmas_jumper", "jumper", "concept", "xmasjumper", 1,
         "2023-12-01",
         "Clothing: a chunky knitted Christmas jumper with reindeer and snowflakes.",
         ["concept", "clothing", "knitwear", "christmas"], X),
]

SELECT = [
    # the owner
    ("me stood by the land rover in the rain", "gethin-v3"),
    ("me on our wedding day outside the chapel", "gethin-v1"),
    ("me at the show with the champion ram, rosette an all", "gethin-v2"),
    ("me with the beard now, stood in the yard", "gethin-v3"),
    ("me back in 99 all dressed up, young and daft", "gethin-v1"),
    ("me in 2016 when the ram won at the sioe", "gethin-v2"),
    ("me having a panad in the kitchen", "gethin-v3"),
    ("myself before the beard, flat cap and tweed, at the merioneth show", "gethin-v2"),
    ("me in the wax jacket with the crook, counting ewes", "gethin-v3"),
    ("the groom pic of me, 25 and skinny as a rake", "gethin-v1"),
    # the missus
    ("the missus in the garden with a glass of wine", "sian-v2"),
    ("sian when she was expecting our rhys", "sian-v1"),
    ("cariad with her new short hair reading by the fire", "sian-v2"),
    ("the wife with her long red hair back in 2003", "sian-v1"),
    ("sian feeding the pet lambs", "sian-v2"),
    ("sain before she had the bob done", "sian-v1"),
    ("the redhead in the blue smock dress", "sian-v1"),
    # rhys
    ("our rhys at his graduation", "rhys-v2"),
    ("rhys bach when he was about 9, gap teeth an all", "rhys-v1"),
    ("our rhys shearing in the shed", "rhys-v2"),
    ("the boy on st davids day when he was little", "rhys-v1"),
    ("our rhys with his stubble at the young farmers do", "rhys-v2"),
    # lowri
    ("lowri and the bump at the harvest dance", "lowri-v1"),
    ("rhys's missus lowri in her yellow dress", "lowri-v1"),
    ("our daughter in law picking blackberries", "lowri-v1"),
    # ffion
    ("ffi with her blue hair", "ffion-v2"),
    ("our ffion at 14 with her braces", "ffion-v1"),
    ("ffion home from aber", "ffion-v2"),
    ("our girl in her school jumper with the ponytail", "ffion-v1"),
    ("our ffi at the eisteddfod", "ffion-v2"),
    ("the girl with the nose ring", "ffion-v2"),
    ("ffion seven year back in her berwyn uniform", "ffion-v1"),
    # mam
    ("mam at her 80th with the pearls", "gwenda-v2"),
    ("mam in her chapel coat back in 2011", "gwenda-v1"),
    ("mam making bara brith", "gwenda-v2"),
    ("mam when she still had the perm", "gwenda-v1"),
    ("gwenda at 80 cutting the cake", "gwenda-v2"),
    # dad
    ("dad shearing in the yard when he was young", "emrys-v1"),
    ("dad by the rayburn, god rest him", "emrys-v2"),
    ("my late father in his flat cap", "emrys-v2"),
    ("dad in the eighties with the fag behind his ear", "emrys-v1"),
    ("dad at the mart with a pen of lambs", "emrys-v2"),
    ("the old man shearing, 1988", "emrys-v1"),
    # nain and taid
    ("nain at the kitchen door in her pinny", "elin-v1"),
    ("taid with his pipe", "ifan-v1"),
    ("nain elin feeding the hens", "elin-v1"),
    ("old ifan, my taid, in the top field", "ifan-v1"),
    # carys
    ("our carys with the pink hair", "carys-v2"),
    ("my sister up aran benllyn with her long blonde hair, 2015", "carys-v1"),
    ("carys handing a hamper to the guests", "carys-v2"),
    ("sis before she cut her hair short", "carys-v1"),
    # places
    ("the farmhouse with the new roof in the snow", "cefndu-v2"),
    ("cefn du before the roof was done, tarp an all", "cefndu-v1"),
    ("our house at dusk with the lights on", "cefndu-v2"),
    ("carys's holiday let with the hot tub", "bwthyn-v1"),
    ("bwthyn y llyn in spring", "bwthyn-v1"),
    ("llyn tegid from the top field at sunrise", "llyntegid-v1"),
    ("bala lake with the arans behind", "llyntegid-v1"),
    ("the old house with the mossy roof, 2019", "cefndu-v1"),
    ("the house in the snow", "cefndu-v2"),
    # the business
    ("the lamb label, the new black and gold one", "label-v2"),
    ("the old cig oen label sian drew", "label-v1"),
    ("our label on a packet of lamb chops in a butchers window", "label-v2"),
    ("the lamb box on the doorstep", "lambbox-v1"),
    ("defi the ram waving", "defi-v2"),
    ("old defi with the daffodil in his gob", "defi-v1"),
    ("the farm mascot on a tshirt", "defi-v2"),
    ("our mascot the way he looked before the redesign", "defi-v1"),
    ("the label from before the redesign, on a table", "label-v1"),
    # animals
    ("fly rounding up the ewes", "fly-v2"),
    ("fly as a pup with her ears all over the place", "fly-v1"),
    ("our collie lying on the hill", "fly-v2"),
    ("dai's dog moss on the wall", "moss-v1"),
    ("moss from next door with the white tip on his tail", "moss-v1"),
    ("pws in the hay barn", "pws-v1"),
    ("the ginger cat with the torn ear", "pws-v1"),
    ("fly when she was a puppy in 2018", "fly-v1"),
    ("the dog asleep by the rayburn", "fly-v2"),
    ("dai ty uchaf's collie by the stile", "moss-v1"),
    ("the collie with the white blaze", "fly-v2"),
    # vehicles
    ("the quad with a bale on the back", "quad-v1"),
    ("our honda quad in the mud", "quad-v1"),
    ("fergie the tractor ploughing", "fergie-v2"),
    ("the massey before i did her up, all rust", "fergie-v1"),
    ("the old fergy after the restoration, shiny red", "fergie-v2"),
    # characters
    ("shaun the sheep in the snow", "shaun-v1"),
    ("timmy time with his dummy", "timmy-v1"),
    ("the little lamb from shaun the sheep", "timmy-v1"),
    ("fireman sam putting out a fire in a barn", "firemansam-v1"),
    ("fireman sam from pontypandy", "firemansam-v1"),
    ("superted flying over bala", "superted-v1"),
    ("the welsh cartoon teddy that flies", "superted-v1"),
    ("geralt of rivia in a tavern", "geralt-v2"),
    ("geralt from the game, witcher 3", "geralt-v1"),
    ("the witcher netflix one", "geralt-v2"),
    ("the witcher bloke with the white hair", "geralt-v2"),
    # styles
    ("a landscape in the kyffin style", "kyffin-v2"),
    ("kyffin williams painting of the arans", "kyffin-v2"),
    ("dark mountains done with the palette knife", "kyffin-v2"),
    ("the first kyffin one, mountains", "kyffin-v1"),
    ("rembrandt style portrait of an old farmer", "oldmaster-v1"),
    ("a sheep in watercolour", "wetwash-v1"),
    ("soft runny watercolor of a chapel", "wetwash-v1"),
    ("pixel art castle like the old nintendo", "pixel-v1"),
    ("16 bit sheep", "pixel-v1"),
    ("ghibli style valley with big clouds", "ghibli-v1"),
    ("anime like spirited away, a girl on a hill", "ghibli-v1"),
    ("lino print of a hare", "lino-v1"),
    ("old railway poster of barmouth", "railposter-v1"),
    ("1930s travel poster of snowdon", "railposter-v1"),
    ("charcoal sketch of a ram", "charcoal-v1"),
    ("smudgy charcoal drawing of an old barn", "charcoal-v1"),
    ("stained glass window of a shepherd", "chapelglass-v1"),
    ("like the chapel windows, a dove", "chapelglass-v1"),
    ("a grey drizzly moody photo of blaenau", "slate-v1"),
    ("the slate look, grey and moody, a harbour", "slate-v1"),
    # concepts
    ("a girl in the old welsh lady hat and shawl", "gwisg-v1"),
    ("woman dressed up for st davids day, tall black hat", "gwisg-v1"),
    ("a lad in a wales rugby shirt", "rugbykit-v1"),
    ("bloke with a proper 80s haircut, short front long back", "mullet-v1"),
    ("an old farmer leaning on a gate looking at his sheep", "gatelean-v1"),
    ("a superhero landing in a field", "herolanding-v1"),
    ("a little steam train puffing along", "narrowgauge-v1"),
    ("a carved love spoon on a table", "lovespoon-v1"),
    ("an xmas jumper with reindeer on a washing line", "xmasjumper-v1"),
]

CLARIFY = [
    ("the black and white collie with one ear up", ["fly-v2", "moss-v1"]),
    ("the sheepdog with the one ear up, in the heather", ["fly-v2", "moss-v1"]),
    ("the collie at the sheepdog trials, crouched down", ["fly-v2", "moss-v1"]),
    ("the aardman sheep eating grass", ["shaun-v1", "timmy-v1"]),
    ("the claymation sheep with the black face", ["shaun-v1", "timmy-v1"]),
    ("that sheep off the telly in the snow", ["shaun-v1", "timmy-v1"]),
    ("a ewe and lambs in oils", ["kyffin-v2", "oldmaster-v1"]),
    ("mam as an oil painting for her birthday", ["kyffin-v2", "oldmaster-v1"]),
    ("oil painting of the farmhouse", ["kyffin-v2", "oldmaster-v1"]),
    ("the hills above bala in oils", ["kyffin-v2", "oldmaster-v1"]),
    ("dad in oils, kyffin or the rembrandt one, not sure which", ["kyffin-v2", "oldmaster-v1"]),
    ("the one with the bump", ["sian-v2", "lowri-v1"]),
    ("her when she was expecting, in the sun", ["sian-v2", "lowri-v1"]),
    ("the pregnant one, for the baby card", ["sian-v2", "lowri-v1"]),
    ("our lamb packaging on a shop shelf", ["label-v2", "lambbox-v1"]),
    ("the lamb packaging with the cefn du name on, for the website", ["label-v2", "lambbox-v1"]),
    ("grandad in the yard", ["emrys-v2", "ifan-v1"]),
    ("grandad with his cap on", ["emrys-v2", "ifan-v1"]),
    ("granny with a cup of tea", ["gwenda-v2", "elin-v1"]),
    ("the old lady by the fire", ["gwenda-v2", "elin-v1"]),
    ("gran in the kitchen", ["gwenda-v2", "elin-v1"]),
    ("the kid in the school photo", ["rhys-v2", "ffion-v2"]),
    ("the little one in school uniform", ["rhys-v2", "ffion-v2"]),
    ("the welsh cartoon from when the kids were small", ["firemansam-v1", "superted-v1"]),
    ("that s4c cartoon, the welsh one, in the snow", ["firemansam-v1", "superted-v1"]),
    ("the farm as a print for the wall", ["lino-v1", "railposter-v1"]),
    ("her with the new haircut", ["sian-v2", "carys-v2"]),
    ("the stone house with the lake behind it", ["cefndu-v2", "bwthyn-v1"]),
    ("fly as a painting for above the fireplace", ["kyffin-v2", "oldmaster-v1", "wetwash-v1"]),
    ("the one who had her hair chopped short", ["sian-v2", "carys-v2"]),
]

NONE = [
    "a fly on the window",
    "moss growing on a dry stone wall",
    "charcoal bbq with sausages on",
    "a slate roof in the rain",
    "a kitchen with old lino on the floor",
    "a grilled grey mullet on a plate with lemon",
    "a border collie puppy",
    "a brand new yamaha quad in a showroom",
    "a john deere tractor in a field",
    "a farmhouse in tuscany",
    "a welsh mountain ram",
    "a ginger kitten in a basket",
    "sheep on a hillside in the mist",
    "a cup of tea and welsh cakes",
    "a lake with mountains at sunset in canada",
    "a fireman rescuing a cat from a tree",
    "a teddy bear on a bed",
    "an old man smoking a pipe on a bench in the park",
    "a pregnant woman doing yoga",
    "a wedding cake with flowers",
    "a cardboard box full of kittens",
    "a spoon of honey",
    "a modern train station in london at rush hour",
    "an old rusty gate in the fog",
    "a rugby ball in the mud",
    "a tidy sunset over the sea",
    "the sheep shed at lambing time",
    "a daffodil in a jam jar",
    "a hen on a fence post",
    "a pint of ale in a pub",
    "a bowl of cawl with bread",
    "a red dragon flag flying",
]

MULTI = [
    ("me and fly on the hill", ["gethin-v3", "fly-v2"]),
    ("me and the missus outside cefn du", ["gethin-v3", "sian-v2", "cefndu-v2"]),
    ("our rhys on the quad", ["rhys-v2", "quad-v1"]),
    ("ffi in a xmas jumper", ["ffion-v2", "xmasjumper-v1"]),
    ("mam in the welsh costume for st davids day", ["gwenda-v2", "gwisg-v1"]),
    ("our rhys with a mullet", ["rhys-v2", "mullet-v1"]),
    ("me leaning on the gate looking at the ewes", ["gethin-v3", "gatelean-v1"]),
    ("the kids on the beach at aberdaron", ["rhys-v2", "ffion-v2"]),
    ("rhys and lowri at the harvest dance", ["rhys-v2", "lowri-v1"]),
    ("sian holding a love spoon", ["sian-v2", "lovespoon-v1"]),
    ("the farmhouse in the kyffin style", ["cefndu-v2", "kyffin-v2"]),
    ("llyn tegid in watercolour", ["llyntegid-v1", "wetwash-v1"]),
    ("fly ghibli style running through the grass", ["fly-v2", "ghibli-v1"]),
    ("carys outside the holiday let", ["carys-v2", "bwthyn-v1"]),
    ("dad in the rembrandt style, for mam", ["emrys-v2", "oldmaster-v1"]),
    ("fergie the tractor as a lino print", ["fergie-v2", "lino-v1"]),
    ("the new label with defi on it", ["label-v2", "defi-v2"]),
    ("me in a wales rugby top watching the match", ["gethin-v3", "rugbykit-v1"]),
    ("moss and fly together on the yard wall", ["fly-v2", "moss-v1"]),
    ("geralt in a christmas jumper", ["geralt-v2", "xmasjumper-v1"]),
    ("me and rhys on the quad", ["gethin-v3", "rhys-v2", "quad-v1"]),
    ("mam with the kids", ["gwenda-v2", "rhys-v2", "ffion-v2"]),
    ("rhys and ffion with their taid", ["rhys-v2", "ffion-v2", "emrys-v2"]),
    ("ffion with a mullet lol", ["ffion-v2", "mullet-v1"]),
    ("the missus in the slate grade, moody like", ["sian-v2", "slate-v1"]),
    ("cefn du on a grey drizzly day in that slate look", ["cefndu-v2", "slate-v1"]),
    ("me on the fergie", ["gethin-v3", "fergie-v2"]),
    ("lowri with the lovespoon rhys made her", ["lowri-v1", "lovespoon-v1"]),
    ("carys in welsh costume welcoming guests", ["carys-v2", "gwisg-v1"]),
    ("defi the ram in a wales rugby kit", ["defi-v2", "rugbykit-v1"]),
    ("me in a xmas jumper by the rayburn", ["gethin-v3", "xmasjumper-v1"]),
    ("shaun the sheep in pixel art", ["shaun-v1", "pixel-v1"]),
    ("nain and taid together in charcoal", ["elin-v1", "ifan-v1", "charcoal-v1"]),
    ("taid in stained glass like a chapel window", ["ifan-v1", "chapelglass-v1"]),
    ("fireman sam doing a superhero landing", ["firemansam-v1", "herolanding-v1"]),
    ("superted on a 1930s railway poster", ["superted-v1", "railposter-v1"]),
    ("an old railway poster with a little steam train", ["narrowgauge-v1", "railposter-v1"]),
    ("fly as a pup in pixel art", ["fly-v1", "pixel-v1"]),
    ("dad shearing back in 88, charcoal sketch", ["emrys-v1", "charcoal-v1"]),
    ("me on my wedding day in stained glass", ["gethin-v1", "chapelglass-v1"]),
    ("the old label with the old defi on", ["label-v1", "defi-v1"]),
    ("geralt from the game doing the superhero landing", ["geralt-v1", "herolanding-v1"]),
    ("timmy and shaun together in the snow", ["shaun-v1", "timmy-v1"]),
]


def main():
    cases = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    cases += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    cases += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    cases += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    # interleave deterministically so expects are not in blocks
    order = sorted(range(len(cases)), key=lambda i: (i * 7919) % 1009)
    cases = [cases[i] for i in order]
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    print(f"{len(CARDS)} cards, {len(fams)} families, {len(cases)} cases")


if __name__ == "__main__":
    main()
