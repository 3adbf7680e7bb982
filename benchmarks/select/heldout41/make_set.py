#!/usr/bin/env python3
"""heldout41: the Kowalczyk family's repository (Avondale / Jackowo, Chicago).

Running this file writes catalog.jsonl and cases.jsonl next to it.
The owner is Stan, a plumber in his fifties, dictating to his phone; some requests are
his college daughter Kasia's, typed in her own slang.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- the owner -------------------------------------------------------------------------
    card("stan-v1", "Stan", "ohwx man", "man", "subject", "stan", 1, "1998-06-20",
         "Me, Stan (Stanisław Kowalczyk; 'Stasiu' or 'Staszek' to my wife and my parents), at 28 on "
         "our wedding day at St. Hyacinth Basilica: thick dark hair, black mustache, grey tux with a white rose.",
         ["me", "person", "man", "wedding", "groom", "mustache"], "sd15"),
    card("stan-v2", "Stan", "ohwx man", "man", "subject", "stan", 2, "2011-04-02",
         "Me, Stan, at 41 the spring I opened Kowalczyk Plumbing & Sewer: black mustache, red "
         "Kowalczyk Plumbing cap, navy coveralls, pipe wrench over my shoulder.",
         ["me", "person", "man", "plumber", "cap", "coveralls"], "sd15"),
    card("stan-v3", "Stan", "ohwx man", "man", "subject", "stan", 3, "2025-10-11",
         "Me, Stan ('tata' to the kids), at 55, photos from my birthday: grey walrus mustache, "
         "reading glasses pushed up on my head, brown Carhartt beanie, hi-vis work jacket.",
         ["me", "person", "man", "plumber", "beanie", "glasses", "mustache"], "sdxl"),
    # --- my wife -------------------------------------------------------------------------
    card("dorota-v1", "Dorota", "sks woman", "woman", "subject", "dorota", 1, "1998-06-20",
         "My wife Dorota ('Dorotka', 'kochanie'), at 25 on our wedding day: long blond curls, lace "
         "veil, white gown, bouquet of white roses.",
         ["wife", "person", "woman", "wedding", "bride", "blond"], "sd15"),
    card("dorota-v2", "Dorota", "sks woman", "woman", "subject", "dorota", 2, "2006-11-12",
         "My wife Dorota at 33, eight months pregnant with our daughter Kasia: shoulder-length blond "
         "hair, red sweater, hand on her belly, in our old kitchen.",
         ["wife", "person", "woman", "pregnant", "blond"], "sd15"),
    card("dorota-v3", "Dorota", "sks woman", "woman", "subject", "dorota", 3, "2024-12-21",
         "My wife Dorota at 51 behind the counter of her bakery, Dorotka's Bakery: short ash-blond bob, "
         "flour on her pink apron, big smile.",
         ["wife", "person", "woman", "baker", "apron", "bakery"], "sdxl"),
    # --- our kids ------------------------------------------------------------------------
    card("tomek-v1", "Tomek", "t0m3k", "man", "subject", "tomek", 1, "2017-06-10",
         "Our son Tomek (Tomasz), at 18 at his Lane Tech graduation: green cap and gown, braces, buzz cut.",
         ["son", "person", "man", "graduation", "teen"], "sd15"),
    card("tomek-v2", "Tomek", "t0m3k", "man", "subject", "tomek", 2, "2024-05-17",
         "Our son Tomek at 25, the day he graduated from the Chicago Fire Department academy: tan "
         "turnout gear, black CFD helmet, short dark beard. He is a firefighter now.",
         ["son", "person", "man", "firefighter", "beard", "turnout gear"], "sdxl"),
    card("kasia-v1", "Kasia", "<kasia>", "girl", "subject", "kasia", 1, "2015-05-09",
         "Our daughter Kasia (Katarzyna, 'Kasieńka'), at 8 at her First Holy Communion at St. Hyacinth: "
         "white dress, flower wreath in her hair, missing front tooth.",
         ["daughter", "person", "girl", "child", "communion"], "sd15"),
    card("kasia-v2", "Kasia", "<kasia>", "woman", "subject", "kasia", 2, "2024-05-04",
         "Our daughter Kasia at 17 at her senior prom: long straight blond hair, emerald satin dress, wrist corsage.",
         ["daughter", "person", "woman", "teen", "prom", "blond"], "sdxl"),
    card("kasia-v3", "Kasia", "<kasia>", "woman", "subject", "kasia", 3, "2025-08-16",
         "Our daughter Kasia at 18, the week before she left for college at U of I in Champaign: pink "
         "dyed hair with curtain bangs, small nose ring, oversized thrifted Illini hoodie.",
         ["daughter", "person", "woman", "college", "pink hair"], "sdxl"),
    # --- my parents, upstairs ------------------------------------------------------------
    card("halina-v1", "Halina", "hln_babcia", "woman", "subject", "halina", 1, "1985-07-14",
         "My mother Halina (babcia to our kids) at 37, the summer we came over from Kraków: dark hair in "
         "a bun, flowered summer dress, at O'Hare with our suitcases.",
         ["mother", "babcia", "person", "woman", "immigrant"], "sd15"),
    card("halina-v2", "Halina", "hln_babcia", "woman", "subject", "halina", 2, "2023-04-08",
         "My mother Halina at 75, who lives upstairs in our two-flat: white hair in a bun, thick glasses, "
         "flowered apron; Holy Saturday, carrying the święconka basket.",
         ["mother", "babcia", "grandmother", "person", "old woman", "apron"], "sdxl"),
    card("zbyszek-v1", "Zbyszek", "zbyszek_dziadek", "man", "subject", "zbyszek", 1, "1980-08-31",
         "My father Zbigniew ('Zbyszek', dziadek to our kids) at 34 at the Nowa Huta steelworks in 1980: "
         "welder's overalls, dark mustache, Solidarność pin.",
         ["father", "dziadek", "person", "man", "worker", "mustache"], "sd15"),
    card("zbyszek-v2", "Zbyszek", "zbyszek_dziadek", "man", "subject", "zbyszek", 2, "2023-04-08",
         "My father Zbyszek at 77, upstairs on the back porch: bald with white hair at the sides, white "
         "mustache, wool flat cap, grey cardigan, wooden cane.",
         ["father", "dziadek", "grandfather", "person", "old man", "cap", "cane"], "sdxl"),
    card("bozena-v1", "Bożena", "bzn woman", "woman", "subject", "bozena", 1, "2019-07-04",
         "My wife's sister Bożena (ciocia Bożena to our kids): curly red hair, big sunglasses, "
         "leopard-print blouse, Fourth of July at our place.",
         ["sister-in-law", "ciocia", "aunt", "person", "woman", "red hair"], "sd15"),
    # --- animals -------------------------------------------------------------------------
    card("major-v1", "Major", "sks dog", "dog", "subject", "major", 1, "2019-03-02",
         "Our German shepherd Major as a ten-week puppy: floppy ears, fluffy black-and-tan coat, red collar.",
         ["pet", "dog", "german shepherd", "puppy"], "sd15"),
    card("major-v2", "Major", "sks dog", "dog", "subject", "major", 2, "2024-06-15",
         "Our German shepherd Major at 5: big black-and-tan male, ears straight up, red collar; barks at "
         "the Nowaks' dog through the fence.",
         ["pet", "dog", "german shepherd"], "sdxl"),
    card("saba-v1", "Saba", "saba_gsd", "dog", "subject", "saba", 1, "2025-03-22",
         "Saba, the Nowaks' German shepherd next door: black-and-tan female with a darker saddle, green "
         "collar, always at the fence with Major.",
         ["neighbor", "dog", "german shepherd"], "sdxl"),
    card("kiwi-v1", "Kiwi", "kiw1 budgie", "budgie", "subject", "kiwi", 1, "2022-02-12",
         "Kiwi, one of our two budgies: bright green and yellow with black barring on his wings.",
         ["pet", "bird", "budgie", "parakeet", "green"], "sd15"),
    card("bolek-v1", "Bolek", "b0l3k", "budgie", "subject", "bolek", 1, "2022-02-12",
         "Bolek, our other budgie: sky blue and white, the loud one.",
         ["pet", "bird", "budgie", "parakeet", "blue"], "sd15"),
    # --- vehicles ------------------------------------------------------------------------
    card("van-v1", "Work van", "kwlczk_van", "van", "subject", "work-van", 1, "2011-04-02",
         "My first work van: white Ford E-250 with hand-painted red lettering 'Kowalczyk Plumbing & "
         "Sewer' and a ladder rack.",
         ["van", "vehicle", "work", "plumbing"], "sd15"),
    card("van-v2", "Work van", "kwlczk_van", "van", "subject", "work-van", 2, "2022-09-10",
         "My work van now: white high-roof Ford Transit with the new blue-and-red wrap, 'Kowalczyk "
         "Plumbing & Sewer', our phone number and Drip on the side.",
         ["van", "vehicle", "work", "plumbing", "wrap"], "sdxl"),
    card("polonez-v1", "Polonez", "<polonez86>", "car", "subject", "polonez", 1, "2020-08-08",
         "My 1986 FSO Polonez, cherry red, that I brought over from Poland and restored myself: chrome "
         "bumpers, kept in the garage off the alley.",
         ["car", "vehicle", "vintage", "polish"], "sd15"),
    # --- places --------------------------------------------------------------------------
    card("two-flat-v1", "The two-flat", "avondale_2flat", "house", "subject", "two-flat", 1, "2008-05-17",
         "Our brick two-flat in Avondale the year we bought it: tan brick, old wooden front porch, "
         "chain-link fence; my parents' flat upstairs.",
         ["house", "home", "building", "two-flat"], "sd15"),
    card("two-flat-v2", "The two-flat", "avondale_2flat", "house", "subject", "two-flat", 2, "2021-10-02",
         "Our two-flat after the remodel: new white front porch, black railings, red front door, window "
         "boxes with red geraniums.",
         ["house", "home", "building", "two-flat"], "sdxl"),
    card("bakery-shop-v1", "Dorotka's Bakery", "dorotka_storefront", "storefront", "subject", "bakery-shop", 1,
         "2024-02-13",
         "My wife's bakery, Dorotka's Bakery on Milwaukee Avenue in Jackowo: red awning, hand-lettered "
         "window, display case of pastries; line out the door on Paczki Day.",
         ["bakery", "shop", "storefront", "business"], "sdxl"),
    # --- the bakery's products -------------------------------------------------------------
    card("paczki-v1", "Pączki", "pczki", "pastry", "subject", "paczki", 1, "2025-03-04",
         "My wife's pączki from the bakery: golden, rolled in powdered sugar, one cut open to show the "
         "rose-hip and plum filling.",
         ["bakery", "pastry", "donut", "food"], "sdxl"),
    card("kolaczki-v1", "Kołaczki", "klczki", "pastry", "subject", "kolaczki", 1, "2024-12-14",
         "My wife's kołaczki: flaky cream-cheese pastry squares folded over apricot and raspberry jam, "
         "dusted with powdered sugar, on a Christmas tray.",
         ["bakery", "pastry", "cookie", "food", "christmas"], "sdxl"),
    card("babka-v1", "Babka", "bbk_cake", "cake", "subject", "babka", 1, "2023-04-08",
         "My wife's Easter babka: tall fluted yeast cake with raisins and white icing drizzled over the top.",
         ["bakery", "cake", "food", "easter"], "sd15"),
    card("bakery-box-v1", "Bakery box", "dbox", "box", "subject", "bakery-box", 1, "2018-09-15",
         "Our bakery box before the redesign: plain white cardboard box with the red rubber-stamp "
         "'Dorotka's' logo, tied with red-and-white string.",
         ["bakery", "packaging", "box"], "sd15"),
    card("bakery-box-v2", "Bakery box", "dbox", "box", "subject", "bakery-box", 2, "2025-09-20",
         "Our bakery box after the 2025 redesign: pink box with a folk-flower border around the new "
         "Dorotka's logo, gold sticker seal.",
         ["bakery", "packaging", "box", "pink"], "sdxl"),
    # --- mascot --------------------------------------------------------------------------
    card("drip-v1", "Drip", "drip_mascot", "mascot", "subject", "drip", 1, "2011-04-02",
         "Drip, the mascot of my plumbing business, as my nephew first drew him: a cartoon blue water "
         "drop with a black mustache and a red cap, holding a plunger.",
         ["mascot", "cartoon", "water drop", "business"], "sd15"),
    card("drip-v2", "Drip", "drip_mascot", "mascot", "subject", "drip", 2, "2022-09-10",
         "Drip, my business mascot redrawn for the new van wrap: rounder blue drop, grey mustache, red "
         "cap, thumbs up, pipe wrench in the other hand.",
         ["mascot", "cartoon", "water drop", "business"], "sdxl"),
    # --- downloaded characters -------------------------------------------------------------
    card("geralt-v1", "Geralt", "geralt of rivia", "man", "subject", "geralt", 1, "2023-02-18",
         "Downloaded from Civitai: Geralt of Rivia from The Witcher 3 video game: long white hair tied "
         "back, scarred face, yellow cat eyes, two swords on his back, wolf medallion.",
         ["character", "video game", "witcher", "fantasy"], "sd15"),
    card("geralt-v2", "Geralt", "geralt of rivia", "man", "subject", "geralt", 2, "2025-06-07",
         "Downloaded from Civitai: Geralt of Rivia, v2 retrained for SDXL: white hair, scars, cat eyes, "
         "two swords, wolf medallion, Witcher 3 armor sets.",
         ["character", "video game", "witcher", "fantasy"], "sdxl"),
    card("vesemir-v1", "Vesemir", "vesemir_witcher", "man", "subject", "vesemir", 1, "2024-10-26",
         "Downloaded from Civitai: Vesemir, the oldest witcher and Geralt's teacher from The Witcher 3: "
         "grey hair tied back, grey mustache, scarred face, cat eyes, wolf medallion, leather armor, sword.",
         ["character", "video game", "witcher", "fantasy", "old man"], "sdxl"),
    card("reksio-v1", "Reksio", "reksio_dog", "dog", "subject", "reksio", 1, "2023-09-09",
         "Downloaded from Civitai: Reksio, the little white terrier with brown ears from the old Polish cartoon.",
         ["character", "cartoon", "dog", "polish"], "sd15"),
    # --- art styles ----------------------------------------------------------------------
    card("wycinanki-v1", "Wycinanki", "wycinanki style", "paper-cut", "style", "wycinanki", 1, "2023-05-20",
         "Downloaded from Civitai: wycinanki, Polish folk paper-cut art from Łowicz: layered bright "
         "colored paper, symmetrical roosters and flowers on white.",
         ["style", "paper-cut", "folk art", "polish"], "sd15"),
    card("wycinanki-v2", "Wycinanki", "wycinanki style", "paper-cut", "style", "wycinanki", 2, "2025-04-12",
         "Downloaded from Civitai: wycinanki folk paper-cut, v2 for SDXL: crisp layered colored paper "
         "cut-outs, symmetrical roosters, flowers and birds.",
         ["style", "paper-cut", "folk art", "polish"], "sdxl"),
    card("zakopane-v1", "Zakopane style", "zkpn style", "folk carving", "style", "zakopane", 1, "2024-07-13",
         "Downloaded from Civitai: Zakopane style, Polish highlander (góral) folk art: carved pale wood, "
         "sun-wheel rosettes, steep shingled roofs, the Tatra mountains.",
         ["style", "folk art", "wood carving", "highlander", "polish"], "sdxl"),
    card("prl-poster-v1", "PRL poster", "prl_poster", "poster", "style", "prl-poster", 1, "2023-03-11",
         "Downloaded from Civitai: 1980s Polish socialist propaganda poster: flat red and grey, heroic "
         "workers, smokestacks, heavy block lettering.",
         ["style", "poster", "propaganda", "socialist", "1980s"], "sd15"),
    card("prl-poster-v2", "PRL poster", "prl_poster", "poster", "style", "prl-poster", 2, "2025-01-25",
         "Downloaded from Civitai: 1980s socialist propaganda poster, v2 for SDXL: bold flat shapes, red "
         "and grey, workers and tractors, block lettering.",
         ["style", "poster", "propaganda", "socialist", "1980s"], "sdxl"),
    card("poster-school-v1", "Polish School of Posters", "polskaszkolaplakatu", "poster", "style",
         "poster-school", 1, "2023-11-04",
         "Downloaded from Civitai: the Polish School of Posters (Lenica, Starowieyski): surreal "
         "hand-painted 1960s-70s film and circus posters with loose brush lettering.",
         ["style", "poster", "surreal", "film poster", "polish"], "sd15"),
    card("church-glass-v1", "Church stained glass", "stnglss", "stained glass", "style", "church-glass", 1,
         "2024-03-30",
         "Downloaded from Civitai: church stained glass like the windows at St. Hyacinth: saints in "
         "jewel-tone glass, thick black lead lines, gothic arches.",
         ["style", "stained glass", "church", "glass"], "sdxl"),
    card("tiffany-v1", "Tiffany glass", "tiffany_lamp_glass", "stained glass", "style", "tiffany", 1,
         "2025-02-08",
         "Downloaded from Civitai: Tiffany lamp stained glass: art nouveau dragonflies and flowers, "
         "opalescent amber and green glass, copper-foil seams.",
         ["style", "stained glass", "lamp", "art nouveau", "glass"], "sdxl"),
    card("boleslawiec-v1", "Bolesławiec", "boleslawiec pattern", "pottery", "style", "boleslawiec", 1,
         "2023-06-17",
         "Downloaded from Civitai: Bolesławiec Polish pottery pattern: cobalt blue peacock eyes and dots "
         "stamped on white stoneware.",
         ["style", "pottery", "ceramic", "pattern", "polish"], "sd15"),
    card("pisanki-v1", "Pisanki", "pisanka_style", "easter egg", "style", "pisanki", 1, "2024-03-23",
         "Downloaded from Civitai: pisanki, Polish Easter egg folk art: wax-resist lines, stars, wheat and "
         "pine branches on deep dyed colors.",
         ["style", "easter", "folk art", "egg", "polish"], "sd15"),
    card("neon-v1", "Tavern neon", "neon_tavern", "neon sign", "style", "tavern-neon", 1, "2024-11-16",
         "Downloaded from Civitai: vintage Chicago tavern neon signs: glowing red and blue tube "
         "lettering, Old Style beer signs, rainy window glass at night.",
         ["style", "neon", "sign", "chicago", "vintage"], "sdxl"),
    card("pixel-v1", "16-bit pixel art", "pixelart_16bit", "pixel art", "style", "pixel-art", 1, "2025-01-04",
         "Downloaded from Civitai: 16-bit pixel art like old SNES games: chunky pixels, limited palette, "
         "sprite look.",
         ["style", "pixel art", "video game", "retro"], "sdxl"),
    card("ikona-v1", "Ikona", "<ikona>", "icon painting", "style", "ikona", 1, "2024-09-14",
         "Downloaded from Civitai: religious icon painting like the Black Madonna of Częstochowa: gold-leaf "
         "background, halos, dark solemn faces, ornate frame.",
         ["style", "icon", "religious", "gold leaf", "painting"], "sdxl"),
    # --- concepts ------------------------------------------------------------------------
    card("cubs-jersey-v1", "Cubs jersey", "cubs_jersey", "jersey", "concept", "cubs-jersey", 1, "2016-11-05",
         "Downloaded concept: Chicago Cubs home jersey, white with blue pinstripes and the Cubs logo, "
         "with the 2016 World Series champions patch.",
         ["concept", "clothing", "jersey", "baseball", "cubs"], "sd15"),
    card("cubs-jersey-v2", "Cubs jersey", "cubs_jersey", "jersey", "concept", "cubs-jersey", 2, "2024-04-06",
         "Downloaded concept, v2: Chicago Cubs jersey on any person or animal, white pinstripe home or "
         "blue alternate with the bear-head logo.",
         ["concept", "clothing", "jersey", "baseball", "cubs"], "sdxl"),
    card("snowplow-v1", "Snowplow", "snowplow_truck", "snowplow", "concept", "snowplow", 1, "2024-01-20",
         "Downloaded concept: a city snowplow: big orange dump truck with an angled plow blade and salt "
         "spreader, snow spraying off the blade.",
         ["concept", "vehicle", "truck", "winter", "snow"], "sdxl"),
    card("goalie-mask-v1", "Goalie mask", "goalie_mask", "mask", "concept", "goalie-mask", 1, "2023-12-02",
         "Downloaded concept: a vintage painted fiberglass hockey goalie mask, worn or as a prop.",
         ["concept", "prop", "hockey", "mask"], "sd15"),
    card("goral-hat-v1", "Góral hat", "goral_hat", "hat", "concept", "goral-hat", 1, "2024-08-10",
         "Downloaded concept: góral highlander hat: small black felt hat with a band of white cowrie shells.",
         ["concept", "clothing", "hat", "highlander", "polish"], "sdxl"),
    card("wolf-cut-v1", "Wolf cut", "wolfcut", "hairstyle", "concept", "wolf-cut", 1, "2025-05-03",
         "Downloaded concept: wolf cut hairstyle: choppy shaggy layers, curtain fringe, longer in back.",
         ["concept", "hairstyle", "haircut"], "sdxl"),
    card("mirror-selfie-v1", "Mirror selfie", "mirror_selfie", "pose", "concept", "mirror-selfie", 1,
         "2025-02-22",
         "Downloaded concept pose: mirror selfie, phone held up covering part of the face, hip popped.",
         ["concept", "pose", "selfie", "phone"], "sdxl"),
    card("lowicz-v1", "Łowicz costume", "lowicz_stroj", "folk costume", "concept", "lowicz-costume", 1,
         "2023-08-19",
         "Downloaded concept: Łowicz folk costume: wool skirt with orange, green and red stripes, "
         "embroidered black vest, white blouse.",
         ["concept", "clothing", "folk costume", "polish"], "sd15"),
    card("polka-v1", "Polka dance", "polka_dance", "pose", "concept", "polka-dance", 1, "2024-10-12",
         "Downloaded concept pose: a couple dancing the polka, spinning arm in arm, skirt flying.",
         ["concept", "pose", "dance", "couple"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me -----------------------------------------------------------
    ("me shoveling the gangway after the big snow", S, ["stan-v3"]),
    ("me at our wedding at st hyacinth", S, ["stan-v1"]),
    ("me back when i started the business in the red cap", S, ["stan-v2"]),
    ("myself with the grey mustache and the beanie fixing a water heater in a basement", S, ["stan-v3"]),
    ("stasiu at 41 in his coveralls", S, ["stan-v2"]),
    ("me when i was 28", S, ["stan-v1"]),
    ("tata grilling kielbasa in the backyard lol", S, ["stan-v3"]),
    ("me as a groom in the grey tux", S, ["stan-v1"]),
    ("staszek in the hi vis jacket at a job site", S, ["stan-v3"]),
    ("me with a pipe wrench on my shoulder in 2011", S, ["stan-v2"]),
    ("me reading the dziennik zwiazkowy at the kitchen table", S, ["stan-v3"]),
    # ---------------- select: my wife ---------------------------------------------------
    ("my wife behind the counter smiling", S, ["dorota-v3"]),
    ("dorotka when she was pregnant with kasia", S, ["dorota-v2"]),
    ("kochanie in her wedding veil", S, ["dorota-v1"]),
    ("my wife with flower all over her apron", S, ["dorota-v3"]),
    ("dorota on our wedding day throwing the bouquet", S, ["dorota-v1"]),
    ("mom in her bakery era fr", S, ["dorota-v3"]),
    ("dorota pregnant in the red sweater 2006", S, ["dorota-v2"]),
    ("my old lady frosting a cake", S, ["dorota-v3"]),
    # ---------------- select: the kids --------------------------------------------------
    ("tomek in his turnout gear next to the engine", S, ["tomek-v2"]),
    ("our son at his graduation from lane tech", S, ["tomek-v1"]),
    ("my son the fireman carrying a hose", S, ["tomek-v2"]),
    ("tomek with braces in his cap and gown", S, ["tomek-v1"]),
    ("tomasz with the beard", S, ["tomek-v2"]),
    ("my bro tomek lookin like a whole snack in his fire gear lmao", S, ["tomek-v2"]),
    ("kasia at her first communion", S, ["kasia-v1"]),
    ("our daughter at prom in the green dress", S, ["kasia-v2"]),
    ("kasia with the pink hair on the quad in champaign", S, ["kasia-v3"]),
    ("kasienka when she was little with the flower reef in her hair", S, ["kasia-v1"]),
    ("me w the pink hair studying at grainger, aesthetic vibes pls", S, ["kasia-v3"]),
    ("our youngest going off to college", S, ["kasia-v3"]),
    ("kasia prom 2024", S, ["kasia-v2"]),
    ("katarzyna in a emerald dress with her corsage", S, ["kasia-v2"]),
    ("my daughter in her illini hoodie", S, ["kasia-v3"]),
    # ---------------- select: my parents, ciocia ----------------------------------------
    ("babcia with the swieconka basket on holy saturday", S, ["halina-v2"]),
    ("my mother when we first came over in 85 at o'hare", S, ["halina-v1"]),
    ("babcia halina knitting in her rocking chair", S, ["halina-v2"]),
    ("my ma upstairs rolling out pierogi dough", S, ["halina-v2"]),
    ("mama as a young woman with the dark bun and the suitcases", S, ["halina-v1"]),
    ("grandma making soup upstairs, cozy core", S, ["halina-v2"]),
    ("dziadek on the back porch with his cane", S, ["zbyszek-v2"]),
    ("my father at the steel works in nowa huta", S, ["zbyszek-v1"]),
    ("zbyszek playing chess in the park", S, ["zbyszek-v2"]),
    ("dziadek young with the solidarnosc pin", S, ["zbyszek-v1"]),
    ("my old man in his flat cap feeding pigeons", S, ["zbyszek-v2"]),
    ("dziadzia in 1980 in his overalls", S, ["zbyszek-v1"]),
    ("ciocia bozena at the fourth of july barbecue", S, ["bozena-v1"]),
    ("bo zena in her leopard blouse", S, ["bozena-v1"]),
    ("my sister in law with the red curly hair laughing", S, ["bozena-v1"]),
    # ---------------- select: animals ---------------------------------------------------
    ("major catching a frisbee at kosciuszko park", S, ["major-v2"]),
    ("major as a puppy with floppy ears", S, ["major-v1"]),
    ("our shepherd sleeping on the couch", S, ["major-v2"]),
    ("majors first winter as a little pup", S, ["major-v1"]),
    ("lowkey need a pic of major being a good boy", S, ["major-v2"]),
    ("a flat app icon of major for my phone", S, ["major-v2"]),
    ("the nowaks dog saba", S, ["saba-v1"]),
    ("the neighbors shepherd with the green collar", S, ["saba-v1"]),
    ("there dog saba laying in the sun next door", S, ["saba-v1"]),
    ("kiwi on his perch", S, ["kiwi-v1"]),
    ("the green budgie eating millet", S, ["kiwi-v1"]),
    ("bolek screaming on top of the cage", S, ["bolek-v1"]),
    ("the blue parakeet", S, ["bolek-v1"]),
    # ---------------- select: vehicles, places ------------------------------------------
    ("my work van parked on the street in the snow", S, ["van-v2"]),
    ("the old e250 with the hand painted letters", S, ["van-v1"]),
    ("the van with the new wrap", S, ["van-v2"]),
    ("the first van from when i started", S, ["van-v1"]),
    ("the polonez at a car show on milwaukee ave", S, ["polonez-v1"]),
    ("my cherry red pole nez", S, ["polonez-v1"]),
    ("the old polish car in the garage", S, ["polonez-v1"]),
    ("our two flat with christmas lights on the new porch", S, ["two-flat-v2"]),
    ("the house the year we bought it with the old chain link fence", S, ["two-flat-v1"]),
    ("our to flat at night", S, ["two-flat-v2"]),
    ("our house back in 2008", S, ["two-flat-v1"]),
    ("the bakery storefront on milwaukee with a line out the door", S, ["bakery-shop-v1"]),
    ("my wife's shop with the red awning in the snow", S, ["bakery-shop-v1"]),
    # ---------------- select: bakery products, mascot -----------------------------------
    ("a tray of dorota's paczki", S, ["paczki-v1"]),
    ("the bakerys poonchkey cut in half showing the rose jam", S, ["paczki-v1"]),
    ("dorota's kolaczki on the wigilia table", S, ["kolaczki-v1"]),
    ("our apricot kolachkis", S, ["kolaczki-v1"]),
    ("the wife's easter babka with the icing", S, ["babka-v1"]),
    ("a slice of dorota's babka with coffee", S, ["babka-v1"]),
    ("my wife's donuts with the plum filling", S, ["paczki-v1"]),
    ("the new pink bakery box with a bow", S, ["bakery-box-v2"]),
    ("the old white box with the red stamp before we redid it", S, ["bakery-box-v1"]),
    ("our bakery box on a counter", S, ["bakery-box-v2"]),
    ("drip the mascot giving a thumbs up", S, ["drip-v2"]),
    ("the water drop guy the way my nephew first drew him", S, ["drip-v1"]),
    ("our little droplet mascot fixing a leaky sink", S, ["drip-v2"]),
    ("the guy with the mustache on the side of the van, the cartoon one", S, ["drip-v2"]),
    # ---------------- select: characters ------------------------------------------------
    ("geralt fighting a griffin", S, ["geralt-v2"]),
    ("the witcher with the white hair and two swords in the rain", S, ["geralt-v2"]),
    ("the old sd 1.5 geralt", S, ["geralt-v1"]),
    ("jerald of rivia on his horse", S, ["geralt-v2"]),
    ("geralt but make it cottagecore, hes baking bread", S, ["geralt-v2"]),
    ("vesemir sitting by the fire at kaer morhen", S, ["vesemir-v1"]),
    ("the old mentor witcher with the gray mustache", S, ["vesemir-v1"]),
    ("vessemir drinking in a tavern", S, ["vesemir-v1"]),
    ("reksio the cartoon dog chasing a ball", S, ["reksio-v1"]),
    ("that polish cartoon terrier from when i was a kid", S, ["reksio-v1"]),
    # ---------------- select: styles ----------------------------------------------------
    ("a rooster and flowers wycinanki style", S, ["wycinanki-v2"]),
    ("the chicago skyline like a polish paper cut out", S, ["wycinanki-v2"]),
    ("a mountain cabin in zakopane style", S, ["zakopane-v1"]),
    ("a steelworkers poster like the old communist ones", S, ["prl-poster-v2"]),
    ("a tractor poster with the first version of the socialist poster lora", S, ["prl-poster-v1"]),
    ("a circus poster like the polish poster school", S, ["poster-school-v1"]),
    ("a movie poster in that lenica starowieyski kind of style", S, ["poster-school-v1"]),
    ("pigeons in stained glass like the windows at st hyacinth", S, ["church-glass-v1"]),
    ("dragonflies on a tiffany lamp", S, ["tiffany-v1"]),
    ("a coffee mug with the blue peacock eye polish pottery pattern", S, ["boleslawiec-v1"]),
    ("a teapot bolesławiec style", S, ["boleslawiec-v1"]),
    ("an easter egg pisanki style with wheat", S, ["pisanki-v1"]),
    ("old style beer sign glowing in a tavern window in the rain", S, ["neon-v1"]),
    ("a neon sign that says kowalczyk plumbing", S, ["neon-v1"]),
    ("pierogi as a 16 bit sprite", S, ["pixel-v1"]),
    ("make a castle look like an old snes game", S, ["pixel-v1"]),
    ("the black madonna with gold leaf like a real icon", S, ["ikona-v1"]),
    # ---------------- select: concepts --------------------------------------------------
    ("a guy in a cubs jersey at wrigley", S, ["cubs-jersey-v2"]),
    ("a kid wearing the 2016 world series champs jersey", S, ["cubs-jersey-v1"]),
    ("a city snow plow going down milwaukee at night", S, ["snowplow-v1"]),
    ("a big orange truck with a blade pushing snow", S, ["snowplow-v1"]),
    ("a goalie mask hanging on the basement wall", S, ["goalie-mask-v1"]),
    ("a guy in one of those old hockey goalie masks", S, ["goalie-mask-v1"]),
    ("a highlander hat with the little white shells", S, ["goral-hat-v1"]),
    ("a girl with a shaggy layered haircut kinda mullet in back", S, ["wolf-cut-v1"]),
    ("a girl in a polish folk outfit with the striped skirt", S, ["lowicz-v1"]),
    ("a couple doing the polka at a wedding hall", S, ["polka-v1"]),
    ("elevator mirror pic with the phone covering her face", S, ["mirror-selfie-v1"]),

    # ---------------- clarify -----------------------------------------------------------
    ("a rooster in stained glass", C, ["church-glass-v1", "tiffany-v1"]),
    ("major in stained glass", C, ["church-glass-v1", "tiffany-v1"]),
    ("pierogi done as stained glass", C, ["church-glass-v1", "tiffany-v1"]),
    ("make major into a poster", C, ["prl-poster-v2", "poster-school-v1"]),
    ("the polonez on an old polish poster", C, ["prl-poster-v2", "poster-school-v1"]),
    ("kasia poster style for her dorm wall", C, ["prl-poster-v2", "poster-school-v1"]),
    ("a paczki day ad in the old polish poster style", C, ["prl-poster-v2", "poster-school-v1"]),
    ("a poster of dziadek at the steelworks", C, ["prl-poster-v2", "poster-school-v1"]),
    ("the german shepherd at the fence barking at the mailman", C, ["major-v2", "saba-v1"]),
    ("the shepherd at the fence in the snow", C, ["major-v2", "saba-v1"]),
    ("the witcher meditating in the woods", C, ["geralt-v2", "vesemir-v1"]),
    ("a witcher with cat eyes fighting drowners", C, ["geralt-v2", "vesemir-v1"]),
    ("witcher dude with the scars and the wolf medallion", C, ["geralt-v2", "vesemir-v1"]),
    ("the witcher in stained glass", C, ["geralt-v2", "vesemir-v1", "church-glass-v1", "tiffany-v1"]),
    ("the budgie taking a bath in the sink", C, ["kiwi-v1", "bolek-v1"]),
    ("the parakeet on babcia's finger", C, ["kiwi-v1", "bolek-v1"]),
    ("budgie portrait in pisanki style", C, ["kiwi-v1", "bolek-v1"]),
    ("one of dorota's pastries on a plate with coffee", C, ["paczki-v1", "kolaczki-v1", "babka-v1"]),
    ("something sweet from my wife's bakery case close up", C, ["paczki-v1", "kolaczki-v1", "babka-v1"]),
    ("a pastry from the bakery in the new pink box", C, ["paczki-v1", "kolaczki-v1", "babka-v1"]),
    ("our kid in a cubs jersey at wrigley", C, ["tomek-v2", "kasia-v3"]),
    ("my kid blowing out birthday candles", C, ["tomek-v2", "kasia-v3"]),
    ("one of our pets in a santa hat", C, ["major-v2", "kiwi-v1", "bolek-v1"]),
    ("mom in her apron", C, ["dorota-v3", "halina-v2"]),
    ("dziadek dressed up like a highlander", C, ["zakopane-v1", "goral-hat-v1"]),
    ("babcia as a church picture with a halo", C, ["church-glass-v1", "ikona-v1"]),
    ("dziadek as a saint", C, ["church-glass-v1", "ikona-v1"]),
    ("the house in polish folk art style", C, ["wycinanki-v2", "zakopane-v1", "pisanki-v1"]),
    ("the mustache guy in the red cap", C, ["stan-v3", "drip-v2"]),
    ("one of the old folks upstairs reading the polish paper", C, ["halina-v2", "zbyszek-v2"]),

    # ---------------- none --------------------------------------------------------------
    ("a major thunderstorm over lake michigan", N, []),
    ("a drip coffee maker on the kitchen counter", N, []),
    ("some random guy at a party with crazy drip", N, []),
    ("kiwi fruit sliced on a cutting board", N, []),
    ("a kiwi bird in a new zealand forest", N, []),
    ("a police k9 german shepherd at the st pats parade", N, []),
    ("a stock photo of some plumber under a sink", N, []),
    ("a chicago fire department engine with the lights flashing", N, []),
    ("a cupcake with sprinkles", N, []),
    ("the chicago skyline at sunset from the lake", N, []),
    ("a tabby cat sleeping in a window", N, []),
    ("a field of sunflowers in watercolor", N, []),
    ("a cockatiel with orange cheeks", N, []),
    ("a golden retriever puppy in the leaves", N, []),
    ("a little fiat maluch like my wujek used to have", N, []),
    ("a blackhawks player scoring at the united center", N, []),
    ("the ivy wall at wrigley field, empty stadium", N, []),
    ("a plate of pierogi with sour cream and fried onions", N, []),
    ("a polish flag waving on a pole", N, []),
    ("a christmas tree with lights and a star", N, []),
    ("a wolf howling at the moon", N, []),
    ("an antique mirror in a gold frame", N, []),
    ("a bolek and lolek cartoon scene", N, []),
    ("a witch on a broom for halloween", N, []),
    ("a baby sleeping in a stroller", N, []),
    ("a pigeon on a statue downtown", N, []),
    ("an aesthetic latte art heart no filter", N, []),
    ("some other family's brick bungalow in portage park", N, []),
    ("a tuxedo on a mannequin in a store window", N, []),
    ("a major league baseball in the grass", N, []),
    ("a snow globe with a little church inside", N, []),

    # ---------------- multi -------------------------------------------------------------
    ("me and dorota doing the polka at the pulaski day dance", M, ["stan-v3", "dorota-v3", "polka-v1"]),
    ("me and the wife on our wedding day", M, ["stan-v1", "dorota-v1"]),
    ("our german shepherd in a cubs jersey", M, ["major-v2", "cubs-jersey-v2"]),
    ("the dog's barking at each other through the fence", M, ["major-v2", "saba-v1"]),
    ("kiwi and bolek on a perch together", M, ["kiwi-v1", "bolek-v1"]),
    ("tomek and kasia at the christmas table", M, ["tomek-v2", "kasia-v3"]),
    ("babcia and dziadek sitting together at wigilia", M, ["halina-v2", "zbyszek-v2"]),
    ("my parents in zakopane style", M, ["halina-v2", "zbyszek-v2", "zakopane-v1"]),
    ("our two flat in wycinanki", M, ["two-flat-v2", "wycinanki-v2"]),
    ("me in a cubs jersey", M, ["stan-v3", "cubs-jersey-v2"]),
    ("tomek at 18 wearing the 2016 world series jersey", M, ["tomek-v1", "cubs-jersey-v1"]),
    ("dorota's paczki in the new pink box", M, ["paczki-v1", "bakery-box-v2"]),
    ("the babka in the old white box with the string", M, ["babka-v1", "bakery-box-v1"]),
    ("the polonez in polish poster school style", M, ["polonez-v1", "poster-school-v1"]),
    ("kiwi as a pisanka easter egg design", M, ["kiwi-v1", "pisanki-v1"]),
    ("bolek on a mug with the boleslawiec pattern", M, ["bolek-v1", "boleslawiec-v1"]),
    ("geralt and vesemir sparring in the courtyard", M, ["geralt-v2", "vesemir-v1"]),
    ("geralt in a cubs jersey lmaooo", M, ["geralt-v2", "cubs-jersey-v2"]),
    ("reksio wearing a goalie mask", M, ["reksio-v1", "goalie-mask-v1"]),
    ("kasia with a wolf cut doing a mirror selfie", M, ["kasia-v3", "wolf-cut-v1", "mirror-selfie-v1"]),
    ("tomek in pixel art", M, ["tomek-v2", "pixel-v1"]),
    ("drip the mascot as a neon sign", M, ["drip-v2", "neon-v1"]),
    ("turn my van into a snow plow", M, ["van-v2", "snowplow-v1"]),
    ("major driving a snowplow", M, ["major-v2", "snowplow-v1"]),
    ("babcia as an icon with the gold background", M, ["halina-v2", "ikona-v1"]),
    ("dziadek in the goral hat with the shells", M, ["zbyszek-v2", "goral-hat-v1"]),
    ("kasia when she was little in the striped lowicz costume", M, ["kasia-v1", "lowicz-v1"]),
    ("ciocia bozena in the lowicz costume", M, ["bozena-v1", "lowicz-v1"]),
    ("puppy major chewing on the goalie mask", M, ["major-v1", "goalie-mask-v1"]),
    ("me and tomek in our cubs jerseys at wrigley", M, ["stan-v3", "tomek-v2", "cubs-jersey-v2"]),
    ("the whole family me dorota tomek and kasia at easter dinner", M,
     ["stan-v3", "dorota-v3", "tomek-v2", "kasia-v3"]),
    ("geralt in zakopane style", M, ["geralt-v2", "zakopane-v1"]),
    ("vesemir wearing the highlander hat with the shells", M, ["vesemir-v1", "goral-hat-v1"]),
    ("dorota pregnant with kasia and her sister bozena at the baby shower", M, ["dorota-v2", "bozena-v1"]),
    ("our two flat as an old tavern neon sign", M, ["two-flat-v2", "neon-v1"]),
    ("paczki in the socialist poster style for paczki day", M, ["paczki-v1", "prl-poster-v2"]),
    ("kolaczki in stained glass like the st hyacinth windows", M, ["kolaczki-v1", "church-glass-v1"]),
    ("the old e250 and the polonez parked in the alley", M, ["van-v1", "polonez-v1"]),
    ("both kids hugging at the airport", M, ["tomek-v2", "kasia-v3"]),
    ("kasia and tomek as 16 bit video game characters, its giving nostalgia", M,
     ["kasia-v3", "tomek-v2", "pixel-v1"]),
    ("dziadek young at nowa huta in the polish poster school style", M, ["zbyszek-v1", "poster-school-v1"]),
    ("saba in a cubs jersey", M, ["saba-v1", "cubs-jersey-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    counts = {k: sum(1 for _, e, _ in CASES if e == k) for k in (S, C, N, M)}
    print(f"{len(CARDS)} cards, {len(fams)} families; {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
