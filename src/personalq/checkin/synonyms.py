"""Other names for a kind of thing: the words owners use for a breed, a vehicle, a garment or a
hairstyle that no card of theirs writes, and that WordNet lacks or holds only as a phrase.

Why: a card says what its thing is in one word of one English ("dachshund", "overalls",
"campervan", "buzz cut"); its owner, or the owner of the next repository, says it in another
English or by a nickname ("sausage dog", "doxie"; "dungarees"; "kombi", "VW camper"; "shaved
head"). Check-in's WordNet reading (lexical.py) gives a card the other one-word names of its
senses; this module adds what it cannot:

- `DOMAIN_NAMES`: a compact lexicon of a whole domain's common vocabulary, one group per kind,
  every word of a group a name of the same kind in some English (British, American, Australian
  and New Zealand, Irish, Scottish, South African, Indian, Philippine, Caribbean): dog and cat
  breed nicknames and the informal words for a dog or a cat, regional and genericised-brand
  names of vehicles, regional names of garments and descriptions of hairstyles. A group holds
  names of the same kind only, never a narrower or broader kind (a "parka" is no puffer jacket).
- WordNet's own names of several words, which a one-word index cannot match: the other
  lemmas of the card's senses ("badger dog", "motor home") and, for an animal breed, its
  narrower words that are leaves (a variety or a nickname: "sausage dog" under dachshund).

A card's naming phrases are its class noun and its head, its tags (but the catalog's broad
ones) and their heads, and, for a style or concept, its name and the name's head; a group one of
whose words is among them gives the card its other words. One-word names are indexed as terms
(at STRENGTH[Field.LEXICAL], like lexical.py's), names of several words as phrases a request
must type adjacent (`PhraseIndex`). A one-word name that is also an everyday English word in
another meaning ("pom", "dug", "ride", "lab") is guarded: it names the kind only as the head of
its noun phrase (rule `other_name_of_a_kind`, rules.py). The rule switches the whole lexicon
off (CatalogIndex(other_names=False)).
"""

from __future__ import annotations

from functools import lru_cache

from personalq.catalog.card import Card
from personalq.checkin.lexicon import LEXFILE, Lexicon, closed_forms, lexicon
from personalq.checkin.text import STOPWORDS, Token, english_words, stem, tokenize
from personalq.checkin.tuning import BREED_NARROWER_MAX

