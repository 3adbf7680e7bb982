"""The fast local reasoner: which concept family (and which version) does each mention name?

Three layers:
  (a) features.py — per request word and family: the card field matched, how (exact, stem,
      fuzzy, compound, hyphen part, dense synonym) and how strongly;
  (b) rules.py — named rules, each a small function with its linguistic reason, that drop or
      reweigh matches (every one can be switched off: `personalq bench select --ablate`);
  (c) evidence.py (share of the idf-weighted evidence, rivals compared on the words where they
      differ) and this module: phrases grouped with the attributes and cues that describe them,
      each resolved to SELECT / CLARIFY / NONE, then versions (versions.py).

The request text travels as an argument (`Context.text`), so the reasoner is a plain function
of (index, request) and safe to call from any thread.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass, field, replace
from enum import StrEnum
from functools import lru_cache

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.ordinary import ROLE_NOBODY, cleric_is_nobody
from personalq.checkin.evidence import (Context, Evidence, confidence, enough_evidence, gather,
                                        plausible, score)
from personalq.checkin.features import CatalogIndex, Family, MatchKind, a_person, presents_owner
from personalq.checkin.intent import (Determiner, Intent, Mention, Role, VersionCue, name_joins,
                                      parse, possessed_head, possessor_mention)
from personalq.checkin.options import question_for, resolve_answer  # noqa: F401 (re-exported)
from personalq.checkin.ages import (SMALL_WORDS, YOUNG_PERSON_WORDS, YOUNG_WORDS, born_in_order,
                                   little_one, newborns)
from personalq.checkin.dates import reference_day
from personalq.checkin.stages import HUMAN_STAGES, age_noun, born_year, card_span
from personalq.checkin.kinship import JUNIOR_KINDS, SECOND_READINGS, Rel, birth_order, rel_of
from personalq.checkin.relations import (ABSENCE_WORDS, NO_LINK, OWNER, PLURAL_MARKERS, Answer, Ref, Relations, compose,
                                         name_like, rare_noun_name, reference,
                                         role_word_name, speaks_in_first_person)
from personalq.checkin.text import (PURPOSE_PREPOSITIONS, ANY_PICTURE, CATEGORY_WORDS, CARRYING_WORDS, CHECKPOINT_WORDS, CUE_WORDS, FILLER, STOPWORDS,
                                    TRANSPARENT, Token,
                                    stem, tokenize, verb_form)


def participle(tok: Token) -> bool:
    """An -ed form ("painted", "printed"): a verb or an adjective, never a medium's noun."""
    return tok.low.endswith("ed") and verb_form(tok.low)
from personalq.checkin.clipping import common_noun
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.paraphrase import broader_than_the_card
from personalq.checkin.switches import acted, switches
from personalq.checkin.tuning import (ART_NOUN_DEPTH, DESCRIBED_CONCEPT_WORDS, OWN_WORD_MAX_FAMILIES, MEDIUM_MIN_NAMING, NARROWER_DEPTH, NARROWER_REACH,
                                      NAMING_STRENGTH, PLACING_PREPOSITIONS, STRENGTH, STRONG, Field)
from personalq.checkin.versions import clause_marker, own_terms, pick_version, picture_base

__all__ = ["CatalogIndex", "Reasoner", "Resolution", "Outcome", "pick_version", "question_for",
           "resolve_answer"]

COMPOSING = ("style", "concept")  # kinds that compose with a subject
_OBJECT_PRONOUNS = frozenset("him her them".split())  # a verb's object, never its subject
_PRONOUN_REACH = 4  # words after a relation phrase where its verb's object pronoun stands
_PRONOUN_GENDER = {"her": "f", "she": "f", "hers": "f", "his": "m", "he": "m"}
_BESIDE_WORDS = frozenset("to beside alongside and plus versus vs meets near".split())



_POINTERS = ("the", "my", "our")  # what opens "the young laddie" as the household's own child


def _ordered_young(ctx: Context, toks: list, i: int) -> bool:
    """birth_order_before_the_young_lad (round 21): "the eldest young lad", "our youngest
    wee lass": a birth-order word between the pointer and "young" picks among the children of
    that gender by the order a card states or the ages show."""
    return i >= 2 and toks[i - 2].low in _POINTERS and \
        birth_order(toks[i - 1].low, True) in ("eldest", "youngest") and \
        ctx.on(rules.ORDER_BEFORE_YOUNG)

class Outcome(StrEnum):
    SELECT = "select"
    CLARIFY = "clarify"
    NONE = "none"


@dataclass
class Resolution:
    """The reasoner's answer for one mention (or a merged group of mentions)."""

    role: Role  # SUBJECT, STYLE or CONCEPT
    mention: Mention
    outcome: Outcome
    families: list[str]  # plausible families, best first
    cards: list[Card]  # one card per plausible family (the version the cues pick)
    scores: dict[str, float]
    matched: dict[str, list[Token]] = field(default_factory=dict)  # family -> core words
    cue: VersionCue = field(default_factory=VersionCue)
    extra_words: list[Token] = field(default_factory=list)  # from attribute phrases
    evidence: Evidence | None = None
    related: bool = False  # decided by the relations the cards state (relations.py)


@dataclass
class Group:
    """A phrase that may name a concept, with the attribute words and cues that describe it."""

    role: Role  # SUBJECT, SCENE or STYLE
    mention: Mention
    extra: list[Token] = field(default_factory=list)  # attribute phrases' words
    cue: VersionCue = field(default_factory=VersionCue)
    secondary: list[list[Token]] = field(default_factory=list)  # scene phrases describing it
    owned: list[Token] = field(default_factory=list)  # its body part a phrase names ("lap")


def _empty_group() -> Group:
    return Group(Role.SUBJECT, Mention(Role.SUBJECT, [], Determiner.NONE, 0, 0))


def beside(text: str, mention: Mention) -> bool:
    """A new thing placed next to the subject ("... next to a blue caravan"), not a description of
    it ("... wearing a red scarf")."""
    if mention.determiner not in rules.GENERIC:
        return False
    before = text[:mention.start].split()
    return bool(before) and before[-1].lower() in _BESIDE_WORDS


def _baby_word(word: str) -> bool:
    """A word for a person in the first stage of life ("baby", "infant", "bub"; stages.py)."""
    stage = HUMAN_STAGES.get(word)
    return stage is not None and stage[0] == 0.0


_COORDINATORS = re.compile(r"(?:^|\s)(?:and|or|n|&|\+|with|plus)(?:\s|$)", re.I)


def _apposed_relations(text: str, out: list[Resolution]) -> list[Resolution]:
    """apposed_relations_are_one_person (rules.py): two relation phrases set side by side with
    only a comma between them, no "and"/"or"/"with" after them making a list, and at least one
    taken through someone else ("<X>'s mum, <Y>'s granny") name one person twice, from two
    people's side: the person is one both phrases fit, so where one of them fits nobody in the
    repository, it is nobody. ("my dad, my sister" are two people: one person is not both.)"""
    out = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.related and b.related and a.role == b.role == Role.SUBJECT) or \
                text[a.mention.end:b.mention.start].strip() != "," or \
                _COORDINATORS.search(text[a.mention.end:]):
            continue
        through = [any(t.possessive and t.low not in ("my", "our") for t in r.mention.all_tokens)
                   for r in (a, b)]
        if not any(through) or (a.outcome != Outcome.NONE) == (b.outcome != Outcome.NONE):
            continue
        out[i], out[i + 1] = (Resolution(r.role, r.mention, Outcome.NONE, [], [], {}, {}, r.cue,
                                         r.extra_words, None, related=True) for r in (a, b))
    return out


_SIDE_AFTER = re.compile(r"^\s*,?\s*(?:on|from)\s+(?:(?:my|our|the)\s+)?([\w-]+?)(?:'s|\u2019s|s)?"
                         r"\s+side\b", re.I)
_SIDE_WORDS = {"maternal": "maternal", "paternal": "paternal", "mother": "maternal",
               "father": "paternal"}


def _with_side_said_after(ref: Ref, after: str, own: bool = True) -> tuple[Ref, int]:
    """side_said_after_the_relative (rules.py): "my grandpa on my mum's side", "an aunt from
    the paternal side": the phrase after the relative says which side of the family, as
    "maternal grandfather" does; a relative of the other side is no answer. Returns the
    relation and how many characters of `after` said the side (0: none). `own`: rule
    my_side_is_the_owners_blood ("the kids' nan on my side")."""
    m = _SIDE_AFTER.match(after)
    if m is None or ref.path[-1].side:
        return ref, 0
    word = m.group(1).lower()
    if own and word in ("my", "our"):
        return _own_blood(ref), m.end()
    side = _SIDE_WORDS.get(word, "")
    found = rel_of(word, True) if not side else None
    if found and found[0].kind == "parent" and found[0].gender and not found[0].in_law:
        side = "maternal" if found[0].gender == "f" else "paternal"
    if not side:
        return ref, 0
    path = ref.path[:-1] + [dataclasses.replace(ref.path[-1], side=side)]
    return dataclasses.replace(ref, path=path), m.end()


def _own_blood(ref: Ref) -> Ref:
    """my_side_is_the_owners_blood (rules.py): a chain the owner starts ("the twins' nonna") said
    to be on the owner's side is the one relation of it that is no in-law."""
    if ref.anchor != OWNER or len(ref.path) < 2:
        return ref
    blood = [r for r in compose(ref.path) if not r.in_law]
    return dataclasses.replace(ref, path=blood) if len(blood) == 1 else ref


_OF_RELATIVES = re.compile(r"\s+of\s+(the|my|our)\s+([\w-]+)(?:'|\u2019)?(?=$|[\s,.;:!?])", re.I)
_ONE_DETERMINERS = frozenset("a an one any some".split())


_PAIR_DETERMINERS = frozenset("my our".split())


def _coordinated_possessor(text: str, out: list[Resolution]) -> list[Resolution]:
    """coordinated_possessors_share_the_relative (rules.py): "<A> and <B>'s <relative>": the
    possessive closes the coordination, so the one word <A> before "and" is a possessor, no
    subject of its own. Where <A> and <B> are both kinship words ("ma and pa's", "nan and
    grandad's") the pair owns whatever follows, a pet or a thing too."""
    drop = set()
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        toks = a.mention.all_tokens
        kin = toks[1:] if len(toks) == 2 and toks[0].low in _PAIR_DETERMINERS else toks
        pair = len(kin) == 1 and b.mention.all_tokens and rel_of(kin[0].low, True) is not None \
            and rel_of(b.mention.all_tokens[0].low, True) is not None  # "our ma and pa's"
        if pair:
            toks = kin
        if a.role == b.role == Role.SUBJECT and (b.related or pair) and len(toks) == 1 and \
                not toks[0].possessive and b.mention.all_tokens and \
                b.mention.all_tokens[0].possessive and \
                text[a.mention.end:b.mention.start].strip().lower() in ("and", "&", "n"):
            drop.add(i)
    return [r for i, r in enumerate(out) if i not in drop]


_TOWN_PREPOSITIONS = frozenset("in from".split())
_TOWN_WORDS = 2  # a town's name: "Accra", "Angeles City"
_PLACE_DETERMINERS = frozenset("the a an my our his her their this that".split())


def _absent_relatives_town(text: str, out: list[Resolution]) -> list[Resolution]:
    """absent_relatives_town_is_theirs (rules.py): "my uncle in Accra", "my cousin back in
    Manila": a bare "in/from <place>" right after a relative the repository lacks says where
    that person lives, not a scene of the owner's to draw: it names no card either."""
    absent = [a for a in out if a.role == Role.SUBJECT and a.related and a.outcome == Outcome.NONE]
    drop = set()
    for i, b in enumerate(out):
        toks = b.mention.all_tokens
        if b.role == Role.STYLE or not toks or toks[0].low not in _TOWN_PREPOSITIONS or \
                len(toks) > _TOWN_WORDS + 1 or \
                any(t.low in _PLACE_DETERMINERS or t.possessive for t in toks):
            continue
        if any(a.mention.end <= b.mention.start and
               text[a.mention.end:b.mention.start].strip().lower() in ("", "back", "back home")
               for a in absent):
            drop.add(i)
    return [r for i, r in enumerate(out) if i not in drop]


