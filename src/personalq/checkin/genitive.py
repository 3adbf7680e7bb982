"""Possessive grammar of other languages carried into English, written as English reads it.

People write English with the possessive grammar of their home language. The rest of Check-in
reads a possessor by "'s" and two people by "and", so before a request is read (chat.restore)
each of these is given back in that form where the words around it leave no other reading. The
words are data of each language (kinwords.py: GENITIVE_HEAD_FIRST, GENITIVE_POSSESSOR_FIRST,
KIN_POSSESSIVE_BEFORE, PEOPLE_JOINERS, TEKNONYM_TITLES); each pattern is a named rule:

- `genitive_with_the_possessed_first`: "<the> <noun> <link> <possessor>" ("the sister of Ana",
  "la madre de Ana", "mama wa Juma", chains "the dog of the family of Ana", "the Y of my Z") is
  "<possessor>'s <noun>". The possessor is a person's or pet's name, a kinship word or a
  possessive chain ending in a noun; the noun is a kinship word, or a thing one has (a being,
  artifact, body part, food, plant or group by WordNet, or a word English lacks); never a
  picture ("a portrait of Ana") nor a noun after "a"/"my" ("a friend of Ana" is generic).
- `genitive_with_the_possessor_first`: "<possessor> <link> <kinship word>" ("Ravi ka beta",
  "Ravi da puttar", "Kenji no haha") is "<possessor>'s <kinship word>"; a link English does not
  have also takes a thing ("Ravi da kutta"). A link both orders use (Italian and Punjabi "di")
  is read in the order the name or the kinship words' language says.
- `possessive_before_the_noun`: a first-person possessive of another language before a
  kinship word ("mon frère", "mera beta", "moj brat"), or before a word English lacks where the
  possessive is no English word ("nasz dom"), is "my"/"our".
- `people_joined_in_their_language`: "and"/"with" of another language between two people
  (names of persons and pets, kinship words, personal pronouns: "Ana y Luis", "Ewa z Piotrem")
  is "and".
- `teknonym_names_the_parent`: "Abu/Umm <name>" where <name> is a person card's name is that
  person's father/mother.
- `seniority_word_of_the_language`: a word of another language saying a sibling's seniority,
  before or after the sibling word in a possessive phrase ("ma sœur cadette", "mi hermano
  menor", "my chhota bhai"), is English "younger"/"elder" before it (kinwords.KIN_SENIORITY).
- `possessor_juxtaposed_without_s`: a person card's name right before an English kinship word
  that is no title ("<name> husband") or a body noun ("<name> hair") is its possessor.
"""

from __future__ import annotations

import re
from functools import lru_cache

from personalq.checkin.kinship import SENIORITY, english_kin, fold, home_reading, reading_in, rel_of
from personalq.checkin.kinwords import (GENITIVE_HEAD_FIRST, GENITIVE_POSSESSOR_FIRST,
                                        KIN_POSSESSIVE_BEFORE, KIN_SENIORITY, PEOPLE_JOINERS,
                                        TEKNONYM_TITLES)
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.nounwords import languages_of_words
from personalq.checkin.paraphrase import is_picture
from personalq.checkin.rules import named_rule, noun_like
from personalq.checkin.switches import acted
from personalq.checkin.text import CUE_WORDS, STOPWORDS, Token, adverb, tokenize, verb_form
from personalq.checkin.tuning import GENITIVE_NOUN_MAX_WORDS, GENITIVE_REWRITES_MAX

HEAD_FIRST = named_rule("genitive_with_the_possessed_first")
POSSESSOR_FIRST = named_rule("genitive_with_the_possessor_first")
POSSESSIVE_BEFORE = named_rule("possessive_before_the_noun")
PEOPLE_JOINED = named_rule("people_joined_in_their_language")
TEKNONYM = named_rule("teknonym_names_the_parent")
JUXTAPOSED = named_rule("possessor_juxtaposed_without_s")
SENIORITY_WORD = named_rule("seniority_word_of_the_language")

# WordNet classes of a thing a person has (the possessed noun of a genitive)
_HAD_FILES = frozenset(LEXFILE[k] for k in ("animal", "artifact", "body", "food", "person",
                                             "plant", "substance", "group"))
_POSSESSOR_DETERMINERS = frozenset("my our your his her their the".split())
_DROPPED_DETERMINERS = frozenset("the that this".split())
# the definite articles of the languages whose links are read (before another language's link)
_ARTICLES = frozenset("la el il lo le les los las gli a o os as die der das het de ang ho i "
                      "hoi to".split())
