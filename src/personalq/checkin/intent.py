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
from enum import StrEnum

from personalq.checkin.text import (CUE_WORDS, DETERMINERS, FILLER, KINSHIP, MONTHS, NEWEST_WORDS, OLDER_WORDS,
                                    ORDINALS, STOPWORDS, TRANSPARENT, VERSION_NUMBER_RE, Token,
                                    tokenize, verb_form)
from personalq.checkin.dates import find_dates



class Role(StrEnum):
    """What a phrase of the request is (a resolution's role: SUBJECT, STYLE or CONCEPT)."""

    SUBJECT = "subject"
    STYLE = "style"
    CONCEPT = "concept"  # a concept LoRA (clothing, hairstyle, pose, vehicle type)
    ATTR = "attr"
    SCENE = "scene"


class Determiner(StrEnum):
    """How a phrase points at its noun; it tells a personal concept from things in general."""

    POSSESSIVE = "possessive"  # my, our, grandpa's
    DEFINITE = "definite"  # the, this
    INDEFINITE = "indefinite"  # a, an, some
    QUANTIFIED = "quantified"  # many, two, hundreds of
    CONTAINER = "container"  # a jar of, a bowl of
    BACKREF = "backref"  # his, her: the subject just named
    NONE = ""


SUBJECT_CONNECTORS = frozenset("""and plus wearing holding hugging riding carrying beside
    alongside versus vs meets""".split())
ATTR_CONNECTORS = frozenset(["with", "from", "having"])
SCENE_PREPOSITIONS = frozenset("""in on at under near by inside over through into onto across
    along around behind during among atop above below underneath beneath outside against
    toward towards after before while""".split())
BACK_REFERENCES = frozenset("his her its their".split())

_LOOK = r"(?:style|styled|aesthetic|look|vibe|feel|filter|effect|treatment)"
_STYLE_PATTERNS = [
    re.compile(r"\bin\s+the\s+style\s+of\s+(?P<x>[^,.;:!?()]+)", re.I),
    re.compile(r"\b(?:with|using|via|in)\s+(?P<x>(?:(?!(?:in|on|at|of|and|with)\b)[\w'\u2019-]+\s+){0,4}?"
               r"[\w'\u2019-]+)[\s-]+" + _LOOK + r"\b(?!\s+like)", re.I),
    re.compile(r"\bin\s+(?P<x>(?:(?!(?:in|on|at|of|and|with)\b)[\w'\u2019-]+\s+){0,4}?[\w'\u2019-]+)"
               r"[\s-]+(?:style|aesthetic|look)\b(?!\s+like)", re.I),
    re.compile(r"\bas\s+(?:an?\s+)?(?P<x>[^,.;:!?()]+?)\s*(?=$|[,.;:!?()]|\s+(?:in|on|at|with)\s)",
               re.I),
    re.compile(r"\b(?P<x>[\w'\u2019-]+)[\s-]+(?:style|styled)\b", re.I),
    # "an apple drawn in chalk", "Juno painted in sumi-e ink": the medium a picture is made in
    re.compile(r"\b(?:drawn|painted|rendered|sketched|illustrated|done|carved|printed|made)\s+"
               r"(?:in|with|on|using|like|as)\s+(?:an?\s+)?(?P<x>[^,.;:!?()]+?)\s*"
               r"(?=$|[,.;:!?()]|\s+(?:in|on|at|with|of)\s)", re.I),
]


@dataclass
class VersionCue:
    number: int | None = None  # "v2", "version 3"
    ordinal: int | None = None  # "the first one" -> 1, "the second" -> 2
    newest: bool = False  # "the newest", "the latest one"
    older: bool = False  # "the previous one"
    year: int | None = None  # "the 2025 one"
    month: int | None = None  # "from last December"
    day: int | None = None  # "the one from 2025-03-14"
    base: str | None = None  # "the one for the older base model" -> "older"; "the SDXL one"

    def is_empty(self) -> bool:
        return not (self.number or self.ordinal or self.newest or self.older or self.year
                    or self.month or self.base)

    def merge(self, other: "VersionCue") -> None:
        for name in ("number", "ordinal", "newest", "older", "year", "month", "day", "base"):
            if not getattr(self, name) and getattr(other, name):
                setattr(self, name, getattr(other, name))


@dataclass
class Mention:
    """One phrase of the request that may name a checkpoint."""

    role: Role  # SUBJECT, ATTR, SCENE or STYLE
    words: list[Token]  # content words (determiners, stopwords and cue words removed)
    determiner: Determiner
    start: int  # character span of the phrase in the request (for the rewrite)
    end: int
    cue: VersionCue = field(default_factory=VersionCue)
    all_tokens: list[Token] = field(default_factory=list)  # every token of the phrase, in order

    @property
    def text(self) -> str:
        return " ".join(t.text.lower() for t in self.all_tokens)


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


