"""Clarification: the question that tells options apart, and reading the user's answer."""

from __future__ import annotations

import re

from personalq.catalog.card import Card
from personalq.checkin.evidence import Context, gather
from personalq.checkin.features import CatalogIndex
from personalq.checkin.intent import Determiner, Mention, Role, VersionCue
from personalq.checkin.text import ORDINALS, OWNER_DETERMINERS, STOPWORDS, other_spellings, tokenize
from personalq.checkin.kinship import rel_of
from personalq.checkin.tuning import ANSWER_TIE, OWNED_PHRASE_MAX_WORDS
from personalq.checkin.rules import (FROM_NEXT_DOOR, KINSHIP, LAST_POSSESSOR, MODIFIED_KIND, OF_OWNER, OTHER_SPELLING, THEIR_KIND,
                                     person_noun)
from personalq.checkin.synonyms import home_language_words


def option_label(card: Card, others: list[Card], common: frozenset[str] = frozenset()) -> str:
    """'Rufus, the beagle' — the words that tell this option apart from the others. Tags in
    `common` (broad categories many families share) describe nothing."""
    other_words = set()
    for o in others:
        if o.id != card.id:
            other_words.update(w.lower() for t in o.tags for w in t.split())
            other_words.update(o.class_noun.lower().split())
    class_words = set(card.class_noun.lower().split())
    same_class = all(o.class_noun.lower() == card.class_noun.lower() for o in others)
    tag = next((t for t in card.tags if t.lower() not in other_words and
                not set(t.lower().split()) & class_words and t.lower() != card.name.lower()
                and t.lower() not in common and t.lower() != card.kind), None)
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


def question_for(cards: list[Card], common: frozenset[str] = frozenset()) -> str:
    labels = [option_label(c, cards, common) for c in cards]
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
        return options[0]  # a yes to "Do you mean ...?"
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
    mention = Mention(Role.SUBJECT, [t for t in toks if t.low not in STOPWORDS],
                      Determiner.DEFINITE, 0, len(answer), VersionCue(), toks)
    ev = gather(Context(index, answer), mention, ("subject", "style", "concept"), allowed=allowed)
    if not ev.scores:
        return None
    ranked = sorted(ev.scores.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] * ANSWER_TIE:
        return None
    return next(c for c in options if c.family == ranked[0][0])


def _words(text: str) -> set[str]:
    """Lower-case words of card text, possessive "'s" and a plural "s" stripped as well."""
    out = set()
    for w in re.findall(r"[a-z0-9]+", text.lower().replace("'s", " ")):
        out.add(w)
        if len(w) > 3 and w.endswith("s"):
            out.add(w[:-1])
    return out


def _naming_words(card: Card, loans: bool = False) -> set[str]:
    """The words a card calls its thing by: name, class noun, tags; with `loans` also other
    languages' common nouns for its kind (rule common_noun_of_the_home_language)."""
    own = _words(" ".join([card.name, card.class_noun, *card.tags]))
    return own | home_language_words(card) if loans else own


# "as a poster", "in woodcut style": the request also asks how it is drawn, which a question over
# subjects may be waiting to answer, so the one subject the noun names is not a whole select.
STYLE_FRAME = re.compile(r"\b(as an?|style)\b", re.I)


def options_named_by_a_noun(request: str, options: list[Card]) -> list[Card] | None:
    """Rule options_are_what_the_noun_names: the options a request word names, where every option
    holds that word and some only in their description (they merely mention the thing). None when
    no word splits the options that way."""
    if len(options) < 2 or any(c.kind != "subject" for c in options) or \
            re.search(r"\b(or|either)\b", request, re.I):  # offering a choice: the question stays
        return None  # a style or concept is asked about by how it looks, not what it is
    for tok in tokenize(request):
        low = tok.low
        if low in STOPWORDS or len(low) < 3 or not low.isalpha() or person_noun(low) \
                or low in KINSHIP or tok.possessive:
            continue  # a person's card states relations in its description: they name them;
            # a possessor says whose the options are ("the <Name> brothers" read as a set)
        forms = {low}  # a plural names a set of them: the set question stays
        named = [c for c in options if forms & _naming_words(c)]
        if not named or len(named) == len(options):
            continue
        if all(forms & _words(c.description) for c in options if c not in named):
            return named
    return None


# The speaker's own: "my"/"our" before a noun phrase, and on a card the same words before its kind.
# Where a card's opening apposition ends: what it says after is no longer whose the thing is.
_OPENING_END = re.compile(r"[.;:(]|\bwith\b|\bwho\b|\bthat\b|\bwhen\b", re.I)
_ABBREVIATED = re.compile(r"\b[A-Z][a-z]{0,2}$")  # "Mr", "Dr", "St", an initial: a title's full stop


