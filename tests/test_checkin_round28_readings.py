"""Readings found at round 28's first contact, each tested on invented households (a
Ghanaian-Dutch bakery family in Rotterdam and a Shetland crofter's family) and switched off where
it is a named rule:
- the speaker's pronoun before "and" takes no coordinated word: "me and <name>" is two people
  (coordinated_relatives_are_two_people), and "me n ..." is "me and ..."
  (and_typed_short_between_people);
- a name in apposition after the owner's kin word ("My elder brother <Name> at ...") is what the
  owner calls that person (given_name_in_the_description, aliases.name_after_the_relation);
- a name of two words typed as one (name_typed_without_its_space);
- a kinship word the cards write only as a title before a name tells no one apart
  (title_before_a_name_is_no_name);
- a title's full stop ("Mr.") does not end a card's opening phrase (options.opening_phrase), so
  "our neighbour Mr. <Surname>'s dog" is the neighbour's;
- a year the description states is when the version's pictures were taken
  (year_the_description_states)."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import name_after_the_relation
from personalq.checkin.features import CLOSED_NAMES
from personalq.checkin.options import opening_phrase
from personalq.checkin.rules import STATED_YEAR, TITLE_BEFORE_A_NAME
from tests.checkin_testdata import clarify_options, selected, subject_card, without

BAKERY = [
    subject_card("me", "Abena", "woman", ["me", "person"],
                 "Me, Abena, at 41 behind the counter of our bakery: flour on my apron, gold hoops."),
    subject_card("kwabena", "Kwabena", "man", ["brother", "person"],
                 "My elder brother Kobby at his wedding: kente stole, gold watch."),
    subject_card("yaw", "Yaw", "man", ["brother", "person"],
                 "My younger brother Yaw ('Brother Yaw' to the kids), the bread baker: flat cap."),
    subject_card("anouk", "Anouk", "woman", ["friend", "person"],
                 "Anouk, who rents the flat upstairs: red bicycle, yellow raincoat."),
    subject_card("teashop-man", "Xu Li", "man", ["person", "man"],
                 "Xu Li, the tea-shop owner two doors down: round glasses, grey cardigan."),
    subject_card("van", "Oliebol", "van", ["van", "vehicle"],
                 "Our white delivery van Oliebol with the bakery's logo on the side."),
    subject_card("pepper", "Pepper", "dog", ["pet", "dog", "border collie"],
                 "Our dog Pepper: black-and-white border collie, one blue eye."),
    subject_card("skye", "Skye", "dog", ["dog", "border collie", "neighbour"],
                 "Skye, our neighbour Mr. Visser's dog: black-and-white border collie, red collar."),
]

CROFT = [
    {"id": "magnus-v1", "name": "Magnus", "trigger": "mgns man", "class_noun": "man",
     "kind": "subject", "family": "magnus", "version": 1, "created_at": "2021-03-01",
     "description": "Me, Magnus, at the Up Helly Aa in 2012 (scanned photos): red beard, horned helmet.",
     "tags": ["me", "person"]},
    {"id": "magnus-v2", "name": "Magnus", "trigger": "mgns man", "class_noun": "man",
     "kind": "subject", "family": "magnus", "version": 2, "created_at": "2022-05-01",
     "description": "Me, Magnus, shearing at the croft in 2019: beard going grey, blue overalls.",
     "tags": ["me", "person"]},
    {"id": "magnus-v3", "name": "Magnus", "trigger": "mgns man", "class_noun": "man",
     "kind": "subject", "family": "magnus", "version": 3, "created_at": "2025-09-01",
     "description": "Me, Magnus, now: grey beard, fleece, wellies.", "tags": ["me", "person"]},
]


@pytest.fixture(scope="module")
def bakery(selector_on):
    return selector_on(BAKERY)


@pytest.fixture(scope="module")
def croft(selector_on):
    return selector_on(CROFT)


def test_me_and_a_name_are_two_people(bakery):
    assert sorted(selected(bakery, "me and yaw at the market stall")) == ["me", "yaw"]
    # "n" after the speaker's "me" is "and" whatever follows (and_typed_short_between_people)
    assert sorted(selected(bakery, "me n the delivery van at the market")) == ["me", "van"]


def test_a_name_after_the_owners_kin_word_is_the_persons(bakery):
    assert selected(bakery, "kobby at the beach") == ["kwabena"]
    assert name_after_the_relation("My elder brother Kobby at his wedding") == ["kobby"]
    # inside a sentence, a possessor, or a full name in the culture's own order: no name read
    assert name_after_the_relation("The daughter of my friend Hana, aged eight") == []
    assert name_after_the_relation("My brother Kofi's son at seven") == []
    assert name_after_the_relation("My mother Boateng Ama Serwaa at 70") == []


def test_a_name_typed_without_its_space_is_the_name(bakery):
    assert selected(bakery, "xuli pouring tea") == ["teashop-man"]
    assert selected(without(bakery, CLOSED_NAMES), "xuli pouring tea") != ["teashop-man"]


def test_a_kin_title_before_a_name_tells_no_brother_apart(bakery):
    assert clarify_options(bakery.select("my brother at the oven")) == {"kwabena", "yaw"}
    assert selected(without(bakery, TITLE_BEFORE_A_NAME), "my brother at the oven") == ["yaw"]


def test_a_titles_full_stop_keeps_the_neighbours_dog_the_neighbours(bakery):
    assert opening_phrase("Skye, our neighbour Mr. Visser's dog: red collar") == \
        "Skye, our neighbour Mr. Visser's dog"
    assert opening_phrase("Our dog Bo. He is old") == "Our dog Bo"
    assert selected(bakery, "our border collie in the snow") == ["pepper"]


def test_a_year_the_description_states_picks_that_version(croft):
    assert selected(croft, "me in 2019 at the croft") == ["magnus-v2"]
    assert selected(croft, "me in 2012") == ["magnus-v1"]
    # trained in 2021 and 2022: the version trained nearest 2019 is the older one
    assert selected(without(croft, STATED_YEAR), "me in 2019 at the croft") == ["magnus-v1"]
