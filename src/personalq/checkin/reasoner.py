"""The fast local reasoner: which concept family (and which version) does each mention name?

Evidence is generic and field-aware. Every word of a mention is looked up in an inverted index
of the catalog's fields: name, class noun, tags, description, plus generic synonyms of the class
noun (bike/bicycle), a broad category (a "man" card answers to "my friend", weakly), compound
words ("boat" finds "sailboat") and misspellings of names, class nouns and tags ("bigle").
A word is weighed by how rare it is among families (idf), so "beagle" decides where "pet" only
hints; a word only a few versions of a family have ("autumn leaves" photos) describes those
versions, not the concept. Rules keep ordinary words from selecting a checkpoint:
  - a name after "a"/"an"/"hundreds of"/"a jar of" is a common noun ("a pixel of light");
  - a word followed by a noun the family does not know modifies that noun ("iris flowers",
    "a t-rex skeleton", "the Old Faithful geyser"); a lower-case name after a modifier the
    family does not know is a common noun ("belgian waffles");
  - a plural without "my"/"our" is things in general ("houses", "hot air balloons");
  - a name is matched as written or misspelt, never through a suffix ("patched" != "Patches").
A family's score is the share of the mention's evidence it explains; a rival stays plausible
when, on the words where the two differ, it has at least `ratio` of the best one's evidence.
Several plausible families mean: ask. Versions: explicit cues (number, ordinal, date,
"previous"), else words only that version's card has, else the newest.

Card text is data: it only ever contributes words to the index. Nothing in a description can
change a rule, and words a request does not contain never count.
"""

from __future__ import annotations

import contextvars
import copy
import datetime as dt
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

from personalq.catalog.card import Card
from personalq.checkin.intent import Intent, Mention, VersionCue, parse
from personalq.checkin.text import (CATEGORY_GROUPS, CUE_WORDS, KINSHIP, TITLES, ORDINALS, RELATED, STOPWORDS,
                                    VERB_FORMS, SYNONYM_GROUPS, TRANSPARENT, Token,
                                    edit_distance, english_words, stem, tokenize, words)

_REQUEST_TEXT: contextvars.ContextVar[str] = contextvars.ContextVar("request_text", default="")

# How much a word in each field says about a family (the best field counts).
STRENGTH = {"name": 1.0, "class": 1.0, "tag": 0.9, "synonym": 0.85, "category": 0.7, "desc": 0.6}
COMPOUND = 0.8  # "boat" -> "sailboat", "print" -> "blueprint"
FUZZY = 0.9  # "bigle" -> "beagle"
VERSION_ONLY = 0.5  # a word only a few versions' cards have ("autumn leaves" photos)
STRONG = 0.8  # at least this: the word names the concept (a class word, a tag, a misspelt tag)


@dataclass
class Family:
    """All versions of one concept, oldest first."""

    key: str
    kind: str
    cards: list[Card]
    terms: dict[str, float] = field(default_factory=dict)  # stem -> strength (best field)
    synonyms: set[str] = field(default_factory=set)  # terms the family has only as synonyms
    categories: set[str] = field(default_factory=set)  # terms it has only as a broad category
    name_phrases: list[tuple[str, ...]] = field(default_factory=list)
    name_lows: set[str] = field(default_factory=set)  # name words as written, lower case
    class_words: set[str] = field(default_factory=set)
    class_head: str = ""  # last word of the newest card's class noun: what the concept is
    related: set[str] = field(default_factory=set)  # "puppy" for a dog: fits, names nothing
    card_terms: dict[str, set[str]] = field(default_factory=dict)  # card id -> its stems

    @property
    def newest(self) -> Card:
        return self.cards[-1]

    def knows(self, stem_: str) -> bool:
        return stem_ in self.terms


