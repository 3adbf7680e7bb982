"""A request that fits several of the user's cards asks which; one about someone the repository
does not hold stays none. Rules `shared_labels_describe_lookalikes` (lookalikes.py) and
`role_word_after_a_relative_is_a_name` (relations.py, reasoner.py),
`outsiders_possession_is_nobodys_here` (reasoner.py). Invented catalogs: a
Hungarian beekeeper's household and a Ghanaian taxi driver's family."""

from __future__ import annotations

import pytest

from personalq.checkin.relations import role_word_name
from personalq.checkin.rules import FINER_KIND_LABEL, LOOKALIKE_LABELS, OUTSIDER_POSSESSOR
from personalq.checkin.text import tokenize
from personalq.checkin.select import Selector
from checkin_testdata import subject_card as _card


BEEKEEPER = [
    _card("dio", "Dió", "dog", ["pet", "dog", "vizsla", "red"],
          "Dió, our red Vizsla, 4: short russet coat, leather collar, always in the orchard."),
    _card("mogyoro", "Mogyoró", "dog", ["pet", "dog", "vizsla", "red"],
          "Mogyoró, my father's red Vizsla, 9: greying muzzle, green collar."),
    _card("bodri", "Bodri", "dog", ["pet", "dog", "puli"],
          "Bodri, our black corded Puli, a mop on legs."),
    _card("zsofi", "Zsófi", "woman", ["wife", "person", "woman"],
          "My wife, Zsófi, at 38: red headscarf, flour on her apron."),
    _card("bence", "Bence", "boy", ["son", "child", "boy"],
          "My son, Bence, at 10: red football shirt, scabbed knees."),
    _card("lada", "The Lada", "van", ["vehicle", "van"],
          "Our old red Lada van with the hive racks on the roof."),
    _card("kaptar", "Hive Row", "beehive", ["place", "apiary"],
          "Our red-painted hives along the acacia wood."),
]

TAXI = [
    _card("kwame", "Kwame", "man", ["me", "person", "man"],
          "Me, Kwame, at 45: taxi driver in Kumasi, kente cap."),
    _card("akosua", "Akosua", "woman", ["wife", "person", "woman"],
          "My wife, Akosua, at 41: sells cloth at Kejetia market."),
    _card("yaw", "Yaw", "man", ["brother", "person", "man"],
          "My younger brother, Yaw, at 38: mechanic, oily overalls."),
    _card("kojo", "Kojo", "boy", ["son", "child", "boy"],
          "My son, Kojo, at 12: school uniform, football under his arm."),
    _card("simba", "Simba", "cat", ["pet", "cat"],
          "Simba, our tabby cat, asleep on the taxi roof."),
    _card("bola", "Bola", "goat", ["pet", "goat"],
          "Bola, the landlord's goat we look after: white, with a black beard."),
]


@pytest.fixture(scope="module")
def beekeeper(selector_on) -> Selector:
    return selector_on(BEEKEEPER)


@pytest.fixture(scope="module")
def taxi(selector_on) -> Selector:
    return selector_on(TAXI)


def test_breed_and_a_label_both_cards_carry_ask_which(beekeeper):
    d = beekeeper.select("a red vizsla running through the orchard")
    assert d.action == "clarify" and {beekeeper.by_id[i].family for i in d.options} == \
        {"dio", "mogyoro"}, (d.action, d.options)
    # round 19's finer_kind_is_the_owners_label asks too (the breed is a one-word tag of both
    # and the colour both know): switch both off
    off = Selector(beekeeper.store, disabled_rules=frozenset({LOOKALIKE_LABELS, FINER_KIND_LABEL}))
    assert off.select("a red vizsla running through the orchard").action == "none"


@pytest.mark.parametrize("request_", [
    "a red dog running through the orchard",  # the class noun: any dog
    "a red apple on a plate",  # another thing the label only describes
])
def test_the_class_noun_or_another_head_stays_generic(beekeeper, request_):
    assert beekeeper.select(request_).action == "none"


def test_role_word_after_a_relative_is_a_name_no_card_has(taxi):
    assert taxi.select("my cousin hunter fixing a bicycle").action == "none"


@pytest.mark.parametrize("word, is_name", [
    ("hunter", True), ("mason", True),  # occupations that are given names
    ("friend", False), ("sister", False), ("market", False),  # anyone, kinship, a thing
])
def test_role_word_name(word, is_name):
    assert role_word_name(tokenize(word)[0]) is is_name


def test_the_relative_named_by_a_card_is_still_selected(taxi):
    d = taxi.select("my brother yaw fixing a bicycle")
    assert d.action == "select" and d.checkpoints == ["yaw"], (d.action, d.checkpoints)


def test_an_outsiders_pet_is_nobodys_here(taxi):
    assert taxi.select("the tailor's cat asleep on a wall").action == "none"
    off = Selector(taxi.store, disabled_rules=frozenset({OUTSIDER_POSSESSOR}))
    assert off.select("the tailor's cat asleep on a wall").action == "select"


@pytest.mark.parametrize("request_, card", [
    ("the landlord's goat in the yard", "bola"),  # a card says whose it is
    ("my wife's cat asleep on a wall", "simba"),  # a relative's
])
def test_a_possessor_the_cards_know_still_selects(taxi, request_, card):
    d = taxi.select(request_)
    assert d.action == "select" and d.checkpoints == [card], (d.action, d.checkpoints)
