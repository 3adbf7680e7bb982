"""Concept LoRAs asked for by everyday words, alone and beside a subject (round 21): a reaction
typed after the request (reaction_after_the_request_stands_apart), a final -o said as -er
(final_o_said_as_er), the kind a concept's description says it is
(description_says_what_a_concept_is), a concept named by a word English lacks after an article
(loanword_name_of_a_concept_is_its_kind), a describing phrase ended by a comparison or a clause
(clause_after_the_thing_ends_its_phrase) and a concept's coined compound typed open
(medium_word_typed_open, extended). Invented catalog: an Andean weaving family in Cusco with a
mountain-guide husband, a garage workwear LoRA, a dance-pose LoRA, a topknot LoRA, a neckwarmer LoRA, an arcade pixel style, a fly-rod prop and a
feather-pillow prop LoRA."""

from __future__ import annotations

import pytest

from personalq.checkin import chat, dialect, paraphrase, rules
from personalq.catalog.card import Card
from personalq.checkin.synonyms import described_kinds
from checkin_testdata import lora_card, selected, subject_card, without

CARDS = [
    subject_card("rosa", "Rosa", "woman", ["me", "person", "woman", "weaver"],
                 "Me, Rosa, at 40: weaver, long black plaits, red shawl pinned with a tupu."),
    subject_card("tomas", "Tomas", "man", ["person", "man", "husband", "guide"],
                 "My husband Tomas, a mountain guide: wind-burnt face, grey fleece."),
    lora_card("dungas-v1", "Garage Workwear", "concept", "clothing",
              ["concept", "clothing", "workwear"],
              "Orange coveralls with a zip front and reflective stripes."),
    lora_card("dungas-v2", "Garage Workwear", "concept", "clothing",
              ["concept", "clothing", "workwear"],
              "Orange coveralls with a zip front, reflective stripes and oil-stained knees."),
    lora_card("marinera", "Marinera", "concept", "dance pose", ["concept", "pose", "dance"],
              "Marinera dance pose: a handkerchief raised high, skirt swirling, one heel lifted."),
    lora_card("neckwarmer", "Fleece Neckwarmer", "concept", "neckwarmer",
              ["concept", "clothing", "neckwarmer"],
              "Fleece neckwarmer: a tube of red fleece pulled up over the chin."),
    lora_card("topknot", "Cusco Crown", "concept", "hairstyle", ["hairstyle", "topknot"],
              "Topknot hairstyle: all the hair gathered high in one tight knot."),
    lora_card("arcade", "Arcade Pixels", "style", "style", ["style", "pixel art", "arcade game"],
              "Chunky pixel art with a tiny palette, like a coin-op cabinet screen."),
    lora_card("rod", "Split Cane", "concept", "prop", ["prop", "fishing", "rod"],
              "Prop: a split-cane fly rod with a brass reel and a cork grip."),
    lora_card("pillow", "Feather Pillow", "concept", "pillow", ["concept", "prop", "pillow"],
              "Plump white feather pillow with a lace edge."),
]
for card in CARDS[2:4]:
    card["family"] = "dungas"
CARDS[3]["version"] = 2

RULES = [chat.REACTION_STANDS_APART, dialect.FINAL_O_AS_ER, rules.DESCRIBED_KIND,
         rules.LOANWORD_CONCEPT, rules.CLAUSE_ENDS_THE_PHRASE, rules.COMPARISON_OWN_WORD,
         rules.COMPOUND_ENTRY, rules.HELD_THING]


@pytest.fixture(scope="module")
def selector(selector_on):
    return selector_on(CARDS)


def _ids(sel, request: str) -> list[str]:
    return sorted(selected(sel, request))


@pytest.mark.parametrize("name", RULES)
def test_the_rules_are_registered(name):
    assert name in rules.ALL_RULES


def test_a_reaction_after_the_request_is_set_apart():
    assert chat.reaction_set_apart("tomas in a poncho lol") == "tomas in a poncho, lol"
    assert chat.reaction_set_apart("my llama jajaja :)") == "my llama, jajaja :)"
    assert chat.reaction_set_apart("the loom pls") == "the loom, pls"
    assert chat.reaction_set_apart("a photo of the lol") == "a photo of the lol"  # a noun's slot
    assert chat.reaction_set_apart("lol") == "lol"


def test_a_reaction_leaves_the_concept_beside_the_subject(selector):
    assert _ids(selector, "tomas with a topknot lol") == ["tomas", "topknot"]
    assert _ids(selector, "a man with a topknot haha") == ["topknot"]
    assert _ids(without(selector, chat.REACTION_STANDS_APART), "tomas with a topknot lol") == ["tomas"]


