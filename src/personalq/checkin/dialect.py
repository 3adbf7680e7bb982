"""The first-person possessive as English dialects write it, read as "my"/"our".

Many Englishes write the possessive determiner with the object pronoun's form or their own
word: Northern English, Irish, Scottish and Australian "me" ("me brother", "me old car"),
Scots and Black English "ma", Jamaican and Yorkshire "mi", Geordie "wor", Scots "oor"/"wir"
("our"); "oor"/"wor"/"wir", no pronoun's form, are "our" before a family member's name too
("oor <name>"). The owner's cards are written that way too ("Me sister, <name>, ..."). The rest of
Check-in reads a possessive by "my"/"our" and "me" as the person drawn, so the word is written
the standard way where the phrase after it can only be possessed (rule
`possessive_determiner_of_a_dialect`): "me" before a noun, a kinship or birth-order word
("me eldest"), or adjectives and unknown words before a noun ("me good boots"); never before a
preposition, a conjunction, a verb form or punctuation ("me in a coat", "me and <name>", "me
stood by the gate", "me, <name> and the kids": there "me" is the owner drawn), nor before a
noun of time ("me summer before last": the time of the person drawn). After a verb of making
or showing ("draw me ...") "me" is the one the picture is for unless a person word follows.

`preposition_of_an_english_variety`: the prepositions, like the determiners, are a closed class,
and each variety of English writes some of its own: Scots "wi", "fae"/"frae", "aff", "oot",
"tae", "intae", "ower", "aboot", "doon", "efter", "afore"; Northern English and Appalachian
"agin", "afore"; London "wiv"; Caribbean "wid", "pon", "fram"; Southern US "fer", "outta";
chat "frm", "abt" (DIALECT_PREPOSITIONS). The rest of Check-in reads a phrase by its standard
preposition ("with" for what the person wears or holds, "from" for a time or a source), so
such a word is written the standard way where it stands in a preposition's slot: after a word
that does not leave a noun phrase open for it (an article, a determiner or a describing word
before it makes it a noun: "a fae", "the dark fae") and before the phrase it heads (a word of
the same clause; not a conjunction, another preposition or punctuation), and never where a
card names itself, its class or a tag with that word (a fantasy card's "Fae").

`little_one_is_the_youngest` (rules.py, reasoner._little_one), read in dialect spelling: "one"
written "un", "'un" or "yin" (Northern English, Scots, Irish: "our wee yin") is "one", and the
Scots "wean" is "wee ane" contracted, so "wean" after "the"/"my"/"our" is "wee one".
"""

from __future__ import annotations

import re
from dataclasses import replace

from personalq.checkin.clipping import common_noun
from personalq.checkin.kinship import KIN_IDIOMS, birth_order, kin_word_as_said, rel_of
from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.rules import LITTLE_ONE, named_rule, noun_like
from personalq.checkin.text import FILLER, STOPWORDS, Token, english_words, tokenize
from personalq.checkin.tuning import DIALECT_NOUN_MIN, DIALECT_PHRASE_MAX

DIALECT_POSSESSIVE = named_rule("possessive_determiner_of_a_dialect")
HOUSE_PRONOUN = named_rule("reflexive_opening_is_the_head_of_the_house")
"""Irish and Scottish English call the woman and the man of the house "herself" and "himself"
("herself is in the kitchen"). A reflexive pronoun cannot open an English sentence in its
reflexive sense (it needs a noun before it to point back to), so one opening a request is the
spouse: written "my wife" / "my husband" (house_pronoun)."""

