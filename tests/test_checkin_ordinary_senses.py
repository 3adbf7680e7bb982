"""Ordinary senses and absent people (round 12b, class J): a thing named after a person, read as
that person where a verb only a being does follows (ordinary.thing_named_for_a_person_does_not_act);
a sibling's seniority said in the family's language (genitive.seniority_word_of_the_language);
clergy words of many faiths (rolewords.py: synonyms of a cleric's card, and
ordinary.role_names_someone_else); a food typed in another form of a pet's name
(ordinary.food_typed_for_a_name). Invented households."""

from __future__ import annotations

import pytest

from personalq.checkin.genitive import rewrite
from personalq.checkin.ordinary import home_food, role_word, verb_of_a_person
from checkin_testdata import subject_card, without

CARDS = [
    subject_card("amalia", "Amalia", "boat", ["boat", "fishing boat"],
                 "Amalia, our blue fishing boat, moored at the harbour wall."),
    subject_card("diego", "Diego", "man", ["person", "man", "brother"],
                 "Diego, my older brother, at his graduation in a grey suit."),
    subject_card("ravi", "Ravi", "man", ["person", "man", "husband"],
                 "Ravi Sharma, my husband, in his cricket whites."),
    subject_card("ramon", "Father Ramon", "priest", ["person", "man", "priest"],
                 "Father Ramon, our parish priest, in a white cassock at the fiesta."),
    subject_card("walter", "Walter", "man", ["person", "man", "father-in-law"],
                 "Walter, my husband's dad, at his 80th birthday party."),
    subject_card("varenyk", "Varenyk", "dog", ["pet", "dog", "beagle"],
                 "Varenyk, our beagle, asleep on the porch."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _families(selector, request_: str) -> set[str]:
    result = selector.select(request_)
    return {selector.by_id[i].family for i in result.checkpoints + result.options}


def test_verbs_only_a_being_does():
    for form in ("singing", "praying", "dancing"):
        assert verb_of_a_person(form), form
    for form in ("driving", "sailing", "honking", "carrying", "parked"):
        assert not verb_of_a_person(form), form


def test_a_boat_named_after_a_singer_does_not_sing(selector):
    assert "amalia" not in _families(selector, "amalia singing fado in a dark cafe")
    assert "amalia" in _families(without(selector, "thing_named_for_a_person_does_not_act"),
                                 "amalia singing fado in a dark cafe")
    assert _families(selector, "amalia sailing past the lighthouse") == {"amalia"}


@pytest.mark.parametrize("typed, english", [
    ("mi hermano menor en la playa", "my younger hermano en la playa"),
    ("meine kleine Schwester", "my younger Schwester"),
    ("moja młodsza siostra", "my younger siostra"),
    ("mera bada bhai", "my elder bhai"),
    ("ma petite soeur", "my younger soeur"),
])
def test_seniority_words_of_other_languages(typed, english):
    assert rewrite(typed, frozenset(), frozenset()) == english


def test_seniority_words_stay_outside_a_sibling_phrase():
    assert rewrite("the petit four", frozenset(), frozenset()) == "the petit four"
    assert rewrite("my grand mother", frozenset(), frozenset()) == "my grand mother"


def test_the_younger_brother_is_not_the_older_one(selector):
    assert selector.select("mi hermano menor at the beach").action == "none"
    assert _families(selector, "mi hermano mayor at the beach") == {"diego"}
    off = without(selector, "seniority_word_of_the_language")
    assert selector.select("my petit frère at the beach").action == "none"
    assert "diego" in _families(off, "my petit frère at the beach")


def test_clergy_words():
    assert role_word("granthi") and role_word("imam") and role_word("nun") and role_word("pujari")
    assert not role_word("plumber") and not role_word("brother") and not role_word("father")
    assert home_food("jollof") and not home_food("bread") and not home_food("plumber")


def test_a_clergy_word_of_the_family_language_finds_the_priest(selector):
    assert _families(selector, "the pari at the fiesta") == {"ramon"}


def test_a_cleric_no_card_is_names_nobody(selector):
    assert "ravi" not in _families(selector, "the pandit sharma at the mandir")
    off = without(selector, "role_names_someone_else")
    assert "ravi" in _families(off, "the pandit sharma at the mandir")


def test_a_food_typed_in_another_form_of_a_pets_name(selector):
    assert "varenyk" not in _families(selector, "varenyky with sour cream and dill")
    off = without(selector, "food_typed_for_a_name")
    assert "varenyk" in _families(off, "varenyky with sour cream and dill")
