"""Parse a plain request into the phrases that may mention checkpoints, plus version/time cues.

"uncle's copper teapot with the chip in linocut style" becomes
  subject  "uncle's copper teapot"    (determiner: possessive)
  attr     "the chip"                  (describes the subject: appearance/version evidence)
  style    "linocut"                   (a style mention)
A request is cut at connectors ("and", "wearing", "holding"...) into subject phrases, at scene
prepositions ("on the jetty steps", "in a quarry") into scene phrases, at "with ..." / "from ..." /
"in her ..." into attribute phrases, and at style phrases ("in X style", "as a X", "in the style
of X"). Verbs ending in -ing start an action phrase ("chasing gulls"), treated like a scene.
No catalog knowledge is needed except `vocab` (stems the catalog uses), which keeps "running
shoes" from being read as a verb. The reasoner decides which phrases really name a concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from enum import StrEnum

from personalq.checkin.text import (CHECKPOINT_WORDS, CUE_WORDS, DETERMINERS, FILLER, KINSHIP, MONTHS, NEWEST_WORDS,
                                    OLDER_WORDS,
                                    ORDINALS, PURPOSE_PREPOSITIONS, STOPWORDS, TRANSPARENT, VERSION_NUMBER_RE, Token,
                                    english_words, gerund, plural, stem, tokenize, typed_name_words, verb_form)
from personalq.checkin.dates import find_dates, season_months
from personalq.checkin.stages import NAME_IS_NO_KIND_RULE, age_frame_spans
from personalq.checkin.switches import acted
from personalq.checkin.kinship import birth_order, kin_noun, rel_of
from personalq.checkin.clipping import common_noun
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.aliases import ordinary_word



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
ATTR_CONNECTORS = frozenset(["with", "from", "having", "without"])
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
    re.compile(r"\bas\s+(?:an?\s+)?(?P<x>(?:[^,.;:!?()]|(?<=\d)\.(?=\d))+?)\s*"
               r"(?=$|[,;:!?()]|\.(?!\d)|\s+(?:in|on|at|with)\s)", re.I),  # "as sd1.5 woodcut"
    re.compile(r"\b(?P<x>[\w'\u2019-]+)[\s-]+(?:style|styled)\b", re.I),
    # "a pear drawn in charcoal", "Odo painted in gouache": the medium a picture is made in
    re.compile(r"\b(?:drawn|painted|rendered|sketched|illustrated|done|carved|printed|made)\s+"
               r"(?:in|with|on|using|like|as)\s+(?:an?\s+)?(?P<x>[^,.;:!?()]+?)\s*"
               r"(?=$|[,.;:!?()]|\s+(?:in|on|at|with|of)\s)", re.I),
]


DATE_WORDS_RULE = "date_words_are_a_cue"  # registered in rules.py
BARE_NOUN_RULE = "bare_opening_noun_is_generic"  # registered in rules.py
LOOK_BEFORE_BARE_RULE = "look_name_before_a_bare_noun"  # registered in rules.py
LOOK_ARTICLE_RULE = "look_of_any_one_is_generic"  # registered in rules.py
ARTICLE_SHARED_RULE = "article_governs_the_coordination"  # registered in rules.py
NAME_JOINER_RULE = "joiner_inside_a_name"  # registered in rules.py
WHOLE_NAME_RULE = "whole_name_typed_is_a_name"  # registered in rules.py
ING_AFTER_NAME_RULE = "ing_after_a_name_is_the_verb"  # registered in rules.py
AGE_FRAME_RULE = "age_frame_is_a_cue"  # registered in rules.py
NAMES_IN_A_ROW_RULE = "names_in_a_row_are_a_list"  # registered in rules.py
CONTACT_CLAUSE_RULE = "contact_clause_agent_is_not_drawn"  # registered in rules.py
KIN_BESIDE_KIN_RULE = "kin_word_beside_a_kin_noun"  # registered in rules.py
PAST_AFTER_HEAD_RULE = "past_tense_after_the_head_is_the_verb"  # registered in rules.py
PRESENT_AFTER_NAME_RULE = "present_tense_after_a_name_is_the_verb"  # registered in rules.py
_JOINERS = ("&", "and", "+", "n")  # how "and" inside a name is typed ("Bread & Roses")
ME_LISTED_RULE = "me_opening_a_list_is_drawn"  # registered in rules.py
BIRTH_ORDER_CUE_RULE = "my_oldest_is_a_child_not_a_version"  # registered in rules.py
FRAMING_NOUN_RULE = "framing_word_before_a_noun_modifies_it"  # registered in rules.py
PURPOSE_RULE = "purpose_phrase_ends_the_subject"  # registered in rules.py
ARTICLES = frozenset("a an the".split())
LIST_OPENERS = frozenset(":;,-(")  # punctuation that opens a list or an apposition of people
# WordNet's broad classes of a being that chat names bare for any one of its kind ("man", "cat").
BEING_FILES = frozenset({LEXFILE["person"], LEXFILE["animal"]})
# WordNet's classes of things and beings: a word whose first meaning is one of them, after a
# name, is a noun the name modifies ("<name> sticks"), not what the one named does.
THING_FILES = frozenset(LEXFILE[k] for k in ("animal", "artifact", "body", "food", "group",
                                             "location", "object", "person", "plant",
                                             "substance"))
# English adjectives of age and size: they fit any one of a kind ("little boy", "old man").
GENERIC_MODIFIERS = frozenset("""little small tiny big tall short young old elderly aged teenage
    adult baby middle-aged""".split())


@dataclass
class VersionCue:
    number: int | None = None  # "v2", "version 3"
    ordinal: int | None = None  # "the third one" -> 3, "the second" -> 2
    newest: bool = False  # "the newest", "the latest of them"
    older: bool = False  # "the previous one"
    year: int | None = None  # "the 2017 one"
    month: int | None = None  # "from last November"
    day: int | None = None  # "the one from 2025-03-14"
    base: str | None = None  # "the version on the earlier base model" -> "earlier"; "my SDXL version"
    season: tuple[tuple[int, int], ...] = ()  # "from last autumn": its (year, month) pairs

    def is_empty(self) -> bool:
        return not (self.number or self.ordinal or self.newest or self.older or self.year
                    or self.month or self.base)

    def merge(self, other: "VersionCue") -> None:
        for name in ("number", "ordinal", "newest", "older", "year", "month", "day", "base", "season"):
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
                      r"(?:[\s-]+model)?\b|\b(?:the|my|on|for)\s+(?P<rel2>older|old|earlier|previous)\s+model\b|\b(?P<name>sdxl|sd[\s-]?1\.?5|sd[\s-]?2(?:\.?1)?|sd3|flux)\b", re.I)
# A base model's short name stands alone where the words around it say a model is meant: "the
# 1.5 model", "for xl", "the XL version", "the old 1.5 <name>" (a word of a version's age between the
# article and the number); a bare "1.5" or "XL" elsewhere is a number or a size.
_BARE_BASE_RE = re.compile(r"(?:\b(?P<pre>for|on|using)\s+(?:the\s+)?|\b(?P<det>the|my|our|your|his|her|their|in)\s+"
                           r"(?:(?:old|older|original|first|earlier|new|newer)\s+)?(?=1\.5))?(?<![\w.])(?P<bare>1\.5|xl)"
                           r"(?![\w.%]|\s+(?:hours?|minutes?|days?|weeks?|years?|times|[ck]?m|kg|l|x|mm|ml|g|lbs?|litres?|liters?|"
                           r"metres?|meters?|miles?|inch(?:es)?|feet|foot|pints?|kilos?|grams?|pounds?|million|stars?)\b)(?P<post>[\s-]*(?:lora|model|checkpoint|one|version|base)\b)?",
                           re.I)
BASE_TOKEN_RE = re.compile(r"sd-?\d(?:\.?\d)?|sdxl|sd3|xl|\d\.\d")  # a base model as a token
REFLEXIVE = frozenset("myself ourselves".split())
_SPEAKER_PRONOUNS = REFLEXIVE | {"me"}
# "me" is the person drawn ("me on a summit", "Tobias and me", "a sketch of me") except as the
# one the picture is made for: after a verb of making or showing ("make me a postcard", "show me
# my dog"; but "draw me as a pirate" draws the speaker) and after "for", "to", "like", "let".
ME_FOR_WHOM = frozenset("for to like let help about tell send bring buy paint".split()) | FILLER
ME_DRAWN_NEXT = frozenset("as in on at with wearing holding dressed".split())


def self_reference(tokens: list[Token], text: str = "", listed: bool = True) -> list[Token]:
    """Read "me" as "myself" where it names the person drawn, so it points at the owner's own
    card like "myself" does; the token keeps its place in the request (the rewrite needs it).
    `listed`: rule me_opening_a_list_is_drawn (`listed_after`)."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if tok.low != "me":
            continue
        before = tokens[i - 1].low if i > 0 else ""
        after = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if before in ME_FOR_WHOM and not (before in FILLER and after in ME_DRAWN_NEXT) and \
                not (listed and i > 0 and listed_after(text, tokens[i - 1], tok)):
            continue
        out[i] = replace(tok, low="myself", stem=stem("myself"))
    return out


