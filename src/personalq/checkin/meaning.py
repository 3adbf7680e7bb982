"""Phrase meaning: what the request's short phrases mean against what each card says it is.

Retrieval compares the whole request with a whole card; a paraphrase of one field ("claymation"
for a card tagged "clay", "sailboat" for one tagged "boat", "frozen in mid-air" for a jump pose)
is drowned there by the rest of the sentence. Here each content word and each pair of adjacent
content words of the request (a "phrase") is compared by MiniLM with each field of a candidate
family's newest card: its name (styles and concepts only), class noun, every tag and the first
sentence of its description. Two numbers per family come out, both features of the calibrated decision
(calibrated.py), never a decision by themselves:

- `cos`: the best cosine between one of its fields and a phrase none of whose words the
  family's cards contain (meaning beyond the literal words, which the lexical features count:
  "thumbprint cookies" says nothing more about a style named Thumbprint than "thumbprint");
- `lead`: by how much that phrase is closer to this family than to any other candidate family
  (a phrase that fits two families alike, "haircut" beside two hairstyle LoRAs, leads neither).

Only phrases with a word no card has are encoded (a word some card has is matched literally, and
leads for that card). Field vectors are cached in the warm process per family, filled for the
families a request makes candidates; phrase vectors are cached too (PHRASE_CACHE).
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable

import numpy as np

from personalq.checkin.features import CatalogIndex
from personalq.checkin.text import CUE_WORDS, FILLER, STOPWORDS, TRANSPARENT, Token, tokenize
from personalq.checkin.tuning import PHRASE_CACHE, PHRASE_MIN_CHARS

Encoder = Callable[[list[str]], np.ndarray]


@dataclass(frozen=True)
class PhraseScore:
    """A family's best phrase-level meaning match (see the module docstring)."""

    cos: float = 0.0
    lead: float = 0.0


def usable(tok: Token) -> bool:
    """Not a function word, filler or version cue."""
    low = tok.low
    return (len(low) >= PHRASE_MIN_CHARS and any(ch.isalpha() for ch in low)
            and low not in STOPWORDS and low not in FILLER and low not in CUE_WORDS)


def content(tok: Token) -> bool:
    """A word that carries meaning of its own; a picture word ("eyes", "portrait") only does
    beside one ("copper eyes")."""
    return usable(tok) and tok.low not in TRANSPARENT


def phrases(request: str) -> list[tuple[str, tuple[Token, ...]]]:
    """Content words and pairs of adjacent content words ("shell suit", "copper eyes"), each
    with its tokens; a pair must not straddle punctuation."""
    toks = tokenize(request)
    out: list[tuple[str, tuple[Token, ...]]] = []
    for i, tok in enumerate(toks):
        if content(tok):
            out.append((tok.low, (tok,)))
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (nxt is not None and usable(tok) and usable(nxt) and (content(tok) or content(nxt))
                and not re.search(r"[,;:.()]", request[tok.end:nxt.start])):
            out.append((f"{tok.low} {nxt.low}", (tok, nxt)))
    return out


def field_texts(index: CatalogIndex, fam_key: str) -> list[str]:
    """What the family's newest card says it is, one short text per field. A subject's name is
    left out: a proper name identifies, it does not describe (a watch called Old Faithful is no
    geyser), while a style's or concept's name usually says what it is ("Denim overalls")."""
    fam = index.families[fam_key]
    card = fam.newest
    first = re.split(r"(?<=[.!?])\s", card.description.strip(), maxsplit=1)[0].rstrip(".!? ")
    name = [] if fam.kind == "subject" else [card.name]
    if fam.kind == "subject" and card.name:
        first = re.sub(re.escape(card.name), "", first, flags=re.IGNORECASE).strip(" ,;:")
    texts = [*name, card.class_noun, *card.tags, first]
    return list(dict.fromkeys(t.strip().lower() for t in texts if t and t.strip()))


class PhraseMeaning:
    """Phrase-level meaning match against candidate families, with warm caches."""

    def __init__(self, index: CatalogIndex, encode: Encoder):
        self.index = index
        self.encode = encode
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()  # text -> unit vector
        self._family_fields: dict[str, np.ndarray] = {}  # family -> (fields, 384)

    def _vectors_of(self, texts: list[str], keep: bool) -> np.ndarray:
        """Unit vectors of the texts, encoding the unseen ones in one call. keep: card fields
        stay for the process; request phrases are evicted oldest first beyond PHRASE_CACHE."""
        todo = list(dict.fromkeys(t for t in texts if t not in self._vectors))
        if todo:
            for text, vec in zip(todo, self.encode(todo)):
                self._vectors[text] = vec
        out = np.stack([self._vectors[t] for t in texts])
        if not keep:
            while len(self._vectors) > PHRASE_CACHE + len(self._family_fields) * 8:
                self._vectors.popitem(last=False)
        return out

    def _fields(self, families: list[str]) -> list[np.ndarray]:
        todo = [f for f in families if f not in self._family_fields]
        if todo:
            texts = {f: field_texts(self.index, f) for f in todo}
            flat = [t for f in todo for t in texts[f]]
            vecs = self.encode(flat) if flat else np.zeros((0, 1), np.float32)
            start = 0
            for f in todo:
                n = len(texts[f])
                self._family_fields[f] = vecs[start:start + n]
                start += n
        return [self._family_fields[f] for f in families]

    def _literal(self, tok: Token) -> bool:
        """A word some card has: the family that has it wins on its words, and for every other
        family its meaning is led by that family's literal match, so it is not encoded."""
        return tok.stem in self.index.postings or tok.low in self.index.postings

    def scores(self, request: str, families: list[str]) -> dict[str, PhraseScore]:
        """Per candidate family its PhraseScore (families with no field or no phrase: zeros)."""
        grams = [g for g in phrases(request) if not all(self._literal(t) for t in g[1])]
        families = [f for f in families if f in self.index.families]
        if not grams or len(families) == 0:
            return {f: PhraseScore() for f in families}
        q = self._vectors_of([g for g, _ in grams], keep=False)
        best = np.stack([(fields @ q.T).max(axis=0) if len(fields) else np.full(len(grams), -1.0)
                         for fields in self._fields(families)])  # (families, phrases)
        out = {}
        for i, fam in enumerate(families):
            rival = np.delete(best, i, axis=0).max(axis=0) if len(families) > 1 else \
                np.zeros(len(grams))
            beyond = [j for j, (_, toks) in enumerate(grams)
                      if not any(self.index.family_knows(fam, t) for t in toks)]
            if not beyond:
                out[fam] = PhraseScore()
                continue
            cos = float(max(best[i, j] for j in beyond))
            lead = float(max(best[i, j] - rival[j] for j in beyond))
            out[fam] = PhraseScore(cos, max(0.0, lead))
        return out
