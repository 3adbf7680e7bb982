"""Round-24 rule name_modifier_names_the_member on an invented print studio (Dutch mezzotints,
Chinese New Year woodblock prints): "the <Name> lora" is that LoRA, not a set of the LoRAs of
that kind."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, lora_card, without
from personalq.checkin import rules
from personalq.checkin.select import Selector

MEZZO_V1 = {**lora_card("mezzo-v1", "Mezzotint", "style", "mezzotint",
                        ["style", "print", "mezzotint"],
                        "Mezzotint: velvety black grounds, soft tonal gradations, burnished lights."),
            "family": "mezzo", "created_at": "2022-05-01"}
MEZZO_V2 = {**lora_card("mezzo-v2", "Mezzotint", "style", "mezzotint",
                        ["style", "print", "mezzotint"],
                        "Mezzotint, second training: deeper blacks, finer rocker grain."),
            "family": "mezzo", "version": 2, "created_at": "2024-05-01"}
CARDS = [
    MEZZO_V1, MEZZO_V2,
    lora_card("nianhua", "Nianhua", "style", "woodblock print", ["style", "print", "folk"],
              "Chinese New Year woodblock print: door gods and fat babies in red and gold."),
    lora_card("gouache", "Gouache", "style", "gouache", ["style", "painting", "gouache"],
              "Gouache: flat opaque colour, matte finish."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def test_the_named_lora_is_that_lora(selector: Selector) -> None:
    on = selector.select("the first mezzotint lora, a heron in a pond")
    assert on.action == "select" and on.checkpoints == ["mezzo-v1"]
    off = without(selector, rules.NAME_MODIFIER).select("the first mezzotint lora, a heron in a pond")
    assert off.checkpoints != ["mezzo-v1"]


def test_a_partitive_still_asks(selector: Selector) -> None:
    asked = selector.select("one of the mezzotint loras, a heron in a pond")
    assert clarify_options(asked) >= {"mezzo-v2", "nianhua"}
