"""Round 20's ordinary senses on invented cards (an Icelandic horse farm, a Tuscan olive grower,
a Cornish bakery, a Ghanaian tailor's shop): a name word read in its ordinary sense, and two
families sharing a word. Each test switches its rule off too, so it shows what the rule moves
(ordinary.py, features.py, intent.py)."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin import ordinary, rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner


def _v(fam: str, n: int, desc: str, name: str, cls: str, tags: list[str], kind: str = "subject") -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=f"202{n}-05-01", base_model="sdxl", description=desc, tags=tags,
                kind=kind)


ROWS = [
    _v("sail", 1, "Sail, our Icelandic pony: a chestnut coat and a flaxen mane.", "Sail", "pony",
       ["pet", "pony", "horse"]),
    _v("clover", 1, "Clover, our white goat with one bent horn.", "Clover", "goat", ["pet", "goat"]),
    _v("farm", 1, "Our farmhouse above the olive grove: ochre walls, green shutters.", "our farmhouse",
       "house", ["home", "house", "farmhouse"]),
    _v("bakery", 1, "Stonebridge Bakery, our shop on the harbour: a blue door and a striped awning.",
       "Stonebridge Bakery", "bakery", ["shop", "bakery", "storefront"]),
    _v("tent", 1, "Canvas bell tent: cream canvas, bunting, a wooden pole.", "Canvas Tent", "tent",
       ["concept", "camping", "tent"], kind="concept"),
    _v("saffron", 1, "Saffron, our palomino pony, with a plaited forelock.", "Saffron", "pony",
       ["pet", "pony"]),
    _v("tea", 1, "Our tea blend, 'Saffron': a round tin with a pony drawn on the lid.", "Saffron",
       "tin of tea", ["product", "tea", "tin"]),
    _v("kwame", 1, "Kwame, my husband, at the cutting table with a tape measure.", "Kwame", "man",
       ["husband", "person", "man"]),
]


def _pick(request: str, off: str | None = None) -> tuple[str, list[str]]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards, frozenset([off] if off else [])),
                 disabled=frozenset([off] if off else []))
    d = compose(request, r.resolve(r.parse(request)), r.index)
    return d.action, d.checkpoints + d.options


def test_a_name_takes_no_verb_ending():
    assert _pick("the dinghy sailing in the bay") == ("none", [])
    assert _pick("the dinghy sailing in the bay", off=ordinary.INFLECTED_NAME)[1] == ["sail-1"]
    assert _pick("sail in the paddock") == ("select", ["sail-1"])


def test_a_landmark_listed_as_one_noun_is_not_the_own_house():
    assert _pick("the white house lit up at night") == ("none", [])
    assert _pick("the white house lit up at night", off="word_of_a_listed_noun_names_it")[1] == ["farm-1"]
    assert _pick("the house lit up at night") == ("select", ["farm-1"])


def test_a_framing_word_before_a_noun_modifies_it():
    assert _pick("a show tent at the county fair") == ("none", [])
    assert _pick("a show tent at the county fair", off=rules.FRAMING_NOUN)[1] == ["tent-1"]
    assert _pick("kwame in a canvas tent")[1] == ["kwame-1", "tent-1"]


def test_apposition_needs_what_the_cards_call_it():
    assert _pick("saffron the pony in the paddock") == ("select", ["saffron-1"])
    assert _pick("saffron the pony waving", off="apposition_says_what_it_is") == \
        ("clarify", ["saffron-1", "tea-1"])


def test_a_container_holds_stuff_not_a_relative():
    rows = [_v("walt", 1, "Walt Okafor, my father-in-law (Grandpa Walt / Pop), at 74 with a flat cap.",
               "Walt", "man", ["father-in-law", "grandfather", "person", "man"])]
    cards = [Card.from_dict(r) for r in rows]

    def pick(request: str, off: frozenset[str] = frozenset()) -> list[str]:
        r = Reasoner(CatalogIndex(cards), disabled=off)
        return compose(request, r.resolve(r.parse(request)), r.index).checkpoints

    assert pick("a jug of pop on a picnic table") == []
    assert pick("a jug of pop on a picnic table", frozenset([rules.CONTAINED_NO_KIN])) == ["walt-1"]
    assert pick("pop on the porch with his flat cap") == ["walt-1"]
