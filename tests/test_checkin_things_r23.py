"""Concept and style LoRAs and what only relates to them (round 23): an occasion or the weather
a concept is worn or held in names no concept (occasion_is_no_thing_worn), the broader kind of a
concept's narrowed class names none as a second concept either
(broader_word_is_not_the_narrower_lora, in second.py), and a medium two styles share asks which
of them unless a word of one option's own settles it (shared_kind_needs_a_word_of_its_own), as
"the <class noun> lora" does over a subject and a concept of that class
(class_noun_before_lora_is_any_kind). Invented catalog: a Hong Kong dragon-boat and dim-sum
family in Aberdeen Harbour with their own dim-sum trolley, and an Easter bonnet, a tea-trolley, a
monsoon raincoat and a dragon-boat LoRA and two gouache styles."""

from __future__ import annotations

import pytest

from personalq.checkin import rules
from checkin_testdata import clarify_options, lora_card, selected, subject_card, without

CARDS = [
    subject_card("kinman", "Kin-man", "man", ["me", "person", "man"],
                 "Me, Kin-man, at 50: cropped grey hair, navy polo shirt, dim sum apron."),
    subject_card("siuying", "Siu-ying", "woman", ["person", "woman", "wife"],
                 "My wife Siu-ying: a short perm, jade bangle, floral blouse."),
    subject_card("popo", "Popo", "woman", ["person", "woman", "grandmother"],
                 "My mother, the kids' Popo, at 82: white hair in a bun, cardigan, walking stick."),
    subject_card("teahouse", "Golden Lotus", "teahouse", ["place", "building", "teahouse"],
                 "Our teahouse in Aberdeen: red lanterns over the door, bamboo steamer baskets."),
    lora_card("bonnet", "Easter Bonnet", "concept", "bonnet", ["clothing", "bonnet", "easter"],
              "Easter bonnet: a straw hat piled with silk flowers and ribbons."),
    lora_card("raincoat", "Monsoon Raincoat", "concept", "raincoat",
              ["clothing", "raincoat", "monsoon"],
              "Monsoon raincoat: a long clear plastic poncho with a hood, beaded with water."),
    lora_card("dragonboat", "Dragon Boat", "concept", "dragon boat",
              ["vehicle type", "boat", "racing"],
              "Dragon boat: a long narrow racing boat with a carved dragon head and a drum."),
    subject_card("trolley", "Steam Cart", "trolley", ["object", "trolley", "dim sum"],
                 "Our dim sum trolley: a steel cart with a steam drawer and a bell."),
    lora_card("teatrolley", "Tea Trolley", "concept", "trolley", ["prop", "trolley", "vintage"],
              "Vintage tea trolley: two tiers of polished wood on brass wheels."),
    lora_card("hawker", "Hawker Poster", "style", "poster", ["style", "poster", "trolleys"],
              "Hawker poster: night-market food trolleys in flat neon screen-print colours."),
    lora_card("temple", "Temple Gouache", "style", "gouache", ["style", "gouache", "miniature"],
              "Temple gouache: tiny miniature paintings, gold leaf borders, flat jewel colours."),
    lora_card("bazaar", "Bazaar Gouache", "style", "gouache", ["style", "gouache", "poster"],
              "Bazaar gouache: bold flat poster colours, thick outlines, hand lettering."),
]

RULES = [rules.OCCASION_IS_NO_THING, rules.SHARED_KIND_NEEDS_OWN_WORD, rules.CLASS_NOUN_LORA,
         rules.BROADER_WORD_IS_NOT_THE_LORA]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _ids(sel, request: str) -> list[str]:
    return sorted(selected(sel, request))


@pytest.mark.parametrize("name", RULES)
def test_the_rules_are_registered(name):
    assert name in rules.ALL_RULES


def test_occasion_and_weather_words_are_read_from_wordnet():
    for word in ("easter", "christmas", "winter", "dusk", "monsoon", "rain", "snow", "fog"):
        assert rules.occasion_word(word), word
    for word in ("bonnet", "raincoat", "boat", "jump", "wedding", "beach"):
        assert not rules.occasion_word(word), word


def test_an_occasion_asks_for_no_thing_worn_then(selector):
    assert _ids(selector, "popo with her grandkids at easter") == ["popo"]
    assert _ids(selector, "our teahouse at easter with lanterns up") == ["teahouse"]
    off = without(selector, rules.OCCASION_IS_NO_THING)
    assert "bonnet" in _ids(off, "popo with her grandkids at easter")


def test_weather_asks_for_no_raincoat(selector):
    assert _ids(selector, "my wife waiting for the tram in the monsoon") == ["siuying"]


def test_the_thing_itself_or_its_label_still_asks_for_the_concept(selector):
    assert _ids(selector, "popo in her easter bonnet") == ["bonnet", "popo"]
    assert _ids(selector, "popo in a raincoat") == ["popo", "raincoat"]


def test_a_broader_kind_adds_no_narrower_concept(selector):
    assert _ids(selector, "kin-man fixing his boat in the harbour") == ["kinman"]
    assert "dragonboat" in _ids(selector, "kin-man paddling a dragon boat")


def test_a_shared_medium_without_an_own_word_asks(selector):
    d = selector.select("a hasty gouache of the harbour")
    assert clarify_options(d) == {"temple", "bazaar"}
    assert _ids(selector, "a miniature gouache of the harbour") == ["temple"]


def test_meaning_alone_picks_no_style_of_a_shared_medium(selector):
    assert clarify_options(selector.select("a small gouache of the harbour")) == {"temple", "bazaar"}
    off = without(selector, rules.SHARED_KIND_NEEDS_OWN_WORD)
    assert _ids(off, "a small gouache of the harbour") == ["temple"]


def test_the_broader_kind_adds_no_concept_beside_a_subject(selector):
    assert _ids(selector, "kin-man racing a boat") == ["kinman"]
    off = without(selector, rules.BROADER_WORD_IS_NOT_THE_LORA)
    assert _ids(off, "kin-man racing a boat") == ["dragonboat", "kinman"]


def test_the_class_noun_lora_asks_between_every_kind(selector):
    for request in ("the trolley lora in a hotel lobby", "the trolley lora"):
        assert clarify_options(selector.select(request)) == {"trolley", "teatrolley", "hawker"}
        off = without(selector, rules.CLASS_NOUN_LORA).select(request)
        assert "trolley" not in (off.options or off.checkpoints)  # the owner's own cart left out
    vintage = selector.select("the vintage trolley lora")  # a word of the concept's own
    assert "trolley" not in (vintage.options or vintage.checkpoints)