class CatalogIndex:
    """Inverted index over families; built once per catalog and kept in the warm process."""

    def __init__(self, cards: list[Card]):
        groups: dict[str, list[Card]] = defaultdict(list)
        for card in cards:
            groups[card.family].append(card)
        self.families: dict[str, Family] = {}
        for key, members in groups.items():
            members.sort(key=lambda c: (c.version, c.created_at, c.id))
            self.families[key] = self._family(key, members)
        self.by_id = {c.id: c for c in cards}
        self.postings: dict[str, dict[str, float]] = defaultdict(dict)  # stem -> family -> str
        for fam in self.families.values():
            for term, strength in fam.terms.items():
                self.postings[term][fam.key] = strength
        self.vocab = frozenset(self.postings)
        # words that name things (names, class nouns, tags): "running" in "running shoes"
        self.naming_vocab = frozenset(t for t, fams in self.postings.items()
                                      if max(fams.values()) >= STRONG)
        self.names = frozenset(w for fam in self.families.values() for w in fam.name_lows)
        english = english_words()
        # compounds: "sailboat" is found by "boat" when "sail" and "boat" are both words
        self.compounds: dict[str, dict[str, float]] = defaultdict(dict)
        for term, fams in self.postings.items():
            if not term.isalpha() or len(term) < 6:
                continue
            for k in range(3, len(term) - 2):
                head, tail = term[:k], term[k:]
                if head in english and tail in english and len(tail) >= 3:
                    for fam_key, strength in fams.items():
                        if strength >= STRONG:
                            self.compounds[stem(tail)][fam_key] = max(
                                self.compounds[stem(tail)].get(fam_key, 0), COMPOUND * strength)
        # misspellings are matched against the words that name things
        self.fuzzy_vocab = sorted(t for t, fams in self.postings.items()
                                  if t.isalpha() and len(t) >= 4
                                  and max(fams.values()) >= STRONG)
        self.n_families = max(1, len(self.families))

    @staticmethod
    def _family(key: str, members: list[Card]) -> Family:
        fam = Family(key, members[-1].kind, members)
        per_card: list[dict[str, float]] = []
        category_only: set[str] = set()
        for card in members:
            terms: dict[str, float] = {}

            def put(term: str, strength: float) -> None:
                if term and term not in STOPWORDS and terms.get(term, 0) < strength:
                    terms[term] = strength

            name_words = words(card.name)
            if name_words:
                fam.name_phrases.append(tuple(name_words))
                fam.name_lows.update(t.low for t in tokenize(card.name) if t.low not in STOPWORDS)
            class_words = words(card.class_noun)
            fam.class_words.update(class_words)
            tag_words = [w for tag in card.tags for w in words(tag)]
            for w in class_words + tag_words:
                fam.related.update(RELATED.get(w, ()))
            for w in name_words:
                put(w, STRENGTH["name"])
            for i, w in enumerate(class_words):  # "kids bicycle": a bicycle, for kids
                put(w, STRENGTH["class"] if i == len(class_words) - 1 else STRENGTH["tag"])
            for tag in card.tags:
                # a one-word tag names the concept; in "black and white" only the words describe
                tag_parts = words(tag)
                for w in tag_parts:
                    put(w, STRENGTH["tag"] if len(tag_parts) == 1 else STRENGTH["desc"])
            desc_words = words(card.description)
            for w in desc_words:
                put(w, STRENGTH["desc"])
            literal = set(terms)
            single_tags = {w for tag in card.tags for w in words(tag) if len(words(tag)) == 1}
            head = set(class_words[-1:])  # "grandfather clock" is a clock, not a grandfather
            for w in head | single_tags:
                for group in SYNONYM_GROUPS:
                    if w in group:
                        for syn in group:
                            if stem(syn) not in literal:
                                fam.synonyms.add(stem(syn))
                            put(stem(syn), STRENGTH["synonym"])
            for w in head | ({"person"} & single_tags):
                for group in CATEGORY_GROUPS:
                    if w in group:
                        for word in group:
                            if stem(word) not in terms:
                                fam.synonyms.add(stem(word))
                                category_only.add(stem(word))
                            put(stem(word), STRENGTH["category"])
            per_card.append(terms)
            fam.card_terms[card.id] = set(name_words) | set(class_words) | set(tag_words) | set(desc_words)
        # A word only some versions have ("autumn leaves" photos of version 34) describes those
        # versions, not the concept: at family level it weighs less than a description word.
        counts: dict[str, int] = defaultdict(int)
        for terms in per_card:
            for term in terms:
                counts[term] += 1
        for terms in per_card:
            for term, strength in terms.items():
                if len(members) > 2 and counts[term] * 2 < len(members):
                    strength = min(strength, VERSION_ONLY)
                if fam.terms.get(term, 0) < strength:
                    fam.terms[term] = strength
        literal_anywhere = set().union(*(fam.card_terms.values()))
        fam.synonyms -= literal_anywhere
        fam.categories = category_only - literal_anywhere
        fam.name_phrases = sorted(set(fam.name_phrases))
        fam.class_head = (words(members[-1].class_noun) or [""])[-1]
        return fam

    # -- word lookup -------------------------------------------------------------------------

    def lookup(self, tok: Token) -> tuple[dict[str, float], str, set[str]]:
        """Families a request word points to, with strengths, how it matched, and the families
        it names (a name is matched as written, or misspelt: "patched" never names "Patches")."""
        for key in (tok.stem, tok.low):
            if key in self.postings:
                found = dict(self.postings[key])
                for fam_key, strength in self.compounds.get(tok.stem, {}).items():
                    if not tok.low.endswith(("ed", "ing")):  # "dusted" is not "stardust"
                        found[fam_key] = max(found.get(fam_key, 0), strength)
                named = {k for k in found if tok.low in self.families[k].name_lows or (
                    tok.capitalized and tok.stem in {stem(n) for n in self.families[k].name_lows})}
                return found, "exact", named  # "Chuggs" (capitalised) still names "Chugs"
        if tok.stem in self.compounds and not tok.low.endswith(("ed", "ing")):
            return dict(self.compounds[tok.stem]), "compound", set()
        proper = tok.capitalized  # "Markus" mid-sentence: an English-looking name is still a name
        inflected = (tok.stem != tok.low and tok.stem in english_words()) or \
            tok.low.endswith(("ed", "ing"))  # "dunked" is no misspelt "duck"
        if (tok.low.isalpha() and len(tok.low) >= 4 and tok.low not in STOPWORDS and not inflected
                and (tok.low not in english_words() or proper)):
            best: dict[str, float] = {}
            named: set[str] = set()
            closest = 3
            for term in self.fuzzy_vocab:
                if abs(len(term) - len(tok.low)) > 2:
                    continue
                limit = 2 if len(tok.low) >= 5 and len(term) >= 4 else 1
                if term[0] != tok.low[0]:
                    limit = min(limit, 1)
                dist = min(edit_distance(tok.low, term, limit), edit_distance(tok.stem, term, limit))
                if dist <= limit and dist <= closest:
                    if dist < closest:  # only the closest spellings count ("wafles" -> waffles)
                        best, named, closest = {}, set(), dist
                    for fam_key, strength in self.postings[term].items():
                        if tok.low in english_words() and term not in self.families[fam_key].name_lows:
                            continue
                        if strength >= STRONG:
                            best[fam_key] = max(best.get(fam_key, 0), FUZZY * strength)
                            if term in self.families[fam_key].name_lows or \
                                    term in {stem(n) for n in self.families[fam_key].name_lows}:
                                named.add(fam_key)
            if best:
                return best, "fuzzy", named
        return {}, "", set()

    def family_knows(self, fam_key: str, tok: Token) -> bool:
        """Is `tok` a word this family could be described with (no evidence needed)?"""
        fam = self.families[fam_key]
        if fam.knows(tok.stem) or fam.knows(tok.low) or tok.low in fam.related:
            return True
        if tok.text[:1].isupper() and fam_key in self.lookup(tok)[2]:
            return True  # "Captain Quak": the misspelt rest of the family's own name
        if "-" in tok.low:
            return any(fam.knows(stem(p)) for p in tok.low.split("-") if len(p) > 1)
        return fam_key in self.compounds.get(tok.stem, {})

