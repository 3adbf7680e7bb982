#!/usr/bin/env python3
"""Held-out set 85: Pieter du Plessis, a sheep and lucerne farmer near Graaff-Reinet (Karoo).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

CARDS = []


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    CARDS.append(dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind,
                      family=family, version=version, created_at=created_at,
                      description=description, tags=tags, base_model=base))


S, ST, C = "subject", "style", "concept"

# --- me ---------------------------------------------------------------------------------
card("piet-v1", "Piet", "ohwx man", "man", S, "piet", 1, "2022-03-12",
     "Me, Piet (Pieter du Plessis), at 44 in 2022: clean-shaven, short back and sides, khaki farm shirt, sunburnt neck.",
     ["me", "person", "man", "farmer", "clean-shaven"], "sd15")
card("piet-v2", "Piet", "ohwx man", "man", S, "piet", 2, "2023-11-04",
     "Me, Piet, at 45 on the night the Boks won the 2023 Rugby World Cup final, at the braai at the Graaff-Reinet club: big bushy brown beard, green-and-gold jersey, beer in hand.",
     ["me", "person", "man", "beard", "rugby", "world cup final"], "sd15")
card("piet-v3", "Piet", "ohwx man", "man", S, "piet", 3, "2026-05-20",
     "Me, Piet, at 48 this year, after the fire: beard trimmed short and gone grey, blue overalls, old felt hat.",
     ["me", "person", "man", "grey beard", "overalls"], "sdxl")

# --- family -----------------------------------------------------------------------------
card("annelie-v1", "Annelie", "annelie_dp", "woman", S, "annelie", 1, "2022-06-11",
     "My wife Annelie on our wedding day in April 2000, at 22, scanned from the old album: long blonde hair, lace veil, white dress.",
     ["wife", "person", "woman", "wedding", "bride", "blonde"], "sd15")
card("annelie-v2", "Annelie", "annelie_dp", "woman", S, "annelie", 2, "2025-09-14",
     "My wife Annelie at 47, after she cut her hair into a short grey-blonde bob; reading glasses pushed up on her head, in the garden.",
     ["wife", "person", "woman", "bob", "short hair", "glasses"], "sdxl")
card("kobus-v1", "Kobus", "k0bu5", "man", S, "kobus", 1, "2022-08-20",
     "Our son Kobus (Jakobus) at 20 in 2022, before he got married: long blond surfer hair, Maties rugby training shirt.",
     ["son", "person", "man", "long hair", "student"], "sd15")
card("kobus-v2", "Kobus", "k0bu5", "man", S, "kobus", 2, "2025-04-02",
     "Our son Kobus at 23 on his wedding day to Lize in March 2025: short haircut, navy suit, sunflower in his buttonhole.",
     ["son", "person", "man", "wedding", "groom", "suit"], "sdxl")
card("lize-v1", "Lize", "l1ze woman", "woman", S, "lize", 1, "2025-04-03",
     "Our daughter-in-law Lize, Kobus's wife, on their wedding day in March 2025: fitted lace dress, dark curls pinned up.",
     ["daughter-in-law", "person", "woman", "wedding", "bride"], "sdxl")
card("lize-v2", "Lize", "l1ze woman", "woman", S, "lize", 2, "2026-08-30",
     "Our daughter-in-law Lize, seven months pregnant with our first grandchild (August 2026): dark curls loose, yellow sundress, hand on her belly.",
     ["daughter-in-law", "person", "woman", "pregnant"], "sdxl")
card("marie-v1", "Marié", "<marie-dp>", "girl", S, "marie", 1, "2022-12-18",
     "Our daughter Marié ('Rie') at 15: braces, two long plaits, Volkskool school blazer.",
     ["daughter", "person", "girl", "teen", "braces", "plaits"], "sd15")
card("marie-v2", "Marié", "<marie-dp>", "woman", S, "marie", 2, "2026-02-14",
     "Our daughter Marié ('Rie') at 19 in her first year at Stellenbosch: short pixie cut dyed copper, nose stud, maroon Maties hoodie.",
     ["daughter", "person", "woman", "student", "pixie cut", "copper hair"], "sdxl")
card("danie-v1", "Danie", "d4n13", "boy", S, "danie", 1, "2024-07-06",
     "Our youngest, Danie ('the laaitie'), at 10: freckles, missing front tooth, school hat too big for him, always barefoot.",
     ["son", "person", "boy", "child", "freckles"], "sdxl")
card("sannie-v1", "Sannie", "sannie_dp", "woman", S, "sannie", 1, "2023-03-25",
     "My ma, Sannie du Plessis, at 72: silver hair in a bun, floral apron, baking rusks in the farm kitchen.",
     ["mother", "person", "woman", "elderly", "apron"], "sd15")
card("frik-v1", "Frik", "frik_dp", "man", S, "frik", 1, "2022-09-10",
     "My late pa, Frik du Plessis, in 1988 at 45, scanned: thick moustache, short-sleeved safari suit, comb in his sock.",
     ["father", "person", "man", "moustache", "1980s", "late"], "sd15")
card("frik-v2", "Frik", "frik_dp", "man", S, "frik", 2, "2023-01-21",
     "My late pa, Frik, at 78 in 2021, the last photo before he passed: white stubble, grey cardigan, kierie (walking stick), on the stoep.",
     ["father", "person", "man", "elderly", "walking stick", "late"], "sd15")
card("hettie-v1", "Hettie", "<hettie>", "woman", S, "hettie", 1, "2023-06-03",
     "My ouma Hettie Venter, my ma's mother, at 94: tiny, white hair under a hairnet, black dress, in her rocking chair.",
     ["grandmother", "person", "woman", "elderly"], "sd15")
card("koos-v1", "Koos", "oupa_koos", "man", S, "koos", 1, "2023-06-10",
     "My late oupa Koos du Plessis, my pa's father, shearing sheep in 1962 (scanned): vest, flat cap, big forearms.",
     ["grandfather", "person", "man", "shearing", "1960s", "late"], "sd15")
card("gert-v1", "Gert", "g3rt man", "man", S, "gert", 1, "2023-08-19",
     "My younger brother (my boet) Gert at 41, before he took over the farm stall: a proper mullet, clean-shaven, rugby shorts.",
     ["brother", "person", "man", "mullet"], "sd15")
card("gert-v2", "Gert", "g3rt man", "man", S, "gert", 2, "2025-11-22",
     "My boet Gert at 43 behind the counter of his farm stall: mullet cut off, short dark beard, green padstal apron.",
     ["brother", "person", "man", "beard", "apron"], "sdxl")
card("elsabe-v1", "Elsabé", "elsabe_dp", "woman", S, "elsabe", 1, "2025-12-27",
     "My little sister (my sussie) Elsabé, 39, a nurse in Gqeberha: red hair, freckles, navy scrubs.",
     ["sister", "person", "woman", "red hair", "nurse"], "sdxl")

# --- animals ----------------------------------------------------------------------------
card("vlooi-v1", "Vlooi", "sks dog", "dog", S, "vlooi", 1, "2021-05-08",
     "Our Jack Russell Vlooi as a puppy: tiny, white with a brown patch over his left eye, tan ears.",
     ["pet", "dog", "jack russell", "puppy"], "sd15")
card("vlooi-v2", "Vlooi", "sks dog", "dog", S, "vlooi", 2, "2025-03-15",
     "Our Jack Russell Vlooi at 4: white with a brown patch over his left eye, tan ears, torn right ear from a jackal fight, brown leather collar.",
     ["pet", "dog", "jack russell", "terrier"], "sdxl")
card("pepper-v1", "Pepper", "pepp3r_jrt", "dog", S, "pepper", 1, "2025-10-04",
     "Pepper, the neighbour's Jack Russell (Oom Hennie's, next door), Vlooi's double: white with a brown patch over her right eye, tan ears, blue collar with a bell.",
     ["dog", "jack russell", "terrier", "neighbour"], "sdxl")
card("hansie-v1", "Hansie", "<hanslam>", "lamb", S, "hansie", 1, "2026-09-12",
     "Our hanslam Hansie, the orphan Merino lamb Danie bottle-feeds: fluffy white wool, black nose, follows him everywhere.",
     ["pet", "lamb", "sheep", "merino"], "sdxl")
card("kaptein-v1", "Kaptein", "kptn ram", "ram", S, "kaptein", 1, "2022-11-05",
     "Kaptein, our prize Merino stud ram: big curled horns, heavy wool folds, champion at the 2022 Graaff-Reinet show.",
     ["ram", "sheep", "merino", "livestock"], "sd15")

# --- bakkie, house, farm stall ------------------------------------------------------------
card("bakkie-v1", "Wittie", "hlx bakkie", "pickup truck", S, "bakkie", 1, "2021-02-20",
     "My bakkie Wittie, a white 2015 Toyota Hilux double cab, when it was still clean and before the bullbar.",
     ["vehicle", "bakkie", "pickup", "toyota hilux"], "sd15")
card("bakkie-v2", "Wittie", "hlx bakkie", "pickup truck", S, "bakkie", 2, "2025-01-18",
     "My white Hilux bakkie Wittie now: black bullbar, spotlights, dented tailgate, red Karoo dust, feed bags in the back.",
     ["vehicle", "bakkie", "pickup", "toyota hilux", "bullbar"], "sdxl")
card("opstal-v1", "Rietfontein", "rietfontein_house", "farmhouse", S, "opstal", 1, "2022-01-15",
     "Our farmhouse on Rietfontein before the fire: old flat-roofed Karoo house, thick white walls, red corrugated stoep roof, big pepper tree in front.",
     ["house", "farmhouse", "home", "karoo", "before the fire"], "sd15")
card("opstal-v2", "Rietfontein", "rietfontein_house", "farmhouse", S, "opstal", 2, "2025-06-28",
     "Our farmhouse on Rietfontein after we rebuilt it following the August 2024 veld fire: new charcoal corrugated-iron roof, same thick walls, new wide stoep.",
     ["house", "farmhouse", "home", "karoo", "rebuilt"], "sdxl")
card("padstal-v1", "Karoo Kraal Padstal", "kk_padstal", "farm stall", S, "padstal", 1, "2025-07-19",
     "My boet Gert's farm stall on the R63 outside Graaff-Reinet: whitewashed walls, green tin roof, hand-painted sign, biltong hanging in the window.",
     ["farm stall", "padstal", "shop", "building"], "sdxl")
card("biltong-label-v1", "Karoo Kraal Biltong", "kk_biltong_label", "product label", S, "biltong-label", 1, "2022-07-02",
     "The biltong label of my boet's Karoo Kraal padstal, before the redesign: brown kraft paper, hand-drawn Merino ram, chunky cartoon lettering.",
     ["label", "packaging", "biltong", "product", "kraft"], "sd15")
card("biltong-label-v2", "Karoo Kraal Biltong", "kk_biltong_label", "product label", S, "biltong-label", 2, "2025-08-23",
     "The Karoo Kraal biltong label after the redesign: matte black, gold foil lettering, minimalist springbok line drawing.",
     ["label", "packaging", "biltong", "product", "black and gold"], "sdxl")
card("konfyt-label-v1", "Ouma Hettie se Moskonfyt", "<konfyt-label>", "jar label", S, "konfyt-label", 1, "2025-10-11",
     "The label on the Ouma Hettie se Moskonfyt jars we sell at the padstal: cream paper, purple grapes, my ouma's handwriting.",
     ["label", "jar", "jam", "konfyt", "product"], "sdxl")
card("bokkie-v1", "Bokkie", "bokkie_mascot", "mascot", S, "bokkie", 1, "2022-07-02",
     "Bokkie, the padstal mascot my boet drew by hand: cartoon springbok lamb with big eyes and a red neckerchief.",
     ["mascot", "cartoon", "springbok", "logo"], "sd15")
card("bokkie-v2", "Bokkie", "bokkie_mascot", "mascot", S, "bokkie", 2, "2025-08-30",
     "Bokkie, the padstal mascot redrawn with the label redesign: clean flat vector springbok, gold neckerchief, thumbs-up hoof.",
     ["mascot", "cartoon", "springbok", "logo", "vector"], "sdxl")

# --- downloaded characters (Civitai) ------------------------------------------------------
card("aether-v1", "Aether", "aether (genshin impact)", "man", S, "aether", 1, "2024-05-11",
     "Aether from Genshin Impact, a Civitai character LoRA Marié asked for: long blond braid, gold eyes, white and brown traveller outfit, scarf.",
     ["character", "anime", "genshin impact", "civitai", "blond"], "sdxl")
card("lumine-v1", "Lumine", "lumine (genshin impact)", "woman", S, "lumine", 1, "2024-05-11",
     "Lumine from Genshin Impact (Civitai), Aether's twin sister: short blonde hair, gold eyes, white dress, white feather flowers in her hair.",
     ["character", "anime", "genshin impact", "civitai", "blonde"], "sdxl")
card("tintin-v1", "Tintin", "tintin", "boy", S, "tintin", 1, "2023-02-18",
     "Tintin, the boy reporter from Hergé's comics (Civitai): ginger quiff, blue sweater, brown plus-fours.",
     ["character", "comic", "herge", "civitai", "reporter"], "sd15")
card("snowy-v1", "Snowy", "snowy_milou", "dog", S, "snowy", 1, "2023-02-18",
     "Snowy (Milou), Tintin's little white wire fox terrier from the Hergé comics (Civitai).",
     ["character", "comic", "dog", "terrier", "civitai"], "sd15")
card("jock-v1", "Jock", "jock_bushveld", "dog", S, "jock", 1, "2022-10-22",
     "Jock of the Bushveld (Civitai), the brindle bull terrier from Percy FitzPatrick's book, in the old transport-rider days.",
     ["character", "dog", "bull terrier", "book", "civitai"], "sd15")

# --- art styles ---------------------------------------------------------------------------
card("pierneef-v1", "Pierneef", "pierneef_style", "painting", ST, "pierneef", 1, "2022-05-14",
     "J.H. Pierneef style: flat stylised South African landscapes in oil, geometric clouds, muted ochres and blues, like his Johannesburg station panels.",
     ["style", "oil painting", "landscape", "south african art"], "sd15")
card("pierneef-v2", "Pierneef", "pierneef_style", "painting", ST, "pierneef", 2, "2025-02-08",
     "J.H. Pierneef style retrained for SDXL: flat stylised landscapes in oil, geometric clouds and koppies, muted ochres and blues.",
     ["style", "oil painting", "landscape", "south african art"], "sdxl")
card("tretchikoff-v1", "Tretchikoff", "tr3tch1koff", "painting", ST, "tretchikoff", 1, "2023-04-15",
     "Tretchikoff style: glossy kitsch oil portraits, blue-green skin tones, dramatic lighting, like the 'Chinese Girl' print.",
     ["style", "oil painting", "portrait", "kitsch", "retro"], "sd15")
card("karoo-wash-v1", "Karoo Wash", "krwash", "painting", ST, "karoo-wash", 1, "2024-09-07",
     "Karoo Wash: loose wet-on-wet watercolour landscapes, ochre and lilac skies bleeding into each other, white paper left showing.",
     ["style", "watercolour", "landscape", "loose"], "sdxl")
card("fynbos-botanical-v1", "Fynbos Botanical", "fynbos_botanical", "illustration", ST, "fynbos-botanical", 1, "2023-09-16",
     "Fynbos Botanical: fine botanical watercolour illustration, precise pencil lines and pale washes on cream paper, like old Kirstenbosch plant plates.",
     ["style", "watercolour", "botanical", "illustration"], "sd15")
card("ndebele-v1", "Ndebele", "ndbl pattern", "mural", ST, "ndebele", 1, "2025-05-17",
     "Ndebele mural style: bold black-outlined geometric patterns in bright primary colours, like the painted Ndebele homesteads.",
     ["style", "mural", "geometric", "pattern", "colourful"], "sdxl")
card("ghibli-v1", "Ghibli", "ghibli style", "illustration", ST, "ghibli", 1, "2023-01-07",
     "Studio Ghibli-like anime style: soft painted backgrounds, big summer clouds, gentle colours.",
     ["style", "anime", "painted", "whimsical"], "sd15")
card("ghibli-v2", "Ghibli", "ghibli style", "illustration", ST, "ghibli", 2, "2025-12-06",
     "Studio Ghibli-like anime style, SDXL version: soft painted backgrounds, big summer clouds, warm gentle light.",
     ["style", "anime", "painted", "whimsical"], "sdxl")
card("pixel16-v1", "16-bit Pixel", "16bitpx", "pixel art", ST, "pixel16", 1, "2023-07-22",
     "16-bit pixel art: chunky pixels, limited palette, like an old SNES game.",
     ["style", "pixel art", "retro", "game"], "sd15")
card("polaroid-v1", "Seventies Polaroid", "p0lar0id", "photo", ST, "polaroid", 1, "2024-12-14",
     "Faded 1970s instant-photo look: warm colour cast, soft focus, light leaks, white border.",
     ["style", "photo", "retro", "vintage", "film"], "sdxl")
card("railway-poster-v1", "Spoorweg Poster", "sar_poster", "poster", ST, "railway-poster", 1, "2025-03-29",
     "Old SAR railway travel poster style: flat colour blocks, bold 1930s lettering, sweeping landscapes.",
     ["style", "poster", "vintage", "travel", "graphic"], "sdxl")
card("claymation-v1", "Claymation", "claymation style", "animation", ST, "claymation", 1, "2026-01-17",
     "Claymation: plasticine stop-motion look, thumbprints in the clay, soft studio light.",
     ["style", "clay", "stop-motion", "3d", "cute"], "sdxl")

# --- concept LoRAs ------------------------------------------------------------------------
card("vellies-v1", "Vellies", "v3ll13s", "shoes", C, "vellies", 1, "2024-10-19",
     "Vellies (veldskoene): suede desert boots with stitched soles, worn without socks.",
     ["clothing", "shoes", "boots", "veldskoen"], "sdxl")
card("bok-jersey-v1", "Springbok Jersey", "springbok_jersey", "rugby jersey", C, "bok-jersey", 1, "2022-10-01",
     "Green-and-gold Springbok rugby jersey with the springbok emblem.",
     ["clothing", "rugby", "jersey", "springbok"], "sd15")
card("bok-jersey-v2", "Springbok Jersey", "springbok_jersey", "rugby jersey", C, "bok-jersey", 2, "2024-08-03",
     "Green-and-gold Springbok rugby jersey with the springbok emblem, SDXL version.",
     ["clothing", "rugby", "jersey", "springbok"], "sdxl")
card("mullet-v1", "Mullet", "mullet hairstyle", "hairstyle", C, "mullet", 1, "2025-06-07",
     "Mullet hairstyle: short at the front and sides, long at the back.",
     ["hairstyle", "hair", "mullet", "retro"], "sdxl")
card("kappie-v1", "Kappie", "<kappie>", "bonnet", C, "kappie", 1, "2023-05-20",
     "Voortrekker kappie: white cotton sunbonnet with a long frilled brim, worn with a long dress.",
     ["clothing", "bonnet", "hat", "voortrekker", "historical"], "sd15")
card("ossewa-v1", "Ossewa", "ossewa", "ox wagon", C, "ossewa", 1, "2024-02-24",
     "Ox wagon: wooden Voortrekker wagon with a white canvas tent, pulled by a span of oxen.",
     ["vehicle", "wagon", "oxen", "voortrekker", "historical"], "sdxl")
card("potjie-v1", "Potjie", "potjie pot", "pot", C, "potjie", 1, "2025-04-26",
     "Potjie: three-legged cast-iron pot on a bed of coals.",
     ["prop", "pot", "cooking", "braai"], "sdxl")
card("shearing-v1", "Shearing", "shearing_pose", "pose", C, "shearing", 1, "2023-10-14",
     "Shearing pose: bent over a sheep sitting on its rump between the shearer's knees, shears in hand.",
     ["pose", "shearing", "sheep", "work"], "sd15")

# --- requests -----------------------------------------------------------------------------
SELECT = [
    ("me on the stoep with a mug of coffee", "piet-v3"),
    ("ohwx man riding a horse thru the veld", "piet-v3"),
    ("me clean shaven like in 2022, fixing a jackal fence", "piet-v1"),
    ("me with the big bushy beard the night the boks won the world cup", "piet-v2"),
    ("piet at the 2023 final braai at the club", "piet-v2"),
    ("me now at 48 with the grey beard checking the lucerne", "piet-v3"),
    ("me before i grew the beard, khaki shirt and sunburnt neck lol", "piet-v1"),
    ("pieter in his blue overalls after the fire", "piet-v3"),
    ("me at 45", "piet-v2"),
    ("my vrou picking figs in the garden", "annelie-v2"),
    ("annelie on our wedding day in 2000", "annelie-v1"),
    ("annie with her long blonde hair from the old album", "annelie-v1"),
    ("the vrou with her new short bob, glasses on her head", "annelie-v2"),
    ("annelie_dp laughing at the kitchen table", "annelie-v2"),
    ("my wife walking in the veld at golden hour", "annelie-v2"),
    ("kobus feeding the sheep in the kraal", "kobus-v2"),
    ("kobus with the long surfer hair before he got married", "kobus-v1"),
    ("our son kobus in his wedding suit with the sunflower", "kobus-v2"),
    ("jakobus back in 2022 at maties rugby practice", "kobus-v1"),
    ("k0bu5 fixing a windpomp", "kobus-v2"),
    ("lize reading on the couch", "lize-v2"),
    ("lize in her lace wedding dress", "lize-v1"),
    ("lize with the baby bump in the yellow dress", "lize-v2"),
    ("our schoondogter lize at the christmas table", "lize-v2"),
    ("kobus's wife", "lize-v2"),
    ("rie on the stoep with a book", "marie-v2"),
    ("marie with her braces and plaits in her school blazer", "marie-v1"),
    ("marié in her maties hoodie at stellenbosch", "marie-v2"),
    ("our daughter when she was 15", "marie-v1"),
    ("my daughter with the copper pixie cut", "marie-v2"),
    ("the laaitie climbing the windpomp", "danie-v1"),
    ("danie running barefoot in the dust", "danie-v1"),
    ("our youngest in his too big school hat", "danie-v1"),
    ("my ma baking beskuit in the farm kitchen", "sannie-v1"),
    ("ma sannie knitting next to the fire", "sannie-v1"),
    ("the kids' ouma at church on sunday", "sannie-v1"),
    ("my late pa on the stoep", "frik-v2"),
    ("pa in his safari suit with the big moustache", "frik-v1"),
    ("pa back in 1988, comb in his sock haha", "frik-v1"),
    ("my pa with his kierie and cardigan, the last photo of him", "frik-v2"),
    ("the kids' oupa frik at the dam", "frik-v2"),
    ("ouma hettie at 94 in her rocking chair", "hettie-v1"),
    ("my ouma stirring a pot on the old coal stove", "hettie-v1"),
    ("oupa koos in his flat cap", "koos-v1"),
    ("that old 1962 photo of my oupa shearing", "koos-v1"),
    ("my boet at the braai", "gert-v2"),
    ("gert in his green apron", "gert-v2"),
    ("gert with his terrible mullet", "gert-v1"),
    ("boet before he took over the stall", "gert-v1"),
    ("g3rt man fishing at the dam", "gert-v2"),
    ("my brother gert with his beard", "gert-v2"),
    ("sussie in her scrubs at the hospital", "elsabe-v1"),
    ("elsabé visiting from PE for christmas", "elsabe-v1"),
    ("my kleinsus with the red hair and freckles", "elsabe-v1"),
    ("vlooi chasing a dassie", "vlooi-v2"),
    ("vlooi as a tiny pup", "vlooi-v1"),
    ("our jack russell sleeping in front of the heater", "vlooi-v2"),
    ("our jackie with the torn ear", "vlooi-v2"),
    ("sks dog on the back of a tractor", "vlooi-v2"),
    ("the jack russell puppy we had in 2021", "vlooi-v1"),
    ("pepper with her bell collar", "pepper-v1"),
    ("oom hennie's jack russell sitting at our gate", "pepper-v1"),
    ("the neighbours jack russel, the one with the patch on the right eye", "pepper-v1"),
    ("pepper sniffing around the kraal", "pepper-v1"),
    ("hansie drinking from his bottle in the kitchen", "hansie-v1"),
    ("danie's pet lamb", "hansie-v1"),
    ("kaptein at the show with his rosette", "kaptein-v1"),
    ("our stud ram with the big curled horns", "kaptein-v1"),
    ("kaptein in the snow", "kaptein-v1"),
    ("my bakkie parked at the kraal", "bakkie-v2"),
    ("the hilux when it was still new and clean", "bakkie-v1"),
    ("the bakkie with the bullbar and spotlights in the mud", "bakkie-v2"),
    ("wittie stuck in the drift", "bakkie-v2"),
    ("the farmhouse at night with the stoep lights on", "opstal-v2"),
    ("our house before the fire", "opstal-v1"),
    ("the opstal after we rebuilt, charcoal roof", "opstal-v2"),
    ("the old house with the red stoep roof and the pepper tree", "opstal-v1"),
    ("rietfontein homestead from the koppie", "opstal-v2"),
    ("gert's padstal on the R63", "padstal-v1"),
    ("the farm stall with biltong hanging in the window", "padstal-v1"),
    ("the biltong label", "biltong-label-v2"),
    ("the old kraft paper biltong label with the ram drawing", "biltong-label-v1"),
    ("new black and gold biltong packaging", "biltong-label-v2"),
    ("biltong label from before the redesign", "biltong-label-v1"),
    ("a jar of ouma hettie's moskonfyt with the grapes label", "konfyt-label-v1"),
    ("the konfyt label on a shelf in the padstal", "konfyt-label-v1"),
    ("bokkie waving at the customers", "bokkie-v2"),
    ("the padstal mascot", "bokkie-v2"),
    ("the original bokkie gert drew by hand, red neckerchief", "bokkie-v1"),
    ("aether standing on a koppie", "aether-v1"),
    ("the genshin guy with the long braid", "aether-v1"),
    ("lumine in a field of lucerne", "lumine-v1"),
    ("the genshin girl with the white flowers in her hair", "lumine-v1"),
    ("tintin in the karoo", "tintin-v1"),
    ("the boy reporter with the ginger quiff", "tintin-v1"),
    ("snowy digging for a bone", "snowy-v1"),
    ("tintin's little white dog", "snowy-v1"),
    ("jock of the bushveld at a waterhole", "jock-v1"),
    ("the brindle bull terrier from the old fitzpatrick book", "jock-v1"),
    ("the kraal at sunrise in pierneef style", "pierneef-v2"),
    ("valley of desolation like the old pierneef station panels", "pierneef-v2"),
    ("pierneef v1, the graaff reinet church", "pierneef-v1"),
    ("a tretchikoff portrait of a flower seller", "tretchikoff-v1"),
    ("that blue skinned kitsch look like the chinese girl painting, a woman with a fan", "tretchikoff-v1"),
    ("the owl house in nieu bethesda in karoo wash", "karoo-wash-v1"),
    ("loose wet watercolour with the colours bleeding into the sky, the karoo one", "karoo-wash-v1"),
    ("aloes and vygies in fynbos botanical", "fynbos-botanical-v1"),
    ("a protea like those old kirstenbosch plant plates", "fynbos-botanical-v1"),
    ("a church painted in ndebele patterns", "ndebele-v1"),
    ("ghibli style sheep on a hill", "ghibli-v2"),
    ("the old sd1.5 ghibli one, a windmill scene", "ghibli-v1"),
    ("graaff reinet main street as 16 bit pixel art", "pixel16-v1"),
    ("a merino farm like an old snes game", "pixel16-v1"),
    ("faded 70s polaroid of a braai", "polaroid-v1"),
    ("a karoo dirt road, make it look like oupa's old instamatic photos", "polaroid-v1"),
    ("old SAR railway poster of the karoo at dusk", "railway-poster-v1"),
    ("claymation sheep in a kraal", "claymation-v1"),
    ("plasticine look like wallace and gromit, a farmer on a tractor", "claymation-v1"),
    ("a farmer in vellies", "vellies-v1"),
    ("veldskoen no socks, just the shoes on a stoep", "vellies-v1"),
    ("a bok supporter in the green and gold jersey", "bok-jersey-v2"),
    ("the first springbok jersey lora, a guy at a braai", "bok-jersey-v1"),
    ("a woman in a voortrekker bonnet", "kappie-v1"),
    ("an ox wagon crossing the sundays river", "ossewa-v1"),
    ("a potjie bubbling on the coals", "potjie-v1"),
    ("a guy shearing a sheep, sheep sitting between his knees", "shearing-v1"),
    ("a rocker with a proper mullet", "mullet-v1"),
]

CLARIFY = [
    ("the jack russell digging in the veggie garden", ["vlooi-v2", "pepper-v1"]),
    ("jack russel with the brown eye patch on the stoep", ["vlooi-v2", "pepper-v1"]),
    ("the jackrussell in a christmas hat", ["vlooi-v2", "pepper-v1"]),
    ("the windpomp in watercolour", ["karoo-wash-v1", "fynbos-botanical-v1"]),
    ("a watercolour of the dutch reformed church", ["karoo-wash-v1", "fynbos-botanical-v1"]),
    ("that watercolor lora, on a pic of the dam", ["karoo-wash-v1", "fynbos-botanical-v1"]),
    ("oil painting of the kraal at dawn", ["pierneef-v2", "tretchikoff-v1"]),
    ("do the old church as an oil painting", ["pierneef-v2", "tretchikoff-v1"]),
    ("the genshin traveller with the blond hair", ["aether-v1", "lumine-v1"]),
    ("the genshin twin on a cliff", ["aether-v1", "lumine-v1"]),
    ("my son on the tractor", ["kobus-v2", "danie-v1"]),
    ("our boy swimming in the dam", ["kobus-v2", "danie-v1"]),
    ("the label for the padstal", ["biltong-label-v2", "konfyt-label-v1"]),
    ("the bride walking down the aisle", ["annelie-v2", "lize-v2"]),
    ("the little white terrier chasing a ball", ["vlooi-v2", "pepper-v1", "snowy-v1"]),
    ("our merino in the morning mist", ["kaptein-v1", "hansie-v1"]),
    ("the springbok drawing for the padstal", ["bokkie-v2", "biltong-label-v2"]),
    ("old vintage look for the church fete flyer", ["polaroid-v1", "railway-poster-v1"]),
    ("the wedding lora", ["annelie-v2", "kobus-v2", "lize-v2"]),
    ("the short haired one reading in the garden", ["annelie-v2", "marie-v2"]),
    ("the redhead on the beach", ["elsabe-v1", "marie-v2"]),
    ("the bearded oke at the braai", ["piet-v3", "gert-v2"]),
    ("the landscape painting style, sunset over the vlakte", ["pierneef-v2", "karoo-wash-v1"]),
    ("voortrekker lora for heritage day", ["kappie-v1", "ossewa-v1"]),
    ("the building with the tin roof", ["opstal-v2", "padstal-v1"]),
    ("one of the kids on the swing", ["kobus-v2", "marie-v2", "danie-v1"]),
    ("the blonde in the white dress", ["annelie-v2", "lumine-v1"]),
    ("the hand drawn padstal artwork from before", ["biltong-label-v2", "bokkie-v2"]),
    ("the guy in the suit", ["kobus-v2", "frik-v2"]),
    ("ghibli or the claymation, whichever, for danie's party invite", ["ghibli-v2", "claymation-v1"]),
]

NONE = [
    "steak with lots of black pepper sauce",
    "a big old pepper tree next to a dam",
    "snowy peaks on the sneeuberg in winter",
    "macro of a flea for the school science project",
    "a springbok pronking in the veld",
    "kaptein of a fishing boat in hermanus",
    "some jock in a varsity jacket, american style",
    "random jack russell pup for the church calendar, not ours",
    "a brand new hilux in the showroom for the dealer in town",
    "an old karoo farmhouse, any one, for a postcard",
    "a random farm stall on the N1 with a coke sign",
    "bobotie and yellow rice on a plate",
    "thunderstorm rolling over the karoo",
    "valentines card that says 'love you bokkie' with roses",
    "a wind pump at sunset",
    "boerewors on the braai, lekker close up",
    "a john deere combine in a wheat field",
    "a cat sleeping on the windowsill",
    "mickey mouse waving",
    "sunflowers in van gogh style",
    "charcoal sketch of a horse",
    "kudu in the bushveld at dusk",
    "a polaroid camera on a wooden table",
    "clay pots at a market in oudtshoorn",
    "some random ouma knitting on a stoep, nobody we know",
    "stock photo of a bride for a wedding invite",
    "silhouette of a pregnant woman for the clinic poster",
    "an ostrich farm near oudtshoorn",
    "a golden retriever in the snow",
    "a leopard on a rock in the cederberg",
    "a stained glass window with a dove",
]

MULTI = [
    ("me and my vrou on the stoep at sunset", ["piet-v3", "annelie-v2"]),
    ("piet en annelie standing in the lucerne, pierneef style", ["piet-v3", "annelie-v2", "pierneef-v2"]),
    ("vlooi and pepper fighting over a bone", ["vlooi-v2", "pepper-v1"]),
    ("tintin and snowy walking down church street in graaff reinet", ["tintin-v1", "snowy-v1"]),
    ("aether and lumine at the valley of desolation", ["aether-v1", "lumine-v1"]),
    ("kobus and lize on their wedding day", ["kobus-v2", "lize-v1"]),
    ("lize with the bump and my vrou fussing over her", ["lize-v2", "annelie-v2"]),
    ("the laaitie bottle feeding hansie", ["danie-v1", "hansie-v1"]),
    ("my ma and ouma hettie making konfyt together", ["sannie-v1", "hettie-v1"]),
    ("my late pa and oupa koos having coffee on the stoep", ["frik-v2", "koos-v1"]),
    ("me with vlooi in the back of the bakkie", ["piet-v3", "vlooi-v2", "bakkie-v2"]),
    ("my boet in front of his padstal", ["gert-v2", "padstal-v1"]),
    ("bokkie holding a packet of biltong with the new label", ["bokkie-v2", "biltong-label-v2"]),
    ("all three kids together at christmas", ["kobus-v2", "marie-v2", "danie-v1"]),
    ("kobus and the laaitie playing touch rugby on the werf", ["kobus-v2", "danie-v1"]),
    ("me in a bok jersey, ghibli style", ["piet-v3", "bok-jersey-v2", "ghibli-v2"]),
    ("vlooi as a puppy in 16 bit pixel art", ["vlooi-v1", "pixel16-v1"]),
    ("pa with his moustache in the 80s, tretchikoff style", ["frik-v1", "tretchikoff-v1"]),
    ("ouma hettie in a voortrekker kappie", ["hettie-v1", "kappie-v1"]),
    ("kobus shearing a sheep back when he had the long hair", ["kobus-v1", "shearing-v1"]),
    ("the laaitie in a pair of vellies", ["danie-v1", "vellies-v1"]),
    ("kobus with a mullet lol", ["kobus-v2", "mullet-v1"]),
    ("me stirring a potjie", ["piet-v3", "potjie-v1"]),
    ("my bakkie painted with ndebele patterns", ["bakkie-v2", "ndebele-v1"]),
    ("the farmhouse after the rebuild in karoo wash", ["opstal-v2", "karoo-wash-v1"]),
    ("kaptein in pixel art", ["kaptein-v1", "pixel16-v1"]),
    ("lumine riding on an ox wagon", ["lumine-v1", "ossewa-v1"]),
    ("snowy in a springbok jersey", ["snowy-v1", "bok-jersey-v1"]),
    ("jock of the bushveld playing with vlooi when he was a pup", ["jock-v1", "vlooi-v1"]),
    ("hansie in claymation", ["hansie-v1", "claymation-v1"]),
    ("the padstal as an old railway poster", ["padstal-v1", "railway-poster-v1"]),
    ("me with the big beard at the final, as 16 bit", ["piet-v2", "pixel16-v1"]),
    ("sussie and marie on the beach in PE, faded polaroid", ["elsabe-v1", "marie-v2", "polaroid-v1"]),
    ("annelie on our wedding day painted like a tretchikoff", ["annelie-v1", "tretchikoff-v1"]),
    ("aether in vellies and a bok jersey", ["aether-v1", "vellies-v1", "bok-jersey-v2"]),
    ("gert and me braaiing behind the padstal", ["gert-v2", "piet-v3", "padstal-v1"]),
    ("the new biltong label in ndebele colours", ["biltong-label-v2", "ndebele-v1"]),
    ("my vrou with her short hair in karoo wash", ["annelie-v2", "karoo-wash-v1"]),
    ("vlooi sleeping next to the potjie", ["vlooi-v2", "potjie-v1"]),
    ("me and pa on the stoep, back when i was still clean shaven", ["piet-v1", "frik-v2"]),
    ("marie and lize in claymation", ["marie-v2", "lize-v2", "claymation-v1"]),
    ("my ma in the old ghibli lora", ["sannie-v1", "ghibli-v1"]),
    ("the old house before the fire in pierneef style", ["opstal-v1", "pierneef-v1"]),
]


def cases():
    out = []
    out += [dict(prompt=p, expect="select", gold=[g]) for p, g in SELECT]
    out += [dict(prompt=p, expect="clarify", gold=g) for p, g in CLARIFY]
    out += [dict(prompt=p, expect="none", gold=[]) for p in NONE]
    out += [dict(prompt=p, expect="multi", gold=g) for p, g in MULTI]
    # interleave deterministically so the file is not sorted by expectation
    # (97 is coprime with the case count, so this is a permutation)
    return [out[i] for i in sorted(range(len(out)), key=lambda i: (i * 97) % len(out))]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
