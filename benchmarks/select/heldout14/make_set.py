#!/usr/bin/env python3
"""Rebuild heldout14 (catalog.jsonl, cases.jsonl) from the hand-written cards and requests below.

Plain Python, no personalq import. The cards and requests are written by hand; the seed only
fixes the shuffled order of the cases. Gold entries name a family (its newest version) or
"family@N" (version N); this script resolves them to card ids.
usage: python3 make_set.py
"""
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEED = 14
S, T, C = "subject", "style", "concept"

CARDS = [
    # --- the owner and his family ---
    ("jae", 1, "2012-10-13", "sd15", "Jae", "ohwx man", "man", S, ["me", "person", "man", "wedding", "groom"],
     "Me, Jae (Park Jae-hoon, 'Jason' at work), at 31 on my wedding day in Duluth: black tux, slicked-back hair, nervous grin."),
    ("jae", 2, "2019-04-06", "sd15", "Jae", "ohwx man", "man", S, ["me", "person", "man", "perm", "chef"],
     "Me, Jae, at 38 on the day we opened Hanbit Chicken: soft perm, white chef coat, holding the first fried chicken tray."),
    ("jae", 3, "2025-11-08", "sdxl", "Jae", "ohwx man", "man", S, ["me", "person", "man", "glasses", "apron"],
     "Me, Jae, at 44: buzz cut going grey at the sides, black round glasses, black Hanbit apron, towel over my shoulder."),
    ("sunny", 1, "2016-06-18", "sd15", "Sunny", "sks woman", "woman", S, ["person", "woman", "long hair"],
     "My wife, Sunny (Kim Sun-hee, she kept her family name), at 33: very long straight hair, white blouse, at Stone Mountain."),
    ("sunny", 2, "2024-09-21", "sdxl", "Sunny", "sks woman", "woman", S, ["person", "woman", "bob", "cap"],
     "My wife Sunny at 41: short bob, red Hanbit cap, gold earrings, she runs the counter and the books."),
    ("minji", 1, "2017-10-04", "sd15", "Minji", "zwx girl", "girl", S, ["person", "girl", "child", "hanbok"],
     "Our daughter Minji (Park Min-ji), the eldest, at 5 on her first Chuseok in a pink and yellow hanbok, two pigtails."),
    ("minji", 2, "2021-03-27", "sd15", "Minji", "zwx girl", "girl", S, ["person", "girl", "child", "taekwondo"],
     "Our daughter Minji at 9 in her white taekwondo dobok the day she got her yellow belt, missing front tooth."),
    ("minji", 3, "2025-08-04", "sdxl", "Minji", "zwx girl", "girl", S, ["person", "girl", "teen", "braces"],
     "Our daughter Minji at 13 on her first day of 8th grade: braces, long hair with see-through bangs, oversized hoodie."),
    ("joonho", 1, "2019-05-11", "sd15", "Joon-ho", "sks boy", "boy", S, ["person", "baby", "boy", "hanbok"],
     "Our son Joon-ho (Park Joon-ho, 'Joonie'), the youngest, at his dol, his first birthday party: tiny blue hanbok and bokjumeoni hat."),
    ("joonho", 2, "2024-08-05", "sdxl", "Joon-ho", "sks boy", "boy", S, ["person", "boy", "child", "backpack"],
     "Our son Joon-ho at 6 on his first day of first grade: bowl cut, dinosaur backpack, light-up sneakers."),
    ("umma", 1, "2016-03-12", "sd15", "Umma", "chy0ungja woman", "old woman", S, ["person", "old woman", "hanbok", "birthday"],
     "My mom, Choi Young-ja, at her chilsun, her 70th birthday banquet, in a jade silk hanbok with her hair in a bun."),
    ("umma", 2, "2024-11-16", "sdxl", "Umma", "chy0ungja woman", "old woman", S, ["person", "old woman", "visor"],
     "My mom at 78: tight grey perm, purple sun visor, quilted vest, still makes the restaurant's kimchi."),
    ("appa", 1, "2023-09-30", "sdxl", "Appa", "park_sungsoo", "old man", S, ["person", "old man", "golf"],
     "My dad, Park Sung-soo, retired tailor: flat cap, golf windbreaker, reading glasses on a cord."),
    ("daegu-halmeoni", 1, "2015-02-19", "sd15", "Daegu Halmeoni", "daegu_halmeoni", "old woman", S, ["person", "old woman", "korea"],
     "My dad's mother, still in Daegu, Korea: white hair in a bun, quilted vest, squatting by her clay kimchi jars."),
    ("jangmo", 1, "2024-05-12", "sdxl", "Mi-kyung", "l33mk woman", "old woman", S, ["person", "old woman", "cardigan"],
     "Lee Mi-kyung, my wife's mother: curly short hair, pearl necklace, beige cardigan, always carrying a church bag."),
    ("jaemin", 1, "2023-08-19", "sdxl", "Jae-min", "jaemin_park", "man", S, ["person", "man", "beard"],
     "Park Jae-min, my older brother: stocky, goatee, Braves cap, works as an auto mechanic in Norcross."),
    ("jenny", 1, "2020-07-04", "sd15", "Jenny", "j3nny woman", "woman", S, ["person", "woman", "nurse"],
     "Jenny (Park Ji-yeon), my younger sister: ponytail, scrubs, a nurse at the hospital in Lawrenceville."),
    ("danny", 1, "2025-04-26", "sdxl", "Danny", "dnny man", "man", S, ["person", "man", "dyed hair"],
     "Danny (Kim Dong-hyun), my wife's younger brother: bleached hair, earrings, black streetwear, DJ on weekends."),
    ("ethan", 1, "2025-06-14", "sdxl", "Ethan", "ethn boy", "boy", S, ["person", "boy", "child", "baseball"],
     "Ethan (Lee Seo-jun), my sister's son, 10: rec-league baseball uniform, chubby cheeks, buzz cut."),
    ("manny", 1, "2024-03-09", "sdxl", "Manny", "m4nny man", "man", S, ["person", "man", "cook", "staff"],
     "Manuel 'Manny' Ortiz, our head fry cook at Hanbit: hairnet, forearm tattoos, big laugh."),
    ("grace", 1, "2024-07-20", "sdxl", "Grace", "gr4ce_yoo", "woman", S, ["person", "woman", "manager", "staff"],
     "Yoo Eun-hye (Grace), our front-of-house manager: high ponytail, headset, Hanbit polo."),
    ("pastor-han", 1, "2018-12-23", "sd15", "Pastor Han", "pastor_han", "man", S, ["person", "man", "church", "pastor"],
     "Pastor Han Sang-woo of our Korean church in Duluth: grey suit, thin glasses, Bible under his arm."),
    # --- pets ---
    ("mandu", 1, "2018-01-20", "sd15", "Mandu", "sks dog", "dog", S, ["pet", "dog", "jindo", "puppy"],
     "Mandu, our white Jindo, as a fluffy puppy with a red collar."),
    ("mandu", 2, "2024-05-25", "sdxl", "Mandu", "sks dog", "dog", S, ["pet", "dog", "jindo", "white"],
     "Mandu, our white Jindo, grown: curled tail, pointed ears, red collar with a bone tag."),
    ("tofu", 1, "2024-10-05", "sdxl", "Tofu", "zwx dog", "dog", S, ["pet", "dog", "jindo", "white"],
     "Tofu, my older brother's white Jindo: curled tail, pointed ears, blue collar."),
    ("biscuit", 1, "2025-02-15", "sdxl", "Biscuit", "b1scu1t hamster", "hamster", S, ["pet", "hamster"],
     "Biscuit, my daughter's golden hamster, cheeks stuffed with sunflower seeds."),
    ("cotton", 1, "2019-08-10", "sd15", "Cotton", "c0tt0n dog", "dog", S, ["pet", "dog", "maltese", "small"],
     "Cotton, my mom's maltese, with a pink bow on top of her head."),
    # --- the business ---
    ("hanbit-storefront", 1, "2019-04-06", "sd15", "Hanbit Chicken", "hanbit_storefront", "restaurant", S, ["restaurant", "storefront", "building"],
     "Our restaurant Hanbit Chicken on Pleasant Hill Road on opening day, before the renovation: plain white sign, balloon arch."),
    ("hanbit-storefront", 2, "2024-02-17", "sdxl", "Hanbit Chicken", "hanbit_storefront", "restaurant", S, ["restaurant", "storefront", "building", "neon"],
     "Hanbit Chicken after the renovation: black brick front, red neon chicken sign, patio with string lights."),
    ("yangnyeom-sauce", 1, "2020-06-13", "sd15", "Hanbit Yangnyeom Sauce", "hnbt_sauce", "sauce bottle", S, ["product", "sauce", "bottle"],
     "Our sweet-spicy yangnyeom sauce, first batch for sale, in a squeeze bottle with a masking-tape label Sunny wrote by hand."),
    ("yangnyeom-sauce", 2, "2024-10-19", "sdxl", "Hanbit Yangnyeom Sauce", "hnbt_sauce", "sauce bottle", S, ["product", "sauce", "bottle"],
     "Our yangnyeom sauce in the glass bottle with the printed red label and the chicken logo, sold at H Mart."),
    ("chicken-box", 1, "2019-04-06", "sd15", "Hanbit Chicken Box", "hnbt_box", "takeout box", S, ["product", "box", "packaging"],
     "Our takeout chicken box from opening: plain brown kraft box with a red rubber-stamp logo."),
    ("chicken-box", 2, "2025-03-22", "sdxl", "Hanbit Chicken Box", "hnbt_box", "takeout box", S, ["product", "box", "packaging"],
     "Our new takeout chicken box: printed red and white with the cartoon chicken and a carry handle."),
    ("fire-sauce", 1, "2025-07-12", "sdxl", "Gochu Fire", "gochu_fire_jar", "sauce jar", S, ["product", "sauce", "jar", "spicy"],
     "Gochu Fire, our extra-hot gochugaru chili crisp in a squat glass jar with a black lid."),
    ("kkokko-truck", 1, "2021-05-15", "sd15", "Kkokko", "kkokko_truck", "food truck", S, ["vehicle", "truck", "food truck"],
     "Kkokko, our food truck, when we bought it: plain white used step van, rust on the bumper."),
    ("kkokko-truck", 2, "2024-06-08", "sdxl", "Kkokko", "kkokko_truck", "food truck", S, ["vehicle", "truck", "food truck", "wrap"],
     "Kkokko, our food truck, after the wrap: glossy red with a giant cartoon chicken and our phone number."),
    # --- Civitai characters ---
    ("seo-yuna", 1, "2023-02-11", "sd15", "Seo Yuna", "s30yun4", "woman", S, ["character", "manhwa", "swordswoman", "silver hair"],
     "Seo Yuna the Moon Blade, manhwa swordswoman: long silver hair, white armoured hanbok, glowing blue sword (Civitai)."),
    ("ari-hwarang", 1, "2024-04-06", "sdxl", "Ari", "ari_(hwarang_chronicles)", "woman", S, ["character", "manhwa", "swordswoman", "silver hair"],
     "Ari from Hwarang Chronicles: long silver hair, white armoured hanbok, curved sword, red tassel (Civitai)."),
    ("dokkaebi-bro", 1, "2022-12-03", "sd15", "Dokkaebi Bro", "d0kk43b1", "goblin", S, ["character", "goblin", "cartoon"],
     "Dokkaebi Bro, a chubby cartoon goblin with one horn and a spiked club, from a webtoon (Civitai)."),
    ("dokkaebi-bro", 2, "2024-02-24", "sdxl", "Dokkaebi Bro", "d0kk43b1_xl", "goblin", S, ["character", "goblin", "cartoon"],
     "Dokkaebi Bro, the chubby one-horned cartoon goblin, SDXL retrain (Civitai)."),
    ("gomi-bear", 1, "2024-08-17", "sdxl", "Gomi", "gomi_(bear_cafe)", "bear", S, ["character", "bear", "cute", "mascot"],
     "Gomi from Bear Cafe, a round brown bear barista in a green apron (Civitai)."),
    # --- styles ---
    ("sumuk-wash", 1, "2024-01-13", "sdxl", "Sumuk Wash", "sumuk_wash_xl", "ink painting", T, ["style", "ink", "ink wash", "hanji"],
     "Black ink wash painting on hanji paper: soft gradients, mountains in mist, a red seal stamp."),
    ("pen-ink-manhwa", 1, "2023-04-15", "sd15", "Pen Ink Manhwa", "p3n1nk manhwa", "ink painting", T, ["style", "ink", "comic", "90s"],
     "90s black-and-white manhwa pages in pen and ink: screentone, speed lines, big sparkly eyes."),
    ("minhwa", 1, "2022-11-19", "sd15", "Minhwa", "m1nhwa", "folk painting", T, ["style", "folk art", "painting"],
     "Korean folk painting: flat bright mineral colors, tigers and magpies, peonies, pine trees."),
    ("minhwa", 2, "2024-01-27", "sdxl", "Minhwa", "m1nhwa_xl", "folk painting", T, ["style", "folk art", "painting"],
     "Korean folk painting (SDXL): flat bright mineral colors, tigers and magpies, peonies."),
    ("webtoon-flat", 1, "2024-03-30", "sdxl", "Webtoon Flat", "webtoon_flat_xl", "digital comic", T, ["style", "comic", "digital"],
     "Modern vertical-scroll webtoon panels: clean lineart, flat cel shading, pastel backgrounds."),
    ("najeon", 1, "2024-05-04", "sdxl", "Najeon", "najeon_inlay", "lacquerware", T, ["style", "craft", "lacquer", "mother of pearl"],
     "Mother-of-pearl inlay on black lacquer: shimmering shell cranes and clouds."),
    ("bojagi", 1, "2023-05-20", "sd15", "Bojagi", "b0jag1", "patchwork", T, ["style", "textile", "patchwork"],
     "Translucent ramie patchwork wrapping cloth: stitched squares of faded color like stained glass."),
    ("celadon", 1, "2024-06-29", "sdxl", "Celadon", "celadon_glaze_xl", "pottery", T, ["style", "ceramic", "glaze"],
     "Goryeo celadon pottery: jade-green crackle glaze with inlaid white cranes."),
    ("chungmuro-poster", 1, "2023-06-03", "sd15", "Chungmuro Poster", "chungmuro_poster", "movie poster", T, ["style", "poster", "80s", "hand-painted"],
     "1980s Seoul cinema billboard: hand-painted faces, dramatic brush lettering, faded paint."),
    ("kpop-album", 1, "2024-09-07", "sdxl", "K-pop Album", "kp0p_album_xl", "album cover", T, ["style", "photo", "pastel", "glossy"],
     "Glossy K-pop album concept photo: pastel set, soft glow, dreamy flare."),
    ("neon-pocha", 1, "2024-11-02", "sdxl", "Neon Pocha", "neon_pocha", "night photo", T, ["style", "photo", "neon", "night"],
     "Night photo inside an orange street tent bar: neon glow, steam, plastic stools, soju green."),
    ("disposable-cam", 1, "2023-03-18", "sd15", "Disposable Cam", "d1sp0cam", "film photo", T, ["style", "photo", "film", "flash"],
     "Early-2000s disposable camera snapshot: harsh flash, grain, date stamp in the corner."),
    ("pixel-arcade", 1, "2025-01-18", "sdxl", "Pixel Arcade", "pixel_arcade_xl", "pixel art", T, ["style", "pixel art", "game", "16-bit"],
     "16-bit arcade game pixel art: chunky sprites, limited palette."),
    # --- concepts ---
    ("hanbok", 1, "2023-01-21", "sd15", "Hanbok", "h4nb0k", "clothing", C, ["concept", "clothing", "traditional"],
     "Traditional Korean dress: short jeogori jacket, full skirt or baji pants, goreum ribbon."),
    ("hanbok", 2, "2024-03-16", "sdxl", "Hanbok", "h4nb0k_xl", "clothing", C, ["concept", "clothing", "traditional"],
     "Traditional Korean dress (SDXL): jeogori jacket with goreum ribbon, full chima skirt."),
    ("gyobok", 1, "2024-08-24", "sdxl", "Gyobok", "gyobok_xl", "clothing", C, ["concept", "clothing", "uniform", "school"],
     "Korean school uniform: navy blazer with name tag, plaid skirt or slacks, striped tie."),
    ("wolf-cut", 1, "2023-02-25", "sd15", "Wolf Cut", "w0lfcut", "hairstyle", C, ["concept", "hairstyle", "hair"],
     "Shaggy layered wolf cut with a mullet-like back."),
    ("wolf-cut", 2, "2024-07-13", "sdxl", "Wolf Cut", "w0lfcut_xl", "hairstyle", C, ["concept", "hairstyle", "hair"],
     "Shaggy layered wolf cut (SDXL), choppy bangs."),
    ("ajumma-perm", 1, "2023-07-01", "sd15", "Ajumma Perm", "ajumma_perm", "hairstyle", C, ["concept", "hairstyle", "hair", "curly"],
     "Tight short curly perm as middle-aged Korean women wear it."),
    ("finger-heart", 1, "2024-02-10", "sdxl", "Finger Heart", "f1ng3rh34rt_xl", "pose", C, ["concept", "pose", "hand", "gesture"],
     "Crossing thumb and index finger into a small heart toward the camera."),
    ("sebae", 1, "2023-01-14", "sd15", "Sebae", "sebae_bow", "pose", C, ["concept", "pose", "bow", "new year"],
     "Deep New Year's bow kneeling to the floor, hands stacked at the forehead."),
    ("bongo-truck", 1, "2023-03-04", "sd15", "Bongo Truck", "b0ng0", "vehicle", C, ["concept", "vehicle", "truck"],
     "Small blue one-ton Korean flatbed truck, the kind fruit sellers drive."),
    ("bongo-truck", 2, "2024-09-14", "sdxl", "Bongo Truck", "b0ng0_xl", "vehicle", C, ["concept", "vehicle", "truck"],
     "Small blue one-ton Korean flatbed truck (SDXL), tarp over the bed."),
    ("baedal-scooter", 1, "2024-10-26", "sdxl", "Baedal Scooter", "baedal_scooter_xl", "vehicle", C, ["concept", "vehicle", "scooter", "delivery"],
     "Korean delivery scooter with a big square box on the back."),
]
SELECT = [
    # the owner himself
    ("me flipping wings at the fryer, steam everywhere", ["jae"]),
    ("selca of myself w/ my glasses n apron, dead tired after dinner rush", ["jae"]),
    ("Park Jae-hoon giving thumbs up to the camera", ["jae"]),
    ("jason from hanbit chicken doing a cooking demo at a church festival", ["jae"]),
    ("me on my wedding day 2012 cutting the cake", ["jae@1"]),
    ("me at 31 in the tux, so skinny back then", ["jae@1"]),
    ("me with my old perm hair lol, the opening day look", ["jae@2"]),
    ("myself 7 years ago in the white chef coat holding first tray", ["jae@2"]),
    ("sajangnim (thats me ㅋㅋ) shouting order up in kitchen", ["jae"]),
    ("minji appa asleep on couch after closing, remote in hand", ["jae"]),
    # wife
    ("my yeobo laughing at the counter", ["sunny"]),
    ("wife doing the books at night with calculator", ["sunny"]),
    ("Kim Sun-hee in a spring dress at the botanical garden", ["sunny"]),
    ("sunny when her hair was suuuper long, before she chop it to bob", ["sunny@1"]),
    ("my wife 10 yrs ago at stone mountain", ["sunny@1"]),
    ("the kids umma making kimbap for field trip", ["sunny"]),
    ("joonie his mom waving from the minivan", ["sunny"]),
    ("jipsaram in red cap taking phone orders", ["sunny"]),
    ("sunhee with short bob hair, gold earring", ["sunny"]),
    # daughter
    ("minji studying at her desk with headphones", ["minji"]),
    ("Park Min-ji practicing a dance cover in the living room", ["minji"]),
    ("minjee with braces smiling big", ["minji"]),
    ("our first born at 5, her first chuseok, pigtails", ["minji@1"]),
    ("minji 9 yrs old, taekwondo yellow belt day", ["minji@2"]),
    ("my daughter back when she was missing front tooth", ["minji@2"]),
    ("joonie's noona doing homework at kitchen table", ["minji"]),
    ("min-ji in 8th grade walking to the school bus", ["minji"]),
    ("minji-ya 4 years ago in her dobok kicking a pad", ["minji@2"]),
    ("my ttal (daughter) eating tteokbokki after school", ["minji"]),
    # son
    ("joonho building lego on the floor", ["joonho"]),
    ("Junho with the dino backpack at bus stop", ["joonho"]),
    ("joonie-ya eating ice cream, face all messy", ["joonho"]),
    ("my son at his dol party as baby", ["joonho@1"]),
    ("uri makne when he turn one, 2019, with the bokjumeoni hat", ["joonho@1"]),
    ("minji namdongsaeng on the playground slide", ["joonho"]),
    ("Park Joon-ho first grade class picture", ["joonho"]),
    ("jun-ho sleeping in the car seat", ["joonho"]),
    # my parents, grandmother
    ("umma making kimchi in the big red tub", ["umma"]),
    ("eomma with her purple visor at the flea market", ["umma"]),
    ("omma 70th birthday chilsun party", ["umma@1"]),
    ("my mother at her 70th birthday banquet, 2016", ["umma@1"]),
    ("Choi Young-ja walking laps at the mall in the morning", ["umma"]),
    ("the kids' chin-halmeoni (my side) giving them sikhye", ["umma"]),
    ("appa reading the korea daily newspaper", ["appa"]),
    ("my father hitting balls at the driving range", ["appa"]),
    ("abeoji napping on the porch swing", ["appa"]),
    ("the kids chin-harabeoji with his reading glasses on cord", ["appa"]),
    ("Park Sung-soo in flat cap", ["appa"]),
    ("my halmeoni in daegu by her kimchi jars", ["daegu-halmeoni"]),
    ("my dad's mom sitting on the wooden pyeongsang", ["daegu-halmeoni"]),
    ("appa's umma in her quilted vest, old village street", ["daegu-halmeoni"]),
    ("the kids great-grandma back in korea", ["daegu-halmeoni"]),
    ("halmuni in daegu peeling chestnuts", ["daegu-halmeoni"]),
    # in-laws, siblings, nephew
    ("jangmonim at the church potluck", ["jangmo"]),
    ("my mother in law wearing her pearl necklace", ["jangmo"]),
    ("sunny's mom baking castella", ["jangmo"]),
    ("Lee Mi-kyung smiling in her cardigan", ["jangmo"]),
    ("joonie oe-halmeoni giving him pocket money", ["jangmo"]),
    ("hyung fixing a car at his shop in norcross", ["jaemin"]),
    ("my big bro in his braves cap", ["jaemin"]),
    ("jaemin hyung grilling galbi in the backyard", ["jaemin"]),
    ("the kids' keun-appa at thanksgiving", ["jaemin"]),
    ("my little sis jenny in scrubs", ["jenny"]),
    ("Ji-yeon on break at the hospital", ["jenny"]),
    ("minji's gomo taking a selfie", ["jenny"]),
    ("my yeodongsaeng at tybee beach", ["jenny"]),
    ("my cheonam djing at a party", ["danny"]),
    ("danny with bleached hair and earrings", ["danny"]),
    ("sunny her younger brother at the airport", ["danny"]),
    ("my joka hitting a home run", ["ethan"]),
    ("jenny's son at baseball practice", ["ethan"]),
    ("Seo-jun in his little league uniform", ["ethan"]),
    ("ethan eating the wings we gave him as service, sauce all over face", ["ethan"]),
    # staff, church
    ("manny at the fryer, sleeves up", ["manny"]),
    ("our fry cook with the tattoos laughing", ["manny"]),
    ("grace-ssi with headset greeting customers", ["grace"]),
    ("our front of house manager seating a big party", ["grace"]),
    ("Yoo Eun-hye at the host stand", ["grace"]),
    ("Han moksanim preaching on sunday", ["pastor-han"]),
    ("our pastor at christmas eve service", ["pastor-han"]),
    # pets
    ("mandu chasing squirrel in the yard", ["mandu"]),
    ("Mandu-ya sleeping on the porch", ["mandu"]),
    ("mandu as tiny puppy", ["mandu@1"]),
    ("our jindo when he was baby, 2018", ["mandu@1"]),
    ("our white dog w/ red collar", ["mandu"]),
    ("hyung his dog on a hike", ["tofu"]),
    ("tofu at the dog park", ["tofu"]),
    ("jaemin's jindo with the blue collar", ["tofu"]),
    ("biscuit running in his wheel", ["biscuit"]),
    ("minji hamster stuffing cheeks", ["biscuit"]),
    ("cotton with pink bow on her head", ["cotton"]),
    ("umma's little white maltese", ["cotton"]),
    # business and truck
    ("hanbit chicken storefront at night", ["hanbit-storefront"]),
    ("our restaurant with the red neon sign", ["hanbit-storefront"]),
    ("our restaurant on opening day w balloons", ["hanbit-storefront@1"]),
    ("the restaurant before reno, plain white sign", ["hanbit-storefront@1"]),
    ("a bottle of our yangnyum sauce on a picnic table", ["yangnyeom-sauce"]),
    ("the OG sauce bottle with sunny handwriting on tape", ["yangnyeom-sauce@1"]),
    ("the squeeze bottle sauce from 2020", ["yangnyeom-sauce@1"]),
    ("our takeout box", ["chicken-box"]),
    ("chicken box old version, the kraft one with stamp", ["chicken-box@1"]),
    ("the red box with cartoon chicken on a car seat", ["chicken-box"]),
    ("gochu fire jar", ["fire-sauce"]),
    ("a jar of our kochu chili crisp next to rice bowl", ["fire-sauce"]),
    ("kkokko truck at the duluth fall festival", ["kkokko-truck"]),
    ("our food truck before the wrap", ["kkokko-truck@1"]),
    ("kkokko summer of '21 at the first festival we did", ["kkokko-truck@1"]),
    ("kokko in shiny red parked at the brewery", ["kkokko-truck"]),
    # characters
    ("s30yun4 standing on a rooftop at night", ["seo-yuna"]),
    ("seo yoona the moon blade", ["seo-yuna"]),
    ("ari_(hwarang_chronicles) in a bamboo forest", ["ari-hwarang"]),
    ("Ari from hwarang chronicles", ["ari-hwarang"]),
    ("d0kk43b1 sitting on a rock", ["dokkaebi-bro@1"]),
    ("dokebi bro eating fried chicken", ["dokkaebi-bro"]),
    ("gomi the bear making latte", ["gomi-bear"]),
    ("the bear barista from bear cafe", ["gomi-bear"]),
    # styles
    ("tiger and magpie in minhwa", ["minhwa"]),
    ("korean folk painting of peonies", ["minhwa"]),
    ("misty mountains, ink wash on hanji", ["sumuk-wash"]),
    ("90s manhwa style comic page, screentone", ["pen-ink-manhwa"]),
    ("webtoon panel of a high school hallway", ["webtoon-flat"]),
    ("cranes in mother of pearl lacquer", ["najeon"]),
    ("a city skyline like patchwork wrapping cloth", ["bojagi"]),
    ("a fox, jade green crackle glaze pottery look", ["celadon"]),
    ("hand painted 80s korean movie billboard of two cowboys", ["chungmuro-poster"]),
    ("kpop album cover aesthetic, flower field", ["kpop-album"]),
    ("plastic stools under orange tent at night, neon glow", ["neon-pocha"]),
    ("disposable camera flash photo of a house party", ["disposable-cam"]),
    ("16 bit pixel art of a ramen shop", ["pixel-arcade"]),
    # concepts
    ("a woman in hanbok", ["hanbok"]),
    ("a boy in korean school uniform", ["gyobok"]),
    ("a guy with a wolf cut", ["wolf-cut"]),
    ("ajumma perm lady at the market", ["ajumma-perm"]),
    ("a kid doing the new year bow", ["sebae"]),
    ("a girl making finger heart", ["finger-heart"]),
    ("a 1 ton bongo full of watermelons", ["bongo-truck"]),
    ("a delivery scooter in the rain", ["baedal-scooter"]),
]

