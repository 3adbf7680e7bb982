#!/usr/bin/env python3
"""Check the heldout93 set is well-formed and its gold is consistent by construction
(../check_set.py: fields, gold ids, clarify/multi gold, and the gold scoring 1.0).

usage: check.py [SCORER]   (default: shared/bench/score_select.py found above this folder)
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from check_set import check_set  # noqa: E402

if __name__ == "__main__":
    check_set(HERE, Path(sys.argv[1]) if len(sys.argv) > 1 else None, min_cards=55, min_cases=180, min_share=0.12)
