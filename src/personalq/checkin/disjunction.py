"""Phrases of a request that are read on their own: the two sides of "A or B", and the subject
phrase before a style frame.

Rule `disjunction_asks_between_them` (rules.DISJUNCTION_ASKS): "A or B" ("my aunt or my brother",
"either the tin one or the tile one", "A or B, whoever") leaves the choice between A and B open:
the speaker names two things and lets either be drawn, so what is meant is a question over
exactly those two, not the one the other words happen to favour and not both together. Each
side is the short noun phrase next to "or" (up to a comma, a preposition, another coordinator or
a verb's -ing form), read as a request of its own; where each side names one family, and they
differ, the decision is the question over the two.

Rule `style_frame_keeps_the_subject_question` (rules.STYLE_KEEPS_SUBJECT_QUESTION): "<subject>
in <style> style" / "<subject> as a <style> card" names what is drawn and how; the style answers
only the how. Where the subject phrase read alone is a question over look-alike subjects ("the
pug" with two pugs), that question is still open after the style is chosen, and the contract
has no decision "style + question": the question is asked (the style is applied once it is
answered).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from personalq.checkin.lexicon import lexicon
from personalq.checkin.text import Token, tokenize
from personalq.checkin.tuning import CONJUNCT_MAX_WORDS

# Words that end a conjunct: prepositions that start a scene or a style frame, coordinators and
# the free-choice words that follow a disjunction ("whoever", "whichever").
CONJUNCT_BOUNDARY = frozenset({
    "in", "at", "on", "with", "as", "like", "by", "for", "from", "to", "into", "under", "near",
    "during", "inside", "outside", "behind", "beside", "and", "or", "either", "whoever",
    "whichever", "whatever", "doing", "wearing", "holding", "playing", "while", "who", "that",
})
_OR_RE = re.compile(r"\bor\b", re.I)
# "one of the <plural>": the set a disjunction after it may choose from with possessives only.
_SET_PHRASE_RE = re.compile(r"\b(?:one|either|any|which|each)\s+of\s+(?:the|my|our|these|those)"
                            r"\s+(?:[a-z]+\s+){0,2}?([a-z]+s)\b", re.I)
# Possessive pronouns standing for "<possessor>'s <noun>" with the noun left out ("mine").
_ELLIPTIC_POSSESSIVE = {"mine": "my", "ours": "our", "yours": "your", "hers": "her",
                        "his": "his", "theirs": "their"}
# Frames after which the rest of the request says how the picture is made, not what is drawn.
STYLE_FRAME_WORDS = frozenset({"in", "as", "like"})


@dataclass(frozen=True)
class Disjunction:
    left: str
    right: str
    earlier: tuple[str, ...] = ()  # "A, B or C": the list's members before "B", nearest first


def _boundary(toks: list[Token], j: int) -> bool:
    """A word no noun phrase naming one thing runs across: a boundary word or an -ing form (a
    verb's, "knitting"; a short word ending so, "king", "ring", stays a noun)."""
    tok = toks[j]
    return tok.low in CONJUNCT_BOUNDARY or (len(tok.low) > 5 and tok.low.endswith("ing"))


def _comma_between(text: str, left: Token, right: Token) -> bool:
    return "," in text[left.end:right.start]


def _phrase_before(text: str, toks: list[Token], last: int) -> tuple[list[Token], bool]:
    """The short phrase ending at toks[last], back to a comma or a boundary word, and whether a
    comma ended it (then a list may go on before it)."""
    phrase: list[Token] = []
    for j in range(last, -1, -1):
        if _boundary(toks, j):
            return phrase, False
        phrase.insert(0, toks[j])
        if j > 0 and _comma_between(text, toks[j - 1], toks[j]):
            return phrase, True
    return phrase, False


def _span(text: str, phrase: list[Token]) -> str:
    return text[phrase[0].start:phrase[-1].end]


def disjunctions(request: str) -> list[Disjunction]:
    """The noun phrases on each side of every "or" in the request (both non-empty, short), and
    the members of a list "A, B(,) or C" before the left one."""
    if not _OR_RE.search(request):
        return []  # most requests: no tokenizing
    toks = tokenize(request)
    found: list[Disjunction] = []
    for i, tok in enumerate(toks):
        if tok.low != "or" or i == 0:
            continue
        left, listed = _phrase_before(request, toks, i - 1)
        right: list[Token] = []
        for j in range(i + 1, len(toks)):
            if _boundary(toks, j) or (j > i + 1 and
                                                 _comma_between(request, toks[j - 1], toks[j])):
                break
            right.append(toks[j])
        if not left or not right or len(left) > CONJUNCT_MAX_WORDS or \
                len(right) > CONJUNCT_MAX_WORDS:
            continue
        earlier: list[str] = []
        last = i - 1 - len(left)
        while listed and last >= 0 and len(earlier) < CONJUNCT_MAX_WORDS:
            member, listed = _phrase_before(request, toks, last)
            if not member or len(member) > CONJUNCT_MAX_WORDS:
                break
            earlier.append(_span(request, member))
            last -= len(member)
        found.append(Disjunction(_span(request, left), _span(request, right), tuple(earlier)))
    return found


def set_head(request: str) -> str:
    """The singular of the noun a set phrase "one/either/any/which of the <plural>" ends in
    ("one of the aunts" -> "aunt"), or "" where the request has none."""
    m = _SET_PHRASE_RE.search(request)
    if m is None:
        return ""
    plural = m.group(1).lower()
    lex = lexicon()
    forms = [b for b in (lex.base_forms(plural) if lex is not None else []) if b != plural]
    return forms[0].replace("_", " ") if forms else plural[:-1]


def with_elided_head(side: str, head: str) -> str:
    """Rule elided_head_of_a_set: a side that is only a possessive ("mine", "<name>'s") after
    "one of the <plural>" means that possessor's one: "my mom", "<name>'s mom" (head: the
    plural's singular); any other side is itself."""
    toks = tokenize(side)
    if len(toks) != 1 or not head:
        return side
    if toks[0].low in _ELLIPTIC_POSSESSIVE:
        return f"{_ELLIPTIC_POSSESSIVE[toks[0].low]} {head}"
    return f"{side} {head}" if toks[0].possessive else side


def subject_before_style_frame(request: str) -> str | None:
    """The words before the first style frame word ("the corgi" in "the corgi in woodcut style"),
    when there are some and the frame is not the request's first word."""
    toks = tokenize(request)
    for i, tok in enumerate(toks):
        if tok.low in STYLE_FRAME_WORDS:
            if i == 0 or i > CONJUNCT_MAX_WORDS:
                return None
            return request[toks[0].start:toks[i - 1].end]
        if i > 0 and "," in request[toks[i - 1].end:tok.start]:
            return None
    return None
