"""Looks and characters asked for in other words (round 17): a rank before a three-word name with
the given name left out (rule rank_with_the_surname_alone, evidence._partial_names), and a noun
English reads as a kind of work of art heading "a <noun> of <thing>" (rule
art_noun_heads_its_depiction, reasoner._describes_medium), "<X> style <noun>" as a look phrase
(rule style_modifier_is_a_look_phrase, paraphrase.py), and the first word of a two-word concept
name alone (rule first_part_of_a_compound_is_not_it, reasoner._open_compound_modifier). The cards are invented: a Kenyan
matatu painter's household and a Peruvian potter's family. Each test also switches its rule off
to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import (ART_NOUN_OF, FIRST_PART_OF_A_COMPOUND, RANK_AND_SURNAME,
                                     STYLE_MODIFIER_LOOK)
from tests.checkin_testdata import lora_card, selected, subject_card, without

MATATU = [
    subject_card("wanjiru", "Wanjiru", "woman", ["person"], "Wanjiru, my sister, who paints buses."),
    subject_card("baker", "Sergeant Juma Baker", "police officer", ["character", "comic"],
                 "Sergeant Juma Baker, the traffic policeman from our comic strip, in a peaked "
                 "cap with a whistle."),
    lora_card("woodblock", "Woodcut Plate", "style", "print", ["style", "woodcut", "printmaking"],
              "Woodcut plate: gouged black lines, one flat colour, rough grain of the block."),
    lora_card("airbrush", "Matatu Airbrush", "style", "airbrush art", ["style", "airbrush", "bus art"],
              "Airbrushed matatu bus art: chrome letters, neon portraits, glossy gradients."),
]

POTTERS = [
    subject_card("rosa", "Rosa", "woman", ["person"], "Rosa, my mother, at her wheel."),
    subject_card("inti", "Inti", "dog", ["pet", "dog"], "Inti, our hairless Peruvian dog."),
    lora_card("tiles", "Plaza Tiles", "style", "mural", ["style", "mosaic", "tiles"],
              "Mosaic of small glazed tiles in blue and ochre, like the fountains in the plaza."),
    lora_card("retablo", "Retablo Box", "style", "folk art", ["style", "folk art", "painted box"],
              "Painted wooden box of little plaster figures, the Ayacucho retablo tradition."),
    lora_card("barrow", "Market Barrow", "concept", "handcart", ["vehicle", "handcart", "cart"],
              "A wooden market barrow: a two-wheeled handcart piled with mangoes."),
]


@pytest.fixture(scope="module")
def matatu(selector_on):
    return selector_on(MATATU)


@pytest.fixture(scope="module")
def potters(selector_on):
    return selector_on(POTTERS)


@pytest.mark.parametrize("household, rule, request_, picked", [
    ("matatu", RANK_AND_SURNAME, "sergeant baker directing traffic", ["baker"]),
    ("matatu", RANK_AND_SURNAME, "Sergeant Baker as airbrushed bus art", ["baker", "airbrush"]),
    ("matatu", ART_NOUN_OF, "a woodcut of a matatu at dusk", ["woodblock"]),
    ("potters", ART_NOUN_OF, "a mosaic of a condor over the mountains", ["tiles"]),
    ("potters", STYLE_MODIFIER_LOOK, "an ayacucho style nativity scene", ["retablo"]),
])
def test_the_rule_names_it(request, household, rule, request_, picked):
    sel = request.getfixturevalue(household)
    assert selected(sel, request_) == picked
    assert selected(without(sel, rule), request_) != picked


@pytest.mark.parametrize("request_", [
    "a sergeant at a roadblock",  # the rank alone names no one
    "a baker with fresh bread",  # an everyday word without the rank is no name
])
def test_a_rank_or_surname_alone_is_no_character(matatu, request_):
    assert "baker" not in selected(matatu, request_)


@pytest.mark.parametrize("household, request_, style", [
    ("matatu", "a print of the bus timetable", "woodblock"),  # a copy, no medium
    ("potters", "a stack of bowls drying", "tiles"),  # a quantity
    ("potters", "a painting of rosa at her wheel", "tiles"),  # any picture
])
def test_a_noun_that_is_no_art_names_no_medium(request, household, request_, style):
    assert style not in selected(request.getfixturevalue(household), request_)


def test_a_look_modifier_needs_the_cards_own_name(potters):
    """Outside a "<X> style" modifier, or with an X no card gives, no look is named."""
    assert "retablo" not in selected(potters, "a trip to ayacucho with rosa")
    assert "retablo" not in selected(potters, "a country style kitchen")


def test_the_first_word_of_an_open_compound_name_is_the_thing_it_means(potters):
    """"market" is on the cards only in "market barrow": alone it is a market."""
    assert "barrow" not in selected(potters, "a market on a sunday morning")
    assert "barrow" in selected(without(potters, FIRST_PART_OF_A_COMPOUND),
                                "a market on a sunday morning")
    assert "barrow" in selected(potters, "rosa pushing a market barrow")


def test_two_styles_of_the_medium_pick_neither(selector_on):
    """With two mosaic styles, "a mosaic of ..." names the medium both share: neither alone."""
    pebbles = lora_card("pebbles", "Courtyard Pebbles", "style", "floor", ["style", "mosaic"],
                        "Mosaic of river pebbles set on edge in a courtyard floor.")
    sel = selector_on(POTTERS + [pebbles])
    assert selected(sel, "a mosaic of a condor over the mountains") == []
