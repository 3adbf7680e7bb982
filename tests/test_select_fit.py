"""The fit of the calibrated decision (bench/select_fit.py) and its leave-one-set-out estimate
(bench/select_loso.py): the in-process scorer agrees with the official one, and LOSO scores each
set with a model that never saw it."""

from __future__ import annotations

import json
import random

import pytest

from personalq import paths
from personalq.bench import select_bench, select_fit, select_loso
from personalq.bench.select_bench import BenchSet, official_score, read_jsonl
from personalq.checkin import calibrated

SHARED = select_bench.default_shared()
SCORER = SHARED / "bench" / "score_select.py"
LARGE = paths.PROJECT_ROOT / "benchmarks" / "select"
needs_scorer = pytest.mark.skipif(not SCORER.is_file(), reason="needs the official scorer")


def _random_decision(rng: random.Random, case: dict, ids: list[str]) -> dict:
    action = rng.choice(["select", "clarify", "none", "select"])
    picks = rng.choice([case["gold"], rng.sample(ids, 2), case["gold"][:1] + rng.sample(ids, 1)])
    picks = picks or rng.sample(ids, 1)  # a "none" case's gold is empty
    if action == "select":
        return {"action": "select", "checkpoint": picks[0], "checkpoints": picks, "options": []}
    if action == "clarify":
        return {"action": "clarify", "checkpoint": None, "checkpoints": [], "options": picks}
    return {"action": "none", "checkpoint": None, "checkpoints": [], "options": []}


@needs_scorer
def test_inline_scorer_agrees_with_the_official_scorer(tmp_path):
    catalog = read_jsonl(LARGE / "catalog.jsonl")
    cases = read_jsonl(LARGE / "cases.jsonl")[:300]
    family = {c["id"]: c.get("family", c["id"]) for c in catalog}
    ids = sorted(family)
    bench = BenchSet("large", LARGE / "catalog.jsonl", LARGE / "cases.jsonl", None, SCORER)
    for seed in range(3):
        rng = random.Random(seed)
        decisions = [_random_decision(rng, c, ids) for c in cases]
        official, _ = official_score(bench, cases, decisions, tmp_path)
        inline = select_fit.inline_score(family, cases, decisions)
        assert inline == {k: official[k] for k in inline}
        assert {"aligned_all", "misroute_rate", "select", "none"} <= set(inline)


def _toy_set(tmp_path, name: str, seed: int) -> dict:
    """A set where the reasoner answers none and one feature (style_bm25_lead) tells the
    requested family: a fit that learns it selects, on any set."""
    rng = random.Random(seed)
    folder = tmp_path / name
    folder.mkdir()
    cards = [{"id": f"{name}-{i}", "trigger": f"t{i}"} for i in range(6)]
    (folder / "catalog.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cards))
    cases, rows = [], []
    for n in range(40):
        gold = cards[rng.randrange(6)]["id"] if n % 4 else None
        feats = {}
        for c in cards:
            f = {k: 0.0 for k in calibrated.FEATURES}
            f["style_bm25_lead"] = (2.5 if c["id"] == gold else 0.0) + rng.random() * 0.5
            feats[c["id"]] = f
        cases.append({"prompt": f"request {n}", "expect": "select" if gold else "none",
                      "gold": [gold] if gold else []})
        rows.append({"decision": {"action": "none", "checkpoint": None, "checkpoints": [],
                                  "options": []},
                     "weighed": {"features": feats, "reasoner": "none", "families": [],
                                 "kinds": {c["id"]: "style" for c in cards}, "alone": True,
                                 "cards": {c["id"]: c["id"] for c in cards}},
                     "gold": [gold] if gold else []})
    (folder / "cases.jsonl").write_text("".join(json.dumps(c) + "\n" for c in cases))
    bench = BenchSet(name, folder / "catalog.jsonl", folder / "cases.jsonl", None, SCORER)
    return {"bench": bench, "cases": cases, "rows": rows, "label": name,
            "family": {c["id"]: c["id"] for c in cards}}


@needs_scorer
def test_loso_scores_each_set_with_a_model_fitted_on_the_others(tmp_path):
    data = [_toy_set(tmp_path, f"s{i}", i) for i in range(3)]
    out = tmp_path / "results"
    out.mkdir()
    report = select_loso.run(data, None, out, grid=(0.01, 1.0))
    assert report["l2"] in (0.01, 1.0) and set(report["l2_objective"]) == {"0.01", "1.0"}
    for label in ("s0", "s1", "s2"):
        alone, loso = report["reasoner_alone"][label], report["loso"][label]
        assert alone["aligned_all"] == 0.25  # only the "none" requests
        assert loso["aligned_all"] > 0.9 and loso["misroute_rate"] < 0.05
        assert report["folds"][label]["weights"]["style_bm25_lead"] > 0.0
    assert "| s0 |" in (out / "select_loso.md").read_text()
    assert (out / "select_loso.png").stat().st_size > 1000
    assert json.loads((out / "select_loso.json").read_text())["sets"] == ["s0", "s1", "s2"]


@needs_scorer
def test_loso_holds_out_only_the_sets_asked_for(tmp_path):
    data = [_toy_set(tmp_path, f"s{i}", i) for i in range(3)]
    out = tmp_path / "results"
    out.mkdir()
    report = select_loso.run(data, None, out, grid=(1.0,), held=["s2"])
    assert report["sets"] == ["s2"] and list(report["folds"]) == ["s2"]
    assert report["l2"] == 1.0 and list(report["l2_objective"]) == ["1.0"]
    assert report["loso"]["s2"]["aligned_all"] > 0.9  # fitted on s0 and s1 only
    assert "| s0 |" not in (out / "select_loso.md").read_text()
