"""Rule `one_of_names_a_set` (rules.ONE_OF_A_SET): "one of the <Ns>" asks for a member of a
set the user has, without saying which.

A partitive ("one of our <Ns>", "either of my <Ns>", "any of the <N> loras", "whichever <N>",
"a random one of my <Ns>", "one of the shop's <Ns>") presupposes a definite set of several things
of that kind, which the determiner says are the user's: the user wants one of them and leaves
the choice open. A phrase that calls the thing a LoRA by its kind only ("the <N> lora") points at
the user's LoRAs of that kind the same way. The set is every family that says it is an N:

- by its class noun or a one-word tag (what the thing IS, not a word its description mentions in
  passing);
- or by English: a class noun or one-word tag that WordNet files under N ("any of our creatures":
  the dog, the cat, the hen; `generic_set_by_hypernym`); for a kind of LoRA also the other way
  round, a narrower word for the LoRA's kind ("any of my haircut loras": the hairstyle LoRAs);
- a LoRA's kind is a style's or concept's (a checkpoint word after the noun), where there are
  such families of that kind;
- "ones" stands for the noun the modifiers describe ("one of the imported ones");
- narrowed by every modifier the phrase gives that at least two of them know ("one of the old
  clothing loras" keeps all clothing LoRAs; "one of the white cats" keeps the white ones); one
  that fewer know would deny the set the phrase presupposes, so it only describes.

One family left: the set says nothing the reasoner did not; several: a question across exactly
them, not "none" (a plural read as things in general) and not a select of something else. A
kinship noun ("any of the kiddos") is left to relations.py, which knows whose relatives the cards
state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from personalq.checkin.features import CatalogIndex, Family
from personalq.checkin.kinship import rel_of
from personalq.checkin.lexicon import lexicon
from personalq.checkin.rules import person_noun
from personalq.checkin.ages import YOUNG_PERSON_WORDS, YOUNG_WORDS
from personalq.checkin.text import (CHECKPOINT_WORDS, CUE_WORDS, STOPWORDS, Token, plural, tokenize,
                                    verb_form)
from personalq.checkin.tuning import (PARTITIVE_HEAD_SENSES, PARTITIVE_HYPERNYM_DEPTH,
                                      PARTITIVE_HYPERNYM_MAX, PARTITIVE_NARROWER_DEPTH)

# A quantifier ("each", "either", "any old one", "whichever"), "of", and a definite or
# possessive determiner ("these", "my", "the bakery's", "Rolf's").
_PARTITIVE_RE = re.compile(
    r"\b(?:(?:a\s+random|any|just|some)\s+)?(?:one|either|any|each|which|which-?ever|some|neither)"
    r"\s+of\s+(?:(?:the|my|our|your|his|her|their|these|those)\s+)?(?:[\w-]+(?:'s|s'|\u2019s)\s+)?",
    re.I)
# "either <N>", "whichever <N>": a determiner that presupposes a known set without "of".
_CHOICE_RE = re.compile(r"\b(?:either|which-?ever)\s+(?!of\b)", re.I)
# "the <N> lora", "a <N> lora": a kind of the user's LoRAs.
_KIND_LORA_RE = re.compile(r"\b(?:the|a|an|my|our|one|any)\s+(?=(?:[\w-]+\s+){1,3}(?:"
                           + "|".join(sorted(CHECKPOINT_WORDS)) + r")\b)", re.I)
_DETERMINER = re.compile(r"(?:the|my|our|your|his|her|their|these|those)$", re.I)
MAX_PHRASE = 4  # words of the noun phrase after the determiner that are read
PRO_FORMS = frozenset("one ones".split())  # "the imported ones": the noun is the modifiers'
LORA_KINDS = ("style", "concept")
SET_MIN = 2  # a partitive presupposes a set of at least two


# Nouns for "whatever thing": a set of them is said by what follows ("the items we stock").
GENERAL_HEADS = frozenset({"thing", "stuff", "item", "product", "good"})
# What the object of a verb of making, selling or using is, in English's own words: "the goods
# we stock" are products, "the ones I ride" vehicles (rule set_said_by_what_we_do_with_it).
OBJECT_KINDS = {
    "sell": ("product", "merchandise", "commodity"), "make": ("product",),
    "stock": ("product", "merchandise"), "produce": ("product",),
    "bake": ("baked goods", "bread", "cake", "pastry"), "cook": ("dish", "food"),
    "brew": ("beverage",), "grow": ("plant", "vegetable", "fruit", "flower"),
    "drive": ("vehicle",), "ride": ("vehicle",), "wear": ("clothing", "garment"),
    "sew": ("clothing", "garment"), "knit": ("clothing", "garment"),
    "play": ("musical instrument", "game"),
}
_CLAUSE_SUBJECTS = frozenset({"we", "i", "you", "they"})


def one_lora_named(request: str, phrase: "SetPhrase") -> bool:
    """Rule name_modifier_names_the_member: the phrase is a singular "the <N> lora" (its
    checkpoint word right after the head, not plural) and no partitive or choice word ("one of",
    "either") presupposes a set."""
    toks = tokenize(request)
    after = [t for t in toks if t.start > phrase.head.start][:1]
    return phrase.loras and bool(after) and after[0].low in CHECKPOINT_WORDS and \
        not plural(after[0]) and not _PARTITIVE_RE.search(request) and \
        not _CHOICE_RE.search(request)


@dataclass(frozen=True)
class SetPhrase:
    """A noun phrase naming a set of the user's things: its head noun, the describing words
    before it, whether a checkpoint word says the things are LoRAs, and the verb of a relative
    clause right after it ("the items we stock": stock)."""

    head: Token
    modifiers: tuple[Token, ...]
    loras: bool
    verb: str = ""


def _clause_verb(tokens: list[Token], head: Token) -> str:
    """The verb of "(that/which) we/I/you/they <verb>" right after the head, as OBJECT_KINDS
    knows it ("sold" -> "sell"), or ""."""
    after = [t for t in tokens if t.start > head.start][:3]
    if after and after[0].low in ("that", "which"):
        after = after[1:]
    if len(after) < 2 or after[0].low not in _CLAUSE_SUBJECTS:
        return ""
    word, lex = after[1].low, lexicon()
    lemma = lex.past_verb_lemma(word) if lex is not None else None
    for form in (word, lemma, word[:-1] if word.endswith("s") else None):
        if form in OBJECT_KINDS:
            return form
    return ""


def _phrase_after(request: str, tokens: list[Token], at: int) -> list[Token]:
    """The noun phrase starting at character `at`: it ends at punctuation, a function word or a
    verb form after its first word (a participle before the noun modifies it: "the painted
    mugs")."""
    phrase: list[Token] = []
    for tok in tokens:
        if tok.start < at:
            continue
        gap = request[phrase[-1].end:tok.start] if phrase else ""
        if (len(phrase) >= MAX_PHRASE or (tok.low in STOPWORDS and tok.low not in PRO_FORMS)
                or re.search(r"[^\s-]", gap) or (phrase and verb_form(tok.low))):
            break
        phrase.append(tok)
    return phrase


def set_phrases(request: str) -> list[SetPhrase]:
    """Each partitive's or kind-of-LoRA phrase ("one of the old clothing loras" -> head
    clothing, modifier old, LoRAs): a trailing checkpoint word says what the things are, the
    noun before it which ones."""
    tokens = tokenize(request)
    starts = [m.end() for m in _PARTITIVE_RE.finditer(request)]
    starts += [m.end() for m in _CHOICE_RE.finditer(request)]
    starts += [m.end() for m in _KIND_LORA_RE.finditer(request)]
    out, seen = [], set()
    for at in sorted(set(starts)):
        phrase = _phrase_after(request, tokens, at)
        general = next((t for t in tokens if t.start >= at), None)
        if not phrase and general is not None and general.stem in GENERAL_HEADS \
                and _clause_verb(tokens, general):
            phrase = [general]  # "the stuff we stock": a stop word headed by its clause
        loras = False
        while phrase and phrase[-1].low in CHECKPOINT_WORDS:
            phrase.pop()
            loras = True
        if phrase and phrase[-1].start not in seen:
            seen.add(phrase[-1].start)
            verb = _clause_verb(tokens, phrase[-1]) if not loras else ""
            out.append(SetPhrase(phrase[-1], tuple(phrase[:-1]), loras, verb))
    return out


# Rule counted_set_is_all_of_them: "the two <Ns>", "our three <Ns>", "both (of) (the/our) <Ns>".
COUNT_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten"
                                           .split())}
