"""Evidence of one mention: the features of its words (features.py), filtered and reweighed by
the named rules (rules.py), then scored: a family's score is the share of the mention's
evidence it explains, each word weighed by how rare it is among families (idf).
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from personalq.checkin.features import TYPINGS, CatalogIndex, Family, Match, MatchKind
from personalq.checkin.intent import Determiner, Mention, Role
from personalq.checkin import containers, places, rules
from personalq.checkin import ordinary  # noqa: F401  (registers its rules: a borrowed name read
# as the ordinary word)
from personalq.checkin.rules import (GENERIC, MATCH_GATES, MATCH_RULES, NAMED_ONLY, WORD_RULES, Verdict,
                                     WordSite, adjacent)
from personalq.checkin.kinship import rel_of
from personalq.checkin.lexicon import lexicon
from personalq.checkin.switches import acted
from personalq.checkin.text import CUE_WORDS, KINSHIP, STOPWORDS, TITLES, TRANSPARENT, Token, typed_name_words, \
    edit_distance, english_words, plural, stem, tokenize
from personalq.checkin.tuning import (BEING_DEPTH, BEING_SENSES, COINED_NAME_MIN, FUZZY, PART,
                                      PERSON_DEPTH, PERSON_SENSES, SHARE_FOR_DESCRIPTION, STRENGTH,
                                      STRONG,
                                      VERSION_ONLY, Field)


@dataclass
class Context:
    """What every step of one request needs: the index, the text the tokens' offsets point
    into, and the rules switched off (for the ablation)."""

    index: CatalogIndex
    text: str
    disabled: frozenset[str] = frozenset()
    claimed: set[int] = field(default_factory=set)  # token starts naming a style/concept
    # token starts of the phrases a relation phrase took as its own ("of our nieces" after "an
    # aunt"): they name nobody of their own
    absorbed: set[int] = field(default_factory=set)
    # the person families a possessive word names by their relation (relations.py), or none
    owners: Callable[[Token], set[str]] = field(default=lambda tok: set())
    # the pet/thing families whose cards say they are a person's by a kinship phrase
    owned: Callable[[str], set[str]] = field(default=lambda key: set())
    _tokens: tuple[Token, ...] | None = None
    _phrases: dict[int, dict[str, float]] | None = None
    _named: frozenset[int] | None = None

    def on(self, rule: str) -> bool:
        return rule not in self.disabled

    def typed_names(self) -> frozenset[int]:
        """The starts of the words typing a card's whole name (rule whole_name_typed_is_a_name)."""
        if self._named is None:
            self._named = typed_name_words(list(self.tokens()), self.text, self.index.name_pairs) \
                if self.on(rules.WHOLE_NAME) else frozenset()
        return self._named

    def tokens(self) -> tuple[Token, ...]:
        """Every word of the request (tokenized once per request)."""
        if self._tokens is None:
            self._tokens = tuple(tokenize(self.text))
        return self._tokens

    def phrases(self) -> dict[int, dict[str, float]]:
        """Token start -> the families a name of several words typed over it reaches
        (synonyms.py; matched once per request)."""
        if self._phrases is None:
            self._phrases = self.index.phrases.spans(self.tokens(), self.text)
        return self._phrases


@dataclass
class Evidence:
    """What one mention's words say about the families."""

    words: list[tuple[Token, dict[str, float]]]  # accepted matches per word
    named: set[str]  # families named outright
    scores: dict[str, float]  # share of the evidence each family explains, 0..1
    idf: dict[int, float]  # word position -> weight
    kinds: dict[int, MatchKind] = field(default_factory=dict)  # word position -> how it matched

    def best(self) -> tuple[str | None, float]:
        if not self.scores:
            return None, 0.0
        key = max(self.scores, key=self.scores.get)
        return key, self.scores[key]


