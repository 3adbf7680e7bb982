"""Relatives named in the words families use: other languages' kinship words (kinship.py), a
kinship word the family uses as someone's name ("the kids call her Yiayia") chosen over every
other relative it fits (relations.Relations._called), names typed without their accents, and
a relative named in a card's prepositional phrase ("pregnant with our youngest"), who is
someone else than the card's subject (text.governed)."""

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
    _card("ada", "Ada", "woman", ["me", "person", "woman"],
          "Me, Ada, pregnant with our youngest; curly hair."),
    _card("teo", "Teo", "boy", ["son", "toddler", "boy"], "Teo, our youngest and my son."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_, expected", [
    ("mãe on the beach with an umbrella", ["sonia"]),  # Portuguese: mother
    ("yiayia in the kitchen", ["eleni"]),  # both are grandmothers; the kids call Eleni that
    ("the kids' vovo feeding pigeons", ["sonia"]),  # a chain, and the name typed without accent
    ("sonia at the market", ["sonia"]),  # "Sônia" typed without its accent
    ("my mother-in-law in the garden", ["eleni"]),
    ("our youngest stacking blocks", ["teo"]),  # Ada's card is pregnant *with* our youngest
])
def test_the_familys_own_words_select_the_relative(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (request_, d.action, d.options)


def test_a_grandmother_word_no_one_is_called_still_asks(selector):
    d = selector.select("grandma knitting by the fire")
    assert d.action == "clarify" and set(d.options) == {"eleni", "sonia"}


def test_a_relative_after_a_preposition_is_someone_else():
    from personalq.checkin.calibrated import kin_of
    from personalq.checkin.features import relation_words
    from personalq.checkin.kinship import Rel
    from personalq.checkin.relations import card_facts

    assert relation_words("Me, Ada, pregnant with our youngest; curly hair.") == []
    assert "son" in relation_words("Teo, our youngest and my son, a toddler.")
    assert not card_facts("Photo taken by my husband at the lake.")
    assert [f.rel for f in card_facts("Tobin, son of my sister, age nine.")] == [Rel("nibling", "m")]
    assert not kin_of("Me, pregnant with our youngest.", bare=False)
    assert kin_of("a photo of my dad", bare=True).owner == {"father"}  # a request's subject


def test_blood_relations_compose_by_generations():
    from personalq.checkin.kinship import Rel, rel_of
    from personalq.checkin.relations import compose

    def rel(word):
        return rel_of(word, True)[0]

    assert compose([rel("kids"), rel("cousin")]) == [Rel("nibling")]
    assert compose([rel("cousin"), rel("mother")]) == [Rel("pibling", "f")]  # my aunt
    assert compose([rel("kid"), rel("aunt")]) == [Rel("sibling", "f"), Rel("sibling", "f", in_law=True)]
    assert compose([rel("grandpa"), rel("mother")]) == [Rel("grandparent", "f", great=1)]
    assert compose([rel("sister"), rel("grandson")]) == []  # no English word: the cards' anchors decide


def test_the_kids_cousin_is_my_nephew(selector_on, tmp_path):
    cards = [_card("mateo", "Mateo", "boy", ["nephew", "child", "boy"], "Mateo, my sister's son."),
             _card("teo", "Teo", "boy", ["son", "toddler", "boy"], "Teo, my son.")]
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("".join(json.dumps(c) + "\n" for c in cards))
    d = selector_on(catalog).select("the kids' cousin eating ice cream")
    assert (d.action, d.checkpoints) == ("select", ["mateo"])
