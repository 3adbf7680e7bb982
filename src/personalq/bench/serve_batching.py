"""`personalq bench serve --batching`: throughput of the service drawing waiting requests as one
batch (`serve --max-batch N`: the same checkpoint(s), then other checkpoints in a mixed batch:
LoRAs, full-precision DreamBooths, the base) against one request at a time (`--max-batch 1`), and
against batching only identical requests (`--no-mix`) and against mixing LoRAs and the base only
(`--no-mix-dreambooth`), at concurrency 8 and 32, on the same
request mix, in one run. Also the cost of one pipeline call by batch size (where batching's gain
comes from), and the machine's load average before and after each run (figures on a shared
machine move with it).

Each (concurrency, mode) pair is a fresh service on loopback (real HTTP, real queue), warmed
with one request per checkpoint first so that every side starts with the same resident cache;
the four modes of a concurrency run in mirrored order over the two halves of the mix (b1, same,
mixed, mixed-lora, then the reverse), so that a load that drifts on the shared machine weighs on
each alike.
Figures: throughput, p50/p95 latency, mean batch size, failed / lost / duplicated; printed and
written to benchmarks/results/serve_batching.json with a bar plot serve_batching.png.
"""

from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

from personalq import paths
from personalq.diffusion.generate import generate_batch
from personalq.bench.serve_bench import (RESULTS_DIR, load_at, make_tiny_world, percentile,
                                         request_mix)
from personalq.serve.api import create_app
from personalq.serve.config import ServeConfig
from personalq.serve.live import LiveServer

CONCURRENCY = (8, 32)
TARGET_SPEEDUP_AT_8 = 1.5


def _world(args, root: Path) -> tuple[Path | None, Path, str]:
    world = (paths.WORLD_BASE_DIR / "model_index.json").is_file() and paths.WORLD_REPO_DIR.is_dir()
    if getattr(args, "repo", None):
        return args.base, args.repo, f"repository {args.repo}"
    if world and not args.tiny:
        return paths.WORLD_BASE_DIR, paths.WORLD_REPO_DIR, "model world (models/)"
    base, repo = make_tiny_world(root)
    return base, repo, "tiny random SD1.5-shaped pipelines (figures from random weights)"


# (max batch, mix checkpoints, mix DreamBooths): one at a time; identical requests only;
# mixed batches (the default: LoRAs, DreamBooths, the base); LoRAs and the base only
# (serve --no-mix-dreambooth)
MODES = {"b1": (1, False, False), "same": (None, False, False), "mixed": (None, True, True),
         "mixed-lora": (None, True, False)}


def warmed_service(base, repo, root: Path, mix: list[str], concurrency: int, max_batch: int,
                   steps: int, size: str | None, mix_checkpoints: bool = True,
                   mix_dreambooth: bool = True):
    """A fresh service at `max_batch` with every checkpoint of the mix resident (its app)."""
    config = ServeConfig(repo=repo, base_dir=base,
                         upload_dir=root / (f"up-{concurrency}-{max_batch}-{mix_checkpoints}"
                                            f"-{mix_dreambooth}"),
                         queue_size=max(64, 4 * concurrency), workers=1, api_key="",
                         default_steps=steps, request_timeout_s=600, max_batch=max_batch,
                         mix_checkpoints=mix_checkpoints, mix_dreambooth=mix_dreambooth)
    app = create_app(config)
    for checkpoint in sorted(set(mix)):
        ids = [] if checkpoint == "none" else [checkpoint]
        app.state.service.submit_generation("warm-up", ids, seed=0, steps=steps,
                                            size=size).wait(600)
    return app


def run_part(live: LiveServer, part: list[str], concurrency: int, steps: int,
             size: str | None, label: str) -> dict:
    """One stretch of the mix against a live service: load_at's figures, the load average
    before/after and the sizes of the batches it drew."""
    queue = live.app.state.service.gen_queue
    before = len(queue.batches)
    load_before = os.getloadavg()[0]
    result = load_at(live.url, live.app, part, concurrency, steps, size, label)
    result["load_average"] = [round(load_before, 2), round(os.getloadavg()[0], 2)]
    result["batch_sizes"] = queue.batches[before:]
    return result


