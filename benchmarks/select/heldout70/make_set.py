#!/usr/bin/env python3
"""heldout70: Pemba Sherpa's repository (Himalayan restaurant in Jackson Heights, Queens).

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


S, T, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("pemba-v1", "Pemba", "ohwx man", "man", S, "pemba", 1, "2021-11-02",
         "Me, Pemba, at 24 in 2012 guiding clients on the Khumbu trail, before my first Everest summit: "
         "long hair tied back, red down jacket, glacier glasses pushed up, sunburned cheeks.",
         ["me", "person", "man", "guide", "long hair", "trekking"], "sd15"),
    card("pemba-v2", "Pemba", "ohwx man", "man", S, "pemba", 2, "2022-03-15",
         "Me at 29 in 2017, just down from my fifth Everest summit: short hair, summit beard, cracked lips, "
         "yellow down suit unzipped, oxygen mask hanging on my neck.",
         ["me", "person", "man", "climber", "summit", "beard", "everest"], "sd15"),
    card("pemba-v3", "Pemba", "ohwx man", "man", S, "pemba", 3, "2026-04-18",
         "Me now at 38, owner of Khumbu Kitchen in Jackson Heights: clean shaved, black baseball cap "
         "backwards, white chef jacket with a small Nepal flag pin, smile lines.",
         ["me", "person", "man", "chef", "owner", "cap"], "sdxl"),
    # --- wife ---
    card("dolma-v1", "Dolma", "sks woman", "woman", S, "dolma", 1, "2021-11-05",
         "My wife Dolma on our wedding day in Kathmandu in 2014: red silk wedding bakhu, gold and coral "
         "jewelry, long hair in a bun, shy smile.",
         ["wife", "person", "woman", "wedding", "bride", "jewelry"], "sd15"),
    card("dolma-v2", "Dolma", "sks woman", "woman", S, "dolma", 2, "2022-06-20",
         "My wife Dolma in 2019 in our Queens apartment, heavily pregnant with our daughter Yangzom: grey "
         "hoodie, hand on her belly, hair in one long braid.",
         ["wife", "person", "woman", "pregnant", "braid"], "sd15"),
    card("dolma-v3", "Dolma", "sks woman", "woman", S, "dolma", 3, "2026-05-02",
         "My wife Dolma now at 35, running the front counter of Khumbu Kitchen: new short bob haircut, small "
         "gold nose stud, maroon apron. The staff all call her didi.",
         ["wife", "person", "woman", "bob haircut", "counter", "apron"], "sdxl"),
    # --- kids ---
    card("tenzing-v1", "Tenzing", "tnzg_boy", "boy", S, "tenzing", 1, "2021-09-14",
         "Our son Tenzing (we call him Tenzu) at 5 on his first day of kindergarten in 2021: big blue "
         "backpack, missing front tooth, bowl haircut.",
         ["son", "child", "boy", "school", "backpack"], "sd15"),
    card("tenzing-v2", "Tenzing", "tnzg_boy", "boy", S, "tenzing", 2, "2026-03-10",
         "Our son Tenzing (Tenzu) at 10: new black rectangle glasses, spiky hair, orange Naruto hoodie, "
         "always with a basketball.",
         ["son", "child", "boy", "glasses", "basketball"], "sdxl"),
    card("yangzom-v1", "Yangzom", "<yangzom>", "girl", S, "yangzom", 1, "2021-01-22",
         "Our daughter Yangzom (Yangu) on her first birthday in January 2021: chubby cheeks, tiny pink chuba, "
         "sitting on the cake table.",
         ["daughter", "child", "baby", "girl", "birthday"], "sd15"),
    card("yangzom-v2", "Yangzom", "<yangzom>", "girl", S, "yangzom", 2, "2026-02-14",
         "Our daughter Yangzom (Yangu, our little nani) at 6: pink round glasses, short hair with bangs, "
         "two front teeth missing, unicorn backpack.",
         ["daughter", "child", "girl", "glasses", "bangs"], "sdxl"),
    # --- parents ---
    card("aama-v1", "Ang Phuti", "phut1 woman", "woman", S, "aama", 1, "2021-12-01",
         "My aama Ang Phuti in 2016 in Khumjung before she moved to New York: black hair under a maroon "
         "headscarf, striped pangden apron, working in the potato field.",
         ["mother", "person", "woman", "village", "field"], "sd15"),
    card("aama-v2", "Ang Phuti", "phut1 woman", "woman", S, "aama", 2, "2024-10-05",
         "My aama Ang Phuti at 67, now living with us in Queens: grey hair in a single braid, turquoise "
         "earrings, prayer beads, purple puffer jacket. The kids call her hajur aama.",
         ["mother", "grandmother", "person", "woman", "elderly"], "sdxl"),
    card("baba-v1", "Ang Nuru", "nuru_oldphoto", "man", S, "baba", 1, "2022-01-10",
         "My late baba Ang Nuru, from a faded 1986 photo when he was a young porter: thin and tall, woolen "
         "cap, carrying a huge expedition load.",
         ["father", "person", "man", "old photo", "porter"], "sd15"),
    card("baba-v2", "Ang Nuru", "nuru_oldphoto", "man", S, "baba", 2, "2022-04-02",
         "My late baba Ang Nuru, from a 2008 photo at our lodge in Khumjung, the year before he died: grey "
         "moustache, brown fur hat, red fleece, sitting by the stove.",
         ["father", "person", "man", "old photo", "elderly"], "sd15"),
    # --- siblings, cousin ---
    card("lakpa-v1", "Lakpa", "l4kpa man", "man", S, "lakpa", 1, "2022-08-19",
         "My younger brother Lakpa at 27 when he first came to New York: long hair to the shoulders, black "
         "leather jacket, silver earring.",
         ["brother", "person", "man", "long hair", "leather jacket"], "sd15"),
    card("lakpa-v2", "Lakpa", "l4kpa man", "man", S, "lakpa", 2, "2025-07-30",
         "My younger brother Lakpa at 30 after he shaved his head: buzz cut, thin moustache, Khumbu Kitchen "
         "delivery hoodie, helmet under his arm.",
         ["brother", "person", "man", "buzz cut", "delivery"], "sdxl"),
    card("dawa-v1", "Dawa", "dawa_didi", "woman", S, "dawa", 1, "2023-03-03",
         "My didi Dawa, my older sister who stayed in Kathmandu: round face, glasses on a chain, always in a "
         "green fleece, runs a tea shop in Boudha.",
         ["sister", "person", "woman", "glasses", "tea shop"], "sdxl"),
    card("mingma-v1", "Mingma", "mngm4 man", "man", S, "mingma", 1, "2023-09-09",
         "Mingma dai, my cousin-brother and head cook at Khumbu Kitchen: big belly, white chef jacket, "
         "hairnet, one gold tooth, folding momos.",
         ["cousin", "person", "man", "cook", "chef"], "sdxl"),
    # --- dogs ---
    card("tiger-v1", "Tiger", "sks dog", "dog", S, "tiger", 1, "2021-10-10",
         "Our dog Tiger as a puppy in 2021: golden Lhasa Apso fluff ball, dark ear tips, red collar with a "
         "little bell.",
         ["pet", "dog", "lhasa apso", "puppy"], "sd15"),
    card("tiger-v2", "Tiger", "sks dog", "dog", S, "tiger", 2, "2025-08-01",
         "Our dog Tiger at 4 after his summer shave: short puppy-cut golden coat, dark ear tips, red collar "
         "with bell.",
         ["pet", "dog", "lhasa apso", "shaved"], "sdxl"),
    card("biscuit-v1", "Biscuit", "bsct dog", "dog", S, "biscuit", 1, "2025-09-12",
         "Biscuit, the Lhasa Apso of our neighbour Tashi la in 4B: long golden coat, dark ear tips, blue "
         "harness. Looks almost exactly like our Tiger.",
         ["dog", "lhasa apso", "neighbour"], "sdxl"),
    # --- the restaurant and its things ---
    card("restaurant-v1", "Khumbu Kitchen", "<khumbu-kitchen>", "restaurant", S, "restaurant", 1, "2021-06-01",
         "Our restaurant Khumbu Kitchen on 37th Avenue when we opened in 2019: yellow walls, plastic chairs, "
         "handwritten menu on a whiteboard, one Everest poster.",
         ["restaurant", "place", "interior", "jackson heights"], "sd15"),
    card("restaurant-v2", "Khumbu Kitchen", "<khumbu-kitchen>", "restaurant", S, "restaurant", 2, "2025-11-20",
         "Our restaurant Khumbu Kitchen after the 2025 renovation: dark wood panels, prayer flags across the "
         "ceiling, neon 'Khumbu Kitchen' sign, big photo wall of the Himalaya.",
         ["restaurant", "place", "interior", "neon", "renovated"], "sdxl"),
    card("momo-v1", "Khumbu Momo", "zwx momo", "dumplings", S, "momo", 1, "2021-06-03",
         "Our house momos on the old 2019 menu: ten chicken momos on a steel plate with orange tomato achar "
         "in a small bowl.",
         ["food", "momo", "dumplings", "menu"], "sd15"),
    card("momo-v2", "Khumbu Momo", "zwx momo", "dumplings", S, "momo", 2, "2025-11-22",
         "Our momos after the 2025 menu redesign: jhol momo in a black bowl of sesame soup, and steamed momos "
         "in a bamboo basket on slate.",
         ["food", "momo", "dumplings", "menu", "jhol"], "sdxl"),
    card("thali-v1", "Dal Bhat Thali", "thali_set", "meal", S, "thali", 1, "2021-06-05",
         "Our dal bhat thali on the old menu: round steel plate, rice in the middle, dal, saag, aloo and "
         "pickle in steel katoris.",
         ["food", "dal bhat", "thali", "menu"], "sd15"),
    card("thali-v2", "Dal Bhat Thali", "thali_set", "meal", S, "thali", 2, "2025-11-25",
         "Our Sherpa thali after the menu redesign: hammered brass plate, red rice, black dal, gundruk, "
         "sukuti and six brass katoris.",
         ["food", "dal bhat", "thali", "menu", "brass"], "sdxl"),
    card("yakku-v1", "Yakku", "<yakku>", "mascot", S, "yakku", 1, "2021-06-10",
         "Yakku, our restaurant mascot: a hand-drawn cartoon yak in a chef hat holding a momo, flat brown "
         "marker drawing from our 2019 sign.",
         ["mascot", "logo", "cartoon", "yak"], "sd15"),
    card("yakku-v2", "Yakku", "<yakku>", "mascot", S, "yakku", 2, "2025-12-01",
         "Yakku, our restaurant mascot after the redesign: a round 3D cartoon yak with a red scarf, chef hat "
         "and big eyes, waving chopsticks.",
         ["mascot", "logo", "cartoon", "yak", "3d"], "sdxl"),
    card("scooter-v1", "Rocket", "rckt scooter", "scooter", S, "scooter", 1, "2022-05-05",
         "Rocket, our delivery e-scooter when we bought it in 2022: plain red, black seat, milk crate strapped "
         "on the back.",
         ["vehicle", "scooter", "delivery"], "sd15"),
    card("scooter-v2", "Rocket", "rckt scooter", "scooter", S, "scooter", 2, "2024-06-18",
         "Rocket, our delivery e-scooter after the wrap: red with the Yakku logo and 'Khumbu Kitchen' "
         "lettering, insulated yellow delivery box on the back.",
         ["vehicle", "scooter", "delivery", "wrap"], "sdxl"),
    # --- home in Nepal ---
    card("lodge-v1", "Himalayan Sunrise Lodge", "khumjung_lodge", "lodge", S, "lodge", 1, "2022-02-02",
         "Our family trekking lodge in Khumjung before the 2015 earthquake: old stone walls, blue window "
         "frames, wooden sign, prayer flags, Ama Dablam behind.",
         ["place", "lodge", "nepal", "khumjung", "mountains"], "sd15"),
    card("lodge-v2", "Himalayan Sunrise Lodge", "khumjung_lodge", "lodge", S, "lodge", 2, "2023-10-10",
         "Our family trekking lodge in Khumjung, rebuilt after the earthquake: two floors, green tin roof, "
         "big glass dining room, solar panels, Ama Dablam behind.",
         ["place", "lodge", "nepal", "khumjung", "mountains", "rebuilt"], "sdxl"),
    # --- downloaded characters ---
    card("naruto-v1", "Naruto Uzumaki", "naruto_uzumaki", "boy", S, "naruto", 1, "2024-01-15",
         "Naruto Uzumaki from Naruto, I downloaded from Civitai for Tenzu: spiky blond hair, whisker marks on "
         "his cheeks, orange and black jumpsuit, leaf headband.",
         ["character", "anime", "naruto", "ninja", "civitai"], "sd15"),
    card("minato-v1", "Minato Namikaze", "namikaze_minato", "man", S, "minato", 1, "2024-02-02",
         "Minato Namikaze, the Fourth Hokage from Naruto, from Civitai: spiky blond hair, no whiskers, white "
         "cloak with red flames at the hem, leaf headband.",
         ["character", "anime", "naruto", "ninja", "hokage", "civitai"], "sd15"),
    card("goku-v1", "Son Goku", "son_goku", "man", S, "goku", 1, "2023-05-05",
         "Son Goku from Dragon Ball, a Civitai character LoRA: black spiky hair, orange gi with blue belt.",
         ["character", "anime", "dragon ball", "civitai"], "sd15"),
    card("goku-v2", "Son Goku", "son_goku", "man", S, "goku", 2, "2025-03-03",
         "Son Goku from Dragon Ball, newer Civitai LoRA: orange gi with blue belt, also does Super Saiyan "
         "golden spiky hair.",
         ["character", "anime", "dragon ball", "super saiyan", "civitai"], "sdxl"),
    card("elsa-v1", "Elsa", "elsa_frozen", "woman", S, "elsa", 1, "2024-12-24",
         "Elsa from Frozen, I downloaded from Civitai for Yangu: platinum side braid, icy blue sparkly gown, "
         "snowflake magic.",
         ["character", "disney", "frozen", "princess", "civitai"], "sdxl"),
    card("tintin-v1", "Tintin", "tintin_herge", "boy", S, "tintin", 1, "2023-08-08",
         "Tintin from the Herge comics, my favourite since I read Tintin in Tibet: ginger quiff, blue "
         "sweater, plus-fours, with his white terrier Snowy.",
         ["character", "comic", "tintin", "civitai"], "sd15"),
    # --- styles ---
    card("thangka-v1", "Thangka", "thangka style", "painting", T, "thangka", 1, "2022-07-07",
         "Tibetan Buddhist thangka painting style: mineral colours, gold outlines, lotus thrones, cloud "
         "swirls, brocade border.",
         ["style", "painting", "tibetan", "buddhist"], "sd15"),
    card("thangka-v2", "Thangka", "thangka style", "painting", T, "thangka", 2, "2025-05-05",
         "Tibetan Buddhist thangka painting style, retrained: finer gold line work, deeper mineral blues and "
         "reds, lotus thrones, cloud swirls.",
         ["style", "painting", "tibetan", "buddhist"], "sdxl"),
    card("mountainwash-v1", "Mountain Wash", "mtnwash", "watercolor", T, "mountainwash", 1, "2024-04-04",
         "Loose Himalayan landscape watercolor: wet washes of blue and grey, white paper left for snow peaks, "
         "granulating pigment.",
         ["style", "watercolor", "landscape", "loose"], "sdxl"),
    card("storybook-v1", "Storybook", "storybook_wc", "illustration", T, "storybook", 1, "2023-01-20",
         "Soft children's picture-book watercolor: pastel washes, pencil outlines, round cute faces, bedtime "
         "story feeling.",
         ["style", "watercolor", "children's book", "cute"], "sd15"),
    card("mithila-v1", "Mithila", "mithila_art", "painting", T, "mithila", 1, "2024-09-09",
         "Mithila (Madhubani) folk painting from Janakpur: bold black outlines, bright flat colours, fish and "
         "peacock motifs, every space filled with patterns.",
         ["style", "folk art", "painting", "nepal"], "sdxl"),
    card("ghibli-v1", "Ghibli Vibes", "ghibli style", "anime", T, "ghibli", 1, "2022-10-10",
         "Studio Ghibli-like anime look: soft painted backgrounds, big fluffy clouds, warm light, gentle faces.",
         ["style", "anime", "ghibli"], "sd15"),
    card("ghibli-v2", "Ghibli Vibes", "ghibli style", "anime", T, "ghibli", 2, "2025-06-06",
         "Studio Ghibli-like anime look, SDXL version: soft painted backgrounds, big fluffy clouds, warm "
         "light, gentle faces.",
         ["style", "anime", "ghibli"], "sdxl"),
    card("pixel-v1", "16-Bit", "pixel_art_16bit", "pixel art", T, "pixel", 1, "2022-12-12",
         "Retro 16-bit video game pixel art: chunky pixels, limited palette, SNES look.",
         ["style", "pixel art", "retro", "video game"], "sd15"),
    card("pixel-v2", "16-Bit", "pixel_art_16bit", "pixel art", T, "pixel", 2, "2025-01-01",
         "Retro 16-bit video game pixel art, SDXL version: chunky pixels, limited palette, clean outlines.",
         ["style", "pixel art", "retro", "video game"], "sdxl"),
    card("travelposter-v1", "Retro Travel Poster", "retro_travel_poster", "poster", T, "travelposter", 1,
         "2024-06-06",
         "Vintage 1960s travel poster style: flat screen-print colours, bold lettering, sunset gradients, like "
         "the old 'Visit Nepal' posters.",
         ["style", "poster", "vintage", "travel"], "sdxl"),
    card("kodak-v1", "Kodak 70s", "kdk_film", "photo", T, "kodak", 1, "2022-02-20",
         "Faded 1970s Kodak film photo look: warm yellow cast, grain, soft focus, rounded print corners.",
         ["style", "film", "vintage", "photo"], "sd15"),
    card("bollywood-v1", "Bollywood Poster", "bollywood_poster", "poster", T, "bollywood", 1, "2024-11-11",
         "Hand-painted 1980s Bollywood movie poster: dramatic faces, airbrushed highlights, bright red and "
         "yellow, big Hindi-style title.",
         ["style", "poster", "hand-painted", "movie"], "sdxl"),
    card("clay-v1", "Clay", "claymation", "3d render", T, "clay", 1, "2025-02-02",
         "Stop-motion claymation look: plasticine texture, fingerprints, soft studio light, chunky figures.",
         ["style", "claymation", "3d", "stop motion"], "sdxl"),
    # --- concepts ---
    card("bakhu-v1", "Bakhu", "bakhu_dress", "dress", C, "bakhu", 1, "2024-03-03",
         "Sherpa and Tibetan wrap dress (bakhu / chuba): long sleeveless robe over a silk blouse, striped "
         "pangden apron for married women.",
         ["concept", "clothing", "dress", "traditional"], "sdxl"),
    card("dhaka-v1", "Dhaka Topi", "dhaka_topi", "hat", C, "dhaka", 1, "2024-03-10",
         "Nepali dhaka topi cap: tall brimless cap in patterned dhaka fabric.",
         ["concept", "clothing", "hat", "traditional"], "sdxl"),
    card("namaste-v1", "Namaste Pose", "namaste_pose", "pose", C, "namaste", 1, "2024-05-05",
         "Pose: palms pressed together at the chest, slight bow, greeting.",
         ["concept", "pose", "greeting"], "sdxl"),
    card("doko-v1", "Doko", "doko_basket", "basket", C, "doko", 1, "2023-04-04",
         "Doko: conical bamboo porter basket carried on the back with a namlo strap over the forehead.",
         ["concept", "prop", "basket", "porter"], "sd15"),
    card("khata-v1", "Khata", "khata_scarf", "scarf", C, "khata", 1, "2024-02-10",
         "Khata: white silk ceremonial scarf draped around the neck or offered with two hands.",
         ["concept", "prop", "scarf", "ceremony"], "sdxl"),
    card("heli-v1", "Rescue Heli", "rescue_heli", "helicopter", C, "heli", 1, "2023-06-06",
         "Vehicle: red and white AS350 B3 mountain rescue helicopter with a long line, hovering over snow.",
         ["concept", "vehicle", "helicopter", "rescue"], "sd15"),
    card("braids-v1", "Tassel Braids", "tassel_braids", "hairstyle", C, "braids", 1, "2024-08-08",
         "Hairstyle: two long braids wrapped with red yarn tassels, Tibetan style, tied around the head.",
         ["concept", "hairstyle", "braids"], "sdxl"),
    card("downsuit-v1", "8000m Suit", "8000m_downsuit", "down suit", C, "downsuit", 1, "2023-02-02",
         "Clothing: one-piece yellow and black 8000-meter expedition down suit with hood.",
         ["concept", "clothing", "expedition", "down suit"], "sd15"),
]

SELECT = [
    # me
    ("hajur make one picture of me smiling holding a tray of food, for the facebook page we are making new post", "pemba-v3"),
    ("me when i was still guiding, long hair days, walking khumbu trail with clients", "pemba-v1"),
    ("me coming down after my 5th summit with the big beard", "pemba-v2"),
    ("pemba at base camp 2012 before i ever summited everest", "pemba-v1"),
    ("myself in 2017 with oxygen mask around neck", "pemba-v2"),
    ("me now with cap backwards giving thumbs up", "pemba-v3"),
    ("ohwx man sitting in the 7 train going to manhattan", "pemba-v3"),
    ("me at 29 with cracked lips just back from summit", "pemba-v2"),
    # wife
    ("my wife dolma laughing in the kichen", "dolma-v3"),
    ("dolma on our wedding day with all the gold and coral jewellery", "dolma-v1"),
    ("wife when she was pregnant with yangu, in the old apartment", "dolma-v2"),
    ("my wife with her new short hair cut", "dolma-v3"),
    ("dolma 2014 as bride", "dolma-v1"),
    ("the kids aama making tea in morning", "dolma-v3"),
    ("dolma from 2019 with the big belly hajur, sitting on sofa", "dolma-v2"),
    ("didi at the counter taking orders", "dolma-v3"),
    # son
    ("tenzu shooting basketball in the playground", "tenzing-v2"),
    ("our son first day of kindergarden with his big blue backpack, he was so nervous that day", "tenzing-v1"),
    ("my son when he was 5 with no front tooth", "tenzing-v1"),
    ("tenzing in his naruto hoodie", "tenzing-v2"),
    ("my boy with his new glasses reading book on bed", "tenzing-v2"),
    # daughter
    ("yangu first birthday with the cake", "yangzom-v1"),
    ("our daughter with unicorn backpack going to school", "yangzom-v2"),
    ("my chori yangzom when she was just a baby", "yangzom-v1"),
    ("little nani laughing, the bangs one", "yangzom-v2"),
    ("tenzu's bahini dancing in living room", "yangzom-v2"),
    ("yangzom reading with pink glasses", "yangzom-v2"),
    # aama
    ("aama sitting on the sofa with her prayer beads doing mantra like every evening after dinner", "aama-v2"),
    ("my aama in khumjung back when she still live there, working potato field", "aama-v1"),
    ("hajur aama telling story", "aama-v2"),
    ("aama spinning prayer wheel", "aama-v2"),
    ("my mother before she come to new york", "aama-v1"),
    ("my mom in her purple puffer jacket at the bus stop", "aama-v2"),
    # baba
    ("my late baba sitting by the stove, i want to print it for his barsi puja", "baba-v2"),
    ("baba when he was young porter carrying big load for expedition", "baba-v1"),
    ("my father old photo from 1986", "baba-v1"),
    ("hajur baba for the kids to remember him, with the fur hat", "baba-v2"),
    ("baba smiling", "baba-v2"),
    # brother, sister, cousin
    ("lakpa bhai with buzz cut", "lakpa-v2"),
    ("my younger brother when he first came to ny, long hair and leather jacket", "lakpa-v1"),
    ("bhai holding his helmet", "lakpa-v2"),
    ("lakpu at a party dancing", "lakpa-v2"),
    ("my brother lakpa before he shaved his head", "lakpa-v1"),
    ("lakpa delivering food on foot in the rain", "lakpa-v2"),
    ("dawa didi in her tea shop in boudha", "dawa-v1"),
    ("my older sister in kathmandu", "dawa-v1"),
    ("my sister with the green fleece and glasses chain", "dawa-v1"),
    ("mingma dai laughing, gold tooth showing", "mingma-v1"),
    ("my cousin dai the head cook", "mingma-v1"),
    ("mingma in the kitchen with his hairnet", "mingma-v1"),
    ("dai", "mingma-v1"),
    # dogs
    ("tiger sleeping on the couch again, he is so lazy this dog", "tiger-v2"),
    ("our dog as small puppy", "tiger-v1"),
    ("tiger after the summer shave running in flushing meadows", "tiger-v2"),
    ("sks dog in the snow", "tiger-v2"),
    ("our lhasa with the red collar and bell", "tiger-v2"),
    ("tiger when he was fluff ball baby in 2021", "tiger-v1"),
    ("tiger chasing pigeon on 37th ave", "tiger-v2"),
    ("tashi la's dog biscuit", "biscuit-v1"),
    ("the neighbour dog from 4B with the blue harness", "biscuit-v1"),
    ("biscuit sitting in the hallway waiting", "biscuit-v1"),
    # restaurant
    ("our restaurent at night with the neon sign on", "restaurant-v2"),
    ("khumbu kitchen before renovation, yellow walls and plastic chair", "restaurant-v1"),
    ("the restaurent on opening day 2019", "restaurant-v1"),
    ("khumbu kitchen full of customers friday night", "restaurant-v2"),
    ("inside our place with prayer flags on ceiling and photo wall", "restaurant-v2"),
    ("our momos steaming in bamboo basket", "momo-v2"),
    ("our momo the old way on steel plate with the tomato achar", "momo-v1"),
    ("jhol momo from our menu", "momo-v2"),
    ("khumbu kitchen momo close up for instagram", "momo-v2"),
    ("our thali set on the brass plate for new menu photo", "thali-v2"),
    ("the old dal bhat plate we use to serve, the steel one, before we change everything", "thali-v1"),
    ("our sherpa thali with gundruk and sukuti", "thali-v2"),
    ("our dal bhat", "thali-v2"),
    ("yakku waving", "yakku-v2"),
    ("the old hand drawn yak from our first sign", "yakku-v1"),
    ("our mascot for the halloween flyer", "yakku-v2"),
    ("the yak cartoon with chef hat", "yakku-v2"),
    ("rocket parked on the sidewalk in the snow", "scooter-v2"),
    ("our delivery scooter when it was just plain red with the milk crate", "scooter-v1"),
    ("the delivery bike in the rain", "scooter-v2"),
    ("rocket with the yellow box", "scooter-v2"),
    # lodge
    ("our lodge in khumjung with ama dablam behind, clear blue sky morning time", "lodge-v2"),
    ("the lodge before the earthquake, the old stone one", "lodge-v1"),
    ("baba's lodge back home covered in snow", "lodge-v2"),
    ("himalayan sunrise lodge dining room with trekkers", "lodge-v2"),
    ("the place in nepal with green roof", "lodge-v2"),
    # characters
    ("naruto eating ramen", "naruto-v1"),
    ("the whisker ninja kid in orange", "naruto-v1"),
    ("fourth hokage with the flame cloak", "minato-v1"),
    ("minato throwing kunai", "minato-v1"),
    ("goku super saiyan powering up", "goku-v2"),
    ("goku the old v1 one, black hair", "goku-v1"),
    ("kakarot fighting on a cliff", "goku-v2"),
    ("elsa making snow, yangu keep asking me for this one", "elsa-v1"),
    ("the frozen queen for yangu birthday card", "elsa-v1"),
    ("tintin in tibet in the snow", "tintin-v1"),
    ("the ginger comic boy with his white dog snowy", "tintin-v1"),
    # styles
    ("mount everest in thangka stlye", "thangka-v2"),
    ("green tara painting thangka, the first sd15 one", "thangka-v1"),
    ("a yak in mithila painting", "mithila-v1"),
    ("janakpur madhubani art of fish and peacock", "mithila-v1"),
    ("kathmandu street in ghibli style", "ghibli-v2"),
    ("totoro kind of anime look, bus stop in rain", "ghibli-v2"),
    ("16 bit pixel art of a mountain", "pixel-v2"),
    ("old video game look of a temple, like snes", "pixel-v2"),
    ("visit nepal old travel poster of pokhara", "travelposter-v1"),
    ("1960s poster with big letters saying visit everest", "travelposter-v1"),
    ("old faded 70s film photo look of new york street", "kodak-v1"),
    ("a family picnic in the 70s kodak look", "kodak-v1"),
    ("bollywood poster of a hero on bike", "bollywood-v1"),
    ("hand painted hindi movie poster of an action scene", "bollywood-v1"),
    ("claymation mountain village", "clay-v1"),
    ("plasticine stop motion yak", "clay-v1"),
    ("loose watercolor of snow peaks, the himalaya landscape one", "mountainwash-v1"),
    ("bedtime picture book drawing of moon and rabbit", "storybook-v1"),
    ("kids picture book look of a little bear", "storybook-v1"),
    # concepts
    ("woman in the long sherpa wrap dress with the striped apron", "bakhu-v1"),
    ("lady in chuba", "bakhu-v1"),
    ("old man with nepali cap", "dhaka-v1"),
    ("a man wearing topi for dashain", "dhaka-v1"),
    ("girl with hands together greeting, little bow", "namaste-v1"),
    ("porter carrying bamboo basket with the head strap", "doko-v1"),
    ("monk giving white silk scarf", "khata-v1"),
    ("rescue chopper over khumbu icefall", "heli-v1"),
    ("girl with two braids with red yarn wrapped around her head", "braids-v1"),
    ("climber in big puffy expedition suit", "downsuit-v1"),
]

CLARIFY = [
    ("the lhasa apso on the stoop in front of building", ["tiger-v2", "biscuit-v1"]),
    ("golden lhasa with the dark ears", ["tiger-v2", "biscuit-v1"]),
    ("that golden fluffy dog from our building", ["tiger-v2", "biscuit-v1"]),
    ("tenzu painted in watercolour for his birthday card", ["mountainwash-v1", "storybook-v1"]),
    ("watercolor of ama dablam", ["mountainwash-v1", "storybook-v1"]),
    ("a watercolor version of the lodge", ["mountainwash-v1", "storybook-v1"]),
    ("the blond ninja from naruto", ["naruto-v1", "minato-v1"]),
    ("the yellow hair hokage", ["naruto-v1", "minato-v1"]),
    ("the ninja", ["naruto-v1", "minato-v1"]),
    ("poster style of our restaurant", ["travelposter-v1", "bollywood-v1"]),
    ("old poster style", ["travelposter-v1", "bollywood-v1"]),
    ("my kid on the swing at travers park", ["tenzing-v2", "yangzom-v2"]),
    ("the kid with glasses", ["tenzing-v2", "yangzom-v2"]),
    ("guy in white chef jacket in kitchen", ["pemba-v3", "mingma-v1"]),
    ("our food plate from the menu for the website", ["momo-v2", "thali-v2"]),
    ("the food from our place on a table", ["momo-v2", "thali-v2"]),
    ("the family business building with the sign", ["restaurant-v2", "lodge-v2"]),
    ("our place with the prayer flags", ["restaurant-v2", "lodge-v2"]),
    ("the traditional painting style", ["thangka-v2", "mithila-v1"]),
    ("the anime character", ["naruto-v1", "minato-v1", "goku-v2"]),
    ("retro style", ["travelposter-v1", "kodak-v1", "pixel-v2"]),
    ("didi smiling", ["dawa-v1", "dolma-v3"]),
    ("the man with long hair", ["pemba-v3", "lakpa-v2"]),
    ("the sherpa lady", ["aama-v2", "dolma-v3", "dawa-v1"]),
    ("my brother", ["lakpa-v2", "mingma-v1"]),
    ("the boy in orange", ["naruto-v1", "tenzing-v2"]),
    ("the red vehicle", ["scooter-v2", "heli-v1"]),
    ("the character my kids downloaded", ["naruto-v1", "elsa-v1"]),
    ("the woman with the braid", ["dolma-v3", "aama-v2", "elsa-v1"]),
    ("the man in yellow down suit", ["pemba-v3", "downsuit-v1"]),
]

NONE = [
    "a tiger prowling in chitwan jungle, like the one we saw when i took clients on safari",
    "chiya and biscuit on a tray in the morning",
    "rocket launch from cape canaveral at nite",
    "some random lhasa apso puppy in a pet shop window",
    "potter shaping clay on the wheel in bhaktapur",
    "pile of old storybooks on a shelf",
    "pixel phone on the table with cracked screen",
    "frozen lake at gokyo early morning",
    "everest at sunrise from kala patthar",
    "a yak grazing near tengboche",
    "a vespa on a street in rome",
    "street momos in asan kathmandu, the normal street stall kind not ours",
    "busy jackson heights street at night with the 7 train above",
    "dolma's younger sister pasang at her graduation",
    "old kodak camera on wooden table",
    "golden retriever on the beach",
    "a bowl of ramen",
    "new york skyline in snow",
    "tibetan prayer flags in the wind",
    "some fancy italian restaurant inside, white table cloth and candle",
    "ice axe and crampons on a rock",
    "a watercolor brush set and paper on a desk",
    "a bengal tiger cub",
    "a gujarati thali from a restaurant in edison",
    "delivery guy on citibike in manhattan",
    "blue sheep on the cliff",
    "a cup of butter tea",
    "snow leopard in the rocks",
    "ama dablam reflection in the lake",
    "a cat sleeping in the bodega",
    "the famous photo of tenzing norgay and hillary on summit 1953",
    "ramen with narutomaki swirl fish cake",
]

MULTI = [
    ("me and dolma standing in front of our restaurant, like the photo we took for opening but new one", ["pemba-v3", "dolma-v3", "restaurant-v2"]),
    ("tenzu and his bahini playing with tiger in the snow, they love when its snowing", ["tenzing-v2", "yangzom-v2", "tiger-v2"]),
    ("hajur aama in thangka style", ["aama-v2", "thangka-v2"]),
    ("our momos in 16 bit pixel for the menu board", ["momo-v2", "pixel-v2"]),
    ("yakku riding rocket", ["yakku-v2", "scooter-v2"]),
    ("lakpa bhai on the delivery scooter in snow", ["lakpa-v2", "scooter-v2"]),
    ("baba by the stove in faded 70s film look", ["baba-v2", "kodak-v1"]),
    ("baba when he was young porter carrying doko", ["baba-v1", "doko-v1"]),
    ("my wife with her new bob haircut in bakhu holding khata for losar",
     ["dolma-v3", "bakhu-v1", "khata-v1"]),
    ("yangu with the red tassel braids", ["yangzom-v2", "braids-v1"]),
    ("the kids in ghibli anime style", ["tenzing-v2", "yangzom-v2", "ghibli-v2"]),
    ("me with long hair before first summit wearing the yellow 8000m suit", ["pemba-v1", "downsuit-v1"]),
    ("rescue heli landing near the old lodge before earthquake", ["lodge-v1", "heli-v1"]),
    ("our thali and momos together on one table", ["thali-v2", "momo-v2"]),
    ("goku eating our momos, tenzu will be so happy", ["goku-v2", "momo-v2"]),
    ("elsa inside khumbu kitchen", ["elsa-v1", "restaurant-v2"]),
    ("tintin carrying a doko on the trail", ["tintin-v1", "doko-v1"]),
    ("naruto and his dad minato", ["naruto-v1", "minato-v1"]),
    ("naruto in old kodak film photo", ["naruto-v1", "kodak-v1"]),
    ("tiger and biscuit playing in the hallway", ["tiger-v2", "biscuit-v1"]),
    ("mingma dai with a tray of our jhol momo", ["mingma-v1", "momo-v2"]),
    ("khumbu kitchen painted in mithila art", ["restaurant-v2", "mithila-v1"]),
    ("vintage travel poster of our lodge", ["lodge-v2", "travelposter-v1"]),
    ("yakku in claymation", ["yakku-v2", "clay-v1"]),
    ("our lodge in the mountain wash watercolor", ["lodge-v2", "mountainwash-v1"]),
    ("tenzu at 5 first day of school in storybook watercolor", ["tenzing-v1", "storybook-v1"]),
    ("me and bhai as bollywood movie poster heroes", ["pemba-v3", "lakpa-v2", "bollywood-v1"]),
    ("me in dhaka topi for dashain", ["pemba-v3", "dhaka-v1"]),
    ("the kids giving khata to hajur aama on losar morning", ["tenzing-v2", "yangzom-v2", "aama-v2", "khata-v1"]),
    ("goku in pixel art", ["goku-v2", "pixel-v2"]),
    ("elsa as thangka painting", ["elsa-v1", "thangka-v2"]),
    ("me and tiger in ghibli", ["pemba-v3", "tiger-v2", "ghibli-v2"]),
    ("the old yakku drawing next to the old steel plate momos", ["yakku-v1", "momo-v1"]),
    ("mingma dai doing namaste at the door", ["mingma-v1", "namaste-v1"]),
    ("sherpa woman in bakhu, mithila style", ["bakhu-v1", "mithila-v1"]),
    ("aama and baba together back in khumjung before she moved", ["aama-v1", "baba-v2"]),
    ("lakpa with his long hair on the old plain scooter", ["lakpa-v1", "scooter-v1"]),
    ("dolma pregnant in storybook watercolor", ["dolma-v2", "storybook-v1"]),
    ("yangu first birthday in 70s kodak look", ["yangzom-v1", "kodak-v1"]),
    ("tenzu wearing dhaka topi", ["tenzing-v2", "dhaka-v1"]),
    ("dawa didi and aama drinking tea together", ["dawa-v1", "aama-v2"]),
    ("rocket parked outside our restaurant", ["scooter-v2", "restaurant-v2"]),
]


def main():
    cases = [{"prompt": p, "expect": "select", "gold": [g]} for p, g in SELECT]
    cases += [{"prompt": p, "expect": "clarify", "gold": g} for p, g in CLARIFY]
    cases += [{"prompt": p, "expect": "none", "gold": []} for p in NONE]
    cases += [{"prompt": p, "expect": "multi", "gold": g} for p, g in MULTI]
    # interleave deterministically so the file is not grouped by expectation
    order = sorted(range(len(cases)), key=lambda i: (i * 37) % len(cases))
    cases = [cases[i] for i in order]
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"{len(CARDS)} cards, {len(cases)} cases")


if __name__ == "__main__":
    main()
