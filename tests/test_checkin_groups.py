"""Groups and the members picked out of them: coordinated_pro_form_is_another_thing,
counted_set_is_the_speakers_own, said_absent_tells_apart, subjects_named_relative_is_another,
young_of_a_gender_asks_which, kin_word_read_the_other_way, stage_frame_is_no_style_frame,
natural_place_tells_nothing_apart, name_inside_a_shared_kind_phrase, group_owners_each_own_it,
and the -ing predicate after a group ("the twins doing <concept>s"), a compound verb after a
name, a "building" tag. Invented household: a taxi driver's family in Kumasi."""

from __future__ import annotations

import pytest

from checkin_testdata import lora_card, subject_card as card, without
from personalq.checkin import rules

KUMASI = [
    card("kofi", "Kofi", "man", ["me", "person", "man"], "Me, Kofi, at 44 in my driver's cap."),
    card("ama", "Ama", "woman", ["wife", "person", "woman"], "My wife Ama at 40 in a kente dress."),
    card("akua", "Akua", "girl", ["daughter", "twin", "child", "girl"],
         "Akua, one of our twin girls, at 9: short braids, no headband (her twin Esi wears one)."),
    card("esi", "Esi", "girl", ["daughter", "twin", "child", "girl"],
         "Esi, one of our twin girls, at 9: long braids and a yellow headband."),
    card("yaw", "Yaw", "boy", ["son", "child", "boy"], "Our son Yaw at 3, our youngest, in sandals."),
    card("kwabena", "Kwabena", "old man", ["dad", "person", "elderly"],
         "My dad Kwabena at 71, a retired carpenter, white stubble."),
    card("efua", "Efua", "old woman", ["mother", "person", "elderly"],
         "My mother Efua at 68, selling kenkey."),
    card("bobo", "Bobo", "goat", ["pet", "goat"], "Bobo, our brown goat with a bell."),
    card("abena", "Abena", "goat", ["pet", "goat"], "Abena, our white goat, eats everything."),
    card("kwasi", "Kwasi", "goat", ["goat"], "Kwasi, Kojo's black goat from next door."),
    card("rabbit", "Fofie", "rabbit", ["pet", "rabbit"], "Fofie, the twins' rabbit, grey and fat."),
    card("taxi", "The taxi", "taxi", ["vehicle", "car"], "Our yellow Toyota taxi with the red mudguards."),
    card("kiosk", "The kiosk", "kiosk front", ["kiosk", "business", "building"],
         "Our roadside kiosk at Adum with the painted phone-credit sign."),
    card("red", "Red", "dog", ["pet", "dog", "red setter"], "Red, our red setter, loves the river."),
    card("copper", "Copper", "dog", ["dog", "red setter"], "Copper, my brother's red setter."),
    lora_card("cartwheel", "Cartwheel", "concept", "cartwheel",
              ["pose", "acrobatics"], "Cartwheel pose: sideways on both hands, legs in the air."),
]


@pytest.fixture(scope="module")
def kumasi(selector_on):
    return selector_on(KUMASI)


def _picked(selector, request: str):
    d = selector.select(request)
    return d.action, sorted(d.checkpoints or d.options)


def test_coordinated_pro_form_is_a_second_person(kumasi):
    assert _picked(kumasi, "my mother and the little one at the market") == \
        ("select", ["efua", "yaw"])
    # little_one_is_the_youngest reads the phrase as a person too (no pro-form): both go off
    off = without(kumasi, rules.COORDINATED_PRO_FORM, rules.LITTLE_ONE)
    assert _picked(off, "my mother and the little one at the market") == ("select", ["efua"])


def test_the_twins_doing_a_plural_concept_are_drawn(kumasi):
    assert _picked(kumasi, "the twins doing cartwheels") == ("select", ["akua", "cartwheel", "esi"])


def test_both_goats_are_ours(kumasi):
    assert _picked(kumasi, "me feeding both goats") == ("select", ["abena", "bobo", "kofi"])
    off = without(kumasi, rules.COUNTED_SET_IS_OURS)
    assert _picked(off, "me feeding both goats") == ("select", ["kofi"])


def test_a_twin_told_apart_by_what_she_lacks(kumasi):
    assert _picked(kumasi, "the twin with the headband") == ("select", ["esi"])
    assert _picked(kumasi, "the twin without the headband") == ("select", ["akua"])


def test_her_twin_named_in_a_card_is_another_girl(kumasi):
    assert _picked(kumasi, "the twin") == ("clarify", ["akua", "esi"])


def test_pop_is_a_grandfather_where_no_father_is_there(kumasi):
    assert _picked(kumasi, "the girls' pop in his workshop") == ("select", ["kwabena"])


def test_natural_place_tells_no_dogs_apart(kumasi):
    assert _picked(kumasi, "the red setter by the river") == ("clarify", ["copper", "red"])
    assert _picked(kumasi, "our red setter") == ("select", ["red"])


def test_the_twins_rabbit(kumasi):
    assert _picked(kumasi, "the twins' rabbit in the yard") == ("select", ["rabbit"])


def test_compound_verb_after_a_name_and_a_building_tag(kumasi):
    assert _picked(kumasi, "ama hand washing the taxi") == ("select", ["ama", "taxi"])
    assert _picked(kumasi, "the taxi parked outside the kiosk") == ("select", ["kiosk", "taxi"])


TAMALE = [
    card("fuseini", "Fuseini", "man", ["me", "person", "man"], "Me, Fuseini, at my loom."),
    card("mariama", "Mariama", "woman", ["sister", "person", "woman"],
         "My sister Mariama at 30 in a smock."),
    card("anansi", "Anansi", "man", ["character", "person"],
         "Civitai character: Anansi the trickster, eight-limbed hero of the folk tales, kente cape."),
    card("baba", "Baba", "old man", ["dad", "person", "elderly"], "My dad Baba at 75, a weaver."),
    lora_card("bench", "Sitting on a Bench", "concept", "bench_sit", ["pose", "sitting", "bench"],
              "Pose: sitting on a wooden bench, hands on the knees."),
]


def test_a_downloaded_character_is_no_cousin(selector_on):
    tamale = selector_on(TAMALE)
    assert _picked(tamale, "my cousin anansi from bolgatanga") == ("none", [])
    assert _picked(tamale, "anansi in the rain") == ("select", ["anansi"])
    assert _picked(tamale, "my sister mariama at the market") == ("select", ["mariama"])
    # a concept named by the verb after the relation word is no stranger: the dad is drawn
    assert _picked(tamale, "my dad sitting on a bench") == ("select", ["baba", "bench"])
