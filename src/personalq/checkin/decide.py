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
from personalq.checkin.reasoner import (CatalogIndex, Resolution, pick_version, question_for,
                                        resolve_answer)
from personalq.checkin.intent import is_determiner
from personalq.checkin.rewrite import Placement, cue_only_clauses, extend_over_cues, rewrite
from personalq.checkin.text import FILLER, STOPWORDS, TRANSPARENT, Token


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
        start, end = _noun_phrase(mention.all_tokens, words)
        out.append(Placement(start, extend_over_cues(request, end), card))
    if out:  # "(go with version 14)" chose the checkpoint; the image model need not read it
        taken = [(p.start, p.end) for p in out if p.start >= 0]
        out.extend(Placement(a, b, None) for a, b in cue_only_clauses(request)
                   if not any(a < e and s < b for s, e in taken))
    return out


def _noun_phrase(tokens: list[Token], matched: list[Token]) -> tuple[int, int]:
    """The span to replace: from the determiner before the first matched word ("my", "the",
    "grandpa's") to the phrase's last content word, leaving request words ("can you make",
    "ok so") and trailing framing ("eyes close-up") in place."""
    spans = {(t.start, t.end) for t in matched}
    idx = [i for i, t in enumerate(tokens) if (t.start, t.end) in spans]
    first, last = min(idx), max(idx)
    while first > 0:
        prev = tokens[first - 1]
        if prev.low in FILLER or (prev.low in STOPWORDS and not is_determiner(prev)) or \
                prev.low.endswith("ing"):
            break
        first -= 1
    tail = last  # "the scuffed leather boots": the head noun after the matched words goes too
    while tail + 1 < len(tokens):
        nxt = tokens[tail + 1]
        if nxt.low in TRANSPARENT or nxt.low in STOPWORDS or nxt.low in FILLER or \
                nxt.low.endswith("ing") or nxt.start - tokens[tail].end > 1:
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
                resolutions[i] = Resolution(res.role, res.mention, "none", [], [], res.scores)
            elif isinstance(picked, Card):
                fam = index.families[picked.family]
                card = pick_version(fam, res.cue, list(res.mention.words) + res.extra_words)
                resolutions[i] = Resolution(res.role, res.mention, "select", [fam.key], [card],
                                            res.scores, res.matched, res.cue, res.extra_words)
            else:
                note = "Sorry, I could not tell which one you meant. "
            break
    for res in resolutions:
        if res.outcome == "clarify":
            return Decision("clarify", options=[c.id for c in res.cards],
                            question=note + question_for(res.cards), prompt=request)
    chosen = [r for r in resolutions if r.outcome == "select"]
    chosen.sort(key=lambda r: r.role == "style")  # subjects first, then the style
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
