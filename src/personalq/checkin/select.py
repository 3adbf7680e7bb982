"""Check-in: from a plain request to a checkpoint decision, with the prompt rewritten.

    store = open_repository("my_checkpoints/")
    selector = Selector(store)                      # warm: index + embeddings built once
    decision = selector.select("my cat on the roof")
    decision.action, decision.question              # "clarify", "Which one do you mean: ..."
    selector.select("my cat on the roof", answer="the tabby").checkpoint

Backends: "local" (default) = hybrid retrieval + the local reasoner (reasoner.py);
"llm" = the shortlist judged by an OpenAI-compatible chat model (llm_rerank.py), falling back to
the local reasoner whenever the model gives no usable answer; "none" = retrieval scores alone
(used by the benchmark to measure what retrieval achieves without a reasoner).
"""

from __future__ import annotations

import copy
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np

from personalq.catalog.card import Card
from personalq.catalog.metadata import normalize_base
from personalq.catalog.store import family_for
from personalq.checkin.dense import DenseWords
from personalq.checkin.llm_rerank import LLMReranker, LLMUnavailable
from personalq.embed import encode
from personalq.checkin import arbiter, calibrated, second, second_opinion, wording
from personalq.checkin.calibrated import DEPICTIONS
from personalq.checkin.rules import (LEARNED_ARBITER, MEANING_DOUBTS, ONE_BASE, CALIBRATED, PLACE_WORD_NAMES_NOTHING, DEPICTED_KIND, DEPICTED_MEDIUM, CLASS_NOUN_LORA, FULL_LORA_NAME, HOME_NOUNS,
                                     KIND_OF_LORA, LOOKALIKES_DESCRIBED, LOOKALIKE_LABELS, TAG_PHRASE_LABEL, FINER_KIND_LABEL, ONE_OF_A_SET,
                                     SET_BY_HYPERNYM, SET_OVER_A_SELECT, COUNTED_SET, COUNTED_SET_IS_OURS,
                                     STAGE_FRAME_NO_STYLE,
                                     PARAPHRASE_NAMES_A_LORA, CRAFT_THINGS, DESCRIPTION_SETTLES, DISJUNCTION_ASKS,
                                     STYLE_KEEPS_SUBJECT_QUESTION, OPTIONS_ARE_WHAT_THE_NOUN_NAMES,
                                     MY_KIND_IS_MY_OWN, MY_KIND_NOT_ANOTHERS, PERSON_PRO_FORM,
                                     LOOKALIKES_BESIDE_A_SELECT,
                                     COINED_STYLE_WORD, DRESSED_AS_A_NAMED_ONE, BARE_NAME_AFTER_AS,
                                     GENRE_TAG_PHRASE, NAME_SKELETON,
                                     PORT_TRIGGER_TYPED, TRIGGER_STEM, TYPED_TRIGGER,
                                     WHOLE_KIND_NAMES_ITS_STYLES, LOOK_PHRASE_OUTRANKS_ITS_WORD)
# decisions over several cards (round 12): triggers, owners, look-alikes, sets, "or"
from personalq.checkin.rules import (OWN_LOOK, COMPOUND_ENTRY, ELIDED_HEAD, OWNER_ON_ANY_VERSION,
                                     OTHER_THING_HEADS, NOUN_MODIFIER_OTHER_KIND, after_unknown_noun,
                                     POINTED_LOOKALIKE, POINTED_PERSON, RARE_TRIGGER, SPACED_TRIGGER,
                                     SETTLED_LOOK_KEEPS_SUBJECT, VERB_OBJECT_SET, NAME_MODIFIER,
                                     heads_another_thing, noun_like)
from personalq.checkin import learned
from personalq.checkin import chat, containers, depiction, dialect, disjunction, lookalikes, ownword, paraphrase, partitive, verbatim
from personalq.checkin.decide import Decision, compose
from personalq.checkin.kinship import label_of
from personalq.checkin.intent import base_cue
from personalq.checkin.ordinary import stated_relations
from personalq.checkin.versions import on_picture_base, pick_version, picture_base
from personalq.checkin.features import CatalogIndex
from personalq.checkin.options import (STYLE_FRAME, options_named_by_a_noun,
                                      household_names, options_the_speaker_owns, question_for,
                                      resolve_answer)
from personalq.checkin.options import family_owner
from personalq.checkin.reasoner import Outcome, Reasoner, Resolution
from personalq.checkin.stages import without_stage_frames
from personalq.checkin.text import CHECKPOINT_WORDS, CUE_WORDS, STOPWORDS, TRANSPARENT, Token, stem, tokenize
from personalq.checkin.lexicon import lexicon
from personalq.checkin.retrieval import Hit, Retriever
from personalq.checkin.narrow import Narrower, request_view
from personalq.checkin.rewrite import Placement, rewrite
from personalq.checkin.switches import acted, switches
from personalq.checkin.tuning import (CAL_CANDIDATES, CAL_MAX_OPTIONS, KIND_CANDIDATES, KIND_MARGIN, KIND_MIN_COSINE, NARROW_FROM_CARDS, NARROW_MARGIN, NARROW_MIN_COSINE, RESCUE_MARGIN,
                                      COMPOSE_MARGIN, COMPOSE_MIN_COSINE,
                                      PLACING_PREPOSITIONS, RESCUE_MIN_COSINE, STRENGTH, VERSION_MARGIN, VERSION_MIN_COSINE, Field)
from personalq.errors import PersonalQError

BACKENDS = ("local", "llm", "none")
MAX_REQUEST_CHARS = 2000
DEFAULT_ASK_THRESHOLD = 0.5
SHORTLIST = 16  # cards shown to the LLM
N_CANDIDATES = 10  # candidates reported in the decision


def version_text(card: Card, siblings: list[Card]) -> str:
    """What this version's card says that its siblings' do not: the description after the
    words all versions share, plus its own tags ("Version 12: in a beekeeper's veil")."""
    words_ = card.description.split()
    others = [c.description.split() for c in siblings if c.id != card.id]
    common = 0
    while others and common < len(words_) and all(
            common < len(o) and o[common] == words_[common] for o in others):
        common += 1
    shared_tags = set.intersection(*(set(c.tags) for c in siblings)) if siblings else set()
    own = " ".join(words_[common:]) or card.description
    tags = [t for t in card.tags if t not in shared_tags]
    return ". ".join(x for x in (own, ", ".join(tags)) if x)


@dataclass
class Selection(Decision):
    """A decision plus the base model each checkpoint it names needs (DESIGN.md §4 keys
    unchanged; `base_models` is one more key): a client loading a base can tell at once."""

    base_models: dict[str, str] = field(default_factory=dict)
    answered: bool = False  # decided with the owner's answer: the JSON then says what it taught
    learned: str | None = None  # the phrase that answer taught (learned.py), if any

    def to_json(self) -> dict[str, Any]:
        out = super().to_json()
        out["base_models"] = dict(self.base_models)
        if self.answered:
            out["learned"] = self.learned
        return out


@dataclass
class Correction:
    """The owner said which checkpoint a request meant (`Selector.correct`): the family, the
    phrase that now names it (None: nothing could be learned), and the decision before and now."""

    family: str
    learned: str | None
    before: Selection
    after: Selection

    def to_json(self) -> dict[str, Any]:
        return {"meant": self.family, "learned": self.learned, "before": self.before.to_json(),
                **self.after.to_json()}


def base_names(base_model: str | Iterable[str] | None) -> frozenset[str] | None:
    """The short base-model names a loaded base accepts ('SD 1.5' -> {'sd15'}; a world base
    passes both its name and its architecture); None: no base loaded, every card fits."""

    if base_model is None:
        return None
    raw = [base_model] if isinstance(base_model, str) else list(base_model)
    names = frozenset(n for n in (normalize_base(str(r)) for r in raw) if n)
    if not names:
        raise PersonalQError(f"base model {base_model!r} is not a base model name",
                             "use e.g. sd15, sdxl or personalq-world")
    return names


def base_of(card: Card) -> str:
    """The card's base model by its short name ('SDXL 1.0' -> 'sdxl')."""

    return normalize_base(card.base_model) or card.base_model


def fits_base(card: Card, names: frozenset[str] | None) -> bool:
    """Can this checkpoint be drawn on a base with these names? (None: no base loaded)"""
    return names is None or base_of(card) in names


def check_request(request: Any, what: str = "request") -> str:
    """Bad input is the user's to fix: say what is wrong, never crash further down."""
    if isinstance(request, bytes):
        try:
            request = request.decode("utf-8")
        except UnicodeDecodeError:
            raise PersonalQError(f"the {what} is not UTF-8 text", "send plain text") from None
    if not isinstance(request, str):
        raise PersonalQError(f"the {what} must be text, not {type(request).__name__}",
                             'e.g. "my dog on the beach"')
    if "\x00" in request or any(ord(ch) < 32 and ch not in "\t\n\r" for ch in request):
        raise PersonalQError(f"the {what} contains control characters", "send plain text")
    if not request.strip():
        raise PersonalQError(f"the {what} is empty", 'describe the image, e.g. "my dog on the beach"')
    if len(request) > MAX_REQUEST_CHARS:
        raise PersonalQError(f"the {what} is {len(request)} characters long; the limit is "
                             f"{MAX_REQUEST_CHARS}", "shorten it")
    return " ".join(request.split())


def ratio_for(ask_threshold: float) -> float:
    """ask_threshold 0 never asks; 1 asks whenever a second family has half the best's evidence."""
    if not 0.0 <= ask_threshold <= 1.0:
        raise PersonalQError(f"ask_threshold {ask_threshold} is outside [0, 1]")
    return 1.0 if ask_threshold == 0 else 1.0 - 0.5 * ask_threshold


def confirm_below_for(ask_threshold: float) -> float:
    """Above the default (0.5) the selector also confirms lone matches of weak confidence:
    0 at 0.5, 0.9 at 1.0 (only names and complete class-level matches are selected)."""
    return max(0.0, (ask_threshold - DEFAULT_ASK_THRESHOLD) * 1.8)


_OFFERS_A_CHOICE = re.compile(r"\b(?:or|either)\b", re.I)  # alternatives the user asks between


def _selected(text: str, cards: list[Card]) -> Decision:
    """A select of these cards, in this order, each one's trigger phrase added to `text` with no
    span of it replaced (rewrite.py: a style's after it, any other card's before it)."""
    return Decision("select", checkpoint=cards[0].id, checkpoints=[c.id for c in cards],
                    prompt=rewrite(text, [Placement(-1, -1, c) for c in cards]))


def _clipped_from(low: str, words: Iterable[str]) -> bool:
    """description_settles_the_question: a word of three or more letters that starts one of the
    words ("lino" of the shared kind "linocut"): the kind clipped, still the shared kind."""
    return len(low) >= 3 and any(w != low and w.startswith(low) for w in words)


