"""Decide from evidence: a calibrated probability per family that the request means it.

The reasoner (reasoner.py) reads the request word by word; retrieval (retrieval.py) ranks the
cards by BM25 and MiniLM. Neither alone decides. For every candidate family (the families of the
top retrieval hits and every family the reasoner considered) a handful of named features is
computed — the retrieval evidence (ranks, margins), the reasoner's verdict and share, and the
kind of mention (named, possessive, relational, generic, a kind word such as "style") — and a
logistic model turns them into P(the request means this family). The weights and the
select / clarify / none thresholds live in calibration.json, fitted offline on the dev sets by
`benchmarks/select/fit.py`; nothing here is tuned by hand.

The reasoner's verdict is one feature among others, so a wide retrieval margin can overrule a
rule, and a weak retrieval can overrule a lexical coincidence ("a tin of treacle" beside a pony
named Treacle). `explain()` says which features drove a family's probability.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from personalq.checkin.features import CatalogIndex
from personalq.checkin.intent import Determiner
from personalq.checkin.reasoner import Outcome, Resolution
from personalq.checkin.kinship import birth_order, label_of
from personalq.checkin.text import (CHECKPOINT_WORDS, DETERMINERS, GOVERNING, KIND_WORDS,
                                    STOPWORDS, edit_distance, governed, tokenize)
from personalq.checkin.tuning import CAL_BM25_FLOOR, CAL_LEAD_CLIP, KIN_REACH, STRONG

WEIGHTS_FILE = Path(__file__).with_name("calibration.json")
POINTERS = (Determiner.POSSESSIVE, Determiner.DEFINITE, Determiner.BACKREF)
GENERIC = (Determiner.INDEFINITE, Determiner.QUANTIFIED, Determiner.CONTAINER)

FEATURES = (
    "reasoner_select",  # the reasoner selected this family
    "reasoner_option",  # the reasoner offered it in a question
    "reasoner_share",  # its share of the mention's idf-weighted word evidence (0..1)
    "named",  # the request names it (its whole name, perhaps misspelt)
    "strong_word",  # a request word matched its class noun, a one-word tag or its name
    "bm25_rel",  # its best BM25 score / the best BM25 score of any card (0..1)
    "bm25_lead",  # log of its BM25 over the best other family's (clipped): the retrieval margin
    "dense_cos",  # MiniLM cosine of the request with its closest card
    "dense_lead",  # that cosine minus the best other family's
    "dense_top",  # it is the family dense retrieval ranks first
    "both_top",  # BM25 and dense retrieval both rank it first: two independent witnesses
    "name_near",  # a capitalised request word is its name or a near spelling of it
    "bare_name",  # named only by a lower-case word in a phrase without "my"/"the": the word
    # may be the common noun ("grating nutmeg")
    "pointer",  # the request points at something of the user's ("my", "our", "the")
    "generic",  # the phrase that reached it is generic ("a", "some", "a crate of")
    "relational",  # the request names a relative (a kinship word) and so does the card
    "relation_mismatch",  # the request names a relative; the card states other relations only
    "kind_word",  # the request names the family's kind ("style", "lora", "concept")
    "composing",  # a style or concept LoRA (it composes with a subject)
    "borrowed_name",  # a bare lower-case word reached it, and its name is a word its own card
    # never uses in lower case: the card borrowed an ordinary word as a proper name ("Honey"),
    # so lower case most likely means the ordinary thing
    "checkpoint_cue",  # the request names a version number or a base model ("v2", "for sd1.5"):
    # it talks about a checkpoint, whatever case its names are typed in
    "coverage",  # idf-weighted share of the request's content words its cards know (by field
    # strength): a request is a phrase, and the family that accounts for more of its rare words
    # is the one it describes, even when no single word names it
    "coverage_lead",  # that share minus the best other family's: evidence is relative
    "drawn_cover",  # a style or concept LoRA: idf-weighted share of the words of the request's
    # "how it is drawn" phrase ("in <medium>", "made of <material>", "<X> poster of", "as a <Y>")
    # its cards know; English says how a picture looks in these frames, not what it shows
    "drawn_lead",  # drawn_cover minus the best other style's or concept's: look-alike styles
    # ("two kinds of block print") share the medium's words, so only a lead separates them
    "kind_cover_lead",  # coverage minus the best other family's of the same kind: a request is
    # answered without asking only when its words set the family apart from its look-alikes
    "style_bm25_lead",  # bm25_lead of a style or concept LoRA: they are asked for by what they
    # look like (description words), not by a name, so their retrieval margin is their evidence
    "style_dense_lead",  # dense_lead of a style or concept LoRA, for the same reason
    "generic_subject_cover",  # coverage of a subject that a generic phrase ("a", "some") and no
    # pointer ("my", "the") reached: "a log hut by the sea" asks for any hut, so
    # the words its card shares say what kind of thing is drawn, not which of the user's
    "generic_style",  # a generic phrase ("a", "some") reached a style or concept LoRA: one asks
    # for "an etching of ..." or "a jacket" naturally, while a generic subject is seldom one's own
)


@dataclass
class Calibration:
    """Weights per feature, an intercept and the decision thresholds (calibration.json)."""

    weights: dict[str, float]
    bias: float
    select: float  # P at or above which a lone family is selected
    clarify: float  # P at or above which a family is offered in a question
    margin: float  # the selected family leads the next by at least this much
    drop: float  # below this P for every family it names, the reasoner's answer becomes none
    compose: float = 1.01  # P at which a family of the other role joins a select (1.01: never)
    gap: float = 99.0  # log-odds by which a question's best option must lead its rivals to be
    # selected without asking (99: never)
    fitted_on: list[str] = field(default_factory=list)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def explain(self, feats: dict[str, float], top: int = 4) -> list[tuple[str, float]]:
        """The features that moved this family's log-odds most, with their contributions."""
        parts = [(k, self.weights.get(k, 0.0) * v) for k, v in feats.items()]
        return sorted((p for p in parts if abs(p[1]) > 1e-6), key=lambda p: -abs(p[1]))[:top]


