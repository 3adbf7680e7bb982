"""A second concept in a request the reasoner is already sure of.

When the reasoner selects with certainty ("Tobias leaping over a puddle", "Mira Quell aboard the
old Heron") the calibrated model is not consulted, so a family reached by another part of the
request would never join. This module finds that other part: the request's content words that
the selected families' mentions did not use. A family joins only on strong evidence of its own
(a capitalised name, or a clear lead in meaning: see select.Selector._second_concept).
"""

from __future__ import annotations

from collections import defaultdict
from weakref import WeakKeyDictionary

from personalq.checkin.features import CatalogIndex
from personalq.checkin.intent import Intent, Role
from personalq.checkin.reasoner import Outcome, Resolution
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.ordinary import verb_for_beings
from personalq.checkin import rules
from personalq.checkin.paraphrase import broader_than_the_card
from personalq.checkin.rules import heads_another_thing, named_rule
from personalq.checkin.tuning import OWNED_MODIFIERS, PERSON_DEPTH, PLACING_PREPOSITIONS, STRONG
from personalq.checkin.text import DETERMINERS, OWNER_DETERMINERS, STOPWORDS, Token, content_word, stem, tokenize

LOCATION_PREPOSITIONS = frozenset("""in on at by outside inside near beside behind past into onto
    from opposite under to of""".split())
PLACE_TAGS = frozenset({"place", "building", "vehicle"})  # category tags: a place, a thing driven
LOWER_CASE_NAME = named_rule("name_typed_in_lower_case_joins")
OWNED_THING = named_rule("owned_thing_beside_a_subject")
SETTING_WORD = named_rule("setting_word_names_no_concept")
WEIGHED_OWNED_THING = named_rule("owned_thing_joins_a_weighed_select")


def chosen_families(resolutions: list[Resolution]) -> list[str]:
    """The family each selecting resolution chose, in request order."""
    return [r.families[0] for r in resolutions if r.outcome == Outcome.SELECT and r.families]


def rest_words(request: str, resolutions: list[Resolution], index: CatalogIndex) -> list[Token]:
    """Content words of the request that the selected families neither matched nor know from
    their cards: a phrase the selection leaves unexplained ("over a puddle" in "Tobias leaping
    over a puddle"; "the red moustache" describes the selected man and stays his)."""
    used: set[int] = set()
    known: set[str] = set()
    for res in resolutions:
        if res.outcome != Outcome.SELECT or not res.families:
            continue
        fam = res.families[0]
        used.update(t.start for t in res.matched.get(fam) or res.mention.words)
        known.update(index.families[fam].terms)
    return [t for t in tokenize(request) if t.start not in used and t.stem not in known
            and content_word(t)]


def named_subject(index: CatalogIndex, rest: list[Token], chosen: list[str]) -> str | None:
    """A subject family a capitalised word of the rest names outright (every word of the
    family's name that the request types is capitalised, and no other family has that name).
    A capital letter mid-sentence marks a proper name, not a common noun."""
    caps = {t.low for t in rest if t.capitalized and len(t.low) >= 3}
    if not caps:
        return None
    hits = [k for k, fam in index.families.items() if k not in chosen and fam.kind == "subject"
            and fam.name_lows and caps & fam.name_lows
            and any(set(phrase) <= {t.stem for t in rest} for phrase in fam.name_phrases)]
    return hits[0] if len(hits) == 1 else None


def named_by_word(index: CatalogIndex, fam_key: str, rest: list[Token], request: str,
                  off: frozenset[str]) -> bool:
    """Meaning alone is not enough for a LoRA to join ("dancing" is near a jump pose, "water
    droplets" near a watercolour): a leftover word must name it (its name, class noun or a
    one-word tag: "tuk-tuk", "jump"), not merely occur in its description ("window").
    Unless switched off (`off`): a tag word that only sets the scene does not (only_a_setting,
    SETTING_WORD), nor a tag word modifying a noun for another thing (modifies_another_thing,
    OTHER_THING_HEADS), nor a broader kind or an occasion word (_broader_or_occasion)."""
    fam = index.families[fam_key]
    settings, things = SETTING_WORD not in off, rules.OTHER_THING_HEADS not in off
    return any(fam.terms.get(t.stem, 0.0) >= STRONG and
               not (settings and only_a_setting(request, fam, t)) and
               not (things and modifies_another_thing(index, fam_key, request, t)) and
               not _broader_or_occasion(fam, t, rest, request, off)
               for t in rest)


