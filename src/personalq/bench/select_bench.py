"""`personalq bench select`: how well does Check-in pick checkpoints, and at what cost?

    personalq bench select --set dev            # ../shared/bench/dev (48 requests)
    personalq bench select --set large          # benchmarks/select (1,069 cards, 540 requests)
    personalq bench select --set large --limit 60 --sweep 3     # a quick look
    personalq bench select --set benchmarks/select/probe        # any folder in the same format
    personalq bench select --set NAME=CATALOG.jsonl:CASES.jsonl   # files kept elsewhere
    personalq bench select --ablate --sets dev large NAME=CATALOG:CASES   # each rule off in turn
    personalq bench select --ablate --rules RULE ... --out DIR   # only these rules
    personalq bench select --ablate --full ...   # every request again for every rule (slow)
    personalq bench select --fit --sets dev large benchmarks/select/probe benchmarks/select/heldout2
                                                # fit the calibrated decision (select_fit.py)

Runs the selector in four configurations on one warm catalog — BM25 alone, dense alone, hybrid
(these three with backend "none": retrieval scores decide) and hybrid + local reasoner (the
default) — and scores each with the project's official scorer, `../shared/bench/score_select.py`
(run as a subprocess on the decisions written as JSONL, so its logic is never copied here).
Also reported: ask rate, p50/p95 latency per request in a warm process, and the ingest time of
the catalog into a fresh database (a temporary PERSONALQ_HOME). The default configuration is then
re-run while `ask_threshold` sweeps, giving the accuracy / misroute / ask-rate trade-off plot.

Writes benchmarks/results/select_<set>.json and .md and select_<set>_sweep.png, plus
select_<set>_failures.txt (the scorer's FAIL lines for the default configuration); --ablate
(select_ablate.py) writes select_ablation.md/.json; --fit writes src/personalq/checkin/calibration.json and
select_calibration.md/.json/_sweep.png. A set's today.txt fixes the day its relative dates were written
against (PERSONALQ_TODAY).
"""

from __future__ import annotations

import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from personalq import paths
from personalq.catalog.store import open_repository
from personalq.checkin import calibrated
from personalq.checkin.select import DEFAULT_ASK_THRESHOLD, Selector
from personalq.errors import PersonalQError

# name -> (backend, retrieval); the last one is the project's default
CONFIGS: dict[str, tuple[str, str]] = {
    "bm25": ("none", "bm25"),
    "dense": ("none", "dense"),
    "hybrid": ("none", "hybrid"),
    "hybrid+reasoner": ("local", "hybrid"),
}
DEFAULT_CONFIG = "hybrid+reasoner"
WARM_UP = "warm-up request: a photo of something"  # loads the encoder, fills the caches
SCORE_KEYS = ("select", "clarify", "none", "multi", "aligned_core", "aligned_all", "aligned_soft",
              "misroute_rate")


@dataclass
class BenchSet:
    name: str
    catalog: Path
    cases: Path
    meta: Path | None  # cases_meta.jsonl: the cue each case tests (large set only)
    scorer: Path


def default_shared() -> Path:
    return paths.PROJECT_ROOT.parent / "shared"


