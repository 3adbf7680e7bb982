"""Nicknames in the brackets after a card's name (aliases.aside_names): after a full name of
several words or a kinship word joined to the name, a quoted name followed by where it is
used, and a nickname English has only as a proper noun. Invented household."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import aside_names
from personalq.checkin.select import Selector
from checkin_testdata import subject_card


@pytest.mark.parametrize("text, own, names", [
    ("Me, Teodor Ilie Munteanu ('Teo' at work, 'Ted' on the building site), at 40", {"teodor"},
     ["teo", "ted"]),
    ("My younger brother Radu (VEGA) at 24, in his studio", {"radu"}, ["vega"]),
    ("My dog Rex (the vet calls him a menace)", {"rex"}, []),  # a sentence, no name
    ("A photo (taken in May) of Rex", {"rex"}, []),  # the brackets do not follow the name
])
def test_names_in_the_brackets_after_the_name(text, own, names):
    assert aside_names(text, own) == names


CARDS = [
    subject_card("teodor", "Teodor", "man", ["me", "person", "man"],
                 "Me, Teodor Ilie Munteanu ('Teo' at work, 'Ted' on the building site), at 40 with "
                 "a hard hat."),
    subject_card("radu", "Radu", "man", ["brother", "person", "man"],
                 "My younger brother Radu (VEGA) at 24, DJ headphones round his neck."),
    subject_card("mira", "Mira", "woman", ["wife", "person", "woman"],
                 "My wife Mira, 38, red scarf, in the kitchen."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_text, meant", [
    ("teo on a rainy morning", ["teodor"]),
    ("ted at the bus stop", ["teodor"]),
    ("vega behind the decks", ["radu"]),
])
def test_a_bracketed_nickname_names_the_card(selector, request_text, meant):
    assert selector.select(request_text).checkpoints == meant
