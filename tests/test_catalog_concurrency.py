"""Two writers at once: processes and threads ingesting the same repository into the same
SQLite file must neither crash ('database is locked') nor leave a half-written catalog."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from catalog_testdata import card, write_lora, write_manifest
from personalq import paths
from personalq.catalog.store import open_repository

WRITER = """
import sys
from personalq.catalog.store import open_repository
for _ in range(int(sys.argv[2])):
    with open_repository(sys.argv[1]) as store:
        assert len(store.cards()) == int(sys.argv[3]), len(store.cards())
        ids, vecs = store.embeddings()
        assert vecs.shape == (len(ids), 384)
print("ok")
"""


@pytest.fixture(autouse=True)
def _home(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))


def assert_consistent(repo: Path, n: int) -> None:
    con = sqlite3.connect(paths.catalog_db_for(repo))
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for table in ("cards", "embeddings", "cards_fts"):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == n, table
    con.close()
    with open_repository(repo) as store:  # the stored state is complete: nothing left to do
        assert store.report.sources_parsed == 0 and store.report.embedded == 0
        assert len(store.cards()) == n


@pytest.mark.slow
def test_two_processes_ingest_the_same_manifest(tmp_path):
    n = 30
    repo = write_manifest(tmp_path / "repo.jsonl", [card(i) for i in range(n)])
    env = dict(os.environ, OMP_NUM_THREADS="1", PERSONALQ_HOME=str(tmp_path / "home"))
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(repo), "3", str(n)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.strip() == "ok" and "locked" not in err
    assert_consistent(repo, n)


def test_threads_write_while_the_folder_changes(tmp_path):
    repo = tmp_path / "repo"
    for i in range(8):
        write_lora(repo / f"c{i}.safetensors", {"modelspec.trigger_phrase": f"<c{i}>",
                                                "modelspec.description": f"concept number {i}"})
    errors: list[BaseException] = []

    def writer():
        try:
            for _ in range(3):
                open_repository(repo).close()
        except BaseException as err:  # collected and asserted below
            errors.append(err)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    write_lora(repo / "late.safetensors", {"modelspec.trigger_phrase": "<late>"})
    for t in threads:
        t.join(timeout=300)
    assert errors == []
    open_repository(repo).close()  # picks up "late" whatever the interleaving was
    assert_consistent(repo, 9)


def test_a_writer_waits_for_another_writers_lock_and_readers_are_not_blocked(tmp_path):
    repo = write_manifest(tmp_path / "repo.jsonl", [card(i) for i in range(3)])
    open_repository(repo).close()
    write_manifest(repo, [card(i) for i in range(5)])
    blocker = sqlite3.connect(paths.catalog_db_for(repo), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # another writer in the middle of its transaction
    done: list = []
    t = threading.Thread(target=lambda: done.append(open_repository(repo).report))
    t.start()
    t.join(timeout=1.5)
    assert t.is_alive() and not done  # waiting for the lock, not failing
    with open_repository(repo, refresh=False) as reader:  # WAL: readers see the last commit
        assert len(reader.cards()) == 3
    blocker.execute("COMMIT")
    blocker.close()
    t.join(timeout=120)
    assert done and done[0].added == 2
    assert_consistent(repo, 5)


def test_a_writer_that_lost_the_race_rescans_instead_of_overwriting(tmp_path, monkeypatch):
    """Writer A scans; while it embeds, writer B sees a new card and commits. A must not write
    its older view over B's: it notices B's commit and redoes its scan on top of it."""
    from personalq.catalog import store as store_mod

    repo = write_manifest(tmp_path / "repo.jsonl", [card(1)])
    real_embed = store_mod._embed
    calls = {"n": 0}

    def embed_while_another_writer_commits(texts, ids, progress):
        calls["n"] += 1
        if calls["n"] == 1:  # A is between its scan and its write: B runs to completion now
            write_manifest(repo, [card(1), card(2)])
            open_repository(repo).close()
        return real_embed(texts, ids, progress)

    monkeypatch.setattr(store_mod, "_embed", embed_while_another_writer_commits)
    with open_repository(repo) as a:
        assert [c.id for c in a.cards()] == ["toy-1", "toy-2"]  # A's scan was redone
    assert calls["n"] == 3  # A's first attempt, B, A's second attempt
    assert_consistent(repo, 2)
