"""Chat typing around people, restored before the request is read.

People typing fast drop the apostrophe of a possessive ("<name>s dog", "grans cat") and write
"and" as "n", "&" or "+" ("<name> n <name>"). The rest of Check-in reads a possessive by its
apostrophe and a coordination by "and", so the request is given both back where the words
around them leave no other reading. Each is a named rule (switchable for the ablation):

- `possessive_typed_without_apostrophe`: "<word>s <noun>" where <word> is one of a person
  card's names, or a singular kinship word standing bare (no determiner: a bare kinship word is
  the speaker's relative) or after a possessive determiner before another kinship word ("my
  mums mum": a chain of relations), and the next word is a noun (a WordNet noun, a kinship word or a
  person's name; not a verb form): "<word>'s <noun>". A plural kinship word after a determiner
  ("the kids", "our mums") stays a plural; a subject pronoun before it makes it a verb.
- `and_typed_short_between_people`: "n", "&" or "+" between two words that each name a person
  (a person card's name, a kinship word, a personal pronoun) is "and". Round 22: so are "nd",
  "'n'", "n'" and "an'", the other ways chat and dialect spelling clip it; a pet's name on either
  side counts as a person's ("<person> n <dog>"), and so does a possessive determiner after a
  person ("<name> n his <kin>"), which opens a second noun phrase.
- `with_typed_short`: "w/" (and a lower-case "w" standing alone between two lower-case words)
  is "with", the shorthand of notes and chat in every English ("<name> w/ the twins").

- `possessive_after_the_kin_word`: many languages put "my"/"our" after the kinship noun
  (Yoruba, Igbo, Tagalog, Malay, Swahili, Shona, Zulu, Italian, Spanish, Portuguese, Romanian,
  Greek, Albanian, Vietnamese, Thai, Hebrew: kinwords.KIN_POSSESSIVE_AFTER). "<kin> <my>" is
  "my <kin>", and a run of kinship nouns before it, juxtaposed or joined by the language's
  linker ("<mother> ng <husband> ko"), is a chain of possessors read right to left: "<mother>
  <husband> <my>" is "my <husband>'s <mother>". A kinship word the possessive's language reads
  otherwise than the tables' first reading is written as that language's relation in English
  (Swahili "kaka" a brother, not another table's uncle). Only where the run stands first or
  after no determiner, and the possessive is no person card's name.

Typed the same way, a compound is written closed, hyphenated or open as the typist likes ("a silk
screen", "a wood-cut", "a neckscarf" for a card's "neck-scarf"): `medium_word_typed_open`
writes a compound the way a card writes it, so the card's own word is read. Two words, spaced or
hyphenated, whose closed form is a WordNet picture noun a style card names itself by, or a noun
of at least CLOSED_NOUN_MIN letters any card names itself by (class noun or one-word tag), are
closed; one word that is a card's hyphenated or open two-word class noun, tag or name typed
closed is written as the card writes it.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import NamedTuple

from personalq.checkin import dialect, genitive
from personalq.checkin.aliases import stated_initials
from personalq.checkin.switches import acted
from personalq.checkin.features import CatalogIndex
from personalq.checkin.kinship import (home_languages, is_guarded, kin_linkers, kin_noun, label,
                                       possessives_after, reading_in, rel_of)
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.synonyms import one_word_names
from personalq.checkin.paraphrase import is_picture
from personalq.checkin.relations import _is_person
from personalq.checkin.rules import WHOLE_NAME, named_rule, noun_like
from personalq.checkin.text import STOPWORDS, Token, edit_distance, tokenize, typed_name_words
from personalq.checkin.tuning import CLOSED_NOUN_MIN, SPLIT_MIN_PART

POSSESSIVE_TYPED_BARE = named_rule("possessive_typed_without_apostrophe")
INITIAL_NAME = named_rule("initial_stated_as_a_name")
SPEAKER_IDIOM = named_rule("speaker_named_by_an_idiom")
# Rule speaker_named_by_an_idiom (round 23): English names the speaker in the third person by a few
# fixed idioms, "yours truly" everywhere, "muggins (here)" in British English: they are "me".
_SPEAKER_IDIOM_RE = re.compile(r"\byours\s+truly\b|\bmuggins(?:\s+here)?\b", re.I)
AND_TYPED_SHORT = named_rule("and_typed_short_between_people")
WITH_TYPED_SHORT = named_rule("with_typed_short")
MEDIUM_TYPED_OPEN = named_rule("medium_word_typed_open")
REACTION_STANDS_APART = named_rule("reaction_after_the_request_stands_apart")
POSSESSIVE_AFTER_KIN = named_rule("possessive_after_the_kin_word")
_OPEN_PAIR = re.compile(r"\b([A-Za-z]+)([ -])(?=([A-Za-z]+)\b)")

# words before a bare kinship word that make "<kin>s" a plural, not a possessive
_DETERMINERS = frozenset("the a an my our your his her their its these those both all some "
                         "two three four several many few".split())
_POSSESSIVE_DETERMINERS = frozenset("my our your his her their".split())
_SUBJECTS = frozenset("i you he she we they it who".split())  # "she <name>s ...": a verb
_PERSON_PRONOUNS = frozenset("me i you him her us them myself".split())
# "n", "nd", the song title's "'n'", "an'", "&", "+"
_SHORT_AND = re.compile(r"(?<=\w)(\s+)(n|nd|['\u2019]n['\u2019]?|n['\u2019]|an['\u2019]|an|&|\+)(\s+)(?=\w)",
                        re.I)
# "w/" before a word, or a lone lower-case "w" between two lower-case words: "with"
_SHORT_WITH = re.compile(r"(?<![\w/])w/\s*(?=\w)|(?<=[a-z] )w(?= [a-z])")
_MIN_NAME = 2  # a shorter possessor is no name
# Reactions typed after a request: laughter as chat spells it in English and other languages
# (ha/he/hi, Spanish ja/je, Portuguese rs and k, Korean k, Japanese w, Thai 5, Chinese h and 233,
# Indonesian wk, Greek xa, French mdr/ptdr), chat acronyms, please/thanks, kisses; and (round 22)
# the tag questions varieties end a request with: "<can/ok/possible> or not" (Singapore, Malaysian,
# Indian, Nigerian English), "can anot", "can ah/lah/leh", Malay "boleh tak", "innit", "abi".
REACTIONS = (r"(?:h+[aeiou]+){2,}h*|(?:[aeiou]+h+){2,}|(?:j+[aeiou]+){2,}|(?:rs){2,}|k{3,}|"
             r"w{3,}|5{3,}|h{3,}|23{2,}|(?:wk){2,}w?|(?:xa){2,}|lo+l+(?:z|s)?|lmf?a+o+|rofl\w*|"
             r"mdr+|ptdr+|xd+|omf?g+|smh|ngl|tbh|imo|ikr|jk|fr|bruh|pl[sz]+|please|thx|thanks|"
             r"ty|tia|xo(?:xo)*|x{2,}|"
             r"(?:can|could|ok|okay|possible|got|is\s+it|boleh)\s+(?:or\s+not|anot|tak)|"
             r"can\s+(?:ah|lah|leh|mah)|innit|abi")
_EMOTICON = r"[:;=x8][-']?[)(dDpP3/\\|]+|<3+|\^_*\^|[tT]_[tT]|[\U0001F300-\U0001FAFF\u2600-\u27BF]+"
_REACTION_TAIL = re.compile(r"(?<=[\w)])\s+(?:(?:" + REACTIONS + r")\b|" + _EMOTICON + r")"
                            r"(?:\s*(?:(?:" + REACTIONS + r")\b|" + _EMOTICON + r"))*[\s.!?]*$",
                            re.I)


def person_names(index: CatalogIndex) -> frozenset[str]:
    """The lower-case name words (own names and names the family uses) of the person cards."""
    return frozenset(n for fam in index.families.values() if _is_person(fam)
                     for n in fam.name_lows if len(n) >= _MIN_NAME)


def style_media(index: CatalogIndex) -> dict[str, str]:
    """How the cards write their compounds, by the form typed closed: the lower-case one-word
    tags and class-noun words of the style cards that English reads as a kind of picture
    ("linocut"), the WordNet nouns of CLOSED_NOUN_MIN letters or more any card names itself by
    (each to itself: a split typing closes to it; a style's picture word with its other
    spellings, synonyms.one_word_names a letter off), and the two-word class nouns, tags and names
    written with a hyphen or a space ("neckscarf" -> "neck-scarf")."""
    forms: dict[str, str] = {}
    lx = lexicon()
    for fam in index.families.values():
        for card in fam.cards:
            for term in [card.class_noun, *card.tags] + ([card.name] if fam.kind != "subject" else []):
                low = term.lower().strip()
                parts = re.split(r"[ -]", low)
                if len(parts) == 2 and all(p.isalpha() for p in parts):
                    forms.setdefault("".join(parts), low)
                elif low.isalpha() and ((fam.kind == "style" and is_picture(low)) or (
                        len(low) >= CLOSED_NOUN_MIN and lx is not None and (
                            lx.senses(low) or (fam.kind != "subject" and _coined_compound(low))))):
                    forms[low] = low
                    if fam.kind == "style":  # its other spellings ("colour" for "color")
                        forms.update({n: n for n in one_word_names(low) if n not in forms
                                      and edit_distance(n, low, 1) <= 1})
    return forms


def _coined_compound(low: str) -> bool:
    """A style's or concept's own closed compound English lacks ("headwrap", "boardshorts"):
    two WordNet words of SPLIT_MIN_PART letters or more, typed open as often as closed
    (`medium_word_typed_open`, extended in round 21)."""
    lx = lexicon()
    return lx is not None and any(
        lx.has_word(low[:i]) and lx.has_word(low[i:])
        for i in range(SPLIT_MIN_PART, len(low) - SPLIT_MIN_PART + 1))


NAME_NOT_RESPELT = named_rule("name_is_no_variety_spelling")
"""(round 27) A word the request types that is a card's name is that name, not a variety's
spelling of another word: the dialect readings of `restore` (an "-er" said for a final "-o", a
dropped "g", a stopped "th", a variety's article or preposition...) leave it as typed. A pet
named with a word that one variety says for a common noun is still the pet."""


def being_names(index: CatalogIndex) -> frozenset[str]:
    """The lower-case name words of the person and animal cards (the people a genitive or a
    joining word of another language may name: genitive.py)."""
    return frozenset(n for fam in index.families.values() if _is_person(fam) or _is_animal(fam)
                     for n in fam.name_lows if len(n) >= _MIN_NAME)


class People(NamedTuple):
    """Who a request may name, as `restore` reads them: the person cards' names, the person
    and animal cards' names, and the languages the family's person cards show (kinship.py's
    home_languages: a title of theirs is read as theirs, genitive.py)."""

    names: frozenset[str]
    beings: frozenset[str]
    languages: frozenset[str] = frozenset()
    card_words: frozenset[str] = frozenset()  # the words cards name themselves, class and tag by
    name_pairs: frozenset[tuple[str, str]] = frozenset()  # consecutive words of the cards' names
    initials: dict[str, str] | None = None  # a stated initial -> the one person's name it stands for
    name_words: frozenset[str] = frozenset()  # every card's name words (no function words)


def people_of(index: CatalogIndex) -> People:
    texts = [t for fam in index.families.values() if _is_person(fam)
             for card in fam.cards for t in (card.name, card.description)]
    own = frozenset(w.lower() for fam in index.families.values() for card in fam.cards
                    for text in (card.name, card.class_noun, *card.tags)
                    for w in re.findall(r"[^\W\d_]+", text))
    named = frozenset(w for w in index.name_owners  # every card's name words
                      if len(w) > _MIN_NAME and w not in STOPWORDS)  # no two-letter particle
    return People(person_names(index), being_names(index), home_languages(texts), own,
                  index.name_pairs, initials_of(index), named)


def initials_of(index: CatalogIndex) -> dict[str, str]:
    """initial_stated_as_a_name: each letter the cards of exactly one person state as their
    initial (aliases.stated_initials) -> that person's name as their newest card writes it."""
    found: dict[str, set[str]] = {}
    for fam in index.families.values():
        if not _is_person(fam):
            continue
        own = set(fam.name_lows)
        for letter in set().union(*(stated_initials(c.description, own) for c in fam.cards)):
            found.setdefault(letter, set()).add(fam.newest.name)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


_NAME_BEFORE = frozenset("and with w & + n me".split())  # a name follows them in a list of people


def _initials_named(text: str, initials: dict[str, str]) -> str:
    """Rule initial_stated_as_a_name (round 23): a capital letter typed alone where a name stands
    (opening the request, after "and"/"with"/"me" or a comma, or as a possessor) that the cards
    state as one person's initial is that person: written as their name. Elsewhere ("a big <L> on
    the shirt", "plan <L>") the letter is a letter."""
    toks = tokenize(text)
    for i in reversed(range(len(toks))):
        tok = toks[i]
        letter = tok.text.split("'")[0]
        if len(letter) != 1 or not letter.isupper() or letter.lower() not in initials:
            continue
        before = text[toks[i - 1].end:tok.start] if i else ""
        placed = i == 0 or "," in before or toks[i - 1].low in _NAME_BEFORE or tok.possessive
        if placed:
            text = text[:tok.start] + initials[letter.lower()] + text[tok.start + 1:]
    return text


def _names_kept(pairs: frozenset[tuple[str, str]], old: str, new: str) -> str:
    """Rule whole_name_typed_is_a_name (rules.WHOLE_NAME): a rewrite that splits a card's name
    typed whole ("<given> <generation name>" read as a possessor and a kin noun) is not made."""
    if new == old or not pairs:
        return new
    kept = _typed_pairs(new, pairs)
    return new if all(kept.count(p) >= n for p, n in Counter(_typed_pairs(old, pairs)).items()) \
        else old


def _name_words_kept(named: frozenset[str], old: str, new: str) -> str:
    """Rule name_is_no_variety_spelling (NAME_NOT_RESPELT): a respelling that loses a word the
    request typed which is a card's name word is not made."""
    if new == old or not named:
        return new
    typed = Counter(t.low for t in tokenize(old) if t.low in named)
    kept = Counter(t.low for t in tokenize(new) if t.low in named)
    return new if all(kept[w] >= n for w, n in typed.items()) else old


def _typed_pairs(text: str, pairs: frozenset[tuple[str, str]]) -> list[tuple[str, str]]:
    toks = tokenize(text)
    at = typed_name_words(toks, text, pairs)
    return sorted((a.low, b.low) for a, b in zip(toks, toks[1:]) if a.start in at and b.start in at)


def _is_animal(fam) -> bool:
    """A subject card of an animal (its class noun's first WordNet meaning): a pet has a name."""
    lx = lexicon()
    senses = lx.senses(fam.class_head) if lx is not None and fam.class_head else []
    return fam.kind == "subject" and bool(senses) and senses[0].lexfile == LEXFILE["animal"]


def restore(request: str, names: frozenset[str], disabled: frozenset[str] = frozenset(),
            media: dict[str, str] | frozenset[str] = frozenset(),
            people: People | None = None) -> str:
    """The request with dropped apostrophes, short "and"s and split medium words restored
    (rules above), and the possessive grammar of other languages written the English way
    (genitive.py); media: `style_media` of the catalog; people: `people_of` (default: names).
    No step splits a card's name typed whole (`_names_kept`), and no dialect reading respells a
    card's name word (`_name_words_kept`)."""
    pairs = people.name_pairs if people and WHOLE_NAME not in disabled else frozenset()
    named = people.name_words if people and NAME_NOT_RESPELT not in disabled else frozenset()

    def step(rule: str, new: str, old: str) -> str:
        return _names_kept(pairs, old, acted(disabled, rule, new, old))

    def respell(rule: str, new: str, old: str) -> str:  # a variety's spelling read as standard
        return _name_words_kept(named, old, step(rule, new, old))

    request = step(SPEAKER_IDIOM, _SPEAKER_IDIOM_RE.sub("me", request), request)
    if people is not None and people.initials:
        request = step(INITIAL_NAME, _initials_named(request, people.initials), request)
    request = respell(dialect.VARIETY_PREPOSITION, dialect.prepositions_standard(
        request, people.card_words if people else names), request)
    request = respell(dialect.STOPPED_TH, dialect.stopped_th_standard(
        request, people.card_words if people else names, names), request)
    request = respell(dialect.VARIETY_LITTLE_WORD, dialect.little_standard(request, names), request)
    request = respell(dialect.VARIETY_OLD_WORD, dialect.old_standard(request, names), request)
    request = respell(dialect.VARIETY_ARTICLE, dialect.articles_standard(request, names), request)
    request = respell(dialect.STOPPED_TH_ARTICLE, dialect.stopped_th_article(
        request, people.card_words if people else names, names), request)
    request = respell(dialect.KIN_AS_SAID, dialect.kin_said_standard(request, names), request)
    request = respell(dialect.DIALECT_POSSESSIVE, dialect.standard_possessives(request, names),
                   request)
    request = respell(dialect.CREOLE_POSSESSIVE, dialect.creole_possessives(request, names), request)
    request = respell(dialect.LITTLE_ONE, dialect.youngest_child(request), request)
    request = respell(dialect.G_DROPPED, dialect.g_restored(
        request, names, disabled, people.card_words if people else names), request)
    request = respell(dialect.FINAL_O_AS_ER, dialect.o_restored(request, names), request)
    request = respell(dialect.HOUSE_PRONOUN, dialect.house_pronoun(request), request)
    request = step(POSSESSIVE_AFTER_KIN, _possessive_before_kin(request, names), request)
    people = people or People(names, names)
    request = _names_kept(pairs, request, genitive.rewrite(request, names, people.beings, disabled,
                                                           people.languages))
    request = step(POSSESSIVE_TYPED_BARE, _restore_possessives(request, names), request)
    request = step(WITH_TYPED_SHORT, _SHORT_WITH.sub(
        lambda m: "with " if "/" in m.group(0) else "with", request), request)
    beings = people.beings if people is not None else names
    request = step(AND_TYPED_SHORT, _restore_and(request, beings), request)
    request = step(REACTION_STANDS_APART, reaction_set_apart(request), request)
    if media:
        forms = media if isinstance(media, dict) else {w: w for w in media}
        request = step(MEDIUM_TYPED_OPEN, _split_compounds(_close_media(request, forms), forms),
                       request)
    return request


def reaction_set_apart(text: str) -> str:
    """Rule reaction_after_the_request_stands_apart: chat ends a request with the typist's own
    reaction ("... lol", "... haha", "... pls", "... :)"), a sentence of its own that speech
    would set off by a pause and writing by a comma; typed without one it is read as part of the
    last noun phrase ("a <thing> lol"). The trailing run of reaction words (`REACTIONS`: laughter
    as the world's chats spell it, chat acronyms, please/thanks, emoticons) gets its comma; not
    after a word that needs a noun to follow (a determiner, a preposition, a possessive's linker:
    "<name> no haha" is Japanese for "<name>'s mother")."""
    m = _REACTION_TAIL.search(text)
    before = tokenize(text[:m.start()]) if m is not None else []
    if not before or before[-1].low in STOPWORDS or before[-1].low in genitive.possessor_links():
        return text
    return text[:m.start()].rstrip() + ", " + text[m.start():].lstrip()


def _close_media(text: str, forms: dict[str, str]) -> str:
    """Two words, spaced or hyphenated, that together are a compound a card writes closed
    ("lino cut" -> "linocut"), or that a card writes with the other separator ("head tie" ->
    "head-tie")."""
    out, last = [], 0
    for m in _OPEN_PAIR.finditer(text):
        card = forms.get((m.group(1) + m.group(3)).lower())
        if m.start() < last or card is None:
            continue
        sep = card[len(m.group(1))] if " " in card or "-" in card else ""
        out.append(text[last:m.start()] + m.group(1) + sep)
        last = m.end()  # the second word follows as typed
    return "".join(out) + text[last:]


def _split_compounds(text: str, forms: dict[str, str]) -> str:
    """One word that a card writes as two, hyphenated or spaced, typed closed ("headscarf" for
    a card's "head-scarf"): written as the card writes it."""
    def split(m: re.Match) -> str:
        card = forms.get(m.group(0).lower())
        if card is None or card == m.group(0).lower():
            return m.group(0)
        cut = len(re.split(r"[ -]", card)[0])
        return m.group(0)[:cut] + card[cut] + m.group(0)[cut:]
    return re.sub(r"\b[A-Za-z]+\b", split, text)


def _a_noun(tok: Token, names: frozenset[str]) -> bool:
    """Could the word be the head of a possessed noun phrase? (no verb form, no function word)"""
    if tok.possessive or not noun_like(tok):
        return False
    if tok.low in names or kin_noun(tok.low):
        return True
    lx = lexicon()
    return lx is not None and bool(lx.senses(tok.low))


def _bare_possessor(toks: list[Token], i: int, text: str, names: frozenset[str]) -> bool:
    """Is toks[i] ("<word>s") a possessive typed without its apostrophe?"""
    tok = toks[i]
    low = tok.low
    if tok.possessive or "'" in tok.text or not low.isalpha() or len(low) < 3 or \
            not low.endswith("s") or low.endswith("ss") or low in names:
        return False
    if i + 1 >= len(toks) or text[tok.end:toks[i + 1].start].strip():
        return False  # the possessed noun follows with nothing but spaces between
    before = toks[i - 1].low if i > 0 else ""
    if before in _SUBJECTS:
        return False
    word = low[:-1]
    a_name = word in names
    singular_kin = kin_noun(word) and not rel_of(word)[1]
    bare_relative = singular_kin and (before not in _DETERMINERS or
                                      _relative_of_a_relative(toks, i, before))
    return (a_name or bare_relative) and _a_noun(toks[i + 1], names)


def _relative_of_a_relative(toks: list[Token], i: int, before: str) -> bool:
    """"my mums mum", "our dads sisters son": a kinship word after a possessive determiner
    followed by another kinship word is no plural (a plural noun does not modify a kinship
    word) but its possessor, a chain of relations."""
    return before in _POSSESSIVE_DETERMINERS and i + 1 < len(toks) and \
        kin_noun(toks[i + 1].low) and not toks[i + 1].possessive


def _restore_possessives(text: str, names: frozenset[str]) -> str:
    toks = tokenize(text)
    ends = [t.end for i, t in enumerate(toks) if _bare_possessor(toks, i, text, names)]
    for end in reversed(ends):  # from the end, so earlier offsets stay valid
        text = text[:end - 1] + "'s" + text[end:]
    return text


def _a_person_word(word: str, names: frozenset[str]) -> bool:
    low = word.lower()
    return low in _PERSON_PRONOUNS or low in names or kin_noun(low)


_SPEAKER_OBJECTS = frozenset(("me", "myself"))


def _restore_and(text: str, names: frozenset[str]) -> str:
    """Rule and_typed_short_between_people: "n", "&", "+" between two beings (people and pets
    by name, kinship words, personal pronouns; round 22: pets' names too, and a possessive
    determiner opening the second one, "<name> n his <kin word>") is "and"; round 28: after the
    speaker's "me" whatever follows ("me n the <kin word>", "me n <a thing's name>"): a pronoun
    joins no other word with "n"; round 30: Scots and Irish "an" before a word that opens with a
    consonant (the article "an" stands only before a vowel sound: "<name> an <name>")."""
    def replace(m: re.Match) -> str:
        left = re.search(r"[\w']+$", text[:m.start()])
        right = re.match(r"[\w']+", text[m.end():])
        speaker = left is not None and left.group(0).lower() in _SPEAKER_OBJECTS
        if m.group(2).lower() == "an" and (right is None or right.group(0)[0].lower() in "aeiouh"):
            return m.group(0)  # the article, before a vowel sound ("an uncle")
        if left and right and _a_person_word(left.group(0).split("'")[0], names) and \
                (speaker or _a_person_word(right.group(0).split("'")[0], names) or
                 right.group(0).lower() in _POSSESSIVE_DETERMINERS):
            return f"{m.group(1)}and{m.group(3)}"
        return m.group(0)
    return _SHORT_AND.sub(replace, text)


def _kin_run(toks: list[Token], end: int, langs: frozenset[str]) -> list[int]:
    """The kinship nouns right before toks[end] (a postposed possessive), nearest last, with
    the language's linkers between them skipped; [] when the word before is no kinship noun."""
    run: list[int] = []
    k = end - 1
    while k >= 0 and _kin_noun(toks[k], langs):
        run.insert(0, k)
        k -= 1
        if k >= 1 and kin_linkers().get(toks[k].low, frozenset()) & langs and \
                _kin_noun(toks[k - 1], langs):
            k -= 1
    return run


def _kin_noun(tok: Token, langs: frozenset[str]) -> bool:
    if tok.possessive or not tok.low.isalpha():
        return False
    return reading_in(tok.low, langs) is not None or _kin_word_pointed(tok.low)


def _opens_a_phrase(toks: list[Token], i: int, text: str) -> bool:
    """Does the kinship noun at i begin a noun phrase of its own: first, after punctuation or a
    function word ("with", "and", "of"), not after a determiner? A word that is also English
    ("ate", "mama") after a content word is that word ("the dog ate ..."); an unguarded kinship
    word after one is still the head of its phrase ("feeding omo ...")."""
    if i == 0 or text[toks[i - 1].end:toks[i].start].strip():
        return True
    before = toks[i - 1].low
    if before in _DETERMINERS:
        return False
    return before in STOPWORDS or not is_guarded(toks[i].low)


def _kin_word_pointed(low: str) -> bool:
    found = rel_of(low, pointed=True)
    return bool(found and found[0].kind)


def _in_english(low: str, langs: frozenset[str]) -> str:
    """The word as typed, or the relation in English where the possessive's language reads it
    otherwise than the tables' first reading."""
    own = reading_in(low, langs)
    found = rel_of(low, pointed=True)
    if own is None or (found and found[0].kind == own.kind):
        return low
    return label(own).replace("step+", "step").replace("+", "-")


def _links_a_name(toks: list[Token], i: int, names: frozenset[str]) -> bool:
    """Is toks[i] a genitive link of another language before a person's name ("mama wa
    <name>": Swahili's "of", not Yoruba's "our")?"""
    return toks[i].low in genitive.head_links() and i + 1 < len(toks) and \
        toks[i + 1].low in names


def _possessive_before_kin(text: str, names: frozenset[str]) -> str:
    """"<kin> [<kin> ...] <my>" -> "my [<kin>'s ...] <kin>" (possessive_after_the_kin_word)."""
    toks = tokenize(text)
    for i in range(len(toks) - 1, 0, -1):  # from the end, so earlier offsets stay valid
        langs = possessives_after().get(toks[i].low)
        if langs is None or toks[i].low in names or _links_a_name(toks, i, names):
            continue
        run = _kin_run(toks, i, langs)
        if not run or not _opens_a_phrase(toks, run[0], text):
            continue
        kin = [_in_english(toks[k].text, langs) for k in run]
        phrase = "my " + "".join(w + "'s " for w in reversed(kin[1:])) + kin[0]
        text = text[:toks[run[0]].start] + phrase + text[toks[i].end:]
        toks = tokenize(text)
    return text
