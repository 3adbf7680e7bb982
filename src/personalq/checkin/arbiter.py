"""A learned last look at a decision: keep it, or take one of a few nearby alternatives.

Rounds of reading rules stopped reaching new repositories (benchmarks/select/README.md, round
24's lesson), yet on a new owner's requests the right answer is usually close to the one given:
the family retrieval and the calibrated model rank first, a question between the top two, none,
or the same selection with one card more or less. (A question the stages asked is left alone.)
Forty-odd labelled repositories show which of these is right in which situation. So after every
stage has decided, the arbiter describes the request in a fixed row of numbers (the decision's
shape, the calibrated probabilities and features of the two leading families, the retrieval
scores, counts of how the request is worded (wording.py), how alike the two leaders' cards are)
and, per alternative, a small boosted-tree model fitted on those repositories predicts its
worth: +1 when right, -2 when it selects a wrong checkpoint (a misroute costs two right
answers), 0 otherwise. The alternative predicted best is taken when it beats keeping the
decision by `margin`. One situation has a model of its own, since the trees, shared by every
kind of request, miss it: a "none" where the leading family is a style or concept LoRA the
request describes without naming it (described_row); a logistic model says when to select it.

The trees are fitted offline (`personalq bench select --arbiter`, bench/select_arbiter.py, with
scikit-learn) and stored as plain arrays in arbiter.npz; here they are only walked, with
numpy. Nothing here names a word of any request: the model sees numbers about the evidence and
counts of word classes, never the text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from personalq.catalog.card import Card
from personalq.checkin import wording
from personalq.checkin.calibrated import FEATURES as FAMILY_FEATURES, log_odds
from personalq.checkin.text import CATEGORY_WORDS, stem, words

MODEL_FILE = Path(__file__).with_name("arbiter.npz")
ACTIONS = ("select", "clarify", "none", "error")
KINDS = ("subject", "style", "concept")
LEADERS = 2  # the leading families whose own features the row carries
NO_PROBABILITY = -14.0  # the log-odds stood for when the calibrated model did not weigh


@dataclass
class Seen:
    """What the arbiter sees of a decided request (all of it in the decision's JSON and the
    selector's `last_weighed`, so a fit can replay recorded requests)."""

    action: str
    checkpoints: list[str]  # card ids selected
    options: list[str]  # card ids offered in a question
    candidates: list[tuple[str, float]]  # (card id, retrieval score), best first
    weighed: dict | None  # Selector.last_weighed: calibrated features, probabilities, kinds
    words: int  # the request's length in words
    wording: list[float] = field(default_factory=list)  # wording.numbers (empty: not measured)
    alike: list[float] = field(default_factory=list)  # leaders_alike (empty: not measured)
    names_all: bool = False  # a select whose every card the request names in full


@dataclass
class Choice:
    """An alternative decision: its action and card ids (select: the cards; clarify: options)."""

    action: str
    cards: list[str]


def ranked_families(seen: Seen, family_of: Callable[[str], str]) -> list[str]:
    """The families in play, best first: by calibrated probability where the model weighed the
    request, then the retrieval candidates' families in their order."""
    out: list[str] = []
    if seen.weighed:
        probs = seen.weighed.get("probabilities", {})
        out = sorted(probs, key=lambda k: (-probs[k], k))
    for card_id, _ in seen.candidates:
        fam = family_of(card_id)
        if fam not in out:
            out.append(fam)
    return out


def row(seen: Seen, family_of: Callable[[str], str]) -> list[float]:
    """The request as numbers: what the decision did, how sure the calibrated model was, the
    two leading families' features and where they stand in the decision, retrieval scores, how
    the request is worded (wording.py) and how alike the two leaders are (leaders_alike)."""
    w = seen.weighed or {}
    ranked = ranked_families(seen, family_of)
    chosen = {family_of(c) for c in seen.checkpoints}
    offered = {family_of(c) for c in seen.options}
    x = [float(seen.action == a) for a in ACTIONS]
    x += [len(chosen), len(offered), float(bool(w))]
    probs = sorted(w.get("probabilities", {}).values(), reverse=True) + [0.0, 0.0, 0.0]
    x += probs[:3]
    x += [log_odds(probs[0]) - log_odds(probs[1]), log_odds(probs[0])] if w else \
        [0.0, NO_PROBABILITY]
    x += [float(w.get("reasoner") == a) for a in ACTIONS[:3]] + [len(w.get("families", []))]
    for i in range(LEADERS):
        fam = ranked[i] if len(ranked) > i else None
        feats = w.get("features", {}).get(fam) if fam else None
        x += [feats.get(k, 0.0) for k in FAMILY_FEATURES] if feats else [0.0] * len(FAMILY_FEATURES)
        x += [float(fam is not None), float(fam in chosen), float(fam in offered)]
        kind = w.get("kinds", {}).get(fam, "")
        x += [float(kind == k) for k in KINDS]
    first, second, ratio = _retrieval_lead(seen)
    x += [first, second, ratio, len(seen.candidates)]
    x += [seen.words]
    x += seen.wording or [0.0] * wording.WIDTH
    x += seen.alike or [0.0] * ALIKE_WIDTH
    return x


def _retrieval_lead(seen: Seen) -> tuple[float, float, float]:
    """The best and second retrieval scores and the second's share of the best (0 when none)."""
    scores = [s for _, s in seen.candidates] + [0.0, 0.0]
    return scores[0], scores[1], scores[1] / scores[0] if scores[0] else 0.0


ALIKE_WIDTH = 6  # leaders_alike returns this many


def names_every_card(request: str, names: list[str]) -> bool:
    """Does the request name every selected card in full (each content word of its name)? Then
    the select is the user's own choice and the arbiter is not asked: its trees, fitted on
    numbers from hand-written repositories, are unsure far from them (on a generated catalog of
    invented names and many same-medium styles they dropped the named pet or style from 12 of
    19 "<pet> ... in the <name> style" requests). Over the 44 labelled sets 95% of such selects
    are right."""
    typed = set(words(request))
    named = [set(words(n)) for n in names]
    return bool(named) and all(name and name <= typed for name in named)


def leaders_alike(cards: list[Card], base_of: Callable[[Card], str]) -> list[float]:
    """How alike the cards of the two leading families are: both there, of one kind, sharing a
    class-noun word, their tags' overlap (Jaccard), both people, of one base model. Between
    look-alikes (two staffies, two watercolour styles, two women of the family) a request that
    fits both is a question; beside a rival unlike it, the leader is likelier meant."""
    if len(cards) < 2:
        return [0.0] * ALIKE_WIDTH
    a, b = cards[:2]
    nouns = [{stem(w) for w in c.class_noun.lower().split()} for c in (a, b)]
    tags = [{t.lower() for t in c.tags} for c in (a, b)]
    person = [bool(set(c.class_noun.lower().split()) & CATEGORY_WORDS) for c in (a, b)]
    return [1.0, float(a.kind == b.kind), float(bool(nouns[0] & nouns[1])),
            len(tags[0] & tags[1]) / max(1, len(tags[0] | tags[1])),
            float(person[0] and person[1]), float(base_of(a) == base_of(b))]


def alternatives(seen: Seen, family_of: Callable[[str], str], card_of: Callable[[str], str],
                 base_of: Callable[[str], str]) -> dict[str, Choice]:
    """The decisions near this one, by name (see ALTERNATIVES). card_of: the card a family
    would be drawn with (its version). A question the stages asked stands: they ask between
    look-alikes the evidence cannot separate, and the scorer's rule (a question is right when its
    options hold the meant family) would reward a wider question for nothing. So only a select or
    a none has alternatives, and the questions offered are between the leading two or three. A
    select whose every card the request names in full stands too (names_every_card). A
    selection of cards of two base models is no option: a picture is drawn on one base."""
    out = {"keep": Choice(seen.action, list(seen.checkpoints or seen.options))}
    if seen.action not in ("select", "none") or seen.names_all:
        return out
    ranked = ranked_families(seen, family_of)
    top = [card_of(f) for f in ranked[:3]]
    out["none"] = Choice("none", [])
    if top:
        out["select_first"] = Choice("select", top[:1])
    if len(top) >= 2:
        out["ask_first_two"] = Choice("clarify", top[:2])
        out["select_first_two"] = Choice("select", top[:2])
    if len(top) >= 3:
        out["ask_first_three"] = Choice("clarify", top[:3])
    if seen.action == "select":
        chosen = list(seen.checkpoints)
        taken = {family_of(c) for c in chosen}
        extra = [f for f in ranked if f not in taken]
        if extra:
            out["add_first_other"] = Choice("select", chosen + [card_of(extra[0])])
        if len(chosen) >= 2:
            for i in range(min(len(chosen), 3)):
                out[f"drop_card_{i}"] = Choice("select", chosen[:i] + chosen[i + 1:])
    kept, seen_before = {}, set()
    for name, choice in out.items():  # the same decision twice is one alternative
        key = (choice.action, tuple(sorted(choice.cards)))
        drawable = choice.action != "select" or len({base_of(c) for c in choice.cards}) == 1
        if name == "keep" or (key not in seen_before and drawable):
            kept[name] = choice
            seen_before.add(key)
    return kept


ALTERNATIVES = ("keep", "none", "select_first", "ask_first_two", "select_first_two",
                "ask_first_three", "add_first_other", "drop_card_0", "drop_card_1", "drop_card_2")

# What the described-LoRA model reads of the leading family (calibrated.FEATURES): how well the
# retrieval and the words fit it, and its lead over the rest.
DESCRIBED_FEATURES = ("dense_cos", "dense_lead", "bm25_rel", "bm25_lead", "coverage",
                      "coverage_lead", "drawn_cover", "drawn_lead", "kind_cover_lead")


def described_row(seen: Seen, family_of: Callable[[str], str]) -> list[float] | None:
    """For a "none" whose leading family is a style or concept LoRA, the numbers the
    described-LoRA model weighs (Described); None for any other decision.

    A subject checkpoint is one dog or one person: a request for "a dog" is not for it. A style
    or concept LoRA is made to draw its look or its thing for anyone, so a request that describes
    it in everyday words ("a man in a cream cable-knit jumper" beside a fisherman's-sweater LoRA)
    means it, though no card word is typed and the stages, reading words, found nothing named.
    Whether the description fits is what retrieval and the word coverage measure."""
    if seen.action != "none" or not seen.weighed:
        return None
    ranked = ranked_families(seen, family_of)
    if not ranked:
        return None
    kind = seen.weighed.get("kinds", {}).get(ranked[0])
    feats = seen.weighed.get("features", {}).get(ranked[0])
    if kind not in ("style", "concept") or not feats:
        return None
    first, _, ratio = _retrieval_lead(seen)
    return [feats.get(k, 0.0) for k in DESCRIBED_FEATURES] + \
        [first, ratio, float(kind == "style"), float(seen.words)]


@dataclass
class Described:
    """A logistic model: is the leading style or concept LoRA meant, where the stages said none
    (described_row)? Its select is taken when the probability passes `threshold`."""

    weights: np.ndarray
    bias: float
    threshold: float

    def probability(self, x: list[float]) -> float:
        z = float(np.dot(self.weights, np.asarray(x, dtype=np.float64)) + self.bias)
        return 1.0 / (1.0 + np.exp(-z))


@dataclass
class Forest:
    """Boosted regression trees as flat arrays (one row per node, every tree's nodes in one
    table): a prediction walks all trees at once, one level per step."""

    baseline: float
    roots: np.ndarray  # node index of each tree's root
    feature: np.ndarray  # per node: the row's column it tests
    threshold: np.ndarray  # per node: go left when the value is <= this
    left: np.ndarray
    right: np.ndarray
    leaf: np.ndarray  # per node: is it a leaf
    value: np.ndarray  # per node: a leaf's contribution

    def leaves(self, x: np.ndarray) -> np.ndarray:
        """The leaf each tree sends row x to."""
        node = self.roots.copy()
        inner = ~self.leaf[node]
        while inner.any():  # each step takes every tree not yet at a leaf one level down
            go_left = x[self.feature[node]] <= self.threshold[node]
            node = np.where(inner, np.where(go_left, self.left[node], self.right[node]), node)
            inner = ~self.leaf[node]
        return node

    def predict(self, x: np.ndarray) -> float:
        return float(self.baseline + self.value[self.leaves(x)].sum())

    FIELDS = ("roots", "feature", "threshold", "left", "right", "leaf", "value")

    @classmethod
    def from_arrays(cls, arrays: dict, baseline: float) -> "Forest":
        return cls(float(baseline), arrays["roots"].astype(np.int64),
                   arrays["feature"].astype(np.int64), arrays["threshold"].astype(np.float64),
                   arrays["left"].astype(np.int64), arrays["right"].astype(np.int64),
                   arrays["leaf"].astype(bool), arrays["value"].astype(np.float64))


def _joined(forests: dict[str, Forest]) -> tuple[Forest, np.ndarray]:
    """Every alternative's trees in one table (node indices offset), and each tree's alternative
    (its position in `forests`): one walk predicts them all, which costs what one forest costs."""
    parts: dict[str, list[np.ndarray]] = {f: [] for f in Forest.FIELDS}
    owner: list[int] = []
    size = 0
    for i, forest in enumerate(forests.values()):
        for name in Forest.FIELDS:
            column = getattr(forest, name)
            parts[name].append(column + size if name in ("roots", "left", "right") else column)
        owner += [i] * len(forest.roots)
        size += len(forest.feature)
    table = {k: np.concatenate(v) if v else np.zeros(0) for k, v in parts.items()}
    joined = Forest.from_arrays(table, 0.0)
    return joined, np.asarray(owner, dtype=np.int64)


@dataclass
class Arbiter:
    """One forest per alternative and the lead an alternative needs over keeping."""

    forests: dict[str, Forest]
    margin: float
    fitted_on: list[str]
    described: Described | None = None  # the described-LoRA model (None: not fitted)

    def __post_init__(self) -> None:
        self._names = list(self.forests)
        self._joined, self._owner = _joined(self.forests)
        self._baselines = np.array([f.baseline for f in self.forests.values()])

    def worth(self, x: list[float]) -> dict[str, float]:
        """Every alternative's predicted worth (+1 right, -2 a wrong checkpoint)."""
        if not self._names:
            return {}
        leaves = self._joined.leaves(np.asarray(x, dtype=np.float64))
        sums = np.bincount(self._owner, weights=self._joined.value[leaves],
                           minlength=len(self._names))
        return dict(zip(self._names, (self._baselines + sums).tolist()))

    def choose(self, x: list[float], available, described: list[float] | None = None) -> str:
        """The alternative to take: the best predicted, when it leads keeping by the margin;
        failing that, for a none with a described LoRA leading (described_row), its select when
        the described-LoRA model is sure enough."""
        worth = {k: v for k, v in self.worth(x).items() if k in available}
        keep = worth.get("keep", 0.0)
        best = max((k for k in worth if k != "keep"), key=lambda k: (worth[k], k), default=None)
        if best is not None and worth[best] > keep + self.margin:
            return best
        if described is not None and self.described is not None and "select_first" in available \
                and self.described.probability(described) > self.described.threshold:
            return "select_first"
        return "keep"


@lru_cache(maxsize=4)
def load(path: str = str(MODEL_FILE)) -> Arbiter | None:
    """The fitted arbiter, or None before the first fit (decisions are kept as they are). The
    file holds, per alternative, its forest's arrays ("<alternative>.<field>"), the
    described-LoRA model's weights ("described.weights") and a JSON header ("meta": margin, sets
    fitted on, each forest's baseline, the described-LoRA model's bias and threshold)."""
    p = Path(path)
    if not p.exists():
        return None
    with np.load(p) as z:
        meta = json.loads(str(z["meta"]))
        forests = {name: Forest.from_arrays({f: z[f"{name}.{f}"] for f in Forest.FIELDS},
                                            head["baseline"])
                   for name, head in meta["forests"].items()}
        head = meta.get("described")
        described = Described(z["described.weights"].astype(np.float64), float(head["bias"]),
                              float(head["threshold"])) if head else None
    return Arbiter(forests, float(meta["margin"]), list(meta.get("fitted_on", [])), described)
