"""Kinship words: the one parser every module asks what relation a word names.

A kinship word names a relation (`Rel`): a kind (parent, child, sibling, spouse, grandparent,
...), often the relative's gender, and maybe a step-, in-law or great- form or a side of the
family ("nani": the mother's mother). English makes the compound forms by composition
("stepdad", "great-grandma", "sister-in-law", "half-brother" is a brother), so `rel_of` reads a
word as prefixes + base + suffix against one lexicon: the English words (informal ones too) and
tables of the words other languages use for their people, which families keep using in
English ("oma", "yiayia", "mãe", "lola"; kinwords.py). The labels other modules compare ("step+father") and
the synonyms a card's stated relation answers to ("my father" on a card: "dad", "papa", "vati")
are derived from the Rel, never kept as a second list.

Coverage (the rule for what the lexicon holds, so that a word is added because it is in scope,
not because one request used it):
- English: the standard kinship terms of every relation kind below (and their compositions:
  step-, half-, great-, -in-law, and grand- before any parent or child word: "grandbairns"),
  and the informal and regional words of the major varieties of English for them — US (incl.
  Southern and African American usage: "meemaw", "pawpaw", "big mama", "cuz", "unc"), British
  and Irish ("mam", "nan"; "our kid" is left out: a child in most of the world), Scottish
  ("mither", "faither", "bairn", "wean" after "my", "granda"), Australian/New Zealand ("the
  olds", "cuzzie"), South African English (Afrikaans "boet", "ouma" via the table), Indian
  English ("cousin brother"; "co-brother" is left out: no single relation), Caribbean
  ("tanty") and chat forms ("bf", "gf", "hubs"). Two-word idioms after "my"/"our" ("old man",
  "better half", "old dear") are in KIN_IDIOMS; words that are kinship only after "my"/"our"
  ("boy", "man", "mister") in KIN_POINTED; a child by birth order ("eldest", "youngest",
  "firstborn", "lastborn") in BIRTH_ORDER.
- Other languages: the close family — father, mother, grandfather, grandmother, brother,
  sister, son, daughter, uncle, aunt (the ten columns of KIN_BORROWED) — in the ~40 most spoken
  languages (Ethnologue's list by total speakers: Mandarin, Hindi/Urdu, Spanish, French,
  Arabic, Bengali, Portuguese, Russian, Indonesian/Malay, German, Japanese, Marathi, Telugu,
  Turkish, Tamil, Cantonese, Vietnamese, Tagalog, Korean, Persian, Hausa, Swahili, Javanese,
  Italian, Punjabi, Kannada, Gujarati, Thai, Amharic, Yoruba, Igbo, Malayalam, Polish,
  Ukrainian, Romanian, Dutch) and in the languages of large communities that keep their
  family words in English (Greek, Hebrew, Yiddish, Swedish, Welsh, Afrikaans, Zulu, Xhosa,
  Sotho/Tswana, Maori), in their usual Latin spelling (a language written in another script:
  its common romanisation; several: "a/b"). For every one of those languages, also the
  family by marriage and by rite and the children by birth order, where the language has a
  single word: husband, wife (or one word for a spouse: Tagalog "asawa"), child,
  father-/mother-in-law (or one word: "biyenan"), brother-/sister-in-law (with the line
  where the word says it: Hindi "devar" is the husband's brother, "bhabhi" the brother's
  wife), godfather, godmother, and the eldest and youngest child ("panganay", "bunso"; the
  eleven columns of KIN_BORROWED_MORE). Birth order is no relation: it is compared as the
  order itself, as a card's "our youngest" is (birth_order).
- Every other relation, language by language (KIN_WORDS, keyed by the English name of the
  relation): cousins, nieces and nephews, grandchildren, children-in-law, step-relations,
  godchildren, partners, babies, grandparents and parents' siblings by side ("anneanne",
  "noi"), siblings by seniority ("kuya", "abla", "egbon", "em": `Rel.elder`, compared where
  both sides say it, as a card's "Rui, my elder brother" does) and the middle child, in ~50
  languages and regional Englishes; two-word words ("ba xa", "con trai") are read typed open
  (idiom). The tables live in kinwords.py, each entry under its language.
- Affixes of other languages (`_affixed`, for a word no table holds as typed): an honorific
  after the word ("dadi-ji", "halmeoni-nim", "amma garu"; KIN_HONORIFICS_AFTER), read in the
  honorific's language; a first-person possessive ending ("dayım", "madaram";
  KIN_POSSESSIVE_ENDINGS), read only in the ending's language; a great- prefix ("bisabuela",
  "prababcia"; KIN_GREAT_PREFIXES) before a grandparent or grandchild word.
- Guards: a borrowed word of two letters, or one that is also an everyday English word or a
  given name (the MiniLM vocabulary: "ate", "lola", "baba", "tito"), and a KIN_WORDS word of
  three letters, is a guarded word (guarded_lexicon): kinship only in a kin position (rel_of's
  pointed; relations.kin_position: right after "my"/"our"/a possessive, or as a possessor),
  never as an ordinary word of the sentence. A word already English or two languages use for
  different relations keeps the first reading (Hindi "dada" a grandfather, Bengali a brother;
  "mama" a mother, not an uncle; Yiddish "mume" an aunt, not Swahili's husband); a guarded
  word two languages use for one relation names it of either gender ("ba": a parent), unless
  the family's cards show its language (home_languages, home_reading: a Vietnamese family's
  "ba" is the father). A word typed with accents the tables hold without is found too. A
  catalog name always wins over a kinship reading (relations.py: a pet called Nana is Nana).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache

from personalq.checkin.kinwords import (KIN_BORROWED, KIN_BORROWED_MORE, KIN_CO_IN_LAWS,
                                        KIN_FIANCES,
                                        KIN_GREAT_PREFIXES, KIN_GUARDED,
                                        KIN_HONORIFICS_AFTER, KIN_LINE,
                                        KIN_POSSESSIVE_ENDINGS,
                                        KIN_LINKERS, KIN_POSSESSIVE_AFTER,
                                        KIN_SIDE, KIN_WORDS)
from personalq.checkin.lexicon import lexicon as wordnet
from personalq.embed import vocabulary_words


@dataclass(frozen=True)
class Rel:
    """One relation: its kind, the relative's gender ("m", "f", "": either) and its forms."""

    kind: str
    gender: str = ""
    step: bool = False
    in_law: bool = False
    great: int = 0
    side: str = ""  # "maternal" / "paternal" / "" (not said)
    line: str = ""  # a sibling-in-law: "spouse" (the spouse's sibling), "blood" (the sibling's
    # spouse) or "" (not said): English has one word for both
    elder: str = ""  # a sibling: "elder" / "younger" (Tagalog "kuya", "my little sister") or ""


