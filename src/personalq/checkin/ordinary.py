"""A name borrowed from an ordinary English word, typed as that word: when the request reads it
in its ordinary sense, it is not the card's name.

Cards borrow ordinary words as proper names (a pony called Treacle, a film look called
Caramel). Typed in lower case with nothing that marks a name ("my", "the", a capital), such a
word is ambiguous in one case only: English drops the article before a mass noun ("treacle
oozing", "ivy spreading", "grating cinnamon") as it does before a name, so a food, plant or
substance word without an article may be either. The rest of the request tells which, through
what English says of the word, read from WordNet (lexicon.py):

- the word is the subject of a verb whose usual meaning takes a thing as its subject ("<X>
  oozing out of the tin": WordNet's frame "Something ----s"), not a being that acts;
- another noun of the request is food too ("<X> on porridge"): words of a sentence share their
  topic, and the card's own words do not include that food;
- the word is typed in the plural ("<name>s"): a personal name names one individual;
- with a neighbour it makes a noun English lists as one (a collocation), or an apposition
  ("<name> the <noun>") says it is another kind of thing than the card's.

A family that borrows nothing (its cards use the word in lower case: a concept named for what it
is) keeps its reading; the checks cost a look-up only for a borrowed name typed bare.
"""

from __future__ import annotations

from functools import lru_cache

from personalq.checkin.aliases import ordinary_word
from personalq.checkin.features import CatalogIndex, MatchKind, relation_words
from personalq.checkin.kinship import label_of
from personalq.checkin.foodwords import FOOD_WORDS
from personalq.checkin.intent import Determiner, Role
from personalq.checkin.lexicon import (BEING_SUBJECT_FRAMES, LEXFILE, THING_SUBJECT_FRAMES, VERB_LEXFILE, closed_forms,
                                       lexicon)
from personalq.checkin.rolewords import CLERGY_WORDS
from personalq.checkin.rules import Verdict, WordSite, match_rule, named_rule, noun_like, person_noun
from personalq.checkin.text import CLAUSE_DETERMINERS, GOVERNING, STOPWORDS, Token, english_words, tokenize
from personalq.checkin.tuning import (APPOSITION_KIND_DEPTH, FOOD_SENSES, PERSON_DEPTH, PERSON_VERB_SENSES, STRENGTH, Field,
                                      THING_ACTIVITIES, THING_VERB_DEPTH, THING_VERB_SENSES)

# what a mass noun names: stuff one eats, grows or handles by quantity
STUFF_FILES = frozenset({LEXFILE["food"], LEXFILE["plant"], LEXFILE["substance"]})
INTRANSITIVE = THING_SUBJECT_FRAMES | BEING_SUBJECT_FRAMES
# verb frames (wninput(5)) whose object is a being: "Somebody ----s somebody", "Something ----s
# somebody", "Somebody ----s somebody something"; and the frame of a verb of saying
BEING_OBJECT_FRAMES = frozenset({9, 10, 14})
CLAUSE_FRAME = 26  # "Somebody ----s that CLAUSE"
COMMUNICATION_FILE = 10  # noun.communication: a word, a prayer, a message
BEING_HEADS = ("person", "animal")
# the WordNet nouns a cleric or religious is a kind of (a priest, a rabbi, a nun, a guru)
CLERGY_KINDS = ("clergyman", "religious", "spiritual leader", "religious leader")


def bare_borrowed(index: CatalogIndex, site: WordSite, fam_key: str) -> bool:
    """The family's borrowed one-word name (Family.borrows), typed in lower case in a phrase
    with no determiner: no "my"/"the"/"his" and no possessive marks it as a name."""
    return (fam_key in site.match.named and typed_bare(index, site)
            and index.families[fam_key].borrows(site.tok))


def typed_bare(index: CatalogIndex, site: WordSite) -> bool:
    """bare_borrowed's half about the word alone (a rule's gate: rules.match_rule)."""
    return site.mention.determiner == Determiner.NONE and not site.tok.possessive


def home_food(word: str) -> bool:
    """A food or drink of a home cuisine that WordNet lacks ("chai", "paczki", "jollof";
    foodwords.FOOD_WORDS): a word WordNet has keeps WordNet's meaning."""
    if word not in FOOD_WORDS:
        return False
    lx = lexicon()
    return lx is None or not lx.senses(word)


def stuff_word(word: str) -> bool:
    """Is the word's most frequent meaning a food, a plant or a substance (a mass noun)?"""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return (first is not None and first.lexfile in STUFF_FILES) or home_food(word)


def food_word(word: str) -> bool:
    """Is the word's most frequent meaning a food ("porridge", "cocoa", "bread")?"""
    lx = lexicon()
    first = lx.first_sense(word) if lx is not None else None
    return (first is not None and first.lexfile == LEXFILE["food"]) or home_food(word)


def edible_stuff(word: str) -> bool:
    """A mass noun with a food among its frequent meanings ("cinnamon": the tree, the spice)."""
    lx = lexicon()
    return home_food(word) or (lx is not None and stuff_word(word) and any(
        s.lexfile == LEXFILE["food"] for s in lx.senses(word)[:FOOD_SENSES]))


