"""A style named by a coinage of its craft used as a modifier of the picture's subject, with no
"in ... style" frame (rule `coined_style_word_names_the_style`, checkin/verbatim.py). English
words ("pastel", "flash") keep their ordinary sense, and a coinage two families use names none."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.features import CatalogIndex
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import coined_style_words

ROWS = [
    dict(id="tomas", name="Tomas", trigger="<tomas>", class_noun="man",
         description="Tomas, my brother, with a short beard.", tags=["person"]),
    dict(id="stitch", name="Loop Garden", trigger="lp_grdn", class_noun="threadwork embroidery",
         kind="style", description="Threadwork embroidery: satin stitch flowers on linen.",
         tags=["style", "threadwork", "pastel"]),
    dict(id="chalk", name="Soft Chalk", trigger="sft_chlk", class_noun="pastel drawing",
         kind="style", description="Soft pastel drawing on toned paper.", tags=["style", "pastel"]),
    dict(id="felt-a", name="Wool Fox", trigger="wl_fx", class_noun="feltwork figure",
         kind="style", description="Needle feltwork figures.", tags=["style", "feltwork"]),
    dict(id="felt-b", name="Wool Owl", trigger="wl_wl", class_noun="feltwork figure",
         kind="style", description="Needle feltwork owls.", tags=["style", "feltwork", "felted"]),
]


def _words() -> dict[str, str]:
    return coined_style_words(CatalogIndex([Card.from_dict(r) for r in ROWS]).families)


def test_only_one_familys_coinages_are_coined_words():
    words = _words()
    assert words.get("threadwork") == "stitch"
    assert "pastel" not in words and "embroidery" not in words  # English words
    assert "feltwork" not in words  # two families
    assert "felted" not in words  # derived from an English word


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(ROWS)


def test_coined_style_word_names_the_style(selector):
    d = selector.select("threadwork hummingbird over roses")
    assert d.action == "select" and d.checkpoints == ["stitch"]
    d = selector.select("my brother as a threadwork portrait")
    assert set(d.checkpoints) == {"tomas", "stitch"}
    assert "stitch" not in selector.select("a vase of flowers in pastel colours").checkpoints
    off = Selector(selector.store, disabled_rules=frozenset([rules.COINED_STYLE_WORD]))
    assert off.select("threadwork hummingbird over roses").checkpoints != ["stitch"]
