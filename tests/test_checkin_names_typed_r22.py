"""People and pets by their names as typed, in lower case (round 22): a two-word name typed whole
(whole_name_typed_is_a_name), a title of address after the name or before it
(name_beside_a_kin_title_says_which, word_english_lacks_before_a_name_is_a_title), names listed
with spaces or "n" (names_in_a_row_are_a_list, and_typed_short_between_people extended), an -ing
verb after a name (ing_after_a_name_is_the_verb) and an age's frame beside a name
(age_frame_is_a_cue). The cards are invented: a Filipino-Canadian
bakery in Winnipeg, a Turkish-German kebab shop in Duisburg, an Igbo-British pharmacy family in
Croydon and a Vietnamese-American barber shop in Houston. Each rule is also switched off."""

from __future__ import annotations

import pytest

from personalq.checkin import chat
from personalq.checkin.intent import (AGE_FRAME_RULE, ING_AFTER_NAME_RULE, NAMES_IN_A_ROW_RULE,
                                      WHOLE_NAME_RULE, parse)
from personalq.checkin.rules import FOREIGN_TITLE, NAME_BESIDE_A_KIN_TITLE
from personalq.checkin.stages import age_frame_spans
from personalq.checkin.text import tokenize, typed_name_words
from tests.checkin_testdata import selected, subject_card, without

BAKERY = [
    subject_card("me", "Rowena", "woman", ["me", "person"], "Me, Rowena, at the oven with ube dough."),
    subject_card("janwillem", "Jan Willem", "boy", ["son", "person"],
                 "Our son Jan Willem at 9: freckles, orange football shirt."),
    subject_card("willem", "Willem", "old man", ["father-in-law", "person"],
                 "My husband's father Willem: white moustache, clogs, pipe."),
    subject_card("yunma", "Yun Ma", "man", ["neighbour", "person"],
                 "Yun Ma, our neighbour from the noodle shop: round glasses, white cap."),
    subject_card("yun", "Yun", "boy", ["son", "person"], "Our son Yun at 6: bowl cut, dinosaur shirt."),
    subject_card("remedios", "Remedios", "old woman", ["person", "old woman", "grandmother"],
                 "Remedios, my mother's mother, at 88: white bun, rosary."),
    subject_card("caridad", "Caridad", "old woman", ["person", "old woman", "grandmother"],
                 "Caridad, my father's mother, in Cebu: short perm, red blouse."),
]

KEBAB = [
    subject_card("me", "Murat", "man", ["me", "person"], "Me, Murat, at the grill."),
    subject_card("zeynep", "Zeynep", "woman", ["employee", "person"],
                 "Zeynep, who runs our till on Saturdays: headscarf, gold earrings."),
    subject_card("dariush", "Dariush", "man", ["friend", "person"],
                 "Dariush, my friend from the market: grey beard, leather jacket."),
    subject_card("nusret", "Nusret", "old man", ["father", "person"],
                 "My father Nusret at 74: flat cap, walking stick, prayer beads."),
    subject_card("emre", "Emre", "boy", ["son", "person"], "Our son Emre at 3: curls, red wellies."),
]

PHARMACY = [
    subject_card("me", "Adaeze", "woman", ["me", "person"], "Me, Adaeze, behind the pharmacy counter."),
    subject_card("chinedu", "Chinedu", "man", ["husband", "person"], "My husband Chinedu: bald, bow tie."),
    subject_card("ifeoma", "Ifeoma", "girl", ["daughter", "person"], "Our daughter Ifeoma at 12: braids, glasses."),
    subject_card("obinna", "Obinna", "boy", ["son", "person"], "Our son Obinna at 8: football kit."),
    subject_card("ugo", "Ugo", "dog", ["dog", "pet"], "Ugo, our brindle boxer."),
]

BARBERS = [
    subject_card("me", "Tuan", "man", ["me", "person", "barber", "trim"],
                 "Me, Tuan, the barber: skin fade, beard trim, tattooed forearms, a comb in my pocket."),
    subject_card("khoa", "Khoa", "man", ["brother", "person"], "My brother Khoa: long beard, man bun."),
    subject_card("linh", "Linh", "woman", ["wife", "person"], "My wife Linh: short bob, denim jacket."),
]


