"""Check-in at scale: the generated catalog, the narrowing before the reasoner (it must change
no decision), the misspelling index, a cold and a warm process agreeing, and the benchmark."""

from __future__ import annotations

import copy
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from personalq.bench import select_scale
from personalq.bench.scale_catalog import generate
from personalq.catalog.store import open_repository
from personalq.checkin.narrow import Narrower, request_view
from personalq.checkin.reasoner import CatalogIndex
from personalq.checkin.retrieval import Retriever, distinct_rows
from personalq.checkin.select import Selector
from personalq.checkin.text import edit_distance, tokenize
from personalq.embed import encode

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "bench" / "dev"
LARGE = ROOT / "benchmarks" / "select"


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def _decisions(selector: Selector, prompts: list[str]) -> list[dict]:
    out = []
    for prompt in prompts:
        d = selector.select(prompt).to_json()
        d.pop("latency_ms")
        out.append(d)
    return out


LARGE_GAP = pytest.mark.xfail(strict=True, reason=(
    "known gap: with the issue-12 reasoner (word meaning, relations stated in descriptions) "
    "narrowing is not exact: 2 of 588 large-set decisions differ, so Selector narrows only "
    "from NARROW_FROM_CARDS cards (test_small_catalogs_are_not_narrowed)"))


def test_small_catalogs_are_not_narrowed():
    """Below NARROW_FROM_CARDS the reasoner sees every family: decisions are the whole
    catalog's, whatever narrowing would have dropped."""
    store = open_repository(LARGE / "catalog.jsonl")
    assert Selector(store).narrower is None
    assert Selector(store, narrow=True).narrower is not None


@pytest.mark.parametrize("bench", [DEV, pytest.param(LARGE, marks=LARGE_GAP)], ids=["dev", "large"])
def test_narrowing_changes_no_decision(bench):
    if not (bench / "catalog.jsonl").is_file():
        pytest.skip(f"{bench} is not here")
    prompts = [json.loads(line)["prompt"] for line in open(bench / "cases.jsonl") if line.strip()]
    store = open_repository(bench / "catalog.jsonl")
    whole = Selector(store, narrow=False)
    narrowed = Selector(store, narrow=True)
    kept = []
    for prompt, expected in zip(prompts, _decisions(whole, prompts)):
        assert _decisions(narrowed, [prompt]) == [expected], prompt
        kept.append(narrowed.last_candidates)
    assert sorted(kept)[len(kept) // 2] < len(narrowed.index.families)  # it did narrow


def test_request_view_remembers_lookups_for_one_request_only():
    """The per-request view answers every look-up as the index does, asks the index once per
    spelling, and a new request's view starts empty (nothing is carried between requests)."""
    calls = []

    class Counting(CatalogIndex):
        def lookup(self, tok):
            calls.append(tok.low)
            return super().lookup(tok)

    store = open_repository(DEV / "catalog.jsonl")
    index, plain = Counting(store.cards()), CatalogIndex(store.cards())
    toks = tokenize("My dog Biscuit and biscuit, the bisquit on the beach with my dogs")
    view = request_view(index)
    for tok in toks + toks:
        assert view.lookup(tok) == plain.lookup(tok)
    assert len(calls) == len({(t.low, t.stem, t.capitalized) for t in toks}) < 2 * len(toks)
    calls.clear()
    request_view(index).lookup(toks[1])
    assert calls == [toks[1].low]
    assert view.families is index.families and "lookup" not in vars(index)


def test_misspelling_index_finds_every_term_within_two_edits():
    rng = random.Random(3)
    letters = "abcdeilmnorstu"
    vocab = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(4, 9))) for _ in range(3000)})
    index = CatalogIndex([])
    index.fuzzy_vocab = vocab
    narrower = Narrower(index)
    for _ in range(200):
        word = "".join(rng.choice(letters) for _ in range(rng.randint(4, 9)))
        brute = {t for t in vocab if edit_distance(word, t, 2) <= 2}
        assert brute <= narrower.near_terms(word)


def test_generated_catalog_is_seeded_nested_and_varied():
    small, large = generate(2_000, 60, seed=5), generate(6_000, 60, seed=5)
    assert large.cards[:2_000] == small.cards and small.cases == large.cases
    assert generate(2_000, 60, seed=6).cards != small.cards
    kinds = {c["kind"] for c in large.cards}
    assert kinds == {"subject", "style", "concept"}
    assert {"person", "pet", "product", "character"} <= {c["tags"][0] for c in large.cards}
    assert {c["base_model"] for c in large.cards} == {"sd15", "sdxl"}
    assert any(c["version"] >= 4 for c in large.cards)
    ids = {c["id"] for c in large.cards}
    assert len(ids) == len(large.cards)
    for case in large.cases:
        assert set(case["gold"]) <= ids and case["expect"] in ("select", "clarify", "none", "multi")
    assert {c["expect"] for c in large.cases} == {"select", "clarify", "none", "multi"}


