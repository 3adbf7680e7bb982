"""`personalq bench quant` (filled in below)."""
from __future__ import annotations


def run_bench(args) -> int:
    raise NotImplementedError
