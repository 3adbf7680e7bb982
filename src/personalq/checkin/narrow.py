"""Narrow a large catalog to the families a request can reach, before the reasoner runs.

Why: the reasoner's evidence is per word, so its cost should grow with the families a request's
words reach, not with the catalog. Two parts of it walk the whole catalog otherwise: matching
a misspelt word compares it with every naming word (tens of thousands at 100k cards), and
asking "does any family know this word?" visits every family.

`Narrower` reads three inverted indexes built once from the reasoner's own `CatalogIndex`:
its postings (word stem -> families; names, class nouns, tags, description words, synonyms),
the deletion index of its misspelling vocabulary (CatalogIndex.spellings: every spelling within
two deletions, so the words within edit distance 2 of a request word are found by dictionary
look-ups, as SymSpell does), and the families that merely relate to a word ("puppy" for a
dog). For one request it returns the candidate families (every family any of the request's
words can reach, plus the families of the BM25 and dense hits) and a view of the index whose
misspelling vocabulary is only the words near the request's. Every family that has any evidence for the request is a
candidate, so narrowing changes no decision (tests/test_select_scale.py checks it on the dev
and large benchmarks); it changes how much of the catalog is walked.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from personalq.checkin.text import Token, english_words, stem, tokenize
from personalq.checkin.tuning import FUZZY_MAX_EDITS

MAX_EDITS = FUZZY_MAX_EDITS  # the reasoner accepts misspellings up to this edit distance


class Narrower:
    """Inverted indexes over a CatalogIndex for finding a request's candidate families."""

    def __init__(self, index):
        self.index = index
        getattr(index, "spellings", None)  # built now, not in the first request
        self._related: dict[str, set[str]] = defaultdict(set)
        for fam in index.families.values():
            for word in getattr(fam, "related", ()):
                self._related[word].add(fam.key)

    def near_terms(self, word: str) -> set[str]:
        """Misspelling-vocabulary terms within MAX_EDITS deletions-each of `word` (a superset of
        those within edit distance 2, with or without transpositions): the index's own
        deletion index of its vocabulary (CatalogIndex.spellings)."""
        if not hasattr(self.index, "fuzzy_vocab"):
            return set()
        found = self.index.spellings.near(word)
        return {t for t in found if abs(len(t) - len(word)) <= MAX_EDITS}

    def words_of(self, texts: list[str]) -> list[Token]:
        """The request's tokens and the parts of hyphenated ones (the reasoner looks both up)."""
        toks = []
        for text in texts:
            for tok in tokenize(text):
                toks.append(tok)
                for part in tok.low.split("-") if "-" in tok.low else ():
                    if len(part) > 1:
                        toks.append(Token(part, part, stem(part), tok.start, tok.end, False, False))
        return toks

    def reach(self, toks: list[Token]) -> tuple[set[str], set[str]]:
        """(families any of these words can reach, misspelling terms near them)."""
        index = self.index
        families: set[str] = set()
        near: set[str] = set()
        compounds = getattr(index, "compounds", {})
        english = english_words()
        for tok in toks:
            exact = False
            for key in {tok.stem, tok.low}:
                exact = exact or key in index.postings
                families.update(index.postings.get(key, ()))
                families.update(compounds.get(key, ()))
                families.update(self._related.get(key, ()))
            # a word found as it is is never read as a misspelling; nor is an English word
            # written in lower case
            if exact or not (tok.low.isalpha() and len(tok.low) >= 4) or (
                    tok.low in english and not tok.text[:1].isupper()):
                continue
            for word in {tok.low, tok.stem}:
                near |= self.near_terms(word)
        for term in near:
            families.update(index.postings.get(term, ()))
        return families, near

    def view(self, near: set[str]):
        """The index as the reasoner sees it for one request: the same families, postings and
        statistics, with only the misspelling terms near the request's words to compare."""
        if not hasattr(self.index, "fuzzy_vocab"):
            return request_view(self.index)
        # the reasoner's own order (its vocabulary is sorted)
        return request_view(self.index, fuzzy_vocab=sorted(near))


def request_view(index, fuzzy_vocab: list[str] | None = None):
    """A shallow copy of the index for one request, whose word look-ups are remembered for that
    request only. Why: the rules ask whether a family knows a neighbouring word once per family
    the request reached (thousands at 100,000 cards), and each such question looked the word
    up again. A look-up depends only on the index and the word's spelling, stem and capital, so
    remembering it changes no answer; the memory goes with the request."""
    if fuzzy_vocab is None:
        getattr(index, "spellings", None)  # built on the index itself: every view shares it
    view = copy.copy(index)
    if fuzzy_vocab is not None:
        view.fuzzy_vocab = fuzzy_vocab
        view._spellings = None  # its own, of these few terms, built when first needed
    lookup_uncached = type(index).lookup
    memo: dict[tuple[str, str, bool], object] = {}

    def lookup(tok: Token):
        key = (tok.low, tok.stem, tok.capitalized)
        if key not in memo:
            memo[key] = lookup_uncached(view, tok)
        return memo[key]

    view.lookup = lookup
    return view
