"""Request structure: how phrases are read and grouped (the rules of rules.py that look at the
shape of a request, not at its words). Each test also switches its rule off, so it shows
what the rule moves."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin.decide import compose
from personalq.checkin.intent import parse
from personalq.checkin.reasoner import CatalogIndex, Reasoner

ROWS = [
    dict(id="mia", name="Mia", trigger="<mia>", class_noun="woman",
         description="Mia, my sister, with long red hair.", tags=["person"]),
    dict(id="mug", name="Larkspur mug", trigger="<lark-mug>", class_noun="ceramic mug",
         description="The Larkspur cafe's ceramic mug with a lilac glaze.",
         tags=["product", "mug"]),
    dict(id="tankard", name="Pewter tankard", trigger="ptw_tank", class_noun="mug", kind="concept",
         description="Prop LoRA: a pewter beer tankard with a lid.", tags=["prop"]),
    dict(id="ink", name="Inkfall", trigger="inkf", class_noun="ink painting", kind="style",
         description="Loose ink painting with wet edges.", tags=["style", "ink"]),
    dict(id="kayak", name="Seaswift kayak", trigger="ssw_kyk", class_noun="kayak", kind="concept",
         description="Vehicle LoRA: a red Seaswift touring kayak.", tags=["vehicle", "boat"]),
    dict(id="tiles", name="Tilework", trigger="tlw", class_noun="painting", kind="style",
         description="Scenes painted as glazed blue tiles.", tags=["style", "tiles"]),
    dict(id="deco", name="Brasswork", trigger="brsw", class_noun="deco poster", kind="style",
         description="Streamlined 1930s deco poster.", tags=["style", "poster"]),
    dict(id="knight-1", name="Oren Valmere", trigger="orv", class_noun="character", family="oren",
         version=1, base_model="sd15", description="Oren Valmere, a knight with silver armour.",
         tags=["character", "knight"]),
    dict(id="lancer", name="Sura Kade", trigger="srk", class_noun="character", base_model="sdxl",
         description="Sura Kade, a knight with silver armour and a red plume.",
         tags=["character", "knight"]),
    dict(id="bike-1", name="Comet", trigger="<comet-1>", class_noun="bicycle", family="comet",
         version=1, created_at="2023-05-01", base_model="sd15",
         description="Comet, my road bike, plain grey frame.", tags=["bicycle"]),
    dict(id="bike-2", name="Comet", trigger="<comet-2>", class_noun="bicycle", family="comet",
         version=2, created_at="2025-05-01", base_model="sdxl",
         description="Comet, my road bike, resprayed green.", tags=["bicycle"]),
    dict(id="ink-1", name="Inkfall", trigger="inkf1", class_noun="ink painting", kind="style",
         family="ink2", version=1, base_model="sd15", description="Dry brush ink.",
         tags=["style", "brush"]),
]


def _reasoner(off: str | tuple[str, ...] | None = None) -> Reasoner:
    rows = [dict(r) for r in ROWS if r["id"] != "ink-1"]
    return Reasoner(CatalogIndex([Card.from_dict(r) for r in rows]),
                    disabled=frozenset((off,) if isinstance(off, str) else off or ()))


def _decide(request: str, off: str | tuple[str, ...] | None = None):
    r = _reasoner(off)
    return compose(request, r.resolve(r.parse(request)), r.index)


def test_indefinite_possessor_is_generic():
    # "an old woman's hands" are some woman's, not one of the user's people
    vocab = frozenset({"woman", "hand", "aunt"})  # "old" is a word no card uses
    assert parse("an old woman's hands", vocab).mentions[0].determiner == "indefinite"
    assert parse("an old woman's hands", vocab, generic_possessor=False).mentions[0].determiner \
        == "possessive"
    assert parse("my old aunt's hands", vocab).mentions[0].determiner == "possessive"


def test_one_phrase_one_thing():
    # the cafe's mug is one thing: not also the mug-shaped concept LoRA (a "ceramic mug" is
    # also another kind than a pewter one: other_name_after_a_noun_is_another_kind)
    assert _decide("the larkspur ceramic mug on a shelf").checkpoints == ["mug"]
    assert _decide("the larkspur ceramic mug on a shelf",
                   ("one_phrase_one_thing", "other_name_after_a_noun_is_another_kind")
                   ).checkpoints == ["mug", "tankard"]


def test_participle_is_no_medium():
    # "when I painted it" says what happened to the bike, not the picture's style
    assert _decide("my road bike before I painted it").checkpoints[0].startswith("bike-")
    assert len(_decide("my road bike before I painted it").checkpoints) == 1
    off = _decide("my road bike before I painted it", "participle_is_no_medium")
    assert "tiles" in off.checkpoints + off.options


def test_describing_phrase_alone_is_the_subject():
    # a phrase with a version cue describes the concept beside it; alone, it is the concept
    assert _decide("the silver knight for sdxl").checkpoints == ["lancer"]
    assert _decide("the silver knight for sdxl",
                   "describing_phrase_first_is_the_subject").action == "none"


def test_base_model_tells_look_alikes_apart():
    assert _decide("the silver knight for sdxl", "base_model_tells_apart").action == "clarify"


def test_base_model_cue_is_for_every_concept():
    r = Reasoner(CatalogIndex([Card.from_dict(dict(x)) for x in ROWS if x["id"] != "ink"]))
    request = "Comet in inkfall, sd15"
    ids = compose(request, r.resolve(r.parse(request)), r.index).checkpoints
    assert ids == ["bike-1", "ink-1"]


def test_comma_tag_describes_the_picture():
    assert _decide("a zeppelin over the sea, deco poster").checkpoints == ["deco"]
    assert _decide("a zeppelin over the sea, deco poster",
                   "comma_tag_describes_the_picture").action == "none"
    # a name after a comma still lists a subject
    assert _decide("a zeppelin over the sea, Mia").checkpoints == ["mia"]


def test_brand_names_the_product():
    assert _decide("Mia paddling a seaswift").checkpoints == ["mia", "kayak"]
    assert _decide("Mia paddling a seaswift", "brand_names_the_product").checkpoints == ["mia"]


def test_long_misspelt_rest_of_a_name_in_lower_case():
    # "oren valmire": the second word is the name's, misspelt, not a noun "oren" modifies
    assert _decide("oren valmire in a library").checkpoints == ["knight-1"]
