"""Intent parsing, version/date cues, the reasoner's generic rules and the rewrite, as pure
functions over cards (no store needed)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from personalq.catalog.card import Card
from personalq.checkin.dates import parse_dates
from personalq.checkin.decide import compose
from personalq.checkin.intent import parse
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.placement import insert_trigger
from personalq.checkin.rewrite import phrase_for
from personalq.checkin.text import edit_distance, stem

HELDOUT = Path(__file__).parent / "data" / "checkin_heldout"


@pytest.fixture(scope="module")
def reasoner():
    cards = [Card.from_dict(json.loads(l)) for l in (HELDOUT / "catalog.jsonl").read_text().splitlines()]
    return Reasoner(CatalogIndex(cards))


def decide(reasoner, request, answer=None):
    return compose(request, reasoner.resolve(reasoner.parse(request)), reasoner.index, answer)


def test_parse_splits_subjects_attributes_scenes_and_styles():
    intent = parse("grandpa's brass kettle with the dent on a stove in ukiyo-e style")
    roles = [(m.role, m.text) for m in intent.mentions]
    assert roles[0] == ("subject", "grandpa's brass kettle")
    assert intent.mentions[0].determiner == "possessive"
    assert [w.low for w in intent.mentions[0].words] == ["brass", "kettle"]  # the possessor goes
    assert ("attr", "with the dent") in roles and ("scene", "on a stove") in roles
    assert roles[-1][0] == "style" and "ukiyo-e" in roles[-1][1]
    two = parse("Rufus and Mochi sharing a bed")
    assert [m.role for m in two.mentions][:2] == ["subject", "subject"]
    assert [m.role for m in parse("Milo wearing the Juniper hat").mentions] == ["subject", "subject"]
    one = parse("the black and white dog")  # coordination of adjectives is one phrase
    assert len(one.mentions) == 1
    assert parse("a city as a woodblock print").mentions[-1].role == "style"
    assert parse("a house in the style of Van Gogh").mentions[-1].role == "style"


def test_version_and_date_cues():
    cue = lambda text: parse(text).cue()
    assert cue("Rex v2 in a pool").number == 2
    assert cue("version 3 of Rex").number == 3
    assert cue("Edith model #29").number == 29
    assert cue("the first Rex").ordinal == 1 and cue("the original one").ordinal == 1
    assert cue("the newest Rex").newest and cue("the latest one").newest
    assert cue("the previous version").older and cue("last-but-one Rex").older
    assert cue("the second-newest Rex").older and cue("the second-newest Rex").ordinal is None
    today = dt.date(2026, 11, 24)
    assert parse_dates("from last December", today) == [(2025, 12, None)]
    assert parse_dates("trained in Feb 2025", today) == [(2025, 2, None)]
    assert parse_dates("made on October 14, 2026", today) == [(2026, 10, 14)]
    assert parse_dates("the one from 2023-03-22", today) == [(2023, 3, 22)]
    assert parse_dates("21 June 2025", today) == [(2025, 6, 21)]
    assert parse_dates("July last year", today) == [(2025, 7, None)]
    assert parse_dates("the one I trained last month", today) == [(2026, 10, None)]
    assert parse_dates("the 2024 one", today) == [(2024, None, None)]
    assert parse_dates("a dog that may run", today) == []


def test_text_helpers():
    assert stem("shoes") == stem("shoe") and stem("braided") == stem("braids")
    assert stem("rimmed") == "rim" and stem("puppies") == "puppy"
    assert edit_distance("bigle", "beagle") == 2 and edit_distance("kleo", "cleo") == 1
    assert edit_distance("mariglod", "marigold") == 1  # a transposition


def test_common_nouns_and_modifiers_do_not_select(reasoner):
    for request in ("a maple tree in autumn", "a comet streaking across the night sky",
                    "a nugget of gold in a river", "pearl earrings on velvet",
                    "three golden retrievers playing in the snow", "sunny skies over a lake",
                    "a guitar on a wall"):  # indefinite: any guitar, not mine
        assert decide(reasoner, request).action == "none", request


def test_misspelt_names_and_synonyms(reasoner):
    assert decide(reasoner, "Sunnny on the porch").checkpoint == "gtr-sunny-3"
    assert decide(reasoner, "my vexx guitar").checkpoint == "gtr-vex"
    assert decide(reasoner, "my bicycle in the rain").checkpoint == "bike-comet-2"  # bike/bicycle
    d = decide(reasoner, "a portrait of my friend with glasses")
    assert d.checkpoint == "ppl-sam"


def test_question_names_what_differs(reasoner):
    d = decide(reasoner, "my guitar at a concert")
    assert d.action == "clarify" and set(d.options) == {"gtr-sunny-3", "gtr-vex"}
    assert "Sunny, the acoustic guitar" in d.question and "Vex, the electric guitar" in d.question
    assert decide(reasoner, "my guitar at a concert", answer="the electric one").checkpoint == "gtr-vex"
    assert decide(reasoner, "my guitar at a concert", answer="Sunny").checkpoint == "gtr-sunny-3"


def test_insert_trigger_places_the_trigger_where_the_concept_is():
    bear = Card(id="bear-v4", name="Bruno", trigger="<bear-v4>", class_noun="teddy bear",
                family="bear", version=4, description="my brown teddy bear")
    style = Card(id="ink", name="Inkwash", trigger="<ink>", class_noun="ink wash painting",
                 kind="style")
    assert insert_trigger("my bear on the beach", bear) == "<bear-v4> teddy bear on the beach"
    assert insert_trigger("Bruno v4 in the snow", bear) == "<bear-v4> teddy bear in the snow"
    assert insert_trigger("the teddy bear at a picnic", bear) == "<bear-v4> teddy bear at a picnic"
    assert insert_trigger("a castle", bear) == "<bear-v4> teddy bear, a castle"  # not mentioned
    assert insert_trigger("a harbour in ink wash style", style) == "a harbour in <ink> style"
    assert insert_trigger("a harbour as an ink wash painting", style) == "a harbour in <ink> style"
    assert insert_trigger("a harbour", style) == "a harbour in <ink> style"


def test_rewrite_replaces_only_the_noun_phrase(reasoner):
    cases = {
        "can you make Sunny v2 by a campfire?": "can you make <sunny-2> acoustic guitar by a campfire?",
        # the user's own describing words stay; the name and the determiner go
        "ok so my black electric guitar on a stand": "ok so <vex-gtr> black electric guitar on a stand",
        "the speckled mug full of coffee": "<pebble-mug> speckled mug full of coffee",
        "Nana Rose and Biscuit on a porch": "<nana-rose> woman and <biscuit-dog> dog on a porch",
        "a lighthouse as a watercolor": "a lighthouse in <aquarelle-style> style",
        "a bowl of ramen": "a bowl of ramen",  # none: the request goes to the base model as is
    }
    for request, expected in cases.items():
        assert decide(reasoner, request).prompt == expected, request


def test_version_only_clauses_leave_the_prompt(reasoner):
    d = decide(reasoner, "Sunny on a porch (go with version 1)")
    assert d.checkpoint == "gtr-sunny-1" and d.prompt == "<sunny-1> acoustic guitar on a porch"
    d = decide(reasoner, "The checkpoint from 2024-12-24: Sunny by the tree")
    assert d.checkpoint == "gtr-sunny-2" and d.prompt == "<sunny-2> acoustic guitar by the tree"


def _family_catalog():
    """A small realistic repository: relations stated in descriptions, a concept LoRA, two
    styles sharing a medium, a version per base model."""
    rows = [
        dict(id="henrik", name="Henrik", trigger="<henrik>", class_noun="man",
             description="Henrik, my father, with a flat cap.", tags=["person"]),
        dict(id="anna", name="Anna", trigger="<anna>", class_noun="woman",
             description="Anna, my sister.", tags=["person"]),
        dict(id="felix", name="Felix", trigger="<felix>", class_noun="boy",
             description="Felix, Anna's son, a toddler in dungarees.", tags=["person"]),
        dict(id="lamp", name="Glimmer", trigger="<glmr>", class_noun="lamp",
             description="My brass desk lamp.", tags=["lamp"]),
        dict(id="bomber", name="Bomber Jacket", trigger="b0mb3r", class_noun="bomber jacket",
             kind="concept", description="A green nylon bomber jacket.", tags=["clothing"]),
        dict(id="g1", name="Gouache Landscapes", trigger="gsc", class_noun="gouache painting",
             kind="style", tags=["gouache"]),
        dict(id="g2", name="Soft Gouache", trigger="sgc", class_noun="gouache painting",
             kind="style", tags=["gouache"]),
        dict(id="bot-1", name="Sprocket", trigger="<sp1>", class_noun="robot", family="bot",
             version=1, created_at="2024-03-01", base_model="sd15", tags=["mascot"]),
        dict(id="bot-2", name="Sprocket", trigger="<sp2>", class_noun="robot", family="bot",
             version=2, created_at="2025-07-01", base_model="sdxl", tags=["mascot"]),
    ]
    return Reasoner(CatalogIndex([Card.from_dict(r) for r in rows]))


def test_relations_concepts_media_and_base_versions():
    r = _family_catalog()
    assert decide(r, "my father fishing on a lake").checkpoints == ["henrik"]  # stated relation
    assert decide(r, "Anna's son in a sandbox").checkpoints == ["felix"]  # the possessor is no head
    assert decide(r, "my sister in a cafe").checkpoints == ["anna"]
    d = decide(r, "a man in a bomber jacket walking in the rain")  # a concept LoRA alone
    assert d.checkpoints == ["bomber"] and "b0mb3r bomber jacket" in d.prompt
    assert set(decide(r, "Anna in the bomber jacket").checkpoints) == {"anna", "bomber"}
    assert decide(r, "a harbour in gouache").action == "clarify"  # a medium two styles share
    assert decide(r, "a harbour in the rain").action == "none"  # "in the ..." is no medium
    assert decide(r, "Sprocket, the one for the older base model").checkpoints == ["bot-1"]
    assert decide(r, "Sprocket on a desk").checkpoints == ["bot-2"]


def test_rewrite_keeps_the_users_describing_words():
    r = _family_catalog()
    assert decide(r, "my brass lamp on a desk").prompt == "<glmr> brass lamp on a desk"


def test_describing_words_go_before_a_trigger_that_ends_in_its_class():
    """A DreamBooth trigger ("sks dog") already names the class: the user's words precede it."""
    card = Card.from_dict(dict(id="kuma", name="Kuma", trigger="sks dog", class_noun="dog", family="kuma",
                               version=1, created_at="2024-01-01", base_model="sd15",
                               description="Our shiba inu Kuma.", tags=["pet", "dog"], kind="subject"))
    assert phrase_for(card) == "sks dog"
    assert phrase_for(card, ["fluffy"]) == "fluffy sks dog"
    assert phrase_for(card, ["fluffy", "dog"]) == "fluffy sks dog"