# Rule kin_word_read_the_other_way: a word the table gives one relation that another variety of
# English uses for another (Australian and British "pop" is a grandfather), read that way where
# the first reading finds nobody.
SECOND_READINGS: dict[str, Rel] = {"pop": Rel("grandparent", "m")}

# English kinship words, informal and family forms included. Kind -> gender -> words; the first
# word of an entry is the relation's label.
KIN_KINDS: dict[str, dict[str, str]] = {
    "parent": {"m": "father dad daddy papa pa pops pop da dadda pappa abba vati papi faither "
                    "pappy",
               "f": "mother mom mum mommy mummy mama mamma momma ma mam mammy amma ammi mutti "
                    "maman mami mither mommie",
               "": "parent"},
    "child": {"m": "son", "f": "daughter", "": "child kiddo bairn"},
    "sibling": {"m": "brother bro bruv bredda", "f": "sister sis", "": "sibling"},
    "twin": {"": "twin"},
    "spouse": {"m": "husband hubby hubs", "f": "wife missus missis wifey",
               "": "spouse partner"},
    "partner": {"m": "boyfriend fiance fiancé bf", "f": "girlfriend fiancee fiancée gf", "": ""},
    "grandparent": {"m": "grandfather grandpa gramps granddad grandad grampa grandpop granpa "
                         "poppa pawpaw papaw granda grandda granddaddy grandpappy grampy "
                         "pop-pop poppop",
                    "f": "grandmother grandma granny gran nana nan nanna grammy gramma grandmom "
                         "grandmum meemaw mamaw memaw mawmaw grandmama grandmommy gammy",
                    "": "grandparent"},
    "grandchild": {"m": "grandson", "f": "granddaughter",
                   "": "grandchild grandkid grandbaby"},
    "pibling": {"m": "uncle unc", "f": "aunt auntie aunty tanty tantie", "": ""},
    "nibling": {"m": "nephew", "f": "niece", "": ""},
    "cousin": {"": "cousin cuz cuzzie cuzzy"},
    "godparent": {"m": "godfather", "f": "godmother", "": "godparent"},
    "godchild": {"m": "godson", "f": "goddaughter", "": "godchild"},
    # not kin, but named the same way ("my bff", "Tess, my best friend"): a relation to the owner
    "friend": {"": "friend bff bestie bestfriend"},
    # not kin either: a role at someone's wedding, said of the couple ("Ravi's groomsman")
    "attendant": {"m": "groomsman", "f": "bridesmaid", "": ""},
}

_COLUMNS = (("parent", "m"), ("parent", "f"), ("grandparent", "m"), ("grandparent", "f"),
            ("sibling", "m"), ("sibling", "f"), ("child", "m"), ("child", "f"),
            ("pibling", "m"), ("pibling", "f"))
# Words that are kinship only after "my"/"our" (or in a chain: "my cousin's boy"): "a boy on a
# bike" is anyone, "my boy" a son; "my man" is a partner, "a man" anyone.
KIN_POINTED: dict[str, tuple[str, str]] = {
    "boy": ("child", "m"), "lad": ("child", "m"), "girl": ("child", "f"),
    "lass": ("child", "f"), "kid": ("child", ""), "kiddo": ("child", ""),
    "man": ("spouse", "m"), "woman": ("spouse", "f"), "mister": ("spouse", "m"),
    "boo": ("partner", ""),
    "bae": ("partner", ""), "wean": ("child", "")}
# Irregular plurals and words that only exist as plurals ("my folks" are my parents).
KIN_PLURALS = {"groomsmen": "groomsman", "children": "child", "folks": "parent", "kids": "kid", "in-laws": "in-law",
               "olds": "parent", "oldies": "parent"}