def opening_phrase(text: str) -> str:
    """A description's opening phrase, up to the first full stop, colon, bracket or clause
    word. A full stop after a short capitalised word with a capitalised word after it, no
    function word (which would open a sentence), is an abbreviation's ("our neighbour Mr.
    <Surname>'s dog", "<Given> J. <Surname>"): inside the phrase, not its end."""
    for m in _OPENING_END.finditer(text):
        after = re.match(r"\s+([A-Z]\w*)", text[m.end():])
        if m.group() == "." and _ABBREVIATED.search(text[:m.start()]) and after and \
                after.group(1).lower() not in STOPWORDS:
            continue  # not a sentence's end: "He ..." would open the next one
        return text[:m.start()]
    return text


# Relatives who share the speaker's "our": what they own may be called "our" thing too.
HOUSEHOLD_KINDS = frozenset({"child", "spouse", "partner"})
# Nouns for the speaker's household as a whole: "our family's pug" is the speaker's own.
HOUSEHOLD_COLLECTIVES = frozenset({"family", "household", "home", "house", "clan", "lot",
                                   "folks"})


def _household_word(word: str) -> bool:
    """A kinship word for someone of the speaker's own household (a child, a spouse)."""
    found = rel_of(word, True)
    return found is not None and found[0].kind in HOUSEHOLD_KINDS


def household_names(cards: list[Card], disabled: frozenset[str] = frozenset()) -> frozenset[str]:
    """Lower-case name words of the person cards stating a household relation to the speaker
    ("Ines, our daughter", "my husband Bram"): their things may be the speaker's "our" things.
    A household word that is itself a possessor ("my wife's grandad") is not the card's relation
    (rule last_possessor_of_a_chain_owns)."""
    chain = LAST_POSSESSOR not in disabled
    out = set()
    for card in cards:
        toks = tokenize(card.description)
        if any(t.low in OWNER_DETERMINERS and any(_household_word(n.low) and not (chain and n.possessive)
                                             for n in toks[i + 1:i + 3])
               for i, t in enumerate(toks[:12])):
            out.update(w.lower() for w in card.name.split())
    return frozenset(out)


def _of_owner(toks: list, i: int) -> bool:
    """Rule possessor_after_of_owns: "of" at `i` before a person says whose the thing is: the
    phrase after it (up to OWNED_PHRASE_MAX_WORDS words, past "the") opens with a kinship word
    or title ("of <uncle> <Name>") or ends in a person noun ("of the neighbours"); not "of
    my/our ..." (read on), nor a place ("of <Name> market")."""
    if toks[i].low != "of":
        return False
    words = []
    for tok in toks[i + 1:i + 2 + OWNED_PHRASE_MAX_WORDS]:
        if tok.low in ("the", "a") and not words:
            continue
        if not tok.low.isalpha() or tok.low in STOPWORDS or tok.low in OWNER_DETERMINERS:
            break
        words.append(tok)
    if not words:
        return False
    return rel_of(words[0].low, True) is not None or person_noun(words[-1].low)


def stated_owner(card: Card, household: frozenset[str] = frozenset(),
                 collective: bool = False, disabled: frozenset[str] = frozenset()) -> str | None:
    """Whose thing the card's opening says its subject is: "mine" where the first possessive of
    its opening phrase is "my"/"our" ("Tomás, our grey lurcher"), "other" where it is another
    possessor ("Ilse, my aunt's lurcher", "Bodhi, Keanu's lurcher", the last of a chain: "my
    wife's uncle's lurcher"; "the lurcher of <Name>"), None where it names none or the
    possessor is of the speaker's household (a child's lurcher may be "ours" too). With
    `collective`, "my/our family's" (`HOUSEHOLD_COLLECTIVES`) is "mine"."""
    opening = opening_phrase(card.description)
    if FROM_NEXT_DOOR not in disabled and _from_a_neighbouring_home(opening):
        return "other"
    toks = tokenize(opening)
    for i, tok in enumerate(toks):
        if collective and tok.possessive and tok.low in HOUSEHOLD_COLLECTIVES and i > 0 \
                and toks[i - 1].low in OWNER_DETERMINERS:
            return "mine"
        if OF_OWNER not in disabled and _of_owner(toks, i):
            return "other"
        if tok.possessive and LAST_POSSESSOR not in disabled and i + 1 < len(toks) \
                and toks[i + 1].possessive:
            continue  # "my wife's uncle's lurcher": the last possessor owns it
        if tok.possessive and tok.low not in OWNER_DETERMINERS:
            return None if tok.low in household or _household_word(tok.low) else "other"
        if _of_a_named_owner(toks, i):  # "the lurcher of <Name> next door": English's other genitive
            return None if toks[i + 1].low in household else "other"
        if tok.low in OWNER_DETERMINERS:
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt is not None and nxt.possessive:
                continue  # "my sister's ...": the possessor after decides
            if nxt is not None and rel_of(nxt.low, True) is not None:
                return "other"  # "my mum, ..." (the card is about a relative of the speaker)
            if LAST_POSSESSOR not in disabled and _possessor_in_phrase(opening, toks, i):
                continue  # "our old lodgers' ...": the possessor the phrase ends in
            return "mine"
    return None


