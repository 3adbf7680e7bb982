"""Names a family uses and owners named any way (checkin/aliases.py, the rules
`family_use_name_names_them` and `owner_by_any_name`), kinship phrases read more widely
(relations.py: "my man", a lower-case name after the relation word, which sibling-in-law a card
states), on an invented family catalog. Every rule is also checked switched off."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import family_names, stated_names
from personalq.checkin.rules import FAMILY_NAMES, MY_KIND_IS_MY_OWN, OWNER_BY_ANY_NAME
from personalq.checkin.select import Selector
from checkin_testdata import subject_card as _card


CARDS = [
    _card("ingrid", "Ingrid", "old woman", ["mother", "person", "woman"],
          "Ingrid Olsen, my mother (the grandkids call her Mormie): silver bob, green cardigan."),
    _card("arvid", "Arvid", "old man", ["father-in-law", "person", "man"],
          "Arvid, my father-in-law, known as Bapsy to everyone: flat cap, pipe."),
    _card("nils", "Nils", "man", ["husband", "person", "man"], "Nils, my husband: red beard."),
    _card("karin", "Karin", "woman", ["person", "woman"],
          "Karin, Nils's sister, my sister-in-law: a potter, clay on her apron."),
    _card("teodor", "Teodor", "man", ["brother", "person", "man"],
          "Teodor, my younger brother, a drummer: shaved head."),
    _card("biscuit", "Biscuit", "dog", ["pet", "dog", "whippet"],
          "Biscuit, Ingrid's whippet: fawn coat, pink collar."),
    _card("pepper", "Pepper", "dog", ["pet", "dog", "whippet"], "Pepper, our whippet: brindle."),
    _card("oskar", "Oskar", "dog", ["pet", "dog", "dachshund"],
          "Oskar, Arvid's dachshund: long-haired, red."),
    _card("fritz", "Fritz", "dog", ["pet", "dog", "dachshund"], "Fritz, our dachshund: black."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.fixture(scope="module")
def without(selector) -> callable:
    """The same catalog with some rules switched off."""
    return lambda *rules: Selector(selector.store, disabled_rules=frozenset(rules))


def _picked(decision) -> tuple[str, list[str]]:
    return decision.action, (decision.checkpoints if decision.action == "select"
                             else decision.options)


def test_descriptions_state_names_in_a_few_frames():
    assert stated_names("Rolf, my uncle (the twins call him Fafa), bald.") == [("fafa",)]
    assert stated_names("our cat, known as Big Tibbs.") == [("big", "tibbs")]
    assert stated_names("Marta, Oma Lotte to the grandkids, knits.") == [("oma", "lotte")]
    assert stated_names("Juno, nicknamed Zuzu, a spaniel.") == [("zuzu",)]
    assert stated_names("Ella took Rex to the vet.") == []  # no people after "to the"
    assert stated_names("the kids call her Vovó. Hair dyed dark.") == [("vovó",)]  # a sentence ends
    # a name that is an everyday English word keeps its ordinary reading
    assert family_names(["the kids call him Bear."], set()) == set()
    assert family_names(["the kids call him Fafa."], {"fafa"}) == set()  # the card's own name


def test_a_name_the_family_uses_names_the_person(selector, without):
    assert _picked(selector.select("Mormie reading by the window")) == ("select", ["ingrid"])
    assert _picked(selector.select("bapsy lighting his pipe")) == ("select", ["arvid"])
    off = without(FAMILY_NAMES).select("bapsy lighting his pipe")
    assert _picked(off) != ("select", ["arvid"])


def test_a_possessor_reaches_the_pet_of_the_person_it_names(selector, without):
    assert _picked(selector.select("mormie's whippet on the lawn")) == ("select", ["biscuit"])
    assert _picked(selector.select("bapsy's dachshund in the snow")) == ("select", ["oskar"])
    # the owner named by the relation the cards state, hyphenated or open
    assert _picked(selector.select("my father-in-law's dachshund")) == ("select", ["oskar"])
    assert _picked(selector.select("my father in law's dachshund")) == ("select", ["oskar"])
    assert _picked(selector.select("Ingrid's whippet asleep")) == ("select", ["biscuit"])
    # "my whippet" over Ingrid's and "our" whippet: the speaker's own (rule my_kind_is_my_own);
    # with that rule off, nobody is named and it is a question
    assert _picked(selector.select("my whippet asleep")) == ("select", ["pepper"])
    assert without(MY_KIND_IS_MY_OWN).select("my whippet asleep").action == "clarify"
    off = without(OWNER_BY_ANY_NAME).select("my father-in-law's dachshund")
    assert _picked(off) == ("clarify", ["fritz", "oskar"]) or off.action == "clarify"


def test_which_sibling_in_law_a_card_states(selector):
    assert _picked(selector.select("my husband's sister at the wheel")) == ("select", ["karin"])
    assert _picked(selector.select("my sister in law at the wheel")) == ("select", ["karin"])
    # Karin is the husband's sister, not the brother's wife: no such card
    assert selector.select("my brother's wife at the wheel").action == "none"


def test_informal_and_open_kinship_phrases(selector):
    assert _picked(selector.select("my man on a ferry")) == ("select", ["nils"])
    assert _picked(selector.select("my bro drumming")) == ("select", ["teodor"])
    # a lower-case name after the relation word: no cousin in the repository
    assert selector.select("my cousin wanjiru on a ferry").action == "none"
    # a name the repository has still says who, whatever the relation word
    assert _picked(selector.select("my man Teodor on a ferry")) == ("select", ["teodor"])