@lru_cache(maxsize=4)
def load(path: str = str(WEIGHTS_FILE)) -> Calibration | None:
    """The fitted calibration, or None before the first fit (the reasoner decides alone)."""
    p = Path(path)
    if not p.exists():
        return None
    raw = json.loads(p.read_text())
    return Calibration(raw["weights"], raw["bias"], raw["select"], raw["clarify"], raw["margin"],
                       raw["drop"], raw.get("compose", 1.01), raw.get("gap", 99.0),
                       raw.get("fitted_on", []))


@dataclass
class Retrieved:
    """Per family: its best BM25 score and its best MiniLM cosine with the request."""

    bm25: dict[str, float]
    dense: dict[str, float]


def _lead(mine: float, others: list[float]) -> float:
    return mine - max(others, default=0.0)


def _leads(values: dict[str, float], group=lambda key: None) -> dict[str, float]:
    """Each key's value minus the best other value of its group (`_lead` for every key at
    once): the best and second best per group are found in one pass, so 100k-card catalogs,
    where thousands of families are weighed, stay linear."""
    top: dict = {}
    for key, v in values.items():
        g = top.setdefault(group(key), [None, 0.0, 0.0])  # best key, best, second best
        if g[0] is None or v > g[1]:
            g[2] = g[1] if g[0] is not None else 0.0
            g[0], g[1] = key, v
        elif v > g[2]:
            g[2] = v
    out = {}
    for key, v in values.items():
        best_key, best, second = top[group(key)]
        out[key] = v - (second if key == best_key else best)
    return out


def _request_kinds(request: str) -> set[str]:
    """The kinds of checkpoint the request's words name ("style", "lora", a medium)."""
    lows = {t.low for t in tokenize(request)}
    return {kind for kind, words in KIND_WORDS.items() if lows & words}


@dataclass(frozen=True)
class Kin:
    """Relations a text states: to the speaker ("my father", "our youngest", a bare "oma")
    and through someone else ("my sister's ..." — the sister is not the one meant)."""

    owner: frozenset[str] = frozenset()
    chain: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.owner or self.chain)

    def agrees(self, other: "Kin") -> bool:
        return bool(self.owner & other.owner or self.chain & other.chain)


