"""Readings found at round 31's first contact, each tested on an invented household (a linen
weaver's family on a farm near Kaunas, Lithuania) and switched off by its named rule:
- a kinship word opening a time clause in a card ("the bob I cut after dad died") is someone in
  the card's story, not a word the family uses for the card's subject
  (kin_word_in_a_time_clause_is_another);
- a kinship word glossed in brackets after "my <home-language word>" states the owner's
  relative (bracketed_gloss_is_the_owners_relative);
- a style's one-word name that is no English word, before a noun, is the look the noun is drawn
  in (coined_look_name_modifies_the_noun);
- a request opening "<style name> <animal>" asks for any animal of that kind
  (look_name_before_a_bare_noun);
- "<medium> sketch of a goat" is the look on any goat: the look words frame the noun as "a
  photo of" does (look_of_any_one_is_generic)."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import (COINED_LOOK_NAME, GLOSS_IS_OWNERS, KIN_IN_TIME_CLAUSE,
                                     LOOK_ARTICLE, LOOK_BEFORE_BARE)
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without

KAUNAS = [
    subject_card("rute", "Rūta", "woman", ["me", "person"],
                 "Me, Rūta, at 44 with the short bob I cut after dad died: linen apron, at my loom."),
    subject_card("petras", "Petras", "old man", ["father", "person"],
                 "My late dad Petras at 70: flat cap, grey moustache, scythe over his shoulder."),
    subject_card("ona", "Ona", "old woman", ["person", "old woman"],
                 "My senelė (grandmother) Ona at 91: white headscarf, walking stick, apron."),
    subject_card("darius", "Darius", "man", ["husband", "person"],
                 "My husband Darius at 46: bald, moustache, blue overalls."),
    subject_card("jonas", "Jonas", "boy", ["son", "person"],
                 "Our son Jonas at 10: freckles, football shirt."),
    subject_card("egle", "Eglė", "girl", ["daughter", "person"],
                 "Our daughter Eglė at 7: long plait, red wellies."),
    subject_card("ozka", "Ožka", "goat", ["goat", "pet"],
                 "Our goat Ožka: white nanny goat with a copper bell."),
    subject_card("brukne", "Bruknė", "goat", ["goat", "pet"],
                 "Our goat Bruknė: brown goat with one crooked horn."),
    lora_card("plastilina", "Plastilina", "style", "clay figure", ["style", "clay", "stop motion"],
              "Stop-motion modelling clay look with fingerprints and soft studio light."),
    lora_card("charcoal", "Charcoal", "style", "drawing", ["style", "charcoal", "sketch"],
              "Rough charcoal sketch on grey paper: smudged shading, loose lines."),
    lora_card("linocut", "Linocut", "style", "print", ["style", "print", "black and white"],
              "Bold black linocut print with carved white lines."),
]


@pytest.fixture(scope="module")
def kaunas(selector_on):
    return selector_on(KAUNAS)


def test_a_kin_word_in_a_cards_time_clause_is_not_its_subject(kaunas):
    assert selected(kaunas, "dad sharpening the scythe") == ["petras"]
    assert selected(without(kaunas, KIN_IN_TIME_CLAUSE), "dad sharpening the scythe") != ["petras"]


def test_a_bracketed_gloss_after_my_states_the_owners_relative(kaunas):
    assert selected(kaunas, "my grandmother feeding the hens") == ["ona"]
    assert selected(without(kaunas, GLOSS_IS_OWNERS), "my grandmother feeding the hens") != ["ona"]


def test_a_coined_style_name_before_a_noun_is_the_look(kaunas):
    assert selected(kaunas, "a plastilina goat in the snow") == ["plastilina"]
    assert "plastilina" not in selected(without(kaunas, COINED_LOOK_NAME),
                                        "a plastilina goat in the snow")


def test_a_style_name_opening_the_request_leaves_the_animal_bare(kaunas):
    assert selected(kaunas, "plastilina goat eating hay") == ["plastilina"]
    off = without(kaunas, LOOK_BEFORE_BARE)
    assert selected(off, "plastilina goat eating hay") != ["plastilina"]
    # the owner's own goats are still asked about when the request points at them
    assert clarify_options(kaunas.select("our goat in plastilina")) == {"ozka", "brukne"}


def test_the_article_after_the_medium_decides_whose_animal(kaunas):
    assert selected(kaunas, "charcoal sketch of a goat") == ["charcoal"]
    assert selected(without(kaunas, LOOK_ARTICLE), "charcoal sketch of a goat") != ["charcoal"]
    assert sorted(selected(kaunas, "charcoal sketch of our goat ozka")) == ["charcoal", "ozka"]
