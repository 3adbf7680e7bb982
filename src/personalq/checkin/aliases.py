"""Names a family uses: what a card's description says the person (or pet) is called.

Families rarely say a relative's given name: the grandfather is "Khulu" or "Opa" to everyone,
the dog is "Mr Biscuits" at home. A description states such a name in a few fixed English
frames, and the name after them is written with a capital, as names are:

- a form of "call" with an object pronoun: "the kids call him Opa", "we called her Bean";
- "called"/"known as"/"nicknamed"/"goes by"/"aka" right before it: "known as Big Tam";
- the name, then "to the <people>" or "to everyone", after a comma, a bracket or "and":
  "Marta, Oma to the grandkids," (only a plural word for people: "took Rex to the vet"
  states no name).

Each word of that name that is no everyday English word is then one of the family's names
(features.build_family; the rule `family_use_name_names_them`), whatever word it is: no word
list decides which names exist. A name that is also an everyday English word ("Bear",
"Granny") stays a description word, as
the kinship module keeps a borrowed word that English has ("lola") English: in an English
request the ordinary reading wins (kinship titles used as names are read by relations.py).
"""

from __future__ import annotations

import re

from personalq.checkin.clipping import common_noun
from personalq.checkin.kinship import fold, kin_noun, rel_of
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.text import OWNER_DETERMINERS, STOPWORDS, Token, stem, tokenize
from personalq.embed import vocabulary_words

CALL_FORMS = frozenset("call calls called calling".split())
_OBJECTS = frozenset("him her them it me us".split())
_NAMING = (("known", "as"), ("goes", "by"), ("go", "by"), ("nicknamed",), ("aka",),
           ("called",), ("dubbed",))
_EVERYONE = frozenset("everyone everybody all us family".split())
_PARTICLE_MAX = 3  # letters of a particle inside a name ("de", "van", "bin")
_NICKNAME_MIN = 2  # letters of a one-word nickname borrowed from English ("Jo", "Di")
_MAX_WORDS = 3  # a name the family uses: "Oma", "Big Tam", "Uncle Bob the Builder" is a phrase


def _joined(text: str, left: Token, right: Token) -> bool:
    """Only spaces between two words: they may be one name ("Big Tam", not "Vovó. Hair")."""
    return not text[left.end:right.start].strip()


def _name_at(toks: list[Token], i: int, text: str) -> tuple[str, ...]:
    """The capitalised words starting at i (a name), lower case; () when none starts there."""
    out: list[str] = []
    for k in range(i, min(i + _MAX_WORDS, len(toks))):
        tok = toks[k]
        if not tok.text[:1].isupper() or tok.low in STOPWORDS or \
                (k > i and not _joined(text, toks[k - 1], tok)):
            break
        out.append(tok.low)
        if tok.possessive:
            break
    return tuple(out)


def _people_group(toks: list[Token], j: int) -> bool:
    """"to the great-grandchildren", "to the lads", "to everyone": a plural word for people follows."""
    if j < len(toks) and toks[j].low in _EVERYONE:
        return True
    if j + 1 >= len(toks) or toks[j].low != "the":
        return False
    found = rel_of(toks[j + 1].low, pointed=True)
    return bool(found and found[1]) or toks[j + 1].low in ("neighbours", "neighbors", "family") \
        or _people_plural(toks[j + 1].low)


def _people_plural(low: str) -> bool:
    """family_use_name_names_them, extended (round 21): a plural whose first WordNet meaning is a kind of
    person ("the customers", "the parishioners", "the apprentices"): those who call
    the subject by the name before "to the"."""
    lx = lexicon()
    if lx is None or low in lx.base_forms(low)[:1]:
        return False  # no plural (the noun itself is its first lemma)
    sense = lx.first_sense(low)
    return sense is not None and sense.lexfile == LEXFILE["person"]


