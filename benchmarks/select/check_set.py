#!/usr/bin/env python3
"""Check a held-out selection set is well-formed and its gold is consistent by construction.

usage: check_set.py FOLDER [SCORER]   (default: shared/bench/score_select.py found above FOLDER);
each set's own check.py calls this with its folder and the counts it promises.
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

FIELDS = {"id", "name", "trigger", "class_noun", "kind", "family", "version", "created_at",
          "description", "tags", "base_model"}
EXPECTS = {"select", "clarify", "none", "multi"}


def load(path):
    return [json.loads(l) for l in open(path) if l.strip()]


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


def find_scorer(here):
    for up in [here, *here.parents]:
        p = up / "shared" / "bench" / "score_select.py"
        if p.exists():
            return p
    sys.exit("score_select.py not found: pass its path")


def check_set(here: Path, scorer: Path | None = None, min_cards: int = 0, min_cases: int = 0,
              min_share: float = 0.0) -> None:
    """Validate the set in `here`; exit non-zero with the errors when anything is wrong."""
    today = (here / "today.txt").read_text().strip()
    cards, cases = load(here / "catalog.jsonl"), load(here / "cases.jsonl")
    errs, by_id, newest = check_catalog(cards, today)
    for i, c in enumerate(cases, 1):
        errs += check_case(i, c, by_id, newest)
    counts = {e: sum(c["expect"] == e for c in cases) for e in sorted(EXPECTS)}
    print(f"catalog: {len(cards)} cards, {len(newest)} families; cases: {len(cases)} {counts}")
    if len(cards) < min_cards or len(cases) < min_cases or \
            min(counts.values()) < min_share * len(cases):
        errs.append(f"counts too small: {len(cards)} cards, {len(cases)} cases {counts}")
    for e in errs:
        print("ERROR", e)
    scorer = scorer or find_scorer(here)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for c in cases:
            f.write(json.dumps(gold_decision(c)) + "\n")
    out = subprocess.run([sys.executable, str(scorer), str(here / "catalog.jsonl"),
                          str(here / "cases.jsonl"), f.name, "--json"],
                         capture_output=True, text=True, check=True).stdout.strip()
    print("gold as decisions, scored:", out)
    res = json.loads(out)
    perfect = all(res[k] == 1.0 for k in counts) and res["misroute_rate"] == 0.0
    if errs or not perfect:
        sys.exit(f"{here.name} check FAILED")
    print(f"{here.name} check OK")


if __name__ == "__main__":
    check_set(Path(sys.argv[1]).resolve(), Path(sys.argv[2]) if len(sys.argv) > 2 else None)