CLARIFY = [
    ("the white jindo", ["mandu", "tofu"]),
    ("white jindo with curled tail in minhwa", ["mandu", "tofu"]),
    ("the jindo in hanbok", ["mandu", "tofu"]),
    ("mandu or tofu running on beach", ["mandu", "tofu"]),
    ("the silver hair sword girl from manhwa", ["seo-yuna", "ari-hwarang"]),
    ("silver haired swordswoman lora in pixel art", ["seo-yuna", "ari-hwarang"]),
    ("a heron in the ink style", ["sumuk-wash", "pen-ink-manhwa"]),
    ("me and sunny in ink drawing style", ["sumuk-wash", "pen-ink-manhwa"]),
    ("one of my kids playing soccer", ["minji", "joonho"]),
    ("minji or joonie whichever, blowing bubbles", ["minji", "joonho"]),
    ("my kid in a halloween costume", ["minji", "joonho"]),
    ("the kids' samchon at the bbq", ["jaemin", "danny"]),
    ("minji samchon teaching her to drive", ["jaemin", "danny"]),
    ("the kids halmeoni cooking japchae", ["umma", "jangmo"]),
    ("joonie's grandma at his recital", ["umma", "jangmo"]),
    ("one of my parents gardening", ["umma", "appa"]),
    ("my hyung or my dongsaeng, at the lake", ["jaemin", "jenny"]),
    ("one of our sauces on a grocery shelf", ["yangnyeom-sauce", "fire-sauce"]),
    ("one of the staff mopping", ["manny", "grace"]),
    ("the hairstyle lora on a middle aged guy", ["wolf-cut", "ajumma-perm"]),
    ("the korean vehicle concept parked outside", ["bongo-truck", "baedal-scooter"]),
    ("one of the dogs in the snow", ["mandu", "tofu", "cotton"]),
    ("the goblin or the bear character", ["dokkaebi-bro", "gomi-bear"]),
    ("one of the civitai characters fighting", ["seo-yuna", "ari-hwarang", "dokkaebi-bro", "gomi-bear"]),
    ("a vase in the korean traditional craft style", ["najeon", "bojagi", "celadon"]),
    ("our house in one of the photo styles", ["kpop-album", "neon-pocha", "disposable-cam"]),
    ("the pose lora, on a boy", ["finger-heart", "sebae"]),
    ("a woman in one of the clothing loras", ["hanbok", "gyobok"]),
    ("one of our pets on the couch", ["mandu", "biscuit"]),
    ("a rainy street in comic style", ["pen-ink-manhwa", "webtoon-flat"]),
    ("one of the jindos sitting next to sunny", ["mandu", "tofu"]),
    ("the kids halmeoni or oe-halmeoni, one of them knitting", ["umma", "jangmo"]),
    ("the sweet one or the spicy one of our sauces, in someone's hand", ["yangnyeom-sauce", "fire-sauce"]),
]