def stated_names(text: str) -> list[tuple[str, ...]]:
    """The names a description says the family uses for its subject (lower case words)."""
    toks = tokenize(text)
    out: list[tuple[str, ...]] = []
    for i, tok in enumerate(toks):
        name: tuple[str, ...] = ()
        if tok.low in CALL_FORMS and i + 2 < len(toks) and toks[i + 1].low in _OBJECTS:
            name = _name_at(toks, i + 2, text)
        for frame in _NAMING:
            n = len(frame)
            if tuple(t.low for t in toks[i:i + n]) == frame:
                name = name or _name_at(toks, i + n, text)
        if tok.low == "to" and _people_group(toks, i + 1):
            start = i
            while start > 0 and i - start < _MAX_WORDS and toks[start - 1].text[:1].isupper() \
                    and _joined(text, toks[start - 1], toks[start]):
                start -= 1
            gap = text[toks[start - 1].end:toks[start].start] if start > 0 else ","
            if start < i and (re.search(r"[,;:(]", gap) or toks[start - 1].low in ("and", "as")):
                name = tuple(t.low for t in toks[start:i])
        if name:
            out.append(name)
    return out


def name_in_a_fond_compound(name: str) -> list[str]:
    """name_in_a_fond_compound (round 23): a nickname that hyphenates a name with an everyday
    English word of endearment or size ("<Name>-bug", "<Name>-pie", "<Name>-boo", "<Name>-girl")
    is said and typed by its name part alone as well: the first part, where it is no everyday
    English word and the last part is one (a double name such as "Anne-Marie" has no English
    part)."""
    parts = name.split("-")
    if len(parts) != 2 or not all(p.isalpha() for p in parts) or len(parts[0]) < _NICKNAME_MIN + 1:
        return []
    first, last = parts
    return [first] if ordinary_word(last) and not ordinary_word(first) else []


def family_names(descriptions: list[str], own: set[str]) -> set[str]:
    """The words of the names the cards' descriptions state (stated_names, and a name in
    brackets after the card's name: full_name_after_the_name) that can name the family alone:
    not its own name words (`own`) and not everyday English words, which keep their ordinary
    reading ("Big Tam" names it by "tam" only; "Granny" is left to relations.py)."""
    english = vocabulary_words()
    return {w for text in descriptions
            for name in stated_names(text) + quoted_names_with_the_name(text, own)
            + [(n,) for n in aside_names(text, own) if " " not in n and len(n) > 1]
            + [(w,) for w in full_name_after_the_name(text, own)]
            + [(w,) for w in role_name_after_the_name(text, own)]
            for w in name
            if w not in own and w not in english and fold(w) not in english
            and not w.isdigit()}


def quoted_names_with_the_name(text: str, own: set[str]) -> list[tuple[str, ...]]:
    """family_use_name_names_them, extended (round 21): a capitalised phrase set off in quotes
    that holds a word of the card's own name is a name the subject goes by ("My uncle Pierre,
    'Oga Emeka', ...", "'Big Tam'" on Tam's card): its other words (a title, a nickname) name
    them too. Lower-case words, no function words."""
    out = []
    for m in _QUOTED_PHRASE.finditer(text):
        words_ = [t.low for t in tokenize(m.group(1)) if t.low not in STOPWORDS]
        if 1 < len(words_) <= _MAX_WORDS and set(words_) & own:
            out.append(tuple(words_))
    return out


_QUOTED_PHRASE = re.compile("[\"'\u2018\u201c]([A-Z][\\w-]*(?: [A-Z][\\w-]*){1,2})[\"'\u2019\u201d](?!\\w)")
def titles_before_the_name(text: str, own: set[str]) -> set[str]:
    """The capitalised words a description puts right before the card's own name ("Nonc <Name>",
    "Tita <Name>"): a word no everyday English word, which may be a title of address or a first
    name (shared_titles tells them apart across the catalog)."""
    toks = tokenize(text)
    english = vocabulary_words()
    return {t.low for t, nxt in zip(toks, toks[1:])
            if nxt.low in own and t.low not in own and t.text[:1].isupper() and t.low.isalpha()
            and not t.possessive and t.low not in STOPWORDS and text[t.end:nxt.start] == " "
            and t.low not in english and fold(t.low) not in english}