def locate(set_name: str, shared: Path | None = None) -> BenchSet:
    """The files of one benchmark set and the official scorer; PersonalQError if missing."""
    shared = Path(shared) if shared else default_shared()
    scorer = shared / "bench" / "score_select.py"
    if not scorer.is_file():
        raise PersonalQError(f"the official scorer is not at {scorer}",
                             "point --shared at the folder holding bench/score_select.py")
    if set_name == "dev":
        root = shared / "bench" / "dev"
    elif set_name == "large":
        root = paths.PROJECT_ROOT / "benchmarks" / "select"
    elif "=" in set_name:  # NAME=CATALOG:CASES (a set kept elsewhere, held out say)
        label, _, files = set_name.partition("=")
        catalog, _, cases = files.partition(":")
        if not (Path(catalog).is_file() and Path(cases).is_file()):
            raise PersonalQError(f"set {label!r}: {catalog!r} or {cases!r} is not a file",
                                 "use --set NAME=CATALOG.jsonl:CASES.jsonl")
        return BenchSet(label, Path(catalog), Path(cases), None, scorer)
    elif Path(set_name).is_dir():  # any folder in the same format (a held-out set, say)
        root = Path(set_name)
    else:
        raise PersonalQError(f"unknown benchmark set {set_name!r}",
                             "use --set dev, --set large or a folder with catalog.jsonl + cases.jsonl")
    catalog, cases = root / "catalog.jsonl", root / "cases.jsonl"
    for f in (catalog, cases):
        if not f.is_file():
            hint = ("regenerate it with python benchmarks/select/build.py" if set_name == "large"
                    else "point --shared at the folder holding bench/dev")
            raise PersonalQError(f"benchmark file {f} is missing", hint)
    meta = root / "cases_meta.jsonl"
    return BenchSet(set_name, catalog, cases, meta if meta.is_file() else None, scorer)


def use_reference_day(bench: BenchSet) -> None:
    """A set's relative dates ("last month") were written against the day in its today.txt."""
    day = bench.catalog.parent / "today.txt"
    if day.is_file():
        os.environ["PERSONALQ_TODAY"] = day.read_text(encoding="utf-8").strip()
    else:
        os.environ.pop("PERSONALQ_TODAY", None)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row) + "\n")


def official_score(bench: BenchSet, cases: list[dict], decisions: list[dict],
                   workdir: Path) -> tuple[dict, list[str]]:
    """Run the official scorer on (cases, decisions); return its figures and its FAIL lines."""
    cases_path, dec_path = workdir / "cases.jsonl", workdir / "decisions.jsonl"
    write_jsonl(cases_path, cases)
    write_jsonl(dec_path, decisions)
    proc = subprocess.run([sys.executable, str(bench.scorer), str(bench.catalog), str(cases_path),
                           str(dec_path)], capture_output=True, text=True)
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise PersonalQError(f"the scorer failed: {(proc.stdout + proc.stderr).strip()[-400:]}")
    return json.loads(lines[-1]), [ln for ln in lines[:-1] if ln.startswith("FAIL")]


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) — simple and exact for small samples."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100.0 * len(ordered))))
    return ordered[rank - 1]


def ingest_fresh(catalog: Path) -> tuple[object, float, dict]:
    """Ingest the catalog into a brand-new database (temporary PERSONALQ_HOME) and time it.
    The store stays open (and its home alive) for the rest of the run."""

    home = tempfile.mkdtemp(prefix="personalq-bench-home-")
    old = os.environ.get("PERSONALQ_HOME")
    os.environ["PERSONALQ_HOME"] = home
    try:
        t0 = time.perf_counter()
        store = open_repository(catalog)
        seconds = time.perf_counter() - t0
    finally:
        if old is None:
            os.environ.pop("PERSONALQ_HOME", None)
        else:
            os.environ["PERSONALQ_HOME"] = old
    report = store.report
    info = {"cards": getattr(report, "cards", len(store.cards())),
            "seconds_reported": round(getattr(report, "seconds", 0.0), 3),
            "seconds_embed": round(getattr(report, "seconds_embed", 0.0), 3),
            "home": home}
    return store, seconds, info


def decide_one(selector: Selector, prompt: str) -> dict:
    """One request's decision as JSON; a refused request counts as a wrong answer, not a crash."""
    try:
        return selector.select(prompt).to_json()
    except PersonalQError as err:
        return {"action": "error", "checkpoint": None, "checkpoints": [], "options": [],
                "error": err.message}