def _runs(row_family: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The embedding rows ordered by family, where each family's run of rows starts, and
    that family's number: a per-family maximum over 100,000 rows is then one reduceat."""
    order = np.argsort(row_family, kind="stable")
    ordered = row_family[order]
    starts = np.flatnonzero(np.r_[True, ordered[1:] != ordered[:-1]]) if len(ordered) else \
        np.zeros(0, dtype=np.int64)
    return order, starts, ordered[starts]


class Selector:
    def __init__(self, store, backend: str = "local", retrieval: str = "hybrid",
                 ask_threshold: float = DEFAULT_ASK_THRESHOLD, llm_url: str | None = None,
                 llm_model: str = "smollm2", llm_timeout_s: float = 10.0,
                 eager_dense: bool = False, disabled_rules: frozenset[str] = frozenset(),
                 base_model: str | Iterable[str] | None = None, narrow: bool | None = None,
                 calibration: "calibrated.Calibration | None | str" = "fitted",
                 record: bool = False):
        """eager_dense: the local backend encodes every request for hybrid retrieval (else only
        when its lexical evidence is missing: the encoder is ~90% of a request's time).
        disabled_rules: reasoner rules switched off (rules.ALL_RULES; for the ablation).
        base_model: the loaded base ('sd15', 'sdxl', or its names): checkpoints made for another
        base cannot be drawn, so they are no candidates at all (None: every card is).
        narrow: give the reasoner only the families the request's words, BM25 and dense hits
        reach (narrow.py), so time follows the request, not the catalog. None: on from
        NARROW_FROM_CARDS cards, where walking the whole index costs more than a request should.
        calibration: the calibrated model deciding from all the evidence (calibrated.py);
        "fitted" loads calibration.json and the learned arbiter (arbiter.py, fitted on the
        calibrated decisions), None leaves the reasoner's decision as it is.
        record: keep the last request's calibrated features in `last_weighed` (for fitting)."""
        if backend not in BACKENDS:
            raise PersonalQError(f"unknown backend {backend!r}", f"use one of {', '.join(BACKENDS)}")
        self.store, self.backend = store, backend
        self.ask_threshold = ask_threshold
        self.base_models = base_names(base_model)
        all_cards: list[Card] = dialect.standard_cards(store.cards(), switches(disabled_rules))
        self.cards = [c for c in all_cards if fits_base(c, self.base_models)]
        self.by_id = {c.id: c for c in self.cards}
        self.index = CatalogIndex(self.cards, switches(disabled_rules))
        self._index_typed_words()
        self.reasoner = Reasoner(self.index, ratio_for(ask_threshold),
                                 confirm_below_for(ask_threshold), switches(disabled_rules))
        if narrow is None:
            narrow = len(self.cards) >= NARROW_FROM_CARDS
        self.narrower = Narrower(self.index) if narrow else None
        self.last_candidates = len(self.index.families)  # families the last request reached
        only = None if len(self.cards) == len(all_cards) else set(self.by_id)
        self.retriever = Retriever(store, retrieval, only=only)
        self.llm = None
        if backend == "llm":
            self.llm = LLMReranker(llm_url or "http://127.0.0.1:8080", llm_model,
                                   timeout_s=llm_timeout_s)
        self.last_fallback: str | None = None  # why the LLM was not used on the last request
        self.eager_dense = eager_dense
        self.calibration = calibrated.load() if calibration == "fitted" else calibration
        self.record = record
        self.disabled_rules = switches(disabled_rules)
        self.last_weighed: dict | None = None
        self.arbiter = arbiter.load() if calibration == "fitted" else None  # fitted with it
        self.last_seen: tuple[arbiter.Seen, dict[str, str]] | None = None  # record (_arbitrate)
        self.last_resolutions: list[Resolution] = []  # the reasoner's, for the last request
        self._stated_relations: frozenset[str] | None = None  # relations the cards state
        self._version_vectors: dict[str, np.ndarray] = {}  # family -> its versions' own texts
        self._class_vectors: dict[str, np.ndarray] = {}  # family -> its class noun and tags
        self.paraphrases = None  # style/concept LoRAs described in other words (paraphrase.py)
        if self.retriever.mode in ("dense", "hybrid"):
            self._attach_meaning()
        self._by_family, self._family_kind, self._family_keys = self._family_arrays()
        self._composing = tuple(k for k in ("style", "concept") if k in set(self._family_kind))
        self._people = chat.people_of(self.index)  # chat typing around people (chat.py)
        self._style_media = chat.style_media(self.index)  # style picture words, typed split too

    def _index_typed_words(self) -> None:
        """What a request may type verbatim: coded triggers, their stems, whole LoRA names,
        coined style words and genre tag phrases (verbatim.py), indexed once per catalog."""
        self.coded_triggers = verbatim.coded_triggers(self.cards)
        self.trigger_stems = verbatim.trigger_stems(self.cards)
        self.rare_triggers = verbatim.rare_triggers(self.cards)
        self.spaced_triggers = verbatim.spaced_triggers(self.cards)
        self.lora_names = verbatim.LoraNames(self.index.families)
        self.subject_names = verbatim.LoraNames(self.index.families, kinds=("subject",))
        self.coined_styles = verbatim.coined_style_words(self.index.families)
        self.genre_tags = verbatim.genre_tag_phrases(self.index.families)
        self.name_skeletons = verbatim.vowelless_trigger_parts(self.index.families)
        self.card_words = verbatim.card_words(self.cards) if self.name_skeletons else frozenset()

    def _attach_meaning(self) -> None:
        """With the dense encoder loaded, the reasoner may also match by meaning: versions by
        their own texts, words no card has, and style/concept LoRAs described in other words."""
        self.reasoner.version_oracle = self._closest_version
        self.index.dense = DenseWords(self.index, encode)
        self.paraphrases = paraphrase.ParaphraseIndex(self.index.families, encode,
                                                      self.disabled_rules)

    # -- public ----------------------------------------------------------------------------

    def select(self, request: str, answer: str | None = None, learn: bool = True) -> Selection:
        """The decision for a request; with the owner's `answer` to its question, and `learn`,
        the words that raised the question name the chosen family from then on (`learned` in
        the JSON says which; learned.py). A learned name the request contains reads as a name."""
        view = self._learned_view(request)
        selection = view._select(request, answer)
        self._keep_last(view)
        if answer is None:
            return selection
        selection.answered = True
        if learn and selection.action == "select":
            kept = (self.last_resolutions, self.last_weighed, self.last_candidates)
            for card_id in selection.checkpoints:
                selection.learned = selection.learned or self.learn_from(
                    request, self.by_id[card_id].family)
            self.last_resolutions, self.last_weighed, self.last_candidates = kept
        return selection

    def learn_from(self, request: str, family: str) -> str | None:
        """The owner chose `family` for a request that asks a question among families: store
        the words of the mention that raised it as the family's name (learned.words_to_learn);
        returns the phrase learned, or None (no question, the family not offered, nothing left
        to learn, or a store that keeps no names)."""
        if getattr(self.store, "learn_name", None) is None or family not in self.index.families:
            return None
        view = self._learned_view(request)
        asked = view._select(request)
        if asked.action != "clarify":
            return None
        phrase = learned.words_to_learn(view.index, asked.prompt or request, view.last_resolutions,
                                        asked.options, family)
        if phrase is not None:
            self.store.learn_name(phrase, family, "answer")
        return phrase

    def correct(self, request: str, meant: str) -> Correction:
        """The owner says the request meant `meant` (a checkpoint id or family; PersonalQError
        naming close ones, nothing stored, for one there is not): the words of the request that
        point at that family alone become its name (learned.words_to_correct), unless the
        decision already chose it. The JSON is the decision now, with what was learned."""
        request = check_request(request)
        family = family_for(self.cards, str(meant), "this repository")
        view = self._learned_view(request)
        before = view._select(request)
        phrase = None
        if getattr(self.store, "learn_name", None) is not None and \
                family not in {self.by_id[i].family for i in before.checkpoints if i in self.by_id}:
            mentions = view.reasoner.parse(request).mentions
            phrase = learned.words_to_correct(view.index, mentions, family)
        if phrase is None:  # nothing learned: the decision now is the one just made
            self._keep_last(view)
            return Correction(family, None, before, before)
        self.store.learn_name(phrase, family, "correction")
        return Correction(family, phrase, before, self.select(request))

    def _learned_view(self, request: str) -> "Selector":
        """This selector, or for a request containing learned names a shallow copy of it
        whose index reads them as names (learned.with_names): nothing is rebuilt, and a request
        without one is decided by the selector itself."""
        read = getattr(self.store, "learned_names", None)
        names = learned.names_in(request, {k: v.family for k, v in read().items()},
                                 self.index.families) if read is not None else []
        if not names:
            return self
        view = copy.copy(self)
        view.index = learned.with_names(self.index, names)
        view.reasoner = copy.copy(self.reasoner)
        view.reasoner.index = view.index
        if self.narrower is not None:
            view.narrower = copy.copy(self.narrower)
            view.narrower.index = view.index
        return view

    def _keep_last(self, view: "Selector") -> None:
        """What a view recorded about its request, kept on the selector itself."""
        if view is not self:
            self.last_resolutions, self.last_weighed = view.last_resolutions, view.last_weighed
            self.last_candidates, self.last_fallback = view.last_candidates, view.last_fallback

    def _select(self, request: str, answer: str | None = None) -> Selection:
        t0 = time.perf_counter()
        self.last_resolutions, self.last_weighed, self.last_seen = [], None, None
        containers.set_off(self.disabled_rules)  # the word-cached reading of class nouns
        request = chat.restore(check_request(request), self._people.names, self.disabled_rules,
                               self._style_media, self._people)
        if answer is not None:
            answer = check_request(answer, "answer")
        dense = self.backend != "local" or self.eager_dense
        hits = self.retriever.search(request, dense=dense) if self.cards else []
        if self.backend == "none":
            decision = self._retrieval_only(request, hits)
            if answer is not None and decision.action == "clarify":
                decision = self._answer_options(request, decision, answer)
        elif self.backend == "llm" and answer is None:
            decision = self._llm(request, hits)
        else:
            decision = self._local(request, answer, hits)
        if self.backend != "none":
            decision = self._verbatim(request, decision)
        if self.backend != "none" and answer is None:
            decision = self._own_words(request, decision)
        if self.backend != "none" and answer is None:
            decision = self._phrases_alone(request, decision)
        if self.backend == "local" and answer is None:
            decision = self._second_opinion(request, decision)
        decision.candidates = self._candidates(hits, decision)
        if self.backend == "local" and answer is None:
            arbitrated = self._arbitrate(request, decision)
            if arbitrated is not decision:  # a new decision lists its own cards too
                arbitrated.candidates = self._candidates(hits, arbitrated)
            decision = arbitrated
        picked = list(dict.fromkeys(decision.checkpoints + decision.options))
        selection = Selection(**vars(decision),
                              base_models={i: base_of(self.by_id[i]) for i in picked})
        selection.latency_ms = (time.perf_counter() - t0) * 1000.0
        return selection

    def _second_opinion(self, request: str, decision: Decision) -> Decision:
        """Rule meaning_doubts_a_select (second_opinion.py): where MiniLM's reading of the whole
        request finds the selected family unlikely and another of its role likely, ask."""
        if self.retriever.mode not in ("dense", "hybrid") or decision.action != "select":
            return decision
        chosen = [self.by_id[i] for i in decision.checkpoints]
        if len({c.family for c in chosen}) != 1:
            return decision  # a composition: its parts are not doubted (no encoder call)
        low = request.lower()
        words = set(re.findall(r"[a-z0-9]+", low))
        if any(c.trigger and c.trigger.lower() in low for c in chosen) or \
                any(set(re.findall(r"[a-z0-9]+", c.name.lower())) <= words for c in chosen):
            return decision  # a typed trigger, or the name typed whole: the user's own choice
        if any(self._reached_by_relation(c.family) for c in chosen):
            return decision
        best = self._family_best(self.retriever.dense_scores(request))
        o = second_opinion.opinion(decision.action, [c.family for c in chosen], self._family_keys,
                                   self._family_kind == "subject", second_opinion.probabilities(best))
        if o.action == "keep" or MEANING_DOUBTS in self.disabled_rules:
            return decision
        cards = [self.index.families[o.families[0]].newest, chosen[0]]
        return Decision("clarify", options=[c.id for c in cards], prompt=request,
                        question=question_for(cards, self.index.common_tags))

    def _arbitrate(self, request: str, decision: Decision) -> Decision:
        """Rule learned_arbiter (arbiter.py): the decision, or the nearby one the fitted trees
        predict is worth more. With `record`, what the arbiter saw of the request and the card of
        each family in play are kept in `last_seen` (for fitting)."""
        on = self.arbiter is not None and LEARNED_ARBITER not in self.disabled_rules
        if not (on or self.record) or self.retriever.mode not in ("dense", "hybrid"):
            return decision
        seen = arbiter.Seen(decision.action, list(decision.checkpoints), list(decision.options),
                            [(c["id"], c["score"]) for c in decision.candidates],
                            self.last_weighed, len(request.split()))
        card_of = self._card_of_family(request, decision)
        family_of = lambda card_id: self.by_id[card_id].family  # noqa: E731
        ranked = arbiter.ranked_families(seen, family_of)
        seen.wording = wording.numbers(request, ranked, self.index)
        seen.alike = arbiter.leaders_alike([self.by_id[card_of(f)] for f in ranked[:2]], base_of)
        seen.names_all = decision.action == "select" and arbiter.names_every_card(
            request, [self.by_id[c].name for c in decision.checkpoints])
        if self.record:
            self.last_seen = (seen, {f: card_of(f) for f in ranked})
        if not on:
            return decision
        alts = arbiter.alternatives(seen, family_of, card_of,
                                    lambda card_id: base_of(self.by_id[card_id]))
        pick = self.arbiter.choose(arbiter.row(seen, family_of), alts,
                                   arbiter.described_row(seen, family_of))
        if pick == "keep":
            return decision
        choice = alts[pick]
        if choice.action == "none":
            return Decision("none", prompt=request)
        cards = [self.by_id[i] for i in choice.cards]
        if choice.action == "clarify":
            return Decision("clarify", options=choice.cards, prompt=request,
                            question=question_for(cards, self.index.common_tags))
        return _selected(request, cards)

    def _card_of_family(self, request: str, decision: Decision):
        """family -> the card it would be drawn with (_card_for); the request is read (for its
        version cues) once, when first needed."""
        read: list = []

        def card_of(fam_key: str) -> str:
            if not read:
                read.append(self.reasoner.parse(request))
            return self._card_for(fam_key, decision, read[0], request)
        return card_of

    def _reached_by_relation(self, family: str) -> bool:
        """The reasoner selected this family through a kinship word or the speaker's own pronoun
        ("<name>'s cousin", "me"): relations the cards state, composed word by word, which one
        vector of the whole request cannot follow (it leans to the person named)."""
        for res in self.last_resolutions:
            if res.outcome == Outcome.SELECT and res.families[:1] == [family] and any(
                    t.low in second_opinion.SPEAKER or label_of(t.low, True)
                    for t in res.mention.all_tokens):
                return True
        return False

    # -- phrases read on their own (disjunction.py) ---------------------------------------------

    def _phrases_alone(self, request: str, decision: Decision) -> Decision:
        """Rules disjunction_asks_between_them, style_frame_keeps_the_subject_question and
        those below."""
        steps = ((DISJUNCTION_ASKS, lambda d: self._disjunction(request, d)),
                 (STYLE_KEEPS_SUBJECT_QUESTION, lambda d: self._subject_question_kept(request, d)),
                 (OPTIONS_ARE_WHAT_THE_NOUN_NAMES,
                  lambda d: self._options_narrowed(request, d, options_named_by_a_noun)),
                 (MY_KIND_IS_MY_OWN, lambda d: self._options_narrowed(request, d, self._speakers_own)),
                 (MY_KIND_NOT_ANOTHERS, lambda d: self._not_anothers(request, d)),
                 (PERSON_PRO_FORM, lambda d: self._person_pro_form(request, d)),
                 (POINTED_PERSON, lambda d: self._pointed_person(request, d)),
                 (POINTED_LOOKALIKE, lambda d: self._pointed_lookalikes(request, d)),
                 (DEPICTED_MEDIUM, lambda d: self._depicted_medium(request, d)),
                 (CLASS_NOUN_LORA, lambda d: self._class_noun_lora(request, d)))
        for rule, step in steps:  # in this order, each on the decision the one before left
            decision = acted(self.disabled_rules, rule, step(decision), decision)
        return decision

    def _depicted_medium(self, request: str, decision: Decision) -> Decision:
        """Rule depicted_medium_asks_which_style: "a <medium> of <thing>" where no style was
        chosen, and two or more style families are that medium alike (depiction.py), asks
        which of them."""
        if decision.action not in ("select", "none") or any(
                self.by_id[i].kind == "style" for i in decision.checkpoints if i in self.by_id):
            return decision
        for dep in depiction.depictions(request, DEPICTIONS | depiction.ANY_PICTURE):
            fams = depiction.medium_styles(self.index, dep)
            if len(fams) >= 2:
                cards = [self.index.families[k].newest for k in fams[:CAL_MAX_OPTIONS]]
                return Decision("clarify", options=[c.id for c in cards],
                                question=question_for(cards, self.index.common_tags),
                                prompt=request)
        return decision

    def _class_noun_lora(self, request: str, decision: Decision) -> Decision:
        """Rule class_noun_before_lora_is_any_kind: a select of one family, or a question, where
        "<noun> lora" names them by what they draw (_kind_word) and other families (subject,
        style or concept) are named by that word too, none of the phrase's words before the noun
        being a chosen one's own, asks between all of them."""
        ids = decision.checkpoints if decision.action == "select" else decision.options
        if decision.action not in ("select", "clarify") or not ids or \
                decision.action == "select" and len(ids) != 1 or \
                any(i not in self.by_id for i in ids):
            return decision
        chosen = {self.by_id[i].family for i in ids}
        toks = tokenize(request)
        for i in range(1, len(toks)):
            noun = toks[i - 1]
            if toks[i].low not in CHECKPOINT_WORDS or noun.low in STOPWORDS:
                continue
            fams = [k for k in self.index.lookup(noun).strengths if self._kind_word(k, noun)]
            before = [t for t in toks[:i - 1][::-1][:2] if t.low not in STOPWORDS]
            if not chosen < set(fams) or any(
                    self.index.family_knows(k, t) for k in chosen for t in before):
                continue
            cards = [self.index.families[k].newest for k in fams[:CAL_MAX_OPTIONS]]
            return Decision("clarify", options=[c.id for c in cards],
                            question=question_for(cards, self.index.common_tags), prompt=request)
        return decision

    def _kind_word(self, fam_key: str, tok: Token) -> bool:
        """Is the word one the family names what it draws by (a class word or a one-word tag),
        and no tag most of the catalog carries ("style")?"""
        fam = self.index.families[fam_key]
        own = (fam.class_words | fam.naming_words) - self.index.common_tags
        lx = lexicon()
        forms = {f for w in own for f in (w, stem(w), *(lx.base_forms(w) if lx else ()))}
        return tok.low in forms or tok.stem in forms

    def _pointed_lookalikes(self, request: str, decision: Decision) -> Decision:
        """Rule pointed_lookalike_beside_a_select: a select beside "the <noun>" whose noun names
        look-alikes none of which was chosen, where that phrase read alone asks which of them
        (subjects of one class noun): the question is asked (lookalikes.py)."""
        if decision.action != "select":
            return decision
        chosen = {self.by_id[i].family for i in decision.checkpoints if i in self.by_id}
        intent = self.reasoner.parse(request)
        for start, end in lookalikes.pointed_lookalike_phrases(self.index, intent, chosen):
            alone = self._alone(request[start:end])
            cards = [self.by_id[i] for i in alone.options if i in self.by_id]
            if alone.action == "clarify" and len(cards) >= 2 and \
                    all(c.kind == "subject" for c in cards) and \
                    len({c.class_noun.lower() for c in cards}) == 1 and \
                    not {c.family for c in cards} & chosen:
                return Decision("clarify", options=alone.options, question=alone.question,
                                prompt=request)
        return decision

    def _person_pro_form(self, request: str, decision: Decision) -> Decision:
        """Rule plain_person_noun_is_a_pro_form: a question over people that "the <modifiers>
        guy" raised by its person noun alone is answered by what "the <modifiers>" names read
        alone: one family is the select, a question over other subjects that question."""
        people = self.reasoner.relations.people_names
        if decision.action == "clarify" and len(decision.options) == 1:
            return self._pro_form_confirmed(request, decision)
        if decision.action != "clarify" or len(decision.options) < 2 or any(
                i not in self.by_id or not self.index.families[self.by_id[i].family].name_lows
                & people for i in decision.options):
            return decision  # only a question over people is one the person noun raised
        phrase = partitive.person_pro_form_phrase(self.index, request)
        alone = self._alone(phrase) if phrase else None
        if alone is None or alone.action not in ("select", "clarify") or \
                len(alone.checkpoints) > 1 or set(alone.options) == set(decision.options) or \
                any(self.by_id[i].kind != "subject" for i in alone.options):
            return decision
        return self._as_alone(request, alone)  # "the <modifiers> ones": a question over those

    def _pointed_person(self, request: str, decision: Decision) -> Decision:
        """Rule described_person_is_pointed_at (partitive.pointed_pro_form_request): where
        nothing was chosen, "the <modifiers> <plain person noun> <describing phrases>" read as
        "the <modifiers> one ..." alone: a question over the person subjects it describes, or
        the one it selects."""
        if decision.action != "none":
            return decision
        alone_request = partitive.pointed_pro_form_request(self.index, request)
        alone = self._alone(alone_request) if alone_request else None
        if alone is None or alone.action not in ("select", "clarify") or \
                len(alone.checkpoints) > 1 or \
                any(self.by_id[i].kind != "subject" for i in alone.checkpoints + alone.options):
            return decision
        return self._as_alone(request, alone)

    def _as_alone(self, request: str, alone: Decision) -> Decision:
        """The decision a phrase read alone gave (a question, or the select of one card), for
        the whole request: its question as asked, or its card's trigger added to the request."""
        if alone.action == "clarify":
            return Decision("clarify", options=alone.options, question=alone.question,
                            prompt=request)
        return _selected(request, [self.by_id[alone.checkpoints[0]]])

    def _pro_form_confirmed(self, request: str, decision: Decision) -> Decision:
        """plain_person_noun_is_a_pro_form for a confirmation ("Do you mean X?"): where "the
        <modifiers>" of "the <modifiers> guy" read alone selects X (a character by its work's
        word), the person noun doubted nothing: X is the select."""
        phrase = partitive.person_pro_form_phrase(self.index, request)
        alone = self._alone(phrase) if phrase else None
        if alone is None or alone.action != "select" or alone.checkpoints != decision.options:
            return decision
        card = self.by_id[alone.checkpoints[0]]
        return _selected(request, [card])

    def _options_narrowed(self, request: str, decision: Decision, narrow) -> Decision:
        """Rules options_are_what_the_noun_names and my_kind_is_my_own: a question whose
        options the request's words narrow (`narrow(request, options)`) keeps those; exactly one
        is the select."""
        if decision.action != "clarify":
            return decision
        options = [self.by_id[i] for i in decision.options if i in self.by_id]
        named = narrow(request, options)
        if named is None:
            return decision
        framed = without_stage_frames(request) if STAGE_FRAME_NO_STYLE not in \
            self.disabled_rules else request
        if len(named) == 1 and STYLE_FRAME.search(framed):
            return decision
        if len(named) == 1:  # the version the request's cues pick ("as a colt")
            card = self._version_by_cues(named[0].family, self.reasoner.parse(request), request)
            return _selected(request, [card])
        return Decision("clarify", options=[c.id for c in named],
                        question=question_for(named, self.index.common_tags), prompt=request)

    def _not_anothers(self, request: str, decision: Decision) -> Decision:
        """Rule my_kind_is_not_anothers: a select of one subject family under "my/our <kind>"
        that my_kind_is_my_own, asked over it and its look-alikes (the newest card of each
        subject family of its class noun), would leave out: the speaker's own are meant."""
        if decision.action != "select" or len(decision.checkpoints) != 1 or \
                decision.checkpoints[0] not in self.by_id:
            return decision
        chosen = self.by_id[decision.checkpoints[0]]
        kind = chosen.class_noun.lower()
        if chosen.kind != "subject" or not kind:
            return decision
        alike = [f.newest for f in self.index.families.values()
                 if f.newest.kind == "subject" and f.newest.class_noun.lower() == kind]
        if len(alike) < 2:
            return decision
        own = self._speakers_own(request, alike)
        if not own or chosen.family in {c.family for c in own}:
            return decision
        return self._options_narrowed(request, Decision("clarify", options=[c.id for c in own],
                                                        prompt=request), lambda r, o: o)

    @cached_property
    def _household(self) -> frozenset[str]:
        """Name words of the speaker's household (options.household_names), read on first need."""
        return household_names(self.cards, self.disabled_rules)

    def _speakers_own(self, request: str, options: list[Card]) -> list[Card] | None:
        """Rule my_kind_is_my_own, knowing who shares the speaker's "our" (options.py)."""
        loans = HOME_NOUNS not in self.disabled_rules
        if OWNER_ON_ANY_VERSION in self.disabled_rules:
            return options_the_speaker_owns(request, options, self._household, loans=loans)
        families = self.index.families
        return options_the_speaker_owns(
            request, options, self._household, loans=loans,
            owner_of=lambda c: family_owner(families[c.family].cards, self._household,
                                           self.disabled_rules),
            names=self._named_by_word, disabled=self.disabled_rules)

    def _named_by_word(self, word: str) -> set[str]:
        """The families a request word names by a naming word of theirs or another English word
        for it (the index's lookup above description strength): rule my_kind_is_my_own."""
        tok = tokenize(word)
        if len(tok) != 1:
            return set()
        found = self.index.lookup(tok[0]).strengths
        return {k for k, v in found.items() if v > STRENGTH[Field.DESC]}

    def _alone(self, phrase: str) -> Decision:
        """The decision for a phrase of the request read as a request of its own."""
        dense = self.backend != "local" or self.eager_dense
        return self._local(phrase, None, self.retriever.search(phrase, dense=dense))

    def _disjunction(self, request: str, decision: Decision) -> Decision:
        """Rule disjunction_asks_between_them: "A or B" where each side alone names one
        family, and they differ, is the question over exactly those (with the members of a
        list "A, B or C" before it that each name one family too)."""
        head = "" if ELIDED_HEAD in self.disabled_rules else disjunction.set_head(request)
        for d in disjunction.disjunctions(request):
            cards = [self._named_alone(disjunction.with_elided_head(side, head))
                     for side in (d.left, d.right)]
            if None in cards or cards[0].family == cards[1].family:
                continue
            for phrase in d.earlier:
                card = self._named_alone(phrase)
                if card is None or card.family in {c.family for c in cards}:
                    break
                cards.insert(0, card)
            offered = {self.by_id[i].family for i in decision.options if i in self.by_id}
            if decision.action == "clarify" and offered >= {c.family for c in cards}:
                return decision  # the question already offers them all
            return Decision("clarify", options=[c.id for c in cards],
                            question=question_for(cards, self.index.common_tags), prompt=request)
        return decision

    def _named_alone(self, phrase: str) -> Card | None:
        """The one card a phrase read alone selects, if it selects exactly one."""
        alone = self._alone(phrase)
        if alone.action != "select" or len(alone.checkpoints) != 1:
            return None
        return self.by_id[alone.checkpoints[0]]

    def _subject_question_kept(self, request: str, decision: Decision) -> Decision:
        """Rule style_frame_keeps_the_subject_question: a select of style LoRAs only, where the
        subject phrase before the style frame alone asks which of several subjects."""
        if decision.action != "select" or not decision.checkpoints or \
                any(self.by_id[i].kind != "style" for i in decision.checkpoints):
            return decision
        phrase = disjunction.subject_before_style_frame(request)
        if phrase is None:
            return decision
        alone = self._alone(phrase)
        if alone.action != "clarify" or len(alone.options) < 2 or \
                any(self.by_id[i].kind != "subject" for i in alone.options):
            return decision
        return Decision("clarify", options=alone.options, question=alone.question, prompt=request)

    # -- what the request types verbatim (verbatim.py) -----------------------------------------

    def _verbatim(self, request: str, decision: Decision) -> Decision:
        """The cards whose coded trigger or whole style/concept name the request types join
        the decision (rules TYPED_TRIGGER, TRIGGER_STEM, FULL_LORA_NAME): a typed trigger pins
        its version."""
        picks, spent = self._typed_triggers(request)
        named = self._named_loras(request, picks)
        if not picks and not named:
            return decision
        chosen = decision.checkpoints if decision.action == "select" else []
        pinned = {c.family for c in picks}
        kept = [i for i in chosen if self.index.families[self.by_id[i].family].class_head
                not in spent or self.by_id[i].family in pinned]
        ids = [i for i in kept if self.by_id[i].family not in pinned]
        have = {self.by_id[i].family for i in ids}
        ids += [c.id for c in picks]
        # a card dropped for a trigger's class word leaves its trigger in the decision's prompt
        prompt = decision.prompt if decision.action == "select" and kept == chosen else request
        for card in named:
            if card.family in have:
                continue
            ids.append(card.id)
            m = verbatim.named_in_full(prompt, card.name)
            prompt = (f"{prompt[:m.start()]}{card.trigger} {prompt[m.start():]}" if m
                      else rewrite(prompt, [Placement(-1, -1, card)]))
        ids = list(dict.fromkeys(ids))
        if ids == chosen and prompt == decision.prompt:
            return decision
        return Decision("select", checkpoint=ids[0], checkpoints=ids, prompt=prompt)

    def _typed_triggers(self, request: str) -> tuple[list[Card], set[str]]:
        """The cards whose trigger the request types (coded, less its suffix, or holding a rare
        token), and the words of the rare-token triggers typed: a class word there ("<token>
        cat") is the trigger's, no evidence for another card of that class (rule
        RARE_TRIGGER)."""
        off = self.disabled_rules  # each rule looked up only where it finds something
        picks: list[Card] = acted(off, TYPED_TRIGGER,
                                  list(verbatim.typed_triggers(request, self.coded_triggers)), [])
        if picks and base_cue(request) is None:
            picks = acted(off, PORT_TRIGGER_TYPED, [verbatim.ported_trigger(
                c, self.index.families[c.family].cards) for c in picks], picks)
        typed = {c.family for c in picks}
        picks += acted(off, TRIGGER_STEM, [c for c in verbatim.typed_trigger_stems(
            request, self.trigger_stems) if c.family not in typed], [])
        spent: set[str] = set()
        rare = list(verbatim.typed_rare_triggers(request, self.rare_triggers))
        if rare and RARE_TRIGGER in off:
            rare = []
        rare += acted(off, SPACED_TRIGGER, list(verbatim.typed_rare_triggers(
            request, self.spaced_triggers)), [])
        if not rare:
            return picks, spent
        intent = None
        for trigger, group in rare:
            fam = self.index.families[group[0].family]
            if fam.key in {c.family for c in picks}:
                continue
            spent.update(trigger.split())
            if len(group) < len(fam.cards):  # the trigger pins the versions that hold it
                picks.append(max(group, key=lambda c: (c.version or 0, c.created_at or "")))
                continue
            intent = intent or self.reasoner.parse(request)
            picks.append(self._version_by_cues(fam.key, intent, request))
        return picks, spent

    def _named_loras(self, request: str, picks: list[Card]) -> list[Card]:
        """Style and concept families whose whole multi-word card name the request types (a
        name two families share names neither), subjects whose whole name follows "as", styles it names by a coined word or a
        compound genre tag of theirs. The version is the newest that fits the cues."""
        taken = {c.family for c in picks}
        hits: dict[str, list[str]] = {}
        off = self.disabled_rules  # each rule looked up only where it finds something
        typed = acted(off, FULL_LORA_NAME, list(self.lora_names.typed(request)), [])
        typed = [*typed, *acted(off, DRESSED_AS_A_NAMED_ONE,
                                list(self.subject_names.typed_after_as(request)), [])]
        typed = [*typed, *acted(off, BARE_NAME_AFTER_AS,
                                self.subject_names.typed_bare_after_as(request), [])]
        for key, low in typed:
            if key not in taken:
                hits.setdefault(low, []).append(key)
        keys = [ks[0] for ks in hits.values() if len(ks) == 1]
        keys += acted(off, COINED_STYLE_WORD, [
            k for k in verbatim.typed_coined_styles(request, self.coined_styles)
            if k not in taken and k not in keys], [])
        keys += acted(off, GENRE_TAG_PHRASE, [
            k for k in verbatim.typed_genre_tags(request, self.genre_tags)
            if k not in taken and k not in keys], [])
        keys += acted(off, NAME_SKELETON, [
            k for k in verbatim.typed_name_skeletons(request, self.name_skeletons, self.card_words)
            if k not in taken and k not in keys], [])
        if not keys:
            return []
        intent = self.reasoner.parse(request)
        return [self._version_by_cues(k, intent, request) for k in keys]

    # -- backends ----------------------------------------------------------------------------

    def _reasoner_for(self, request: str, answer: str | None, hits: list[Hit]
                      ) -> tuple[Reasoner, set[str] | None]:
        """The reasoner over the families this request can reach (see narrow.py), and that set;
        the whole catalog and None when narrowing is off. Either way the reasoner reads a view
        of the index made for this request (narrow.request_view: its look-ups are remembered
        for this request only)."""
        if self.narrower is None:
            self.last_candidates = len(self.index.families)
            reasoner = copy.copy(self.reasoner)
            reasoner.index = request_view(self.index)
            return reasoner, None
        toks = self.narrower.words_of([request] + ([answer] if answer else []))
        families, near = self.narrower.reach(toks)
        families.update(self.by_id[h.id].family for h in hits)
        self.last_candidates = len(families)
        reasoner = copy.copy(self.reasoner)
        reasoner.index = self.narrower.view(near)
        return reasoner, families

    def _local(self, request: str, answer: str | None = None, hits: list[Hit] = ()) -> Decision:
        reasoner, allowed = self._reasoner_for(request, answer, hits)
        intent = reasoner.parse(request)
        resolutions = reasoner.resolve(intent, allowed=allowed)
        self.last_resolutions = resolutions
        if self.retriever.mode in ("dense", "hybrid"):
            families = allowed if allowed is not None else self.index.families
            resolutions = [self._narrow(r, reasoner.index, families) for r in resolutions]
        decision = compose(request, resolutions, reasoner.index, answer)
        # the whole catalog's index for the rules below, its look-ups remembered for this request
        # (narrow.request_view): look-alikes ask it about a word once per family the word reaches
        whole = reasoner.index if allowed is None else request_view(self.index)
        if answer is None and self.retriever.mode in ("dense", "hybrid"):
            weighed = self._weigh(request, intent, resolutions, hits, decision, allowed)
            if weighed is not None:
                weighed = self._lookalikes(request, intent, weighed, index=whole)
                weighed = self._owned_thing_joins(request, intent, resolutions, weighed)
                weighed = self._described_loras(request, intent, resolutions, weighed)
                return self._counted_set(request, self._one_of_a_set(request, weighed))
        if decision.action == "none" and not any(r.outcome != "none" or r.related
                                                 for r in resolutions):
            decision = self._dense_rescue(request, resolutions, answer) or decision
        decision = self._lookalikes(request, intent, decision, answer, whole)
        if answer is not None:
            return decision
        decision = self._owned_thing_joins(request, intent, resolutions, decision)
        decision = self._described_loras(request, intent, resolutions, decision)
        return self._counted_set(request, self._one_of_a_set(request, decision))

    def _own_words(self, request: str, decision: Decision) -> Decision:
        """Rule second_card_needs_a_word_of_its_own (ownword.py): a card of a composition
        that no word of the request refers to, beyond what another chosen card shows, leaves."""
        if ownword.OWN_WORD in self.disabled_rules or decision.action != "select" or \
                len(decision.checkpoints) < 2:
            return decision
        chosen = [self.by_id[i] for i in decision.checkpoints]
        kept = ownword.without_unmentioned(self.index, request, chosen, self.last_resolutions,
                                           self.disabled_rules)
        if len(kept) == len(chosen):
            return decision
        return _selected(request, kept)

    def _owned_thing_joins(self, request: str, intent, resolutions: list[Resolution],
                           decision: Decision) -> Decision:
        """Rule owned_thing_joins_a_weighed_select: the owner's own place or vehicle in a place
        phrase beside the people the calibrated decision selected ("... in front of the new
        <shop>", "outside our <van>") joins them, as it joins a certain select
        (second.owned_thing, rule owned_thing_beside_a_subject): the weighed evidence of a
        family is the request's words, and a scene's place is only a few of them."""
        if decision.action != "select" or second.WEIGHED_OWNED_THING in self.disabled_rules or \
                second.OWNED_THING in self.disabled_rules:
            return decision
        chosen = [self.by_id[i].family for i in decision.checkpoints]
        if any(self.index.families[k].kind != "subject" for k in chosen[:1]):
            return decision
        extra = second.owned_thing(self.index, request,
                                   second.unmatched_words(request, resolutions), chosen)
        if extra is None:
            return decision
        card = self.by_id[self._card_for(extra, decision, intent, request)]
        ids = decision.checkpoints + [card.id]
        return Decision("select", checkpoint=ids[0], checkpoints=ids,
                        prompt=rewrite(decision.prompt, [Placement(-1, -1, card)]))

    def _described_loras(self, request: str, intent, resolutions: list[Resolution],
                         decision: Decision) -> Decision:
        """Rule paraphrase_names_a_lora (paraphrase.py): a style or concept LoRA that a
        describing phrase means in other words joins a select, or is selected where nothing
        was; a question stays a question. A phrase whose words the selection already used
        describes what was selected, and a second style does not join a style."""
        if self.paraphrases is None or PARAPHRASE_NAMES_A_LORA in self.disabled_rules:
            return decision
        if decision.action == "clarify":
            decision = self._whole_kind(request, self._craft_things(request, decision))
            if decision.action != "clarify":
                return decision
            return self._description_settles(request, intent, decision, resolutions)
        if decision.action not in ("select", "none"):
            return decision
        if decision.action == "select":  # one style alone, reached by a craft's thing's word
            decision = self._craft_things(request, decision)
            if decision.action != "select":
                return decision
            decision = self._displaced_styles(request, resolutions, decision)
        chosen = [self.by_id[i].family for i in decision.checkpoints]
        used = [(t.start, t.end) for r in resolutions for k in chosen
                for t in r.matched.get(k, ())]
        kinds = {self.index.families[k].kind for k in chosen}
        found = [(k, p) for k, p in self.paraphrases.named(request, used) if k not in chosen
                 and not (self.index.families[k].kind == "style" and "style" in kinds)
                 and not self._about_another_thing(k, p)
                 and not self._own_look(p.text, decision.checkpoints)]
        if not found:
            return self._shared_look(request, used, decision, kinds)
        # the version by the phrase's own words: the rest of the request describes the scene
        toks = tokenize(request)
        cards = [pick_version(self.index.families[k], intent.cue(),
                              [t for t in toks if p.start <= t.start < p.end], request,
                              off=self.disabled_rules) for k, p in found]
        if ONE_BASE not in self.disabled_rules:
            cards = [self._on_the_chosen_base(c, decision.checkpoints) for c in cards]
        ids = decision.checkpoints + [c.id for c in cards]
        prompt = decision.prompt if decision.action == "select" else request
        return Decision("select", checkpoint=ids[0], checkpoints=ids,
                        prompt=rewrite(prompt, [Placement(-1, -1, c) for c in cards]))

    def _displaced_styles(self, request: str, resolutions: list[Resolution],
                          decision: Decision) -> Decision:
        """Rule look_phrase_outranks_a_style_it_shares_a_word_with (rules.py): a selected style
        whose matched words all lie inside a describing phrase that means another style leaves
        the selection (that style joins it in `_described_loras`)."""
        if LOOK_PHRASE_OUTRANKS_ITS_WORD in self.disabled_rules:
            return decision
        fams = self.index.families
        looks = [(k, p) for k, p in self.paraphrases.named(request) if fams[k].kind == "style"]
        kept = []
        for card_id in decision.checkpoints:
            key = self.by_id[card_id].family
            toks = [t for r in resolutions for t in r.matched.get(key, ())]
            if fams[key].kind == "style" and toks and any(
                    k != key and all(p.start <= t.start < p.end for t in toks) for k, p in looks):
                continue
            kept.append(card_id)
        if len(kept) == len(decision.checkpoints):
            return decision
        if not kept:
            return Decision("none", prompt=request)
        return _selected(request, [self.by_id[i] for i in kept])

    def _shared_look(self, request: str, used: list[tuple[int, int]], decision: Decision,
                     kinds: set[str]) -> Decision:
        """Rule look_shared_by_look_alike_styles_asks (paraphrase.py): where no style was chosen
        and a describing phrase means two look-alike styles alike, which of them is asked."""
        if "style" in kinds:
            return decision
        keys = self.paraphrases.tied_styles(request, used)
        if len(keys) < 2:
            return decision
        cards = [self.index.families[k].newest for k in keys[:CAL_MAX_OPTIONS]]
        return Decision("clarify", options=[c.id for c in cards],
                        question=question_for(cards, self.index.common_tags), prompt=request)

    def _about_another_thing(self, fam_key: str, phrase) -> bool:
        """Rule another_thing_heads_the_phrase (rules.py): a describing phrase whose last noun
        is another thing than the concept's, and that types none of the concept's class
        words ("in a <festive> hat" beside a sweater concept), is about that thing."""
        if OTHER_THING_HEADS in self.disabled_rules:
            return False
        fam = self.index.families[fam_key]
        toks = [t for t in tokenize(phrase.text) if noun_like(t)]
        if NOUN_MODIFIER_OTHER_KIND not in self.disabled_rules and fam.kind == "concept" and \
                len(fam.class_words) == 1 and \
                after_unknown_noun(self.index, fam_key, tokenize(phrase.text), fam.class_words,
                                   by_meaning=True):
            return True  # noun_modifier_makes_another_kind: "a <festival> hat", another hat
        if not toks or any(t.stem in fam.class_words or t.low in fam.class_words for t in toks):
            return False
        if len(toks) >= 2 and COMPOUND_ENTRY not in self.disabled_rules and \
                paraphrase.entry_of_the_kind(toks[-2].low + " " + toks[-1].low, fam):
            return False  # compound_entry_names_its_kind: one thing, of the card's kind
        return heads_another_thing(self.index, fam_key, toks[-1])

    def _own_look(self, phrase: str, chosen_ids: list[str]) -> bool:
        """Rule own_look_is_no_style: a describing phrase of two or more words that a chosen
        card's own description and tags say all of ("with the <colour> <material> <part>") is
        how that thing looks, not a LoRA described in other words."""
        if OWN_LOOK in self.disabled_rules or not chosen_ids:
            return False
        content = {t.stem for t in tokenize(phrase) if t.low not in STOPWORDS}
        for card_id in chosen_ids:
            card = self.by_id[card_id]
            own = {t.stem for t in tokenize(" ".join([card.description or ""] + list(card.tags)))}
            if len(content) >= 2 and content <= own:
                return True
        return False

    def _whole_kind(self, request: str, decision: Decision) -> Decision:
        """Rule whole_kind_names_its_styles (rules.py): a question between styles only, some of
        whose class nouns of two or more words the request types whole, is between the styles of
        the catalog of those kinds (one is selected)."""
        if decision.action != "clarify" or WHOLE_KIND_NAMES_ITS_STYLES in self.disabled_rules \
                or _OFFERS_A_CHOICE.search(request):  # the user names the alternatives
            return decision
        offered = {self.by_id[i].family: i for i in decision.options if i in self.by_id}
        fams = self.index.families
        if len(offered) < 2 or any(fams[k].kind != "style" for k in offered):
            return decision
        keep = paraphrase.typed_whole_kind(request, {k: f for k, f in fams.items()
                                                     if f.kind == "style"})  # all of that kind
        if not set(keep) & set(offered) or set(keep) == set(offered):
            return decision
        cards = [self.by_id[offered[k]] if k in offered else fams[k].newest for k in keep]
        if len(cards) == 1:
            return _selected(request, cards[:1])
        return Decision("clarify", options=[c.id for c in cards],
                        question=question_for(cards, self.index.common_tags), prompt=request)

    def _craft_things(self, request: str, decision: Decision) -> Decision:
        """Rule craft_word_on_a_thing_is_no_style (paraphrase.craft_things_only): a question
        between style LoRAs only, or a select of style LoRAs only, reached because the request
        uses their words for the craft's own things ("a <medium> printer", "a brush dipped in
        <medium>"), is none."""
        if CRAFT_THINGS in self.disabled_rules:
            return decision
        offered = {self.by_id[i].family for i in decision.options or decision.checkpoints
                   if i in self.by_id}
        if not offered or any(self.index.families[k].kind != "style" for k in offered):
            return decision
        if not paraphrase.craft_things_only(
                request, lambda t: any(self.index.family_knows(k, t) for k in offered)):
            return decision
        return Decision("none", prompt=request)

    def _description_settles(self, request: str, intent, decision: Decision,
                             resolutions: list[Resolution] = ()) -> Decision:
        """Rule description_settles_the_question: a question between style/concept LoRAs only,
        where a describing phrase of the request means one of the options clearly more than
        any other style or concept card (paraphrase_names_a_lora's floor and margin) and none
        of its words is one that two options' cards use (then it describes them all: "in
        watercolour" for two watercolour styles): the description answers it. The subjects the
        reasoner chose beside the question stay (rule settled_look_keeps_the_subject)."""
        if DESCRIPTION_SETTLES in self.disabled_rules or _OFFERS_A_CHOICE.search(request):
            return decision  # "the woodcut or the enamel one": the user names the choice
        offered = {self.by_id[i].family for i in decision.options if i in self.by_id}
        if not offered or any(self.index.families[k].kind == "subject" for k in offered):
            return decision
        found = [(k, p) for k, p in self.paraphrases.named(request) if k in offered]
        if len(found) != 1:
            return decision
        key, phrase = found[0]
        toks = [t for t in tokenize(request) if phrase.start <= t.start < phrase.end]
        kind = self._kind_of_all(offered)  # the kind they all are
        common = self.index.common_tags | kind
        words = [t for t in toks if t.low not in STOPWORDS and t.low not in common and
                 t.stem not in common and not _clipped_from(t.low, kind)]
        if not words or any(sum(self.index.family_knows(k, t) for k in offered) >= 2 for t in words):
            return decision  # the phrase's own words name several options: it fits them all
        if len(words) < len([t for t in toks if t.low not in STOPWORDS and
                             t.low not in self.index.common_tags]) and \
                self._other_option_said(request, phrase, key, offered, common):
            return decision  # read past the shared kind, the rest says another option's word
        card = pick_version(self.index.families[key], intent.cue(), toks, request,
                            off=self.disabled_rules)
        kept = acted(self.disabled_rules, SETTLED_LOOK_KEEPS_SUBJECT,
                     self._chosen_subjects(resolutions), [])
        if kept and ONE_BASE not in self.disabled_rules:
            card = self._on_the_chosen_base(card, [c.id for c in kept])
        return _selected(request, kept + [card])

    @staticmethod
    def _chosen_subjects(resolutions: list[Resolution]) -> list[Card]:
        """Rule settled_look_keeps_the_subject: the subject cards the reasoner selected beside a
        question about the look (the look then goes on their base: a multi is of one base)."""
        out: list[Card] = []
        for res in resolutions:
            if res.outcome == Outcome.SELECT:
                out += [c for c in res.cards if c.kind == "subject" and
                        all(o.family != c.family for o in out)]
        return out

    def _other_option_said(self, request: str, phrase, key: str, offered: set[str],
                           common: frozenset[str]) -> bool:
        """description_settles_the_question, where the phrase answers only once the options'
        shared kind is read past: a word outside the phrase that another option's cards have
        and the answer's do not points at that option, so the question stays."""
        rest = [t for t in tokenize(request) if not phrase.start <= t.start < phrase.end and
                t.low not in STOPWORDS and t.stem not in common]
        return any(self.index.family_knows(k, t) and not self.index.family_knows(key, t)
                   for t in rest for k in offered if k != key)

    def _kind_of_all(self, offered: set[str]) -> frozenset[str]:
        """description_settles_the_question: the class-noun words every offered family has (two
        oil styles' "painting"): they say the kind the options share, not which of them; the
        describing words beside them answer (a phrase of the shared words alone answers none)."""
        if not offered:
            return frozenset()
        return frozenset.intersection(*(frozenset(self.index.families[k].class_words)
                                        for k in offered))

    def _on_the_chosen_base(self, card: Card, chosen: list[str]) -> Card:
        """one_base_model_per_picture (reasoner._one_base) for a style or concept added by its
        paraphrase: its newest version gives way to its version on the base the chosen cards
        fix (versions.picture_base)."""
        fams = self.index.families
        base = picture_base([self.by_id[i] for i in chosen if i in self.by_id], fams, self.disabled_rules)
        return on_picture_base(card, fams[card.family], base)

    def _lookalikes(self, request: str, intent, decision: Decision,
                    answer: str | None = None, index: CatalogIndex | None = None) -> Decision:
        """Rule description_of_lookalikes_asks_which (lookalikes.py): nothing was chosen, or a
        question offers only some of them, but a generic phrase describes several of the
        user's cards in their own words: ask which (an answer picks one of them). With rule
        lookalikes_beside_a_select also where something else was selected ("<look-alike
        description> beside <name>"): which look-alike is still open, and the contract asks
        first."""
        chosen = {self.by_id[i].family for i in decision.checkpoints if i in self.by_id}
        if decision.action == "select" and (answer is not None or
                                            LOOKALIKES_BESIDE_A_SELECT in self.disabled_rules):
            return decision
        keys = lookalikes.described_lookalikes(index or self.index, intent,
                                                labels=LOOKALIKE_LABELS not in self.disabled_rules,
                                                tag_phrase=TAG_PHRASE_LABEL not in self.disabled_rules,
                                                finer=FINER_KIND_LABEL not in self.disabled_rules)
        if not keys or LOOKALIKES_DESCRIBED in self.disabled_rules:  # looked up where found
            return decision
        if decision.action == "select" and (not keys or chosen & set(keys)):
            return decision  # the select is one of them, or no look-alikes were described
        offered = {self.by_id[i].family for i in decision.options if i in self.by_id}
        if not keys or not offered <= set(keys) or offered == set(keys):
            return decision  # a question about other things stands as it is
        cards = [self.index.families[k].newest for k in keys]
        ask = Decision("clarify", options=[c.id for c in cards],
                       question=question_for(cards, self.index.common_tags), prompt=request)
        return ask if answer is None else self._answer_options(request, ask, answer)

    def _one_of_a_set(self, request: str, decision: Decision) -> Decision:
        """Rule one_of_names_a_set (partitive.py): "one of our <Ns>" with several families that
        are Ns asks which, unless the question already offers several of them (it narrowed) or
        a select names one of them by its own name; a select of something else, or of a member
        the other words happened to favour, leaves the choice the user left open unanswered
        (set_phrase_outranks_a_select)."""
        phrases = list(partitive.set_phrases(request))
        if not phrases or ONE_OF_A_SET in self.disabled_rules:  # looked up where one is typed
            return decision
        if decision.action == "select" and SET_OVER_A_SELECT in self.disabled_rules:
            return decision
        offered = {self.by_id[i].family for i in decision.options if i in self.by_id}
        chosen = {self.by_id[i].family for i in decision.checkpoints if i in self.by_id}
        hypernyms = SET_BY_HYPERNYM not in self.disabled_rules
        for phrase in phrases:
            if self.reasoner.relations.owner_relations and partitive.kinship_head(phrase):
                continue  # a set of relatives: relations.py answered it
            keys = partitive.members(self.index, phrase, hypernyms=hypernyms,
                                     persons=PERSON_PRO_FORM not in self.disabled_rules,
                                     verb_objects=VERB_OBJECT_SET not in self.disabled_rules)
            if len(keys) < 2 or offered >= set(keys) or \
                    (phrase.modifiers and len(offered & set(keys)) >= 2):
                continue  # the reasoner's question offers them, or narrowed by the modifiers
            if decision.action == "select" and self._named_member(request, phrase,
                                                                  chosen & set(keys), keys):
                continue
            cards = [self.index.families[k].newest for k in keys]
            return Decision("clarify", options=[c.id for c in cards],
                            question=question_for(cards, self.index.common_tags), prompt=request)
        return decision

    def _counted_set(self, request: str, decision: Decision) -> Decision:
        """Rule counted_set_is_all_of_them (partitive.counted_phrases): "the two <Ns>" where
        exactly that many of the user's things (no persons) are Ns, by a naming word or another
        English word for their kind, draws them all together, with what else was selected."""
        for count, phrase in partitive.counted_phrases(request):
            if COUNTED_SET in self.disabled_rules:  # looked up where a counted phrase is typed
                return decision
            if self.reasoner.relations.owner_relations and partitive.kinship_head(phrase):
                continue  # "the two grannies": relations.py answers it
            keys = set(partitive.members(self.index, phrase, persons=False)) | \
                self._named_by_word(phrase.head.text)
            keys = [k for k in self.index.families if k in keys and
                    self.index.families[k].kind == "subject" and
                    not partitive._is_person(self.index.families[k])]
            if len(keys) > count and COUNTED_SET_IS_OURS not in self.disabled_rules:
                keys = self._the_speakers_own(keys, count)
            if len(keys) != count:
                continue
            chosen = [i for i in decision.checkpoints if i in self.by_id and
                      self.by_id[i].family not in keys] if decision.action == "select" else []
            ids = chosen + [self.index.families[k].newest.id for k in keys]
            return _selected(request, [self.by_id[i] for i in ids])
        return decision

    def _the_speakers_own(self, keys: list[str], count: int) -> list[str]:
        """Rule counted_set_is_the_speakers_own: of more families than the count, the ones
        stated as the speaker's where exactly that many are and every other is stated as
        someone else's; else all of them."""
        owners = {k: family_owner(self.index.families[k].cards, self._household, self.disabled_rules)
                  for k in keys}
        mine = [k for k in keys if owners[k] == "mine"]
        if len(mine) == count and all(owners[k] == "other" for k in keys if k not in mine):
            return mine
        return keys

    def _named_member(self, request: str, phrase: partitive.SetPhrase, families: set[str],
                      keys: list[str]) -> bool:
        """Does the request, outside the set phrase, name one of these families by a word of
        its own name ("Rex, one of our dogs")? Then the set only says what Rex is. With rule
        name_modifier_names_the_member also a word of a singular "the <N> lora" phrase that is a
        word of the name of exactly one of the set's families (`keys`), the selected one."""
        own = {phrase.head.start} | {t.start for t in phrase.modifiers}
        words = {t.low for t in tokenize(request) if t.start not in own}
        if any(words & self.index.families[k].name_lows for k in families):
            return True
        if NAME_MODIFIER in self.disabled_rules or not partitive.one_lora_named(request, phrase):
            return False
        said = {phrase.head.low} | {t.low for t in phrase.modifiers}
        named = [k for k in keys if said & self.index.families[k].name_lows]
        return len(named) == 1 and named[0] in families

    # -- the calibrated decision (calibrated.py) ----------------------------------------------

    def _retrieved(self, request: str, hits: list[Hit], allowed: set[str] | None
                   ) -> tuple[calibrated.Retrieved, list[str]]:
        """Per family its best BM25 and MiniLM scores, and the families retrieval ranks
        highest (BM25 and dense each contribute their top CAL_CANDIDATES)."""
        bm25: dict[str, float] = {}
        for h in hits:
            fam = self.by_id[h.id].family
            if h.bm25 > 0:
                bm25[fam] = max(bm25.get(fam, 0.0), h.bm25)
        best = self._family_best(self.retriever.dense_scores(request, self._request_vector(request)))
        order = np.argsort(-best, kind="stable")[:CAL_CANDIDATES]
        dense = {self._family_keys[i]: float(best[i]) for i in order if np.isfinite(best[i])}
        top_bm25 = sorted(bm25, key=lambda k: -bm25[k])[:CAL_CANDIDATES]
        return calibrated.Retrieved(bm25, dense), list(dict.fromkeys(top_bm25 + list(dense)))

    def _request_vector(self, request: str) -> np.ndarray | None:
        """The request encoded in one batch with its describing phrases that rule
        paraphrase_names_a_lora will read (kept in its index); None: only the request is to be
        encoded, by the retriever itself."""
        if self.paraphrases is None or self.retriever.scored(request) or \
                PARAPHRASE_NAMES_A_LORA in self.disabled_rules:
            return None
        texts = self.paraphrases.unencoded(request)
        if not texts:
            return None
        vectors = encode([request] + texts)
        for text, vector in zip(texts, vectors[1:]):
            self.paraphrases.remember(text, vector)
        return vectors[0]

    def _weigh(self, request: str, intent, resolutions: list[Resolution], hits: list[Hit],
               decision: Decision, allowed: set[str] | None) -> Decision | None:
        """The calibrated model's decision, or None when the reasoner's stands."""
        self.last_weighed = None
        cal = self.calibration
        if cal is not None and CALIBRATED in self.disabled_rules:
            cal = None
        if cal is None and not self.record:
            return None
        if calibrated.certain(resolutions, request):
            return self._second_concept(request, intent, resolutions, decision)
        if self.ask_threshold != DEFAULT_ASK_THRESHOLD:
            return None  # fitted at the default: another ask policy is the caller's choice
        retrieved, fams = self._retrieved(request, hits, allowed)
        considered = [k for r in resolutions for k in r.scores]
        fams = [f for f in dict.fromkeys(fams + considered) if f in self.index.families]
        feats = calibrated.features(request, resolutions, retrieved, self.index, fams)
        chosen = [self.by_id[i].family for i in decision.checkpoints or decision.options]
        kinds = {k: self.index.families[k].kind for k in feats}
        alone = sum(r.outcome != "none" for r in resolutions) <= 1
        self.last_weighed = {"features": feats, "reasoner": decision.action, "families": chosen,
                             "kinds": kinds, "alone": alone}
        if self.record:  # the version each family would get, so a fit can replay decisions
            self.last_weighed["cards"] = {k: self._card_for(k, decision, intent, request)
                                          for k in feats}
        if cal is None or not feats:
            return None
        probs = {k: cal.probability(v) for k, v in feats.items()}
        self.last_weighed["probabilities"] = probs
        v = calibrated.verdict(cal, decision.action, chosen, probs, kinds, alone)
        if DEPICTED_KIND not in self.disabled_rules:
            v = self._depicted_kind(request, v, decision, probs, cal.clarify)
        return self._apply(request, intent, v, decision)

    def _depicted_kind(self, request: str, v: calibrated.Verdict, decision: Decision,
                       probs: dict[str, float], plausible: float) -> calibrated.Verdict:
        """Rule depicted_kind_fits_the_style (depiction.py): "a <modifiers> <medium> of ..."
        names a kind of picture. A question between styles none of which is that kind is
        none; a plausible style (P at least `plausible`) the phrase names, where nothing was
        chosen, is asked about with the styles of its class noun, its look-alikes."""
        deps = depiction.depictions(request)
        if not deps:
            return v
        styles = {k for k, f in self.index.families.items() if f.kind == "style"}
        if v.action == "clarify" and set(v.families) <= styles and not any(
                depiction.fits(self.index, k, d) for k in v.families for d in deps):
            return calibrated.Verdict("none")
        if not (v.action == "none" or (v.action == "keep" and decision.action == "none")):
            return v
        ranked = sorted(probs, key=lambda k: (-probs[k], k))
        top = next((k for k in ranked if k in styles and probs[k] >= plausible), None)
        if top is None or not any(depiction.narrows_to(self.index, top, d) for d in deps):
            return v
        cls = self.index.families[top].newest.class_noun.lower()
        twins = [k for k in self.index.families if k in styles and k != top and
                 self.index.families[k].newest.class_noun.lower() == cls]
        return calibrated.Verdict("clarify", [top] + twins) if twins else v

    def _second_concept(self, request: str, intent, resolutions: list[Resolution],
                        decision: Decision) -> Decision | None:
        """A certain select plus a family another part of the request reaches: a second
        subject it names with a capital ("... aboard the old Heron"), or a style or concept
        LoRA the leftover words mean clearly more than any other ("... leaping over a puddle").
        None: the reasoner's decision stands."""
        chosen = second.chosen_families(resolutions)
        kinds = {self.index.families[k].kind for k in chosen}
        if decision.action != "select" or not chosen or kinds != {"subject"}:
            return None
        rest = second.rest_words(request, resolutions, self.index)
        if not rest:
            return None
        extra = second.named_subject(self.index, rest, chosen)
        if extra is None and second.LOWER_CASE_NAME not in self.disabled_rules:
            extra = second.named_in_lower_case(self.index, request, rest, chosen, self._composing)
        if extra is None and second.OWNED_THING not in self.disabled_rules:
            extra = second.owned_thing(self.index, request,
                                       second.unmatched_words(request, resolutions), chosen)
        if extra is None and "concept" in self._composing:  # "riding in a rickshaw"
            lead = self._dense_lead(rest, ("concept",))
            if lead is not None and second.named_by_word(self.index, lead, rest, request,
                                                         self.disabled_rules):
                extra = lead
        styled = second.style_words(rest, intent)  # a style's words ("window", "clay") are
        # often the scene's: a style joins only from a phrase that says how it is drawn
        if extra is None and styled and "style" in self._composing:
            extra = self._dense_lead(styled, ("style",))
        if extra is None or extra in chosen:
            return None
        card = self.by_id[self._card_for(extra, decision, intent, request)]
        ids = decision.checkpoints + [card.id]  # the reasoner's triggers stay where it put them
        return Decision("select", checkpoint=ids[0], checkpoints=ids,
                        prompt=rewrite(decision.prompt, [Placement(-1, -1, card)]))

    def _dense_lead(self, words_: list, kinds: tuple[str, ...]) -> str | None:
        """The family of these kinds the words mean clearly more than any other, or None."""
        ranked = self._dense_kinds(" ".join(t.text for t in words_), kinds, 2)
        runner = ranked[1][1] if len(ranked) > 1 else 0.0
        if ranked and ranked[0][1] >= COMPOSE_MIN_COSINE and \
                ranked[0][1] - runner >= COMPOSE_MARGIN:
            return ranked[0][0]
        return None

    def _card_for(self, fam_key: str, decision: Decision, intent, request: str) -> str:
        """The version of a family the calibrated decision would use: the reasoner's when it
        chose the family, else the one the request's version cues pick."""
        for card_id in decision.checkpoints:
            if self.by_id[card_id].family == fam_key:
                return card_id
        card = self._version_by_cues(fam_key, intent, request)
        if ONE_BASE not in self.disabled_rules:
            card = self._on_the_chosen_base(card, decision.checkpoints)
        return card.id

    def _version_by_cues(self, fam_key: str, intent, request: str) -> Card:
        """The family's version the request's version cues and words pick (all mentions')."""
        words_ = [t for m in intent.mentions for t in m.words]
        return pick_version(self.index.families[fam_key], intent.cue(), words_, request,
                            off=self.disabled_rules)

    def _apply(self, request: str, intent, v: calibrated.Verdict,
               decision: Decision) -> Decision | None:
        if v.action == "keep":
            return None
        if v.action == "none":
            return Decision("none", prompt=request)
        if v.action == "clarify":
            cards = [self.index.families[k].newest for k in v.families[:CAL_MAX_OPTIONS]]
            return Decision("clarify", options=[c.id for c in cards],
                            question=question_for(cards, self.index.common_tags), prompt=request)
        cards = [self.by_id[self._card_for(k, decision, intent, request)] for k in v.families]
        return _selected(request, cards)

    def _class_scores(self, phrase: str, families: list[str]) -> dict[str, float]:
        """MiniLM cosine of a phrase with each family's kind of thing ("labrador retriever: dog,
        pet, brown"): short texts, so a paraphrase of the class (a breed's nickname, a hat's kind)
        is not drowned by the rest of the card. Encoded once per family, when first needed."""

        todo = [f for f in families if f not in self._class_vectors]
        if todo:
            texts = []
            for f in todo:
                card = self.index.families[f].newest
                texts.append(f"{card.class_noun}: {', '.join(card.tags)}" if card.tags
                             else card.class_noun)
            for f, vec in zip(todo, encode(texts)):
                self._class_vectors[f] = vec
        q = encode([phrase])[0]
        return {f: float(self._class_vectors[f] @ q) for f in families}

    def _narrow(self, res: Resolution, index: CatalogIndex, families: Iterable[str]) -> Resolution:
        """A question among families that the request's own words did not separate because the
        user named the thing in words no card has (a nickname of a breed: its words are
        on no card, so only "my ... dog"-level evidence was left). MiniLM compares the phrase with
        each family's class; a clear winner is selected. Look-alikes described with the cards'
        own words (a colour both have) have no unexplained word and are still asked about."""
        if res.outcome != "clarify" or len(res.families) < 2:
            return res
        placing = PLACING_PREPOSITIONS if PLACE_WORD_NAMES_NOTHING not in self.disabled_rules \
            else frozenset()
        unexplained = [t for t in res.mention.words
                       if t.low not in STOPWORDS and t.low not in TRANSPARENT and
                       t.low not in CUE_WORDS and t.low not in placing and
                       not any(index.family_knows(f, t) for f in families)]
        if not unexplained:
            return res
        sims = self._class_scores(res.mention.text, res.families)
        ranked = sorted(res.families, key=lambda f: -sims[f])
        best, second = sims[ranked[0]], sims[ranked[1]]
        if best < NARROW_MIN_COSINE or best - second < NARROW_MARGIN:
            return res
        i = res.families.index(ranked[0])
        return Resolution(res.role, res.mention, "select", [ranked[0]], [res.cards[i]], res.scores,
                          {ranked[0]: res.matched.get(ranked[0], [])}, res.cue, res.extra_words)

    def _closest_version(self, fam, clue: str):
        """The version whose own words (what its card adds to its siblings') mean what the
        request's describing words mean: a garment named in other words than the card's -> that
        version. Strict: a clear winner or nothing (then the newest stays)."""

        if fam.key not in self._version_vectors:
            self._version_vectors[fam.key] = encode([version_text(c, fam.cards) for c in fam.cards])
        sims = self._version_vectors[fam.key] @ encode([clue])[0]
        order = np.argsort(-sims)
        best, second = float(sims[order[0]]), float(sims[order[1]])
        if best >= VERSION_MIN_COSINE and best - second >= VERSION_MARGIN:
            return fam.cards[int(order[0])]
        return None

    def _kind_options(self, resolutions) -> tuple[Resolution, list[Card]] | None:
        """A phrase that calls the thing one of the user's LoRAs and says only which kind ("the
        footwear lora", "a tattoo lora"): the style and concept families whose class and tags
        mean that kind about equally well are the options. Checkpoint words make even "a ..."
        point at the user's own checkpoints."""
        target = next((r for r in resolutions if r.mention.words and
                       any(t.low in CHECKPOINT_WORDS for t in r.mention.all_tokens)), None)
        if target is None or not self._composing:
            return None
        phrase = " ".join(t.low for t in target.mention.words)
        composing = [f for f, _ in self._dense_kinds(phrase, self._composing, KIND_CANDIDATES)]
        sims = self._class_scores(phrase, composing) if composing else {}
        ranked = sorted(composing, key=lambda f: -sims[f])
        if not ranked or sims[ranked[0]] < KIND_MIN_COSINE:
            return None
        close = [f for f in ranked if sims[f] >= sims[ranked[0]] - KIND_MARGIN][:CAL_MAX_OPTIONS]
        return target, [self.index.families[f].newest for f in close]

    def _pointed_options(self, resolutions) -> tuple[Resolution, list[Card]] | None:
        """The user points at something of theirs ("my <paraphrase>") in words the catalog does
        not use: the families whose cards mean that phrase most closely."""
        target = next((r for r in resolutions if r.mention.role in ("subject", "style")
                       and r.mention.determiner in ("possessive", "definite")
                       and r.mention.words), None)
        if target is None or any(w.low in self.index.names for w in target.mention.words):
            return None  # a name read as a common noun stays that way
        if self._relative_lacking(target):
            return None  # "my <relative>'s ...": no such relative here, so nothing of theirs
        kind = "style" if target.mention.role == "style" else "subject"
        ranked = self._dense_families(target.mention.text, kind, 3)
        if not ranked or ranked[0][1] < RESCUE_MIN_COSINE:
            return None
        return target, [self.index.families[f].newest for f, s in ranked
                        if s >= ranked[0][1] - RESCUE_MARGIN]

    def _relative_lacking(self, res: Resolution) -> bool:
        """Rule possessor_relative_owns_it (ordinary.py): the phrase is "my <relative>'s ..." and
        no card states that relation, so it points at nothing of the user's repository."""
        if "possessor_relative_owns_it" in self.disabled_rules:
            return False
        if self._stated_relations is None:
            self._stated_relations = frozenset().union(
                *(stated_relations(f) for f in self.index.families.values()))
        labels = {label_of(t.low, True) for t in res.mention.all_tokens if t.possessive}
        labels.discard(None)
        return bool(labels) and not labels & self._stated_relations

    def _dense_rescue(self, request: str, resolutions, answer: str | None) -> Decision | None:
        """Nothing was found in the request's words, but a phrase asks for one of the user's
        checkpoints: by its kind of LoRA (_kind_options) or with "my"/"the" and other words
        (_pointed_options). Meaning proposes the options; the user is asked (never a silent
        select on embeddings alone), and the answer picks one."""
        if self.retriever.mode not in ("dense", "hybrid"):
            return None
        found = None
        if KIND_OF_LORA not in self.reasoner.disabled:
            found = self._kind_options(resolutions)
        found = found or self._pointed_options(resolutions)
        if found is None:
            return None
        target, options = found
        if answer is not None:
            picked = resolve_answer(self.index, answer, options)
            if picked == "none":
                return Decision("none", prompt=request)
            if isinstance(picked, Card):
                span = Placement(target.mention.start, target.mention.end, picked)
                return Decision("select", checkpoint=picked.id, checkpoints=[picked.id],
                                prompt=rewrite(request, [span]))
        return Decision("clarify", options=[c.id for c in options], question=question_for(options, self.index.common_tags),
                        prompt=request)

    def _family_arrays(self) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray, list[str]]:
        """The embedding rows by family (_runs), per family its kind, the family keys: lets a
        phrase be compared with 100,000 cards' families in a few vector operations."""
        keys = list(self.index.families)
        number = {k: i for i, k in enumerate(keys)}
        rows = np.array([number[self.by_id[i].family] for i in self.retriever._ids], dtype=np.int64)
        kinds = np.array([self.index.families[k].kind for k in keys])
        return _runs(rows), kinds, keys

    def _family_best(self, sims: np.ndarray) -> np.ndarray:
        """Per family (in `_family_keys` order) its best card's cosine; -inf: no card scored."""
        best = np.full(len(self._family_keys), -np.inf, dtype=np.float32)
        if len(sims):  # one maximum per run of a family's rows (np.maximum.at is ~50x slower)
            order, starts, present = self._by_family
            best[present] = np.maximum.reduceat(sims[order], starts)
        return best

    def _dense_families(self, phrase: str, kind: str, k: int) -> list[tuple[str, float]]:
        """The k families of this kind whose best card is closest in meaning to the phrase, best
        first (ties: catalog order)."""
        return self._dense_kinds(phrase, (kind,), k)

    def _dense_kinds(self, phrase: str, kinds: tuple[str, ...], k: int) -> list[tuple[str, float]]:
        """The k families of these kinds closest in meaning to the phrase, best first."""
        sims = self.retriever.dense_scores(phrase)
        if not len(sims):
            return []
        best = self._family_best(sims)
        best[~np.isin(self._family_kind, kinds)] = -np.inf
        order = np.argsort(-best, kind="stable")[:k]
        return [(self._family_keys[i], float(best[i])) for i in order if np.isfinite(best[i])]

    def _retrieval_only(self, request: str, hits: list[Hit]) -> Decision:
        """Retrieval alone (a baseline): the top family's newest version; ask when the runner-up
        family scores within a small relative gap; none when nothing matches well enough."""
        if not hits:
            return Decision("none", prompt=request)
        top_bm25 = max((h.bm25 for h in hits), default=0.0) or 1.0

        def score(h: Hit) -> float:
            if self.retriever.mode == "bm25":
                return h.bm25
            if self.retriever.mode == "dense":
                return h.dense
            return 0.5 * h.bm25 / top_bm25 + 0.5 * h.dense

        best_by_family: dict[str, float] = {}
        for hit in hits:
            fam = self.by_id[hit.id].family
            best_by_family[fam] = max(best_by_family.get(fam, -1.0), score(hit))
        ranked = sorted(best_by_family.items(), key=lambda kv: -kv[1])
        top = ranked[0][1]
        floor = {"bm25": 1e-9, "dense": 0.45, "hybrid": 0.5}[self.retriever.mode]
        if top < floor:
            return Decision("none", prompt=request)
        gap = 0.4 * (1.0 - self.reasoner.ratio)  # 0.1 at the default ask threshold
        close = [fam for fam, sc in ranked if sc >= top * (1.0 - gap)][:4]
        newest = [self.index.families[f].newest for f in close]
        if len(newest) > 1:
            return Decision("clarify", options=[c.id for c in newest], question=question_for(newest, self.index.common_tags),
                            prompt=request)
        card = newest[0]
        return _selected(request, [card])

    def _answer_options(self, request: str, decision: Decision, answer: str) -> Decision:
        options = [self.by_id[i] for i in decision.options]
        picked = resolve_answer(self.index, answer, options)
        if picked == "none":
            return Decision("none", prompt=request)
        if isinstance(picked, Card):
            return _selected(request, [picked])
        return decision

    def _llm(self, request: str, hits: list[Hit]) -> Decision:
        local = self._local(request, hits=hits)
        shortlist_ids = list(dict.fromkeys(local.checkpoints + local.options +
                                           [h.id for h in hits]))[:SHORTLIST]
        shortlist = [self.by_id[i] for i in shortlist_ids]
        try:
            judgement = self.llm.judge(request, shortlist)
        except LLMUnavailable as err:
            self.last_fallback = err.message
            return local
        self.last_fallback = None
        if judgement.action == "none":
            return Decision("none", prompt=request)
        cards = [self.by_id[i] for i in judgement.ids if i in self.by_id]
        if judgement.action == "clarify" and len(cards) > 1:
            return Decision("clarify", options=[c.id for c in cards],
                            question=judgement.question or question_for(cards, self.index.common_tags), prompt=request)
        if not cards:
            return local
        # Several checkpoints compose only for a request that names several concepts: a model
        # listing look-alikes or versions ("select" with 2 ids) must not turn one concept into a
        # composition. Keep one card per family, and no more than the concepts found locally.
        cards = list({c.family: c for c in reversed(cards)}.values())[::-1]
        cards = cards[:max(1, len(local.checkpoints))]
        # reuse the local rewrite when the LLM agrees with it, else place the triggers simply
        if [c.id for c in cards] == local.checkpoints:
            return local
        return _selected(request, cards)

    def _candidates(self, hits: list[Hit], decision: Decision) -> list[dict[str, Any]]:
        out = [{"id": h.id, "score": round(h.score, 6)} for h in hits[:N_CANDIDATES]]
        listed = {c["id"] for c in out}
        for card_id in decision.checkpoints + decision.options:
            if card_id not in listed:
                out.append({"id": card_id, "score": 0.0})
        return out
