"""Concepts and products asked for by words of their own, and cards added that were not asked for
(round 20): a pet form in the plural (plural_of_a_pet_form), a card word whose start is no English word is
no compound (compound_parts_are_english_words), a several-word class
noun typed with its head said another way (other_word_for_the_head_of_a_kind), "the"/"his" + a
concept's word the subject's own cards give (pointed_feature_is_the_subjects_own), and "a <whole
product name>" counting units of the product (article_counts_units_of_a_product). Invented catalog:
a Kenyan running family in Iten with a club-kit business, a houseboat on Lake Naivasha, a cousin's
zellige-tile workshop in Fez, a railway modeller's diesel locomotive LoRA and a braids LoRA."""

from __future__ import annotations

import pytest

from personalq.checkin import rules
from personalq.checkin.clipping import KindWords, singulars_of
from personalq.checkin.lexical import head_word_phrases
from personalq.checkin.text import tokenize
from checkin_testdata import clarify_options, lora_card, selected, subject_card, without

CARDS = [
    subject_card("wanjiru", "Wanjiru", "woman", ["me", "person", "woman", "runner", "cornrows"],
                 "Me, Wanjiru, at 31: marathoner, cornrows tied back, club vest."),
    subject_card("kiprop", "Kiprop", "man", ["person", "man", "husband", "coach"],
                 "My husband Kiprop, the club coach: shaved head, stopwatch, red fleece."),
    subject_card("tracksuit", "Kerio Harriers Tracksuit", "tracksuit",
                 ["product", "business", "clothing", "tracksuit"],
                 "Our Kerio Harriers club tracksuits: green with a white stripe, sold at the "
                 "Iten track."),
    subject_card("boat", "Kingfisher", "rowing boat", ["boat", "rowing boat", "lake"],
                 "Our little blue rowing boat on Lake Naivasha, oars crossed inside."),
    subject_card("floathome", "The Floathome", "houseboat", ["place", "houseboat", "holiday"],
                 "The houseboat we rent at Naivasha every August: white cabin, hippo-proof "
                 "deck."),
    subject_card("tile", "Najma", "tile", ["product", "business", "tile", "zellige"],
                 "Our zellige tile from the workshop in Fez: cobalt blue glaze, eight-point star."),
    subject_card("textile", "Grandmother's Textile", "textile", ["heirloom", "textile", "wedding"],
                 "My grandmother's wedding textile: red and gold silk, hand-embroidered."),
    lora_card("diesel", "Diesel Locomotive", "concept", "diesel locomotive",
              ["concept", "vehicle", "train", "diesel"],
              "Diesel locomotive: yellow and red Kenya Railways livery, long hood, freight "
              "wagons behind."),
    lora_card("braids", "Cornrows", "concept", "hairstyle", ["concept", "hairstyle", "cornrows"],
              "Cornrows hairstyle: tight braids close to the scalp in straight rows."),
]

RULES = [rules.PET_PLURAL, rules.PARTS_ARE_WORDS, rules.HEAD_WORDS, rules.UNIT_OF_PRODUCT,
         "pointed_feature_is_the_subjects_own"]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _ids(sel, request: str) -> list[str]:
    return sorted(selected(sel, request))


@pytest.mark.parametrize("name", RULES)
def test_the_rules_are_registered(name):
    assert name in rules.ALL_RULES


def test_a_pet_form_takes_the_plural():
    assert "trackie" in singulars_of("trackies")
    assert singulars_of("trackie") == []
    assert singulars_of("glass") == []


def test_a_plural_pet_form_names_the_product(selector):
    assert _ids(selector, "a pile of our trackies on the bench") == ["tracksuit"]
    kinds = {"kit": ["tracksuit", "product"], "dog": ["dog", "staffordshire terrier"]}
    assert KindWords(kinds, frozenset()).match("trackies") == {"kit"}
    assert KindWords(kinds, frozenset()).match("staffies") == {"dog"}
    assert KindWords(kinds, frozenset(), plurals=False).match("trackies") == set()


def test_a_plural_pet_form_unpointed_is_any(selector):
    assert _ids(selector, "runners in trackies") == []


def test_a_word_that_only_ends_in_another_is_no_compound(selector):
    tile = tokenize("tile")[0]
    assert set(selector.index.lookup(tile).strengths) == {"tile"}
    off = without(selector, rules.PARTS_ARE_WORDS)
    assert "textile" in off.index.lookup(tile).strengths
    assert _ids(selector, "the tile on the workbench") == ["tile"]


def test_a_true_compound_is_still_found_by_its_tail(selector):
    assert "floathome" in clarify_options(selector.select("the boat at the jetty"))
    assert _ids(selector, "the houseboat at sunset") == ["floathome"]


def test_the_head_of_a_class_said_another_way():
    phrases = head_word_phrases("diesel locomotive")
    assert ("diesel", "engin") in phrases or ("diesel", "engine") in phrases
    assert any(p[-1] == "loco" for p in phrases)
    assert head_word_phrases("box of dates") == set()
    assert head_word_phrases("tracksuit") == set()


def test_a_class_head_said_another_way_names_the_concept(selector):
    assert _ids(selector, "a diesel engine hauling wagons past the lake") == ["diesel"]
    assert _ids(selector, "a diesel loco at dusk") == ["diesel"]
    assert _ids(without(selector, rules.HEAD_WORDS), "a diesel engine hauling wagons past the lake") == []


def test_a_clipped_word_that_is_its_own_noun_is_no_clip():
    assert not any(p[-1] == "pain" for p in head_word_phrases("oil painting"))


def test_the_pointed_feature_is_the_subjects_own(selector):
    assert _ids(selector, "wanjiru with the cornrows tied back") == ["wanjiru"]
    off = without(selector, "pointed_feature_is_the_subjects_own")
    assert _ids(off, "wanjiru with the cornrows tied back") == ["braids", "wanjiru"]


def test_an_unowned_feature_still_adds_the_concept(selector):
    assert _ids(selector, "kiprop with the cornrows") == ["braids", "kiprop"]


def test_a_product_name_after_an_article_is_a_unit_of_it(selector):
    assert _ids(selector, "a kerio harriers tracksuit on a hanger") == ["tracksuit"]
    off = without(selector, rules.UNIT_OF_PRODUCT)
    assert _ids(off, "a kerio harriers tracksuit on a hanger") == []


def test_a_product_kind_alone_after_an_article_is_any(selector):
    assert _ids(selector, "a tracksuit on a hanger") == []
    assert not clarify_options(selector.select("a tracksuit on a hanger"))
