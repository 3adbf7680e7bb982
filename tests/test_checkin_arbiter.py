"""The learned arbiter (checkin/arbiter.py, rule learned_arbiter): its trees walked by numpy give
what scikit-learn fitted, its alternatives are distinct drawable decisions, it leaves a decision
unless an alternative leads by the margin, and the Selector applies what it picks. Invented cards:
an Estonian sauna family's dog and boat, a linocut style."""

from __future__ import annotations

import numpy as np
import pytest

from personalq.bench import select_arbiter
from personalq.checkin import arbiter
from personalq.checkin.rules import LEARNED_ARBITER
from personalq.checkin.select import Selector


def _card(id_, name, family, cls, description, tags, kind="subject", base="sdxl"):
    return dict(id=id_, name=name, trigger=f"<{family}>", class_noun=cls, kind=kind, family=family,
                version=1, created_at="2024-05-01", description=description, tags=tags,
                base_model=base)


ROWS = [
    _card("tuisk", "Tuisk", "tuisk", "dog", "Our dog Tuisk, a grey Estonian hound with a white chest.",
          ["pet", "dog", "hound"]),
    _card("kajakas", "Kajakas", "kajakas", "boat",
          "Our wooden rowing boat Kajakas, painted blue, on the lake by the sauna.",
          ["boat", "rowing boat"]),
    _card("linocut", "Linocut Print", "linocut", "style",
          "Bold black linocut print, carved lines, cream paper.", ["style", "linocut", "print"],
          kind="style", base="sd15"),
]


def _constant_forest(value: float) -> dict:
    """A forest of one tree that is one leaf: every row is worth `value`."""
    arrays = {"roots": np.array([0], np.int32), "feature": np.array([0], np.int16),
              "threshold": np.array([0.0]), "left": np.array([0], np.int32),
              "right": np.array([0], np.int32), "leaf": np.array([True]),
              "value": np.array([0.0], np.float32)}
    return {"baseline": value, "arrays": arrays}


def _arbiter_file(tmp_path, worth: dict[str, float]):
    path = tmp_path / "arbiter.npz"
    select_arbiter.save({k: _constant_forest(v) for k, v in worth.items()}, ["invented"], path)
    arbiter.load.cache_clear()
    return arbiter.load(str(path))


def test_the_walked_trees_predict_what_was_fitted(tmp_path):
    from sklearn.ensemble import HistGradientBoostingRegressor

    rng = np.random.default_rng(0)
    X = rng.normal(size=(1500, 6))
    y = np.sin(X[:, 0]) + X[:, 1] * (X[:, 2] > 0) + rng.normal(scale=0.1, size=1500)
    model = HistGradientBoostingRegressor(max_iter=60, max_leaf_nodes=15, min_samples_leaf=10,
                                          random_state=0).fit(X, y)
    path = tmp_path / "arbiter.npz"
    select_arbiter.save({"keep": select_arbiter.export(model)}, ["synthetic"], path)
    loaded = arbiter.load(str(path))
    walked = np.array([loaded.forests["keep"].predict(x) for x in X[:200]])
    assert np.abs(walked - model.predict(X[:200])).max() < 1e-6
    assert loaded.fitted_on == ["synthetic"]


def _seen(action="none", checkpoints=(), options=(), probabilities=None):
    weighed = {"probabilities": probabilities or {"tuisk": 0.6, "linocut": 0.3, "kajakas": 0.1},
               "features": {}, "kinds": {}, "reasoner": action, "families": []}
    return arbiter.Seen(action, list(checkpoints), list(options),
                        [("kajakas", 4.0), ("tuisk", 2.0)], weighed, 5)


BASE = {"tuisk": "sdxl", "kajakas": "sdxl", "linocut": "sd15"}


