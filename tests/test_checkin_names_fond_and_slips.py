"""Names as a household says and types them (round 20): a fond word of size, age or endearment
before or after the name (fond_word_beside_a_name), a short name with two letters swapped or one
doubled (short_name_typed_with_a_slip), and a name typed a letter short that English has only as
someone's name (proper_name_is_no_kind). The cards are invented: a Ghanaian-Irish fishing family
in Cork, with a hen and a print style."""

from __future__ import annotations

import pytest

from personalq.checkin.features import SHORT_NAME_SLIP
from personalq.checkin.rules import FOND_WORD, NAME_IS_NO_KIND
from tests.checkin_testdata import lora_card, selected, subject_card, without

HARBOUR = [
    subject_card("kofi", "Kofi", "boy", ["son", "person"], "Our son Kofi at 6 with his fishing rod."),
    subject_card("cormac", "Cormac", "man", ["husband", "person"],
                 "My husband Cormac mending the lobster pots."),
    subject_card("ebo", "Ebo", "man", ["brother", "person"], "My brother Ebo at his market stall."),
    subject_card("ned", "Ned", "man", ["grandfather", "person"], "Grandad Ned on the slipway at 80."),
    subject_card("paula", "Paula", "girl", ["daughter", "person"],
                 "Our daughter Paula at 9 on her scooter."),
    subject_card("nutmeg", "Nutmeg", "hen", ["pet", "hen"], "Nutmeg, our speckled hen."),
    lora_card("lino", "Linocut", "style", "linocut print", ["style", "linocut"],
              "Bold linocut print, black ink on cream paper."),
]


@pytest.fixture(scope="module")
def harbour(selector_on):
    return selector_on(HARBOUR)


@pytest.mark.parametrize("word", ["wee", "lil", "likkle", "ickle", "chhota", "petit"])
def test_a_fond_word_before_a_name_is_how_the_name_is_said(harbour, word):
    assert selected(harbour, f"{word} kofi on the harbour wall") == ["kofi"]


def test_without_the_rule_the_fond_word_makes_the_name_a_common_noun(harbour):
    assert selected(without(harbour, FOND_WORD), "wee kofi on the harbour wall") == []


def test_a_fond_word_after_a_name_as_welsh_and_gaelic_put_it(harbour):
    assert selected(harbour, "cormac og hauling a net") == ["cormac"]
    assert selected(harbour, "kofi bach on the harbour wall") == ["kofi"]
    assert selected(without(harbour, FOND_WORD), "kofi bach on the harbour wall") == []


def test_a_name_borrowed_from_a_thing_keeps_its_ordinary_reading(harbour):
    assert selected(harbour, "a little nutmeg grated over rice pudding") == []


def test_a_short_name_with_two_letters_swapped_or_one_doubled(harbour):
    assert selected(harbour, "eob at the market with a crate of mackerel") == ["ebo"]
    assert selected(harbour, "Ebbo at the market") == ["ebo"]
    assert selected(without(harbour, SHORT_NAME_SLIP), "eob at the market with a crate of mackerel") == []


def test_an_everyday_word_a_swap_away_from_a_short_name_is_no_name(harbour):
    assert selected(harbour, "end of the pier at sunset") == []


def test_a_name_english_has_only_as_someones_is_no_kind_of_person(harbour):
    # "paul" is only ever a saint's or a famous person's name: a letter short of the card's
    assert selected(harbour, "paul on her scooter") == ["paula"]
    assert selected(without(harbour, NAME_IS_NO_KIND), "paul on her scooter") == []
