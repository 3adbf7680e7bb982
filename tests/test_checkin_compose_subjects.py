"""Several subjects in one request, and what a concept or style adds beside them (round 12b):
the first person on a card is its writer, "the <kind>" beside a subject draws the user's one of
that kind, his/her thing the subject's card describes is theirs, a class word before another
noun only modifies it, and a setting names no style or concept. Invented Turkish-Portuguese
household."""

from __future__ import annotations

import pytest

from personalq.checkin import rules, second
from personalq.checkin.text import tokenize
from checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("ines", "Ines", "woman", ["me", "person", "woman"],
                 "Me, Ines, at 38: short grey curls, round glasses, a yellow cardigan."),
    subject_card("kemal", "Kemal", "man", ["person", "man", "uncle"],
                 "Kemal, my husband's uncle: thick moustache, flat cap, at the wheel of his "
                 "rickshaw in Izmir."),
    subject_card("boncuk", "Boncuk", "dog", ["pet", "dog", "kangal"],
                 "Boncuk, our big kangal with a black mask."),
    subject_card("pamuk", "Pamuk", "parrot", ["pet", "parrot"],
                 "Pamuk, our grey parrot who whistles the news jingle."),
    subject_card("casa", "Our Flat", "apartment", ["place", "apartment", "home"],
                 "Our flat in Porto: blue azulejo front, a balcony with geraniums, the door I "
                 "painted myself."),
    lora_card("tuktuk", "Tuk Tuk", "concept", "rickshaw", ["vehicle", "rickshaw"],
              "A three-wheeled motor rickshaw painted red and yellow."),
    lora_card("vitral", "Vitral", "style", "window", ["style", "glass", "church"],
              "Leaded stained glass church window, deep reds and golds."),
    lora_card("sled", "Sledge", "concept", "sled", ["vehicle", "snow", "winter"],
              "A wooden sledge with red runners."),
    lora_card("dolmus", "Dolmus Taxi", "concept", "car", ["vehicle", "car", "taxi"],
              "Turkish shared taxi: a yellow Ford sedan with a roof sign."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _families(selector, decision) -> set[str]:
    return {selector.by_id[i].family for i in decision.checkpoints}


def test_first_person_on_a_card_is_its_writer(selector):
    req = "me and Boncuk on the balcony"
    assert selector.select(req).action == "select"
    assert _families(selector, selector.select(req)) == {"ines", "boncuk"}
    off = without(selector, rules.WRITER_ON_A_CARD).select(req)
    assert _families(selector, off) != {"ines", "boncuk"}


def test_the_kind_beside_a_subject_is_drawn(selector):
    req = "Kemal at the market with the parrot"
    assert _families(selector, selector.select(req)) == {"kemal", "pamuk"}
    assert _families(selector, without(selector, rules.THE_KIND_BESIDE).select(req)) == {"kemal"}


def test_his_thing_the_card_describes_is_his(selector):
    req = "Kemal in his rickshaw honking"
    assert _families(selector, selector.select(req)) == {"kemal"}
    off = without(selector, rules.OWN_THING_OF_THE_SUBJECT).select(req)
    assert _families(selector, off) == {"kemal", "tuktuk"}


def test_a_rickshaw_of_no_one_is_still_the_concept(selector):
    assert _families(selector, selector.select("Ines in a rickshaw")) == {"ines", "tuktuk"}


def test_class_word_before_another_noun_only_modifies_it(selector):
    req = "Ines napping on the car bonnet"
    assert _families(selector, selector.select(req)) == {"ines"}
    off = without(selector, rules.CLASS_WORD_MODIFIES).select(req)
    assert "dolmus" in _families(selector, off)
    assert _families(selector, selector.select("Ines asleep in a car")) == {"ines", "dolmus"}


def test_a_styles_thing_in_a_place_phrase_is_a_setting(selector):
    req = "Ines reading at the window"
    assert _families(selector, selector.select(req)) == {"ines"}
    off = without(selector, rules.STYLE_THING_IN_A_PLACE).select(req)
    assert "vitral" in _families(selector, off)
    assert "vitral" in _families(selector, selector.select("Ines in stained glass"))


@pytest.mark.parametrize("request_, word, setting", [
    ("Kemal waiting under the snow", "snow", True),
    ("Kemal beside the deep snow", "snow", True),
    ("Kemal riding a sled in the snow", "snow", False),  # "in": maybe what he rides in
    ("Kemal under a sled", "sled", False),  # the class noun still names it
])
def test_a_setting_word_names_no_concept(selector, request_, word, setting):
    tok = next(t for t in tokenize(request_) if t.low == word)
    assert second.only_a_setting(request_, selector.index.families["sled"], tok) is setting
    assert second.SETTING_WORD in rules.ALL_RULES