NONE = [
    ("steamed mandu in a bamboo basket", []),
    ("sundubu jjigae with soft tofu and egg", []),
    ("biscuits and gravy at a waffle house", []),
    ("a cotton field in south georgia", []),
    ("a sunny day at lake lanier, boats", []),
    ("a family saying grace before thanksgiving dinner", []),
    ("a rooster crowing kkokkio at sunrise", []),
    ("my jangin fishing on the pier", []),
    ("hyungsoo-nim (hyung wife) at the wedding", []),
    ("the kids' imo visiting from LA", []),
    ("minji's oppa carrying her bag", []),
    ("my gomo in her kitchen", []),
    ("ethan's dad coaching little league", []),
    ("our new dishwasher Luis", []),
    ("joonie's teacher mrs parker", []),
    ("danny's girlfriend at the club", []),
    ("my cousin Sang-min from Busan", []),
    ("manny's wife at the company picnic", []),
    ("a bowl of naengmyeon with ice", []),
    ("a cat sleeping in a cardboard box", []),
    ("cherry blossoms at a park in spring", []),
    ("a real grizzly bear catching salmon", []),
    ("fried chicken bucket from a gas station", []),
    ("sunny's unnie at the spa", []),
    ("appa's hyung, my keun-abeoji", []),
    ("a pastor baptizing people in a river", []),
    ("an F-150 pickup in a parking lot", []),
    ("the full moon over a mountain", []),
    ("atlanta skyline at sunset", []),
    ("my niece at her piano recital", []),
    ("abeonim (sunny's dad) at the golf course", []),
]