def word_match(ctx: Context, tok: Token) -> Match:
    """The word's own match, plus its hyphenated parts (weighing a little less), plus its
    meaning when no card has the word (dense.py)."""
    match = _lookup(ctx, tok)
    if "-" in tok.low:
        found = dict(match.strengths)
        for part in tok.low.split("-"):
            if len(part) > 1 and part not in STOPWORDS:
                sub = Token(part, part, stem(part), tok.start, tok.end, False, False)
                for k, v in _lookup(ctx, sub).strengths.items():
                    found[k] = max(found.get(k, 0), v * PART)
        match = Match(found, match.kind or MatchKind.PART, match.named)
    return other_name_phrase(ctx, tok, match)


def other_name_phrase(ctx: Context, tok: Token, match: Match) -> Match:
    """A word of a name of several words for a family's kind (synonyms.py: "sausage dog",
    "auto rickshaw"), typed together in the request, reaches that family as a LEXICAL match."""
    found = ctx.phrases().get(tok.start) if ctx.index.phrases.by_first else None
    if not found:
        return match
    merged = dict(match.strengths)
    for k, v in found.items():
        merged[k] = max(merged.get(k, 0.0), v)
    return Match(merged, match.kind or MatchKind.LEXICAL, match.named)


def lexical_match(families: dict[str, Family], tok: Token, match: Match) -> Match:
    """A word that reached families only through the other English words for their naming
    words (lexical.py; the rule `lexical_synonyms`, off: applied by the index, features.INDEX_RULES) is a
    LEXICAL match, weaker than the cards' own words."""
    if match.kind != MatchKind.EXACT or not all(
            tok.stem in families[k].lexical or tok.low in families[k].lexical
            for k in match.strengths):
        return match
    return Match(match.strengths, MatchKind.LEXICAL, match.named)


def _lookup(ctx: Context, tok: Token) -> Match:
    """The index's match, with words it has only from the lexicon marked (lexical.py)."""
    return lexical_match(ctx.index.families, tok, ctx.index.lookup(tok))


def with_meaning(ctx: Context, tok: Token, mention: Mention, match: Match) -> Match:
    """dense_word_meaning: a word no card names (or only puts in a broad category) reaches
    the families whose naming word means the same (dense.py)."""
    if ctx.index.dense is None or not ctx.on(rules.DENSE_WORDS):
        return match
    found = ctx.index.dense.match(tok, mention)
    if not found.strengths:
        return match
    merged = dict(match.strengths)
    for k, v in found.strengths.items():
        merged[k] = max(merged.get(k, 0.0), v)
    return Match(merged, match.kind or MatchKind.DENSE, match.named)


def possessor(match: Match) -> Match:
    """possessor_is_not_head: in "Anna's son" the head noun is "son"; the possessor only
    describes whose son it is, so it names nothing and weighs as a description word."""
    desc = STRENGTH[Field.DESC]
    return Match({k: min(v, desc) for k, v in match.strengths.items()}, match.kind, set())


def _with_owners(ctx: Context, mention: Mention) -> list[Token]:
    """The mention's words, and a possessive the parser left out as part of the determiner
    ("my mother-in-law's" in "my mother-in-law's terrier") when it names one person of the
    repository by the relations the cards state (owner_by_any_name)."""
    words = list(mention.words)
    if not ctx.on(rules.OWNER_BY_ANY_NAME) or not words:
        return words
    toks = [dataclasses.replace(t, possessive=True) if not t.possessive and ctx.on(
        rules.GROUP_OWNERS) and ctx.text[t.end:t.end + 1] in ("'", "\u2019") else t
        for t in mention.all_tokens]  # "the twins' <thing>": the apostrophe after the plural
    owners = [t for t in toks if t.possessive and t.start < words[-1].start and ctx.owners(t)]
    owned = {o.start for o in owners}
    words = [t for t in words if t.start not in owned]
    return sorted(words + owners, key=lambda t: t.start) if owners else words


