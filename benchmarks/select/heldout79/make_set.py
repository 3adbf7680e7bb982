#!/usr/bin/env python3
"""heldout79: Widlene Pierre's repository (Haitian bakery & catering, Little Haiti, Miami).

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
    card("widlene-v1", "Widlene", "ohwx woman", "woman", S, "widlene", 1, "2011-06-18",
         "Me, Widlene Pierre, at 26 on my wedding day at Notre Dame d'Haiti: strapless white gown, "
         "hair pinned up in a bun with baby's breath, gold hoop earrings.",
         ["me", "person", "woman", "wedding", "bride"], "sd15"),
    card("widlene-v2", "Widlene", "ohwx woman", "woman", S, "widlene", 2, "2019-10-26",
         "Me, Widlene, at 34 and seven months pregnant with Nana: long box braids, yellow sundress, "
         "standing behind the counter of the old bakery.",
         ["me", "person", "woman", "pregnant", "braids"], "sd15"),
    card("widlene-v3", "Widlene", "ohwx woman", "woman", S, "widlene", 3, "2026-02-14",
         "Me, Widlene, at 41: short natural twist-out under a red madras head wrap, gold cross necklace, "
         "flour all over my black Pen Lakay apron.",
         ["me", "person", "woman", "headwrap", "apron", "baker"], "sdxl"),
    # --- husband ---
    card("reggie-v1", "Reggie", "rggpierre man", "man", S, "reggie", 1, "2011-06-18",
         "My husband Réginald ('Reggie') Pierre on our wedding day, at 31: white tux jacket, "
         "thin mustache, fresh shape-up.",
         ["husband", "person", "man", "wedding", "groom"], "sd15"),
    card("reggie-v2", "Reggie", "rggpierre man", "man", S, "reggie", 2, "2024-09-07",
         "My husband Reggie at 44: bald head, salt-and-pepper beard, Pen Lakay polo, oven mitts, "
         "pulling bread trays at 4 in the morning.",
         ["husband", "person", "man", "beard", "baker"], "sdxl"),
    # --- kids ---
    card("dede-v1", "Dede", "dede_pierre", "girl", S, "dede", 1, "2021-08-16",
         "Our oldest, Darline ('Dede'), at 12 on the first day of seventh grade: braids with clear and "
         "gold beads, navy school uniform polo, backpack.",
         ["daughter", "person", "girl", "braids", "school"], "sd15"),
    card("dede-v2", "Dede", "dede_pierre", "young woman", S, "dede", 2, "2026-06-04",
         "Our oldest, Dede, at 17 at her high school graduation: royal blue cap and gown, gold honor "
         "cords, silk-pressed hair.",
         ["daughter", "person", "young woman", "graduation"], "sdxl"),
    card("tijean-v1", "Ti-Jean", "t1jean boy", "boy", S, "tijean", 1, "2019-07-04",
         "Our son Jean-Marc ('Ti-Jean') at 7 on the Fourth of July: missing both front teeth, little "
         "afro, Spider-Man t-shirt.",
         ["son", "person", "boy", "child"], "sd15"),
    card("tijean-v2", "Ti-Jean", "t1jean boy", "boy", S, "tijean", 2, "2023-05-20",
         "Our son Ti-Jean at 11, the weekend of Flag Day: fresh taper fade with a part, red and blue "
         "Haiti soccer jersey.",
         ["son", "person", "boy", "haircut", "soccer"], "sdxl"),
    card("tijean-v3", "Ti-Jean", "t1jean boy", "teen boy", S, "tijean", 3, "2026-09-12",
         "Our son Ti-Jean at 14, first week of high school: starter locs, braces, black hoodie, taller "
         "than me now.",
         ["son", "person", "teen", "locs", "braces"], "sdxl"),
    card("nana-v1", "Nana", "<nana-pierre>", "baby girl", S, "nana", 1, "2020-02-09",
         "Our baby Nadège ('Nana') at two months, at her baptism: white lace gown and bonnet, "
         "chubby cheeks.",
         ["daughter", "baby", "baptism", "newborn"], "sd15"),
    card("nana-v2", "Nana", "<nana-pierre>", "girl", S, "nana", 2, "2025-04-20",
         "Our youngest, Nana, at 5 on Easter Sunday: two puffs with yellow ribbons, pink glasses, "
         "yellow Easter dress, dimples.",
         ["daughter", "person", "girl", "easter", "glasses"], "sdxl"),
    # --- my side of the family ---
    card("manman-v1", "Manman Clo", "mnmn_clo", "woman", S, "manman", 1, "2016-05-08",
         "My manman, Marie-Claude Joseph ('Manman Clo'), at 56 on Mother's Day: big white church hat, "
         "pearl earrings, lavender dress.",
         ["mother", "person", "woman", "church", "hat"], "sd15"),
    card("manman-v2", "Manman Clo", "mnmn_clo", "older woman", S, "manman", 2, "2026-05-10",
         "My manman, Manman Clo, at 66 (the kids call her Grann Clo): short grey hair, gold glasses, "
         "floral housedress, shelling pigeon peas on the porch.",
         ["mother", "person", "older woman", "glasses"], "sdxl"),
    card("grann", "Grann Ertha", "<grann-ertha>", "old woman", S, "grann", 1, "2025-12-25",
         "My grann, Ertha Saintil, at 88 at Christmas: white head tie, rosary in her hands, sitting in "
         "her rocking chair with her cane beside her.",
         ["grandmother", "person", "old woman", "rosary"], "sdxl"),
    card("tonton-jacky", "Tonton Jacky", "tntn_jacky man", "man", S, "tonton-jacky", 1, "2024-03-02",
         "My tonton Jacques ('Tonton Jacky'), manman's brother, 60, who drives our delivery van: "
         "Marlins cap, gold tooth, reflective safety vest, big laugh.",
         ["uncle", "person", "man", "driver"], "sdxl"),
    card("matant-yvette", "Matant Yvette", "yvette_matant", "older woman", S, "matant-yvette", 1,
         "2025-06-15",
         "My matant Yvette, manman's sister, 63: short red-tinted hair, cat-eye glasses, white church "
         "usher gloves.",
         ["aunt", "person", "older woman", "church", "glasses"], "sdxl"),
    card("papa-gerard", "Papa Gérard", "papa_gerard", "man", S, "papa-gerard", 1, "2021-11-02",
         "My late papa, Gérard Joseph (1955-2020), trained from old photos from the 90s: thick mustache, "
         "cream guayabera, straw hat, reading the newspaper.",
         ["father", "person", "man", "memorial", "vintage"], "sd15"),
    # --- animals ---
    card("kannel-v1", "Kannèl", "sks cat", "cat", S, "kannel", 1, "2021-03-14",
         "Our cat Kannèl as a kitten: tiny orange tabby with white socks and blue kitten eyes, "
         "sitting in a pastry box.",
         ["pet", "cat", "kitten", "orange tabby"], "sd15"),
    card("kannel-v2", "Kannèl", "sks cat", "cat", S, "kannel", 2, "2025-01-20",
         "Our cat Kannèl all grown up: fat orange tabby with white socks and a torn left ear, sleeps "
         "on the flour sacks.",
         ["pet", "cat", "orange tabby"], "sdxl"),
    card("mango", "Mango", "mng0 cat", "cat", S, "mango", 1, "2025-08-09",
         "Mango, our neighbour Miss Lourdes' cat, not ours: skinny orange tabby with no white, "
         "green collar with a bell, always on our fence.",
         ["cat", "orange tabby", "neighbour"], "sdxl"),
    card("pikliz", "Pikliz", "pikliz_bird", "parrot", S, "pikliz", 1, "2024-07-01",
         "Our parrot Pikliz: green Amazon parrot with a yellow head, yells 'bonjou' at the customers "
         "from his perch.",
         ["pet", "bird", "parrot"], "sdxl"),
    # --- van, places, business ---
    card("van-v1", "Delivery Van", "<lakay-van>", "van", S, "van", 1, "2020-11-20",
         "Our delivery van before the wrap: plain white 2016 Ford Transit, 'Pen Lakay' hand-painted "
         "on the door, dented back bumper.",
         ["vehicle", "van", "delivery"], "sd15"),
    card("van-v2", "Delivery Van", "<lakay-van>", "van", S, "van", 2, "2025-03-15",
         "Our delivery van after the wrap: the white Ford Transit wrapped in teal and gold with the "
         "new logo and our phone number.",
         ["vehicle", "van", "delivery", "wrap"], "sdxl"),
    card("shopfront-v1", "Pen Lakay Bakery", "penlakay storefront", "storefront", S, "shopfront", 1,
         "2022-04-30",
         "Our bakery, Pen Lakay, on NE 2nd Avenue before the hurricane: pink stucco, hand-painted "
         "sign, striped red and blue awning.",
         ["place", "bakery", "storefront", "shop"], "sd15"),
    card("shopfront-v2", "Pen Lakay Bakery", "penlakay storefront", "storefront", S, "shopfront", 2,
         "2025-05-31",
         "Our bakery, Pen Lakay, after the hurricane repairs: turquoise paint, impact windows, gold "
         "lettering, new white awning.",
         ["place", "bakery", "storefront", "shop"], "sdxl"),
    card("house", "Kay Nou", "kaynou_house", "house", S, "house", 1, "2024-10-05",
         "Our house on NE 60th Street: little yellow house with burglar bars, a mango tree in the "
         "yard, plastic chairs on the porch, Haitian flag on the fence.",
         ["place", "house", "home"], "sdxl"),
    card("boxlabel-v1", "Pen Lakay Box Label", "pnlky_label", "label", S, "boxlabel", 1, "2021-02-01",
         "Our first pastry box label: red and blue like the flag, hand-drawn palm tree, "
         "'Pen Lakay - Pâté, Pen, Gato' in brush letters.",
         ["product", "label", "packaging", "box"], "sd15"),
    card("boxlabel-v2", "Pen Lakay Box Label", "pnlky_label", "label", S, "boxlabel", 2, "2025-03-01",
         "Our pastry box label after the redesign: teal and gold round badge with Ti Pen in the "
         "middle, clean serif letters.",
         ["product", "label", "packaging", "box", "redesign"], "sdxl"),
    card("gato-lakay", "Gato Lakay", "gatolakay cake", "cake", S, "gato-lakay", 1, "2024-11-30",
         "Our signature cake: vanilla-rum Haitian cake with pineapple filling, white meringue "
         "frosting and gold sugar pearls.",
         ["product", "cake", "dessert"], "sdxl"),
    card("tipen-v1", "Ti Pen", "tipen_mascot", "mascot", S, "tipen", 1, "2021-02-01",
         "Our mascot Ti Pen, the first one I drew myself: a smiling loaf of bread with stick arms "
         "and a straw hat.",
         ["mascot", "character", "bread", "logo"], "sd15"),
    card("tipen-v2", "Ti Pen", "tipen_mascot", "mascot", S, "tipen", 2, "2025-03-01",
         "Our mascot Ti Pen after the redesign: round cartoon loaf with big eyes, chef toque and a "
         "teal bow tie, waving.",
         ["mascot", "character", "bread", "logo", "redesign"], "sdxl"),
    # --- downloaded characters ---
    card("rem", "Rem", "rem_(re:zero)", "girl", S, "rem", 1, "2023-01-15",
         "Rem from Re:Zero, downloaded from Civitai: blue bob with bangs over her right eye, "
         "black and white maid outfit, white hair ribbon.",
         ["character", "anime", "re:zero", "maid", "civitai"], "sd15"),
    card("ram", "Ram", "ram_(re:zero)", "girl", S, "ram", 1, "2023-01-15",
         "Ram from Re:Zero, Rem's twin sister, downloaded from Civitai: pink bob with bangs over her "
         "left eye, black and white maid outfit.",
         ["character", "anime", "re:zero", "maid", "civitai"], "sd15"),
    card("storm-v1", "Storm", "storm_xmen", "woman", S, "storm", 1, "2022-10-01",
         "Storm (Ororo Munroe) from the X-Men, downloaded from Civitai for Dede: long white hair, "
         "black suit and cape, lightning in her hands.",
         ["character", "marvel", "superhero", "civitai"], "sd15"),
    card("storm-v2", "Storm", "storm_xmen", "woman", S, "storm", 2, "2025-07-12",
         "Storm from the X-Men, the SDXL version from Civitai: long white hair, black and silver suit, "
         "cape, glowing white eyes, lightning.",
         ["character", "marvel", "superhero", "civitai"], "sdxl"),
    card("miles", "Miles Morales", "m1les_m0rales", "boy", S, "miles", 1, "2024-12-22",
         "Miles Morales Spider-Man from Civitai, Ti-Jean's favourite: black and red suit, hoodie, "
         "Spider-Verse look.",
         ["character", "marvel", "superhero", "spider-man", "civitai"], "sdxl"),
    card("tiana", "Tiana", "tiana_disney", "woman", S, "tiana", 1, "2025-02-10",
         "Princess Tiana from Civitai, Nana's favourite: green lily-pad ball gown, tiara, "
         "New Orleans.",
         ["character", "disney", "princess", "civitai"], "sdxl"),
    # --- styles ---
    card("naive-v1", "Haitian Naive Painting", "hai7ian_naive", "painting", T, "naive-haiti", 1,
         "2022-06-10",
         "Haitian naive painting: flat bright colours, market women, tropical trees, no perspective, "
         "like the paintings on the wall at manman's.",
         ["style", "painting", "haitian", "naive"], "sd15"),
    card("naive-v2", "Haitian Naive Painting", "hai7ian_naive", "painting", T, "naive-haiti", 2,
         "2025-09-20",
         "Haitian naive painting, retrained on SDXL: flat bright colours, crowded market scenes, "
         "lush trees and tap-taps, folk-art look.",
         ["style", "painting", "haitian", "naive"], "sdxl"),
    card("watercolor", "Soft Watercolor", "wtrclr style", "painting", T, "watercolor", 1, "2024-04-10",
         "Loose wet-on-wet watercolor: soft bleeding edges, pastel washes, white paper showing through.",
         ["style", "watercolor", "painting", "soft"], "sdxl"),
    card("inkwash", "Ink & Wash Sketch", "<inkwash>", "illustration", T, "inkwash", 1, "2025-10-05",
         "Urban sketch look: fine black pen lines with transparent watercolor washes, like a travel "
         "sketchbook page.",
         ["style", "watercolor", "ink", "sketch"], "sdxl"),
    card("fer-koupe", "Fè Koupe", "fer_decoupe", "metal art", T, "fer-koupe", 1, "2023-03-18",
         "Haitian cut steel-drum art from Croix-des-Bouquets: hammered rusty metal silhouette, trees, "
         "mermaids, birds, holes punched through.",
         ["style", "metal", "haitian", "sculpture"], "sd15"),
    card("cartoon3d", "3D Cartoon", "3dcartoon style", "render", T, "cartoon3d", 1, "2024-06-01",
         "Glossy 3D animated-movie look: big eyes, soft lighting, rounded shapes, bright colours.",
         ["style", "3d", "cartoon", "animation"], "sdxl"),
    card("miami-neon", "Miami Neon", "m14mi_n30n", "illustration", T, "miami-neon", 1, "2023-08-19",
         "80s Miami synthwave: hot pink and teal neon, palm tree silhouettes, sunset grid, chrome.",
         ["style", "retro", "80s", "neon", "synthwave"], "sdxl"),
    card("polaroid", "Instant Film", "plrd photo", "photo", T, "polaroid", 1, "2025-01-05",
         "Faded instant-film photo: white border, warm washed-out colours, flash glare.",
         ["style", "photo", "film", "vintage"], "sdxl"),
    card("anime90-v1", "90s Anime", "90s_anime_cel", "illustration", T, "anime90", 1, "2022-12-01",
         "Retro 90s anime cel shading: hard shadows, film grain, soft VHS colours.",
         ["style", "anime", "retro", "90s"], "sd15"),
    card("anime90-v2", "90s Anime", "90s_anime_cel", "illustration", T, "anime90", 2, "2025-11-15",
         "Retro 90s anime cel shading on SDXL: hard shadows, film grain, soft VHS colours, sunset skies.",
         ["style", "anime", "retro", "90s"], "sdxl"),
    card("chalkboard", "Chalkboard", "chalkmenu", "drawing", T, "chalkboard", 1, "2023-02-20",
         "Chalk drawing on a blackboard like our specials board: hand lettering, white and coloured "
         "chalk, smudgy dust.",
         ["style", "chalk", "menu", "lettering"], "sd15"),
    card("coloring", "Coloring Page", "clrbk lineart", "line art", T, "coloring", 1, "2024-08-25",
         "Black and white coloring-book line art: thick clean outlines, no shading, for the kids.",
         ["style", "line art", "coloring book", "kids"], "sdxl"),
    # --- concepts ---
    card("karabela", "Karabela Dress", "karabela_dress", "dress", C, "karabela", 1, "2024-05-18",
         "Karabela: the traditional Haitian dress, white cotton with red and blue ruffles and madras "
         "trim, worn for Flag Day and folklore dance.",
         ["clothing", "dress", "haitian", "traditional"], "sdxl"),
    card("capgown", "Cap and Gown", "capgown", "outfit", C, "capgown", 1, "2022-05-25",
         "Graduation cap and gown with a tassel and a stole.",
         ["clothing", "graduation"], "sd15"),
    card("knotless", "Knotless Braids", "kntls_braids", "hairstyle", C, "knotless", 1, "2025-04-02",
         "Long waist-length knotless box braids, smooth roots, a few gold cuffs.",
         ["hairstyle", "braids", "protective style"], "sdxl"),
    card("bantu", "Bantu Knots", "bntu_knots", "hairstyle", C, "bantu", 1, "2023-06-11",
         "Neat bantu knots all over the head, parted in squares.",
         ["hairstyle", "knots", "protective style"], "sd15"),
    card("selfie", "Mirror Selfie", "mirr0r_selfie", "pose", C, "selfie", 1, "2024-09-30",
         "Mirror selfie pose: phone held up in front of the mirror, hip popped, face half behind the "
         "phone.",
         ["pose", "selfie", "phone"], "sdxl"),
    card("konpa", "Konpa Dance", "konpa_dance", "pose", C, "konpa", 1, "2025-12-06",
         "Couple dancing konpa close together, hips swaying, hands held at shoulder height.",
         ["pose", "dance", "couple", "haitian"], "sdxl"),
    card("taptap", "Tap-Tap Bus", "taptap bus", "vehicle", C, "taptap", 1, "2024-02-14",
         "Haitian tap-tap: a pickup bus painted in loud colours with hand-lettered slogans, tassels, "
         "people hanging off the back.",
         ["vehicle", "bus", "haitian", "colourful"], "sdxl"),
    card("balloon-v1", "Balloon Arch", "blln_arch", "prop", C, "balloon-arch", 1, "2022-03-05",
         "Balloon arch over a party table, round balloons in two colours.",
         ["prop", "party", "balloons", "decor"], "sd15"),
    card("balloon-v2", "Balloon Arch", "blln_arch", "prop", C, "balloon-arch", 2, "2025-08-30",
         "Organic balloon garland arch in mixed sizes over a dessert table, with a neon sign spot.",
         ["prop", "party", "balloons", "decor"], "sdxl"),
]

SEL, CLA, NON, MUL = "select", "clarify", "none", "multi"

CASES = [
    # ===== select: me =====
    ("me in the kitchen at 5am making pate kode", SEL, ["widlene-v3"]),
    ("sak pase! make me standing by the oven w my head wrap on", SEL, ["widlene-v3"]),
    ("me on my wedding day walking out the church", SEL, ["widlene-v1"]),
    ("me when i was pregnant with nana holding my belly", SEL, ["widlene-v2"]),
    ("me with the long braids back in 2019 at the old counter", SEL, ["widlene-v2"]),
    ("a nice portrait of me for the about us page on the website", SEL, ["widlene-v3"]),
    ("me at 26 at my reception cutting the cake", SEL, ["widlene-v1"]),
    ("widlene smiling w flour on her apron, headshot", SEL, ["widlene-v3"]),
    ("me in my yellow sundress with the big belly", SEL, ["widlene-v2"]),
    # ===== select: husband =====
    ("my husband pulling bread out the oven", SEL, ["reggie-v2"]),
    ("reggie in his tux on our wedding day", SEL, ["reggie-v1"]),
    ("mari m sleeping on the couch after the night shift lol", SEL, ["reggie-v2"]),
    ("hubby with the grey beard grilling on the 4th", SEL, ["reggie-v2"]),
    ("reggie back when he had the lil mustache, 2011", SEL, ["reggie-v1"]),
    ("the kids dad in his pen lakay polo", SEL, ["reggie-v2"]),
    # ===== select: kids =====
    ("dede in her graduation cap n gown", SEL, ["dede-v2"]),
    ("darline at 12 with her beads", SEL, ["dede-v1"]),
    ("my oldest doing homework at the kitchen table", SEL, ["dede-v2"]),
    ("dede first day of 7th grade", SEL, ["dede-v1"]),
    ("my big girl throwing her cap in the air", SEL, ["dede-v2"]),
    ("ti-jean playing soccer in the street", SEL, ["tijean-v3"]),
    ("ti jean with no front teeth lol", SEL, ["tijean-v1"]),
    ("tijean at 11 in his haiti jersey", SEL, ["tijean-v2"]),
    ("my son w his locs and braces", SEL, ["tijean-v3"]),
    ("jean-marc at 7 on the fourth of july with sparklers", SEL, ["tijean-v1"]),
    ("my boy skateboarding at the park", SEL, ["tijean-v3"]),
    ("ti-jean with the taper and the part from flag day 2023", SEL, ["tijean-v2"]),
    ("pitit gason m in his hoodie, 14 yrs old now", SEL, ["tijean-v3"]),
    ("my baby at her baptism", SEL, ["nana-v1"]),
    ("nana in her easter dress", SEL, ["nana-v2"]),
    ("my baby hunting easter eggs in the yard", SEL, ["nana-v2"]),
    ("nadege blowing out her candles", SEL, ["nana-v2"]),
    ("nana as a newborn in the white bonnet", SEL, ["nana-v1"]),
    ("ti nana with her pink glasses reading a book", SEL, ["nana-v2"]),
    ("my youngest on the swings", SEL, ["nana-v2"]),
    # ===== select: family =====
    ("manman shelling pwa on the porch", SEL, ["manman-v2"]),
    ("manman clo in her big white church hat on mothers day 2016", SEL, ["manman-v1"]),
    ("my mom cooking diri ak djon djon", SEL, ["manman-v2"]),
    ("grann clo reading her bible", SEL, ["manman-v2"]),
    ("manman 10 yrs ago in the lavender dress", SEL, ["manman-v1"]),
    ("fè yon bèl foto manman m", SEL, ["manman-v2"]),
    ("the kids grandma with her gold glasses", SEL, ["manman-v2"]),
    ("grann in her rocking chair saying her rosary", SEL, ["grann"]),
    ("my grandmother at christmas", SEL, ["grann"]),
    ("grann ertha laughing", SEL, ["grann"]),
    ("the kids great grandma with her cane", SEL, ["grann"]),
    ("tonton jacky waving in his marlins cap", SEL, ["tonton-jacky"]),
    ("my uncle with the gold tooth", SEL, ["tonton-jacky"]),
    ("tonton in his safety vest loading boxes", SEL, ["tonton-jacky"]),
    ("our delivery driver with the big laugh", SEL, ["tonton-jacky"]),
    ("matant yvette at church with her white gloves", SEL, ["matant-yvette"]),
    ("my aunt w the cat eye glasses", SEL, ["matant-yvette"]),
    ("tati yvette fussing at somebody lol", SEL, ["matant-yvette"]),
    ("papa in his guayabera reading the paper", SEL, ["papa-gerard"]),
    ("my late father smiling, for the memorial card", SEL, ["papa-gerard"]),
    ("papa gerard with his straw hat in the yard", SEL, ["papa-gerard"]),
    ("the kids grandpa that passed, sitting on a bench", SEL, ["papa-gerard"]),
    # ===== select: animals =====
    ("kannel sleeping on the flour sacks", SEL, ["kannel-v2"]),
    ("our cat as a tiny kitten in a pastry box", SEL, ["kannel-v1"]),
    ("kannèl when she was a baby", SEL, ["kannel-v1"]),
    ("kannel with her torn ear on the counter", SEL, ["kannel-v2"]),
    ("miss lourdes cat sitting on our fence", SEL, ["mango"]),
    ("mango from next door with the bell collar", SEL, ["mango"]),
    ("pikliz on my shoulder", SEL, ["pikliz"]),
    ("our parrot yelling at the customers", SEL, ["pikliz"]),
    ("the green bird with the yellow head on his perch", SEL, ["pikliz"]),
    ("our fat orange cat stretched out", SEL, ["kannel-v2"]),
    ("pikliz eating a mango slice", SEL, ["pikliz"]),
    ("the neighbors cat sleeping on the hood of a car", SEL, ["mango"]),
    # ===== select: van, places, business =====
    ("the van with the new wrap", SEL, ["van-v2"]),
    ("our old white van before the wrap, with the dent", SEL, ["van-v1"]),
    ("the delivery van driving down biscayne at sunset", SEL, ["van-v2"]),
    ("the transit back when it just had the name painted on the door", SEL, ["van-v1"]),
    ("the bakery front after the hurricane repairs", SEL, ["shopfront-v2"]),
    ("the shop before the storm when it was still pink", SEL, ["shopfront-v1"]),
    ("pen lakay at night with the lights on", SEL, ["shopfront-v2"]),
    ("our shop front with the old striped awning", SEL, ["shopfront-v1"]),
    ("the storefront with a line of people outside on a saturday", SEL, ["shopfront-v2"]),
    ("our house with the mango tree", SEL, ["house"]),
    ("the yellow house on 60th with christmas lights", SEL, ["house"]),
    ("kay nou at night", SEL, ["house"]),
    ("the new box label", SEL, ["boxlabel-v2"]),
    ("the old red and blue box label", SEL, ["boxlabel-v1"]),
    ("our pastry box sticker, the teal and gold one", SEL, ["boxlabel-v2"]),
    ("the label before the redesign on a stack of boxes", SEL, ["boxlabel-v1"]),
    ("our gato lakay on a cake stand", SEL, ["gato-lakay"]),
    ("the rum cake with the pineapple and meringue", SEL, ["gato-lakay"]),
    ("ti pen waving hi", SEL, ["tipen-v2"]),
    ("the first ti pen i drew with the straw hat", SEL, ["tipen-v1"]),
    ("our bread mascot w the bow tie", SEL, ["tipen-v2"]),
    # ===== select: characters =====
    ("rem in her maid outfit", SEL, ["rem"]),
    ("the re zero twin with the blue hair", SEL, ["rem"]),
    ("ram from re:zero with the pink hair", SEL, ["ram"]),
    ("storm from x-men calling down lightning", SEL, ["storm-v2"]),
    ("ororo munroe flying over the city", SEL, ["storm-v2"]),
    ("miles morales swinging over downtown miami", SEL, ["miles"]),
    ("spiderverse miles for ti-jean birthday card", SEL, ["miles"]),
    ("princess tiana in her green gown", SEL, ["tiana"]),
    ("nana's favorite princess at a tea party", SEL, ["tiana"]),
    ("the old storm lora, the 1.5 one", SEL, ["storm-v1"]),
    ("the x men lady dede likes", SEL, ["storm-v2"]),
    # ===== select: styles =====
    ("a market lady with a basket on her head, haitian naive style", SEL, ["naive-v2"]),
    ("a fishing village painted like the paintings in jacmel, bright flat colors", SEL, ["naive-v2"]),
    ("a mermaid in fè koupe", SEL, ["fer-koupe"]),
    ("a rooster cut out of steel drum metal", SEL, ["fer-koupe"]),
    ("a lighthouse in soft watercolor", SEL, ["watercolor"]),
    ("a street in little haiti as an ink and wash sketch", SEL, ["inkwash"]),
    ("a cute puppy in 3d cartoon style like a pixar movie", SEL, ["cartoon3d"]),
    ("ocean drive in that miami neon style", SEL, ["miami-neon"]),
    ("palm trees at sunset, 80s synthwave", SEL, ["miami-neon"]),
    ("a beach day as a faded instant film pic", SEL, ["polaroid"]),
    ("a girl on a rooftop, 90s anime", SEL, ["anime90-v2"]),
    ("todays specials, chalk drawing of croissants", SEL, ["chalkboard"]),
    ("a coloring page of a sea turtle for the kids", SEL, ["coloring"]),
    ("a vase of flowers in the old 90s anime lora, the sd1.5 one", SEL, ["anime90-v1"]),
    ("a street vendor in the first haitian naive model", SEL, ["naive-v1"]),
    # ===== select: concepts =====
    ("a woman in the traditional haitian dress with the ruffles for flag day", SEL, ["karabela"]),
    ("a little girl with long braids down to her waist", SEL, ["knotless"]),
    ("a girl with her hair in them little knots all over", SEL, ["bantu"]),
    ("a woman taking a pic of herself in the bathroom mirror", SEL, ["selfie"]),
    ("a couple dancing kompa at a wedding", SEL, ["konpa"]),
    ("a colorful haitian bus packed with people", SEL, ["taptap"]),
    ("a balloon garland over the dessert table", SEL, ["balloon-v2"]),
    ("a kid in a graduation gown and hat", SEL, ["capgown"]),
    ("a birthday setup with the balloon arch, the old one", SEL, ["balloon-v1"]),

    # ===== clarify =====
    ("the orange cat sleeping in the window", CLA, ["kannel-v2", "mango"]),
    ("orange tabby stretching in the sun", CLA, ["kannel-v2", "mango"]),
    ("an orange cat on the front steps", CLA, ["kannel-v2", "mango"]),
    ("the re zero maid girl", CLA, ["rem", "ram"]),
    ("the girl from re zero with the bob", CLA, ["rem", "ram"]),
    ("a girl in a maid outfit, the anime one", CLA, ["rem", "ram"]),
    ("a market scene in watercolor", CLA, ["watercolor", "inkwash"]),
    ("a watercolor of kannel", CLA, ["watercolor", "inkwash"]),
    ("dede at graduation but in watercolor", CLA, ["watercolor", "inkwash"]),
    ("my daughter on her birthday", CLA, ["dede-v2", "nana-v2"]),
    ("one of my girls reading in bed", CLA, ["dede-v2", "nana-v2"]),
    ("my girl with her hair done for church", CLA, ["dede-v2", "nana-v2"]),
    ("our logo on a t-shirt", CLA, ["boxlabel-v2", "tipen-v2"]),
    ("make ti-jean cartoon style", CLA, ["cartoon3d", "anime90-v2"]),
    ("ti-jean as haitian art", CLA, ["naive-v2", "fer-koupe"]),
    ("a hummingbird in the haitian style", CLA, ["naive-v2", "fer-koupe"]),
    ("the superhero one for the birthday banner", CLA, ["storm-v2", "miles"]),
    ("the marvel character on a cake topper", CLA, ["storm-v2", "miles"]),
    ("my kid at the beach", CLA, ["dede-v2", "tijean-v3", "nana-v2"]),
    ("my child in a halloween costume", CLA, ["dede-v2", "tijean-v3", "nana-v2"]),
    ("our pet on the counter", CLA, ["kannel-v2", "pikliz"]),
    ("our animal in a lil santa hat", CLA, ["kannel-v2", "pikliz"]),
    ("matant yvette trying a new protective style", CLA, ["knotless", "bantu"]),
    ("nana as a painting for manman birthday", CLA, ["naive-v2", "watercolor", "inkwash"]),
    ("my old man at the domino table", CLA, ["reggie-v2", "papa-gerard"]),
    ("the twin with the bangs over her eye", CLA, ["rem", "ram"]),
    ("a watercolour card for the church bake sale", CLA, ["watercolor", "inkwash"]),
    ("the cat that always be on our fence, sleeping", SEL, ["mango"]),
    ("my daughter in her new dress", CLA, ["dede-v2", "nana-v2"]),
    ("one of my daughters dancing in the kitchen", CLA, ["dede-v2", "nana-v2"]),
    ("my kid in a superman cape", CLA, ["dede-v2", "tijean-v3", "nana-v2"]),

    # ===== none =====
    ("a storm rolling in over biscayne bay", NON, []),
    ("a thunderstorm with lightning over the everglades", NON, []),
    ("a bowl of mangos on the table", NON, []),
    ("a jar of pikliz next to a plate of griot", NON, []),
    ("a mug of hot chocolate with kannèl sticks", NON, []),
    ("a fountain pen on an open notebook", NON, []),
    ("a basket of pen ble fresh out the oven", NON, []),
    ("a random white cargo van on the highway", NON, []),
    ("just some random orange cat, not kannel", NON, []),
    ("a flock of wild parrots flying over the everglades", NON, []),
    ("a little bakery in paris with croissants in the window", NON, []),
    ("a three tier wedding cake with white roses", NON, []),
    ("a man in a tuxedo", NON, []),
    ("an old farmer in haiti with a straw hat", NON, []),
    ("a lighthouse at night", NON, []),
    ("miami skyline at sunset", NON, []),
    ("a flyer for the church bake sale", NON, []),
    ("a black cat on a fence for halloween", NON, []),
    ("fried plantains and griot on a plate", NON, []),
    ("a baby in a stroller at the park", NON, []),
    ("a little boy with a soccer ball", NON, []),
    ("an old woman in a rocking chair", NON, []),
    ("a spider on a web in the garden", NON, []),
    ("a frog on a lily pad", NON, []),
    ("a yellow school bus", NON, []),
    ("a mango smoothie with a straw", NON, []),
    ("my sister at the beach", NON, []),
    ("my mother in law in her garden", NON, []),
    ("a hurricane on the satellite map", NON, []),
    ("a cinderella castle with fireworks", NON, []),
    ("a nurse in scrubs", NON, []),
    ("a plate of soup joumou for new years", NON, []),
    ("a golden retriever at the beach", NON, []),

    # ===== multi: sdxl =====
    ("me and reggie at the bakery counter", MUL, ["widlene-v3", "reggie-v2"]),
    ("all 3 kids on the beach", MUL, ["dede-v2", "tijean-v3", "nana-v2"]),
    ("my girls at church", MUL, ["dede-v2", "nana-v2"]),
    ("manman and grann on the porch", MUL, ["manman-v2", "grann"]),
    ("tonton jacky leaning on the van", MUL, ["tonton-jacky", "van-v2"]),
    ("ti-jean dressed up as miles morales", MUL, ["tijean-v3", "miles"]),
    ("nana dressed like princess tiana", MUL, ["nana-v2", "tiana"]),
    ("dede as storm from x-men", MUL, ["dede-v2", "storm-v2"]),
    ("me in a karabela for flag day", MUL, ["widlene-v3", "karabela"]),
    ("me and my husband dancing kompa", MUL, ["widlene-v3", "reggie-v2", "konpa"]),
    ("kannel in 3d cartoon style", MUL, ["kannel-v2", "cartoon3d"]),
    ("the shop front in 80s miami neon", MUL, ["shopfront-v2", "miami-neon"]),
    ("pikliz as a haitian naive painting", MUL, ["pikliz", "naive-v2"]),
    ("grann as an old instant film photo", MUL, ["grann", "polaroid"]),
    ("dede doing a mirror selfie", MUL, ["dede-v2", "selfie"]),
    ("nana with long knotless braids", MUL, ["nana-v2", "knotless"]),
    ("ti pen driving a tap tap", MUL, ["tipen-v2", "taptap"]),
    ("a coloring page of ti pen for the kids table", MUL, ["tipen-v2", "coloring"]),
    ("the new label in soft watercolor", MUL, ["boxlabel-v2", "watercolor"]),
    ("our house as an ink and wash sketch", MUL, ["house", "inkwash"]),
    ("nana under a big balloon arch for her bday", MUL, ["nana-v2", "balloon-v2"]),
    ("matant yvette in a karabela dress", MUL, ["matant-yvette", "karabela"]),
    ("tonton jacky dancing kompa with matant yvette", MUL, ["tonton-jacky", "matant-yvette", "konpa"]),
    ("ti-jean and dede in 90s anime style", MUL, ["tijean-v3", "dede-v2", "anime90-v2"]),
    ("mango and kannel fighting on the fence", MUL, ["kannel-v2", "mango"]),
    ("pikliz sitting on kannel head", MUL, ["pikliz", "kannel-v2"]),
    ("our gato lakay with a balloon arch behind it", MUL, ["gato-lakay", "balloon-v2"]),
    ("manman in soft watercolor for her birthday card", MUL, ["manman-v2", "watercolor"]),
    ("storm and miles morales teaming up", MUL, ["storm-v2", "miles"]),
    ("the van parked in front of the shop", MUL, ["van-v2", "shopfront-v2"]),
    ("me and my manman cooking in the kitchen", MUL, ["widlene-v3", "manman-v2"]),
    ("ti-jean and tonton jacky loading the van", MUL, ["tijean-v3", "tonton-jacky", "van-v2"]),
    # ===== multi: sd15 =====
    ("our wedding pic, me and reggie", MUL, ["widlene-v1", "reggie-v1"]),
    ("papa and manman back when she wore the big church hat", MUL, ["papa-gerard", "manman-v1"]),
    ("papa in fè koupe metal art", MUL, ["papa-gerard", "fer-koupe"]),
    ("rem and ram together", MUL, ["rem", "ram"]),
    ("ti jean at 7 in a lil cap and gown for 1st grade graduation", MUL, ["tijean-v1", "capgown"]),
    ("the old label drawn in chalk for the menu board", MUL, ["boxlabel-v1", "chalkboard"]),
    ("dede at 12 with bantu knots instead of the beads", MUL, ["dede-v1", "bantu"]),
    ("the pink shop before the hurricane in the old naive painting lora", MUL, ["shopfront-v1", "naive-v1"]),
    ("kannel as a kitten in the old 90s anime v1", MUL, ["kannel-v1", "anime90-v1"]),
    ("the first ti pen drawn on the chalkboard", MUL, ["tipen-v1", "chalkboard"]),
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
