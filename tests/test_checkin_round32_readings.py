"""Readings found at round 32's first contact, each tested on an invented household (a crab-house
family in Dundalk, Baltimore, typing Baltimorese) and switched off by its named rule:
- "da" opening a noun phrase where no possessive is before it is "the", not the father
  (article_with_th_stopped_before_a_noun);
- "our <kind>" never selects the look-alike whose card says it is a neighbour's
  (my_kind_is_not_anothers);
- a card putting its pet "from next door" says it is someone else's
  (from_next_door_is_the_neighbours);
- "the kids' dad", said where the owner's cards say a man, is the owner
  (childrens_parent_of_the_speakers_gender_is_the_speaker);
- "my youngest son" picks among the sons by the order a card states or the ages it gives
  (birth_order_narrows_the_relatives);
- "fast" in "<name> fast asleep" is the adjective's degree word, no noun the name modifies
  (degree_word_before_a_predicative_adjective);
- and, on a second invented household (a Bajan fish-fry family in Oistins), a creole's subject
  pronoun inside a clause before a noun is the possessive: "one of we bottles"
  (subject_pronoun_as_possessive_of_a_creole); and two readings of its downloaded cartoon
  otters: "<character> from <Other>", where the character's card calls it <Other>'s brother, is
  where it comes from (from_the_work_of_a_relative_it_names), and "<Other>'s little brother"
  reaches it (kin_of_a_named_animal_or_character)."""

from __future__ import annotations

import pytest

from personalq.checkin.dialect import (CREOLE_POSSESSIVE, STOPPED_TH_ARTICLE, creole_possessives,
                                       stopped_th_article)
from personalq.checkin.rules import (CHILDRENS_PARENT_SPEAKS, DEGREE_BEFORE_PREDICATIVE,
                                     FROM_A_RELATIVES_WORK, FROM_NEXT_DOOR, KIN_OF_A_NAMED_BEAST,
                                     MY_KIND_NOT_ANOTHERS, ORDER_NARROWS_RELATIVES)
from tests.checkin_testdata import clarify_options, selected, subject_card, without

DUNDALK = [
    subject_card("stan", "Stan", "man", ["me", "person", "man"],
                 "Me, Stan, at 48: crab mallet, Orioles cap, grey stubble."),
    subject_card("dottie", "Dottie", "woman", ["wife", "person"],
                 "My wife Dottie at 46: beehive hairdo, cat-eye glasses."),
    subject_card("walt", "Walt", "old man", ["father", "person"],
                 "My da, Walt Kowalski, at 77, retired off the crab boats: flat cap, cane."),
    subject_card("mikey", "Mikey", "man", ["son", "person"],
                 "Our oldest son Mikey at 20: lacrosse stick, backwards cap."),
    subject_card("joey", "Joey", "boy", ["son", "person"],
                 "Our younger son Joey at 14: braces, skateboard."),
    subject_card("missdot", "Miss Dot", "boat", ["boat", "crab boat"],
                 "Our crab boat Miss Dot: white deadrise workboat with a red stripe."),
    subject_card("rocco", "Rocco", "dog", ["pet", "dog", "boxer"],
                 "Rocco, our brindle boxer: white chest, one floppy ear."),
    subject_card("duchess", "Duchess", "dog", ["dog", "boxer"],
                 "Duchess, our neighbour Mrs Nowak's boxer next door: brindle, pink collar."),
    subject_card("zuzu", "Zuzu", "cat", ["pet", "cat", "tabby"],
                 "Zuzu, our grey tabby: white paws, green eyes."),
    subject_card("smokey", "Smokey", "cat", ["cat", "tabby"],
                 "Smokey, the grey tabby from next door: white paws, yellow eyes."),
]


@pytest.fixture(scope="module")
def dundalk(selector_on):
    return selector_on(DUNDALK)


def test_da_opening_a_noun_phrase_is_the_article(dundalk):
    assert selected(dundalk, "da boat at da dock") == ["missdot"]
    assert selected(without(dundalk, STOPPED_TH_ARTICLE), "da boat at da dock") != ["missdot"]
    # after a possessive, or before a preposition, it stays the father
    assert stopped_th_article("me da in his chair") == "me da in his chair"
    assert stopped_th_article("da in his chair") == "da in his chair"
    assert stopped_th_article("da boat at da dock") == "the boat at the dock"


