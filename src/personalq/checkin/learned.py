"""The owner's learned names in selection: the words they used when they answered a question.

Why: "mads" for Madison or "mom" for the owner's mother is knowledge only the owner has; no rule
can read it off the cards. When the owner answers a clarification, the words of the mention
that raised the question (minus what the options share and what the family is already called)
name the chosen family from then on (catalog/glossary.py stores them). When the owner corrects a
wrong select or a "none" (`personalq select --meant`), the request's words that point at the
meant family alone name it (`words_to_correct`).

A learned name reads as a name the cards state (`Family.name_phrases`, `name_lows`, the
postings at NAME strength), but only in a request that contains the whole phrase: the index
is overlaid for that request alone (`with_names`), so a request without the phrase is decided
exactly as before and nothing needs rebuilding when a name is learned or forgotten. A name of
a family the catalog no longer has is ignored.
"""

from __future__ import annotations

import copy
from collections import ChainMap
from collections.abc import Iterable

from personalq.catalog.glossary import MAX_WORDS, check_phrase
from personalq.checkin.aliases import ordinary_word
from personalq.checkin.features import CatalogIndex, Family
from personalq.checkin.intent import Mention, Role
from personalq.checkin.kinship import fold, rel_of
from personalq.checkin.text import (CHECKPOINT_WORDS, CUE_WORDS, DETERMINERS, STOPWORDS, Token,
                                    stem, tokenize)
from personalq.checkin.tuning import NAMING_STRENGTH, STRENGTH, Field
from personalq.errors import PersonalQError

NAMING_ROLES = (Role.SUBJECT, Role.STYLE, Role.CONCEPT)  # phrases that say what is shown
_NOT_A_NAME = STOPWORDS | CHECKPOINT_WORDS | frozenset().union(*DETERMINERS.values())


def phrase_words(text: str) -> tuple[str, ...]:
    """The words of a phrase as stored and matched: lower case, possessive "'s" dropped, no
    determiners, stopwords or checkpoint words ("the kayak lora" -> ("kayak",))."""
    return tuple(t.low.strip("'") for t in tokenize(text)
                 if t.low.strip("'") and t.low not in _NOT_A_NAME and any(c.isalnum() for c in t.low))


def phrase_of(text: str) -> str:
    """What `repo teach` stores for the user's phrase; PersonalQError for one with no word that
    can be a name, or more than MAX_WORDS (glossary.check_phrase, the one place of that limit)."""
    found = phrase_words(str(text))
    if not found:
        raise PersonalQError(f"{str(text).strip()!r} has no word that can name a checkpoint",
                             "teach the word you use for it, e.g. \"mads\" (words like "
                             "\"my\", \"the\" or \"lora\" are left out)")
    return check_phrase(" ".join(found))


def names_in(request: str, learned: dict[str, str], families: Iterable[str]
             ) -> list[tuple[tuple[str, ...], str]]:
    """The learned (phrase words, family) whose whole phrase the request contains, as
    consecutive words among its content words, for families the catalog still has."""
    if not learned:
        return []
    said = phrase_words(request)
    present = set(families)
    found = []
    for phrase, family in learned.items():
        words = tuple(phrase.split())
        if family in present and any(said[i:i + len(words)] == words
                                     for i in range(len(said) - len(words) + 1)):
            found.append((words, family))
    return found


def _named(fam: Family, words: tuple[str, ...]) -> Family:
    """A copy of the family that also goes by these words, as a card name of them would."""
    new = copy.copy(fam)
    stems = {stem(w) for w in words}
    forms = set(words) | {fold(w) for w in words}
    new.memo = {}
    new.name_lows = fam.name_lows | forms
    new.name_stems = fam.name_stems | {stem(f) for f in forms}
    new.name_phrases = sorted(set(fam.name_phrases) | {tuple(stem(w) for w in words)})
    new.aliases = fam.aliases | set(words)
    new.terms = dict(fam.terms)
    for key in stems | forms:
        new.terms[key] = STRENGTH[Field.NAME]
    new.card_terms = {cid: terms | stems for cid, terms in fam.card_terms.items()}  # every version
    new.synonyms, new.categories = fam.synonyms - stems, fam.categories - stems
    new.lexical, new.kin_forms = fam.lexical - stems, fam.kin_forms - stems
    return new


