"""Which version of a family: explicit cues (number, ordinal, date, base model, "previous"),
else words only that version's card has, else the newest. Versions of one family are one
intent, so this never changes which concept was chosen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import defaultdict
from functools import lru_cache

from personalq.catalog.card import Card
from personalq.checkin import containers, rules
from personalq.checkin.features import Family
from personalq.checkin.intent import BEING_FILES, VersionCue, base_cue
from personalq.checkin.dates import reference_day
from personalq.checkin.aliases import ordinary_word
from personalq.checkin.kinship import birth_order
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.stages import by_age
from personalq.checkin.synonyms import described_heads, home_language_words
from personalq.checkin.text import CARRYING_WORDS, ORDINALS, STOPWORDS, Token, stem, tokenize, verb_form, words
from personalq.checkin.timewords import OCCASIONS
from personalq.checkin.tuning import (BASE_MODEL_ORDER, CLIP_MIN, EVENT_VERB_SENSES, OCCASION_REACH, PERIOD_DEPTH,
                                      PERIOD_REACH)


def pick_version(fam: Family, cue: VersionCue, clues: list[Token], text: str,
                 secondary: list[list[Token]] = (), off: frozenset[str] = frozenset()) -> Card:
    """`clues`: describing words of the mention and its attribute phrases; `secondary`: scene
    phrases that may describe a version as a whole; `text`: the request; `off`: the rules
    switched off (rules.ALL_RULES names)."""
    cards = fam.cards
    if len(cards) == 1:
        return cards[0]
    if cue.ordinal is not None and ((rules.ORDINAL_OF_TIME not in off and _ordinals_count_time(
            text, rules.FIRST_WHEN not in off)) or (rules.POSSESSED_ORDINAL not in off and _ordinals_possessed(text))):
        cue = dataclasses.replace(cue, ordinal=None)
    explicit = _explicit(cards, cue, off)
    if explicit is not None:
        return explicit
    if rules.AGE_WORD_KEEPS_THE_NAME not in off and cue.is_empty() and _old_thing(
            fam, text, rules.DEPICTED_BEING not in off, rules.DESCRIBED_KIND not in off):
        return cards[-2]  # "the old <name>": the version before the newest
    clues = [t for t in clues if t.stem not in fam.orders]  # the person's, no version's
    if rules.BIRTH_ORDER_CUE not in off:  # "my middle child": the kid is who, not which picture
        clues = [t for t in clues if t.start not in _after_birth_order(text)]
    if rules.CONTAINED_PRODUCT not in off:  # contents_of_a_container_are_the_product
        clues = containers.contents_name_no_version(fam, clues, text)
        secondary = [ph for ph in secondary if containers.where_it_stands(fam, ph, text) != ph]
        placed = containers.where_it_stands(fam, clues, text)
        clues = [t for t in clues if t not in placed]
    if rules.AGE_PICKS not in off:
        aged = by_age(cards, text, frozenset(fam.name_lows), off)
        if aged is not None:
            return aged
    if rules.OCCASION not in off:
        occasion = _by_occasion(fam, cards, text, off)
        if occasion is not None:
            return occasion
    return _by_words(fam, cards, clues, text, secondary, off)


@lru_cache(maxsize=4096)
def _after_birth_order(text: str) -> frozenset[int]:
    """my_oldest_is_a_child_not_a_version, extended (round 23): the noun after "my/our <birth
    order>" ("my middle child", "my eldest boy") is the head of the phrase naming the child: it
    says who, no version's look. The starts of such words."""
    toks = request_tokens(text)
    return frozenset(c.start for a, b, c in zip(toks, toks[1:], toks[2:])
                     if a.low in ("my", "our") and birth_order(b.low, True))


_OLD_RE = re.compile(r"\bold\b", re.I)  # checked before a family's own pattern is built


def _old_thing(fam: Family, text: str, depicted: bool = True, described: bool = True) -> bool:
    """age_word_keeps_the_name: "the old <name>" (a base model's name may stand between) of a thing,
    not a person or an animal (whose "old" is their age), is the thing as it was: an older version.
    described: a concept's kind as its description states it is a name of it too ("the old
    <kind> one"; description_says_what_a_concept_is)."""
    if not fam.name_lows or "old" in fam.name_lows or not _OLD_RE.search(text):
        return False  # no "old", or "old" is a word of the name itself
    names = set(fam.name_lows) | (described_heads(fam.cards) if described else set())
    m = re.search(r"\bold\s+(?:(?P<base>\S+)\s+)?(?:%s)\b" % "|".join(map(re.escape, names)), text, re.I)
    if m is None or (m.group("base") and base_cue(m.group("base") + " model") is None):
        return False
    lx = lexicon()
    senses = lx.senses(fam.class_head) if lx is not None and fam.class_head else []
    return not senses or senses[0].lexfile not in BEING_FILES or (
        depicted and _depicted_being(fam.cards[-1].class_noun))


def _depicted_being(class_noun: str) -> bool:
    """depicted_being_is_a_thing: a class noun whose modifier is a noun of a picture or a sign
    (WordNet's communication nouns: "cartoon hen", "logo fox") names a drawn creature, a made
    thing with no age of its own: "the old <name>" is its older design."""
    lx = lexicon()
    mods = words(class_noun)[:-1]
    return lx is not None and any((ss := lx.senses(w)) and ss[0].lexfile == LEXFILE["communication"] for w in mods)


# "on our wedding morning", "at his 70th birthday in a kilt", "at kiri's naming ceremony": an occasion
# phrase, up to a word that starts another phrase or OCCASION_REACH words
_OCCASION_RE = re.compile(r"\b(?:on|at|for|from|that|last|this|during|over)\s+(?:(?P<det>my|his|her|our|their|its|the|a|an|\w+['’]s?)\s+)?"
                          r"(?P<p>(?:(?!(?:in|with|wearing|and|of|by|from|to)\b)[\w'’-]+\s*){1,%d})" % OCCASION_REACH,
                          re.I)
_OCCASION_KINDS = ("social_event", "ceremony", "party", "occasion", "calendar_day")
_OCCASION_HEADS = frozenset("day party ceremony do celebration service".split())


def _one_spacing(name: str) -> str:
    """A name lower-cased with each run of spaces and hyphens as one space."""
    return re.sub(r"[\s-]+", " ", name.lower())


