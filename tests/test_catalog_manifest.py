"""Manifest repositories: ingest, bad lines, duplicates, incremental re-scan, BM25, embeddings."""

from __future__ import annotations

import json
import os
import sqlite3

import numpy as np
import pytest

from catalog_testdata import card, write_manifest
from personalq import paths
from personalq.catalog.store import fts_query, open_repository
from personalq.errors import PersonalQError


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def test_manifest_ingest_cards_fts_and_embeddings(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [
        card(1, name="Bruno", class_noun="teddy bear", description="A brown plush teddy bear"),
        card(2, name="Kiki", class_noun="dog", description="A tiny chihuahua with huge ears"),
        card(3, name="Blueprint", kind="style", description="Technical blueprint drawing style"),
    ])
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["toy-1", "toy-2", "toy-3"]
        assert store.get("toy-2").name == "Kiki"
        assert store.report.cards == 3 and store.report.embedded == 3
        ids, vecs = store.embeddings()
        assert ids == ["toy-1", "toy-2", "toy-3"]
        assert vecs.shape == (3, 384) and vecs.dtype == np.float32
        assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-4)
        hits = store.bm25("my chihuahua at the beach")
        assert hits[0][0] == "toy-2" and hits[0][1] > 0
        scores = [s for _, s in store.bm25("toy")]
        assert scores == sorted(scores, reverse=True)  # higher is better
        # the dense vectors mean something: the chihuahua card is closest to a dog request
        from personalq.embed import encode

        q = encode(["a small dog with big ears"])[0]
        assert ids[int(np.argmax(vecs @ q))] == "toy-2"
    db = paths.catalog_db_for(repo)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("SELECT count(*) FROM embeddings").fetchone()[0] == 3


@pytest.mark.parametrize("query", [
    '"', '""unbalanced', "<rex-v2>", "rex-v2", "OR", "NOT", "AND NOT OR", "NEAR(a b)", "a NEAR b",
    "*", "toy*", "^start", "col:value", "name:Bruno", "(", ")", "{x}", "'; DROP TABLE cards; --",
    "", "   ", "\x00\x01", "ünïcödé 熊", "-", "+", "a" * 5000, " ".join(["word"] * 500),
])
def test_bm25_never_raises_on_nasty_queries(tmp_path, query):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1, id="toy-rex-v2", name="Rex", trigger="<rex-v2>")])
    with open_repository(repo) as store:
        hits = store.bm25(query)
        assert isinstance(hits, list)
        assert all(isinstance(i, str) and isinstance(s, float) for i, s in hits)


def test_bm25_finds_trigger_like_text_and_hyphenated_ids(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [
        card(1, id="toy-rex-v2", name="Rex", trigger="<rex-v2>", family="rex", version=2),
        card(2, name="Other", description="something else entirely"),
    ])
    with open_repository(repo) as store:
        assert store.bm25("<rex-v2>")[0][0] == "toy-rex-v2"
        assert store.bm25('"Rex" OR NOT')[0][0] == "toy-rex-v2"
        assert store.bm25("zzzz-unknown") == []
    assert fts_query('a "b" NEAR(c) b') == '"a" OR "b" OR "near" OR "c"'  # every term quoted, once


def test_malformed_lines_reported_with_line_numbers_rest_ingested(tmp_path):
    lines = [json.dumps(card(1)), "{not json", json.dumps({"id": "no-trigger"}), "",
             json.dumps(card(2, kind="sculpture")), json.dumps(["a", "list"]),
             json.dumps(card(3, id="bad id with spaces")), json.dumps(card(4))]
    repo = tmp_path / "repo.jsonl"
    repo.write_text("\n".join(lines) + "\n")
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["toy-1", "toy-4"]
        bad = {m["line"]: m["error"] for m in store.report.malformed}
        assert sorted(bad) == [2, 3, 5, 6, 7]
        assert "invalid JSON" in bad[2] and "trigger" in bad[3] and "kind" in bad[5]
        assert "repo.jsonl line 2" in store.report.summary()


def test_duplicate_ids_keep_first_and_report_the_line(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [
        card(1, name="First"), card(2), card(1, name="Second copy")])
    with open_repository(repo) as store:
        assert store.get("toy-1").name == "First"
        assert len(store.cards()) == 2
        assert store.report.duplicates == [
            {"id": "toy-1", "origin": "repo.jsonl:3", "kept": "repo.jsonl:1"}]


