"""A certain select still composes with a LoRA or a second named subject that another part of
the request reaches (select.Selector._second_concept), and kinship words compose ("stepdad" is
step + father, "mother-in-law" is mother + in-law) on a small real family catalog."""

from __future__ import annotations

from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin.calibrated import family_kin, kin_of
from personalq.checkin.select import Selector
from personalq.checkin.kinship import Rel, forms, label_of, rel_of
from personalq.checkin.text import words

CATALOG = Path(__file__).parent / "data" / "checkin_family" / "catalog.jsonl"


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CATALOG)


def test_kinship_words_compose():
    assert label_of("stepdad") == label_of("step-father") == label_of("Stepfather") == "step+father"
    assert label_of("mother-in-law") == label_of("mum-in-law") == "mother+in-law"
    assert label_of("sister-in-law") == "sister+in-law"
    assert label_of("great-grandma") == "great+grandmother"
    assert label_of("half-brother") == label_of("brother") == "brother"  # a half-brother is a brother
    assert label_of("nani") == label_of("abuela") == "grandmother"  # regional grandparents
    assert label_of("pops") == "father" and label_of("son") == "son"
    assert label_of("auntie") == label_of("aunt") == "aunt"
    assert label_of("boy") is None and label_of("boy", pointed=True) == "son"  # "my boy"
    for word in ("steps", "stepping", "greatest", "halfway", "law", "step", "in-law"):
        assert label_of(word) is None, word
    assert {"stepdad", "step-dad", "stepfather"} <= forms(Rel("parent", "m", step=True))
    assert "mother" not in words("my mother-in-law")  # an in-law is not the base relation


def test_other_languages_kin_words_are_one_table():
    """The close family in other languages (kinship.KIN_BORROWED): accents optional, gender kept
    where the spelling keeps it, and a word that is also an English word stays English."""
    assert rel_of("mãe") == (Rel("parent", "f"), False)
    assert rel_of("vovó")[0] == Rel("grandparent", "f") and rel_of("vovô")[0].gender == "m"
    assert rel_of("vovo")[0] == Rel("grandparent")  # folded: either grandparent
    assert rel_of("yiayia")[0] == Rel("grandparent", "f") and rel_of("papou")[0].gender == "m"
    assert rel_of("mormor")[0].side == "maternal" and rel_of("farfar")[0].side == "paternal"
    assert rel_of("sœur")[0] == rel_of("soeur")[0] == Rel("sibling", "f")
    for word in ("mae", "ate", "anne", "lola", "mutter", "padre", "nine", "faster"):
        assert rel_of(word) is None, word  # English words (or names) first
    assert "oma" in forms(Rel("grandparent", "f")) and "dadi" not in forms(
        Rel("grandparent", "f", side="maternal"))


def test_card_relations_come_from_appositions(selector):
    fam = selector.index.families["desmond"]  # "My stepfather Desmond, who married my mum"
    assert family_kin(fam).owner == {"step+father"}
    assert kin_of("my stepdad at a barbecue", bare=True).owner == {"step+father"}


@pytest.mark.parametrize("request_, expected", [
    ("my stepdad fishing off a pier", ["desmond-v1"]),
    ("my step-father at a barbecue", ["desmond-v1"]),
    ("the mother-in-law knitting by the fire", ["greta-v1"]),
    ("my mum knitting", ["ruth-v1"]),
])
def test_composed_kinship_selects_the_relative(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected)


@pytest.mark.parametrize("request_, expected", [
    ("Tom jumping in mid-air", ["tom-v1", "leap-v1"]),  # a pose the leftover words name
    ("Tom riding in a rickshaw", ["tom-v1", "rickshaw-v1"]),
    ("the Heron as a claymation scene", ["heron-v1", "clayfolk-v1"]),  # a style phrase
    ("Tom by the window", ["tom-v1"]),  # a style's tag word used for the scene: no style
    ("Tom dancing at a party", ["tom-v1"]),  # near a pose in meaning, named by no word of it
])
def test_a_certain_select_composes_only_on_strong_evidence(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected)


def test_me_is_the_person_drawn_unless_the_picture_is_made_for_me():
    from personalq.checkin.intent import self_reference
    from personalq.checkin.text import tokenize

    def lows(text):
        return [t.low for t in self_reference(tokenize(text))]

    assert lows("me on a summit")[0] == "myself"
    assert "myself" in lows("Tom and me on the porch")
    assert "myself" in lows("a photo of me at the beach")
    assert "myself" in lows("draw me as a pirate")  # the speaker is drawn
    assert "myself" not in lows("make me a poster of Tom")  # made for the speaker
    assert "myself" not in lows("show me Tom on a bike")
    assert "myself" not in lows("a gift for me")
    tok = self_reference(tokenize("Tom and me"))[2]
    assert (tok.text, tok.start, tok.end) == ("me", 8, 10)  # keeps its place for the rewrite


def test_a_joined_lora_keeps_the_reasoner_placements(selector):
    d = selector.select("the Heron as a claymation scene")
    assert d.prompt.startswith("hrn boat") and d.prompt.endswith("clyflk_style style")


def test_a_preposition_ends_the_named_phrase(selector):
    """The trigger and class noun replace the name, not the preposition after it."""
    d = selector.select("Tom aboard a ferry")
    assert d.action == "select" and d.checkpoints == ["tom-v1"]
    assert d.prompt == "tm man aboard a ferry"


def test_a_first_person_card_is_the_owners_own(tmp_path, monkeypatch):
    """A card written in the first person ("Me, Ada, ...", or tagged "me") is the one "myself"
    and "me" (as the person drawn) reach, whatever else its tags say; a card about someone
    else is not."""
    import json

    from personalq.catalog.card import Card
    from personalq.checkin.features import presents_owner

    assert presents_owner(Card(id="a", name="Ada", trigger="t", description="Me, Ada, at 30."))
    assert presents_owner(Card(id="a", name="Ada", trigger="t", description="Ada.", tags=["me"]))
    assert not presents_owner(Card(id="b", name="Bo", trigger="t", description="Bo, my son."))
    cards = [
        {"id": "ada", "name": "Ada", "trigger": "<ada>", "class_noun": "woman", "kind": "subject",
         "family": "ada", "version": 1, "created_at": "2025-01-01",
         "description": "Me, Ada, with short grey hair.", "tags": ["person", "woman"]},
        {"id": "bo", "name": "Bo", "trigger": "<bo>", "class_noun": "man", "kind": "subject",
         "family": "bo", "version": 1, "created_at": "2025-01-01",
         "description": "Bo, my son, with a red cap.", "tags": ["person", "man"]},
        {"id": "rex", "name": "Rex", "trigger": "<rex>", "class_noun": "dog", "kind": "subject",
         "family": "rex", "version": 1, "created_at": "2025-01-01",
         "description": "Rex, our old beagle.", "tags": ["pet", "dog"]}]
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("".join(json.dumps(c) + "\n" for c in cards))
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    sel = Selector(open_repository(catalog))
    for request in ("me at my desk with a coffee", "a selfie of myself on the ferry"):
        d = sel.select(request)
        assert (d.action, d.checkpoint) == ("select", "ada"), request
    assert sel.select("show me my son in the park").checkpoint == "bo"