# every name of an occasion in timewords.OCCASIONS (longest first) and the one word it is read as
# (keyed with hyphens read as spaces: "mid-autumn" and "mid autumn" are one name)
_OCCASION_KEYS = {_one_spacing(name): "occasion_" + re.sub(r"\W+", "_", key) for key, names in OCCASIONS.items()
                  for name in (key, *names)}
_OCCASION_NAMES_RE = re.compile(r"(?<![\w'’])(?:" + "|".join(
    re.escape(n).replace(r"\ ", r"[\s-]+") for n in sorted(_OCCASION_KEYS, key=len, reverse=True)) + r")(?![\w'’])",
    re.I)
_KEY_WORDS = frozenset(_OCCASION_KEYS.values())


def _named_occasions(text: str) -> str:
    """occasion_named_in_any_language: each name of an occasion, English or another language's
    ("chrzciny", "naam karan", "khetbe", "wigilia"), written as the one word of its occasion, so
    a request and a card that name it in different words name one occasion."""
    return _OCCASION_NAMES_RE.sub(lambda m: _OCCASION_KEYS[_one_spacing(m.group(0))], text)


@lru_cache(maxsize=65536)
def occasion_terms(text: str, names: bool = True, anyones: bool = True, day_of: bool = True,
                   times: bool = True, first: bool = True) -> frozenset[str]:
    """The stems of the occasions a text dates something by: in an occasion phrase, a word
    before a head of occasions ("wedding day", "naming ceremony") or a noun WordNet files under
    events, celebrations and named days ("birthday", "prom", "funeral"); not a bare "day" and
    not an ordinal ("first day"). With `names` (occasion_named_in_any_language) an occasion's
    name in any language of timewords.OCCASIONS is its occasion ("at wigilia", "that diwali").
    With `anyones` (an_occasion_after_a_is_anyones) "at a wedding dance" is none: any wedding; with
    `day_of` (the_day_it_happened_is_an_occasion) "the day she opened it" is the opening; with
    `times` (the_time_it_happened_names_the_event) "the month we adopted her" is the adopting; with
    `first` (first_time_is_the_start) "when we first danced" is the start."""
    out = set(_day_events(text or "")) if day_of else set()
    out |= {stem(v) for v in _event_verbs(text or "")} if times else set()
    out |= {FIRST_TIME} if first and _first_time(text or "") else set()
    text = _named_occasions(text or "") if names else text or ""
    for m in _OCCASION_RE.finditer(text):
        if anyones and (m.group("det") or "").lower() in ("a", "an"):
            continue
        toks = [w.strip("'’").lower() for w in m.group("p").split()]
        for i, w in enumerate(toks):
            if w in _KEY_WORDS:
                out.add(w)
                continue
            if w in STOPWORDS or not w.isalpha() or w in ORDINALS or w in _OCCASION_HEADS - _NAMED_HEADS:
                continue
            if (i + 1 < len(toks) and toks[i + 1] in _OCCASION_HEADS and _noun(w)) or _occasion_noun(w):
                out.add(stem(w))
    return frozenset(out)


_NAMED_HEADS = frozenset("party ceremony celebration".split())  # an occasion by themselves
_THE_DAY_RE = re.compile(r"\bthe\s+day\s+(?:(?:he|she|they|we|i|it|you)\s+)?(?P<v>[a-z]+)", re.I)


def _day_events(text: str) -> list[str]:
    """The stems of the verbs "the day <someone> <did>" names a day by ("the day he opened
    the stall": open), as "opening day" names it (a past tense only: "the day before" is none)."""
    out = []
    for m in _THE_DAY_RE.finditer(text):
        lemma = _past_lemma(m.group("v").lower())
        if lemma:
            out.append(stem(lemma))
            base = lemma[:-1] if lemma.endswith("e") else lemma
            out += [_OCCASION_KEYS[f] for f in (lemma, base + "ing", lemma + lemma[-1] + "ing", base + "ed")
                    if f in _OCCASION_KEYS]  # "opened": an opening, "retired": a retirement
    return out


_PRONOUN = r"(?:he|she|they|we|i|it|you)"
_THE_TIME_RE = re.compile(r"\bthe\s+(?P<n>[a-z]+)\s+(?:%s\s+)?(?P<v>[a-z]+)" % _PRONOUN, re.I)
_FIRST_TIME_RE = re.compile(r"\b%s\s+first\s+(?P<v>[a-z]+)" % _PRONOUN, re.I)
FIRST_TIME = "first_time"  # the event word of "when we first <did>" (no word of English)


@lru_cache(maxsize=65536)
def _event_verbs(text: str) -> frozenset[str]:
    """the_time_it_happened_names_the_event: the verbs "the <time> <someone> <did>" names a
    stretch of time by ("the month we adopted her": adopt; "the summer they moved": move); a time noun
    of WordNet other than "day" (the_day_it_happened_is_an_occasion) and a past tense only."""
    out = set()
    for m in _THE_TIME_RE.finditer(text):
        noun = m.group("n").lower()
        if noun in ("day", "days") or not _time_noun(noun):
            continue
        lemma = _past_lemma(m.group("v").lower())
        if lemma:
            out.add(lemma)
    return frozenset(out)


@lru_cache(maxsize=65536)
def _first_time(text: str) -> bool:
    """first_time_is_the_start: "when she first baked it", "as we first painted it": a subject,
    "first" and a past verb."""
    return any(_past_lemma(m.group("v").lower()) for m in _FIRST_TIME_RE.finditer(text))


@lru_cache(maxsize=4096)
def _same_event(verb: str, other: str) -> bool:
    """event_told_in_other_words: two verbs sharing a synset among the first EVENT_VERB_SENSES
    senses of each ("buy" and "purchase")."""
    lx = lexicon()
    if lx is None or verb == other:
        return verb == other
    return bool(set(lx.verb_senses(verb)[:EVENT_VERB_SENSES]) & set(lx.verb_senses(other)[:EVENT_VERB_SENSES]))


_POSSESSED_RE = re.compile(r"\b(?:my|our|his|her|their)\s+(?P<w>[\w'’-]+)", re.I)


