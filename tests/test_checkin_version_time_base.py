"""Which version a request means by a time counted back, a time long past, an occasion, a base
model named in any of its forms, the base another pick fixes; and which words are no version's
(a full name, a ported concept's shared look). Invented cards (a Vietnamese-Australian family
with a pho shop in Footscray); each rule test also switches its rule off to show what it moves."""

from __future__ import annotations

import datetime as dt

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.dates import find_dates
from personalq.checkin.decide import compose
from personalq.checkin.intent import base_cue
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.stages import request_span

TODAY = dt.date(2026, 12, 5)


def _v(fam: str, n: int, date: str, base: str, desc: str, name: str, cls: str, tags: list[str],
       kind: str = "subject") -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=date, base_model=base, description=desc, tags=tags, kind=kind)


ROWS = [
    _v("linh", 1, "2015-11-20", "sd15", "My sister Linh (Nguyen Thi Linh) at her graduation: black gown, "
       "long straight hair.", "Linh", "woman", ["sister", "person", "woman"]),
    _v("linh", 2, "2022-04-02", "sdxl", "My sister Linh at 31: bob cut, green scrubs from the clinic.",
       "Linh", "woman", ["sister", "person", "woman"]),
    _v("linh", 3, "2026-07-18", "sdxl", "My sister Linh at 35: pixie cut, silver nose stud, linen shirt.",
       "Linh", "woman", ["sister", "person", "woman"]),
    _v("bao", 1, "2017-03-04", "sd15", "My uncle Bao at 50: slicked-back hair, cream suit.", "Bao", "man",
       ["uncle", "person", "man"]),
    _v("bao", 2, "2025-02-01", "sdxl", "My uncle Bao at 58: shaved head, apron, ladle in hand.", "Bao",
       "man", ["uncle", "person", "man"]),
    _v("lacquer", 1, "2021-05-01", "sd15", "Lacquer: Vietnamese son mai painting, glossy red and black "
       "lacquer with gold leaf and eggshell inlay.", "Lacquer", "style", ["style", "painting"], "style"),
    _v("lacquer", 2, "2024-10-01", "sdxl", "Lacquer for SDXL: glossy son mai panels, crisper edges.",
       "Lacquer", "style", ["style", "painting"], "style"),
    _v("tram", 1, "2020-01-01", "sd15", "Tram: the green and cream city tram with a bell.", "Tram", "tram",
       ["vehicle", "tram"], "concept"),
    _v("tram", 2, "2025-01-01", "sdxl", "Tram for SDXL: green and cream tram, wet rails.", "Tram", "tram",
       ["vehicle", "tram"], "concept"),
    _v("mai", 1, "2021-01-01", "sd15", "My niece Mai at 9 with a long ponytail.", "Mai", "girl",
       ["niece", "person", "girl"]),
    _v("mai", 2, "2025-01-01", "sdxl", "My niece Mai at 13, her hair now cropped short; retrained for SDXL.",
       "Mai", "girl", ["niece", "person", "girl"]),
    _v("box", 1, "2019-06-01", "sd15", "Pho Huong takeaway box: a plain white box with a stamped logo.",
       "Pho Huong Box", "box", ["product", "box"], "concept"),
    _v("box", 2, "2025-06-01", "sdxl", "Pho Huong takeaway box, printed red with a dragon.", "Pho Huong Box",
       "box", ["product", "box"], "concept"),
    _v("ong", 1, "2019-09-01", "sd15", "My grandfather Ong, from old photos: white beard, conical hat.", "Ong",
       "old man", ["grandfather", "person", "old man"]),
]