class Reasoner:
    """Resolve every mention of a parsed request against the catalog."""

    def __init__(self, index: CatalogIndex, ratio: float = 0.75, confirm_below: float = 0.0,
                 disabled: frozenset[str] = frozenset()):
        """ratio: how close a rival family must come to stay plausible (lower asks more);
        confirm_below: a lone family whose confidence is below this is offered as a question
        instead of being selected (0: never); disabled: rule names switched off (ablation)."""
        self.index = index
        self.ratio = ratio
        self.confirm_below = confirm_below
        self.disabled = switches(disabled)
        self.relations = Relations(index, disabled=self.disabled)
        # who is whose relative, as the cards say
        # optional: (family, clue text) -> the version whose own text is closest in meaning, or
        # None; the Selector plugs in MiniLM for appearance words no card has
        self.version_oracle = None
        self._youngest: str | None = None  # the family's little one, on first need (ages.py)
        self._joins: frozenset[tuple[str, str]] | None = None  # intent.name_joins, on first need

    def parse(self, request: str) -> Intent:
        if self._joins is None:
            self._joins = name_joins(c.name for f in self.index.families.values() for c in f.cards)
        return parse(request, self.index.naming_vocab, self.index.names,
                     generic_possessor=rules.GENERIC_POSSESSOR not in self.disabled,
                     coordinated_relatives=rules.COORDINATED_RELATIVES not in self.disabled,
                     off=self.disabled, joined=self._joins, name_pairs=self.index.name_pairs,
                     given=self.index.given_names, looks=self.index.look_words)

    def resolve(self, intent: Intent, allowed: set[str] | None = None) -> list[Resolution]:
        """One Resolution per phrase that may name a concept. `allowed`: only these families
        may be chosen (a caller that narrowed the candidates first)."""
        ctx = Context(self.index, intent.request, self.disabled)
        if ctx.on(rules.RELATIONS):  # "my mother-in-law's dog": whose, by the cards' relations
            ctx.owners = lambda tok: self.relations.possessor_families(intent.request, tok,
                                                                       groups=True)
            ctx.owned = self.relations.owned_through_kin
        state = _State()
        self._composing_in_phrases(ctx, intent, state, allowed)
        for g in self._groups(ctx, intent, allowed):
            if g.role == Role.STYLE:
                self._resolve_style(ctx, g, state, allowed)
            else:
                done = len(state.out)
                self._resolve_subject(ctx, g, state, allowed)
                for res in state.out[done:]:  # "lap" in "nonna's lap" is hers: no LoRA's
                    if g.owned and res.outcome == Outcome.SELECT:
                        res.matched = {k: list(v) + g.owned for k, v in res.matched.items()}
        self._place_orphan_cue(ctx, state)
        if ctx.absorbed:
            state.out = [r for r in state.out if r.mention.start not in ctx.absorbed]
        state.out = acted(ctx.disabled, rules.COORDINATED_POSSESSOR, _coordinated_possessor(ctx.text, state.out), state.out)
        state.out = acted(ctx.disabled, rules.ABSENT_RELATIVES_TOWN, _absent_relatives_town(ctx.text, state.out), state.out)
        if ctx.on(rules.ONE_BASE):
            self._one_base(ctx, state)
        state.out = acted(ctx.disabled, rules.APPOSED_RELATIONS, _apposed_relations(ctx.text, state.out), state.out)
        state.out = acted(ctx.disabled, rules.ONE_PHRASE_ONE_THING, _one_thing_per_phrase(self.index, state.out), state.out)
        state.out = acted(ctx.disabled, rules.PROVENANCE, _provenance(self.index, ctx.text, state.out, ctx.disabled), state.out)
        state.out = acted(ctx.disabled, rules.OWN_THING_OF_THE_SUBJECT, _subjects_own_thing(self.index, state.out), state.out)
        return _merge_same_family(state.out)

    # -- one group --------------------------------------------------------------------------

    def _resolve_style(self, ctx: Context, g: Group, state: "_State", allowed) -> None:
        g = dataclasses.replace(g, mention=_before_purpose(ctx, g.mention))
        ev = gather(ctx, g.mention, ("style",), g.extra, allowed=allowed)
        res = self._decide(ctx, Role.STYLE, g, ev)
        state.out.append(res)
        if res.outcome != Outcome.NONE:
            return
        state.orphan.merge(g.cue)
        last = state.last
        if last is not None and g.mention.words and last[0].cue.is_empty() and \
                last[1].outcome == Outcome.SELECT and \
                last[1].cards[0] is self.index.families[last[1].families[0]].newest:
            # "as a <something>" that is no style describes the subject (when nothing else
            # chose its version already)
            self._describe(ctx, last[0], last[1], g.mention.words)

    def _resolve_subject(self, ctx: Context, g: Group, state: "_State", allowed) -> None:
        mention = g.mention
        answer = self._middle_child(ctx, g, allowed) or \
            self._in_birth_order(ctx, g, self._related(ctx, g, allowed)) or \
            self._little_one(ctx, g, allowed) or self._young_of_a_gender(ctx, g, allowed) or \
            self._born_in_order(ctx, g, allowed) or self._child_of_age(ctx, g, allowed) or \
            self._newborn(ctx, g, allowed)
        if answer is not None:
            self._resolve_related(ctx, g, state, answer)
            return
        if self._newcomer(ctx, g) or self._outsiders_thing(ctx, g) or \
                (g.role == Role.SUBJECT and ctx.on(ROLE_NOBODY) and
                 cleric_is_nobody(self.index, g.mention.words)):
            state.out.append(Resolution(Role.SUBJECT, mention, Outcome.NONE, [], [], {}, {},
                                        g.cue, list(g.extra), None, related=True))
            return
        ev = gather(ctx, mention, ("subject",), g.extra, allowed=allowed)
        res = self._decide(ctx, Role.SUBJECT, g, ev)
        if g.role == Role.SUBJECT and mention.determiner == Determiner.BACKREF and \
                ctx.on(rules.BACKREF_OWNER):
            res = self._owners_thing(ctx, g, res, state)
        if g.role == Role.SCENE and ctx.on(rules.SCENE_NEEDS_ANCHOR):
            # scene_needs_anchor: a place or action phrase names a concept only by a name or by
            # "my <class>"; otherwise its words describe the scene
            anchored = bool(ev.named) or (mention.determiner == Determiner.POSSESSIVE and
                                          res.outcome == Outcome.SELECT) or \
                _owned_alike(ctx, mention, res, ev)
            if not anchored:
                res = Resolution(Role.SUBJECT, mention, Outcome.NONE, [], [], ev.scores)
        last = state.last
        if res.outcome == Outcome.NONE:
            state.orphan.merge(g.cue)
            if g.role == Role.SUBJECT and last is not None and mention.words and \
                    not beside(ctx.text, mention):
                # no concept of its own: it describes the subject before it
                self._describe(ctx, last[0], last[1], mention.words)
        elif res.outcome == Outcome.SELECT:
            if last is not None and res.families == last[1].families:
                self._describe(ctx, last[0], last[1], mention.words)  # an apposition
                self._describe(ctx, last[0], last[1], g.extra)
                last[0].cue.merge(g.cue)
            else:
                state.last = (g, res)
        state.out.append(res)

    def _related(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """relation_through_kinship: a phrase about a relative ("my wife's parent", "Hana's
        daughter", "the twins") denotes the cards that state that relation (relations.py)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.RELATIONS) or not g.mention.all_tokens:
            return None
        if g.mention.determiner == Determiner.CONTAINER and ctx.on(rules.CONTAINED_NO_KIN):
            return None  # contents_of_a_container_are_no_relative: "a jug of <kin word>"
        ref = self.relations.reference(g.mention.all_tokens, ctx.text, g.mention.start)
        if ctx.on(rules.OF_RELATIVES_AFTER):
            ref = self._of_relatives_after(ctx, g, ref)
        if ref is None or self._is_a_name(ctx, ref.word) or ref.head.start in ctx.typed_names():
            return None  # a pet called Nana is Nana; "<given> <kin word>" typed as a card's name
        if ctx.on(rules.SIDE_SAID_AFTER):
            ref, used = _with_side_said_after(ref, ctx.text[g.mention.end:], ctx.on(rules.OWN_SIDE))
            ctx.claimed.update(t.start for t in tokenize(ctx.text)  # the side draws no one
                               if g.mention.end <= t.start < g.mention.end + used)
        answer = self.relations.resolve(ref, allowed)
        if answer is not None and not answer.families and ctx.on(rules.SECOND_KIN_READING):
            answer = self._second_reading(ref, allowed) or answer
        named = {k for t in g.mention.all_tokens if t.start > ref.head.start
                 for k in self.index.name_owners.get(t.low, ())}
        if answer is not None and ctx.on(rules.NAME_BESIDE_A_KIN_TITLE):
            answer, named = self._name_beside_title(g, ref, answer, named)
        if answer is not None and named and not named & set(answer.families):
            if ctx.on(rules.STRANGER_NO_RELATIVE) and ref.anchor == OWNER and \
                    all(self._stranger(k) for k in named) and \
                    named <= self._apposed_names(g.mention.all_tokens, ref.head):
                return Answer([], False, ref)  # "my cousin <a film hero's name>": nobody
            return None  # "my man Dave": the name says who, the relation word only how
        if answer is not None and answer.families and not named and \
                self._newcomer_after(ctx, g, ref):
            return Answer([], False, ref)  # "my sister Ines" where the sister is Vera: nobody
        if answer is not None and len(answer.families) > 1 and not named and \
                any(name_like(t) for t in _before_the_predicate(ctx, g.mention.all_tokens,
                                                                ref.head)):
            return None  # "tita jooy": a title before a name typed off; the name says which
        if answer is not None and ctx.on(rules.NAMED_SIBLING_SET):
            answer = self._sibling_set(ctx, ref, answer)
        if answer is not None and len(answer.families) > 1 and not ref.path[-1].gender and \
                ctx.on(rules.PRONOUN_GENDER):
            answer = self._by_pronoun(ctx, g, answer)
        return answer

    def _sibling_set(self, ctx: Context, ref: Ref, answer: Answer) -> Answer:
        """Rule the_name_siblings_are_a_set (round 21): "the <Name> brothers", "one of the <Name>
        sisters", "the <Name> brother": "the" cannot open "<Name>'s brothers", so the name
        labels a set of siblings, as English names one by a name they share ("the Wright
        brothers"): the person so named and those the cards make their siblings, one of whom
        is asked for."""
        if ref.path[-1].kind != "sibling" or ref.anchor in (OWNER, ""):
            return answer
        toks = tokenize(ctx.text)
        at = next((i for i, t in enumerate(toks) if t.low == ref.anchor and t.possessive), 0)
        named = [k for k in self.index.name_owners.get(ref.anchor, ()) if k not in answer.families]
        if not at or toks[at - 1].low != "the" or len(named) != 1 or not answer.families:
            return answer
        return Answer(named + list(answer.families), False,
                      dataclasses.replace(ref, said=ref.said + [toks[at]]))  # the name says no one

    def _by_pronoun(self, ctx: Context, g: Group, answer: Answer) -> Answer:
        """Rule pronoun_gives_the_relatives_gender: "the bairn blowing out her candles": the
        first third-person pronoun after a relation word of no gender, before any other person
        is named, refers back to the relative and says their gender (a possessive "her" before
        a noun, "his", "she", "he"; an object "her" is someone else)."""
        after = tokenize(ctx.text[g.mention.end:])
        for tok, nxt in zip(after, after[1:] + [None]):
            if tok.low in self.index.name_owners or rel_of(tok.low, True) is not None:
                return answer  # another person the pronoun may stand for
            gender = _PRONOUN_GENDER.get(tok.low)
            if gender is None or (tok.low == "her" and (nxt is None or nxt.low in STOPWORDS)):
                continue
            kept = [k for k in answer.families if self.relations.gender(k) == gender]
            return Answer(kept, answer.together, answer.ref) if kept else answer
        return answer

    def _name_beside_title(self, g: Group, ref: Ref, answer: Answer, named: set[str]
                           ) -> tuple[Answer, set[str]]:
        """Rule name_beside_a_kin_title_says_which (round 22): a kinship title of address
        stands before the name in some languages ("<aunt-title> <name>") and after it in others
        (Hindi-Punjabi, Korean, Japanese, Turkish honorifics: "<name> <elder-sister title>"):
        the name says who, the title only how they are addressed. So where the title, read as
        the speaker's relative, fits no one the cards state, a person's name right before it
        (not a possessive) names the phrase as one after it does ("<name> <kin>" may also be a
        possessive typed bare, "<name>'s <kin>", where such a relative is stated; and one
        addresses elders by title, juniors by name: a younger sibling's or a child's word after
        a name, or any kin word after the name of the speaker's own child, grandchild, niece,
        nephew or younger sibling, is that person's relative, no title); and where
        the title fits several people and the name is one of them, the name picks that one."""
        toks = g.mention.all_tokens
        k = next((i for i, t in enumerate(toks) if t.start == ref.head.start), 0)
        prev = toks[k - 1] if k > 0 else None
        owners = set(self.index.name_owners.get(prev.low, ())) if prev is not None else set()
        if prev is not None and not prev.possessive and prev not in ref.said and \
                ref.anchor == OWNER and not rel_of(prev.low) and not answer.families and \
                ref.path[-1].elder != "younger" and ref.path[-1].kind not in JUNIOR_KINDS and \
                not any(self._owners_junior(k) for k in owners):
            named = named | owners
        chosen = [f for f in answer.families if f in named]
        if chosen and len(chosen) < len(answer.families):
            answer = replace(answer, families=chosen)
        return answer, named

    def _owners_junior(self, key: str) -> bool:
        """Do the cards state this person is the owner's child, grandchild, niece or nephew, or
        younger sibling (one the owner calls by name, never by a title)?"""
        return any(f.anchor == OWNER and (f.rel.kind in JUNIOR_KINDS or f.rel.elder == "younger")
                   for f in self.relations.facts.get(key, ()))

    def _apposed_names(self, toks: list[Token], head: Token) -> set[str]:
        """The families named by the word right after the relation word ("my cousin <Name>"):
        a name further on is another thing of the request."""
        after = [t for t in toks if t.start > head.start][:1]
        return {k for t in after for k in self.index.name_owners.get(t.low, ())}

    def _stranger(self, key: str) -> bool:
        """Rule stranger_is_no_relative: a person whose cards state no relation and say nothing
        in the first person (a character downloaded from a work) is no one of the speaker's. A
        style or concept (a pose named by a verb) is no person at all: the rule leaves it."""
        fam = self.index.families[key]
        return fam.kind == "subject" and not self.relations.facts.get(key) and \
            not speaks_in_first_person(fam)

    def _second_reading(self, ref: Ref, allowed) -> Answer | None:
        """Rule kin_word_read_the_other_way: a kinship word that one variety of English gives
        another relation than the table's (kinship.SECOND_READINGS), read that way where the
        first reading finds nobody."""
        other = SECOND_READINGS.get(ref.word.lower())
        if other is None or not ref.path:
            return None
        answer = self.relations.resolve(dataclasses.replace(ref, path=ref.path[:-1] + [other]),
                                        allowed)
        return answer if answer is not None and answer.families else None

    def _of_relatives_after(self, ctx: Context, g: Group, ref: Ref | None) -> Ref | None:
        """relative_of_my_relatives_after (rules.py): "an aunt of the twins", "the mother of
        my children": the relatives after "of" own the one before it (a chain through them, as
        "the kids' grandparent"); their phrase is absorbed, naming no subject of its own."""
        m = _OF_RELATIVES.match(ctx.text[g.mention.end:])
        toks = g.mention.all_tokens
        if m is None or len(toks) > 2 or any(t.possessive for t in toks) or \
                (ref is not None and ref.anchor != OWNER) or (ref is not None and len(ref.path) > 1):
            return ref
        owner = rel_of(m.group(2), True)
        if owner is None or not owner[0].kind or owner[0].kind in NO_LINK or \
                (m.group(1).lower() == "the" and not owner[1]):
            return ref  # "a friend of the family"; "the mother of the bride" is anyone's
        head = toks[-1]
        found = self.relations.kin.relation(head.low, True)
        if found is None:
            return ref
        ctx.absorbed.update(t.start for t in tokenize(ctx.text)
                            if g.mention.end <= t.start < g.mention.end + m.end())
        one_of = len(toks) == 2 and toks[0].low in _ONE_DETERMINERS
        return Ref(OWNER, [owner[0], found[0]], head.low, head, plural=found[1] and not one_of,
                   one_of=one_of, said=list(toks))

    def _newborn(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """new_baby_is_born_lately (rules.py): "the new bub", "my newborn" is a child of the
        owner's born within NEWBORN_MAX_AGE by the ages the cards state: nobody where every
        child whose age is stated is older (the baby is not in the repository yet)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.NEW_BABY):
            return None
        toks = g.mention.all_tokens
        at = next((i for i in range(1, len(toks)) if toks[i - 1].low in ("my", "our", "the") and
                   (toks[i].low == "newborn" or
                    (toks[i].low == "new" and i + 1 < len(toks) and _baby_word(toks[i + 1].low)))),
                  None)
        if at is None:
            return None
        people = {k: self.index.families[k].cards for k, facts in self.relations.facts.items()
                  if any(f.anchor == OWNER and f.rel.kind in ("child", "grandchild") for f in facts)}
        day = reference_day()
        found = newborns(people, day.year + (day.month - 1) / 12.0)
        if found is None:
            return None
        found = [k for k in found if allowed is None or k in allowed]
        head = toks[min(at + 1, len(toks) - 1)]
        ref = Ref(OWNER, [Rel("child")], head.low, head, said=toks[at - 1:at + 2])
        return Answer(found, False, ref)

    def _newcomer_after(self, ctx: Context, g: Group, ref: Ref) -> bool:
        """named_newcomer_is_nobody, for a kinship word: "my <relative> <name>" where the name,
        right after the word, is no family's (not even misspelt) names a relative the
        repository lacks, whoever the relation alone would fit."""
        if not ctx.on(rules.NEWCOMER) or ref.anchor != OWNER:
            return False
        toks = g.mention.all_tokens
        at = next((k for k, t in enumerate(toks) if t.start == ref.head.start), None)
        if at is None or at + 1 >= len(toks) or ref.head.possessive:
            return False
        tok = toks[at + 1]
        if tok.start - ref.head.end > 1 or tok.possessive or not tok.low.isalpha() or \
                len(tok.low) < 2 or tok.low in STOPWORDS or tok.low in FILLER or tok.low in CUE_WORDS:
            return False
        if ref.plural and tok.low in PLURAL_MARKERS:
            return False  # "the pikin dem": a creole's plural, no name
        lx = lexicon()
        a_name = tok.capitalized or (lx is not None and not lx.has_word(tok.low)) or \
            (ctx.on(rules.RARE_NOUN_NAME) and rare_noun_name(tok)) or \
            (ctx.on(rules.ROLE_WORD_AFTER_KIN_IS_A_NAME) and role_word_name(tok))
        people = set(self.relations.facts)
        return a_name and not rel_of(tok.low) and \
            not any(k in people for k in self.index.lookup(tok).strengths)

    def _owners_thing(self, ctx: Context, g: Group, res: Resolution,
                      state: "_State") -> Resolution:
        """his_her_their_is_the_last_person's (rules.py): "his/her/their <noun>" after a person
        phrase is that person's thing. A person the repository lacks ("<X>'s wife holding
        their baby") has nothing in it: none. A person it has narrows a question to the one
        family whose cards say it is theirs, by any name of theirs or the relation their
        cards state ("my sister's ferret" for the sister)."""
        before = [r for r in state.out if r.role == Role.SUBJECT and r.mention.role == Role.SUBJECT
                  and r.mention.end <= g.mention.start]
        if not before:
            return res
        last = before[-1]
        if last.outcome == Outcome.NONE and last.related:
            return Resolution(Role.SUBJECT, g.mention, Outcome.NONE, [], [], {}, {}, g.cue,
                              list(g.extra), None, related=True)
        joint = ctx.on(rules.JOINT_OWNERS)  # "my grandparents with their goat": both's
        if res.outcome != Outcome.CLARIFY or last.outcome != Outcome.SELECT or \
                (len(last.families) != 1 and not joint):
            return res
        owners = set(last.families)
        words = {w for owner in owners for w in self.index.families[owner].name_lows} | {
            f.word for owner in owners for f in self.relations.facts.get(owner, ())
            if f.anchor == OWNER}
        fams = self.index.families
        kin = {k for owner in owners for k in ctx.owned(owner)} if joint else set()
        theirs = [k for k in res.families if k not in owners and (k in kin or any(
            k in self.index.postings.get(stem(w), {}) and stem(w) not in fams[k].categories
            for w in words))]  # the card's own words, not the broad category every person is in
        if len(theirs) != 1:
            return res
        i = res.families.index(theirs[0])
        return Resolution(res.role, res.mention, Outcome.SELECT, theirs, [res.cards[i]],
                          res.scores, {theirs[0]: res.matched.get(theirs[0], [])}, res.cue,
                          res.extra_words, res.evidence)

    def _outsiders_thing(self, ctx: Context, g: Group) -> bool:
        """outsiders_possession_is_nobodys_here (rules.py): "the <role>'s <noun>" where the
        possessor is a person's role word (no kinship, no broad word for anyone) that no card
        knows: someone outside the repository owns it."""
        if g.role != Role.SUBJECT or not ctx.on(rules.OUTSIDER_POSSESSOR):
            return False
        toks = g.mention.all_tokens
        return any(t.possessive and not t.capitalized and t.low.isalpha() and
                   rules.person_noun(t.low) and not rel_of(t.low) and
                   t.low not in CATEGORY_WORDS and not self.index.lookup(t).strengths
                   for t in toks[:-1])

    def _newcomer(self, ctx: Context, g: Group) -> bool:
        """named_newcomer_is_nobody (rules.py): "my <person noun> <name>" names the person
        by the name; where no card has that name, the person is not in the repository, whoever
        else the role word fits (the relation phrases of kinship are read by relations.py)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.NEWCOMER) or \
                g.mention.determiner != Determiner.POSSESSIVE:
            return False
        toks = g.mention.all_tokens
        return any(rules.person_noun(prev.low) and rules.unknown_name(self.index, tok)
                   for prev, tok in zip(toks, toks[1:])
                   if tok.start - prev.end <= 1 and not prev.possessive and not tok.possessive)

    def _little_one(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """little_one_is_the_youngest: a "little one" or "wee one" is how a family speaks
        of its small child: of the owner's own children first (a younger nephew is his own
        parents' little one), else of everyone (grown children: a grandchild), the one born last
        by the ages the cards state, while still a child, or the one a card calls "our youngest"
        (ages.py)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.LITTLE_ONE):
            return None
        toks = g.mention.all_tokens
        at = _little_one_at(toks)
        if at is None:
            return None
        if self._youngest is None:
            everyone = {k: self.index.families[k].cards for k in self.relations.facts}
            own = {k: cards for k, cards in everyone.items()  # a younger nephew is his parents'
                   if _own_child(self.relations.facts[k])}
            self._youngest = next((found for people in (own, everyone) if (found := little_one(
                people, [k for k in people if stem("youngest") in self.index.families[k].orders]))),
                "")  # grown children: the grandchild
        key = self._youngest
        if not key or (allowed is not None and key not in allowed):
            return None
        ref = Ref(OWNER, [Rel("child")], toks[at].low, toks[at], said=toks[at - 1:at + 2])
        return Answer([key], False, ref)

    def _young_of_a_gender(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """young_lad_is_the_child_of_that_gender: "our young laddie" is the owner's own son, the
        youngest by stated ages when there are several; where the ages cannot tell, a question
        between them (young_of_a_gender_asks_which)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.YOUNG_OF_A_GENDER):
            return None
        toks = g.mention.all_tokens
        at = next((i for i in range(1, len(toks) - 1) if toks[i].low in YOUNG_WORDS and
                   toks[i + 1].low in YOUNG_PERSON_WORDS and
                   (toks[i - 1].low in _POINTERS or _ordered_young(ctx, toks, i))), None)
        if at is None:
            return None
        gender = YOUNG_PERSON_WORDS[toks[at + 1].low]
        children = {k: self.index.families[k].cards for k, facts in self.relations.facts.items()
                    if _own_child(facts) and any(f.anchor == OWNER and f.rel.gender == gender
                                                 for f in facts)}
        order = birth_order(toks[at - 1].low, True) if toks[at - 1].low not in _POINTERS else None
        any_of_them = toks[at].low not in SMALL_WORDS and ctx.on(rules.YOUNG_IS_NO_COMPARISON)
        key = next(iter(children)) if len(children) == 1 else \
            self._child_in_order(children, order) if order else None if any_of_them else \
            born_in_order(children, "youngest") if children else None
        ref = Ref(OWNER, [Rel("child", gender)], toks[at + 1].low, toks[at + 1],
                  said=toks[at - 1:at + 2])
        if key is None and len(children) > 1 and ctx.on(rules.YOUNG_TWINS_ASK) and \
                (allowed is None or set(children) <= allowed):
            return Answer(list(children), False, ref)  # same age: which of them
        if key is None or (allowed is not None and key not in allowed):
            return None
        return Answer([key], False, ref)

    def _in_birth_order(self, ctx: Context, g: Group, answer: Answer | None) -> Answer | None:
        """Rule birth_order_narrows_the_relatives: several relatives answered, and an "eldest" or
        "youngest" word right before the kinship word: the one a card states in that order, else
        the one the stated ages put there."""
        if answer is None or len(answer.families) < 2 or answer.together or \
                not ctx.on(rules.ORDER_NARROWS_RELATIVES):
            return answer
        toks = g.mention.all_tokens
        at = next((i for i, t in enumerate(toks) if t.start == answer.ref.head.start), None)
        order = birth_order(toks[at - 1].low, True) if at else None
        if order not in ("eldest", "youngest"):
            return answer
        fams = self.index.families
        stated = [k for k in answer.families if any(birth_order(w, True) == order for w in fams[k].orders)]
        key = stated[0] if len(stated) == 1 else \
            born_in_order({k: fams[k].cards for k in answer.families}, order)
        return replace(answer, families=[key]) if key else answer

    def _child_in_order(self, children: dict[str, list], order: str) -> str | None:
        """The one of `children` a card says is the eldest/youngest, else the one the stated
        ages put there (ages.born_in_order)."""
        stated = [k for k in children if stem(order) in self.index.families[k].orders]
        return stated[0] if len(stated) == 1 else born_in_order(children, order)

    def _middle_child(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """middle_child_by_stated_ages: "my middle child" is read by the ages before the relation
        word after it, which every child fits alike (a card states an eldest or a youngest, no
        middle child)."""
        if not any(birth_order(t.low, True) == "middle" for t in g.mention.all_tokens):
            return None
        return self._born_in_order(ctx, g, allowed)

    def _born_in_order(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """birth_order_by_stated_ages: "my eldest", "our youngest" (in any language the
        kinship lexicon has) is, where no card states that order, the owner's own child (no
        stepchild) born first or last by the ages the cards state (ages.py)."""
        if g.role != Role.SUBJECT or not ctx.on(rules.ORDER_BY_AGES):
            return None
        toks = g.mention.all_tokens
        orders = ("eldest", "youngest", "middle") if ctx.on(rules.MIDDLE_BY_AGES) else ("eldest", "youngest")
        at = next((i for i in range(1, len(toks)) if birth_order(toks[i].low, True) in
                   orders and toks[i - 1].low in ("my", "our")), None)
        if at is None:
            return None
        order = birth_order(toks[at].low, True)
        if any(stem(order) in fam.orders for fam in self.index.families.values()):
            return None  # a card says who it is (birth_order_is_the_persons)
        children = {k: self.index.families[k].cards for k, facts in self.relations.facts.items()
                    if _own_child(facts)}
        key = born_in_order(children, order)
        if key is None or (allowed is not None and key not in allowed):
            return None
        ref = Ref(OWNER, [Rel("child")], toks[at].low, toks[at], said=toks[at - 1:at + 1])
        return Answer([key], False, ref)

    def _child_of_age(self, ctx: Context, g: Group, allowed) -> Answer | None:
        """age_noun_is_the_child_of_that_age: "our 9-year-old" is the owner's own child whose
        cards show them at that age; two such (twins) are a question between them."""
        if g.role != Role.SUBJECT or not ctx.on(rules.AGE_NOUN_CHILD):
            return None
        want = age_noun(ctx.text[g.mention.start:g.mention.end])
        if want is None:
            return None
        children = {k: self.index.families[k].cards for k, facts in self.relations.facts.items()
                    if _own_child(facts)}
        fits = [k for k, cards in children.items() if any(
            (span := card_span(c, born_year(cards))) is not None and span.gap(want) == 0
            for c in cards)]
        if not fits or (allowed is not None and not set(fits) <= allowed):
            return None
        toks = g.mention.all_tokens
        return Answer(fits, False, Ref(OWNER, [Rel("child")], toks[-1].low, toks[-1], said=toks))

    def _is_a_name(self, ctx: Context, word: str) -> bool:
        """Does some family go by this word? A kinship title that only begins a person's longer
        name ("Oom Piet", "Tannie Sue") is still the relation's word (relation_through_a_person):
        only a whole one-word name, or a name word of no person, is a name."""
        owners = self.index.name_owners.get(word, ())
        if not ctx.on(rules.THROUGH_A_PERSON):
            return bool(owners)
        return any(k not in self.relations.facts or
                   any(len(ph) == 1 for ph in self.index.families[k].name_phrases
                       if word in ph or stem(word) in ph)
                   for k in owners)

    def _possessor_drawn(self, ctx: Context, g: Group, answer: Answer,
                         state: "_State") -> None:
        """relation_through_a_person: in "X's stepmum hugging her at the gate" the object pronoun
        cannot be the verb's own subject (that would be "himself"), so it is X, the person the
        phrase was taken relative to: X is drawn too."""
        if not ctx.on(rules.THROUGH_A_PERSON):
            return
        key = self.relations.possessor_family(answer.ref)
        if key is None or key in answer.families:
            return
        after = [t.low for t in tokenize(ctx.text[g.mention.end:])] + [""]
        if not any(w in _OBJECT_PRONOUNS and (w != "her" or nxt in STOPWORDS or not nxt)
                   for w, nxt in list(zip(after, after[1:]))[:_PRONOUN_REACH]):
            return  # "her" before a noun is a possessive ("her hat"), not an object
        fam = self.index.families[key]
        card = pick_version(fam, g.cue, [], ctx.text, [], off=ctx.disabled)
        ev = Evidence([], set(), {key: 1.0}, {})
        state.out.append(Resolution(Role.SUBJECT, g.mention, Outcome.SELECT, [key], [card],
                                    ev.scores, {key: []}, g.cue, [], ev, related=True))

    def _resolve_related(self, ctx: Context, g: Group, state: "_State", answer: Answer) -> None:
        """One select per family for a plural ("my parents"), a question among several, none
        when the repository holds no such relative."""
        fams, mention = answer.families, g.mention
        head = answer.ref.head
        ev = Evidence([(head, {k: 1.0 for k in fams})], set(), {k: 1.0 for k in fams}, {0: 1.0})
        # the relation words name no version ("Hana's daughter" is said on one version only)
        said = {t.start for t in answer.ref.said} | ctx.claimed  # a LoRA's words neither
        clues = [t for t in list(mention.words) + list(g.extra) if t.start not in said]
        cards = [pick_version(self.index.families[k], g.cue, clues, ctx.text, g.secondary,
                              off=ctx.disabled)
                 for k in fams]
        if len(fams) == 1 and self.version_oracle is not None:
            cards[0] = self._ask_oracle(self.index.families[fams[0]], cards[0], g, clues)
        matched = {k: [head] for k in fams}
        if not fams:
            state.out.append(Resolution(Role.SUBJECT, mention, Outcome.NONE, [], [], {}, {},
                                        g.cue, list(g.extra), ev, related=True))
            return
        if answer.together or len(fams) == 1:
            for k, card in zip(fams, cards):
                res = Resolution(Role.SUBJECT, mention, Outcome.SELECT, [k], [card], ev.scores,
                                 matched, g.cue, list(g.extra), ev, related=True)
                state.out.append(res)
            state.last = (g, state.out[-1]) if len(fams) == 1 else state.last
            if len(fams) == 1:
                self._possessor_drawn(ctx, g, answer, state)
            return
        narrowed = None if answer.ref.one_of else self._narrow_related(ctx, g, answer)
        if narrowed is not None:
            state.out.append(narrowed)
            state.last = (g, narrowed)
            return
        state.out.append(Resolution(Role.SUBJECT, mention, Outcome.CLARIFY, fams, cards,
                                    ev.scores, matched, g.cue, list(g.extra), ev, related=True))

    def _narrow_related(self, ctx: Context, g: Group, answer: Answer) -> Resolution | None:
        """Several relatives fit ("grandma"); the phrase's other words may say which one
        ("grandpa with the tweed cap"): the word evidence among those families alone,
        the relation's own words fitting each of them alike."""
        fams, said = answer.families, {t.start for t in answer.ref.said}
        found = gather(ctx, g.mention, ("subject",), g.extra, allowed=set(fams))
        alike = {k: 1.0 for k in fams}
        per_word = [(t, alike if t.start in said else acc) for t, acc in found.words]
        if ctx.on(rules.SAID_ABSENT):
            per_word = [(t, acc if t.start in said else self._absence_read(ctx, fams, t, acc))
                        for t, acc in per_word]
        if all(t.start in said for t, _ in per_word):
            return None  # nothing else tells them apart
        if not any(t.start in said for t, _ in per_word):
            per_word.insert(0, (answer.ref.head, alike))
        ev = score(self.index, per_word, found.named & set(fams), [MatchKind.EXACT] * len(per_word))
        res = self._decide(ctx, Role.SUBJECT, g, ev)
        if res.outcome != Outcome.SELECT:
            return None
        res.related = True
        return res

    def _absence_read(self, ctx: Context, fams: list[str], tok: Token,
                      acc: dict[str, float]) -> dict[str, float]:
        """Rule said_absent_tells_apart: a word after "without"/"no" fits the relatives whose
        cards lack it; any other word none whose cards name it only to deny it."""
        families = self.index.families
        toks = [t for t in tokenize(ctx.text) if t.low not in _ABSENCE_SKIPPED]
        at = next((i for i, t in enumerate(toks) if t.start == tok.start), 0)
        if at and toks[at - 1].low in ABSENCE_WORDS | {"no"}:
            return {k: 1.0 for k in fams if not _has_term(families[k], tok.stem)}
        return {k: v for k, v in acc.items() if not _denies(families[k], tok.stem)}

    def _composing_in_phrases(self, ctx: Context, intent: Intent, state: "_State",
                              allowed) -> None:
        """style_or_concept_named_in_phrase: a style or concept LoRA named inside a phrase that
        is not a style phrase (a style word before a noun, "in a <garment>", "with a
        <haircut>", "in <medium>"): only by its whole name or whole class phrase, or when the
        phrase is "in <medium>" made only of style words."""
        if not ctx.on(rules.STYLE_IN_PHRASE):
            return
        taken: set[str] = set()
        for mention in intent.mentions:
            if mention.role == Role.STYLE or not mention.words:
                continue
            if self._body_owner(ctx, mention) is not None:
                continue  # "on nonna's shoulder": her shoulder, no kind of pose
            res = self._composing_in(ctx, mention, allowed)
            if res is not None and not set(res.families) & taken:
                state.out.append(res)
                taken.update(res.families)
                ctx.claimed.update(t.start for t, acc in res.evidence.words
                                   if set(acc) & set(res.families))

    def _composing_in(self, ctx: Context, mention: Mention, allowed) -> "Resolution | None":
        index = self.index
        mention = _before_purpose(ctx, mention)
        nouns = [t for t in mention.words if not (ctx.on(rules.PARTICIPLE_IS_NO_MEDIUM) and
                                                 participle(t) and t.low not in
                                                 index.naming_vocab and
                                                 not self._result_participle(ctx, mention, t))]
        present = {t.stem for t in nouns} | {t.low for t in nouns}
        open_compounds = ctx.on(rules.COMPOUND_SPELLINGS)
        if open_compounds:
            present = present | _parts(present)
        medium = _is_medium_phrase(ctx, mention)
        ev = gather(ctx, mention, COMPOSING, (), allowed=allowed)
        branded = [k for k in ev.scores if self._branded(ctx, k, mention)]
        described = self._described_concepts(ctx, ev)
        if described and ((mention.all_tokens and mention.all_tokens[0].low in PLACING_PREPOSITIONS)
                          or self._lora_named_whole(mention, present)):
            described = []  # a LoRA named whole beats one only described; "past <X>" is a setting
        for key in list(ev.scores):
            fam = index.families[key]
            cls = _parts(fam.class_words) if open_compounds else fam.class_words
            whole = _said_whole(fam.name_phrases, present) or (
                ctx.on(rules.HEAD_WORDS) and  # "steam engine": another name of it, whole
                _said_whole(fam.head_phrases, present)) or (
                cls and cls <= present and not self._other_kind(ctx, key, mention)) \
                or key in branded or self._kind_named(ctx, key, mention) \
                or self._other_name_present(ctx, key, mention, present) \
                or self._guarded_name_heads(key, mention) \
                or self._describes_medium(ctx, key, mention) \
                or key in described  # (lexical_names: another English
            # word for what it is; _describes_medium: a phrase saying how it is drawn)
            if whole and self._placed_by(ctx, key, mention):
                whole = False  # "beside the lectern": a setting, not the medium
            if whole and ctx.on(rules.BROADER_WORD_IS_NOT_THE_LORA) and fam.kind == "concept" \
                    and not present & self._narrowing_name_words(ctx, fam) \
                    and broader_than_the_card(ctx.text[mention.start:mention.end], fam):
                whole = False  # "pedalling a bicycle": any bike, not a cargo-bike LoRA
            if not whole and not medium:
                del ev.scores[key]  # one word of a style's class is not the style
        if not ev.scores:
            return None
        kinds = {index.families[k].kind for k in ev.scores}
        role = Role.STYLE if kinds == {"style"} else Role.CONCEPT
        g = Group(Role.STYLE, mention, cue=copy.copy(mention.cue))
        res = self._decide(ctx, role, g, ev)
        whole = [k for k in ev.scores if len(index.families[k].class_words) >= 2 and
                 (_parts(index.families[k].class_words) if open_compounds
                  else index.families[k].class_words) <= present] or branded or \
            [k for k in ev.scores if self._kind_named(ctx, k, mention)] or \
            [k for k in ev.scores if self._describes_medium(ctx, k, mention)] or \
            [k for k in described if k in ev.scores]
        if res.outcome == Outcome.NONE and len(whole) == 1:
            fam = index.families[whole[0]]  # the whole class phrase (or brand), even after "a"
            res = Resolution(role, mention, Outcome.SELECT, [fam.key],
                             [pick_version(fam, g.cue, [], ctx.text,
                                           off=ctx.disabled)],
                             ev.scores, {}, g.cue, evidence=ev)
        if res.outcome == Outcome.NONE and medium and ev.scores:
            res = self._medium(ctx, role, g, ev)
        return res if res.outcome != Outcome.NONE else None

    def _lora_named_whole(self, mention: Mention, present: set[str]) -> bool:
        """Does the phrase name a style or concept LoRA by a whole name of its own
        (concept_told_by_its_description yields to it)?"""
        for tok in mention.words:
            for key in self.index.lookup(tok).strengths:
                fam = self.index.families[key]
                if fam.kind in COMPOSING and _said_whole(fam.name_phrases, present):
                    return True
        return False

    def _described_concepts(self, ctx: Context, ev: Evidence) -> list[str]:
        """concept_told_by_its_description: a phrase that says what a concept LoRA shows in
        everyday words reaches it: two or more words its cards use (description, tags, class),
        one of them its own (no person's, pet's or thing's card has it, and at most one other
        card), when it is the only concept the phrase describes that much; not in a time clause,
        a phrase that places the subject ("past <X>") or beside a LoRA named whole. Words every
        card uses ("long", "red", "hair") describe the subject as often as a garment."""
        if not ctx.on(rules.DESCRIBED_CONCEPT):
            return []
        said: dict[str, set[str]] = {}
        own: set[str] = set()
        for tok, acc in ev.words:
            if tok.low in STOPWORDS or clause_marker(ctx.text, tok):
                continue  # "before he shaved it all off": a time clause dates, it describes no LoRA
            for key in acc:
                if self.index.families[key].kind == "concept":
                    said.setdefault(key, set()).add(tok.stem)
                    if self._concepts_own_word(tok):
                        own.add(key)
                        if ctx.on(rules.OWN_NAME_HEAD) and self._name_head(key, tok):
                            said[key].add("")  # the name's head: says what it is by itself
        told = [k for k, stems in said.items() if len(stems) >= DESCRIBED_CONCEPT_WORDS and k in own]
        return told if len(told) == 1 else []

    def _name_head(self, key: str, tok: Token) -> bool:
        """own_head_of_a_concepts_name: the last word of a concept's name of two or more words
        ("<material> <garment>") is the kind of thing it is, where English has no such word
        (an English head, "knots", "landing", "grin", is meant in its ordinary sense as often)."""
        lx = lexicon()  # without the lexicon every word may be English: no head counts alone
        return lx is not None and not lx.has_word(tok.low) and \
            any(len(ph) >= 2 and tok.stem == stem(ph[-1]) for ph in self.index.families[key].name_phrases)

    def _concepts_own_word(self, tok: Token) -> bool:
        """A word only a few LoRAs' cards have (OWN_WORD_MAX_FAMILIES), none of them a subject."""
        found = self.index.lookup(tok).strengths
        return 0 < len(found) <= OWN_WORD_MAX_FAMILIES and \
            all(self.index.families[k].kind != "subject" for k in found)

    @staticmethod
    def _narrowing_name_words(ctx: Context, fam: Family) -> set[str]:
        """The name words that name the concept itself: all of them, less the head of a name of
        several words that is the card's class head where head_of_a_name_is_the_broader_kind
        holds (that word alone is the general kind the name narrows: a "<sort> <thing>")."""
        if not ctx.on(rules.HEAD_OF_A_NAME) or not any(
                len(ph) >= 2 and ph[-1] == fam.class_head for ph in fam.name_phrases) or \
                any(len(ph) == 1 for ph in fam.name_phrases):
            return set(fam.name_lows)
        return set(fam.name_lows) - {fam.class_head}

    def _result_participle(self, ctx: Context, mention: Mention, tok: Token) -> bool:
        """result_participle_names_the_concept (rules.py): the participle ends a "with <noun>
        <participle>" phrase and is of the verb a concept family's class noun names."""
        if not ctx.on(rules.RESULT_PARTICIPLE) or not mention.words or \
                tok is not mention.words[-1] or len(mention.words) < 2 or \
                not re.match(r"\s*with\b", ctx.text[mention.start:mention.end], re.I):
            return False
        lx = lexicon()
        verb = lx.past_verb_lemma(tok.low) if lx is not None else None
        return verb is not None and any(
            self.index.families[k].kind == "concept" and
            self.index.families[k].class_head in (verb, stem(verb))
            for k in self.index.lookup(tok).strengths)

    def _placed_by(self, ctx: Context, key: str, mention: Mention) -> bool:
        """style_thing_in_a_place_phrase (rules.py): a style reached by a phrase that places
        the subject at, by or under something ("beside the lectern"), not by its whole name nor a
        phrase describing the medium."""
        fam, toks = self.index.families[key], mention.all_tokens
        if not ctx.on(rules.STYLE_THING_IN_A_PLACE) or fam.kind != "style" or not toks or \
                toks[0].low not in PLACING_PREPOSITIONS:
            return False
        present = {t.stem for t in mention.words} | {t.low for t in mention.words}
        return not _said_whole(fam.name_phrases, present) and \
            not self._describes_medium(ctx, key, mention)

    def _guarded_name_heads(self, key: str, mention: Mention) -> bool:
        """other_name_of_a_kind: an other name of the concept's kind that is also an everyday
        word ("ride") names it as the phrase's last noun, after no noun for another thing ("a
        pony ride")."""
        fam = self.index.families[key]
        heads = [t for t in mention.words if rules.noun_like(t)]
        if not fam.guarded or not heads or not ({heads[-1].stem, heads[-1].low} & fam.guarded):
            return False
        i = mention.words.index(heads[-1])
        if i > 0 and rules.OTHER_NAME_OTHER_KIND not in self.disabled and \
                self._after_unknown_noun(key, mention, fam.guarded):
            return False  # other_name_after_a_noun_is_another_kind
        return i == 0 or not rules.another_kinds_modifier(self.index, key, mention.words[i - 1])

    def _other_kind(self, ctx: Context, key: str, mention: Mention) -> bool:
        """noun_modifier_makes_another_kind (rules.py): a concept's one-noun class word typed
        right after a noun its cards never use ("a wool scarf" for a silk one) is another kind."""
        fam = self.index.families[key]
        if not ctx.on(rules.NOUN_MODIFIER_OTHER_KIND) or fam.kind != "concept" or \
                len(fam.class_words) != 1:
            return False
        if self._after_unknown_noun(key, mention, fam.class_words):
            return True
        return ctx.on(rules.CLASS_WORD_MODIFIES) and self._modifies_a_head(key, mention)

    def _other_name_present(self, ctx: Context, key: str, mention: Mention,
                            present: set[str]) -> bool:
        """Another English word for what the concept is (lexical_names) is in the phrase, and
        (other_name_after_a_noun_is_another_kind) not typed after a noun its cards never use."""
        fam = self.index.families[key]
        names = fam.lexical_names - fam.guarded
        if not names & present:
            return False
        return not (ctx.on(rules.OTHER_NAME_OTHER_KIND) and
                    self._after_unknown_noun(key, mention, names))

    def _after_unknown_noun(self, key: str, mention: Mention, words_: set[str]) -> bool:
        """One of `words_` typed right after an English noun the family's cards never use."""
        return rules.after_unknown_noun(self.index, key, mention.all_tokens, words_)

    def _modifies_a_head(self, key: str, mention: Mention) -> bool:
        """class_word_modifying_another_noun (rules.py): the concept's class word stands right
        before the phrase's last word, an English noun its cards never use that is no kind of
        the class ("car seat"): the phrase is about that other thing."""
        fam, lx = self.index.families[key], lexicon()
        words_ = mention.words
        if lx is None or len(words_) < 2:
            return False
        head, mod = words_[-1], words_[-2]
        return (mod.stem in fam.class_words or mod.low in fam.class_words) and \
            head.start - mod.end <= 1 and rules.noun_like(head) and bool(lx.senses(head.low)) \
            and not self.index.family_knows(key, head) and \
            not lx.is_a(head.low, fam.class_head or mod.low)

    def _describes_medium(self, ctx: Context, key: str, mention: Mention) -> bool:
        """medium_described_names_the_style (rules.py): every describing word of the phrase
        (before an "of" that introduces what is drawn; a bare picture noun such as "photo"
        left aside) is a word the style's cards have, at least two of them words of its class
        noun or one-word tags."""
        fam = self.index.families[key]
        if not ctx.on(rules.MEDIUM_DESCRIBED) or fam.kind != "style":
            return False
        words_ = _describing_words(mention)
        naming = fam.class_words | fam.naming_words
        if not ctx.on(rules.COMPOUND_SPELLINGS):  # a piece of a hyphenated class word alone
            naming = naming - {p for w in fam.class_words if "-" in w for p in w.split("-")}
        strong = [t for t in words_ if t.stem in naming or t.low in naming]
        if len(words_) == 1 and strong and ctx.on(rules.ART_NOUN_OF) and \
                _art_noun_of(mention, strong[0], naming - self.index.common_tags) and \
                self._styles_named_by(strong[0]) == [key]:
            return True  # several styles of that medium: depicted_medium_asks_which_style
        return len(strong) >= MEDIUM_MIN_NAMING and \
            all(self.index.family_knows(key, t) for t in words_)

    def _styles_named_by(self, tok: Token) -> list[str]:
        """The style families whose class or one-word tag words (no tag most styles carry)
        hold the word."""
        out = []
        for key in self.index.lookup(tok).strengths:
            fam = self.index.families[key]
            naming = (fam.class_words | fam.naming_words) - self.index.common_tags
            if fam.kind == "style" and ({tok.low, tok.stem} & naming):
                out.append(key)
        return out

    def _kind_named(self, ctx: Context, key: str, mention: Mention) -> bool:
        """concept_named_for_what_it_is (rules.py): the phrase's head is a word of a concept
        LoRA's name that its cards use as an ordinary noun, in a phrase that says what the
        subject has or wears ("with a ...", "in a ..."), and no modifier the family does not
        know restricts it to another kind ("a <other> cut" is not this cut). With
        generic_mention_names_a_kind_lora, any phrase but a possessive one."""
        fam = self.index.families[key]
        if not ctx.on(rules.NAMED_FOR_WHAT_IT_IS) or fam.kind != "concept" or not mention.words:
            return False
        if _has_or_wears(mention):  # its last word, or its last two typed open ("a shaven skull")
            return any(self._heads_kind(key, mention, len(mention.words) - span, ctx.text, span)
                       for span in (1, 2) if len(mention.words) >= span)
        if not ctx.on(rules.GENERIC_NAMES_KIND) or mention.determiner in (
                Determiner.POSSESSIVE, Determiner.BACKREF):
            return False
        return any(self._heads_kind(key, mention, i, ctx.text, span)
                   for span in (1, 2) for i in range(len(mention.words) - span + 1))

    def _heads_kind(self, key: str, mention: Mention, i: int, text: str, span: int = 1) -> bool:
        """Words i..i+span-1 of the phrase (two words typed open: one compound, as
        compound_spelt_open_or_hyphenated reads it) name the concept's kind and head their own
        run of words: every noun-like word directly before them is one the family knows, and
        no noun the family does not know directly follows (then they only modify that noun)."""
        fam, words = self.index.families[key], mention.words
        tok = _joined(words[i:i + span], text)
        if tok is None or not (fam.named_for_what_it_is(tok) or tok.stem in fam.lexical_names
                               or tok.low in fam.lexical_names
                               or self._narrower_kind(fam, words, i, tok)):
            return False
        nxt = words[i + span] if i + span < len(words) else None
        if rules.FIRST_PART_OF_A_COMPOUND not in self.disabled and \
                rules.open_compound_modifier(fam, tok, nxt):
            return False  # "a cafe" of a "<cafe> <racer>": the word only says which racer
        if nxt is not None and rules.adjacent(text, tok, nxt) and (
                nxt.low in CHECKPOINT_WORDS or  # "the <kind> loras": which kind of LoRA
                rules.noun_like(nxt) and not self.index.family_knows(key, nxt) and
                not self._post_modifier(mention, nxt)):
            return False
        before, after = [], words[i]
        for prev in reversed(mention.all_tokens[:mention.all_tokens.index(words[i])]):
            if after.start - prev.end > 1:
                break
            if prev.low in SUBJECT_PRONOUNS:
                return False  # "we plant the seeds": after a subject pronoun, a verb
            if prev not in words or not rules.noun_like(prev):
                break  # a verb or a function word ends the noun phrase
            before.append(prev)
            after = prev
        if (tok.stem in fam.guarded or tok.low in fam.guarded) and \
                any(rules.another_kinds_modifier(self.index, key, t) for t in before):
            return False  # other_name_of_a_kind: "a pony ride" is no vehicle
        in_modifier_slot = tok.stem == fam.class_head and len(fam.newest.class_noun.split()) >= 2
        return all(self.index.family_knows(key, t) or in_modifier_slot and self._no_noun(t)
                   for t in before)

    def _narrower_kind(self, fam: Family, words: list[Token], i: int, tok: Token) -> bool:
        """narrower_kind_names_the_concept (rules.py): `tok` is a kind of the concept's head
        noun (English says so) and a modifier of the concept's class or name stands before it."""
        lx = lexicon()
        if rules.NARROWER_KIND in self.disabled or fam.kind != "concept" or lx is None or \
                fam.knows(tok.stem) or i == 0:
            return False
        head = fam.newest.class_noun.split()[-1].lower()
        mods = {w for w in _parts(fam.class_words) if w != fam.class_head}
        mods |= {w for ph in fam.name_phrases if ph[-1] == fam.class_head for w in ph[:-1]}
        if not any(t.stem in mods for t in words[max(0, i - NARROWER_REACH):i]):
            return False
        return lx.is_a(tok.low, head, depth=NARROWER_DEPTH)

    def _no_noun(self, tok: Token) -> bool:
        """adjective_keeps_the_kind (rules.py): a word English has no noun for and no card
        uses, standing where the concept's class phrase has its own modifier."""
        lx = lexicon()
        return rules.ADJECTIVE_KEEPS_KIND not in self.disabled and lx is not None and \
            tok.low not in self.index.naming_vocab and tok.stem not in self.index.naming_vocab \
            and not lx.senses(tok.low)

    def _post_modifier(self, mention: Mention, tok: Token) -> bool:
        """adjective_keeps_the_kind: a word followed by "of" ("a taxi full of ...") begins a
        phrase after the noun, it is no noun the word before modifies."""
        toks = mention.all_tokens
        k = next((n for n, t in enumerate(toks) if t.start == tok.start), None)
        return rules.ADJECTIVE_KEEPS_KIND not in self.disabled and k is not None and \
            k + 1 < len(toks) and toks[k + 1].low == "of"

    def _branded(self, ctx: Context, key: str, mention: Mention) -> bool:
        """brand_names_the_product (rules.py): the phrase's head is a proper name the concept
        LoRA's cards capitalise inside a sentence, and not its class noun."""
        fam, head = self.index.families[key], _head_brand(mention)
        if not ctx.on(rules.BRAND_NAMES_THE_PRODUCT) or fam.kind != "concept" or head is None:
            return False
        return head.low in fam.name_lows and head.stem not in fam.class_words and \
            head.low in _brands(tuple(c.description for c in fam.cards))

    def _medium(self, ctx: Context, role: Role, g: Group, ev: Evidence) -> Resolution:
        """"in <medium>": every style the words name is plausible (several: ask)."""
        fams = plausible(ev, self.ratio)
        cards = [pick_version(self.index.families[k], g.cue, [], ctx.text,
                              off=ctx.disabled) for k in fams]
        outcome = Outcome.SELECT if len(fams) == 1 else Outcome.CLARIFY
        return Resolution(role, g.mention, outcome, fams, cards, ev.scores, {}, g.cue, evidence=ev)

    def _place_orphan_cue(self, ctx: Context, state: "_State") -> None:
        """A version cue in a phrase that named nothing belongs to the concept chosen; a base
        model named anywhere is every concept's (base_model_cue_is_for_every_concept)."""
        live = [r for r in state.out if r.outcome != Outcome.NONE]
        live.sort(key=lambda r: r.role != Role.SUBJECT)
        if not state.orphan.is_empty():
            for res in live[:1]:
                if res.cue.is_empty():
                    res.cue = state.orphan
                    self._repick(ctx, res)
        base = next((r.cue.base for r in live if r.cue.base), None) or state.orphan.base
        if base is None or not ctx.on(rules.BASE_FOR_ALL):
            return
        for res in live:
            if not res.cue.base and not res.related:
                res.cue = copy.copy(res.cue)
                res.cue.base = base
                self._repick(ctx, res)

    def _one_base(self, ctx: Context, state: "_State") -> None:
        """one_base_model_per_picture: the picked cards fix one base for the picture
        (versions.picture_base); the other selected styles and concepts, whose versions are
        ports of one look, take their version on that base where they have one (a person's or
        pet's version is a time of its life: it stays)."""
        live = [r for r in state.out if r.outcome == Outcome.SELECT and len(r.cards) == 1]
        if len(live) < 2:
            return
        fams = self.index.families
        base = picture_base([r.cards[0] for r in live], fams, ctx.disabled)
        if base is None:
            return
        for res in live:
            fam = fams[res.families[0]]
            if res.cue.base or res.cards[0].base_model == base or \
                    res.cards[0].kind == "subject" or not any(c.base_model == base for c in fam.cards):
                continue
            res.cue = copy.copy(res.cue)
            res.cue.base = base
            self._repick(ctx, res)

    def _repick(self, ctx: Context, res: Resolution) -> None:
        """Pick each plausible family's version again under the resolution's cue."""
        res.cards = [pick_version(self.index.families[k], res.cue,
                                  list(res.mention.words) + res.extra_words, ctx.text,
                                  off=ctx.disabled)
                     for k in res.families]

    # -- grouping ---------------------------------------------------------------------------

    def _groups(self, ctx: Context, intent: Intent, allowed: set[str] | None) -> list[Group]:
        """Attach attribute phrases and version cues to the concept phrase they describe."""
        groups: list[Group] = []
        pending = _empty_group()  # attributes and cues before any subject

        def concept() -> Group:
            """The phrase attributes and cues belong to: the last subject, else the style."""
            for role in (Role.SUBJECT, Role.STYLE):
                for g in reversed(groups):
                    if g.role == role:
                        return g
            return pending

        for m in intent.mentions:
            owner = self._body_owner(ctx, m)
            if owner is not None:  # "on nonna's lap": nonna is in the picture
                part = [t for t in m.words if t.start > owner.end]
                groups.append(Group(Role.SUBJECT, owner, owned=part))
            if m.role == Role.ATTR and self._carried(ctx, m):
                continue  # the unborn child is no one drawn, nor a word about the mother
            if m.role == Role.ATTR:
                if self._attr_is_subject(ctx, m, concept(), pending, allowed):
                    groups.append(Group(Role.SUBJECT, m, cue=copy.copy(m.cue)))
                else:
                    concept().extra.extend(m.words)
                    concept().cue.merge(m.cue)
                continue
            if m.role == Role.SCENE:
                self._scene(m, concept(), groups)
                continue
            elif m.role == Role.SUBJECT and (self._only_describes(
                    ctx, m, allowed, first=_alone(m, intent, groups))
                    or self._worn_own_thing(ctx, m, groups, allowed)):
                concept().extra.extend(m.words)
                concept().cue.merge(m.cue)
                continue
            tag = self._picture_tag(ctx, m, groups) if m.role == Role.SUBJECT else None
            if tag == Role.STYLE:
                groups.append(Group(Role.STYLE, m, cue=copy.copy(m.cue)))
                continue
            if tag == Role.SCENE:
                self._scene(m, concept(), groups)
                continue
            g = Group(m.role, m, cue=copy.copy(m.cue))
            if g.role == Role.SUBJECT and not any(x.role == Role.SUBJECT for x in groups):
                g.extra.extend(pending.extra)
                g.cue.merge(pending.cue)
                g.secondary.extend(pending.secondary)
                pending = _empty_group()
            groups.append(g)
        first = next((g for g in groups if g.role == Role.SUBJECT), None)
        if first is not None and (pending.extra or not pending.cue.is_empty()):
            first.extra.extend(pending.extra)
            first.cue.merge(pending.cue)
        return groups

    def _picture_tag(self, ctx: Context, m: Mention, groups: list[Group]) -> Role | None:
        """comma_tag_describes_the_picture (rules.py): a bare phrase after a comma, once a
        subject was named, that names no one and whose head noun is no subject's class noun:
        STYLE when its head names a style ("..., charcoal sketch"), else SCENE ("..., hazy
        dusk glow"); None when it is no such tag."""
        if not ctx.on(rules.COMMA_TAG) or m.determiner != Determiner.NONE or not m.words or \
                not any(g.role == Role.SUBJECT for g in groups):
            return None
        if not ctx.text[:m.start].rstrip().endswith(",") or \
                ctx.text[m.end:].split(",")[0].strip(" .!"):
            return None  # the whole stretch between commas (or the end) is the tag
        fams, lookup = self.index.families, self.index.lookup
        if any(t.capitalized or t.possessive or any(fams[k].kind == "subject"
                                                    for k in lookup(t).named)
               for t in m.all_tokens):
            return None
        head = m.all_tokens[-1]
        if head.low in STOPWORDS or verb_form(head.low) or any(fams[k].kind == "subject" and head.stem in
                                            fams[k].class_words for k in lookup(head).strengths):
            return None
        styled = any(fams[k].kind == "style" and v >= STRONG
                     for k, v in lookup(head).strengths.items())
        return Role.STYLE if styled else Role.SCENE

    def _body_owner(self, ctx: Context, m: Mention) -> Mention | None:
        """body_part_shows_its_owner (rules.py): the possessor of a body part a scene or
        attribute phrase places the subject on or in ("on nonna's lap", "in mum's arms") is
        drawn: the possessor as a subject phrase of its own; None for any other phrase."""
        if m.role not in (Role.SCENE, Role.ATTR) or not ctx.on(rules.BODY_SHOWS_OWNER):
            return None
        head = possessed_head(m)
        if head is None or not rules.body_word(head.low):
            return None
        return possessor_mention(m, self.index.naming_vocab, self.index.names)

    def _carried(self, ctx: Context, m: Mention) -> bool:
        """carried_child_is_not_drawn (rules.py): "with <someone>" right after an adjective of
        carrying a child ("pregnant", "expecting") names the child not yet born: not drawn."""
        toks = ctx.tokens()
        k = next((i for i, t in enumerate(toks) if t.start == m.start), None)
        return ctx.on(rules.CARRIED_CHILD) and bool(k) and toks[k].low == "with" and \
            toks[k - 1].low in CARRYING_WORDS

    def _own_body(self, ctx: Context, m: Mention) -> bool:
        """own_body_names_no_other (rules.py): "with his waxed moustache", "her hair": a body
        part after his/her/their is the subject's own."""
        return ctx.on(rules.OWN_BODY) and m.determiner == Determiner.BACKREF and \
            bool(m.words) and rules.body_word(m.words[-1].low)

    def _attr_is_subject(self, ctx: Context, m: Mention, parent: Group, pending: Group,
                         allowed) -> bool:
        """An attribute phrase is a concept of its own when it names another family ("X with
        <name>") or names a kind of thing after "his/her/my" ("on her unicycle"); a part of
        the subject's own body ("with his bent nose") is no other thing."""
        ev = gather(ctx, m, ("subject",), allowed=allowed)
        parent_named = (gather(ctx, parent.mention, ("subject",), allowed=allowed).named
                        if parent is not pending else set())
        if ev.named and not (ev.named & parent_named):
            return True
        if self._own_body(ctx, m):
            return False
        if ctx.on(rules.SPEAKER_BESIDE) and [t.low for t in m.all_tokens[1:]] in (["me"], ["myself"]):
            return True  # "<name> with me": the speaker beside them, a person of their own
        if ctx.on(rules.RELATIVE_BESIDE) and m.all_tokens and not m.all_tokens[-1].possessive:
            ref = self.relations.reference(m.all_tokens, ctx.text, m.start)
            if ref is not None and ref.head is m.all_tokens[-1]:
                return True  # "<name> with his nieces": the relatives are drawn too
        if m.determiner == Determiner.DEFINITE and parent is not pending and \
                ctx.on(rules.THE_KIND_BESIDE) and m.words:
            return self._names_a_kind(ctx, ev, parent, head=m.words[-1])
        return m.determiner in (Determiner.BACKREF, Determiner.POSSESSIVE) and \
            parent is not pending and self._names_a_kind(ctx, ev, parent)

    @staticmethod
    def _scene(m: Mention, parent: Group, groups: list[Group]) -> None:
        parent.cue.merge(m.cue)  # a cue in a scene phrase is the concept's
        if m.determiner in (Determiner.DEFINITE, Determiner.POSSESSIVE, Determiner.BACKREF) or (
                groups and groups[-1].role == Role.SUBJECT and not m.determiner):
            parent.secondary.append(m.words)  # "in the hiking gear" may describe a version
        groups.append(Group(Role.SCENE, m))

    def _only_describes(self, ctx: Context, m: Mention, allowed, first: bool = False) -> bool:
        """A phrase with no words, or a version phrase ("the version showing ...", "(use v1)") that
        names no family, describes the concept before it. first: no other subject phrase in
        the request; then a phrase with describing words of its own is the concept itself
        (describing_phrase_first_is_the_subject)."""
        if first and m.words and ctx.on(rules.DESCRIPTION_FIRST):
            return False  # "the tall one with the freckles", "the masked archer for sdxl"
        if not m.words:  # "my aunt's model": the relative is the subject
            return self.relations.reference(m.all_tokens, ctx.text, m.start) is None
        if m.cue.is_empty() and not any(t.low == "one" for t in m.all_tokens):
            return False
        if ctx.on(rules.LITTLE_ONE) and _little_one_at(m.all_tokens) is not None:
            return False  # the little-one phrase names the family's small child: no pro-form
        if m.cue.is_empty() and ctx.on(rules.COORDINATED_PRO_FORM) and \
                [w.lower() for w in ctx.text[:m.start].split()[-1:]] == ["and"]:
            return False  # "my aunt and the little one": two people
        return not gather(ctx, m, ("subject", "style"), allowed=allowed).named

    def _worn_own_thing(self, ctx: Context, m: Mention, groups: list[Group], allowed) -> bool:
        """Rule worn_thing_describes_the_wearer: "<subject> wearing the/her <thing>" where the
        thing is no family's kind (no card is that garment) but a word one of the wearer's own
        families' cards lists (a tag, a description word) describes the wearer, as "with the
        <thing>" would: it tells the wearer's look-alikes or versions apart."""
        if not ctx.on(rules.WORN_OWN_THING) or not m.words or not groups or \
                groups[-1].role != Role.SUBJECT or \
                m.determiner not in (Determiner.DEFINITE, Determiner.BACKREF) or \
                ctx.text[:m.start].split()[-1:] != ["wearing"]:
            return False
        head, fams = m.words[-1], self.index.families
        if any(head.stem in fams[k].class_words or head.stem in fams[k].synonyms
               for k in self.index.lookup(head).strengths):
            return False
        wearer = gather(ctx, groups[-1].mention, ("subject",), allowed=allowed).scores
        return any(fams[k].knows(head.stem) for k in wearer)

    def _names_a_kind(self, ctx: Context, ev: Evidence, parent: Group,
                      head: Token | None = None) -> bool:
        """Does an attribute phrase name another concept by its class noun, rather than
        describe the parent? `head`: only that word may name it (the phrase's head noun), and
        only one family (a kind two of the user's subjects share is no pointer at one)."""
        parent_fams = set(gather(ctx, parent.mention, ("subject",)).scores)
        named: set[str] = set()
        for tok, acc in ev.words:
            if head is not None and tok.start != head.start:
                continue
            for fam_key, strength in acc.items():
                fam = self.index.families[fam_key]
                if fam_key not in parent_fams and strength >= STRENGTH[Field.SYNONYM] and (
                        tok.stem in fam.class_words or tok.stem in fam.synonyms):
                    named.add(fam_key)
        return len(named) == 1 if head is not None else bool(named)

    # -- versions ---------------------------------------------------------------------------

    def _describe(self, ctx: Context, g: Group, res: Resolution, words_: list[Token]) -> None:
        """More describing words for an already selected concept: pick its version again."""
        if not words_ or res.outcome != Outcome.SELECT:
            return
        g.extra.extend(words_)
        res.extra_words = list(g.extra)
        fam = self.index.families[res.families[0]]
        clues = _unclaimed(ctx, list(g.mention.words) + list(g.extra))
        card = pick_version(fam, g.cue, clues, ctx.text, g.secondary,
                            off=ctx.disabled)
        if self.version_oracle is not None:
            card = self._ask_oracle(fam, card, g, clues)
        res.cards = [card]

    def _ask_oracle(self, fam: Family, picked: Card, g: Group, clues: list[Token]) -> Card:
        """Only when nothing lexical chose the version: no cue, no rare word matched, and the
        request still has describing words the family's cards do not contain."""
        if len(fam.cards) < 3 or picked is not fam.cards[-1] or not g.cue.is_empty():
            return picked
        known = set().union(*fam.card_terms.values())
        words_ = [t for t in list(clues) + [t for ph in g.secondary for t in ph]
                  if t.low not in STOPWORDS and t.low not in TRANSPARENT and t.low not in CUE_WORDS
                  and not verb_form(t.low) and t.stem not in known and t.low not in known]
        if not words_:
            return picked
        return self.version_oracle(fam, " ".join(t.low for t in words_)) or picked

    # -- decision ---------------------------------------------------------------------------

    def _told_apart(self, g: Group, fams: list[str]) -> list[str]:
        """phrase_tells_apart: look-alikes ("the dog") described by a phrase of their own ("in
        the green harness") whose every word only one of them has on its cards: that one."""
        fits = set()
        for phrase in g.secondary:
            words_ = [t for t in phrase if t.low not in STOPWORDS and t.low not in TRANSPARENT
                      and t.low not in CUE_WORDS and not verb_form(t.low)]
            if not words_ or (rules.NATURAL_PLACE_TELLS_NOTHING not in self.disabled and
                              _natural_place(words_[-1])):
                continue
            having = [k for k in fams if any(
                all(t.stem in terms or t.low in terms for t in words_)
                for terms in self.index.families[k].card_terms.values())]
            if len(having) == 1:
                fits.add(having[0])
        return list(fits) if len(fits) == 1 else fams

    def _decide(self, ctx: Context, role: Role, g: Group, ev: Evidence) -> Resolution:
        index = self.index
        mention = g.mention
        fams = [k for k in plausible(ev, self.ratio) if enough_evidence(ctx, ev, mention, k)]
        if len(fams) > 1 and ctx.on(rules.PHRASE_TELLS_APART):
            fams = self._told_apart(g, fams)
        if len(fams) > 1 and ctx.on(rules.NAME_AFTER_A_SHARED_TITLE):
            fams = _named_besides(index, ev, fams)
        if len(fams) > 1 and g.cue.base and ctx.on(rules.BASE_TELLS_APART):
            on_base = [k for k in fams if any(c.base_model == g.cue.base
                                              for c in index.families[k].cards)]
            fams = on_base or fams
        matched = {k: [t for t, acc in ev.words if k in acc and mention.start <= t.start < mention.end]
                   for k in fams}
        clues = _unclaimed(ctx, list(mention.words) + list(g.extra))
        cards = [pick_version(index.families[k], g.cue, clues, ctx.text, g.secondary,
                              off=ctx.disabled) for k in fams]
        if self.version_oracle is not None and len(fams) == 1:
            cards[0] = self._ask_oracle(index.families[fams[0]], cards[0], g, clues)
        outcome = Outcome.NONE if not fams else (
            Outcome.SELECT if len(fams) == 1 else Outcome.CLARIFY)
        if outcome == Outcome.SELECT and fams[0] not in ev.named and \
                confidence(ev, fams[0]) < self.confirm_below:
            outcome = Outcome.CLARIFY  # weak evidence: confirm rather than risk a wrong select
        return Resolution(role, mention, outcome, fams, cards, ev.scores, matched, g.cue,
                          list(g.extra), ev)


