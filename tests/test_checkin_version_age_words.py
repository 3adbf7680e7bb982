"""Age words inside a phrase: "the old <thing's name>" is the thing as it was (a base model's name
may stand between, "the old 1.5 <name>" is on that base), and "old" describes its phrase's head, not an old person of the catalog. Invented cards (a Hungarian
beekeeping family with a hive wagon); each rule test also switches its rule off."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import compose
from personalq.checkin.intent import base_cue
from personalq.checkin.reasoner import CatalogIndex, Reasoner


def _v(fam: str, n: int, date: str, base: str, desc: str, name: str, cls: str, tags: list[str],
       kind: str = "subject") -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=date, base_model=base, description=desc, tags=tags, kind=kind)


ROWS = [
    _v("ferenc", 1, "2024-05-01", "sdxl", "My grandfather Ferenc at 81: white moustache, green loden hat, "
       "smoker in hand.", "Ferenc", "old man", ["grandfather", "person", "elderly"]),
    _v("ilona", 1, "2022-05-01", "sd15", "My grandmother Ilona at 77: headscarf, blue apron, rolling "
       "pin.", "Ilona", "old woman", ["grandmother", "person", "elderly"]),
    _v("kocsi", 1, "2021-04-10", "sd15", "Kocsi, our hive wagon: wooden, red paint, twelve hive doors.",
       "Kocsi", "hive wagon", ["wagon", "hives"]),
    _v("kocsi", 2, "2025-04-12", "sdxl", "Kocsi, our hive wagon after the storm: repainted, solar panel "
       "on the roof.", "Kocsi", "hive wagon", ["wagon", "hives"]),
    _v("bodri", 1, "2019-04-10", "sd15", "Bodri, our puli, as a young dog: black cords.", "Bodri", "dog",
       ["dog", "puli"]),
    _v("bodri", 2, "2025-04-10", "sdxl", "Bodri, our puli at nine: grey muzzle.", "Bodri", "dog",
       ["dog", "puli"]),
]


def _pick(request: str, off: str | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if off else []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("PERSONALQ_TODAY", "2026-06-01")


@pytest.mark.parametrize("text", ["the old 1.5 kocsi lora", "the original 1.5 kocsi", "my new 1.5 kocsi"])
def test_a_version_word_before_the_base_number(text):
    assert base_cue(text) == "sd15"


def test_an_age_word_before_the_base_name_is_no_old_person():
    assert _pick("the old sd15 kocsi by a field of acacia") == ["kocsi-1"]


def test_the_old_things_name_is_its_older_version():
    assert _pick("the old kocsi") == ["kocsi-1"]
    assert _pick("the new kocsi") == ["kocsi-2"]
    assert _pick("the old kocsi", off=rules.AGE_WORD_KEEPS_THE_NAME) != ["kocsi-1"]


def test_old_describes_the_head_of_its_phrase():
    assert _pick("the old wooden kocsi") == ["kocsi-1"]
    assert _pick("the old wooden kocsi", off="age_word_describes_its_head") != ["kocsi-1"]


def test_an_old_person_or_animal_is_their_age():
    assert _pick("the old man with his smoker") == ["ferenc-1"]
    assert _pick("the old bodri") == ["bodri-2"]  # an animal's "old" is its age: no older version
