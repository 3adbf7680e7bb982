#!/usr/bin/env python3
"""heldout73: Kasia Nowak's repository (Polish-American bakery-deli owner on Milwaukee Ave, Chicago).

Running this writes catalog.jsonl and cases.jsonl next to it. Cards and cases are literals below.
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
    card("kasia-v1", "Kasia", "ohwx woman", "woman", S, "kasia", 1, "2012-07-14",
         "Me, Kasia (Katarzyna Nowak), at 25 on our wedding day at St. Hyacinth: long blond braid, "
         "lace veil over a flower wianek, big smile.",
         ["me", "person", "woman", "wedding", "bride", "veil"], "sd15"),
    card("kasia-v2", "Kasia", "ohwx woman", "woman", S, "kasia", 2, "2018-04-02",
         "Me, Kasia, at 30, seven months pregnant with Zosia: shoulder-length bob, flour-dusted green "
         "apron, behind the old counter.",
         ["me", "person", "woman", "pregnant", "bob", "apron"], "sd15"),
    card("kasia-v3", "Kasia", "ohwx woman", "woman", S, "kasia", 3, "2025-10-11",
         "Me, Kasia, at 38: short pixie cut dyed copper red, readers pushed up on my head, red Nowak's "
         "apron with the new logo.",
         ["me", "person", "woman", "pixie cut", "red hair", "glasses", "apron"], "sdxl"),
    # --- husband ---
    card("tomek-v1", "Tomek", "sks man", "man", S, "tomek", 1, "2016-08-20",
         "My husband Tomek (Tomasz) at 33 with his big bushy beard and a Cubs cap, rolling dough at 4 a.m.",
         ["husband", "person", "man", "beard", "cap", "baker"], "sd15"),
    card("tomek-v2", "Tomek", "sks man", "man", S, "tomek", 2, "2025-06-01",
         "My husband Tomek at 42 after he shaved the beard off: just a thick mustache now, shaved head, "
         "grey hoodie with the bakery logo.",
         ["husband", "person", "man", "mustache", "shaved head", "hoodie"], "sdxl"),
    # --- son ---
    card("kuba-v1", "Kuba", "kub4_boy", "boy", S, "kuba", 1, "2019-07-04",
         "Our son Kuba (Jakub) at 5: bowl haircut, missing front tooth, Spider-Man t-shirt, at the Fourth "
         "of July parade.",
         ["son", "person", "child", "boy", "bowl cut"], "sd15"),
    card("kuba-v2", "Kuba", "kub4_boy", "boy", S, "kuba", 2, "2022-05-15",
         "Our son Kuba at 8 on his First Communion day: white alb with a wooden cross, neat side part, "
         "holding a candle.",
         ["son", "person", "child", "boy", "first communion", "church"], "sd15"),
    card("kuba-v3", "Kuba", "kub4_boy", "boy", S, "kuba", 3, "2026-09-12",
         "Our son Kuba at 12, first week of seventh grade: new braces, shaggy hair, Chicago Fire soccer jersey.",
         ["son", "person", "child", "boy", "braces", "soccer"], "sdxl"),
    # --- daughter ---
    card("zosia-v1", "Zosia", "<zosia>", "girl", S, "zosia", 1, "2023-02-10",
         "Our daughter Zosia (Zofia) at 4: two blond pigtails, pink snow jacket, chubby cheeks.",
         ["daughter", "person", "child", "girl", "pigtails"], "sd15"),
    card("zosia-v2", "Zosia", "<zosia>", "girl", S, "zosia", 2, "2026-05-17",
         "Our daughter Zosia at 7 on her First Communion: white dress, flower wreath in her hair, white gloves.",
         ["daughter", "person", "child", "girl", "first communion", "wreath"], "sdxl"),
    # --- grandparents ---
    card("babcia-v1", "Halina", "hlnbabcia", "woman", S, "babcia", 1, "2020-11-01",
         "My babcia Halina as a young woman, from a scanned 1966 photo in Zakopane: dark braids, "
         "embroidered highlander vest.",
         ["grandmother", "person", "woman", "vintage", "braids"], "sd15"),
    card("babcia-v2", "Halina", "hlnbabcia", "woman", S, "babcia", 2, "2024-07-20",
         "My babcia Halina at 88: white hair in a bun, flowered headscarf, big glasses, cardigan, on the "
         "bench outside her house.",
         ["grandmother", "person", "woman", "elderly", "headscarf"], "sdxl"),
    card("dziadek-v1", "Staszek", "dz1adek", "old man", S, "dziadek", 1, "2023-08-15",
         "My dziadek Stanisław (Staszek) at 90: white walrus mustache, black highlander felt hat with "
         "shells, leaning on his ciupaga.",
         ["grandfather", "person", "man", "elderly", "mustache", "highlander"], "sdxl"),
    # --- aunt, uncle, brother ---
    card("ciocia-v1", "Ela", "elzb woman", "woman", S, "ciocia-ela", 1, "2024-12-26",
         "My ciocia Ela (Elżbieta, my mom's sister) at 61 at Wigilia: curly frosted blond hair, gold cross "
         "necklace, big red sweater.",
         ["aunt", "person", "woman", "christmas"], "sdxl"),
    card("wujek-v1", "Heniek", "hnk_wujek", "man", S, "wujek-heniek", 1, "2021-07-04",
         "My wujek Heniek (Henryk), ciocia Ela's husband, at 64: bald with a grey mustache, Bears jersey, "
         "at the grill.",
         ["uncle", "person", "man", "bald", "mustache"], "sd15"),
    card("marek-v1", "Marek", "zwx man", "man", S, "marek", 1, "2017-03-11",
         "My brother Marek at 26: long hair in a ponytail, goatee, Behemoth band t-shirt, leather jacket.",
         ["brother", "person", "man", "long hair", "metal"], "sd15"),
    card("marek-v2", "Marek", "zwx man", "man", S, "marek", 2, "2024-09-21",
         "My brother Marek at 33 on his wedding day: short haircut, clean-shaven, navy suit with a "
         "cornflower boutonniere.",
         ["brother", "person", "man", "wedding", "groom", "suit"], "sdxl"),
    # --- pets ---
    card("kielbasa-v1", "Kiełbasa", "sks dog", "dog", S, "kielbasa", 1, "2019-05-01",
         "Our dachshund Kiełbasa as a puppy: smooth red coat, oversized paws, chewing a slipper.",
         ["pet", "dog", "dachshund", "puppy"], "sd15"),
    card("kielbasa-v2", "Kiełbasa", "sks dog", "dog", S, "kielbasa", 2, "2025-01-18",
         "Our dachshund Kiełbasa at 6: smooth red coat, grey muzzle, little knitted red-and-white sweater.",
         ["pet", "dog", "dachshund", "sweater"], "sdxl"),
    card("pretzel-v1", "Pretzel", "prtzl dog", "dog", S, "pretzel", 1, "2025-03-09",
         "Our neighbour Pani Kowalczyk's dachshund Pretzel: smooth red coat just like Kiełbasa's, white "
         "spot on the chest, blue harness.",
         ["dog", "dachshund", "neighbour"], "sdxl"),
    card("mruczek-v1", "Mruczek", "mrczk cat", "cat", S, "mruczek", 1, "2022-10-02",
         "Mruczek, our grey tabby bakery cat who sleeps in the front window on the flour sacks.",
         ["pet", "cat", "tabby"], "sd15"),
    # --- car, place ---
    card("polonez-v1", "Polonez", "plnz car", "car", S, "polonez", 1, "2021-09-05",
         "Our old cherry-red 1991 FSO Polonez Caro: boxy hatchback, rust on the wheel arches, parked at "
         "babcia's in Zakopane.",
         ["car", "vehicle", "vintage"], "sd15"),
    card("zakopane-house-v1", "Dom w Zakopanem", "zkpn_house", "house", S, "zakopane-house", 1, "2024-07-22",
         "My babcia and dziadek's wooden highlander house in Zakopane: steep shingled roof, carved "
         "balcony, Giewont mountain behind it.",
         ["house", "place", "mountains", "wooden"], "sdxl"),
    # --- business ---
    card("bakery-v1", "Nowak's Bakery & Deli", "nowak_bakery", "storefront", S, "bakery", 1, "2019-10-12",
         "Our bakery-deli on Milwaukee Ave before the new sign: old hand-painted green sign "
         "'NOWAK'S PIEKARNIA', striped awning, sausages hanging in the window.",
         ["bakery", "shop", "storefront", "business"], "sd15"),
    card("bakery-v2", "Nowak's Bakery & Deli", "nowak_bakery", "storefront", S, "bakery", 2, "2025-04-26",
         "Our bakery-deli on Milwaukee Ave after the new sign: red neon 'NOWAK'S' script sign, white "
         "awning, Pączuś painted on the glass door.",
         ["bakery", "shop", "storefront", "business", "neon"], "sdxl"),
    card("paczki-v1", "Nowak's pączki", "nwk paczki", "donut", S, "paczki", 1, "2021-02-16",
         "Our pączki before the rebrand: rose-jam filled, powdered sugar, in the old white bakery box "
         "with green string.",
         ["food", "pastry", "donut", "bakery"], "sd15"),
    card("paczki-v2", "Nowak's pączki", "nwk paczki", "donut", S, "paczki", 2, "2026-02-17",
         "Our pączki after the rebrand: glazed with candied orange peel, in the new red box with the "
         "neon logo, for Pączki Day 2026.",
         ["food", "pastry", "donut", "bakery", "box"], "sdxl"),
    card("pierogi-v1", "Nowak's pierogi", "<nwk-pierogi>", "dumplings", S, "pierogi", 1, "2025-11-15",
         "Our pierogi ruskie, hand pinched, topped with fried onions and sour cream on the blue bakery plate.",
         ["food", "dumplings", "deli"], "sdxl"),
    card("paczus-v1", "Pączuś", "<paczus>", "mascot", S, "paczus", 1, "2020-12-01",
         "Pączuś, our bakery mascot, as Tomek first drew him: a round smiling pączek with a curly "
         "mustache and a chef hat, crayon lines.",
         ["mascot", "cartoon", "donut", "bakery"], "sd15"),
    card("paczus-v2", "Pączuś", "<paczus>", "mascot", S, "paczus", 2, "2025-04-26",
         "Pączuś, our bakery mascot redrawn for the new sign: flat red-and-white vector pączek with a "
         "mustache, chef hat and a little rolling pin.",
         ["mascot", "cartoon", "donut", "bakery", "logo"], "sdxl"),
    # --- downloaded characters ---
    card("rem-v1", "Rem", "rem_rezero", "girl", S, "rem", 1, "2023-03-02",
         "Rem from Re:Zero (Civitai download): short blue hair covering her right eye, maid outfit, "
         "x-shaped hair clip.",
         ["character", "anime", "maid", "blue hair"], "sd15"),
    card("ram-v1", "Ram", "ram_rezero", "girl", S, "ram", 1, "2023-03-02",
         "Ram from Re:Zero, Rem's twin sister (Civitai download): short pink hair covering her left eye, "
         "maid outfit, flower hair ornament.",
         ["character", "anime", "maid", "pink hair"], "sd15"),
    card("geralt-v1", "Geralt of Rivia", "geralt_witcher", "man", S, "geralt", 1, "2022-01-10",
         "Geralt of Rivia from The Witcher 3 game (Civitai LoRA): long white hair in a ponytail, scar over "
         "his left eye, two swords on his back.",
         ["character", "witcher", "fantasy", "game", "white hair"], "sd15"),
    card("geralt-v2", "Geralt of Rivia", "geralt_witcher", "man", S, "geralt", 2, "2024-02-14",
         "Geralt of Rivia, Netflix series look (Civitai LoRA): long loose white hair, yellow cat eyes, "
         "black leather armor, wolf medallion.",
         ["character", "witcher", "fantasy", "tv", "white hair"], "sdxl"),
    card("ciri-v1", "Ciri", "ciri_witcher", "woman", S, "ciri", 1, "2024-02-14",
         "Ciri (Cirilla) from The Witcher (Civitai LoRA): ashen white hair, scar on her cheek, green eyes, "
         "sword.",
         ["character", "witcher", "fantasy", "white hair"], "sdxl"),
    card("reksio-v1", "Reksio", "r3ks10", "dog", S, "reksio", 1, "2022-06-01",
         "Reksio, the Polish cartoon dog from the 1970s TV bajka (Civitai LoRA): white terrier with brown "
         "ears and a brown patch, big black nose.",
         ["character", "cartoon", "dog", "polish"], "sd15"),
    # --- styles ---
    card("wycinanki-v1", "Wycinanki", "wycinanki style", "paper cut", ST, "wycinanki", 1, "2021-04-10",
         "Polish folk paper cut-outs, Łowicz style: layered bright colored paper, roosters and flowers, "
         "symmetrical.",
         ["style", "folk art", "paper", "polish"], "sd15"),
    card("wycinanki-v2", "Wycinanki", "wycinanki style", "paper cut", ST, "wycinanki", 2, "2025-03-01",
         "Polish folk paper cut-outs, v2: cleaner layers, Kurpie single-color symmetric cutouts plus Łowicz "
         "color layers.",
         ["style", "folk art", "paper", "polish"], "sdxl"),
    card("plposter-v1", "Polish Poster School", "plpstr style", "poster", ST, "polish-poster", 1, "2020-08-20",
         "1960s-70s Polish film poster art: painterly, surreal, bold hand lettering, limited colors.",
         ["style", "poster", "illustration", "retro"], "sd15"),
    card("plposter-v2", "Polish Poster School", "plpstr style", "poster", ST, "polish-poster", 2, "2024-10-05",
         "1960s-70s Polish film poster art, v2: sharper hand lettering, gouache texture, surreal "
         "symbolic figures.",
         ["style", "poster", "illustration", "retro"], "sdxl"),
    card("glass-v1", "Góral Glass Painting", "malowane_na_szkle", "painting", ST, "glass-painting", 1,
         "2024-08-30",
         "Zakopane folk painting on glass: thick black outlines, flat bright colors, saints and highlanders, "
         "reverse painted.",
         ["style", "folk art", "painting", "glass"], "sdxl"),
    card("pixel-v1", "16-bit Pixel", "pixelart_16bit", "pixel art", ST, "pixel-16bit", 1, "2022-11-05",
         "16-bit video game pixel art: chunky pixels, limited palette, SNES look.",
         ["style", "pixel art", "game", "retro"], "sd15"),
    card("clay-v1", "Claymation", "cl4ym4t10n", "clay figure", ST, "claymation", 1, "2025-12-01",
         "Stop-motion clay figures: visible fingerprints, soft studio lighting, miniature set.",
         ["style", "clay", "stop motion", "3d"], "sdxl"),
    card("anime90-v1", "90s Anime Cel", "90s_anime_cel", "anime", ST, "anime-90s", 1, "2023-05-20",
         "1990s cel-shaded anime look: hand-painted backgrounds, film grain, muted pastels.",
         ["style", "anime", "retro", "cel"], "sd15"),
    card("mucha-v1", "Mucha Nouveau", "mucha style", "poster", ST, "mucha", 1, "2024-05-11",
         "Alphonse Mucha art nouveau: flowing hair, halo circles, floral borders, pastel decorative panels.",
         ["style", "art nouveau", "poster", "illustration"], "sdxl"),
    card("kodachrome-v1", "Kodachrome 70s", "kdchrm photo", "photo", ST, "kodachrome", 1, "2021-01-09",
         "Vintage 1970s slide film photo: warm saturated reds, grain, faded edges.",
         ["style", "photo", "film", "vintage"], "sd15"),
    card("kodachrome-v2", "Kodachrome 70s", "kdchrm photo", "photo", ST, "kodachrome", 2, "2025-08-02",
         "Vintage 1970s slide film photo, v2: warm saturated reds, fine grain, slight light leaks.",
         ["style", "photo", "film", "vintage"], "sdxl"),
    card("boleslawiec-v1", "Bolesławiec", "<boleslawiec>", "pattern", ST, "boleslawiec", 1, "2025-09-14",
         "Polish Bolesławiec stoneware pattern: cobalt blue peacock eyes and dots stamped on cream.",
         ["style", "pattern", "pottery", "polish"], "sdxl"),
    card("chalk-v1", "Chalkboard Menu", "chalkboard_art", "chalk drawing", ST, "chalkboard", 1, "2022-03-08",
         "Hand-drawn colored chalk lettering and doodles on a black slate board, like our menu board.",
         ["style", "chalk", "lettering", "menu"], "sd15"),
    card("akwarela-v1", "Mokra Akwarela", "akwrl style", "watercolor", ST, "akwarela", 1, "2024-04-13",
         "Loose wet-on-wet watercolor: soft blooms, bleeding edges, pastel washes, white paper showing.",
         ["style", "watercolor", "painting", "soft"], "sdxl"),
    card("sketchwalk-v1", "Sketchwalk", "sktchwlk", "sketch", ST, "sketchwalk", 1, "2025-05-24",
         "Urban sketching: quick ink pen lines with watercolor washes, travel sketchbook look.",
         ["style", "watercolor", "ink", "sketch"], "sdxl"),
    # --- concepts ---
    card("goral-v1", "Strój Góralski", "goral_outfit", "outfit", CO, "goral-outfit", 1, "2021-08-14",
         "Polish highlander costume: white felted wool trousers with parzenica embroidery, black hat with "
         "shells, kierpce leather shoes.",
         ["clothing", "folk costume", "highlander"], "sd15"),
    card("goral-v2", "Strój Góralski", "goral_outfit", "outfit", CO, "goral-outfit", 2, "2025-07-19",
         "Polish highlander costume, v2: white wool trousers with parzenica embroidery, corded vest, black "
         "hat with shells, kierpce, works on kids too.",
         ["clothing", "folk costume", "highlander"], "sdxl"),
    card("krakowiak-v1", "Strój Krakowski", "krakow_costume", "outfit", CO, "krakow-costume", 1, "2024-06-08",
         "Kraków folk costume: flower wreath with long colorful ribbons, coral beads, embroidered black vest, "
         "flowered skirt.",
         ["clothing", "folk costume", "krakow"], "sdxl"),
    card("sweater-v1", "Ugly Christmas Sweater", "ugly_xmas_sweater", "sweater", CO, "ugly-sweater", 1,
         "2023-12-02",
         "Tacky knit holiday sweater with reindeer, snowflakes and pom-poms.",
         ["clothing", "christmas", "sweater"], "sdxl"),
    card("braid-v1", "Braid Crown", "brdcrwn", "hairstyle", CO, "braid-crown", 1, "2025-01-05",
         "Hair braided all the way around the head like a crown (korona z warkocza).",
         ["hairstyle", "braid"], "sdxl"),
    card("shoulder-v1", "Shoulder Ride", "shldr_ride pose", "pose", CO, "shoulder-ride", 1, "2025-02-22",
         "Pose: an adult carrying a child on their shoulders, the child holding on to the adult's head.",
         ["pose", "family", "carry"], "sdxl"),
    card("jump-v1", "Midair Jump", "jump_midair", "pose", CO, "midair-jump", 1, "2022-08-13",
         "Pose: jumping high in the air, knees tucked, frozen mid-jump.",
         ["pose", "action", "jump"], "sd15"),
    card("maluch-v1", "Maluch", "fiat126p", "car", CO, "maluch", 1, "2022-09-03",
         "Vehicle type: Fiat 126p 'Maluch', the tiny rounded-box Polish city car from the PRL era.",
         ["vehicle", "car", "retro", "polish"], "sd15"),
    card("swieconka-v1", "Święconka Basket", "swieconka_basket", "basket", CO, "swieconka", 1, "2024-03-23",
         "Prop: Easter blessing basket, wicker with a white lace napkin, pisanki eggs, bread, sausage, salt "
         "and boxwood sprigs.",
         ["prop", "easter", "basket"], "sdxl"),
]

SEL = [
    # me
    ("me behind the counter in my red apron", "kasia-v3"),
    ("me at my wedding, the one with the wianek and the veil", "kasia-v1"),
    ("me pregnant with zosia standing by the old counter", "kasia-v2"),
    ("kasia waving hello, big smile", "kasia-v3"),
    ("kaśka with a coffee at 5am looking dead tired lol", "kasia-v3"),
    ("me when i had the bob haircut", "kasia-v2"),
    ("me in 2012 in my wedding dress dancing", "kasia-v1"),
    ("selfie of me with the red pixie cut and my readers on my head", "kasia-v3"),
    ("kasieńka rolling out dough", "kasia-v3"),
    ("kaśka at 25", "kasia-v1"),
    ("the bride walking down the aisle at st hyacinth", "kasia-v1"),
    # husband
    ("my husbnad flipping pancakes", "tomek-v2"),
    ("tomek with the big beard back in the day", "tomek-v1"),
    ("my hubby with just the mustache, grilling in the backyard", "tomek-v2"),
    ("tomek in his cubs hat kneading dough, the old one", "tomek-v1"),
    ("tomek at 33", "tomek-v1"),
    ("my other half reading the sun-times", "tomek-v2"),
    ("tomasz with the shaved head holding a tray of bread", "tomek-v2"),
    # son
    ("kuba playing soccer", "kuba-v3"),
    ("kubuś at his first communion holding the candle", "kuba-v2"),
    ("my son with his braces smiling big", "kuba-v3"),
    ("kuba when he was little in his spiderman shirt", "kuba-v1"),
    ("our boy at 5 at the parade", "kuba-v1"),
    ("jakub doing homework at the kitchen table", "kuba-v3"),
    ("kuba 2022", "kuba-v2"),
    ("the kid with the bowl cut and the missing tooth", "kuba-v1"),
    ("my boy on his bike", "kuba-v3"),
    # daughter
    ("zosia blowin bubbles in the yard", "zosia-v2"),
    ("zosieńka in her communion dress with the wreath", "zosia-v2"),
    ("my daughter in pigtails building a snowman", "zosia-v1"),
    ("zośka when she was 4 in the pink jacket", "zosia-v1"),
    ("our little girl reading a book in bed", "zosia-v2"),
    ("my daughter asleep in the car seat", "zosia-v2"),
    ("zosia in 2023 with chubby cheeks", "zosia-v1"),
    # grandparents
    ("babcia feeding pigeons", "babcia-v2"),
    ("babcia halina when she was young w the dark braids", "babcia-v1"),
    ("babcia back in the 60s", "babcia-v1"),
    ("babunia in her headscarf knitting", "babcia-v2"),
    ("the kids prababcia at the kitchen table", "babcia-v2"),
    ("babcia 2024", "babcia-v2"),
    ("my grandma picking mushrooms", "babcia-v2"),
    ("dziadek with his ciupaga on a mountian trail", "dziadek-v1"),
    ("dziadziuś smoking his pipe on the porch", "dziadek-v1"),
    ("my grandpa staszek telling stories", "dziadek-v1"),
    # aunt uncle brother
    ("ciocia ela setting teh table for wigilia", "ciocia-v1"),
    ("ciocia in her red sweater at christmas", "ciocia-v1"),
    ("wujek heniek at the grill", "wujek-v1"),
    ("uncle henryk watching the bears game", "wujek-v1"),
    ("wujcio heniu fishing on the lake", "wujek-v1"),
    ("my uncle in a lawn chair", "wujek-v1"),
    ("my brother playing guitar", "marek-v2"),
    ("marek with long hair and the goatee headbanging", "marek-v1"),
    ("mareczek on his wedding day in the navy suit", "marek-v2"),
    ("my bro marek back when he was a metalhead", "marek-v1"),
    ("marek 2017", "marek-v1"),
    ("the groom with the cornflower on his lapel", "marek-v2"),
    # pets
    ("kielbasa chasing a squirel", "kielbasa-v2"),
    ("kiełbaska as a tiny puppy chewing a slipper", "kielbasa-v1"),
    ("our wiener dog in his little sweater", "kielbasa-v2"),
    ("our doxie sleeping by the oven", "kielbasa-v2"),
    ("kielbaska in the rain with a tiny umbrella", "kielbasa-v2"),
    ("our dog on the couch", "kielbasa-v2"),
    ("sks dog in a pumpkin patch", "kielbasa-v2"),
    ("pretzel from next door sitting on our steps", "pretzel-v1"),
    ("pani kowalczyk's dog with the blue harness", "pretzel-v1"),
    ("the neighbors dachshund with the white spot on his chest", "pretzel-v1"),
    ("mruczek sleeping on the flour sacks", "mruczek-v1"),
    ("the bakery cat in the window", "mruczek-v1"),
    # car, place, business
    ("the polonez parked in the snow", "polonez-v1"),
    ("our old red polonez on a mountain road", "polonez-v1"),
    ("our old car with the rust on the wheel arches", "polonez-v1"),
    ("babcia's house in zakopane in winter", "zakopane-house-v1"),
    ("dziadkowie's chata with snow on the roof", "zakopane-house-v1"),
    ("our bakery at night", "bakery-v2"),
    ("the bakery with the old green sign", "bakery-v1"),
    ("nowaks storefront with the new neon sign in the rain", "bakery-v2"),
    ("the shop before we changed the sign, with the striped awning", "bakery-v1"),
    ("our piekarnia on milwaukee ave on a snowy morning", "bakery-v2"),
    ("our paczki stacked on a tray", "paczki-v2"),
    ("a box of our pączki in the old white box with the green string", "paczki-v1"),
    ("our rose jam paczki with powdered sugar, the old recipe", "paczki-v1"),
    ("paczki with orange peel in the red box", "paczki-v2"),
    ("our pierogi with fried onions", "pierogi-v1"),
    ("a plate of our ruskie with sour cream", "pierogi-v1"),
    ("pączuś waving hello", "paczus-v2"),
    ("the mascot like tomek first drew him in crayon", "paczus-v1"),
    ("our little donut guy with the mustache on a sticker", "paczus-v2"),
    ("paczus old version", "paczus-v1"),
    # characters
    ("rem in her maid outfit holding a mop", "rem-v1"),
    ("the blue haired maid from re zero", "rem-v1"),
    ("ram from rezero rolling her eyes", "ram-v1"),
    ("the pink haired anime twin", "ram-v1"),
    ("geralt fighting a drowner", "geralt-v2"),
    ("geralt from the witcher 3 game with the two swords", "geralt-v1"),
    ("geralt the netflix one", "geralt-v2"),
    ("ciri with her sword in the snow", "ciri-v1"),
    ("cirilla riding a horse", "ciri-v1"),
    ("the witcher girl with the ashen hair", "ciri-v1"),
    ("reksio chasing a ball", "reksio-v1"),
    ("the cartoon dog from the polish bajka, white with brown ears", "reksio-v1"),
    # styles alone
    ("a rooster in wycinanki style", "wycinanki-v2"),
    ("flowers in the old wycinanki lora, the first one", "wycinanki-v1"),
    ("a mountain village as a polish movie poster", "plposter-v2"),
    ("polish poster style the older version, jazz concert", "plposter-v1"),
    ("a cat painted on glass like the zakopane folk ones", "glass-v1"),
    ("a castle in 16 bit pixel art", "pixel-v1"),
    ("a snowman in claymation", "clay-v1"),
    ("a girl on a train in 90s anime style", "anime90-v1"),
    ("woman with flowers in her hair, mucha art nouveau", "mucha-v1"),
    ("a chicago street in 1975 on slide film", "kodachrome-v2"),
    ("the kodachrome lora v1 for a diner", "kodachrome-v1"),
    ("a teapot covered in the boleslawiec pattern", "boleslawiec-v1"),
    ("todays specials doodled in chalk", "chalk-v1"),
    ("a tree in wet on wet watercolor with bleeding edges", "akwarela-v1"),
    ("a quick ink and wash sketch of a cafe", "sketchwalk-v1"),
    # concepts alone
    ("a woman in a krakow folk costume with the ribbons", "krakowiak-v1"),
    ("a man in highlander clothes with the shell hat", "goral-v2"),
    ("the goral costume v1 on a mannequin", "goral-v1"),
    ("a guy in a tacky xmas sweater", "sweater-v1"),
    ("a girl with her braid wrapped around her head", "braid-v1"),
    ("a dad carrying his kid on his shoulders at a parade", "shoulder-v1"),
    ("a person jumping in the air at the beach", "jump-v1"),
    ("a tiny fiat 126p in a parking lot", "maluch-v1"),
    ("an easter basket with pisanki and kielbasa", "swieconka-v1"),
]

CLAR = [
    ("my kid on the swings", ["kuba-v3", "zosia-v2"]),
    ("our kid on komunia day in church", ["kuba-v3", "zosia-v2"]),
    ("my kid at the beach", ["kuba-v3", "zosia-v2"]),
    ("one of our kids in a halloween costume", ["kuba-v3", "zosia-v2"]),
    ("one of the kids when they were small eating ice cream", ["kuba-v3", "zosia-v2"]),
    ("the kid blowing out the birthday candles", ["kuba-v3", "zosia-v2"]),
    ("the red dachshund on the porch", ["kielbasa-v2", "pretzel-v1"]),
    ("that sausage dog sniffing the snow", ["kielbasa-v2", "pretzel-v1"]),
    ("our pet napping", ["kielbasa-v2", "mruczek-v1"]),
    ("a lighthouse in watercolor", ["akwarela-v1", "sketchwalk-v1"]),
    ("watercolor painting of milwaukee ave", ["akwarela-v1", "sketchwalk-v1"]),
    ("the re zero maid girl", ["rem-v1", "ram-v1"]),
    ("one of the re:zero twins pouring tea", ["rem-v1", "ram-v1"]),
    ("the re zero girl in a swimsuit", ["rem-v1", "ram-v1"]),
    ("the witcher with white hair", ["geralt-v2", "ciri-v1"]),
    ("a witcher fighting a griffin", ["geralt-v2", "ciri-v1"]),
    ("the witcher lora in a tavern", ["geralt-v2", "ciri-v1"]),
    ("the witcher character with the scar", ["geralt-v2", "ciri-v1"]),
    ("the old polish car on a country road", ["polonez-v1", "maluch-v1"]),
    ("polish folk art rooster", ["wycinanki-v2", "glass-v1"]),
    ("the wedding one, first dance", ["kasia-v3", "marek-v2"]),
    ("a girl in polish folk costume dancing", ["goral-v2", "krakowiak-v1"]),
    ("a boy in a polish folk costume", ["goral-v2", "krakowiak-v1"]),
    ("a portrait in that poster style", ["plposter-v2", "mucha-v1"]),
    ("one of our bestsellers on a plate for the insta", ["paczki-v2", "pierogi-v1"]),
    ("the guy with long hair in a ponytail", ["marek-v2", "geralt-v2"]),
    ("the old guy with the big mustache", ["dziadek-v1", "wujek-v1"]),
    ("something from our deli case on a wooden board", ["paczki-v2", "pierogi-v1"]),
    ("a watercolor portrait of a woman reading", ["akwarela-v1", "sketchwalk-v1"]),
    ("one of the dachshunds under the christmas tree", ["kielbasa-v2", "pretzel-v1"]),
    ("the folk costume lora on a mannequin", ["goral-v2", "krakowiak-v1"]),
]

NONE = [
    "a salted pretzel with beer mustard",
    "a plate of grilled kielbasa with sauerkraut",
    "couples dancing a polonez at a ball",
    "a ram standing on a rocky cliff",
    "a dodge ram pickup in the snow",
    "stock photo of a dachshund, just any random one",
    "a random old lady in a headscarf selling flowers at the market",
    "a wedding cake with pink roses",
    "a cup of coffee with latte art",
    "sunset over lake michigan",
    "chicago skyline at night",
    "my mom in her garden",
    "my dad fixing his truck",
    "a box of dunkin donuts",
    "a golden retriever puppy",
    "a black cat on a fence",
    "a mountain cabin in colorado",
    "a red ferrari",
    "a bowl of bigos",
    "stock photo of some kid blowing out candles for the party flyer",
    "a gingerbread house",
    "my cousin agnieszka",
    "tomek's mom baking bread",
    "ciocia bozena at the bingo hall",
    "my nephew at his birthday",
    "a highland cow in scotland",
    "a watercolor paint set on a desk",
    "a blank chalkboard sign outside a cafe",
    "pikachu in the rain",
    "yennefer from the witcher",
    "spider-man swinging between buildings",
]

MULTI = [
    ("kasia and tomek dancing in the kitchen", ["kasia-v3", "tomek-v2"]),
    ("kuba and zosia buidling a snowman", ["kuba-v3", "zosia-v2"]),
    ("babcia and dziadek on the bench outside their house in zakopane",
     ["babcia-v2", "dziadek-v1", "zakopane-house-v1"]),
    ("kielbasa and pretzel sniffing each other on the sidewalk", ["kielbasa-v2", "pretzel-v1"]),
    ("tomek carrying zosia on his shoulders at the parade", ["tomek-v2", "zosia-v2", "shoulder-v1"]),
    ("me in wycinanki style", ["kasia-v3", "wycinanki-v2"]),
    ("kielbasa in an ugly christmas sweater", ["kielbasa-v2", "sweater-v1"]),
    ("our bakery in watercolor, the loose wet kind", ["bakery-v2", "akwarela-v1"]),
    ("pączuś as a claymation figure", ["paczus-v2", "clay-v1"]),
    ("zosia with a braided crown", ["zosia-v2", "braid-v1"]),
    ("dziadek in the full highlander outfit", ["dziadek-v1", "goral-v2"]),
    ("ciocia ela in a krakow folk costume", ["ciocia-v1", "krakowiak-v1"]),
    ("kuba in the goral costume", ["kuba-v3", "goral-v2"]),
    ("rem and ram back to back", ["rem-v1", "ram-v1"]),
    ("geralt and ciri by a campfire", ["geralt-v2", "ciri-v1"]),
    ("wujek heniek in pixel art", ["wujek-v1", "pixel-v1"]),
    ("mruczek in 90s anime style", ["mruczek-v1", "anime90-v1"]),
    ("our polonez as a polish movie poster", ["polonez-v1", "plposter-v1"]),
    ("the polonez in an old 70s slide photo", ["polonez-v1", "kodachrome-v1"]),
    ("reksio and mruczek playing together", ["reksio-v1", "mruczek-v1"]),
    ("our paczki box in mucha art nouveau style for the easter ad", ["paczki-v2", "mucha-v1"]),
    ("marek and tomek having a beer", ["marek-v2", "tomek-v2"]),
    ("babcia knitting, kodachrome look", ["babcia-v2", "kodachrome-v2"]),
    ("the zakopane house painted on glass", ["zakopane-house-v1", "glass-v1"]),
    ("mruczek jumping midair after a fly", ["mruczek-v1", "jump-v1"]),
    ("the polonez next to a maluch", ["polonez-v1", "maluch-v1"]),
    ("kasia, tomek, kuba and zosia family photo at wigilia", ["kasia-v3", "tomek-v2", "kuba-v3", "zosia-v2"]),
    ("kielbasa sitting in the swieconka basket", ["kielbasa-v2", "swieconka-v1"]),
    ("our kids with the easter basket going to church on holy saturday",
     ["kuba-v3", "zosia-v2", "swieconka-v1"]),
    ("geralt eating one of our paczki", ["geralt-v2", "paczki-v2"]),
    ("ciri in wycinanki style", ["ciri-v1", "wycinanki-v2"]),
    ("rem as chalkboard art for our menu board", ["rem-v1", "chalk-v1"]),
    ("me and ciocia ela making uszka", ["kasia-v3", "ciocia-v1"]),
    ("the bakery with the old sign in 16bit pixel", ["bakery-v1", "pixel-v1"]),
    ("kuba at his first communion in chalk for a card", ["kuba-v2", "chalk-v1"]),
    ("babcia young in the 60s, old polish poster style", ["babcia-v1", "plposter-v1"]),
    ("zosia and kielbasa asleep on the couch", ["zosia-v2", "kielbasa-v2"]),
    ("marek with the long hair as a 90s anime guy", ["marek-v1", "anime90-v1"]),
    ("pączuś and kielbasa together for the new window decal", ["paczus-v2", "kielbasa-v2"]),
    ("dziadek and kuba fishing", ["dziadek-v1", "kuba-v3"]),
    ("tomek in an ugly christmas sweater", ["tomek-v2", "sweater-v1"]),
    ("our bakery in sketchwalk style", ["bakery-v2", "sketchwalk-v1"]),
    ("me with my hair in a braid crown", ["kasia-v3", "braid-v1"]),
    ("ram in pixel art", ["ram-v1", "pixel-v1"]),
]


def cases():
    out = [dict(prompt=p, expect="select", gold=[g]) for p, g in SEL]
    out += [dict(prompt=p, expect="clarify", gold=g) for p, g in CLAR]
    out += [dict(prompt=p, expect="none", gold=[]) for p in NONE]
    out += [dict(prompt=p, expect="multi", gold=g) for p, g in MULTI]
    # interleave deterministically so the expect kinds are mixed through the file
    return [c for _, c in sorted(enumerate(out), key=lambda ic: (ic[0] * 7919) % len(out))]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    cs = cases()
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cs:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(CARDS)} cards, {len(cs)} cases")


if __name__ == "__main__":
    main()
