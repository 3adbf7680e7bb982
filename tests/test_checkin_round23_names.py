"""The household's own names and relations (round 23): the names listed in brackets after a card's
name, a fond compound's name part (name_in_a_fond_compound), pet forms in -ie/-y
(clipped_given_name), an initial stated as a name (initial_stated_as_a_name), a birth order
after "my"/"our" as the phrase's head and the middle child by ages
(my_oldest_is_a_child_not_a_version, middle_child_by_stated_ages), a possessor named on a card
(possessor_named_on_a_card), the household's children drawn together
(household_set_is_drawn_together), an event noun framing a scene (event_noun_frames_the_scene) and
the speaker beside a person or named by an idiom (speaker_in_a_with_phrase_is_drawn,
speaker_named_by_an_idiom).
The cards are invented: a Ghanaian joinery family in Kumasi, a Polish fishing family in Gdynia
and a Portuguese bakery family in Newark. Each rule is also switched off."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import aside_names, name_in_a_fond_compound
from personalq.checkin.chat import INITIAL_NAME, SPEAKER_IDIOM
from personalq.checkin.features import FOND_COMPOUND, _clips_of_a_name
from personalq.checkin.rules import (BIRTH_ORDER_CUE, EVENT_FRAME, HOUSEHOLD_TOGETHER, MIDDLE_BY_AGES,
                                     POSSESSOR_NAMED, SPEAKER_BESIDE)
from tests.checkin_testdata import selected, subject_card, without


def _version(id_: str, family: str, version: int, name: str, cls: str, tags: list[str],
             desc: str) -> dict:
    return {**subject_card(id_, name, cls, tags, desc), "family": family, "version": version,
            "created_at": f"202{version}-01-01"}


JOINERY = [
    subject_card("me", "Akosua", "woman", ["me", "person"], "Me, Akosua, at the workbench."),
    _version("kwabena-v1", "kwabena", 1, "Kwabena", "man", ["husband", "person"],
             "My husband Kobby at 33: sawdust in his hair, blue overalls."),
    _version("kwabena-v2", "kwabena", 2, "Kwabena", "man", ["husband", "person"],
             "My husband Kobby at 41: grey stubble, reading glasses, leather apron."),
    _version("adwoa-v1", "adwoa", 1, "Adwoa", "girl", ["daughter", "person"],
             "Our oldest, Adwoa ('Mimi-pie', 'D'), at 6: cornrows, yellow school dress."),
    _version("adwoa-v2", "adwoa", 2, "Adwoa", "girl", ["daughter", "person"],
             "Our daughter Bee at 7: braids, headphones, school blazer."),
    subject_card("yaw", "Yaw", "boy", ["son", "person"], "Our son Yaw at 8: football boots, gap teeth."),
    subject_card("kofi", "Kofi", "boy", ["son", "person"], "Our youngest, Kofi, at 3: red wellies."),
]

FISHING = [
    subject_card("me", "Tomasz", "man", ["me", "person"], "Me, Tomasz, on the trawler."),
    subject_card("anna", "Anna", "woman", ["wife", "person"], "My wife Anna at 38: blonde plait, yellow oilskin."),
    subject_card("piotr", "Piotr", "old man", ["father-in-law", "person"],
                 "Anna's dad Piotr, Dziadek to the kids: white moustache, flat cap."),
    subject_card("gosia", "Malgorzata", "woman", ["sister", "person"],
                 "My sister Malgorzata (Gosia, 'Goska' to her husband) at 35: red bob."),
    _version("kuba-v1", "kuba", 1, "Kuba", "boy", ["son", "person"],
             "Our son Kuba at 8 in his ice hockey kit: helmet, stick, number 9 shirt."),
    _version("kuba-v2", "kuba", 2, "Kuba", "boy", ["son", "person"],
             "Our son Kuba at 14: headphones, black hoodie, braces."),
]


@pytest.fixture(scope="module")
def joinery(selector_on):
    return selector_on(JOINERY)


@pytest.fixture(scope="module")
def fishing(selector_on):
    return selector_on(FISHING)


def test_names_listed_in_brackets_after_the_name():
    text = "My sister Malgorzata (Gosia, 'Goska' to her husband) at 35"
    assert aside_names(text, {"malgorzata"}) == ["gosia", "goska"]
    assert aside_names("Ade (Rosa's brother) at 30", {"ade"}) == []
    assert aside_names("My mom Barbara (Nana) at 70", {"barbara"}) == []


def test_a_name_listed_in_brackets_names_the_person(fishing):
    assert selected(fishing, "gosia in the kitchen") == ["gosia"]


def test_a_fond_compound_is_typed_by_its_name_part(joinery):
    assert name_in_a_fond_compound("mimi-pie") == ["mimi"]
    assert name_in_a_fond_compound("anne-marie") == []
    assert selected(joinery, "mimi on the swing") == ["adwoa-v2"]
    assert selected(without(joinery, FOND_COMPOUND), "mimi on the swing") != ["adwoa-v2"]


def test_pet_forms_in_ie_and_y_are_clipped_names():
    assert "ben" in _clips_of_a_name("benny")
    assert "rob" in _clips_of_a_name("robbie")
    assert "kat" in _clips_of_a_name("katie")


def test_an_initial_stated_as_a_name(joinery):
    assert selected(joinery, "D laughing in the yard") == ["adwoa-v2"]
    assert selected(without(joinery, INITIAL_NAME), "D laughing in the yard") != ["adwoa-v2"]
    assert sorted(selected(joinery, "kofi and D on the beach")) == ["adwoa-v2", "kofi"]
    # elsewhere a letter is a letter
    assert selected(joinery, "a sweater with a big D on it") == []


def test_a_birth_order_after_my_is_the_child(joinery):
    assert selected(joinery, "my oldest at the market") == ["adwoa-v2"]
    assert selected(without(joinery, BIRTH_ORDER_CUE), "my oldest at the market") != ["adwoa-v2"]


def test_the_middle_child_by_stated_ages(joinery):
    assert selected(joinery, "my middle child at the market") == ["yaw"]
    assert selected(without(joinery, MIDDLE_BY_AGES), "my middle child at the market") != ["yaw"]


def test_a_possessor_named_on_a_card_is_that_person(fishing):
    assert selected(fishing, "anna's dad mending a net") == ["piotr"]
    assert selected(without(fishing, POSSESSOR_NAMED), "anna's dad mending a net") != ["piotr"]


def test_the_kids_are_the_households_children_together(joinery):
    assert sorted(selected(joinery, "the kids on the jetty")) == ["adwoa-v2", "kofi", "yaw"]
    assert joinery.select("one of the kids on the jetty").action == "clarify"
    assert without(joinery, HOUSEHOLD_TOGETHER).select("the kids on the jetty").action == "clarify"
    assert sorted(selected(joinery, "me and my three children on the jetty")) == \
        ["adwoa-v2", "kofi", "me", "yaw"]


def test_an_event_noun_frames_the_scene(fishing):
    assert selected(fishing, "kuba at hockey practice") == ["kuba-v1"]
    assert selected(without(fishing, EVENT_FRAME), "kuba at hockey practice") == ["kuba-v2"]


def test_the_speaker_beside_a_person_is_drawn(joinery):
    assert sorted(selected(joinery, "yaw learning to plane a board with me")) == ["me", "yaw"]
    assert selected(without(joinery, SPEAKER_BESIDE), "yaw learning to plane a board with me") == ["yaw"]


def test_the_speaker_named_by_an_idiom(joinery):
    assert selected(joinery, "yours truly varnishing a stool") == ["me"]
    assert selected(without(joinery, SPEAKER_IDIOM), "yours truly varnishing a stool") != ["me"]
