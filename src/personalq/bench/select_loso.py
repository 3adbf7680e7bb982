"""`personalq bench select --fit --loso`: how the calibrated decision does on a repository it
was not fitted on, measured by leave-one-set-out cross-validation.

For each set, the model and its thresholds are fitted on the other sets (select_fit.fit) and
the held-out set is scored with the official scorer. This is what a new repository will score,
as far as the sets can tell: the in-sample figures of a fit on all sets are not. The L2 strength
is chosen here too, by the LOSO objective (mean over held-out sets of aligned - 2 x misroute),
never by the in-sample score. Writes benchmarks/results/select_loso.{md,json,png}.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import numpy as np

from personalq.bench import select_fit
from personalq.bench.select_bench import official_score
from personalq.checkin import calibrated

L2_GRID = (0.01, 0.03, 0.1, 0.3, 1.0, 3.0)  # ridge strengths tried (standardised features)
NEW_REPOSITORIES = ("heldout3", "heldout4", "heldout5", "heldout6")  # sets that were each
# measured once as a new repository before becoming dev sets: their LOSO mean is the estimate


def folds(data: list[dict], l2: float, held: list[str] | None = None
          ) -> dict[str, calibrated.Calibration]:
    """Per held-out set (held: these labels; None: every set), the calibration fitted on every
    other set."""
    out = {}
    for s in data:
        if held is not None and s["label"] not in held:
            continue
        rest = [o for o in data if o is not s]
        f = select_fit.fit(rest, l2)
        out[s["label"]] = select_fit._cal(f["weights"], f["bias"], f)
        print(f"  L2 {l2}: fold without {s['label']} fitted", flush=True)
    return out


def held_out_scores(data: list[dict], cals: dict, tmp: Path | None) -> dict[str, dict]:
    """Each set scored with its own fold's calibration (tmp: by the official scorer)."""
    out = {}
    for s in data:
        if s["label"] in cals:
            out.update(select_fit.score_all(cals[s["label"]], [s], tmp))
    return out


def choose_l2(data: list[dict], grid: tuple = L2_GRID, held: list[str] | None = None
              ) -> tuple[float, dict, dict]:
    """The L2 strength with the best LOSO objective (ties: the stronger penalty), its folds'
    calibrations, and the LOSO objective of every strength tried."""
    tried, best = {}, None
    for l2 in grid:
        cals = folds(data, l2, held)
        obj = select_fit.objective(held_out_scores(data, cals, None))
        tried[l2] = round(obj, 4)
        print(f"L2 {l2}: LOSO objective {obj:.4f}", flush=True)
        if best is None or obj >= best[1] - 1e-9:
            best = (l2, obj, cals)
    return best[0], best[2], tried


def mean(scores: dict[str, dict], labels) -> dict:
    rows = [scores[k] for k in labels if k in scores]
    if not rows:
        return {}
    return {m: round(float(np.mean([r[m] for r in rows])), 3)
            for m in ("aligned_all", "misroute_rate")}