def kin_of(text: str, bare: bool, only: frozenset[str] | None = None) -> Kin:
    """Kinship words of a text by the label of their relation (kinship.label). After "my"/"our" (or "the", in a
    request: "the wife") a kinship word is the speaker's relative, unless it is possessive
    ("my cousin's daughter": the relation runs through the cousin). bare: a kinship word on its own
    ("oma knitting") also names the speaker's relative (requests; cards describe others).
    only: the stems that may state a relation (a card's words outside relative clauses:
    "My stepmother Ingrid, who married my dad" states a stepmother, not a father)."""
    toks = tokenize(text)
    owner, chain = set(), set()
    pointers = ("my", "our", "the") if bare else ("my", "our")
    for i, tok in enumerate(toks):
        pointed = i > 0 and (toks[i - 1].low in ("my", "our") or toks[i - 1].possessive)
        # "our youngest", "my eldest", "our bunso": a child by birth order, compared as the order
        label = label_of(tok.low, pointed) or birth_order(tok.low, pointed)
        if label is None or (only is not None and tok.stem not in only):
            continue
        if not bare and governed(toks, i, KIN_REACH):
            continue  # a card's "knitting for our eldest" names someone else
        before = [t.low for t in toks[max(0, i - KIN_REACH):i]]
        through = i > 0 and toks[i - 1].possessive  # "Anna's son", "my uncle's son"
        if tok.possessive:
            chain.add(label)
        elif not through and (bare or any(p in before for p in pointers)):
            owner.add(label)
    return Kin(frozenset(owner), frozenset(chain))


@lru_cache(maxsize=65536)
def _card_kin(text: str) -> Kin:
    return kin_of(text, bare=False, only=_outside_relative_clauses(text))


RELATIVE_PRONOUNS = frozenset("who whom whose which".split())


def _outside_relative_clauses(text: str) -> frozenset[str]:
    """Stems of the words not inside a relative clause: in "My stepmother Ingrid, who married
    my dad when I was nine; ..." the clause describes her, it states no relation of hers."""
    keep, inside, prev_end = set(), False, 0
    for tok in tokenize(text):
        if re.search(r"[,;:.()]", text[prev_end:tok.start]):
            inside = False
        inside = inside or tok.low in RELATIVE_PRONOUNS
        if not inside:
            keep.add(tok.stem)
        prev_end = tok.end
    return frozenset(keep)


def family_kin(fam) -> Kin:
    """The relations a family's cards state in their descriptions (all versions). Read once per
    family (Family.memo): the calibrated features ask it of every candidate family of every
    request, thousands at 100,000 cards."""
    found = fam.memo.get(FAMILY_KIN)
    if found is None:
        kins = [_card_kin(c.description) for c in fam.cards]
        found = fam.memo[FAMILY_KIN] = Kin(frozenset().union(*(k.owner for k in kins)),
                                           frozenset().union(*(k.chain for k in kins)))
    return found


FAMILY_KIN = family_kin.__name__  # its Family.memo key


def _name_near(fam, caps: list[str]) -> bool:
    """A capitalised word is the family's name or within one edit (two for long words) of a
    word of it: people misspell names, but they capitalise them."""
    for word in caps:
        for name in fam.name_lows:
            if len(name) < 3:
                continue
            limit = 1 if len(name) <= 5 else 2
            if word == name or (len(word) >= 3 and edit_distance(word, name, limit) <= limit):
                return True
    return False


def borrowed_name(fam, request_toks) -> bool:
    """A word of the request is the family's one-word name typed in lower case, a word its cards
    use only as a proper name (Family.borrows)."""
    return any(fam.borrows(t) for t in request_toks)


# Nouns for a kind of picture: "<X> poster of ...", "a <Y> photo of ..." say how it is drawn
DEPICTIONS = KIND_WORDS["style"] | frozenset("photo photograph picture image snapshot".split())
_DETERMINERS = frozenset().union(*DETERMINERS.values())
# Frames that introduce how a picture looks ("in chalk", "made of wire", "as an etching").
DRAWN_AFTER = {("in",), ("made", "of"), ("made", "from"), ("made", "out", "of"), ("as", "a"),
               ("as", "an"), ("as", "the"), ("style", "of"), ("like", "a"), ("like", "an")}


