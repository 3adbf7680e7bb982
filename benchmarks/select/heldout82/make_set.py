#!/usr/bin/env python3
"""Held-out selection set 82: Máret Sara, reindeer herder near Kautokeino who sells duodji online.

Running this writes catalog.jsonl and cases.jsonl next to it. Cards and cases are literals;
gold follows shared/bench/score_select.py (select: the one meant card, newest unless cued;
clarify: newest version of each plausible family; none: []; multi: every meant card, one base).
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
    card("maret-v1", "Máret Sara", "ohwx woman", "woman", S, "maret", 1, "2023-02-18",
         "Me, Máret Sara, on our wedding day in Kautokeino in 2009, 27 years old: blue Guovdageaidnu "
         "gákti with the silk wedding shawl and silver brooches, long dark hair in one braid.",
         ["person", "woman", "wedding", "bride", "gakti", "braid"], "sd15"),
    card("maret-v2", "Máret Sara", "ohwx woman", "woman", S, "maret", 2, "2024-06-03",
         "Me, Máret Sara, at 40 on the spring migration in 2022: red anorak, short bob haircut, "
         "sunburnt face, snow goggles pushed up on my forehead.",
         ["person", "woman", "migration", "anorak", "bob haircut"], "sd15"),
    card("maret-v3", "Máret Sara", "ohwx woman", "woman", S, "maret", 3, "2026-10-14",
         "Me, Máret Sara, at 44 this autumn: the new green and red gákti I sewed myself, reading "
         "glasses, a grey streak in my hair, standing at my duodji stall.",
         ["person", "woman", "gakti", "glasses", "duodji"], "sdxl"),
    # --- husband ---
    card("ante-v1", "Ánte", "zwx man", "man", S, "ante", 1, "2022-03-12",
         "My husband Ánte (Ánte Mikkel) at 45 with his big herder beard, blue gákti and black fur "
         "cap, at the Easter reindeer race in 2021.",
         ["person", "man", "beard", "gakti", "reindeer race"], "sd15"),
    card("ante-v2", "Ánte", "zwx man", "man", S, "ante", 2, "2025-09-20",
         "My husband Ánte at 48, after he shaved off the beard in 2025: only a moustache now, "
         "orange work jacket, earmarking knife on his belt, in the autumn corral.",
         ["person", "man", "moustache", "work jacket", "corral"], "sdxl"),
    # --- kids ---
    card("bigga-v1", "Bigga", "b1gga", "girl", S, "bigga", 1, "2021-06-10",
         "Our oldest daughter Biret-Ánne ('Bigga') at her confirmation in May 2021, age 15: her first "
         "own gákti, silk shawl, silver brooch, hair in a low bun.",
         ["person", "girl", "teen", "confirmation", "gakti"], "sd15"),
    card("bigga-v2", "Bigga", "b1gga", "young woman", S, "bigga", 2, "2025-11-02",
         "Our oldest daughter Bigga at 19 in Tromsø where she studies: dyed pink hair, nose ring, "
         "black puffer jacket.",
         ["person", "young woman", "pink hair", "student"], "sdxl"),
    card("issat-v1", "Issát", "1ss4t boy", "boy", S, "issat", 1, "2023-08-05",
         "Our son Issát at 12 in summer 2023: braces, messy fringe, football shirt, fishing by the river.",
         ["person", "boy", "braces", "fishing", "football shirt"], "sd15"),
    card("issat-v2", "Issát", "1ss4t boy", "teenage boy", S, "issat", 2, "2026-06-01",
         "Our son Issát at his confirmation in May 2026, age 15: his first own gákti with the silver "
         "belt, short side-parted hair, taller than me now.",
         ["person", "teen", "boy", "confirmation", "gakti"], "sdxl"),
    card("elle-v1", "Elle", "elle_little", "girl", S, "elle", 1, "2023-04-01",
         "Our youngest daughter Elle, the little one, at 4 in 2023: round cheeks, red snowsuit, "
         "pigtails, sitting in the pulk.",
         ["person", "child", "toddler", "snowsuit", "pigtails"], "sd15"),
    card("elle-v2", "Elle", "elle_little", "girl", S, "elle", 2, "2026-09-12",
         "Our youngest daughter Elle, the little one, at 7 this autumn: both front teeth missing, "
         "short fringe she cut herself, yellow raincoat.",
         ["person", "child", "missing teeth", "raincoat"], "sdxl"),
    # --- my side of the family ---
    card("eadni-v1", "Ravdna", "<ravdna>", "woman", S, "eadni", 1, "2022-10-30",
         "My eadni (mother) Ravdna, the kids' áhkku, at her 60th birthday in 2014: dark curly hair, "
         "red gákti, laughing at the table.",
         ["person", "woman", "birthday", "gakti", "curly hair"], "sd15"),
    card("eadni-v2", "Ravdna", "<ravdna>", "old woman", S, "eadni", 2, "2026-03-08",
         "My eadni (mother) Ravdna, the kids' áhkku, at 72: white hair in a bun, hearing aid, grey "
         "knitted cardigan, sewing at the kitchen window.",
         ["person", "old woman", "white hair", "sewing", "cardigan"], "sdxl"),
    card("ahkku-v1", "Elen", "<ahkku-elen>", "old woman", S, "ahkku", 1, "2025-02-14",
         "My áhkku (grandmother) Elen, 94, my eadni's mother: tiny and deeply wrinkled, black "
         "headscarf, sitting in her chair with her coffee cup.",
         ["person", "old woman", "headscarf", "coffee"], "sdxl"),
    card("ahcci-v1", "Juhán", "jvhn man", "man", S, "ahcci", 1, "2022-12-01",
         "My late áhčči (father) Juhán as a young herder in the 1980s, from old photos: thick black "
         "hair, lasso over his shoulder, blue gákti.",
         ["person", "man", "herder", "1980s", "lasso", "gakti"], "sd15"),
    card("ahcci-v2", "Juhán", "jvhn man", "old man", S, "ahcci", 2, "2024-11-10",
         "My late áhčči Juhán in 2018, his last winter: grey beard, four-winds hat, sitting on the "
         "snowmobile with a thermos. He died in 2019; the kids called him ádjá.",
         ["person", "old man", "grey beard", "winter", "thermos"], "sdxl"),
    card("mikkal-v1", "Mikkal", "mkkl man", "man", S, "mikkal", 1, "2023-09-02",
         "My little brother Mikkal on his wedding day in August 2023: blue gákti with the wedding "
         "scarf, clean shaven, big grin.",
         ["person", "man", "wedding", "groom", "gakti"], "sdxl"),
    card("mikkal-v2", "Mikkal", "mkkl man", "man", S, "mikkal", 2, "2026-02-20",
         "My little brother Mikkal now, guiding his snowmobile tours: black Arctic Tours suit, "
         "headlamp, frosty stubble.",
         ["person", "man", "guide", "snowmobile tours", "headlamp"], "sdxl"),
    card("sunna-v1", "Sunná", "snn woman", "woman", S, "sunna", 1, "2023-09-02",
         "My sister-in-law Sunná, Mikkal's wife, at their wedding in August 2023: red hair, bridal "
         "gákti with a long silk shawl.",
         ["person", "woman", "wedding", "bride", "red hair"], "sdxl"),
    card("sunna-v2", "Sunná", "snn woman", "woman", S, "sunna", 2, "2026-07-15",
         "My sister-in-law Sunná pregnant with their first baby, summer 2026: round belly, red hair "
         "in a ponytail, linen dress.",
         ["person", "woman", "pregnant", "red hair", "summer"], "sdxl"),
    # --- animals ---
    card("storm-v1", "Storm", "sks dog", "dog", S, "storm", 1, "2020-12-20",
         "Our reindeer dog Storm as a puppy in summer 2020: fluffy black Lapponian herder puppy with "
         "tan eyebrows.",
         ["pet", "dog", "puppy", "lapponian herder"], "sd15"),
    card("storm-v2", "Storm", "sks dog", "dog", S, "storm", 2, "2024-08-22",
         "Our reindeer dog Storm grown up: black Lapponian herder with tan eyebrows and legs, a white "
         "spot on his chest, red harness.",
         ["pet", "dog", "lapponian herder", "herding dog"], "sdxl"),
    card("lihkku-v1", "Lihkku", "lhku dog", "dog", S, "lihkku", 1, "2025-04-03",
         "Lihkku, our neighbour Piera's reindeer dog and Storm's look-alike: black Lapponian herder "
         "with tan markings, but no white chest spot, and a blue collar.",
         ["dog", "lapponian herder", "herding dog", "neighbour"], "sdxl"),
    card("ruksi-v1", "Ruksi", "<ruksi-heargi>", "reindeer", S, "ruksi", 1, "2025-03-22",
         "Ruksi, our tame draught reindeer (heargi): reddish-brown, big uneven antlers, brass bell "
         "on a leather collar.",
         ["animal", "reindeer", "draught reindeer", "bell"], "sdxl"),
    # --- vehicle and places ---
    card("lynx-v1", "Lynx", "lynx_ranger_69", "snowmobile", S, "lynx", 1, "2024-12-05",
         "Our snowmobile, the yellow Lynx 69 Ranger, with the luggage rack, the red sledge hitch "
         "and a scratched hood.",
         ["vehicle", "snowmobile", "scooter", "yellow"], "sdxl"),
    card("lavvu-v1", "Lávvu", "<our-lavvu>", "tent", S, "lavvu", 1, "2022-07-07",
         "Our lavvu at the summer pasture: canvas tent with a smoke-darkened top, birch poles, "
         "reindeer skins on the floor inside.",
         ["place", "tent", "lavvu", "summer pasture"], "sd15"),
    card("cabin-v1", "Hytta", "<hytta>", "cabin", S, "cabin", 1, "2022-05-14",
         "Our cabin by the lake before the extension: small red log cabin with one window and a "
         "turf roof.",
         ["place", "cabin", "log cabin", "turf roof"], "sd15"),
    card("cabin-v2", "Hytta", "<hytta>", "cabin", S, "cabin", 2, "2025-10-01",
         "Our cabin by the lake after the 2025 extension: red log cabin with a new glass porch and a "
         "second bedroom wing, turf roof.",
         ["place", "cabin", "log cabin", "extension", "glass porch"], "sdxl"),
    # --- the duodji business ---
    card("logo-v1", "Čuovga Duodji logo", "cuovga_logo", "logo", S, "logo", 1, "2020-03-01",
         "Our duodji shop's first logo: hand-drawn reindeer antler in brown ink with 'Čuovga Duodji' "
         "in a round stamp.",
         ["business", "logo", "brand", "duodji"], "sd15"),
    card("logo-v2", "Čuovga Duodji logo", "cuovga_logo", "logo", S, "logo", 2, "2025-05-10",
         "Our duodji shop's logo after the redesign: minimal sun symbol in red, blue, green and "
         "yellow with clean sans-serif 'ČUOVGA'.",
         ["business", "logo", "brand", "redesign"], "sdxl"),
    card("knife-v1", "Čuovga knife", "cvg_knife", "knife", S, "knife", 1, "2020-09-15",
         "Our Sámi knife from the shop, old design: curly birch handle, plain brown leather sheath.",
         ["business", "product", "knife", "duodji"], "sd15"),
    card("knife-v2", "Čuovga knife", "cvg_knife", "knife", S, "knife", 2, "2025-06-01",
         "Our Sámi knife after the product redesign: reindeer antler handle with engraved pattern, "
         "black leather sheath with an antler tip.",
         ["business", "product", "knife", "duodji", "antler"], "sdxl"),
    card("bracelet-v1", "Tin-thread bracelet", "tinnarmband", "bracelet", S, "bracelet", 1,
         "2020-11-20",
         "Our tin-thread bracelet, the shop's bestseller, old design: brown reindeer leather, tin "
         "thread embroidery, wooden button.",
         ["business", "product", "bracelet", "jewellery", "duodji"], "sd15"),
    card("bracelet-v2", "Tin-thread bracelet", "tinnarmband", "bracelet", S, "bracelet", 2,
         "2025-06-01",
         "Our tin-thread bracelet, the shop's bestseller, after the redesign: dark grey leather, "
         "braided tin thread, antler button clasp.",
         ["business", "product", "bracelet", "jewellery", "duodji"], "sdxl"),
    card("miessi-v1", "Miessi", "miessi_mascot", "cartoon reindeer calf", S, "miessi", 1,
         "2025-08-01",
         "Miessi, the mascot of our duodji shop: cartoon reindeer calf with huge eyes, tiny antler "
         "nubs and a red-blue-green scarf.",
         ["business", "mascot", "cartoon", "reindeer calf"], "sdxl"),
    # --- downloaded characters (Civitai) ---
    card("honeymaren-v1", "Honeymaren", "honeymaren_frozen2", "woman", S, "honeymaren", 1,
         "2024-01-20",
         "Honeymaren from Frozen 2 (Civitai download): Northuldra girl with a long dark braid, red "
         "and black tunic, kind smile.",
         ["character", "civitai", "frozen", "disney", "northuldra"], "sd15"),
    card("ryder-v1", "Ryder", "ryder_nattura", "young man", S, "ryder", 1, "2024-01-20",
         "Ryder from Frozen 2 (Civitai download): Honeymaren's brother, dark hair, round face, green "
         "Northuldra tunic, loves reindeer.",
         ["character", "civitai", "frozen", "disney", "northuldra"], "sd15"),
    card("elsa-v1", "Elsa", "elsa_frozen", "woman", S, "elsa", 1, "2025-02-01",
         "Elsa from Frozen (Civitai download): platinum blonde braid, sparkling ice-blue dress and "
         "cape, ice magic.",
         ["character", "civitai", "frozen", "disney", "queen"], "sdxl"),
    card("aloy-v1", "Aloy", "aloy_hzd", "woman", S, "aloy", 1, "2025-07-12",
         "Aloy from Horizon Zero Dawn (Civitai download): red braided hair, Nora leather armour, "
         "bow, the Focus at her temple.",
         ["character", "civitai", "game", "horizon", "archer"], "sdxl"),
    card("moomin-v1", "Moomintroll", "moomintroll", "creature", S, "moomin", 1, "2023-11-11",
         "Moomintroll from the Moomins (Civitai download): round white hippo-like troll with a big "
         "snout and small ears.",
         ["character", "civitai", "moomin", "cartoon"], "sd15"),
    # --- art styles ---
    card("savio-v1", "Savio Woodcut", "savio_woodcut", "woodcut print", ST, "savio", 1, "2024-10-10",
         "Black-and-white woodcut prints in the manner of John Savio: bold carved lines, reindeer, "
         "Sámi camps and northern lights.",
         ["style", "woodcut", "print", "black and white", "sami art"], "sdxl"),
    card("arcticwash-v1", "Arctic Wash", "arcticwash", "watercolor painting", ST, "arcticwash", 1,
         "2025-01-15",
         "Loose wet-on-wet watercolor landscapes: pale blue winter light, bleeding skies, tundra and "
         "birch.",
         ["style", "watercolor", "landscape", "painting"], "sdxl"),
    card("storybook-v1", "Storybook Watercolor", "stbk_wc", "watercolor illustration", ST,
         "storybook", 1, "2023-05-01",
         "Children's picture-book watercolor: thin ink outlines, soft pastel washes, cute rounded "
         "characters.",
         ["style", "watercolor", "illustration", "children's book"], "sd15"),
    card("storybook-v2", "Storybook Watercolor", "stbk_wc", "watercolor illustration", ST,
         "storybook", 2, "2025-12-01",
         "Children's picture-book watercolor, XL retrain: thin ink outlines, soft pastel washes, cute "
         "rounded characters.",
         ["style", "watercolor", "illustration", "children's book"], "sdxl"),
    card("ghibli-v1", "Ghibli Style", "ghibli_style", "anime illustration", ST, "ghibli", 1,
         "2023-03-20",
         "Studio Ghibli-like anime look: hand-painted backgrounds, soft clouds, warm light.",
         ["style", "anime", "ghibli", "cartoon"], "sd15"),
    card("pixel-v1", "Pixel Art XL", "pixel art", "pixel art", ST, "pixel", 1, "2024-04-04",
         "16-bit retro video game pixel art with a limited palette.",
         ["style", "pixel art", "retro", "game"], "sdxl"),
    card("portra-v1", "Portra Film", "p0rtr4 film", "photo", ST, "portra", 1, "2023-08-08",
         "Analog 35mm film photo look, Kodak Portra 400: warm skin tones, soft grain.",
         ["style", "photo", "film", "analog", "kodak"], "sd15"),
    card("portra-v2", "Portra Film", "p0rtr4 film", "photo", ST, "portra", 2, "2025-09-09",
         "Analog 35mm film photo look, Kodak Portra 400, XL version: warm skin tones, soft grain, "
         "light leaks.",
         ["style", "photo", "film", "analog", "kodak"], "sdxl"),
    card("rosemaling-v1", "Rosemaling", "<rosemaling>", "folk painting", ST, "rosemaling", 1,
         "2024-12-12",
         "Norwegian rosemaling folk painting: scrolling flowers and acanthus in red, blue and ochre "
         "on wood.",
         ["style", "folk art", "painting", "norwegian", "decorative"], "sdxl"),
    card("stitch-v1", "Cross Stitch", "xstitch_style", "embroidery", ST, "stitch", 1, "2023-12-01",
         "Cross-stitch embroidery look: x-stitches on aida cloth, visible threads.",
         ["style", "embroidery", "textile", "craft"], "sd15"),
    card("clay-v1", "Claymation", "claymation style", "clay figure", ST, "clay", 1, "2025-03-03",
         "Stop-motion plasticine look with fingerprints and soft studio lights.",
         ["style", "clay", "stop motion", "3d"], "sdxl"),
    card("poster-v1", "Vintage Travel Poster", "vtg_travel_poster", "poster", ST, "poster", 1,
         "2024-06-06",
         "1930s travel poster: flat colours, big bold lettering, dramatic mountains.",
         ["style", "poster", "vintage", "graphic"], "sdxl"),
    # --- concept LoRAs ---
    card("fourwinds-v1", "Four Winds Hat", "4winds_hat", "hat", C, "fourwinds", 1, "2025-01-25",
         "Clothing: Sámi four-winds hat (čiehpogahpir) with four points, blue with red and yellow "
         "bands.",
         ["concept", "clothing", "hat", "sami"], "sdxl"),
    card("lusekofte-v1", "Lusekofte", "lusekofte", "sweater", C, "lusekofte", 1, "2023-01-05",
         "Clothing: Norwegian lice-pattern knitted sweater (lusekofte), black and white with pewter "
         "clasps.",
         ["concept", "clothing", "sweater", "knitwear", "norwegian"], "sd15"),
    card("lusekofte-v2", "Lusekofte", "lusekofte", "sweater", C, "lusekofte", 2, "2025-11-20",
         "Clothing: Norwegian lice-pattern knitted sweater (lusekofte), black and white with pewter "
         "clasps; XL retrain.",
         ["concept", "clothing", "sweater", "knitwear", "norwegian"], "sdxl"),
    card("braids-v1", "Double Dutch Braids", "dbl_braids", "hairstyle", C, "braids", 1, "2023-06-15",
         "Hairstyle: two tight dutch braids running from the forehead to the neck.",
         ["concept", "hairstyle", "braids"], "sd15"),
    card("lasso-v1", "Lasso Throw", "lasso_throw_pose", "pose", C, "lasso", 1, "2025-08-30",
         "Pose: throwing a lasso (suohpan), arm raised, rope loop flying out.",
         ["concept", "pose", "lasso", "action"], "sdxl"),
    card("sled-v1", "Reindeer Sled", "geres_sled", "sled", C, "sled", 1, "2024-02-02",
         "Vehicle type: boat-shaped Sámi sled (geres) pulled by a reindeer.",
         ["concept", "vehicle", "sled", "reindeer"], "sdxl"),
    card("atv-v1", "Quad Bike", "atv_4x4", "ATV", C, "atv", 1, "2025-05-05",
         "Vehicle type: muddy 4x4 ATV with a cargo rack.",
         ["concept", "vehicle", "atv"], "sdxl"),
    card("kettle-v1", "Coffee Kettle", "kokekaffe_kettle", "kettle", C, "kettle", 1, "2023-10-10",
         "Prop: soot-blackened coffee kettle hanging over a campfire.",
         ["concept", "prop", "coffee", "campfire"], "sd15"),
]

SEL = [
    # me
    ("me at the duodji stall in my new gákti", "maret-v3"),
    ("make a picture of me on our wedding day, the blue gákti and the silk shawl", "maret-v1"),
    ("me on the spring migration with the snow goggles up on my forehead", "maret-v2"),
    ("portrait of me for the about page in the nettbutikk", "maret-v3"),
    ("me when i had the short hair, like 2022", "maret-v2"),
    ("me back in 2009 when we got married", "maret-v1"),
    ("myself sewing by the window with my reading glasses", "maret-v3"),
    # husband
    ("ánte fixing the fence at the corral", "ante-v2"),
    ("my husband with the big beard at the easter reindeer race", "ante-v1"),
    ("ante drinking coffee after work", "ante-v2"),
    ("ánte before he shaved, like 2021", "ante-v1"),
    ("my man in his orange jacket", "ante-v2"),
    # kids
    ("my oldest in tromsø at a cafe", "bigga-v2"),
    ("bigga with the pink hair", "bigga-v2"),
    ("bigga on her confirmation day", "bigga-v1"),
    ("biret-ánne when she was 15", "bigga-v1"),
    ("bigga graduating, cap and everything", "bigga-v2"),
    ("issát in his gákti at his confirmation", "issat-v2"),
    ("our son when he had braces", "issat-v1"),
    ("issat fishing by the river summer 2023", "issat-v1"),
    ("our boy driving the boat on the lake", "issat-v2"),
    ("issát, taller then me now lol", "issat-v2"),
    ("the little one in her yellow raincoat jumping in puddles", "elle-v2"),
    ("elle in the pulk when she was 4", "elle-v1"),
    ("the little one smiling with no front teeth", "elle-v2"),
    ("elle in the red snowsuit with pigtails", "elle-v1"),
    ("our youngest feeding a reindeer calf", "elle-v2"),
    # eadni, áhkku, áhčči
    ("eadni sewing at the kitchen window", "eadni-v2"),
    ("eadni at her 60th birthday", "eadni-v1"),
    ("my mother with her hearing aid, smiling", "eadni-v2"),
    ("the kids' áhkku baking gáhkku", "eadni-v2"),
    ("eadni when she still had the dark curly hair", "eadni-v1"),
    ("ravdna in her grey cardigan", "eadni-v2"),
    ("áhkku with her coffee in her chair", "ahkku-v1"),
    ("my grandmother with the black headscarf", "ahkku-v1"),
    ("ahkku elen, 94 years old", "ahkku-v1"),
    ("áhčči young with the lasso on his shoulder", "ahcci-v1"),
    ("my late father with his termos in the cold", "ahcci-v2"),
    ("the kids' ádjá smiling", "ahcci-v2"),
    ("áhčči in the 80s", "ahcci-v1"),
    ("juhán with his grey beard", "ahcci-v2"),
    # brother and sister-in-law
    ("my brother guiding tourists at night with his headlamp", "mikkal-v2"),
    ("mikkal at his wedding", "mikkal-v1"),
    ("my little brother in his black suit", "mikkal-v2"),
    ("mikkal the snowmobile guy", "mikkal-v2"),
    ("sunná with the baby belly", "sunna-v2"),
    ("my sister in law in her bridal gákti", "sunna-v1"),
    ("sunna in a linen dress, summer", "sunna-v2"),
    # animals
    ("storm herding the reindeer", "storm-v2"),
    ("storm when he was a puppy", "storm-v1"),
    ("our dog in his red harness", "storm-v2"),
    ("our reindeer dog sleeping by the stove", "storm-v2"),
    ("piera's dog sitting on the porch", "lihkku-v1"),
    ("lihkku chasing a snowball", "lihkku-v1"),
    ("the neighbours dog with the blue collar", "lihkku-v1"),
    ("ruksi with his bell", "ruksi-v1"),
    ("our tame reindeer standing in the birch", "ruksi-v1"),
    ("the heargi with the big crooked antlers", "ruksi-v1"),
    # vehicle, places
    ("our scooter in fresh snow", "lynx-v1"),
    ("the yellow lynx with the rack", "lynx-v1"),
    ("the snowmobile with the scratched hood", "lynx-v1"),
    ("our lavvu at the summer pasture", "lavvu-v1"),
    ("the lávvu with smoke coming out the top", "lavvu-v1"),
    ("hytta in the winter", "cabin-v2"),
    ("the cabin before we built on", "cabin-v1"),
    ("the cabin with the new glass porch", "cabin-v2"),
    ("our cabin by the lake in midnight sun", "cabin-v2"),
    # business
    ("our logo on white", "logo-v2"),
    ("the old logo with the antler", "logo-v1"),
    ("čuovga logo on a tote bag", "logo-v2"),
    ("our knife on a reindeer skin", "knife-v2"),
    ("the knife with the old birch handle", "knife-v1"),
    ("the tin thread bracelet on a wrist", "bracelet-v2"),
    ("our bestseller for the black friday ad", "bracelet-v2"),
    ("the old brown bracelet with the wooden button", "bracelet-v1"),
    ("miessi waving hello", "miessi-v1"),
    ("our mascot for the christmas card", "miessi-v1"),
    ("the shops cartoon calf", "miessi-v1"),
    # characters
    ("honeymaren by the campfire", "honeymaren-v1"),
    ("the northuldra girl with the dark braid", "honeymaren-v1"),
    ("ryder feeding the reindeer", "ryder-v1"),
    ("the boy from frozen 2", "ryder-v1"),
    ("honeymaren's brother", "ryder-v1"),
    ("elsa making snow", "elsa-v1"),
    ("the ice queen in the blue dress", "elsa-v1"),
    ("aloy with her bow", "aloy-v1"),
    ("the girl from horizon zero dawn", "aloy-v1"),
    ("moomin in the garden", "moomin-v1"),
    ("the white troll thing the kids love", "moomin-v1"),
    # styles
    ("northern lights over a siida camp in savio style", "savio-v1"),
    ("a woodcut of reindeer running", "savio-v1"),
    ("black and white carved print of a herder", "savio-v1"),
    ("tundra landscape, arcticwash", "arcticwash-v1"),
    ("wet on wet watercolour of winter birches, all bleeding together", "arcticwash-v1"),
    ("a kids book picture of a fox in the snow", "storybook-v2"),
    ("the first storybook watercolor lora, the old one", "storybook-v1"),
    ("soft pastel picture book style bear cub", "storybook-v2"),
    ("fox in ghibli style", "ghibli-v1"),
    ("mountains in that japanese anime look", "ghibli-v1"),
    ("pixel art reindeer", "pixel-v1"),
    ("16 bit game look of the tundra", "pixel-v1"),
    ("film photo of a campfire at night", "portra-v2"),
    ("analog film look, kodak, of a girl on a dock", "portra-v2"),
    ("the old portra one, a fjord at sunset", "portra-v1"),
    ("rosemaling pattern on a wooden box", "rosemaling-v1"),
    ("like the old norwegian painted flowers on a trunk", "rosemaling-v1"),
    ("a cross stitch reindeer", "stitch-v1"),
    ("embroidered look, flowers", "stitch-v1"),
    ("claymation reindeer", "clay-v1"),
    ("plasticine figures of a herder family", "clay-v1"),
    ("travel poster for kautokeino", "poster-v1"),
    ("an old 1930s poster of the north cape", "poster-v1"),
    # concepts
    ("a man throwing a lasso at a reindeer", "lasso-v1"),
    ("a herder swinging his rope to catch a reindeer", "lasso-v1"),
    ("a reindeer pulling a sled", "sled-v1"),
    ("the pulka pulled by reindeer in a race", "sled-v1"),
    ("a four winds hat on a table", "fourwinds-v1"),
    ("boy in a sámi hat with the four points", "fourwinds-v1"),
    ("a quad bike in the mud", "atv-v1"),
    ("a four wheeler on a mountain road", "atv-v1"),
    ("coffee kettle over the fire", "kettle-v1"),
    ("black coffee pot hanging over the bonfire", "kettle-v1"),
    ("a woman in a lusekofte", "lusekofte-v2"),
    ("old fashioned knitted norwegian sweater with pewter clasps", "lusekofte-v2"),
    ("the old lusekofte lora", "lusekofte-v1"),
    ("a girl with two french braids", "braids-v1"),
]

WC = ["arcticwash-v1", "storybook-v2"]
CLA = [
    ("the black reindeer dog with tan eyebrows lying in the snow", ["storm-v2", "lihkku-v1"]),
    ("a lapponian herder running after the herd", ["storm-v2", "lihkku-v1"]),
    ("watercolour of the river in spring", WC),
    ("hytta painted in watercolor", WC),
    ("elle in watercolour", WC),
    ("the lavvu as a watercolor painting", WC),
    ("the girl from frozen 2", ["honeymaren-v1", "elsa-v1"]),
    ("the frozen one with the braid", ["honeymaren-v1", "elsa-v1"]),
    ("the northuldra kid with the reindeer", ["honeymaren-v1", "ryder-v1"]),
    ("a disney character in the snow", ["honeymaren-v1", "ryder-v1", "elsa-v1"]),
    ("someone from frozen 2 feeding reindeer", ["honeymaren-v1", "ryder-v1", "elsa-v1"]),
    ("my daughter in the snow", ["bigga-v2", "elle-v2"]),
    ("our girl on the swing", ["bigga-v2", "elle-v2"]),
    ("the 15 year old in gákti", ["bigga-v2", "issat-v2"]),
    ("the confirmation picture", ["bigga-v2", "issat-v2"]),
    ("the bride in her silk shawl", ["maret-v3", "sunna-v2"]),
    ("a portrait of grandma for christmas", ["eadni-v2", "ahkku-v1"]),
    ("one of our products on a reindeer skin", ["knife-v2", "bracelet-v2"]),
    ("a vintage picture of the herd", ["portra-v2", "poster-v1"]),
    ("make it look like an old print, reindeer in the mountains", ["savio-v1", "poster-v1"]),
    ("the man in the blue gákti", ["ante-v2", "ahcci-v2", "mikkal-v2"]),
    ("the red haired woman by the fire", ["sunna-v2", "aloy-v1"]),
    ("the woman with the long dark braid", ["maret-v3", "honeymaren-v1"]),
    ("the woman in the red gákti", ["eadni-v2", "maret-v3"]),
    ("the old design before the redesign, on white", ["logo-v2", "knife-v2", "bracelet-v2"]),
    ("the redesigned one for the webshop", ["logo-v2", "knife-v2", "bracelet-v2"]),
    ("a cute cartoon critter for a birthday card", ["miessi-v1", "moomin-v1"]),
    ("draw my kid as a superhero", ["bigga-v2", "issat-v2", "elle-v2"]),
    ("the one with her hair in a bun", ["eadni-v2", "bigga-v2"]),
    ("the bearded guy in the snow", ["ante-v2", "ahcci-v2"]),
]

NONE = [
    "a reindeer herd crossing the river in a snow storm",
    "a lynx in the birch forest, big paws",
    "a miessi sleeping next to its mother in the spring snow",
    "a big white tourist lavvu at a hotel in alta",
    "some random red cabin in the mountains for a christmas card",
    "a black labrador puppy",
    "just a random old sámi man at the easter festival, nobody we know",
    "northern lights over the fjord",
    "a moose in the snow at dusk",
    "a plate of bidos with lingonberries",
    "a brown bear eating blueberries",
    "snowmobile race in alta with lots of scooters",
    "the sámi parliament logo",
    "a kitchen knife cutting fish",
    "olaf from frozen",
    "anna and kristoff from frozen",
    "kautokeino church in winter",
    "arctic char on the grill",
    "a pandora charm bracelet",
    "a knitted wool hat with a pompom",
    "a husky team at finnmarksløpet",
    "a clay pot with wild herbs",
    "a hippo in the river",
    "a k-pop singer with pink hair",
    "our neighbour piera fixing his fence",
    "my mother in law at church",
    "my ádjá, áhkku's husband, by the river",
    "mikkal's baby when its born",
    "a tabby cat on the windowsill",
    "kids in bunad on 17 mai",
    "a wolverine in the snow",
]

KIDS = ["bigga-v2", "issat-v2", "elle-v2"]
MULTI = [
    ("ánte throwing the lasso in the corral", ["ante-v2", "lasso-v1"]),
    ("elle in a lusekofte", ["elle-v2", "lusekofte-v2"]),
    ("storm and lihkku playing in the snow", ["storm-v2", "lihkku-v1"]),
    ("me and eadni at the kitchen table", ["maret-v3", "eadni-v2"]),
    ("mikkal riding our lynx", ["mikkal-v2", "lynx-v1"]),
    ("bigga as a pixel art character", ["bigga-v2", "pixel-v1"]),
    ("hytta painted in rosemaling", ["cabin-v2", "rosemaling-v1"]),
    ("ruksi pulling the geres", ["ruksi-v1", "sled-v1"]),
    ("miessi in claymation", ["miessi-v1", "clay-v1"]),
    ("the new logo as a vintage travel poster", ["logo-v2", "poster-v1"]),
    ("áhkku as a savio woodcut", ["ahkku-v1", "savio-v1"]),
    ("issát wearing the four winds hat", ["issat-v2", "fourwinds-v1"]),
    ("the little one on a quad bike", ["elle-v2", "atv-v1"]),
    ("ánte and mikkal fixing our scooter", ["ante-v2", "mikkal-v2", "lynx-v1"]),
    ("aloy in a lusekofte", ["aloy-v1", "lusekofte-v2"]),
    ("elsa with a four winds hat", ["elsa-v1", "fourwinds-v1"]),
    ("honeymaren and ryder by the river", ["honeymaren-v1", "ryder-v1"]),
    ("honeymaren making coffee in the kettle over the fire", ["honeymaren-v1", "kettle-v1"]),
    ("ryder in ghibli style", ["ryder-v1", "ghibli-v1"]),
    ("moomin as a cross stitch", ["moomin-v1", "stitch-v1"]),
    ("our lavvu in ghibli style", ["lavvu-v1", "ghibli-v1"]),
    ("the lavvu with the coffee kettle on the fire outside", ["lavvu-v1", "kettle-v1"]),
    ("me on my wedding day as an old film photo", ["maret-v1", "portra-v1"]),
    ("áhčči when he was young, ghibli style", ["ahcci-v1", "ghibli-v1"]),
    ("bigga at her confirmation with dutch braids", ["bigga-v1", "braids-v1"]),
    ("eadni at her 60th as a cross stitch", ["eadni-v1", "stitch-v1"]),
    ("the cabin before the extension in ghibli style", ["cabin-v1", "ghibli-v1"]),
    ("the old logo in cross stitch for a pillow", ["logo-v1", "stitch-v1"]),
    ("storm as a puppy playing with honeymaren", ["storm-v1", "honeymaren-v1"]),
    ("all three kids in front of hytta", KIDS + ["cabin-v2"]),
    ("me, ánte and the kids for the christmas card", ["maret-v3", "ante-v2"] + KIDS),
    ("eadni and áhkku having coffee", ["eadni-v2", "ahkku-v1"]),
    ("sunná and mikkal with the baby bump", ["sunna-v2", "mikkal-v2"]),
    ("the knife and the bracelet together on birch bark", ["knife-v2", "bracelet-v2"]),
    ("miessi holding our logo", ["miessi-v1", "logo-v2"]),
    ("ánte on the lynx", ["ante-v2", "lynx-v1"]),
    ("storm herding with ruksi", ["storm-v2", "ruksi-v1"]),
    ("aloy throwing a lasso", ["aloy-v1", "lasso-v1"]),
    ("me in a lusekofte, arcticwash style", ["maret-v3", "lusekofte-v2", "arcticwash-v1"]),
    ("áhčči in his last winter as a savio woodcut", ["ahcci-v2", "savio-v1"]),
    ("elsa in claymation", ["elsa-v1", "clay-v1"]),
    ("mikkal and sunná on their wedding day", ["mikkal-v1", "sunna-v1"]),
    ("the old knife and the old bracelet, before the redesign", ["knife-v1", "bracelet-v1"]),
    ("the kids' áhkku and ádjá together", ["eadni-v2", "ahcci-v2"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SEL]
    out += [{"prompt": p, "expect": "clarify", "gold": list(g)} for p, g in CLA]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": list(g)} for p, g in MULTI]
    # interleave deterministically so the file does not read as blocks by expect
    return sorted(out, key=lambda c: (sum(map(ord, c["prompt"])) * 7919) % 10007)


def main():
    with open(HERE / "catalog.jsonl", "w", encoding="utf-8") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cs = cases()
    prompts = [c["prompt"] for c in cs]
    assert len(prompts) == len(set(prompts)), "duplicate prompt"
    with open(HERE / "cases.jsonl", "w", encoding="utf-8") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    print(f"{len(CARDS)} cards, {len(fams)} families, {len(cs)} cases")


if __name__ == "__main__":
    main()
