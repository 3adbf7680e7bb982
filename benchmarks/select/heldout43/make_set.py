#!/usr/bin/env python3
"""Held-out selection set 43: the Nakamura ohana of Kaumana, Hilo (Big Island).

The owner, Kenny, runs a shave-ice stand on the bayfront and a small sport-fishing charter
boat, and types in Hawaii Pidgin. Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me ---
    card("kenny-v1", "Kenny", "ohwx man", "man", "subject", "kenny", 1, "2014-07-19",
         "Me, Kenny Nakamura, at 42, back when I worked the fish auction at Suisan: big black "
         "mustache, Local Motion cap, white rubber boots, orange bib overalls.",
         ["me", "person", "man", "mustache", "fish auction"], "sd15"),
    card("kenny-v2", "Kenny", "ohwx man", "man", "subject", "kenny", 2, "2019-05-04",
         "Me at 47, the year I got my captain's license and started the charter: clean shaven, "
         "sunburned, Costa sunglasses, captain's cap, hand on the wheel.",
         ["me", "person", "man", "captain", "sunglasses"], "sd15"),
    card("kenny-v3", "Kenny", "ohwx man", "man", "subject", "kenny", 3, "2025-08-30",
         "Me at 53: grey goatee, faded bucket hat, shave-ice apron over a t-shirt, little bit of "
         "one puku now.",
         ["me", "person", "man", "goatee", "bucket hat", "apron"], "sdxl"),
    # --- wife ---
    card("momi-v1", "Momi", "sks woman", "woman", "subject", "momi", 1, "2017-04-22",
         "My wife Momi dancing kahiko with her halau at Merrie Monarch 2017: waist-long black "
         "hair, red pa'u skirt, fern haku on her head.",
         ["wife", "person", "woman", "hula", "long hair", "merrie monarch"], "sd15"),
    card("momi-v2", "Momi", "sks woman", "woman", "subject", "momi", 2, "2025-10-11",
         "My wife Momi after she cut her hair short, in navy scrubs with her Hilo Medical Center "
         "badge and reading glasses pushed up on her head.",
         ["wife", "person", "woman", "nurse", "short hair", "scrubs"], "sdxl"),
    # --- kids ---
    card("noa-v1", "Noa", "zwx noa", "man", "subject", "noa", 1, "2019-05-25",
         "Our oldest son Kainoa (Noa) at his Waiakea High graduation, 18, cap and gown, "
         "buried in candy and money lei up to his ears.",
         ["son", "person", "young man", "graduation"], "sd15"),
    card("noa-v2", "Noa", "zwx noa", "man", "subject", "noa", 2, "2023-02-18",
         "Our oldest son Noa in his Army OCP uniform, high-and-tight haircut, at Fort Cavazos, "
         "Texas.",
         ["son", "person", "man", "army", "soldier", "uniform"], "sdxl"),
    card("keha-v1", "Keha", "<keha>", "girl", "subject", "keha", 1, "2020-05-01",
         "Our daughter Kehaulani (Keha) at 16 as the Hawaii Island May Day princess: red holoku, "
         "lehua lei, long hair down.",
         ["daughter", "person", "girl", "may day"], "sd15"),
    card("keha-v2", "Keha", "<keha>", "woman", "subject", "keha", 2, "2024-09-14",
         "Our daughter Keha at 20, in college at UH Manoa: hair up in a claw clip, round "
         "glasses, green UH hoodie.",
         ["daughter", "person", "young woman", "college", "glasses"], "sdxl"),
    card("koa-v1", "Koa", "k0a_b0y", "boy", "subject", "koa", 1, "2019-06-15",
         "Our youngest, Koa, at 8 in his Little League uniform, missing his two front teeth.",
         ["son", "person", "boy", "baseball", "little league"], "sd15"),
    card("koa-v2", "Koa", "k0a_b0y", "boy", "subject", "koa", 2, "2026-06-20",
         "Our youngest, Koa, at 15: bleached tips, braces, board shorts, skimboard under his arm.",
         ["son", "person", "teen", "boy", "braces", "skimboard"], "sdxl"),
    # --- mother ---
    card("baachan-v1", "Baachan", "bchn_fumiko", "old woman", "subject", "baachan", 1, "2015-08-08",
         "My mother Fumiko (Baachan to the kids, Tutu to the neighbourhood) dancing bon odori at "
         "the Hilo Hongwanji Obon in a blue yukata and happi coat.",
         ["mother", "grandmother", "person", "old woman", "obon", "yukata"], "sd15"),
    card("baachan-v2", "Baachan", "bchn_fumiko", "old woman", "subject", "baachan", 2, "2026-03-21",
         "My mother Fumiko at her 88th birthday (beiju): gold chanchanko vest and hat, smiling "
         "with her walker.",
         ["mother", "grandmother", "person", "old woman", "birthday", "walker"], "sdxl"),
    # --- uncles and aunties ---
    card("sonny-v1", "Uncle Sonny", "unc_sonny", "man", "subject", "sonny", 1, "2021-03-13",
         "Uncle Sonny, my deckhand and my late father's fishing partner (not blood, but ohana): "
         "big Hawaiian guy, white beard, honu tattoo on his forearm, throw net on his shoulder.",
         ["uncle", "person", "old man", "fisherman", "beard", "tattoo"], "sdxl"),
    card("pua-v1", "Aunty Pua", "<aunty-pua>", "woman", "subject", "pua", 1, "2024-02-10",
         "Aunty Pua, my wife's hanai sister, who makes lei at the Hilo Farmers Market: silver hair "
         "in a bun, plumeria behind her ear, mu'umu'u.",
         ["aunty", "person", "woman", "farmers market"], "sdxl"),
    card("uncleboy-v1", "Uncle Boy", "tok uncleboy", "old man", "subject", "uncleboy", 1, "2018-11-24",
         "Uncle Boy, my dad's youngest brother, retired from the sugar mill: skinny, cigarette "
         "behind his ear, Hilo Hattie cap, rubber slippers, always sitting on a cooler.",
         ["uncle", "person", "old man", "sugar mill"], "sd15"),
    card("jazz-v1", "Jazz", "jzz woman", "woman", "subject", "jazz", 1, "2023-05-27",
         "Jazz (Jasmine), our son Noa's wife from Texas, on their wedding day in Killeen: white "
         "lace dress, blonde curls.",
         ["daughter-in-law", "person", "woman", "wedding", "bride"], "sdxl"),
    card("jazz-v2", "Jazz", "jzz woman", "woman", "subject", "jazz", 2, "2026-09-12",
         "Jazz, seven months hapai with our first grandbaby, yellow sundress, hand on her belly.",
         ["daughter-in-law", "person", "woman", "pregnant"], "sdxl"),
    # --- animals ---
    card("pili-v1", "Pili", "sks dog", "dog", "subject", "pili", 1, "2018-10-06",
         "Our poi dog Pilikia (Pili) as a puppy: brown-and-black brindle mutt, one ear up, one "
         "ear flopped.",
         ["pet", "dog", "puppy", "poi dog", "brindle"], "sd15"),
    card("pili-v2", "Pili", "sks dog", "dog", "subject", "pili", 2, "2025-07-12",
         "Our poi dog Pili at 7: brindle, one ear up, grey on the muzzle, blue bandana.",
         ["pet", "dog", "poi dog", "brindle", "bandana"], "sdxl"),
    card("lucky-v1", "Lucky", "lcky dog", "dog", "subject", "lucky", 1, "2025-11-01",
         "Lucky, Mrs. Higa next door's poi dog: also a brown-and-black brindle with one ear up, "
         "red collar. Everybody mixes him up with Pili.",
         ["dog", "poi dog", "brindle", "neighbour"], "sdxl"),
    card("boss-v1", "Boss", "b0ss_rooster", "rooster", "subject", "boss", 1, "2024-06-08",
         "Boss, the rooster that lives in our yard and the mango tree: red-gold hackles, "
         "green-black tail, looks like one fighting cock, crows at 3 in the morning.",
         ["rooster", "chicken", "bird", "yard"], "sdxl"),
    card("mochi-v1", "Mochi", "mch1 cat", "cat", "subject", "mochi", 1, "2021-01-16",
         "Mochi, my mother's fat white cat with one black spot on her nose.",
         ["pet", "cat", "white cat"], "sd15"),
    # --- vehicle, places, business ---
    card("tako-v1", "Da Tako", "<tako-truck>", "pickup truck", "subject", "tako", 1, "2022-04-02",
         "My truck, Da Tako: a 2011 white Toyota Tacoma with rust spots, surf rack, and the "
         "shave-ice magnet on the door.",
         ["truck", "vehicle", "tacoma", "mine"], "sdxl"),
    card("lanikai-v1", "Lani Kai", "lanikai_boat", "boat", "subject", "lanikai", 1, "2016-09-17",
         "Our charter boat Lani Kai, 28-foot sportfisher out of Wailoa harbor, as we bought her: "
         "white hull, faded blue stripe.",
         ["boat", "charter", "fishing boat", "vehicle"], "sd15"),
    card("lanikai-v2", "Lani Kai", "lanikai_boat", "boat", "subject", "lanikai", 2, "2024-03-30",
         "Our charter boat Lani Kai after the repaint: teal hull, new aluminium tuna tower, "
         "outriggers up.",
         ["boat", "charter", "fishing boat", "vehicle"], "sdxl"),
    card("house-v1", "Kaumana house", "kaumana_house", "house", "subject", "house", 1, "2019-12-14",
         "Our house up in Kaumana: green plantation-style house with a red tin roof, big lanai, "
         "and the mango tree out front.",
         ["house", "home", "place"], "sd15"),
    card("stand-v1", "Kenny's Shave Ice stand", "<kenny-stand>", "food stand", "subject", "stand", 1,
         "2023-07-01",
         "Our shave-ice stand on Kamehameha Ave by the bayfront: yellow wood shack, hand-painted "
         "sign, red-and-white striped awning.",
         ["business", "stand", "place", "shave ice"], "sdxl"),
    card("shaveice-v1", "Kenny's rainbow shave ice", "kshv_ice", "shave ice", "subject", "shaveice", 1,
         "2017-06-10",
         "Our rainbow shave ice the way we first sold it: paper cone, strawberry-lemon-blue "
         "vanilla syrups, the old red logo on the cone.",
         ["product", "shave ice", "dessert", "business"], "sd15"),
    card("shaveice-v2", "Kenny's rainbow shave ice", "kshv_ice", "shave ice", "subject", "shaveice", 2,
         "2025-04-05",
         "Our shave ice after the redesign: clear flower-shaped cup, li hing mui powder, mochi "
         "balls, haupia cream on top, new teal logo.",
         ["product", "shave ice", "dessert", "business"], "sdxl"),
    card("snowy-v1", "Snowy", "sn0wy mascot", "mascot", "subject", "snowy", 1, "2017-06-10",
         "Snowy, our stand's mascot the way I first drew him: a smiling shave-ice cone with "
         "sunglasses throwing a shaka, flat marker drawing.",
         ["mascot", "cartoon", "business", "logo"], "sd15"),
    card("snowy-v2", "Snowy", "sn0wy mascot", "mascot", "subject", "snowy", 2, "2025-04-05",
         "Snowy redone by our daughter: round 3D mascot with a teal cup body, rainbow hair, "
         "throwing a shaka.",
         ["mascot", "cartoon", "business", "3d"], "sdxl"),
    # --- downloaded characters ---
    card("stitch-v1", "Stitch", "stitch_(lilo_&_stitch)", "alien", "subject", "stitch", 1, "2021-08-21",
         "Stitch (Experiment 626) from Lilo & Stitch: small blue alien, big ears, black eyes. "
         "Downloaded from Civitai.",
         ["character", "disney", "alien", "civitai"], "sd15"),
    card("stitch-v2", "Stitch", "stitch_(lilo_&_stitch)", "alien", "subject", "stitch", 2, "2024-12-21",
         "Stitch (Experiment 626) from Lilo & Stitch, SDXL retrain: blue alien with big notched "
         "ears. Downloaded from Civitai.",
         ["character", "disney", "alien", "civitai"], "sdxl"),
    card("angel-v1", "Angel", "angel_(lilo_&_stitch)", "alien", "subject", "angel", 1, "2024-12-22",
         "Angel (Experiment 624) from Lilo & Stitch: pink alien like Stitch, with long antennae "
         "and eyelashes. Downloaded from Civitai.",
         ["character", "disney", "alien", "civitai"], "sdxl"),
    card("maui-v1", "Maui", "maui_(moana)", "demigod", "subject", "maui", 1, "2023-11-25",
         "Maui the demigod from Moana: huge tattooed Polynesian guy with curly hair and the "
         "giant magic fishhook. Downloaded from Civitai.",
         ["character", "disney", "demigod", "civitai"], "sdxl"),
    card("ultraman-v1", "Ultraman", "ultraman_(1966)", "hero", "subject", "ultraman", 1, "2020-10-03",
         "Ultraman from the 1966 TV show: silver and red giant hero with the colour timer on his "
         "chest. Downloaded from Civitai.",
         ["character", "tokusatsu", "hero", "civitai"], "sd15"),
    # --- styles ---
    card("aloha-v1", "Vintage aloha print", "aloha_print", "style", "style", "aloha", 1, "2020-02-15",
         "Vintage 1950s aloha-shirt print: rayon fabric look, hibiscus, palms, outrigger canoes, "
         "repeating pattern.",
         ["style", "pattern", "textile", "vintage"], "sd15"),
    card("aloha-v2", "Vintage aloha print", "aloha_print", "style", "style", "aloha", 2, "2024-05-18",
         "Vintage aloha-shirt print style, SDXL: bold hibiscus and ti leaf repeat, faded rayon "
         "colours.",
         ["style", "pattern", "textile", "vintage"], "sdxl"),
    card("tiki-v1", "Tiki poster", "<tiki60s>", "style", "style", "tiki", 1, "2019-03-09",
         "1960s tiki lounge poster: flat screen-printed colours, tiki idols, torches, mai tais.",
         ["style", "poster", "retro", "1960s"], "sd15"),
    card("tiki-v2", "Tiki poster", "<tiki60s>", "style", "style", "tiki", 2, "2023-09-16",
         "1960s tiki poster style, SDXL: limited palette, bold outlines, exotica lettering.",
         ["style", "poster", "retro", "1960s"], "sdxl"),
    card("ukiyoe-v1", "Ukiyo-e", "ukiyo-e style", "style", "style", "ukiyoe", 1, "2024-01-13",
         "Edo-period Japanese ukiyo-e woodblock print: Hokusai-like waves, flat colour, "
         "keyblock outlines.",
         ["style", "woodblock", "print", "japanese"], "sdxl"),
    card("linocut-v1", "Island linocut", "linocut print", "style", "style", "linocut", 1, "2025-02-08",
         "Modern block print: hand-carved black lines with one red colour, Hawaiian motifs like "
         "honu, kalo and waves.",
         ["style", "block print", "print", "relief"], "sdxl"),
    card("toon-v1", "Toon 3D pack", "t00n3d", "style", "style", "toon", 1, "2022-07-23",
         "Pixar-like 3D cartoon character pack: big eyes, round shapes, soft lighting.",
         ["style", "cartoon", "3d", "animation"], "sd15"),
    card("toon-v2", "Toon 3D pack", "t00n3d", "style", "style", "toon", 2, "2025-01-25",
         "Pixar-like 3D cartoon character pack, SDXL: big expressive eyes, subsurface skin, "
         "movie-still lighting.",
         ["style", "cartoon", "3d", "animation"], "sdxl"),
    card("travel-v1", "Hawaii travel poster", "vintage travel poster", "style", "style", "travel", 1,
         "2021-06-05",
         "1930s Matson / Pan Am Hawaii travel poster: airbrushed gradients, steamships, "
         "Diamond Head, big lettering.",
         ["style", "poster", "vintage", "travel"], "sd15"),
    card("sumie-v1", "Sumi-e", "sumi-e", "style", "style", "sumie", 1, "2020-11-07",
         "Japanese sumi-e ink wash painting: black ink on rice paper, few brush strokes, "
         "empty space.",
         ["style", "ink", "painting", "japanese"], "sd15"),
    card("anime-v1", "80s anime", "80s_anime", "style", "style", "anime", 1, "2023-03-04",
         "1980s anime cel look: hand-painted backgrounds, pastel sunsets, VHS grain.",
         ["style", "anime", "retro", "cel"], "sdxl"),
    card("disposable-v1", "Disposable camera", "disposable camera photo", "style", "style",
         "disposable", 1, "2022-01-22",
         "Cheap disposable camera photo: harsh flash, red-eye, date stamp, washed-out film colour.",
         ["style", "photo", "film", "flash"], "sd15"),
    card("velvet-v1", "Velvet painting", "velvet_painting", "style", "style", "velvet", 1, "2021-09-11",
         "Black velvet painting, Leeteg kind: glowing figures on a black velvet ground.",
         ["style", "painting", "kitsch", "velvet"], "sd15"),
    # --- concepts ---
    card("lei-v1", "Lei", "lei_necklace", "lei", "concept", "lei", 1, "2019-08-03",
         "A plumeria lei worn around the neck.",
         ["concept", "lei", "flowers", "necklace"], "sd15"),
    card("lei-v2", "Lei", "lei_necklace", "lei", "concept", "lei", 2, "2024-04-27",
         "Flower lei of any kind worn around the neck: plumeria, orchid, maile, ti leaf.",
         ["concept", "lei", "flowers", "necklace"], "sdxl"),
    card("koacarve-v1", "Koa carving", "koa_carving", "carving", "concept", "koacarve", 1, "2024-08-17",
         "Carved out of koa wood: polished curly grain, warm brown, hand-carved sculpture or bowl.",
         ["concept", "wood", "carving", "sculpture"], "sdxl"),
    card("surf-v1", "Longboard noseride", "noseride pose", "pose", "concept", "surf", 1, "2020-06-27",
         "Longboard surfing pose: standing on the nose, toes over the edge (hang ten).",
         ["concept", "pose", "surfing", "longboard"], "sd15"),
    card("surf-v2", "Longboard noseride", "noseride pose", "pose", "concept", "surf", 2, "2025-05-24",
         "Longboard surfing pose, SDXL: noseride / hang ten on a glassy wave, arms out.",
         ["concept", "pose", "surfing", "longboard"], "sdxl"),
    card("lifted-v1", "Lifted Tacoma", "lifted_tacoma", "pickup truck", "concept", "lifted", 1,
         "2023-10-14",
         "Lifted Toyota Tacoma: tall suspension lift, big mud-terrain tires, light bar.",
         ["concept", "vehicle", "truck", "offroad"], "sdxl"),
    card("palaka-v1", "Palaka shirt", "palaka shirt", "shirt", "concept", "palaka", 1, "2021-04-17",
         "Palaka: the blue-and-white plaid work shirt from plantation days.",
         ["concept", "clothing", "shirt", "plaid"], "sd15"),
    card("pompadour-v1", "Pompadour", "pompadour", "hairstyle", "concept", "pompadour", 1, "2024-10-05",
         "1950s greased pompadour hairstyle, high in front, slicked back on the sides.",
         ["concept", "hairstyle", "retro"], "sdxl"),
    card("ukulele-v1", "Ukulele", "holding ukulele", "ukulele", "concept", "ukulele", 1, "2020-09-19",
         "Holding or strumming a ukulele.",
         ["concept", "prop", "instrument", "music"], "sd15"),
    card("fishhold-v1", "Trophy fish hold", "fish_hero_shot", "pose", "concept", "fishhold", 1,
         "2025-09-06",
         "Hero shot: holding up a huge fish with both hands toward the camera, trophy catch pose.",
         ["concept", "pose", "fishing", "prop"], "sdxl"),
]


def S(prompt, gold):
    return {"prompt": prompt, "expect": "select", "gold": [gold]}


def C(prompt, *gold):
    return {"prompt": prompt, "expect": "clarify", "gold": list(gold)}


def N(prompt):
    return {"prompt": prompt, "expect": "none", "gold": []}


def M(prompt, *gold):
    return {"prompt": prompt, "expect": "multi", "gold": list(gold)}


CASES = [
    # ---------------- select ----------------
    S("ME cruisin at da beach park wit one cold one", "kenny-v3"),
    S("shoots, make one of me at liliuokalani gardens", "kenny-v3"),
    S("me back in da day wit da big mustache", "kenny-v1"),
    S("me when i was working da fish auction at suisan, rubber boots n all", "kenny-v1"),
    S("me 2019 da year i got my captains license", "kenny-v2"),
    S("me at da wheel all sunburnt wit my costas", "kenny-v2"),
    S("me now wit da goatee n bucket hat", "kenny-v3"),
    S("kenny 2014", "kenny-v1"),
    S("howzit, do one of me throwing shaka", "kenny-v3"),
    S("my wife at work at da hospital", "momi-v2"),
    S("momi wit her new short hair", "momi-v2"),
    S("da wife dancing at merrie monarch wit her halau", "momi-v1"),
    S("momi back when her hair was long long down to her okole", "momi-v1"),
    S("my wahine reading on da couch", "momi-v2"),
    S("momi 2017", "momi-v1"),
    S("momi in her scrubs pau work", "momi-v2"),
    S("noa in his army uniform", "noa-v2"),
    S("kainoa graduation day", "noa-v1"),
    S("our oldest standing in front da barracks in texas", "noa-v2"),
    S("my army boy", "noa-v2"),
    S("noa when he pau high school", "noa-v1"),
    S("noa at da airport coming home", "noa-v2"),
    S("my boy in texas", "noa-v2"),
    S("my oldest boy", "noa-v2"),
    S("keha studying at uh manoa", "keha-v2"),
    S("keha as may day princess", "keha-v1"),
    S("my daughter wit her round glasses", "keha-v2"),
    S("keha when she was 16", "keha-v1"),
    S("our college girl", "keha-v2"),
    S("my baby girl", "keha-v2"),
    S("our middle kid", "keha-v2"),
    S("koa skimbording at da bay", "koa-v2"),
    S("koa in his little league uniform", "koa-v1"),
    S("our youngest wit his braces", "koa-v2"),
    S("koa when he was small kid missing his front teeth", "koa-v1"),
    S("da baby of da family playing video games", "koa-v2"),
    S("koa wit his bleach hair", "koa-v2"),
    S("koa at da beach", "koa-v2"),
    S("baachan foldng origami cranes", "baachan-v2"),
    S("tutu dancing bon dance at obon", "baachan-v1"),
    S("my mom at her 88th birthday", "baachan-v2"),
    S("ma in her blue yukata", "baachan-v1"),
    S("grandma wit her walker", "baachan-v2"),
    S("baachan 2015", "baachan-v1"),
    S("tutu watching sumo on tv", "baachan-v2"),
    S("uncle sonny throwing net", "sonny-v1"),
    S("sonny wit da white beard on da dock", "sonny-v1"),
    S("my deckhand", "sonny-v1"),
    S("uncle wit da white beard", "sonny-v1"),
    S("aunty pua at da farmers market", "pua-v1"),
    S("my wife's hanai sista", "pua-v1"),
    S("aunty wit da plumeria behind her ear", "pua-v1"),
    S("uncle boy sitting on his cooler", "uncleboy-v1"),
    S("my dad's youngest brother", "uncleboy-v1"),
    S("uncle boy smoking outside da old mill", "uncleboy-v1"),
    S("jazz hapai", "jazz-v2"),
    S("noa's wife on their wedding day", "jazz-v1"),
    S("my daughter in law", "jazz-v2"),
    S("jazz in her wedding dress", "jazz-v1"),
    S("jasmine wit her baby bump", "jazz-v2"),
    S("pili chasing one mongoose", "pili-v2"),
    S("pili when he was one puppy", "pili-v1"),
    S("our dog wit da blue bandana", "pili-v2"),
    S("pilikia sleeping", "pili-v2"),
    S("my old dog wit da grey face", "pili-v2"),
    S("mrs higa's dog", "lucky-v1"),
    S("lucky from next door", "lucky-v1"),
    S("da neighbor dog wit da red collar", "lucky-v1"),
    S("boss da rooster crowing 3am", "boss-v1"),
    S("da rooster strutting in da yard", "boss-v1"),
    S("dat buggah chicken that wakes us up every morning", "boss-v1"),
    S("mochi da cat", "mochi-v1"),
    S("baachan's fat white cat", "mochi-v1"),
    S("my truck wit da surf rack", "tako-v1"),
    S("da rusty white tacoma", "tako-v1"),
    S("my ride parked at ken's", "tako-v1"),
    S("lani kai heading out of wailoa", "lanikai-v2"),
    S("da boat before we painted um", "lanikai-v1"),
    S("da charter boat wit da new tuna tower", "lanikai-v2"),
    S("MY BOAT", "lanikai-v2"),
    S("our house in kaumana", "house-v1"),
    S("da house wit da red tin roof in da rain", "house-v1"),
    S("our kaumana place at night", "house-v1"),
    S("da stand on kam ave", "stand-v1"),
    S("our shave ice stand wit da striped awning", "stand-v1"),
    S("our shave ice melting in da sun", "shaveice-v2"),
    S("shave ice in da old paper cone", "shaveice-v1"),
    S("our shave ice, da new kine wit li hing and mochi balls", "shaveice-v2"),
    S("rainbow shave ice wit da old red logo", "shaveice-v1"),
    S("our new flower cup shave ice", "shaveice-v2"),
    S("snowy doing da shaka", "snowy-v2"),
    S("da mascot da way i first drew um", "snowy-v1"),
    S("da new 3d snowy keha made", "snowy-v2"),
    S("STITCH EATING ONE MALASADA BROKE DA MOUTH", "stitch-v2"),
    S("experiment 626", "stitch-v2"),
    S("da old stitch lora from 2021", "stitch-v1"),
    S("angel from lilo n stitch", "angel-v1"),
    S("da pink alien, stitch's girlfriend", "angel-v1"),
    S("maui da demigod pulling up da islands wit his hook", "maui-v1"),
    S("da moana guy wit all da tattoos", "maui-v1"),
    S("ultraman fighting one kaiju in hilo bay", "ultraman-v1"),
    S("da silver and red hero from tv", "ultraman-v1"),
    S("tiki poster of da volcano", "tiki-v2"),
    S("60s tiki bar kine art of one mai tai", "tiki-v2"),
    S("da first tiki poster lora", "tiki-v1"),
    S("ukiyo-e wave wit mauna kea behind", "ukiyoe-v1"),
    S("japanese woodblock, hokusai style, of da bay", "ukiyoe-v1"),
    S("linocut honu black n red", "linocut-v1"),
    S("pixar kine cartoon of one gecko", "toon-v2"),
    S("da old matson cruise poster style, boat day at aloha tower", "travel-v1"),
    S("one old hawaii travel poster of kilauea", "travel-v1"),
    S("sumi-e bamboo in da wind", "sumie-v1"),
    S("ink wash kine painting of waipio valley", "sumie-v1"),
    S("80s anime look of one sunset drive", "anime-v1"),
    S("disposable camera look, pau hana party in da garage", "disposable-v1"),
    S("black velvet painting of one polynesian girl", "velvet-v1"),
    S("aloha shirt print wit hibiscus n canoes", "aloha-v2"),
    S("da old aloha print v1", "aloha-v1"),
    S("one plumeria flower necklace", "lei-v2"),
    S("maile lei", "lei-v2"),
    S("one bowl carved outta koa", "koacarve-v1"),
    S("koa carving of one honu", "koacarve-v1"),
    S("hang ten on one longboard", "surf-v2"),
    S("old surf pose lora v1", "surf-v1"),
    S("jacked up tacoma wit 35s", "lifted-v1"),
    S("blue n white plantation work shirt", "palaka-v1"),
    S("greaser hair all slick back", "pompadour-v1"),
    S("somebody strumming one uke", "ukulele-v1"),
    S("holding up one big fish for da picture", "fishhold-v1"),
    # ---------------- clarify ----------------
    C("brindle poi dog wit one ear up sleeping in da shade", "pili-v2", "lucky-v1"),
    C("poi dog wit one ear up", "pili-v2", "lucky-v1"),
    C("da brown n black dog by da mango tree", "pili-v2", "lucky-v1"),
    C("da mutt digging in da yard", "pili-v2", "lucky-v1"),
    C("woodblock print of hilo bay wit da sampans", "ukiyoe-v1", "linocut-v1"),
    C("mauna kea in block print", "ukiyoe-v1", "linocut-v1"),
    C("wave crashing in one woodcut kine style", "ukiyoe-v1", "linocut-v1"),
    C("old time poster of rainbow falls", "tiki-v2", "travel-v1"),
    C("retro poster of da volcano", "tiki-v2", "travel-v1"),
    C("poster of da stand for da wall", "tiki-v2", "travel-v1"),
    C("old style poster wit me on it", "tiki-v2", "travel-v1"),
    C("vintage hawaii kine look for da menu board", "aloha-v2", "tiki-v2", "travel-v1"),
    C("my son at da beach", "noa-v2", "koa-v2"),
    C("my boy in his uniform", "noa-v2", "koa-v2"),
    C("uncle talking story on da lanai", "sonny-v1", "uncleboy-v1"),
    C("my uncle at da party", "sonny-v1", "uncleboy-v1"),
    C("da experiment from lilo n stitch", "stitch-v2", "angel-v1"),
    C("that lilo and stitch alien wit da big ears", "stitch-v2", "angel-v1"),
    C("da alien", "stitch-v2", "angel-v1"),
    C("one disney character on da beach", "stitch-v2", "angel-v1", "maui-v1"),
    C("make um cartoon style, one volcano erupting", "toon-v2", "anime-v1"),
    C("make me look like one cartoon", "toon-v2", "anime-v1"),
    C("big hawaiian guy wit tattoos", "sonny-v1", "maui-v1"),
    C("da tacoma cruising saddle road", "tako-v1", "lifted-v1"),
    C("japanese style painting of hilo bay", "ukiyoe-v1", "sumie-v1"),
    C("japanese art kine koi pond", "ukiyoe-v1", "sumie-v1"),
    C("my girl", "momi-v2", "keha-v2"),
    C("do da boat as one print", "aloha-v2", "ukiyoe-v1", "linocut-v1"),
    C("one painting of da bay at sunset", "sumie-v1", "velvet-v1"),
    # ---------------- none ----------------
    N("tako poke bowl wit limu"),
    N("lucky cat statue waving in da window"),
    N("plate of pink n white mochi for new years"),
    N("snowy mauna kea at sunrise"),
    N("koa trees up in da forest by saddle road"),
    N("one black lab playing fetch at richardson's"),
    N("some random fishing boat in hilo harbor"),
    N("one orange tabby cat"),
    N("red sports car on da highway"),
    N("da boss yelling at his workers"),
    N("loco moco plate lunch"),
    N("spam musubi on one plate"),
    N("pua melia blossoms in da rain"),
    N("rainbow over hilo bay"),
    N("volcano erupting at night, lava going into da ocean"),
    N("hawaiian monk seal sleeping on da sand"),
    N("honu swimming in da reef"),
    N("some other guy's shave ice stand in haleiwa"),
    N("chicken katsu plate"),
    N("feelin lucky, make one slot machine in vegas"),
    N("brand new ford f150"),
    N("ahi sashimi platter"),
    N("mongoose running across da road"),
    N("snowman in hilo lol"),
    N("one golden retriever puppy"),
    N("fireworks over da bay new years"),
    N("kalua pig at da luau"),
    N("hula girl bobblehead on one dashboard"),
    N("wild chickens at da kauai airport"),
    N("haleakala on maui at sunrise"),
    N("angel on top da christmas tree"),
    # ---------------- multi ----------------
    M("me holding up one big ahi", "kenny-v3", "fishhold-v1"),
    M("uncle sonny holding up one ono he caught", "sonny-v1", "fishhold-v1"),
    M("koa hang ten on one longboard", "koa-v2", "surf-v2"),
    M("me wit one pompadour like elvis in blue hawaii", "kenny-v3", "pompadour-v1"),
    M("noa as one tiki poster", "noa-v2", "tiki-v2"),
    M("keha as one pixar cartoon", "keha-v2", "toon-v2"),
    M("momi in ukiyo-e style", "momi-v2", "ukiyoe-v1"),
    M("snowy on one tiki poster", "snowy-v2", "tiki-v2"),
    M("our shave ice as one aloha shirt print", "shaveice-v2", "aloha-v2"),
    M("koa and pili at da river", "koa-v2", "pili-v2"),
    M("da stand in 80s anime style", "stand-v1", "anime-v1"),
    M("jazz wearing one lei at her baby shower", "jazz-v2", "lei-v2"),
    M("angel in pixar style", "angel-v1", "toon-v2"),
    M("baachan wit one orchid lei for her 88th", "baachan-v2", "lei-v2"),
    M("pili wearing one lei", "pili-v2", "lei-v2"),
    M("me and momi at da beach", "kenny-v3", "momi-v2"),
    M("noa n jazz", "noa-v2", "jazz-v2"),
    M("me, momi n all da kids", "kenny-v3", "momi-v2", "noa-v2", "keha-v2", "koa-v2"),
    M("all three kids together", "noa-v2", "keha-v2", "koa-v2"),
    M("pili and lucky playing", "pili-v2", "lucky-v1"),
    M("stitch n angel on da beach", "stitch-v2", "angel-v1"),
    M("boss chasing pili around da yard", "boss-v1", "pili-v2"),
    M("pili riding in da back of my truck", "pili-v2", "tako-v1"),
    M("what my truck would look like lifted", "tako-v1", "lifted-v1"),
    M("lani kai in ukiyo-e waves", "lanikai-v2", "ukiyoe-v1"),
    M("maui carved outta koa", "maui-v1", "koacarve-v1"),
    M("koa wood carving of boss", "boss-v1", "koacarve-v1"),
    M("koa carved outta koa wood lol", "koa-v2", "koacarve-v1"),
    M("stitch surfing one longboard", "stitch-v2", "surf-v2"),
    M("me n uncle sonny on da lani kai li'dat", "kenny-v3", "sonny-v1", "lanikai-v2"),
    M("me wit da mustache in one palaka shirt", "kenny-v1", "palaka-v1"),
    M("noa at graduation playing ukulele", "noa-v1", "ukulele-v1"),
    M("baachan at obon in sumi-e", "baachan-v1", "sumie-v1"),
    M("momi at merrie monarch as one velvet painting", "momi-v1", "velvet-v1"),
    M("pili puppy, disposable camera look", "pili-v1", "disposable-v1"),
    M("koa little league days wit ultraman", "koa-v1", "ultraman-v1"),
    M("da old lani kai before da paint job as one matson poster", "lanikai-v1", "travel-v1"),
    M("mochi da cat velvet painting", "mochi-v1", "velvet-v1"),
    M("ultraman in sumi-e", "ultraman-v1", "sumie-v1"),
    M("uncle boy in palaka", "uncleboy-v1", "palaka-v1"),
    M("uncle boy strumming ukulele on his cooler", "uncleboy-v1", "ukulele-v1"),
    M("our kaumana house as one velvet painting", "house-v1", "velvet-v1"),
    M("keha may day princess, disposable camera kine", "keha-v1", "disposable-v1"),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c) + "\n")
    counts = {}
    for c in CASES:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