def _after(site: WordSite) -> list[Token]:
    """The request's words after this one."""
    return [t for t in site.request if t.start > site.tok.start]


def _the_after(site: WordSite) -> bool:
    """Is the next word "the", right after this one ("<name> the <noun>")?"""
    after = _after(site)
    return bool(after) and after[0].low == "the" and after[0].start - site.tok.end <= 1


def thing_subject_verb(form: str) -> bool:
    """Is `form` the -ing form of a verb whose most frequent meaning used without an object
    takes a thing as its subject ("oozing": "Something oozes"), never a being?"""
    lx = lexicon()
    verb = lx.verb_lemma(form) if lx is not None else None
    if verb is None:
        return False
    for frames in lx.verb_frames(verb):
        used = frames & INTRANSITIVE
        if used:
            return used <= THING_SUBJECT_FRAMES
    return False


EATING_VERB = named_rule("eating_verb_takes_a_being")


def eating_verb(form: str) -> bool:
    """eating_verb_takes_a_being (round 21): a verb that in any of its WordNet meanings is one of
    eating or feeding (verb.consumption: grazing, nibbling, pecking, chewing) says what an animal
    or a person does; stuff eats nothing, so such a verb after a name borrowed from a plant or a
    food keeps the name a being's (stuff_is_no_agent does not read the verb's other meanings,
    "scraping" for grazing)."""
    lx = lexicon()
    verb = lx.verb_lemma(form) if lx is not None else None
    return verb is not None and VERB_LEXFILE["consumption"] in lx.verb_lexfiles(verb)


@match_rule(named_only=True, when=lambda index, site: typed_bare(index, site) and stuff_word(site.tok.low))
def stuff_is_no_agent(index: CatalogIndex, site: WordSite, fam_key: str,
                      strength: float) -> Verdict:
    """A bare borrowed name that is a mass noun (food, plant, substance), followed by a verb
    whose usual meaning without an object takes a thing as its subject ("<X> oozing out",
    "<X> spreading over a fence"), is that stuff: the verb says what the stuff does, not what a
    pet or a person does. A verb the family's own cards use keeps the name."""
    if not bare_borrowed(index, site, fam_key) or not stuff_word(site.tok.low):
        return Verdict.KEEP
    after = _after(site)
    if not after or after[0].start - site.tok.end > 1 or after[0].capitalized:
        return Verdict.KEEP
    verb = after[0]
    if index.family_knows(fam_key, verb) or not thing_subject_verb(verb.low) or \
            (eating_verb(verb.low) and site.on(EATING_VERB)):
        return Verdict.KEEP
    rest = after[1:2]
    if rest and (rest[0].low in CLAUSE_DETERMINERS or
                 rest[0].low not in GOVERNING and rest[0].low not in STOPWORDS):
        return Verdict.KEEP  # the verb takes an object ("catching a ball"): another frame
    return Verdict.DROP


@match_rule(named_only=True, when=lambda index, site: typed_bare(index, site) and edible_stuff(site.tok.low))
def food_among_food(index: CatalogIndex, site: WordSite, fam_key: str,
                    strength: float) -> Verdict:
    """A bare borrowed name that is a food word, in a request that names another food the
    family's cards do not ("<X> on porridge", "<X> stirred into cocoa"), is that food: a
    sentence keeps to one topic. The other food must head its phrase (in "a <food> <noun>" the
    food word only modifies) and be no name of any card (two pets named for foods stay pets)."""
    if not bare_borrowed(index, site, fam_key) or not edible_stuff(site.tok.low):
        return Verdict.KEEP
    words = list(site.request)
    for i, tok in enumerate(words):
        if tok.start == site.tok.start or tok.low in STOPWORDS or not food_word(tok.low):
            continue
        nxt = words[i + 1] if i + 1 < len(words) else None
        if nxt is not None and nxt.start - tok.end <= 1 and noun_like(nxt):
            continue  # a modifier of the next noun
        if index.name_owners.get(tok.low) or index.family_knows(fam_key, tok):
            continue
        return Verdict.DROP
    return Verdict.KEEP


@match_rule(named_only=True, when=lambda index, site: not (site.tok.capitalized or site.tok.possessive) and site.tok.low.endswith("s"))
def plural_is_no_name(index: CatalogIndex, site: WordSite, fam_key: str,
                      strength: float) -> Verdict:
    """A personal name names one individual and takes no plural: a one-word name typed in lower
    case with a plural ending ("<name>s") is the common noun it was borrowed from, things of
    that kind in general."""
    tok, fam = site.tok, index.families[fam_key]
    if fam_key not in site.match.named or tok.capitalized or tok.possessive or \
            fam.kind != "subject" or tok.low in fam.name_lows or len(fam.name_lows) != 1:
        return Verdict.KEEP
    if not tok.low.endswith("s"):
        return Verdict.KEEP
    singulars = {tok.low[:-1], tok.low[:-2] if tok.low.endswith("es") else ""}
    return Verdict.DROP if singulars & fam.name_lows else Verdict.KEEP