MULTI = [
    ("me and sunny posing in front of the new storefront", ["jae", "sunny", "hanbit-storefront"]),
    ("the kids together on the couch", ["minji", "joonho"]),
    ("umma and appa at their anniversary dinner", ["umma", "appa"]),
    ("minji with biscuit on her shoulder", ["minji", "biscuit"]),
    ("mandu and tofu playing tug of war", ["mandu", "tofu"]),
    ("me in ink wash painting style", ["jae", "sumuk-wash"]),
    ("joonie making finger heart", ["joonho", "finger-heart"]),
    ("sunny in a hanbok", ["sunny", "hanbok"]),
    ("minji at 5 in minhwa style", ["minji@1", "minhwa@1"]),
    ("joonie's dol, 90s manhwa style", ["joonho@1", "pen-ink-manhwa"]),
    ("umma at her chilsun with that ajumma perm", ["umma@1", "ajumma-perm"]),
    ("my sister jenny holding umma's maltese", ["jenny", "cotton"]),
    ("daegu halmeoni in bojagi style", ["daegu-halmeoni", "bojagi"]),
    ("pastor han on a disposable camera", ["pastor-han", "disposable-cam"]),
    ("manny and grace in front of the food truck", ["manny", "grace", "kkokko-truck"]),
    ("danny with a wolf cut", ["danny", "wolf-cut"]),
    ("ethan in korean school uniform", ["ethan", "gyobok"]),
    ("our yangnyeom bottle next to the red chicken box", ["yangnyeom-sauce", "chicken-box"]),
    ("gochu fire jar in celadon style", ["fire-sauce", "celadon"]),
    ("the kkokko truck as pixel art", ["kkokko-truck", "pixel-arcade"]),
    ("hyung and his dog tofu at the park", ["jaemin", "tofu"]),
    ("me and yeobo doing finger heart, neon pocha vibe", ["jae", "sunny", "finger-heart", "neon-pocha"]),
    ("whole family pic: me, sunny, minji, joonie", ["jae", "sunny", "minji", "joonho"]),
    ("jangmonim and umma drinking coffee", ["jangmo", "umma"]),
    ("gomi the bear on a delivery scooter", ["gomi-bear", "baedal-scooter"]),
    ("ari in k-pop album cover style", ["ari-hwarang", "kpop-album"]),
    ("seo yuna in chungmuro poster style", ["seo-yuna", "chungmuro-poster"]),
    ("dokkaebi bro driving a bongo truck", ["dokkaebi-bro", "bongo-truck"]),
    ("me on opening day 2019 in front of the old storefront", ["jae@2", "hanbit-storefront@1"]),
    ("minji at her first chuseok hugging puppy mandu", ["minji@1", "mandu@1"]),
    ("minji at 5 doing sebae for seollal", ["minji@1", "sebae"]),
    ("my cheonam and my hyung in webtoon style", ["danny", "jaemin", "webtoon-flat"]),
    ("ethan and joonho playing catch", ["ethan", "joonho"]),
    ("sunny with long hair, old disposable cam look", ["sunny@1", "disposable-cam"]),
    ("grace-ssi in najeon style", ["grace", "najeon"]),
]


