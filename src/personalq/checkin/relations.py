"""People named by their relation: "my wife's parent", "Hana's daughter", "the twins",
"either of my parents", "Granny".

English kinship is a small algebra (the words are read by kinship.rel_of): a relation has a kind (parent, child, sibling, spouse,
grandparent, ...), often a gender, and may be a step-, in-law, great- or maternal/paternal
form; a chain of relations composes ("my wife's father" is my father-in-law, "my brother's
daughter" my niece). The cards state relations in their own words ("Tobias's brother Emil, my
brother-in-law"; "son of my old classmate Ilse"; "the girls call him Grandad"); this module
reads those facts once per catalog and answers a request's relation phrase with the set of
families it denotes: one (select), several (a question, or all of them for a plural: "my
parents"), or none (the repository holds no such relative; the base model draws one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from personalq.checkin import rules
from personalq.checkin.aliases import CALL_FORMS
from personalq.checkin.features import CatalogIndex, Family, presents_owner
from personalq.checkin.kinwords import KIN_PLURAL_AFTER
from personalq.checkin.lexicon import lexicon
from personalq.checkin.partitive import COUNT_WORDS
from personalq.checkin.kinship import (KIN_POINTED, SECOND_READINGS, Rel, birth_order, fold, home_languages, home_reading,
                                       idiom, SENIORITY, honorific_stem, is_guarded, rel_of, role_idiom,
                                       with_seniority)
from personalq.checkin.text import (CATEGORY_WORDS, CUE_WORDS, FILLER, OWNER_DETERMINERS, STOPWORDS, Token,
                                    english_words, governed, tokenize)
from personalq.checkin.tuning import (KIN_REACH, PERSON_DEPTH, PERSON_SENSES, ROLE_AFTER_MY_WORDS,
                                     ROLE_CLASSES, ROLE_DEPTH, ROLE_KIN_CLASSES, ROLE_SENSES, TOGETHER_MAX,
                                      HOUSEHOLD_CHILDREN_MAX)

OWNER = ""  # the anchor of a relation to the repository's owner
ANYONE = "*"  # a name someone uses for the person ("the girls call him Grandad")
SPOKEN = "~"  # a relation a tag gives, not the owner's own ("grandmother" on "my mother")
_CLAUSE_WORDS = frozenset("who whom whose which where when".split())  # open a relative clause
_SUBORDINATORS = frozenset("before after since until because while".split())
# rule said_absent_tells_apart: a preposition of absence opens a postmodifier, as "with" does
ABSENCE_WORDS = frozenset("without minus sans".split())
_ONE_OF_RE = re.compile(r"\b(?:one|either|any|which|which-?ever|each|neither)\s+of\s*$", re.I)
# "all the <Ns>", "all 3 <Ns>", "all of our <Ns>", "both my <Ns>", "every one of the <Ns>": a
# universal quantifier, then only determiners and a count before the head (all_of_them_together).
_EVERY_RE = re.compile(r"\b(?:all|both|every\s+one)(?:\s+of)?(?:\s+(?:the|my|our|your|his|her|"
                       r"their|these|those|me|ma|mi|wor))?(?:\s+(?:\d+|two|three|four|five|six|"
                       r"seven|eight|nine|ten))?\s*$", re.I)
# A determiner and a count right before the head ("the four grandchildren", "our 2 boys").
_COUNTED_BEFORE = re.compile(r"\b(?:the|my|our|your|his|her|their|these|those)\s+(\d{1,2}|" +
                             "|".join(COUNT_WORDS) + r")\s+$", re.I)
_PERSON_CATEGORY = frozenset("child kid baby toddler teen".split())  # an age, not a relation
# Relations a person has one of per gender (a mother, a father, a wife): a plain word for them
# means the plain relative, a step-relative only where no plain one of that gender is stated.
# Of the others (children, siblings, cousins, ...) one has any number, so a set of them
# ("one of our children", "my siblings") holds the step ones too.
_ONE_PER_GENDER = frozenset("parent spouse partner".split())
_ONE_EACH = frozenset({"spouse", "partner"})  # one person's, never their sibling's too
# The relations a household's children stand in to their grandparents, aunts and uncles: "the
# grandparents" said in a family with children are the children's (the speaker's parents and
# parents-in-law), the way families name each other by the youngest generation's word.
_CHILD = Rel("child")
# A role someone has beside the owner that is no kinship ("my fencing partner", "my dance
# partner", "my work wife"): it composes with nothing, so "Dana's kids" through a business
# partner are nobody of the owner's.
ROLE = Rel("associate")
_PARTNER_WORD = "partner"  # the English word that is a spouse or an associate


@lru_cache(maxsize=4096)
def role_modifier(modifier: str, head: str) -> bool:
    """Rule activity_noun_makes_a_role: a noun naming a pursuit (a sport, a trade, work, a
    dance) before a kinship word makes the compound a role in that pursuit, no relative: a
    "tennis partner", "business partner", "work wife" or "office mum" is no spouse or mother. An
    adjective ("second wife", "late husband"), a kinship or age word ("baby brother", "twin
    sister") or a compound English has as a kind of relative ("house husband") keeps it kinship."""
    lx = lexicon()
    if lx is None or not modifier.isalpha() or modifier in STOPWORDS or rel_of(modifier) or \
            modifier in _PERSON_CATEGORY or not lx.senses(modifier) or _adjective(modifier):
        return False
    if any(lx.is_a(c, k, PERSON_DEPTH, PERSON_SENSES) for c in (f"{modifier}_{head}", f"{modifier}{head}")
           if lx.senses(c) for k in ROLE_KIN_CLASSES):
        return False
    return any(lx.is_a(modifier, k, ROLE_DEPTH, ROLE_SENSES) for k in ROLE_CLASSES)


def _role_compound(toks: list[Token], i: int, text: str) -> bool:
    """Is the word before the kinship word at i a pursuit noun it compounds with (rule
    activity_noun_makes_a_role)? A compound is written open, hyphenated or closed within one
    phrase: a bracket, comma or colon between the two words ends the phrase, so a name before
    "(Auntie <name> to everybody)" is no modifier of the title."""
    return i > 0 and not toks[i - 1].possessive and \
        not text[toks[i - 1].end:toks[i].start].strip(" -") and \
        role_modifier(toks[i - 1].low, toks[i].low)


@lru_cache(maxsize=4096)
def _adjective(word: str) -> bool:
    """Is the word also an English adjective ("second", "late")? Then it may describe the
    relative rather than name a pursuit. A gerund ("climbing", "running") that English also has
    as an adjective names the pursuit before a person word."""
    lx = lexicon()
    if lx is None or word.endswith("ing"):
        return False
    return lx.is_adjective(word)


def fits(want: Rel, have: Rel) -> bool:
    """Does a card's relation answer the one asked for? A relation of unknown kind asks for
    any in-law ("any of my in-laws")."""
    if want.kind and want.kind != have.kind and not (want.kind == "spouse" and have.kind == "partner"):
        return False
    if want.gender and have.gender and want.gender != have.gender:
        return False
    if want.side and have.side and want.side != have.side:
        return False
    if want.line and have.line and want.line != have.line:
        return False  # my brother's wife is no sister of my husband's
    if want.elder and have.elder and want.elder != have.elder:
        return False  # an elder sister ("ate", "the oldest sister") is not the younger one
    return want.in_law == have.in_law and want.great == have.great and (have.step or not want.step)


# Composition of two relations, by kind (the gender is the second's): my X's Y is my ...
_COMPOSE: dict[tuple[str, str], tuple[tuple[str, bool], ...]] = {
    ("spouse", "parent"): (("parent", True),), ("spouse", "sibling"): (("sibling", True),),
    ("spouse", "child"): (("child", False),), ("parent", "parent"): (("grandparent", False),),
    ("parent", "sibling"): (("pibling", False),), ("parent", "child"): (("sibling", False),),
    ("parent", "spouse"): (("parent", False),), ("sibling", "child"): (("nibling", False),),
    ("sibling", "spouse"): (("sibling", True),), ("child", "child"): (("grandchild", False),),
    ("child", "spouse"): (("child", True),), ("child", "sibling"): (("child", False),),
    ("child", "parent"): (("spouse", False),), ("pibling", "child"): (("cousin", False),),
    ("child", "grandparent"): (("parent", False), ("parent", True)),
}

# Rule spouses_blood_kin_are_in_laws: a spouse's grandparent, aunt or uncle, cousin is one's
# own by marriage ("grandfather-in-law"), as the spouse's parent and sibling are.
_SPOUSES_KIN = {("spouse", kind): ((kind, True),) for kind in ("grandparent", "pibling", "cousin")}


# "My mother's brother", "my dad's eldest sister": the parent's gender says the family's side.
_SIDE_SAID = frozenset({"parent", "sibling"})

# A partner's (a fiancé's) parents and siblings are spoken of as in-laws ("my future
# mother-in-law", Arabic "hamati" of a fiancé's mother); a partner's child is no child of one's own.
_IN_LAWS_TO_BE = frozenset({"parent", "sibling"})

# Each relation read from the other person's side: if Y is X's child, X is Y's parent.
_INVERSE = {"child": "parent", "parent": "child", "sibling": "sibling", "spouse": "spouse",
            "partner": "partner", "grandchild": "grandparent", "grandparent": "grandchild",
            "nibling": "pibling", "pibling": "nibling", "cousin": "cousin",
            "godchild": "godparent", "godparent": "godchild"}

# Which of the two sibling-in-law relations a chain makes.
_LINES = {("spouse", "sibling"): "spouse", ("sibling", "spouse"): "blood"}


# Blood relations as steps up to a common ancestor and down from it: a sibling is one up and
# one down, a cousin two and two. "My X's Y" adds Y's steps to X's; going down and then up
# again returns along the same line ("my child's cousin" is my nephew or niece).
_STEPS = {"parent": (1, 0), "child": (0, 1), "sibling": (1, 1), "grandparent": (2, 0),
          "grandchild": (0, 2), "pibling": (2, 1), "nibling": (1, 2), "cousin": (2, 2)}
_BY_STEPS = {v: k for k, v in _STEPS.items()}
_COLLATERAL = frozenset({"nibling", "cousin"})  # relatives through a sibling of the line


def _by_steps(first: str, then: str, more: int = 0) -> list[tuple[str, int, bool]]:
    """The blood relations "my <first>'s <then>" may be, as (kind, great-, in-law), for pairs
    the table above does not list; [] when English has no word (or it is the speaker). Up again
    from my descendant the line may be my spouse's: "my kids' aunt" is my sister or my
    sister-in-law."""
    if first not in _STEPS or then not in _STEPS or (first in _COLLATERAL and then == "sibling"):
        return []  # a nephew's sister is a niece only where they share a parent: cards say so
    (u1, d1), (u2, d2) = _STEPS[first], _STEPS[then]
    u2, d2 = u2 + more * (then == "grandparent"), d2 + more * (then == "grandchild")  # great-
    back = min(d1, u2)
    up, down = u1 + u2 - back, d1 + d2 - back
    if (up, down) in _BY_STEPS:
        kind, great = _BY_STEPS[(up, down)], 0
    elif down == 0 and up > 2:
        kind, great = "grandparent", up - 2
    elif up == 0 and down > 2:
        kind, great = "grandchild", down - 2
    else:
        return []
    spouse_line = u1 == 0 and back > 0 and kind in ("parent", "sibling")
    return [(kind, great, False)] + ([(kind, great, True)] if spouse_line else [])


def compose(path: list[Rel], in_laws: bool = True) -> list[Rel]:
    """The relations to the owner a chain names ("my wife's parent" -> parent-in-law);
    [] when English has no word for it here (then only the cards' own anchors can answer).
    in_laws: rule spouses_blood_kin_are_in_laws ("my wife's grandad")."""
    table = {**_COMPOSE, **_SPOUSES_KIN} if in_laws else _COMPOSE
    options = [path[0]]
    for nxt in path[1:]:
        step = []
        for cur in options:
            if (cur.in_law and (cur.kind, nxt.kind) != ("sibling", "child")) or cur.great or nxt.in_law:
                continue  # a sibling-in-law's child is a nephew or niece, as in English
            if cur.in_law:
                step.append(Rel("nibling", nxt.gender))
                continue
            if cur.kind == "partner" and nxt.kind in _IN_LAWS_TO_BE:
                cur = replace(cur, kind="spouse")  # a fiancé's mother: a parent-in-law to be
            side = {"m": "paternal", "f": "maternal"}.get(cur.gender, "") \
                if cur.kind == "parent" and nxt.kind in _SIDE_SAID else ""
            pair = (cur.kind, nxt.kind)
            if nxt.great:  # "my kids' great-grandma" is my grandmother: count the steps
                step += [Rel(kind, nxt.gender, in_law=in_law, great=great)
                         for kind, great, in_law in _by_steps(*pair, nxt.great)]
                continue
            step += [Rel(kind, nxt.gender, in_law=in_law, side=side, line=_LINES.get(pair, ""))
                     for kind, in_law in table.get(pair, ())]
            if pair not in table:
                step += [Rel(kind, nxt.gender, in_law=in_law, great=great)
                         for kind, great, in_law in _by_steps(*pair)]
        options = step
    return options


@dataclass(frozen=True)
class Fact:
    """A card states: this person is `rel` of `anchor` (OWNER, a lower-case name, ANYONE)."""

    anchor: str
    rel: Rel
    word: str  # the kinship word as the card writes it
    before_a_name: bool = False  # a title with the name after it ("'Brother <Name>'")


@dataclass
class Ref:
    """A request's relation phrase: whose (anchor), which chain, and how many are meant."""

    anchor: str
    path: list[Rel]
    word: str  # the head kinship word as typed
    head: Token
    plural: bool = False
    one_of: bool = False
    bare: bool = False  # no determiner: "Grandad mending nets" (a name the family uses)
    said: list[Token] = field(default_factory=list)  # its words: determiner, possessors, head (not adjectives)
    every: bool = False  # "all the <Ns>", "all three <Ns>": every one of them (all_of_them_together)
    count: int | None = None  # "the three <Ns>": how many the determiner's count says (a whole set)


@dataclass
class Answer:
    """The families a relation phrase denotes; `together`: all of them at once (a plural)."""

    families: list[str]
    together: bool
    ref: Ref


def _is_person(fam: Family) -> bool:
    """Only people have relatives' titles (a dog "my grandpa gave me" is no grandpa)."""
    card = fam.newest
    tags = {t.lower() for t in card.tags}
    return fam.kind == "subject" and (fam.class_head in CATEGORY_WORDS or "person" in tags or
                                      any(rel_of(t) for t in tags | {card.class_noun.lower()}))


def _outside_clauses(toks: list[Token], text: str) -> list[bool]:
    """False for the words inside a relative clause ("Ingrid, who married my dad"): the
    clause describes the person, it states no relation of theirs."""
    out, inside, prev_end = [], False, 0
    for tok in toks:
        if re.search(r"[,;:.()]", text[prev_end:tok.start]):
            inside = False
        inside = inside or tok.low in _CLAUSE_WORDS
        out.append(not inside)
        prev_end = tok.end
    return out


_SIDE_OF_GENDER = {"f": "maternal", "m": "paternal"}  # the children's side a parent is on
_OTHER_SIDE = {"maternal": "paternal", "paternal": "maternal"}


def _owner_gender(index: CatalogIndex) -> str:
    """The owner's gender as the owner's own cards ("Me, ...": features.presents_owner) say
    it by their class noun or tags ("woman", "man", "girl"), "" where they do not or disagree."""
    said = set()
    for fam in index.families.values():
        for card in fam.cards:
            if presents_owner(card):
                words = [card.class_noun.lower()] + [t.lower() for t in card.tags]
                said |= {r[0].gender for w in words if (r := rel_of(w, True)) and r[0].gender}
    return next(iter(said)) if len(said) == 1 else ""


def _one_word(word: str) -> str:
    """A kinship word as one spelling, however typed: without accents and hyphens ("Chacha-ji",
    "chachaji", "chacha ji" joined by text.join_open_kinship)."""
    return fold(word.lower()).replace("-", "")


@dataclass(frozen=True)
class KinReading:
    """How a catalog reads the guarded kinship words (kinwords.py) of a request: its name words
    (a guarded possessor that is a name is that name: "Anna's son"), the family's own languages
    (rule home_language_reads_short_words; kinship.home_languages) and the rules switched off."""

    names: frozenset[str] = frozenset()
    languages: frozenset[str] = frozenset()
    disabled: frozenset[str] = frozenset()  # rule names switched off (rules.ALL_RULES, --ablate)

    def on(self, rule: str) -> bool:
        """Is the named rule on (not switched off for an ablation)?"""
        return rule not in self.disabled

    def relation(self, word: str, pointed: bool) -> tuple[Rel, bool] | None:
        """rel_of, with a guarded word read in the family's language where it is one of
        theirs ("ba": a Vietnamese family's father)."""
        if is_guarded(word) and not self.on(rules.KIN_POSITION):
            return None
        found = rel_of(word, pointed)
        home = home_reading(word, self.languages) if found and is_guarded(word) else None
        return (home, found[1]) if home is not None else found

    def names_rare(self, tok: Token) -> bool:
        """rare_noun_name, where the rule rare_noun_after_a_relative_is_a_name is on."""
        return (self.on(rules.RARE_NOUN_NAME) and rare_noun_name(tok)) or \
            (self.on(rules.ROLE_WORD_AFTER_KIN_IS_A_NAME) and role_word_name(tok))

    def placed(self, toks: list[Token], i: int) -> bool:
        """Is the guarded word at i kinship here: in a kin position (kin_position), or opening
        the phrase with no determiner ("ba mending a net") in a family that speaks its
        language (home_language_reads_short_words), as "oma knitting" is read?"""
        if not self.on(rules.KIN_POSITION):
            return False
        return kin_position(toks, i, self.names) or \
            (i == 0 and home_reading(toks[i].low, self.languages) is not None)


_PLAIN = KinReading()


def _anchor_before(toks: list[Token], i: int, text: str,
                   kin: KinReading = _PLAIN) -> tuple[str | None, list[Rel]]:
    """Whose relative the kinship word at i is, by the words before it: "my"/"our" (owner),
    "Callum's [late]" (a name), "my sister's" (a chain through the sister; a guarded word
    that is a catalog name is that name: "Anna's son")."""
    chain: list[Rel] = []
    j = i - 1
    while j >= 0 and toks[j].possessive and \
            (not is_guarded(toks[j].low) or toks[j].low not in kin.names) and \
            (found := kin.relation(toks[j].low, True)) and found[0].kind not in _NO_LINK:
        if kin.on(rules.TITLE_AFTER_A_NAME) and _title_after_a_name(toks, j, text, kin.names):
            return toks[j - 1].low, chain  # "Arun bhaiya's wife": Arun's
        chain.insert(0, found[0])
        j -= 1
    for k in range(j, max(-1, j - KIN_REACH), -1):
        if re.search(r"[,;:.()]", text[toks[k].end:toks[k + 1].start if k + 1 < len(toks) else toks[i].start]):
            break
        if toks[k].low in OWNER_DETERMINERS:
            return OWNER, chain
        if toks[k].possessive and toks[k].low not in STOPWORDS:
            return toks[k].low, chain
    return (OWNER, chain) if chain else (None, chain)


def _title_after_a_name(toks: list[Token], j: int, text: str,
                        names: frozenset[str] = frozenset()) -> bool:
    """Rule kin_title_after_a_name_is_that_person: a kinship word right after a name
    (capitalised, or one of the catalog's `names`: "Arun bhaiya's", "Meena didi's",
    "Tanaka-san's") is how that person is addressed, as a title before a name is ("Uncle
    Bob's"): the possessor is the named person, not a relative of the owner's the word would
    name alone."""
    if j == 0 or text[toks[j - 1].end:toks[j].start] != " ":
        return False
    name = toks[j - 1]
    named = name.text[:1].isupper() or name.low in names  # a capital, or a catalog's name
    return named and not name.possessive and name.low not in STOPWORDS and \
        name.low not in OWNER_DETERMINERS and rel_of(name.low, True) is None and \
        (j < 2 or toks[j - 2].low not in OWNER_DETERMINERS)


_THIRD_POSSESSIVES = frozenset("his her their".split())
# Words for a person who is not a card's name: the nearest of them before a pronoun is its
# antecedent, so a name further back is not.
_OTHER_PERSON_WORDS = frozenset("i me my our we you your he she they him them".split())


def _antecedent(before: str, names: frozenset[str]) -> str | None:
    """The card name a third-person pronoun refers back to: the nearest person word of its
    clause before it, when that word is a person card's name (lower case)."""
    toks = tokenize(before)
    for k in range(len(toks) - 1, -1, -1):
        gap = before[toks[k].end:toks[k + 1].start] if k + 1 < len(toks) else ""
        if re.search(r"[.;:!?]", gap):
            return None
        low = toks[k].low
        if low in names:
            return low
        if low in _OTHER_PERSON_WORDS or rel_of(low, True) is not None or _person_word(low):
            return None
    return None


def _person_word(low: str) -> bool:
    """A common noun whose most frequent sense is a kind of person ("the coach", "a guy")."""
    lx = lexicon()
    return lx is not None and low.isalpha() and lx.is_a(low, "person", PERSON_DEPTH, 1)


# Relations to the owner that are no family link: "my friend's son" is no relative of mine,
# "son of my best friend Ayo" is Ayo's son (the name is the anchor).
_NO_LINK = frozenset({"friend", "attendant"})
_WEDDING_ROLE = "attendant"  # a relation English names by a role at a wedding
NO_LINK = _NO_LINK


def _anchor_after(toks: list[Token], i: int) -> tuple[str | None, list[Rel]]:
    """"son of my old classmate Ilse" (a name), "son of my sister" (a chain)."""
    if i + 1 >= len(toks) or toks[i + 1].low != "of":
        return None, []
    for tok in toks[i + 2:i + 6]:
        if tok.capitalized:
            return tok.low, []
        found = rel_of(tok.low, True)
        if found and found[0].kind not in _NO_LINK and \
                any(t.low in OWNER_DETERMINERS for t in toks[i + 2:i + 6]):
            return OWNER, [found[0]]
    return None, []


def marked(toks: list[Token], text: str, bare_plural: bool = False) -> list[Token]:
    """With `bare_plural`, a plural possessive typed without its apostrophe ("the twins nan") is
    a possessive (rule plural_relatives_possess_without_apostrophe); the tokenizer reads the one
    typed with it."""
    if not bare_plural:
        return toks
    return [replace(t, possessive=True) if _plural_possessor(toks, k, text) else t
            for k, t in enumerate(toks)]


_GROUP_DETERMINERS = frozenset("the my our".split())


def _plural_possessor(toks: list[Token], k: int, text: str) -> bool:
    """Rule plural_relatives_possess_without_apostrophe: "the twins nan", "my grandkids uncle":
    a plural kinship noun after "the/my/our" and right before another kinship word owns it
    (two kinship nouns do not compound)."""
    if k == 0 or k + 1 >= len(toks) or toks[k].possessive or toks[k - 1].low not in _GROUP_DETERMINERS \
            or text[toks[k].end:toks[k + 1].start] != " ":
        return False
    here, then = rel_of(toks[k].low, True), rel_of(toks[k + 1].low, True)
    return bool(here and here[1] and here[0].kind and then and here[0].kind not in _NO_LINK)


def _modified_relative(toks: list[Token], i: int) -> bool:
    """Rule age_word_between_possessor_and_relative: an age or seniority word between a
    possessive and a kinship noun ("my son's baby boy", "Ana's little boy", "Ana's big
    brother") describes the relative; the phrase still names the possessor's relative, so the
    noun is read as after the possessive (a word for a child is kinship there)."""
    return i > 1 and toks[i - 1].low in SENIORITY and not toks[i - 1].possessive and \
        (toks[i - 2].possessive or toks[i - 2].low in OWNER_DETERMINERS)


ORDER_ANCHOR = "#"  # before a birth order: the possessor is the owner's child of that order
_ORDER_POINTERS = frozenset("my our the".split())
_ORDERS = ("eldest", "youngest", "middle")  # the birth orders kinship.birth_order reads


def order_possessor(toks: list[Token], i: int) -> str | None:
    """Rule child_by_birth_order_possesses: "our eldest one's girl", "my youngest's husband": the
    possessor before the kinship word at i is the owner's child of that birth order ("eldest",
    "youngest", "middle"), or None."""
    j = i - 1
    if j < 1 or not toks[j].possessive:
        return None
    if toks[j].low == "one":  # "the eldest one's"
        j -= 1
    if j < 1 or toks[j - 1].low not in _ORDER_POINTERS or (toks[j].possessive and toks[j].low == "one"):
        return None
    return birth_order(toks[j].low, True)


def _composes(toks: list[Token], i: int, text: str, kin: KinReading = _PLAIN) -> bool:
    """Does the chain through the possessor before the age word at i - 1 compose into a
    relation to the owner (or name its possessor)? Where it does not, the phrase is read as
    before (the possessor's word taken as a name)."""
    anchor, chain = _anchor_before(toks[:i - 1] + toks[i:], i - 1, text, kin)
    found = kin.relation(toks[i].low, True)
    return anchor is not None and found is not None and (not chain or bool(compose(chain + [found[0]])))


def card_facts(text: str, roles: bool = True, modified: bool = True,
               orders: bool = True, others: bool = True, in_laws: bool = True,
               story: tuple[bool, ...] = (True, True, True), names: frozenset[str] = frozenset(),
               glosses: bool = True) -> list[Fact]:
    """The relations one card's description states (roles: rule activity_noun_makes_a_role;
    modified: rule age_word_between_possessor_and_relative; orders: rule
    child_by_birth_order_possesses; others: rule subjects_named_relative_is_another; in_laws:
    rule spouses_blood_kin_are_in_laws; story: rules subjects_own_relative_is_another,
    kin_word_acting_later_is_another and kin_word_in_a_time_clause_is_another; names: rule
    possessor_named_on_a_card; glosses: rule bracketed_gloss_is_the_owners_relative)."""
    toks = tokenize(text)
    kin = KinReading(names) if names else _PLAIN
    keep = _outside_clauses(toks, text)
    facts = []
    for i, tok in enumerate(toks):
        skip = modified and _modified_relative(toks, i) and _composes(toks, i, text)
        found = rel_of(tok.low, skip or (i > 0 and (toks[i - 1].low in OWNER_DETERMINERS or toks[i - 1].possessive)))
        role = role_idiom(toks[i - 1].low, tok.low) if i and found is None else None
        found = (role, False) if role is not None else found  # "Ravi's best man"
        if found is None or not keep[i] or found[1] or tok.possessive or governed(toks, i, KIN_REACH):
            continue  # "son of my sister" states no sister of the card's subject
        if i + 1 < len(toks) and toks[i + 1].possessive and toks[i + 1].capitalized:
            continue  # "my sister Ife's son": the sister possesses, the card is the son
        if others and _subjects_named_relative(toks, i):
            continue  # "(her brother Kojo keeps the hives)": Kojo is her brother
        if story[0] and i and toks[i - 1].low in _SUBJECTS_PRONOUNS and \
                not (i > 1 and toks[i - 2].low in CALL_FORMS):
            continue  # "taller than his dad": the subject's father ("call her Nana": a name)
        rel = with_seniority(found[0], toks[i - 1].low if i else "")  # "Rui, my elder brother"
        if roles and _role_compound(toks, i, text):
            rel = ROLE  # "my tennis partner Ines": a role, no relation
        anchor, chain = _anchor_before(toks[:i - 1] + toks[i:], i - 1, text, kin) if skip else \
            _anchor_before(toks, i, text, kin)
        order = order_possessor(toks, i) if orders else None
        anchor, chain = (ORDER_ANCHOR + order, []) if order else (anchor, chain)
        if anchor is None and glosses and _glossed_after_my(toks, i, text):
            anchor = OWNER  # "My <home-language word> (mother)": the owner's mother
        if anchor is None:
            anchor, chain = _anchor_after(toks, i)
            chain = chain and chain + [rel]  # "son of my sister": sister, then son
        else:
            chain = chain + [rel] if chain else []
        if chain:
            composed = compose(chain, in_laws)
            if len(composed) != 1:
                facts.append(Fact(ANYONE, rel, tok.low))
                continue
            rel = composed[0]
        if anchor is None and story[1] and _acting_later(toks, i, text):
            continue  # "the bonnet Nain knitted": someone in the card's story
        if anchor is None and len(story) > 2 and story[2] and _in_a_time_clause(toks, i):
            continue  # "the beard I grew after dad passed": someone in the card's story
        titled = anchor is None and i + 1 < len(toks) and toks[i + 1].capitalized and \
            not toks[i + 1].possessive and text[tok.end:toks[i + 1].start] == " "
        facts.append(Fact(ANYONE if anchor is None else anchor, rel, tok.low, titled))
    return facts


def _acting_later(toks: list[Token], i: int, text: str) -> bool:
    """Rule kin_word_acting_later_is_another: a kinship word past the description's first
    phrase (after a colon, semicolon, full stop or bracket) right before a past-tense verb."""
    lex = lexicon()
    return i + 1 < len(toks) and lex is not None and \
        any(c in text[:toks[i].start] for c in _FIRST_PHRASE_ENDS) and \
        not text[toks[i].end:toks[i + 1].start].strip() and \
        lex.past_verb_lemma(toks[i + 1].low) is not None


def _glossed_after_my(toks: list[Token], i: int, text: str) -> bool:
    """Rule bracketed_gloss_is_the_owners_relative (round 31): is the kinship word at i alone in
    brackets right after "my"/"our" and one word English's kinship lexicon lacks ("My <word>
    (mother) <Name>")? Then it translates that word: the card states the owner's mother, as "my
    mother" would. A word the lexicon knows reads as itself ("my lola (grandmother)")."""
    if i < 2 or text[toks[i - 1].end:toks[i].start].strip() != "(" or \
            text[toks[i].end:toks[i].end + 1] != ")" or rel_of(toks[i].low, True) is None:
        return False
    word = toks[i - 1]
    return toks[i - 2].low in OWNER_DETERMINERS and not word.possessive and \
        rel_of(word.low, True) is None and word.low not in STOPWORDS


def _in_a_time_clause(toks: list[Token], i: int) -> bool:
    """Rule kin_word_in_a_time_clause_is_another (round 31): a kinship word right after "after",
    "since", "before", "when", "until" or "till" and right before a past-tense verb ("the beard I
    grew after dad passed", "since gran died") is the subject of a clause that dates the card: a
    person in the card's story, not a word the family uses for the card's subject, even within
    the description's first phrase."""
    lex, verb = lexicon(), toks[i + 1].low if i + 1 < len(toks) else ""
    return 0 < i and lex is not None and toks[i - 1].low in _TIME_OPENERS and \
        (lex.past_verb_lemma(verb) is not None or (len(verb) >= 4 and verb.endswith("ed")))


_TIME_OPENERS = frozenset("after since before when until till".split())
_SUBJECTS_PRONOUNS = frozenset("his her".split())  # rule subjects_own_relative_is_another
_FIRST_PHRASE_ENDS = ":;.("


def _subjects_named_relative(toks: list[Token], i: int) -> bool:
    """Rule subjects_named_relative_is_another: "his/her/their <kinship word> <Name>" in a card's
    description names another person, the card subject's relative, by the pronoun that stands
    for the subject: it states no relation of the subject's own."""
    return 0 < i < len(toks) - 1 and toks[i - 1].low in _THIRD_PERSON_POSSESSIVES and \
        toks[i + 1].capitalized and not toks[i + 1].possessive


_THIRD_PERSON_POSSESSIVES = frozenset("his her their its".split())


def states_a_role(description: str) -> bool:
    """Rule stated_role_beats_a_title: the card says who the person is to the speaker by a role
    that is no kinship: "my"/"our" and, within `ROLE_AFTER_MY_WORDS` words, a noun whose first
    meaning is a kind of person ("our village imam", "my old tennis coach", "my flatmate")."""
    toks = tokenize(description)
    for i, tok in enumerate(toks):
        if tok.low not in ("my", "our") or tok.possessive:
            continue
        for nxt in toks[i + 1:i + 1 + ROLE_AFTER_MY_WORDS]:
            if rel_of(nxt.low) is not None:
                break  # "my mum's friend": a relative's, and kinship is read as such
            if rules.person_noun(nxt.low):
                return True
    return False


def family_facts(fam: Family, titles_address: bool = True, roles: bool = True,
                 tags_spoken: bool = True, roles_address: bool = True,
                 modified: bool = True, orders: bool = True,
                 endeared: set[str] | None = None, others: bool = True,
                 in_laws: bool = True, story: tuple[bool, ...] = (True, True, True),
                 strangers: bool = True, names: frozenset[str] = frozenset(),
                 speaker: bool = True, glosses: bool = True, beasts: bool = True) -> list[Fact]:
    """Relations of a person card: its description, kinship tags or class ("father-in-law"),
    and a kinship title in its name ("Grandma Rosa"). strangers (rule
    kinship_word_in_a_strangers_name_is_no_relation): cards that say nothing in the first person
    state no relation through the words of their own name. titles_address (rule
    stated_relation_beats_a_title): a title in a name addresses the person ("Mama Hennie" for
    a mother-in-law), so it states a relation to the owner only where the cards state none.
    tags_spoken (rule stated_relation_beats_a_kinship_tag): likewise a tag of another relation
    than the description states to the owner is a word the family uses for them.
    endeared (rule endearment_beside_a_stated_relation): where given, an ungendered relation
    word beside a gendered one of another kind is the owner's word for them, added to it.
    speaker (rule owner_is_no_relative_of_the_owner): the owner's own cards ("Me, <Name>, ...")
    state no relation of theirs to the owner: "with my brother <Name>" there is another person.
    beasts (rule kin_of_a_named_animal_or_character): an animal's or a character's card states
    its relation to another named one ("<Other>'s little sister")."""
    if not _is_person(fam):
        return _kin_of_a_named_one(fam, names) if beasts else []
    facts: list[Fact] = []
    titles: list[Fact] = []
    tagged: list[Fact] = []
    for card in fam.cards:
        said = card_facts(card.description, roles, modified, orders, others, in_laws, story, names,
                          glosses)
        if speaker and presents_owner(card):
            said = [f for f in said if f.anchor != OWNER or not _owners_relative(card.description, f.word)]
        facts += said
        for word in [t.lower() for t in card.tags] + [card.class_noun.lower()]:
            found = rel_of(word)
            if found and not found[1] and word not in _PERSON_CATEGORY:
                tagged.append(Fact(OWNER, found[0], word))
    if endeared is not None:
        facts = _endearments_spoken(facts, endeared, [c.description for c in fam.cards])
    facts += _tags_as_spoken(tagged, facts) if tags_spoken else tagged
    for card in fam.cards:
        for tok in tokenize(card.name):
            found = rel_of(tok.low)
            if found and not found[1]:
                titles.append(Fact(OWNER, found[0], tok.low))
    own = {card.name.lower() for card in fam.cards if " " not in card.name.strip()}
    facts = [f for f in facts if f.anchor != ANYONE or f.word not in own]  # "Dana, my ...": a name
    if strangers and not speaks_in_first_person(fam):
        named = {t.low for card in fam.cards for t in tokenize(card.name)}
        facts = [f for f in facts if f.anchor != OWNER or f.word not in named]  # "Son <X>"
        titles = []  # a name: at most what others call them, no relative of the owner's
    if titles_address and any(f.anchor == OWNER for f in facts):
        titles = [f for f in titles if any(replace(f.rel, elder="") == replace(g.rel, elder="")
                                           for g in facts if g.anchor == OWNER)]
    elif roles_address and titles and any(states_a_role(c.description) for c in fam.cards):
        titles = []  # "Father <name>, our chaplain": a title of address, no father
    return _most_specific(list(dict.fromkeys(facts + titles)))


def _kin_of_a_named_one(fam: Family, names: frozenset[str]) -> list[Fact]:
    """Rule kin_of_a_named_animal_or_character: the relations a subject card that is no person
    states to another one named ("<Other>'s little sister", "<Other>'s pup"), never to the
    owner (an animal is nobody's brother but its own kind's)."""
    if fam.kind != "subject":
        return []
    facts = [f for card in fam.cards for f in card_facts(card.description, names=names)
             if f.anchor not in (OWNER, ANYONE) and not f.anchor.startswith(ORDER_ANCHOR)]
    return list(dict.fromkeys(facts))


def _owners_relative(text: str, word: str) -> bool:
    """Does the text speak of "my/our [one word] <word>", the writer's own relative (not "they
    call my <word>", which says what the writer is called)?"""
    toks = tokenize(text)
    return any(tok.low in OWNER_DETERMINERS and not (i and toks[i - 1].low in CALL_FORMS) and
               word in (t.low for t in toks[i + 1:i + 3]) for i, tok in enumerate(toks))


_FIRST_PERSON = frozenset("i me my mine our ours we us".split())


def speaks_in_first_person(fam: Family) -> bool:
    """Do the family's cards speak of their subject as the owner's own ("my", "our", "me")?"""
    return any(t.low in _FIRST_PERSON for card in fam.cards for t in tokenize(card.description))


def _endearments_spoken(facts: list[Fact], endeared: set[str], texts: list[str]) -> list[Fact]:
    """Rule endearment_beside_a_stated_relation: an ungendered relation to the owner ("Our kid,
    ...") of another kind than a gendered one the cards state ("my baby brother Kwabena") is the
    owner's word for the person (`SPOKEN`); the phrase as the cards say it, possessive and word
    ("our kid"), goes into `endeared` ("my kid" stays the owner's child)."""
    gendered = {f.rel.kind for f in facts if f.anchor == OWNER and f.rel.gender}
    out = []
    for f in facts:
        if f.anchor == OWNER and not f.rel.gender and gendered and f.rel.kind not in gendered:
            endeared.update(f"{m.group(1).lower()} {f.word}" for text in texts for m in
                            re.finditer(rf"\b(my|our)\s+{re.escape(f.word)}\b", text, re.I))
            f = replace(f, anchor=SPOKEN)
        out.append(f)
    return out


def _tags_as_spoken(tagged: list[Fact], described: list[Fact]) -> list[Fact]:
    """Rule stated_relation_beats_a_kinship_tag: where the description states a relation to
    the owner, a kinship tag of another relation ("grandmother" on "my mother"'s card) is the
    family's word for the person (the children's), no relation of the owner's (`SPOKEN`: "the
    twin", "grandma" reach them, "my grandma" only where no grandmother of the owner's is
    stated: Relations._spoken_too). A tag that says the same relation,
    more or less exactly ("sister" beside "my kid sister"), stays. Round 29: where the
    description states relations to others only, a tag of one of them ("girlfriend" on "our
    son <Name>'s girlfriend") is that relation, the family's word for her, none to the owner."""
    stated = [f.rel for f in described if f.anchor == OWNER]
    if not stated:
        others = [f.rel for f in described if f.anchor not in (OWNER, ANYONE, SPOKEN)]
        return [replace(f, anchor=SPOKEN) if any(_same_relation(f.rel, r) for r in others) else f
                for f in tagged]
    return [f if any(_same_relation(f.rel, r) for r in stated) else replace(f, anchor=SPOKEN)
            for f in tagged]


def _same_relation(a: Rel, b: Rel) -> bool:
    """The same relation, its seniority, side, line or step said or not."""
    return (a.kind, a.in_law, a.great) == (b.kind, b.in_law, b.great) and \
        not (a.gender and b.gender and a.gender != b.gender)


def _most_specific(facts: list[Fact]) -> list[Fact]:
    """A fact that another one of the same person states more exactly (the tag "sister" beside
    the description's "my kid sister Ada"; "grandmother" beside "our mam's mother") is that one:
    the younger sister is no elder one, the mother's mother no father's mother."""
    return [f for f in facts if not any(_vaguer(f.rel, g.rel) for g in facts
                                        if g.anchor == f.anchor)]


def _vaguer(vague: Rel, exact: Rel) -> bool:
    """Is `vague` the relation `exact` with its seniority or side of the family left unsaid?"""
    return vague != exact and vague == replace(exact, elder=vague.elder or "",
                                               side=vague.side or "") and \
        not (vague.elder and vague.elder != exact.elder) and \
        not (vague.side and vague.side != exact.side)


def _head_index(toks: list[Token], kin: KinReading = _PLAIN) -> int | None:
    """The kinship word a phrase is about: the last one, when nothing but a name or a version
    word ("my aunt's model") follows it; a clause after it ("dad back when he had the
    beard") is about them, it is not part of the phrase."""
    cut = next((k for k, t in enumerate(toks) if k and (t.low in _CLAUSE_WORDS | _SUBORDINATORS or
                                                     (kin.on(rules.SAID_ABSENT) and
                                                      t.low in ABSENCE_WORDS) or
                                                     (kin.on(rules.BACK_HOME) and _back_home(toks, k)) or
                                                     (kin.on(rules.PARTICIPLE_AFTER) and
                                                      _participle_after_relative(toks, k, kin)))),
               len(toks))
    toks = toks[:cut]
    for i in range(len(toks) - 1, -1, -1):
        if any(not (t.capitalized or t.low in CUE_WORDS or t.low in FILLER or
                    (not toks[i].possessive and (name_like(t) or _no_noun(t) or
                                                 (k == i + 1 and kin.names_rare(t)))))
               for k, t in enumerate(toks) if k > i and t.low not in STOPWORDS):
            continue
        if kin.relation(toks[i].low, _pointed(toks, i, kin)) is not None or \
                _idiom(toks, i) is not None:
            return i
    return None


def _participle_after_relative(toks: list[Token], k: int, kin: KinReading = _PLAIN) -> bool:
    """Rule participle_after_a_relative_opens_the_predicate: an -ing form of a verb right
    after a kinship noun that possesses nothing ("Ana's son riding a bike", "my niece seeing
    the sea") says what the relative does; the nouns after it are no part of the phrase, as a
    relative clause is not."""
    lx, prev = lexicon(), toks[k - 1]
    return lx is not None and toks[k].low.endswith("ing") and not prev.possessive and \
        lx.verb_lemma(toks[k].low) is not None and \
        kin.relation(prev.low, _pointed(toks, k - 1, kin)) is not None


_BACK_PLACES = frozenset("home there".split())  # "back home", "back there": where someone lives


def _back_home(toks: list[Token], k: int) -> bool:
    """Rule back_home_is_where_the_relative_lives: "my nan back home", "my cousin back in
    Manila": "back" after a person, ending the phrase or before "home"/"there", says where that
    person lives (their hometown, not the owner's house); it is not part of the phrase."""
    if toks[k].low != "back":
        return False
    return k + 1 == len(toks) or toks[k + 1].low in _BACK_PLACES


def name_like(tok: Token) -> bool:
    """A lower-case word that is no English word is a name typed in lower case, or the
    family's own word for what they do ("my cousin wanjiru", "my bro skanking"): like a
    capitalised name, it does not make the kinship word before it a modifier."""
    return tok.low.isalpha() and tok.low not in english_words() and not rel_of(tok.low)


def rare_noun_name(tok: Token) -> bool:
    """Rule rare_noun_after_a_relative_is_a_name: right after a kinship word ("my cousin rosa",
    "my uncle tom") a word English has only as a noun no tagged text attests is the relative's
    given name, typed in lower case, not a noun the kinship word modifies."""
    lx = lexicon()
    return lx is not None and tok.low.isalpha() and len(tok.low) > 2 and \
        not rel_of(tok.low) and lx.only_a_rare_noun(tok.low)


def role_word_name(tok: Token) -> bool:
    """Rule role_word_after_a_relative_is_a_name: right after a kinship word, a bare word whose
    first meaning is a kind of person (an occupation, a rank: no broad word for anyone, no
    kinship word) is the relative's given name typed in lower case; English would say "my
    cousin the <role>"."""
    return tok.low.isalpha() and not tok.possessive and not rel_of(tok.low) and \
        rules.person_noun(tok.low) and tok.low not in CATEGORY_WORDS


def _no_noun(tok: Token) -> bool:
    """A word English has no noun for ("asleep", "awake") follows a noun as a predicate ("dad
    asleep on the sofa"): it is no head the kinship word before it could modify."""
    return _no_noun_word(tok.low)


@lru_cache(maxsize=65536)
def _no_noun_word(low: str) -> bool:
    lx = lexicon()
    return lx is not None and low.isalpha() and not lx.base_forms(low)


def _pointed(toks: list[Token], i: int, kin: KinReading = _PLAIN) -> bool:
    """After "my"/"our" or a possessive ("my cousin's boy"), or a plural after "the" ("the
    boys"): a word for a child is a relation here. A guarded word ("ate", "ba", "tito") only in
    a kin position (kin_position)."""
    if is_guarded(toks[i].low):
        return kin.placed(toks, i)
    return any(t.low in OWNER_DETERMINERS or t.possessive for t in toks[max(0, i - KIN_REACH):i]) \
        or (i > 0 and toks[i - 1].low == "the" and
            (toks[i].low.endswith("s") or _only_kinship(toks[i].low)))


@lru_cache(maxsize=None)
def _only_kinship(word: str) -> bool:
    """A word that is kinship after "my" but that English has no common noun for a person by
    ("mister", "bae", "wean": no sense of it is a kind of person) cannot mean some person
    after "the" either: "the" points at the speaker's own, as in "the wife". "The man", "the
    boy" are anyone."""
    lx = lexicon()
    return word in KIN_POINTED and lx is not None and not lx.is_a(word, "person", PERSON_DEPTH,
                                                                 PERSON_SENSES)


def kin_position(toks: list[Token], i: int, names: frozenset[str] = frozenset()) -> bool:
    """kin_position_guards_short_words: a guarded kinship word (two or three letters, or also
    an English word or given name: "ba", "ate", "tito", "lola") names a relative only right
    after a possessive determiner or a possessive ("my ba", "Ami's ate", "the twins' tita"),
    or as a possessor itself ("ba's garden"; not a catalog name: "Anna's son" is Anna's): as
    an ordinary word of the sentence it keeps its English reading ("the dog ate")."""
    if i > 0 and (toks[i - 1].low in _KIN_DETERMINERS or toks[i - 1].possessive):
        return True
    return toks[i].possessive and toks[i].low not in names


_KIN_DETERMINERS = frozenset("my our his her their your".split())


def _idiom(toks: list[Token], i: int) -> Rel | None:
    """A two-word kinship word: an English idiom after "my"/"our" ("our old dear"), or another
    language's word typed open ("ba xa"), kinship wherever it stands (kinship.idiom)."""
    if i == 0:
        return None
    found = idiom(toks[i - 1].low, toks[i].low)
    if found is None:
        return None
    rel, needs_owner = found
    if needs_owner and not any(t.low in OWNER_DETERMINERS or (t.possessive and rel.kind == _WEDDING_ROLE)
                               for t in toks[max(0, i - 2):i - 1]):
        return None  # "our old dear"; "Ravi's best man"
    return rel


def reference(tokens: list[Token], text: str, start: int, kin: KinReading = _PLAIN,
              roles: bool = True) -> Ref | None:
    """The relation phrase of a mention (its tokens; `start`: where it begins in `text`; `kin`:
    how the catalog reads guarded kinship words)."""
    tokens = marked(tokens, text, kin.on(rules.BARE_PLURAL_POSSESSOR))
    i = _head_index(tokens, kin)
    if i is None:
        return None
    head = tokens[i]
    idiom = _idiom(tokens, i)  # an "old man" is the father, whatever "man" alone is
    found = None if idiom else kin.relation(head.low, _pointed(tokens, i, kin))
    rel, plural = (found if found else (idiom, False))
    if rel is None:
        return None
    rel = with_seniority(rel, tokens[i - 1].low if i else "")  # "my big sis Ama", "his wee brother"
    if roles and found and _role_compound(tokens, i, text):
        rel = ROLE  # "my dance partner": a role (rule activity_noun_makes_a_role)
    skip = kin.on(rules.MODIFIED_RELATIVE) and _modified_relative(tokens, i) and \
        _composes(tokens, i, text, kin)  # "my mum's little sister", as a card says it
    anchor, chain = _anchor_before(tokens[:i - 1] + tokens[i:], i - 1, text, kin) if skip else \
        _anchor_before(tokens, i, text, kin)
    if anchor is None:
        if any(t.low in ("a", "an", "some", "any", "his", "her", "their", "its") for t in tokens[:i]):
            return None  # "a mother and child": anyone; "her son": the subject's
        anchor = OWNER
    bare = anchor == OWNER and not chain and all(t.low == "the" for t in tokens[:i])
    one_of = bool(_ONE_OF_RE.search(text[:start]))
    said = [t for k, t in enumerate(tokens[:i + 1]) if k == i or t.possessive or
            t.low in OWNER_DETERMINERS or t.low == "the" or (found is None and k == i - 1)]
    if not plural and kin.on(rules.PLURAL_MARKED_AFTER):
        plural = _plural_marked_after(tokens, i, text)
    every = plural and bool(_EVERY_RE.search(text[:head.start]))
    counted = _COUNTED_BEFORE.search(text[:head.start]) if plural else None
    count = (int(counted.group(1)) if counted.group(1).isdigit() else COUNT_WORDS[counted.group(1).lower()]) \
        if counted else None
    return Ref(anchor, chain + [rel], head.low, head, plural, one_of, bare, said, every, count)


def _plural_marked_after(toks: list[Token], i: int, text: str) -> bool:
    """Rule creole_plural_marker_after_the_noun: the word after the kinship word, in the same
    phrase, is a creole's plural marker (kinwords.KIN_PLURAL_AFTER: "the pikin dem")."""
    return i + 1 < len(toks) and toks[i + 1].low in PLURAL_MARKERS and \
        not text[toks[i].end:toks[i + 1].start].strip()


PLURAL_MARKERS = frozenset(w for words in KIN_PLURAL_AFTER.values() for w in words.split())


@dataclass
class Relations:
    """The relation facts of a catalog's people, read once."""

    index: CatalogIndex
    facts: dict[str, list[Fact]] = field(default_factory=dict)
    derived: set = field(default_factory=set)  # (family, fact) composed, not stated
    endeared: dict[str, set[str]] = field(default_factory=dict)  # family -> the owner's words for them
    disabled: frozenset[str] = frozenset()  # rule names switched off (rules.ALL_RULES, --ablate)

    def on(self, rule: str) -> bool:
        """Is the named rule on (not switched off for an ablation)?"""
        return rule not in self.disabled

    def __post_init__(self) -> None:
        names = frozenset(w for fam in self.index.families.values() if _is_person(fam)
                          for w in fam.name_lows) if self.on(rules.POSSESSOR_NAMED) else frozenset()
        for key, fam in self.index.families.items():
            found = family_facts(fam, self.on(rules.TITLE_IS_ADDRESS), self.on(rules.ROLE_COMPOUND),
                                 self.on(rules.TAG_IS_ANOTHERS_WORD),
                                 self.on(rules.ROLE_IS_ADDRESS),
                                 modified=self.on(rules.MODIFIED_RELATIVE),
                                 orders=self.on(rules.ORDER_POSSESSES),
                                 endeared=self.endeared.setdefault(key, set())
                                 if self.on(rules.ENDEARMENT_IS_NO_RELATION) else None,
                                 others=self.on(rules.SUBJECTS_NAMED_RELATIVE),
                                 in_laws=self.on(rules.SPOUSES_KIN),
                                 story=(self.on(rules.SUBJECTS_RELATIVE),
                                        self.on(rules.KIN_ACTOR_IS_ANOTHER),
                                        self.on(rules.KIN_IN_TIME_CLAUSE)),
                                 strangers=self.on(rules.KIN_IN_A_STRANGERS_NAME), names=names,
                                 speaker=self.on(rules.OWNER_NO_RELATIVE),
                                 glosses=self.on(rules.GLOSS_IS_OWNERS),
                                 beasts=self.on(rules.KIN_OF_A_NAMED_BEAST))
            if found:
                self.facts[key] = found
        self._name_children_by_order()
        if self.on(rules.ONE_SPOUSE):
            self._partners_beside_a_spouse()
        for key in list(self.facts):
            self._say_which_line(key)
        if self.on(rules.RELATIVE_OF_RELATIVE):
            self._through_owners_kin()
        self.owner_relations = any(f.anchor == OWNER for fs in self.facts.values() for f in fs)
        texts = [t for fam in self.index.families.values() if _is_person(fam)
                 for card in fam.cards for t in (card.name, card.description)]
        languages = home_languages(texts) if self.on(rules.HOME_LANGUAGE) else frozenset()
        self.kin = KinReading(frozenset(self.index.name_owners), languages, self.disabled)
        self.people_names = frozenset(w for fam in self.index.families.values() if _is_person(fam)
                                      for w in fam.name_lows)
        self.owner_gender = _owner_gender(self.index)

    def _compose(self, path: list[Rel]) -> list[Rel]:
        """compose, with rule spouses_blood_kin_are_in_laws as switched."""
        return compose(path, self.on(rules.SPOUSES_KIN))

    def reference(self, tokens: list[Token], text: str, start: int) -> Ref | None:
        """The relation phrase of a mention, read as this catalog reads kinship words."""
        if self.on(rules.PRONOUN_NAMES):
            tokens = self._pronoun_as_possessor(tokens, text, start)
        ref = reference(tokens, text, start, self.kin, self.on(rules.ROLE_COMPOUND))
        return self._ordered_possessor(ref, tokens)

    def _child_of_order(self, order: str) -> str | None:
        """The name of the one family whose cards state it the owner's child ("my son") of this
        birth order ("<name>, our eldest"), or None; the order word in a possessor ("our eldest
        one's husband") is said of someone else."""
        keys = [k for k, fam in self.index.families.items()
                if any(birth_order(w, True) == order for w in fam.orders) and any(
                    f.anchor == OWNER and f.rel.kind == _CHILD.kind and not f.rel.in_law
                    for f in self.facts.get(k, ()))]
        name = tokenize(self.index.families[keys[0]].newest.name) if len(keys) == 1 else []
        return name[0].low if name else None

    def _name_children_by_order(self) -> None:
        """Rule child_by_birth_order_possesses, on the cards: "<name>, our eldest one's girl" states
        the girl of the family whose cards say "our eldest" (its name is the anchor)."""
        self.ordered = {o: self._child_of_order(o) for o in _ORDERS}
        for key, facts in self.facts.items():
            self.facts[key] = [replace(f, anchor=self.ordered.get(f.anchor[1:]) or ANYONE)
                               if f.anchor.startswith(ORDER_ANCHOR) else f for f in facts]

    def _ordered_possessor(self, ref: Ref | None, tokens: list[Token]) -> Ref | None:
        """Rule child_by_birth_order_possesses, in a request: "the youngest one's husband" is the
        husband of the owner's middle child where one family states it."""
        if ref is None or not self.on(rules.ORDER_POSSESSES) or ref.anchor != OWNER or len(ref.path) != 1:
            return ref
        i = next((k for k, t in enumerate(tokens) if t.start == ref.head.start), None)
        order = order_possessor(tokens, i) if i is not None else None
        name = self.ordered.get(order) if order else None
        return replace(ref, anchor=name, bare=False) if name else ref

    def _pronoun_as_possessor(self, tokens: list[Token], text: str, start: int) -> list[Token]:
        """Rule his_her_kin_is_the_named_persons: "his/her/their <kinship word>" (at most
        KIN_REACH words apart) after a person the request names by a card's name, nearer than any
        other person word of the clause, is that person's relative: "Ilias with one of his
        nieces" reads as "Ilias's nieces" (the pronoun is read as the named possessor)."""
        at = next((k for k, t in enumerate(tokens) if t.low in _THIRD_POSSESSIVES and any(
            self.kin.relation(n.low, True) for n in tokens[k + 1:k + 1 + KIN_REACH])), None)
        if at is None:
            return tokens
        name = _antecedent(text[:start] + text[start:tokens[at].start], self.people_names)
        if name is None:
            return tokens
        owner = replace(tokens[at], low=name, stem=name, possessive=True)
        return tokens[:at] + [owner] + tokens[at + 1:]

    def _partners_beside_a_spouse(self) -> None:
        """Rule stated_spouse_makes_a_partner_an_associate: "partner" is a spouse or a partner in
        work. Where another card names the owner's spouse by a spouse word ("my husband Idris",
        "my wife"), a "partner" of the owner on a different person's card ("my partner at the
        bakery") is the other sense, and so is a "partner" tag on that card: a person has one
        spouse, so "my husband" means Idris alone and "Dana's kids" are not the owner's children."""
        spouses = {k for k, fs in self.facts.items() for f in fs if f.anchor == OWNER and
                   f.rel.kind == "spouse" and f.word != _PARTNER_WORD and not f.rel.step}
        for key, facts in self.facts.items():
            if key in spouses or not spouses:
                continue
            self.facts[key] = [replace(f, rel=ROLE) if f.anchor in (OWNER, SPOKEN) and
                               f.word == _PARTNER_WORD and f.rel.kind == "spouse" else f
                               for f in facts]  # a "partner" tag too

    def _say_which_line(self, key: str) -> None:
        """A card that says "Nils's sister, my sister-in-law", where Nils's card says "my
        husband", states the spouse's sister: the fact through Nils (composed) takes the place
        of the vaguer one, so "my brother's wife" does not reach her."""
        facts = self.facts[key]
        derived = []
        for f in facts:
            for other in self.index.name_owners.get(f.anchor, ()) if f.anchor else ():
                for g in self.facts.get(other, ()) if other != key else ():
                    composed = self._compose([g.rel, f.rel]) if g.anchor == OWNER else []
                    if len(composed) == 1 and composed[0].line:
                        derived.append(Fact(OWNER, composed[0], f.word))
        said = {(d.rel.kind, d.rel.in_law) for d in derived}
        if said:
            kept = [f for f in facts if not (f.anchor == OWNER and not f.rel.line and
                                             (f.rel.kind, f.rel.in_law) in said)]
            self.facts[key] = list(dict.fromkeys(kept + derived))

    def _through_owners_kin(self) -> None:
        """Rule relative_of_my_relative_is_mine: a card that states a relation only to a named
        person ("Sam, Rolf's son") whose own card states their relation to the owner ("my
        partner Rolf") is the owner's relative by composition (my partner's son is a child of
        mine, a step one as far as the cards say: ours would say "our son"), so "any of our
        children" and "my stepson" reach him."""
        derived: dict[str, list[Fact]] = {}
        for key, facts in self.facts.items():
            if any(f.anchor == OWNER for f in facts):
                continue
            for f in facts:
                owners = self.index.name_owners.get(f.anchor, ()) if f.anchor not in (OWNER, ANYONE) else ()
                if len(owners) != 1 or key in owners:
                    continue
                for g in self.facts.get(next(iter(owners)), ()):
                    if g.anchor != OWNER:
                        continue
                    composed = self._compose([g.rel, f.rel])
                    if len(composed) != 1:
                        continue
                    rel = composed[0]
                    if g.rel.kind in _ONE_PER_GENDER and rel.kind == "child":
                        rel = replace(rel, step=True)
                    derived.setdefault(key, []).append(Fact(OWNER, rel, f.word))
        for key, found in derived.items():
            self.facts[key] = list(dict.fromkeys(self.facts[key] + found))
            self.derived.update((key, f) for f in found)

    def _with(self, anchor: str, wants: list[Rel], allowed) -> list[tuple[str, Fact]]:
        out = []
        for key, facts in self.facts.items():
            if allowed is not None and key not in allowed:
                continue
            out += [(key, f) for f in facts if f.anchor == anchor and any(fits(w, f.rel) for w in wants)]
        return out

    def _people(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """(family, the fact that makes it fit) for every card the phrase can mean."""
        last = ref.path[-1]
        if ref.anchor != OWNER:  # "Hana's daughter", "Callum's sister"
            return self._through_person(self._clipped_anchor(ref), allowed)
        endeared = self._endeared(ref, allowed)
        if endeared:
            return endeared
        found = self._with(OWNER, self._on_the_owners_side(ref.path, self._compose(ref.path)), allowed)
        if self.on(rules.FAMILY_WORD_NAMES_THEM) and len(ref.path) == 1 and \
                (ref.bare or honorific_stem(ref.word) is not None):
            found += self._family_word(ref, allowed)  # "my father" is no "Father <name>"
        if self._spoken_too(ref, found):
            found += [(k, f) for k, f in self._with(SPOKEN, self._compose(ref.path), allowed)
                      if self._childrens_side_fits(k, ref.path[-1])
                      and not any(p.endswith(" " + f.word) for p in self.endeared.get(k, ()))]
        if not found and ref.bare and len(ref.path) == 1 and self.on(rules.HOUSEHOLD_WORD):
            found = self._household_word(ref, allowed)  # after the family's own tags for them
        if not found and self.on(rules.CHILDRENS_PARENT_SPEAKS):
            found = self._childrens_parent(ref, allowed)
        if len(ref.path) > 1:  # through the cards of the relatives on the way
            for key, _ in self._with(OWNER, self._compose(ref.path[:-1]), allowed):
                for name in self.index.families[key].name_lows:
                    found += self._with(name, [last], allowed)
        if len(ref.path) == 2 and ref.path[0].kind == _CHILD.kind and \
                self.on(rules.CHILDRENS_TITLE):  # "the girls' auntie": whom they call so too
            found += [hit for hit in self._with(ANYONE, [last], allowed) if hit not in found
                      and self._children_say_it(hit[0])]
        if not found and (ref.bare or ref.plural):  # a name the family uses, "the twins"
            found = self._with(ANYONE, [last], allowed) + [
                (k, f) for k, f in self._with_any(last, allowed) if ref.plural]
            if ref.plural or ref.one_of or (not found and self.on(rules.ONE_TITLE_CHILDRENS)):
                found += self._childrens(ref, allowed, single=not (ref.plural or ref.one_of))
            if ref.bare and not (ref.plural or ref.one_of) and self.on(rules.SPOUSES_TITLE):
                found += self._with(OWNER, [replace(last, in_law=True)], allowed)
        elif len({k for k, _ in found}) == 1 and self.on(rules.SET_IS_SEVERAL):
            more = self._childrens(ref, allowed)  # "one of the <relatives>": more than the one
            if len({k for k, _ in found + more}) >= 2:
                found += more
        return found

    def _children_say_it(self, key: str) -> bool:
        """Rule childrens_title_names_them: do the family's cards say children use its title (a
        plural word for the children: "our children say ...", "... to the lads")?"""
        for card in self.index.families[key].cards:
            for tok in tokenize(card.description):
                found = rel_of(tok.low, True)
                if found is not None and found[1] and found[0].kind == _CHILD.kind:
                    return True
        return False

    def _endeared(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """Rule endearment_beside_a_stated_relation: the people the owner calls by the very
        word the phrase says, in the singular after the owner's possessive ("our kid")."""
        said = next((t.low for t in ref.said if t.low in OWNER_DETERMINERS), None)
        if len(ref.path) != 1 or ref.plural or ref.one_of or said is None:
            return []
        return [(k, f) for k, words in self.endeared.items() if f"{said} {ref.word}" in words
                and (allowed is None or k in allowed)
                for f in self.facts.get(k, ()) if f.anchor == SPOKEN and f.word == ref.word]

    def _on_the_owners_side(self, path: list[Rel], wants: list[Rel]) -> list[Rel]:
        """Rule childrens_side_is_the_owners_by_gender: "the kids' ammamma" (the mother's mother)
        is the owner's own mother where the owner is the children's mother, the owner's
        mother-in-law where the owner is their father: of the blood and in-law readings a chain
        through the owner's child gives, the side said keeps one."""
        side = path[-1].side
        if len(path) != 2 or path[0].kind != "child" or not side or \
                not self.on(rules.CHILDRENS_SIDE) or not self.owner_gender:
            return wants
        own = _SIDE_OF_GENDER[self.owner_gender] == side
        return [w if own or w.kind != "sibling" else replace(w, line="spouse")  # the spouse's
                for w in wants if w.in_law != own]

    def _childrens_side_fits(self, key: str, want: Rel) -> bool:
        """Rule childrens_side_is_the_owners_by_gender, for the children's word for a
        grandparent (a "grandad" tag on the owner's father-in-law): the owner's parent is the
        children's grandparent on the owner's side, a parent-in-law on the other; a side asked
        for ("nana", the mother's father) that the card's side is not is no answer."""
        if not want.side or not self.owner_gender or not self.on(rules.CHILDRENS_SIDE):
            return True
        own = _SIDE_OF_GENDER[self.owner_gender]
        sides = {own if not f.rel.in_law else _OTHER_SIDE[own] for f in self.facts.get(key, ())
                 if f.anchor == OWNER and f.rel.kind == "parent"}
        return not sides or want.side in sides

    def _family_word(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """Rule family_word_for_a_relative_names_them: the cards whose person the family calls
        by the phrase's very word ("Chacha-ji", typed "chachaji" or "chacha ji" too), as a name;
        a word of either gender on the card ("ngoại" in a two-word title) is no name for a
        relative the request gives a gender."""
        word, want = _one_word(ref.word), ref.path[-1]
        return [(k, f) for k, f in self._with(ANYONE, [want], allowed)
                if _one_word(f.word) == word and (not want.gender or f.rel.gender == want.gender)]

    def _household_word(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """Rule household_word_names_them: the cards whose description calls its own subject by
        the phrase's very word, whoever's relative it says that is ("My wife's taid, <Name>"),
        and the children's relative of that title (one_bare_title_is_the_childrens), unless the
        cards say the children call them by another word of that relation ("Taid to the kids"
        is no "nain"'s or "grandad"'s answer): both may be meant, so both stand."""
        word, want = _one_word(ref.word), ref.path[-1]
        said = [(k, f) for k, fs in self.facts.items() if allowed is None or k in allowed
                for f in fs if _one_word(f.word) == word and f.rel.kind == want.kind
                and f.rel.great == want.great and f.rel.gender in ("", want.gender)]
        if not said:
            return []
        theirs = [(k, replace(f, word=ref.word)) for k, f in self._childrens(ref, allowed, single=True)
                  if not any(g.anchor == ANYONE and g.rel.kind == want.kind and g.word != ref.word
                             for g in self.facts.get(k, ()))]
        return said + theirs

    def _childrens_parent(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """Rule childrens_parent_of_the_speakers_gender_is_the_speaker: "the girls' dad" with the
        owner's cards saying a man: the owner's families (presents_owner), where the owner has
        children stated and the word has no second reading in another variety."""
        if [r.kind for r in ref.path] != [_CHILD.kind, "parent"] or ref.path[0].in_law or \
                ref.path[0].step or not self.owner_gender or \
                ref.path[1].gender != self.owner_gender or ref.word in SECOND_READINGS or \
                not self._with(OWNER, [_CHILD], None):
            return []  # "pop" is a grandfather too (kinship.SECOND_READINGS): not said of oneself
        return [(k, Fact(OWNER, ref.path[1], ref.word)) for k, fam in self.index.families.items()
                if (allowed is None or k in allowed) and any(presents_owner(c) for c in fam.cards)]

    @staticmethod
    def _spoken_too(ref: Ref, found: list) -> bool:
        """stated_relation_beats_a_kinship_tag: the family's word for someone (a tag) answers
        "the twin" and "grandma", and "my grandma" only where the owner's own grandmother is
        stated nowhere and no side of the family is said ("my grandpa on my mum's side" is the
        owner's own). A chain ("the kids' great-gran") composes a relation to the owner, which
        a tag, said from someone else's side, does not answer."""
        if len(ref.path) > 1:
            return False
        if not any(t.low in OWNER_DETERMINERS for t in ref.said):
            return True
        return not found and not ref.path[-1].side

    def _childrens(self, ref: Ref, allowed, single: bool = False) -> list[tuple[str, Fact]]:
        """Rule the_relative_is_the_childrens: "the grandparents", "one of the aunties" with
        "the" (no "my") and no such relative of the owner's stated is the household's children's
        relative, where the owner has children: the relation composed through a child of the
        owner ("the grandparents" are my parents and parents-in-law). Families name each other
        by the children's word for them (teknonymy), whatever else the cards call them.
        single: one bare title that no card uses as a name (one_bare_title_is_the_childrens)."""
        if not self.on(rules.CHILDRENS_RELATIVE) or not ref.bare or len(ref.path) != 1 or \
                not (ref.plural or ref.one_of or single):
            return []  # a single bare title may be the name the family uses for someone
        if not self._with(OWNER, [_CHILD], None):
            return []
        return self._with(OWNER, self._compose([_CHILD] + ref.path), allowed)

    def _through_person(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """relation_through_a_person: "X's <relation>" is taken relative to X: the cards that
        state the relation to X itself ("Ferdinand's daughter"), and the relation composed from
        what X's cards state about X ("my husband": X's daughter is my daughter or stepdaughter;
        "my son": X's brother is another son of mine). X is never their own relative. A step
        relation cannot be composed (my husband's stepson is a son of mine who is not his, which
        no composition through me tells), so where cards state it to X outright, they answer."""
        found = [hit for name in self._other_names(ref.anchor)
                 for hit in self._with(name, [ref.path[-1]], allowed)]
        if self.on(rules.STATED_BACKWARDS):
            found += self._backwards(ref, allowed)
        if found and ref.path[-1].step and self.on(rules.THROUGH_A_PERSON):
            return found
        anchors = set(self.index.name_owners.get(ref.anchor, ()))
        for key in anchors:
            for f in self.facts.get(key, []):
                if f.anchor == OWNER and (key, f) not in self.derived:  # composed once only
                    path = [f.rel] + ref.path
                    found += self._with(OWNER, self._on_the_owners_side(path, self._compose(path)), allowed)
        found = [(k, f) for k, f in found if k not in anchors or not self.on(rules.THROUGH_A_PERSON)]
        if ref.path[-1].kind in _ONE_EACH and self.on(rules.ANOTHERS_SPOUSE):
            names = {n for key in anchors for n in self.index.families[key].name_lows}
            own = set(self._other_names(ref.anchor))
            found = [(k, f) for k, f in found if f.anchor in own
                     or not self._spouse_of_another(k, names | {ref.anchor})]
        if self.on(rules.CHILD_OF_ANOTHER):
            found = self._without_others_children(ref, anchors, found)
        return found

    def _spouses_names(self, keys: set[str], names: set[str]) -> set[str]:
        """The names of the spouses or partners the cards state for the person families `keys`
        (known by `names`), either way round."""
        out = {f.anchor for k in keys for f in self.facts.get(k, ()) if f.rel.kind in _ONE_EACH}
        for key, facts in self.facts.items():
            if any(f.anchor in names and f.rel.kind in _ONE_EACH for f in facts):
                out |= self.index.families[key].name_lows
        return out - {OWNER, ANYONE, SPOKEN}

    def _without_others_children(self, ref: Ref, anchors: set[str],
                                 found: list[tuple[str, Fact]]) -> list[tuple[str, Fact]]:
        """Rule a_child_is_their_parents: "X's boy" composed through X ("my daughter": X's son
        is my grandson) reaches every grandson, but one whose card states him the child of
        another possessor ("<Y>'s boy", "my son's boy") is Y's, not X's, unless Y is X's spouse
        (a child has two parents)."""
        if ref.path[-1].kind != _CHILD.kind:
            return found
        names = {n for key in anchors for n in self.index.families[key].name_lows} | {ref.anchor}
        names |= self._spouses_names(anchors, names)
        return [(k, f) for k, f in found if f.anchor in names or not any(
            g.anchor not in names and g.anchor not in (OWNER, SPOKEN) and g.rel.kind == _CHILD.kind
            for g in self.facts.get(k, ()))]

    def _spouse_of_another(self, key: str, names: set[str]) -> bool:
        """Rule a_spouse_is_one_persons: the person's card states them the spouse or partner of
        a named person other than `names` ("<Y>'s husband")."""
        return any(f.rel.kind in _ONE_EACH and f.anchor not in (OWNER, ANYONE, SPOKEN)
                   and f.anchor not in names for f in self.facts.get(key, ()))

    def _clipped_anchor(self, ref: Ref) -> Ref:
        """Rule clipped_name_as_a_possessor (round 24): "Trav's wife", "Kenz's boy": a possessor
        no card names, a clipped form of exactly one person's name (clipped_given_name, read as a
        possessive is where a name stands), is that person, so the relation is taken from them."""
        if ref.anchor in self.index.name_owners or not self.on(rules.CLIPPED_POSSESSOR):
            return ref
        full = self.index.clipped_name_word(ref.anchor)
        return replace(ref, anchor=full) if full else ref

    def _other_names(self, name: str) -> list[str]:
        """The name and, under rule kin_title_after_a_name_is_that_person, the other names of
        the one person it names ("Arun bhaiya's wife" on one card, "Arun's son" on another)."""
        owners = set(self.index.name_owners.get(name, ()))
        if len(owners) != 1 or not self.on(rules.TITLE_AFTER_A_NAME):
            return [name]
        key = next(iter(owners))
        return [name] + [n for n in self.index.families[key].name_lows
                         if n != name and set(self.index.name_owners.get(n, ())) == owners]

    def _backwards(self, ref: Ref, allowed) -> list[tuple[str, Fact]]:
        """Rule stated_relation_read_backwards: "X's <relation>" is also the person Y that X's
        own card names in the inverse relation ("Ines, Tomas's daughter": Tomas is Ines's
        parent), Y's gender read from Y's own card; a gendered word ("Ines's mum") needs it
        said there."""
        want, out = ref.path[-1], []
        for key in self.index.name_owners.get(ref.anchor, ()):
            for f in self.facts.get(key, ()):
                kind = _INVERSE.get(f.rel.kind)
                others = self.index.name_owners.get(f.anchor, ()) if f.anchor not in (OWNER, ANYONE) else ()
                if kind is None or len(others) != 1 or key in others:
                    continue
                other = next(iter(others))
                if allowed is not None and other not in allowed:
                    continue
                gender = self.gender(other)
                rel = Rel(kind, gender, step=f.rel.step, in_law=f.rel.in_law, great=f.rel.great)
                if fits(want, rel) and (gender or not want.gender):
                    out.append((other, Fact(ref.anchor, rel, f.word)))
        return out

    def gender(self, key: str) -> str:
        """The gender a family's stated relations give its person ("my sister" -> f), else its
        class or tags ("man", "grandmother"), or "" where nothing says."""
        found = next((f.rel.gender for f in self.facts.get(key, ()) if f.rel.gender), "")
        card = self.index.families[key].newest
        words = [card.class_noun.lower()] + [t.lower() for t in card.tags]
        return found or next((r[0].gender for w in words if (r := rel_of(w, True)) and r[0].gender), "")

    def possessor_family(self, ref: Ref) -> str | None:
        """The one person family whose name is the possessor of "X's <relation>", or None."""
        if ref.anchor in (OWNER, ANYONE):
            return None
        keys = [k for k in self.index.name_owners.get(ref.anchor, ()) if k in self.facts or
                _is_person(self.index.families[k])]
        return keys[0] if len(keys) == 1 else None

    def _with_any(self, want: Rel, allowed) -> list[tuple[str, Fact]]:
        return [(k, f) for k, fs in self.facts.items() for f in fs
                if (allowed is None or k in allowed) and fits(want, f.rel)]

    def _called(self, word: str, among: set[str]) -> set[str]:
        """The families among `among` someone calls by this very kinship word ("the grandkids call
        her Nonna"): a word a family uses as a person's name means that person, whoever else the
        relation would fit ("yiayia" beside two grandmothers; "the twins' nonna"). Rule
        title_before_a_name_is_no_name: where the cards write the word only as a title before
        a name ("'Brother <Name>'"), the title needs the name to tell who, so the bare word
        still fits every relative it names."""
        plain = fold(word)
        said = [(k, f) for k in among for f in self.facts.get(k, ())
                if f.anchor == ANYONE and fold(f.word) == plain]
        if self.on(rules.TITLE_BEFORE_A_NAME) and all(f.before_a_name for _, f in said):
            return set()  # only ever a title with the name: the word alone tells no one apart
        return {k for k, _ in said}

    def resolve(self, ref: Ref, allowed=None) -> Answer | None:
        """The families the phrase means ([]: nobody in the repository); None: this catalog
        states no relations, so the other evidence decides."""
        if not self.owner_relations:
            return None
        found = self._people(ref, allowed)
        if not found and (ref.path[-1] == ROLE or ref.path[-1].kind in _NO_LINK):
            # a role or a friend no card states ("my squash partner", "my friend from
            # the choir"): a repository states its family, not everyone else; the other evidence decides
            return None
        literal = [(k, f) for k, f in found if f.word == ref.word]
        if self.on(rules.FAMILY_WORD_NAMES_THEM):
            literal = [(k, f) for k, f in found if _one_word(f.word) == _one_word(ref.word)]
        if literal and (ref.bare or (self.on(rules.FAMILY_WORD_NAMES_THEM) and
                                     honorific_stem(ref.word) is not None)):
            found = literal  # "Granny": the one the family calls that, not every grandmother
        called = self._called(ref.word, {k for k, _ in found})
        if called and len({k for k, _ in found}) > 1:
            found = [(k, f) for k, f in found if k in called]
        if not ref.path[-1].step and self._one_each(ref):
            # "my parents": the mother and, lacking a father, the stepfather
            plain = {f.rel.gender for _, f in found if not f.rel.step}
            found = [(k, f) for k, f in found if not f.rel.step or f.rel.gender not in plain]
        families = list(dict.fromkeys(k for k, _ in found))
        together = ref.plural and not ref.one_of and \
            (len(families) <= TOGETHER_MAX or not self.on(rules.MANY_RELATIVES_ASK) or
             (ref.every and self.on(rules.ALL_OF_THEM_TOGETHER)) or self._whole_household(ref, found))
        return Answer(families, together, ref)

    def _whole_household(self, ref: Ref, found: list[tuple[str, Fact]]) -> bool:
        """household_set_is_drawn_together (round 23): a definite plural is the whole set it
        names. "The four grandchildren" with four stated is every one of them, as "all the children" is; and
        "the kids"/"my kids" bare, the owner's own children (no step-child among them) and no more than
        HOUSEHOLD_CHILDREN_MAX, is the household's children as the family says it (a picture of
        the children together), where a set of more distant relatives ("the cousins") asks."""
        if not self.on(rules.HOUSEHOLD_TOGETHER):
            return False
        families = list(dict.fromkeys(k for k, _ in found))
        if ref.count is not None:
            return ref.count == len(families)
        pointed = any(t.low in ("the", "my", "our") for t in ref.said)  # bare "kids": any kids
        own_children = pointed and ref.anchor == OWNER and len(ref.path) == 1 and \
            ref.path[0].kind == "child" and not ref.path[0].in_law and not ref.path[0].step and \
            ref.path[0].great == 0
        blood = not any(f.rel.step for _, f in found)  # a blended family's "kids": which of them
        return own_children and blood and len(families) <= HOUSEHOLD_CHILDREN_MAX

    def _one_each(self, ref: Ref) -> bool:
        """Does the phrase mean the plain relatives only, a step one standing in where no plain
        one of that gender is stated? A single relative ("my son" beside a stepson) and the
        relatives one has one of per gender ("my parents"); a set of children, siblings or
        cousins ("any of the kiddos", "my siblings") holds the step ones too (rule
        set_of_relatives_holds_the_step_ones)."""
        if not self.on(rules.SET_HOLDS_STEPS) or not (ref.plural or ref.one_of):
            return True
        return ref.path[-1].kind in _ONE_PER_GENDER

    def owned_through_kin(self, key: str) -> set[str]:
        """Rule relatives_thing_by_the_relatives_name: the pet and thing families whose cards say
        whose they are by a possessive kinship phrase ("my sister's pug") that means the person
        family `key` alone. Read once per catalog, on first need."""
        owned = getattr(self, "_owned_by", None)
        if owned is None:
            owned = {}
            for fam_key, fam in self.index.families.items():
                if _is_person(fam):
                    continue  # a person's relatives are read by the relations themselves
                for card in fam.cards:
                    each = self.on(rules.JOINT_OWNERS)  # "my grandparents' goat": each one's
                    for tok in tokenize(card.description):
                        for owner in self.possessor_families(card.description, tok, each=each,
                                                             groups=True):
                            owned.setdefault(owner, set()).add(fam_key)
            self._owned_by = owned
        return owned.get(key, set())

    def possessor_families(self, text: str, tok: Token, each: bool = False,
                           groups: bool = False) -> set[str]:
        """The one person a possessive kinship phrase ending at `tok` means ("my
        mother-in-law's", "the kids' granny's"), by the relations the cards state; empty when
        it names no relative or several (rule owner_by_any_name, evidence.py). With `each`, a
        plural phrase ("my grandparents'") means every one of them (rule joint_owners_each_own_it)."""
        if not self.owner_relations or not tok.possessive:
            return set()
        cut = max(text.rfind(c, 0, tok.start) for c in ",;:.()") + 1
        phrase = text[cut:tok.end]
        toks = tokenize(phrase)
        ref = self.reference(toks, phrase, 0) if toks else None
        if ref is None or ref.head.end != len(phrase):
            return set()
        answer = self.resolve(ref)
        if answer is not None and each and ref.plural and ref.path[-1].kind in _ONE_PER_GENDER:
            return set(answer.families)  # "my grandparents' goat": owned together
        if answer is not None and groups and ref.plural and self.on(rules.GROUP_OWNERS):
            return set(answer.families)  # "the twins' goat": each twin's
        return set(answer.families) if answer is not None and len(answer.families) == 1 else set()
