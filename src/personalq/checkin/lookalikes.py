"""Rule `description_of_lookalikes_asks_which` (rules.LOOKALIKES_DESCRIBED): a generic phrase
that describes several of the user's own cards in their own distinctive words asks which one.

"A <noun>" is any <noun> (generic_mention_is_not_personal): a class noun alone says what kind
of thing is drawn, not whose. But when several subject cards are that kind and the phrase goes
on to describe them with the words their cards use and no other subject card of the repository
uses (the same breed, the same franchise, the same brand, the same hair and weapon), the user
is describing those cards, look-alikes between which the words do not choose: the answer is a
question between them, not "none".

What counts (`described_lookalikes`), in a singular phrase after "a"/"an" (a plural means the
kind in general) and the attribute phrase right after it ("... with a <thing>"):
- a kind word: a word that names at least two subject families strongly (class noun, one-word
  tag, a tag's head, a relation the card states), and is no word for a broad category of being
  ("woman", "friend": anyone is described with those and their looks);
- the phrase's known words: those a family the kind words name knows; at least two, so the
  phrase says more than a bare class noun;
- the look-alikes: the families the kind words name that know every known word, at least two
  and at most LOOKALIKE_MAX_OPTIONS (a description that fits more picks out no set);
- the phrase's head (its last content word, and a noun before "of") is a known word, or the
  clipped start of a word saying what every look-alike is: an unknown head is another thing the
  known words only modify or hold ("a <known> jar of <unknown>");
- a describing word of the phrase, other than the head, whose subject families are mostly the
  look-alikes: the user is using the cards' own words, not ordinary ones many cards happen to
  share.
"""

from __future__ import annotations

from dataclasses import replace

from personalq.checkin.clipping import MIN_CLIP
from personalq.checkin.features import CatalogIndex
from personalq.checkin.intent import Determiner, Intent, Mention, Role
from personalq.checkin.text import (CATEGORY_GROUPS, CHECKPOINT_WORDS, CUE_WORDS, STOPWORDS,
                                    TRANSPARENT, Token, plural, stem, tokenize)
from personalq.checkin.lexicon import lexicon
from personalq.checkin.tuning import (FINER_KIND_DEPTH, FINER_KIND_SENSES, LOOKALIKE_MAX_OPTIONS, LOOKALIKE_MIN_KIND,
                                      LOOKALIKE_DETAILS, LOOKALIKE_WORD_SHARE, STRONG)

SUBJECT = "subject"


def _content(words: list[Token]) -> list[Token]:
    return [t for t in words if t.low not in STOPWORDS and t.low not in CUE_WORDS and
            t.low not in TRANSPARENT and t.low not in CHECKPOINT_WORDS]


def _phrase_words(index: CatalogIndex, text: str, mentions: list[Mention], i: int
                  ) -> tuple[list[Token], list[Token]]:
    """The content words of mention i and of the attribute phrases right after it, and the
    heads of mention i: its last content word and, in "<noun> of <noun>", the word before
    "of" too (a jar of something is a jar, holding something)."""
    own = _content(mentions[i].words)
    words = list(own)
    for m in mentions[i + 1:]:
        if m.role != Role.ATTR:
            break
        words += _content(m.words)
    words = _compounds(index, words, text)
    own = [t for t in words if t.start < mentions[i].end]
    heads = own[-1:]
    toks = mentions[i].all_tokens
    for prev, tok in zip(toks, toks[1:]):
        if tok.low == "of" and prev in own and prev not in heads:
            heads.append(prev)
    return words, heads


def _compounds(index: CatalogIndex, words: list[Token], text: str) -> list[Token]:
    """Two adjacent words a card writes hyphenated are one word however the request spells
    them (compound_spelt_open_or_hyphenated): "<colour> haired" is the card's "<colour>-haired",
    not any card that mentions hair."""
    out: list[Token] = []
    for tok in words:
        prev = out[-1] if out else None
        if prev is not None and "-" not in prev.low and text[prev.end:tok.start] in (" ", "-"):
            joined = replace(tokenize(f"{prev.low}-{tok.low}")[0], start=prev.start, end=tok.end)
            if joined.stem in index.postings or joined.low in index.postings:
                out[-1] = joined
                continue
        out.append(tok)
    return out