@dataclass(frozen=True)
class Phrasing:
    """The request's content words with their idf, and the words of its "how it is drawn"
    phrases; computed once per request."""

    idf: dict[str, float]  # content-word stem -> idf over the catalog's families
    drawn: frozenset[str]  # stems of the words in a how-it-is-drawn phrase

    def share(self, fam, stems) -> float:
        """idf-weighted share of these stems the family's cards know (by field strength)."""
        total = sum(self.idf[t] for t in stems)
        if total <= 0:
            return 0.0
        return sum(self.idf[t] * fam.terms.get(t, 0.0) for t in stems) / total


def _content(tok) -> bool:
    return tok.low not in STOPWORDS and tok.low not in CHECKPOINT_WORDS and len(tok.low) > 1


def _phrase_end(text: str, toks, i: int) -> bool:
    """A phrase ends at punctuation or before a preposition that opens a new phrase."""
    between = text[toks[i - 1].end:toks[i].start] if i > 0 else ""
    return bool(re.search(r"[,;:.()!?]", between)) or toks[i].low in GOVERNING


def drawn_words(text: str, toks) -> frozenset[str]:
    """Stems of the words in the request's how-it-is-drawn phrases: after a frame of DRAWN_AFTER
    to the end of the phrase, and a depiction noun followed by "of" with the words before it in
    its noun phrase ("a faded travel poster of ...": faded, travel, poster)."""
    lows = [t.low for t in toks]
    out: set[str] = set()
    for i in range(len(toks)):
        for frame in DRAWN_AFTER:
            if tuple(lows[i:i + len(frame)]) == frame:
                j = i + len(frame)
                while j < len(toks) and not (j > i + len(frame) and _phrase_end(text, toks, j)):
                    out.add(toks[j].stem)
                    j += 1
        if lows[i] in DEPICTIONS and i + 1 < len(toks) and lows[i + 1] == "of":
            j = i
            while j >= 0 and lows[j] not in _DETERMINERS and lows[j] not in GOVERNING:
                out.add(toks[j].stem)
                if j > 0 and re.search(r"[,;:.()!?]", text[toks[j - 1].end:toks[j].start]):
                    break
                j -= 1
    return frozenset(out)


def phrasing(request: str, toks, index: CatalogIndex) -> Phrasing:
    n = index.n_families + 1
    idf = {t.stem: math.log(n / (1 + len(index.postings.get(t.stem, ())))) for t in toks
           if _content(t)}
    return Phrasing(idf, frozenset(t for t in drawn_words(request, toks) if t in idf))


def _reasoner_view(resolutions: list[Resolution]) -> dict[str, dict[str, float]]:
    """What the reasoner said about each family it considered."""
    out: dict[str, dict[str, float]] = {}
    for res in resolutions:
        ev = res.evidence
        for fam, share in (res.scores or {}).items():
            row = out.setdefault(fam, {"share": 0.0, "select": 0.0, "option": 0.0, "named": 0.0,
                                       "strong": 0.0, "pointer": 0.0, "generic": 0.0})
            row["share"] = max(row["share"], min(1.0, share))
            if res.outcome == Outcome.SELECT and res.families[:1] == [fam]:
                row["select"] = 1.0
            if res.outcome == Outcome.CLARIFY and fam in res.families:
                row["option"] = 1.0
            if ev is not None and fam in ev.named:
                row["named"] = 1.0
            if ev is not None and any(acc.get(fam, 0.0) >= STRONG for _, acc in ev.words):
                row["strong"] = 1.0
            row["pointer"] = max(row["pointer"], float(res.mention.determiner in POINTERS))
            row["generic"] = max(row["generic"], float(res.mention.determiner in GENERIC))
    return out