G_DROPPED = named_rule("g_dropped_from_an_ing_form")
"""Casual English says and types an -ing form without its g ("fishin'", "jumpin", "nothin"):
a word ending in -in (an apostrophe may follow) that English does not have and no card names,
whose -ing form is an English verb's, is that -ing form (g_restored)."""
STOPPED_TH = named_rule("preposition_with_th_stopped")
"""(round 21) The varieties that stop "th" (Cajun, Caribbean, New York, Irish, Newfoundland,
African American English) say and type "with" as "wit" ("me wit my kite", "gran wit
the straw hat"). "wit" is also an English noun ("his quick wit"), so it is "with" only in a
preposition's slot (no article, determiner or describing word before it) and before what opens
the phrase it heads: an article, a possessive, a pronoun, a number, a kinship word or a name
of the household's (stopped_th_standard; STOPPED_TH_PREPOSITIONS)."""
KIN_AS_SAID = named_rule("kin_word_spelt_as_said")
"""Caribbean, Irish, Newfoundland, New York and African American English say "th" as "d" and
many drop the r of "-er"; their speakers type a kinship word as they say it ("mi madda", "me
fadda", "her bredda", "my brotha"). A word that sounds as exactly one English kinship word with
a "th" (kinship.said_key: "th" as "d", "-er" as "-a"/"-ah", a doubled letter, the back vowels
alike), no kinship word and no name already, is that word after a possessive ("me modder": a
"mudder" is also a racehorse), or anywhere where it is no English word and keeps the stop's
doubled "dd" or the "th" ("Mudda cooking"; a bare "moda" is another language's word)
(kin_said_standard; round 21)."""
G_RARE_NOUN = named_rule("rare_noun_yields_to_a_dropped_g")
"""(round 21) A word ending in -in that English has only as a rare noun ("takin", a goat
antelope; "bodkin") is, where no noun phrase is open for it (no article, determiner, possessive
or adjective right before it), no card's word, and its -ing form is an English verb, that verb
with its g dropped ("my son takin the helm"), as an unknown -in word is (g_restored,
_rare_noun_in_a_verb_slot)."""
FINAL_O_AS_ER = named_rule("final_o_said_as_er")
"""Appalachian, Ozark and Southern US English, Newfoundland, and Northern English and Scots
too, say a word's final unstressed -o or -ow as -er, and write it so: "banjer", "piller", "winder",
"tomaters" (round 21). A word ending in -er (with a plural -s) that English
does not have and no card names, whose form with -o or -ow is an English noun, is that noun
(o_restored)."""
VARIETY_ARTICLE = named_rule("article_of_an_english_variety")
"""The English-lexicon creoles write the definite article "di" (Jamaican, Krio, Nigerian
Pidgin) or "de" (Gullah, Bajan): a closed class like the possessives, so where such a word opens
a noun phrase it is "the" ("di pikin asleep"; articles_standard; round 20)."""
STOPPED_TH_ARTICLE = named_rule("article_with_th_stopped_before_a_noun")
"""(round 32) The varieties that stop "th" (Shetland and Orkney, Hawaiian Pidgin, Newfoundland,
Caribbean, African American English) type "the" as "da" ("da van at da quay"). "da" is also
the father in Irish, Scottish and Shetland English ("me da", "da's chair"), and a kinship word
there is possessed or stands alone; an article opens a noun phrase. So "da" is "the" only where
no possessive, article or noun comes right before it (the request's start, a preposition, a
conjunction, a verb) and a noun phrase follows: a noun that is no verb form, or a describing
word (an unknown one too: the variety's own "peerie") and then a noun; never before a name of
the household's people ("da <name>" is a title) (stopped_th_article)."""
CREOLE_POSSESSIVE = named_rule("subject_pronoun_as_possessive_of_a_creole")
"""(round 32) The English-lexicon creoles of the Caribbean (Trinidadian, Bajan, Guyanese,
Jamaican) write the possessive determiner with the subject pronoun's form: "we shop" is our
shop, "she hat" her hat, "he waistcoat" his. "we", "she", "he" are also their standard subjects,
and a subject opens a clause; so the word is the possessive only where no clause opens there
(after a word of the same clause that is no conjunction and no noun, after which a subject opens a
contact clause, "the cakes we bake": a preposition, a verb, "a box ah we ...") and a possessed noun
phrase follows, as the dialect possessives are read
(creole_possessives, CREOLE_POSSESSIVES)."""
VARIETY_LITTLE_WORD = named_rule("little_of_an_english_variety")
"""The varieties write "little" their own way before a name or a noun: Caribbean "likkle",
British nursery "ickle"/"lickle", chat "lil"/"smol" (VARIETY_LITTLE). Read as "little" there,
the name after it is read as the name it is, not as part of an unknown name
(little_standard; round 20)."""
VARIETY_OLD_WORD = named_rule("old_of_an_english_variety")
"""(round 24) The varieties write "old" their own way too: Scots "auld", Irish "oul"/"ould"/"aul",
northern English "owd", Southern US, Caribbean and Newfoundland "ole"/"ol'" (VARIETY_OLD). Before
the second word of a kinship idiom with "old" it is "old", so "our oul fella", "me owd man" are
the father (old_standard); elsewhere it is left as typed."""
VARIETY_PREPOSITION = named_rule("preposition_of_an_english_variety")
"""A closed-class preposition of an English variety ("wi", "fae", "aff", "wiv", "pon") in a
preposition's slot is the standard preposition (module docstring; prepositions_standard)."""