_OLDER_RE = re.compile(
    r"\b(last|next)[- ]but[- ]one\b|\bsecond[- ](newest|latest|most recent)\b|"
    r"\b(one|a) version (back|before|earlier)\b|\bbefore the (latest|newest|current)\b|"
    r"\b(previous|prior|penultimate)\b|\bnot the (newest|latest)\b|"
    r"\b(the )?one (right |just )?before( it| that)?\b", re.I)


_BASE_RE = re.compile(r"\b(?P<rel>older|old|earlier|previous|newer|new|latest|current)\s+base"
                      r"(?:[\s-]+model)?\b|\b(?P<name>sdxl|sd[\s-]?1\.?5|sd[\s-]?2(?:\.?1)?|sd3|flux)\b", re.I)
REFLEXIVE = frozenset("myself ourselves".split())


def base_cue(text: str) -> str | None:
    """"for the older base model" -> "older"; "the SD 1.5 one" -> "sd15"."""
    m = _BASE_RE.search(text)
    if not m:
        return None
    if m.group("rel"):
        return "older" if m.group("rel").lower() in ("older", "old", "earlier", "previous") else "newer"
    return re.sub(r"[\s.-]", "", m.group("name").lower())


def parse_cue(tokens: list[Token], text: str, dates=None, older: bool | None = None) -> VersionCue:
    cue = VersionCue()
    low_text = text.lower()
    cue.base = base_cue(text)
    if _OLDER_RE.search(low_text) if older is None else older:
        cue.older = True
    if dates is None:
        dates = [d for _, _, d in find_dates(text)]
    if dates:
        cue.year, cue.month, cue.day = dates[0]
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
            if nxt not in MONTHS and not (nxt.isdigit() and len(nxt) == 4) and not cue.older:
                cue.ordinal = n
        elif low in NEWEST_WORDS or low.split("-")[-1] in ("newest", "latest"):
            if not cue.older:
                cue.newest = True
        elif low in OLDER_WORDS:
            cue.older = True
        elif low == "last" and not cue.older:
            if nxt in ("one", "version", "model", "checkpoint", "") or nxt in STOPWORDS:
                cue.newest = True
    if cue.older:
        cue.newest = False
        cue.ordinal = None
    return cue


def _determiner(tokens: list[Token], vocab: frozenset[str] = frozenset(),
                names: frozenset[str] = frozenset()) -> Determiner:
    return Determiner(_determiner_word(tokens, vocab, names))


def _determiner_word(tokens: list[Token], vocab: frozenset[str],
                     names: frozenset[str]) -> str:
    """The last determiner before the first word the catalog knows: "a portrait of my friend"
    -> my; "cn u make our dog" -> our (unknown words in front are skipped)."""
    found = ""
    lows = [t.low for t in tokens]
    if "of" in lows and lows[lows.index("of") + 1:lows.index("of") + 2] in (["mine"], ["ours"]):
        return "possessive"  # "a friend of mine"
    for tok in tokens:
        kind = next((k for k, vocab in DETERMINERS.items() if tok.low in vocab), "")
        if tok.low in REFLEXIVE:
            return Determiner.POSSESSIVE  # "myself": the user points at themselves
        if tok.low in BACK_REFERENCES:
            kind = "backref"  # "his cheeks": the subject's, not a new concept of the user's
        if tok.possessive and not kind:
            kind = "possessive"  # "grandpa's"
        if kind:
            found = kind
            continue
        if tok.low in STOPWORDS or tok.low in FILLER or tok.low in TRANSPARENT:
            continue
        if tok is tokens[0] and verb_form(tok.low):
            continue  # an action's object has the determiner
        if not found and tok.low in KINSHIP:
            found = "possessive"  # "grandpa with the moustache" is the user's grandpa
        if vocab and tok.stem not in vocab and tok.low not in vocab and tok.low not in names:
            continue  # a word the catalog does not know (a misspelt verb) is no head yet
        break
    return found


def is_determiner(tok: Token) -> bool:
    return tok.possessive or any(tok.low in vocab for vocab in DETERMINERS.values())


def _is_action(tok: Token, vocab: frozenset[str]) -> bool:
    """An -ing verb the catalog does not use as a word ("sniffing", not "running shoes")."""
    return (tok.low.endswith("ing") and len(tok.low) >= 5 and "-" not in tok.low
            and tok.stem not in vocab and tok.low not in vocab and tok.low not in FILLER)