def test_our_kind_is_not_the_neighbours_look_alike(dundalk):
    request = "our dog asleep by the front door"
    assert selected(dundalk, request) == ["rocco"]
    assert selected(without(dundalk, MY_KIND_NOT_ANOTHERS), request) == ["duchess"]
    assert selected(dundalk, "mrs nowak's dog") == ["duchess"]


def test_a_pet_from_next_door_is_someone_elses(dundalk):
    assert selected(dundalk, "our cat on the windowsill") == ["zuzu"]
    assert clarify_options(without(dundalk, FROM_NEXT_DOOR).select("our cat on the windowsill")) \
        == {"zuzu", "smokey"}


def test_the_childrens_dad_is_the_speaker_who_is_a_man(dundalk):
    assert selected(dundalk, "the kids' dad asleep in his chair") == ["stan"]
    assert selected(without(dundalk, CHILDRENS_PARENT_SPEAKS),
                    "the kids' dad asleep in his chair") != ["stan"]
    assert selected(dundalk, "the kids' mom in the kitchen") == ["dottie"]


def test_a_birth_order_word_picks_among_the_sons(dundalk):
    assert selected(dundalk, "my youngest son on his skateboard") == ["joey"]
    assert selected(dundalk, "my oldest son at the crab feast") == ["mikey"]
    off = without(dundalk, ORDER_NARROWS_RELATIVES)
    assert clarify_options(off.select("my oldest son at the crab feast")) == {"mikey", "joey"}


def test_a_degree_word_before_asleep_is_no_noun(dundalk):
    assert selected(dundalk, "Zuzu fast asleep on the couch") == ["zuzu"]
    assert selected(without(dundalk, DEGREE_BEFORE_PREDICATIVE),
                    "Zuzu fast asleep on the couch") != ["zuzu"]


OISTINS = [
    subject_card("desmond", "Desmond", "man", ["me", "person", "man"],
                 "Me, Desmond, at 52: white chef jacket, grey goatee."),
    subject_card("marlon", "Marlon", "boy", ["grandson", "person", "boy"],
                 "Our grandson Marlon at 6: gap teeth, cricket bat."),
    subject_card("pepperpot", "Pepper Sauce", "bottle", ["product", "bottle", "sauce"],
                 "Our pepper sauce in the tall bottle with the yellow label."),
    subject_card("falernum", "Falernum", "bottle", ["product", "bottle", "syrup"],
                 "Our falernum in the squat green bottle."),
    subject_card("fishcakes", "Fish Cakes", "food", ["product", "fish cakes"],
                 "Our fish cakes in the red and white paper boat."),
    subject_card("moko", "Moko", "cartoon otter", ["character", "cartoon", "otter"],
                 "Moko, the blue otter from the Moko cartoon. Downloaded for the grandkids."),
    subject_card("tibby", "Tibby", "cartoon otter", ["character", "cartoon", "otter"],
                 "Tibby, Moko's little brother from the same cartoon: a smaller brown otter."),
]


@pytest.fixture(scope="module")
def oistins(selector_on):
    return selector_on(OISTINS)


def test_a_creoles_subject_pronoun_before_a_noun_is_the_possessive(oistins):
    request = "one of we bottles for the website"
    assert clarify_options(oistins.select(request)) == {"pepperpot", "falernum"}
    assert clarify_options(without(oistins, CREOLE_POSSESSIVE).select(request)) != \
        {"pepperpot", "falernum"}
    assert creole_possessives("one of we bottles") == "one of our bottles"
    # where a clause opens it is the subject
    assert creole_possessives("we at the beach") == "we at the beach"
    assert creole_possessives("when we shop at the market") == "when we shop at the market"
    # after a noun it opens a contact clause
    assert creole_possessives("one of the cakes we bake") == "one of the cakes we bake"


def test_a_character_from_its_relatives_name_is_from_that_work(oistins):
    assert selected(oistins, "tibby from moko on a slide") == ["tibby"]
    assert selected(without(oistins, FROM_A_RELATIVES_WORK), "tibby from moko on a slide") == \
        ["tibby", "moko"]


def test_a_characters_card_states_its_kin_to_another_character(oistins):
    assert selected(oistins, "moko's little brother on a slide") == ["tibby"]
    assert selected(without(oistins, KIN_OF_A_NAMED_BEAST), "moko's little brother on a slide") \
        != ["tibby"]