@dataclass
class Evidence:
    """What one mention's words say about the families."""

    words: list[tuple[Token, dict[str, float]]]  # accepted matches per word
    named: set[str]  # families named outright
    scores: dict[str, float]  # share of the evidence each family explains, 0..1
    idf: dict[int, float]  # word position -> weight

    def best(self) -> tuple[str | None, float]:
        if not self.scores:
            return None, 0.0
        key = max(self.scores, key=self.scores.get)
        return key, self.scores[key]


@dataclass
class Resolution:
    """The reasoner's answer for one mention (or a merged group of mentions)."""

    role: str  # "subject" | "style"
    mention: Mention
    outcome: str  # "select" | "clarify" | "none"
    families: list[str]  # plausible families, best first
    cards: list[Card]  # one card per plausible family (the version the cues pick)
    scores: dict[str, float]
    matched: dict[str, list[Token]] = field(default_factory=dict)  # family -> core words
    cue: VersionCue = field(default_factory=VersionCue)
    extra_words: list[Token] = field(default_factory=list)  # from attribute phrases


_ADJACENT_RE = re.compile(r"^[\s,-]*(?:(?:and|or|&)\s+)?$", re.I)


def mention_text(nxt: Token, tok: Token) -> str:
    """The characters between two words of a request (kept on the tokens' offsets)."""
    return _REQUEST_TEXT.get()[tok.end:nxt.start]


def _noun_like(tok: Token) -> bool:
    """Could this word be the head noun of the phrase? (cheap: no part-of-speech tagger)"""
    low = tok.low
    return not (low in STOPWORDS or low in CUE_WORDS or low in TRANSPARENT or low in VERB_FORMS
                or re.fullmatch(r"v?\d+(st|nd|rd|th)?", low)
                or (low.endswith("ing") and len(low) >= 5) or low.endswith("ly")
                or (low.endswith("ed") and len(low) > 4))