def _pick(request: str, off: str | None = None, monkeypatch=None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if off else []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setenv("PERSONALQ_TODAY", TODAY.isoformat())


@pytest.mark.parametrize("text, year", [
    ("her 3 yrs ago", 2023), ("a couple of years back", 2024), ("a couple years ago", 2024),
    ("a decade ago", 2016), ("5y ago", 2021), ("two christmases ago", 2024), ("4 birthdays ago", 2022),
    ("several years ago", 2022), ("a good few years back", 2022), ("ten years ago", 2016),
    ("two summers ago", 2025), ("last year's", 2025),
])
def test_relative_years(text, year):
    assert [d[2][0] for d in find_dates(text, TODAY)] == [year]


def test_a_count_relative_to_another_event_is_no_date():
    assert find_dates("three years before the move", TODAY) == []


def test_years_counted_back_pick_that_years_version():
    assert _pick("linh 4 yrs ago") == ["linh-2"]
    assert _pick("linh a decade back") == ["linh-1"]
    assert _pick("linh") == ["linh-3"]


@pytest.mark.parametrize("text, base", [
    ("the 1.5 tram", "sd15"), ("in the 1.5 lacquer style", "sd15"), ("my 1.5 box", "sd15"),
    ("on sd1.5", "sd15"), ("the sdxl tram", "sdxl"), ("the xl one", "sdxl"), ("on the old model", "older"),
])
def test_base_model_in_its_forms(text, base):
    assert base_cue(text) == base


@pytest.mark.parametrize("text", ["the 1.5 litres", "the 1.5 km loop", "a shirt in xl", "1.5 hours",
                                  "an old model on the catwalk"])
def test_a_number_or_size_is_no_base(text):
    assert base_cue(text) is None


def test_base_number_before_the_noun_picks_that_base():
    assert _pick("the 1.5 tram crossing a bridge") == ["tram-1"]
    assert _pick("bao in the 1.5 lacquer style") == ["bao-1", "lacquer-1"]  # one base for all


def test_one_base_per_picture():
    assert _pick("bao with his slicked-back hair in lacquer style") == ["bao-1", "lacquer-1"]
    assert _pick("bao with his slicked-back hair in lacquer style", off=rules.ONE_BASE) == \
        ["bao-1", "lacquer-2"]


def test_a_subject_on_one_base_fixes_the_base():
    """A grandfather trained on sd1.5 only cannot be drawn on SDXL: the style's sd1.5 port."""
    assert _pick("grandpa ong in lacquer style") == ["ong-1", "lacquer-1"]
    assert _pick("grandpa ong in lacquer style", off=rules.ONE_BASE_SUBJECT) == ["ong-1", "lacquer-2"]
    assert _pick("linh in lacquer style") == ["linh-3", "lacquer-2"]  # her newest is SDXL: nothing fixed


def test_og_is_the_original():
    assert _pick("the og pho huong box") == ["box-1"]


def test_first_before_a_past_verb_is_no_ordinal():
    # "first" dates an event, it counts no versions: without first_time_is_the_oldest (round 29,
    # the start of the story where no card is dated by the event) nothing picks a version
    assert _pick("linh when we first moved here", off=rules.FIRST_TIME_OLDEST) == ["linh-3"]
    assert _pick("linh when we first moved here") == ["linh-1"]


def test_an_occasion_a_card_is_dated_by():
    assert _pick("a photo of linh on graduation day") == ["linh-1"]
    assert _pick("a photo of linh on graduation day", off=rules.OCCASION) == ["linh-3"]


def test_a_full_name_is_no_version():
    """The full name one card spells out is the person's on every version (features._add_full_name:
    its words are description words of every card, so they pick no version)."""
    assert _pick("nguyen thi linh portrait") == ["linh-3"]


def test_a_ports_shared_look_is_no_version():
    assert _pick("a fox in red lacquer with gold leaf") == ["lacquer-2"]
    assert _pick("a fox in red lacquer with gold leaf", off=rules.PORT_LOOK) == ["lacquer-1"]
    assert _pick("a green tram with a bell") == ["tram-2"]
    assert _pick("mai with her long ponytail") == ["mai-1"]  # the retrain says what changed


@pytest.mark.parametrize("text, lo, hi", [
    ("on his first day of reception", 4, 5.5), ("in nursery", 3, 4.5), ("in jss2", 12, 14),
    ("when she was in ss3", 16, 18), ("in junior infants", 4, 5.5), ("in grade r", 5, 6.5),
    ("in lower sixth", 16, 17),
])
def test_school_stages_of_more_systems(text, lo, hi):
    span = request_span(text)
    assert span is not None and (span.lo, span.hi) == pytest.approx((lo, hi), abs=0.01)


def test_a_wedding_reception_is_no_school():
    assert request_span("at the reception after the ceremony") is None