def run_config(store, cases: list[dict], backend: str, retrieval: str, ask_threshold: float | None,
               desc: str, progress: bool = True,
               disabled: frozenset[str] = frozenset()) -> tuple[list[dict], list[float]]:
    """Decisions for every case with one selector, and the wall time of each select() call."""
    from tqdm import tqdm

    ask = DEFAULT_ASK_THRESHOLD if ask_threshold is None else ask_threshold
    selector = Selector(store, backend=backend, retrieval=retrieval, ask_threshold=ask,
                        disabled_rules=disabled)
    selector.select(WARM_UP)  # load the encoder, fill caches
    decisions, latencies = [], []
    for case in tqdm(cases, desc=desc, unit="req", leave=False, disable=not progress):
        t0 = time.perf_counter()
        decision = decide_one(selector, case["prompt"])
        latencies.append((time.perf_counter() - t0) * 1000.0)
        decisions.append(decision)
    return decisions, latencies


def summarise(scores: dict, decisions: list[dict], latencies: list[float]) -> dict:
    n = max(1, len(decisions))
    out = {k: scores.get(k) for k in SCORE_KEYS if k in scores}
    out["ask_rate"] = round(sum(d["action"] == "clarify" for d in decisions) / n, 3)
    out["errors"] = sum(d["action"] == "error" for d in decisions)
    out["none_rate"] = round(sum(d["action"] == "none" for d in decisions) / n, 3)
    out["p50_ms"] = round(statistics.median(latencies), 2) if latencies else 0.0
    out["p95_ms"] = round(percentile(latencies, 95), 2)
    out["mean_ms"] = round(statistics.fmean(latencies), 2) if latencies else 0.0
    return out


def by_tag(bench: BenchSet, cases: list[dict], decisions: list[dict], tags: list[str],
           workdir: Path, full: dict) -> dict:
    """aligned_all of the official scorer on the cases of each cue tag (large set).
    The scorer cannot score a subset made only of multi-concept cases (it divides by the
    number of select/clarify/none cases), so when a tag holds exactly all the multi cases its
    figure is the full run's "multi" accuracy."""
    out = {}
    n_multi = sum(c["expect"] == "multi" for c in cases)
    for tag in sorted(set(tags)):
        idx = [i for i, t in enumerate(tags) if t == tag]
        if all(cases[i]["expect"] == "multi" for i in idx):
            if len(idx) == n_multi and "multi" in full:
                out[tag] = {"n": len(idx), "accuracy": full["multi"], "misroute_rate": None}
            continue
        scores, _ = official_score(bench, [cases[i] for i in idx], [decisions[i] for i in idx], workdir)
        out[tag] = {"n": len(idx), "accuracy": scores["aligned_all"],
                    "misroute_rate": scores["misroute_rate"]}
    return out


def git_commit() -> str:
    try:
        proc = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=paths.PROJECT_ROOT,
                              capture_output=True, text=True, timeout=10)
        return proc.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def sweep_thresholds(n: int) -> list[float]:
    if n <= 1:
        return [0.5]
    return [round(i / (n - 1), 3) for i in range(n)]


def plot_sweep(points: list[dict], path: Path, title: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    pts = sorted(points, key=lambda p: (p["ask_rate"], p["ask_threshold"]))
    x = [p["ask_rate"] for p in pts]
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=120)
    ax.plot(x, [p["aligned_all"] for p in pts], "o-", label="accuracy (aligned_all)")
    ax.plot(x, [p["misroute_rate"] for p in pts], "s--", color="tab:red", label="misroute rate")
    labels: dict[tuple[float, float], list[float]] = {}  # thresholds that land on one point
    for p in pts:
        labels.setdefault((p["ask_rate"], p["aligned_all"]), []).append(p["ask_threshold"])
    for (x_, y_), ts in labels.items():
        text = f"t={ts[0]:g}" if len(ts) == 1 else f"t={min(ts):g}–{max(ts):g}"
        ax.annotate(text, (x_, y_), textcoords="offset points", xytext=(4, 5), fontsize=7)
    ax.set_xlabel("ask rate (share of requests answered with a question)")
    ax.set_ylabel("rate")
    ax.set_ylim(0, 1.02)
    ax.grid(alpha=0.3)
    ax.set_title(title, fontsize=10)
    ax.legend(loc="center right", fontsize=8)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def table(configs: dict) -> str:
    head = ("| config | select | clarify | none | multi | aligned_all | misroute | ask rate "
            "| p50 ms | p95 ms |")
    rows = [head, "|" + "---|" * 10]
    for name, r in configs.items():
        rows.append(f"| {name} | {r.get('select')} | {r.get('clarify')} | {r.get('none')} | "
                    f"{r.get('multi')} | {r.get('aligned_all')} | {r.get('misroute_rate')} | "
                    f"{r['ask_rate']} | {r['p50_ms']} | {r['p95_ms']} |")
    return "\n".join(rows)


