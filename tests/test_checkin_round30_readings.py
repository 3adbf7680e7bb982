"""Readings found at round 30's first contact, each tested on an invented household (a fishing
family in Klaksvík, the Faroe Islands) and switched off by its named rule:
- a word of a card's trigger, typed bare, names that card where English has no such word and
  no other card has it (trigger_word_typed_bare, features.add_trigger_words);
- a purpose phrase ends the style phrase after a verb of making too: "painted in <medium> for
  <occasion>" reads "in <medium>" alone (purpose_phrase_ends_the_medium, extended);
- an age a card gives roughly ("at about 40") is its age (ages.stated_age);
- Scots "an" before a consonant between two people is "and" (and_typed_short_between_people,
  extended);
- a card word is read in the other variety's spelling ("neighbour" / "neighbor")
  (other_english_spelling);
- "my <thing>" whose words are on the owner's own card the request selects is the owner's own
  thing, no concept LoRA (his_her_thing_is_the_subjects_own, extended)."""

from __future__ import annotations

import pytest

from personalq.checkin.features import TRIGGER_WORDS
from personalq.checkin.rules import PURPOSE_ENDS_MEDIUM
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without


def _triggered(card: dict, trigger: str) -> dict:
    return {**card, "trigger": trigger}


KLAKSVIK = [
    subject_card("ranna", "Rannvá", "woman", ["me", "person"],
                 "Me, Rannvá, at 40 on the quay: red oilskin, blonde plait, a crate of cod."),
    _triggered(subject_card("joannes", "Jóannes", "old man", ["grandfather", "person"],
                            "My grandfather Jóannes at 88: white beard, blue knitted cap, pipe."),
               "<abbi>"),
    subject_card("sjurdur", "Sjúrður", "man", ["husband", "person"],
                 "My husband Sjúrður at 43: ginger beard, grey fleece, skipper of our boat."),
    subject_card("beinta", "Beinta", "girl", ["daughter", "person"],
                 "Our daughter Beinta at 9: two plaits, green wellies, a crab net."),
    subject_card("magnus", "Magnus", "boy", ["son", "person"],
                 "Our son Magnus at 12: buzz cut, football shirt."),
    subject_card("loki", "Loki", "dog", ["dog", "pet"],
                 "Our dog Loki: black and white border collie, one blue eye."),
    subject_card("kamp", "Kamp", "dog", ["dog"],
                 "Kamp, our neighbour Jógvan's border collie: looks just like Loki, red collar."),
    lora_card("oilskin", "Oilskin Coat", "concept", "coat", ["clothing", "oilskin"],
              "Concept LoRA: a long oilskin fishing coat with a hood."),
    _triggered(lora_card("jumper", "Island Jumper", "concept", "sweater", ["clothing", "knitwear"],
                         "Concept LoRA: a thick patterned wool sweater in black and white."),
               "troyggja_knit"),
    _triggered(lora_card("boatshed", "Boat Shed", "concept", "shed", ["building"],
                         "Concept LoRA: a turf-roofed shed by the water."), "klakk_shed"),
    _triggered(lora_card("netloft", "Net Loft", "concept", "loft", ["building"],
                         "Concept LoRA: a loft hung with drying nets."), "klakk_loft"),
    lora_card("fjordwash", "Fjord Wash", "style", "watercolour", ["style", "watercolour", "landscape"],
              "Loose watercolour of steep green islands under rain clouds."),
    lora_card("puffinbook", "Puffin Book", "style", "illustration", ["style", "watercolour", "cute"],
              "Children's picture-book watercolour: soft washes, round faces, pencil lines."),
]


@pytest.fixture(scope="module")
def klaksvik(selector_on):
    return selector_on(KLAKSVIK)


def test_a_trigger_word_typed_bare_names_its_card(klaksvik):
    assert selected(klaksvik, "abbi mending the nets") == ["joannes"]
    assert selected(without(klaksvik, TRIGGER_WORDS), "abbi mending the nets") != ["joannes"]


def test_a_concepts_trigger_word_composes_with_a_subject(klaksvik):
    assert sorted(selected(klaksvik, "sjurdur in a troyggja on the boat")) == ["jumper", "sjurdur"]
    assert "jumper" not in selected(without(klaksvik, TRIGGER_WORDS),
                                    "sjurdur in a troyggja on the boat")


def test_a_trigger_word_two_cards_share_or_english_has_names_neither(klaksvik):
    assert not {"boatshed", "netloft"} & set(selected(klaksvik, "the klakk by the harbour"))
    assert "jumper" not in selected(klaksvik, "a knit hat on a fence post")


def test_purpose_phrase_ends_the_style_phrase_after_a_verb_of_making(klaksvik):
    request = "sjurdur painted in watercolour for the church fete"
    assert clarify_options(klaksvik.select(request)) == {"fjordwash", "puffinbook"}
    assert clarify_options(without(klaksvik, PURPOSE_ENDS_MEDIUM).select(request)) != \
        {"fjordwash", "puffinbook"}


SKIPPER = [
    {"id": f"heini-v{v}", "name": "Heini", "trigger": "hni man", "class_noun": "man",
     "kind": "subject", "family": "heini", "version": v, "created_at": day,
     "description": desc, "tags": ["me", "person"]}
    for v, day, desc in (
        (1, "2023-03-01", "Me, Heini, at about 40 (from the old albums): long red beard, yellow oilskins."),
        (2, "2024-06-01", "Me at 50, the year I got the new boat: short beard, wool cap."),
        (3, "2026-05-01", "Me now at 57: grey stubble, reading glasses, fleece."))]


def test_an_age_given_roughly_on_a_card_is_still_its_age(selector_on):
    skipper = selector_on(SKIPPER)
    assert selected(skipper, "me at 50") == ["heini-v2"]
    assert selected(skipper, "me at 40") == ["heini-v1"]


def test_scots_an_between_two_people_is_and(klaksvik):
    from personalq.checkin.chat import AND_TYPED_SHORT
    assert sorted(selected(klaksvik, "beinta an magnus on the quay")) == ["beinta", "magnus"]
    assert sorted(selected(without(klaksvik, AND_TYPED_SHORT), "beinta an magnus on the quay")) != \
        ["beinta", "magnus"]
    assert selected(klaksvik, "beinta an an old boat") == ["beinta"]  # the article stays


def test_a_card_word_is_read_in_the_other_varietys_spelling(klaksvik):
    from personalq.checkin.features import OTHER_SPELLING
    assert selected(klaksvik, "the neighbor's dog asleep on the step") == ["kamp"]
    assert selected(without(klaksvik, OTHER_SPELLING), "the neighbor's dog asleep on the step") \
        != ["kamp"]


def test_my_thing_on_the_owners_own_card_is_the_owners(klaksvik):
    from personalq.checkin.rules import OWN_THING_OF_THE_SUBJECT
    assert selected(klaksvik, "me in my oilskin on the quay") == ["ranna"]
    assert "oilskin" in selected(without(klaksvik, OWN_THING_OF_THE_SUBJECT),
                                 "me in my oilskin on the quay")
    assert sorted(selected(klaksvik, "sjurdur in an oilskin on the boat")) == ["oilskin", "sjurdur"]
