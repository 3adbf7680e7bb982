"""A kinship word in a downloaded character's name is part of the name, no relation of the owner
(round 21, rule kinship_word_in_a_strangers_name_is_no_relation). The cards are invented: a
Chilean-Swedish family in Malmö with two characters from an invented cartoon."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import KIN_IN_A_STRANGERS_NAME
from tests.checkin_testdata import clarify_options, selected, subject_card, without

FAMILY = [
    subject_card("tomas", "Tomas", "boy", ["person", "boy", "child"],
                 "Our son Tomas, 9: curly dark hair, a gap in his teeth, green raincoat."),
    subject_card("ines", "Ines", "woman", ["person", "woman"],
                 "My mother Ines at 66: silver bob, red cardigan, reading glasses on a cord."),
    subject_card("kairo", "Son Kairo", "cartoon boy", ["character", "cartoon", "sky riders"],
                 "Son Kairo from Sky Riders (Civitai download): windswept blue hair, goggles, "
                 "a glider on his back."),
    subject_card("marigold", "Mother Marigold", "cartoon woman", ["character", "cartoon"],
                 "Mother Marigold from Sky Riders (Civitai download), the airship's cook: "
                 "flour on her apron, a ladle in her hand."),
    subject_card("tupsu", "Tupsu", "cat", ["pet", "cat"],
                 "Our cat Tupsu: grey tabby with a white chin."),
]


@pytest.fixture(scope="module")
def family(selector_on):
    return selector_on(FAMILY)


@pytest.mark.parametrize("request_, meant", [
    ("our son flying a kite on the beach", "tomas"),
    ("my mother baking bread", "ines"),
])
def test_a_kinship_word_in_a_characters_name_is_no_relative(family, request_, meant):
    assert selected(family, request_) == [meant]
    off = without(family, KIN_IN_A_STRANGERS_NAME).select(request_)
    assert off.checkpoints != [meant] or off.action != "select"


def test_the_character_is_still_reached_by_its_name(family):
    assert selected(family, "son kairo gliding over the rooftops") == ["kairo"]
    assert selected(family, "mother marigold stirring a pot") == ["marigold"]


def test_the_children_are_the_owners_children(family):
    d = family.select("the kids playing in the snow")
    assert "kairo" not in (d.checkpoints or []) and "kairo" not in clarify_options(d)