def _broader_or_occasion(fam, tok: Token, rest: list[Token], request: str,
                         off: frozenset[str]) -> bool:
    """The leftover word reaches the concept only as the broader kind its class noun narrows
    ("a bike" for a cargo-bike LoRA: broader_word_is_not_the_narrower_lora) or as the occasion
    or weather its cards relate it to ("out in the sleet" for a parasol: occasion_is_no_thing_worn)."""
    if fam.kind != "concept":
        return False
    if rules.BROADER_WORD_IS_NOT_THE_LORA not in off and tok.stem == fam.class_head and \
            broader_than_the_card(" ".join(t.text for t in rest if t.start <= tok.start), fam):
        return True
    toks = tokenize(request)
    k = next((i for i, t in enumerate(toks) if t.start == tok.start), len(toks))
    nxt = toks[k + 1] if k + 1 < len(toks) and toks[k + 1].start - tok.end <= 1 else None
    return rules.OCCASION_IS_NO_THING not in off and rules.occasion_only(fam, tok, nxt)


def modifies_another_thing(index: CatalogIndex, fam_key: str, request: str, tok: Token) -> bool:
    """Rule another_thing_heads_the_phrase (rules.py): a word of a concept's tags or name (not
    its class word) typed right before a noun for another thing ("<season> apron"
    beside a sweater concept) says which thing that is; it names no concept."""
    fam = index.families[fam_key]
    if tok.stem in fam.class_words or tok.low in fam.class_words:
        return False
    toks = tokenize(request)
    k = next((i for i, t in enumerate(toks) if t.start == tok.start), None)
    if k is None or k + 1 >= len(toks) or toks[k + 1].start - tok.end > 1:
        return False
    return heads_another_thing(index, fam_key, toks[k + 1])


def only_a_setting(request: str, fam, tok: Token) -> bool:
    """Rule setting_word_names_no_concept: a word in a phrase that places the subject ("beneath
    the drifts", "beside the canal") names where the picture is, not a LoRA whose cards only tag
    it (a sledge tagged "drifts"); the concept's class noun or name still names it there."""
    if tok.stem in fam.class_words or tok.low in fam.name_lows:
        return False
    for prev in _words_before(request, tok, OWNED_MODIFIERS + 2):
        if prev.low in PLACING_PREPOSITIONS:
            return True
        if prev.low in LOCATION_PREPOSITIONS or not (prev.low in STOPWORDS or prev.low.isalpha()):
            return False
    return False


def style_words(rest: list[Token], intent: Intent) -> list[Token]:
    """The leftover words inside a phrase that says how the picture is drawn ("as a papercut
    scene", "in ... style"): there a style may be meant by meaning alone, judged on those words."""
    styled = {t.start for m in intent.mentions if m.role == Role.STYLE for t in m.all_tokens}
    return [t for t in rest if t.start in styled]


def _words_before(request: str, tok: Token, span: int) -> list[Token]:
    """Up to `span` words of the request just before `tok`, nearest first."""
    return [t for t in tokenize(request) if t.end <= tok.start][::-1][:span]


def owned_by_determiner(request: str, tok: Token) -> bool:
    """Is the noun the owner's own one in a place phrase: a location preposition, then "the",
    "this", "my" or "our", then at most OWNED_MODIFIERS words ("by the old <noun>")? "a <noun>"
    is any; "her <noun>" refers back to the subject (her chest, his hat)."""
    before = _words_before(request, tok, OWNED_MODIFIERS + 2)
    for i, prev in enumerate(before[:OWNED_MODIFIERS + 1]):
        if prev.low in DETERMINERS["definite"] or prev.low in OWNER_DETERMINERS:
            return i + 1 < len(before) and before[i + 1].low in LOCATION_PREPOSITIONS
        if prev.low in STOPWORDS or prev.low in DETERMINERS["quantified"]:
            return False
    return False


def heads_its_phrase(request: str, tok: Token) -> bool:
    """Is the noun the head of its phrase: no noun follows it, nor "of" ("the rim of")?"""
    after = [t for t in tokenize(request) if t.start >= tok.end][:1]
    return not after or after[0].low in LOCATION_PREPOSITIONS or (
        after[0].low in STOPWORDS and after[0].low != "of")