_GENERIC_DETERMINERS = frozenset("a an one some any each every no my our your his her "
                                 "their".split())
_WORD = re.compile(r"[^\W\d_]+")
_PERSON_PRONOUNS = frozenset("me i you him her us them myself".split())
_TITLE_KINDS = frozenset({"pibling", "cousin"})  # "<name> aunty": the person, a title
# A quantifier before "of" opens a partitive, not a genitive: "whichever of my sons" is one of
# them, not something of theirs (partitive.py reads it).
_PARTITIVE_HEADS = frozenset("one ones either any each which whichever which-ever some neither "
                             "none all both most many few several whoever whatever".split())


def _by_word(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Per word of a table keyed by language (as typed and folded): its languages."""
    out: dict[str, set[str]] = {}
    for language, text in table.items():
        for word in text.replace("/", " ").split():
            for form in (word, fold(word)):
                out.setdefault(form, set()).update(language.split("-"))
    return {w: frozenset(v) for w, v in out.items()}


@lru_cache(maxsize=1)
def head_links() -> dict[str, frozenset[str]]:
    """Each link after the possessed noun ("of", "de", "wa") -> the languages using it so."""
    return _by_word(GENITIVE_HEAD_FIRST)


@lru_cache(maxsize=1)
def possessor_links() -> dict[str, frozenset[str]]:
    """Each link after the possessor ("ka", "da", "no") -> the languages using it so."""
    return _by_word(GENITIVE_POSSESSOR_FIRST)


@lru_cache(maxsize=1)
def possessives_before() -> dict[str, str]:
    """Each first-person possessive put before the noun -> "my" or "our"."""
    out: dict[str, str] = {}
    for text in KIN_POSSESSIVE_BEFORE.values():
        mine, _, ours = text.partition("/")
        for words, english in ((mine, "my"), (ours, "our")):
            for word in words.split():
                out.setdefault(word, english)
                out.setdefault(fold(word), english)
    return out


@lru_cache(maxsize=1)
def seniority_words() -> dict[str, str]:
    """Each sibling-seniority word of another language -> "younger" or "elder"."""
    out: dict[str, str] = {}
    for text in KIN_SENIORITY.values():
        younger, _, elder = text.partition("/")
        for words, english in ((younger, "younger"), (elder, "elder")):
            for word in words.split():
                out.setdefault(word, english)
                out.setdefault(fold(word), english)
    return out


@lru_cache(maxsize=1)
def joiners() -> frozenset[str]:
    """The words of other languages joining two people ("y", "na", "z")."""
    return frozenset(_by_word(PEOPLE_JOINERS))


@lru_cache(maxsize=1)
def teknonyms() -> dict[str, str]:
    """Each teknonym title -> the parent it names ("abu" -> "father")."""
    return {w: parent for parent, words in TEKNONYM_TITLES.items() for w in words.split()}


def _kin(low: str, in_kin_position: bool = False) -> bool:
    """A kinship word: one read anywhere; one read only in a kin position (after a possessive or
    a possessor's link) where it stands in one, or where it is no English word (Dutch "kind" is
    a child, English "kind" is not)."""
    found = rel_of(low)
    if found and found[0].kind:
        return True
    found = rel_of(low, pointed=True)
    return bool(found and found[0].kind) and (in_kin_position or not _english(low))


@lru_cache(maxsize=8192)
def _english(low: str) -> bool:
    lx = lexicon()
    return low in STOPWORDS or (lx is not None and lx.has_word(low))


@lru_cache(maxsize=8192)
def _a_thing_had(low: str) -> bool:
    """A noun one has: a kinship word, a being, artifact, body part, food, plant or group
    (first WordNet meanings), or a word English lacks; never a picture."""
    if _kin(low):
        return True
    if low in STOPWORDS or not low.isalpha() or is_picture(low):
        return False
    lx = lexicon()
    if lx is None or not lx.has_word(low):
        return True
    senses = lx.senses(low)
    return bool(senses) and senses[0].lexfile in _HAD_FILES


def _names_someone(tok: Token, names: frozenset[str]) -> bool:
    return tok.low in names or _kin(tok.low)


def rewrite(text: str, names: frozenset[str], beings: frozenset[str],
            disabled: frozenset[str] = frozenset(),
            languages: frozenset[str] = frozenset()) -> str:
    """The request with the possessive grammar above written the English way. names: the
    lower-case names of the person cards; beings: those of the person and animal cards;
    languages: the family's home languages (kinship.home_languages)."""
    low = text.lower()
    words = frozenset(_WORD.findall(low)) | frozenset(low.split())
    if words & seniority_words().keys():
        text = acted(disabled, SENIORITY_WORD, _seniority(text, names), text)
    if words & possessives_before().keys():
        text = acted(disabled, POSSESSIVE_BEFORE, _possessive_before(text, names), text)
    if words & teknonyms().keys():
        text = acted(disabled, TEKNONYM, _teknonyms(text, names, languages), text)
    if words & (possessor_links().keys() | head_links().keys()):
        text = _genitives(text, beings, disabled)
    if words & names:
        text = acted(disabled, JUXTAPOSED, _juxtaposed(text, names), text)
    if words & joiners():
        text = acted(disabled, PEOPLE_JOINED, _joined(text, beings), text)
    return text


def _genitives(text: str, beings: frozenset[str], disabled: frozenset[str]) -> str:
    """Every genitive read, one at a time (a chain reads on from the one before)."""
    for _ in range(GENITIVE_REWRITES_MAX):
        changed = None
        if POSSESSOR_FIRST not in disabled:
            changed = _possessor_first(text, beings)
        if changed is None and HEAD_FIRST not in disabled:
            changed = _head_first(text, beings)
        if changed is None:
            break
        text = changed
    return text


def _gap(toks: list[Token], i: int, text: str) -> str:
    """What stands between toks[i - 1] and toks[i] (punctuation ends a phrase)."""
    return text[toks[i - 1].end:toks[i].start] if i > 0 else ""


def _possessor_end(toks: list[Token], k: int, text: str, beings: frozenset[str]) -> int | None:
    """The last token of a possessor phrase opening at toks[k]: a determiner, possessives
    ("Ana's"), then a name or kinship word (any noun after a possessive); None where none."""
    if k < len(toks) and toks[k].low in _POSSESSOR_DETERMINERS and not toks[k].possessive:
        k += 1
    chained = False
    while k < len(toks) and toks[k].possessive and _gap(toks, k, text).strip() == "":
        chained, k = True, k + 1
    if k >= len(toks) or _gap(toks, k, text).strip():
        return None
    tok = toks[k]
    if _names_someone(tok, beings) or (chained and _a_thing_had(tok.low)):
        return k
    return None


def _possessed_start(toks: list[Token], i: int, text: str,
                     beings: frozenset[str]) -> int | None:
    """The first token of the possessed noun phrase right before toks[i] (the link): up to
    GENITIVE_NOUN_MAX_WORDS content words, its head a thing one has; a determiner "the" before
    it is taken in (dropped), "a"/"my" make it generic: None."""
    k = i - 1
    if k < 0 or toks[k].possessive or toks[k].low in _PARTITIVE_HEADS or not (
            _a_thing_had(toks[k].low) or (
            toks[i].low != "of" and _kin(toks[k].low, True))):
        return None
    start = k
    while start > 0 and i - start < GENITIVE_NOUN_MAX_WORDS and not _gap(toks, start, text).strip():
        prev = toks[start - 1]
        if prev.possessive or prev.low in STOPWORDS or not noun_like(prev) or prev.low in beings:
            break
        start -= 1
    if any(t.low in ("a", "an") for t in toks[max(0, start - 3):start]) and toks[i].low == "of":
        return None  # "a steaming <noun> of ...": generic
    if start > 0 and not _gap(toks, start, text).strip():
        before = toks[start - 1].low
        if before in _DROPPED_DETERMINERS or (before in _ARTICLES and toks[i].low != "of"):
            return start - 1  # the article of the link's language goes with "'s"
        if before in _GENERIC_DETERMINERS:
            return None
    return start


def _head_first(text: str, beings: frozenset[str]) -> str | None:
    """One "<noun> <link> <possessor>" -> "<possessor>'s <noun>", the last one first (the
    innermost of a chain)."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, 0, -1):
        if toks[i].low not in head_links() or _gap(toks, i, text).strip() or \
                _gap(toks, i + 1, text).strip():
            continue
        end = _possessor_end(toks, i + 1, text, beings)
        start = _possessed_start(toks, i, text, beings)
        if end is not None and _noun_goes_on(toks, end, text):
            continue  # the name modifies a noun after it ("of <name> soup")
        if end is None or start is None:
            continue
        first = start + 1 if start < i - 1 and toks[start].low in \
            _DROPPED_DETERMINERS | _ARTICLES else start
        if not (first > start and toks[i - 1].low not in beings) and \
                not _order_fits(toks[i].low, toks[i - 1], toks[end], True, beings):
            continue  # an article before the noun: a language that puts the possessor after
        noun = text[toks[first].start:toks[i - 1].end]
        possessor = text[toks[i + 1].start:toks[end].end]
        return text[:toks[start].start] + f"{possessor}'s {noun}" + text[toks[end].end:]
    return None


def _noun_goes_on(toks: list[Token], end: int, text: str) -> bool:
    """Does a noun follow the possessor's head in the same phrase (so the head modifies it)?"""
    if end + 1 >= len(toks) or _gap(toks, end + 1, text).strip():
        return False
    nxt = toks[end + 1]
    return noun_like(nxt) and nxt.low not in STOPWORDS and bool(
        (lexicon() is not None and lexicon().senses(nxt.low)))


def _order_fits(link: str, noun: Token, possessor: Token, head_first: bool,
                beings: frozenset[str]) -> bool:
    """Does the link read in this order? A link one order only uses does; one both orders use
    ("di", "de", "ni", "ka") reads so where a name is the possessor, or where the two kinship
    words are of a language using the link this way and of none using it the other way."""
    this = (head_links() if head_first else possessor_links()).get(link, frozenset())
    other = (possessor_links() if head_first else head_links()).get(link)
    if other is None:
        return True
    if not _kin(possessor.low):
        return True  # a name (or a chain's noun) is the possessor
    if noun.low in beings:
        return False  # the name is the possessor: the other order
    if not _kin(noun.low, not head_first):
        return _english(noun.low)  # a thing has no relatives; a word English lacks may be kin
    this_way = any(reading_in(t.low, this) for t in (noun, possessor))
    other_way = any(reading_in(t.low, other) for t in (noun, possessor))
    return this_way and not other_way


def _possessor_first(text: str, beings: frozenset[str]) -> str | None:
    """One "<possessor> <link> <noun>" -> "<possessor>'s <noun>", the first one first (a chain
    "<A> di <B> da <C>" reads on from "<A>'s <B>")."""
    toks = tokenize(text)
    for i in range(1, len(toks) - 1):
        link = toks[i].low
        if link not in possessor_links() or _gap(toks, i, text).strip() or \
                _gap(toks, i + 1, text).strip():
            continue
        owner = toks[i - 1]
        chained = i >= 2 and toks[i - 2].possessive
        if owner.possessive or not (_names_someone(owner, beings) or
                                    (chained and _a_thing_had(owner.low))):
            continue
        head = _possessed_head(toks, i, text, link)
        if head is None or not _order_fits(link, toks[head], owner, False, beings):
            continue
        return text[:owner.end] + "'s" + text[toks[i].end:]
    return None


def _possessed_head(toks: list[Token], i: int, text: str, link: str) -> int | None:
    """The head of the noun phrase after a possessor-first link: a kinship word within
    GENITIVE_NOUN_MAX_WORDS words ("<link> choti <sister>"), or where the link is no English
    word, a thing one has right after it."""
    for k in range(i + 1, min(len(toks), i + 1 + GENITIVE_NOUN_MAX_WORDS)):
        if k > i + 1 and _gap(toks, k, text).strip():
            return None
        if _kin(toks[k].low, True) and not toks[k].possessive:
            return k
        if toks[k].low in STOPWORDS:
            break
    nxt = toks[i + 1]
    if not _english(link) and noun_like(nxt) and _a_thing_had(nxt.low):
        return i + 1
    return None


def _possessive_before(text: str, names: frozenset[str]) -> str:
    """"mon frère" -> "my frère", "nasz dom" -> "our dom" (possessive_before_the_noun)."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, -1, -1):  # from the end: earlier offsets stay valid
        english = possessives_before().get(toks[i].low)
        nxt = toks[i + 1]
        if nxt.low in SENIORITY and i + 2 < len(toks) and _sibling(toks[i + 2]):
            nxt = toks[i + 2]  # "mon younger frère": the seniority word read above
        if english is None or toks[i].low in names or toks[i].possessive or \
                _gap(toks, i + 1, text).strip() or nxt.low in names:
            continue
        if _kin(nxt.low, True) or (not _english(toks[i].low) and not _english(nxt.low)
                             and nxt.low.isalpha()) or _one_language(toks[i].low, nxt.low):
            text = text[:toks[i].start] + english + text[toks[i].end:]
    return text


def _one_language(possessive: str, noun: str) -> bool:
    """A possessive before a household noun of its own language ("ons hond": Afrikaans "our
    dog"), however English the possessive looks alone (nounwords.py)."""
    return bool(_possessive_languages().get(possessive, frozenset()) &
                languages_of_words().get(noun, frozenset()))


@lru_cache(maxsize=1)
def _possessive_languages() -> dict[str, frozenset[str]]:
    """Each possessive put before the noun -> its languages (a table key "dutch-afrikaans": both)."""
    return _by_word(KIN_POSSESSIVE_BEFORE)


def _sibling(tok: Token) -> bool:
    """A sibling word ("frère", "hermano", "bhai"), no possessive itself."""
    found = rel_of(tok.low) or rel_of(tok.low, pointed=True)
    return bool(found and found[0].kind == "sibling") and not tok.possessive


def _possessor_word(tok: Token) -> bool:
    """A possessive determiner of English or of another language, or a possessive."""
    return tok.possessive or tok.low in _OWN_DETERMINERS or tok.low in possessives_before()


_OWN_DETERMINERS = frozenset("my our his her their your".split())


def _seniority(text: str, names: frozenset[str]) -> str:
    """"ma sœur cadette" -> "ma younger sœur", "mi hermano menor" -> "mi younger hermano"
    (seniority_word_of_the_language): only in a possessive phrase of a sibling word, where
    kinship.SENIORITY reads the English word."""
    toks = tokenize(text)
    for i in range(len(toks) - 1, 0, -1):  # from the end: earlier offsets stay valid
        english = seniority_words().get(toks[i].low)
        if english is None or toks[i].low in names or _gap(toks, i, text).strip():
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and _sibling(nxt) and _possessor_word(toks[i - 1]) and \
                not _gap(toks, i + 1, text).strip():
            text = text[:toks[i].start] + english + text[toks[i].end:]
        elif i >= 2 and _sibling(toks[i - 1]) and _possessor_word(toks[i - 2]) and \
                not _gap(toks, i - 1, text).strip():
            kin = toks[i - 1]
            text = text[:kin.start] + f"{english} {kin.text}" + text[toks[i].end:]
    return text


def _teknonyms(text: str, names: frozenset[str], languages: frozenset[str]) -> str:
    """"Abu <name>" -> "<name>'s father", "Umm <name>" -> "<name>'s mother"; a title the
    family's own language reads as a kinship title of the person named (Vietnamese "em" for a
    younger sibling) is theirs."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, -1, -1):
        parent = teknonyms().get(toks[i].low)
        nxt = toks[i + 1]
        if parent is None or home_reading(toks[i].low, languages) is not None or \
                toks[i].low in names or toks[i].possessive or \
                _gap(toks, i + 1, text).strip() or nxt.low not in names or nxt.possessive:
            continue
        text = text[:toks[i].start] + f"{nxt.text}'s {parent}" + text[nxt.end:]
    return text


def _juxtaposed(text: str, names: frozenset[str]) -> str:
    """"<name> husband" -> "<name>'s husband", "<name> hair" -> "<name>'s hair"
    (possessor_juxtaposed_without_s)."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, -1, -1):
        tok, nxt = toks[i], toks[i + 1]
        if tok.possessive or tok.low not in names or "'" in tok.text or \
                _gap(toks, i + 1, text).strip() or not _juxtaposed_noun(nxt.low):
            continue
        text = text[:tok.end] + "'s" + text[tok.end:]
    return text


@lru_cache(maxsize=8192)
def _juxtaposed_noun(low: str) -> bool:
    """An English kinship word that no name wears as a title (not aunt, uncle, cousin), or a
    body noun (first WordNet meaning). A word borrowed from another language is left alone:
    many languages put the kinship title after the name ("<name> akka", "<name> didi")."""
    found = rel_of(low)
    lx = lexicon()
    if lx is None or not lx.has_word(low) or low in CUE_WORDS or verb_form(low) or adverb(low):
        return False  # "<name> back in ...": an adverb, a cue word
    if found and found[0].kind:
        return found[0].kind not in _TITLE_KINDS and english_kin(low)
    senses = lx.senses(low)
    return bool(senses) and senses[0].lexfile == LEXFILE["body"]


def _a_person_word(low: str, beings: frozenset[str]) -> bool:
    return low in _PERSON_PRONOUNS or low in beings or _kin(low)


def _joined(text: str, beings: frozenset[str]) -> str:
    """"<person> <and/with of a language> <person>" -> "<person> and <person>"."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, 0, -1):
        if toks[i].low not in joiners() or toks[i].low in beings or toks[i - 1].possessive or \
                _gap(toks, i, text).strip() or _gap(toks, i + 1, text).strip():
            continue
        if _a_person_word(toks[i - 1].low, beings) and _a_person_word(toks[i + 1].low, beings):
            text = text[:toks[i].start] + "and" + text[toks[i].end:]
    return text

