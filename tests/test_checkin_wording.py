"""The request's wording as numbers (checkin/wording.py): the counts of word classes are what
the request holds, and the leading families' share of its naming words follows the catalog's
index and the leaders' order. Invented cards: a Faroese fishing family's sheepdog and boat."""

from __future__ import annotations

import pytest

from personalq.checkin import wording


def _card(id_, name, cls, description, tags):
    return dict(id=id_, name=name, trigger=f"<{id_}>", class_noun=cls, kind="subject", family=id_,
                version=1, created_at="2024-05-01", description=description, tags=tags,
                base_model="sdxl")


ROWS = [
    _card("trolli", "Trolli", "dog", "Our sheepdog Trolli, black and white, herding on the hill.",
          ["pet", "sheepdog"]),
    _card("havgird", "Havgird", "boat", "Our red fishing boat Havgird in the harbour at dawn.",
          ["boat", "fishing boat"]),
]

MENTION = 7  # the request-level counts come first (wording.numbers)


@pytest.fixture(scope="module")
def index(selector_on):
    return selector_on(ROWS).index


def test_the_counts_are_what_the_request_holds(index):
    x = wording.numbers("Our sheepdog Trolli and my boat, at the harbour?", [], index)
    assert len(x) == wording.WIDTH
    first_person, capitals, numbers, joining, question = x[1:6]
    assert (first_person, capitals, numbers, joining, question) == (2, 1, 0, 1, 1)
    plain = wording.numbers("a sheepdog on a hill in 1998", [], index)
    assert plain[1:6] == [0, 0, 1, 0, 0]


def test_the_leaders_share_follows_the_index_and_their_order(index):
    asked = "a sheepdog beside a red boat near a volcano"
    x = wording.numbers(asked, ["trolli", "havgird"], index)
    dog, boat = x[MENTION:MENTION + 4], x[MENTION + 4:MENTION + 8]
    assert dog[0] >= 1 and boat[0] >= 2  # "sheepdog"; "red", "boat"
    assert dog[3] >= 1 and boat[3] >= 1  # each holds a word that names it
    unexplained, unheld = x[MENTION + 8], x[MENTION + 9]
    assert unexplained >= 1 and unheld >= 1  # no card holds "volcano"
    swapped = wording.numbers(asked, ["havgird", "trolli"], index)
    assert swapped[MENTION:MENTION + 4] == boat and swapped[MENTION + 4:MENTION + 8] == dog
    alone = wording.numbers(asked, ["trolli"], index)
    assert alone[MENTION + 4:MENTION + 8] == [0, 0, 0, 0]  # no second leader: nothing explained
    assert alone[MENTION + 8] > unexplained  # the boat's words are now unexplained