def gather(index: CatalogIndex, mention: Mention, kinds: tuple[str, ...],
           extra: list[Token] = (), strict_styles: bool = False,
           allowed: set[str] | None = None) -> Evidence:
    """Look up the mention's words; apply the common-noun and modifier rules."""
    toks = list(mention.words)
    per_word: list[tuple[Token, dict[str, float]]] = []
    named: set[str] = set()
    vetoed: set[str] = set()
    indefinite = mention.determiner in ("indefinite", "quantified", "container")
    for group_index, group in enumerate((toks, list(extra))):
        for i, tok in enumerate(group):
            if tok.low in CUE_WORDS or tok.low in TRANSPARENT and not index.postings.get(tok.stem):
                continue
            found, how, name_fams = index.lookup(tok)
            if "-" in tok.low:  # "gold-rimmed" -> "gold", "rim"; parts weigh a little less
                for part in tok.low.split("-"):
                    if len(part) > 1 and part not in STOPWORDS:
                        sub = Token(part, part, stem(part), tok.start, tok.end, False, False)
                        f2, _, _ = index.lookup(sub)
                        for k, v in f2.items():
                            found[k] = max(found.get(k, 0), v * FUZZY)
                how = how or "part"
            nxt = group[i + 1] if i + 1 < len(group) else None
            if nxt is not None and not _ADJACENT_RE.match(mention_text(nxt, tok)):
                nxt = None  # other words between: not the word this one modifies
            prev = group[i - 1] if i > 0 else None
            if prev is not None and tok.start - prev.end > 1:
                prev = None
            plural = (tok.low != tok.stem and tok.low.endswith("s") and not tok.possessive
                      and mention.determiner != "possessive")
            accepted: dict[str, float] = {}
            for fam_key, strength in found.items():
                fam = index.families[fam_key]
                if fam.kind not in kinds or (allowed is not None and fam_key not in allowed):
                    continue
                is_name = fam_key in name_fams
                if is_name and how == "fuzzy" and not (
                        tok.text[:1].isupper() or len(tok.low) >= 6 or (
                            (mention.determiner in ("possessive", "definite") or
                             (not mention.determiner and tok.start == 0)) and
                            min(edit_distance(tok.low, n, 1) for n in index.families[fam_key].name_lows) <= 1)):
                    continue  # "ramen" is not a misspelt "Raven", nor "the duvet" "Duke"
                if fam.kind == "style":
                    # outside a style phrase only a word that names one style counts
                    if strict_styles and (strength < STRENGTH["class"] or (
                            not is_name and sum(index.families[k].kind == "style" for k in found) > 1)):
                        continue
                else:
                    if nxt is not None and _noun_like(nxt) and not index.family_knows(fam_key, nxt):
                        if is_name:
                            vetoed.add(fam_key)  # "the Old Faithful geyser": the whole name goes
                        continue  # "iris flowers", "sailboat race": modifies another noun
                    if is_name and indefinite and group_index == 0 and not (
                            mention.determiner == "container" and tok.capitalized):
                        continue  # "a pixel of light", "a jar of pickles" (not "a pic of Bolt")
                    if is_name and not tok.capitalized and prev is not None and _noun_like(prev) \
                            and not index.family_knows(fam_key, prev):
                        continue  # "belgian waffles", "chocolate truffles": a common noun
                    if plural and not is_name and group_index == 0:
                        continue  # "houses", "hot air balloons": things in general
                if is_name and strength >= STRENGTH["name"] * FUZZY:
                    named.add(fam_key)
                accepted[fam_key] = strength
            group_ = next((g for g in CATEGORY_GROUPS if tok.low in g or tok.stem in g), None)
            if group_ is not None and any(index.families[k].class_head in group_ for k in accepted):
                # "my kid" is a person: a bicycle tagged "kids" only mentions kids
                accepted = {k: (v if index.families[k].class_head in group_ else v * 0.5)
                            for k, v in accepted.items()}
            if tok.low in KINSHIP and mention.determiner == "backref":
                # "Comet next to his mother": the relative of another subject, not the user's
                # "aunt Ines"; only a card that says the word itself stays
                accepted = {k: v for k, v in accepted.items()
                            if tok.stem not in index.families[k].categories or v >= STRONG}
            literal = [k for k in accepted if tok.stem not in index.families[k].categories]
            if any(accepted[k] >= STRONG for k in literal) and len(literal) < len(accepted):
                # "my son": the card that says "son" beats every card that is merely a person
                accepted = {k: (v if k in literal else v * 0.5) for k, v in accepted.items()}
            if accepted:
                per_word.append((tok, accepted))
    if vetoed:
        per_word = [(t, {k: v for k, v in acc.items() if k not in vetoed}) for t, acc in per_word]
        per_word = [(t, acc) for t, acc in per_word if acc]
        named -= vetoed
    # multi-word names ("Old kettle") count as names only when every word is present; one word
    # of them ("big" of "Big Ben") is only a description
    present = {t.stem for t, _ in per_word}

    def has(word: str) -> bool:  # a name word is present, perhaps misspelt ("Pine Holow")
        return word in present or any(
            len(p) >= 4 and edit_distance(p, word, 2) <= (1 if len(word) <= 4 else 2)
            for p in present)

    for fam_key in list(named):
        if any(len(ph) == 1 for ph in index.families[fam_key].name_phrases) and any(
                fam_key in acc for _, acc in per_word):
            continue  # a one-word name (perhaps misspelt: "Thoe") is whole by itself
        phrases = index.families[fam_key].name_phrases
        if not any(all(has(w) for w in ph if w not in KINSHIP and w not in TITLES)
                   and any(w not in KINSHIP and w not in TITLES for w in ph) for ph in phrases):
            named.discard(fam_key)
            for tok, acc in per_word:
                if fam_key in acc and tok.low in index.families[fam_key].name_lows and \
                        not index.families[fam_key].class_words & {tok.stem}:
                    acc[fam_key] = min(acc[fam_key], STRENGTH["desc"])
    if named:  # a name is an identifier: only the named families stay candidates
        per_word = [(t, {k: v for k, v in acc.items() if k in named}) for t, acc in per_word]
        per_word = [(t, acc) for t, acc in per_word if acc]
    idf: dict[int, float] = {}
    total = 0.0
    raw: dict[str, float] = defaultdict(float)
    for i, (tok, acc) in enumerate(per_word):
        weight = math.log(1.0 + index.n_families / len(acc))
        idf[i] = weight
        total += weight
        for fam_key, strength in acc.items():
            raw[fam_key] += weight * strength
    scores = {k: v / total for k, v in raw.items()} if total else {}
    for k in named:  # a named family explains its mention
        scores[k] = max(scores.get(k, 0.0), 1.0)
    return Evidence(per_word, named, scores, idf)


_BESIDE_WORDS = frozenset("to beside alongside and plus versus vs meets near".split())


def _beside(mention: Mention) -> bool:
    """A new thing placed next to the subject ("Rusty next to a red barn"), not a description
    of it ("Dana wearing a red scarf")."""
    if mention.determiner not in ("indefinite", "quantified", "container"):
        return False
    before = _REQUEST_TEXT.get()[:mention.start].split()
    return bool(before) and before[-1].lower() in _BESIDE_WORDS


def enough_evidence(ev: Evidence, mention: Mention, fam_key: str, index: CatalogIndex) -> bool:
    """Does the mention really point at a personal concept, rather than at the common noun?"""
    if fam_key in ev.named:
        return True
    core = [(tok, acc) for tok, acc in ev.words
            if fam_key in acc and mention.start <= tok.start < mention.end]
    if not core:  # attribute phrases refine a mention; they cannot make one
        return False
    strong = [(tok, acc) for tok, acc in core if acc.get(fam_key, 0) >= STRONG]
    if mention.determiner in ("indefinite", "quantified", "container"):
        return False  # "a dog", "a pizza", "hundreds of boats": things in general
    if strong:
        return True
    if all(acc.get(fam_key, 0) <= VERSION_ONLY for _, acc in core):
        return False  # "our vacation house covered in snow" is not the truck "covered in rust"
    return mention.determiner in ("possessive", "definite", "backref") and \
        ev.scores.get(fam_key, 0) >= 0.5