# The prepositions of English varieties, variety by variety: "typed=standard" (closed class;
# "_" is a space).
# A word several varieties share is listed under the first; a word English also has as an
# ordinary word of another class ("wit", "ta", "fi" in "sci fi") is left out.
_PREPOSITIONS_BY_VARIETY = {
    "scots": "wi=with fae=from frae=from aff=off oot=out tae=to intae=into ontae=onto "
             "ower=over aboot=about doon=down roon=round roond=round aroon=around "
             "aroond=around efter=after afore=before ahint=behind atween=between "
             "withoot=without",
    "northern english, appalachian": "agin=against",
    "london": "wiv=with",
    "caribbean": "wid=with pon=on fram=from",
    "southern us": "fer=for outta=out_of",
    "chat": "frm=from abt=about",
}
DIALECT_PREPOSITIONS: dict[str, str] = {
    typed: standard.replace("_", " ") for row in _PREPOSITIONS_BY_VARIETY.values()
    for typed, standard in (pair.split("=") for pair in row.split())}
# "with" and "without" said with "th" stopped to "t"/"d" (Cajun, Caribbean, New York, Irish,
# Newfoundland and African American English), typed so; "wid", "wiv" are in the table above.
# "wit" is also an English noun, so only before a phrase's opener (rule
# preposition_with_th_stopped).
STOPPED_TH_PREPOSITIONS = {"wit": "with", "witout": "without", "widout": "without",
                           "widdout": "without", "wittout": "without"}
# Words that open the phrase a preposition heads though English lists them as function words.
_PHRASE_OPENERS = frozenset("a an the this that these those some any my our your his her its "
                            "their me us him them it you when where".split())
# Words before a noun that leave its phrase open: a word after them is that noun.
_NOUN_OPENERS = frozenset("a an the this that these those some any my our your his her its "
                          "their".split())
_G_DROPPED_RE = re.compile(r"\b([A-Za-z]{2,}in)(?:['\u2019])?(?![\w'\u2019])")

# The definite article as the English-lexicon creoles write it (Jamaican and the other
# Caribbean creoles, Krio, Nigerian Pidgin "di"; Gullah, Bajan, Belizean Kriol "de"), read "the"
# where it opens a noun phrase (rule article_of_an_english_variety).
VARIETY_ARTICLES = {"di": "the", "de": "the"}
# "the" with its th stopped, typed as the Irish and Scots father is (rule
# article_with_th_stopped_before_a_noun).
STOPPED_TH_DA = "da"

# "little" as the varieties write it (rule little_of_an_english_variety): Jamaican and the other
# Caribbean creoles "likkle", British nursery "ickle" and "lickle", American and chat "lil",
# chat "smol", Scots "wee" being English already.
VARIETY_LITTLE = frozenset("likkle lickle ickle lil smol".split())
# "old" as the varieties write it (rule old_of_an_english_variety; "ol" is typed for "ol'").
VARIETY_OLD = frozenset("auld oul ould aul owd ole ol".split())
# The second words of the kinship idioms with "old" ("old man", "old fella"): where a variety's
# "old" is read as "old" (old_standard).
OLD_IDIOM_HEADS = frozenset(second for first, second in KIN_IDIOMS if first == "old")

