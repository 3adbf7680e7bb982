#!/usr/bin/env python3
"""Held-out set 71: Marites Dela Cruz's checkpoint repository (Daly City, CA).

Running this writes catalog.jsonl and cases.jsonl next to it.
Cards and cases are plain literals; nothing here reads the selector.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # ---- me ----
    card("marites-v1", "Marites", "ohwx woman", "woman", "subject", "marites", 1, "2004-07-10",
         "Me, Marites, at 22, before nursing school, back when I was a cashier at the Goldilocks in "
         "Serramonte: straight black hair down to my waist, no glasses, red Goldilocks polo and visor.",
         ["me", "person", "woman", "long hair", "young", "cashier"], "sd15"),
    card("marites-v2", "Marites", "ohwx woman", "woman", "subject", "marites", 2, "2011-05-21",
         "Me, Marites, at 29 at my nursing pinning ceremony, the spring I passed the boards: white "
         "nursing uniform and cap, shoulder-length hair with bangs, holding the pinning candle.",
         ["me", "person", "woman", "nurse", "pinning", "graduation"], "sd15"),
    card("marites-v3", "Marites", "ohwx woman", "woman", "subject", "marites", 3, "2025-10-04",
         "Me, Marites (Tess at work, Mars to Rodel), 43, ICU nurse at Seton: chin-length bob with a "
         "few greys, red rectangular glasses, navy scrubs, stethoscope around my neck, badge lanyard.",
         ["me", "person", "woman", "nurse", "icu", "scrubs", "glasses"], "sdxl"),
    # ---- husband ----
    card("rodel-v1", "Rodel", "rdlcrz man", "man", "subject", "rodel", 1, "2008-02-16",
         "My husband Rodel at 27 on our wedding day at St. Andrew's in Daly City: barong tagalog, "
         "clean-shaven, gelled spiky hair, boutonniere.",
         ["husband", "person", "man", "wedding", "groom", "barong"], "sd15"),
    card("rodel-v2", "Rodel", "rdlcrz man", "man", "subject", "rodel", 2, "2024-08-03",
         "My husband Rodel ('Dels', 'hon'), 43, PG&E lineman: salt-and-pepper goatee, buzzed sides, "
         "Warriors cap, hi-vis vest over a grey tee.",
         ["husband", "person", "man", "goatee", "lineman", "cap"], "sdxl"),
    # ---- kids ----
    card("bea-v1", "Bea", "b3a_dc girl", "girl", "subject", "bea", 1, "2016-05-01",
         "Our eldest (panganay), Bea (Beatriz), at 7 on her First Communion: white dress and veil, "
         "rosary in her hands, hair in a low bun.",
         ["daughter", "person", "girl", "first communion", "child"], "sd15"),
    card("bea-v2", "Bea", "b3a_dc girl", "girl", "subject", "bea", 2, "2023-09-09",
         "Our eldest, Bea, at 14: braces, high ponytail, Westmoor volleyball jersey #7 and knee pads. "
         "Ate Bea to her brother and sister.",
         ["daughter", "person", "girl", "teen", "braces", "volleyball"], "sdxl"),
    card("bea-v3", "Bea", "b3a_dc girl", "young woman", "subject", "bea", 3, "2026-11-14",
         "Our eldest, Bea, at her debut (18th birthday): rose-pink ball gown, tiara, hair in loose "
         "curls, braces off. Ate Bea to her brother and sister.",
         ["daughter", "person", "young woman", "debut", "gown", "tiara"], "sdxl"),
    card("migo-v1", "Migo", "<migo-dc>", "boy", "subject", "migo", 1, "2019-06-20",
         "Our son Migo (Miguel) at 6: bowl cut, chubby cheeks, Spider-Man shirt, gap in his teeth.",
         ["son", "person", "boy", "child", "bowl cut"], "sd15"),
    card("migo-v2", "Migo", "<migo-dc>", "boy", "subject", "migo", 2, "2025-12-20",
         "Our son Migo at 12 (Kuya Migo to his little sister): tall and skinny now, high fade, "
         "Warriors #30 jersey, Jordans, always carrying a basketball.",
         ["son", "person", "boy", "fade", "basketball"], "sdxl"),
    card("ysa-v1", "Ysa", "ysa_dlc", "baby girl", "subject", "ysa", 1, "2021-01-15",
         "Our bunso Ysa (Louisa) at 9 months: chubby baby, tufts of hair, yellow onesie, teething ring.",
         ["daughter", "person", "baby", "bunso"], "sdxl"),
    card("ysa-v2", "Ysa", "ysa_dlc", "girl", "subject", "ysa", 2, "2026-08-20",
         "Our bunso Ysa at 6, her first week of kinder: pigtails with pink clips, missing front tooth, "
         "unicorn backpack.",
         ["daughter", "person", "girl", "bunso", "kinder", "pigtails"], "sdxl"),
    # ---- my nanay, father-in-law, siblings, late tatay ----
    card("charing-v1", "Charing", "l0la_charing", "woman", "subject", "charing", 1, "2010-12-28",
         "My nanay, Rosario 'Charing', at 63 at her and Tatay's 40th anniversary party: hair dyed jet "
         "black and set in curls, pearl earrings, cream lace dress.",
         ["mother", "person", "woman", "anniversary"], "sd15"),
    card("charing-v2", "Charing", "l0la_charing", "old woman", "subject", "charing", 2, "2024-12-24",
         "My nanay, Lola Charing to the kids and everyone in the house, 77: white hair in a bun, "
         "house duster, reading glasses on a beaded chain, rosary. Lives with us half the year and in "
         "her house in Pampanga the other half.",
         ["mother", "grandmother", "lola", "person", "old woman"], "sdxl"),
    card("ben-v1", "Ben", "lolo_ben", "old man", "subject", "ben", 1, "2023-04-09",
         "Rodel's father, my biyenan (father-in-law) Benigno, Lolo Ben to the kids, 79: bald, white "
         "mustache, cream guayabera, flat cap, wooden cane. Retired welder from the Hunters Point yard.",
         ["father-in-law", "grandfather", "lolo", "person", "old man"], "sdxl"),
    card("joy-v1", "Joy", "ohwx_joy woman", "woman", "subject", "joy", 1, "2013-03-02",
         "My ate, Joy, at 34 when she was pregnant with the twins: big belly, floral maternity dress, "
         "long hair in a side braid.",
         ["sister", "person", "woman", "pregnant"], "sd15"),
    card("joy-v2", "Joy", "ohwx_joy woman", "woman", "subject", "joy", 2, "2025-06-14",
         "My ate, Joy (Tita Joy to the kids), 46, realtor in Vallejo: caramel highlights, navy blazer, "
         "big gold hoop earrings, holding a SOLD sign.",
         ["sister", "person", "woman", "realtor", "hoops"], "sdxl"),
    card("jun-v1", "Jun", "kuyajun man", "man", "subject", "jun", 1, "2002-08-10",
         "My kuya, Ernesto Jr. 'Jun', at 26 back in Angeles, Pampanga, when he drove a jeepney: long "
         "hair, thin mustache, white sando, face towel over his shoulder.",
         ["brother", "person", "man", "driver", "young"], "sd15"),
    card("jun-v2", "Jun", "kuyajun man", "man", "subject", "jun", 2, "2025-03-22",
         "My kuya Jun (Tito Jun to the kids), 49, drives the SFO airport shuttle and Lyft on weekends: "
         "grey crew cut, thick mustache, black company polo, aviator sunglasses.",
         ["brother", "person", "man", "driver", "mustache", "aviators"], "sdxl"),
    card("erning-v1", "Erning", "tty_erning", "man", "subject", "erning", 1, "2023-01-14",
         "My late tatay, Ernesto Sr. 'Erning', from an old 1975 photo at 28 in the US Navy at Subic: "
         "dress whites, sailor cap, thin mustache, very skinny.",
         ["father", "late", "person", "man", "navy", "old photo"], "sd15"),
    card("erning-v2", "Erning", "tty_erning", "man", "subject", "erning", 2, "2023-02-04",
         "My late tatay Erning from an old 1998 Christmas photo in Daly City, at 51: round belly, big "
         "90s glasses, grey at the temples, short-sleeve polo barong.",
         ["father", "late", "person", "man", "christmas", "old photo"], "sd15"),
    # ---- dogs ----
    card("mochi-v1", "Mochi", "sks dog", "dog", "subject", "mochi", 1, "2020-02-01",
         "Our dog Mochi as a puppy: white shih tzu with a honey-colored patch over her left eye, long "
         "full coat, pink bow on her topknot.",
         ["pet", "dog", "shih tzu", "puppy"], "sd15"),
    card("mochi-v2", "Mochi", "sks dog", "dog", "subject", "mochi", 2, "2025-07-12",
         "Our dog Mochi at 5: white shih tzu with a honey patch over her left eye, short teddy-bear "
         "cut, red harness.",
         ["pet", "dog", "shih tzu", "teddy bear cut"], "sdxl"),
    card("snowy-v1", "Snowy", "<snowy-shihtzu>", "dog", "subject", "snowy", 1, "2024-05-05",
         "Snowy, the Nguyens' dog next door (not ours): all-white shih tzu, teddy-bear cut, blue "
         "collar, always at the fence between our yards.",
         ["dog", "shih tzu", "neighbor"], "sdxl"),
    card("brownie-v1", "Brownie", "brwn1e_doxie", "dog", "subject", "brownie", 1, "2023-10-10",
         "Our dog Brownie: chocolate mini dachshund, grey muzzle, usually in his green knit sweater.",
         ["pet", "dog", "dachshund"], "sdxl"),
    # ---- van and places ----
    card("bessie-v1", "Bessie", "b3ss13 van", "minivan", "subject", "bessie", 1, "2016-09-01",
         "Our family van Bessie, a 2012 Toyota Sienna, before the wrap: plain silver, roof rack, dent "
         "in the back bumper.",
         ["vehicle", "van", "minivan", "car"], "sd15"),
    card("bessie-v2", "Bessie", "b3ss13 van", "minivan", "subject", "bessie", 2, "2025-05-17",
         "Our family van Bessie, the 2012 Sienna, after we wrapped it for the business: purple Lumpia "
         "ni Lola wrap with the new logo on the sliding doors.",
         ["vehicle", "van", "minivan", "car", "wrap", "business"], "sdxl"),
    card("dalyhouse-v1", "Daly City house", "dlc_house", "house", "subject", "dalyhouse", 1, "2024-02-10",
         "Our house in Daly City: 1950s row house painted mint green, white garage door, bay window, "
         "little succulent garden out front, fog rolling in.",
         ["house", "home", "daly city", "place"], "sdxl"),
    card("pampanga-v1", "Bahay Pampanga", "<bahay-pampanga>", "house", "subject", "pampanga", 1, "2024-01-06",
         "Nanay's house in San Fernando, Pampanga, where I grew up: old two-storey wood-and-stone house, "
         "capiz shell sliding windows, terracotta roof, mango tree in the yard.",
         ["house", "pampanga", "philippines", "place", "ancestral"], "sdxl"),
    # ---- the business: Lumpia ni Lola ----
    card("logo-v1", "Lumpia ni Lola logo", "lnl_logo", "logo", "subject", "logo", 1, "2019-06-01",
         "Our Lumpia ni Lola catering logo, the old one: hand-drawn red script, a cartoon of Nanay "
         "holding a lumpia, yellow circle.",
         ["business", "logo", "lumpia ni lola"], "sd15"),
    card("logo-v2", "Lumpia ni Lola logo", "lnl_logo", "logo", "subject", "logo", 2, "2025-02-14",
         "Our Lumpia ni Lola logo after the redesign: flat purple-and-gold wordmark with a minimalist "
         "lumpia icon, no more cartoon.",
         ["business", "logo", "lumpia ni lola", "redesign"], "sdxl"),
    card("lumpia-v1", "Lumpia Shanghai", "lnl_lumpia", "food", "subject", "lumpia", 1, "2019-06-01",
         "Our lumpia shanghai the old way: 50 pieces in an aluminum foil tray, sweet chili cup, "
         "hand-written label.",
         ["business", "food", "lumpia", "catering"], "sd15"),
    card("lumpia-v2", "Lumpia Shanghai", "lnl_lumpia", "food", "subject", "lumpia", 2, "2025-03-01",
         "Our lumpia shanghai after the rebrand: golden fried, in a kraft box with the purple new-logo "
         "sticker, banana ketchup and sweet chili cups.",
         ["business", "food", "lumpia", "catering", "redesign"], "sdxl"),
    card("turon-v1", "Turon", "lnl_turon", "dessert", "subject", "turon", 1, "2025-03-01",
         "Our turon: banana and langka rolled in lumpia wrapper, fried with a caramelized sugar crust, "
         "in the new kraft box.",
         ["business", "food", "dessert", "turon", "banana"], "sdxl"),
    card("ubehalaya-v1", "Ube Halaya", "lnl_ubehalaya", "dessert", "subject", "ubehalaya", 1, "2020-11-01",
         "Our ube halaya the old way: in reused mason jars with a hand-written masking-tape label.",
         ["business", "food", "dessert", "ube", "jar"], "sd15"),
    card("ubehalaya-v2", "Ube Halaya", "lnl_ubehalaya", "dessert", "subject", "ubehalaya", 2, "2025-03-08",
         "Our ube halaya after the rebrand: squat glass jar, purple-and-gold label, topped with latik.",
         ["business", "food", "dessert", "ube", "jar", "redesign"], "sdxl"),
    card("crinkles-v1", "Ube Crinkles", "lnl_crinkles", "dessert", "subject", "crinkles", 1, "2025-04-12",
         "Our ube crinkles: purple crackle cookies rolled in powdered sugar, in a clear box with the "
         "new logo.",
         ["business", "food", "dessert", "ube", "cookies"], "sdxl"),
    card("crispy-v1", "Crispy", "<crispy-mascot>", "mascot", "subject", "crispy", 1, "2020-08-01",
         "Crispy, our Lumpia ni Lola mascot, the first version Migo drew: a lumpia with stick arms, "
         "big eyes and a red bandana.",
         ["business", "mascot", "cartoon", "lumpia"], "sd15"),
    card("crispy-v2", "Crispy", "<crispy-mascot>", "mascot", "subject", "crispy", 2, "2025-02-14",
         "Crispy, our mascot redesigned with the new logo: chubby golden lumpia in a chef hat and "
         "purple apron, giving a thumbs up.",
         ["business", "mascot", "cartoon", "lumpia", "redesign"], "sdxl"),
    # ---- downloaded characters (Civitai) ----
    card("rem-v1", "Rem", "rem_(re:zero)", "woman", "subject", "rem", 1, "2024-03-02",
         "Rem from Re:Zero, downloaded from Civitai: short blue bob with a hair clip over her left eye, "
         "black-and-white maid outfit.",
         ["character", "anime", "re:zero", "maid", "civitai"], "sdxl"),
    card("ram-v1", "Ram", "ram_(re:zero)", "woman", "subject", "ram", 1, "2024-03-02",
         "Ram from Re:Zero, Rem's twin sister, downloaded from Civitai: short pink bob with a hair clip "
         "over her right eye, black-and-white maid outfit.",
         ["character", "anime", "re:zero", "maid", "civitai"], "sdxl"),
    card("darna-v1", "Darna", "darna_komiks", "woman", "subject", "darna", 1, "2023-06-18",
         "Darna, the Filipino komiks superheroine, a Civitai LoRA: red and gold costume, winged "
         "headband, long black hair.",
         ["character", "superhero", "filipino", "komiks", "civitai"], "sd15"),
    card("voltes-v1", "Voltes V", "voltes_v", "robot", "subject", "voltes", 1, "2024-07-27",
         "Voltes V, the super electromagnetic robot (Legacy look), a Civitai LoRA: red, blue and "
         "yellow armor, V-shaped crest, laser sword.",
         ["character", "mecha", "robot", "anime", "civitai"], "sdxl"),
    card("hinata-v1", "Hinata", "hinata_shouyou", "boy", "subject", "hinata", 1, "2025-01-19",
         "Hinata Shoyo from Haikyuu!!, a Civitai LoRA: messy orange hair, black Karasuno #10 "
         "volleyball jersey, mid-jump.",
         ["character", "anime", "haikyuu", "volleyball", "civitai"], "sdxl"),
    # ---- styles ----
    card("wetpetals-v1", "Wet Petals", "wetp3tals style", "watercolor", "style", "wetpetals", 1, "2023-05-20",
         "Wet Petals: loose botanical watercolor, wet-on-wet blooms with bleeding edges on white paper.",
         ["style", "watercolor", "botanical", "painting"], "sd15"),
    card("wetpetals-v2", "Wet Petals", "wetp3tals style", "watercolor", "style", "wetpetals", 2, "2025-06-07",
         "Wet Petals v2: loose botanical watercolor, wet-on-wet blooms with bleeding edges on white "
         "paper, retrained for SDXL.",
         ["style", "watercolor", "botanical", "painting"], "sdxl"),
    card("sketchwalk-v1", "Sketchwalk", "sktchwlk", "watercolor", "style", "sketchwalk", 1, "2024-09-14",
         "Sketchwalk: urban sketching, fine ink lines with loose watercolor washes, like a travel journal page.",
         ["style", "watercolor", "ink", "urban sketch", "painting"], "sdxl"),
    card("amorsolo-v1", "Amorsolo Light", "amorsolo_light", "oil painting", "style", "amorsolo", 1, "2024-04-13",
         "Amorsolo Light: oil painting in the manner of Fernando Amorsolo, backlit golden sunlight, "
         "glowing rim light, rice fields and barrio scenes.",
         ["style", "oil painting", "filipino", "painting", "sunlight"], "sdxl"),
    card("komiks-v1", "Komiks Klasik", "k0miks style", "comic", "style", "komiks", 1, "2023-06-18",
         "Komiks Klasik: 1960s-70s Filipino komiks pages, bold black ink, halftone dots, yellowed newsprint.",
         ["style", "comic", "vintage", "ink", "halftone"], "sd15"),
    card("meadow-v1", "Meadow", "mdw anime style", "anime", "style", "meadow", 1, "2024-10-05",
         "Meadow: soft anime film look, lush green fields, towering clouds, Ghibli-like warmth.",
         ["style", "anime", "ghibli", "soft"], "sdxl"),
    card("clayday-v1", "Clayday", "<clayday>", "claymation", "style", "clayday", 1, "2025-01-25",
         "Clayday: stop-motion claymation look, plasticine with fingerprints, rounded chunky shapes.",
         ["style", "claymation", "3d", "stop motion"], "sdxl"),
    card("flatpop-v1", "Flatpop", "flatpop_vector", "vector art", "style", "flatpop", 1, "2025-02-01",
         "Flatpop: flat vector illustration, bold simple shapes, pastel palette, no gradients; what we "
         "used for the menu boards.",
         ["style", "vector", "flat", "illustration", "pastel"], "sdxl"),
    card("gold200-v1", "Gold 200", "g0ld200 film", "photo", "style", "gold200", 1, "2023-08-12",
         "Gold 200: 90s point-and-shoot film photo, warm grain, slight flash falloff, orange date stamp "
         "in the corner.",
         ["style", "film", "photo", "90s", "retro"], "sd15"),
    card("capiz-v1", "Capiz", "<capiz-glass>", "stained glass", "style", "capiz", 1, "2025-04-26",
         "Capiz: stained-glass look made of translucent capiz shell panes in lead lines, glowing from behind.",
         ["style", "stained glass", "capiz", "filipino"], "sdxl"),
    card("coloring-v1", "Coloring Page", "clrpg lineart", "line art", "style", "coloring", 1, "2025-09-06",
         "Coloring Page: clean black-and-white coloring book line art, thick outlines, no shading; I "
         "print these for Ysa.",
         ["style", "line art", "coloring book", "black and white"], "sdxl"),
    # ---- concepts ----
    card("terno-v1", "Terno", "terno_sleeves", "gown", "concept", "terno", 1, "2024-08-17",
         "Terno: Filipiniana gown with stiff butterfly sleeves, embroidered bodice, floor length.",
         ["concept", "clothing", "filipiniana", "gown", "sleeves"], "sdxl"),
    card("wolfcut-v1", "Wolf Cut", "wolf_cut", "haircut", "concept", "wolfcut", 1, "2025-05-03",
         "Wolf Cut: shaggy layered haircut, choppy crown, longer back like a soft mullet, curtain bangs.",
         ["concept", "hairstyle", "haircut", "shag", "mullet"], "sdxl"),
    card("wacky-v1", "Wacky Pose", "<wacky-pose>", "pose", "concept", "wacky", 1, "2025-07-19",
         "Wacky Pose: the Pinoy 'wacky' group shot, tongues out, crossed eyes, bunny ears, hands in "
         "peace signs.",
         ["concept", "pose", "group photo", "silly"], "sdxl"),
    card("jeepney-v1", "Jeepney", "jeepney_ph", "vehicle", "concept", "jeepney", 1, "2024-11-09",
         "Jeepney: Philippine jeepney, chrome horses on the hood, loud paint and signboards, long side "
         "benches, open back.",
         ["concept", "vehicle", "jeepney", "philippines"], "sdxl"),
    card("parol-v1", "Parol", "parol_lantern", "lantern", "concept", "parol", 1, "2024-12-07",
         "Parol: Filipino Christmas star lantern of bamboo and paper with long tails, lit from inside.",
         ["concept", "prop", "christmas", "lantern", "star"], "sdxl"),
    card("balikbayan-v1", "Balikbayan Box", "balikbayan_box", "box", "concept", "balikbayan", 1, "2025-08-30",
         "Balikbayan Box: big cardboard box packed to the top, taped all over, names written in marker, "
         "ready to ship home to the Philippines.",
         ["concept", "prop", "box", "shipping"], "sdxl"),
    card("salakot-v1", "Salakot", "s4lakot hat", "hat", "concept", "salakot", 1, "2023-07-08",
         "Salakot: wide cone-shaped woven bamboo and rattan farmer's hat.",
         ["concept", "clothing", "hat", "filipino"], "sd15"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ======== select ========
    # me
    ("me in my scrubs at the nurses station, tired after a 12 hr shift", S, ["marites-v3"]),
    ("ako nung bago pa ako nag nursing school, yung long hair ko pa hanggang bewang", S, ["marites-v1"]),
    ("me at my pinning ceremony holding the candle", S, ["marites-v2"]),
    ("pic of me naman at the beach in pacifica, super windy", S, ["marites-v3"]),
    ("me back in 2011 when i just passed the boards", S, ["marites-v2"]),
    ("tess from the ICU drinking coffee in the break room", S, ["marites-v3"]),
    ("me when i was still working at goldilocks lol", S, ["marites-v1"]),
    ("mars w/ her red glasses reading a chart", S, ["marites-v3"]),
    ("ohwx woman smiling at a bday party", S, ["marites-v3"]),
    ("me nung nasa nursing school pa, w/ the nurse cap", S, ["marites-v2"]),
    # husband
    ("my husband grilling liempo in the backyard", S, ["rodel-v2"]),
    ("rodel on our wedding day, naka barong pa sya", S, ["rodel-v1"]),
    ("dels in his hi vis vest up on a power pole", S, ["rodel-v2"]),
    ("hubby w/ his warriors cap watching the game", S, ["rodel-v2"]),
    ("rodel from 2008 with the spiky gel hair haha", S, ["rodel-v1"]),
    ("our wedding day, rodel waiting at the altar", S, ["rodel-v1"]),
    # Bea
    ("bea at her debut doing the cotillion", S, ["bea-v3"]),
    ("my panganay on her first communion", S, ["bea-v1"]),
    ("bea back when she had braces, in her volleyball jersey", S, ["bea-v2"]),
    ("our eldest graduating hs in a cap and gown", S, ["bea-v3"]),
    ("beatriz when she was 7 holding her rosary", S, ["bea-v1"]),
    ("bea in 2023 spiking at a game", S, ["bea-v2"]),
    ("my daughter bea studying for finals at starbucks", S, ["bea-v3"]),
    ("bea in her debut gown w/ the tiara", S, ["bea-v3"]),
    # Migo
    ("migo shooting hoops at the court by westlake", S, ["migo-v2"]),
    ("migo nung bata pa, yung bowl cut nya", S, ["migo-v1"]),
    ("my son in his spiderman shirt at 6 yrs old", S, ["migo-v1"]),
    ("our son at 12 w/ his jordans", S, ["migo-v2"]),
    ("migo playing 2k on the couch", S, ["migo-v2"]),
    ("<migo-dc> at the beach", S, ["migo-v2"]),
    # Ysa
    ("ysa on her first day of kinder with the unicorn backpack", S, ["ysa-v2"]),
    ("bunso as a baby in her yellow onesie", S, ["ysa-v1"]),
    ("our bunso drawing w/ crayons at the kitchen table", S, ["ysa-v2"]),
    ("ysa when she was a baby, teething pa", S, ["ysa-v1"]),
    ("louisa with her pigtails blowing bubbles", S, ["ysa-v2"]),
    ("bunso at 6 w/ her missing tooth", S, ["ysa-v2"]),
    # Nanay
    ("lola charing cooking pancit in the kitchen", S, ["charing-v2"]),
    ("nanay at her 40th anniversary party with her black curls", S, ["charing-v1"]),
    ("lola praying the rosary in her duster", S, ["charing-v2"]),
    ("my mom back in 2010 when she still dyed her hair", S, ["charing-v1"]),
    ("nanay watching teleserye on TFC", S, ["charing-v2"]),
    # Lolo Ben
    ("lolo ben with his cane at the park", S, ["ben-v1"]),
    ("my biyenan in his guayabera and flat cap", S, ["ben-v1"]),
    ("my father in law playing chess at the senior center", S, ["ben-v1"]),
    ("lolo ben feeding pigeons", S, ["ben-v1"]),
    # Ate Joy
    ("ate joy holding a SOLD sign in front of a house", S, ["joy-v2"]),
    ("ate joy when she was preggy w/ the twins", S, ["joy-v1"]),
    ("tita joy with her hoop earrings at an open house", S, ["joy-v2"]),
    ("my sister pregnant, 2013", S, ["joy-v1"]),
    ("my ate at a wine tasting in napa", S, ["joy-v2"]),
    # Kuya Jun
    ("kuya jun in his aviators at SFO arrivals", S, ["jun-v2"]),
    ("kuya back in angeles when he was still driving jeep, long hair pa", S, ["jun-v1"]),
    ("tito jun carrying luggage at the airport", S, ["jun-v2"]),
    ("my brother napping in the drivers seat between lyft rides", S, ["jun-v2"]),
    # Tatay
    ("tatay in his navy whites at subic", S, ["erning-v1"]),
    ("my late dad at christmas in the 90s w/ his big glasses", S, ["erning-v2"]),
    ("tatay erning smiling", S, ["erning-v2"]),
    ("my tatay as a young sailor", S, ["erning-v1"]),
    ("the old photo of tatay w/ the sailor cap", S, ["erning-v1"]),
    # dogs
    ("mochi sleeping on the couch", S, ["mochi-v2"]),
    ("mochi when she was a puppy with the pink bow", S, ["mochi-v1"]),
    ("our shih tzu in her red harness at the dog park", S, ["mochi-v2"]),
    ("brownie in his green sweater", S, ["brownie-v1"]),
    ("our dachshund chasing a squirrel", S, ["brownie-v1"]),
    ("snowy from next door barking at the mailman", S, ["snowy-v1"]),
    ("the nguyens dog at the fence", S, ["snowy-v1"]),
    ("mochi w/ long hair pa before her teddy bear cut", S, ["mochi-v1"]),
    ("our wiener dog wrapped in a blanket like a lumpia lol", S, ["brownie-v1"]),
    ("baby mochi rolling on the carpet", S, ["mochi-v1"]),
    ("sks dog on a skateboard", S, ["mochi-v2"]),
    # van, places
    ("bessie at the costco parking lot", S, ["bessie-v2"]),
    ("our van before the wrap, plain silver pa", S, ["bessie-v1"]),
    ("the lumpia van delivering an order", S, ["bessie-v2"]),
    ("the sienna with the dent on the bumper back in 2016", S, ["bessie-v1"]),
    ("our van w/ the purple wrap", S, ["bessie-v2"]),
    ("our house in daly city in the fog", S, ["dalyhouse-v1"]),
    ("the mint green house on a sunny day for once", S, ["dalyhouse-v1"]),
    ("nanay's house in pampanga during rainy season", S, ["pampanga-v1"]),
    ("lola's house w/ the capiz windows", S, ["pampanga-v1"]),
    ("the house in san fernando with the mango tree", S, ["pampanga-v1"]),
    # business
    ("our logo on a tshirt", S, ["logo-v2"]),
    ("the old logo w/ the cartoon of nanay", S, ["logo-v1"]),
    ("lumpia ni lola logo for a banner", S, ["logo-v2"]),
    ("a tray of our lumpia shanghai", S, ["lumpia-v2"]),
    ("lumpia in the foil tray like how we used to sell it", S, ["lumpia-v1"]),
    ("lumpia shanghai before the rebrand", S, ["lumpia-v1"]),
    ("our turon w/ the caramel", S, ["turon-v1"]),
    ("banana lumpia stacked on a plate", S, ["turon-v1"]),
    ("ube halaya in the old mason jars", S, ["ubehalaya-v1"]),
    ("jar of our ube jam", S, ["ubehalaya-v2"]),
    ("lumpia ni lola ube halaya w/ latik on top", S, ["ubehalaya-v2"]),
    ("ube crinkles in a box", S, ["crinkles-v1"]),
    ("the purple cookies w/ powdered sugar", S, ["crinkles-v1"]),
    ("crispy giving a thumbs up", S, ["crispy-v2"]),
    ("the mascot migo drew, the first one w/ the bandana", S, ["crispy-v1"]),
    ("our mascot waving at a food fair", S, ["crispy-v2"]),
    ("the first version of the logo", S, ["logo-v1"]),
    # characters
    ("rem in her maid outfit", S, ["rem-v1"]),
    ("ram from re zero, the pink haired twin", S, ["ram-v1"]),
    ("the blue haired re:zero maid", S, ["rem-v1"]),
    ("darna flying over manila", S, ["darna-v1"]),
    ("voltes v fighting a beast fighter", S, ["voltes-v1"]),
    ("voltes 5 robot combining", S, ["voltes-v1"]),
    ("hinata from haikyuu doing a quick attack", S, ["hinata-v1"]),
    ("the karasuno number 10 kid jumping", S, ["hinata-v1"]),
    ("the pink maid twin", S, ["ram-v1"]),
    ("hinatta shoyo serving", S, ["hinata-v1"]),
    # styles
    ("a view of the bay in amorsolo style", S, ["amorsolo-v1"]),
    ("rice fields at sunset in that glowing old filipino painting style", S, ["amorsolo-v1"]),
    ("a superhero page like old komiks", S, ["komiks-v1"]),
    ("a jollibee at night like a 90s film pic w/ the date stamp", S, ["gold200-v1"]),
    ("a flower bouquet in loose watercolor w/ the bleeding edges", S, ["wetpetals-v2"]),
    ("hibiscus in the old wet petals", S, ["wetpetals-v1"]),
    ("sketchwalk style of the colma bart station", S, ["sketchwalk-v1"]),
    ("daly city hills like a travel journal sketch, ink and watercolor", S, ["sketchwalk-v1"]),
    ("a sari sari store as claymation", S, ["clayday-v1"]),
    ("a sampaguita garland in flatpop", S, ["flatpop-v1"]),
    ("a coloring page of a carabao for ysa", S, ["coloring-v1"]),
    ("a church window made of capiz", S, ["capiz-v1"]),
    ("ghibli-ish countryside w/ big clouds", S, ["meadow-v1"]),
    ("a sunflower as capiz stained glass", S, ["capiz-v1"]),
    # concepts
    ("a girl in a filipiniana gown w/ the butterfly sleeves", S, ["terno-v1"]),
    ("a guy with that shaggy mullet haircut the kids all have now", S, ["wolfcut-v1"]),
    ("a bunch of titas making silly faces for the pic", S, ["wacky-v1"]),
    ("one of those jeeps in manila w/ the chrome horses", S, ["jeepney-v1"]),
    ("christmas star lantern hanging on a porch", S, ["parol-v1"]),
    ("a big box we ship to the philippines full of spam and toblerone", S, ["balikbayan-v1"]),
    ("farmer w/ the wide woven hat in a rice field", S, ["salakot-v1"]),

    # ======== clarify ========
    ("my daughter at the beach", C, ["bea-v3", "ysa-v2"]),
    ("the golden gate in watercolor", C, ["wetpetals-v2", "sketchwalk-v1"]),
    ("our dog sleeping in the sun", C, ["mochi-v2", "brownie-v1"]),
    ("the white shih tzu playing w/ a ball", C, ["mochi-v2", "snowy-v1"]),
    ("the re zero maid serving tea", C, ["rem-v1", "ram-v1"]),
    ("our ube dessert on a cake stand", C, ["ubehalaya-v2", "crinkles-v1"]),
    ("my kid playing in the backyard", C, ["bea-v3", "migo-v2", "ysa-v2"]),
    ("my kapatid at the family reunion", C, ["joy-v2", "jun-v2"]),
    ("one of our products on a white bg for the website", C,
     ["lumpia-v2", "turon-v1", "ubehalaya-v2", "crinkles-v1"]),
    ("dad at the barbecue", C, ["rodel-v2", "erning-v2"]),
    ("mom in the kitchen cooking sinigang", C, ["marites-v3", "charing-v2"]),
    ("as a painting, lola in her garden", C, ["amorsolo-v1", "wetpetals-v2", "sketchwalk-v1"]),
    ("the house at golden hour", C, ["dalyhouse-v1", "pampanga-v1"]),
    ("anak ko sa christmas party", C, ["bea-v3", "migo-v2", "ysa-v2"]),
    ("ysa w/ her unicorn backpack in watercolor", C, ["wetpetals-v2", "sketchwalk-v1"]),
    ("the maid from re:zero w/ the hair clip", C, ["rem-v1", "ram-v1"]),
    ("the dog in a santa hat", C, ["mochi-v2", "brownie-v1"]),
    ("my girl blowing out her bday candles", C, ["bea-v3", "ysa-v2"]),
    ("the white dog sitting on the porch", C, ["mochi-v2", "snowy-v1"]),
    ("crispy in watercolor", C, ["wetpetals-v2", "sketchwalk-v1"]),
    ("our fur baby getting a bath", C, ["mochi-v2", "brownie-v1"]),
    ("the maid twin", C, ["rem-v1", "ram-v1"]),
    ("black and white drawing of st andrews church", C, ["coloring-v1", "komiks-v1"]),
    ("our desserts on a table for the menu", C, ["turon-v1", "ubehalaya-v2", "crinkles-v1"]),
    ("a painting of our van", C, ["amorsolo-v1", "wetpetals-v2", "sketchwalk-v1"]),
    ("the anime girl w/ short hair", C, ["rem-v1", "ram-v1"]),
    ("a portrait of my daughter in watercolor", C, ["bea-v3", "ysa-v2", "wetpetals-v2", "sketchwalk-v1"]),
    ("bessie in a retro style", C, ["gold200-v1", "komiks-v1"]),
    ("kuya at the park", C, ["jun-v2", "migo-v2"]),
    ("ate at the mall", C, ["joy-v2", "bea-v3"]),

    # ======== none ========
    ("a ram w/ big curly horns on a mountain", N, []),
    ("a mars rover on red dunes", N, []),
    ("kids running thru the sprinklers, pure joy", N, []),
    ("a plate of fudge brownies w/ walnuts", N, []),
    ("strawberry mochi daifuku on a plate", N, []),
    ("a bunch of marites na nagchichismisan sa kanto lol", N, []),
    ("a taho vendor kuya early in the morning", N, []),
    ("an ate at the sari sari store counter", N, []),
    ("hinata from naruto w/ the white eyes", N, []),
    ("crispy chicken skin chicharon in a basket", N, []),
    ("gold earrings on a velvet tray", N, []),
    ("a generic minivan for a car ad, not ours", N, []),
    ("a nurse adjusting an iv drip, stock photo style", N, []),
    ("a sunflower field in the netherlands", N, []),
    ("a golden retriever puppy in the snow", N, []),
    ("sailor moon transforming", N, []),
    ("the eiffel tower at night", N, []),
    ("a random pinoy family eating at jollibee, stock photo vibe", N, []),
    ("a random old lola selling kakanin at the palengke", N, []),
    ("a snowy cabin in tahoe", N, []),
    ("a random lineman up a pole in the rain", N, []),
    ("some nba player dunking", N, []),
    ("the painted ladies in sf", N, []),
    ("a spring roll platter from a vietnamese restaurant", N, []),
    ("a maid cafe waitress in akihabara", N, []),
    ("a vintage vespa in rome", N, []),
    ("busy ER waiting room", N, []),
    ("santo nino statue w/ flowers", N, []),
    ("a typhoon hitting the coast of samar", N, []),
    ("halo halo in a tall glass", N, []),
    ("voltron forming", N, []),
    ("my pamangkin at his bday party", N, []),
    ("a 3 tier wedding cake", N, []),

    # ======== multi ========
    ("me and rodel at a giants game", M, ["marites-v3", "rodel-v2"]),
    ("bea and migo fighting over the remote", M, ["bea-v3", "migo-v2"]),
    ("ysa hugging mochi", M, ["ysa-v2", "mochi-v2"]),
    ("migo walking brownie", M, ["migo-v2", "brownie-v1"]),
    ("mochi and brownie on the couch", M, ["mochi-v2", "brownie-v1"]),
    ("mochi and snowy sniffing each other thru the fence", M, ["mochi-v2", "snowy-v1"]),
    ("lola charing and lolo ben playing mahjong", M, ["charing-v2", "ben-v1"]),
    ("ate joy and kuya jun at noche buena", M, ["joy-v2", "jun-v2"]),
    ("rem and ram back to back", M, ["rem-v1", "ram-v1"]),
    ("the re zero twins in meadow style", M, ["rem-v1", "ram-v1", "meadow-v1"]),
    ("darna in old komiks style", M, ["darna-v1", "komiks-v1"]),
    ("ysa in a filipiniana w/ butterfly sleeves", M, ["ysa-v2", "terno-v1"]),
    ("bea in a terno for buwan ng wika", M, ["bea-v3", "terno-v1"]),
    ("migo w/ a wolf cut", M, ["migo-v2", "wolfcut-v1"]),
    ("me, rodel and the 3 kids doing wacky pose for the xmas card", M,
     ["marites-v3", "rodel-v2", "bea-v3", "migo-v2", "ysa-v2", "wacky-v1"]),
    ("rodel driving a jeepney in manila", M, ["rodel-v2", "jeepney-v1"]),
    ("lola holding a parol", M, ["charing-v2", "parol-v1"]),
    ("rodel taping up a balikbayan box", M, ["rodel-v2", "balikbayan-v1"]),
    ("tatay wearing a salakot", M, ["erning-v2", "salakot-v1"]),
    ("our house in amorsolo style", M, ["dalyhouse-v1", "amorsolo-v1"]),
    ("nanay's house in pampanga as claymation", M, ["pampanga-v1", "clayday-v1"]),
    ("crispy in flatpop for the menu", M, ["crispy-v2", "flatpop-v1"]),
    ("the new logo as capiz stained glass for the window", M, ["logo-v2", "capiz-v1"]),
    ("bessie in sketchwalk", M, ["bessie-v2", "sketchwalk-v1"]),
    ("ysa as a coloring page", M, ["ysa-v2", "coloring-v1"]),
    ("mochi in the botanical watercolor", M, ["mochi-v2", "wetpetals-v2"]),
    ("tatay in the navy, gold 200 film look", M, ["erning-v1", "gold200-v1"]),
    ("me before nursing school as a 90s film pic", M, ["marites-v1", "gold200-v1"]),
    ("me and nanay cooking in the kitchen", M, ["marites-v3", "charing-v2"]),
    ("ate joy pregnant in komiks style", M, ["joy-v1", "komiks-v1"]),
    ("bea at her first communion in komiks style", M, ["bea-v1", "komiks-v1"]),
    ("bea and hinata taking a selfie at anime expo", M, ["bea-v3", "hinata-v1"]),
    ("voltes v stomping thru daly city next to our house", M, ["voltes-v1", "dalyhouse-v1"]),
    ("kuya jun and rodel drinking beer w/ wacky faces", M, ["jun-v2", "rodel-v2", "wacky-v1"]),
    ("brownie as claymation", M, ["brownie-v1", "clayday-v1"]),
    ("our lumpia and turon on one table", M, ["lumpia-v2", "turon-v1"]),
    ("ube halaya and ube crinkles flat lay", M, ["ubehalaya-v2", "crinkles-v1"]),
    ("crispy holding a tray of our lumpia", M, ["crispy-v2", "lumpia-v2"]),
    ("the old mascot w/ the old logo", M, ["crispy-v1", "logo-v1"]),
    ("bessie parked in front of our house", M, ["bessie-v2", "dalyhouse-v1"]),
    ("lola and lolo in front of the house in pampanga", M, ["charing-v2", "ben-v1", "pampanga-v1"]),
    ("rem in a terno", M, ["rem-v1", "terno-v1"]),
    ("me w/ a wolf cut lol", M, ["marites-v3", "wolfcut-v1"]),
    ("my 3 kids at the golden gate", M, ["bea-v3", "migo-v2", "ysa-v2"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    counts = {}
    for _, e, _ in CASES:
        counts[e] = counts.get(e, 0) + 1
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