@lru_cache(maxsize=65536)
def _possessed_occasions(text: str, names: bool = True) -> frozenset[str]:
    """possessed_occasion_dates_the_picture: "my graduation photo", "their christening portrait": an
    occasion noun (or a name of one, occasion_named_in_any_language) right after a possessive."""
    text = _named_occasions(text) if names else text
    out = set()
    for m in _POSSESSED_RE.finditer(text):
        w = m.group("w").strip("'’").lower()
        if w in _KEY_WORDS:
            out.add(w)
        elif w.isalpha() and w not in STOPWORDS and w not in ORDINALS and w not in _OCCASION_HEADS \
                and _occasion_noun(w):
            out.add(stem(w))
    return frozenset(out)


@lru_cache(maxsize=4096)
def _past_lemma(word: str) -> str | None:
    lx = lexicon()
    return None if lx is None or word in STOPWORDS else lx.past_verb_lemma(word)


@lru_cache(maxsize=4096)
def _noun(word: str) -> bool:
    """A word with a noun reading ("wedding", "opening"), not only an adjective ("sunny")."""
    lx = lexicon()
    return lx is None or bool(lx.senses(word)) or not lx.is_adjective(word)


@lru_cache(maxsize=4096)
def _occasion_noun(word: str) -> bool:
    lx = lexicon()
    return lx is not None and any(lx.is_a(b, k, depth=PERIOD_DEPTH + 2, senses=3)
                                  for b in (lx.base_forms(word) or [word]) for k in _OCCASION_KINDS)


def _by_occasion(fam: Family, cards: list[Card], text: str, off: frozenset[str] = frozenset()) -> Card | None:
    """occasion_dates_the_version: a request set at an occasion ("me at my graduation") that
    exactly one version's card is dated by ("at her graduation in a gown") means that version:
    an occasion happens once, at one time of the subject's life."""
    flags = (rules.OCCASION_NAMES not in off, rules.ANYONES_OCCASION not in off, rules.DAY_IT_HAPPENED not in off,
             rules.EVENT_OF_A_TIME not in off, rules.FIRST_TIME_IS_THE_START not in off)
    said = occasion_terms(text, *flags)
    if rules.POSSESSED_OCCASION not in off:
        said = said | _possessed_occasions(text, flags[0])
    said = said - fam.name_stems
    if not said:
        return None
    told = _event_verbs(text) if flags[3] and rules.EVENT_IN_OTHER_WORDS not in off else frozenset()
    hits = [c for c in cards if said & occasion_terms(c.description, *flags) or (told and any(
        _same_event(v, w) for v in told for w in _event_verbs(c.description)))]
    return hits[0] if len(hits) == 1 else None


_ORDINAL_RE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                         r"eighth|ninth|tenth|eleventh|twelfth|[a-z]+tieth|[a-z]+teenth)\s+(?P<next>[a-z][\w-]*)", re.I)


@lru_cache(maxsize=1024)
def _ordinals_count_time(text: str, when: bool = True) -> bool:
    """ordinal_of_a_time_counts_time: "his first day of nursery", "her 30th birthday", "our
    third anniversary": an ordinal before a noun of time (WordNet's time periods and units, a
    compound in "-day") counts days or years, not the family's versions. With `when`
    (first_before_a_past_verb_is_when) "first" before a past verb ("when we first danced") too."""
    found = list(_ORDINAL_RE.finditer(text))
    return bool(found) and all(_time_noun(m.group("next").lower()) or (
        when and m.group(0).lower().startswith("first") and _past_verb(m.group("next").lower()))
        for m in found)


_POSSESSED_ORDINAL_RE = re.compile(r"(?:\b(?:my|his|her|our|their|its|your)|\w['’]s?)\s+(?:very\s+)?(?:"
                                   r"\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth)\s+(?P<next>[a-z][\w-]*)", re.I)
_VERSION_NOUNS = frozenset("one version model lora checkpoint".split())


@lru_cache(maxsize=1024)
def _ordinals_possessed(text: str) -> bool:
    """possessed_ordinal_counts_the_owners_things: "his first red scarf", "her second car",
    "my first bike": an ordinal after a possessor counts the owner's things, not the family's
    versions ("its second version" still counts versions)."""
    if re.search(r"\b(?:original|oldest|earliest|initial|og)\b", text, re.I):
        return False  # the version words beside it still count versions
    ordinals = list(_ORDINAL_RE.finditer(text))
    owned = [m for m in _POSSESSED_ORDINAL_RE.finditer(text) if m.group("next").lower() not in _VERSION_NOUNS
             and not _time_noun(m.group("next").lower())]  # a time: ordinal_of_a_time_counts_time
    return bool(ordinals) and len(owned) == len(ordinals)


@lru_cache(maxsize=4096)
def _past_verb(word: str) -> bool:
    """A past-tense verb form with no noun reading ("opened", "met", "moved"; not "bed")."""
    lx = lexicon()
    if lx is None or word in STOPWORDS:
        return False
    return lx.past_verb_lemma(word) is not None


@lru_cache(maxsize=4096)
def _time_noun(word: str) -> bool:
    if word.endswith("day") or word.endswith("days"):
        return True
    lx = lexicon()
    return lx is not None and any(lx.is_a(b, kind, depth=PERIOD_DEPTH + 2)
                                  for b in (lx.base_forms(word) or [word])
                                  for kind in ("time_period", "time_unit"))


def _explicit(cards: list[Card], cue: VersionCue, off: frozenset[str] = frozenset()) -> Card | None:
    if cue.number is not None:
        for card in cards:
            if card.version == cue.number:
                return card
    if cue.season and rules.SEASON_MONTHS not in off:
        in_season = [c for c in cards if (d := _parse_date(c.created_at)) and (d.year, d.month) in cue.season]
        if in_season:
            return in_season[-1]
    if cue.year and cue.month is None and rules.STATED_YEAR not in off:
        said = [c for c in cards if re.search(rf"\b{cue.year}\b", c.description or "")]
        if said:  # year_the_description_states: when its pictures were taken
            return said[-1]
    if cue.year or cue.month:
        dated = closest_dated(cards, cue)
        if dated is not None:
            return dated
    if cue.base:
        by_base = _by_base(cards, cue.base)
        if by_base is not None:
            return by_base
    if cue.older:
        return cards[-2] if len(cards) > 1 else cards[-1]
    if cue.ordinal is not None and 1 <= cue.ordinal <= len(cards):
        return cards[cue.ordinal - 1]
    if cue.newest:
        return cards[-1]
    return None