def shared_titles(people: dict[str, tuple[list[str], set[str]]]) -> dict[str, set[str]]:
    """Rule title_shared_by_two_names_is_a_title (round 21): a word the cards put before the
    names of two or more people ("Nonc <A>" on one card, "Nonc <B> to the kids" on another) is a
    title of address the household gives several people, as "Uncle" or "Auntie" is, not one
    person's name: it names each of them alike, so typed alone it asks which. `people`: per person
    family, its descriptions and own name words; the answer: per family, its shared titles."""
    before = {k: set().union(*(titles_before_the_name(d, own) for d in texts))
              for k, (texts, own) in people.items()}
    count: dict[str, int] = {}
    for words_ in before.values():
        for w in words_:
            count[w] = count.get(w, 0) + 1
    return {k: {w for w in words_ if count[w] >= 2} for k, words_ in before.items()}


# A closing quote is no apostrophe of a possessive ("(Rosa's brother)"): no letter follows it.
_SET_OFF = re.compile("[(\"'\u2018\u201c]([A-Z][\\w-]*)[)\"'\u2019\u201d](?!\\w)")  # "(Willem)", "'Grietje'"


def opening_names(text: str) -> list[str]:
    """given_name_in_the_description: a description that opens with the person's name gives
    it in full ("Margriet 'Grietje' de Vries, my mother", "Pim (Willem), my son"): the
    given name (its first word) and a name in brackets or quotes beside it are names of the
    person as the card's name is. Only the words before a first comma, with no colon or full
    stop before it, all capitalised (a short particle aside); a possessive ends the name
    ("Brightwater Dairy's milk jug" names no one)."""
    head, comma, _ = text.partition(",")
    if not comma or re.search(r"[;:.]", head):
        return []  # the name is an apposition's anchor: it ends at a comma
    toks = tokenize(head)
    if not toks or any(t.possessive or not (t.text[:1].isupper() or _particle(toks, i))
                       for i, t in enumerate(toks)) or \
            toks[0].low in STOPWORDS or len(toks) > _MAX_WORDS + 1:
        return []
    return [toks[0].low] + [w.lower() for w in _SET_OFF.findall(head)]


def _particle(toks: list[Token], i: int) -> bool:
    """A short lower-case word inside a name, between capitalised ones ("de" in "Margriet de
    Vries", "van", "bin")."""
    return 0 < i < len(toks) - 1 and toks[i + 1].text[:1].isupper() and \
        len(toks[i].low) <= _PARTICLE_MAX


_SET_OFF_PHRASE = re.compile("[(\"'\u2018\u201c]([A-Z][^()\"'\u2019\u201d]{0,40})[)\"'\u2019\u201d](?!\\w)")


def names_beside_the_name(text: str, own: set[str]) -> list[str]:
    """given_name_in_the_description, anywhere in it: the card's name set off in quotes or
    brackets right after a capitalised name ("my aunt Wilhelmina 'Mina'", "Dong-hyun (Donny)
    Park", "Francisco, 'Paco',") is a short form of that full name, so its first word, the
    given name, names the person too."""
    out = []
    for m in _SET_OFF_PHRASE.finditer(text):
        if not {t.low for t in tokenize(m.group(1))} & own:
            continue
        before = tokenize(text[:m.start()].rstrip().rstrip(","))
        k = len(before)
        while k > 0 and before[k - 1].text[:1].isupper() and len(before) - k < _MAX_WORDS and \
                not before[k - 1].possessive and before[k - 1].low not in STOPWORDS and \
                (k == len(before) or _joined(text, before[k - 1], before[k])):
            k -= 1
        if k < len(before) and not rel_of(before[k].low):
            out.append(before[k].low)
    return out


def full_name_after_the_name(text: str, own: set[str]) -> list[str]:
    """given_name_in_the_description, the other way round: the card's name followed by a name
    set off in brackets ("my cousin Kemi (Oluwakemi Bello)", "Sasha (Alexandra)") gives the
    full form the short name stands for, so its first word, the given name, names the person
    too (a surname after it may be the whole family's and is left out). A thing's or an
    animal's name in brackets after its card's name is what the family calls it ("our Zetor
    7211 (Zetty)", a model number ending the name): family_names reads it for every kind."""
    out = []
    for m in _SET_OFF_PHRASE.finditer(text):
        before = tokenize(text[:m.start()])
        inside = tokenize(m.group(1))
        if before and inside and before[-1].low in own and _name_cased(before[-1]) and \
                not before[-1].possessive and inside[0].low not in own and \
                inside[0].low not in STOPWORDS and not rel_of(inside[0].low) and \
                m.group(0)[0] == "(" and m.group(0)[-1] == ")":  # not "(Rosa's brother)"
            out.append(inside[0].low)
    return out