def with_names(index: CatalogIndex, names: list[tuple[tuple[str, ...], str]]) -> CatalogIndex:
    """The index for one request, in which each (words, family) is that family's name."""
    view = copy.copy(index)
    view.families = dict(index.families)  # (walked in order by the rules: a plain dict)
    view.postings = ChainMap({}, index.postings)  # the few changed words over the shared maps
    view.name_owners = ChainMap({}, index.name_owners)
    view.name_stem_owners = ChainMap({}, index.name_stem_owners)
    added: set[str] = set()
    for words, key in names:
        fam = _named(view.families[key], words)
        view.families[key] = fam
        keys = fam.name_lows - index.families[key].name_lows | {stem(w) for w in words}
        for term in keys:
            view.postings[term] = {**index.postings.get(term, {}), key: STRENGTH[Field.NAME]}
        for low in fam.name_lows:
            view.name_owners[low] = set(index.name_owners.get(low, ())) | {key}
        for st in fam.name_stems:
            view.name_stem_owners[st] = set(index.name_stem_owners.get(st, ())) | {key}
        added |= keys
    view.names = index.names | added
    view.vocab = index.vocab | added
    view.naming_vocab = index.naming_vocab | added
    view.lexical_only = index.lexical_only - added
    return view


def _mention_words(toks: list[Token]) -> list[Token]:
    return [t for t in toks if t.low.strip("'") and t.low not in _NOT_A_NAME
            and t.low not in CUE_WORDS and any(c.isalpha() for c in t.low)]


def _own(fam: Family, tok: Token) -> bool:
    """Is the word already the family's own name (as its cards state it) or its trigger's?"""
    return (tok.low in fam.name_lows or tok.stem in fam.name_stems
            or any(tok.low in c.trigger.lower().split() for c in fam.cards))


def _stated(fam: Family, tok: Token) -> bool:
    """Is the word one the family's cards state as a name or as what it is?"""
    return (_own(fam, tok) or tok.stem in fam.class_words or tok.stem in fam.naming_words
            or tok.low in fam.naming_words)


def _span(index: CatalogIndex, toks: list[Token], offered: set[str]) -> list[Token]:
    """The words that raised the question (each reaches an offered family, or names a relation,
    which the cards' stated relations answer: relations.py) and the words before them in the
    mention (English puts a noun's modifiers first: "middle" of a "middle child"); empty when
    no word of the mention reached an option."""
    reach = [bool(set(index.lookup(t).strengths) & offered) or rel_of(t.low, True) is not None
             for t in toks]
    if not any(reach):
        return []
    last = len(reach) - 1 - reach[::-1].index(True)
    return toks[:last + 1]


def _said_elsewhere(index: CatalogIndex, request: str, span: list[Token], family: str,
                    others: list[Family]) -> bool:
    """Does another word of the request point at the chosen family rather than at every other
    option, or name a relation ("on her father's side")? Then the owner's answer may rest on
    that word, not on what the mention called it, and nothing is learned."""
    inside = {t.start for t in span}
    for tok in _mention_words(tokenize(request)):
        if tok.start in inside:
            continue
        if rel_of(tok.low, True) is not None:
            return True
        reached = set(index.lookup(tok).strengths)
        if family in reached and not all(o.key in reached for o in others):
            return True
    return False


def words_to_learn(index: CatalogIndex, request: str, resolutions: list, options: list[str],
                   family: str) -> str | None:
    """The phrase an answer teaches: the words of the mention that raised the question between
    these options, up to the last word that reached one of them. None when the options are one
    family's versions, the mention came with describing phrases or another word of the request
    points at the chosen family (the answer may rest on them: `_said_elsewhere`),
    a word is already the chosen family's own name or trigger, every word
    says what another option is too (`_shared`: both dogs' cards say "dog"), or more than
    MAX_WORDS words are left (a name, never a sentence)."""
    offered = {index.by_id[i].family for i in options if i in index.by_id}
    if family not in offered or len(offered) < 2 or family not in index.families:
        return None
    raised = [r for r in resolutions if set(r.families) & offered]
    raised.sort(key=lambda r: r.outcome != "clarify")
    if not raised or _mention_words(raised[0].extra_words):
        return None  # the request also described it ("on her father's side"): the answer may
        # rest on those words, not on what it was called
    span = _span(index, _mention_words(raised[0].mention.words), offered)
    others = [index.families[k] for k in offered - {family} if k in index.families]
    chosen = index.families[family]
    if not span or len(span) > MAX_WORDS or any(_own(chosen, t) for t in span):
        return None
    if all(_shared(index, t, family, others) for t in span) or \
            _said_elsewhere(index, request, span, family, others):
        return None
    return " ".join(t.low.strip("'") for t in span)


