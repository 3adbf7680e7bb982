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
from personalq.checkin.rewrite import placements_for, rewrite


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
