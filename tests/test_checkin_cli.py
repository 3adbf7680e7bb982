"""`personalq select` as a user runs it: one request, --answer, --batch (order kept, a bad line
answered with an error object), human summary, clear errors for bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).parent / "data" / "checkin_heldout"
KEYS = ["action", "checkpoint", "checkpoints", "options", "question", "prompt", "candidates",
        "latency_ms", "base_models"]  # DESIGN.md §4, then the base each named checkpoint needs


def _pq(tmp_path, *args, stdin=None):
    env = dict(os.environ, PERSONALQ_HOME=str(tmp_path / "home"), OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, "-m", "personalq.cli", *args], capture_output=True,
                          text=True, env=env, input=stdin, timeout=300)


@pytest.fixture(scope="module")
def repo(tmp_path_factory):
    path = tmp_path_factory.mktemp("repo") / "catalog.jsonl"
    path.write_text((HELDOUT / "catalog.jsonl").read_text())
    return path


@pytest.mark.slow
def test_select_json_answer_and_summary(tmp_path, repo):
    r = _pq(tmp_path, "select", "--repo", str(repo), "Sunny v2 by a campfire", "--json")
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert list(d) == KEYS
    assert d["action"] == "select" and d["checkpoint"] == "gtr-sunny-2"
    assert d["prompt"] == "<sunny-2> acoustic guitar by a campfire"
    r = _pq(tmp_path, "select", "--repo", str(repo), "my mug on the desk", "--json")
    d = json.loads(r.stdout)
    assert d["action"] == "clarify" and d["checkpoint"] is None and len(d["options"]) == 2
    r = _pq(tmp_path, "select", "--repo", str(repo), "my mug on the desk", "--answer",
            "the enamel one", "--json")
    assert json.loads(r.stdout)["checkpoint"] == "mug-sprout"
    r = _pq(tmp_path, "select", "--repo", str(repo), "my mug on the desk")  # not a TTY: no prompt
    assert r.returncode == 0 and r.stdout.startswith("clarify: Which one do you mean")
    r = _pq(tmp_path, "select", "--repo", str(repo), "a bowl of ramen")
    assert r.stdout.startswith("none:")


@pytest.mark.slow
def test_batch_keeps_order_and_reports_bad_lines(tmp_path, repo):
    lines = [json.dumps({"prompt": "Vex hanging on a brick wall"}),
             "this is not json",
             json.dumps({"prompt": ""}),
             json.dumps({"text": "no prompt key"}),
             json.dumps({"prompt": "my mug on the desk", "answer": "Pebble"}),
             json.dumps({"prompt": 12}),
             json.dumps({"prompt": "x" * 5000}),
             json.dumps({"prompt": "a bowl of ramen"})]
    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(lines) + "\n")
    r = _pq(tmp_path, "select", "--repo", str(repo), "--batch", str(batch))
    out = [json.loads(l) for l in r.stdout.splitlines()]
    assert len(out) == len(lines)
    assert out[0]["checkpoint"] == "gtr-vex"
    assert [("error" in o) for o in out] == [False, True, True, True, False, True, True, False]
    assert out[1]["line"] == 2 and "not JSON" in out[1]["error"]
    assert out[4]["checkpoint"] == "mug-pebble"
    assert out[7]["action"] == "none"
    assert r.returncode == 1  # some lines failed; the others were answered


def test_bad_input_is_a_clear_error(tmp_path, repo):
    for args in (["select", "--repo", str(repo), ""],
                 ["select", "--repo", str(repo), "x" * 2001],
                 ["select", "--repo", str(tmp_path / "missing.jsonl"), "my dog"],
                 ["select", "--repo", str(repo)],
                 ["select", "--repo", str(repo), "--batch", str(tmp_path / "nope.jsonl")]):
        r = _pq(tmp_path, *args)
        assert r.returncode == 2, (args, r.stdout, r.stderr)
        assert r.stderr.startswith("error: ") and "Traceback" not in r.stderr


@pytest.mark.slow
def test_interactive_clarification_in_a_terminal(tmp_path, repo):
    """In a real pseudo-terminal the question is asked and the typed answer resolves it."""
    import pty
    import select as _select

    env = dict(os.environ, PERSONALQ_HOME=str(tmp_path / "home"), OMP_NUM_THREADS="1")
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "personalq.cli", "select", "--repo", str(repo),
                             "my mug on the desk"], stdin=slave, stdout=slave, stderr=slave,
                            env=env, close_fds=True)
    os.close(slave)
    seen = b""
    answered = False
    while True:
        ready, _, _ = _select.select([master], [], [], 300)
        if not ready:
            break
        try:
            chunk = os.read(master, 4096)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if not answered and b"> " in seen:
            os.write(master, b"the enamel one\n")
            answered = True
    proc.wait(timeout=60)
    os.close(master)
    text = seen.decode(errors="replace")
    assert "Which one do you mean" in text
    assert "select mug-sprout" in text and "<sprout-mug> mug on the desk" in text


def test_llm_fallback_is_said_on_stderr_and_json_stays_clean(tmp_path, repo):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = _pq(tmp_path, "select", "--repo", str(repo), "Sunny v2 by a campfire", "--json",
            "--backend", "llm", "--llm-url", f"http://127.0.0.1:{port}")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["checkpoint"] == "gtr-sunny-2"  # the local reasoner's answer
    assert "note: the LLM gave no usable answer" in r.stderr and "local reasoner" in r.stderr


def test_a_bug_on_one_batch_line_answers_that_line_and_goes_on(tmp_path, capsys):
    """An internal error on one request (a bug) becomes that line's error object, with the
    traceback on stderr; the lines after it are still decided, so a long batch loses one
    answer, not all of them. The bug is injected: no known request raises one."""
    from personalq.checkin.commands import _batch

    class Decided:
        def __init__(self, prompt):
            self.prompt = prompt

        def to_json(self):
            return {"action": "none", "prompt": self.prompt}

    class Selector:
        def select(self, request, answer=None, learn=True):
            if "crash" in request:
                raise KeyError("a bug")
            return Decided(request)

    batch = tmp_path / "requests.jsonl"
    batch.write_text("\n".join(json.dumps({"prompt": p}) for p in ("one", "crash here", "three")) + "\n")
    assert _batch(Selector(), str(batch)) == 1
    captured = capsys.readouterr()
    out = [json.loads(line) for line in captured.out.splitlines()]
    assert [o.get("prompt") for o in out] == ["one", None, "three"]
    assert out[1]["line"] == 2 and "KeyError" in out[1]["error"] and "bug" in out[1]["hint"]
    assert "Traceback" in captured.err
