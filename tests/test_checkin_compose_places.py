"""A subject with the owner's place, a picture's device or a list of people (round 13): the
owner's own place in a place phrase joins the people the calibrated decision chose, "me" opening a
list is drawn, a camera or film after "on" is
the picture's style, and a phrase the chosen card says of its own look adds no style. Invented
Hungarian beekeeper's household and honey shop."""

from __future__ import annotations

import pytest

from personalq.checkin import paraphrase, rules
from checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("zsofi", "Zsofi", "woman", ["me", "person", "woman"],
                 "Me, Zsofi, at 46: grey plait, beekeeper's veil pushed back, green apron."),
    subject_card("bence", "Bence", "man", ["person", "man"],
                 "My husband Bence at 50: bushy beard, checked shirt, smoker in hand."),
    subject_card("lilla", "Lilla", "girl", ["person", "girl"],
                 "Our daughter Lilla at 12: two braids, a bee brooch on her jumper."),
    subject_card("mezes", "Mezes Bolt", "shop", ["shop", "storefront"],  # no category tag ("place",
                 # "building")
                 "Our honey shop in Eger: ochre plaster front, carved wooden door, a brass bee "
                 "sign over the window."),
    subject_card("lada", "Our Lada", "estate car", ["vehicle", "car"],
                 "Our old white Lada estate, the boot full of honey jars."),
    lora_card("instant", "Instant Snap", "style", "instant photo", ["style", "photo", "instant", "flash"],
              "A faded instant camera snapshot with a white border and a harsh flash."),
    lora_card("brass", "Brass Etching", "style", "etching", ["style", "etching", "brass"],
              "Fine line etching on brass plate, warm metallic tones."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _families(selector, req: str) -> set[str]:
    decision = selector.select(req)
    return {selector.by_id[i].family for i in decision.checkpoints}


def test_a_place_with_an_article_is_any(selector):
    assert "mezes" not in _families(selector, "Lilla outside a shop in the rain")


def test_me_opening_a_list_is_drawn(selector):
    req = "group photo: me, Bence, Lilla"
    assert _families(selector, req) == {"zsofi", "bence", "lilla"}
    off = without(selector, rules.ME_LISTED).select(req)
    assert "zsofi" not in {selector.by_id[i].family for i in off.checkpoints}


def test_a_device_after_on_is_a_style_phrase():
    found = paraphrase.device_phrases("grandpa on an old instant camera")
    assert [p.text for p in found] == ["old instant camera"]
    assert paraphrase.device_phrases("Lilla on the phone with her aunt") == []
    assert paraphrase.device_phrases("Bence on a ladder by the hives") == []


def test_a_device_names_the_style(selector):
    req = "Bence on an instant camera"
    assert _families(selector, req) == {"bence", "instant"}
    off = without(selector, rules.PICTURE_DEVICE).select(req)
    assert "instant" not in {selector.by_id[i].family for i in off.checkpoints}


def test_own_look_is_no_style(selector):
    req = "our honey shop with the brass bee sign"
    assert _families(selector, req) == {"mezes"}


def test_with_typed_short():
    from personalq.checkin import chat
    assert chat.restore("Lilla w/ Bence at the hives", frozenset()) == \
        "Lilla with Bence at the hives"
    assert chat.restore("the shop w balloons", frozenset()) == "the shop with balloons"
    assert chat.restore("a b/w photo of Route W 12", frozenset()) == "a b/w photo of Route W 12"
    off = chat.restore("Lilla w/ Bence", frozenset(), frozenset({chat.WITH_TYPED_SHORT}))
    assert off == "Lilla w/ Bence"


def test_people_written_with_short_with_are_drawn(selector):
    assert _families(selector, "Lilla w/ Bence by the hives") == {"lilla", "bence"}