def confidence(ev: Evidence, fam_key: str) -> float:
    """0..1: the share of the mention's evidence the family explains times how strongly its
    best word names it (a class noun or tag: ~1; only description words: 0.6)."""
    best = max((acc.get(fam_key, 0.0) for _, acc in ev.words), default=0.0)
    return ev.scores.get(fam_key, 0.0) * best


def _coarse(strength: float) -> float:
    return STRENGTH["tag"] if STRENGTH["desc"] <= strength < STRENGTH["tag"] and \
        strength != STRENGTH["synonym"] else strength


def plausible(ev: Evidence, ratio: float) -> list[str]:
    """Families whose evidence comes within `ratio` of the best one's, compared only on the
    words where the two differ (shared words such as "golden retriever" do not dilute
    the one word, "puppy", that tells them apart)."""
    best_key, best = ev.best()
    if best_key is None:
        return []
    ranked = sorted(ev.scores, key=lambda k: (-ev.scores[k], k))
    if ratio >= 1.0:
        return [ranked[0]]
    out = [best_key]
    for key in ranked:
        if key == best_key:
            continue
        mine = theirs = 0.0
        for i, (_, acc) in enumerate(ev.words):
            # a word both families literally have counts alike, whichever field it is in
            a, b = _coarse(acc.get(key, 0.0)), _coarse(acc.get(best_key, 0.0))
            if abs(a - b) > 1e-9:
                mine += ev.idf[i] * a
                theirs += ev.idf[i] * b
        if theirs <= 1e-9 or mine >= ratio * theirs - 1e-9:
            out.append(key)
    return out


def pick_version(fam: Family, cue: VersionCue, clues: list[Token],
                 secondary: list[list[Token]] = ()) -> Card:
    """Versions of one family are one intent: a cue picks one (number, ordinal, date,
    "the previous one", words only that version's card has), otherwise the newest."""
    cards = fam.cards
    if len(cards) == 1:
        return cards[0]
    if cue.number is not None:
        for card in cards:
            if card.version == cue.number:
                return card
    if cue.year or cue.month:
        dated = _closest_dated(cards, cue)
        if dated is not None:
            return dated
    if cue.older:
        return cards[-2]
    if cue.ordinal is not None and 1 <= cue.ordinal <= len(cards):
        return cards[cue.ordinal - 1]
    if cue.newest:
        return cards[-1]
    # appearance / provenance words that only some versions have ("braids", "beach photos")
    df: dict[str, int] = defaultdict(int)
    for card in cards:
        for term in fam.card_terms[card.id]:
            df[term] += 1

    def rare(term: str) -> bool:
        return df[term] < len(cards) and (len(cards) <= 3 or df[term] * 2 <= len(cards))

    def forms(tok: Token) -> list[set[str]]:
        parts = [tok.low] + (tok.low.split("-") if "-" in tok.low else [])
        return [{stem(p), p, re.sub(r"(.)\1?y$", r"\1", p)} for p in parts if p not in STOPWORDS]

    def best_of(scores: dict[str, float]) -> Card | None:
        top = max(scores.values(), default=0.0)
        if top <= 0:
            return None
        return [c for c in cards if scores.get(c.id, 0.0) >= top - 1e-9][-1]  # ties: newest

    # "not the baby" / "before the restoration": the words name a version the user does NOT
    # mean; "before X" means the version just before the one X picks
    before = [tok for tok in list(clues) + [t for ph in secondary for t in ph]
              if _clause_marker(tok) == "before"]
    said = [t.low for t in tokenize(_REQUEST_TEXT.get())]
    clues = [tok for tok in clues if not _clause_marker(tok) and not (
        tok.low in fam.name_lows and said.count(tok.low) < 2)]  # "Rusty" names every version,
    # not the rusty one; "Rusty in the rusty state I bought it in" describes it as well
    secondary = [[t for t in ph if not _clause_marker(t)] for ph in secondary]
    # words of the mention itself and of its attribute phrases: each rare word counts
    scores: dict[str, float] = {}
    clue_forms = [f for tok in clues if tok.low not in STOPWORDS for f in forms(tok)]
    for card in cards:
        own = fam.card_terms[card.id]
        for f in clue_forms:
            hits = [t for t in f if t in own and rare(t)]
            if hits:
                scores[card.id] = scores.get(card.id, 0.0) + max(1.0 / df[t] for t in hits)
    picked = best_of(scores)
    if picked is not None:
        return picked
    # scene phrases ("in the christmas jumper", "in autumn colours") count only as a whole:
    # every word on the version's card, one of them rare ("under the northern lights" does not
    # pick the "low-light photos" version)
    scores = {}
    for phrase in secondary:
        words_ = [t for t in phrase if t.low not in STOPWORDS and not t.low.endswith("ing")]
        if not words_:
            continue
        for card in cards:
            own = fam.card_terms[card.id]
            per_word = [[t for f in forms(tok) for t in f if t in own] for tok in words_]
            if all(per_word) and any(rare(t) for hits in per_word for t in hits):
                scores[card.id] = scores.get(card.id, 0.0) + 1.0
    picked = best_of(scores)
    if picked is None and before:
        scores = {}
        for card in cards:
            own = fam.card_terms[card.id]
            for f in [f for tok in before if tok.low not in STOPWORDS for f in forms(tok)]:
                if any(t in own and rare(t) for t in f):
                    scores[card.id] = scores.get(card.id, 0.0) + 1.0
        after = best_of(scores)
        if after is not None and cards.index(after) > 0:
            return cards[cards.index(after) - 1]
    return picked if picked is not None else cards[-1]