@match_rule(named_only=True, when=lambda index, site: not site.tok.capitalized and
            site.mention.determiner == Determiner.DEFINITE)
def definite_article_before_a_persons_word_name(index: CatalogIndex, site: WordSite, fam_key: str,
                                                strength: float) -> Verdict:
    """(round 21) English sets no article before a person's given name or nickname (after "a"
    name_after_article_is_common_noun already reads the common noun): a person's name borrowed
    from an everyday English word (Family.borrows, aliases.ordinary_word: a card's own one-word
    name, a stated nickname; a name English lacks stays the name: "the <name> lora"), typed
    in lower case right after "the" ("pass the <name>", "the <name> in the woods"), is the
    everyday word. Pets and things keep theirs: households do say "the" before a boat's name."""
    fam, at = index.families[fam_key], site.at_in_request()
    if fam_key not in site.match.named or site.tok.capitalized or not at or \
            site.request[at - 1].low != "the" or fam.kind != "subject" or \
            not person_noun(fam.class_head) or not fam.borrows(site.tok) or \
            not ordinary_word(site.tok.low):
        return Verdict.KEEP
    return Verdict.DROP


def _inflected_in_lower_case(site: WordSite) -> bool:
    """The word is typed in lower case with an ending the stemmer strips (a plural, -ing, -ed),
    and is no possessive typed without its apostrophe ("<name>s <noun>": an -s right before a
    noun)."""
    tok = site.tok
    if tok.text[:1].isupper() or tok.possessive or tok.low == tok.stem or not tok.low.isalpha():
        return False
    after = _after(site)
    return not (tok.low.endswith("s") and after and after[0].start - tok.end <= 1
                and noun_like(after[0]) and after[0].low not in GOVERNING)


def capitalised_stems(fam) -> tuple[frozenset[str], frozenset[str]]:
    """The stems of the words the family's cards write capitalised in their name and
    description and never in lower case: its names and the other proper names its cards hold
    (read once per family, Family.memo)."""
    found = fam.memo.get(INFLECTED_NAME)
    if found is None:
        texts = [c.name for c in fam.cards] + [c.description for c in fam.cards]
        capital = [t for text in texts for t in tokenize(text) if t.text[:1].isupper()]
        found = (frozenset(t.stem for t in capital) - fam.common_words(),
                 frozenset(t.low for t in capital))  # and the forms written ("Lagos" is no plural)
        fam.memo[INFLECTED_NAME] = found
    return found


@match_rule(when=lambda index, site: _inflected_in_lower_case(site))
def inflected_word_is_no_name(index: CatalogIndex, site: WordSite, fam_key: str,
                              strength: float) -> Verdict:
    """A proper name takes no inflection: no plural (a name picks out one individual) and no
    verb ending (the possessive is a clitic, not an ending). A word typed in lower case with
    such an ending ("<name>s at the market", "a flag <name>ing", "<name>ed") whose stem a
    family's cards write only capitalised (its borrowed name, or another proper name in its
    description: a mascot named on the shop's card) is the ordinary noun or verb the name was
    borrowed from, not the name: the match goes. Cards that use the word in lower case (a
    concept named for what it is) keep it."""
    tok, fam = site.tok, index.families[fam_key]
    if not _inflected_in_lower_case(site) or tok.low in fam.name_lows or fam.kind != "subject" or \
            site.match.kind != MatchKind.EXACT or tok.stem not in english_words():
        return Verdict.KEEP
    stems, forms = capitalised_stems(fam)
    return Verdict.DROP if tok.stem in stems and tok.low not in forms else Verdict.KEEP


INFLECTED_NAME = inflected_word_is_no_name.__name__  # its Family.memo key


@match_rule(named_only=True, when=lambda index, site: not site.tok.capitalized and _before_of(site))
def measure_before_of_is_an_amount(index: CatalogIndex, site: WordSite, fam_key: str,
                                   strength: float) -> Verdict:
    """A noun of measure right before "of" ("<n> metres of", "acres of", "hours of") says how much
    of what follows, an amount, not someone: a name borrowed from such a word, typed in lower
    case there, is the measure."""
    lx = lexicon()
    if fam_key not in site.match.named or lx is None or site.tok.capitalized or not _before_of(site):
        return Verdict.KEEP
    senses = lx.senses(site.tok.low)
    return Verdict.DROP if senses and senses[0].lexfile == LEXFILE["quantity"] else Verdict.KEEP


@match_rule(named_only=True, when=lambda index, site: not (site.tok.capitalized or site.tok.possessive)
            and bool(_conjoined(site)))
