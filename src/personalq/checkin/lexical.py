"""Lexical names of a card: the other words English has for what the card is (lexicon.py).

A card names its concept with a few words: its class noun, its tags (but the catalog's broad
category tags, which many families share), the head nouns of its tag phrases (its medium, its
content). A user may ask for the same thing by another word for one of them. The whole class
noun is read in its most frequent sense (the card says it is one); every other naming word in
the sense that shares most words with the card's own text and with what its class is a kind of
(a word none of whose senses the card supports is left alone). Senses with many direct kinds
are categories (a person, a vehicle, a style) and name no one card: they are left out. The card
is then also called by:
- the other words of those senses (synonyms), at `STRENGTH[Field.LEXICAL]`, and
- the words of what they are a kind of, one step up (a cockatiel is a parrot), as a category
  at `STRENGTH[Field.CATEGORY]`, unless that is itself a broad category.
A word is added only where the sense is that word's most frequent meaning, so a request that
uses it in its ordinary sense means the card's thing. Proper nouns, and collocations that cannot
be typed as one word, are never added. The card's name is not expanded (a name is no
description), except, for a style or concept, a name word that says what it is.

features.CatalogIndex adds the words (`Family.lexical`, `Family.lexical_names`);
evidence.lexical_match marks a word that reached a family only through them as a LEXICAL
match, and the rule `lexical_synonyms` switches them all off.
"""

from __future__ import annotations

import re
from functools import lru_cache

from typing import Callable

from personalq.catalog.card import Card
from personalq.checkin.clipping import common_noun
from personalq.checkin.lexicon import Lexicon, Synset, closed_forms, lexicon
from personalq.checkin.text import STOPWORDS, Token, stem, tokenize
from personalq.checkin.tuning import CONTEXT_HYPERNYM_DEPTH, LEXICAL_HYPONYM_MAX, LEXICAL_SENSES

COMPOSING = ("style", "concept")  # kinds named in a phrase only by what they are (reasoner.py)
_TYPED = re.compile(r"[a-z]+(?:[ -][a-z]+)*")  # a lemma a user could type (no digits, no "'s")

# gloss words that say nothing about which sense is meant
_GLOSS_NOISE = STOPWORDS | frozenset("used usually often especially something someone one "
                                     "kind type form".split())


def class_phrase(card: Card) -> str:
    """The class noun as the lexicon spells a collocation ("oil painting"), lower case."""
    return " ".join(t.low for t in tokenize(card.class_noun) if t.low not in STOPWORDS)


def naming_words(card: Card, skip: frozenset[str] = frozenset()) -> list[str]:
    """The words that name what the card is, other than the class noun itself: the class
    noun's head (when the whole phrase is no entry of the lexicon), and each tag not in `skip`
    (the catalog's broad category tags) as a collocation and its head noun. Lower case."""
    out: list[str] = []

    def add_phrase(toks: list[str]) -> None:
        if len(toks) >= 2:
            out.append(" ".join(toks))
        if toks:
            out.append(toks[-1])

    head = class_phrase(card).split()[-1:]
    if head and head != class_phrase(card).split():
        out.append(head[0])
    for tag in card.tags:
        if tag.strip().lower() not in skip:
            add_phrase([t.low for t in tokenize(tag) if t.low not in STOPWORDS])
    return list(dict.fromkeys(w for w in out if w and w != class_phrase(card)))


def _stems(texts: list[str]) -> set[str]:
    return {t.stem for text in texts for t in tokenize(text) if t.low not in _GLOSS_NOISE}


def _context(lx: Lexicon, cards: list[Card], skip: frozenset[str]) -> set[str]:
    """Stems of the cards' own words (but their names, their broad category tags and older
    versions' descriptions) and of what their classes are kinds of, for choosing the sense of
    each naming word: the tag "pet" on a card whose class is a kind of animal means the animal
    kept, not a darling."""
    texts = {cards[-1].description}
    ancestry: set[str] = set()
    for card in cards:
        texts.update([card.class_noun, *(t for t in card.tags if t.strip().lower() not in skip)])
        ancestry |= _ancestry(lx, _declared(lx, card))
    return _stems(sorted(texts)) | ancestry