def run(data: list[dict], shipped: calibrated.Calibration | None, out_dir: Path,
        grid: tuple = L2_GRID, held: list[str] | None = None) -> dict:
    """The LOSO table: per held-out set, the reasoner alone, the shipped calibration and the
    LOSO refit. held: only these sets are held out in turn (each fold still fits on every other
    set); None: every set. A fold costs a full fit, so on 30+ sets the newest ones are the
    affordable estimate of a new repository."""
    print(f"leave-one-set-out over {len(held or data)} of {len(data)} sets, L2 in {list(grid)} ...",
          flush=True)
    l2, cals, tried = choose_l2(data, grid, held)
    with tempfile.TemporaryDirectory(prefix="personalq-loso-") as tmp:
        alone = select_fit.score_all(None, data, Path(tmp))
        ship = select_fit.score_all(shipped, data, Path(tmp)) if shipped else alone
        loso = held_out_scores(data, cals, Path(tmp))
    labels = [s["label"] for s in data if s["label"] in cals]
    report = {"l2": l2, "l2_objective": {str(k): v for k, v in tried.items()}, "sets": labels,
              "shipped_fitted_on": shipped.fitted_on if shipped else [],
              "reasoner_alone": select_fit.slim(alone), "shipped": select_fit.slim(ship),
              "loso": select_fit.slim(loso),
              "folds": {k: {"weights": c.weights, "bias": c.bias, "select": c.select,
                            "clarify": c.clarify, "margin": c.margin, "drop": c.drop,
                            "compose": c.compose, "gap": c.gap} for k, c in cals.items()}}
    groups = [("mean (held-out sets)", labels)]
    if set(NEW_REPOSITORIES) <= set(labels):
        groups.append(("mean (heldout3..6)", NEW_REPOSITORIES))
    for name, group in groups:
        report.setdefault("means", {})[name] = {
            col: mean(report[col], group) for col in ("reasoner_alone", "shipped", "loso")}
    (out_dir / "select_loso.json").write_text(json.dumps(report, indent=2) + "\n")
    (out_dir / "select_loso.md").write_text(markdown(report), encoding="utf-8")
    plot(report, out_dir / "select_loso.png")
    print(markdown(report), flush=True)
    return report


def _cell(s: dict) -> str:
    return f"{s['aligned_all']:.3f} / {s['misroute_rate']:.3f}" if s else "-"


def markdown(r: dict) -> str:
    lines = ["# Calibrated decision, leave-one-set-out (personalq bench select --fit --loso)", "",
             "Each set scored (official scorer) by a model and thresholds fitted on the other "
             f"sets only. L2 chosen by the LOSO objective: {r['l2']} "
             f"(tried: {', '.join(f'{k}: {v}' for k, v in r['l2_objective'].items())}). "
             f"Shipped = calibration.json as it was before this fit (fitted on "
             f"{', '.join(r['shipped_fitted_on']) or 'nothing'}: in-sample for those sets).", "",
             "| set | reasoner alone: aligned / misroute | shipped | LOSO refit |", "|---|---|---|---|"]
    for k in r["sets"]:
        lines.append(f"| {k} | {_cell(r['reasoner_alone'][k])} | {_cell(r['shipped'][k])} | "
                     f"{_cell(r['loso'][k])} |")
    for name, m in r["means"].items():
        lines.append(f"| **{name}** | {_cell(m['reasoner_alone'])} | {_cell(m['shipped'])} | "
                     f"**{_cell(m['loso'])}** |")
    return "\n".join(lines) + "\n"


def plot(r: dict, path: Path) -> None:
    """Aligned (bars) and misroute (hatched bars) per set: reasoner alone, shipped, LOSO."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cols = (("reasoner_alone", "reasoner alone"), ("shipped", "shipped calibration"),
            ("loso", "LOSO refit (held out)"))
    x = np.arange(len(r["sets"]))
    fig, ax = plt.subplots(figsize=(11, 4))
    for i, (key, label) in enumerate(cols):
        ax.bar(x + (i - 1) * 0.27, [r[key][k]["aligned_all"] for k in r["sets"]], 0.27,
               label=f"{label}: aligned", color=f"C{i}")
        ax.bar(x + (i - 1) * 0.27, [r[key][k]["misroute_rate"] for k in r["sets"]], 0.27,
               color="white", edgecolor=f"C{i}", hatch="//")
    ax.axhline(0.90, color="grey", linewidth=0.8, linestyle="--")
    ax.set_xticks(x, r["sets"])
    ax.set_ylabel("aligned (solid) / misroute (hatched)")
    ax.set_title(f"Calibrated decision, leave-one-set-out (L2 {r['l2']}; dashed: the 0.90 bar)")
    ax.legend(fontsize=8, loc="lower left")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def l2_chooser(grid: tuple = L2_GRID, held: list[str] | None = None):
    """select_fit.run's choose_l2: the L2 strength in grid that leave-one-set-out
    cross-validation prefers over the held sets (writes the LOSO table)."""
    def l2_for(data: list[dict], shipped: calibrated.Calibration | None, out_dir: Path) -> float:
        return run(data, shipped, out_dir, grid, held)["l2"]
    return l2_for