def owner_by_any_name(ctx: Context, tok: Token, match: Match) -> Match:
    """owner_by_any_name: "<someone>'s <thing>" asks for the thing whose card says it is that
    person's, and the card names its owner by one name ("Marta's cat") while the request may
    use another the family has for them (a name it uses, relations.py's kinship word): the
    possessor also reaches the cards that mention the owner by any of the owner's names, as a
    description word (it says whose the thing is, not what it is)."""
    index, desc = ctx.index, STRENGTH[Field.DESC]
    owners = set(index.name_owners.get(tok.low, ())) | ctx.owners(tok)
    found = dict(match.strengths)
    for owner in sorted(owners):
        for name in index.families[owner].name_lows - {tok.low}:
            for fam_key, strength in index.postings.get(stem(name), {}).items():
                if fam_key not in owners:
                    found[fam_key] = max(found.get(fam_key, 0.0), min(strength, desc))
        if ctx.on(rules.OWNED_BY_RELATION):  # "my sister's pug" for "<her name>'s pug"
            for fam_key in ctx.owned(owner) - owners:
                found[fam_key] = max(found.get(fam_key, 0.0), desc)
    return match if found == match.strengths else Match(found, match.kind or MatchKind.EXACT, set())


def _site(ctx: Context, mention: Mention, group: list[Token], i: int, core: bool,
          match: Match) -> WordSite:
    tok = group[i]
    nxt = group[i + 1] if i + 1 < len(group) else None
    if nxt is not None and not adjacent(ctx.text, tok, nxt):
        nxt = None
    prev = group[i - 1] if i > 0 else None
    if prev is not None and tok.start - prev.end > 1:
        prev = None
    plural_ = plural(tok) and mention.determiner != Determiner.POSSESSIVE
    return WordSite(tok, match, mention, nxt, prev, core, plural_, ctx.disabled, ctx.tokens())


def _accept(ctx: Context, site: WordSite, kinds: tuple[str, ...], allowed: set[str] | None,
            named: set[str], vetoed: set[str]) -> dict[str, float]:
    """Run the match rules on every family the word reached (thousands for a common word at
    100,000 cards: what the loop reads is held in local names)."""
    accepted: dict[str, float] = {}
    index, on, keep = ctx.index, ctx.on, Verdict.KEEP
    families, word_named = index.families, site.match.named
    # once per word, not per family: the rules that may act on this word (rules.match_rule)
    for_named = [(name, rule) for name, rule in MATCH_RULES.items()
                 if name not in MATCH_GATES or MATCH_GATES[name](index, site)]
    for_others = [(name, rule) for name, rule in for_named if name not in NAMED_ONLY]
    name_strength = STRENGTH[Field.NAME] * FUZZY
    for fam_key, strength in site.match.strengths.items():
        if (allowed is not None and fam_key not in allowed) or families[fam_key].kind not in kinds:
            continue
        verdict = keep
        for name, rule in for_named if fam_key in word_named else for_others:
            verdict = rule(index, site, fam_key, strength)
            # a rule is looked up where it would act (the ablation's trace); off, it keeps
            if verdict is not keep and on(name):
                break
            verdict = keep
        if verdict is Verdict.VETO:
            vetoed.add(fam_key)
        if verdict is not keep:
            continue
        if fam_key in word_named and strength >= name_strength:
            named.add(fam_key)
        accepted[fam_key] = strength
    for name, rule in WORD_RULES.items():
        if accepted:  # the rule works on a copy, and is looked up only where it changes it
            accepted = acted(ctx.disabled, name,
                             rule(ctx.index, site.tok, site.mention, dict(accepted)), accepted)
    return accepted


