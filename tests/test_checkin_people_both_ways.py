"""People the repository has and people it lacks, read by their relation and their names:
rules stated_relation_beats_a_kinship_tag, apposed_relations_are_one_person,
rare_noun_after_a_relative_is_a_name, side_said_after_the_relative, named_newcomer_is_nobody
for a kinship word, possessive_typed_without_apostrophe in a chain ("my dads sisters son") and
given_name_in_the_description beside a set-off short name. Invented households: a fishing
family in Tromsø, a Korean-Nigerian family in Lagos, a Brazilian family in Recife."""

from __future__ import annotations

import pytest

from checkin_testdata import subject_card as card, without
from personalq.checkin import chat, rules
from personalq.checkin.aliases import names_beside_the_name
from personalq.checkin.select import Selector

TROMSO = [
    card("ingrid", "Ingrid", "woman", ["me", "person", "woman"], "Me, Ingrid, in a wool sweater."),
    card("sigrid", "Sigrid", "woman", ["mother", "grandmother", "person", "woman"],
         "My mother Sigrid at 61, knitting by the stove."),
    card("olav", "Olav", "old man", ["grandfather", "person", "elderly"],
         "Olav, my dad's father, at 88 mending a net on the pier."),
    card("knut", "Knut", "man", ["father-in-law", "grandfather", "person", "man"],
         "Knut, my husband's dad, my father-in-law, in a red anorak."),
    card("halvard", "Halvard", "man", ["husband", "person", "man"],
         "My husband Halvard, skipper of a small trawler, grey beard."),
    card("eirik", "Eirik", "boy", ["son", "child", "boy"], "Our son Eirik at 9 on skis."),
    card("maren", "Maren", "woman", ["sister", "aunt", "person", "woman"],
         "My younger sister Marenlise, 'Maren', a ferry pilot, short blonde hair."),
]

LAGOS = [
    card("tolu", "Tolu", "woman", ["me", "person", "woman"], "Me, Tolu, in an ankara dress."),
    card("jiwoo", "Jiwoo", "man", ["husband", "person", "man"], "My husband Jiwoo in a hanbok."),
    card("adaeze", "Adaeze", "girl", ["daughter", "child", "girl"],
         "Our daughter Adaeze at 6 with beaded braids."),
    card("funke", "Funke", "woman", ["mother", "grandmother", "person", "woman"],
         "My mum Funke, 64, in a gele headwrap."),
]

RECIFE = [
    card("bia", "Bia", "woman", ["me", "person", "woman"], "Me, Bia, at the beach kiosk."),
    card("ze", "Zezinho", "boy", ["nephew", "cousin", "boy"],
         "My brother's son José Carlos, 'Zezinho', at 8 with a kite."),
    card("rafa", "Rafa", "man", ["brother", "uncle", "person", "man"],
         "My brother Rafael, 'Rafa', a capoeira teacher."),
    card("tia", "Tia Neide", "woman", ["aunt", "person", "woman"],
         "My aunt Neide, my dad's sister, selling tapioca."),
]


@pytest.fixture(scope="module")
def tromso(selector_on) -> Selector:
    return selector_on(TROMSO)


@pytest.fixture(scope="module")
def lagos(selector_on) -> Selector:
    return selector_on(LAGOS)


@pytest.fixture(scope="module")
def recife(selector_on) -> Selector:
    return selector_on(RECIFE)


def _picked(selector: Selector, request: str):
    d = selector.select(request)
    return d.action, sorted(d.checkpoints or d.options)


def test_a_tag_of_another_relation_is_the_familys_word(tromso):
    """A mother tagged "grandmother" (the children's word) is no grandmother of the owner's;
    a father-in-law tagged "grandfather" is no grandfather of the owner's."""
    assert _picked(tromso, "my grandpa by the fjord") == ("select", ["olav"])
    assert _picked(tromso, "the kids' grandma by the fjord") == ("select", ["sigrid"])
    assert _picked(tromso, "my grandma by the fjord") == ("select", ["sigrid"])  # the kids'
    off = without(tromso, rules.TAG_IS_ANOTHERS_WORD)
    assert _picked(off, "my grandpa by the fjord") == ("clarify", ["knut", "olav"])