def _by_base(cards: list[Card], base: str) -> Card | None:
    """"the one for the older/newer base model", "my SDXL version": the newest version made for
    that base (older/newer: by the order base models appeared)."""
    rank = {b: i for i, b in enumerate(BASE_MODEL_ORDER)}
    bases = sorted({c.base_model for c in cards}, key=lambda b: rank.get(b, len(rank)))
    if len(bases) < 2:
        return None
    want = {"older": bases[0], "newer": bases[-1]}.get(base, base)
    fits = [c for c in cards if c.base_model == want]
    return fits[-1] if fits else None


def _forms(tok: Token, lemmas: bool = False, decades: bool = False, nouns: bool = False) -> list[set[str]]:
    """The forms a describing word may take on a card: its stem, and the word with and without
    the pet suffix English forms familiar words with ("puppy" and "pup", "doggy" and "dog");
    with `lemmas` (verb_form_matches_its_lemma) an -ing/-ed form's verb too ("nursing": nurse);
    with `decades` (decade_written_short_is_the_decade) a decade's whole year ("80s": "1980s");
    with `nouns` (pet_form_is_a_noun) no -y form English has only as an adjective."""
    parts = [tok.low] + (tok.low.split("-") if "-" in tok.low else [])
    return [{stem(p), p, re.sub(r"(.)\1?y$", r"\1", p)} | _pet_forms(p, nouns) | (_lemma(p) if lemmas else set())
            | (_decade(p) if decades else set()) for p in parts if p not in STOPWORDS]


_SHORT_DECADE_RE = re.compile(r"['’]?(?P<d>\d)0['’]?s")


def _decade(word: str) -> frozenset[str]:
    """"80s", "'70s": the decade a card writes in full ("1980s"), the latest such decade begun
    by now (chat drops the century as a spoken date does)."""
    m = _SHORT_DECADE_RE.fullmatch(word)
    if m is None:
        return frozenset()
    today = reference_day().year
    year = today // 100 * 100 + int(m.group("d")) * 10
    full = "%ds" % (year - 100 if year > today else year)
    return frozenset({full, stem(full), full[:-1]})


@lru_cache(maxsize=4096)
def _lemma(word: str) -> frozenset[str]:
    """The verb an -ing or -ed form is of, as a card would write it, and its stem."""
    if not (word.endswith("ing") or word.endswith("ed")) or len(word) < 5:
        return frozenset()
    lx = lexicon()
    lemma = lx.verb_lemma(word) if lx is not None else None
    return frozenset({lemma, stem(lemma)}) if lemma else frozenset()


def _pet_forms(word: str, nouns: bool = False) -> set[str]:
    """A word's pet forms in -y and -ie (as in clipping.py), the final consonant doubled after
    one vowel as English spells it: "pup" -> puppy, puppie; "gold" -> goldy, goldie ("tin"
    gives "tinny", never "tiny")."""
    if not word.isalpha() or len(word) < 3 or word[-1] in "aeiouy":
        return set()
    base = word + word[-1] if word[-2] in "aeiou" and word[-3] not in "aeiou" else word
    return {f for f in (base + "y", base + "ie") if not (nouns and _only_an_adjective(f))}


@lru_cache(maxsize=4096)
def _only_an_adjective(word: str) -> bool:
    """pet_form_is_a_noun: "bushy", "sandy", "hairy" are adjectives English has no noun for: a
    quality like the thing ("a bushy beard" is no bush), not the thing's pet name."""
    lx = lexicon()
    return lx is not None and lx.is_adjective(word) and not lx.senses(word)


_NEGATING_RE = re.compile(
    r"\b(?:no|without|minus|lost|removed|(?:shaved|took|taken|cut|came)\s+off)\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?P<after>[\w-]+)|\b(?P<before>[\w-]+)\s+(?:(?:shaved|cut|taken|came)\s+)?(?:off|gone|removed)\b"
    r"(?=\s*(?:[,.;:!?)]|$))",
    re.I)


@lru_cache(maxsize=65536)
def negated_terms(description: str) -> frozenset[str]:
    """Stems a version's card names only to say they are gone ("after she cut off the
    braids", "braces off", "no glasses"): that version does not have them."""
    out = set()
    for m in _NEGATING_RE.finditer(description):
        word = (m.group("after") or m.group("before")).lower()
        if word not in STOPWORDS:
            out.add(stem(word))
    return frozenset(out)


_BEFORE_CLAUSE_RE = re.compile(r"\b(?:before|until|prior to)\b([^,.;:!?()]*)", re.I)


def predated_terms(card: Card) -> frozenset[str]:
    """before_clause_predates_the_event: the stems a card's description says only inside a
    "before ..." clause ("our barn before the new roof", "from before she took up rowing"). Such
    a clause dates the version by an event it has not yet seen, so the event is not this
    version's: it belongs to a later version, which "before <event>" in a request is measured
    against. Words the card also says elsewhere (its other sentences, name, class or tags) stay."""
    if not _says_before(card.description):  # most cards: no clause, no work per request
        return frozenset()
    return _predated(card.description, " ".join([card.name, card.class_noun, *card.tags]))


@lru_cache(maxsize=65536)
def _says_before(description: str) -> bool:
    return _BEFORE_CLAUSE_RE.search(description) is not None


@lru_cache(maxsize=65536)
def _predated(description: str, fields: str) -> frozenset[str]:
    inside = {w for m in _BEFORE_CLAUSE_RE.finditer(description) for w in words(m.group(1))}
    if not inside:
        return frozenset()
    outside = set(words(_BEFORE_CLAUSE_RE.sub(" ", description))) | set(words(fields))
    return frozenset(inside - outside)


_INSTEAD_OF_RE = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:(?:the|a|an|his|her|their|its|my|our)\s+)?"
                            r"(?P<w>[\w-]+)", re.I)


@lru_cache(maxsize=65536)
def replaced_terms(description: str) -> frozenset[str]:
    """instead_of_names_what_is_gone: "a flat cap instead of the beret", "a shawl rather than the coat":
    the word after "instead of" is what this version no longer has."""
    return frozenset(stem(m.group("w").lower()) for m in _INSTEAD_OF_RE.finditer(description or "")
                     if m.group("w").lower() not in STOPWORDS)


# "cut the long braids off", "shaved his beard off": the object between the verb and "off"
_CUT_OFF_RE = re.compile(r"\b(?:shaved|shaven|cut|took|taken|chopped|trimmed|buzzed)\s+"
                         r"(?:the|his|her|their|my|our|its)\s+((?:[\w-]+\s+){0,2}?[\w-]+)\s+off\b", re.I)


