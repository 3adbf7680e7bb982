"""Hybrid retrieval over a catalog store: SQLite FTS5 bm25 + MiniLM dense, fused by rank.

Reciprocal-rank fusion (score = sum over lists of 1 / (K + rank)) needs no score calibration
between bm25 (unbounded) and cosine (-1..1), which is why it is the default fusion. The
embedding matrix is read from the store once and kept for the life of the Retriever, so a warm
process pays only for encoding the request (~10 ms) and one matrix-vector product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from personalq.embed import encode
from personalq.errors import PersonalQError

MODES = ("bm25", "dense", "hybrid")
RRF_K = 60  # the usual constant from Cormack et al. (2009)


@dataclass
class Hit:
    id: str
    score: float  # the mode's ranking score (higher = better)
    bm25: float = 0.0  # raw bm25 (0 when the card had no lexical hit)
    dense: float = 0.0  # cosine similarity with the request (0 when dense is off)


def distinct_rows(matrix: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(the distinct rows in first-seen order, per row its index among them). Versions of one
    concept share their embedded text (store.embed_text), so a 100,000-card catalog has ~36,000
    distinct vectors; a request is compared with those only, reading a third of the memory
    (the product is memory-bound: ~150 MB of fp32 per request otherwise)."""
    index: dict[bytes, int] = {}
    firsts: list[int] = []
    row = np.empty(len(matrix), dtype=np.intp)
    for i in range(len(matrix)):
        j = index.setdefault(matrix[i].tobytes(), len(firsts))
        if j == len(firsts):
            firsts.append(i)
        row[i] = j
    return np.ascontiguousarray(matrix[firsts], dtype=np.float32), row


class Retriever:
    def __init__(self, store, mode: str = "hybrid", limit: int = 50,
                 only: set[str] | None = None):
        """only: the card ids that may be returned (None: every card of the store)."""
        if mode not in MODES:
            raise PersonalQError(f"unknown retrieval mode {mode!r}", f"use one of {', '.join(MODES)}")
        self.store = store
        self.mode = mode
        self.limit = limit
        self._ids: list[str] = []
        self._matrix: np.ndarray | None = None  # distinct card vectors
        self._row = np.zeros(0, dtype=np.intp)  # per id: its row of _matrix
        self.only = only
        self._last_dense: tuple[str, np.ndarray] | None = None  # the last request's scores
        if mode in ("dense", "hybrid"):
            self._ids, matrix = store.embeddings()
            if only is not None:
                rows = [i for i, card_id in enumerate(self._ids) if card_id in only]
                self._ids, matrix = [self._ids[i] for i in rows], matrix[rows]
            self._matrix, self._row = distinct_rows(matrix)

    def scored(self, request: str) -> bool:
        """Are this request's dense scores already kept (it was the last one scored)?"""
        return self._last_dense is not None and self._last_dense[0] == request

    def dense_scores(self, request: str, vector: np.ndarray | None = None) -> np.ndarray:
        """Cosine of the request with every card (in `_ids` order). The last request's scores
        are kept: hybrid search and the calibrated decision ask for the same request in turn,
        and the encoder plus the product is most of a request's time. `vector`: the request
        already encoded (batched with other texts of it by the caller)."""
        if self._matrix is None or not len(self._ids):
            return np.zeros(0, dtype=np.float32)
        last = self._last_dense
        if last is not None and last[0] == request:
            return last[1]
        if vector is None:
            vector = encode([request])[0]
        sims = (self._matrix @ vector)[self._row]
        sims.flags.writeable = False  # shared by the callers of the same request
        self._last_dense = (request, sims)
        return sims

    def search(self, request: str, limit: int | None = None, dense: bool = True) -> list[Hit]:
        """Ranked hits; dense=False skips the encoder (the local backend's fast path)."""
        limit = limit or self.limit
        hits: dict[str, Hit] = {}
        ranked_lists: list[list[str]] = []
        if self.mode in ("bm25", "hybrid"):
            lexical = self.store.bm25(request, limit=limit if self.only is None else 4 * limit)
            if self.only is not None:
                lexical = [(cid, s) for cid, s in lexical if cid in self.only][:limit]
            for card_id, score in lexical:
                hits.setdefault(card_id, Hit(card_id, 0.0)).bm25 = score
            ranked_lists.append([card_id for card_id, _ in lexical])
        if self.mode == "dense" or (self.mode == "hybrid" and dense):
            sims = self.dense_scores(request)
            order = np.argsort(-sims)[:limit]
            for i in order:
                hits.setdefault(self._ids[i], Hit(self._ids[i], 0.0)).dense = float(sims[i])
            ranked_lists.append([self._ids[i] for i in order])
        if self.mode == "bm25" or (self.mode == "hybrid" and not dense):
            for hit in hits.values():
                hit.score = hit.bm25
        elif self.mode == "dense":
            for hit in hits.values():
                hit.score = hit.dense
        else:
            for ranking in ranked_lists:
                for rank, card_id in enumerate(ranking):
                    hits[card_id].score += 1.0 / (RRF_K + rank + 1)
        return sorted(hits.values(), key=lambda h: (-h.score, h.id))[:limit]
