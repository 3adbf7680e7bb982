"""People named through other people: a group possessor ("the children's dad", "the kids nan"
without an apostrophe, "<A> and <B>'s grandpa", "a grandparent of the children"), "on my side",
a relation read backwards from the other person's card ("<X>'s mum" where X's card says whose
son X is), god- forms ("goddad", "godmum"), wedding roles ("<X>'s best man"), "my sibling", a
relative living "back home", and a relative the repository lacks placed in a town.
Invented household: a Samoan family in Mangere, Auckland."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, subject_card as card, without
from personalq.checkin import rules
from personalq.checkin.kinship import Rel, rel_of
from personalq.checkin.relations import card_facts, compose, marked
from personalq.checkin.text import tokenize
from personalq.checkin.select import Selector

FAMILY = [
    card("rangi", "Rangi", "man", ["person", "man", "husband"],
         "My husband Rangi at 40: shaved head, rugby jersey, ukulele on his knee."),
    card("mele", "Mele", "girl", ["person", "girl", "daughter", "child"],
         "Our daughter Mele at 9: long plait, school uniform, missing tooth."),
    card("tavita", "Tavita", "boy", ["person", "boy", "son", "child"],
         "Our son Tavita at 5: curly hair, dinosaur t-shirt."),
    card("losa", "Losa", "woman", ["person", "woman", "mother", "grandmother"],
         "My mum Losa at 68: white puletasi, flower behind her ear."),
    card("sione", "Sione", "man", ["person", "man", "father"],
         "My dad Sione, a retired bus mechanic: grey moustache, lavalava, church hat."),
    card("ana", "Ana", "woman", ["person", "woman", "elderly"],
         "Ana Leota, Rangi's mum: tall, very upright, pearl necklace."),
    card("lagi", "Lagi", "woman", ["person", "woman", "elderly", "grandmother"],
         "Lagi, my dad's mother, at 93 on the porch of her fale in Apia."),
    card("fetu", "Fetu", "woman", ["person", "woman", "sister", "midwife"],
         "My big sister Fetu, a midwife: round glasses, blue scrubs."),
    card("manu", "Manu", "man", ["person", "man", "brother"],
         "My little brother Manu, a chef: tattooed arms, white apron."),
    card("iosefa", "Iosefa", "boy", ["person", "boy", "teenager"],
         "Iosefa, Fetu's son, at 13: skinny, basketball under his arm."),
    card("pita", "Pita", "man", ["person", "man", "friend"],
         "Pita Faleolo, Rangi's best man and Tavita's godfather: big laugh, bucket hat."),
    card("tina", "Tina", "woman", ["person", "woman", "partner", "baker"],
         "Tina, my business partner, who runs the bakery with me: short curls, flour on her nose."),
    card("apia-market", "Apia Market", "market", ["place", "market", "apia"],
         "The fish market stalls in Apia at dawn, with crates of tuna."),
]


@pytest.fixture(scope="module")
def family(selector_on) -> Selector:
    return selector_on(FAMILY, PERSONALQ_TODAY="2026-11-01")


def picks(decision) -> set[str]:
    return set(decision.checkpoints) if decision.action in ("select", "multi") else set()


def test_god_prefix_makes_godparents_and_godchildren():
    assert rel_of("goddad")[0] == Rel("godparent", "m")
    assert rel_of("godmum")[0] == Rel("godparent", "f")
    assert rel_of("godparents") == (Rel("godparent"), True)
    assert rel_of("goddess") is None and rel_of("gods") is None


def test_a_great_relative_through_the_children_counts_its_steps():
    child, great_gran = Rel("child"), rel_of("great-grandma")[0]
    assert compose([child, great_gran]) == [Rel("grandparent", "f")]


def test_a_wedding_role_is_read_from_a_card_with_its_possessor():
    facts = card_facts("Obi Nwosu, Kemi's best man and my son's godfather: tall, kente scarf.")
    assert any(f.anchor == "kemi" and f.rel == Rel("attendant", "m") for f in facts)


def test_the_childrens_father_is_the_spouse_not_a_business_partner(family):
    assert picks(family.select("the kids' dad doing a haka")) == {"rangi"}


def test_plural_possessor_without_apostrophe(family):
    assert picks(family.select("the kids great grandma smiling")) == {"lagi"}
    text = "the twins nan"
    assert [t.possessive for t in marked(tokenize(text), text, True)] == [False, True, False]
    assert not any(t.possessive for t in marked(tokenize(text), text, False))
    text = "the kids playing"  # a kinship word must follow
    assert not any(t.possessive for t in marked(tokenize(text), text, True))


def test_coordinated_possessors_share_the_relative(family):
    assert picks(family.select("mele and tavita's grandpa")) == {"sione"}
    off = without(family, rules.COORDINATED_POSSESSOR)
    assert "mele" in picks(off.select("mele and tavita's grandpa"))


def test_a_relative_of_the_children_after_of(family):
    decision = family.select("a grandparent of the kids at the beach")
    assert clarify_options(decision) == {"losa", "sione", "ana"}


def test_on_my_side_is_the_owners_own_parent(family):
    assert picks(family.select("the kids' nana on my side, singing")) == {"losa"}
    off = without(family, rules.OWN_SIDE)
    assert picks(off.select("the kids' nana on my side, singing")) != {"losa"}


def test_a_relation_read_backwards_from_the_other_card(family):
    assert picks(family.select("iosefa's mum at work")) == {"fetu"}
    assert picks(family.select("tavita's godfather")) == {"pita"}
    off = without(family, rules.STATED_BACKWARDS)
    assert picks(off.select("iosefa's mum at work")) != {"fetu"}


def test_god_forms_and_wedding_roles_through_a_person(family):
    assert picks(family.select("my son's goddad in his bucket hat")) == {"pita"}
    assert picks(family.select("rangi's best man giving a speech")) == {"pita"}


def test_a_kinship_word_ending_in_ing_is_no_action(family):
    assert clarify_options(family.select("my sibling at the beach")) == {"fetu", "manu"}


def test_back_home_is_where_the_relative_lives(family):
    assert picks(family.select("my grandma back home in apia")) == {"lagi"}


def test_a_town_after_a_relative_the_repository_lacks_is_theirs(family):
    assert family.select("my mum's brother in apia").action == "none"
    assert family.select("my cousin back in apia").action == "none"
