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
off (applied by the index: features.INDEX_RULES).
"""

from __future__ import annotations

import re
from functools import lru_cache

from personalq.catalog.card import Card
from personalq.checkin.lexicon import LEXFILE, Lexicon, closed_forms, lexicon
from personalq.checkin.nounwords import rows as home_noun_rows
from personalq.checkin.rolewords import CLERGY_NAMES
from personalq.checkin.text import STOPWORDS, Token, english_words, stem, tokenize
from personalq.checkin.tuning import (BREED_NARROWER_MAX, DESCRIBED_KIND_DEPTH, DESCRIBED_KIND_SENSES,
                                      DESCRIPTION_LABEL_MAX,
                                      HOME_NOUN_GUARD_LEN,
                                      HOME_NOUN_MIN_LEN)

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
    ("all-terrain vehicle", "atv", "quad bike", "quad", "quadbike", "four-wheeler", "four wheeler",
     "4-wheeler", "4 wheeler", "quad runner", "quadricycle"),
    ("motorcycle taxi", "motorbike taxi", "okada", "boda boda", "boda-boda", "boda", "ojek",
     "habal-habal", "xe om", "achakpa", "zemidjan", "bendskin"),
    ("snowmobile", "ski-doo", "skidoo", "snow machine", "snowmachine", "sno-go", "skimobile"),
    ("jet ski", "jetski", "jet-ski", "waverunner", "sea-doo", "seadoo", "personal watercraft"),
)
# The makes of motor vehicles (a make names a vehicle of its maker: "my <make>", "a <make>
# <model code>"), the makes with a large share of the roads of North America, Europe, the Middle
# East, South and East Asia, Africa and Australia, current and of the last half century; by the
# vehicles they make. A make is no kind: its words reach the cards whose class noun or whole
# tag is one of the keys (`make_names`), as guarded words (rule `other_name_of_a_kind`).
MOTOR_MAKES = (
    "toyota", "honda", "nissan", "datsun", "mazda", "subaru", "mitsubishi", "suzuki", "lexus",
    "isuzu", "daihatsu", "infiniti", "acura", "hyundai", "kia", "daewoo", "ssangyong", "ford",
    "chevrolet", "chevy", "dodge", "chrysler", "jeep", "cadillac", "buick", "gmc", "pontiac",
    "oldsmobile", "lincoln", "tesla", "rivian", "holden", "volkswagen", "vw", "audi", "bmw",
    "mercedes", "mercedes-benz", "benz", "opel", "porsche", "fiat", "alfa romeo", "lancia",
    "ferrari", "maserati", "lamborghini", "renault", "peugeot", "citroen", "citroën", "dacia",
    "skoda", "škoda", "seat", "volvo", "saab", "jaguar", "land rover", "range rover", "mini",
    "vauxhall", "lada", "moskvich", "volga", "uaz", "gaz", "trabant", "wartburg", "polonez",
    "syrena", "zastava", "yugo", "tofas", "tata", "maruti", "mahindra", "proton", "perodua",
    "geely", "byd", "chery", "great wall", "haval", "peykan", "paykan", "samand", "khodro",
)
MOTORBIKE_MAKES = (
    "harley", "harley-davidson", "ducati", "yamaha", "kawasaki", "triumph", "ktm", "aprilia",
    "royal enfield", "enfield", "bajaj", "hero", "tvs", "piaggio", "benelli", "mv agusta",
    "husqvarna", "jawa", "ural", "cfmoto",
)
SNOW_MAKES = ("ski-doo", "polaris", "arctic cat", "lynx")
VEHICLE_MAKES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("car", "truck", "pickup", "van", "minivan", "suv", "jeep", "taxi", "cab", "sedan",
     "hatchback", "saloon", "estate car", "campervan", "motorhome", "lorry", "limousine",
     "sports car", "convertible", "coupe", "4x4"): MOTOR_MAKES,
    ("motorbike", "motorcycle", "scooter", "moped", "dirt bike"): MOTORBIKE_MAKES,
    ("snowmobile",): SNOW_MAKES,
}
# a model code after a make: letters and digits, or two to four digits ("f150", "126p", "911")
MODEL_CODE = re.compile(r"(?=[a-z-]*\d)[a-z0-9]{2,}(?:-[a-z0-9]+)?")
# no model's code: a year, an ordinal, an age, a decade ("2019", "3rd", "5yo", "90s")
YEAR = re.compile(r"(19|20)\d\d|\d+(st|nd|rd|th|s|yo|yr|yrs|mo|k)")
MAKE_LEXFILES = frozenset({LEXFILE["person"], 15})  # a person or a place (noun.location)

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
# Crafts and media by their technique's other names: in other Englishes, typed open or as a
# participle ("paper cutting" for a papercut), and the craft's everyday name in the languages of
# nounwords.py where that name means the craft in general (Chinese "jianzhi", Polish "wycinanki",
# German "scherenschnitte" are all paper cutting), not one school of it. Read for styles only.
CRAFT_NAMES = (
    ("papercut", "paper cutting", "paper-cutting", "papercutting", "paper cut", "cut paper",
     "cut-paper", "paper cutout", "paper cutouts", "paper cut-out", "jianzhi", "kirigami",
     "scherenschnitte", "scherenschnitt", "wycinanki", "wycinanka", "papel recortado"),
    ("holy card", "prayer card", "devotional card", "santino", "santini", "santinho",
     "estampita", "image pieuse", "obrazek", "heiligenbildchen", "santo card"),
    ("stained glass", "leaded glass", "vitrail", "vitraux", "witraz", "witraż", "vidriera",
     "vitral", "vetrata", "vitray", "bleiglas"),
    ("woodcut", "woodblock print", "wood block print", "woodblock", "wood cut print",
     "drzeworyt", "xilografia", "xilografía", "holzschnitt", "gravure sur bois", "xilogravura",
     "silografia", "mokuhanga", "banhua"),
    ("linocut", "lino print", "linoprint", "lino cut", "lino-cut", "linoleum print",
     "linoleum cut", "linoryt", "linograbado", "linogravure", "linoldruck", "linoleografia"),
    ("embroidery", "broderie", "bordado", "ricamo", "stickerei", "vyshyvka", "vyshyvanka",
     "nakis", "nakış", "tatreez", "kadai work", "kashida", "golduzi"),
    ("comic", "comic strip", "comic book", "comics", "komiks", "bande dessinee",
     "bande dessinée", "fumetto", "fumetti", "historieta", "quadrinhos", "tebeo", "manhua"),
    ("watercolor", "watercolour", "aquarelle", "acuarela", "akwarela", "acquerello", "aquarell",
     "aquarela", "suluboya"),
    ("mosaic", "mozaika", "mosaico", "mosaique", "mosaïque", "fsifsa", "mozaik", "musayfisa"),
    ("calligraphy", "khatt", "khatt al-arabi", "shufa", "shodo", "seoye", "kaligrafia",
     "caligrafia", "calligraphie", "kalligraphie", "hat sanati", "hüsn-i hat"),
    ("crayon drawing", "wax crayon drawing", "crayon picture", "crayola drawing"),
)

DOMAIN_NAMES: tuple[tuple[str, ...], ...] = (DOG_NAMES + CAT_NAMES + OTHER_PET_NAMES +
                                             VEHICLE_NAMES + GARMENT_NAMES + HAIR_NAMES +
                                             CRAFT_NAMES + CLERGY_NAMES)

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


def one_kind(word: str, names: set[str]) -> bool:
    """Is `word` one of the names (DOMAIN_NAMES) of a kind one of the one-word `names` is also
    a name of ("watercolour" and "watercolor", "aquarelle")?"""
    by_key = _groups_by_key()
    mine = set(by_key.get((_singular(word),), ()))
    return bool(mine) and any(mine & set(by_key.get((_singular(n),), ())) for n in names)


def one_word_names(word: str) -> set[str]:
    """The one-word names (DOMAIN_NAMES) of the kinds `word` is a name of, itself included
    ("watercolor": "watercolour", "aquarelle", ...)."""
    return {n for i in _groups_by_key().get((_singular(word),), ()) for n in DOMAIN_NAMES[i]
            if n.isalpha()}


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


# where a description's opening noun phrase ends: a clause, a list or a participle follows
_DESCRIPTION_BREAK = re.compile(r"[,;.()]|\b(?:with|and|or|in|on|of|for|from|over|under|held|"
                                r"worn|tied|knotted|draped|full|made)\b", re.I)


def described_kinds(cards: list[Card]) -> set[str]:
    """Rule description_says_what_a_concept_is: a concept card's description opens with what the
    thing is ("Green cotton dungarees with a bib pocket", "Tartan shawl: ...", after a label such
    as "Clothing:"), often more narrowly than its class noun ("clothing", "prop") or a coined name
    does. The opening noun phrase (to its first preposition, clause or list) and its head are
    naming phrases of the card where WordNet files the head under the class noun (its whole class
    noun where WordNet has it: a kind of that class, not a part or another thing: "Pose: two
    dancers holding hands" names no pose)."""
    lx = lexicon()
    out: set[str] = set()
    if lx is None:
        return out
    for card in cards:
        cls = [t.low for t in tokenize(card.class_noun) if t.low not in STOPWORDS]
        if card.kind != "concept" or not card.description or not cls:
            continue
        whole = " ".join(cls)  # a class of several words WordNet lacks is narrower than its head
        if len(cls) > 1 and not lx.senses(whole):
            continue
        for part in card.description.split(":")[:2]:
            words = [t.low for t in tokenize(_DESCRIPTION_BREAK.split(part)[0])
                     if t.low not in STOPWORDS and t.low.isalpha()]
            if words and words[-1] != cls[-1] and \
                    lx.is_a(words[-1], whole, depth=DESCRIBED_KIND_DEPTH, senses=DESCRIBED_KIND_SENSES):
                out.update({" ".join(words), words[-1]})
            if words and len(part.split()) > DESCRIPTION_LABEL_MAX:
                break  # no label ("Pose:", "Prom dress:") before it: the list after is parts
    return out


def described_heads(cards: list[Card]) -> set[str]:
    """The one-word kinds a concept's description says it is (`described_kinds`), cached per
    family's cards."""
    key = tuple((c.id, c.class_noun, c.description) for c in cards if c.kind == "concept")
    if not key:
        return set()
    if key not in _DESCRIBED_CACHE:
        if len(_DESCRIBED_CACHE) > DESCRIBED_CACHE_MAX:
            _DESCRIBED_CACHE.clear()
        _DESCRIBED_CACHE[key] = {k for k in described_kinds(cards) if " " not in k}
    return _DESCRIBED_CACHE[key]


_DESCRIBED_CACHE: dict[tuple, set[str]] = {}
DESCRIBED_CACHE_MAX = 100_000  # families' described kinds kept per process


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
                senses=(), loans: bool = True) -> tuple[set[str], set[tuple[str, ...]], set[str]]:
    """(one-word stems, phrases of several stems, guarded stems) the cards' thing is also called
    by: the groups of DOMAIN_NAMES one of whose names is a naming phrase of the cards, and
    WordNet's names of several words for `senses` (lexical.card_senses); with `loans`, the
    common nouns other languages have for the kind (`home_language_names`)."""
    style = cards[-1].kind == "style"  # a way of drawing: a craft, no breed, vehicle or garment
    phrases = naming_phrases(cards, skip, composing)
    own = {_group_key(p) for p in phrases}
    by_key = _groups_by_key()
    names: set[str] = set()
    used_as = service_groups(cards, by_key)
    for key in own:
        for i in by_key.get(key, ()):
            if i not in used_as and (DOMAIN_NAMES[i] in CRAFT_NAMES) == style:
                names.update(DOMAIN_NAMES[i])
    lx = lexicon()
    if lx is not None and senses and not style:
        names |= _wordnet_names(lx, phrases, senses)
    words: set[str] = set()
    multi: set[tuple[str, ...]] = set()
    guarded: set[str] = set()
    makes = make_names(cards, skip) if not style else set()
    words |= {m for m in makes if " " not in m}
    multi |= {_key(m) for m in makes if " " in m}
    guarded |= makes
    if loans and not style:
        loan_words, loan_guarded = home_language_names(cards, skip, lx)
        words |= {w for w in loan_words if " " not in w}
        multi |= {_key(w) for w in loan_words if " " in w}
        guarded |= loan_guarded
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



