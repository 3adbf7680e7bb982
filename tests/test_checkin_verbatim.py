"""What a request types verbatim from a card (checkin/verbatim.py, rules.py): a coded trigger,
a style's or concept's whole multi-word name, and a hyphenated class phrase written open.
Each test also switches its rule off, so it shows what the rule moves."""

from __future__ import annotations

import json

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import LoraNames, coded, coded_triggers, typed_triggers
from checkin_testdata import without

ROWS = [
    dict(id="tomas", name="Tomas", trigger="<tomas>", class_noun="man",
         description="Tomas, my brother, with a short beard.", tags=["person"]),
    dict(id="vest-1", name="Quilted Vest", trigger="q7_vest", class_noun="vest", kind="concept",
         family="vest", version=1, created_at="2024-01-01",
         description="Clothing LoRA: a quilted sleeveless vest.", tags=["clothing"]),
    dict(id="vest-2", name="Quilted Vest", trigger="q7_vest_xl", class_noun="vest",
         kind="concept", family="vest", version=2, created_at="2025-01-01",
         description="Clothing LoRA: a quilted sleeveless vest, retrained.", tags=["clothing"]),
    dict(id="gilt", name="First Light Gilt", trigger="lntrn_glt", class_noun="gouache painting",
         kind="style", description="Gouache with gold leaf highlights.", tags=["style"]),
    dict(id="gouache", name="Quiet Harbour", trigger="qt_hrbr", class_noun="gouache painting",
         kind="style", description="Muted gouache seascapes.", tags=["style"]),
    dict(id="paper", name="Foldwork", trigger="f0ldw", class_noun="paper-cut", kind="style",
         description="Layered paper-cut silhouettes.", tags=["style", "paper"]),
    dict(id="quiff", name="Quiff Cut", trigger="qf_cut", class_noun="hairstyle", kind="concept",
         description="Hairstyle LoRA: the quiff haircut, swept up at the front.",
         tags=["hairstyle"]),
    dict(id="smock", name="Tidewater Smock", trigger="tdw_smk", class_noun="shirt",
         kind="concept", description="Clothing LoRA: a loose linen work shirt.",
         tags=["clothing"]),
    dict(id="kneel", name="Half-Kneeling Pose", trigger="hlfkn_ps", class_noun="pose",
         kind="concept", description="Pose LoRA: half-kneeling, one knee down, hands on the thigh.",
         tags=["pose"]),
    dict(id="fern", name="Fern", trigger="<fern>", class_noun="dog",
         description="Fern, our whippet.", tags=["pet", "dog"]),
]


@pytest.fixture(scope="module")
def catalog(tmp_path_factory):
    path = tmp_path_factory.mktemp("verbatim") / "catalog.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in ROWS))
    return path


@pytest.fixture(scope="module")
def selector(selector_on, catalog) -> Selector:
    return selector_on(catalog)



def test_coded_trigger_is_spelt_unlike_a_word():
    assert coded("q7_vest") and coded("<fern>") and coded("name_(show)")
    assert not coded("fern") and not coded("pxlmoss") and not coded("")


def test_typed_trigger_pins_its_own_card_not_the_longer_one():
    cards = [Card.from_dict(r) for r in ROWS]
    assert [c.id for c in typed_triggers("Q7_VEST on a hanger", coded_triggers(cards))] == ["vest-1"]
    assert [c.id for c in typed_triggers("q7_vest_xl on a hanger", coded_triggers(cards))] == ["vest-2"]
    assert typed_triggers("a quilted vest", coded_triggers(cards)) == []


def test_the_indexes_find_what_a_scan_of_every_trigger_and_name_finds():
    """coded_triggers and LoraNames look only at what a request's own words lead to: a trigger
    or name typed among punctuation, in any case, or in a request with other characters is
    still found, and a word that merely contains one is not."""
    rows = ROWS + [dict(id="zib", name="Zib", trigger="<ZIB-v2>", kind="style"),
                   dict(id="sym", name="Sym", trigger="<>", kind="style")]
    triggers = coded_triggers([Card.from_dict(r) for r in rows])
    for request, want in [("a cat, (<zib-V2>) style", ["zib"]), ("x<zib-v2>y", []),
                          ("<zib-v2x> cat", []), ("café <> and q7_vest!", ["vest-1", "sym"]),
                          ("q7_vest_xl and <fern>", ["vest-2", "fern"])]:
        assert [c.id for c in typed_triggers(request, triggers)] == want, request
    names = LoraNames(CatalogIndex([Card.from_dict(r) for r in ROWS]).families)
    for request, want in [("TIDEWATER-smock on him", ["smock"]), ("tidewaters smock", []),
                          ("a café, the quiet  harbour look, first_light gilt",
                           ["gilt", "gouache"]), ("quiff", [])]:
        assert sorted(k for k, _ in names.typed(request)) == want, request


