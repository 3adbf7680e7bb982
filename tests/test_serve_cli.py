"""`personalq serve` as a user runs it: a subprocess on a free port, real HTTP; bad arguments
give one clear error line. Also the clarification conversations' expiry."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from serve_testdata import free_port, world  # noqa: F401 (fixture)

PQ = [sys.executable, "-m", "personalq.cli"]


def test_personalq_serve_subprocess_answers_and_stops(world):
    port = free_port()
    env = {**os.environ, "PERSONALQ_API_KEY": "k", "OMP_NUM_THREADS": "1"}
    proc = subprocess.Popen(PQ + ["serve", "--repo", str(world["repo"]), "--base", str(world["base"]),
                                  "--port", str(port), "--upload-dir", str(world["root"] / "up-cli"),
                                  "--steps", "2", "--threads", "1"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.time() + 120
        while True:
            try:
                if httpx.get(url + "/healthz").status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stdout.read()
            assert time.time() < deadline, "server did not come up"
            time.sleep(0.5)
        auth = {"Authorization": "Bearer k"}
        assert httpx.post(url + "/v1/select", json={"request": "Kiki"}).status_code == 401
        out = httpx.post(url + "/v1/images/generations", headers=auth, timeout=120,
                         json={"prompt": "Kiki in the snow", "seed": 1}).json()
        assert out["personalq"]["checkpoints"] == ["kiki"] and out["personalq"]["steps"] == 2
    finally:
        proc.terminate()
        output = proc.communicate(timeout=60)[0]
    assert "PersonalQ serving" in output and "API key on" in output
    assert "1 torch thread)" in output


def test_personalq_serve_bad_threads_is_one_clear_error(tmp_path):
    res = subprocess.run(PQ + ["serve", "--threads", "0", "--port", str(free_port())],
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PERSONALQ_HOME": str(tmp_path / "home")})
    assert res.returncode == 2 and res.stderr.startswith("error: ")
    assert "--threads 0" in res.stderr and "Traceback" not in res.stderr


def test_personalq_serve_bad_repository_is_one_clear_error(tmp_path):
    res = subprocess.run(PQ + ["serve", "--repo", str(tmp_path / "missing"), "--port",
                               str(free_port())], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "PERSONALQ_HOME": str(tmp_path / "home")})
    assert res.returncode == 2
    assert res.stderr.startswith("error: ") and "does not exist" in res.stderr
    assert "Traceback" not in res.stderr


def test_conversations_expire():
    from personalq.errors import PersonalQError
    from personalq.serve.service import Conversations

    convs = Conversations(ttl_s=0.05)
    conv = convs.open("my dog", ["a", "b"])
    assert convs.get(conv.id).request == "my dog"
    time.sleep(0.1)
    with pytest.raises(PersonalQError) as err:
        convs.get(conv.id)
    assert err.value.status == 404 and "expired" in err.value.message
