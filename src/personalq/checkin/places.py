"""The owner's places and kinds of things named in other words than the card's (round 21).

Households call their own shop, house, stand or takeout by the everyday word for that kind of
place, not by the card's word: a noodle bar's card is "the noodle shop", a flower stall "the
peony stall". Two readings of a two-noun phrase "<modifier> <head>" follow (rules.py registers them):

- `head_noun_is_the_same_kind_of_place`: the head is another word for the kind of building or
  establishment the card is (WordNet: both are buildings or establishments, "shop" and "restaurant"), so a
  modifier the card knows ("chip" of a fish-and-chips takeout) still names that card; a head of
  another kind (a box, a jar) keeps the phrase about that other thing.
- `narrower_modifier_of_the_class_head`: the modifier is a kind of the word the card's class noun
  puts before the same head ("<peony> stall" for a "flower stall": WordNet has peonies under
  flowers) or means nearly what it means (MiniLM word meaning), so the head word, the card's own,
  still names the card; only in a phrase pointed at the owner's thing ("the", "our"): "a
  <peony> stall" is any stall.
"""

from __future__ import annotations

from functools import lru_cache

from personalq.checkin.dense import POINTED
from personalq.checkin.features import CatalogIndex, Family
from personalq.checkin.intent import Mention
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.text import Token
from personalq.checkin.tuning import (MODIFIER_KIND_DEPTH, MODIFIER_MIN_COSINE, PLACE_DEPTH,
                                      PLACE_SENSES)

# WordNet's artifact senses of the kinds of place a household owns or runs: a house, a barn, a
# restaurant (building), a shop, a bakery (establishment), a flat (housing), a stall (shelter);
# not every structure: a bridge, a gate, a fence are no one's place
PLACE_ROOTS = ("building", "establishment", "housing", "shelter")


@lru_cache(maxsize=4096)
def place_word(low: str) -> bool:
    """Is one of the word's `PLACE_SENSES` most frequent noun meanings a building, an
    establishment, housing or a shelter (`PLACE_ROOTS`, at most `PLACE_DEPTH` links up)?"""
    lx = lexicon()
    if lx is None:
        return False
    roots = {s.offset for r in PLACE_ROOTS for s in lx.senses(r) if s.lexfile == LEXFILE["artifact"]}
    return lx.reaches(low, roots, PLACE_DEPTH, PLACE_SENSES)


def is_place(fam: Family) -> bool:
    """Does the family's class head name a building or an establishment (a teacup tagged with
    the room it stands in is no place)?"""
    heads = {c.class_noun.lower().split()[-1] for c in fam.cards if c.class_noun.strip()}
    return fam.kind == "subject" and any(place_word(h) for h in heads)


def same_kind_of_place(index: CatalogIndex, fam_key: str, head: Token) -> bool:
    """Do the head noun and the family's own naming words both name a building or an
    establishment?"""
    return place_word(head.low) and is_place(index.families[fam_key])


def kind_word_of_a_place(fam: Family, tok: Token) -> bool:
    """Is the word one of a place family's own kind words (a one-word tag or class word)?"""
    return (tok.low in fam.naming_words or tok.stem in fam.naming_words) and is_place(fam)


def _modifiers_of(fam, head: Token) -> set[str]:
    """The words the family's class noun or tag phrases put right before `head`."""
    phrases = {c.class_noun.lower() for c in fam.cards} | {t.lower() for c in fam.cards
                                                          for t in c.tags}
    found = set()
    for phrase in phrases:
        words = phrase.split()
        for j in range(1, len(words)):
            if words[j] in (head.low, head.stem):
                found.add(words[j - 1])
    return found


def narrower_modifier(index: CatalogIndex, fam_key: str, mention: Mention, mod: Token,
                      head: Token) -> bool:
    """Is `mod` a kind of (WordNet) or nearly the meaning of (MiniLM) the word the family's
    class noun puts before `head`, in a phrase pointed at the owner's thing?"""
    if mention.determiner not in POINTED:
        return False
    lx = lexicon()
    for own in _modifiers_of(index.families[fam_key], head):
        if lx is not None and lx._is_a(mod.low, own, depth=MODIFIER_KIND_DEPTH, senses=2):
            return True
        if index.dense is not None and index.dense.cosine(mod.low, own) >= MODIFIER_MIN_COSINE:
            return True
    return False