# The creoles' subject pronouns written for the possessive (rule
# subject_pronoun_as_possessive_of_a_creole), and the words after which a clause opens.
CREOLE_POSSESSIVES = {"we": "our", "she": "her", "he": "his"}
# The prepositions (and "a", the creoles' "of": "a box a we"): after them a pronoun is governed, no
# subject (creole_possessives).
_GOVERNING = frozenset("of a from in on at with for to by into onto over under near behind beside "
                       "about like off out".split())
_CLAUSE_OPENERS = frozenset("and an n but or so when while after before if because cause cos coz "
                            "where that than then as since until till though lol".split())
# The dialect word -> the standard possessive it writes.
DIALECT_POSSESSIVES = {"me": "my", "ma": "my", "mi": "my", "wor": "our", "oor": "our", "wir": "our"}
# The dialect possessives that are no pronoun's form too ("me", "mi" are also the object).
_ONLY_POSSESSIVE = frozenset({"wor", "oor", "wir"})
# "one" in dialect spelling after a word for small (ages.SMALL_WORDS): the small child.
_LITTLE_ONE = re.compile(r"\b(?P<small>little|wee)\s+(?:un|'un|yin)\b", re.I)
# "wean" ("wee ane" contracted) after the determiners of little_one_is_the_youngest.
_WEE_ONE_CONTRACTED = re.compile(r"\b(?P<det>the|my|our)\s+wean\b(?!['\u2019]s)", re.I)
# Words after which "me" is the one a picture is made for ("paint me a ..."): FILLER's verbs.
_FOR_WHOM = FILLER | frozenset("for to let help tell send bring buy paint sketch".split())


def standard_possessives(text: str, names: frozenset[str] = frozenset()) -> str:
    """The text with each dialect possessive determiner written "my"/"our" where the phrase
    after it is possessed (module docstring); names: lower-case names of person cards (a
    name is never a possessed noun: "me <name>" is two people)."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, -1, -1):  # from the end: earlier offsets stay valid
        tok = toks[i]
        english = DIALECT_POSSESSIVES.get(tok.low)
        if english is None or tok.possessive or tok.low in names:
            continue
        person_only = i > 0 and toks[i - 1].low in _FOR_WHOM
        if _possessed(toks, i + 1, text, names, person_only) or \
                _our_before_a_name(toks, i, text, names):
            english = english.capitalize() if tok.text[0].isupper() else english
            text = text[:tok.start] + english + text[tok.end:]
    return text


def creole_possessives(text: str, names: frozenset[str] = frozenset()) -> str:
    """Rule subject_pronoun_as_possessive_of_a_creole: "we"/"she"/"he" inside a clause (after
    a word of it that is no conjunction and no noun) before a possessed noun phrase is
    "our"/"her"/"his"."""
    toks, lx = tokenize(text), lexicon()
    for i in range(len(toks) - 2, 0, -1):  # from the end: earlier offsets stay valid
        tok, prev = toks[i], toks[i - 1]
        english = CREOLE_POSSESSIVES.get(tok.low)
        if english is None or tok.low in names or text[prev.end:tok.start].strip() or \
                prev.low in _CLAUSE_OPENERS or prev.low in CREOLE_POSSESSIVES or \
                (prev.low not in _GOVERNING and lx is not None and lx.base_forms(prev.low)) or \
                not _possessed(toks, i + 1, text, names, False):
            continue  # after a noun it opens a contact clause: "the cakes we bake"
        text = text[:tok.start] + english + text[tok.end:]
    return text


def prepositions_standard(text: str, card_words: frozenset[str] = frozenset()) -> str:
    """Rule preposition_of_an_english_variety (module docstring): each variety's preposition
    in a preposition's slot written the standard way; card_words: the lower-case words of the
    cards' names, class nouns and tags (a word a card uses keeps the card's sense)."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, 0, -1):  # from the end: earlier offsets stay valid
        tok = toks[i]
        english = DIALECT_PREPOSITIONS.get(tok.low)
        if english is None or tok.possessive or tok.low in card_words or \
                not _preposition_slot(toks, i, text):
            continue
        end = tok.end + 1 if text[tok.end:tok.end + 1] in ("'", "\u2019") else tok.end
        text = text[:tok.start] + english + text[end:]
    return text


