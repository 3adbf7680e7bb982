"""Turn the reasoner's per-mention resolutions into one decision: select, clarify or none.

- every mention resolved to one family: select (several families: a multi-concept select,
  subjects first, then the style);
- a mention with several plausible families: clarify, one option per family, the question
  naming what tells them apart; an `answer` picks one option and the decision is made again;
- no mention names a checkpoint: none (the base model, the request unchanged).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from personalq.catalog.card import Card
from personalq.checkin.features import CatalogIndex
from personalq.checkin.options import question_for, resolve_answer
from personalq.checkin.reasoner import Outcome, Resolution
from personalq.checkin.versions import pick_version
from personalq.checkin.intent import is_determiner
from personalq.checkin.rewrite import Placement, cue_only_clauses, extend_over_cues, rewrite
from personalq.checkin.intent import REFLEXIVE
from personalq.checkin.text import (CATEGORY_GROUPS, CUE_WORDS, FILLER, KINSHIP, STOPWORDS, TRANSPARENT, Token,
                                    english_words, tokenize, verb_form, words)


@dataclass
class Decision:
    action: str  # "select" | "clarify" | "none"
    checkpoint: str | None = None
    checkpoints: list[str] = field(default_factory=list)
    options: list[str] = field(default_factory=list)
    question: str | None = None
    prompt: str = ""
    candidates: list[dict[str, Any]] = field(default_factory=list)
    latency_ms: float = 0.0

    def to_json(self) -> dict[str, Any]:
        """Exactly the DESIGN.md §4 object."""
        return {"action": self.action, "checkpoint": self.checkpoint,
                "checkpoints": list(self.checkpoints), "options": list(self.options),
                "question": self.question, "prompt": self.prompt,
                "candidates": [dict(c) for c in self.candidates],
                "latency_ms": round(float(self.latency_ms), 3)}


def placements_for(request: str, resolutions: list[Resolution]) -> list[Placement]:
    out = []
    for res in resolutions:
        if res.outcome != "select":
            continue
        card = res.cards[0]
        mention = res.mention
        if res.role == "style" and mention.role == "style":
            out.append(Placement(mention.start, mention.end, card))
            continue
        words = res.matched.get(res.families[0]) or []
        if res.role == "style" or not words:
            out.append(Placement(-1, -1, card))
            continue
        # a concept LoRA is a kind of thing: its article stays ("a <trigger> <class>")
        start, end = _noun_phrase(mention.all_tokens, words, res.role != "concept")
        kept = _describing_words(mention.all_tokens, start, end, card)
        out.append(Placement(start, extend_over_cues(request, end), card, kept))
    if out:  # a version-only clause chose the checkpoint; the image model need not read it
        taken = [(p.start, p.end) for p in out if p.start >= 0]
        out.extend(Placement(a, b, None) for a, b in cue_only_clauses(request)
                   if not any(a < e and s < b for s, e in taken))
    return out


ADDRESS_WORDS = KINSHIP | REFLEXIVE | frozenset(w for g in CATEGORY_GROUPS for w in g)


def _describing_words(tokens: list[Token], start: int, end: int, card: Card) -> list[str]:
    """The user's own words inside the replaced span that describe the concept ("brass",
    "speckled"): not determiners, names, version words or misspellings of card words."""
    name = {t.low for t in tokenize(card.name)} | {t.stem for t in tokenize(card.name)}
    card_words = set(words(" ".join([card.class_noun, card.description, " ".join(card.tags)])))
    english = english_words()
    kept = []
    for tok in tokens:
        if not (start <= tok.start < end) or is_determiner(tok) or tok.low in STOPWORDS or \
                tok.low in CUE_WORDS or tok.low in FILLER or tok.low in name or tok.stem in name or \
                tok.low in ADDRESS_WORDS:  # how the user addresses them, not what is drawn
            continue
        if any(ch.isdigit() for ch in tok.low) or not (tok.low in english or tok.stem in card_words):
            continue
        kept.append(tok.text)
    return kept


def _noun_phrase(tokens: list[Token], matched: list[Token],
                 with_determiner: bool = True) -> tuple[int, int]:
    """The span to replace: from the determiner before the first matched word ("my", "the",
    "grandpa's") to the phrase's last content word, leaving request words ("can you make",
    "ok so") and trailing framing ("eyes close-up") in place."""
    spans = {(t.start, t.end) for t in matched}
    idx = [i for i, t in enumerate(tokens) if (t.start, t.end) in spans]
    first, last = min(idx), max(idx)
    while with_determiner and first > 0:
        prev = tokens[first - 1]
        if prev.low in FILLER or (prev.low in STOPWORDS and not is_determiner(prev)) or \
                verb_form(prev.low):
            break
        first -= 1
        if is_determiner(prev):
            break  # the phrase starts at its determiner
    tail = last  # the head noun after the matched words goes too
    while tail + 1 < len(tokens):
        nxt = tokens[tail + 1]
        if nxt.low in TRANSPARENT or nxt.low in STOPWORDS or nxt.low in FILLER or \
                verb_form(nxt.low) or nxt.start - tokens[tail].end > 1:
            break
        tail += 1
    return tokens[first].start, tokens[tail].end


def compose(request: str, resolutions: list[Resolution], index: CatalogIndex,
            answer: str | None = None) -> Decision:
    resolutions = list(resolutions)
    note = ""
    if answer is not None:
        for i, res in enumerate(resolutions):
            if res.outcome != "clarify":
                continue
            picked = resolve_answer(index, answer, res.cards)
            if picked == "none":
                resolutions[i] = Resolution(res.role, res.mention, Outcome.NONE, [], [], res.scores)
            elif isinstance(picked, Card):
                fam = index.families[picked.family]
                card = pick_version(fam, res.cue, list(res.mention.words) + res.extra_words, request)
                resolutions[i] = Resolution(res.role, res.mention, Outcome.SELECT, [fam.key], [card],
                                            res.scores, res.matched, res.cue, res.extra_words)
            else:
                note = "Sorry, I could not tell which one you meant. "
            break
    for res in resolutions:
        if res.outcome == "clarify":
            return Decision("clarify", options=[c.id for c in res.cards],
                            question=note + question_for(res.cards, index.common_tags),
                            prompt=request)
    chosen = [r for r in resolutions if r.outcome == "select"]
    chosen.sort(key=lambda r: r.role != "subject")  # subjects first, then style/concept
    seen, picked_res = set(), []
    for res in chosen:
        if res.families[0] not in seen:
            seen.add(res.families[0])
            picked_res.append(res)
    if not picked_res:
        return Decision("none", prompt=request)
    ids = [r.cards[0].id for r in picked_res]
    return Decision("select", checkpoint=ids[0], checkpoints=ids,
                    prompt=rewrite(request, placements_for(request, picked_res)))
