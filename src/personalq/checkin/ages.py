"""Ages the cards state, and who is the little one of a family.

A card about a person often says how old they were in the picture ("at 34", "aged eight",
"now nine", "as a seven-month-old", "a girl of six and a half", "Ola, my aunt, 83,").
With the card's date that gives the year the person was born, about; the person born last is
the family's youngest. A "little one" or "wee one" (English for a family's small child)
is that person while still a child; where no card states an age, it is the child a card calls
"our youngest" (rule `little_one_is_the_youngest`, reasoner.py).
"""

from __future__ import annotations

import re

from personalq.catalog.card import Card
from personalq.checkin.tuning import LITTLE_MAX_AGE, NEWBORN_MAX_AGE

_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_NUM = r"(\d{1,3}|" + "|".join(_NUMBERS) + r")"
_HALF = r"(\s+and\s+a\s+half)?"
# "at about thirty", "aged around 9": an age given roughly is still the age (round 30)
_ABOUT = r"(?:(?:about|around|roughly|nearly|almost|maybe|approximately)\s+)?"
# (pattern, units per year) — each reads one way English states a person's age
# "five months pregnant", "31 weeks along": the length of a pregnancy, not the subject's age
_NOT_PREGNANCY = r"(?![- ](?:pregnant|along|gone)\b)"
_PATTERNS = (
    (re.compile(r"\b" + _NUM + r"[- ]weeks?(?:[- ]old)?\b" + _NOT_PREGNANCY, re.I), 52),
    (re.compile(r"\b" + _NUM + r"[- ]months?(?:[- ]old)?\b" + _NOT_PREGNANCY, re.I), 12),
    (re.compile(r"\b" + _NUM + r"[- ]years?[- ]old\b", re.I), 1),
    (re.compile(r"\b(?:aged?|at|now|of)\s+" + _ABOUT + _NUM + _HALF +
                r"\b(?![- ]?(?:am|pm|%|weeks?|months?|years?\s+ago))", re.I), 1),
    (re.compile(r"(?:^|,)\s*(\d{1,3})\s*(?=,|:)"), 1),
)
# a "little one", a "wee one": a small child; "small" is the word in the Englishes of Singapore,
# Malaysia, India and West Africa ("small one", after their languages' word for small:
# xiao, kecik, chhota, kekere), "lil" the clipped form in American chat, "tiny" any speaker's
# (round 22)
SMALL_WORDS = frozenset("little wee small lil tiny".split())
YOUNG_WORDS = SMALL_WORDS | {"young"}  # "our young laddie", "the wee lassie": a child of a gender
# Household words for a boy or a girl that "the young ..." makes the household's child (Irish,
# Scottish, Northern, Australian English "young fella", "wee lass"), with the gender they say;
# not "boy"/"girl": "a small boy" is any boy a picture shows, one of the catalog's or not.
YOUNG_PERSON_WORDS = {"lad": "m", "laddie": "m", "fella": "m", "lass": "f", "lassie": "f"}


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS[word.lower()]


def stated_age(text: str) -> float | None:
    """The age in years a description states for its subject, or None."""
    for pattern, per_year in _PATTERNS:
        m = pattern.search(text)
        if m is None:
            continue
        age = _number(m.group(1))
        if per_year != 1:
            return age / per_year
        half = m.group(2) if m.lastindex and m.lastindex >= 2 else None
        if age <= 120:
            return age + (0.5 if half else 0.0)
    return None


def _year(card: Card) -> float | None:
    m = re.match(r"(\d{4})-(\d{2})", card.created_at or "")
    return int(m.group(1)) + (int(m.group(2)) - 1) / 12.0 if m else None


def born(cards: list[Card]) -> float | None:
    """About when the person was born (a year), by the ages their cards state; None: no age."""
    years = []
    for card in cards:
        age, year = stated_age(card.description), _year(card)
        if age is not None and year is not None:
            years.append(year - age)
    return sorted(years)[len(years) // 2] if years else None


def little_one(people: dict[str, list[Card]], stated_youngest: list[str]) -> str | None:
    """The family's little one among these people (family -> cards): the one born last by the
    ages the cards state, when still a child on the newest card and born clearly after every
    other; else the one person a card calls the youngest; else None."""
    dated = {k: b for k, cards in people.items() if (b := born(cards)) is not None}
    if dated:
        order = sorted(dated, key=lambda k: -dated[k])
        first = order[0]
        newest = _year(people[first][-1])
        clear = len(order) == 1 or dated[first] - dated[order[1]] >= 1.0
        if clear and newest is not None and newest - dated[first] <= LITTLE_MAX_AGE:
            return first
    return stated_youngest[0] if len(stated_youngest) == 1 else None


def born_in_order(people: dict[str, list[Card]], order: str) -> str | None:
    """The one among these people (family -> cards) born first ("eldest") or last ("youngest")
    by the ages their cards state, clearly (a year) before or after every other whose age is
    stated; None where no age is stated or two are too close to tell. "middle": of exactly three,
    every one's age stated a year or more apart, the second."""
    dated = {k: b for k, cards in people.items() if (b := born(cards)) is not None}
    if not dated:
        return None
    ranked = sorted(dated, key=lambda k: dated[k], reverse=order != "eldest")
    if order == "middle":  # birth_order_by_stated_ages (round 23): the one of three between
        apart = len(ranked) == len(people) == 3 and all(
            abs(dated[a] - dated[b]) >= 1.0 for a, b in zip(ranked, ranked[1:]))
        return ranked[1] if apart else None
    if len(ranked) > 1 and abs(dated[ranked[0]] - dated[ranked[1]]) < 1.0:
        return None
    return ranked[0]


def newborns(people: dict[str, list[Card]], today: float) -> list[str] | None:
    """The people (family -> cards) born within NEWBORN_MAX_AGE years before `today` (a year)
    by the ages their cards state; None where no card states an age to tell."""
    dated = {k: b for k, cards in people.items() if (b := born(cards)) is not None}
    if not dated:
        return None
    return [k for k, b in dated.items() if today - b <= NEWBORN_MAX_AGE]
