"""`personalq bench select` (the Check-in benchmark); see personalq/bench/select_bench.py."""

from __future__ import annotations

import argparse
from pathlib import Path


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

    from personalq.bench import scale

    s = benches.add_parser("scale", help="SD1.5/SDXL-size UNets (random weights): packed bytes, "
                           "quantize peak RSS, int8 forward speed vs fp32 (writes "
                           "benchmarks/results/scale_cpu.*)", description=scale.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    scale.add_arguments(s)
    s.set_defaults(func=scale.cmd_bench_scale)