def role_name_after_the_name(text: str, own: set[str]) -> list[str]:
    """The name of a role the subject goes by, after the card's name and "as" ("<Name> as
    <Hero-Name>", "<Name> as <Title>"): a character who takes on another character's mantle, an
    actor in a part. The subject answers to that name too, so a request using it may mean this
    card as much as the card named so (a question between them). One capitalised word (a
    hyphenated one counts as one), read where family_names keeps it: no everyday English word."""
    toks = tokenize(text)
    out = []
    for a, b, c in zip(toks, toks[1:], toks[2:]):
        if a.low in own and _name_cased(a) and not a.possessive and b.low == "as" and \
                c.text[:1].isupper() and c.low not in own and c.low not in STOPWORDS and \
                not rel_of(c.low):
            out.append(c.low)
    return out


def _name_cased(tok: Token) -> bool:
    """Written as a name's word is: capitalised, or a number ending a model's name."""
    return tok.text[:1].isupper() or tok.low.isdigit()


def full_name_words(text: str, own: set[str]) -> list[str]:
    """given_name_in_the_description: the other words of a person's full name ("Adunni"-type
    given name + family name: "my aunt Ama Boateng", "Kemi (Oluwakemi Bello)"), lower case:
    the capitalised words right after the card's name or inside brackets after it. A full
    name is the person's on every version, though one card states it (no version clue)."""
    toks = tokenize(text)
    out = []
    for i, tok in enumerate(toks[:-1]):
        if tok.low not in own or not tok.text[:1].isupper() or tok.possessive:
            continue
        for k in range(i + 1, min(i + 1 + _MAX_WORDS, len(toks))):
            nxt = toks[k]
            if not nxt.text[:1].isupper() or nxt.low in STOPWORDS or \
                    not _joined(text, toks[k - 1], nxt) and text[toks[k - 1].end:nxt.start].strip() != "(":
                break
            out.append(nxt.low)
            if nxt.possessive or text[nxt.end:nxt.end + 1] in ("),"):
                break
    return [w for w in out if w.isalpha() and w not in own and not common_noun(w) and not rel_of(w)]


_MODIFIERS_MAX = 2  # "my late grandmother", "our eldest twin son"


def name_after_the_relation(text: str) -> list[str]:
    """given_name_in_the_description, in apposition: the owner's relation named and the
    person's name right after it ("My elder brother <Name> at ...", "our son <Name>") is what
    the owner calls that person, however the card's name spells it (a full form, a
    surname-first form): English puts the name after the kin noun in apposition. The name is
    the capitalised word after "my"/"our" opening a sentence, at most two lower-case words and
    a kinship word, joined by a space alone (no comma: "my son, Dr ..." may be a title), no
    possessive ("my brother <Name>'s son" is about the son), one word or one word doubled (a
    full name's order differs by culture: full_name_words reads those)."""
    toks = tokenize(text)
    out = []
    for i, tok in enumerate(toks):
        if tok.low not in OWNER_DETERMINERS or tok.possessive or \
                (i > 0 and not re.search(r"[.;:!?]", text[toks[i - 1].end:tok.start])):
            continue  # inside a sentence: "daughter of my friend <Name>" is about the friend
        k = i + 1
        while k < len(toks) and k - i <= _MODIFIERS_MAX and toks[k].text[:1].islower() and \
                not kin_noun(toks[k].low):
            k += 1
        if k + 1 >= len(toks) or not kin_noun(toks[k].low) or toks[k].possessive:
            continue
        name = toks[k + 1]
        after = toks[k + 2] if k + 2 < len(toks) else None
        if after is not None and after.text[:1].isupper() and _joined(text, name, after) and \
                after.low != name.low:
            continue  # a full name ("<Surname> <Given> <Given>"): its order is the culture's;
            # a name said twice ("<Bao> <Bao>") is one word doubled, as children's names are
        if name.text[:1].isupper() and text[toks[k].end:name.start] == " " and \
                not name.possessive and name.low not in STOPWORDS and not rel_of(name.low):
            out.append(name.low)
    return out


