"""Which version of a family a request means when the cue is not a version number or a date:
a base model in any spelling, a season, an age or ordinal the card says, a life stage, a card's
own "before ..." clause, a period noun ("in my <activity> days"). Each test also switches its
rule off (versions.py, rules.py), so it shows what the rule moves. The examples are invented."""

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
    _v("rollo", 1, "2022-03-01", "sd15", "Rollo the Ram, our farm mascot, the first flat badge drawing.",
       "Rollo the Ram", "mascot", ["mascot", "ram"]),
    _v("rollo", 2, "2025-06-01", "sdxl", "Rollo the Ram mascot suit we sewed for the county fair.",
       "Rollo the Ram", "mascot", ["mascot", "ram"]),
    _v("quiff", 1, "2023-01-01", "sd15", "Hairstyle LoRA: a tall glossy quiff.", "Quiff", "hairstyle",
       ["hairstyle"], "concept"),
    _v("quiff", 2, "2025-01-01", "sdxl", "Hairstyle LoRA: the quiff for SDXL.", "Quiff", "hairstyle",
       ["hairstyle"], "concept"),
    _v("jar", 1, "2024-02-01", "sd15", "Our jam jar, the plain label.", "Jam Jar", "jar", ["jar", "product"]),
    _v("jar", 2, "2026-10-05", "sdxl", "Our jam jar, relabelled with gingham.", "Jam Jar", "jar",
       ["jar", "product"]),
    _v("jar", 3, "2026-12-01", "sdxl", "Our jam jar, the winter edition with a wax seal.", "Jam Jar",
       "jar", ["jar", "product"]),
    _v("tomas", 1, "2020-05-01", "sd15", "Tomas, my nephew, aged 6: missing front tooth.", "Tomas", "boy",
       ["nephew", "person", "boy"]),
    _v("tomas", 2, "2025-05-01", "sdxl", "Tomas, my nephew, aged 11: shaggy hair, school jumper.", "Tomas",
       "boy", ["nephew", "person", "boy"]),
    _v("miso", 1, "2019-01-01", "sd15", "Miso, our tabby, as a tiny kitten.", "Miso", "cat", ["pet", "cat"]),
    _v("miso", 2, "2024-01-01", "sdxl", "Miso, our tabby, grown and round.", "Miso", "cat", ["pet", "cat"]),
    _v("bramble", 1, "2018-01-01", "sd15", "Bramble, our bay mare, with a white star.", "Bramble", "horse",
       ["pet", "horse"]),
    _v("bramble", 2, "2024-01-01", "sdxl", "Bramble, our bay mare, in her winter rug.", "Bramble", "horse",
       ["pet", "horse"]),
    _v("ilse", 1, "2017-01-01", "sd15", "Ilse, my aunt, before she joined the orchestra: a roller skating "
       "champion, red curls.", "Ilse", "woman", ["aunt", "person"]),
    _v("ilse", 2, "2021-01-01", "sdxl", "Ilse, my aunt, with a cello and short red hair.", "Ilse", "woman",
       ["aunt", "person"]),
    _v("ilse", 3, "2025-01-01", "sdxl", "Ilse, my aunt, with silver hair and a shawl.", "Ilse", "woman",
       ["aunt", "person"]),
]


def _pick(request: str, off: str | tuple[str, ...] | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    offs = (off,) if isinstance(off, str) else (off or ())
    r = Reasoner(CatalogIndex(cards), disabled=frozenset(offs))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


@pytest.mark.parametrize("text, base", [
    ("rollo for sd1.5", "sd15"), ("the sd 1.5 one", "sd15"), ("a quiff, the 1.5 model", "sd15"),
    ("for xl please", "sdxl"), ("the xl version", "sdxl"),
    ("an XL jumper", None), ("for 1.5 hours", None), ("size xl", None),
])
def test_base_model_in_any_spelling(text, base):
    assert base_cue(text) == base


def test_bare_base_model_picks_the_version():
    assert _pick("a boy with a quiff, the 1.5 model") == ["quiff-1"]
    assert _pick("a boy with a quiff") == ["quiff-2"]


def test_season_names_its_months(monkeypatch):
    monkeypatch.setenv("PERSONALQ_TODAY", "2026-12-20")
    assert _pick("our jam jar from last autumn on a shelf") == ["jar-2"]
    assert _pick("our jam jar from last autumn on a shelf", off=rules.SEASON_MONTHS) == ["jar-3"]


@pytest.mark.parametrize("request_", ["Tomas at 6 on a swing", "my nephew aged 6 on a swing"])
def test_age_in_numbers_picks_the_version(request_):
    assert _pick(request_) == ["tomas-1"]
    assert _pick(request_, off=rules.AGE_PICKS) == ["tomas-2"]


def test_life_stage_is_the_named_subjects():
    assert sorted(_pick("aunt Ilse with Miso as a kitten")) == ["ilse-3", "miso-1"]


def test_before_clause_the_card_says_itself():
    assert _pick("aunt Ilse before she joined the orchestra") == ["ilse-1"]
    assert _pick("aunt Ilse when she still played in the orchestra") == ["ilse-1"]
    assert _pick("aunt Ilse before she joined the orchestra", off=rules.BEFORE_OWN_CLAUSE) != ["ilse-1"]


def test_before_a_change_no_card_names():
    assert _pick("aunt Ilse before she moved abroad") == ["ilse-2"]
    assert _pick("aunt Ilse before she moved abroad", off=rules.BEFORE_UNSEEN_CHANGE) == ["ilse-3"]
    assert _pick("aunt Ilse before sunset") == ["ilse-3"]  # no change of hers: the newest


def test_period_noun_is_transparent():
    assert _pick("aunt Ilse in her skating days") == ["ilse-1"]
    assert _pick("aunt Ilse in her skating days", off=rules.PERIOD_NOUN) == ["ilse-3"]
