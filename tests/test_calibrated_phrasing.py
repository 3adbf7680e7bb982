"""Phrase-level features of the calibrated decision (calibrated.py: coverage, drawn_cover, the
per-kind retrieval leads), on an invented catalog."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin import calibrated
from personalq.checkin.calibrated import Retrieved, drawn_words, phrasing
from personalq.checkin.features import CatalogIndex
from personalq.checkin.text import tokenize


def _index() -> CatalogIndex:
    return CatalogIndex([
        Card(id="ember-glaze", name="Ember Glaze", trigger="emgl", class_noun="art style",
             kind="style", tags=["ceramic", "glaze"],
             description="Crackled ceramic glaze with copper speckles and kiln drips."),
        Card(id="wool-felt", name="Wool Felt", trigger="wlft", class_noun="art style",
             kind="style", tags=["felt", "craft"],
             description="Needle-felted wool figures, soft fuzzy fibres."),
        Card(id="biscuit", name="Biscuit", trigger="bsct", class_noun="beagle",
             tags=["dog", "pet"], description="Our beagle Biscuit, tan and white, floppy ears."),
        Card(id="kettle", name="Brass Kettle", trigger="brkt", class_noun="kettle",
             tags=["product"], description="The shop's brass kettle with a walnut handle."),
    ])


def _stems(text: str) -> set[str]:
    return set(drawn_words(text, tokenize(text)))


def test_how_it_is_drawn_phrases_are_found_in_their_english_frames():
    assert {"copper", "speckle"} <= _stems("an owl in copper speckles, at night")
    assert "night" not in _stems("an owl in copper speckles, at night")  # "at" opens a new phrase
    assert {"wool", "yarn"} <= _stems("a fox made of wool and yarn")
    assert "fox" not in _stems("a fox made of wool and yarn")  # what is drawn, not how
    poster = _stems("a faded railway poster of a lighthouse")
    assert {"railway", "poster"} <= poster and "lighthouse" not in poster
    assert "cartoon" in _stems("the mayor as a cartoon mascot")
    assert not _stems("my beagle sleeping on the sofa")  # nothing says how it is drawn


def _features(request: str, bm25: dict[str, float]) -> dict[str, dict[str, float]]:
    index = _index()
    return calibrated.features(request, [], Retrieved(bm25, {k: 0.3 for k in bm25}), index,
                               list(index.families))


def test_coverage_prefers_the_family_that_accounts_for_the_rare_words():
    feats = _features("a teapot with crackled glaze and kiln drips", {"ember-glaze": 9.0,
                                                                     "kettle": 2.0})
    assert feats["ember-glaze"]["coverage"] > feats["kettle"]["coverage"] >= 0.0
    assert feats["ember-glaze"]["coverage_lead"] > 0.0 > feats["kettle"]["coverage_lead"]
    assert feats["ember-glaze"]["drawn_cover"] == 0.0  # "with" is no frame of how it is drawn


def test_drawn_cover_and_style_leads_belong_to_styles_and_concepts_only():
    feats = _features("a lighthouse made of needle felted wool", {"wool-felt": 12.0,
                                                                  "biscuit": 1.0})
    style, pet = feats["wool-felt"], feats["biscuit"]
    assert style["drawn_cover"] > 0.5 and pet["drawn_cover"] == 0.0
    assert style["style_bm25_lead"] == style["bm25_lead"] > 0.0
    assert pet["style_bm25_lead"] == 0.0 and pet["style_dense_lead"] == 0.0
    assert set(style) == set(calibrated.FEATURES)


def test_phrasing_weighs_a_word_every_family_knows_less():
    index = _index()
    toks = tokenize("a beagle next to a brass kettle on a ceramic tile")
    phr = phrasing("", toks, index)
    assert "the" not in phr.idf and "a" not in phr.idf  # function words carry no evidence
    assert phr.idf["beagle"] >= phr.idf["tile"] - 1.0  # idf is over the catalog's families
    assert phr.idf["tile"] == max(phr.idf.values())  # a word no card has is the rarest


def test_look_alike_styles_lead_each_other_only_by_the_words_that_differ():
    index = CatalogIndex([
        Card(id="cedar-cut", name="Cedar Cut", trigger="cdct", class_noun="art style", kind="style",
             tags=["woodcut", "print"], description="Bold woodcut print, cedar grain, two inks."),
        Card(id="pine-cut", name="Pine Cut", trigger="pnct", class_noun="art style", kind="style",
             tags=["woodcut", "print"], description="Woodcut print with pine grain and sepia ink."),
        Card(id="biscuit", name="Biscuit", trigger="bsct", class_noun="beagle", tags=["dog"],
             description="Our beagle Biscuit."),
    ])
    fams = list(index.families)
    near = calibrated.features("a woodcut print of a heron", [], Retrieved({}, {}), index, fams)
    apart = calibrated.features("a heron in sepia woodcut ink print", [], Retrieved({}, {}),
                                index, fams)
    assert near["cedar-cut"]["drawn_lead"] == near["pine-cut"]["drawn_lead"] == 0.0
    assert near["cedar-cut"]["drawn_cover"] > 0.5  # both match the medium: no lead, a question
    assert apart["pine-cut"]["drawn_lead"] > 0.0 > apart["cedar-cut"]["drawn_lead"]
    assert apart["pine-cut"]["kind_cover_lead"] > 0.0
    assert near["biscuit"]["drawn_lead"] == 0.0  # a subject has no drawn evidence at all


def test_a_generic_request_marks_a_subjects_coverage_as_the_kinds_not_the_users():
    from personalq.checkin.reasoner import Reasoner

    index = _index()
    reasoner = Reasoner(index)
    fams = list(index.families)

    def feats(request):
        resolutions = reasoner.resolve(reasoner.parse(request))
        return calibrated.features(request, resolutions, Retrieved({}, {}), index, fams)

    some = feats("a beagle asleep on a rug")["biscuit"]
    mine = feats("my beagle asleep on a rug")["biscuit"]
    there = feats("a beagle asleep on the rug")["biscuit"]  # "the rug" points at no beagle
    assert there["generic_subject_cover"] == there["coverage"] > 0.0
    assert some["coverage"] > 0.0 and some["generic_subject_cover"] == some["coverage"]
    assert mine["generic_subject_cover"] == 0.0  # the user's own: the card's words name it
    assert feats("a teapot in needle felted wool")["wool-felt"]["generic_subject_cover"] == 0.0


def test_leads_in_one_pass_equal_each_familys_lead_over_the_others():
    """_leads (linear, for catalogs where thousands of families are weighed) gives what _lead
    gives family by family, within a group too."""
    import random

    from personalq.checkin.calibrated import _lead, _leads

    rng = random.Random(3)
    for _ in range(500):
        vals = {f"k{i}": rng.choice([0.0, 0.5, 0.5, 1.0, rng.random()])
                for i in range(rng.randint(1, 6))}
        grp = {k: rng.choice("ab") for k in vals}
        flat, grouped = _leads(vals), _leads(vals, group=grp.get)
        for k, v in vals.items():
            assert flat[k] == _lead(v, [w for j, w in vals.items() if j != k])
            assert grouped[k] == _lead(v, [w for j, w in vals.items()
                                           if j != k and grp[j] == grp[k]])
