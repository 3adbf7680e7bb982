#!/usr/bin/env python3
"""Held-out selection set heldout55: Eleni Papadakis's repository (a Greek diner in Astoria).

Running this writes catalog.jsonl and cases.jsonl next to it. Cards and cases are literals;
the gold of every case was written by hand (see README.md).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags,
         base_model):
    return dict(id=id, name=name, trigger=trigger, class_noun=class_noun, kind=kind,
                family=family, version=version, created_at=created_at,
                description=description, tags=tags, base_model=base_model)


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("eleni-v1", "Eleni", "ohwx woman", "woman", S, "eleni", 1, "2013-04-20",
         "Me, Eleni, at 31, seven months pregnant with Niko, spring 2013: long curly black hair "
         "down past my shoulders, flowered maternity dress, hand on the bump.",
         ["me", "person", "woman", "pregnant", "curly hair"], "sd15"),
    card("eleni-v2", "Eleni", "ohwx woman", "woman", S, "eleni", 2, "2021-10-09",
         "Me, Eleni, at 39, the fall I took over the diner after my father passed: hair up in a "
         "claw clip, black t-shirt, the old red Olympia Diner apron, tired eyes.",
         ["me", "person", "woman", "apron", "claw clip"], "sd15"),
    card("eleni-v3", "Eleni", "ohwx woman", "woman", S, "eleni", 3, "2026-03-14",
         "Me, Eleni, at 44, after the renovation: new chin-length bob with caramel highlights, "
         "gold hoop earrings, reading glasses on a beaded chain, navy apron.",
         ["me", "person", "woman", "bob haircut", "glasses", "apron"], "sdxl"),
    # --- husband ---
    card("kostas-v1", "Kostas", "kstz man", "man", S, "kostas", 1, "2008-06-21",
         "My husband Kostas ('Gus' to the regulars) on our wedding day at St. Demetrios: thick "
         "black hair, big black mustache, grey tux with a white rose.",
         ["husband", "person", "man", "wedding", "groom", "mustache"], "sd15"),
    card("kostas-v2", "Kostas", "kstz man", "man", S, "kostas", 2, "2025-08-02",
         "My husband Kostas at 47: shaved head, salt-and-pepper beard, Mets cap, grill-stained "
         "white t-shirt; he runs the flat-top at the diner.",
         ["husband", "person", "man", "bald", "beard", "cook"], "sdxl"),
    # --- kids ---
    card("sofia-v1", "Sofia", "sofiapap girl", "girl", S, "sofia", 1, "2022-09-10",
         "Our daughter Sofia (Sofi, my koukla) at 12: braces, long dark ponytail, purple glasses, "
         "Astoria soccer club jersey.",
         ["daughter", "person", "girl", "braces", "glasses", "soccer"], "sd15"),
    card("sofia-v2", "Sofia", "sofiapap girl", "girl", S, "sofia", 2, "2026-05-16",
         "Our daughter Sofia at her sweet sixteen: long straightened dark hair, contacts instead of "
         "glasses, gold satin dress, tiny nose stud. Still my koukla.",
         ["daughter", "person", "girl", "teenager", "sweet sixteen"], "sdxl"),
    card("niko-v1", "Niko", "sks boy", "boy", S, "niko", 1, "2020-08-15",
         "Our son Niko (Nikos, Nikolaki when he was little) at 7: missing his two front teeth, "
         "bowl cut, Spider-Man t-shirt.",
         ["son", "person", "boy", "child", "bowl cut"], "sd15"),
    card("niko-v2", "Niko", "sks boy", "boy", S, "niko", 2, "2023-08-05",
         "Our son Niko at 10 in his Ditmars little league uniform: number 8, blue cap, bat on "
         "his shoulder.",
         ["son", "person", "boy", "baseball", "little league"], "sd15"),
    card("niko-v3", "Niko", "sks boy", "boy", S, "niko", 3, "2026-09-20",
         "Our son Niko at 13: buzz cut for wrestling, braces, gaming headset around his neck, "
         "already taller than his yiayia.",
         ["son", "person", "boy", "teenager", "buzz cut", "braces"], "sdxl"),
    # --- grandparents upstairs ---
    card("yiayia-v1", "Despina", "<despina>", "old woman", S, "yiayia", 1, "2016-03-25",
         "My yiayia Despina (my mother's mother), who lives upstairs, at her 80th birthday: black "
         "dress, pearl earrings, silver hair in a bun, holding the cake.",
         ["grandmother", "person", "old woman", "birthday"], "sd15"),
    card("yiayia-v2", "Despina", "<despina>", "old woman", S, "yiayia", 2, "2025-10-12",
         "My yiayia Despina at 89: black cardigan, black headscarf, wooden cane; sits at the "
         "upstairs window watching the diner all day.",
         ["grandmother", "person", "old woman", "cane", "headscarf"], "sdxl"),
    card("papou-v1", "Stavros", "<stavros>", "old man", S, "papou", 1, "2025-10-12",
         "My papou Stavros, yiayia's husband, 91: white flat cap, thick glasses, komboloi worry "
         "beads always in his hand, wraps the fig tree every winter.",
         ["grandfather", "person", "old man", "flat cap", "worry beads"], "sdxl"),
    # --- my late father ---
    card("giorgos-v1", "Giorgos", "zgrg man", "man", S, "giorgos", 1, "1988-05-02",
         "My late father Giorgos on the day he opened the Olympia Diner in 1988: big black "
         "mustache, feathered hair, white short-sleeve shirt and a skinny tie.",
         ["father", "person", "man", "mustache", "1980s"], "sd15"),
    card("giorgos-v2", "Giorgos", "zgrg man", "man", S, "giorgos", 2, "2018-11-03",
         "My late father Giorgos at 70, a few years before he passed: white hair, white mustache, "
         "paper hat, spatula in hand behind the grill.",
         ["father", "person", "old man", "mustache", "cook"], "sdxl"),
    # --- cousin and his Vespa ---
    card("yianni-v1", "Yianni", "yn1 man", "man", S, "yianni", 1, "2025-06-07",
         "My cousin Yianni (my aunt Voula's son), 29: slicked-back hair, aviator sunglasses, "
         "brown leather jacket.",
         ["cousin", "person", "man", "sunglasses", "leather jacket"], "sdxl"),
    card("pistachio-v1", "Pistachio", "p1stach10 scooter", "scooter", S, "pistachio", 1,
         "2024-07-13",
         "Pistachio, my cousin Yianni's mint-green Vespa Primavera with a chrome rear rack and a "
         "Greek flag sticker on the front.",
         ["vehicle", "scooter", "vespa", "mint green"], "sdxl"),
    # --- animals ---
    card("loukoumi-v1", "Loukoumi", "l0uk0umi dog", "dog", S, "loukoumi", 1, "2019-06-01",
         "Loukoumi, our white Maltese, as a puppy: a tiny fluffball with a pink bow that fit in "
         "Sofia's two hands.",
         ["pet", "dog", "maltese", "puppy", "white"], "sd15"),
    card("loukoumi-v2", "Loukoumi", "l0uk0umi dog", "dog", S, "loukoumi", 2, "2025-09-06",
         "Loukoumi, our white Maltese, all grown up: topknot with a pink bow, tear stains under "
         "her eyes, rhinestone collar.",
         ["pet", "dog", "maltese", "white", "bow"], "sdxl"),
    card("biscuit-v1", "Biscuit", "bsct_maltese", "dog", S, "biscuit", 1, "2024-05-18",
         "Biscuit, our next-door neighbour Mr. Ferraro's Maltese: white, short puppy cut, blue "
         "bandana. Everybody on the block mixes him up with Loukoumi.",
         ["dog", "maltese", "white", "neighbour", "bandana"], "sdxl"),
    card("feta-v1", "Feta", "f3ta cat", "cat", S, "feta", 1, "2025-02-22",
         "Feta, the stray that lives behind the diner and that my husband feeds every night: "
         "white tomcat with one orange patch over his eye and a torn ear.",
         ["cat", "stray", "white", "orange patch"], "sdxl"),
    # --- places ---
    card("diner-v1", "Olympia Diner", "olympia_diner", "diner", S, "olympia-diner", 1,
         "2019-03-09",
         "Our diner, the Olympia on Ditmars Blvd, before the renovation: chrome counter, red vinyl "
         "booths, wood paneling, spinning pie case, the old neon OPEN sign.",
         ["place", "diner", "restaurant", "interior", "before renovation"], "sd15"),
    card("diner-v2", "Olympia Diner", "olympia_diner", "diner", S, "olympia-diner", 2,
         "2025-04-19",
         "Our diner after the 2025 renovation: navy and white, marble counter, blue-and-white "
         "tile floor, big new front windows, brass pendant lights.",
         ["place", "diner", "restaurant", "interior", "after renovation"], "sdxl"),
    card("house-v1", "The House", "zx31st house", "house", S, "house", 1, "2023-08-26",
         "Our house on 31st Street: two-family red brick with a stoop; yiayia and papou live "
         "upstairs; grapevine over the back yard and papou's fig tree.",
         ["place", "house", "home", "brick", "yard"], "sd15"),
    # --- the diner's mascot and menu ---
    card("opa-v1", "Opa", "<opa-owl>", "owl mascot", S, "opa", 1, "2019-03-09",
         "Opa, the owl on our old menus and sign, hand-drawn by my father: owl in a paper chef "
         "hat holding a blue-and-white coffee cup.",
         ["mascot", "logo", "owl", "cartoon", "hand-drawn"], "sd15"),
    card("opa-v2", "Opa", "<opa-owl>", "owl mascot", S, "opa", 2, "2025-04-19",
         "Opa after the redesign: flat navy-and-white vector owl with a chef hat and a coffee "
         "cup, on the new sign and the takeout bags.",
         ["mascot", "logo", "owl", "cartoon", "vector"], "sdxl"),
    card("gyro-v1", "Gyro Platter", "gyr0_platter", "dish", S, "gyro-platter", 1, "2019-03-16",
         "Our gyro platter the old way: pork gyro on an oval plate with crinkle fries, tzatziki "
         "in a paper cup and a tomato wedge.",
         ["food", "menu", "gyro", "platter"], "sd15"),
    card("gyro-v2", "Gyro Platter", "gyr0_platter", "dish", S, "gyro-platter", 2, "2025-05-10",
         "Our gyro platter after the menu redesign: on a slate board, hand-cut fries with oregano "
         "and crumbled feta, a swoosh of tzatziki, pickled red onion.",
         ["food", "menu", "gyro", "platter", "plating"], "sdxl"),
    card("spanakopita-v1", "Yiayia's Spanakopita", "spnkpt_pie", "pie", S, "spanakopita", 1,
         "2019-03-16",
         "Yiayia's spanakopita the way we used to serve it: square pieces on a plain white plate.",
         ["food", "menu", "spinach pie", "phyllo"], "sd15"),
    card("spanakopita-v2", "Yiayia's Spanakopita", "spnkpt_pie", "pie", S, "spanakopita", 2,
         "2025-05-10",
         "Yiayia's spanakopita after the menu redesign: baked as a spiral in a round copper pan, "
         "sesame seeds on top.",
         ["food", "menu", "spinach pie", "phyllo", "spiral"], "sdxl"),
    card("galaktoboureko-v1", "Galaktoboureko", "glktb dessert", "dessert", S, "galaktoboureko",
         1, "2025-05-10",
         "Our galaktoboureko: semolina custard in crispy phyllo, syrup glaze, cinnamon on top, on "
         "the new navy dessert plate.",
         ["food", "menu", "dessert", "custard", "phyllo"], "sdxl"),
    card("frappe-v1", "Frappe", "frapp3 drink", "iced coffee", S, "frappe", 1, "2024-06-29",
         "Our Greek frappe: foamy shaken iced Nescafe in a tall glass with a straw, the Olympia "
         "logo on the glass.",
         ["drink", "menu", "coffee", "iced coffee"], "sd15"),
    # --- downloaded Civitai characters ---
    card("rem-v1", "Rem", "rem_rezero", "anime girl", S, "rem", 1, "2023-04-02",
         "Rem from Re:Zero (Civitai character LoRA): short blue hair covering her right eye, "
         "black-and-white maid outfit, white flower hairclip.",
         ["character", "anime", "re:zero", "maid", "blue hair"], "sd15"),
    card("ram-v1", "Ram", "ram_rezero", "anime girl", S, "ram", 1, "2023-04-02",
         "Ram from Re:Zero, Rem's twin sister (Civitai character LoRA): short pink hair covering "
         "her left eye, black-and-white maid outfit, pink flower hairclip.",
         ["character", "anime", "re:zero", "maid", "pink hair"], "sd15"),
    card("kratos-v1", "Kratos", "kratos_gow", "man", S, "kratos", 1, "2023-06-11",
         "Kratos, God of War, Greek era (Civitai character LoRA): ash-white skin, red tattoo, "
         "goatee, the Blades of Chaos on chains.",
         ["character", "video game", "god of war", "spartan", "warrior"], "sd15"),
    card("kratos-v2", "Kratos", "kratos_gow", "man", S, "kratos", 2, "2025-01-25",
         "Kratos, God of War, Norse era (Civitai character LoRA): full grey-red beard, leather "
         "and fur armor, the Leviathan Axe.",
         ["character", "video game", "god of war", "warrior", "beard"], "sdxl"),
    card("zagreus-v1", "Zagreus", "zagreus_hades", "man", S, "zagreus", 1, "2025-03-08",
         "Zagreus from the game Hades (Civitai character LoRA): prince of the underworld, laurel "
         "wreath, one red and one green eye, flaming feet, red cape.",
         ["character", "video game", "hades", "greek mythology"], "sdxl"),
    # --- art styles ---
    card("aegean-v1", "Aegean Wash", "aegeanwash", "watercolor", ST, "aegean-wash", 1,
         "2023-05-20",
         "Loose wet-on-wet watercolor: whitewashed walls, deep Aegean blues, blooms and paper "
         "texture.",
         ["style", "watercolor", "painting", "loose", "blue"], "sd15"),
    card("aegean-v2", "Aegean Wash", "aegeanwash", "watercolor", ST, "aegean-wash", 2,
         "2025-02-15",
         "Loose wet-on-wet watercolor, retrained on SDXL: whitewashed walls, deep Aegean blues, "
         "soft bleeding edges, cold-press paper.",
         ["style", "watercolor", "painting", "loose", "blue"], "sdxl"),
    card("botanica-v1", "Botanica", "btnca style", "watercolor", ST, "botanica", 1, "2025-03-29",
         "Vintage botanical plate: fine sepia ink lines with careful, layered watercolor washes "
         "and a handwritten latin label.",
         ["style", "watercolor", "ink", "botanical", "illustration"], "sdxl"),
    card("kylix-v1", "Kylix", "kylix_redfigure", "vase painting", ST, "kylix", 1, "2023-07-08",
         "Ancient Greek red-figure pottery: terracotta figures on glossy black glaze, meander "
         "border.",
         ["style", "ancient greek", "pottery", "vase"], "sd15"),
    card("kylix-v2", "Kylix", "kylix_redfigure", "vase painting", ST, "kylix", 2, "2024-09-14",
         "Ancient Greek red-figure pottery, SDXL: terracotta figures on glossy black glaze, fine "
         "black line detail, meander and palmette borders.",
         ["style", "ancient greek", "pottery", "vase"], "sdxl"),
    card("eikona-v1", "Eikona", "<eikona>", "icon painting", ST, "eikona", 1, "2024-11-30",
         "Byzantine icon painting: gold leaf background, egg tempera, halos, flat solemn faces, "
         "cracked varnish.",
         ["style", "byzantine", "icon", "religious", "gold leaf"], "sdxl"),
    card("ghibli-v1", "Ghibli Meadow", "ghbli_meadow", "anime painting", ST, "ghibli-meadow", 1,
         "2023-03-18",
         "Soft hand-painted anime film look in the manner of Studio Ghibli: fluffy clouds, lush "
         "green, gentle light.",
         ["style", "anime", "ghibli", "hand-painted"], "sd15"),
    card("benday-v1", "Ben-Day Pop", "bendaypop", "pop art", ST, "benday-pop", 1, "2024-04-06",
         "1960s comic-book pop art like Lichtenstein: halftone dots, thick black outlines, primary "
         "colors, speech bubbles.",
         ["style", "pop art", "comic", "halftone"], "sdxl"),
    card("toon3d-v1", "Toon3D", "t00n3d", "3d render", ST, "toon3d", 1, "2025-06-21",
         "Animated-feature 3D look like Pixar: big expressive eyes, soft subsurface skin, warm "
         "bounce light.",
         ["style", "3d", "animation", "cartoon", "pixar"], "sdxl"),
    card("plasticine-v1", "Plasticine", "plstcn claymation", "claymation", ST, "plasticine", 1,
         "2023-10-28",
         "Stop-motion claymation: modeling clay with fingerprints, felt and cardboard sets, like "
         "Wallace and Gromit.",
         ["style", "claymation", "stop motion", "clay"], "sd15"),
    card("travelposter-v1", "Retro Travel Poster", "rtrvl_poster", "poster", ST,
         "retro-travel-poster", 1, "2024-08-03",
         "1950s travel poster: flat screen-printed colors, long shadows, bold hand-lettered "
         "headline.",
         ["style", "poster", "vintage", "retro", "graphic"], "sdxl"),
    card("neon-v1", "Neon Nights", "neonnights", "neon sign", ST, "neon-nights", 1, "2025-07-12",
         "Glowing neon tube sign art on a dark brick wall: bent glass tubes, pink and cyan glow, "
         "buzzing reflections.",
         ["style", "neon", "sign", "glow", "night"], "sdxl"),
    card("charcoal-v1", "Charcoal Study", "chrcl_study", "drawing", ST, "charcoal-study", 1,
         "2023-02-11",
         "Charcoal drawing on toned paper: smudged shading, white chalk highlights, loose "
         "gestural lines.",
         ["style", "charcoal", "drawing", "sketch"], "sd15"),
    card("charcoal-v2", "Charcoal Study", "chrcl_study", "drawing", ST, "charcoal-study", 2,
         "2025-08-16",
         "Charcoal drawing on toned paper, SDXL: smudged shading, white chalk highlights, visible "
         "paper tooth.",
         ["style", "charcoal", "drawing", "sketch"], "sdxl"),
    # --- concept LoRAs ---
    card("evzone-v1", "Evzone Uniform", "evz0ne_uniform", "uniform", C, "evzone-uniform", 1,
         "2024-03-23",
         "Greek presidential guard (evzone) uniform: white pleated fustanella kilt, red fez with a "
         "long black tassel, tsarouchia clogs with big pom-poms.",
         ["concept", "clothing", "uniform", "greek", "fustanella"], "sdxl"),
    card("waitress-v1", "Fifties Waitress", "50s_waitress", "uniform", C, "fifties-waitress", 1,
         "2023-09-02",
         "1950s diner waitress uniform: pink short-sleeve dress, white collar, frilly white apron, "
         "paper cap, name tag.",
         ["concept", "clothing", "uniform", "1950s", "diner"], "sd15"),
    card("waitress-v2", "Fifties Waitress", "50s_waitress", "uniform", C, "fifties-waitress", 2,
         "2025-06-14",
         "1950s diner waitress uniform, SDXL: pink short-sleeve dress, white collar, frilly white "
         "apron, paper cap, name tag, order pad.",
         ["concept", "clothing", "uniform", "1950s", "diner"], "sdxl"),
    card("beehive-v1", "Beehive Hairdo", "b33hive hair", "hairstyle", C, "beehive-hairdo", 1,
         "2024-02-10",
         "1960s beehive hairdo: tall teased dome of hair, lacquered smooth, small flip at the ends.",
         ["concept", "hairstyle", "1960s", "updo"], "sdxl"),
    card("platesmash-v1", "Plate Smash", "pl8smash pose", "pose", C, "plate-smash", 1,
         "2025-04-26",
         "Pose: arm raised mid-throw smashing a white plate on the floor, shards flying, a Greek "
         "party celebration move.",
         ["concept", "pose", "action", "celebration", "plate"], "sdxl"),
    card("kaiki-v1", "Kaiki Boat", "kaiki_boat", "boat", C, "kaiki", 1, "2024-06-08",
         "Traditional Greek wooden fishing boat (caique): round hull painted white, blue and red, "
         "nets piled on deck.",
         ["concept", "vehicle", "boat", "fishing boat", "greek"], "sdxl"),
    card("mati-v1", "Mati Charm", "<mati>", "charm", C, "mati", 1, "2023-08-19",
         "Blue glass evil eye charm (mati): concentric dark blue, white and light blue circles, "
         "hanging on a cord or held in a hand.",
         ["concept", "prop", "evil eye", "charm", "amulet"], "sd15"),
    card("gown-v1", "Cap and Gown", "gr4d_gown", "outfit", C, "cap-and-gown", 1, "2025-05-31",
         "Graduation cap and gown: black mortarboard with tassel, black gown, holding a rolled "
         "diploma.",
         ["concept", "clothing", "graduation"], "sdxl"),
    card("herolanding-v1", "Hero Landing", "hr0_landing", "pose", C, "hero-landing", 1,
         "2023-11-11",
         "Superhero landing pose: one knee down, one fist planted on the ground, head up, cracks "
         "in the floor.",
         ["concept", "pose", "action", "superhero"], "sd15"),
]

# (prompt, expect, gold)
CASES = [
    # ---------------- select ----------------
    # me
    ("me behind the register, just a normal pic for the website", "select", ["eleni-v3"]),
    ("me when i was pregnant w niko", "select", ["eleni-v1"]),
    ("me w the long curly hair, way back", "select", ["eleni-v1"]),
    ("me the year i took over from baba, claw clip n all", "select", ["eleni-v2"]),
    ("me w my new bob", "select", ["eleni-v3"]),
    ("eleni in the reading glasses on the chain lol", "select", ["eleni-v3"]),
    ("me in the old red apron back in 2021", "select", ["eleni-v2"]),
    ("me 7 months along, spring 2013", "select", ["eleni-v1"]),
    ("ohwx woman pouring coffee at the counter", "select", ["eleni-v3"]),
    ("me lookin exhausted the first year running the place", "select", ["eleni-v2"]),
    # husband
    ("kosta flipping burgers on the flattop", "select", ["kostas-v2"]),
    ("gus in his mets hat", "select", ["kostas-v2"]),
    ("my husband on our wedding day w the mustache", "select", ["kostas-v1"]),
    ("kosta back in 08 when he still had hair lol", "select", ["kostas-v1"]),
    ("my husband passed out on the couch after a double", "select", ["kostas-v2"]),
    ("agapi mou in his tux at st demetrios", "select", ["kostas-v1"]),
    # daughter
    ("sofia doin her homework at the counter", "select", ["sofia-v2"]),
    ("sofi at 12 w her braces n glasses", "select", ["sofia-v1"]),
    ("my koukla at her sweet sixteen", "select", ["sofia-v2"]),
    ("sofia in her soccer jersey kickin the ball", "select", ["sofia-v1"]),
    ("our daughter taking a selfie in astoria park", "select", ["sofia-v2"]),
    ("koukla blowing out her candles", "select", ["sofia-v2"]),
    ("the kid with the purple glasses", "select", ["sofia-v1"]),
    ("sofia in the gold dress", "select", ["sofia-v2"]),
    # son
    ("niko playing xbox w his headset on", "select", ["niko-v3"]),
    ("niko when he was 7 with no front teeth", "select", ["niko-v1"]),
    ("niko in his little league uniform at bat", "select", ["niko-v2"]),
    ("my son after wrestling practice", "select", ["niko-v3"]),
    ("our boy w the bowl cut in his spiderman shirt", "select", ["niko-v1"]),
    ("niko in his uniform", "select", ["niko-v2"]),
    ("nikolaki as a little guy eating a popsicle", "select", ["niko-v1"]),
    ("the boy w the buzz cut", "select", ["niko-v3"]),
    # yiayia
    ("yiayia rolling out dough in her kitchen", "select", ["yiayia-v2"]),
    ("yiayia at her 80th w the cake", "select", ["yiayia-v1"]),
    ("yiayia at the window watching the street", "select", ["yiayia-v2"]),
    ("yiayia despina w her cane", "select", ["yiayia-v2"]),
    ("yiayia dancing at the name day party, opa!!", "select", ["yiayia-v2"]),
    ("my grandmother back in 2016 in her pearls", "select", ["yiayia-v1"]),
    ("yiaya lighting a candle at church", "select", ["yiayia-v2"]),
    # papou
    ("papou w his komboloi on the stoop", "select", ["papou-v1"]),
    ("papou stavros telling his war stories", "select", ["papou-v1"]),
    ("papou in his flat cap playing tavli", "select", ["papou-v1"]),
    ("my grandfather reading the greek paper", "select", ["papou-v1"]),
    ("the old man in the flat cap", "select", ["papou-v1"]),
    # my father
    ("baba at the grill", "select", ["giorgos-v2"]),
    ("my father on opening day, 1988", "select", ["giorgos-v1"]),
    ("baba w the black mustache n feathered hair", "select", ["giorgos-v1"]),
    ("papou giorgos, the kids grandpa, in his paper hat", "select", ["giorgos-v2"]),
    ("my dad, god rest him, smiling behind the counter", "select", ["giorgos-v2"]),
    ("baba young in the 80s w his skinny tie", "select", ["giorgos-v1"]),
    ("the guy in the paper hat with the spatula", "select", ["giorgos-v2"]),
    # cousin and vespa
    ("my cousin yianni in his aviators", "select", ["yianni-v1"]),
    ("yianni at rockaway beach", "select", ["yianni-v1"]),
    ("my cousin leaning on a lamppost in his leather jacket", "select", ["yianni-v1"]),
    ("pistachio parked on a cobblestone street", "select", ["pistachio-v1"]),
    ("yiannis vespa by itself, clean studio shot", "select", ["pistachio-v1"]),
    ("the mint green scooter w the greek flag sticker", "select", ["pistachio-v1"]),
    # dog, neighbour's dog, cat
    ("loukoumi sleeping on the couch", "select", ["loukoumi-v2"]),
    ("loukoumi when she was a tiny puppy", "select", ["loukoumi-v1"]),
    ("our dog w her pink bow", "select", ["loukoumi-v2"]),
    ("our maltese in the snow", "select", ["loukoumi-v2"]),
    ("l0uk0umi dog in a yellow raincoat", "select", ["loukoumi-v2"]),
    ("loukoumi back in 2019", "select", ["loukoumi-v1"]),
    ("loukomi chasing pigeons in the yard", "select", ["loukoumi-v2"]),
    ("mr ferraros dog", "select", ["biscuit-v1"]),
    ("biscuit in his blue bandana", "select", ["biscuit-v1"]),
    ("the neighbors maltese, the one everybody thinks is ours", "select", ["biscuit-v1"]),
    ("feta sitting on the milk crates out back", "select", ["feta-v1"]),
    ("the stray kosta feeds every night", "select", ["feta-v1"]),
    ("the cat w the torn ear", "select", ["feta-v1"]),
    # diner, house
    ("the diner at night", "select", ["diner-v2"]),
    ("the olympia before the renovation w the red booths", "select", ["diner-v1"]),
    ("our place after the reno", "select", ["diner-v2"]),
    ("the old diner w the wood paneling n the pie case", "select", ["diner-v1"]),
    ("the counter w the new marble", "select", ["diner-v2"]),
    ("our restaurant on ditmars w christmas lights up", "select", ["diner-v2"]),
    ("our house on 31st st", "select", ["house-v1"]),
    ("the backyard w the grapevine", "select", ["house-v1"]),
    ("the house in the snow", "select", ["house-v1"]),
    # mascot
    ("the logo owl", "select", ["opa-v2"]),
    ("opa from the old menus, the hand drawn one", "select", ["opa-v1"]),
    ("the mascot on a takeout bag", "select", ["opa-v2"]),
    ("the owl my father drew", "select", ["opa-v1"]),
    ("opa waving hi", "select", ["opa-v2"]),
    # menu
    ("the gyro platter", "select", ["gyro-v2"]),
    ("the gyro the old way w the crinkle fries on the oval plate", "select", ["gyro-v1"]),
    ("our gyro on the slate board", "select", ["gyro-v2"]),
    ("yiayias spanakopita", "select", ["spanakopita-v2"]),
    ("the spanakopita in squares like we used to do it", "select", ["spanakopita-v1"]),
    ("spanakopita spiral in the copper pan", "select", ["spanakopita-v2"]),
    ("galaktoboureko w cinnamon on top", "select", ["galaktoboureko-v1"]),
    ("the custard phyllo dessert we make", "select", ["galaktoboureko-v1"]),
    ("galaktobouriko close up for the menu", "select", ["galaktoboureko-v1"]),
    ("our frappe w extra foam", "select", ["frappe-v1"]),
    ("the iced coffee we sell in the tall glass", "select", ["frappe-v1"]),
    # characters
    ("rem in her maid outfit", "select", ["rem-v1"]),
    ("the blue haired re zero girl", "select", ["rem-v1"]),
    ("ram from re:zero", "select", ["ram-v1"]),
    ("the pink haired maid twin", "select", ["ram-v1"]),
    ("kratos", "select", ["kratos-v2"]),
    ("kratos w the axe and the beard", "select", ["kratos-v2"]),
    ("old school kratos w the blades of chaos", "select", ["kratos-v1"]),
    ("the god of war guy from the ps2 days, white skin red tattoo", "select", ["kratos-v1"]),
    ("zagreus", "select", ["zagreus-v1"]),
    ("the guy from hades w the fire feet", "select", ["zagreus-v1"]),
    ("ram_rezero sipping tea", "select", ["ram-v1"]),
    # styles with a generic subject
    ("a santorini street in aegean wash", "select", ["aegean-v2"]),
    ("the parthenon painted like a red figure greek vase", "select", ["kylix-v2"]),
    ("a saint in byzantine icon style w gold", "select", ["eikona-v1"]),
    ("a field of poppies ghibli style", "select", ["ghibli-v1"]),
    ("a hot dog cart in pop art, comic dots", "select", ["benday-v1"]),
    ("a yellow cab pixar style", "select", ["toon3d-v1"]),
    ("a snowman, claymation", "select", ["plasticine-v1"]),
    ("coney island as an old 50s travel poster", "select", ["travelposter-v1"]),
    ("a coffee cup as a glowing neon sign", "select", ["neon-v1"]),
    ("a bowl of lemons in charcoal", "select", ["charcoal-v2"]),
    ("a lemon tree like an old botanical illustration", "select", ["botanica-v1"]),
    ("a lighthouse in aegean wash v1", "select", ["aegean-v1"]),
    ("a hoplite in the first kylix", "select", ["kylix-v1"]),
    # concepts by everyday words
    ("a guy in the greek guard outfit w the pom pom shoes", "select", ["evzone-v1"]),
    ("a lady in a pink 50s waitress dress", "select", ["waitress-v2"]),
    ("a woman w big 60s hair piled up on her head", "select", ["beehive-v1"]),
    ("somebody throwing plates on the floor at a greek wedding", "select", ["platesmash-v1"]),
    ("a little greek fishing boat in the harbor", "select", ["kaiki-v1"]),
    ("a blue evil eye hanging off a rearview mirror", "select", ["mati-v1"]),
    ("a girl tossing her graduation cap", "select", ["gown-v1"]),
    ("a ninja landing on one knee w his fist on the ground", "select", ["herolanding-v1"]),
    ("the first waitress lora, the old one", "select", ["waitress-v1"]),

    # ---------------- clarify ----------------
    ("the white fluffy dog on the stoop", "clarify", ["loukoumi-v2", "biscuit-v1"]),
    ("the maltese", "clarify", ["loukoumi-v2", "biscuit-v1"]),
    ("the maltese in a xmas sweater", "clarify", ["loukoumi-v2", "biscuit-v1"]),
    ("the diner in watercolor", "clarify", ["aegean-v2", "botanica-v1"]),
    ("yiayia as a watercolor painting", "clarify", ["aegean-v2", "botanica-v1"]),
    ("loukoumi in watercolour", "clarify", ["aegean-v2", "botanica-v1"]),
    ("me n kosta in watercolor for our anniversary", "clarify", ["aegean-v2", "botanica-v1"]),
    ("the re zero maid", "clarify", ["rem-v1", "ram-v1"]),
    ("the anime maid girl w the short hair", "clarify", ["rem-v1", "ram-v1"]),
    ("one of the re:zero twins", "clarify", ["rem-v1", "ram-v1"]),
    ("the re zero twin w the hair over one eye", "clarify", ["rem-v1", "ram-v1"]),
    ("my kid at the beach", "clarify", ["sofia-v2", "niko-v3"]),
    ("our kid w braces", "clarify", ["sofia-v2", "niko-v3"]),
    ("our teenager being dramatic", "clarify", ["sofia-v2", "niko-v3"]),
    ("the kid in the sports uniform", "clarify", ["sofia-v2", "niko-v3"]),
    ("the greek god guy from the video game", "clarify", ["kratos-v2", "zagreus-v1"]),
    ("the greek mythology video game guy niko likes", "clarify", ["kratos-v2", "zagreus-v1"]),
    ("the old greek art style", "clarify", ["kylix-v2", "eikona-v1"]),
    ("papou painted like old greek art", "clarify", ["kylix-v2", "eikona-v1"]),
    ("sofia in a uniform", "clarify", ["evzone-v1", "waitress-v2"]),
    ("the one in the chef hat", "clarify", ["giorgos-v2", "opa-v2"]),
    ("the guy w the big mustache", "clarify", ["kostas-v2", "giorgos-v2"]),
    ("the guy w the black mustache", "clarify", ["kostas-v2", "giorgos-v2"]),
    ("the diner like an animated movie", "clarify",
     ["toon3d-v1", "ghibli-v1", "plasticine-v1"]),
    ("something off our menu for the insta", "clarify",
     ["gyro-v2", "spanakopita-v2", "galaktoboureko-v1", "frappe-v1"]),
    ("one of our dishes, close up", "clarify",
     ["gyro-v2", "spanakopita-v2", "galaktoboureko-v1"]),
    ("a phyllo thing from our place", "clarify", ["spanakopita-v2", "galaktoboureko-v1"]),
    ("one of the grandparents upstairs waving from the window", "clarify",
     ["yiayia-v2", "papou-v1"]),
    ("niko in one of the pose loras", "clarify", ["platesmash-v1", "herolanding-v1"]),
    ("that little white dog from our block", "clarify", ["loukoumi-v2", "biscuit-v1"]),

    # ---------------- none ----------------
    ("a plate of koulourakia biscuits w greek coffee", "none", []),
    ("greek salad w a big slab of feta on top", "none", []),
    ("pistachio baklava on a silver tray", "none", []),
    ("a ram standing on a rocky cliff in crete", "none", []),
    ("a box of loukoumi w powdered sugar from the duty free", "none", []),
    ("a gyro from the halal cart on steinway", "none", []),
    ("an old chrome diner on route 66 at sunset", "none", []),
    ("some random maltese at the westminster dog show", "none", []),
    ("a barn owl flying at night", "none", []),
    ("a red vespa parked in rome", "none", []),
    ("spartan soldiers at thermopylae w shields", "none", []),
    ("a black cat on a fence", "none", []),
    ("fireworks over the east river", "none", []),
    ("a greek church w a blue dome by the sea", "none", []),
    ("the rfk bridge from astoria park at sunset", "none", []),
    ("spanakopita triangles on a catering tray", "none", []),
    ("a teenage boy gaming in his room", "none", []),
    ("a grumpy old lady giving somebody the evil eye", "none", []),
    ("a beehive on a greek island w bees n wild thyme", "none", []),
    ("a hero sandwich from the italian deli", "none", []),
    ("zeus throwing a lightning bolt", "none", []),
    ("the parthenon at sunrise", "none", []),
    ("a roast turkey on a platter for thanksgiving", "none", []),
    ("a pigeon eating a bagel on the subway platform", "none", []),
    ("a slice of pizza from the corner place", "none", []),
    ("a cup of greek coffee in a briki", "none", []),
    ("santorini sunset, white houses blue doors", "none", []),
    ("a mets game at citi field from the upper deck", "none", []),
    ("a happy birthday card w balloons", "none", []),
    ("a strawberry frappuccino from starbucks", "none", []),
    ("a big fat greek wedding w 300 people dancing", "none", []),

    # ---------------- multi ----------------
    ("me n kosta behind the counter at the diner", "multi",
     ["eleni-v3", "kostas-v2", "diner-v2"]),
    ("yiayia and papou sitting together holding hands", "multi", ["yiayia-v2", "papou-v1"]),
    ("the kids on the first day of school", "multi", ["sofia-v2", "niko-v3"]),
    ("niko dressed as kratos for halloween", "multi", ["niko-v3", "kratos-v2"]),
    ("sofia at 12 dressed up as rem for comic con", "multi", ["sofia-v1", "rem-v1"]),
    ("loukoumi and biscuit sniffing each other", "multi", ["loukoumi-v2", "biscuit-v1"]),
    ("yianni riding pistachio down ditmars", "multi", ["yianni-v1", "pistachio-v1"]),
    ("kosta in the evzone outfit w the pom pom shoes", "multi", ["kostas-v2", "evzone-v1"]),
    ("me w a big 60s beehive", "multi", ["eleni-v3", "beehive-v1"]),
    ("papou smashing plates at easter", "multi", ["papou-v1", "platesmash-v1"]),
    ("sofia in her cap and gown", "multi", ["sofia-v2", "gown-v1"]),
    ("niko at 7 doing a superhero landing", "multi", ["niko-v1", "herolanding-v1"]),
    ("yiayia as a byzantine icon w the gold", "multi", ["yiayia-v2", "eikona-v1"]),
    ("the diner at night in neon nights style", "multi", ["diner-v2", "neon-v1"]),
    ("opa the owl, pop art", "multi", ["opa-v2", "benday-v1"]),
    ("loukoumi pixar style", "multi", ["loukoumi-v2", "toon3d-v1"]),
    ("the gyro platter as a vintage travel poster", "multi", ["gyro-v2", "travelposter-v1"]),
    ("baba on opening day in charcoal", "multi", ["giorgos-v1", "charcoal-v1"]),
    ("kratos painted on a greek vase, red figure", "multi", ["kratos-v2", "kylix-v2"]),
    ("kratos vs zagreus", "multi", ["kratos-v2", "zagreus-v1"]),
    ("rem and ram back to back", "multi", ["rem-v1", "ram-v1"]),
    ("rem n ram ghibli style", "multi", ["rem-v1", "ram-v1", "ghibli-v1"]),
    ("our house in ghibli style", "multi", ["house-v1", "ghibli-v1"]),
    ("the old diner before the reno as claymation", "multi", ["diner-v1", "plasticine-v1"]),
    ("loukoumi as a puppy in claymation", "multi", ["loukoumi-v1", "plasticine-v1"]),
    ("me pregnant w niko, ghibli style", "multi", ["eleni-v1", "ghibli-v1"]),
    ("sofia as a 50s waitress", "multi", ["sofia-v2", "waitress-v2"]),
    ("me in a pink waitress uniform w a beehive", "multi",
     ["eleni-v3", "waitress-v2", "beehive-v1"]),
    ("feta riding on pistachio lol", "multi", ["feta-v1", "pistachio-v1"]),
    ("the kids on a little fishing boat in greece", "multi",
     ["sofia-v2", "niko-v3", "kaiki-v1"]),
    ("kosta on our wedding day holding a mati", "multi", ["kostas-v1", "mati-v1"]),
    ("me kosta and the kids, christmas card", "multi",
     ["eleni-v3", "kostas-v2", "sofia-v2", "niko-v3"]),
    ("yiayias spanakopita in aegean wash", "multi", ["spanakopita-v2", "aegean-v2"]),
    ("galaktoboureko botanica style", "multi", ["galaktoboureko-v1", "botanica-v1"]),
    ("our frappe ghibli style", "multi", ["frappe-v1", "ghibli-v1"]),
    ("yiayia in aegean wash", "multi", ["yiayia-v2", "aegean-v2"]),
    ("loukoumi and feta napping together", "multi", ["loukoumi-v2", "feta-v1"]),
    ("niko dressed as a tsolias for the greek parade", "multi", ["niko-v3", "evzone-v1"]),
    ("sofia w a beehive, comic book pop art", "multi",
     ["sofia-v2", "beehive-v1", "benday-v1"]),
    ("baba at the grill as a byzantine icon", "multi", ["giorgos-v2", "eikona-v1"]),
    ("me and yianni on the vespa", "multi", ["eleni-v3", "yianni-v1", "pistachio-v1"]),
    ("old kratos from the ps2 games doing the superhero landing", "multi",
     ["kratos-v1", "herolanding-v1"]),
    ("pistachio parked outside the diner", "multi", ["pistachio-v1", "diner-v2"]),
    ("the boys, kosta n niko, watching the game", "multi", ["kostas-v2", "niko-v3"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}) + "\n")
    fams = {c["family"] for c in CARDS}
    counts = {e: sum(x[1] == e for x in CASES) for e in ("select", "clarify", "none", "multi")}
    print(f"{len(CARDS)} cards, {len(fams)} families; {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
