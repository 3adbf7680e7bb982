"""Containers and measures of stuff: "a <container> of <contents>" ("a crock of ...", "a
punnet of ...", "a wedge of ...", "two flagons of ...").

The article of such a phrase counts the container, not what is in it: the contents are a mass or
a product, determined by their own words. So the generic article does not make the contents any
thing of their kind: "a crock of our plum jam" is one crock of the owner's jam, "a flask of
Mossbeck" one flask of that brand, and "a crate of cider apples" any apples. Where the owner's
product card is named by the contents' own pointer ("our"/"my"/"<someone>'s"), by a capitalised
word of its name, or by its whole name written in the "of" form ("a tin of toffee" for a product
called "Toffee Tin", the English alternation of "<contents> <container>" and "<container> of
<contents>"), the phrase is that product (rule contents_of_a_container_are_the_product).

A container holds stuff, not a being: a pet, a person or a character named after a food ("a jar of
Marmalade" beside a cat called Marmalade) is not what a container phrase's contents name, written
capitalised or not. A card counts as a product by what it is (class head, tags), not by the word
typed: see `is_product`. The product's own name typed whole in any case ("a jar of plum butter"), or
a word of it English does not have, names it too where no being is named so; and a product's
versions differ by their packaging, so neither its contents' words nor a place phrase ("on the
<noun>") pick one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from personalq.checkin.features import CatalogIndex, Family
from personalq.checkin.intent import Determiner, Mention
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.text import Token, english_words, tokenize
from personalq.checkin.tuning import (BEING_DEPTH, BEING_SENSES, CONTAINER_CLASSES, CONTENTS_REACH,
                                      COINED_MIN_CHARS, CONTAINER_DEPTH, CONTAINER_SENSES,
                                      MULTIWORD_NAME_MIN,
                                      PERSON_DEPTH,
                                      PERSON_SENSES, PRODUCT_SENSES, PRODUCT_TAGS)

POINTERS = frozenset(("my", "our", "your", "their"))


@dataclass(frozen=True)
class Contents:
    """A container phrase of a mention: the container word and the words after its "of"."""

    container: Token | None
    words: tuple[Token, ...]

    def pointed(self) -> bool:
        """The contents carry their own possessive ("of our ...", "of Ama's ...")."""
        return bool(self.words) and (self.words[0].low in POINTERS or self.words[0].possessive)

    def holds(self, tok: Token) -> bool:
        return any(t.start == tok.start for t in self.words)


@lru_cache(maxsize=4096)
def container_word(low: str) -> bool:
    """Is the word a container or a measure of stuff in one of its commonest meanings?"""
    lx = lexicon()
    return lx is not None and any(lx.is_a(low, c, CONTAINER_DEPTH, CONTAINER_SENSES)
                                  for c in CONTAINER_CLASSES)


def contents_of(mention: Mention, units: frozenset[str] = frozenset()) -> Contents | None:
    """The mention's "<container> of <contents>"; or the whole mention where the parser split
    off a container the catalog does not know ("a crock of | Mossbeck": Determiner.CONTAINER),
    with no container word then. `units`: stems a card's class noun gives as the unit its
    product comes in ("bar" of a "soap bar"), containers too."""
    toks = list(mention.all_tokens)
    if mention.determiner == Determiner.CONTAINER:
        rest = tuple(t for t in toks if t.low not in ("a", "an", "the"))
        return Contents(None, rest) if rest else None
    for i in range(len(toks) - 2):
        if toks[i + 1].low == "of" and (toks[i].stem in units or container_word(toks[i].low)):
            rest = tuple(t for t in toks[i + 2:] if t.low not in ("a", "an", "the"))
            return Contents(toks[i], rest) if rest else None
    return None


@lru_cache(maxsize=4096)
def _being_word(head: str) -> bool:
    """A person or an organism in some meaning, unless its commonest meaning is a made thing or
    stuff (`_thing_first`)."""
    lx = lexicon()
    return lx is not None and bool(head) and not _thing_first(head) and (
        lx.is_a(head, "person", PERSON_DEPTH, PERSON_SENSES) or
        lx.is_a(head, "organism", BEING_DEPTH, BEING_SENSES))


THING_FIRST_RULE = "class_noun_read_in_its_commonest_meaning"  # rules.py registers it
THING_FILES = frozenset({LEXFILE["artifact"], LEXFILE["food"], LEXFILE["substance"]})


def _thing_first(head: str) -> bool:
    """class_noun_read_in_its_commonest_meaning (round 21): a card's class noun names the thing
    in the word's commonest meaning; a noun whose first WordNet meaning is a made thing, a food
    or a substance (a bag, a tin) is that thing, whatever a rare meaning says ("old bag", a
    person)."""
    lx = lexicon()
    first = lx.first_sense(head) if lx is not None else None
    return first is not None and first.lexfile in THING_FILES and \
        THING_FIRST_RULE not in _OFF


_OFF: set[str] = set()  # the switched-off rules of this process's index (set_off)


def set_off(off: frozenset[str]) -> None:
    """Switch class_noun_read_in_its_commonest_meaning as the index's switches say (the helpers
    here are cached per word, so a change clears them)."""
    if (THING_FIRST_RULE in off) != (THING_FIRST_RULE in _OFF):
        _OFF.clear()
        _OFF.update(off & {THING_FIRST_RULE})
        _being_word.cache_clear()


@lru_cache(maxsize=4096)
def _product_word(head: str) -> bool:
    """A container, or a food or substance, in one of the head's commonest meanings."""
    lx = lexicon()
    if lx is None or not head:
        return False
    stuff = {LEXFILE["food"], LEXFILE["substance"]}
    return any(s.lexfile in stuff for s in lx.senses(head)[:PRODUCT_SENSES]) or \
        any(lx.is_a(head, c, CONTAINER_DEPTH, PRODUCT_SENSES) for c in CONTAINER_CLASSES)