def test_season_dates_and_reflexive_possessive():
    today = dt.date(2026, 12, 4)
    assert parse_dates("from the summer before last", today) == [(2025, None, None)]
    assert parse_dates("last winter", today) == [(2025, None, None)]
    assert parse("myself giving a talk").mentions[0].determiner == "possessive"


def test_the_index_switches_its_own_rules_off():
    """The rules the index applies while it is built are named rules, and `disabled` reaches them."""
    from personalq.checkin import features
    from personalq.checkin.rules import ALL_RULES

    assert set(features.INDEX_RULES) <= set(ALL_RULES)
    cards = list(_family_catalog().index.by_id.values())
    assert CatalogIndex(cards).kind_words is not None
    assert CatalogIndex(cards, frozenset([features.PET_FORMS])).kind_words is None
    on = CatalogIndex(cards).families
    off = CatalogIndex(cards, frozenset([features.LEXICAL_SYNONYMS, features.OTHER_NAMES])).families
    assert any(f.lexical for f in on.values()) and not any(f.lexical for f in off.values())


def test_every_rule_can_be_switched_off():
    from personalq.checkin.rules import ALL_RULES

    r = _family_catalog()
    assert len(ALL_RULES) == len(set(ALL_RULES))
    for rule in ALL_RULES:
        off = Reasoner(r.index, disabled=frozenset([rule]))
        compose("Anna's son in a sandbox", off.resolve(off.parse("Anna's son in a sandbox")),
                off.index)  # runs without the rule
    # the possessor rule alone (relations.py would answer "Anna's son" from the card first)
    off = Reasoner(r.index, disabled=frozenset(["possessor_is_not_head", "relation_through_kinship"]))
    request = "Anna's son in a sandbox"
    assert compose(request, off.resolve(off.parse(request)), off.index).checkpoints == ["anna"]


