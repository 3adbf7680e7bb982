"""Look-alikes and characters (round 18): a tag of several words typed whole names look-alikes as
their label (rule whole_tag_phrase_is_a_label, lookalikes._typed_tag), "<subject> wearing the
<thing>" describes the wearer when one of its cards lists the thing (rule
worn_thing_describes_the_wearer, reasoner._worn_own_thing).
The cards are invented: a Hungarian beekeeper's household and a Ghanaian taxi driver's family.
Each test also switches its rule off to show what it moves."""

from __future__ import annotations

import pytest

from personalq.checkin.rules import TAG_PHRASE_LABEL, WORN_OWN_THING
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without

BEEKEEPERS = [
    subject_card("zsofi", "Zsófi", "woman", ["person"], "Zsófi, my wife, in her veil at the hives."),
    subject_card("bodri", "Bodri", "dog", ["pet", "dog", "wirehaired vizsla"],
                 "Bodri, our wirehaired vizsla: rust coat, shaggy beard, a leather collar."),
    subject_card("csoki", "Csoki", "dog", ["dog", "wirehaired vizsla"],
                 "Csoki, my brother's wirehaired vizsla from the next village: rust coat, "
                 "shaggy beard."),
    subject_card("cirmi", "Cirmi", "cat", ["pet", "cat"], "Cirmi, our tabby, asleep on the hive lid."),
    lora_card("lace", "Halas Lace", "style", "lace", ["style", "lace", "needlework"],
              "Fine needle lace from Kiskunhalas: white thread, leaf and flower motifs."),
]

TAXI = [
    subject_card("kofi", "Kofi", "man", ["person"], "Kofi, me, beside my taxi in Accra."),
    subject_card("sika", "Sika", "dog", ["pet", "dog", "basenji", "scarf"],
                 "Sika, our basenji, in the yellow scarf my daughter knitted for her."),
    subject_card("nana", "Nana", "dog", ["dog", "basenji"],
                 "Nana, my cousin's basenji: copper coat, curled tail, green collar."),
    subject_card("ananse", "Ananse", "character", ["character", "cartoon", "tinkertown"],
                 "Ananse the spider from the Tinkertown cartoon: eight striped legs, a "
                 "golden walking stick, a sly grin."),
    lora_card("kente", "Kente Weave", "style", "textile", ["style", "kente", "weaving"],
              "Kente cloth: woven strips of gold, green and red in bold blocks."),
]


@pytest.fixture(scope="module")
def beekeepers(selector_on):
    return selector_on(BEEKEEPERS)


@pytest.fixture(scope="module")
def taxi(selector_on):
    return selector_on(TAXI)


@pytest.mark.parametrize("request_", [
    "a wirehaired vizsla running through the acacia",
    "a wirehaired vizsla in halas lace",
])
def test_the_whole_tag_describes_the_lookalikes(beekeepers, request_):
    assert clarify_options(beekeepers.select(request_)) == {"bodri", "csoki"}
    assert clarify_options(without(beekeepers, TAG_PHRASE_LABEL).select(request_)) != \
        {"bodri", "csoki"}


def test_the_tag_head_alone_stays_generic(beekeepers):
    """The breed's head word alone, or the words apart, are no label."""
    assert clarify_options(beekeepers.select("a vizsla on a hay bale")) == set()
    assert clarify_options(beekeepers.select("a wirehaired terrier and a vizsla")) == set()


def test_the_worn_thing_a_card_lists_tells_the_lookalikes_apart(taxi):
    request_ = "the basenji wearing the yellow scarf"
    assert selected(taxi, request_) == ["sika"]
    assert selected(without(taxi, WORN_OWN_THING), request_) != ["sika"]


def test_a_worn_thing_no_card_lists_tells_nothing(taxi):
    assert "sika" not in selected(taxi, "the basenji wearing a party hat") or \
        "nana" not in selected(taxi, "the basenji wearing a party hat")