_CLAUSE_RE = re.compile(r"\b(?P<neg>not|never|instead of|rather than|no longer|without)\b|"
                        r"\b(?P<before>before|until|prior to)\b", re.I)


def _clause_marker(tok: Token) -> str:
    """'negated' or 'before' when the word sits in a clause opened by such a word (up to the
    previous punctuation), else ''."""
    text = _REQUEST_TEXT.get()
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


def _closest_dated(cards: list[Card], cue: VersionCue) -> Card | None:
    """The version made on that day / in that month or year; else the one made closest to it."""
    fits = []
    for card in cards:
        d = _parse_date(card.created_at)
        if d and (cue.year in (None, d.year)) and (cue.month in (None, d.month)) and \
                (cue.day in (None, d.day)):
            fits.append(card)
    if fits:
        return fits[-1]
    if cue.month is not None:  # "from last December" when the December version is older
        same_month = [c for c in cards if (_parse_date(c.created_at) or dt.date(1, 1, 1)).month
                      == cue.month and _parse_date(c.created_at)]
        if same_month:
            return same_month[-1]
    if cue.year is None:
        return None
    target = dt.date(cue.year, cue.month or 6, cue.day or 15)
    dated = [(abs((_parse_date(c.created_at) - target).days), -i, c) for i, c in enumerate(cards)
             if _parse_date(c.created_at)]
    return min(dated)[2] if dated else None


@dataclass
class Group:
    """A phrase that may name a concept, with the attribute words and cues that describe it."""

    role: str  # "subject" | "scene" | "style"
    mention: Mention
    extra: list[Token] = field(default_factory=list)  # "with the blue collar", "the one with ..."
    cue: VersionCue = field(default_factory=VersionCue)
    secondary: list[list[Token]] = field(default_factory=list)  # "in the christmas jumper"