def unmatched_words(request: str, resolutions: list[Resolution]) -> list[Token]:
    """Content words of the request no selecting mention matched, even words a chosen card
    knows (a person's card may say where she works: the place is still a place of its own)."""
    used = {t.start for r in resolutions if r.outcome == Outcome.SELECT and r.families
            for t in r.matched.get(r.families[0]) or r.mention.words}
    return [t for t in tokenize(request) if t.start not in used and t.low not in STOPWORDS]


def owned_thing(index: CatalogIndex, request: str, rest: list[Token], chosen: list[str]) -> str | None:
    """Rule owned_thing_beside_a_subject: a leftover noun with a definite or possessive
    determiner ("by the old <noun>", "outside our <noun>") that is the class noun or a one-word
    tag of exactly one subject family that is no being (a place, a vehicle, an object) names
    that family: the owner's own shop or van in a scene with the chosen people."""
    theirs = {w for k in chosen for w in kind_stems(index.families[k])}
    for tok in rest:
        if tok.stem in theirs or not owned_by_determiner(request, tok) or \
                not heads_its_phrase(request, tok):
            continue
        hits = [k for k in _kind_owners(index).get(tok.stem, ()) if k not in chosen]
        if len(hits) == 1:
            return hits[0]
    return None


_KIND_OWNERS: "WeakKeyDictionary[CatalogIndex, dict[str, list[str]]]" = WeakKeyDictionary()


def _kind_owners(index: CatalogIndex) -> dict[str, list[str]]:
    """Kind stem -> the subject families that are no being and say they are that kind
    (kind_stems), built once per index: owned_thing asks it for every leftover word."""
    if index not in _KIND_OWNERS:
        owners: dict[str, list[str]] = defaultdict(list)
        for key, fam in index.families.items():
            if fam.kind == "subject" and not being(fam.class_head):
                for kind in kind_stems(fam):
                    owners[kind].append(key)
        _KIND_OWNERS[index] = owners
    return _KIND_OWNERS[index]


def kind_stems(fam) -> frozenset[str]:
    """What every card of a place or vehicle says it is: its class noun's head, and a one-word
    tag naming a made thing (WordNet: an artifact, "shop", not "beach" or "white") where a
    category tag says it is a place, a building or a vehicle."""
    tags = set.intersection(*({t.strip().lower() for t in c.tags} for c in fam.cards))
    made = {t for t in tags if " " not in t and _artifact(t)} if tags & PLACE_TAGS else set()
    return frozenset(stem(w) for w in made - PLACE_TAGS | {fam.class_head} if w)


def _artifact(word: str) -> bool:
    """Is the word's commonest WordNet meaning a made thing?"""
    lx = lexicon()
    sense = lx.first_sense(word) if lx is not None and word else None
    return sense is not None and sense.lexfile == LEXFILE["artifact"]


def being(head: str) -> bool:
    """Is a class noun a kind of person or animal (WordNet)?"""
    lx = lexicon()
    return lx is not None and any(lx.is_a(head, k, PERSON_DEPTH) for k in ("person", "animal"))


def named_in_lower_case(index: CatalogIndex, request: str, rest: list[Token],
                        chosen: list[str], composing: tuple[str, ...]) -> str | None:
    """Rule name_typed_in_lower_case_joins: a leftover word that is the one-word name of exactly
    one other family names it without a capital where nothing else can: a LoRA's name that is
    no English word ("a <coined name> poster"), or a being's name as the object of a verb whose
    object is a being ("chasing <name>")."""
    for tok in rest:
        owners = index.name_owners.get(tok.low, set()) - set(chosen)
        if len(owners) != 1 or tok.possessive:
            continue
        key = next(iter(owners))
        fam = index.families[key]
        if fam.kind in composing and not _english(tok.low):
            return key
        before = _words_before(request, tok, 1)
        if fam.kind == "subject" and being(fam.class_head) and before and \
                verb_for_beings(before[0].low):
            return key
    return None


def _english(word: str) -> bool:
    """Is the word English (a noun, verb, adjective or adverb in WordNet)?"""
    lx = lexicon()
    return lx is None or lx.has_word(word)