_ABSENCE_SKIPPED = frozenset("the a an his her their its any".split())  # "without (the) <X>"


def _named_besides(index: CatalogIndex, ev: Evidence, fams: list[str]) -> list[str]:
    """Rule name_after_a_shared_title_says_which (round 21): where one word is a name of every
    option alike (a title several people are given: "<title> <name>") and another is a name of
    one of them alone, that one is meant: the title says how they are addressed, the name who.
    Only names count: a describing word one of them has ("oil" beside two painting styles) is
    left to the rules that weigh descriptions."""
    naming = [{k for k in fams if acc.get(k, 0.0) >= NAMING_STRENGTH and
               t.low in index.families[k].name_lows} for t, acc in ev.words]
    alone = {next(iter(n)) for n in naming if len(n) == 1}
    shared = any(len(n) == len(fams) for n in naming)
    return list(alone) if shared and len(alone) == 1 else fams


def _owned_alike(ctx: Context, mention: Mention, res: Resolution, ev: Evidence) -> bool:
    """Rule owned_scene_noun_asks_which (round 21): "outside our <noun>" points at the owner's
    thing as "our <noun>" does anywhere; where the noun names two or more of the owner's things
    alike (each by its class noun or a tag: a house and a shop both tagged as the owner's place)
    the phrase means one of them and asks which, rather than reading as a scene. A person the
    noun reaches by a tag ("in my specs") is no owned thing."""
    if mention.determiner != Determiner.POSSESSIVE or res.outcome != Outcome.CLARIFY or \
            not mention.words or not ctx.on(rules.OWNED_SCENE_NOUN):
        return False
    head = mention.words[-1]
    said = next((acc for t, acc in ev.words if t.start == head.start), {})
    return len(res.families) > 1 and \
        all(said.get(k, 0.0) >= STRENGTH[Field.TAG] and  # a thing, no person ("my glasses")
            not a_person(ctx.index.families[k].newest) for k in res.families)


