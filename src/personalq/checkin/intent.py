"""Parse a plain request into the phrases that may mention checkpoints, plus version/time cues.

"grandpa's brass kettle with the dent in ukiyo-e style" becomes
  subject  "grandpa's brass kettle"   (determiner: possessive)
  attr     "the dent"                  (describes the subject: appearance/version evidence)
  style    "ukiyo-e"                   (a style mention)
A request is cut at connectors ("and", "wearing", "holding"...) into subject phrases, at scene
prepositions ("on the sofa", "in a garden") into scene phrases, at "with ..." / "from ..." /
"in her ..." into attribute phrases, and at style phrases ("in X style", "as a X", "in the style
of X"). Verbs ending in -ing start an action phrase ("sniffing flowers"), treated like a scene.
No catalog knowledge is needed except `vocab` (stems the catalog uses), which keeps "running
shoes" from being read as a verb. The reasoner decides which phrases really name a concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from personalq.checkin.text import (DETERMINERS, MONTHS, NEWEST_WORDS, OLDER_WORDS, ORDINALS,
                                    STOPWORDS, TRANSPARENT, VERSION_NUMBER_RE, Token, tokenize)

SUBJECT_CONNECTORS = frozenset("""and & plus wearing holding hugging riding carrying beside
    alongside versus vs meets""".split())
ATTR_CONNECTORS = frozenset(["with", "from", "having"])
SCENE_PREPOSITIONS = frozenset("""in on at under near by inside over through into onto across
    along around behind during among atop above below underneath beneath outside against
    toward towards after before while""".split())
BACK_REFERENCES = frozenset("his her its their".split())

_STYLE_PATTERNS = [
    re.compile(r"\bin\s+the\s+style\s+of\s+(?P<x>[^,.;!?]+)", re.I),
    re.compile(r"\bin\s+(?P<x>(?:(?!(?:in|on|at|of|and|with)\b)[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)"
               r"[\s-]+(?:style|aesthetic|look)\b", re.I),
    re.compile(r"\b(?:as|like)\s+(?:an?\s+)?(?P<x>[^,.;!?]+?)\s*(?=$|[,.;!?]|\s+(?:in|on|at|with)\s)",
               re.I),
    re.compile(r"\b(?P<x>[\w'\u2019-]+)[\s-]+(?:style|styled)\b", re.I),
]


@dataclass
class VersionCue:
    number: int | None = None  # "v2", "version 3"
    ordinal: int | None = None  # "the first one" -> 1, "the second" -> 2
    newest: bool = False  # "the newest", "the latest one"
    older: bool = False  # "the previous one"
    year: int | None = None  # "the 2025 one"
    month: int | None = None  # "from last December"

    def is_empty(self) -> bool:
        return not (self.number or self.ordinal or self.newest or self.older or self.year
                    or self.month)

    def merge(self, other: "VersionCue") -> None:
        for name in ("number", "ordinal", "newest", "older", "year", "month"):
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))


@dataclass
class Mention:
    """One phrase of the request that may name a checkpoint."""

    role: str  # "subject" | "attr" | "scene" | "style"
    words: list[Token]  # content words (determiners, stopwords and cue words removed)
    determiner: str  # "possessive" | "definite" | "indefinite" | "quantified" | ""
    start: int  # character span of the phrase in the request (for the rewrite)
    end: int
    cue: VersionCue = field(default_factory=VersionCue)
    all_tokens: list[Token] = field(default_factory=list)  # every token of the phrase, in order

    @property
    def text(self) -> str:
        return " ".join(t.low for t in self.all_tokens)


@dataclass
class Intent:
    request: str
    tokens: list[Token]
    mentions: list[Mention]

    def cue(self) -> VersionCue:
        """All version cues of the request together."""
        total = VersionCue()
        for m in self.mentions:
            total.merge(m.cue)
        return total


def _style_spans(request: str) -> list[tuple[int, int, int, int]]:
    """(phrase_start, phrase_end, x_start, x_end) of every style phrase, first pattern wins."""
    spans: list[tuple[int, int, int, int]] = []
    for pattern in _STYLE_PATTERNS:
        for m in pattern.finditer(request):
            if any(m.start() < e and s < m.end() for s, e, _, _ in spans):
                continue
            spans.append((m.start(), m.end(), m.start("x"), m.end("x")))
    return sorted(spans)


def parse_cue(tokens: list[Token], text: str) -> VersionCue:
    cue = VersionCue()
    m = VERSION_NUMBER_RE.search(text)
    if m:
        cue.number = int(m.group(1) or m.group(2))
    lows = [t.low for t in tokens]
    for i, low in enumerate(lows):
        nxt = lows[i + 1] if i + 1 < len(lows) else ""
        if re.fullmatch(r"v\d{1,3}", low) and cue.number is None:
            cue.number = int(low[1:])
        elif low in ORDINALS or re.fullmatch(r"\d{1,2}(st|nd|rd|th)", low):
            n = ORDINALS.get(low) or int(re.match(r"\d+", low).group(0))
            if nxt not in MONTHS and not (nxt.isdigit() and len(nxt) == 4):
                cue.ordinal = n
        elif low in NEWEST_WORDS:
            cue.newest = True
        elif low in OLDER_WORDS:
            cue.older = True
        elif low == "last":
            if nxt in MONTHS:
                pass  # "last December": the month is read below
            elif nxt in ("one", "version", "model", "") or nxt in STOPWORDS:
                cue.newest = True
        elif low in MONTHS:
            cue.month = MONTHS[low]
        elif re.fullmatch(r"(19|20)\d\d", low):
            cue.year = int(low)
    return cue


def _determiner(tokens: list[Token]) -> str:
    for tok in tokens[:3]:
        if tok.possessive:
            return "possessive"
        for kind, vocab in DETERMINERS.items():
            if tok.low in vocab:
                return kind
        if tok.low not in STOPWORDS:
            break
    return ""


def _is_action(tok: Token, vocab: frozenset[str]) -> bool:
    """An -ing verb the catalog does not use as a word ("sniffing", not "running shoes")."""
    return (tok.low.endswith("ing") and len(tok.low) > 5 and "-" not in tok.low
            and tok.stem not in vocab and tok.low not in vocab)


def _content(tokens: list[Token]) -> list[Token]:
    return [t for t in tokens if t.low not in STOPWORDS and not t.possessive
            and not re.fullmatch(r"v?\d{1,3}|\d{1,2}(st|nd|rd|th)", t.low)]


def parse(request: str, vocab: frozenset[str] = frozenset()) -> Intent:
    """Split `request` into mentions. `vocab`: word stems the catalog uses (optional)."""
    tokens = tokenize(request)
    styles = _style_spans(request)
    mentions: list[Mention] = []

    def in_style(tok: Token) -> tuple[int, int, int, int] | None:
        for span in styles:
            if span[0] <= tok.start < span[1]:
                return span
        return None

    def close(role: str, toks: list[Token]) -> None:
        toks = [t for t in toks]
        if not toks:
            return
        det = _determiner(toks)
        text = request[toks[0].start:toks[-1].end]
        cue = parse_cue(toks, text)
        mentions.append(Mention(role, _content(toks), det, toks[0].start, toks[-1].end, cue, toks))

    role, current = "subject", []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        span = in_style(tok)
        if span is not None:
            close(role, current)
            style_toks = [t for t in tokens if span[2] <= t.start < span[3]]
            close("style", style_toks)
            mentions[-1].start, mentions[-1].end = span[0], span[1]  # rewrite replaces it all
            while i < len(tokens) and tokens[i].start < span[1]:
                i += 1
            role, current = "scene", []
            continue
        low = tok.low
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if low in SUBJECT_CONNECTORS or (low == "next" and nxt == "to"):
            close(role, current)
            role, current = "subject", []
            i += 2 if low == "next" else 1
            continue
        if low in ATTR_CONNECTORS:
            close(role, current)
            role, current = "attr", []
        elif low in SCENE_PREPOSITIONS:
            close(role, current)
            role, current = ("attr" if nxt in BACK_REFERENCES else "scene"), []
        elif low == "of" and current and all(
                t.low in TRANSPARENT or t.low in STOPWORDS for t in current):
            current = []  # "a portrait of my friend": the framing words go
            i += 1
            continue
        elif _is_action(tok, vocab) and current:
            close(role, current)
            role, current = "scene", []
        current.append(tok)
        i += 1
    close(role, current)
    # A request made only of separators still gets one (empty) subject mention.
    return Intent(request, tokens, mentions)