def _retrieval_row(fam_key: str, retrieved: Retrieved, top_bm25: float,
                   dense_best: str | None) -> dict[str, float]:
    """How BM25 and the dense encoder rank this family against the others."""
    b = retrieved.bm25.get(fam_key, 0.0)
    other_b = [v for k, v in retrieved.bm25.items() if k != fam_key]
    lead = math.log((b + CAL_BM25_FLOOR) / (max(other_b, default=0.0) + CAL_BM25_FLOOR))
    d = retrieved.dense.get(fam_key, 0.0)
    return {
        "bm25_rel": b / top_bm25 if top_bm25 > 0 else 0.0,
        "bm25_lead": max(-CAL_LEAD_CLIP, min(CAL_LEAD_CLIP, lead)),
        "dense_cos": d, "dense_lead": _lead(d, [v for k, v in retrieved.dense.items()
                                                if k != fam_key]),
        "dense_top": float(fam_key == dense_best),
        "both_top": float(fam_key == dense_best and b > 0 and b >= top_bm25),
    }


def features(request: str, resolutions: list[Resolution], retrieved: Retrieved,
             index: CatalogIndex, families: list[str]) -> dict[str, dict[str, float]]:
    """The named features of each candidate family."""
    view = _reasoner_view(resolutions)
    kinds, kin = _request_kinds(request), kin_of(request, bare=True)
    top_bm25 = max(retrieved.bm25.values(), default=0.0)
    dense_best = max(retrieved.dense, key=retrieved.dense.get, default=None)
    pointed = any(r.mention.determiner in POINTERS for r in resolutions)
    cue = float(any(r.mention.cue.number or r.mention.cue.base for r in resolutions))
    toks = tokenize(request)
    caps = [t.low for t in toks[1:] if t.capitalized] + \
        [t.low for t in toks[:1] if t.capitalized and t.low not in STOPWORDS]
    phr = phrasing(request, toks, index)
    cover = {k: phr.share(index.families[k], phr.idf) for k in families}
    drawn = {k: phr.share(index.families[k], phr.drawn) for k in families
             if index.families[k].kind in ("style", "concept")}
    cover_lead, drawn_lead = _leads(cover), _leads(drawn)
    kind_lead = _leads(cover, group=lambda k: index.families[k].kind)
    out: dict[str, dict[str, float]] = {}
    for fam_key in families:
        fam = index.families[fam_key]
        styled = fam.kind in ("style", "concept")
        r = view.get(fam_key, {})
        card_kin = family_kin(fam)
        near = _name_near(fam, caps)
        bare = r.get("named", 0.0) == 1.0 and not r.get("pointer", 0.0) and not near
        out[fam_key] = {
            "reasoner_select": r.get("select", 0.0), "reasoner_option": r.get("option", 0.0),
            "reasoner_share": r.get("share", 0.0), "named": r.get("named", 0.0),
            "strong_word": r.get("strong", 0.0),
            **_retrieval_row(fam_key, retrieved, top_bm25, dense_best),
            "name_near": float(near),
            "bare_name": float(bare),
            "pointer": float(r.get("pointer", 0.0) or pointed),
            "generic": r.get("generic", 0.0),
            "relational": float(kin.agrees(card_kin)),
            "relation_mismatch": float(bool(kin) and bool(card_kin) and not kin.agrees(card_kin)),
            "kind_word": float(fam.kind in kinds),
            "composing": float(fam.kind in ("style", "concept")),
            "borrowed_name": float(bare and borrowed_name(fam, toks)), "checkpoint_cue": cue,
            "coverage": cover[fam_key],
            "coverage_lead": cover_lead[fam_key],
            "drawn_cover": drawn.get(fam_key, 0.0),
            "drawn_lead": drawn_lead[fam_key] if styled else 0.0,
            "kind_cover_lead": kind_lead[fam_key],
        }
        row = out[fam_key]
        row["style_bm25_lead"] = row["bm25_lead"] if styled else 0.0
        row["style_dense_lead"] = row["dense_lead"] if styled else 0.0
        row["generic_style"] = row["generic"] if styled else 0.0
        unowned = r.get("generic", 0.0) and not r.get("pointer", 0.0)  # its own phrases
        # are generic: the mention that reached it has "a"/"some", none "my"/"the"
        row["generic_subject_cover"] = cover[fam_key] if unowned and not styled else 0.0
    return out