def merged(parts: list[dict]) -> dict:
    """The figures of one service over its stretches of the mix, as one run."""
    latencies = [x for p in parts for x in p["latencies_s"]]
    requests = sum(p["requests"] for p in parts)
    sizes = [n for p in parts for n in p["batch_sizes"]]
    calls = len(sizes) + requests - sum(sizes)  # batched calls + jobs drawn alone
    ok = sum(p["throughput_rps"] * p["wall_s"] for p in parts)
    wall = sum(p["wall_s"] for p in parts)
    return {"requests": requests, "wall_s": wall, "throughput_rps": ok / wall,
            "latency_p50_ms": percentile(latencies, 50) * 1000,
            "latency_p95_ms": percentile(latencies, 95) * 1000,
            "failed": sum(p["failed"] for p in parts), "lost": sum(p["lost"] for p in parts),
            "duplicated": sum(p["duplicated"] for p in parts),
            "mean_batch": requests / max(1, calls), "batches": len(sizes),
            "load_average": [parts[0]["load_average"][0], parts[-1]["load_average"][1]],
            "load_average_parts": [p["load_average"] for p in parts]}


def measure_concurrency(base, repo, root: Path, mix: list[str], concurrency: int,
                        max_batch: int, steps: int, size: str | None) -> dict[str, dict]:
    """Every mode at `concurrency`, each on its own warmed service, run in mirrored order over
    the two halves of the mix (b1, same, mixed, mixed-lora on the first half; the reverse on the
    second):
    a load that drifts during the run weighs on every mode alike (the machine is shared)."""
    half = len(mix) // 2
    parts: dict[str, list[dict]] = {mode: [] for mode in MODES}
    with ExitStack() as stack:
        lives = {mode: stack.enter_context(LiveServer(warmed_service(
            base, repo, root, mix, concurrency, b or max_batch, steps, size, mixed, dreambooth)))
            for mode, (b, mixed, dreambooth) in MODES.items()}  # stopping one closes its service
        for stretch, order in ((mix[:half], list(MODES)), (mix[half:], list(MODES)[::-1])):
            for mode in order:
                parts[mode].append(run_part(lives[mode], stretch, concurrency, steps, size,
                                            f"c{concurrency} {mode}"))
    return {f"c{concurrency}_{mode}": merged(parts[mode]) for mode in MODES}


def run_batching(args) -> int:
    import torch

    torch.set_num_threads(1)
    out_dir = Path(args.out) if args.out else RESULTS_DIR
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pq-bench-batch-") as tmp:
        root = Path(tmp)
        os.environ["PERSONALQ_HOME"] = str(root / "home")
        base, repo, source = _world(args, root)
        ids = [c.id for c in create_app(ServeConfig(repo=repo, base_dir=base, api_key="",
                                                    upload_dir=root / "ids")
                                        ).state.service.store.cards()
               if c.path and (c.format or "") in ("lora", "dreambooth")]
        mix = request_mix(ids, args.requests)
        print(f"bench serve --batching: {source}; {len(ids)} checkpoints + base; {args.requests} "
              f"requests per run, {args.steps} steps, max batch {args.max_batch} vs 1", flush=True)
        call_cost = pipeline_call_cost(base, repo, root, args.steps, args.max_batch)
        runs = {}
        for c in CONCURRENCY:
            runs.update(measure_concurrency(base, repo, root, mix, c, args.max_batch,
                                            args.steps, args.size))
    report = build_report(runs, args, source)
    report["pipeline_call_s"] = call_cost
    print_report(report)
    write_outputs(report, out_dir)
    return 0


def pipeline_call_cost(base, repo, root: Path, steps: int, max_batch: int) -> dict:
    """Seconds of one pipeline call on the base by batch size (median of 5): how much of a
    request's time a batch shares."""
    service = create_app(ServeConfig(repo=repo, base_dir=base, api_key="",
                                     upload_dir=root / "cost")).state.service
    pipe = service.cache.base()
    out = {}
    for n in sorted({1, 2, 4, max_batch}):
        times = []
        for rep in range(6):
            t0 = time.perf_counter()
            generate_batch(pipe, ["a photo"] * n, list(range(n)), steps=steps)
            times.append(time.perf_counter() - t0)
        out[str(n)] = statistics.median(times[1:])
    service.close()
    return out