def gather(ctx: Context, mention: Mention, kinds: tuple[str, ...], extra: list[Token] = (),
           allowed: set[str] | None = None) -> Evidence:
    """Look up the mention's words (and the attribute words describing it), apply the rules."""
    per_word: list[tuple[Token, dict[str, float]]] = []
    how: list[MatchKind] = []
    named: set[str] = set()
    vetoed: set[str] = set()
    for core, group in ((True, _with_owners(ctx, mention)), (False, list(extra))):
        for i, tok in enumerate(group):
            if (tok.low in CUE_WORDS and tok.start not in ctx.typed_names()) or \
                    (tok.low in TRANSPARENT and not ctx.index.postings.get(tok.stem)):
                continue
            if tok.start in ctx.claimed:
                continue  # a style or concept LoRA named by these words already
            match = word_match(ctx, tok)
            if core and tok.possessive and i + 1 < len(group) and ctx.on(rules.POSSESSOR_IS_NOT_HEAD):
                match = possessor(match)
                if ctx.on(rules.OWNER_BY_ANY_NAME):
                    match = owner_by_any_name(ctx, tok, match)
            if core and max(match.strengths.values(), default=0.0) < STRONG:
                match = with_meaning(ctx, tok, mention, match)
            site = _site(ctx, mention, group, i, core, match)
            accepted = _accept(ctx, site, kinds, allowed, named, vetoed)
            if accepted:
                per_word.append((tok, accepted))
                how.append(match.kind)
    if vetoed:
        kept = [(t, {k: v for k, v in acc.items() if k not in vetoed}, h)
                for (t, acc), h in zip(per_word, how)]
        per_word, how = [(t, a) for t, a, _ in kept if a], [h for _, a, h in kept if a]
        named -= vetoed
    if ctx.on(rules.PARTIAL_NAME):
        slips = ctx.on(rules.SLIP_IN_NAME)
        typed = frozenset(t.stem for t in mention.words) if slips else frozenset()
        last = mention.words[-1].stem if mention.words else ""
        _partial_names(ctx.index, per_word, named, ctx.on(rules.TITLE_LEFT_OUT), slips, typed,
                       last, ctx.on(rules.COINED_NAME_WORD), ctx.on(rules.KIN_TITLE),
                       ctx.on(rules.LOOK_WORD_IN_NAME),
                       ctx.on(rules.CASELESS_TYPING) and ctx.text == ctx.text.lower(),
                       ctx.on(rules.RANK_AND_SURNAME), ctx.on(rules.PLACE_KIND_IN_NAME))
    if named and ctx.on(rules.NAME_IS_IDENTIFIER):
        kept = [(t, {k: v for k, v in acc.items() if k in named}, h)
                for (t, acc), h in zip(per_word, how)]
        per_word, how = [(t, a) for t, a, _ in kept if a], [h for _, a, h in kept if a]
    return score(ctx.index, per_word, named, how)


def _typed_closed(own: list[list[str]], typed_lows: set[str]) -> bool:
    """name_typed_without_its_space: one of the name's phrases typed whole, its spaces left out."""
    return any(len(ph) >= 2 and "".join(typing(w) for w in ph) in typed_lows
               for ph in own for typing in TYPINGS)


