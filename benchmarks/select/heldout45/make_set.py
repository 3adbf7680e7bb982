#!/usr/bin/env python3
"""Blind held-out selection set 45: a Brazilian-American family in Framingham, MA.

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
    # --- me (the owner) ---
    card("ro-v1", "Rô", "ohwx woman", "woman", S, "ro", 1, "2010-08-14",
         "Me, Rosângela (Rô), at 28, my first summer in Framingham after coming from Governador "
         "Valadares: long straight black hair to my waist, big hoop earrings, very thin.",
         ["me", "person", "woman", "long hair"], "sd15"),
    card("ro-v2", "Rô", "ohwx woman", "woman", S, "ro", 2, "2017-05-20",
         "Me, Rô, at 35, the year I opened Brilho Cleaning: big curly hair with caramel "
         "highlights, purple Brilho t-shirt, yellow rubber gloves in my back pocket.",
         ["me", "person", "woman", "curly hair", "cleaning"], "sd15"),
    card("ro-v3", "Rô", "ohwx woman", "woman", S, "ro", 3, "2025-09-27",
         "Me, Rô, at 43: short bob with blond streaks, reading glasses pushed up on my head, "
         "turquoise Brilho polo with the new logo, little gold cross necklace.",
         ["me", "person", "woman", "bob", "glasses"], "sdxl"),
    # --- husband ---
    card("edson-v1", "Edson", "sks man", "man", S, "edson", 1, "2016-03-12",
         "My husband Edson (Ed, Dinho to his brothers) at 38: thick black mustache, Corinthians "
         "cap, dusty white work clothes, on drywall stilts taping a ceiling.",
         ["husband", "person", "man", "mustache", "drywall"], "sd15"),
    card("edson-v2", "Edson", "sks man", "man", S, "edson", 2, "2024-07-04",
         "My husband Ed at 46: shaved head, salt-and-pepper goatee, a little belly, grey hoodie "
         "with EP Drywall on the back, holding a mud pan and a taping knife.",
         ["husband", "person", "man", "bald", "goatee", "drywall"], "sdxl"),
    # --- son ---
    card("lucas-v1", "Lucas", "luc4s boy", "boy", S, "lucas", 1, "2019-10-05",
         "Our son Lucas (Luquinhas) at 9 on his first futsal team, the Framingham Falcons U10: "
         "orange jersey number 7, missing front teeth, bowl cut.",
         ["son", "person", "boy", "futsal", "kid"], "sd15"),
    card("lucas-v2", "Lucas", "luc4s boy", "boy", S, "lucas", 2, "2023-06-17",
         "Our son Lucas at 13: braces, curly hair grown out, skinny and suddenly tall, black "
         "Falcons U14 goalkeeper jersey and gloves.",
         ["son", "person", "boy", "futsal", "braces", "goalkeeper"], "sd15"),
    card("lucas-v3", "Lucas", "luc4s boy", "teenage boy", S, "lucas", 3, "2026-04-11",
         "Our son Lucas at 16: bleached platinum buzz cut he did for the state futsal tournament, "
         "thin mustache, white Falcons jersey number 10 with the captain armband.",
         ["son", "person", "teen", "futsal", "captain", "platinum hair"], "sdxl"),
    # --- daughter ---
    card("gabi-v1", "Gabi", "g4bi girl", "girl", S, "gabi", 1, "2018-11-24",
         "Our daughter Gabriela (Gabi) at her festa de 15 anos: pink ball gown, tiara, hair in an "
         "updo, dancing the waltz.",
         ["daughter", "person", "girl", "quinceanera", "gown"], "sd15"),
    card("gabi-v2", "Gabi", "g4bi woman", "young woman", S, "gabi", 2, "2021-06-10",
         "Our daughter Gabi at 18 at her Framingham High graduation: maroon cap and gown, gold "
         "honor cord, long wavy hair.",
         ["daughter", "person", "woman", "graduation"], "sdxl"),
    card("gabi-v3", "Gabi", "g4bi woman", "young woman", S, "gabi", 3, "2026-09-19",
         "Our daughter Gabi at 23 in nursing school at Framingham State after her white coat "
         "ceremony: navy scrubs, stethoscope, hair in a high bun, white sneakers.",
         ["daughter", "person", "woman", "nurse", "scrubs"], "sdxl"),
    # --- my mother (Vó) ---
    card("cida-v1", "Vó Cida", "<vo-cida>", "old woman", S, "cida", 1, "2014-12-20",
         "My mother Aparecida (Dona Cida, Vó to the kids) at 66 back in Minas before she moved "
         "here: long grey braid, flowered dress and apron, next to her wood stove.",
         ["mother", "grandmother", "person", "old woman", "minas"], "sd15"),
    card("cida-v2", "Vó Cida", "<vo-cida>", "old woman", S, "cida", 2, "2022-08-06",
         "My mother Dona Cida (Vó) at 74, after she moved in with us in Framingham: short white "
         "hair, purple cardigan, a cane and her rosary, sitting in her recliner.",
         ["mother", "grandmother", "person", "old woman"], "sdxl"),
    # --- my late father (Vô) ---
    card("ze-v1", "Vô Zé", "<vo-ze>", "old man", S, "ze", 1, "2020-02-15",
         "My father José (Vô Zé), who passed in 2019, trained from old photos: straw hat, white "
         "mustache, checkered shirt, on his horse at his farm in Minas.",
         ["father", "grandfather", "person", "old man", "memorial"], "sd15"),
    # --- godmother ---
    card("lurdes-v1", "Madrinha Lurdes", "madr1nha_lurdes", "old woman", S, "lurdes", 1,
         "2021-07-10",
         "My madrinha (godmother) Lurdes in Governador Valadares, Minas Gerais: heavy-set, red "
         "lipstick, short curly dyed-red hair, always in her kitchen making pão de queijo.",
         ["godmother", "person", "old woman", "minas"], "sd15"),
    # --- sister ---
    card("kelly-v1", "Kelly", "kel1y woman", "woman", S, "kelly", 1, "2023-03-18",
         "My younger sister Kelly (Tia Kelly to the kids) seven months pregnant with Enzo: long "
         "black hair, yellow sundress, hands on her belly.",
         ["sister", "aunt", "person", "woman", "pregnant"], "sdxl"),
    card("kelly-v2", "Kelly", "kel1y woman", "woman", S, "kelly", 2, "2025-05-10",
         "My sister Kelly with her baby Enzo on her hip: hair cut to the shoulders, nose "
         "piercing, tired happy smile.",
         ["sister", "aunt", "person", "woman", "baby", "mom"], "sdxl"),
    # --- church friend ---
    card("sonia-v1", "Sônia", "sonia_irma", "woman", S, "sonia", 1, "2024-10-19",
         "My best friend from church, irmã Sônia, who is our son Lucas's madrinha and sings in the "
         "worship team: tall, dark skin, long braids, long skirt, big smile, holding a microphone.",
         ["friend", "church", "person", "woman", "singer"], "sdxl"),
    # --- pets ---
    card("pipoca-v1", "Pipoca", "sks dog", "dog", S, "pipoca", 1, "2021-01-09",
         "Our chihuahua Pipoca as a puppy: tiny cream-colored chihuahua with an apple head, fit "
         "in my hand, pink knitted sweater.",
         ["pet", "dog", "chihuahua", "puppy"], "sd15"),
    card("pipoca-v2", "Pipoca", "sks dog", "dog", S, "pipoca", 2, "2024-11-02",
         "Our chihuahua Pipoca grown up: cream-and-fawn chihuahua, bulging eyes, pink "
         "rhinestone collar, always shaking, loves sitting in Vó's lap.",
         ["pet", "dog", "chihuahua"], "sdxl"),
    card("chico-v1", "Chico", "chico_chihuahua", "dog", S, "chico", 1, "2025-06-21",
         "Chico, the chihuahua of our neighbour Dona Fátima next door: fawn chihuahua that looks "
         "almost exactly like Pipoca but a boy, blue collar and one crooked ear.",
         ["neighbour", "dog", "chihuahua"], "sdxl"),
    card("louro-v1", "Louro", "<louro-papagaio>", "parrot", S, "louro", 1, "2020-09-12",
         "Our parrot Louro, a blue-fronted amazon: green body, blue forehead, yellow face, "
         "whistles the Corinthians hymn and calls for Dona Cida.",
         ["pet", "bird", "parrot", "papagaio"], "sd15"),
    # --- vehicles ---
    card("brilho-van-v1", "Brilho van", "brlh0 van", "van", S, "brilho-van", 1, "2018-04-28",
         "Our first Brilho Cleaning van: white Ford Transit Connect with the old magnetic sign, "
         "purple letters and our phone number, ladder on the roof.",
         ["vehicle", "van", "business", "brilho"], "sd15"),
    card("brilho-van-v2", "Brilho van", "brlh0 van", "van", S, "brilho-van", 2, "2025-03-15",
         "Our three Brilho Cleaning vans after the rebrand: white Ford Transits wrapped in "
         "turquoise waves with the new sparkle logo and Bolhinha on the side.",
         ["vehicle", "van", "business", "brilho", "fleet"], "sdxl"),
    card("silverado-v1", "Ed's truck", "ohwx truck", "pickup truck", S, "silverado", 1,
         "2019-08-03",
         "My husband's work truck: old red Chevy Silverado 2500 with a ladder rack, sheetrock "
         "stacked in the bed, dented tailgate, Brazil flag sticker.",
         ["vehicle", "truck", "pickup", "drywall"], "sd15"),
    # --- places ---
    card("casa-v1", "Our house", "zwx house", "house", S, "casa", 1, "2022-05-14",
         "Our house in Framingham the month we bought it: grey cape house with white shutters, "
         "chain-link fence, overgrown yard.",
         ["house", "home", "place", "framingham"], "sdxl"),
    card("casa-v2", "Our house", "zwx house", "house", S, "casa", 2, "2026-07-25",
         "Our house in Framingham now: painted light blue, the front porch Ed built, Vó's flower "
         "garden, string lights over the backyard.",
         ["house", "home", "place", "framingham", "porch"], "sdxl"),
    card("nova-vida-v1", "Igreja Nova Vida", "nvida_church", "church", S, "nova-vida", 1,
         "2024-02-10",
         "Our church, Igreja Nova Vida on Concord Street: brick storefront church with a big "
         "white cross and the bilingual sign, folding chairs and the worship stage inside.",
         ["church", "place", "building"], "sdxl"),
    card("sitio-v1", "Sítio da Madrinha", "<sitio-minas>", "farmhouse", S, "sitio", 1,
         "2021-07-11",
         "My madrinha's little farm outside Governador Valadares: whitewashed farmhouse with blue "
         "windows, red clay roof tiles, mango trees, cows and a dirt road.",
         ["farm", "place", "minas", "brazil"], "sd15"),
    # --- products ---
    card("brigadeiro-v1", "Doces da Rô brigadeiros", "<docesdaro-brig>", "brigadeiro", S,
         "brigadeiro", 1, "2021-03-06",
         "My homemade brigadeiros from before the rebrand: chocolate brigadeiros with sprinkles in "
         "brown paper cups on a plastic tray, handwritten price label.",
         ["product", "food", "sweets", "brigadeiro"], "sd15"),
    card("brigadeiro-v2", "Doces da Rô brigadeiros", "<docesdaro-brig>", "brigadeiro", S,
         "brigadeiro", 2, "2025-10-11",
         "My brigadeiros after the Doces da Rô redesign: gourmet brigadeiros (chocolate, ninho, "
         "pistachio) in gold paper cups inside a kraft box with the pink logo and a ribbon.",
         ["product", "food", "sweets", "brigadeiro", "gift box"], "sdxl"),
    card("coxinha-v1", "Doces da Rô coxinhas", "<docesdaro-cox>", "coxinha", S, "coxinha", 1,
         "2022-04-23",
         "My weekend coxinhas before the rebrand: golden fried chicken coxinhas piled on a foam "
         "tray with a paper towel and ketchup packets.",
         ["product", "food", "savory", "coxinha"], "sd15"),
    card("coxinha-v2", "Doces da Rô coxinhas", "<docesdaro-cox>", "coxinha", S, "coxinha", 2,
         "2025-10-11",
         "My coxinhas after the Doces da Rô redesign: golden chicken-and-catupiry coxinhas in a "
         "kraft paper cone with the pink logo sticker, lime and hot sauce on the side.",
         ["product", "food", "savory", "coxinha"], "sdxl"),
    # --- mascot ---
    card("bolhinha-v1", "Bolhinha", "b0lhinha", "mascot", S, "bolhinha", 1, "2019-09-14",
         "Bolhinha, the mascot of my cleaning company Brilho, the first one my daughter drew: a "
         "round soap bubble with a smiley face, purple bandana, holding a spray bottle.",
         ["mascot", "cartoon", "business", "brilho"], "sd15"),
    card("bolhinha-v2", "Bolhinha", "b0lhinha", "mascot", S, "bolhinha", 2, "2025-03-15",
         "Bolhinha, our Brilho mascot after the rebrand: glossy 3D turquoise bubble with big eyes, "
         "tiny arms, yellow rubber gloves, riding a mop, sparkles around.",
         ["mascot", "cartoon", "3d", "business", "brilho"], "sdxl"),
    # --- downloaded characters ---
    card("isagi-v1", "Isagi Yoichi", "isagi_yoichi, blue_lock", "boy", S, "isagi", 1,
         "2024-05-05",
         "Isagi Yoichi from the anime Blue Lock (Civitai): dark blue-black hair with two loose "
         "strands, blue eyes, black-and-blue Blue Lock bodysuit number 11.",
         ["character", "anime", "blue lock", "football"], "sdxl"),
    card("bachira-v1", "Bachira Meguru", "bachira_meguru, blue_lock", "boy", S, "bachira", 1,
         "2024-05-05",
         "Bachira Meguru from the anime Blue Lock (Civitai): black bob hair with dyed yellow tips, "
         "golden eyes, huge grin, Blue Lock bodysuit number 8, dribbling.",
         ["character", "anime", "blue lock", "football"], "sdxl"),
    card("monica-v1", "Mônica", "monica_(tdm)", "girl", S, "monica", 1, "2023-01-14",
         "Mônica from Turma da Mônica comics (Civitai): little girl with short black hair, big "
         "buck teeth, red dress, barefoot, swinging her blue stuffed bunny Sansão.",
         ["character", "cartoon", "comics", "turma da monica"], "sd15"),
    card("magali-v1", "Magali", "magali_(tdm)", "girl", S, "magali", 1, "2023-01-14",
         "Magali from Turma da Mônica comics (Civitai): little girl with short black hair, yellow "
         "dress, barefoot, always eating watermelon, with her white cat Mingau.",
         ["character", "cartoon", "comics", "turma da monica"], "sd15"),
    card("emilia-v1", "Emília", "emilia_sitio", "doll", S, "emilia", 1, "2022-08-20",
         "Emília, the talking rag doll from Sítio do Picapau Amarelo (Civitai): yarn hair in "
         "pigtails, patched dress, painted rosy cheeks, mischievous look.",
         ["character", "doll", "tv", "kids"], "sd15"),
    # --- styles ---
    card("cordel-v1", "Xilogravura de Cordel", "xilo_cordel", "woodcut print", ST, "cordel", 1,
         "2022-06-18",
         "Cordel woodcut-print style (xilogravura): bold black-and-white carved lines like the "
         "covers of northeastern cordel booklets, cangaceiros, sun and cacti.",
         ["style", "woodcut", "print", "black and white", "nordeste"], "sd15"),
    card("naif-v1", "Arte Naïf Brasil", "naifbr style", "naive painting", ST, "naif", 1,
         "2020-11-07",
         "Brazilian naive painting style: flat bright colors, tiny people, little villages with "
         "white churches, festa scenes, no perspective.",
         ["style", "painting", "naive", "folk art"], "sd15"),
    card("naif-v2", "Arte Naïf Brasil", "naifbr style", "naive painting", ST, "naif", 2,
         "2024-09-14",
         "Brazilian naive painting style, retrained: flat bright colors, crowds of tiny people, "
         "patterned fields and trees, festas and feiras, more detail.",
         ["style", "painting", "naive", "folk art"], "sdxl"),
    card("novela-v1", "Novela Poster", "<novela-poster>", "poster", ST, "novela", 1,
         "2023-09-30",
         "Telenovela poster style: dramatic close-up faces stacked over a sunset, glossy 2000s "
         "TV promo look, big gold title lettering.",
         ["style", "poster", "telenovela", "dramatic"], "sdxl"),
    card("aquarela-op-v1", "Aquarela Ouro Preto", "aquarela_op", "watercolor painting", ST,
         "aquarela-op", 1, "2021-10-02",
         "Loose travel watercolor style of colonial Minas towns: ink outlines, ochre and blue "
         "washes, baroque churches, cobblestones, white paper showing.",
         ["style", "watercolor", "painting", "travel sketch"], "sd15"),
    card("soft-wc-v1", "Soft Nursery Watercolor", "softwc style", "watercolor illustration",
         ST, "soft-wc", 1, "2025-02-08",
         "Soft pastel watercolor children's-book style: round cute shapes, pink and mint washes, "
         "bleeding edges, baby animals.",
         ["style", "watercolor", "children's book", "pastel"], "sdxl"),
    card("azulejo-v1", "Azulejo", "azul3jo", "tile painting", ST, "azulejo", 1, "2024-03-23",
         "Portuguese azulejo style: cobalt-blue painting on white glazed ceramic tiles, baroque "
         "borders, grid lines between the tiles.",
         ["style", "tiles", "blue and white", "ceramic"], "sdxl"),
    card("bordado-v1", "Bordado Mineiro", "bordado_style", "embroidery", ST, "bordado", 1,
         "2022-11-26",
         "Hand-embroidery style: colorful thread stitches on cream cotton like embroidered dish "
         "towels from Minas, flowers, french knots, wooden hoop.",
         ["style", "embroidery", "craft", "thread"], "sd15"),
    card("barro-v1", "Bonecos de Barro", "barro_vitalino", "clay figurine", ST, "barro", 1,
         "2025-01-18",
         "Clay figurine style from Caruaru (Mestre Vitalino): small painted terracotta figures, "
         "northeastern scenes, matte earthy colors.",
         ["style", "clay", "figurine", "folk art", "nordeste"], "sdxl"),
    card("chalkmenu-v1", "Chalkboard Menu", "chalkmenu style", "chalkboard", ST, "chalkmenu", 1,
         "2023-05-13",
         "Chalkboard menu style: hand-lettered chalk drawings on a black board, white and pastel "
         "chalk, cafe menu look, little doodles.",
         ["style", "chalk", "menu", "lettering"], "sdxl"),
    card("coloring-v1", "Coloring Page", "c0loring_page", "line art", ST, "coloring", 1,
         "2022-02-19",
         "Black-and-white coloring-book page: clean thick outlines, no shading, white fill, for "
         "kids to color.",
         ["style", "line art", "coloring book", "kids"], "sd15"),
    card("vitral-v1", "Vitral", "vitral_style", "stained glass", ST, "vitral", 1, "2024-12-14",
         "Stained-glass window style: bright colored glass pieces with dark lead lines, light "
         "shining through, church window look.",
         ["style", "stained glass", "window", "religious"], "sdxl"),
    # --- concepts ---
    card("selecao-v1", "Camisa da Seleção 2022", "selecao_kit", "football jersey", C, "selecao",
         1, "2022-11-12",
         "Green-and-yellow Brazil national team jersey concept, 2022 World Cup kit: yellow with "
         "green collar and the subtle leopard-spot pattern.",
         ["concept", "clothing", "jersey", "football", "brazil"], "sd15"),
    card("selecao-v2", "Camisa da Seleção 2026", "selecao_kit", "football jersey", C, "selecao",
         2, "2026-05-30",
         "Brazil national team jersey concept, 2026 World Cup kit: yellow with green trim and the "
         "CBF crest, blue shorts.",
         ["concept", "clothing", "jersey", "football", "brazil"], "sdxl"),
    card("junina-v1", "Festa Junina Outfit", "<caipira-outfit>", "outfit", C, "junina", 1,
         "2023-06-03",
         "Festa junina outfit concept: plaid shirt, patched jeans and straw hat for boys; "
         "checkered dress with ribbons and lace, braids and drawn-on freckles for girls.",
         ["concept", "clothing", "costume", "festa junina"], "sd15"),
    card("samba-v1", "Samba Feathers", "samba_plumas", "costume", C, "samba", 1, "2024-02-03",
         "Samba carnival costume concept: giant feather headdress and back piece, sequined "
         "outfit and rhinestones, like a passista in the Sambódromo.",
         ["concept", "clothing", "costume", "carnaval"], "sdxl"),
    card("guardasol-v1", "Beach Umbrella Pose", "guardasol pose", "pose", C, "guardasol", 1,
         "2023-12-09",
         "Beach pose concept: sitting in a low folding beach chair under a striped beach "
         "umbrella, legs crossed, coconut with a straw, looking over sunglasses.",
         ["concept", "pose", "beach"], "sd15"),
    card("cachos-v1", "Cachos Definidos", "cachos_def", "hairstyle", C, "cachos", 1,
         "2025-04-26",
         "Hairstyle concept: big defined curly hair, voluminous shiny spiral curls, salon "
         "finish.",
         ["concept", "hairstyle", "curls"], "sdxl"),
    card("kombi-v1", "Kombi", "vw_kombi", "van", C, "kombi", 1, "2021-05-22",
         "Vehicle concept: vintage Volkswagen Kombi bus, two-tone white and blue, split "
         "windshield, round headlights.",
         ["concept", "vehicle", "van", "vintage"], "sd15"),
    card("pipa-v1", "Pipa", "pipa_kite", "kite", C, "pipa", 1, "2025-08-16",
         "Prop concept: a diamond paper kite (pipa) with a long tail on a string, colorful "
         "tissue paper, held or flying over rooftops.",
         ["concept", "prop", "kite", "toy"], "sdxl"),
]

SEL, CLA, NON, MUL = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select ----------------
    ("me at the beach with a caipirinha, finally vacation kkkk", SEL, ["ro-v3"]),
    ("eu de madrinha de casamento da minha prima, vestido verde esmeralda", SEL, ["ro-v3"]),
    ("me when i first came to america, the long hair time", SEL, ["ro-v1"]),
    ("a picture of me from 2017 when i opened brilho", SEL, ["ro-v2"]),
    ("eu com o cabelão cacheado das antigas with the purple shirt", SEL, ["ro-v2"]),
    ("me at 28 kkkk nossa i was so skinny, on a boat", SEL, ["ro-v1"]),
    ("me now with the short hair for the christmas card", SEL, ["ro-v3"]),
    ("the boss lady of brilho in front of a big mansion lol", SEL, ["ro-v3"]),
    ("rosangela smiling in a garden of hortênsias", SEL, ["ro-v3"]),
    ("me when i was 35 at hampton beach", SEL, ["ro-v2"]),
    ("a pic of me now, blond bob and glasses, for the linkedin", SEL, ["ro-v3"]),

    ("meu marido fixing a ceiling with the mud", SEL, ["edson-v2"]),
    ("ed with the mustache from before he shaved everything", SEL, ["edson-v1"]),
    ("dinho making churrasco, picanha on the grill", SEL, ["edson-v2"]),
    ("my husband back in 2016", SEL, ["edson-v1"]),
    ("ed as a superhero kkkk captain drywall", SEL, ["edson-v2"]),
    ("my hubby on valentines holding roses for me", SEL, ["edson-v2"]),

    ("luquinhas scoring a goal in futsal", SEL, ["lucas-v3"]),
    ("lucas when he was little w the orange jersey", SEL, ["lucas-v1"]),
    ("my son with the braces smiling", SEL, ["lucas-v2"]),
    ("filho with his blond hair lol he bleached it for the tournament", SEL, ["lucas-v3"]),
    ("lucas at 9 years old holding his first medal", SEL, ["lucas-v1"]),
    ("lucas at 13 in the goalie jersey", SEL, ["lucas-v2"]),
    ("luckas lifting the trophy", SEL, ["lucas-v3"]),
    ("meu filho playing xbox in his room", SEL, ["lucas-v3"]),

    ("gabi in the hospital taking blood pressure", SEL, ["gabi-v3"]),
    ("minha filha at her 15 anos party dancing the valsa", SEL, ["gabi-v1"]),
    ("gabi graduation 2021 cap and gown", SEL, ["gabi-v2"]),
    ("our future nurse!!! with a stethoscope 💙", SEL, ["gabi-v3"]),
    ("gabriela studying a big anatomy book in the library", SEL, ["gabi-v3"]),
    ("filha high school graduation pic but in paris", SEL, ["gabi-v2"]),
    ("gaby in scrubs drinking dunkin", SEL, ["gabi-v3"]),
    ("the 15 anos pic of gabi but in a rose garden", SEL, ["gabi-v1"]),
    ("my daughter in the pink ball gown with the tiara", SEL, ["gabi-v1"]),

    ("vó knitting in her recliner", SEL, ["cida-v2"]),
    ("minha mãe back in minas with the long braid by the wood stove", SEL, ["cida-v1"]),
    ("dona cida praying the rosary", SEL, ["cida-v2"]),
    ("vo cida in 2014 before she came", SEL, ["cida-v1"]),
    ("mãe making feijão in our kitchen here", SEL, ["cida-v2"]),
    ("vó on her 78th birthday with a big cake", SEL, ["cida-v2"]),

    ("my father riding his horse", SEL, ["ze-v1"]),
    ("vô zé in heaven with the angels, saudade 😢", SEL, ["ze-v1"]),
    ("papai in his straw hat drinking cafezinho", SEL, ["ze-v1"]),

    ("madrinha lurdes making pão de queijo", SEL, ["lurdes-v1"]),
    ("my godmother with the red hair on her birthday", SEL, ["lurdes-v1"]),
    ("dinda in her kitchen cooking", SEL, ["lurdes-v1"]),
    ("my madrina in a church hat", SEL, ["lurdes-v1"]),

    ("tia kelly with baby enzo", SEL, ["kelly-v2"]),
    ("my sister pregnant at her baby shower", SEL, ["kelly-v1"]),
    ("kel when she was expecting enzo", SEL, ["kelly-v1"]),
    ("minha irmã kelly dancing forró", SEL, ["kelly-v2"]),
    ("my nephew enzo with his mom at his baptism", SEL, ["kelly-v2"]),

    ("sônia from church singing with the microphone", SEL, ["sonia-v1"]),
    ("my friend sonia in a long skirt for her birthday card", SEL, ["sonia-v1"]),
    ("lucas's madrinha praying", SEL, ["sonia-v1"]),

    ("pipoca in a little raincoat", SEL, ["pipoca-v2"]),
    ("pipoca when she was a puppy in my hand", SEL, ["pipoca-v1"]),
    ("a pipoquinha de natal com gorrinho", SEL, ["pipoca-v2"]),
    ("our dog shaking lol wrapped in a blanket", SEL, ["pipoca-v2"]),
    ("pipoca 2021 baby pic", SEL, ["pipoca-v1"]),
    ("pipoca in a tutu, nossa que fofa", SEL, ["pipoca-v2"]),
    ("ok first thing: pipoca at the groomer with a bow, the rest later", SEL, ["pipoca-v2"]),

    ("dona fátima's dog chico for her birthday", SEL, ["chico-v1"]),
    ("the neighbors chihuahua with the blue collar", SEL, ["chico-v1"]),

    ("our parrot whistling", SEL, ["louro-v1"]),
    ("louro eating a piece of mango", SEL, ["louro-v1"]),
    ("o papagaio dancing funk kkkk", SEL, ["louro-v1"]),
    ("louro with a tiny party hat", SEL, ["louro-v1"]),

    ("one of my vans parked in front of a mansion in wellesley", SEL, ["brilho-van-v2"]),
    ("the old white van with the magnet sign", SEL, ["brilho-van-v1"]),
    ("brilho van 2018 the first one", SEL, ["brilho-van-v1"]),
    ("the three vans lined up with the new wrap", SEL, ["brilho-van-v2"]),
    ("our van stuck in the snow on route 9", SEL, ["brilho-van-v2"]),

    ("ed's truck full of sheetrock", SEL, ["silverado-v1"]),
    ("the red silverado in the snow", SEL, ["silverado-v1"]),

    ("our house in the snow with christmas lights", SEL, ["casa-v2"]),
    ("our house when we bought it with the ugly fence kkk", SEL, ["casa-v1"]),
    ("a casa azul with vó's flowers", SEL, ["casa-v2"]),
    ("nossa casa on a summer night with the backyard lights", SEL, ["casa-v2"]),

    ("nova vida church on easter sunday", SEL, ["nova-vida-v1"]),
    ("our church building at night with the cross lit up", SEL, ["nova-vida-v1"]),

    ("o sítio da madrinha with the mango trees", SEL, ["sitio-v1"]),
    ("the farm in valadares at sunset with the cows", SEL, ["sitio-v1"]),

    ("a box of my brigadeiros for the instagram", SEL, ["brigadeiro-v2"]),
    ("my old brigadeiros on the plastic tray from before", SEL, ["brigadeiro-v1"]),
    ("doces da rô gift box for valentines", SEL, ["brigadeiro-v2"]),

    ("my coxinhas in the new cone", SEL, ["coxinha-v2"]),
    ("the coxinhas from 2022 in the foam tray", SEL, ["coxinha-v1"]),
    ("a pile of my coxinhas for the saturday post", SEL, ["coxinha-v2"]),

    ("bolhinha waving hi", SEL, ["bolhinha-v2"]),
    ("the mascot gabi drew, the first one w the purple bandana", SEL, ["bolhinha-v1"]),
    ("our little bubble mascot riding the mop", SEL, ["bolhinha-v2"]),
    ("brilho mascot for the flyer but the old version", SEL, ["bolhinha-v1"]),

    ("isagi yoichi shooting at the goal", SEL, ["isagi-v1"]),
    ("bachira dribbling with a big smile", SEL, ["bachira-v1"]),
    ("the blue lock guy with the yellow tips in his hair", SEL, ["bachira-v1"]),
    ("monica hitting cebolinha with sansão", SEL, ["monica-v1"]),
    ("magali eating watermelon", SEL, ["magali-v1"]),
    ("emilia the doll", SEL, ["emilia-v1"]),
    ("the rag doll from sitio do picapau amarelo", SEL, ["emilia-v1"]),
    ("isagi in his blue lock suit number 11", SEL, ["isagi-v1"]),

    ("a cangaceiro in cordel style", SEL, ["cordel-v1"]),
    ("a festa in the village in arte naif", SEL, ["naif-v2"]),
    ("framingham common as a woodcut print like the cordel booklets", SEL, ["cordel-v1"]),
    ("dramatic novela poster of a love triangle", SEL, ["novela-v1"]),
    ("ouro preto church in watercolor", SEL, ["aquarela-op-v1"]),
    ("baby elephant in the soft pink nursery watercolor", SEL, ["soft-wc-v1"]),
    ("a rooster in blue portuguese tiles", SEL, ["azulejo-v1"]),
    ("flowers embroidered like a pano de prato", SEL, ["bordado-v1"]),
    ("a forró band as little clay figures like from caruaru", SEL, ["barro-v1"]),
    ("coloring page of noah's ark for sunday school", SEL, ["coloring-v1"]),
    ("jesus the good shepherd as a stained glass window", SEL, ["vitral-v1"]),
    ("a chalkboard menu that says cafezinho $2", SEL, ["chalkmenu-v1"]),
    ("a feira in the naif painting, the 2020 version", SEL, ["naif-v1"]),
    ("a dove in the church window style", SEL, ["vitral-v1"]),
    ("a sunset over the sea in aquarela de criança bem fofinha", SEL, ["soft-wc-v1"]),

    ("a man in the camisa da seleção", SEL, ["selecao-v2"]),
    ("girl in caipira dress for são joão", SEL, ["junina-v1"]),
    ("carnaval destaque with the giant feathers", SEL, ["samba-v1"]),
    ("woman relaxing under a guarda-sol with a coconut", SEL, ["guardasol-v1"]),
    ("a girl with big curly hair, cachos definidos", SEL, ["cachos-v1"]),
    ("old kombi at the beach in ubatuba", SEL, ["kombi-v1"]),
    ("a boy flying a pipa on the laje", SEL, ["pipa-v1"]),
    ("the 2022 copa jersey with the spots", SEL, ["selecao-v1"]),
    ("the kombi as a food truck selling pastel", SEL, ["kombi-v1"]),
    ("a madrinha de bateria sambando na avenida", SEL, ["samba-v1"]),

    # ---------------- clarify ----------------
    ("a hummingbird in watercolor for vó's room", CLA, ["aquarela-op-v1", "soft-wc-v1"]),
    ("aquarela of the lighthouse in gloucester", CLA, ["aquarela-op-v1", "soft-wc-v1"]),
    ("the chihuahua with the collar in a santa hat", CLA, ["pipoca-v2", "chico-v1"]),
    ("the tan chihuahua sleeping on a pillow", CLA, ["pipoca-v2", "chico-v1"]),
    ("the little fawn chihuahua barking at the mailman", CLA, ["pipoca-v2", "chico-v1"]),
    ("the blue lock boy celebrating a goal", CLA, ["isagi-v1", "bachira-v1"]),
    ("the anime soccer boy lucas likes doing a bicycle kick", CLA, ["isagi-v1", "bachira-v1"]),
    ("the turma da monica girl with short black hair", CLA, ["monica-v1", "magali-v1"]),
    ("a menina da turma da mônica at the beach", CLA, ["monica-v1", "magali-v1"]),
    ("the little cartoon girl barefoot", CLA, ["monica-v1", "magali-v1"]),
    ("vo sitting on the porch", CLA, ["cida-v2", "ze-v1"]),
    ("vo smiling with a cafezinho", CLA, ["cida-v2", "ze-v1"]),
    ("my baby on her birthday 🎂", CLA, ["gabi-v3", "pipoca-v2"]),
    ("nossa menina sleeping, so peaceful", CLA, ["gabi-v3", "pipoca-v2"]),
    ("meu bebê with a big bow", CLA, ["pipoca-v2", "gabi-v3"]),
    ("the thing i sell on saturdays for the front of the flyer", CLA,
     ["brigadeiro-v2", "coxinha-v2"]),
    ("a cangaceiro in that nordeste style", CLA, ["cordel-v1", "barro-v1"]),
    ("lampião e maria bonita in the northeastern art one", CLA, ["cordel-v1", "barro-v1"]),
    ("a são joão party in brazilian folk art", CLA, ["naif-v2", "cordel-v1", "barro-v1"]),
    ("a black and white drawing of the last supper", CLA, ["cordel-v1", "coloring-v1"]),
    ("a sabiá bird in something traditional, bordado or azulejo", CLA,
     ["bordado-v1", "azulejo-v1"]),
    ("the kombi or our van for the ad, idk", CLA, ["brilho-van-v2", "kombi-v1"]),
    ("the old lady from minas making doce de leite", CLA, ["cida-v2", "lurdes-v1"]),
    ("holy spirit dove for the church entrance, tiles or stained glass? not sure", CLA,
     ["azulejo-v1", "vitral-v1"]),
    ("me in costume for the church party, samba feathers or the caipira one, which looks better?",
     CLA, ["samba-v1", "junina-v1"]),
    ("our street in that painting style, the colorful little people or the watercolor of the "
     "minas churches", CLA, ["naif-v2", "aquarela-op-v1"]),
    ("church play poster, novela style or the chalkboard thing, which one you think", CLA,
     ["novela-v1", "chalkmenu-v1"]),
    ("a feira with the little people style", CLA, ["naif-v2", "barro-v1"]),
    ("o menino with the ball doing tricks", CLA, ["lucas-v3", "isagi-v1", "bachira-v1"]),
    ("a fathers day card with dad", CLA, ["edson-v2", "ze-v1"]),
    ("o pai fazendo churrasco no quintal", CLA, ["edson-v2", "ze-v1"]),

    # ---------------- none ----------------
    ("a bowl of pipoca with butter for movie night", NON, []),
    ("feijão with folha de louro on top, the real mineiro way", NON, []),
    ("a random chihuahua at the dog park", NON, []),
    ("a plain white cargo van with nothing written on it", NON, []),
    ("a wild parrot flying in the amazon jungle", NON, []),
    ("chico buarque singing at a bar in rio", NON, []),
    ("bolhinhas de sabão floating in the sunlight", NON, []),
    ("a plate of pão de queijo", NON, []),
    ("a typical new england farmhouse in the fall", NON, []),
    ("a pastor preaching with a bible", NON, []),
    ("a generic nurse for a flyer, nobody we know", NON, []),
    ("the cathedral in são paulo", NON, []),
    ("an empty futsal court", NON, []),
    ("a brand new black pickup at the dealer", NON, []),
    ("a bride and groom cutting the cake", NON, []),
    ("a toucan on a branch", NON, []),
    ("cristo redentor at sunrise", NON, []),
    ("an açaí bowl with granola and banana", NON, []),
    ("a little girl in a princess dress, like 5 years old", NON, []),
    ("a cleaning lady mopping a floor, just stock photo", NON, []),
    ("an old man playing dominoes in the praça", NON, []),
    ("a heart shaped box of chocolates from the store", NON, []),
    ("coxinha da asa frita com limão", NON, []),
    ("a golden retriever puppy", NON, []),
    ("a pair of checkered vans sneakers", NON, []),
    ("snow storm over the boston skyline", NON, []),
    ("a sunset at the beach in guarapari", NON, []),
    ("nail art with a lot of brilho and glitter", NON, []),
    ("a bald eagle on a flag pole", NON, []),
    ("a teenager playing video games, any kid", NON, []),
    ("a lady with straight black hair in a business suit", NON, []),

    # ---------------- multi ----------------
    ("rô holding a tray of brigadeiros", MUL, ["ro-v3", "brigadeiro-v2"]),
    ("pipoca sleeping in vó's lap", MUL, ["pipoca-v2", "cida-v2"]),
    ("lucas in the amarelinha for the copa", MUL, ["lucas-v3", "selecao-v2"]),
    ("gabi in scrubs as a telenovela poster kkkk", MUL, ["gabi-v3", "novela-v1"]),
    ("the whole family, me ed lucas and gabi, novela poster style", MUL,
     ["ro-v3", "edson-v2", "lucas-v3", "gabi-v3", "novela-v1"]),
    ("vô zé in the cordel woodcut style", MUL, ["ze-v1", "cordel-v1"]),
    ("me now but with big curly hair, the cachos thing", MUL, ["ro-v3", "cachos-v1"]),
    ("edson and lucas watching the game in seleção shirts", MUL,
     ["edson-v2", "lucas-v3", "selecao-v2"]),
    ("gabi at her 15 in a festa junina dress", MUL, ["gabi-v1", "junina-v1"]),
    ("luquinhas little in the caipira outfit with the freckles", MUL, ["lucas-v1", "junina-v1"]),
    ("bolhinha riding in the van", MUL, ["bolhinha-v2", "brilho-van-v2"]),
    ("pipoca and chico as bride and groom kkkk", MUL, ["pipoca-v2", "chico-v1"]),
    ("sonia singing in our church", MUL, ["sonia-v1", "nova-vida-v1"]),
    ("vó in azulejo tiles", MUL, ["cida-v2", "azulejo-v1"]),
    ("me under a guarda-sol with a coconut, from back when i had the long hair", MUL,
     ["ro-v1", "guardasol-v1"]),
    ("ed as a little clay figure from caruaru", MUL, ["edson-v2", "barro-v1"]),
    ("our house in arte naif for the christmas card", MUL, ["casa-v2", "naif-v2"]),
    ("madrinha in her kitchen embroidered like a pano de prato", MUL,
     ["lurdes-v1", "bordado-v1"]),
    ("isagi and bachira high five", MUL, ["isagi-v1", "bachira-v1"]),
    ("monica and magali on the beach", MUL, ["monica-v1", "magali-v1"]),
    ("emilia playing with monica", MUL, ["emilia-v1", "monica-v1"]),
    ("louro with baby pipoca when she was a puppy", MUL, ["louro-v1", "pipoca-v1"]),
    ("coloring page of emilia for the kids at church", MUL, ["emilia-v1", "coloring-v1"]),
    ("my brigadeiros on a chalkboard menu", MUL, ["brigadeiro-v2", "chalkmenu-v1"]),
    ("coxinhas and brigadeiros together on a table for the saturday post", MUL,
     ["brigadeiro-v2", "coxinha-v2"]),
    ("vó and vô together like the old days in minas", MUL, ["cida-v1", "ze-v1"]),
    ("lucas flying a pipa", MUL, ["lucas-v3", "pipa-v1"]),
    ("gabi in the samba feathers for carnaval", MUL, ["gabi-v3", "samba-v1"]),
    ("tia kelly pregnant in stained glass like a madonna", MUL, ["kelly-v1", "vitral-v1"]),
    ("pipoca in a little seleção jersey", MUL, ["pipoca-v2", "selecao-v2"]),
    ("my sister with enzo and vó, three generations", MUL, ["kelly-v2", "cida-v2"]),
    ("ed's truck as a cordel print", MUL, ["silverado-v1", "cordel-v1"]),
    ("lucas playing futsal with isagi", MUL, ["lucas-v3", "isagi-v1"]),
    ("gabi's graduation with vó", MUL, ["gabi-v2", "cida-v2"]),
    ("me in 2017 with the first van", MUL, ["ro-v2", "brilho-van-v1"]),
    ("old coxinhas and old brigadeiros from before the rebrand, for a throwback", MUL,
     ["coxinha-v1", "brigadeiro-v1"]),
    ("the old bolhinha as a coloring page for the kids", MUL, ["bolhinha-v1", "coloring-v1"]),
    ("lucas at 13 with the braces in the 2022 world cup jersey", MUL,
     ["lucas-v2", "selecao-v1"]),
    ("meu marido with the mustache in the festa junina outfit", MUL, ["edson-v1", "junina-v1"]),
    ("me and madrinha in front of her sitio, throwback to when i was young", MUL,
     ["ro-v1", "lurdes-v1", "sitio-v1"]),
    ("nossa gente, do the kids together for vó's birthday, gabi in scrubs and lucas in his "
     "number 10 jersey", MUL, ["gabi-v3", "lucas-v3"]),
    ("chico and pipoca in the naif style", MUL, ["chico-v1", "pipoca-v2", "naif-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    fams = {c["family"] for c in CARDS}
    print(f"wrote {len(CARDS)} cards ({len(fams)} families), {len(CASES)} cases")


if __name__ == "__main__":
    main()
