"""A style or concept LoRA asked for by describing it in other words (rule
paraphrase_names_a_lora, checkin/paraphrase.py): a phrase in a frame saying what a figure wears or
does, or how the picture is made, that means one style or concept card clearly more than any
other. The cards are invented; each test also switches the rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin import paraphrase
from personalq.checkin.rules import (BROADER_WORD_IS_NOT_THE_LORA, LEARNED_ARBITER,
                                     PARAPHRASE_NAMES_A_LORA)
from personalq.checkin.select import Selector
from tests.checkin_testdata import lora_card as _lora, selected, subject_card


CARDS = [
    subject_card("marlo", "Marlo", "dog", ["pet", "dog"], "Marlo, our scruffy terrier."),
    subject_card("inez", "Inez", "woman", ["person"], "Inez, my sister, with a short bob."),
    _lora("cloudpuff", "Cloudpuff", "concept", "jacket", ["clothing", "jacket", "winter"],
          "Clothing LoRA: a glossy oversized down-filled puffer jacket."),
    _lora("handstand", "Handstand", "concept", "pose", ["pose", "acrobatics"],
          "Pose LoRA: a straight handstand, legs together, body upside down on the hands."),
    _lora("harbour-oils", "Harbour Oils", "style", "oil painting", ["style", "oil", "maritime"],
          "Romantic seascape oil painting: stormy skies, golden light, thick brushwork."),
    _lora("bitquest", "Bitquest", "style", "pixel art", ["style", "pixel art", "retro"],
          "16-bit pixel art with a limited palette."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)



@pytest.fixture(scope="module")
def without(selector) -> Selector:
    """The rule off, and the learned arbiter with it: the arbiter's described-LoRA model is a
    second road to some of these selects (a "none" led by a style it fits), not this rule."""
    return Selector(selector.store,
                    disabled_rules=frozenset([PARAPHRASE_NAMES_A_LORA, LEARNED_ARBITER]))


@pytest.mark.parametrize("request_, picked", [
    ("a hiker in a big padded winter coat", ["cloudpuff"]),
    ("a lighthouse painted like a romantic stormy seascape", ["harbour-oils"]),
    ("our dog Marlo in a big padded coat", ["marlo", "cloudpuff"]),
])
def test_a_described_lora_is_selected(selector, without, request_, picked):
    assert selected(selector, request_) == picked
    assert selected(without, request_) != picked  # the rule is what moves it


@pytest.mark.parametrize("request_", [
    "a hiker in a forest",  # a place, not a thing worn
    "a man in a grey suit",  # clothing, but no LoRA's
    "Inez in her big padded coat",  # her own coat: a version cue, no LoRA
    "a hiker in winter sports gear",  # a word of the card's, another thing
    "a teapot like a robot",  # a comparison of the thing, far from any style
    "what would Marlo look like in the snow",  # "look like" compares, says no medium
])
def test_ordinary_scenes_stay_without_a_lora(selector, request_):
    assert not {"cloudpuff", "handstand", "harbour-oils", "bitquest"} & set(selected(selector, request_))


def test_frames_and_what_they_leave_out():
    found = {(p.text, p.kind) for p in paraphrase.phrases(
        "a gull knitted like a tea cosy, a boy with the braces and a girl in her coat")}
    assert found == {("tea cosy", "style")}
    assert [(p.text, p.kind) for p in paraphrase.phrases("a clown doing the splits")] == \
        [("splits", "concept")]


def test_another_thing_sharing_a_card_word_is_not_the_lora():
    """A closed compound ending in the card's word, or the card's word modifying another head
    (then the phrase's other words alone must mean the card)."""
    from personalq.catalog.card import Card
    from personalq.checkin.features import CatalogIndex

    index = CatalogIndex([Card.from_dict(c) for c in CARDS])
    fam = index.families["cloudpuff"]
    assert paraphrase.compound_of_card_word("straitjacket", fam)
    assert not paraphrase.compound_of_card_word("padded coat", fam)
    assert paraphrase.without_card_words("winter sports gear", fam) == "sports gear"
    assert paraphrase.without_card_words("padded winter jacket", fam) is None  # its own head
    assert paraphrase.without_card_words("padded coat", fam) is None  # nothing shared


BIKES = CARDS + [
    _lora("haulbike", "Haulbike", "concept", "cargo bike", ["vehicle", "concept"],
          "A cargo bike (vehicle) concept LoRA."),
]


@pytest.fixture(scope="module")
def with_bikes(selector_on) -> Selector:
    return selector_on(BIKES)


def test_a_broader_word_is_not_the_narrower_lora(with_bikes):
    """Rule broader_word_is_not_the_narrower_lora: "a bicycle" is the general kind; the LoRA
    draws cargo bikes only, so the phrase does not name it (with the rule off, meaning alone
    does). Checked on the paraphrase index itself: in a seven-card catalog the calibrated
    decision weighs the concept on its own evidence."""
    from personalq.embed import encode
    families = with_bikes.index.families
    on = paraphrase.ParaphraseIndex(families, encode)
    off = paraphrase.ParaphraseIndex(families, encode, frozenset({BROADER_WORD_IS_NOT_THE_LORA}))
    request = "Marlo riding a bicycle"
    assert "haulbike" not in [k for k, _ in on.named(request)]
    assert "haulbike" in [k for k, _ in off.named(request)]
    assert "haulbike" in [k for k, _ in on.named("Marlo riding a red cargo bicycle")]
