"""Settings of one running service, in one dataclass so tests and the CLI build it the same way."""

from __future__ import annotations

import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from personalq import paths

MAX_PROMPT_CHARS = 1000  # the OpenAI images API limit for dall-e-2 prompts
MAX_IMAGES_PER_REQUEST = 4
MAX_LORA_WEIGHTS = 16  # entries of a request's lora_weights (the LoRAs it names)


@dataclass
class ServeConfig:
    repo: str | Path | None = None  # None = paths.default_repo()
    host: str = "127.0.0.1"
    port: int = 8000
    # Optional API key; None reads PERSONALQ_API_KEY at app creation. "" disables the check.
    api_key: str | None = None
    cors: bool = False  # cross-origin requests are refused unless switched on
    cors_origins: list[str] = field(default_factory=lambda: ["*"])
    # Checkpoints may be registered by path only from under these folders.
    checkpoint_roots: list[Path] = field(default_factory=list)
    # Uploaded checkpoints land here (a checkpoint folder of its own, next to the repository).
    upload_dir: Path | None = None
    max_upload_bytes: int = 256 * 1024 * 1024
    # Job queue: how many generation jobs may wait, how many worker threads run them.
    queue_size: int = 32
    workers: int = 1
    # Waiting jobs for the same checkpoint(s) and settings drawn as one batch (1: one by one).
    max_batch: int = 8
    # ... and requests for other checkpoints fill the rest of a batch: LoRAs (each row through its
    # own adapter), full-precision DreamBooths (each through its own UNet) and the plain base
    # (diffusion/mixed_rows.py).
    mix_checkpoints: bool = True
    # ... DreamBooth requests among them too (each group of DreamBooth rows through its own
    # UNet; False: a DreamBooth rides only with identical requests). In six same-load A/Bs
    # (`personalq bench serve --batching`, docs/serve.md) mixing them gave the same throughput
    # at concurrency 8, up to 15% less at 32 (five of six), and a lower p95 at both (all six).
    mix_dreambooth: bool = True
    # Under concurrency (the previous batch held more than one job) a batch that is not full
    # waits up to this long for more requests (0: take what waits; queue.py _wait_for_batch).
    batch_wait_ms: float = 15.0
    request_timeout_s: float = 120.0
    # Model cache: memory budget for DreamBooth UNets and LoRA adapters kept besides the base.
    cache_budget_bytes: int = 512 * 1024 * 1024
    cache_mode: str = "hot"  # "hot" (shared base + hot-swap) or "reload" (fresh load per request)
    # Clarification conversations are forgotten after this many seconds.
    conversation_ttl_s: float = 600.0
    # Generation defaults (the model world is tiny; SD1.5-sized bases want 512 and ~25 steps).
    default_steps: int | None = None  # None = what the base declares (generate's default)
    default_size: str | None = None  # None = the base model's native size
    backend: str = "local"  # Check-in reasoning backend given to Selector
    # Builds the shared base pipeline; None = diffusion.pipeline.build_pipeline(base_dir).
    base_dir: Path | None = None
    pipeline_factory: Callable[[], Any] | None = None
    quantization: str | None = None  # default quantization for DreamBooth UNets ("taq-w8a8", ...)
    # Folders written by `personalq quantize` (the base's UNet or a DreamBooth's), loaded as
    # saved when a request (or the default above) asks for that checkpoint at that quantization.
    quantized: list[Path] = field(default_factory=list)

    def resolved_api_key(self) -> str:
        if self.api_key is not None:
            return self.api_key
        return os.environ.get("PERSONALQ_API_KEY", "")

    def key_problem(self, authorization: str | None) -> tuple[str, str] | None:
        """(message, hint) when a /v1 request's Authorization header lacks the API key; None
        when it carries it or no key is set. One check for the FastAPI and the Ray front ends."""
        key = self.resolved_api_key()
        if not key:
            return None
        if not authorization:
            return "missing API key", "send the header 'Authorization: Bearer <key>'"
        if not hmac.compare_digest(authorization.encode(), f"Bearer {key}".encode()):
            return "wrong API key", "check PERSONALQ_API_KEY"
        return None

    def resolved_repo(self) -> Path:
        return Path(self.repo) if self.repo is not None else paths.default_repo()

    def resolved_upload_dir(self) -> Path:
        if self.upload_dir is not None:
            return Path(self.upload_dir)
        key = hashlib.sha1(str(self.resolved_repo().resolve()).encode()).hexdigest()[:16]
        return paths.home_dir() / f"uploads-{key}"