@lru_cache(maxsize=65536)
def cut_off_terms(description: str) -> frozenset[str]:
    """object_between_cut_and_off_is_gone (round 21): English puts the object of a phrasal verb
    of removing between the verb and its particle ("cut the long plait off", "shaved his beard
    off"); every word of that object, its describing words too, is what this version no longer
    has, as "cut off the <X>" says (negated_terms)."""
    return frozenset(stem(w.lower()) for m in _CUT_OFF_RE.finditer(description or "")
                     for w in m.group(1).split() if w.lower() not in STOPWORDS)


def own_terms(fam: Family, card: Card, predating: bool = True, replaced: bool = True,
              cut_off: bool = True) -> set[str]:
    """The stems a version's card has, less those it says are gone or not yet there."""
    gone = negated_terms(card.description)
    if cut_off:
        gone = gone | cut_off_terms(card.description)
    if replaced:
        gone = gone | replaced_terms(card.description)
    if predating:
        gone = gone | predated_terms(card)
    return fam.card_terms[card.id] - gone


def _rare_terms(owns: dict[str, set[str]]) -> dict[str, int]:
    """How many versions have each stem (`owns`: card id -> its `own_terms`)."""
    df: dict[str, int] = defaultdict(int)
    for own in owns.values():
        for term in own:
            df[term] += 1
    return df


def _best_of(cards: list[Card], scores: dict[str, float], oldest: bool = False) -> Card | None:
    """The best-scored of these cards (None when none scores). The top is taken over these cards
    only: scores may rank every version, and the best of all may not be among them."""
    top = max((scores.get(c.id, 0.0) for c in cards), default=0.0)
    if top <= 0:
        return None
    tied = [c for c in cards if scores.get(c.id, 0.0) >= top - 1e-9]
    return tied[0] if oldest else tied[-1]  # ties: the newest (a past state: the oldest)


_SAME_RE = re.compile(r"\bthe same\b", re.I)


def _carry_the_same_look(cards: list[Card], owns: dict[str, set[str]], renewed: bool = False) -> None:
    """A version whose card says it is "the same ..." as before (retrained, re-released) has the
    words of the version before it too (rules.SAME_LOOK); `owns` is updated in place. With
    `renewed` (what_is_new_is_not_carried_over) not the earlier words of a part it calls new."""
    for prev, card in zip(cards, cards[1:]):
        if _SAME_RE.search(card.description or ""):
            replaced = _replaced_words(prev.description or "", card.description or "") if renewed else frozenset()
            owns[card.id] = owns[card.id] | (owns[prev.id] - replaced)


_NEW_PART_RE = re.compile(r"\bnew\s+((?:[\w-]+\s+){0,2}[\w-]+)", re.I)
_PHRASE_SPLIT_RE = re.compile(r"[,.;:!?()]|\b(?:%s)\b" % "|".join(sorted(STOPWORDS)), re.I)


@lru_cache(maxsize=4096)
def _replaced_words(before: str, after: str) -> frozenset[str]:
    """The stems of the earlier card's phrases ("the old thatched roof") whose head the later
    card names after "new" ("a new tin roof"), less the words the later card says itself."""
    heads = set()
    for m in _NEW_PART_RE.finditer(after):
        run = re.split(r"[,.;:!?()]|\b(?:and|with|in|on|of|for|to)\b", m.group(1))[0].split()
        if run:
            heads.add(stem(run[-1].lower()))
    out = set()
    for phrase in _PHRASE_SPLIT_RE.split(before):
        stems = words(phrase or "")
        if len(stems) > 1 and stems[-1] in heads:
            out |= set(stems[:-1])
    return frozenset(out - set(words(after)))


_CHANGED_RE = re.compile(r"\b(?:after|since|now|new|newly|grown|no\s+longer|changed|instead|anymore)\b", re.I)


def _carry_a_ports_look(cards: list[Card], owns: dict[str, set[str]]) -> None:
    """a_port_keeps_the_look: a version whose card names the base model it was made for
    ("<name> for SDXL: ...", "retrained on Flux") is the concept ported to a new base; what the
    earlier card says of the concept still holds, so its words are the port's too. A card that
    says what changed ("grown out", "new glasses", "after the house move") is a new look, no port."""
    for prev, card in zip(cards, cards[1:]):
        if card.base_model != prev.base_model and _says_its_base(card.description or ""):
            owns[card.id] = owns[card.id] | owns[prev.id]


@lru_cache(maxsize=65536)
def _says_its_base(description: str) -> bool:
    """Does the card name the base model it was made for, and no change of look (read once per
    card, not once per request)?"""
    return base_cue(description) in BASE_MODEL_ORDER and not _CHANGED_RE.search(description)


@lru_cache(maxsize=256)
def request_tokens(text: str) -> tuple[Token, ...]:
    """The request's words, tokenized once per request: the version of every family the
    request reached is picked from them (thousands of families at 100,000 cards)."""
    return tuple(tokenize(text))


def _describing_clues(fam: Family, clues: list[Token], text: str,
                      off: frozenset[str]) -> list[Token]:
    """The request words that may describe a version: not those of a clause ("before ...",
    "not ...") or a name said once; plus numbers and period nouns."""
    said = [t.low for t in request_tokens(text)]
    clues = [t for t in clues if not clause_marker(text, t) and not (
        t.low in fam.name_lows and said.count(t.low) < 2)]
    if rules.KIND_WORD_NO_VERSION not in off and rules.HOME_NOUNS not in off:
        kind_words = home_language_words(fam.newest)
        clues = [t for t in clues if t.low not in kind_words]
    if rules.PERIOD_NOUN not in off:
        clues = clues + list(_period_clues(text))
    return clues


