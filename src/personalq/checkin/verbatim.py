"""What the request types verbatim from a card: its trigger (also less its last underscore
part), a style's or concept's full name, or a style's own coined word or compound genre tag.

Each is an explicit choice no ordinary sentence makes by accident, so it decides for that card
whatever the rest of the evidence says (the rules `typed_trigger_names_its_checkpoint`,
`trigger_typed_without_its_suffix`, `full_lora_name_names_it`,
`coined_style_word_names_the_style` and `genre_tag_phrase_names_the_style` in rules.py say why
each holds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from personalq.catalog.card import Card
from personalq.checkin.intent import BASE_TOKEN_RE
from personalq.checkin.lexicon import lexicon
from personalq.checkin.text import english_words
from personalq.checkin.tuning import COINED_WORD_MIN_CHARS, SKELETON_MIN_CHARS, TRIGGER_STEM_MIN_CHARS

# a character no ordinary word has: a trigger holding one is never typed by accident
_CODED_RE = re.compile(r"[0-9_<>()\[\]]")
_SEP = r"[\s\-_]+"
_WORD_RE = re.compile(r"[a-z0-9]+")
_TOKEN_RE = re.compile(r"[a-z0-9_]+")  # a run a coded one-token trigger is written in
_LETTER_RE = re.compile(r"[a-z]")
_FUNCTION_WORDS = frozenset({"and", "or", "of", "the", "a", "an", "with", "in", "on", "no"})
_DERIVING_SUFFIXES = ("ed", "d", "y", "ly", "ing", "s", "er")
MIN_NAME_WORDS = 2  # a one-word name is often an ordinary word ("moss", "ember")


def _bounded(phrase: str) -> str:
    """A pattern for the phrase standing alone: no letter, digit or underscore touching it."""
    return rf"(?<![\w]){phrase}(?![\w])"


def coded(trigger: str) -> bool:
    """A trigger spelt unlike any word (digits, underscores, brackets: "x9_word", "<tok-v2>")."""
    return bool(trigger.strip()) and bool(_CODED_RE.search(trigger))


@dataclass(frozen=True)
class CodedTriggers:
    """A catalog's coded triggers (lower case), each with the newest of the cards that share
    it, and where to find them: by their longest run of letters and digits, which a request
    typing the trigger holds as a whole run too (the trigger stands alone and its other
    characters are no letters or digits), so a request only checks the triggers one of its
    own words leads to."""

    triggers: list[tuple[str, Card]]
    by_word: dict[str, list[int]]  # a trigger's longest word -> positions in `triggers`
    wordless: list[int]  # triggers of no letter or digit ("<>"): always checked


def coded_triggers(cards: list[Card]) -> CodedTriggers:
    """The catalog's coded triggers, built once per catalog (the Selector keeps them)."""
    by_trigger: dict[str, list[Card]] = {}
    for card in cards:
        t = card.trigger.strip().lower()
        if coded(t):
            by_trigger.setdefault(t, []).append(card)
    index = CodedTriggers([], {}, [])
    for t, group in by_trigger.items():
        words = _WORD_RE.findall(t)
        where = index.by_word.setdefault(max(words, key=len), []) if words else index.wordless
        where.append(len(index.triggers))
        index.triggers.append((t, _newest(group)))
    return index


def typed_triggers(request: str, triggers: CodedTriggers) -> list[Card]:
    """The cards whose coded trigger (`coded_triggers`) the request types verbatim (any case); a
    trigger that is part of a longer typed trigger ("tok" inside "tok_xl") does not count."""
    low = request.lower()
    found = set(triggers.wordless)
    for w in set(_WORD_RE.findall(low)):
        found.update(triggers.by_word.get(w, ()))
    spans: list[tuple[int, int, Card]] = []
    for t, card in (triggers.triggers[i] for i in sorted(found)):
        if t not in low:  # cheap test first
            continue
        m = re.search(_bounded(re.escape(t)), low)
        if m is not None:
            spans.append((m.start(), m.end(), card))
    return [c for s, e, c in spans
            if not any((s2 <= s and e <= e2) and (e2 - s2) > (e - s) for s2, e2, _ in spans)]


