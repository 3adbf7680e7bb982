#!/usr/bin/env python3
"""Blind held-out set 78: Shane O'Brien's cattle station west of Longreach, Qld.

Running this writes catalog.jsonl and cases.jsonl next to it. Cards and cases are literals.
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
    card("shane-v1", "Shane", "ohwx man", "man", S, "shane", 1, "2006-09-16",
         "Me, Shane O'Brien, at 26 on my wedding day at the Longreach Uniting Church: clean-shaven, "
         "short back and sides, pale blue shirt, moleskins and a brand new akubra.",
         ["person", "man", "wedding", "groom", "clean-shaven"], "sd15"),
    card("shane-v2", "Shane", "ohwx man", "man", S, "shane", 2, "2016-07-09",
         "Me, Shane, at 36, after I grew the beard out for the Longreach rodeo: full brown beard, "
         "checked work shirt, sweat-stained akubra.",
         ["person", "man", "beard", "rodeo"], "sd15"),
    card("shane-v3", "Shane", "ohwx man", "man", S, "shane", 3, "2026-03-21",
         "Me, Shane, at 46: beard going grey, sunnies pushed up on my akubra, faded blue work shirt, "
         "brown forearms, crow's feet from squinting.",
         ["person", "man", "beard", "grey", "akubra"], "sdxl"),
    # --- family ---
    card("kylie-v1", "Kylie", "sks woman", "woman", S, "kylie", 1, "2006-09-16",
         "My wife Kylie at 25 on our wedding day: white lace dress, long blonde hair pinned up, "
         "bouquet of golden wattle.",
         ["person", "woman", "wedding", "bride", "blonde"], "sd15"),
    card("kylie-v2", "Kylie", "sks woman", "woman", S, "kylie", 2, "2018-10-14",
         "My wife Kylie at 37, seven months pregnant with our youngest, in a yellow sundress in the "
         "garden, long blonde hair in a plait.",
         ["person", "woman", "pregnant", "blonde"], "sd15"),
    card("kylie-v3", "Kylie", "sks woman", "woman", S, "kylie", 3, "2025-05-03",
         "My wife Kylie ('Kyles') at 44, after she cut her hair short: blonde pixie cut, denim shirt, "
         "reading glasses on a cord.",
         ["person", "woman", "short hair", "glasses", "blonde"], "sdxl"),
    card("jack-v1", "Jack", "j4ck_ob boy", "boy", S, "jack", 1, "2016-04-02",
         "Our eldest, Jack ('Jacko'), at 8 on his first pony day: missing front teeth, akubra too big "
         "for him, red checked shirt.",
         ["person", "boy", "child", "pony", "akubra"], "sd15"),
    card("jack-v2", "Jack", "j4ck_ob boy", "young man", S, "jack", 2, "2025-08-23",
         "Our eldest, Jacko, at 17 after he won the junior steer ride at the Longreach rodeo: big "
         "buckle, chaps, competitor number pinned to his back, lanky and freckled.",
         ["person", "teenager", "rodeo", "buckle", "chaps"], "sdxl"),
    card("tilly-v1", "Matilda", "t1lly girl", "girl", S, "tilly", 1, "2019-03-10",
         "Our daughter Matilda ('Tilly') at 8: blonde pigtails, freckles, pink gumboots, holding the "
         "bottle for a poddy calf.",
         ["person", "girl", "child", "pigtails", "calf"], "sd15"),
    card("tilly-v2", "Matilda", "t1lly girl", "girl", S, "tilly", 2, "2026-02-14",
         "Our daughter Tilly at 15 with her new braces and a short bob, in her Rockhampton boarding "
         "school uniform: bottle-green blazer and straw boater.",
         ["person", "girl", "teenager", "braces", "uniform"], "sdxl"),
    card("archie-v1", "Archie", "<archie-ob>", "boy", S, "archie", 1, "2025-11-30",
         "Our youngest, Archie, at 6: white-blond mop, gap-toothed grin, tiny akubra and RM boots, "
         "always bouncing on the trampoline.",
         ["person", "boy", "child", "blond", "trampoline"], "sdxl"),
    card("maureen-v1", "Maureen", "mrn_obrien woman", "woman", S, "maureen", 1, "2015-12-25",
         "My mum, Maureen, at 65 at Christmas lunch: long grey plait, floral blouse, pearl earrings.",
         ["person", "woman", "older woman", "plait", "christmas"], "sd15"),
    card("maureen-v2", "Maureen", "mrn_obrien woman", "woman", S, "maureen", 2, "2025-06-15",
         "My mum, Maureen, at 75 after her hip operation: short white hair, walking stick, blue "
         "cardigan, still out in her veggie garden every day.",
         ["person", "woman", "older woman", "walking stick", "garden"], "sdxl"),
    card("dulcie-v1", "Dulcie", "dlc nan", "old woman", S, "dulcie", 1, "2022-04-25",
         "My nan, Dulcie, at 94: tiny, white perm, glasses on a chain, knitting on the verandah of "
         "her little house in Barcaldine.",
         ["person", "old woman", "elderly", "knitting", "glasses"], "sd15"),
    card("reg-v1", "Reg", "zwx old man", "old man", S, "reg", 1, "2022-04-25",
         "My pop, Reg, at 96 on Anzac Day: war medals on his good suit jacket, slouch hat, walking "
         "frame, still sharp as a tack.",
         ["person", "old man", "elderly", "veteran", "medals"], "sd15"),
    card("darren-v1", "Darren", "d4v0 man", "man", S, "darren", 1, "2013-06-01",
         "My brother Darren ('Davo') at 31, before he shaved his head: shaggy sun-bleached hair, "
         "handlebar mo, Broncos jersey, on the quad in the cattle yards.",
         ["person", "man", "moustache", "long hair", "quad bike"], "sd15"),
    card("darren-v2", "Darren", "d4v0 man", "man", S, "darren", 2, "2024-09-07",
         "My brother Davo at 42: shaved head, aviator sunnies, headset round his neck. He does all "
         "our mustering from the air.",
         ["person", "man", "shaved head", "aviators", "pilot"], "sdxl"),
    card("kev-v1", "Kevin", "kvn_obrien man", "man", S, "kev", 1, "1984-05-05",
         "My late dad, Kevin 'Kev' O'Brien, at 34 at the Birdsville races in 1984: big bushy "
         "moustache, terry towelling hat, footy shorts, stubby in hand.",
         ["person", "man", "moustache", "1980s", "races"], "sd15"),
    card("kev-v2", "Kevin", "kvn_obrien man", "man", S, "kev", 2, "2019-08-10",
         "My late dad, Kev, at 69 on his last muster before he passed in 2021: white stubble, old "
         "green work shirt, battered hat, rolling a smoke by the yards.",
         ["person", "old man", "stubble", "memorial"], "sd15"),
    # --- animals ---
    card("red-v1", "Red", "sks dog", "dog", S, "red", 1, "2019-09-01",
         "Our kelpie, Red, as an eight-week-old pup: red and tan, white blaze on his chest, ears not "
         "up yet, all paws.",
         ["pet", "dog", "kelpie", "puppy"], "sd15"),
    card("red-v2", "Red", "sks dog", "dog", S, "red", 2, "2024-10-12",
         "Our kelpie, Red, at 5: red and tan working kelpie, white blaze on his chest, prick ears, "
         "lean as a whip.",
         ["pet", "dog", "kelpie", "working dog"], "sdxl"),
    card("rusty-v1", "Rusty", "rsty_kelpie", "dog", S, "rusty", 1, "2025-01-18",
         "Rusty, Thommo's kelpie (Greg Thompson, our neighbour on the next station): red and tan, "
         "white blaze on his chest, one ear flops over. Near enough a twin of ours.",
         ["dog", "kelpie", "working dog", "neighbour"], "sdxl"),
    card("biscuit-v1", "Biscuit", "bsct horse", "horse", S, "biscuit", 1, "2023-11-11",
         "My stockhorse, Biscuit: buckskin gelding with a black mane and tail and a white star, my "
         "go-to for the house paddock.",
         ["pet", "horse", "stockhorse", "buckskin"], "sdxl"),
    # --- vehicles, place ---
    card("ute-v1", "The Ute", "<obrien-ute>", "ute", S, "ute", 1, "2012-02-20",
         "Our white 2009 LandCruiser 79 single-cab ute, the year we bought it: steel tray, factory "
         "bumper, red dust up the doors.",
         ["vehicle", "ute", "landcruiser", "white"], "sd15"),
    card("ute-v2", "The Ute", "<obrien-ute>", "ute", S, "ute", 2, "2023-07-15",
         "Our white LandCruiser ute after the refit: ARB bullbar, snorkel, two UHF aerials, "
         "aluminium tray with a dog box.",
         ["vehicle", "ute", "landcruiser", "white", "bullbar"], "sdxl"),
    card("chopper-v1", "Chopper", "vh_mcx heli", "helicopter", S, "chopper", 1, "2024-09-07",
         "Our mustering chopper: a white and red Robinson R44, rego VH-MCX, bubble canopy, doors off "
         "for mustering.",
         ["vehicle", "helicopter", "robinson r44", "aircraft"], "sdxl"),
    card("homestead-v1", "Mulga Creek Homestead", "mlgck_homestead", "house", S, "homestead", 1,
         "2018-12-01",
         "Our homestead at Mulga Creek Station, west of Longreach, before the 2019 flood: old "
         "Queenslander on low stumps, red iron roof, wraparound verandah, bougainvillea.",
         ["place", "house", "homestead", "queenslander", "station"], "sd15"),
    card("homestead-v2", "Mulga Creek Homestead", "mlgck_homestead", "house", S, "homestead", 2,
         "2021-05-20",
         "Our homestead at Mulga Creek after we rebuilt it following the 2019 flood: up high on new "
         "stumps, green Colorbond roof, fresh white weatherboards, new water tank.",
         ["place", "house", "homestead", "queenslander", "station"], "sdxl"),
    # --- the beef business ---
    card("logo-v1", "Mulga Creek Beef Logo", "mcb_logo", "logo", S, "mcb-logo", 1, "2014-03-01",
         "Our beef brand's original logo: brown Brahman bull head inside a horseshoe, 'Mulga Creek "
         "Beef' in western wood-type letters.",
         ["logo", "brand", "brahman", "bull", "horseshoe"], "sd15"),
    card("logo-v2", "Mulga Creek Beef Logo", "mcb_logo", "logo", S, "mcb-logo", 2, "2025-09-01",
         "Our beef brand's logo after the redesign: minimal single-line Brahman bull head in red "
         "ochre, 'MULGA CREEK' in clean sans-serif.",
         ["logo", "brand", "brahman", "bull", "minimal"], "sdxl"),
    card("jerky-v1", "Mulga Creek Jerky", "mcb_jerky_pack", "package", S, "mcb-jerky", 1,
         "2017-06-10",
         "Our Mulga Creek beef jerky packet, the original: brown kraft paper bag with a sticker label "
         "and the old horseshoe logo.",
         ["product", "packaging", "jerky", "beef"], "sd15"),
    card("jerky-v2", "Mulga Creek Jerky", "mcb_jerky_pack", "package", S, "mcb-jerky", 2,
         "2025-10-01",
         "Our Mulga Creek beef jerky packet after the redesign: matte black resealable pouch with "
         "the new red-ochre bull logo and a little window.",
         ["product", "packaging", "jerky", "beef"], "sdxl"),
    card("barney-v1", "Barney", "barney_brahman", "cartoon bull", S, "barney", 1, "2018-04-01",
         "Barney, the cartoon Brahman bull I had drawn up as the mascot for our beef: grey hump, "
         "floppy ears, akubra, thumbs up.",
         ["mascot", "cartoon", "bull", "brahman"], "sd15"),
    card("barney-v2", "Barney", "barney_brahman", "cartoon bull", S, "barney", 2, "2025-10-01",
         "Barney, our beef mascot after the redesign: chunkier, rounder cartoon Brahman bull with a "
         "red bandana, akubra and a cheeky wink.",
         ["mascot", "cartoon", "bull", "brahman", "bandana"], "sdxl"),
    # --- downloaded characters ---
    card("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", S, "bluey", 1, "2023-02-11",
         "Bluey from the Bluey cartoon, off Civitai for the kids: blue heeler pup, light blue and "
         "navy with tan eyebrow patches.",
         ["character", "cartoon", "dog", "heeler", "bluey"], "sd15"),
    card("bluey-v2", "Bluey", "bluey_heeler", "cartoon dog", S, "bluey", 2, "2025-03-01",
         "Bluey, the SDXL remake off Civitai: blue heeler pup from Bluey, cleaner flat-colour look "
         "true to the show.",
         ["character", "cartoon", "dog", "heeler", "bluey"], "sdxl"),
    card("bingo-v1", "Bingo", "bingo_heeler", "cartoon dog", S, "bingo", 1, "2025-03-01",
         "Bingo from the Bluey cartoon (Civitai): Bluey's little sister, a red heeler pup, orange and "
         "cream with tan patches.",
         ["character", "cartoon", "dog", "heeler", "bluey"], "sdxl"),
    card("woody-v1", "Woody", "woody_toystory", "toy cowboy", S, "woody", 1, "2023-05-20",
         "Woody, the pull-string cowboy doll from Toy Story (Civitai): yellow checked shirt, cow-print "
         "vest, brown hat, sheriff badge.",
         ["character", "cartoon", "cowboy", "toy", "pixar"], "sd15"),
    card("skippy-v1", "Skippy", "sk1ppy", "kangaroo", S, "skippy", 1, "2023-08-02",
         "Skippy the Bush Kangaroo from the 60s TV show (Civitai): grey kangaroo in the bush, that "
         "old telly look.",
         ["character", "kangaroo", "tv", "retro"], "sd15"),
    card("dundee-v1", "Mick Dundee", "mick_dundee", "man", S, "dundee", 1, "2024-12-10",
         "Mick 'Crocodile' Dundee from the Crocodile Dundee films (Civitai): hat with a croc-tooth "
         "band, sleeveless leather vest, big bowie knife.",
         ["character", "man", "movie", "bushman"], "sdxl"),
    # --- art styles ---
    card("namatjira-v1", "Namatjira Watercolour", "<namatjira-wc>", "style", ST, "namatjira", 1,
         "2023-04-01",
         "Watercolour landscapes in the Hermannsburg manner of Albert Namatjira: white ghost gums, "
         "purple ranges, ochre plains.",
         ["style", "watercolour", "landscape", "australian art"], "sd15"),
    card("namatjira-v2", "Namatjira Watercolour", "<namatjira-wc>", "style", ST, "namatjira", 2,
         "2025-07-01",
         "SDXL version of the Namatjira watercolour style: ghost gums, lilac ranges, glowing ochre, "
         "softer washes.",
         ["style", "watercolour", "landscape", "australian art"], "sdxl"),
    card("inkwash-v1", "Ink & Wash Sketchbook", "inkwash_sketch", "style", ST, "inkwash", 1,
         "2025-02-10",
         "Loose watercolour sketchbook style: scratchy pen lines with quick watercolour washes, like "
         "a travel journal page.",
         ["style", "watercolour", "ink", "sketchbook"], "sdxl"),
    card("prohart-v1", "Pro Hart", "pr0h4rt style", "style", ST, "prohart", 1, "2024-06-01",
         "Outback naive painting style after Pro Hart: busy thick oils, tiny figures, dragonflies, "
         "red dirt and corrugated iron.",
         ["style", "oil painting", "naive", "australian art"], "sdxl"),
    card("kendone-v1", "Ken Done", "kendone_style", "style", ST, "kendone", 1, "2023-09-15",
         "Bright, happy Ken Done style: loose bold outlines, hot pink, cobalt blue and sunshine "
         "yellow, Sydney Harbour tea-towel vibe.",
         ["style", "painting", "colourful", "australian art"], "sd15"),
    card("poster-v1", "Vintage Travel Poster", "<vtg-poster>", "style", ST, "poster", 1,
         "2023-03-10",
         "1930s-50s travel poster style: flat colours, big skies, bold lettering, like the old "
         "airline and railway ads.",
         ["style", "poster", "vintage", "graphic"], "sd15"),
    card("poster-v2", "Vintage Travel Poster", "<vtg-poster>", "style", ST, "poster", 2,
         "2025-04-22",
         "SDXL vintage travel poster style: screenprint grain, limited palette, Art Deco lettering.",
         ["style", "poster", "vintage", "graphic"], "sdxl"),
    card("graphite-v1", "Graphite Sketch", "graphite_sketch", "style", ST, "graphite", 1,
         "2024-08-08",
         "Realistic graphite pencil drawing: cross-hatching, smudged shading, white paper.",
         ["style", "pencil", "drawing", "monochrome"], "sdxl"),
    card("pixel-v1", "8-Bit", "pixel_art_8bit", "style", ST, "pixel", 1, "2023-06-06",
         "Retro 8-bit pixel art: chunky pixels, limited NES palette.",
         ["style", "pixel art", "retro", "game"], "sd15"),
    card("ghibli-v1", "Ghibli Vibes", "ghibli_vibes", "style", ST, "ghibli", 1, "2023-01-15",
         "Hand-painted anime film look in the spirit of Studio Ghibli: soft skies, lush backgrounds, "
         "gentle characters.",
         ["style", "anime", "animation"], "sd15"),
    card("ghibli-v2", "Ghibli Vibes", "ghibli_vibes", "style", ST, "ghibli", 2, "2025-01-20",
         "Ghibli Vibes for SDXL: painterly anime film look, big cumulus clouds, warm light.",
         ["style", "anime", "animation"], "sdxl"),
    card("sunburnt-v1", "Sunburnt", "snbrnt_film", "style", ST, "sunburnt", 1, "2023-11-01",
         "Faded, sun-bleached 35mm film look: warm orange cast, washed-out blues, light leaks, like "
         "old holiday snaps from the 80s.",
         ["style", "photo", "film", "retro"], "sd15"),
    card("sunburnt-v2", "Sunburnt", "snbrnt_film", "style", ST, "sunburnt", 2, "2025-12-01",
         "Sunburnt v2 for SDXL: faded 35mm film look, heavier grain, warm cast, dust specks.",
         ["style", "photo", "film", "retro"], "sdxl"),
    card("claytown-v1", "Clay Town", "claym4tion", "style", ST, "claytown", 1, "2024-10-31",
         "Stop-motion claymation look: plasticine figures with thumbprints, felt and cardboard sets.",
         ["style", "claymation", "stop motion", "3d"], "sdxl"),
    card("linocut-v1", "Linocut", "<linocut-print>", "style", ST, "linocut", 1, "2023-07-07",
         "Black and white linocut print style: bold carved lines, high contrast, ink texture.",
         ["style", "printmaking", "black and white"], "sd15"),
    # --- concept LoRAs ---
    card("oilskin-v1", "Oilskin Coat", "drizabone_coat", "coat", C, "oilskin", 1, "2024-05-01",
         "Long brown waxed-cotton stockman's duster with a shoulder cape, knee length.",
         ["clothing", "coat", "outerwear", "western"], "sdxl"),
    card("singlet-v1", "Blue Singlet", "chesty_bonds_singlet", "singlet", C, "singlet", 1,
         "2024-07-01",
         "Classic navy-blue cotton work singlet, the Aussie working man's uniform.",
         ["clothing", "singlet", "workwear"], "sdxl"),
    card("mullet-v1", "Mullet", "mullet_hair", "hairstyle", C, "mullet", 1, "2023-02-02",
         "Business at the front, party at the back mullet haircut.",
         ["hairstyle", "hair", "retro"], "sd15"),
    card("mullet-v2", "Mullet", "mullet_hair", "hairstyle", C, "mullet", 2, "2025-06-06",
         "SDXL mullet: short on top and sides, long curly back, full 80s footy mullet.",
         ["hairstyle", "hair", "retro"], "sdxl"),
    card("raillean-v1", "Rail Lean", "leaning_on_rail", "pose", C, "raillean", 1, "2025-03-15",
         "Pose: forearms resting on the top rail of a timber stockyard fence, one boot up on the "
         "bottom rail.",
         ["pose", "fence", "leaning"], "sdxl"),
    card("roadtrain-v1", "Road Train", "roadtrain_triple", "truck", C, "roadtrain", 1,
         "2024-11-20",
         "Prime mover hauling three trailers of cattle crates down an outback highway, bullbar and "
         "dust.",
         ["vehicle", "truck", "road train", "cattle"], "sdxl"),
    card("stockwhip-v1", "Stockwhip", "stock_whip", "whip", C, "stockwhip", 1, "2024-04-04",
         "Plaited kangaroo-hide stockwhip caught mid-crack, long thong and cracker.",
         ["prop", "whip", "stockman"], "sdxl"),
    card("esky-v1", "Esky", "esky_cooler", "cooler", C, "esky", 1, "2023-12-20",
         "Classic white and blue Esky cooler box, lid open, stubbies on ice.",
         ["prop", "cooler", "beer"], "sd15"),
    card("bullride-v1", "Bull Ride", "bullride_pose", "pose", C, "bullride", 1, "2025-09-20",
         "Pose: rider on a bucking bull, one hand on the rope, free arm flung up high.",
         ["pose", "rodeo", "bull"], "sdxl"),
]

SELECT = [
    # me
    ("me at me weddin, clean shaven n skinny lol", "shane-v1"),
    ("headshot of me as i look now for the website", "shane-v3"),
    ("me with the beard back when i first grew it for the rodeo", "shane-v2"),
    ("me at the longreach show in 2016", "shane-v2"),
    ("shane obrien standing in the front paddock at sunup", "shane-v3"),
    ("me back when i was clean shaven, 20 odd years ago", "shane-v1"),
    ("me at 36 havin a beer at the pub", "shane-v2"),
    ("me checkin the water trough this arvo", "shane-v3"),
    # the missus
    ("pic of the missus in the garden this arvo", "kylie-v3"),
    ("the missus when she was preggers with archie", "kylie-v2"),
    ("kylie in her wedding dress", "kylie-v1"),
    ("the wife with her new short hair", "kylie-v3"),
    ("kyles reading a book by the fire", "kylie-v3"),
    ("the missus back in 2018", "kylie-v2"),
    ("me bride walkin down the aisle", "kylie-v1"),
    # jack
    ("jacko as a little tacker", "jack-v1"),
    ("our eldest with his rodeo buckle", "jack-v2"),
    ("jack when he was 8 with no front teeth", "jack-v1"),
    ("jacko now, standin by the yards", "jack-v2"),
    ("me eldest boy heading off to uni", "jack-v2"),
    # tilly
    ("tilly smilin with her braces", "tilly-v2"),
    ("tilly in pigtails feedin the poddy calf", "tilly-v1"),
    ("our daughter in her school uniform", "tilly-v2"),
    ("matilda when she was 8", "tilly-v1"),
    ("our girl reading in the hammock", "tilly-v2"),
    # archie
    ("our youngest bouncin on the trampoline", "archie-v1"),
    ("archie in his little akubra", "archie-v1"),
    ("the little fella with the white blond hair", "archie-v1"),
    ("arch in his rm boots splashing in a puddle", "archie-v1"),
    # mum
    ("mum out in the veggie garden", "maureen-v2"),
    ("mum at christmas with her long plait", "maureen-v1"),
    ("mum with her walkin stick", "maureen-v2"),
    ("the kids nan pottering in her veggie patch", "maureen-v2"),
    ("mum before her hip op", "maureen-v1"),
    # nan and pop
    ("nan knitting", "dulcie-v1"),
    ("nan dulcie with her glasses on a chain", "dulcie-v1"),
    ("pop in his medals on anzac day", "reg-v1"),
    ("pop at the dawn service", "reg-v1"),
    ("the kids great nan havin a cuppa", "dulcie-v1"),
    ("reg with his walking frame", "reg-v1"),
    # davo
    ("davo with his aviators on", "darren-v2"),
    ("me brother before he shaved his head", "darren-v1"),
    ("darren with the handlebar mo", "darren-v1"),
    ("my brother having a beer", "darren-v2"),
    ("uncle davo at the bbq", "darren-v2"),
    # dad
    ("me old man at the birdsville races", "kev-v1"),
    ("dad on his last muster", "kev-v2"),
    ("the old man in the 80s with the big mo", "kev-v1"),
    ("dad rollin a smoke by the yards", "kev-v2"),
    ("a portrait of my late father for the memorial", "kev-v2"),
    ("kev obrien as a young bloke", "kev-v1"),
    # red
    ("red as a pup", "red-v1"),
    ("our kelpie red working the weaners", "red-v2"),
    ("me dog asleep under the tank stand", "red-v2"),
    ("red when he was 8 weeks old", "red-v1"),
    ("our kelpie on a bed of hay", "red-v2"),
    # rusty
    ("thommos dog", "rusty-v1"),
    ("rusty the kelpie from next door with the floppy ear", "rusty-v1"),
    ("the neighbours kelpie", "rusty-v1"),
    # biscuit
    ("biscuit in the house paddock", "biscuit-v1"),
    ("me stockhorse with the white star", "biscuit-v1"),
    ("the buckskin grazing by the dam", "biscuit-v1"),
    # ute
    ("the ute parked out the front of the pub", "ute-v2"),
    ("the ute before we did it up", "ute-v1"),
    ("the cruiser with the bullbar and snorkel", "ute-v2"),
    ("the landcruiser back in 2012", "ute-v1"),
    # chopper
    ("the chopper landin on the airstrip", "chopper-v1"),
    ("our r44 parked by the shed", "chopper-v1"),
    ("the heli with the doors off", "chopper-v1"),
    # homestead
    ("the homestead at dusk", "homestead-v2"),
    ("the old house before the flood", "homestead-v1"),
    ("the homestead with the new green roof", "homestead-v2"),
    ("the house as it was in 2018", "homestead-v1"),
    ("aerial shot of mulga creek homestead", "homestead-v2"),
    # business
    ("the old logo with the horseshoe", "logo-v1"),
    ("our new logo on a stubby holder", "logo-v2"),
    ("the mulga creek beef logo", "logo-v2"),
    ("the logo before the redesign", "logo-v1"),
    ("the jerky packet", "jerky-v2"),
    ("the original brown paper jerky bag", "jerky-v1"),
    ("a pack of our jerky on the bar at the pub", "jerky-v2"),
    ("barney waving", "barney-v2"),
    ("the old barney, the first drawing of him", "barney-v1"),
    ("our mascot", "barney-v2"),
    ("the cartoon bull in the bandana", "barney-v2"),
    # characters
    ("bluey playing in the sprinkler", "bluey-v2"),
    ("bingo from bluey", "bingo-v1"),
    ("bluey's little sister", "bingo-v1"),
    ("woody from toy story", "woody-v1"),
    ("the toy cowboy with the pull string", "woody-v1"),
    ("skippy the bush kangaroo", "skippy-v1"),
    ("crocodile dundee", "dundee-v1"),
    ("mick dundee with his big knife", "dundee-v1"),
    ("the orange one from bluey", "bingo-v1"),
    ("that kangaroo off the old tv show", "skippy-v1"),
    ("the blue cartoon pup", "bluey-v2"),
    # styles
    ("ghost gums in namatjira style", "namatjira-v2"),
    ("a windmill in the ink and wash sketchbook style", "inkwash-v1"),
    ("pro hart style painting of a backyard cricket match", "prohart-v1"),
    ("ken done style sydney harbour", "kendone-v1"),
    ("an old travel poster of longreach", "poster-v2"),
    ("a pencil sketch of a windmill", "graphite-v1"),
    ("8 bit pixel art of a country pub", "pixel-v1"),
    ("a gum tree in anime style like totoro", "ghibli-v2"),
    ("faded old film photo look of a country pub", "sunburnt-v2"),
    ("claymation of a cow", "claytown-v1"),
    ("linocut of a windmill", "linocut-v1"),
    ("the first namatjira lora, ranges at sunset", "namatjira-v1"),
    ("the old sd1.5 ghibli one, a farmhouse", "ghibli-v1"),
    ("dragonflies and red dirt, naive art like that broken hill painter", "prohart-v1"),
    ("bright pinks and blues tea towel style pic of the reef", "kendone-v1"),
    ("stop motion plasticine look, a bloke on a tractor", "claytown-v1"),
    ("a 1950s railway ad style picture of a steam train", "poster-v2"),
    ("black and white carved print of a shearing shed", "linocut-v1"),
    # concepts
    ("a bloke in a drizabone", "oilskin-v1"),
    ("a stockman in a long wax coat", "oilskin-v1"),
    ("a footy player in a navy singlet", "singlet-v1"),
    ("a fella with a mullet", "mullet-v2"),
    ("a triple trailer cattle truck on the highway", "roadtrain-v1"),
    ("a road train kicking up dust", "roadtrain-v1"),
    ("a jackaroo cracking a whip", "stockwhip-v1"),
    ("a cooler full of tinnies at the creek", "esky-v1"),
    ("a bloke propped on the yard rails", "raillean-v1"),
    ("a cowboy on a bucking bull", "bullride-v1"),
    ("a girl with a mullet", "mullet-v2"),
    ("the first mullet lora on a footy player", "mullet-v1"),
    ("an eski on the tailgate", "esky-v1"),
    ("a shearer in a chesty bond", "singlet-v1"),
]

CLARIFY = [
    ("the homestead in watercolour", ["namatjira-v2", "inkwash-v1"]),
    ("do nan in watercolour", ["namatjira-v2", "inkwash-v1"]),
    ("a watercolour of biscuit", ["namatjira-v2", "inkwash-v1"]),
    ("tilly in watercolours for her birthday card", ["namatjira-v2", "inkwash-v1"]),
    ("a watercolour of the chopper", ["namatjira-v2", "inkwash-v1"]),
    ("the red kelpie with the white chest", ["red-v2", "rusty-v1"]),
    ("a kelpie with a white blaze sittin on a hay bale", ["red-v2", "rusty-v1"]),
    ("the red dog lying in the shade", ["red-v2", "rusty-v1"]),
    ("the cartoon heeler pup", ["bluey-v2", "bingo-v1"]),
    ("the heeler from the kids show on a surfboard", ["bluey-v2", "bingo-v1"]),
    ("one of the bluey dogs for archies cake", ["bluey-v2", "bingo-v1"]),
    ("the pup from that kids cartoon in the back of the ute", ["bluey-v2", "bingo-v1"]),
    ("the bluey dog in pixel art", ["bluey-v2", "bingo-v1"]),
    ("me boy on the motorbike", ["jack-v2", "archie-v1"]),
    ("our son feeding the chooks", ["jack-v2", "archie-v1"]),
    ("the young fella on the quad", ["jack-v2", "archie-v1"]),
    ("our boy in the drizabone", ["jack-v2", "archie-v1"]),
    ("the old fella sittin by the fire", ["kev-v2", "reg-v1"]),
    ("grandad in his good hat", ["kev-v2", "reg-v1"]),
    ("grandpa with a beer", ["kev-v2", "reg-v1"]),
    ("the brahman bull on a cap", ["logo-v2", "barney-v2"]),
    ("our bull on the new shirts", ["logo-v2", "barney-v2"]),
    ("the mulga creek bull for the sign at the front gate", ["logo-v2", "barney-v2"]),
    ("the fella in the hat from that movie", ["woody-v1", "dundee-v1"]),
    ("paint the ute like a proper painting", ["namatjira-v2", "inkwash-v1", "prohart-v1", "kendone-v1"]),
    ("a painting of the homestead for mums birthday", ["namatjira-v2", "inkwash-v1", "prohart-v1", "kendone-v1"]),
    ("a painting of the chopper", ["namatjira-v2", "inkwash-v1", "prohart-v1", "kendone-v1"]),
    ("a sketch of pop", ["graphite-v1", "inkwash-v1"]),
    ("a drawing of red for the fridge", ["graphite-v1", "inkwash-v1"]),
    ("give the homestead an old vintage look", ["poster-v2", "sunburnt-v2"]),
    ("a vintage style pic of the missus", ["poster-v2", "sunburnt-v2"]),
]

NONE = [
    "a red sunset over the dam",
    "a rusty old windmill in a dry paddock",
    "a plate of anzac biscuits and a cuppa",
    "a sunburnt tourist at uluru",
    "bingo night at the rsl",
    "a mullet jumping out of the river at dawn",
    "a black and tan kelpie working sheep",
    "a white hilux ute for sale",
    "a rescue helicopter over bondi",
    "a mob of cattle crossing the creek",
    "a woman in a wedding dress on a beach",
    "an old man sitting on a porch",
    "a croc sunning itself on a river bank",
    "a kangaroo bounding across the road at dusk",
    "a real brahman bull in the yards, photo",
    "a pregnant woman holding her belly",
    "a little girl with pigtails on a swing",
    "a bloke with a big beard",
    "an old lady knitting by the fire",
    "a blue heeler pup, realistic photo",
    "a steak on the barbie",
    "a dust storm rolling in over the plains",
    "a flooded outback road",
    "a toddler on a trampoline",
    "woody weeds along the fence line",
    "a koala up a gum tree",
    "a dairy farm in new zealand",
    "a new logo for a coffee shop",
    "a horse race at flemington",
    "thommos homestead over the boundary fence",
    "a whip snake on the track",
]

MULTI = [
    ("me and the missus at the longreach races", ["shane-v3", "kylie-v3"]),
    ("the three kids on the trampoline", ["jack-v2", "tilly-v2", "archie-v1"]),
    ("davo flying the chopper", ["darren-v2", "chopper-v1"]),
    ("red in the back of the ute", ["red-v2", "ute-v2"]),
    ("nan and pop holding hands", ["dulcie-v1", "reg-v1"]),
    ("the old man in linocut", ["kev-v2", "linocut-v1"]),
    ("jacko in a drizabone", ["jack-v2", "oilskin-v1"]),
    ("tilly riding biscuit", ["tilly-v2", "biscuit-v1"]),
    ("the homestead in that namatjira style", ["homestead-v2", "namatjira-v2"]),
    ("barney in claymation", ["barney-v2", "claytown-v1"]),
    ("bluey and bingo playing keepy uppy", ["bluey-v2", "bingo-v1"]),
    ("woody as 8 bit pixel art", ["woody-v1", "pixel-v1"]),
    ("skippy in ken done colours", ["skippy-v1", "kendone-v1"]),
    ("our wedding day, me and kylie", ["shane-v1", "kylie-v1"]),
    ("mum reading to archie", ["maureen-v2", "archie-v1"]),
    ("me with a mullet lol", ["shane-v3", "mullet-v2"]),
    ("davo leaning on the yard rail", ["darren-v2", "raillean-v1"]),
    ("pop with an esky of cold ones", ["reg-v1", "esky-v1"]),
    ("a road train going past the homestead", ["roadtrain-v1", "homestead-v2"]),
    ("jacko on a bucking bull", ["jack-v2", "bullride-v1"]),
    ("me cracking the stockwhip", ["shane-v3", "stockwhip-v1"]),
    ("the logo done like an old travel poster", ["logo-v2", "poster-v2"]),
    ("the jerky pouch as a pencil sketch", ["jerky-v2", "graphite-v1"]),
    ("crocodile dundee with red", ["dundee-v1", "red-v2"]),
    ("thommos dog and ours together by the trough", ["rusty-v1", "red-v2"]),
    ("the missus in a navy singlet", ["kylie-v3", "singlet-v1"]),
    ("tilly ghibli style", ["tilly-v2", "ghibli-v2"]),
    ("me and davo havin a beer after the muster", ["shane-v3", "darren-v2"]),
    ("the old homestead before the flood, ken done style", ["homestead-v1", "kendone-v1"]),
    ("mum in the ink and wash sketch style", ["maureen-v2", "inkwash-v1"]),
    ("bluey and woody having a tea party", ["bluey-v1", "woody-v1"]),
    ("archie painted like pro hart", ["archie-v1", "prohart-v1"]),
    ("pop in that sunburnt faded film look", ["reg-v1", "sunburnt-v1"]),
    ("me old man in the 80s with the faded film look", ["kev-v1", "sunburnt-v1"]),
    ("the chopper flyin over the homestead", ["chopper-v1", "homestead-v2"]),
    ("tilly and bingo", ["tilly-v2", "bingo-v1"]),
    ("barney holding a pack of our jerky", ["barney-v2", "jerky-v2"]),
    ("red wearing a drizabone haha", ["red-v2", "oilskin-v1"]),
    ("me and me brother leaning on the rails at the yards", ["shane-v3", "darren-v2", "raillean-v1"]),
    ("nan as pixel art", ["dulcie-v1", "pixel-v1"]),
    ("the ute in graphite pencil", ["ute-v2", "graphite-v1"]),
    ("archie cuddlin red", ["archie-v1", "red-v2"]),
    ("kylie and mum at the cwa", ["kylie-v3", "maureen-v2"]),
]


def cases():
    out = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    out += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    out += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    out += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    # interleave deterministically so kinds are not in blocks
    return sorted(out, key=lambda c: (sum(map(ord, c["prompt"])) * 7919) % 1009)


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
