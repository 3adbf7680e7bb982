#!/usr/bin/env python3
"""Emit catalog.jsonl and cases.jsonl for the heldout21 set from the literals below.

The repository: Dan Hollis, who runs Hollis Cycles (a bike repair shop with its own hand-built
steel frames) on North Street, Bedminster, Bristol, with his wife Becky, their toddler Alfie, and
Becky's mum Pat ("Nan") who lives with them. Written blind (see README.md).

usage: python make_set.py   (rewrites the two JSONL files next to this script)
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id_, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id_, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("dan-v1", "Dan", "ohwx man", "man", S, "dan", 1, "2022-12-10",
         "Me, Dan Hollis, at 34: long ginger hair tied back, a massive bushy ginger beard, oily canvas "
         "workshop apron at Hollis Cycles.", ["me", "person", "man", "beard", "ginger"], "sd15"),
    card("dan-v2", "Dan", "ohwx man", "man", S, "dan", 2, "2024-05-18",
         "Me, Dan, at 36, the week I shaved my head and beard for the charity ride to Land's End: bald, "
         "clean shaven, orange club jersey.", ["me", "person", "man", "shaved head", "charity ride"], "sdxl"),
    card("dan-v3", "Dan", "ohwx man", "man", S, "dan", 3, "2026-03-07",
         "Me, Dan, at 38: short ginger beard grown back, round tortoiseshell glasses, black beanie, navy "
         "work shirt with the Hollis Cycles logo.", ["me", "person", "man", "glasses", "beard"], "sdxl"),
    # --- family ---
    card("becky-v1", "Becky", "bcky woman", "woman", S, "becky", 1, "2024-01-20",
         "My wife, Becky (Rebecca), at 33, seven months pregnant with Alfie: long dark hair, denim "
         "dungarees over the bump.", ["wife", "person", "woman", "pregnant"], "sdxl"),
    card("becky-v2", "Becky", "bcky woman", "woman", S, "becky", 2, "2025-08-09",
         "My wife, Becky, at 35, with her new copper-dyed bob and a little nose ring, in her green Hollis "
         "Cycles hoodie (she does the shop's books).", ["wife", "person", "woman", "bob haircut"], "sdxl"),
    card("alfie-v1", "Alfie", "alf1e child", "baby", S, "alfie", 1, "2024-07-14",
         "Our son, Alfie, at three months: tiny, bald, chubby cheeks, in the knitted bobble hat Nan made.",
         ["son", "baby", "child", "family"], "sdxl"),
    card("alfie-v2", "Alfie", "alf1e child", "toddler", S, "alfie", 2, "2025-06-01",
         "Our son, Alfie, at 14 months, taking his first wobbly steps: blond curls, striped dungarees.",
         ["son", "toddler", "child", "first steps"], "sdxl"),
    card("alfie-v3", "Alfie", "alf1e child", "toddler", S, "alfie", 3, "2026-09-19",
         "Our son, Alfie, at two and a half: blond curls cut short, green dinosaur wellies, usually on his "
         "red balance bike.", ["son", "toddler", "child", "wellies", "balance bike"], "sdxl"),
    card("pat-v1", "Pat", "p4tnan woman", "old woman", S, "pat", 1, "2023-03-25",
         "Becky's mum, Pat (my mother-in-law, 'Nan' to Alfie), at 68, before she moved in with us: "
         "permed grey hair, pearl earrings, lilac cardigan.", ["mother-in-law", "nan", "person", "woman", "elderly"], "sd15"),
    card("pat-v2", "Pat", "p4tnan woman", "old woman", S, "pat", 2, "2025-11-15",
         "Becky's mum, Pat ('Nan'), who lives with us now, at 71 after her hip operation: short white hair, "
         "walking stick, blue-and-white Bristol Rovers scarf.", ["mother-in-law", "nan", "person", "woman", "elderly", "walking stick"], "sdxl"),
    card("keith-v1", "Keith", "k31th man", "old man", S, "keith", 1, "2024-12-27",
         "My dad, Keith ('Grandad' to Alfie), 72, a retired postman who taught me to true a wheel: bald, "
         "white moustache, red Royal Mail fleece.", ["dad", "grandad", "person", "man", "elderly"], "sdxl"),
    card("jo-v1", "Jo", "j0_sister woman", "woman", S, "jo", 1, "2025-03-02",
         "My sister, Jo, 40, a nurse at the BRI: blonde ponytail, navy nurse's scrubs, lanyard.",
         ["sister", "person", "woman", "nurse"], "sdxl"),
    card("maisie-v1", "Maisie", "m41sie girl", "girl", S, "maisie", 1, "2023-08-30",
         "Jo's daughter Maisie (my niece) at six: gap-toothed grin, two pigtails, red school cardigan.",
         ["niece", "child", "girl", "pigtails"], "sdxl"),
    card("maisie-v2", "Maisie", "m41sie girl", "girl", S, "maisie", 2, "2026-05-23",
         "My niece Maisie at nine: new purple glasses, side ponytail, in her girls' football kit.",
         ["niece", "child", "girl", "glasses", "football"], "sdxl"),
    card("lee-v1", "Lee", "l33_bil man", "man", S, "lee", 1, "2025-09-13",
         "Becky's brother, Lee (my brother-in-law), 38, a plasterer: shaved head, England shirt, tattoo "
         "sleeve on his right arm.", ["brother-in-law", "person", "man", "tattoos"], "sdxl"),
    card("kwame-v1", "Kwame", "kw4me man", "man", S, "kwame", 1, "2025-01-11",
         "Kwame, the mechanic I took on at Hollis Cycles, 27: tall, locs tied up on top, grey overalls, "
         "spoke key in his top pocket.", ["mechanic", "staff", "person", "man", "locs"], "sdxl"),
    card("gaz-v1", "Gaz", "g4z man", "man", S, "gaz", 1, "2023-05-06",
         "My best mate from the cycling club, Gaz (Gareth): huge grin, mutton-chop sideburns, orange "
         "club jersey.", ["friend", "best mate", "person", "man", "sideburns"], "sd15"),
    # --- pets ---
    card("bramble-v1", "Bramble", "sks dog", "dog", S, "bramble", 1, "2023-05-20",
         "Bramble, our rescue greyhound, the week we adopted her: brindle, skinny ex-racer from Hove, in "
         "a green fleece coat.", ["pet", "dog", "greyhound", "rescue"], "sd15"),
    card("bramble-v2", "Bramble", "sks dog", "dog", S, "bramble", 2, "2025-02-15",
         "Bramble, our rescue greyhound, at nine: brindle with a grey muzzle, red martingale collar, "
         "usually stretched out on the sofa.", ["pet", "dog", "greyhound", "rescue"], "sdxl"),
    card("chips-v1", "Chips", "chps_jrt dog", "dog", S, "chips", 1, "2024-10-05",
         "Chips, our Jack Russell, as a puppy: white with a tan patch over his left eye, tiny red collar.",
         ["pet", "dog", "jack russell", "terrier", "puppy"], "sdxl"),
    card("chips-v2", "Chips", "chps_jrt dog", "dog", S, "chips", 2, "2026-04-11",
         "Chips, our Jack Russell, at two: white with a tan patch over his left eye, red collar with a "
         "bone-shaped tag.", ["pet", "dog", "jack russell", "terrier"], "sdxl"),
    card("peggy-v1", "Peggy", "pggy dog", "dog", S, "peggy", 1, "2025-09-13",
         "Peggy, my brother-in-law Lee's Jack Russell: white with tan ears, a bit tubby, tartan collar.",
         ["dog", "jack russell", "terrier"], "sdxl"),
    # --- vehicles and places ---
    card("marigold-v1", "Marigold", "m4rigold_t2", "camper van", S, "marigold", 1, "2023-07-08",
         "Marigold, our 1972 VW T2 bay-window camper, as we bought her: faded orange, rust on the sills, "
         "one flat tyre.", ["camper van", "vw", "vehicle", "van"], "sd15"),
    card("marigold-v2", "Marigold", "m4rigold_t2", "camper van", S, "marigold", 2, "2025-05-24",
         "Marigold, our 1972 VW T2 bay-window camper, after the restoration: fresh orange and cream "
         "paint, whitewall tyres, pop-top roof up.", ["camper van", "vw", "vehicle", "van"], "sdxl"),
    card("dragonfly-v1", "Dragonfly", "dr4gonfly boat", "narrowboat", S, "dragonfly", 1, "2025-08-30",
         "Dragonfly, the green and red narrowboat we hired for our week on the Kennet and Avon canal, "
         "roses-and-castles paintwork on the doors.", ["boat", "narrowboat", "holiday", "canal"], "sdxl"),
    card("shop-v1", "Hollis Cycles", "hollis_shopfront", "shop front", S, "hollis-shop", 1, "2023-01-14",
         "My bike shop, Hollis Cycles, on North Street in Bedminster, with the old hand-painted sign and "
         "wheels hanging in the window.", ["shop", "business", "building", "bike shop"], "sd15"),
    card("shop-v2", "Hollis Cycles", "hollis_shopfront", "shop front", S, "hollis-shop", 2, "2025-04-05",
         "My bike shop, Hollis Cycles, after the refit: dark green paintwork, gold lettering, a neon "
         "bicycle sign in the window.", ["shop", "business", "building", "bike shop"], "sdxl"),
    card("house-v1", "Our house", "southville_house", "house", S, "house", 1, "2024-11-02",
         "Our house: a pastel blue Victorian terrace in Southville with a yellow front door and a bay "
         "window.", ["home", "house", "building", "terrace"], "sdxl"),
    # --- the business: frames and mascot ---
    card("clifton-v1", "Hollis Clifton", "hollis_clifton", "bicycle frame", S, "clifton", 1, "2024-02-17",
         "The Hollis Clifton mk1, our hand-built lugged steel randonneur frame: British racing green with "
         "cream head-tube panels, mudguards, rim brakes.", ["product", "bicycle", "frame", "randonneur"], "sdxl"),
    card("clifton-v2", "Hollis Clifton", "hollis_clifton", "bicycle frame", S, "clifton", 2, "2026-02-14",
         "The Hollis Clifton mk2: the same British racing green lugged steel randonneur, now with disc "
         "brakes, dynamo lights and a front rack.", ["product", "bicycle", "frame", "randonneur"], "sdxl"),
    card("mendip-v1", "Hollis Mendip", "hollis_mendip", "bicycle frame", S, "mendip", 1, "2025-06-21",
         "The Hollis Mendip, our hand-built steel gravel frame in burnt orange with chunky tan-wall tyres.",
         ["product", "bicycle", "frame", "gravel bike"], "sdxl"),
    card("avon-v1", "Hollis Avon", "hollis_avon", "bicycle frame", S, "avon", 1, "2025-10-18",
         "The Hollis Avon, our hand-built fixed-gear track frame in pearl white with a chrome fork, made "
         "for the velodrome.", ["product", "bicycle", "frame", "track bike", "fixie"], "sdxl"),
    card("sprocket-v1", "Sprocket", "spr0cket_hog", "hedgehog mascot", S, "sprocket", 1, "2023-02-11",
         "Sprocket, the Hollis Cycles hedgehog mascot: my original biro drawing from the first shop "
         "stickers, scruffy spines, holding a spanner.", ["mascot", "hedgehog", "cartoon", "logo"], "sd15"),
    card("sprocket-v2", "Sprocket", "spr0cket_hog", "hedgehog mascot", S, "sprocket", 2, "2025-10-04",
         "Sprocket, our hedgehog mascot after a local illustrator redesigned him: clean cartoon lines, "
         "little green cycling cap, riding a tiny penny-farthing.", ["mascot", "hedgehog", "cartoon", "logo"], "sdxl"),
    # --- downloaded Civitai characters ---
    card("kaede-v1", "Kaede", "kaede_(starfall_academy)", "anime girl", S, "kaede", 1, "2024-03-09",
         "Downloaded from Civitai: Kaede from the anime Starfall Academy, long straight silver hair, red "
         "eyes, navy sailor school uniform, a katana on her back.", ["character", "anime", "civitai", "silver hair"], "sdxl"),
    card("yukina-v1", "Yukina", "yuk1na_xl", "anime girl", S, "yukina", 1, "2025-01-25",
         "Downloaded from Civitai: Yukina from the gacha game Moonlit Requiem, silver hair in twin buns, "
         "red eyes, black gothic lolita dress, lace parasol.", ["character", "anime", "civitai", "silver hair"], "sdxl"),
    card("vex-v1", "Vex", "v3x_armor", "bounty hunter", S, "vex", 1, "2023-04-01",
         "Downloaded from Civitai: Vex, the bounty hunter from the sci-fi game Dust Runners, battered olive "
         "armour, horned helmet with a slit visor, tattered red cape.", ["character", "sci-fi", "civitai", "armour"], "sd15"),
    card("vex-v2", "Vex", "v3x_armor", "bounty hunter", S, "vex", 2, "2024-08-03",
         "Downloaded from Civitai: the SDXL release of Vex from Dust Runners, battered olive armour, horned "
         "helmet, tattered red cape, rifle.", ["character", "sci-fi", "civitai", "armour"], "sdxl"),
    card("nova-v1", "Captain Rhea Nova", "capt_rhea_nova", "woman", S, "nova", 1, "2025-07-12",
         "Downloaded from Civitai: Captain Rhea Nova from the space opera Starwake, a mech pilot with a "
         "black undercut, orange flight suit and a cybernetic left arm.", ["character", "sci-fi", "civitai", "pilot"], "sdxl"),
    # --- styles ---
    card("riso-v1", "Risograph", "risograph_style", "risograph print", ST, "risograph", 1, "2024-06-08",
         "Risograph print look: two colours, fluoro pink and teal, grainy ink, slight misregistration, "
         "halftone dots.", ["style", "print", "riso", "zine"], "sdxl"),
    card("stainedglass-v1", "Stained Glass", "stndglss style", "stained glass", ST, "stained-glass", 1, "2023-02-25",
         "Stained glass window style: bold black lead lines, jewel-tone glass panes, light shining "
         "through.", ["style", "stained glass", "window"], "sd15"),
    card("stainedglass-v2", "Stained Glass", "stndglss style", "stained glass", ST, "stained-glass", 2, "2024-09-14",
         "My stained glass LoRA retrained for SDXL: bold lead lines, jewel-tone glass, church-window "
         "light.", ["style", "stained glass", "window"], "sdxl"),
    card("pixel-v1", "Pixel Art", "pixel_art_xl", "pixel art", ST, "pixel-art", 1, "2024-04-20",
         "16-bit pixel art, chunky pixels and a limited palette, like an old SNES game.",
         ["style", "pixel art", "retro", "game"], "sdxl"),
    card("impasto-v1", "Impasto Oils", "impasto_oil", "oil painting", ST, "impasto-oils", 1, "2025-02-01",
         "Bold modern oil painting: thick palette-knife impasto, visible ridges of paint, bright saturated "
         "colours.", ["style", "oil painting", "painting", "impasto"], "sdxl"),
    card("oldmaster-v1", "Old Master Oils", "oldmstr_oil", "oil painting", ST, "old-master-oils", 1, "2023-06-10",
         "Dutch Golden Age oil portrait style: dark background, candlelit chiaroscuro, varnished glazes, "
         "Rembrandt-like.", ["style", "oil painting", "painting", "classical"], "sd15"),
    card("oldmaster-v2", "Old Master Oils", "oldmstr_oil", "oil painting", ST, "old-master-oils", 2, "2025-03-29",
         "My Old Master oils LoRA retrained on SDXL: dark background, chiaroscuro, varnished glazes, "
         "17th-century Dutch portrait look.", ["style", "oil painting", "painting", "classical"], "sdxl"),
    card("meadowlight-v1", "Meadowlight", "mdwlght", "anime film still", ST, "meadowlight", 1, "2024-07-27",
         "Hand-painted 90s Japanese animated film look: lush green countryside, towering cumulus clouds, "
         "soft watercolour backgrounds, gentle cel shading.", ["style", "anime", "animation", "painterly"], "sdxl"),
    card("engraving-v1", "Victorian Engraving", "vctrn_engraving", "engraving", ST, "victorian-engraving", 1, "2025-12-06",
         "Victorian wood engraving: fine black cross-hatching on cream paper, like an 1880s Illustrated "
         "London News plate.", ["style", "engraving", "etching", "victorian", "black and white"], "sdxl"),
    card("railposter-v1", "Railway Poster", "br_poster_style", "travel poster", ST, "railway-poster", 1, "2024-05-04",
         "1950s British Railways travel poster: flat gouache colours, bold sans-serif caption, sunny "
         "seaside optimism.", ["style", "poster", "vintage", "travel"], "sdxl"),
    card("inkwash-v1", "Ink and Wash", "inkwash_sketch", "ink and watercolour sketch", ST, "ink-wash", 1, "2025-05-10",
         "Loose pen-and-ink sketch with splashy watercolour washes, like a page from a travel sketchbook.",
         ["style", "sketch", "watercolour", "ink"], "sdxl"),
    card("plasticine-v1", "Claymation", "claym4tion", "claymation", ST, "claymation", 1, "2026-01-17",
         "Plasticine stop-motion look: thumbprints in the clay, big toothy grins, googly eyes, the Bristol "
         "animation-studio feel.", ["style", "claymation", "plasticine", "stop motion"], "sdxl"),
    # --- concepts ---
    card("yellowmac-v1", "Yellow Rain Mac", "yellow_rainmac", "raincoat", C, "yellow-mac", 1, "2023-03-04",
         "A classic yellow PVC fisherman's rain mac with the hood up.", ["clothing", "raincoat", "mac", "yellow"], "sd15"),
    card("yellowmac-v2", "Yellow Rain Mac", "yellow_rainmac", "raincoat", C, "yellow-mac", 2, "2024-10-19",
         "SDXL port of the yellow rain mac: glossy yellow fisherman's mac, hood, toggles.",
         ["clothing", "raincoat", "mac", "yellow"], "sdxl"),
    card("mullet-v1", "Mullet", "mullet_hair", "haircut", C, "mullet", 1, "2025-04-19",
         "The proper 80s mullet haircut: business at the front, party at the back.",
         ["hairstyle", "haircut", "mullet", "80s"], "sdxl"),
    card("caferacer-v1", "Cafe Racer", "cafe_racer", "motorcycle", C, "cafe-racer", 1, "2023-09-16",
         "A 1960s British cafe racer motorbike: clip-on bars, bum-stop seat, chrome tank.",
         ["vehicle", "motorbike", "motorcycle", "retro"], "sd15"),
    card("caferacer-v2", "Cafe Racer", "cafe_racer", "motorcycle", C, "cafe-racer", 2, "2025-07-26",
         "SDXL port of my cafe racer LoRA: 60s British cafe racer motorbike, clip-ons, bum-stop seat, "
         "polished chrome tank.", ["vehicle", "motorbike", "motorcycle", "retro"], "sdxl"),
    card("jump-v1", "Mid-air Jump", "midair_jump", "pose", C, "midair-jump", 1, "2023-08-12",
         "Mid-air jump pose: both feet off the ground, arms thrown up, frozen at the top of the jump.",
         ["pose", "jump", "action"], "sd15"),
    card("jump-v2", "Mid-air Jump", "midair_jump", "pose", C, "midair-jump", 2, "2024-12-14",
         "SDXL port of the mid-air jump pose: feet tucked, arms up, caught at the top of the jump.",
         ["pose", "jump", "action"], "sdxl"),
    card("xmasjumper-v1", "Christmas Jumper", "xmas_jumper_xl", "jumper", C, "christmas-jumper", 1, "2024-11-30",
         "A naff knitted Christmas jumper with reindeer and snowflakes.",
         ["clothing", "jumper", "christmas", "knitwear"], "sdxl"),
    card("peaky-v1", "Peaky Outfit", "peaky_outfit", "outfit", C, "peaky-outfit", 1, "2025-11-08",
         "1920s Birmingham gangster get-up: flat cap, tweed waistcoat, collarless shirt, long wool overcoat.",
         ["clothing", "outfit", "flat cap", "1920s"], "sdxl"),
    card("tandem-v1", "Tandem", "tandem_bike", "tandem bicycle", C, "tandem", 1, "2026-06-13",
         "A two-seater tandem bicycle with two riders, one behind the other.",
         ["vehicle", "bicycle", "tandem"], "sdxl"),
]

# ---------------------------------------------------------------- cases
SELECT = [
    # me
    ("me at the workbench truing a wheel", "dan-v3"),
    ("me with the massive ginger beard and long hair", "dan-v1"),
    ("me when i shaved my head for the lands end ride", "dan-v2"),
    ("me back in 2022", "dan-v1"),
    ("me now with the specs and beanie", "dan-v3"),
    ("me from the charity ride, bald as a coot", "dan-v2"),
    ("me at 36", "dan-v2"),
    # becky
    ("the missus reading on the sofa", "becky-v2"),
    ("becky when she was pregnant with alfie", "becky-v1"),
    ("bex with her copper bob", "becky-v2"),
    ("my wife in a sunflower field", "becky-v2"),
    ("becky with the baby bump in her dungarees", "becky-v1"),
    ("beky laughing at a wedding", "becky-v2"),
    # alfie
    ("the little un asleep in his cot", "alfie-v3"),
    ("alfie as a tiny baby in his knitted bobble hat", "alfie-v1"),
    ("alfie taking his first steps", "alfie-v2"),
    ("alife on his balance bike", "alfie-v3"),
    ("our lad in his dinosaur wellies", "alfie-v3"),
    ("the nipper at about one, just learning to walk", "alfie-v2"),
    ("alfie aged 2 eating an ice cream", "alfie-v3"),
    ("the little 'un at 3 months", "alfie-v1"),
    # pat
    ("nan doing the crossword", "pat-v2"),
    ("our nan with her walking stick on the seafront", "pat-v2"),
    ("pat with her perm and pearls, before she moved in", "pat-v1"),
    ("the mother in law", "pat-v2"),
    ("becky's mum knitting in her chair", "pat-v2"),
    ("nan before her hip op", "pat-v1"),
    ("nan back in 2023", "pat-v1"),
    # keith, jo, maisie, lee, kwame, gaz
    ("my dad on his allotment", "keith-v1"),
    ("dad in his royal mail fleece", "keith-v1"),
    ("grandad asleep in his armchair", "keith-v1"),
    ("my sister at work in her scrubs", "jo-v1"),
    ("jo on a hen do in magaluf", "jo-v1"),
    ("my niece scoring a goal", "maisie-v2"),
    ("maisie when she was little with her pigtails", "maisie-v1"),
    ("my sisters kid in her new glasses", "maisie-v2"),
    ("maisie on her 6th birthday", "maisie-v1"),
    ("kwame fixing a puncture", "kwame-v1"),
    ("the mechanic from the shop having a brew", "kwame-v1"),
    ("the brother in law at the footie", "lee-v1"),
    ("becky's brother", "lee-v1"),
    ("gaz in his orange club jersey", "gaz-v1"),
    ("me best mate gaz at the pub", "gaz-v1"),
    # pets
    ("bramble on the sofa", "bramble-v2"),
    ("bramble when we first got her, all skinny in her fleece", "bramble-v1"),
    ("the greyhound zooming round the park", "bramble-v2"),
    ("our grey hound in the snow", "bramble-v2"),
    ("brambel sleeping", "bramble-v2"),
    ("bramble back in 2023", "bramble-v1"),
    ("chips as a pup", "chips-v1"),
    ("chips digging in the garden", "chips-v2"),
    ("our jack russell", "chips-v2"),
    ("the jack russell with the red collar", "chips-v2"),
    ("our jrt as a tiny puppy", "chips-v1"),
    ("chipsy barking at the postman", "chips-v2"),
    ("peggy sat on a wall", "peggy-v1"),
    ("the jack russell with the tartan collar", "peggy-v1"),
    ("lee's dog", "peggy-v1"),
    # vehicles and places
    ("marigold on a beach in cornwall", "marigold-v2"),
    ("the camper van at a festival", "marigold-v2"),
    ("the vw as it was when we bought it, rust and all", "marigold-v1"),
    ("the camper vna at glasto", "marigold-v2"),
    ("the narrowboat going through a lock", "dragonfly-v1"),
    ("dragonfly moored up outside a canal pub", "dragonfly-v1"),
    ("the boat from our canal holiday", "dragonfly-v1"),
    ("hollis cycles shop front at christmas", "shop-v2"),
    ("the shop with the old painted sign", "shop-v1"),
    ("the shop before the refit", "shop-v1"),
    ("our shop on north street", "shop-v2"),
    ("our house in the snow", "house-v1"),
    ("the house with the yellow door", "house-v1"),
    # frames and mascot
    ("the clifton frame on a workstand", "clifton-v2"),
    ("the mk1 clifton with rim brakes", "clifton-v1"),
    ("the green randonneur frame", "clifton-v2"),
    ("the mendip on a muddy trail", "mendip-v1"),
    ("the orange gravel frame", "mendip-v1"),
    ("the white track frame at the velodrome", "avon-v1"),
    ("the avon fixie", "avon-v1"),
    ("the shop mascot", "sprocket-v2"),
    ("sprocket the hedgehog, my original biro version", "sprocket-v1"),
    ("the old hedgehog sticker", "sprocket-v1"),
    ("sprocket on his penny farthing", "sprocket-v2"),
    # civitai characters
    ("kaede_(starfall_academy) in a bamboo forest", "kaede-v1"),
    ("the anime girl in the sailor uniform", "kaede-v1"),
    ("yukina with her parasol", "yukina-v1"),
    ("the gothic lolita girl from moonlit requiem", "yukina-v1"),
    ("yuk1na_xl twin buns", "yukina-v1"),
    ("vex in the desert", "vex-v2"),
    ("the bounty hunter with the red cape", "vex-v2"),
    ("the old 1.5 vex lora", "vex-v1"),
    ("captain nova in her mech cockpit", "nova-v1"),
    ("the pilot with the cybernetic arm", "nova-v1"),
    # styles and concepts on their own
    ("a yellow rain mac on a coat hook", "yellowmac-v2"),
    ("victorian engraving of a steam ship", "engraving-v1"),
    ("old british railways poster of weston super mare", "railposter-v1"),
    ("ghibli style countryside with big clouds", "meadowlight-v1"),
    ("a cafe racer outside a transport caff", "caferacer-v2"),
    ("a bloke with a mullet", "mullet-v1"),
    ("a woman mid jump on a beach", "jump-v2"),
    ("rembrandt style portrait of an old sailor", "oldmaster-v2"),
    ("thick palette knife painting of sunflowers", "impasto-v1"),
    ("claymation style fox", "plasticine-v1"),
    ("two people on a tandem", "tandem-v1"),
    ("a peaky blinders style gangster", "peaky-v1"),
    ("stained glass, the sd1.5 one", "stainedglass-v1"),
    ("the old master lora from 2023", "oldmaster-v1"),
    ("the old sd15 yellow mac", "yellowmac-v1"),
    ("cafe racer v1", "caferacer-v1"),
    ("jump pose, the original 1.5 version", "jump-v1"),
    ("risograf print of a cyclist", "riso-v1"),
    ("stain glass style robin", "stainedglass-v2"),
    ("a naff xmas jumper with reindeer on it", "xmasjumper-v1"),
    ("16 bit snes style dungeon", "pixel-v1"),
    ("1950s railway travel poster, st ives harbour", "railposter-v1"),
    ("aardman-y plasticine penguin", "plasticine-v1"),
    ("grainy pink and teal two colour print of a racing bike", "riso-v1"),
    ("church window style lighthouse", "stainedglass-v2"),
    ("illustrated london news style etching of a paddle steamer", "engraving-v1"),
    ("totoro vibes, a forest path", "meadowlight-v1"),
    ("travel sketchbook style drawing of a cafe", "inkwash-v1"),
]

CLARIFY = [
    ("oil painting of bramble asleep on the sofa", ["impasto-v1", "oldmaster-v2"]),
    ("an oil painting of the shop", ["impasto-v1", "oldmaster-v2"]),
    ("nan as an oil painting for her birthday", ["impasto-v1", "oldmaster-v2"]),
    ("oil portrait of me and the missus", ["impasto-v1", "oldmaster-v2"]),
    ("oil painting of marigold in a field", ["impasto-v1", "oldmaster-v2"]),
    ("the narrowboat in oils", ["impasto-v1", "oldmaster-v2"]),
    ("an oil painting of sprocket", ["impasto-v1", "oldmaster-v2"]),
    ("alfie in oils", ["impasto-v1", "oldmaster-v2"]),
    ("the oil painting style", ["impasto-v1", "oldmaster-v2"]),
    ("the silver haired anime girl with red eyes", ["kaede-v1", "yukina-v1"]),
    ("that white haired anime girl with the red eyes at a summer festival", ["kaede-v1", "yukina-v1"]),
    ("the anime girl from civitai", ["kaede-v1", "yukina-v1"]),
    ("silver hair red eyes anime lass eating ramen", ["kaede-v1", "yukina-v1"]),
    ("the anime girl with silver hair in a yellow mac", ["kaede-v1", "yukina-v1"]),
    ("the jack russell chasing a ball on the downs", ["chips-v2", "peggy-v1"]),
    ("the jack russell asleep on the beanbag", ["chips-v2", "peggy-v1"]),
    ("jrt with a stick at the beach", ["chips-v2", "peggy-v1"]),
    ("the little terrier in the snow", ["chips-v2", "peggy-v1"]),
    ("the jack russell in a christmas jumper", ["chips-v2", "peggy-v1"]),
    ("the dog asleep by the log burner", ["bramble-v2", "chips-v2"]),
    ("the dog in the back of the camper", ["bramble-v2", "chips-v2"]),
    ("our dog at the vets", ["bramble-v2", "chips-v2"]),
    ("our dog in a santa hat", ["bramble-v2", "chips-v2"]),
    ("one of our frames leaning on the harbour wall", ["clifton-v2", "mendip-v1", "avon-v1"]),
    ("a hollis frame on the workstand", ["clifton-v2", "mendip-v1", "avon-v1"]),
    ("one of our hand built steel frames, product shot", ["clifton-v2", "mendip-v1", "avon-v1"]),
    ("the sci-fi character from civitai", ["vex-v2", "nova-v1"]),
    ("the civitai sci fi one on a desert planet", ["vex-v2", "nova-v1"]),
    ("the space character in a neon city", ["vex-v2", "nova-v1"]),
]

NONE = [
    "fish and chips on weston pier",
    "a chippy tea, chips with curry sauce",
    "a cone of chips at the seaside with a seagull nicking one",
    "brambles heavy with blackberries along the railway path",
    "a jar of homemade bramble jelly on a picnic table",
    "a vase of marigolds on the kitchen windowsill",
    "a pair of yellow marigold gloves by the sink",
    "a dragonfly hovering over a pond",
    "macro shot of a rusty sprocket and chain",
    "clifton suspension bridge at sunset with hot air balloons",
    "sheep on the mendip hills in the fog",
    "the river avon at high tide",
    "a supernova exploding in deep space",
    "a grey mullet swimming in the harbour",
    "a real hedgehog snuffling in autumn leaves",
    "a red phone box in the snow",
    "a fox in a garden at night",
    "a cat asleep in a sunbeam",
    "my granddad in his army uniform",
    "some random bloke fixing a puncture",
    "the ss great britain in dry dock",
    "a steam train crossing a viaduct",
    "penguins at bristol zoo",
    "a jaguar e-type on a country lane",
    "a lancaster bomber over the white cliffs",
    "cherry blossom in a japanese garden",
    "a lighthouse on a cliff at dawn",
    "a pint of cider in a pub garden",
    "a dinosaur skeleton in a museum",
]

MULTI = [
    ("me and the missus on the narrowboat", ["dan-v3", "becky-v2", "dragonfly-v1"]),
    ("alfie in a yellow mac splashing in puddles", ["alfie-v3", "yellowmac-v2"]),
    ("nan in stained glass", ["pat-v2", "stainedglass-v2"]),
    ("bramble as a risograph print", ["bramble-v2", "riso-v1"]),
    ("the camper van in pixel art", ["marigold-v2", "pixel-v1"]),
    ("me with a mullet lol", ["dan-v3", "mullet-v1"]),
    ("kwame on a cafe racer", ["kwame-v1", "caferacer-v2"]),
    ("becky doing a jump shot on the beach at woolacombe", ["becky-v2", "jump-v2"]),
    ("sprocket in a christmas jumper for the shop's xmas card", ["sprocket-v2", "xmasjumper-v1"]),
    ("the shop front as an old railway poster", ["shop-v2", "railposter-v1"]),
    ("alfie and chips in the garden", ["alfie-v3", "chips-v2"]),
    ("me walking both dogs on the downs", ["dan-v3", "bramble-v2", "chips-v2"]),
    ("nan and the little 'un baking", ["pat-v2", "alfie-v3"]),
    ("our house in ghibli style", ["house-v1", "meadowlight-v1"]),
    ("chips and peggy playing tug of war", ["chips-v2", "peggy-v1"]),
    ("lee with peggy down the pub", ["lee-v1", "peggy-v1"]),
    ("the clifton frame as a victorian engraving", ["clifton-v2", "engraving-v1"]),
    ("kaede_(starfall_academy) in pixel art", ["kaede-v1", "pixel-v1"]),
    ("vex riding a cafe racer", ["vex-v2", "caferacer-v2"]),
    ("dad in the flat cap and waistcoat peaky blinders get up", ["keith-v1", "peaky-v1"]),
    ("gaz as a stained glass window", ["gaz-v1", "stainedglass-v1"]),
    ("me with the big beard on a cafe racer", ["dan-v1", "caferacer-v1"]),
    ("me and jo on a tandem", ["dan-v3", "jo-v1", "tandem-v1"]),
    ("maisie in a yellow rain mac", ["maisie-v2", "yellowmac-v2"]),
    ("the missus as a claymation figure", ["becky-v2", "plasticine-v1"]),
    ("alfie with his nan and grandad", ["alfie-v3", "pat-v2", "keith-v1"]),
    ("marigold parked outside the shop", ["marigold-v2", "shop-v2"]),
    ("our bramble in ink and wash", ["bramble-v2", "inkwash-v1"]),
    ("me and kwame in the workshop, risograph poster", ["dan-v3", "kwame-v1", "riso-v1"]),
    ("the mendip gravel bike painted like an old master", ["mendip-v1", "oldmaster-v2"]),
    ("captain nova in stained glass", ["nova-v1", "stainedglass-v2"]),
    ("my sister and her kid", ["jo-v1", "maisie-v2"]),
    ("becky when she was expecting, thick impasto oils", ["becky-v1", "impasto-v1"]),
    ("the canal boat in that ghibli look", ["dragonfly-v1", "meadowlight-v1"]),
    ("the rusty old camper before the resto as a stained glass window", ["marigold-v1", "stainedglass-v1"]),
    ("sprocket doing a mid air jump", ["sprocket-v2", "jump-v2"]),
    ("me, becky, alfie and nan on the narrowboat", ["dan-v3", "becky-v2", "alfie-v3", "pat-v2", "dragonfly-v1"]),
    ("peggy as a victorian engraving", ["peggy-v1", "engraving-v1"]),
    ("me riding the clifton", ["dan-v3", "clifton-v2"]),
    ("kwame test riding the mendip", ["kwame-v1", "mendip-v1"]),
    ("sprocket as a plasticine model, aardman vibes", ["sprocket-v2", "plasticine-v1"]),
    ("the wife and the little un at the zoo", ["becky-v2", "alfie-v3"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cases = ([{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
             + [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
             + [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
             + [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI])
    # interleave deterministically so the file is not grouped by expect
    order = sorted(range(len(cases)), key=lambda i: (i * 7919) % 1009)
    with open(HERE / "cases.jsonl", "w") as f:
        for i in order:
            f.write(json.dumps(cases[i], ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(cases)} cases")


if __name__ == "__main__":
    main()
