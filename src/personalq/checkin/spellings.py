"""Spellings a few edits from a word, found by dictionary look-ups instead of a walk of a list.

Why: the reasoner compares a request word with word lists that grow with the catalog (the
misspelling vocabulary, every person's name). Comparing with each costs tens of milliseconds
per word at 100,000 cards. Two words within edit distance k (insertions, deletions,
substitutions, adjacent transpositions) leave a common string after at most k deletions from
each: a substitution or a transposition is one deletion from both, an insertion one from one
of them. So an index of every spelling left after up to k deletions from each listed word
finds, for one request word, a superset of the listed words within distance k (as SymSpell
does); the caller still measures the distance of each, so its answer is the walk's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable


def deletions(word: str, k: int) -> set[str]:
    """Every string left after deleting up to k characters (the word itself included), never
    shorter than one character."""
    out = {word}
    frontier = {word}
    for _ in range(k):
        frontier = {w[:i] + w[i + 1:] for w in frontier if len(w) > 1 for i in range(len(w))}
        out |= frontier
    return out


class NearSpellings:
    """The listed words by the spellings left after up to k deletions from each."""

    def __init__(self, words: Iterable[str], k: int):
        self.k = k
        self.words: list[str] = list(words)
        self._deletes: dict[str, list[int]] = defaultdict(list)
        for i, word in enumerate(self.words):
            for variant in deletions(word, k):
                self._deletes[variant].append(i)

    def near(self, word: str) -> set[str]:
        """The listed words that share a spelling with `word` after up to k deletions from
        each: every listed word within edit distance k of it, and some farther ones."""
        found: set[str] = set()
        for variant in deletions(word, self.k):
            for i in self._deletes.get(variant, ()):
                found.add(self.words[i])
        return found