def stopped_th_standard(text: str, card_words: frozenset[str] = frozenset(),
                        names: frozenset[str] = frozenset()) -> str:
    """Rule preposition_with_th_stopped (STOPPED_TH_PREPOSITIONS): "wit" is "with" in a
    preposition's slot before a phrase's opener (an article, a possessive, a pronoun, a number),
    a kinship word or a name of the household's (`names`); never a word a card uses."""
    toks = tokenize(text)
    for i in range(len(toks) - 2, 0, -1):  # from the end: earlier offsets stay valid
        tok, after = toks[i], toks[i + 1]
        english = STOPPED_TH_PREPOSITIONS.get(tok.low)
        if english is None or tok.possessive or tok.low in card_words or \
                not (after.low in _PHRASE_OPENERS or after.low.isdigit() or after.low in names or
                     rel_of(after.low, pointed=True)) or not _preposition_slot(toks, i, text):
            continue
        text = text[:tok.start] + english + text[tok.end:]
    return text


def articles_standard(text: str, names: frozenset[str] = frozenset()) -> str:
    """Rule article_of_an_english_variety: a creole's definite article (VARIETY_ARTICLES) is
    "the" where it opens a noun phrase: before a noun or kinship word of the same phrase, at the
    request's start or after a function word, a verb form or punctuation (after a noun it is
    another language's "of": genitive.py); never a name the cards use ("Di"), nor before a word
    under three letters (a Romance article or a name's particle: "de la <surname>")."""
    toks, lx = tokenize(text), lexicon()
    for i in range(len(toks) - 2, -1, -1):  # from the end: earlier offsets stay valid
        tok, nxt = toks[i], toks[i + 1]
        if tok.low not in VARIETY_ARTICLES or tok.low in names or lx is None or \
                (i and tok.capitalized) or nxt.low in STOPWORDS or len(nxt.low) < 3 or \
                text[tok.end:nxt.start] != " " or not (lx.base_forms(nxt.low) or rel_of(nxt.low, True)):
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and not text[prev.end:tok.start].strip() and \
                prev.low not in STOPWORDS and not lx.verb_lemma(prev.low) and \
                not lx.past_verb_lemma(prev.low):
            continue  # "<noun> di <name>": the possessed before its possessor
        text = text[:tok.start] + VARIETY_ARTICLES[tok.low] + text[tok.end:]
    return text


def stopped_th_article(text: str, names: frozenset[str] = frozenset(),
                       people: frozenset[str] = frozenset()) -> str:
    """Rule article_with_th_stopped_before_a_noun (STOPPED_TH_ARTICLE): "da" opening a noun
    phrase where no possessive, article or noun is before it is "the"; names: the cards' name
    words (never respelt), people: the household's people's names (a title stands before them)."""
    toks, lx = tokenize(text), lexicon()
    if lx is None:
        return text
    for i in range(len(toks) - 2, -1, -1):  # from the end: earlier offsets stay valid
        tok = toks[i]
        if tok.low != STOPPED_TH_DA or tok.possessive or (i and tok.capitalized) or \
                tok.low in names or not _noun_phrase_after(toks, i + 1, text, people):
            continue
        prev = toks[i - 1] if i else None
        if prev is not None and text[prev.end:tok.start].strip() in ("'", "\u2019"):
            continue  # "the weans' da": a plural possessor's apostrophe before it
        if prev is not None and not text[prev.end:tok.start].strip() and \
                (prev.low in _POSSESSORS or prev.low in _NOUN_OPENERS or prev.possessive or
                 not (prev.low in STOPWORDS or lx.verb_lemma(prev.low) or
                      lx.past_verb_lemma(prev.low) or lx.present_verb_lemma(prev.low))):
            continue  # "me da", "the kids' da", "<name> da <noun>" (genitive.py)
        text = text[:tok.start] + "the" + text[tok.end:]
    return text


