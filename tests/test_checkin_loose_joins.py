"""A concept or style LoRA joins a selection only by its own words, not by association with a
thing the request describes: a tag word before a noun for another thing
(rules.another_thing_heads_the_phrase), another English name of the concept's class after a noun
its cards never use (rules.other_name_after_a_noun_is_another_kind), a style word's broader tail
(rules.compound_tail_names_no_style). Invented cards: a Hungarian beekeeper's household. Each test
also runs with its rule switched off, so it fails without the rule."""

from __future__ import annotations

import pytest

from personalq.checkin.select import Selector
from checkin_testdata import without
from test_checkin_joins import _families

CARDS = [
    {"id": "zsofi-v1", "name": "Zsófia", "trigger": "zs0fi woman", "class_noun": "woman",
     "kind": "subject", "family": "zsofi", "version": 1, "created_at": "2024-04-01",
     "description": "Me, Zsófia, at 38, at the hives: braid, veil pushed back, smoker in hand.",
     "tags": ["me", "person", "woman", "beekeeper"]},
    {"id": "lajos-v1", "name": "Lajos", "trigger": "laj0s man", "class_noun": "man",
     "kind": "subject", "family": "lajos", "version": 1, "created_at": "2024-05-01",
     "description": "My husband Lajos, 41: shaved head, green Ferencváros scarf.",
     "tags": ["husband", "person", "man", "bald"]},
    {"id": "vest-v1", "name": "Harvest Folk Vest", "trigger": "hrvst_vest", "class_noun": "vest",
     "kind": "concept", "family": "folkvest", "version": 1, "created_at": "2024-09-01",
     "description": "Embroidered black felt folk vest for the grape harvest festival, red tulips.",
     "tags": ["concept", "clothing", "harvest", "vest"]},
    {"id": "cardi-v1", "name": "Cable Knit Sweater", "trigger": "cblknit", "class_noun": "sweater",
     "kind": "concept", "family": "cableknit", "version": 1, "created_at": "2024-10-01",
     "description": "Chunky cream cable-knit sweater, rolled collar.",
     "tags": ["concept", "clothing", "sweater", "knit"]},
    {"id": "fisher-v1", "name": "Fisherman Almanac", "trigger": "fshrmn_alm",
     "class_noun": "illustration", "kind": "style", "family": "almanac", "version": 1,
     "created_at": "2023-01-01",
     "description": "Old fisherman's almanac engraving: fine hatching, sepia ink.",
     "tags": ["style", "engraving", "vintage"]},
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return Selector(selector_on(CARDS).store, calibration=None)


@pytest.fixture(scope="module")
def weighed(selector_on) -> Selector:
    """With the calibrated model: a certain select takes a second LoRA the rest words mean."""
    return Selector(selector_on(CARDS).store)


# (fixture, request, the families selected, the rules, the family joining without them); the
# style's broader tail is also a second card with no word of its own (ownword.py), so both go.
LOOSE = [
    ("weighed", "me in my harvest apron", {"zsofi"}, ("another_thing_heads_the_phrase",), "folkvest"),
    ("selector", "my husband in a saints jumper", {"lajos"},
     ("other_name_after_a_noun_is_another_kind",), "cableknit"),
    ("selector", "my husband as a young man mending a hive", {"lajos"},
     ("compound_tail_names_no_style", "second_card_needs_a_word_of_its_own"), "almanac"),
]


@pytest.mark.parametrize("which,request_,expected,rules,joined", LOOSE)
def test_a_loose_association_joins_no_lora(request, which, request_, expected, rules, joined):
    sel = request.getfixturevalue(which)
    assert _families(sel, request_) == expected
    assert joined in _families(without(sel, *rules), request_)


def test_the_concepts_own_item_still_joins(selector):
    assert _families(selector, "me in a harvest vest") == {"zsofi", "folkvest"}


def test_a_compound_tail_typed_before_a_style_word_names_the_style(selector):
    """"in my <tail> style" says how the picture is made: the tail of the style's compound word
    ("man" of "fisherman") before "style" means the style (compound_tail_names_no_style)."""
    assert "almanac" in _families(selector, "my husband mending a hive in my man style")


BIKES = [
    {"id": "kata-v1", "name": "Kata", "trigger": "k4ta girl", "class_noun": "girl", "kind": "subject",
     "family": "kata", "version": 1, "created_at": "2024-06-01",
     "description": "My niece Kata, 9, with two braids.", "tags": ["person", "girl", "niece"]},
    {"id": "cargo-v1", "name": "Fenyves Cargo Bike", "trigger": "fnyvs_cargo", "class_noun": "cargo bike",
     "kind": "concept", "family": "cargo", "version": 1, "created_at": "2024-07-01",
     "description": "A cargo bike (vehicle) concept LoRA.", "tags": ["vehicle", "concept"]},
]


def test_the_class_head_alone_names_the_broader_kind(selector_on):
    """"pedalling a bicycle" (another English name of the class head "bike") names any bike, not the
    cargo-bike LoRA; the whole class phrase names it (broader_word_is_not_the_narrower_lora)."""
    sel = Selector(selector_on(BIKES).store, calibration=None)
    assert _families(sel, "Kata pedalling a bicycle") == {"kata"}
    assert _families(sel, "Kata riding a cargo bike") == {"kata", "cargo"}
    assert "cargo" in _families(without(sel, "broader_word_is_not_the_narrower_lora"),
                                "Kata pedalling a bicycle")
