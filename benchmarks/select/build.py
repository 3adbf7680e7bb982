"""Build the large selection benchmark: catalog.jsonl + cases.jsonl (+ cases_meta.jsonl).

    python benchmarks/select/build.py          # rewrites the three files next to this script
    python benchmarks/select/build.py --sample 40 [SEED]   # ... then prints 40 cases with gold cards

Same format as ../shared/bench/dev: one card per catalog line (DESIGN.md §3), one case per line
{"prompt", "expect": select|clarify|none|multi, "gold": [ids]}. cases_meta.jsonl has, line for
line, the kind of cue each case tests (for per-cue breakdowns); the scorer never reads it.

Gold is correct by construction: every case is generated from one concept (or one clarify
group, or two concepts) and the cue it was phrased with; version cues resolve on the card data
the same script wrote (months of one family's versions are distinct, so a month picks one card).
`check()` then refuses any case that names a concept outside its gold, or whose scene words
could read as a version cue. Phrasing pools are hand-written; the seed only picks among them.
Today, for relative dates ("last December"), is 2026-11-24.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from concepts import C, GENERIC_NOTES, NOTES  # noqa: E402

SEED = 20261124
TODAY = dt.date(2026, 11, 24)
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TARGETS = dict(name_newest=40, name_single=35, description=75, typo=35, version_number=40,
               ordinal=30, date=35, appearance=35, style=25, clarify=100, none=50, multi=40)

# ------------------------------------------------------------------ hand-written phrasing pools
SCENES = {
    "pet": [
        "sniffing around a lavender field", "napping on a sunny windowsill",
        "chasing a frisbee in the park", "sitting on a red velvet armchair",
        "wearing an astronaut helmet on the moon", "curled up in a laundry basket",
        "in a field of sunflowers", "sitting at a tiny café table in paris",
        "peeking out of a cardboard box", "running through a meadow",
        "on a hot air balloon ride", "on top of a stack of books",
        "floating in a pool on an inflatable donut", "at the top of a mountain",
        "in front of the eiffel tower", "sleeping on a pile of pillows",
        "looking up at fireworks", "on a rooftop at dusk", "hiding under the duvet",
        "playing with a ball of yarn", "next to a bowl of popcorn",
        "under the northern lights", "in a flower market", "at a drive-in movie",
        "as a tiny astronaut floating in space", "sitting in a teacup",
        "on a windy cliff top", "in a room full of balloons", "lounging on a hammock",
    ],
    "person": [
        "reading in a cosy café", "as an astronaut on the moon", "playing chess in a park",
        "as a medieval knight", "dancing in the rain", "at a jazz club",
        "on a rooftop terrace at sunset", "as a 1920s movie star", "surfing a big wave",
        "laughing at a dinner party", "in a space station", "walking through tokyo at night",
        "as a pirate captain", "in a field of lavender", "holding a bouquet of tulips",
        "at a farmers market", "as a wizard in an old library", "on stage at a concert",
        "doing yoga by a lake", "at the top of a lighthouse", "as a detective in a trench coat",
        "riding a camel in the desert", "in a bamboo forest", "as a viking on a longship",
        "on a roller coaster", "in front of a graffiti wall",
    ],
    "toy": [
        "on a shelf next to old books", "at a tiny tea party", "on the moon",
        "sitting in a sandbox", "in a museum display case", "lost in a forest of mushrooms",
        "on a child's bed", "floating in outer space", "at the bottom of a toy box",
        "on a stack of board games", "in a dollhouse living room", "on a park bench",
        "inside a glass jar", "on a swing in the playground", "next to a cup of hot cocoa",
        "on a mossy log in the woods", "on top of a piano", "in a hot air balloon",
        "at a carnival at night", "sitting in a flower pot",
    ],
    "object": [
        "on a wooden table by the window", "floating in space", "on a marble kitchen counter",
        "in a museum display case", "on a beach towel", "in a minimalist white room",
        "on a mossy rock in a forest", "on a café terrace in rome", "in a shop window at night",
        "on a desk next to a laptop", "at the bottom of a clear lake", "on a bookshelf",
        "in the middle of a desert", "on a velvet cushion", "on a rooftop at sunrise",
        "in a vintage shop", "on a train station bench", "in a tiny boutique",
    ],
    "vehicle": [
        "on a winding coastal road", "parked in front of a neon diner", "on a mountain pass",
        "at a drive-in cinema", "crossing a desert highway", "on a cobblestone street in lisbon",
        "in a sunflower field", "under a starry sky", "in a rainy city at night",
        "on a country lane at sunrise", "next to a lighthouse", "in a garage full of tools",
        "racing down a hill", "outside a little village café", "on a bridge over a river",
    ],
    "boat": [
        "on a calm lake at sunrise", "in a busy harbour", "on a glassy sea under the stars",
        "tied up at a wooden jetty", "drifting past a lighthouse", "in a hidden cove",
        "on a misty river", "among the icebergs",
    ],
    "place": [
        "at dawn", "under a full moon", "in heavy rain", "seen from above", "in the 1920s",
        "under the northern lights", "at midnight", "with a rainbow overhead",
        "during a meteor shower", "at blue hour", "on a quiet sunday morning",
        "with hot air balloons drifting overhead", "as a tiny tilt-shift miniature",
    ],
    "style": [
        "a lighthouse on a cliff", "a bowl of ramen", "the new york skyline", "a red fox in the snow",
        "a mountain village", "a coffee shop interior", "a tiger resting in tall grass",
        "an astronaut planting a flag", "a bouquet of tulips", "a busy night market",
        "a medieval castle on a hill", "a stack of old books", "a hot air balloon festival",
        "a jellyfish drifting in the deep", "a rainy street corner", "a knight in armour",
        "a desert canyon", "a koi pond", "a windmill in a tulip field", "an owl on a branch",
        "a whale breaching", "a violin on a chair", "a street musician", "a greek temple",
    ],
    "two": [
        "napping together on the sofa", "sitting side by side on a park bench",
        "in a blanket fort", "sharing an ice cream", "on a road trip", "in matching pyjamas",
        "looking at the stars", "posing for a family portrait", "on a hot air balloon ride",
        "at a picnic under a big oak tree", "building a sandcastle", "in a cosy living room",
    ],
    "neutral": [
        "at sunset", "in the golden evening light", "under the stars", "on a postcard",
        "in soft morning light", "on a rainy afternoon", "in a dreamy landscape", "at night",
    ],
}

PLACE_CUE_SCENES = ["seen from above", "as a tiny tilt-shift miniature", "in the 1920s",
                    "with hot air balloons drifting overhead", "on a vintage postcard", "wide angle"]

SUBJECT_FRAMES = [
    "{r} {s}", "{r} {s}", "{r} {s}", "a photo of {r} {s}", "can you make {r} {s}?",
    "pls make {r} {s}", "I want a picture of {r} {s}", "{r} {s}, soft morning light",
    "show me {r} {s}!", "generate {r} {s}", "{R} {s} please",
    "could I get {r} {s} for my phone wallpaper?", "make me a poster of {r} {s}",
    "idea: {r} {s}", "{r} {s}, 35mm, shallow depth of field", "hey! {r} {s} pls",
    "{r} {s} lol", "a cute shot of {r} {s}", "i'd love to see {r} {s}",
    "need an image of {r} {s} asap", "quick one: {r} {s}", "for the family calendar: {r} {s}",
    "imagine {r} {s}", "what would {r} look like {s}?", "{r} {s}, wide shot",
    "close-up of {r} {s}", "{r}!!! {s}", "ok so {r} {s}. make it dreamy",
    "{r} {s} for a birthday card", "Please generate an image of {r} {s}.", "{r} {s}, high detail",
    "any chance of {r} {s}?", "I'm thinking {r} {s}", "{S}: {r}", "{S}, featuring {r}",
    "{r} {s}, cinematic lighting", "new pic of {r} {s}", "{r} {s}... something cute",
    "cn u make {r} {s}", "genrate {r} {s} plz", "a pciture of {r} {s}", "wanna see {r} {s}",
]
STYLE_FRAMES = [
    "{subj} {sr}", "{subj} {sr}", "{subj}, {sr}", "make {subj} {sr}", "I want {subj} {sr} please",
    "could you do {subj} {sr}?", "{subj} {sr}, big poster size", "give me {subj} {sr}",
    "show {subj} {sr}", "create {subj} {sr}", "{subj} {sr} pls", "{SR}: {subj}",
    "{subj} {sr} for my living room wall", "hmm, {subj} {sr}?",
]
# the same version cue said two ways: glued to the name, or as a tail after the scene
TAIL_FRAMES = ["{r} {s}, {c}", "{r} {s} ({c})", "{r} {s} — {c}", "{r} {s}. {C}", "{C}: {r} {s}"]
MULTI_STYLE_FRAMES = ["{r} {s} {sr}", "{r} {s}, {sr}", "{SR}, {r} {s}", "make {r} {s} {sr}",
                      "{r} {s} {sr} please", "a picture of {r} {s}, {sr}", "{r} {s} {sr}!!"]
MULTI_TWO_FRAMES = ["{a} and {b} {s}", "{a} with {b} {s}", "{a} next to {b} {s}",
                    "a photo of {a} and {b} {s}", "{a} & {b} {s}", "{a} sitting beside {b} {s}",
                    "can you make {a} and {b} {s}?", "{a} and {b}, {s}"]

NAME_FORMS = {
    "pet": ["{n}", "{n}", "my {n}", "our {n}", "{n} the {cls}", "{l}", "our {cls} {n}"],
    "person": ["{n}", "{n}", "{n}", "{l}"],
    "toy": ["{n}", "my {n}", "{n} the {cls}", "{l}", "my {cls} {n}"],
    "object": ["{n}", "my {n}", "{n}, my {cls},", "{l}", "{n} the {cls}"],
    "vehicle": ["{n}", "our {n}", "{n} the {cls}", "{l}", "my {cls} {n}"],
    "place": ["{n}", "{n}", "{l}", "our {n}"],
}
STYLE_NAME_FORMS = ["in {n} style", "in the {n} style", "using my {n} style", "with the {n} look",
                    "in {l} style", "in my {n} style"]

VERSION_FORMS = ["{n} v{v}", "{n} V{v}", "version {v} of {n}", "{n} (version {v})", "{n} ver. {v}",
                 "the v{v} {n} model", "{n} model #{v}", "{n} version {v}", "{l} v{v}"]
VERSION_TAILS = ["use v{v}", "v{v} please", "go with version {v}", "the version {v} checkpoint",
                 "the v{v} one"]
ORDINALS = {
    "first": ["the first {n}", "the very first {n} model", "the original {n}", "{n}, the first one",
              "the oldest {n} checkpoint", "{n}, the first version", "{n}'s first model",
              "{n} (the original one)"],
    "second": ["the second {n} model", "{n}, second version", "the 2nd {n}"],
    "third": ["the third version of {n}", "the 3rd {n} model"],
    "previous": ["the previous {n} model", "the {n} before the latest one", "the second-newest {n}",
                 "{n}, one version back from the newest", "the last-but-one {n}"],
    "latest": ["the newest {n}", "the latest {n}", "{n}, most recent version",
               "the current {n} model", "the most recent {n} checkpoint"],
}

CLARIFY_REFS = {
    "golden retriever": ["my golden retriever", "our golden retriever", "the golden"],
    "husky": ["my husky", "our husky", "the husky"],
    "orange cat": ["my orange cat", "our orange kitty", "the orange cat"],
    "black cat": ["my black cat", "our black kitty", "the black cat"],
    "grey cat": ["my grey cat", "our grey kitty", "the gray cat"],
    "black-and-white dog": ["my black and white dog", "our black-and-white pup"],
    "bird": ["my bird", "our bird", "the birdie"],
    "sister": ["my sister", "my sis"],
    "grandmother": ["grandma", "my grandmother", "my gran", "granny"],
    "friend": ["my friend", "a friend of mine", "my buddy", "my mate"],
    "daughter": ["my daughter", "our daughter", "my daughter"],
    "kid": ["my kid", "my child", "our kid"],
    "teddy bear": ["my teddy", "the teddy bear", "my teddy bear"],
    "robot toy": ["the robot toy", "my robot", "the toy robot"],
    "doll": ["my doll", "the doll", "my dolly"],
    "guitar": ["my guitar", "the guitar"],
    "blue mug": ["my blue mug", "the blue mug", "my blue cup"],
    "shoes": ["my shoes", "my footwear"],
    "watch": ["my watch", "the watch", "my timepiece"],
    "houseplant": ["my plant", "my houseplant", "the plant"],
    "lamp": ["my lamp", "the lamp", "our lamp"],
    "red bike": ["my red bike", "the red bicycle", "the red bike"],
    "boat": ["our boat", "the boat", "my boat"],
    "car": ["my car", "our car", "the car"],
    "holiday home": ["our holiday home", "the vacation house", "our getaway place", "the holiday place"],
    "painting style": ["in my painting style", "in my painterly style", "as one of my paintings"],
    "sketch style": ["in my sketch style", "as one of my drawings", "in my drawing style"],
    "old photo style": ["in my old photo style", "with my vintage photo look",
                        "as an old photo in my style"],
    "name:luna": ["Luna", "our Luna", "luna"],
    "name:olive": ["Olive", "our Olive", "my Olive"],
}

# no-match requests, all hand-written; the first block uses a concept's name as a common noun
NONE_TRAPS = [
    "a block of silken tofu in miso soup", "soft pretzels with mustard at a stadium",
    "saffron threads on a wooden spoon", "a sliced kiwi on a white plate",
    "someone peeling a clementine on a winter morning", "a field of marigolds in the morning sun",
    "a comet streaking over the desert at night", "glowing embers in a campfire",
    "a bolt of lightning over a wheat field", "fresh basil leaves in a terracotta pot",
    "a bowl of ripe peaches on a wooden table", "chocolate truffles dusted with cocoa",
    "oreo cookies dunked in a glass of milk", "a steaming bowl of noodle soup",
    "fresh ginger root and lemon slices", "cracked black pepper over a plate of pasta",
    "a mango smoothie at a beach bar", "belgian waffles with strawberries and cream",
    "a plate of buttermilk biscuits and gravy", "a luna moth resting on a tree trunk",
    "a nova exploding in deep space", "a bowl of green and black olives",
    "the Old Faithful geyser erupting in Yellowstone", "Big Ben and the houses of parliament at night",
    "pistachio gelato in a cone", "soap bubbles floating in the sunlight",
    "a raven perched on a gravestone", "honey dripping from a wooden dipper",
    "the constellation leo in a clear night sky", "blackberry brambles along a stone wall",
]
NONE_CLASS_TRAPS = [
    "a team of huskies pulling a sled across the tundra",
    "a sailing regatta with dozens of boats", "hundreds of bicycles parked at a dutch train station",
    "a herd of wild horses galloping across a plain",
]
NONE_GENERIC = [
    "a lighthouse in a storm at night", "an astronaut floating above earth",
    "a bowl of ramen with a soft egg", "the eiffel tower at dawn", "a snowy mountain village",
    "an old library with tall shelves", "a jellyfish glowing in dark water",
    "hot air balloons over cappadocia", "a steam locomotive crossing a stone viaduct",
    "a bustling night market in taipei", "a penguin on an ice floe",
    "futuristic city skyline at dusk", "just a cozy rainy window, nothing else",
    "a stack of pancakes with maple syrup", "a tiger drinking from a jungle river",
    "a snow leopard on a rocky ledge", "abstract swirls of colour", "pls just a nice sunset over the sea",
    "a medieval market square full of people", "an erupting volcano at night",
]

# whole requests written by hand, gold given as (family, which version): "newest", "first",
# "previous" or a version number; resolved on the generated cards, so gold stays correct
HANDWRITTEN = [
    ("ugh, the newest Biscuit model came out weird. use the one before it: Biscuit rolling in clover",
     "select", [("biscuit", "previous")]),
    ("Nova mid-jump catching a frisbee, action shot, super crisp", "select", [("nova", "newest")]),
    ("remember the very first Tofu model? that one please, snoozing in a bread basket", "select",
     [("tofu", "first")]),
    ("Saffron sprawled across my keyboard while I'm trying to work", "select", [("saffron", "newest")]),
    ("kiwi v3 perched on a pirate's shoulder", "select", [("kiwi", 3)]),
    ("the original Theo model (the first one I ever trained) as a lumberjack chopping wood", "select",
     [("theo", "first")]),
    ("Edith blowing out the candles on a huge cake", "select", [("edith", "newest")]),
    ("bolt v1 marching across a chessboard like a tiny general", "select", [("bolt", 1)]),
    ("Clementine sitting on a tiny wooden chair by a dollhouse window", "select",
     [("clementine", "newest")]),
    ("a moody close-up of Ember leaning against an amp, smoke in the air", "select", [("ember", "newest")]),
    ("the most recent Marigold parked at a surf spot", "select", [("marigold", "newest")]),
    ("pistachio but not the newest one, the one right before, zipping through rome", "select",
     [("pistachio", "previous")]),
    ("Comet v2 leaning on a café wall in amsterdam", "select", [("comet", 2)]),
    ("Fernhill seen from the upstairs window at noon", "select", [("fernhill", "newest")]),
    ("the first Pine Hollow checkpoint with smoke curling from the chimney", "select",
     [("pinehollow", "first")]),
    ("a sleepy harbour town in Aquarelle", "select", [("aquarelle", "newest")]),
    ("a lone umbrella at a crosswalk, neon noir v1", "select", [("neonnoir", 1)]),
    ("Stardust sneakers dangling from a power line", "select", [("stardust", "newest")]),
    ("Big Blue v4 steaming on a campfire grate at dawn", "select", [("bigblue", 4)]),
    ("dana v10, close-up, laughing", "select", [("dana", 10)]),
    ("nova v2 herding sheep on a green hillside", "select", [("nova", 2)]),
    ("the very first Chugs going around a track on the living room rug", "select", [("chugs", "first")]),
    ("Barnaby tucked into bed with a storybook", "select", [("barnaby", "newest")]),
    ("cleo staring out at pigeons, full hunter mode", "select", [("cleo", "newest")]),
    ("Pretzel stretched out like a loaf of bread in a patch of sun", "select", [("pretzel", "newest")]),
    ("Otis snoring in a dog bed, tongue out", "select", [("otis", "newest")]),
    ("my bengal Figaro stalking a toy mouse", "select", [("figaro", "newest")]),
    ("ok weird request: Gus the tortoise winning a race against a hare", "select", [("gus", "newest")]),
    ("Rosie pulling a trailer full of pumpkins", "select", [("rosie", "newest")]),
    ("can you put the Crumb & Co storefront in a snowy village square", "select", [("crumb", "newest")]),
    ("Big Ben chiming at midnight in our hallway", "select", [("bigben", "newest")]),
    ("the Old Faithful watch lying open on an old map", "select", [("oldfaithful", "newest")]),
    ("Monty looking extra jungly after I repotted him", "select", [("monty", "newest")]),
    ("Grandpa Walt fishing off a pier", "select", [("walt", "newest")]),
    ("Captain Quack adrift in a bubble bath", "select", [("quack", "newest")]),
    ("one of my huskies howling at the moon", "clarify", [("juno", "newest"), ("atlas", "newest")]),
    ("my friend on a rooftop bar in new york", "clarify",
     [("priya", "newest"), ("marcus", "newest"), ("kenji", "newest")]),
    ("sis blowing out candles with a big grin", "clarify", [("dana", "newest"), ("lena", "newest")]),
    ("one of my robot toys guarding the bookshelf", "clarify", [("bolt", "newest"), ("bingo", "newest")]),
    ("Luna in the moonlight", "clarify", [("luna-cat", "newest"), ("luna-boat", "newest")]),
    ("Olive in the morning dew", "clarify", [("olive-car", "newest"), ("olive-hedgehog", "newest")]),
    ("the teddy bear, tucked in for the night", "clarify", [("barnaby", "newest"), ("honey", "newest")]),
    ("a village street in my old-photo look", "clarify", [("seventies", "newest"), ("tintype", "newest")]),
    ("Theo giving Leo a piggyback ride", "multi", [("theo", "newest"), ("leo", "newest")]),
    ("Sofia and Waffles racing across the sand", "multi", [("sofia", "newest"), ("waffles", "newest")]),
    ("Marigold on route 66 with my faded 70s film look", "multi", [("marigold", "newest"), ("seventies", "newest")]),
    ("Dana feeding Kiwi a slice of apple", "multi", [("kiwi", "newest"), ("dana", "newest")]),
    ("Priya shredding on Riff at a rooftop gig", "multi", [("priya", "newest"), ("riff", "newest")]),
]

TYPOS = {
    "Biscuit": ["Biscut", "Biskit", "Bisquit"], "Nova": ["Novah", "Nvoa"], "Tofu": ["Tofoo", "Toffu"],
    "Pretzel": ["Pretzle", "Prezel", "Pretsel"], "Cleo": ["Clio", "Kleo"],
    "Saffron": ["Safron", "Saffran", "Saphron"], "Kiwi": ["Kiwii", "Kiwee"], "Dana": ["Dayna", "Danna"],
    "Theo": ["Teo", "Thoe"], "Edith": ["Edyth", "Eidth", "Edtih"], "Barnaby": ["Barnabee", "Barnby"],
    "Clementine": ["Clemintine", "Clementin", "Clemetine"], "Chugs": ["Chuggs", "Chgus"],
    "Ember": ["Embr", "Embre"], "Stardust": ["Stardst", "Star dust"],
    "Marigold": ["Marygold", "Mariglod"], "Pistachio": ["Pistacio", "Pistashio"],
    "Pine Hollow": ["Pine Holow", "Pinehollow", "Pine Hallow"], "Fernhill": ["Fernhil", "Fern Hill"],
    "Maple": ["Mapel", "Mapple"], "Waffles": ["Wafles", "Waffels"], "Ziggy": ["Zigy", "Ziggie"],
    "Figaro": ["Figgaro", "Fiagro"], "Nimbus": ["Nimbs", "Nimbuss"], "Apollo": ["Appolo", "Apolo"],
    "Truffle": ["Truffel", "Trufle"], "Priya": ["Pria", "Priyah"], "Marcus": ["Markus"],
    "Kenji": ["Kenjy", "Kenij"], "Sofia": ["Sophia", "Sofai"], "Wilhelmina": ["Wilhelmena", "Wilhemina"],
    "Beatrix": ["Beatrice", "Betrix"], "Trailblazer": ["Trailblazr", "Trail blazer"],
    "Roxanne": ["Roxane", "Roxann"], "Dottie": ["Dotty", "Dotie"], "Grumble": ["Grumbel"],
    "Lumen": ["Lumin", "Lumenn"], "Minnow": ["Minow", "Minnoe"], "Glasshouse": ["Glashouse"],
    "Sir Hops": ["Sir Hopps", "Sirhops"], "Captain Quack": ["Captin Quack", "Captain Quak"],
}

# words of version notes that say nothing about how a version looks
NOTE_STOPWORDS = {"photos", "photo", "photographed", "wearing", "after", "with", "from", "trained",
                  "right", "visit", "tiny", "little", "shots", "only", "more", "around", "into",
                  "their", "that", "years", "straight", "added", "attached", "behind", "down",
                  "over", "inside", "full", "very", "during", "day"}
CUE_WORDS = re.compile(r"\b(v\d+|version|ver|first|original|oldest|newest|latest|previous|recent|"
                       r"current|second|third|2nd|3rd|" + "|".join(m.lower() for m in MONTHS) +
                       r"|20\d\d)\b")


# ------------------------------------------------------------------ the catalog
def pronouns(gender: str) -> dict:
    return {"m": dict(subj="he", obj="him", poss="his"), "f": dict(subj="she", obj="her", poss="her"),
            "n": dict(subj="it", obj="it", poss="its")}[gender]


def build_catalog(rng: random.Random):
    """Cards for every concept; big families get 32-48 versions, one per distinct month."""
    window = [(y, m) for y in range(2022, 2027) for m in range(1, 13)
              if (2022, 7) <= (y, m) <= (2026, 11)]
    cards, fam = [], {}
    prefix = {"pet": "pet", "person": "person", "toy": "toy", "object": "obj", "vehicle": "vehicle",
              "place": "place", "style": "style"}
    for c in C:
        n = rng.randint(32, 48) if c["big"] else c["versions"]
        if c["big"]:
            months = sorted(rng.sample(window, n))
        else:
            months = sorted(rng.sample([w for w in window if w >= (2024, 1)], n))
        pool = [x for x in NOTES[c["cat"]] if not (c["cls"] == "parrot" and
                                                  re.search(r"paws|groom|harness|cone", x["text"]))]
        distinct = rng.sample(pool, min(len(pool), n // 2)) if c["big"] else []
        slots = rng.sample(range(1, n + 1), len(distinct)) if c["big"] else []
        note_of = dict(zip(slots, distinct))
        pr = pronouns(c["gender"])
        versions = []
        for v, (y, m) in enumerate(months, start=1):
            last_day = 28 if m == 2 else 30
            day = rng.randint(1, last_day if (y, m) != (2026, 11) else 20)
            date = dt.date(y, m, day)
            assert date <= TODAY
            cid = f"{prefix[c['cat']]}-{c['family']}" + (f"-v{v}" if n > 1 else "")
            trigger = f"<{c['family']}-v{v}>" if n > 1 else f"<{c['family']}>"
            note = note_of.get(v)
            desc, tags = c["desc"], list(c["tags"])
            if n > 1:
                text = note["text"].format(**pr) if note else rng.choice(GENERIC_NOTES)
                desc = f"{desc} Version {v}: {text}."
                if note:
                    tags += note["tags"]
            card = {"id": cid, "name": c["name"], "trigger": trigger, "class_noun": c["cls"],
                    "kind": "style" if c["cat"] == "style" else "subject", "family": c["family"],
                    "version": v, "created_at": date.isoformat(), "description": desc, "tags": tags,
                    "base_model": "sdxl" if c["family"] in ("neonnoir", "facet", "loft") else "sd15"}
            cards.append(card)
            versions.append(dict(id=cid, v=v, date=date, note=note))
        fam[c["family"]] = dict(c, vers=versions)
    return cards, fam


# ------------------------------------------------------------------ the cases
class Builder:
    def __init__(self, rng, fam):
        self.rng, self.fam = rng, fam
        self.cases, self.meta, self.seen, self.rejected = [], [], set(), []
        names = {}
        for f in fam.values():
            names.setdefault(f["name"].lower(), set()).add(f["family"])
        self.names = names  # lower-case name -> families

    # helpers
    def pick(self, xs):
        return self.rng.choice(xs)

    def newest(self, family):
        return self.fam[family]["vers"][-1]["id"]

    def scene(self, f, avoid_kw=True):
        cat = "boat" if f["cls"] in ("sailboat", "fishing boat", "kayak") else f["cat"]
        bad = self.kw(f) if avoid_kw else set()
        for _ in range(100):
            s = self.pick(SCENES[cat])
            if not (set(re.findall(r"[a-z]+", s.lower())) & bad):
                return s
        raise RuntimeError(f"no scene for {f['family']}")

    def kw(self, f):
        """Words that could read as an appearance cue for one of the family's versions: the
        note's keywords and every content word of its card text."""
        out = set()
        for v in f["vers"]:
            if v["note"]:
                out |= {w for k in v["note"]["kw"] for w in k.split()}
                out |= {w for w in re.findall(r"[a-z]+", v["note"]["text"].lower())
                        if len(w) >= 4 and w not in NOTE_STOPWORDS}
        return out

    def name_ref(self, f, name=None):
        n = name or f["name"]
        form = self.pick(NAME_FORMS[f["cat"]])
        return form.format(n=n, l=n.lower(), cls=f["cls"])

    def add(self, prompt, expect, gold, tag, cue=False):
        prompt = re.sub(r"\s+", " ", prompt).strip()
        prompt = prompt.replace(" ,", ",").replace(",,", ",")
        key = prompt.lower()
        if key in self.seen:
            return False
        try:
            self.check(prompt, expect, gold, tag, cue)
        except AssertionError as err:  # resampled: the reasons are printed once at the end
            self.rejected.append(str(err))
            return False
        self.seen.add(key)
        self.cases.append({"prompt": prompt, "expect": expect, "gold": gold})
        self.meta.append({"tag": tag})
        return True

    def check(self, prompt, expect, gold, tag, cue):
        """Refuse a case that names a concept outside its gold or carries a stray version cue."""
        low = prompt.lower()
        gold_fams = {self.fam_of[g] for g in gold}
        if expect != "none":
            for name, fams in self.names.items():
                if re.search(r"(?<![a-z])" + re.escape(name) + r"(?![a-z])", low):
                    assert fams & gold_fams, (prompt, name)
        if not cue and expect != "none":
            assert not CUE_WORDS.search(low), ("stray version cue", prompt)
            words = set(re.findall(r"[a-z]+", low))
            for fam in gold_fams:
                f = self.fam[fam]
                clash = words & self.kw(f) - set(re.findall(r"[a-z]+", (f["desc"] + " " + " ".join(f["refs"])).lower()))
                assert not clash, ("appearance word in a no-cue case", prompt, clash)
        for g in gold:
            assert g in self.fam_of, g

    def frame(self, r, s):
        fr = self.pick(SUBJECT_FRAMES)
        return fr.format(r=r, R=r[:1].upper() + r[1:], s=s, S=s[:1].upper() + s[1:])

    def tail(self, r, s, c):
        fr = self.pick(TAIL_FRAMES)
        return fr.format(r=r, s=s, c=c, C=c[:1].upper() + c[1:])

    def style_frame(self, subj, sr):
        fr = self.pick(STYLE_FRAMES)
        return fr.format(subj=subj, sr=sr, SR=sr[:1].upper() + sr[1:])

    # families by kind
    def subjects(self, big=None):
        return [f for f in self.fam.values() if f["cat"] != "style" and (big is None or f["big"] == big)]

    def styles(self):
        return [f for f in self.fam.values() if f["cat"] == "style"]

    def fill(self, tag, n, make):
        start = sum(1 for m in self.meta if m["tag"] == tag)
        tries = 0
        while sum(1 for m in self.meta if m["tag"] == tag) - start < n:
            tries += 1
            assert tries < 50 * n + 500, f"cannot fill {tag}"
            make()

    # -------------------------------------------------------------- single-match
    def make_name_newest(self):
        f = self.pick(self.subjects(big=True))
        self.add(self.frame(self.name_ref(f), self.scene(f)), "select", [self.newest(f["family"])],
                 "name_newest")

    def make_name_single(self):
        f = self.pick(self.subjects(big=False))
        if len(self.names[f["name"].lower()]) > 1:
            return  # shared names are clarify cases
        self.add(self.frame(self.name_ref(f), self.scene(f)), "select", [self.newest(f["family"])],
                 "name_single")

    def make_description(self):
        f = self.pick([f for f in self.subjects() if f["refs"]])
        self.add(self.frame(self.pick(f["refs"]), self.scene(f)), "select", [self.newest(f["family"])],
                 "description")

    def make_typo(self):
        f = self.pick([f for f in self.subjects() if TYPOS.get(f["name"])])
        typo = self.pick(TYPOS[f["name"]])
        if self.rng.random() < 0.25:
            typo = typo.lower()
        form = self.pick(NAME_FORMS[f["cat"]]).replace("{l}", "{n}")
        r = form.format(n=typo, cls=f["cls"])
        self.add(self.frame(r, self.scene(f)), "select", [self.newest(f["family"])], "typo")

    def with_cue(self, f, ref_form, tails, target, tag):
        """One version cue, glued to the name (ref_form) or said after the scene (tails)."""
        n = f["name"]
        s = self.scene(f)
        if tails and self.rng.random() < 0.35:
            r = self.name_ref(f) if self.rng.random() < 0.6 else self.pick(f["refs"] or [n])
            prompt = self.tail(r, s, self.pick(tails))
        else:
            prompt = self.frame(ref_form.format(n=n, l=n.lower()), s)
        self.add(prompt, "select", [target["id"]], tag, cue=True)

    def make_version_number(self):
        fams = self.subjects(big=True) + [f for f in self.subjects(big=False) if len(f["vers"]) > 1
                                          and len(self.names[f["name"].lower()]) == 1]
        f = self.pick(fams)
        t = self.pick(f["vers"])
        form = self.pick(VERSION_FORMS).replace("{v}", str(t["v"]))
        tails = [x.format(v=t["v"]) for x in VERSION_TAILS]
        self.with_cue(f, form, tails, t, "version_number")

    def make_ordinal(self):
        f = self.pick(self.subjects(big=True))
        which = self.pick(["first", "first", "second", "third", "previous", "previous", "latest"])
        idx = {"first": 0, "second": 1, "third": 2, "previous": -2, "latest": -1}[which]
        t = f["vers"][idx]
        tails = {"first": ["the first version", "use the original one", "the oldest checkpoint",
                           "the first one"],
                 "previous": ["the one before the newest", "use the previous version"],
                 "latest": ["the newest version", "latest checkpoint please"]}.get(which, [])
        self.with_cue(f, self.pick(ORDINALS[which]), tails, t, "ordinal")

    def date_cues(self, d: dt.date):
        M, y = MONTHS[d.month - 1], d.year
        cues = [f"from {M} {y}", f"the {M} {y} one", f"trained in {M[:3]} {y}",
                f"made on {M} {d.day}, {y}", f"from {d.isoformat()}", f"from {d.day} {M} {y}"]
        if (y, d.month) == (2025, 12):
            cues += ["from last December", "the one from last december", "trained last December"] * 2
        if (y, d.month) == (2026, 10):
            cues += ["from last month", "that I trained last month"] * 2
        if y == 2026 and d.month < 10:
            cues += [f"from {M} this year", f"trained this {M}"]
        if y == 2025:
            cues += [f"from {M} last year", f"{M} of last year"]
        return cues

    def make_date(self):
        f = self.pick(self.subjects(big=True))
        special = [v for v in f["vers"] if (v["date"].year, v["date"].month) in ((2025, 12), (2026, 10))]
        t = self.pick(special) if special and self.rng.random() < 0.4 else self.pick(f["vers"])
        cues = self.date_cues(t["date"])
        c = self.pick(cues)
        if c.startswith("the "):  # "the March 2025 one" stands alone
            form = self.pick(["{n}, " + c + ",", "{n} (" + c + ")"])
            tails = [c]
        else:  # "from March 2025", "trained last December"
            form = self.pick(["{n} " + c, "the {n} model " + c, "{n} (" + c + ")", "{l} " + c])
            tails = [f"the version {c}", f"the checkpoint {c}", f"use the one {c}"]
        self.with_cue(f, form, tails, t, "date")

    def make_appearance(self):
        f = self.pick([f for f in self.subjects(big=True) if any(v["note"] for v in f["vers"])])
        t = self.pick([v for v in f["vers"] if v["note"]])
        pr = pronouns(f["gender"])
        c = self.pick(t["note"]["cues"]).format(**pr)
        r = self.name_ref(f) if self.rng.random() < 0.65 else self.pick(f["refs"])
        bad = self.kw(f)
        for _ in range(50):
            # a place's cues are times and weathers ("at sunset"): its scene must not be one
            s = self.pick(PLACE_CUE_SCENES) if f["cat"] == "place" else self.scene(f, avoid_kw=False)
            if not set(re.findall(r"[a-z]+", s.lower())) & bad:
                break
        if self.rng.random() < 0.5:
            prompt = self.frame(f"{r} {c}", s)
        else:
            tails = [c] if c.startswith("the ") else [f"the one {c}", f"the version {c}", c]
            prompt = self.tail(r, s, self.pick(tails))
        self.add(prompt, "select", [t["id"]], "appearance", cue=True)

    def style_ref(self, f):
        if f["refs"] and self.rng.random() < 0.5:
            return self.pick(f["refs"])
        n = f["name"]
        return self.pick(STYLE_NAME_FORMS).format(n=n, l=n.lower())

    def make_style(self):
        f = self.pick(self.styles())
        subj = self.pick(SCENES["style"])
        if f["big"] and self.rng.random() < 0.3:  # a version cue on a style
            t = self.pick(f["vers"][:-1])
            if t["note"] and self.rng.random() < 0.5:
                c = self.pick(t["note"]["cues"])
            else:
                c = self.pick([f"v{t['v']}", f"version {t['v']}"])
            sr = self.pick([f"in my {f['name']} style, {c}", f"in {f['name']} style ({c})",
                            f"with the {f['name']} look, {c}"])
            self.add(self.style_frame(subj, sr), "select", [t["id"]], "style", cue=True)
            return
        words = set(re.findall(r"[a-z]+", subj.lower()))
        if words & self.kw(f):
            return
        self.add(self.style_frame(subj, self.style_ref(f)), "select", [self.newest(f["family"])], "style")

    # -------------------------------------------------------------- clarify / none / multi
    def make_clarify(self):
        if not getattr(self, "_groups", None):  # every group in turn, in a shuffled order
            self._groups = sorted(CLARIFY_REFS)
            self.rng.shuffle(self._groups)
        group = self._groups.pop()
        members = sorted(f["family"] for f in self.fam.values() if group in f["groups"])
        assert len(members) >= 2, group
        gold = [self.newest(m) for m in members]
        r = self.pick(CLARIFY_REFS[group])
        fs = [self.fam[m] for m in members]
        if fs[0]["cat"] == "style":
            subj = self.pick(SCENES["style"])
            prompt = self.style_frame(subj, r)
        else:
            cats = {f["cat"] for f in fs} | {("boat" if f["cls"] in ("sailboat", "fishing boat") else "")
                                             for f in fs}
            key = fs[0]["cat"] if len(cats - {""}) == 1 else "neutral"
            if "boat" in cats and key != "neutral":
                key = "boat"
            bad = set().union(*(self.kw(f) for f in fs))
            s = self.pick([x for x in SCENES[key] if not set(re.findall(r"[a-z]+", x.lower())) & bad])
            prompt = self.frame(r, s)
        self.add(prompt, "clarify", gold, "clarify:" + group)

    def make_multi(self, with_style: bool):
        if with_style:  # subject + style
            f = self.pick([f for f in self.subjects() if len(self.names[f["name"].lower()]) == 1])
            st = self.pick(self.styles())
            r = self.name_ref(f) if self.rng.random() < 0.6 else self.pick(f["refs"] or [f["name"]])
            s = self.scene(f)
            if set(re.findall(r"[a-z]+", s.lower())) & self.kw(st):
                return
            sr = self.style_ref(st)
            fr = self.pick(MULTI_STYLE_FRAMES)
            prompt = fr.format(r=r, s=s, sr=sr, SR=sr[:1].upper() + sr[1:])
            self.add(prompt, "multi", [self.newest(f["family"]), self.newest(st["family"])], "multi:style")
        else:  # two subjects that can share a scene
            pool = [f for f in self.subjects() if f["cat"] in ("pet", "person", "toy")
                    and len(self.names[f["name"].lower()]) == 1]
            a, b = self.rng.sample(pool, 2)
            bad = self.kw(a) | self.kw(b)
            s = self.pick([x for x in SCENES["two"] if not set(re.findall(r"[a-z]+", x.lower())) & bad])
            ra = a["name"] if self.rng.random() < 0.7 else self.pick(a["refs"])
            rb = b["name"] if self.rng.random() < 0.7 else self.pick(b["refs"])
            prompt = self.pick(MULTI_TWO_FRAMES).format(a=ra, b=rb, s=s)
            self.add(prompt, "multi", [self.newest(a["family"]), self.newest(b["family"])], "multi:two")

    def make_multi_cue(self):
        a = self.pick(self.subjects(big=True))
        t = self.pick(a["vers"][:-1])
        b = self.pick([f for f in self.subjects() if f["cat"] in ("pet", "person", "toy") and f is not a
                       and len(self.names[f["name"].lower()]) == 1] if a["cat"] in ("pet", "person", "toy")
                      else self.styles())
        s = self.pick(SCENES["two"] if b["cat"] != "style" else SCENES[a["cat"]])
        other = b["name"] if b["cat"] != "style" else self.style_ref(b)
        prompt = self.pick([f"{a['name']} v{t['v']} and {other} {s}" if b["cat"] != "style"
                            else f"{a['name']} v{t['v']} {s} {other}",
                            f"version {t['v']} of {a['name']} with {other} {s}" if b["cat"] != "style"
                            else f"version {t['v']} of {a['name']} {s}, {other}"])
        self.add(prompt, "multi", [t["id"], self.newest(b["family"])], "multi:cue", cue=True)


