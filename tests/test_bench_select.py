"""The large selection benchmark is well formed, and `personalq bench select` reports all configs."""

from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from personalq import paths
from personalq.bench import select_ablate, select_bench

LARGE = paths.PROJECT_ROOT / "benchmarks" / "select"
SHARED = select_bench.default_shared()


def read(name: str) -> list[dict]:
    with open(LARGE / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="module")
def catalog() -> list[dict]:
    return read("catalog.jsonl")


@pytest.fixture(scope="module")
def cases() -> list[dict]:
    return read("cases.jsonl")


def test_catalog_scale_and_ids(catalog):
    ids = [c["id"] for c in catalog]
    assert len(ids) >= 1000
    assert len(set(ids)) == len(ids), "duplicate card ids"
    triggers = [c["trigger"] for c in catalog]
    assert len(set(triggers)) == len(triggers), "duplicate triggers"
    for c in catalog:
        assert set(c) >= {"id", "name", "trigger", "class_noun", "kind", "family", "version",
                          "created_at", "description", "tags", "base_model"}
        assert c["kind"] in ("subject", "style")
        assert dt.date.fromisoformat(c["created_at"]) <= dt.date(2026, 11, 24)


def test_many_version_families_and_lookalikes(catalog):
    fams = collections.defaultdict(list)
    for c in catalog:
        fams[c["family"]].append(c)
    big = [f for f, cs in fams.items() if len(cs) >= 30]
    assert len(big) >= 20, f"only {len(big)} families with 30+ versions"
    for f in big:
        cs = sorted(fams[f], key=lambda c: c["version"])
        assert [c["version"] for c in cs] == list(range(1, len(cs) + 1))
        dates = [c["created_at"] for c in cs]
        assert dates == sorted(dates), f"{f}: newer versions must be newer"
        assert len({d[:7] for d in dates}) == len(dates), f"{f}: a month must pick one version"
        assert len({c["description"] for c in cs}) > len(cs) // 2, f"{f}: versions look alike"
    singles = [f for f, cs in fams.items() if len(cs) == 1]
    assert len(singles) >= 50
    kinds = {c["kind"] for c in catalog}
    assert kinds == {"subject", "style"}
    # look-alikes: class nouns shared by several families
    by_class = collections.Counter(c["class_noun"] for c in catalog if c["version"] == 1)
    assert by_class["dog"] >= 10 and by_class["cat"] >= 5 and by_class["teddy bear"] >= 2


def test_cases_counts_and_gold(catalog, cases):
    ids = {c["id"] for c in catalog}
    fam = {c["id"]: c["family"] for c in catalog}
    counts = collections.Counter(c["expect"] for c in cases)
    assert len(cases) >= 500
    assert counts["select"] >= 340 and counts["clarify"] >= 95
    assert counts["none"] >= 50 and counts["multi"] >= 35
    prompts = [c["prompt"].lower() for c in cases]
    assert len(set(prompts)) == len(prompts), "duplicate requests"
    for c in cases:
        assert set(c) == {"prompt", "expect", "gold"}
        assert all(g in ids for g in c["gold"]), c
        if c["expect"] == "select":
            assert len(c["gold"]) == 1
        elif c["expect"] == "clarify":
            assert len({fam[g] for g in c["gold"]}) >= 2, c
        elif c["expect"] == "none":
            assert c["gold"] == []
        elif c["expect"] == "multi":
            assert len({fam[g] for g in c["gold"]}) == 2, c


def test_cases_have_variety(cases):
    """Not one template: many distinct opening words and a spread of cue kinds."""
    openings = collections.Counter(re.sub(r"[^a-z ]", "", c["prompt"].lower()).split()[0]
                                   for c in cases)
    assert len(openings) >= 60
    meta = read("cases_meta.jsonl")
    assert len(meta) == len(cases)
    tags = collections.Counter(m["tag"].split(":")[0] for m in meta)
    for tag in ("typo", "date", "ordinal", "version_number", "appearance", "description", "style"):
        assert tags[tag] >= 20, tag