class Reasoner:
    """Resolve every mention of a parsed request against the catalog."""

    def __init__(self, index: CatalogIndex, ratio: float = 0.75, confirm_below: float = 0.0):
        """ratio: how close a rival family must come to stay plausible (lower asks more);
        confirm_below: a lone family whose confidence is below this is offered as a question
        ("Do you mean ...?") instead of being selected (0: never)."""
        self.index = index
        self.ratio = ratio
        self.confirm_below = confirm_below
        # optional: (family, clue text) -> the version whose own text is closest in meaning, or
        # None; the Selector plugs in MiniLM for appearance words no card has ("mortarboard")
        self.version_oracle = None

    def parse(self, request: str) -> Intent:
        return parse(request, self.index.naming_vocab, self.index.names)

    def resolve(self, intent: Intent, allowed: set[str] | None = None) -> list[Resolution]:
        index = self.index
        _REQUEST_TEXT.set(intent.request)
        out: list[Resolution] = []
        orphan = VersionCue()  # cues of phrases that turned out to name nothing
        last: tuple[Group, Resolution] | None = None  # the last subject selected so far
        for g in self._groups(intent, allowed):
            mention = g.mention
            if g.role == "style":
                ev = gather(index, mention, ("style",), g.extra, allowed=allowed)
                out.append(self._decide("style", g, ev))
                if out[-1].outcome == "none":
                    orphan.merge(g.cue)
                    if last is not None and mention.words and last[0].cue.is_empty() and \
                            last[1].outcome == "select" and \
                            last[1].cards[0] is index.families[last[1].families[0]].newest:
                        # "Sunny as a puppy": no style, so it describes the subject (only
                        # when nothing else chose its version already)
                        self._describe(last[0], last[1], mention.words)
                continue
            ev = gather(index, mention, ("subject",), g.extra, allowed=allowed)
            res = self._decide("subject", g, ev)
            if g.role == "scene":  # only a name or "my <class>" makes a scene phrase a concept
                strong_anchor = bool(ev.named) or (
                    mention.determiner == "possessive" and res.outcome == "select")
                if not strong_anchor:
                    res = Resolution("subject", mention, "none", [], [], ev.scores)
            if res.outcome == "none":
                orphan.merge(g.cue)
                if g.role == "subject" and last is not None and mention.words and \
                        not _beside(mention):
                    # "Dana wearing the tortoiseshell specs": no concept of its own, so it
                    # describes the subject before it (and may pick that subject's version)
                    self._describe(last[0], last[1], mention.words)
            elif res.outcome == "select":
                if last is not None and res.families == last[1].families:
                    self._describe(last[0], last[1], mention.words)  # "Stardust, my sneakers"
                    self._describe(last[0], last[1], g.extra)
                    last[0].cue.merge(g.cue)
                else:
                    last = (g, res)
            out.append(res)
            # a style named inside a subject phrase ("a vaporwave mall", "a crayon drawing of")
            sev = gather(index, mention, ("style",), (), strict_styles=True, allowed=allowed)
            present = {t.stem for t in mention.words} | {t.low for t in mention.words}
            for key in list(sev.scores):
                fam = index.families[key]
                if not (any(all(w in present for w in ph) for ph in fam.name_phrases) or
                        (fam.class_words and fam.class_words <= present)):
                    del sev.scores[key]  # "glass" alone is not the "stained glass" style
            if sev.scores:
                sres = self._decide("style", Group("style", mention, cue=g.cue), sev)
                whole = [k for k in sev.scores if len(index.families[k].class_words) >= 2 and
                         index.families[k].class_words <= present]
                if sres.outcome == "none" and len(whole) == 1:
                    # "a needle felted fox": the style's whole class phrase, even after "a"
                    fam = index.families[whole[0]]
                    sres = Resolution("style", mention, "select", [fam.key],
                                      [pick_version(fam, g.cue, [], ())], sev.scores, {}, g.cue)
                if sres.outcome != "none":
                    out.append(sres)
        if not orphan.is_empty():  # "a stack of books in Neon Noir style (version 27)"
            live = [r for r in out if r.outcome != "none"]
            live.sort(key=lambda r: r.role != "subject")
            for res in live[:1]:
                if res.cue.is_empty():
                    res.cue = orphan
                    res.cards = [pick_version(index.families[k], orphan,
                                              list(res.mention.words) + res.extra_words)
                                 for k in res.families]
        return _merge_same_family(out)

    def _groups(self, intent: Intent, allowed: set[str] | None) -> list[Group]:
        """Attach attribute phrases and version cues to the concept phrase they describe."""
        groups: list[Group] = []
        pending = Group("subject", Mention("subject", [], "", 0, 0))  # before any subject

        def concept() -> Group:
            """The phrase attributes and cues belong to: the last subject, else the style."""
            for role in ("subject", "style"):
                for g in reversed(groups):
                    if g.role == role:
                        return g
            return pending

        for m in intent.mentions:
            if m.role == "attr":
                ev = gather(self.index, m, ("subject",), allowed=allowed)
                parent = concept()
                parent_named = (gather(self.index, parent.mention, ("subject",), allowed=allowed).named
                                if parent is not pending else set())
                if ev.named and not (ev.named & parent_named):
                    groups.append(Group("subject", m, cue=copy.copy(m.cue)))  # "Rufus with Mochi"
                    continue
                if m.determiner in ("backref", "possessive") and parent is not pending and \
                        self._names_a_kind(ev, parent):
                    groups.append(Group("subject", m, cue=copy.copy(m.cue)))  # "Ada on her skateboard"
                    continue
                parent.extra.extend(m.words)
                parent.cue.merge(m.cue)
                continue
            if m.role == "scene":
                concept().cue.merge(m.cue)  # "Rex at the beach in 2025": the cue is Rex's
                if m.determiner in ("definite", "possessive", "backref") or (
                        groups and groups[-1].role == "subject" and not m.determiner):
                    concept().secondary.append(m.words)  # "Dana in the hiking gear"
                groups.append(Group("scene", m))
                continue
            if m.role == "subject" and not m.words:
                concept().cue.merge(m.cue)  # "(go with version 14)"
                continue
            if m.role == "subject" and (
                    not m.cue.is_empty() or any(t.low == "one" for t in m.all_tokens)):
                ev = gather(self.index, m, ("subject", "style"), allowed=allowed)
                if not ev.named:  # "..., the one with the paper lanterns", "(use the v1 one)"
                    concept().extra.extend(m.words)
                    concept().cue.merge(m.cue)
                    continue
            g = Group(m.role, m, cue=copy.copy(m.cue))
            if m.role == "subject" and not any(x.role == "subject" for x in groups):
                g.extra.extend(pending.extra)
                g.cue.merge(pending.cue)
                g.secondary.extend(pending.secondary)
                pending = Group("subject", Mention("subject", [], "", 0, 0))
            groups.append(g)
        first = next((g for g in groups if g.role == "subject"), None)
        if first is not None and (pending.extra or not pending.cue.is_empty()):
            first.extra.extend(pending.extra)
            first.cue.merge(pending.cue)
        return groups

    def _describe(self, g: Group, res: Resolution, words_: list[Token]) -> None:
        """More describing words for an already selected concept: pick its version again."""
        if not words_ or res.outcome != "select":
            return
        g.extra.extend(words_)
        res.extra_words = list(g.extra)
        fam = self.index.families[res.families[0]]
        clues = list(g.mention.words) + list(g.extra)
        card = pick_version(fam, g.cue, clues, g.secondary)
        if self.version_oracle is not None:
            card = self._ask_oracle(fam, card, g, clues)
        res.cards = [card]

    def _ask_oracle(self, fam: Family, picked: Card, g: Group, clues: list[Token]) -> Card:
        """Only when nothing lexical chose the version: no cue, no rare word matched, and the
        request still has describing words the family's cards do not contain."""
        if len(fam.cards) < 3 or picked is not fam.cards[-1] or not g.cue.is_empty():
            return picked
        known = set().union(*fam.card_terms.values())
        words_ = [t for t in list(clues) + [t for ph in g.secondary for t in ph]
                  if t.low not in STOPWORDS and t.low not in TRANSPARENT and t.low not in CUE_WORDS
                  and not t.low.endswith("ing") and t.stem not in known and t.low not in known]
        if not words_:
            return picked
        return self.version_oracle(fam, " ".join(t.low for t in words_)) or picked

    def _names_a_kind(self, ev: Evidence, parent: Group) -> bool:
        """Does an attribute phrase name another concept by its class noun ("her skateboard"),
        rather than describe the parent ("her long braids")?"""
        parent_ev = gather(self.index, parent.mention, ("subject",))
        parent_fams = set(parent_ev.scores)
        for tok, acc in ev.words:
            for fam_key, strength in acc.items():
                fam = self.index.families[fam_key]
                if fam_key not in parent_fams and strength >= STRENGTH["synonym"] and (
                        tok.stem in fam.class_words or tok.stem in fam.synonyms):
                    return True
        return False

    def _decide(self, role: str, g: Group, ev: Evidence) -> Resolution:
        index = self.index
        mention = g.mention
        fams = plausible(ev, self.ratio)
        fams = [k for k in fams if enough_evidence(ev, mention, k, index)]
        matched = {k: [t for t, acc in ev.words if k in acc and mention.start <= t.start < mention.end]
                   for k in fams}
        clues = list(mention.words) + list(g.extra)
        cards = [pick_version(index.families[k], g.cue, clues, g.secondary) for k in fams]
        if self.version_oracle is not None and len(fams) == 1:
            cards[0] = self._ask_oracle(index.families[fams[0]], cards[0], g, clues)
        outcome = "none" if not fams else ("select" if len(fams) == 1 else "clarify")
        if outcome == "select" and fams[0] not in ev.named and \
                confidence(ev, fams[0]) < self.confirm_below:
            outcome = "clarify"  # weak evidence: confirm rather than risk a wrong select
        return Resolution(role, mention, outcome, fams, cards, ev.scores, matched, g.cue,
                          list(g.extra))