@dataclass(frozen=True)
class RareTriggers:
    """A catalog's spaced triggers that hold a rare token ("<token> woman", "<token> dog": a
    made-up word LoRA authors train on, no English word and no word of any card's own text),
    each held by one family only: trigger (lower case) -> that family's cards holding it, found
    by the rare token, which a request typing the trigger holds as a whole word."""

    by_token: dict[str, list[tuple[str, list[Card]]]]


def _card_vocabulary(cards: list[Card]) -> set[str]:
    """Every word a card writes outside its trigger: name, class noun, tags, description."""
    out: set[str] = set()
    for card in cards:
        text = " ".join((card.name, card.class_noun, *card.tags, card.description))
        out.update(_WORD_RE.findall(text.lower()))
    return out


def rare_triggers(cards: list[Card]) -> RareTriggers:
    """The catalog's rare-token triggers (`RareTriggers`), built once per catalog. A trigger
    several families share is left out: typing it chooses none of them."""
    vocabulary = _card_vocabulary(cards)
    by_trigger: dict[str, list[Card]] = {}
    for card in cards:
        t = " ".join(card.trigger.lower().split())
        if not coded(t) and len(_WORD_RE.findall(t)) >= MIN_NAME_WORDS:
            by_trigger.setdefault(t, []).append(card)
    index = RareTriggers({})
    for t, group in by_trigger.items():
        if len({c.family for c in group}) != 1:
            continue
        rare = [w for w in _WORD_RE.findall(t) if w not in vocabulary and not _english(w)]
        for w in dict.fromkeys(rare):
            index.by_token.setdefault(w, []).append((t, group))
    return index


def spaced_triggers(cards: list[Card]) -> RareTriggers:
    """coded_trigger_typed_spaced: the style and concept triggers written as words joined by
    underscores ("<word>_<word>", a base model's name after them left out: "<word>_<word>_xl"),
    two words or more of which one is no English word and no word of the family's own cards
    (a word of its name names it already), as a phrase no card writes in its own text: phrase ->
    the family's cards holding it (several families: none), found by that word (built once per
    catalog)."""
    text = " ".join(" ".join(_WORD_RE.findall(" ".join((c.name, c.class_noun, *c.tags,
                                                         c.description)).lower())) for c in cards)
    by_phrase: dict[str, list[Card]] = {}
    for card in cards:
        t = card.trigger.strip().lower()
        if card.kind == "subject" or not _TOKEN_RE.fullmatch(t) or "_" not in t:
            continue
        words = _WORD_RE.findall(t)
        if words and BASE_TOKEN_RE.fullmatch(words[-1]):
            words = words[:-1]
        if len(words) >= MIN_NAME_WORDS:
            by_phrase.setdefault(" ".join(words), []).append(card)
    index = RareTriggers({})
    for t, group in by_phrase.items():
        if len({c.family for c in group}) != 1 or re.search(_bounded(re.escape(t)), text):
            continue
        own = _card_vocabulary([c for c in cards if c.family == group[0].family])
        for w in dict.fromkeys(w for w in t.split() if w.isalpha() and not _english(w)
                               and w not in own):
            index.by_token.setdefault(w, []).append((t, group))
    return index


def typed_rare_triggers(request: str, triggers: RareTriggers) -> list[tuple[str, list[Card]]]:
    """(trigger, its family's cards holding it) for each rare-token trigger the request types
    whole, its words spaced or hyphenated, in any case."""
    low = " ".join(_WORD_RE.findall(request.lower()))
    found: dict[str, list[Card]] = {}
    for w in set(low.split()):
        for t, group in triggers.by_token.get(w, ()):
            if re.search(_bounded(re.escape(" ".join(_WORD_RE.findall(t)))), low):
                found[t] = group
    return list(found.items())


_TAG_RE = re.compile(r"[^\s()]+_\([^\s()]+\)")  # "<name>_(<work>)": a community tag for a character