def test_build_is_reproducible(tmp_path):
    """The committed files are exactly what the seeded generator writes."""
    proc = subprocess.run([sys.executable, "-c",
                           "import sys; sys.path.insert(0, sys.argv[1]); import build; "
                           "from pathlib import Path; build.build(Path(sys.argv[2]))",
                           str(LARGE), str(tmp_path)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    for name in ("catalog.jsonl", "cases.jsonl", "cases_meta.jsonl"):
        assert (tmp_path / name).read_bytes() == (LARGE / name).read_bytes(), name


def test_unknown_set_and_missing_scorer(tmp_path):
    from personalq.errors import PersonalQError

    with pytest.raises(PersonalQError):
        select_bench.locate("nope", SHARED)
    with pytest.raises(PersonalQError, match="scorer"):
        select_bench.locate("dev", tmp_path)
    with pytest.raises(PersonalQError, match="missing"):  # a folder without the two files
        select_bench.locate(str(tmp_path), SHARED)


@pytest.mark.skipif(not (SHARED / "bench" / "score_select.py").is_file(),
                    reason="needs ../shared/bench/score_select.py (the official scorer)")
def test_quick_run_reports_all_configs(tmp_path):
    """A --limit run writes the JSON report with all four configurations. It runs on the dev
    set: ingesting the large catalog embeds 1,069 cards, too slow for a unit test."""
    out = tmp_path / "results"
    proc = subprocess.run([sys.executable, "-m", "personalq.cli", "bench", "select", "--set",
                           "dev", "--limit", "12", "--sweep", "2", "--out", str(out),
                           "--no-progress"], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads((out / "select_dev_limit12.json").read_text())
    assert set(report["configs"]) == set(select_bench.CONFIGS)
    assert report["n_cases"] == 12 and report["n_cards"] >= 20
    for name, r in report["configs"].items():
        assert 0.0 <= r["aligned_all"] <= 1.0 and 0.0 <= r["misroute_rate"] <= 1.0, name
        assert 0.0 <= r["ask_rate"] <= 1.0 and r["p95_ms"] >= r["p50_ms"] > 0.0, name
    assert report["ingest_s"] > 0
    assert [p["ask_threshold"] for p in report["sweep"]] == [0.0, 1.0]
    assert (out / "select_dev_limit12_sweep.png").stat().st_size > 1000
    assert "hybrid+reasoner" in (out / "select_dev_limit12.md").read_text()
    assert "hybrid+reasoner" in proc.stdout


@pytest.mark.skipif(not (SHARED / "bench" / "score_select.py").is_file(),
                    reason="needs ../shared/bench/score_select.py (the official scorer)")
def test_ablation_switches_each_rule_off_on_named_sets(tmp_path):
    """--ablate runs every named rule off on every set given as NAME=CATALOG:CASES and writes
    the table; the probe set's reference day comes from its today.txt."""
    from personalq.checkin.rules import ALL_RULES

    probe = paths.PROJECT_ROOT / "benchmarks" / "select" / "probe"
    out = tmp_path / "results"
    proc = subprocess.run([sys.executable, "-m", "personalq.cli", "bench", "select", "--ablate",
                           "--sets", f"p={probe / 'catalog.jsonl'}:{probe / 'cases.jsonl'}",
                           "--limit", "6", "--out", str(out), "--no-progress"],
                          capture_output=True, text=True, timeout=900,
                          env={**os.environ, "OMP_NUM_THREADS": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    table = json.loads((out / "select_ablation.json").read_text())
    assert set(table) == {"(none off)", *ALL_RULES}
    assert all(set(row) == {"p"} for row in table.values())
    assert "| rule off | moves | p |" in (out / "select_ablation.md").read_text()
    with pytest.raises(Exception, match="not a file"):
        select_bench.locate("x=/nope.jsonl:/nope2.jsonl", SHARED)


@pytest.mark.skipif(not (SHARED / "bench" / "score_select.py").is_file(),
                    reason="needs ../shared/bench/score_select.py (the official scorer)")
def test_ablation_of_only_some_rules(tmp_path, monkeypatch):
    """--rules restricts the ablation to the named rules; an unknown name is one clear error."""
    from personalq.errors import PersonalQError

    monkeypatch.delenv("PERSONALQ_TODAY", raising=False)  # restored after: ablate sets the set's day

    probe = paths.PROJECT_ROOT / "benchmarks" / "select" / "probe"
    with pytest.raises(PersonalQError, match="unknown rule"):
        select_ablate.ablate([str(probe)], SHARED, limit=2, out_dir=tmp_path, rules=["no_such_rule"])
    table = select_ablate.ablate([f"p={probe / 'catalog.jsonl'}:{probe / 'cases.jsonl'}"], SHARED,
                                limit=3, out_dir=tmp_path, rules=["one_of_names_a_set"])
    assert set(table) == {"(none off)", "one_of_names_a_set"}
    assert "| one_of_names_a_set |" in (tmp_path / "select_ablation.md").read_text()


def test_traced_ablation_decides_as_the_full_one(monkeypatch):
    """With a rule off, re-deciding only the requests that looked the rule up gives the same
    decisions as re-deciding every request: for the rules the probe's requests ask about most
    (some only on a few requests) and for rules no request asked about."""
    from personalq.checkin.rules import ALL_RULES
    from personalq.checkin.switches import RuleSwitches

    monkeypatch.delenv("PERSONALQ_TODAY", raising=False)
    probe = paths.PROJECT_ROOT / "benchmarks" / "select" / "probe"
    bench = select_bench.locate(f"p={probe / 'catalog.jsonl'}:{probe / 'cases.jsonl'}", SHARED)
    cases = select_bench.read_jsonl(bench.cases)[:24]
    select_bench.use_reference_day(bench)
    store, _, ingest = select_bench.ingest_fresh(bench.catalog)
    try:
        base = select_ablate.traced_baseline(store, cases)
        counts = collections.Counter(r for asked in base.asked for r in asked
                                     if r in ALL_RULES and r not in base.everywhere)
        assert counts, "no request looked up any rule: the trace records nothing"
        often = [r for r, _ in counts.most_common(3)]
        rarely = [r for r, n in counts.items() if n <= 3][:2]
        never = [r for r in ALL_RULES if r not in counts and r not in base.everywhere][:1]
        for rule in often + rarely + never:
            traced, rerun = select_ablate.decisions_with_rule_off(store, cases, base, rule)
            full, _ = select_ablate.decisions_with_rule_off(store, cases, base, rule, full=True)
            assert _without_latency(traced) == _without_latency(full), rule
            assert rerun == counts.get(rule, 0)
        # rules looked up while the selector is built: every request re-runs only where the
        # selector built with the rule off differs (state_digest); both kinds agree with --full
        alike, differ = [], []
        for rule in sorted(base.everywhere):
            if len(alike) < 2 or not differ:
                built = select_ablate._selector(store, RuleSwitches([rule]), warm=True)
                (alike if select_ablate.built_alike(store, built) else differ).append(rule)
        for rule in alike[:2] + differ[:1]:
            traced, _ = select_ablate.decisions_with_rule_off(store, cases, base, rule)
            full, _ = select_ablate.decisions_with_rule_off(store, cases, base, rule, full=True)
            assert _without_latency(traced) == _without_latency(full), rule
    finally:
        store.close()
        shutil.rmtree(ingest["home"], ignore_errors=True)


def _without_latency(decisions: list[dict]) -> list[dict]:
    return [{k: v for k, v in d.items() if k != "latency_ms"} for d in decisions]


def test_trace_sees_the_rules_the_index_applies():
    """The ablation re-runs a set for a rule the trace saw; the index's own rules
    (features.INDEX_RULES) are looked up while it is built, so the trace must see every one
    (a plain frozenset copy of the switches once hid them: their rows read "moves nothing")."""
    from personalq.checkin.features import INDEX_RULES, CatalogIndex
    from personalq.checkin.switches import RuleSwitches
    from checkin_testdata import subject_card
    from personalq.catalog.card import Card
    off = RuleSwitches()
    off.consulted = set()
    CatalogIndex([Card(**subject_card("ilka", "Ilka", "woman", ["me", "person"], "Me, Ilka, at my hives.")),
                  Card(**subject_card("bodri", "Bodri", "dog", ["pet", "dog"], "Bodri, our puli."))], off)
    assert set(INDEX_RULES) <= off.consulted, sorted(set(INDEX_RULES) - off.consulted)