def markdown(result: dict) -> str:
    lines = [f"# personalq bench select --set {result['set']}", "",
             f"{result['n_cases']} requests over {result['n_cards']} checkpoints "
             f"({result['n_families']} families); scored with `score_select.py`. "
             f"Ingest into a fresh database: {result['ingest_s']:.2f} s "
             f"(of which embedding {result['ingest']['seconds_embed']:.2f} s). "
             f"Latency: one warm process, {result['threads']} torch thread(s), "
             f"{result['cpu_count']} CPUs shared with other work (load average "
             f"{result['load_avg_1m_at_start']} at start); commit {result['git_commit']}, "
             f"{result['when']}.", "",
             table(result["configs"]), ""]
    cal = calibrated.load()
    if cal is not None and result["set"] in cal.fitted_on:
        lines += [f"**{result['set']} is a dev set**: the calibrated decision "
                  f"(`checkin/calibration.json`) was fitted on {', '.join(cal.fitted_on)}.", ""]
    base = result["configs"].get("bm25")
    best = result["configs"].get(DEFAULT_CONFIG)
    if base and best and base.get("aligned_all"):
        lines += [f"hybrid+reasoner vs bm25 alone: aligned_all ×{best['aligned_all'] / base['aligned_all']:.2f}, "
                  f"misroute {base['misroute_rate']} → {best['misroute_rate']}.", ""]
    if result.get("by_tag"):
        names = list(result["by_tag"])
        tags = sorted({t for v in result["by_tag"].values() for t in v})
        lines += ["## Accuracy by cue (official scorer on each subset)", "",
                  "| cue | n | " + " | ".join(names) + " |", "|" + "---|" * (len(names) + 2)]
        for t in tags:
            n = next(v[t]["n"] for v in result["by_tag"].values() if t in v)
            cells = [str(result["by_tag"][c].get(t, {}).get("accuracy", "")) for c in names]
            lines.append(f"| {t} | {n} | " + " | ".join(cells) + " |")
        lines.append("")
    if result.get("sweep"):
        lines += [f"## ask_threshold sweep ({DEFAULT_CONFIG})", "",
                  "| ask_threshold | aligned_all | misroute | ask rate | select | clarify | none | multi |",
                  "|---|---|---|---|---|---|---|---|"]
        for p in result["sweep"]:
            lines.append(f"| {p['ask_threshold']} | {p['aligned_all']} | {p['misroute_rate']} | "
                         f"{p['ask_rate']} | {p.get('select')} | {p.get('clarify')} | {p.get('none')} | "
                         f"{p.get('multi')} |")
        lines += ["", f"![sweep]({Path(result['files']['plot']).name})", ""]
    return "\n".join(lines)


