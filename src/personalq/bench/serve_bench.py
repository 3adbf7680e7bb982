"""`personalq bench serve`: a load test of the real service on loopback.

One run measures, on the same request mix (explicit checkpoint ids drawn from a skewed
distribution over the repository's LoRA and DreamBooth checkpoints, plus the plain base):
- the hot-swap cache (the service as shipped): throughput, client p50/p95 latency, checkpoint
  switch latency (LoRA hot-swap among cached adapters, first loads), failed / lost / duplicated
  jobs, resident memory sampled over the run;
- two baselines, each a fresh service: "reload" (base + checkpoint loaded from disk for every
  request: a stateless server) and "reload-checkpoint" (base kept, checkpoint loaded and dropped
  for every request).
Figures are printed and written to benchmarks/results/serve_bench.json, with two plots:
memory over requests (serve_memory.png) and the latency histograms (serve_latency.png).
The service runs in this process (a uvicorn thread), so the memory figure is the whole
process: server plus load generator.
"""

from __future__ import annotations

import json
import random
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from personalq import paths
from personalq.serve.api import create_app
from personalq.serve.config import ServeConfig
from personalq.serve.live import LiveServer
from personalq.serve.metrics import resident_memory_bytes
from personalq.testing import make_tiny_dreambooth, make_tiny_lora, make_tiny_sd15

RESULTS_DIR = paths.PROJECT_ROOT / "benchmarks" / "results"
TINY_LORAS = 6
TARGET_SWITCH_P50_MS = 50.0
TARGET_SPEEDUP = 3.0
TARGET_MEMORY_DRIFT = 0.10


def make_tiny_world(root: Path) -> tuple[Path, Path]:
    """A tiny SD1.5-shaped base and a folder of LoRAs + one DreamBooth for it."""

    base = make_tiny_sd15(root / "base")
    repo = root / "repo"
    for i in range(TINY_LORAS):
        make_tiny_lora(base, repo / f"concept{i}.safetensors", seed=i + 1)
        (repo / f"concept{i}.card.json").write_text(json.dumps(
            {"name": f"Concept {i}", "class_noun": "toy", "description": f"test concept {i}"}))
    make_tiny_dreambooth(base, repo / "dreamer", seed=9, trigger="<dreamer>")
    return base, repo


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, int(round(q / 100 * (len(ordered) - 1)))))
    return ordered[k]


def request_mix(ids: list[str], n: int, seed: int = 0) -> list[str]:
    """Checkpoint ids for n requests: a few popular checkpoints, a long tail, some base-only."""
    rng = random.Random(seed)
    weights = [1.0 / (rank + 1) for rank in range(len(ids))] + [0.15]
    return rng.choices(ids + ["none"], weights=weights, k=n)


def run_load(app, mix: list[str], concurrency: int, steps: int, size: str | None,
             label: str, sample_every: int = 10) -> dict:
    """Start the app on loopback and fire the requests at it (load_at)."""
    with LiveServer(app) as live:
        return load_at(live.url, app, mix, concurrency, steps, size, label, sample_every)


def load_at(url: str, app, mix: list[str], concurrency: int, steps: int, size: str | None,
            label: str, sample_every: int = 10) -> dict:
    """Fire the requests at the app live at `url`; collect latency, results and memory samples."""
    import httpx
    from tqdm import tqdm

    records: list[dict] = []
    memory: list[tuple[int, int]] = []
    lock = threading.Lock()
    with httpx.Client(base_url=url, timeout=600,
                      limits=httpx.Limits(max_connections=concurrency)) as c:
        memory.append((0, resident_memory_bytes()))
        bar = tqdm(total=len(mix), desc=label, unit="req", leave=False)

        def one(i: int, checkpoint: str) -> None:
            body = {"prompt": f"a photo, request {i}", "checkpoint": checkpoint, "seed": i,
                    "steps": steps, "n": 1}
            if size:
                body["size"] = size
            t0 = time.perf_counter()
            try:
                res = c.post("/v1/images/generations", json=body)
                status, data = res.status_code, (res.json() if res.status_code == 200 else None)
            except httpx.HTTPError as err:
                status, data = 0, {"error": str(err)}
            latency = time.perf_counter() - t0
            info = (data or {}).get("personalq") or {}
            with lock:
                records.append({"i": i, "checkpoint": checkpoint, "status": status,
                                "latency_s": latency, "job": info.get("job"),
                                "images": len((data or {}).get("data") or []),
                                "weights": info.get("weights"), "loaded": info.get("loaded"),
                                "switched": info.get("switched"),
                                "switch_ms": (info.get("timings") or {}).get("switch_ms"),
                                "generate_ms": (info.get("timings") or {}).get("generate_ms")})
                done = len(records)
                if done % sample_every == 0 or done == len(mix):
                    memory.append((done, resident_memory_bytes()))
            bar.update(1)

        t0 = time.perf_counter()
        with ThreadPoolExecutor(concurrency) as pool:
            list(pool.map(lambda args: one(*args), enumerate(mix)))
        wall = time.perf_counter() - t0
        bar.close()
        service = app.state.service
        server_jobs = [j for j in service.gen_queue.jobs() if j.kind == "generate"]
        cache = service.cache.stats()
        batched = service.gen_queue.batched
    return summarize(label, records, memory, wall, server_jobs, cache, batched)