def _partial_names(index: CatalogIndex, per_word: list[tuple[Token, dict[str, float]]],
                   named: set[str], titles: bool = True, slips: bool = False,
                   typed: frozenset[str] = frozenset(), last: str = "",
                   coined: bool = False, kin_titles: bool = False,
                   kind_words: bool = False, caseless: bool = False,
                   ranks: bool = False, place_kinds: bool = False) -> None:
    """partial_name_is_description: a multi-word name counts as a name only when all its words
    are present (perhaps misspelt); one word of it is only a description of the family. Titles
    and kinship words inside a name ("Aunt", "Grandma") address the person and may be left out.
    titles: title_or_kind_left_out_of_a_name; slips: slip_beside_an_exact_name_word, with `typed`
    the stems of the phrase's words and `last` its last word's stem; coined:
    coined_name_word_names_them (_coined_name_word); kin_titles:
    kinship_title_of_any_language_left_out (a name's first word that the kinship lexicon
    reads as a relation in any language it has addresses the person and may be left out);
    kind_words: look_word_in_a_name_names_the_kind (_name_part_strength); caseless: the request
    has no capital (caseless_typing_says_nothing_by_case), so every word may be a capitalised one;
    ranks: rank_with_the_surname_alone (_rank_and_surname); place_kinds:
    place_is_called_by_its_kind (places.kind_word_of_a_place)."""
    present = {t.stem for t, _ in per_word} | {stem(p) for t, _ in per_word for p in t.low.split("-")}
    typed_lows = {t.low for t, _ in per_word}
    capitalised = {t.low for t, _ in per_word if caseless or t.text[:1].isupper()}
    known: dict[str, bool] = {}  # many named families share a name word ("... Bicycle")

    def has(word: str) -> bool:
        if word not in known:
            limit = 1 if len(word) <= 4 else 2
            known[word] = word in present or any(
                len(p) >= 4 and _may_be_within(word, p, limit) and edit_distance(p, word, 2) <= limit
                for p in present)
        return known[word]

    for fam_key in list(named):
        fam = index.families[fam_key]
        if any(len(ph) == 1 for ph in fam.name_phrases) and any(fam_key in acc for _, acc in per_word):
            continue  # a one-word name is whole by itself
        own = [[w for w in ph if w not in KINSHIP and w not in TITLES] for ph in fam.name_phrases]
        if kin_titles and fam.kind == "subject":  # "Tita Joy", "Oma Liesl": any language's
            own += [list(ph[1:]) for ph in fam.name_phrases if len(ph) >= 2 and rel_of(ph[0])]
        if titles and fam.kind == "subject":
            own += [list(ph[1:]) for ph in fam.name_phrases
                    if len(ph) >= 3 and ph[0] in fam.common_words()]
            own += [list(ph[:-1]) for ph in fam.name_phrases  # the name ends the phrase
                    if len(ph) >= 2 and ph[-1] == fam.class_head and last in (ph[-2], stem(ph[-2]))
                    and (len(ph) >= 3 or _epithet(fam, ph[-1]))]
        if ranks and fam.kind == "subject":
            own += _rank_and_surname(fam)
        if any(ph and all(has(w) for w in ph) for ph in own) or _typed_closed(own, typed_lows):
            continue
        if coined and any(_coined_name_word(index, w, fam_key, w in capitalised)
                          for w in fam.name_lows if w in typed_lows):
            continue  # coined_name_word_names_them: "seraphine" for Seraphine Ashveil
        if slips and any(ph and any(w in present for w in ph) and
                         all(has(w) or any(edit_distance(p, w, 1) <= 1 for p in typed) for w in ph)
                         for ph in own):
            continue  # slip_beside_an_exact_name_word: one word exact, the other a letter off
        named.discard(fam_key)
        for tok, acc in per_word:
            if fam_key in acc and tok.low in fam.name_lows and tok.stem not in fam.class_words \
                    and not (place_kinds and places.kind_word_of_a_place(fam, tok)):
                acc[fam_key] = min(acc[fam_key], _name_part_strength(fam, tok, kind_words))


def _rank_and_surname(fam: Family) -> list[list[str]]:
    """rank_with_the_surname_alone (rules.py): for each name of three words or more whose first
    word English reads as a kind of person in its most frequent meaning, the rank with the last
    word (the name without the rank is title_or_kind_left_out_of_a_name's)."""
    lx = lexicon()
    if lx is None:
        return []
    out: list[list[str]] = []
    for ph in fam.name_phrases:
        if len(ph) >= 3 and ph[0] not in KINSHIP and lx.is_a(ph[0], "person", PERSON_DEPTH, 1):
            out.append([ph[0], ph[-1]])
    return out


def _epithet(fam: Family, kind: str) -> bool:
    """Is the family's name "<Name> the <kind>" (an epithet: the kind after "the" may be left
    out, "<Name>" alone calls it), not a compound of a word and the kind ("<Word> Mug": the word
    says which mug)?"""
    return any(re.search(r"\bthe\s+" + re.escape(kind) + r"\b", c.name, re.I) for c in fam.cards)