class _Knower:
    """Which subject families know a word: their cards' words (index.family_knows) or any
    match of the word's look-up (a synonym, a compound, a clip). A word's families are found
    through the index's postings, not by asking every family."""

    def __init__(self, index: CatalogIndex):
        self.index = index
        self._found: dict[int, dict[str, float]] = {}
        self._lower: dict[str, set[str]] = {}

    def _lookup(self, tok: Token) -> dict[str, float]:
        if tok.start not in self._found:
            self._found[tok.start] = self.index.lookup(tok).strengths
        return self._found[tok.start]

    def strong(self, tok: Token) -> set[str]:
        """The subject families the word names strongly; none for a word of a broad category
        of being ("person", "woman"): people are described by such words whoever they are."""
        if any(tok.low in g or tok.stem in g for g in CATEGORY_GROUPS):
            return set()
        return {k for k, v in self._lookup(tok).items()
                if v >= STRONG and self.index.families[k].kind == SUBJECT}

    def knows(self, fam_key: str, tok: Token) -> bool:
        """index.family_knows, except that a compound needs all its parts: "<colour>-haired"
        is not known to every card that mentions hair."""
        if fam_key in self._lookup(tok):
            return True
        if "-" not in tok.low:
            return self.index.family_knows(fam_key, tok)
        fam = self.index.families[fam_key]
        return fam.knows(tok.stem) or fam.knows(tok.low) or \
            all(fam.knows(stem(p)) for p in tok.low.split("-") if p)

    def own_word(self, fam_key: str, tok: Token) -> bool:
        """A word that says which group the family belongs to: one naming it strongly (class,
        tag, stated relation) or one its cards write only with a capital (a brand, a franchise,
        a shop), as opposed to an ordinary describing word."""
        fam = self.index.families[fam_key]
        if self._lookup(tok).get(fam_key, 0.0) >= STRONG:
            return True
        return fam.knows(tok.stem) and tok.stem not in self._lower_case(fam_key)

    def _lower_case(self, fam_key: str) -> set[str]:
        """Stems the family's cards write in lower case, a compound's parts included."""
        if fam_key not in self._lower:
            common = self.index.families[fam_key].common_words()
            self._lower[fam_key] = set(common) | {stem(p) for w in common if "-" in w
                                                  for p in w.split("-") if p}
        return self._lower[fam_key]

    def knowing(self, tok: Token, among) -> set[str]:
        return {k for k in among if self.knows(k, tok)}

    def subjects_knowing(self, tok: Token) -> set[str]:
        """Every subject family that knows the word (family_knows' ways, by the postings)."""
        index, post = self.index, self.index.postings
        keys = [tok.stem, tok.low] + [stem(p) for p in tok.low.split("-") if len(p) > 1]
        near = set(self._lookup(tok)) | set(index.compounds.get(tok.stem, {}))
        for key in keys:
            near.update(post.get(key, {}))
        near.update(index.related_owners.get(tok.low, ()))
        return {k for k in near if index.families[k].kind == SUBJECT and self.knows(k, tok)}


def described_lookalikes(index: CatalogIndex, intent: Intent, labels: bool = True,
                         tag_phrase: bool = True, finer: bool = True) -> list[str]:
    """The subject families a generic phrase describes in their own words (module docstring),
    catalog order; [] when no phrase does. labels: rule shared_labels_describe_lookalikes;
    tag_phrase: rule whole_tag_phrase_is_a_label; finer: rule finer_kind_is_the_owners_label."""
    knower = _Knower(index)
    mentions = intent.mentions
    for i, m in enumerate(mentions):
        if m.role != Role.SUBJECT or m.determiner != Determiner.INDEFINITE:
            continue
        words, heads = _phrase_words(index, intent.request, mentions, i)
        if not heads or plural(heads[0]):
            continue
        found = _lookalikes(knower, words, heads, labels, tag_phrase, finer)
        if found:
            return found
    return []


_POINTING = frozenset({"the", "that"})  # a determiner pointing at one thing the listener knows


def pointed_lookalike_phrases(index: CatalogIndex, intent: Intent,
                              chosen: set[str]) -> list[tuple[int, int]]:
    """Rule pointed_lookalike_beside_a_select: the spans of singular phrases "the <noun>" (of a
    subject or an action's object: "cuddling the <noun>") whose head names at least two subject
    families strongly (look-alikes: "the <breed>" with two of that breed), none of them among
    the `chosen` families."""
    knower = _Knower(index)
    out = []
    for m in intent.mentions:
        if m.role not in (Role.SUBJECT, Role.SCENE) or m.determiner != Determiner.DEFINITE:
            continue
        at = [i for i, t in enumerate(m.all_tokens) if t.low in _POINTING]
        words = _content(m.all_tokens[at[-1] + 1:]) if at else []
        if not words or plural(words[-1]):
            continue
        named = knower.strong(words[-1])
        if len(named) >= LOOKALIKE_MIN_KIND and not named & chosen:
            out.append((m.all_tokens[at[-1]].start, m.end))
    return out


