"""Named rules: small adjustments of the word-level evidence, each with its linguistic reason.

A rule sees one request word, its match and its neighbours (`WordSite`) and returns what
happens to one family's match: KEEP it, DROP it, or VETO the family for the whole mention.
Word-level reweighting rules and mention-level rules follow. Every rule can be switched off by
name (`personalq bench select --ablate` measures each one that way); a rule that moves no
figure on any set is removed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import Callable

from personalq.checkin import containers, features, places
from personalq.checkin.dates import TWO_DIGIT_SEASON_RULE, YEARS_AGO_RULE
from personalq.checkin.features import CatalogIndex, Family, Match, MatchKind
from personalq.checkin.intent import (ARTICLE_SHARED_RULE, BARE_NOUN_RULE, CONTACT_CLAUSE_RULE, DATE_WORDS_RULE,
                                    KIN_BESIDE_KIN_RULE, LOOK_ARTICLE_RULE, LOOK_BEFORE_BARE_RULE,
                                    PAST_AFTER_HEAD_RULE, PRESENT_AFTER_NAME_RULE,
                                      NAME_JOINER_RULE, WHOLE_NAME_RULE, ING_AFTER_NAME_RULE,
                                      AGE_FRAME_RULE, NAMES_IN_A_ROW_RULE,
                                      Determiner, Mention, Role)
from personalq.checkin.intent import (BIRTH_ORDER_CUE_RULE, FRAMING_NOUN_RULE, ME_LISTED_RULE,
                                      PURPOSE_RULE)
from personalq.checkin.kinship import JUNIOR_KINDS, english_kin, kin_noun, rel_of
from personalq.checkin.kinwords import PEOPLE_JOINERS
from personalq.checkin.clipping import common_noun
from personalq.checkin.aliases import ordinary_word
from personalq.checkin.nameforms import fond_word
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.stages import (BIRTHDAY_ORDINAL_RULE, NAME_IS_NO_KIND_RULE, OTHER_AGES_RULE,
                                     YOUNG_OF_A_KIND_RULE)
from personalq.checkin.synonyms import make_reading
from personalq.checkin.text import (MAKING, CATEGORY_GROUPS, CLAUSE_DETERMINERS, CUE_WORDS, DETERMINERS, FILLER, GOVERNING,
                                    CHECKPOINT_WORDS, KIND_WORDS, KINSHIP, PREPOSITION_ADVERBS, ROLE_FRAMES, STOPWORDS,
                                    THING_AGE_WORDS, TIME_CONJUNCTIONS, TRANSPARENT, VERB_FORMS, Token, adverb,
                                    edit_distance, english_words, stem, tokenize, verb_form)
from personalq.checkin.tuning import (BODY_PART_DEPTH, CATEGORY_DAMPING, LONG_NAME,
                                      ORDINARY_SENSE_DEPTH, STRENGTH, STRONG, Field)

GENERIC = (Determiner.INDEFINITE, Determiner.QUANTIFIED, Determiner.CONTAINER)
LONG_MISSPELLING = LONG_NAME  # a misspelt name this long is rarely an ordinary word


class Verdict(Enum):
    KEEP = 0
    DROP = 1
    VETO = 2  # the family is out for the whole mention


@dataclass
class WordSite:
    """One request word in its mention, with what it matched."""

    tok: Token
    match: Match
    mention: Mention
    nxt: Token | None  # the next word when nothing but space/hyphen/"and" separates them
    prev: Token | None  # the previous word when directly adjacent
    core: bool  # in the mention itself (not in an attribute phrase describing it)
    plural: bool
    off: frozenset[str] = frozenset()  # the rules switched off
    request: tuple[Token, ...] = ()  # every word of the request, in order (ordinary.py)

    def on(self, rule: str) -> bool:
        """Whether `rule` is on: read where the rule would act, so the ablation's trace sees
        it only there."""
        return rule not in self.off

    def at_in_request(self) -> int | None:
        """Where the word stands in `request` (None where the request's words are not given)."""
        return next((k for k, t in enumerate(self.request) if t.start == self.tok.start), None)


_ADJACENT_RE = re.compile(r"^[\s,-]*(?:(?:and|or|&)\s+)?$", re.I)


def adjacent(text: str, left: Token, right: Token) -> bool:
    return bool(_ADJACENT_RE.match(text[left.end:right.start]))


def noun_like(tok: Token) -> bool:
    """Could this word be the head noun of the phrase? (cheap: no part-of-speech tagger)"""
    return _noun_like(tok.low)


@lru_cache(maxsize=65536)
def _noun_like(low: str) -> bool:
    """(asked once per family a word reached: thousands of times in a large catalog)"""
    return not (low in STOPWORDS or low in CUE_WORDS or low in TRANSPARENT or low in VERB_FORMS
                or re.fullmatch(r"v?\d+(st|nd|rd|th)?", low)
                or (verb_form(low) and not ing_noun(low)) or adverb(low))


def ing_noun(low: str) -> bool:
    """A word ending in -ing that English has as a noun and that is the -ing form of no verb
    ("ceiling", "pudding", "herring"): a noun, though the stemmer reads a verb form."""
    lx = lexicon()
    return (lx is not None and low.endswith("ing") and bool(lx.senses(low))
            and lx.verb_lemma(low) is None)


@lru_cache(maxsize=8192)
def short_verb_ing(low: str) -> bool:
    """The -ing form of a verb of two or three letters ("doing", "going", "being", "seeing",
    "dying", "lying"): too short for the stemmer to strip, so verb_form misses it; the verb
    lexicon knows it (rule short_verb_ing_is_a_verb)."""
    lx = lexicon()
    lemma = lx.verb_lemma(low) if lx is not None and low.endswith("ing") else None
    return lemma is not None and len(lemma) <= 3 and stem(low) == low


MatchRule = Callable[[CatalogIndex, WordSite, str, float], Verdict]
SiteGate = Callable[[CatalogIndex, WordSite], bool]
MATCH_RULES: dict[str, MatchRule] = {}
MATCH_GATES: dict[str, SiteGate] = {}  # rule -> what it needs of the word itself
NAMED_ONLY: set[str] = set()  # rules that judge only the families the word names
WORD_RULES: dict[str, Callable] = {}
ALL_RULES: list[str] = []  # every rule name, in the order they run


def match_rule(fn: MatchRule | None = None, *, named_only: bool = False,
               when: SiteGate | None = None):
    """Register a match rule. Why the two options: a common word reaches thousands of families
    in a large catalog, and most rules can act only on some words or some families.
    `named_only`: the rule returns KEEP for every family the word does not name
    (site.match.named), so those families skip it. `when(index, site)`: a condition on the word
    alone that every verdict but KEEP needs, checked once per word, not once per family (and
    the rule counts as consulted, for the ablation, only where it holds)."""
    def register(rule: MatchRule) -> MatchRule:
        MATCH_RULES[rule.__name__] = rule
        ALL_RULES.append(rule.__name__)
        if named_only:
            NAMED_ONLY.add(rule.__name__)
        if when is not None:
            MATCH_GATES[rule.__name__] = when
        return rule
    return register if fn is None else register(fn)


def word_rule(fn):
    WORD_RULES[fn.__name__] = fn
    ALL_RULES.append(fn.__name__)
    return fn


def named_rule(name: str) -> str:
    """Register a rule that lives in the reasoner's flow (see its docstring there)."""
    ALL_RULES.append(name)
    return name


# -- rules on one family's match of one word ---------------------------------------------------

def name_typed_with_a_slip(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """slip_beside_an_exact_name_word: the word next to this name word is one letter off the
    word next to it in the family's name ("Jaspar Holt" typed for "Jasper Holt")."""
    name = _name_lows(index.families[fam_key].newest.name)
    for j, word in enumerate(name):
        if word != site.tok.low:
            continue
        if site.prev is not None and j > 0 and edit_distance(site.prev.low, name[j - 1], 1) == 1:
            return site.on(SLIP_IN_NAME)  # (an exact neighbour is no slip: the name's own rules apply)
        if site.nxt is not None and j + 1 < len(name) and \
                edit_distance(site.nxt.low, name[j + 1], 1) == 1:
            return site.on(SLIP_IN_NAME)
    return False


@lru_cache(maxsize=65536)
def _name_lows(name: str) -> tuple[str, ...]:
    """The name's words as a request types them (tokenize): an elided letter's apostrophe is
    no letter to slip on ("Ol'" is typed "ol")."""
    return tuple(t.low for t in tokenize(name))


@match_rule(named_only=True, when=lambda index, site: site.match.kind == MatchKind.FUZZY)
def misspelt_name_needs_support(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """A near-spelling of a name is an ordinary word unless something marks it as a name: a
    capital letter, a long word (few real words sit one or two letters from a long name), or a
    possessive/definite phrase where one letter is off."""
    tok, mention = site.tok, site.mention
    if site.match.kind != MatchKind.FUZZY or fam_key not in site.match.named:
        return Verdict.KEEP
    if tok.text[:1].isupper() or len(tok.low) >= LONG_MISSPELLING:
        return Verdict.KEEP
    pointed = mention.determiner in (Determiner.POSSESSIVE, Determiner.DEFINITE) or (
        not mention.determiner and tok.start == 0)
    close = min(edit_distance(tok.low, n, 1) for n in index.families[fam_key].name_lows) <= 1
    return Verdict.KEEP if pointed and close else Verdict.DROP


@match_rule(when=lambda index, site: site.nxt is not None)
def modifier_of_another_noun(index: CatalogIndex, site: WordSite, fam_key: str,
                             strength: float) -> Verdict:
    """A word followed by a noun the family does not know modifies that noun (English puts
    the head noun last): the phrase is about the other thing. A name used that way is the
    first part of a longer proper name, so the whole family is out. A style or concept named
    for what it is may modify ("mullet haircut"); one that borrows an ordinary word as its name
    may not (Family.borrows)."""
    fam = index.families[fam_key]
    if site.nxt is None or (fam.kind != "subject" and not fam.borrows(site.tok)) or \
            _coined_look_name(site, fam):
        return Verdict.KEEP
    if noun_like(site.nxt) and not index.family_knows(fam_key, site.nxt) and \
            not (_known_non_noun(site) and not _title_before_anothers_name(index, site, fam_key)) and \
            not _same_kind_of_place(index, site, fam_key) and \
            not name_typed_with_a_slip(index, site, fam_key) and \
            not fond_word_beside_a_name(index, site, fam_key, site.nxt) and \
            not _title_after_the_name(index, site, fam_key) and \
            not _conjunct_of_a_being(index, site, fam_key) and \
            not _degree_of_a_predicative(site) and \
            not (fam.kind == "subject" and fam_key in site.match.named and
                 _look_beside(index, site.nxt, site)):
        return Verdict.VETO if fam_key in site.match.named else Verdict.DROP
    return Verdict.KEEP


# The English adjectives that stand only after their noun (the a- adjectives): rule
# degree_word_before_a_predicative_adjective.
PREDICATIVE_ONLY = frozenset("asleep awake alone alive afloat ablaze aglow ajar adrift ashore "
                             "awash astride".split())


def _degree_of_a_predicative(site: WordSite) -> bool:
    """Rule degree_word_before_a_predicative_adjective: the next word stands right before an a-
    adjective ("<name> fast asleep"): it is that adjective's degree word, no noun."""
    k = site.at_in_request()
    if k is None or k + 2 >= len(site.request) or not site.on(DEGREE_BEFORE_PREDICATIVE):
        return False
    nxt, after = site.request[k + 1], site.request[k + 2]
    return nxt.start == site.nxt.start and after.low in PREDICATIVE_ONLY and \
        after.start - nxt.end <= 1


COINED_LOOK_NAME = named_rule("coined_look_name_modifies_the_noun")


def _coined_look_name(site: WordSite, fam: Family) -> bool:
    """coined_look_name_modifies_the_noun (round 31): a style LoRA whose one-word name is no
    English word ("Claymation", "Synthwave") borrowed no ordinary word, so before a noun ("<name>
    reindeer", "<name> city at night") it is the look the noun is drawn in, not the first word of
    some longer proper name, which a person's or pet's unknown name would be. (A concept named by
    a word English lacks is read by loanword_name_of_a_concept_is_its_kind and the second stage's
    name_typed_in_lower_case_joins.)"""
    lx = lexicon()
    return fam.kind == "style" and lx is not None and not lx.senses(site.tok.low) and \
        site.on(COINED_LOOK_NAME)


PLACE_HEAD = named_rule("head_noun_is_the_same_kind_of_place")
CONJUNCT_OF_A_BEING = named_rule("name_coordinated_with_a_being_heads_its_phrase")
# "and" as typed and the words other languages join two people with (kinwords.PEOPLE_JOINERS)
BEING_COORDINATORS = frozenset({"and", "n", "an", "und"} | {
    w for words in PEOPLE_JOINERS.values() for w in words.split()})
BEING_PRONOUNS = frozenset("me i you him her us them myself we".split())


def _conjunct_of_a_being(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """name_coordinated_with_a_being_heads_its_phrase (round 24): coordination joins like
    with like. A person's or pet's name right after "and" (as typed, or another language's
    word for it) whose other conjunct is a being (a personal pronoun, a kinship word, the name
    of another person or pet of the catalog) is a noun phrase of its own, the subject of what
    follows ("<dog> and <dog> wrestling", "me and <name> dancing", "<name> i <name> at the
    table"): the word after it begins the predicate (a verb typed without its g, a numeral, an
    adverb), not a head noun the name modifies."""
    fam, k = index.families[fam_key], site.at_in_request()
    if k is None or fam_key not in site.match.named or not containers.is_being(fam):
        return False
    while k > 0 and site.request[k - 1].low in fam.name_lows:
        k -= 1  # to the first word of a name of several
    if k < 2 or site.request[k - 1].low not in BEING_COORDINATORS:
        return False
    other = site.request[k - 2]
    owners = index.name_owners.get(other.low, set()) - {fam_key}
    return (other.low in BEING_PRONOUNS or kin_noun(other.low) or
            any(containers.is_being(index.families[o]) for o in owners)) and \
        site.on(CONJUNCT_OF_A_BEING)


def _title_after_the_name(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """name_beside_a_kin_title_says_which (round 22; see NAME_BESIDE_A_KIN_TITLE): many
    languages put the title of address after the name ("<name> <elder-sister title>"): a
    person's own name right before another language's kinship word for an elder or a peer (not
    English's, not a younger sibling's or a child's: a junior is called by name) is addressed
    by it, and the name modifies no noun there."""
    found = rel_of(site.nxt.low, True)
    return site.on(NAME_BESIDE_A_KIN_TITLE) and found is not None and bool(found[0].kind) and \
        not found[1] and not english_kin(site.nxt.low) and found[0].elder != "younger" and \
        found[0].kind not in JUNIOR_KINDS and \
        site.tok.low in index.families[fam_key].own_name | index.families[fam_key].name_lows and \
        features.a_person(index.families[fam_key].newest)


def _same_kind_of_place(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """head_noun_is_the_same_kind_of_place (round 21): a household calls its own takeout, salon
    or stand by the everyday word for that kind of place ("the <food> shop", "the <trade>
    place"); a head noun that, like the card's own class or tag word, names a building or an
    establishment (places.same_kind_of_place) says the same thing in other words, so the
    modifier the card knows still names it. A head of another kind (a box, a jar, a dog) keeps
    the phrase about that other thing."""
    return site.nxt is not None and places.same_kind_of_place(index, fam_key, site.nxt) and \
        site.on(PLACE_HEAD)


FOND_WORD = named_rule("fond_word_beside_a_name")
TITLE_BEFORE_NAME = named_rule("title_before_anothers_name_is_theirs")


def _title_before_anothers_name(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """title_before_anothers_name_is_theirs (round 21): a household title two people share
    ("Oga", "Tonton", "Aunty" as the cards state it) right before the name of another person
    of the catalog ("<title> <name> playing ...") belongs to that name: the pair is one person's
    name, even where the name is also a verb the next -ing form could compound with
    (predicate_is_no_head's test)."""
    owners = index.name_owners.get(site.nxt.low, set()) - {fam_key}
    return bool(owners) and fam_key in site.match.named and \
        any(index.families[k].kind == "subject" and site.tok.low in index.families[k].name_lows
            for k in owners) and site.on(TITLE_BEFORE_NAME)


def fond_word_beside_a_name(index: CatalogIndex, site: WordSite, fam_key: str,
                            other: Token | None) -> bool:
    """fond_word_beside_a_name (round 20): every variety calls its people and pets fondly by a
    word of size, age or endearment beside the name ("little <name>", "wee <name>", "<name>
    bach" in Welsh English, "<name> chan"; nameforms.FOND_*_A_NAME), a closed class in each:
    such a word right before or after a being's name is part of how the name is said, neither a
    modifier that makes the name a common noun's head nor a head noun the name modifies. A name
    borrowed from an ordinary English word for a thing keeps its ordinary reading ("little
    pepper"); one English has first for a person (a title) is still the name."""
    fam, low = index.families[fam_key], site.tok.low
    if other is None or fam.kind != "subject" or fam_key not in site.match.named or \
            (fam.borrows(site.tok) and common_noun(low) and not _person_word(low)):
        return False
    return fond_word(other.low, other.end <= site.tok.start) and site.on(FOND_WORD)


def _person_word(word: str) -> bool:
    """Is the word's first WordNet meaning a kind of person (a title, a role)?"""
    lx = lexicon()
    senses = lx.senses(word) if lx is not None else []
    return bool(senses) and senses[0].lexfile == LEXFILE["person"]


def _look_beside(index: CatalogIndex, tok: Token, site: WordSite) -> bool:
    """look_beside_a_name_is_a_tag: is the word beside a subject's name a style LoRA's own word
    (its one-word name, class noun or a one-word tag few styles share; one word of a longer
    name is not)?"""
    for key in index.lookup(tok).strengths:
        fam = index.families[key]
        own = (fam.class_words | fam.naming_words) - index.common_tags
        if any(len(ph) == 1 for ph in fam.name_phrases):
            own = own | fam.name_lows
        if fam.kind == "style" and ({tok.low, tok.stem} & own):
            return site.on(LOOK_BESIDE_A_NAME)
    return False


@match_rule(when=lambda index, site: site.nxt is not None and noun_like(site.nxt))
def head_names_the_ordinary_sense(index: CatalogIndex, site: WordSite, fam_key: str,
                                  strength: float) -> Verdict:
    """English may say which meaning of a word it means by the noun after it, a word for the
    kind that meaning is ("a boxer dog", "a python snake", "a jaguar cat"): the head names
    the word's ordinary sense. A style or concept LoRA that names itself by the word in another
    sense (a haircut, a drawing medium) is then not meant, unless the head is one of its naming
    words (class noun, tags) or the head is a kind of picture (a "watercolour painting" is the
    medium)."""
    fam, nxt = index.families[fam_key], site.nxt
    if fam.kind == "subject" or nxt is None or not noun_like(nxt) or \
            fam.terms.get(nxt.stem, 0.0) >= STRONG or nxt.low in KIND_WORDS["style"]:
        return Verdict.KEEP
    lx = lexicon()
    if lx is None or not lx.head_names_a_sense(site.tok.low, nxt.low, ORDINARY_SENSE_DEPTH):
        return Verdict.KEEP
    if fam.class_head and lx.head_names_a_sense(fam.class_head, nxt.low, ORDINARY_SENSE_DEPTH):
        return Verdict.KEEP  # the card's own kind is under the head too: its sense
    return Verdict.VETO if fam_key in site.match.named else Verdict.DROP


@lru_cache(maxsize=65536)
def _no_noun_reading(low: str) -> bool:
    """An English word that is no noun in any form ("bushes" is "bush"s: a noun)."""
    lx = lexicon()
    forms = {low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low}
    return lx is not None and low in english_words() and not any(lx.base_forms(f) for f in forms)


def _known_non_noun(site: WordSite) -> bool:
    """predicate_is_no_head: an English word with no noun reading after a name or class word
    ("<name> stuck in traffic", "<name> asleep") is a predicate of it, not a head noun the word
    could modify; nor is an adverb of degree or time before a preposition ("<name> right after
    the race": text.PREPOSITION_ADVERBS)."""
    return (_no_noun_reading(site.nxt.low) or _adverb_before_preposition(site)
            or _first_part_of_a_verb(site)) and site.on(PREDICATE_NO_HEAD)


def _first_part_of_a_verb(site: WordSite) -> bool:
    """A lower-case word that is also a verb and no person noun, right before an -ing form of a
    verb that takes an object ("<name> test riding the <bike>", "<name> hand feeding the
    lambs"), begins a compound verb English writes open or hyphenated (test-ride, hand-feed):
    the predicate, no head noun ("<name> geyser erupting in ..." keeps its head)."""
    lx, words = lexicon(), site.request
    at = next((i for i, t in enumerate(words) if t.start == site.nxt.start), None)
    if lx is None or at is None or at + 2 >= len(words) or site.nxt.capitalized:
        return False
    after, obj = words[at + 1], words[at + 2]
    if obj.low not in _OBJECT_OPENERS and not obj.capitalized:
        return False
    return after.low.endswith("ing") and lx.verb_lemma(after.low) is not None and \
        bool(lx.verb_frames(site.nxt.low)) and not person_noun(site.nxt.low)  # "<x> guy holding"


_OBJECT_OPENERS = frozenset("the a an my our his her their this that these those".split())


def _adverb_before_preposition(site: WordSite) -> bool:
    words = site.request
    at = next((i for i, t in enumerate(words) if t.start == site.nxt.start), None)
    return site.nxt.low in PREPOSITION_ADVERBS and at is not None and at + 1 < len(words) and \
        (words[at + 1].low in GOVERNING or words[at + 1].low in TIME_CONJUNCTIONS)


@match_rule(named_only=True, when=lambda index, site: site.core and site.mention.determiner in GENERIC)
def name_after_article_is_common_noun(index: CatalogIndex, site: WordSite, fam_key: str,
                                      strength: float) -> Verdict:
    """A proper name takes no article: a lower-case name after "a", "an", a number or a
    container ("a crate of ...") is the common noun. A capitalised word after an article is
    still a name (a brand or a character before its noun). So is the borrowed name of a style
    or concept (Family.borrows)."""
    mention, fam = site.mention, index.families[fam_key]
    if fam_key not in site.match.named or (fam.kind != "subject" and not fam.borrows(site.tok)) \
            or _coined_look_name(site, fam):
        return Verdict.KEEP
    if fam.kind == "concept" and site.on(LOANWORD_CONCEPT) and loanword(site.tok.low):
        return Verdict.KEEP  # loanword_name_of_a_concept_is_its_kind
    if not site.core or mention.determiner not in GENERIC:
        return Verdict.KEEP
    if _contained(index, site, fam_key) is not None:
        return _contained(index, site, fam_key)
    if site.tok.capitalized:
        return Verdict.KEEP
    if any(t.capitalized and index.is_name_of(fam_key, t) for t in mention.words):
        return Verdict.KEEP  # the rest of a capitalised brand or character name
    if unit_of_the_product(index, site, fam_key):
        return Verdict.KEEP
    return Verdict.DROP


LOANWORD_CONCEPT = named_rule("loanword_name_of_a_concept_is_its_kind")


def loanword(low: str) -> bool:
    """Rule loanword_name_of_a_concept_is_its_kind (round 21): a concept LoRA named by a word
    English lacks (a garment, a vehicle or a dance of another language: a "kanga", a "jeepney",
    a "hora") is named by that kind's own word; with no ordinary English sense for it to mean,
    "a <word>" after an article is that kind, so the concept, as "a <class noun>" is."""
    lx = lexicon()
    return lx is not None and low.isalpha() and not lx.senses(low) and \
        low not in english_words() and not lx.verb_lemma(low) and not lx.is_adjective(low)


UNIT_OF_PRODUCT = named_rule("article_counts_units_of_a_product")


def unit_of_the_product(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """article_counts_units_of_a_product (round 20): a product is made many times over, so its
    name takes an article as goods do ("a <Brand> <garment>", "two <Brand> <pies>"): the
    article counts units of it, and the product's own whole name of two or more words typed in
    a row, in any case, names that product card (containers.several_word_name_typed), as it does
    after "a <container> of". A one-word name after "a" stays the common noun."""
    if not containers.is_product(index.families[fam_key]):
        return False
    typed = [t.low for t in site.mention.words]
    return containers.several_word_name_typed(index, typed, fam_key) and site.on(UNIT_OF_PRODUCT)


CONTAINED_PRODUCT = named_rule("contents_of_a_container_are_the_product")
"""The article of "a <container> of <contents>" counts the container, not the contents: a product
card the contents name (their own "our", a capitalised name word, its name in the "of" form) is
meant, not any such thing; a being named after that stuff is not (containers.py)."""

THING_FIRST = named_rule(containers.THING_FIRST_RULE)
"""(round 21) A card's class noun names the thing in the word's commonest meaning: a noun whose
first WordNet meaning is a made thing, a food or a substance ("bag", "tin", "box") makes the card
a thing, not a being, whatever a rare meaning of the word says ("old bag" is a person), so a bag
of the owner's seasoning is a product whose container phrase names it
(containers._thing_first)."""

NAME_SAYS_THE_KIND = named_rule(containers.NAME_SAYS_THE_KIND_RULE)
"""A product's name often holds the common noun of what it is ("<Brand> Wax" for a polish): where
that word's ordinary meaning is what the cards say the product is (a WordNet synonym of a word of
its class noun or description), the word read as a common noun ("a jar of the wax") still names
the product, so the container's contents name it (containers.name_says_the_kind)."""


def _contained(index: CatalogIndex, site: WordSite, fam_key: str) -> Verdict | None:
    """contents_of_a_container_are_the_product (containers.py): in "a <container> of ..." the
    article counts the container, so a product card the contents name keeps its name words
    (the container word included), and a being's name in the contents is the stuff it was
    named after, capitalised or not. None: the rule has nothing to say."""
    if containers.names_the_product(index, site.mention, fam_key):
        return Verdict.KEEP if site.on(CONTAINED_PRODUCT) else None
    if containers.being_in_contents(index, site.mention, site.tok, fam_key):
        return Verdict.DROP if site.on(CONTAINED_PRODUCT) else None
    return None


def premodifiers(site: WordSite) -> list[Token]:
    """The words directly before a word in its phrase, nearest first ("coarsely milled black
    pepper": black, milled, coarsely): its pre-modifiers. A word of an attribute phrase
    describing the mention ("<dish> with soft <X>") is not among the mention's words: its
    pre-modifiers are the request's words before it, up to a function word."""
    words = site.mention.words
    i = next((k for k, t in enumerate(words) if t.start == site.tok.start), None)
    if i is None and not site.core:
        words = [t for t in site.request if t.end <= site.tok.start] + [site.tok]
        i = len(words) - 1
    out: list[Token] = []
    after = site.tok
    for tok in reversed(words[:i] if i else []):
        if after.start - tok.end > 1 or tok.low in STOPWORDS:
            break
        out.append(tok)
        after = tok
    return out


PARTICIPLE_BEFORE_NAME = named_rule("participle_before_a_borrowed_name")
"""(round 24) English sets no past participle before a given name: what was cracked, steamed,
grated, smoked or knitted is a thing the verb was done to, so a name borrowed from an ordinary
word (Family.borrows), typed in lower case after such a participle the family's cards never use,
is that ordinary word: the participle is one more pre-modifier of a common noun phrase for
lowercase_name_after_modifier (a spice "freshly ground", a dumpling "steamed", a rug "braided").
Off: only noun-like pre-modifiers count (rules._stuff_modifier)."""


def _stuff_modifier(site: WordSite, tok: Token | None, person: bool = False) -> bool:
    """Can `tok` restrict a common noun before the word at `site`: a noun or adjective, or (rule
    participle_before_a_borrowed_name) a past participle (lexicon.past_verb_lemma) before the name
    of an animal or a thing, or of a person where the name is an everyday English word; not one
    of making a picture (text.MAKING: a "hand drawn <name>" is a picture of the one named)."""
    if tok is None:
        return False
    if noun_like(tok):
        return True
    lx = lexicon()
    return lx is not None and lx.past_verb_lemma(tok.low) is not None and \
        not re.fullmatch(MAKING, tok.low) and site.on(PARTICIPLE_BEFORE_NAME) and \
        (not person or common_noun(site.tok.low))


@match_rule(named_only=True, when=lambda index, site: not site.tok.capitalized and _stuff_modifier(site, site.prev))
def lowercase_name_after_modifier(index: CatalogIndex, site: WordSite, fam_key: str,
                                  strength: float) -> Verdict:
    """A lower-case name after an adjective or noun the family does not know is the head of a
    common noun phrase (a kind of food, a kind of flower), not the pet of that name; so is the
    borrowed name of a style or concept. A name borrowed from an ordinary word
    (Family.borrows) is read as that word unless the family knows every pre-modifier: each one
    restricts the head ("coarsely milled black pepper" is milled, which no black cat called
    Pepper is). A kinship word of any language the lexicon has is a title before a person's
    name, no common noun the name could head ("tia marta", "oom koos", "ate joy"); before a
    borrowed name, a title counts as known where it is a form of one the cards give."""
    prev, fam = site.prev, index.families[fam_key]
    borrowed = fam.borrows(site.tok)
    if fam_key not in site.match.named or (fam.kind != "subject" and not borrowed):
        return Verdict.KEEP
    verb_before = fam.kind != "subject" and site.on(SHORT_VERB_ING) and short_verb_ing(prev.low) \
        if prev is not None else False
    person = features.a_person(fam.newest)
    if site.tok.capitalized or prev is None or not _stuff_modifier(site, prev, person) or verb_before or \
            ((not borrowed or site.tok.low in fam.own_name) and
             _kinship_title(prev.low, fam.class_head)):
        return Verdict.KEEP
    if name_typed_with_a_slip(index, site, fam_key) or fond_word_beside_a_name(index, site, fam_key, prev) or \
            _foreign_title_before_a_name(site, fam, prev) or (
            prev.low in THING_AGE_WORDS and
            (not borrowed or site.tok.low not in english_words()) and site.on(AGE_WORD_KEEPS_THE_NAME)):
        return Verdict.KEEP
    modifiers = [t for t in premodifiers(site) if _stuff_modifier(site, t, person)] if borrowed else [prev]
    modifiers = [t for t in modifiers if not _look_beside(index, t, site)]
    return Verdict.KEEP if all(index.family_knows(fam_key, t) or
                               _title_the_cards_give(index, fam_key, t) or
                               _narrower_modifier(index, site, fam_key, t) for t in modifiers) \
        else Verdict.DROP


NARROWER_MODIFIER = named_rule("narrower_modifier_of_the_class_head")

FOREIGN_TITLE = named_rule("word_english_lacks_before_a_name_is_a_title")
"""(round 22) Only an English word can restrict an English common noun: a lower-case word before
a being's name that English lacks (no WordNet word, no word of the encoder's vocabulary: a title or
endearment of another language, "<elder-sister title> <name>", "<endearment> <name>", typed in any
romanisation) before a name English lacks too is how the speaker addresses the one named, not a
modifier that makes the name the head of a common noun phrase (rules._foreign_title_before_a_name)."""


def _opens_the_phrase(site: WordSite, prev: Token) -> bool:
    """Does `prev` open the mention, or follow a possessive ("my <title> <name>")? After
    another word (an article of another language, a describing noun) it is part of a noun
    phrase, no title of address."""
    at = next((k for k, t in enumerate(site.mention.all_tokens) if t.start == prev.start), None)
    before = site.mention.all_tokens[at - 1] if at else None
    return at is not None and (before is None or before.possessive or
                               before.low in DETERMINERS["possessive"])


def _foreign_title_before_a_name(site: WordSite, fam: Family, prev: Token) -> bool:
    """word_english_lacks_before_a_name_is_a_title (see above). A title opens the name's
    phrase or follows a possessive (_opens_the_phrase)."""
    return site.on(FOREIGN_TITLE) and fam.being() and not prev.capitalized and \
        not ordinary_word(prev.low) and prev.low not in english_words() and \
        not ordinary_word(site.tok.low) and _opens_the_phrase(site, prev)

PLACE_KIND_IN_NAME = named_rule("place_is_called_by_its_kind")
"""(round 21) A household calls its own shop, takeout or stand by the word for its kind ("the
takeout", "the bakery"), and a business's name often ends in that word ("<Owner>'s Takeout"): one
word of the place's longer name that is also one of its cards' own kind words (class word or
one-word tag), for a building or establishment (places.kind_word_of_a_place), keeps that word's
weight instead of a stray name word's (evidence._partial_names); a being's name word does not."""


def _narrower_modifier(index: CatalogIndex, site: WordSite, fam_key: str, mod: Token) -> bool:
    """narrower_modifier_of_the_class_head (round 21): a card's class noun "<modifier> <head>"
    is said with a narrower or near-synonymous modifier ("the <peony> stall" for a flower stall:
    peonies are flowers); the head, the card's own word, still names the owner's thing where the
    phrase points at it ("the", "our"; places.narrower_modifier). "a <peony> stall" stays any
    stall."""
    return places.narrower_modifier(index, fam_key, site.mention, mod, site.tok) and \
        site.on(NARROWER_MODIFIER)


def _title_the_cards_give(index: CatalogIndex, fam_key: str, tok: Token) -> bool:
    """Is the word a kinship title of the relation a word of the family's cards gives as one
    ("grampa" where the cards say the kids call him "Grandpa <name>"): a title's clipped and
    regional forms are one title, so the family knows it as it knows the card's own word."""
    found = rel_of(tok.low, True)
    if not found or not found[0].kind or found[1]:
        return False
    return any(rel_of(w, True) == (found[0], False) for card in index.families[fam_key].cards
               for w in re.findall(r"[a-z]+", card.description.lower()) if len(w) > 2)


@match_rule(when=lambda index, site: bool(site.match.named) and not site.tok.capitalized and site.nxt is not None)
def name_inside_a_shared_kind_phrase(index: CatalogIndex, site: WordSite, fam_key: str,
                                     strength: float) -> Verdict:
    """A lower-case word that is a subject's name and, with the word after it, the kind phrase
    (class noun or tag) that subject shares with another of the user's subjects ("a blue roan"
    for a horse called Blue and another roan) names that kind, not the one called so: the word is
    no name here, and the phrase reaches every subject of that kind alike, by its head."""
    fam = index.families[fam_key]
    if not site.match.named or fam.kind != "subject" or site.tok.capitalized or \
            site.nxt is None:
        return Verdict.KEEP
    phrase = f"{site.tok.low} {site.nxt.low}"
    if phrase not in _kind_phrases(fam):
        return Verdict.KEEP
    sharing = {k for k in index.postings.get(site.nxt.stem, {})  # those knowing the phrase's head
               if index.families[k].kind == "subject" and phrase in _kind_phrases(index.families[k])}
    return Verdict.DROP if len(sharing) > 1 and site.match.named & sharing else Verdict.KEEP


def _kind_phrases(fam) -> set[str]:
    """The lower-cased class nouns and tags of several words on a family's cards."""
    return {t.lower() for c in fam.cards for t in [*c.tags, c.class_noun] if " " in t.strip()}


def _kinship_title(word: str, class_head: str) -> bool:
    """Is the word a singular kinship word, before the name of a person (class_head)?"""
    found = rel_of(word, True)
    return bool(found and found[0].kind and not found[1]) and \
        any(class_head in g for g in CATEGORY_GROUPS)


@match_rule(when=lambda index, site: site.core and site.tok.low in THING_AGE_WORDS)
def age_word_describes_its_head(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """An adjective of age ("old", "new") describes the head of its phrase, the noun English puts
    last, whatever words stand between ("the old <colour> <name>"): where that head is the name of
    another family that this one does not know, the age word says how old that thing is, and a
    family it reached on its own (an "old man" class noun) is not meant."""
    mention = site.mention
    if site.tok.low not in THING_AGE_WORDS or fam_key in site.match.named or not site.core or \
            not mention.words or mention.words[-1] is site.tok:
        return Verdict.KEEP
    head = mention.words[-1]
    owners = [k for k in index.lookup(head).named if k != fam_key]
    if not owners or index.family_knows(fam_key, head):
        return Verdict.KEEP
    return Verdict.DROP


@match_rule(when=lambda index, site: site.plural and site.core)
def plural_is_things_in_general(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """A plural class word without "my"/"our" means things of that kind in general; one
    personal checkpoint is one thing."""
    if not (site.plural and site.core):
        return Verdict.KEEP
    if index.families[fam_key].kind != "subject" or fam_key in site.match.named:
        return Verdict.KEEP
    return Verdict.DROP


@lru_cache(maxsize=65536)
def time_word(word: str) -> bool:
    """Is the word's most frequent meaning a stretch of time ("days", "summer", "morning")?"""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return first is not None and first.lexfile == LEXFILE["time"]


@lru_cache(maxsize=65536)
def body_word(word: str) -> bool:
    """Is the word's most frequent meaning a part of a body ("lap", "shoulders", "moustache",
    "paw")? WordNet files the human body's parts and features together (noun.body) and an
    animal's under the body part they are a kind of; a plural is read by its singular."""
    lx = lexicon()
    if lx is None or not word.isalpha():
        return False
    for base in lx.base_forms(word):
        first = lx.first_sense(base)
        if first is not None and (first.lexfile == LEXFILE["body"] or
                                  lx.is_a(base, "body part", depth=BODY_PART_DEPTH)):
            return True
    return False


@lru_cache(maxsize=65536)
def person_noun(word: str) -> bool:
    """A word whose most frequent meaning is a kind of person ("apprentice", "neighbour",
    "flatmate"), not a kinship word (relations.py reads those)."""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return first is not None and first.lexfile == LEXFILE["person"] and word not in KINSHIP


def unknown_name(index: CatalogIndex, tok: Token) -> bool:
    """A name no card has: capitalised inside the sentence or a word English does not have (a
    noun, verb, adjective or adverb in none of its forms), and no family's word, not even
    misspelt."""
    lx = lexicon()
    if lx is None or not tok.low.isalpha() or tok.low in STOPWORDS or tok.low in FILLER or \
            tok.low in CUE_WORDS:
        return False
    if not (tok.capitalized or not lx.has_word(tok.low)):
        return False
    return not index.lookup(tok).strengths


@match_rule(when=lambda index, site: site.nxt is None and time_word(site.tok.low))
def time_word_dates_the_picture(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """A noun of time ("in my student days", "that summer") says when the picture is, not what
    is in it: found only in a card's description ("the day we moved in") it is no evidence
    that card is drawn. A card that names, classes or tags itself by the word keeps it. Only
    the phrase's head is read so: before another word ("old tin sign", "summer dress") the
    word describes that word."""
    if strength > STRENGTH[Field.DESC] or fam_key in site.match.named or site.nxt is not None:
        return Verdict.KEEP
    return Verdict.DROP if time_word(site.tok.low) else Verdict.KEEP


@match_rule(when=lambda index, site: bool(site.mention.all_tokens) and site.mention.all_tokens[0].low in TIME_CONJUNCTIONS)
def time_clause_subject_is_not_drawn(index: CatalogIndex, site: WordSite, fam_key: str,
                                     strength: float) -> Verdict:
    """The subject of a clause that says when ("before Sam did the fit-out", "after my dad
    moved out") dates the picture: that person or thing acted then, it is not drawn. Read
    only where a time conjunction opens the phrase, at most a determiner stands before the
    word, and a past-tense verb follows it; "before Sam" alone may still place Sam in view."""
    phrase = site.mention.all_tokens
    if not phrase or phrase[0].low not in TIME_CONJUNCTIONS:
        return Verdict.KEEP
    between = [t for t in phrase[1:] if t.start < site.tok.start]
    if any(t.low not in CLAUSE_DETERMINERS for t in between):
        return Verdict.KEEP
    after = [t for t in site.request if t.start > site.tok.start]
    lx = lexicon()
    if not after or lx is None or lx.past_verb_lemma(after[0].low) is None:
        return Verdict.KEEP
    return Verdict.DROP


CLAUSE_PRONOUNS = frozenset("i you he she we they".split())  # a clause's subject ("it" may be its object)
CLAUSE_OBJECT_REACH = 3  # words from the clause's verb to its object's head ("the old <thing>")
@match_rule(when=lambda index, site: site.core and len(site.mention.all_tokens) > 4)
def object_of_a_time_clause_is_not_drawn(index: CatalogIndex, site: WordSite, fam_key: str,
                                         strength: float) -> Verdict:
    """(round 21) A clause that says when the picture is set ("<someone> when we <opened> the
    <shop>", "<someone> the year they <bought> the <flat>") dates it by an event; the thing the
    event's verb acts on belongs to the event, it is not drawn beside the person the clause
    describes (time_clause_subject_is_not_drawn reads the clause's subject). Read only for a thing
    (no being: "the day we adopted <pet>" may show the pet), where a time conjunction or a word
    for a stretch of time, a subject pronoun, a past-tense verb (an adverb may stand before it)
    and at most `CLAUSE_OBJECT_REACH` words lead to it, after other words of the phrase."""
    fam = index.families[fam_key]
    if fam.kind != "subject" or containers.is_being(fam):
        return Verdict.KEEP
    toks = site.mention.all_tokens
    at = next((k for k, t in enumerate(toks) if t.start == site.tok.start), None)
    lx = lexicon()
    if at is None or lx is None:
        return Verdict.KEEP
    for k in range(1, at - 2):
        opener, who = toks[k], toks[k + 1]
        if not (opener.low in TIME_CONJUNCTIONS or time_word(opener.low)) or who.low not in CLAUSE_PRONOUNS:
            continue
        verb = next((j for j in (k + 2, k + 3) if j < at and lx.past_verb_lemma(toks[j].low)), None)
        if verb is not None and at - verb <= CLAUSE_OBJECT_REACH:
            return Verdict.DROP
    return Verdict.KEEP


OBJECT_OF_TIME_CLAUSE = object_of_a_time_clause_is_not_drawn.__name__


def _role_word(word: str) -> bool:
    """A word whose most frequent meaning is a person, or that English's lexicon lacks (a coined
    role: it names no medium the lexicon knows)."""
    lx = lexicon()
    if lx is None:
        return False
    first = lx.first_sense(word)
    return first is None or first.lexfile == LEXFILE["person"]


@match_rule(when=lambda index, site: site.tok.stem in index.compounds)
def compound_tail_names_no_style(index: CatalogIndex, site: WordSite, fam_key: str,
                                 strength: float) -> Verdict:
    """A closed compound names a narrower kind than its last part: a "sportsman" is a kind of
    man, a "woodcut" a kind of cut. A style LoRA is named by its own words; a request word that
    reaches it only as the tail of one of its compound words is the broader noun (a "man" beside
    a sportsman style, a "cut" beside a woodcut one) and says who or what is drawn, not how.
    Typed before a style word ("in my <tail> style") it does say how: the style is meant."""
    if index.families[fam_key].kind != "style" or \
            fam_key not in index.compounds.get(site.tok.stem, {}) or \
            index.families[fam_key].knows(site.tok.stem) or \
            _before_a_style_word(site):
        return Verdict.KEEP
    return Verdict.DROP


def _before_a_style_word(site: WordSite) -> bool:
    """Is the word typed right before a style word of the request ("<word> style")?"""
    after = [t for t in site.request if t.start >= site.tok.end]
    return bool(after) and after[0].low in KIND_WORDS["style"] and \
        after[0].start - site.tok.end <= 1  # one space or hyphen between them


@match_rule(when=lambda index, site: site.mention.role == Role.STYLE and site.match.kind == MatchKind.DENSE)
def role_is_no_medium(index: CatalogIndex, site: WordSite, fam_key: str,
                      strength: float) -> Verdict:
    """"<subject> as a <person noun>" ("as a lighthouse keeper", "as a sorceress") casts the
    subject in a role: the noun is who it plays, not how the picture is made. Reached only by
    meaning (MiniLM), such a word does not name a style; a style whose cards use it keeps it."""
    if site.mention.role != Role.STYLE or site.match.kind != MatchKind.DENSE or \
            index.families[fam_key].kind != "style" or index.family_knows(fam_key, site.tok):
        return Verdict.KEEP
    first = site.mention.all_tokens[0] if site.mention.all_tokens else site.tok
    before = [t for t in site.request if t.end <= first.start]
    while before and before[-1].low in ("a", "an", "the"):
        before.pop()
    if not before or before[-1].low not in ROLE_FRAMES or not _role_word(site.tok.low):
        return Verdict.KEEP
    return Verdict.DROP


# -- rules that reweigh one word's matches ----------------------------------------------------

@word_rule
def category_word_prefers_category_head(index: CatalogIndex, tok: Token, mention: Mention,
                                        accepted: dict[str, float]) -> dict[str, float]:
    """A word for a broad category of being ("kid", "friend") names a card whose class is
    such a being; a card that only mentions the word (a bicycle for kids) weighs less."""
    group = next((g for g in CATEGORY_GROUPS if tok.low in g or tok.stem in g), None)
    if group is None or not any(index.families[k].class_head in group for k in accepted):
        return accepted
    return {k: (v if index.families[k].class_head in group else v * CATEGORY_DAMPING)
            for k, v in accepted.items()}


@word_rule
def relative_of_another_subject(index: CatalogIndex, tok: Token, mention: Mention,
                                accepted: dict[str, float]) -> dict[str, float]:
    """A kinship word after "his"/"her" is the relative of the subject just named, not the
    user's own relative: only a card that literally says the word stays."""
    if tok.low not in KINSHIP or mention.determiner != Determiner.BACKREF:
        return accepted
    return {k: v for k, v in accepted.items()
            if tok.stem not in index.families[k].categories or v >= STRONG}


@word_rule
def literal_word_beats_category(index: CatalogIndex, tok: Token, mention: Mention,
                                accepted: dict[str, float]) -> dict[str, float]:
    """A card that literally says the word ("son") beats every card that is merely in the
    word's broad category (any person)."""
    literal = [k for k in accepted
               if tok.stem not in index.families[k].categories or accepted[k] >= STRONG]
    if not any(accepted[k] >= STRONG for k in literal) or len(literal) == len(accepted):
        return accepted
    return {k: (v if k in literal else v * CATEGORY_DAMPING) for k, v in accepted.items()}


@word_rule
def place_word_names_the_place(index: CatalogIndex, tok: Token, mention: Mention,
                               accepted: dict[str, float]) -> dict[str, float]:
    """A noun for a thing (a shop, a farm, a cabin, a truck: its most frequent meaning an
    artifact or a group) heading the phrase names the card that IS such a thing (class noun,
    tag, another word for them). A card that only mentions it in its description (a hoodie
    "sold at the shop", a van "with the farm's logo") and a person or an animal whose cards
    carry the word as a tag (the shop's cat, the farm's hand, the workshop's apprentice) belong
    to it or with it: "the shop" is not them, once a card of no being answers to the word."""
    heads = [t for t in mention.words if noun_like(t)]
    if not heads or heads[-1] is not tok or not _thing_word(tok.low):
        return accepted
    fams = index.families
    things = {k for k, v in accepted.items() if v >= STRONG and fams[k].kind == "subject" and
              not _being_family(index, k) and not _modifier_in_name(fams[k], tok)}
    if not things:
        return accepted
    near = {k for k in accepted if k not in things and (
        _modifier_in_name(fams[k], tok) or tok.low not in fams[k].name_lows) and
        tok.stem not in fams[k].class_words}
    return {k: (v * CATEGORY_DAMPING if k in near else v) for k, v in accepted.items()}


def _modifier_in_name(fam, tok: Token) -> bool:
    """Is the word, in the family's name, only a modifier before its class word (the "shop" of
    a "Shop Hoodie" says whose hoodie, the hoodie is what it is), and no tag of its own?"""
    return tok.stem not in fam.class_words and \
        not any(tok.low == t.strip().lower() for c in fam.cards for t in c.tags) and \
        any(tok.stem in ph[:-1] and ph[-1] in fam.class_words for ph in fam.name_phrases)


@lru_cache(maxsize=65536)
def _thing_word(word: str) -> bool:
    """Is the word's most frequent meaning an artifact or a group (a building, a business)?"""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return first is not None and first.lexfile in (LEXFILE["artifact"], LEXFILE["group"])


def _being_family(index: CatalogIndex, key: str) -> bool:
    """A subject whose class noun's most frequent meaning is a person or an animal."""
    fam, lx = index.families[key], lexicon()
    first = lx.first_sense(fam.class_head) if lx is not None and fam.class_head else None
    return fam.kind == "subject" and first is not None and \
        first.lexfile in (LEXFILE["person"], LEXFILE["animal"])


# -- rules on the whole mention (applied in evidence.py / reasoner.py) -------------------------

PARTIAL_NAME = named_rule("partial_name_is_description")
NAME_IS_IDENTIFIER = named_rule("name_is_identifier")
GENERIC_IS_NOT_PERSONAL = named_rule("generic_mention_is_not_personal")
VERSION_WORDS_DO_NOT_NAME = named_rule("version_words_do_not_name")
DESCRIPTION_NEEDS_POINTER = named_rule("description_needs_pointer")
SCENE_NEEDS_ANCHOR = named_rule("scene_needs_anchor")
OWNED_SCENE_NOUN = named_rule("owned_scene_noun_asks_which")
"""(round 21) A place phrase "outside our <noun>" points at the owner's thing as "our <noun>" does
anywhere: where the noun names two or more of the owner's things alike (by class noun or tag),
it asks which of them rather than reading as a scene (reasoner._owned_alike)."""
STYLE_IN_PHRASE = named_rule("style_or_concept_named_in_phrase")
POSSESSOR_IS_NOT_HEAD = named_rule("possessor_is_not_head")
DENSE_WORDS = named_rule("dense_word_meaning")
HOME_NOUNS = named_rule(features.HOME_LANGUAGE_NOUNS)  # synonyms.py, nounwords.py: a
# household's everyday noun of its home language for a kind it owns ("our <house word>") reaches
# the card that names the kind in English (applied by the index: features.INDEX_RULES switches it off)
LEXICAL_WORDS = named_rule(features.LEXICAL_SYNONYMS)  # lexical.py: the other English words for a
# card's naming words name it a little less than its own, what it is a kind of as a category
# (off: applied by the index: features.INDEX_RULES, so no lexicon word reaches any path)
RELATIONS = named_rule("relation_through_kinship")
TITLE_BEFORE_A_NAME = named_rule("title_before_a_name_is_no_name")
"""(round 28) A kinship word the cards write only as a title before a person's name, no owner
before it ("'Brother <Name>'", "'Auntie <Name>'"), is how the person is addressed with the name:
the title alone does not single them out, so "my brother" beside two brothers still asks, where a
kinship word used as the whole name ("the kids call her Nonna") means that person
(relations.Relations._called)."""
PHRASE_TELLS_APART = named_rule("phrase_tells_apart")
KIND_OF_LORA = named_rule("lora_kind_names_the_options")  # select.Selector._kind_options
CALIBRATED = named_rule("calibrated_decision")  # calibrated.py: the evidence may overrule
PLACE_WORD_NAMES_NOTHING = named_rule("placing_word_is_no_unexplained_word")
"""(round 21) A preposition that places the thing ("outside", "behind", "near") says where it is
drawn, not what it is: it is no word "the cards do not have" that MiniLM should compare with the
options' classes to break a question (Selector._narrow)."""

# -- request structure: how phrases are read and grouped (intent.py, reasoner.py) -------------

OWNER_NO_RELATIVE = named_rule("owner_is_no_relative_of_the_owner")
"""(round 29) The owner's own cards ("Me, <Name>, at 34 ...") present the owner, who is no
relative of themselves: a kinship word anchored at the owner there ("the day my brother <Name>
and I opened the shop") is another person in the owner's picture, and "my brother" in a request
does not reach the owner's card (relations.family_facts)."""
KIN_IN_A_STRANGERS_NAME = named_rule("kinship_word_in_a_strangers_name_is_no_relation")
"""(round 21) A kinship title in a person's name states a relation to the owner where the cards
are the owner's people, who speak of them in the first person ("Grandma Rosa": "my grandmother
..."). Cards that say nothing in the first person describe someone downloaded from a work (a
character: "Son <X>", "Uncle <X>", "Mother <X>"), whose name's kinship word is part of the name:
it states no relation of the owner's, and its use in the description is the name again
(relations.family_facts), so "our son" or "the kids" do not reach that character."""

STRANGER_NO_RELATIVE = named_rule("stranger_is_no_relative")
""""my <kinship word> <Name>" claims someone of the speaker's own family: a card of that name
that states no relation and says nothing in the first person (a character of a film or game the
user downloaded) is not that relative, so the phrase is a relative the repository lacks: none
(reasoner._related, _stranger)."""

NATURAL_PLACE_TELLS_NOTHING = named_rule("natural_place_tells_nothing_apart")
"""A phrase about a natural place (by a lagoon, in a meadow, across a savanna) says where the
picture is set, not how the subject looks: a look-alike's card that mentions such a place (where
it often runs) does not make it the one meant, as "in the green harness" would
(reasoner._told_apart)."""

STAGE_FRAME_NO_STYLE = named_rule("stage_frame_is_no_style_frame")
""""as a <life stage>" (as a colt, as a newborn calf, as a schoolboy) says which version of
the subject, not how the picture is drawn: it keeps no question open the way "as a <style>"
does, so a question the request's words narrow to one option is that select (select._options_narrowed,
stages.without_stage_frames)."""

SECOND_KIN_READING = named_rule("kin_word_read_the_other_way")
"""Some kinship words name one relation in one variety of English and another elsewhere
(Australian and British "pop" is a grandfather, American "pop" a father): where the table's
reading finds nobody in the repository, the other reading is meant (kinship.SECOND_READINGS,
reasoner._second_reading)."""

YOUNG_TWINS_ASK = named_rule("young_of_a_gender_asks_which")
"""A young person noun of a gender after "the/our young" is the owner's son or daughter; among
several the stated ages pick the youngest, and where they cannot (twins, the same age, no ages)
the phrase still means one of them, so it asks which rather than meaning nobody
(reasoner._young_of_a_gender)."""

YOUNG_IS_NO_COMPARISON = named_rule("young_lad_is_any_son_not_the_youngest")
"""(round 21) In "the young laddie", "our young fella" the adjective is part of the household's
word for its boy or girl, placing them in the family's younger generation (grown or not), not a
comparison: English compares with "the youngest", "the younger one". Among several sons
(daughters) the phrase is any of them, so it asks which, narrowed by the request's other words,
where the ages alone once picked the youngest; "wee"/"little" say small, and still mean the
youngest (reasoner._young_of_a_gender)."""

CUT_OFF_IS_GONE = named_rule("object_between_cut_and_off_is_gone")
"""(round 21) English puts the object of a phrasal verb of removing between the verb and its
particle as readily as after both ("cut the long plait off", "shaved his beard off", "cut my
braids off"): every word of that object, its describing words too, is what that version no
longer has, so a request for the look picks a version that still had it
(versions.cut_off_terms)."""

ORDER_BEFORE_YOUNG = named_rule("birth_order_before_the_young_lad")
"""(round 21) A birth-order word may come before the household's word for its boy or girl ("the
eldest young lad", "our youngest wee lass", "the oldest young laddie"): the adjectives stack as
English stacks them (order before age), and the phrase is the child of that gender the cards
call the eldest (youngest), else the one the stated ages put there
(reasoner._ordered_young, _child_in_order)."""
NAME_AFTER_A_SHARED_TITLE = named_rule("name_after_a_shared_title_says_which")
"""(round 21) Where one word of a phrase names every option alike (a title several people are
given) and another names one of them alone by its name ("<title> <name>"), that one is meant: the
title says how they are addressed, the name who (reasoner._named_besides)."""

NAME_BESIDE_A_KIN_TITLE = named_rule("name_beside_a_kin_title_says_which")
"""(round 22) A kinship title of address goes before the name in some languages and after it in
others ("<name> <elder-sister title>", "<name>-<honorific>"): the name says who, the title only
how the speaker addresses them. Where the title, read as the speaker's relative, fits no one the
cards state, a person's name right before it (no possessive) names the phrase as a name right
after it does; where the title fits several people and the name is one of them, the name picks
that one (reasoner._name_beside_title)."""

NAMED_SIBLING_SET = named_rule("the_name_siblings_are_a_set")
"""(round 21) "The <Name> brothers", "one of the <Name> sisters", "the <Name> brother": "the"
cannot open a possessive of a name ("<Name>'s brothers"), so the name labels a set of siblings, as
English names one by the name they share ("the Wright brothers", "the Brontë sisters"): the person
so named and those the cards make their siblings, and one of them is asked for
(reasoner._sibling_set)."""


SUBJECTS_NAMED_RELATIVE = named_rule("subjects_named_relative_is_another")
"""In a card's description "his/her/their <kinship word> <Name>" ("Efua, our eldest; her brother
Kojo keeps the hives") names another person by their relation to the card's subject, the pronoun
standing for the subject: the card states no such relation of its own subject
(relations.card_facts)."""

SAID_ABSENT = named_rule("said_absent_tells_apart")
"""A thing a card names only to deny it ("no beard", "glasses off", "without his hat") is a thing
that person lacks, so "<relative> with the beard" is not them; and "<relative> without the
beard" (also "minus", "sans", which like "with" open a postmodifier, not the phrase's head) is
the one of them whose cards lack it (reasoner._narrow_related, versions.negated_terms)."""

COORDINATED_PRO_FORM = named_rule("coordinated_pro_form_is_another_thing")
"""A pro-form phrase ("the speckled one", "the lop-eared one") right after "and" is the second
of two things the coordination joins ("my aunt and the little one", "the ram and the black
one"), not a description of the phrase before it, as it is when apposed ("Kofi, the tall one")
(reasoner._only_describes)."""

GENERIC_POSSESSOR = named_rule("indefinite_possessor_is_generic")
# two kinship words joined by "and" name two people, not adjectives of one phrase
# (intent._Splitter.relatives)
COORDINATED_RELATIVES = named_rule("coordinated_relatives_are_two_people")
"""A possessive after "a"/"an"/"some" ("a young woman's hands", "a child's drawing") is as generic
as its possessor: the face of some old man, not a person of the user's. Only a possessor the
user points at ("my sister's", "Anna's", "the kids'") makes the phrase personal. An indefinite
pronoun is such a possessor with its article built in: "somebody's <thing>", "someone's
<thing>" is some person's, none of the user's (intent.INDEFINITE_PRONOUNS)."""

BASE_FOR_ALL = named_rule("base_model_cue_is_for_every_concept")
"""A base model named anywhere ("..., sd1.5", "for sdxl") is the model the whole picture is
drawn on: every checkpoint composed into it must be made for that base, not only the concept
the cue happens to stand next to."""


ONE_PHRASE_ONE_THING = named_rule("one_phrase_one_thing")
"""A noun phrase has one head noun and names one thing: in "the <brand> coffee cup" the cup
is the brand's product, not also a cup LoRA. A concept LoRA reached by a word of a phrase that
also selects a subject by its other words is dropped when the subject's own cards have that
word too (reasoner._one_thing_per_phrase)."""

PARTICIPLE_IS_NO_MEDIUM = named_rule("participle_is_no_medium")
"""An -ed form ("once we painted the shed", "a printed mug") is a verb or an adjective: it shares
its stem with a medium ("painting", "print") but does not name the style a picture is drawn
in. Only nouns of a phrase count toward a style's or concept's whole class phrase."""

RESULT_PARTICIPLE = named_rule("result_participle_names_the_concept")
"""In "with <noun> <participle>" ("with the pony's mane plaited", "with his beard trimmed") the
participle after its noun says the state the noun is left in, and where the participle is of the
verb a concept's class noun names ("plaited" of a "plait" LoRA), that state is the concept's
thing: the phrase asks for the concept as "with a plait" does. Before a noun ("a twisted loaf")
or as a style's medium the participle stays a verb form (participle_is_no_medium)
(reasoner._result_participle)."""

DESCRIPTION_FIRST = named_rule("describing_phrase_first_is_the_subject")
"""A descriptive phrase with a version cue ("the one-eyed archer for sdxl", "the original
cider bottle") or a pro-form ("the little one with the curls") describes the concept before it;
with none before it, it is the concept itself (a pro-form looks ahead too: "The spotty one: the
wooden train" describes the train)."""

BASE_TELLS_APART = named_rule("base_model_tells_apart")
"""Look-alikes asked for "for sdxl": a family with no checkpoint for the named base model
cannot be drawn on it, so the one that has such a checkpoint is meant."""

COMMA_TAG = named_rule("comma_tag_describes_the_picture")
"""After the subject is named, a bare phrase set off by a comma ("..., studio portrait",
"..., hazy dusk glow", "..., vintage railway poster") is a tag about the picture, the way
prompts are written, not a new subject: a style when its head noun is a style's name, class or
tag, else a description of the scene. A name, a possessive or a subject's class noun ("my dog,
cat and bird") still lists subjects; a verb ("..., painted in ...") is an action."""

BRAND_NAMES_THE_PRODUCT = named_rule("brand_names_the_product")
"""A brand stands for its product: "on a zundapp" is a Zündapp motorcycle. A concept LoRA whose
cards write a word of its name with a capital inside a sentence (a proper name, not a sentence
start) is named by that word alone when it heads the phrase, in any case, even after "a"."""

TYPED_TRIGGER = named_rule("typed_trigger_names_its_checkpoint")
"""A trigger spelt unlike any word (digits, underscores, brackets: the rare tokens and tags
LoRA authors train on) is typed only by someone who copied it from the card: the most explicit
choice there is. That card is selected, whatever else the request says (select.py, verbatim.py);
when several versions share the trigger, the newest of them."""

SPACED_TRIGGER = named_rule("coded_trigger_typed_spaced")
"""A style's or concept's trigger made of words joined by underscores ("<word>_<word>", with a
base model's name after them or not) is a phrase its author coined; typed with spaces for the
underscores it is still that phrase, not the card's ordinary words, where one of its words is no
English word and no word of the family's own cards (a word of its name names it already: the
reasoner reads that) and no card writes the phrase in its own text. The family is named as by its rare
token trigger (its version by the request's cues where every version's trigger holds the phrase;
verbatim.spaced_triggers, select.py). A phrase several families' triggers share names none."""

RARE_TRIGGER = named_rule("rare_token_trigger_names_its_checkpoint")
"""LoRA authors train a subject on a made-up rare token with its class ("<token> woman",
"<token> dog"): a word no language uses, so a request typing the whole trigger copied it from the
card, even when it has no digit or underscore. Where the token is no English word and no word of
any card's own text, and one family holds the trigger, that family is selected (its version by
the request's cues where every version shares the trigger), however many cards of the class
there are; the class word belongs to the trigger and chooses no other card of that class
(select.py, verbatim.rare_triggers). A trigger several families share names none of them."""

TRIGGER_STEM = named_rule("trigger_typed_without_its_suffix")
"""LoRA authors end a trigger with the base model or version it was trained for ("tok_xl",
"tok_v2"), and users copying it often leave that last part off. A coded token (digits or
underscores, so never an ordinary word) that is one family's trigger less its last
underscore-separated part is that trigger typed short: it names that family's card like the
whole trigger does (typed_trigger_names_its_checkpoint). A stem several families share, one
that is itself some card's trigger, or a short one ("3d") names nothing (verbatim.py)."""

COINED_STYLE_WORD = named_rule("coined_style_word_names_the_style")
"""A craft's own coinage for a manner of drawing ("<x>work", a borrowed genre name) is no word
English has for anything else: typed anywhere, even as a modifier of the picture's subject with
no "in ... style" frame, it can only mean the style whose class noun or one-word tag it is, when
no other family names itself by it. An English word ("pastel", "flash") keeps its ordinary
sense and is left to the reasoner (verbatim.coined_style_words)."""

GENRE_TAG_PHRASE = named_rule("genre_tag_phrase_names_the_style")
"""A genre's name of several words (a compound such as "<x> art", "<place> traditional") is
typed whole only to name that genre: like a LoRA's whole name it does not occur by accident
the way one ordinary word does, so a style whose card tags it, and no other family's does, is
named by it even as a modifier of the picture's subject ("<genre> <thing>"). A coordination
("teal and mauve") describes colours, not a genre, and is left to the reasoner
(verbatim.genre_tag_phrases)."""

NAME_SKELETON = named_rule("name_typed_in_full_for_its_vowelless_trigger")
"""LoRA authors write the maker or studio a style imitates into its trigger with the vowels
dropped, an abjad-like convention of tags ("<surname-skeleton>_style"). A user asks for that look
by the name written in full ("in the style of <painter>"). A request word with vowels whose
vowel-dropped spelling is a vowel-less part of one style's or concept's trigger (at least
`SKELETON_MIN_CHARS` letters) names that family, when the word is a name (a proper noun only, or
no English word: an ordinary word such as "track" is never meant as a coded name) and no word of
any card's own text (a card word is matched as itself) (verbatim.typed_name_skeletons)."""

DRESSED_AS_A_NAMED_ONE = named_rule("dressed_up_as_a_named_subject_draws_both")
""""<someone> (dressed up) as <X>" usually says how the picture or costume looks, a style phrase;
but where X is a subject card's whole name of several words (a character, a celebrity), the first
one takes that one's look, and only that one's card draws it: both subjects are drawn, the
second from its card, as when the name is typed anywhere else (select.py, verbatim.LoraNames)."""

BARE_NAME_AFTER_AS = named_rule("bare_name_after_as_is_that_one")
"""Extends dressed_up_as_a_named_subject_draws_both to a one-word name: English puts an article
before a singular count noun after "as" ("as a <bird>", "as an <animal>"), never before a proper
name, so a subject card's one-word name typed right after "as" with no article is that one, whose
look the first one takes: both are drawn (verbatim.LoraNames.typed_bare_after_as)."""

SAME_LOOK = named_rule("the_same_look_carries_over")
"""A version whose card says it is "the same <thing>" as before ("retrained on SDXL: the same
flash with cleaner lines") keeps everything the earlier card says, and names only what changed:
words describing the shared look are that version's too, so they do not pick the older one;
only what it says is new (or a version, date or base cue) tells them apart (versions.py)."""

FULL_LORA_NAME = named_rule("full_lora_name_names_it")
"""A style or concept LoRA's whole multi-word name as its card writes it, typed in any case, is
a proper name used as a name: a phrase of two or more words does not occur by accident the way
one ordinary word does ("moss", "ember"), so the LoRA is selected even without "my" or "the".
A one-word name, and a name two families share, are left to the reasoner (select.py)."""

COMPOUND_SPELLINGS = named_rule("compound_spelt_open_or_hyphenated")
"""A compound noun is one word however it is spelt: open, with a space, or hyphenated (a
"paper-cut", a "paper cut"). A style's or concept's whole class phrase is therefore matched on
the pieces of its hyphenated words, so the medium a card writes hyphenated is recognised when
the request writes it open, and the other way round (reasoner._composing_in)."""

NAMED_FOR_WHAT_IT_IS = named_rule("concept_named_for_what_it_is")
"""A concept LoRA whose name holds the ordinary noun for the thing it draws (its cards use
that word in lower case, as a common noun: "Hairstyle LoRA: the quiff haircut"), or whose
name of several words ends in a head noun (a "Tidewater Smock" is a smock), is named by that
noun alone when the noun heads a phrase saying what a subject has or wears ("with a ...",
"in a ..."), even after "a": "a man with a quiff" asks for that haircut (a quiff alone, as a
subject, may be anything else the word means). A modifier the family does not know makes it
another kind of the noun: "a <other> cut" is not this cut. A name borrowed from a word the
cards never use as a common noun stays a name (reasoner._composing_in)."""

GENERIC_NAMES_KIND = named_rule("generic_mention_names_a_kind_lora")
"""A concept LoRA draws a kind of thing (a garment, a prop, a vehicle type, a pose), not an
individual: the user's repository holds it because that kind is what it draws well, so the
ordinary noun for the kind names it in any phrase, "a <noun>" included, not only in "with a
..."/"in a ..." (concept_named_for_what_it_is). A subject card is an individual, and a generic
mention of its class is not the user's own (generic_mention_is_not_personal); a style is a
medium, and a noun in its name is a thing that may be drawn in any medium, so neither is named
this way. The noun must head its run of words: a modifier the family does not know before it
makes another kind, and a noun it does not know after it makes the word a modifier. A
possessive phrase points at something the user owns, so it is left to the subject cards."""

BEFORE_PREDATES = named_rule("before_clause_predates_the_event")
"""A "before ..." clause dates a thing by an event it has not yet seen: a card that says "our barn
before the new roof" is the version without that roof, and the roof belongs to a later version
whatever that card calls it ("re-roofed", "the new slate roof"). So the words of such a clause
are not the card's own when versions are told apart (versions.predated_terms): a request "before
<event>" then finds the event on the later card and means the version before it, and a request
"with <the event's result>" means the later one. Words the card also says outside the clause stay."""

# -- which version of a family (versions.py) ---------------------------------------------------

SEASON_MONTHS = named_rule("season_names_its_months")
"""A season with its year ("last autumn") is three months, not the whole year: among versions
made the same year, the one made in those months is meant."""

STATED_YEAR = named_rule("year_the_description_states")
"""(round 28) A version's date is when it was trained; the year its description states ("at the
festival in <year>", "(<year> photos)") is when its pictures were taken, which is what "me in
<year>" asks for: a version whose description states the year asked is meant before any
version trained near that year (versions._explicit; several stating it: the newest of them)."""

ORDINAL_OF_TIME = named_rule("ordinal_of_a_time_counts_time")
"""An ordinal counts what its noun names: "the third checkpoint" counts versions, but "his first day of
nursery", "her 30th birthday", "our third anniversary" count days and years, so they pick no
version by its place in the family (versions.pick_version); what the phrase says about the
time (an age, an event) is left to the other version cues."""

AGE_PICKS = named_rule("age_picks_the_version")
"""A person or pet is drawn at an age: "at 9", "a 6-year-old", "on her 30th birthday", "in his
twenties", "as a wee newborn", "when she was a toddler", "in year 10", "in 4th grade", "in secondary
school", "as a colt" each say a span of ages, and each version's card says (or, from the birth
year the other cards' ages and dates give, implies) the age it shows. The version whose age is in
the span, clearly closer than every other, is meant, though no card repeats the request's words:
the age is arithmetic, not a word match (stages.py). A school year's number is no age ("year 10"
is about 15). A hedge before the number ("aged around five", "at roughly seven") says the same age."""

BEFORE_OWN_CLAUSE = named_rule("before_clause_the_card_says_itself")
"""A card that dates itself "before <event>" is the version the same words mean in a request
("before <event>"), and, after "when ... still" (the state that the event ended), the event's
own words ("when she still sang in the choir") mean it too."""

LORA_WORDS_NO_VERSION = named_rule("lora_words_describe_no_version")
"""One phrase, one thing: words that named a style or concept LoRA drawn with the subject
("<name> with a <the haircut LoRA's words>") are that LoRA's. A version of the subject whose card
happens to use one of them (another haircut called a "... cut") is not described by them
(reasoner._unclaimed)."""

KIND_WORD_NO_VERSION = named_rule("home_word_for_the_kind_is_no_version_clue")
"""A household's word of its home language for what the thing is ("<dog word>" for a dog,
nounwords.py) names the family, as "dog" does: one version's card that writes that word ("<name>,
<our dog> in the language, our ridgeback, as a puppy") is not thereby the version meant
(versions._describing_clues)."""

LEMMA_FORMS = named_rule("verb_form_matches_its_lemma")
"""An -ing or -ed form is its verb ("nursing" is "nurse", "baking" is "bake"): a describing word
in a request matches a version's card that uses the verb's base form or the noun spelt like it
(versions._forms)."""

BEFORE_ANYWHERE = named_rule("before_clause_dates_the_whole_request")
"""A "before <change>" clause dates the subject the request draws, wherever the parser attached
the clause ("the <garment> on <name> from before he grew the beard"): its words are read against
the versions of every family the request draws, and only a family whose later version's card
has the change is dated by it (versions._before_clause)."""

STILL_BEFORE_AFTER = named_rule("still_predates_the_cards_after_clause")
""""When she was still <doing X>" is the time before X ended. A card that dates itself "after
<X ended>" ("after she retired from X", "since he sold X", "now that ...", "no longer ...") shows
the subject once X was over, so the request means a version older than that card, though that
card is the only one whose words mention X (versions._ended_by)."""

INSTEAD_OF_IS_GONE = named_rule("instead_of_names_what_is_gone")
"""A card that says a version has one thing "instead of" (or "rather than", "in place of") another
says the other is gone: "a flat cap instead of the beret" is a version without the beret, so a request
for the time with the beret means another version (versions.replaced_terms)."""

LASTING_RELATIVE_CLAUSE = named_rule("present_relative_clause_is_lasting")
"""A present-tense "who <does> ..." clause on a card ("who keeps bees by the mill", "who runs the
shop") states a standing fact about the one drawn, not the look of that version: it holds of every
version, so its words pick none of them. A clause of looks ("who has ...", "who wears ...") keeps
its version (versions._lasting_terms)."""

SHORT_DECADE = named_rule("decade_written_short_is_the_decade")
"""A decade written without its century ("the 80s", "the '70s") is the decade a card writes in
full ("1980s"): the latest such decade begun by the reference day, as a two-digit year is
(versions._decade)."""

DEPICTED_BEING = named_rule("depicted_being_is_a_thing")
"""A creature a card's class noun calls by a noun of pictures or signs ("cartoon hen", "logo
fox") is a drawing, a made thing with no age of its own: "the old <name>" is its older design,
as for any thing (age_word_keeps_the_name; versions._depicted_being)."""

PORT_TRIGGER_TYPED = named_rule("older_trigger_inside_a_ports_trigger")
"""A trigger written as a character's community tag ("<name>_(<work>)", the tagging convention of
fan-art sites) is that character's public name in tag form, not a token the owner coined for one
checkpoint: typing it names the character. Where a later port's trigger is that tag with the new
base model's name added ("<tag>_xl"), the tag names the family and its newest port is meant,
unless the request names the older base. An owner's own coded token keeps its card
(typed_trigger_names_its_checkpoint; select.py, verbatim.ported_trigger)."""

BEFORE_UNSEEN_CHANGE = named_rule("before_a_change_no_card_names")
""""Before he/she/I <changed>" said of the subject is the time before a change; the newest
version shows the subject now, after it. When no card names the change, the version just
before the newest is meant."""

EVENT_FRAME = named_rule("event_noun_frames_the_scene")  # versions._event_frame (round 23)
PERIOD_NOUN = named_rule("period_noun_is_transparent")
""""In my <activity> days", "his rowing years", "her goth phase": the period noun only says "the
time when", so the describing words before it alone tell the version apart."""

VERB_OBJECT_SET = named_rule("set_said_by_what_we_do_with_it")
"""A general noun ("things", "stuff", "items") says nothing of what the set holds; a relative
clause after it does: "any of the items we stock" is one of the user's products, "either of
the stuff I ride" a vehicle. The verb's object is of a kind English has a word for (sold:
products, merchandise; driven: vehicles; worn: clothing: partitive.OBJECT_KINDS), and the set
is the families whose class noun or one-word tag is that word or filed under it by WordNet."""

ONE_OF_A_SET = named_rule("one_of_names_a_set")
"""A partitive ("one of our <Ns>", "either of my <Ns>") presupposes a set of several things the
user has and leaves the choice open: a question across every family that is an N (class noun or
one-word tag), not "none" for a plural read as things in general (select.py, partitive.py)."""

COUNTED_SET = named_rule("counted_set_is_all_of_them")
"""A number before a plural noun with a definite or possessive determiner ("the two <Ns>", "our
three <Ns>", "both <Ns>") presupposes a known set of exactly that many: where exactly that many
of the user's things are Ns (class noun, one-word tag, another English word for the kind), the
phrase means all of them, drawn together; a plural so counted is no kind in general
(partitive.counted_phrases, select.py)."""

COUNTED_SET_IS_OURS = named_rule("counted_set_is_the_speakers_own")
"""The known set a counted plural presupposes ("both <Ns>", "the two <Ns>") is the speaker's own
where the user has more Ns than the count but exactly that many are stated as theirs ("our
<N>") and the rest as someone else's ("my cousin's <N>"): the household's two goats, not the
neighbour's (select.Selector._counted_set, options.family_owner)."""

SET_BY_HYPERNYM = named_rule("generic_set_by_hypernym")
"""A set named by a broader word than the cards use ("any of our creatures", "any of my vehicle
loras") holds every family whose class noun or one-word tag English files under that word (a hen
is an animal); for a kind of LoRA also the families whose kind the word is a narrower word for
(a haircut is a hairstyle): the user names the set by what its members are (partitive.py)."""

SET_OVER_A_SELECT = named_rule("set_phrase_outranks_a_select")
"""A partitive leaves the choice open, so a select the other words made (a scene word, another
subject beside it: "me in either of my garment loras") does not answer it: the question
across the set stands, unless the selected member is named by its own name (select.py)."""

NAME_MODIFIER = named_rule("name_modifier_names_the_member")
"""(round 24) A proper name before a common noun identifies rather than describes ("the <Name>
lora" is that LoRA, as "the <Name> bridge" is one bridge): in a singular phrase that would call
the user's LoRAs of a kind a set ("the <N> lora"), a modifier that is a word of exactly one
member's name keeps the select of that member (set_phrase_outranks_a_select yields); a plural
("the <Name> loras") still presupposes several (select.Selector._named_member)."""

LOOKALIKES_DESCRIBED = named_rule("description_of_lookalikes_asks_which")
"""A generic phrase ("a <noun> ...") is any thing of its kind (generic_mention_is_not_personal),
but when several of the user's subject cards are that kind and the phrase describes them with
words their cards use and no other subject card uses (the same breed, franchise, brand, hair
and weapon), the user is describing those cards: look-alikes the words do not choose between,
so a question between them, not none. A bare class noun ("an <its class>"), a plural (the kind
in general), words many cards share, and a phrase whose head the cards do not know (the known
words then only modify or hold another thing) stay generic (select.py, lookalikes.py)."""

LOOKALIKE_LABELS = named_rule("shared_labels_describe_lookalikes")
"""A finer kind than the class noun (a breed, a trade, a model) that only some subject cards are,
with a describing word those cards all list as their own label (a tag: the coat colour, the
make), describes those cards together even where the describing word is ordinary elsewhere in
the repository (a colour many descriptions mention): the user named two attributes the owner
labelled them with, and nothing that tells them apart, so which one is a question. The class
noun itself ("a <colour> <its class>") stays generic (lookalikes.py)."""

FINER_KIND_LABEL = named_rule("finer_kind_is_the_owners_label")
"""Speakers name a thing at its basic level ("a dog", "a car"); a finer kind ("a <breed>", "a
<make>") is marked, and where it is a label only the user's look-alike cards carry (2 or more
subject cards of that breed, no other subject card knowing the word), "a <breed> <doing
something>" is the user naming their own animals by their label, not any animal of the kind:
which one is a question. The class noun itself stays generic (lookalikes.py)."""

TAG_PHRASE_LABEL = named_rule("whole_tag_phrase_is_a_label")
"""A tag of several words (a breed's full name, a make and model) typed whole, its words in a row,
is the owner's label for the card as one name: its modifier says which kind as much as its head
does, even where the card's description writes that modifier in lower case as an ordinary word.
So "a <modifier> <head>" where two subject cards both carry that tag describes those look-alikes
(lookalikes._typed_tag), as a tag word they all name strongly would."""

DEPICTED_KIND = named_rule("depicted_kind_fits_the_style")
""""A <modifiers> <medium> of <thing>" ("potato print of ...", "tempera painting of ...") names a
kind of picture by its head noun, narrowed by the words before it, as a style's class noun does.
A modifier that is an English noun the style's cards never use makes another kind (a tempera
painting is no fresco painting), while a participle or an adjective only describes the picture.
So a question between styles none of which is that kind is none, and a plausible style the phrase
names, where nothing was chosen, is asked about together with the styles of the same class noun:
the phrase named the medium they share (select.py, depiction.py)."""

DEPICTED_MEDIUM = named_rule("depicted_medium_asks_which_style")
CLASS_NOUN_LORA = named_rule("class_noun_before_lora_is_any_kind")
"""(round 23) "the <noun> lora" calls one of the owner's checkpoints by what it draws; a trained
subject (the owner's own van) is a LoRA as much as a downloaded concept of that kind is (a vintage
van), so where two or more families of any kind name what they draw by that word (a class word
or a one-word tag: the owner's skis, a ski-suit concept, a ski-poster style), and no other
word of the phrase is one option's own, the select of one of them asks which
(select.Selector._class_noun_lora)."""
""""A <medium> of <thing>" ("an aquarelle of the lighthouse", "a gouache of grandad") asks for a
picture made in that medium, as "<thing> in <medium>" does; the thing is what is drawn. Where no
style was chosen and the medium is what two or more style cards are (their class or one-word
tag word, or another name of the kind) and the words before it fit them all or tell no one of
them apart, the user has not said which of their styles of that medium they mean: it is asked
(the subject is kept with the answer). A noun any picture is called by (photo, painting)
names no medium (select.py `_depicted_medium`, depiction.medium_styles)."""

# -- what families call their people and pets (aliases.py, features.py, evidence.py) ----------

GIVEN_NAME = named_rule(features.GIVEN_NAMES)
"""A description that opens with the person's full name ("Margriet 'Grietje' de Vries, my
mother", "Pim (Willem), my son") gives their given name and the name set off beside it: each
names the person as the card's name does, unless it is an English noun (aliases.opening_names;
applied by the index: features.INDEX_RULES)."""

FULL_NAME = named_rule(features.FULL_NAMES)
"""A full name a description states ("Rosa (Chen Mei-ling)", "My dad, Kovács Ferenc, ...",
"Chen Wei-lun, my brother-in-law") and a name set off in quotes beside the card's name ("'Feri'",
"'Tony' at work") belong to the person, not to one picture of them: they name every version
and tell none apart. Which word is the given name is read from the name itself, not its place
(East Asian and Hungarian names put the family name first): the word the card's name is a form
of, else the one hyphenated syllable by syllable, as Korean and Chinese romanisation writes a
given name; it names the person hyphenated and typed closed ("Wei-lun", "weilun"). The rest is
the family name, which relatives share: a description word of every card, never a given name
(aliases.stated_full_names; applied by the index: features.INDEX_RULES)."""

BIRTH_ORDER = named_rule(features.BIRTH_ORDERS)
"""A child's place in the birth order ("our eldest", "Anouk, our daughter and eldest") is a fact
about the person, like a relation, not about one picture of them: said on one version, it names
the person on every version (features.birth_orders_stated; applied by the index: features.INDEX_RULES)."""

OWN_NAME_BORROWED = named_rule(features.OWN_NAME)
"""A card named by one ordinary English word (a manager who goes by Grace, a pony called
Treacle) borrows that word even where its cards also give the person's other names (a full
name in the home language, a surname, a nickname): the rules that read a bare lower-case name
in its ordinary sense (ordinary.py, Family.borrows) still apply to that word
A kinship title before it ("uncle <name>") still marks it as the person's name
(features.one_word_name; applied by the index: features.INDEX_RULES; lowercase_name_after_modifier)."""

TITLE_INITIALS = named_rule(features.TITLE_INITIALS)
"""Fans and players name a title by its initials ("<Word> <Word> 3" typed as "ww3", "<Word> of the
<Word>" as "wotw" or "ww"): a request word that is the initialism of a run of capitalised words in
a family's description (a game, a show, a franchise it comes from) names that family as a tag
does; only forms of three characters or more that are no English word (features.title_initials;
applied by the index: features.INDEX_RULES)."""

BODY_NO_KIND = named_rule(features.BODY_NO_KIND)
"""A tag that is one word for a part or feature of a body ("beard", "freckles") says what a person
has, not what kind of being they are, so a pet form of a kind word ("beardie" for a bearded
dragon, "westie") is not read into it: the pet form names the pet whose kind word it clips
(clipping.body_feature; applied by the index: features.INDEX_RULES)."""

PET_PLURAL = named_rule(features.PET_PLURALS)
"""A pet form is an ordinary count noun once coined, so it takes English's plural like any other:
"-ies" for a form in -ie or -y ("staffies", "cozzies", "rashies"), "-s" for one in -o or -er. A
plural request word no card has is read as its singular pet form, under the same pointer
condition as the singular (pet_form_of_a_kind_word; clipping.singulars_of; applied by the index:
features.INDEX_RULES)."""

PARTS_ARE_WORDS = named_rule(features.PARTS_ARE_WORDS)
"""A closed compound is two words English has run together ("sailboat", "teapot"), so its last
word may name it. A card word whose start is no word of English, only a string some word list
holds (a borrowing, an old root: "cara"-van, "tex"-tile, "dev"-ice, "bal"-lad), is a word of its
own: its end names nothing, so "the van" does not reach a caravan, nor "the tile" a textile. Both
parts must be WordNet words, noun, verb, adjective or adverb (features.CatalogIndex._parts_are_words;
applied by the index: features.INDEX_RULES)."""

HEAD_WORDS = named_rule(features.HEAD_WORDS)
"""A class noun of several words that English has as one entry ("steam locomotive") is typed
with its modifiers and its head said another way: by another word for the head in the sense the
whole is a kind of ("steam engine": WordNet's locomotive is also an "engine") or by the head
clipped at a syllable's end that is no common noun of its own ("steam loco"). The modifiers,
typed together with it, fix the sense, so the other word need not be the head's commonest
meaning; the phrase names the concept whole, as its class noun does, even after "a"
(lexical.head_word_phrases; reasoner._composing_in; the index gives the phrases:
features.INDEX_RULES)."""

WRITER_ON_A_CARD = named_rule(features.CARD_WRITER)
"""A card's description is written by the repository's owner: a first-person word in it
("a fence I built myself", "knitted by me") says who wrote or made it, not who is drawn, so
"me"/"myself" in a request does not reach that card. Only a card that presents the owner (opens
with "Me, ...", tag "me"/"self") or names them beside another ("my wife and myself") is drawn
with them (features.owner_drawn; applied by the index: features.INDEX_RULES)."""

LITTLE_ONE = named_rule("little_one_is_the_youngest")
"""A "little one" or "wee one" after "the", "my" or "our" is how a family speaks of its small
child: the person born last by the ages the cards state ("now three", "aged eight", with the
card's date), while still a child, or else the one a card calls "our youngest"; first among the
owner's own children, since a nephew or a neighbour's child younger than them is another
household's little one, and where none of them is a child any more, among everyone (a
grandchild). The phrase is a noun phrase for that child, not a
pro-form of the concept named before it ("the lanky one") (ages.py, reasoner._little_one).
(round 22) The word for small is the variety's own: "small" in the Englishes of Singapore,
Malaysia, India and West Africa (their languages' xiao, kecik, chhota, kekere), "lil" in
American chat, "tiny" anywhere (ages.SMALL_WORDS)."""

PRONOUN_GENDER = named_rule("pronoun_gives_the_relatives_gender")
"""English pronouns carry gender where many kinship words do not ("bairn", "kid", "cousin",
"the twin"): in "the kid blowing out her candles" the first third-person pronoun after the
relation phrase, before any other person is named, refers back to it, so of the relatives the
word finds, those of the pronoun's gender are meant (a possessive "her" before a noun, "his",
"she", "he"; an object "her" is someone else's: relation_through_a_person) (reasoner._by_pronoun)."""

AGE_NOUN_CHILD = named_rule("age_noun_is_the_child_of_that_age")
""""Our 9-year-old", "my 4 yo", "the 16-year-old": parents name a child by their age alone, the
age-noun standing for the person. It is the owner's own child whose cards show them at that age
(stated, or by the birth year the other cards give), the version at that age; two children of
that age (twins) are a question between them (stages.age_noun, reasoner._child_of_age)."""

YOUNG_OF_A_GENDER = named_rule("young_lad_is_the_child_of_that_gender")
""""Our young laddie", "the wee lassie" is how a household speaks of its own
boy or girl: the owner's one child of that gender, or the youngest of them by the ages the
cards state (ages.YOUNG_PERSON_WORDS; reasoner._young_of_a_gender). With no such child the
phrase is anyone's."""

FAMILY_NAMES = named_rule(features.FAMILY_USE_NAMES)
"""A name the cards say the family uses ("the kids call him Opa", "known as Bean", "Nonna to
the grandkids") is a name of that person or pet like the one on the card: families speak of
each other by such names far more than by given names (aliases.py; applied by the index: features.INDEX_RULES)."""

LABEL_NO_NAME = named_rule(features.LABEL_NO_NAME)
"""A word set off in brackets after a card's name ("<Name> (<Series>)") is read as another name
of the subject ("Sasha (Alexandra)"), unless the cards file themselves under that word: a
one-word tag, or the part of the trigger in brackets ("<name>_(<series>)", the convention of
character tags naming the work a character comes from). A label is a category the card belongs
to, shared by every card of that work or kind, so it names none of them alone: the characters of
one work stay look-alikes that a request naming only the work asks between (features.own_labels;
applied by the index: features.INDEX_RULES)."""

THROUGH_A_PERSON = named_rule("relation_through_a_person")
""""X's <relation>" names X's relative, not the user's: the cards stating that relation to X
("Ferdinand's daughter") and the relation composed from what X's own cards state about X ("my
son": X's brother is another son of mine), X left out; a step relation, which composition
cannot tell, is answered by the cards that state it to X where there are any. A name
that holds a kinship title ("Oom Piet") does not hide the title's relation reading, and an
object pronoun after the phrase ("X's stepmum hugging her") is X, who is then drawn too: a
verb's object pronoun never means its own subject (relations.py, reasoner._related)."""

SPOUSES_KIN = named_rule("spouses_blood_kin_are_in_laws")
"""A spouse's blood relatives are one's own by marriage: English composes "my wife's
grandfather" to a grandfather-in-law, "my husband's aunt" to an aunt-in-law, "his cousin" to a
cousin-in-law, as it composes the spouse's parent and sibling; the chain on a card ("My
husband's <grandmother word>, <Name>") and in a request ("<wife's name>'s granny", "my
husband's nan") then meet in one relation (relations.compose)."""

SET_HOLDS_STEPS = named_rule("set_of_relatives_holds_the_step_ones")
"""A plain kinship word means the plain relative ("my son" is not the stepson), and so do the
relatives one has one of per gender ("my parents": the stepfather only lacking a father); but
one has any number of children, siblings, cousins, and a set of them ("any of the kiddos", "my
siblings", "either of my daughters") holds the step ones too (relations.Relations._one_each)."""

CHILDRENS_RELATIVE = named_rule("the_relative_is_the_childrens")
""""The grandparents", "one of the aunties" with "the" (no "my"), where the owner has children
and no such relative of the owner's own is stated, are the children's relatives: families name
each other by the youngest generation's word for them (teknonymy), so the relation is composed
through a child of the owner (relations.Relations._childrens)."""

HOUSEHOLD_WORD = named_rule("household_word_names_them")
"""A bare kinship word ("taid at the table", "granny cooking") that a card's description uses
for its own subject, whoever's relative it says that is ("My wife's taid, <Name>", "Our son's
oma, <Name>"), is what the household calls that person: a family speaks of its people by the
words its members use, so the word names them where no relation of the owner's fits it, before
the relation is composed through the children (round 20; relations.Relations._household_word)."""

SPOUSES_TITLE = named_rule("spouses_title_is_the_households")
"""One bare kinship title ("gran asleep", "grandad in his cap") where the owner has no such
relative of their own may be said as the spouse says it as much as the children do: the
spouse's grandparent (a grandparent-in-law the cards state) is the household's "gran" too, so
that person stands beside the children's relative and the names the family uses, and where
both are there the request asks which (round 20; relations.Relations._people)."""

PLURAL_MARKED_AFTER = named_rule("creole_plural_marker_after_the_noun")
"""The English-lexicon creoles mark a plural by a word after the noun, not by -s: Jamaican,
Gullah, Krio, Nigerian Pidgin "dem" ("di pikin dem": the children), Haitian Creole "yo".
A kinship word with that marker after it is plural: every relative it fits, together
(round 20; relations.reference, kinwords.KIN_PLURAL_AFTER)."""

PREGNANCY_ANY_WAY = named_rule("pregnancy_said_any_way")
"""A life event names a version by any of the words English has for it: carrying a child is
"pregnant", "expecting", "expectant", "preggers", "preggo", "gravid" (text.CARRYING_WORDS), so
"the summer she was expecting" finds the version whose card says "pregnant" and the other way round;
such a word describes the person in whatever phrase it stands (round 20; versions._by_words)."""

SUBJECTS_RELATIVE = named_rule("subjects_own_relative_is_another")
"""In a card's description a kinship word after "his"/"her" ("already taller than his dad", "beside
her nan") names the card subject's relative, the pronoun standing for the subject: it
is no word the family uses for the subject (round 20; relations.card_facts). "their" is left
out ("the kids call her their nain" says the subject's name), and "her" after a form of "call"
is the object before the name given ("the boys call her Nana")."""

GLOSS_IS_OWNERS = named_rule("bracketed_gloss_is_the_owners_relative")
"""A card that writes its family's home-language word for a relative and glosses it in
brackets ("My <word> (mother) <Name>") states the owner's mother, as "my mother" would: the
bracketed English word translates the word after "my" (round 31; relations._glossed_after_my).
Read otherwise, the gloss was only a word the family uses, and "my mother" found no one."""

KIN_IN_TIME_CLAUSE = named_rule("kin_word_in_a_time_clause_is_another")
"""In a card's description a kinship word that opens a time clause with a past-tense verb ("Me
at 60 with the beard I grew after dad passed", "since gran died") is another person in the card's
story, the clause dating the card, even inside the description's first phrase: it is no word the
family uses for the card's subject (round 31; relations._in_a_time_clause)."""

KIN_ACTOR_IS_ANOTHER = named_rule("kin_word_acting_later_is_another")
"""In a card's description, after the first phrase has said who the subject is, a kinship word
that is the subject of a past-tense verb ("the bonnet Nain knitted", "after the twins arrived") is
another person acting in the card's story: English goes on with a pronoun for the subject once
introduced ("she knitted"), so the word names no one the card shows (round 20;
relations.card_facts)."""

ONE_TITLE_CHILDRENS = named_rule("one_bare_title_is_the_childrens")
"""One bare kinship title as the subject ("Grandad mending nets", in any language the kinship
lexicon has) that no card uses as a name and no card states as the owner's relation, in a
household where the owner has children, is the children's relative as "the grandparents" is
(the_relative_is_the_childrens): parents call their own parents by the children's word for them
(relations.Relations._people)."""

RELATIVE_OF_RELATIVE = named_rule("relative_of_my_relative_is_mine")
"""A card that states a relation only to a named person ("Rolf's son") whose card states their
relation to the owner ("my partner Rolf") is the owner's relative by composition (my partner's
son is my stepson as far as the cards say), so "any of our children" reaches him; a kinship word
right before a possessive name ("my brother Emil's son") describes the possessor, not the card's
subject (relations.Relations._through_owners_kin, card_facts)."""

MANY_RELATIVES_ASK = named_rule("many_relatives_ask_which")
"""A plural relation phrase ("my parents", "the twins") draws its people together, but a set of
more than TOGETHER_MAX ("the grandkids" where there are four) is a question: one picture cannot
hold that many personal identity LoRAs without their faces bleeding into each other, and a
plural of an open-count relation (children, siblings, cousins) seldom means every one of them
(relations.Relations.resolve)."""

HOUSEHOLD_TOGETHER = named_rule("household_set_is_drawn_together")
"""(round 23) A definite plural names the whole set: "the four grandchildren" where the cards state four
is every one of them, as "all the children" is; and "the kids", "my kids", "our children", said of the
owner's own children (no more than HOUSEHOLD_CHILDREN_MAX), is how a household names its children
as one group, a picture of them together, where a plural of more distant relatives ("the cousins",
"the grandkids" of a large family) still asks which (relations.Relations._whole_household)."""

ALL_OF_THEM_TOGETHER = named_rule("all_of_them_together")
"""(round 22) A universal quantifier before a plural relation ("all the nieces", "all 4 cousins",
"all of my sisters", "both our boys", "every one of the cousins") says the speaker means every
member of the set, not one left to choose: the set is drawn together whatever its size, where a
bare plural of more than TOGETHER_MAX asks which (many_relatives_ask_which). Only determiners
and a count may stand between the quantifier and the head (relations.reference, Ref.every)."""

ROLE_COMPOUND = named_rule("activity_noun_makes_a_role")
"""A noun naming a pursuit before a kinship word ("tennis partner", "business partner", "work
wife") makes the compound a role in that pursuit, no relative, on a card and in a request alike:
"my dance partner" is not "my husband" (relations.role_modifier)."""

ONE_SPOUSE = named_rule("stated_spouse_makes_a_partner_an_associate")
""""Partner" is a spouse or a partner in work; where another card names the owner's spouse by a
spouse word, a "partner" on a different person's card is the work sense: "my husband" means the
husband alone, and a relation through that partner composes with nothing
(relations.Relations._partners_beside_a_spouse)."""

SET_IS_SEVERAL = named_rule("a_set_of_relatives_is_several")
"""A plural or "one of the <relatives>" presupposes several: where the family's word for one person
("grandfather" tagged on the in-law the children call so) finds only that one, and the relation
composed through the owner's children (the_relative_is_the_childrens) finds others, the set is
all of them: "one of the grandpas" asks between the children's grandfathers, the owner's father
among them (relations.Relations._people)."""

ANOTHERS_SPOUSE = named_rule("a_spouse_is_one_persons")
"""A husband, wife or partner is one person's: "X's husband" composed through X (my daughter's
husband is a son-in-law of mine) is not a son-in-law whose card says he is the husband of
another named person (her sister: "<Y>'s husband"). Where no card states X a spouse, nobody
is meant (relations.Relations._through_person)."""

TITLE_IS_ADDRESS = named_rule("stated_relation_beats_a_title")
"""A kinship title in a person's name ("Mama Hennie", "Oom Piet") is how someone addresses
them, often not the speaker's relation to them (a mother-in-law "Mama"): where the cards
state the person's relation to the owner outright, the title adds no other one (relations.py)."""

ROLE_IS_ADDRESS = named_rule("stated_role_beats_a_title")
"""Kinship words are titles of address for people who are no relatives in many cultures: clergy
("Father <name>", "Sister <name>", "Brother <name>", "Mother <name>"), elders and family friends
("Auntie <name>", "Uncle <name>", "Baba <name>", "Tita <name>"). Where a person's card states
their place in the speaker's life by a role that is no kinship ("our chaplain", "my old tennis
coach", "my mum's flatmate"), the title in the name states no relation to the speaker:
"my father" does not reach the priest, and with no father card it is nobody
(relations.states_a_role)."""

POSSESSOR_NAMED = named_rule("possessor_named_on_a_card")
"""(round 23) A card's description is written by the household about its people: a possessor
there that is one of the catalog's people's names ("<Name>'s dad <Name>") is that person, though
the word is also a kinship word of some language (kinwords' guarded words: a short given name is
often one), as a request's "<Name>'s son" already is (relations.card_facts with the names)."""
TAG_IS_ANOTHERS_WORD = named_rule("stated_relation_beats_a_kinship_tag")
"""A kinship tag or class noun on a person card ("grandmother", "aunt", "cousin") names the
person the way someone in the family speaks of them, often the children (teknonymy): a mother
tagged "grandmother", a sister tagged "aunt". Where the description states the person's
relation to the owner outright ("my mother"), a tag of another relation is not the owner's:
it is a word the family uses for them (a bare "grandma" still reaches her), so "my grandma"
means the owner's own grandmother where a card states one, and "my grandpa on my mum's side"
nobody where only a father-in-law is tagged so (relations.family_facts, Relations._spoken_too).
Round 29: where the description states only a relation to someone else ("our son <Name>'s
girlfriend"), a tag of that relation is that one too, no partner of the owner's."""

ENDEARMENT_IS_NO_RELATION = named_rule("endearment_beside_a_stated_relation")
"""Owners call relatives by a kinship word of another relation, said without a gender, as an
endearment: a younger brother "our kid" (Northern English), a partner "my baby", a grown
sibling "the bairn" or "bub". Where a person's cards state one relation to the owner with a
gendered word ("my baby brother Kwabena") and also an ungendered word of another kind ("Our kid,
..."), one person holds one of them: the gendered one is the relation, the other the owner's
word for them (relations.family_facts). That word then means them where the request says the
very word in the singular after the owner's possessive ("our kid" on his wedding day), and
not among the owner's children ("our kids", "my eldest", "the kids": Relations._people)."""

APPOSED_RELATIONS = named_rule("apposed_relations_are_one_person")
"""Two relation phrases side by side with only a comma between them, no "and"/"or"/"with"
making them a list ("<X>'s mum, <Y>'s granny, at the stove"), are an apposition: one person
named twice, so the person is one both phrases fit; where either fits nobody in the
repository, or the two fit no one in common, it is someone the repository lacks
(reasoner._apposed_relations)."""

RARE_NOUN_NAME = named_rule("rare_noun_after_a_relative_is_a_name")
"""Right after a kinship word ("my cousin rosa", "my uncle tom") a lower-case word that English
has only as a noun none of whose senses the tagged corpus attests (WordNet's tagsense count 0,
no verb, adjective or adverb) is the relative's given name, like a word English lacks: the
phrase is about that relative, and one the repository lacks is nobody
(relations.rare_noun_name, lexicon.only_a_rare_noun)."""

STATED_BACKWARDS = named_rule("stated_relation_read_backwards")
"""A relation holds both ways: a card that says "Ines, Tomas's daughter" also says that Tomas
is Ines's parent. "Ines's dad" is then the person the card names, of the gender that person's
own card gives (relations.Relations._backwards)."""

PARTICIPLE_AFTER = named_rule("participle_after_a_relative_opens_the_predicate")
"""An -ing verb form right after a kinship noun ("<name>'s daughter riding a camel", "my son
riding a bike") begins what the relative does: the relation phrase ends before it, so the nouns
after it do not make the kinship noun a modifier and the relative is still the one meant
(relations._participle_after_relative)."""

MODIFIED_RELATIVE = named_rule("age_word_between_possessor_and_relative")
"""An age or seniority word between a possessive and a kinship noun ("my son's baby boy",
"<name>'s little boy", "<name>'s big brother") describes the relative: a card saying so states
the possessor's relative, the word for a child read as kinship as it is right after the
possessive (relations._modified_relative)."""

OWN_SIDE = named_rule("my_side_is_the_owners_blood")
"""The children's relative said to be on the speaker's side ("the twins' nonna from our side",
"the girls' uncle on my side") is the speaker's own blood relative, not one by marriage: of the relatives a chain
through the children reaches (my parents and my parents-in-law), the in-law ones are no answer
(reasoner._with_side_said_after)."""

OF_RELATIVES_AFTER = named_rule("relative_of_my_relatives_after")
"""A relative named with "of" after it ("an aunt of the twins", "the mother of my
children", "an uncle of our girls") is the same chain as the possessive ("the kids'
grandparent"): the phrase after "of" is the possessor, no subject of its own
(reasoner.Reasoner._of_relatives_after)."""

BARE_PLURAL_POSSESSOR = named_rule("plural_relatives_possess_without_apostrophe")
"""A plural kinship noun right before another kinship word ("the twins nan", "my grandkids
uncle") is a possessive typed without its apostrophe: two kinship nouns do not compound, so
the first owns the second (relations.marked)."""

COORDINATED_POSSESSOR = named_rule("coordinated_possessors_share_the_relative")
"""In "<A> and <B>'s <relative>" the possessive ending closes the whole coordination: the
relative is the one of both (English group genitive, "Ana and Rui's grandad"), so <A> names
no subject of its own; two kinship words so joined ("nan and grandad's caravan") are the pair
that owns the thing after them, a pet or an object too (reasoner._coordinated_possessor)."""

BACK_HOME = named_rule("back_home_is_where_the_relative_lives")
""""back" after a person, before "home"/"there" or ending the phrase ("my nan back home in
Cebu", "my cousin back in Accra"), says where that person lives: it ends the relation phrase
(relations._back_home) and its "home" is theirs, not the family's house."""

ABSENT_RELATIVES_TOWN = named_rule("absent_relatives_town_is_theirs")
"""A bare "in/from <place>" right after a relative the repository lacks ("my uncle in Accra",
"my cousin back in Manila") says where that person lives: the person is nobody, and the
town is no scene of the owner's to draw (reasoner._absent_relatives_town)."""

SIDE_SAID_AFTER = named_rule("side_said_after_the_relative")
"""A side of the family said after the relative ("my grandpa on my mum's side", "a cousin on
the paternal side", "my aunt from dad's side") narrows the relation as "maternal"/"paternal"
before it does: a relative the cards state on the other side is no answer, and one the
repository lacks there is nobody (reasoner._with_side_said_after)."""

NEW_BABY = named_rule("new_baby_is_born_lately")
"""A newborn ("the new bub", "my newborn") is a child of the owner's born within the last
year: where the cards state the children's ages and every one is older, the baby is not in the
repository yet (none), not the youngest child nor a nephew (reasoner._newborn, ages.newborns)."""

KIN_POSITION = named_rule("kin_position_guards_short_words")
"""A family's own word for a relative that is two or three letters long or also an English
word or given name ("ba", "em", "ate", "tito", "lola", "baba": kinwords.py marks them guarded)
names the relative only in a kin position: right after a possessive determiner or a possessive
("my ba", "Ami's ate", "the twins' tita"), or as a possessor itself ("ba's garden", unless a
card is named so). Anywhere else it keeps its ordinary reading ("the dog ate the cake")
(relations.kin_position)."""

HOME_LANGUAGE = named_rule("home_language_reads_short_words")
"""A family whose person cards use kinship words of its own language ("Bà Nội", "(Má)",
"Chị Hai") speaks of its people in that language: a guarded word of it opens a phrase as a
relative's title, as "oma knitting" does ("ba mending a net"), and reads as that language
says (Vietnamese "ba" is the father; the tables alone say a parent) (kinship.home_languages,
relations.KinReading)."""

FAMILY_WORD_NAMES_THEM = named_rule("family_word_for_a_relative_names_them")
"""A kinship word a card sets beside its person as what the family calls them ("My mother-in-law,
Ammaji", "Oma Lotte to the grandkids") is that person's name in the household: the word as
the request types it, with or without its honorific ("chachaji", "Chacha-ji", "chacha ji": one word;
kinwords.KIN_HONORIFICS_AFTER), means them, before the relation the bare word would name ("my
mother" is another woman) (relations.Relations._family_word)."""

TITLE_AFTER_A_NAME = named_rule("kin_title_after_a_name_is_that_person")
"""Many languages address a relative by name + kinship word ("Arun bhaiya", "Meena didi",
"Ana-unni"), as English puts the title first ("Uncle Bob"): in "<Name> <kinship word>'s
<relative>" the possessor is the named person, not the relative the kinship word alone would
name (relations._title_after_a_name)."""

CHILDRENS_SIDE = named_rule("childrens_side_is_the_owners_by_gender")
"""A relative named through the owner's children on one side of the family ("the kids'
mormor", the mother's mother; "the children's paternal aunt") is the owner's own relative where
the owner is the children's parent of that side (a woman: the mother's side) and the
spouse's, an in-law, where not: the owner's gender read from the owner's own cards ("Me, ...":
class noun, tags) (relations.Relations._on_the_owners_side)."""

OWNER_BY_ANY_NAME = named_rule("owner_by_any_name")
"""In "<someone>'s <thing>" the possessor says whose the thing is. A pet's or object's card
names its owner one way ("Marta's cat"), the request may use any other name the family has
for the same person (a name the family uses, a kinship word the cards tie to her): the
possessor reaches the cards that mention the owner by any of the owner's names, as a
description word (evidence.owner_by_any_name)."""
ORDER_POSSESSES = named_rule("child_by_birth_order_possesses")
"""Parents speak of their children by birth order ("my eldest", "our youngest"), and of the
children's families through them: "our eldest one's girl", "the youngest's husband". The
possessor is the one family whose cards state that birth order (features.birth_orders_stated),
on a card and in a request (relations.order_possessor)."""

CHILD_OF_ANOTHER = named_rule("a_child_is_their_parents")
"""A relation composed through a person loses whose it is: "<X>'s boy", X the speaker's
daughter, is a grandson, yet not every grandson is X's. A card that states the child to be
another possessor's ("<Y>'s boy", "my son's girl") answers for that child: X's children are the
ones stated X's and the composed ones no card gives other parents
(relations.Relations._without_others_children)."""

CHILDRENS_PARENT_SPEAKS = named_rule("childrens_parent_of_the_speakers_gender_is_the_speaker")
"""(round 32) Parents name themselves through their children ("the girls' dad", "the girls' mum"
said of oneself, in jest or for a card or a post): the children's parent is the speaker or the
speaker's spouse. Of the speaker's own gender (as the owner's cards say it) it is the speaker,
whose cards answer; of the other, the spouse (relations.Relations._childrens_parent)."""

ORDER_NARROWS_RELATIVES = named_rule("birth_order_narrows_the_relatives")
"""(round 32) A birth-order word before a kinship word ("my oldest grandson", "our youngest niece",
"me eldest lad") picks among the relatives the kinship word names, as it does among the
children when said alone: the one whose card states that order ("our oldest son <name>"), else
the one born first or last by the ages the cards state (ages.born_in_order); where neither tells,
the question stays (reasoner.Reasoner._in_birth_order)."""

CHILDRENS_TITLE = named_rule("childrens_title_names_them")
"""Children address a close family friend by a kinship title ("the kids call him Uncle <name>",
"Auntie <name> to the girls"): in the family's speech that friend is the children's uncle or
auntie too, so "the girls' auntie" reaches whom the cards say is called so beside the relatives the
chain through the owner's children composes, where the card says children use the title (a
title of respect alone, "Pa <name>", is no one's uncle or dad) (relations.Relations._people)."""

JOINT_OWNERS = named_rule("joint_owners_each_own_it")
"""A couple's thing is each one's: a card saying whose it is by a plural kinship phrase ("my
grandparents' goat", "my in-laws' boat") names a pair the speaker has one of per gender, so "my
dad's <thing>", "<her name>'s <thing>", "my parents with their <thing>" reach it as a thing of
either or both (relations.Relations.owned_through_kin, possessor_families; reasoner._owners_thing)."""

GROUP_OWNERS = named_rule("group_owners_each_own_it")
"""As a couple's thing is each one's, a thing a card says belongs to a set of relatives by a
plural possessive ("the kids' rabbit", "our twins' pony") is each member's, and a request's
"the kids' <thing>" asks for a thing of theirs: the plural possessor reaches the cards that say
the thing is that set's, or any one member's (relations.Relations.possessor_families)."""

OWNED_BY_RELATION = named_rule("relatives_thing_by_the_relatives_name")
"""A pet's or object's card often names its owner by the owner's relation to the speaker ("my
sister's pug", "my dad's toolbox"), the request by the owner's name ("<sister's name>'s pug"):
the named person's possessive reaches the cards whose possessive kinship phrase means that very
person by the relations the cards state, as a description word
(relations.Relations.owned_through_kin, evidence.owner_by_any_name)."""
# reasoner._attr_is_subject: "with his waxed moustache", "her plaits": a body part after
# his/her/their is the subject's own, it names no other being (not even one whose card has
# the word as a tag)
OWN_BODY = named_rule("own_body_names_no_other")
# evidence._coined_name_word: one word of a longer name that English lacks and no other
# family's name holds names the family ("seraphine" for Seraphine Ashveil)
COINED_NAME_WORD = named_rule("coined_name_word_names_them")
CASELESS_TYPING = named_rule("caseless_typing_says_nothing_by_case")
"""A request typed with no capital letter at all (a phone, a hurry) tells nothing by case: a
name word English lacks, which coined_name_word_names_them takes as a name only when typed with
its capital, is read as if it had one. Words English has keep their lower-case reading."""
# reasoner._newcomer: "my <person noun> <a name no card has>" is someone the repository lacks
NEWCOMER = named_rule("named_newcomer_is_nobody")
# reasoner._newcomer_after: "my <relative> <person noun>" with no article between is the
# relative's given name typed in lower case (English sets a role off as "my cousin the <role>")
ROLE_WORD_AFTER_KIN_IS_A_NAME = named_rule("role_word_after_a_relative_is_a_name")
"""Right after "my <kinship word>", a bare singular word whose first meaning is a kind of person
(an occupation, a rank) is the relative's given name typed in lower case: English apposes a role
with an article ("my uncle the bishop") and makes no compound of a kinship word and a person noun,
while many given names are such words in every language. Where no card has that name, the
relative is one the repository lacks (named_newcomer_is_nobody)."""
OUTSIDER_POSSESSOR = named_rule("outsiders_possession_is_nobodys_here")
"""A possessor that is a role word for a person outside the family ("the neighbour's <pet>",
"my colleague's <car>": its first meaning a kind of person, no kinship word, no broad word for
anyone) that no card of the repository knows owns what follows: the thing is someone else's,
not the user's card of that kind, so the phrase is none (reasoner._outsiders_thing)."""
# reasoner._carried: "<her> pregnant with <name>": the child carried is not yet in view; the
# phrase says which version of the mother is meant (it describes her)
CARRIED_CHILD = named_rule("carried_child_is_not_drawn")
# reasoner._owners_thing: "his/her/their <noun>" is the thing of the person named before it:
# nothing of the repository's when that person is not in it, else the one family whose cards
# say it is that person's
BACKREF_OWNER = named_rule("his_her_their_is_the_last_persons")
# reasoner._born_in_order: "my eldest" / "our youngest" that no card states is the owner's
# child born first / last by the ages the cards state (ages.born_in_order)
MIDDLE_BY_AGES = named_rule("middle_child_by_stated_ages")
"""(round 23) "My middle child", "our middle son": of three children whose cards state ages a year
or more apart, the one born between the others (ages.born_in_order); a card stating the eldest
and another the youngest leave the third the middle one by the same ages. More or fewer children:
no reading (reasoner._born_in_order)."""
ORDER_BY_AGES = named_rule("birth_order_by_stated_ages")
# evidence._partial_names: a name's first word the kinship lexicon reads as a relation in any
# of its languages ("Tita", "Oma", "Ninang") is a title: the rest of the name names them
KIN_TITLE = named_rule("kinship_title_of_any_language_left_out")
ARTICLE_OF_THE_LOOK_NOUN = named_rule("article_of_the_look_noun")
"""In "in a <X> style", "with an <X> look" the article goes with the look noun that ends the
phrase, as in "a warm style": it says one style is wanted, and X says which. It is not the
generic article of X ("a <thing>" is any thing, generic_mention_is_not_personal), so the style
cards X names are meant (evidence._article_of_the_look_noun)."""
SHARED_LOOK_ASKS = named_rule("look_shared_by_look_alike_styles_asks")
"""A describing phrase for a look that two or more styles of one class noun carry alike (two
film-stock looks, two watercolour looks), none of them clearly more than the others and no other
style or concept as closely, names the look they share: which of them is meant is asked, as a
look-alike subject's question is (paraphrase.ParaphraseIndex.tied_styles, select.py)."""
SHARED_KIND_NEEDS_OWN_WORD = named_rule("shared_kind_needs_a_word_of_its_own")
"""(round 23) A word two or more style LoRAs are alike (their medium: two watercolour styles) is
evidence for each of them equally; meaning may lean one way ("a quick <medium>" sounds like the
loose one), but only a word on one option's cards and not the other's tells the owner's choice.
A "how it is drawn" phrase whose head is such a shared kind word, and whose other words are on no
one option's cards alone, names none of them by meaning: it asks which (paraphrase._kind_twins,
in `best` and `tied_styles`)."""

ANOTHER_MEDIUM = named_rule("another_medium_is_another_style")
"""A describing phrase that names what a picture is painted or drawn with (a paint, a pigment,
a drawing tool) that a style's cards never use, nor any other English name of their medium,
asks for another medium: an oil painting is no watercolour, however close the phrases sound to
the encoder (paraphrase.another_medium)."""
LOOK_WORD_IN_NAME = named_rule(features.LOOK_NAME_WORDS)
"""A style's or concept's name describes its look ("Salt-Marsh Gouache", "Pleated Updo"), so one
of its words that the cards also give as what the thing is (a one-word tag, a class word, or
another English word for that kind) keeps that word's weight when typed alone: "in gouache" names
the kind as much for the card whose name holds the word as for one that only tags it. Only the
name reading is partial (the family is not named outright); the kind reading is whole, so two
cards that both are that kind are equally meant (evidence._partial_names; the index gives such a
name word to the words for what the card is, features.add_look_name_words)."""
# reasoner._groups: "on <X>'s lap", "in mum's arms", "on the dog's back": a body part in view
# shows its owner, so the possessor of a body part is drawn (a subject phrase of its own);
# "<X>'s <part>" is that individual's part, no kind a pose or hairstyle LoRA stands for
BODY_SHOWS_OWNER = named_rule("body_part_shows_its_owner")


@match_rule(when=lambda index, site: site.match.kind == MatchKind.CLIPPED)
def pet_form_of_a_kind_word(index: CatalogIndex, site: WordSite, fam_key: str,
                            strength: float) -> Verdict:
    """English names a familiar kind by a clipped pet form of its word ("westie", "staffy",
    "goldie"; clipping.py). Such a form points at the user's own animal or thing only in a
    pointed phrase ("my", "our", "the"): "a westie" is any westie, as "a terrier" is any
    terrier. Off, no pet form is read at all (applied by the index: features.INDEX_RULES)."""
    if site.match.kind != MatchKind.CLIPPED:
        return Verdict.KEEP
    pointed = site.mention.determiner in (Determiner.POSSESSIVE, Determiner.DEFINITE)
    return Verdict.KEEP if pointed else Verdict.DROP


def guarded_words(index: CatalogIndex) -> frozenset[str]:
    """Every family's guarded other names (Family.guarded), over the whole catalog: a word none
    guards leaves other_name_of_a_kind nothing to judge, whatever family it reached."""
    return index.over_families("guarded_words", lambda fams: frozenset().union(
        *(f.guarded for f in fams)))


@match_rule(when=lambda index, site: site.tok.stem in guarded_words(index) or
            site.tok.low in guarded_words(index))
def other_name_of_a_kind(index: CatalogIndex, site: WordSite, fam_key: str,
                         strength: float) -> Verdict:
    """A kind has other names in other Englishes and by nickname ("doxie", "dungarees", "ute",
    "shaved head"; synonyms.py): they reach the cards that name the kind their own way. One that
    is also an everyday word in another meaning ("pom" a Briton, "dug" a past tense, "ride" a
    journey) means the kind only as the head of its noun phrase ("our pom", "a ghanaian ride"),
    not as a modifier or a verb ("pom pom hat", "the dog dug"). A vehicle's make (synonyms.
    VEHICLE_MAKES) is its maker's vehicle as a proper name: before its model code ("a <make>
    126p"), else as its phrase's head unless English's commonest meaning of the word is a common
    noun of something else ("a seat"). Off, no other name is read at all
    (applied by the index: features.INDEX_RULES)."""
    fam, tok, mention = index.families[fam_key], site.tok, site.mention
    if tok.stem not in fam.guarded and tok.low not in fam.guarded:
        return Verdict.KEEP
    make = make_reading(tok.low, site.nxt.low if site.nxt is not None else None)
    if make is not None:  # a vehicle's make: with its model code, or as the head if it may be
        return Verdict.KEEP if make else Verdict.DROP
    heads = [t for t in mention.words if noun_like(t) or t.start == tok.start]
    if not site.core or not heads or heads[-1].start != tok.start:
        return Verdict.DROP  # a modifier or a verb ("pom pom hat", "the dog dug a hole")
    if site.prev is not None and another_kinds_modifier(index, fam_key, site.prev):
        return Verdict.DROP  # "a pony ride" is no vehicle, a "bike ride" no car
    lx = lexicon()
    verb = lx is not None and (lx.past_verb_lemma(tok.low) or lx.verb_lemma(tok.low))
    return Verdict.DROP if verb and mention.determiner == Determiner.NONE else Verdict.KEEP


def another_kinds_modifier(index: CatalogIndex, fam_key: str, tok: Token) -> bool:
    """A noun for a thing (an artifact, an animal, a plant, a food, a substance) before a noun
    makes a compound of another kind ("a pony ride", "a bike ride"), unless the family knows it;
    an adjective, or a word for people, a language or a place ("a ghanaian ride") says whose or
    where, not what kind."""
    lx = lexicon()
    if lx is None or index.families[fam_key].knows(tok.stem) or not noun_like(tok):
        return False
    first = lx.first_sense(tok.low)
    return first is not None and not lx.is_adjective(tok.low) and first.lexfile in THING_LEXFILES


THING_LEXFILES = frozenset(LEXFILE[k] for k in ("animal", "artifact", "plant", "food", "substance"))


OTHER_THING_HEADS = named_rule("another_thing_heads_the_phrase")
"""A concept LoRA draws one kind of thing, its class noun (a sweater, a jacket, a pose). A
describing phrase whose head is a noun for another thing (an artifact, a food, a plant, ...)
that the concept's cards never use and that English files under no kind of the class ("a
<holiday> apron", "a <festive> hat" beside a holiday-sweater concept) is about that other thing:
the words before it, a season, a colour, a festival, only say which one, and do not join the
concept by their association with it (second.named_by_word, select._described_loras). The
concept's own class word or another English name for it still names it there."""


OTHER_NAME_OTHER_KIND = named_rule("other_name_after_a_noun_is_another_kind")
"""noun_modifier_makes_another_kind for another English name of a concept's class noun (a
"jumper" or "jersey" for a sweater, lexical.py, synonyms.py): typed right after a noun the
concept's cards never use (a team's name, a material), it is a compound for another kind of that
thing, not the concept's own kind (reasoner._composing_in)."""


def heads_another_thing(index: CatalogIndex, fam_key: str, head: Token) -> bool:
    """another_thing_heads_the_phrase: is `head` a noun for a thing other than the concept's?
    A broader name of the concept's own class ("coat" for a jacket, which English files under
    coats) still describes it in other words."""
    fam, lx = index.families[fam_key], lexicon()
    if lx is None or fam.kind != "concept" or not noun_like(head) or fam.knows(head.stem) or \
            head.low in fam.lexical_names or head.stem in fam.lexical_names:
        return False
    first = lx.first_sense(head.low)
    klass = fam.class_head or head.low
    return first is not None and first.lexfile in THING_LEXFILES and \
        not lx.is_a(head.low, klass) and not lx.is_a(klass, head.low)


@match_rule(when=lambda index, site: site.match.kind == MatchKind.CLIPPED_NAME)
def clipped_given_name(index: CatalogIndex, site: WordSite, fam_key: str,
                       strength: float) -> Verdict:
    """A given name clipped to its start ("Ferd" for Ferdinand, "Fran" for Francesca;
    features.CatalogIndex._clipped_name) is read as that name only where a name stands: first
    in a phrase with no article or possessive before it, as a possessive itself ("ferd's
    guitar"), or capitalised. Elsewhere an unknown word is no name. Off: no clipped name is
    read at all (applied by the index: features.INDEX_RULES)."""
    if site.match.kind != MatchKind.CLIPPED_NAME:
        return Verdict.KEEP
    tok, mention = site.tok, site.mention
    first = bool(mention.words) and mention.words[0].start == tok.start
    bare = mention.determiner == Determiner.NONE and first
    return Verdict.KEEP if bare or tok.possessive or tok.capitalized else Verdict.DROP


SHORT_NAME_SLIP = named_rule(features.SHORT_NAME_SLIP)
"""(round 20) A hurried hand swaps two neighbouring letters or doubles one as readily in a short
name as in a long one: a word no card has that is a person's name of three letters so slipped
("Tmo" for Tom), and no everyday English word (WordNet has it, if at all, only as a proper noun),
is that person's name, read where a name stands as a clipped name is (clipped_given_name). A
letter changed or dropped is not read on a name this short: too many other words and names are
one letter from it (features.CatalogIndex._short_name_slip). Off: applied by the index:
features.INDEX_RULES."""

NICKNAME_RULE = named_rule(features.NICKNAMES)
"""(round 21) Households give their people and pets nicknames taken from everyday words as
often as coined ones ("Chip", "Tank", "Dot", "Bean"), and a card states them the ways English
states what someone is called: in quotes in brackets after the name ("<Name> ('<Nick>')"), after
"the whole street calls him", "known as", "<Nick> to the kids". Such a one-word nickname names its
subject as a card's own name borrowed from an English word does (a pony called Treacle):
Family.borrows, so the ordinary-sense rules judge each use ("a chip of wood" stays a
chip). A kinship word stays relations.py's, and a word the cards also use in lower case stays
ordinary. Every word of every name so stated, kinship words included ("('the boss')"), is
the person's in every picture: no version clue (aliases.word_nicknames, nickname_phrases).
Off: applied by the index: features.INDEX_RULES."""
ROLES_NOW = named_rule(features.ROLES_NOW)
"""(round 21) A role noun tagged on a person's newest card ("skipper", "nurse", "deacon": a word
whose first meaning is a kind of person, no kinship, age or broad word) says who the person is
now, not how one picture shows them, so it names the family at full strength even where older
versions lack it: two people the cards give the same role are reached alike and asked about
(features._roles_now; applied by the index: features.INDEX_RULES)."""

SHARED_TITLES = named_rule(features.SHARED_TITLES)
"""(round 21) A name is one person's; a title of address is given to several. A word no everyday
English word that the cards put right before two or more people's own names ("Nonc <A>" on one
card, "Nonc <B> to the kids" on another; "Tita <A>", "Tita <B>") is such a title, whatever
language it comes from: it names each of them alike, so typed alone it asks which, and typed
with a name ("nonc <B>") the name says which (aliases.shared_titles; applied by the index:
features.INDEX_RULES)."""

FOND_COMPOUND = named_rule(features.FOND_COMPOUND)
"""(round 23) A nickname that joins a name to an everyday English word of endearment ("<Name>-bug",
"<Name>-pie", "<Name>-boo") is said and typed by its name part alone too: the first part, no
everyday English word, names the family wherever the whole nickname does
(aliases.name_in_a_fond_compound; applied by the index: features.INDEX_RULES)."""

PET_NAME_CLIPS = named_rule(features.PET_NAME_CLIPS)
"""(round 24) A household shortens its animals' names as it shortens its people's: the dog
Biscuit is "Bisc", the mare Marigold "Mari", the cat Clementine "Clem". A word no card has, no
English noun or function word, that begins exactly one person's or animal's name is that name
clipped, read where a name stands as a person's clipped name is (clipped_given_name); a thing's
name (a boat, a shop) is not clipped this way. Off: people's names only (applied by the index:
features.INDEX_RULES)."""

CLOSED_NAMES = named_rule(features.CLOSED_NAMES)
"""(round 28) Where a name of two or three words puts its spaces is romanisation and habit, not
the name ("Mei Ling" is typed "meiling", a doubled given name "Bo Bo" "bobo"): a request word
that is a card's name words run together, in any of their typings, is that name whole, as the
words typed apart are. Not where the joined word is an English word (two words run together
into one English word are that word). Applied by the index: features.INDEX_RULES."""

ENDEARMENT_NAME = named_rule(features.ENDEARMENTS)
"""(round 29) What the card's writer says they call someone is a name in that household,
capitalised or not: a nickname is written capitalised ("everyone calls him <Nick>"), an
endearment usually in lower case ("I call her <word>)", "<Name> (<Nick>, my <word>)"). One such
word that is no English word and no kinship word names the person as a stated nickname does
(aliases.endearments; applied by the index: features.INDEX_RULES)."""

TRIGGER_WORD = named_rule(features.TRIGGER_WORDS)
"""(round 30) A checkpoint is trained on a word of its own, its trigger, often set off in
brackets or joined to a class word with an underscore ("<word>", "word_coat"). The owner who
remembers it types the word bare, as they type any word. A trigger word that reads as a word of
its own (features._said_as_a_word), is no kinship word, that one family's trigger alone has and no
card's text uses, names that card as its name does, typed exactly; a style's or concept's is a
word for what it is, said whole (features.add_trigger_words; applied by the index:
features.INDEX_RULES)."""

OTHER_SPELLING = named_rule(features.OTHER_SPELLING)
"""(round 30) British and American English spell some endings apart ("neighbour" / "neighbor",
"colour" / "color", "centre" / "center", "jewellery" / "jewelry"); an owner
types their own variety whatever the card's writer used. A card word is read in the other
variety's spelling too, where English has that spelling (text.other_spellings; applied by the
index: features.INDEX_RULES)."""

DESCRIBED_CONCEPT = named_rule("concept_told_by_its_description")
"""(round 29) A concept LoRA is asked for in everyday words as often as by its name: "in a
<colour> <pattern> <garment>", "paddling a <boat kind>". A phrase that uses two or more of the
words its card uses (description, tags, class) reaches it, when one of them is the concept's own
(on no person's, pet's or thing's card, and on at most one other LoRA's:
tuning.OWN_WORD_MAX_FAMILIES) and no other concept is described as much
(reasoner._described_concepts). Words every card uses ("long", "red", "hair") describe the
subject beside the concept as often as the concept, so they never reach it alone."""

OWN_NAME_HEAD = named_rule("own_head_of_a_concepts_name")
"""(round 29) A concept LoRA's name of two words or more is a sort of something: its last word is
the kind ("<material> <garment>"). Where that word is the concept's own (concept_told_by_its_
description: on no subject's card) and no English word, typing it says what the concept is, as
the whole name does: "in a <garment>" reaches "<material> <garment>" (reasoner._described_concepts).
An English head ("knots", "landing", "grin") was measured to mean its ordinary sense as often as
the LoRA (+6 / -8 over the labelled sets), so it does not count alone."""

PROVENANCE = named_rule("provenance_after_from")
"""(round 29) "<character> from <title>" says where the character comes from, as its own card
does ("<Name> from the show <Title>"): where the words after "from" are the words the selected
character's card puts after "from", a card they name (the series' title character) is no second
subject of the picture (reasoner._provenance). "<Name> from next door" names no card at all."""

FROM_A_RELATIVES_WORK = named_rule("from_the_work_of_a_relative_it_names")
"""(round 32) A character's card that calls it another's relative ("<Name>, <Other>'s little sister
from the same cartoon") puts both in one work, and a family's cartoon is most often titled by
one of them: "<Name> from <Other>" then says where the character comes from, as
provenance_after_from reads "from" on the card itself, and <Other>'s card is no second subject
(reasoner._provenance, _names_as_possessor)."""

KIN_OF_A_NAMED_BEAST = named_rule("kin_of_a_named_animal_or_character")
"""(round 32) Animals and cartoon characters have kin too, and their cards say it as people's do:
"<Name>, <Other>'s little sister from the same cartoon", "<Name>, <Other>'s pup". Such a card
states a relation to that named one (never to the owner: an animal is nobody's brother in the
household), so "<Other>'s sister" reaches it through relation_through_a_person
(relations.family_facts, _kin_of_a_named_one)."""

CLIPPED_POSSESSOR = named_rule("clipped_name_as_a_possessor")
"""(round 24) A clipped name is typed wherever the full one is, as a possessor too: "<Clip>'s
wife" is the wife of the one person whose name the clip begins (clipped_given_name), so her card,
which states her as the wife of the full name, answers (relations._clipped_anchor). Off: a
possessor no card names reaches no one."""

NAME_FORM_RULE = named_rule(features.NAME_FORMS)
"""A household whose language is not English types its people's names as that language shapes
them, not as the card spells them (nameforms.py): another romanisation ("Viktor" for Wiktor,
"Rasheed" for Rashid, arabizi digits for Arabic letters, one unwritten vowel written otherwise), a
case ending on the name's stem (Slavic, Baltic, Finnic, Greek, Hungarian, Turkish: "Marka" for
Marek), a diminutive suffix of one of many languages on the stem the name begins with ("Pawełek"
for Paweł, the suffix's gender the person's), or its first syllable reduplicated ("Nono" for
Nora). A word no card has, no English word, kinship word or function word, that so reaches
exactly one subject is that subject's name, read where a name stands as a clipped name is
(clipped_given_name). Off: applied by the index: features.INDEX_RULES."""

MEDIUM_DESCRIBED = named_rule("medium_described_names_the_style")
"""A phrase that says how a picture is made ("in <medium>", "made of <material>", "a <period>
<medium> of <thing>", "on a <kind of> print") names a style LoRA by describing it, without its
name: when every describing word of the phrase is a word the style's own cards use and at least
two of them are words of its class noun or one-word tags, the phrase is that style. One class
word is not enough ("glass beads" is a thing drawn, not a bead sculpture), nor is a class word
beside a word the cards never use; a style's name words do not count toward the two (a name
typed as a word is the full_lora_name rule's, and a clipped name is often an ordinary word);
the words after "of" are what is drawn, and a bare picture noun ("photo", "poster") is left aside
(reasoner._describes_medium)."""

PURPOSE_ENDS_MEDIUM = named_rule("purpose_phrase_ends_the_medium")
"""A prepositional phrase of purpose or beneficiary ("for <her> birthday", "for the <shop>'s
menu", "for <name>'s card") is an adjunct of the whole request, saying what the picture is for;
it is no part of the noun phrase before it. So "in <medium> for <X>" is the medium phrase "in
<medium>" and then the purpose: the medium phrase is read alone, as it would be without the
purpose (its several styles asked between, its one style selected), and the purpose's words do
not make it "in <medium> <unknown words>" (reasoner._before_purpose). (Round 30) The same holds
for the style phrase after a verb of making ("painted in <medium> for <occasion>")."""

NARROWER_KIND = named_rule("narrower_kind_names_the_concept")
"""A concept LoRA draws a kind of thing named by its class or name phrase, "<modifier> <head>"
(a "harbour vehicle"): the same modifier before a narrower noun for the head, one English files
under it (a "harbour lorry", since a lorry is a vehicle), names the same kind, the way "a blue
van" is "a blue vehicle". The modifier must be the concept's own (its class's or name's), or the
noun is only any vehicle; every other word before it must be one its cards know
(reasoner._narrower_kind, used where generic_mention_names_a_kind_lora reads the phrase)."""

NOUN_MODIFIER_OTHER_KIND = named_rule("noun_modifier_makes_another_kind")
"""A concept LoRA whose class is one noun (a "scarf") draws its own kind of that thing, the one
its cards describe. The noun typed with a noun modifier before it that its cards never use (a
"wool scarf" for a silk one, a "tea cup" for a trophy "cup") is a compound naming another kind
of the thing, as concept_named_for_what_it_is reads a modifier: the class
word alone does not name the LoRA there (reasoner._composing_in). An adjective or a word English
has no noun for leaves the kind as it is (adjective_keeps_the_kind). Round 24: the same
compound in a describing phrase that MiniLM reads as the concept ("in a <festival> hat" beside a
"<shape> hat" concept) names that other kind too (select._about_another_thing)."""


def after_unknown_noun(index: CatalogIndex, key: str, toks: list[Token], words_: set[str],
                       by_meaning: bool = False) -> bool:
    """noun_modifier_makes_another_kind: one of `words_` typed right after an English noun the
    family's cards never use (`by_meaning`: in none of the words of its commonest meaning
    either, where MiniLM read the phrase: "xmas" is a card's "christmas")."""
    lx = lexicon()
    for i, tok in enumerate(toks[1:], 1):
        if tok.stem not in words_ and tok.low not in words_:
            continue
        prev = toks[i - 1]
        if tok.start - prev.end <= 1 and noun_like(prev) and lx is not None and \
                lx.senses(prev.low) and not index.family_knows(key, prev) and \
                not (by_meaning and _meaning_known(index.families[key], prev.low)):
            return True
    return False


def _meaning_known(fam: Family, low: str) -> bool:
    """Does the family's card use another one-word name of the word's commonest meaning?"""
    first = lexicon().first_sense(low)
    return first is not None and any(fam.knows(stem(w)) for w in first.lemmas if " " not in w)

OWN_THING_OF_THE_SUBJECT = named_rule("his_her_thing_is_the_subjects_own")
"""A concept LoRA draws a kind of thing, not someone's own one. "his/her/their <noun>" beside a
person the request names points at that person's own thing, and where the person's cards already
describe it (a card saying "steering his own ferry", a turban on the card), the subject's
checkpoint draws it: the concept LoRA reached only through that phrase's words is not added
(reasoner._subjects_own_thing)."""

WORN_OWN_THING = named_rule("worn_thing_describes_the_wearer")
"""What a subject wears is part of how it looks: "<subject> wearing the <thing>", where no card is
that kind of thing (no garment or accessory LoRA of it) but one of the wearer's own cards lists it
(a tag, its description), describes the wearer exactly as "<subject> with the <thing>" does, and so
tells look-alikes or versions apart; it is no second thing drawn (reasoner._worn_own_thing)."""

THE_KIND_BESIDE = named_rule("the_kind_beside_a_subject_is_drawn")
""""<subject> with the <noun>", where the noun heading the phrase is the class noun of one of the
user's own subjects other than the first (a pet, a product the family makes), points at that
one: "the" refers to something known to speaker and hearer, and the user's own subject of that
kind is in the picture beside the first, not a word describing it (reasoner._attr_is_subject)."""

STYLE_THING_IN_A_PLACE = named_rule("style_thing_in_a_place_phrase")
"""A style is a medium; a noun in its class phrase ("window" for stained glass, "poster") is also
a thing that may stand in any picture. A phrase that places the subject beside or under that
thing ("beside the lectern", "by the poster", "under the arch") names the thing as a setting, not the
medium: the style is not reached from it by its class noun alone (only by its whole name or a
phrase describing the medium; reasoner._composing_in)."""

CLASS_WORD_MODIFIES = named_rule("class_word_modifying_another_noun")
"""English puts the head noun last: a concept's one-noun class word typed right before the
phrase's last noun, one its cards never use and English does not file under the class (a "car
seat", a "hat box", a "snow globe"), only modifies it: the phrase names that other thing, so the
class word alone does not name the LoRA there (reasoner._other_kind)."""

ADJECTIVE_KEEPS_KIND = named_rule("adjective_keeps_the_kind")
"""Only a noun before a noun makes a compound of another kind (a "water taxi" is not a taxi of
the ordinary kind); an adjective, or a regional or brand word English has no noun for, leaves
the kind as it is. A concept whose class phrase is "<modifier> <head>" is named by its head
noun with, in its modifier's place, a word English has no noun for and no card uses (a regional,
slang or brand word for the same modifier): such a word cannot be shown to make another kind.
A known word there still does ("a water taxi"), and so does any unknown word before a head that
is not the class phrase's own (an adjective before a name word: "a spiky <haircut name>").
A word followed by "of" ("a taxi full of ...") begins a phrase after the noun, not a noun the
head modifies (reasoner._no_noun, _post_modifier)."""

TITLE_LEFT_OUT = named_rule("title_or_kind_left_out_of_a_name")
"""A title or rank before a personal name ("Commander", "Captain") addresses the person, and the
kind word at the end of a thing's name ("... Jar", "... Tin") says what it is: either is left out
as often as not, and the rest of the name, two words or more, is the whole name. A name's first
word is such a title when the subject's own cards also use it as an ordinary lower-case noun ("a
retired harbour captain"); its last word is such a kind word when it is the card's class noun
and the rest of the name ends the phrase (followed by another noun, "<name words> <noun>", the
name words only modify that noun: another thing).
Only subject cards: a style's or concept's name less a word is often an ordinary phrase
(evidence._partial_names)."""

RANK_AND_SURNAME = named_rule("rank_with_the_surname_alone")
"""A rank or title before a personal name of three words or more ("Sergeant Ama Owusu", "Doctor
Imre Kovacs") addresses the person with the surname alone as often as with the whole name:
"<rank> <surname>" is the whole name, the given name left out (the name without the rank is
title_or_kind_left_out_of_a_name's). The first word is such a rank when English reads it as a kind of person in its most
frequent meaning (an officer, a doctor, a king), whether or not the cards use it lower case.
Only subject cards (evidence._partial_names)."""

ART_NOUN_OF = named_rule("art_noun_heads_its_depiction")
""""A <noun> of <thing>" whose noun English reads, in its most frequent meaning, as a kind of
work of art made a particular way (an etching, a mosaic, a fresco) names how the picture is made
by that one word: the one style whose cards name themselves by it (a class or one-word tag word,
no tag most styles carry) is that medium (two or more such styles are asked about by
depicted_medium_asks_which_style), as two describing words name it for
medium_described_names_the_style. A noun any picture is called by ("painting", "drawing") names
no medium, and a noun whose first meaning is another thing (a heap, a print as a printed copy) is
a quantity or a copy, no medium (reasoner._describes_medium)."""

STYLE_MODIFIER_LOOK = named_rule("style_modifier_is_a_look_phrase")
""""<X> style <noun>" (or "<X>-style <noun>") opening a noun phrase is a compound modifier that
says how the noun is drawn, as "<noun> in <X> style" does: X is a look phrase for
look_named_by_its_description_words (its proper name, or two of its words in a row, that one
style card's description alone gives name that style). The "style of <X>" frame stays apart;
the noun after "style" is what is drawn (paraphrase.ParaphraseIndex._look_clauses)."""

PREDICATE_NO_HEAD = named_rule("predicate_is_no_head")
"""A word English has no noun for ("stuck", "asleep", "alone") after a name or a class word is
what the subject is or does, a predicate, not a head noun the name modifies: "<name> stuck at the
lights" is that person (modifier_of_another_noun leaves it; rules._known_non_noun). An unknown
word there (a brand, a foreign noun) may still be the head."""

SHORT_VERB_ING = named_rule("short_verb_ing_is_a_verb")
"""(round 22) The -ing form of a verb of two or three letters ("doing", "going", "being", "seeing",
"dying", "lying") is a verb like any other -ing form, though it is too short for the suffix
stripper to read: what follows it is what the verb does or takes ("<name> doing <a dance>",
"going <somewhere>"), no noun it modifies, so a style's or concept's name after it is that LoRA,
not the head of a common noun (lowercase_name_after_modifier; rules.short_verb_ing). A subject's
name after it keeps the modifier reading: one word of a character's longer name after "doing" is
what is done, not the character."""

AGE_WORD_KEEPS_THE_NAME = named_rule("age_word_keeps_the_name")
"""An adjective of a thing's age ("old", "new") before a name that is no ordinary English word says
which time of that one thing is meant ("the old <name>": as it was), not a kind of thing the name
heads as a common noun: lowercase_name_after_modifier keeps the name (a name borrowed from an
ordinary English word, "the old <pepper>", is still read as the ordinary thing). versions.pick_version reads "old" so
before a thing's name as the older version (a person's or animal's name: "old <name>" is their age)."""

LOOK_BESIDE_A_NAME = named_rule("look_beside_a_name_is_a_tag")
"""A request to draw something often lists the subject and the look side by side as tags, with
no "in ... style" frame ("<name> <style>", "<style> <name> doing ..."). A style's own word (its
name, class noun or a one-word tag few styles share) beside a subject's name says how the picture
is drawn: it is neither the head noun the name would modify as the first part of a longer proper
name (modifier_of_another_noun), nor a modifier saying which kind of thing a lower-case name is
as a common noun (lowercase_name_after_modifier): any thing, named or not, can be drawn in a
look, so the look word tells nothing of the reading."""

SLIP_IN_NAME = named_rule("slip_beside_an_exact_name_word")
"""A name of several words typed with one word exact and the next one letter off ("Jaspar Holt")
is that name typed with a slip, however short the slipped word: the exact word next to it makes
the reading certain where a lone short word one letter from a name would be an ordinary word.
The slipped word therefore neither modifies the name word nor is it another noun the name word
modifies (modifier_of_another_noun, lowercase_name_after_modifier), and it completes the name
(evidence._partial_names)."""

HEAD_OF_A_NAME = named_rule("head_of_a_name_is_the_broader_kind")
"""Extends broader_word_is_not_the_narrower_lora to a concept named by its narrowed class ("<sort>
<thing>" as name and class noun): the name's last word typed without the words before it is the
general kind, as the class head alone is, not the LoRA's narrower sort; only the name's narrowing
words, or a one-word name, name it (reasoner._narrowing_name_words)."""

BROADER_WORD_IS_NOT_THE_LORA = named_rule("broader_word_is_not_the_narrower_lora")
"""A concept LoRA whose class noun narrows its head ("<modifier> <head>") draws that narrower sort
only; a phrase headed by the head word, or by an English synonym of it, without the modifier names
the general kind ("pedalling a bike along" for a tandem-bike LoRA: every tandem is a bike, few bikes are
tandems), so meaning alone does not make it the LoRA (paraphrase.py)."""

FIRST_PART_OF_A_COMPOUND = named_rule("first_part_of_a_compound_is_not_it")
"""A closed compound names a thing its first part only modifies: a snowmobile is no snow, a
teapot no tea, a firefly no fire. A phrase headed by the first part of a concept's closed
compound naming word (class head, one-word tag), and holding no word of the card's own, names
the stuff or thing that part is, not the LoRA (paraphrase.first_part_of_card_word). An open
compound is read the same way: a concept named "<first> <second>" whose cards use the first word
in lower case only right before the second names no <first> by that word alone, when English
has both words as common nouns, the second the head (a "<first>" typed without the second is the
thing the word means; a word English lacks, or one a name follows, is the compound's own head and
still names it; rules.open_compound_modifier)."""


def open_compound_modifier(fam: Family, tok: Token, nxt: Token | None) -> bool:
    """first_part_of_a_compound_is_not_it, for a name of several words (rules.py): `tok` is a
    name word before another name word, the cards use it in lower case only right before that
    word (one open compound, "<first> <second>"), the request does not type that word after it,
    and English has both as common nouns (the second, the head, is no name after the first):
    alone, the first names the thing it is, not the compound."""
    follows = {ph[i + 1] for ph in fam.name_phrases for i in range(len(ph) - 1) if ph[i] == tok.stem}
    if not follows or (nxt is not None and nxt.stem in follows):
        return False
    if not common_noun(tok.low) or not all(common_noun(w) for w in follows):
        return False  # a word English lacks, or a name after it, leaves it the compound's head
    seen = False
    for card in fam.cards:
        for text in (card.class_noun, *card.tags, card.description):
            toks = tokenize(text)
            for k, t in enumerate(toks):
                if t.stem != tok.stem or t.text[:1].isupper():
                    continue
                if k + 1 >= len(toks) or toks[k + 1].stem not in follows:
                    return False
                seen = True
    return seen

def name_words_before_another(index: CatalogIndex) -> frozenset[str]:
    """Every word some family's name has another word after (open_compound_modifier acts only
    on one of these), over the whole catalog: checked once per request word instead of once
    per family the word reached."""
    return index.over_families("name_words_before_another", lambda fams: frozenset(
        ph[i] for f in fams for ph in f.name_phrases for i in range(len(ph) - 1)))


@match_rule(when=lambda index, site: not site.tok.capitalized and
            site.tok.stem in name_words_before_another(index))
def first_part_of_a_things_name_is_the_stuff(index: CatalogIndex, site: WordSite, fam_key: str,
                                             strength: float) -> Verdict:
    """(round 21) first_part_of_a_compound_is_not_it for the owner's things: a product or thing
    (no being) whose name is an open compound "<first> <second>" of two common nouns, its cards
    using the first word in lower case only right before the second ("<fruit> butter",
    "<corn> bread"), is not named by the first word typed alone as the head of its own phrase
    ("a pile of <fruit>s"): that word names the stuff itself. Typed after "my"/"our" it may
    still be the owner's thing (a shortening), so a phrase with a possessive pronoun keeps it."""
    fam = index.families[fam_key]
    if fam.kind != "subject" or containers.is_being(fam) or site.tok.capitalized or \
            any(t.low in containers.POINTERS for t in site.mention.all_tokens):
        return Verdict.KEEP
    return Verdict.DROP if open_compound_modifier(fam, site.tok, site.nxt) else Verdict.KEEP


THINGS_FIRST_PART = first_part_of_a_things_name_is_the_stuff.__name__


OCCASION_LEXFILES = (LEXFILE["time"], LEXFILE["phenomenon"])  # "christmas", "winter"; "rain", "fog"


def occasion_word(word: str) -> bool:
    """Is the word's commonest WordNet meaning a time or an occasion (a holiday, a season, a time
    of day) or a natural phenomenon (the weather): a word for when or in what the picture is?"""
    lx = lexicon()
    sense = lx.first_sense(word) if lx is not None and word else None
    return sense is not None and sense.lexfile in OCCASION_LEXFILES


def occasion_only(fam: Family, tok: Token, nxt: Token | None) -> bool:
    """occasion_is_no_thing_worn: `tok` reaches the concept only as the occasion or weather its
    cards relate it to (not its class word, nor typed right before it or before "lora")."""
    if fam.kind != "concept" or not occasion_word(tok.low) or occasion_word(fam.class_head):
        return False
    if tok.stem in fam.class_words or tok.low in fam.class_words:
        return False
    return nxt is None or not (nxt.stem in fam.class_words or nxt.low in CHECKPOINT_WORDS)


@match_rule(when=lambda index, site: occasion_word(site.tok.low))
def occasion_is_no_thing_worn(index: CatalogIndex, site: WordSite, fam_key: str,
                              strength: float) -> Verdict:
    """(round 23) A concept LoRA draws a thing worn, held or ridden (a jumper, an umbrella); the
    occasion it is worn at or the weather it is for ("at <holiday>", "in the <weather>", "on a
    winter night") only relates to it, and a picture set then or there does not ask for the
    thing: a word whose commonest meaning is a time, an occasion or a natural phenomenon names a
    concept only as its own class word, right before that class word ("<holiday> jumper"), or
    as the owner's label for it ("the <weather> lora"). A concept that draws a phenomenon itself
    (a snowfall effect) keeps its word."""
    fam = index.families[fam_key]
    return Verdict.DROP if occasion_only(fam, site.tok, site.nxt) else Verdict.KEEP


OCCASION_IS_NO_THING = occasion_is_no_thing_worn.__name__


IN_NOUN_OF = named_rule("in_noun_of_is_a_preposition")
"""English builds prepositions of "in" + a bare singular noun + "of" ("in place of",
"in search of", "in honour of", "in lieu of"): a singular count noun stands without an article only in
such fixed phrases, so "in <noun> of" says where or why, not what a figure wears, and reads as
no concept phrase (paraphrase.complex_preposition)."""

PARAPHRASE_NAMES_A_LORA = named_rule("paraphrase_names_a_lora")
"""A style or concept LoRA is often asked for by describing it in other words than its card's
("a hiker in a quilted anorak" for a padded-jacket LoRA, "painted like a Turner seascape" for a
romantic oil style). A phrase in a frame that says what a figure wears or does ("in",
"wearing", "with", "doing", "riding" + a phrase not pointing at the subject's own thing) means a
concept, one in a frame that says how the picture is made ("as a", "like a", "<made> into", "in"
+ a picture or a medium as WordNet reads its head, "<modifiers> <picture noun>" anywhere) a
style, when its meaning (MiniLM) is clearly closest to that one style or concept card and close
enough (paraphrase.py); such a LoRA joins a decision that had none of its kind."""

LOOK_BY_ITS_DESCRIPTION = named_rule("look_named_by_its_description_words")
"""A style card's description says what the look copies: the maker, the work, the school or the
era it imitates, and a comparison ("like a <thing> from a <kind of book>"). An owner asks for
the look the same way: "<scene>, <maker> vibes", "in the style of <maker>", "like <a work>",
"in <school> style". Inside such a look phrase (a how-it-is-made phrase of paraphrase.py, "in the
style of <X>", "in/with <X> style/look/vibe"), a proper name (a word English has only as
somebody's name, or not at all) or two words in a row that the description of one style card
gives, and that no other card of the catalog has among its words, name that style: the words
are the look's own, rare in the catalog (idf), so no other family can be meant. The same words
outside a look phrase are what the picture shows ("a tall ship" is no style), and a word other
cards share tells nothing apart (paraphrase.ParaphraseIndex.described_look)."""

LOOK_BY_ITS_FEATURES = named_rule("look_described_by_its_features")
"""A style card's description lists what the look is made of, one feature a comma-separated part
("<colour> and <colour>, glowing <pattern>, <material> <sky>"). An owner who does not know the
look's name asks for it the same way, by saying what the picture should look like: a request
that echoes two or more of those features, each in a word that only that style's description
gives (no other card of the catalog has it, and it is none of the style's own naming words,
which the ordinary matching reads), describes that style wherever the words stand: two
features of one look are how the picture is made, not two things it shows. One feature echoed
(a two-word thing: "a tall ship") is still the scene, and a word other cards share tells nothing
apart (paraphrase.ParaphraseIndex.described_features; tuning.LOOK_FEATURES)."""

WHOLE_KIND_NAMES_ITS_STYLES = named_rule("whole_kind_names_its_styles")
"""A kind of picture named by a compound ("<medium> <picture noun>") is narrower than its head
alone: the modifier says which medium. Where a question between style LoRAs only offers some
styles whose class noun the request types whole (the compound, in order) and others that share
only its head or another word, the whole kind names the former: the others are another medium
of the same picture noun, and the question is asked between the catalog's styles of that kind
(or the one such style is selected). Where no option's class noun is typed whole, or every one is, the question stands
(paraphrase.typed_whole_kind, Selector._whole_kind)."""

LOOK_PHRASE_OUTRANKS_ITS_WORD = named_rule("look_phrase_outranks_a_style_it_shares_a_word_with")
"""A describing phrase is read whole: "<modifiers> <picture noun>" says which look by its
modifiers, its head only what kind of picture. A style reached by nothing but words inside such a
phrase (a shared picture noun, "paint" of any painting style) while the phrase as a whole means
another style clearly (paraphrase_names_a_lora's floor and margin) was not asked for: the
phrase's style takes its place (Selector._displaced_styles)."""

PICTURE_ON_A_MATERIAL = named_rule("picture_on_a_material_is_a_style_phrase")
"""How a picture is made is also said by what it is made on: "<picture noun | making participle>
on <material named bare>" ("an icon painted on copper", "a print on silk") names a craft whose
support is that material, so the phrase is read as a style phrase (paraphrase.ground_phrases). A
support with an article ("a poster on the wall") is a place, and a material that is no picture's
support ("a tin can on a shelf") is in no such frame."""

OWN_PICTURE_NOUN = named_rule("style_card_noun_heads_a_picture_phrase")
"""Which nouns name a kind of picture is partly the owner's trade's: a card that files its style
under "<x> illustration" or tags it "<x>" says that in this catalog an "<x>" is a picture, though
a dictionary files it under cards or paper. A noun phrase headed by such a noun ("a <mods>
<x> of <thing>", "<someone> on a <mods> <x>") is a describing phrase of how the picture looks,
read like one headed by "poster" or "photo" (paraphrase.picture_phrases); the phrase must still
mean one style clearly (floor and full margin: the noun that made it a phrase breaks no near tie,
as own_word_breaks_a_near_tie would let it), and a bare noun says nothing of which."""

PICTURE_OF_THE_SUBJECT = named_rule("picture_noun_after_the_subject_names_the_look")
"""English puts what a picture shows before the picture noun ("a <thing> poster", "a <person>
portrait"): the words before the head say what is drawn, the head and the phrase as a whole say
what kind of picture. Where the selection used the words before the head for the subject, the
style phrase headed by a picture noun it did not use still describes how the picture looks and
may name a style (paraphrase.ParaphraseIndex.named)."""

PICTURE_DEVICE = named_rule("device_of_the_picture_is_a_style_phrase")
"""A photograph is also named by what took it: "<someone> on a <modifiers> camera", "shot on
<film>", "on an old camcorder" says the picture is of the kind that device or film makes (its
grain, flash, colours), as "in <medium>" says it of a painting; a person stands on no camera.
"on" + a noun phrase headed by photographic equipment or film (WordNet, in one of its
commonest meanings) is read as a style phrase (paraphrase.device_phrases); a phone, a screen or
a stage is no such head (a chat on a mobile is a call, a singer on stage is at a place)."""

OPEN_MEDIUM_WORD = named_rule("open_medium_word_reads_as_its_kind")
"""A medium word English writes closed is often typed open ("a wood cut", "a silk screen"): two
words whose closed form is a WordNet picture noun are that noun. A picture noun the style cards
do not use is read together with the kind of picture English files it under ("<word> print",
"<word> painting"), since MiniLM knows a craft's rarer words poorly and the kind well; the
phrase means a card by the closer of the two readings (paraphrase.closed_medium)."""

FRAME_KIND_RANKS = named_rule("frame_kind_ranks_the_paraphrase")
"""A describing phrase's frame says which kind of LoRA it can mean: what a figure does or wears
("doing <X>", "wearing <X>") is a concept, how the picture is made ("as a <X>") a style. A card
of the other kind that shares the phrase's word (a dance's name on a music cover style) is no
rival the phrase must lead by the margin: a phrase in a frame that says what a figure does, wears,
rides or has is ranked only among the concept cards, one that says how the picture is made ("like
a <X>", "as a <X>") only among the style cards (paraphrase.ParaphraseIndex.best). "in <X>"
may say where the figure is as well as what it wears or how it is drawn, so every card stays a
rival there."""

TOOL_OF_MAKING = named_rule("tool_of_making_is_the_medium")
"""A clause whose verb makes the picture ("drawn", "painted", "stitched") may name what it is
made with in a "with" phrase anywhere after it ("drawn like a child did it with crayons",
"painted with watercolours"): where that phrase's head is a medium (paint, a drawing tool, a
picture word, paraphrase._is_medium) it describes a style, as "in <medium>" does, not a thing
the figure holds (paraphrase.tool_of_making)."""

OWN_WORD_BREAKS_A_TIE = named_rule("own_word_breaks_a_near_tie")
"""Two concepts of one kind (two hairstyles, two headwear LoRAs) are near each other in meaning,
so a phrase describing one ("hair bound in <material>") may lead the other by less than the
paraphrase margin. Where the phrase holds a word that the leading card names itself by (class
head, one-word tag) and no other style or concept card does, and the phrase means the leader
closely enough (the floor), that word tells the near tie apart: the leader is meant
(paraphrase.ParaphraseIndex.best)."""

MADE_OF_A_MATERIAL = named_rule("made_of_a_material_is_a_style_phrase")
"""How a picture is made is also said by what its subject is made of: "<figure | animal | place |
scene> <made/built/stitched...> (entirely) from/of/out of <X>" ("a fox made of buttons") is a way
of picturing it, so X is a style phrase; a thing people make is made of its material as itself
("a coat made of wool"), no picture (paraphrase.phrases, _made_thing)."""

GROUP_ALIKE = named_rule("a_group_alike_is_one_phrase")
"""'<plural noun> (all) in/wearing the same <X>' says a group shares one kind of thing: "the same"
points at nothing of the subject's own (unlike "in the fez"), and what is meant, a group dressed
alike, is said by the group's noun and the phrase together, so they are read as one describing
phrase for a concept LoRA (paraphrase._group_alike)."""

CRAFT_THINGS = named_rule("craft_word_on_a_thing_is_no_style")
"""A craft's words also name its things: a "<medium> printer" is a machine, a "<medium> shop" a
shop, a brush "dipped in <medium>" holds the stuff itself. Where every word of the request that
the user's styles know modifies an artifact noun none of their cards knows, or stands where a
participle that makes no picture puts something, and no phrase says how the picture is drawn
("as a ...", "in <medium>", "<X> style"), a question between those styles is none: the request
asks for the thing (paraphrase.craft_things_only)."""

DESCRIPTION_SETTLES = named_rule("description_settles_the_question")
"""A question between the user's style or concept LoRAs (no subject among the options) is asked
because their words do not tell them apart; a describing phrase of the request that means one of
them clearly more than any other style or concept card (paraphrase_names_a_lora's floor and
margin) does, so that one is selected (select.Selector._description_settles)."""

SETTLED_LOOK_KEEPS_SUBJECT = named_rule("settled_look_keeps_the_subject")
"""(round 22) A request that names a subject and describes a look ("<person> in <medium>, the
<describing words> one") asks for both; where the reasoner chose the subject and asked only which
of several looks, the description that settles the look answers that question alone: the subject
stays in the selection beside it, and the look goes on the subject's base (select.Selector.
_chosen_subjects, in description_settles_the_question)."""

DISJUNCTION_ASKS = named_rule("disjunction_asks_between_them")
""""A or B" names two things and leaves either to be drawn: a question over exactly those two
(disjunction.py; applied in select.py after the decision)."""

ELIDED_HEAD = named_rule("elided_head_of_a_set")
"""English leaves out a noun already said: "one of the moms, mine or <name>'s" is "my mom" or
"<name>'s mom". A side of "or" that is only a possessive pronoun or a possessive, after a set
phrase "one of the <plural>", is read with the plural's singular as its head
(disjunction.with_elided_head)."""

STYLE_KEEPS_SUBJECT_QUESTION = named_rule("style_frame_keeps_the_subject_question")
"""A style frame answers how the picture is made, not which of look-alike subjects is drawn:
where the subject phrase alone is a question over subjects, that question is asked
(disjunction.py; applied in select.py after the decision)."""

OPTIONS_ARE_WHAT_THE_NOUN_NAMES = named_rule("options_are_what_the_noun_names")
"""A noun refers to the things it denotes, not to things whose description merely mentions it:
"the truck" is the truck, not the owner who bought it nor the hat sold at it. Where every option of
a question holds one request word, some as their name, class noun or tag (they ARE that thing) and
the rest only in their description, the question keeps the ones the word names; one left is the
select (options.options_named_by_a_noun; applied in select.py after the decision)."""

MY_KIND_IS_MY_OWN = named_rule("my_kind_is_my_own")
"""A first-person possessive says whose the thing is: "our <kind>", asked where one look-alike's
card says it is the speaker's own ("our whippet") and another's says it is a relative's or a
friend's ("my uncle's whippet", "<name>'s whippet"), means the speaker's own, not a question
(options.options_the_speaker_owns; applied in select.py after the decision, with
options_are_what_the_noun_names). "<relative>'s <kind>" already reaches the relative's through
the possessor; a card that names no owner keeps the question."""

MY_KIND_NOT_ANOTHERS = named_rule("my_kind_is_not_anothers")
"""(round 32) The same reading on a select: "our <kind>" never means a look-alike whose card says
it is someone else's ("our neighbour's dog next door"). Where one such family was selected (a
word of the request met its card only where the card says whose it is, "asleep at the back door" against
"next door"), and the look-alikes of its kind split into the speaker's own and others' as
my_kind_is_my_own reads them, the speaker's own are meant: one is the select, more the question
(select.Selector._not_anothers)."""

FROM_NEXT_DOOR = named_rule("from_next_door_is_the_neighbours")
"""(round 32) English names a household by where its home stands from the speaker's: next door,
across the road, over the road, across the street. A card's opening that puts its subject
from next door ("<name>, the tabby from next door") or calls it "next door's" says whose it is
as "the neighbours' tabby" does: someone else's, for my_kind_is_my_own (options.stated_owner)."""

DEGREE_BEFORE_PREDICATIVE = named_rule("degree_word_before_a_predicative_adjective")
"""(round 32) The a- adjectives ("asleep", "awake", "alone", "afloat", "ablaze") stand only after
the noun they describe, never before it, and take their own degree words: "fast asleep", "sound
asleep", "wide awake", "all alone". So a word right before one of them belongs to the adjective's
phrase, not to the noun's: "our <pet> fast asleep" is the pet, not a kind of "fast"
(modifier_of_another_noun leaves the name before it; PREDICATIVE_ONLY)."""

MODIFIED_KIND = named_rule("modified_kind_is_another_kind")
"""(round 24) A modifier before a noun restricts it to a kind apart: a "cartoon dog", a "toy horse",
a "clay owl" is not what "our dog", "our horse", "our owl" calls the household's own. Where the
options of a "my/our <kind>" question hold cards whose class noun is the plain <kind> and cards
whose class noun is that kind with a modifier the request does not say, the modified ones leave
the question before my_kind_is_my_own weighs whose the rest are (options.plain_kind_options)."""

THEIR_KIND = named_rule("possessor_names_whose_kind")
"""(round 24) A possessive says whose the thing is from either side: as "our <kind>" is the one the
cards call the speaker's (my_kind_is_my_own), "the <surname>s' <kind>", "<name> and <name>'s
<kind>", "the neighbour's <kind>" is the look-alike whose card says it is someone else's and names
that possessor (by name, surname, plural surname or role) in its description or tags. Users drop
the apostrophe ("the <surname>s <kind>"): a word ending in "s" right before the kind noun is read
as the possessor too (options._possessor_phrase_words)."""

OWNER_ON_ANY_VERSION = named_rule("owner_stated_on_any_version")
"""Whose a pet or thing is does not change between its LoRA's versions: a later card often
describes only the new look ("<name> at ten: ...") and leaves the owner said on an earlier one
("<name>, our family's beagle"). For my_kind_is_my_own a family's owner is the one the newest card
saying any owner says, and "my/our family's" (household, home) is the speaker's own, not another
possessor's (options.family_owner)."""

LAST_POSSESSOR = named_rule("last_possessor_of_a_chain_owns")
"""In a chain of possessives each possessor names the next one, and the thing belongs to the last:
"my wife's grandfather's dog" is the grandfather's dog, not the wife's; a household word early in
the chain does not make it the speaker's household's (options.stated_owner, for
my_kind_is_my_own)."""

OF_OWNER = named_rule("possessor_after_of_owns")
"""Languages and English alike mark the possessor with a preposition as well as an ending: "the
dog of the family next door", "the mare of <uncle> <Name>" say whose it is as "<Name>'s mare"
does; a person after "of" in a card's opening (a kinship word or title opening the phrase, a person
noun ending it) is its owner, someone other than the speaker unless "of ours/my ..." follows; a
place after "of" ("the stray of <Name> market") owns nothing (options.stated_owner, for
my_kind_is_my_own)."""

PERSON_PRO_FORM = named_rule("plain_person_noun_is_a_pro_form")
"""A plain noun for a person ("guys", "blokes", "ladies", "folks" a person noun) in a set phrase
that no family calls itself says only that they are people: like "ones" it stands for the people
the phrase's modifiers describe ("one of the sailor guys" is one of the sailor ones), a question
over the person families that know the modifiers (partitive._plain_person_head). So too where the
noun only made a lone match doubtful ("Do you mean X?" for "the <its work's word> guy"): the
modifiers read alone select X, and the person noun doubted nothing (select._pro_form_confirmed)."""

POINTED_PERSON = named_rule("described_person_is_pointed_at")
""""The <modifiers> <plain person noun> <describing phrase>" ("that tall bloke with the red
beard", "the old lass in the headscarf") points at someone the listener knows (a definite or
possessive determiner), and a plain noun for a person that no card calls itself says only that
it is a person: it is "the <modifiers> one ...", every describing phrase kept. Where nothing
else was chosen, that reading alone decides: the person it selects, or a question over the
subjects it fits alike (select.Selector._pointed_person, partitive.pointed_pro_form_request)."""

PRONOUN_NAMES = named_rule("his_her_kin_is_the_named_persons")
"""A third-person possessive refers back to the person last named: "<name> with one of his
nieces", "<name> and her mother-in-law" ask for that person's relatives, as "<name>'s nieces"
does (relations.Relations._pronoun_as_possessor); a nearer person word ("me", "my dad", "the
coach") is the antecedent instead and leaves the phrase as it was."""

RELATIVE_BESIDE = named_rule("relative_in_a_with_phrase_is_drawn")
"""A kinship phrase heading a "with" attribute ("<name> with her nephew", "me with one of my
aunts") names people beside the subject, not a look of the subject: it is a subject phrase of
its own, read by relations.py (reasoner._attr_is_subject)."""

SPEAKER_BESIDE = named_rule("speaker_in_a_with_phrase_is_drawn")
"""(round 23) "<name> with me", "<name> learning to ride with me": the speaker's own pronoun as the
whole of a "with" phrase names a person beside the subject, as "<name> and me" does (a pronoun is
no look of the subject): a subject phrase of its own, the owner's card where one presents them
(reasoner._attr_is_subject)."""

LOOKALIKES_BESIDE_A_SELECT = named_rule("lookalikes_beside_a_select")
"""A generic phrase describing several look-alike subjects leaves which one open even where
another phrase of the request selects something else ("a red-bearded dwarf smith beside <name>",
"<look-alike description> in <style>"): the selected thing answers its own phrase, not this one,
so the question over the look-alikes is asked (select.Selector._lookalikes)."""

POINTED_LOOKALIKE = named_rule("pointed_lookalike_beside_a_select")
""""The <noun>" points at one thing the listener can tell; where the user has two look-alikes
that noun names (two pugs, two ginger cats) and the request's other phrase selects someone else
("me cuddling the <breed>"), the select answers its own phrase, not this one: which look-alike
is still open, and the contract asks first. Only where that phrase read alone is the question
over subjects of one class noun and none of them was chosen (lookalikes.py, select.py)."""

FIRST_WHEN = named_rule("first_before_a_past_verb_is_when")
""""first" before a past-tense verb ("when we first danced", "the year she first moved here") is
the adverb "for the very first time", dating an event; it does not count the family's versions
(versions._ordinals_count_time)."""

ONE_BASE = named_rule("one_base_model_per_picture")
"""The LoRAs drawn together in one picture load on one base model: where a family with versions
on several bases had an older version picked by a cue or its words, the styles and concepts
drawn with it, whose versions are ports of one look, are taken on that base when they have one
("<person with the look of their sd1.5 card> in <style with an sd1.5 and an SDXL version>" draws
the style's sd1.5 version). A person's or pet's version is a time of its life and stays
(reasoner._one_base)."""

ONE_BASE_SUBJECT = named_rule("subject_on_one_base_fixes_the_base")
"""A person's or pet's family trained on one base model only can be drawn on that base alone:
the styles and concepts drawn with it take their version on that base when they have one
("<grandparent trained on sd1.5 only> in <style with an sd1.5 and an SDXL port>" draws the
style's sd1.5 port) (versions.picture_base)."""

OCCASION = named_rule("occasion_dates_the_version")
"""An occasion happens once, at one time of the subject's life: a request set at an occasion
("me at my graduation", "her on her wedding day") that exactly one version's card is dated by
("at her graduation in a gown") means that version (versions._by_occasion)."""

OCCASION_NAMES = named_rule("occasion_named_in_any_language")
"""Festivals and life events are named in the family's languages as often as in English ("at
wigilia", "that diwali", "at her chrzciny", "on his naam karan", "my khetbe"): every name of an
occasion in the languages of timewords.OCCASIONS (the ~35 most spoken home languages of
immigrant households in the US, UK, Canada and Australia) is read as that occasion, on the
request and on the cards, so a card "at his christening party" dates the version a request "at
chrzciny" means (versions._named_occasions, read by occasion_dates_the_version)."""

DAY_IT_HAPPENED = named_rule("the_day_it_happened_is_an_occasion")
""""the day he opened the stall", "the day they moved in", "the day he came home": a day named by
what happened on it is an occasion as "opening day" or "moving day" is, the event's verb its
name; so a card "the day they moved in" is dated by a request "on moving day"
(versions._day_events, read by occasion_dates_the_version)."""

ANYONES_OCCASION = named_rule("an_occasion_after_a_is_anyones")
"""An occasion after "a"/"an" ("at a wedding dance", "at a christening") is one of many the
subject goes to, anyone's; only the subject's own ("on their own wedding day", "at his christening party",
"at the graduation ball", "that diwali") happens once in their life and dates a version
(versions.occasion_terms, read by occasion_dates_the_version)."""

YEARS_AGO_OTHER = named_rule(YEARS_AGO_RULE)
"""A count of years back is said in the family's language as often as in English ("4 saal
pehle", "hace 3 años", "5 lat temu", "il y a 2 ans", "3 anni fa", "3年前"): each language's
frame of timewords.YEARS_AGO gives that year, as "N years ago" does (dates._foreign_ago_dates);
the count is then no age (stages.request_span)."""

TWO_DIGIT_SEASON = named_rule(TWO_DIGIT_SEASON_RULE)
""""autumn 21", "summer '19", "fall of 22": a season with its year written in two digits, as
chat and speech drop the century, is that season of that year (dates._two_digit_year)."""

OTHER_AGES = named_rule(OTHER_AGES_RULE)
"""Many languages say an age by the years one "has" (Spanish, French, Italian, Portuguese,
Romanian, Arabic, Greek, Persian, Polish: "when I had 15 years", "she has 3 years") or with their
own word for years after the count ("at 17 años", "3 saal di", "12 lat", "17 yaşında"): that age
is the subject's, as "at 17" is (stages._HAD_YEARS_RE, _BARE_YEARS_RE, words of
timewords.YEAR_WORDS)."""

POSSESSED_ORDINAL = named_rule("possessed_ordinal_counts_the_owners_things")
"""An ordinal after a possessor ("his first red scarf", "her second car", "my first bike")
counts the owner's things or times of life, not the family's versions: the version is then read
from the request's other cues ("at 4 and a half"), not taken to be the first
(versions._ordinals_possessed)."""

DATE_WORDS = named_rule(DATE_WORDS_RULE)
"""The words of a date the request gives ("autumn 2021", "summer '19", "3 saal pehle", "hace 3
años") are the version cue they make, not words of the phrase naming the subject: "<name> autumn
21" is that person then, not a person named "<name> Autumn" (intent._Splitter.close)."""

BARE_NOUN = named_rule(BARE_NOUN_RULE)
"""Chat drops the article of a request's first phrase: "man doing a lunge", "small boy with
a kite", "cat as a woodblock print". A singular noun for a kind of person or animal (WordNet's
person and animal classes) that opens the request bare, with no determiner, possessor, name or
kinship word, points at any one of that kind as "a man" does, not at the user's people or pets of
that class noun; what it does or wears is then the concept or style asked for
(intent.bare_generic_noun)."""

LOOK_BEFORE_BARE = named_rule(LOOK_BEFORE_BARE_RULE)
"""A request that opens with a style or concept LoRA's name before a bare noun for a kind of
person or animal ("<style name> reindeer", "<style name> sheep in a pen") asks for that look on
any one of that kind: the name says how it is drawn, not which of the user's animals it is, and
the noun is as bare as it is alone (bare_opening_noun_is_generic; intent._Splitter._after_look_name).
A word a subject card's name has is no look's."""

LOOK_ARTICLE = named_rule(LOOK_ARTICLE_RULE)
"""In "<medium> sketch of a ram", "pixel art of an owl" the words before "of" only say how the
picture is drawn (words only style and concept LoRAs use): they frame the noun as "a likeness
of" does, so the noun after "of a/an" is any one of its kind, none of the user's, and the look
words name the look in a phrase of their own (round 31; intent._Splitter._look_of_any).
Read as one phrase, the phrase had no article and the noun pointed at the user's own."""

ARTICLE_SHARED = named_rule(ARTICLE_SHARED_RULE)
"""English lets one article govern coordinated nouns: "with a hat and scarf" is a hat and a
scarf. In what a figure has ("with a <X> and <Y>"), the noun after "and" is as generic as the
one the article stands before, also where it is a word of a LoRA's name, so it names no one of the
user's subjects by a tag (intent._Splitter.article_shared). A capitalised word, a possessive or
a kinship word after "and" is a person and keeps its own reading."""

NAME_JOINER = named_rule(NAME_JOINER_RULE)
"""A name may join two words with "and" ("<surname> & Sons", "Bread and Roses", "<A> + <B>
Bakery"): the joiner is inside the name and separates no two things. Typed with "&", "and",
"+" or "n" between the same two words, the request names that one card, not one thing per side
(intent.name_joins, intent._Splitter.inside_a_name)."""

PURPOSE_ENDS_SUBJECT = named_rule(PURPOSE_RULE)
"""(round 22) "For" + a determiner or possessive after a subject phrase ("<who> for the <occasion>
card", "<product> for our <shop's> window", "<pet> for my nan") names the picture's purpose or its
recipient, not another thing drawn in the same phrase: the subject phrase ends before "for", so
its head is read alone, as purpose_phrase_ends_the_medium does for "in <medium> for <occasion>"
(intent._Splitter.purpose_after_a_subject)."""

WHOLE_NAME = named_rule(WHOLE_NAME_RULE)
"""(round 22) A name of two words is one name: typed whole, in any case, each of its words is a
word of that name, even one that elsewhere is a cue (a month's short form, "back", "last"), and no
reading of a variety's grammar splits it into a possessor and a possessed noun (a generation
name, a given name after a family name, a title the card writes as part of the name). So the
words stay the mention's, the rewrites of chat.restore leave the name as typed, and a kinship word
in it is the name's, no relation phrase (text.typed_name_words, chat.restore, evidence.gather,
reasoner._related)."""

ING_AFTER_NAME = named_rule(ING_AFTER_NAME_RULE)
"""(round 22) English puts no noun-modifying -ing word after a given name: "<name> braiding
<name>'s hair", "<name> feeding the ducks" is the one named doing something, even where a card
knows the -ing word's stem as a noun (which before an unknown noun makes it an adjective, "running
shoes"). Right after a name and before a determiner, a possessive, a function word or the end, the
phrase ends before it (intent._Splitter.ing_after_name)."""

AGE_FRAME = named_rule(AGE_FRAME_RULE)
"""(round 22) An age said with a number and its frame ("<name> aged 4", "age 4", "turning 40",
"3 years old", "9 y/o", "eleven weeks old") says when, which version (stages.py reads it), and
describes no one: after the phrase's head its frame words are no words of the phrase, so "aged"
or the "old" of "years old" does not reach an old person's card beside the name. Opening the
phrase ("my 5 year old") the age is the noun, a child of that age (stages.age_frame_spans)."""

NAMES_IN_A_ROW = named_rule(NAMES_IN_A_ROW_RULE)
"""(round 22) Chat lists people with spaces alone ("me <name> <name> and <name>"): nobody is
called by two people's given names, so a person's given name right after another person's (or
after "me"), where no card's name joins the two, opens a phrase of its own and each person is
drawn. A lower-case word English has keeps its reading (intent._Splitter.listed_name)."""

CONTACT_CLAUSE = named_rule(CONTACT_CLAUSE_RULE)
"""English drops the "that" of a relative clause whose object is the noun before it: "the
quilt gran sewed" is the quilt that gran sewed. A kinship word or a name right after a noun of
the phrase, followed by a past-tense verb that ends the clause, is who made or did the thing,
not someone drawn: the clause reads as the scene, and the phrase before it keeps its noun
(intent._Splitter.contact_clause)."""
KIN_BESIDE_KIN = named_rule(KIN_BESIDE_KIN_RULE)
"""(round 29) A short kinship word of another language that collides with English or a name
needs kin position to be read as kinship ("my <word>"): "and" with a kinship noun is kin
position too, so "<word> and <kin noun>" is two relatives, each a phrase of its own, as two
kinship nouns are (intent._Splitter.relatives)."""
PAST_AFTER_HEAD = named_rule(PAST_AFTER_HEAD_RULE)
"""British and Irish English say "sat"/"stood" for "sitting"/"standing", and any speaker may
tell what the one drawn did in the past tense ("<pet> sat on the step", "<relative> wore her
pearls"): a past-tense verb right after the head noun is the clause's verb, no describing word
of the noun, so the phrase ends before it (intent._Splitter.past_after_head)."""
PRESENT_AFTER_NAME = named_rule(PRESENT_AFTER_NAME_RULE)
"""A given name heads no compound: what follows it, where English has it as a present-tense
verb ("<pet> plays in the yard", "<child> and <child> dance", chat's "<name> sleep" without
agreement), is what the one named does, so the phrase ends before it and the name is the
mention (intent._Splitter.present_after_name)."""
OWN_LOOK = named_rule("own_look_is_no_style")
"""A phrase describing how a chosen thing looks ("our shop with the <colour> <material> sign",
"the boat with the painted <pattern> hull") says what the thing is like, and its card says so in
the same words: a style or concept LoRA that the phrase's words would mean in other words is not
asked for by it (select.Selector._own_look, in _described_loras): every content word of the
phrase, at least two, on the chosen card's description and tags."""

ME_LISTED = named_rule(ME_LISTED_RULE)
""""me" after a verb of making is the one the picture is for ("sketch me one"), but a colon,
comma or dash before it ends the phrase before: "group photo: me, <name> and <name>" lists who is
drawn, "me" among them, as a list of names does in any language's chat (intent.listed_after)."""

CONTAINED_NO_KIN = named_rule("contents_of_a_container_are_no_relative")
"""(round 20) "A <container> of X" ("a jug of", "a flask of", "a tureen of") makes X what the
container holds, stuff, never a person: a kin word there ("a jug of <a word families also call
a grandfather by>") is the drink or food it also names, not the relative a card's description
says is called so (reasoner._related; the container reading: intent.framing_of)."""

FRAMING_NOUN = named_rule(FRAMING_NOUN_RULE)
"""(round 20) English puts nothing but modifiers between an article and its noun: a word that
elsewhere frames the request ("show me", a picture noun before "of": text.FILLER) but is also an
English noun and no adjective, standing right after "a"/"an"/"the" and right before another
noun, modifies that noun ("a show pony" is a pony, "a picture rail" a rail, "a photo frame" a
frame), so it is a word of the phrase, and a card reached by the head alone is judged with
it (intent.framing_nouns)."""

BIRTH_ORDER_CUE = named_rule(BIRTH_ORDER_CUE_RULE)
""""My oldest", "our eldest" name a child by birth order (kinship.birth_order, read after the
possessive, so "oldest" there is the everyday American and Australian word for the eldest): the
word that elsewhere picks a LoRA's first version ("<name>'s oldest version") is no version cue in
that phrase; the child's version is chosen by the request's other words (intent._no_birth_order)."""

PORT_LOOK = named_rule("a_port_keeps_the_look")
"""A version whose card names the base model it was made for ("<style> for SDXL: crisper
lines", "retrained on Flux") is the same concept ported to a new base: what the earlier card
says of the concept (its colour, its length, its place) still holds, so those words do not pick
the older version; only what the port's card contradicts or a version cue does
(versions._carry_a_ports_look)."""

NEW_REPLACES_OLD = named_rule("what_is_new_is_not_carried_over")
"""A later card that says it is "the same <thing>" and then names "a new <part>" ("the same
farmhouse with a new tin roof") says that part was replaced: the earlier card's words for that
part ("the old thatched roof") describe the earlier version only, so they are not carried over
by the_same_look_carries_over (versions._carry_the_same_look)."""

PAST_STATE_IS_OLDER = named_rule("past_state_prefers_the_older")
""""the bakery back when it was ...", "when she used to wear ...", "from when ...": a clause that places the
picture at a past state of the subject says that state is over; where the describing words fit
several versions equally, the older one is meant, not the newest, which shows the subject as
it is now (versions._by_words)."""

FIRST_TIME_OLDEST = named_rule("first_time_is_the_oldest")
"""(round 29) Extends first_time_is_the_start: "when we first fostered her", "back when I first <did>"
place the picture at the beginning of the story the versions tell; where no card is dated by
that event and no version's own words decide, the oldest version is meant, not
past_state_is_not_the_newest's "the one before now" (versions._not_as_now)."""

PAST_STATE_NOT_NOW = named_rule("past_state_is_not_the_newest")
"""(round 21) Extends past_state_prefers_the_older: where a clause places the picture at a past
state ("back when <we> first <did>", "when <it> had ...") and no version's own words fit, the
newest, which shows the subject as it is now, is the one not meant: the version before it is
(versions._by_words)."""

OLD_PART = named_rule("old_part_is_the_earlier_version")
"""(round 21) English calls a part of a thing "old" once it has been replaced ("the <product>
with the old <label>", "in the old <box>", "the <shop> with the old <sign>"): a thing's (no
being's) request naming an "old <part>", a part its cards mention or a container (a product's
packaging), and no version's own words, means the version before the newest
(versions._old_part). The thing's own name after "old" is age_word_keeps_the_name's."""

CLIPPED_CARD_WORD = named_rule("clipped_word_is_the_cards_word")
"""Speech clips a long noun to its start ("refurb" a refurbishment, "recon" a reconstruction):
a request word English does not have, that starts a word a version's card says,
describes that version as the full word does (versions._clip_forms)."""

EVENT_OF_A_TIME = named_rule("the_time_it_happened_names_the_event")
""""the month we adopted her", "the summer they moved in", "the year she retired": a stretch of time
named by what happened in it is dated by that event as "the day it happened" is
(versions._event_verbs, read by occasion_dates_the_version)."""

EVENT_IN_OTHER_WORDS = named_rule("event_told_in_other_words")
"""People tell one event with different verbs ("the year we bought the van" and "the
year we purchased it"): a request's event verb dates the version whose card tells the event with a verb that
shares one of the frequent senses of the request's verb (WordNet verb synsets)
(versions._by_occasion)."""

FIRST_TIME_IS_THE_START = named_rule("first_time_is_the_start")
""""from when she first baked it", "as we first painted it", "when we first danced": "first" before a
past verb dates the beginning of the owner's story with the subject; a request saying so means
the one version whose card is dated the same way, whatever the verb (versions._day_events)."""

POSSESSED_OCCASION = named_rule("possessed_occasion_dates_the_picture")
""""my graduation photo", "their christening portrait", "her quinceañera picture": an occasion
after a possessive names the subject's own occasion as an occasion phrase does, and dates the version
that occasion dates (versions._possessed_occasions, read by occasion_dates_the_version)."""

BIRTHDAY_ORDINAL = named_rule(BIRTHDAY_ORDINAL_RULE)
""""for her 21st", "on grandpa's 90th", "at my 50th": an ordinal after a possessor with no noun of its
own is the birthday the speaker leaves unsaid, an age as "on her 30th birthday" is, not the
place of a version in its family (stages._ORDINAL_ALONE_RE, read by age_picks_the_version)."""

YOUNG_OF_A_KIND = named_rule(YOUNG_OF_A_KIND_RULE)
""""as a young mare", "when he was a young stallion": "young" before a noun of an animal kind says the
animal's youth as "puppy" or "foal" does, so the version showing it youngest is meant
(stages._young_of_a_kind, read by age_picks_the_version)."""

NAME_IS_NO_KIND = named_rule(NAME_IS_NO_KIND_RULE)
"""A breed, make or variety named after a person (a tag's last word that WordNet has only as the
names of people or places) says nothing about whether the family is a person: whether human
stages or an animal's apply is read from the family's other words (stages.is_person). Round 20:
for the same reason a word WordNet has only as a proper noun (a saint's, a composer's or a
writer's given name) opening a request bare is a name, no kind of person that
bare_opening_noun_is_generic reads as "a <kind>": a name typed a letter short of a card's
(clipped_given_name) stays that name (intent.bare_generic_noun)."""

PET_FORM_IS_A_NOUN = named_rule("pet_form_is_a_noun")
"""A pet form in -y/-ie is a noun ("doggy", "blankie", "puppy"); an -y word English has only as an
adjective ("bushy", "sandy", "hairy") names a quality like the thing, not the thing: "a heap of sand"
is not described by a card's "sandy fringe" (versions._pet_forms)."""

OLDEST_STATE_BEFORE_CHANGE = named_rule("changed_part_is_the_oldest_state")
""""before he dyed his beard", "before we painted the door": where only the oldest version's card
describes the part the change touched (her long hair, the old door), the clause names that part
as it was, and no version is older than it: the oldest is meant (versions._by_words)."""

GONE_WAS_THERE_BEFORE = named_rule("gone_was_there_before")
"""A card that says a part is gone ("cut his braids off", "no glasses now", "shaved the goatee
off") says the versions before it had it: a request describing the subject by that part, which no
version from that card on has, means the version just before the card that says it went
(versions._before_it_went)."""

DESCRIBED_KIND = named_rule("description_says_what_a_concept_is")
"""synonyms.described_kinds: a concept card's description opens with what the thing is, often more
narrowly than its class noun ("Green dungarees ..." on a card of class "clothing"); that noun
phrase and its head, where WordNet files the head under the class noun, are the card's naming
phrases, so a describing phrase headed by it is no other kind (paraphrase._other_words_mean)."""

CLAUSE_ENDS_THE_PHRASE = named_rule("clause_after_the_thing_ends_its_phrase")
"""paraphrase.clause_end: a describing phrase ends before a comparison ("like", "as") or an -ing
verb opening a clause of its own; the words after it say something else of the figure."""

COMPARISON_OWN_WORD = named_rule("comparison_headed_by_a_styles_own_word")
"""paraphrase.ParaphraseIndex._compared_by_own_word: "like (a) <X>" whose head is a word one style
names itself by is that style on less closeness in meaning (COMPARISON_MIN_COSINE), with the full
margin."""

COMPOUND_ENTRY = named_rule("compound_entry_names_its_kind")
"""paraphrase.entry_of_the_kind: a modifier and head WordNet has as one entry, a kind of what the
card names itself by, is the card's kind in other words, not its head with a card word before it."""

HELD_THING = named_rule("held_thing_is_a_concept_phrase")
"""paraphrase.HELD: "holding/carrying/hauling/playing (up) <X>" says what the figure has in hand, a
prop or a vehicle LoRA's thing, as "with <X>" does: a concept phrase, compared with concept cards."""


LEARNED_ARBITER = named_rule("learned_arbiter")
"""arbiter.py (round 25): after every stage has decided, boosted trees fitted on the labelled
repositories weigh the decision against a few nearby ones (the leading family alone, a question
between the leading two or three, none, one card more or less) and take one only when its
predicted worth (+1 right, -2 a wrong checkpoint) leads keeping the decision by a fitted margin.
It sees numbers about the evidence (probabilities, retrieval scores, the decision's shape), never
the words, so it can only learn how evidence and answers relate, not any request's phrasing."""


MEANING_DOUBTS = named_rule("meaning_doubts_a_select")
"""second_opinion.py (round 22): a select whose family the request's whole meaning finds unlikely,
while it puts another family of the same role (subject for subject, look for look) far ahead, is
a word-level coincidence as often as not: the user is asked between the two. A select the request
names (a verbatim trigger, or the card's whole name) or reaches through a kinship word or the
speaker's own pronoun ("<name>'s cousin", "me") is never doubted: a sentence vector leans to the
person named, not the one related."""

