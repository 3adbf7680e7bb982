"""A second concept named without a capital (second.py): a LoRA's coined name that is no English
word, a pet's name as the object of a verb done to beings, and the owner's own place or vehicle
after "the"/"our" beside a chosen subject. Invented catalog."""

from __future__ import annotations

import pytest

from personalq.checkin import second
from checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("rodel", "Rodel", "man", ["person", "man", "uncle"],
                 "Rodel Santos, my uncle, a fisherman with a straw hat and a moustache."),
    subject_card("mochi", "Mochi", "dog", ["pet", "dog", "shiba"],
                 "Mochi, our red shiba inu with a curly tail."),
    subject_card("kimchi", "Kimchi", "rabbit", ["pet", "rabbit", "lop"],
                 "Kimchi, our white lop rabbit, in her run."),
    subject_card("bao", "Bao", "truck", ["vehicle", "truck", "pickup"],
                 "Bao, our old green delivery truck with a dented bumper."),
    subject_card("eatery", "Pho Linh Kitchen", "restaurant", ["place", "restaurant"],
                 "Pho Linh Kitchen, our family noodle restaurant with red lanterns."),
    lora_card("jeepney", "Jeepney", "concept", "minibus", ["vehicle", "minibus", "chrome"],
              "Jeepney: a chrome-covered Filipino minibus painted with saints and horses."),
    lora_card("matatu", "Matatu", "concept", "minibus", ["vehicle", "minibus", "graffiti"],
              "Matatu: a Nairobi minibus with neon lights and airbrushed graffiti."),
    lora_card("kantha", "Kantha Quilt", "style", "style", ["style", "textile", "stitch"],
              "Kantha Quilt: running-stitch embroidery on layered old saris."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _families(selector, decision) -> set[str]:
    return {selector.by_id[i].family for i in decision.checkpoints}


@pytest.mark.parametrize("request_, families, rule", [
    ("Rodel driving a jeepney past neon graffiti", {"rodel", "jeepney"}, second.LOWER_CASE_NAME),
    ("Mochi as a puppy chasing kimchi", {"mochi", "kimchi"}, second.LOWER_CASE_NAME),
    ("Bao parked by the old restaurant", {"bao", "eatery"}, second.OWNED_THING),
])
def test_a_second_concept_named_in_lower_case_joins(selector, request_, families, rule):
    assert _families(selector, selector.select(request_)) == families
    assert _families(selector, without(selector, rule).select(request_)) != families


@pytest.mark.parametrize("request_, family", [
    ("Bao parked by a restaurant", "eatery"),  # any restaurant, not ours
    ("Rodel feeding the ducks by a minibus", "jeepney"),  # no name: the kind alone
])
def test_no_second_concept_without_a_name_or_an_owner(selector, request_, family):
    assert family not in _families(selector, selector.select(request_))
