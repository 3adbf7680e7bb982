"""Rule options_are_what_the_noun_names: a question's options are what the noun names, not the
families whose description only mentions it (invented cards: a bakery's van, its owners, its merch)."""

from __future__ import annotations

import pytest

from checkin_testdata import subject_card
from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import Decision
from personalq.checkin.options import options_named_by_a_noun
from personalq.checkin.select import Selector

CARDS = [
    subject_card("van", "Brioche Express", "delivery van", ["business", "van", "vehicle"],
                 "Brioche Express, our bakery van, cream with a blue loaf painted on the door."),
    subject_card("ines", "Inês", "woman", ["me", "person", "woman"],
                 "Me, Inês, leaning on the van with flour on my apron."),
    subject_card("apron", "Bakery apron", "apron", ["merch", "apron"],
                 "The striped apron we sell from the van's side hatch."),
    subject_card("pin", "Loaf pin", "badge", ["merch", "badge", "enamel"],
                 "An enamel pin shaped like the van, gold outline."),
]
RULE = rules.OPTIONS_ARE_WHAT_THE_NOUN_NAMES


def _cards() -> list[Card]:
    return [Card(**c) for c in CARDS]


def test_only_the_named_family_is_left() -> None:
    named = options_named_by_a_noun("the old van at the market", _cards())
    assert [c.id for c in named] == ["van"]


def test_no_split_when_every_option_is_named_or_none_mentions() -> None:
    cards = _cards()
    assert options_named_by_a_noun("the van", cards[:1]) is None
    assert options_named_by_a_noun("my badge or my apron", cards) is None  # a choice offered
    assert options_named_by_a_noun("a loaf of bread", cards) is None


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def test_question_over_mentions_becomes_the_select(selector: Selector) -> None:
    ask = Decision("clarify", options=["van", "ines", "apron", "pin"], prompt="the van in the snow")
    on = selector._phrases_alone("the van in the snow", ask)
    assert on.action == "select" and on.checkpoints == ["van"]
    off = Selector(selector.store, disabled_rules=frozenset([RULE]))
    kept = off._phrases_alone("the van in the snow", ask)
    assert kept.action == "clarify" and len(kept.options) == 4


def test_style_frame_keeps_the_question(selector: Selector) -> None:
    ask = Decision("clarify", options=["van", "ines", "apron", "pin"], prompt="our van as a poster")
    assert selector._phrases_alone("our van as a poster", ask).action == "clarify"
