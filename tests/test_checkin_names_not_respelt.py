"""A word the request types that is a card's name stays that name: the dialect readings of
chat.restore (a final "-o" said as "-er", a dropped "g", a variety's article...) never respell
it into a common noun (rule name_is_no_variety_spelling, chat.NAME_NOT_RESPELT). Invented
household: a guinea pig named Potater, beside a lurcher and a lino-print style."""

from __future__ import annotations

import pytest

from personalq.checkin import chat
from personalq.checkin.select import Selector
from checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("potater", "Potater", "guinea pig", ["pet", "guinea pig"],
                 "Our guinea pig Potater: ginger and white, a rosette on his back."),
    subject_card("wisp", "Wisp", "dog", ["pet", "dog", "lurcher"],
                 "Wisp, our grey lurcher, long legs and a blue collar."),
    lora_card("linoprint", "Lino Print", "style", "print", ["style", "linocut"],
              "Two-colour lino print: bold carved lines, cream paper."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_text, meant", [
    ("potater asleep in the hay", ["potater"]),
    ("potater and wisp on the lawn", ["potater", "wisp"]),
    ("potater as a lino print", ["linoprint", "potater"]),
])
def test_a_pets_name_is_not_read_as_a_dialect_spelling(selector, request_text, meant):
    assert sorted(selector.select(request_text).checkpoints) == meant


def test_without_the_rule_the_name_is_respelt(selector):
    off = without(selector, chat.NAME_NOT_RESPELT)
    assert "potater" not in off.select("potater asleep in the hay").checkpoints


def test_the_respelling_still_reads_a_word_no_card_is_named(selector):
    people = chat.people_of(selector.index)
    assert chat.restore("a potater on a plate", frozenset(), people=people) == "a potater on a plate"
    assert chat.restore("a piller on the bed", frozenset(), people=people) == "a pillow on the bed"
