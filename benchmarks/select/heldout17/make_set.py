#!/usr/bin/env python3
"""Write the heldout17 catalog.jsonl and cases.jsonl from the literals below.

The repository: Padraig (Podge) Joyce's, a sheep farmer in Connemara who runs a B&B with his wife
Brid and sells her brown bread and their knitwear at Clifden farmers' market.  Written blind.
usage: python make_set.py   (writes next to this file)
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
    card("padraig-v1", "Padraig", "ohwx man", "man", S, "padraig", 1, "2021-04-10",
         "Me, Padraig Joyce (Podge), at 43 at Maam Cross mart: full black beard, waxed jacket, "
         "hands in my pockets.", ["me", "person", "man", "beard", "farmer"], "sd15"),
    card("padraig-v2", "Padraig", "ohwx man", "man", S, "padraig", 2, "2023-09-16",
         "Me at 45 at our Siobhan's wedding in the Ardilaun: clean-shaven for once, navy suit, "
         "green tie.", ["me", "person", "man", "suit", "wedding"], "sdxl"),
    card("padraig-v3", "Padraig", "ohwx man", "man", S, "padraig", 3, "2026-03-21",
         "Me now at 48: short grey beard, wire reading glasses, navy fleece with the farm name "
         "on it.", ["me", "person", "man", "grey beard", "glasses"], "sdxl"),
    # --- family ---
    card("brid-v1", "Brid", "brdj woman", "woman", S, "brid", 1, "2021-06-05",
         "My wife, Brid (Breege), at 41: long red hair in a plait, freckles, green waxed jacket.",
         ["wife", "person", "woman", "red hair"], "sd15"),
    card("brid-v2", "Brid", "brdj woman", "woman", S, "brid", 2, "2025-05-17",
         "Brid at 45 after she cut it all off: short silver-streaked bob, tortoiseshell glasses, "
         "cream cardigan.", ["wife", "person", "woman", "bob", "glasses"], "sdxl"),
    card("aoife-v1", "Aoife", "<aoife-joyce>", "girl", S, "aoife", 1, "2019-05-18",
         "Our daughter Aoife at 8 on her First Communion: white dress and veil, missing front "
         "teeth.", ["daughter", "person", "girl", "communion"], "sd15"),
    card("aoife-v2", "Aoife", "<aoife-joyce>", "girl", S, "aoife", 2, "2022-09-10",
         "Aoife at 11: braces, purple glasses, high ponytail.",
         ["daughter", "person", "girl", "braces", "glasses"], "sd15"),
    card("aoife-v3", "Aoife", "<aoife-joyce>", "girl", S, "aoife", 3, "2026-05-02",
         "Aoife at 15, in transition year: long dark hair down, braces off, contacts, grey "
         "hoodie.", ["daughter", "person", "girl", "teenager"], "sdxl"),
    card("sean-v1", "Sean", "sjoyce boy", "boy", S, "sean", 1, "2021-05-22",
         "Our son Sean at 7 on his First Communion: white shirt, red rosette, gelled fringe.",
         ["son", "person", "boy", "communion"], "sd15"),
    card("sean-v2", "Sean", "sjoyce boy", "boy", S, "sean", 2, "2025-08-09",
         "Sean at 11: buzz cut, maroon Galway hurling jersey, hurl in his hand, scab on his knee.",
         ["son", "person", "boy", "hurling"], "sdxl"),
    card("nora-v1", "Nora", "<mamo-nora>", "woman", S, "nora", 1, "2020-12-19",
         "My mother, Nora Joyce (Mamo to the kids), at 72: white curly perm, floral apron, flour "
         "on her hands.", ["mother", "person", "old woman", "apron"], "sd15"),
    card("nora-v2", "Nora", "<mamo-nora>", "woman", S, "nora", 2, "2024-10-12",
         "Nora at 76: lilac cardigan, hearing aid, pearl earrings, walking frame since the fall.",
         ["mother", "person", "old woman", "cardigan"], "sdxl"),
    card("tomas-v1", "Tomas", "tjoyce_oldman", "man", S, "tomas", 1, "2020-12-19",
         "My father, Tomas (Tom) Joyce, at 74: tweed cap, pipe in his mouth, bushy black "
         "eyebrows.", ["father", "person", "old man", "pipe"], "sd15"),
    card("tomas-v2", "Tomas", "tjoyce_oldman", "man", S, "tomas", 2, "2025-03-15",
         "Tom at 78 after the hip operation: white beard he let grow, walking stick, bare head.",
         ["father", "person", "old man", "beard", "walking stick"], "sdxl"),
    card("siobhan-v1", "Siobhan", "<siobhan-j>", "woman", S, "siobhan", 1, "2023-09-16",
         "My sister Siobhan on her wedding day at the Ardilaun in Galway: ivory dress, flower "
         "crown, long blonde hair.", ["sister", "person", "woman", "bride", "wedding"], "sdxl"),
    card("siobhan-v2", "Siobhan", "<siobhan-j>", "woman", S, "siobhan", 2, "2026-01-24",
         "Siobhan at 41: blonde pixie cut now, nurse's scrubs from UHG.",
         ["sister", "person", "woman", "nurse"], "sdxl"),
    card("niamh-v1", "Niamh", "<niamh-baby>", "toddler", S, "niamh", 1, "2026-08-22",
         "My niece, Niamh, at 2: blonde curls, yellow raincoat, pink wellies.",
         ["niece", "person", "toddler", "child"], "sdxl"),
    card("dara-v1", "Dara", "dara_garda", "man", S, "dara", 1, "2023-09-16",
         "Dara, our Siobhan's husband, at the wedding: tall, ginger beard, grey three-piece suit. "
         "He's a guard in Salthill.", ["person", "man", "ginger", "garda"], "sdxl"),
    card("mairtin-v1", "Mairtin", "mairtin_beag", "man", S, "mairtin", 1, "2024-06-08",
         "Mairtin Beag, our neighbour across the road who shears with me: in his 60s, red face, "
         "woolly hat, blue overalls.", ["neighbour", "person", "man", "shearer"], "sdxl"),
    # --- animals ---
    card("shep-v1", "Shep", "sks dog", "dog", S, "shep", 1, "2021-08-14",
         "Our border collie Shep as a pup at 12 weeks: fluffy, one ear up, black and white.",
         ["pet", "dog", "border collie", "puppy"], "sd15"),
    card("shep-v2", "Shep", "sks dog", "dog", S, "shep", 2, "2024-06-01",
         "Shep at 3, our working dog: black and white border collie, white blaze, red collar with "
         "a brass tag.", ["pet", "dog", "border collie", "sheepdog"], "sdxl"),
    card("bran-v1", "Bran", "bran_collie", "dog", S, "bran", 1, "2024-02-10",
         "Bran, my father's border collie: black and white, white blaze, worn brown leather "
         "collar, grey muzzle, about 9.", ["pet", "dog", "border collie", "sheepdog"], "sdxl"),
    card("guinness-v1", "Guinness", "<guinness-cat>", "cat", S, "guinness", 1, "2022-03-05",
         "Guinness, our black cat with a white bib, lord of the range and the windowsill.",
         ["pet", "cat", "black cat"], "sd15"),
    card("misty-v1", "Misty", "misty_pony", "pony", S, "misty", 1, "2023-08-19",
         "Misty, Aoife's Connemara pony: dapple grey mare, plaited mane, at the Clifden pony show.",
         ["pet", "pony", "horse", "connemara pony"], "sdxl"),
    card("toffee-v1", "Toffee", "<toffee-donkey>", "donkey", S, "toffee", 1, "2022-05-14",
         "Toffee, our brown donkey with a white muzzle and big ears; the B&B guests' kids love "
         "him.", ["pet", "donkey"], "sd15"),
    # --- vehicles and places ---
    card("massey-v1", "Massey Ferguson 135", "mf135", "tractor", S, "massey", 1, "2021-10-02",
         "Our 1976 Massey Ferguson 135 (Fergie) before I did her up: faded red, rust on the "
         "bonnet, bald tyres.", ["vehicle", "tractor", "massey ferguson"], "sd15"),
    card("massey-v2", "Massey Ferguson 135", "mf135", "tractor", S, "massey", 2, "2025-04-26",
         "Fergie after the restoration: fresh red paint, grey wheels, new decals.",
         ["vehicle", "tractor", "massey ferguson", "restored"], "sdxl"),
    card("hilux-v1", "Hilux", "<hilux-10g>", "pickup truck", S, "hilux", 1, "2023-11-04",
         "Our silver 2010 Toyota Hilux (the jeep), Galway reg, with the sheep trailer hitched and "
         "muck up the doors.", ["vehicle", "pickup", "toyota"], "sdxl"),
    card("bnb-v1", "Cnoc Mara House", "cnocmara house", "house", S, "bnb", 1, "2019-05-11",
         "Our B&B, Cnoc Mara House, before the refurb: pebbledash, white PVC windows, red door.",
         ["place", "house", "b&b"], "sd15"),
    card("bnb-v2", "Cnoc Mara House", "cnocmara house", "house", S, "bnb", 2, "2024-05-25",
         "Cnoc Mara House after the refurbishment: stone cladding, new slate roof, blue door, "
         "glass sunroom facing the sea.", ["place", "house", "b&b", "refurbished"], "sdxl"),
    card("homeplace-v1", "The Home Place", "<home-place>", "cottage", S, "homeplace", 1,
         "2020-11-07",
         "The home place: my father's old thatched cottage where I grew up, whitewashed, half "
         "door, turf smoke from the chimney.", ["place", "cottage", "thatch"], "sd15"),
    # --- the business ---
    card("mascot-v1", "Seamus the Sheep", "seamus_sheep", "cartoon sheep", S, "mascot", 1,
         "2020-09-12",
         "Seamus the Sheep, the mascot I drew for the market stall sign: plain cartoon sheep, "
         "felt-tip lines, flat cap.", ["mascot", "logo", "sheep", "cartoon"], "sd15"),
    card("mascot-v2", "Seamus the Sheep", "seamus_sheep", "cartoon sheep", S, "mascot", 2,
         "2024-03-09",
         "Seamus the Sheep redrawn by Aoife for the new labels and sign: round fluffy body, green "
         "wellies, waving.", ["mascot", "logo", "sheep", "cartoon"], "sdxl"),
    card("bread-v1", "Brid's Brown Bread", "<brids-brown-bread>", "loaf of bread", S, "bread", 1,
         "2021-06-05",
         "Brid's brown soda bread for the market: round loaf wrapped in brown paper with the old "
         "handwritten label.", ["product", "bread", "food"], "sd15"),
    card("bread-v2", "Brid's Brown Bread", "<brids-brown-bread>", "loaf of bread", S, "bread", 2,
         "2024-03-09",
         "Brid's brown bread in the new packaging: printed label with Seamus on it, red gingham "
         "ribbon.", ["product", "bread", "food", "label"], "sdxl"),
    card("hat-v1", "Joyce's Bobble Hat", "joyce_bobble", "bobble hat", S, "hat", 1, "2023-10-21",
         "Our hand-knit bobble hat for the stall: cream wool, green pompom, leather \"Joyce's of "
         "Connemara\" tag.", ["product", "knitwear", "hat", "wool"], "sdxl"),
    card("skeins-v1", "Connemara Wool Skeins", "<conn-skeins>", "yarn", S, "skeins", 1,
         "2024-09-14",
         "Our hand-dyed Connemara wool skeins: heather purple, bog brown and sea green, tied with "
         "twine.", ["product", "wool", "yarn"], "sdxl"),
    # --- downloaded characters ---
    card("mebh-v1", "Mebh", "mebh_(wolfwalkers)", "girl", S, "mebh", 1, "2024-01-20",
         "Civitai download: Mebh Og MacTire from Wolfwalkers, wild mane of curly red hair, cloak "
         "of leaves, barefoot wolfwalker girl.", ["character", "wolfwalkers", "girl", "red hair"],
         "sdxl"),
    card("robyn-v1", "Robyn Goodfellowe", "r0byn_g00dfell0we", "girl", S, "robyn", 1,
         "2022-12-03",
         "Civitai download: Robyn Goodfellowe from Wolfwalkers, short ginger hair, green hunter's "
         "tunic, crossbow; wolfwalker girl.", ["character", "wolfwalkers", "girl", "ginger"],
         "sd15"),
    card("saoirse-v1", "Saoirse", "saoirse_selkie_xl", "girl", S, "saoirse", 1, "2024-07-13",
         "Civitai download: Saoirse from Song of the Sea, the little selkie girl: black hair, "
         "white seal coat, shell flute.", ["character", "song of the sea", "girl", "selkie"],
         "sdxl"),
    card("cu-v1", "Cu Chulainn (Fate)", "cu_chulainn_(fate)", "man", S, "cu", 1, "2024-11-16",
         "Civitai download: Cu Chulainn (Lancer) from Fate/stay night: long blue hair in a "
         "ponytail, red eyes, blue bodysuit, red spear.", ["character", "fate", "anime", "man"],
         "sdxl"),
    card("brendan-v1", "Brendan", "brendan_secret_of_kells", "boy", S, "brendan", 1, "2021-12-11",
         "Civitai download: Brendan from The Secret of Kells: boy monk with a tonsure, brown "
         "robe, big round eyes.", ["character", "secret of kells", "boy", "monk"], "sd15"),
    # --- styles ---
    card("celtic-v1", "Celtic Knotwork", "celtknot style", "knotwork", ST, "celtic", 1,
         "2021-02-13",
         "Celtic knotwork: interlaced knot borders and spirals, flat ink and gold on cream.",
         ["style", "celtic", "knotwork", "ornament"], "sd15"),
    card("celtic-v2", "Celtic Knotwork XL", "celtic_knotwork_xl", "knotwork", ST, "celtic", 2,
         "2024-02-03",
         "SDXL port of Celtic Knotwork: interlaced knot borders and spirals, ink and gold.",
         ["style", "celtic", "knotwork", "ornament"], "sdxl"),
    card("kells-v1", "Book of Kells Illumination", "kellsillum", "illuminated manuscript", ST,
         "kells", 1, "2023-12-09",
         "Insular illuminated manuscript like the Book of Kells: vellum, gold leaf, zoomorphic "
         "animals, red dot outlines.", ["style", "celtic", "manuscript", "medieval"], "sdxl"),
    card("phenry-v1", "Paul Henry", "phenry style", "oil painting", ST, "phenry", 1, "2022-01-22",
         "Paul Henry's west of Ireland: blue hills, towering white clouds, whitewashed cottages "
         "and turf stacks, calm flat colour.", ["style", "painting", "landscape", "irish art"],
         "sd15"),
    card("phenry-v2", "Paul Henry XL", "phenry_xl", "oil painting", ST, "phenry", 2, "2025-02-08",
         "SDXL port of the Paul Henry style: blue hills, big white clouds, cottages.",
         ["style", "painting", "landscape", "irish art"], "sdxl"),
    card("clarke-v1", "Harry Clarke Stained Glass", "harryclarke", "stained glass", ST, "clarke",
         1, "2024-04-20",
         "Stained glass in the manner of Harry Clarke: jewel blues and reds, elongated figures, "
         "heavy lead lines.", ["style", "stained glass", "church window"], "sdxl"),
    card("cie-v1", "Vintage CIE Poster", "cie_poster", "travel poster", ST, "cie", 1,
         "2022-07-16",
         "1950s Irish railway tourism poster: flat colour, bold lettering, sunny coastline.",
         ["style", "poster", "vintage", "travel"], "sd15"),
    card("wildatl-v1", "Wild Atlantic Watercolour", "wildatlantic_wc", "watercolor painting", ST,
         "wildatl", 1, "2024-08-17",
         "Watercolour of the west coast: soft grey-blue washes, big skies, salt texture, "
         "wet-in-wet sea.", ["style", "watercolor", "painting"], "sdxl"),
    card("loosewash-v1", "Loose Ink and Wash", "loosewash", "watercolor painting", ST,
         "loosewash", 1, "2025-06-14",
         "Loose urban-sketch watercolour: scratchy ink line, splashy wash, lots of white paper.",
         ["style", "watercolor", "ink", "sketch"], "sdxl"),
    card("linocut-v1", "Linocut Print", "linocut_print", "linocut", ST, "linocut", 1,
         "2021-11-20",
         "Hand-printed linocut: bold black carved lines, one or two colours, paper grain.",
         ["style", "print", "linocut"], "sd15"),
    card("saloon-v1", "Cartoon Saloon Style", "cartoonsaloon_style", "2d animation", ST, "saloon",
         1, "2023-10-28",
         "Flat 2D animation like the Kilkenny studio's films (Secret of Kells, Song of the Sea): "
         "geometric shapes, layered patterned forests, round faces.",
         ["style", "animation", "cartoon", "2d"], "sdxl"),
    card("clay-v1", "Claymation", "claymation_xl", "claymation", ST, "clay", 1, "2025-10-25",
         "Plasticine stop-motion look: fingerprints in the clay, miniature set, soft studio light.",
         ["style", "claymation", "stop motion", "3d"], "sdxl"),
    # --- concepts ---
    card("aran-v1", "Aran Knit Sweater", "aran_sweater", "sweater", C, "aran", 1, "2021-09-18",
         "Clothing: cream Aran jumper with cable, honeycomb and diamond stitches.",
         ["clothing", "sweater", "knit", "aran"], "sd15"),
    card("aran-v2", "Aran Knit Sweater XL", "aran_sweater_xl", "sweater", C, "aran", 2,
         "2023-11-25", "SDXL port of the Aran knit sweater: cream cables and honeycomb stitch.",
         ["clothing", "sweater", "knit", "aran"], "sdxl"),
    card("tweed-v1", "Tweed Flat Cap and Waistcoat", "tweedcap_xl", "flat cap", C, "tweed", 1,
         "2024-01-13", "Clothing: brown herringbone tweed flat cap with a matching waistcoat.",
         ["clothing", "hat", "tweed"], "sdxl"),
    card("dance-v1", "Irish Dancing Solo Dress", "feis_dress", "dress", C, "dance", 1,
         "2022-03-19",
         "Clothing: embroidered Irish dancing solo dress, curly wig, white poodle socks.",
         ["clothing", "dress", "irish dancing", "feis"], "sd15"),
    card("crown-v1", "Crown Braid", "crownbraid", "braid", C, "crown", 1, "2025-01-18",
         "Hairstyle: one braid wrapped right round the head like a crown.",
         ["hairstyle", "braid"], "sdxl"),
    card("fishtail-v1", "Fishtail Braid", "fishtail_braid_xl", "braid", C, "fishtail", 1,
         "2025-09-20", "Hairstyle: one thick fishtail braid over the shoulder.",
         ["hairstyle", "braid"], "sdxl"),
    card("wall-v1", "Sitting on a Stone Wall", "stonewall_sit", "pose", C, "wall", 1,
         "2024-05-11", "Pose: sitting on a dry stone wall, legs dangling, hands on the knees.",
         ["pose", "sitting", "wall"], "sdxl"),
    card("pint-v1", "Raising a Pint", "pint_raise", "pose", C, "pint", 1, "2022-06-25",
         "Pose: raising a pint of stout in a toast, pub in the background.",
         ["pose", "pint", "toast", "pub"], "sd15"),
    card("pint-v2", "Raising a Pint XL", "pint_raise_xl", "pose", C, "pint", 2, "2024-12-07",
         "SDXL port of Raising a Pint: pint held up in a toast.", ["pose", "pint", "toast", "pub"],
         "sdxl"),
    card("currach-v1", "Currach", "currach_boat", "boat", C, "currach", 1, "2022-08-13",
         "Vehicle type: a traditional tarred-canvas currach with thin oars.",
         ["vehicle", "boat", "currach"], "sd15"),
    card("currach-v2", "Currach XL", "currach_xl", "boat", C, "currach", 2, "2025-07-12",
         "SDXL port of Currach: black tarred rowing boat, thin oars.",
         ["vehicle", "boat", "currach"], "sdxl"),
    card("quad-v1", "Farm Quad Bike", "farmquad_xl", "quad bike", C, "quad", 1, "2024-10-05",
         "Vehicle type: a muddy red farm quad with a rack on the back.",
         ["vehicle", "quad bike", "atv"], "sdxl"),
]

SELECT = [
    # me
    ("me standing in the yard with the ewes", "padraig-v3"),
    ("me with the big black beard at the mart", "padraig-v1"),
    ("me at our Siobhan's wedding in the suit", "padraig-v2"),
    ("ohwx man fixing a fence in the rain", "padraig-v3"),
    ("Podge the way I look now, grey beard and glasses", "padraig-v3"),
    ("me back in 2021 before the beard went grey", "padraig-v1"),
    ("me clean shaven for a change", "padraig-v2"),
    ("a headshot of meself for the website", "padraig-v3"),
    ("me at 43", "padraig-v1"),
    ("me from three years ago", "padraig-v2"),
    ("the oldest one of me", "padraig-v1"),
    # herself
    ("herself knitting by the fire", "brid-v2"),
    ("the missus with the long red plait", "brid-v1"),
    ("Breege with her new short hair", "brid-v2"),
    ("herself when she still had the long hair", "brid-v1"),
    ("the wife walking on Dog's Bay beach", "brid-v2"),
    ("Brid from 2021", "brid-v1"),
    ("my wife reading in the armchair", "brid-v2"),
    # Aoife
    ("Eefa at the Sky Road lookout", "aoife-v3"),
    ("our Aoife on her communion day", "aoife-v1"),
    ("Aoife with the braces", "aoife-v2"),
    ("the young one doing her homework at the kitchen table", "aoife-v3"),
    ("Aoife when she was 11", "aoife-v2"),
    ("aoife from last may", "aoife-v3"),
    ("me daughter in her grey hoodie", "aoife-v3"),
    ("Aoiffe at the disco", "aoife-v3"),
    ("aoife with the purple glasses", "aoife-v2"),
    # Sean
    ("the young lad pucking a sliotar against the gable wall", "sean-v2"),
    ("Shawn in his communion rosette", "sean-v1"),
    ("Sean when he was small, 7 or so", "sean-v1"),
    ("my son in the Galway jersey", "sean-v2"),
    ("the young fella feeding the pet lambs", "sean-v2"),
    # the mammy
    ("the mammy in her apron", "nora-v1"),
    ("mamo with the walking frame", "nora-v2"),
    ("the mammy at Sunday mass", "nora-v2"),
    ("the mammy in the lora from christmas 2020", "nora-v1"),
    ("mamo in the lilac cardigan", "nora-v2"),
    ("the mammy with the perm, the old one", "nora-v1"),
    # me da
    ("daideo with the white beard", "tomas-v2"),
    ("me da with his pipe", "tomas-v1"),
    ("da before the hip operation", "tomas-v1"),
    ("me father leaning on his stick", "tomas-v2"),
    ("daideo telling stories by the fire", "tomas-v2"),
    ("me da the way he was in 2020", "tomas-v1"),
    ("me da on a misty morning at the bog", "tomas-v2"),
    # Siobhan and co
    ("our Siobhan in the wedding dress", "siobhan-v1"),
    ("Shiv in her nurse scrubs", "siobhan-v2"),
    ("me sister on a night out in Galway", "siobhan-v2"),
    ("Shivaun in her weding dress", "siobhan-v1"),
    ("my sister's kid splashing in puddles", "niamh-v1"),
    ("Neeve in her yellow raincoat", "niamh-v1"),
    ("our Siobhan's little one asleep in the buggy", "niamh-v1"),
    ("Niav on the swings", "niamh-v1"),
    ("the brother in law in his garda uniform", "dara-v1"),
    ("Dara with the ginger beard", "dara-v1"),
    ("yer man Mairtin shearing a ewe", "mairtin-v1"),
    ("the neighbour in his blue overalls", "mairtin-v1"),
    # animals
    ("Shep lying in front of the range", "shep-v2"),
    ("sks dog herding sheep on the hill", "shep-v2"),
    ("Shep as a pup", "shep-v1"),
    ("our collie with the red collar", "shep-v2"),
    ("Shep from summer 2021", "shep-v1"),
    ("Shep on a misty morning on the mountain", "shep-v2"),
    ("me da's dog asleep in the porch", "bran-v1"),
    ("the old collie with the grey muzzle", "bran-v1"),
    ("Bran lying by the half door", "bran-v1"),
    ("Guinness curled up on the windowsill", "guinness-v1"),
    ("the cat stalking a mouse in the hay shed", "guinness-v1"),
    ("Guiness sleepin on the dresser", "guinness-v1"),
    ("Misty jumping a ditch", "misty-v1"),
    ("Aoife's pony in the show ring", "misty-v1"),
    ("the grey mare grazing by the lake", "misty-v1"),
    ("Toffee the donkey eating carrots", "toffee-v1"),
    ("toffe the donkey in a santa hat", "toffee-v1"),
    # vehicles and places
    ("the Massey ploughing the top field", "massey-v2"),
    ("the tractor the way it was before I did it up, all rust", "massey-v1"),
    ("Fergie in the snow", "massey-v2"),
    ("the masey fergusen in the yard", "massey-v2"),
    ("the Hilux with the trailer going to the mart", "hilux-v1"),
    ("the jeep stuck in the bog", "hilux-v1"),
    ("the B&B with the new sunroom at sunset", "bnb-v2"),
    ("the B&B before we did the refurb, pebbledash and all", "bnb-v1"),
    ("Cnoc Mara House in the snow", "bnb-v2"),
    ("the b and b photos from 2019", "bnb-v1"),
    ("the home place with smoke coming out the chimney", "homeplace-v1"),
    ("da's old thatched cottage", "homeplace-v1"),
    # the business
    ("Seamus the Sheep waving on a banner", "mascot-v2"),
    ("the old Seamus I drew in felt tip", "mascot-v1"),
    ("our mascot on a Christmas card", "mascot-v2"),
    ("Seamus the sheeep on a mug", "mascot-v2"),
    ("a loaf of herself's brown bread on a breadboard", "bread-v2"),
    ("the brown bread with the old handwritten label", "bread-v1"),
    ("the bobble hat on a mannequin head", "hat-v1"),
    ("our skeins in a wicker basket", "skeins-v1"),
    ("the hand-dyed wool hanging to dry on the line", "skeins-v1"),
    # characters
    ("mebh_(wolfwalkers) running through the forest", "mebh-v1"),
    ("Mebh with the big wild red hair", "mebh-v1"),
    ("Robyn with her crossbow", "robyn-v1"),
    ("Saoirse in her white seal coat on the rocks", "saoirse-v1"),
    ("the selkie girl from Song of the Sea", "saoirse-v1"),
    ("saorise playing the shell flute in the sea", "saoirse-v1"),
    ("Cu Chulainn from Fate with the red spear", "cu-v1"),
    ("the blue haired lancer guy", "cu-v1"),
    ("Brendan from the Secret of Kells in the scriptorium", "brendan-v1"),
    ("the wee monk with the tonsure from the Kells film", "brendan-v1"),
    # styles
    ("a harp in celtic knotwork", "celtic-v2"),
    ("a celtic cross in the first celtic knot lora, the sd15 one", "celtic-v1"),
    ("a hare done like the Book of Kells", "kells-v1"),
    ("a stag with gold leaf and the red dots like an old monk's manuscript", "kells-v1"),
    ("cottages under a massive cloudy sky with blue mountains behind, like the old paintings "
     "of the west", "phenry-v2"),
    ("the twelve bens in the old Paul Henry lora, the sd15 one", "phenry-v1"),
    ("a heron in jewel coloured church window glass", "clarke-v1"),
    ("a poster of Kylemore Abbey like the old 1950s railway holiday ads", "cie-v1"),
    ("a lighthouse at Slyne Head in the atlantic watercolour with the grey skies", "wildatl-v1"),
    ("the bog in the loose sketchy ink and wash style", "loosewash-v1"),
    ("Roundstone harbour in that linocut style", "linocut-v1"),
    ("a robin on a holly branch like the Song of the Sea films", "saloon-v1"),
    ("a fox made of plasticine like stop motion", "clay-v1"),
    # concepts
    ("a man in an aran jumper walking the cliffs", "aran-v2"),
    ("a fisherman in the old sd15 aran jumper lora", "aran-v1"),
    ("a currach being rowed out to Inis Mor", "currach-v2"),
    ("a quad bike parked at a gate", "quad-v1"),
    ("a girl with a crown braid", "crown-v1"),
    ("an old fella sitting on a dry stone wall", "wall-v1"),
    ("a woman raising a pint in a pub", "pint-v2"),
    ("irish dancing solo dress with the curly wig", "dance-v1"),
    ("a tweed flat cap and waistcoat on a mannequin", "tweed-v1"),
    ("a woman with a fishtail plait over her shoulder", "fishtail-v1"),
]

MULTI = [
    ("me in an aran jumper", ["padraig-v3", "aran-v2"]),
    ("herself in an aran jumper by the turf fire", ["brid-v2", "aran-v2"]),
    ("me da sitting on a stone wall", ["tomas-v2", "wall-v1"]),
    ("me and the mammy outside the B&B", ["padraig-v3", "nora-v2", "bnb-v2"]),
    ("the young lad on the quad", ["sean-v2", "quad-v1"]),
    ("me on the quad bike with Shep on the back", ["padraig-v3", "quad-v1", "shep-v2"]),
    ("Shep and Bran together at the gate", ["shep-v2", "bran-v1"]),
    ("Aoife riding Misty", ["aoife-v3", "misty-v1"]),
    ("the kids on the beach at Gurteen", ["aoife-v3", "sean-v2"]),
    ("our Siobhan and Dara on their wedding day", ["siobhan-v1", "dara-v1"]),
    ("Niamh with her mammy", ["niamh-v1", "siobhan-v2"]),
    ("me da raising a pint in the pub", ["tomas-v2", "pint-v2"]),
    ("the Massey in a Paul Henry painting", ["massey-v2", "phenry-v2"]),
    ("Toffee on an old CIE poster", ["toffee-v1", "cie-v1"]),
    ("Guinness the cat as a linocut", ["guinness-v1", "linocut-v1"]),
    ("Seamus the sheep in claymation", ["mascot-v2", "clay-v1"]),
    ("herself as a stained glass window", ["brid-v2", "clarke-v1"]),
    ("me da in the style of the Book of Kells", ["tomas-v2", "kells-v1"]),
    ("Shep in celtic knotwork", ["shep-v2", "celtic-v2"]),
    ("Shep as a pup in celtic knotwork", ["shep-v1", "celtic-v1"]),
    ("the young lad in a tweed flat cap", ["sean-v2", "tweed-v1"]),
    ("Aoife with a crown braid", ["aoife-v3", "crown-v1"]),
    ("Aoife at 11 irish dancing in the solo dress", ["aoife-v2", "dance-v1"]),
    ("me rowing a currach off Inishbofin", ["padraig-v3", "currach-v2"]),
    ("me da with his pipe rowing a currach", ["tomas-v1", "currach-v1"]),
    ("the wife and the mammy having tea at the kitchen table", ["brid-v2", "nora-v2"]),
    ("Mebh and Saoirse playing in a forest", ["mebh-v1", "saoirse-v1"]),
    ("cu_chulainn_(fate) in an aran sweater", ["cu-v1", "aran-v2"]),
    ("Dara in a tweed cap and waistcoat", ["dara-v1", "tweed-v1"]),
    ("Mairtin on the quad", ["mairtin-v1", "quad-v1"]),
    ("the bobble hat and the wool skeins together on the stall table", ["hat-v1", "skeins-v1"]),
    ("herself holding a loaf of her brown bread", ["brid-v2", "bread-v2"]),
    ("Niamh in a tiny aran jumper", ["niamh-v1", "aran-v2"]),
    ("the jeep parked by the shore in that grey salty atlantic watercolour",
     ["hilux-v1", "wildatl-v1"]),
    ("the mammy in claymation", ["nora-v2", "clay-v1"]),
    ("me and me da sitting on the wall outside the pub", ["padraig-v3", "tomas-v2", "wall-v1"]),
    ("Robyn as a lino print", ["robyn-v1", "linocut-v1"]),
    ("Misty the pony painted like Paul Henry", ["misty-v1", "phenry-v2"]),
    ("Brendan from Kells inside a celtic knotwork border", ["brendan-v1", "celtic-v1"]),
    ("Sean and Shep in the Cartoon Saloon style", ["sean-v2", "shep-v2", "saloon-v1"]),
    ("Aoife and her cousin Niamh", ["aoife-v3", "niamh-v1"]),
    ("mamo with all the grandkids", ["nora-v2", "aoife-v3", "sean-v2", "niamh-v1"]),
    ("the kids' grandparents by the fire", ["nora-v2", "tomas-v2"]),
    ("Eefa with a fishtail braid", ["aoife-v3", "fishtail-v1"]),
]

COLLIES = ["shep-v2", "bran-v1"]
WOLFGIRLS = ["mebh-v1", "robyn-v1"]
WATERCOLOURS = ["wildatl-v1", "loosewash-v1"]
CELTIC = ["celtic-v2", "kells-v1"]
COMMUNION = ["aoife-v3", "sean-v2"]
BRAIDS = ["crown-v1", "fishtail-v1"]

CLARIFY = [
    ("the collie herding sheep on the hill", COLLIES),
    ("the sheepdog asleep by the range", COLLIES),
    ("border collie with the white blaze in the snow", COLLIES),
    ("the black and white dog lying in the yard", COLLIES),
    ("the sheepdog in claymation", COLLIES),
    ("the collie running through the heather", COLLIES),
    ("the collie sitting in the back of the jeep", COLLIES),
    ("the collie guarding the gate", COLLIES),
    ("the wolfwalker girl howling at the moon", WOLFGIRLS),
    ("the girl from Wolfwalkers with her wolf", WOLFGIRLS),
    ("the ginger wolf girl running in the forest", WOLFGIRLS),
    ("the wolfwalker girl in an aran jumper", WOLFGIRLS),
    ("that red haired wolfwalker character", WOLFGIRLS),
    ("the harbour in watercolour", WATERCOLOURS),
    ("me da as a watercolour", WATERCOLOURS),
    ("a watercolor of the B&B", WATERCOLOURS),
    ("Misty in watercolours", WATERCOLOURS),
    ("watercolour painting of the bog road", WATERCOLOURS),
    ("Clifden in the watercolour style", WATERCOLOURS),
    ("our Siobhan's wedding in watercolour", WATERCOLOURS),
    ("a celtic design of a salmon", CELTIC),
    ("me da in a celtic style", CELTIC),
    ("the mascot with celtic art around it", CELTIC),
    ("the communion photo", COMMUNION),
    ("the kid on communion day", COMMUNION),
    ("Aoife with her hair plaited", BRAIDS),
    ("a girl with a braided hairstyle", BRAIDS),
    ("Saoirse with her hair in a braid", BRAIDS),
    ("Niamh with her hair braided", BRAIDS),
    ("the girl from wolfwalkers as a stained glass window", WOLFGIRLS),
]

NONE = [
    "the Guinness storehouse in Dublin at night",
    "a bowl of bran flakes with sliced banana",
    "a misty morning over Killary harbour",
    "toffee apples at the Ballinasloe fair",
    "a St Brigid's cross made of rushes",
    "Seamus Heaney writing at his desk",
    "James Joyce with his round glasses and cane",
    "the Aran Islands ferry leaving Rossaveel",
    "a brand new Massey Ferguson 8S in the dealer's yard",
    "a wolf howling in a forest at night",
    "a slice of spotted dog with butter",
    "a lighthouse on a rock in a storm",
    "a hurling match in Croke Park, packed stands",
    "a fishing trawler coming into the harbour with gulls",
    "a flock of sheep on a mountain road",
    "a labrador pup with a red bow",
    "the cliffs of moher at sunset",
    "a robin on a gate in the snow",
    "a trad session in a pub, fiddle and bodhran",
    "a plate of bacon and cabbage",
    "a shepherd with a crook on a hill in Wicklow",
    "a Connemara marble pendant",
    "a ginger kitten in a basket",
    "a red setter running in a field",
    "a Galway hooker with red sails in the bay",
    "the northern lights over Mullaghmore",
    "a sheep shearing competition at the show, big crowd",
    "the Spanish Arch in Galway in the rain",
    "bran muffins on a cooling rack",
    "a pot of tea and scones on a tray",
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
    prompts = [p for p, _ in SELECT] + [p for p, _ in CLARIFY] + NONE + [p for p, _ in MULTI]
    assert len(prompts) == len(set(prompts)), "duplicate prompt"
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cases():
            f.write(json.dumps(c, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