def given_names(descriptions: list[str], own: set[str]) -> set[str]:
    """The given names the descriptions open with (opening_names), write beside the card's
    name set off (names_beside_the_name) or after the owner's kin word (name_after_the_relation)
    that are not the family's own name words and not common nouns of English, which keep their
    ordinary reading."""
    return {w for text in descriptions
            for w in opening_names(text) + names_beside_the_name(text, own)
            + full_name_after_the_name(text, own) + name_after_the_relation(text)
            if w not in own and fold(w) not in own and w.isalpha() and not common_noun(w)}


# -- full names a description states, and which of their words is the given name ------------

_FULL_MAX = 4  # words of a full name: "Nguyen Thi Minh Khai", "Ana Garcia Lopez"
SYLLABLE_MAX = 5  # letters of one syllable of a hyphenated East Asian given name ("guang")
_QUOTED = re.compile("[\"'\u2018\u201c]([A-Z][\\w-]*)[\"'\u2019\u201d]")  # 'Tony', "Nini"


def _syllabic(word: str) -> bool:
    """A given name romanised syllable by syllable, the syllables hyphenated (Korean,
    Chinese Wade-Giles and older pinyin, Taiwanese: "Tae-yang", "Mei-ling"): two or three parts,
    each one short syllable."""
    parts = word.split("-")
    return 2 <= len(parts) <= 3 and all(0 < len(p) <= SYLLABLE_MAX and p.isalpha() for p in parts)


def _run(toks: list[Token], i: int, text: str) -> list[Token]:
    """The capitalised words joined by spaces from i (a proper name of several words)."""
    out: list[Token] = []
    for tok in toks[i:i + _FULL_MAX]:
        if not tok.text[:1].isupper() or tok.low in STOPWORDS or tok.possessive or \
                (out and not _joined(text, out[-1], tok)):
            break
        out.append(tok)
    return out


def _full_name_runs(text: str, own: set[str]) -> list[list[Token]]:
    """Where a description states a person's full name: opening it before a comma ("Chen Wei-lun,
    my brother-in-law"), in apposition after the opening noun phrase ("My dad, Kovács Ferenc,
    retired"), or in brackets right after the card's name ("Rosa (Chen Mei-ling)")."""
    toks = tokenize(text)
    starts = [0]
    for i, tok in enumerate(toks[:-1]):
        gap = text[tok.end:toks[i + 1].start]
        if tok.low in own and "(" in gap or i < _FULL_MAX and gap.strip() == "," and \
                toks[0].low in ("my", "our", "me"):
            starts.append(i + 1)
    out = []
    for i in starts:
        run = _run(toks, i, text)
        after = text[run[-1].end:].lstrip()[:1] if run else ""
        if len(run) >= 2 and after in (",", ")", "(", ":", "") and \
                not all(common_noun(t.low) for t in run):
            out.append(run)
    return out


def _given_of(run: list[Token], own: set[str]) -> list[Token]:
    """The given name in a full name: the word the card's name is a form of (typed closed, or
    begun by it: "Tae" for "Tae-yang"), else a syllabic hyphenated one; East Asian and Hungarian
    names put it after the family name, so the position says nothing alone."""
    def closed(t: Token) -> str:
        return fold(t.low.replace("-", ""))
    mine = [t for t in run if any(closed(t) == fold(o).replace("-", "") or
                                  closed(t).startswith(fold(o).replace("-", "")) for o in own)]
    if len(mine) == 1:
        return mine
    hyphenated = [t for t in run if _syllabic(t.low)]
    return hyphenated if len(hyphenated) == 1 else []