def _by_words(fam: Family, cards: list[Card], clues: list[Token], text: str,
              secondary: list[list[Token]], off: frozenset[str] = frozenset()) -> Card:
    """Appearance or provenance words only some versions have. Words in a clause opened by
    "not"/"instead of" name a version the user does NOT mean; "before X" means the version just
    before the one X picks. A name word counts as a describing word only when said twice."""
    predating = rules.BEFORE_PREDATES not in off
    still = predating and rules.BEFORE_OWN_CLAUSE not in off and _STILL_RE.search(text) is not None
    # after "when ... still" the words of a card's own "before ..." clause are its own again
    owns = _version_terms(fam, cards, predating and not still, off)  # once per request
    df = _rare_terms(owns)
    if still and rules.STILL_BEFORE_AFTER not in off:
        ended = _ended_by(fam, cards, text)
        if ended is not None:
            return ended

    def rare(term: str) -> bool:
        return df[term] < len(cards) and (len(cards) <= 3 or df[term] * 2 <= len(cards))

    before = [t for t in list(clues) + [t for ph in secondary for t in ph]
              if clause_marker(text, t) == "before"]
    if not before and rules.BEFORE_ANYWHERE not in off:
        before = _before_clause(text, fam)
    clues = _describing_clues(fam, clues, text, off)
    secondary = [[t for t in ph if not clause_marker(text, t)] for ph in secondary]
    scores: dict[str, float] = {}
    lemmas = rules.LEMMA_FORMS not in off
    clipped = rules.CLIPPED_CARD_WORD not in off
    decades = rules.SHORT_DECADE not in off
    nouns = rules.PET_FORM_IS_A_NOUN not in off
    carrying = rules.PREGNANCY_ANY_WAY not in off
    if carrying:  # "the year she was expecting": her state, wherever the phrase stands
        clues = clues + [t for ph in secondary for t in ph if t.low in CARRYING_WORDS]
    clue_forms = [f for tok in clues if tok.low not in STOPWORDS
                  for f in _forms(tok, lemmas, decades, nouns) + _clip_forms(fam, tok, clipped)
                  + _carrying_forms(tok, carrying)]
    for card in cards:
        own = owns[card.id]
        for f in clue_forms:
            hits = [t for t in f if t in own and rare(t)]
            if hits:
                scores[card.id] = scores.get(card.id, 0.0) + max(1.0 / df[t] for t in hits)
    before_forms = [f for tok in before if tok.low not in STOPWORDS for f in _forms(tok) + _clip_forms(fam, tok, clipped)]
    if before_forms and predating and rules.BEFORE_OWN_CLAUSE not in off:
        itself = _best_of(cards, {c.id: float(sum(any(t in predated_terms(c) for t in f)
                                                  for f in before_forms)) for c in cards})
        if itself is not None:  # the request's "before <event>" is the card's own clause
            return itself
    after = _best_of(cards, {c.id: float(sum(any(t in owns[c.id] and rare(t) for t in f)
                                             for f in before_forms)) for c in cards}) if before else None
    if after is not None and (cards.index(after) > 0 or rules.OLDEST_STATE_BEFORE_CHANGE not in off):
        return _older_than_the_change(cards, after, scores)
    past = rules.PAST_STATE_IS_OLDER not in off and _PAST_STATE_RE.search(text) is not None
    picked = _best_of(cards, scores, past) or _by_scene(cards, secondary, rare, owns, off)
    if picked is None and after is None and before and rules.BEFORE_UNSEEN_CHANGE not in off \
            and _CHANGE_RE.search(text):
        return cards[-2]  # "before she went bald", and no card names the change
    if picked is None and rules.GONE_WAS_THERE_BEFORE not in off:
        picked = _before_it_went(cards, clue_forms, owns)
    return picked if picked is not None else _not_as_now(fam, cards, text, past, off)


def _not_as_now(fam: Family, cards: list[Card], text: str, past: bool, off: frozenset[str]) -> Card:
    """No version's words decided: the newest, unless the request says the thing is not as it is
    now: "with the old <part>" (old_part_is_the_earlier_version: the version before the part was
    renewed) or a past state (past_state_is_not_the_newest: "back when <we> first <did>")."""
    if rules.OLD_PART not in off and _old_part(fam, text):
        return cards[-2]
    if rules.FIRST_TIME_OLDEST not in off and _first_time(text):
        return cards[0]  # "when we first fostered her": the start of the story the versions tell
    if past and rules.PAST_STATE_NOT_NOW not in off:
        return cards[-2]
    return cards[-1]


OLD_WORDS = frozenset("old older original former earlier".split())
OLD_PART_REACH = 3  # "the old white styrofoam <container>": words from "old" to its noun


def _old_part(fam: Family, text: str) -> bool:
    """old_part_is_the_earlier_version: a thing (no being) whose "old <part>" the request names
    ("with the old <label>", "in the old <box>"): a part is called old once it has been
    replaced, so the picture shows the thing before its renewal. The part is a word the family's
    cards use or a container (the packaging of a product), not the thing's own name or class
    word, and not a person ("old man") or a time ("old days": past_state_prefers_the_older)."""
    if containers.is_being(fam) or fam.kind != "subject":
        return False
    toks = request_tokens(text)
    own = fam.name_lows | fam.class_words
    for i, tok in enumerate(toks):
        if tok.low not in OLD_WORDS:
            continue
        for part in toks[i + 1:i + 1 + OLD_PART_REACH]:
            if part.low in own or part.stem in own or part.low in STOPWORDS:
                break
            if (fam.knows(part.stem) or containers.container_word(part.low)) and _thing_noun(part.low):
                return True
    return False


PART_FILES = frozenset({LEXFILE["artifact"], LEXFILE["communication"]})  # a box; a label, a sign


def _thing_noun(word: str) -> bool:
    """Is the word's commonest noun meaning a made thing or a written one (a label, a sign)?"""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return first is not None and first.lexfile in PART_FILES


def _carrying_forms(tok: Token, on: bool = True) -> list[set[str]]:
    """Rule pregnancy_said_any_way: a word for carrying a child (text.CARRYING_WORDS) is any of
    them on a card ("expecting" finds the card that says "pregnant")."""
    if not on or tok.low not in CARRYING_WORDS:
        return []
    return [set(CARRYING_WORDS) | {stem(w) for w in CARRYING_WORDS}]


def _older_than_the_change(cards: list[Card], after: Card, scores: dict[str, float]) -> Card:
    """"before she dyed her hair": a version older than the one the change's words pick; among
    those, the one the other describing words pick, else the one just before it. Where only the
    oldest card has the part, the clause names the part as it was (changed_part_is_the_oldest_state)."""
    earlier = cards[:cards.index(after)] or [after]
    return _best_of(earlier, scores) or earlier[-1]


