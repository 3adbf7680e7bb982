"""A generated checkpoint catalog of any size with realistic variety, and requests with gold.

Why generated: a 100,000-card repository is too large to commit, and no one owns one; what the
scale benchmark needs is its shape. Families of several dated versions; the owner's people with
their relation to the owner; pets; a shop's products; downloaded Civitai characters (full
names), art styles and concept LoRAs (clothing, hairstyles, vehicles); SD1.5 and SDXL bases.

Every name is a made-up word that is no English word and unique across the whole catalog, so a
request's gold stays the same at every size: the catalog of N cards is the first N cards of the
largest one, and the requests only name families among the first `GOLD_POOL` cards. A few
names are deliberately shared by two families (a dog and a cat both called the same): their
requests need a question. Seeded: the same (n, seed) always gives the same cards and requests.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from personalq.checkin.text import english_words

GOLD_POOL = 1000  # requests name only families among the first this-many cards
ONSETS = "b br c ch d dr f g gr h j k kl l m n p pr qu r s sh st t tr v w z".split()
VOWELS = "a e i o u ai ea ou y".split()
CODAS = ["", "", "", "n", "r", "l", "s", "th", "x", "m", "nd", "rk"]
PEOPLE = [("sister", "woman"), ("brother", "man"), ("mother", "woman"), ("father", "man"),
          ("grandmother", "woman"), ("grandfather", "man"), ("daughter", "girl"), ("son", "boy"),
          ("wife", "woman"), ("husband", "man"), ("aunt", "woman"), ("uncle", "man"),
          ("cousin", "woman"), ("best friend", "man"), ("niece", "girl"), ("nephew", "boy")]
PETS = [("dog", "beagle"), ("dog", "golden retriever"), ("dog", "husky"), ("dog", "dachshund"),
        ("dog", "french bulldog"), ("cat", "siamese"), ("cat", "tabby"), ("cat", "calico"),
        ("parrot", "macaw"), ("rabbit", "lop"), ("horse", "pony"), ("hamster", "syrian")]
PRODUCTS = ["teapot", "mug", "backpack", "sneaker", "lamp", "candle", "watch", "guitar",
            "skateboard", "bicycle", "chair", "kettle", "vase", "headphones", "notebook"]
CHARACTERS = [("girl", "anime"), ("knight", "fantasy"), ("robot", "sci-fi"),
              ("wizard", "fantasy"), ("pilot", "sci-fi"), ("detective", "noir")]
STYLES = ["gouache painting", "watercolor", "pixel art", "ink drawing", "oil painting",
          "stop-motion film", "manuscript illumination", "linocut print", "art nouveau poster",
          "claymation", "low poly render", "charcoal sketch"]
CONCEPTS = [("bomber jacket", "clothing"), ("buzz cut", "hairstyle"), ("denim jacket", "clothing"),
            ("braided crown", "hairstyle"), ("vintage convertible", "vehicle"),
            ("cargo bike", "vehicle"), ("kimono", "clothing"), ("mohawk", "hairstyle"),
            ("jumping pose", "pose"), ("hover scooter", "vehicle")]
LOOKS = ["with short hair", "in a winter coat", "at the beach", "with a red scarf",
         "in a graduation gown", "with glasses", "in the garden", "as a puppy", "with a hat",
         "in the snow", "at a birthday party", "in a yellow raincoat"]
SCENES = ["on the beach", "in a snowy forest", "on a rooftop at night", "in a cozy kitchen",
          "at a birthday party", "on the moon", "in a flower field", "riding a bicycle",
          "in front of the eiffel tower", "under a rainy city street light"]
NONE_REQUESTS = ["a bowl of fruit on a wooden table", "a lighthouse in a storm",
                 "a red bicycle leaning against a wall", "mountains at sunrise",
                 "a cup of coffee on a desk", "a busy street market in the rain",
                 "a sailboat on a calm lake", "an old castle on a hill"]
KIND_WEIGHTS = [("person", 3), ("pet", 3), ("product", 2), ("character", 2), ("style", 2),
                ("concept", 1)]


@dataclass
class ScaleSet:
    cards: list[dict]
    cases: list[dict]  # {"prompt", "expect", "gold"} as ../shared/bench/score_select.py reads


class _Names:
    """Unique, pronounceable non-words ("Brailen", "Quoster")."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()
        self.english = english_words()

    def new(self) -> str:
        while True:
            n = self.rng.choice((2, 2, 3))
            word = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS) for _ in range(n))
            word += self.rng.choice(CODAS)
            if len(word) >= 5 and word not in self.used and word not in self.english:
                self.used.add(word)
                return word.capitalize()


