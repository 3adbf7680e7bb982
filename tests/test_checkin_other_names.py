"""Other names of a kind (checkin/synonyms.py, the rule `other_name_of_a_kind`): a breed by its
nickname, a vehicle by its regional or genericised-brand name, a garment by another English's
word, a hairstyle by description reach the card that names the kind its own way; a name that is
also an everyday word counts only as its phrase's head, and a request for something no card is
stays none. Invented catalog (a household in Lagos with relatives in Brisbane and Glasgow)."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin.select import Selector
from personalq.checkin.synonyms import DOMAIN_NAMES, PhraseIndex, other_names
from personalq.checkin.text import tokenize
from checkin_testdata import lora_card, subject_card, without


CARDS = [
    subject_card("kofi", "Kofi", "dog", ["pet", "dog", "dachshund"],
                 "Kofi, our wire-haired dachshund with a grey muzzle."),
    subject_card("zara", "Zara", "dog", ["pet", "dog", "labrador"],
                 "Zara, Ade's yellow labrador, always muddy."),
    subject_card("suya", "Suya", "cat", ["pet", "cat", "british shorthair"],
                 "Suya, our grey British shorthair with amber eyes."),
    subject_card("puff", "Puff", "dog", ["pet", "dog", "pomeranian"],
                 "Puff, our orange Pomeranian with a red harness."),
    subject_card("dusty", "Dusty", "pickup truck", ["vehicle", "pickup", "white"],
                 "Dusty, our white double-cab pickup from the Brisbane years."),
    subject_card("ngozi", "Ngozi", "woman", ["person", "woman", "family"],
                 "Ngozi, my sister, with long box braids."),
    lora_card("keke", "Keke Napep", "concept", "three-wheeler", ["vehicle", "concept", "taxi"],
              "Vehicle concept: a yellow Lagos tricycle taxi with a canvas roof."),
    lora_card("kombi", "Splitscreen", "concept", "campervan", ["concept", "vehicle", "van"],
              "Vehicle LoRA: a two-tone split-screen campervan with a pop-top roof."),
    lora_card("bibs", "Bib overalls", "concept", "overalls", ["clothing", "concept", "denim"],
              "Clothing concept: faded denim bib overalls with brass clasps."),
    lora_card("buzz", "Buzz cut", "concept", "hairstyle", ["hairstyle", "short hair"],
              "Hairstyle LoRA: a very short clipper buzz cut."),
    lora_card("scoot", "Motor scooter", "concept", "scooter", ["vehicle", "scooter", "retro"],
              "Vehicle LoRA: a rounded retro motor scooter in mint green."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def _card(d: dict) -> Card:
    return Card(**{k: v for k, v in d.items() if k in Card.__dataclass_fields__})


def test_a_card_gets_the_other_names_of_its_kind():
    words, phrases, guarded = other_names([_card(CARDS[0])], frozenset({"pet"}), False)
    assert {"doxie", "dachsie"} <= words and ("sausage", "dog") in phrases
    assert "dug" in guarded  # also a past tense: a kind's name only as its phrase's head
    words, phrases, _ = other_names([_card(CARDS[8])], frozenset(), True)
    assert "dungarees" in words and ("bib", "and", "brace") in phrases
    assert not any("parka" in g for g in DOMAIN_NAMES if "overalls" in g)  # another kind


def test_a_name_of_several_words_is_matched_typed_together():
    index = PhraseIndex({"kofi": {("sausage", "dog")}}, 0.85)
    text = "the sausage dog asleep"
    assert set(index.spans(tuple(tokenize(text)), text)) == {4, 12}
    text = "a sausage, a dog"
    assert index.spans(tuple(tokenize(text)), text) == {}


@pytest.mark.parametrize("request_, expected", [
    ("the sausage dog asleep on the sofa", ["kofi"]),
    ("our doxie in a raincoat", ["kofi"]),
    ("the british blue on the windowsill", ["suya"]),
    ("the pom asleep in the garden", ["puff"]),
    ("our ute at the beach", ["dusty"]),
    ("a tuk tuk in the rain", ["keke"]),
    ("an auto rickshaw at night", ["keke"]),
    ("a kombi on a coast road", ["kombi"]),
    ("a farmer in dungarees", ["bibs"]),
    ("a sailor with a shaved head", ["buzz"]),
    ("a vespa outside a cafe", ["scoot"]),
])
def test_another_name_of_the_kind_selects_it(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (d.action, d.options)


@pytest.mark.parametrize("request_", [
    "a tuk tuk in the rain",
    "a farmer in dungarees",
])
def test_without_the_rule_the_other_name_reaches_nothing(selector, request_):
    d = without(selector, "other_name_of_a_kind").select(request_)
    assert d.action == "none", (d.action, d.checkpoints, d.options)


@pytest.mark.parametrize("request_", [
    "grilling sausages on the barbecue",  # a sausage is no sausage dog
    "a poodle in the park",  # a breed no card holds
    "he moped around the house all day",  # a past tense, no moped
    "a pony ride at the fair",  # a ride on a pony is no vehicle
    "a girl in a pom pom hat",  # a modifier, not the dog
])
def test_everyday_words_and_other_kinds_stay_none(selector, request_):
    d = selector.select(request_)
    assert d.action == "none", (d.action, d.checkpoints, d.options)