# Two-word kinship idioms after "my"/"our": "old man" is the father, "better half" the spouse
# ("old lady" is left out: a mother or a wife, as often one as the other).
KIN_IDIOMS = {("old", "man"): "father", ("better", "half"): "spouse",
              ("other", "half"): "spouse", ("old", "dear"): "mother",
              ("old", "fella"): "father", ("auld", "fella"): "father",
              ("oul", "fella"): "father", ("big", "mama"): "grandma",
              ("big", "daddy"): "grandpa", ("cousin", "brother"): "cousin",
              ("cousin", "sister"): "cousin"}
# Roles at a wedding English names with two words, said of the one they stood beside: "Ravi's
# best man", "my maid of honour" (the middle word left out), after any possessor.
ROLE_IDIOMS = {("best", "man"): "groomsman", ("flower", "girl"): "bridesmaid",
               ("page", "boy"): "groomsman"}
# English makes further relations by composition: "step-father", "half-sister",
# "great-grandma", "mother-in-law" are the base relation with a prefix or the "in-law" suffix
# (a half-sibling is a sibling).
KIN_PREFIXES = ("great", "step", "half")
_IN_LAW = ("-in-law", "s-in-law", "inlaw")
_MIN_BORROWED = 3  # a shorter borrowed word matches too much by chance
# English makes a generation up or down, or a sponsor at a christening, with a prefix before any
# word for a parent or a child: "grandbabies", "godpa", "godmum", "goddaughter".
_GENERATION_PREFIXES = {"grand": {"parent": "grandparent", "child": "grandchild"},
                        "god": {"parent": "godparent", "child": "godchild"}}


def fold(word: str) -> str:
    """The word without accents ("mãe" -> "mae", "sœur" -> "soeur")."""
    word = word.replace("œ", "oe").replace("ß", "ss").replace("ı", "i")
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


# The columns of KIN_BORROWED_MORE: a relation, or a birth order (a string).
_MORE_COLUMNS: tuple[Rel | str, ...] = (
    Rel("spouse", "m"), Rel("spouse", "f"), Rel("child"), Rel("parent", "m", in_law=True),
    Rel("parent", "f", in_law=True), Rel("sibling", "m", in_law=True),
    Rel("sibling", "f", in_law=True), Rel("godparent", "m"), Rel("godparent", "f"),
    "eldest", "youngest")
# Birth order in English: "our youngest", "my eldest" (a child, compared as the order itself:
# cards say "our youngest" far more often than "our youngest grandson").
BIRTH_ORDER = {"eldest": "eldest", "youngest": "youngest", "firstborn": "eldest",
               "first-born": "eldest", "lastborn": "youngest", "last-born": "youngest"}


def _row_words(row: str, columns, english: frozenset[str]):
    """(column, word, guarded) for each word of a table row; guarded: a word under
    _MIN_BORROWED letters or an English word, kinship only in a kin position."""
    for column, cell in zip(columns, row.split()):
        for word in cell.split("/"):
            if word != "-":
                yield column, word, len(word) < _MIN_BORROWED or _english(word, english)


_SIDED = ("grandparent", "pibling")  # the relations a side of the family is said of


def _side(word: str, kind: str) -> str:
    """The side of the family a grandparent or a parent's sibling word says (KIN_SIDE)."""
    return KIN_SIDE.get(word, "") if kind in _SIDED else ""


def _english(word: str, english: frozenset[str]) -> bool:
    """Is the word (or its plural) an everyday English word or given name?"""
    return bool({word, word + "s", word + "es"} & english)


@lru_cache(maxsize=1)
def _english_relations() -> dict[str, Rel]:
    """The English words and kind names a KIN_WORDS key is made of ("son", "cousin",
    "nibling") -> the relation."""
    found = {kind: Rel(kind) for kind in KIN_KINDS}
    for kind, by_gender in KIN_KINDS.items():
        for gender, text in by_gender.items():
            for w in text.split():
                found.setdefault(w, Rel(kind, gender))
    return found


# relations of a younger generation: one calls such a relative by name, not by a title of address
JUNIOR_KINDS = frozenset({"child", "grandchild", "nibling"})


def english_kin(word: str) -> bool:
    """Is this kinship word English (standard, informal or regional, and the compositions
    English makes of them: "stepdads", "grandma", "sister-in-law"), not one borrowed from another
    language? Another language's word may sit after a name as a title ("<name> akka")."""
    w = KIN_PLURALS.get(word.lower(), word.lower())
    for suffix in _IN_LAW:
        w = w[: len(w) - len(suffix)] if w.endswith(suffix) and len(w) > len(suffix) + 1 else w
    for prefix in KIN_PREFIXES + tuple(_GENERATION_PREFIXES):
        w = w[len(prefix):].lstrip("-") if w.startswith(prefix) and len(w) > len(prefix) + 2 else w
    return any(form in _english_relations() or form in KIN_POINTED or
               reading_in(form, frozenset(_REGIONAL_ENGLISH)) is not None
               for form in (w, w[:-1] if w.endswith("s") else w))


def key_relation(key: str) -> Rel | str | None:
    """The relation (or birth order) a KIN_WORDS key names: "maternal grandmother", "female
    cousin", "stepson", "son-in-law", "younger sibling" (a sibling who is the younger),
    "baby" (a child), "youngest"; None: no such key."""
    words = key.split()
    head = words[-1]
    if head in _ORDERS:
        return head
    in_law = head.endswith(_IN_LAW[0])
    head = head[: -len(_IN_LAW[0])] if in_law else head
    step = head.startswith("step") and head not in _english_relations()
    head = _KEY_HEADS.get(head[4:] if step else head, head[4:] if step else head)
    rel = _english_relations().get(head)
    if rel is None:
        return None
    side = next((w for w in words[:-1] if w in ("maternal", "paternal")), "")
    gender = next((_GENDERS[w] for w in words[:-1] if w in _GENDERS), rel.gender)
    elder = next((SENIORITY[w] for w in words[:-1] if w in SENIORITY), "")
    return replace(rel, gender=gender, side=side, step=step, in_law=in_law,
                   elder=elder if rel.kind == "sibling" else "")


