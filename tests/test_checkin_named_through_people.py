"""People named through a named person (relations.py): an age or seniority word between the
possessor and the relative ("my brother's baby girl", "<X>'s little boy"), an -ing verb after
the relative ("<X>'s daughter flying a kite"), a child of the owner's named by birth order as a
possessor ("my middle one's boy"), a child stated to be another person's left out of "<X>'s
girl" composed through X, and a pet whose card names its owner by relation reached by the
owner's name ("<sister's name>'s pug" for "my sister's pug").
Invented household: a Vietnamese-American grandmother in Houston; card phrases of Turkish and
Swahili-speaking households for the card reading."""

from __future__ import annotations

import pytest

from checkin_testdata import subject_card as card, without
from personalq.checkin import rules
from personalq.checkin.kinship import Rel
from personalq.checkin.relations import OWNER, KinReading, card_facts, reference
from personalq.checkin.text import tokenize
from personalq.checkin.select import Selector

FAMILY = [
    card("thuy", "Thuy", "woman", ["person", "woman", "me"],
         "Me, Thuy, at 64 in my nail salon: reading glasses on a chain, pink smock."),
    card("hoang", "Hoang", "man", ["person", "man"],
         "Hoang, my older brother, a shrimp boat captain: sun-browned, bucket hat."),
    card("mai", "Mai", "baby", ["person", "baby"],
         "Mai, my brother's baby girl, at eight months: chubby cheeks, jade bracelet."),
    card("huong", "Huong", "woman", ["person", "woman"],
         "Huong, my daughter and our eldest, a pharmacist: bob haircut, white coat."),
    card("minh", "Minh", "man", ["person", "man"],
         "Minh, my son, my middle one, a mechanic: grease on his hands, cap backwards."),
    card("an", "An", "girl", ["person", "girl", "granddaughter"],
         "An, Huong's little girl, at 4: pigtails, yellow raincoat."),
    card("vy", "Vy", "girl", ["person", "girl", "granddaughter"],
         "Vy, Minh's girl, at 9: braces, violin case."),
    card("tuan", "Tuan", "boy", ["person", "boy", "grandson"],
         "Tuan, my middle one's boy, at 12: buzz cut, soccer cleats."),
    card("lan", "Lan", "woman", ["person", "woman"],
         "Lan, my younger sister, who lives in San Jose: long hair, floral ao dai."),
    card("kim", "Kim", "woman", ["person", "woman"],
         "Kim, my sister-in-law, Hoang's wife: short perm, gold earrings."),
    card("bao", "Bao", "boy", ["person", "boy"],
         "Bao, Hoang's little boy, at 3: bowl cut, toy truck."),
    card("bun", "Bun", "dog", ["dog", "pug"],
         "Bun, my sister's fawn pug: black mask, curly tail, red collar."),
    card("xoai", "Xoai", "dog", ["dog", "pug"],
         "Xoai, our family's old pug with a grey muzzle."),
]


@pytest.fixture(scope="module")
def family(selector_on) -> Selector:
    return selector_on(FAMILY, PERSONALQ_TODAY="2026-11-01")


def picks(decision) -> set[str]:
    return set(decision.checkpoints) if decision.action in ("select", "multi") else set()


@pytest.mark.parametrize("text, anchor, rel", [
    ("Elif, my brother's baby girl, at six months.", OWNER, Rel("nibling", "f")),
    ("Emre, Ayla's little boy, at three.", "ayla", Rel("child", "m")),
    ("Baraka, my wife's older brother, a teacher in Mombasa.", OWNER,
     Rel("sibling", "m", in_law=True)),
])
def test_an_age_word_after_the_possessive_keeps_the_relation(text, anchor, rel):
    facts = card_facts(text)
    assert any(f.anchor == anchor and f.rel.kind == rel.kind and f.rel.gender == rel.gender and
               f.rel.in_law == rel.in_law for f in facts), facts


def test_a_possessor_by_birth_order_is_read_on_a_card():
    assert [f.anchor for f in card_facts("Tuan, my middle one's boy, at 12.")] == ["#middle"]
    assert [f.anchor for f in card_facts("Tuan, my middle one's boy.", orders=False)] != ["#middle"]


def test_the_brothers_daughter_doing_something_is_the_baby_girl(family):
    decision = family.select("hoang's daughter at the beach")
    assert picks(decision) == {"mai"}
    off = without(family, rules.MODIFIED_RELATIVE).select("hoang's daughter at the beach")
    assert picks(off) != {"mai"}


def test_an_ing_verb_ends_the_relatives_phrase(family):
    text = "Zawadi's son seeing elephants"
    ref = reference(tokenize(text), text, 0)
    assert ref is not None and ref.anchor == "zawadi" and ref.word == "son"
    off = KinReading(disabled=frozenset({rules.PARTICIPLE_AFTER}))
    assert reference(tokenize(text), text, 0, off) is None  # "elephants" looked like the head
    assert picks(family.select("hoang's daughter building a sandcastle")) == {"mai"}


def test_a_child_stated_anothers_is_not_the_named_daughters(family):
    assert picks(family.select("Huong's girl on a swing")) == {"an"}
    off = without(family, rules.CHILD_OF_ANOTHER).select("Huong's girl on a swing")
    assert picks(off) != {"an"}


def test_the_middle_ones_boy_is_the_grandson_through_the_middle_child(family):
    assert picks(family.select("the middle one's boy with a soccer ball")) == {"tuan"}
    assert picks(family.select("minh's boy with a soccer ball")) == {"tuan"}
    off = without(family, rules.ORDER_POSSESSES).select("the middle one's boy with a soccer ball")
    assert picks(off) != {"tuan"}


def test_a_pet_of_my_sister_is_reached_by_her_name(family):
    assert picks(family.select("lan's pug asleep on a cushion")) == {"bun"}
    off = without(family, rules.OWNED_BY_RELATION).select("lan's pug asleep on a cushion")
    assert picks(off) != {"bun"}


def test_a_child_stated_the_spouses_is_the_named_persons_too(family):
    assert picks(family.select("kim's boy with a toy truck")) == {"bao"}
