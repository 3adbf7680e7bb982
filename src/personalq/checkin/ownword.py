"""Every checkpoint of a composition needs a word of its own.

A select of several families draws each of them. A family joins only when some word of the
request refers to it and not merely to what another chosen card already shows: "the beekeeper
with his grey moustache" is the beekeeper whose card gives him that moustache, not a second
moustached man; "the taxi with the gold lettering" is the taxi whose card says how it is
lettered, not a gilded style besides. A word that names the family (its name, its class noun)
is always its own; a relation the cards state reaches it too (relations.py), and stays.
"""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin.features import CatalogIndex
from personalq.checkin.reasoner import Outcome, Resolution
from personalq.checkin.rules import named_rule
from personalq.checkin.text import STOPWORDS, Token, content_word, tokenize
from personalq.checkin.second import being
from personalq.checkin.second_opinion import SPEAKER
from personalq.checkin.tuning import NAMING_STRENGTH, STRENGTH, Field

OWN_WORD = named_rule("second_card_needs_a_word_of_its_own")
OWN_FEATURE = named_rule("pointed_feature_is_the_subjects_own")
SPEAKER_IS_OWN = named_rule("speaker_word_is_the_owners_own")
"""(round 29) "me"/"myself" in a request is the owner, read so by the reasoner: another chosen
card whose description happens to say "myself" ("a shed I built myself") does not account for it, so
the owner's card keeps its place in the picture."""
# the definite article before a thing says it is already known ("his/her/their <thing>":
# reasoner's his_her_thing_is_the_subjects_own; "my/our": the owner's things are cards of their own)
KNOWN_POINTERS = frozenset({"the"})


def _content(request: str) -> list[Token]:
    return [t for t in tokenize(request) if content_word(t)]


def _explains(index: CatalogIndex, card: Card, tok: Token, strength: float) -> bool:
    """Does this chosen card account for the word as well as a rival it would draw: its own
    card says the word, or its family knows it at least as strongly?"""
    fam = index.families[card.family]
    return tok.stem in fam.card_terms.get(card.id, ()) or \
        index.lookup(tok).strengths.get(card.family, 0.0) >= strength


def _says_what_it_is(index: CatalogIndex, card: Card, others: list[Card], tok: Token,
                     strength: float) -> bool:
    """A naming word of the card (its class noun or a one-word tag) that every other chosen
    card's description only mentions ("the shop" beside a person seen at one): the word says
    what this card is. For a person or an animal only a noun for a being says what it is
    ("her kid"), never a trait or a garment its tags list."""
    fam = index.families[card.family]
    if fam.kind != "subject" or (strength < STRENGTH[Field.TAG] and
                                 tok.stem not in fam.class_words):
        return False  # a style's or concept's tags say how it looks, not what a thing is
    if _a_being(index, card.family) and not being(tok.low):
        return False
    return all(index.lookup(tok).strengths.get(o.family, 0.0) < STRENGTH[Field.TAG]
               for o in others)


def _plural_of_their_kind(match, card: Card, others: list[Card], tok: Token,
                          strength: float) -> bool:
    """A plural noun for a kind that names this card and another chosen one alike ("the two
    goats") means each of them."""
    synonym = STRENGTH[Field.SYNONYM]
    return tok.low != tok.stem and strength >= synonym and \
        any(match.strengths.get(o.family, 0.0) >= synonym for o in others)


def subjects_own_feature(index: CatalogIndex, card: Card, others: list[Card], tok: Token,
                         before: Token | None) -> bool:
    """Rule pointed_feature_is_the_subjects_own: "the" + a concept LoRA's word ("with the
    <hairstyle> tied up", "before he grew the <hairstyle>") points at a thing already known, as
    "his"/"her" does (his_her_thing_is_the_subjects_own): where a chosen subject's own cards (any
    version) give that word, it is that subject's feature, and the picture is of that version of
    them, not the subject with the LoRA added. "in a <garment>", "with <hairstyle>" unpointed, or
    a thing no card of theirs gives, still asks for the LoRA."""
    if index.families[card.family].kind != "concept" or before is None or \
            before.low not in KNOWN_POINTERS:
        return False
    return any(index.families[o.family].kind == "subject" and
               any(tok.stem in terms for terms in index.families[o.family].card_terms.values())
               for o in others)


def _has_own_word(index: CatalogIndex, card: Card, others: list[Card], toks: list[Token],
                  prior: dict[int, Token], own_feature: bool) -> bool:
    """Some request word refers to this card's family and to none of the others as well; a
    family no word reaches at all (a relation, a pointer) is not judged here."""
    reached = False
    for tok in toks:
        match = index.lookup(tok)
        strength = match.strengths.get(card.family, 0.0)
        if strength <= 0.0:
            continue
        reached = True
        if own_feature and subjects_own_feature(index, card, others, tok, prior.get(tok.start)):
            continue
        if card.family in match.named or strength >= NAMING_STRENGTH or \
                _says_what_it_is(index, card, others, tok, strength) or \
                _plural_of_their_kind(match, card, others, tok, strength):
            return True
        if not any(_explains(index, o, tok, strength) for o in others):
            return True
    return not reached


def _a_being(index: CatalogIndex, key: str) -> bool:
    fam = index.families[key]
    return fam.kind == "subject" and being(fam.class_head)


def _reasoned(index: CatalogIndex, resolutions: list[Resolution],
              disabled: frozenset[str] = frozenset()) -> set[str]:
    """Families the reasoner chose by more than a card's words: a relation its cards state, a
    word that reaches it only through reading ("me" for the owner, a name's other form), the
    speaker's own word (speaker_word_is_the_owners_own), or a noun for a being that it read as
    this person or animal."""
    out = set()
    for res in resolutions:
        if res.outcome != Outcome.SELECT or not res.families:
            continue
        fam, said = res.families[0], res.matched.get(res.families[0], ())
        if res.related or any(index.lookup(t).strengths.get(fam, 0.0) <= 0.0 for t in said):
            out.add(fam)
        elif any(t.low in SPEAKER for t in said) and SPEAKER_IS_OWN not in disabled:
            out.add(fam)  # "me": the owner, whatever another card's "I built it myself" says
        elif _a_being(index, fam) and any(being(t.low) for t in said):
            out.add(fam)  # "her kid": a noun for a being, read as this one
    return out


def without_unmentioned(index: CatalogIndex, request: str, chosen: list[Card],
                        resolutions: list[Resolution],
                        disabled: frozenset[str] = frozenset()) -> list[Card]:
    """Rule second_card_needs_a_word_of_its_own: the chosen cards less each one whose every
    word in the request another chosen card's own card accounts for (a trait, a garment, a
    setting the first card's description already gives). A card a relation reached, or one
    whose trigger is typed, or one the reasoner read from a word its cards lack ("me"), keeps
    its place; all dropped means none is, and all stay."""
    if len(chosen) < 2:
        return chosen
    toks = _content(request)
    seen = {t.start for t in toks}
    toks += [t for res in resolutions for ts in res.matched.values() for t in ts
             if t.start not in seen and t.text.lower() in STOPWORDS]  # "me": the owner
    low = request.lower()
    related = _reasoned(index, resolutions, disabled)
    words = tokenize(request)
    prior = {t.start: p for p, t in zip(words, words[1:])}  # each word's word before
    own_feature = OWN_FEATURE not in disabled
    kept = []
    for card in chosen:
        others = [c for c in chosen if c is not card]
        if card.family in related or card.trigger.lower() in low or \
                _has_own_word(index, card, others, toks, prior, own_feature):
            kept.append(card)
    return kept if kept else chosen
