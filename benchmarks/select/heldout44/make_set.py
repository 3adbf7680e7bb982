#!/usr/bin/env python3
"""heldout44: a Glaswegian tattoo artist's repository (blind held-out set).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # ---- me
    card("jodie-v1", "Jodie", "ohwx woman", "woman", "subject", "jodie", 1, "2019-03-16",
         "Me, Jodie (Jo or Jojo to my pals), at 21 in my first year as an apprentice at Electric Eel "
         "Tattoo: candyfloss-pink bob, septum ring, black band t-shirt.",
         ["me", "person", "woman", "apprentice", "pink hair"], "sd15"),
    card("jodie-v2", "Jodie", "ohwx woman", "woman", "subject", "jodie", 2, "2022-08-20",
         "Me, Jodie, at 24 on the day I opened my own studio, Wee Devil Tattoo: bleached blonde hair "
         "shaved on one side, nose ring, half sleeves, holding up the shop keys.",
         ["me", "person", "woman", "shop opening", "shaved side"], "sd15"),
    card("jodie-v3", "Jodie", "ohwx woman", "woman", "subject", "jodie", 3, "2026-09-12",
         "Me, Jodie, at 28: bleached mullet, both arms fully sleeved, gold hoop earrings, "
         "black dungarees.",
         ["me", "person", "woman", "tattoo artist", "mullet"], "sdxl"),
    # ---- maw and her twin
    card("isa-v1", "Isa", "maw_isa", "woman", "subject", "isa", 1, "2018-05-02",
         "My maw, Isa, at 53 behind the counter at Marco's chippy: white overall, hairnet, "
         "dyed dark brown hair.",
         ["family", "mother", "person", "woman", "chip shop"], "sd15"),
    card("isa-v2", "Isa", "maw_isa", "woman", "subject", "isa", 2, "2025-11-15",
         "My maw, Isa, at her 60th birthday party in the Sarry Heid: new pillarbox-red hair, "
         "sequinned top, glass of prosecco.",
         ["family", "mother", "person", "woman", "birthday", "red hair"], "sdxl"),
    card("senga-v1", "Senga", "<auntie-senga>", "woman", "subject", "senga", 1, "2025-11-15",
         "Auntie Senga, my maw's identical twin sister, at their 60th: same face as my maw but "
         "silver-grey hair, big red glasses and a leopard-print coat.",
         ["family", "aunt", "twin", "person", "woman", "glasses"], "sdxl"),
    # ---- da
    card("tam-v1", "Tam", "zwx man", "man", "subject", "tam", 1, "2017-06-10",
         "My da, Tam, at 60 when he was still a bus driver: First Glasgow uniform, clean-shaven, "
         "at the wheel of the number 38.",
         ["family", "father", "person", "man", "bus driver", "uniform"], "sd15"),
    card("tam-v2", "Tam", "zwx man", "man", "subject", "tam", 2, "2024-07-27",
         "My da, Tam, retired at 67: white beard, tweed bunnet, Harrington jacket, out at his "
         "allotment.",
         ["family", "father", "person", "man", "retired", "beard", "flat cap"], "sdxl"),
    # ---- wee brother
    card("kieran-v1", "Kieran", "k13r4n", "boy", "subject", "kieran", 1, "2020-02-08",
         "My wee brother Kieran ('the wee man', Kez) at 15 in his Holyrood Secondary uniform: "
         "blazer, squint tie, braces on his teeth.",
         ["family", "brother", "person", "boy", "school uniform", "braces"], "sd15"),
    card("kieran-v2", "Kieran", "k13r4n", "man", "subject", "kieran", 2, "2024-09-21",
         "My wee brother Kieran (Kez) at 19, a fresher at Strathclyde Uni: curtains haircut, "
         "wispy moustache, Stone Island jumper.",
         ["family", "brother", "person", "young man", "student"], "sdxl"),
    # ---- girlfriend
    card("rhi-v1", "Rhi", "<rhi-bass>", "woman", "subject", "rhi", 1, "2023-04-22",
         "My girlfriend Rhi (Rhiannon) at 26, when we met: long black hair with a heavy fringe, "
         "denim jacket covered in band patches, bass guitar on her back.",
         ["girlfriend", "partner", "person", "woman", "musician", "black hair"], "sd15"),
    card("rhi-v2", "Rhi", "<rhi-bass>", "woman", "subject", "rhi", 2, "2026-06-13",
         "My girlfriend Rhi at 29, bass player in The Clatty Pats: electric-blue shag cut, "
         "heavy eyeliner, on stage at King Tut's.",
         ["girlfriend", "partner", "person", "woman", "musician", "blue hair", "bass"], "sdxl"),
    # ---- gran
    card("jessie-v1", "Jessie", "gr4n_j3ss13", "old woman", "subject", "jessie", 1, "2016-12-03",
         "My gran, Jessie, at her 80th in 2016: permed white hair, pearls, lilac cardigan, "
         "wee glass of sherry.",
         ["family", "grandmother", "person", "old woman", "birthday"], "sd15"),
    card("jessie-v2", "Jessie", "gr4n_j3ss13", "old woman", "subject", "jessie", 2, "2025-10-04",
         "My gran, Jessie, at 89 in her care home in Cathcart: short white hair, pink fleecy "
         "cardigan, sitting in her armchair with a cuppa.",
         ["family", "grandmother", "person", "old woman", "care home"], "sdxl"),
    # ---- pals
    card("chantelle-v1", "Chantelle", "ch4nt3ll3", "woman", "subject", "chantelle", 1, "2023-07-15",
         "My best pal Chantelle (Chan) at 27, out for her birthday: long honey-blonde extensions, "
         "big lashes, fake tan, sparkly dress.",
         ["friend", "best friend", "person", "woman", "blonde"], "sdxl"),
    card("chantelle-v2", "Chantelle", "ch4nt3ll3", "woman", "subject", "chantelle", 2, "2026-10-03",
         "My best pal Chantelle, eight months pregnant with her first wean: hair scraped back, "
         "baby bump in a stretchy black dress.",
         ["friend", "best friend", "person", "woman", "pregnant"], "sdxl"),
    card("davie-v1", "Davie", "bigdavie_lora", "man", "subject", "davie", 1, "2021-05-29",
         "My pal Big Davie ('the Big Man'), a six-foot-five bouncer, before the beard: shaved "
         "head, black bomber jacket, earpiece.",
         ["friend", "person", "man", "bouncer", "bald"], "sd15"),
    card("davie-v2", "Davie", "bigdavie_lora", "man", "subject", "davie", 2, "2025-03-08",
         "My pal Big Davie at 31 with his massive ginger beard, shaved head, the neck tattoo I did "
         "him, black polo shirt.",
         ["friend", "person", "man", "bouncer", "ginger beard", "tattooed"], "sdxl"),
    card("shazza-v1", "Shazza", "shz woman", "woman", "subject", "shazza", 1, "2024-01-20",
         "My pal Shazza (Sharon, Shaz), who does the piercings in my studio: jet-black bob, lots "
         "of facial piercings, cat-eye glasses.",
         ["friend", "person", "woman", "piercer", "piercings", "glasses"], "sdxl"),
    # ---- pets
    card("tank-v1", "Tank", "sks dog", "dog", "subject", "tank", 1, "2021-04-10",
         "Our staffie Tank as a pup at 12 weeks: brindle with a white chest, huge paws, "
         "red collar.",
         ["pet", "dog", "staffie", "staffordshire bull terrier", "puppy", "brindle"], "sd15"),
    card("tank-v2", "Tank", "sks dog", "dog", "subject", "tank", 2, "2025-08-02",
         "Our staffie Tank at 4: stocky brindle with a white chest, wee scar on his nose, "
         "red harness, big daft grin.",
         ["pet", "dog", "staffie", "staffordshire bull terrier", "brindle"], "sdxl"),
    card("roxy-v1", "Roxy", "rxy dog", "dog", "subject", "roxy", 1, "2025-05-17",
         "Next door's staffie Roxy: blue-grey coat with a white chest, pink collar, same build as "
         "our Tank.",
         ["dog", "staffie", "staffordshire bull terrier", "neighbour", "blue"], "sdxl"),
    card("tango-v1", "Tango", "t4ng0 cat", "cat", "subject", "tango", 1, "2022-10-08",
         "Our ginger cat Tango as a wee kitten: fluffy orange tabby with white paws.",
         ["pet", "cat", "kitten", "ginger", "orange tabby"], "sd15"),
    card("tango-v2", "Tango", "t4ng0 cat", "cat", "subject", "tango", 2, "2025-12-20",
         "Our ginger cat Tango all grown up: big fat orange tabby, white paws, torn left ear, "
         "lives on the radiator.",
         ["pet", "cat", "ginger", "orange tabby"], "sdxl"),
    # ---- vehicle, places, products, mascot
    card("nessie-v1", "Nessie", "<nessie-van>", "van", "subject", "nessie", 1, "2024-03-09",
         "Nessie, my girlfriend Rhi's band van: battered dark green Ford Transit with a "
         "hand-painted Loch Ness monster on the side and a roof rack.",
         ["vehicle", "van", "band", "transit"], "sdxl"),
    card("studio-v1", "Wee Devil Tattoo", "weedevil_studio", "tattoo studio", "subject", "studio", 1,
         "2022-08-20",
         "My studio, Wee Devil Tattoo on Pollokshaws Road, when I first opened: white walls, one "
         "chair, second-hand flash framed on the walls.",
         ["place", "studio", "tattoo shop", "interior", "business"], "sd15"),
    card("studio-v2", "Wee Devil Tattoo", "weedevil_studio", "tattoo studio", "subject", "studio", 2,
         "2025-02-15",
         "My studio, Wee Devil Tattoo, after the refit: dark green walls, pink neon devil sign, two "
         "black leather beds, plants everywhere.",
         ["place", "studio", "tattoo shop", "interior", "business", "neon"], "sdxl"),
    card("chippy-v1", "Marco's", "marcos_chippy", "chip shop", "subject", "chippy", 1, "2024-06-01",
         "Marco's, the chippy on Victoria Road where my maw works: red and white tiled front, neon "
         "FISH & CHIPS sign, fryer range behind the counter.",
         ["place", "chip shop", "shopfront", "takeaway"], "sdxl"),
    card("balm-v1", "Wee Devil Balm", "<wd-balm>", "tin", "subject", "balm", 1, "2023-05-20",
         "My studio's aftercare balm tins, first label: plain black tin with a white sticker and "
         "the old devil logo.",
         ["product", "aftercare", "balm", "tin", "packaging"], "sd15"),
    card("balm-v2", "Wee Devil Balm", "<wd-balm>", "tin", "subject", "balm", 2, "2026-03-28",
         "My studio's aftercare balm tins after the rebrand: matte green tin, gold-foil devil, "
         "'Wee Devil Healing Balm' lettering.",
         ["product", "aftercare", "balm", "tin", "packaging", "rebrand"], "sdxl"),
    card("clootie-v1", "Clootie", "cl00tie", "devil character", "subject", "clootie", 1, "2022-08-01",
         "Clootie, the wee devil mascot of my studio, original version: red cartoon imp with "
         "horns, pitchfork and a cheeky grin, thick outlines.",
         ["mascot", "character", "devil", "logo", "cartoon"], "sd15"),
    card("clootie-v2", "Clootie", "cl00tie", "devil character", "subject", "clootie", 2, "2025-01-25",
         "Clootie, my studio's wee devil mascot, redesigned: dark green imp with gold horns, "
         "holding a tattoo machine instead of a pitchfork.",
         ["mascot", "character", "devil", "logo", "cartoon", "rebrand"], "sdxl"),
    # ---- downloaded characters
    card("rem-v1", "Rem", "rem_(re:zero)", "girl", "subject", "rem", 1, "2024-02-10",
         "Rem from Re:Zero (Civitai): short blue hair covering her right eye, maid outfit with "
         "headdress, flower hair clip.",
         ["anime", "character", "re:zero", "maid", "blue hair", "twin"], "sd15"),
    card("ram-v1", "Ram", "ram_(re:zero)", "girl", "subject", "ram", 1, "2024-02-10",
         "Ram from Re:Zero (Civitai), Rem's twin sister: short pink hair covering her left eye, "
         "maid outfit with headdress, smug look.",
         ["anime", "character", "re:zero", "maid", "pink hair", "twin"], "sd15"),
    card("wullie-v1", "Oor Wullie", "oor_wullie", "boy", "subject", "wullie", 1, "2023-01-14",
         "Oor Wullie from the Sunday Post (Civitai): spiky blond hair, black dungarees, sitting "
         "on his upturned bucket.",
         ["comic", "character", "scottish", "boy", "dungarees"], "sd15"),
    # ---- styles
    card("tradflash-v1", "Trad Flash", "trad_flash", "tattoo flash", "style", "tradflash", 1,
         "2023-03-04",
         "American traditional tattoo flash: bold black outlines, limited red, yellow and green "
         "palette, swallows, roses, daggers, panthers.",
         ["style", "tattoo", "american traditional", "flash", "old school"], "sd15"),
    card("tradflash-v2", "Trad Flash", "trad_flash", "tattoo flash", "style", "tradflash", 2,
         "2025-06-21",
         "American traditional tattoo flash v2: bold lines, solid colour fills, aged "
         "parchment flash-sheet backgrounds.",
         ["style", "tattoo", "american traditional", "flash", "old school"], "sdxl"),
    card("blackwork-v1", "Blackwork Lines", "blkwrk style", "tattoo design", "style", "blackwork", 1,
         "2024-05-11",
         "Blackwork tattoo linework: fine single-needle black lines, dotwork shading, no colour.",
         ["style", "tattoo", "blackwork", "fine line", "dotwork"], "sd15"),
    card("blackwork-v2", "Blackwork Lines", "blkwrk style", "tattoo design", "style", "blackwork", 2,
         "2026-07-04",
         "Blackwork tattoo linework v2: crisp black linework, dotwork and solid black fills, "
         "no colour.",
         ["style", "tattoo", "blackwork", "fine line", "dotwork"], "sdxl"),
    card("mackintosh-v1", "Glasgow Style", "mcktsh style", "illustration", "style", "mackintosh", 1,
         "2023-09-16",
         "Charles Rennie Mackintosh art nouveau (the Glasgow Style): stylised Glasgow roses, "
         "elongated figures, tall geometric lines, muted pinks and purples.",
         ["style", "art nouveau", "mackintosh", "glasgow"], "sd15"),
    card("mackintosh-v2", "Glasgow Style", "mcktsh style", "illustration", "style", "mackintosh", 2,
         "2025-04-12",
         "Charles Rennie Mackintosh art nouveau v2: Glasgow roses, ladder-back geometry, "
         "whiplash curves, cream, rose and violet.",
         ["style", "art nouveau", "mackintosh", "glasgow"], "sdxl"),
    card("raveflyer-v1", "Rave Flyer", "r4v3flyer", "flyer", "style", "raveflyer", 1, "2022-11-05",
         "90s rave flyer: acid smiley, chrome lettering, neon gradients, photocopied grain.",
         ["style", "rave", "90s", "flyer", "poster"], "sd15"),
    card("raveflyer-v2", "Rave Flyer", "r4v3flyer", "flyer", "style", "raveflyer", 2, "2025-09-27",
         "90s rave flyer v2: chrome and bubble lettering, neon gradients, fractals, smileys.",
         ["style", "rave", "90s", "flyer", "poster"], "sdxl"),
    card("stainedglass-v1", "Stained Glass", "stainedglass_window", "stained glass window", "style",
         "stainedglass", 1, "2024-08-17",
         "Stained glass window: black leaded lines, jewel-coloured panes, light shining through.",
         ["style", "stained glass", "window", "church"], "sd15"),
    card("linocut-v1", "Linocut", "linocut print", "print", "style", "linocut", 1, "2025-01-11",
         "Linocut print: rough carved lines, one or two flat inks, paper texture.",
         ["style", "print", "printmaking", "linocut", "block print"], "sdxl"),
    card("riso-v1", "Riso", "risograph", "print", "style", "riso", 1, "2025-05-03",
         "Risograph print: grainy two-colour overprint in fluorescent pink and blue, slight "
         "misregistration.",
         ["style", "print", "printmaking", "risograph", "zine"], "sdxl"),
    card("pixel-v1", "16-bit Pixel", "pixel_art_16bit", "pixel art", "style", "pixel", 1,
         "2023-06-24",
         "16-bit pixel art: retro video-game sprites and backgrounds, limited palette.",
         ["style", "pixel art", "retro", "video game"], "sd15"),
    card("sundaypost-v1", "Sunday Post Comic", "sundaypost_comic", "comic strip", "style",
         "sundaypost", 1, "2023-02-18",
         "Classic Sunday Post comic strip look (The Broons era): inky linework, flat colours, "
         "speech bubbles, panel borders.",
         ["style", "comic", "cartoon", "scottish", "broons"], "sd15"),
    card("disposable-v1", "Disposable Cam", "dspsbl_flash", "photo", "style", "disposable", 1,
         "2025-07-19",
         "Disposable camera snap: harsh on-camera flash, red-eye, grain, orange date stamp, "
         "late-90s party photo.",
         ["style", "photo", "film", "flash", "90s"], "sdxl"),
    card("mural-v1", "Gable Mural", "gable_mural", "mural", "style", "mural", 1, "2025-10-11",
         "Glasgow city-centre mural: huge spray-painted gable-end walls, photoreal faces, "
         "bold colour, paint drips.",
         ["style", "mural", "street art", "graffiti", "spray paint"], "sdxl"),
    # ---- concepts
    card("tartan-v1", "Tartan", "tartan_pattern", "tartan", "concept", "tartan", 1, "2024-11-30",
         "Scottish tartan: red and green tartan cloth for kilts, scarves, trews and bunnets.",
         ["concept", "clothing", "pattern", "scottish", "kilt"], "sdxl"),
    card("hoops-v1", "Hoops Kit", "hoops_kit", "football strip", "concept", "hoops", 1, "2023-08-12",
         "Football strip with horizontal green-and-white hoops, shorts and socks, no badges.",
         ["concept", "clothing", "football", "sportswear", "hoops"], "sd15"),
    card("hoops-v2", "Hoops Kit", "hoops_kit", "football strip", "concept", "hoops", 2, "2025-05-24",
         "Football strips v2: hooped tops in green-and-white, plus plain royal-blue tops, with "
         "shorts and socks, no badges.",
         ["concept", "clothing", "football", "sportswear", "hoops"], "sdxl"),
    card("mullet-v1", "Mullet", "mullet_hair", "hairstyle", "concept", "mullet", 1, "2025-02-22",
         "Mullet haircut: buzzed short on the sides and top, long at the back.",
         ["concept", "hairstyle", "mullet", "buzzcut"], "sdxl"),
    card("bus-v1", "Double Decker", "<dbl-decker>", "bus", "concept", "bus", 1, "2024-04-06",
         "Glasgow double-decker bus in purple livery, front and side views.",
         ["concept", "vehicle", "bus", "double decker"], "sdxl"),
    card("cone-v1", "Cone Heid", "cone_hat", "traffic cone", "concept", "cone", 1, "2023-11-18",
         "Orange traffic cone worn as a hat, like the Duke of Wellington statue outside GoMA.",
         ["concept", "prop", "hat", "traffic cone"], "sdxl"),
    card("cheers-v1", "Cheers Pose", "cheers_pint", "pose", "concept", "cheers", 1, "2024-12-21",
         "Pose: arm up holding a pint glass towards the camera, mid-cheers.",
         ["concept", "pose", "pint", "toast"], "sdxl"),
    card("shellsuit-v1", "Shell Suit", "shell_suit", "tracksuit", "concept", "shellsuit", 1,
         "2025-08-30",
         "90s shell suit: shiny nylon tracksuit in clashing neon colours.",
         ["concept", "clothing", "90s", "tracksuit"], "sdxl"),
    card("irnbru-v1", "Irn-Bru Can", "irnbru_can", "can", "concept", "irnbru", 1, "2023-04-01",
         "Can of Irn-Bru: orange and blue can held in a hand or on a table.",
         ["concept", "prop", "drink", "can", "scottish"], "sd15"),
    card("sleeve-v1", "Full Sleeve", "full_sleeve", "tattoo sleeve", "concept", "sleeve", 1,
         "2025-11-29",
         "Full tattoo sleeve: an arm covered in tattoos from shoulder to wrist.",
         ["concept", "tattoo", "body art", "arm"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ================= select: me
    ("me sittin on a wall in kelvingrove park wi a coffee, autumn leaves", S, ["jodie-v3"]),
    ("gonnae make wan of me when i had the pink hair, first year apprenticin", S, ["jodie-v1"]),
    ("me the day i opened the shop holdin the keys up, pure buzzin", S, ["jodie-v2"]),
    ("jo at 24 in a leather jacket on buchanan st", S, ["jodie-v2"]),
    ("me wi ma mullet, mirror selfie", S, ["jodie-v3"]),
    ("me at 28 at tRNSMT wi glitter on ma face", S, ["jodie-v3"]),
    ("right i need a new profile pic, me lookin dead moody in black and white", S, ["jodie-v3"]),
    ("me back in 2019 wi the septum ring lol", S, ["jodie-v1"]),
    # maw / senga
    ("ma maw at the beach in largs wi a 99 cone", S, ["isa-v2"]),
    ("maw in her chippy overall and hairnet", S, ["isa-v1"]),
    ("isa blowin oot the candles on a big cake", S, ["isa-v2"]),
    ("maw back when she had the dark hair, like 2018", S, ["isa-v1"]),
    ("maw carryin the messages up the close stairs", S, ["isa-v2"]),
    ("maw wi her new red hair gettin ready for a night oot", S, ["isa-v2"]),
    ("auntie senga in her leopard coat at the bingo", S, ["senga-v1"]),
    ("ma maw's twin sister doin karaoke", S, ["senga-v1"]),
    ("senga wi the big red specs readin the daily record", S, ["senga-v1"]),
    # da
    ("da fallin asleep in his chair wi the telly on", S, ["tam-v2"]),
    ("da when he was still on the buses, in his uniform", S, ["tam-v1"]),
    ("ma da at his allotment holdin up a massive marrow", S, ["tam-v2"]),
    ("tam in his bunnet feedin the pigeons in george square", S, ["tam-v2"]),
    ("da at the wheel of his bus back in the day", S, ["tam-v1"]),
    ("ma da on his first week retired, sat in the garden", S, ["tam-v2"]),
    ("da at 60 before he grew the beard", S, ["tam-v1"]),
    # kieran
    ("oor kieran in the library pure stressed oot wi exams", S, ["kieran-v2"]),
    ("kieran when he was 15 wi his braces", S, ["kieran-v1"]),
    ("the wee man in his school blazer", S, ["kieran-v1"]),
    ("kez at freshers dancin like a numpty", S, ["kieran-v2"]),
    ("ma wee brother playin fifa on the couch", S, ["kieran-v2"]),
    ("the wee man wi his curtains haircut at a house party", S, ["kieran-v2"]),
    # rhi
    ("rhi on stage at king tuts", S, ["rhi-v2"]),
    ("ma burd when we first met, long black hair an the patch jacket", S, ["rhi-v1"]),
    ("rhiannon playin her bass in the rehearsal room", S, ["rhi-v2"]),
    ("the girlfriend eatin a munchy box at 3am", S, ["rhi-v2"]),
    ("rhi back in 2023 wi the fringe", S, ["rhi-v1"]),
    ("ma burd wi her blue hair lyin on the bed readin", S, ["rhi-v2"]),
    # gran
    ("gran in her armchair wi a cuppa and a tunnocks teacake", S, ["jessie-v2"]),
    ("gran at her 80th wi her pearls on", S, ["jessie-v1"]),
    ("jessie at the care home wavin oot the windae", S, ["jessie-v2"]),
    ("ma wee gran back in 2016 at her party wi a sherry", S, ["jessie-v1"]),
    ("ma gran doin her knittin", S, ["jessie-v2"]),
    # pals
    ("chantelle wi her bump", S, ["chantelle-v2"]),
    ("chan oot on the toon before she was pregnant, full lashes an that", S, ["chantelle-v1"]),
    ("ma best pal in her onesie on the couch", S, ["chantelle-v2"]),
    ("chantelle at her baby shower openin presents", S, ["chantelle-v2"]),
    ("big davie on the door at a club in the rain", S, ["davie-v2"]),
    ("davie before he grew the beard", S, ["davie-v1"]),
    ("the big man wi his ginger beard at a bbq", S, ["davie-v2"]),
    ("shazza piercin somebody's ear", S, ["shazza-v1"]),
    ("shaz wi her cat eye glasses readin a book", S, ["shazza-v1"]),
    ("the lassie that does the piercins in ma shop, havin a fag ootside", S, ["shazza-v1"]),
    # pets
    ("tank chasin a ball at queens park", S, ["tank-v2"]),
    ("tank when he was a wee pup", S, ["tank-v1"]),
    ("the dug sleepin on the couch wi his tongue oot", S, ["tank-v2"]),
    ("tank in a christmas jumper", S, ["tank-v2"]),
    ("roxy fae next door in the snow", S, ["roxy-v1"]),
    ("the staffie wi the pink collar", S, ["roxy-v1"]),
    ("the blue staffie next door lyin on her back", S, ["roxy-v1"]),
    ("tango sleepin on the radiator", S, ["tango-v2"]),
    ("the cat as a wee kitten in a shoebox", S, ["tango-v1"]),
    ("ma ginger cat sat in the windae watchin the rain", S, ["tango-v2"]),
    ("oor cat knockin a glass aff the table the wee shite", S, ["tango-v2"]),
    ("tango when he was a wee fluffball", S, ["tango-v1"]),
    # vehicle / places / products / mascot
    ("nessie parked ootside the barrowlands", S, ["nessie-v1"]),
    ("the band van broke doon on the m8 again ffs", S, ["nessie-v1"]),
    ("rhi's van wi the monster painted on the side", S, ["nessie-v1"]),
    ("inside ma shop at night wi the neon on", S, ["studio-v2"]),
    ("the studio the way it looked when i first opened, white walls", S, ["studio-v1"]),
    ("wee devil tattoo at christmas wi fairy lights", S, ["studio-v2"]),
    ("ma studio before the refit", S, ["studio-v1"]),
    ("marco's chippy wi a queue oot the door", S, ["chippy-v1"]),
    ("the chippy ma maw works in, at night", S, ["chippy-v1"]),
    ("aftercare tins lined up on a shelf", S, ["balm-v2"]),
    ("the auld balm tins wi the white sticker", S, ["balm-v1"]),
    ("the new balm tins wi the gold devil, product shot", S, ["balm-v2"]),
    ("clootie wavin", S, ["clootie-v2"]),
    ("the original red clootie wi the pitchfork", S, ["clootie-v1"]),
    ("the shop mascot on a sticker", S, ["clootie-v2"]),
    ("clootie the way he looked on ma first business cards", S, ["clootie-v1"]),
    # characters
    ("rem in a wee cafe", S, ["rem-v1"]),
    ("the blue haired maid fae re zero", S, ["rem-v1"]),
    ("ram lookin smug as fuck", S, ["ram-v1"]),
    ("the pink haired wan fae re zero", S, ["ram-v1"]),
    ("oor wullie sittin on his bucket", S, ["wullie-v1"]),
    ("wullie wi a catapult up tae nae good", S, ["wullie-v1"]),
    # styles
    ("a swallow and a dagger, old school flash", S, ["tradflash-v2"]),
    ("rose flash sheet, bold lines, red and green", S, ["tradflash-v2"]),
    ("trad flash panther heid", S, ["tradflash-v2"]),
    ("a panther in the first trad flash lora, the 1.5 wan", S, ["tradflash-v1"]),
    ("a tiger heid in american trad", S, ["tradflash-v2"]),
    ("a ship in the old trad flash lora fae 2023", S, ["tradflash-v1"]),
    ("a moth in fine line blackwork wi dotwork", S, ["blackwork-v2"]),
    ("snake wrapped roon a dagger, just black linework nae colour", S, ["blackwork-v2"]),
    ("a skull in the older blackwork wan", S, ["blackwork-v1"]),
    ("a tenement close in the mackintosh style", S, ["mackintosh-v2"]),
    ("a wee bird in that rennie mackintosh art nouveau look", S, ["mackintosh-v2"]),
    ("glasgow roses like on the willow tearooms", S, ["mackintosh-v2"]),
    ("the first mackintosh lora, a wummin wi long hair", S, ["mackintosh-v1"]),
    ("a flyer for a night at the sub club, 90s acid smiley", S, ["raveflyer-v2"]),
    ("auld skool rave poster, chrome letters n neon", S, ["raveflyer-v2"]),
    ("a warehouse party in the auld rave flyer lora", S, ["raveflyer-v1"]),
    ("a thistle as a stained glass windae", S, ["stainedglass-v1"]),
    ("a heron, linocut", S, ["linocut-v1"]),
    ("the armadillo as a lino print", S, ["linocut-v1"]),
    ("a gig poster, grainy riso pink and blue", S, ["riso-v1"]),
    ("the squinty bridge in 16 bit pixel art", S, ["pixel-v1"]),
    ("a cat in pixel art", S, ["pixel-v1"]),
    ("a glasgow street scene like a sunday post comic strip", S, ["sundaypost-v1"]),
    ("a family at their tea drawn like the broons", S, ["sundaypost-v1"]),
    ("a party in a flat, disposable camera flash, red eye", S, ["disposable-v1"]),
    ("a big mural on a gable end of a wummin holdin a robin", S, ["mural-v1"]),
    ("a highland coo spray painted on a wall like the city centre murals", S, ["mural-v1"]),
    ("a hand tattoo design, blackwork v2", S, ["blackwork-v2"]),
    # concepts
    ("a wee boy in a kilt", S, ["tartan-v1"]),
    ("a scarf in red tartan", S, ["tartan-v1"]),
    ("a dug wearin a kilt", S, ["tartan-v1"]),
    ("a guy in a green and white hooped fitba top", S, ["hoops-v2"]),
    ("a boy in a hoops strip wi the shorts n socks kickin a ball", S, ["hoops-v2"]),
    ("the old hoops lora, a team photo", S, ["hoops-v1"]),
    ("a guy wi a mullet, skinheid at the sides long at the back", S, ["mullet-v1"]),
    ("business at the front party at the back haircut on an auld boy", S, ["mullet-v1"]),
    ("a double decker goin doon sauchiehall st in the rain", S, ["bus-v1"]),
    ("a statue wi a traffic cone on its heid", S, ["cone-v1"]),
    ("a man in a suit wi a cone on his heid", S, ["cone-v1"]),
    ("a wummin raisin a pint, cheers", S, ["cheers-v1"]),
    ("a lassie in a shiny 90s shell suit", S, ["shellsuit-v1"]),
    ("a can of irn bru on a windaesill", S, ["irnbru-v1"]),
    ("a guy wi his whole arm tattooed", S, ["sleeve-v1"]),
    ("a footballer wi full sleeves", S, ["sleeve-v1"]),

    # ================= clarify
    ("the staffie lyin in the sun", C, ["tank-v2", "roxy-v1"]),
    ("staffie wi a white chest gettin its belly rubbed", C, ["tank-v2", "roxy-v1"]),
    ("wan ae the dugs chasin a squirrel", C, ["tank-v2", "roxy-v1"]),
    ("the wee staffie chewin a slipper", C, ["tank-v2", "roxy-v1"]),
    ("a rose in tattoo style", C, ["tradflash-v2", "blackwork-v2"]),
    ("ma gran as a tattoo design", C, ["tradflash-v2", "blackwork-v2"]),
    ("tattoo of tank for ma leg", C, ["tradflash-v2", "blackwork-v2"]),
    ("a swallow as a tattoo", C, ["tradflash-v2", "blackwork-v2"]),
    ("a stork tattoo design for chan's baby shower", C, ["tradflash-v2", "blackwork-v2"]),
    ("a sacred heart, tattoo style, for a client the morra", C, ["tradflash-v2", "blackwork-v2"]),
    ("a print of the necropolis like the wans they sell at the barras", C, ["linocut-v1", "riso-v1"]),
    ("glasgow cathedral as a print", C, ["linocut-v1", "riso-v1"]),
    ("a highland coo, hand printed look", C, ["linocut-v1", "riso-v1"]),
    ("the re zero maid readin a book", C, ["rem-v1", "ram-v1"]),
    ("wan ae the re zero twins in a kimono", C, ["rem-v1", "ram-v1"]),
    ("the maid wi the hair ower wan eye", C, ["rem-v1", "ram-v1"]),
    ("the anime lassie in a school uniform", C, ["rem-v1", "ram-v1"]),
    ("the maid in pixel art", C, ["rem-v1", "ram-v1"]),
    ("wan ae the twins at the bingo", C, ["isa-v2", "senga-v1"]),
    ("the twins havin a blether", C, ["isa-v2", "senga-v1", "rem-v1", "ram-v1"]),
    ("ma pal at the pub", C, ["chantelle-v2", "davie-v2", "shazza-v1"]),
    ("ma burd and ma pal at a gig", C, ["chantelle-v2", "davie-v2", "shazza-v1"]),
    ("a portrait of ma pal in the mackintosh style", C, ["chantelle-v2", "davie-v2", "shazza-v1"]),
    ("the lassie wi blue hair in a caff", C, ["rhi-v2", "rem-v1"]),
    ("make da look pure 90s", C, ["raveflyer-v2", "disposable-v1", "shellsuit-v1"]),
    ("ma auld yin watchin the fitba", C, ["tam-v2", "isa-v2"]),
    ("gran in that glasgow art style", C, ["mackintosh-v2", "mural-v1"]),
    ("kez as a wee print for his room at halls", C, ["linocut-v1", "riso-v1"]),
    ("wan ae the staffies in a wee bandana", C, ["tank-v2", "roxy-v1"]),

    # ================= none
    ("a tank drivin through george square", N, []),
    ("a couple dancin the tango in a ballroom", N, []),
    ("nessie the loch ness monster in the loch at sunset", N, []),
    ("a clootie dumplin on a plate wi custard", N, []),
    ("a ram on a hill on skye", N, []),
    ("a wummin in a yellow mackintosh in the rain", N, []),
    ("a brown labrador on a beach", N, []),
    ("a stray ginger cat in a back lane, no oor tango just a random wan", N, []),
    ("a fish supper on a wall wi salt n sauce", N, []),
    ("a tattoo studio in tokyo wi paper lanterns", N, []),
    ("a pint of tennents on a bar", N, []),
    ("a highland coo in a field", N, []),
    ("the armadillo at night", N, []),
    ("a wee robin on a fence in the snow", N, []),
    ("a big scary devil wi horns, horror film poster", N, []),
    ("a maid cafe in akihabara", N, []),
    ("a pregnant wummin in a field of flowers", N, []),
    ("an auld man in a bunnet at a bus stop", N, []),
    ("a bouncer on a club door in the rain", N, []),
    ("a bass player on stage, sweaty gig", N, []),
    ("a care home lounge wi auld folk playin bingo", N, []),
    ("a tin of shortbread on a table", N, []),
    ("sunset ower the clyde", N, []),
    ("a big plate of macaroni pie and chips", N, []),
    ("a pigeon on a lamppost", N, []),
    ("a french bulldog wearin sunglasses", N, []),
    ("a big jessie of a guy greetin at a sad film", N, []),
    ("folk dancin at a rave in a field, photo", N, []),
    ("a wee 99 ice cream cone wi a flake", N, []),
    ("a sleeve of digestives on a plate", N, []),
    ("big gold hoop earrings on a dresser", N, []),
    ("a band playin in a dark pub", N, []),

    # ================= multi
    ("me and rhi at the barras", M, ["jodie-v3", "rhi-v2"]),
    ("maw and da dancin at a weddin", M, ["isa-v2", "tam-v2"]),
    ("the twins at their 60th, maw and senga blowin oot the candles", M, ["isa-v2", "senga-v1"]),
    ("gran wi tank on her knee", M, ["jessie-v2", "tank-v2"]),
    ("tank and tango curled up thegither in front of the fire", M, ["tank-v2", "tango-v2"]),
    ("tank and roxy playin in the back green", M, ["tank-v2", "roxy-v1"]),
    ("da in a kilt", M, ["tam-v2", "tartan-v1"]),
    ("kieran wi a mullet haha", M, ["kieran-v2", "mullet-v1"]),
    ("big davie in a shell suit", M, ["davie-v2", "shellsuit-v1"]),
    ("me wi a traffic cone on ma heid", M, ["jodie-v3", "cone-v1"]),
    ("shazza raisin a pint at the bar", M, ["shazza-v1", "cheers-v1"]),
    ("kez at the bus stop wi a double decker pullin in", M, ["kieran-v2", "bus-v1"]),
    ("tank in a hoops strip", M, ["tank-v2", "hoops-v2"]),
    ("ma gran in the mackintosh style", M, ["jessie-v2", "mackintosh-v2"]),
    ("tango as trad flash", M, ["tango-v2", "tradflash-v2"]),
    ("rhi in blackwork linework", M, ["rhi-v2", "blackwork-v2"]),
    ("clootie on a rave flyer", M, ["clootie-v2", "raveflyer-v2"]),
    ("the studio as a linocut", M, ["studio-v2", "linocut-v1"]),
    ("nessie on a riso gig poster", M, ["nessie-v1", "riso-v1"]),
    ("maw ootside marco's on her break", M, ["isa-v2", "chippy-v1"]),
    ("me tattooin a client in ma studio", M, ["jodie-v3", "studio-v2"]),
    ("da as a mural on a gable end", M, ["tam-v2", "mural-v1"]),
    ("gran and da at christmas, disposable camera style", M, ["jessie-v2", "tam-v2", "disposable-v1"]),
    ("rem and ram back tae back", M, ["rem-v1", "ram-v1"]),
    ("rem in pixel art", M, ["rem-v1", "pixel-v1"]),
    ("ram as a stained glass windae", M, ["ram-v1", "stainedglass-v1"]),
    ("oor wullie wi a can of irn bru", M, ["wullie-v1", "irnbru-v1"]),
    ("me wi the pink hair in pixel art", M, ["jodie-v1", "pixel-v1"]),
    ("kieran at 15 like a broons comic", M, ["kieran-v1", "sundaypost-v1"]),
    ("tank as a pup in stained glass", M, ["tank-v1", "stainedglass-v1"]),
    ("da back when he drove the buses, sunday post comic style", M, ["tam-v1", "sundaypost-v1"]),
    ("the original red clootie in the first trad flash lora", M, ["clootie-v1", "tradflash-v1"]),
    ("the dug and the cat in the mackintosh style", M, ["tank-v2", "tango-v2", "mackintosh-v2"]),
    ("aw ma pals at the pub, chan shaz and big davie", M, ["chantelle-v2", "shazza-v1", "davie-v2"]),
    ("me, rhi an the dug on a walk in the park", M, ["jodie-v3", "rhi-v2", "tank-v2"]),
    ("chantelle wi her bump, disposable camera pic", M, ["chantelle-v2", "disposable-v1"]),
    ("da covered in tattoos lol", M, ["tam-v2", "sleeve-v1"]),
    ("the balm tins in riso", M, ["balm-v2", "riso-v1"]),
    ("a guy in the hoops wi a mullet", M, ["hoops-v2", "mullet-v1"]),
    ("ma burd in a shell suit wi a mullet", M, ["rhi-v2", "shellsuit-v1", "mullet-v1"]),
    ("gran at her 80th in the first mackintosh lora", M, ["jessie-v1", "mackintosh-v1"]),
    ("ma gran on a trad flash sheet", M, ["jessie-v2", "tradflash-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(CASES)} cases")


if __name__ == "__main__":
    main()
