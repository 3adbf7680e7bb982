"""The request's wording as numbers, for the learned arbiter (arbiter.py).

The calibrated features weigh each family's evidence; they do not say how the request is put.
Yet the same evidence means different things in "my X" and in "an X", in a request of three
words and one of twenty, in one whose every word a card explains and one with words no card
holds (a concept described in everyday words, a thing that is not the owner's). So the arbiter
also sees, as counts: the words that may name something, the speaker's own words (I, my, our),
words typed with a capital inside the sentence, numbers, joining words, a question mark, kin
words; and, from the catalog's inverted index, how many of the naming words the two leading
families' cards hold, how strongly, and how many no card holds. Only word classes are counted
here; no word of any request is named.
"""

from __future__ import annotations

import math

from personalq.checkin.features import CatalogIndex
from personalq.checkin.text import KINSHIP, content_word, tokenize
from personalq.checkin.tuning import STRONG

FIRST_PERSON = frozenset("i me my mine myself we us our ours ourselves".split())
JOINING = frozenset("and & + n with plus".split())  # words that join the parts of a composition
LEADERS = 2  # the leading families whose share of the words is counted (arbiter.LEADERS)
WIDTH = 7 + 4 * LEADERS + 3  # numbers() returns this many


def numbers(request: str, leaders: list[str], index: CatalogIndex) -> list[float]:
    """How the request is worded and how much of it the leading families explain (module doc).
    leaders: the families in play, best first (arbiter.ranked_families)."""
    toks = tokenize(request)
    naming = [t for t in toks if content_word(t)]
    x = [float(len(naming)), sum(t.low in FIRST_PERSON for t in toks),
         sum(t.capitalized for t in toks), sum(t.low.isdigit() for t in toks),
         sum(t.low in JOINING for t in toks), float("?" in request),
         sum(t.low in KINSHIP for t in toks)]
    held = [_postings(index, t) for t in naming]
    explained = [False] * len(naming)
    for rank in range(LEADERS):
        fam = leaders[rank] if len(leaders) > rank else None
        strengths = [p.get(fam, 0.0) if fam else 0.0 for p in held]
        for i, s in enumerate(strengths):
            explained[i] = explained[i] or s > 0
        x += [sum(s > 0 for s in strengths), sum(strengths), max(strengths, default=0.0),
              sum(s >= STRONG for s in strengths)]
    reach = [len(p) for p in held if p]
    x += [float(sum(not e for e in explained)), float(sum(not p for p in held)),
          math.log1p(min(reach)) if reach else 0.0]
    return [float(v) for v in x]


def _postings(index: CatalogIndex, tok) -> dict[str, float]:
    """Family -> strength for a request word, by its stem or, failing that, as typed."""
    return index.postings.get(tok.stem) or index.postings.get(tok.low) or {}