def joined_to_its_own_kind(index: CatalogIndex, site: WordSite, fam_key: str,
                           strength: float) -> Verdict:
    """Words joined by "and" are of one kind ("the king and queen", "a rose and a lily"): a borrowed
    name typed in lower case beside a common noun of its ordinary sense's kind (WordNet's broad
    class of both first meanings) that names no card is that ordinary thing too."""
    lx = lexicon()
    if fam_key not in site.match.named or lx is None or not index.families[fam_key].borrows(site.tok):
        return Verdict.KEEP
    own = lx.first_sense(site.tok.low)
    if own is None or site.tok.low not in own.common_lemmas():
        return Verdict.KEEP
    for other in _conjoined(site):
        sense = lx.first_sense(other.low)
        if sense is not None and sense.lexfile == own.lexfile and other.low in sense.common_lemmas() \
                and not index.name_owners.get(other.low) and not index.family_knows(fam_key, other):
            return Verdict.DROP
    return Verdict.KEEP


def _before_of(site: WordSite) -> bool:
    words, i = site.request, site.at_in_request()
    return i is not None and i + 1 < len(words) and words[i + 1].low == "of"


def stated_relations(fam) -> frozenset[str]:
    """The relations to the owner its cards state in a short apposition ("Maren, our
    daughter,"), by the label of the relation (kinship.label_of)."""
    words = {w for card in fam.cards for w in relation_words(card.description)}
    return frozenset(lab for lab in (label_of(w, True) for w in words) if lab is not None)


def _neighbours(site: WordSite) -> list[Token]:
    """The request's words directly before and after this one (a space or hyphen between)."""
    words, i = site.request, site.at_in_request()
    if i is None:
        return []
    out = []
    if i > 0 and site.tok.start - words[i - 1].end <= 1:
        out.append(words[i - 1])
    if i + 1 < len(words) and words[i + 1].start - site.tok.end <= 1:
        out.append(words[i + 1])
    return out


@match_rule(named_only=True, when=lambda index, site: bool(_collocation_partners(site)))
def collocation_names_its_own_thing(index: CatalogIndex, site: WordSite, fam_key: str,
                                    strength: float) -> Verdict:
    """Two words English lists as one noun (a WordNet collocation: a fish, a landmark, a plant
    whose name holds another word) name that thing, not whatever one of them names alone: a name
    word inside such a phrase names the card only when the card's own words hold the rest of the
    phrase (a card named for the collocation itself keeps it)."""
    if fam_key not in site.match.named:
        return Verdict.KEEP
    return _in_collocation(index, site, fam_key)


def _in_collocation(index: CatalogIndex, site: WordSite, fam_key: str) -> Verdict:
    """DROP where the word and a neighbour the family's cards do not know make a WordNet noun."""
    if any(not index.family_knows(fam_key, other) for other in _collocation_partners(site)):
        return Verdict.DROP
    return Verdict.KEEP


def _collocation_partners(site: WordSite) -> list[Token]:
    """The neighbours that make a WordNet noun with the word (in the request's order), also
    across "and" ("bread and butter", "rock and roll": a dish or pair English lists as one)."""
    lx = lexicon()
    if lx is None:
        return []
    out = []
    for other in _neighbours(site):
        if other.low in STOPWORDS or not other.low.isalpha():
            continue
        first, second = sorted((site.tok, other), key=lambda t: t.start)
        if listed(lx, (first, second)):
            out.append(other)
    return out + [other for other in _conjoined(site)
                  if lx.senses(" and ".join(t.low for t in sorted((site.tok, other), key=lambda t: t.start)))]


@match_rule(when=lambda index, site: bool(_listed_nouns(site)))
def word_of_a_listed_noun_names_it(index: CatalogIndex, site: WordSite, fam_key: str,
                                   strength: float) -> Verdict:
    """Two or three words English lists as one proper noun (a landmark, a famous building:
    WordNet's capitalised listings) name that one individual, not what their head names
    alone. A family reached by the head in its ordinary, lower-case use, as what its cards call
    their subject (a class noun, a tag; the family's name: collocation_names_its_own_thing),
    whose cards hold none of the listing's other words, is another individual of that kind:
    not meant. (Common nouns' listings were measured too broad here, round 20.)"""
    tok, fam, lx = site.tok, index.families[fam_key], lexicon()
    if lx is None or fam_key in site.match.named or tok.stem not in fam.common_words() or \
            not _calls_it(index, fam_key, tok):
        return Verdict.KEEP  # (a description word only: the other rules judge it)
    for phrase in _listed_nouns(site):
        if phrase[-1] is not tok and phrase[-1] != tok:
            continue  # a modifier of the listed noun: modifier_of_another_noun judges it
        if any(index.family_knows(fam_key, t) for t in phrase if t is not tok):
            continue
        text = next(f for f in closed_forms(" ".join(t.low for t in phrase)) if lx.senses(f))
        first = lx.first_sense(text)
        if first is None or not any(first.proper):
            continue  # a common noun's listing: left to the other rules (measured: too broad)
        return Verdict.DROP
    return Verdict.KEEP


def _listed_nouns(site: WordSite) -> list[tuple[Token, ...]]:
    """The runs of two or three adjacent words holding this one (a space or hyphen between,
    no function word) that WordNet lists as one noun; a run of two inside a longer one is
    left to the longer."""
    lx, words, i = lexicon(), site.request, site.at_in_request()
    if lx is None or i is None or site.tok.low in STOPWORDS:
        return []
    found: list[tuple[Token, ...]] = []
    for size in (3, 2):
        for first in range(i - size + 1, i + 1):
            run = words[max(first, 0):first + size]
            if first < 0 or len(run) < size or any(
                    not t.low.isalpha() or t.low in STOPWORDS for t in run) or any(
                    b.start - a.end > 1 for a, b in zip(run, run[1:])):
                continue
            if any(set(run) <= set(longer) for longer in found):
                continue
            if listed(lx, run):
                found.append(tuple(run))
    return found