_ORDERS = ("eldest", "youngest", "middle")  # the birth orders a KIN_WORDS key may name
# The words before a sibling word that say which is older ("our big sis Ama", "his
# wee brother", "Rui, my elder brother"): many languages have a word for each (kuya, em, abla).
SENIORITY = {"elder": "elder", "older": "elder", "big": "elder", "oldest": "elder",
             "eldest": "elder", "younger": "younger", "little": "younger", "lil": "younger",
             "baby": "younger", "kid": "younger", "wee": "younger", "youngest": "younger"}


def with_seniority(rel: Rel, before: str) -> Rel:
    """A sibling with the seniority the word before it states ("big sis": an elder sister)."""
    said = SENIORITY.get(before, "")
    return replace(rel, elder=said) if said and rel.kind == "sibling" and not rel.elder else rel


_GENDERS = {"male": "m", "female": "f"}
_KEY_HEADS = {"baby": "child"}  # a baby of the family is a child of its parents
_MIN_UNGUARDED = 4  # a KIN_WORDS word shorter than this is guarded (two- and three-letter
# words are everyday syllables of other languages and chat: "ba", "em", "con", "tay")


def _table_words(english: frozenset[str]):
    """(source, relation or birth order, word, guarded) for every word of the three tables, in
    reading order (the first reading of a word wins); source: the row, where a word in two
    columns names either (not in the close-family table, where it does not happen) and its
    language."""
    for language, row in KIN_BORROWED.items():
        for (kind, gender), word, guarded in _row_words(row, _COLUMNS, english):
            yield ("close", language), Rel(kind, gender, side=_side(word, kind)), word, \
                guarded
    for language, row in KIN_BORROWED_MORE.items():
        for rel, word, guarded in _row_words(row, _MORE_COLUMNS, english):
            if isinstance(rel, Rel):
                rel = replace(rel, line=KIN_LINE.get(word, ""))
            yield ("more", language), rel, word, guarded
    for language, by_key in KIN_WORDS.items():
        for key, text in by_key.items():
            rel = key_relation(key)
            for word in text.split():
                short = len(word) < _MIN_UNGUARDED and "-" not in word
                yield ("words", language), rel, word, \
                    short or word in KIN_GUARDED or _english(word, english)
    for table, rel in ((KIN_FIANCES, Rel("partner")), (KIN_CO_IN_LAWS, Rel("sibling", in_law=True))):
        for language, pair in table.items():
            for gender, text in zip("mf", pair):
                for word in (w for w in text.split() if w != "-"):
                    short = len(word) < _MIN_UNGUARDED
                    guarded = short or word in KIN_GUARDED or _english(word, english)
                    line = KIN_LINE.get(word, "")
                    yield ("words", language), replace(rel, gender=gender, line=line), word, guarded


def _put(lex: dict, sources: dict, rel: Rel, word: str, source) -> None:
    """First reading wins; a word one language has for both genders of a relation ("asawa":
    husband and wife) names the relation of either gender."""
    if word not in lex:
        lex[word], sources[word] = rel, source
    elif rel.elder and lex[word] == replace(rel, elder=""):
        lex[word] = rel  # a later table says which sibling ("ate": the elder sister)
    elif source[0] != "close" and sources.get(word) == source and \
            lex[word] == replace(rel, gender=lex[word].gender):
        lex[word] = replace(rel, gender="")


def _with_folded(lex: dict, english: frozenset[str]) -> dict:
    """The lexicon with each word's spelling without accents too (unless that is a word
    already or an English word)."""
    folded: dict = {}
    for word, value in list(lex.items()):
        plain = fold(word)
        if plain == word or plain in lex or plain in english:
            continue
        # two words that fold alike (Portuguese avô / avó) keep only what they share
        same = folded.get(plain, value) == value
        folded[plain] = value if same or not isinstance(value, Rel) else replace(value, gender="")
    return {**folded, **lex}


@lru_cache(maxsize=1)
def _readings() -> tuple[dict[str, Rel], dict[str, Rel], dict[str, str], dict[str, str]]:
    """The tables read once: unguarded relations, guarded relations, unguarded birth orders,
    guarded birth orders (each word without accents too)."""
    lex = {w: Rel(kind, gender, side=_side(w, kind))
           for kind, by_gender in KIN_KINDS.items()
           for gender, text in by_gender.items() for w in text.split()}
    english = vocabulary_words()
    guarded: dict[str, Rel] = {}
    orders, guarded_orders = dict(BIRTH_ORDER), {}
    sources: dict[str, object] = {}
    for source, rel, word, is_guarded in _table_words(english):
        if isinstance(rel, str):
            if word not in lex:
                (guarded_orders if is_guarded else orders).setdefault(word, rel)
        elif rel is not None and word not in KIN_POINTED:
            # a guarded word several languages use for one relation ("ba": a Gujarati mother,
            # a Vietnamese father) names the relation of either gender
            into = guarded if is_guarded and word not in lex else lex
            _put(into, sources, rel, word, ("guarded", "") if into is guarded else source)
    lex = _with_folded(lex, english)
    # a spelling without accents that is an English word stays English ("mẹ" typed "me")
    guarded = {w: r for w, r in _with_folded(guarded, english).items() if w not in lex}
    orders = {w: o for w, o in _with_folded(orders, english).items() if w not in lex}
    guarded_orders = {w: o for w, o in guarded_orders.items() if w not in lex and w not in orders}
    return lex, guarded, orders, guarded_orders