_COUNTED_RE = re.compile(
    r"\b(?:(?:the|my|our|your|his|her|their|these|those)\s+(" + "|".join(COUNT_WORDS) +
    r"|\d)|(both)(?:\s+of)?(?:\s+(?:the|my|our|your|his|her|their|these|those))?)\s+", re.I)


def counted_phrases(request: str) -> list[tuple[int, SetPhrase]]:
    """Rule counted_set_is_all_of_them: each "<determiner> <count> <plural noun>" ("the two
    <Ns>", "both our <Ns>") with its count; the noun must be plural."""
    tokens = tokenize(request)
    out = []
    for m in _COUNTED_RE.finditer(request):
        count = 2 if m.group(2) else COUNT_WORDS.get(m.group(1).lower(), None)
        if count is None:
            count = int(m.group(1))
        phrase = _phrase_after(request, tokens, m.end())
        if count >= SET_MIN and phrase and phrase[-1].low != phrase[-1].stem and \
                phrase[-1].low.endswith("s"):
            out.append((count, SetPhrase(phrase[-1], tuple(phrase[:-1]), False)))
    return out


def set_heads(request: str) -> list[Token]:
    """The head noun of each set phrase (see set_phrases)."""
    return [p.head for p in set_phrases(request)]


def kinship_head(phrase: SetPhrase) -> bool:
    """A set of relatives ("any of the kiddos"): relations.py answers it from the cards' stated
    relations, whose relatives they are included."""
    return rel_of(phrase.head.low) is not None


