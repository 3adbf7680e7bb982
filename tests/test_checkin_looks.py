"""A look asked for by who made it or what kind of picture it is (round 14): a maker's name typed
in full against a trigger that writes it without vowels (rule
name_typed_in_full_for_its_vowelless_trigger, verbatim.py), and a noun the owner's style cards
file their kind under heading a describing phrase (rule style_card_noun_heads_a_picture_phrase,
paraphrase.py). The cards are invented: a Hungarian beekeeper's household and a Ghanaian taxi
driver's family; a subject card's whole name after "as" (rule
dressed_up_as_a_named_subject_draws_both) and a picture noun after the subject's words (rule
picture_noun_after_the_subject_names_the_look). Each test also switches its rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import (DRESSED_AS_A_NAMED_ONE, NAME_SKELETON, OWN_PICTURE_NOUN,
                                     PICTURE_OF_THE_SUBJECT)
from tests.checkin_testdata import lora_card, selected, subject_card, without


def _trigger(card: dict, trigger: str) -> dict:
    return {**card, "trigger": trigger}


HIVES = [
    subject_card("zsofi", "Zsófi", "woman", ["person"], "Zsófi, my wife, in her bee veil."),
    subject_card("bodri", "Bodri", "dog", ["pet", "dog"], "Bodri, our black puli."),
    _trigger(lora_card("plains-oils", "Great Plain Oils", "style", "oil painting",
                       ["style", "painting", "realism"],
                       "Dark earthy 19th-century realist oil painting of village life."),
             "mnkcsy_style"),
    _trigger(lora_card("folk-border", "Folk Stitch", "style", "embroidery",
                       ["style", "embroidery", "folk"],
                       "Red and green folk embroidery with flowers around the edge."),
             "brdr_stitch_xl"),
]

TAXIS = [
    subject_card("kwame", "Kwame", "man", ["person"], "Kwame, my husband, who drives a taxi."),
    subject_card("ama", "Ama", "girl", ["person"], "Ama, our daughter, with braids."),
    lora_card("calendar-print", "Glossy Calendar Print", "style", "calendar illustration",
              ["style", "calendar", "retro"],
              "Glossy 1970s West African calendar print: saturated colours, studio backdrop, "
              "a proverb in bold letters."),
    lora_card("kente", "Kente Weave", "concept", "cloth", ["clothing", "kente", "pattern"],
              "Kente cloth with gold, green and red woven strips."),
    subject_card("ananse", "Kweku Ananse", "spider", ["character", "folktale"],
                 "Kweku Ananse, the trickster spider of the Akan folktales, in a waistcoat."),
    lora_card("trotro", "Trotro", "concept", "minibus", ["vehicle", "minibus", "bus"],
              "A battered minibus with a hand-painted slogan on the back window."),
    lora_card("road-poster", "Roadside Board", "style", "advertising poster",
              ["style", "poster", "hand-painted"],
              "Hand-painted roadside advertising poster for buses and barbers: lurid colours, "
              "bold titles."),
    lora_card("funeral-board", "Homecoming Board", "style", "portrait painting",
              ["style", "funeral", "portrait"],
              "Painted funeral poster portrait in the Ghanaian roadside style: gold frame, dates below."),
]


@pytest.fixture(scope="module")
def hives(selector_on):
    return selector_on(HIVES)


@pytest.fixture(scope="module")
def taxis(selector_on):
    return selector_on(TAXIS)



@pytest.mark.parametrize("household, rule, request_, picked", [
    ("hives", NAME_SKELETON, "our hives in the style of munkacsy", ["plains-oils"]),
    ("hives", NAME_SKELETON, "Zsófi at the honey harvest, munkacsy style", ["zsofi", "plains-oils"]),
    ("taxis", OWN_PICTURE_NOUN, "a glossy seventies calendar of a taxi rank", ["calendar-print"]),
    ("taxis", OWN_PICTURE_NOUN, "Kwame on a glossy old calendar", ["kwame", "calendar-print"]),
    ("taxis", DRESSED_AS_A_NAMED_ONE, "ama dressed up as kweku ananse for the school play",
     ["ama", "ananse"]),
    ("taxis", PICTURE_OF_THE_SUBJECT, "a trotro minibus poster for the lorry park",
     ["trotro", "road-poster"]),
])
def test_the_rule_names_the_look(request, household, rule, request_, picked):
    sel = request.getfixturevalue(household)
    assert selected(sel, request_) == picked
    assert selected(without(sel, rule), request_) != picked


@pytest.mark.parametrize("request_", [
    "a bee on the border of a field",  # an ordinary word: "brdr" is not meant
    "Bodri by the hives",  # no name of a maker
])
def test_an_ordinary_word_names_no_coded_trigger(hives, request_):
    assert "folk-border" not in selected(hives, request_)
    assert "plains-oils" not in selected(hives, request_)


@pytest.mark.parametrize("request_", [
    "Ama marking the calendar",  # a bare noun says nothing of which look
    "Kwame washing his taxi",
])
def test_a_bare_kind_noun_is_no_look(taxis, request_):
    assert "calendar-print" not in selected(taxis, request_)


def test_an_event_a_style_shows_is_no_picture_noun(taxis):
    """A tag that only names an event ("funeral") is what a style shows, not a kind of picture;
    a tag that names a made thing ("calendar") heads a picture phrase."""
    from personalq.checkin.paraphrase import picture_phrases
    from personalq.checkin.text import stem

    assert not picture_phrases("a quiet village funeral", frozenset({stem("funeral")}))
    assert picture_phrases("a quiet village calendar", frozenset({stem("calendar")}))
    assert "funeral-board" not in selected(taxis, "a quiet village funeral under the trees")


def test_dressed_up_as_a_kind_draws_no_named_one(taxis):
    assert "ananse" not in selected(taxis, "ama dressed up as a spider")
