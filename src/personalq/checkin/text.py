"""Word-level text helpers shared by intent parsing, the reasoner and the rewrite.

Everything here is generic English: tokenising with character offsets, a light stemmer (so
"shoes" meets "shoe" and "braided" meets "braids"), an edit distance for misspelt names, and a
few small word lists (stopwords, synonyms of common class nouns). Nothing is keyed to any
catalog or benchmark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from personalq.checkin.kinship import birth_order, great_prefixes, honorifics_after, rel_of
from personalq.embed import vocabulary_words

# a word: letters/digits joined by hyphens or apostrophes, or by a decimal point between digits
# ("sd1.5" and "2.1" are one word, not two)
_WORD_RE = re.compile(r"[^\W_]+(?:(?:[-'\u2019]|(?<=\d)\.(?=\d))[^\W_]+)*")


@dataclass(frozen=True)
class Token:
    text: str  # as typed
    low: str  # lower case, possessive "'s" removed
    stem: str
    start: int  # character offsets in the request
    end: int
    possessive: bool  # typed as "grandpa's"
    capitalized: bool  # starts with a capital letter and is not the first word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A deliberately small suffix stripper: enough to match plurals and -ed/-ing forms."""
    w = word.lower()
    if w.endswith("-laws"):  # "in-laws", "sisters-in-laws": the plural of "-in-law"
        return w[:-1]
    if len(w) <= 3 or not w.isalpha():
        return w
    for suffix, repl in (("ies", "y"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"),
                         ("xes", "x")):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            return w[: -len(suffix)] + repl
    if w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
        if w.endswith("ing") and len(w) > 5:  # "drawings" -> "draw", like "drawing"
            w = w[:-3]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "lsaeiou":
        w = w[:-1]  # "rimm" -> "rim", "runn" -> "run"
    if w.endswith("en") and len(w) > 5 and w[:-2] in english_words():
        w = w[:-2]  # "golden" -> "gold", "wooden" -> "wood"
    return w


def verb_form(word: str) -> bool:
    """Does the stemmer read `word` as a verb form (-ed, -ing) of a shorter English word?
    A verb form is never a misspelt or compound name: the speaker inflected a real word."""
    w = word.lower()
    base = stem(w)
    if base == w or not (w.endswith("ed") or w.endswith("ing")):
        return False
    return True


def gerund(word: str) -> bool:
    """An -ing form long enough to be a verb ("sniffing"), not a short word ("king")."""
    return word.endswith("ing") and len(word) >= 5


def adverb(word: str) -> bool:
    return word.endswith("ly")


def plural(tok: "Token") -> bool:
    """A plural noun as the stemmer reads it ("houses"), not a possessive ("Rex's")."""
    return tok.low != tok.stem and tok.low.endswith("s") and not tok.possessive


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


@lru_cache(maxsize=65536)
def _tokens(text: str) -> tuple[Token, ...]:
    """tokenize's words, kept per text: the card fields and the request are tokenized many times
    over per request (rel_of and stem, which it reads, are fixed per process too)."""
    tokens = []
    for i, m in enumerate(_WORD_RE.finditer(text)):
        raw = m.group(0)
        low = raw.lower().replace("\u2019", "'")
        possessive = low.endswith("'s") or _plural_possessive(low, text, m.end())
        if low.endswith("'s"):
            low = low[:-2]
        tokens.append(Token(raw, low, stem(low), m.start(), m.end(), possessive,
                            i > 0 and raw[:1].isupper()))
    return tuple(join_open_kinship(tokens, text))


def _plural_possessive(low: str, text: str, end: int) -> bool:
    """A plural's possessive is written with the apostrophe alone after its s ("the girls'
    aunt"); the word pattern stops before that apostrophe, so it is read from the text."""
    return low.endswith("s") and text[end:end + 1] in ("'", "\u2019") and \
        not text[end + 1:end + 2].isalnum()


# The forms of a kinship word English writes open as often as hyphenated ("step mum",
# "step dad", "great grandma", "half brother"): which prefix goes with which relations (a
# "great dad" is praise, not a relation; a half-sibling is the only half- relative).
_OPEN_PREFIXES = {"step": ("parent", "child", "sibling", "grandparent", "grandchild"),
                  "great": ("grandparent", "grandchild", "pibling", "nibling"),
                  "half": ("sibling",)}


def join_open_kinship(tokens: list[Token], text: str) -> list[Token]:
    """A kinship word spelt open ("step mum", "step dad", "great grandma") is the one word
    "step-mum", "step-dad", "great-grandma": one token spanning the words as typed (its
    offsets point into the text), which kinship.rel_of reads."""
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        span = _open_kin_span(tokens, i, text)
        if span == 1:
            out.append(tokens[i])
            i += 1
            continue
        first, last = tokens[i], tokens[i + span - 1]
        low = "-".join(t.low for t in tokens[i:i + span])
        out.append(Token(text[first.start:last.end], low, stem(low), first.start, last.end,
                         last.possessive, first.capitalized))
        i += span
    return out


def _open_kin_span(tokens: list[Token], i: int, text: str) -> int:
    """How many tokens from i spell one kinship word open (1: none)."""
    def spaced(k: int) -> bool:  # tokens k and k+1 separated by spaces only, no possessive
        return k + 1 < len(tokens) and not tokens[k].possessive and \
            not text[tokens[k].end:tokens[k + 1].start].strip()

    low = tokens[i].low
    if low in _OPEN_PREFIXES and spaced(i):  # "great great grandpa", "step mother in law"
        rest = _open_kin_span(tokens, i + 1, text)
        found = rel_of("-".join(t.low for t in tokens[i:i + 1 + rest]))
        return 1 + rest if found and found[0].kind in _OPEN_PREFIXES[low] else 1
    if spaced(i) and spaced(i + 1) and i + 2 < len(tokens) and tokens[i + 1].low == "in" and \
            tokens[i + 2].low in ("law", "laws") and rel_of(f"{low}-in-law"):
        return 3
    return 2 if _honorific_after(tokens, i, spaced(i)) or _great_prefix_before(tokens, i, spaced(i)) \
        or _birth_order_open(tokens, i, spaced(i)) else 1


def _birth_order_open(tokens: list[Token], i: int, spaced: bool) -> bool:
    """Lexicon coverage (round 21): a birth-order compound typed as two words ("her first
    born", "their last born", the everyday form in Nigerian, Ghanaian, Kenyan and South African
    English) is the one word the tables write hyphenated or closed ("first-born", "lastborn"),
    so the child by birth order is read as it is for "eldest"/"youngest"."""
    return spaced and birth_order(f"{tokens[i].low}-{tokens[i + 1].low}", True) is not None and \
        birth_order(tokens[i].low, True) is None


def _great_prefix_before(tokens: list[Token], i: int, spaced: bool) -> bool:
    """A language's great- prefix typed as a word of its own before a grandparent or grandchild
    word (Welsh "hen nain", "hen daid"; kinwords.KIN_GREAT_PREFIXES) is one word with it,
    "hen-nain", read as one generation more (kinship.rel_of); round 20."""
    if not spaced or tokens[i].low not in great_prefixes():
        return False
    found = rel_of(f"{tokens[i].low}-{tokens[i + 1].low}", True)
    return found is not None and found[0].great > 0


def _honorific_after(tokens: list[Token], i: int, spaced: bool) -> bool:
    """An honorific typed as a word of its own after a kinship word ("dadi ji", "sasur sahib",
    "maman joon"; kinwords.KIN_HONORIFICS_AFTER) is one word with it, "nani-ji", read as the
    kinship word (kinship.rel_of); not before a number ("mum jan 2020": a month)."""
    if not spaced or tokens[i + 1].low not in honorifics_after():
        return False
    if i + 2 < len(tokens) and tokens[i + 2].low[:1].isdigit():
        return False
    return rel_of(tokens[i].low, True) is not None and \
        rel_of(f"{tokens[i].low}-{tokens[i + 1].low}", True) is not None


# British and American English spell some words apart (rule other_english_spelling, round 30):
# (ending, the other variety's ending); a variant counts only where English has the word.
_SPELLING_ENDINGS = (("our", "or"), ("or", "our"), ("ourite", "orite"), ("orite", "ourite"),
                     ("tre", "ter"), ("ter", "tre"), ("llery", "lry"), ("lry", "llery"),
                     ("ogue", "og"))


@lru_cache(maxsize=65536)
def other_spellings(word: str) -> frozenset[str]:
    """The word as the other variety of English spells its ending ("neighbour" / "neighbor",
    "centre" / "center", "jewellery" / "jewelry"), where English has that spelling too. Cached:
    the index asks for every term of every card, and terms repeat across cards."""
    english = english_words()
    return frozenset(word[:-len(end)] + other for end, other in _SPELLING_ENDINGS
                     if word.endswith(end) and len(word) > len(end) + 1 and
                     word[:-len(end)] + other in english)


def words(text: str) -> list[str]:
    """Stems of the content words of a text (used to index card fields)."""
    out = []
    for tok in tokenize(text):
        if tok.low in STOPWORDS:
            continue
        out.append(tok.stem)
        if "-" in tok.low and rel_of(tok.low) is None:  # "gold-rimmed" also indexes
            # "gold" and "rim"; a "mother-in-law" is no mother, but one of the "in-laws"
            out.extend(stem(part) for part in tok.low.split("-")
                       if len(part) > 1 and part not in STOPWORDS)
        elif "-" in tok.low and tok.low.endswith("-in-law"):
            out.append("in-law")
    return out


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance (with adjacent transposition), stopping early past `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2: list[int] | None = None
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


# Common English words (the MiniLM vocabulary's whole words), used to tell a misspelling
# ("bigle") from an ordinary word ("golden"); one list, kept in embed.py for the catalog too.
english_words = vocabulary_words


STOPWORDS = frozenset("""
a an the this that these those some any my our your his her its their mine ours me us him them
i you he she it we they of to for from in on at by with without and or but as into onto over
under near beside behind above below up down out off is are was were be been being am do does
did have has had will would can could should may might must please just very really so too
about like around through across along against between among during while when where who whom
which what how there here then than also only again all each every both few more most other
such own same s t one ones thing things i'm i'd i've i'll it's that's let's don't can't
""".split())

# English prepositions (a closed class) that STOPWORDS leaves out: a noun phrase ends before
# them ("Tom aboard the boat": "aboard" is not Tom's head noun).
PREPOSITIONS = frozenset("""
aboard atop upon within inside outside beneath underneath beyond toward towards amid amidst
alongside onboard via throughout opposite except despite unlike
""".split())

# Prepositions of purpose or beneficiary ("for the harvest fete"), with the spellings of "for" that
# English varieties type (Scots/Irish/American "fer", Caribbean English and patois "fi"): the
# phrase they open says what a picture is for, not how it is made (rule purpose_phrase_ends_the_medium).
PURPOSE_PREPOSITIONS = frozenset("for fer fi".split())

# Adverbs of degree and time that English puts before a preposition ("right after his
# graduation", "just before the storm", "straight after work"): there they are no noun.
PREPOSITION_ADVERBS = frozenset("right just straight soon shortly long well even only".split())

# Prepositions that govern a noun phrase, the closed class above and the common ones in STOPWORDS.
GOVERNING = PREPOSITIONS | frozenset("""with without of for by to from about at in on into onto
    over under near beside behind like than""".split())


def governed(toks: list[Token], i: int, reach: int) -> bool:
    """Is the word at i in a possessive phrase a preposition governs ("knitting for our
    eldest", "son of my sister", "taken by my husband's cousin")? In a card's description
    such a phrase names someone else, not the card's subject: it states no relation of theirs.
    reach: how far before i the possessive ("my", "our", "Anna's") may stand."""
    start = i
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if toks[k].low in ("my", "our") or toks[k].possessive:
            start = k
    while start > 0 and start < i and (toks[start - 1].possessive or
                                       toks[start - 1].low in ("my", "our")):
        start -= 1  # "my husband's cousin": the phrase starts at "my"
    return 0 < start < i and toks[start - 1].low in GOVERNING


# Words of the request around the description ("could you make me a poster of ..."): they
# neither name a concept nor end a phrase.
FILLER = frozenset("""
make makes made show showing draw drew generate create render picture image photo photograph pic
pics shot poster wallpaper want wanted need needs like love would could can please pls plz
thinking think thought idea quick ok okay so hey hi hello lol asap imagine give get see wish
chance featuring feature look looks looking try maybe something cute nice cool dreamy some
version checkpoint model trained lora go use using pick choose take cn u ur pic plz wanna
gonna gimme lemme
""".split())

# Words that describe the picture rather than the subject: they neither name a concept nor
# conflict with one (framing words around a misspelt breed).
TRANSPARENT = frozenset("""
close closeup close-up up portrait headshot selfie photo picture image shot pic snapshot view
face eye eyes ear ears nose paw paws tail head fur smile hair side front back top full body
scene background cute little big small lovely beautiful happy sad funny adorable tiny new
asleep awake alone together
""".split())

OWNER_DETERMINERS = frozenset(("my", "our"))  # the speaker's own: "my dog", "our son <Name>"

DETERMINERS = {
    "possessive": frozenset("my our mine ours your his her their its".split()),
    "definite": frozenset("the this that these those".split()),
    "indefinite": frozenset("a an some any another".split()),
    "quantified": frozenset("""many several hundreds dozens thousands lots lot few two three four
        five six seven eight nine ten twenty hundred thousand multiple various numerous""".split()),
}

# Generic synonyms of common class nouns. A card whose class noun or tags contain one word of a
# group also answers to the others ("puppy" -> a dog card, "friend" -> a person card).
SYNONYM_GROUPS: list[frozenset[str]] = [frozenset(g.split()) for g in (
    "dog doggy doggo hound pooch canine",
    "cat kitty feline",
    "grandmother grandma granny gran nana nan",
    "grandfather grandpa gramps granddad",
    "rabbit bunny",
    "plush plushie plushy stuffed teddy",
    "car automobile auto",
    "bike bicycle",
    "boat ship vessel",
    "cup mug teacup",
    "shoe sneaker trainer footwear",
    "hat cap",
    "doll dolly",
    "watch timepiece wristwatch",
    "house home",
    "bird birdie",
)]

# Broad categories: a card whose class noun is "man" also answers to "my friend", but weaker
# than a card that literally says "my son" when the user writes "my son".
CATEGORY_GROUPS: list[frozenset[str]] = [frozenset(g.split()) for g in (
    "person people friend man woman guy girl boy lady gentleman kid child wife husband son "
    "daughter mom mum mother dad father grandma grandpa grandmother grandfather granny sister "
    "brother partner boyfriend girlfriend baby mate buddy pal sis bro hubby nana",
)]
CATEGORY_WORDS = frozenset(w for g in CATEGORY_GROUPS for w in g)  # every broad word for anyone
KINSHIP = frozenset("""mom mum mother dad father grandma grandpa grandmother grandfather granny
    nana gramps grandad granddad sis sister bro brother son daughter wife husband hubby
    grandson granddaughter""".split())  # used bare, these name one person: "grandpa"

# Words that name the kind of checkpoint a request means ("in the ... style", "my hat lora").
KIND_WORDS: dict[str, frozenset[str]] = {
    "style": frozenset("""style styled aesthetic artstyle sketch drawing painting illustration
        watercolour watercolor aquarelle gouache poster print engraving etching woodcut
        linocut lithograph render rendering artwork""".split()),  # the medium names the style
    "concept": frozenset("lora loras concept outfit hairstyle haircut pose".split()),
}
# Words that call the thing a checkpoint of the user's ("the footwear lora", "a tattoo concept"):
# the words before them say which kind of LoRA, not what is drawn.
CHECKPOINT_WORDS = frozenset("lora loras lycoris concept concepts".split())

# Participles of making a picture: "knitted like a tea cosy", "etched like a banknote"
# (paraphrase.py; rules._stuff_modifier: a picture made so is of the thing, no stuff).
MAKING = r"(?:drawn|painted|rendered|sketched|illustrated|done|carved|printed|made|woven|knitted|" \
         r"stitched|embroidered|sculpted|modelled|modeled|moulded|molded|shot|photographed|" \
         r"etched|engraved|cut|turned|reimagined|reworked|styled)"
# Verb forms that cannot be the noun a word modifies ("Fernhill seen from above").
VERB_FORMS = frozenset("""seen taken drawn shown held sat stood left lost found made built caught
    flown grown hidden frozen ridden driven thrown given gone done put set kept lit spun
    adrift afloat aboard ablaze aglow mid-jump mid-air midair""".split())

# Kinds of a class noun: "a whippet pup" fits a dog card without saying which dog it is.
RELATED: dict[str, frozenset[str]] = {k: frozenset(v.split()) for k, v in {
    "dog": "puppy puppies pup pups", "cat": "kitten kittens", "person": "baby toddler teen",
    "man": "boy", "woman": "girl", "bird": "chick", "horse": "foal pony", "sheep": "lamb",
    "cow": "calf", "bear": "cub", "duck": "duckling", "goat": "kid", "pig": "piglet",
}.items()}

VERSION_NUMBER_RE = re.compile(
    r"\b(?:v|ver\.?|version|mk|mark|model)\s*#?\s*(\d{1,3})\b|\b(\d{1,3})(?:st|nd|rd|th)\s+version\b",
    re.IGNORECASE)
ORDINALS = {"first": 1, "original": 1, "oldest": 1, "earliest": 1, "initial": 1, "og": 1,
            "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
            "eighth": 8, "ninth": 9, "tenth": 10}
NEWEST_WORDS = frozenset("newest latest recent current updated newer".split())
# the subject as it is now: a version cue word, no word of a name
NOW_WORDS = frozenset("now nowadays today currently presently".split())
OLDER_WORDS = frozenset("previous older prior earlier".split())
# adjectives of a thing's age: before a thing's own name they say which time of it ("the old <name>")
THING_AGE_WORDS = frozenset("old new".split())
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS.pop("may", None)  # "may" is far more often the verb; "May 2025" still parses via the year
MONTHS["sept"] = 9

# Words that only carry version/time cues; they never count as evidence for a concept.
# Conjunctions that open a clause saying when ("before Sam moved out"): what it names dates the
# picture, it is not drawn (rules.time_clause_subject_is_not_drawn).
TIME_CONJUNCTIONS = frozenset("before after until till since once when".split())
# Adjectives of carrying a child: "with <someone>" after one names the child not yet born, who
# is not in view (rules.carried_child_is_not_drawn); each says the same stage of life as the
# others, as the varieties of English say it (rules.pregnancy_said_any_way): formal, medical,
# British/Australian "preggers", American "preggo", borrowed "enceinte".
CARRYING_WORDS = frozenset("pregnant expecting expectant preggers preggo preggy preggie gravid "
                           "enceinte".split())
# Words that may stand between such a conjunction and its clause's subject ("before my dad ...").
CLAUSE_DETERMINERS = frozenset("the my our his her their your a an".split())

# Words before "a <noun>" that cast the subject in a role ("me as a pirate"): the noun is what the
# subject plays, not (without a picture word) how the picture is drawn (rules.role_is_no_medium).
ROLE_FRAMES = frozenset(["as"])

CUE_WORDS = (frozenset(ORDINALS) | NEWEST_WORDS | NOW_WORDS | OLDER_WORDS | frozenset(MONTHS) |
             frozenset("""last version model ago year month week earlier later ver checkpoint
                       trained made back before after newest latest but""".split()))



def typed_name_words(tokens: list[Token], text: str,
                     pairs: frozenset[tuple[str, str]]) -> frozenset[int]:
    """Rule whole_name_typed_is_a_name (round 22): the starts of the words that, with a neighbour
    only a space away, type two consecutive words of a card's name of several words ("<given>
    <generation name>", "<title> <name>" as the card writes it): a name of two words is one name,
    so a part of it that is also a cue word elsewhere (a month's short form, "back", "last") is
    the name's word there, not a cue. `pairs`: the cards' consecutive name words, lower case."""
    out: set[int] = set()
    for a, b in zip(tokens, tokens[1:]):
        if (a.low, b.low) in pairs and not a.possessive and text[a.end:b.start] == " ":
            out.update((a.start, b.start))
    return frozenset(out)


def content_word(tok: Token) -> bool:
    """A word that may name something: not a function word, a filler, a version cue or a word
    every picture request has (STOPWORDS, FILLER, CUE_WORDS, TRANSPARENT)."""
    return tok.low not in STOPWORDS and tok.low not in FILLER and tok.low not in CUE_WORDS \
        and tok.low not in TRANSPARENT

# The nouns any picture is called by, whatever it is made with: they name no medium.
ANY_PICTURE = frozenset("""picture image photo photograph snapshot painting drawing illustration
    artwork art render rendering design""".split())

# Words that only address a person inside a name ("Grandma Rosa", "Aunt May"): the rest of the
# name identifies them alone ("Ingrid as a young nurse").
TITLES = frozenset("""aunt auntie uncle cousin mr mrs ms miss dr doctor sir madam lady lord
    professor prof""".split())
