"""A second checkpoint must not join a correct selection from a phrase that draws nothing of its
own: a noun of time (rules.time_word_dates_the_picture), the subject of a clause saying when
(rules.time_clause_subject_is_not_drawn), a concept's one-noun class after a noun its cards never
use (rules.noun_modifier_makes_another_kind) and a role after "as a" (rules.role_is_no_medium).
Each test also runs with its rule switched off, so it fails without the rule. The reasoner is
read alone (no calibrated model): on six cards the fitted model's retrieval features say little."""

from __future__ import annotations

import pytest

from personalq.checkin.select import Selector
from checkin_testdata import without

CARDS = [
    {"id": "mai-v1", "name": "Mai", "trigger": "maiqz woman", "class_noun": "woman",
     "kind": "subject", "family": "mai", "version": 1, "created_at": "2021-03-01",
     "description": "Me, Mai, at 25, when I was training as a baker: short hair, flour on my "
                    "apron.",
     "tags": ["me", "person", "woman", "baker"]},
    {"id": "bakery-v1", "name": "Rye Corner", "trigger": "ryecnr bakery", "class_noun": "bakery",
     "kind": "subject", "family": "bakery", "version": 1, "created_at": "2023-05-01",
     "description": "Rye Corner, my bakery on Elm Lane, the day we got the keys: empty shelves, "
                    "old butcher's sign still up.", "tags": ["place", "bakery", "shop"]},
    {"id": "tam-v1", "name": "Tam", "trigger": "tamqz man", "class_noun": "man",
     "kind": "subject", "family": "tam", "version": 1, "created_at": "2024-05-01",
     "description": "My husband Tam, 40, a joiner; he built our shop counters.",
     "tags": ["husband", "person", "man", "joiner"]},
    {"id": "bomber-v1", "name": "Souvenir Bomber", "trigger": "svnr_bmbr", "class_noun": "jacket",
     "kind": "concept", "family": "bomber", "version": 1, "created_at": "2024-06-01",
     "description": "Clothing concept: a satin souvenir bomber jacket with an embroidered crane.",
     "tags": ["concept", "clothing", "jacket"]},
    {"id": "loafpin-v1", "name": "Loaf Pin", "trigger": "lfpin", "class_noun": "enamel pin",
     "kind": "subject", "family": "loafpin", "version": 1, "created_at": "2025-01-01",
     "description": "Shop merch: an enamel pin of Loafy, our bread mascot, smiling.",
     "tags": ["product", "merch", "pin"]},
    {"id": "inks-v1", "name": "Midnight Inks", "trigger": "mdnt_inks style",
     "class_noun": "comic illustration", "kind": "style", "family": "inks", "version": 1,
     "created_at": "2024-01-01",
     "description": "Midnight Inks: the inking style of my webcomic, brush inks, heavy shadows.",
     "tags": ["style", "comic", "my art"]},
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return Selector(selector_on(CARDS).store, calibration=None)



def _families(selector: Selector, request: str) -> set[str]:
    d = selector.select(request)
    assert d.action == "select", (request, d.action, d.options)
    return {selector.by_id[i].family for i in d.checkpoints}


def test_a_noun_of_time_draws_no_card_that_only_mentions_it(selector):
    request = "me in my trainee days, short hair"
    assert _families(selector, request) == {"mai"}
    assert "bakery" in _families(without(selector, "time_word_dates_the_picture"), request)


def test_the_subject_of_a_when_clause_is_not_drawn(selector):
    request = "the bakery before tam built the counters"
    assert _families(selector, request) == {"bakery"}
    assert "tam" in _families(without(selector, "time_clause_subject_is_not_drawn"), request)


def test_a_time_word_with_no_clause_after_it_leaves_the_person_drawn(selector):
    assert _families(selector, "the bakery before Tam") == {"bakery", "tam"}


def test_a_noun_modifier_the_concept_never_uses_makes_another_kind(selector):
    request = "the bread mascot pin on a denim jacket"
    assert _families(selector, request) == {"loafpin"}
    assert "bomber" in _families(without(selector, "noun_modifier_makes_another_kind"), request)


def test_the_concepts_class_noun_alone_still_names_it(selector):
    assert _families(selector, "the bread mascot pin on a jacket") == {"loafpin", "bomber"}
    assert _families(selector, "the bread mascot pin on a satin bomber jacket") == {"loafpin",
                                                                                   "bomber"}


def test_a_role_after_as_a_is_no_medium(selector):
    request = "myself as a superhero flying over the harbour"
    assert _families(selector, request) == {"mai"}
    assert "inks" in _families(without(selector, "role_is_no_medium"), request)