def test_a_cold_and_a_warm_process_select_alike(tmp_path):
    """Process 1 builds the SQLite catalog (cold); process 2 opens the same file (warm)."""
    requests = tmp_path / "requests.jsonl"
    prompts = [json.loads(line)["prompt"] for line in open(DEV / "cases.jsonl") if line.strip()]
    requests.write_text("".join(json.dumps({"prompt": p}) + "\n" for p in prompts))
    env = {**os.environ, "PERSONALQ_HOME": str(tmp_path / "shared-home")}
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-m", "personalq.cli", "select", "--repo",
                               str(DEV / "catalog.jsonl"), "--batch", str(requests)],
                              capture_output=True, text=True, check=True, env=env)
        lines = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        for d in lines:
            d.pop("latency_ms")
        runs.append(lines)
    assert len(runs[0]) == len(prompts) and runs[0] == runs[1]
    assert len(list((tmp_path / "shared-home").glob("catalog-*.sqlite"))) == 1  # one file, shared


def test_bench_select_scale_writes_figures(tmp_path):
    result = select_scale.run(sizes=(120, 300), work=tmp_path / "work", n_cases=12, seed=1,
                              out=tmp_path / "out", progress=False)
    assert [r["cards"] for r in result["sizes"]] == [120, 300]
    for row in result["sizes"]:
        assert row["p50_ms"] > 0 and 0 <= row["aligned_all"] <= 1
        assert 0 < row["families_to_reasoner_median"] <= row["families"]
    saved = json.loads((tmp_path / "out" / "select_scale.json").read_text())
    assert saved["ingest"]["300"]["cards"] == 300
    assert (tmp_path / "out" / "select_scale.png").stat().st_size > 1000


def test_dense_scores_come_from_distinct_vectors():
    """Versions sharing their embedded text share one row: the request is compared with the
    distinct vectors only, and every card still gets its own score, as the full product gives."""
    store = open_repository(DEV / "catalog.jsonl")

    ids, full = store.embeddings()
    retriever = Retriever(store)
    assert len(retriever._matrix) == len({row.tobytes() for row in full}) <= len(ids)
    assert np.array_equal(retriever._matrix[retriever._row], full)
    for request in ("my dog on the beach", "a watercolor of a lighthouse"):
        got = retriever.dense_scores(request)
        want = full @ encode([request])[0]
        assert got.shape == (len(ids),) and np.allclose(got, want, atol=1e-6)
    rows, row = distinct_rows(np.array([[1, 0], [0, 1], [1, 0]], dtype=np.float32))
    assert rows.tolist() == [[1, 0], [0, 1]] and row.tolist() == [0, 1, 0]


@pytest.mark.parametrize("bench", [DEV, LARGE], ids=["dev", "large"])
def test_catalog_wide_person_head_answers_as_every_family_does(bench):
    """partitive._plain_person_head_in_catalog reads the words every family says it is, kept
    on the index; it must answer as asking each family of the catalog (the walk it replaces),
    for every word of the benchmark's requests and the plain person nouns; and a view with
    other families (a learned name) must not read the words kept for the index it copies."""
    from personalq.checkin import partitive

    if not (bench / "catalog.jsonl").is_file():
        pytest.skip(f"{bench} is not here")
    index = CatalogIndex(open_repository(bench / "catalog.jsonl").cards())
    texts = [json.loads(line)["prompt"] for line in open(bench / "cases.jsonl") if line.strip()]
    texts.append("the guys, blokes, ladies, lads, fella, nurse, party, people, woman, girls")
    toks = [t for text in texts for t in tokenize(text)]
    pool = list(index.families)
    answers = {t.low: partitive._plain_person_head(index, t, pool, False) for t in toks}
    assert {t.low: partitive._plain_person_head_in_catalog(index, t) for t in toks} == answers
    assert any(answers.values())  # some word is a plain person noun no family calls itself
    word = next(t for t in toks if answers[t.low])
    view = copy.copy(index)  # made after the index kept its words: the copy carries them
    view.families = dict(index.families)
    key = next(iter(view.families))
    view.families[key] = copy.copy(view.families[key])
    view.families[key].naming_words = view.families[key].naming_words | {word.stem}
    assert partitive._plain_person_head(view, word, list(view.families), False) is False
    assert partitive._plain_person_head_in_catalog(view, word) is False
    assert partitive._plain_person_head_in_catalog(index, word) is True


def test_rel_of_remembers_what_it_reads():
    """kinship.rel_of is remembered per word: the same answer as reading the tables again."""
    from personalq.checkin import kinship

    words = "stepdads parents-in-law mamaji nani-ji boy kid sister dog Oma bhabhiji".split()
    for word in words:
        for pointed in (False, True):
            assert kinship.rel_of(word, pointed) == kinship.rel_of.__wrapped__(word, pointed)