def test_alternatives_are_distinct_and_drawable_on_one_base():
    alts = arbiter.alternatives(_seen(), lambda c: c, lambda f: f, BASE.get)
    assert alts["keep"].action == "none" and "none" not in alts  # "none" is what was decided
    assert alts["select_first"].cards == ["tuisk"]  # by probability, then retrieval order
    assert alts["ask_first_two"].cards == ["tuisk", "linocut"]
    assert "select_first_two" not in alts  # tuisk (sdxl) with linocut (sd15) cannot be drawn
    assert alts["ask_first_three"].cards == ["tuisk", "linocut", "kajakas"]  # a question may
    # span bases: the answer picks one card
    asked = arbiter.alternatives(_seen("clarify", options=["tuisk", "kajakas"]), lambda c: c,
                                 lambda f: f, BASE.get)
    assert list(asked) == ["keep"]  # a question the stages asked stands
    chosen = arbiter.alternatives(_seen("select", ["tuisk"]), lambda c: c, lambda f: f, BASE.get)
    assert "select_first" not in chosen  # the same select as keeping it
    assert "add_first_other" not in chosen  # the next family, linocut, is on another base
    boat_first = _seen("select", ["kajakas"], probabilities={"kajakas": 0.5, "tuisk": 0.4})
    added = arbiter.alternatives(boat_first, lambda c: c, lambda f: f, BASE.get)
    pair = [k for k, c in added.items()
            if c.action == "select" and sorted(c.cards) == ["kajakas", "tuisk"]]
    assert pair == ["select_first_two"]  # adding tuisk is that same select: listed once


def test_the_arbiter_keeps_unless_an_alternative_leads_by_the_margin(tmp_path):
    model = _arbiter_file(tmp_path, {"keep": 0.2, "none": 0.5, "select_first": 0.4})
    assert model.margin == select_arbiter.MARGIN  # the file keeps the margin it was fitted with
    model.margin = 0.0
    row = arbiter.row(_seen(), lambda c: c)
    assert model.choose(row, ["keep", "none", "select_first"]) == "none"
    assert model.choose(row, ["keep", "select_first"]) == "select_first"
    model.margin = 0.35  # none leads keep by 0.3
    assert model.choose(row, ["keep", "none", "select_first"]) == "keep"


def _described_seen(kind: str, action: str = "none") -> arbiter.Seen:
    features = {k: 0.5 for k in arbiter.DESCRIBED_FEATURES}
    weighed = {"probabilities": {"linocut": 0.2, "tuisk": 0.1}, "features": {"linocut": features},
               "kinds": {"linocut": kind}, "reasoner": action, "families": []}
    return arbiter.Seen(action, [], [], [("linocut", 6.0), ("tuisk", 2.0)], weighed, 6)


def test_the_described_lora_model_only_weighs_a_none_led_by_a_style_or_concept(tmp_path):
    same = lambda c: c  # noqa: E731
    x = arbiter.described_row(_described_seen("style"), same)
    assert x is not None and len(x) == len(arbiter.DESCRIBED_FEATURES) + 4
    assert x[len(arbiter.DESCRIBED_FEATURES):] == [6.0, 2.0 / 6.0, 1.0, 6.0]
    assert arbiter.described_row(_described_seen("subject"), same) is None  # one dog, not "a dog"
    assert arbiter.described_row(_described_seen("style", "select"), same) is None

    model = _arbiter_file(tmp_path, {"keep": 0.0, "none": -1.0, "select_first": -1.0})
    sure = arbiter.Described(np.zeros(len(x)), 2.0, select_arbiter.DESCRIBED_THRESHOLD)
    model.described = sure  # p = 0.88: over the threshold
    row = arbiter.row(_described_seen("style"), same)
    assert model.choose(row, ["keep", "select_first"], x) == "select_first"
    assert model.choose(row, ["keep", "select_first"], None) == "keep"  # not a described LoRA
    assert model.choose(row, ["keep", "none"], x) == "keep"  # no select to take
    model.described = arbiter.Described(np.zeros(len(x)), -2.0, sure.threshold)  # p = 0.12
    assert model.choose(row, ["keep", "select_first"], x) == "keep"


