"""Meaning and word sense on a small invented catalog: a name the card only borrows from an
ordinary word (calibrated.borrowed_name), and a request for "the <kind> lora" answered with the
LoRAs of that kind (select.Selector._kind_options)."""

from __future__ import annotations

from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin.calibrated import borrowed_name
from personalq.checkin.select import Selector
from personalq.checkin.text import tokenize

CARDS = [
    {"id": "wavecrest-v1", "name": "Wavecrest", "trigger": "wvcrst boat", "class_noun": "sloop",
     "kind": "subject", "family": "wavecrest", "version": 1, "created_at": "2025-05-01",
     "description": "Wavecrest, our small sloop with a red hull.", "tags": ["boat", "sailing"]},
    {"id": "pepper-v1", "name": "Pepper", "trigger": "ppr dog", "class_noun": "dog",
     "kind": "subject", "family": "pepper", "version": 1, "created_at": "2025-02-01",
     "description": "Pepper, our black cocker spaniel.", "tags": ["pet", "dog", "spaniel"]},
    {"id": "kneaded-v1", "name": "Kneaded", "trigger": "kndd_style", "class_noun": "stop-motion",
     "kind": "style", "family": "kneaded", "version": 1, "created_at": "2025-03-01",
     "description": "Stop-motion look: modelling clay figures on small sets.",
     "tags": ["style", "clay"]},
    {"id": "mohawk-v1", "name": "Mohawk", "trigger": "mhwk", "class_noun": "hairstyle",
     "kind": "concept", "family": "mohawk", "version": 1, "created_at": "2025-04-01",
     "description": "Hairstyle concept: a tall mohawk, shaved sides.", "tags": ["hairstyle", "concept"]},
    {"id": "cornrows-v1", "name": "Cornrows", "trigger": "crnrws", "class_noun": "hairstyle",
     "kind": "concept", "family": "cornrows", "version": 1, "created_at": "2025-04-02",
     "description": "Hairstyle concept: neat cornrows.", "tags": ["hairstyle", "concept", "braids"]},
    {"id": "poncho-v1", "name": "Rain poncho", "trigger": "pnch", "class_noun": "poncho",
     "kind": "concept", "family": "poncho", "version": 1, "created_at": "2025-04-03",
     "description": "Clothing concept: a bright plastic rain poncho.", "tags": ["clothing", "concept"]},
    {"id": "velvet-v1", "name": "Velvet", "trigger": "vlvt_style", "class_noun": "film look",
     "kind": "style", "family": "velvet", "version": 1, "created_at": "2025-06-01",
     "description": "Soft matte film look with muted colours and gentle grain.",
     "tags": ["style", "film"]},
    {"id": "kilt-v1", "name": "Kilt", "trigger": "klt", "class_noun": "kilt",
     "kind": "concept", "family": "kilt", "version": 1, "created_at": "2025-04-04",
     "description": "Clothing concept: a tartan kilt with a sporran.", "tags": ["clothing", "concept"]},
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_, action", [
    ("freshly ground black pepper on a steak", "none"),  # "ground": no dog called Pepper is
    ("our black pepper asleep on the rug", "select"),  # every modifier fits the black spaniel
])
def test_a_borrowed_name_after_modifiers_is_the_ordinary_word(selector, request_, action):
    d = selector.select(request_)
    assert d.action == action, (request_, d.action, d.checkpoints)


def test_a_name_borrowed_from_an_ordinary_word(selector):
    fams = selector.index.families
    assert borrowed_name(fams["pepper"], tokenize("pepper on a steak"))  # "Pepper, our ..."
    assert not borrowed_name(fams["pepper"], tokenize("look, Pepper on the beach"))  # capital
    # a concept named for what it is uses its name as a common word: not borrowed
    assert not borrowed_name(fams["mohawk"], tokenize("a punk with a mohawk"))


@pytest.mark.parametrize("request_, options", [
    ("a haircut lora on a woman in a cafe", {"mohawk-v1", "cornrows-v1"}),
    ("the clothing lora on a teenager", {"poncho-v1", "kilt-v1"}),
])
def test_the_kind_of_lora_asks_between_the_loras_of_that_kind(selector, request_, options):
    d = selector.select(request_)
    assert d.action == "clarify" and set(d.options) == options, (d.action, d.options)


def test_a_kind_word_without_a_checkpoint_word_is_no_request_for_a_lora(selector):
    assert selector.select("a woman with a new haircut in a cafe").action == "none"


@pytest.mark.parametrize("request_, action", [
    ("velvet cushions on a sofa", "none"),  # the name modifies another noun
    ("a velvet on a chair", "none"),  # after an article
    ("a street at dusk in the Velvet style", "select"),
    ("a harbour in velvet style", "select"),  # "style" is the family's own word
])
def test_a_styles_borrowed_name_follows_the_common_noun_rules(selector, request_, action):
    d = selector.select(request_)
    assert d.action == action, (request_, d.action, d.checkpoints)
    if action == "select":
        assert d.checkpoints == ["velvet-v1"]


def test_the_kind_rescue_can_be_switched_off(selector):
    from personalq.checkin.rules import KIND_OF_LORA, ONE_OF_A_SET

    # "a <kind> lora" is also a set phrase since round 10 (partitive.py), so that one is off too
    on = Selector(selector.store, disabled_rules=frozenset([ONE_OF_A_SET]))
    d = on.select("a haircut lora on a woman in a cafe")
    assert (d.action, set(d.options)) == ("clarify", {"mohawk-v1", "cornrows-v1"})
    off = Selector(selector.store, disabled_rules=frozenset([KIND_OF_LORA, ONE_OF_A_SET]))
    d = off.select("a haircut lora on a woman in a cafe")
    assert (d.action, set(d.options)) != ("clarify", {"mohawk-v1", "cornrows-v1"})


@pytest.mark.parametrize("request_, action", [
    ("the sailboat moored in a harbour", "select"),  # sail + boat: both the sloop's words
    ("a sailboat on a lake", "none"),  # a generic mention
])
def test_a_closed_compound_of_the_cards_words_names_it(selector, request_, action):
    d = selector.select(request_)
    assert d.action == action, (request_, d.action, d.checkpoints, d.options)
    if action == "select":
        assert d.checkpoints == ["wavecrest-v1"]


def test_a_closed_compound_needs_its_modifier_on_the_card(selector):
    from personalq.checkin.features import MatchKind

    tok = tokenize("sailboat")[0]
    assert selector.index._closed_compound(tok).kind == MatchKind.COMPOUND
    assert not selector.index._closed_compound(tokenize("houseboat")[0]).strengths  # no "house"