def _has_term(fam: Family, term: str) -> bool:
    """Does some card of the family have the stem, not only deny it ("no glasses")?"""
    return any(term in own_terms(fam, c, predating=False) for c in fam.cards)


def _denies(fam: Family, term: str) -> bool:
    """The family's cards name the stem only to say it is absent."""
    return any(term in fam.card_terms[c.id] for c in fam.cards) and not _has_term(fam, term)


def _natural_place(tok: Token) -> bool:
    """Rule natural_place_tells_nothing_apart: is the word's commonest meaning a place or a
    natural object (WordNet noun.location, noun.object: a beach, a park, a river)?"""
    lx = lexicon()
    first = lx.first_sense(tok.stem) or lx.first_sense(tok.low) if lx is not None else None
    return first is not None and first.lexfile in (LEXFILE["location"], LEXFILE["object"])


def _before_the_predicate(ctx: Context, toks: list[Token], head: Token) -> list[Token]:
    """The words after a relative's kinship word up to the -ing verb that opens what the
    relative does (rule participle_after_a_relative_opens_the_predicate: "the cousins
    doing cartwheels"): an unknown word after that verb is no name of the relative's."""
    out = []
    lx = lexicon()
    for t in toks:
        if t.start <= head.start:
            continue
        if ctx.on(rules.PARTICIPLE_AFTER) and lx is not None and t.low.endswith("ing") and \
                lx.verb_lemma(t.low) is not None:
            break
        out.append(t)
    return out


