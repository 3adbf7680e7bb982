"""Word meaning through MiniLM: a request word no card has ("doggo", "dad", "lab") reaches the
families whose naming words (class head, one-word tags, relation words of the description)
mean the same, when it is clearly closer to one naming word than to any other family's.

Vectors of the catalog's naming words are computed once per index (on first use) and kept;
a request word costs one short encoder call, cached. Only words of a phrase that points at
something ("my ...", "the ...", "his ...") are looked up: a generic phrase ("a crate of ...")
never reaches a checkpoint through meaning alone, which keeps hard negatives at none.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

import numpy as np

from personalq.checkin.features import CatalogIndex, Match, MatchKind, NO_MATCH
from personalq.checkin.intent import Determiner, Mention
from personalq.checkin.text import CUE_WORDS, FILLER, STOPWORDS, TRANSPARENT, Token
from personalq.checkin.tuning import DENSE, DENSE_MARGIN, DENSE_MIN_COSINE

POINTED = (Determiner.POSSESSIVE, Determiner.DEFINITE, Determiner.BACKREF)
MIN_WORD = 3


class DenseWords:
    def __init__(self, index: CatalogIndex, encode: Callable[[list[str]], np.ndarray]):
        self.index = index
        self.encode = encode
        self._words: list[str] = []
        self._families: list[set[str]] = []
        self._matrix: np.ndarray | None = None
        self._word_vector = lru_cache(maxsize=4096)(self._encode_one)

    def _build(self) -> None:
        owners: dict[str, set[str]] = {}
        for fam in self.index.families.values():
            for w in fam.naming_words:
                if w.isalpha() and len(w) >= MIN_WORD:
                    owners.setdefault(w, set()).add(fam.key)
        self._words = sorted(owners)
        self._families = [owners[w] for w in self._words]
        self._matrix = self.encode(self._words) if self._words else np.zeros((0, 1), np.float32)

    def _encode_one(self, word: str) -> np.ndarray:
        return self.encode([word])[0]

    def cosine(self, a: str, b: str) -> float:
        """MiniLM cosine of two words (each encoded once per process, cached)."""
        return float(self._word_vector(a) @ self._word_vector(b))

    def wanted(self, tok: Token, mention: Mention) -> bool:
        low = tok.low
        return (mention.determiner in POINTED and low.isalpha() and len(low) >= MIN_WORD
                and low not in STOPWORDS and low not in FILLER and low not in TRANSPARENT
                and low not in CUE_WORDS)

    def _compound_of_naming_word(self, low: str) -> bool:
        """A closed compound ending in a card's naming word (motor+bike) names another kind of
        that thing, which the card does not claim to be: meaning alone must not bridge it."""
        return any(low.endswith(w) and len(low) - len(w) >= MIN_WORD for w in self._words)

    def match(self, tok: Token, mention: Mention) -> Match:
        """The families whose naming word means what `tok` means, or no match."""
        if not self.wanted(tok, mention):
            return NO_MATCH
        if self._matrix is None:
            self._build()
        if not self._words or self._compound_of_naming_word(tok.low):
            return NO_MATCH
        sims = self._matrix @ self._word_vector(tok.low)
        order = np.argsort(-sims)
        best = int(order[0])
        fams = self._families[best]
        rival = next((float(sims[i]) for i in order[1:] if not self._families[int(i)] <= fams), -1.0)
        if sims[best] < DENSE_MIN_COSINE or sims[best] - rival < DENSE_MARGIN:
            return NO_MATCH  # no meaning close enough, or two families' words about as close
        return Match({k: DENSE for k in fams}, MatchKind.DENSE, set())
