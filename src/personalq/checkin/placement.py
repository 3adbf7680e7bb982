"""Where the trigger goes: the span of the request that names each selected concept, the
user's own describing words kept inside it, and `insert_trigger` for a caller that already
knows the checkpoint. Sits between the reasoner (what was meant) and rewrite (the text edit)."""

from __future__ import annotations

from personalq.catalog.card import Card
from personalq.checkin.features import CatalogIndex, MatchKind
from personalq.checkin.intent import REFLEXIVE, is_determiner
from personalq.checkin.reasoner import Reasoner, Resolution
from personalq.checkin.rewrite import Placement, cue_only_clauses, extend_over_cues, rewrite
from personalq.checkin.text import (CATEGORY_WORDS, CUE_WORDS, FILLER, KINSHIP, PREPOSITIONS,
                                    STOPWORDS, TRANSPARENT, Token, english_words, tokenize,
                                    verb_form, words)


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
        kept = _describing_words(mention.all_tokens, start, end, card, _name_forms_typed(res))
        out.append(Placement(start, extend_over_cues(request, end), card, kept))
    if out:  # a version-only clause chose the checkpoint; the image model need not read it
        taken = [(p.start, p.end) for p in out if p.start >= 0]
        out.extend(Placement(a, b, None) for a, b in cue_only_clauses(request)
                   if not any(a < e and s < b for s, e in taken))
    return out


ADDRESS_WORDS = KINSHIP | REFLEXIVE | CATEGORY_WORDS


def _name_forms_typed(res: Resolution) -> set[int]:
    """Where the request called the subject by another form of its name ("Ty" for Tyler): the
    token starts the evidence read as a clipped or other-language form of a name."""
    ev = res.evidence
    if ev is None:
        return set()
    return {ev.words[i][0].start for i, kind in ev.kinds.items() if kind == MatchKind.CLIPPED_NAME}


def _describing_words(tokens: list[Token], start: int, end: int, card: Card,
                      name_forms: set[int] = frozenset()) -> list[str]:
    """The user's own words inside the replaced span that describe the concept ("brass",
    "speckled"): not determiners, names (as the card writes them or another form of them:
    `name_forms`, token starts), version words or misspellings of card words."""
    name = {t.low for t in tokenize(card.name)} | {t.stem for t in tokenize(card.name)}
    card_words = set(words(" ".join([card.class_noun, card.description, " ".join(card.tags)])))
    english = english_words()
    kept = []
    for tok in tokens:
        if not (start <= tok.start < end) or is_determiner(tok) or tok.low in STOPWORDS or \
                tok.low in CUE_WORDS or tok.low in FILLER or tok.low in name or tok.stem in name or \
                tok.low in ADDRESS_WORDS or tok.start in name_forms:  # how the user addresses them
            continue
        if any(ch.isdigit() for ch in tok.low) or not (tok.low in english or tok.stem in card_words):
            continue
        kept.append(tok.text)
    return kept


def _noun_phrase(tokens: list[Token], matched: list[Token],
                 with_determiner: bool = True) -> tuple[int, int]:
    """The span to replace: from the determiner before the first matched word ("my", "the",
    "grandpa's") to the phrase's last content word, leaving request words ("could you paint",
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
        if nxt.low in TRANSPARENT or nxt.low in STOPWORDS or nxt.low in PREPOSITIONS or \
                nxt.low in FILLER or verb_form(nxt.low) or nxt.start - tokens[tail].end > 1:
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
