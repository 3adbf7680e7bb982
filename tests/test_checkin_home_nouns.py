"""Things named in other words (checkin/nounwords.py, synonyms.py): a household's everyday noun
of its home language for a kind it owns (rule `common_noun_of_the_home_language`), a vehicle by
its make, a genericised brand or its make and model code, and a craft by its technique's other
names in other Englishes and languages (rule `other_name_of_a_kind`). An English word a
language's noun is spelt like keeps its English meaning. Invented catalog: a Filipino-Vietnamese
household in Sydney with relatives in Mombasa, Lisbon and Izmir."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin.nounwords import rows
from personalq.checkin.select import Selector
from personalq.checkin.synonyms import home_language_names, make_reading, other_names
from personalq.checkin.lexicon import lexicon
from checkin_testdata import lora_card, subject_card, without


CARDS = [
    subject_card("bahay", "Our Place", "house", ["place", "house", "home"],
                 "Our weatherboard house in Marrickville with the mango tree out front."),
    subject_card("sari", "Sari-Sari Corner", "storefront", ["business", "shop", "building"],
                 "Our corner shop on Illawarra Road: snacks, phone cards, a red awning."),
    subject_card("banhmi", "Golden Oven", "bakery", ["bakery", "food"],
                 "The family bakery in Cabramatta: baguettes stacked in the window."),
    subject_card("kiosk", "Market Booth", "booth", ["place", "business", "market"],
                 "Our booth at the Saturday night market: fairy lights and a folding table."),
    subject_card("mochi", "Mochi", "cat", ["pet", "cat", "tabby"],
                 "Mochi, our orange tabby cat with a bent ear."),
    subject_card("pilar", "Pilar", "cat", ["pet", "cat", "calico"],
                 "Pilar, my cousin's calico cat from Lisbon."),
    subject_card("lakad", "Lakad", "dog", ["pet", "dog", "aspin"],
                 "Lakad, our brown street dog with a white chest."),
    subject_card("ube", "Ube Crinkles Box", "box", ["business", "product", "box"],
                 "Our ube crinkle cookies in the purple gift box with a ribbon."),
    subject_card("ute", "Bluey", "pickup", ["vehicle", "pickup"],
                 "Bluey, our old blue Toyota Hilux with a roof rack."),
    lora_card("sledge", "Snowmobile", "concept", "vehicle", ["vehicle", "snow", "winter"],
              "Vehicle concept: a red snowmobile spraying powder."),
    lora_card("cutpaper", "Cut Paper", "style", "papercut", ["style", "papercut", "folk art"],
              "Bright layered paper cut with scissors, symmetrical birds."),
    lora_card("glass", "Chapel Glass", "style", "stained glass", ["style", "stained glass"],
              "Leaded glass window panels in jewel colours."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def _card(d: dict) -> Card:
    return Card(**{k: v for k, v in d.items() if k in Card.__dataclass_fields__})


def test_every_row_has_many_languages():
    for kind, (keys, words) in rows().items():
        assert keys and len(words) >= 8, kind


def test_a_word_english_reads_otherwise_is_left_out():
    words, guarded = home_language_names([_card(CARDS[4])], frozenset({"pet"}), lexicon())
    assert {"gato", "kedi", "paka", "neko"} <= words
    assert "chat" not in words  # French for cat, an English word for talk
    words, _ = home_language_names([_card(CARDS[6])], frozenset({"pet"}), lexicon())
    assert "perro" in words and "pies" not in words  # Polish for dog, an English plural


def test_a_tag_head_picks_no_row():
    nurse = _card(subject_card("lola", "Lola", "old woman", ["person", "nursing home"],
                               "Lola, my grandmother, at her nursing home."))
    assert home_language_names([nurse], frozenset({"person"}), lexicon()) == (set(), set())


def test_a_make_reads_as_a_proper_name():
    assert make_reading("fiat", "500") is True  # with its model code
    assert make_reading("seat", None) is False  # an English noun: a seat
    assert make_reading("jaguar", "xj6") is True
    assert make_reading("seat", "2019") is False  # a year is no model code
    assert make_reading("toyota", None) is None  # as the other guarded names: the head
    words, _, guarded = other_names([_card(CARDS[8])], frozenset({"vehicle"}), False)
    assert "toyota" in words and "toyota" in guarded
    assert "ford" not in words  # the card names its own make


@pytest.mark.parametrize("request_, expected", [
    ("our bahay in the rain", ["bahay"]),  # Tagalog
    ("the nyumba at sunset", ["bahay"]),  # Swahili
    ("the tindahan at night with the awning", ["sari"]),  # Tagalog
    ("our panaderia at dawn", ["banhmi"]),  # Spanish
    ("the padaria early in the morning", ["banhmi"]),  # Portuguese
    ("the kibanda under fairy lights", ["kiosk"]),  # Swahili
    ("my gato on the windowsill", ["mochi"]),  # Spanish; the cousin's cat is hers
    ("the kutu with the purple ribbon", ["ube"]),  # Turkish
    ("our toyota at the beach", ["ute"]),
    ("a ski-doo on a frozen lake", ["sledge"]),
    ("a lighthouse in vitrail", ["glass"]),
    ("a fox as a kirigami", ["cutpaper"]),
    ("a paper cutout of two birds", ["cutpaper"]),
])
def test_the_other_word_selects_the_card(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (d.action, d.options)


def test_without_the_rule_the_home_word_reaches_nothing(selector):
    # the invented card's trigger is "<bahay>": its word typed bare is off too (trigger_word_typed_bare)
    d = without(selector, "common_noun_of_the_home_language", "trigger_word_typed_bare").select(
        "our bahay in the rain")
    assert d.action == "none", (d.action, d.checkpoints, d.options)


@pytest.mark.parametrize("request_", [
    "a long chat on the phone",  # French for cat, English for talk
    "pies cooling on the table",  # Polish for dog, English for pies
    "a seat by the window",  # a make, first an English noun
])
def test_english_words_keep_their_meaning(selector, request_):
    d = selector.select(request_)
    assert d.action == "none", (d.action, d.checkpoints, d.options)