def ported_trigger(card: Card, family: list[Card]) -> Card:
    """Where `card`'s trigger is a character's community tag ("<name>_(<work>)"), the newest of its
    family whose trigger is that tag with a base model's name added ("<tag>_xl"; rule
    older_trigger_inside_a_ports_trigger), else `card`."""
    t = card.trigger.strip().lower()
    if not _TAG_RE.fullmatch(t):
        return card
    ports = [c for c in family if (p := c.trigger.strip().lower()).startswith(t) and len(p) > len(t) + 1
             and p[len(t)] in "_-" and BASE_TOKEN_RE.fullmatch(p[len(t) + 1:])]
    return _newest([card, *ports])


def _newest(cards: list[Card]) -> Card:
    return max(cards, key=lambda c: (c.version or 0, c.created_at or ""))


def trigger_stems(cards: list[Card]) -> dict[str, Card]:
    """Each one-token coded trigger less its last underscore-separated part ("tok_xl" -> "tok"),
    where that stem is itself coded, holds a letter, is at least `TRIGGER_STEM_MIN_CHARS` long,
    is no card's whole trigger and is the stem of one family's triggers only: stem -> the newest
    of that family's cards whose trigger it begins (built once per catalog)."""
    whole = {c.trigger.strip().lower() for c in cards}
    stems: dict[str, list[Card]] = {}
    for card in cards:
        t = card.trigger.strip().lower()
        if not _TOKEN_RE.fullmatch(t):
            continue
        stem, sep, _ = t.rpartition("_")
        if (sep and len(stem) >= TRIGGER_STEM_MIN_CHARS and coded(stem)
                and _LETTER_RE.search(stem) and stem not in whole):
            stems.setdefault(stem, []).append(card)
    return {s: _newest(g) for s, g in stems.items() if len({c.family for c in g}) == 1}


def typed_trigger_stems(request: str, stems: dict[str, Card]) -> list[Card]:
    """The cards whose trigger the request types less its last part (`trigger_stems`): the
    stem must be a whole run of letters, digits and underscores in the request."""
    found = (stems.get(w) for w in dict.fromkeys(_TOKEN_RE.findall(request.lower())))
    return [c for c in found if c is not None]


def _known(word: str) -> bool:
    """In the everyday word list or a WordNet noun."""
    lex = lexicon()
    return word in english_words() or (lex is not None and bool(lex.senses(word)))


def _english(word: str) -> bool:
    """A word English has, so it may be meant ordinarily: a known word, or a form English
    derives from one ("felted", "grainy")."""
    return _known(word) or any(word.endswith(sfx) and len(word) - len(sfx) >= 3
                               and _known(word[:-len(sfx)]) for sfx in _DERIVING_SUFFIXES)


def _naming_words(cards: list[Card]) -> set[str]:
    """The words a family's cards name it by: name, class noun, one-word tags (lower case)."""
    out: set[str] = set()
    for card in cards:
        out.update(_WORD_RE.findall(f"{card.name} {card.class_noun}".lower()))
        out.update(t.lower() for t in card.tags if _WORD_RE.fullmatch(t.lower()))
    return out


def coined_style_words(families: dict) -> dict[str, str]:
    """Words English does not have (the craft's own coinages, no everyday or WordNet word) that a
    style family's class noun or one-word tags use and no other family names itself by: word ->
    that style family (built once per catalog)."""
    owners: dict[str, set[str]] = {}
    for key, fam in families.items():
        for w in _naming_words(fam.cards):
            owners.setdefault(w, set()).add(key)
    out: dict[str, str] = {}
    for key, fam in families.items():
        if fam.kind != "style":
            continue
        kind_words = {w for c in fam.cards for w in _WORD_RE.findall(c.class_noun.lower())}
        kind_words.update(t.lower() for c in fam.cards for t in c.tags
                          if _WORD_RE.fullmatch(t.lower()))
        for w in kind_words:
            if (len(w) >= COINED_WORD_MIN_CHARS and w.isalpha() and owners[w] == {key}
                    and not _english(w)):
                out[w] = key
    return out


