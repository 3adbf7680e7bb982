"""Names as a household clips them (round 24): an animal's name clipped as a person's is
(pet_name_clipped_too), the British and Australian -z pet form (clipped_given_name, extended), a
clipped name as a possessor (clipped_name_as_a_possessor), a borrowed name after a past participle
(participle_before_a_borrowed_name) and "old" as the varieties write it (old_of_an_english_variety).
The cards are invented: a Norwegian-Canadian dairy family in Alberta and an Essex scaffolding family.
Each rule is also switched off."""

from __future__ import annotations

import pytest

from personalq.checkin.dialect import VARIETY_OLD_WORD
from personalq.checkin.features import PET_NAME_CLIPS, _clips_of_a_name
from personalq.checkin.rules import CLIPPED_POSSESSOR, PARTICIPLE_BEFORE_NAME
from tests.checkin_testdata import selected, subject_card, without

DAIRY = [
    subject_card("me", "Solveig", "woman", ["me", "person"], "Me, Solveig, in the milking parlour."),
    subject_card("bartholomew", "Bartholomew", "man", ["son", "person"],
                 "Our son Bartholomew at 30: red beard, green overalls."),
    subject_card("hedda", "Hedda", "woman", ["daughter-in-law", "person"],
                 "My daughter-in-law Hedda, Bartholomew's wife: blonde braid, denim jacket."),
    subject_card("clementine", "Clementine", "cat", ["pet", "cat", "barn cat"],
                 "Our barn cat Clementine: orange tabby, torn left ear."),
    subject_card("nutmeg", "Nutmeg", "donkey", ["pet", "donkey"],
                 "Our donkey Nutmeg: grey coat, white muzzle, one floppy ear."),
    subject_card("valkyrie", "Valkyrie", "boat", ["boat", "canoe"],
                 "Our red cedar canoe Valkyrie on the slough."),
]

SCAFFOLD = [
    subject_card("darren", "Darren", "man", ["husband", "person"],
                 "My husband Darren at 44: shaved head, hi-vis vest, tattooed forearms."),
    subject_card("sharon", "Sharon", "woman", ["sister", "person"],
                 "My sister Sharon at 39: bleached bob, gold hoops."),
    subject_card("terry", "Terry", "old man", ["father", "person"],
                 "My dad Terry at 71: grey quiff, tweed cap, walking stick."),
]


@pytest.fixture(scope="module")
def dairy(selector_on):
    return selector_on(DAIRY)


@pytest.fixture(scope="module")
def scaffold(selector_on):
    return selector_on(SCAFFOLD)


def test_an_animals_name_is_clipped_as_a_persons_is(dairy):
    assert selected(dairy, "Clem asleep on a hay bale") == ["clementine"]
    assert selected(without(dairy, PET_NAME_CLIPS), "Clem asleep on a hay bale") != ["clementine"]


def test_a_things_name_is_not_clipped(dairy):
    assert selected(dairy, "Valk on the lake at dawn") == []


def test_the_z_pet_form_is_the_first_syllable_clipped(scaffold):
    assert "da" in _clips_of_a_name("daz")
    assert "ken" in _clips_of_a_name("kenz")
    assert selected(scaffold, "Daz in the rain with a mug of tea") == ["darren"]
    assert selected(scaffold, "Shaz at the bingo hall") == ["sharon"]


def test_a_clipped_name_as_a_possessor(dairy):
    assert selected(dairy, "Bart's wife feeding the calves") == ["hedda"]
    assert selected(without(dairy, CLIPPED_POSSESSOR), "Bart's wife feeding the calves") != ["hedda"]


def test_a_past_participle_before_a_borrowed_name_makes_it_the_thing(dairy):
    request = "freshly grated nutmeg, macro shot"
    assert selected(dairy, request) == []
    assert selected(without(dairy, PARTICIPLE_BEFORE_NAME), request) == ["nutmeg"]
    assert selected(dairy, "nutmeg grazing by the fence") == ["nutmeg"]
    # a participle of making a picture says how the one named is drawn
    assert selected(dairy, "hand drawn nutmeg on a birthday card") == ["nutmeg"]


def test_old_as_the_varieties_write_it(scaffold):
    assert selected(scaffold, "our auld fella at the allotment") == ["terry"]
    for request in ("my ould fella at the allotment", "me owd man at the allotment"):
        assert selected(scaffold, request) == ["terry"]
        assert selected(without(scaffold, VARIETY_OLD_WORD), request) != ["terry"]