def listed_after(text: str, prev: Token, tok: Token) -> bool:
    """Rule me_opening_a_list_is_drawn: a colon, comma or dash between the word before and "me"
    ("family pic: me, <name>, <name>") ends that word's phrase: "me" opens a list of who is in
    the picture, no object of a verb of making ("paint me one") the word before might be."""
    return bool(text) and any(c in LIST_OPENERS for c in text[prev.end:tok.start])


def base_cue(text: str) -> str | None:
    """"on the earlier base model" -> "earlier"; "the SD 1.5 one" -> "sd15"."""
    m = _BASE_RE.search(text)
    if not m:
        bare = next((b for b in _BARE_BASE_RE.finditer(text)
                     if b.group("pre") or b.group("post") or b.group("det")), None)
        return "sd" + bare.group("bare").lower().replace(".", "") if bare else None
    if m.group("rel2"):  # "on the old model": the older base
        return "older"
    if m.group("rel"):
        return "older" if m.group("rel").lower() in ("older", "old", "earlier", "previous") else "newer"
    return re.sub(r"[\s.-]", "", m.group("name").lower())


def _no_birth_order(cue: VersionCue, toks: list[Token]) -> VersionCue:
    """my_oldest_is_a_child_not_a_version: after "my"/"our" an ordinal that is a birth order
    ("my oldest") names the child, no version of them."""
    if cue.ordinal is None or not any(
            a.low in ("my", "our") and birth_order(b.low, True) for a, b in zip(toks, toks[1:])):
        return cue
    return replace(cue, ordinal=None)


