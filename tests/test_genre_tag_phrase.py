"""A style named by a compound genre tag of its card typed whole, even as a modifier of the
picture's subject (rule `genre_tag_phrase_names_the_style`, checkin/verbatim.py). A coordination
("black and white") and a tag two families share name nothing."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.features import CatalogIndex
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import genre_tag_phrases, typed_genre_tags

ROWS = [
    dict(id="tomas", name="Tomas", trigger="<tomas>", class_noun="man",
         description="Tomas, my brother, with a short beard.", tags=["person"]),
    dict(id="sailor", name="Harbour Sheet", trigger="hrbr_sht", class_noun="tattoo design",
         kind="style", description="Bold outlined sailor tattoo designs, anchors and swallows.",
         tags=["style", "tattoo", "sailor jerry", "black and white"]),
    dict(id="bits", name="Bit Garden", trigger="bt_grdn", class_noun="game sprite",
         kind="style", description="Chunky game sprites.", tags=["style", "pixel art"]),
    dict(id="bits2", name="Bit Castle", trigger="bt_cstl", class_noun="game sprite",
         kind="style", description="Tiny castle sprites.", tags=["style", "pixel art"]),
]


def _phrases() -> dict[str, str]:
    return genre_tag_phrases(CatalogIndex([Card.from_dict(r) for r in ROWS]).families)


def test_only_one_familys_compound_tags():
    phrases = _phrases()
    assert phrases == {"sailor jerry": "sailor"}  # no coordination, no shared tag
    assert typed_genre_tags("Sailor-Jerry eagle on a chest", phrases) == ["sailor"]
    assert typed_genre_tags("a jerrycan for a sailor", phrases) == []


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(ROWS)


def test_genre_tag_phrase_names_the_style(selector):
    d = selector.select("sailor jerry eagle with a banner")
    assert d.action == "select" and d.checkpoints == ["sailor"]
    assert "sailor" not in selector.select("a black and white photo of a harbour").checkpoints
    off = Selector(selector.store, disabled_rules=frozenset([rules.GENRE_TAG_PHRASE]))
    assert off.select("sailor jerry eagle with a banner").checkpoints != ["sailor"]