# Each group: names of one kind, the commonest first. Lower case, words as typed.
DOG_NAMES = (
    ("dog", "doggy", "doggie", "doggo", "pupper", "pooch", "dug", "dawg", "mutt"),
    ("dachshund", "sausage dog", "wiener dog", "weiner dog", "weenie dog", "doxie", "doxy",
     "dachsie", "dackel", "teckel", "sausage hound"),
    ("pomeranian", "pom", "pom pom", "pomerian"),
    ("labrador", "labrador retriever", "lab", "labby"),
    ("golden retriever", "goldie"),
    ("german shepherd", "alsatian", "german shepherd dog", "gsd"),
    ("staffordshire bull terrier", "staffy", "staffie", "staff", "staffy bull"),
    ("west highland terrier", "west highland white terrier", "westie"),
    ("yorkshire terrier", "yorkie"),
    ("jack russell", "jack russell terrier", "jrt", "jack russel"),
    ("french bulldog", "frenchie", "frenchy"),
    ("cavalier king charles spaniel", "cavalier", "king charles spaniel", "cav"),
    ("shih tzu", "shihtzu", "shitzu", "shih-tzu"),
    ("rottweiler", "rottie", "rotty", "rott"),
    ("doberman", "dobermann", "doberman pinscher", "dobie", "dobey"),
    ("pit bull", "pitbull", "pittie", "pibble", "pit bull terrier", "american pit bull terrier"),
    ("italian greyhound", "iggy"),
    ("siberian husky", "husky", "huskie", "sibe"),
    ("alaskan malamute", "malamute", "mally"),
    ("shiba inu", "shiba", "shibe"),
    ("australian shepherd", "aussie shepherd", "aussie"),
    ("australian cattle dog", "blue heeler", "red heeler", "heeler", "queensland heeler"),
    ("bernese mountain dog", "berner", "bernese"),
    ("saint bernard", "st bernard"),
    ("cocker spaniel", "cocker"),
    ("springer spaniel", "english springer spaniel", "springer"),
    ("basset hound", "basset"),
    ("bichon frise", "bichon"),
    ("chihuahua", "chi chi"),
    ("schnauzer", "schnauzzie"),
    ("cockapoo", "cockerpoo", "cocker poo"),
    ("cavapoo", "cavoodle", "cavapoodle"),
    ("labradoodle", "labradoodle dog"),
    ("border collie", "collie dog"),
    ("bull terrier", "english bull terrier"),
    ("boston terrier", "boston terrier dog"),
    ("xoloitzcuintli", "xolo", "mexican hairless dog"),
    ("aspin", "askal"),  # the Philippine native street dog
    ("indian pariah dog", "indie dog", "desi dog", "pariah dog"),
    ("potcake", "potcake dog"),  # the Caribbean street dog
    ("africanis", "africanis dog"),
)
CAT_NAMES = (
    ("cat", "kitty", "kitty cat", "puss", "pussy cat", "pusscat", "moggy", "moggie", "mog",
     "kitteh"),
    ("british shorthair", "british blue", "brit shorthair"),
    ("domestic shorthair", "dsh", "house cat"),
    ("maine coon", "maine coon cat"),
    ("siamese", "siamese cat", "meezer"),
    ("norwegian forest cat", "wegie", "norwegian forest"),
    ("abyssinian", "aby"),
    ("persian", "persian cat"),
    ("sphynx", "sphynx cat", "hairless cat"),
    ("exotic shorthair", "exotic"),
    ("tonkinese", "tonk"),
)
OTHER_PET_NAMES = (
    ("rabbit", "bunny", "bunny rabbit", "bun", "bunbun"),
    ("guinea pig", "cavy", "piggy", "piggie"),
    ("hamster", "hammy"),
    ("budgerigar", "budgie", "budgy", "parakeet"),
    ("cockatiel", "tiel"),
    ("horse", "horsey", "gee-gee"),
    ("chicken", "chook", "chooky"),
)
VEHICLE_NAMES = (
    ("car", "motor", "ride", "wheels", "motorcar", "whip"),
    ("vehicle", "ride", "wheels"),
    ("campervan", "camper van", "camper", "motorhome", "motor home", "rv", "kombi", "combi",
     "vw camper", "vw bus", "vw van", "volkswagen camper", "volkswagen bus", "westfalia",
     "westy", "splitty", "caravanette", "camping car"),
    ("scooter", "motor scooter", "moped", "vespa", "lambretta", "motorino", "scooty"),
    ("tuk-tuk", "tuk tuk", "tuktuk", "auto rickshaw", "autorickshaw", "auto-rickshaw",
     "three-wheeler", "three wheeler", "bajaj", "baby taxi", "keke", "toktok", "mototaxi"),
    ("motorbike", "motorcycle", "motor bike", "motorcycle", "moto", "motocycle"),
    ("bicycle", "bike", "push bike", "pushbike", "pedal bike", "cycle"),
    ("pickup", "pickup truck", "pick-up", "ute", "bakkie", "pickup truck"),
    ("truck", "lorry"),
    ("four-wheel drive", "4x4", "four by four", "4wd", "off-roader", "offroader"),
    ("taxi", "cab", "taxicab", "black cab"),
    ("pram", "stroller", "pushchair", "buggy", "baby carriage", "perambulator"),
    ("caravan", "travel trailer", "camper trailer"),
    ("tram", "streetcar", "trolley car"),
    ("narrowboat", "narrow boat", "canal boat"),
    ("people carrier", "minivan", "mpv"),
)
GARMENT_NAMES = (
    ("overalls", "dungarees", "bib overalls", "bib and brace", "bibs", "salopettes"),
    ("boiler suit", "boilersuit", "coveralls", "coverall"),
    ("puffer jacket", "puffer", "puffa", "puffa jacket", "puffer coat", "down jacket",
     "down coat", "puffy jacket", "puffy coat", "quilted jacket", "padded jacket",
     "bubble jacket", "bubble coat", "duvet coat"),
    ("sweater", "jumper", "pullover", "jersey", "woolly", "sweater"),
    ("cardigan", "cardi", "cardy"),
    ("trousers", "pants", "slacks", "strides"),
    ("sneakers", "trainers", "runners", "tennis shoes", "gym shoes", "kicks", "takkies",
     "tekkies", "sandshoes"),
    ("flip-flops", "flip flops", "thongs", "jandals", "slops", "chanclas", "tsinelas"),
    ("swimsuit", "swimming costume", "cossie", "cozzie", "bathers", "togs", "swimmers",
     "bathing suit"),
    ("hoodie", "hoody", "hooded sweatshirt", "hooded top"),
    ("beanie", "toque", "tuque", "woolly hat", "wooly hat", "knit cap", "knitted hat",
     "watch cap", "beanie hat"),
    ("raincoat", "mac", "mackintosh", "slicker", "rain jacket", "rain coat"),
    ("dressing gown", "bathrobe", "housecoat"),
    ("pyjamas", "pajamas", "pjs", "jammies", "jim-jams", "jimjams"),
    ("onesie", "babygro", "babygrow", "baby grow", "sleepsuit"),
    ("sarong", "pareo", "pareu", "lava-lava", "lavalava", "sulu", "kikoi", "lungi"),
    ("bum bag", "fanny pack", "waist bag", "belt bag"),
    ("balaclava", "ski mask"),
    ("wellingtons", "wellies", "wellington boots", "rain boots", "rubber boots", "gumboots",
     "gummies"),
    ("flat cap", "cloth cap", "paddy cap", "scally cap", "ivy cap", "driving cap"),
    ("bomber jacket", "flight jacket", "flying jacket", "bomber"),
    ("denim jacket", "jean jacket", "jeans jacket"),
    ("leather jacket", "biker jacket", "motorcycle jacket"),
    ("tracksuit", "track suit", "sweatsuit", "trackies"),
    ("turtleneck", "polo neck", "roll neck", "rollneck"),
    ("tuxedo", "tux", "dinner jacket", "dinner suit"),
    ("nappy", "diaper"),
)
HAIR_NAMES = (
    ("buzz cut", "buzzcut", "shaved head", "shaven head", "clipper cut", "induction cut",
     "crew cut", "crewcut"),
    ("space buns", "double buns", "twin buns", "odango"),
    ("top knot", "topknot", "man bun", "manbun"),
    ("pigtails", "bunches", "twintails", "twin tails"),
    ("braids", "plaits", "braid", "plait"),
    ("french braid", "french plait"),
    ("dutch braid", "dutch plait", "boxer braids"),
    ("cornrows", "canerows", "cornrow braids"),
    ("dreadlocks", "dreads", "locs", "dreadlocs"),
    ("afro", "fro"),
    ("fringe", "bangs"),
    ("ponytail", "pony tail", "pony"),
    ("pixie cut", "pixie crop", "pixie haircut"),
    ("bob", "bob cut", "bobbed hair", "bob haircut"),
    ("mullet", "hockey hair"),
    ("bantu knots", "zulu knots", "nubian knots"),
)
DOMAIN_NAMES: tuple[tuple[str, ...], ...] = (DOG_NAMES + CAT_NAMES + OTHER_PET_NAMES +
                                             VEHICLE_NAMES + GARMENT_NAMES + HAIR_NAMES)

