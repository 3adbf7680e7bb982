"""`personalq bench select` (the Check-in benchmark; personalq/bench/select_bench.py) and
`personalq bench taq` (TAQ paired with fp32; personalq/bench/taq_paired.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from personalq import paths


def register(commands: argparse._SubParsersAction, benches: argparse._SubParsersAction) -> None:
    from personalq.bench import select_bench

    p = benches.add_parser("select", help="Check-in accuracy, misroutes, asks, latency, ingest",
                           description=select_bench.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--set", default="dev",
                   help="dev: ../shared/bench/dev; large: benchmarks/select; or a folder holding "
                        "catalog.jsonl + cases.jsonl (default dev)")
    p.add_argument("--shared", type=Path, default=None,
                   help="the shared folder holding bench/score_select.py (default PROJECT_ROOT/../shared)")
    p.add_argument("--limit", type=int, default=None, help="only the first N requests (quick runs)")
    p.add_argument("--configs", nargs="+", choices=list(select_bench.CONFIGS), default=None,
                   help="which configurations to run (default: all four)")
    p.add_argument("--sweep", type=int, default=8,
                   help="ask_threshold values swept for the default config (0 = no sweep)")
    p.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    p.set_defaults(func=select_bench.cmd_bench_select)
    _register_taq(benches)


def _cmd_bench_taq(args) -> int:
    from personalq.bench.taq_paired import cmd_bench_taq  # torch only when it runs

    return cmd_bench_taq(args)


def _register_taq(benches: argparse._SubParsersAction) -> None:
    b = benches.add_parser(
        "taq", help="TAQ vs plain calibration paired with fp32: per-sample PSNR with CI, judge "
        "distance, layer and latent error (writes benchmarks/results/taq_paired.*)")
    b.add_argument("--samples", type=int, default=64, help="images per method (default 64)")
    b.add_argument("--steps", type=int, default=None, help="denoising steps (default 10)")
    b.add_argument("--settings", default="W8A8,W8A4", help="comma-separated (default W8A8,W8A4)")
    b.add_argument("--methods", default=None,
                   help="methods that generate images (default: qdiffusion,textkv,taq,taq_log2)")
    b.add_argument("--layer-methods", default=None,
                   help="methods measured per attn2 layer (default: every TAQ ablation)")
    b.add_argument("--layer-prompts", type=int, default=4, help="trigger prompts for layer errors")
    b.add_argument("--layer-timesteps", type=int, default=4, help="timesteps for layer errors")
    b.add_argument("--perturb", type=float, default=1e-5,
                   help="rerun --perturb-methods at W8A4 with the initial latents moved this "
                   "much (0: skip); shows which figures are stable")
    b.add_argument("--perturb-methods", default="qdiffusion,taq")
    b.add_argument("--calib-prompts", type=int, default=32)
    b.add_argument("--calib-timesteps", type=int, default=10)
    b.add_argument("--concept", default="bruno", help="world concept (default bruno, DreamBooth)")
    b.add_argument("--threads", type=int, default=1, help="torch threads (the CPU is shared)")
    b.add_argument("--out", type=Path, default=paths.PROJECT_ROOT / "benchmarks" / "results")
    b.set_defaults(func=_cmd_bench_taq)