def _family(rng: random.Random, names: _Names, kind: str, index: int) -> list[dict]:
    """All versions of one concept, oldest first (a family of 1..6 dated versions)."""
    name, cls, tags, desc, card_kind, base = _concept(rng, names, kind)
    n_versions = rng.choice((1, 1, 2, 3, 4, 6))
    day = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1200))
    key = f"{kind}-{name.lower().replace(' ', '-')}-{index}"
    out = []
    for v in range(1, n_versions + 1):
        look = rng.choice(LOOKS) if card_kind == "subject" and v > 1 else ""
        out.append({"id": f"{key}-v{v}", "name": name, "trigger": f"<{key}-v{v}>",
                    "class_noun": cls, "kind": card_kind, "family": key, "version": v,
                    "created_at": day.isoformat(),
                    "description": f"{desc}" + (f" Version {v}: {look}." if look else ""),
                    "tags": tags, "base_model": base})
        day += dt.timedelta(days=rng.randrange(20, 200))
    return out


def _concept(rng: random.Random, names: _Names, kind: str) -> tuple:
    """(name, class noun, tags, description, card kind, base model) of one new concept."""
    base = rng.choice(("sd15", "sd15", "sdxl"))
    if kind == "person":
        rel, cls = rng.choice(PEOPLE)
        name = names.new()
        return name, cls, ["person", rel], f"{name}, my {rel}, photographed at home.", "subject", base
    if kind == "pet":
        cls, breed = rng.choice(PETS)
        name = names.new()
        return name, cls, ["pet", cls, breed], f"{name}, our {breed} {cls}.", "subject", base
    if kind == "product":
        noun = rng.choice(PRODUCTS)
        brand = names.new()
        return (f"{brand} {noun.capitalize()}", noun, ["product", noun],
                f"The {brand} {noun} from our shop's catalogue.", "subject", base)
    if kind == "character":
        cls, genre = rng.choice(CHARACTERS)
        name = f"{names.new()} {names.new()}"
        return name, cls, ["character", genre], f"{name}, a {genre} {cls} character.", "subject", base
    if kind == "style":
        medium = rng.choice(STYLES)
        name = f"{names.new()} {medium.split()[0].capitalize()}"
        return name, medium, ["style", medium.split()[-1]], f"The {name} {medium} style.", "style", base
    concept, category = rng.choice(CONCEPTS)
    name = f"{names.new()} {concept.title()}"
    return name, concept, [category, "concept"], f"A {concept} ({category}) concept LoRA.", "concept", base


def generate_cards(n: int, seed: int = 0) -> list[dict]:
    """The first `n` cards of the seeded catalog (a prefix of every larger one)."""
    rng = random.Random(seed)
    names = _Names(rng)
    kinds = [k for k, w in KIND_WEIGHTS for _ in range(w)]
    cards: list[dict] = []
    index = 0
    while len(cards) < n:
        cards.extend(_family(rng, names, rng.choice(kinds), index))
        index += 1
        if index % 50 == 0:  # a name shared by two families: "Mochi" the dog and the cat
            twin = _homonym(rng, cards, index)
            if twin:
                cards.extend(twin)
                index += 1
    return cards[:n]


def _homonym(rng: random.Random, cards: list[dict], index: int) -> list[dict]:
    """A one-version pet named like the last pet family, of another class."""
    last = next((c for c in reversed(cards) if c["tags"][:1] == ["pet"]), None)
    if last is None:
        return []
    cls, breed = rng.choice([p for p in PETS if p[0] != last["class_noun"]])
    key = f"pet-{last['name'].lower()}-{index}"
    return [{"id": f"{key}-v1", "name": last["name"], "trigger": f"<{key}-v1>", "class_noun": cls,
             "kind": "subject", "family": key, "version": 1, "created_at": "2025-05-05",
             "description": f"{last['name']}, our {breed} {cls}.", "tags": ["pet", cls, breed],
             "base_model": last["base_model"]}]


