"""`personalq bench select --learn --correct`: accuracy as the owner corrects wrong answers.

NOT a first-contact figure. For every set: (1) every request decided with nothing learned (first
contact, as `bench select`); (2) the requests replayed in file order, each decided with what was
learned from the ones before it; after a wrong select or a "none" whose gold is a select of one
family (and the decision chose no checkpoint of that family), the owner corrects it with the
gold (`Selector.correct`: the request's words that point at that family alone become its name);
(3) every request decided again. (1), (2) and (3) are scored by the official scorer
(`score_select.py`), and every request whose decision in (2) or (3) differs from (1) is listed,
better or worse: a learned name must never make a right answer wrong. Each set gets a fresh
database in a temporary PERSONALQ_HOME (select_learned.fresh_store). Writes
benchmarks/results/select_corrected.md, .json and a bar chart .png.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from personalq import paths
from personalq.bench.select_bench import (BenchSet, decide_one, git_commit, official_score,
                                          read_jsonl, use_reference_day)
from personalq.bench.select_learned import DEFAULT_SETS, fresh_store, set_of
from personalq.bench.select_fit import case_outcome
from personalq.checkin.select import Selector

LABEL = "as the owner corrects each wrong answer"


def case_ok(case: dict, decision: dict, family_of: dict[str, str]) -> bool:
    """Is the decision right for the case, by score_select.py's rule (select_fit.case_outcome)."""
    return case_outcome(family_of, case, decision)[0]


def meant_of(case: dict, decision: dict, family_of: dict[str, str]) -> str | None:
    """The checkpoint the owner names for a wrong select or a "none": the gold, when the gold is
    a select of one family the decision did not choose; else None (no correction)."""
    gold = case.get("gold") or []
    families = {family_of.get(i) for i in gold}
    if case.get("expect") != "select" or not gold or len(families) != 1:
        return None
    if decision.get("action") not in ("select", "none"):
        return None
    chosen = {family_of.get(i) for i in decision.get("checkpoints") or []}
    return None if families <= chosen else gold[0]


def replay(selector: Selector, cases: list[dict], family_of: dict[str, str]
           ) -> tuple[list[dict], list[dict]]:
    """Each request decided with what the earlier corrections taught, then corrected when wrong:
    (the decisions, the corrections made)."""
    decisions, corrections = [], []
    for n, case in enumerate(cases):
        decision = decide_one(selector, case["prompt"])
        decisions.append(decision)
        meant = meant_of(case, decision, family_of)
        if meant is None:
            continue
        fixed = selector.correct(case["prompt"], meant)
        corrections.append({"case": n, "request": case["prompt"], "meant": fixed.family,
                            "learned": fixed.learned, "was": decision.get("action"),
                            "now": fixed.after.action, "now_checkpoints": fixed.after.checkpoints,
                            "now_right": case_ok(case, fixed.after.to_json(), family_of)})
    return decisions, corrections


def changes(cases: list[dict], first: list[dict], later: list[dict], family_of: dict[str, str],
            skip: set[int]) -> list[dict]:
    """Every request (but the corrected ones themselves, `skip`) decided differently from first
    contact: better (wrong, now right), worse (right, now wrong) or other (wrong either way)."""
    out = []
    for n, (case, a, b) in enumerate(zip(cases, first, later)):
        if n in skip or (a["action"], a.get("checkpoints"), a.get("options")) == \
                (b["action"], b.get("checkpoints"), b.get("options")):
            continue
        was, now = case_ok(case, a, family_of), case_ok(case, b, family_of)
        out.append({"case": n, "request": case["prompt"], "expect": case["expect"],
                    "gold": case.get("gold"), "first": [a["action"], a.get("checkpoints")],
                    "now": [b["action"], b.get("checkpoints")],
                    "verdict": "better" if now and not was else "worse" if was and not now
                    else "other"})
    return out


def correct_set(bench: BenchSet, workdir: Path) -> dict:
    """First contact, the replay with corrections, and every request again, scored."""
    use_reference_day(bench)
    cases = read_jsonl(bench.cases)
    store, home = fresh_store(bench.catalog)
    t0 = time.perf_counter()
    try:
        selector = Selector(store)
        family_of = {c.id: c.family for c in store.cards()}
        first = [decide_one(selector, c["prompt"]) for c in cases]
        online, corrections = replay(selector, cases, family_of)
        after = [decide_one(selector, c["prompt"]) for c in cases]
        learned = {k: v.family for k, v in store.learned_names().items()}
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)
    corrected = {c["case"] for c in corrections}
    scores = {name: official_score(bench, cases, decs, workdir)[0]
              for name, decs in (("first", first), ("replay", online), ("after", after))}
    return {"set": bench.name, "n": len(cases), "corrections": corrections,
            "names_learned": len(learned), "learned": learned,
            **{k: {m: v[m] for m in ("aligned_all", "misroute_rate")} for k, v in scores.items()},
            "later": changes(cases, first, online, family_of, corrected),
            "again": changes(cases, first, after, family_of, corrected),
            "seconds": round(time.perf_counter() - t0, 1)}


def _verdicts(rows: list[dict], key: str) -> dict[str, int]:
    found = [c["verdict"] for r in rows for c in r[key]]
    return {v: found.count(v) for v in ("better", "worse", "other")}


