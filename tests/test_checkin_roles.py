"""Relation words that name a role, no relative: rule activity_noun_makes_a_role (a pursuit noun
before a kinship word: "tennis partner", "work wife") and rule
stated_spouse_makes_a_partner_an_associate ("partner" beside a named spouse is the work sense).
Invented families: a bakery owner in Ghent and a cycling household in Denver."""

from __future__ import annotations

import pytest

from checkin_testdata import subject_card as card
from personalq.checkin import rules
from personalq.checkin.relations import ROLE, card_facts, role_modifier
from personalq.checkin.select import Selector

BAKERY = [
    card("an", "An", "woman", ["me", "person", "woman"], "Me, An, with a flour-dusted apron."),
    card("wout", "Wout", "man", ["husband", "person", "man"],
         "Wout, my husband, tall with a red beard."),
    card("liesl", "Liesl", "woman", ["friend", "person", "woman"],
         "Liesl, my partner at the bakery, short grey bob and round glasses."),
    card("mila", "Mila", "girl", ["daughter", "child", "girl"], "Our daughter Mila, aged seven."),
    card("joris", "Joris", "boy", ["son", "child", "boy"], "Our son Joris, aged ten."),
]

CLIMBERS = [
    card("jo", "Jo", "woman", ["me", "person", "woman"], "Me, Jo, in a chalk-stained hoodie."),
    card("ravi", "Ravi", "man", ["person", "man"],
         "Ravi, my cycling partner, lean with a shaved head."),
    card("tess", "Tess", "woman", ["wife", "person", "woman"], "My wife Tess, with freckles."),
]


@pytest.fixture(scope="module")
def bakery(selector_on) -> Selector:
    return selector_on(BAKERY)


@pytest.fixture(scope="module")
def climbers(selector_on) -> Selector:
    return selector_on(CLIMBERS)


def _picked(selector: Selector, request: str):
    d = selector.select(request)
    return d.action, d.checkpoints


def test_a_pursuit_noun_makes_a_role():
    for modifier, head in [("tennis", "partner"), ("business", "partner"), ("work", "wife"),
                           ("dance", "partner"), ("squash", "partner")]:
        assert role_modifier(modifier, head), (modifier, head)
    for modifier, head in [("second", "wife"), ("late", "husband"), ("baby", "brother"),
                           ("twin", "sister"), ("house", "husband"), ("future", "wife"),
                           ("loving", "wife")]:
        assert not role_modifier(modifier, head), (modifier, head)


def test_a_role_on_a_card_states_no_spouse():
    facts = card_facts("Ravi, my cycling partner, lean with a shaved head.")
    assert [f.rel for f in facts] == [ROLE]


@pytest.mark.parametrize("request_, expected", [
    ("my husband reading the paper", ("select", ["wout"])),  # the partner at work is no husband
    ("my business partner kneading dough", ("select", ["liesl"])),
    ("liesl's kids at the beach", ("none", [])),  # a work partner's children are not ours
    ("mila's dad on a bike", ("select", ["wout"])),
])
def test_partner_beside_a_spouse_is_an_associate(bakery, request_, expected):
    assert _picked(bakery, request_) == expected


@pytest.mark.parametrize("request_, expected", [
    ("my wife at the crag", ("select", ["tess"])),
    ("my cycling partner on a wall", ("select", ["ravi"])),
])
def test_a_role_compound_is_read_on_both_sides(climbers, request_, expected):
    assert _picked(climbers, request_) == expected


def test_rules_are_registered():
    assert rules.ROLE_COMPOUND and rules.ONE_SPOUSE