def summarize(label, records, memory, wall, server_jobs, cache, batched) -> dict:
    ok = [r for r in records if r["status"] == 200 and r["images"] == 1]
    job_ids = [r["job"] for r in ok]
    succeeded = {j.id for j in server_jobs if j.status == "succeeded"}
    lora_swaps = [r["switch_ms"] for r in ok if r["weights"] == "lora" and r["switched"]
                  and not r["loaded"]]
    loads = [r["switch_ms"] for r in ok if r["loaded"]]
    latencies = [r["latency_s"] for r in records]
    after = lambda n: next((m for k, m in memory if k >= n), memory[-1][1])  # noqa: E731
    return {
        "label": label, "requests": len(records), "wall_s": wall,
        "throughput_rps": len(ok) / wall if wall else 0.0,
        "latency_p50_ms": percentile(latencies, 50) * 1000,
        "latency_p95_ms": percentile(latencies, 95) * 1000,
        "latency_mean_ms": statistics.fmean(latencies) * 1000 if latencies else float("nan"),
        "failed": len(records) - len(ok),
        "lost": len(set(range(len(records))) - {r["i"] for r in records}) + sum(
            1 for r in ok if r["job"] not in succeeded),
        "duplicated": len(job_ids) - len(set(job_ids)),
        "server_jobs_succeeded": len(succeeded),
        "lora_switches": len(lora_swaps),
        "lora_switch_p50_ms": percentile(lora_swaps, 50),
        "lora_switch_p95_ms": percentile(lora_swaps, 95),
        "checkpoint_loads": len(loads),
        "checkpoint_load_p50_ms": percentile(loads, 50),
        "hits": cache["hits"], "misses": cache["misses"], "disk_loads": cache["loads"],
        "base_loads": cache["base_loads"], "evictions": cache["evictions"],
        "batched_without_switch": batched,
        "rss_after_50_mb": after(50) / 2**20,
        "rss_end_mb": memory[-1][1] / 2**20,
        "memory": memory, "latencies_s": latencies,
    }


def run_bench(args) -> int:
    import torch

    torch.set_num_threads(1)
    out_dir = Path(args.out) if args.out else RESULTS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = tempfile.TemporaryDirectory(prefix="pq-bench-serve-")
    root = Path(tmp.name)
    world = (paths.WORLD_BASE_DIR / "model_index.json").is_file() and paths.WORLD_REPO_DIR.is_dir()
    if getattr(args, "repo", None):
        base, repo = args.base, args.repo
        source = f"repository {repo} on base {base or paths.WORLD_BASE_DIR}"
    elif world and not args.tiny:
        base, repo, source = paths.WORLD_BASE_DIR, paths.WORLD_REPO_DIR, "model world (models/)"
    else:
        base, repo = make_tiny_world(root)
        source = "tiny random SD1.5-shaped pipelines"
    import os

    os.environ["PERSONALQ_HOME"] = str(root / "home")  # a private catalog, nothing left behind

    def config(mode: str) -> ServeConfig:
        return ServeConfig(repo=repo, base_dir=base, upload_dir=root / f"uploads-{mode}",
                           queue_size=max(64, 4 * args.concurrency), workers=1,
                           cache_mode=mode, api_key="", default_steps=args.steps,
                           request_timeout_s=600)

    hot_app = create_app(config("hot"))
    cards = [c for c in hot_app.state.service.store.cards() if c.path]
    ids = [c.id for c in cards if (c.format or "") in ("lora", "dreambooth")] or \
        [c.id for c in cards]
    print(f"bench serve: {source}; {len(ids)} checkpoints "
          f"({sum(1 for c in cards if c.format == 'lora')} LoRA, "
          f"{sum(1 for c in cards if c.format == 'dreambooth')} DreamBooth) + base; "
          f"{args.requests} requests, concurrency {args.concurrency}, {args.steps} steps", flush=True)
    mix = request_mix(ids, args.requests)
    hot = run_load(hot_app, mix, args.concurrency, args.steps, args.size, "hot-swap cache")
    results = {"hot": hot}
    for mode in ("reload", "reload-checkpoint"):
        app = create_app(config(mode))
        results[mode] = run_load(app, mix[: args.reload_requests], args.concurrency, args.steps,
                                 args.size, mode)
    report = build_report(results, args, source)
    print_report(report)
    write_outputs(report, results, out_dir)
    tmp.cleanup()
    return 0


