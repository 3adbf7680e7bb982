"""A style or concept LoRA asked for by what it is rather than by its words.

A hiker "in a quilted anorak" may mean a padded-jacket LoRA, a gymnast "doing the splits" a pose
LoRA, a lighthouse "painted like a Turner seascape" a romantic oil style: the request describes
the LoRA in other words than its card's name, class noun and tags, so no word of it matches.
Such a description stands in a few frames English uses for what a figure wears or does and for
how a picture is made:

  worn or done   "in <X>", "wearing <X>", "with <X>", "doing <X>", "riding <X>",
                 "caught/frozen (in) <X>"                                   -> a concept LoRA
  how it is made "as (a) <X>", "like (a) <X>", "<made>-participle into <X>",
                 "<made>-participle (wholly) from/of/out of <X>"               -> a style LoRA
                 "in <X>" whose head reads as a picture or a medium         -> either
                 "<modifiers> <picture noun>" anywhere ("a grainy newspaper photo",
                 "faded circus poster, ...", "..., fresco style")           -> a style LoRA

Whether a head noun reads as a picture or a way of making one is English's, not a list's: one of
its commonest WordNet meanings is a kind of art, representation, needlework, sign or writing (a
"woodcut", a "poster", "lettering"), of paint, pigment or a drawing tool ("oils", "crayon"), a
material named bare ("in clay", not "in a jug"), a word a style card names itself by, or a
word English does not have (a craft's coinage: "in dotwork"). Another head ("in a foggy port town",
"in soft pastel shades") keeps "in" a frame for what is worn. A phrase that says which meaning of a
card's word it means by its head (a "boxer dog", a "python snake") means that ordinary sense,
not the card (`ordinary_sense_of_card_word`).

Only phrases in these frames are read, and only against the repository's few style and concept
cards (their name, class noun, tags and description, encoded once per Selector): the phrase
names the family whose cards it means (MiniLM, phrase level) clearly more than any other style
or concept (`PARAPHRASE_MARGIN`) and closely enough (`PARAPHRASE_MIN_COSINE`). What the frame
points at as the subject's own ("in his", "with the") is a version cue, not a LoRA, and a thing
of another kind that shares a word with the card (a teapot is no pot LoRA, a football crowd no
football shirt) is not described by it (`compound_of_card_word`, `without_card_words`).
Switchable as the rule `paraphrase_names_a_lora` (rules.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import numpy as np

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.text import MAKING
from personalq.checkin.features import Family
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.synonyms import CATEGORY_NAMES, names_another_kind, one_kind
from personalq.checkin.text import (ANY_PICTURE, DETERMINERS, GOVERNING, KIND_WORDS, STOPWORDS, Token,
                                    english_words, stem, tokenize, words)
from personalq.checkin.verbatim import a_name
from personalq.checkin.tuning import (MEDIUM_DEPTH, MEDIUM_SENSES, ORDINARY_SENSE_DEPTH,
                                      LOOK_FEATURES, PICTURE_SENSES,
                                      COMPARISON_MIN_COSINE, ENTRY_KIND_DEPTH, PARAPHRASE_MARGIN, PARAPHRASE_MAX_WORDS,
                                      PARAPHRASE_MIN_COSINE,
                                      SPLIT_MIN_PART, STRONG)

# Words before "like" that make it a verb or a comparison of the thing, not of the picture.
NOT_MANNER = frozenset("""i we you they he she it would 'd i'd we'd you'd they'd look looks looked
    looking feel feels felt sound sounds smell smells taste tastes just really also""".split())
PHRASE_CACHE = 4096  # phrase vectors kept per catalog
# A phrase ends where another phrase of the request begins.
_END_AT = r"$|[,.;:!?()\"]|\s+(?:in|on|at|with|from|of|for|by|near|under|over|through|into|" \
          r"during|while|next|beside|against|outside|inside|across|along|around|behind|then)\b"
_X = r"(?P<x>[\w'\u2019-]+(?:\s+[\w'\u2019-]+){0,%d}?)" % (PARAPHRASE_MAX_WORDS - 1)
_DET = r"(?:(?P<det>an?|the|some)\s+)?"
# Participles of making a thing out of a material: "built from bottle caps", "made of shells".
MADE_FROM = r"(?:made|built|carved|woven|knitted|stitched|sewn|sculpted|modelled|modeled|moulded|" \
            r"molded|cast|pieced|assembled|formed|crafted|constructed|fashioned|pieced\s+together)"
_STYLE_RE = re.compile(r"(?:\b" + MAKING + r"\s+into\s+|\b(?P<made>" + MADE_FROM +
                       r")\s+(?:\w+ly\s+)?(?:from|of|out\s+of)\s+|"
                       r"\b(?P<lead>\S+\s+)?(?:like|as)\s+)"
                       + _DET + _X + r"(?=" + _END_AT + r")", re.I)
# "with a bowler hat and a cane": two things, each its own phrase
# Verbs of holding, carrying or working a thing by hand: what they take is a prop or a vehicle the
# figure has, as "with" says (rule held_thing_is_a_concept_phrase)
HELD = ("holding", "carrying", "hugging", "clutching", "cradling", "hauling", "lifting", "waving",
        "playing", "strumming", "paddling", "driving", "pushing", "pulling", "toting")
_CONCEPT_RE = re.compile(r"\b(?P<frame>in|wearing|with|doing|riding|" + "|".join(HELD) +
                         r"|(?:caught|frozen|captured)(?:\s+in)?)\s+(?:up\s+)?"
                         + _DET + _X + r"(?=" + _END_AT + r"|\s+and\b)", re.I)
POSSESSIVE_WORDS = frozenset("my our his her their its your".split())
SAME_WORDS = frozenset("same identical".split())  # "in the same <X>": one kind for a group
GROUP_QUANTIFIERS = frozenset("all both each".split())  # "dancers all in ...": the group before
IRREGULAR_PLURALS = frozenset("people men women children folk folks".split())
# An action is named with "the" as a kind ("doing the splits"); any other "the" points at a
# thing already known, the subject's own.
KIND_WITH_THE = frozenset(["doing"])  # the frame word as typed, lower case


# WordNet kinds a picture belongs to ("woodcut" is art, "poster" a sign, "lettering" writing,
# "cross-stitch" needlework), and kinds of what a picture is made with ("oils": paint)
PICTURE_KINDS = ("art", "representation", "needlework", "visual communication", "sign",
                 "writing", "creation")
TOOL_KINDS = ("paint", "pigment", "writing implement")
# WordNet kinds of what takes a photograph or a film ("camera", "camcorder", "film")
DEVICE_KINDS = ("photographic equipment", "photographic film", "television camera")
_ON_DETERMINERS = frozenset("a an the my our his her their some".split())
# head nouns that say "the way it looks" of any picture
STYLE_HEADS = KIND_WORDS["style"] | frozenset("look looks aesthetic vibe vibes".split())
# head nouns for any picture's look, with no medium to read ("a period style", "an 80s vibe")
GENERAL_LOOK = frozenset("""style styled aesthetic artstyle look looks vibe vibes render rendering
    artwork""".split())
ANY = "any"  # a phrase whose frame allows a style or a concept
# where a noun phrase before its head noun begins
_NP_START = frozenset().union(*DETERMINERS.values()) | GOVERNING | frozenset(["as", "like"])
_JOINED = re.compile(r"^[\s-]*$")  # only space or a hyphen between two words of one phrase
# a look phrase naming what the look copies: "in the style of <X>", "in/with <X> style/look/vibe"
_LOOK_OF_RE = re.compile(r"\bin\s+the\s+(?:style|manner)\s+of\s+(?P<a>[^,.;:!?()]+)|"
                         r"\b(?:in|with)\s+(?P<b>(?:[\w'\u2019-]+\s+){0,5}?[\w'\u2019-]+)[\s-]+"
                         r"(?:style|styled|look|vibes?|aesthetic|feel)\b", re.I)
# "<X> style <noun>", "<X>-style <noun>" opening a noun phrase: X says the look of the noun after
_STYLE_MODIFIER_RE = re.compile(r"(?:^|[,;:(]\s*|\b(?:a|an|the|some)\s+)"
                                r"(?P<c>(?:[\w'\u2019-]+\s+){0,3}?[\w'\u2019-]+)[\s-]+styled?\s+"
                                r"(?!of\b)(?=[a-z])", re.I)
_CLAUSE_END = re.compile(r"[,.;:!?()\"]|$")


@dataclass(frozen=True)
class Phrase:
    """A describing phrase of the request and the LoRA kind its frame can mean."""

    text: str
    kind: str  # "style", "concept" or ANY
    start: int
    end: int
    frame: str = ""  # the frame word of a concept phrase as typed, lower case ("doing")
    own_noun: bool = False  # headed by a noun only the style cards call a picture
    comparison: bool = False  # "like (a) <X>", "as (a) <X>": a look compared with X

    def allows(self, kind: str) -> bool:
        return self.kind in (kind, ANY)


@lru_cache(maxsize=16384)
def is_picture(low: str, senses: int = MEDIUM_SENSES) -> bool:
    """A noun for a kind of picture: one of its `senses` commonest meanings is a kind of art,
    representation, needlework, sign or writing ("mural", "poster", "lettering"), or a word
    English uses for how any picture looks ("style", "aesthetic")."""
    lx = lexicon()
    if low in STYLE_HEADS:
        return True
    return lx is not None and any(lx.is_a(low, k, depth=MEDIUM_DEPTH, senses=senses)
                                  for k in PICTURE_KINDS)


@lru_cache(maxsize=16384)
def _is_medium(low: str, bare: bool) -> bool:
    """A picture noun, or what pictures are made with: paint, pigment, a drawing tool, a
    material named without an article ("in clay", "in oils"; "in a jug" is a container), or
    a word English does not have at all (a craft's own coinage: "in dotwork")."""
    if is_picture(low):
        return True
    lx = lexicon()
    if lx is None:
        return False
    senses = lx.senses(low)[:MEDIUM_SENSES]
    if not senses:
        return low not in english_words() and low.isalpha()
    if bare and any(s.lexfile == LEXFILE["substance"] for s in senses):
        return True
    return any(lx.is_a(low, k, depth=MEDIUM_DEPTH, senses=MEDIUM_SENSES) for k in TOOL_KINDS)


def another_medium(text: str, fam: Family) -> bool:
    """Rule another_medium_is_another_style: the phrase names what it is painted or drawn with
    (a paint, a pigment, a drawing tool: "in oils", "a crayon scribble") and the style's cards
    never use that word nor another English name of their own medium: it is another medium,
    however close the two look ("tempera" is no fresco). Words the cards use keep their reading."""
    known = set().union(*fam.card_terms.values()) | fam.lexical_names
    lx = lexicon()
    if lx is None:
        return False
    for tok in tokenize(text):
        if tok.low in STOPWORDS or tok.low in known or tok.stem in known:
            continue
        if any(lx.is_a(tok.low, k, depth=MEDIUM_DEPTH, senses=MEDIUM_SENSES) for k in TOOL_KINDS) \
                and not one_kind(tok.low, fam.naming_words | fam.lexical_names):
            return True
    return False


def _kind_words(fam: Family) -> set[str]:
    """The words a family names its kind by: its naming words (class head, one-word tags) and the
    head of every tag of several words ("retro game": a game)."""
    return fam.naming_words | {w[-1] for c in fam.cards for t in c.tags if (w := words(t))}


def _head(text: str) -> Token | None:
    toks = [t for t in tokenize(text) if t.low not in STOPWORDS]
    return toks[-1] if toks else None


def in_frame_kind(text: str, det: str, style_words: frozenset[str]) -> str:
    """"in <X>": a style or a concept when X's head reads as a picture ("in a press photo"),
    or, named bare, as a medium or a word a style card names itself by ("in oils", "in
    pastels"; with an article it is a thing: "in a jug"); else what is worn, a concept."""
    head = _head(text)
    if head is None:
        return "concept"
    if is_picture(head.low) or (not det and (head.stem in style_words
                                             or _is_medium(head.low, True))):
        return ANY
    return "concept"


# WordNet's files of what a picture is: a made thing (noun.artifact) or a message (noun.communication)
PICTURE_KIND_FILES = frozenset({LEXFILE["artifact"], LEXFILE["communication"]})


def _own_picture_noun(tok: Token, own: frozenset[str]) -> bool:
    """Rule style_card_noun_heads_a_picture_phrase: a noun a style card names its kind by
    (class noun's head, one-word tag) is a picture noun of this catalog ("postcard"); that noun
    breaks no near tie (`Phrase.own_noun`): it is what made the words a phrase. A picture is a
    made thing or a message: one of the noun's WordNet meanings is an artifact or a
    communication (a tag naming only an event the style shows is no picture noun)."""
    lx = lexicon()
    senses = lx.senses(tok.low) if lx is not None and tok.stem in own else []
    return any(s.lexfile in PICTURE_KIND_FILES for s in senses)


def picture_phrases(request: str, own: frozenset[str] = frozenset()) -> list[Phrase]:
    """"<modifiers> <picture noun>" anywhere in the request ("a grainy 1970s newspaper
    photo", "faded circus poster, hand lettered", "..., fresco style"): the noun phrase ending in a
    picture noun that heads it (in one of its PICTURE_SENSES commonest meanings, with no frame
    word saying a picture is meant; no noun after it: a "print shop" is a shop), back to its
    determiner, a preposition or punctuation, with at least one word narrowing the noun (a bare
    "poster" says nothing of which style); own: the nouns style cards name their kind by, read as
    picture nouns too (`_own_picture_noun`)."""
    toks = tokenize(request)
    out: list[Phrase] = []
    for i, tok in enumerate(toks):
        if not is_picture(tok.low, PICTURE_SENSES) and not _own_picture_noun(tok, own):
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and _JOINED.match(request[tok.end:nxt.start]) and \
                nxt.low not in STOPWORDS and nxt.low not in GOVERNING and not _participle(nxt):
            continue  # a modifier of a later noun
        j = i
        while j > 0 and i - j < PARAPHRASE_MAX_WORDS - 1:
            prev = toks[j - 1]
            if prev.low in _NP_START or prev.low in POSSESSIVE_WORDS or prev.possessive or \
                    not _JOINED.match(request[prev.end:toks[j].start]):
                break
            j -= 1
        if sum(t.low not in STOPWORDS for t in toks[j:i]) >= 1:
            out.append(Phrase(request[toks[j].start:tok.end], "style", toks[j].start, tok.end,
                              own_noun=not is_picture(tok.low, PICTURE_SENSES)))
    return out


@lru_cache(maxsize=4096)
def is_picture_device(low: str) -> bool:
    """Does the noun name what takes a photograph or a film, in one of its commonest meanings?"""
    lx = lexicon()
    return lx is not None and any(lx.is_a(low, k, depth=MEDIUM_DEPTH, senses=MEDIUM_SENSES)
                                  for k in DEVICE_KINDS)


def device_phrases(request: str) -> list[Phrase]:
    """Rule device_of_the_picture_is_a_style_phrase: "on (a/my/an old) <modifiers> <device>"
    where the head, ending the noun phrase, is a camera or a film: the picture is the kind that
    device makes, a style phrase from the first word after the determiners to the head."""
    toks = tokenize(request)
    out: list[Phrase] = []
    for i, on in enumerate(toks[:-1]):
        if on.low != "on":
            continue
        j = i + 1
        while j < len(toks) and toks[j].low in _ON_DETERMINERS:
            j += 1
        k = j
        while k < len(toks) and k - j < PARAPHRASE_MAX_WORDS and toks[k].low not in STOPWORDS \
                and (k == j or _JOINED.match(request[toks[k - 1].end:toks[k].start])):
            if is_picture_device(toks[k].low) and (k + 1 == len(toks) or toks[k + 1].low in
                                                   STOPWORDS or not _JOINED.match(
                                                       request[toks[k].end:toks[k + 1].start])):
                out.append(Phrase(request[toks[j].start:toks[k].end], "style", toks[j].start,
                                  toks[k].end))
                break
            k += 1
    return out


@lru_cache(maxsize=16384)
def is_material(low: str) -> bool:
    """A noun for what a thing is made of, in one of its commonest meanings: a substance ("tin",
    "paper", "glass") or a material English files as one ("canvas", a fabric)."""
    lx = lexicon()
    if lx is None:
        return False
    senses = lx.senses(low)[:MEDIUM_SENSES]
    return any(s.lexfile == LEXFILE["substance"] for s in senses) or \
        lx.is_a(low, "material", depth=MEDIUM_DEPTH, senses=MEDIUM_SENSES)


def ground_phrases(request: str) -> list[Phrase]:
    """Rule picture_on_a_material_is_a_style_phrase: "<picture noun | making participle> on
    <material>" ("an icon painted on copper", "a print on silk", "drawings on bark") says how
    the picture is made: a support named bare, so a craft, not a place ("a poster on the wall",
    "a sticker on a bottle" point at a thing)."""
    toks = tokenize(request)
    out: list[Phrase] = []
    for i in range(1, len(toks) - 1):
        prev, on, nxt = toks[i - 1], toks[i], toks[i + 1]
        if on.low != "on" or nxt.low in STOPWORDS or not is_material(nxt.low):
            continue
        if is_picture(prev.low, PICTURE_SENSES) or re.fullmatch(MAKING, prev.low):
            out.append(Phrase(request[prev.start:nxt.end], "style", prev.start, nxt.end))
    return out


def closed_medium(text: str, own: frozenset[str] = frozenset()) -> str | None:
    """Rule open_medium_word_reads_as_its_kind: a medium word typed open ("a silk screen", "wood
    block") is the one English writes closed when the closed form is a picture noun, and a picture
    noun no style card names itself by is read with the kind of picture English files it under
    ("<closed word> print"): MiniLM knows a craft's rarer words poorly, the kind it knows well.
    None: nothing to read otherwise."""
    lx = lexicon()
    toks = [t for t in tokenize(text) if t.low not in STOPWORDS]
    if lx is None or not toks:
        return None
    low = [t.low.replace("-", "") if is_picture(t.low.replace("-", "")) else t.low for t in toks]
    closed = low != [t.low for t in toks]  # "wood-cut": the hyphen dropped
    for i in range(len(low) - 1):
        joined = low[i] + low[i + 1]
        if not closed and lx.senses(joined) and is_picture(joined):
            low[i:i + 2], closed = [joined], True
            break
    if not closed and (low[-1] in own or stem(low[-1]) in own):
        return None  # a card's own medium word: its cards already say it
    head = lx.first_sense(low[-1])
    if head is None or not is_picture(low[-1]) or low[-1] in GENERAL_LOOK or not head.hypernyms:
        return None
    kind = next(iter(lx.synset(head.hypernyms[0]).common_lemmas()), None)
    if kind is None or kind in low or kind in PICTURE_KINDS or not is_picture(kind):
        return None  # no narrower kind of picture to say ("art", "sign", "writing")
    return " ".join(low + [kind])


def _group_alike(request: str, at: int, det: str, first: str) -> int | None:
    """Rule a_group_alike_is_one_phrase: "<plural noun> (all/both) in/wearing the same <X>"
    ("dancers all in the same sash"): "the same" points at no thing of the subject's own but
    says the group shares one kind, so what is meant is the group dressed alike, read as one
    phrase from the group's noun. Where the phrase starts, or None."""
    if not ((det == "the" and first in SAME_WORDS) or (not det and first == "matching")):
        return None
    toks = [t for t in tokenize(request[:at])]
    while toks and toks[-1].low in GROUP_QUANTIFIERS:
        toks = toks[:-1]
    if not toks:
        return None
    return toks[-1].start if _plural_noun(toks[-1].low) else None


def _plural_noun(low: str) -> bool:
    """A plural noun: an irregular one of people, or "-s"/"-es" on a WordNet noun."""
    lx = lexicon()
    if low in IRREGULAR_PLURALS:
        return True
    if lx is None or not low.endswith("s") or low.endswith("ss"):
        return False
    return any(lx.senses(low[:-k]) for k in (1, 2) if len(low) - k >= 3)


def _made_thing(request: str, at: int) -> bool:
    """"<artifact> made of <X>" ("a dress made from wax print", "a house built of stone"): a
    thing people make is made of its material, the picture is not; a figure, animal, place or
    scene made of a material ("an owl made of buttons") is a way of picturing it."""
    before = [t for t in tokenize(request[:at]) if t.low not in STOPWORDS]
    lx = lexicon()
    if not before or lx is None:
        return False
    head = before[-1].low
    senses = lx.senses(head)[:PICTURE_SENSES]
    return bool(senses) and senses[0].lexfile == LEXFILE["artifact"] and not is_picture(head)


def _participle(tok: Token) -> bool:
    """An -ing form English reads as a verb ("figures having tea"): a clause follows the noun,
    no noun it modifies."""
    lx = lexicon()
    return tok.low.endswith("ing") and lx is not None and lx.verb_lemma(tok.low) is not None


_CLAUSE_BREAK = re.compile(r"[,.;:!?()]")
_MAKING_WORD = re.compile(r"\b" + MAKING + r"\b", re.I)


def tool_of_making(request: str, at: int, text: str, det: str, on: bool = True) -> bool:
    """Rule tool_of_making_is_the_medium: "with <X>" in a clause whose verb makes the picture
    ("drawn like a child did it with crayons", "painted with watercolours") says what the picture
    is made with when X's head is a medium (paint, a drawing tool, a picture word): a style, as
    "in <medium>" is, not a thing the figure holds."""
    if not on:
        return False
    clause = _CLAUSE_BREAK.split(request[:at])[-1]
    head = _head(text)
    return head is not None and bool(_MAKING_WORD.search(clause)) and \
        _is_medium(head.low, not det)


def _placed_in(request: str, at: int) -> bool:
    """"<participle> in <X>" where the participle is no making one ("dunked in dye", "wrapped
    in silk"): X is where the verb puts the thing, not what the picture is made in ("painted
    in gouache" is)."""
    before = tokenize(request[:at])
    if not before:
        return False
    word = before[-1].low
    lx = lexicon()
    return lx is not None and not re.fullmatch(MAKING, word) and \
        not word.endswith("ing") and lx.past_verb_lemma(word) is not None  # (WordNet's verb
    # exceptions hold -ing forms too: an -ing word is a noun or a present participle, no past)


def craft_things_only(request: str, knows: Callable[[Token], bool]) -> bool:
    """Rule craft_word_on_a_thing_is_no_style: every word of the request that the styles know
    (`knows`) modifies the next noun, an artifact none of them knows ("a <medium> printer", "a
    <medium> shop"), or stands where a participle puts something ("dipped in <medium>"): the
    words speak of the craft's things, not of how a picture is drawn. False where no word is
    known or the request has a phrase saying how it is drawn."""
    lx = lexicon()
    if lx is None or any(p.kind != "concept" for p in phrases(request)):
        return False
    toks = tokenize(request)
    known = [i for i, t in enumerate(toks) if t.low not in STOPWORDS and knows(t)]
    if not known:
        return False
    for i in known:
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        thing = nxt is not None and not knows(nxt) and nxt.low not in STOPWORDS and any(
            s.lexfile == LEXFILE["artifact"] for s in lx.senses(nxt.low)[:PICTURE_SENSES])
        placed = i >= 2 and toks[i - 1].low == "in" and _placed_in(request, toks[i - 1].start)
        if not (thing or placed):
            return False
    return True


_OF_OWNED = re.compile(r"\s+of\s+(?:my|our|his|her|their|your|the)\b", re.I)  # "... of our <Y>"
COMPARISON_WORDS = frozenset("like as".split())  # a comparison opens a phrase of its own


def clause_end(request: str, start: int, end: int) -> int:
    """Rule clause_after_the_thing_ends_its_phrase: a concept phrase ("with a <thing> ...",
    "in a <garment> ...") ends before a comparison ("like ...", "as ...") or an -ing verb that
    opens a clause of its own ("with a <haircut> riding a <vehicle>"): the words after it say
    something else about the figure, and the phrase read whole would mean neither thing. An -ing
    word is such a verb where a determiner, possessive or preposition follows it (its object or
    complement); one ending the phrase is its head noun ("a three-step landing"). Where the
    phrase ends (`end` if nothing cuts it; never before its first word)."""
    toks = [t for t in tokenize(request[start:end])]
    for i, tok in enumerate(toks[1:], 1):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        verb = _participle(tok) and nxt is not None and (nxt.low in _NP_START or nxt.low in
                                                        POSSESSIVE_WORDS)  # "riding a ..."
        if tok.low in COMPARISON_WORDS or verb:
            return start + tok.start
    return end


def phrases(request: str, style_words: frozenset[str] = frozenset(),
            grounds: bool = True, made_of: bool = True, same_group: bool = True,
            made_with: bool = True, prepositions: bool = True,
            devices: bool = True, own_nouns: bool = True, clauses: bool = True,
            held: bool = True, contained: bool = True) -> list[Phrase]:
    """The request's describing phrases in the frames above (module docstring); style_words:
    the stems style cards name themselves by (class noun, one-word tags); grounds, made_of,
    same_group, made_with, prepositions, devices: the rules picture_on_a_material_is_a_style_phrase,
    made_of_a_material_is_a_style_phrase, a_group_alike_is_one_phrase,
    tool_of_making_is_the_medium, in_noun_of_is_a_preposition,
    device_of_the_picture_is_a_style_phrase, style_card_noun_heads_a_picture_phrase,
    clause_after_the_thing_ends_its_phrase (clauses) and held_thing_is_a_concept_phrase (held:
    "holding/carrying/playing (up) <X>" says what the figure has in hand, as "with <X>" does),
    and contents_of_a_container_are_the_product (contained: "<X> of our/my/the <Y>" is a
    container or measure of the owner's thing, no concept LoRA)."""
    out: list[Phrase] = []
    for m in _STYLE_RE.finditer(request):
        lead = (m.group("lead") or "").strip().lower()
        if lead in NOT_MANNER or lead.endswith("n't"):
            continue
        if m.group("made") and (not made_of or _made_thing(request, m.start("made"))):
            continue
        at = m.start("made") if m.group("made") else m.start("x")  # "made of <X>": says a picture
        out.append(Phrase(request[at:m.end("x")], "style", at, m.end("x"),
                          comparison=not m.group("made")))
    for m in _CONCEPT_RE.finditer(request):
        if not held and m.group("frame").lower() in HELD:
            continue
        if contained and _OF_OWNED.match(request, m.end("x")):
            continue  # "a <container> of our <product>": the owner's product, no concept
        det = (m.group("det") or "").lower()
        first = m.group("x").split()[0].lower()
        if first in POSSESSIVE_WORDS or first.endswith(("'s", "\u2019s")):
            continue  # the subject's own thing: a version cue
        if prepositions and m.group("frame").lower() == "in" and not det and \
                complex_preposition(m.group("x"), request[m.end("x"):]):
            continue
        group = _group_alike(request, m.start("frame"), det, first) if same_group else None
        if group is not None:
            out.append(Phrase(request[group:m.end("x")], "concept", group, m.end("x")))
            continue
        if det == "the" and m.group("frame").lower() not in KIND_WITH_THE:
            continue
        kind = in_frame_kind(m.group("x"), det, style_words) \
            if m.group("frame").lower() == "in" and not _placed_in(request, m.start()) \
            else "concept"
        if m.group("frame").lower() == "with" and tool_of_making(request, m.start(), m.group("x"), det,
                                                               made_with):
            kind = ANY  # tool_of_making_is_the_medium: "drawn like ... with crayons"
        end = clause_end(request, m.start("x"), m.end("x")) if clauses else m.end("x")
        out.append(Phrase(request[m.start("x"):end].rstrip(), kind, m.start("x"),
                          m.start("x") + len(request[m.start("x"):end].rstrip()),
                          m.group("frame").lower()))
    out += picture_phrases(request, style_words if own_nouns else frozenset())
    if devices:
        out += device_phrases(request)
    if grounds:
        out += ground_phrases(request)
    return [p for p in out if any(t.low not in STOPWORDS for t in tokenize(p.text))]


def typed_whole_kind(request: str, fams: dict[str, Family]) -> list[str]:
    """Rule whole_kind_names_its_styles: the families whose newest class noun of two or more
    words the request types whole and in order (stems; a hyphen is a space)."""
    seq = [t.stem for t in tokenize(request.replace("-", " "))]
    out = []
    for key, fam in fams.items():
        kind = [t.stem for t in tokenize(fam.newest.class_noun.replace("-", " "))]
        if len(kind) >= 2 and any(seq[i:i + len(kind)] == kind for i in range(len(seq))):
            out.append(key)
    return out


def complex_preposition(x: str, after: str) -> bool:
    """Rule in_noun_of_is_a_preposition: "in" + one singular noun with no article + "of" ("in
    place of", "in search of", "in honour of") is one preposition of place or purpose: a
    singular count noun stands bare only in such fixed phrases, so the noun is nothing worn."""
    lx = lexicon()
    if lx is None or " " in x.strip() or not re.match(r"\s+of\b", after, re.I):
        return False
    forms = lx.base_forms(x.lower())
    return bool(lx.senses(x.lower())) and set(forms) == {x.lower()}  # no plural reading


def card_texts(card: Card) -> list[str]:
    """What a style or concept card says it is, in three lengths: a short phrase meets a short
    text best, a descriptive one the description."""
    short = f"{card.name}: {card.class_noun}, " + ", ".join(card.tags)
    return [short, f"{short}. {card.description}", card.description or short]


def ordinary_sense_of_card_word(phrase: str, fam: Family) -> bool:
    """A card word followed by a head noun naming the kind one of its meanings is (a "python
    snake", a "boxer dog"): the phrase means the word's ordinary sense, not the card's,
    unless the head is the card's own word or the card's kind is under the head too."""
    lx = lexicon()
    if lx is None:
        return False
    toks = [t for t in tokenize(phrase) if t.low not in STOPWORDS]
    strong = {s for s, v in fam.terms.items() if v >= STRONG}
    for word, head in zip(toks, toks[1:]):
        if word.stem not in strong or head.stem in strong or head.low in STYLE_HEADS:
            continue
        if lx.head_names_a_sense(word.low, head.low, ORDINARY_SENSE_DEPTH) and not (
                fam.class_head and lx.head_names_a_sense(fam.class_head, head.low,
                                                         ORDINARY_SENSE_DEPTH)):
            return True
    return False


def compound_of_card_word(phrase: str, fam: Family) -> bool:
    """A closed compound ending in one of the card's naming words names another kind of that
    thing (a teapot is no pot LoRA): the card's word was read literally, meaning must not
    bridge to another thing."""
    return any(t.low.endswith(w) and len(t.low) - len(w) >= 3
               for t in tokenize(phrase) for w in fam.naming_words)


def first_part_of_card_word(phrase: str, fam: Family) -> bool:
    """Rule first_part_of_a_compound_is_not_it: the phrase's last word is the first part of a
    closed compound the card names itself by ("snow" of a "snowmobile"), at least
    `SPLIT_MIN_PART` letters each, and the phrase has no naming word of the card."""
    toks = [t for t in tokenize(phrase) if t.low not in STOPWORDS]
    if not toks or any(t.stem in fam.naming_words or t.low in fam.naming_words for t in toks):
        return False
    head = toks[-1].low
    return len(head) >= SPLIT_MIN_PART and any(
        w.startswith(head) and len(w) - len(head) >= SPLIT_MIN_PART for w in fam.naming_words)


def without_card_words(phrase: str, fam: Family, entries: bool = True) -> str | None:
    """The phrase less the name, class and tag words it shares with the card, when one of them
    modifies a head noun the card lacks: what it says in other words, which alone must still
    mean the card (a football crowd shares a word with a football shirt and means something
    else; a padded winter coat means a winter jacket by its other words too). None: the head
    is the card's own word, or no word is shared, or (entries) the modifier and head are one
    entry of WordNet's that is a kind of what the card names itself by (`entry_of_the_kind`)."""
    strong = {s for s, v in fam.terms.items() if v >= STRONG}
    toks = [t for t in tokenize(phrase) if t.low not in STOPWORDS]
    if not toks or toks[-1].stem in strong:
        return None
    if entries and len(toks) >= 2 and entry_of_the_kind(toks[-2].low + " " + toks[-1].low, fam):
        return None
    rest = [t.text for t in toks if t.stem not in strong]
    return None if len(rest) == len(toks) else " ".join(rest)


def entry_of_the_kind(pair: str, fam: Family) -> bool:
    """Rule compound_entry_names_its_kind (round 21): a modifier and head that WordNet has as one
    entry name one thing, not the head with a word of the card before it; where that thing is a
    kind of what the card names itself by (class noun or tag, at most ENTRY_KIND_DEPTH links up
    from its commonest meaning: a narrow kind, not "clothing"), the phrase is the card's kind in
    other words (a trap card is met by the one-entry name of a trap for one catch)."""
    lx = lexicon()
    own = {w for c in fam.cards for t in [c.class_noun, *c.tags] for w in [t.lower().strip()]}
    return lx is not None and bool(lx.senses(pair)) and any(
        lx.is_a(pair, w, depth=ENTRY_KIND_DEPTH) for w in own if w and w not in CATEGORY_NAMES)


def broader_than_the_card(phrase: str, fam: Family) -> bool:
    """Rule broader_word_is_not_the_narrower_lora: the phrase's head is the card's class head (or
    an English synonym of it) and the card's class noun narrows it with a word the phrase lacks:
    the phrase names the general kind, not the LoRA's narrower sort."""
    narrowing = words(fam.newest.class_noun)[:-1]
    toks = [t for t in tokenize(phrase) if t.low not in STOPWORDS]
    if not narrowing or not toks:
        return False
    head, own = toks[-1], fam.class_head
    lx = lexicon()
    same = head.stem == own or (lx is not None and (own in lx.synonyms(head.low)
                                                    or head.low in lx.synonyms(own)))
    typed = {t.stem for t in toks}
    return same and any(w not in typed for w in narrowing)


_LOOK_STEMS = frozenset(stem(w) for w in GENERAL_LOOK)
_FEATURE_BREAK = re.compile(r"[,.;:()]")  # a description's list of features


def _feature_stems(fam: Family, naming_too: bool = False) -> list[list[set[str]]]:
    """Per card of a style, the stems of each feature its description lists (its parts between
    commas), less the family's own naming words (name, class noun, tags) unless naming_too."""
    naming = set() if naming_too else {
        t.stem for c in fam.cards
        for t in tokenize(" ".join([c.name, c.class_noun, *c.tags]).replace("-", " "))}
    return [[{t.stem for t in tokenize(part.replace("-", " "))
              if t.low not in STOPWORDS and t.low.isalpha()} - naming - _LOOK_STEMS
             for part in _FEATURE_BREAK.split(card.description or "")] for card in fam.cards]


def _distinct_echoes(parts_of_words: list[set[int]]) -> int:
    """How many features distinct words echo, each word counted for one feature only (a
    matching of words to the parts holding them: one word twice in a description is one echo)."""
    owner: dict[int, int] = {}

    def place(w: int, seen: set[int]) -> bool:
        for part in parts_of_words[w] - seen:
            seen.add(part)
            if part not in owner or place(owner[part], seen):
                owner[part] = w
                return True
        return False
    return sum(place(w, set()) for w in range(len(parts_of_words)))


def _derived_bases(low: str) -> list[str]:
    """look_described_by_its_features: the stems of the noun or verb an adjective is made from
    ("<noun>y" having the noun's quality, "<verb>ed" its result); none for a short word."""
    if len(low) < 5:
        return []
    if low.endswith("y"):  # the base as its -ing form stems too ("bleedy": a verb in -eed)
        bases = [low[:-1]] + ([low[:-2]] if low[-2] == low[-3] else [])  # "drippy"
        return list(dict.fromkeys(s for b in bases for s in (stem(b), stem(b + "ing"))))
    if low.endswith("ed"):  # "dented", "crackled", "enamelled" (a doubled last consonant)
        doubled = [stem(low[:-3])] if low[-3] == low[-4] else []
        return [stem(low[:-2]), stem(low[:-1])] + doubled
    return []


def _content_stems(text: str) -> list[str]:
    """The text's words less stop words, as stems, in order."""
    return [t.stem for t in tokenize(text.replace("-", " ")) if t.low not in STOPWORDS]


class ParaphraseIndex:
    """The style and concept cards of one catalog, encoded once; phrases looked up by meaning."""

    def __init__(self, families: dict[str, Family], encode: Callable[[list[str]], np.ndarray],
                 disabled: frozenset[str] = frozenset()):
        self.disabled = disabled  # rule names switched off (rules.ALL_RULES, --ablate)
        self.families = {k: f for k, f in families.items() if f.kind in ("style", "concept")}
        self._all = families
        self._owners: dict[str, set[str]] | None = None  # card word -> the families having it
        self._pairs: dict[tuple[str, str], set[str]] = {}  # two description words in a row
        self._features: dict[str, tuple[list, list]] = {}  # style -> its cards' feature stems
        self.style_words = frozenset(w for f in self.families.values() if f.kind == "style"
                                     for w in f.naming_words)
        self.encode = encode
        self._rows: np.ndarray | None = None  # family number of each text row
        self._keys: list[str] = list(self.families)
        self._kinds = np.array([f.kind for f in self.families.values()])  # in _keys order
        self._matrix: np.ndarray | None = None
        self._vectors: dict[str, np.ndarray] = {}  # phrase -> its vector (bounded)

    def on(self, rule: str) -> bool:
        """Is the named rule on (not switched off for an ablation)?"""
        return rule not in self.disabled

    def _vector(self, text: str) -> np.ndarray:
        if text not in self._vectors:
            self.remember(text, self.encode([text])[0])
        return self._vectors[text]

    def remember(self, text: str, vector: np.ndarray) -> None:
        """Keep a phrase's vector (encoded here or batched with its request by the caller)."""
        if len(self._vectors) >= PHRASE_CACHE:
            self._vectors.clear()
        self._vectors[text] = vector

    def unencoded(self, request: str) -> list[str]:
        """The request's describing phrases (lower case) not yet encoded: a caller encoding the
        request anyway encodes them in the same batch, one encoder call instead of two."""
        if not self._keys:
            return []
        found = self._phrases(request)
        texts = dict.fromkeys([p.text.lower() for p in found]
                              + [v for v in map(self._kind_reading, found) if v is not None])
        return [t for t in texts if t not in self._vectors]

    def _encode_missing(self, request: str) -> None:
        """Encode the request's describing phrases not yet encoded in one encoder call (one
        call per phrase would cost a few ms each)."""
        texts = self.unencoded(request)
        if texts:
            for text, vector in zip(texts, self.encode(texts)):
                self.remember(text, vector)

    def _build(self) -> None:
        texts: list[str] = []
        rows: list[int] = []
        for i, key in enumerate(self._keys):
            for card in self.families[key].cards:
                for text in card_texts(card):
                    texts.append(text)
                    rows.append(i)
        self._rows = np.array(rows, dtype=np.int64)
        self._matrix = self.encode(texts) if texts else np.zeros((0, 1), np.float32)

    def _phrases(self, request: str) -> list[Phrase]:
        return phrases(request, self.style_words, self.on(rules.PICTURE_ON_A_MATERIAL),
                       self.on(rules.MADE_OF_A_MATERIAL), self.on(rules.GROUP_ALIKE),
                       self.on(rules.TOOL_OF_MAKING), self.on(rules.IN_NOUN_OF),
                       self.on(rules.PICTURE_DEVICE), self.on(rules.OWN_PICTURE_NOUN),
                       self.on(rules.CLAUSE_ENDS_THE_PHRASE), self.on(rules.HELD_THING),
                       self.on(rules.CONTAINED_PRODUCT))

    def _kind_reading(self, phrase: Phrase) -> str | None:
        """The style phrase as English files its medium word (`closed_medium`), if that differs."""
        if not self.on(rules.OPEN_MEDIUM_WORD) or not phrase.allows("style"):
            return None
        return closed_medium(phrase.text, self.style_words)

    def _ranked(self, phrase: Phrase) -> tuple[np.ndarray, np.ndarray]:
        """Each family's closest card text to the phrase (or to its medium's kind reading), and
        the families best first."""
        if self._matrix is None:
            self._build()
        sims = self._matrix @ self._vector(phrase.text.lower())
        reading = self._kind_reading(phrase)
        if reading is not None:
            sims = np.maximum(sims, self._matrix @ self._vector(reading))
        best = np.full(len(self._keys), -1.0, dtype=np.float32)
        if len(sims):  # the rows are in family order: one maximum per run of a family's rows
            starts = np.flatnonzero(np.r_[True, self._rows[1:] != self._rows[:-1]])
            present = self._rows[starts]
            best[present] = np.maximum(best[present], np.maximum.reduceat(sims, starts))
        return best, np.argsort(-best, kind="stable")

    def _describes(self, phrase: Phrase, number: int) -> bool:
        """The phrase may describe this family: its frame allows the kind, it does not mean a
        card word's ordinary sense, and a concept's other words mean it too."""
        fam = self.families[self._keys[number]]
        if not phrase.allows(fam.kind) or ordinary_sense_of_card_word(phrase.text, fam):
            return False
        if fam.kind == "style" and self.on(rules.ANOTHER_MEDIUM) and \
                another_medium(phrase.text, fam):
            return False
        return fam.kind != "concept" or self._other_words_mean(phrase.text, fam, number)

    def best(self, phrase: Phrase,
             ranked: tuple[np.ndarray, np.ndarray] | None = None) -> str | None:
        """The style or concept family the phrase means clearly more than any other, of the
        kind its frame allows, or None; `ranked`: the phrase's `_ranked`, where the caller has it."""
        if len(self._keys) == 0:
            return None
        best, order = ranked if ranked is not None else self._ranked(phrase)
        if self.on(rules.FRAME_KIND_RANKS) and (phrase.kind == "style" or
                                                phrase.frame not in ("", "in")):  # doing a dance
            allowed = order if phrase.kind == ANY else order[self._kinds[order] == phrase.kind]
            order = allowed if len(allowed) else order[:1]  # as phrase.allows, for every family
        top = int(order[0])
        runner = float(best[order[1]]) if len(order) > 1 else 0.0
        if best[top] < PARAPHRASE_MIN_COSINE and not self._compared_by_own_word(
                phrase, top, float(best[top]) - runner):
            return None
        if best[top] - runner < PARAPHRASE_MARGIN and (phrase.own_noun or not (
                self.on(rules.OWN_WORD_BREAKS_A_TIE) and self._own_word(phrase, top))):
            return None
        if self.on(rules.SHARED_KIND_NEEDS_OWN_WORD) and self._kind_twins(phrase, top):
            return None
        return self._keys[top] if self._describes(phrase, top) else None

    def _kind_twins(self, phrase: Phrase, number: int) -> list[int]:
        """Rule shared_kind_needs_a_word_of_its_own: the other style families that name their
        kind by the phrase's head word as this style does ("<medium>" typed where two styles are
        that medium), where no other word of the phrase is on this family's cards and not on
        theirs (or a word English lacks that no twin's cards have: a clipped name) settles it;
        [] where such a word settles it or no other style shares the head."""
        key, head = self._keys[number], _head(phrase.text)
        if head is None or self.families[key].kind != "style" or \
                head.stem not in _kind_words(self.families[key]) or \
                {head.low, head.stem} & (ANY_PICTURE | GENERAL_LOOK):
            return []  # a noun any picture is called by ("photo") names no medium
        twins = [i for i, k in enumerate(self._keys) if k != key and
                 self.families[k].kind == "style" and head.stem in _kind_words(self.families[k])]
        owners = self._description_words()
        twin_keys = {self._keys[i] for i in twins}
        lx = lexicon()
        for tok in tokenize(phrase.text):
            own = owners.get(tok.stem, set())
            if tok.start == head.start or tok.low in STOPWORDS:
                continue
            if key in own and not twin_keys <= own:
                return []
            if tok.low.isalpha() and lx is not None and not lx.has_word(tok.low) and \
                    not own & twin_keys:
                return []  # a word English lacks, on no twin's cards: the style's short name
        return twins

    def _compared_by_own_word(self, phrase: Phrase, number: int, lead: float) -> bool:
        """Rule comparison_headed_by_a_styles_own_word (round 21): in "like (a) <X>" / "as (a)
        <X>" the frame itself says a look is asked for, and where X's head noun is a word one style
        names itself by (class head, a tag or a tag's head) and no other style or concept does ("like an
        old <console> game" beside a style tagged "game"), that style is meant on less closeness
        in meaning (`COMPARISON_MIN_COSINE`), still by the full margin: the modifiers are often
        names MiniLM knows poorly."""
        if not self.on(rules.COMPARISON_OWN_WORD) or not phrase.comparison or \
                lead < PARAPHRASE_MARGIN:
            return False
        key = self._keys[number]
        head, fam = _head(phrase.text), self.families[key]
        if head is None or fam.kind != "style" or head.stem not in _kind_words(fam):
            return False
        sims = self._matrix[self._rows == number] @ self._vector(phrase.text.lower())
        return float(sims.max()) >= COMPARISON_MIN_COSINE and not any(
            head.stem in _kind_words(f) for k, f in self.families.items() if k != key)

    def _own_word(self, phrase: Phrase, number: int) -> bool:
        """Rule own_word_breaks_a_near_tie: the phrase holds a word the family names itself by
        (class head, one-word tag) that no other style or concept family does."""
        key = self._keys[number]
        own = self.families[key].naming_words
        for tok in tokenize(phrase.text):
            if tok.low in STOPWORDS or tok.stem not in own:
                continue
            if not any(tok.stem in f.naming_words for k, f in self.families.items() if k != key):
                return True
        return False

    def _other_words_mean(self, text: str, fam: Family, number: int) -> bool:
        """A concept is described, not another thing sharing its word: no compound of its
        word, and the words it does not share still mean it closely enough."""
        if compound_of_card_word(text, fam):
            return False
        if self.on(rules.FIRST_PART_OF_A_COMPOUND) and first_part_of_card_word(text, fam):
            return False
        if self.on(rules.BROADER_WORD_IS_NOT_THE_LORA) and broader_than_the_card(text, fam):
            return False
        if self.on(rules.other_name_of_a_kind.__name__) and names_another_kind(
                text, fam.cards, self.on(rules.DESCRIBED_KIND)):
            return False  # other_name_of_a_kind: a named kind is no paraphrase of another
        rest = without_card_words(text, fam, self.on(rules.COMPOUND_ENTRY))
        if rest is None:
            return True
        sims = self._matrix[self._rows == number] @ self._vector(rest.lower())
        return float(sims.max()) >= PARAPHRASE_MIN_COSINE

    def _description_words(self) -> dict[str, set[str]]:
        """Every card word (stem) of the catalog with the families having it; the style cards'
        description words two in a row (stop words left out) with the styles saying them."""
        if self._owners is None:
            self._owners = {}
            for key, fam in self._all.items():
                for card in fam.cards:
                    text = " ".join([card.name, card.class_noun, card.description, *card.tags])
                    text = text.replace("-", " ")  # "<maker>-style": the maker's name alone
                    for tok in tokenize(text):
                        self._owners.setdefault(tok.stem, set()).add(key)
                    if fam.kind == "style":
                        seq = _content_stems(card.description)
                        for pair in zip(seq, seq[1:]):
                            self._pairs.setdefault(pair, set()).add(key)
        return self._owners

    def described_look(self, clause: str) -> str | None:
        """Rule look_named_by_its_description_words: the one style whose description gives a
        proper name (letters only: a decade or a number names no maker) of the look clause, or two of its words in a row, no other card having the
        word (rules.LOOK_BY_ITS_DESCRIPTION)."""
        if not self.on(rules.LOOK_BY_ITS_DESCRIPTION):
            return None
        owners = self._description_words()
        found: set[str] = set()
        for tok in tokenize(clause.replace("-", " ")):
            own = owners.get(tok.stem, set())
            if len(own) == 1 and tok.low.isalpha() and tok.low not in STOPWORDS and a_name(tok.low):
                found |= own
        seq = _content_stems(clause)
        for pair in zip(seq, seq[1:]):  # the look noun frames the phrase, says no look
            keys = set() if _LOOK_STEMS & set(pair) else self._pairs.get(pair, set())
            if len(keys) == 1 and any(owners.get(w, set()) == keys for w in pair):
                found |= keys
        found = {k for k in found if self._all[k].kind == "style"}
        return next(iter(found)) if len(found) == 1 else None

    def described_features(self, request: str,
                           used: Iterable[tuple[int, int]] = ()) -> tuple[str, Phrase] | None:
        """Rule look_described_by_its_features (rules.LOOK_BY_ITS_FEATURES): the one style of
        which the request, outside the spans the selection used, echoes `LOOK_FEATURES` or more
        features of one card's description in words only that style has; with the phrase from
        its first such word to its last."""
        if not self.on(rules.LOOK_BY_ITS_FEATURES):
            return None
        hits: dict[str, list[tuple[Token, str, bool]]] = {}  # style -> (word, stem, derived)
        for tok in tokenize(request.replace("-", " ")):
            if tok.low in STOPWORDS or not tok.low.isalpha() or any(s <= tok.start < e
                                                                    for s, e in used):
                continue
            for stem_, derived in self._feature_readings(tok):
                hits.setdefault(stem_[0], []).append((tok, stem_[1], derived))
        found = {}
        for key, words_ in hits.items():
            if key not in self._features:  # per catalog: a description's features do not change
                self._features[key] = (_feature_stems(self._all[key]),
                                       _feature_stems(self._all[key], True))
            plain, whole = self._features[key]
            for card, card_whole in zip(plain, whole):
                parts = [i for i, part in enumerate(card) if any(
                    s in (card_whole[i] if d else part) for _, s, d in words_)]
                echoes = {s: {i for i in parts if s in (card_whole[i] if d else card[i])}
                          for _, s, d in words_}
                if _distinct_echoes(list(echoes.values())) >= LOOK_FEATURES:
                    found[key] = [t for t, s, d in words_ if any(
                        s in (card_whole[i] if d else card[i]) for i in parts)]
        if len(found) != 1:
            return None
        key, toks = next(iter(found.items()))
        start, end = min(t.start for t in toks), max(t.end for t in toks)
        return key, Phrase(request[start:end], "style", start, end)

    def _feature_readings(self, tok: Token) -> list[tuple[tuple[str, str], bool]]:
        """The (style, stem) a request word is a feature word of (only that style's cards have
        it), and whether it is read through the word its adjective is made from."""
        owners, out = self._description_words(), []
        for stem_, derived in [(tok.stem, False)] + [(b, True) for b in _derived_bases(tok.low)]:
            own = owners.get(stem_, set())
            if len(own) == 1 and self._all[next(iter(own))].kind == "style":
                out.append(((next(iter(own)), stem_), derived))
                break
        return out

    def _look_clauses(self, request: str, found: list[Phrase]) -> list[tuple[int, int]]:
        """Spans of the look phrases: each style phrase up to its clause's end ("like a plate
        from an old <book>"), and "in the style of <X>", "in/with <X> style/look/vibe", and
        (style_modifier_is_a_look_phrase) "<X> style <noun>" opening a noun phrase."""
        spans = [(p.start, p.start + _CLAUSE_END.search(request, p.start).start())
                 for p in found if p.kind == "style"]
        for m in _LOOK_OF_RE.finditer(request):
            group = "a" if m.group("a") else "b"
            spans.append((m.start(group), m.end(group)))
        if self.on(rules.STYLE_MODIFIER_LOOK):
            spans += [(m.start("c"), m.end("c")) for m in _STYLE_MODIFIER_RE.finditer(request)]
        return spans

    def _picture_of(self, phrase: Phrase, spans: list[tuple[int, int]]) -> bool:
        """Rule picture_noun_after_the_subject_names_the_look: a style phrase whose head (its last
        word, the picture noun) the selection did not use is a picture of what it did use ("a
        <subject> <picture noun>" is a <picture noun> of the subject), so it still describes how."""
        toks = tokenize(phrase.text)
        if not self.on(rules.PICTURE_OF_THE_SUBJECT) or phrase.kind != "style" or not toks:
            return False
        head = (phrase.start + toks[-1].start, phrase.start + toks[-1].end)
        return not any(head[0] < e and s < head[1] for s, e in spans)

    def tied_styles(self, request: str, used: Iterable[tuple[int, int]] = ()) -> list[str]:
        """Rule look_shared_by_look_alike_styles_asks: a style phrase no family means clearly
        more than the others, whose closest families over the floor (within the margin of the
        best) are all styles of one class noun, names the look those look-alikes share: which
        of them is meant is asked. The first such phrase's families, best first; [] for none."""
        if not self.on(rules.SHARED_LOOK_ASKS) or len(self._keys) == 0:
            return []
        spans = list(used)
        self._encode_missing(request)
        for p in sorted(self._phrases(request), key=lambda p: p.start):
            if p.kind != "style" or any(p.start < e and s < p.end for s, e in spans):
                continue
            ranked = self._ranked(p)  # one ranking for both questions
            if self.best(p, ranked) is not None:
                continue
            best, order = ranked
            runner = float(best[order[1]]) if len(order) > 1 else 0.0
            led = best[order[0]] >= PARAPHRASE_MIN_COSINE and \
                best[order[0]] - runner >= PARAPHRASE_MARGIN  # meaning alone would pick it
            twins = self._kind_twins(p, int(order[0])) if self.on(rules.SHARED_KIND_NEEDS_OWN_WORD) \
                and led and self._describes(p, int(order[0])) else []
            if twins:
                return [self._keys[i] for i in [int(order[0])] + twins]
            top = float(best[order[0]])
            near = [int(i) for i in order if best[i] >= PARAPHRASE_MIN_COSINE and
                    top - best[i] < PARAPHRASE_MARGIN]
            fams = [self.families[self._keys[i]] for i in near]
            if len(near) >= 2 and len({f.class_head for f in fams}) == 1 and \
                    all(f.kind == "style" for f in fams) and all(self._describes(p, i) for i in near):
                return [self._keys[i] for i in near]
        return []

    def named(self, request: str, used: Iterable[tuple[int, int]] = ()) -> list[tuple[str, Phrase]]:
        """Families the request's describing phrases mean, each with the phrase that means it,
        in request order; a phrase overlapping a span the selection already used describes the
        selected concept."""
        spans = list(used)
        self._encode_missing(request)
        found: dict[str, Phrase] = {}
        for p in sorted(self._phrases(request), key=lambda p: p.start):
            if any(p.start < e and s < p.end for s, e in spans) and not self._picture_of(p, spans):
                continue
            key = self.best(p)
            if key is not None and key not in found:
                found[key] = p
        for start, end in self._look_clauses(request, self._phrases(request)):
            if any(start < e and s < end for s, e in spans) or \
                    any(start < p.end and p.start < end for p in found.values()):
                continue
            key = self.described_look(request[start:end])
            if key is not None and key not in found:
                found[key] = Phrase(request[start:end], "style", start, end)
        feature = self.described_features(request, spans)
        if feature is not None and feature[0] not in found:
            found[feature[0]] = feature[1]
        return list(found.items())
