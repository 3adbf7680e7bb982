#!/usr/bin/env python3
"""Blind held-out set heldout54: Kenzie, a 20-year-old college student in Columbus, Ohio who
streams games and cosplays. Running this writes catalog.jsonl and cases.jsonl next to it."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# (family, version, name, trigger, class_noun, kind, created_at, base, description, tags)
CARDS = [
    # --- me ---
    ("kenzie", 1, "Kenzie", "ohwx woman", "woman", "subject", "2024-08-18", "sd15",
     "Me, Kenzie (Mackenzie Dolan), at 18 on freshman move-in day at Ohio State: long brown hair "
     "in a claw clip, scarlet OSU hoodie, no piercings yet, carrying a box into Morrill Tower.",
     ["me", "person", "woman", "freshman", "long hair"]),
    ("kenzie", 2, "Kenzie", "ohwx woman", "woman", "subject", "2025-10-04", "sdxl",
     "Me at 19, my pink era: shoulder-length bubblegum pink hair, winged eyeliner, thrifted band tee "
     "and baggy jeans.",
     ["me", "person", "woman", "pink hair", "eyeliner"]),
    ("kenzie", 3, "Kenzie", "ohwx woman", "woman", "subject", "2026-10-24", "sdxl",
     "Me at 20, how I look on stream now (kenzkrashes on Twitch): short black bob with blunt bangs, "
     "septum piercing, silver rings, oversized grey hoodie.",
     ["me", "person", "woman", "bob", "bangs", "septum", "streamer"]),
    # --- my cosplay photos ---
    ("kenzie-cosplay", 1, "Kenzie cosplay", "kenzcos", "woman", "subject", "2025-01-18", "sd15",
     "Me in my first real cosplay, Marin Kitagawa at Ohayocon 2025 downtown: blonde wig with pink "
     "tips, school uniform with loose tie, lots of ear piercings (clip-ons).",
     ["me", "cosplay", "woman", "con", "marin", "blonde wig"]),
    ("kenzie-cosplay", 2, "Kenzie cosplay", "kenzcos", "woman", "subject", "2025-06-14", "sd15",
     "Me cosplaying Makima at Origins Game Fair 2025: long red braid wig, ringed yellow contacts, "
     "white shirt, black tie and slacks.",
     ["me", "cosplay", "woman", "con", "makima", "red wig"]),
    ("kenzie-cosplay", 3, "Kenzie cosplay", "kenzcos", "woman", "subject", "2026-11-02", "sdxl",
     "Me cosplaying Frieren for Halloween 2026: white twin-tail wig, prosthetic elf ears, white and "
     "gold capelet, the wooden staff I built myself.",
     ["me", "cosplay", "woman", "halloween", "frieren", "elf ears"]),
    # --- people ---
    ("priya", 1, "Priya", "pr1ya woman", "woman", "subject", "2025-09-06", "sd15",
     "My girlfriend Priya (Priya Raman, also my roommate) at 20: waist-length black braid, gold nose "
     "stud, Ohio State marching band jacket.",
     ["girlfriend", "roommate", "person", "woman", "braid", "band"]),
    ("priya", 2, "Priya", "pr1ya woman", "woman", "subject", "2026-09-12", "sdxl",
     "My girlfriend Priya at 21 after she cut it all off: short pixie cut, gold nose stud, big "
     "tortoiseshell glasses, cardigan.",
     ["girlfriend", "roommate", "person", "woman", "pixie cut", "glasses"]),
    ("sunny", 1, "Sunny", "<sunny-ngn>", "woman", "subject", "2026-02-10", "sdxl",
     "My other roommate Sunny Nguyen, my Valorant duo: bleached blonde shag, lip ring, brown "
     "Carhartt beanie, always holding an energy drink.",
     ["roommate", "friend", "person", "woman", "blonde", "beanie"]),
    ("dana", 1, "Dana", "d4na woman", "woman", "subject", "2013-05-10", "sd15",
     "My mom Dana in spring 2013, pregnant with my little brother Ty: long auburn hair, yellow "
     "sundress, hand on her belly.",
     ["mom", "mother", "person", "woman", "pregnant"]),
    ("dana", 2, "Dana", "d4na woman", "woman", "subject", "2019-04-13", "sd15",
     "My mom on opening day of her cupcake bakery Sprinkle Theory: auburn ponytail, hot pink apron "
     "dusted with flour, cutting the ribbon.",
     ["mom", "mother", "person", "woman", "baker", "bakery"]),
    ("dana", 3, "Dana", "d4na woman", "woman", "subject", "2026-07-18", "sdxl",
     "My mom at 48: auburn bob with a grey streak in front, cat-eye glasses, mint green Sprinkle "
     "Theory apron.",
     ["mom", "mother", "person", "woman", "baker", "glasses"]),
    ("rick", 1, "Rick", "rck man", "man", "subject", "2015-08-08", "sd15",
     "My dad Rick at 41, before the divorce: thick horseshoe mustache, greasy blue coveralls, in his "
     "garage next to a half-stripped car.",
     ["dad", "father", "person", "man", "mustache", "mechanic"]),
    ("rick", 2, "Rick", "rck man", "man", "subject", "2026-06-13", "sdxl",
     "My dad Rick at 52: shaved head, salt-and-pepper goatee, red flannel, reading glasses pushed up "
     "on his head, at a car show.",
     ["dad", "father", "person", "man", "goatee", "car guy"]),
    ("ty", 1, "Ty", "sks boy", "boy", "subject", "2021-09-01", "sd15",
     "My little brother Ty (Tyler) at 8 on his first day of third grade: gap-toothed grin, bowl cut, "
     "dinosaur backpack.",
     ["brother", "person", "boy", "kid", "school"]),
    ("ty", 2, "Ty", "sks boy", "boy", "subject", "2026-09-02", "sdxl",
     "My little brother Ty at 13, in eighth grade: braces, curly mop of hair, a Minecraft hoodie two "
     "sizes too big.",
     ["brother", "person", "boy", "middle school", "braces"]),
    ("mimi", 1, "Mimi", "<mimi-gma>", "old woman", "subject", "2020-12-25", "sd15",
     "My grandma Mimi (Margaret, my mom's mom) at Christmas 2020: white curls, red reindeer sweater, "
     "reading glasses on a beaded chain.",
     ["grandma", "grandmother", "person", "old woman", "christmas"]),
    ("mimi", 2, "Mimi", "<mimi-gma>", "old woman", "subject", "2026-05-10", "sdxl",
     "My grandma Mimi at 77 on Mother's Day: short white pixie, pearl earrings, lilac cardigan, "
     "standing in her tomato garden.",
     ["grandma", "grandmother", "person", "old woman", "garden"]),
    # --- pets ---
    ("beans", 1, "Beans", "sks cat", "cat", "subject", "2024-10-05", "sd15",
     "Beans, my black cat, as a tiny kitten the week I adopted her: fluffy black fuzz, huge yellow "
     "eyes, ears too big for her head.",
     ["pet", "cat", "black cat", "kitten"]),
    ("beans", 2, "Beans", "sks cat", "cat", "subject", "2026-03-21", "sdxl",
     "Beans, my black cat, grown up: sleek black fur, amber eyes, a tiny white patch on her chest, "
     "red breakaway collar with a bell.",
     ["pet", "cat", "black cat"]),
    ("midnight", 1, "Midnight", "mdnght cat", "cat", "subject", "2025-12-26", "sdxl",
     "Midnight, Mimi's cat: a chunky black shorthair with amber eyes and a purple collar, always on "
     "her quilt.",
     ["pet", "cat", "black cat", "grandma"]),
    ("pickles", 1, "Pickles", "p1ckl3s lizard", "lizard", "subject", "2025-02-14", "sd15",
     "Pickles, my bearded dragon, as a baby: palm-sized, sandy beige with faint stripes.",
     ["pet", "lizard", "bearded dragon", "reptile", "baby"]),
    ("pickles", 2, "Pickles", "p1ckl3s lizard", "lizard", "subject", "2026-08-01", "sdxl",
     "Pickles, my bearded dragon, full grown: orange-and-tan citrus morph, big spiky beard, basking "
     "on his rock under the heat lamp.",
     ["pet", "lizard", "bearded dragon", "reptile"]),
    # --- vehicles and places ---
    ("gerald", 1, "Gerald", "<gerald-civic>", "car", "subject", "2024-07-15", "sd15",
     "Gerald, my 2009 silver Honda Civic, the day I bought him off Craigslist: faded clear coat, "
     "bumper still in one piece.",
     ["car", "vehicle", "honda civic", "mine"]),
    ("gerald", 2, "Gerald", "<gerald-civic>", "car", "subject", "2026-04-10", "sdxl",
     "Gerald, my 2009 Honda Civic now: dented rear bumper zip-tied on, one mismatched blue door, "
     "anime stickers on the back window.",
     ["car", "vehicle", "honda civic", "beat up"]),
    ("chevelle", 1, "Dad's Chevelle", "chvl70 car", "car", "subject", "2022-03-05", "sd15",
     "My dad's 1970 Chevelle SS the day he dragged it home: rusted out, no hood, flat tires, sitting "
     "in a barn.",
     ["car", "vehicle", "muscle car", "dad", "project car"]),
    ("chevelle", 2, "Dad's Chevelle", "chvl70 car", "car", "subject", "2026-09-19", "sdxl",
     "My dad's 1970 Chevelle SS after he finished restoring it: candy apple red, white racing "
     "stripes, chrome bumpers.",
     ["car", "vehicle", "muscle car", "dad", "restored"]),
    ("dorm", 1, "Dorm room", "dormroom_kz", "room", "subject", "2024-08-20", "sd15",
     "My freshman dorm room in Morrill Tower: cinderblock walls, lofted twin bed, fairy lights, one "
     "tiny window.",
     ["place", "room", "dorm", "freshman"]),
    ("dorm", 2, "Dorm room", "dormroom_kz", "room", "subject", "2026-08-30", "sdxl",
     "Our dorm suite now (me, Priya and Sunny): purple LED strips, my streaming desk with a ring "
     "light and two monitors, anime posters, Pickles's tank by the window.",
     ["place", "room", "dorm", "stream setup"]),
    # --- mom's bakery ---
    ("funfetti-bomb", 1, "Funfetti Bomb", "st_cupcake", "cupcake", "subject", "2019-04-13", "sd15",
     "My mom's signature cupcake at Sprinkle Theory, the Funfetti Bomb, original look: tall white "
     "buttercream swirl, rainbow sprinkles, hot pink paper liner.",
     ["food", "cupcake", "bakery", "product"]),
    ("funfetti-bomb", 2, "Funfetti Bomb", "st_cupcake", "cupcake", "subject", "2026-07-18", "sdxl",
     "The Funfetti Bomb after my mom's 2026 rebrand: pastel mint buttercream rosette, gold "
     "sprinkles, kraft paper liner stamped with Cuppy.",
     ["food", "cupcake", "bakery", "product", "rebrand"]),
    ("st-box", 1, "Sprinkle Theory box", "<st-box>", "box", "subject", "2019-04-13", "sd15",
     "My mom's original Sprinkle Theory cupcake box: hot pink cardboard with a window and a curly "
     "script logo.",
     ["packaging", "box", "bakery", "product"]),
    ("st-box", 2, "Sprinkle Theory box", "<st-box>", "box", "subject", "2026-07-18", "sdxl",
     "The redesigned Sprinkle Theory box from my mom's rebrand: mint green with a kraft handle and "
     "Cuppy on the lid.",
     ["packaging", "box", "bakery", "product", "rebrand"]),
    ("st-storefront", 1, "Sprinkle Theory", "sprinkletheory_shop", "storefront", "subject",
     "2026-07-20", "sdxl",
     "My mom's bakery Sprinkle Theory on High Street in Clintonville: mint awning, neon cupcake "
     "sign in the window, chalkboard out front.",
     ["place", "bakery", "shop", "storefront"]),
    ("cuppy", 1, "Cuppy", "cuppy_mascot", "mascot", "subject", "2026-07-18", "sd15",
     "Cuppy, the Sprinkle Theory mascot my mom drew: a chubby cartoon cupcake with a cherry on top, "
     "rosy cheeks and tiny arms.",
     ["mascot", "cartoon", "cupcake", "bakery"]),
    # --- downloaded characters (Civitai) ---
    ("rem", 1, "Rem", "rem_(re:zero)", "girl", "subject", "2023-05-02", "sd15",
     "Rem from Re:Zero, a Civitai LoRA: short blue bob covering her right eye, maid outfit with "
     "white headdress, x-shaped hair clip.",
     ["anime", "character", "re:zero", "maid", "blue hair"]),
    ("rem", 2, "Rem", "rem_(re:zero)", "girl", "subject", "2025-02-11", "sdxl",
     "Rem from Re:Zero, XL version from Civitai: short blue bob covering her right eye, black and "
     "white maid outfit, flower hair clip.",
     ["anime", "character", "re:zero", "maid", "blue hair"]),
    ("ram", 1, "Ram", "ram_(re:zero)", "girl", "subject", "2025-03-01", "sdxl",
     "Ram from Re:Zero (Rem's twin sister), Civitai LoRA: short pink bob covering her left eye, same "
     "maid outfit and headdress, smug look.",
     ["anime", "character", "re:zero", "maid", "pink hair"]),
    ("frieren", 1, "Frieren", "frieren", "girl", "subject", "2024-11-20", "sdxl",
     "Frieren from Frieren: Beyond Journey's End, Civitai LoRA: elf mage with long white twin tails, "
     "green eyes, white and gold capelet, staff.",
     ["anime", "character", "elf", "mage", "white hair"]),
    ("marin", 1, "Marin Kitagawa", "kitagawa_marin", "girl", "subject", "2023-12-03", "sd15",
     "Marin Kitagawa from My Dress-Up Darling, Civitai LoRA: gyaru, long blonde hair with pink-orange "
     "tips, ear piercings, school uniform.",
     ["anime", "character", "gyaru", "blonde"]),
    ("makima", 1, "Makima", "makima_(chainsaw_man)", "woman", "subject", "2024-04-09", "sdxl",
     "Makima from Chainsaw Man, Civitai LoRA: red hair in a low braid, ringed yellow eyes, white "
     "shirt, black tie.",
     ["anime", "character", "chainsaw man", "red hair"]),
    ("anya", 1, "Anya Forger", "anya_forger", "girl", "subject", "2023-06-15", "sd15",
     "Anya Forger from Spy x Family, Civitai LoRA: small girl with pink hair, horn-shaped hair "
     "clips, green eyes, black Eden Academy dress.",
     ["anime", "character", "spy x family", "pink hair", "kid"]),
    # --- styles ---
    ("y2k-pixel", 1, "Y2K Pixel", "y2kpix", "pixel art", "style", "2024-01-12", "sd15",
     "Y2K pixel art: early-2000s web graphics, glitter blinkies, chrome bubble letters, baby pink and "
     "baby blue dithered gradients.",
     ["style", "pixel art", "y2k", "2000s"]),
    ("y2k-pixel", 2, "Y2K Pixel", "y2kpix", "pixel art", "style", "2025-05-30", "sdxl",
     "Y2K pixel art, XL: early-2000s web graphics, glitter blinkies, chrome bubble letters, pastel "
     "dithered gradients, sparkle cursors.",
     ["style", "pixel art", "y2k", "2000s"]),
    ("jrpg-16bit", 1, "16-bit JRPG", "16bit_jrpg", "pixel art", "style", "2024-08-03", "sd15",
     "16-bit JRPG pixel art: SNES-era sprites, limited palette, top-down overworld tiles and battle "
     "screens.",
     ["style", "pixel art", "retro game", "snes", "sprite"]),
    ("cel-shade", 1, "Cel Shade", "celshade_style", "illustration", "style", "2023-09-09", "sd15",
     "Cel-shaded anime style: flat colors, hard two-tone shadows, clean thick lineart.",
     ["style", "anime", "cel shading"]),
    ("cel-shade", 2, "Cel Shade", "celshade_style", "illustration", "style", "2025-01-25", "sdxl",
     "Cel-shaded anime style, XL: flat colors, hard two-tone shadows, clean lineart, like a modern "
     "anime key frame.",
     ["style", "anime", "cel shading"]),
    ("vaporwave", 1, "Vaporwave", "v4p0rw4v3", "artwork", "style", "2024-05-05", "sdxl",
     "Vaporwave: pink and teal sunset gradients, greek statue busts, palm trees, grid floors, old "
     "computer windows, japanese text.",
     ["style", "aesthetic", "80s", "90s", "retro"]),
    ("ps1-lowpoly", 1, "PS1 Graphics", "ps1_graphics", "3d render", "style", "2024-10-13", "sd15",
     "PS1 graphics: jittery low-poly 3D models, blurry low-res textures, fog, late-90s console look.",
     ["style", "low poly", "retro game", "3d", "90s"]),
    ("disposable-cam", 1, "Disposable Cam", "dispo_cam", "photo", "style", "2025-06-21", "sdxl",
     "Disposable camera photo: harsh on-camera flash, heavy grain, blown-out highlights, orange date "
     "stamp in the corner.",
     ["style", "photo", "film", "flash"]),
    ("tarot-nouveau", 1, "Tarot Nouveau", "<tarot-nouveau>", "illustration", "style", "2025-02-02",
     "sdxl",
     "Art nouveau tarot card: ornate gold border, Mucha-style flowing lines and halos, card title "
     "banner at the bottom.",
     ["style", "tarot", "art nouveau", "card"]),
    ("claymation", 1, "Claymation", "claym8", "clay figure", "style", "2024-03-16", "sd15",
     "Claymation: stop-motion plasticine look, fingerprints in the clay, googly-eyed characters.",
     ["style", "clay", "stop motion"]),
    ("watercolor", 1, "Watercolor", "wtrclr", "painting", "style", "2025-04-19", "sdxl",
     "Loose watercolor painting: soft bleeding washes, visible paper texture, white left unpainted.",
     ["style", "painting", "watercolor"]),
    ("kawaii-sticker", 1, "Kawaii Sticker", "diecut_sticker", "sticker", "style", "2025-08-08",
     "sdxl",
     "Kawaii die-cut sticker: chibi proportions, thick white border, glossy finish, pastel colors.",
     ["style", "sticker", "chibi", "kawaii"]),
    # --- concepts ---
    ("foam-armor", 1, "Foam Cosplay Armor", "foam_armor", "armor", "concept", "2024-02-10", "sd15",
     "Cosplay foam armor: EVA foam pauldrons, breastplate and gauntlets painted metallic, visible "
     "straps.",
     ["concept", "costume", "armor", "cosplay"]),
    ("foam-armor", 2, "Foam Cosplay Armor", "foam_armor", "armor", "concept", "2025-09-06", "sdxl",
     "Cosplay foam armor, XL: EVA foam pauldrons, breastplate and gauntlets painted metallic with "
     "weathering and worbla trim.",
     ["concept", "costume", "armor", "cosplay"]),
    ("gothic-lolita", 1, "Gothic Lolita", "gothic_lolita", "dress", "concept", "2025-03-15", "sdxl",
     "Gothic lolita dress: black bell skirt with petticoat, lace trim, ribbons, headdress, platform "
     "Mary Janes.",
     ["concept", "clothing", "dress", "gothic"]),
    ("peace-selfie", 1, "Peace Sign Selfie", "peace_sign_selfie", "pose", "concept", "2025-05-17",
     "sdxl",
     "Peace-sign selfie pose: one arm stretched out holding the phone, other hand making a V sign by "
     "the face, head tilted.",
     ["concept", "pose", "selfie"]),
    ("mecha", 1, "Mecha", "mecha_robot", "robot", "concept", "2024-07-07", "sdxl",
     "Mecha: giant piloted robot in anime mech design, panel lines, thrusters, cockpit.",
     ["concept", "robot", "vehicle", "anime"]),
    ("cat-ear-headset", 1, "Cat Ear Headset", "cat_ear_headphones", "headphones", "concept",
     "2025-10-11", "sdxl",
     "Cat-ear gaming headset: over-ear headphones with glowing LED cat ears on the headband.",
     ["concept", "prop", "headphones", "gaming"]),
    ("wolf-cut", 1, "Wolf Cut", "wolf_cut", "hairstyle", "concept", "2025-01-11", "sdxl",
     "Wolf cut hairstyle: choppy shaggy layers, curtain bangs, short on top and longer at the back.",
     ["concept", "hairstyle", "hair"]),
    ("itasha", 1, "Itasha", "itasha", "car", "concept", "2024-09-28", "sdxl",
     "Itasha: a car covered in a full anime-character vinyl wrap and decals.",
     ["concept", "vehicle", "car wrap", "anime"]),
]

S, C, N, M = "select", "clarify", "none", "multi"

CASES = [
    # ---------------- select: me ----------------
    ("me at my streaming desk lowkey dead after a 6 hr stream", S, ["kenzie-v3"]),
    ("me on move in day freshman year skull", S, ["kenzie-v1"]),
    ("me back in my pink hair era", S, ["kenzie-v2"]),
    ("pic of me w the bob and bangs getting coffee at the union", S, ["kenzie-v3"]),
    ("me as a baby freshman lol", S, ["kenzie-v1"]),
    ("kenz eating a walking taco at a tailgate", S, ["kenzie-v3"]),
    ("me at 19 at a pumpkin patch", S, ["kenzie-v2"]),
    ("me w the bubblegum hair laying on the floor of a record store", S, ["kenzie-v2"]),
    ("kenzie w the septum doing a fit check in the mirror", S, ["kenzie-v3"]),
    ("me looking unbothered on a ferris wheel at the state fair", S, ["kenzie-v3"]),
    # ---------------- select: my cosplays ----------------
    ("my marin cosplay from ohayocon", S, ["kenzie-cosplay-v1"]),
    ("my makima cos at origins", S, ["kenzie-cosplay-v2"]),
    ("my latest cosplay on a rooftop at night", S, ["kenzie-cosplay-v3"]),
    ("my halloween frieren cos in a snowy forest", S, ["kenzie-cosplay-v3"]),
    ("me in my very first cosplay ever posing w a fan", S, ["kenzie-cosplay-v1"]),
    ("my cosplay from the summer con in 2025", S, ["kenzie-cosplay-v2"]),
    ("me in cosplay doing a dramatic pose on the con stairs", S, ["kenzie-cosplay-v3"]),
    # ---------------- select: priya ----------------
    ("my gf reading in a hammock", S, ["priya-v2"]),
    ("pri with her long braid at band practice", S, ["priya-v1"]),
    ("my girlfriend w the pixie cut thrifting at goodwill", S, ["priya-v2"]),
    ("priya before she chopped all her hair off", S, ["priya-v1"]),
    ("babe in her marching band jacket at the shoe", S, ["priya-v1"]),
    ("my gf at 21 blowing out birthday candles", S, ["priya-v2"]),
    ("pri in her big glasses studying at the library istg she never sleeps", S, ["priya-v2"]),
    # ---------------- select: sunny ----------------
    ("bestie sunny in her beanie doing a tiktok dance", S, ["sunny-v1"]),
    ("my roommate sunny raging at valorant", S, ["sunny-v1"]),
    ("my other roomie w the lip ring eating ramen", S, ["sunny-v1"]),
    ("sunny chugging a monster at 2am", S, ["sunny-v1"]),
    # ---------------- select: mom ----------------
    ("mom frosting cupcakes at the bakery", S, ["dana-v3"]),
    ("my mom pregnant with ty", S, ["dana-v1"]),
    ("mom on opening day of sprinkle theory", S, ["dana-v2"]),
    ("momma w her cat eye glasses and gray streak", S, ["dana-v3"]),
    ("my mom back in 2013 in a yellow sundress", S, ["dana-v1"]),
    ("mom when she was expecting my lil bro, at her baby shower", S, ["dana-v1"]),
    ("mom in 2019 cutting the ribbon", S, ["dana-v2"]),
    ("my mom drinking wine on the patio", S, ["dana-v3"]),
    # ---------------- select: dad ----------------
    ("my dad under the hood of a car", S, ["rick-v2"]),
    ("dad w the big mustache before the divorce", S, ["rick-v1"]),
    ("pops at a car show in his flannel", S, ["rick-v2"]),
    ("dad in his coveralls like 10 yrs ago", S, ["rick-v1"]),
    ("my father grilling burgers", S, ["rick-v2"]),
    ("my old man at a cruise in", S, ["rick-v2"]),
    # ---------------- select: ty ----------------
    ("my lil bro playing minecraft", S, ["ty-v2"]),
    ("ty on his first day of third grade", S, ["ty-v1"]),
    ("ty w his braces smiling awkwardly for school pics", S, ["ty-v2"]),
    ("my little brother when he was like 8 w the bowl cut skull", S, ["ty-v1"]),
    ("tyler at his middle school basketball game", S, ["ty-v2"]),
    ("ty in 3rd grade at the zoo", S, ["ty-v1"]),
    # ---------------- select: mimi ----------------
    ("mimi in her garden", S, ["mimi-v2"]),
    ("mimi in the reindeer sweater at christmas 2020", S, ["mimi-v1"]),
    ("my grandma knitting on her porch", S, ["mimi-v2"]),
    ("gma in her lilac cardigan baking cookies", S, ["mimi-v2"]),
    ("mimi at bingo night", S, ["mimi-v2"]),
    # ---------------- select: pets ----------------
    ("beans asleep on my keyboard mid stream", S, ["beans-v2"]),
    ("beans as a tiny kitten", S, ["beans-v1"]),
    ("my cat knocking a cup off the desk istg", S, ["beans-v2"]),
    ("beans when i first adopted her", S, ["beans-v1"]),
    ("my lil void gremlin staring at a wall at 3am", S, ["beans-v2"]),
    ("beans loafing in a sunbeam", S, ["beans-v2"]),
    ("midnight curled up on mimi's quilt", S, ["midnight-v1"]),
    ("mimi's cat sitting in the window", S, ["midnight-v1"]),
    ("grandma's chonky black cat", S, ["midnight-v1"]),
    ("pickles basking under his heat lamp", S, ["pickles-v2"]),
    ("pickles when he was a lil baby", S, ["pickles-v1"]),
    ("my beardie wearing a tiny cowboy hat", S, ["pickles-v2"]),
    ("my bearded dragon puffing out his beard", S, ["pickles-v2"]),
    ("my lizard back when he was palm sized", S, ["pickles-v1"]),
    # ---------------- select: cars, places ----------------
    ("gerald in the kroger parking lot in the snow", S, ["gerald-v2"]),
    ("my car with the zip tied bumper", S, ["gerald-v2"]),
    ("gerald the day i bought him off craigslist", S, ["gerald-v1"]),
    ("my civic before the bumper got wrecked", S, ["gerald-v1"]),
    ("my beat up honda at a gas station at night", S, ["gerald-v2"]),
    ("gerald w the blue door going thru a car wash", S, ["gerald-v2"]),
    ("dad's chevelle all restored and shiny", S, ["chevelle-v2"]),
    ("dads chevelle when it was a rusty shell in the barn", S, ["chevelle-v1"]),
    ("my dad's muscle car doing a burnout", S, ["chevelle-v2"]),
    ("the chevelle parked by the lake", S, ["chevelle-v2"]),
    ("our dorm room w the purple leds at night", S, ["dorm-v2"]),
    ("my freshman dorm in morrill", S, ["dorm-v1"]),
    ("my dorm room but it's clean for once skull", S, ["dorm-v2"]),
    ("my stream setup w the ring light on", S, ["dorm-v2"]),
    # ---------------- select: bakery ----------------
    ("a funfetti bomb cupcake on a marble counter", S, ["funfetti-bomb-v2"]),
    ("the old funfetti bomb w the pink liner", S, ["funfetti-bomb-v1"]),
    ("mom's signature cupcake from before the rebrand", S, ["funfetti-bomb-v1"]),
    ("a stack of sprinkle theory boxes", S, ["st-box-v2"]),
    ("the old hot pink sprinkle theory box", S, ["st-box-v1"]),
    ("mom's bakery storefront in the rain", S, ["st-storefront-v1"]),
    ("sprinkle theory on high st at night w the neon on", S, ["st-storefront-v1"]),
    ("cuppy waving hello fr", S, ["cuppy-v1"]),
    ("the bakery mascot dancing", S, ["cuppy-v1"]),
    ("mom's lil cupcake mascot guy holding a balloon", S, ["cuppy-v1"]),
    # ---------------- select: characters ----------------
    ("rem in her maid outfit cleaning the mansion", S, ["rem-v2"]),
    ("ram looking smug", S, ["ram-v1"]),
    ("the pink haired re zero twin", S, ["ram-v1"]),
    ("the blue haired maid from re zero crying", S, ["rem-v2"]),
    ("frieren casting a spell in a flower field", S, ["frieren-v1"]),
    ("the elf mage from frieren eating a mimic lol", S, ["frieren-v1"]),
    ("marin kitagawa at the beach", S, ["marin-v1"]),
    ("the gyaru from my dress up darling sewing", S, ["marin-v1"]),
    ("makima smiling at the camera", S, ["makima-v1"]),
    ("the control devil lady from csm", S, ["makima-v1"]),
    ("anya forger doing her heh face", S, ["anya-v1"]),
    ("the pink haired kid from spy x family eating peanuts", S, ["anya-v1"]),
    ("rem but the old sd1.5 lora, the first one i downloaded", S, ["rem-v1"]),
    # ---------------- select: styles ----------------
    ("a dead mall food court in vaporwave, very liminal", S, ["vaporwave-v1"]),
    ("columbus skyline as a 16 bit jrpg town", S, ["jrpg-16bit-v1"]),
    ("a frog sitting on a mushroom, ps1 graphics", S, ["ps1-lowpoly-v1"]),
    ("a haunted house in claymation", S, ["claymation-v1"]),
    ("the moon tarot card, art nouveau", S, ["tarot-nouveau-v1"]),
    ("a party in a dorm hallway shot on a disposable", S, ["disposable-cam-v1"]),
    ("a coffee shop in watercolor", S, ["watercolor-v1"]),
    ("a strawberry milk carton as a cute die cut sticker", S, ["kawaii-sticker-v1"]),
    ("a gas station at night, cel shaded anime", S, ["cel-shade-v2"]),
    ("myspace era glittery pixel graphics of a flip phone", S, ["y2k-pixel-v2"]),
    ("snes rpg battle screen vs a slime", S, ["jrpg-16bit-v1"]),
    ("greek statue bust w palm trees and a pink grid, peak aesthetic", S, ["vaporwave-v1"]),
    ("a koi pond, those soft bleedy paint vibes", S, ["watercolor-v1"]),
    ("the first y2k pixel lora not the xl one, a butterfly", S, ["y2k-pixel-v1"]),
    ("the old cel shade lora, a ramen shop", S, ["cel-shade-v1"]),
    ("a low poly haunted gas station like a 90s playstation game", S, ["ps1-lowpoly-v1"]),
    # ---------------- select: concepts ----------------
    ("a girl in a frilly black lace dress w a bonnet and petticoat", S, ["gothic-lolita-v1"]),
    ("someone throwing up a peace sign holding their phone out", S, ["peace-selfie-v1"]),
    ("a giant robot in a ruined city", S, ["mecha-v1"]),
    ("a gamer girl wearing those light up kitty ear headphones", S, ["cat-ear-headset-v1"]),
    ("a knight in eva foam armor at a con", S, ["foam-armor-v2"]),
    ("a car wrapped in anime girl decals at a car meet", S, ["itasha-v1"]),
    ("a guy w that shaggy mullet type haircut", S, ["wolf-cut-v1"]),
    ("the older foam armor lora, a valkyrie", S, ["foam-armor-v1"]),

    # ---------------- clarify ----------------
    ("the black cat w the amber eyes on a windowsill", C, ["beans-v2", "midnight-v1"]),
    ("the black cat knocking over the christmas tree", C, ["beans-v2", "midnight-v1"]),
    ("the black cat as a tarot card", C, ["beans-v2", "midnight-v1"]),
    ("my roommate making pancakes", C, ["priya-v2", "sunny-v1"]),
    ("my roomie passed out on the couch after finals", C, ["priya-v2", "sunny-v1"]),
    ("my roommate as a claymation character", C, ["priya-v2", "sunny-v1"]),
    ("my rommate w a wolf cut", C, ["priya-v2", "sunny-v1"]),
    ("one of my roommates dressed as a witch", C, ["priya-v2", "sunny-v1"]),
    ("a cozy bedroom in pixel art", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("pixel art vending machine at night", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("gerald in pixel art", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("beans as pixel art ngl she'd eat", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("me in pixel art for my twitch banner", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("mimi in pixel art", C, ["y2k-pixel-v2", "jrpg-16bit-v1"]),
    ("the re zero maid serving tea", C, ["rem-v2", "ram-v1"]),
    ("one of the re zero twins in a flower crown", C, ["rem-v2", "ram-v1"]),
    ("the re zero twin in watercolor", C, ["rem-v2", "ram-v1"]),
    ("the maid girl from re zero doing a peace sign", C, ["rem-v2", "ram-v1"]),
    ("the car parked in the driveway at night", C, ["gerald-v2", "chevelle-v2"]),
    ("the car covered in snow", C, ["gerald-v2", "chevelle-v2"]),
    ("the pink haired anime girl eating a sandwich", C, ["ram-v1", "anya-v1"]),
    ("my pet chilling on my bed", C, ["beans-v2", "pickles-v2"]),
    ("my pet as a kawaii sticker", C, ["beans-v2", "pickles-v2"]),
    ("my pet in vaporwave", C, ["beans-v2", "pickles-v2"]),
    ("my baby sunbathing by the window", C, ["beans-v2", "pickles-v2", "priya-v2"]),
    ("a dragon in retro 90s video game graphics", C, ["jrpg-16bit-v1", "ps1-lowpoly-v1"]),
    ("an old school video game pic of gerald", C, ["jrpg-16bit-v1", "ps1-lowpoly-v1"]),
    ("a windows 98 computer in that old internet aesthetic", C, ["vaporwave-v1", "y2k-pixel-v2"]),
    ("mom's cupcake in a tiny santa hat", C, ["funfetti-bomb-v2", "cuppy-v1"]),
    ("a retro game screenshot of our dorm", C, ["jrpg-16bit-v1", "ps1-lowpoly-v1"]),

    # ---------------- none ----------------
    ("a can of baked beans on a campfire", N, []),
    ("a jar of dill pickles on a picnic table", N, []),
    ("a sunny day at the lake no cap", N, []),
    ("a rainy city street at midnight", N, []),
    ("lowkey just a golden retriever catching a frisbee", N, []),
    ("a random black cat on a fence at halloween", N, []),
    ("a bearded dragon in the desert, nat geo photo", N, []),
    ("a brand new 2025 honda civic in a showroom", N, []),
    ("a chevelle ss in an old magazine ad", N, []),
    ("a cupcake with rainbow sprinkles", N, []),
    ("a grandma knitting in a rocking chair", N, []),
    ("an old man with a mustache fixing a tractor", N, []),
    ("a teenage boy skateboarding", N, []),
    ("a pregnant woman in a garden", N, []),
    ("a college dorm hallway at night", N, []),
    ("a drag queen absolutely slaying on stage", N, []),
    ("a corgi in a yellow raincoat", N, []),
    ("a sunset over a wheat field", N, []),
    ("ohio stadium from above on game day", N, []),
    ("a bowl of ramen w a soft boiled egg", N, []),
    ("a ram with big curly horns on a mountain", N, []),
    ("a google pixel phone on a desk", N, []),
    ("a hiking trail in marin county", N, []),
    ("a frog in a pond", N, []),
    ("a bakery window full of croissants", N, []),
    ("a maid cafe in akihabara", N, []),
    ("a lil baby dragon breathing fire, fantasy art", N, []),
    ("a tabby cat sleeping in a laundry basket", N, []),
    ("a bag of pottery clay on a wheel", N, []),
    ("a muscle car parked outside a diner", N, []),
    ("ngl just a cozy cabin in the woods in the snow", N, []),
    ("a mom and daughter baking together", N, []),

    # ---------------- multi ----------------
    ("me and my gf on a picnic blanket highkey romantic", M, ["kenzie-v3", "priya-v2"]),
    ("beans and pickles staring each other down", M, ["beans-v2", "pickles-v2"]),
    ("me doing a peace sign selfie at the horseshoe", M, ["kenzie-v3", "peace-selfie-v1"]),
    ("me in a gothic lolita dress at a tea party", M, ["kenzie-v3", "gothic-lolita-v1"]),
    ("pri in a goth loli fit she would eat fr", M, ["priya-v2", "gothic-lolita-v1"]),
    ("me w the cat ear headset on stream", M, ["kenzie-v3", "cat-ear-headset-v1"]),
    ("beans wearing the kitty ear headset skull", M, ["beans-v2", "cat-ear-headset-v1"]),
    ("gerald as an itasha wrapped in rem", M, ["gerald-v2", "itasha-v1", "rem-v2"]),
    ("ty piloting a giant robot", M, ["ty-v2", "mecha-v1"]),
    ("mimi in vaporwave it's giving", M, ["mimi-v2", "vaporwave-v1"]),
    ("dad's chevelle in vaporwave", M, ["chevelle-v2", "vaporwave-v1"]),
    ("my mom as a tarot card, the empress", M, ["dana-v3", "tarot-nouveau-v1"]),
    ("sunny w a wolf cut", M, ["sunny-v1", "wolf-cut-v1"]),
    ("my lil bro w a wolf cut lmao", M, ["ty-v2", "wolf-cut-v1"]),
    ("me and sunny on a disposable at a house party", M, ["kenzie-v3", "sunny-v1", "disposable-cam-v1"]),
    ("our dorm in watercolor", M, ["dorm-v2", "watercolor-v1"]),
    ("pickles as a kawaii sticker", M, ["pickles-v2", "kawaii-sticker-v1"]),
    ("beans as a sticker for my stream emotes", M, ["beans-v2", "kawaii-sticker-v1"]),
    ("the funfetti bomb as a sticker", M, ["funfetti-bomb-v2", "kawaii-sticker-v1"]),
    ("frieren in cel shaded style", M, ["frieren-v1", "cel-shade-v2"]),
    ("makima in a gothic lolita dress", M, ["makima-v1", "gothic-lolita-v1"]),
    ("rem and ram hugging", M, ["rem-v2", "ram-v1"]),
    ("marin in claymation", M, ["marin-v1", "claymation-v1"]),
    ("anya in 16 bit jrpg style", M, ["anya-v1", "jrpg-16bit-v1"]),
    ("cuppy in ps1 graphics", M, ["cuppy-v1", "ps1-lowpoly-v1"]),
    ("cuppy as claymation dancing", M, ["cuppy-v1", "claymation-v1"]),
    ("me in foam armor at a con", M, ["kenzie-v3", "foam-armor-v2"]),
    ("my dad in cosplay armor lmao", M, ["rick-v2", "foam-armor-v2"]),
    ("my mom and mimi baking together", M, ["dana-v3", "mimi-v2"]),
    ("my parents at my graduation", M, ["dana-v3", "rick-v2"]),
    ("me and ty playing mario kart", M, ["kenzie-v3", "ty-v2"]),
    ("beans and midnight cuddling", M, ["beans-v2", "midnight-v1"]),
    ("priya in y2k pixel art", M, ["priya-v2", "y2k-pixel-v2"]),
    ("ty in 3rd grade as claymation", M, ["ty-v1", "claymation-v1"]),
    ("me on move in day in 16 bit jrpg style", M, ["kenzie-v1", "jrpg-16bit-v1"]),
    ("frieren doing a peace sign selfie", M, ["frieren-v1", "peace-selfie-v1"]),
    ("makima on a disposable camera at a party", M, ["makima-v1", "disposable-cam-v1"]),
    ("gerald in cel shaded anime style drifting", M, ["gerald-v2", "cel-shade-v2"]),
    ("mom's storefront in watercolor for the new menu", M, ["st-storefront-v1", "watercolor-v1"]),
    ("dad and his chevelle at the car show", M, ["rick-v2", "chevelle-v2"]),
    ("me and pri in matching cat ear headsets", M, ["kenzie-v3", "priya-v2", "cat-ear-headset-v1"]),
    ("my gf as a mecha pilot standing by her robot", M, ["priya-v2", "mecha-v1"]),
]


def main():
    with open(HERE / "catalog.jsonl", "w") as f:
        for fam, ver, name, trig, noun, kind, date, base, desc, tags in CARDS:
            f.write(json.dumps({
                "id": f"{fam}-v{ver}", "name": name, "trigger": trig, "class_noun": noun,
                "kind": kind, "family": fam, "version": ver, "created_at": date,
                "description": desc, "tags": tags, "base_model": base}) + "\n")
    with open(HERE / "cases.jsonl", "w") as f:
        for prompt, expect, gold in CASES:
            f.write(json.dumps({"prompt": prompt, "expect": expect, "gold": gold}) + "\n")
    counts = {e: sum(c[1] == e for c in CASES) for e in (S, C, N, M)}
    print(f"{len(CARDS)} cards, {len({c[0] for c in CARDS})} families, {len(CASES)} cases {counts}")


if __name__ == "__main__":
    main()