def _before_it_went(cards: list[Card], clue_forms: list[set[str]], owns: dict[str, set[str]]) -> Card | None:
    """gone_was_there_before: a describing word that a version's card says is gone ("cut his
    braids off", "no glasses now"), and no version from that one on has, describes the subject
    as it was before: the version just before the first card that says it went."""
    for i, card in enumerate(cards[1:], 1):
        gone = negated_terms(card.description)
        if any(f & gone and not any(f & owns[c.id] for c in cards[i:]) for f in clue_forms):
            return cards[i - 1]
    return None


def _version_terms(fam: Family, cards: list[Card], predating: bool, off: frozenset[str]) -> dict[str, set[str]]:
    """Each version's own stems (`own_terms`), with what its card shares with the others carried
    over: a lasting fact, "the same" look, a port's look."""
    owns = {c.id: own_terms(fam, c, predating, rules.INSTEAD_OF_IS_GONE not in off,
                            rules.CUT_OFF_IS_GONE not in off) for c in cards}
    if rules.LASTING_RELATIVE_CLAUSE not in off:
        _carry_lasting_facts(cards, owns)
    if rules.SAME_LOOK not in off:
        _carry_the_same_look(cards, owns, rules.NEW_REPLACES_OLD not in off)
    if rules.PORT_LOOK not in off:
        _carry_a_ports_look(cards, owns)
    return owns


_SUBJECT_PRONOUNS = frozenset("i he she they we it you".split())
_PAST_STATE_RE = re.compile(r"\b(?:back\s+when|from\s+when|when\s+(?:he|she|they|we|i|it|you)\s+(?:had|was|were|used\s+to))\b",
                            re.I)


def _clip_forms(fam: Family, tok: Token, on: bool = True) -> list[set[str]]:
    """clipped_word_is_the_cards_word: a word English does not have ("refurb", "recon") of at least
    CLIP_MIN letters, read as every longer word of the family's cards that starts with it."""
    low = tok.low
    if not on or len(low) < CLIP_MIN or not low.isalpha() or low in fam.name_lows or _english(low):
        return []
    full = {t for c in fam.cards for t in fam.card_terms[c.id] if t.startswith(low) and len(t) > len(low) + 1}
    return [full] if full else []


@lru_cache(maxsize=4096)
def _english(word: str) -> bool:
    lx = lexicon()
    return lx is None or lx.has_word(word)


def _before_clause(text: str, fam: Family) -> list[Token]:
    """before_clause_dates_the_whole_request: the words of the request's "before ..." clause
    wherever the parser attached it ("the <thing> on <name> from before he <changed>"). Only a
    past event dates a version: a clause in the present ("before we close up") is a daily routine."""
    return [t for t in _before_words(text) if t.low not in fam.name_lows]


@lru_cache(maxsize=256)
def _before_words(text: str) -> tuple[Token, ...]:
    """_before_clause's words before any family's names are taken out (once per request)."""
    toks = [t for t in request_tokens(text) if clause_marker(text, t) == "before"]
    if not toks or (toks[0].low in _SUBJECT_PRONOUNS and not _past(toks[1].low if len(toks) > 1 else "")):
        return ()
    return tuple(toks)


@lru_cache(maxsize=4096)
def _past(word: str) -> bool:
    """A past-tense verb form ("grew", "moved", "retired")."""
    lx = lexicon()
    return word.endswith("ed") or (lx is not None and lx.past_verb_lemma(word) is not None)


_STILL_RE = re.compile(r"\b(?:when|while)\b[^,.;:!?()]*\bstill\b(?!\s+life)", re.I)
_STILL_CLAUSE_RE = re.compile(r"\b(?:when|while)\b[^,.;:!?()]*\bstill\b(?!\s+life)[^,.;:!?()]*", re.I)
_AFTER_CLAUSE_RE = re.compile(r"\b(?:after|since|now\s+that|no\s+longer)\b([^,.;:!?()]*)", re.I)


@lru_cache(maxsize=65536)
def _after_terms(description: str) -> frozenset[str]:
    """The stems of a card's "after ..." / "since ..." clauses: an event behind this version."""
    return frozenset(w for m in _AFTER_CLAUSE_RE.finditer(description or "") for w in words(m.group(1)))


def _ended_by(fam: Family, cards: list[Card], text: str) -> Card | None:
    """still_predates_the_cards_after_clause: "when she was still <doing X>" is the time before
    X ended; a version whose card dates itself "after <X ended>" ("after she retired from X",
    "since he sold X") shows the subject after that, so an older version is meant: among the
    older ones the one the state's words pick, else the one just before."""
    m = _STILL_CLAUSE_RE.search(text)
    if m is None:
        return None
    said = {w for w in words(m.group(0)) if w not in fam.name_stems and w not in STOPWORDS}
    hits = {c.id: float(len(said & _after_terms(c.description))) for c in cards[1:]}
    later = _best_of(cards[1:], hits)
    if later is None:
        return None
    earlier = cards[:cards.index(later)]
    scores = {c.id: float(len(said & (fam.card_terms[c.id] - _after_terms(c.description))))
              for c in earlier}
    return _best_of(earlier, scores) or earlier[-1]


_WHO_DOES_RE = re.compile(r"\bwho\s+(?P<v>[a-z]+s)\b([^,.;:!?()]*)", re.I)
_LOOK_VERBS = frozenset("be have wear look".split())  # "who has long hair": the version's look


@lru_cache(maxsize=65536)
def _lasting_terms(description: str) -> frozenset[str]:
    """present_relative_clause_is_lasting: the stems of a card's "who <does> ..." clause in the
    present ("who keeps bees by the mill", "who mends nets at the harbour"): a standing fact about the
    one drawn, not the look of this version."""
    lx = lexicon()
    out: set[str] = set()
    for m in _WHO_DOES_RE.finditer(description or ""):
        form = m.group("v").lower()
        lemma = next((b for b in (form[:-1], form[:-2]) if lx is not None and lx.verb_senses(b)), None)
        if lemma and lemma not in _LOOK_VERBS and form not in ("is", "has", "does", "was"):
            out.update(words(m.group(0)))
    return frozenset(out)


def _carry_lasting_facts(cards: list[Card], owns: dict[str, set[str]]) -> None:
    """What one card says in a present "who <does> ..." clause holds of every version (`owns`
    updated in place), so it picks none of them."""
    lasting = frozenset().union(*(_lasting_terms(c.description) for c in cards))
    if lasting:
        for card in cards:
            owns[card.id] = owns[card.id] | lasting


