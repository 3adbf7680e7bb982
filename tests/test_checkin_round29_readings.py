"""Readings found at round 29's first contact, each tested on an invented household (a
vineyard family in Chile's Colchagua valley) and switched off by its named rule:
- a concept LoRA asked for in everyday words, by two or more of its card's words one of which is
  its own (concept_told_by_its_description);
- the last word of a concept's name, where no subject's card has it, is the concept
  (own_head_of_a_concepts_name);
- a lower-case endearment the card's writer says they use is a name in the household
  (endearment_the_owner_states_is_a_name, aliases.endearments);
- "me" is the owner even where another chosen card says "myself" (speaker_word_is_the_owners_own);
- a short kinship word that needs kin position is a relative beside "and" + a kinship noun
  (kin_word_beside_a_kin_noun);
- "<character> from <title>" where the character's card says it is from that title names no
  second card (provenance_after_from);
- "when we first got her" is the oldest version where no card is dated by it
  (first_time_is_the_oldest);
- the owner's own card states no relation of theirs to the owner (owner_is_no_relative_of_the_owner);
- a kinship tag of the relation the description states to someone else is no relation to the
  owner (stated_relation_beats_a_kinship_tag, extended)."""

from __future__ import annotations

import pytest

from personalq.checkin.aliases import endearments
from personalq.checkin.features import ENDEARMENTS
from personalq.checkin.ownword import SPEAKER_IS_OWN
from personalq.checkin.rules import (DESCRIBED_CONCEPT, FIRST_TIME_OLDEST, KIN_BESIDE_KIN, OWN_NAME_HEAD,
                                     OWNER_NO_RELATIVE, PARAPHRASE_NAMES_A_LORA, PROVENANCE,
                                     TAG_IS_ANOTHERS_WORD)
from tests.checkin_testdata import clarify_options, lora_card, selected, subject_card, without

VINEYARD = [
    subject_card("me", "Catalina", "woman", ["me", "person"],
                 "Me, Catalina, at 38 on the day my brother Tomás and I planted the new block: "
                 "long black hair, straw hat, denim shirt."),
    subject_card("tomas", "Tomás", "man", ["brother", "person"],
                 "My brother Tomás at 41: shaved head, green fleece, pruning shears."),
    subject_card("diego", "Diego", "man", ["son", "person"],
                 "Our son Diego at 19: curly hair, football shirt."),
    subject_card("camila", "Camila", "woman", ["person", "woman", "girlfriend"],
                 "Camila, our son Diego's girlfriend: red lipstick, yellow raincoat."),
    subject_card("hernan", "Hernán", "man", ["husband", "person"],
                 "My husband Hernán (I call him guatón) at 45: grey stubble, brown poncho, riding "
                 "boots. I cut his hair myself."),
    subject_card("josefa", "Josefa", "girl", ["daughter", "person"],
                 "Our daughter Josefa ('Jose', my regalona) at 12: long black hair in a braid, red scarf."),
    subject_card("rodolfo", "Rodolfo", "old man", ["father", "person"],
                 "My padre, Rodolfo, at 72: white moustache, black beret."),
    subject_card("rosa", "Rosa", "old woman", ["grandmother", "person"],
                 "My grandmother Rosa at 90: grey shawl, wooden cane."),
    subject_card("condorito", "Condorito", "cartoon condor", ["character"],
                 "Condorito from the comic Condorito, the cheeky condor; downloaded from Civitai."),
    subject_card("cone", "Coné", "cartoon condor", ["character"],
                 "Coné from the comic Condorito, Condorito's nephew in a red cap; downloaded from Civitai."),
    lora_card("chupalla", "Chupalla", "concept", "hat", ["clothing", "headwear"],
              "Woven wheat-straw chupalla with a flat brim and a black band."),
    lora_card("cueca", "Cueca Pose", "concept", "pose", ["pose", "dance"],
              "Pose: twirling a white handkerchief overhead, one foot stamping."),
    lora_card("chamanto", "Woven Chamanto", "concept", "cape", ["clothing"],
              "Two-sided woven cloak with bright stripes, worn over the shoulders at the rodeo."),
    lora_card("trenza", "Long Braid", "concept", "hairstyle", ["hairstyle"],
              "Long black braid over one shoulder."),
]

CANELA = [
    {"id": f"canela-v{v}", "name": "Canela", "trigger": "cnla dog", "class_noun": "dog",
     "kind": "subject", "family": "canela", "version": v, "created_at": day,
     "description": f"Our dog Canela: brown mutt, floppy ears, {collar} collar.", "tags": ["pet", "dog"]}
    for v, day, collar in ((1, "2019-04-01", "red"), (2, "2022-04-01", "blue"), (3, "2025-04-01", "green"))]