def build_report(results: dict, args, source: str) -> dict:
    hot = results["hot"]
    drift = abs(hot["rss_end_mb"] - hot["rss_after_50_mb"]) / hot["rss_after_50_mb"]
    speedups = {m: hot["throughput_rps"] / results[m]["throughput_rps"]
                for m in ("reload", "reload-checkpoint") if results[m]["throughput_rps"]}
    slim = {k: {kk: vv for kk, vv in v.items() if kk not in ("memory", "latencies_s")}
            for k, v in results.items()}
    return {
        "source": source, "requests": args.requests, "concurrency": args.concurrency,
        "steps": args.steps, "size": args.size, "results": slim,
        "memory_drift": drift, "speedup_vs_reload": speedups.get("reload"),
        "speedup_vs_reload_checkpoint": speedups.get("reload-checkpoint"),
        "bar": {
            "zero_failed_lost_duplicated": all(results[m]["failed"] + results[m]["lost"]
                                               + results[m]["duplicated"] == 0 for m in results),
            "lora_switch_p50_le_50ms": hot["lora_switch_p50_ms"] <= TARGET_SWITCH_P50_MS,
            "memory_within_10pct": drift <= TARGET_MEMORY_DRIFT,
            "cache_3x_reload": (speedups.get("reload") or 0) >= TARGET_SPEEDUP,
        },
    }


def print_report(report: dict) -> None:
    rows = [("", "hot-swap cache", "reload", "reload-checkpoint")]
    r = report["results"]
    fields = [("requests", "requests", "{:.0f}"), ("throughput (req/s)", "throughput_rps", "{:.2f}"),
              ("latency p50 (ms)", "latency_p50_ms", "{:.0f}"),
              ("latency p95 (ms)", "latency_p95_ms", "{:.0f}"),
              ("LoRA hot-swap p50 (ms)", "lora_switch_p50_ms", "{:.1f}"),
              ("LoRA hot-swap p95 (ms)", "lora_switch_p95_ms", "{:.1f}"),
              ("  (switches counted)", "lora_switches", "{:.0f}"),
              ("checkpoint load p50 (ms)", "checkpoint_load_p50_ms", "{:.1f}"),
              ("disk loads (checkpoints)", "disk_loads", "{:.0f}"),
              ("base loads", "base_loads", "{:.0f}"),
              ("cache hits / misses", None, None),
              ("jobs run back-to-back", "batched_without_switch", "{:.0f}"),
              ("failed / lost / duplicated", None, None),
              ("RSS after 50 req (MB)", "rss_after_50_mb", "{:.0f}"),
              ("RSS at end (MB)", "rss_end_mb", "{:.0f}")]
    for name, key, fmt in fields:
        row = [name]
        for mode in ("hot", "reload", "reload-checkpoint"):
            m = r[mode]
            if name.startswith("cache hits"):
                row.append(f"{m['hits']} / {m['misses']}")
            elif name.startswith("failed"):
                row.append(f"{m['failed']} / {m['lost']} / {m['duplicated']}")
            else:
                value = m[key]
                row.append("n/a" if value != value else fmt.format(value))  # NaN -> n/a
        rows.append(tuple(row))
    width = [max(len(str(row[i])) for row in rows) for i in range(4)]
    print()
    for row in rows:
        print("  ".join(str(c).ljust(width[i]) if i == 0 else str(c).rjust(width[i])
                        for i, c in enumerate(row)))
    hot = r["hot"]
    print(f"\nthroughput, cache vs reload-per-request:      {report['speedup_vs_reload']:.2f}x "
          f"(target >= {TARGET_SPEEDUP:.0f}x)")
    print(f"throughput, cache vs reload-checkpoint:       "
          f"{report['speedup_vs_reload_checkpoint']:.2f}x")
    print(f"resident memory after 50 vs after {hot['requests']} requests: "
          f"{hot['rss_after_50_mb']:.0f} -> {hot['rss_end_mb']:.0f} MB "
          f"({report['memory_drift'] * 100:+.1f}%, target within 10%)")
    print("bar: " + ", ".join(f"{k}={'PASS' if v else 'FAIL'}" for k, v in report["bar"].items()))


def write_outputs(report: dict, results: dict, out_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    (out_dir / "serve_bench.json").write_text(json.dumps(report, indent=1))
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for mode, res in results.items():
        xs, ys = zip(*res["memory"])
        ax.plot(xs, [y / 2**20 for y in ys], marker=".", label=mode)
    ax.set_xlabel("requests completed")
    ax.set_ylabel("resident memory (MB)")
    ax.set_title("personalq bench serve: memory over time")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out_dir / "serve_memory.png", dpi=120)
    plt.close(fig)
    fig, ax = plt.subplots(figsize=(6, 3.5))
    for mode, res in results.items():
        ax.hist([v * 1000 for v in res["latencies_s"]], bins=40, alpha=0.6, label=mode)
    ax.set_xlabel("client latency (ms)")
    ax.set_ylabel("requests")
    ax.set_title(f"latency, concurrency {report['concurrency']}")
    ax.legend()
    fig.tight_layout()
    fig.savefig(out_dir / "serve_latency.png", dpi=120)
    plt.close(fig)
    print(f"wrote {out_dir / 'serve_bench.json'}, serve_memory.png, serve_latency.png")
