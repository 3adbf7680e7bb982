"""`personalq bench select` (the Check-in benchmark, personalq/bench/select_bench.py) and
`personalq bench compose` (subject + style composition, personalq/bench/compose_bench.py)."""

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

    from personalq.bench import compose_bench

    c = benches.add_parser("compose", help="subject + style composition, judge-measured",
                           description=compose_bench.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--samples", type=int, default=12, help="seeds per configuration (default 12)")
    c.add_argument("--pairs", nargs="+", default=None, metavar="SUBJECT+STYLE",
                   help="only these pairs (default: " + ", ".join(
                       f"{a}+{b}" for a, b, _ in compose_bench.PAIRS) + ")")
    c.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    c.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    c.set_defaults(func=compose_bench.cmd_bench_compose)