def _birth_order_words(toks: list[Token]) -> frozenset[int]:
    """my_oldest_is_a_child_not_a_version, extended (round 23): the birth-order word after
    "my"/"our" ("my oldest", "our first") is the phrase's head noun, a word of the mention
    though elsewhere it is a version cue: the starts of such words."""
    return frozenset(b.start for a, b in zip(toks, toks[1:])
                     if a.low in ("my", "our") and birth_order(b.low, True))


def parse_cue(tokens: list[Token], text: str, dates=None, older: bool | None = None) -> VersionCue:
    """The version cues of a phrase."""
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


_GENERIC_DETERMINERS = ("indefinite", "quantified")
# Indefinite pronouns: "somebody's <thing>" is some person's, as generic as "a man's".
INDEFINITE_PRONOUNS = frozenset("""somebody someone anybody anyone nobody everybody everyone
    whoever""".split())


def _determiner(tokens: list[Token], vocab: frozenset[str] = frozenset(),
                names: frozenset[str] = frozenset(), generic_possessor: bool = True) -> Determiner:
    return Determiner(_determiner_word(tokens, vocab, names, generic_possessor))


def _determiner_word(tokens: list[Token], vocab: frozenset[str],
                     names: frozenset[str], generic_possessor: bool = True) -> str:
    """The last determiner before the first word the catalog knows: "a sketch of my neighbour"
    -> my; "cn u make our dog" -> our (unknown words in front are skipped)."""
    found = ""
    lows = [t.low for t in tokens]
    if "of" in lows and lows[lows.index("of") + 1:lows.index("of") + 2] in (["mine"], ["ours"]):
        return "possessive"  # "a neighbour of mine"
    for tok in tokens:
        kind = next((k for k, vocab in DETERMINERS.items() if tok.low in vocab), "")
        if tok.low in REFLEXIVE:
            return Determiner.POSSESSIVE  # "myself": the user points at themselves
        if tok.low in BACK_REFERENCES:
            kind = "backref"  # "his cheeks": the subject's, not a new concept of the user's
        if generic_possessor and tok.possessive and tok.low in INDEFINITE_PRONOUNS:
            found = "indefinite"  # "somebody's truck": some person's, none of the user's
            continue
        if tok.possessive and not kind and not (generic_possessor and
                                                found in _GENERIC_DETERMINERS):
            kind = "possessive"  # "grandpa's"; "a young woman's hands" stays generic: the
            # possessor's own article decides (the face of some old man, no one of the user's)
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


def bare_generic_noun(toks: list[Token], names: frozenset[str],
                      vocab: frozenset[str] = frozenset(), proper: bool = True) -> bool:
    """Rule bare_opening_noun_is_generic: chat drops the article of a request's first phrase
    ("man doing a lunge", "small boy with a kite"), so a singular noun for a kind of person or
    animal opening the request bare -- no determiner, possessor, name or kinship word -- points at
    any one of that kind, as "a man" does: no one of the user's. Its modifiers say only age or size
    (GENERIC_MODIFIERS) or are words no card uses: a card's own words ("ginger longhair cat")
    describe the user's own. A capital on the request's first word is only the sentence's.
    proper (rule proper_name_is_no_kind, round 20 extension): a head WordNet has only as a proper noun (a
    saint's or a famous person's given name) is a name, no kind of person (clipping.common_noun):
    typed bare it is someone's name, perhaps a letter short of the card's."""
    lx = lexicon()
    if lx is None or not toks or any(
            t.possessive or (t.capitalized and t is not toks[0]) or t.low in names or t.low in KINSHIP or kin_noun(t.low)
            or is_determiner(t) or t.low in REFLEXIVE for t in toks):
        return False
    head = toks[-1].low
    senses = lx.senses(head)
    return bool(senses) and senses[0].lexfile in BEING_FILES and not plural(toks[-1]) and \
        (common_noun(head) or not proper) and \
        all(t.low in GENERIC_MODIFIERS or (t.stem not in vocab and t.low not in vocab and
                                           (not lx.senses(t.low) or lx.is_adjective(t.low)))
            for t in toks[:-1])


def is_determiner(tok: Token) -> bool:
    return tok.possessive or any(tok.low in vocab for vocab in DETERMINERS.values())


def _is_action(tok: Token, vocab: frozenset[str]) -> bool:
    """An -ing verb the catalog does not use as a word ("sniffing", not "running shoes"); a
    kinship noun that happens to end in -ing ("my sibling") names a person, no action."""
    return (gerund(tok.low) and "-" not in tok.low
            and tok.stem not in vocab and tok.low not in vocab and tok.low not in FILLER
            and rel_of(tok.low, True) is None)


def _content(tokens: list[Token], names: frozenset[str], role: str = "",
             kept: frozenset[int] = frozenset(), named: frozenset[int] = frozenset()
             ) -> list[Token]:
    """The mention's content words; `kept`: the starts of framing words read as nouns here;
    `named`: the starts of words typing a card's whole name (text.typed_name_words)."""
    filler = FILLER if role != "style" else frozenset()  # "my old photo style": photo counts
    return [t for t in tokens if t.low not in STOPWORDS and (t.low not in filler or t.start in kept)
            and (t.low not in CUE_WORDS or t.start in named)
            and not (t.possessive and t.low not in names)
            and not re.fullmatch(r"v?\d{1,4}|\d{1,2}(st|nd|rd|th)|\d{4}-\d\d(-\d\d)?", t.low)
            and not (t.low != "sd" and BASE_TOKEN_RE.fullmatch(t.low) and base_cue(t.low + " model"))]