_REGIONAL_ENGLISH = ("english", "scots", "irish")  # KIN_WORDS tables that are English


@lru_cache(maxsize=1)
def _by_language() -> tuple[dict[str, set[str]], dict[str, tuple[tuple[frozenset[str], Rel], ...]]]:
    """Per kinship word (without accents) of another language: the table rows it is in ("zulu",
    "hindi-urdu-punjabi"); per guarded word: its reading in each language, in table order."""
    languages: dict[str, set[str]] = {}
    readable = {**lexicon(), **guarded_lexicon()}
    readings: dict[str, list[tuple[frozenset[str], Rel]]] = {}
    guarded = guarded_lexicon()
    folded: list[tuple[str, tuple[frozenset[str], Rel]]] = []
    for (_, language), rel, word, _ in _table_words(vocabulary_words()):
        if language in _REGIONAL_ENGLISH or not isinstance(rel, Rel):
            continue
        names = frozenset(language.split("-"))  # "hindi-urdu-punjabi": any of the three
        plain = fold(word)
        if plain in readable:
            languages.setdefault(plain, set()).add(language)
        if plain in guarded and plain == word:
            _add_reading(readings.setdefault(plain, []), names, rel)
        elif plain in guarded:
            folded.append((plain, (names, rel)))
    for plain, (names, rel) in folded:  # a word typed as a table writes it ("ba") before one
        _add_reading(readings.setdefault(plain, []), names, rel)  # that folds to it ("bà")
    return languages, {w: tuple(v) for w, v in readings.items()}


def _add_reading(found: list[tuple[frozenset[str], Rel]], names: frozenset[str], rel: Rel) -> None:
    """A language's reading of a word, after the ones before; a later table that says which
    sibling ("ate": the elder sister) refines the language's reading."""
    for k, (had_names, had) in enumerate(found):
        if had_names == names and rel.elder and had == replace(rel, elder=""):
            found[k] = (names, rel)
            return
    found.append((names, rel))


HOME_WORDS_MIN = 2  # distinct kinship words of one language on the person cards: the family's


def home_languages(texts: list[str], names: frozenset[str] = frozenset()) -> frozenset[str]:
    """home_language_reads_short_words: the languages whose kinship words the family's person
    cards use ("Bà Nội", "(Má)", "Chị Hai": Vietnamese): at least HOME_WORDS_MIN distinct
    words of the language (English kinship words aside), one of them no guarded word and of no
    other language's table (a two-letter word, or "tita", shared with Spanish, is no evidence
    alone). A person's one-word name (`names`: "Hala", "Karim") is a name, no kinship word of
    the language it also is in (Turkish "hala" an aunt, "karım" my wife)."""
    languages, _ = _by_language()
    english = set(_english_relations()) | set(names)
    found: dict[str, set[str]] = {}
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", fold(text.lower())):
            if word in english:
                continue
            for language in languages.get(word, ()):
                found.setdefault(language, set()).add(word)
    return frozenset(name for lang, words in found.items() if len(words) >= HOME_WORDS_MIN
                     and any(not is_guarded(w) and languages[w] == {lang} for w in words)
                     for name in lang.split("-"))


def home_reading(word: str, languages: frozenset[str]) -> Rel | None:
    """A guarded word's reading in one of the family's languages ("ba": a Vietnamese family's
    father, where the tables alone say a parent); None: not a word of theirs."""
    for names, rel in _by_language()[1].get(fold(word.lower()), ()):
        if names & languages:
            return rel
    return None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Rel]:
    """Every unguarded kinship word (lower case, as written and without accents) -> its base
    relation."""
    return _readings()[0]


@lru_cache(maxsize=1)
def guarded_lexicon() -> dict[str, Rel]:
    """The guarded kinship words ("ate", "lola", "ba", "tito") -> their relation: kinship
    only in a kin position (rel_of's pointed)."""
    return _readings()[1]


def is_guarded(word: str) -> bool:
    """A word that is kinship only right after "my"/"our"/a possessive or as a possessor."""
    w = word.lower()
    return (w in guarded_lexicon() or w in _readings()[3]) and w not in lexicon()


@lru_cache(maxsize=1)
def birth_orders() -> dict[str, str]:
    """Every unguarded word for a child by birth order -> "eldest", "youngest" or "middle"
    ("bunso", "maknae")."""
    return _readings()[2]


def birth_order(word: str, pointed: bool = False) -> str | None:
    """"eldest", "youngest" or "middle" for a word naming a child by birth order, in English or
    in the family's language ("panganay", "nesthäkchen"); a guarded word ("middle") only when
    pointed (after "my"/"our"); None otherwise."""
    w = word.lower()
    tables = (birth_orders(), _readings()[3]) if pointed else (birth_orders(),)
    for table in tables:
        found = table.get(w) or table.get(w[:-1] if w.endswith("s") else "")
        if found:
            return found
    return None