def _unclaimed(ctx: Context, clues: list[Token]) -> list[Token]:
    """lora_words_describe_no_version: the words that named a style or concept LoRA drawn with
    the subject ("<name> with a <haircut LoRA's words>") are the LoRA's, not words describing
    which version of the subject is meant."""
    if not ctx.claimed or not ctx.on(rules.LORA_WORDS_NO_VERSION):
        return clues
    return [t for t in clues if t.start not in ctx.claimed]


@dataclass
class _State:
    out: list[Resolution] = field(default_factory=list)
    orphan: VersionCue = field(default_factory=VersionCue)  # cues of phrases naming nothing
    last: tuple[Group, Resolution] | None = None  # the last subject selected so far


def _little_one_at(toks: list[Token]) -> int | None:
    """Where "little"/"wee" stands in "the/my/our little one" (little_one_is_the_youngest)."""
    return next((i for i in range(1, len(toks) - 1) if toks[i].low in SMALL_WORDS and
                 toks[i + 1].low == "one" and toks[i - 1].low in ("the", "my", "our")), None)


def _own_child(facts) -> bool:
    """Do the cards state this person is the owner's child, and no stepchild (a stepchild is
    no one's firstborn or last-born, whatever else the cards say of them)?"""
    mine = [f for f in facts if f.anchor == OWNER and f.rel.kind == "child"]
    return bool(mine) and not any(f.rel.step for f in mine)


