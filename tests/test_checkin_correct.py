"""Corrections (issue 12): the owner names the checkpoint a wrong answer or a "none" should have
been (`Selector.correct`, `personalq select --meant`), and the request's words that point at that
family alone name it from then on. Real SQLite files, invented cards and requests."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from personalq import paths
from personalq.catalog.store import open_repository
from personalq.checkin.select import Selector
from personalq.errors import PersonalQError

CARDS = [
    {"id": "quimby-v1", "name": "Quimby", "trigger": "qmby dog", "class_noun": "dog",
     "kind": "subject", "description": "Quimby, our whippet with a speckled coat.",
     "tags": ["dog", "whippet"]},
    {"id": "tolliver-v1", "name": "Tolliver", "trigger": "tlvr dog", "class_noun": "dog",
     "kind": "subject", "description": "Tolliver, our beagle.", "tags": ["dog", "beagle"]},
    {"id": "harlan-v1", "name": "Harlan", "trigger": "hrln person", "class_noun": "man",
     "kind": "subject", "family": "harlan",
     "description": "Harlan, my father, who lives down the lane.",
     "tags": ["person"]},
    {"id": "harlan-v2", "name": "Harlan", "trigger": "hrln person", "class_noun": "man",
     "kind": "subject", "family": "harlan", "version": 2,
     "description": "Harlan, my father, with a beard.", "tags": ["person"]},
    {"id": "inkwash-v1", "name": "Ink Wash", "trigger": "inkwsh style", "class_noun": "style",
     "kind": "style", "description": "An ink wash painting style.", "tags": ["style", "ink"]},
]
OTHERS = ["Quimby on a gondola", "my dog on a rowboat", "Tolliver asleep on a quilt",
          "Harlan reading a paper", "a lighthouse in ink wash", "a bowl of soup on a table",
          "my father with a beard", "a dog chasing a kite"]


@pytest.fixture()
def repo(tmp_path, monkeypatch):
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    path = tmp_path / "catalog.jsonl"
    path.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return path


def _decide(selector: Selector, prompts: list[str]) -> list[tuple]:
    out = []
    for p in prompts:
        d = selector.select(p).to_json()
        out.append((d["action"], d["checkpoints"], d["options"], d["question"], d["prompt"]))
    return out


def test_a_none_corrected_learns_the_nickname_and_changes_nothing_else(repo):
    selector = Selector(open_repository(repo))
    before = _decide(selector, OTHERS)
    assert selector.select("zibbet asleep beside the woodpile").action == "none"
    fixed = selector.correct("zibbet asleep beside the woodpile", "tolliver-v1")
    assert fixed.family == "tolliver-v1" and fixed.learned == "zibbet"
    assert fixed.before.action == "none"
    assert fixed.after.action == "select" and fixed.after.checkpoints == ["tolliver-v1"]
    assert selector.store.learned_names()["zibbet"].source == "correction"
    # the word alone now selects it, warm and in a fresh process; the other requests as before
    assert selector.select("zibbet chasing a kite").checkpoints == ["tolliver-v1"]
    assert Selector(open_repository(repo)).select("zibbet under a parasol").checkpoints == \
        ["tolliver-v1"]
    assert _decide(selector, OTHERS) == before


@pytest.mark.parametrize("request_, meant", [
    ("my dog on a rowboat", "quimby-v1"),  # the class noun both dogs' cards state
    ("the one over there", "quimby-v1"),  # function words only
    ("the beagle by a windmill", "quimby-v1"),  # a word another family's card states
    ("a fellow beside a kiln", "harlan"),  # an English word no card has: a kind, not a name
])
def test_nothing_learned_from_shared_function_or_other_family_words(repo, request_, meant):
    selector = Selector(open_repository(repo))
    fixed = selector.correct(request_, meant)
    assert fixed.learned is None
    assert selector.store.learned_names() == {}


def test_a_tag_word_is_learned_a_description_word_is_not(repo):
    """What the words themselves teach (learned.words_to_correct, whatever the decision): a
    word only the family's tags state ("whippet") names it; one only its description states
    ("lane": where he lives) tells about what is around it, and is not learned."""
    from personalq.checkin.learned import words_to_correct

    selector = Selector(open_repository(repo))

    def taught(request: str, family: str) -> str | None:
        return words_to_correct(selector.index, selector.reasoner.parse(request).mentions, family)

    assert taught("a whippet on a gondola", "quimby-v1") == "whippet"
    assert taught("a gate down the lane", "harlan") is None
    assert taught("a whippet on a gondola", "tolliver-v1") is None  # reaches another family


def test_a_decision_that_already_chose_the_family_teaches_nothing(repo):
    selector = Selector(open_repository(repo))
    fixed = selector.correct("Quimby on a gondola", "quimby-v1")
    assert fixed.learned is None and fixed.after.checkpoints == ["quimby-v1"]


def test_a_bad_id_names_close_ones_and_stores_nothing(repo):
    selector = Selector(open_repository(repo))
    with pytest.raises(PersonalQError) as err:
        selector.correct("zibbet asleep beside the woodpile", "tolliverr-v1")
    assert "tolliverr-v1" in err.value.message and "tolliver-v1" in err.value.hint
    assert err.value.status == 404
    db = paths.catalog_db_for(repo)
    with sqlite3.connect(db) as con:  # not even the table was made
        assert con.execute("SELECT 1 FROM sqlite_master WHERE name = 'learned_names'"
                           ).fetchone() is None


def test_forgetting_the_name_undoes_the_correction(repo):
    selector = Selector(open_repository(repo))
    assert selector.correct("zibbet asleep beside the woodpile", "tolliver-v1").learned == "zibbet"
    assert selector.store.forget_name("zibbet").source == "correction"
    assert selector.select("zibbet asleep beside the woodpile").action == "none"


def test_an_old_database_opens_and_a_correction_only_adds_its_table(tmp_path, monkeypatch):
    """A database written before learned names existed (tests/data): its tables are kept as
    they were; the correction adds the learned_names table and one row."""
    data = Path(__file__).parent / "data" / "learned_old_format"
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    repo = tmp_path / "catalog.jsonl"
    repo.write_bytes((data / "catalog.jsonl").read_bytes())
    db = paths.catalog_db_for(repo)
    db.parent.mkdir(parents=True, exist_ok=True)
    db.write_bytes((data / "catalog.sqlite").read_bytes())

    def tables() -> dict:
        with sqlite3.connect(db) as con:
            return {n: (sql, con.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0])
                    for n, sql in con.execute("SELECT name, sql FROM sqlite_master "
                                              "WHERE type = 'table'")}

    old = tables()
    store = open_repository(repo, refresh=False)
    fixed = Selector(store).correct("zibbet knitting in a gazebo", "ilse-v1")
    store.close()
    assert fixed.learned == "zibbet"
    new = tables()
    assert {k: v for k, v in new.items() if k != "learned_names"} == old
    assert new["learned_names"][1] == 1


def _pq(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "personalq.cli", "select", "--repo", str(repo),
                           *args], capture_output=True, text=True, env=env, timeout=300)


def test_select_meant_on_the_command_line(repo):
    bad = _pq(repo, "zibbet asleep beside the woodpile", "--meant", "quimbi")
    assert bad.returncode == 2 and "Traceback" not in bad.stderr
    assert "no checkpoint or family 'quimbi'" in bad.stderr and "quimby-v1" in bad.stderr
    assert not paths.catalog_db_for(repo).exists() or \
        "learned_names" not in _tables(paths.catalog_db_for(repo))
    both = _pq(repo, "zibbet asleep beside the woodpile", "--meant", "quimby-v1", "--answer", "x")
    assert both.returncode == 2 and "--meant" in both.stderr
    ok = _pq(repo, "zibbet asleep beside the woodpile", "--meant", "quimby-v1")
    assert ok.returncode == 0, ok.stderr
    assert "learned: 'zibbet' now names quimby-v1" in ok.stdout
    assert "select quimby-v1" in ok.stdout
    again = _pq(repo, "zibbet on an ottoman", "--json")
    assert json.loads(again.stdout)["checkpoints"] == ["quimby-v1"]


def _tables(db: Path) -> set[str]:
    with sqlite3.connect(db) as con:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
