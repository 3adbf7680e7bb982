"""Put the selected checkpoint's trigger where the request mentions the concept.

"my bear on the beach" -> "<bear-v4> teddy bear on the beach": the mention (with its "my"/"the",
name and version words) is replaced by the trigger followed by the class noun, so the base model
still reads a plain noun. A style phrase ("in ukiyo-e style", "as a woodblock print") becomes
"in <trigger> style". A concept the request does not visibly mention is put in front (subject)
or appended (style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from personalq.catalog.card import Card
from personalq.checkin.dates import find_dates
from personalq.checkin.intent import is_determiner
from personalq.checkin.reasoner import CatalogIndex, Reasoner, Resolution
from personalq.checkin.text import (CUE_WORDS, FILLER, ORDINALS, STOPWORDS, TRANSPARENT, Token,
                                    VERSION_NUMBER_RE, tokenize)


@dataclass
class Placement:
    start: int  # character span of the request to replace; start == end == -1: no span
    end: int
    card: Card | None  # None: the span is dropped (a version cue such as "(use v28)")


def phrase_for(card: Card) -> str:
    if card.kind == "style":
        return f"in {card.trigger} style"
    return f"{card.trigger} {card.class_noun}".strip()


def rewrite(request: str, placements: list[Placement]) -> str:
    """Apply several placements at once (multi-concept requests)."""
    spans = sorted((p for p in placements if p.start >= 0), key=lambda p: p.start)
    out, pos = [], 0
    for p in spans:
        if p.start < pos:  # overlapping spans: keep the first, the other goes in front/after
            placements = placements + [Placement(-1, -1, p.card)]
            continue
        out.append(request[pos:p.start])
        out.append(phrase_for(p.card) if p.card is not None else " ")
        pos = p.end
    out.append(request[pos:])
    text = "".join(out)
    text = _tidy(text)
    for p in placements:
        if p.start < 0 and p.card is not None:
            if p.card.kind == "style":
                text = f"{text.rstrip(' .')} {phrase_for(p.card)}"
            else:
                text = f"{phrase_for(p.card)}, {text}"
    return re.sub(r"\s{2,}", " ", text).strip()


def _tidy(text: str) -> str:
    """Punctuation a dropped clause leaves behind: "Rex , on a rock ." -> "Rex, on a rock"."""
    text = re.sub(r"\(\s*\)|\[\s*\]", "", text)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"^[\s,.;:!?]+|[\s,;:\u2014\u2013-]+$", "", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def extend_over_cues(request: str, end: int) -> int:
    """Swallow version words right after a mention: "Rex v2", "the first Rex model"."""
    while True:
        rest = request[end:]
        m = VERSION_NUMBER_RE.match(rest.lstrip()) if rest.strip() else None
        if m:
            end += len(rest) - len(rest.lstrip()) + m.end()
            continue
        m = re.match(r"\s+([A-Za-z]+)\b", rest)
        if m and m.group(1).lower() in CUE_WORDS | {"one"} and m.group(1).lower() != "last":
            end += m.end()
            continue
        return end


_CLAUSE_RE = re.compile(r"[^()\[\]:;,.!?\u2014\u2013]+")


def cue_only_clauses(request: str) -> list[tuple[int, int]]:
    """Spans of clauses that only say which version ("(go with version 14)", "use the previous
    version", "The checkpoint from 2022-07-04:"): they chose the checkpoint; the image model
    should not read them. A clause naming anything else is kept."""

    out = []
    for m in _CLAUSE_RE.finditer(request):
        clause = m.group(0)
        if not clause.strip():
            continue
        date_words = " ".join(clause[s:e] for s, e, _ in find_dates(clause)).lower().split()
        has_cue = bool(VERSION_NUMBER_RE.search(clause) or date_words or re.search(
            r"\b(previous|latest|newest|original|first|second|third|older|earlier)\b",
            clause, re.I))
        words_ = [t.low for t in tokenize(clause)]
        only_cues = all(w in FILLER or w in STOPWORDS or w in CUE_WORDS or w in ORDINALS
                        or re.fullmatch(r"v?\d+(st|nd|rd|th)?|\d{4}-\d\d(-\d\d)?", w)
                        or w in date_words for w in words_)
        if has_cue and only_cues and words_:
            start, end = m.start(), m.end()
            while start > 0 and request[start - 1] in "([\u2014\u2013 ":  # its brackets/dash too
                start -= 1
            while end < len(request) and request[end] in ")]:. ":
                end += 1
            out.append((start, end))
    return out


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


def insert_trigger(request: str, card: Card) -> str:
    """Rewrite `request` for one card (used when the caller already knows the checkpoint)."""

    reasoner = Reasoner(CatalogIndex([card]))
    resolutions = [r for r in reasoner.resolve(reasoner.parse(request)) if r.outcome == "select"]
    placements = placements_for(request, resolutions)
    if not placements:
        placements = [Placement(-1, -1, card)]
    return rewrite(request, placements)