def _lookalikes(knower: _Knower, words: list[Token], heads: list[Token],
                labels: bool = True, tag_phrase: bool = True, finer: bool = True) -> list[str]:
    kinds: set[str] = set()
    for tok in words:
        named = knower.strong(tok)
        if len(named) >= LOOKALIKE_MIN_KIND:
            kinds |= named
    if not kinds:
        return []
    known = [t for t in words if knower.knowing(t, kinds)]
    if finer:
        for tok in (t for t in known if t in heads + _before_participle(words)[-1:]):
            named = knower.strong(tok)
            if _finer_kind_alone(knower, tok, named) and \
                    all(knower.knowing(t, named) == named for t in known):
                return [k for k in knower.index.families if k in named]
    if len(known) < 2:
        return []
    alike = set(kinds)
    for tok in known:
        alike &= knower.knowing(tok, alike)
    if not LOOKALIKE_MIN_KIND <= len(alike) <= LOOKALIKE_MAX_OPTIONS:
        return []
    if any(h not in known and not _clip_of_their_kind(knower.index, h, alike) for h in heads):
        return []
    theirs = [t for t in known if t not in heads and
              (_mostly_theirs(knower.subjects_knowing(t), alike) or
               labels and _shared_label(knower, t, heads, alike))]
    if len(theirs) < LOOKALIKE_DETAILS and not any(
            all(knower.own_word(k, t) or tag_phrase and _typed_tag(knower.index, k, t, words)
                for k in alike) for t in theirs):
        return []
    return [k for k in knower.index.families if k in alike]


def _shared_label(knower: _Knower, tok: Token, heads: list[Token], alike: set[str]) -> bool:
    """Rule shared_labels_describe_lookalikes: a describing word every look-alike names strongly
    (its tag: a coat colour, a make) and the families naming it so are mostly the look-alikes,
    where each head is a finer kind than their class noun that no other subject family knows (a
    breed, a trade): the phrase is made of the owner's own labels for those cards, even if the
    describing word is ordinary in other cards' descriptions."""
    named = knower.strong(tok)
    if not alike <= named or not _mostly_theirs(named, alike):
        return False
    fams = knower.index.families
    return all(knower.subjects_knowing(h) <= alike and
               not any(h.stem in fams[k].class_words or h.low in fams[k].class_words
                       for k in alike) for h in heads)


def _before_participle(words: list[Token]) -> list[Token]:
    """The words before an -ing form that follows the first one: "a <noun> <verb>-ing ..." is a
    reduced relative clause, whose participle ends the noun phrase (the <noun> is the head)."""
    for i, tok in enumerate(words[1:], 1):
        if tok.low.endswith("ing") and tok.stem != tok.low:
            return words[:i]
    return words


def _finer_kind_alone(knower: _Knower, head: Token, named: set[str]) -> bool:
    """Rule finer_kind_is_the_owners_label: the phrase's head is a kind finer than the class
    noun of every family naming it (WordNet files it under that noun, or lacks the word: a
    breed, a make) that is a whole one-word tag of theirs (the head of a longer label is a
    coarser kind), named strongly by 2 to LOOKALIKE_MAX_OPTIONS subject families and known to
    no other subject family (the caller asks that the phrase's other words they know are known
    to them all: nothing chooses)."""
    fams, lx = knower.index.families, lexicon()
    if lx is None or not LOOKALIKE_MIN_KIND <= len(named) <= LOOKALIKE_MAX_OPTIONS:
        return False
    if any(head.stem in fams[k].class_words or head.low in fams[k].class_words or
           not {head.stem, head.low} & fams[k].naming_words for k in named):
        return False  # the class noun itself, or only the head of a longer label
    finer = not lx.has_word(head.low) or all(  # a breed English dictionaries lack, or a kind of it
        lx.is_a(head.low, fams[k].class_head, FINER_KIND_DEPTH, FINER_KIND_SENSES)
        for k in named)
    return finer and knower.subjects_knowing(head) <= named


def _typed_tag(index: CatalogIndex, fam_key: str, tok: Token, words: list[Token]) -> bool:
    """Rule whole_tag_phrase_is_a_label: the word is part of a tag of several words (a breed's
    full name, a make and model) that the phrase types whole, its words in a row: the tag names
    the family as one label, its modifier as much as its head, even where the card's text
    writes the modifier in lower case as an ordinary word."""
    stems = [t.stem for t in words]
    for card in index.families[fam_key].cards:
        for tag in card.tags:
            parts = [t.stem for t in tokenize(tag) if t.low not in STOPWORDS]
            if len(parts) < 2 or tok.stem not in parts:
                continue
            if any(stems[i:i + len(parts)] == parts for i in range(len(stems) - len(parts) + 1)):
                return True
    return False


def _mostly_theirs(knowing: set[str], alike: set[str]) -> bool:
    """The look-alikes are most of the subject families that know a word: it is their own
    word (a brand, a franchise, a breed), not an ordinary one many cards happen to use."""
    return len(knowing & alike) > LOOKALIKE_WORD_SHARE * len(knowing)


def _clip_of_their_kind(index: CatalogIndex, tok: Token, alike: set[str]) -> bool:
    """A head no card has that is the clipped start of a word saying what every look-alike is
    (a breed shortened to its first syllable, clipping.py): the phrase's other words already
    describe those cards, so the clip means their kind even where English has the short word
    in another sense."""
    low = tok.low
    if not low.isalpha() or len(low) < MIN_CLIP:
        return False
    return all(any(w.startswith(low) and len(w) > len(low) for w in index.families[k].naming_words)
               for k in alike)