def genre_tag_phrases(families: dict) -> dict[str, str]:
    """A style's tags of several words that form one compound (no "and", "of" ...: "pixel art",
    not "teal and mauve"), where no other family has that tag: phrase -> the style family."""
    owners: dict[str, set[str]] = {}
    for key, fam in families.items():
        for card in fam.cards:
            for tag in card.tags:
                words = _WORD_RE.findall(tag.lower())
                if len(words) >= MIN_NAME_WORDS:
                    owners.setdefault(" ".join(words), set()).add(key)
    return {p: next(iter(keys)) for p, keys in owners.items()
            if len(keys) == 1 and families[next(iter(keys))].kind == "style"
            and not set(p.split()) & _FUNCTION_WORDS}


def typed_genre_tags(request: str, phrases: dict[str, str]) -> list[str]:
    """The style families a request names by typing one of their compound tags whole
    (`genre_tag_phrases`), its words spaced or hyphenated, in any case."""
    low = " ".join(_WORD_RE.findall(request.lower()))
    return list(dict.fromkeys(k for p, k in phrases.items()
                              if re.search(_bounded(re.escape(p)), low)))


def typed_coined_styles(request: str, words: dict[str, str]) -> list[str]:
    """The style families a request names by one of their coined words (`coined_style_words`)."""
    found = (words.get(w) for w in _WORD_RE.findall(request.lower()))
    return list(dict.fromkeys(k for k in found if k is not None))


_VOWELS = re.compile(r"[aeiou]")


def _skeleton(word: str) -> str:
    """The word with its vowels dropped and a doubled letter written once ("lowry" -> "lwry")."""
    return re.sub(r"(.)\1+", r"\1", _VOWELS.sub("", word))


def card_words(cards: list[Card]) -> frozenset[str]:
    """Every word of the cards' own texts: name, class noun, tags, description (lower case)."""
    return frozenset(w for c in cards for w in _WORD_RE.findall(
        f"{c.name} {c.class_noun} {' '.join(c.tags)} {c.description or ''}".lower()))


def vowelless_trigger_parts(families: dict) -> dict[str, str]:
    """The parts of style and concept triggers written without vowels ("<name-skeleton>_style"),
    at least `SKELETON_MIN_CHARS` letters, whose vowel-dropped spelling (`_skeleton`) is one
    family's only: skeleton -> that family (built once per catalog)."""
    owners: dict[str, set[str]] = {}
    for key, fam in families.items():
        if fam.kind not in ("style", "concept"):
            continue
        for card in fam.cards:
            for part in re.split(r"[\s\-_]+", card.trigger.strip().lower()):
                if len(part) >= SKELETON_MIN_CHARS and part.isalpha() and not _VOWELS.search(part):
                    owners.setdefault(_skeleton(part), set()).add(key)
    return {p: next(iter(k)) for p, k in owners.items() if len(k) == 1}


def a_name(word: str) -> bool:
    """A word English has only as somebody's name (every WordNet meaning a proper noun), or
    one it does not have at all: a maker's or studio's name, no everyday word."""
    lex = lexicon()
    senses = lex.senses(word) if lex is not None else []
    if senses:
        return all(any(p for w, p in zip(s.lemmas, s.proper) if w == word) for s in senses)
    return word not in english_words()


def typed_name_skeletons(request: str, parts: dict[str, str], own: frozenset[str]) -> list[str]:
    """The style/concept families a request names by a name whose vowel-dropped spelling is a
    part of their trigger (`vowelless_trigger_parts`): a word with vowels, a name (`a_name`),
    and no word of any card's own text (`own`: a card word is matched as itself)."""
    out: list[str] = []
    for w in dict.fromkeys(_WORD_RE.findall(request.lower()) if parts else ()):
        key = parts.get(_skeleton(w)) if w.isalpha() and _VOWELS.search(w) else None
        if key is not None and key not in out and w not in own and a_name(w):
            out.append(key)
    return out