# words for a whole category: only a card whose class noun it is is called by its other names
# (a "vehicle" tag on a pickup's card makes it no one's "ride")
CATEGORY_NAMES = frozenset({"vehicle", "dog", "cat"})

# an animal breed's narrower WordNet words are its varieties and nicknames (lexical.py's senses)
BREED_LEXFILE = LEXFILE["animal"]
# WordNet's names of several words are read for kinds of things: animals, artifacts (vehicles,
# garments) and the body (hairstyles)
THING_LEXFILES = frozenset(LEXFILE[k] for k in ("animal", "artifact", "body"))


def _words(phrase: str) -> list[Token]:
    return [t for t in tokenize(phrase.replace("-", " ")) if t.low not in STOPWORDS
            or t.low == "and"]


def _key(phrase: str) -> tuple[str, ...]:
    """A name as the stems of its words, as a request's words are matched ("sausage dogs" and
    "sausage dog" alike)."""
    return tuple(t.stem for t in _words(phrase))


def _singular(word: str) -> str:
    """A word less a plural ending only (the stemmer's other cuts join words: "muted" and
    "mutt" are both "mut")."""
    s = stem(word)
    return s if word.endswith("s") and word.startswith(s) and len(word) - len(s) <= 2 else word


def _group_key(phrase: str) -> tuple[str, ...]:
    """A name as its words less plural endings: a card's word and a group's name are the same
    name only so."""
    return tuple(_singular(t.low) for t in _words(phrase))