def _noun_phrase_after(toks: list[Token], j: int, text: str, people: frozenset[str]) -> bool:
    """Does a noun phrase open at toks[j], in the same clause as the word before it: a noun that
    is no -ing form and no adverb ("back", "home"), or a describing word (an adjective, or a word English does not have) and
    then such a noun?"""
    lx = lexicon()

    def noun(k: int) -> bool:
        t = toks[k]
        return t.low not in STOPWORDS and t.low not in people and bool(lx.base_forms(t.low)) and \
            lx.verb_lemma(t.low) is None and not text[toks[k - 1].end:t.start].strip()

    if j >= len(toks) or toks[j].low in people:
        return False
    if lx.is_adverb(toks[j].low):
        return False  # "da back when he fished": the father, back then
    if noun(j):
        return True
    first = toks[j]
    describing = first.low not in STOPWORDS and not text[toks[j - 1].end:first.start].strip() and \
        (lx.is_adjective(first.low) or not lx.has_word(first.low))
    return describing and j + 1 < len(toks) and noun(j + 1)


def old_standard(text: str, names: frozenset[str] = frozenset()) -> str:
    """Rule old_of_an_english_variety: a variety's "old" (VARIETY_OLD) before the second word of
    a kinship idiom with "old" (kinship.KIN_IDIOMS: "old man", "old fella") is "old"; elsewhere
    ("auld boys") the word is left as typed (little_standard's reading, narrowed)."""
    return little_standard(text, names, VARIETY_OLD, "old", OLD_IDIOM_HEADS)


def little_standard(text: str, names: frozenset[str] = frozenset(),
                    variety: frozenset[str] = VARIETY_LITTLE, standard: str = "little",
                    heads: frozenset[str] | None = None) -> str:
    """Rule little_of_an_english_variety: a variety's "little" (VARIETY_LITTLE) before a name of
    the household's or a noun or kinship word of the same phrase is "little"; never a name the
    cards use ("Lil"). `heads`: the only words it is read before (old_standard)."""
    toks, lx = tokenize(text), lexicon()
    for i in range(len(toks) - 2, -1, -1):  # from the end: earlier offsets stay valid
        tok, nxt = toks[i], toks[i + 1]
        if tok.low not in variety or tok.low in names or tok.possessive or \
                text[tok.end:nxt.start].strip(" '\u2019") or nxt.low in STOPWORDS or \
                (heads is not None and nxt.low not in heads):
            continue
        if nxt.low in names or rel_of(nxt.low, True) or (lx is not None and lx.base_forms(nxt.low)):
            end = nxt.start - 1 if text[nxt.start - 1:nxt.start] == " " else nxt.start
            text = text[:tok.start] + standard + text[end:]
    return text


def _preposition_slot(toks: list[Token], i: int, text: str) -> bool:
    """Does toks[i] stand where a preposition stands: after a word that leaves no noun phrase
    open, before the phrase it heads, in the same clause on both sides?"""
    before, after = toks[i - 1], toks[i + 1]
    gap = text[toks[i].end:after.start].lstrip("'\u2019")
    if text[before.end:toks[i].start].strip() or gap.strip():
        return False
    if before.low in _NOUN_OPENERS or re.fullmatch(r"\d+", before.low):
        return False
    if after.low in _PHRASE_OPENERS or re.fullmatch(r"\d+", after.low):
        return True  # a noun is followed by no article, pronoun or number in one phrase
    lx = lexicon()
    if lx is not None and lx.is_adjective(before.low) and \
            lx.verb_lemma(before.low) in (None, before.low) and not lx.past_verb_lemma(before.low):
        return False  # "the dark fae queen": a describing word before makes the word a noun
    return after.low not in STOPWORDS


def _our_before_a_name(toks: list[Token], i: int, text: str, names: frozenset[str]) -> bool:
    """"oor <name>": a dialect "our" that is no pronoun's form (_ONLY_POSSESSIVE) before a
    family member's name is the family's "our <name>" (Northern English, Scots, Irish: "our
    <name>" for one of the household), not two people as "me <name>" is."""
    nxt = toks[i + 1]
    return toks[i].low in _ONLY_POSSESSIVE and nxt.low in names and \
        not text[toks[i].end:nxt.start].strip()


