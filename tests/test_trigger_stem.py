"""A coded trigger typed without its last underscore-separated part (rule
`trigger_typed_without_its_suffix`, checkin/verbatim.py): "tok" for a card whose trigger is
"tok_xl" names that card, unless the stem is short, shared by two families or a trigger itself."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import trigger_stems, typed_trigger_stems

ROWS = [
    dict(id="pilot", name="Vexa Corvid", trigger="v3xa_c0rv1d_xl", class_noun="woman",
         description="Vexa Corvid, a game character: a raven-haired starship pilot.",
         tags=["character"]),
    dict(id="vest-1", name="Quilted Vest", trigger="q7_vest", class_noun="vest", kind="concept",
         family="vest", version=1, created_at="2024-01-01",
         description="Clothing LoRA: a quilted sleeveless vest.", tags=["clothing"]),
    dict(id="vest-2", name="Quilted Vest", trigger="q7_vest_xl", class_noun="vest",
         kind="concept", family="vest", version=2, created_at="2025-01-01",
         description="Clothing LoRA: a quilted sleeveless vest, retrained.", tags=["clothing"]),
    dict(id="moth-a", name="Moth Wing", trigger="m0thw1ng_v1", class_noun="wings", kind="concept",
         description="Concept LoRA: dusty moth wings.", tags=["wings"]),
    dict(id="moth-b", name="Moth Lamp", trigger="m0thw1ng_lamp", class_noun="lamp",
         kind="concept", description="Concept LoRA: a lamp with moths.", tags=["lamp"]),
    dict(id="render", name="Clay Render", trigger="3d_clay", class_noun="3d render",
         kind="style", description="Soft clay 3d render look.", tags=["style", "3d"]),
]


def _cards() -> list[Card]:
    return [Card.from_dict(r) for r in ROWS]


def test_stem_of_one_family_names_its_card():
    stems = trigger_stems(_cards())
    assert [c.id for c in typed_trigger_stems("V3XA_C0RV1D in her cockpit", stems)] == ["pilot"]
    assert [c.id for c in typed_trigger_stems("v3xa_c0rv1d-xl, night", stems)] == ["pilot"]


def test_stem_shared_short_or_whole_names_nothing():
    stems = trigger_stems(_cards())
    assert typed_trigger_stems("m0thw1ng over a porch", stems) == []  # two families
    assert typed_trigger_stems("a 3d teapot", stems) == []  # too short to be no word
    assert "q7_vest" not in stems  # a whole trigger is read as that trigger
    assert typed_trigger_stems("v3xa_c0rv1d_v2 flying", stems) == []  # another run


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(ROWS)


def test_trigger_typed_without_its_suffix(selector):
    d = selector.select("v3xa_c0rv1d in her cockpit")
    assert d.action == "select" and d.checkpoints == ["pilot"]
    assert selector.select("q7_vest on a mannequin").checkpoints == ["vest-1"]
    off = Selector(selector.store, disabled_rules=frozenset([rules.TRIGGER_STEM]))
    assert off.select("v3xa_c0rv1d in her cockpit").checkpoints != ["pilot"]