def name_pattern(name: str) -> re.Pattern | None:
    """The card name as typed: its words in order, any case, spaces or hyphens between them."""
    parts = _WORD_RE.findall(name.lower())
    if len(parts) < MIN_NAME_WORDS:
        return None
    return re.compile(_bounded(_SEP.join(re.escape(p) for p in parts)), re.I)


def named_in_full(text: str, name: str) -> re.Match | None:
    pattern = name_pattern(name)
    return pattern.search(text) if pattern is not None else None


_AS_BEFORE = re.compile(r"\bas\s+(?:(?:a|an|the)\s+)?$", re.I)  # "dressed up as (a) <name>"


_COMPARED = re.compile(r"\b(?:same|as|such)\b(?:\s+[\w'-]+){0,3}\s*$", re.I)
_BARE_AS = re.compile(r"\bas\s+([A-Za-z][\w-]*)\b(?![-'\u2019]\w)", re.I)  # "as <name>", no article


class LoraNames:
    """The multi-word names of a catalog's style and concept families (`name_pattern`), or of
    the families of `kinds`, built once per catalog (the Selector keeps it) and indexed by their
    first word: a request only runs the patterns of names whose first word it holds, not one per
    family."""

    def __init__(self, families: dict, kinds: tuple[str, ...] = ("style", "concept")) -> None:
        """families: family key -> features.Family (its kind and cards)."""
        self._names: list[tuple[str, str, re.Pattern]] = []  # (family, name lower, pattern)
        self._by_first: dict[str, list[int]] = {}
        self._one_word: dict[str, set[str]] = {}  # one-word name -> families
        for key, fam in families.items():
            if fam.kind not in kinds:
                continue
            for name in {c.name for c in fam.cards}:
                pattern = name_pattern(name)
                if pattern is not None:
                    first = _WORD_RE.search(name.lower()).group()
                    self._by_first.setdefault(first, []).append(len(self._names))
                    self._names.append((key, name.lower(), pattern))
                elif len(_WORD_RE.findall(name.lower())) == 1:
                    self._one_word.setdefault(name.lower().strip(), set()).add(key)

    def typed(self, request: str) -> Iterator[tuple[str, str]]:
        """(family, name in lower case) of each name the request types in full, in catalog
        order."""
        for key, low, _ in self._typed(request):
            yield key, low

    def _typed(self, request: str) -> Iterator[tuple[str, str, re.Pattern]]:
        """(family, name in lower case, its pattern) of each name the request types in full,
        in catalog order. A name's first word, as typed, is a whole run of the request's
        lower-case letters and digits; a request with other characters (where case folding is
        wider than ASCII) tries every name."""
        if request.isascii():
            words = set(_WORD_RE.findall(request.lower()))
            found = sorted({i for w in words for i in self._by_first.get(w, ())})
        else:
            found = range(len(self._names))
        for i in found:
            key, low, pattern = self._names[i]
            if pattern.search(request):
                yield key, low, pattern

    def typed_after_as(self, request: str) -> list[tuple[str, str]]:
        """(family, name in lower case) of each name the request types in full right after "as"
        ("as (a) <name>"): only the names typed are read (a name's pattern is its lower-case
        words', so names typed alike are typed together), not every name of the catalog."""
        return [(key, low) for key, low, pattern in self._typed(request) if any(
            _AS_BEFORE.search(request[:m.start()]) for m in pattern.finditer(request))]

    def typed_bare_after_as(self, request: str) -> list[tuple[str, str]]:
        """(family, name) of each one-word name typed right after "as" with no article: English
        puts an article before a singular count noun ("as a <bird>"), not before a proper name,
        so "as <name>" bare is the one so named (a name several families share names none). A
        comparison ("the same <X> as <name>", "as tall as <name>") draws no one."""
        out = []
        for m in _BARE_AS.finditer(request):
            if _COMPARED.search(request[:m.start()]):
                continue
            keys = self._one_word.get(m.group(1).lower(), set())
            if len(keys) == 1:
                out.append((next(iter(keys)), m.group(1).lower()))
        return out
