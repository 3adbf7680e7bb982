"""Selection does not depend on Python's per-process hash seed: `personalq select --batch` run
in two processes with different PYTHONHASHSEED gives byte-identical decisions (less latency).

The requests are the large benchmark's clarification and multi-concept cases, where options are
ordered and ties between families occur; before ties were ordered by family key (checkin/
evidence.py), seeds 1 and 6 listed one question's two options in opposite orders."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SET = Path(__file__).parents[1] / "benchmarks" / "select"
SEEDS = ("1", "6")


def _requests(path: Path) -> Path:
    """The cases whose decisions list several families: clarifications and multi-concept."""
    tags = [json.loads(line)["tag"] for line in (SET / "cases_meta.jsonl").open()]
    cases = [json.loads(line) for line in (SET / "cases.jsonl").open()]
    picked = [{"prompt": c["prompt"]} for c, tag in zip(cases, tags)
              if tag.startswith(("clarify", "multi"))]
    assert len(picked) >= 100, "the large set's clarify/multi cases went missing"
    path.write_text("".join(json.dumps(p) + "\n" for p in picked))
    return path


def _start(tmp_path: Path, requests: Path, seed: str) -> subprocess.Popen:
    """`personalq select --batch` under this hash seed, with its own PERSONALQ_HOME (index)."""
    env = dict(os.environ, PYTHONHASHSEED=seed, OMP_NUM_THREADS="1",
               PERSONALQ_HOME=str(tmp_path / f"home{seed}"))
    return subprocess.Popen([sys.executable, "-m", "personalq.cli", "select", "--repo",
                             str(SET / "catalog.jsonl"), "--batch", str(requests)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def _decisions(proc: subprocess.Popen) -> list[dict]:
    stdout, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    out = [json.loads(line) for line in stdout.splitlines()]
    for d in out:
        d.pop("latency_ms")
    return out


def test_decisions_identical_under_two_hash_seeds(tmp_path):
    requests = _requests(tmp_path / "requests.jsonl")
    procs = [_start(tmp_path, requests, s) for s in SEEDS]  # side by side: half the wall time
    first, second = (_decisions(p) for p in procs)
    assert len(first) == len(requests.read_text().splitlines())
    assert any(d["action"] == "clarify" and len(d["options"]) >= 2 for d in first)
    diffs = [(i, a, b) for i, (a, b) in enumerate(zip(first, second)) if a != b]
    assert not diffs, f"{len(diffs)} decisions differ between hash seeds, first: {diffs[0]}"
