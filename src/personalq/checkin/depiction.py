"""Rule `depicted_kind_fits_the_style` (rules.DEPICTED_KIND): "a <modifiers> <medium> of <thing>"
says which kind of picture is drawn, and a style LoRA is that kind or not.

English names a kind of picture by a head noun for the medium ("print", "painting", "poster")
and narrows it with the words before it ("potato print", "tempera painting"). A style's class
noun does the same ("woodcut print", "fresco painting"). The phrase fits a style when its
head is one of the style's class or one-word tag words and every modifier is a word the
style's cards use or a word English has no noun for (a participle or an adjective, which
describes the picture without making another kind of it: "a carved ... print"). A modifier that
is an English noun the style's cards never use makes another kind: a tempera painting is no
fresco painting, however close the two are in meaning.

Two consequences (select.py): a question the calibrated model asks between styles none of
which the phrase fits is none; and when the phrase fits a style the model finds plausible but
not certain, the styles of the same class noun (look-alikes the user may well mean, since the
phrase named the medium they share) are asked about together.
"""

from __future__ import annotations

from dataclasses import dataclass

from personalq.checkin.calibrated import DEPICTIONS
from personalq.checkin.features import CatalogIndex
from personalq.checkin.lexicon import lexicon
from personalq.checkin.synonyms import one_kind
from personalq.checkin.text import (ANY_PICTURE, DETERMINERS, GOVERNING, STOPWORDS, Token, tokenize,
                                    verb_form)

_DETERMINERS = frozenset().union(*DETERMINERS.values())


@dataclass(frozen=True)
class Depiction:
    """One "<modifiers> <medium> of ..." phrase of the request."""

    modifiers: tuple[Token, ...]
    head: Token


def depictions(request: str, heads: frozenset[str] = DEPICTIONS) -> list[Depiction]:
    """Every noun phrase of the request whose head is a picture noun (`heads`) followed by
    "of", with the content words before it back to its determiner or a preposition."""
    toks = tokenize(request)
    out = []
    for i in range(len(toks) - 1):
        if toks[i].low not in heads or toks[i + 1].low != "of":
            continue
        mods: list[Token] = []
        j = i - 1
        while j >= 0 and toks[j].low not in _DETERMINERS and toks[j].low not in GOVERNING:
            if toks[j].low not in STOPWORDS:
                mods.append(toks[j])
            j -= 1
        out.append(Depiction(tuple(reversed(mods)), toks[i]))
    return out


def fits(index: CatalogIndex, fam_key: str, dep: Depiction) -> bool:
    """Does the phrase name the kind of picture this style family draws? (module docstring)
    Its head must be a class or one-word tag word of the style, not a tag most styles of the
    catalog carry ("style"): that says nothing about which kind."""
    fam = index.families[fam_key]
    if fam.kind != "style":
        return False
    naming = (fam.class_words | fam.naming_words) - index.common_tags
    if dep.head.stem not in naming and dep.head.low not in naming:
        return False
    return all(index.family_knows(fam_key, t) or _no_noun(t) for t in dep.modifiers)


def narrows_to(index: CatalogIndex, fam_key: str, dep: Depiction) -> bool:
    """The phrase fits the style and narrows its head with a word the style's cards use: it
    names that style's kind of picture, not just any painting or print."""
    return fits(index, fam_key, dep) and any(index.family_knows(fam_key, t)
                                             for t in dep.modifiers)


def _no_noun(tok: Token) -> bool:
    """A word that cannot make another kind of thing: a verb form (a participle) or a word
    English has no noun for."""
    lx = lexicon()
    return verb_form(tok.low) or (lx is not None and not lx.senses(tok.low))


def medium_styles(index: CatalogIndex, dep: Depiction) -> list[str]:
    """Rule depicted_medium_asks_which_style: the style families whose own medium the phrase's
    head names (a class or one-word tag word of theirs, or another name of that kind: "aquarelle"
    for a watercolour) and whose cards fit every modifier as in `fits`; where a modifier is a
    word of some of them only, those. A noun any picture is called by names no medium: then a
    word before it may ("a <medium> painting of")."""
    generic = dep.head.low in ANY_PICTURE or dep.head.stem in ANY_PICTURE
    media = [t for t in dep.modifiers if not _no_noun(t) or index.lookup(t).strengths] \
        if generic else [dep.head]  # "a <medium> painting of": the modifier names it
    out = []
    for key in dict.fromkeys(k for t in media for k in index.lookup(t).strengths):
        fam = index.families[key]
        if fam.kind != "style" or key in out:
            continue
        naming = (fam.class_words | fam.naming_words | fam.lexical_names) - index.common_tags
        if not any(t.stem in naming or t.low in naming or one_kind(t.low, naming)
                   for t in media):
            continue
        if all(index.family_knows(key, t) or _no_noun(t) for t in dep.modifiers):
            out.append(key)
    narrowed = [k for k in out if any(index.family_knows(k, t) for t in dep.modifiers)]
    return narrowed or out
