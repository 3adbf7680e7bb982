"""A being's name borrowed from an ordinary word, typed bare as the object of a verb whose object
is a thing (checkin/ordinary.py, rule object_of_a_verb_for_things), and a vehicle word among a
vehicle's tags that says its use, not its build (synonyms.service_groups). Invented catalog."""

from __future__ import annotations

import pytest

from personalq.checkin.ordinary import verb_for_things
from checkin_testdata import lora_card, subject_card, without

RULE = "object_of_a_verb_for_things"

CARDS = [
    subject_card("blessing", "Blessing", "woman", ["person", "woman", "neighbour"],
                 "Blessing Okafor, our neighbour, braids and a big laugh."),
    subject_card("adobo", "Adobo", "cat", ["pet", "cat", "tabby"],
                 "Adobo, our brown tabby cat, asleep on the rice sack."),
    subject_card("pepper", "Pepper", "dog", ["pet", "dog", "terrier"],
                 "Pepper, our scruffy grey terrier."),
    subject_card("lola", "Lola Nena", "woman", ["person", "grandmother"],
                 "Lola Nena, my grandmother, in her floral duster."),
    lora_card("bajaj", "Bajaj", "concept", "three-wheeler", ["vehicle", "three-wheeler", "taxi"],
              "Bajaj: a blue three-wheeler taxi with a canvas roof."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def test_verbs_whose_object_is_a_thing():
    assert verb_for_things("frying", "adobo") and verb_for_things("grilling", "pepper")
    assert verb_for_things("saying", "blessing")  # a prayer is said
    for form in ("chasing", "feeding", "brushing", "hugging", "walking"):  # done to beings
        assert not verb_for_things(form, "pepper"), form


@pytest.mark.parametrize("request_, family", [
    ("lola nena frying adobo in the wok", "adobo"),
    ("the kids grilling pepper at the beach", "pepper"),
    ("the priest saying blessing over the new boat", "blessing"),
])
def test_the_thing_a_verb_takes_is_no_name(selector, request_, family):
    chosen = {selector.by_id[i].family for i in selector.select(request_).checkpoints}
    assert family not in chosen
    before = without(selector, RULE).select(request_)
    assert family in {selector.by_id[i].family for i in before.checkpoints + before.options}


@pytest.mark.parametrize("request_, family", [
    ("my son chasing pepper in the yard", "pepper"),
    ("lola nena feeding adobo on the porch", "adobo"),
    ("Blessing frying plantain in the yard", "blessing"),
])
def test_a_being_the_verb_can_take_keeps_its_name(selector, request_, family):
    chosen = {selector.by_id[i].family for i in selector.select(request_).checkpoints}
    assert family in chosen


def test_a_taxi_tag_gives_no_car_names_to_a_three_wheeler(selector):
    assert selector.select("a yellow cab outside the airport").action == "none"
    assert selector.select("the bajaj outside the airport").checkpoints == ["bajaj"]
