#!/usr/bin/env python3
"""Held-out selection set 'heldout65': Karin Lindqvist's repository (bicycle repair shop,
Gothenburg). Running this writes catalog.jsonl and cases.jsonl next to it.

Written blind: without reading the selector, its tests, docs or any other set's cards/cases.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me -------------------------------------------------------------------------------
    card("karin-v1", "Karin", "ohwx woman", "woman", "subject", "karin", 1, "2023-02-11",
         "Me, Karin, at 35 on our wedding day in 2009 at Gothenburg city hall: long blonde braid "
         "over one shoulder, cream linen suit, cornflowers in my buttonhole.",
         ["me", "person", "woman", "wedding", "braid"], "sd15"),
    card("karin-v2", "Karin", "ohwx woman", "woman", "subject", "karin", 2, "2023-09-03",
         "Me, Karin, at 43 in 2017 in our old basement shop: shoulder-length dirty-blonde hair "
         "under a red bandana, blue work overalls, grease on my hands, truing a wheel.",
         ["me", "person", "woman", "mechanic", "bandana", "overalls"], "sd15"),
    card("karin-v3", "Karin", "ohwx woman", "woman", "subject", "karin", 3, "2026-03-21",
         "Me, Karin, at 52: short grey pixie cut, reading glasses on a cord round my neck, brown "
         "canvas shop apron with 'Lindqvist Cykel' on the chest.",
         ["me", "person", "woman", "glasses", "apron", "short hair"], "sdxl"),
    # --- my wife --------------------------------------------------------------------------
    card("annika-v1", "Annika", "anbg woman", "woman", "subject", "annika", 1, "2023-02-18",
         "My wife Annika ('Anni', my älskling) in 2002, seven months pregnant with our son Oskar: "
         "long dark curly hair, striped maternity dress, hand on her belly.",
         ["wife", "person", "woman", "pregnant", "curly hair"], "sd15"),
    card("annika-v2", "Annika", "anbg woman", "woman", "subject", "annika", 2, "2023-03-05",
         "My wife Annika on our wedding day in 2009: dark curls pinned up, white dress with a "
         "blue silk sash, bouquet of cornflowers.",
         ["wife", "person", "woman", "wedding", "bride"], "sd15"),
    card("annika-v3", "Annika", "anbg woman", "woman", "subject", "annika", 3, "2025-01-12",
         "My wife Annika at 54 (2024): silver chin-length bob, red round glasses, green wool "
         "cardigan; she does the shop's books and always the fika.",
         ["wife", "person", "woman", "glasses", "grey hair"], "sdxl"),
    # --- our son --------------------------------------------------------------------------
    card("oskar-v1", "Oskar", "0sk4r", "boy", "subject", "oskar", 1, "2023-03-06",
         "Our son Oskar ('Ossi') at 7, ring bearer at our wedding in 2009: blond bowl cut, tiny "
         "grey waistcoat, a missing front tooth.",
         ["son", "person", "child", "boy", "wedding"], "sd15"),
    card("oskar-v2", "Oskar", "0sk4r", "boy", "subject", "oskar", 2, "2023-10-14",
         "Our son Oskar at 16 (2018): lanky, braces, long fringe over his eyes, black hoodie, "
         "BMX helmet hanging off the handlebar.",
         ["son", "person", "teenager", "boy", "bmx"], "sd15"),
    card("oskar-v3", "Oskar", "0sk4r", "man", "subject", "oskar", 3, "2026-05-30",
         "Our son Oskar at 24, now a mechanic in our shop: short blond beard, undercut, navy work "
         "jacket, a chainring tattoo on his forearm.",
         ["son", "person", "man", "beard", "mechanic"], "sdxl"),
    card("elin-v1", "Elin", "<elin-h>", "woman", "subject", "elin", 1, "2026-08-02",
         "Elin, our son Oskar's girlfriend: long copper-red hair, freckles, green rain jacket, "
         "almost always on her road bike.",
         ["person", "woman", "girlfriend", "red hair", "freckles"], "sdxl"),
    # --- grandparents (old photos) --------------------------------------------------------
    card("greta-v1", "Greta", "<mormor-greta>", "woman", "subject", "greta", 1, "2023-06-20",
         "My mormor Greta (my mother's mother) as a young woman in 1958, from an old black-and-white "
         "scanned photo: dark wavy hair, polka-dot dress, standing by her black Crescent ladies' "
         "bicycle.", ["mormor", "grandmother", "person", "woman", "old photo", "1950s"], "sd15"),
    card("greta-v2", "Greta", "<mormor-greta>", "woman", "subject", "greta", 2, "2025-04-27",
         "My mormor Greta in 1991, about 70, from a faded colour photo taken at our stuga: white "
         "hair in a bun, flowery apron, holding a tray of cinnamon buns.",
         ["mormor", "grandmother", "person", "old woman", "old photo"], "sdxl"),
    card("sven-v1", "Sven", "sks man", "man", "subject", "sven", 1, "2023-06-25",
         "My farfar Sven (my father's father) in 1949, old black-and-white photo: young man in a "
         "flat cap and overalls outside the SKF ball bearing factory.",
         ["farfar", "grandfather", "person", "man", "old photo", "1940s"], "sd15"),
    card("sven-v2", "Sven", "sks man", "man", "subject", "sven", 2, "2024-01-08",
         "My farfar Sven in 1976, about 55, faded colour photo: thick grey moustache, brown "
         "cardigan, repairing his old blue bicycle in the yard. He taught me to fix bikes.",
         ["farfar", "grandfather", "person", "old man", "old photo", "moustache"], "sd15"),
    # --- dogs -----------------------------------------------------------------------------
    card("troll-v1", "Troll", "sks dog", "dog", "subject", "troll", 1, "2023-04-02",
         "Our elkhound Troll as a puppy in 2019: fluffy grey ball with a dark mask and a curled "
         "tail, chewing one of my bike gloves.",
         ["pet", "dog", "elkhound", "puppy", "grey"], "sd15"),
    card("troll-v2", "Troll", "sks dog", "dog", "subject", "troll", 2, "2025-10-19",
         "Our dog Troll at 6 (2025): big grey Norwegian elkhound, silver-grey coat with black-tipped "
         "hairs, greying muzzle, tail curled tight over his back, red collar.",
         ["pet", "dog", "elkhound", "grey"], "sdxl"),
    card("lingon-v1", "Lingon", "lngn dog", "dog", "subject", "lingon", 1, "2023-11-11",
         "Our second elkhound Lingon as a puppy in 2021: a black Norwegian elkhound, shiny all-black "
         "coat, a white tip on her chest, one floppy ear.",
         ["pet", "dog", "elkhound", "puppy", "black"], "sd15"),
    card("lingon-v2", "Lingon", "lngn dog", "dog", "subject", "lingon", 2, "2025-10-20",
         "Our black elkhound Lingon grown up (2025): sleek all-black coat, small white chest patch, "
         "curled tail, blue collar.", ["pet", "dog", "elkhound", "black"], "sdxl"),
    card("bosse-v1", "Bosse", "b0ss3 dog", "dog", "subject", "bosse", 1, "2026-02-14",
         "Bosse, our neighbour Gunnar's grey Norwegian elkhound: almost identical to our Troll, a "
         "bit heavier, green harness. He comes over to our gate every morning.",
         ["dog", "elkhound", "grey", "neighbour"], "sdxl"),
    # --- cargo bike -----------------------------------------------------------------------
    card("ladan-v1", "Lådan", "ladan_cargobike", "cargo bike", "subject", "ladan", 1, "2023-05-10",
         "Our family cargo bike Lådan ('the box'), a two-wheeled long-john box bike bought in "
         "2018: dark green frame and wooden box, bench inside, we carry the dogs in it.",
         ["vehicle", "bicycle", "cargo bike", "green"], "sd15"),
    card("ladan-v2", "Lådan", "ladan_cargobike", "cargo bike", "subject", "ladan", 2, "2024-09-22",
         "Our cargo bike Lådan after I repainted it in 2024: orange frame and box with the shop's "
         "moose logo, rain canopy, electric motor.",
         ["vehicle", "bicycle", "cargo bike", "orange"], "sdxl"),
    # --- places ---------------------------------------------------------------------------
    card("shop-v1", "Lindqvist Cykel", "lqcykel_shop", "bicycle shop", "subject", "shop", 1,
         "2023-05-14",
         "Our shop Lindqvist Cykel as it was in the basement on Andra Långgatan (2008-2021): low "
         "ceiling, bikes hanging from hooks, steep steps down from the street, hand-painted sign.",
         ["place", "shop", "workshop", "basement"], "sd15"),
    card("shop-v2", "Lindqvist Cykel", "lqcykel_shop", "bicycle shop", "subject", "shop", 2,
         "2024-06-01",
         "Our shop Lindqvist Cykel after the move in 2022 to a corner shop in Majorna: big windows, "
         "white-tiled workshop, orange awning, bikes lined up on the pavement.",
         ["place", "shop", "workshop", "storefront"], "sdxl"),
    card("stugan-v1", "Stugan", "<stugan>", "cottage", "subject", "stugan", 1, "2025-07-15",
         "Our summer stuga on Orust: small falu-red cottage with white corners, glassed-in "
         "veranda, a flagpole and our own jetty on the water.",
         ["place", "house", "cottage", "summer house"], "sdxl"),
    # --- shop products --------------------------------------------------------------------
    card("lagom-v1", "Lagom", "lagom_bike", "bicycle", "subject", "lagom", 1, "2023-08-08",
         "Lagom, the city bike we build in our shop, the original 2016 version: cream lugged steel "
         "frame, brown leather saddle, wicker front basket, three-speed hub.",
         ["product", "bicycle", "city bike", "cream"], "sd15"),
    card("lagom-v2", "Lagom", "lagom_bike", "bicycle", "subject", "lagom", 2, "2025-09-09",
         "Lagom, our shop's city bike after the 2025 redesign: forest green frame, integrated "
         "front rack with a wooden deck, dynamo lights, belt drive.",
         ["product", "bicycle", "city bike", "green"], "sdxl"),
    card("grusvagen-v1", "Grusvägen", "grsvgn bike", "bicycle", "subject", "grusvagen", 1,
         "2025-03-03",
         "Grusvägen, the gravel bike we build in our shop since 2023: raw brushed steel frame, "
         "tan-wall tyres, drop bars with cork tape, frame bags.",
         ["product", "bicycle", "gravel bike", "steel"], "sdxl"),
    card("pelle-v1", "Pelle Pedal", "<pelle-pedal>", "moose", "subject", "pelle", 1, "2023-05-15",
         "Pelle Pedal, our shop mascot on the old logo from 2008: a cartoon moose in a striped "
         "jersey riding a red tall-bike, hand-drawn in black ink.",
         ["mascot", "logo", "moose", "cartoon"], "sd15"),
    card("pelle-v2", "Pelle Pedal", "<pelle-pedal>", "moose", "subject", "pelle", 2, "2024-06-02",
         "Pelle Pedal, our mascot after the logo redesign in 2022: flat orange moose head with a "
         "cycling cap and goggles, on a round badge.",
         ["mascot", "logo", "moose", "flat design"], "sdxl"),
    # --- downloaded characters (Civitai) --------------------------------------------------
    card("pippi-v1", "Pippi Longstocking", "pippi_longstocking", "girl", "subject", "pippi", 1,
         "2023-07-01",
         "Pippi Longstocking (Pippi Långstrump), downloaded from Civitai: red hair in two stiff "
         "braids sticking out sideways, freckles, odd stockings, huge shoes; strong enough to lift "
         "her horse.", ["character", "girl", "astrid lindgren", "red hair"], "sd15"),
    card("moomin-v1", "Moomintroll", "moomintroll", "troll", "subject", "moomin", 1, "2023-07-02",
         "Moomintroll from Tove Jansson's Moomin books, downloaded from Civitai: round white troll "
         "with a big snout, small ears and a thin tail.",
         ["character", "moomin", "cartoon", "troll"], "sd15"),
    card("rem-v1", "Rem", "rem_(re:zero)", "girl", "subject", "rem", 1, "2024-08-18",
         "Rem from Re:Zero, downloaded from Civitai: twin maid with short blue hair covering one "
         "eye, black-and-white maid dress, white frilly headdress.",
         ["character", "anime", "maid", "blue hair", "re:zero"], "sdxl"),
    card("ram-v1", "Ram", "ram_(re:zero)", "girl", "subject", "ram", 1, "2024-08-19",
         "Ram from Re:Zero, downloaded from Civitai: Rem's twin sister, short pink hair covering "
         "the other eye, the same maid dress and headdress, smug look.",
         ["character", "anime", "maid", "pink hair", "re:zero"], "sdxl"),
    card("bamse-v1", "Bamse", "bamse_bear", "bear", "subject", "bamse", 1, "2023-07-03",
         "Bamse, the world's strongest bear from the Swedish comic, downloaded from Civitai: kind "
         "brown cartoon bear who gets strong from his grandmother's thunder honey.",
         ["character", "bear", "comic", "swedish"], "sd15"),
    card("nils-v1", "Nils Holgersson", "nils_holgersson", "boy", "subject", "nils", 1,
         "2024-02-10",
         "Nils Holgersson from Selma Lagerlöf's book, downloaded from Civitai: tiny boy in a red "
         "cap and leather trousers riding on the back of the white goose Mårten.",
         ["character", "boy", "goose", "swedish"], "sd15"),
    # --- art styles -----------------------------------------------------------------------
    card("skargard-v1", "Skärgård Watercolor", "skrgrd watercolor", "watercolor painting",
         "style", "skargard", 1, "2023-09-20",
         "Loose wet-on-wet watercolour of the west coast archipelago: pale blues, granite pinks, "
         "lots of white paper.", ["style", "watercolor", "painting", "coast"], "sd15"),
    card("skargard-v2", "Skärgård Watercolor", "skrgrd watercolor", "watercolor painting",
         "style", "skargard", 2, "2025-05-05",
         "Skärgård watercolour v2: same loose west coast watercolour, sharper edges and stronger "
         "blues.", ["style", "watercolor", "painting", "coast"], "sdxl"),
    card("larsson-v1", "Larsson Home", "larsson style", "watercolor illustration", "style",
         "larsson", 1, "2024-11-03",
         "Carl Larsson-inspired watercolour and ink: bright Swedish home interiors, clear outlines, "
         "soft washes, reds and greens, children and flowers.",
         ["style", "watercolor", "ink", "illustration", "carl larsson"], "sdxl"),
    card("bauer-v1", "John Bauer Forest", "bauerstyle", "illustration", "style", "bauer", 1,
         "2023-12-01",
         "John Bauer fairy-tale look: dark mossy forests, tall spruces, muted browns and golds, "
         "princesses and trolls, old storybook illustration.",
         ["style", "illustration", "fairy tale", "john bauer"], "sd15"),
    card("riso-v1", "Riso Print", "risograph print", "print", "style", "riso", 1, "2025-02-02",
         "Two-colour risograph print: fluorescent pink and teal ink, grainy, slightly off "
         "registration.", ["style", "print", "risograph", "graphic"], "sdxl"),
    card("linocut-v1", "Linocut", "linocut_print", "print", "style", "linocut", 1, "2023-10-10",
         "Black-and-white hand-carved linocut: bold gouged lines, thick black shapes.",
         ["style", "print", "linocut", "black and white"], "sd15"),
    card("pixel-v1", "Pixel Art", "p1x3l_art", "pixel art", "style", "pixel", 1, "2023-06-06",
         "16-bit pixel art, limited palette, chunky pixels like old console games.",
         ["style", "pixel art", "retro", "game"], "sd15"),
    card("pixel-v2", "Pixel Art", "p1x3l_art", "pixel art", "style", "pixel", 2, "2025-08-08",
         "16-bit pixel art v2: cleaner outlines, better dithering.",
         ["style", "pixel art", "retro", "game"], "sdxl"),
    card("poster-v1", "Retro Travel Poster", "vintage_travel_poster", "poster", "style", "poster",
         1, "2024-04-04",
         "1930s-50s railway travel poster: flat colours, big skies, art deco shapes, space for "
         "lettering.", ["style", "poster", "vintage", "art deco"], "sdxl"),
    card("clay-v1", "Clay Pals", "claymation", "clay figure", "style", "clay", 1, "2024-12-12",
         "Stop-motion claymation: plasticine figures with fingerprints, rounded shapes, miniature "
         "sets.", ["style", "clay", "stop motion", "3d"], "sdxl"),
    card("anime-v1", "Cozy Anime", "cozyanime", "anime illustration", "style", "anime", 1,
         "2025-06-06",
         "Soft 90s anime movie look: painted backgrounds, big fluffy clouds, warm afternoon light.",
         ["style", "anime", "illustration", "90s"], "sdxl"),
    card("portra-v1", "Portra 400", "portra400 film", "film photo", "style", "portra", 1,
         "2023-08-20",
         "Analog film photo look: Kodak Portra 400 colours, soft grain, warm skin tones.",
         ["style", "photo", "film", "analog"], "sd15"),
    card("portra-v2", "Portra 400", "portra400 film", "film photo", "style", "portra", 2,
         "2025-11-11",
         "Portra 400 v2: analog film look with finer grain and slight halation on highlights.",
         ["style", "photo", "film", "analog"], "sdxl"),
    card("kurbits-v1", "Kurbits", "kurbits painting", "folk painting", "style", "kurbits", 1,
         "2023-12-24",
         "Dalecarlian kurbits folk painting: swirling gourd flowers in red, blue and green, like on "
         "Dala horses and old painted cupboards.", ["style", "folk art", "painting", "dalarna"],
         "sd15"),
    card("kurbits-v2", "Kurbits", "kurbits painting", "folk painting", "style", "kurbits", 2,
         "2025-12-20",
         "Kurbits v2: Dalecarlian folk painting with crisper brush strokes and richer reds.",
         ["style", "folk art", "painting", "dalarna"], "sdxl"),
    card("blueprint-v1", "Blueprint", "blueprint_drawing", "technical drawing", "style",
         "blueprint", 1, "2024-03-03",
         "Technical blueprint: white lines on cyan paper, measurements, exploded views.",
         ["style", "technical drawing", "blueprint", "lines"], "sd15"),
    # --- concepts -------------------------------------------------------------------------
    card("lusekofta-v1", "Lusekofta", "lusekofta", "sweater", "concept", "lusekofta", 1,
         "2023-11-30",
         "Lusekofta: traditional Nordic knitted sweater, black and white with star pattern and "
         "pewter clasps.", ["clothing", "sweater", "knitwear", "nordic"], "sd15"),
    card("lusekofta-v2", "Lusekofta", "lusekofta", "sweater", "concept", "lusekofta", 2,
         "2025-11-30",
         "Lusekofta v2: the Nordic star-pattern knitted sweater, also in red, navy and green.",
         ["clothing", "sweater", "knitwear", "nordic"], "sdxl"),
    card("oilskin-v1", "Yellow Oilskin", "yellow_oilskin", "raincoat", "concept", "oilskin", 1,
         "2025-01-20",
         "Bright yellow fisherman oilskin coat and sou'wester hat, rubbery shine, water drops.",
         ["clothing", "raincoat", "fisherman", "yellow"], "sdxl"),
    card("jersey-v1", "Retro Wool Jersey", "retro_wool_jersey", "cycling jersey", "concept",
         "jersey", 1, "2026-04-04",
         "Vintage 1970s wool cycling jersey with chest stripes, cotton cycling cap, leather "
         "gloves.", ["clothing", "cycling", "jersey", "vintage"], "sdxl"),
    card("crownbraid-v1", "Crown Braid", "crown_braid", "hairstyle", "concept", "crownbraid", 1,
         "2023-07-15",
         "A braid wrapped all the way around the head like a crown, Scandinavian milkmaid style.",
         ["hairstyle", "braid", "hair"], "sd15"),
    card("wheelie-v1", "Wheelie", "wheelie_pose", "pose", "concept", "wheelie", 1, "2025-04-01",
         "Rider balancing a bicycle on the back wheel with the front wheel high in the air.",
         ["pose", "bicycle", "trick"], "sdxl"),
    card("pennyfarthing-v1", "Penny-farthing", "penny_farthing", "bicycle", "concept",
         "pennyfarthing", 1, "2024-05-05",
         "High-wheel bicycle from the 1880s: huge front wheel, tiny back wheel, rider sitting high "
         "up.", ["vehicle", "bicycle", "victorian"], "sd15"),
    card("krans-v1", "Midsommarkrans", "midsommarkrans", "flower crown", "concept", "krans", 1,
         "2025-06-19",
         "Midsummer wreath of wildflowers and birch leaves worn on the head.",
         ["prop", "flowers", "midsummer", "headwear"], "sdxl"),
    card("adventstar-v1", "Advent Star", "<advent-star>", "star lamp", "concept", "adventstar", 1,
         "2024-11-30",
         "Glowing paper star lamp hanging in a window, Swedish Christmas style.",
         ["prop", "lamp", "christmas", "window"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: people ----------------
    ("me in the new shop with my glasses hanging on the cord", S, ["karin-v3"]),
    ("a portrait of me how i look now, for the shop webpage", S, ["karin-v3"]),
    ("me laughing with a coffee on a bench in the sun", S, ["karin-v3"]),
    ("me with the short grey hair, close up", S, ["karin-v3"]),
    ("me on our wedding day 2009", S, ["karin-v1"]),
    ("me with the long braid like when we married", S, ["karin-v1"]),
    ("me at 35 in the linen suit", S, ["karin-v1"]),
    ("me in the old basement shop with the red bandana", S, ["karin-v2"]),
    ("Karin at 43 truing a wheel, greasy hands", S, ["karin-v2"]),
    ("me in 2017 in my blue overalls", S, ["karin-v2"]),
    ("my älskling reading in the hammock", S, ["annika-v3"]),
    ("Anni with her red glasses, smiling", S, ["annika-v3"]),
    ("my wife doing the books at the kitchen table", S, ["annika-v3"]),
    ("Anni, lagom happy, drinking her coffee", S, ["annika-v3"]),
    ("annika pregnant with ossi", S, ["annika-v1"]),
    ("my wife when she was expecting, 2002", S, ["annika-v1"]),
    ("annika with long curls in the striped maternity dress", S, ["annika-v1"]),
    ("my wife in her wedding dress with the blue sash", S, ["annika-v2"]),
    ("Anni at our wedding holding the cornflowers", S, ["annika-v2"]),
    ("ossi at the workbench with a wrench", S, ["oskar-v3"]),
    ("our son now, with the beard", S, ["oskar-v3"]),
    ("oskar showing his chainring tattoo", S, ["oskar-v3"]),
    ("ossi having fika in the workshop", S, ["oskar-v3"]),
    ("oskar when he was little, the ring boy at the wedding", S, ["oskar-v1"]),
    ("ossi 7 years old with the gap in his teeth", S, ["oskar-v1"]),
    ("ossi at 16 with the braces and that awful fringe", S, ["oskar-v2"]),
    ("our boy as a teenager in the black hoodie", S, ["oskar-v2"]),
    ("our son in 2018", S, ["oskar-v2"]),
    ("Elin on her roadbike in the hills", S, ["elin-v1"]),
    ("oskars girlfriend with the red hair", S, ["elin-v1"]),
    ("elin in her green rain jacket", S, ["elin-v1"]),
    ("mormor with her tray of buns", S, ["greta-v2"]),
    ("my grandmother when she was old, white hair in a knot", S, ["greta-v2"]),
    ("mormor in 1991", S, ["greta-v2"]),
    ("mormor as a young girl in the 50s", S, ["greta-v1"]),
    ("mormor Greta 1958 with her bicycle", S, ["greta-v1"]),
    ("farfar outside the factory", S, ["sven-v1"]),
    ("farfar as a young man in the flat cap, 1949", S, ["sven-v1"]),
    ("farfar with his moustache fixing the blue bike", S, ["sven-v2"]),
    ("my grandfather Sven", S, ["sven-v2"]),
    ("farfar in the 70s in his brown cardigan", S, ["sven-v2"]),
    # ---------------- select: dogs ----------------
    ("Troll sleeping in front of the fire", S, ["troll-v2"]),
    ("troll rolling in the snow", S, ["troll-v2"]),
    ("our old boy with the grey snout and red collar, lying on the porch", S, ["troll-v2"]),
    ("troll as a puppy chewing my glove", S, ["troll-v1"]),
    ("troll when he was small, 2019", S, ["troll-v1"]),
    ("Lingon in the autumn leaves", S, ["lingon-v2"]),
    ("the black elkhound chasing a ball", S, ["lingon-v2"]),
    ("our black dog with the blue collar", S, ["lingon-v2"]),
    ("lingon when she was a tiny puppy with the floppy ear", S, ["lingon-v1"]),
    ("Bosse from next door", S, ["bosse-v1"]),
    ("gunnars dog with the green harness", S, ["bosse-v1"]),
    ("the neighbours elkhound waiting at our gate in the morning", S, ["bosse-v1"]),
    # ---------------- select: cargo bike, places, products, mascot ----------------
    ("ladan full of firewood", S, ["ladan-v2"]),
    ("our cargo bike in the rain with the canopy up", S, ["ladan-v2"]),
    ("the orange lådcykel parked on the street", S, ["ladan-v2"]),
    ("the cargo bike when it was still green", S, ["ladan-v1"]),
    ("the box bike before i repainted it", S, ["ladan-v1"]),
    ("our shop in Majorna with the orange awning", S, ["shop-v2"]),
    ("Lindqvist Cykel at christmas, snow on the big windows", S, ["shop-v2"]),
    ("the old shop, the basement one on andra langgatan", S, ["shop-v1"]),
    ("the shop before we moved, bikes hanging from the roof", S, ["shop-v1"]),
    ("our stuga on orust at sunset", S, ["stugan-v1"]),
    ("the stugan with the flag up, midsummer morning", S, ["stugan-v1"]),
    ("a lagom bike parked by the canal", S, ["lagom-v2"]),
    ("the new Lagom with the wooden rack", S, ["lagom-v2"]),
    ("the first lagom, the cream one with the basket", S, ["lagom-v1"]),
    ("lagom 2016 model", S, ["lagom-v1"]),
    ("Grusvagen on a forest road", S, ["grusvagen-v1"]),
    ("our gravel bike with the frame bags", S, ["grusvagen-v1"]),
    ("the raw steel grusvägen in the mud", S, ["grusvagen-v1"]),
    ("Pelle Pedal waving", S, ["pelle-v2"]),
    ("our moose mascot for the christmas card", S, ["pelle-v2"]),
    ("the old logo moose on the tall bike", S, ["pelle-v1"]),
    ("pelle like he looked in the old ink drawing", S, ["pelle-v1"]),
    # ---------------- select: characters ----------------
    ("Pippi lifting her horse", S, ["pippi-v1"]),
    ("pippi langstrump on a rooftop", S, ["pippi-v1"]),
    ("moomintroll on the beach", S, ["moomin-v1"]),
    ("the mumin troll sitting in the snow", S, ["moomin-v1"]),
    ("rem in a cafe", S, ["rem-v1"]),
    ("the blue haired re zero maid", S, ["rem-v1"]),
    ("Ram with her smug face", S, ["ram-v1"]),
    ("the pink one from re:zero", S, ["ram-v1"]),
    ("bamse eating his thunder honey", S, ["bamse-v1"]),
    ("the worlds strongest bear", S, ["bamse-v1"]),
    ("nils holgersson flying over skane", S, ["nils-v1"]),
    ("the tiny boy riding on the goose", S, ["nils-v1"]),
    # ---------------- select: styles ----------------
    ("a lighthouse in skargard watercolor", S, ["skargard-v2"]),
    ("sailboats in the old skärgård watercolour, the first version", S, ["skargard-v1"]),
    ("a kitchen in carl larsson style", S, ["larsson-v1"]),
    ("a foggy forest with a princess, john bauer", S, ["bauer-v1"]),
    ("a troll under big spruce trees in bauer style", S, ["bauer-v1"]),
    ("riso print of a coffee cup", S, ["riso-v1"]),
    ("a bicycle in the fluoro pink and teal ink look", S, ["riso-v1"]),
    ("a fox in linocut", S, ["linocut-v1"]),
    ("a bicycle wheel like carved in lino and printed, only black", S, ["linocut-v1"]),
    ("a tram in pixel art", S, ["pixel-v2"]),
    ("a lighthouse in that old video game look", S, ["pixel-v2"]),
    ("pixel art v1, a castle", S, ["pixel-v1"]),
    ("travel poster for Marstrand, old railway style", S, ["poster-v1"]),
    ("a sailboat like those flat art deco posters from the 30s", S, ["poster-v1"]),
    ("a clay animation snowman", S, ["clay-v1"]),
    ("a plasticine fox, stop motion look", S, ["clay-v1"]),
    ("a train station in cozy anime style", S, ["anime-v1"]),
    ("a girl on a bicycle on a hill like a 90s japanese animated movie", S, ["anime-v1"]),
    ("street photo on film, portra look", S, ["portra-v2"]),
    ("grainy analog photo of a harbour, warm colours", S, ["portra-v2"]),
    ("portra 400 the first one, sd1.5, a market", S, ["portra-v1"]),
    ("a dala horse painted kurbits", S, ["kurbits-v2"]),
    ("a windmill with the swirly dalarna flowers painted on", S, ["kurbits-v2"]),
    ("kurbits, the older version, on a cupboard door", S, ["kurbits-v1"]),
    ("blueprint drawing of a lighthouse", S, ["blueprint-v1"]),
    ("a bicycle frame with measurements, white lines on blue paper", S, ["blueprint-v1"]),
    # ---------------- select: concepts ----------------
    ("a girl in a lusekofta", S, ["lusekofta-v2"]),
    ("a man in one of those norwegian knitted jumpers with the stars", S, ["lusekofta-v2"]),
    ("an old man in the black and white lusekofta, the first one", S, ["lusekofta-v1"]),
    ("a fisherman in a yellow oilskin and sou'wester", S, ["oilskin-v1"]),
    ("a kid in rain clothes, the shiny yellow kind with the hat", S, ["oilskin-v1"]),
    ("a cyclist in an old wool jersey from the 70s", S, ["jersey-v1"]),
    ("an old lady with her hair braided around her head", S, ["crownbraid-v1"]),
    ("a woman with a milkmaid braid", S, ["crownbraid-v1"]),
    ("a boy lifting the front wheel up on his bike", S, ["wheelie-v1"]),
    ("a gentleman on one of those 1880s bikes with the huge front wheel", S,
     ["pennyfarthing-v1"]),
    ("a girl with a flower wreath for midsommar", S, ["krans-v1"]),
    ("a window with the paper star lamp glowing", S, ["adventstar-v1"]),
    # ---------------- clarify ----------------
    ("the grey elkhound rolling in snow", C, ["troll-v2", "bosse-v1"]),
    ("the grey one with the curly tail under the apple tree", C, ["troll-v2", "bosse-v1"]),
    ("the elkhound waiting by the door", C, ["troll-v2", "lingon-v2", "bosse-v1"]),
    ("our dog sleeping on the sofa", C, ["troll-v2", "lingon-v2"]),
    ("the elkhound puppy in a basket", C, ["troll-v2", "lingon-v2"]),
    ("our dog as a clay figure", C, ["troll-v2", "lingon-v2"]),
    ("the puppy as a linocut", C, ["troll-v2", "lingon-v2"]),
    ("the troll sitting on a rock by the sea", C, ["troll-v2", "moomin-v1"]),
    ("the re zero maid serving tea", C, ["rem-v1", "ram-v1"]),
    ("the twin with the hair over one eye", C, ["rem-v1", "ram-v1"]),
    ("the maid in cozy anime style", C, ["rem-v1", "ram-v1"]),
    ("a harbour in watercolor", C, ["skargard-v2", "larsson-v1"]),
    ("our Troll in watercolour", C, ["skargard-v2", "larsson-v1"]),
    ("a sunset painted in aquarell", C, ["skargard-v2", "larsson-v1"]),
    ("ossi and elin in watercolour", C, ["skargard-v2", "larsson-v1"]),
    ("a bicycle in the printed look, like a hand print", C, ["riso-v1", "linocut-v1"]),
    ("our stuga as a print, the handmade kind", C, ["riso-v1", "linocut-v1"]),
    ("the stuga painted like the famous swedish painter", C, ["larsson-v1", "bauer-v1"]),
    ("old swedish art style for a christmas card", C,
     ["larsson-v1", "bauer-v1", "kurbits-v2"]),
    ("the old photo with the bicycle", C, ["greta-v2", "sven-v2"]),
    ("the old black and white photo, the grandparent one", C, ["greta-v2", "sven-v2"]),
    ("one of our own bikes, the ones we build in the shop", C, ["lagom-v2", "grusvagen-v1"]),
    ("our shop bike in blueprint", C, ["lagom-v2", "grusvagen-v1"]),
    ("the green bike under the apple tree", C, ["ladan-v2", "lagom-v2"]),
    ("our bike leaning on the fence", C, ["ladan-v2", "lagom-v2", "grusvagen-v1"]),
    ("just the bride from 2009", C, ["karin-v3", "annika-v3"]),
    ("me in the wool top", C, ["lusekofta-v2", "jersey-v1"]),
    ("a swedish storybook kid for the kids corner in the shop", C, ["pippi-v1", "nils-v1"]),
    ("the red haired girl with freckles, you know who", C, ["pippi-v1", "elin-v1"]),
    ("the super strong one from the swedish kids stories", C, ["pippi-v1", "bamse-v1"]),
    # ---------------- none ----------------
    ("a troll hiding under a bridge like in the billy goat story", N, []),
    ("a troll doll with pink hair", N, []),
    ("lingonberry jam on pancakes", N, []),
    ("picking lingon in the forest with a bucket", N, []),
    ("a lagom size kitchen, nothing fancy", N, []),
    ("a half full glass of milk, lagom", N, []),
    ("a green wheelie bin by the garage", N, []),
    ("a ram with big curly horns on a cliff", N, []),
    ("a moose crossing the road at dusk", N, []),
    ("cinnamon buns and coffee, fika time", N, []),
    ("a random norwegian elkhound, not one of ours, for a calendar", N, []),
    ("a cargo bike full of kids like in copenhagen, any brand", N, []),
    ("a bike shop in amsterdam with hundreds of bikes", N, []),
    ("my mamma in her garden", N, []),
    ("my brother Lars on his boat", N, []),
    ("my friend Bosse from the choir, bald and tall", N, []),
    ("greta garbo in an old hollywood photo", N, []),
    ("the northern lights over a lake", N, []),
    ("a red swedish cottage by a lake, just a typical one for a postcard", N, []),
    ("a ski stuga in the mountains in Åre", N, []),
    ("a woman repairing a flat tyre, stock photo kind", N, []),
    ("some old man with a big moustache, not anyone we know", N, []),
    ("a big teddy bear on a bed", N, []),
    ("a clay pot with basil on the window sill", N, []),
    ("a christmas star in the sky over the stable", N, []),
    ("a cat on a windowsill", N, []),
    ("a golden retriever puppy in the grass", N, []),
    ("a tandem bike for two people", N, []),
    ("a maid cafe in tokyo", N, []),
    ("a mascot for a football club, a lion", N, []),
    ("a real photo of the skärgård at dawn, no painting", N, []),
    ("a ferry in the gothenburg archipelago", N, []),
    # ---------------- multi ----------------
    ("me and my wife on the sofa", M, ["karin-v3", "annika-v3"]),
    ("me and älskling and ossi, a family photo", M, ["karin-v3", "annika-v3", "oskar-v3"]),
    ("ossi and elin on a park bench", M, ["oskar-v3", "elin-v1"]),
    ("Troll and Lingon together in the snow", M, ["troll-v2", "lingon-v2"]),
    ("troll and bosse playing, you cant tell them apart", M, ["troll-v2", "bosse-v1"]),
    ("me riding ladan with both dogs in the box", M,
     ["karin-v3", "ladan-v2", "troll-v2", "lingon-v2"]),
    ("annika in a lusekofta", M, ["annika-v3", "lusekofta-v2"]),
    ("oskar doing a wheelie in front of the shop", M, ["oskar-v3", "wheelie-v1", "shop-v2"]),
    ("me in the yellow oilskin on the cargo bike", M, ["karin-v3", "oilskin-v1", "ladan-v2"]),
    ("the stuga in carl larsson style", M, ["stugan-v1", "larsson-v1"]),
    ("our shop as a retro travel poster", M, ["shop-v2", "poster-v1"]),
    ("pelle pedal in clay", M, ["pelle-v2", "clay-v1"]),
    ("rem and ram together", M, ["rem-v1", "ram-v1"]),
    ("rem in a lusekofta", M, ["rem-v1", "lusekofta-v2"]),
    ("ram wearing a midsommar wreath", M, ["ram-v1", "krans-v1"]),
    ("Elin with flowers in her hair for midsommar", M, ["elin-v1", "krans-v1"]),
    ("troll in pixel art", M, ["troll-v2", "pixel-v2"]),
    ("lingon in riso print", M, ["lingon-v2", "riso-v1"]),
    ("the new lagom as a risograph", M, ["lagom-v2", "riso-v1"]),
    ("grusvagen in portra film look", M, ["grusvagen-v1", "portra-v2"]),
    ("mormor with her buns in kurbits style", M, ["greta-v2", "kurbits-v2"]),
    ("the shop window with the advent star", M, ["shop-v2", "adventstar-v1"]),
    ("the stuga with a paper star in the window", M, ["stugan-v1", "adventstar-v1"]),
    ("ossi in an old wool cycling jersey", M, ["oskar-v3", "jersey-v1"]),
    ("me and anni in cozy anime style", M, ["karin-v3", "annika-v3", "anime-v1"]),
    ("bosse in the yellow raincoat", M, ["bosse-v1", "oilskin-v1"]),
    ("our dogs in the garden at the stuga", M, ["troll-v2", "lingon-v2", "stugan-v1"]),
    ("lingon in the back of the orange cargo bike", M, ["lingon-v2", "ladan-v2"]),
    ("me and anni on our wedding day", M, ["karin-v1", "annika-v2"]),
    ("our wedding with ossi carrying the rings", M, ["karin-v1", "annika-v2", "oskar-v1"]),
    ("pippi on a penny farthing", M, ["pippi-v1", "pennyfarthing-v1"]),
    ("farfar riding a penny-farthing", M, ["sven-v2", "pennyfarthing-v1"]),
    ("moomintroll in john bauer style", M, ["moomin-v1", "bauer-v1"]),
    ("nils holgersson as a linocut", M, ["nils-v1", "linocut-v1"]),
    ("the old shop as a blueprint", M, ["shop-v1", "blueprint-v1"]),
    ("the first lagom in blueprint drawing", M, ["lagom-v1", "blueprint-v1"]),
    ("mormor as a young girl with a crown braid", M, ["greta-v1", "crownbraid-v1"]),
    ("troll puppy as a linocut", M, ["troll-v1", "linocut-v1"]),
    ("the old logo moose in bauer style", M, ["pelle-v1", "bauer-v1"]),
    ("pippi and nils together", M, ["pippi-v1", "nils-v1"]),
    ("ossi as a teenager in the black and white lusekofta", M, ["oskar-v2", "lusekofta-v1"]),
    ("the green cargo bike with lingon as a puppy in the box", M, ["ladan-v1", "lingon-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    counts = {k: sum(1 for _, e, _ in CASES if e == k) for k in (S, C, N, M)}
    print(f"{len(CARDS)} cards, {len(fams)} families; {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
