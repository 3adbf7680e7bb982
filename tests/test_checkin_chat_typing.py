"""Chat typing around people (checkin/chat.py, intent.py): a possessive typed without its
apostrophe, "and" typed as "n" / "&" / "+", and two relatives joined by "and". Invented
catalog."""

from __future__ import annotations

import pytest

from personalq.checkin import chat
from personalq.checkin.intent import parse
from personalq.checkin.select import Selector
from checkin_testdata import subject_card as _card

CARDS = [
    _card("dagny", "Dagny", "woman", ["person", "woman", "mother"],
          "My mother Dagny, 70, in her allotment with a straw hat."),
    _card("arvo", "Arvo", "man", ["person", "man", "father"],
          "My father Arvo, 72, with his pipe and a flat cap."),
    _card("ingrid", "Ingrid", "woman", ["person", "woman", "sister"],
          "My sister Ingrid, 40, with a short silver bob."),
    _card("pavel", "Pavel", "boy", ["person", "boy", "nephew"],
          "Pavel, my sister Ingrid's son, 6, missing a front tooth."),
    _card("oskar", "Oskar", "boy", ["person", "boy", "son"],
          "Oskar, our son, 9, in his football kit."),
    _card("fjord", "Fjord", "dog", ["pet", "dog", "whippet"],
          "Fjord, my mother's whippet, grey and skinny."),
    _card("bramble", "Bramble", "dog", ["pet", "dog", "whippet"],
          "Bramble, our whippet, fawn with a white chest."),
]
NAMES = frozenset({"dagny", "arvo", "ingrid", "pavel", "oskar"})


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("typed, restored", [
    ("ingrids son on a swing", "ingrid's son on a swing"),  # a person card's name
    ("Ingrids son on a swing", "Ingrid's son on a swing"),
    ("mothers whippet asleep", "mother's whippet asleep"),  # a bare kinship word
    ("grans cat by the fire", "gran's cat by the fire"),
    ("the kids playing outside", "the kids playing outside"),  # a plural, then a verb
    ("our mums garden party", "our mums garden party"),  # a determiner: a plural
    ("my cats bowl", "my cats bowl"),  # no person's name, no kinship word
    ("she ingrids nothing", "she ingrids nothing"),  # after a subject pronoun: a verb
    ("ingrid n me at the lake", "ingrid and me at the lake"),
    ("dad & ingrid on a bench", "dad and ingrid on a bench"),
    ("oskar + pavel in the pool", "oskar and pavel in the pool"),
    ("a black n tan whippet", "a black n tan whippet"),  # no person on either side
    ("salt & pepper", "salt & pepper"),
])
def test_restore(typed, restored):
    assert chat.restore(typed, NAMES) == restored


def test_restore_switched_off():
    off = frozenset({chat.POSSESSIVE_TYPED_BARE, chat.AND_TYPED_SHORT})
    assert chat.restore("ingrids son n me", NAMES, off) == "ingrids son n me"


def test_person_names_are_people_only(selector):
    names = chat.person_names(selector.index)
    assert {"dagny", "ingrid", "pavel"} <= names and "fjord" not in names


def test_two_relatives_joined_by_and_are_two_phrases():
    subjects = [[t.low for t in m.words] for m in parse("gran and grandad at the beach").mentions]
    assert ["gran"] in subjects and ["grandad"] in subjects
    assert len(parse("a mother and child on a bench").mentions) == 2  # one generic phrase + scene
    off = parse("gran and grandad at the beach", coordinated_relatives=False)
    assert [t.low for t in off.mentions[0].words] == ["gran", "grandad"]


@pytest.mark.parametrize("request_, expected", [
    ("ingrids son on a swing", ["pavel"]),
    ("mothers whippet asleep on the sofa", ["fjord"]),
    ("ingrid n oskar at the lake", ["ingrid", "oskar"]),
    ("mother and father at the lake", ["arvo", "dagny"]),
])
def test_selects(selector, request_, expected):
    d = selector.select(request_)
    got = sorted({c.split("-")[0] for c in d.checkpoints})
    assert d.action == "select" and got == expected, (request_, d.action, d.checkpoints, d.options)