@lru_cache(maxsize=1)
def _groups_by_key() -> dict[tuple[str, ...], tuple[int, ...]]:
    """Each name's key -> the groups it is in (a name may be in two: "ride")."""
    out: dict[tuple[str, ...], list[int]] = {}
    for i, group in enumerate(DOMAIN_NAMES):
        for name in group:
            out.setdefault(_group_key(name), []).append(i)
    return {k: tuple(v) for k, v in out.items() if k}


def naming_phrases(cards: list[Card], skip: frozenset[str], composing: bool) -> set[str]:
    """The phrases that say what the cards' thing is (lower case): class noun and its head, tags
    not in `skip` and their heads (a broad category tag, `CATEGORY_NAMES`, names no kind; for a
    subject only the tags every version has), and for a style or concept its name and the
    name's head."""
    out: set[str] = set()
    tags = [t for c in cards for t in c.tags if t.strip().lower() not in skip | CATEGORY_NAMES]
    if not composing:  # a subject is what every version is; a version's tag ("sweater") is
        every = set.intersection(*({t.strip().lower() for t in c.tags} for c in cards))
        tags = [t for t in tags if t.strip().lower() in every]  # what it wore that day
    texts = [c.class_noun for c in cards] + tags
    if composing:
        texts += [c.name for c in cards]
    for text in texts:
        words = [t.low for t in tokenize(text) if t.low not in STOPWORDS]
        if words:
            out.add(" ".join(words))
            out.add(words[-1])
    return out


def _wordnet_names(lx: Lexicon, phrases: set[str], senses) -> set[str]:
    """WordNet's names of several words for the card's senses, and an animal breed's narrower
    leaf words (a variety or a nickname): each where it is that word's commonest meaning."""
    out: set[str] = set()
    for sense in senses:
        if sense.lexfile not in THING_LEXFILES:
            continue  # a card's words read in a sense that is no kind of thing ("chip")
        found = [sense]
        if sense.lexfile == BREED_LEXFILE and 0 < len(sense.hyponyms) <= BREED_NARROWER_MAX:
            found += [h for h in lx.hyponyms(sense) if not h.hyponyms]
        for s in found:
            for lemma in s.common_lemmas():
                if lx.dominant(lemma, s) and (" " in lemma or s is not sense):
                    out.add(lemma)
    return out - phrases


def other_names(cards: list[Card], skip: frozenset[str], composing: bool,
                senses=()) -> tuple[set[str], set[tuple[str, ...]], set[str]]:
    """(one-word stems, phrases of several stems, guarded stems) the cards' thing is also called
    by: the groups of DOMAIN_NAMES one of whose names is a naming phrase of the cards, and
    WordNet's names of several words for `senses` (lexical.card_senses)."""
    if cards[-1].kind == "style":
        return set(), set(), set()  # a way of drawing: no breed, vehicle or garment
    phrases = naming_phrases(cards, skip, composing)
    own = {_group_key(p) for p in phrases}
    by_key = _groups_by_key()
    names: set[str] = set()
    used_as = service_groups(cards, by_key)
    for key in own:
        for i in by_key.get(key, ()):
            if i not in used_as:
                names.update(DOMAIN_NAMES[i])
    lx = lexicon()
    if lx is not None and senses:
        names |= _wordnet_names(lx, phrases, senses)
    words: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    guarded: set[str] = set()
    for name in names:
        key = _key(name)
        if not key or _group_key(name) in own:
            continue
        if len(key) == 1:
            words.add(name.lower())  # as typed: the stemmer makes "moped" a "mop"
            if _guarded(name, lx, cards):
                guarded.add(name.lower())
            continue
        multi.add(key)
        forms = {f for f in closed_forms(name) if f.isalpha() and len(f) > 4}
        forms.add("-".join(name.replace("-", " ").split()))  # how a phrase is read as one word
        words.update(f for f in forms if _group_key(f) not in own)  # "motor bike": a motorbike
    return words, multi, guarded





