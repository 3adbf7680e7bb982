"""Latency of one LLM rerank call (SmolLM2-135M on a local llama.cpp server) by shortlist size,
against the local reasoner measured in the same run.

    .venv/bin/python benchmarks/llm_rerank_latency.py [--sizes 4 8 16] [--repeats 1]

Writes benchmarks/results/llm_rerank_latency.json and .png. SmolLM2 cannot rank: this measures
the cost of the protocol (prompt size -> prompt evaluation time), and how often its answers pass
validation, not the quality of its choices.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

REQUESTS = [
    "Rufus sniffing flowers in a meadow", "our chihuahua wearing a sombrero",
    "the siamese cat on a bookshelf", "my dog at the beach", "my cat asleep on the sofa",
    "a watercolor of the husky in the snow", "Mochi chasing a butterfly",
    "a red tractor in a field", "a portrait of an astronaut on the moon",
    "the first version of the teddy bear", "my pet in crayon style", "the newest plush toy",
]
OUT = Path(__file__).parent / "results"


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[4, 8, 16])
    parser.add_argument("--repeats", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("PERSONALQ_HOME", tempfile.mkdtemp(prefix="pq-llm-bench-"))

    from personalq import paths
    from personalq.catalog.store import open_repository
    from personalq.checkin.llama_server import run_llama_server
    from personalq.checkin.llm_prompt import build_messages
    from personalq.checkin.llm_rerank import LLMReranker, LLMUnavailable
    from personalq.checkin.select import Selector

    store = open_repository(paths.SAMPLE_REPO)
    local = Selector(store)
    by_id = {c.id: c for c in store.cards()}
    local.select(REQUESTS[0])  # warm
    local_ms = []
    for request in REQUESTS * args.repeats:
        t0 = time.perf_counter()
        local.select(request)
        local_ms.append((time.perf_counter() - t0) * 1000)
    ranked = {r: [h.id for h in local.retriever.search(r)] for r in REQUESTS}

    results = {"cpu_count": os.cpu_count(), "loadavg_1min_start": os.getloadavg()[0],
               "local_reasoner_ms": {"p50": statistics.median(local_ms), "p95": pct(local_ms, 0.95)},
               "sizes": {}}
    t0 = time.perf_counter()
    with run_llama_server() as url:
        results["server_start_s"] = time.perf_counter() - t0
        reranker = LLMReranker(url, "smollm2", timeout_s=300)
        reranker.judge(REQUESTS[0], [by_id[i] for i in ranked[REQUESTS[0]][:2]])  # warm
        for k in args.sizes:
            times, actions, failures, shown = [], {}, [], []
            for request in tqdm(REQUESTS * args.repeats, desc=f"shortlist {k}"):
                shortlist = [by_id[i] for i in ranked[request][:k]]
                shown.append(len(build_messages(request, shortlist)[1]))
                t1 = time.perf_counter()
                try:
                    judgement = reranker.judge(request, shortlist)
                    actions[judgement.action] = actions.get(judgement.action, 0) + 1
                except LLMUnavailable as err:
                    failures.append(err.message[:120])
                times.append((time.perf_counter() - t1) * 1000)
            results["sizes"][k] = {"p50_ms": statistics.median(times), "p95_ms": pct(times, 0.95),
                                   "mean_shown": statistics.mean(shown), "actions": actions,
                                   "invalid_answers": len(failures), "examples": failures[:3]}

    results["loadavg_1min_end"] = os.getloadavg()[0]
    base = results["local_reasoner_ms"]["p50"]
    print(f"{results['cpu_count']} CPUs, 1-min load average {results['loadavg_1min_start']:.1f} at "
          f"start, {results['loadavg_1min_end']:.1f} at end (other jobs slow every figure down)")
    print(f"llama.cpp server start: {results['server_start_s']:.1f} s; "
          f"local reasoner p50 {base:.1f} ms (baseline)")
    print(f"{'shortlist':>9} {'shown':>5} {'p50 ms':>8} {'p95 ms':>8} {'x local':>8} "
          f"{'invalid':>7}  actions")
    for k, r in results["sizes"].items():
        print(f"{k:>9} {r['mean_shown']:>5.1f} {r['p50_ms']:>8.0f} {r['p95_ms']:>8.0f} "
              f"{r['p50_ms'] / base:>8.0f} {r['invalid_answers']:>7}  {r['actions']}")
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "llm_rerank_latency.json").write_text(json.dumps(results, indent=2))
    plot(results, OUT / "llm_rerank_latency.png")


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    sizes = list(results["sizes"])
    fig, ax = plt.subplots(figsize=(5, 3.2))
    ax.plot(sizes, [results["sizes"][k]["p50_ms"] for k in sizes], "o-", label="LLM rerank p50")
    ax.plot(sizes, [results["sizes"][k]["p95_ms"] for k in sizes], "s--", label="LLM rerank p95")
    ax.axhline(results["local_reasoner_ms"]["p50"], color="gray", label="local reasoner p50")
    ax.set_xlabel("shortlist size (cards shown)")
    ax.set_ylabel("ms per request")
    ax.set_yscale("log")
    ax.set_title("SmolLM2-135M via llama.cpp server")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)


if __name__ == "__main__":
    main()
