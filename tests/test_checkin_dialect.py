"""Dialect possessives ("me sister", "oor wean", "mi granny": dialect.py) and the owner's
endearment for a relative ("our kid" for a younger brother: relations.family_facts), on an
invented Australian shearer's household and on words alone."""

from __future__ import annotations

import pytest

from personalq.checkin.dialect import standard_possessives
from personalq.checkin.select import Selector


def _card(cid, name, noun, description, tags, kind="subject", family=None, version=1):
    return {"id": cid, "name": name, "trigger": f"<{cid}>", "class_noun": noun, "kind": kind,
            "family": family or cid.rsplit("-v", 1)[0], "version": version,
            "created_at": f"2025-0{version}-01", "description": description, "tags": tags}


CARDS = [
    _card("darcy-v1", "Darcy", "man", "Me, Darcy, at 48: shearing singlet, mullet, sunburnt arms.",
          ["me", "person", "man"]),
    _card("darcy-v2", "Darcy", "man", "Me, Darcy, at 51: grey stubble, akubra hat, hi-vis shirt.",
          ["me", "person", "man"], version=2),
    _card("shazza-v1", "Shazza", "woman", "Me sister, Shazza, at 45: hairdresser, bleached "
          "pixie cut, leopard-print smock.", ["sister", "person", "woman"]),
    _card("tane-v1", "Tane", "man", "Our kid, me younger brother Tane, at 39: rugby league "
          "jersey, tattooed forearms.", ["brother", "person", "man"]),
    _card("jayden-v1", "Jayden", "boy", "My son, Jayden, at 11: footy boots, freckles, "
          "missing tooth.", ["son", "child", "boy"]),
    _card("kylie-v1", "Kylie", "girl", "My daughter, Kylie, at 7: pigtails, pony club "
          "jodhpurs.", ["daughter", "child", "girl"]),
    _card("outback-oils-v1", "Outback Oils", "oil painting", "Thick impasto oil painting of "
          "red dirt, gum trees and a hard blue sky.", ["style", "painting"], kind="style"),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("typed, standard", [
    ("me sister at the salon", "my sister at the salon"),
    ("me eldest with a cricket bat", "my eldest with a cricket bat"),
    ("me in me old work boots", "me in my old work boots"),
    ("oor granda at the bowling green", "our granda at the bowling green"),
    ("wor lass at the allotment", "our lass at the allotment"),
    ("mi granny by the bakery oven", "my granny by the bakery oven"),
    ("Me cousin, Aroha, at 30", "My cousin, Aroha, at 30"),
])
def test_dialect_possessive_is_my(typed, standard):
    assert standard_possessives(typed) == standard


@pytest.mark.parametrize("typed", [
    "me in a hi-vis shirt", "me and the dog at the dam", "me, Aroha and the kids",
    "me stood by the shed", "me sanding the ute tray", "me n aroha at the pub", "paint me a kookaburra",
    "ma watering the tomatoes", "me from summer 2019", "me summer before last",
    "Me, Darcy, at 48",
])
def test_me_as_the_person_drawn_stays(typed):
    assert standard_possessives(typed, frozenset({"aroha"})) == typed


def test_dialect_card_is_no_owner_card(selector):
    """"Me sister, <name>, ..." is the owner's sister: "me" alone is the owner, newest."""
    assert selector.select("me on the quad bike").checkpoints == ["darcy-v2"]
    assert selector.select("me sister at the salon").checkpoints == ["shazza-v1"]


def test_endearment_names_the_brother_not_a_child(selector):
    assert selector.select("our kid at the footy").checkpoints == ["tane-v1"]
    assert selector.select("me eldest with a cricket bat").checkpoints == ["jayden-v1"]
    assert sorted(selector.select("the kids at the beach").checkpoints) == \
        ["jayden-v1", "kylie-v1"]


def test_rules_are_named_and_switch_off():
    from personalq.catalog.card import Card
    from personalq.checkin.dialect import DIALECT_POSSESSIVE, standard_cards
    from personalq.checkin.rules import ALL_RULES
    assert {"possessive_determiner_of_a_dialect", "endearment_beside_a_stated_relation"} <= \
        set(ALL_RULES)
    cards = [Card.from_dict(CARDS[2])]
    assert standard_cards(cards)[0].description.startswith("My sister")
    assert standard_cards(cards, frozenset({DIALECT_POSSESSIVE}))[0].description.startswith("Me")


def test_speaker_after_and_is_a_person_of_their_own(selector):
    """"<relative> and me": the pronoun is no adjective coordinated with the kinship word."""
    assert sorted(selector.select("our kid and me at the footy").checkpoints) == \
        ["darcy-v2", "tane-v1"]
    assert sorted(selector.select("me sister and me at the races").checkpoints) == \
        ["darcy-v2", "shazza-v1"]


def test_little_one_is_the_youngest(selector):
    from personalq.checkin.dialect import youngest_child
    assert youngest_child("the wee yin on the swings") == "the wee one on the swings"
    assert youngest_child("a funny little unicorn") == "a funny little unicorn"
    assert selector.select("the little un in her pony club jodhpurs").checkpoints == ["kylie-v1"]


def test_endearment_needs_the_cards_own_possessive(selector):
    """The cards say "Our kid" of the brother: "my kid" is the owner's child (two: asked)."""
    assert selector.select("my kid at the rodeo").action == "clarify"


def test_a_dropped_g_is_restored_on_rare_verbs_spelt_as_english_spells_them():
    """The variety drops the g of any -ing form, also of verbs the encoder's word list lacks;
    the restored form must be the one English spells (a slip is not made a verb)."""
    from personalq.checkin.dialect import g_restored, spelt_as_english_ing
    names = frozenset({"tamsin"})
    assert g_restored("tamsin skimmin stones by the loch", names) == "tamsin skimming stones by the loch"
    assert g_restored("the ewe bleatin at the gate", names) == "the ewe bleating at the gate"
    assert g_restored("grandpa whittlin a spoon", names) == "grandpa whittling a spoon"
    assert g_restored("a robin in the cabin", names) == "a robin in the cabin"  # English nouns stay
    assert spelt_as_english_ing("cut", "cutting") and not spelt_as_english_ing("rub", "rubing")
    assert spelt_as_english_ing("tie", "tying") and spelt_as_english_ing("visit", "visiting")