def stated_full_names(text: str, own: set[str]) -> list[tuple[list[str], list[str]]]:
    """full_name_names_every_version: (given name words, family name words) of each full name
    the description states whose given name `_given_of` finds; lower case, hyphens kept."""
    out = []
    for run in _full_name_runs(text, own):
        given = _given_of(run, own)
        if given and not any(rel_of(t.low) for t in run):
            out.append(([t.low for t in given], [t.low for t in run if t not in given]))
    return out


def quoted_names_beside(text: str, own: set[str]) -> list[str]:
    """A name set off in quotes inside the brackets after the card's name ("Ferenc (Kovács
    Ferenc, 'Feri')", "Tae (..., 'Tony' at work)"): another name the person goes by."""
    out = []
    for m in re.finditer(r"\(([^()]{0,80})\)", text):
        before = tokenize(text[:m.start()])
        if before and before[-1].low in own:
            out += [w.lower() for w in _QUOTED.findall(m.group(1))]
    return [w for w in out if w not in own and not ordinary_word(w)]


def quoted_word_of_the_name(text: str, name: list[str]) -> list[str]:
    """A word of the card's own name of several words that the description sets off in quotes
    inside that name ("<Code> 'Falcon'", "'Ace' <Surname>") is the name the figure goes by, the
    way a quoted nickname sits inside a full name: that word alone names it."""
    out = []
    for m in _QUOTED.finditer(text):
        word = m.group(1).lower()
        before, after = tokenize(text[:m.start()]), tokenize(text[m.end():])
        beside = {before[-1].low if before else "", after[0].low if after else ""}
        if len(name) >= 2 and word in name and beside & (set(name) - {word}):
            out.append(word)
    return out


# Names set off in brackets right after the card's name: "Kyle ('Chip')", "Aaliyah ('the boss')",
# several listed: "<Name> ('<A>', '<B>')", "<Name> (<A>, '<B>' to <someone>)".
_ASIDE = re.compile(r"\(([^()]{1,80})\)")
_ITEM_SPLIT = re.compile(r"\s*(?:[,;/]|\bor\b|\baka\b)\s*")
_QUOTED_ITEM = re.compile("[\"'\u2018\u201c]([^\"'\u2019\u201d]{1,40})[\"'\u2019\u201d]")
_SAID_BY = re.compile(r"\s+(?:to|for)\s+\S.*$")  # "'Mar' to <her husband>": said by someone


def aside_names(text: str, own: set[str]) -> list[str]:
    """The names listed in the brackets right after the card's name (stated_nickname_is_a_borrowed_name,
    extended in round 23): each item, "to <whom>" left off, that is set off in quotes (any case:
    "('the boss')") or is one or two capitalised words ("(<Short>, '<Pet>' to <her husband>)"); a kinship
    word or a possessive phrase ("(Rosa's brother)") is no name. Lower case, as written."""
    out = []
    for m in _ASIDE.finditer(text):
        if not _after_the_name(tokenize(text[:m.start()]), own):
            continue
        for item in _ITEM_SPLIT.split(m.group(1).strip()):
            item = _SAID_BY.sub("", item.strip())
            quoted = _QUOTED_ITEM.match(item)  # "'<Nick>' at home": the name, then where
            toks = tokenize(quoted.group(1) if quoted else item)
            named = quoted or (0 < len(toks) <= 2 and all(t.text[:1].isupper() for t in toks))
            if named and toks and not any(t.possessive for t in toks) and \
                    not rel_of(toks[-1].low, pointed=True):
                out.append(" ".join(t.low for t in toks))
    return out


_BOUNDARY = re.compile(r"\s*(?:[),;:.!?]|$)")  # what ends a word said as a name in running text