_OF_THE_HOUSE = {"herself": "my wife", "himself": "my husband"}
_OPENING_REFLEXIVE = re.compile(r"^(?P<space>\s*)(?P<word>herself|himself)\b", re.I)


def house_pronoun(text: str) -> str:
    """Rule reflexive_opening_is_the_head_of_the_house: an opening "herself"/"himself" is the
    owner's wife/husband."""
    return _OPENING_REFLEXIVE.sub(
        lambda m: m.group("space") + _OF_THE_HOUSE[m.group("word").lower()], text, count=1)


_WORD_RE = re.compile(r"\b[A-Za-z]{3,}\b")
_POSSESSORS = frozenset(DIALECT_POSSESSIVES) | frozenset("my our your his her their".split())


def kin_said_standard(text: str, names: frozenset[str]) -> str:
    """Rule kin_word_spelt_as_said (above): a kinship word typed as said, written the English
    way."""
    lx = lexicon()

    def fix(m: re.Match) -> str:
        word, low = m.group(0), m.group(0).lower()
        standard = kin_word_as_said(low)
        if standard is None or low in names or rel_of(low, pointed=True) is not None:
            return word
        before = text[:m.start()].split()
        after_possessive = bool(before) and (before[-1].lower() in _POSSESSORS or
                                             before[-1].lower().endswith(("'s", "\u2019s")))
        if not after_possessive and ((lx is not None and lx.has_word(low)) or
                                     not ("dd" in low or "th" in low)):
            return word
        return standard.capitalize() if word[:1].isupper() else standard
    return _WORD_RE.sub(fix, text)


def _rare_noun_in_a_verb_slot(text: str, m: re.Match, low: str, disabled: frozenset[str]) -> bool:
    """rare_noun_yields_to_a_dropped_g (round 21): is the -in word a rare noun only (no verb, no
    adjective, no everyday word: a "takin" is a Himalayan goat antelope) standing where no noun
    phrase is open for it (no article, determiner, possessive or adjective right before it:
    "my son takin the helm")? There the dropped g's -ing form is meant."""
    if G_RARE_NOUN in disabled or low in english_words():
        return False
    lx = lexicon()
    before = text[:m.start()].split()
    prev = before[-1].lower().strip(",.;:!?") if before else ""
    return bool(prev) and prev not in _NOUN_OPENERS and prev not in DIALECT_POSSESSIVES and \
        not lx.is_adjective(prev) and not prev.endswith(("'s", "\u2019s"))


def g_restored(text: str, names: frozenset[str], disabled: frozenset[str] = frozenset(),
               card_words: frozenset[str] = frozenset()) -> str:
    """Rule g_dropped_from_an_ing_form (above): "-in" and "-in'" written back as "-ing";
    card_words: the words of the cards' names, class nouns and tags (a card's own noun stays)."""
    lx = lexicon()
    if lx is None:
        return text

    def fix(m: re.Match) -> str:
        word = m.group(1)
        low = word.lower()
        english = common_noun(low) or lx.verb_lemma(low) or lx.past_verb_lemma(low) or \
            lx.is_adjective(low)  # a famous name only ("Makin", an atoll) is no English word
        if english and low not in card_words and _rare_noun_in_a_verb_slot(text, m, low, disabled):
            english = False
        full = low + "g"  # a form English writes (the lemmatiser also reads slips: "rubing")
        lemma = lx.verb_lemma(full)
        if low in names or english or not lemma or not lx.verb_senses(lemma) or \
                (full not in english_words() and not spelt_as_english_ing(lemma, full)):
            return m.group(0)
        return word + "g"
    return _G_DROPPED_RE.sub(fix, text)


_FINAL_O_RE = re.compile(r"\b([A-Za-z]{2,}?)(er)(s?)\b")  # (a final "-a" is too often another
# language's word: "amma", "hala", "macha")
# the vowel said for a final -o/-ow written the way the varieties say it, and the spellings back
_FINAL_O_FORMS = ("o", "ow")


