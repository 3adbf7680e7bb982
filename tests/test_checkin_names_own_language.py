"""People named the way the owner's own language names them.

- A kinship noun with the possessive AFTER it ("<mother> <my>", chat.py, the rule
  `possessive_after_the_kin_word`): Swahili, Tagalog, Malay, Italian, Yoruba, two kinship nouns
  read right to left ("<mother> <husband> <my>": my husband's mother), a word the possessive's
  language reads otherwise than another table (Swahili "kaka": a brother).
- A person's full given name where the card uses the short form: the full form a card states in
  brackets after the name, and the family name beside it picking no version (aliases.py,
  `given_name_in_the_description`), or a longer word beginning or ending with the short name,
  or agreeing with it but its last vowel (features.CatalogIndex._full_form_of,
  `clipped_given_name`); an English word, a name with another consonant and a name too short
  stay what they are.

Invented households: a Swahili-speaking family in Leicester, a Filipino-Italian family in
Turin, a Malaysian family in Penang, and friends with Igbo, Yoruba and Russian names."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import full_name_words, given_names
from personalq.checkin.chat import POSSESSIVE_AFTER_KIN, _possessive_before_kin
from checkin_testdata import subject_card, without


def _person(id_: str, name: str, cls: str, desc: str) -> dict:
    return subject_card(id_, name, cls, ["person", cls], desc)


SWAHILI = [
    _person("zawadi", "Zawadi", "woman", "My mother Zawadi at 70 in a green kanga."),
    _person("baraka", "Baraka", "man", "My husband Baraka, a mechanic in grey overalls."),
    _person("neema", "Neema", "woman", "Neema, Baraka's mother, in a yellow headscarf."),
    _person("jabari", "Jabari", "man", "My brother Jabari with a fishing rod."),
    _person("amani", "Amani", "boy", "Our son Amani at 7 with a football."),
    subject_card("tembo", "Tembo", "dog", ["pet", "dog"], "Tembo, our brown mongrel."),
]

FILIPINO_ITALIAN = [
    _person("corazon", "Corazon", "woman", "My mother Corazon with her rosary."),
    _person("marco", "Marco", "man", "My husband Marco on his scooter."),
    _person("giuliana", "Giuliana", "woman", "Giuliana, Marco's mother, in her kitchen."),
    _person("bea", "Bea", "girl", "Our daughter Bea at 5 with pigtails."),
]

MALAY = [
    _person("rohani", "Rohani", "woman", "My mother Rohani in a blue baju kurung."),
    _person("faizal", "Faizal", "man", "My husband Faizal, a teacher with round glasses."),
    _person("salmah", "Salmah", "woman", "Salmah, Faizal's mother, at her stall."),
    _person("irfan", "Irfan", "boy", "My younger brother Irfan at 16 on his bicycle."),
]

FRIENDS = [
    _person("nkechi", "Nkechi", "woman", "My cousin Nkechi, a pharmacist with long braids."),
    _person("seun", "Seun", "man", "Seun, my best friend from college, a drummer."),
    _person("sasha", "Sasha", "woman", "My friend Sasha (Alexandra Volkova), a ballet teacher."),
    _person("bisi", "Bisi", "woman", "My aunt Bisi, a seamstress in Ogbomoso."),
    _person("femi", "Femi", "boy", "Femi, our neighbour's boy, with a kite."),
    _person("ade", "Ade", "man", "Ade, my old boss, in a grey suit."),
]


def _picked(selector, request: str) -> tuple[str, set[str]]:
    d = selector.select(request)
    chosen = set(d.options) if d.action == "clarify" else set(d.checkpoints)
    return d.action, chosen


@pytest.mark.parametrize("text, read", [
    ("mama yangu in her kanga", "my mama in her kanga"),
    ("mama wa mume wangu at the market", "my husband's mama at the market"),
    ("kaka yangu by the lake", "my brother by the lake"),
    ("nanay ng asawa ko", "my asawa's nanay"),
    ("ibu suami saya", "my suami's ibu"),
    ("nonna mia at the stove", "my nonna at the stove"),
    ("me and nna m", "me and my nna"),
])
def test_a_possessive_after_the_kin_noun_reads_as_my(text, read):
    assert _possessive_before_kin(text, frozenset()) == read


@pytest.mark.parametrize("text", [
    "the dog ate ko",            # an English word is no kinship noun after a content word
    "my sister mia",             # the possessive is a person's name
    "a boy ko",                  # after a determiner
    "mia at the stove",          # no kinship noun before it
])
def test_a_possessive_after_no_kin_noun_stays(text):
    assert _possessive_before_kin(text, frozenset({"mia"})) == text


@pytest.fixture(scope="module")
def swahili(selector_on):
    return selector_on(SWAHILI)


@pytest.mark.parametrize("request_, want", [
    ("mama yangu in her kanga", "zawadi"),
    ("mume wangu fixing a car", "baraka"),
    ("mama wa mume wangu at the market", "neema"),
    ("kaka yangu by the lake", "jabari"),
    ("mtoto wangu kicking a ball", "amani"),
])
def test_swahili_kin_with_the_possessive_after(swahili, request_, want):
    assert _picked(swahili, request_) == ("select", {want})


def test_swahili_relative_the_family_lacks_is_nobody(swahili):
    assert _picked(swahili, "mjomba wangu at the wedding")[0] == "none"


def test_the_rule_is_what_reads_it(swahili):
    off = without(swahili, POSSESSIVE_AFTER_KIN)
    assert _picked(off, "mume wangu fixing a car") != ("select", {"baraka"})


@pytest.fixture(scope="module")
def filipino_italian(selector_on):
    return selector_on(FILIPINO_ITALIAN)


@pytest.mark.parametrize("request_, want", [
    ("nanay ko with her rosary", "corazon"),
    ("asawa ko on his scooter", "marco"),
    ("nanay ng asawa ko in the kitchen", "giuliana"),
    ("anak ko on a swing", "bea"),
    ("marito mio asleep", "marco"),
])
def test_tagalog_and_italian_kin_with_the_possessive_after(filipino_italian, request_, want):
    assert _picked(filipino_italian, request_) == ("select", {want})


@pytest.fixture(scope="module")
def malay(selector_on):
    return selector_on(MALAY)


@pytest.mark.parametrize("request_, want", [
    ("ibu saya at the window", "rohani"),
    ("suami saya marking homework", "faizal"),
    ("ibu suami saya at the stall", "salmah"),
    ("adik saya on his bike", "irfan"),
])
def test_malay_kin_with_the_possessive_after(malay, request_, want):
    assert _picked(malay, request_) == ("select", {want})


def test_the_full_form_in_brackets_after_the_name_names_them():
    assert given_names(["My friend Sasha (Alexandra Volkova), a teacher."], {"sasha"}) == \
        {"alexandra"}
    assert given_names(["Rex (The Dog) runs."], {"rex"}) == set()
    assert full_name_words("My aunt, Ama Boateng, at 60.", {"ama"}) == ["boateng"]


@pytest.fixture(scope="module")
def friends(selector_on):
    return selector_on(FRIENDS)


@pytest.mark.parametrize("request_, want", [
    ("nkechinyere at the pharmacy", "nkechi"),    # the short name begins the full one
    ("oluwaseun on the drums", "seun"),           # ... ends it
    ("bisola at her sewing machine", "bisi"),     # ... all but its last vowel
    ("alexandra teaching a class", "sasha"),      # the full form the card states
])
def test_a_full_given_name_names_the_short_named_person(friends, request_, want):
    assert _picked(friends, request_) == ("select", {want})


@pytest.mark.parametrize("request_", [
    "femke flying a kite",       # another consonant: another name, not Femi
    "a feminine dress on a hanger",  # an English word
    "adeola in a grey suit",     # "Ade" is too short to be found inside a longer name
])
def test_hard_negatives_are_not_the_short_named_person(friends, request_):
    action, chosen = _picked(friends, request_)
    assert not (action == "select" and chosen & {"femi", "ade"})
