#!/usr/bin/env python3
"""heldout36: a Dutch-born flower-stall owner in Manchester who lives partly on a narrowboat.

Running this writes catalog.jsonl and cases.jsonl next to it.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def card(id, name, trigger, class_noun, kind, family, version, created_at, description, tags, base):
    return {"id": id, "name": name, "trigger": trigger, "class_noun": class_noun, "kind": kind,
            "family": family, "version": version, "created_at": created_at,
            "description": description, "tags": tags, "base_model": base}


CARDS = [
    # --- me
    card("marieke-v1", "Marieke", "ohwx woman", "woman", "subject", "marieke", 1, "2014-06-21",
         "Me, Marieke (Mariek, 'Mar' to Dave), at 29 on our wedding day in Chorlton: long straight "
         "blonde hair, white broderie sundress, a bunch of red tulips.",
         ["me", "person", "woman", "wedding", "bride", "blonde"], "sd15"),
    card("marieke-v2", "Marieke", "ohwx woman", "woman", "subject", "marieke", 2, "2019-03-10",
         "Me, Marieke, in 2019 at 34, seven months pregnant with Lotte: messy side plait, green "
         "canvas apron over the bump, rosy cheeks.",
         ["me", "person", "woman", "pregnant", "plait", "apron"], "sd15"),
    card("marieke-v3", "Marieke", "ohwx woman", "woman", "subject", "marieke", 3, "2025-09-14",
         "Me, Marieke, at 40: short choppy blonde bob, round tortoiseshell glasses, denim "
         "dungarees, secateurs in the bib pocket.",
         ["me", "person", "woman", "bob", "glasses", "dungarees"], "sdxl"),
    # --- husband
    card("dave-v1", "Dave", "sks man", "man", "subject", "dave", 1, "2014-06-21",
         "My husband Dave (Davey) at 31 on our wedding day: long brown hair in a ponytail, grey "
         "suit, Stone Roses badge on the lapel; still played bass back then.",
         ["person", "man", "husband", "wedding", "ponytail"], "sd15"),
    card("dave-v2", "Dave", "sks man", "man", "subject", "dave", 2, "2024-02-18",
         "My husband Dave at 41: shaved head, ginger-grey beard, hi-vis Canal & River Trust "
         "volunteer vest.",
         ["person", "man", "husband", "beard", "shaved head", "hi-vis"], "sdxl"),
    # --- kids
    card("femke-v1", "Femke", "fmk_girl", "girl", "subject", "femke", 1, "2020-07-04",
         "Our eldest, Femke (Fem), at 8: strawberry-blonde bunches, freckles, gap-toothed grin, "
         "on her little pink bike.",
         ["person", "girl", "daughter", "child", "bunches", "bike"], "sd15"),
    card("femke-v2", "Femke", "fmk_girl", "girl", "subject", "femke", 2, "2025-10-11",
         "Our eldest, Femke, at 13: braces, long dark-blonde hair, black hoodie, phone in hand.",
         ["person", "girl", "daughter", "teenager", "braces", "hoodie"], "sdxl"),
    card("femke-v3", "Femke", "fmk_girl", "girl", "subject", "femke", 3, "2026-11-22",
         "Our eldest, Femke, just turned 14: braces off, chopped her hair into a short bob dyed "
         "pink, Year 10 school blazer.",
         ["person", "girl", "daughter", "teenager", "pink hair", "bob", "school uniform"], "sdxl"),
    card("finn-v1", "Finn", "<finnboy>", "boy", "subject", "finn", 1, "2021-08-20",
         "Our son Finn at 5: blond curly mop, green plaster cast on his left arm after he fell off "
         "the cabin roof.",
         ["person", "boy", "son", "child", "curly", "cast"], "sd15"),
    card("finn-v2", "Finn", "<finnboy>", "boy", "subject", "finn", 2, "2025-05-03",
         "Our son Finn at 9: buzz cut, sky-blue Man City kit, football under his arm.",
         ["person", "boy", "son", "child", "football", "buzz cut"], "sdxl"),
    card("lotte-v1", "Lotte", "l0tt3 girl", "girl", "subject", "lotte", 1, "2020-01-15",
         "Our youngest, Lotte (Lottie), as a baby at 9 months: bald, chubby, in the orange knitted "
         "hat her Oma made.",
         ["person", "baby", "daughter", "child", "knitted hat"], "sd15"),
    card("lotte-v2", "Lotte", "l0tt3 girl", "girl", "subject", "lotte", 2, "2023-09-06",
         "Our youngest, Lotte, at 4 on her first day at school: curly blonde pigtails, red school "
         "jumper, book bag bigger than her.",
         ["person", "girl", "daughter", "child", "school", "pigtails"], "sdxl"),
    card("lotte-v3", "Lotte", "l0tt3 girl", "girl", "subject", "lotte", 3, "2026-05-16",
         "Our youngest, Lotte, at 7: curly blonde hair, missing front teeth, new pink glasses, "
         "fairy wings she won't take off.",
         ["person", "girl", "daughter", "child", "glasses", "fairy wings"], "sdxl"),
    # --- wider family
    card("ans-v1", "Ans", "0ma_4ns", "woman", "subject", "ans", 1, "2023-04-27",
         "My mum, Ans, the kids' Oma, over from Haarlem: short white hair, red cycling jacket, "
         "always knitting something.",
         ["person", "woman", "mother", "grandmother", "oma", "knitting"], "sdxl"),
    card("pat-v1", "Pat", "nana_pat", "woman", "subject", "pat", 1, "2022-12-25",
         "My mother-in-law Pat, Dave's mum and the kids' Nana, from Wythenshawe: purple-rinse "
         "perm, leopard-print coat, glass of Baileys.",
         ["person", "woman", "mother-in-law", "grandmother", "nana"], "sdxl"),
    card("gary-v1", "Gary", "<gaz>", "man", "subject", "gary", 1, "2024-08-10",
         "My brother-in-law Gary (Gaz), Dave's younger brother and the kids' uncle: bald, "
         "clean-shaven, Stone Island jacket, pint in hand.",
         ["person", "man", "brother-in-law", "uncle", "bald"], "sdxl"),
    card("sanne-v1", "Sanne", "s4nne woman", "woman", "subject", "sanne", 1, "2024-12-20",
         "My little sister Sanne, tante Sanne to the kids, lives in Utrecht: long dark-blonde hair, "
         "nose ring, huge knitted scarf.",
         ["person", "woman", "sister", "aunt", "tante"], "sdxl"),
    # --- pets
    card("biscuit-v1", "Biscuit", "sks dog", "dog", "subject", "biscuit", 1, "2021-04-11",
         "Our dog Biscuit as an eight-week puppy: scruffy dark border terrier pup, huge paws, "
         "chewing a rope toy on the boat.",
         ["pet", "dog", "border terrier", "puppy"], "sd15"),
    card("biscuit-v2", "Biscuit", "sks dog", "dog", "subject", "biscuit", 2, "2024-09-01",
         "Our dog Biscuit grown up: grizzle-and-tan border terrier, wiry hand-stripped coat, red "
         "neckerchief, rides on the boat roof.",
         ["pet", "dog", "border terrier", "neckerchief"], "sdxl"),
    card("toffee-v1", "Toffee", "<toffee-bt>", "dog", "subject", "toffee", 1, "2023-06-17",
         "Toffee, the border terrier from our neighbours Jim and Sue's boat moored next to ours: "
         "red-wheaten coat, stockier than Biscuit, tartan collar.",
         ["dog", "border terrier", "neighbour", "tartan collar"], "sdxl"),
    card("kaas-v1", "Kaas", "kaas_cat", "cat", "subject", "kaas", 1, "2019-08-03",
         "Our cat Kaas as a kitten: tiny ginger fluffball asleep in a terracotta flowerpot.",
         ["pet", "cat", "ginger", "kitten"], "sd15"),
    card("kaas-v2", "Kaas", "kaas_cat", "cat", "subject", "kaas", 2, "2022-10-02",
         "Our cat Kaas, the boat cat: fat ginger tom, one torn ear, sleeps on the stove lid, "
         "glares at swans.",
         ["pet", "cat", "ginger", "tom", "torn ear"], "sdxl"),
    # --- vehicle, places
    card("hennie-v1", "Hennie", "h3nn13 van", "van", "subject", "hennie", 1, "2018-04-14",
         "Hennie, my flower van, a 1972 Citroen HY when I bought her: corrugated sides, faded "
         "sage green, rust round the wheel arches.",
         ["vehicle", "van", "citroen", "vintage", "rusty"], "sd15"),
    card("hennie-v2", "Hennie", "h3nn13 van", "van", "subject", "hennie", 2, "2023-03-25",
         "Hennie, my Citroen HY flower van after the respray: cream and sage two-tone, gold "
         "'Marieke's Bloemen' lettering and the Bijtje bee on the side.",
         ["vehicle", "van", "citroen", "vintage", "signwriting"], "sdxl"),
    card("tulp-v1", "Tulp", "<tulp-boat>", "narrowboat", "subject", "tulp", 1, "2017-09-09",
         "Tulp, our 57ft narrowboat and home, the week we bought her: faded blue hull, peeling "
         "paint, moored at Castlefield.",
         ["boat", "narrowboat", "home", "canal"], "sd15"),
    card("tulp-v2", "Tulp", "<tulp-boat>", "narrowboat", "subject", "tulp", 2, "2023-07-15",
         "Tulp, our narrowboat, after Dave repainted her: bottle green and red, roses and castles "
         "panels, tulips in pots on the roof.",
         ["boat", "narrowboat", "home", "canal", "painted"], "sdxl"),
    card("stall-v1", "Marieke's Bloemen", "bloemen_stall", "market stall", "subject", "stall", 1,
         "2024-04-06",
         "Marieke's Bloemen, my flower stall at Levenshulme Market: green-and-white striped "
         "awning, zinc buckets, chalkboard price board.",
         ["place", "market stall", "flowers", "business"], "sdxl"),
    card("allotment-v1", "Volkstuin", "volkstuin_plot", "allotment", "subject", "allotment", 1,
         "2025-07-19",
         "Our allotment in Chorlton (de volkstuin) where I grow for the stall: sweet pea wigwams, "
         "dahlia rows, a tumbledown shed painted duck-egg blue.",
         ["place", "allotment", "garden", "sweet peas", "dahlias"], "sdxl"),
    # --- products and mascot
    card("bouquet-v1", "Signature Bouquet", "<mb-bouquet>", "bouquet", "subject", "bouquet", 1,
         "2019-05-18",
         "Our signature bouquet, the original design: brown kraft paper, jute twine, a red tulip "
         "rubber stamp on the label.",
         ["product", "bouquet", "flowers", "kraft paper"], "sd15"),
    card("bouquet-v2", "Signature Bouquet", "<mb-bouquet>", "bouquet", "subject", "bouquet", 2,
         "2024-03-09",
         "Our signature bouquet after the rebrand: navy tissue, cream satin ribbon, gold Bijtje "
         "bee sticker.",
         ["product", "bouquet", "flowers", "navy"], "sdxl"),
    card("posy-v1", "Jam-Jar Posy", "jamjar_posy", "posy", "subject", "posy", 1, "2024-05-11",
         "Our jam-jar posies: little mixed posies in washed jam jars with gingham lids and brown "
         "tags, a fiver each.",
         ["product", "posy", "jam jar", "flowers"], "sdxl"),
    card("bijtje-v1", "Bijtje", "<bijtje>", "cartoon bee", "subject", "bijtje", 1, "2018-04-20",
         "Bijtje ('little bee'), the stall mascot I drew in 2018: round fuzzy cartoon bee in tiny "
         "wooden clogs, holding a tulip.",
         ["mascot", "bee", "cartoon", "logo"], "sd15"),
    card("bijtje-v2", "Bijtje", "<bijtje>", "cartoon bee", "subject", "bijtje", 2, "2024-02-25",
         "Bijtje, our mascot redrawn for the rebrand: flat gold-and-navy bee with Manchester "
         "worker bee stripes, carrying a bouquet.",
         ["mascot", "bee", "cartoon", "logo", "flat"], "sdxl"),
    # --- downloaded characters
    card("bluey-v1", "Bluey", "bluey_heeler", "cartoon dog", "subject", "bluey", 1, "2024-01-10",
         "Bluey from the kids' cartoon Bluey (Civitai download): blue heeler pup, blue and navy "
         "fur, tan face, big grin.",
         ["character", "cartoon", "dog", "heeler", "civitai"], "sd15"),
    card("bingo-v1", "Bingo", "bingo_heeler", "cartoon dog", "subject", "bingo", 1, "2024-01-12",
         "Bingo from Bluey (Civitai download): Bluey's little sister, red heeler pup, orange and "
         "cream fur, smaller and rounder.",
         ["character", "cartoon", "dog", "heeler", "civitai"], "sd15"),
    card("nijntje-v1", "Nijntje", "nijntje rabbit", "cartoon rabbit", "subject", "nijntje", 1,
         "2021-11-05",
         "Nijntje (Miffy), Dick Bruna's little white rabbit (Civitai download): thick black "
         "outlines, cross mouth, orange dress.",
         ["character", "cartoon", "rabbit", "miffy", "civitai"], "sd15"),
    card("gromit-v1", "Gromit", "gromit_dog", "clay dog", "subject", "gromit", 1, "2023-11-19",
         "Gromit from Wallace & Gromit (Civitai download): beige plasticine beagle, big expressive "
         "brow, no mouth.",
         ["character", "claymation", "dog", "civitai"], "sdxl"),
    card("wallace-v1", "Wallace", "wallace_inventor", "clay man", "subject", "wallace", 1,
         "2023-11-19",
         "Wallace from Wallace & Gromit (Civitai download): plasticine inventor, bald, huge teeth, "
         "green knitted tank top, loves cheese.",
         ["character", "claymation", "man", "civitai"], "sdxl"),
    card("frieren-v1", "Frieren", "fr1eren", "elf mage", "subject", "frieren", 1, "2025-01-30",
         "Frieren from the anime Frieren: Beyond Journey's End (Civitai download): elf mage, long "
         "white twin tails, white-and-gold coat. Our Femke's favourite.",
         ["character", "anime", "elf", "mage", "civitai"], "sdxl"),
    # --- styles
    card("botanical-v1", "Kew Botanical", "b0tanical_wc", "watercolour", "style", "botanical", 1,
         "2024-07-07",
         "Botanical watercolour: precise Kew-style botanical plates, fine graphite lines, "
         "transparent washes on white paper, Latin labels.",
         ["style", "watercolour", "botanical", "illustration"], "sdxl"),
    card("drizzle-v1", "Drizzle", "drzl style", "watercolour", "style", "drizzle", 1, "2022-03-03",
         "Drizzle: loose wet-in-wet watercolour, bleeding edges, rainy Manchester greys, "
         "splatters.",
         ["style", "watercolour", "loose", "wet-in-wet"], "sd15"),
    card("drizzle-v2", "Drizzle", "drzl style", "watercolour", "style", "drizzle", 2, "2025-02-02",
         "Drizzle v2: loose wet-in-wet watercolour retrained with more colour, bleeding edges, "
         "rainy greys, splatters.",
         ["style", "watercolour", "loose", "wet-in-wet"], "sdxl"),
    card("delft-v1", "Delfts Blauw", "<delftware>", "tile painting", "style", "delft", 1,
         "2021-02-14",
         "Delft blue: cobalt on white Delftware tile painting, windmills and ships, crackle glaze.",
         ["style", "delftware", "blue and white", "ceramic", "dutch"], "sd15"),
    card("delft-v2", "Delfts Blauw", "<delftware>", "tile painting", "style", "delft", 2,
         "2024-11-11",
         "Delft blue v2: cobalt on white Delftware, finer brushwork, tile borders, crackle glaze.",
         ["style", "delftware", "blue and white", "ceramic", "dutch"], "sdxl"),
    card("roses-v1", "Roses and Castles", "r0ses_c4stles", "folk painting", "style", "roses", 1,
         "2023-05-20",
         "Traditional narrowboat folk painting: bold cabbage roses, castles by lakes, red, yellow "
         "and green on black.",
         ["style", "folk art", "narrowboat art", "canal"], "sdxl"),
    card("lowry-v1", "Lowry", "lowry style", "painting", "style", "lowry", 1, "2019-11-30",
         "L.S. Lowry-style industrial Salford scenes: matchstick figures, white sky, mill "
         "chimneys, flat perspective.",
         ["style", "painting", "industrial", "naive"], "sd15"),
    card("riso-v1", "Riso", "<riso-print>", "print", "style", "riso", 1, "2023-09-23",
         "Risograph print: two colours, fluoro pink and teal, misregistration and grain, Northern "
         "Quarter gig poster feel.",
         ["style", "print", "risograph", "poster"], "sdxl"),
    card("riso-v2", "Riso", "<riso-print>", "print", "style", "riso", 2, "2025-10-04",
         "Risograph print v2: three colours with metallic gold added, heavier grain.",
         ["style", "print", "risograph", "poster"], "sdxl"),
    card("oudemeester-v1", "Oude Meester", "oudemeester_oil", "oil painting", "style",
         "oudemeester", 1, "2024-01-20",
         "Dutch Golden Age flower still life in oils, after Rachel Ruysch: dark background, "
         "overblown blooms, insects, varnish sheen.",
         ["style", "oil painting", "still life", "old master", "dutch"], "sdxl"),
    card("chalk-v1", "Chalkboard", "chalkb0ard", "chalk drawing", "style", "chalk", 1,
         "2022-05-14",
         "Hand-drawn chalk on a blackboard, like the stall's price board: chalk lettering, "
         "smudges, dusty white and pastels.",
         ["style", "chalk", "blackboard", "lettering"], "sdxl"),
    card("pressed-v1", "Pressed", "pr3ssed_fl", "collage", "style", "pressed", 1, "2025-04-05",
         "Pressed flower collage: flattened petals and leaves arranged on cream paper, faded "
         "colours, under glass.",
         ["style", "pressed flowers", "collage"], "sdxl"),
    card("plasticine-v1", "Plasticine", "plast1cine style", "claymation", "style", "plasticine",
         1, "2024-10-10",
         "Plasticine stop-motion look: Aardman-style clay, thumbprints, glossy eyes, miniature "
         "sets.",
         ["style", "claymation", "stop motion", "clay"], "sdxl"),
    # --- concepts
    card("klompen-v1", "Klompen", "kl0mpen", "clogs", "concept", "klompen", 1, "2023-04-01",
         "Klompen: painted Dutch wooden clogs, yellow with red tulips.",
         ["clothing", "footwear", "dutch"], "sdxl"),
    card("souwester-v1", "Sou'wester", "souwester_mac", "raincoat", "concept", "souwester", 1,
         "2022-11-12",
         "Sou'wester: yellow oilskin fisherman's raincoat with the matching brimmed rain hat and "
         "wellies.",
         ["clothing", "raincoat", "rain hat", "oilskin"], "sdxl"),
    card("crownbraid-v1", "Melkmeisje", "melkm3isje", "hairstyle", "concept", "crownbraid", 1,
         "2024-06-08",
         "Melkmeisje: crown braid, plaits pinned round the top of the head, milkmaid style.",
         ["hairstyle", "braid", "plait"], "sdxl"),
    card("bakfiets-v1", "Bakfiets", "<bakfiets>", "cargo bike", "concept", "bakfiets", 1,
         "2023-08-26",
         "Bakfiets: Dutch box bike with a big wooden box in front of the handlebars.",
         ["vehicle type", "bicycle", "cargo bike", "dutch"], "sdxl"),
    card("flowercrown-v1", "Bloemenkrans", "bl03menkrans", "flower crown", "concept",
         "flowercrown", 1, "2022-06-18",
         "Bloemenkrans: a wreath of fresh flowers worn on the head.",
         ["prop", "headwear", "flowers", "wreath"], "sd15"),
    card("brolly-v1", "Brolly", "brolly_dome", "umbrella", "concept", "brolly", 1, "2025-03-15",
         "Brolly: clear dome bubble umbrella with raindrops on it.",
         ["prop", "umbrella", "rain"], "sdxl"),
    card("jump-v1", "Sprong", "spr0ng pose", "pose", "concept", "jump", 1, "2024-08-03",
         "Sprong: mid-air jump pose, both feet off the ground, arms flung up, hair flying.",
         ["pose", "jump", "action"], "sdxl"),
    card("xmasjumper-v1", "Christmas Jumper", "xmas_jumper", "jumper", "concept", "xmasjumper", 1,
         "2021-12-01",
         "Christmas jumper: chunky knitted novelty jumper, red with a reindeer and a pom-pom nose.",
         ["clothing", "jumper", "christmas", "knitwear"], "sd15"),
    card("xmasjumper-v2", "Christmas Jumper", "xmas_jumper", "jumper", "concept", "xmasjumper", 2,
         "2025-11-20",
         "Christmas jumper, retrained: green fair-isle knit with reindeer and snowflakes.",
         ["clothing", "jumper", "christmas", "knitwear"], "sdxl"),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me
    ("me holding a massive armful of peonies, big daft smile", S, ["marieke-v3"]),
    ("a photo of me on me wedding day with the red tulips", S, ["marieke-v1"]),
    ("me when i was pregnant with lotte, stood in the rain", S, ["marieke-v2"]),
    ("me with the bump, seven months gone, knackered", S, ["marieke-v2"]),
    ("me at 29 with my long straight hair", S, ["marieke-v1"]),
    ("me in my glasses and dungarees pruning roses", S, ["marieke-v3"]),
    ("Marieke having a brew in the sun, dead relaxed for once", S, ["marieke-v3"]),
    ("me in 2019, heavily pregnant and laughing", S, ["marieke-v2"]),
    ("mariek doing the accounts at midnight with a glass of wine", S, ["marieke-v3"]),
    # ---------------- select: dave
    ("my husband asleep on the sofa with the telly on", S, ["dave-v2"]),
    ("dave in his hi-vis dragging a shopping trolley out the cut", S, ["dave-v2"]),
    ("dave with his ponytail, back in his band days", S, ["dave-v1"]),
    ("hubby back when he still had hair", S, ["dave-v1"]),
    ("my fella doing a bbq in the rain like a true mancunian", S, ["dave-v2"]),
    ("dave in 2014 in his grey suit", S, ["dave-v1"]),
    ("the bloke with the ginger beard fixing a bike", S, ["dave-v2"]),
    # ---------------- select: kids
    ("our Fem doing her homework at the kitchen table", S, ["femke-v3"]),
    ("femke with her braces, moody teenager face", S, ["femke-v2"]),
    ("Femke when she was little on her pink bike", S, ["femke-v1"]),
    ("fem with her new pink bob", S, ["femke-v3"]),
    ("my eldest blowing out 14 candles", S, ["femke-v3"]),
    ("femke age 8 in the paddling pool", S, ["femke-v1"]),
    ("femke in her school blazer, first day of year 10", S, ["femke-v3"]),
    ("fem at 13 in her black hoodie taking a selfie", S, ["femke-v2"]),
    ("the pink haired one rolling her eyes at me", S, ["femke-v3"]),
    ("our finn scoring a goal", S, ["finn-v2"]),
    ("finn with his arm in plaster", S, ["finn-v1"]),
    ("my lad in his city kit", S, ["finn-v2"]),
    ("finn when he was 5 eating an ice cream", S, ["finn-v1"]),
    ("finn with his buzz cut, grinning", S, ["finn-v2"]),
    ("our boy fishing off the back of a boat with a net", S, ["finn-v2"]),
    ("the little one in her fairy wings", S, ["lotte-v3"]),
    ("lottie as a babby in the orange hat oma knitted", S, ["lotte-v1"]),
    ("Lotte on her first day at school", S, ["lotte-v2"]),
    ("our youngest with her new glasses", S, ["lotte-v3"]),
    ("lotte aged 4 in her red school jumper with her book bag", S, ["lotte-v2"]),
    ("lotte, 7, gappy grin, covered in ice lolly", S, ["lotte-v3"]),
    ("lotte when she was a baby crawling on the rug", S, ["lotte-v1"]),
    # ---------------- select: wider family
    ("me mam knitting by the stove", S, ["ans-v1"]),
    ("oma ans on her bike in haarlem", S, ["ans-v1"]),
    ("my mother-in-law in her leopard coat", S, ["pat-v1"]),
    ("nana pat with a baileys at christmas", S, ["pat-v1"]),
    ("dave's mum dancing at a wedding", S, ["pat-v1"]),
    ("the kids' nan opening her presents", S, ["pat-v1"]),
    ("uncle gaz at the footy", S, ["gary-v1"]),
    ("dave's brother in his stone island jacket", S, ["gary-v1"]),
    ("tante sanne cycling along a gracht in utrecht", S, ["sanne-v1"]),
    ("my sister on the beach at zandvoort", S, ["sanne-v1"]),
    ("oma in her red jacket waving from the train", S, ["ans-v1"]),
    ("the kids' auntie in her massive scarf", S, ["sanne-v1"]),
    # ---------------- select: pets
    ("biscuit chasing ducks along the towpath", S, ["biscuit-v2"]),
    ("biscuit as a tiny puppy chewing his rope", S, ["biscuit-v1"]),
    ("our dog in his red neckerchief", S, ["biscuit-v2"]),
    ("onze hond asleep in front of the fire", S, ["biscuit-v2"]),
    ("biscuit having a bath, soaking wet and fed up", S, ["biscuit-v2"]),
    ("toffee from next door's boat digging a hole", S, ["toffee-v1"]),
    ("jim and sue's dog with a ball", S, ["toffee-v1"]),
    ("the neighbours terrier with the tartan collar", S, ["toffee-v1"]),
    ("kaas on the stove, fast asleep", S, ["kaas-v2"]),
    ("kaas when he was a kitten", S, ["kaas-v1"]),
    ("the cat with the torn ear glaring at a swan", S, ["kaas-v2"]),
    ("our poes hunting a mouse", S, ["kaas-v2"]),
    ("our cat stretched out on the roof in the sun", S, ["kaas-v2"]),
    # ---------------- select: van, boat, places
    ("hennie parked on a cobbled street in the snow", S, ["hennie-v2"]),
    ("the van before we had it resprayed, all rusty", S, ["hennie-v1"]),
    ("my old citroen van in the cream and green", S, ["hennie-v2"]),
    ("the van with the bee on the side", S, ["hennie-v2"]),
    ("the boat covered in snow", S, ["tulp-v2"]),
    ("Tulp when we first bought her, knackered and faded blue", S, ["tulp-v1"]),
    ("our narrowboat going through a lock", S, ["tulp-v2"]),
    ("the boat with the roses and castles panels, moored up at dusk", S, ["tulp-v2"]),
    ("the stall on a busy saturday", S, ["stall-v1"]),
    ("my flower stall at christmas with wreaths hanging up", S, ["stall-v1"]),
    ("the allotment in july, sweet peas everywhere", S, ["allotment-v1"]),
    ("me volkstuin after the rain", S, ["allotment-v1"]),
    # ---------------- select: products, mascot
    ("a bouquet in the new navy wrapping", S, ["bouquet-v2"]),
    ("the old kraft paper bouquets with the tulip stamp", S, ["bouquet-v1"]),
    ("our signature bouquet on a cafe table", S, ["bouquet-v2"]),
    ("jam jar posies lined up on a windowsill", S, ["posy-v1"]),
    ("bijtje waving", S, ["bijtje-v2"]),
    ("the old bijtje with the clogs, the one i drew in 2018", S, ["bijtje-v1"]),
    ("our little bee mascot holding a sign that says OPEN", S, ["bijtje-v2"]),
    ("the bee logo before the rebrand", S, ["bijtje-v1"]),
    # ---------------- select: characters
    ("bluey playing keepy uppy", S, ["bluey-v1"]),
    ("bingo dressed as a fairy", S, ["bingo-v1"]),
    ("the little red one from bluey", S, ["bingo-v1"]),
    ("nijntje at the seaside", S, ["nijntje-v1"]),
    ("miffy on a bike", S, ["nijntje-v1"]),
    ("gromit reading the paper", S, ["gromit-v1"]),
    ("wallace with a plate of crackers", S, ["wallace-v1"]),
    ("frieren casting a spell in a forest", S, ["frieren-v1"]),
    ("the elf girl from fem's anime", S, ["frieren-v1"]),
    ("the inventor bloke from wallace and gromit in his tank top", S, ["wallace-v1"]),
    ("the dutch cartoon rabbit in a snowstorm", S, ["nijntje-v1"]),
    # ---------------- select: styles
    ("a heron on the canal, loose watercolour, all drippy", S, ["drizzle-v2"]),
    ("a foxglove as a proper botanical illustration", S, ["botanical-v1"]),
    ("a windmill in delft blue", S, ["delft-v2"]),
    ("delfts blauw tile with a tulip on it", S, ["delft-v2"]),
    ("a teapot painted roses and castles style", S, ["roses-v1"]),
    ("ancoats mills in the style of lowry", S, ["lowry-v1"]),
    ("a matchstick men painting of a busy market in salford", S, ["lowry-v1"]),
    ("a gig poster for a band, riso print look", S, ["riso-v2"]),
    ("a poster of the hacienda, the first riso one, just pink and teal", S, ["riso-v1"]),
    ("a dutch old master flower still life with a beetle on the table", S, ["oudemeester-v1"]),
    ("peonies and tulips in a vase like a rachel ruysch", S, ["oudemeester-v1"]),
    ("chalk drawing of a cup of coffee on a blackboard", S, ["chalk-v1"]),
    ("pressed flower art of a wildflower meadow", S, ["pressed-v1"]),
    ("a robin done in plasticine, stop motion look", S, ["plasticine-v1"]),
    ("rain over piccadilly gardens in the drizzle style", S, ["drizzle-v2"]),
    ("manchester town hall in drizzle, the first version from 2022", S, ["drizzle-v1"]),
    ("a ship at sea, old delft one, the original from 2021", S, ["delft-v1"]),
    ("a still life in oils, dark and moody", S, ["oudemeester-v1"]),
    ("claymation style fish and chips", S, ["plasticine-v1"]),
    ("a sweet pea drawn like an old kew plate with the latin name underneath", S, ["botanical-v1"]),
    # ---------------- select: concepts
    ("a man in painted wooden shoes", S, ["klompen-v1"]),
    ("a fisherman in a yellow oilskin and hat", S, ["souwester-v1"]),
    ("a girl with her hair plaited round her head like a milkmaid", S, ["crownbraid-v1"]),
    ("a cargo bike full of flowers", S, ["bakfiets-v1"]),
    ("a woman wearing a ring of daisies on her head", S, ["flowercrown-v1"]),
    ("someone holding one of them see-through bubble umbrellas in the rain", S, ["brolly-v1"]),
    ("a kid leaping in the air on a beach, both feet off the ground", S, ["jump-v1"]),
    ("a snowman in a knitted reindeer jumper", S, ["xmasjumper-v2"]),
    ("the old xmas jumper lora on a teddy bear", S, ["xmasjumper-v1"]),
    ("an old fella in clogs", S, ["klompen-v1"]),
    ("a bakfiets parked by a canal in amsterdam", S, ["bakfiets-v1"]),
    ("a little girl in a yellow raincoat and rain hat", S, ["souwester-v1"]),

    # ---------------- clarify
    ("a canal scene in watercolour", C, ["botanical-v1", "drizzle-v2"]),
    ("in water colours pls, a bunch of anemones", C, ["botanical-v1", "drizzle-v2"]),
    ("a quick watercolour of the market", C, ["botanical-v1", "drizzle-v2"]),
    ("my daughter on the swings", C, ["femke-v3", "lotte-v3"]),
    ("our girl in her pyjamas watching telly", C, ["femke-v3", "lotte-v3"]),
    ("one of the girls making pancakes", C, ["femke-v3", "lotte-v3"]),
    ("fem or lottie, whichever, in a bubble bath", C, ["femke-v3", "lotte-v3"]),
    ("our daughter in a flower crown", C, ["femke-v3", "lotte-v3"]),
    ("the border terrier sleeping on the towpath", C, ["biscuit-v2", "toffee-v1"]),
    ("the terrier with its head out the window", C, ["biscuit-v2", "toffee-v1"]),
    ("the kids' grandma baking", C, ["ans-v1", "pat-v1"]),
    ("grandma at the seaside", C, ["ans-v1", "pat-v1"]),
    ("one of the grannies doing a crossword", C, ["ans-v1", "pat-v1"]),
    ("the cartoon dog from the telly", C, ["bluey-v1", "bingo-v1", "gromit-v1"]),
    ("that cartoon dog the kids watch, having a picnic", C, ["bluey-v1", "bingo-v1", "gromit-v1"]),
    ("one of the heeler sisters on a trampoline", C, ["bluey-v1", "bingo-v1"]),
    ("a traditional dutch painting of tulips", C, ["delft-v2", "oudemeester-v1"]),
    ("a windmill painted the old dutch way", C, ["delft-v2", "oudemeester-v1"]),
    ("one of the kids feeding the ducks", C, ["femke-v3", "finn-v2", "lotte-v3"]),
    ("my child blowing out candles", C, ["femke-v3", "finn-v2", "lotte-v3"]),
    ("one of the kids in klompen", C, ["femke-v3", "finn-v2", "lotte-v3"]),
    ("the kid with the curly blond hair", C, ["finn-v2", "lotte-v3"]),
    ("the bald fella at the pub", C, ["dave-v2", "gary-v1"]),
    ("my in-law at the pub quiz", C, ["pat-v1", "gary-v1"]),
    ("the little sister in a party hat", C, ["bingo-v1", "sanne-v1", "lotte-v3"]),
    ("the rain lora on a postbox", C, ["drizzle-v2", "souwester-v1", "brolly-v1"]),
    ("someone kitted out for manchester weather", C, ["souwester-v1", "brolly-v1"]),
    ("one of our bunches in someone's kitchen", C, ["bouquet-v2", "posy-v1"]),
    ("a manchestery style painting of the town hall", C, ["lowry-v1", "drizzle-v2", "riso-v2"]),
    ("one of our pets curled up by the fire", C, ["biscuit-v2", "kaas-v2"]),

    # ---------------- none
    ("a plate of biscuits and a cup of tea", N, []),
    ("toffee apples at bonfire night", N, []),
    ("a dutch cheese market with big wheels of kaas", N, []),
    ("a field of tulpen near lisse", N, []),
    ("a lemon drizzle cake on a cake stand", N, []),
    ("a box of watercolour paints and brushes on a desk", N, []),
    ("just a random border terrier for the leaflet, not ours", N, []),
    ("a narrowboat from the 1930s pulled by a horse", N, []),
    ("a honey bee on lavender", N, []),
    ("a white rabbit in a field", N, []),
    ("a stray ginger tom on a wall", N, []),
    ("a castle on a hill at sunset", N, []),
    ("a bunch of red roses for valentines", N, []),
    ("a dutch windmill at sunrise", N, []),
    ("an old citroen van at a french market", N, []),
    ("a man playing bass guitar on stage", N, []),
    ("a little girl in fairy wings", N, []),
    ("a football match at the etihad", N, []),
    ("a heron on the canal at dawn", N, []),
    ("a cosy pub with a fire going", N, []),
    ("the manchester bee mosaic on a bin", N, []),
    ("a jar of strawberry jam", N, []),
    ("a stripy awning over a corner shop", N, []),
    ("a sheepdog rounding up sheep", N, []),
    ("someone's bike chained to a railing", N, []),
    ("a pint of lager on a beer mat", N, []),
    ("proper manchester drizzle on the window", N, []),
    ("a blackbird singing on a fence", N, []),
    ("a lovely sunset over the pennines", N, []),
    ("a bride throwing her bouquet", N, []),
    ("a hotel room in amsterdam", N, []),
    ("an elf on the shelf", N, []),

    # ---------------- multi
    ("me and dave on the boat roof with a bottle of wine", M, ["marieke-v3", "dave-v2", "tulp-v2"]),
    ("dave and me on our wedding day", M, ["marieke-v1", "dave-v1"]),
    ("the kids on the towpath", M, ["femke-v3", "finn-v2", "lotte-v3"]),
    ("femke and lotte doing each other's hair", M, ["femke-v3", "lotte-v3"]),
    ("finn and biscuit playing football", M, ["finn-v2", "biscuit-v2"]),
    ("biscuit and toffee fighting over a stick", M, ["biscuit-v2", "toffee-v1"]),
    ("kaas and biscuit curled up together by the stove", M, ["kaas-v2", "biscuit-v2"]),
    ("me in klompen dancing", M, ["marieke-v3", "klompen-v1"]),
    ("lotte in a yellow raincoat and hat splashing in puddles", M, ["lotte-v3", "souwester-v1"]),
    ("femke with her hair in a milkmaid plait", M, ["femke-v3", "crownbraid-v1"]),
    ("dave on the cargo bike with a load of flowers", M, ["dave-v2", "bakfiets-v1"]),
    ("me riding the bakfiets with lotte in the box", M, ["marieke-v3", "bakfiets-v1", "lotte-v3"]),
    ("oma ans and nana pat having a brew together", M, ["ans-v1", "pat-v1"]),
    ("the boat painted in roses and castles style", M, ["tulp-v2", "roses-v1"]),
    ("hennie in delft blue", M, ["hennie-v2", "delft-v2"]),
    ("our finn in plasticine, aardman style", M, ["finn-v2", "plasticine-v1"]),
    ("biscuit as a puppy in a lowry painting", M, ["biscuit-v1", "lowry-v1"]),
    ("dave with his ponytail at a gig, lowry style", M, ["dave-v1", "lowry-v1"]),
    ("bluey and bingo at the seaside", M, ["bluey-v1", "bingo-v1"]),
    ("nijntje in a flower crown", M, ["nijntje-v1", "flowercrown-v1"]),
    ("bluey in a lowry painting", M, ["bluey-v1", "lowry-v1"]),
    ("wallace and gromit having tea on a narrowboat", M, ["wallace-v1", "gromit-v1"]),
    ("frieren in a christmas jumper", M, ["frieren-v1", "xmasjumper-v2"]),
    ("the stall in chalkboard style", M, ["stall-v1", "chalk-v1"]),
    ("our bouquet as a dutch old master painting", M, ["bouquet-v2", "oudemeester-v1"]),
    ("bijtje as a riso poster", M, ["bijtje-v2", "riso-v2"]),
    ("pressed flower picture of the allotment", M, ["pressed-v1", "allotment-v1"]),
    ("gaz and dave at the footy in christmas jumpers", M, ["gary-v1", "dave-v2", "xmasjumper-v2"]),
    ("me and me sister in clogs at the bulb fields", M, ["marieke-v3", "sanne-v1", "klompen-v1"]),
    ("fem cosplaying as frieren", M, ["femke-v3", "frieren-v1"]),
    ("lotte holding a bubble umbrella", M, ["lotte-v3", "brolly-v1"]),
    ("kaas in a tiny christmas jumper", M, ["kaas-v2", "xmasjumper-v2"]),
    ("finn mid jump, arms up, on the beach", M, ["finn-v2", "jump-v1"]),
    ("nana pat in a reindeer jumper", M, ["pat-v1", "xmasjumper-v2"]),
    ("me, dave and the three kids", M, ["marieke-v3", "dave-v2", "femke-v3", "finn-v2", "lotte-v3"]),
    ("me with a flower crown on my wedding day", M, ["marieke-v1", "flowercrown-v1"]),
    ("lotte as a babby cuddling nijntje", M, ["lotte-v1", "nijntje-v1"]),
    ("oma knitting by the stove with kaas on her lap", M, ["ans-v1", "kaas-v2"]),
    ("the van parked up at the allotment", M, ["hennie-v2", "allotment-v1"]),
    ("the bouquets and jam jar posies out on the stall", M, ["bouquet-v2", "posy-v1", "stall-v1"]),
    ("a botanical style portrait of me mam with her knitting", M, ["ans-v1", "botanical-v1"]),
    ("uncle gaz in clogs, he'd hate it", M, ["gary-v1", "klompen-v1"]),
    ("biscuit in a yellow sou'wester", M, ["biscuit-v2", "souwester-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for c in CARDS:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for p, e, g in CASES:
            f.write(json.dumps({"prompt": p, "expect": e, "gold": g}, ensure_ascii=False) + "\n")
    counts = {k: sum(1 for _, e, _ in CASES if e == k) for k in (S, C, N, M)}
    fams = {c["family"] for c in CARDS}
    print(f"{len(CARDS)} cards, {len(fams)} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
