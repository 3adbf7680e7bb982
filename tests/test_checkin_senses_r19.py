"""Round 19's version cues and ordinary senses on invented cards (a Mongolian herder's family, a
Peruvian weaver's household, a Finnish fisherman): each test switches its rule off too, so it
shows what the rule moves (stages.py, versions.py, ordinary.py)."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin import rules, stages
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner


def _v(fam: str, n: int, date: str, desc: str, name: str, cls: str, tags: list[str],
       kind: str = "subject") -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=date, base_model="sdxl", description=desc, tags=tags, kind=kind)


ROWS = [
    _v("dolgor", 1, "2015-06-01", "Dolgor, my grandmother, at 70: blue deel, silver earrings.", "Dolgor",
       "old woman", ["grandmother", "person", "woman"]),
    _v("dolgor", 2, "2024-06-01", "Dolgor, my grandmother, at 79: a walking stick, fur hat.", "Dolgor",
       "old woman", ["grandmother", "person", "woman"]),
    _v("altan", 1, "2016-05-01", "Altan, our horse, at one: a dun coat and a short black mane.", "Altan",
       "horse", ["pet", "horse"]),
    _v("altan", 2, "2024-05-01", "Altan, our horse, at nine: a dun coat, grey round the muzzle.", "Altan",
       "horse", ["pet", "horse"]),
    _v("kalle", 1, "2012-01-01", "Kalle, me, at 30 with a sandy fringe and a wool jumper.", "Kalle", "man",
       ["me", "person", "man"]),
    _v("kalle", 2, "2024-01-01", "Kalle, me, at 42 with reading glasses and an orange float coat.", "Kalle",
       "man", ["me", "person", "man"]),
    _v("inti", 1, "2018-01-01", "Inti, my son, at 19 with a black beard and a wool chullo.", "Inti", "man",
       ["son", "person", "man"]),
    _v("inti", 2, "2024-01-01", "Inti, my son, at 25, bleached blond, a red poncho.", "Inti", "man",
       ["son", "person", "man"]),
    _v("bat", 1, "2017-01-01", "Bat, my brother, at 28, his hair in one long plait, a leather belt.", "Bat", "man",
       ["brother", "person", "man"]),
    _v("bat", 2, "2024-01-01", "Bat, my brother, after he cut his braid off: short hair, a denim jacket.",
       "Bat", "man", ["brother", "person", "man"]),
    _v("king", 1, "2023-01-01", "King, our herding dog: black and tan, a red collar.", "King", "dog",
       ["pet", "dog"]),
    _v("ounce", 1, "2023-01-01", "Ounce, our tabby cat: grey stripes, white paws.", "Ounce", "cat",
       ["pet", "cat"]),
]


def _pick(request: str, off: str | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if off else []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


def test_ordinal_alone_after_a_possessor_is_a_birthday():
    assert _pick("my grandmother at her 70th, in the ger") == ["dolgor-1"]
    assert _pick("my grandmother at her 70th, in the ger", off=rules.BIRTHDAY_ORDINAL) == ["dolgor-2"]


def test_young_before_an_animal_kind_is_its_youth():
    assert _pick("altan as a young horse on the steppe") == ["altan-1"]
    assert _pick("altan as a young horse on the steppe", off=rules.YOUNG_OF_A_KIND) == ["altan-2"]


def test_a_breed_named_after_a_person_makes_no_person():
    cards = [Card.from_dict(_v("pip", 1, "2023-01-01", "Pip, our spaniel.", "Pip", "dog",
                               ["pet", "dog", "cavalier king charles"]))]
    assert not stages.is_person(cards)
    assert stages.is_person(cards, names_no_kind=False)


def test_an_adjective_in_y_is_no_pet_form_of_its_noun():
    assert _pick("me digging in the sand with a spade") == ["kalle-2"]
    assert _pick("me digging in the sand with a spade", off=rules.PET_FORM_IS_A_NOUN) == ["kalle-1"]


def test_before_a_change_only_the_oldest_card_shows():
    assert _pick("inti before he dyed his beard, at the market") == ["inti-1"]
    assert _pick("inti before he dyed his beard, at the market", off=rules.OLDEST_STATE_BEFORE_CHANGE) == ["inti-2"]


def test_a_part_a_card_says_is_gone_was_on_the_version_before():
    assert _pick("bat with the braid, riding a horse") == ["bat-1"]
    assert _pick("bat with the braid, riding a horse", off=rules.GONE_WAS_THERE_BEFORE) == ["bat-2"]


def test_a_name_joined_to_a_noun_of_its_ordinary_kind_is_that_noun():
    assert _pick("the king and prince on a palace balcony") == []
    assert _pick("the king and prince on a palace balcony", off="joined_to_its_own_kind") == ["king-1"]


def test_a_noun_of_measure_before_of_is_an_amount():
    assert _pick("ounce of saffron in a glass jar") == []
    assert _pick("ounce of saffron in a glass jar", off="measure_before_of_is_an_amount") == ["ounce-1"]