def listed(lx, run) -> bool:
    """Does WordNet list the words as one noun, written open, hyphenated or closed ("deep
    sea" as "deep-sea", "sun set" as "sunset"; round 20)?"""
    return any(lx.senses(form) for form in closed_forms(" ".join(t.low for t in run)))


def _conjoined(site: WordSite) -> list[Token]:
    """The words joined to this one by "and" right beside it ("<x> and <y>")."""
    words, i = site.request, site.at_in_request()
    if i is None:
        return []
    out = [words[j] for j, k in ((i - 2, i - 1), (i + 2, i + 1))
           if 0 <= j < len(words) and words[k].low == "and" and words[j].low.isalpha()]
    return [t for t in out if t.low not in STOPWORDS]


@match_rule(when=lambda index, site: not site.tok.text[:1].isupper() and bool(_collocation_partners(site)))
def title_word_in_a_collocation(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """A word a family's cards write only capitalised, as part of a proper name or a title of
    their subject ("the Iron Lotus", "Star of the Valley"), typed in lower case inside two words
    English lists as one noun ("shooting star", "blood orange": collocation_names_its_own_thing) is
    that ordinary thing, not the title's word: a title borrows the word as a name does."""
    fam, tok = index.families[fam_key], site.tok
    if fam_key in site.match.named or tok.text[:1].isupper() or \
            tok.stem in fam.common_words() or not fam.knows(tok.stem):
        return Verdict.KEEP
    return _in_collocation(index, site, fam_key)


def _after_a_proper_possessor(index: CatalogIndex, fam_key: str, tok: Token) -> str | None:
    """The possessor (lower case) where every place the family's cards hold the word it is the
    head of a possessive proper name no card is named by ("<Name>'s <word>", capitalised in a
    description), else None (rule title_word_needs_its_possessor)."""
    fam = index.families[fam_key]
    heads = fam.memo.get(TITLE_POSSESSOR)
    if heads is None:  # read once per family, not once per request word
        texts = ([c.description for c in fam.cards] + [t for c in fam.cards for t in c.tags] +
                 [c.class_noun for c in fam.cards] + [c.name for c in fam.cards])
        heads = fam.memo[TITLE_POSSESSOR] = _possessive_heads(texts)
    held = heads.get(tok.stem)
    if held is None:
        return None
    found, capital = held
    if not capital or found in index.name_owners:
        return None
    return found


def _possessive_heads(texts: list[str]) -> dict[str, tuple[str, bool] | None]:
    """Each stem of the texts -> (its possessor, whether one place writes the possessor
    capitalised) where every place holding the stem has it right after one and the same
    possessive, else None."""
    out: dict[str, tuple[str, bool] | None] = {}
    for text in texts:
        toks = tokenize(text)
        for i, t in enumerate(toks):
            if t.stem in out and out[t.stem] is None:
                continue
            prev = toks[i - 1] if i else None
            before = out.get(t.stem)
            if prev is None or not prev.possessive or (before is not None and prev.low != before[0]):
                out[t.stem] = None
                continue
            out[t.stem] = (prev.low, prev.text[:1].isupper() or (before is not None and before[1]))
    return out


@match_rule(when=lambda index, site: not (site.tok.text[:1].isupper() or site.tok.possessive))
def title_word_needs_its_possessor(index: CatalogIndex, site: WordSite, fam_key: str,
                                   strength: float) -> Verdict:
    """A possessive proper name ("<Name>'s Gate", "<Name>'s Reach": a game, a place, a shop) is
    a title: its head word names the titled thing only with its possessor. A word a family's
    cards hold only as such a head, the possessor no one of the repository, typed in lower case
    without the possessor, is the ordinary thing ("a gate", "a reach")."""
    tok = site.tok
    if fam_key in site.match.named or tok.text[:1].isupper() or tok.possessive:
        return Verdict.KEEP
    owner = _after_a_proper_possessor(index, fam_key, tok)
    if owner is None or any(t.low == owner for t in site.request):
        return Verdict.KEEP
    return Verdict.DROP


TITLE_POSSESSOR = title_word_needs_its_possessor.__name__  # its Family.memo key


@match_rule(named_only=True, when=lambda index, site: not site.tok.possessive and _the_after(site))
def apposition_says_what_it_is(index: CatalogIndex, site: WordSite, fam_key: str,
                               strength: float) -> Verdict:
    """"<name> the <noun>" is an apposition: the noun says what the one so named is ("Rufus the
    beagle"). A noun English has that the family's cards never use for it, nor a synonym or a
    kind of it, says the name belongs to another individual of that kind (a goat, where the
    card's is a cat), so the whole family is out for the phrase."""
    lx = lexicon()
    tok = site.tok
    if lx is None or fam_key not in site.match.named or tok.possessive:
        return Verdict.KEEP
    after = _after(site)
    if len(after) < 2 or not _the_after(site):
        return Verdict.KEEP
    noun = after[1]
    if not noun.low.isalpha() or noun.low in STOPWORDS or not lx.senses(noun.low) or \
            _says_what_it_is(index, site, fam_key, noun) or not noun_like(noun):
        return Verdict.KEEP
    if site.on(APPOSITION_KIND_WORD) and kind_said_otherwise(index.families[fam_key].class_head,
                                                              noun.low):
        return Verdict.KEEP
    if len(after) > 2 and after[2].start - noun.end <= 1 and noun_like(after[2]):
        return Verdict.KEEP  # the noun modifies the next one: the apposition's head is later
    return Verdict.VETO


@match_rule(when=lambda index, site: not site.tok.possessive and site.mention.determiner == Determiner.POSSESSIVE)
def possessor_relative_owns_it(index: CatalogIndex, site: WordSite, fam_key: str,
                               strength: float) -> Verdict:
    """In "my <relative>'s <noun>" the noun is that relative's (their wedding, their garden): a
    person's card (its class noun is a kind of person) reached by the noun is meant only when
    the card is that relative, or names the relation. A card that states another relation to the owner (a daughter, where the
    phrase says a cousin) is someone else's, however well the noun fits her."""
    if site.tok.possessive or site.mention.determiner != Determiner.POSSESSIVE:
        return Verdict.KEEP
    owners = [t for t in site.mention.all_tokens if t.possessive and t.start < site.tok.start]
    labels = {label_of(t.low, True) for t in owners} - {None}
    if not labels or len(owners) != 1:
        return Verdict.KEEP
    fam, lx = index.families[fam_key], lexicon()
    if lx is None or not lx.is_a(fam.class_head, "person", PERSON_DEPTH):
        return Verdict.KEEP  # a pet's or a thing's card names its owner's relation, not its own
    if any(owners[0].low in f.aliases for f in index.families.values()):
        return Verdict.KEEP  # a name the family uses for someone (a grandchild calls her by a pet name)
    stated = stated_relations(fam)
    if not stated or labels & stated or index.family_knows(fam_key, owners[0]):
        return Verdict.KEEP
    return Verdict.DROP


APPOSITION_KIND_WORD = named_rule("apposition_says_the_kind_in_other_words")


@lru_cache(maxsize=4096)
def kind_said_otherwise(class_head: str, noun: str) -> bool:
    """Rule apposition_says_the_kind_in_other_words (round 22): is the apposition's noun another
    English word for the card's class noun (a WordNet synonym of its first meaning either way,
    a clipped or informal form English lists) or a broader kind it is of ("<name> the dog" for
    a beagle)? Then the apposition agrees with the card, whatever words the card itself uses."""
    lx = lexicon()
    if lx is None or not class_head or not noun:
        return False
    return class_head in lx.synonyms(noun) or noun in lx.synonyms(class_head) or \
        lx.is_a(class_head, noun, APPOSITION_KIND_DEPTH)


def _says_what_it_is(index: CatalogIndex, site: WordSite, fam_key: str, noun: Token) -> bool:
    """(apposition_says_what_it_is, round 20) Does the family's card know the noun, and, where
    another family the name word names calls its subject by the noun (name, class noun, tag,
    another word for them), call its own subject so too, not only mention it in its
    description (a pony drawn on a tea tin's lid is no pony, beside the pony itself)?"""
    if not index.family_knows(fam_key, noun):
        return False
    if _calls_it(index, fam_key, noun):
        return True
    return not any(_calls_it(index, other, noun) for other in site.match.named if other != fam_key)


def _calls_it(index: CatalogIndex, fam_key: str, noun: Token) -> bool:
    """Is the noun a word the family's cards call their subject by (above a description
    word's strength), or one it is known by in another way (a kind word, a compound)?"""
    fam = index.families[fam_key]
    held = max(fam.terms.get(noun.stem, 0.0), fam.terms.get(noun.low, 0.0))
    return index.family_knows(fam_key, noun) and (held == 0.0 or held > STRENGTH[Field.DESC])


def _before(site: WordSite) -> Token | None:
    """The request's word directly before this one (a space between), if any."""
    prev = [t for t in site.request if t.end <= site.tok.start]
    return prev[-1] if prev and site.tok.start - prev[-1].end <= 1 else None


def verb_for_things(form: str, word: str) -> bool:
    """Does the verb typed as `form` take only a thing as its object where `word` is that
    object? A verb of cooking or of eating and drinking ("grilling", "sipping") whose most
    frequent meaning never takes a being as its object, or a verb of saying ("saying", "telling"
    + a clause) where the word has a meaning that is said (a prayer, a word)."""
    lx = lexicon()
    verb = lx.verb_lemma(form) if lx is not None else None
    frames = lx.verb_frames(verb) if verb is not None else []
    if not frames or frames[0] & BEING_OBJECT_FRAMES:
        return False
    if any(lx.is_a(form, act, THING_VERB_DEPTH, THING_VERB_SENSES) for act in THING_ACTIVITIES):
        return True
    return CLAUSE_FRAME in frames[0] and any(s.lexfile == COMMUNICATION_FILE
                                             for s in lx.senses(word))


def verb_for_beings(form: str) -> bool:
    """Does the verb typed as `form` ("chasing", "hugging") take a being as its object in its
    most frequent meaning?"""
    lx = lexicon()
    verb = lx.verb_lemma(form) if lx is not None else None
    frames = lx.verb_frames(verb) if verb is not None else []
    return bool(frames and frames[0] & BEING_OBJECT_FRAMES)


@match_rule(named_only=True, when=lambda index, site: typed_bare(index, site) and _before(site) is not None)
def object_of_a_verb_for_things(index: CatalogIndex, site: WordSite, fam_key: str,
                                strength: float) -> Verdict:
    """A being's borrowed name typed bare as the object of a verb whose object is a thing
    ("<verb>ing <X>" where one grills, sips or says only things) is the thing: nobody grills a
    cat or says a person. A verb the family's own cards use keeps the name."""
    if not bare_borrowed(index, site, fam_key):
        return Verdict.KEEP
    verb, lx = _before(site), lexicon()
    if verb is None or lx is None or index.family_knows(fam_key, verb):
        return Verdict.KEEP
    head = index.families[fam_key].class_head
    if not any(lx.is_a(head, kind, PERSON_DEPTH) for kind in BEING_HEADS):
        return Verdict.KEEP
    return Verdict.DROP if verb_for_things(verb.low, site.tok.low) else Verdict.KEEP


# verb frames (wninput(5)) whose subject is a thing: "Something ----s", "It is ----ing",
# "Something is ----ing PP", "Something ----s something Adjective/Noun", "Something ----s
# Adjective/Noun", "Something ----s somebody", "Something ----s something", "Something ----s to
# somebody", "Something ----s INFINITIVE"
ANY_THING_SUBJECT_FRAMES = frozenset({1, 3, 4, 5, 6, 10, 11, 12, 35})
# "Somebody ----s", "Somebody ----s PP": a being doing it, no object needed
BEING_INTRANSITIVE_FRAMES = frozenset({2, 22})
TRAVEL = "travel"
NAME_FORM_STEM = 4  # the letters a name and its inflected form share ("paczek": "pacz-")  # the WordNet noun an act of going somewhere is a kind of


def verb_of_a_person(form: str) -> bool:
    """Is `form` the -ing form of a verb that only a being does, in its frequent meanings
    ("singing", "preaching", "dancing": no frame of the first PERSON_VERB_SENSES meanings takes
    a thing as its subject, one of them takes a being without an object, and it is no act of
    travelling, which a vehicle is said to do)?"""
    lx = lexicon()
    verb = lx.verb_lemma(form) if lx is not None and form.endswith("ing") else None
    frames = lx.verb_frames(verb)[:PERSON_VERB_SENSES] if verb is not None else []
    if not frames or any(f & ANY_THING_SUBJECT_FRAMES for f in frames):
        return False
    if lx.is_a(form, TRAVEL, PERSON_DEPTH, PERSON_VERB_SENSES):
        return False  # "driving", "sailing": what one does with a vehicle, said of it too
    return any(f & BEING_INTRANSITIVE_FRAMES for f in frames)


# Words a card uses for a drawn character that acts as a being does, whatever thing it draws.
DRAWN_CHARACTER_WORDS = frozenset("mascot cartoon character animated".split())


@match_rule(named_only=True, when=typed_bare)
def thing_named_for_a_person_does_not_act(index: CatalogIndex, site: WordSite, fam_key: str,
                                          strength: float) -> Verdict:
    """A thing (a van, a boat, a shop: a class noun that is no being) named after a person
    (a singer, a saint, a grandmother), its name typed bare and followed by a verb only a being
    does ("<name> singing on stage", "<name> preaching"), is that person, not the thing: a van
    does not sing. A verb the family's own cards use keeps the name, and so does a drawn
    character's card (a mascot, a cartoon thing: DRAWN_CHARACTER_WORDS in its class noun or
    tags), since a cartoon teapot waves and sings as a being does."""
    if not bare_borrowed(index, site, fam_key):
        return Verdict.KEEP
    fam = index.families[fam_key]
    if {w for c in fam.cards for w in c.class_noun.lower().split() + [t.lower() for t in c.tags]} & \
            DRAWN_CHARACTER_WORDS:
        return Verdict.KEEP
    lx, head = lexicon(), fam.class_head
    if lx is None or not lx.senses(head) or \
            any(lx.is_a(head, kind, PERSON_DEPTH) for kind in BEING_HEADS + ("organism",)):
        return Verdict.KEEP
    after = _after(site)
    if not after or after[0].start - site.tok.end > 1 or index.family_knows(fam_key, after[0]):
        return Verdict.KEEP
    return Verdict.DROP if verb_of_a_person(after[0].low) else Verdict.KEEP


@lru_cache(maxsize=16384)
def role_word(low: str) -> bool:
    """A word naming a religion's clergy or religious (rolewords.CLERGY_WORDS: "granthi",
    "proboszcz", "pujari"; or a kind of WordNet's clergyman or religious: "priest", "imam",
    "nun"), in a common noun's meaning: WordNet also lists saints and popes by their given names,
    which name a person, not the role)."""
    if low in CLERGY_WORDS:
        return True
    lx = lexicon()
    if lx is None:
        return False
    first = lx.first_sense(low)
    if first is None or any(p for lemma, p in zip(first.lemmas, first.proper) if lemma == low):
        return False  # one named person (a saint, a pope): a given name, not a role
    return any(lx.is_a(low, kind, PERSON_DEPTH) for kind in CLERGY_KINDS)


def clergy_family(index: CatalogIndex, fam_key: str) -> bool:
    """Do the family's cards call its subject a cleric (class noun, a tag or a description
    word that is a role word)?"""
    fam = index.families[fam_key]
    words = {fam.class_head} | {w for card in fam.cards for tag in card.tags
                                for w in tag.lower().split()}
    words |= {w for card in fam.cards for w in card.description.lower().replace(",", " ").split()}
    return any(role_word(w) for w in words if w.isalpha())


@match_rule(when=lambda index, site: bool(_role_words(site, named=False)))
def role_names_someone_else(index: CatalogIndex, site: WordSite, fam_key: str,
                            strength: float) -> Verdict:
    """A person phrase that calls its subject by a cleric's role ("the <granthi> <surname>",
    "the imam in the doorway") names someone holding that role; a person card whose cards
    never say the role (a plumber who shares the surname) is another person, and the phrase
    picks nobody where no card is a cleric. A place phrase after it ("at the <temple>") is
    where the cleric is, and names no other person by a word of their cards."""
    roles = _role_words(site, named=fam_key in site.match.named)
    if not roles:
        return Verdict.KEEP  # (first: the common case costs one cached look-up a word)
    lx = lexicon()
    head = index.families[fam_key].class_head
    if lx is None or not lx.is_a(head, "person", PERSON_DEPTH):
        return Verdict.KEEP
    if any(index.family_knows(fam_key, t) for t in roles) or clergy_family(index, fam_key):
        return Verdict.KEEP
    return Verdict.VETO


def _role_words(site: WordSite, named: bool) -> list[Token]:
    """The cleric's role words of the mention, and (a scene phrase, for a family the word does
    not name) those before it: "the <role> at <a place>": the place is the cleric's."""
    roles = [t for t in site.mention.words if not t.possessive and role_word(t.low)]
    if site.mention.role == Role.SCENE and not named:
        roles += [t for t in site.request if t.end <= site.mention.start and not t.possessive
                  and role_word(t.low)]
    return roles


def _form_of(word: str, name: str) -> bool:
    """Is `word` another form of the name: the same opening (NAME_FORM_STEM letters, or all
    but the name's last), another ending?"""
    need = min(NAME_FORM_STEM, len(name) - 1)
    return need > 1 and word[:need] == name[:need]


@match_rule(when=lambda index, site: not (site.tok.capitalized or site.tok.text[:1].isupper() or site.tok.possessive) and food_word(site.tok.low))
def food_typed_for_a_name(index: CatalogIndex, site: WordSite, fam_key: str,
                          strength: float) -> Verdict:
    """A being's name reached through another form of it (an inflection, a diminutive, a
    plural of the language it comes from), where the typed form is itself a food in lower case
    ("<food plural> with powdered sugar" for a dog named after the sweet), is that food: the
    form names the thing the pet was named after, not the pet. The name's own form is left to
    the rules above, which read the rest of the sentence."""
    tok, fam = site.tok, index.families[fam_key]
    if tok.capitalized or tok.text[:1].isupper() or tok.possessive or tok.low in fam.name_lows \
            or not any(_form_of(tok.low, name) for name in fam.name_lows):
        return Verdict.KEEP
    if not food_word(tok.low):
        return Verdict.KEEP
    lx = lexicon()
    if lx is None or not any(lx.is_a(fam.class_head, kind, PERSON_DEPTH) for kind in BEING_HEADS):
        return Verdict.KEEP
    return Verdict.DROP


ROLE_NOBODY = role_names_someone_else.__name__  # the rule's name, for reasoner.py


def cleric_is_nobody(index: CatalogIndex, words: list[Token]) -> bool:
    """Rule role_names_someone_else, for the whole phrase: a subject phrase calling its subject
    by a cleric's role ("the <imam>", "the <granthi> <surname>") where no cleric's card of the
    repository knows that role word (a priest's card knows "priest" and the priest words of
    rolewords.py, not "imam") names someone the repository lacks: nobody, whoever else its
    other words fit."""
    roles = [t for t in words if not t.possessive and role_word(t.low)]
    if not roles:
        return False
    return not any(index.family_knows(key, t) and clergy_family(index, key)
                   for key, fam in index.families.items() if fam.kind == "subject"
                   for t in roles)