def is_being(fam: Family) -> bool:
    """A subject that is a person or an organism (a pet, a character): no container's contents."""
    return fam.kind == "subject" and _being_word(fam.class_head)


def is_product(fam: Family) -> bool:
    """A subject one may hold a unit of: its class head is a container, a food or a substance,
    or its cards call it a product; never a being."""
    if fam.kind != "subject" or is_being(fam):
        return False
    tags = {t.lower() for c in fam.cards for t in c.tags}
    return _product_word(fam.class_head) or any(t in tags for t in PRODUCT_TAGS)


def names_the_product(index: CatalogIndex, mention: Mention, fam_key: str) -> bool:
    """The container phrase's contents name this product card: by their own pointer, by a
    capitalised word of its name, or by its whole name in the "of" form ("a tin of toffee" for
    "Toffee Tin")."""
    fam = index.families[fam_key]
    if not is_product(fam):
        return False
    contents = contents_of(mention, frozenset(fam.class_words))
    if contents is None:
        return False
    if contents.pointed():
        return True
    if any(t.capitalized and index.is_name_of(fam_key, t) for t in contents.words):
        return True
    if whole_name_typed(index, contents, fam_key):
        return True
    if NAME_SAYS_THE_KIND_RULE not in index.disabled and name_says_the_kind(index, contents.words, fam_key):
        return True
    typed = {t.low for t in contents.words} | {t.stem for t in contents.words}
    head = contents.container
    return head is not None and any(len(ph) >= 2 and ph[-1] in (head.low, head.stem) and set(ph[:-1]) <= typed
               for ph in fam.name_phrases)


_WORDS_RE = re.compile(r"[a-z]+", re.I)
NAME_SAYS_THE_KIND_RULE = "name_word_says_what_the_product_is"  # rules.py registers it


def name_says_the_kind(index: CatalogIndex, words: tuple[Token, ...], fam_key: str) -> bool:
    """name_word_says_what_the_product_is: a word of a product's name whose ordinary meaning is
    what its cards say the product is (a WordNet synonym of a word of its class noun or
    description: a name "<Brand> Wax" on a card calling it a polish) names it as a common noun
    too: "a jar of the wax" is that product."""
    lx = lexicon()
    if lx is None:
        return False
    fam = index.families[fam_key]
    said = {w.lower() for c in fam.cards for w in _WORDS_RE.findall(f"{c.class_noun} {c.description}")}
    return any(index.is_name_of(fam_key, t) and lx.synonyms(t.low) & said for t in words)


