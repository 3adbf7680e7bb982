"""Features: for each request word and each family, which card field it matched, how it
matched (exact, stem, fuzzy, compound, part of a hyphenated word, dense synonym) and how
strongly.

The index is built once per catalog and kept in the warm process. Every word of every card
field goes into an inverted index (stem -> family -> strength of the best field). Card text is
data: it only ever contributes words; nothing in a description can change a rule.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from enum import StrEnum

from personalq.catalog.card import Card
from personalq.checkin.aliases import (family_names, full_name_words, given_names, name_in_a_fond_compound,
                                       endearments, nickname_phrases,
                                       quoted_names_beside, quoted_names_with_the_name, quoted_word_of_the_name,
                                       shared_titles, stated_full_names, word_nicknames)
from personalq.checkin.aliases import ordinary_word as _ordinary_word
from personalq.checkin.foodwords import FOOD_WORDS
from personalq.checkin.clipping import MIN_CLIP, KindWords, common_noun as _common_noun, everyday_sense as _everyday_word
from personalq.checkin.switches import switches
from personalq.checkin.kinship import (birth_order, birth_order_forms, fold, forms, is_guarded, kin_noun,
                                       rel_of)
from personalq.checkin.lexical import COMPOSING, card_senses, family_words, head_word_phrases, what_it_is_words
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.nameforms import NameForms, person_gender
from personalq.checkin.spellings import NearSpellings
from personalq.checkin.synonyms import PhraseIndex, one_kind, other_names
from personalq.checkin.text import (CATEGORY_GROUPS, CATEGORY_WORDS, RELATED, STOPWORDS, SYNONYM_GROUPS, Token,
                                    edit_distance, english_words, governed, other_spellings, stem, tokenize,
                                    verb_form, words)
from personalq.checkin.tuning import (TRIGGER_WORD_MIN, TRIGGER_WORD_VOWELS, TRIGGER_INNER_WORD, TRIGGER_PART_MIN, CLIPPED, CLIPPED_NAME, MIN_NAME_CLIP, FULL_FORM_MIN_NAME, LONG_NAME, ORDER_REACH, COMMON_TAG_MIN, COMMON_TAG_SHARE, COMPOUND, FUZZY, FUZZY_MAX_EDITS, MIN_STEM_FOR_FUZZY, NAME_FORM, NAME_FORM_MIN,
                                      RELATION_MAX_WORDS, CLOSED_NAME_MIN_LEN, SPLIT_MIN_LEN, SPLIT_MIN_PART, STRENGTH, STRONG,
                                      VERSION_ONLY, Field)


class MatchKind(StrEnum):
    """How a request word reached a family."""

    EXACT = "exact"  # the word or its stem is a card word
    COMPOUND = "compound"  # the word is the tail of a compound card word
    FUZZY = "fuzzy"  # a misspelling of a card word
    PART = "part"  # a part of a hyphenated request word matched
    DENSE = "dense"  # its meaning is close to a card's naming word (MiniLM)
    LEXICAL = "lexical"  # another English word for a card's naming word (lexical.py)
    CLIPPED = "clipped"  # a pet form of a card's kind word: "westie" (clipping.py)
    CLIPPED_NAME = "clipped_name"  # the start of one person's given name: "ferd" (Ferdinand)
    NONE = ""


@dataclass
class Match:
    """What one request word says about the families."""

    strengths: dict[str, float]  # family -> strength
    kind: MatchKind
    named: set[str]  # families whose name the word is (as written or misspelt)


NO_MATCH = Match({}, MatchKind.NONE, set())


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
    name_stems: set[str] = field(default_factory=set)
    class_words: set[str] = field(default_factory=set)
    class_head: str = ""  # last word of the newest card's class noun: what the concept is
    related: set[str] = field(default_factory=set)  # kinds of the class: fit, name nothing
    card_terms: dict[str, set[str]] = field(default_factory=dict)  # card id -> its stems
    naming_words: set[str] = field(default_factory=set)  # class, one-word tags, relations
    common: frozenset[str] | None = None  # stems its cards use in lower case (on first need)
    lexical: set[str] = field(default_factory=set)  # terms it has only from the lexicon
    lexical_names: set[str] = field(default_factory=set)  # a style's or concept's other words
    # for what it is: its whole class noun, a name word that says what it is (lexical.py)
    aliases: set[str] = field(default_factory=set)  # names the family uses (aliases.py)
    orders: set[str] = field(default_factory=set)  # birth order its cards state: "eldest"
    kin_forms: set[str] = field(default_factory=set)  # terms it has only as another word for
    # the relation its description states (kinship.forms: "pops", "oupa")
    other_phrases: set[tuple[str, ...]] = field(default_factory=set)  # names of several words
    # for its kind (synonyms.py: "sausage dog"), matched as typed together
    head_phrases: set[tuple[str, ...]] = field(default_factory=set)  # its class noun with the
    # head said another way (lexical.head_word_phrases: "steam engine")
    guarded: set[str] = field(default_factory=set)  # its one-word other names that are also
    # everyday words in another meaning ("pom", "ride"): a kind's name only as a phrase's head
    own_name: frozenset[str] = frozenset()  # the one word its newest card is named, as
    # typed and unaccented, where other names (a full name, a family's name) stand beside it
    word_names: frozenset[str] = frozenset()  # one-word nicknames its cards state that are
    # everyday English words (aliases.word_nicknames): borrowed names, as own_name
    label_is_no_name: bool = True  # rule label_set_off_is_no_name is on (features.own_labels)
    names_off: frozenset[str] = frozenset()  # the name-reading index rules switched off
    # (FOND_COMPOUND)
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # facts a rule works out from the cards on first
    # need, under the rule's name (the same for every request)

    @property
    def newest(self) -> Card:
        return self.cards[-1]

    def knows(self, stem_: str) -> bool:
        return stem_ in self.terms

    def borrows(self, tok: Token) -> bool:
        """Is `tok`, typed in lower case, this family's one-word name that none of its cards uses
        as an ordinary lower-case word (class noun, tags, description)? Then the card borrowed
        the word as a proper name ("Treacle, our grey pony") and the lower-case word most
        likely means the ordinary thing; a concept named for what it is ("Hairstyle concept: a
        quiff, ...") uses its name as a common word and borrows nothing."""
        if tok.text[:1].isupper() or tok.low not in self.name_lows:
            return False
        if len(self.name_lows) != 1 and tok.low not in self.own_name | self.word_names:
            return False
        return tok.stem not in self.common_words()

    def being(self) -> bool:
        """A subject that is a person (a_person) or an animal (its class noun's first WordNet
        meaning)."""
        lx = lexicon()
        first = lx.senses(self.class_head)[:1] if lx is not None and self.class_head else []
        return self.kind == "subject" and (a_person(self.newest) or bool(
            first and first[0].lexfile in (LEXFILE["animal"], LEXFILE["person"])))

    def named_for_what_it_is(self, tok: Token) -> bool:
        """Is `tok` a word of this family's name that its cards also use as an ordinary
        lower-case word ("Hairstyle LoRA: the quiff haircut"), or the last word of a name of
        several words, its head noun (a "Harbour Smock" is a smock)? Then the name says what
        the concept is, and the word alone is that kind of thing."""
        if tok.low not in self.name_lows:
            return False
        if any(len(ph) >= 2 and ph[-1] == tok.stem for ph in self.name_phrases):
            return True
        return tok.stem in self.common_words()

    def common_words(self) -> frozenset[str]:
        """The stems its cards use in lower case, worked out on first need."""
        if self.common is None:
            self.common = _common_words(self.cards)
        return self.common


def _common_words(cards: list[Card]) -> frozenset[str]:
    """Stems of the words the cards use in lower case (their ordinary words)."""
    own: set[str] = set()
    for card in cards:
        for text in (card.class_noun, *card.tags, card.description):
            own.update(t.stem for t in tokenize(text) if not t.text[:1].isupper())
    return frozenset(own)


def relation_words(description: str) -> list[str]:
    """A short apposition after a possessive ("Osvald, my father, ...", "our middle
    son.", "Anna's son,"): at most two words, closed by punctuation, and not the object of
    a preposition. It states the card's relation to the owner or to someone; longer phrases
    are descriptions."""
    toks = tokenize(description)
    out = []
    for i, tok in enumerate(toks):
        if not (tok.low in ("my", "our") or tok.possessive) or governed(toks, i + 1, 1):
            continue  # "knitting for our eldest;" is no apposition
        phrase = []
        for j in range(i + 1, min(i + 1 + RELATION_MAX_WORDS, len(toks))):
            phrase.append(toks[j])
            after = description[toks[j].end:toks[j + 1].start] if j + 1 < len(toks) else "."
            if re.search(r"[,.;:()]", after):
                if not any(t.low in STOPWORDS for t in phrase):
                    out.extend(t.stem for t in phrase)
                break
    return out


# The first person as a card's subject: the owner's own card.
OWNER_WORDS = frozenset("me myself self".split())
OWNER_STEMS = frozenset(stem(w) for w in OWNER_WORDS)
COORDINATORS = frozenset("and & or".split())


def presents_owner(card: Card) -> bool:
    """A card written in the first person about its subject ("Me, Solveig, at 41 ...", tag "me"
    or "self") shows the repository's owner: "myself" (and "me" as the person drawn) means it."""
    first = next(iter(tokenize(card.description)), None)
    return (first is not None and first.low in OWNER_WORDS) or \
        any(tag.strip().lower() in OWNER_WORDS for tag in card.tags)


def owner_drawn(card: Card) -> bool:
    """Whether the owner words of a card's description name someone drawn: the card presents
    the owner, or a first-person word stands in a coordination ("my wife and myself"); else
    "myself" is the writer speaking ("a roof I put on myself"; rule first_person_on_a_card_is_its_writer)."""
    if presents_owner(card):
        return True
    toks = tokenize(card.description)
    return any(tok.low in OWNER_WORDS and any(
        toks[j].low in COORDINATORS for j in (i - 1, i + 1) if 0 <= j < len(toks))
        for i, tok in enumerate(toks))


def kin_synonyms(word: str) -> set[str]:
    """The other words for a relation the description states ("my father" on the card: "dad",
    "pops", "vati" in a request): the kinship lexicon's forms of its relation (kinship.py);
    for a birth order ("our youngest"), the other words for it ("bunso", "maknae")."""
    found = rel_of(word)
    if found is None:
        order = birth_order(word, True)  # the card's apposition: after "my"/"our"/"X's"
        return {stem(w) for w in birth_order_forms(order)} - {word} if order else set()
    return {stem(w) for w in forms(found[0])} - {word}


def birth_orders_stated(description: str) -> list[str]:
    """birth_order_is_the_persons: a child by birth order after "my"/"our", in the phrase's
    coordination too ("Anouk, our daughter and eldest", "Ivo, our eldest and my godson"), the
    stems of those words: the order is the person's, stated on one version or all (not the
    object of a preposition: "knitting for our eldest" is someone else)."""
    toks = tokenize(description)
    out = []
    for i, tok in enumerate(toks):
        if birth_order(tok.low, True) is None or tok.possessive or \
                (is_guarded(tok.low) and (i == 0 or toks[i - 1].low not in ("my", "our"))):
            continue  # a guarded order word ("middle") only right after "my"/"our"
        before = toks[max(0, i - ORDER_REACH):i]
        k = next((j for j in range(i - 1, i - 1 - len(before), -1)
                  if toks[j].low in ("my", "our")), None)
        if k is None or governed(toks, k + 1, 1) or \
                re.search(r"[,;:.()]", description[toks[k].end:tok.start]):
            continue
        out.append(tok.stem)
    return out


def one_word(tag: str) -> bool:
    return len(tokenize(tag)) == 1


def plain(word: str) -> str:
    """A word as typed without its marks: no accents and no apostrophe or hyphen inside it
    ("Lae'zel" -> "laezel", "O'Neill" -> "oneill", "Jean-Luc" -> "jeanluc"): phones and
    hurried typists leave them out."""
    return re.sub(r"(?<=\w)['’-](?=\w)", "", fold(word))


TYPINGS = (str, fold, plain)  # a card's word as written, without accents, without marks


def typed_forms(word: str) -> set[str]:
    """The forms a card's word may be typed in (TYPINGS)."""
    return {typing(word) for typing in TYPINGS}


def _card_terms(card: Card, fam: Family, orders: bool = True, writer: bool = True,
                spellings: bool = True) -> dict[str, float]:
    """Each stem of one card's fields with the strength of the best field it is in; `writer`:
    the owner words of a description that draws no owner are left out (owner_drawn);
    `spellings`: the other variety's spelling of a word is the word (other_english_spelling)."""
    terms: dict[str, float] = {}
    unsaid = OWNER_STEMS if writer and not owner_drawn(card) else frozenset()

    def put(term: str, strength: float) -> None:
        forms = typed_forms(term) | (other_spellings(term) if spellings else set())
        for form in forms:  # "Sônia" is typed "sonia" too
            if form and form not in STOPWORDS and terms.get(form, 0) < strength:
                terms[form] = strength

    name_words = words(card.name)
    class_words = words(card.class_noun)
    for w in name_words:
        put(w, STRENGTH[Field.NAME])
    for i, w in enumerate(class_words):  # "kids bicycle": a bicycle, for kids
        put(w, STRENGTH[Field.CLASS] if i == len(class_words) - 1 else STRENGTH[Field.TAG])
    for tag in card.tags:
        # a one-word tag names the concept ("stop-motion" too); in a tag phrase the head noun
        # (English puts it last: "golden retriever") names the kind, the other words describe
        for w in words(tag):
            put(w, STRENGTH[Field.TAG] if one_word(tag) else STRENGTH[Field.DESC])
        head = [t for t in tokenize(tag) if t.low not in STOPWORDS][-1:]
        if head and not one_word(tag):
            put(head[0].stem, STRENGTH[Field.TAG])
    for w in words(card.description):
        if w not in unsaid:
            put(w, STRENGTH[Field.DESC])
    for w in relation_words(card.description):
        put(w, STRENGTH[Field.RELATION])
        for kin in kin_synonyms(w):
            put(kin, STRENGTH[Field.SYNONYM])
            fam.kin_forms.add(kin)
    for w in birth_orders_stated(card.description) if orders else ():  # "our ... and eldest"
        put(w, STRENGTH[Field.RELATION])
        fam.orders.add(w)
        fam.naming_words.add(w)
    if presents_owner(card):  # "myself" is both a term of the card and a naming word
        put(stem("myself"), STRENGTH[Field.RELATION])
        fam.naming_words.add(stem("myself"))
    _add_synonyms(card, fam, terms, put)
    return terms


def _add_synonyms(card: Card, fam: Family, terms: dict[str, float], put) -> None:
    """Generic synonyms of the class head and one-word tags, and broad categories."""
    literal = set(terms)
    class_words = words(card.class_noun)
    single_tags = {w for tag in card.tags if one_word(tag) for w in words(tag)}
    head = set(class_words[-1:])  # a "<kin> clock" is a clock, not a relative
    for w in head | single_tags:
        for group in SYNONYM_GROUPS:
            if w in group:
                for syn in group:
                    if stem(syn) not in literal:
                        fam.synonyms.add(stem(syn))
                    put(stem(syn), STRENGTH[Field.SYNONYM])
    for w in head | ({"person"} & single_tags):
        for group in CATEGORY_GROUPS:
            if w in group:
                for word in group:
                    if stem(word) not in terms:
                        fam.synonyms.add(stem(word))
                        fam.categories.add(stem(word))
                    put(stem(word), STRENGTH[Field.CATEGORY])


# The rules the index applies while it is built, by their names in rules.ALL_RULES (rules.py
# registers them; `personalq bench select --ablate` switches them off through `disabled`).
LEXICAL_SYNONYMS = "lexical_synonyms"  # lexical.py: the lexicon's other words for naming words
FAMILY_USE_NAMES = "family_use_name_names_them"  # aliases.py: names a description says they use
PET_FORMS = "pet_form_of_a_kind_word"  # clipping.py: pet forms of kind words
GIVEN_NAMES = "given_name_in_the_description"  # a person's given name a description opens with
CLIPPED_NAMES = "clipped_given_name"  # clipped forms of people's names
BIRTH_ORDERS = "birth_order_is_the_persons"  # features.birth_orders_stated
OTHER_NAMES = "other_name_of_a_kind"  # synonyms.py: the other names of a card's kind
NAME_FORMS = "name_form_of_another_language"  # nameforms.py
HOME_LANGUAGE_NOUNS = "common_noun_of_the_home_language"  # other languages' nouns for a kind
CARD_WRITER = "first_person_on_a_card_is_its_writer"  # features.owner_drawn
FULL_NAMES = "full_name_names_every_version"  # aliases.stated_full_names
OWN_NAME = "borrowed_name_beside_other_names"  # features.one_word_name
LOOK_NAME_WORDS = "look_word_in_a_name_names_the_kind"  # features.add_look_name_words, evidence.py
BODY_NO_KIND = "body_feature_is_no_kind"  # clipping.body_feature: a "beard" tag is no kind word
PET_PLURALS = "plural_of_a_pet_form"  # clipping.singulars_of: "westies" as "westie"
PARTS_ARE_WORDS = "compound_parts_are_english_words"  # CatalogIndex._parts_are_words
HEAD_WORDS = "other_word_for_the_head_of_a_kind"  # lexical.head_word_phrases: "steam engine"
TITLE_INITIALS = "initials_name_the_title"  # features.title_initials
LABEL_NO_NAME = "label_set_off_is_no_name"  # features.own_labels: a tag or series is no name
SHORT_NAME_SLIP = "short_name_typed_with_a_slip"  # CatalogIndex._short_name_slip (round 20)
NICKNAMES = "stated_nickname_is_a_borrowed_name"  # aliases.word_nicknames (round 21)
ROLES_NOW = "role_on_the_newest_card_is_the_persons"  # features._roles_now (round 21)
SHARED_TITLES = "title_shared_by_two_names_is_a_title"  # aliases.shared_titles (round 21)
FOND_COMPOUND = "name_in_a_fond_compound"  # aliases.name_in_a_fond_compound (round 23)
PET_NAME_CLIPS = "pet_name_clipped_too"  # CatalogIndex._person_names: animals' names (round 24)
CLOSED_NAMES = "name_typed_without_its_space"  # CatalogIndex._closed_names (round 28)
ENDEARMENTS = "endearment_the_owner_states_is_a_name"  # aliases.endearments (round 29)
TRIGGER_WORDS = "trigger_word_typed_bare"  # features.add_trigger_words (round 30)
OTHER_SPELLING = "other_english_spelling"  # text.other_spellings (round 30)
INDEX_RULES = (LEXICAL_SYNONYMS, FAMILY_USE_NAMES, PET_FORMS, GIVEN_NAMES, CLIPPED_NAMES, BIRTH_ORDERS,
               OTHER_NAMES, NAME_FORMS, HOME_LANGUAGE_NOUNS, CARD_WRITER, FULL_NAMES, OWN_NAME,
               LOOK_NAME_WORDS, BODY_NO_KIND, TITLE_INITIALS, PET_PLURALS,
               PARTS_ARE_WORDS, HEAD_WORDS, LABEL_NO_NAME, SHORT_NAME_SLIP, NICKNAMES, ROLES_NOW,
               SHARED_TITLES, FOND_COMPOUND, PET_NAME_CLIPS, CLOSED_NAMES, ENDEARMENTS,
               TRIGGER_WORDS, OTHER_SPELLING)

# Small words a title keeps lower case inside it ("Song of the Lagoon"), initialled or not.
_TITLE_SMALL = frozenset("of the and a an in on to".split())


def title_initials(text: str) -> set[str]:
    """Rule initials_name_the_title: the initialisms of each run of capitalised words (with a
    number, and small words inside it) in a card's text: "<Word>'s <Word> 3" -> "ww3"; with and
    without the small words; only forms of three characters or more that are no English word."""
    toks = tokenize(text)
    runs: list[list[Token]] = []
    for i, t in enumerate(toks):
        joined = i > 0 and text[toks[i - 1].end:t.start].strip() == "" and runs
        cap = t.text[:1].isupper() or (t.text.isdigit() and joined)
        small = t.low in _TITLE_SMALL and joined
        if (cap or small) and joined and runs[-1]:
            runs[-1].append(t)
        elif cap:
            runs.append([t])
        else:
            runs.append([])
    out = set()
    for run in runs:
        while run and run[-1].low in _TITLE_SMALL:
            run.pop()
        if sum(1 for t in run if t.text[:1].isupper()) < 2:
            continue
        full = "".join(t.low if t.text.isdigit() else t.low[0] for t in run)
        bare = "".join(t.low if t.text.isdigit() else t.low[0] for t in run if t.low not in _TITLE_SMALL)
        out |= {f for f in (full, bare) if len(f) >= 3 and f not in english_words()}
    return out


def build_family(key: str, members: list[Card], disabled: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset()) -> Family:
    """One family's words and names; `disabled`: the rules switched off (INDEX_RULES); `titles`:
    the titles of address it shares with other people (aliases.shared_titles)."""
    aliases, given = FAMILY_USE_NAMES not in disabled, GIVEN_NAMES not in disabled
    orders, writer = BIRTH_ORDERS not in disabled, CARD_WRITER not in disabled
    full_names = FULL_NAMES not in disabled
    fam = Family(key, members[-1].kind, members)
    fam.label_is_no_name = LABEL_NO_NAME not in disabled
    fam.names_off = frozenset([FOND_COMPOUND]) if FOND_COMPOUND in disabled else frozenset()
    per_card = []
    for card in members:
        name_words = words(card.name)
        if name_words:  # a name is typed with its accents or without them ("Sônia", "sonia")
            fam.name_phrases += list({tuple(name_words), tuple(fold(w) for w in name_words),
                                      tuple(plain(w) for w in name_words)})
            fam.name_lows.update(form for t in tokenize(card.name) if t.low not in STOPWORDS
                                 for form in typed_forms(t.low))
        class_words = words(card.class_noun)
        fam.class_words.update(class_words)
        tag_words = [w for tag in card.tags for w in words(tag)]
        for w in class_words + tag_words:
            fam.related.update(RELATED.get(w, ()))
        fam.naming_words.update(class_words[-1:])
        fam.naming_words.update(w for tag in card.tags if one_word(tag) for w in words(tag))
        fam.naming_words.update(relation_words(card.description))
        per_card.append(_card_terms(card, fam, orders, writer, OTHER_SPELLING not in disabled))
        fam.card_terms[card.id] = (set(name_words) | set(class_words) | set(tag_words) |
                                   set(words(card.description)))
    if aliases:
        _add_aliases(fam, per_card)
    if NICKNAMES not in disabled and fam.kind == "subject":
        _add_nicknames(fam, per_card)
    if ENDEARMENTS not in disabled and fam.kind == "subject":
        fond = {w for c in members for w in endearments(c.description, set(fam.name_lows))}
        fam.aliases |= fond
        _add_names(fam, per_card, fond)
    _add_names(fam, per_card, set(titles))
    if TITLE_INITIALS not in disabled:  # "the ww3 girl" for a character from "<W> <W> 3"
        initials = set().union(*(title_initials(c.description) for c in members))
        for terms in per_card:
            for form in initials:
                terms.setdefault(stem(form), STRENGTH[Field.TAG])
    person = a_person(members[-1])
    surnames = _add_full_names(fam, per_card) if full_names and person else set()
    if given and person:
        _add_names(fam, per_card, given_names([c.description for c in fam.cards],
                                              set(fam.name_lows)) - surnames)
        _add_full_name(fam, per_card)
    _merge_versions(fam, per_card, _roles_now(members[-1]) if person and
                    ROLES_NOW not in disabled else frozenset())
    literal_anywhere = set().union(*fam.card_terms.values())
    fam.synonyms -= literal_anywhere
    fam.categories -= literal_anywhere
    fam.kin_forms -= literal_anywhere
    fam.name_phrases = sorted(set(fam.name_phrases))
    fam.name_stems = {stem(n) for n in fam.name_lows}
    fam.class_head = (words(members[-1].class_noun) or [""])[-1]
    return fam


def add_trigger_words(families: dict[str, Family]) -> None:
    """Rule trigger_word_typed_bare: a checkpoint is trained on a word of its own, its trigger
    ("<word>", "word_man"), and an owner who remembers the word types it bare, without the
    brackets or underscores. Such a word names its card as strongly as the card's name does (a
    style's or concept's is a word for what it is, said whole), typed exactly (no misspelling or compound
    part of it is read), where it reads as a word of its own (_said_as_a_word), it is no kinship
    word, only one family's trigger has it and no card's name, class, tags or description does
    (a word of the card's own text is read there already). Every version shares it: no version
    clue."""
    english = english_words()
    used = {t for fam in families.values() for t in fam.terms}
    owners: dict[str, set[str]] = defaultdict(set)
    for key, fam in families.items():
        for card in fam.cards:
            for w in re.split(r"[^0-9a-z]+", card.trigger.lower()):
                if len(w) >= TRIGGER_WORD_MIN and w.isalpha() and w not in STOPWORDS:
                    owners[w].add(key)
    for w, keys in sorted(owners.items()):
        if len(keys) != 1 or stem(w) in used or not _said_as_a_word(w, english) or \
                kin_noun(w) or rel_of(w, pointed=True):
            continue
        fam = families[next(iter(keys))]
        if fam.kind in COMPOSING:  # a word for what the LoRA is, said whole ("in a <word>")
            fam.lexical_names |= {w, stem(w)}
        fam.terms[stem(w)] = max(fam.terms.get(stem(w), 0.0), STRENGTH[Field.NAME])
        fam.lexical.add(stem(w))  # matched as typed: no misspelling, no compound part
        for card_id in fam.card_terms:
            fam.card_terms[card_id].add(stem(w))


def _said_as_a_word(w: str, english: frozenset[str]) -> bool:
    """trigger_word_typed_bare: a trigger word that reads as a word of its own: vowels enough
    to be said (no rare token, "sks", and no consonant skeleton, "wtrclr"), no English word, no
    English word of TRIGGER_INNER_WORD letters or more inside it and not two English words run
    together (a run-together phrase, "<prefix>watercolor", "<word><word>", holds the phrase's
    words, which describe more cards than this one)."""
    if sum(ch in "aeiouy" for ch in w) < TRIGGER_WORD_VOWELS or w in english:
        return False
    lx = lexicon()  # the run-together parts are common words (a given name is no part)
    common = (lambda part: lx.has_word(part)) if lx is not None else (lambda part: part in english)
    n = TRIGGER_INNER_WORD
    if any(w[i:j] in english or (lx is not None and lx.has_word(w[i:j]))
           for i in range(len(w)) for j in range(i + n, len(w) + 1)):
        return False
    return not any(common(w[:i]) and common(w[i:])  # "<word><word>" run together
                   for i in range(TRIGGER_PART_MIN, len(w) - TRIGGER_PART_MIN + 1))


def one_word_name(fam: Family) -> frozenset[str]:
    """borrowed_name_beside_other_names: a card named by one word ("Grace" on a card that
    also gives the person's full name in the home language) goes by that word; the other
    names the cards state (a surname, a family's pet name) do not make the word any less
    borrowed from English, so typed bare in lower case it may still be the ordinary word."""
    name = [t.low for t in tokenize(fam.newest.name) if t.low not in STOPWORDS]
    if len(name) != 1 or len(fam.name_lows) == 1:
        return frozenset()
    return frozenset({name[0], fold(name[0])}) & fam.name_lows


# clipped_given_name, extended (round 23): English pet forms end the clipped first syllable in
# -ie/-y/-ey, its last consonant doubled after a short vowel (Robert -> Robbie, Benjamin -> Benny,
# Jennifer -> Jenny, Katherine -> Katie): the clip is the word without its ending.
PET_ENDINGS = ("ie", "ey", "y")
# clipped_given_name, extended (round 24): British, Irish and Australian English end a clipped
# first syllable in -z instead of the rest of the name (Barry/Baz, Gary/Gaz, Sharon/Shaz,
# Darren/Daz, Mackenzie/Kenz): the clip is the word without it, two letters with a vowel or more.
HYPOCORISTIC_Z = "z"


def _clips_of_a_name(low: str) -> list[str]:
    """The starts of a given name a typed pet form may be (CatalogIndex._clipped_name): the word
    itself, three letters or more, or two with a vowel ("ty"); and, for a word of four letters or
    more ending in a silent e, an -s or -es, the word without it ("jase" -> "jas", "mads" -> "mad",
    "jules" -> "jul"); and a pet form in -ie/-y/-ey without its ending, a doubled last consonant
    made single (PET_ENDINGS)."""
    if len(low) < MIN_CLIP:
        return [low] if any(c in "aeiouy" for c in low) else []
    clips = [low]
    for ending in ("e", "s", "es"):
        if low.endswith(ending) and len(low) - len(ending) >= MIN_CLIP:
            clips.append(low[:-len(ending)])
    for ending in PET_ENDINGS:  # "maddie" -> "mad", "robbie" -> "rob", "benny" -> "ben"
        base = low[:-len(ending)]
        if low.endswith(ending) and len(base) >= MIN_CLIP:
            clips.append(base[:-1] if base[-1] == base[-2] else base)
    base = low[:-len(HYPOCORISTIC_Z)]
    if low.endswith(HYPOCORISTIC_Z) and len(base) >= MIN_NAME_CLIP and set(base) & set(_VOWELS):
        clips.append(base)  # "gaz" -> "ga" (Gary), "shaz" -> "sha" (Sharon), "kenz" -> "ken"
    return clips


def _cut_from(low: str) -> list[str]:
    """The short names a full name `low` may be cut from (CatalogIndex._full_form_of): each of
    its beginnings and ends of FULL_FORM_MIN_NAME letters or more, shorter than itself, and each
    such beginning whose last letter, a vowel, is any vowel there (the clipped form
    changes the vowel: "Buki"/"Bukola"; a consonant there starts another name: "Femi"/"Femke").
    Listing them lets the names be looked up instead of compared with `low` one by one."""
    out = []
    for k in range(FULL_FORM_MIN_NAME, len(low)):
        out += [low[:k], low[-k:]]
        if low[k - 1] in _VOWELS:
            out += [low[:k - 1] + v for v in _VOWELS]
    return out


_VOWELS = "aeiouy"  # "y": the clipped form's pet ending ("Harry" from Harrison)


def _shared_titles(groups: dict[str, list[Card]]) -> dict[str, set[str]]:
    """title_shared_by_two_names_is_a_title: aliases.shared_titles over the person families."""
    people = {k: ([c.description for c in cards],
                  {t.low for c in cards for t in tokenize(c.name)} - STOPWORDS)
              for k, cards in groups.items() if a_person(cards[-1])}
    return shared_titles(people)


def a_person(card: Card) -> bool:
    """A card of a person (its class is a word for a person, or it is tagged "person")."""
    person = CATEGORY_GROUPS[0]
    head = (words(card.class_noun) or [""])[-1]
    return card.kind == "subject" and (head in person or "person" in {t.lower() for t in card.tags})


def _add_aliases(fam: Family, per_card: list[dict[str, float]]) -> None:
    """family_use_name_names_them: a name a card says the family uses ("the kids call him
    Opa", aliases.py) names the family as its own name does, on every version."""
    fam.aliases = family_names([c.description for c in fam.cards], set(fam.name_lows))
    fam.aliases |= {w for c in fam.cards for w in quoted_word_of_the_name(c.description, words(c.name))}
    _add_names(fam, per_card, fam.aliases)


def _add_nicknames(fam: Family, per_card: list[dict[str, float]]) -> None:
    """stated_nickname_is_a_borrowed_name: a one-word nickname the cards state that is an
    everyday English word names the subject as a borrowed own name does (Family.borrows: the
    ordinary-sense rules judge each use); and every word of every name the cards say the
    subject goes by is a word of each version's card (no version clue)."""
    own = set(fam.name_lows)
    descriptions = [c.description for c in fam.cards]
    fam.word_names = frozenset(word_nicknames(descriptions, own, _common_words(fam.cards)))
    _add_names(fam, per_card, set(fam.word_names))
    said = {stem(w) for text in descriptions
            for name in nickname_phrases(text, own) + quoted_names_with_the_name(text, own)
            for w in name}
    for card_id in fam.card_terms:
        fam.card_terms[card_id] |= said


def _add_names(fam: Family, per_card: list[dict[str, float]], names: set[str]) -> None:
    """Each of `names` names the family as its own name does, on every version, except the
    family's own labels (label_set_off_is_no_name)."""
    if fam.label_is_no_name:
        names = set(names) - own_labels(fam.cards)
    if FOND_COMPOUND not in fam.names_off:
        names = set(names) | {w for n in names for w in name_in_a_fond_compound(n)}
    for alias in sorted(names):
        forms = {alias, fold(alias)}
        fam.name_lows.update(forms)
        fam.name_phrases += [(stem(f),) for f in forms]
        for terms in per_card:
            for f in forms:
                terms[stem(f)] = max(terms.get(stem(f), 0.0), STRENGTH[Field.NAME])


_TRIGGER_ASIDE = re.compile(r"\(([^()]+)\)")  # "<name>_(<series>)": the booru tag convention


def own_labels(cards: list[Card]) -> set[str]:
    """label_set_off_is_no_name: a word the cards file themselves under is a category they
    belong to, not a name of their own: a one-word tag, or the part of a trigger set off in
    brackets ("<name>_(<series>)", the convention of character tags for the work they come
    from). Set off in brackets after the name in a description ("<Name> (<Series>)"), such a
    word says where the character is from, as the trigger does: every card of that work shares
    it, so it names none of them alone. Only such words set off in brackets are returned (a
    role the subject goes by, "<Name> as <Role>", stays a name where a tag repeats it)."""
    out = {t.lower() for c in cards for t in c.tags if one_word(t)}
    for card in cards:
        for aside in _TRIGGER_ASIDE.findall(card.trigger.lower()):
            out.update(w for w in re.split(r"[^0-9a-z]+", aside) if w)
    set_off = {t.low for c in cards for aside in _TRIGGER_ASIDE.findall(c.description)
               for t in tokenize(aside)}
    return out & set_off


def _add_full_names(fam: Family, per_card: list[dict[str, float]]) -> set[str]:
    """full_name_names_every_version: a full name one card states ("Rosa (Chen Mei-ling)", "My
    dad, Kovács Ferenc, ...") and a name set off in quotes beside it ("'Feri'") are the
    person's on every version: the given name, hyphenated and typed closed, names them; the
    family name is a description word of every card (several relatives share it). Returns the
    family name words, which are no given names."""
    own = set(fam.name_lows)
    given: set[str] = set()
    family: set[str] = set()
    for card in fam.cards:
        for first, last in stated_full_names(card.description, own):
            given |= {f for w in first for f in (w, w.replace("-", ""))}
            family |= set(last)
        given |= set(quoted_names_beside(card.description, own))
    given = {w for w in given if w not in own and not _ordinary_word(w)}
    _add_names(fam, per_card, given)
    parts = {stem(p) for w in given | family for p in w.split("-") if len(p) > 1}
    for card_id in fam.card_terms:  # no version clue: every card has the name's words
        fam.card_terms[card_id] |= {stem(w) for w in given | family} | parts
    for w in sorted(family - own):
        for terms in per_card:
            terms[stem(w)] = max(terms.get(stem(w), 0.0), STRENGTH[Field.DESC])
    return family - given


def _add_full_name(fam: Family, per_card: list[dict[str, float]]) -> None:
    """A person's full name one card states ("<Name> (<Given> <Family>)") is theirs on every
    version: its words are description words of every card, so they pick no version."""
    own = set(fam.name_lows)
    full = {w for c in fam.cards for w in full_name_words(c.description, own)}
    for w in sorted(full):
        for form in {stem(w), stem(fold(w))}:
            for card_id in fam.card_terms:
                fam.card_terms[card_id].add(form)
            for terms in per_card:
                terms[form] = max(terms.get(form, 0.0), STRENGTH[Field.DESC])


def _merge_versions(fam: Family, per_card: list[dict[str, float]],
                    whole: frozenset[str] = frozenset()) -> None:
    """A word only a minority of versions have describes those versions, not the concept: at
    family level it weighs less than a description word; a birth order and `whole` (the
    person's role now: _roles_now) describe the person."""
    counts: dict[str, int] = defaultdict(int)
    for terms in per_card:
        for term in terms:
            counts[term] += 1
    for terms in per_card:
        for term, strength in terms.items():
            if len(per_card) > 2 and counts[term] * 2 < len(per_card) and \
                    term not in fam.orders and term not in whole:
                strength = min(strength, VERSION_ONLY)
            if fam.terms.get(term, 0) < strength:
                fam.terms[term] = strength


# Words for a person's age, which a later picture outgrows: a version's word, not a role.
_AGES = frozenset("child kid baby infant newborn toddler tot teen teenager youngster youth adolescent "
                  "minor adult elder pensioner retiree".split())


def _roles_now(newest: Card) -> frozenset[str]:
    """Rule role_on_the_newest_card_is_the_persons (round 21): a one-word tag of a person's
    newest card whose first English meaning is a kind of person (a trade, a rank, a post:
    "skipper", "nurse", "deacon") says who the person is now, as a relation does, not how one
    picture shows them: it names the person as strongly as another person's card that carries it
    on every version, so two people the cards give one role are asked about alike. A kinship word
    is left to relations.py; a role only an older version has ("altar boy") still picks that
    version."""
    lx = lexicon()
    if lx is None:
        return frozenset()
    out = set()
    for tag in newest.tags:
        low = tag.lower()
        first = lx.first_sense(low) if one_word(low) and low.isalpha() else None
        if first is not None and first.lexfile == LEXFILE["person"] and rel_of(low) is None and \
                low not in CATEGORY_WORDS and low not in _AGES:
            out.add(stem(low))
    return frozenset(out)


def add_lexical(fam: Family, skip: frozenset[str]) -> None:
    """Give a family the words the lexicon has for its naming words that none of its cards
    already has (lexical.py), at the LEXICAL strength; `skip`: the catalog's broad tags."""
    if fam.kind in COMPOSING:
        fam.lexical_names = what_it_is_words(fam.cards, fam.named_for_what_it_is, skip) - \
            fam.name_stems
    synonyms, kinds_of = family_words(fam.cards, skip)
    for term in synonyms | fam.lexical_names:
        if term not in fam.terms and term not in STOPWORDS:
            fam.terms[term] = STRENGTH[Field.LEXICAL]
            fam.lexical.add(term)
            fam.synonyms.add(term)  # a word it has only as another word for its own
    for term in kinds_of:  # what it is a kind of: a category, as in _add_synonyms
        if term not in fam.terms and term not in STOPWORDS:
            fam.terms[term] = STRENGTH[Field.CATEGORY]
            fam.lexical.add(term)
            fam.synonyms.add(term)
            fam.categories.add(term)


def add_look_name_words(fam: Family) -> None:
    """look_word_in_a_name_names_the_kind: a style's or concept's name word that is another name
    (synonyms.DOMAIN_NAMES) of what its class noun or one-word tags say it is (an "Aquarelle" in
    the name of a card tagged "watercolor") is one of its words for what it is (lexical_names),
    as the other names of its kind are (add_other_names leaves out the words its cards use)."""
    if fam.kind not in COMPOSING:
        return
    kinds = {w for c in fam.cards for t in [*c.tags, c.class_noun] for w in t.lower().split()[-1:]}
    fam.lexical_names |= {w for w in fam.name_lows if w not in kinds and one_kind(w, kinds)}


def add_other_names(fam: Family, skip: frozenset[str], loans: bool = True) -> None:
    """other_name_of_a_kind: give a family the other names of its kind (synonyms.py) that its
    cards do not use: one-word names as terms at the LEXICAL strength, names of several words as
    phrases a request types together; with `loans` other languages' common nouns for it too."""
    key = (tuple((c.kind, c.class_noun, c.name, tuple(c.tags)) for c in fam.cards),
           fam.cards[-1].description, skip, loans)
    found = _OTHER_CACHE.get(key)
    if found is None:
        lx = lexicon()
        senses = card_senses(fam.cards, skip, lx) if lx is not None else []
        found = _OTHER_CACHE[key] = other_names(fam.cards, skip, fam.kind in COMPOSING, senses,
                                                 loans)
        if len(_OTHER_CACHE) > _OTHER_CACHE_MAX:
            _OTHER_CACHE.pop(next(iter(_OTHER_CACHE)))
    words_, phrases, guarded = found
    for term in words_:
        if term in STOPWORDS:
            continue
        if term in fam.terms:  # a word the cards only describe with ("vespa-like") names it
            fam.terms[term] = max(fam.terms[term], STRENGTH[Field.LEXICAL])
            continue
        fam.terms[term] = STRENGTH[Field.LEXICAL]
        fam.lexical.add(term)
        fam.synonyms.add(term)
        if term in guarded:
            fam.guarded.add(term)
    if fam.kind in COMPOSING:  # what a style or concept is, in other words (reasoner.py)
        fam.lexical_names |= words_ - STOPWORDS
    fam.other_phrases = set(phrases)


_OTHER_CACHE: dict[tuple, tuple[set[str], set[tuple[str, ...]], set[str]]] = {}
_OTHER_CACHE_MAX = 100_000


class CatalogIndex:
    """Inverted index over families; built once per catalog and kept in the warm process."""

    def __init__(self, cards: list[Card], disabled: frozenset[str] = frozenset()):
        """`disabled`: the rules switched off for the ablation; those the index applies while
        it is built are INDEX_RULES (the reasoner takes the same set for the rest)."""
        self.disabled = switches(disabled)  # a RuleSwitches keeps recording (the ablation's trace)
        groups: dict[str, list[Card]] = defaultdict(list)
        for card in cards:
            groups[card.family].append(card)
        self.families: dict[str, Family] = {}
        for members in groups.values():
            members.sort(key=lambda c: (c.version, c.created_at, c.id))
        titles = _shared_titles(groups) if SHARED_TITLES not in disabled else {}
        for key, members in groups.items():
            self.families[key] = build_family(key, members, self.disabled,
                                              frozenset(titles.get(key, ())))
        for fam in self.families.values() if OWN_NAME not in disabled else ():
            fam.own_name = one_word_name(fam)
        self.n_families = max(1, len(self.families))
        self.common_tags = self._common_tags()
        self._add_other_words(disabled)
        self.phrases = PhraseIndex({k: f.other_phrases for k, f in self.families.items()},
                                   STRENGTH[Field.LEXICAL])
        self.by_id = {c.id: c for c in cards}
        self.postings = self._postings()
        self.vocab = frozenset(self.postings)
        self.naming_vocab = frozenset(t for t, fams in self.postings.items()
                                      if max(fams.values()) >= STRONG)
        self.names = frozenset(w for fam in self.families.values() for w in fam.name_lows)
        subject_names = {w for fam in self.families.values() if fam.kind == "subject"
                         for w in fam.name_lows}
        # the words only style and concept LoRAs name themselves by (their names' words and the
        # naming words no person's, pet's or thing's card has): how a picture is drawn
        self.look_words = frozenset(
            [w for fam in self.families.values() if fam.kind != "subject" for w in fam.name_lows]
            + [t for t in self.naming_vocab
               if all(self.families[k].kind != "subject" for k in self.postings[t])]) - subject_names
        self.name_pairs, self.given_names = self._name_parts()
        self.related_owners: dict[str, set[str]] = defaultdict(set)  # a kind of a class
        for fam in self.families.values():  # ("puppy") -> the families it fits
            for w in fam.related:
                self.related_owners[w].add(fam.key)
        self.name_owners, self.name_stem_owners = self._name_owners()
        # a lexicon word is matched as typed: no misspelling of it, no compound made from it
        # and so is a kinship word of another language (a card's "son" is also "chele": no
        # misspelling of that reaches the son)
        self.lexical_only = frozenset(t for t, fams in self.postings.items()
                                      if all(t in self.families[k].lexical or
                                             t in self.families[k].kin_forms for k in fams))
        self.compounds = self._compounds()
        self.fuzzy_vocab = sorted(t for t, fams in self.postings.items()
                                  if t.isalpha() and len(t) >= MIN_STEM_FOR_FUZZY
                                  and max(fams.values()) >= STRONG and t not in self.lexical_only)
        self._spellings: NearSpellings | None = None  # fuzzy_vocab by its deletions (spellings)
        self.dense = None  # optional DenseWords (dense.py): meaning of words no card has
        self._over_families: dict[str, tuple] = {}  # name -> (families, what was read: over_families)
        self.kind_words = self._kind_words() if PET_FORMS not in disabled else None
        self.person_names = self._person_names() if CLIPPED_NAMES not in disabled else []
        self.persons_by_name, self.person_spellings = self._persons_by_name()
        self.name_forms = self._name_forms(cards) if NAME_FORMS not in disabled else None
        self.short_name_slips = self._short_name_slips() if SHORT_NAME_SLIP not in disabled else {}
        self.closed_names = self._closed_names() if CLOSED_NAMES not in disabled else {}

    def _add_other_words(self, disabled: frozenset[str]) -> None:
        """The words for a family that its cards do not write: other English words for its
        naming words, other names of its kind, look words, other words for its head, and its
        trigger's own word (each an index rule of its own)."""
        for fam in self.families.values() if LEXICAL_SYNONYMS not in disabled else ():
            add_lexical(fam, self.common_tags)  # other English words for its naming words
        for fam in self.families.values() if OTHER_NAMES not in disabled else ():  # other names of its kind
            add_other_names(fam, self.common_tags, HOME_LANGUAGE_NOUNS not in disabled)
        for fam in self.families.values() if LOOK_NAME_WORDS not in disabled else ():
            add_look_name_words(fam)  # a name word that is another name of its kind
        for fam in self.families.values() if HEAD_WORDS not in disabled else ():
            fam.head_phrases = head_word_phrases(fam.newest.class_noun)  # "steam engine"
            fam.other_phrases |= fam.head_phrases
        if TRIGGER_WORDS not in disabled:  # "<word>" for a card triggered by "<word>_coat"
            add_trigger_words(self.families)

    def _name_parts(self) -> tuple[frozenset[tuple[str, str]], frozenset[str]]:
        """The consecutive lower-case words of every card's name, in each typing
        (text.typed_name_words), and the first word of every person's name
        (names_in_a_row_are_a_list)."""
        names = [(card, [t.low for t in tokenize(card.name)])
                 for fam in self.families.values() for card in fam.cards]
        pairs = frozenset((typing(a), typing(b)) for _, lows in names for a, b in zip(lows, lows[1:])
                          for typing in TYPINGS)  # both words typed one way
        return pairs, frozenset(lows[0] for card, lows in names if lows and a_person(card))

    def _closed_names(self) -> dict[str, set[str]]:
        """Rule name_typed_without_its_space (round 28): where a name of two or three words
        puts its spaces is a matter of romanisation and habit ("Mei Ling" / "Meiling", "Le
        Blanc" / "Leblanc"): typed as one word, the words run together are that name whole.
        Each typing of the joined words -> the families so named; not a word English has (two
        words run together into one English word are that word: a compound, not a name)."""
        english = english_words()
        out: dict[str, set[str]] = defaultdict(set)
        for fam in self.families.values():
            for phrase in fam.name_phrases:
                if not 2 <= len(phrase) <= 3 or any(w in STOPWORDS or not w.isalpha() for w in phrase):
                    continue
                for typing in TYPINGS:
                    joined = "".join(typing(w) for w in phrase)
                    if len(joined) >= CLOSED_NAME_MIN_LEN and joined not in english:
                        out[joined].add(fam.key)
        return dict(out)

    def _postings(self) -> dict[str, dict[str, float]]:
        """Stem -> family -> the strength of the family's best field holding it."""
        postings: dict[str, dict[str, float]] = defaultdict(dict)
        for fam in self.families.values():
            for term, strength in fam.terms.items():
                postings[term][fam.key] = strength
        return postings

    def _name_owners(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """Name word (and name stem) -> families: which of a word's families it names is then a
        set look-up, not a test per family (a common word reaches thousands at 100,000 cards)."""
        owners: dict[str, set[str]] = defaultdict(set)
        stem_owners: dict[str, set[str]] = defaultdict(set)
        for fam in self.families.values():
            for w in fam.name_lows:
                owners[w].add(fam.key)
            for w in fam.name_stems:
                stem_owners[w].add(fam.key)
        return owners, stem_owners

    def _kind_words(self) -> KindWords:
        """The words saying what each subject family is, for pet forms ("staffy")."""
        skip = {w for tag in self.common_tags for w in tag.split()} | \
            CATEGORY_WORDS
        return KindWords({k: [c.class_noun for c in f.cards] + [t for c in f.cards for t in c.tags]
                          for k, f in self.families.items() if f.kind == "subject"},
                         frozenset(skip), body=BODY_NO_KIND not in self.disabled,
                         plurals=PET_PLURALS not in self.disabled)

    def _person_names(self) -> list[tuple[str, str]]:
        """(name word, family) for every person's name words, sorted for a prefix search; an
        animal's too (rule pet_name_clipped_too, round 24: a household clips its dog's or horse's
        name as it clips a child's, "Bisc" for a dog Biscuit; a thing's name it does not)."""
        pets = PET_NAME_CLIPS not in self.disabled
        return sorted((w, k) for k, f in self.families.items()
                      if a_person(f.newest) or (pets and f.being())
                      for w in f.name_lows if w.isalpha() and len(w) > MIN_CLIP)

    def _name_forms(self, cards: list[Card]) -> NameForms:
        """The subjects' name words for their other forms (nameforms.py); a person's with the
        gender its class noun and tags say; the coded triggers' parts, which are no names."""
        rows = []
        for key, fam in self.families.items():
            card = fam.newest
            if card.kind != "subject":
                continue
            said = words(card.class_noun) + [t.lower() for t in card.tags]
            rows += [(w, key, a_person(card), person_gender(said)) for w in fam.name_lows
                     if w.isalpha() and len(w) > MIN_CLIP]
        coded = {w for c in cards for w in re.split(r"[^0-9a-z]+", c.trigger.lower())
                 if any(ch.isdigit() for ch in w)}
        return NameForms(rows, frozenset(coded))

    def _name_form(self, tok: Token) -> Match:
        """name_form_of_another_language: a word no card has that is a subject's name in
        another spelling (read as the name misspelt: every family of that name), or in another
        case or pet form of exactly one person (read as a clipped name, only where a name
        stands: rules.clipped_given_name); nameforms.py. The word must be no English word (a
        proper noun only, a town, may be a name), no kinship word, no function word and no
        part of a coded trigger (verbatim.py reads those)."""
        low = tok.low
        if self.name_forms is None or len(low) < NAME_FORM_MIN or low in STOPWORDS or \
                low in self.names or low in self.name_forms.coded or not any(c.isalpha() for c in low) or \
                _ordinary_word(low) or rel_of(low, pointed=True):
            return NO_MATCH
        reading, found = self.name_forms.reach(low)
        if reading == "spelt":
            return Match({k: STRENGTH[Field.NAME] * FUZZY for k in sorted(found)},
                         MatchKind.FUZZY, set(found))
        if len(found) != 1:
            return NO_MATCH
        key = found.pop()
        return Match({key: STRENGTH[Field.NAME] * NAME_FORM}, MatchKind.CLIPPED_NAME, {key})

    def _clipped_name(self, tok: Token) -> Match:
        """clipped_given_name: English shortens a given name to its first syllable or so ("Ferd",
        "Fran", "Rosa"): a word no card has, three letters or more, that no English noun or
        function word is and that begins exactly one person's name (and is shorter) is that
        name clipped; lacking one, a short word a letter off exactly one person's short name
        ("Mio" for Milo) is that name with a slip. Whether it stands where a name stands is
        the rule's (rules.py). English spells a clipped syllable with a silent e or ends the
        pet form in -s ("Jase", "Jules": _clips_of_a_name), and a two-letter clip with a vowel
        ("Ty", "Jo") is a name too when no English word is spelt so."""
        low, names = tok.low, self.person_names
        if not names or not low.isalpha() or len(low) < MIN_NAME_CLIP or low in STOPWORDS or \
                low in self.names or verb_form(low) or _common_noun(low):
            return NO_MATCH
        found: set[str] = set()
        for clip in _clips_of_a_name(low):
            i = bisect_left(names, (clip, ""))
            while i < len(names) and names[i][0].startswith(clip):
                found.add(names[i][1])
                i += 1
        if not found and len(low) >= MIN_CLIP:  # a short name a letter off ("Mio" for Milo)
            for w in self.person_spellings.near(low):
                if w[0] == low[0] and len(low) - 1 <= len(w) <= len(low) + 1 and \
                        edit_distance(low, w, 1) <= 1:
                    found.update(self.persons_by_name[w])
        if not found and len(low) >= MIN_CLIP:
            found = self._full_form_of(low)
        if len(found) != 1:
            return NO_MATCH
        key = found.pop()
        if low in FOOD_WORDS and not a_person(self.families[key].newest):
            return NO_MATCH  # a pet named for a dish: the dish's own word is the dish
        return Match({key: STRENGTH[Field.NAME] * CLIPPED_NAME}, MatchKind.CLIPPED_NAME, {key})

    def clipped_name_word(self, low: str) -> str | None:
        """The name word of the one person (or animal) a clipped form `low` names
        (_clipped_name), the word the cards' relations are stated to; None where it names none."""
        found = self._clipped_name(tokenize(low)[0]).named if low.isalpha() else set()
        if len(found) != 1:
            return None
        fam = self.families[next(iter(found))]
        lows = [t.low for t in tokenize(fam.newest.name) if t.low in fam.name_lows]
        return lows[0] if lows else None

    def _short_name_slips(self) -> dict[str, set[str]]:
        """short_name_typed_with_a_slip (round 20): a person's name of MIN_CLIP letters ("Dai",
        "Eva" has four) typed with two neighbouring letters swapped or one letter doubled -> the
        families of that name. _clipped_name reads one letter off a longer name; on a name this
        short a letter changed or dropped leaves too many other words and names, while a swap
        or a doubling keeps every letter the hand meant."""
        slips: dict[str, set[str]] = defaultdict(set)
        for key, fam in self.families.items():
            for name in fam.name_lows if a_person(fam.newest) else ():
                if len(name) != MIN_CLIP or not name.isalpha():
                    continue
                swapped = {name[:i] + name[i + 1] + name[i] + name[i + 2:] for i in range(len(name) - 1)}
                doubled = {name[:i] + name[i] + name[i:] for i in range(len(name))}
                for slip in (swapped | doubled) - {name}:
                    slips[slip].add(key)
        return dict(slips)

    def _short_name_slip(self, tok: Token) -> Match:
        """A word no card has that is a slip of exactly one person's short name
        (_short_name_slips), no function or kinship word and no everyday English word (WordNet
        has it, if at all, only capitalised: an initialism, a place). Where a name stands is
        clipped_given_name's, as for a clipped name."""
        low = tok.low
        found = self.short_name_slips.get(low, set())
        if len(found) != 1 or low in STOPWORDS or low in self.names or verb_form(low) or \
                _everyday_word(low) or rel_of(low, pointed=True):
            return NO_MATCH
        key = next(iter(found))
        return Match({key: STRENGTH[Field.NAME] * CLIPPED_NAME}, MatchKind.CLIPPED_NAME, {key})

    def _full_form_of(self, low: str) -> set[str]:
        """The other way round: a longer word with a person's short name (FULL_FORM_MIN_NAME
        letters or more) as its start or end is the full name the short one is cut from
        ("Nkechinyere" for Nkechi, "Oluwaseun" for Seun, "Christopher" for Chris), and so is
        one agreeing with all of it but its last letter ("Bukola" for Buki: the clipped form
        changes the vowel). Every family such a name of is found (two: no reading)."""
        found: set[str] = set()
        for name in _cut_from(low):
            found.update(self.persons_by_name.get(name, ()))
        return found

    def _persons_by_name(self) -> tuple[dict[str, set[str]], NearSpellings]:
        """Person name word -> its families, and those words by their spellings one deletion
        off (spellings.py): the clipped and full forms of a request word are then found by
        look-ups, not by comparing the word with every person's name (tens of thousands at
        100,000 cards, for every unknown word of every request). People only: an animal's name
        is clipped (pet_name_clipped_too), its slips are a misspelling's (_fuzzy)."""
        by_name: dict[str, set[str]] = defaultdict(set)
        for name, key in self.person_names:
            if a_person(self.families[key].newest):
                by_name[name].add(key)
        return dict(by_name), NearSpellings(by_name, 1)

    def _clipped(self, tok: Token) -> Match:
        """A word no card has that is a pet form of a subject's kind word (clipping.py)."""
        if self.kind_words is None or tok.low in self.names:
            return NO_MATCH
        found = self.kind_words.match(tok.low)
        return Match({k: CLIPPED for k in sorted(found)}, MatchKind.CLIPPED, set()) if found \
            else NO_MATCH

    def _common_tags(self) -> frozenset[str]:
        counts: dict[str, int] = defaultdict(int)
        for fam in self.families.values():
            for tag in {t.lower() for c in fam.cards for t in c.tags}:
                counts[tag] += 1
        least = max(COMMON_TAG_MIN, COMMON_TAG_SHARE * self.n_families)
        return frozenset(t for t, n in counts.items() if n >= least)

    def _compounds(self) -> dict[str, dict[str, float]]:
        """A naming card word made of two English words ("sailboat") is found by its tail."""
        english = english_words()
        out: dict[str, dict[str, float]] = defaultdict(dict)
        for term, fams in self.postings.items():
            if not term.isalpha() or len(term) < SPLIT_MIN_LEN or term in self.lexical_only:
                continue
            for k in range(SPLIT_MIN_PART, len(term) - SPLIT_MIN_PART + 1):
                head, tail = term[:k], term[k:]
                if head in english and tail in english and len(tail) >= SPLIT_MIN_PART and \
                        self._parts_are_words(head, tail):
                    for fam_key, strength in fams.items():
                        if strength >= STRONG:
                            out[stem(tail)][fam_key] = max(out[stem(tail)].get(fam_key, 0),
                                                           COMPOUND * strength)
        return out

    def _parts_are_words(self, head: str, tail: str) -> bool:
        """Rule compound_parts_are_english_words: a closed compound is made of two words English
        has (WordNet: a noun, verb, adjective or adverb), not of any two strings a word list
        holds: a "sailboat" is sail + boat, but a caravan is no "cara" + van, a textile no "tex" +
        tile, a device no "dev" + ice: those are words of their own, and their end names nothing."""
        lx = lexicon()
        if PARTS_ARE_WORDS in self.disabled or lx is None:
            return True
        return lx.has_word(head) and lx.has_word(tail)

    def over_families(self, name: str, read):
        """What `read(families)` says of every family of the catalog, read on first use and
        kept on the index under `name` with the families it was read from. Why: a rule that
        would ask each of thousands of families the same question about a word asks this once
        per catalog instead. Every shallow copy of the index shares the memory: a request view
        (narrow.request_view, the same families) finds what the first request read; a view with
        other families (learned.with_names) reads its own, which the next view reads again."""
        kept = self._over_families.get(name)
        if kept is None or kept[0] is not self.families:
            kept = self._over_families[name] = (self.families, read(self.families.values()))
        return kept[1]

    def is_name_of(self, fam_key: str, tok: Token) -> bool:
        fam = self.families[fam_key]
        return tok.low in fam.name_lows or (tok.capitalized and tok.stem in fam.name_stems)

    def lookup(self, tok: Token) -> Match:
        """Families a request word points to. A name is matched as written or misspelt, never
        through an inflection of an ordinary word."""
        for key in (tok.stem, tok.low):
            if key in self.postings:
                found = dict(self.postings[key])
                if not verb_form(tok.low):
                    for fam_key, strength in self.compounds.get(tok.stem, {}).items():
                        found[fam_key] = max(found.get(fam_key, 0), strength)
                owners = self.name_owners.get(tok.low, set())
                if tok.capitalized:
                    owners = owners | self.name_stem_owners.get(tok.stem, set())
                named = {k for k in owners if k in found}  # = is_name_of(k, tok), k in found
                return Match(found, MatchKind.EXACT, named)
        joined = self.closed_names.get(tok.low)
        if joined:  # name_typed_without_its_space: "<Given><Given>" for "<Given> <Given>"
            return Match({k: STRENGTH[Field.NAME] for k in joined}, MatchKind.EXACT, set(joined))
        if tok.stem in self.compounds and not verb_form(tok.low):
            return Match(dict(self.compounds[tok.stem]), MatchKind.COMPOUND, set())
        closed = self._closed_compound(tok)
        if closed.strengths:
            return closed
        clipped = self._clipped(tok)
        if clipped.strengths:
            return clipped
        clipped = self._clipped_name(tok)
        if clipped.strengths:
            return clipped
        slip = self._short_name_slip(tok)
        if slip.strengths:
            return slip
        form = self._name_form(tok)
        if form.strengths:
            return form
        if self._may_be_misspelt(tok):
            return self._fuzzy(tok)
        return NO_MATCH

    def _closed_compound(self, tok: Token) -> Match:
        """A request word made of two English words ("sailboat") reaches the families that know
        both: its head (the second word) as a naming word and its modifier as any word (a sloop
        tagged "boat" and "sailing"). A family that knows only the head is another kind of that
        thing (a "motorbike" is no bicycle)."""
        low, english = tok.low, english_words()
        if not low.isalpha() or len(low) < SPLIT_MIN_LEN or low in english or verb_form(low):
            return NO_MATCH
        found: dict[str, float] = {}
        for k in range(SPLIT_MIN_PART, len(low) - SPLIT_MIN_PART + 1):
            head, tail = low[:k], low[k:]
            if head not in english or tail not in english:
                continue
            for fam_key, strength in self.postings.get(stem(tail), {}).items():
                if strength >= STRONG and self.families[fam_key].knows(stem(head)):
                    found[fam_key] = max(found.get(fam_key, 0.0), COMPOUND * strength)
        return Match(found, MatchKind.COMPOUND, set()) if found else NO_MATCH

    @staticmethod
    def _may_be_misspelt(tok: Token) -> bool:
        """An unknown word, not an inflected English word; a capitalised word may be a name
        even when it is also an English word."""
        english = english_words()
        inflected = (tok.stem != tok.low and tok.stem in english) or verb_form(tok.low)
        return (tok.low.isalpha() and len(tok.low) >= MIN_STEM_FOR_FUZZY
                and tok.low not in STOPWORDS and not inflected
                and (tok.low not in english or tok.capitalized))

    def _fuzzy(self, tok: Token) -> Match:
        """The closest spellings among naming card words (only the closest distance counts)."""
        best: dict[str, float] = {}
        named: set[str] = set()
        closest = FUZZY_MAX_EDITS + 1
        english = tok.low in english_words()
        # the vocabulary's order (sorted) among the terms near enough to be within the limit
        for term in sorted(self.spellings.near(tok.low) | self.spellings.near(tok.stem)):
            if abs(len(term) - len(tok.low)) > FUZZY_MAX_EDITS:
                continue
            limit = FUZZY_MAX_EDITS if len(tok.low) >= 5 else 1
            if term[0] != tok.low[0]:
                limit = 1
            dist = min(edit_distance(tok.low, term, limit), edit_distance(tok.stem, term, limit))
            if dist > limit or dist > closest:
                continue
            if dist < closest:
                best, named, closest = {}, set(), dist
            for fam_key, strength in self.postings[term].items():
                fam = self.families[fam_key]
                if english and term not in fam.name_lows:
                    continue
                if strength >= STRONG:
                    best[fam_key] = max(best.get(fam_key, 0), FUZZY * strength)
                    if term in fam.name_lows or term in fam.name_stems:
                        named.add(fam_key)
        return Match(best, MatchKind.FUZZY, named) if best else NO_MATCH

    @property
    def spellings(self) -> NearSpellings:
        """The misspelling vocabulary by its spellings up to FUZZY_MAX_EDITS deletions off
        (spellings.py), built from `fuzzy_vocab` on first use: `_fuzzy` measures a word's distance
        only to the terms found there, a superset of those within its limit, instead of to every
        term (tens of thousands at 100,000 cards); the Narrower finds a request's near terms in it.
        A request view that narrows `fuzzy_vocab` builds its own (narrow.request_view)."""
        if self._spellings is None:
            self._spellings = NearSpellings(self.fuzzy_vocab, FUZZY_MAX_EDITS)
        return self._spellings

    def family_knows(self, fam_key: str, tok: Token) -> bool:
        """Is `tok` a word this family could be described with (no evidence needed)?"""
        fam = self.families[fam_key]
        if fam.knows(tok.stem) or fam.knows(tok.low) or tok.low in fam.related:
            return True
        if (tok.text[:1].isupper() or len(tok.low) >= LONG_NAME) and \
                fam_key in self.lookup(tok).named:
            return True  # the misspelt rest of the family's own name (a long word is rarely
            # an ordinary one a letter or two from a name, whatever its case)
        if "-" in tok.low:
            return any(fam.knows(stem(p)) for p in tok.low.split("-") if len(p) > 1)
        return fam_key in self.compounds.get(tok.stem, {})