def endearments(text: str, own: set[str]) -> list[str]:
    """endearment_the_owner_states_is_a_name (round 29): the word the card's writer says they
    call the person, typed as they type it, in lower case ("(I call her <word>)", "my husband
    <Name> (<Nick>, my <word>)"): one word, not English and no kinship word, that ends its
    clause or item. An endearment is written lower case where a nickname is capitalised, and
    the household uses it as a name."""
    toks = tokenize(text)
    out = []
    for i, tok in enumerate(toks[:-2]):
        word = toks[i + 2]
        if tok.low in CALL_FORMS and toks[i + 1].low in _OBJECTS and word.text.islower() and \
                _BOUNDARY.match(text, word.end):
            out.append(word.low)
    for m in _ASIDE.finditer(text):
        if not _after_the_name(tokenize(text[:m.start()]), own):
            continue
        for item in _ITEM_SPLIT.split(m.group(1).strip()):
            said = tokenize(item)
            if len(said) == 2 and said[0].low in OWNER_DETERMINERS and said[1].text.islower():
                out.append(said[1].low)
    return [w for w in out if w not in STOPWORDS and w not in own and not _english(w) and
            not rel_of(w, pointed=True) and not w.isdigit()]


def _after_the_name(before: list[Token], own: set[str]) -> bool:
    """Do the brackets follow the card's name: its own word last, or a full name holding it
    ("<Given> <Middle> <Surname> (...)"), or a kinship word joined to it ("brother <Name>")?"""
    for tok in reversed(before[-_FULL_NAME_WORDS:]):
        if tok.low in own or any(part in own for part in tok.low.split("-")):
            return True
        if not tok.text[:1].isupper():
            return False
    return False


_FULL_NAME_WORDS = 3  # a given name, a middle name, a surname


def nickname_phrases(text: str, own: set[str]) -> list[tuple[str, ...]]:
    """Every name the description says its subject goes by: stated_names' frames ("everybody
    calls him <Name>", "<Name> to the kids") and the names in the brackets right after the card's
    name, in any case
    ("<Name> ('the boss')": aside_names); lower-case words, no function words. What a person is
    called is theirs in every picture: no version clue."""
    out = [tuple(w for w in name if w not in STOPWORDS)
           for name in stated_names(text)]
    out += [tuple(w for w in name.split() if w not in STOPWORDS) for name in aside_names(text, own)]
    return [name for name in out if name]


def stated_initials(text: str, own: set[str]) -> set[str]:
    """initial_stated_as_a_name (round 23): a single letter set off in the brackets beside the
    card's name ("<Name> ('<L>')", "<Name> ('<L>', '<Nick>')") is what the household writes for
    the person: their initial, used as a name. Lower case; "I" and "A" are English words, no
    initials."""
    return {n for n in aside_names(text, own) if len(n) == 1 and n.isalpha() and n not in "ia"}


def word_nicknames(descriptions: list[str], own: set[str], common: frozenset[str]) -> set[str]:
    """stated_nickname_is_a_borrowed_name: a one-word name the cards say the subject goes by
    that is an English word (everyday, or a proper noun: _english; "the whole street calls him
    <Tank>", "<Name> ('<Chip>')") is borrowed from English as a card's own one-word name is (a
    pony called Treacle): it names the subject, and the ordinary-sense rules judge each use of
    it. Not a kinship word (relations.py reads those), not a word of the family's own name, and
    not a word its cards also use in lower case (`common`: stems), where the ordinary sense is
    the cards' own."""
    return {name[0] for text in descriptions for name in nickname_phrases(text, own)
            if len(name) == 1 and len(name[0]) >= _NICKNAME_MIN and name[0].isalpha()
            and name[0] not in own and _english(name[0])
            and not rel_of(name[0], pointed=True) and stem(name[0]) not in common}


def _english(low: str) -> bool:
    """An English word: ordinary, or one the vocabulary has only as a proper noun (a goddess, a
    city). family_names takes every stated name that is not one, so each stated name is read
    by one of the two."""
    english = vocabulary_words()
    return ordinary_word(low) or low in english or fold(low) in english


def ordinary_word(low: str) -> bool:
    """Is the word English (a noun one of whose senses is a common noun, a verb, an adjective or
    an adverb)? A word WordNet has only as a proper noun ("Florence", a city) may be a name."""
    lx = lexicon()
    if lx is None or not lx.has_word(low):
        return False
    forms_ = lx.base_forms(low)
    if not forms_ or lx.verb_lemma(low) or lx.past_verb_lemma(low) or lx.is_adjective(low):
        return True
    return any(not proper for s in lx.senses(low) for w, proper in zip(s.lemmas, s.proper)
               if w.lower() in forms_)