def own_name(name: str) -> tuple[str, ...]:
    """A product's name less a leading possessor ("<Owner>'s Plum Butter" -> plum, butter):
    what one types for the stuff itself."""
    toks = [t for t in tokenize(name) if t.low not in ("a", "an", "the")]
    while toks and toks[0].possessive:
        toks = toks[1:]
    return tuple(t.low for t in toks)


@lru_cache(maxsize=4096)
def _coined(low: str) -> bool:
    """A word English does not have (no WordNet sense, not in the vocabulary)."""
    lx = lexicon()
    return lx is not None and low.isalpha() and len(low) >= COINED_MIN_CHARS and \
        low not in english_words() and not lx.senses(low)


def coined_name_word(index: CatalogIndex, fam_key: str, low: str) -> bool:
    """A word of the product's own name that English does not have (a brand's or a cuisine's
    coinage, "a flask of <coinage>") and no other family's name holds: typed in any case, it
    can only be that product's name."""
    fam = index.families[fam_key]
    if not _coined(low) or not any(low in own_name(c.name) for c in fam.cards):
        return False
    return not any(low in f.name_lows for k, f in index.families.items() if k != fam_key)


def whole_name_typed(index: CatalogIndex, contents: Contents, fam_key: str) -> bool:
    """The contents hold the product's own name of MULTIWORD_NAME_MIN words or more, in a row,
    in any case ("a jar of plum butter" for "Ama's Plum Butter"): several words of one name
    typed together name it as surely as a capital does, unless a being is named so too (a
    pet called after the stuff)."""
    typed = [t.low for t in contents.words]
    if any(coined_name_word(index, fam_key, w) for w in typed):
        return True
    return several_word_name_typed(index, typed, fam_key)


def several_word_name_typed(index: CatalogIndex, typed: list[str], fam_key: str) -> bool:
    """The lower-case words hold the product's own name of MULTIWORD_NAME_MIN words or more in a
    row, and no being is named so too."""
    for name in {own_name(c.name) for c in index.families[fam_key].cards}:
        n = len(name)
        if n < MULTIWORD_NAME_MIN or not any(tuple(typed[i:i + n]) == name
                                             for i in range(len(typed) - n + 1)):
            continue
        if not any(is_being(f) and set(name) <= f.name_lows for f in index.families.values()):
            return True
    return False


def being_in_contents(index: CatalogIndex, mention: Mention, tok: Token, fam_key: str) -> bool:
    """A word of a container phrase's contents that would name a being (a pet named after a
    food): the contents are stuff, so not the being."""
    contents = contents_of(mention)
    return contents is not None and contents.holds(tok) and not tok.possessive and \
        is_being(index.families[fam_key])


def in_contents(text: str, tok: Token) -> bool:
    """Does the word stand in the contents of a container phrase of the request ("... of our
    <word>", "... of <word>"), at most CONTENTS_REACH words after the "of"?"""
    toks = tokenize(text)
    at = next((i for i, t in enumerate(toks) if t.start == tok.start), None)
    if at is None:
        return False
    for i in range(at - 1, max(at - 1 - CONTENTS_REACH, 0), -1):
        if toks[i].low == "of":
            return container_word(toks[i - 1].low)
    return False


def contents_name_no_version(fam: Family, clues: list[Token], text: str) -> list[Token]:
    """A product's versions differ by their packaging, not by what is in it: a word of a
    container phrase's contents that says what the product is (its class noun or one-word tag
    on some version) picks no version; its describing words still do."""
    if not is_product(fam):
        return clues
    return [t for t in clues if not (t.stem in fam.naming_words and in_contents(text, t))]


PLACE_PREPOSITIONS = frozenset("on at by beside near under behind".split())


def where_it_stands(fam: Family, toks: list[Token], text: str) -> list[Token]:
    """A product's versions differ by their packaging, not by where it is put: the words of a
    place phrase ("on the <noun>", "by a <noun>") pick no version of a product."""
    if not is_product(fam):
        return []
    all_toks = tokenize(text)
    starts = {t.start: i for i, t in enumerate(all_toks)}
    out = []
    for tok in toks:
        i = starts.get(tok.start)
        j = i - 1 if i is not None else -1
        while j >= 0 and all_toks[j].low in ("the", "a", "an", "this", "that"):
            j -= 1
        if j >= 0 and all_toks[j].low in PLACE_PREPOSITIONS:
            out.append(tok)
    return out
