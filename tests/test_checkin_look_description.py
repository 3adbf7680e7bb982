"""A look asked for by the words of its style card's description (rule
look_named_by_its_description_words, checkin/paraphrase.py): inside a look phrase, a proper name
or two words in a row that only one style's description gives name that style; the same words
as what the picture shows name none. The cards are invented (a Portuguese tile painter's
household and a Korean webtoon artist's styles); each test also switches the rule off."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import LOOK_BY_ITS_DESCRIPTION
from personalq.checkin.select import Selector
from tests.checkin_testdata import lora_card as _lora, selected, subject_card, without as _without


CARDS = [
    subject_card("tiago", "Tiago", "man", ["person"], "Tiago, my husband, with a grey beard."),
    subject_card("bolacha", "Bolacha", "dog", ["pet", "dog"], "Bolacha, our little podengo."),
    _lora("azulejo", "Azulejo", "style", "tile painting", ["style", "tiles", "blue"],
          "Hand-painted cobalt tiles like old Delft pottery, a Bordalo-style border."),
    _lora("webtoon", "Webtoon", "style", "comic", ["style", "comic", "digital"],
          "Korean webtoon panels: clean lineart, soft cel shading, like a page from a school romance manhwa."),
    _lora("gouache", "Gouache Sketch", "style", "gouache", ["style", "painting", "gouache"],
          "Quick gouache sketch: flat opaque shapes, visible brush strokes, chalky colours."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.fixture(scope="module")
def without(selector) -> Selector:
    return _without(selector, LOOK_BY_ITS_DESCRIPTION)


@pytest.mark.parametrize("request_, picked", [
    ("a fishing boat at dusk, bordalo vibes", ["azulejo"]),
    ("a lemon tree in the style of bordalo", ["azulejo"]),
    ("a bus stop at night like a page from a school romance", ["webtoon"]),
    ("Bolacha asleep in school romance style", ["bolacha", "webtoon"]),
])
def test_a_look_named_by_its_description(selector, without, request_, picked):
    assert selected(selector, request_) == picked
    assert selected(without, request_) != picked  # the rule is what moves it


@pytest.mark.parametrize("request_", [
    "a page from a school romance on a desk",  # what the picture shows, no look phrase
    "a delft pottery vase on a shelf",  # the thing itself
    "a harbour with visible brush strokes, like rembrandt",  # a name no card gives
])
def test_description_words_outside_a_look_name_no_style(selector, request_):
    assert not {"azulejo", "webtoon"} & set(selected(selector, request_))
