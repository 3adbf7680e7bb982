"""A person's name typed as the household's language shapes it (nameforms.py, the rule
`name_form_of_another_language`): another romanisation or arabizi/leetspeak digits, one unwritten
vowel written otherwise, a case ending on the name's stem, a diminutive suffix on it, the first
syllable reduplicated. English words, kinship words, a suffix of the other gender and a form two
people share stay what they are.

Invented households: a Moroccan family in Lyon, a Russian-Finnish family in Helsinki, a
Greek-Italian family in Melbourne, a Spanish-Lithuanian family in Vilnius."""

from __future__ import annotations

import pytest

from personalq.checkin.nameforms import (NameForms, case_stems, diminutive_stems,
                                         reduplicated_syllable, spelling_keys)
from personalq.checkin.rules import NAME_FORM_RULE
from checkin_testdata import subject_card, without


def _person(id_: str, name: str, cls: str, desc: str) -> dict:
    return subject_card(id_, name, cls, ["person", cls], desc)


MOROCCAN = [
    _person("khadija", "Khadija", "woman", "My mother Khadija in a green djellaba."),
    _person("mohamed", "Mohamed", "man", "My husband Mohamed, a baker with a grey beard."),
    _person("saad", "Saad", "boy", "Our son Saad at 9 with a football."),
    _person("salim", "Salim", "man", "Salim, my brother-in-law, a taxi driver."),
    _person("loubna", "Loubna", "girl", "Our daughter Loubna at 4 with pigtails."),
    subject_card("miel", "Miel", "cat", ["pet", "cat"], "Miel, our ginger cat."),
]

RUSSIAN_FINNISH = [
    _person("mikhail", "Mikhail", "man", "My husband Mikhail, an engineer with round glasses."),
    _person("aino", "Aino", "girl", "Our daughter Aino at 6 on a sledge."),
    _person("natalia", "Natalia", "woman", "Me, Natalia, at 40 in a red coat."),
    _person("marek", "Marek", "man", "Marek, my colleague, a cyclist."),
    _person("milla", "Milla", "woman", "Milla, my neighbour, a violinist."),
]

GREEK_ITALIAN = [
    _person("stavros", "Stavros", "man", "My father Stavros at his kafeneio, worry beads."),
    _person("giulia", "Giulia", "woman", "My wife Giulia, a nurse with short dark hair."),
    _person("despina", "Despina", "girl", "Our daughter Despina at 7 in a blue dress."),
    _person("marco", "Marco", "man", "Marco, my cousin, a chef in white."),
]

SPANISH_LITHUANIAN = [
    _person("juan", "Juan", "man", "My husband Juan, a guitarist with a ponytail."),
    _person("tomas", "Tomas", "boy", "Our son Tomas at 12 on his scooter."),
    _person("filipa", "Filipa", "girl", "Our daughter Filipa at 3 in wellies."),
]


def test_spelling_keys_fold_romanisations_and_digits():
    assert spelling_keys("Rasheed") & spelling_keys("Rashid")
    assert spelling_keys("Wiktor") & spelling_keys("Viktor")
    assert spelling_keys("mo7amed") & spelling_keys("Mohamed")
    assert spelling_keys("sa3d") & spelling_keys("Saad")
    assert not spelling_keys("Marta") & spelling_keys("Mirta")


def test_morphology_helpers():
    assert {"mark", "marek"} <= case_stems("marek")
    assert "stavr" in case_stems("stavros")
    assert ("juan", "m") in diminutive_stems("juanito")
    assert reduplicated_syllable("loulou") == "lou"
    assert reduplicated_syllable("anna") == ""


def _picked(selector, request: str) -> tuple[str, set[str]]:
    d = selector.select(request)
    return d.action, set(d.options) if d.action == "clarify" else set(d.checkpoints)


@pytest.fixture(scope="module")
def moroccan(selector_on):
    return selector_on(MOROCCAN)