def framing_nouns(toks: list[Token]) -> frozenset[int]:
    """Rule framing_word_before_a_noun_modifies_it (round 20): a word that frames requests
    ("show", "picture", "photo": FILLER) but is also an English noun and no adjective, right
    after an article and right before another noun, is a noun modifying that noun ("a show
    pony", "a picture rail", "a photo frame"): English puts no verb or framing word
    between an article and its noun, so it belongs to what the phrase names. The starts of
    such words."""
    lx, out = lexicon(), set()
    for prev, tok, nxt in zip(toks, toks[1:], toks[2:]):
        if tok.low in FILLER and prev.low in ARTICLES and nxt.start - tok.end <= 1 and \
                nxt.low.isalpha() and nxt.low not in STOPWORDS and nxt.low not in FILLER and \
                lx is not None and lx.senses(tok.low) and not lx.is_adjective(tok.low) and \
                lx.senses(nxt.low):
            out.add(tok.start)
    return frozenset(out)


def possessed_head(m: Mention) -> Token | None:
    """The head noun of "<X>'s <noun>" at the end of a phrase ("on nonna's lap", "in my
    mum's strong arms"): the phrase's last word, when one possessive stands before it with
    only describing words between; None for any other phrase."""
    toks = m.all_tokens
    owners = [k for k, t in enumerate(toks[:-1]) if t.possessive]
    if len(owners) != 1 or toks[-1].possessive:
        return None
    if any(t.low in STOPWORDS or is_determiner(t) for t in toks[owners[0] + 1:]):
        return None
    return toks[-1]


def possessor_mention(m: Mention, vocab: frozenset[str] = frozenset(),
                      names: frozenset[str] = frozenset()) -> Mention | None:
    """The possessor of "<X>'s <noun>" (possessed_head) as a subject phrase of its own:
    "nonna" in "on nonna's lap", "my mum" in "in my mum's arms", "the dog" in "on the dog's
    back" (a preposition or connector before it left out)."""
    if possessed_head(m) is None:
        return None
    toks = m.all_tokens
    k = next(k for k, t in enumerate(toks) if t.possessive)
    first = 0
    while first < k and (toks[first].low in SCENE_PREPOSITIONS or toks[first].low in
                         ATTR_CONNECTORS or toks[first].low in SUBJECT_CONNECTORS):
        first += 1
    sub = toks[first:k] + [replace(toks[k], possessive=False)]
    det = _determiner(sub, vocab, names)
    return Mention(Role.SUBJECT, _content(sub, names), det, sub[0].start, sub[-1].end,
                   VersionCue(), sub)


_BREAK_RE = re.compile(r"[:;,.!?()\[\]{}\u2014\u2013]|\s-\s|\.\.\.")


def parse(request: str, vocab: frozenset[str] = frozenset(),
          names: frozenset[str] = frozenset(), generic_possessor: bool = True,
          coordinated_relatives: bool = True, off: frozenset[str] = frozenset(),
          joined: frozenset[tuple[str, str]] = frozenset(),
          name_pairs: frozenset[tuple[str, str]] = frozenset(),
          given: frozenset[str] = frozenset(), looks: frozenset[str] = frozenset()) -> Intent:
    """Split `request` into mentions. `vocab`: word stems the catalog uses; `names`: the
    lower-case words of its names (both optional). generic_possessor, coordinated_relatives:
    the rules indefinite_possessor_is_generic and coordinated_relatives_are_two_people
    (rules.py) are on; `off`: the rules switched off that dates.py reads; `joined`: the word
    pairs a card's name joins with "&"/"and" (`name_joins`); `name_pairs`: the consecutive
    words of the cards' names (text.typed_name_words); `given`: the first words of people's
    names (names_in_a_row_are_a_list); `looks`: the words only style and concept LoRAs use
    (CatalogIndex.look_words)."""
    splitter = _Splitter(request, vocab, names, generic_possessor, coordinated_relatives, off)
    splitter.given, splitter.name_pairs = given, name_pairs
    splitter.looks = looks
    if joined and NAME_JOINER_RULE not in off:
        splitter.joined = joined
    if name_pairs and WHOLE_NAME_RULE not in off:
        splitter.typed_names = typed_name_words(splitter.tokens, request, name_pairs)
    splitter.run()
    return Intent(request, splitter.tokens, splitter.mentions)


def name_joins(names) -> frozenset[tuple[str, str]]:
    """Rule joiner_inside_a_name: a name that joins two words with "&", "and" or "+" (a trading
    name, "<surname> & Sons", "Bread and Roses") is one name: the joiner, typed either way, is
    inside it and separates no two things. The (word before, word after) pairs of such joins,
    lower case."""
    out = set()
    for name in names:
        words_ = re.findall(r"[\w'\u2019-]+|[&+]", name.lower())
        for i in range(1, len(words_) - 1):
            if words_[i] in _JOINERS and words_[i - 1] not in _JOINERS and \
                    words_[i + 1] not in _JOINERS:
                out.add((words_[i - 1], words_[i + 1]))
    return frozenset(out)


_VERSION_ABBREVIATIONS = ("ver", "v", "no", "nr", "vol", "mk")  # "ver. <n>" is one cue