def members(index: CatalogIndex, phrase: SetPhrase | Token, allowed: set[str] | None = None,
            hypernyms: bool = True, persons: bool = True, verb_objects: bool = True) -> list[str]:
    """The families the set phrase denotes (module docstring), catalog order. verb_objects:
    rule set_said_by_what_we_do_with_it."""
    if isinstance(phrase, Token):
        phrase = SetPhrase(phrase, (), False)
    head = phrase.head
    pool = [k for k in index.families if allowed is None or k in allowed]
    pro_form = head.low in PRO_FORMS
    if not pro_form and persons and _plain_person_head(index, head, pool, phrase.loras):
        pool = [k for k in pool if _is_person(index.families[k])]
        pro_form = True  # "the <modifier> guys": the <modifier> ones
    if pro_form:
        found = pool if phrase.modifiers else []
    elif phrase.verb and head.stem in GENERAL_HEADS and verb_objects:
        found = [k for k in pool if _object_of(index.families[k], OBJECT_KINDS[phrase.verb])]
    else:
        named = {k for k in pool if _named(index.families[k], head)}
        filed: set[str] = set()
        if hypernyms:
            filed = {k for k in pool if k not in named and
                     _filed_under(index.families[k], head.low, phrase.loras)}
            if len(filed) > PARTITIVE_HYPERNYM_MAX:
                filed = set()  # a word over so many kinds (a "thing") picks out no set
        found = [k for k in pool if k in named or k in filed]
    if phrase.loras:
        loras = [k for k in found if index.families[k].kind in LORA_KINDS]
        found = loras or found
    for mod in phrase.modifiers:
        if mod.low in CUE_WORDS or mod.low in STOPWORDS:
            continue  # "the old ... loras": a version, not which family
        knowing = [k for k in found if index.family_knows(k, mod)]
        if len(knowing) >= SET_MIN:
            found = knowing  # fewer would deny the set the phrase presupposes: the cards
            # do not all say it ("my downloaded heroes" where one card says Civitai)
    if pro_form and len(found) == len(pool):
        return []  # the modifiers described nothing
    return found


def _object_of(fam: Family, kinds: tuple[str, ...]) -> bool:
    """rule set_said_by_what_we_do_with_it: a thing of the user's (a subject family, no
    person) that says it is of one of the kinds, by a kind word or a class noun WordNet files
    under one (LoRAs of a style or a garment are no things the user has)."""
    if fam.kind != "subject" or _is_person(fam):
        return False
    words = _kind_words(fam)
    return any(w in kinds for w in words) or any(_is_a(fam.class_head, k) for k in kinds)


def _plain_person_head(index: CatalogIndex, head: Token, pool: list[str], loras: bool) -> bool:
    """rule plain_person_noun_is_a_pro_form: a plain noun for a person ("guys", "blokes",
    "ladies") that no family calls itself and English files none under stands, like "ones",
    for the people its modifiers describe ("one of the sailor guys": the sailor ones). A
    kinship word is left to relations.py."""
    if loras or not _plain_person_noun(head):
        return False
    return not any(_named(index.families[k], head) or
                   _filed_under(index.families[k], head.low, False) for k in pool)


def _plain_person_noun(head: Token) -> bool:
    """A noun for a person that is no kinship word (relations.py reads those)."""
    return person_noun(head.low) and rel_of(head.low) is None


def _plain_person_head_in_catalog(index: CatalogIndex, head: Token) -> bool:
    """_plain_person_head with every family of the catalog as the pool, read from the words
    all of them say they are (_catalog_kind_words): the same answer as asking each family, but
    a request no longer walks 100,000 families for each plain person noun it types ("party")."""
    if not _plain_person_noun(head):
        return False
    stems, words = _catalog_kind_words(index)
    return head.stem not in stems and not any(_is_a(w, head.low) for w in words)


