"""Put the selected checkpoint's trigger where the request mentions the concept.

"my copper kettle on the hob" -> "<kettle-v2> copper kettle on the hob": the mention (with its
"my"/"the", name and version words) is replaced by the trigger, the user's own describing words
and the class noun, so the base model still reads a plain noun. A style phrase ("in X style",
"as a X") becomes
"in <trigger> style". A concept the request does not visibly mention is put in front (subject)
or appended (style).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from personalq.catalog.card import Card
from personalq.checkin.features import relation_words
from personalq.checkin.dates import find_dates
from personalq.checkin.text import (CUE_WORDS, FILLER, ORDINALS, STOPWORDS, VERSION_NUMBER_RE, stem,
                                    tokenize, words)


@dataclass
class Placement:
    start: int  # character span of the request to replace; start == end == -1: no span
    end: int
    card: Card | None  # None: the span is dropped (a version cue such as "(use v28)")
    words: list[str] = field(default_factory=list)  # the user's describing words to keep


def phrase_for(card: Card, kept: list[str] = ()) -> str:
    """The trigger, the user's own describing words ("brass"), then the class noun, unless the
    user's last word already names the kind of thing (a card's tag or relation word)."""
    if card.kind == "style":
        return f"in {card.trigger} style"
    class_words = {stem(w) for w in card.class_noun.lower().split()}
    described = [w for w in kept if stem(w.lower()) not in class_words]
    # a relation ("sister") or the head of a tag phrase ("golden retriever") names the kind
    naming = {words(t)[-1] for t in card.tags if len(t.split()) > 1 and words(t)} | \
        set(relation_words(card.description))
    if described and stem(described[-1].lower()) in naming:
        return " ".join([card.trigger] + described)
    trigger_words = card.trigger.lower().split()
    if trigger_words and stem(trigger_words[-1]) in class_words:
        # a DreamBooth-style trigger that ends in its class ("sks dog"): the describing words
        # go before it, as before a noun ("fluffy sks dog", not "sks dog fluffy dog")
        return " ".join(described + [card.trigger])
    return " ".join([card.trigger] + described + ([card.class_noun] if card.class_noun else []))


def rewrite(request: str, placements: list[Placement]) -> str:
    """Apply several placements at once (multi-concept requests)."""
    spans = sorted((p for p in placements if p.start >= 0), key=lambda p: p.start)
    out, pos = [], 0
    for p in spans:
        if p.start < pos:  # overlapping spans: keep the first, the other goes in front/after
            placements = placements + [Placement(-1, -1, p.card)]
            continue
        out.append(request[pos:p.start])
        out.append(phrase_for(p.card, p.words) if p.card is not None else " ")
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
    """Swallow version words right after a mention: "<name> v2", "the first <name> model"."""
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
    """Spans of clauses that only say which version ("(go with version 23)", "use the earlier
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
