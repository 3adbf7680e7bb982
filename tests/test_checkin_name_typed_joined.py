"""A name is typed without its marks: no accents, no apostrophe, no hyphen inside it
(features.plain). Invented catalog: a downloaded swordsman whose name has a hyphen, an elf
whose name has an apostrophe, and the owner's cat."""

from __future__ import annotations

import pytest

from personalq.checkin.features import plain
from personalq.checkin.select import Selector
from checkin_testdata import subject_card

CARDS = [
    subject_card("taeryun", "Tae-ryun", "swordsman", ["character", "civitai", "webtoon"],
                 "Downloaded from Civitai: Tae-ryun from a palace webtoon, a swordsman in blue robes."),
    subject_card("nimriel", "Nim'riel", "elf", ["character", "civitai", "fantasy"],
                 "Downloaded from Civitai: Nim'riel, a silver-haired elf archer."),
    subject_card("pudding", "Pudding", "cat", ["pet", "cat"], "Our cat Pudding, fat and orange."),
]


@pytest.mark.parametrize("word, typed", [("Tae-ryun", "taeryun"), ("Nim'riel", "nimriel"),
                                         ("Sônia", "sonia"), ("Jean-Luc", "jeanluc")])
def test_plain_drops_accents_apostrophes_and_hyphens(word, typed):
    assert plain(word.lower()) == typed


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_text, meant", [
    ("taeryun fighting in the rain", ["taeryun"]),
    ("tae-ryun fighting in the rain", ["taeryun"]),
    ("nimriel on a cliff at dawn", ["nimriel"]),
])
def test_a_name_typed_without_its_marks_is_the_name(selector, request_text, meant):
    assert selector.select(request_text).checkpoints == meant


def test_a_word_that_merely_contains_the_name_is_not_it(selector):
    assert selector.select("a bowl of rice pudding on the table").action == "none"


ELDERS = [
    subject_card("bangoai", "Bà Ngoại", "old woman", ["mother", "person", "old woman"],
                 "My mother (Bà Ngoại to our children) at 78: silver bun, jade bracelet, reading glasses."),
    subject_card("selin", "Selin", "girl", ["daughter", "person", "girl"],
                 "Our daughter Selin at 9 with a red backpack."),
]


@pytest.mark.parametrize("request_text", ["bà ngoại in her garden", "ba ngoai in her garden"])
def test_a_name_of_two_words_typed_without_its_accents_is_still_the_name(selector_on, request_text):
    """whole_name_typed_is_a_name reads the name's two words typed with or without their
    accents: a household title the cards use as the name is the name, not a kinship phrase
    about someone the cards do not have."""
    assert selector_on(ELDERS).select(request_text).checkpoints == ["bangoai"]