def test_a_side_said_after_the_relative(tromso):
    """Olav is the father's father: "on my mum's side" is someone else."""
    assert _picked(tromso, "my grandpa on my dad's side at the pier") == ("select", ["olav"])
    assert _picked(tromso, "my grandpa on my mum's side at the pier") == ("none", [])
    assert _picked(tromso, "my grandfather from the maternal side") == ("none", [])
    off = without(tromso, rules.SIDE_SAID_AFTER)
    assert _picked(off, "my grandpa on my mum's side at the pier") != ("none", [])


def test_a_new_name_after_the_kinship_word_is_someone_else(tromso):
    """The one sister is Maren: "my sister Torunn" / "my cousin rosa" are not in the repository."""
    assert _picked(tromso, "my sister Torunn on a boat") == ("none", [])
    assert _picked(tromso, "my sister maren on a boat") == ("select", ["maren"])
    assert _picked(tromso, "my cousin rosa on a boat") == ("none", [])
    off = without(tromso, rules.NEWCOMER)
    assert _picked(off, "my sister Torunn on a boat") == ("select", ["maren"])


def test_the_full_name_beside_a_short_one(tromso, recife):
    assert names_beside_the_name("My younger sister Marenlise, 'Maren', a pilot", {"maren"}) == \
        ["marenlise"]
    assert names_beside_the_name("Wilhelmina (Mina) Jansen, my aunt", {"mina"}) == ["wilhelmina"]
    assert _picked(tromso, "marenlise steering the ferry") == ("select", ["maren"])
    assert _picked(recife, "rafael playing the berimbau") == ("select", ["rafa"])


def test_a_chain_of_relatives_typed_without_apostrophes(recife):
    assert chat.restore("my dads sisters son", frozenset()) == "my dad's sister's son"
    assert chat.restore("our mums sister", frozenset()) == "our mum's sister"
    assert chat.restore("my sisters at the beach", frozenset()) == "my sisters at the beach"
    assert _picked(recife, "my dads sister with her tapioca cart") == ("select", ["tia"])
    assert _picked(recife, "my brothers son flying a kite") == ("select", ["ze"])


def test_apposed_relations_are_one_person(lagos):
    """Jiwoo's mother is no card; Adaeze's grandma Funke is the owner's mother: the apposition
    names one person both fit, nobody here."""
    assert _picked(lagos, "jiwoos mum, adaezes halmoni, making kimchi") == ("none", [])
    assert _picked(lagos, "jiwoo's mum, adaeze's grandma, making kimchi") == ("none", [])
    assert _picked(lagos, "my mum, adaeze's grandma, at the market") == ("select", ["funke"])
    assert _picked(lagos, "my husband, my daughter, at the market") == \
        ("select", ["adaeze", "jiwoo"])
    off = without(lagos, rules.APPOSED_RELATIONS)
    assert _picked(off, "jiwoo's mum, adaeze's grandma, making kimchi") == ("select", ["funke"])


def test_a_kinship_title_before_a_lower_case_name(recife):
    """"tia neide", "tio rafa": a kinship word of any language before a person's name is a
    title, no common noun the name heads."""
    assert _picked(recife, "tio rafa at the roda") == ("select", ["rafa"])


def test_his_her_relative_is_the_named_persons(tromso):
    """Eirik's grandpa is the owner's father-in-law Knut (Olav is his great-grandfather)."""
    assert _picked(tromso, "eirik and his grandpa on the pier") == ("select", ["eirik", "knut"])
    off = without(tromso, rules.PRONOUN_NAMES)
    assert _picked(off, "eirik and his grandpa on the pier") != ("select", ["eirik", "knut"])


def test_a_new_baby_is_born_lately(lagos, selector_on, monkeypatch):
    """Adaeze is six: "the new bub" is not in the repository yet; a three-week-old is."""
    monkeypatch.setenv("PERSONALQ_TODAY", "2025-02-01")
    assert _picked(lagos, "our new baby asleep in a bassinet") == ("none", [])
    off = without(lagos, rules.NEW_BABY)
    assert _picked(off, "our new baby asleep in a bassinet") != ("none", [])
    nursery = selector_on(LAGOS + [card("kemi", "Kemi", "baby", ["daughter", "baby"],
                                        "Our daughter Kemi at three weeks old, in a knitted cap.")])
    assert _picked(nursery, "our new baby asleep in a bassinet") == ("select", ["kemi"])
