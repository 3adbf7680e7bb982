"""Look-alikes of round 20. A purpose phrase after a medium ("in <medium> for <occasion>") is no
part of the medium phrase, so a medium two styles share still asks between them (rule
purpose_phrase_ends_the_medium, reasoner._before_purpose). A word set off in brackets after a
character's name that the cards file themselves under (a tag, the trigger's "<name>_(<series>)"
part) is the work the character comes from, not a second name: it names every character of that
work alike (rule label_set_off_is_no_name, features.own_labels). The cards are invented: a
Ghanaian kente weaver's household in Kumasi with two batik styles and two downloaded characters
of one invented anime. Each test also switches its rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin.features import LABEL_NO_NAME
from personalq.checkin.rules import PURPOSE_ENDS_MEDIUM
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without


def _character(id_: str, name: str, series: str, desc: str) -> dict:
    card = subject_card(id_, name, "courier girl", ["character", "anime", series.lower()], desc)
    return {**card, "trigger": f"{id_}_({series.lower()})"}


WEAVERS = [
    subject_card("kwabena", "Kwabena", "man", ["person", "weaver"],
                 "Me, Kwabena, at the loom in Bonwire, kente strips over my shoulder."),
    subject_card("akosua", "Akosua", "woman", ["person", "wife"],
                 "My wife Akosua in her church cloth, gold earrings."),
    subject_card("shed", "Loom Shed", "workshop", ["place", "workshop"],
                 "Our loom shed behind the house: four narrow-strip looms, tin roof."),
    lora_card("waxbatik", "Wax Batik", "style", "batik print", ["style", "batik", "wax"],
              "Wax-resist batik: crackle lines, indigo and ochre dye, bold repeated motifs."),
    lora_card("adinkra", "Adinkra Batik", "style", "batik print", ["style", "batik", "stamp"],
              "Stamped adinkra batik: calabash-stamped symbols in black on undyed cotton."),
    _character("tsubaki", "Tsubaki", "Kazeyume",
               "Tsubaki (Kazeyume), downloaded character LoRA: red scarf, messenger bag, roller skates."),
    _character("hotaru", "Hotaru", "Kazeyume",
               "Hotaru from the anime Kazeyume, Tsubaki's rival courier: blue scarf, messenger bag, skates."),
]


@pytest.fixture(scope="module")
def weavers(selector_on):
    return selector_on(WEAVERS)


@pytest.mark.parametrize("request_", [
    "akosua in batik for her retirement party",
    "kwabena in batik for the church calendar",
])
def test_purpose_after_a_shared_medium_still_asks_between_its_styles(weavers, request_):
    assert clarify_options(weavers.select(request_)) == {"waxbatik", "adinkra"}
    assert clarify_options(without(weavers, PURPOSE_ENDS_MEDIUM).select(request_)) != \
        {"waxbatik", "adinkra"}


def test_medium_alone_is_read_as_before(weavers):
    assert clarify_options(weavers.select("akosua in batik")) == {"waxbatik", "adinkra"}


def test_the_work_in_brackets_names_both_its_characters(weavers):
    request = "kazeyume courier girl on a rooftop"
    assert clarify_options(weavers.select(request)) == {"tsubaki", "hotaru"}
    assert selected(without(weavers, LABEL_NO_NAME), request) == ["tsubaki"]


@pytest.mark.parametrize("request_, picked", [
    ("hotaru from kazeyume on a rooftop", ["hotaru"]),
    ("tsubaki from kazeyume on a rooftop", ["tsubaki"]),
])
def test_a_character_from_the_work_is_that_character(weavers, request_, picked):
    assert selected(weavers, request_) == picked


PETS = [
    subject_card("skip", "Skip", "dog", ["pet", "dog", "basenji"],
                 "Skip, our basenji: red and white, curled tail, a green harness."),
    subject_card("dragoneer", "Ilse Vornholt", "griffin rider", ["character", "griffin rider", "fantasy"],
                 "Ilse Vornholt from Skyreach Chronicle: silver pauldrons, a lance, rides a white griffin."),
    subject_card("dragoneer2", "Maren Tollak", "griffin rider", ["character", "griffin rider", "fantasy"],
                 "Maren Tollak from Windhollow Saga: silver pauldrons, a crossbow, rides a white griffin."),
]


@pytest.fixture(scope="module")
def pets(selector_on):
    return selector_on(PETS)


def test_a_verb_ending_on_a_name_is_the_verb(pets):
    # "skipping" is the verb: the two griffin riders the phrase describes are asked between
    request = "griffinrider woman skipping over the river"
    assert clarify_options(pets.select(request)) == {"dragoneer", "dragoneer2"}
    assert selected(without(pets, "inflected_word_is_no_name"), request) == ["skip"]


def test_the_name_as_typed_is_still_the_name(pets):
    assert selected(pets, "skip asleep on the sofa") == ["skip"]


VILLAGE = [
    subject_card("inaki", "Iñaki", "old man", ["person", "elderly", "beret", "shepherd"],
                 "My aitona Iñaki at 86 in Ezkurra: black beret, walking staff, checked shirt."),
    subject_card("patxi", "Patxi", "old man", ["person", "elderly", "beret", "pelota"],
                 "Patxi, our neighbour, at 79: black beret, pelota glove, white shirt."),
    subject_card("amaia", "Amaia", "woman", ["person", "baker"],
                 "Me, Amaia, at the bakery counter, flour on my apron."),
]


@pytest.fixture(scope="module")
def village(selector_on):
    return selector_on(VILLAGE)


def test_a_plain_person_noun_pointed_at_asks_between_who_it_describes(village):
    request = "the old fella in the black beret"
    assert clarify_options(village.select(request)) == {"inaki", "patxi"}
    assert village.select(request).action != "none"
    assert without(village, "described_person_is_pointed_at").select(request).action == "none"


def test_an_indefinite_person_noun_is_anyone(village):
    assert village.select("an old bloke in a beret").action != "select"
