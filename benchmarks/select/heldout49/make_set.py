#!/usr/bin/env python3
"""Held-out selection set 49: a Yoruba-British family in Peckham (salon + catering owner).

Running this writes catalog.jsonl and cases.jsonl next to it.
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
    # --- me
    card("bimpe-v1", "Bimpe", "ohwx woman", "woman", S, "bimpe", 1, "2023-02-11",
         "Me, Bimpe (Adebimpe Ogunleye), trained on my old photos from 2006 when I was 25 and heavily "
         "pregnant with Tobi: relaxed bob, ankara maternity gown.",
         ["me", "person", "woman", "pregnant", "bob"], "sd15"),
    card("bimpe-v2", "Bimpe", "ohwx woman", "woman", S, "bimpe", 2, "2024-07-20",
         "Me, Bimpe, at 43 on the opening day of my salon on Rye Lane: short natural afro (TWA), pink "
         "salon tunic, rat-tail comb in my hand.",
         ["me", "person", "woman", "afro", "salon", "tunic"], "sd15"),
    card("bimpe-v3", "Bimpe", "ohwx woman", "woman", S, "bimpe", 3, "2026-08-15",
         "Me, Bimpe, at 45 at my birthday owambe: low cut dyed blonde, red cat-eye glasses, big gold hoops.",
         ["me", "person", "woman", "blonde", "glasses", "birthday"], "sdxl"),
    # --- husband
    card("kunle-v1", "Kunle", "sks man", "man", S, "kunle", 1, "2023-04-02",
         "My husband Kunle (Adekunle Ogunleye, 'Daddy Tobi' at church) at 47: full black beard, flat cap, "
         "grey hoodie, behind the wheel on a night shift.",
         ["husband", "person", "man", "beard", "flat cap"], "sd15"),
    card("kunle-v2", "Kunle", "sks man", "man", S, "kunle", 2, "2024-11-09",
         "My husband Kunle at his 50th birthday party in a cream agbada and fila, beard trimmed short.",
         ["husband", "person", "man", "agbada", "birthday", "50th"], "sd15"),
    card("kunle-v3", "Kunle", "sks man", "man", S, "kunle", 3, "2026-03-21",
         "My husband Kunle at 51, clean-shaven now with grey coming in at the temples, rimless glasses, "
         "navy fleece.",
         ["husband", "person", "man", "clean-shaven", "grey hair", "glasses"], "sdxl"),
    # --- son
    card("tobi-v1", "Tobi", "t0b1_ogun", "young man", S, "tobi", 1, "2023-05-13",
         "Our son Tobi (Oluwatobi) at 17 in sixth form: cornrows, black blazer and school tie, AirPods in.",
         ["son", "person", "teen", "boy", "cornrows", "school uniform"], "sd15"),
    card("tobi-v2", "Tobi", "t0b1_ogun", "young man", S, "tobi", 2, "2024-10-05",
         "Our son Tobi at 18, first year at uni in Birmingham: short twists, hoodie from his halls, lanyard.",
         ["son", "person", "young man", "twists", "university"], "sd15"),
    card("tobi-v3", "Tobi", "t0b1_ogun", "young man", S, "tobi", 3, "2026-06-27",
         "Our son Tobi at 20 as his grime MC self, 'Tobz': black puffer jacket, balaclava rolled up, "
         "silver chain, mic in hand at his first proper show.",
         ["son", "person", "young man", "grime", "mc", "rapper", "puffer"], "sdxl"),
    # --- daughter
    card("tolu-v1", "Tolu", "<tolu-girl>", "girl", S, "tolu", 1, "2023-09-02",
         "Our daughter Tolu (Toluwani, 'Tolly') at 13 in Year 8: braces, two afro puffs with beads, "
         "blue school jumper.",
         ["daughter", "person", "girl", "braces", "school uniform"], "sd15"),
    card("tolu-v2", "Tolu", "<tolu-girl>", "girl", S, "tolu", 2, "2025-04-12",
         "Our daughter Tolu at 15: long box braids I did for her myself, small hoop earrings, phone "
         "always in her hand.",
         ["daughter", "person", "girl", "teen", "box braids"], "sdxl"),
    card("tolu-v3", "Tolu", "<tolu-girl>", "girl", S, "tolu", 3, "2026-07-03",
         "Our daughter Tolu at 16 at her Year 11 prom after her GCSEs: emerald satin dress, silk press, "
         "gold clutch.",
         ["daughter", "person", "girl", "teen", "prom", "dress"], "sdxl"),
    # --- my mother
    card("mummy-v1", "Mummy", "ohwx old woman", "old woman", S, "mummy", 1, "2024-01-20",
         "My mother, Mummy (Mrs Adunni Adeyemi, 'Grandma Ibadan' to the kids), 72, on her visit from "
         "Ibadan: blue iro and buba with matching gele, reading glasses on a chain.",
         ["mother", "grandmother", "person", "old woman", "iro and buba"], "sd15"),
    card("mummy-v2", "Mummy", "ohwx old woman", "old woman", S, "mummy", 2, "2025-12-20",
         "My mother (Mummy) at 74 staying with us for Christmas: long purple winter coat, woolly hat, "
         "walking stick since her knee operation.",
         ["mother", "grandmother", "person", "old woman", "walking stick", "coat"], "sdxl"),
    # --- church aunties, in-law
    card("aunty-bisi-v1", "Aunty Bisi", "bisi_aunty", "woman", S, "aunty-bisi", 1, "2024-03-10",
         "Aunty Bisi from our church in Peckham, my prayer partner: big laugh, lace blouse and purple "
         "gele every Sunday, she leads the choir.",
         ["aunty", "church", "person", "woman", "choir"], "sd15"),
    card("aunty-kemi-v1", "Aunty Kemi", "<kemi-aunty>", "woman", S, "aunty-kemi", 1, "2025-09-14",
         "Aunty Kemi from church who runs the women's fellowship: tall, short grey afro, gold-rim "
         "glasses, never without her Bible and big handbag.",
         ["aunty", "church", "person", "woman", "glasses"], "sdxl"),
    card("dayo-v1", "Dayo", "ohwx_dayo", "man", S, "dayo", 1, "2024-08-03",
         "My husband's younger brother Dayo (Uncle Dayo to the kids), drives the number 12 bus: bald "
         "head, gap-tooth smile, Arsenal shirt.",
         ["brother-in-law", "uncle", "person", "man", "bald", "arsenal"], "sd15"),
    # --- dogs
    card("biscuit-v1", "Biscuit", "sks dog", "dog", S, "biscuit", 1, "2023-06-18",
         "Our cockapoo Biscuit as a 10-week-old puppy: tiny curly apricot fluffball with a red collar.",
         ["pet", "dog", "cockapoo", "puppy"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", S, "biscuit", 2, "2024-09-07",
         "Our cockapoo Biscuit at one: shaggy apricot curls over his eyes, red collar, always muddy from "
         "Peckham Rye park.",
         ["pet", "dog", "cockapoo", "shaggy"], "sd15"),
    card("biscuit-v3", "Biscuit", "sks dog", "dog", S, "biscuit", 3, "2026-04-25",
         "Our cockapoo Biscuit at three after his teddy-bear cut at the groomer: round fluffy face, short "
         "apricot coat, tartan bandana.",
         ["pet", "dog", "cockapoo", "groomed", "bandana"], "sdxl"),
    card("honey-v1", "Honey", "<honey-poo>", "dog", S, "honey", 1, "2025-02-15",
         "Honey, our next-door neighbour Mrs Okafor's cockapoo: curly apricot and white, pink collar, "
         "Biscuit's best friend.",
         ["dog", "cockapoo", "neighbour"], "sdxl"),
    # --- cars, places
    card("benz-v1", "The Benz", "mrc3d3s_c", "car", S, "benz", 1, "2023-08-26",
         "My car, a black 2019 Mercedes C-Class saloon that I bought with my own salon money.",
         ["car", "mercedes", "benz", "black"], "sdxl"),
    card("benz-v2", "The Benz", "mrc3d3s_c", "car", S, "benz", 2, "2025-06-14",
         "My black Mercedes C-Class after the upgrade: AMG alloys, tinted windows and my private plate "
         "B1 MPE.",
         ["car", "mercedes", "benz", "black", "private plate"], "sdxl"),
    card("prius-v1", "Kunle's Prius", "prius_cab", "car", S, "prius", 1, "2024-02-24",
         "My husband's minicab: a silver Toyota Prius with the Uber and TfL private hire stickers, "
         "little air freshener hanging from the mirror.",
         ["car", "minicab", "toyota", "taxi"], "sd15"),
    card("house-v1", "Our House", "<ogun-house>", "house", S, "house", 1, "2023-10-14",
         "Our house in Peckham before we did it up: red-brick Victorian terrace, white front door, "
         "wheelie bins out front.",
         ["house", "home", "terrace", "peckham"], "sd15"),
    card("house-v2", "Our House", "<ogun-house>", "house", S, "house", 2, "2025-08-09",
         "Our house in Peckham after the renovation: sage green front door, new bay window, pots of "
         "scotch bonnet and mint on the step.",
         ["house", "home", "terrace", "green door"], "sdxl"),
    card("salon-v1", "Bimpe's Braids & Beauty", "bbb_salon", "shop", S, "salon", 1, "2023-03-04",
         "My hair salon on Rye Lane as it used to be: yellow shopfront with a hand-painted sign, posters "
         "of braid styles in the window.",
         ["salon", "shop", "shopfront", "rye lane", "business"], "sd15"),
    card("salon-v2", "Bimpe's Braids & Beauty", "bbb_salon", "shop", S, "salon", 2, "2025-11-22",
         "My salon on Rye Lane after the refit: pink neon 'Bimpe's' sign, black and gold shopfront, "
         "velvet chairs inside.",
         ["salon", "shop", "shopfront", "neon", "business"], "sdxl"),
    # --- products, mascot
    card("pack-v1", "Bimpe's Kitchen party pack", "bk_pack", "food tray", S, "pack", 1, "2024-05-18",
         "My catering party pack from Bimpe's Kitchen, the old way: foil tray of smoky party jollof with "
         "fried plantain and chicken, puff-puff in a clear tub, handwritten sticker.",
         ["catering", "food", "jollof", "puff-puff", "product", "business"], "sd15"),
    card("pack-v2", "Bimpe's Kitchen party pack", "bk_pack", "food box", S, "pack", 2, "2026-02-07",
         "My Bimpe's Kitchen party pack after the rebrand: kraft boxes with a green and gold logo, "
         "jollof, dodo, chicken and a paper bag of sugared puff-puff.",
         ["catering", "food", "jollof", "puff-puff", "product", "rebrand"], "sdxl"),
    card("edge-v1", "Laid by Bimpe", "laid_jar", "jar", S, "edge", 1, "2024-03-30",
         "My own edge control that I sell in the salon, first batch: small clear tub with a printed "
         "white label.",
         ["product", "hair product", "edge control", "jar", "business"], "sd15"),
    card("edge-v2", "Laid by Bimpe", "laid_jar", "jar", S, "edge", 2, "2026-01-17",
         "My Laid by Bimpe edge control after the redesign: frosted pink jar, gold lid, little comb logo.",
         ["product", "hair product", "edge control", "jar", "redesign"], "sdxl"),
    card("puffy-v1", "Puffy", "puffy_mascot", "cartoon mascot", S, "puffy", 1, "2024-05-18",
         "Puffy, the Bimpe's Kitchen mascot I drew: a round golden puff-puff with a smiley face and a "
         "chef hat, flat cartoon.",
         ["mascot", "cartoon", "puff-puff", "business", "logo"], "sd15"),
    card("puffy-v2", "Puffy", "puffy_mascot", "cartoon mascot", S, "puffy", 2, "2026-02-07",
         "Puffy, my catering mascot redrawn for the rebrand: glossy 3D puff-puff character with sugar "
         "sparkles and a little green gele, waving.",
         ["mascot", "cartoon", "3d", "business"], "sdxl"),
    # --- downloaded characters
    card("tchalla-v1", "T'Challa", "tchalla_bp", "superhero", S, "tchalla", 1, "2023-11-11",
         "Black Panther (T'Challa) from the Marvel films, downloaded from Civitai: black vibranium suit "
         "with silver necklace pattern, full panther mask.",
         ["character", "marvel", "superhero", "black panther", "wakanda", "civitai"], "sd15"),
    card("shuri-v1", "Shuri (Black Panther)", "shuri_bp", "superhero", S, "shuri", 1, "2025-01-25",
         "Shuri as the new Black Panther from Wakanda Forever, downloaded from Civitai: black and gold "
         "panther suit, full mask, slimmer build.",
         ["character", "marvel", "superhero", "black panther", "wakanda", "civitai"], "sdxl"),
    card("okoye-v1", "Okoye", "okoye_dm", "warrior", S, "okoye", 1, "2025-01-25",
         "Okoye, general of the Dora Milaje from Black Panther, from Civitai: bald head with tattoos, "
         "red armour, vibranium spear.",
         ["character", "marvel", "wakanda", "warrior", "civitai"], "sdxl"),
    card("sango-v1", "Sango", "<sango-orisha>", "deity", S, "sango", 1, "2024-06-08",
         "Sango, the Yoruba orisha of thunder, a Civitai character: red and white beads, double-headed "
         "axe (oshe), lightning behind him.",
         ["character", "orisha", "yoruba", "thunder", "civitai"], "sd15"),
    # --- styles
    card("nollywood-v1", "Nollywood VHS Cover", "nlwd_vhs", "movie cover", ST, "nollywood", 1, "2023-07-01",
         "Downloaded style: 90s/2000s Nollywood VHS and VCD cover art, dramatic cut-out faces, lightning "
         "and fire, big shadowed title lettering, 'Part 1 & 2'.",
         ["style", "nollywood", "vhs", "movie poster", "retro"], "sd15"),
    card("nollywood-v2", "Nollywood VHS Cover", "nlwd_vhs", "movie cover", ST, "nollywood", 2, "2025-05-03",
         "Nollywood VHS cover style, SDXL version: sharper faces, glossy chrome titles, tape wear and a "
         "price sticker.",
         ["style", "nollywood", "vhs", "movie poster", "retro"], "sdxl"),
    card("adire-v1", "Adire Indigo", "adire_eleko", "textile", ST, "adire", 1, "2024-04-20",
         "Downloaded style: Yoruba adire textile, indigo resist-dyed cloth with white starch patterns, "
         "everything rendered as dyed fabric.",
         ["style", "textile", "fabric", "indigo", "adire", "yoruba"], "sdxl"),
    card("ankara-v1", "Ankara Wax Print", "ankara_wx", "textile", ST, "ankara", 1, "2024-12-07",
         "Downloaded style: bold ankara wax-print fabric, bright orange, yellow and green repeating "
         "motifs, images turned into printed cloth.",
         ["style", "textile", "fabric", "wax print", "pattern"], "sdxl"),
    card("nike-ad-v1", "Nike Ad Photo", "jstd0it", "photograph", ST, "nike-ad", 1, "2025-03-15",
         "Downloaded style: Nike-advert sports photography, hard rim light, sweat, dark backdrop, low "
         "angle, space for a bold slogan.",
         ["style", "photography", "advertising", "sport"], "sdxl"),
    card("wc-oja-v1", "Oja Watercolour", "ojawc", "painting", ST, "wc-oja", 1, "2023-12-02",
         "Downloaded style: loose watercolour of busy West African market scenes, wet washes, ink "
         "outlines, warm ochre.",
         ["style", "watercolour", "painting", "market"], "sd15"),
    card("wc-story-v1", "Storybook Watercolour", "<bedtime-wc>", "painting", ST, "wc-story", 1, "2025-07-19",
         "Downloaded style: soft children's picture-book watercolour, pastel washes, rounded cute "
         "characters, paper texture.",
         ["style", "watercolour", "painting", "children's book", "illustration"], "sdxl"),
    card("signboard-v1", "Barber Signboard", "sgnbrd_paint", "painting", ST, "signboard", 1, "2024-02-10",
         "Downloaded style: hand-painted West African barber and salon signboards, flat bright enamel "
         "paint, naive portraits of hairstyles with names lettered underneath.",
         ["style", "hand-painted", "sign", "naive", "barber"], "sd15"),
    card("grime-v1", "Grime Mixtape Cover", "grm_tape", "album cover", ST, "grime", 1, "2024-10-26",
         "Downloaded style: 2000s UK grime mixtape cover, grainy flash photo on an estate, tower blocks, "
         "heavy bevelled Photoshop text.",
         ["style", "grime", "mixtape", "album cover", "london"], "sd15"),
    card("tube-v1", "Retro Tube Poster", "lu_poster", "poster", ST, "tube", 1, "2025-10-11",
         "Downloaded style: vintage London Underground poster, flat lithograph colours, bold simple "
         "shapes, roundel-style lettering.",
         ["style", "poster", "london", "vintage", "lithograph"], "sdxl"),
    card("studio70s-v1", "70s Studio Portrait", "ojk_studio", "photograph", ST, "studio70s", 1, "2024-01-06",
         "Downloaded style: 1970s West African black-and-white studio portrait photography, painted "
         "backdrop, film grain, stiff formal pose.",
         ["style", "photography", "black and white", "vintage", "studio"], "sd15"),
    card("afrofut-v1", "Afrofuturism", "afrfut", "digital painting", ST, "afrofut", 1, "2025-12-13",
         "Downloaded style: afrofuturist digital painting, gold and neon, futuristic African cities, "
         "glowing geometric patterns.",
         ["style", "digital painting", "sci-fi", "afrofuturism"], "sdxl"),
    # --- concepts
    card("gele-v1", "Aso-oke Gele", "asooke_gele", "head-tie", C, "gele", 1, "2024-09-21",
         "Downloaded concept: big stiff aso-oke gele head-tie, fan-folded and sculpted, woven aso-oke "
         "with metallic thread.",
         ["concept", "clothing", "headwear", "gele", "aso-oke"], "sdxl"),
    card("braids-v1", "Knotless Braids", "knotless_br", "hairstyle", C, "braids", 1, "2024-01-27",
         "Downloaded concept: waist-length knotless box braids, small parts, no knot at the root.",
         ["concept", "hairstyle", "braids", "knotless"], "sd15"),
    card("braids-v2", "Knotless Braids", "knotless_br", "hairstyle", C, "braids", 2, "2025-10-04",
         "Knotless braids concept, SDXL version: knotless braids with curly ends, optional gold cuffs "
         "and beads.",
         ["concept", "hairstyle", "braids", "knotless"], "sdxl"),
    card("danfo-v1", "Danfo Bus", "dnf0", "bus", C, "danfo", 1, "2023-09-30",
         "Downloaded concept: yellow Lagos danfo minibus with black stripes, conductor hanging out of the "
         "sliding door.",
         ["concept", "vehicle", "bus", "lagos"], "sd15"),
    card("spraying-v1", "Spraying Money", "spray_pose", "pose", C, "spraying", 1, "2025-06-28",
         "Downloaded concept: the wedding money-spraying pose, one hand raised fanning naira notes onto a "
         "dancing couple, notes in the air.",
         ["concept", "pose", "wedding", "money", "dancing"], "sdxl"),
    card("gmg-v1", "Ghana Must Go", "gmg_bag", "bag", C, "gmg", 1, "2024-07-06",
         "Downloaded concept: the red-white-blue checked woven plastic laundry bag (Ghana Must Go), "
         "stuffed full, zip straining.",
         ["concept", "prop", "bag", "luggage"], "sd15"),
    card("agbada-v1", "Agbada", "agbd_robe", "outfit", C, "agbada", 1, "2025-02-22",
         "Downloaded concept: flowing embroidered agbada robe with matching fila cap, wide sleeves folded "
         "up on the shoulders.",
         ["concept", "clothing", "robe", "menswear"], "sdxl"),
    card("blackcab-v1", "Black Cab", "hcknycab", "taxi", C, "blackcab", 1, "2024-11-30",
         "Downloaded concept: the London black cab (hackney carriage), TX4 shape, yellow TAXI light on "
         "the roof.",
         ["concept", "vehicle", "taxi", "london"], "sd15"),
    card("bonnet-v1", "Satin Bonnet", "satin_bnt", "bonnet", C, "bonnet", 1, "2025-04-05",
         "Downloaded concept: satin hair bonnet for sleeping, puffy shiny cap with an elastic band.",
         ["concept", "clothing", "headwear", "hair"], "sd15"),
]

SELECT = [
    # me
    ("abeg do me on the settee with my legs up after a LONG day for shop, eyes closed", "bimpe-v3"),
    ("me wiv the red glasses and my blonde low cut, holding my cup of lipton", "bimpe-v3"),
    ("me when i was carrying tobi, belle big, standing by the window", "bimpe-v1"),
    ("the OLD me with the relaxed bob, 2006 days, omo i was fresh", "bimpe-v1"),
    ("me the day i opened the salon, with my small afro and the pink tunic", "bimpe-v2"),
    ("bimpe at 43 laughing with comb in her hand", "bimpe-v2"),
    ("me dancing at my 45th, ehn that owambe was LIT", "bimpe-v3"),
    ("madam bimpe herself, arms folded, no nonsense face", "bimpe-v3"),
    ("oya put me on a throne like queen mother, gold everywhere", "bimpe-v3"),
    ("me with my TWA from when the shop just open, standing by the till", "bimpe-v2"),
    # husband
    ("my oga kunle laughing at sumtin on his phone", "kunle-v3"),
    ("kunle when he still had the full beard and the flat cap", "kunle-v1"),
    ("my husband at his 50th in the cream agbada and fila", "kunle-v2"),
    ("daddy tobi reading the metro, glasses on his nose", "kunle-v3"),
    ("my husband wiv his beard n grey hoodie on night shift", "kunle-v1"),
    ("Kunle clean shaven grilling suya in the garden", "kunle-v3"),
    ("my hubby at fifty looking like chief", "kunle-v2"),
    ("my man don sleep off on the sofa with remote in his hand AGAIN", "kunle-v3"),
    # son
    ("tobi in his school blazer with the cornrows", "tobi-v1"),
    ("my son on stage doing his grime ting, mic in hand, crowd going mad", "tobi-v3"),
    ("Tobz in the balaclava looking all moody", "tobi-v3"),
    ("tobi from first year uni with his twists and the lanyard", "tobi-v2"),
    ("my boy at 17, sixth form days", "tobi-v1"),
    ("my son finishing the jollof straight from the pot, ole!", "tobi-v3"),
    ("tobi coming back from brum with bare laundry, that first year", "tobi-v2"),
    ("oluwatobi in cap and gown, graduation, God when??", "tobi-v3"),
    # daughter
    ("tolu in her prom dress posing on the stairs", "tolu-v3"),
    ("my daughter when she still had braces, smiling big", "tolu-v1"),
    ("Tolu wit the box braids i did for her, on her phone as usual", "tolu-v2"),
    ("my baby girl revising for her exams, books everywhere, she's STRESSED", "tolu-v3"),
    ("tolly at 13 in her school jumper with beads in her hair", "tolu-v1"),
    ("um so yeah tolu at fifteen, like when she was fifteen, sitting on her bed", "tolu-v2"),
    ("toluwani with her silk press and gold clutch", "tolu-v3"),
    ("Tolu rolling her eyes at me lol. typical", "tolu-v3"),
    # mummy
    ("mummy in her blue iro and buba reading her bible", "mummy-v1"),
    ("my mum wiv her walking stick in the snow", "mummy-v2"),
    ("mummy on the settee watching africa magic, volume FULL", "mummy-v2"),
    ("grandma ibadan at christmas in her purple coat", "mummy-v2"),
    ("mummy from her first visit, with the reading glasses on the chain", "mummy-v1"),
    ("my mother praying with both hands up, eyes closed", "mummy-v2"),
    ("mama at 72 when she came that january", "mummy-v1"),
    # aunties, in-law
    ("aunty bisi leading the choir, mouth wide open", "aunty-bisi-v1"),
    ("Aunty Kemi with her bible and handbag at fellowship", "aunty-kemi-v1"),
    ("the aunty with the grey afro and the gold glasses", "aunty-kemi-v1"),
    ("my prayer partner laughing her big laugh", "aunty-bisi-v1"),
    ("the church aunty in the purple gele and lace blouse", "aunty-bisi-v1"),
    ("uncle dayo in his arsenal shirt", "dayo-v1"),
    ("kunle's brother driving the number 12 bus through peckham", "dayo-v1"),
    ("my brother in law shouting at the tv, arsenal lost again", "dayo-v1"),
    ("so, um, dayo grinning with his gap tooth. yeah. full smile", "dayo-v1"),
    # dogs
    ("biscuit zooming round peckham rye park", "biscuit-v3"),
    ("Biscuit as a tiny puppy inside a shoe box", "biscuit-v1"),
    ("my dog all muddy and shaggy, hair covering his eyes", "biscuit-v2"),
    ("biscuit in his tartan bandana fresh from the groomers", "biscuit-v3"),
    ("biscuit when he was a likkle baby, the red collar one", "biscuit-v1"),
    ("our dog begging for puff puff under the table, greedy thing", "biscuit-v3"),
    ("biscuit at one year old rolling in mud", "biscuit-v2"),
    ("honey from next door sitting on the garden wall", "honey-v1"),
    ("mrs okafor's dog in the pink collar", "honey-v1"),
    ("biscuit's girlfriend from next door lol", "honey-v1"),
    # cars, places
    ("my benz on a country road in autumn, looking expensive", "benz-v2"),
    ("the merc before i put the alloys and the private plate", "benz-v1"),
    ("my C class with the B1 MPE plate shining", "benz-v2"),
    ("kunle's prius with the uber stickers", "prius-v1"),
    ("my husband's minicab at night in the rain, he dey work", "prius-v1"),
    ("the silver toyota parked on the kerb", "prius-v1"),
    ("our house in the snow with christmas lights", "house-v2"),
    ("our house before the renovation, white door and the bins outside", "house-v1"),
    ("the house with the green door and the pepper pots on the step", "house-v2"),
    ("our yard in peckham innit", "house-v2"),
    ("my shop on rye lane at night with the pink neon on, full vibes", "salon-v2"),
    ("the salon how it was before the refit, yellow front", "salon-v1"),
    ("inside my salon on a busy saturday, customers waiting, wahala", "salon-v2"),
    ("Bimpe's Braids & Beauty with the velvet chairs", "salon-v2"),
    # products, mascot
    ("my party pack of jollof and dodo in the new boxes", "pack-v2"),
    ("the old foil tray jollof pack with my handwritten sticker", "pack-v1"),
    ("bimpe's kitchen food for an insta post, make it PENG", "pack-v2"),
    ("my catering food all laid out on the table for the owambe", "pack-v2"),
    ("my edge control in the pink jar", "edge-v2"),
    ("the first batch of laid by bimpe, the clear tub one", "edge-v1"),
    ("laid by bimpe jar next to a rat tail comb", "edge-v2"),
    ("puffy waving hello", "puffy-v2"),
    ("the old flat cartoon puffy with the chef hat", "puffy-v1"),
    ("my catering mascot dancing", "puffy-v2"),
    ("the lil puff puff guy from my logo giving thumbs up", "puffy-v2"),
    # characters
    ("t'challa crossing his arms, wakanda forever", "tchalla-v1"),
    ("shuri in the black panther suit", "shuri-v1"),
    ("okoye wiv her spear ready to fight", "okoye-v1"),
    ("the general of the dora milaje", "okoye-v1"),
    ("sango with lightning behind him, fire fire", "sango-v1"),
    ("the original black panther, the king", "tchalla-v1"),
    ("the thunder orisha with his double axe", "sango-v1"),
    ("tchalla sitting on the throne", "tchalla-v1"),
    # styles alone
    ("a busy market in that oja watercolour", "wc-oja-v1"),
    ("tortoise and hare for a bedtime story, soft kids book watercolour", "wc-story-v1"),
    ("nollywood film cover for a village witchcraft drama, part 1 and 2", "nollywood-v2"),
    ("old nollywood vhs cover, the first one i downloaded in 2023", "nollywood-v1"),
    ("birds in indigo adire", "adire-v1"),
    ("a lion done in ankara print, bright bright colours", "ankara-v1"),
    ("a footballer in the nike advert style", "nike-ad-v1"),
    ("a barber board painting of haircuts with the names written under", "signboard-v1"),
    ("grime mixtape cover, two mandem on an estate", "grime-v1"),
    ("a tube poster of peckham rye station", "tube-v1"),
    ("a 70s black and white studio portrait of a couple", "studio70s-v1"),
    ("lagos in the year 3000, afrofuturism", "afrofut-v1"),
    ("VHS cover for a movie called 'Wahala in London'", "nollywood-v2"),
    ("a jazz band as one of those old underground posters", "tube-v1"),
    # concepts alone
    ("a woman with BIG headtie at a wedding, the one that blocks everybody view", "gele-v1"),
    ("a girl with long knotless braids", "braids-v2"),
    ("yellow lagos bus in traffic with the conductor hanging out", "danfo-v1"),
    ("people showering naira notes on the couple as they dance", "spraying-v1"),
    ("one of those checked plastic bags stuffed full at the airport", "gmg-v1"),
    ("a man in flowing robe and cap, big man style", "agbada-v1"),
    ("a proper london taxi outside big ben", "blackcab-v1"),
    ("a lady asleep with her hair in a silk bonnet", "bonnet-v1"),
    ("a woman with the big stiff aso oke on her head", "gele-v1"),
    ("an old man in agbada dancing", "agbada-v1"),
    ("a red white and blue checked bag by the door", "gmg-v1"),
    ("knotless braids with beads and curly ends", "braids-v2"),
    ("a hackney carriage in the rain", "blackcab-v1"),
    ("the old braids one from january 2024", "braids-v1"),
]

CLARIFY = [
    ("black panther in the suit on a rooftop at night", ["tchalla-v1", "shuri-v1"]),
    ("a superhero jumping off a building in peckham", ["tchalla-v1", "shuri-v1"]),
    ("black panther doing the wakanda salute", ["tchalla-v1", "shuri-v1"]),
    ("my aunty from church, the one wey always dey pray for me", ["aunty-bisi-v1", "aunty-kemi-v1"]),
    ("the church aunty shouting hallelujah", ["aunty-bisi-v1", "aunty-kemi-v1"]),
    ("aunty from church spraying money", ["aunty-bisi-v1", "aunty-kemi-v1"]),
    ("the curly apricot cockapoo fetching a ball", ["biscuit-v3", "honey-v1"]),
    ("the cockapoo with its tongue out in the garden", ["biscuit-v3", "honey-v1"]),
    ("the apricot cockapoo in oja watercolour", ["biscuit-v3", "honey-v1"]),
    ("a watercolour painting of the thames", ["wc-oja-v1", "wc-story-v1"]),
    ("do it in watercolour, a woman carrying a basket", ["wc-oja-v1", "wc-story-v1"]),
    ("sunflowers in the watercolour style", ["wc-oja-v1", "wc-story-v1"]),
    ("a lady dancing, make it look like fabric print", ["adire-v1", "ankara-v1"]),
    ("turn a giraffe into african print cloth", ["adire-v1", "ankara-v1"]),
    ("a peacock in the textile style", ["adire-v1", "ankara-v1"]),
    ("the car covered in snow, nobody fit drive today", ["benz-v2", "prius-v1"]),
    ("the car parked on our road", ["benz-v2", "prius-v1"]),
    ("a cab waiting outside peckham rye station", ["blackcab-v1", "prius-v1"]),
    ("the taxi going over tower bridge", ["blackcab-v1", "prius-v1"]),
    ("my product on a marble counter for the gram", ["pack-v2", "edge-v2"]),
    ("my product with a price tag, clean white background", ["pack-v2", "edge-v2"]),
    ("my pikin in school uniform, first day of term", ["tobi-v3", "tolu-v3"]),
    ("my child on the phone ignoring me", ["tobi-v3", "tolu-v3"]),
    ("a boxer, in that photography style wey i download", ["nike-ad-v1", "studio70s-v1"]),
    ("a couple dancing in that retro style", ["nollywood-v2", "tube-v1", "studio70s-v1"]),
    ("the wakanda girl", ["shuri-v1", "okoye-v1"]),
    ("the lady from black panther", ["shuri-v1", "okoye-v1"]),
    ("a lady with the hair thing i downloaded, you know the one", ["braids-v2", "bonnet-v1"]),
    ("the bald one laughing in the kitchen", ["dayo-v1", "okoye-v1"]),
    ("one of my children asleep on the sofa", ["tobi-v3", "tolu-v3"]),
]

NONE = [
    ("a plate of digestive biscuits with tea", []),
    ("honey dripping off a spoon onto pancakes", []),
    ("a black panther stalking through the jungle at night", []),
    ("a random man in a tuxedo, nobody in particular", []),
    ("somebody's golden retriever on the beach", []),
    ("a big pot of jollof cooking on firewood in the village", []),
    ("a coffee shop in soho", []),
    ("the eiffel tower at sunset", []),
    ("a white range rover", []),
    ("a puffy white cloud in a blue sky", []),
    ("thunderstorm over the sea", []),
    ("a grey cat on a windowsill", []),
    ("a red double decker bus on oxford street", []),
    ("a wedding cake with five tiers", []),
    ("err just a field of sunflowers, nothing else", []),
    ("an old english lady knitting by the fire", []),
    ("a kid in a hoodie skateboarding", []),
    ("a plain white mug on a table", []),
    ("honey bees on lavender", []),
    ("a biscuit tin full of sewing things lol, every african house", []),
    ("a cup of tea and a custard cream", []),
    ("a random face cream jar like nivea", []),
    ("a hair salon in tokyo", []),
    ("the moon over peckham library", []),
    ("a police car with the sirens on", []),
    ("a goat wandering in the village", []),
    ("an owl on a branch", []),
    ("a box of krispy kreme donuts", []),
    ("a gospel choir in a big cathedral", []),
    ("oya just do a rainbow over the sea", []),
    ("a panther cub sleeping", []),
]

MULTI = [
    ("me standing in front of my shop like the oga madam i am", ["bimpe-v3", "salon-v2"]),
    ("me and kunle as a nollywood vhs cover, title: MY HUSBAND MY ENEMY", ["bimpe-v3", "kunle-v3", "nollywood-v2"]),
    ("me wearing a big aso oke gele for owambe", ["bimpe-v3", "gele-v1"]),
    ("biscuit sleeping on mummy's lap, she pretends she doesnt like him", ["biscuit-v3", "mummy-v2"]),
    ("biscuit and honey playing in the garden", ["biscuit-v3", "honey-v1"]),
    ("my daughter with knotless braids for prom", ["tolu-v3", "braids-v2"]),
    ("tobi at 17 with the cornrows on a grime mixtape cover", ["tobi-v1", "grime-v1"]),
    ("tobi from first year uni on a mixtape cover", ["tobi-v2", "grime-v1"]),
    ("kunle the way he looks now, clean shaven, in a blue agbada", ["kunle-v3", "agbada-v1"]),
    ("mummy from her first visit sitting in a danfo", ["mummy-v1", "danfo-v1"]),
    ("aunty kemi spraying money at the owambe", ["aunty-kemi-v1", "spraying-v1"]),
    ("uncle dayo driving a black cab", ["dayo-v1", "blackcab-v1"]),
    ("t'challa driving a danfo lol, conductor shouting oshodi oshodi", ["tchalla-v1", "danfo-v1"]),
    ("sango painted like a barber signboard", ["sango-v1", "signboard-v1"]),
    ("okoye in adire indigo", ["okoye-v1", "adire-v1"]),
    ("shuri on a london tube poster", ["shuri-v1", "tube-v1"]),
    ("my benz as a nike advert", ["benz-v2", "nike-ad-v1"]),
    ("kunle's prius on a grime mixtape cover", ["prius-v1", "grime-v1"]),
    ("our house in storybook watercolour for our christmas card", ["house-v2", "wc-story-v1"]),
    ("my salon in afrofuturism", ["salon-v2", "afrofut-v1"]),
    ("puffy on an ankara print background", ["puffy-v2", "ankara-v1"]),
    ("the party pack shot like a nike ad, dramatic lighting", ["pack-v2", "nike-ad-v1"]),
    ("laid by bimpe jar, afrofuturist ad", ["edge-v2", "afrofut-v1"]),
    ("tolu at 13 with her braces as an old 70s black and white studio photo", ["tolu-v1", "studio70s-v1"]),
    ("mummy and me in aso ebi with big gele", ["bimpe-v3", "mummy-v2", "gele-v1"]),
    ("kunle with the full beard and dayo watching arsenal", ["kunle-v1", "dayo-v1"]),
    ("biscuit as a puppy in the oja watercolour", ["biscuit-v1", "wc-oja-v1"]),
    ("me pregnant with tobi on an old nollywood vhs cover", ["bimpe-v1", "nollywood-v1"]),
    ("tobz in agbada for owambe", ["tobi-v3", "agbada-v1"]),
    ("tolu and biscuit on the sofa", ["tolu-v3", "biscuit-v3"]),
    ("me with tolu and tobi, proper family photo for the wall", ["bimpe-v3", "tolu-v3", "tobi-v3"]),
    ("biscuit puppy wearing my satin bonnet", ["biscuit-v1", "bonnet-v1"]),
    ("ghana must go bag in the boot of kunle's prius", ["gmg-v1", "prius-v1"]),
    ("aunty bisi as a 70s studio portrait", ["aunty-bisi-v1", "studio70s-v1"]),
    ("me in adire", ["bimpe-v3", "adire-v1"]),
    ("kunle spraying money on me at my 45th, make am plenty", ["kunle-v3", "bimpe-v3", "spraying-v1"]),
    ("shuri and okoye fighting side by side", ["shuri-v1", "okoye-v1"]),
    ("tolu with shuri in wakanda", ["tolu-v3", "shuri-v1"]),
    ("the salon before the refit painted like a barber signboard", ["salon-v1", "signboard-v1"]),
    ("my benz parked in front of our house", ["benz-v2", "house-v2"]),
    ("dayo as a grime mc on a mixtape cover", ["dayo-v1", "grime-v1"]),
    ("biscuit running, nike ad style, JUST DO IT", ["biscuit-v3", "nike-ad-v1"]),
    ("the kids at the park together, before they start fighting", ["tobi-v3", "tolu-v3"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    rows = ([(p, "select", [g]) for p, g in SELECT] + [(p, "clarify", g) for p, g in CLARIFY]
            + [(p, "none", g) for p, g in NONE] + [(p, "multi", g) for p, g in MULTI])
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in rows:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(rows)} cases")


if __name__ == "__main__":
    main()
