#!/usr/bin/env python3
"""Write heldout22's catalog.jsonl and cases.jsonl from the literals below.

The repository: Brendo Marsh's, in Bardon, Brisbane (QLD). He runs Longshore Surf School
with his head instructor Jonno; wife Tash, twin boys Lachie and Harry (10), his dad Ray
(restores timber boats), his mum Glenys, his sister Mel and her daughter Ruby; Blue the
blue heeler and Pepper the kelpie (the twins' dog); Dad's own blue heeler Tank; the ute,
Dad's boat the Marjorie, the beach shack at Byron, the house in Bardon; Longshore products
and Percy the Pelican mascot; Civitai characters, styles and concept LoRAs.

usage: python make_set.py   (rewrites the two JSONL files next to this script)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags,
         base_model):
    return dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind, family=family,
                version=version, created_at=created_at, description=description, tags=tags,
                base_model=base_model)


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("brendo-v1", "Brendo", "ohwx man", "man", S, "brendo", 1, "2022-11-19",
         "Me, Brendo (Brendan Marsh), at 38: shoulder-length sun-bleached hair, big bushy beard, "
         "faded singlet, the way I looked before the boys started school.",
         ["me", "person", "man", "beard", "long hair"], "sd15"),
    card("brendo-v2", "Brendo", "ohwx man", "man", S, "brendo", 2, "2024-03-16",
         "Me, Brendo, at 39 the week after the World's Greatest Shave: head shaved bald for "
         "charity, clean-shaven face, big grin.",
         ["me", "person", "man", "bald", "shaved head"], "sdxl"),
    card("brendo-v3", "Brendo", "ohwx man", "man", S, "brendo", 3, "2025-10-25",
         "Me, Brendo, at 41: hair grown back short and going grey, salt-and-pepper stubble, "
         "black prescription sunnies I wear everywhere now.",
         ["me", "person", "man", "stubble", "sunglasses"], "sdxl"),
    # --- wife ---
    card("tash-v1", "Tash", "sks woman", "woman", S, "tash", 1, "2023-02-11",
         "My wife, Tash (Natasha), at 37: long wavy blonde hair, freckles, usually in a sarong "
         "down the coast.",
         ["wife", "person", "woman", "long hair", "blonde"], "sd15"),
    card("tash-v2", "Tash", "sks woman", "woman", S, "tash", 2, "2025-06-21",
         "My wife, Tash, at her 40th: new short blonde bob, gold hoop earrings, green sundress.",
         ["wife", "person", "woman", "bob", "birthday"], "sdxl"),
    # --- the twins ---
    card("lachie-v1", "Lachie", "lach1e boy", "boy", S, "lachie", 1, "2023-04-08",
         "Lachie (Lachlan), one of our twin boys, at 7: missing his two front teeth, shaggy blond "
         "hair, yellow nippers cap.",
         ["son", "twin", "child", "boy", "gap teeth"], "sd15"),
    card("lachie-v2", "Lachie", "lach1e boy", "boy", S, "lachie", 2, "2026-01-17",
         "Lachie, one of our twins, at 9: long blond surfer hair, freckles, shark-tooth necklace, "
         "no glasses (his twin Harry wears them).",
         ["son", "twin", "child", "boy", "long hair"], "sdxl"),
    card("harry-v1", "Harry", "h4rry boy", "boy", S, "harry", 1, "2023-04-08",
         "Harry (Harrison), one of our twin boys, at 7: short blond buzz cut, gap-toothed grin, "
         "a blue cast on his left arm from falling off the trampoline.",
         ["son", "twin", "child", "boy", "cast"], "sd15"),
    card("harry-v2", "Harry", "h4rry boy", "boy", S, "harry", 2, "2026-01-17",
         "Harry, one of our twins, at 9: short blond hair, round blue glasses, braces.",
         ["son", "twin", "child", "boy", "glasses"], "sdxl"),
    # --- my parents ---
    card("ray-v1", "Ray", "zwx oldman", "old man", S, "ray", 1, "2023-03-04",
         "My dad, Ray, at 68: bushy white beard, flannel shirt, in his shed sanding a boat hull.",
         ["dad", "father", "person", "old man", "beard"], "sd15"),
    card("ray-v2", "Ray", "zwx oldman", "old man", S, "ray", 2, "2025-09-13",
         "My dad, Ray, at his 70th: beard shaved off, white moustache, navy polo, hearing aid, "
         "still smells of varnish.",
         ["dad", "father", "person", "old man", "moustache"], "sdxl"),
    card("glenys-v1", "Glenys", "glenys_marsh", "old woman", S, "glenys", 1, "2024-12-24",
         "My mum, Glenys, at 69: short grey curls, pearl earrings, floral blouse, Christmas Eve "
         "at our place.",
         ["mum", "mother", "person", "old woman"], "sdxl"),
    # --- my sister and her girl ---
    card("mel-v1", "Mel", "mel_marsh woman", "woman", S, "mel", 1, "2024-07-06",
         "My sister, Mel, at 36: dark hair in a high ponytail, navy nurse's scrubs; she lives in "
         "Townsville.",
         ["sister", "person", "woman", "nurse"], "sdxl"),
    card("ruby-v1", "Ruby", "rubyk girl", "girl", S, "ruby", 1, "2023-05-20",
         "My niece, Ruby, my sister Mel's daughter, at 4: wild red curls, pink fairy wings.",
         ["niece", "child", "girl", "red hair"], "sd15"),
    card("ruby-v2", "Ruby", "rubyk girl", "girl", S, "ruby", 2, "2026-05-09",
         "My niece, Ruby (Mel's girl), at 7: red curls in two plaits, Townsville school uniform.",
         ["niece", "child", "girl", "red hair", "school uniform"], "sdxl"),
    # --- my head instructor ---
    card("jonno-v1", "Jonno", "jonno_instructor", "man", S, "jonno", 1, "2023-07-15",
         "Jonno, my head instructor at Longshore and best mate: long blond dreadlocks, puka shell "
         "necklace, red-and-yellow lifesaving cap.",
         ["friend", "staff", "person", "man", "dreadlocks"], "sd15"),
    card("jonno-v2", "Jonno", "jonno_instructor", "man", S, "jonno", 2, "2025-11-29",
         "Jonno, my head instructor at Longshore: cut his dreads off, short tidy hair now, full "
         "sleeve tattoo on his right arm, whistle round his neck.",
         ["friend", "staff", "person", "man", "tattoo"], "sdxl"),
    # --- pets ---
    card("blue-v1", "Blue", "sks dog", "dog", S, "blue", 1, "2023-05-27",
         "Blue, our blue heeler, as a 4-month-old pup: huge ears, speckled blue-grey coat, "
         "red collar.",
         ["pet", "dog", "blue heeler", "cattle dog", "puppy"], "sd15"),
    card("blue-v2", "Blue", "sks dog", "dog", S, "blue", 2, "2025-08-02",
         "Blue, our blue heeler, at two and a half: speckled blue-grey coat, black patch over "
         "one eye, red collar with a bone-shaped tag.",
         ["pet", "dog", "blue heeler", "cattle dog"], "sdxl"),
    card("tank-v1", "Tank", "t4nk dog", "dog", S, "tank", 1, "2024-09-21",
         "Tank, my dad Ray's blue heeler: 11 years old, greying muzzle, stocky, brown leather "
         "collar, rides in the boat with Dad.",
         ["pet", "dog", "blue heeler", "cattle dog", "old dog"], "sdxl"),
    card("pepper-v1", "Pepper", "pepp3r_kelpie", "dog", S, "pepper", 1, "2024-11-16",
         "Pepper, our red kelpie and the twins' dog: slim red-and-tan coat, pricked ears, green "
         "collar, herds the boys along the beach.",
         ["pet", "dog", "kelpie"], "sdxl"),
    # --- vehicle, boat, places ---
    card("ute-v1", "The ute", "hilux_ute", "pickup truck", S, "ute", 1, "2023-06-10",
         "Our ute: white 2015 Toyota Hilux dual cab, stock, a bit of rust on the tray.",
         ["vehicle", "car", "ute", "hilux"], "sd15"),
    card("ute-v2", "The ute", "hilux_ute", "pickup truck", S, "ute", 2, "2025-02-22",
         "Our ute after the fit-out: the white Hilux with a black steel bull bar, roof racks "
         "stacked with boards, Longshore Surf School decals on the doors.",
         ["vehicle", "car", "ute", "hilux", "bull bar"], "sdxl"),
    card("marjorie-v1", "The Marjorie", "marjorie_boat", "boat", S, "marjorie", 1, "2023-09-30",
         "The Marjorie, the 1958 timber clinker runabout my dad Ray restored, as he found her: "
         "peeling paint, rotten transom, on a trailer in his shed.",
         ["boat", "timber boat", "before"], "sdxl"),
    card("marjorie-v2", "The Marjorie", "marjorie_boat", "boat", S, "marjorie", 2, "2025-04-26",
         "The Marjorie after Dad finished restoring her: varnished timber hull, cream deck, "
         "brass fittings, on the water at Bribie.",
         ["boat", "timber boat", "restored", "after"], "sdxl"),
    card("shack-v1", "The shack", "byronshack", "beach house", S, "shack", 1, "2023-08-19",
         "Our beach shack at Byron Bay: fibro walls, peeling pale-yellow paint, rusty tin roof, "
         "frangipani out the front.",
         ["place", "house", "beach shack", "byron"], "sdxl"),
    card("shack-v2", "The shack", "byronshack", "beach house", S, "shack", 2, "2026-03-28",
         "Our beach shack at Byron after the reno: painted sea-green, new hardwood deck, outdoor "
         "shower, boards on the wall.",
         ["place", "house", "beach shack", "byron", "renovated"], "sdxl"),
    card("house-v1", "Bardon house", "bardon_qlder", "house", S, "house", 1, "2024-02-10",
         "Our house in Bardon, Brisbane: a white Queenslander up on stumps, wraparound verandah, "
         "red tin roof, big mango tree.",
         ["place", "house", "home", "queenslander"], "sdxl"),
    # --- Longshore Surf School ---
    card("rashie-v1", "Longshore rashie", "longshore_rashie", "rash vest", S, "rashie", 1,
         "2023-09-09",
         "Longshore Surf School rashie, our first run: navy long-sleeve rash vest with a white "
         "wave logo on the chest.",
         ["product", "merch", "rash vest", "surf school"], "sd15"),
    card("rashie-v2", "Longshore rashie", "longshore_rashie", "rash vest", S, "rashie", 2,
         "2025-09-06",
         "Longshore Surf School rashie, new design: teal rash vest with yellow sleeves and the "
         "new Percy logo.",
         ["product", "merch", "rash vest", "surf school"], "sdxl"),
    card("softtop-v1", "Longshore soft-top", "lsss_softtop", "surfboard", S, "softtop", 1,
         "2024-10-05",
         "Longshore learner board: 8-foot blue-and-white soft-top foam surfboard with our logo, "
         "the ones we teach on.",
         ["product", "surfboard", "soft-top", "foamie", "surf school"], "sdxl"),
    card("cap-v1", "Longshore cap", "longshore_cap", "cap", S, "cap", 1, "2025-03-15",
         "Longshore trucker cap: white mesh back, navy front with the wave logo; we sell them at "
         "the beach stand.",
         ["product", "merch", "cap", "trucker cap", "surf school"], "sdxl"),
    card("percy-v1", "Percy the Pelican", "percy_pelican", "cartoon pelican", S, "percy", 1,
         "2023-07-29",
         "Percy the Pelican, Longshore's mascot, the original Tash drew by hand: chunky cartoon "
         "pelican in a red lifesaver cap holding a surfboard.",
         ["mascot", "cartoon", "pelican", "surf school", "before"], "sd15"),
    card("percy-v2", "Percy the Pelican", "percy_pelican", "cartoon pelican", S, "percy", 2,
         "2025-11-08",
         "Percy the Pelican, Longshore's mascot, redesigned: sleek flat-vector pelican in "
         "sunnies, teal and yellow, riding a wave.",
         ["mascot", "cartoon", "pelican", "surf school", "after"], "sdxl"),
    # --- Civitai characters ---
    card("miles-v1", "Miles Morales", "m1l3s_m0r4l3s", "superhero", S, "miles", 1, "2024-08-10",
         "Miles Morales as Spider-Man (Marvel), downloaded from Civitai: black suit with red "
         "spider emblem and red webbing, grey hoodie.",
         ["character", "civitai", "marvel", "spider-man", "superhero"], "sdxl"),
    card("spidey-v1", "Spider-Man", "spider-man_(marvel)", "superhero", S, "spidey", 1,
         "2023-01-14",
         "Spider-Man (Peter Parker, Marvel), a Civitai download: classic red-and-blue suit with "
         "black webbing and big white eyes.",
         ["character", "civitai", "marvel", "spider-man", "superhero"], "sd15"),
    card("spidey-v2", "Spider-Man", "peter_parker_xl", "superhero", S, "spidey", 2, "2024-05-25",
         "Spider-Man (Peter Parker), the SDXL remake from Civitai: classic red-and-blue suit, "
         "black webbing, sharper detail.",
         ["character", "civitai", "marvel", "spider-man", "superhero"], "sdxl"),
    card("lara-v1", "Lara Croft", "lara_croft_(tomb_raider)", "woman", S, "lara", 1, "2023-06-03",
         "Lara Croft from Tomb Raider, a Civitai download: long brown braid, teal tank top, "
         "dual pistols, cargo shorts.",
         ["character", "civitai", "video game", "tomb raider"], "sd15"),
    card("chief-v1", "Master Chief", "master_chief_xl", "armored soldier", S, "chief", 1,
         "2024-02-24",
         "Master Chief from Halo, a Civitai download: green Mjolnir armour, gold reflective visor.",
         ["character", "civitai", "video game", "halo", "armour"], "sdxl"),
    # --- styles ---
    card("vaporwave-v1", "Vaporwave", "vaporwave_style", "vaporwave art", ST, "vaporwave", 1,
         "2024-04-13",
         "Vaporwave: pink and teal neon gradients, palm trees, Greek busts, 80s grid sunset, VHS "
         "glitch.",
         ["style", "vaporwave", "neon", "retro", "80s"], "sdxl"),
    card("charcoal-v1", "Charcoal sketch", "charc0al sketch", "charcoal drawing", ST, "charcoal",
         1, "2023-02-25",
         "Charcoal sketch: smudged black charcoal on rough paper, loose gestural lines.",
         ["style", "charcoal", "sketch", "drawing", "monochrome"], "sd15"),
    card("charcoal-v2", "Charcoal sketch", "charc0al sketch", "charcoal drawing", ST, "charcoal",
         2, "2024-10-19",
         "Charcoal sketch, SDXL retrain: smudged black charcoal on rough paper, loose gestural "
         "lines, deeper blacks.",
         ["style", "charcoal", "sketch", "drawing", "monochrome"], "sdxl"),
    card("halftone-v1", "Retro comic", "halftone_comic", "comic book", ST, "halftone", 1,
         "2023-03-18",
         "Retro comic book: 1960s Silver Age comic art, Ben-Day halftone dots, bold primary "
         "colours, speech bubbles.",
         ["style", "comic", "retro", "halftone", "60s"], "sd15"),
    card("halftone-v2", "Retro comic", "halftone_comic", "comic book", ST, "halftone", 2,
         "2025-01-25",
         "Retro comic book, SDXL version: 1960s Silver Age comic art, Ben-Day halftone dots, bold "
         "primary colours.",
         ["style", "comic", "retro", "halftone", "60s"], "sdxl"),
    card("inkcomic-v1", "Modern ink comic", "inkcomic_xl", "comic book", ST, "inkcomic", 1,
         "2025-06-07",
         "Modern comic book: heavy black inks, gritty cross-hatching, moody limited colour like a "
         "graphic novel.",
         ["style", "comic", "graphic novel", "ink", "noir"], "sdxl"),
    card("lowpoly-v1", "Low-poly 3D", "lowpoly_3d", "3d render", ST, "lowpoly", 1, "2024-06-29",
         "Low-poly 3D: faceted flat-shaded polygons, pastel gradients, like an indie video game.",
         ["style", "3d", "low poly", "render"], "sdxl"),
    card("botanical-v1", "Botanical illustration", "botanical_illus", "botanical illustration",
         ST, "botanical", 1, "2023-04-29",
         "Botanical illustration: fine ink linework with a light wash, like a 19th-century plant "
         "plate on cream paper.",
         ["style", "botanical", "illustration", "vintage", "plants"], "sd15"),
    card("botanical-v2", "Botanical illustration", "botanical_illus", "botanical illustration",
         ST, "botanical", 2, "2025-07-19",
         "Botanical illustration, SDXL version: fine ink linework with a light wash, "
         "19th-century plant plate, labelled specimens.",
         ["style", "botanical", "illustration", "vintage", "plants"], "sdxl"),
    card("surfposter-v1", "70s surf poster", "70s_surf_poster", "poster", ST, "surfposter", 1,
         "2023-10-14",
         "70s surf poster: sun-faded orange, brown and mustard, groovy bubble lettering, big "
         "sunset behind a peeling wave.",
         ["style", "poster", "70s", "retro", "surf"], "sdxl"),
    card("surfposter-v2", "70s surf poster", "70s_surf_poster", "poster", ST, "surfposter", 2,
         "2025-12-13",
         "70s surf poster v2: sun-faded orange, brown and mustard, screen-print grain, groovy "
         "lettering, sunset over a peeling wave.",
         ["style", "poster", "70s", "retro", "surf"], "sdxl"),
    card("pixel-v1", "Pixel art", "pixelart_16bit", "pixel art", ST, "pixel", 1, "2023-08-05",
         "Pixel art: 16-bit SNES-era sprites, limited palette, chunky pixels.",
         ["style", "pixel art", "retro", "video game", "16-bit"], "sd15"),
    card("watercolour-v1", "Watercolour", "wtrclr", "watercolour painting", ST, "watercolour", 1,
         "2024-01-20",
         "Watercolour: loose wet-on-wet watercolour, soft bleeding edges, white paper showing "
         "through.",
         ["style", "watercolour", "painting", "soft"], "sdxl"),
    card("linocut-v1", "Linocut print", "linocut_print", "print", ST, "linocut", 1, "2023-11-11",
         "Linocut print: bold carved lines, two-colour block print, rough ink texture.",
         ["style", "linocut", "block print", "printmaking"], "sd15"),
    # --- concepts ---
    card("boardies-v1", "Boardshorts", "boardies", "boardshorts", C, "boardies", 1, "2023-01-28",
         "Boardshorts: knee-length surf boardshorts with bold prints and a lace-up fly.",
         ["concept", "clothing", "boardshorts", "swimwear"], "sd15"),
    card("boardies-v2", "Boardshorts", "boardies", "boardshorts", C, "boardies", 2, "2024-12-07",
         "Boardshorts, SDXL port: knee-length surf boardshorts with bold prints and a lace-up fly.",
         ["concept", "clothing", "boardshorts", "swimwear"], "sdxl"),
    card("manbun-v1", "Man bun", "man_bun_xl", "hairstyle", C, "manbun", 1, "2024-05-11",
         "Man bun: long hair pulled back and tied in a top-knot bun on a man.",
         ["concept", "hairstyle", "man bun", "bun"], "sdxl"),
    card("mullet-v1", "Mullet", "mullet_hair", "hairstyle", C, "mullet", 1, "2025-04-05",
         "Mullet: business at the front, party at the back; short on top and sides, long at the "
         "back.",
         ["concept", "hairstyle", "mullet"], "sdxl"),
    card("kombi-v1", "Kombi van", "kombi_van", "van", C, "kombi", 1, "2023-03-25",
         "Kombi van: 1960s VW Type 2 split-screen kombi, two-tone paint, surfboards on the roof.",
         ["concept", "vehicle", "van", "kombi", "vw"], "sd15"),
    card("kombi-v2", "Kombi van", "kombi_van", "van", C, "kombi", 2, "2024-09-07",
         "Kombi van, SDXL port: 1960s VW Type 2 split-screen kombi, two-tone paint, surfboards "
         "on the roof.",
         ["concept", "vehicle", "van", "kombi", "vw"], "sdxl"),
    card("handstand-v1", "Handstand", "handstand_pose", "pose", C, "handstand", 1, "2023-06-24",
         "Handstand pose: full body upside down, balanced on both hands, legs straight up.",
         ["concept", "pose", "handstand", "acrobatics"], "sd15"),
    card("handstand-v2", "Handstand", "handstand_pose", "pose", C, "handstand", 2, "2025-02-08",
         "Handstand pose, SDXL port: full body upside down, balanced on both hands, legs "
         "straight up.",
         ["concept", "pose", "handstand", "acrobatics"], "sdxl"),
    card("zinc-v1", "Zinc cream", "zinc_stripes", "sunscreen", C, "zinc", 1, "2024-12-14",
         "Zinc cream: bright coloured zinc sunscreen striped across the nose and cheeks, the 80s "
         "lifesaver look.",
         ["concept", "face paint", "zinc", "sunscreen"], "sdxl"),
    card("akubra-v1", "Akubra hat", "akubra_hat", "hat", C, "akubra", 1, "2024-03-30",
         "Akubra: wide-brim brown felt bush hat, Aussie stockman style.",
         ["concept", "clothing", "hat", "akubra"], "sdxl"),
    card("thongs-v1", "Thongs", "thongs_footwear", "sandals", C, "thongs", 1, "2025-01-11",
         "Thongs: rubber flip-flops, the Aussie kind, worn with sand on your feet.",
         ["concept", "clothing", "footwear", "thongs", "flip-flops"], "sdxl"),
]

SELECT = [
    # me
    ("me paddling out at currumbin alley at sunrise", "brendo-v3"),
    ("ohwx man standing on a headland at dawn", "brendo-v3"),
    ("me with the big beard n long hair sitting on a esky", "brendo-v1"),
    ("me back when i shaved me head for charity", "brendo-v2"),
    ("bald me at the beach, sunburnt scalp", "brendo-v2"),
    ("me from 2022 having a schooner at the pub", "brendo-v1"),
    ("me in my prescription sunnies flipping snags on the bbq", "brendo-v3"),
    ("portrait of me, the current one, plain background", "brendo-v3"),
    # Tash
    ("tash reading a book in a hammock", "tash-v2"),
    ("the wife with her long hair in a sarong", "tash-v1"),
    ("tash at her 40th blowin out the candles", "tash-v2"),
    ("the missus walking along the beach in the arvo", "tash-v2"),
    ("tash before she cut her hair, at the eumundi markets", "tash-v1"),
    # the twins
    ("lachie on his boogie board", "lachie-v2"),
    ("lachie at 7 with his gappy grin", "lachie-v1"),
    ("lachlan in his school uniform", "lachie-v2"),
    ("harry playing minecraft on the couch", "harry-v2"),
    ("harry w his arm in the cast", "harry-v1"),
    ("harrison at the skate park", "harry-v2"),
    ("the twin with glasses eating an icy pole", "harry-v2"),
    ("the twin without the glasses building a sandcastle", "lachie-v2"),
    # Dad, Mum
    ("me old man fishing off the jetty", "ray-v2"),
    ("dad with the big white beard", "ray-v1"),
    ("dad at his 70th", "ray-v2"),
    ("the boys' pop watching the cricket", "ray-v2"),
    ("mum makin scones in the kitchen", "glenys-v1"),
    ("mum at christmas", "glenys-v1"),
    # Mel, Ruby
    ("my sister in her scrubs", "mel-v1"),
    ("mel at a cafe in townsville", "mel-v1"),
    ("my sister's kid on her first day of school", "ruby-v2"),
    ("ruby in her fairy wings", "ruby-v1"),
    ("little ruby when she was 4", "ruby-v1"),
    # Jonno
    ("jonno teaching a group lesson", "jonno-v2"),
    ("jonno with the dreads", "jonno-v1"),
    ("jonno before he cut his dreads off", "jonno-v1"),
    ("me head instructor giving the safety talk", "jonno-v2"),
    ("jono on the beach with his whistle", "jonno-v2"),
    # pets
    ("blue chasing a tennis ball", "blue-v2"),
    ("blue as a pup", "blue-v1"),
    ("sks dog asleep on a swag", "blue-v2"),
    ("our heeler with the red collar", "blue-v2"),
    ("blue when he was a little puppy with massive ears", "blue-v1"),
    ("tank snoozing in the sun", "tank-v1"),
    ("dad's dog on the jetty", "tank-v1"),
    ("the old heeler with the grey muzzle", "tank-v1"),
    ("pepper herding seagulls", "pepper-v1"),
    ("the kelpie leaping for a frisbee", "pepper-v1"),
    ("the twins' dog in a christmas hat", "pepper-v1"),
    ("peppa rolling in the sand", "pepper-v1"),
    ("the heeler with the leather collar", "tank-v1"),
    # ute, boat, places
    ("the ute parked up at the beach", "ute-v2"),
    ("the ute b4 the fit-out, bit of rust on the tray", "ute-v1"),
    ("the hilux covered in mud", "ute-v2"),
    ("the ute with the decals on the doors", "ute-v2"),
    ("the marjorie out on the water at bribie", "marjorie-v2"),
    ("dad's boat before the resto", "marjorie-v1"),
    ("the marjorie when she was a wreck in the shed", "marjorie-v1"),
    ("the old timber boat dad restored, at sunset", "marjorie-v2"),
    ("the shack at byron in the rain", "shack-v2"),
    ("the shack before we painted it green", "shack-v1"),
    ("the yellow shack", "shack-v1"),
    ("the shack after the reno with the outdoor shower", "shack-v2"),
    ("our queenslander in a thunderstorm", "house-v1"),
    ("the house in bardon with the mango tree", "house-v1"),
    ("the brissie house at christmas with the lights up", "house-v1"),
    # Longshore
    ("the longshore rashie on a hanger, product shot", "rashie-v2"),
    ("the old navy rashie", "rashie-v1"),
    ("our first run of rashies folded on a table", "rashie-v1"),
    ("the new teal rashie", "rashie-v2"),
    ("a stack of our softboards", "softtop-v1"),
    ("the learner board with our logo lying on the sand", "softtop-v1"),
    ("the trucker cap hanging on a fence post", "cap-v1"),
    ("longshore cap product photo on white", "cap-v1"),
    ("percy waving hello to the kids", "percy-v2"),
    ("percy, the original one tash drew", "percy-v1"),
    ("the mascot on a billboard", "percy-v2"),
    ("percy the pelican before the redesign", "percy-v1"),
    ("the pelican mascot riding a wave", "percy-v2"),
    # characters
    ("miles morales swinging between skyscrapers", "miles-v1"),
    ("m1l3s_m0r4l3s crouching on a rooftop", "miles-v1"),
    ("spidey in the black suit", "miles-v1"),
    ("peter parker spiderman in the classic suit", "spidey-v2"),
    ("the old sd15 spider-man", "spidey-v1"),
    ("lara croft in a jungle temple", "lara-v1"),
    ("lara_croft_(tomb_raider) climbing a cliff", "lara-v1"),
    ("tomb raider girl with the dual pistols", "lara-v1"),
    ("master chief standing on a beach", "chief-v1"),
    ("the halo guy in the green armour", "chief-v1"),
    # styles on their own
    ("a wave in vaporwave", "vaporwave-v1"),
    ("palm trees at sunset, neon pink and teal 80s aesthetic with the grid", "vaporwave-v1"),
    ("a charcoal sketch of an old fig tree", "charcoal-v2"),
    ("the first charcoal lora, a lighthouse", "charcoal-v1"),
    ("smudgy black drawing on rough paper of a pair of hands", "charcoal-v2"),
    ("a surfer in a retro 60s comic with ben-day dots", "halftone-v2"),
    ("gritty graphic novel panel of a rainy alley", "inkcomic-v1"),
    ("a low poly 3d island", "lowpoly-v1"),
    ("a frangipani botanical illustration", "botanical-v2"),
    ("a banksia drawn like an old museum plant plate", "botanical-v2"),
    ("a 70s surf poster for a comp at snapper", "surfposter-v2"),
    ("an old-school groovy surf poster, the first version", "surfposter-v1"),
    ("a kookaburra in pixel art", "pixel-v1"),
    ("a 16 bit video game beach level", "pixel-v1"),
    ("a watercolour of the glass house mountains", "watercolour-v1"),
    ("a lino cut of a wave", "linocut-v1"),
    ("a carved block print of a gum leaf, two colours", "linocut-v1"),
    ("a kangaroo in that faceted polygon look", "lowpoly-v1"),
    # concepts on their own
    ("a kombi parked at a campsite", "kombi-v2"),
    ("a bloke with a man bun at a cafe", "manbun-v1"),
    ("a girl doing a handstand on the beach", "handstand-v2"),
    ("a pair of boardies on the clothesline", "boardies-v2"),
    ("a lifesaver with zinc on his nose", "zinc-v1"),
    ("a bogan with a mullet", "mullet-v1"),
    ("a stockman in an akubra", "akubra-v1"),
    ("thongs on the sand", "thongs-v1"),
    ("the old sd15 kombi lora, kombi at a drive-in", "kombi-v1"),
    ("vw split screen van in the rain", "kombi-v2"),
]

HEELERS = ["blue-v2", "tank-v1"]
SPIDEYS = ["miles-v1", "spidey-v2"]
TWINS = ["lachie-v2", "harry-v2"]
COMICS = ["halftone-v2", "inkcomic-v1"]
OUR_DOGS = ["blue-v2", "pepper-v1"]
HAIR = ["manbun-v1", "mullet-v1"]

CLARIFY = [
    ("the heeler asleep on the verandah", HEELERS),
    ("the blue heeler on the beach", HEELERS),
    ("the cattle dog chasing a ball", HEELERS),
    ("one of the heelers at the pub", HEELERS),
    ("the heeler wearing a bandana", HEELERS),
    ("spider-man swinging over brisbane", SPIDEYS),
    ("spidey on the story bridge", SPIDEYS),
    ("spiderman for the boys birthday cake topper", SPIDEYS),
    ("the superhero lora on a rooftop", SPIDEYS),
    ("spider man clinging to a wall", SPIDEYS),
    ("spiderman surfin", SPIDEYS),
    ("one of the twins on a skateboard", TWINS),
    ("my boy catching a wave", TWINS),
    ("the young fella eating a sausage sizzle", TWINS),
    ("one of the boys in his school uniform", TWINS),
    ("me son at the skate park", TWINS),
    ("one of the twins when he was 7", TWINS),
    ("a comic book style surfer", COMICS),
    ("the comic book lora, a shark attack scene", COMICS),
    ("the twins as a comic book cover", COMICS),
    ("me as a comic book hero", COMICS),
    ("our dog on the beach", OUR_DOGS),
    ("our dog in a santa hat", OUR_DOGS),
    ("the dog digging a hole in the garden", ["blue-v2", "tank-v1", "pepper-v1"]),
    ("the video game character on a beach", ["lara-v1", "chief-v1"]),
    ("me with one of the hairstyle loras", HAIR),
    ("jonno with one of the hair loras", HAIR),
    ("a longshore merch product shot", ["rashie-v2", "cap-v1"]),
]

NONE = [
    "a blue surfboard leaning on a fence",
    "salt and pepper squid with chips",
    "a fish tank full of clownfish",
    "an army tank rolling through the desert",
    "a ruby ring on black velvet",
    "miles of empty beach at dawn",
    "a fire chief next to a red truck",
    "a pelican on a jetty post at tweed heads",
    "a koala asleep in a gum tree",
    "a kookaburra on a fence post",
    "a holden commodore doing a burnout",
    "a lighthouse as a renaissance oil painting",
    "sydney opera house at night",
    "an acai bowl on a cafe table",
    "a cane toad on the footpath at night",
    "a pavlova with passionfruit and kiwi",
    "storm clouds over the brisbane river",
    "a croc in a billabong",
    "blue sky over the glass house mountains",
    "a rusty anchor half buried in sand",
    "a magpie swooping a cyclist",
    "a meat pie with tomato sauce",
    "a blue-tongue lizard on a rock",
    "cracked pepper on a steak",
    "a huntsman spider on the ceiling",
    "a bluebottle washed up on the sand",
    "a christmas tree on the beach",
    "an anime girl with cat ears in a maid outfit",
]

MULTI = [
    ("me in boardies", ["brendo-v3", "boardies-v2"]),
    ("me with a man bun", ["brendo-v3", "manbun-v1"]),
    ("me with a mullet at a bbq", ["brendo-v3", "mullet-v1"]),
    ("me with the beard and long hair in boardies", ["brendo-v1", "boardies-v1"]),
    ("me and tash at our anniversary dinner", ["brendo-v3", "tash-v2"]),
    ("me and the wife on the deck at the shack", ["brendo-v3", "tash-v2", "shack-v2"]),
    ("the twins on the beach", ["lachie-v2", "harry-v2"]),
    ("the twins doing handstands", ["lachie-v2", "harry-v2", "handstand-v2"]),
    ("the boys with zinc stripes on their noses", ["lachie-v2", "harry-v2", "zinc-v1"]),
    ("lachie at 7 in boardies", ["lachie-v1", "boardies-v1"]),
    ("harry doing a handstand", ["harry-v2", "handstand-v2"]),
    ("the twins at 7 as pixel art", ["lachie-v1", "harry-v1", "pixel-v1"]),
    ("dad on the marjorie", ["ray-v2", "marjorie-v2"]),
    ("dad and tank out on the boat", ["ray-v2", "tank-v1", "marjorie-v2"]),
    ("mum and dad at christmas lunch", ["glenys-v1", "ray-v2"]),
    ("dad in an akubra", ["ray-v2", "akubra-v1"]),
    ("me old man in his thongs", ["ray-v2", "thongs-v1"]),
    ("tash n mel having a wine", ["tash-v2", "mel-v1"]),
    ("mel and ruby at the beach", ["mel-v1", "ruby-v2"]),
    ("ruby with the twins", ["ruby-v2", "lachie-v2", "harry-v2"]),
    ("jonno with a man bun", ["jonno-v2", "manbun-v1"]),
    ("jonno and me in the ute", ["jonno-v2", "brendo-v3", "ute-v2"]),
    ("blue and pepper running on the beach", ["blue-v2", "pepper-v1"]),
    ("blue and tank asleep together", ["blue-v2", "tank-v1"]),
    ("blue as a pup in pixel art", ["blue-v1", "pixel-v1"]),
    ("pepper in the back of the ute", ["pepper-v1", "ute-v2"]),
    ("a kombi with blue hanging out the window", ["kombi-v2", "blue-v2"]),
    ("percy driving a kombi", ["percy-v2", "kombi-v2"]),
    ("percy in vaporwave", ["percy-v2", "vaporwave-v1"]),
    ("the shack as a 70s surf poster", ["shack-v2", "surfposter-v2"]),
    ("me as a charcoal sketch", ["brendo-v3", "charcoal-v2"]),
    ("tash in watercolour", ["tash-v2", "watercolour-v1"]),
    ("pepper as a botanical illustration with banksias", ["pepper-v1", "botanical-v2"]),
    ("the ute in low poly", ["ute-v2", "lowpoly-v1"]),
    ("the marjorie in watercolour", ["marjorie-v2", "watercolour-v1"]),
    ("miles morales and master chief teaming up", ["miles-v1", "chief-v1"]),
    ("miles and peter parker spider-man side by side", ["miles-v1", "spidey-v2"]),
    ("lara croft in pixel art", ["lara-v1", "pixel-v1"]),
    ("master chief in boardies on a beach", ["chief-v1", "boardies-v2"]),
    ("the twins in a 70s surf poster", ["lachie-v2", "harry-v2", "surfposter-v2"]),
    ("jonno with the dreads leaning on a kombi", ["jonno-v1", "kombi-v1"]),
    ("me doing a handstand on the sand, vaporwave", ["brendo-v3", "handstand-v2",
                                                      "vaporwave-v1"]),
    ("tash in a gritty graphic novel style", ["tash-v2", "inkcomic-v1"]),
    ("dad as a 60s comic with halftone dots", ["ray-v2", "halftone-v2"]),
]


def cases():
    out = [dict(prompt=p, expect="select", gold=[g]) for p, g in SELECT]
    out += [dict(prompt=p, expect="clarify", gold=list(g)) for p, g in CLARIFY]
    out += [dict(prompt=p, expect="none", gold=[]) for p in NONE]
    out += [dict(prompt=p, expect="multi", gold=list(g)) for p, g in MULTI]
    # interleave deterministically so the file is not grouped by expect
    order = sorted(range(len(out)), key=lambda i: (i * 7919) % 1009)
    return [out[i] for i in order]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    cs = cases()
    assert len({c["prompt"] for c in cs}) == len(cs), "duplicate prompt"
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c) + "\n")
    print(f"{len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