def build(out_dir: Path = HERE) -> dict:
    rng = random.Random(SEED)
    cards, fam = build_catalog(rng)
    b = Builder(rng, fam)
    b.fam_of = {c["id"]: c["family"] for c in cards}
    b.fill("name_newest", TARGETS["name_newest"], b.make_name_newest)
    b.fill("name_single", TARGETS["name_single"], b.make_name_single)
    b.fill("description", TARGETS["description"], b.make_description)
    b.fill("typo", TARGETS["typo"], b.make_typo)
    b.fill("version_number", TARGETS["version_number"], b.make_version_number)
    b.fill("ordinal", TARGETS["ordinal"], b.make_ordinal)
    b.fill("date", TARGETS["date"], b.make_date)
    b.fill("appearance", TARGETS["appearance"], b.make_appearance)
    b.fill("style", TARGETS["style"], b.make_style)
    n_clarify = 0
    while n_clarify < TARGETS["clarify"]:
        n_clarify += _count_new(b, b.make_clarify)
    for p in NONE_TRAPS:
        b.add(p, "none", [], "none:name_trap")
    for p in NONE_CLASS_TRAPS:
        b.add(p, "none", [], "none:class_trap")
    for p in NONE_GENERIC[: TARGETS["none"] - len(NONE_TRAPS) - len(NONE_CLASS_TRAPS)]:
        b.add(p, "none", [], "none:generic")
    n_multi = 0
    while n_multi < TARGETS["multi"] - 5:
        n_multi += _count_new(b, lambda: b.make_multi(with_style=n_multi % 2 == 0))
    while n_multi < TARGETS["multi"]:
        n_multi += _count_new(b, b.make_multi_cue)

    for text, expect, picks in HANDWRITTEN:
        gold = []
        for family, which in picks:
            vers = fam[family]["vers"]
            idx = {"newest": -1, "first": 0, "previous": -2}.get(which, which)
            gold.append(vers[idx]["id"] if isinstance(which, str) else vers[which - 1]["id"])
            assert isinstance(which, str) or vers[which - 1]["v"] == which
        cue = any(which != "newest" for _, which in picks) or bool(CUE_WORDS.search(text.lower()))
        assert b.add(text, expect, gold, "handwritten:" + expect, cue=cue), (text, b.rejected[-1:])

    # interleave the case kinds so a --limit run sees every kind
    order = list(range(len(b.cases)))
    rng.shuffle(order)
    cases = [b.cases[i] for i in order]
    meta = [b.meta[i] for i in order]
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "catalog.jsonl", "w") as fh:
        for c in cards:
            fh.write(json.dumps(c) + "\n")
    with open(out_dir / "cases.jsonl", "w") as fh:
        for c in cases:
            fh.write(json.dumps(c) + "\n")
    with open(out_dir / "cases_meta.jsonl", "w") as fh:
        for m in meta:
            fh.write(json.dumps(m) + "\n")
    counts = {}
    for c in cases:
        counts[c["expect"]] = counts.get(c["expect"], 0) + 1
    assert len(cases) == sum(TARGETS.values()) + len(HANDWRITTEN), (len(cases), b.rejected[-5:])
    return {"cards": len(cards), "families": len(fam), "cases": len(cases), **counts,
            "rejected_while_sampling": len(b.rejected)}


def _count_new(b: Builder, make) -> int:
    before = len(b.cases)
    make()
    return len(b.cases) - before


def show_sample(n: int, seed: int = 0, out_dir: Path = HERE) -> None:
    """Print n random cases with their gold cards, for reading the gold by eye."""
    cards = {json.loads(l)["id"]: json.loads(l) for l in open(out_dir / "catalog.jsonl")}
    cases = [json.loads(l) for l in open(out_dir / "cases.jsonl")]
    meta = [json.loads(l) for l in open(out_dir / "cases_meta.jsonl")]
    for i in random.Random(seed).sample(range(len(cases)), min(n, len(cases))):
        c = cases[i]
        print(f"[{meta[i]['tag']}] {c['prompt']!r} -> {c['expect']}")
        for g in c["gold"]:
            card = cards[g]
            print(f"    {g} ({card['created_at']}): {card['description']}")


if __name__ == "__main__":
    summary = build()
    print(json.dumps(summary))
    if "--sample" in sys.argv:  # python build.py --sample 40 [SEED]
        k = sys.argv.index("--sample")
        show_sample(int(sys.argv[k + 1]), int(sys.argv[k + 2]) if len(sys.argv) > k + 2 else 0)
