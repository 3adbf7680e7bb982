"""Round-19 look-alike rules on an invented household: whose a look-alike is when its card says so
through a chain of possessives (last_possessor_of_a_chain_owns) or with "of"
(possessor_after_of_owns), and "a <breed> <doing something>" over the owner's look-alikes of that
breed (finer_kind_is_the_owners_label)."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, selected, subject_card, without
from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.options import household_names, stated_owner
from personalq.checkin.select import Selector

# A Hungarian beekeeper's household: three curly herding dogs of one breed (ours, the husband's
# grandfather's, the neighbour's), a tabby cat, the husband and his grandmother.
CARDS = [
    subject_card("zsofia", "Zsofia", "woman", ["me", "person", "woman"],
                 "Me, Zsofia, at 38, veil pushed back, smoker in hand."),
    subject_card("gergo", "Gergo", "man", ["person", "man", "husband"],
                 "Gergo, my husband, 40, red beard, bee suit."),
    subject_card("ilona", "Ilona", "woman", ["person", "woman", "grandmother"],
                 "Ilona, my husband's grandmother, 88, black headscarf, walking stick."),
    subject_card("bogar", "Bogar", "dog", ["pet", "dog", "pumi"],
                 "Bogar, our pumi: curly grey coat, perky ears, blue collar."),
    subject_card("villam", "Villam", "dog", ["dog", "pumi"],
                 "Villam, my husband's grandfather's pumi: curly black coat, grey muzzle."),
    subject_card("csoki", "Csoki", "dog", ["neighbour", "dog", "pumi"],
                 "Csoki, the pumi of the neighbours by the lane: curly brown coat, torn ear."),
    subject_card("cirmi", "Cirmi", "cat", ["pet", "cat", "tabby"],
                 "Cirmi, our tabby cat, asleep on the hive lids."),
]

DOGS = {"bogar", "villam", "csoki"}


def _cards() -> dict[str, Card]:
    return {c["id"]: Card(**c) for c in CARDS}


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def test_the_last_possessor_of_a_chain_owns_it() -> None:
    cards = _cards()
    household = household_names(list(cards.values()))
    assert "gergo" in household and "ilona" not in household  # the husband's grandmother
    assert stated_owner(cards["villam"], household) == "other"
    off = frozenset({rules.LAST_POSSESSOR})
    assert "ilona" in household_names(list(cards.values()), off)
    assert stated_owner(cards["villam"], household, disabled=off) is None


def test_a_person_after_of_owns_it() -> None:
    cards = _cards()
    assert stated_owner(cards["csoki"]) == "other"
    assert stated_owner(cards["bogar"]) == "mine"
    place = Card(**subject_card("fules", "Fules", "dog", ["dog", "pumi"],
                                "Fules, the stray pumi of Szeged market who naps under our stall."))
    assert stated_owner(place) != "other"  # a place is no owner
    assert stated_owner(cards["csoki"], disabled=frozenset({rules.OF_OWNER})) is None


def test_our_breed_is_our_own(selector) -> None:
    assert selected(selector, "our pumi rolling in the clover") == ["bogar"]
    off = without(selector, rules.LAST_POSSESSOR, rules.OF_OWNER)
    assert selected(off, "our pumi rolling in the clover") != ["bogar"]


def test_a_breed_only_our_lookalikes_are_asks_which(selector) -> None:
    assert clarify_options(selector.select("a pumi herding geese by the pond")) == DOGS
    assert selector.select("a dog herding geese by the pond").action == "none"
    assert clarify_options(selector.select("a pumi with a curly coat in the shade")) == DOGS
    # a detail only one of them has is no description of all three
    assert clarify_options(selector.select("a pumi with a torn ear in the shade")) != DOGS
    off = without(selector, rules.FINER_KIND_LABEL)
    assert off.select("a pumi herding geese by the pond").action == "none"
