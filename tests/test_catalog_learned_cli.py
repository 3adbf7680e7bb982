"""`personalq repo teach | forget`, and learned names in `repo list` / `repo show`, as a user runs
them: bad input is an `error:` + `hint:` with exit 2 and nothing written (invented cards)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

CARDS = [
    {"id": "pimm-v1", "name": "Pimm", "trigger": "pmmx cat", "class_noun": "cat", "kind": "subject",
     "family": "pimm", "description": "Pimm, our grey tabby."},
    {"id": "pimm-v2", "name": "Pimm", "trigger": "pmmx cat", "class_noun": "cat", "kind": "subject",
     "family": "pimm", "version": 2, "description": "Pimm, our grey tabby, older."},
    {"id": "orla-v1", "name": "Orla", "trigger": "orlx cat", "class_noun": "cat", "kind": "subject",
     "description": "Orla, our black cat."},
]


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    root = tmp_path_factory.mktemp("learned-cli")
    repo = root / "catalog.jsonl"
    repo.write_text("".join(json.dumps(c) + "\n" for c in CARDS))
    return {"repo": repo, "env": dict(os.environ, PERSONALQ_HOME=str(root / "home"),
                                      OMP_NUM_THREADS="1")}


def pq(env, *args):
    return subprocess.run([sys.executable, "-m", "personalq.cli", "repo", *args,
                           "--repo", str(env["repo"])], capture_output=True, text=True,
                          env=env["env"], timeout=300)


def learned(env) -> dict:
    from personalq.catalog import glossary
    from personalq.paths import catalog_db_for
    import sqlite3

    os.environ["PERSONALQ_HOME"] = env["env"]["PERSONALQ_HOME"]
    try:
        con = sqlite3.connect(catalog_db_for(env["repo"]))
        return {k: v.family for k, v in glossary.read(con).items()}
    finally:
        os.environ.pop("PERSONALQ_HOME")


def test_teach_by_card_id_or_family_replace_list_show_forget(env):
    r = pq(env, "teach", "our Pimmy's", "pimm-v2", "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout) == {"learned": "pimmy", "family": "pimm", "replaced": None}
    r = pq(env, "teach", "pimmy", "orla-v1")
    assert r.returncode == 0 and "replaced" in r.stdout and "pimm" in r.stdout
    r = pq(env, "teach", "the sooty one", "orla-v1")
    assert r.returncode == 0, r.stderr
    assert learned(env) == {"pimmy": "orla-v1", "sooty": "orla-v1"}
    r = pq(env, "list")
    assert "'pimmy' -> orla-v1  (taught)" in r.stdout
    show = json.loads(pq(env, "show", "orla-v1").stdout)
    assert show["learned_names"] == ["pimmy", "sooty"]
    assert "learned_names" not in json.loads(pq(env, "show", "pimm-v1").stdout)
    r = pq(env, "forget", "Pimmy")
    assert r.returncode == 0 and "forgot 'pimmy'" in r.stdout
    assert learned(env) == {"sooty": "orla-v1"}


@pytest.mark.parametrize("args", [("teach", "the", "orla-v1"), ("teach", "", "orla-v1"),
                                  ("teach", "my lora", "orla-v1"),
                                  ("teach", "one two three four", "orla-v1"),
                                  ("teach", "whiskers", "no-such-card"),
                                  ("forget", "never-taught"), ("forget", "   ")])
def test_bad_input_is_an_error_and_writes_nothing(env, args):
    before = learned(env)
    r = pq(env, *args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert r.stderr.startswith("error:") and "\nhint:" in r.stderr and "Traceback" not in r.stderr
    assert learned(env) == before