def markdown(rows: list[dict]) -> str:
    """The per-set table, the totals, and every decision the learned names changed."""
    lines = [f"# Check-in with corrections: {LABEL}", "",
             f"`personalq bench select --learn --correct` at {git_commit()}. **Not a first-contact "
             "figure.** Per set: every request decided with nothing learned (*first contact*); "
             "then the requests replayed in file order, each decided with what the corrections "
             "before it taught (*replay*), and after each wrong select or \"none\" whose gold is "
             "one family the owner names the gold (`personalq select --meant`); then every "
             "request decided again (*after*). Scored by `score_select.py`. *Later changed*: "
             "requests other than the corrected ones whose replay decision differs from first "
             "contact, as better / worse / other (wrong either way).", "",
             "| set | requests | corrections | names learned | first aligned / misroute | "
             "replay aligned / misroute | after aligned / misroute | later changed (better / "
             "worse / other) |", "|---|---|---|---|---|---|---|---|"]
    for r in rows:
        v = {k: sum(c["verdict"] == k for c in r["later"]) for k in ("better", "worse", "other")}
        lines.append(f"| {r['set']} | {r['n']} | {len(r['corrections'])} | {r['names_learned']} | "
                     + " | ".join(f"{r[k]['aligned_all']:.3f} / {r[k]['misroute_rate']:.3f}"
                                  for k in ("first", "replay", "after"))
                     + f" | {v['better']} / {v['worse']} / {v['other']} |")
    later, again = _verdicts(rows, "later"), _verdicts(rows, "again")
    lines += ["", f"Over {len(rows)} sets ({sum(r['n'] for r in rows)} requests): "
              f"{sum(len(r['corrections']) for r in rows)} corrections, "
              f"{sum(r['names_learned'] for r in rows)} names learned, "
              f"{sum(c['now_right'] for r in rows for c in r['corrections'])} corrected requests "
              "right when decided again at once. Later requests changed: "
              f"{later['better']} better, {later['worse']} worse, {later['other']} other; "
              f"decided again after the replay (earlier requests too): {again['better']} better, "
              f"{again['worse']} worse, {again['other']} other.", "",
              "## Every right answer a learned name made wrong (decided again after the replay)",
              ""]
    worse = [(r["set"], c) for r in rows for c in r["again"] if c["verdict"] == "worse"]
    lines += [f"- {s}: {c['request']!r} ({c['expect']} {c['gold']}): {c['first']} -> {c['now']}"
              for s, c in worse] or ["- none"]
    lines += ["", "## Corrections (request -> meant: learned phrase)", ""]
    for r in rows:
        for c in r["corrections"]:
            lines.append(f"- {r['set']}: {c['request']!r} ({c['was']}) -> {c['meant']}: "
                         + (repr(c["learned"]) if c["learned"] else "nothing learned")
                         + f"; now {c['now']} {c['now_checkpoints']}")
    return "\n".join(lines) + "\n"


def plot(rows: list[dict], path: Path) -> None:
    """Aligned per set: first contact, the replay and after (bars), misroutes as marks."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    x = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(max(8, 0.36 * len(rows)), 4.4), dpi=120)
    for shift, key, label in ((-0.27, "first", "first contact"), (0.0, "replay", "replay"),
                              (0.27, "after", "after the replay")):
        ax.bar(x + shift, [r[key]["aligned_all"] for r in rows], 0.27, label=f"aligned, {label}")
        ax.plot(x + shift, [r[key]["misroute_rate"] for r in rows], "v", markersize=3,
                color="darkred", label="misroute" if key == "first" else None)
    ax.set_xticks(x, [r["set"] for r in rows], rotation=70, fontsize=7)
    ax.set_ylim(0, 1.02)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(f"Check-in with corrections: {LABEL} (not first contact)", fontsize=10)
    ax.legend(loc="lower left", fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def run(sets: list[str] | None = None, shared: Path | None = None,
        out_dir: Path | None = None) -> list[dict]:
    """Every set that exists; writes select_corrected.md/.json/.png into out_dir after each."""
    out_dir = Path(out_dir or paths.PROJECT_ROOT / "benchmarks" / "results")
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="personalq-correct-") as work:
        for name in sets or DEFAULT_SETS:
            bench = set_of(name, shared)
            if bench is None:
                continue
            row = correct_set(bench, Path(work))
            rows.append(row)
            f, p, a = row["first"], row["replay"], row["after"]
            worse = sum(c["verdict"] == "worse" for c in row["again"])
            print(f"{row['set']:<10} first {f['aligned_all']:.3f}/{f['misroute_rate']:.3f}  replay "
                  f"{p['aligned_all']:.3f}/{p['misroute_rate']:.3f}  after "
                  f"{a['aligned_all']:.3f}/{a['misroute_rate']:.3f}  corrections "
                  f"{len(row['corrections'])}  learned {row['names_learned']}  worse {worse}",
                  flush=True)
            (out_dir / "select_corrected.json").write_text(json.dumps(rows, indent=2) + "\n")
            (out_dir / "select_corrected.md").write_text(markdown(rows))
            plot(rows, out_dir / "select_corrected.png")
    return rows