def _name_part_strength(fam: Family, tok: Token, kind_words: bool) -> float:
    """What one word of a longer name weighs: a description word, or, with kind_words
    (look_word_in_a_name_names_the_kind), for a style or concept the weight of the word that
    says what it is when its cards also name it so: a one-word tag or class word, else another
    English word for its kind (lexical_names: lexical.py, synonyms.py,
    features.add_look_name_words)."""
    if kind_words and fam.kind in ("style", "concept"):
        if tok.stem in fam.naming_words or tok.low in fam.naming_words:
            return STRENGTH[Field.TAG]
        if tok.stem in fam.lexical_names or tok.low in fam.lexical_names:
            return STRENGTH[Field.LEXICAL]
    return STRENGTH[Field.DESC]


def _coined_name_word(index: CatalogIndex, word: str, fam_key: str,
                      capitalised: bool = False) -> bool:
    """coined_name_word_names_them: a person or animal is called by one of its names, so one
    word of a being's longer name that English does not have (no everyday word, no WordNet
    noun) and that no other family's name holds is an identifier by itself ("zephyrine" for
    "Zephyrine Maldoor"); a name word English has ("Captain", "Pine") stays a description,
    and so does the brand word of a thing's name (a product is not called by its brand).
    The encoder's vocabulary holds common given names as well as words, so a word found only
    there (no WordNet sense) names the being when typed with a capital, as names are
    ("Marisol" for "Marisol Quintero")."""
    if len(word) < COINED_NAME_MIN or not word.isalpha():
        return False
    if index.name_owners.get(word, set()) != {fam_key} or \
            (word in english_words() and not capitalised):
        return False
    lx = lexicon()
    return lx is not None and not lx.base_forms(word) and _being(index.families[fam_key])


def _being(fam: Family) -> bool:
    """A subject whose class noun is a kind of person or organism (a character, a woman, a
    budgie), English says: a being that answers to its name."""
    lx = lexicon()
    head = fam.class_head
    return fam.kind == "subject" and lx is not None and bool(head) and (
        lx.is_a(head, "person", PERSON_DEPTH, PERSON_SENSES) or
        lx.is_a(head, "organism", BEING_DEPTH, BEING_SENSES))


def _may_be_within(word: str, other: str, limit: int) -> bool:
    """A cheap lower bound of the edit distance first: every letter of `word` that `other` does
    not contain at all needs an edit of its own, and so does every letter of length difference."""
    if abs(len(word) - len(other)) > limit:
        return False
    letters = set(other)
    return sum(c not in letters for c in word) <= limit


def score(index: CatalogIndex, per_word: list[tuple[Token, dict[str, float]]], named: set[str],
          how: list[MatchKind]) -> Evidence:
    """Each family's share of the idf-weighted evidence; a named family explains its mention."""
    idf: dict[int, float] = {}
    total = 0.0
    raw: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}  # the first request word that reached each family
    for i, (_, acc) in enumerate(per_word):
        weight = math.log(1.0 + index.n_families / len(acc))
        idf[i] = weight
        total += weight
        for fam_key, strength in acc.items():
            raw[fam_key] += weight * strength
            first.setdefault(fam_key, i)
    scores = {k: v / total for k, v in raw.items()} if total else {}
    for k in named:
        scores[k] = max(scores.get(k, 0.0), 1.0)
    # strongest first; ties in the order the request's words reached them, then by family key:
    # within one word the matches arrive in set order, which Python seeds per process, and a
    # tie's order decides which family leads and how a question lists them
    late = len(per_word)
    scores = dict(sorted(scores.items(), key=lambda kv: (-kv[1], first.get(kv[0], late), kv[0])))
    return Evidence(per_word, named, scores, idf, dict(enumerate(how)))


