"""`personalq bench select --fit`: fit the calibrated decision (checkin/calibrated.py).

For every request of the fit sets the selector runs with the calibrated model off and records,
for each candidate family, the named features and whether the family is in the request's gold
(the gold checkpoints' or options' families). A logistic model is fitted on those rows (L2,
Newton steps; every set weighs the same in total, so the 588-request large set does not drown
the small realistic ones). Then the select / clarify / margin thresholds are swept: every
combination's decisions are replayed and scored with the official scorer, and the one with the
best mean over the sets of aligned - 2 x misroute is kept. Writes
src/personalq/checkin/calibration.json and benchmarks/results/select_calibration.{md,json,png}.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from personalq import paths
from personalq.bench.select_bench import (ingest_fresh, locate, official_score, read_jsonl,
                                          use_reference_day)
from personalq.checkin import calibrated
from personalq.checkin.select import Selector
from personalq.errors import PersonalQError

L2 = 0.01  # ridge penalty on the weights (not the intercept); the rows weigh 1 per set
SELECT_GRID = (0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
CLARIFY_GRID = (0.1, 0.2, 0.3, 0.4, 0.5)
MARGIN_GRID = (0.0, 0.15, 0.3, 0.45, 0.6, 0.75)
DROP_GRID = (0.02, 0.05, 0.1, 0.2)
COMPOSE_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
GAP_GRID = (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 99.0)
MISROUTE_COST = 2.0  # a wrong checkpoint costs this many correct answers
THRESHOLDS = ("select", "clarify", "margin", "drop", "compose", "gap")
OBJECTIVE_TIE = 0.001  # objectives this close are one: where the sweep is flat, the point that
# costs no set more than the reasoner alone wins (see choose)


def collect(set_name: str, shared: Path | None, progress: bool = False) -> dict:
    """One set's records: per request the reasoner's decision and the calibrated features."""
    bench = locate(set_name, shared)
    cases = read_jsonl(bench.cases)
    use_reference_day(bench)
    store, _, ingest = ingest_fresh(bench.catalog)
    family = {c["id"]: c.get("family", c["id"]) for c in read_jsonl(bench.catalog)}
    selector = Selector(store, calibration=None, record=True)
    selector.select("warm-up request: a photo of something")
    rows = []
    for i, case in enumerate(cases):
        if progress and i % 50 == 0:
            print(f"  {bench.name}: {i}/{len(cases)} requests", flush=True)
        try:
            decision = selector.select(case["prompt"]).to_json()
        except PersonalQError as err:
            decision = {"action": "error", "checkpoint": None, "checkpoints": [], "options": [],
                        "error": err.message}
        gold = {family.get(g, g) for g in case["gold"]}
        rows.append({"decision": decision, "weighed": selector.last_weighed, "gold": sorted(gold)})
    store.close()
    shutil.rmtree(ingest["home"], ignore_errors=True)
    return {"bench": bench, "cases": cases, "rows": rows, "family": family}


def design(sets: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Feature matrix, labels and per-row weights (each set weighs 1 in total)."""
    X, y, w = [], [], []
    for s in sets:
        weighed = [r for r in s["rows"] if r["weighed"]]
        n = sum(len(r["weighed"]["features"]) for r in weighed) or 1
        for r in weighed:
            for fam, feats in r["weighed"]["features"].items():
                X.append([feats[k] for k in calibrated.FEATURES])
                y.append(float(fam in r["gold"]))
                w.append(1.0 / n)
    return np.array(X), np.array(y), np.array(w) * len(sets)


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2,
                 steps: int = 50) -> tuple[np.ndarray, float]:
    """Weighted L2-regularised logistic regression by Newton's method, on standardised
    features (so the penalty treats a cosine and a 0/1 flag alike); the weights returned are
    for the raw features."""
    mean, sd = X.mean(0), X.std(0)
    sd[sd < 1e-9] = 1.0
    A = np.hstack([np.ones((len(X), 1)), (X - mean) / sd])
    beta = np.zeros(A.shape[1])
    reg = np.full(A.shape[1], l2)
    reg[0] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(A @ beta, -30, 30)))
        grad = A.T @ (w * (p - y)) + reg * beta
        hess = (A * (w * p * (1 - p))[:, None]).T @ A + np.diag(reg + 1e-9)
        step = np.linalg.solve(hess, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    raw = beta[1:] / sd
    return raw, float(beta[0] - (raw * mean).sum())


def probabilities(weights: dict, bias: float, s: dict) -> list[dict | None]:
    """Per request, P(the request means this family) for every weighed family; computed once
    per fitted model, since the threshold sweep does not change them."""
    if "matrices" not in s:  # the rows' features as arrays, built on first need
        s["matrices"] = [None if not r["weighed"] else
                         (list(r["weighed"]["features"]),
                          np.array([[f[k] for k in calibrated.FEATURES]
                                    for f in r["weighed"]["features"].values()]))
                         for r in s["rows"]]
    w = np.array([weights.get(k, 0.0) for k in calibrated.FEATURES])
    out: list[dict | None] = []
    for m in s["matrices"]:
        if m is None or not m[0]:
            out.append(None)
            continue
        z = np.clip(m[1] @ w + bias, -30.0, 30.0)
        out.append(dict(zip(m[0], (1.0 / (1.0 + np.exp(-z))).tolist())))
    return out


def replay(cal: calibrated.Calibration, s: dict, probs: list | None = None) -> list[dict]:
    """The decisions the selector would make with this calibration (no re-run needed: the
    features do not depend on the calibration). probs: probabilities(...) of cal's weights."""
    probs = probs if probs is not None else probabilities(cal.weights, cal.bias, s)
    out = []
    for r, p in zip(s["rows"], probs):
        d, weighed = r["decision"], r["weighed"]
        if not weighed or d["action"] == "error" or p is None:
            out.append(d)
            continue
        v = calibrated.verdict(cal, weighed["reasoner"], weighed["families"], p,
                               weighed["kinds"], weighed.get("alone", True))
        if v.action == "keep":
            out.append(d)
        elif v.action == "none":
            out.append({"action": "none", "checkpoint": None, "checkpoints": [], "options": []})
        elif v.action == "clarify":
            ids = [weighed["cards"][k] for k in v.families[:4]]
            out.append({"action": "clarify", "checkpoint": None, "checkpoints": [], "options": ids})
        else:
            ids = [weighed["cards"][k] for k in v.families]
            out.append({"action": "select", "checkpoint": ids[0], "checkpoints": ids,
                        "options": []})
    return out


def case_outcome(family: dict[str, str], case: dict, decision: dict) -> tuple[bool, bool]:
    """(right, misroute) for one request, by the official scorer's rules
    (../shared/bench/score_select.py): a select is right with exactly the gold cards (a multi's in
    any order), a question when its options cover the gold families, a none when none was meant;
    a select is a misroute where a question or none was meant, or the wrong card was selected."""
    fam = lambda ids: {family.get(x, x) for x in ids}  # noqa: E731
    e, gold, a = case["expect"], case["gold"], decision.get("action")
    chosen = [x["id"] if isinstance(x, dict) else x for x in decision.get("checkpoints") or []] \
        or ([decision["checkpoint"]] if decision.get("checkpoint") else [])
    options = [x["id"] if isinstance(x, dict) else x for x in decision.get("options") or []]
    ok = {"select": a == "select" and chosen == gold,
          "clarify": a == "clarify" and fam(gold) <= fam(options),
          "none": a == "none",
          "multi": a == "select" and set(chosen) == set(gold)}[e]
    misroute = a == "select" and (e in ("clarify", "none") or (e == "select" and chosen != gold))
    return ok, misroute


def inline_score(family: dict[str, str], cases: list[dict], decisions: list[dict]) -> dict:
    """The official scorer's figures (../shared/bench/score_select.py, same rules), computed in
    process: the sweeps score hundreds of thousands of decisions, a subprocess each would take
    hours. tests/test_select_fit.py checks it against the official scorer."""
    tally = {k: [0, 0] for k in ("select", "clarify", "none", "multi")}
    misroute = 0
    for c, d in zip(cases, decisions):
        ok, wrong = case_outcome(family, c, d)
        misroute += wrong
        tally[c["expect"]][0] += ok
        tally[c["expect"]][1] += 1
    n = max(1, len(cases))
    res = {k: round(v[0] / v[1], 3) for k, v in tally.items() if v[1]}
    res["aligned_all"] = round(sum(v[0] for v in tally.values()) / n, 3)
    res["misroute_rate"] = round(misroute / n, 3)
    return res


def score_all(cal, sets: list[dict], tmp: Path | None = None, probs: dict | None = None
              ) -> dict[str, dict]:
    """Every set's figures with this calibration (None: the reasoner alone): by the official
    scorer when tmp is given, else in process (inline_score, for the sweeps)."""
    out = {}
    for s in sets:
        decisions = [r["decision"] for r in s["rows"]] if cal is None else \
            replay(cal, s, (probs or {}).get(s["label"]))
        if tmp is not None:
            out[s["label"]], _ = official_score(s["bench"], s["cases"], decisions, tmp)
        else:
            out[s["label"]] = inline_score(s["family"], s["cases"], decisions)
    return out


def slim(scores: dict[str, dict]) -> dict[str, dict]:
    return {k: {"aligned_all": v["aligned_all"], "misroute_rate": v["misroute_rate"]}
            for k, v in scores.items()}


def objective(scores: dict[str, dict]) -> float:
    return float(np.mean([v["aligned_all"] - MISROUTE_COST * v["misroute_rate"]
                          for v in scores.values()]))


def _cal(weights: dict, bias: float, point: dict) -> calibrated.Calibration:
    return calibrated.Calibration(weights, bias, point["select"], point["clarify"],
                                  point["margin"], point["drop"], point.get("compose", 1.01),
                                  point.get("gap", 99.0))


def sweep(weights: dict, bias: float, sets: list[dict], probs: dict) -> list[dict]:
    points = []
    for sel, cla, mar, drop in itertools.product(SELECT_GRID, CLARIFY_GRID, MARGIN_GRID, DROP_GRID):
        if not drop <= cla < sel:
            continue
        point = {"select": sel, "clarify": cla, "margin": mar, "drop": drop}
        scores = score_all(_cal(weights, bias, point), sets, probs=probs)
        points.append({**point, "scores": slim(scores), "objective": round(objective(scores), 4)})
    return points


def worst_loss(point: dict, before: dict[str, dict]) -> float:
    """The most any one set loses against the reasoner alone (aligned lost + misroute gained)."""
    return max((before[k]["aligned_all"] - v["aligned_all"]) +
               (v["misroute_rate"] - before[k]["misroute_rate"]) for k, v in point["scores"].items())


def choose(points: list[dict], before: dict[str, dict], name: str = "select") -> dict:
    """The best objective; among points within OBJECTIVE_TIE of it (the sweep is flat there),
    the one whose worst set loses least against the reasoner alone, so a gain on the small sets
    is not bought with requests of another set. Then the larger threshold, except for "gap",
    where the smaller one asks fewer questions (a turn the scorer does not count)."""
    top = max(p["objective"] for p in points)
    near = [p for p in points if p["objective"] >= top - OBJECTIVE_TIE]
    sign = 1.0 if name == "gap" else -1.0
    return min(near, key=lambda p: (worst_loss(p, before), -p["objective"], sign * p[name],
                                    -p.get("margin", 0.0)))


def one_sweep(best: dict, name: str, grid: tuple, weights: dict, bias: float, sets: list[dict],
              probs: dict, before: dict[str, dict]) -> dict:
    """With the other thresholds fixed, the best value of one more (compose, gap)."""
    points = []
    for value in grid:
        point = {**best, name: value}
        scores = score_all(_cal(weights, bias, point), sets, probs=probs)
        points.append({**point, "scores": slim(scores), "objective": round(objective(scores), 4)})
    return choose(points, before, name)


def fit(sets: list[dict], l2: float = L2) -> dict:
    """The logistic model on these sets' rows and the thresholds that score best on them:
    {"weights", "bias", "select", ..., "gap", "points" (the main sweep), "scores" (in process)}."""
    X, y, w = design(sets)
    beta, bias = fit_logistic(X, y, w, l2)
    weights = {k: round(float(b), 4) for k, b in zip(calibrated.FEATURES, beta)}
    bias = round(bias, 4)
    probs = {s["label"]: probabilities(weights, bias, s) for s in sets}
    before = score_all(None, sets)
    points = sweep(weights, bias, sets, probs)
    best = choose(points, before)
    best = one_sweep(best, "gap", GAP_GRID, weights, bias, sets, probs, before)
    best = one_sweep(best, "compose", COMPOSE_GRID, weights, bias, sets, probs, before)
    return {"weights": weights, "bias": bias, **{k: best[k] for k in THRESHOLDS},
            "l2": l2, "rows": int(len(y)), "positives": int(y.sum()),
            "points": points, "scores": best["scores"]}


def plot(points: list[dict], best: dict, path: Path) -> None:
    """aligned and misroute per set as the select threshold and the margin move (the other
    thresholds at the fitted values; gap and compose off, as in the main sweep)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, axes = plt.subplots(1, 2, figsize=(11, 4), sharey=True)
    for ax, name in zip(axes, ("select", "margin")):
        fixed = [k for k in ("select", "clarify", "margin", "drop") if k != name]
        line = sorted((p for p in points if all(p[k] == best[k] for k in fixed)),
                      key=lambda p: p[name])
        xs = [p[name] for p in line]
        for label in best["scores"]:
            ax.plot(xs, [p["scores"][label]["aligned_all"] for p in line], marker="o",
                    label=f"{label} aligned")
            ax.plot(xs, [p["scores"][label]["misroute_rate"] for p in line], linestyle="--",
                    marker="x", label=f"{label} misroute")
        ax.axvline(best[name], color="grey", linewidth=0.8)
        ax.set_xlabel(f"{name} threshold (" + ", ".join(f"{k} {best[k]}" for k in fixed) + ")")
    axes[0].set_ylabel("rate (official scorer)")
    axes[0].legend(fontsize=7, ncol=2)
    fig.suptitle("Calibrated decision: threshold sweep (gap and compose off; all sets are dev sets)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def load_sets(sets: list[str], shared: Path | None) -> list[dict]:
    """Run the selector (calibration off) over every set once, with progress lines."""
    data = []
    for name in sets:
        print(f"collecting {name} ...", flush=True)
        s = collect(name, shared, progress=True)
        s["label"] = s["bench"].name if name in ("dev", "large") or "=" in name else Path(name).name
        data.append(s)
    return data


def run(sets: list[str], shared: Path | None = None, out_dir: Path | None = None,
        weights_file: Path = calibrated.WEIGHTS_FILE,
        choose_l2: Callable[[list[dict], "calibrated.Calibration | None", Path], float] | None = None,
        l2: float = L2) -> dict:
    """Fit on every set and rewrite weights_file. choose_l2: first choose the L2 strength from
    the loaded sets (the command line passes select_loso.l2_chooser(...), leave-one-set-out
    cross-validation, which also writes its table); None keeps l2."""
    import torch

    torch.set_num_threads(1)
    out_dir = Path(out_dir) if out_dir else paths.PROJECT_ROOT / "benchmarks" / "results"
    shipped = calibrated.load(str(weights_file))  # before this fit rewrites it
    data = load_sets(sets, shared)
    l2 = choose_l2(data, shipped, out_dir) if choose_l2 else l2
    print(f"fitting on all {len(data)} sets (L2 {l2}) ...", flush=True)
    fitted = fit(data, l2)
    result = {**{k: fitted[k] for k in ("weights", "bias", *THRESHOLDS)},
              "l2": l2, "fitted_on": [s["label"] for s in data], "rows": fitted["rows"],
              "positives": fitted["positives"]}
    with tempfile.TemporaryDirectory(prefix="personalq-fit-") as tmp:
        before = score_all(None, data, Path(tmp))
        after = score_all(_cal(fitted["weights"], fitted["bias"], fitted), data, Path(tmp))
    weights_file.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    calibrated.load.cache_clear()
    keep = ("select", "clarify", "none", "multi", "aligned_all", "misroute_rate")
    report = {**result, "reasoner_alone": slim(before),
              "calibrated": {k: {m: v[m] for m in keep if m in v} for k, v in after.items()},
              "sweep": fitted["points"]}
    (out_dir / "select_calibration.json").write_text(json.dumps(report, indent=2) + "\n")
    plot(fitted["points"], {**fitted, "scores": slim(after)},
         out_dir / "select_calibration_sweep.png")
    (out_dir / "select_calibration.md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return report


def markdown(r: dict) -> str:
    lines = ["# Calibrated decision (personalq bench select --fit)", "",
             f"Logistic model over {r['rows']} (request, candidate family) rows "
             f"({r['positives']} positive) from {', '.join(r['fitted_on'])} (all dev sets), "
             f"L2 {r.get('l2', L2)}. "
             f"Thresholds: select {r['select']}, clarify {r['clarify']}, margin {r['margin']}, "
             f"drop {r['drop']}, compose {r['compose']}, gap {r['gap']}.",
             "", "| feature | weight |", "|---|---|", f"| (intercept) | {r['bias']} |"]
    lines += [f"| {k} | {v} |" for k, v in r["weights"].items()]
    lines += ["", "In sample (every set is in the fit; `select_loso.md` has the held-out figures).",
              "", "| set | reasoner alone: aligned / misroute | calibrated: aligned / misroute | "
              "calibrated: select / clarify / none / multi |", "|---|---|---|---|"]
    for label, s in r["calibrated"].items():
        b = r["reasoner_alone"][label]
        kinds = " / ".join(str(s.get(k, "-")) for k in ("select", "clarify", "none", "multi"))
        lines.append(f"| {label} | {b['aligned_all']} / {b['misroute_rate']} | "
                     f"{s['aligned_all']} / {s['misroute_rate']} | {kinds} |")
    return "\n".join(lines) + "\n"
