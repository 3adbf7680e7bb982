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


class Retriever:
    def __init__(self, store, mode: str = "hybrid", limit: int = 50):
        if mode not in MODES:
            raise PersonalQError(f"unknown retrieval mode {mode!r}", f"use one of {', '.join(MODES)}")
        self.store = store
        self.mode = mode
        self.limit = limit
        self._ids: list[str] = []
        self._matrix: np.ndarray | None = None
        if mode in ("dense", "hybrid"):
            self._ids, self._matrix = store.embeddings()

    def dense_scores(self, request: str) -> np.ndarray:
        if self._matrix is None or not len(self._ids):
            return np.zeros(0, dtype=np.float32)
        query = encode([request])[0]
        return self._matrix @ query

    def family_scores(self, text: str, cards: dict) -> dict[str, float]:
        """Best cosine per concept family between `text` and the cards' embeddings."""
        best: dict[str, float] = {}
        sims = self.dense_scores(text)
        for i, sim in enumerate(sims):
            fam = cards[self._ids[i]].family
            if sim > best.get(fam, -1.0):
                best[fam] = float(sim)
        return best

    def search(self, request: str, limit: int | None = None, dense: bool = True) -> list[Hit]:
        """Ranked hits; dense=False skips the encoder (the local backend's fast path)."""
        limit = limit or self.limit
        hits: dict[str, Hit] = {}
        ranked_lists: list[list[str]] = []
        if self.mode in ("bm25", "hybrid"):
            lexical = self.store.bm25(request, limit=limit)
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