def _merge_same_family(resolutions: list[Resolution]) -> list[Resolution]:
    """Two phrases naming the same family ("Iris with her braids", "Stardust, my sneakers")
    are one concept."""
    out: list[Resolution] = []
    seen: set[str] = set()
    for res in resolutions:
        if res.outcome in ("select", "clarify") and set(res.families) & seen:
            continue
        if res.outcome == "select":
            seen.add(res.families[0])
        out.append(res)
    return out


def option_label(card: Card, others: list[Card]) -> str:
    """'Rufus, the beagle' — the words that tell this option apart from the others."""
    other_words = set()
    for o in others:
        if o.id != card.id:
            other_words.update(w.lower() for t in o.tags for w in t.split())
            other_words.update(o.class_noun.lower().split())
    class_words = set(card.class_noun.lower().split())
    same_class = all(o.class_noun.lower() == card.class_noun.lower() for o in others)
    tag = next((t for t in card.tags if t.lower() not in other_words and
                not set(t.lower().split()) & class_words and t.lower() != card.name.lower()
                and t.lower() not in ("style", "person", "pet", "toy", "portrait")), None)
    detail = None if tag else _with_phrase(card, others)
    if same_class and tag:
        desc = f"the {tag}" if card.class_noun == "" else f"the {tag} {card.class_noun}"
    elif same_class and detail and card.class_noun:
        desc = f"the {card.class_noun} {detail}"  # "Kiko, the star toy with blue checks"
    elif card.class_noun:
        desc = f"the {card.class_noun}"
    elif tag:
        desc = f"the {tag} one"
    else:
        desc = f"the one from {card.created_at}" if card.created_at else f"version {card.version}"
    if card.kind == "style" and "style" not in desc:
        desc += " style"
    return f"{_clean(card.name)}, {desc}"


def _with_phrase(card: Card, others: list[Card]) -> str | None:
    """The description's 'with ...' phrase when it tells this option apart: look-alikes whose
    tags are all shared still differ there ("with blue checks" / "with purple checks")."""
    m = re.search(r"\bwith ([^,.;()]+)", card.description)
    if not m:
        return None
    words = m.group(1).split()[:5]
    own = {w.lower() for w in words}
    for o in others:
        if o.id != card.id and own <= set(re.findall(r"[\w-]+", o.description.lower())):
            return None  # the other option has the same detail: it tells nothing apart
    return "with " + _clean(" ".join(words))


def _clean(text: str) -> str:
    """Card text shown in a question: one line, no markup, bounded length."""
    text = re.sub(r"[\x00-\x1f<>`{}]", " ", text)
    return " ".join(text.split())[:60]


def question_for(cards: list[Card]) -> str:
    labels = [option_label(c, cards) for c in cards]
    if len(labels) == 1:
        return f"Do you mean {labels[0]}?"
    if len(labels) == 2:
        body = f"{labels[0]}, or {labels[1]}"
    else:
        body = ", ".join(labels[:-1]) + f", or {labels[-1]}"
    return f"Which one do you mean: {body}?"


_NEGATIVE = re.compile(r"^\s*(none|neither|no|nope|nothing|none of (them|these|those)|"
                       r"no checkpoint|base( model)?)\s*[.!]?\s*$", re.I)


_YES = re.compile(r"^\s*(yes|yeah|yep|yup|sure|correct|right|ok|okay|that one|exactly|y)\b", re.I)


def resolve_answer(index: CatalogIndex, answer: str, options: list[Card]) -> Card | None | str:
    """Match a clarification answer to one option: by name, attribute or position.
    Returns the card, "none" when the user declines every option, or None when unclear."""
    if _NEGATIVE.match(answer):
        return "none"
    if len(options) == 1 and _YES.match(answer):
        return options[0]  # "Do you mean Sunny, the acoustic guitar?" - "yes"
    toks = tokenize(answer)
    lows = [t.low for t in toks]
    positions = dict(ORDINALS)
    positions.pop("original", None), positions.pop("oldest", None), positions.pop("earliest", None)
    positions.update({"last": len(options), "latter": len(options), "former": 1})
    for low in lows:
        if low in positions and 1 <= positions[low] <= len(options):
            return options[positions[low] - 1]
        if low.isdigit() and 1 <= int(low) <= len(options):
            return options[int(low) - 1]
    allowed = {c.family for c in options}
    mention = Mention("subject", [t for t in toks if t.low not in STOPWORDS], "definite",
                      0, len(answer), VersionCue(), toks)
    ev = gather(index, mention, ("subject", "style"), allowed=allowed)
    if not ev.scores:
        return None
    ranked = sorted(ev.scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] * 0.9:
        return None
    return next(c for c in options if c.family == ranked[0][0])
