"""The calibrated decision (checkin/calibrated.py): the model, its verdicts, its fit, and the
fitted weights as shipped."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from personalq.bench.select_fit import fit_logistic
from personalq.checkin import calibrated
from personalq.checkin.calibrated import Calibration, verdict


def _cal(**kw) -> Calibration:
    base = dict(weights={"bm25_lead": 1.0, "reasoner_select": 2.0, "generic": -1.5}, bias=-1.0,
                select=0.7, clarify=0.3, margin=0.2, drop=0.15, gap=4.0)
    base.update(kw)
    return Calibration(**base)


def test_probability_rises_with_evidence_and_explains_itself():
    cal = _cal()
    weak = cal.probability({"bm25_lead": 0.0, "reasoner_select": 0.0, "generic": 1.0})
    strong = cal.probability({"bm25_lead": 3.0, "reasoner_select": 1.0, "generic": 0.0})
    assert 0.0 < weak < 0.1 < 0.9 < strong < 1.0
    why = cal.explain({"bm25_lead": 3.0, "reasoner_select": 1.0, "generic": 0.0})
    assert [k for k, _ in why] == ["bm25_lead", "reasoner_select"]  # zero contributions omitted


def test_a_wide_lead_overrules_a_none_and_a_weak_select_becomes_none():
    cal = _cal()
    assert verdict(cal, "none", [], {"a": 0.9, "b": 0.1}, {}).action == "select"
    assert verdict(cal, "none", [], {"a": 0.9, "b": 0.8}, {}).action == "clarify"  # no margin
    assert verdict(cal, "none", [], {"a": 0.2, "b": 0.1}, {}).action == "keep"
    assert verdict(cal, "select", ["a"], {"a": 0.1, "b": 0.05}, {}).action == "none"
    assert verdict(cal, "select", ["a"], {"a": 0.5}, {}).action == "keep"
    assert verdict(cal, "clarify", ["a", "b"], {"a": 0.05, "b": 0.1}, {}).action == "none"
    assert verdict(cal, "clarify", ["a", "b"], {"a": 0.1, "b": 0.2}, {}).action == "keep"
    v = verdict(cal, "clarify", ["a", "b"], {"a": 0.95, "b": 0.2}, {})
    assert (v.action, v.families) == ("select", ["a"])
    # a confirmation ("Do you mean X?") or a question beside another concept is not answered
    assert verdict(cal, "clarify", ["a"], {"a": 0.99}, {}).action == "keep"
    assert verdict(cal, "clarify", ["a", "b"], {"a": 0.95, "b": 0.2}, {}, alone=False).action == "keep"
    # a look-alike the model still finds plausible keeps the question
    assert verdict(cal, "clarify", ["a", "b"], {"a": 0.95, "b": 0.4}, {}).action == "keep"


def test_fit_recovers_the_sign_of_each_feature():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(400, 3))
    y = (X[:, 0] - X[:, 1] + 0.1 * rng.normal(size=400) > 0).astype(float)
    beta, _ = fit_logistic(X, y, np.ones(400) / 400)
    assert beta[0] > 1.0 and beta[1] < -1.0 and abs(beta[2]) < 0.5 * beta[0]


def test_shipped_calibration_has_every_feature_and_sane_thresholds():
    raw = json.loads(calibrated.WEIGHTS_FILE.read_text())
    assert set(raw["weights"]) == set(calibrated.FEATURES)
    assert 0.0 < raw["clarify"] < raw["select"] < 1.0
    assert raw["fitted_on"], "the sets it was fitted on are recorded"
    cal = calibrated.load()
    assert cal is not None and cal.weights == raw["weights"]


@pytest.mark.parametrize("word,kin", [("pops", "father"), ("missus", "wife"), ("oma", "grandmother")])
def test_kinship_lexicon_reaches_the_relation_a_card_states(word, kin):
    from personalq.checkin.features import kin_synonyms
    from personalq.checkin.text import stem

    assert stem(word) in kin_synonyms(kin)


def test_kinship_states_whose_relative_it_is():
    from personalq.checkin.calibrated import kin_of

    nephew_card = kin_of("Tobin, my sister's son, age nine.", bare=False)
    son_card = kin_of("Jasper, our son, at fourteen.", bare=False)
    asks_son = kin_of("my son on a skateboard", bare=True)
    asks_nephew = kin_of("my sister's boy at the beach", bare=True)
    assert asks_son.agrees(son_card) and not asks_son.agrees(nephew_card)
    assert asks_nephew.agrees(nephew_card) and not asks_nephew.agrees(son_card)
    assert kin_of("dad reading the paper", bare=True).agrees(
        kin_of("My father Henrik, 63, with a beard.", bare=False))  # informal word, same relation


DEV = Path("/work/shared/bench/dev")


@pytest.mark.skipif(not (DEV / "catalog.jsonl").is_file(), reason="the shared dev set is not here")
def test_selector_weighs_uncertain_requests_and_explains_them(tmp_path, monkeypatch):
    from personalq.catalog.store import open_repository
    from personalq.checkin.rules import CALIBRATED
    from personalq.checkin.select import Selector

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    store = open_repository(DEV / "catalog.jsonl")
    sel = Selector(store, record=True)
    sel.select("a bowl of fruit on a kitchen table")  # nothing of the user's: uncertain
    weighed = sel.last_weighed
    assert weighed is not None and weighed["features"]
    for feats in weighed["features"].values():
        assert set(feats) == set(calibrated.FEATURES)
    probs = weighed["probabilities"]
    assert all(0.0 <= p <= 1.0 for p in probs.values())
    best = max(probs, key=probs.get)
    assert sel.calibration.explain(weighed["features"][best])  # it can say why
    for off, weighs in ((frozenset(), True), (frozenset([CALIBRATED]), False)):
        plain = Selector(store, disabled_rules=off)  # the rule is looked up where it would weigh
        plain.select("a bowl of fruit on a kitchen table")
        assert (plain.last_weighed is not None) == weighs


def test_a_flat_sweep_keeps_the_point_that_costs_no_set_more():
    from personalq.bench.select_fit import choose

    before = {"a": {"aligned_all": 0.90, "misroute_rate": 0.02},
              "b": {"aligned_all": 0.70, "misroute_rate": 0.05}}

    def point(sel, a, b, objective):
        return {"select": sel, "margin": 0.0, "objective": objective,
                "scores": {"a": {"aligned_all": a, "misroute_rate": 0.02},
                           "b": {"aligned_all": b, "misroute_rate": 0.05}}}

    greedy = point(0.4, 0.85, 0.80, 0.7960)  # buys set b's gain with set a's requests
    fair = point(0.5, 0.90, 0.74, 0.7955)  # as good within the tie, and no set loses
    worse = point(0.6, 0.90, 0.70, 0.7400)
    assert choose([greedy, fair, worse], before) is fair
    assert choose([greedy, worse], before) is greedy  # outside the tie the objective decides
