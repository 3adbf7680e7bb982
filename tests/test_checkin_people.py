"""People named on first contact the way families speak (round 9): a relation through another
person ("Ferdinand's stepson", "Joris's brother", "Pim's stepdad teaching him"), a given name
clipped ("Ferd") or stated only in the description ("Pim (Willem)"), "the mister", a birth
order said on one version ("our daughter and eldest"), and "the little one" by the ages the
cards state; relatives the repository lacks stay none. A small invented family."""

from __future__ import annotations

import pytest

from personalq.checkin.ages import born, little_one, stated_age
from personalq.checkin.aliases import opening_names
from personalq.checkin.features import birth_orders_stated
from personalq.checkin.select import Selector
from checkin_testdata import subject_card


def _versions(family: str, name: str, cls: str, tags: list[str], descs: list[str]) -> list[dict]:
    cards = []
    for n, desc in enumerate(descs, 1):
        card = subject_card(f"{family}-v{n}", name, cls, tags, desc)
        card.update(family=family, version=n, created_at=f"202{n}-05-01")
        cards.append(card)
    return cards


CARDS = [
    subject_card("ingrid", "Ingrid", "woman", ["me", "person", "woman"],
                 "Me, Ingrid, at 44, short grey bob."),
    subject_card("ferdinand", "Ferdinand", "man", ["husband", "person", "man"],
                 "Ferdinand, my husband, in his cycling jersey."),
    subject_card("pim", "Pim", "boy", ["son", "person", "boy"],
                 "Pim (Willem), my son from my first marriage and Ferdinand's stepson, aged 14: "
                 "headphones, skateboard."),
    *_versions("anouk", "Anouk", "woman", ["daughter", "person", "woman"],
               ["Anouk, our daughter and eldest, at 20: long braid.",
                "Anouk, our daughter, at her graduation in a gown.",
                "Anouk, our daughter, with a short pixie cut."]),
    subject_card("joris", "Joris", "boy", ["son", "person", "toddler"],
                 "Joris, our youngest, at two: curly blond hair."),
    subject_card("grietje", "Oma Grietje", "old woman", ["mother", "grandmother", "person"],
                 "Margriet 'Grietje' de Vries, my mother; the kids call her Oma Grietje."),
    subject_card("hennie", "Mama Hennie", "old woman", ["mother-in-law", "person", "woman"],
                 "Hennie, Ferdinand's mother, my mother-in-law; I call her Mama Hennie."),
    subject_card("piet", "Oom Piet", "man", ["brother", "person", "man"],
                 "Piet, my older brother, Oom Piet to the kids, a bearded baker."),
    subject_card("snuf", "Snuf", "dog", ["pet", "dog", "spaniel"],
                 "Snuf, Oma Grietje's spaniel, brown and white."),
    subject_card("kees", "Kees", "dog", ["pet", "dog", "spaniel"],
                 "Kees, our spaniel, black with a white chest."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS, PERSONALQ_TODAY="2026-12-01")


def _picked(selector: Selector, request: str) -> tuple[str, set[str]]:
    d = selector.select(request)
    return d.action, {selector.by_id[i].family for i in d.checkpoints or d.options}


def test_a_relation_through_a_person_is_taken_relative_to_them(selector):
    assert _picked(selector, "ferdinand's stepson on a skateboard") == ("select", {"pim"})
    # composed from what Joris's card says of him (our son): another son of mine, not Joris
    assert _picked(selector, "joris's brother at the skate park") == ("select", {"pim"})


def test_a_title_that_begins_a_name_keeps_its_relation_reading(selector):
    # "oom" is a word of Piet's name, but "Joris's oom" is Joris's uncle: my brother
    assert _picked(selector, "joris's oom in his bakery") == ("select", {"piet"})


def test_the_object_pronoun_after_the_phrase_is_the_possessor(selector):
    assert _picked(selector, "pim's stepdad teaching him to cook") == \
        ("select", {"ferdinand", "pim"})


def test_a_title_in_a_name_yields_to_the_stated_relation(selector):
    # "Mama Hennie" is my mother-in-law: "my mum" is Grietje alone, and so is her spaniel
    assert _picked(selector, "my mum's dog on the sofa") == ("select", {"snuf"})


def test_a_clipped_or_described_given_name_names_the_person(selector):
    assert _picked(selector, "ferd on his bike in the rain") == ("select", {"ferdinand"})
    assert _picked(selector, "willem reading in bed") == ("select", {"pim"})
    assert opening_names("Pim (Willem), my son") == ["pim", "willem"]
    assert opening_names("Margriet 'Grietje' de Vries, my mother") == ["margriet", "grietje"]
    assert opening_names("Me, Ingrid, at 44") == []


def test_the_mister_is_the_husband(selector):
    assert _picked(selector, "the mister asleep on the sofa") == ("select", {"ferdinand"})


def test_a_birth_order_said_on_one_version_is_the_persons(selector):
    d = selector.select("our eldest on a park bench")
    assert d.action == "select" and d.checkpoints == ["anouk-v3"]
    assert birth_orders_stated("Anouk, our daughter and eldest, at 20") == ["eldest"]
    assert birth_orders_stated("knitting a scarf for our eldest") == []


def test_the_little_one_is_the_youngest_by_the_ages_stated(selector):
    assert _picked(selector, "the little one splashing in a puddle") == ("select", {"joris"})
    assert stated_age("Theo, now a toddler of two and a half") == 2.5
    assert stated_age("as a five-month-old baby") == pytest.approx(5 / 12)
    assert stated_age("at our wedding in 2019, at 5am") is None


def test_little_one_needs_a_child(selector):
    adults = {k: [c] for k, c in ((c.family, c) for c in selector.cards)
              if k in ("ingrid", "anouk")}
    assert born(adults["ingrid"]) == pytest.approx(2025 - 44)
    assert little_one(adults, []) is None  # the youngest is grown up


def test_relatives_the_repository_lacks_stay_none(selector):
    assert _picked(selector, "my sister at the pub")[0] == "none"
    assert _picked(selector, "joris's cousin on a swing")[0] == "none"
    assert _picked(selector, "a ferd in a field")[0] == "none"  # no name after an article


def test_a_predicate_after_a_name_is_no_head_noun(selector):
    # "stuck" has no noun reading: it says what Ingrid is, it is no thing her name modifies
    assert _picked(selector, "ingrid stuck at the traffic lights") == ("select", {"ingrid"})
