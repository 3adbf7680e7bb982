"""Phrases read on their own (disjunction.py): "A or B" over two of the user's things is a
question over exactly those two (rule disjunction_asks_between_them), and a style frame does not
answer which of look-alike subjects is drawn (rule style_frame_keeps_the_subject_question). Each
test switches its rule off too. The household is invented."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, lora_card, subject_card, without
from personalq.checkin import disjunction, rules
from personalq.checkin.select import Selector

CARDS = [
    subject_card("me", "Inês", "woman", ["me", "person", "woman"],
                 "Me, Inês, at 38, with a silver nose ring."),
    subject_card("tomas", "Tomás", "man", ["brother", "person", "man"],
                 "My brother Tomás, a ferry mechanic with a shaved head."),
    subject_card("celeste", "Celeste", "woman", ["aunt", "person", "woman"],
                 "My aunt Celeste, a seamstress with round glasses."),
    subject_card("avo", "Graça", "old woman", ["grandmother", "person", "woman"],
                 "Graça, my grandmother, in her black shawl."),
    subject_card("faisca", "Faísca", "greyhound", ["pet", "dog", "greyhound"],
                 "Faísca, our grey greyhound with a white chest."),
    subject_card("trovao", "Trovão", "greyhound", ["pet", "dog", "greyhound"],
                 "Trovão, our brindle greyhound, the older one."),
    lora_card("azulejo", "Azulejo", "style", "painted tile", ["style", "tile"],
              "Style: blue and white painted azulejo tiles."),
    lora_card("gravura", "Gravura", "style", "xilogravura print", ["style", "xilogravura"],
              "Style: a rough black xilogravura woodcut print on cream paper."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])




def test_conjuncts_are_the_short_phrases_beside_or():
    sides = lambda text: [(d.left, d.right) for d in disjunction.disjunctions(text)]
    assert sides("my aunt or my brother at the harbour") == [("my aunt", "my brother")]
    assert sides("either tomás or celeste, whoever, on a ferry") == [("tomás", "celeste")]
    assert sides("a tile one or the woodcut one") == [("a tile one", "the woodcut one")]
    assert sides("my brother on a red or blue bike") == [("a red", "blue bike")]
    assert sides("my brother on a bike") == []
    assert sides("my aunt, my brother, or my grandmother") == [("my brother", "my grandmother")]
    assert disjunction.disjunctions("my aunt, my brother or my grandmother")[0].earlier == \
        ("my aunt",)


@pytest.mark.parametrize("request_, members", [
    ("my aunt or my brother at the harbour", {"celeste", "tomas"}),
    ("either tomás or my grandmother, whoever, on a ferry", {"tomas", "avo"}),
    ("my brother or my aunt dancing", {"tomas", "celeste"}),
    ("my aunt, my brother or my grandmother at a picnic", {"celeste", "tomas", "avo"}),
])
def test_disjunction_asks_between_them(selector, request_, members):
    assert clarify_options(selector.select(request_)) == members
    assert clarify_options(without(selector, rules.DISJUNCTION_ASKS).select(request_)) != members


def test_disjunction_inside_a_phrase_names_no_two_things(selector):
    d = selector.select("my brother on a red or blue bike")
    assert d.action == "select" and d.checkpoints == ["tomas"]


def test_subject_before_a_style_frame():
    assert disjunction.subject_before_style_frame("the greyhound in azulejo style") == \
        "the greyhound"
    assert disjunction.subject_before_style_frame("in azulejo style, a boat") is None


@pytest.mark.parametrize("request_", [
    "the greyhound in xilogravura style",
    "the greyhound as a xilogravura print",
])
def test_style_frame_keeps_the_subject_question(selector, request_):
    assert clarify_options(selector.select(request_)) == {"faisca", "trovao"}
    # pointed_lookalike_beside_a_select ("the <noun>" of two look-alikes beside a select) asks
    # the same question on its own, so both are switched off to show what they move
    off = without(selector, rules.STYLE_KEEPS_SUBJECT_QUESTION,
                  rules.POINTED_LOOKALIKE).select(request_)
    assert clarify_options(off) != {"faisca", "trovao"}
    assert clarify_options(without(selector, rules.POINTED_LOOKALIKE).select(request_)) == \
        {"faisca", "trovao"}


def test_one_subject_keeps_its_style(selector):
    d = selector.select("trovão in azulejo style")
    assert d.action == "select" and "trovao" in d.checkpoints