def _catalog_kind_words(index: CatalogIndex) -> tuple[frozenset[str], frozenset[str]]:
    """(every stem a family calls itself by: _named's words; every word of a family's
    _kind_words), over the whole catalog (CatalogIndex.over_families)."""
    return index.over_families("partitive_kind_words", lambda fams: (
        frozenset().union(*(f.naming_words | f.class_words for f in fams)),
        frozenset(w for f in fams for w in _kind_words(f))))


def _is_person(fam: Family) -> bool:
    """A subject family that is a person (or a character standing for one) by its class noun."""
    head = fam.class_head
    return fam.kind == "subject" and (person_noun(head) or rel_of(head) is not None)


def _named(fam: Family, head: Token) -> bool:
    """The family calls itself a <head>: by class noun or one-word tag."""
    return head.stem in fam.naming_words or head.stem in fam.class_words


def _kind_words(fam: Family) -> list[str]:
    """What a family says it is, as English words: its class noun (whole and its head) and its
    one-word tags."""
    card = fam.newest
    words = [card.class_noun.lower(), fam.class_head]
    words += [t.lower() for t in card.tags if " " not in t.strip()]
    return [w for w in dict.fromkeys(words) if w]


def _filed_under(fam: Family, head: str, loras: bool) -> bool:
    """rule generic_set_by_hypernym: English files one of the family's kind words under the
    head ("hen" under "animal"); for a kind of LoRA also the head under a kind word (a
    "haircut" is a hairstyle)."""
    words = _kind_words(fam)
    if any(_is_a(w, head) for w in words):
        return True
    return loras and any(_is_a(head, w, PARTITIVE_HEAD_SENSES, PARTITIVE_NARROWER_DEPTH)
                         for w in words)


@lru_cache(maxsize=65536)
def _is_a(word: str, kind: str, senses: int = 1, depth: int = PARTITIVE_HYPERNYM_DEPTH) -> bool:
    """Is one of the word's `senses` most frequent noun senses a kind of `kind`, at most
    `depth` links up, in WordNet? A card's word is read in its first sense; the user's word for a
    kind of LoRA in any of its first few ("getup": a set of clothing, after other senses), but
    only close under the card's word (a haircut is a hairstyle; an act of cutting is no pose)."""
    lx = lexicon()
    if lx is None or word == kind or not lx.senses(kind):
        return False
    return lx.is_a(word.replace(" ", "_"), kind, depth=depth, senses=senses)


_PHRASE_DETERMINERS = frozenset("the a an that this my our".split())


def person_pro_form_phrase(index: CatalogIndex, request: str) -> str | None:
    """rule plain_person_noun_is_a_pro_form outside a set phrase: "the <modifiers> <plain person
    noun>" ("that clockwork owl guy") is "the <modifiers> one": the text of the phrase without
    its head, to be read alone, or None where the request has no such phrase."""
    span = _pro_form_span(index, request)
    return request[span[0].start:span[1].end] if span else None


_POINTING_DETERMINERS = frozenset("the that this my our".split())


def pointed_pro_form_request(index: CatalogIndex, request: str) -> str | None:
    """rule described_person_is_pointed_at: in "the <modifiers> <plain person noun> <what they
    wear or hold>" the determiner points at someone the listener knows, and the plain noun ("fella",
    "bloke", "lass", singular) says only that it is a person: the request with the head as "one" ("the
    <modifiers> one in the <thing>"), its describing phrases kept, to be read alone; None where
    no such phrase opens with a pointing determiner."""
    span = _pro_form_span(index, request)
    if span is None or span[0].low not in _POINTING_DETERMINERS or plural(span[2]):
        return None  # a plural ("either of the <modifier> guys") is the set phrase's
    return request[:span[2].start] + "one" + request[span[2].end:]


def _pro_form_span(index: CatalogIndex, request: str) -> tuple[Token, Token, Token] | None:
    """The determiner, the last modifier and the plain person noun of "the <modifiers> <plain
    person noun>"."""
    toks = tokenize(request)
    for i, tok in enumerate(toks):
        if i < 2 or not _plain_person_head_in_catalog(index, tok):
            continue
        if tok.low in YOUNG_PERSON_WORDS and toks[i - 1].low in YOUNG_WORDS:
            continue  # "our young laddie": the owner's son (young_lad_is_the_child_of_that_gender)
        j = i - 1
        while j >= 0 and toks[j].low not in STOPWORDS and i - j <= MAX_PHRASE and \
                not re.search(r"[^\s-]", request[toks[j].end:toks[j + 1].start]):
            j -= 1
        mods = toks[j + 1:i]
        if j >= 0 and mods and toks[j].low in _PHRASE_DETERMINERS and not any(
                m.possessive or person_noun(m.low) or rel_of(m.low) is not None for m in mods):
            return toks[j], toks[i - 1], tok  # "my cousin <name>": no pro-form
    return None