def o_restored(text: str, names: frozenset[str]) -> str:
    """Rule final_o_said_as_er (above): "-er" written back as "-o"/"-ow" where only that
    form is an English word, a noun (singular or plural as typed)."""
    lx = lexicon()
    if lx is None:
        return text

    def fix(m: re.Match) -> str:
        low = m.group(0).lower()
        if low in names or low in english_words() or lx.senses(low) or lx.verb_lemma(low) or \
                lx.is_adjective(low):
            return m.group(0)
        stems = [m.group(1) + end for end in _FINAL_O_FORMS]
        found = [w for w in stems if common_noun(w) and w not in names]
        if len(found) != 1:
            return m.group(0)
        plural = m.group(3) and (found[0] + "s" if found[0].endswith("w") else found[0] + "es")
        if plural and not lx.senses(plural) and lx.senses(found[0] + "s"):
            plural = found[0] + "s"
        return plural or found[0]
    return _FINAL_O_RE.sub(fix, text)


_VOWELS = frozenset("aeiou")


def spelt_as_english_ing(lemma: str, form: str) -> bool:
    """Is `form` the -ing form English spells for the verb `lemma`: "-ie" to "-ying", a silent
    "e" dropped ("whittle" -> "whittling"), the last consonant doubled after one short vowel in
    a word of one syllable ("cut" -> "cutting", so "rubing" is a slip, not "rubbing"), else
    "-ing" added ("splash" -> "splashing")? Rare verbs are missing from the encoder's word list,
    and a variety drops the g of those too ("splashin", "bayin")."""
    if lemma.endswith("ie"):
        return form == lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return form == lemma[:-1] + "ing"
    one_syllable = sum(c in _VOWELS for c in lemma) == 1
    cvc = len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"} and \
        lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
    if one_syllable and cvc:
        return form == lemma + lemma[-1] + "ing"
    return form == lemma + "ing"


def youngest_child(text: str) -> str:
    """Rule little_one_is_the_youngest in dialect spelling: "un", "'un" and "yin" are "one",
    and the Scots "wean", the contraction of "wee ane" ("wee one"), after "the"/"my"/"our"
    is the "wee one" it contracts."""
    text = _LITTLE_ONE.sub(lambda m: m.group("small") + " one", text)
    return _WEE_ONE_CONTRACTED.sub(lambda m: m.group("det") + " wee one", text)


def _possessed(toks: list[Token], j: int, text: str, names: frozenset[str],
               person_only: bool) -> bool:
    """Is the phrase from toks[j] a possessed noun phrase: modifiers (adjectives, words no
    English has) up to DIALECT_PHRASE_MAX words, then a kinship/birth-order word or a noun?"""
    lx = lexicon()
    for k in range(j, min(j + DIALECT_PHRASE_MAX, len(toks))):
        w = toks[k]
        if text[toks[k - 1].end:w.start].strip() or w.low in names:
            return False
        if rel_of(w.low) is not None or birth_order(w.low, True) is not None:
            return True
        if person_only or lx is None or not w.low.isalpha() or len(w.low) < DIALECT_NOUN_MIN:
            return False
        if lx.is_adjective(w.low) and not rel_of(w.low):
            if lx.past_verb_lemma(w.low) or lx.verb_lemma(w.low) not in (None, w.low):
                return False  # a participle: "me dressed up", "me sanding a door"
            continue  # "me new coat", "me wee brother"
        if not noun_like(w):
            return False
        senses = lx.senses(w.low)
        if senses:
            return senses[0].lexfile != LEXFILE["time"]
        if lx.has_word(w.low) and not lx.is_adjective(w.low):
            return False
    return False


def standard_cards(cards: list, disabled: frozenset[str] = frozenset()) -> list:
    """The cards with their descriptions' dialect possessives written the standard way ("Me
    sister, <name>, ..." is the owner's sister, not the owner), so a card presenting the
    owner is one whose description opens with the pronoun itself ("Me, <name>, ...")."""
    if DIALECT_POSSESSIVE in disabled:
        return cards
    names = frozenset(c.name.lower() for c in cards)
    out = []
    for card in cards:
        text = standard_possessives(card.description, names)
        out.append(card if text == card.description else replace(card, description=text))
    return out
