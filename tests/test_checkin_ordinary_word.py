"""A name borrowed from an ordinary word, typed as that word (checkin/ordinary.py): a mass noun
that a verb says is a thing, a food beside another food, a plural, a collocation, an apposition
naming another kind, a thing of a relative no card states; the same words used as names keep selecting. Invented catalog."""

from __future__ import annotations

import pytest

from personalq.checkin.ordinary import edible_stuff, stuff_word, thing_subject_verb
from personalq.checkin.rules import noun_like
from personalq.checkin.select import Selector
from personalq.checkin.text import tokenize
from checkin_testdata import subject_card as _card


CARDS = [
    _card("treacle", "Treacle", "pony", ["pet", "pony", "shetland"],
          "Treacle, our little shetland pony with a shaggy mane."),
    _card("clover", "Clover", "cat", ["pet", "cat", "tabby"], "Clover, our grey tabby cat."),
    _card("bell", "Bell", "dog", ["pet", "dog", "whippet"], "Bell, our whippet, fast and shy."),
    _card("rufus", "Rufus", "cat", ["pet", "cat", "ginger"], "Rufus, our big ginger tom."),
    _card("koekie", "Koekie", "dog", ["pet", "dog", "dachshund"],
          "Koekie, our long-haired dachshund."),
    _card("maren", "Maren", "woman", ["daughter", "person", "woman", "wedding"],
          "Maren, our daughter, on her wedding day in an ivory dress."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def test_wordnet_reads_stuff_and_thing_subject_verbs():
    assert stuff_word("treacle") and edible_stuff("treacle") and not stuff_word("goat")
    assert thing_subject_verb("oozing")  # "Something oozes"
    for verb in ("chasing", "sitting", "lounging", "digging"):  # beings do these
        assert not thing_subject_verb(verb), verb
    assert noun_like(tokenize("ceiling")[0]) and noun_like(tokenize("pudding")[0])
    assert not noun_like(tokenize("running")[0])  # the -ing form of a verb


@pytest.mark.parametrize("request_", [
    "treacle oozing out of the tin",  # a verb whose subject is a thing
    "treacle on porridge for breakfast",  # a food beside another food
    "koekies cooling on a rack",  # a plural is no personal name
    "the diving bell on the seabed",  # a collocation English has as one noun
    "rufus the goat in a field",  # an apposition naming another kind
    "my nephew's wedding on a beach",  # a relative no card states: nothing of theirs here
])
def test_the_ordinary_word_is_no_name(selector, request_):
    d = selector.select(request_)
    assert d.action == "none", (request_, d.action, d.checkpoints, d.options)


@pytest.mark.parametrize("request_, expected", [
    ("treacle chasing a ball in the paddock", ["treacle"]),
    ("treacle asleep in the stable", ["treacle"]),
    ("our treacle with porridge on her nose", ["treacle"]),  # "our" marks the name
    ("clover in the garden", ["clover"]),
    ("koekie cooling off in the shade", ["koekie"]),
    ("bell asleep on the rug", ["bell"]),
    ("rufus the cat on a rug", ["rufus"]),
    ("maren at her wedding", ["maren"]),
    ("my daughter's wedding on a beach", ["maren"]),
])
def test_the_same_words_used_as_names_select(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (request_, d.action, d.options)
