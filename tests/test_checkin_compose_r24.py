"""Compositions of round 24: a being's name after "and" beside another being is a noun phrase of
its own (the word after it starts the predicate, it modifies no noun), and a concept named by a
kind of its class is not asked for by a compound naming another kind of that thing. The cards
are invented: a Brazilian bakery family in Lisbon with a hat concept and a hammock concept."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import CONJUNCT_OF_A_BEING, NOUN_MODIFIER_OTHER_KIND
from tests.checkin_testdata import lora_card, selected, subject_card, without

FAMILY = [
    subject_card("graca", "Graça", "woman", ["me", "person", "woman"],
                 "Me, Graça, at 51: grey curls, flour on the apron, gold hoops."),
    subject_card("tiago", "Tiago", "man", ["husband", "person", "man"],
                 "My husband Tiago at 55: bald, white moustache, striped baker's shirt."),
    subject_card("farofa", "Farofa", "dog", ["pet", "dog", "mutt"],
                 "Our dog Farofa: sandy caramel mutt with one floppy ear."),
    subject_card("pipoca", "Pipoca", "cat", ["pet", "cat"],
                 "Our cat Pipoca: white cat with black patches, sleeps on the bread bins."),
    lora_card("panama", "Panama Hat", "concept", "hat", ["clothing", "hat", "panama"],
              "Panama hat: woven toquilla straw, black band, pinched crown."),
    lora_card("rede", "Rede Hammock", "concept", "hammock", ["object", "hammock"],
              "A striped cotton rede hammock with tassels, strung between two posts."),
]


@pytest.fixture(scope="module")
def family(selector_on):
    return selector_on(FAMILY)


@pytest.mark.parametrize("request_, meant", [
    ("pipoca and farofa zoomies on the rug", {"pipoca", "farofa"}),
    ("me and tiago forró at the festa junina", {"graca", "tiago"}),
    ("tiago e farofa siesta under the awning", {"tiago", "farofa"}),
])
def test_a_name_after_and_beside_a_being_heads_its_phrase(family, request_, meant):
    assert set(selected(family, request_)) == meant
    assert set(without(family, CONJUNCT_OF_A_BEING).select(request_).checkpoints) != meant


@pytest.mark.parametrize("request_", [
    "farofa in a carnival hat",
    "tiago in a birthday hat by the oven",
])
def test_a_noun_before_the_class_word_names_another_kind(family, request_):
    assert "panama" not in selected(family, request_)
    assert "panama" in without(family, NOUN_MODIFIER_OTHER_KIND).select(request_).checkpoints


def test_the_concepts_own_kind_still_joins(family):
    assert set(selected(family, "tiago in a panama hat by the oven")) == {"tiago", "panama"}
