"""Cards asked for by what they look like or are, not by their names (invented cards: a Georgian
bakery-deli, a Peruvian weaver, a Sámi crafts family): a product's own name typed lower case in a
container phrase (`contents_of_a_container_are_the_product`), a card's compound typed closed or
open (`medium_word_typed_open`), a picture "made of" a material (`made_of_a_material_is_a_style_
phrase`), a group "all in the same ..." (`a_group_alike_is_one_phrase`) and a card's own word
breaking a near tie between two concepts (`own_word_breaks_a_near_tie`)."""

from __future__ import annotations

import pytest

from checkin_testdata import lora_card, subject_card, without
from personalq.checkin import chat, paraphrase, rules
from personalq.checkin.select import Selector

CARDS = [
    subject_card("churchkhela", "Nino's Grape Candle", "jar", ["product", "sweet", "jar"],
                 "Nino's Grape Candle, walnut strings dipped in thick grape must, sold in a jar."),
    subject_card("tklapi", "Tbilisi Tklapi", "tin", ["product", "fruit leather", "tin"],
                 "Our sour plum fruit leather, rolled up in a blue tin."),
    subject_card("honeybun", "Honey Bun", "cat", ["pet", "cat"],
                 "Honey Bun, our fat ginger cat."),
    subject_card("bun", "Aunt Keti's Honey Bun", "box", ["product", "pastry", "box"],
                 "Aunt Keti's honey bun in a paper box."),
    lora_card("chumpi", "Chumpi", "concept", "waist-sash", ["clothing", "belt", "waist sash"],
              "Chumpi: a woven Andean waist-sash with bright diamond patterns."),
    lora_card("kusa", "Kusa Mosaic", "style", "mosaic", ["style", "mosaic", "buttons"],
              "Kusa Mosaic: pictures made of hundreds of old sewn-on buttons, bright and dense."),
    lora_card("gakti", "Gakti Day", "concept", "outfit", ["clothing", "group", "festival"],
              "Gakti Day: a crowd of relatives all wearing the same blue festival tunic."),
    lora_card("knots", "Cord Knots", "concept", "hairstyle", ["hairstyle", "cord"],
              "Cord Knots: hair sections bound tight with black cord into small knots."),
    lora_card("wrap", "Yarn Wrap", "concept", "hairstyle", ["hairstyle", "yarn"],
              "Yarn Wrap: hair sections wound tight with coloured yarn into stiff coils."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def _picked(selector: Selector, request: str) -> tuple[str, list[str]]:
    d = selector.select(request)
    return d.action, d.checkpoints or d.options


@pytest.mark.parametrize("request_, gold", [
    ("a jar of grape candle on the windowsill", ["churchkhela"]),  # its own name, lower case
    ("a tin of tklapi by the bread", ["tklapi"]),  # a word of its name English does not have
])
def test_product_name_typed_lower_case(selector: Selector, request_: str, gold: list[str]) -> None:
    assert _picked(selector, request_) == ("select", gold)
    off = without(selector, rules.CONTAINED_PRODUCT)
    assert _picked(off, request_) != ("select", gold)


@pytest.mark.parametrize("request_", [
    "a jar of honey on the windowsill",  # ordinary stuff
    "a bottle of water on a table",
    "a tin of biscuits by the bread",
    "a box of honey bun",  # a cat is called so too: no certainty it is the product
])
def test_ordinary_contents_stay_none(selector: Selector, request_: str) -> None:
    assert _picked(selector, request_)[0] == "none"


def test_card_compound_typed_closed_or_open(selector: Selector) -> None:
    forms = chat.style_media(selector.index)
    assert chat.restore("a weaver in a waistsash", frozenset(), media=forms) == \
        "a weaver in a waist-sash"
    assert chat.restore("a weaver in a waist sash", frozenset(), media=forms) == \
        "a weaver in a waist-sash"
    off = frozenset([chat.MEDIUM_TYPED_OPEN])
    assert chat.restore("a weaver in a waistsash", frozenset(), off, forms) == "a weaver in a waistsash"
    assert _picked(selector, "a weaver in a waistsash") == ("select", ["chumpi"])


def test_made_of_a_material_is_a_style_phrase(selector: Selector) -> None:
    assert [p.text for p in paraphrase.phrases("a fox made entirely of old buttons")] == \
        ["made entirely of old buttons"]
    assert paraphrase.phrases("a coat made of old buttons") == []  # a made thing: no picture
    assert paraphrase.phrases("a fox made of old buttons", made_of=False) == []
    assert _picked(selector, "a fox made entirely of old buttons") == ("select", ["kusa"])
    assert _picked(without(selector, rules.MADE_OF_A_MATERIAL),
                   "a fox made entirely of old buttons")[0] == "none"
    assert _picked(selector, "a coat made of old buttons")[0] == "none"


def test_a_group_alike_is_one_phrase(selector: Selector) -> None:
    found = paraphrase.phrases("relatives all in the same tunic at a fair")
    assert [(p.text, p.kind) for p in found] == [("relatives all in the same tunic", "concept")]
    assert paraphrase.phrases("a man in the same hat") == []  # no group: "the" points back
    assert _picked(selector, "relatives all in the same tunic at a fair") == ("select", ["gakti"])
    off = without(selector, rules.GROUP_ALIKE)
    assert _picked(off, "relatives all in the same tunic at a fair")[0] == "none"


def test_own_word_breaks_a_near_tie(selector: Selector) -> None:
    request = "a girl with yarn knotted hair"
    assert _picked(selector, request) == ("select", ["wrap"])
    assert _picked(without(selector, rules.OWN_WORD_BREAKS_A_TIE), request) != ("select", ["wrap"])


def test_a_place_picks_no_product_version(selector_on) -> None:
    cards = [dict(c) for c in CARDS[:1]]
    old = {**cards[0], "id": "candle-v1", "family": "churchkhela", "version": 1,
           "created_at": "2022-01-01",
           "description": "Nino's Grape Candle sold from the stall by the window, in a plain jar."}
    new = {**cards[0], "id": "candle-v2", "family": "churchkhela", "version": 2,
           "created_at": "2025-01-01",
           "description": "Nino's Grape Candle in its own painted jar with a gold lid."}
    sel = selector_on([old, new])
    assert _picked(sel, "a jar of grape candle by the window") == ("select", ["candle-v2"])
    assert _picked(sel, "a jar of grape candle, the plain one") == ("select", ["candle-v1"])