class _Splitter:
    """Walks the tokens once, closing a phrase at connectors, prepositions and punctuation."""

    def __init__(self, request: str, vocab: frozenset[str], names: frozenset[str],
                 generic_possessor: bool = True, coordinated_relatives: bool = True,
                 off: frozenset[str] = frozenset()):
        self.request, self.vocab, self.names = request, vocab, names
        self.generic_possessor = generic_possessor
        self.coordinated_relatives = coordinated_relatives
        tokens = tokenize(request)
        self.tokens = acted(off, ME_LISTED_RULE, self_reference(tokens, request, True),
                            self_reference(tokens, request, False))
        self.styles = _style_spans(request)
        self.looks: frozenset[str] = frozenset()  # words only looks use: parse sets them
        self.off = off
        self.dates = find_dates(request, off=off)  # read on the whole request (dates contain commas)
        self.ages = age_frame_spans(request)
        self.older = list(_OLDER_RE.finditer(request))  # "the one before that" spans a preposition
        self.mentions: list[Mention] = []
        self.carry = ""  # determiner a container phrase hands on ("a crate of ...": quantified)
        self.role, self.current = "subject", []
        self.joined: frozenset[tuple[str, str]] = frozenset()  # joiner_inside_a_name
        self.typed_names: frozenset[int] = frozenset()  # whole_name_typed_is_a_name
        self.given: frozenset[str] = frozenset()  # people's first name words
        self.name_pairs: frozenset[tuple[str, str]] = frozenset()

    def inside_a_name(self, i: int) -> bool:
        """Does a joiner between token i-1 and the next word stand inside a card's name?"""
        if i == 0 or i >= len(self.tokens):
            return False
        left, right = self.tokens[i - 1], self.tokens[i]
        if right.low in _JOINERS and i + 1 < len(self.tokens):
            right = self.tokens[i + 1]
        return (left.low, right.low) in self.joined

    def contact_clause(self, i: int, prev: Token | None) -> bool:
        """Rule contact_clause_agent_is_not_drawn: "the <noun> <person> <past verb>" ("the
        quilt gran sewed", "the boat <name> built") is a relative clause without its "that":
        the person is who made the thing, no one the picture shows. The person is a kinship
        word or a name, right after the noun of a phrase a determiner opens, and the past verb
        (not an -ing form: "<noun> <name> sitting" is the named one doing it) ends the clause."""
        tokens, tok = self.tokens, self.tokens[i]
        lx = lexicon()
        if lx is None or prev is None or prev is not tokens[i - 1] or i + 1 >= len(tokens) or \
                tok.possessive or not (kin_noun(tok.low) or self.is_name(tok)):
            return False
        if prev.low in STOPWORDS or is_determiner(prev) or kin_noun(prev.low) or \
                prev.capitalized or not lx.senses(prev.low):
            return False
        verb = tokens[i + 1]
        if self.request[tok.end:verb.start].strip() or lx.past_verb_lemma(verb.low) is None or \
                lx.verb_lemma(verb.low) is not None:  # a past tense, not an -ing participle
            return False
        j = i - 2  # the noun opens with a determiner, adjectives between ("the old quilt")
        while j >= 0 and lx.is_adjective(tokens[j].low) and not is_determiner(tokens[j]):
            j -= 1
        if lx.is_adjective(prev.low) or j < 0 or not is_determiner(tokens[j]):
            return False
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        return after is None or after.low in STOPWORDS or \
            bool(_BREAK_RE.search(self.request[verb.end:after.start]))

    def past_after_head(self, i: int, prev: Token | None) -> bool:
        """Rule past_tense_after_the_head_is_the_verb: a past-tense verb right after the
        phrase's head noun ("<pet> sat on the step", "<relative> stood by the gate", British and
        Irish English for "sitting"/"standing") is what the one drawn did: the phrase ends
        before it. The head is a name, a kinship word or a word the catalog knows, not a
        possessive; the verb is no word the catalog knows nor a kinship word of any language
        (a past form may spell one), no -ing form, and a function word or nothing follows."""
        tok, lx = self.tokens[i], lexicon()
        if lx is None or not self._verb_slot(i, prev):
            return False
        if not (self.is_name(prev) or kin_noun(prev.low) or (self.known(prev) and prev.low not in STOPWORDS)):
            return False
        lemma = lx.past_verb_lemma(tok.low)
        if lemma is None or lemma == tok.low or lx.verb_lemma(tok.low) is not None:
            return False  # no past form (a noun that is its own bare verb form stays)
        return self._clause_word_ends(i, ing=False)

    def _verb_slot(self, i: int, prev: Token | None) -> bool:
        """Could tokens[i] be the verb of the phrase before it: right after `prev`, neither a
        possessive (after "<name>'s" comes what is theirs), and no word the catalog knows, name,
        function word or kinship word (a kinship word is no verb)?"""
        tok = self.tokens[i]
        return prev is not None and prev is self.tokens[i - 1] and not (
            tok.possessive or prev.possessive or self.known(tok) or self.is_name(tok) or
            tok.low in STOPWORDS or kin_noun(tok.low))

    def _clause_word_ends(self, i: int, ing: bool) -> bool:
        """Does what follows tokens[i] leave it the clause's verb: nothing, a function word, a
        determiner or punctuation (ing: or an -ing word, "play fighting")?"""
        tok = self.tokens[i]
        after = self.tokens[i + 1] if i + 1 < len(self.tokens) else None
        return after is None or after.low in STOPWORDS or is_determiner(after) or \
            (ing and gerund(after.low)) or bool(_BREAK_RE.search(self.request[tok.end:after.start]))

    def present_after_name(self, i: int, prev: Token | None) -> bool:
        """Rule present_tense_after_a_name_is_the_verb: a present-tense verb right after a
        given name ("<pet> plays in the yard", "<child> and <child> dance", "<name> sleep on the
        couch" typed without agreement) is what the one named does: the phrase ends before it.
        A given name is no noun that another noun could head, so the word after it that English
        has as a verb is the clause's verb. The name: one word, a card's name or capitalised, no
        function word, no place, not after a name word, a possessive or an article, and no
        English word typed in lower case ("<fruit> slices" names the fruit). The verb: its first
        noun meaning is no thing or being (THING_FILES: "<name> sticks" is a compound), no word
        the catalog knows (a card's "<name> geyser"), no checkpoint or cue word ("<name>
        model"), name, kinship word or possessive; what follows it is nothing, a function word,
        a determiner, punctuation or an -ing word."""
        tokens, tok = self.tokens, self.tokens[i]
        lx = lexicon()
        if lx is None or not self._verb_slot(i, prev) or gerund(tok.low) or \
                tok.low in CHECKPOINT_WORDS or tok.low in CUE_WORDS:
            return False
        before = tokens[i - 2] if i >= 2 else None
        if not self.is_name(prev) or prev.low in STOPWORDS or \
                (not prev.capitalized and ordinary_word(prev.low)) or \
                (before is not None and (self.is_name(before) or before.possessive or is_determiner(before))):
            return False  # "Old <Name> geyser", "mum's <name> blend": a name of several words, or
            # a word after a possessive or an article, may modify a noun
        if lx.present_verb_lemma(tok.low) is None or lx.past_verb_lemma(tok.low) is not None:
            return False
        if any(s.lexfile == LEXFILE["location"] for s in lx.all_senses(prev.low)):
            return False  # a place ("<city> traffic") modifies nouns
        first = lx.all_senses(tok.low)[:1]
        if first and first[0].lexfile in THING_FILES:
            return False  # "<name> sticks", "<name> flowers": a thing's noun first, a compound
        return self._clause_word_ends(i, ing=True)

    def listed_name(self, i: int, prev: Token | None) -> bool:
        """Rule names_in_a_row_are_a_list (round 22): chat lists people with spaces alone ("me
        <name> <name> and <name>"); a person is not called by two people's given names, so a
        person's given name right after another's (or after "me"), the two no card's name of
        two words, opens a phrase of its own. Not an everyday English word (WordNet's and the
        encoder's: a lower-case "<name> <word>" may be a name and a noun), no kinship word ("me
        <kin word>" is a dialect's "my"), not a name twice."""
        tok = self.tokens[i]
        if prev is None or prev is not self.tokens[i - 1] or prev.possessive or \
                self.request[prev.end:tok.start] != " " or prev.low == tok.low:
            return False
        named = [t for t in (prev, tok) if t.low in self.given and rel_of(t.low) is None and
                 (t.capitalized or not (ordinary_word(t.low) and t.low in english_words()))]
        return tok in named and (prev in named or prev.low in ("me", "myself")) and \
            (prev.low, tok.low) not in self.name_pairs

    def ing_after_name(self, i: int, prev: Token | None) -> bool:
        """Rule ing_after_a_name_is_the_verb (round 22): English puts no noun-modifying -ing
        word after a given name ("<name> braiding <name>'s hair", "<name> feeding the
        ducks"): right after a name and before what opens its object (a determiner, a
        possessive, a function word) or the end, the -ing word is the one named doing
        something, even where the catalog knows its stem as a noun (a card's "braids"), which
        before an unknown noun makes it an adjective ("running shoes"). The name as
        present_after_name reads it, a name of two words too."""
        tok = self.tokens[i]
        if prev is None or prev is not self.tokens[i - 1] or not gerund(tok.low) or \
                "-" in tok.low or rel_of(tok.low, True) is not None or tok.possessive or \
                self.is_name(tok) or kin_noun(tok.low):
            return False
        before = self.tokens[i - 2] if i >= 2 else None
        if not self.is_name(prev) or prev.low in STOPWORDS or \
                (not prev.capitalized and ordinary_word(prev.low)) or \
                (before is not None and (before.possessive or is_determiner(before))):
            return False
        return self._clause_word_ends(i, ing=False)

    def close(self, role: str, toks: list[Token]) -> None:
        if not toks:
            return
        det = _determiner(toks, self.vocab, self.names, self.generic_possessor)
        if not det and not self.mentions and role == "subject" and BARE_NOUN_RULE not in self.off \
                and toks[0] is self.tokens[0] and \
                bare_generic_noun(self._after_look_name(toks), self.names, self.vocab,
                                  NAME_IS_NO_KIND_RULE not in self.off):
            det = Determiner.INDEFINITE  # bare_opening_noun_is_generic
        if self.carry and det in ("", "indefinite"):
            det = Determiner(self.carry)
        self.carry = ""
        first, last = toks[0].start, toks[-1].end
        inside = [d for start, _, d in self.dates if first <= start <= last]
        older = any(first <= m.start() <= last for m in self.older)
        cue = parse_cue(toks, self.request[first:last], inside, older)
        cue = acted(self.off, BIRTH_ORDER_CUE_RULE, _no_birth_order(cue, toks), cue)
        spans = [(start, end) for start, end, _ in self.dates if first <= start <= last]
        if spans and cue.month is None:  # "from last autumn": the season's months
            cue.season = season_months(self.request[spans[0][0]:spans[0][1]], off=self.off)
        content = _content(toks, self.names, role,
                           acted(self.off, FRAMING_NOUN_RULE, framing_nouns(toks), frozenset()),
                           self.typed_names | acted(self.off, BIRTH_ORDER_CUE_RULE,
                                                    _birth_order_words(toks), frozenset()))
        content = acted(self.off, DATE_WORDS_RULE,  # date_words_are_a_cue: "autumn 21", "3 saal pehle"
                        [t for t in content if not any(s <= t.start < e for s, e, _ in self.dates)],
                        content)
        if AGE_FRAME_RULE not in self.off:  # age_frame_is_a_cue: "<name> aged 4", not "my 5 year old"
            content = [t for t in content if not any(s <= t.start < e and content[0].start < s
                                                     for s, e in self.ages)]
        self.mentions.append(Mention(Role(role), content, det, first, last, cue, toks))

    def _after_look_name(self, toks: list[Token]) -> list[Token]:
        """Rule look_name_before_a_bare_noun (round 31): a phrase that opens with a style or
        concept LoRA's name ("<style name> reindeer in the snow") says how the noun after it is
        drawn; the noun is as bare as it would be alone, so its phrase is read without those
        words. A name word any subject card has is no look's."""
        if LOOK_BEFORE_BARE_RULE in self.off:
            return toks
        lead = 0
        while lead < len(toks) - 1 and self._is_look(toks[lead]):
            lead += 1
        return toks[lead:]

    def _is_look(self, tok: Token) -> bool:
        """Is the word one only style and concept LoRAs use (CatalogIndex.look_words)?"""
        return tok.low in self.looks or tok.stem in self.looks

    def restart(self, role: str) -> None:
        self.close(self.role, self.current)
        self.role, self.current = role, []

    def is_name(self, tok: Token | None) -> bool:
        return tok is not None and (tok.low in self.names or tok.capitalized)

    def relatives(self, left: Token | None, right: Token | None) -> bool:
        """coordinated_relatives_are_two_people: "and" between two kinship words ("gran and
        grandad") joins two people, each a phrase of their own (a kinship word is a noun, no
        adjective of the other); after an indefinite article the phrase stays one generic
        description (a picture of any parent with any child). The speaker's own pronoun after
        "and" ("my brother and me", "the dog and myself") is a person of its own after any word:
        a pronoun is no adjective of the word before; so is the speaker's pronoun before "and"
        ("me and gran", "me and <name>"): a pronoun takes no coordinated adjective, so the
        word after "and" opens a phrase of its own whatever it is."""
        if not self.coordinated_relatives or left is None or right is None:
            return False
        if right.low in _SPEAKER_PRONOUNS and not right.possessive:
            return True
        if left.low in _SPEAKER_PRONOUNS and not left.possessive:
            return True
        if any(t.low in ("a", "an") for t in self.current):
            return False
        if KIN_BESIDE_KIN_RULE not in self.off and any(kin_noun(t.low) for t in (left, right)):
            # kin_word_beside_a_kin_noun: coordinated with a kinship noun, a word that is
            # kinship only in kin position ("<short kin word> and <kin noun>") is kinship too
            return all(kin_noun(t.low) or rel_of(t.low, pointed=True) for t in (left, right))
        return all(kin_noun(t.low) for t in (left, right))

    def purpose_after_a_subject(self, low: str, nxt: Token | None) -> bool:
        """Rule purpose_phrase_ends_the_subject: "for" + a determiner or a possessive after a
        subject phrase (or a "with" phrase of who is beside it) that has its noun ("<people>
        for the <occasion> card", "<thing> for our <shop's> window") says what or whom the
        picture is for, not who or what is drawn: the subject phrase ends before it."""
        return low in PURPOSE_PREPOSITIONS and self.role in ("subject", "attr") and nxt is not None and \
            bool(self._content_so_far()) and (is_determiner(nxt) or nxt.possessive)

    def article_shared(self, nxt: Token | None) -> bool:
        """Rule article_governs_the_coordination: in what a figure has ("with a <X> and <Y>"),
        an indefinite article before coordinated nouns governs each of them ("a hat and scarf"
        is a hat and a scarf): the noun after "and" is as generic as the one before, also where
        it is a word of some LoRA's name. A capitalised word or a kinship word is a person."""
        if ARTICLE_SHARED_RULE in self.off or self.role != "attr" or nxt is None:
            return False
        if nxt.capitalized or nxt.possessive or nxt.low in KINSHIP or kin_noun(nxt.low):
            return False
        return any(t.low in ("a", "an") for t in self.current)

    def known(self, tok: Token) -> bool:
        return tok.stem in self.vocab or tok.low in self.vocab

    def run(self) -> None:
        i = 0
        while i < len(self.tokens):
            i = self.step(i)
        self.close(self.role, self.current)

    def step(self, i: int) -> int:
        """Handle token i; return the index of the next token to handle."""
        tokens, tok = self.tokens, self.tokens[i]
        gap = self.request[tokens[i - 1].end:tok.start] if i > 0 else ""
        if ("&" in gap and not self.inside_a_name(i)) or (_BREAK_RE.search(gap) and not (
                gap.strip() == "." and tokens[i - 1].low in _VERSION_ABBREVIATIONS)):
            self.restart("subject")  # punctuation ends a phrase
        span = next((s for s in self.styles if s[0] <= tok.start < s[1]), None)
        if span is not None:
            return self.style(i, span)
        nxt_tok = tokens[i + 1] if i + 1 < len(tokens) else None
        nxt = nxt_tok.low if nxt_tok else ""
        low, prev = tok.low, (self.current[-1] if self.current else None)
        if self.listed_name(i, prev) and NAMES_IN_A_ROW_RULE not in self.off:
            self.restart("subject")  # "me <name> <name> and <name>": one phrase per person
            prev = None
        if self.contact_clause(i, prev) and CONTACT_CLAUSE_RULE not in self.off:
            self.restart("scene")
            return i + 2  # the maker and the verb: no mention of their own
        if self.past_after_head(i, prev) and PAST_AFTER_HEAD_RULE not in self.off:
            self.restart("scene")  # "<dog> sat on the step": what it did, no word of the dog
        elif self.present_after_name(i, prev) and PRESENT_AFTER_NAME_RULE not in self.off:
            self.restart("scene")  # "<dog> plays in the yard": what it does
        if low in _JOINERS and self.current and self.inside_a_name(i):
            self.current.append(tok)  # joiner_inside_a_name: "<word> and <word>" of one name
            return i + 1
        if low == "and" and not (nxt_tok is None or is_determiner(nxt_tok) or
                                 self.is_name(nxt_tok) or self.is_name(prev) or
                                 self.relatives(prev, nxt_tok)):
            self.current.append(tok)  # coordinated adjectives: one phrase
            return i + 1
        if low in SUBJECT_CONNECTORS or (low == "next" and nxt == "to"):
            shared = low == "and" and self.article_shared(nxt_tok)
            self.restart("subject")
            self.carry = "indefinite" if shared else self.carry
            return i + (2 if low == "next" else 1)
        if self.purpose_after_a_subject(low, nxt_tok) and PURPOSE_RULE not in self.off:
            self.restart("scene")  # purpose_phrase_ends_the_subject: "<who> for <what>"
        elif low in ATTR_CONNECTORS:
            self.restart("attr")
        elif low in SCENE_PREPOSITIONS:
            one = bool(self.current) and self.current[-1].low in ("one", "version", "model", "checkpoint")
            self.restart("attr" if nxt in BACK_REFERENCES or one else "scene")
        elif low == "of" and self.current and (not self._names_something() or
                                               self._look_of_any(nxt_tok)):
            self.framing_of()
            return i + 1
        elif self.ing_after_name(i, prev) and ING_AFTER_NAME_RULE not in self.off:
            self.restart("scene")  # "<name> braiding <name>'s hair": what the one named does
        elif _is_action(tok, self.vocab) and (self.current or self.mentions) and not (
                nxt_tok is not None and self.known(nxt_tok) and not self.is_name(nxt_tok)):
            self.restart("scene")  # an -ing word before a known noun is an adjective, else a
            # verb: the subject's action, also after a comma ("dad, reading the paper")
        self.current.append(tok)
        return i + 1

    def style(self, i: int, span: tuple[int, int, int, int]) -> int:
        self.close(self.role, self.current)
        self.close("style", [t for t in self.tokens if span[2] <= t.start < span[3]])
        self.mentions[-1].start, self.mentions[-1].end = span[0], span[1]  # replaced whole
        while i < len(self.tokens) and self.tokens[i].start < span[1]:
            i += 1
        self.role, self.current = "scene", []
        return i

    def _content_so_far(self) -> list[Token]:
        return [t for t in self.current if t.low not in STOPWORDS and t.low not in FILLER
                and not is_determiner(t)]

    def _look_of_any(self, nxt: Token | None) -> bool:
        """Rule look_of_any_one_is_generic (round 31): "<medium> sketch of a ram", "pixel art of
        an owl": words that only say how a picture is drawn (words only style and concept LoRAs
        use), typed without an article, then "of a/an", frame the noun after as "a likeness of"
        does; the noun is then any one of its kind by its own article, none of the user's, and
        the look words a phrase of their own that names the look. ("a <look> of a <noun>" stays
        one phrase: split, "a <look>" alone would read the look's name as a common noun.)"""
        content = self._content_so_far()
        return LOOK_ARTICLE_RULE not in self.off and nxt is not None and \
            nxt.low in ("a", "an") and bool(content) and \
            not any(is_determiner(t) for t in self.current) and \
            all(self._is_look(t) for t in content)

    def _names_something(self) -> bool:
        return any(self.known(t) or t.low in self.names for t in self._content_so_far())

    def framing_of(self) -> None:
        """"<framing> of X" (a portrait of, the third version of): the framing phrase ends (its
        cue words still count) and X is the mention; after a container or a quantity ("a crate
        of", "hundreds of") X is stuff, not a concept."""
        content = self._content_so_far()
        head = content[-1] if content else None
        framing = head is None or head.low in TRANSPARENT or head.low in FILLER or \
            head.low in CUE_WORDS or bool(re.fullmatch(r"\d+(st|nd|rd|th)?", head.low)) or \
            self._is_look(head)  # look_of_any_one_is_generic
        quantity = _determiner(self.current) == "quantified"
        self.close(self.role, self.current)
        self.carry = "quantified" if quantity else ("container" if not framing else "")
        self.current = []