@pytest.fixture(scope="module")
def vineyard(selector_on):
    return selector_on(VINEYARD + CANELA)


def test_a_concept_described_in_everyday_words_joins_the_subject(vineyard):
    assert sorted(selected(vineyard, "hernan twirling a handkerchief at the fiesta")) == \
        ["cueca", "hernan"]
    assert selected(without(vineyard, DESCRIBED_CONCEPT),
                    "hernan twirling a handkerchief at the fiesta") == ["hernan"]


def test_the_head_of_a_concepts_name_is_the_concept(vineyard):
    request = "hernan in a lindo chamanto by the barn"
    assert sorted(selected(vineyard, request)) == ["chamanto", "hernan"]
    # the dense paraphrase reading reaches it too here; without it, this rule alone does
    assert sorted(selected(without(vineyard, PARAPHRASE_NAMES_A_LORA), request)) == \
        ["chamanto", "hernan"]
    assert selected(without(vineyard, PARAPHRASE_NAMES_A_LORA, OWN_NAME_HEAD), request) == ["hernan"]


def test_words_every_card_uses_describe_the_subject_not_a_concept(vineyard):
    # "long", "black", "hair", "braid": the daughter's own card says them too; nothing is the
    # braid LoRA's own, so no LoRA joins her
    assert selected(vineyard, "josefa with her long black hair in the garden") == ["josefa"]


def test_an_endearment_the_writer_states_is_a_name():
    assert endearments("My husband Hernán (I call him guatón) at 45", {"hernán", "hernan"}) == \
        ["guatón"]
    assert endearments("Our daughter Josefa ('Jose', my regalona) at 12", {"josefa"}) == \
        ["regalona"]
    # an English word, a kinship word, a word inside a clause: no name
    assert endearments("Our son Tomás (I call him buddy) at 9", {"tomás"}) == []
    assert endearments("Tomás (Tomi, my nephew) at 9", {"tomás"}) == []
    assert endearments("I call her every Sunday from the vineyard", {"ana"}) == []


def test_the_household_endearment_selects_the_person(vineyard):
    assert selected(vineyard, "guaton pruning the vines") == ["hernan"]
    assert selected(vineyard, "my regalona on the swing") == ["josefa"]
    assert selected(without(vineyard, ENDEARMENTS), "guaton pruning the vines") != ["hernan"]


def test_me_is_the_owner_beside_a_card_that_says_myself(vineyard):
    assert sorted(selected(vineyard, "me and hernan at the harvest")) == ["hernan", "me"]
    assert selected(without(vineyard, SPEAKER_IS_OWN), "me and hernan at the harvest") == \
        ["hernan"]


def test_a_guarded_kin_word_beside_a_kin_noun_is_a_relative(vineyard):
    # "padre" alone is also a priest; coordinated with "abuela" it is a relative of its own
    assert sorted(selected(vineyard, "abuela and padre at the asado")) == ["rodolfo", "rosa"]
    assert sorted(selected(without(vineyard, KIN_BESIDE_KIN), "abuela and padre at the asado")) != \
        ["rodolfo", "rosa"]


def test_the_owners_own_card_is_no_relative_of_the_owner(vineyard):
    # the owner's card speaks of "my brother Tomás": he is another person in her picture
    assert selected(vineyard, "my brother pruning the vines") == ["tomas"]
    assert "me" in clarify_options(without(vineyard, OWNER_NO_RELATIVE).select(
        "my brother pruning the vines"))


def test_a_tag_for_the_sons_girlfriend_is_no_partner_of_the_owner(vineyard):
    assert selected(vineyard, "my partner at the harvest") == ["hernan"]
    assert "camila" in clarify_options(without(vineyard, TAG_IS_ANOTHERS_WORD).select(
        "my partner at the harvest"))
    assert selected(vineyard, "diego's girlfriend in the rain") == ["camila"]


def test_where_a_character_is_from_is_no_second_character(vineyard):
    assert selected(vineyard, "cone from condorito eating an empanada") == ["cone"]
    assert selected(vineyard, "cone from the condorito comic") == ["cone"]
    assert sorted(selected(without(vineyard, PROVENANCE), "cone from condorito eating an empanada")) \
        == ["condorito", "cone"]
    assert sorted(selected(vineyard, "cone and condorito at the beach")) == ["condorito", "cone"]


def test_when_we_first_got_her_is_the_oldest_version(vineyard):
    assert selected(vineyard, "canela when we first got her") == ["canela-v1"]
    assert selected(vineyard, "canela with the blue collar") == ["canela-v2"]
    assert selected(without(vineyard, FIRST_TIME_OLDEST), "canela when we first got her") == \
        ["canela-v3"]
