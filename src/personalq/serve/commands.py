"""`personalq serve` (the HTTP service) and `personalq bench serve` (its load test).

    personalq serve                                 # the embedded repository on 127.0.0.1:8000
    personalq serve --repo my_checkpoints/ --port 9000 --checkpoint-root ~/loras
    PERSONALQ_API_KEY=secret personalq serve        # every /v1 request needs the key
    personalq serve --ray                           # Ray Serve: replicas multiplexed by checkpoint
    personalq quantize models/base --method taq --wbits 8 --abits 4 -o out/base-taq-w8a4
    personalq serve --quantized out/base-taq-w8a4 --quantization taq-w8a4
                                                    # LoRAs drawn on the saved quantized base
    personalq bench serve                           # 300 requests, concurrency 8, on loopback
"""

from __future__ import annotations

import argparse
from pathlib import Path

from personalq.errors import PersonalQError


def register(commands: argparse._SubParsersAction, benches: argparse._SubParsersAction) -> None:
    _add_serve(commands)
    _add_bench_serve(benches)


def _add_serve(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("serve", help="run the HTTP service (API + web page)",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--repo", default=None,
                   help="a JSONL manifest or a folder of checkpoints (default: the embedded one)")
    p.add_argument("--base", default=None, type=Path,
                   help="diffusers base pipeline folder (default: the model world's models/base)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--ray", action="store_true",
                   help="serve with Ray Serve (multiplexed replicas keyed by checkpoint id)")
    p.add_argument("--replicas", type=int, default=1, help="Ray Serve generator replicas")
    p.add_argument("--max-models", type=int, default=4,
                   help="checkpoints each Ray replica keeps resident (max_num_models_per_replica)")
    p.add_argument("--checkpoint-root", action="append", default=[], type=Path, metavar="DIR",
                   help="allow registering checkpoints by path from under DIR (repeatable)")
    p.add_argument("--upload-dir", type=Path, default=None,
                   help="where uploaded checkpoints are kept (default: the state folder)")
    p.add_argument("--max-upload-mb", type=float, default=256)
    p.add_argument("--queue-size", type=int, default=32)
    p.add_argument("--workers", type=int, default=1, help="generation worker threads")
    p.add_argument("--max-batch", type=int, default=8,
                   help="waiting requests for the same checkpoint(s) and settings drawn as one "
                   "batch through the UNet, at most this many (1: one at a time)")
    p.add_argument("--no-mix", "--no-mix-loras", dest="mix_checkpoints", action="store_false",
                   help="batch only requests for the same checkpoint(s); by default requests for "
                   "different LoRAs, full-precision DreamBooths and the base share a batch, each "
                   "row through its own adapter or UNet")
    p.add_argument("--mix-dreambooth", action=argparse.BooleanOptionalAction, default=True,
                   help="full-precision DreamBooth requests ride in mixed batches too, each group "
                   "through its own UNet (default; --no-mix-dreambooth: they batch only with "
                   "identical requests, measured more throughput at concurrency 32, a higher p95)")
    p.add_argument("--batch-wait-ms", type=float, default=15.0,
                   help="under concurrency, a batch that is not full waits up to this long for "
                   "more requests (0: never wait; a lone client never waits)")
    p.add_argument("--timeout", type=float, default=120.0, help="per-request timeout, seconds")
    p.add_argument("--threads", type=int, default=default_threads(),
                   help="torch threads for generation (default: half the CPUs this process may "
                   f"use, at least 1; here {default_threads()}): the rest stay free for HTTP, "
                   "Check-in and image encoding, and threads beyond the free cores of a shared "
                   "machine slow every request down")
    p.add_argument("--cache-mb", type=float, default=512,
                   help="memory budget for cached checkpoints besides the base")
    p.add_argument("--steps", type=int, default=None, help="default denoising steps")
    p.add_argument("--quantization", default=None,
                   help="default quantization: DreamBooth UNets are quantized on load (a method "
                   "the quant module offers, e.g. taq-w8a8), unless a --quantized folder holds "
                   "them saved; LoRA and base requests use a --quantized base at this setting")
    p.add_argument("--quantized", action="append", default=[], type=Path, metavar="DIR",
                   help="a folder written by `personalq quantize` (the base's UNet, or a "
                   "DreamBooth checkpoint's), loaded as saved, packed, when a request asks for "
                   "that quantization (repeatable)")
    p.add_argument("--backend", choices=("local", "llm", "none"), default="local",
                   help="Check-in reasoning backend")
    p.add_argument("--cors", action="store_true", help="allow cross-origin requests (off by default)")
    p.set_defaults(func=cmd_serve)


def _add_bench_serve(benches: argparse._SubParsersAction) -> None:
    b = benches.add_parser("serve", help="load test of the service on loopback",
                           description="Load test: throughput, p50/p95 latency, checkpoint switch "
                           "latency, failures, memory over time; hot-swap cache vs reload.")
    b.add_argument("--requests", type=int, default=300)
    b.add_argument("--concurrency", type=int, default=8)
    b.add_argument("--reload-requests", type=int, default=40,
                   help="requests for each reload-per-request baseline")
    b.add_argument("--steps", type=int, default=2)
    b.add_argument("--size", default=None, help="WIDTHxHEIGHT (default: the base's native size)")
    b.add_argument("--tiny", action="store_true",
                   help="use tiny random pipelines even when the model world is present")
    b.add_argument("--repo", type=Path, default=None,
                   help="a checkpoint folder to load-test (with --base; default: the world's)")
    b.add_argument("--base", type=Path, default=None, help="the base pipeline for --repo")
    b.add_argument("--out", type=Path, default=None,
                   help="results folder (default: benchmarks/results/)")
    b.add_argument("--batching", action="store_true",
                   help="measure batching instead: throughput with --max-batch vs one request at "
                   "a time, at concurrency 8 and 32, --requests each (serve_batching.json)")
    b.add_argument("--max-batch", type=int, default=8, help="batch size measured by --batching")
    b.set_defaults(func=cmd_bench)


def config_from(args) -> "ServeConfig":
    from personalq.serve.config import ServeConfig

    return ServeConfig(
        repo=args.repo, host=args.host, port=args.port, cors=args.cors,
        checkpoint_roots=[r.expanduser().resolve() for r in args.checkpoint_root],
        upload_dir=args.upload_dir, max_upload_bytes=int(args.max_upload_mb * 2**20),
        queue_size=args.queue_size, workers=args.workers, request_timeout_s=args.timeout,
        max_batch=args.max_batch, mix_checkpoints=args.mix_checkpoints,
        mix_dreambooth=args.mix_dreambooth,
        batch_wait_ms=args.batch_wait_ms,
        cache_budget_bytes=int(args.cache_mb * 2**20), base_dir=args.base,
        default_steps=args.steps or ServeConfig.default_steps, quantization=args.quantization,
        quantized=list(args.quantized), backend=args.backend)


def default_threads() -> int:
    """Half the CPUs this process may run on, at least 1."""
    import os

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, (cpus or 2) // 2)


def cmd_serve(args) -> int:
    import torch

    if args.threads < 1:
        raise PersonalQError(f"--threads {args.threads}: give at least 1")
    torch.set_num_threads(args.threads)
    config = config_from(args)
    if args.ray:
        from personalq.serve.ray_app import run_ray

        return run_ray(config, replicas=args.replicas, max_models=args.max_models)
    import uvicorn

    from personalq.serve.api import create_app

    app = create_app(config)
    key = "on" if config.resolved_api_key() else "off"
    print(f"PersonalQ serving {app.state.service.repo_path} on http://{config.host}:{config.port}/"
          f" (API key {key}, CORS {'on' if config.cors else 'off'}, {args.threads} torch "
          f"thread{'s' if args.threads > 1 else ''})", flush=True)
    uvicorn.run(app, host=config.host, port=config.port, log_level="info")
    return 0


def cmd_bench(args) -> int:
    if args.batching:
        from personalq.bench.serve_batching import run_batching

        return run_batching(args)
    from personalq.bench.serve_bench import run_bench

    return run_bench(args)