def birth_order_forms(order: str) -> frozenset[str]:
    """The words for one birth order ("youngest": "bunso", "maknae", "jongste", ...)."""
    return frozenset(w for w, o in birth_orders().items() if o == order)


@lru_cache(maxsize=65536)
def kin_noun(word: str) -> bool:
    """A word that names a relation by itself ("mum", "grandpa"; not "boy", kinship only after
    "my")."""
    found = rel_of(word)
    return bool(found and found[0].kind)


@lru_cache(maxsize=65536)
def rel_of(word: str, pointed: bool = False) -> tuple[Rel, bool] | None:
    """The relation a word names and whether it is plural: "stepdads" -> (step father, True),
    "parents-in-law" -> (parent in-law, True). pointed: after "my"/"our" (or in a chain), so
    "boy" and "kid" are kinship too. Remembered per word (the answer is immutable and depends
    on the word and the tables only): the match rules ask it about the word after a name once
    per family the name's word reached, thousands of times in one request at 100,000 cards."""
    w = word.lower()
    if w in KIN_PLURALS:
        base = rel_of(KIN_PLURALS[w], True)
        return (base[0], True) if base else (Rel("", in_law=True), True)
    in_law = False
    for suffix in _IN_LAW:
        if w.endswith(suffix) and len(w) > len(suffix) + 1:
            w, in_law = w[: len(w) - len(suffix)] + ("s" if suffix.startswith("s") else ""), True
            break
    great, step = 0, False
    while True:
        pre = next((p for p in KIN_PREFIXES if w.startswith(p) and len(w) > len(p) + 2), None)
        if pre is None:
            break
        w = w[len(pre):].lstrip("-")
        great, step = great + (pre == "great"), step or pre == "step"
    base, plural = _base(w, pointed) if w in lexicon() or not w.startswith(tuple(_GENERATION_PREFIXES)) \
        else _grand(w, pointed)
    if base is None:
        return _affixed(word.lower(), pointed) if not (in_law or great or step) else None
    return replace(base, step=step or base.step, in_law=in_law or base.in_law,
                   great=great + base.great), plural


@lru_cache(maxsize=1)
def honorifics_after() -> dict[str, frozenset[str]]:
    """Each honorific a language puts after a kinship word or name ("ji", "nim", "san") -> the
    languages that do (kinwords.KIN_HONORIFICS_AFTER)."""
    return _by_name(KIN_HONORIFICS_AFTER)


@lru_cache(maxsize=1)
def great_prefixes() -> dict[str, frozenset[str]]:
    """Each great- prefix another language puts before a grandparent or grandchild word -> the
    languages that do (kinwords.KIN_GREAT_PREFIXES)."""
    return _by_name(KIN_GREAT_PREFIXES)


def honorific_stem(word: str) -> tuple[str, frozenset[str]] | None:
    """The word an honorific after it ("nani-ji", "bhabhiji", "halmeoni-nim") leaves, with the
    honorific's languages; None where the word ends in none (the stem keeps _MIN_BORROWED
    letters, so a name like "Susan" is no "su" + "san")."""
    for honorific, languages in _longest_first(honorifics_after()):
        for end in ("-" + honorific, honorific):
            if word.endswith(end) and len(word) - len(end) >= _MIN_BORROWED:
                return word[:-len(end)].rstrip("-"), languages
    return None


def _affixed(word: str, pointed: bool) -> tuple[Rel, bool] | None:
    """A kinship word with another language's affix no table lists it with: an honorific
    after it, a first-person possessive ending, a great- prefix; or hyphenated where the table
    writes it as one word."""
    return _with_honorific(word, pointed) or _with_possessive_ending(word) or \
        _with_great_prefix(word, pointed) or _hyphen_dropped(word, pointed)


# The spoken forms a variety writes (rule kin_word_spelt_as_said): a non-rhotic ending, "-er"
# said and written "-a"/"-ah"/"-uh"; "th" stopped to "d"; a doubled letter; the back vowels
# written as said ("madda", "fadder", "faada": o, u, a, aa, ou alike).
_UNSTRESSED_ER = re.compile(r"(?:er|ah|uh|ur|a)$")
_DOUBLED = re.compile(r"(.)\1")
_BACK_VOWELS = re.compile(r"[aou]+")


def said_key(word: str) -> str:
    """A kinship word as it sounds in the varieties that stop "th" and drop a final r: "mother",
    "madda", "mudda", "mutha" -> one key ("grand" said "gran")."""
    w = _UNSTRESSED_ER.sub("R", word.lower().replace("grand", "gran"))
    w = _DOUBLED.sub(r"\1", w.replace("th", "d"))
    return _BACK_VOWELS.sub("A", w)


@lru_cache(maxsize=1)
def _said_keys() -> dict[str, tuple[str, ...]]:
    """said_key of each English kinship word with a "th" (a common noun of WordNet's) -> those
    words."""
    lx = wordnet()
    keys: dict[str, set[str]] = {}
    for word in lexicon():
        if lx is not None and "th" in word and \
                any(not proper for sense in lx.senses(word) for proper in sense.proper):
            keys.setdefault(said_key(word), set()).add(word)
    return {k: tuple(sorted(v)) for k, v in keys.items()}


