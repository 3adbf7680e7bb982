#!/usr/bin/env python3
"""Check the heldout4 set is well-formed and its gold is consistent by construction.

usage: check.py [SCORER]   (default: shared/bench/score_select.py found above this folder)
Validates the catalog fields, every gold id, that clarify gold is the newest version of distinct
families, that multi gold composes distinct families of one base model, and that the gold itself,
written as decisions in the selection contract's format, scores 1.0 with the project's scorer.
It never runs the selector.
"""
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
          "description", "tags", "base_model"}
EXPECTS = {"select", "clarify", "none", "multi"}


def load(name):
    return [json.loads(l) for l in open(HERE / name) if l.strip()]


def check_catalog(cards, today):
    errs, by_id, fams = [], {}, {}
    for c in cards:
        if set(c) != FIELDS:
            errs.append(f"{c.get('id')}: fields {sorted(set(c) ^ FIELDS)}")
        if c["kind"] not in ("subject", "style", "concept"):
            errs.append(f"{c['id']}: kind {c['kind']}")
        if c["base_model"] not in ("sd15", "sdxl"):
            errs.append(f"{c['id']}: base_model {c['base_model']}")
        if c["created_at"] > today:
            errs.append(f"{c['id']}: created after today")
        if c["id"] in by_id:
            errs.append(f"duplicate id {c['id']}")
        by_id[c["id"]] = c
        fams.setdefault(c["family"], []).append(c)
    for f, vs in fams.items():
        nums = sorted(v["version"] for v in vs)
        if nums != list(range(1, len(vs) + 1)):
            errs.append(f"family {f}: versions {nums}")
        dated = sorted(vs, key=lambda v: v["version"])
        if [v["created_at"] for v in dated] != sorted(v["created_at"] for v in vs):
            errs.append(f"family {f}: dates not increasing with version")
    newest = {f: max(vs, key=lambda v: v["version"])["id"] for f, vs in fams.items()}
    return errs, by_id, newest


def check_case(i, c, by_id, newest):
    e, gold = c.get("expect"), c.get("gold")
    if e not in EXPECTS or set(c) != {"prompt", "expect", "gold"}:
        return [f"case {i}: bad shape {c}"]
    errs = [f"case {i}: unknown id {g}" for g in gold if g not in by_id]
    if errs:
        return errs
    fams = [by_id[g]["family"] for g in gold]
    if e == "select" and len(gold) != 1:
        errs.append(f"case {i}: select gold must be one id")
    if e == "none" and gold:
        errs.append(f"case {i}: none gold must be []")
    if e in ("clarify", "multi") and (len(gold) < 2 or len(set(fams)) != len(fams)):
        errs.append(f"case {i}: {e} gold needs >= 2 distinct families")
    if e == "clarify" and any(newest[f] != g for f, g in zip(fams, gold)):
        errs.append(f"case {i}: clarify gold must be each family's newest version")
    if e == "multi" and len({by_id[g]["base_model"] for g in gold}) != 1:
        errs.append(f"case {i}: multi gold mixes base models")
    return errs


def gold_decision(c):
    """The decision a perfect selector returns, in the contract's format (DESIGN.md §4)."""
    d = {"action": "none", "checkpoint": None, "checkpoints": [], "options": [], "question": None}
    if c["expect"] in ("select", "multi"):
        d.update(action="select", checkpoint=c["gold"][0], checkpoints=list(c["gold"]))
    elif c["expect"] == "clarify":
        d.update(action="clarify", options=list(c["gold"]), question="Which one?")
    return d


def find_scorer():
    for up in [HERE, *HERE.parents]:
        p = up / "shared" / "bench" / "score_select.py"
        if p.exists():
            return p
    sys.exit("score_select.py not found: pass its path")


def main():
    today = (HERE / "today.txt").read_text().strip()
    cards, cases = load("catalog.jsonl"), load("cases.jsonl")
    errs, by_id, newest = check_catalog(cards, today)
    for i, c in enumerate(cases, 1):
        errs += check_case(i, c, by_id, newest)
    counts = {e: sum(c["expect"] == e for c in cases) for e in sorted(EXPECTS)}
    print(f"catalog: {len(cards)} cards, {len(newest)} families; cases: {len(cases)} {counts}")
    if len(cards) < 55 or len(cases) < 140 or min(counts.values()) < 0.12 * len(cases):
        errs.append(f"counts too small: {len(cards)} cards, {len(cases)} cases {counts}")
    for e in errs:
        print("ERROR", e)
    scorer = Path(sys.argv[1]) if len(sys.argv) > 1 else find_scorer()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for c in cases:
            f.write(json.dumps(gold_decision(c)) + "\n")
    out = subprocess.run([sys.executable, str(scorer), str(HERE / "catalog.jsonl"),
                          str(HERE / "cases.jsonl"), f.name, "--json"],
                         capture_output=True, text=True, check=True).stdout.strip()
    print("gold as decisions, scored:", out)
    res = json.loads(out)
    perfect = all(res[k] == 1.0 for k in counts) and res["misroute_rate"] == 0.0
    if errs or not perfect:
        sys.exit("heldout4 check FAILED")
    print("heldout4 check OK")


if __name__ == "__main__":
    main()
