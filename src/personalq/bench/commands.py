"""`personalq bench select` (the Check-in benchmark; personalq/bench/select_bench.py) and
`personalq bench select-scale` (latency and accuracy at 1k-100k cards; select_scale.py)."""

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

    from personalq.bench import select_scale

    p = benches.add_parser("select-scale", help="Check-in latency/accuracy at 1k, 10k, 100k cards",
                           description=select_scale.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=list(select_scale.SIZES),
                   help="catalog sizes in cards (default 1000 10000 100000)")
    p.add_argument("--requests", type=int, default=150, help="requests per size (default 150)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work", type=Path, default=select_scale.DEFAULT_WORK,
                   help="where the generated manifests and their catalogs live (reused by later runs)")
    p.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar while embedding")
    p.set_defaults(func=select_scale.cmd_bench_select_scale)
