"""`personalq bench select --learn`: accuracy after the owner answered each question once.

NOT a first-contact figure. For every set: (1) every request decided with nothing learned (first
contact, as `bench select`); (2) the requests replayed in file order, and wherever the decision
is a question and the gold is a select of one checkpoint whose family is among the options, the
owner answers with that option (Selector.learn_from: the words that raised the question become
that family's name); (3) every request decided again. (1) and (3) are scored by the official
scorer (`score_select.py`). Each set gets a fresh database in a temporary PERSONALQ_HOME, so
nothing learned here reaches any other run. Writes benchmarks/results/select_learned.md, .json
and a bar chart .png.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from pathlib import Path

from personalq import paths
from personalq.bench.select_bench import (BenchSet, decide_one, git_commit, locate, official_score,
                                          read_jsonl, use_reference_day)
from personalq.catalog.store import open_repository
from personalq.checkin.select import Selector

HELDOUT_SETS = sorted((p.name for p in (paths.PROJECT_ROOT / "benchmarks" / "select").glob("heldout*")
                       if p.is_dir() and p.name[len("heldout"):].isdigit()),
                      key=lambda name: int(name[len("heldout"):]))  # every heldoutN there is
DEFAULT_SETS = ["dev", "probe"] + HELDOUT_SETS + ["large"]
LABEL = "after the owner answered each question once"


def set_of(name: str, shared: Path | None) -> BenchSet | None:
    """A set by its short name (dev, large, probe, heldoutN) or anything `locate` takes."""
    folder = paths.PROJECT_ROOT / "benchmarks" / "select" / name
    if name not in ("dev", "large") and "=" not in name and folder.is_dir():
        name = str(folder)
    elif name not in ("dev", "large") and "=" not in name and not Path(name).is_dir():
        return None
    bench = locate(name, shared)
    bench.name = Path(name).name if Path(name).is_dir() else bench.name
    return bench


def fresh_store(catalog: Path):
    """The catalog in a new temporary PERSONALQ_HOME (seeded with the user's database for it,
    when one exists, so nothing is embedded again): learned names stay in this run."""
    source = paths.catalog_db_for(catalog)
    home = tempfile.mkdtemp(prefix="personalq-learn-home-")
    old = os.environ.get("PERSONALQ_HOME")
    os.environ["PERSONALQ_HOME"] = home
    try:
        if source.is_file():
            shutil.copyfile(source, paths.catalog_db_for(catalog))
        return open_repository(catalog), home
    finally:
        if old is None:
            os.environ.pop("PERSONALQ_HOME", None)
        else:
            os.environ["PERSONALQ_HOME"] = old


def owner_choice(case: dict, decision: dict, family_of: dict[str, str]) -> str | None:
    """The family the owner picks for a question: the gold's, when the gold is a select of one
    checkpoint and its family is among the options; else None (the owner is not asked)."""
    gold = case.get("gold") or []
    if decision.get("action") != "clarify" or case.get("expect") != "select" or len(gold) != 1:
        return None
    family = family_of.get(gold[0])
    offered = {family_of.get(i) for i in decision.get("options") or []}
    return family if family in offered else None


def learn_set(bench: BenchSet, workdir: Path) -> dict:
    """First contact, the answers in file order, and every request again, scored."""
    use_reference_day(bench)
    cases = read_jsonl(bench.cases)
    store, home = fresh_store(bench.catalog)
    t0 = time.perf_counter()
    selector = Selector(store)
    family_of = {c.id: c.family for c in store.cards()}
    first = [decide_one(selector, c["prompt"]) for c in cases]
    answered, learned = 0, []
    for case, before in zip(cases, first):
        decision = decide_one(selector, case["prompt"]) if store.learned_names() else before
        family = owner_choice(case, decision, family_of)
        if family is not None:
            answered += 1
            phrase = selector.learn_from(case["prompt"], family)
            if phrase is not None:
                learned.append({"phrase": phrase, "family": family, "request": case["prompt"]})
    second = [decide_one(selector, c["prompt"]) for c in cases]
    s1, _ = official_score(bench, cases, first, workdir)
    s2, fails2 = official_score(bench, cases, second, workdir)
    store.close()
    shutil.rmtree(home, ignore_errors=True)
    changed = sum(1 for a, b in zip(first, second)
                  if (a["action"], a["checkpoints"], a["options"]) !=
                  (b["action"], b["checkpoints"], b["options"]))
    return {"set": bench.name, "n": len(cases), "questions_answered": answered,
            "names_learned": len(learned), "learned": learned, "changed": changed,
            "first": {k: s1[k] for k in ("aligned_all", "misroute_rate")},
            "after": {k: s2[k] for k in ("aligned_all", "misroute_rate")},
            "seconds": round(time.perf_counter() - t0, 1), "fails_after": fails2}


def markdown(rows: list[dict]) -> str:
    """The per-set table: first contact vs after answering, and what was learned."""
    lines = [f"# Check-in with learned names: {LABEL}",
             "",
             f"`personalq bench select --learn` at {git_commit()}. **Not a first-contact figure.** "
             "Per set: every request decided with nothing learned (*first contact*); then the "
             "requests replayed in file order, and wherever Check-in asked and the gold is a "
             "select among the options, the owner answers with that option (the words that "
             "raised the question become the family's name, `Selector.learn_from`); then every "
             "request decided again (*after*). Both scored by `score_select.py`.",
             "",
             "| set | requests | questions answered | names learned | decisions changed | "
             "first contact aligned / misroute | after answers aligned / misroute | Δ aligned | "
             "Δ misroute |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        f, a = r["first"], r["after"]
        lines.append(f"| {r['set']} | {r['n']} | {r['questions_answered']} | {r['names_learned']} "
                     f"| {r['changed']} | {f['aligned_all']:.3f} / {f['misroute_rate']:.3f} | "
                     f"{a['aligned_all']:.3f} / {a['misroute_rate']:.3f} | "
                     f"{a['aligned_all'] - f['aligned_all']:+.3f} | "
                     f"{a['misroute_rate'] - f['misroute_rate']:+.3f} |")
    lines += ["", totals(rows), "", "Learned names per set (phrase -> family), from the requests "
              "whose question was answered:", ""]
    for r in rows:
        if r["learned"]:
            lines.append(f"- {r['set']}: " + ", ".join(f"'{x['phrase']}' -> {x['family']}"
                                                       for x in r["learned"]))
    return "\n".join(lines) + "\n"


def totals(rows: list[dict]) -> str:
    """One paragraph over all sets: how much there was to learn and what it changed."""
    n = sum(r["n"] for r in rows)
    asked = sum(r["questions_answered"] for r in rows)
    names = sum(r["names_learned"] for r in rows)
    up = sum(r["after"]["aligned_all"] > r["first"]["aligned_all"] for r in rows)
    down = sum(r["after"]["aligned_all"] < r["first"]["aligned_all"] for r in rows)
    worse = sum(r["after"]["misroute_rate"] > r["first"]["misroute_rate"] for r in rows)
    return (f"Over {len(rows)} sets ({n} requests): {asked} questions had a gold select among "
            f"their options and were answered, {names} of them taught a name (the others' "
            f"words were what the options share, said more about which one, or were already "
            f"the family's name, or ran past 3 words); aligned rose on {up} sets and fell on {down}; misroute rose "
            f"on {worse}. Only questions are answered here: a request decided \"none\" or "
            f"a wrong select at first contact never asks, so the owner has nothing to answer "
            f"(`--learn --correct` measures the owner correcting those: select_corrected.md).")


def plot(rows: list[dict], path: Path) -> None:
    """Aligned per set, first contact beside after the answers (bars), misroutes as marks."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    x = np.arange(len(rows))
    fig, ax = plt.subplots(figsize=(max(8, 0.32 * len(rows)), 4.4), dpi=120)
    ax.bar(x - 0.2, [r["first"]["aligned_all"] for r in rows], 0.4, label="aligned, first contact")
    ax.bar(x + 0.2, [r["after"]["aligned_all"] for r in rows], 0.4, label=f"aligned, {LABEL}")
    ax.plot(x - 0.2, [r["first"]["misroute_rate"] for r in rows], "v", color="tab:red",
            label="misroute, first contact")
    ax.plot(x + 0.2, [r["after"]["misroute_rate"] for r in rows], "^", color="darkred",
            label="misroute, after answers")
    ax.set_xticks(x, [r["set"] for r in rows], rotation=70, fontsize=7)
    ax.set_ylim(0, 1.02)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(f"Check-in with learned names: {LABEL} (not first contact)", fontsize=10)
    ax.legend(loc="lower left", fontsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def run(sets: list[str] | None = None, shared: Path | None = None,
        out_dir: Path | None = None) -> list[dict]:
    """Every set that exists; writes select_learned.md/.json/.png into out_dir."""
    out_dir = Path(out_dir or paths.PROJECT_ROOT / "benchmarks" / "results")
    out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with tempfile.TemporaryDirectory(prefix="personalq-learn-") as work:
        for name in sets or DEFAULT_SETS:
            bench = set_of(name, shared)
            if bench is None:
                continue
            row = learn_set(bench, Path(work))
            rows.append(row)
            f, a = row["first"], row["after"]
            print(f"{row['set']:<10} first {f['aligned_all']:.3f}/{f['misroute_rate']:.3f}  after "
                  f"{a['aligned_all']:.3f}/{a['misroute_rate']:.3f}  answered "
                  f"{row['questions_answered']}  learned {row['names_learned']}", flush=True)
            write(rows, out_dir)  # after every set: a long run interrupted keeps what it measured
    return rows


def write(rows: list[dict], out_dir: Path) -> None:
    (out_dir / "select_learned.json").write_text(json.dumps(rows, indent=2) + "\n")
    (out_dir / "select_learned.md").write_text(markdown(rows))
    plot(rows, out_dir / "select_learned.png")
