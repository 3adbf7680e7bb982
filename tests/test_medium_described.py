"""Styles asked for by their medium or support rather than their name (paraphrase.py): a picture
"painted on copper" or "printed on silk" means the craft whose support that material is (rule
picture_on_a_material_is_a_style_phrase), and a medium word typed open ("a wood cut") is the word
English writes closed, read with the kind of picture English files it under (rule
open_medium_word_reads_as_its_kind). A request for the material or the tool itself stays none.
The cards are invented, from traditions no benchmark set has (batik, kente, Madhubani, Russian
lacquer icons, a Japanese woodblock print, azulejo tiles, stained glass); each test switches its
rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin import paraphrase
from personalq.checkin.select import Selector
from checkin_testdata import lora_card as _lora, selected, subject_card, without

ON_A_MATERIAL = "picture_on_a_material_is_a_style_phrase"
OPEN_MEDIUM = "open_medium_word_reads_as_its_kind"
TYPED_OPEN = "medium_word_typed_open"

CARDS = [
    subject_card("tomasz", "Tomasz", "man", ["person"], "Tomasz, my uncle, a beekeeper."),
    subject_card("pepper", "Pepper", "dog", ["pet", "dog"], "Pepper, our spotted terrier."),
    _lora("palekh", "Palekh Gold", "style", "copper icon", ["style", "icon", "copper", "folk art"],
          "Palekh miniature: a devotional icon in egg tempera on copper, black ground, gold leaf."),
    _lora("hokusai", "Floating World", "style", "ukiyo-e", ["style", "woodcut", "japanese"],
          "Edo period ukiyo-e woodcut: flat colour, bold outlines, wave patterns."),
    _lora("javawax", "Java Wax", "style", "batik", ["style", "textile", "indonesian"],
          "Indonesian batik: wax-resist dyed cloth, indigo and brown, fine crackle lines."),
    _lora("kente", "Kente Loom", "style", "woven cloth", ["style", "weaving", "ghanaian"],
          "Ghanaian kente strip weaving: bright interlocking gold and green bands."),
    _lora("mithila", "Mithila Lines", "style", "folk painting", ["style", "madhubani", "indian"],
          "Madhubani folk painting from Bihar: double outlines, fish and peacock motifs."),
    _lora("lisboa", "Lisboa Tiles", "style", "painted tile", ["style", "azulejo", "ceramic"],
          "Portuguese azulejo: blue and white hand-painted glazed ceramic tiles."),
    _lora("tepito", "Tepito Walls", "style", "mural painting", ["style", "mural", "mexican"],
          "Community mural on a plaster wall: bold flat colours, heroic figures, sunbursts."),
    _lora("rosewindow", "Rose Window", "style", "stained glass", ["style", "glass", "gothic"],
          "Gothic stained glass window: jewel colours between thick lead lines."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)



@pytest.mark.parametrize("request_", ["a saint painting on copper",
                                      "an old painting on copper of a stag"])
def test_a_picture_on_its_support_names_the_craft(selector, request_):
    assert selected(selector, request_) == ["palekh"]
    assert selected(without(selector, ON_A_MATERIAL), request_) == []


@pytest.mark.parametrize("request_", ["a heron as a wood cut", "a crane as a wood-cut"])
def test_a_medium_word_typed_open_is_the_cards_word(selector, request_):
    assert selected(selector, request_) == ["hokusai"]
    assert selected(without(selector, TYPED_OPEN, OPEN_MEDIUM), request_) == []


def test_a_medium_word_no_card_uses_is_read_with_its_kind(selector_on):
    sel = selector_on([c for c in CARDS if c["id"] != "lisboa"])
    assert selected(sel, "a jaguar as a fresco") == ["tepito"]  # a fresco is a mural
    assert selected(without(sel, OPEN_MEDIUM), "a jaguar as a fresco") == []


SHARED_CARDS = [
    subject_card("pepper", "Pepper", "dog", ["pet", "dog"], "Pepper, our spotted terrier."),
    _lora("solo-wax", "Solo Wax", "style", "batik", ["style", "batik", "javanese"],
          "Javanese batik from Solo: wax-resist dyed cloth in soga brown and indigo."),
    _lora("pesisir", "Pesisir Bloom", "style", "batik", ["style", "batik", "coastal"],
          "Coastal batik: wax-resist dyed cotton with bright flowers and birds."),
    _lora("kente", "Kente Loom", "style", "woven cloth", ["style", "weaving", "ghanaian"],
          "Ghanaian kente strip weaving: bright interlocking gold and green bands."),
    _lora("rosewindow", "Rose Window", "style", "stained glass", ["style", "glass", "gothic"],
          "Gothic stained glass window: jewel colours between thick lead lines."),
]


def test_a_medium_one_style_has_selects_it(selector_on):
    sel = selector_on(SHARED_CARDS)
    assert sel.select("a heron as stained glass").checkpoints == ["rosewindow"]


@pytest.mark.parametrize("request_", [
    "a copper kettle on a stove",       # the material itself
    "a poster on the wall of a barn",   # a place, with an article
    "a tin can on a shelf",
    "a paintbrush resting on a jar",
])
def test_the_material_or_a_place_is_no_style(selector, request_):
    assert selected(selector, request_) == []


def test_ground_phrases():
    assert [p.text for p in paraphrase.ground_phrases("an icon painted on copper at dusk")] == \
        ["painted on copper"]
    assert [p.text for p in paraphrase.ground_phrases("a print on silk")] == ["print on silk"]
    assert paraphrase.ground_phrases("a poster on the wall") == []
    assert paraphrase.ground_phrases("a kettle on copper pipes") == []


def test_closed_medium():
    assert paraphrase.closed_medium("lino cut") == "linocut print"
    assert paraphrase.closed_medium("a fresco") == "fresco mural"
    assert paraphrase.closed_medium("a retro style") is None  # no medium to read
    assert paraphrase.closed_medium("fresco", frozenset(["fresco"])) is None  # the card's own word


def test_a_participle_after_a_picture_noun_is_no_compound():
    texts = [p.text for p in paraphrase.picture_phrases("felt figures having tea")]
    assert texts == ["felt figures"]  # a clause follows: no noun the picture noun modifies
    assert paraphrase.picture_phrases("a busy print shop") == []  # a shop


CRAFT = "craft_word_on_a_thing_is_no_style"


@pytest.mark.parametrize("request_", ["a batik workshop on a busy street",
                                      "a wooden stamp dipped in batik dye"])
def test_the_crafts_own_things_are_no_style(selector_on, request_):
    sel = selector_on(SHARED_CARDS)
    assert sel.select(request_).action == "none"


def test_the_craft_rule_moves_a_question_to_none(selector_on):
    sel = selector_on(SHARED_CARDS)
    request_ = "a wooden stamp dipped in batik dye"
    assert without(sel, CRAFT).select(request_).action == "clarify"
    assert sel.select(request_).action == "none"
    assert sel.select("a heron as batik").action == "clarify"  # how it is drawn: still asked


def test_craft_things_only():
    def knows(tok):
        return tok.low in {"batik", "wax"}
    assert paraphrase.craft_things_only("a batik workshop on a busy street", knows)
    assert paraphrase.craft_things_only("a brush dipped in wax", knows)
    assert not paraphrase.craft_things_only("a heron as batik", knows)  # how it is drawn
    assert not paraphrase.craft_things_only("the batik one", knows)  # "one" is no artifact
    assert not paraphrase.craft_things_only("a brush painted in wax", knows)  # a making participle