def home_language_names(cards: list[Card], skip: frozenset[str], lx: Lexicon | None
                        ) -> tuple[set[str], set[str]]:
    """common_noun_of_the_home_language: (words, guarded words) other languages call the cards'
    kind by (nounwords.py), where the cards' class noun (or its head) or a whole tag is one of a
    row's English keys (a tag's head is not: a person tagged "care home" is no home). A word
    English reads as a noun is left out (it means that English thing: "chat", "pies"; or it is
    already English); one that is an English word or verb otherwise ("casa", "laden"), or as
    short as `HOME_NOUN_GUARD_LEN`, names the kind only as its phrase's head."""
    own = {k for c in cards for k in _class_phrases(c.class_noun)}
    own |= {_group_key(t) for c in cards for t in c.tags if t.strip().lower() not in skip}
    words: set[str] = set()
    guarded: set[str] = set()
    for keys, loans in home_noun_rows().values():
        if not any(_group_key(k) in own for k in keys):
            continue
        for word in loans:
            if len(word) < HOME_NOUN_MIN_LEN or (lx is not None and lx.first_sense(word)):
                continue
            words.add(word)
            if (len(word) <= HOME_NOUN_GUARD_LEN or word in english_words()
                    or (lx is not None and (lx.verb_lemma(word) or lx.past_verb_lemma(word)))):
                guarded.add(word)
    return words, guarded