def test_typed_trigger_names_its_checkpoint(selector):
    d = selector.select("q7_vest on a mannequin")
    assert d.action == "select" and d.checkpoints == ["vest-1"]  # the older one: its trigger
    d = selector.select("my brother wearing q7_vest_xl")
    assert set(d.checkpoints) == {"tomas", "vest-2"}
    off = without(selector, rules.TYPED_TRIGGER).select("q7_vest on a mannequin")
    assert off.checkpoints != ["vest-1"]


def test_full_lora_name_names_it(selector):
    # "first" reads as a version cue, so the reasoner alone does not see the name
    d = selector.select("a lighthouse, first light gilt style")
    assert d.action == "select" and d.checkpoints == ["gilt"]
    assert "lntrn_glt" in d.prompt
    # a generic request for the class two styles share stays a question or none
    assert selector.select("a lighthouse in gouache").checkpoints == []
    # a one-word name used as the ordinary word is left to the reasoner
    assert "fern" not in selector.select("a fern growing on a wall").checkpoints
    # the rule is what names it (paraphrase_names_a_lora would also find the "<...> style"
    # phrase by meaning, so it is switched off too to see this rule alone)
    off = without(selector, rules.FULL_LORA_NAME, rules.PARAPHRASE_NAMES_A_LORA)
    assert off.select("a lighthouse, first light gilt style").checkpoints != ["gilt"]


def _decide(request: str, *off: str):
    r = Reasoner(CatalogIndex([Card.from_dict(x) for x in ROWS]), disabled=frozenset(off))
    return compose(request, r.resolve(r.parse(request)), r.index)


def test_compound_spelt_open_or_hyphenated():
    assert _decide("a paper cut of a heron").checkpoints == ["paper"]
    assert _decide("a paper-cut of a heron").checkpoints == ["paper"]
    assert _decide("a paper cut of a heron", rules.COMPOUND_SPELLINGS).checkpoints == []


def test_concept_named_for_what_it_is():
    # the cards use "quiff" as a common noun: the name says what the concept is
    assert _decide("a man with a quiff at a party").checkpoints == ["quiff"]
    assert _decide("my brother with a quiff").checkpoints == ["tomas", "quiff"]
    # alone, only where the phrase says what a subject has or wears (any phrase: the next test)
    assert _decide("a quiff on a poster", rules.GENERIC_NAMES_KIND).checkpoints == []
    # another kind of the noun: a modifier the family does not know
    assert _decide("a man with a spiky quiff").checkpoints == []
    assert _decide("a man with a quiff at a party", rules.NAMED_FOR_WHAT_IT_IS).checkpoints == []


def test_head_noun_of_a_concept_name_names_it():
    # the last word of a name of several words is its head noun: a "Tidewater Smock" is a smock
    assert _decide("a potter in a smock").checkpoints == ["smock"]
    assert _decide("a potter in a linen smock").checkpoints == ["smock"]  # a word it knows
    assert _decide("a potter in a blue smock").checkpoints == []  # another smock
    assert _decide("a potter in a smock", rules.NAMED_FOR_WHAT_IT_IS).checkpoints == []


def test_generic_mention_names_a_kind_lora():
    # a concept LoRA draws a kind of thing: its noun names it in any phrase, "a ..." included
    assert _decide("a smock drying on a washing line").checkpoints == ["smock"]
    assert _decide("a quiff on a poster").checkpoints == ["quiff"]
    assert _decide("a smock drying on a washing line",
                   rules.GENERIC_NAMES_KIND).checkpoints == []
    # hard negatives: another kind of the noun, the noun as a modifier, a verb after a pronoun
    assert _decide("a blue smock on a chair").checkpoints == []
    assert _decide("a smock pattern on a table").checkpoints == []
    assert _decide("a man before he cut his hair").checkpoints == []
    # a possessive points at the user's own thing; subject cards and styles are not kinds
    assert _decide("my smock on a chair").checkpoints == []
    assert _decide("a fern growing on a wall").checkpoints == []
    assert _decide("a gilt mirror in a hall").checkpoints == []
    # a hyphenated name typed open is one compound (compound_spelt_open_or_hyphenated)
    assert _decide("a squire posed half kneeling by the gate").checkpoints == ["kneel"]
    # (round 29: two of its card's words, "half" and "kneeling", reach it by description too)
    assert _decide("a squire posed half kneeling by the gate",
                   rules.GENERIC_NAMES_KIND, rules.DESCRIBED_CONCEPT).checkpoints == []
