#!/usr/bin/env python3
"""Rebuild the heldout13 set (catalog.jsonl, cases.jsonl) from the hand-written data in
catalog_data.py and cases_data.py. Plain Python; the seed only fixes the order of the cases."""
import json
import random
from pathlib import Path

from catalog_data import CARDS
from cases_data import CASES

HERE = Path(__file__).resolve().parent
SEED = 13
KEYS = ("id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
        "description", "tags", "base_model")


def write_catalog() -> None:
    """One manifest card a line, in the DESIGN.md §3 field order."""
    with open(HERE / "catalog.jsonl", "w") as f:
        for card in CARDS:
            f.write(json.dumps(dict(zip(KEYS, card)), ensure_ascii=False) + "\n")


def write_cases() -> None:
    """Cases in a seeded shuffled order, so expect types are interleaved."""
    cases = list(CASES)
    random.Random(SEED).shuffle(cases)
    with open(HERE / "cases.jsonl", "w") as f:
        for prompt, expect, gold in cases:
            f.write(json.dumps({"prompt": prompt, "expect": expect, "gold": gold},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    write_catalog()
    write_cases()