def make_names(cards: list[Card], skip: frozenset[str]) -> set[str]:
    """The makes of the vehicle the cards show (`VEHICLE_MAKES`), by their class noun, its
    head or a whole tag; where the cards name their vehicle's make, that make only (a card
    saying what made it is no other maker's)."""
    own = {k for c in cards for k in _class_phrases(c.class_noun)}
    own |= {_group_key(t) for c in cards for t in c.tags if t.strip().lower() not in skip}
    found = {m for keys, makes in VEHICLE_MAKES.items() if any(_group_key(k) in own for k in keys)
             for m in makes}
    text = " ".join(f"{c.name} {c.description}" for c in cards).lower().replace("-", " ")
    stated = {m for m in found if re.search(rf"\b{re.escape(m.replace('-', ' '))}\b", text)}
    return stated or found


@lru_cache(maxsize=1)
def _make_words() -> frozenset[str]:
    return frozenset(m for makes in VEHICLE_MAKES.values() for m in makes)


def make_reading(word: str, nxt: str | None) -> bool | None:
    """How a make reads: True before a model code ("<make> 126p": the make with its model,
    whatever else its word means), False where English has the word in another meaning than a
    person's or a place's name (a seat, a jaguar, a decree, a river crossing) and no code follows,
    None for a word that is no make or a make read as the other guarded names are (its phrase's
    head): makes are named after their founders and towns, or coined."""
    if word not in _make_words():
        return None
    if nxt is not None and MODEL_CODE.fullmatch(nxt) and not YEAR.fullmatch(nxt):
        return True
    lx = lexicon()
    senses = lx.senses(word) if lx is not None else []
    return False if any(s.lexfile not in MAKE_LEXFILES for s in senses) else None