def _is_medium_phrase(ctx: Context, mention: Mention) -> bool:
    """"in <medium>" ("in oils"): "in" + words without an article, every one a naming
    word (class, tag, name) of the same style: the medium a picture is made in. With an
    article ("in the <noun>") it is a place or weather."""
    toks = mention.all_tokens
    if mention.role != Role.SCENE or not toks or toks[0].low != "in" or not mention.words or \
            mention.determiner != Determiner.NONE:
        return False
    common: set[str] | None = None
    for tok in mention.words:
        match = ctx.index.lookup(tok)
        styles = {k for k, v in match.strengths.items()
                  if ctx.index.families[k].kind == "style" and v >= STRONG}
        common = styles if common is None else common & styles
        if not common:
            return False
    return True


def _before_purpose(ctx: Context, mention: Mention) -> Mention:
    """Rule purpose_phrase_ends_the_medium: in "in <medium> for <someone/occasion>" the "for"
    phrase says what the picture is for or whom it is for (a fete, a retirement, a poster), not how
    it is made: the medium phrase ends before it, so "in <medium>" is read alone, and so is the
    style phrase after a verb of making ("painted in <medium> for <occasion>"). The mention is
    returned cut there (its version cue kept); unchanged where no such phrase follows."""
    toks = mention.all_tokens
    scene = mention.role == Role.SCENE
    if not (scene or mention.role == Role.STYLE) or len(toks) < 3 or \
            (scene and toks[0].low != "in") or not ctx.on(rules.PURPOSE_ENDS_MEDIUM):
        return mention
    first = 2 if scene else 1  # a word of the medium before the "for"
    cut = next((i for i, t in enumerate(toks) if i >= first and t.low in PURPOSE_PREPOSITIONS), None)
    if cut is None:
        return mention
    kept = toks[:cut]
    return dataclasses.replace(mention, all_tokens=kept, end=kept[-1].end,
                               words=[w for w in mention.words if w.start < toks[cut].start])


