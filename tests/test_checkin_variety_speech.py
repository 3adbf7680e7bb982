"""The closed-class words of English varieties (prepositions: dialect.prepositions_standard;
"oor"/"wor" before a name), the Scots "wean" as the contracted "wee one", the speaker's
"me and <kin>", and a title's regional forms before a name borrowed from an ordinary word, on
an invented household of a Jamaican fisherman in Port Antonio and on words alone."""

from __future__ import annotations

import pytest

from personalq.checkin.dialect import (VARIETY_PREPOSITION, prepositions_standard,
                                       standard_possessives, youngest_child)
from personalq.checkin.select import Selector


def _card(cid, name, noun, description, tags, kind="subject", version=1):
    return {"id": cid, "name": name, "trigger": f"<{cid}>", "class_noun": noun, "kind": kind,
            "family": cid.rsplit("-v", 1)[0], "version": version,
            "created_at": f"2024-0{version}-01", "description": description, "tags": tags}


_ROWS = [
    ("desmond-v1", "Desmond", "man", "Me, Desmond, at 52: white vest, straw hat, net over "
     "my shoulder.", ["me", "person", "man"]),
    ("marcia-v1", "Marcia", "woman", "My wife, Marcia, at 49: yellow headwrap, gold "
     "hoop earrings.", ["wife", "person", "woman"]),
    ("kemar-v1", "Kemar", "boy", "Our son, Kemar, at 15: school khaki uniform, "
     "cornrows.", ["son", "person", "teenager"]),
    ("shanice-v1", "Shanice", "girl", "Our daughter, Shanice, at 4: pink barrettes, "
     "gap-tooth smile.", ["daughter", "person", "child"]),
    ("pearl-v1", "Pearl", "old woman", "My mother, Pearl Campbell (the grandkids call her "
     "Granny Pearl), at 78: church hat, reading glasses.", ["mother", "person", "woman"]),
    ("seabird-v1", "Seabird", "boat", "Seabird, my fishing canoe: blue and yellow hull, "
     "outboard motor.", ["boat", "vehicle"]),
    ("woodcut-v1", "Woodcut", "woodcut print", "Woodcut print style: bold carved lines.",
     ["style", "printmaking"], "style"),
    ("fae-queen-v1", "Fae Queen", "woman", "The Fae Queen from a fantasy card game: "
     "antlers, moth wings.", ["character", "fantasy"]),
]
CARDS = [_card(*row) for row in _ROWS]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("typed, standard", [
    ("me wid mi net at the harbour", "me with mi net at the harbour"),      # Caribbean
    ("the canoe pon the beach", "the canoe on the beach"),
    ("kemar fram when he was small", "kemar from when he was small"),
    ("the dog wiv its ball", "the dog with its ball"),                       # London
    ("a fiddle propped agin the fence", "a fiddle propped against the fence"),  # Appalachian
    ("the hen coming oot the coop", "the hen coming out the coop"),          # Scots
    ("grandad wi' his pipe", "grandad with his pipe"),                       # Northern English
    ("me outta the truck", "me out of the truck"),                           # Southern US
])
def test_variety_preposition_is_read(typed, standard):
    assert prepositions_standard(typed) == standard


@pytest.mark.parametrize("typed", [
    "a fae in the woods", "the dark fae queen", "the sci fi one", "wi-fi at the cafe",
    "the fae", "wi",
])
def test_word_outside_a_preposition_slot_keeps_its_sense(typed):
    assert prepositions_standard(typed) == typed


def test_a_word_a_card_names_itself_by_stays():
    assert prepositions_standard("the queen fae the card game", frozenset({"fae"})) == \
        "the queen fae the card game"


def test_our_before_a_name_and_the_contracted_wee_one():
    assert standard_possessives("wor kemar at the match", frozenset({"kemar"})) == \
        "our kemar at the match"
    assert standard_possessives("me kemar at the match", frozenset({"kemar"})) == \
        "me kemar at the match"  # "me" is also the person drawn: two people
    assert youngest_child("the wean at the harbour") == "the wee one at the harbour"
    assert youngest_child("my sister's wean") == "my sister's wean"


def test_selection_reads_the_variety(selector):
    assert selector.select("shanice fram when she was small").checkpoints == ["shanice-v1"]
    assert selector.select("the fae queen wid her moth wings").checkpoints == ["fae-queen-v1"]
    assert selector.select("the wean at the harbour").checkpoints == ["shanice-v1"]
    assert sorted(selector.select("me and granny").checkpoints) == ["desmond-v1", "pearl-v1"]


def test_title_form_before_a_borrowed_name(selector):
    """The cards give "Granny Pearl": "gran pearl" is the same title before the name."""
    assert selector.select("gran pearl shelling peas").checkpoints == ["pearl-v1"]


def test_rule_is_named_and_switches_off():
    from personalq.checkin.chat import restore
    from personalq.checkin.rules import ALL_RULES
    assert VARIETY_PREPOSITION in ALL_RULES
    names = frozenset({"kemar"})
    assert restore("kemar fram when he was small", names) == "kemar from when he was small"
    assert restore("kemar fram when he was small", names, frozenset({VARIETY_PREPOSITION})) == \
        "kemar fram when he was small"