def kin_word_as_said(word: str) -> str | None:
    """kin_word_spelt_as_said (dialect.kin_said_standard): the English kinship word with a
    "th" that `word` sounds as in the varieties that stop "th" and drop a final r ("madda",
    "fadda", "bredda", "brotha" -> mother, father, brother), where exactly one sounds so."""
    found = _said_keys().get(said_key(word), ())
    return found[0] if len(found) == 1 else None


def _hyphen_dropped(word: str, pointed: bool) -> tuple[Rel, bool] | None:
    """A compound kinship word is written hyphenated as often as solid, in English and in the
    languages that borrow into it (Welsh "tad-cu"/"tadcu", "mam-gu"; "grand-pa"; Hindi
    "dadi-ma"): the word without its hyphens, where that solid form is a table word (round 20)."""
    solid = word.replace("-", "")
    return rel_of(solid, pointed) if solid != word and len(solid) >= _MIN_BORROWED else None


def _with_possessive_ending(word: str) -> tuple[Rel, bool] | None:
    """A kinship word with its language's "my" glued on ("khayye", "dayım", "ibuku";
    kinwords.KIN_POSSESSIVE_ENDINGS): the word less the ending, as that language reads it
    (never another language's word: "mami" is no "mam" + "i")."""
    for ending, languages in _longest_first(_by_name(KIN_POSSESSIVE_ENDINGS)):
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= _MIN_BORROWED:
            own = _own_reading(stem, languages)
            if own is not None:
                return own, False
    return None


def _with_great_prefix(word: str, pointed: bool) -> tuple[Rel, bool] | None:
    """A grandparent or grandchild word with its language's great- prefix ("prababcia",
    "bisabuela", "pardadi"; kinwords.KIN_GREAT_PREFIXES): one generation more."""
    for prefix, _ in _longest_first(great_prefixes()):
        rest = word[len(prefix):].lstrip("-")
        if word.startswith(prefix) and len(rest) >= _MIN_BORROWED:
            found = rel_of(rest, pointed)
            if found is not None and found[0].kind in ("grandparent", "grandchild"):
                return replace(found[0], great=found[0].great + 1), found[1]
    return None


def _longest_first(table: dict[str, frozenset[str]]) -> list[tuple[str, frozenset[str]]]:
    """A table of affixes, the longest first (so "hanim" is tried before "nim")."""
    return sorted(table.items(), key=lambda item: -len(item[0]))


def _with_honorific(word: str, pointed: bool) -> tuple[Rel, bool] | None:
    """A kinship word with an honorific after it is the kinship word: the glued form a table
    holds ("mama" + "-ji" as "mamaji", the Hindi mother's brother), else the stem as the
    honorific's languages read it (Hindi "mami" + "ji": an aunt, where the tables' first reading
    of "mami" is a mother), else the stem as any table reads it ("devar-ji", "sasur sahib")."""
    stem = honorific_stem(word)
    if stem is None:
        return None
    glued = word.replace("-", "")
    if glued != word and (found := _base(glued, pointed))[0] is not None:
        return found[0], found[1]
    found = rel_of(stem[0], pointed)
    own = _own_reading(stem[0], stem[1])
    if found is not None and own is not None and own.kind != found[0].kind:
        return own, found[1]
    return found


def _own_reading(word: str, languages: frozenset[str]) -> Rel | None:
    """A word's relation in the given languages, the reading that names the side where one
    of them does (Hindi "mama": the maternal uncle)."""
    readings = [rel for names, rel in _readings_by_language().get(fold(word), ())
                if names & languages]
    sided = [rel for rel in readings if rel.side]
    return (sided or readings or [None])[0]


def _grand(w: str, pointed: bool) -> tuple[Rel | None, bool]:
    """English makes the second generation with grand- before any word for a parent or a
    child ("grandbabies", "grandbairns"): a grandparent or grandchild of that gender; and a
    godparent or godchild with god- ("godpa", "godmum", "godkids")."""
    base, plural = _base(w, pointed)
    if base is not None:
        return base, plural
    prefix = next(p for p in _GENERATION_PREFIXES if w.startswith(p))
    rest, rest_plural = _base(w[len(prefix):], True)
    kind = _GENERATION_PREFIXES[prefix].get(rest.kind if rest else "")
    return (Rel(kind, rest.gender), rest_plural) if kind else (None, False)


def _base(w: str, pointed: bool) -> tuple[Rel | None, bool]:
    """The relation of a word with no prefix or suffix, its plural too; a word typed with
    accents the tables hold without ("bà ngoại") is found by its spelling without them."""
    lex, guarded = lexicon(), guarded_lexicon()
    forms = [(w, False)] + [(w[:-len(end)], True) for end in ("s", "es") if w.endswith(end)]
    if w.endswith("ies"):
        forms.append((w[:-3] + "y", True))  # "grannies"
    plain = fold(w)
    if plain != w:
        forms.append((plain, False))
    for form, plural in forms:
        if form in lex:
            return lex[form], plural
        if pointed and form in KIN_POINTED:
            return Rel(*KIN_POINTED[form]), plural
        if form in KIN_PLURALS and plural is False:
            return None, False
        if pointed and form in guarded and not plural:
            return guarded[form], plural  # kin_position_guards_short_words
    return None, False