def _describing_words(mention: Mention) -> list[Token]:
    """The phrase's content words before an "of" that follows one of them: in "a <medium> of
    <thing>" the words after "of" are what is drawn, not how."""
    cut = next((t.start for i, t in enumerate(mention.all_tokens)
                if t.low == "of" and i > 0), mention.end)
    return [t for t in mention.words if t.start < cut]


def _art_noun_of(mention: Mention, tok: Token, naming: set[str]) -> bool:
    """art_noun_heads_its_depiction (rules.py): `tok` is followed by "of" in the phrase, is one of
    the style's own naming words, no noun any picture is called by, and English reads its most
    frequent meaning as a kind of art."""
    toks = mention.all_tokens
    at = next((i for i, t in enumerate(toks) if t.start == tok.start), None)
    if at is None or at + 1 >= len(toks) or toks[at + 1].low != "of":
        return False
    if not ({tok.low, tok.stem} & naming) or {tok.low, tok.stem} & ANY_PICTURE:
        return False
    lx = lexicon()
    return lx is not None and lx.is_a(tok.low, "art", ART_NOUN_DEPTH, 1)


def _joined(toks: list[Token], text: str) -> Token | None:
    """One word, or two typed with one space between them read as the hyphenated compound
    ("a paper cut" as "paper-cut")."""
    if len(toks) == 1:
        return toks[0]
    if text[toks[0].end:toks[1].start] != " ":
        return None
    return dataclasses.replace(tokenize(f"{toks[0].low}-{toks[1].low}")[0],
                               start=toks[0].start, end=toks[1].end)


SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())  # the word after one is a verb


def _has_or_wears(mention: Mention) -> bool:
    """An attribute phrase ("with a ...") or an "in a ..." phrase: what a subject has or wears
    (or is inside)."""
    toks = mention.all_tokens
    return mention.role == Role.ATTR or (mention.role == Role.SCENE and bool(toks) and
                                         toks[0].low == "in")


def _parts(stems) -> set[str]:
    """compound_spelt_open_or_hyphenated (rules.py): the pieces of hyphenated words, the
    unhyphenated words as they are."""
    return {p for w in stems for p in (w.split("-") if "-" in w else (w,)) if p}


def _head_brand(mention: Mention) -> Token | None:
    """The phrase's head word (its last content word), the one a brand would stand in."""
    return mention.words[-1] if mention.words else None


@lru_cache(maxsize=4096)
def _brands(descriptions: tuple[str, ...]) -> frozenset[str]:
    """Words the cards capitalise inside a sentence ("a restored Italian Lambretta moped"): proper
    names, such as a brand, as opposed to words capitalised because a sentence starts."""
    out = set()
    for text in descriptions:
        toks = tokenize(text)
        for prev, tok in zip(toks, toks[1:]):
            if tok.capitalized and not re.search(r"[.!?:;]", text[prev.end:tok.start]):
                out.add(tok.low)
    return frozenset(out)


def _alone(m: Mention, intent: Intent, groups: list[Group]) -> bool:
    """No subject phrase before this one, and for a pro-form phrase ("the spotty one") none
    after it either: nothing else it could describe."""
    if any(g.role == Role.SUBJECT for g in groups):
        return False
    pro_form = any(t.low == "one" for t in m.all_tokens)
    return not (pro_form and any(x.role == Role.SUBJECT and x.start > m.start
                                 for x in intent.mentions))


def _one_thing_per_phrase(index: CatalogIndex, out: list[Resolution]) -> list[Resolution]:
    """one_phrase_one_thing (rules.py): a concept LoRA found inside a noun phrase that also
    names a subject by its other words is out when the subject's own cards have every word
    that reached the LoRA: that word is the subject's head noun, not a second thing."""
    subjects = {r.mention.start: r for r in out if r.role == Role.SUBJECT and
                r.outcome == Outcome.SELECT and r.families and not r.related}
    keep = []
    for res in out:
        subj = subjects.get(res.mention.start)
        if res.role == Role.CONCEPT and res.mention.role != Role.STYLE and subj is not None \
                and res.evidence is not None:
            words_ = [t for t, acc in res.evidence.words if set(acc) & set(res.families)]
            if words_ and all(index.family_knows(subj.families[0], t) for t in words_):
                continue
        keep.append(res)
    return keep


_FROM_WORDS = 4  # words after "from" in a card's description that may name where it is from


def _provenance(index: CatalogIndex, text: str, out: list[Resolution],
                disabled: frozenset[str] = frozenset()) -> list[Resolution]:
    """provenance_after_from (rules.py): "<character> from <words>" where the character's own
    cards say it is from those words ("... from the show <Title>") tells where it comes from:
    a card those words name (the title character) is no second subject."""
    chosen = [r for r in out if r.outcome == Outcome.SELECT and r.families]
    relatives_work = rules.FROM_A_RELATIVES_WORK not in disabled
    keep = []
    for res in out:
        said = [t.stem for t in res.mention.words]
        if res.outcome == Outcome.SELECT and said and _after_from(text, res.mention.words[0].start) and \
                any(o is not res and o.mention.start < res.mention.start and
                    (_says_from(index.families[o.families[0]], said) or
                     (relatives_work and _names_as_possessor(index.families[o.families[0]], said)))
                    for o in chosen):
            continue
        keep.append(res)
    return keep


def _after_from(text: str, start: int) -> bool:
    """Does "from" (perhaps "from the") stand right before `start`?"""
    before = tokenize(text[:start])
    while before and before[-1].low in ("the", "that"):
        before = before[:-1]  # "from the <title> show"
    return bool(before) and before[-1].low == "from"


def _says_from(fam: Family, said: list[str]) -> bool:
    """Does a card of the family say it is "from" the words `said` (within _FROM_WORDS)?"""
    for card in fam.cards:
        toks = tokenize(card.description)
        for i, tok in enumerate(toks):
            after = {t.stem for t in toks[i + 1:i + 1 + _FROM_WORDS + len(said)]}
            if tok.low == "from" and set(said) <= after:
                return True
    return False


def _names_as_possessor(fam: Family, said: list[str]) -> bool:
    """Rule from_the_work_of_a_relative_it_names: does a card of the family, speaking in no first
    person (a character of a work), name the one word `said` as a possessor ("<Other>'s little
    sister")?"""
    if len(said) != 1 or speaks_in_first_person(fam):
        return False
    return any(t.possessive and t.stem == said[0] for card in fam.cards
               for t in tokenize(card.description))


def _said_whole(phrases, present: set[str]) -> bool:
    """Is one of the name phrases said whole: every word of it among the phrase's words?"""
    return any(all(w in present for w in ph) for ph in phrases)


PERSONAL_POSSESSIVES = frozenset("his her their".split())


def _subjects_own_thing(index: CatalogIndex, out: list[Resolution]) -> list[Resolution]:
    """his_her_thing_is_the_subjects_own (rules.py): a concept selected by a "his/her/their
    <noun>" phrase whose every word that reached it is on the cards of a person (or pet) the
    request selects by another phrase is that subject's own thing, not the LoRA; so is one
    selected by a "my <noun>" phrase whose words are on the owner's own card the request
    selects ("me on my wedding day in my <gown>", round 30)."""
    subjects = [r.families[0] for r in out if r.role == Role.SUBJECT and
                r.outcome == Outcome.SELECT and r.families and
                index.families[r.families[0]].kind == "subject"]
    owners = [k for k in subjects if presents_owner(index.families[k].newest)]
    keep = []
    for res in out:
        said = {t.low for t in res.mention.all_tokens}
        whose = subjects if said & PERSONAL_POSSESSIVES else owners if "my" in said else []
        if res.role == Role.CONCEPT and res.outcome == Outcome.SELECT and \
                res.evidence is not None and whose:
            words_ = [t for t, acc in res.evidence.words if set(acc) & set(res.families)]
            if words_ and any(all(index.family_knows(k, t) for t in words_)
                              for k in whose if k not in res.families):
                continue
        keep.append(res)
    return keep


def _merge_same_family(resolutions: list[Resolution]) -> list[Resolution]:
    """Two phrases naming the same family (a name and its apposition) are one concept."""
    out: list[Resolution] = []
    seen: set[str] = set()
    for res in resolutions:
        if res.outcome in (Outcome.SELECT, Outcome.CLARIFY) and set(res.families) & seen:
            continue
        if res.outcome == Outcome.SELECT:
            seen.add(res.families[0])
        out.append(res)
    return out