def home_language_words(card: Card) -> frozenset[str]:
    """The common nouns other languages have for one card's kind (`home_language_names`)."""
    key = (card.class_noun, tuple(card.tags))
    found = _HOME_WORDS.get(key)
    if found is None:
        found = _HOME_WORDS[key] = frozenset(home_language_names([card], frozenset(), lexicon())[0])
    return found


_HOME_WORDS: dict[tuple, frozenset[str]] = {}


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


def names_another_kind(phrase: str, cards: list[Card], described: bool = False) -> bool:
    """Is the phrase headed by a name of a kind (DOMAIN_NAMES: "a striped mackintosh") that is in
    no group with the cards' own naming words? Then it names that other kind, however close its
    meaning is to the cards' (a raincoat is no bomber jacket). described: the kind a concept's
    description says it is counts among its naming words (`described_kinds`)."""
    toks = _words(phrase)
    by_key = _groups_by_key()
    for span in (2, 1):
        if len(toks) < span:
            continue
        head = tuple(_singular(t.low) for t in toks[-span:])
        if head in by_key:
            phrases = naming_phrases(cards, frozenset(), True)
            if described:
                phrases |= described_kinds(cards)
            own = {_group_key(p) for p in phrases}
            if head in own:
                return False
            return not any(k in own for i in by_key[head] for k in map(_group_key, DOMAIN_NAMES[i]))
    return False
