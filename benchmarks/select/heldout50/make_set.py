#!/usr/bin/env python3
"""Held-out set 50: the Garza family of San Antonio's West Side (Panadería La Palomita).

Written blind (see README.md). Running this file writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me (Ernesto "Neto" Garza), three dated versions
    card("neto-v1", "Neto", "ohwx man", "man", "subject", "neto", 1, "2023-04-15",
         "Me, Ernesto 'Neto' Garza, from my 1987 photos when I played trumpet with Mariachi Los Gallos "
         "de San Antonio: 25 years old, thick black mustache, black traje de charro with silver "
         "botonadura, trumpet in hand.",
         ["me", "person", "man", "young", "mariachi", "trumpet", "1980s"], "sd15"),
    card("neto-v2", "Neto", "ohwx man", "man", "subject", "neto", 2, "2024-02-10",
         "Me, Neto, at 52 on the day we opened Panadería La Palomita in 2014: salt-and-pepper "
         "mustache, white baker's apron and paper cap, flour on my arms.",
         ["me", "person", "man", "baker", "apron", "opening day"], "sd15"),
    card("neto-v3", "Neto", "ohwx man", "man", "subject", "neto", 3, "2026-05-02",
         "Me, Neto, now at 64, retired from the mariachi: grey mustache, reading glasses on a cord, "
         "white guayabera and my black Spurs cap.",
         ["me", "person", "man", "grey mustache", "guayabera", "cap"], "sdxl"),
    # --- my wife Lola
    card("lola-v1", "Lola", "sks woman", "woman", "subject", "lola", 1, "2023-06-20",
         "My wife, Dolores 'Lola' Garza, at our 40th anniversary party in June 2023: red dress, long "
         "black hair pinned up with a red flower, gold hoop earrings.",
         ["wife", "person", "woman", "anniversary", "red dress"], "sd15"),
    card("lola-v2", "Lola", "sks woman", "woman", "subject", "lola", 2, "2025-10-11",
         "My wife Lola after she cut her hair short and let it go silver: reading glasses, grey "
         "cardigan, at the bakery desk with the ledger doing the books.",
         ["wife", "person", "woman", "silver hair", "glasses", "books"], "sdxl"),
    # --- our daughter Marisol
    card("marisol-v1", "Marisol", "mrsl_garza", "woman", "subject", "marisol", 1, "2023-09-30",
         "Our daughter Marisol, band director at Lanier High, when she was pregnant with Mateo: "
         "maroon band polo, whistle around her neck, on the football field on a Friday night.",
         ["daughter", "person", "woman", "pregnant", "band director", "football"], "sd15"),
    card("marisol-v2", "Marisol", "mrsl_garza", "woman", "subject", "marisol", 2, "2025-08-16",
         "Our daughter Marisol after the baby, with her new short bob haircut: black concert dress, "
         "conducting the concert band with a baton.",
         ["daughter", "person", "woman", "bob haircut", "band director", "baton"], "sdxl"),
    # --- our son Rubén
    card("ruben-v1", "Rubén", "<ruben-safd>", "man", "subject", "ruben", 1, "2024-01-20",
         "Our son Rubén, San Antonio Fire Department, clean-shaven rookie at Station 7 in tan bunker "
         "gear and a yellow helmet.",
         ["son", "person", "man", "firefighter", "rookie", "bunker gear"], "sd15"),
    card("ruben-v2", "Rubén", "<ruben-safd>", "man", "subject", "ruben", 2, "2026-06-14",
         "Our son Rubén after he made lieutenant: full black beard, SAFD dress blues with his badge, "
         "white lieutenant's helmet under his arm.",
         ["son", "person", "man", "firefighter", "lieutenant", "beard"], "sdxl"),
    # --- Rubén's kids
    card("celi-v1", "Celi", "c3l1 girl", "girl", "subject", "celi", 1, "2024-03-09",
         "Rubén's daughter, my granddaughter Araceli 'Celi', at 13: braces, high ponytail, purple "
         "soccer jersey.",
         ["granddaughter", "person", "girl", "braces", "soccer", "13"], "sd15"),
    card("celi-v2", "Celi", "c3l1 girl", "girl", "subject", "celi", 2, "2026-09-20",
         "My granddaughter Celi at her quinceañera: blush-pink ball gown, silver tiara, curled hair, "
         "holding her última muñeca.",
         ["granddaughter", "person", "girl", "quinceañera", "tiara", "ball gown"], "sdxl"),
    card("diego-v1", "Diego", "<diego-trompeta>", "boy", "subject", "diego", 1, "2026-02-21",
         "Rubén's son, my grandson Diego, 10: buzz cut, round glasses, school mariachi vest, with the "
         "little student trumpet I gave him.",
         ["grandson", "person", "boy", "trumpet", "glasses"], "sdxl"),
    # --- Marisol's family
    card("mateo-v1", "Mateo", "teo_baby", "baby boy", "subject", "mateo", 1, "2025-07-04",
         "Marisol's boy, our grandson Mateo, at 18 months: chubby cheeks, curly brown hair, tiny Spurs "
         "jersey.",
         ["grandson", "person", "baby", "toddler", "curly hair"], "sdxl"),
    card("kevin-v1", "Kevin", "k3v1n man", "man", "subject", "kevin", 1, "2025-11-27",
         "Marisol's husband Kevin, our yerno, 'el güero': tall, blond, always sunburnt, Longhorns "
         "t-shirt, at the Thanksgiving carne asada.",
         ["son-in-law", "person", "man", "blond", "güero"], "sdxl"),
    # --- my compadre and my mother
    card("chuy-v1", "Chuy", "chvy_rendon", "man", "subject", "chuy", 1, "2023-11-04",
         "My compadre Jesús 'Chuy' Rendón, violinist from Los Gallos, in the 1990s photos: white traje "
         "de charro, black wavy hair, violin on his shoulder.",
         ["compadre", "person", "man", "mariachi", "violin", "charro"], "sd15"),
    card("chuy-v2", "Chuy", "chvy_rendon", "man", "subject", "chuy", 2, "2026-01-17",
         "My compadre Chuy at 66: bald with a white goatee, blue guayabera, playing dominoes at the "
         "panadería's back table.",
         ["compadre", "person", "man", "bald", "goatee", "dominoes"], "sdxl"),
    card("cuca-v1", "Cuca", "<dona-cuca>", "old woman", "subject", "cuca", 1, "2023-12-12",
         "My mother, Doña Refugio 'Cuca' Garza, que en paz descanse, from the 1970s photos: grey "
         "braid, rebozo over her shoulders, in her kitchen making tortillas on the comal.",
         ["mother", "person", "woman", "elderly", "tortillas"], "sd15"),
    # --- animals
    card("canela-v1", "Canela", "sks dog", "dog", "subject", "canela", 1, "2024-04-06",
         "Our chihuahua Canela as a puppy in 2024: fawn tan, apple head, fits in one hand.",
         ["pet", "dog", "chihuahua", "puppy", "tan"], "sd15"),
    card("canela-v2", "Canela", "sks dog", "dog", "subject", "canela", 2, "2026-04-18",
         "Our chihuahua Canela now, at 2: fawn tan, huge ears, a little chubby, red knit sweater.",
         ["pet", "dog", "chihuahua", "tan", "sweater"], "sdxl"),
    card("chiquito-v1", "Chiquito", "chqt0 dog", "dog", "subject", "chiquito", 1, "2025-06-07",
         "Chiquito, our neighbor Doña Chela's chihuahua: fawn tan with huge ears, blue collar with a "
         "little bell; he looks just like Canela.",
         ["neighbor", "dog", "chihuahua", "tan", "bell"], "sdxl"),
    card("elote-v1", "Elote", "<elote-gallo>", "rooster", "subject", "elote", 1, "2025-03-15",
         "Our rooster Elote: big red-and-black rooster with a green-black tail, red comb, crows at "
         "five in the morning from the fence.",
         ["pet", "rooster", "bird", "chicken"], "sdxl"),
    # --- the car, the house, the bakery
    card("reina-v1", "La Reina", "elcamino79_reina", "car", "subject", "reina", 1, "2023-08-12",
         "My 1979 Chevy El Camino 'La Reina' before the restoration: grey primer, rusty back bumper, "
         "parked in our driveway.",
         ["vehicle", "car", "el camino", "primer", "project car"], "sd15"),
    card("reina-v2", "La Reina", "elcamino79_reina", "car", "subject", "reina", 2, "2025-05-24",
         "My '79 El Camino 'La Reina' after the restoration: candy-apple red, lowered, chrome wire "
         "rims, white pinstripes.",
         ["vehicle", "car", "el camino", "candy red", "lowered"], "sdxl"),
    card("casa-v1", "Casa Rosa", "casa_rosa_wsa", "house", "subject", "casa", 1, "2024-09-14",
         "Our house on the West Side: little pink wood-frame house, chain-link fence, rosebushes and "
         "the Virgen de Guadalupe shrine in the front yard.",
         ["home", "house", "place", "west side", "pink"], "sdxl"),
    card("shop-v1", "La Palomita", "<palomita-store>", "bakery storefront", "subject", "palomita-shop",
         1, "2023-07-01",
         "Our panadería, Panadería La Palomita on Guadalupe Street, before the remodel: mustard-yellow "
         "front and the hand-lettered sign.",
         ["business", "bakery", "storefront", "place"], "sd15"),
    card("shop-v2", "La Palomita", "<palomita-store>", "bakery storefront", "subject", "palomita-shop",
         2, "2025-12-13",
         "Our panadería after the remodel: turquoise front, a painted dove mural by the door and the "
         "new pink neon 'La Palomita' sign.",
         ["business", "bakery", "storefront", "place", "neon"], "sdxl"),
    card("conchas-v1", "Conchas La Palomita", "plmta_conchas", "pastry", "subject", "conchas", 1,
         "2023-10-21",
         "Our conchas the old way: pink, yellow and chocolate shell-top conchas lined up on a metal "
         "bakery tray.",
         ["product", "pan dulce", "concha", "bread"], "sd15"),
    card("conchas-v2", "Conchas La Palomita", "plmta_conchas", "pastry", "subject", "conchas", 2,
         "2026-03-28",
         "Our conchas after the redesign: bigger, turquoise and white sugar tops with our little dove "
         "stamped in the middle, in the new clear box.",
         ["product", "pan dulce", "concha", "bread", "redesign"], "sdxl"),
    card("rosca-v1", "Rosca de Reyes", "<rosca-palomita>", "pastry", "subject", "rosca", 1,
         "2026-01-03",
         "Our rosca de reyes: big oval sweet-bread ring with strips of candied orange, figs and "
         "sugar paste, on a wooden board.",
         ["product", "pan dulce", "rosca", "bread", "seasonal"], "sdxl"),
    card("pdm-v1", "Pan de Muerto", "pdm_palomita", "pastry", "subject", "pan-de-muerto", 1,
         "2025-10-25",
         "Our pan de muerto: round orange-blossom bread with the crossed bone shapes on top and "
         "sugar, the way we make it for November.",
         ["product", "pan dulce", "pan de muerto", "bread", "seasonal"], "sdxl"),
    card("mascot-v1", "Palomita", "<palomita-mascot>", "cartoon dove", "subject", "palomita-mascot",
         1, "2023-07-02",
         "Palomita, our bakery's cartoon mascot, the first one my wife drew by hand: a round white "
         "dove in a little baker's hat.",
         ["mascot", "cartoon", "dove", "bird", "logo"], "sd15"),
    card("mascot-v2", "Palomita", "<palomita-mascot>", "cartoon dove", "subject", "palomita-mascot",
         2, "2025-12-13",
         "Palomita, our mascot redrawn for the remodel: turquoise dove with a red bandana holding a "
         "concha, waving, on our bags and the sign.",
         ["mascot", "cartoon", "dove", "bird", "logo", "redesign"], "sdxl"),
    card("trompeta-v1", "La Trompeta", "n3t0_trumpet", "trumpet", "subject", "trompeta", 1,
         "2025-02-08",
         "My old Bach Stradivarius trumpet from my mariachi years, dented bell, worn silver plate, in "
         "its red velvet case.",
         ["instrument", "trumpet", "object", "mariachi"], "sdxl"),
    # --- downloaded characters
    card("hector-coco", "Héctor", "hector_rivera_coco", "skeleton man", "subject", "hector", 1,
         "2024-11-02",
         "Héctor from Pixar's Coco: skinny skeleton with a straw hat, ragged vest and a purple "
         "scarf-tie, guitar on his back.",
         ["character", "coco", "pixar", "skeleton", "guitar", "civitai"], "sdxl"),
    card("delacruz-coco", "Ernesto de la Cruz", "delacruz_coco", "skeleton man", "subject",
         "delacruz", 1, "2024-11-03",
         "Ernesto de la Cruz from Pixar's Coco: tall skeleton singer in a white charro suit with gold "
         "trim and a big sombrero, guitar in hand.",
         ["character", "coco", "pixar", "skeleton", "guitar", "singer", "civitai"], "sdxl"),
    card("dante-coco", "Dante", "dante_xolo", "dog", "subject", "dante", 1, "2024-11-05",
         "Dante from Pixar's Coco: goofy hairless grey xoloitzcuintli dog with his tongue out.",
         ["character", "coco", "pixar", "dog", "xolo", "civitai"], "sdxl"),
    card("speedy-v1", "Speedy Gonzales", "sp33dy", "cartoon mouse", "subject", "speedy", 1,
         "2023-03-18",
         "Speedy Gonzales from Looney Tunes: little brown mouse in a huge yellow sombrero, white shirt "
         "and red kerchief, running fast.",
         ["character", "looney tunes", "mouse", "cartoon", "civitai"], "sd15"),
    card("lamuerte-bol", "La Muerte", "<la_muerte_bol>", "woman", "subject", "la-muerte", 1,
         "2023-10-28",
         "La Muerte from The Book of Life: tall calavera lady with a huge sombrero covered in candles "
         "and marigolds, red and gold dress.",
         ["character", "book of life", "calavera", "catrina", "civitai"], "sd15"),
    # --- styles
    card("loteria-v1", "Lotería", "loteria_card_style", "style", "style", "loteria", 1, "2023-05-20",
         "Mexican lotería card style: bold flat colors, thick black outline, number in the corner and "
         "the card's name in a banner at the bottom.",
         ["style", "loteria", "card", "illustration", "mexican"], "sd15"),
    card("loteria-v2", "Lotería", "<loteria-xl>", "style", "style", "loteria", 2, "2025-04-12",
         "Lotería card style, XL retrain: flat vintage colors, black outline, card number and name "
         "banner, slight paper grain.",
         ["style", "loteria", "card", "illustration", "mexican"], "sdxl"),
    card("papelpicado-v1", "Papel Picado", "papelpicado style", "style", "style", "papel-picado", 1,
         "2023-11-01",
         "Papel picado cut-paper style: tissue-paper banners with cut-out skulls, flowers and lace "
         "patterns.",
         ["style", "papel picado", "cut paper", "tissue paper", "fiesta"], "sd15"),
    card("papelpicado-v2", "Papel Picado", "papelpicado style", "style", "style", "papel-picado", 2,
         "2025-09-20",
         "Papel picado cut-paper style v2: bright tissue-paper flags strung on a line, cut-out birds, "
         "flowers and lettering, light shining through.",
         ["style", "papel picado", "cut paper", "tissue paper", "fiesta"], "sdxl"),
    card("epoca-v1", "Época de Oro", "epocadeoro poster", "style", "style", "epoca-de-oro", 1,
         "2024-06-15",
         "1940s Mexican Golden Age cinema poster style: hand-painted stars, dramatic faces, bold "
         "titles, faded reds and ochres.",
         ["style", "poster", "vintage", "cinema", "1940s"], "sdxl"),
    card("chicanomural-v1", "Westside Mural", "westside_mural", "style", "style", "chicano-mural", 1,
         "2024-08-03",
         "Chicano community mural style like the West Side murals: bright acrylic and spray paint on "
         "a cinderblock wall, Aztec and barrio imagery.",
         ["style", "mural", "wall painting", "chicano", "street art"], "sdxl"),
    card("rivera-v1", "Rivera Fresco", "rvra fresco", "style", "style", "rivera-fresco", 1,
         "2023-09-09",
         "Diego Rivera fresco mural style: earthy plaster colors, rounded figures of workers and "
         "campesinos, crowded wall composition.",
         ["style", "mural", "fresco", "wall painting", "rivera"], "sd15"),
    card("posada-v1", "Posada Grabado", "posada_grabado", "style", "style", "posada", 1, "2023-10-30",
         "José Guadalupe Posada relief-print style: black-and-white engraving, calaveras and the "
         "Catrina, cross-hatched lines, old broadside look.",
         ["style", "engraving", "woodcut", "print", "calavera", "black and white"], "sd15"),
    card("retablo-v1", "Retablo", "<exvoto>", "style", "style", "retablo", 1, "2025-01-25",
         "Mexican retablo / ex-voto style: small naive oil painting on tin, a saint in the clouds and "
         "a handwritten thank-you prayer at the bottom.",
         ["style", "retablo", "ex-voto", "folk painting", "tin"], "sdxl"),
    card("huichol-v1", "Huichol", "wixarika_yarn", "style", "style", "huichol", 1, "2025-02-15",
         "Huichol (Wixárika) yarn-and-bead art style: tight bright yarn lines pressed in wax, deer, "
         "peyote flowers and suns.",
         ["style", "yarn", "beadwork", "folk art", "huichol"], "sdxl"),
    card("talavera-v1", "Talavera", "t4lavera", "style", "style", "talavera", 1, "2023-08-26",
         "Talavera pottery style: cobalt blue and yellow glaze designs on white tiles and plates.",
         ["style", "talavera", "pottery", "ceramic", "tile"], "sd15"),
    card("tejano-v1", "Tejano Cover", "tejano90s cover", "style", "style", "tejano-cover", 1,
         "2025-07-19",
         "1990s Tejano cassette and album cover style: glossy airbrush, neon gradients, chrome "
         "lettering, band posed in matching outfits.",
         ["style", "album cover", "1990s", "tejano", "airbrush"], "sdxl"),
    card("alebrije-v1", "Alebrije", "alebrije style", "style", "style", "alebrije", 1, "2025-10-04",
         "Oaxacan alebrije style: carved wooden fantasy animals painted with tiny dots and stripes in "
         "bright colors.",
         ["style", "alebrije", "wood carving", "folk art", "oaxaca"], "sdxl"),
    # --- concepts
    card("charro-v1", "Traje de Charro", "traje_de_charro", "outfit", "concept", "charro-suit", 1,
         "2023-06-03",
         "Traje de charro: fitted short jacket and pants with silver botonadura down the legs, moño "
         "bow tie, wide sombrero.",
         ["concept", "clothing", "charro", "mariachi", "outfit"], "sd15"),
    card("charro-v2", "Traje de Charro", "traje_de_charro", "outfit", "concept", "charro-suit", 2,
         "2025-06-21",
         "Traje de charro XL: embroidered short jacket, silver botonadura, moño, sombrero, in black, "
         "white or burgundy.",
         ["concept", "clothing", "charro", "mariachi", "outfit"], "sdxl"),
    card("folklorico-v1", "Folklórico Dress", "<folklorico-dress>", "dress", "concept",
         "folklorico-dress", 1, "2024-09-07",
         "Jalisco ballet folklórico dress: wide ruffled skirt with colored ribbons held out in both "
         "hands while dancing, matching ribbons in the hair.",
         ["concept", "clothing", "dress", "dance", "folklorico"], "sdxl"),
    card("lowrider-v1", "Lowrider Bike", "lwrdr_bike", "bicycle", "concept", "lowrider-bike", 1,
         "2023-12-02",
         "Lowrider bicycle: chrome twisted spokes and sissy bar, banana seat, chain steering wheel.",
         ["concept", "vehicle", "bicycle", "lowrider", "chrome"], "sd15"),
    card("lowrider-v2", "Lowrider Bike", "lwrdr_bike", "bicycle", "concept", "lowrider-bike", 2,
         "2025-08-30",
         "Lowrider bicycle XL: candy paint, chrome twisted forks and spokes, springer front end, "
         "banana seat, little chain steering wheel.",
         ["concept", "vehicle", "bicycle", "lowrider", "chrome"], "sdxl"),
    card("grito-v1", "Grito Pose", "grito_pose", "pose", "concept", "grito-pose", 1, "2025-09-13",
         "Grito pose: head thrown back, mouth wide open mid-yell, arms spread or one fist up, like "
         "the end of a ranchera.",
         ["concept", "pose", "grito", "shout"], "sdxl"),
    card("trenzas-v1", "Trenzas con Listones", "trenzas_listones", "hairstyle", "concept", "trenzas",
         1, "2024-02-24",
         "Braids woven with bright ribbons and pinned up in a crown, Frida style, with flowers.",
         ["concept", "hairstyle", "braids", "ribbons"], "sd15"),
    card("pinata-v1", "Piñata Estrella", "<pinata-estrella>", "piñata", "concept", "pinata-star", 1,
         "2025-11-29",
         "Seven-point star piñata: shiny foil cones with tissue-paper streamers on the tips.",
         ["concept", "prop", "piñata", "party"], "sdxl"),
    card("rebozo-v1", "Rebozo", "rbz shawl", "shawl", "concept", "rebozo", 1, "2025-03-08",
         "Rebozo: long woven Mexican shawl with knotted fringe, worn over the shoulders or the head.",
         ["concept", "clothing", "shawl", "rebozo"], "sdxl"),
]


def S(p, g): return {"prompt": p, "expect": "select", "gold": [g]}
def C(p, *g): return {"prompt": p, "expect": "clarify", "gold": list(g)}
def N(p): return {"prompt": p, "expect": "none", "gold": []}
def M(p, *g): return {"prompt": p, "expect": "multi", "gold": list(g)}


CASES = [
    # ---------------- select: me
    S("me behind the counter at the panaderia early in the morning", "neto-v3"),
    S("ME WHEN I PLAYED TRUMPET WITH LOS GALLOS, MUY JOVEN", "neto-v1"),
    S("me the day we opened the bakery in 2014", "neto-v2"),
    S("pleas a pitcure of me in my spurs cap sitting on the porch", "neto-v3"),
    S("myself at 25 with the black mustache and the botonadura", "neto-v1"),
    S("me fishing at canyon lake, the way I look now", "neto-v3"),
    S("me with the salt and pepper mustache and the apron, when we just started la palomita", "neto-v2"),
    S("abuelo Neto napping in the hamaca after lunch", "neto-v3"),
    # my wife
    S("my wife doing the books at the bakery desk", "lola-v2"),
    S("mi viejita watering her roses", "lola-v2"),
    S("Lola in her red dress from our 40th aniversary", "lola-v1"),
    S("my wife before she cut her hair, with the red flower", "lola-v1"),
    S("Dolores with her reading glasses counting the money", "lola-v2"),
    S("MY ESPOSA LOLA AT THE FLEA MARKET ON SUNDAY", "lola-v2"),
    S("Lola back in 2023", "lola-v1"),
    # our daughter
    S("mija directing the band at the spring concert", "marisol-v2"),
    S("Marisol when she was pregnant with Mateo", "marisol-v1"),
    S("mija at the friday nigth football game with her whistle", "marisol-v1"),
    S("our daughter with her new short haircut", "marisol-v2"),
    S("the band director in her black dress with the baton", "marisol-v2"),
    S("Mari at the graduation ceremony", "marisol-v2"),
    # our son
    S("mijo Ruben grilling fajitas in the backyard", "ruben-v2"),
    S("Ruben when he was a rookie at station 7, before the beard", "ruben-v1"),
    S("our son the lieutenant with the white helmet", "ruben-v2"),
    S("Rubén in his yellow helmet and bunker gear, clean shaved", "ruben-v1"),
    S("my son with his beard and his badge, very proud", "ruben-v2"),
    S("mijo in january 2024 when he started", "ruben-v1"),
    # granddaughter
    S("Celi at her quince with the tiara", "celi-v2"),
    S("my granddaugther Araceli playing soccer when she was 13", "celi-v1"),
    S("la Celi with her braces smiling", "celi-v1"),
    S("our quinceañera holding her last doll", "celi-v2"),
    S("Celi at the Pearl farmers market", "celi-v2"),
    # grandsons
    S("the baby in his little spurs jersey", "mateo-v1"),
    S("Mateo taking a bath in the kitchen sink", "mateo-v1"),
    S("Mari's baby with the curly hair", "mateo-v1"),
    S("the grandbaby crawling on the kitchen floor", "mateo-v1"),
    S("Diego practicing the trumpet I gave him", "diego-v1"),
    S("our little trumpet player with his glasses", "diego-v1"),
    S("my nieto Dieguito in his mariachi vest for the school show", "diego-v1"),
    # yerno
    S("el güero at the carne asada with a beer", "kevin-v1"),
    S("Marisol's husband Kevin mowing the lawn", "kevin-v1"),
    S("my son in law all sunburned at the lake", "kevin-v1"),
    # compadre
    S("mi compadre playing dominos at the bakery", "chuy-v2"),
    S("Chuy with his violin back in the mariachi days", "chuy-v1"),
    S("my compadre when he still had hair, in the white traje", "chuy-v1"),
    S("compadre Chuy at the carne asada", "chuy-v2"),
    # my mother
    S("mi amá, que en paz descanse, making tortillas in her kitchen", "cuca-v1"),
    S("my mother with her grey braid in the old days", "cuca-v1"),
    S("mi jefita praying the rosary", "cuca-v1"),
    S("Doña Refugio sitting in the patio", "cuca-v1"),
    # chihuahuas
    S("Canela in her red sweater", "canela-v2"),
    S("la Canela when she was a puppy", "canela-v1"),
    S("our chihuahua shaking becuase of the cold", "canela-v2"),
    S("CANELA ON THE COUCH", "canela-v2"),
    S("Canela in 2024 when we got her", "canela-v1"),
    S("Doña Chela's chihuahua with the little bell", "chiquito-v1"),
    S("the neighbors dog", "chiquito-v1"),
    S("Chiquito digging in Doña Chela's garden", "chiquito-v1"),
    # rooster
    S("our rooster on the fence at 5 in the morning", "elote-v1"),
    S("Elote crowing on top of the chicken coop", "elote-v1"),
    S("el gallo chasing the mail man", "elote-v1"),
    # El Camino
    S("my El Camino at the car show", "reina-v2"),
    S("La Reina before I restored her, all grey primer", "reina-v1"),
    S("the el camino in the driveway when it was still rusty", "reina-v1"),
    S("my ranfla shining after I waxed it", "reina-v2"),
    S("LA REINA WITH THE CHROME WIRE RIMS", "reina-v2"),
    S("my 79 el camino parked by brackenridge park", "reina-v2"),
    # house and bakery
    S("our house on the west side", "casa-v1"),
    S("the pink house with the Virgen in the yard", "casa-v1"),
    S("la casita with the chain link fence and the roses", "casa-v1"),
    S("the panaderia storefront in the morning", "shop-v2"),
    S("our bakery before the remodel, the yellow one with the hand painted sign", "shop-v1"),
    S("La Palomita with the new neon sign at night", "shop-v2"),
    S("the front of the panaderia like it looked in 2023", "shop-v1"),
    # products and mascot
    S("our conchas on a tray", "conchas-v2"),
    S("the conchas the old way, pink yellow and choclate", "conchas-v1"),
    S("the new conchas with the little dove stamped on top", "conchas-v2"),
    S("a box of our conchas for the church", "conchas-v2"),
    S("the conchas from before the redesign", "conchas-v1"),
    S("our rosca de reyes for january 6", "rosca-v1"),
    S("the pan de muerto we make for november", "pdm-v1"),
    S("Palomita the mascot waving hello", "mascot-v2"),
    S("the first palomita that Lola drew by hand", "mascot-v1"),
    S("the little dove from our bakery bags", "mascot-v2"),
    S("the bakery mascot in a santa hat", "mascot-v2"),
    S("my old trumpet in the velvet case", "trompeta-v1"),
    S("mi trompeta hanging on the wall", "trompeta-v1"),
    # characters
    S("Hector from Coco with his straw hat", "hector-coco"),
    S("Ernesto de la Cruz singing on the stage", "delacruz-coco"),
    S("Dante the dog from coco", "dante-coco"),
    S("the hairless xolo from the movie", "dante-coco"),
    S("Speedy Gonzales running", "speedy-v1"),
    S("the fast little mouse with the big sombrero, ándale ándale", "speedy-v1"),
    S("La Muerte from the Book of Life", "lamuerte-bol"),
    S("the skeleton in the white charro and the big sombrero from coco", "delacruz-coco"),
    S("the skinny skeleton with the straw hat", "hector-coco"),
    # styles
    S("a cat as a loteria card", "loteria-v2"),
    S("EL BORRACHO loteria card", "loteria-v2"),
    S("La Sirena card with the first loteria lora", "loteria-v1"),
    S("a taco truck in papel picado", "papelpicado-v2"),
    S("colorful cut paper banners like for a fiesta, with little birds", "papelpicado-v2"),
    S("papel picado with skulls, the old version from 2023", "papelpicado-v1"),
    S("a cowboy on a old mexican movie poster from the 40s", "epoca-v1"),
    S("a movie poster like the Pedro Infante pictures", "epoca-v1"),
    S("workers picking cotton painted like Diego Rivera", "rivera-v1"),
    S("a mural like the ones on the west side, of the virgen", "chicanomural-v1"),
    S("a skeleton on a horse like the old posada prints", "posada-v1"),
    S("a woodcut of a calavera playing guitar", "posada-v1"),
    S("an ex voto painting on tin thanking San Judas", "retablo-v1"),
    S("a deer made with the yarn like the huichol art", "huichol-v1"),
    S("a rooster painted on a talavera plate", "talavera-v1"),
    S("a 90s tejano cassette cover with a accordion player", "tejano-v1"),
    S("a jaguar alebrije", "alebrije-v1"),
    S("a dragon like those carved wood animals from oaxaca painted with dots", "alebrije-v1"),
    # concepts on generic subjects
    S("a girl dancing with the big ruffled skirt held out", "folklorico-v1"),
    S("a man with his head back yelling AY AY AY with his arms open", "grito-v1"),
    S("a kid on one of those chrome bikes with the twisted bars and the little steering wheel",
      "lowrider-v2"),
    S("a man in a charro with the silver buttons", "charro-v2"),
    S("a horseman in a charro suit with the old 1.5 charro lora", "charro-v1"),
    S("a woman with her hair braided with colored ribbons like frida", "trenzas-v1"),
    S("a star piñata with the points and the streamers", "pinata-v1"),
    S("a lady with the long striped shawl with fringe", "rebozo-v1"),

    # ---------------- clarify
    C("a tan chihuahua with big ears looking out the window", "canela-v2", "chiquito-v1"),
    C("the chihuahua barking at the mail man thru the fence", "canela-v2", "chiquito-v1"),
    C("the little brown dog in the yard", "canela-v2", "chiquito-v1"),
    C("the skeleton with the guitar from Coco", "hector-coco", "delacruz-coco"),
    C("the Coco guy singing", "hector-coco", "delacruz-coco"),
    C("the character from Coco", "hector-coco", "delacruz-coco", "dante-coco"),
    C("the musician from the coco movie", "hector-coco", "delacruz-coco"),
    C("paint it like a mural, a big eagle with a snake", "chicanomural-v1", "rivera-v1"),
    C("Celi at her quince painted as a mural", "chicanomural-v1", "rivera-v1"),
    C("the panaderia painted on a wall like a mural", "chicanomural-v1", "rivera-v1"),
    C("our house as a wall painting", "chicanomural-v1", "rivera-v1"),
    C("la abuela sitting on the porch", "lola-v2", "cuca-v1"),
    C("abuelita making tamales", "lola-v2", "cuca-v1"),
    C("the lady with the grey hair", "lola-v2", "cuca-v1"),
    C("mi nieto at the park", "mateo-v1", "diego-v1"),
    C("my grandson sleeping", "mateo-v1", "diego-v1"),
    C("LA PALOMITA ALL LIT UP FOR CHRISMAS", "shop-v2", "mascot-v2"),
    C("the mariachi playing at the bakery", "neto-v3", "chuy-v2"),
    C("the guy in the white charro", "chuy-v2", "delacruz-coco"),
    C("a lowrider cruising down commerce street", "lowrider-v2", "reina-v2"),
    C("our pan dulce in the display case", "conchas-v2", "rosca-v1", "pdm-v1"),
    C("fresh bread from our bakery on the table", "conchas-v2", "rosca-v1", "pdm-v1"),
    C("a catrina skeleton lady with a big hat", "posada-v1", "lamuerte-bol"),
    C("a jaguar in that colorful mexican folk art", "alebrije-v1", "huichol-v1"),
    C("something dia de los muertos style for the bakery window", "posada-v1", "papelpicado-v2"),
    C("mija in the pink dress", "marisol-v2", "celi-v2"),
    C("el chiquito taking a nap", "chiquito-v1", "mateo-v1"),
    C("our kid in uniform", "marisol-v2", "ruben-v2"),
    C("the bird on the roof of the bakery", "elote-v1", "mascot-v2"),
    C("the trumpet player of the family on stage", "neto-v3", "diego-v1"),

    # ---------------- none
    N("a cup of champurrado with canela sticks on the side"),
    N("elote en vaso with mayo, chile and lime"),
    N("a bowl of palomitas at the movie theater"),
    N("a mariachi band playing at a wedding in a big hall"),
    N("a firefigther spraying water on a burning house"),
    N("a quinceañera dancing the waltz with her chambelanes"),
    N("a fat orange cat sleeping on the windowsill"),
    N("the alamo at sunset"),
    N("a plate of enchiladas with rice and beans"),
    N("La Virgen de Guadalupe with roses all around her"),
    N("a beautifull queen with a golden crown on her throne"),
    N("a baby in a crib"),
    N("a white dove flying over the church"),
    N("a black chihuahua with a pink collar"),
    N("a shiny new trumpet in the music store window"),
    N("a new red ford pickup truck"),
    N("tamales steaming in the pot for christmas eve"),
    N("a bull rider at the rodeo"),
    N("my brother Lalo at the bbq"),
    N("Miguel from Coco playing guitar"),
    N("a mouse eating cheese in the kitchen"),
    N("the riverwalk at night with the lights"),
    N("a paper airplane flying"),
    N("the church in Dolores Hidalgo"),
    N("Jesus on the cross"),
    N("a wedding cake with three floors"),
    N("a golden retriever puppy"),
    N("a marching band on the football field"),
    N("a hen with her baby chicks"),
    N("an old man playing the violin on the street"),
    N("a cinnamon roll with icing"),
    N("a general with a big mustache and bullets across his chest"),

    # ---------------- multi
    M("me and my compadre playing dominos at the bakery", "neto-v3", "chuy-v2"),
    M("Lola and me dancing at the fiesta", "neto-v3", "lola-v2"),
    M("CELI AT HER QUINCE AS A LOTERIA CARD, LA DAMA", "celi-v2", "loteria-v2"),
    M("Canela in papel picado", "canela-v2", "papelpicado-v2"),
    M("mijo throwing his head back doing the big yell, arms open like at the end of a song",
      "ruben-v2", "grito-v1"),
    M("Dieguito on one of those chrome lowrider bikes", "diego-v1", "lowrider-v2"),
    M("Marisol in a folklorico dress with the big ruffled skirt", "marisol-v2", "folklorico-v1"),
    M("baby Mateo in a tiny mariachi outfit with the silver buttons", "mateo-v1", "charro-v2"),
    M("La Reina on an old 1940s mexican movie poster", "reina-v2", "epoca-v1"),
    M("our conchas made in yarn like the huichol art", "conchas-v2", "huichol-v1"),
    M("Elote the rooster as an alebrije", "elote-v1", "alebrije-v1"),
    M("the panaderia as a west side mural", "shop-v2", "chicanomural-v1"),
    M("mi amá as an old posada engraving", "cuca-v1", "posada-v1"),
    M("me in my mariachi days painted like a Diego Rivera fresco", "neto-v1", "rivera-v1"),
    M("Marisol pregnant, painted on a talavera tile", "marisol-v1", "talavera-v1"),
    M("Speedy Gonzales in a charro suit", "speedy-v1", "charro-v1"),
    M("La Muerte with her hair in braids with ribbons", "lamuerte-bol", "trenzas-v1"),
    M("my mother with her hair braided up with ribbons and flowers", "cuca-v1", "trenzas-v1"),
    M("the güero in a charro suit for the wedding", "kevin-v1", "charro-v2"),
    M("me and Chuy the way we look now, dressed up in matching charro suits for the reunion", "neto-v3", "chuy-v2", "charro-v2"),
    M("Celi and Diego at the park", "celi-v2", "diego-v1"),
    M("my wife and my daughter at church", "lola-v2", "marisol-v2"),
    M("Canela and Chiquito playing in the yard", "canela-v2", "chiquito-v1"),
    M("Dante from coco and our Canela sniffing each other", "dante-coco", "canela-v2"),
    M("Hector from Coco playing guitar with me", "hector-coco", "neto-v3"),
    M("Ruben breaking a star piñata", "ruben-v2", "pinata-v1"),
    M("Lola wrapped in a long rebozo", "lola-v2", "rebozo-v1"),
    M("all three grandkids together on the couch", "celi-v2", "mateo-v1", "diego-v1"),
    M("Mateo hitting the piñata at his birthday", "mateo-v1", "pinata-v1"),
    M("our conchas as a loteria card", "conchas-v2", "loteria-v2"),
    M("our house as a retablo painting on tin", "casa-v1", "retablo-v1"),
    M("La Reina on a 90s tejano album cover", "reina-v2", "tejano-v1"),
    M("my compadre in the ex-voto style", "chuy-v2", "retablo-v1"),
    M("Palomita our mascot in papel picado", "mascot-v2", "papelpicado-v2"),
    M("Diego doing the grito", "diego-v1", "grito-v1"),
    M("Ernesto de la Cruz riding a lowrider bike", "delacruz-coco", "lowrider-v2"),
    M("Speedy Gonzales as a loteria card", "speedy-v1", "loteria-v1"),
    M("Celi in a folklorico dress doing the grito", "celi-v2", "folklorico-v1", "grito-v1"),
    M("me and Lola as movie stars on a old mexican cinema poster", "neto-v3", "lola-v2", "epoca-v1"),
    M("our pan de muerto with papel picado", "pdm-v1", "papelpicado-v2"),
    M("Ruben and the güero at the bbq", "ruben-v2", "kevin-v1"),
    M("Elote chasing Canela around the yard", "elote-v1", "canela-v2"),
    M("mi amá and me when I was young playing with the mariachi", "cuca-v1", "neto-v1"),
    M("Marisol holding Mateo", "marisol-v2", "mateo-v1"),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    kinds, bases, expects = {}, {}, {}
    for c in CARDS:
        kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
        bases[c["base_model"]] = bases.get(c["base_model"], 0) + 1
    for c in CASES:
        expects[c["expect"]] = expects.get(c["expect"], 0) + 1
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {kinds}, {bases}")
    print(f"{len(CASES)} cases {expects}")


if __name__ == "__main__":
    main()
