"""`personalq bench select-scale`: Check-in latency and accuracy at 1k, 10k and 100k checkpoints.

The catalogs are generated (personalq/bench/scale_catalog.py: families with dated versions,
the owner's people, pets, products, Civitai characters, styles, concept LoRAs; SD1.5 and SDXL)
and written as JSONL manifests under --work; each size is ingested once into its own SQLite
catalog there (the largest one timed, with a progress bar) and reused by later runs whose cards
are unchanged. Then one warm process per size answers the same requests (gold known by
construction) and the benchmark reports warm p50/p95/mean latency, accuracy with the project's
scorer, how many families the indexes left to the reasoner, and the ingest rate. JSON + PNG go
to benchmarks/results/select_scale.{json,png}.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import time
from pathlib import Path

from personalq.bench.scale_catalog import generate
from personalq.bench.select_bench import default_shared
from personalq.catalog.store import open_repository
from personalq.checkin.select import Selector
from personalq import paths
from personalq.errors import PersonalQError

SIZES = (1_000, 10_000, 100_000)
BASELINE_UP_TO = 10_000  # the whole-catalog reasoner (no narrowing) is also timed up to this size
DEFAULT_WORK = Path(os.environ.get("TMPDIR", "/tmp")) / "personalq-select-scale"


def catalog_path(work: Path, n: int) -> Path:
    return work / f"catalog_{n}.jsonl"


def write_set(work: Path, sizes: tuple[int, ...], n_cases: int, seed: int) -> list[dict]:
    """Write one manifest per size (each a prefix of the largest) and the requests; files whose
    content is already right are left alone, so their ingested catalogs stay valid."""

    work.mkdir(parents=True, exist_ok=True)
    data = generate(max(sizes), n_cases, seed)
    for n in sizes:
        _write_if_changed(catalog_path(work, n), "".join(json.dumps(c) + "\n" for c in data.cards[:n]))
    _write_if_changed(work / "cases.jsonl", "".join(json.dumps(c) + "\n" for c in data.cases))
    return data.cases


def _write_if_changed(path: Path, text: str) -> None:
    if not path.is_file() or path.read_text() != text:
        path.write_text(text)


def ingest(work: Path, n: int, progress: bool = True) -> dict:
    """Open (ingesting when new or changed) the catalog of size n; return its ingest report."""

    os.environ["PERSONALQ_HOME"] = str(work / "home")
    t0 = time.perf_counter()
    with open_repository(catalog_path(work, n), progress=progress) as store:
        report = store.report.to_dict()
    report["seconds_open"] = time.perf_counter() - t0
    if not report["embedded"] and not report["sources_parsed"]:  # unchanged: the last real ingest
        with open_repository(catalog_path(work, n), refresh=False) as store:
            report = {**store.report.to_dict(), "reused": True}
    return report


def measure(work: Path, n: int, cases: list[dict], narrow: bool = True) -> dict:
    """One warm process: build the selector, answer every request twice (the first pass warms
    the caches), time the second; return latencies, decisions and narrowing statistics."""

    os.environ["PERSONALQ_HOME"] = str(work / "home")
    store = open_repository(catalog_path(work, n), refresh=False)
    t0 = time.perf_counter()
    selector = Selector(store, narrow=narrow)
    build_s = time.perf_counter() - t0
    for case in cases:
        selector.select(case["prompt"])
    decisions, latencies, kept = [], [], []
    for case in cases:
        decision = selector.select(case["prompt"])
        latencies.append(decision.latency_ms)
        kept.append(selector.last_candidates)
        decisions.append(decision.to_json())
    store.close()
    return {"n": n, "families": len(selector.index.families), "selector_build_s": build_s,
            "latencies_ms": latencies, "candidates_kept": kept, "decisions": decisions}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[k]


def score(work: Path, n: int, cases: list[dict], decisions: list[dict]) -> dict:
    """The project's scorer (../shared/bench/score_select.py) on these decisions."""
    import subprocess


    scorer = default_shared() / "bench" / "score_select.py"
    if not scorer.is_file():
        raise PersonalQError(f"the scorer {scorer} is missing", "pass --shared")
    out = work / f"decisions_{n}.jsonl"
    out.write_text("".join(json.dumps(d) + "\n" for d in decisions))
    done = subprocess.run([sys.executable, str(scorer), str(catalog_path(work, n)),
                           str(work / "cases.jsonl"), str(out), "--json"],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def summarise(m: dict, scores: dict) -> dict:
    lat = m["latencies_ms"]
    kept = m["candidates_kept"]
    return {"cards": m["n"], "families": m["families"], "selector_build_s": round(m["selector_build_s"], 2),
            "p50_ms": round(percentile(lat, 0.5), 2), "p95_ms": round(percentile(lat, 0.95), 2),
            "mean_ms": round(statistics.fmean(lat), 2), "max_ms": round(max(lat), 2),
            "families_to_reasoner_median": percentile(kept, 0.5),
            "families_to_reasoner_max": max(kept), **scores}


def plot(rows: list[dict], ingest_report: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    cards = [r["cards"] for r in rows]
    for key, label in (("p50_ms", "p50"), ("p95_ms", "p95"), ("mean_ms", "mean")):
        ax1.plot(cards, [r[key] for r in rows], marker="o", label=label)
    base = [r for r in rows if r.get("whole_catalog")]
    for key, label in (("p50_ms", "p50, no narrowing"), ("p95_ms", "p95, no narrowing")):
        if base:
            ax1.plot([r["cards"] for r in base], [r["whole_catalog"][key] for r in base],
                     marker="x", ls="--", label=label)
    ax1.set_xscale("log")
    ax1.set_xlabel("checkpoints in the catalog")
    ax1.set_ylabel("warm latency per request (ms)")
    ax1.axhline(50, color="grey", ls=":", lw=1)
    ax1.legend()
    ax1.set_title("Check-in latency (one warm process)")
    ax2.plot(cards, [r["aligned_all"] for r in rows], marker="o", label="aligned")
    ax2.plot(cards, [r["misroute_rate"] for r in rows], marker="o", label="misroute")
    ax2.set_xscale("log")
    ax2.set_ylim(0, 1.05)
    ax2.set_xlabel("checkpoints in the catalog")
    ax2.legend()
    rate = ingest_report.get("cards", 0) / max(ingest_report.get("seconds", 1e-9), 1e-9)
    ax2.set_title(f"accuracy vs gold; ingest {rate:.0f} cards/s")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def run(sizes: tuple[int, ...] = SIZES, work: Path = DEFAULT_WORK, n_cases: int = 150,
        seed: int = 0, out: Path | None = None, threads: int = 1, progress: bool = True) -> dict:
    import torch

    torch.set_num_threads(threads)
    out = out or paths.PROJECT_ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    cases = write_set(work, sizes, n_cases, seed)
    reports = {}
    for n in sizes:
        print(f"ingest {n:,} cards ...", file=sys.stderr, flush=True)
        reports[n] = ingest(work, n, progress)
    rows = []
    for n in sizes:
        m = measure(work, n, cases)
        rows.append(summarise(m, score(work, n, cases, m["decisions"])))
        if n <= BASELINE_UP_TO:
            rows[-1]["whole_catalog"] = _baseline(work, n, cases, m["decisions"])
        print(_row_text(rows[-1]), flush=True)
    largest = reports[max(sizes)]
    result = {"sizes": rows, "requests": len(cases), "ingest": {str(n): _ingest_summary(r)
                                                               for n, r in reports.items()},
              "threads": threads, "load_average": os.getloadavg()[0],
              "note": "latency from one warm process; 2 CPUs shared with other work"}
    (out / "select_scale.json").write_text(json.dumps(result, indent=1))
    plot(rows, largest, out / "select_scale.png")
    print(_ingest_text(max(sizes), largest))
    return result


def _baseline(work: Path, n: int, cases: list[dict], narrowed: list[dict]) -> dict:
    """The same requests with narrowing off: latency, and whether any decision differs."""
    m = measure(work, n, cases, narrow=False)
    strip = [{k: v for k, v in d.items() if k != "latency_ms"} for d in m["decisions"]]
    same = strip == [{k: v for k, v in d.items() if k != "latency_ms"} for d in narrowed]
    lat = m["latencies_ms"]
    return {"p50_ms": round(percentile(lat, 0.5), 2), "p95_ms": round(percentile(lat, 0.95), 2),
            "mean_ms": round(statistics.fmean(lat), 2), "same_decisions": same}


def _ingest_summary(r: dict) -> dict:
    return {k: r.get(k) for k in ("cards", "embedded", "embed_dtype", "seconds", "seconds_embed",
                                  "seconds_model_load", "seconds_open", "reused")}


def _row_text(r: dict) -> str:
    return (f"{r['cards']:>7,} cards ({r['families']:,} families): p50 {r['p50_ms']:.1f} ms  "
            f"p95 {r['p95_ms']:.1f} ms  mean {r['mean_ms']:.1f} ms  max {r['max_ms']:.1f} ms  | "
            f"families to the reasoner: median {r['families_to_reasoner_median']}, max "
            f"{r['families_to_reasoner_max']}  | aligned {r['aligned_all']}  misroute "
            f"{r['misroute_rate']}  (select {r.get('select')}, clarify {r.get('clarify')}, none "
            f"{r.get('none')}, multi {r.get('multi')})  | selector built in {r['selector_build_s']} s"
            + _baseline_text(r.get("whole_catalog")))


def _baseline_text(b: dict | None) -> str:
    if not b:
        return ""
    return (f"\n         whole catalog to the reasoner (no narrowing): p50 {b['p50_ms']:.1f} ms  p95 "
            f"{b['p95_ms']:.1f} ms  mean {b['mean_ms']:.1f} ms; same decisions: {b['same_decisions']}")


def _ingest_text(n: int, r: dict) -> str:
    if not r.get("embedded"):
        return f"ingest of {n:,} cards: nothing embedded (no ingest timing in the database)"
    when = " (an earlier run's ingest, reused)" if r.get("reused") else ""
    return (f"ingest of {n:,} cards{when}: {r['seconds']:.0f} s ({r['cards'] / r['seconds']:.0f} cards/s; "
            f"embedding {r['seconds_embed']:.0f} s for {r['embedded']:,} cards, {r['embed_dtype']}, "
            f"+ {r['seconds_model_load']:.1f} s loading MiniLM)")


def cmd_bench_select_scale(args) -> int:
    sizes = tuple(sorted(set(args.sizes)))
    if not sizes or min(sizes) < 10:
        raise PersonalQError("--sizes must be numbers of cards, each at least 10", "e.g. --sizes 1000 10000")
    run(sizes, args.work, args.requests, args.seed, args.out, args.threads, not args.no_progress)
    return 0