def test_a_final_o_said_as_er_is_the_noun():
    assert dialect.o_restored("a child hugging a piller", frozenset()) == "a child hugging a pillow"
    assert dialect.o_restored("two tomaters", frozenset()) == "two tomatoes"
    for kept in ("a holler", "my sister", "a feller", "the river"):  # English words stay
        assert dialect.o_restored(kept, frozenset()) == kept
    assert dialect.o_restored("piller", frozenset({"piller"})) == "piller"  # a name stays


def test_a_final_o_said_as_er_names_the_prop(selector):
    assert _ids(selector, "a child hugging a feather piller") == ["pillow"]
    # (round 29: two of the card's words reach it by its description too, so that reading is off)
    assert _ids(without(selector, dialect.FINAL_O_AS_ER, rules.DESCRIBED_CONCEPT),
                "a child hugging a feather piller") == []


def test_the_description_says_what_a_concept_is():
    dungas = Card.from_dict(CARDS[2])
    assert "coveralls" in described_kinds([dungas])
    pose = Card.from_dict(lora_card("hold", "Hand Hold", "concept", "pose", ["pose"],
                                    "Pose: two dancers holding hands."))
    assert described_kinds([pose]) == set()  # a dancer is no pose


def test_the_described_kind_names_the_concept(selector):
    assert _ids(selector, "a mechanic in coveralls") == ["dungas-v2"]
    assert _ids(without(selector, rules.DESCRIBED_KIND), "a mechanic in coveralls") == []


def test_the_old_described_kind_is_the_older_version(selector):
    assert _ids(selector, "a mechanic in coveralls, the old coveralls one") == ["dungas-v1"]


def test_a_loanword_concept_after_an_article_is_its_kind(selector):
    assert _ids(selector, "rosa dancing a marinera") == ["marinera", "rosa"]
    assert _ids(without(selector, rules.LOANWORD_CONCEPT), "rosa dancing a marinera") == ["rosa"]


def test_a_comparison_ends_the_concept_phrase(selector):
    off = without(selector, rules.CLAUSE_ENDS_THE_PHRASE)
    for request in ("tomas with a topknot like a samurai", "tomas with a topknot riding a horse"):
        assert _ids(selector, request) == ["tomas", "topknot"]
        assert _ids(off, request) == ["tomas"]


def test_a_coined_compound_typed_open_is_the_cards(selector):
    assert chat.restore("a climber in a neck warmer", frozenset(), frozenset(),
                        chat.style_media(selector.index)) == "a climber in a neckwarmer"
    assert _ids(selector, "a climber in a neck warmer") == ["neckwarmer"]


def test_a_hard_negative_stays_none(selector):
    assert _ids(selector, "a mechanic fixing a tyre") == []
    assert _ids(selector, "rosa on a dusty mountain road") == ["rosa"]
    assert _ids(selector, "a child asleep on a sofa") == []


def test_a_comparison_headed_by_a_styles_own_word_names_it(selector):
    request = "a llama on a hill like an old famicom game"
    assert _ids(selector, request) == ["arcade"]
    assert _ids(without(selector, rules.COMPARISON_OWN_WORD), request) == []
    assert _ids(selector, "rosa like a game show host") == ["rosa"]  # the head is a host


def test_a_held_thing_is_a_concept_phrase(selector):
    assert _ids(selector, "tomas holding a fly rod") == ["rod", "tomas"]
    assert _ids(without(selector, rules.HELD_THING, rules.DESCRIBED_CONCEPT), "tomas holding a fly rod") == \
        ["tomas"]
    assert _ids(selector, "tomas holding a coffee") == ["tomas"]


def test_a_wordnet_entry_of_the_cards_kind_is_one_thing(selector):
    rod = selector.index.families["rod"]
    assert paraphrase.entry_of_the_kind("fishing pole", rod)  # WordNet: one thing, a rod
    assert paraphrase.without_card_words("a fishing pole", rod) is None
    assert paraphrase.without_card_words("a fishing pole", rod, entries=False) == "pole"
    assert not paraphrase.entry_of_the_kind("fishing village", rod)


def test_an_adjective_in_y_is_read_through_its_verb():
    from personalq.checkin.text import stem
    assert stem("bleeding") in paraphrase._derived_bases("bleedy")  # "-eed" is no past ending
    assert stem("dripping") in paraphrase._derived_bases("drippy")
    assert stem("chalk") in paraphrase._derived_bases("chalky")


def test_a_container_of_the_owners_thing_is_no_concept(selector):
    request = "rosa holding a pillow of our wool"  # a measure of the owner's own stuff
    assert "pillow" not in [p.text for p in paraphrase.phrases(request)]
    assert "pillow" in [p.text for p in paraphrase.phrases(request, contained=False)]
    assert "pillow" not in _ids(selector, "tomas holding a sack of our fleece")
