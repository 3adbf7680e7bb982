"""Write the generated scale catalog and its requests (see personalq/bench/scale_catalog.py).

    python benchmarks/select/generate_large.py OUT_DIR [--cards 100000] [--requests 150] [--seed 0]

writes OUT_DIR/catalog.jsonl and OUT_DIR/cases.jsonl in the format of ../shared/bench/dev (not
committed: 100,000 cards are 36 MB; `personalq bench select-scale` regenerates them itself).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from personalq.bench.scale_catalog import generate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--cards", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=150)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    data = generate(args.cards, args.requests, args.seed)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("catalog.jsonl", data.cards), ("cases.jsonl", data.cases)):
        (args.out / name).write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(data.cards):,} cards, {len(data.cases)} requests -> {args.out}")


if __name__ == "__main__":
    main()
