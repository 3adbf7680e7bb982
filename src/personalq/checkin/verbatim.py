"""What the request types verbatim from a card: its trigger, or a style's or concept's full name.

Both are the most explicit choice a user can make, so they decide for that card whatever the
rest of the evidence says (the rules `typed_trigger_names_its_checkpoint` and
`full_lora_name_names_it` in rules.py say why each holds).
"""

from __future__ import annotations

import re

from personalq.catalog.card import Card

# a character no ordinary word has: a trigger holding one is never typed by accident
_CODED_RE = re.compile(r"[0-9_<>()\[\]]")
_SEP = r"[\s\-_]+"
MIN_NAME_WORDS = 2  # a one-word name is often an ordinary word ("moss", "ember")


def _bounded(phrase: str) -> str:
    """A pattern for the phrase standing alone: no letter, digit or underscore touching it."""
    return rf"(?<![\w]){phrase}(?![\w])"


def coded(trigger: str) -> bool:
    """A trigger spelt unlike any word (digits, underscores, brackets: "x9_word", "<tok-v2>")."""
    return bool(trigger.strip()) and bool(_CODED_RE.search(trigger))


def coded_triggers(cards: list[Card]) -> dict[str, Card]:
    """Each coded trigger (lower case) -> the newest of the cards that share it. Built once per
    catalog (the Selector keeps it): requests then only look for these strings."""
    by_trigger: dict[str, list[Card]] = {}
    for card in cards:
        t = card.trigger.strip().lower()
        if coded(t):
            by_trigger.setdefault(t, []).append(card)
    return {t: max(group, key=lambda c: (c.version or 0, c.created_at or ""))
            for t, group in by_trigger.items()}


def typed_triggers(request: str, triggers: dict[str, Card]) -> list[Card]:
    """The cards whose coded trigger (`coded_triggers`) the request types verbatim (any case); a
    trigger that is part of a longer typed trigger ("tok" inside "tok_xl") does not count."""
    low = request.lower()
    spans: list[tuple[int, int, Card]] = []
    for t, card in triggers.items():
        if t not in low:  # cheap test first: most requests type no trigger
            continue
        m = re.search(_bounded(re.escape(t)), low)
        if m is not None:
            spans.append((m.start(), m.end(), card))
    return [c for s, e, c in spans
            if not any((s2 <= s and e <= e2) and (e2 - s2) > (e - s) for s2, e2, _ in spans)]


def name_pattern(name: str) -> re.Pattern | None:
    """The card name as typed: its words in order, any case, spaces or hyphens between them."""
    parts = re.findall(r"[a-z0-9]+", name.lower())
    if len(parts) < MIN_NAME_WORDS:
        return None
    return re.compile(_bounded(_SEP.join(re.escape(p) for p in parts)), re.I)


def named_in_full(text: str, name: str) -> re.Match | None:
    pattern = name_pattern(name)
    return pattern.search(text) if pattern is not None else None