def _shared(index: CatalogIndex, tok: Token, family: str, others: list[Family]) -> bool:
    """Does the word say what another option is as well: a word its cards state, or another
    word for the kind they share (a dialect's or a pet word for "dog" reaches both dogs)? Then
    it leaves the question real. A relation word is no kind: a household calls one person by
    it ("nana" is one grandmother), so it may be learned."""
    if any(_stated(o, tok) for o in others):
        return True
    reached = set(index.lookup(tok).strengths)
    return rel_of(tok.low, True) is None and family in reached and \
        any(o.key in reached for o in others)


# -- a correction: the owner names the checkpoint a wrong answer should have been ------------

def words_to_correct(index: CatalogIndex, mentions: list[Mention], family: str) -> str | None:
    """The phrase a correction teaches: the strongest run of words that point at the meant
    family and at no other (`_reaching`), at most MAX_WORDS around its strongest words; without
    one, a word no card has in a phrase naming what is shown (`_unknown_name`: a nickname).
    None when the request already names the family (the miss was in the reading, not for want
    of a word) or no word is free: each is a function word, the family's own name or class
    noun, or reaches another family too (says what they share, or names it)."""
    fam = index.families.get(family)
    words = [(m, t) for m in mentions for t in _mention_words(m.words)]
    if fam is None or any(_names(index, fam, t) for _, t in words):
        return None
    best: tuple[float, list[Token]] | None = None
    for mention in mentions:
        toks = _mention_words(mention.words)
        scores = [_reaching(index, fam, t) for t in toks]
        for run in _runs_of(scores):
            score = sum(scores[i] for i in run)
            if best is None or score > best[0]:
                best = (score, [toks[i] for i in run])
    chosen = best[1] if best else _unknown_name(index, mentions)
    return " ".join(t.low.strip("'") for t in chosen) if chosen else None


def _names(index: CatalogIndex, fam: Family, tok: Token) -> bool:
    """Does the word name the family already: its own name, or a word that reaches it at a
    name's strength and reaches no other family as strongly?"""
    reached = index.lookup(tok).strengths
    mine = reached.get(fam.key, 0.0)
    return _own(fam, tok) or (mine >= NAMING_STRENGTH and
                              all(v < mine for k, v in reached.items() if k != fam.key))


def _reaching(index: CatalogIndex, fam: Family, tok: Token) -> float:
    """The word's strength for the meant family when it reaches that family alone, more
    strongly than a description word, and is not what the family is (its class noun: "a dog"
    is any dog, a card saying so already); else 0. A description tells about the subject and
    what is around it ("lives down the lane", "in its first winter"): such a word names
    no one."""
    if tok.stem in fam.class_words or tok.low in fam.class_words:
        return 0.0
    reached = index.lookup(tok).strengths
    if set(reached) != {fam.key} or reached[fam.key] <= STRENGTH[Field.DESC]:
        return 0.0
    return float(reached[fam.key])


def _unknown_name(index: CatalogIndex, mentions: list[Mention]) -> list[Token]:
    """In the first phrase naming what is shown (a subject, a style or a concept: "by a windmill"
    says where, not who) of which no word reaches any family, its first word for a relation or
    no English word (a nickname, a pet form: "zibby asleep"). An English word no card has ("a
    fellow", "sleepy") says what kind of thing, which the owner did not correct; a phrase with a
    word that reaches a family ("Tom's little sister") is explained by it, not by the others."""
    for mention in mentions:
        toks = _mention_words(mention.words)
        if mention.role not in NAMING_ROLES or any(index.lookup(t).strengths for t in toks):
            continue
        for tok in toks:
            if rel_of(tok.low, True) is not None or not ordinary_word(tok.low):
                return [tok]
    return []


def _runs_of(scores: list[float]) -> list[list[int]]:
    """Each run of consecutive words with a score, cut to the MAX_WORDS words with the most."""
    runs, current = [], []
    for i, score in enumerate(scores + [0.0]):
        if score > 0:
            current.append(i)
            continue
        if current:
            starts = range(max(1, len(current) - MAX_WORDS + 1))
            windows = [current[j:j + MAX_WORDS] for j in starts]
            runs.append(max(windows, key=lambda w: sum(scores[k] for k in w)))
        current = []
    return runs