_CHANGE_RE = re.compile(r"\b(?:before|until)\s+(?:he|she|they|i|we|it)\s+\w+", re.I)


_OWNERS = frozenset("my our his her their your".split())


@lru_cache(maxsize=1024)
def _period_clues(text: str) -> tuple[Token, ...]:
    """period_noun_is_transparent: "in my teaching days" is "when I was teaching": before a
    period of time (WordNet) after a possessor, the words say what the time was about."""
    toks = tokenize(text)
    lx = lexicon()
    if lx is None or not any(t.low in _OWNERS for t in toks):
        return ()
    out: list[Token] = []
    for i, tok in enumerate(toks):
        if tok.low not in _OWNERS:
            continue
        for k in range(1, PERIOD_REACH + 1):
            period = toks[i + k + 1].low if i + k + 1 < len(toks) else ""
            if period and period not in STOPWORDS and _is_period(period):
                out += [t for t in toks[i + 1:i + k + 1] if t.low not in STOPWORDS]
                break
    return tuple(out)


@lru_cache(maxsize=4096)
def _is_period(word: str) -> bool:
    """A noun for a stretch of time ("days", "years", "era"; WordNet's time periods)."""
    lx = lexicon()
    return lx is not None and any(lx.is_a(b, "time_period", depth=PERIOD_DEPTH)
                                  for b in lx.base_forms(word) or [word])


def _by_scene(cards: list[Card], secondary: list[list[Token]], rare,
              owns: dict[str, set[str]], off: frozenset[str] = frozenset()) -> Card | None:
    """Scene phrases count only as a whole: every word on the version's card, one of them rare
    (a lighting word alone does not pick the version whose photos were taken in low light)."""
    scores: dict[str, float] = {}
    known = set().union(*owns.values())
    for phrase in secondary:
        words_ = [t for t in phrase if t.low not in STOPWORDS and not verb_form(t.low)]
        if rules.EVENT_FRAME not in off:
            words_ = [t for t in words_ if not _event_frame(t, words_, known)]
        if not words_:
            continue
        for card in cards:
            own = owns[card.id]
            per_word = [[t for f in _forms(tok, decades=rules.SHORT_DECADE not in off,
                                                  nouns=rules.PET_FORM_IS_A_NOUN not in off) for t in f if t in own]
                        for tok in words_]
            if all(per_word) and any(rare(t) for hits in per_word for t in hits):
                scores[card.id] = scores.get(card.id, 0.0) + 1.0
    return _best_of(cards, scores)


def _event_frame(tok: Token, phrase: list[Token], known: set[str]) -> bool:
    """Rule event_noun_frames_the_scene (round 23): "at <sport> practice", "at his <instrument>
    lesson", "after the <team> game": a head noun whose first meaning is an act or an event
    says when the picture is set; its modifier says what the subject is doing, which a
    version's card may show. Such a head that no version's card has is left out of the scene
    phrase, where its modifiers are everyday English words (a town's name before it names a
    place); the phrase's other words must still all be on the card."""
    if tok is not phrase[-1] or len(phrase) < 2 or tok.stem in known or tok.low in known or \
            not all(ordinary_word(t.low) for t in phrase[:-1]):
        return False  # "<town> <event noun>": a place's name, no activity (and a promenade)
    sense = _first_sense(tok.low)
    return sense in (LEXFILE["act"], LEXFILE["event"])


@lru_cache(maxsize=4096)
def _first_sense(word: str) -> int | None:
    lx = lexicon()
    sense = lx.first_sense(word) if lx is not None else None
    return sense.lexfile if sense is not None else None


_CLAUSE_RE = re.compile(r"\b(?P<neg>not|never|instead of|rather than|no longer|without)\b|"
                        r"\b(?P<before>before|until|prior to)\b", re.I)


@lru_cache(maxsize=65536)
def clause_marker(text: str, tok: Token) -> str:
    """'negated' or 'before' when the word sits in a clause opened by such a word (up to the
    previous punctuation), else ''."""
    if not text or tok.start > len(text):
        return ""
    clause = re.split(r"[,.;:!?()]", text[:tok.start])[-1]
    found = list(_CLAUSE_RE.finditer(clause))
    if not found:
        return ""
    return "negated" if found[-1].group("neg") else "before"


def _parse_date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat((text or "")[:10])
    except ValueError:
        return None


def closest_dated(cards: list[Card], cue: VersionCue) -> Card | None:
    """The version made on that day / in that month or year; else the one made closest to it."""
    fits = [c for c in cards if (d := _parse_date(c.created_at)) and cue.year in (None, d.year)
            and cue.month in (None, d.month) and cue.day in (None, d.day)]
    if fits:
        return fits[-1]
    if cue.month is not None:  # "from last November" when the November version is older
        same_month = [c for c in cards if (d := _parse_date(c.created_at)) and d.month == cue.month]
        if same_month:
            return same_month[-1]
    if cue.year is None:
        return None
    target = dt.date(cue.year, cue.month or 6, cue.day or 15)
    dated = [(abs((_parse_date(c.created_at) - target).days), -i, c) for i, c in enumerate(cards)
             if _parse_date(c.created_at)]
    return min(dated)[2] if dated else None


def picture_base(picked: list[Card], families: dict[str, Family],
                 off: frozenset[str] = frozenset()) -> str | None:
    """The base model the picked cards fix for one picture, or None when they fix none or
    disagree (rules one_base_model_per_picture and subject_on_one_base_fixes_the_base): an
    older version of a family on several bases was chosen on purpose, and a person's or pet's
    family trained on one base only cannot be drawn on another."""
    bases = set()
    for card in picked:
        fam_bases = {c.base_model for c in families[card.family].cards}
        if len(fam_bases) > 1 and card.id != families[card.family].cards[-1].id:
            bases.add(card.base_model)
        elif rules.ONE_BASE_SUBJECT not in off and len(fam_bases) == 1 and card.kind == "subject":
            bases.add(card.base_model)
    return bases.pop() if len(bases) == 1 else None


def on_picture_base(card: Card, fam: Family, base: str | None) -> Card:
    """A style's or concept's newest version gives way to its version on the picture's base
    (its versions are ports of one look); a person's or pet's version is a time of its life."""
    if base is None or card.kind == "subject" or card.base_model == base or card.id != fam.cards[-1].id:
        return card
    on_base = [c for c in fam.cards if c.base_model == base]
    return on_base[-1] if on_base else card