# The places of the households beside the speaker's, as English names them (rule
# from_next_door_is_the_neighbours).
NEIGHBOURING_HOMES = ("next door", "across the road", "over the road", "across the street",
                      "over the street", "across the lane")
_FROM_NEIGHBOURS = re.compile(r"\bfrom (?:" + "|".join(NEIGHBOURING_HOMES) + r")\b|\b(?:" +
                              "|".join(NEIGHBOURING_HOMES) + r")['\u2019]s\b", re.I)


def _from_a_neighbouring_home(opening: str) -> bool:
    """Rule from_next_door_is_the_neighbours: from next door, "next door's" in a card's
    opening."""
    return _FROM_NEIGHBOURS.search(opening) is not None


def _possessor_in_phrase(text: str, toks: list, i: int) -> bool:
    """Whether the noun phrase "my"/"our" opens at `i` ends in a possessive noun past its
    modifiers ("our allotment neighbour's ...", "my late husband's ..."): the determiner then
    belongs to the possessor, and the thing to the possessor (rule last_possessor_of_a_chain_owns).
    The phrase ends at a stop word, a comma or OWNED_PHRASE_MAX_WORDS words."""
    for before, nxt in zip(toks[i:], toks[i + 1:i + 1 + OWNED_PHRASE_MAX_WORDS]):
        if nxt.low in STOPWORDS or "," in text[before.end:nxt.start]:
            return False
        if nxt.possessive:
            return True
    return False


def _of_a_named_owner(toks: list, i: int) -> bool:
    """"the <noun> of <Name>": a name, capitalised, governed by "of" after "the <noun>"; after a
    noun of a few words too ("the pit bull of <Title> <Surname>"), but there not a name before
    a noun ("the stray <noun> of <Town> market")."""
    if toks[i].low != "of" or i + 1 >= len(toks) or not toks[i + 1].capitalized or \
            toks[i + 1].low in OWNER_DETERMINERS:
        return False
    if i >= 2 and toks[i - 2].low == "the":
        return True  # "the <noun> of <Name>"
    j = i + 1
    while j < len(toks) and toks[j].capitalized:
        j += 1
    if j < len(toks) and toks[j].low not in STOPWORDS and not toks[j - 1].possessive:
        return False  # "the stray <noun> of <Town> market": a name before a noun is a place's
    for k in range(i - 2, max(-1, i - 2 - OWNED_PHRASE_MAX_WORDS), -1):
        if toks[k].low == "the":
            return True
        if toks[k].low in STOPWORDS:
            return False
    return False


def _owned_phrase_words(request: str, kind_words: frozenset[str] = frozenset()) -> list[set[str]]:
    """The words of each noun phrase the speaker's "my"/"our" governs in the request, up to a
    stop word, a possessive (then the thing is that possessor's: "my mum's cat") or
    OWNED_PHRASE_MAX_WORDS; a phrase holding a kinship or person word is about a relative,
    unless the options name their kind by that word (`kind_words`: a breed named for a
    person, "jack russell", is no person)."""
    toks = tokenize(request)
    out = []
    for i, tok in enumerate(toks):
        if tok.low not in OWNER_DETERMINERS or tok.possessive:
            continue
        words: set[str] = set()
        for nxt in toks[i + 1:i + 1 + OWNED_PHRASE_MAX_WORDS]:
            if nxt.possessive or nxt.low in KINSHIP or rel_of(nxt.low, True) is not None \
                    or (person_noun(nxt.low) and nxt.low not in kind_words):
                words = set()
                break
            if nxt.low in STOPWORDS and nxt.low != "and":  # "grey and tan": one description
                break
            words.add(nxt.low)
        if words:
            out.append(words)
    return out


def family_owner(cards: list[Card], household: frozenset[str] = frozenset(),
                 disabled: frozenset[str] = frozenset()) -> str | None:
    """Rule owner_stated_on_any_version: whose a family's subject is, as the newest of its
    cards that says so says ("mine" / "other"; None where none does)."""
    for card in sorted(cards, key=lambda c: (c.version or 0, c.created_at or ""), reverse=True):
        owner = stated_owner(card, household, collective=True, disabled=disabled)
        if owner is not None:
            return owner
    return None


