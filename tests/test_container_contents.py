"""Rule contents_of_a_container_are_the_product (containers.py): in "a <container> of <contents>"
the article counts the container; the contents name the owner's product by their own pointer, a
capitalised name word, or the product's name in its "of" form, and never a pet or a style named
after that stuff (invented cards: a cidery, a Korean deli, a soap maker, a toffee shop)."""

from __future__ import annotations

import pytest

from checkin_testdata import lora_card, subject_card, without
from personalq.checkin import rules
from personalq.checkin.containers import container_word, contents_of, is_being, is_product
from personalq.checkin.select import Selector

CARDS = [
    subject_card("cider", "Mossbeck Cider", "cider bottle", ["product", "cider", "bottle"],
                 "Mossbeck Cider from our orchard press, green bottle with a hare on the label."),
    subject_card("gochu", "Halmoni's Gochujang", "sauce jar", ["product", "gochujang", "jar"],
                 "Our deli's gochujang, squat jar with a red lid and a hand-drawn grandmother."),
    subject_card("toffee", "Toffee Tin", "tin", ["product", "shop", "tin"],
                 "The shop's round tin of treacle toffee, tartan lid."),
    subject_card("soap", "Heather Soap", "soap bar", ["product", "soap"],
                 "Our cold-process soap, a purple bar wrapped in brown paper."),
    subject_card("kimchi", "Kimchi", "cat", ["pet", "cat", "tabby"],
                 "Kimchi, our orange tabby cat with a white chin."),
    subject_card("mochi", "Mochi", "hamster", ["pet", "hamster"],
                 "Mochi, the kids' round white hamster."),
    lora_card("indigo", "Indigo", "style", "dye print style", ["style", "indigo", "shibori"],
              "Style LoRA: indigo-dyed shibori cloth patterns, white folds on deep blue."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def _picked(selector: Selector, request: str) -> tuple[str, list[str]]:
    d = selector.select(request)
    return d.action, d.checkpoints or d.options


def test_container_words_and_phrases(selector: Selector) -> None:
    assert all(container_word(w) for w in ("jar", "tin", "bottle", "crate", "slice", "tub"))
    assert not any(container_word(w) for w in ("photo", "end", "side", "portrait"))
    m = selector.reasoner.parse("a jar of our cider by the door").mentions[0]
    found = contents_of(m)
    assert found is not None and found.container.low == "jar" and found.pointed()


def test_products_and_beings(selector: Selector) -> None:
    fams = selector.index.families
    assert is_product(fams["cider"]) and is_product(fams["soap"]) and is_product(fams["toffee"])
    assert is_being(fams["kimchi"]) and not is_product(fams["kimchi"])
    assert not is_product(fams["indigo"])


@pytest.mark.parametrize("request_, gold", [
    ("a jar of our gochujang on a deli shelf", "gochu"),
    ("a bottle of Mossbeck on a pub table", "cider"),
    ("two bottles of Mossbeck in a bucket of ice", "cider"),
    ("a crock of Mossbeck on a pub table", "cider"),  # a container no card has
    ("a tin of toffee on the shop counter", "toffee"),
    ("a bar of our heather soap on a sink", "soap"),
])
def test_contents_name_the_product(selector: Selector, request_: str, gold: str) -> None:
    assert _picked(selector, request_) == ("select", [gold])


@pytest.mark.parametrize("request_", [
    "a jar of our gochujang on a deli shelf",
    "a bottle of Mossbeck on a pub table",
    "a tin of toffee on the shop counter",
])
def test_without_the_rule_the_article_makes_it_generic(selector: Selector, request_: str) -> None:
    assert _picked(without(selector, rules.CONTAINED_PRODUCT), request_)[0] == "none"


@pytest.mark.parametrize("request_", [
    "a bottle of cider on a pub table",  # any cider: no pointer, no name
    "a jar of kimchi next to rice",  # a cat named after a food is not a jar's contents
    "a jar of Kimchi next to rice",
    "a box of mochi on a plate",
    "a box of Mochi on a plate",
    "a slice of toffee apple cake",
])
def test_stuff_in_general_and_beings_stay_none(selector: Selector, request_: str) -> None:
    assert _picked(selector, request_)[0] == "none"


def test_the_pet_itself_is_still_named(selector: Selector) -> None:
    assert _picked(selector, "Kimchi asleep in a cardboard box") == ("select", ["kimchi"])
    assert _picked(selector, "our gochujang jar on a shelf") == ("select", ["gochu"])


def _version(id_: str, n: int, date: str, tags: list[str], desc: str) -> dict:
    card = subject_card(id_, "Halva Box", "box", ["product", "box"] + tags, desc)
    return {**card, "family": "halva", "version": n, "created_at": date}


HALVA = [
    _version("halva-v1", 1, "2024-02-01", ["halva"], "Our box of pistachio halva, plain card."),
    _version("halva-v2", 2, "2026-05-01", ["eid"], "Our halva box, the festival edition in green foil."),
]


@pytest.fixture(scope="module")
def halva(selector_on) -> Selector:
    return selector_on([dict(c) for c in HALVA])


def test_contents_pick_no_version_but_packaging_does(halva: Selector) -> None:
    """What is in the box is the product on every version; the foil says which version."""
    assert _picked(halva, "a box of our halva on a tray") == ("select", ["halva-v2"])
    assert _picked(halva, "a box of our halva, the plain card one") == ("select", ["halva-v1"])
    off = without(halva, rules.CONTAINED_PRODUCT)
    assert _picked(off, "a box of our halva on a tray")[0] == "none"
