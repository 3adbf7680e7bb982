"""A retrained version that says it is "the same ..." keeps the earlier card's look (rule
`the_same_look_carries_over`, checkin/versions.py): words of the shared look pick the newest,
only what changed (or a version cue) picks the older one."""

from __future__ import annotations

import pytest

from personalq.checkin import rules
from personalq.checkin.select import Selector

ROWS = [
    dict(id="vest-1", name="Harbour Vest", trigger="hrbr_vst", class_noun="vest", kind="concept",
         family="vest", version=1, created_at="2024-01-01",
         description="Clothing LoRA: a red wool vest with brass buttons.", tags=["clothing"]),
    dict(id="vest-2", name="Harbour Vest", trigger="hrbr_vst_xl", class_noun="vest",
         kind="concept", family="vest", version=2, created_at="2025-01-01",
         description="Retrained on SDXL: the same vest with a finer knit.", tags=["clothing"]),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(ROWS)


def test_the_same_look_carries_over(selector):
    assert selector.select("red wool brass buttons harbour vest").checkpoints \
        == ["vest-2"]
    assert selector.select("a man in the harbour vest, version 1").checkpoints == ["vest-1"]
    off = Selector(selector.store, disabled_rules=frozenset([rules.SAME_LOOK]))
    assert off.select("red wool brass buttons harbour vest").checkpoints \
        == ["vest-1"]