@pytest.mark.parametrize("request_, subject", [
    ("our collie sat by the stove", "our collie"),
    ("me uncle stood at the bar", "me uncle"),
    ("Nell lay on the rug all afternoon", "nell"),
])
def test_a_past_tense_verb_after_the_head_ends_the_phrase(request_, subject):
    """British/Irish "sat"/"stood" and any past-tense verb after the head noun are what the one drawn
    did; a noun that is its own bare verb form ("a dog bed") stays in the phrase."""
    vocab, names = frozenset({"collie", "uncle", "dog", "bed"}), frozenset({"nell"})
    assert parse(request_, vocab=vocab, names=names).mentions[0].text == subject
    off = frozenset({"past_tense_after_the_head_is_the_verb"})
    assert parse(request_, vocab=vocab, names=names, off=off).mentions[0].text != subject
    assert parse("a dog bed by the door", vocab=vocab).mentions[0].text == "a dog bed"
    # after a possessive comes what is theirs: a past form there is a noun (a kinship word, a name)
    assert parse("Rosa's ate on the swings", names=frozenset({"rosa"})).mentions[0].text == "rosa's ate"


@pytest.mark.parametrize("request_, subject", [
    ("Ferdi plays in the garden", "ferdi"),
    ("sipho and thandi dance at the wedding", "thandi"),
    ("kofi sleep on the sofa", "kofi"),
    ("luca and bo play fighting on the lawn", "bo"),
])
def test_a_present_tense_verb_after_a_name_ends_the_phrase(request_, subject):
    """A given name heads no compound: the present-tense verb after it (with or without
    agreement) is what the one named does, so the name alone is the mention."""
    names = frozenset({"ferdi", "sipho", "thandi", "kofi", "luca", "bo"})
    texts = [m.text for m in parse(request_, names=names).mentions]
    assert subject in texts
    off = frozenset({"present_tense_after_a_name_is_the_verb"})
    assert subject not in [m.text for m in parse(request_, names=names, off=off).mentions]
    # a lower-case common word that is also a name may head a compound: "<word> tops" stays one
    assert parse("tank tops on a rack", names=frozenset({"tank"})).mentions[0].text == "tank tops"
