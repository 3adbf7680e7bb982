"""A one-word name borrowed from an ordinary word stays borrowed beside the person's other names
(a full name in the home language): rule borrowed_name_beside_other_names. Invented catalog: a
Ghanaian taxi driver's family and a Hungarian beekeeper's favourite fantasy character."""

from __future__ import annotations

import pytest

from checkin_testdata import lora_card, subject_card, without

CARDS = [
    subject_card("blessing", "Blessing", "woman", ["person", "woman", "dispatcher"],
                 "Mensah Abena (Blessing), who runs our booking line: braids, radio headset."),
    subject_card("pepper", "Pepper", "dog", ["pet", "dog", "mongrel"],
                 "Pepper, our brown mongrel, asleep under the taxi."),
    subject_card("kofi", "Kofi", "man", ["person", "man", "driver"],
                 "Me, Kofi, beside my yellow taxi at Kaneshie station."),
    subject_card("ilona", "Ilona", "woman", ["character", "swordswoman", "red hair"],
                 "Ilona the Star of the Valley, a comic swordswoman: red braid, bee-gold armour."),
    lora_card("kente", "Kente Weave", "style", "textile", ["style", "weave", "textile"],
              "Bright kente weave: interlocking strips of gold, green and red."),
]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _chosen(selector, request_: str, off: str | None = None) -> set[str]:
    sel = without(selector, off) if off else selector
    d = sel.select(request_)
    return {selector.by_id[i].family for i in d.checkpoints + d.options}


def test_a_borrowed_name_beside_a_full_name_is_still_borrowed(selector):
    request_ = "the pastor saying blessing over the new taxi"
    assert "blessing" not in _chosen(selector, request_)
    assert "blessing" in _chosen(selector, request_, "borrowed_name_beside_other_names")
    assert "blessing" in _chosen(selector, "Blessing with her radio headset")
