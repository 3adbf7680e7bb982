"""What the request types verbatim from a card: its trigger, or a style's or concept's full name.

Both are the most explicit choice a user can make, so they decide for that card whatever the
rest of the evidence says (the rules `typed_trigger_names_its_checkpoint` and
`full_lora_name_names_it` in rules.py say why each holds).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from personalq.catalog.card import Card

# a character no ordinary word has: a trigger holding one is never typed by accident
_CODED_RE = re.compile(r"[0-9_<>()\[\]]")
_SEP = r"[\s\-_]+"
_WORD_RE = re.compile(r"[a-z0-9]+")
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
        index.triggers.append((t, max(group, key=lambda c: (c.version or 0, c.created_at or ""))))
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


def name_pattern(name: str) -> re.Pattern | None:
    """The card name as typed: its words in order, any case, spaces or hyphens between them."""
    parts = _WORD_RE.findall(name.lower())
    if len(parts) < MIN_NAME_WORDS:
        return None
    return re.compile(_bounded(_SEP.join(re.escape(p) for p in parts)), re.I)


def named_in_full(text: str, name: str) -> re.Match | None:
    pattern = name_pattern(name)
    return pattern.search(text) if pattern is not None else None


class LoraNames:
    """The multi-word names of a catalog's style and concept families (`name_pattern`), built
    once per catalog (the Selector keeps it) and indexed by their first word: a request only
    runs the patterns of names whose first word it holds, not one per family."""

    def __init__(self, families: dict) -> None:
        """families: family key -> features.Family (its kind and cards)."""
        self._names: list[tuple[str, str, re.Pattern]] = []  # (family, name lower, pattern)
        self._by_first: dict[str, list[int]] = {}
        for key, fam in families.items():
            if fam.kind == "subject":
                continue
            for name in {c.name for c in fam.cards}:
                pattern = name_pattern(name)
                if pattern is not None:
                    first = _WORD_RE.search(name.lower()).group()
                    self._by_first.setdefault(first, []).append(len(self._names))
                    self._names.append((key, name.lower(), pattern))

    def typed(self, request: str) -> Iterator[tuple[str, str]]:
        """(family, name in lower case) of each name the request types in full, in catalog
        order. A name's first word, as typed, is a whole run of the request's lower-case letters
        and digits; a request with other characters (where case folding is wider than ASCII)
        tries every name."""
        if request.isascii():
            words = set(_WORD_RE.findall(request.lower()))
            found = sorted({i for w in words for i in self._by_first.get(w, ())})
        else:
            found = range(len(self._names))
        for i in found:
            key, low, pattern = self._names[i]
            if pattern.search(request):
                yield key, low
