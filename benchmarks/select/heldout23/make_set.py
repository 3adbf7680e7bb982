#!/usr/bin/env python3
"""Write the heldout23 set: catalog.jsonl and cases.jsonl from the literals below.

usage: make_set.py   (writes next to this file)
The repository: Beth Hollenbeck's, who runs Dutch Hollow Bakery & Cafe in rural Ohio with her
husband Dale; their kids Kaylee (16) and Ty (12); her mom Lorraine ("Grammy") who lives with them;
Dale's stepdad Bob ("Grandpa Bob", "Pop"); the dog, the barn cat, the truck, the farmhouse, the
bakery's products and mascot; characters, styles and concept LoRAs downloaded from Civitai.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base_model):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base_model}


S, ST, C = "subject", "style", "concept"

CARDS = [
    # --- me ---
    card("beth-v1", "Beth", "ohwx woman", "woman", S, "beth", 1, "2019-06-15",
         "Me, Beth Hollenbeck, at 36 on the grand opening day of Dutch Hollow Bakery: long brown hair in a "
         "ponytail, red gingham apron, cutting the ribbon out front.",
         ["me", "person", "woman", "ponytail", "grand opening", "apron"], "sd15"),
    card("beth-v2", "Beth", "ohwx woman", "woman", S, "beth", 2, "2022-03-05",
         "Me, Beth, at 38, right after I cut my hair off for Locks of Love: chin-length bob, flour on my "
         "cheek, navy Dutch Hollow Bakery t-shirt.",
         ["me", "person", "woman", "bob haircut", "short hair", "t-shirt"], "sd15"),
    card("beth-v3", "Beth", "ohwx woman", "woman", S, "beth", 3, "2026-02-14",
         "Me, Beth, at 42: shoulder-length hair with the grey streak I quit dyeing, tortoiseshell reading "
         "glasses, the new forest-green apron with the Rollie logo.",
         ["me", "person", "woman", "glasses", "grey streak", "apron"], "sdxl"),
    # --- husband ---
    card("dale-v1", "Dale", "sks man", "man", S, "dale", 1, "2020-11-20",
         "My husband, Dale, at 40: big bushy red-brown beard, tan Carhartt chore jacket, seed cap.",
         ["husband", "person", "man", "beard", "work jacket", "cap"], "sd15"),
    card("dale-v2", "Dale", "sks man", "man", S, "dale", 2, "2024-09-07",
         "My husband, Dale, at 44: clean-shaven since he lost a bet, thirty pounds lighter, red plaid "
         "flannel and his Ohio State Buckeyes cap.",
         ["husband", "person", "man", "clean-shaven", "flannel", "buckeyes cap"], "sdxl"),
    # --- daughter ---
    card("kaylee-v1", "Kaylee", "zwx girl", "girl", S, "kaylee", 1, "2020-08-22",
         "My daughter, Kaylee, at 10 at the county fair: braces, two french braids, green 4-H t-shirt, "
         "holding up her blue ribbon.",
         ["daughter", "person", "girl", "child", "braces", "french braids", "county fair"], "sd15"),
    card("kaylee-v2", "Kaylee", "zwx girl", "girl", S, "kaylee", 2, "2023-04-01",
         "My daughter, Kaylee, at 13: braces off, side-swept bangs, clear-framed glasses, in her marching "
         "band uniform with her clarinet.",
         ["daughter", "person", "girl", "teen", "glasses", "marching band", "clarinet"], "sd15"),
    card("kaylee-v3", "Kaylee", "zwx girl", "girl", S, "kaylee", 3, "2026-06-20",
         "My daughter, Kaylee, at 16: long hair with blonde highlights, contacts instead of glasses, "
         "holding up her brand new driver's license.",
         ["daughter", "person", "girl", "teen", "highlights", "driver's license"], "sdxl"),
    # --- son ---
    card("ty-v1", "Ty", "zwx boy", "boy", S, "ty", 1, "2020-05-30",
         "My son, Tyler ('Ty'), at 6: both front teeth missing, bowl cut, green dinosaur pajamas.",
         ["son", "person", "boy", "child", "missing teeth", "bowl cut", "pajamas"], "sd15"),
    card("ty-v2", "Ty", "zwx boy", "boy", S, "ty", 2, "2025-07-12",
         "My son, Ty, at 11: buzz cut, Dutch Hollow Hornets Little League uniform, number 7, eye black.",
         ["son", "person", "boy", "buzz cut", "baseball", "little league"], "sdxl"),
    # --- my mom ---
    card("grammy-v1", "Grammy", "grmy woman", "woman", S, "grammy", 1, "2019-12-24",
         "My mom, Lorraine Pruitt (the kids' Grammy), at 68 on Christmas Eve, before she moved in with us: "
         "tight permed curls dyed auburn, red sweater with her cardinal brooch.",
         ["mother", "grandmother", "person", "woman", "elderly", "perm", "christmas"], "sd15"),
    card("grammy-v2", "Grammy", "grmy woman", "woman", S, "grammy", 2, "2024-10-19",
         "My mom, Lorraine ('Grammy'), at 73, living with us at the farmhouse now: short silver hair, "
         "cat-eye glasses on a beaded chain, lavender cardigan, rolling out pie dough.",
         ["mother", "grandmother", "person", "woman", "elderly", "glasses", "cardigan"], "sdxl"),
    # --- husband's stepdad ---
    card("bob-v1", "Bob", "bbkslr man", "man", S, "bob", 1, "2021-06-20",
         "My husband Dale's stepdad, Bob Kessler (the kids call him Grandpa Bob, Dale calls him Pop), at 74 "
         "on Father's Day: white handlebar mustache, green John Deere cap, denim work shirt.",
         ["father-in-law", "grandfather", "person", "man", "elderly", "mustache", "cap"], "sd15"),
    card("bob-v2", "Bob", "bbkslr man", "man", S, "bob", 2, "2025-08-30",
         "Bob Kessler, Dale's stepdad (Grandpa Bob / Pop), at 78: mustache trimmed short, wire-rim glasses "
         "since his cataract surgery, VFW Post cap, walking with a cane.",
         ["father-in-law", "grandfather", "person", "man", "elderly", "glasses", "cane", "veteran"], "sdxl"),
    # --- my sister and her boy ---
    card("jen-v1", "Jen", "jnmrsh woman", "woman", S, "jen", 1, "2023-09-16",
         "My sister, Jen Marsh, at 39: pixie cut dyed plum, little nose ring, navy scrubs from her nursing "
         "job at the hospital in Mansfield.",
         ["sister", "aunt", "person", "woman", "pixie cut", "scrubs", "nurse"], "sdxl"),
    card("brayden-v1", "Brayden", "brydn boy", "boy", S, "brayden", 1, "2024-12-21",
         "My sister Jen's son, Brayden, at 8: shaggy blond hair, glasses with a sport strap, Spider-Man "
         "hoodie.",
         ["nephew", "cousin", "person", "boy", "child", "glasses", "hoodie"], "sdxl"),
    # --- my head baker ---
    card("marcy-v1", "Marcy", "mrcy woman", "woman", S, "marcy", 1, "2022-10-08",
         "Marcy Yoder, my head baker at Dutch Hollow since day one: long grey braid, hairnet, flour up to "
         "her elbows, big laugh.",
         ["employee", "baker", "person", "woman", "braid", "hairnet"], "sd15"),
    # --- pets ---
    card("biscuit-v1", "Biscuit", "sks dog", "dog", S, "biscuit", 1, "2020-09-12",
         "Biscuit, our golden retriever, as a 10-week-old puppy: fluffy pale cream coat, chewing a rope toy.",
         ["pet", "dog", "golden retriever", "puppy"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", S, "biscuit", 2, "2024-05-18",
         "Biscuit, our golden retriever, at 4: deep gold coat, red bandana over her red collar, usually "
         "muddy from the creek.",
         ["pet", "dog", "golden retriever", "bandana", "red collar"], "sdxl"),
    card("honey-v1", "Honey", "hny dog", "dog", S, "honey", 1, "2023-08-05",
         "Honey, my sister Jen's golden retriever, same age as Biscuit: light gold coat, purple collar with "
         "a bone-shaped tag.",
         ["dog", "golden retriever", "purple collar", "sister's dog"], "sdxl"),
    card("pickles-v1", "Pickles", "pckls cat", "cat", S, "pickles", 1, "2021-10-02",
         "Pickles, our barn cat: big orange tabby tom with a notched left ear, sleeps on the hay bales.",
         ["pet", "cat", "barn cat", "orange tabby"], "sd15"),
    # --- vehicles ---
    card("oldblue-v1", "Old Blue", "old_blue_truck", "pickup truck", S, "oldblue", 1, "2021-04-10",
         "Old Blue, our farm pickup, a 1979 Ford F-150, before the restoration: faded powder blue, rust on "
         "the wheel wells, dented tailgate.",
         ["vehicle", "truck", "pickup", "farm truck", "rusty"], "sd15"),
    card("oldblue-v2", "Old Blue", "old_blue_truck", "pickup truck", S, "oldblue", 2, "2025-04-26",
         "Old Blue, our 1979 Ford F-150, after Dale restored it over the winter: two-tone blue and white "
         "paint, chrome bumper, new whitewall tires.",
         ["vehicle", "truck", "pickup", "farm truck", "restored"], "sdxl"),
    card("corolla-v1", "Kaylee's Corolla", "kay_corolla", "car", S, "corolla", 1, "2026-07-04",
         "Kaylee's first car: a silver 2009 Toyota Corolla with a dented rear bumper and a Hornets sticker "
         "on the back window.",
         ["vehicle", "car", "sedan", "daughter's car"], "sdxl"),
    # --- places ---
    card("farmhouse-v1", "Farmhouse", "hollenbeck_farmhouse", "house", S, "farmhouse", 1, "2022-05-21",
         "Our old farmhouse outside Dutch Hollow: white 1890s two-story with a wraparound porch, green "
         "shutters, the red barn and silo behind, old shingle roof.",
         ["place", "house", "farmhouse", "home", "barn", "porch"], "sd15"),
    card("farmhouse-v2", "Farmhouse", "hollenbeck_farmhouse", "house", S, "farmhouse", 2, "2025-06-14",
         "Our farmhouse after the new red metal roof and the rebuilt porch: white siding, green shutters, "
         "porch swing, red barn behind.",
         ["place", "house", "farmhouse", "home", "barn", "porch", "metal roof"], "sdxl"),
    card("bakery-v1", "Dutch Hollow Bakery", "dutchhollow_storefront", "storefront", S, "bakery", 1,
         "2023-11-11",
         "Dutch Hollow Bakery & Cafe, our shop on Main Street: red brick storefront, green-striped awning, "
         "hand-painted window lettering, two bistro tables out front.",
         ["place", "business", "bakery", "cafe", "storefront", "main street"], "sdxl"),
    # --- the bakery's products and mascot ---
    card("applepie-v1", "Dutch Apple Pie", "dh_applepie", "pie", S, "applepie", 1, "2021-11-20",
         "Our Dutch apple crumb pie, Grammy's recipe and our bestseller: deep dish, brown-sugar crumb "
         "topping, in a fluted glass pie plate.",
         ["food", "bakery", "product", "pie", "apple pie", "dessert"], "sd15"),
    card("cherrypie-v1", "Cherry Lattice Pie", "dh_cherrypie", "pie", S, "cherrypie", 1, "2023-07-01",
         "Our sour cherry lattice pie, a Fourth of July special: woven lattice top with sanding sugar, "
         "bright red filling bubbling through.",
         ["food", "bakery", "product", "pie", "cherry pie", "dessert"], "sdxl"),
    card("cinnroll-v1", "Cinnamon Rolls", "dh_cinnroll", "cinnamon roll", S, "cinnroll", 1, "2020-02-08",
         "Our cinnamon rolls, the original pan of twelve, cream cheese icing, pulled apart.",
         ["food", "bakery", "product", "cinnamon roll", "pastry"], "sd15"),
    card("cinnroll-v2", "Cinnamon Rolls", "dh_cinnroll", "cinnamon roll", S, "cinnroll", 2, "2024-02-03",
         "Our cinnamon roll reshot for the new menu: the giant single 'Sunday roll', icing dripping down "
         "the sides, on a white plate.",
         ["food", "bakery", "product", "cinnamon roll", "pastry"], "sdxl"),
    card("mug-v1", "Dutch Hollow Mug", "dh_mug", "mug", S, "mug", 1, "2021-08-14",
         "Our branded coffee mug, first run: cream-colored diner mug with the original Rollie logo in brown.",
         ["merch", "bakery", "product", "mug", "coffee"], "sd15"),
    card("mug-v2", "Dutch Hollow Mug", "dh_mug", "mug", S, "mug", 2, "2025-10-04",
         "Our branded coffee mug, second run: matte forest-green mug with the redesigned Rollie logo in "
         "white.",
         ["merch", "bakery", "product", "mug", "coffee"], "sdxl"),
    card("rollie-v1", "Rollie", "rollie_mascot", "mascot", S, "rollie", 1, "2019-05-01",
         "Rollie, the bakery's mascot, the original I drew myself: a cartoon wooden rolling pin with googly "
         "eyes, noodle arms and a tall chef hat.",
         ["mascot", "cartoon", "rolling pin", "logo", "bakery"], "sd15"),
    card("rollie-v2", "Rollie", "rollie_mascot", "mascot", S, "rollie", 2, "2025-09-13",
         "Rollie after the redesign: clean flat-vector cartoon rolling pin, round friendly eyes, green "
         "bandana, red sneakers, waving.",
         ["mascot", "cartoon", "rolling pin", "logo", "bakery", "redesign"], "sdxl"),
    # --- downloaded Civitai characters ---
    card("rem-v1", "Rem", "rem_(re:zero)", "anime girl", S, "rem", 1, "2022-06-18",
         "Downloaded from Civitai for Kaylee: Rem from Re:Zero. Short blue hair over her right eye, black "
         "and white maid outfit, white headdress, x-shaped hair clip.",
         ["character", "anime", "civitai", "maid", "blue hair"], "sd15"),
    card("ram-v1", "Ram", "ram_(re:zero)", "anime girl", S, "ram", 1, "2022-06-18",
         "Downloaded from Civitai for Kaylee: Ram, Rem's twin sister from Re:Zero. Short pink hair over her "
         "left eye, the same maid outfit, pink flower hair ornament.",
         ["character", "anime", "civitai", "maid", "pink hair"], "sd15"),
    card("frieren-v1", "Frieren", "frieren_(sousou_no_frieren)", "elf girl", S, "frieren", 1, "2023-02-11",
         "Downloaded from Civitai for Kaylee: Frieren, the elf mage from Frieren: Beyond Journey's End. Long white "
         "twin tails, green eyes, white and gold cape, staff.",
         ["character", "anime", "civitai", "elf", "mage", "white hair"], "sd15"),
    card("frieren-v2", "Frieren", "frieren_xl", "elf girl", S, "frieren", 2, "2024-03-09",
         "Frieren again, the SDXL version of the same Civitai character LoRA: white twin tails, green "
         "eyes, white and gold cape.",
         ["character", "anime", "civitai", "elf", "mage", "white hair"], "sdxl"),
    card("link-v1", "Link", "l1nk_totk", "character", S, "link", 1, "2023-10-28",
         "Downloaded from Civitai for Ty: Link from Zelda: Tears of the Kingdom. Blond ponytail, pointed "
         "ears, blue tunic, Master Sword on his back.",
         ["character", "video game", "civitai", "zelda", "swordsman"], "sdxl"),
    # --- styles ---
    card("claymation-v1", "Claymation", "cl4ym4t10n", "claymation", ST, "claymation", 1, "2022-01-15",
         "Claymation: stop-motion plasticine look, fingerprints in the clay, soft studio lighting.",
         ["style", "claymation", "stop motion", "3d"], "sd15"),
    card("claymation-v2", "Claymation", "claymation_xl", "claymation", ST, "claymation", 2, "2024-06-01",
         "Claymation, the SDXL port: stop-motion plasticine look, fingerprints in the clay, miniature sets.",
         ["style", "claymation", "stop motion", "3d"], "sdxl"),
    card("ukiyoe-v1", "Ukiyo-e Woodblock", "ukiyoe_woodblock", "woodblock print", ST, "ukiyoe", 1,
         "2023-08-19",
         "Ukiyo-e woodblock print: flat colors, bold black outlines, Prussian-blue waves, washi paper grain.",
         ["style", "japanese", "woodblock", "printmaking"], "sdxl"),
    card("artdeco-v1", "Art Deco Poster", "artdeco_poster", "poster", ST, "artdeco", 1, "2022-09-10",
         "Art deco travel poster: geometric sunbursts, gold and black, streamlined shapes, bold 1920s "
         "lettering.",
         ["style", "poster", "1920s", "geometric", "vintage"], "sd15"),
    card("graphite-v1", "Graphite Realism", "gr4ph1te style", "pencil drawing", ST, "graphite", 1,
         "2021-03-20",
         "Realistic graphite pencil drawing: finely blended shading, photographic detail on white paper.",
         ["style", "pencil", "graphite", "drawing", "realistic"], "sd15"),
    card("sketchbook-v1", "Sketchbook Pencil", "sketchbook_pencil_xl", "pencil drawing", ST, "sketchbook", 1,
         "2023-12-02",
         "Loose pencil sketch on lined notebook paper: quick gestural lines, cross-hatching, construction "
         "lines left in.",
         ["style", "pencil", "sketch", "drawing", "notebook"], "sdxl"),
    card("satmorning-v1", "90s Saturday Morning Cartoon", "90s_cartoon", "cartoon", ST, "satmorning", 1,
         "2021-09-25",
         "90s Saturday-morning cartoon: thick outlines, flat cel colors, goofy exaggerated expressions, "
         "a little VHS blur.",
         ["style", "cartoon", "90s", "animation", "retro"], "sd15"),
    card("satmorning-v2", "90s Saturday Morning Cartoon", "90s_cartoon_xl", "cartoon", ST, "satmorning", 2,
         "2024-11-02",
         "90s Saturday-morning cartoon, the SDXL port: thick outlines, flat cel colors, exaggerated "
         "expressions.",
         ["style", "cartoon", "90s", "animation", "retro"], "sdxl"),
    card("folkart-v1", "Americana Folk Art", "folkart_americana", "folk art painting", ST, "folkart", 1,
         "2022-07-04",
         "Americana folk art painting: flat naive perspective, quilt patterns, barns, flags and stars, like "
         "a Grandma Moses canvas.",
         ["style", "folk art", "americana", "naive", "painting"], "sd15"),
    card("isopixel-v1", "Isometric Pixel Art", "isometric_pixel_xl", "pixel art", ST, "isopixel", 1,
         "2023-09-30",
         "Isometric pixel art: 2:1 isometric tiles, limited palette, crisp pixels, tiny diorama look.",
         ["style", "pixel art", "isometric", "game", "retro"], "sdxl"),
    card("chalkboard-v1", "Chalkboard Menu Art", "chalkmenu style", "chalk art", ST, "chalkboard", 1,
         "2022-11-26",
         "Chalkboard menu art: white and pastel chalk lettering and doodles on a black slate board, like the "
         "specials board in our cafe.",
         ["style", "chalk", "lettering", "menu", "cafe"], "sd15"),
    card("postcard-v1", "Vintage Linen Postcard", "linen_postcard_xl", "postcard", ST, "postcard", 1,
         "2024-04-13",
         "1940s linen postcard: big 'Greetings from' block letters, saturated colors, textured linen paper "
         "grain.",
         ["style", "postcard", "1940s", "vintage", "travel"], "sdxl"),
    # --- concepts ---
    card("letterman-v1", "Letterman Jacket", "letterman_jacket", "jacket", C, "letterman", 1, "2022-02-26",
         "Letterman jacket: wool body, leather sleeves, striped knit cuffs, chenille varsity letter patch.",
         ["concept", "clothing", "jacket", "varsity", "high school"], "sd15"),
    card("letterman-v2", "Letterman Jacket", "letterman_jacket_xl", "jacket", C, "letterman", 2, "2024-01-20",
         "Letterman jacket, SDXL port: wool body, leather sleeves, chenille letter patch and pins.",
         ["concept", "clothing", "jacket", "varsity", "high school"], "sdxl"),
    card("boxbraids-v1", "Box Braids", "box_braids_xl", "hairstyle", C, "boxbraids", 1, "2023-07-22",
         "Box braids hairstyle: long knotless box braids, waist length, with a few gold cuffs.",
         ["concept", "hairstyle", "braids", "hair"], "sdxl"),
    card("monstertruck-v1", "Monster Truck", "m0nster_truck", "monster truck", C, "monstertruck", 1,
         "2021-07-17",
         "Monster truck: huge tires, lifted chassis, flame paint job, crushing cars in a dirt arena.",
         ["concept", "vehicle", "monster truck", "lifted"], "sd15"),
    card("monstertruck-v2", "Monster Truck", "monster_truck_xl", "monster truck", C, "monstertruck", 2,
         "2023-10-07",
         "Monster truck, SDXL port: huge tires, lifted chassis, mud flying, any truck body on top.",
         ["concept", "vehicle", "monster truck", "lifted"], "sdxl"),
    card("treepose-v1", "Tree Pose", "tree_pose_xl", "pose", C, "treepose", 1, "2024-08-24",
         "Yoga tree pose (vrksasana): standing on one leg, other foot on the inner thigh, palms together "
         "overhead.",
         ["concept", "pose", "yoga", "balance"], "sdxl"),
    card("promdress-v1", "Prom Dress", "prom_dress_xl", "dress", C, "promdress", 1, "2025-03-29",
         "Prom dress: floor-length satin gown, sweetheart neckline, sequined bodice, wrist corsage.",
         ["concept", "clothing", "dress", "formal", "prom"], "sdxl"),
    card("overalls-v1", "Bib Overalls", "bib_overalls", "overalls", C, "overalls", 1, "2022-08-13",
         "Denim bib overalls: faded blue denim, brass buckles, rolled cuffs.",
         ["concept", "clothing", "overalls", "denim", "workwear"], "sd15"),
    card("tractor-v1", "Vintage Tractor", "vintage_tractor_xl", "tractor", C, "tractor", 1, "2023-09-09",
         "Vintage red tractor: 1950s Farmall-style, rounded hood and fenders, big ribbed rear tires.",
         ["concept", "vehicle", "tractor", "farm", "vintage"], "sdxl"),
]


def sel(p, g):
    return {"prompt": p, "expect": "select", "gold": [g]}


def clar(p, *g):
    return {"prompt": p, "expect": "clarify", "gold": list(g)}


def none(p):
    return {"prompt": p, "expect": "none", "gold": []}


def multi(p, *g):
    return {"prompt": p, "expect": "multi", "gold": list(g)}


GOLDENS = ("biscuit-v2", "honey-v1")
MAIDS = ("rem-v1", "ram-v1")
PENCILS = ("graphite-v1", "sketchbook-v1")
PIES = ("applepie-v1", "cherrypie-v1")
KIDS = ("kaylee-v3", "ty-v2")

SELECT = [
    # me
    sel("me behind the bakery counter", "beth-v3"),
    sel("pic of me at the grand opening cutting the ribbon", "beth-v1"),
    sel("me with my short bob, flour on my cheek", "beth-v2"),
    sel("me in my reading glasses doing the books at the kitchen table", "beth-v3"),
    sel("me back in 2019 with the ponytail", "beth-v1"),
    sel("ope, me again but from when i had the short hair", "beth-v2"),
    sel("myself in the green apron by the espresso machine", "beth-v3"),
    sel("me in my old red gingham apron", "beth-v1"),
    sel("me taking a selfie in the walk-in cooler", "beth-v3"),
    sel("the first version of me", "beth-v1"),
    # the hubs
    sel("the hubs grilling burgers on the 4th", "dale-v2"),
    sel("dale with his big bushy beard", "dale-v1"),
    sel("my husband back when he still had the beard", "dale-v1"),
    sel("hubby in his buckeyes hat watching the game", "dale-v2"),
    sel("dale in the carhart jacket splitting wood", "dale-v1"),
    sel("the hubs after he lost all that weight", "dale-v2"),
    sel("dale", "dale-v2"),
    # Kaylee
    sel("my oldest holding up her drivers license", "kaylee-v3"),
    sel("kaylee at the county fair w/ her blue ribbon", "kaylee-v1"),
    sel("kaylee in her marching band uniform", "kaylee-v2"),
    sel("kaylee with braces and french braids", "kaylee-v1"),
    sel("kaylee when she still wore glasses, like 13ish", "kaylee-v2"),
    sel("my daughter reading on the porch swing", "kaylee-v3"),
    sel("kayleigh at the homecoming bonfire", "kaylee-v3"),
    sel("kay playing her clarinet at the spring concert", "kaylee-v2"),
    sel("my oldest from spring of '23", "kaylee-v2"),
    # Ty
    sel("ty in his little league uniform", "ty-v2"),
    sel("tyler as a toothless little guy in his dino jammies", "ty-v1"),
    sel("my youngest pitching at the ballfield", "ty-v2"),
    sel("my son with the bowl cut", "ty-v1"),
    sel("my boy catching fireflies in the yard", "ty-v2"),
    sel("the little one on his bike, the 2020 version", "ty-v1"),
    # Grammy
    sel("grammy rolling out pie dough", "grammy-v2"),
    sel("my mom in her lavender cardigan", "grammy-v2"),
    sel("grammy with her old auburn perm, christmas eve", "grammy-v1"),
    sel("mom before she moved in with us", "grammy-v1"),
    sel("grammy w/ the cat eye glasses on the chain", "grammy-v2"),
    sel("the kids' grandma shelling peas on the porch", "grammy-v2"),
    sel("gammy in her red sweater with the cardinal pin", "grammy-v1"),
    # Bob
    sel("pop in his john deere hat", "bob-v1"),
    sel("grandpa bob with his cane", "bob-v2"),
    sel("dales stepdad on fathers day 2021", "bob-v1"),
    sel("bob with the new glasses after his eye surgery", "bob-v2"),
    sel("the hubs' stepdad in his VFW cap", "bob-v2"),
    sel("grandpa with the big handlebar mustache", "bob-v1"),
    sel("grampa bob feeding the chickens", "bob-v2"),
    sel("my father in law at the veterans day parade", "bob-v2"),
    # Jen, Brayden, Marcy
    sel("my sister in her scrubs", "jen-v1"),
    sel("jen w/ the purple pixie cut", "jen-v1"),
    sel("aunt jen laughing at the kitchen island", "jen-v1"),
    sel("my sister's kid in his spiderman hoodie", "brayden-v1"),
    sel("my nephew at the lake", "brayden-v1"),
    sel("marcy pulling bread out of the oven", "marcy-v1"),
    sel("my head baker cracking up in the kitchen", "marcy-v1"),
    # pets
    sel("biscuit swimming in the creek", "biscuit-v2"),
    sel("biscuit as a tiny puppy with her rope toy", "biscuit-v1"),
    sel("our golden in her red bandana", "biscuit-v2"),
    sel("our dog catching a frisbee", "biscuit-v2"),
    sel("biscuit eating a biscuit lol", "biscuit-v2"),
    sel("our puppy back in 2020", "biscuit-v1"),
    sel("the golden retriever wearing the red bandana", "biscuit-v2"),
    sel("honey (jen's dog) at the dog park", "honey-v1"),
    sel("the golden with the purple collar", "honey-v1"),
    sel("my sister's golden retriever in the snow", "honey-v1"),
    sel("honey licking honey off a spoon", "honey-v1"),
    sel("pickles napping on the hay bales", "pickles-v1"),
    sel("the orange tom with the notched ear", "pickles-v1"),
    sel("our cat sitting in a sunbeam", "pickles-v1"),
    # vehicles
    sel("old blue parked by the cornfield", "oldblue-v2"),
    sel("the truck before dale fixed it up, all rusty", "oldblue-v1"),
    sel("our pickup with the new whitewalls", "oldblue-v2"),
    sel("old blue w/ the dented tailgate", "oldblue-v1"),
    sel("the hubs' truck at sunset", "oldblue-v2"),
    sel("kaylee's car in the school parking lot", "corolla-v1"),
    sel("my daughter's corolla after a car wash", "corolla-v1"),
    # places
    sel("the farmhouse at sunset", "farmhouse-v2"),
    sel("our house before the new metal roof", "farmhouse-v1"),
    sel("our farmhouse with the wraparound porch", "farmhouse-v2"),
    sel("the bakery storefront decorated for christmas", "bakery-v1"),
    sel("our shop on main street, the awning and everything", "bakery-v1"),
    # products and mascot
    sel("a slice of the dutch apple pie w/ ice cream", "applepie-v1"),
    sel("grammy's apple crumb pie cooling on the windowsill", "applepie-v1"),
    sel("the cherry pie for the fourth of july", "cherrypie-v1"),
    sel("lattice top pie with the filling bubbling", "cherrypie-v1"),
    sel("the old pan-of-twelve cinnamon rolls", "cinnroll-v1"),
    sel("our cinnamon roll dripping with icing", "cinnroll-v2"),
    sel("cinamon rolls fresh out of the oven", "cinnroll-v2"),
    sel("the sunday roll on a plate", "cinnroll-v2"),
    sel("our coffee mug steaming on the counter", "mug-v2"),
    sel("the old cream mug w/ the brown logo", "mug-v1"),
    sel("the green mug", "mug-v2"),
    sel("the original rollie with the googly eyes", "rollie-v1"),
    sel("our mascot before the redesign", "rollie-v1"),
    sel("the rolling pin guy in his red sneakers", "rollie-v2"),
    sel("bakery mascot for the fall festival flyer", "rollie-v2"),
    # characters
    sel("rem pouring tea", "rem-v1"),
    sel("ram with her pink flower", "ram-v1"),
    sel("the blue haired maid from re zero", "rem-v1"),
    sel("frieren reading a spellbook", "frieren-v2"),
    sel("the sd15 frieren", "frieren-v1"),
    sel("the zelda guy w/ the master sword", "link-v1"),
    sel("the elf mage from kaylee's anime", "frieren-v2"),
    # styles on generic subjects
    sel("a barn owl in claymation", "claymation-v2"),
    sel("great wave over lake erie, woodblock print", "ukiyoe-v1"),
    sel("art deco poster of a steam train", "artdeco-v1"),
    sel("a lighthouse, realistic pencil shading", "graphite-v1"),
    sel("quick notebook doodle of a sneaker", "sketchbook-v1"),
    sel("a dinosaur like a 90s saturday morning cartoon", "satmorning-v2"),
    sel("a quilt-pattern folk painting of a country church", "folkart-v1"),
    sel("isometric pixel art of a tiny farm", "isopixel-v1"),
    sel("specials board art for the pumpkin spice latte", "chalkboard-v1"),
    sel("greetings from ohio postcard", "postcard-v1"),
    sel("a fox, hokusai vibes", "ukiyoe-v1"),
    sel("gatsby era gold and black poster of a skyscraper", "artdeco-v1"),
    sel("grandma moses style harvest scene", "folkart-v1"),
    sel("claymation v1", "claymation-v1"),
    # concepts on generic subjects
    sel("a monster truck crushing cars", "monstertruck-v2"),
    sel("a girl in a letterman jacket", "letterman-v2"),
    sel("woman doing tree pose on a dock", "treepose-v1"),
    sel("a teen in a sparkly prom gown", "promdress-v1"),
    sel("long box braids, side profile", "boxbraids-v1"),
    sel("a farmer in bib overalls", "overalls-v1"),
    sel("an old red farmall tractor in a field", "tractor-v1"),
    sel("the first monster truck lora, the 1.5 one", "monstertruck-v1"),
]

CLARIFY = [
    clar("a golden retriever chasing a tennis ball", *GOLDENS),
    clar("the golden retriever in the fall leaves", *GOLDENS),
    clar("goldie sleeping by the fireplace", *GOLDENS),
    clar("the golden retriever as claymation", *GOLDENS),
    clar("the re zero maid girl", *MAIDS),
    clar("the maid twin with hair over one eye", *MAIDS),
    clar("the anime maid in a cafe", *MAIDS),
    clar("the maid from kaylee's show holding a teacup", *MAIDS),
    clar("a pencil drawing of a cardinal", *PENCILS),
    clar("a deer in pencil", *PENCILS),
    clar("our farmhouse done in pencil", *PENCILS),
    clar("a pencil portrait of the hubs", *PENCILS),
    clar("link, drawn in pencil", *PENCILS),
    clar("a hummingbird, pencil drawing", *PENCILS),
    clar("a slice of our pie", *PIES),
    clar("our pie on a picnic table", *PIES),
    clar("our pie a la mode", *PIES),
    clar("one of our desserts on a cake stand", *PIES, "cinnroll-v2"),
    clar("close-up of a sweet treat from the bakery", *PIES, "cinnroll-v2"),
    clar("my kid at the county fair", *KIDS),
    clar("my kid blowing out birthday candles", *KIDS),
    clar("my kiddo's first day of school", *KIDS),
    clar("my kiddo in a letterman jacket", *KIDS),
    clar("my kid and our golden at the creek", *KIDS),
    clar("my kid driving the tractor", *KIDS),
    clar("one of our animals in the snow", "biscuit-v2", "pickles-v1"),
    clar("our pet wearing a santa hat", "biscuit-v2", "pickles-v1"),
    clar("the anime girl kaylee downloaded", "rem-v1", "ram-v1", "frieren-v2"),
    clar("vintage travel ad look, the ohio state fair", "artdeco-v1", "postcard-v1"),
    clar("the anime twin sister in a sundress", *MAIDS),
]

NONE = [
    none("biscuits and gravy on a diner plate"),
    none("a honey jar with a wooden dipper"),
    none("a jar of dill pickles on the pantry shelf"),
    none("a ram with curly horns at the county fair"),
    none("sausage links sizzling in a cast iron skillet"),
    none("an ice cold bottle of pop on the counter"),
    none("my old blue jeans hanging on the clothesline"),
    none("a plain wooden rolling pin on a floured counter, realistic photo"),
    none("a chicken coop at dawn"),
    none("sunflower field at golden hour"),
    none("a tornado over a wheat field"),
    none("a sourdough boule with a crispy ear"),
    none("a three tier wedding cake with buttercream roses"),
    none("my mother-in-law at her bridge club"),
    none("my dad in his navy uniform"),
    none("my niece at her dance recital"),
    none("a german shepherd on a porch"),
    none("a black lab swimming in a pond"),
    none("a holstein cow in the pasture"),
    none("an amish buggy on a country road"),
    none("a cardinal on a snowy fence post"),
    none("a lighthouse on lake erie at dusk"),
    none("honey butter on warm cornbread"),
    none("chain link fence around the garden"),
    none("a brand new dodge ram in a parking lot"),
    none("honeybees on white clover"),
    none("a watercolor of a covered bridge"),
    none("an oil painting of a bowl of peaches"),
    none("a biscuit cutter and rolled out dough"),
    none("my brother-in-law on his bass boat"),
]

MULTI = [
    multi("me and the hubs on the porch swing", "beth-v3", "dale-v2"),
    multi("the kiddos building a snowman", *KIDS),
    multi("kaylee in a prom dress", "kaylee-v3", "promdress-v1"),
    multi("ty in a letterman jacket", "ty-v2", "letterman-v2"),
    multi("kaylee with box braids", "kaylee-v3", "boxbraids-v1"),
    multi("grammy doing tree pose lol", "grammy-v2", "treepose-v1"),
    multi("old blue as a monster truck", "oldblue-v2", "monstertruck-v2"),
    multi("biscuit in claymation", "biscuit-v2", "claymation-v2"),
    multi("the farmhouse as isometric pixel art", "farmhouse-v2", "isopixel-v1"),
    multi("rollie in a 90s saturday morning cartoon", "rollie-v2", "satmorning-v2"),
    multi("the bakery storefront as a vintage linen postcard", "bakery-v1", "postcard-v1"),
    multi("grandpa bob on the red tractor", "bob-v2", "tractor-v1"),
    multi("biscuit and honey playing tug of war", "biscuit-v2", "honey-v1"),
    multi("jen and brayden at the pool", "jen-v1", "brayden-v1"),
    multi("my sister and me at the pumpkin patch", "jen-v1", "beth-v3"),
    multi("ty and his cousin brayden playing catch", "ty-v2", "brayden-v1"),
    multi("grammy and grandpa bob playing euchre", "grammy-v2", "bob-v2"),
    multi("link and frieren on an adventure together", "link-v1", "frieren-v2"),
    multi("rem and ram together, both twins", "rem-v1", "ram-v1"),
    multi("the cherry pie, ukiyo-e woodblock", "cherrypie-v1", "ukiyoe-v1"),
    multi("the apple pie on a chalkboard menu", "applepie-v1", "chalkboard-v1"),
    multi("kaylee at 10 as a 90s cartoon", "kaylee-v1", "satmorning-v1"),
    multi("me at the grand opening as an art deco poster", "beth-v1", "artdeco-v1"),
    multi("the original rollie in chalkboard style", "rollie-v1", "chalkboard-v1"),
    multi("the kiddos in claymation", *KIDS, "claymation-v2"),
    multi("the hubs leaning on old blue", "dale-v2", "oldblue-v2"),
    multi("kaylee standing by her car", "kaylee-v3", "corolla-v1"),
    multi("biscuit riding in the bed of the truck", "biscuit-v2", "oldblue-v2"),
    multi("grammy in a letterman jacket for homecoming lol", "grammy-v2", "letterman-v2"),
    multi("my daughter doing tree pose in the yard", "kaylee-v3", "treepose-v1"),
    multi("frieren in a prom dress", "frieren-v2", "promdress-v1"),
    multi("ty as isometric pixel art", "ty-v2", "isopixel-v1"),
    multi("our cinnamon roll as a pencil sketch on notebook paper", "cinnroll-v2", "sketchbook-v1"),
    multi("realistic pencil portrait of dale with the beard", "dale-v1", "graphite-v1"),
    multi("brayden on top of a monster truck", "brayden-v1", "monstertruck-v2"),
    multi("me, the hubs and the kiddos for the christmas card", "beth-v3", "dale-v2", *KIDS),
    multi("our shop in ukiyo-e style", "bakery-v1", "ukiyoe-v1"),
    multi("kaylee in her band uniform as a 90s cartoon", "kaylee-v2", "satmorning-v1"),
    multi("grammy and me in the kitchen", "grammy-v2", "beth-v3"),
    multi("the hubs doing tree pose, he lost a bet", "dale-v2", "treepose-v1"),
    multi("kaylee's corolla as a monster truck lol", "corolla-v1", "monstertruck-v2"),
    multi("old blue in a woodblock print", "oldblue-v2", "ukiyoe-v1"),
    multi("the old house with the shingle roof as a folk art painting", "farmhouse-v1", "folkart-v1"),
]


def interleave(*groups):
    """Mix the groups deterministically so one expect does not run in a block."""
    keyed = [((i + 0.5) / len(g), k, c) for k, g in enumerate(groups) for i, c in enumerate(g)]
    return [c for _, _, c in sorted(keyed, key=lambda t: (t[0], t[1]))]


CASES = interleave(SELECT, CLARIFY, NONE, MULTI)

if __name__ == "__main__":
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for c in CASES:
            f.write(json.dumps(c) + "\n")
    counts = {e: sum(c["expect"] == e for c in CASES) for e in ("select", "clarify", "none", "multi")}
    print(f"{len(CARDS)} cards, {len({c['family'] for c in CARDS})} families; {len(CASES)} cases {counts}")
