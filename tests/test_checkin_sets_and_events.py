"""Two rules read from the shape of a request: a "before <event>" clause on a version's card
(versions.predated_terms, rule before_clause_predates_the_event) and a partitive "one of our
<Ns>" (partitive.py, rule one_of_names_a_set). Each test also switches its rule off, so it shows
what the rule moves. The examples are invented."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import partitive, rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.select import Selector
from personalq.checkin.versions import predated_terms
from checkin_testdata import without

ROWS = [
    dict(id="barn-1", name="Old Elm Barn", trigger="<elm-barn-1>", class_noun="barn", family="barn",
         version=1, created_at="2022-04-01", base_model="sd15",
         description="Old Elm Barn, our red timber barn, before the conversion.", tags=["barn"]),
    dict(id="barn-2", name="Old Elm Barn", trigger="<elm-barn-2>", class_noun="barn", family="barn",
         version=2, created_at="2025-04-01", base_model="sdxl",
         description="Old Elm Barn, our red timber barn, after the conversion into a studio.",
         tags=["barn"]),
    dict(id="teo-1", name="Teodor", trigger="<teo-1>", class_noun="man", family="teo", version=1,
         created_at="2020-01-01", description="Teodor, my uncle, from before he won the regatta.",
         tags=["uncle", "person"]),
    dict(id="teo-2", name="Teodor", trigger="<teo-2>", class_noun="man", family="teo", version=2,
         created_at="2024-01-01", description="Teodor, my uncle, with his regatta medal.",
         tags=["uncle", "person"]),
    dict(id="quill", name="Quillon Vey", trigger="qvey_v1", class_noun="swordsman",
         description="Quillon Vey, a duelist from a browser game.", tags=["character", "duelist"]),
    dict(id="sorrel", name="Sorrel Mab", trigger="srlmab", class_noun="sorceress",
         description="Sorrel Mab, a moth sorceress from a comic.", tags=["character", "witch"]),
    dict(id="bun", name="Topknot Bun", trigger="tpk_bun", class_noun="hairstyle", kind="concept",
         description="Hairstyle LoRA: a high topknot bun.", tags=["hair", "hairstyle"]),
    dict(id="plaits", name="Twin Plaits", trigger="twn_plt", class_noun="hairstyle", kind="concept",
         description="Hairstyle LoRA: two long plaits.", tags=["hair", "hairstyle"]),
    dict(id="lina", name="Lina", trigger="<lina>", class_noun="woman",
         description="Lina, my niece, with braided hair and freckles.", tags=["niece", "person"]),
]


def _pick(request: str, off: str | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if off else []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


def test_before_clause_words_are_not_the_cards_own():
    barn_1 = Card.from_dict(ROWS[0])
    assert "conversion" in predated_terms(barn_1)
    assert "barn" not in predated_terms(barn_1)  # said outside the clause too
    assert predated_terms(Card.from_dict(ROWS[1])) == frozenset()


@pytest.mark.parametrize("request_, older, newer", [
    ("the barn before the conversion, in fog", "barn-1", "barn-2"),
    ("uncle Teodor before the regatta, on a pier", "teo-1", "teo-2"),
])
def test_before_clause_predates_the_event(request_, older, newer):
    # both cards name the event; only the later one has it, so "before <event>" is the earlier
    assert _pick(request_) == [older]
    assert _pick(request_, off=rules.BEFORE_PREDATES) == [newer]


def test_event_word_without_before_means_the_version_that_has_it():
    assert _pick("the barn after the conversion") == ["barn-2"]
    assert _pick("the barn after the conversion", off=rules.BEFORE_PREDATES) == ["barn-2"]


def test_partitive_heads():
    heads = lambda text: [t.low for t in partitive.set_heads(text)]
    assert heads("one of the imported characters, at dusk") == ["characters"]
    assert heads("a man with one of my hair loras") == ["hair"]
    assert heads("either of our dogs sleeping on a rug") == ["dogs"]
    assert heads("one character on a hill") == []


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(r) for r in ROWS])



@pytest.mark.parametrize("request_, members", [
    ("one of the imported characters on a rooftop", {"quill", "sorrel"}),
    ("a tall woman with one of my hair loras", {"bun", "plaits"}),  # "woman" reaches Lina
])
def test_one_of_names_a_set(selector, request_, members):
    decision = selector.select(request_)
    assert decision.action == "clarify" and set(decision.options) == members
    off = without(selector, rules.ONE_OF_A_SET).select(request_)
    assert not (off.action == "clarify" and set(off.options) >= members)


def test_one_of_leaves_a_selection_alone(selector):
    # the partitive reaches nothing here that is a set; the named person stands
    assert selector.select("Lina with one of her friends at a fair").checkpoints == ["lina"]
