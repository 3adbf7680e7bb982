"""Rule `second_card_needs_a_word_of_its_own` (ownword.py): a card of a composition stays only
when some word of the request refers to it beyond what another chosen card's own card already
says. Invented catalog: a Ghanaian taxi driver's family."""

from __future__ import annotations

import pytest

from personalq.checkin import ownword
from personalq.checkin.rules import ALL_RULES
from checkin_testdata import lora_card, subject_card as _card


TAXI = [
    _card("kwame", "Kwame", "man", ["me", "person", "man"],
          "Me, Kwame, at 45: taxi driver in Kumasi, grey goatee, kente cap."),
    _card("yaw", "Yaw", "man", ["brother", "person", "man", "goatee"],
          "My younger brother, Yaw, at 38: mechanic, a goatee, oily overalls."),
    _card("opel", "The Taxi", "taxi", ["vehicle", "taxi", "car"],
          "Our yellow Opel taxi with gold lettering on the doors and a green roof sign."),
    lora_card("gilt", "Gilded Signwriting", "style", "sign painting",
              ["style", "gold", "lettering", "sign"],
              "Hand-lettered gold leaf signwriting with black drop shadows."),
    _card("akosua", "Akosua", "woman", ["wife", "person", "woman"],
          "My wife, Akosua, at 41: sells cloth at Kejetia market."),
    _card("kiosk", "Akosua's Kiosk", "kiosk", ["place", "market", "business"],
          "Akosua's blue cloth kiosk, bolts of kente stacked to the roof."),
    _card("bola", "Bola", "goat", ["pet", "goat"], "Bola, our white goat with a black beard."),
    _card("ama", "Ama", "goat", ["pet", "goat"], "Ama, our brown goat, one horn bent."),
]


@pytest.fixture(scope="module")
def taxi(selector_on):
    return selector_on(TAXI)


def _kept(sel, request: str, ids: list[str]) -> list[str]:
    chosen = [sel.by_id[i] for i in ids]
    return [c.id for c in ownword.without_unmentioned(sel.index, request, chosen, [])]


def test_the_rule_is_registered():
    assert ownword.OWN_WORD in ALL_RULES


def test_a_trait_the_named_persons_card_gives_draws_no_one_else(taxi):
    assert _kept(taxi, "kwame with his goatee at the rank", ["kwame", "yaw"]) == ["kwame"]


def test_a_look_the_things_card_gives_adds_no_style(taxi):
    assert _kept(taxi, "our taxi with the gold lettering", ["opel", "gilt"]) == ["opel"]


def test_a_style_named_by_its_class_stays(taxi):
    assert _kept(taxi, "our taxi in gold sign painting", ["opel", "gilt"]) == ["opel", "gilt"]


def test_two_people_each_named_both_stay(taxi):
    assert _kept(taxi, "kwame and yaw at the rank", ["kwame", "yaw"]) == ["kwame", "yaw"]


def test_when_no_card_has_a_word_of_its_own_all_stay(taxi):
    assert _kept(taxi, "a man with a goatee", ["kwame", "yaw"]) == ["kwame", "yaw"]


def test_a_things_naming_word_another_card_only_mentions_is_its_own(taxi):
    assert _kept(taxi, "akosua outside the market", ["akosua", "kiosk"]) == ["akosua", "kiosk"]


def test_a_plural_kind_means_each_of_them(taxi):
    assert _kept(taxi, "the two goats in the yard", ["bola", "ama"]) == ["bola", "ama"]