def service_groups(cards: list[Card], by_key: dict[tuple[str, ...], tuple[int, ...]]
                   ) -> frozenset[int]:
    """The vehicle groups a card reaches only through a tag, where its class noun already names
    another vehicle kind: a vehicle is of the kind its build says (a motorbike, a three-wheeler);
    another vehicle word among its tags says what it is used as (a taxi), and that word's other
    names ("cab") are another build (a car), not this vehicle."""
    vehicles = {i for i, g in enumerate(DOMAIN_NAMES) if g in VEHICLE_NAMES}
    cls = {i for c in cards for p in _class_phrases(c.class_noun) for i in by_key.get(p, ())}
    built = (cls & vehicles) - {i for i in cls if CATEGORY_NAMES & set(DOMAIN_NAMES[i])}
    if not built:
        return frozenset()
    tagged = {i for c in cards for t in c.tags for i in by_key.get(_group_key(t), ())}
    return frozenset((tagged & vehicles) - cls)


def _class_phrases(class_noun: str) -> set[tuple[str, ...]]:
    """A class noun's keys: the whole noun and its head word."""
    key = _group_key(class_noun)
    return {key, key[-1:]} if key else set()


def _guarded(name: str, lx: Lexicon | None, cards: list[Card]) -> bool:
    """Is a one-word name also an everyday English word in another meaning ("pom" a Briton,
    "dug" a past tense, "ride" a journey)? Then it names the kind only where it heads its
    phrase. An English noun whose commonest meaning is the same broad class of thing as the
    card's ("dungarees": a garment, as overalls are) is not."""
    if name in english_words():
        return True
    if lx is None:
        return False
    if lx.past_verb_lemma(name) or lx.verb_lemma(name):
        return True
    first = lx.first_sense(name)
    if first is None:
        return False
    own = lx.first_sense(cards[-1].class_noun.lower())
    return own is None or first.lexfile != own.lexfile


class PhraseIndex:
    """The families each name of several words reaches, by its first stem; a request's words
    are matched once per request (`spans`)."""

    def __init__(self, phrases: dict[str, set[tuple[str, ...]]], strength: float):
        self.by_first: dict[str, dict[tuple[str, ...], dict[str, float]]] = {}
        for fam_key, keys in phrases.items():
            for key in keys:
                self.by_first.setdefault(key[0], {}).setdefault(key, {})[fam_key] = strength
        self.longest = max((len(k) for d in self.by_first.values() for k in d), default=0)

    def spans(self, tokens: tuple[Token, ...], text: str) -> dict[int, dict[str, float]]:
        """Token start -> the families a name typed over it reaches: the name's words typed
        adjacent (spaces or hyphens between), inside a hyphenated token too."""
        if not self.by_first:
            return {}
        parts: list[tuple[str, int, int]] = []  # (stem, token start, end of the part's token)
        for i, tok in enumerate(tokens):
            pieces = tok.low.split("-") if "-" in tok.low else [tok.low]
            for piece in pieces:
                if piece and piece not in STOPWORDS or piece == "and":
                    parts.append((stem(piece), tok.start, tok.end))
        out: dict[int, dict[str, float]] = {}
        for i, (first, _, _) in enumerate(parts):
            for key, fams in self.by_first.get(first, {}).items():
                got = parts[i:i + len(key)]
                if tuple(p[0] for p in got) != key or not _typed_together(got, text):
                    continue
                for _, start, _ in got:
                    found = out.setdefault(start, {})
                    for fam_key, strength in fams.items():
                        found[fam_key] = max(found.get(fam_key, 0.0), strength)
        return out


def _typed_together(parts: list[tuple[str, int, int]], text: str) -> bool:
    """Are the parts one phrase as typed: in one token, or tokens with only spaces or a hyphen
    between them?"""
    for (_, s1, e1), (_, s2, _) in zip(parts, parts[1:]):
        if s1 != s2 and text[e1:s2].strip(" -"):
            return False
    return True


def names_another_kind(phrase: str, cards: list[Card]) -> bool:
    """Is the phrase headed by a name of a kind (DOMAIN_NAMES: "a striped mackintosh") that is in
    no group with the cards' own naming words? Then it names that other kind, however close its
    meaning is to the cards' (a raincoat is no bomber jacket)."""
    toks = _words(phrase)
    by_key = _groups_by_key()
    for span in (2, 1):
        if len(toks) < span:
            continue
        head = tuple(_singular(t.low) for t in toks[-span:])
        if head in by_key:
            own = {_group_key(p) for p in naming_phrases(cards, frozenset(), True)}
            if head in own:
                return False
            return not any(k in own for i in by_key[head] for k in map(_group_key, DOMAIN_NAMES[i]))
    return False
