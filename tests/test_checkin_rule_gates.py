"""A match rule's gate (`when=`) and `named_only=` only skip work: they must never hide a verdict.

The reasoner runs a rule on a word only where its gate holds, and on a family the word does not
name only when the rule is not `named_only` (rules.match_rule). Here every rule runs on every
family a word reaches (gates and flags cleared), on the held-out benchmarks' catalogs and
requests, and each verdict other than KEEP is checked against what the gate and flag promised.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from personalq.catalog.store import open_repository
from personalq.checkin import rules
from personalq.checkin.rules import MATCH_GATES, MATCH_RULES, NAMED_ONLY, Verdict
from personalq.checkin.select import Selector

ROOT = Path(__file__).resolve().parent.parent
SETS = ["heldout14", "heldout22"]


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def _watched(broken: list[str]) -> dict:
    """Each rule wrapped to record a verdict its gate or flag said it could not give."""
    def watch(name, rule, gate):
        def run(index, site, fam_key, strength):
            verdict = rule(index, site, fam_key, strength)
            if verdict != Verdict.KEEP:
                if gate is not None and not gate(index, site):
                    broken.append(f"{name}: {verdict} where its gate is false ({site.tok.text!r})")
                if name in NAMED_ONLY and fam_key not in site.match.named:
                    broken.append(f"{name}: {verdict} on an unnamed family ({site.tok.text!r})")
            return verdict
        return run
    return {name: watch(name, rule, MATCH_GATES.get(name)) for name, rule in MATCH_RULES.items()}


@pytest.mark.parametrize("set_name", SETS)
def test_gates_hide_no_verdict(set_name, monkeypatch):
    folder = ROOT / "benchmarks" / "select" / set_name
    cases = [json.loads(line) for line in open(folder / "cases.jsonl", encoding="utf-8")]
    monkeypatch.setenv("PERSONALQ_TODAY", (folder / "today.txt").read_text().strip())
    broken: list[str] = []
    gates, named_only = dict(MATCH_GATES), set(NAMED_ONLY)
    monkeypatch.setattr(rules, "MATCH_RULES", _watched(broken))
    monkeypatch.setattr("personalq.checkin.evidence.MATCH_RULES", rules.MATCH_RULES)
    monkeypatch.setattr("personalq.checkin.evidence.MATCH_GATES", {})
    monkeypatch.setattr("personalq.checkin.evidence.NAMED_ONLY", set())
    selector = Selector(open_repository(folder / "catalog.jsonl"))
    for case in cases:
        selector.select(case["prompt"])
    assert gates and named_only  # the rules do declare gates and flags
    assert not broken, "\n".join(sorted(set(broken))[:20])
