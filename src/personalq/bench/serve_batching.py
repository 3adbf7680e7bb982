"""`personalq bench serve --batching`: throughput of the service drawing waiting requests for
the same checkpoint(s) and settings as one batch (`serve --max-batch N`) against one request at
a time (`--max-batch 1`), at concurrency 8 and 32, on the same request mix, in one run.

Each (concurrency, batch) pair is a fresh service on loopback (real HTTP, real queue), warmed
with one request per checkpoint first so that both sides start with the same resident cache.
Figures: throughput, p50/p95 latency, mean batch size, failed / lost / duplicated; printed and
written to benchmarks/results/serve_batching.json with a bar plot serve_batching.png.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from personalq import paths
from personalq.bench.serve_bench import RESULTS_DIR, make_tiny_world, request_mix, run_load
from personalq.serve.api import create_app
from personalq.serve.config import ServeConfig

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


def measure(base, repo, root: Path, mix: list[str], concurrency: int, max_batch: int,
            steps: int, size: str | None) -> dict:
    """One fresh service at `max_batch`, warmed, then the mix at `concurrency`."""
    config = ServeConfig(repo=repo, base_dir=base, upload_dir=root / f"up-{concurrency}-{max_batch}",
                         queue_size=max(64, 4 * concurrency), workers=1, api_key="",
                         default_steps=steps, request_timeout_s=600, max_batch=max_batch)
    app = create_app(config)
    service = app.state.service
    for checkpoint in sorted(set(mix)):  # every checkpoint resident before timing starts
        ids = [] if checkpoint == "none" else [checkpoint]
        service.submit_generation("warm-up", ids, seed=0, steps=steps, size=size).wait(600)
    before = len(service.gen_queue.batches)
    label = f"c{concurrency} batch {max_batch}"
    result = run_load(app, mix, concurrency, steps, size, label)
    sizes = service.gen_queue.batches[before:]
    batched_jobs = sum(sizes)
    result["mean_batch"] = (batched_jobs + (len(mix) - batched_jobs)) / max(
        1, len(sizes) + (len(mix) - batched_jobs))
    result["batches"] = len(sizes)
    service.close()
    return {k: v for k, v in result.items() if k not in ("memory", "latencies_s")}


def run_batching(args) -> int:
    import os

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
        runs = {f"c{c}_b{b}": measure(base, repo, root, mix, c, b, args.steps, args.size)
                for c in CONCURRENCY for b in (1, args.max_batch)}
    report = build_report(runs, args, source)
    print_report(report)
    write_outputs(report, out_dir)
    return 0


def build_report(runs: dict, args, source: str) -> dict:
    speedup = {c: runs[f"c{c}_b{args.max_batch}"]["throughput_rps"]
               / max(runs[f"c{c}_b1"]["throughput_rps"], 1e-9) for c in CONCURRENCY}
    clean = all(r["failed"] + r["lost"] + r["duplicated"] == 0 for r in runs.values())
    return {"source": source, "requests": args.requests, "steps": args.steps,
            "max_batch": args.max_batch, "runs": runs,
            "speedup": {str(c): s for c, s in speedup.items()},
            "bar": {"batched_1.5x_at_concurrency_8": speedup[8] >= TARGET_SPEEDUP_AT_8,
                    "zero_failed_lost_duplicated": clean}}


def print_report(report: dict) -> None:
    print(f"\n{'run':16s} {'req/s':>7s} {'p50 ms':>8s} {'p95 ms':>8s} {'mean batch':>10s} "
          f"{'failed/lost/dup':>16s}")
    for name, r in report["runs"].items():
        print(f"{name:16s} {r['throughput_rps']:7.2f} {r['latency_p50_ms']:8.0f} "
              f"{r['latency_p95_ms']:8.0f} {r['mean_batch']:10.2f} "
              f"{r['failed']:>6d}/{r['lost']}/{r['duplicated']}")
    for c, s in report["speedup"].items():
        print(f"throughput, max batch {report['max_batch']} vs 1 at concurrency {c}: {s:.2f}x"
              + (f" (target >= {TARGET_SPEEDUP_AT_8}x)" if c == "8" else ""))
    print("bar: " + ", ".join(f"{k}={'PASS' if v else 'FAIL'}" for k, v in report["bar"].items()))


def write_outputs(report: dict, out_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    (out_dir / "serve_batching.json").write_text(json.dumps(report, indent=1) + "\n")
    fig, ax = plt.subplots(figsize=(5, 3.2))
    for i, b in enumerate((1, report["max_batch"])):
        values = [report["runs"][f"c{c}_b{b}"]["throughput_rps"] for c in CONCURRENCY]
        ax.bar([x + 0.38 * i for x in range(len(CONCURRENCY))], values, width=0.36,
               label=f"max batch {b}")
    ax.set_xticks([x + 0.19 for x in range(len(CONCURRENCY))], [f"concurrency {c}" for c in CONCURRENCY])
    ax.set_ylabel("requests / s")
    ax.set_title(f"bench serve --batching ({report['source'].split(' (')[0]})", fontsize=9)
    ax.legend()
    fig.tight_layout()
    fig.savefig(out_dir / "serve_batching.png", dpi=120)
    plt.close(fig)
    print(f"wrote {out_dir / 'serve_batching.json'} and serve_batching.png")
