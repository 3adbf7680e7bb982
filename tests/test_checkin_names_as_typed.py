"""Names as phones and hurried hands type them (round 16): without the apostrophe a name is
written with (plain forms), in a request with no capital at all (caseless_typing_says_nothing_by_case),
and clipped the English way: two letters with a vowel, or a clipped syllable spelt with a silent e
or ending in -s (clipped_given_name). The cards are invented: a Breton oyster farmer's household
and a downloaded space-opera character."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import CASELESS_TYPING, COINED_NAME_WORD, FAMILY_NAMES, TITLE_LEFT_OUT
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without

OYSTERS = [
    subject_card("me", "Yannick", "man", ["me", "person"], "Me, Yannick, on the oyster beds."),
    subject_card("gabriel", "Gabriel", "boy", ["son", "person"],
                 "Our son Gabriel at 8 with his crab net."),
    subject_card("julienne", "Julienne", "woman", ["mother", "person"],
                 "My mother, Julienne, mending nets at 70."),
    subject_card("jolenn", "Jolenn", "girl", ["daughter", "person"],
                 "Our daughter Jolenn at 4 in yellow boots."),
    subject_card("kerys", "Ker'ys Ondavane", "woman", ["character", "space opera"],
                 "Ker'ys Ondavane, a starship pilot with silver braids (downloaded)."),
    subject_card("nadia", "Nadia Vostrel", "woman", ["character", "fantasy"],
                 "Nadia Vostrel, an elf archer in green leather (downloaded)."),
    lora_card("ink", "Ink Wash", "style", "ink wash painting", ["style", "ink"],
              "Monochrome ink wash with soft grey gradients."),
]


@pytest.fixture(scope="module")
def oysters(selector_on):
    return selector_on(OYSTERS)


def test_a_name_is_typed_without_its_apostrophe(oysters):
    assert selected(oysters, "kerys at the helm of her ship") == ["kerys"]
    assert selected(oysters, "Kerys Ondavane in a hangar") == ["kerys"]


def test_a_caseless_request_names_a_being_by_a_given_name_english_lacks(oysters):
    # the encoder knows the given name, WordNet has no sense of it: only its case was missing
    assert selected(oysters, "nadia in a misty forest") == ["nadia"]
    assert selected(without(oysters, CASELESS_TYPING), "nadia in a misty forest") == []
    assert selected(without(oysters, COINED_NAME_WORD), "nadia in a misty forest") == []


def test_a_request_with_capitals_keeps_its_lower_case_reading(oysters):
    # the typist uses capitals, and left this one out: no capital to read as a name
    assert selected(oysters, "Boats and nadia in a misty forest") == []


def test_english_clips_a_given_name_with_a_silent_e_or_an_s(oysters):
    assert selected(oysters, "gabe on the jetty") == ["gabriel"]
    assert selected(oysters, "Jules knitting by the fire") == ["julienne"]


def test_a_two_letter_clip_with_a_vowel_is_a_name(oysters):
    assert selected(oysters, "jo jumping in puddles") == ["jolenn"]


def test_a_clipped_name_is_not_kept_as_a_describing_word(oysters):
    d = oysters.select("jo jumping in puddles")
    assert d.action == "select" and "jo " not in d.prompt.lower().split("<jolenn>")[0]


def test_an_english_word_is_no_clipped_name(oysters):
    # "ok" and "bar" are English words; "tv" has no vowel
    assert selected(oysters, "ok a boat in the harbour") == []
    assert selected(oysters, "tv on the wall of a fisherman's hut") == []
    assert selected(oysters, "a bar by the harbour at night") == []


HOUSEHOLD = [
    subject_card("me", "Siân", "woman", ["me", "person"],
                 "Me, Siân, at 31, six months pregnant with our son: red hair in a plait."),
    subject_card("rhys", "Rhys", "man", ["husband", "person"], "My husband, Rhys, at 34."),
    subject_card("ted", "Ted", "boy", ["son", "person"],
                 "Ted (Edison), our son, at ten months: chubby, in a striped romper."),
]


@pytest.fixture(scope="module")
def household(selector_on):
    return selector_on(HOUSEHOLD)


def test_a_name_in_brackets_is_a_name_even_where_english_knows_it_as_a_famous_one(household):
    # WordNet has the bracketed name only as famous people's: still a name, not a noun
    assert selected(household, "edison asleep in his pram") == ["ted"]


def test_the_little_un_is_the_youngest_and_a_pregnancy_is_no_age(household):
    # "six months pregnant" is no age of the mother's (dialect.py reads "'un" as "one")
    assert selected(household, "the little 'un in the bath") == ["ted"]
    assert selected(household, "our little un on the swings") == ["ted"]


HEROES = [
    subject_card("me", "Tomás", "man", ["me", "person"], "Me, Tomás, at the comic shop counter."),
    subject_card("hawk", "Star-Hawk", "superhero", ["character", "comics"],
                 "Star-Hawk (Dara Voss), a downloaded comic hero: silver wings, blue visor."),
    subject_card("lina", "Lina Quell", "superhero", ["character", "comics"],
                 "Lina Quell as Star-Hawk, a downloaded comic hero: gold wings, red visor."),
]


@pytest.fixture(scope="module")
def heroes(selector_on):
    return selector_on(HEROES)


def test_a_role_a_character_takes_on_is_a_name_of_both(heroes):
    # "<Name> as <Hero>": the second card's subject goes by the hero's name too
    assert clarify_options(heroes.select("star-hawk gliding over a harbour")) == {"hawk", "lina"}
    assert selected(heroes, "lina quell gliding over a harbour") == ["lina"]
    assert selected(without(heroes, FAMILY_NAMES), "star-hawk gliding over a harbour") == ["hawk"]


BREWERY = [
    subject_card("me", "Ondřej", "man", ["me", "person"], "Me, Ondřej, at the brew kettle."),
    subject_card("bruno", "Bruno the Badger", "cartoon badger", ["mascot", "cartoon"],
                 "Bruno the Badger, our brewery's mascot: a grinning badger in a leather apron."),
    subject_card("apron", "Brewer's Apron", "apron", ["clothing", "leather"],
                 "A leather brewer's apron like Bruno's, with brass rivets."),
]


@pytest.fixture(scope="module")
def brewery(selector_on):
    return selector_on(BREWERY)


def test_a_name_ending_in_its_kind_is_called_by_its_first_word(brewery):
    # "<Name> the <kind>": the kind may be left out, as a title may
    assert selected(brewery, "bruno pouring a lager") == ["bruno"]
    assert selected(without(brewery, TITLE_LEFT_OUT), "bruno pouring a lager") == []


BREEDS = [
    subject_card("me", "Gwen", "woman", ["me", "person"], "Me, Gwen, on the hill farm."),
    subject_card("mari", "Mari", "woman", ["sister", "person"], "My sister, Mari, in her wellies."),
    subject_card("bella", "Bella", "dog", ["pet", "dog", "saint bernard"],
                 "Bella, our Saint Bernard: brown and white, huge paws."),
    subject_card("rosie", "Rosie", "dog", ["dog", "saint bernard"],
                 "Rosie, my sister Mari's Saint Bernard: brindle, drooling."),
]


@pytest.fixture(scope="module")
def breeds(selector_on):
    return selector_on(BREEDS)


def test_a_breed_named_for_a_person_is_still_the_speakers_kind(breeds):
    # "bernard" is a person noun, but here it is the options' own word for their breed
    assert selected(breeds, "our saint bernard asleep by the aga") == ["bella"]


def test_an_ing_form_typed_without_its_g_is_read_and_written_back(oysters):
    from personalq.checkin.dialect import G_DROPPED
    d = oysters.select("gabe fishin' off the slipway")
    assert d.checkpoints == ["gabriel"] and "fishing" in d.prompt
    assert "fishing" not in without(oysters, G_DROPPED).select("gabe fishin' off the slipway").prompt
    # a slip that only looks like one ("rubin" for a name) is no -ing form English writes
    assert "rubing" not in oysters.select("rubin on the slipway").prompt
    # words English has, and names, keep their "-in"
    assert "cabin " in oysters.select("gabe in the cabin on the slipway").prompt