def certain(resolutions: list[Resolution], request: str) -> bool:
    """A select the model need not weigh: every chosen family is pointed at ("my", "the") with
    a word that names it, or named with a capital letter; or a relation phrase ("my wife's
    parent") answered by the relations the cards state, whatever the answer (a relative the
    repository lacks is none, not a weaker family). Skipping these keeps a warm request free of
    the sentence encoder."""
    if any(r.related for r in resolutions) and \
            all(r.related or r.outcome == Outcome.NONE for r in resolutions):
        return True  # a relation phrase, answered by the relations the cards state
    chosen = [r for r in resolutions if r.outcome != Outcome.NONE and not r.related]
    if not chosen or any(r.outcome != Outcome.SELECT for r in chosen):
        return False
    for res in chosen:
        fam, ev = res.families[0], res.evidence
        if ev is None:
            return False
        words = [t for t, acc in ev.words if acc.get(fam, 0.0) >= STRONG]
        pointed = res.mention.determiner in POINTERS and bool(words)
        capital = fam in ev.named and any(t.text[:1].isupper() for t in words)  # a first word too
        if not (pointed or capital):
            return False
    return True


@dataclass
class Verdict:
    """What the calibrated model decides for a request."""

    action: str  # "keep" (the reasoner's decision stands), "select", "clarify", "none"
    families: list[str] = field(default_factory=list)  # select: [family] (+ composed ones)


def log_odds(p: float) -> float:
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def _composed(cal: Calibration, chosen: list[str], probs: dict[str, float],
              kinds: dict[str, str]) -> Verdict:
    """A subject and a style or concept LoRA compose: a family of the role the selection lacks
    (a concept beside a subject, a subject beside a style) joins it when the model is sure."""
    roles = {kinds.get(f) == "subject" for f in chosen}
    if len(roles) != 1:
        return Verdict("keep")
    lacking = [k for k in sorted(probs, key=lambda k: -probs[k]) if k not in chosen and
               (kinds.get(k) == "subject") not in roles and probs[k] >= cal.compose]
    if not lacking:
        return Verdict("keep")
    subject_first = sorted(chosen + lacking[:1], key=lambda k: kinds.get(k) != "subject")
    return Verdict("select", subject_first)


def verdict(cal: Calibration, reasoner_action: str, reasoner_families: list[str],
            probs: dict[str, float], kinds: dict[str, str], alone: bool = True) -> Verdict:
    """Select / clarify / none from the probabilities. The reasoner's decision stands when the
    probabilities agree with it; they overrule it when they are clearly on the other side of a
    fitted threshold: a family far ahead is selected, a question whose other options the model
    finds implausible is answered, an answer whose families all fall below `drop` is none.
    alone: the question is the request's only concept (in "X and my dog" the model, which
    weighs families one at a time, does not answer the question about the dog)."""
    ranked = sorted(probs, key=lambda k: (-probs[k], k))
    top = ranked[0] if ranked else None
    p0 = probs[top] if top else 0.0
    p1 = probs[ranked[1]] if len(ranked) > 1 else 0.0
    lead = top is not None and p0 >= cal.select and p0 - p1 >= cal.margin
    named = [probs.get(f, 0.0) for f in reasoner_families]
    if reasoner_action == "select":
        if len(named) == 1 and named[0] < cal.drop and p0 < cal.select:
            return Verdict("none")
        return _composed(cal, reasoner_families, probs, kinds)
    if reasoner_action == "clarify":
        if not alone:
            return Verdict("keep")
        rival = max((probs.get(f, 0.0) for f in reasoner_families if f != top), default=0.0)
        between = len(reasoner_families) >= 2  # "Do you mean X?" confirms; it doubts no rival
        if between and p0 >= cal.select and log_odds(p0) - log_odds(rival) >= cal.gap:
            return Verdict("select", [top])
        if named and max(named) < cal.drop and p0 < cal.clarify:
            return Verdict("none")
        return Verdict("keep")
    if lead:
        return Verdict("select", [top])
    options = [k for k in ranked if probs[k] >= cal.clarify]
    if len(options) >= 2:
        return Verdict("clarify", options)
    return Verdict("keep")
