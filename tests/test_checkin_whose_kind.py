"""Round-24 rules on whose a look-alike is, on an invented Chilean-Filipino smallholding: a
possessor that ends a phrase "our" opens (last_possessor_of_a_chain_owns), a modified class noun
that is a kind apart (modified_kind_is_another_kind) and a possessor naming someone else's
look-alike (possessor_names_whose_kind)."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, subject_card, without
from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.options import options_the_speaker_owns, stated_owner
from personalq.checkin.select import Selector

CARDS = [
    subject_card("marisol", "Marisol", "woman", ["me", "person", "woman"],
                 "Me, Marisol, at 51, grey braid, rubber boots, apron."),
    subject_card("tala", "Tala", "goat", ["pet", "goat", "nubian"],
                 "Tala, our nubian goat: brown with long floppy ears and a bell."),
    subject_card("bituin", "Bituin", "goat", ["goat", "nubian", "neighbour"],
                 "Bituin, the Villanuevas' nubian goat from the next farm: brown, floppy ears, "
                 "no bell."),
    subject_card("kambing", "Kambing", "cartoon goat", ["character", "cartoon", "goat"],
                 "Kambing from the kids' cartoon, downloaded for the grandchildren: a round "
                 "brown goat with big eyes."),
    subject_card("michi", "Michi", "cat", ["pet", "cat", "tabby"],
                 "Michi, our tabby cat, striped grey with a white bib."),
    subject_card("lucho", "Lucho", "cat", ["cat", "tabby"],
                 "Lucho, our allotment neighbours' (the Ferreiras') tabby cat: grey stripes, "
                 "white bib, torn ear."),
]


def _cards() -> dict[str, Card]:
    return {c["id"]: Card(**c) for c in CARDS}


def test_a_possessor_past_modifiers_owns_the_thing() -> None:
    lucho = _cards()["lucho"]
    assert stated_owner(lucho) == "other"
    assert stated_owner(lucho, disabled=frozenset({rules.LAST_POSSESSOR})) == "mine"
    comma = Card(**subject_card("x", "Pip", "cat", ["cat"], "Pip, our cat, Abuela's favourite."))
    assert stated_owner(comma) == "mine"  # the comma ends the phrase "our" opens


def test_our_kind_leaves_the_modified_kind_out() -> None:
    cards = _cards()
    goats = [cards["tala"], cards["bituin"], cards["kambing"]]
    assert [c.id for c in options_the_speaker_owns("our goat by the well", goats)] == ["tala"]
    off = frozenset({rules.MODIFIED_KIND})
    assert options_the_speaker_owns("our goat by the well", goats, disabled=off) is None
    # the request says the modifier: the cartoon one stays in the question
    assert options_the_speaker_owns("our cartoon goat by the well", goats) is None


def test_a_possessor_names_someone_elses_lookalike() -> None:
    cards = _cards()
    goats = [cards["tala"], cards["bituin"]]
    cats = [cards["michi"], cards["lucho"]]
    assert [c.id for c in options_the_speaker_owns("the villanuevas goat at the fence", goats)] \
        == ["bituin"]
    assert [c.id for c in options_the_speaker_owns("the ferreira's cat on a wall", cats)] == \
        ["lucho"]
    off = frozenset({rules.THEIR_KIND})
    assert options_the_speaker_owns("the villanuevas goat at the fence", goats, disabled=off) \
        is None
    # a describing word is no possessor: the question stays
    assert options_the_speaker_owns("the brown goat at the fence", goats) is None


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def test_whose_goat_on_the_selector(selector: Selector) -> None:
    ours = selector.select("our goat asleep in the hay")
    assert ours.action == "select" and ours.checkpoints == ["tala"]
    off = without(selector, rules.MODIFIED_KIND).select("our goat asleep in the hay")
    assert off.checkpoints != ["tala"]
    theirs = selector.select("the villanuevas goat eating the washing")
    assert theirs.action == "select" and theirs.checkpoints == ["bituin"]
    off = without(selector, rules.THEIR_KIND).select("the villanuevas goat eating the washing")
    assert clarify_options(off) >= {"tala", "bituin"} or off.checkpoints != ["bituin"]