def _speedup(runs: dict, mode: str) -> dict:
    return {str(c): runs[f"c{c}_{mode}"]["throughput_rps"]
            / max(runs[f"c{c}_b1"]["throughput_rps"], 1e-9) for c in CONCURRENCY}


def build_report(runs: dict, args, source: str) -> dict:
    speedup = _speedup(runs, "mixed")
    clean = all(r["failed"] + r["lost"] + r["duplicated"] == 0 for r in runs.values())
    return {"source": source, "requests": args.requests, "steps": args.steps,
            "max_batch": args.max_batch, "runs": runs, "speedup": speedup,
            "speedup_same_checkpoint_only": _speedup(runs, "same"),
            "speedup_mixed_lora_only": _speedup(runs, "mixed-lora"),
            "bar": {"batched_1.5x_at_concurrency_8": speedup["8"] >= TARGET_SPEEDUP_AT_8,
                    "zero_failed_lost_duplicated": clean}}


def print_report(report: dict) -> None:
    print(f"\n{'run':16s} {'req/s':>7s} {'p50 ms':>8s} {'p95 ms':>8s} {'mean batch':>10s} "
          f"{'failed/lost/dup':>16s} {'load avg before/after':>22s}")
    for name, r in report["runs"].items():
        print(f"{name:16s} {r['throughput_rps']:7.2f} {r['latency_p50_ms']:8.0f} "
              f"{r['latency_p95_ms']:8.0f} {r['mean_batch']:10.2f} "
              f"{r['failed']:>6d}/{r['lost']}/{r['duplicated']:<9d}"
              f"{r['load_average'][0]:>13.2f} / {r['load_average'][1]:.2f}")
    cost = report.get("pipeline_call_s", {})
    if cost:
        print("one pipeline call on the base: " + ", ".join(
            f"{n} image(s) {s * 1000:.0f} ms" for n, s in cost.items()))
    for c, s in report["speedup"].items():
        same = report["speedup_same_checkpoint_only"][c]
        lora = report["speedup_mixed_lora_only"][c]
        print(f"throughput, max batch {report['max_batch']} vs 1 at concurrency {c}: {s:.2f}x "
              f"(same-checkpoint batches only: {same:.2f}x; DreamBooths kept out of mixed "
              f"batches: {lora:.2f}x)"
              + (f" (target >= {TARGET_SPEEDUP_AT_8}x)" if c == "8" else ""))
    print("bar: " + ", ".join(f"{k}={'PASS' if v else 'FAIL'}" for k, v in report["bar"].items()))


def write_outputs(report: dict, out_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    (out_dir / "serve_batching.json").write_text(json.dumps(report, indent=1) + "\n")
    fig, ax = plt.subplots(figsize=(5, 3.2))
    labels = {"b1": "max batch 1", "same": f"max batch {report['max_batch']}, same checkpoint",
              "mixed": f"max batch {report['max_batch']}, mixed checkpoints",
              "mixed-lora": f"max batch {report['max_batch']}, mixed LoRAs + base only"}
    for i, mode in enumerate(MODES):
        values = [report["runs"][f"c{c}_{mode}"]["throughput_rps"] for c in CONCURRENCY]
        ax.bar([x + 0.2 * i for x in range(len(CONCURRENCY))], values, width=0.19,
               label=labels[mode])
    ax.set_xticks([x + 0.3 for x in range(len(CONCURRENCY))], [f"concurrency {c}" for c in CONCURRENCY])
    ax.set_ylabel("requests / s")
    ax.set_title(f"bench serve --batching ({report['source'].split(' (')[0]})", fontsize=9)
    ax.legend(fontsize=7)
    fig.tight_layout()
    fig.savefig(out_dir / "serve_batching.png", dpi=120)
    plt.close(fig)
    print(f"wrote {out_dir / 'serve_batching.json'} and serve_batching.png")