@lru_cache(maxsize=1)
def _open_idioms() -> dict[tuple[str, str], tuple[Rel, bool]]:
    """The two-word kinship words of other languages ("ba xa", "con trai", "ba noi": the
    table writes them "ong-xa") typed open, -> (relation, whether it needs "my"/"our"): not
    when one of the two words is no English word (the pair is the family's word wherever it
    stands), yes when both are ("em be")."""
    english = vocabulary_words()
    out = {}
    for word, rel in {**guarded_lexicon(), **lexicon()}.items():
        parts = word.split("-")
        if len(parts) == 2 and all(parts) and word == fold(word) and \
                "-" + parts[1] not in _IN_LAW and parts[0] not in KIN_PREFIXES:
            out[(parts[0], parts[1])] = (rel, all(p in english for p in parts))
    return out


def role_idiom(first: str, second: str) -> Rel | None:
    """The wedding role two words name ("best man"), or None (ROLE_IDIOMS)."""
    word = ROLE_IDIOMS.get((first, second))
    return rel_of(word)[0] if word is not None else None


def idiom(first: str, second: str) -> tuple[Rel, bool] | None:
    """The relation two words name together and whether "my"/"our" must come before: an
    English idiom ("old man", "better half": it must) or a two-word kinship word of another
    language ("ba xa")."""
    word = KIN_IDIOMS.get((first, second))
    if word is not None:
        return rel_of(word)[0], True
    role = role_idiom(first, second)
    if role is not None:
        return role, True
    return _open_idioms().get((fold(first), fold(second)))


def base_word(rel: Rel) -> str:
    """The English word for a relation's kind and gender ("father", "aunt", "sibling")."""
    words = KIN_KINDS.get(rel.kind, {}).get(rel.gender, "").split()
    return words[0] if words else (rel.kind or "in-law")


def label(rel: Rel) -> str:
    """A relation as one comparable string: 'step+father', 'great+grandmother',
    'sister+in-law', 'grandmother' (the side of the family is left out: "nani" is a
    grandmother)."""
    parts = ["great"] * rel.great + (["step"] if rel.step else []) + [base_word(rel)]
    return "+".join(parts + (["in-law"] if rel.in_law else []))


def label_of(word: str, pointed: bool = False) -> str | None:
    """The label of the relation a word names ("stepdad" -> 'step+father', "sisters" ->
    'sister'); None: no relation."""
    found = rel_of(word, pointed)
    return label(found[0]) if found else None


@lru_cache(maxsize=1024)
def forms(rel: Rel) -> frozenset[str]:
    """The words for a relation in the lexicon, composed as English composes them: step+father
    -> stepfather, step-dad, stepdad, ...; a grandmother of no stated side -> nani and dadi too,
    a maternal one -> not dadi."""
    lex = lexicon()
    bases = [w for w, r in lex.items() if r.kind == rel.kind and r.gender == rel.gender
             and (not rel.side or not r.side or r.side == rel.side) and not r.in_law
             and not r.step and not r.great]
    prefixes = ["great"] * rel.great + (["step"] if rel.step else [])
    out = set()
    for b in bases:
        for sep in ("", "-"):
            w = sep.join(prefixes + [b]) if prefixes else b
            out.add(w + "-in-law" if rel.in_law else w)
    if rel.step and not rel.great and not rel.in_law:  # "padrastro", "stiefvater"
        out.update(w for w, r in lex.items() if r.step and r.kind == rel.kind and
                   r.gender == rel.gender)
    if rel.in_law and not prefixes:  # the words other languages have for in-laws: "suegra"
        out.update(w for w, r in lex.items() if r.in_law and r.kind == rel.kind and
                   r.gender == rel.gender and (not rel.line or not r.line or r.line == rel.line))
    return frozenset(out)


def _by_name(table: dict[str, str]) -> dict[str, frozenset[str]]:
    """Per word of a table keyed by language (folded): the language names it belongs to."""
    out: dict[str, set[str]] = {}
    for language, text in table.items():
        for word in text.split():
            for form in (word, fold(word)):
                out.setdefault(form, set()).update(language.split("-"))
    return {w: frozenset(v) for w, v in out.items()}


@lru_cache(maxsize=1)
def possessives_after() -> dict[str, frozenset[str]]:
    """possessive_after_the_kin_word: each postposed first-person possessive ("mi", "ko",
    "yangu", "mio") -> the languages that put it after the kinship noun."""
    return _by_name(KIN_POSSESSIVE_AFTER)


@lru_cache(maxsize=1)
def kin_linkers() -> dict[str, frozenset[str]]:
    """The words that link a kinship noun to its possessor ("ng", "wa") -> their languages."""
    return _by_name(KIN_LINKERS)


@lru_cache(maxsize=1)
def _readings_by_language() -> dict[str, tuple[tuple[frozenset[str], Rel], ...]]:
    """Per kinship word of another language (folded): its relation in each table row."""
    out: dict[str, list[tuple[frozenset[str], Rel]]] = {}
    for (_, language), rel, word, _ in _table_words(vocabulary_words()):
        if language not in _REGIONAL_ENGLISH and isinstance(rel, Rel):
            out.setdefault(fold(word), []).append((frozenset(language.split("-")), rel))
    return {w: tuple(v) for w, v in out.items()}


def reading_in(word: str, languages: frozenset[str]) -> Rel | None:
    """The relation a kinship word names in one of the given languages (Swahili "kaka" is a
    brother where another table's "kaka" is an uncle); None where none of them has it."""
    for names, rel in _readings_by_language().get(fold(word.lower()), ()):
        if names & languages:
            return rel
    return None
