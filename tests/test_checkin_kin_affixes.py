"""Which relative a kinship word means when another language's affix is on it or a title stands
beside a name: honorifics after the word ("-ji", "garu", "-nim", "-san", "joon"), a first-person
possessive ending ("dayım", "madaram", "ibuku"), a great- prefix ("bisabuela", "Uroma"),
fiancés' words and their families as in-laws, co-sisters-in-law, a seniority word inside a
chain ("my husband's older brother"), a kinship title after a name ("Minjun hyung's wife"),
the family's own word for a relative with its honorific, and the children's relative on one
side of the family read by the owner's gender.
Invented households: a Telugu family in Edison, New Jersey, and a Swedish-Chilean family in
Gothenburg."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, subject_card as card, without
from personalq.checkin import rules
from personalq.checkin.kinship import Rel, rel_of
from personalq.checkin.relations import card_facts, compose
from personalq.checkin.select import Selector

TELUGU = [
    card("lakshmi", "Lakshmi", "woman", ["me", "person", "woman"],
         "Me, Lakshmi, at 38 at the temple: green silk saree, jasmine in my hair."),
    card("ravi", "Ravi", "man", ["person", "man", "husband"],
         "My husband Ravi at 41: rimless glasses, IT lanyard, half-sleeve shirt."),
    card("venkat", "Venkat", "man", ["person", "man", "father-in-law"],
         "My father-in-law, Nanna garu to all of us, Venkat: white veshti, reading the Eenadu."),
    card("suryam", "Suryam", "man", ["person", "man", "father"],
         "My own dad Suryam at 70: checked lungi, big grey moustache, betel box."),
    card("kiran", "Kiran", "man", ["person", "man"],
         "Kiran, my husband's older brother: bald, gold watch, always on a work call."),
    card("padma", "Padma", "woman", ["person", "woman"],
         "Padma, Kiran's wife, my thoti kodalu: long plait, cotton saree, runs a tailoring shop."),
    card("sravya", "Sravya", "girl", ["person", "girl", "daughter"],
         "Our daughter Sravya at 8: two braids, Bharatanatyam costume."),
    card("vani", "Vani", "woman", ["person", "woman", "mother"],
         "My mum Vani at 64: white hair, reading glasses, pickling mangoes."),
    card("kamala", "Kamala", "woman", ["person", "woman", "mother-in-law"],
         "Kamala, Ravi's mother: grey bun, big red bindi, feeding the crows."),
]

SWEDISH = [
    card("anders", "Anders", "man", ["me", "person", "man"],
         "Me, Anders, at 45 on the sailing boat: red beard, yellow oilskin."),
    card("camila", "Camila", "woman", ["person", "woman", "wife"],
         "My wife Camila at 43: black curls, silver earrings."),
    card("elin", "Elin", "girl", ["person", "girl", "daughter"],
         "Our daughter Elin at 6: blonde pigtails, rain boots."),
    card("rosa", "Rosa", "woman", ["person", "woman", "mother-in-law"],
         "Rosa, Camila's mum, from Valparaíso: short grey hair, red cardigan."),
    card("birgitta", "Birgitta", "woman", ["person", "woman", "mother"],
         "My mum Birgitta at 72: knitted sweater, cinnamon buns on a tray."),
]


@pytest.fixture(scope="module")
def telugu(selector_on) -> Selector:
    return selector_on(TELUGU, PERSONALQ_TODAY="2026-11-01")


@pytest.fixture(scope="module")
def swedish(selector_on) -> Selector:
    return selector_on(SWEDISH, PERSONALQ_TODAY="2026-11-01")


def picks(decision) -> set[str]:
    return set(decision.checkpoints) if decision.action in ("select", "multi") else set()


def test_honorific_after_a_kinship_word_leaves_the_word():
    assert rel_of("amma-garu")[0] == rel_of("amma")[0]
    assert rel_of("halmeoni-nim")[0] == rel_of("halmeoni")[0]
    assert rel_of("okaa-san")[0].kind == "parent"
    assert rel_of("bhabhiji")[0] == rel_of("bhabhi")[0]
    assert rel_of("Susan") is None and rel_of("Hassan") is None  # names, no honorific


def test_honorific_reads_the_word_in_its_own_language():
    mama = rel_of("mama-ji", True)[0]  # Hindi: the mother's brother, not a mother
    assert (mama.kind, mama.gender, mama.side) == ("pibling", "m", "maternal")


def test_first_person_possessive_ending():
    assert rel_of("madaram")[0] == Rel("parent", "f")  # Persian
    assert rel_of("ibuku")[0] == Rel("parent", "f")  # Malay
    assert rel_of("dayim")[0].kind == "pibling"  # Turkish


def test_great_prefix_of_other_languages():
    for word in ("bisabuela", "uroma", "prababcia", "pardadi"):
        found = rel_of(word)[0]
        assert (found.kind, found.great) == ("grandparent", 1), word
    assert rel_of("urban") is None and rel_of("bisque") is None


def test_fiance_words_and_in_laws_to_be():
    assert rel_of("prometida")[0] == Rel("partner", "f")
    assert rel_of("logodnic")[0] == Rel("partner", "m")
    assert compose([Rel("partner", "m"), Rel("parent", "f")]) == [Rel("parent", "f", in_law=True)]
    facts = card_facts("Teresa, my prometido's mother: silver rings.")
    assert any(f.rel == Rel("parent", "f", in_law=True) for f in facts)


def test_seniority_word_inside_a_chain():
    facts = card_facts("Kiran, my husband's older brother: bald.")
    assert any(f.anchor == "" and f.rel.kind == "sibling" and f.rel.in_law for f in facts)


def test_co_sister_in_law_is_no_husbands_sister():
    found = rel_of("elti")[0]
    assert (found.kind, found.in_law, found.line) == ("sibling", True, "co")


def test_title_after_a_name_is_that_person():
    facts = card_facts("Soo-ah, Minjun hyung's wife: short bob.")
    assert any(f.anchor == "minjun" and f.rel.kind == "spouse" for f in facts)
    assert not any(f.anchor == "" for f in facts)  # no sister-in-law of the owner's


def test_family_word_with_honorific_names_them(telugu):
    assert picks(telugu.select("Nanna garu reading the paper")) == {"venkat"}
    assert picks(telugu.select("nanna garu on the porch")) == {"venkat"}
    assert picks(telugu.select("my dad at the beach")) == {"suryam"}
    assert picks(telugu.select("nannagaru at the beach")) == {"venkat"}  # typed glued
    off = without(telugu, rules.FAMILY_WORD_NAMES_THEM)
    assert picks(off.select("nannagaru at the beach")) == {"suryam"}


def test_brother_in_law_through_an_older_brother(telugu):
    assert picks(telugu.select("my bava at the temple")) == {"kiran"}
    assert picks(telugu.select("my husband's brother on a work call")) == {"kiran"}


def test_childrens_side_by_owners_gender(telugu, swedish):
    # the owner is the children's mother: the kids' maternal grandmother is her own mum
    assert picks(telugu.select("the kids' ammamma pickling mangoes")) == {"vani"}
    # the owner is the children's father: the kids' mormor is his mother-in-law
    assert picks(swedish.select("the kids' mormor in her red cardigan")) == {"rosa"}
    assert picks(swedish.select("the kids' farmor with the buns")) == {"birgitta"}
    assert picks(swedish.select("Elin's mormor")) == {"rosa"}  # through the named child
    off = without(swedish, rules.CHILDRENS_SIDE)
    assert clarify_options(off.select("the kids' mormor")) == {"rosa", "birgitta"}
    assert picks(swedish.select("the kids' mormor")) == {"rosa"}