def run(set_name: str = "dev", shared: Path | None = None, limit: int | None = None,
        configs: list[str] | None = None, sweep: int = 8, out_dir: Path | None = None,
        threads: int = 1, progress: bool = True) -> dict:
    """The whole benchmark; returns the result dict also written as JSON."""
    import torch

    torch.set_num_threads(max(1, threads))
    bench = locate(set_name, shared)
    label = set_name if set_name in ("dev", "large") else (
        bench.name if "=" in set_name else Path(set_name).resolve().name)
    cases = read_jsonl(bench.cases)
    tags = ([m.get("tag", "?").split(":")[0] for m in read_jsonl(bench.meta)] if bench.meta
            else [c["expect"] for c in cases])
    if limit:
        cases, tags = cases[:limit], tags[:limit]
    names = configs or list(CONFIGS)
    for name in names:
        if name not in CONFIGS:
            raise PersonalQError(f"unknown config {name!r}", f"use some of {', '.join(CONFIGS)}")
    out_dir = Path(out_dir) if out_dir else paths.PROJECT_ROOT / "benchmarks" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)

    use_reference_day(bench)
    store, ingest_s, ingest = ingest_fresh(bench.catalog)
    cards = store.cards()
    result = {"set": label, "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "git_commit": git_commit(), "load_avg_1m_at_start": round(os.getloadavg()[0], 2),
              "cpu_count": os.cpu_count(), "n_cases": len(cases), "n_cards": len(cards),
              "n_families": len({c.family for c in cards}), "limit": limit,
              "ingest_s": round(ingest_s, 3), "ingest": ingest, "threads": threads,
              "configs": {}, "by_tag": {}, "sweep": [], "files": {}}
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="personalq-bench-") as tmp:
        work = Path(tmp)
        for name in names:
            backend, retrieval = CONFIGS[name]
            decisions, lat = run_config(store, cases, backend, retrieval, None, name, progress)
            scores, fails = official_score(bench, cases, decisions, work)
            result["configs"][name] = summarise(scores, decisions, lat)
            result["by_tag"][name] = by_tag(bench, cases, decisions, tags, work, scores)
            if name == DEFAULT_CONFIG:
                failures = fails
        if sweep and DEFAULT_CONFIG in names:
            backend, retrieval = CONFIGS[DEFAULT_CONFIG]
            for t in sweep_thresholds(sweep):
                decisions, lat = run_config(store, cases, backend, retrieval, t,
                                            f"sweep t={t:g}", progress)
                scores, _ = official_score(bench, cases, decisions, work)
                result["sweep"].append({"ask_threshold": t, **summarise(scores, decisions, lat)})
    store.close()
    shutil.rmtree(ingest["home"], ignore_errors=True)  # the throw-away catalog database

    write_results(result, failures, out_dir, f"select_{label}" + (f"_limit{limit}" if limit else ""))
    return result


def write_results(result: dict, failures: list[str], out_dir: Path, stem: str) -> None:
    """JSON, markdown, the scorer's FAIL lines and the sweep plot, named `stem`.*"""
    files = {"json": out_dir / f"{stem}.json", "md": out_dir / f"{stem}.md",
             "failures": out_dir / f"{stem}_failures.txt"}
    if result["sweep"]:
        files["plot"] = out_dir / f"{stem}_sweep.png"
        plot_sweep(result["sweep"], files["plot"],
                   f"Check-in ({DEFAULT_CONFIG}) on the {result['set']} set: ask_threshold sweep")
    result["files"] = {k: str(v) for k, v in files.items()}
    files["failures"].write_text("\n".join(failures) + ("\n" if failures else ""), encoding="utf-8")
    files["json"].write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    files["md"].write_text(markdown(result), encoding="utf-8")


def cmd_bench_select(args) -> int:
    result = run(args.set, shared=args.shared, limit=args.limit, configs=args.configs,
                 sweep=args.sweep, out_dir=args.out, threads=args.threads,
                 progress=not args.no_progress)
    print(f"set {result['set']}: {result['n_cases']} requests, {result['n_cards']} checkpoints, "
          f"ingest {result['ingest_s']:.2f} s (fresh database)")
    print(table(result["configs"]))
    if result["sweep"]:
        print(f"\nask_threshold sweep ({DEFAULT_CONFIG}):")
        for p in result["sweep"]:
            print(f"  t={p['ask_threshold']:<5} aligned_all={p['aligned_all']:<6} "
                  f"misroute={p['misroute_rate']:<6} ask_rate={p['ask_rate']}")
    print("\nwrote " + ", ".join(result["files"].values()))
    return 0
