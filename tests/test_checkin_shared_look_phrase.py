"""A look phrase over look-alike styles, and a medium no style has (round 16): a describing
phrase that two styles of one class noun mean alike asks which of them
(look_shared_by_look_alike_styles_asks), and a phrase naming a paint or a drawing tool a style's
cards never use is another medium, not that style (another_medium_is_another_style). The cards
are invented: a Moroccan wedding photographer's repository."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import ANOTHER_MEDIUM, SHARED_LOOK_ASKS
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without

STUDIO = [
    subject_card("me", "Youssef", "man", ["me", "person"], "Me, Youssef, with my camera bag."),
    subject_card("riad", "Riad Zitoun", "house", ["place", "riad"],
                 "Our riad in Marrakech: tiled courtyard, orange tree, fountain."),
    lora_card("slide", "Slide Film", "style", "film photo", ["style", "film", "photography"],
              "Saturated slide film photography: deep blues, crisp grain, vivid reds."),
    lora_card("instant", "Instant Print", "style", "film photo", ["style", "film", "instant"],
              "Instant camera film photography: washed colours, soft focus, white border."),
    lora_card("brush", "Soft Brush", "style", "watercolour", ["style", "watercolour", "painting"],
              "Loose watercolour painting: soft washes, bleeding edges."),
]


@pytest.fixture(scope="module")
def studio(selector_on):
    return selector_on(STUDIO)


def test_a_look_two_film_styles_share_asks_which(studio):
    for request in ("analog film pic of a spice market", "old film photograph vibe of a souk"):
        assert clarify_options(studio.select(request)) == {"slide", "instant"}, request
        assert clarify_options(without(studio, SHARED_LOOK_ASKS).select(request)) == set()


def test_a_word_that_tells_them_apart_picks_one(studio):
    assert selected(studio, "the riad as an instant camera print with a white border") == \
        ["riad", "instant"]


def test_another_paint_is_another_medium(studio):
    assert selected(studio, "an oil painting of a heron") == []
    assert selected(studio, "a heron as a loose watercolour painting") == ["brush"]


def test_without_the_rule_the_encoder_takes_a_painting_for_the_painting_style(studio):
    assert selected(without(studio, ANOTHER_MEDIUM), "an oil painting of a heron") == ["brush"]
