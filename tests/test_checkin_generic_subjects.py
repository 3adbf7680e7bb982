"""A generic subject with a concept or a style: a bare person or animal noun opening a request
("man doing <pose>", "girl with <hairstyle>", "cat as <style>") is any one of that kind, not a
question over the user's people or pets (rule bare_opening_noun_is_generic); one article governs
coordinated nouns (article_governs_the_coordination); a describing phrase is ranked among the
kinds its frame allows (frame_kind_ranks_the_paraphrase); "with <tool>" after a making verb is
the medium (tool_of_making_is_the_medium). Invented Filipino-Canadian and Vietnamese-Australian
households; each test also switches its rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin.intent import bare_generic_noun
from personalq.checkin.rules import (ARTICLE_SHARED, BARE_NOUN, FRAME_KIND_RANKS,
                                     TOOL_OF_MAKING)
from personalq.checkin.text import tokenize
from tests.checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("ramil", "Ramil", "man", ["person", "man"], "My husband Ramil, moustache."),
    subject_card("jun", "Jun", "man", ["person", "man"], "My brother Jun, a nurse, glasses."),
    subject_card("tito-ben", "Ben", "man", ["person", "man"], "Tito Ben, my uncle, bald."),
    subject_card("maricel", "Maricel", "girl", ["person", "girl"], "My daughter Maricel at 9."),
    subject_card("lovely", "Lovely", "girl", ["person", "girl"], "My niece Lovely, pigtails."),
    subject_card("migo", "Migo", "boy", ["person", "boy", "salakot"],
                 "Our son Migo at 6 in his little straw salakot."),
    subject_card("bao", "Bao", "cat", ["pet", "cat", "longhair"], "Bao, our ginger longhair cat."),
    subject_card("mochi", "Mochi", "cat", ["pet", "cat", "longhair"],
                 "Mochi, my sister's ginger longhair cat."),
    lora_card("tinikling", "Tinikling Step", "concept", "pose", ["concept", "pose", "dance"],
              "Tinikling dance pose: hopping between two bamboo poles, arms out."),
    lora_card("tinikling-lp", "Tinikling Records", "style", "style", ["style", "vinyl", "retro"],
              "1970s tinikling dance record sleeve: bamboo poles, gold script lettering."),
    lora_card("fishtail", "Fishtail Plait", "concept", "hairstyle",
              ["concept", "hairstyle", "braid"], "Hair woven into one long fishtail plait."),
    lora_card("salakot-hat", "Barong Salakot", "concept", "outfit", ["concept", "clothing"],
              "A child's barong shirt with a woven salakot hat."),
    lora_card("ukiyo", "Ukiyo Print", "style", "woodblock print", ["style", "woodblock"],
              "Edo woodblock print: flat colour, bold outlines, wave patterns."),
    lora_card("crayon-kid", "Crayon Kid", "style", "crayon drawing", ["style", "crayon"],
              "Wobbly crayon drawing as a small child makes it, waxy strokes."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _decision(sel, request: str) -> tuple[str, set[str]]:
    d = sel.select(request)
    return d.action, set(d.checkpoints if d.action == "select" else d.options)


@pytest.mark.parametrize("request_, picked", [
    ("man doing tinikling, arms out", {"tinikling"}),
    ("girl with one long woven plait", {"fishtail"}),
    ("cat as an edo woodblock print", {"ukiyo"}),
])
def test_a_bare_kind_noun_is_any_one_of_that_kind(selector, request_, picked):
    assert _decision(selector, request_) == ("select", picked)
    off = _decision(without(selector, BARE_NOUN), request_)
    assert off != ("select", picked)


@pytest.mark.parametrize("request_", [
    "ginger longhair cat in a woodblock print",  # the cards' own words: the user's look-alike cats
    "Ramil doing the tinikling step",
])
def test_a_name_or_the_cards_own_words_stay_the_users(selector, request_):
    action, picked = _decision(selector, request_)
    assert picked & {"bao", "mochi", "ramil"}


def test_bare_noun_reading_needs_a_being_noun():
    names = frozenset({"ramil"})
    assert bare_generic_noun(tokenize("little boy"), names)
    assert not bare_generic_noun(tokenize("ramil"), names)
    assert not bare_generic_noun(tokenize("castle"), names)
    assert not bare_generic_noun(tokenize("boys"), names)
    assert not bare_generic_noun(tokenize("ginger cat"), names, frozenset({"ginger"}))


def test_one_article_governs_coordinated_nouns(selector):
    request = "a little boy with a barong and salakot"
    assert _decision(selector, request) == ("select", {"salakot-hat"})
    off = _decision(without(selector, ARTICLE_SHARED), request)
    assert "migo" in off[1]


def test_a_doing_phrase_is_ranked_among_concepts(selector):
    request = "a man doing tinikling"
    assert _decision(selector, request) == ("select", {"tinikling"})
    assert _decision(without(selector, FRAME_KIND_RANKS), request) != ("select", {"tinikling"})


def test_with_a_tool_after_a_making_verb_is_the_medium(selector):
    request = "a jeepney drawn like a toddler did it with crayons"
    assert _decision(selector, request) == ("select", {"crayon-kid"})
    assert _decision(without(selector, TOOL_OF_MAKING), request) != ("select", {"crayon-kid"})