def test_the_described_lora_model_survives_the_file(tmp_path):
    path = tmp_path / "arbiter.npz"
    weights = np.arange(13, dtype=np.float64) / 10
    select_arbiter.save({"keep": _constant_forest(0.0)}, ["invented"], path,
                        {"weights": weights, "bias": -0.5, "threshold": 0.6})
    arbiter.load.cache_clear()
    loaded = arbiter.load(str(path))
    assert np.allclose(loaded.described.weights, weights)
    assert (loaded.described.bias, loaded.described.threshold) == (-0.5, 0.6)
    arbiter.load.cache_clear()


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(ROWS)


def test_the_selector_applies_the_arbiters_pick_and_the_rule_switches_it_off(selector, tmp_path):
    asked = "our grey hound asleep by the stove"  # described, not named
    named = "our dog tuisk asleep by the stove"
    selector.arbiter = None
    assert selector.select(asked).checkpoints == ["tuisk"]
    selector.arbiter = _arbiter_file(tmp_path, {"keep": 0.0, "none": 1.0})  # leads by 1
    try:
        assert selector.select(asked).action == "none"
        assert selector.select(named).checkpoints == ["tuisk"]  # a card named in full stands
        off = Selector(selector.store, disabled_rules=frozenset({LEARNED_ARBITER}))
        off.arbiter = selector.arbiter
        assert off.select(asked).checkpoints == ["tuisk"]
    finally:
        selector.arbiter = arbiter.load()


def test_recording_keeps_what_the_arbiter_saw(selector):
    rec = Selector(selector.store, record=True, disabled_rules=frozenset({LEARNED_ARBITER}))
    decision = rec.select("the blue rowing boat on the lake")
    seen, cards = rec.last_seen
    assert seen.action == decision.action and seen.checkpoints == decision.checkpoints
    assert set(cards) >= {"kajakas"} and cards["kajakas"] == "kajakas"
    assert len(arbiter.row(seen, lambda c: rec.by_id[c].family)) == \
        len(arbiter.row(_seen(), lambda c: c))  # one row shape for every request


def test_leaders_alike_tells_look_alikes_from_strangers():
    from personalq.catalog.card import Card

    dog, boat, style = (Card.from_dict(r) for r in ROWS)
    hound = Card.from_dict(_card("naabri", "Naabri", "naabri", "dog",
                                 "The neighbour's grey hound.", ["pet", "dog"]))
    base = lambda c: c.base_model  # noqa: E731
    assert arbiter.leaders_alike([dog, hound], base) == [1.0, 1.0, 1.0, 2 / 3, 0.0, 1.0]
    assert arbiter.leaders_alike([dog, style], base) == [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]
    assert arbiter.leaders_alike([dog], base) == [0.0] * arbiter.ALIKE_WIDTH
    seen = _seen()
    seen.alike = arbiter.leaders_alike([dog, hound], base)
    assert arbiter.row(seen, lambda c: c)[-arbiter.ALIKE_WIDTH:] == seen.alike


def test_a_select_naming_every_card_stands():
    assert arbiter.names_every_card("Tuisk asleep in the Linocut Print style", ["Tuisk", "Linocut Print"])
    assert arbiter.names_every_card("tuisk's bowl", ["Tuisk"])  # as typed, possessive
    assert not arbiter.names_every_card("Tuisk asleep in a linocut", ["Tuisk", "Linocut Print"])
    assert not arbiter.names_every_card("anything", [])
    seen = _seen("select", ["tuisk", "linocut"])
    assert len(arbiter.alternatives(seen, lambda c: c, lambda f: f, BASE.get)) > 1
    seen.names_all = True
    assert list(arbiter.alternatives(seen, lambda c: c, lambda f: f, BASE.get)) == ["keep"]
