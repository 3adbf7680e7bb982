"""A second card the request names is kept (round 19): a style's word beside a subject's name is
the look (look_beside_a_name_is_a_tag), a quoted word inside a card's name is the name it goes by
(family_use_name_names_them), a three-letter coined name word names its being
(coined_name_word_names_them), a one-word name after a bare "as" is that one
(bare_name_after_as_is_that_one), an underscore trigger typed with spaces names its LoRA
(coded_trigger_typed_spaced), and the head of a concept's "<sort> <thing>" name alone is the
general kind (head_of_a_name_is_the_broader_kind). Invented catalog: a Hungarian beekeeper's
household, its son's downloaded characters and the LoRAs they use."""

from __future__ import annotations

import pytest

from personalq.checkin import rules
from checkin_testdata import lora_card, selected, subject_card, without

CARDS = [
    subject_card("bence", "Bence", "man", ["me", "person", "man", "beekeeper"],
                 "Me, Bence, at 44: beekeeper in Tokaj, bushy moustache, white bee suit."),
    subject_card("bodri", "Bodri", "dog", ["pet", "dog", "puli"],
                 "Bodri, our puli: black corded coat down to the ground."),
    subject_card("szeker", "Our Wagon", "wagon", ["vehicle", "wagon", "farm"],
                 "Our green farm wagon that carries the hives to the acacia woods."),
    subject_card("hornet", "R-9 Hornet", "cyborg pilot",
                 ["character", "civitai", "cyborg", "pilot"],
                 "R-9 'Hornet' from the game Steel Meadow (Civitai): cyborg pilot in yellow "
                 "and black armour, twin jet pack."),
    subject_card("dov", "Dov Ashgrove", "man", ["character", "civitai", "ranger"],
                 "Dov Ashgrove, downloaded from Civitai: grim forest ranger with a hooded "
                 "green cloak and a longbow."),
    subject_card("kingfisher", "Kingfisher", "superhero",
                 ["character", "civitai", "superhero", "comic"],
                 "Kingfisher, a comic-book superhero (Civitai LoRA my son downloaded): blue "
                 "and orange suit, beak-shaped helmet."),
    lora_card("vaporwave", "Vaporwave", "style", "vaporwave", ["style", "neon", "retro"],
              "Vaporwave: pastel pink and teal, marble busts, glitchy grids."),
    {**lora_card("fradi", "Ferencvaros shirt", "concept", "football shirt",
                 ["concept", "clothing", "football", "shirt"],
                 "Ferencvaros football shirt: green and white hoops, the club badge."),
     "trigger": "fradi_shirt"},
    {**lora_card("fradi2", "Ferencvaros shirt", "concept", "football shirt",
                 ["concept", "clothing", "football", "shirt"],
                 "Ferencvaros football shirt, SDXL port: green and white hoops."),
     "trigger": "fradi_shirt_xl", "family": "fradi", "version": 2, "created_at": "2025-06-01"},
    lora_card("circus", "Circus Wagon", "concept", "circus wagon",
              ["concept", "vehicle", "circus"],
              "Circus wagon: red and gold carved sides, spoked wheels, a lion's cage."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _ids(sel, request: str) -> list[str]:
    return sorted(selected(sel, request))


@pytest.mark.parametrize("name", [rules.LOOK_BESIDE_A_NAME, rules.BARE_NAME_AFTER_AS,
                                  rules.SPACED_TRIGGER, rules.HEAD_OF_A_NAME])
def test_the_rules_are_registered(name):
    assert name in rules.ALL_RULES


def test_a_style_word_after_a_name_is_the_look(selector):
    assert _ids(selector, "bence vaporwave") == ["bence", "vaporwave"]
    assert _ids(without(selector, rules.LOOK_BESIDE_A_NAME), "bence vaporwave") == ["vaporwave"]


def test_a_style_word_before_a_name_is_the_look(selector):
    assert _ids(selector, "vaporwave bodri chasing a hen") == ["bodri", "vaporwave"]


def test_a_quoted_word_inside_the_name_names_the_figure(selector):
    assert _ids(selector, "hornet vs bence, a duel in the orchard") == ["bence", "hornet"]


def test_a_short_coined_name_word_names_the_being(selector):
    assert _ids(selector, "dov in vaporwave") == ["dov", "vaporwave"]


def test_a_one_word_name_after_a_bare_as_is_that_one(selector):
    assert _ids(selector, "bence dressed as kingfisher") == ["bence", "kingfisher"]
    assert _ids(without(selector, rules.BARE_NAME_AFTER_AS),
                "bence dressed as kingfisher") == ["bence"]


def test_an_article_after_as_makes_the_word_a_common_noun(selector):
    assert _ids(selector, "bence dressed as a kingfisher") == ["bence"]


def test_a_comparison_draws_no_one(selector):
    assert "kingfisher" not in _ids(selector, "bence in the same colours as kingfisher")


def test_an_underscore_trigger_typed_spaced_names_the_concept(selector):
    assert _ids(selector, "bence in a fradi shirt") == ["bence", "fradi2"]
    assert _ids(without(selector, rules.SPACED_TRIGGER), "bence in a fradi shirt") == ["bence"]


def test_the_head_of_a_sort_name_alone_is_the_own_thing(selector):
    assert _ids(selector, "bodri riding in the back of the wagon") == ["bodri", "szeker"]
    assert "circus" in _ids(without(selector, rules.HEAD_OF_A_NAME),
                            "bodri riding in the back of the wagon")


def test_the_whole_sort_name_still_names_the_concept(selector):
    assert "circus" in _ids(selector, "bodri on top of a circus wagon")