def enough_evidence(ctx: Context, ev: Evidence, mention: Mention, fam_key: str) -> bool:
    """Does the mention really point at a personal concept, rather than at the common noun?"""
    if fam_key in ev.named:
        return True
    core = [(tok, acc) for tok, acc in ev.words
            if fam_key in acc and mention.start <= tok.start < mention.end]
    if not core:  # attribute phrases refine a mention; they cannot make one
        return False
    contained = ctx.on(rules.CONTAINED_PRODUCT) and mention.determiner in GENERIC and \
        containers.names_the_product(ctx.index, mention, fam_key)  # "a crock of our ..."
    if ctx.on(rules.GENERIC_IS_NOT_PERSONAL) and mention.determiner in GENERIC and \
            ctx.index.families[fam_key].kind != "concept" and not contained and \
            not (ctx.on(rules.ARTICLE_OF_THE_LOOK_NOUN) and
                 _article_of_the_look_noun(ctx, mention)):
        return False  # generic_mention_is_not_personal: "a dog" is any dog, not yours (a
    # concept LoRA is a kind of thing, so "a <its class>" may well mean it)
    if any(acc.get(fam_key, 0) >= STRONG for _, acc in core):
        return True
    if ctx.on(rules.VERSION_WORDS_DO_NOT_NAME) and all(
            acc.get(fam_key, 0) <= VERSION_ONLY for _, acc in core):
        return False  # words only some versions have describe those versions, not the concept
    if not ctx.on(rules.DESCRIPTION_NEEDS_POINTER):
        return True
    # description_needs_pointer: description words alone name a concept only after "my"/"the"
    pointed = contained or \
        mention.determiner in (Determiner.POSSESSIVE, Determiner.DEFINITE, Determiner.BACKREF)
    return pointed and ev.scores.get(fam_key, 0) >= SHARE_FOR_DESCRIPTION


_LOOK_NOUN_END = re.compile(r"\b(?:style|styled|aesthetic|look)\s*$", re.I)


def _article_of_the_look_noun(ctx: Context, mention: Mention) -> bool:
    """article_of_the_look_noun: in a style phrase ending in its look noun ("in a <X> style",
    "with an <X> look") the article is that noun's: the phrase asks for a style that is X, not
    for any X."""
    return mention.role == Role.STYLE and \
        bool(_LOOK_NOUN_END.search(ctx.text[mention.start:mention.end]))


def confidence(ev: Evidence, fam_key: str) -> float:
    """0..1: the share of the mention's evidence the family explains times how strongly its
    best word names it (a class noun or tag: ~1; only description words: 0.6)."""
    best = max((acc.get(fam_key, 0.0) for _, acc in ev.words), default=0.0)
    return ev.scores.get(fam_key, 0.0) * best


def _coarse(strength: float) -> float:
    """Field strengths between a description word and a tag count alike when comparing rivals
    (a word both families literally have is no difference between them)."""
    desc, tag = STRENGTH[Field.DESC], STRENGTH[Field.TAG]
    return tag if desc <= strength < tag and strength != STRENGTH[Field.SYNONYM] else strength


def plausible(ev: Evidence, ratio: float) -> list[str]:
    """Families whose evidence comes within `ratio` of the best one's, compared only on the
    words where the two differ (shared words do not dilute the one word that tells them
    apart)."""
    best_key, _ = ev.best()
    if best_key is None:
        return []
    ranked = sorted(ev.scores, key=lambda k: (-ev.scores[k], k))
    if ratio >= 1.0:
        return [ranked[0]]
    out = [best_key]
    for key in ranked:
        if key == best_key:
            continue
        mine = theirs = 0.0
        for i, (_, acc) in enumerate(ev.words):
            a, b = _coarse(acc.get(key, 0.0)), _coarse(acc.get(best_key, 0.0))
            if abs(a - b) > 1e-9:
                mine += ev.idf[i] * a
                theirs += ev.idf[i] * b
        if theirs <= 1e-9 or mine >= ratio * theirs - 1e-9:
            out.append(key)
    return out
