"""People named by their relation (checkin/relations.py), on a small invented family catalog:
chains ("my husband's mum"), named anchors ("Farah's daughter", "Mia's brother"), plurals and
"one of", names the family uses ("Gran", "Oma"), relatives the repository lacks (none); and the
version cues that came with them (a version whose card says a feature is gone, "before X",
counted-back years); look-alikes told apart by a phrase only one of them has."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin.dates import find_dates
from personalq.checkin.intent import parse
from personalq.checkin.relations import OWNER, ANYONE, Rel, card_facts, compose, rel_of
from personalq.checkin.select import Selector
from personalq.checkin.versions import negated_terms

CATALOG = Path(__file__).parent / "data" / "checkin_relations" / "catalog.jsonl"


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CATALOG, PERSONALQ_TODAY="2026-12-01")


def test_kinship_words_have_kind_gender_and_number():
    assert rel_of("grandma") == (Rel("grandparent", "f"), False)
    assert rel_of("parents-in-law") == (Rel("parent", in_law=True), True)
    assert rel_of("stepdads") == (Rel("parent", "m", step=True), True)
    assert rel_of("nani")[0].side == "maternal"
    assert rel_of("boy") is None and rel_of("boys", pointed=True) == (Rel("child", "m"), True)
    assert rel_of("in-laws") == (Rel("", in_law=True), True)
    for word in ("man", "manes", "steps", "pope", "grandstand"):
        assert rel_of(word) is None, word


def test_chains_compose_into_one_relation():
    husband, mother, sister, son = (rel_of(w)[0] for w in ("husband", "mother", "sister", "son"))
    assert compose([husband, mother]) == [Rel("parent", "f", in_law=True)]
    assert compose([sister, son]) == [Rel("nibling", "m")]
    assert compose([rel_of("dad")[0], mother]) == [Rel("grandparent", "f", side="paternal")]
    assert len(compose([son, rel_of("grandma")[0]])) == 2  # my mother or my mother-in-law


def test_cards_state_relations_to_the_owner_to_others_and_by_name():
    facts = card_facts("Tomas's mother Ines, my mother-in-law; the grandkids call her Gran.")
    assert {(f.anchor, f.rel.kind, f.rel.in_law) for f in facts} == {
        ("tomas", "parent", False), (OWNER, "parent", True), (ANYONE, "grandparent", False)}
    facts = card_facts("My goddaughter Zoe, daughter of my old friend Farah.")
    assert {(f.anchor, f.rel.kind) for f in facts} == {(OWNER, "godchild"), ("farah", "child")}
    assert card_facts("Tobin, my sister's son.")[0].rel == Rel("nibling", "m")
    # a relative clause describes the person; it states no relation of theirs
    assert [f.rel.kind for f in card_facts("My stepfather Don, who married my mum.")] == ["parent"]


def test_a_pet_is_nobody_s_relative(selector):
    assert "rex" not in selector.reasoner.relations.facts  # "my mother's beagle"


@pytest.mark.parametrize("request_, expected", [
    ("my husband's mum in the garden", ["ines-v1"]),
    ("Tomas's dad fishing off a jetty", ["jorge-v1"]),
    ("Farah's daughter on a swing", ["zoe-v1"]),
    ("Mia's brother with a kite", ["leo-v2"]),
    ("Leo's sister asleep", ["mia-v1"]),
    ("my boy on a bike", ["leo-v2"]),  # one son: "boy" after "my" is the son
    ("Gran baking scones", ["ines-v1"]),  # the name the family uses, not every grandmother
    ("Oma in her armchair", ["elena-v1"]),
])
def test_a_relation_phrase_selects_the_relative(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected)


@pytest.mark.parametrize("request_, expected", [
    ("my parents-in-law at a party", {"ines-v1", "jorge-v1"}),
    ("the kids at the zoo", {"leo-v2", "mia-v1"}),
])
def test_a_plural_relation_selects_every_relative(selector, request_, expected):
    d = selector.select(request_)
    assert d.action == "select" and set(d.checkpoints) == expected


@pytest.mark.parametrize("request_, expected", [
    ("one of my in-laws at dinner", {"ines", "jorge"}),
    ("my husband's parent at the table", {"ines", "jorge"}),
    ("the kids' grandma at the seaside", {"ines", "elena"}),  # my mother or my mother-in-law
    ("one of my kids on a slide", {"leo", "mia"}),
])
def test_several_relatives_are_a_question(selector, request_, expected):
    d = selector.select(request_)
    assert d.action == "clarify"
    assert {selector.by_id[i].family for i in d.options} == expected


@pytest.mark.parametrize("request_", ["my niece at her recital", "my sister on a beach",
                                      "my cousin at her graduation", "Farah's son on a swing"])
def test_a_relative_the_repository_lacks_is_none(selector, request_):
    assert selector.select(request_).action == "none"


def test_a_version_whose_card_says_a_feature_is_gone_lacks_it(selector):
    assert negated_terms("after he shaved off the ponytail: a buzz cut") == {"ponytail"}
    assert negated_terms("braces off, much taller; no glasses") == {"brace", "glass"}
    assert negated_terms("goatee gone white") == frozenset()
    assert selector.select("Bram with the long ponytail").checkpoints == ["bram-v1"]
    assert selector.select("my brother before he got the glasses").checkpoints == ["bram-v2"]
    assert selector.select("Bram the year before last").checkpoints == ["bram-v1"]


def test_years_counted_back_from_today():
    today = dt.date(2026, 12, 1)
    assert [d for _, _, d in find_dates("the year before last", today)] == [(2024, None, None)]
    assert [d for _, _, d in find_dates("two summers ago", today)] == [(2025, None, None)]
    assert [d for _, _, d in find_dates("3 years ago", today)] == [(2023, None, None)]


def test_phrases_around_a_relation():
    styles = [m for m in parse("Bram as sd1.5 pixel art").mentions if m.role == "style"]
    assert [t.low for t in styles[0].all_tokens] == ["sd1.5", "pixel", "art"]
    roles = [m.role for m in parse("dad, reading the paper").mentions]
    assert roles == ["subject", "scene"]  # an -ing phrase after a comma is an action


def test_a_phrase_only_one_look_alike_has_tells_them_apart(selector):
    d = selector.select("the dog in the green collar on a sofa")
    assert (d.action, d.checkpoints) == ("select", ["pip-v1"])
    d = selector.select("the dog on a sofa")
    assert d.action == "clarify" and set(d.options) == {"pip-v1", "rex-v1"}