def _declared(lx: Lexicon, card: Card) -> Synset | None:
    """The most frequent sense of the card's whole class noun, when the lexicon has it."""
    phrase = class_phrase(card)
    return lx.first_sense(phrase) if phrase else None


@lru_cache(maxsize=16384)
def _ancestry(lx: Lexicon, sense: Synset | None) -> frozenset[str]:
    """Stems of the words of what `sense` is a kind of, CONTEXT_HYPERNYM_DEPTH links up."""
    texts: list[str] = []
    for _ in range(CONTEXT_HYPERNYM_DEPTH):
        if sense is None or not sense.hypernyms:
            break
        sense = lx.synset(sense.hypernyms[0])
        texts.extend(sense.lemmas)
    return frozenset(_stems(texts))


@lru_cache(maxsize=65536)
def _sense_words(lx: Lexicon, synset: Synset) -> frozenset[str]:
    """Stems of a sense's words, its gloss and its hypernyms' words."""
    return frozenset(_stems([*synset.lemmas, synset.gloss,
                             *(w for h in lx.hypernyms(synset) for w in h.lemmas)]))


def card_sense(lx: Lexicon, word: str, context: set[str]) -> Synset | None:
    """The sense of `word` the card means: of its LEXICAL_SENSES most frequent senses, the one
    that shares most words with the card (the most frequent one on a tie). A word none of
    whose meanings the card's words support is left alone: which thing it names there is
    unknown ("classical" on a painting style is not classical music; the head of a brand name
    is not the common noun)."""
    senses = lx.senses(word)[:LEXICAL_SENSES]
    if not senses:
        return None
    own = {stem(p) for p in word.split()}
    overlap = [len((_sense_words(lx, s) - own) & context) for s in senses]
    return senses[overlap.index(max(overlap))] if max(overlap) > 0 else None


def broad(synset: Synset) -> bool:
    """A sense with many direct kinds is a category (a person, a vehicle, a style): its words
    and its kinds describe thousands of things, so they name no one card."""
    return len(synset.hyponyms) > LEXICAL_HYPONYM_MAX


def _typed_forms(lx: Lexicon, synset: Synset) -> set[str]:
    """How the common-noun words of a sense are typed as one word, for those whose most
    frequent meaning the sense is."""
    out: set[str] = set()
    for lemma in synset.common_lemmas():
        if not _TYPED.fullmatch(lemma) or lemma in STOPWORDS or not lx.dominant(lemma, synset):
            continue
        out.update(f for f in closed_forms(lemma) if f.isalpha())
    return out


def card_senses(cards: list[Card], skip: frozenset[str], lx: Lexicon) -> list[Synset]:
    """The senses the versions of one concept (`cards`, oldest first) are named in: the whole
    class noun's most frequent sense (the cards say they are one of these), and each naming
    word in the sense the cards support; broad senses left out."""
    found: list[Synset] = [d for d in map(lambda c: _declared(lx, c), cards) if d is not None]
    context = _context(lx, cards, skip)
    for word in dict.fromkeys(w for card in cards for w in naming_words(card, skip)):
        sense = card_sense(lx, word, context)
        if sense is not None:
            found.append(sense)
    return [s for s in dict.fromkeys(found) if not broad(s)]


def lexical_words(cards: list[Card], skip: frozenset[str] = frozenset(),
                  lx: Lexicon | None = None) -> set[str]:
    """Stems of the words the versions of one concept (`cards`, oldest first) can also be
    called by: the other words of the senses they are named in."""
    lx = lx if lx is not None else lexicon()
    if lx is None:
        return set()
    found = {w for sense in card_senses(cards, skip, lx) for w in _typed_forms(lx, sense)}
    return {stem(w) for w in found} - {""}