@pytest.mark.parametrize("request_, want", [
    ("hadidja in her djellaba", "khadija"),       # kh/h, dj/j
    ("mo7amed with his beard", "mohamed"),        # arabizi 7 = h
    ("sa3d kicking a ball", "saad"),              # arabizi 3 = ayn
    ("selim in his taxi", "salim"),               # one unwritten vowel
    ("loulou with her pigtails", "loubna"),       # reduplicated first syllable
])
def test_moroccan_name_forms(moroccan, request_, want):
    assert _picked(moroccan, request_) == ("select", {want})


def test_a_kinship_word_is_no_pet_form(moroccan):
    assert _picked(moroccan, "mama with her pigtails") != ("select", {"loubna"})


def test_the_rule_is_what_reads_them(moroccan):
    off = without(moroccan, NAME_FORM_RULE)
    assert _picked(off, "mo7amed with his beard") != ("select", {"mohamed"})
    assert _picked(off, "loulou with her pigtails") != ("select", {"loubna"})


@pytest.fixture(scope="module")
def russian_finnish(selector_on):
    return selector_on(RUSSIAN_FINNISH)


@pytest.mark.parametrize("request_, want", [
    ("mihail fixing the sauna stove", "mikhail"),   # kh/h
    ("ainon sledge in the snow", "aino"),             # Finnish genitive -n
    ("natasha in her red coat", "natalia"),         # Russian -sha on the stem
    ("marka on his bike", "marek"),                 # Polish genitive, fleeting e
])
def test_russian_finnish_name_forms(russian_finnish, request_, want):
    assert _picked(russian_finnish, request_) == ("select", {want})


@pytest.fixture(scope="module")
def greek_italian(selector_on):
    return selector_on(GREEK_ITALIAN)


@pytest.mark.parametrize("request_, want", [
    ("stavrou at the kafeneio", "stavros"),         # Greek genitive on the -os stem
    ("giulietta in her uniform", "giulia"),         # Italian -etta
    ("despinaki in the blue dress", "despina"),         # Greek -aki
])
def test_greek_italian_name_forms(greek_italian, request_, want):
    assert _picked(greek_italian, request_) == ("select", {want})


def test_a_suffix_of_the_other_gender_is_another_name():
    forms = NameForms([("giulia", "giulia", True, "f"), ("marco", "marco", True, "m")])
    assert forms.reach("giulietta") == ("diminutive", {"giulia"})
    assert forms.reach("giulino") == ("", set())      # a boy's suffix on a woman's stem
    assert forms.reach("marcuccia") == ("", set())    # a girl's suffix on a man's stem


@pytest.fixture(scope="module")
def spanish_lithuanian(selector_on):
    return selector_on(SPANISH_LITHUANIAN)


@pytest.mark.parametrize("request_, want", [
    ("juanito with his guitar", "juan"),            # Spanish -ito
    ("tomui on his scooter", "tomas"),              # Lithuanian dative on the -as stem
    ("fifi in her wellies", "filipa"),               # reduplicated first syllable
])
def test_spanish_lithuanian_name_forms(spanish_lithuanian, request_, want):
    assert _picked(spanish_lithuanian, request_) == ("select", {want})


def test_a_form_two_people_share_names_neither(russian_finnish):
    action, chosen = _picked(russian_finnish, "mimi on the sledge")
    assert not (action == "select" and chosen & {"mikhail", "milla"})


HUNGARIAN_MEXICAN = [
    _person("istvan", "István", "man", "My grandfather István at his vineyard, a felt hat."),
    _person("erzsebet", "Erzsébet", "woman", "Erzsébet, my grandmother, at the stove."),
    _person("jesus", "Jesús", "man", "My husband Jesús, a mariachi with a trumpet."),
    _person("lupe", "Lupe", "woman", "Lupe (Guadalupe), my mother-in-law, selling tamales."),
]


@pytest.fixture(scope="module")
def hungarian_mexican(selector_on):
    return selector_on(HUNGARIAN_MEXICAN)


@pytest.mark.parametrize("request_, want", [
    ("pista among the vines", "istvan"),            # Hungarian pet form, the card's full name
    ("erzsi at the stove", "erzsebet"),
    ("chuy playing the trumpet", "jesus"),          # Spanish pet form
])
def test_a_pet_form_of_the_cards_full_name(hungarian_mexican, request_, want):
    assert _picked(hungarian_mexican, request_) == ("select", {want})