def plain_kind_options(request: str, options: list[Card]) -> list[Card]:
    """Rule modified_kind_is_another_kind: where some options' class noun is another option's
    class noun with a modifier before it ("cartoon dog", "toy horse", "clay owl" beside "dog",
    "horse", "owl") and the request holds no word of that modifier, the plain noun means the plain
    kind: the modified ones go (a compound's modifier restricts its head to a kind apart)."""
    plain = {c.class_noun.lower() for c in options}
    words = {t.low for t in tokenize(request)}
    kept = []
    for card in options:
        head = card.class_noun.lower().split(maxsplit=1)
        modified = len(head) == 2 and any(head[1] == p or head[1].endswith(" " + p) for p in plain)
        if not modified or set(head[0].split()) & words:
            kept.append(card)
    return kept


def options_the_speaker_owns(request: str, options: list[Card],
                             household: frozenset[str] = frozenset(),
                             loans: bool = True, owner_of=None, names=None,
                             disabled: frozenset[str] = frozenset()) -> list[Card] | None:
    """Rule my_kind_is_my_own: "my/our <kind>" is the speaker's own <kind>: where the options are
    look-alikes (one class noun), every one such a <kind> (the phrase names each by name, class
    noun or tag, or with `names` (word -> the families the catalog index reaches by a naming
    word) by another English word for its kind: "lab" for a labrador), and their cards split
    into ones stated as the speaker's ("our ...") and ones stated as someone else's ("my
    sister's ...", "<name>'s ..."), the speaker's are meant. None when nothing splits them so."""
    if MODIFIED_KIND not in disabled:
        options = plain_kind_options(request, options)
    if len(options) < 2 or any(c.kind != "subject" for c in options) or \
            len({c.class_noun.lower() for c in options}) != 1:
        return None  # things of different kinds: "our" may be the family's use of either
    owners = {c.family: owner_of(c) if owner_of is not None else stated_owner(c, household)
              for c in options}
    kind_words = frozenset().union(*(_naming_words(c, loans) for c in options))
    if "mine" in owners.values() and None not in owners.values():  # else: a card that says
        for words in _owned_phrase_words(request, kind_words):  # nothing may be the speaker's
            reached = set().union(*(names(w) for w in words)) if names is not None else set()
            if all(words & _naming_words(c, loans) or c.family in reached for c in options):
                mine = [c for c in options if owners[c.family] == "mine"]
                return mine if len(mine) < len(options) else None
    return None if THEIR_KIND in disabled else _theirs(request, options, owners, kind_words,
                                                       OTHER_SPELLING not in disabled)


def _theirs(request: str, options: list[Card], owners: dict, kind_words: frozenset[str],
            spellings: bool = True) -> list[Card] | None:
    """Rule possessor_names_whose_kind: the options not stated as the speaker's whose card names
    the request's possessor, where every other option is stated as the speaker's. Persons are
    nobody's things: "the kids' <uncle>" is a relation, left to relations.py."""
    if any(person_noun(c.class_noun.lower().split()[-1]) for c in options if c.class_noun):
        return None
    for words in _possessor_phrase_words(request, kind_words):
        theirs = [c for c in options if owners[c.family] != "mine" and _says_owner(c, words, spellings)]
        rest = [c for c in options if c not in theirs]
        if theirs and rest and all(owners[c.family] == "mine" for c in rest):
            return theirs
    return None


def _possessor_phrase_words(request: str, kind_words: frozenset[str]) -> list[set[str]]:
    """Rule possessor_names_whose_kind: the words of each possessor before a kind word of the
    options ("the <surname>s' <kind>", "<name> and <name>'s <kind>", "the upstairs neighbour's
    <kind>"), back to a stop word other than "and"; a possessor is typed with its ending or, in a
    hurry, as a bare plural right before the noun ("the <surname>s <kind>"). Never the speaker
    ("my", "our" are left out: "my sister's <kind>" is the sister's)."""
    toks = tokenize(request)
    out = []
    for i, tok in enumerate(toks):
        if i == 0 or tok.low not in kind_words or not (
                toks[i - 1].possessive or toks[i - 1].low.endswith("s")):
            continue
        words: set[str] = set()
        for prev in reversed(toks[max(0, i - 1 - OWNED_PHRASE_MAX_WORDS):i]):
            if prev.low in STOPWORDS and prev.low != "and":
                break
            words.add(prev.low)
        words -= STOPWORDS | OWNER_DETERMINERS
        if words:
            out.append(words)
    return out


def _says_owner(card: Card, words: set[str], spellings: bool = True) -> bool:
    """Whether a card someone else owns names that owner by one of `words` in its description or
    tags: the word itself, without a plural "s", or its plural ("the Alvarezes'" for "alvarez"),
    or in the other variety's spelling (other_english_spelling)."""
    said = _words(" ".join([card.description, *card.tags]))
    return any(w in said or w.rstrip("s") in said or w + "es" in said or
               (spellings and other_spellings(w.rstrip("s")) & said) for w in words)