def card_id(family: str, version: int) -> str:
    """A card's id: its family and version."""
    return f"{family}-v{version}"


def build_catalog() -> list[dict]:
    """The manifest rows (DESIGN.md section 3) in the order written."""
    rows = []
    for fam, ver, date, base, name, trig, cls, kind, tags, desc in CARDS:
        rows.append({"id": card_id(fam, ver), "name": name, "trigger": trig, "class_noun": cls,
                     "kind": kind, "family": fam, "version": ver, "created_at": date,
                     "description": desc, "tags": tags, "base_model": base})
    return rows


def resolve(ref: str, newest: dict) -> str:
    """A gold reference ('family' or 'family@N') as a card id."""
    if "@" in ref:
        fam, ver = ref.split("@")
        return card_id(fam, int(ver))
    return card_id(ref, newest[ref])


def build_cases() -> list[dict]:
    """All requests with resolved gold, in a seeded shuffled order."""
    newest = {}
    for fam, ver, *_ in CARDS:
        newest[fam] = max(ver, newest.get(fam, 0))
    cases = []
    for expect, rows in (("select", SELECT), ("clarify", CLARIFY), ("none", NONE), ("multi", MULTI)):
        for prompt, gold in rows:
            cases.append({"prompt": prompt, "expect": expect, "gold": [resolve(g, newest) for g in gold]})
    random.Random(SEED).shuffle(cases)
    return cases


def write_jsonl(path: Path, rows: list[dict]) -> None:
    """One JSON object a line."""
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))


if __name__ == "__main__":
    write_jsonl(HERE / "catalog.jsonl", build_catalog())
    write_jsonl(HERE / "cases.jsonl", build_cases())
    (HERE / "today.txt").write_text("2026-12-05\n")