def _content(tokens: list[Token], names: frozenset[str], role: str = "") -> list[Token]:
    filler = FILLER if role != "style" else frozenset()  # "my old photo style": photo counts
    return [t for t in tokens if t.low not in STOPWORDS and t.low not in filler
            and t.low not in CUE_WORDS
            and not (t.possessive and t.low not in names)
            and not re.fullmatch(r"v?\d{1,4}|\d{1,2}(st|nd|rd|th)|\d{4}-\d\d(-\d\d)?", t.low)]


_BREAK_RE = re.compile(r"[:;,.!?()\[\]{}\u2014\u2013]|\s-\s|\.\.\.")


def parse(request: str, vocab: frozenset[str] = frozenset(),
          names: frozenset[str] = frozenset()) -> Intent:
    """Split `request` into mentions. `vocab`: word stems the catalog uses; `names`: the
    lower-case words of its names (both optional)."""
    tokens = tokenize(request)
    styles = _style_spans(request)
    all_dates = find_dates(request)
    older_phrases = list(_OLDER_RE.finditer(request))  # "the one before it" spans a preposition
    mentions: list[Mention] = []

    def in_style(tok: Token) -> tuple[int, int, int, int] | None:
        for span in styles:
            if span[0] <= tok.start < span[1]:
                return span
        return None

    carry = [""]  # determiner a container phrase hands on: "a jar of pickles" -> quantified

    def close(role: str, toks: list[Token]) -> None:
        toks = [t for t in toks]
        if not toks:
            return
        det = _determiner(toks, vocab, names)
        if carry[0] and det in ("", "indefinite"):
            det = Determiner(carry[0])
        carry[0] = ""
        text = request[toks[0].start:toks[-1].end]
        # dates are read on the whole request ("October 14, 2026" has a comma in it)
        inside = [d for start, _, d in all_dates if toks[0].start <= start <= toks[-1].end]
        older = any(toks[0].start <= m.start() <= toks[-1].end for m in older_phrases)
        cue = parse_cue(toks, text, inside, older)
        mentions.append(Mention(Role(role), _content(toks, names, role), det, toks[0].start,
                                toks[-1].end, cue, toks))

    def is_name(tok: Token | None) -> bool:
        return tok is not None and (tok.low in names or tok.capitalized)

    role, current = "subject", []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        gap = request[tokens[i - 1].end:tok.start] if i > 0 else ""
        if "&" in gap:
            close(role, current)
            role, current = "subject", []
        elif _BREAK_RE.search(gap) and not (gap.strip() == "." and tokens[i - 1].low in (
                "ver", "v", "no", "nr", "vol", "mk")):  # "ver. 32" is one cue
            close(role, current)  # punctuation ends a phrase: "..., the one with the lanterns"
            role, current = "subject", []
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
        nxt_tok = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt = nxt_tok.low if nxt_tok else ""
        prev_tok = current[-1] if current else None
        if low == "and" and not (nxt_tok is None or is_determiner(nxt_tok) or is_name(nxt_tok)
                                 or is_name(prev_tok)):
            current.append(tok)  # "black and white dog": one phrase
            i += 1
            continue
        if low in SUBJECT_CONNECTORS or (low == "next" and nxt == "to"):
            close(role, current)
            role, current = "subject", []
            i += 2 if low == "next" else 1
            continue
        content_so_far = [t for t in current if t.low not in STOPWORDS and t.low not in FILLER
                          and not is_determiner(t)]
        if low in ATTR_CONNECTORS:
            close(role, current)
            role, current = "attr", []
        elif low in SCENE_PREPOSITIONS:
            one = bool(current) and current[-1].low in ("one", "version", "model", "checkpoint")
            close(role, current)
            role, current = ("attr" if nxt in BACK_REFERENCES or one else "scene"), []
        elif low == "of" and current and not any(
                t.stem in vocab or t.low in vocab or t.low in names for t in content_so_far):
            # "a portrait of my friend", "a bowl of ramen", "the third version of Big Blue": the
            # framing phrase ends (its cue words still count), what follows is the mention; after
            # a container ("a jar of", "hundreds of") what follows is stuff, not a concept
            head = content_so_far[-1] if content_so_far else None  # "a moody close-up of"
            framing = head is None or head.low in TRANSPARENT or head.low in FILLER or \
                head.low in CUE_WORDS or bool(re.fullmatch(r"\d+(st|nd|rd|th)?", head.low))
            quantity = _determiner(current) == "quantified"
            close(role, current)
            carry[0] = "quantified" if quantity else ("container" if not framing else "")
            current = []
            i += 1
            continue
        elif _is_action(tok, vocab) and current and not (nxt_tok is not None and (
                nxt_tok.stem in vocab or nxt_tok.low in vocab) and not is_name(nxt_tok)):
            # ("racing bike": an adjective; "Dana feeding Kiwi": a verb)
            close(role, current)
            role, current = "scene", []
        current.append(tok)
        i += 1
    close(role, current)
    return Intent(request, tokens, mentions)

