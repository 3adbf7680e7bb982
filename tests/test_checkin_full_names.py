"""A full name a description states names the person on every version (rules.py
`full_name_names_every_version`, aliases.stated_full_names, features._add_full_names).

The given name is read from the name's form, not its place: the word the card's name is a form
of, else the one hyphenated syllable by syllable (a family name first, as Chinese, Korean,
Vietnamese and Hungarian put it); it names the person hyphenated or typed closed. The family
name, shared by relatives, is no given name and tells no version apart; a name set off in
quotes in the brackets after the card's name is one the person goes by.

Invented households: a Taiwanese family running a fish-ball stall in Kaohsiung, and a Hungarian
beekeeping family near Eger."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import quoted_names_beside, stated_full_names
from personalq.checkin.rules import FULL_NAME
from checkin_testdata import subject_card, without


def _version(fam: str, v: int, name: str, cls: str, desc: str) -> dict:
    card = subject_card(f"{fam}-v{v}", name, cls, ["person", cls], desc)
    return {**card, "family": fam, "version": v, "created_at": f"202{v}-03-01"}


STALL = [
    _version("meili", 1, "Meili", "girl",
             "Our daughter Meili (Lin Mei-li, 'Lili'), at 4 in a red qipao at Lunar New Year."),
    _version("meili", 2, "Meili", "girl",
             "Our daughter Meili at 11 with a ponytail and her swim team jacket."),
    _version("ahba", 1, "Ah-ba", "old man",
             "My dad, Lin Wei-ming, retired net mender: straw hat, white undershirt."),
    _version("kaiwen", 1, "Kai-wen", "man",
             "Lin Kai-wen, my younger brother, a ferry deckhand with a sunburnt neck."),
    subject_card("yuzi", "Yuzi", "cat", ["pet", "cat"], "Yuzi, our orange cat on the stall counter."),
]

APIARY = [
    _version("bence", 1, "Bence", "boy",
             "Our son Bence (Kovács Bence, 'Benci'), at 6 holding his first honey frame."),
    _version("bence", 2, "Bence", "boy",
             "Our son Bence at 14 in a white bee suit with the veil pushed back."),
    _version("zsofi", 1, "Zsófi", "girl", "Our daughter Zsófi at 9 with a jar of acacia honey."),
]


def _picked(selector, request: str) -> tuple[str, set[str]]:
    d = selector.select(request)
    return d.action, set(d.options) if d.action == "clarify" else set(d.checkpoints)


@pytest.mark.parametrize("text, own, want", [
    ("Our daughter Meili (Lin Mei-li), at 4.", {"meili"}, [(["mei-li"], ["lin"])]),
    ("My dad, Lin Wei-ming, retired.", {"ah-ba"}, [(["wei-ming"], ["lin"])]),
    ("Lin Kai-wen, my younger brother.", {"kai-wen"}, [(["kai-wen"], ["lin"])]),
    ("Our son Bence (Kovács Bence), at 6.", {"bence"}, [(["bence"], ["kovács"])]),
    ("Our shop on Pine Hill Road, at dawn.", {"shop"}, []),  # a place, no person's name
])
def test_the_given_name_is_read_from_its_form(text, own, want):
    assert stated_full_names(text, own) == want


def test_a_quoted_name_in_the_brackets_is_one_they_go_by():
    assert quoted_names_beside("Bence (Kovács Bence, 'Benci') at 6.", {"bence"}) == ["benci"]


@pytest.fixture(scope="module")
def stall(selector_on):
    return selector_on(STALL)


@pytest.mark.parametrize("request_, want", [
    ("Lin Mei-li at the night market", {"meili-v2"}),  # the full name is no version cue
    ("mei-li doing homework at the stall", {"meili-v2"}),
    ("Lin Wei-ming mending a net", {"ahba-v1"}),  # the shared family name names nobody
    ("weiming on the harbour wall", {"ahba-v1"}),  # typed closed
    ("Lili blowing out candles", {"meili-v2"}),
])
def test_a_full_name_names_the_person(stall, request_, want):
    assert _picked(stall, request_) == ("select", want)


def test_the_rule_is_what_reads_it(stall):
    off = without(stall, FULL_NAME)
    assert _picked(off, "Lin Wei-ming mending a net") != ("select", {"ahba-v1"})


@pytest.fixture(scope="module")
def apiary(selector_on):
    return selector_on(APIARY)


@pytest.mark.parametrize("request_, want", [
    ("Kovács Bence at the hives", {"bence-v2"}),
    ("benci in the clover field", {"bence-v2"}),
])
def test_hungarian_family_name_first(apiary, request_, want):
    assert _picked(apiary, request_) == ("select", want)
