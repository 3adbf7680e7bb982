"""Compositions of round 22: a second subject after a clipped "and", a set drawn whole by "all",
a purpose phrase after the people drawn, a pose named after "doing", a look settled by its
description beside a subject, and the youngest called "the small one". The cards are invented: a
Vietnamese-American family in Houston with a dance concept and two watercolour looks."""

from __future__ import annotations

import pytest

from personalq.checkin.chat import AND_TYPED_SHORT
from personalq.checkin.ordinary import APPOSITION_KIND_WORD
from personalq.checkin.rules import (ALL_OF_THEM_TOGETHER, HOUSEHOLD_TOGETHER, PURPOSE_ENDS_SUBJECT,
                                     SETTLED_LOOK_KEEPS_SUBJECT, SHORT_VERB_ING)
from tests.checkin_testdata import lora_card, selected, subject_card, without

FAMILY = [
    subject_card("lan", "Lan", "woman", ["me", "person", "woman"],
                 "Me, Lan, at 40: shoulder-length hair, jade earrings, navy ao dai top."),
    subject_card("minh", "Minh", "man", ["husband", "person", "man"],
                 "My husband Minh at 42: short black hair, rimless glasses, grey polo."),
    subject_card("bao", "Bao", "boy", ["son", "person", "boy"],
                 "Our son Bao, now 13: buzz cut, braces, Rockets jersey."),
    subject_card("thu", "Thu", "girl", ["daughter", "person", "girl"],
                 "Our daughter Thu, now 9: two braids, purple glasses, violin case."),
    subject_card("khoi", "Khoi", "boy", ["son", "person", "toddler"],
                 "Our youngest, Khoi, now 3: round cheeks, dinosaur boots."),
    subject_card("mochi", "Mochi", "dog", ["pet", "dog", "shiba inu"],
                 "Our dog Mochi: red shiba inu with a curled tail and a blue collar."),
    subject_card("clover", "Clover", "tortoise", ["pet", "tortoise"],
                 "Our tortoise Clover: domed brown shell, slow and stubborn."),
    lora_card("canoe", "Birchbark Canoe", "concept", "canoe", ["vehicle", "boat", "canoe"],
              "A birchbark canoe with a carved prow."),
    lora_card("tinikling", "Tinikling", "concept", "pose", ["pose", "dance", "folk dance"],
              "Tinikling folk dance: hopping between two bamboo poles clapped together."),
    lora_card("bayou-wc", "Bayou Watercolour", "style", "watercolour",
              ["style", "watercolour", "landscape"],
              "Loose bayou watercolour: wet washes of moss green and grey, cypress silhouettes."),
    lora_card("storybook-wc", "Storybook Watercolour", "style", "watercolour",
              ["style", "watercolour", "children's book"],
              "Gentle storybook watercolour for bedtime books: pastel washes, rounded shapes, "
              "soft pencil outlines."),
]


@pytest.fixture(scope="module")
def family(selector_on):
    return selector_on(FAMILY)


@pytest.mark.parametrize("request_, meant", [
    ("bao n mochi in the yard", {"bao", "mochi"}),
    ("thu 'n' mochi asleep on the sofa", {"thu", "mochi"}),
    ("minh n his boy bao fishing", {"minh", "bao"}),
])
def test_a_clipped_and_joins_a_pet_or_a_second_person(family, request_, meant):
    assert set(selected(family, request_)) == meant
    assert set(without(family, AND_TYPED_SHORT).select(request_).checkpoints) != meant


def test_all_the_kids_draws_every_child(family):
    assert set(selected(family, "all the kids on the trampoline")) == {"bao", "thu", "khoi"}
    assert set(selected(family, "all three kids at the table")) == {"bao", "thu", "khoi"}
    # round 23: "the kids" of the household are drawn together too (household_set_is_drawn_together)
    off = without(family, ALL_OF_THEM_TOGETHER, HOUSEHOLD_TOGETHER).select("all the kids on the trampoline")
    assert off.action != "select"


@pytest.mark.parametrize("request_, meant", [
    ("me, minh and the boys for the temple fair poster", {"lan", "minh", "bao", "khoi"}),
    ("minh with our sons for the lunar new year card", {"minh", "bao", "khoi"}),
])
def test_a_purpose_phrase_leaves_the_people_drawn(family, request_, meant):
    assert set(selected(family, request_)) == meant
    off = set(without(family, PURPOSE_ENDS_SUBJECT).select(request_).checkpoints)
    assert not {"bao", "khoi"} <= off


def test_a_pose_named_after_doing_joins_the_subject(family):
    assert set(selected(family, "thu with her braids doing tinikling")) == {"thu", "tinikling"}
    off = without(family, SHORT_VERB_ING).select("thu with her braids doing tinikling")
    assert "tinikling" not in off.checkpoints


def test_a_settled_look_keeps_the_subject(family):
    request_ = "our thu in watercolour, the gentle storybook one"
    assert set(selected(family, request_)) == {"thu", "storybook-wc"}
    off = without(family, SETTLED_LOOK_KEEPS_SUBJECT).select(request_)
    assert "thu" not in off.checkpoints


@pytest.mark.parametrize("word", ["small", "lil", "tiny"])
def test_the_small_one_is_the_youngest(family, word):
    assert selected(family, f"the {word} one blowing bubbles") == ["khoi"]
    assert set(selected(family, f"bao and the {word} one")) == {"bao", "khoi"}


def test_an_apposition_may_say_the_kind_in_other_words(family):
    request_ = "clover the turtle in a birchbark canoe"
    assert set(selected(family, request_)) == {"clover", "canoe"}
    assert "clover" not in without(family, APPOSITION_KIND_WORD).select(request_).checkpoints
    assert "clover" not in family.select("clover the goat in a field").checkpoints
