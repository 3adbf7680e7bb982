#!/usr/bin/env python3
"""Held-out selection set 59: Jory Trewin's repository (crab-and-lobster fisherman, Newlyn, Cornwall).

Running it writes catalog.jsonl and cases.jsonl next to this file.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base_model):
    return dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind, family=family,
                version=version, created_at=created_at, description=description, tags=tags,
                base_model=base_model)


S, ST, CO = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("jory-v1", "Jory", "ohwx man", "man", S, "jory", 1, "2021-02-10",
         "Me, Jory Trewin, at 35 the summer I bought the Morwenna (2009 photos): big bushy black beard, "
         "yellow bib-and-brace, woolly hat.",
         ["me", "person", "man", "beard", "fisherman"], "sd15"),
    card("jory-v2", "Jory", "ohwx man", "man", S, "jory", 2, "2022-08-20",
         "Me, Jory, at 43 at Newlyn Fish Festival 2017: beard trimmed short and going grey, navy Breton smock, "
         "holding up a spider crab.",
         ["me", "person", "man", "beard", "festival"], "sd15"),
    card("jory-v3", "Jory", "ohwx man", "man", S, "jory", 3, "2026-06-14",
         "Me, Jory, at 52: clean-shaven since I shaved the beard off for the lifeboat charity, short grey hair, "
         "reading glasses pushed up on my head, orange smock. The grandkids call me Grampy.",
         ["me", "person", "man", "grampy", "fisherman", "glasses"], "sdxl"),
    # --- wife ---
    card("tamsin-v1", "Tamsin", "sks woman", "woman", S, "tamsin", 1, "2020-05-16",
         "My wife Tamsin (Tam) at 36 when we opened the pasty shop in 2012: long red hair in a plait, "
         "flour up her arms, the old red Trewin's Pasties apron.",
         ["wife", "person", "woman", "red hair", "plait"], "sd15"),
    card("tamsin-v2", "Tamsin", "sks woman", "woman", S, "tamsin", 2, "2025-10-04",
         "My wife Tam at 49 after the shop's rebrand: short copper bob, specs on a chain, teal apron with "
         "the gull logo.",
         ["wife", "person", "woman", "bob", "apron"], "sdxl"),
    # --- son ---
    card("jago-v1", "Jago", "jgo_trewin", "man", S, "jago", 1, "2019-11-09",
         "Our son Jago at 18 at his leaving do from school in 2016: floppy curtains haircut, black-and-gold "
         "Cornwall rugby shirt.",
         ["son", "person", "young man", "curtains", "rugby shirt"], "sd15"),
    card("jago-v2", "Jago", "jgo_trewin", "man", S, "jago", 2, "2024-11-02",
         "Our son Jago at 26, crews the Morwenna with me: shaved head, tattoo sleeve of a compass and "
         "swallows, orange bib-and-brace.",
         ["son", "person", "man", "tattoos", "crew"], "sdxl"),
    # --- daughter ---
    card("demelza-v1", "Demelza", "<melz>", "woman", S, "demelza", 1, "2021-12-18",
         "Our daughter Demelza (Melz) at 21 in her nurse's uniform at Treliske: long blonde hair tied back, "
         "navy tunic.",
         ["daughter", "person", "woman", "nurse"], "sd15"),
    card("demelza-v2", "Demelza", "<melz>", "woman", S, "demelza", 2, "2024-03-09",
         "Our Melz at 24, seven months pregnant with Morvah: long blonde hair down, denim dungarees, hand on "
         "her bump.",
         ["daughter", "person", "woman", "pregnant", "dungarees"], "sdxl"),
    card("demelza-v3", "Demelza", "<melz>", "woman", S, "demelza", 3, "2026-09-12",
         "Our Melz at 26: the blonde pixie cut she had done this summer, gold hoop earrings, cardigan.",
         ["daughter", "person", "woman", "pixie cut"], "sdxl"),
    # --- grandchildren ---
    card("kit-v1", "Kit", "k1tt0", "boy", S, "kit", 1, "2023-08-05",
         "Our grandson Kit, Jago's boy, at 3: white-blond curls, red wellies, a crabbing bucket.",
         ["grandson", "child", "boy", "toddler", "wellies"], "sdxl"),
    card("kit-v2", "Kit", "k1tt0", "boy", S, "kit", 2, "2026-09-20",
         "Our grandson Kit at 6, first year at school: gappy grin with his front teeth out, round blue "
         "glasses, grey school jumper.",
         ["grandson", "child", "boy", "glasses", "school"], "sdxl"),
    card("morvah-v1", "Morvah", "zwx baby", "baby girl", S, "morvah", 1, "2025-07-12",
         "Our granddaughter Morvah, Melz's little maid, at 1: wispy blonde hair, yellow sun bonnet, chubby "
         "cheeks.",
         ["granddaughter", "baby", "girl", "bonnet"], "sdxl"),
    card("morvah-v2", "Morvah", "zwx baby", "girl", S, "morvah", 2, "2026-11-21",
         "Our granddaughter Morvah at 2, toddling everywhere: curly blonde bunches, pink wellies, stripy "
         "dungarees.",
         ["granddaughter", "toddler", "girl", "bunches", "wellies"], "sdxl"),
    # --- parents ---
    card("wilf-v1", "Wilf", "wlf_trewin", "man", S, "wilf", 1, "2019-05-04",
         "My father Wilf Trewin in his fifties, from early-90s photos aboard his old boat the Girl Pat: thick "
         "black moustache, flat cap, pipe, navy knit.",
         ["father", "dad", "person", "old man", "moustache", "pipe"], "sd15"),
    card("wilf-v2", "Wilf", "wlf_trewin", "man", S, "wilf", 2, "2025-12-27",
         "My father Wilf at 81: white hair, flat cap, walking stick, tweed jacket, on his bench by the "
         "harbour. 'Grancher' to the grandkids.",
         ["father", "dad", "person", "old man", "flat cap", "grancher"], "sdxl"),
    card("ivy-v1", "Ivy", "<ivy-trewin>", "woman", S, "ivy", 1, "2020-03-22",
         "My late mum Ivy Trewin, from old photos in her sixties: permed grey hair, headscarf, flowery pinny, "
         "at the kitchen range.",
         ["mother", "mum", "person", "old woman", "headscarf"], "sd15"),
    # --- dogs ---
    card("pickle-v1", "Pickle", "sks dog", "dog", S, "pickle", 1, "2018-06-10",
         "Pickle, our Jack Russell, as a pup: white with a tan patch over his right eye, red collar.",
         ["pet", "dog", "jack russell", "terrier", "puppy"], "sd15"),
    card("pickle-v2", "Pickle", "sks dog", "dog", S, "pickle", 2, "2025-05-24",
         "Pickle, our Jack Russell, at 8: white with a tan patch over his right eye, grey muzzle now, red "
         "collar; comes out on the boat in his little lifejacket.",
         ["pet", "dog", "jack russell", "terrier"], "sdxl"),
    card("nipper-v1", "Nipper", "<nipper>", "dog", S, "nipper", 1, "2024-04-06",
         "Nipper, our Border terrier: wiry grizzle-and-tan coat, otter head, green harness.",
         ["pet", "dog", "border terrier", "terrier"], "sdxl"),
    card("scrap-v1", "Scrap", "scr4p dog", "dog", S, "scrap", 1, "2025-08-30",
         "Scrap, our neighbour Mrs Pascoe's Jack Russell: the spit of Pickle, white with a tan eye patch, but "
         "over his left eye, and a blue collar with a bell.",
         ["dog", "jack russell", "terrier", "neighbour"], "sdxl"),
    # --- boat, vehicle, house ---
    card("morwenna-v1", "Morwenna", "<morwenna-pz>", "fishing boat", S, "morwenna", 1, "2019-07-20",
         "Our boat the Morwenna, PZ 512, a 10-metre crabber, before the re-paint: pale blue hull, white "
         "wheelhouse, stacked with gear.",
         ["boat", "crabber", "fishing boat", "blue"], "sd15"),
    card("morwenna-v2", "Morwenna", "<morwenna-pz>", "fishing boat", S, "morwenna", 2, "2025-04-19",
         "The Morwenna, PZ 512, after we re-painted her this spring: dark red hull, black gunwale stripe, "
         "white wheelhouse, new name board.",
         ["boat", "crabber", "fishing boat", "red"], "sdxl"),
    card("rusty-v1", "Rusty", "rsty_landy", "land rover", S, "rusty", 1, "2024-10-12",
         "Rusty, my old 1989 Land Rover Defender 90: faded green, rust on the wheel arches, roof rack, tow bar "
         "for the boat trailer.",
         ["vehicle", "land rover", "defender", "4x4"], "sdxl"),
    card("chyanmor-v1", "Chy an Mor", "<chy-an-mor>", "cottage", S, "chy-an-mor", 1, "2023-05-13",
         "Our cottage, Chy an Mor, up the hill in Newlyn: granite terrace, blue front door, slate roof, "
         "geraniums on the step, looking over the harbour.",
         ["home", "house", "cottage", "newlyn"], "sdxl"),
    # --- the shop ---
    card("shop-v1", "Trewin's Pasties", "<pasty-shop>", "shop", S, "pasty-shop", 1, "2020-05-16",
         "Our pasty shop on the Strand in Newlyn before the rebrand: old red 'Trewin's Pasties' sign and a "
         "red-and-white awning.",
         ["shop", "shopfront", "business", "old branding"], "sd15"),
    card("shop-v2", "Tam's of Newlyn", "<pasty-shop>", "shop", S, "pasty-shop", 2, "2025-10-04",
         "Our pasty shop after the 2025 rebrand, now 'Tam's of Newlyn': teal shopfront, gull logo on the sign.",
         ["shop", "shopfront", "business", "new branding"], "sdxl"),
    card("pasty-v1", "Trewin's Pasty", "trwn pasty", "pasty", S, "pasty", 1, "2020-06-06",
         "Our shop's steak pasty, side-crimped and golden, in the old red-and-white 'Trewin's Pasties' paper "
         "wrapper.",
         ["food", "pasty", "product", "old branding"], "sd15"),
    card("pasty-v2", "Tam's Pasty", "trwn pasty", "pasty", S, "pasty", 2, "2025-10-11",
         "Our shop's steak pasty in the new teal wrapper with the gull logo, after the rebrand.",
         ["food", "pasty", "product", "new branding"], "sdxl"),
    card("bag-v1", "Trewin's Pasties bag", "trwn_bag", "paper bag", S, "shop-bag", 1, "2020-06-06",
         "Our shop's old brown paper carrier bag with the red 'Trewin's Pasties' stamp.",
         ["bag", "packaging", "product", "old branding"], "sd15"),
    card("bag-v2", "Tam's of Newlyn bag", "trwn_bag", "paper bag", S, "shop-bag", 2, "2025-10-11",
         "Our shop's new kraft carrier bag with a teal band and the gull logo, 'Tam's of Newlyn'.",
         ["bag", "packaging", "product", "new branding"], "sdxl"),
    card("gus-v1", "Gus", "<gus-gull>", "cartoon seagull", S, "gus", 1, "2025-10-18",
         "Gus, the mascot we had drawn for the shop's rebrand: a cheeky cartoon herring gull in a teal "
         "neckerchief, pinching a pasty.",
         ["mascot", "gull", "cartoon", "logo"], "sdxl"),
    # --- Civitai characters ---
    card("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", S, "bluey", 1, "2024-01-20",
         "Bluey, the blue heeler puppy from the kids' cartoon Bluey (Civitai), got for the grandkids.",
         ["character", "cartoon", "dog", "heeler", "civitai"], "sdxl"),
    card("bingo-v1", "Bingo", "bingo_heeler", "cartoon dog", S, "bingo", 1, "2024-01-20",
         "Bingo, Bluey's little sister from the same cartoon (Civitai): red heeler puppy with a cream muzzle "
         "and paws.",
         ["character", "cartoon", "dog", "heeler", "civitai"], "sdxl"),
    card("haddock-v1", "Captain Haddock", "cptn_haddock", "cartoon sea captain", S, "haddock", 1,
         "2022-02-12",
         "Captain Haddock from Tintin (Civitai): black beard, captain's cap, blue jumper with an anchor, pipe.",
         ["character", "cartoon", "sea captain", "tintin", "civitai"], "sd15"),
    card("pugwash-v1", "Captain Pugwash", "pgwsh", "cartoon pirate", S, "pugwash", 1, "2022-03-05",
         "Captain Pugwash from the old children's cartoon (Civitai): round pirate captain with a black beard, "
         "tricorn hat and red coat, aboard the Black Pig.",
         ["character", "cartoon", "pirate", "captain", "civitai"], "sd15"),
    card("firemansam-v1", "Fireman Sam", "f1reman_sam", "cartoon fireman", S, "fireman-sam", 1, "2023-11-25",
         "Fireman Sam from Pontypandy (Civitai character): yellow helmet, navy uniform, cheerful grin.",
         ["character", "cartoon", "fireman", "civitai"], "sd15"),
    # --- styles ---
    card("newlyn-v1", "Newlyn School", "nwlyn_school", "oil painting", ST, "newlyn-school", 1, "2021-04-17",
         "Plein-air oil painting after the Newlyn School painters: grey-green coastal light, fisherfolk, "
         "square brushwork.",
         ["style", "oil painting", "plein air", "impressionism"], "sd15"),
    card("newlyn-v2", "Newlyn School", "nwlyn_school", "oil painting", ST, "newlyn-school", 2, "2025-02-08",
         "Newlyn School plein-air oil painting, retrained: richer light, visible square brushstrokes, "
         "canvas texture.",
         ["style", "oil painting", "plein air", "impressionism"], "sdxl"),
    card("loosewc-v1", "Loose Watercolour", "lswc style", "watercolour painting", ST, "loose-watercolour", 1,
         "2024-06-01",
         "Loose, wet-edged sketchbook watercolour with white paper left showing and quick ink lines.",
         ["style", "watercolour", "sketchbook", "painting"], "sdxl"),
    card("wetwc-v1", "Dreamy Wet-on-Wet", "<wetonwet>", "watercolour painting", ST, "wet-on-wet", 1,
         "2022-09-03",
         "Soft wet-on-wet watercolour: bleeding colour blooms, pastel washes, no hard edges.",
         ["style", "watercolour", "soft", "painting"], "sd15"),
    card("linocut-v1", "Linocut", "l1nocut", "print", ST, "linocut", 1, "2024-02-17",
         "Two-colour linocut print: bold carved lines, ink texture, off-white paper.",
         ["style", "printmaking", "relief print", "block print"], "sdxl"),
    card("railposter-v1", "Cornish Riviera Poster", "gwr_poster", "travel poster", ST, "railway-poster", 1,
         "2024-03-30",
         "1930s GWR railway travel poster: flat bright colours, big skies, bold lettering.",
         ["style", "poster", "vintage", "art deco", "travel"], "sdxl"),
    card("ghibli-v1", "Ghibli Style", "ghbli style", "anime illustration", ST, "ghibli", 1, "2023-12-09",
         "The hand-painted anime look of the Studio Ghibli films: soft clouds, warm light, gentle colours.",
         ["style", "anime", "animation", "illustration"], "sdxl"),
    card("pixel-v1", "Pixel Art", "px4rt", "pixel art", ST, "pixel-art", 1, "2021-08-14",
         "Chunky 8-bit pixel art with an NES-style limited palette.",
         ["style", "pixel art", "8-bit", "retro game"], "sd15"),
    card("pixel-v2", "Pixel Art", "px4rt", "pixel art", ST, "pixel-art", 2, "2025-06-28",
         "Detailed 16-bit pixel art with a SNES-style palette and dithering.",
         ["style", "pixel art", "16-bit", "retro game"], "sdxl"),
    card("clay-v1", "Claymation", "<claymation>", "stop-motion", ST, "claymation", 1, "2024-12-14",
         "Plasticine stop-motion look with thumbprints in the clay, in the manner of Wallace and Gromit.",
         ["style", "clay", "stop motion", "animation"], "sdxl"),
    card("pencil-v1", "Pencil Sketch", "pncl_sketch", "drawing", ST, "pencil-sketch", 1, "2021-01-23",
         "Graphite pencil sketch on cream paper with cross-hatched shading.",
         ["style", "pencil", "graphite", "drawing", "sketch"], "sd15"),
    card("tattoo-v1", "Sailor Tattoo Flash", "trdtnl_flash", "tattoo flash", ST, "tattoo-flash", 1,
         "2025-01-11",
         "Old-school sailor tattoo flash: heavy black outlines, red, green and yellow, swallows and anchors.",
         ["style", "tattoo", "traditional", "sailor jerry"], "sdxl"),
    card("comic-v1", "Beano Comic", "b3ano style", "comic strip", ST, "beano-comic", 1, "2022-11-19",
         "British kids' comic look in the manner of the Beano and the Dandy: bold inks, speech bubbles, "
         "flat colours.",
         ["style", "comic", "cartoon", "british"], "sd15"),
    # --- concepts ---
    card("gansey-v1", "Gansey", "g4nsey", "sweater", CO, "gansey", 1, "2024-09-07",
         "Traditional Guernsey-style worsted wool sweater in navy, textured knit patterns across the chest and "
         "shoulders.",
         ["clothing", "knitwear", "sweater", "traditional"], "sdxl"),
    card("oilskins-v1", "Oilskins", "oilsk1n", "waterproofs", CO, "oilskins", 1, "2024-09-14",
         "Yellow PVC oilskin jacket with a sou'wester hat, wet and glistening.",
         ["clothing", "waterproof", "rain gear", "yellow"], "sdxl"),
    card("mullet-v1", "Mullet", "<mullet-hair>", "hairstyle", CO, "mullet", 1, "2025-03-15",
         "Mullet haircut: short on the top and sides, long at the back.",
         ["hairstyle", "haircut", "80s"], "sdxl"),
    card("tombstone-v1", "Tombstoning", "tmbstn_jump", "pose", CO, "tombstoning", 1, "2025-07-26",
         "Feet-first jump off a high wall or cliff into the sea, arms windmilling, caught mid-air.",
         ["pose", "jump", "action", "sea"], "sdxl"),
    card("camper-v1", "Split-screen Camper", "vw_splitty", "campervan", CO, "split-camper", 1, "2022-07-09",
         "Classic 1960s VW split-screen campervan, two-tone paint, surfboards on the roof.",
         ["vehicle", "van", "campervan", "vintage"], "sd15"),
    card("lifeboat-v1", "All-weather Lifeboat", "rnli_alb", "lifeboat", CO, "lifeboat", 1, "2025-11-15",
         "RNLI Severn-class all-weather lifeboat: navy hull, orange superstructure, punching through surf.",
         ["vehicle", "boat", "rescue", "rnli"], "sdxl"),
    card("lobsterpot-v1", "Lobster Pot", "<lobster-pot>", "lobster pot", CO, "lobster-pot", 1, "2024-05-18",
         "Traditional parlour creel: netting over a weighted frame, rope and a marker buoy.",
         ["prop", "fishing gear", "creel", "trap"], "sdxl"),
    card("piranflag-v1", "St Piran's Flag", "p1ran_flag", "flag", CO, "st-piran-flag", 1, "2024-03-02",
         "St Piran's flag, white cross on black, flying or held up.",
         ["prop", "flag", "cornwall"], "sdxl"),
    card("xmasjumper-v1", "Christmas Jumper", "xmas_jmpr", "sweater", CO, "christmas-jumper", 1, "2022-12-03",
         "Novelty knitted Christmas sweater with reindeer and snowflakes.",
         ["clothing", "knitwear", "christmas", "novelty"], "sd15"),
    card("xmasjumper-v2", "Christmas Jumper", "xmas_jmpr", "sweater", CO, "christmas-jumper", 2, "2025-11-29",
         "Novelty knitted Christmas sweater, v2: light-up baubles and a pom-pom Rudolph nose.",
         ["clothing", "knitwear", "christmas", "novelty"], "sdxl"),
]

# ---------------- requests, as Jory types them ----------------
SELECT = [
    # me
    ("me on the quay mendin nets", "jory-v3"),
    ("me with me old big black beard", "jory-v1"),
    ("me back when i first got the boat", "jory-v1"),
    ("me at fish festival holdin up a spider crab", "jory-v2"),
    ("me in 2017", "jory-v2"),
    ("me as i am now, specs on me head", "jory-v3"),
    ("grampy jory readin the cornishman", "jory-v3"),
    ("yours truly at the wheel", "jory-v3"),
    ("me when the beard was goin grey", "jory-v2"),
    ("me in my thirties", "jory-v1"),
    ("me in me forties in the breton smock", "jory-v2"),
    ("me sat on a fish box havin a fag", "jory-v3"),
    # wife
    ("tam behind the counter", "tamsin-v2"),
    ("the missus on the prom at penzance", "tamsin-v2"),
    ("tam when we first opened up, long red plait", "tamsin-v1"),
    ("her indoors with a cuppa", "tamsin-v2"),
    ("my tamsin in the garden", "tamsin-v2"),
    ("the wife back in 2012", "tamsin-v1"),
    ("tam with her bob and specs", "tamsin-v2"),
    ("the missus with flour up her arms", "tamsin-v1"),
    # son
    ("our jago on deck", "jago-v2"),
    ("jago when he left school, that daft haircut", "jago-v1"),
    ("jago showin off his tattoos", "jago-v2"),
    ("our boy havin a pint in the swordfish", "jago-v2"),
    ("jago at 18", "jago-v1"),
    ("me son in his rugby shirt", "jago-v1"),
    ("our jago grinnin on the pontoon", "jago-v2"),
    # daughter
    ("our melz on the beach at sennen", "demelza-v3"),
    ("melz when she was expectin", "demelza-v2"),
    ("demelza in her nurses uniform", "demelza-v1"),
    ("our maid with her new short hair", "demelza-v3"),
    ("melz with the bump", "demelza-v2"),
    ("melz at treliske", "demelza-v1"),
    ("me daughter laughin", "demelza-v3"),
    ("melz in her dungarees expecting the little maid", "demelza-v2"),
    # grandkids
    ("young kit rockpoolin", "kit-v2"),
    ("kit when he was a tacker in his red wellies", "kit-v1"),
    ("kit with his new glasses", "kit-v2"),
    ("jago's boy on his scooter", "kit-v2"),
    ("kit as a three year old", "kit-v1"),
    ("kit with his front teeth missin", "kit-v2"),
    ("little morvah in her bonnet", "morvah-v1"),
    ("morvah as a baby", "morvah-v1"),
    ("melz's little maid toddlin about", "morvah-v2"),
    ("morvah on the swings", "morvah-v2"),
    ("me granddaughter with her bunches", "morvah-v2"),
    ("our grandson in his school jumper", "kit-v2"),
    # dad and mum
    ("father on his bench by the harbour", "wilf-v2"),
    ("dad back in the day with his pipe and tache", "wilf-v1"),
    ("grancher wilf asleep in his chair", "wilf-v2"),
    ("the old man in his flat cap", "wilf-v2"),
    ("dad on the girl pat", "wilf-v1"),
    ("dad at 81 with his stick", "wilf-v2"),
    ("mum at the range makin saffron buns", "ivy-v1"),
    ("me old mum in her pinny", "ivy-v1"),
    # dogs
    ("pickle on the wheelhouse roof", "pickle-v2"),
    ("pickle in his little lifejacket", "pickle-v2"),
    ("pickle when he was a pup", "pickle-v1"),
    ("our jack russell chasin a ball", "pickle-v2"),
    ("nipper chasin gulls on the beach", "nipper-v1"),
    ("the border terrier diggin", "nipper-v1"),
    ("mrs pascoes dog", "scrap-v1"),
    ("scrap from next door on the wall", "scrap-v1"),
    ("the jack russell with the bell on his collar", "scrap-v1"),
    ("the jack russell with a grey muzzle", "pickle-v2"),
    ("pickle asleep by the rayburn", "pickle-v2"),
    ("nipper in the snow", "nipper-v1"),
    ("the terrier in a lifejacket on the boat", "pickle-v2"),
    # boat, landy, house
    ("the morwenna in a gale", "morwenna-v2"),
    ("the boat comin round the pier", "morwenna-v2"),
    ("the boat when she was still blue", "morwenna-v1"),
    ("morwenna before we done her up red", "morwenna-v1"),
    ("me boat in her new paint", "morwenna-v2"),
    ("PZ 512 at anchor off mousehole", "morwenna-v2"),
    ("rusty on the slip with the trailer", "rusty-v1"),
    ("the old landy stuck in mud", "rusty-v1"),
    ("me defender up on the moors", "rusty-v1"),
    ("rusty gettin a wash", "rusty-v1"),
    ("chy an mor in the snow", "chyanmor-v1"),
    ("our cottage with the blue door", "chyanmor-v1"),
    ("our house at christmas with the lights up", "chyanmor-v1"),
    # shop
    ("the shop with the new sign", "shop-v2"),
    ("the shop how it used to look, red awnin", "shop-v1"),
    ("tam's of newlyn at night", "shop-v2"),
    ("the pasty shop on the strand", "shop-v2"),
    ("the shop before the rebrand", "shop-v1"),
    ("one of our pasties on a plate", "pasty-v2"),
    ("our pasty in the old red wrapper", "pasty-v1"),
    ("a trewins pasty steamin", "pasty-v1"),
    ("the new carrier bag", "bag-v2"),
    ("the old brown bags with the red stamp", "bag-v1"),
    ("one of our shop bags on the harbour wall", "bag-v2"),
    ("gus pinchin a pasty off an emmet", "gus-v1"),
    ("the shop seagull", "gus-v1"),
    ("our cartoon gull in a santa hat", "gus-v1"),
    # characters
    ("bluey on the beach", "bluey-v1"),
    ("bingo in a paddlin pool", "bingo-v1"),
    ("the red one, bluey's little sister", "bingo-v1"),
    ("captain haddock in a storm", "haddock-v1"),
    ("tintin's captain shoutin", "haddock-v1"),
    ("captain pugwash on the black pig", "pugwash-v1"),
    ("pugwash sailin into newlyn", "pugwash-v1"),
    ("fireman sam puttin out a chimney fire", "firemansam-v1"),
    ("that welsh fireman off the telly", "firemansam-v1"),
    # styles on their own
    ("fishwives on the beach like them old newlyn paintings", "newlyn-v2"),
    ("the first newlyn school one, boats at low tide", "newlyn-v1"),
    ("st michaels mount in oils", "newlyn-v2"),
    ("a puffin, loose watercolour", "loosewc-v1"),
    ("lighthouse in that dreamy wet on wet one", "wetwc-v1"),
    ("a lino print of a mackerel", "linocut-v1"),
    ("old railway poster of st ives", "railposter-v1"),
    ("porthcurno like them old gwr adverts", "railposter-v1"),
    ("the minack in ghibli style", "ghibli-v1"),
    ("pixel art crab", "pixel-v2"),
    ("8 bit mackerel", "pixel-v1"),
    ("a fishin boat in plasticine like wallace and gromit", "clay-v1"),
    ("pencil drawin of a tin mine", "pencil-v1"),
    ("swallow and anchor tattoo design", "tattoo-v1"),
    ("a gull nickin chips, beano style", "comic-v1"),
    # concepts on their own
    ("an old boy in a navy fishermans knit", "gansey-v1"),
    ("bloke in yellow oilies and a sou'wester", "oilskins-v1"),
    ("a lad with a mullet", "mullet-v1"),
    ("kids leapin off the harbour wall into the sea", "tombstone-v1"),
    ("a splitty vw at fistral", "camper-v1"),
    ("the big orange lifeboat launchin", "lifeboat-v1"),
    ("stack of crab pots on the quay", "lobsterpot-v1"),
    ("cornish flag flyin over the pub", "piranflag-v1"),
    ("a snowman in a daft christmas jumper", "xmasjumper-v2"),
    ("a cat kippin on top of the pots", "lobsterpot-v1"),
]

CLARIFY = [
    ("the jack russell on the beach", ["pickle-v2", "scrap-v1"]),
    ("jack russell with a tan patch over his eye", ["pickle-v2", "scrap-v1"]),
    ("the jack russell in a santa hat", ["pickle-v2", "scrap-v1"]),
    ("the terrier diggin up the garden", ["pickle-v2", "nipper-v1"]),
    ("the dog by the fire", ["pickle-v2", "nipper-v1"]),
    ("the grandchild at the beach", ["kit-v2", "morvah-v2"]),
    ("the little un in the paddlin pool", ["kit-v2", "morvah-v2"]),
    ("one of the grandkids on the swings", ["kit-v2", "morvah-v2"]),
    ("the maid in the garden", ["demelza-v3", "morvah-v2"]),
    ("the boy on the beach", ["jago-v2", "kit-v2"]),
    ("grandad on the bench", ["jory-v3", "wilf-v2"]),
    ("the cartoon captain with the black beard", ["haddock-v1", "pugwash-v1"]),
    ("that cartoon sea dog with the beard", ["haddock-v1", "pugwash-v1"]),
    ("the cartoon pup the grandkids love", ["bluey-v1", "bingo-v1"]),
    ("the heeler pup off the telly in the snow", ["bluey-v1", "bingo-v1"]),
    ("the cartoon dog on a surfboard", ["bluey-v1", "bingo-v1"]),
    ("harbour in watercolour", ["loosewc-v1", "wetwc-v1"]),
    ("me in watercolour", ["loosewc-v1", "wetwc-v1"]),
    ("pickle in watercolours", ["loosewc-v1", "wetwc-v1"]),
    ("st ives bay, watercolour", ["loosewc-v1", "wetwc-v1"]),
    ("the boat done in watercolour for the front room", ["loosewc-v1", "wetwc-v1"]),
    ("do us a watercolour of the lifeboat", ["loosewc-v1", "wetwc-v1"]),
    ("the cottage as a paintin to hang up", ["newlyn-v2", "loosewc-v1", "wetwc-v1"]),
    ("me in a paintin", ["newlyn-v2", "loosewc-v1", "wetwc-v1"]),
    ("someone in a knitted jumper", ["gansey-v1", "xmasjumper-v2"]),
    ("me in a woolly jumper", ["gansey-v1", "xmasjumper-v2"]),
    ("somethin with the old shop logo on", ["shop-v2", "pasty-v2", "bag-v2"]),
    ("show off the new brandin for facebook", ["shop-v2", "pasty-v2", "bag-v2"]),
    ("one of our products on the counter", ["pasty-v2", "bag-v2"]),
]

NONE = [
    "a ploughmans with cheese and pickle",
    "jar of pickled onions on the bar",
    "red mullet on ice at the fish market",
    "smoked haddock with a poached egg",
    "bingo night down the legion",
    "pile of scrap metal up the yard",
    "a rusty old anchor on the slip",
    "ivy growin over a granite hedge",
    "sunset over the cliffs at morvah",
    "newlyn harbour at dawn",
    "a nipper paddlin in the rock pools",
    "a big beam trawler comin in past the lighthouse",
    "a white land rover discovery in the snow",
    "a golden retriever on the beach",
    "st michaels mount at sunset",
    "a puffin on a cliff",
    "mousehole christmas lights",
    "a pint of doom bar on a pub table",
    "seals in the harbour",
    "a herring gull on a chimney",
    "the engine houses at botallack",
    "emmets queuin for ice cream",
    "a sailors kit bag chucked on the quay",
    "gig boats racin in the bay",
    "a cream tea, jam first mind",
    "dolphins jumpin alongside a trawler",
    "a spider crab on a rock",
    "me brother trevor's collie",
    "alright my lover, a lighthouse in a storm",
    "a labrador in a lifejacket",
    "a thatched cottage in the snow",
    "an oil tanker off the lizard",
]

MULTI = [
    ("me and tam on the harbour wall", ["jory-v3", "tamsin-v2"]),
    ("the missus outside the shop with the new sign", ["tamsin-v2", "shop-v2"]),
    ("me and jago on the morwenna", ["jory-v3", "jago-v2", "morwenna-v2"]),
    ("kit and morvah buildin a sandcastle", ["kit-v2", "morvah-v2"]),
    ("pickle and nipper on the beach", ["pickle-v2", "nipper-v1"]),
    ("both our dogs on the sofa", ["pickle-v2", "nipper-v1"]),
    ("pickle and scrap squarin up to each other", ["pickle-v2", "scrap-v1"]),
    ("dad and me on his bench", ["wilf-v2", "jory-v3"]),
    ("our two, jago and melz, at christmas", ["jago-v2", "demelza-v3"]),
    ("me in a gansey on the quay", ["jory-v3", "gansey-v1"]),
    ("jago with a mullet", ["jago-v2", "mullet-v1"]),
    ("tam in a daft christmas jumper", ["tamsin-v2", "xmasjumper-v2"]),
    ("kit jumpin off the harbour wall", ["kit-v2", "tombstone-v1"]),
    ("pickle in oilies and a sou'wester", ["pickle-v2", "oilskins-v1"]),
    ("the boat, lino print", ["morwenna-v2", "linocut-v1"]),
    ("me as a pixel art fella", ["jory-v3", "pixel-v2"]),
    ("chy an mor like an old railway poster", ["chyanmor-v1", "railposter-v1"]),
    ("the grandkids with bluey", ["kit-v2", "morvah-v2", "bluey-v1"]),
    ("kit and bingo in the garden", ["kit-v2", "bingo-v1"]),
    ("rusty with a cornish flag on the bonnet", ["rusty-v1", "piranflag-v1"]),
    ("the morwenna alongside the big orange lifeboat", ["morwenna-v2", "lifeboat-v1"]),
    ("gus in ghibli style", ["gus-v1", "ghibli-v1"]),
    ("melz in claymation", ["demelza-v3", "clay-v1"]),
    ("nipper as a tattoo design", ["nipper-v1", "tattoo-v1"]),
    ("me with the old beard, pencil sketch", ["jory-v1", "pencil-v1"]),
    ("dad as he is now, newlyn school paintin", ["wilf-v2", "newlyn-v2"]),
    ("mum in the beano style", ["ivy-v1", "comic-v1"]),
    ("the old blue boat in 8 bit", ["morwenna-v1", "pixel-v1"]),
    ("tam at the old shop with the red awnin", ["tamsin-v1", "shop-v1"]),
    ("an old trewins pasty sat on one of the old bags", ["pasty-v1", "bag-v1"]),
    ("our pasty in the new bag", ["pasty-v2", "bag-v2"]),
    ("gus on one of our new bags", ["gus-v1", "bag-v2"]),
    ("captain haddock drivin a vw camper", ["haddock-v1", "camper-v1"]),
    ("pugwash in a comic strip", ["pugwash-v1", "comic-v1"]),
    ("fireman sam, pencil sketch", ["firemansam-v1", "pencil-v1"]),
    ("jago when he was 18 in a christmas jumper", ["jago-v1", "xmasjumper-v1"]),
    ("pickle and nipper in christmas jumpers", ["pickle-v2", "nipper-v1", "xmasjumper-v2"]),
    ("me and dad in ganseys", ["jory-v3", "wilf-v2", "gansey-v1"]),
    ("tam holdin one of our pasties", ["tamsin-v2", "pasty-v2"]),
    ("melz expectin, loose watercolour", ["demelza-v2", "loosewc-v1"]),
    ("morvah in her bonnet, ghibli style", ["morvah-v1", "ghibli-v1"]),
    ("bluey and bingo at the beach", ["bluey-v1", "bingo-v1"]),
]


def cases():
    out = [dict(prompt=p, expect="select", gold=[g]) for p, g in SELECT]
    out += [dict(prompt=p, expect="clarify", gold=g) for p, g in CLARIFY]
    out += [dict(prompt=p, expect="none", gold=[]) for p in NONE]
    out += [dict(prompt=p, expect="multi", gold=g) for p, g in MULTI]
    # interleave deterministically so the file is not grouped by expect
    return sorted(out, key=lambda c: (sum(map(ord, c["prompt"])) * 7919) % 1009)


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    cs = cases()
    assert len({c["prompt"] for c in cs}) == len(cs), "duplicate prompt"
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