def generate_cases(cards: list[dict], n_cases: int = 150, seed: int = 0) -> list[dict]:
    """Requests whose gold is known by construction, naming whole families among the first
    GOLD_POOL cards (so the gold is the same at every size): names, names with a version,
    styles, subject + style, shared names, none."""
    rng = random.Random(seed + 1)
    pool = cards[:GOLD_POOL]
    cut = {c["family"] for c in cards[GOLD_POOL:]}  # a family the prefix cuts gains versions later
    fams: dict[str, list[dict]] = {}
    for c in pool:
        if c["family"] not in cut:
            fams.setdefault(c["family"], []).append(c)
    by_name: dict[str, list[str]] = {}
    for key, members in fams.items():
        by_name.setdefault(members[-1]["name"], []).append(key)
    unique = [k for k, m in fams.items() if len(by_name[m[-1]["name"]]) == 1]
    subjects = [k for k in unique if fams[k][-1]["kind"] == "subject"]
    styles = [k for k in unique if fams[k][-1]["kind"] == "style"]
    shared = [ks for ks in by_name.values() if len(ks) == 2]
    makers = [(_case_name, 5), (_case_version, 2), (_case_style, 2), (_case_multi, 2),
              (_case_shared, 1), (_case_none, 2)]
    weighted = [m for m, w in makers for _ in range(w)]
    cases: list[dict] = []
    while len(cases) < n_cases:
        case = rng.choice(weighted)(rng, fams, subjects, styles, shared)
        if case is not None and case["prompt"] not in {c["prompt"] for c in cases}:
            cases.append(case)
    return cases


def _case_name(rng, fams, subjects, styles, shared):
    """A name, or for the owner's people sometimes "my <relation> <name>"."""
    card = fams[rng.choice(subjects)][-1]
    who = card["name"]
    if card["tags"][0] == "person" and rng.random() < 0.5:
        who = f"my {card['tags'][1]} {who}"
    return {"prompt": f"{who} {rng.choice(SCENES)}", "expect": "select", "gold": [card["id"]]}


def _case_version(rng, fams, subjects, styles, shared):
    key = rng.choice([k for k in subjects if len(fams[k]) > 1] or subjects)
    card = rng.choice(fams[key])
    return {"prompt": f"{card['name']} v{card['version']} {rng.choice(SCENES)}",
            "expect": "select", "gold": [card["id"]]}


def _case_style(rng, fams, subjects, styles, shared):
    if not styles:
        return None
    key = rng.choice(styles)
    return {"prompt": f"{rng.choice(NONE_REQUESTS)} in the {fams[key][-1]['name']} style",
            "expect": "select", "gold": [fams[key][-1]["id"]]}


def _case_multi(rng, fams, subjects, styles, shared):
    if not styles:
        return None
    subject, style = rng.choice(subjects), rng.choice(styles)
    return {"prompt": f"{fams[subject][-1]['name']} {rng.choice(SCENES)} in the "
                      f"{fams[style][-1]['name']} style", "expect": "multi",
            "gold": [fams[subject][-1]["id"], fams[style][-1]["id"]]}


def _case_shared(rng, fams, subjects, styles, shared):
    if not shared:
        return None
    keys = rng.choice(shared)
    return {"prompt": f"{fams[keys[0]][-1]['name']} {rng.choice(SCENES)}", "expect": "clarify",
            "gold": [fams[k][-1]["id"] for k in keys]}


def _case_none(rng, fams, subjects, styles, shared):
    return {"prompt": f"{rng.choice(NONE_REQUESTS)} {rng.choice(SCENES)}", "expect": "none",
            "gold": []}


def generate(n: int, n_cases: int = 150, seed: int = 0) -> ScaleSet:
    cards = generate_cards(n, seed)
    return ScaleSet(cards, generate_cases(cards, n_cases, seed))
