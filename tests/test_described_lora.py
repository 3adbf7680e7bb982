"""Style and concept LoRAs asked for by what they look like, not by their name: "in <medium>"
whose head English reads as a picture or a medium, "<modifiers> <picture noun>" anywhere in the
request (paraphrase.py), and a card word whose ordinary sense the next noun names ("pastel
colours", a "pike fish") meaning that sense, not the LoRA (rule head_names_the_ordinary_sense).
The cards are invented, from trades no benchmark set has (ceramics, calligraphy, food
photography, cel anime, a diving pose); each test also switches its rule off to show what it
moves."""

from __future__ import annotations

import pytest

from personalq.checkin import paraphrase
from personalq.checkin.rules import PARAPHRASE_NAMES_A_LORA
from personalq.checkin.select import Selector
from checkin_testdata import lora_card as _lora, selected, subject_card, without

ORDINARY_SENSE = "head_names_the_ordinary_sense"

CARDS = [
    subject_card("odile", "Odile", "cat", ["pet", "cat"], "Odile, our grey tabby cat."),
    subject_card("ravi", "Ravi", "man", ["person"], "Ravi, my brother, with a beard."),
    _lora("kilnfire", "Kilnfire", "style", "celadon ceramic glaze", ["style", "ceramics", "celadon"],
          "Pale green celadon glaze on porcelain with fine crackle, the subject as a glazed vase."),
    _lora("inkstroke", "Inkstroke", "style", "brush calligraphy", ["style", "calligraphy", "ink"],
          "East Asian brush calligraphy and ink strokes on rice paper."),
    _lora("tablescape", "Tablescape", "style", "overhead food photography",
          ["style", "food photography", "flat lay"],
          "Overhead flat lay food photography: styled table, linen, natural window light."),
    _lora("celframe", "Celframe", "style", "90s cel anime", ["style", "anime", "cel shading"],
          "A hand-painted 1990s cel anime frame: flat colours, bold outlines, film grain."),
    _lora("chalkdust", "Chalkdust", "style", "soft pastel drawing", ["style", "pastel", "drawing"],
          "Soft chalk pastel drawing on grey paper, smudged edges."),
    _lora("dirndl", "Dirndl", "concept", "dirndl dress", ["clothing", "concept", "dress"],
          "Bavarian dirndl dress: fitted bodice, apron and a puff-sleeved white blouse."),
    _lora("pike-dive", "Pike", "concept", "diving pose", ["pose", "concept", "diving"],
          "Pose LoRA: a diver in the pike position, folded at the hips, legs straight."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)




@pytest.mark.parametrize("request_, picked", [
    ("a bowl of ramen, overhead magazine food photo", ["tablescape"]),  # a picture noun phrase
    ("a ramen shop, hand painted 1990s anime still", ["celframe"]),
    ("a mountain village in old 90s anime", ["celframe"]),  # "in" + a craft's own word
])
def test_a_described_style_is_selected(selector, request_, picked):
    assert selected(selector, request_) == picked
    assert selected(without(selector, PARAPHRASE_NAMES_A_LORA), request_) != picked


@pytest.mark.parametrize("request_, lora", [
    ("a bedroom painted in pastel colours", "chalkdust"),  # a colour, not the drawing medium
    ("a pike fish in a river", "pike-dive"),  # the fish, not the diving position
])
def test_the_ordinary_sense_named_by_its_head_is_no_lora(selector, request_, lora):
    assert lora not in selected(selector, request_)
    off = without(selector, ORDINARY_SENSE, PARAPHRASE_NAMES_A_LORA)
    assert lora in selected(off, request_)


@pytest.mark.parametrize("request_, lora", [
    ("a fox in soft pastels", "chalkdust"),  # the medium itself
    ("a diver doing a pike", "pike-dive"),
])
def test_the_cards_own_sense_still_names_it(selector, request_, lora):
    assert lora in selected(selector, request_)


def test_which_in_phrases_may_mean_a_style():
    """"in" + a picture noun (any article) or a bare medium may be a style; a thing with an
    article, a place or a colour stays a frame for what is worn."""
    found = {(p.text, p.kind) for p in paraphrase.phrases(
        "a fox in a press photo, a heron in clay, a cup in a glass, a dog in a rainy city, "
        "a room in pastel colours, a bird in dotwork")}
    assert ("press photo", paraphrase.ANY) in found
    assert ("clay", paraphrase.ANY) in found
    assert ("dotwork", paraphrase.ANY) in found  # a word English does not have: a coinage
    assert ("glass", "concept") in found
    assert ("rainy city", "concept") in found
    assert ("pastel colours", "concept") in found


def test_picture_noun_phrases():
    """The noun phrase a picture noun heads, with a word narrowing it; a picture noun that
    modifies another noun ("print shop") or stands bare says nothing of a style."""
    found = {p.text for p in paraphrase.picture_phrases(
        "a jazz band, 1950s black and white press photo, in a print shop with a poster")}
    assert found == {"1950s black and white press photo"}


def test_a_description_settles_a_question_between_loras(selector):
    """Rule description_settles_the_question: a question between style LoRAs that a describing
    phrase means one of clearly (floor and margin over every style/concept card) is answered by
    it; a question whose options the phrase does not pick, or one offering a subject, stays."""
    from personalq.checkin.decide import Decision

    def ask(*ids: str) -> Decision:
        return Decision("clarify", options=list(ids), question="which?", prompt="")

    request = "a fox in 90s anime style"
    intent = selector.reasoner.parse(request)
    settled = selector._description_settles(request, intent, ask("celframe", "kilnfire"))
    assert (settled.action, settled.checkpoints) == ("select", ["celframe"])
    assert selector._description_settles(request, intent, ask("kilnfire", "inkstroke")).action \
        == "clarify"
    assert selector._description_settles(request, intent, ask("celframe", "odile")).action \
        == "clarify"
    either = "a fox in 90s anime style or in celadon"  # the user names the choice
    assert selector._description_settles(either, selector.reasoner.parse(either),
                                         ask("celframe", "kilnfire")).action == "clarify"
    off = without(selector, "description_settles_the_question")
    assert off._description_settles(request, intent, ask("celframe", "kilnfire")).action \
        == "clarify"
