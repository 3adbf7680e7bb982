"""Relatives named in the words families use: other languages' kinship words (kinship.py), a
kinship word the family uses as someone's name ("the kids call her Yiayia") chosen over every
other relative it fits (relations.Relations._called), and names typed without their accents."""

from __future__ import annotations

import json

import pytest

from personalq.checkin.select import Selector


def _card(id_, name, cls, tags, desc):
    return {"id": id_, "name": name, "trigger": f"<{id_}>", "class_noun": cls,
            "kind": "subject", "family": id_, "version": 1, "created_at": "2025-01-01",
            "description": desc, "tags": tags}


CARDS = [
    _card("nikos", "Nikos", "man", ["husband", "person", "man"], "Nikos, my husband, with a beard."),
    _card("eleni", "Eleni", "woman", ["mother-in-law", "grandmother", "person", "woman"],
          "Eleni, Nikos's mother and my mother-in-law; the kids call her Yiayia. Grey bun."),
    _card("sonia", "Sônia", "woman", ["mother", "grandmother", "person", "woman"],
          "Sônia, my mother; the kids call her Vovó. Silver hair."),
    _card("ana", "Ana", "girl", ["daughter", "child", "girl"], "Ana, our daughter, aged nine."),
    _card("rex", "Rex", "dog", ["pet", "dog"], "Rex, our old beagle."),
]


@pytest.fixture(scope="module")
def selector(selector_on, tmp_path_factory) -> Selector:
    catalog = tmp_path_factory.mktemp("kin_words") / "catalog.jsonl"
    catalog.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return selector_on(catalog)


@pytest.mark.parametrize("request_, expected", [
    ("mãe on the beach with an umbrella", ["sonia"]),  # Portuguese: mother
    ("yiayia in the kitchen", ["eleni"]),  # both are grandmothers; the kids call Eleni that
    ("the kids' vovo feeding pigeons", ["sonia"]),  # a chain, and the name typed without accent
    ("sonia at the market", ["sonia"]),  # "Sônia" typed without its accent
    ("my mother-in-law in the garden", ["eleni"]),
])
def test_the_familys_own_words_select_the_relative(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (request_, d.action, d.options)


def test_a_grandmother_word_no_one_is_called_still_asks(selector):
    d = selector.select("grandma knitting by the fire")
    assert d.action == "clarify" and set(d.options) == {"eleni", "sonia"}
