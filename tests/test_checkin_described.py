"""Styles, concept LoRAs and characters reached without their whole name (rules.py):
a phrase describing how the picture is made (medium_described_names_the_style), a narrower noun
for a concept's head (narrower_kind_names_the_concept), a modifier English has no noun for
(adjective_keeps_the_kind) and a title left out of a name (title_or_kind_left_out_of_a_name) and a
name typed with a slip beside an exact word (slip_beside_an_exact_name_word).
Each test switches its rule off too, so it shows what the rule moves; the cards are invented."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner

ROWS = [
    dict(id="crayon", name="Sugarpaper Scrawl", trigger="sgr_scrwl", class_noun="wax crayon drawing",
         kind="style", description="Sugarpaper Scrawl: waxy crayon drawing style on rough "
         "sugar paper, scribbled shading, bright primaries.", tags=["style", "crayon"]),
    dict(id="rally", name="Hillclimb Bill", trigger="h1llcl1mb", class_noun="rally poster",
         kind="style", description="Hillclimb Bill: 1960s motor rally poster style, halftone dots, "
         "hand lettering.", tags=["style", "poster", "1960s"]),
    dict(id="courier", name="Courier Van", trigger="c0ur13r_v4n", class_noun="delivery vehicle",
         kind="concept", description="Courier concept LoRA (vehicle type): a boxy parcel van "
         "with a sliding side door.", tags=["concept", "vehicle"]),
    dict(id="tram", name="Hilltop Tram", trigger="h1lltr4m", class_noun="cable tram", kind="concept",
         description="Tram concept LoRA (vehicle type): a cream and green hill tram.",
         tags=["concept", "vehicle", "tram"]),
    dict(id="orla", name="Captain Orla Fenwick", trigger="0rl4_f3nw1ck", class_noun="woman",
         description="Captain Orla Fenwick from the comic Saltwind (character LoRA): a retired "
         "ferry captain with a white braid and an oilskin coat.", tags=["character", "comic"]),
    dict(id="ivo", name="Ivo Marsh", trigger="<ivo>", class_noun="man",
         description="Ivo Marsh, my brother-in-law, with a grey beard.", tags=["person"]),
    dict(id="fudge", name="Bramble Fudge Tin", trigger="<brfudge>", class_noun="tin",
         description="Our shop's bramble fudge in a round tin with a purple label.",
         tags=["product", "tin"]),
    dict(id="biscuit", name="Biscuit", trigger="<biscuit>", class_noun="dog",
         description="Biscuit, our beagle.", tags=["pet", "dog"]),
]


def _decide(request: str, *off: str) -> list[str]:
    r = Reasoner(CatalogIndex([Card.from_dict(x) for x in ROWS]), disabled=frozenset(off))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


def test_medium_described_names_the_style():
    assert _decide("a heron in bright wax crayons") == ["crayon"]
    assert _decide("a 1960s rally poster of a lighthouse") == ["rally"]
    assert _decide("our beagle in bright wax crayons") == ["biscuit", "crayon"]
    assert _decide("a heron in bright wax crayons", rules.MEDIUM_DESCRIBED) == []
    assert _decide("a 1960s rally poster of a lighthouse", rules.MEDIUM_DESCRIBED) == []
    # one class word is a thing drawn; a class word beside a word the cards never use is too
    assert _decide("a box of crayons on a desk") == []
    assert _decide("a wax candle on a desk") == []
    assert _decide("a heron in bright wax polish") == []


def test_narrower_kind_names_the_concept():
    assert _decide("a delivery truck in the rain") == ["courier"]
    assert _decide("a delivery truck in the rain", rules.NARROWER_KIND) == []
    # the concept's own modifier is needed: any truck is only some vehicle
    assert _decide("a red truck in the rain") == []
    assert _decide("a delivery man at the door") == []


def test_adjective_keeps_the_kind():
    assert _decide("a zumbo tram full of passengers") == ["tram"]
    assert _decide("a zumbo tram full of passengers", rules.ADJECTIVE_KEEPS_KIND) == []
    # a noun before the head makes another kind of it
    assert _decide("a toy tram full of passengers") == []


def test_title_or_kind_left_out_of_a_name():
    # a coined surname (no English word) also names a being alone (coined_name_word_names_them),
    # so the title rule is seen with that one off
    both = (rules.TITLE_LEFT_OUT, rules.COINED_NAME_WORD)
    assert _decide("orla fenwick on a pier") == ["orla"]
    assert _decide("orla fenwick on a pier", *both) == []
    assert _decide("orla fenwick on a pier", rules.COINED_NAME_WORD) == ["orla"]
    assert _decide("fenwick on a pier") == ["orla"]
    assert _decide("fenwick on a pier", rules.COINED_NAME_WORD) == []  # else only a description
    # a thing's kind word at the end of its name may be left out too
    assert _decide("bramble fudge on a shelf") == ["fudge"]
    assert _decide("bramble fudge on a shelf", rules.TITLE_LEFT_OUT) == []
    assert _decide("a bramble bush on a shelf") == []
    assert _decide("bramble fudge cake on a shelf") == []  # the name words modify "cake"


def test_slip_beside_an_exact_name_word():
    assert _decide("iva marsh on a boat") == ["ivo"]
    assert _decide("iva marsh on a boat", rules.SLIP_IN_NAME) == []
    # a word two letters off, or no exact word beside it, is no slip
    assert _decide("ian marsh on a boat") == []
    assert _decide("a salt marsh at dawn") == []
    assert _decide("ivo marsh grass at dawn") == []  # exact words: the name modifies "grass"