def test_rescan_reembeds_only_changed_cards(tmp_path):
    cards = [card(i) for i in range(6)]
    repo = write_manifest(tmp_path / "repo.jsonl", cards)
    with open_repository(repo) as store:
        assert store.report.embedded == 6
    with open_repository(repo) as store:  # nothing changed: nothing parsed, nothing embedded
        assert store.report.sources_parsed == 0 and store.report.embedded == 0
    os.utime(repo, ns=(1, 1))  # touched but same content: the sha256 says unchanged
    with open_repository(repo) as store:
        assert store.report.sources_parsed == 0
    cards[2]["description"] = "a completely new description"
    cards[4]["trigger"] = "<renamed>"  # not part of the embedded text: no re-embedding
    del cards[5]
    cards.append(card(9))
    write_manifest(repo, cards)
    with open_repository(repo) as store:
        r = store.report
        assert (r.sources_parsed, r.embedded, r.added, r.removed, r.updated) == (1, 2, 1, 1, 2)
        assert store.get("toy-4").trigger == "<renamed>"
        with pytest.raises(PersonalQError):
            store.get("toy-5")
        ids, vecs = store.embeddings()
        assert ids == [c["id"] for c in cards] and vecs.shape == (6, 384)


def test_refresh_false_uses_existing_database(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1)])
    open_repository(repo).close()
    write_manifest(repo, [card(1), card(2)])
    with open_repository(repo, refresh=False) as store:
        assert [c.id for c in store.cards()] == ["toy-1"]
        assert store.report.cards == 1
    with open_repository(repo) as store:
        assert len(store.cards()) == 2


def test_empty_repositories(tmp_path):
    empty_manifest = tmp_path / "empty.jsonl"
    empty_manifest.write_text("")
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    for repo in (empty_manifest, empty_folder):
        with open_repository(repo) as store:
            assert store.cards() == []
            assert store.bm25("anything") == []
            ids, vecs = store.embeddings()
            assert ids == [] and vecs.shape == (0, 384)
            assert store.report.cards == 0


def test_unknown_repository_and_unknown_id(tmp_path):
    with pytest.raises(PersonalQError) as err:
        open_repository(tmp_path / "missing.jsonl")
    assert "does not exist" in err.value.message and err.value.hint
    not_a_repo = tmp_path / "weights.txt"
    not_a_repo.write_text("x")
    with pytest.raises(PersonalQError):
        open_repository(not_a_repo)
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1)])
    with open_repository(repo) as store, pytest.raises(PersonalQError) as err:
        store.get("toy-99")
    assert err.value.status == 404 and "toy-1" in err.value.hint


def test_relative_card_path_resolved_against_manifest(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1, path="weights/toy1.safetensors")])
    with open_repository(repo) as store:
        assert store.get("toy-1").path == str(tmp_path / "weights" / "toy1.safetensors")


def test_database_from_another_schema_version_is_rebuilt(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(1), card(2)])
    open_repository(repo).close()
    con = sqlite3.connect(paths.catalog_db_for(repo))
    con.execute("UPDATE meta SET value = 'old' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with open_repository(repo) as store:
        assert store.report.sources_parsed == 1 and store.report.embedded == 2
        assert len(store.cards()) == 2


def test_byte_order_mark_and_crlf_lines(tmp_path):
    repo = tmp_path / "repo.jsonl"
    repo.write_bytes(b"\xef\xbb\xbf" + json.dumps(card(1)).encode() + b"\r\n" + json.dumps(card(2)).encode() + b"\r\n")
    with open_repository(repo) as store:
        assert [c.id for c in store.cards()] == ["toy-1", "toy-2"] and store.report.malformed == []


def test_bulk_bf16_card_vectors_match_fp32_query_vectors():
    """Cards may be embedded under bf16 autocast (bulk ingest) while queries are fp32: the two
    must agree, or dense retrieval would drift."""
    from personalq.embed import encode

    texts = ["Biscuit . dog . a big adult golden retriever", "Blueprint . style . technical drawing",
             "x", "a much longer description " * 20]
    a, b = encode(texts), encode(texts, bf16=True)
    assert a.dtype == b.dtype == np.float32
    assert float((a * b).sum(1).min()) > 0.999


def test_card_records_round_trip_as_asdict_wrote_them():
    """to_dict is the manifest record (what dataclasses.asdict gave, field order included, and
    a copy: changing it leaves the card alone); from_record reads it back to an equal card."""
    from dataclasses import asdict

    from personalq.catalog.card import Card

    c = Card.from_dict({"id": "rex-v2", "trigger": "<rex>", "name": "Rex", "tags": ["dog", "pet"],
                        "version": 2, "provenance": {"name": "card.json"}, "path": "/x.safetensors"})
    record = c.to_dict()
    assert record == asdict(c) and list(record) == list(asdict(c))
    record["tags"].append("cat")
    record["provenance"]["x"] = "y"
    assert c.tags == ["dog", "pet"] and c.provenance == {"name": "card.json"}
    assert Card.from_record(c.to_dict()) == c
    assert Card.from_record({**c.to_dict(), "field_of_a_newer_version": 1}) == c