@pytest.fixture(scope="module")
def bakery(selector_on):
    return selector_on(BAKERY)


@pytest.fixture(scope="module")
def kebab(selector_on):
    return selector_on(KEBAB)


@pytest.fixture(scope="module")
def pharmacy(selector_on):
    return selector_on(PHARMACY)


@pytest.fixture(scope="module")
def barbers(selector_on):
    return selector_on(BARBERS)


def test_typed_name_words():
    pairs = frozenset({("jan", "willem")})
    text = "jan willem and jan"
    assert typed_name_words(tokenize(text), text, pairs) == frozenset({0, 4})
    assert typed_name_words(tokenize("jan, willem"), "jan, willem", pairs) == frozenset()


def test_a_two_word_name_with_a_month_in_it(bakery):
    assert selected(bakery, "jan willem fixing his bike") == ["janwillem"]
    assert selected(without(bakery, WHOLE_NAME_RULE), "jan willem fixing his bike") != ["janwillem"]


def test_a_two_word_name_is_no_possessive(bakery):
    people = bakery._people
    assert chat.restore("yun ma at the noodle stall", people.names, frozenset(),
                        people=people) == "yun ma at the noodle stall"
    assert selected(bakery, "yun ma at the noodle stall") == ["yunma"]
    assert selected(without(bakery, WHOLE_NAME_RULE), "yun ma at the noodle stall") != ["yunma"]


def test_the_name_beside_a_title_says_who(bakery, kebab):
    # a grandmother's title fits both grandmothers: the name says which (other rules agree)
    assert selected(bakery, "abuela caridad in the garden") == ["caridad"]
    # an elder-sister title after the name, for a woman who is no sister of the speaker
    assert selected(kebab, "zeynep abla at the till") == ["zeynep"]
    assert selected(without(kebab, NAME_BESIDE_A_KIN_TITLE), "zeynep abla at the till") != ["zeynep"]
    # one addresses one's own child by name: a kin word after a son's name is his relative's
    assert selected(kebab, "emre abla in the park") != ["emre"]


def test_a_title_english_lacks_before_a_name(kebab):
    assert selected(kebab, "azizam dariush at the market") == ["dariush"]
    assert selected(without(kebab, FOREIGN_TITLE), "azizam dariush at the market") != ["dariush"]
    assert selected(kebab, "mbak zeynep counting change") == ["zeynep"]


def test_names_in_a_row_are_a_list(pharmacy):
    assert sorted(selected(pharmacy, "me chinedu ifeoma and obinna at the seaside")) == \
        ["chinedu", "ifeoma", "me", "obinna"]
    assert sorted(selected(without(pharmacy, NAMES_IN_A_ROW_RULE),
                           "me chinedu ifeoma and obinna at the seaside")) != \
        ["chinedu", "ifeoma", "me", "obinna"]


def test_n_between_a_person_and_a_pet(pharmacy):
    assert sorted(selected(pharmacy, "obinna n ugo in the park")) == ["obinna", "ugo"]
    assert sorted(selected(pharmacy, "chinedu n his daughter at the till")) == ["chinedu", "ifeoma"]


def test_an_ing_verb_after_a_name(barbers):
    # "trim" is a tag of the catalog, so before a noun it could be a modifier;
    # after a name and before a possessive it is what the one named does: the phrase ends there
    def phrases(off: frozenset[str]) -> list[str]:
        intent = parse("linh trimming khoa's beard", barbers.index.naming_vocab, barbers.index.names,
                       off=off)
        return [m.text for m in intent.mentions]
    assert phrases(frozenset()) == ["linh", "trimming khoa's beard"]
    assert phrases(frozenset({ING_AFTER_NAME_RULE})) == ["linh trimming khoa's beard"]
    assert sorted(selected(barbers, "linh trimming khoa's beard")) == ["khoa", "linh"]


def test_an_age_frame_describes_no_one(kebab):
    assert age_frame_spans("emre aged 3 in the snow") == [(5, 11)]
    assert selected(kebab, "emre aged 3 in the snow") == ["emre"]
    assert selected(without(kebab, AGE_FRAME_RULE), "emre aged 3 in the snow") != ["emre"]
