"""Generic phrases that describe several of the user's cards (checkin/lookalikes.py, rule
`description_of_lookalikes_asks_which`) and "<modifiers> <medium> of ..." phrases that name a
kind of picture (checkin/depiction.py, rule `depicted_kind_fits_the_style`). Invented catalog."""

from __future__ import annotations

import pytest

from personalq.checkin import depiction
from personalq.checkin.rules import PARAPHRASE_NAMES_A_LORA, DEPICTED_KIND, LOOKALIKES_DESCRIBED
from personalq.checkin.select import Selector
from checkin_testdata import lora_card as _lora, subject_card as _card


CARDS = [
    _card("wren", "Wren Ashby", "elf", ["character", "game", "elf", "archer"],
          "Wren Ashby, a silver-haired elf archer from the game Fernvale: green cloak, "
          "longbow."),
    _card("sorrel", "Sorrel Vey", "elf", ["character", "comic", "elf", "ranger"],
          "Sorrel Vey, a silver-haired elf ranger from the comic Briarwood: hooded cloak, "
          "longbow."),
    _card("bram", "Bram Coalfoot", "dwarf", ["character", "game", "dwarf"],
          "Bram Coalfoot, a dwarf smith from the game Fernvale: braided beard, hammer."),
    _card("fen", "Fen", "dog", ["pet", "dog", "border collie"],
          "Fen, our border collie, white blaze and a grey muzzle."),
    _card("tarn", "Tarn", "dog", ["pet", "dog", "border collie"],
          "Tarn, Ailsa's border collie, one ear up."),
    _card("toffee", "Toffee", "dog", ["pet", "dog", "pomeranian"],
          "Toffee, our cream Pomeranian, fluffy, with a blue collar."),
    _card("fudge", "Fudge", "dog", ["pet", "dog", "pomeranian"],
          "Fudge, Gran's cream Pomeranian, fluffy, with a pink bow."),
    _card("mae", "Mae", "woman", ["person", "woman", "sister"],
          "Mae, my sister, long hair, who runs Brindlewood Larder with me."),
    _card("ivy", "Ivy", "woman", ["person", "woman", "friend"], "Ivy, my friend, long hair."),
    _card("jam", "Bramble Jam", "jar", ["product", "shop", "jar"],
          "Brindlewood Larder bramble jam: a glass jar with a gingham lid."),
    _card("honey", "Heather Honey", "jar", ["product", "shop", "jar"],
          "Brindlewood Larder heather honey: a squat glass jar with a wax seal."),
    _lora("moor-lino", "Moor Lino", "style", "linocut print", ["style", "print", "linocut"],
           "Moor Lino: black-and-white linocut print style, gouged lines."),
    _lora("quay-block", "Quay Block", "style", "linocut print", ["style", "print", "linocut"],
           "Quay Block: two-colour linocut print style, rough ink texture."),
    _lora("mistwash", "Mistwash", "style", "ink wash painting", ["style", "ink", "monochrome"],
           "Ink wash painting style: loose black strokes, misty grey gradients."),
    _lora("sumi-rain", "Sumi Rain", "style", "ink wash painting", ["style", "ink", "traditional"],
           "Ink wash painting style with wet bleeding edges and red seal stamps."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def _families(selector: Selector, ids: list[str]) -> set[str]:
    return {selector.by_id[i].family for i in ids}


@pytest.mark.parametrize("request_, expected", [
    ("a silver haired elf with a longbow in the snow", {"wren", "sorrel"}),
    ("a border collie asleep by the stove", {"fen", "tarn"}),
    ("a brindlewood larder product on a white background", {"jam", "honey"}),
    ("a fluffy cream pom on a cushion", {"toffee", "fudge"}),  # the clipped start of their breed
])
def test_a_generic_phrase_in_the_cards_own_words_asks_which(selector, request_, expected):
    d = selector.select(request_)
    assert d.action == "clarify" and _families(selector, d.options) == expected, \
        (d.action, d.options)
    off = Selector(selector.store, disabled_rules=frozenset({LOOKALIKES_DESCRIBED}))
    assert off.select(request_).action == "none"  # the rule is what asks


@pytest.mark.parametrize("request_", [
    "an elf on the shelf",  # a bare class noun: any elf
    "a young woman with long hair",  # words for anyone's looks, and a category of being
    "a glass jar of pickles on a shelf",  # the jar holds another thing
    "a glass jar on a shelf",  # one ordinary word the jars share describes no card
    "two border collies herding sheep",  # a plural: the kind in general
    "a fluffy cream cake on a plate",  # the head is another thing, however they are described
])
def test_ordinary_generic_phrases_stay_none(selector, request_):
    d = selector.select(request_)
    assert d.action == "none", (d.action, d.options, d.checkpoints)


def test_an_answer_picks_one_of_the_lookalikes(selector):
    d = selector.select("a border collie asleep by the stove", answer="Tarn")
    assert (d.action, _families(selector, d.checkpoints)) == ("select", {"tarn"})


def test_depiction_fits_only_the_kind_of_picture_it_names(selector):
    index = selector.index
    (lino,) = depiction.depictions("a lino print of a heron")
    assert [t.low for t in lino.modifiers] == ["lino"] and lino.head.low == "print"
    assert depiction.narrows_to(index, "moor-lino", lino)  # "lino" is on its card
    assert not depiction.fits(index, "quay-block", lino)  # a noun its cards never use
    (oil,) = depiction.depictions("an oil painting of a fox")
    assert not depiction.fits(index, "mistwash", oil)  # an oil painting is no ink wash one
    (carved,) = depiction.depictions("a carved block print of a tree")
    assert depiction.narrows_to(index, "quay-block", carved)  # a participle only describes
    (bare,) = depiction.depictions("a print of a tree")
    assert depiction.fits(index, "moor-lino", bare) and \
        not depiction.narrows_to(index, "moor-lino", bare)  # names no kind of print


@pytest.mark.parametrize("request_", ["a lino print of a heron", "a carved block print of a tree"])
def test_a_style_named_by_its_medium_is_asked_with_its_lookalikes(selector, request_):
    d = selector.select(request_)
    assert d.action == "clarify" and \
        _families(selector, d.options) == {"moor-lino", "quay-block"}, (d.action, d.options)
    # the rule is what asks (with it off, paraphrase_names_a_lora would pick the style the
    # picture noun phrase means most; that rule is switched off too to see this one alone)
    off = Selector(selector.store, disabled_rules=frozenset({DEPICTED_KIND,
                                                             PARAPHRASE_NAMES_A_LORA}))
    assert off.select(request_).action == "none"


def test_a_question_between_styles_of_another_kind_is_none(selector):
    assert selector.select("an oil painting of a fox").action == "none"
    off = Selector(selector.store, disabled_rules=frozenset({DEPICTED_KIND}))
    assert off.select("an oil painting of a fox").action == "clarify"  # the model alone asks