def kind_of_words(cards: list[Card], skip: frozenset[str] = frozenset(),
                  lx: Lexicon | None = None) -> set[str]:
    """Stems of the words for what the cards' things are a kind of, one step up (a budgie is
    a parakeet, a sofa a seat): a category that puts the card among its kind, weaker than a
    name for it; a broad category (with many kinds) is left out."""
    lx = lx if lx is not None else lexicon()
    if lx is None:
        return set()
    found = {w for sense in card_senses(cards, skip, lx) for up in lx.hypernyms(sense)
             if not broad(up) for w in _typed_forms(lx, up)}
    return {stem(w) for w in found} - {""}


def family_words(cards: list[Card], skip: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(lexical_words, kind_of_words) of one family, kept per family content: a catalog is
    indexed again on every change, and most families have not changed."""
    lx = lexicon()
    if lx is None:
        return frozenset(), frozenset()
    key = (tuple((c.kind, c.class_noun, tuple(c.tags)) for c in cards), cards[-1].description,
           skip)
    found = _FAMILY_CACHE.get(key)
    if found is None:
        found = _FAMILY_CACHE[key] = (frozenset(lexical_words(cards, skip, lx)),
                                      frozenset(kind_of_words(cards, skip, lx)))
        if len(_FAMILY_CACHE) > _FAMILY_CACHE_MAX:
            _FAMILY_CACHE.pop(next(iter(_FAMILY_CACHE)))
    return found


_FAMILY_CACHE: dict[tuple, tuple[frozenset[str], frozenset[str]]] = {}
_FAMILY_CACHE_MAX = 100_000


def what_it_is_words(cards: list[Card], says_what_it_is: Callable[[Token], bool],
                     skip: frozenset[str]) -> set[str]:
    """Other words for what a style or concept (`cards`, oldest first) is: for its whole class
    noun, and for the words of its name that say what it is (`says_what_it_is`: its cards use
    them as ordinary nouns too, a name like "Tartan Scarf"), in the sense the cards support. A
    name borrowed from an ordinary word says nothing of what the card is and gains nothing."""
    lx = lexicon()
    if lx is None:
        return set()
    found: set[str] = set()
    declared = _declared(lx, cards[-1])
    if declared is not None and not broad(declared):
        found |= _typed_forms(lx, declared)
    context = _context(lx, cards, skip)
    for tok in tokenize(cards[-1].name):
        if tok.low in STOPWORDS or not says_what_it_is(tok):
            continue
        sense = card_sense(lx, tok.low, context)
        if sense is not None and not broad(sense):
            found |= _typed_forms(lx, sense)
    return {stem(w) for w in found} - {""}


HEAD_CLIP_MIN = 4  # letters of a clipped head ("loco"): a shorter start is any word's
HEAD_CLIP_REST = 3  # letters a clip leaves off at least (a clip is a clearly shorter word)


def head_word_phrases(class_noun: str) -> set[tuple[str, ...]]:
    """Rule other_word_for_the_head_of_a_kind: a class noun of several words that WordNet has as
    one entry ("steam locomotive") keeps its modifiers when typed, and its head may be said by
    another word for it in the sense the whole is a kind of (the entry's hypernym: a steam
    locomotive is a "locomotive, engine", so "steam engine"), or clipped at a syllable's end
    ("steam loco": HEAD_CLIP_MIN letters kept, HEAD_CLIP_REST at least left off, and no common
    noun of its own, which would keep its own meaning). The modifiers, typed together with it,
    choose the sense, so the other word need not be the head's commonest meaning. A class noun
    with "of" ("box of ...") has its head before it and is left alone. Stems of the phrases."""
    words = [t.low for t in tokenize(class_noun)]
    lx = lexicon()
    if len(words) < 2 or "of" in words or not all(w.isalpha() for w in words) or lx is None:
        return set()
    head, mods = words[-1], tuple(stem(w) for w in words[:-1])
    whole = lx.first_sense("_".join(words))
    if whole is None:
        return set()
    others = {w for s in lx.hypernyms(whole) if head in s.lemmas
              for w in s.common_lemmas() if w.isalpha() and w != head}
    others |= {head[:k] for k in range(HEAD_CLIP_MIN, len(head) - HEAD_CLIP_REST + 1)
               if (head[k - 1] not in "aeiouy" or head[k] not in "aeiouy") and
               not common_noun(head[:k])}
    return {mods + (stem(w),) for w in others}
