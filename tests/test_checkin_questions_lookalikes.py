"""Round-11 question rules on invented households: whose look-alike "our <kind>" is
(my_kind_is_my_own), a plain person noun in a set phrase (plain_person_noun_is_a_pro_form), a
pronoun's relatives ("<name> with one of her nieces": his_her_kin_is_the_named_persons,
relative_in_a_with_phrase_is_drawn) and look-alikes described beside a select
(lookalikes_beside_a_select)."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, subject_card, without
from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.options import household_names, options_the_speaker_owns, stated_owner
from personalq.checkin.select import Selector

# A Norwegian-Ghanaian household: two look-alike whippets (ours, the aunt's), two grey parrots
# (the son's, a neighbour's), a grandfather's boat, two masked wrestler characters.
CARDS = [
    subject_card("ingrid", "Ingrid", "woman", ["me", "person", "woman"],
                 "Me, Ingrid, at 44, short silver bob, green raincoat."),
    subject_card("kwame", "Kwame", "man", ["person", "man", "husband"],
                 "Kwame, my husband, 47, grey beard, kente scarf."),
    subject_card("kofi", "Kofi", "boy", ["person", "boy", "son"],
                 "Kofi, our son, at 10, gap-toothed grin, football shirt."),
    subject_card("ama", "Ama", "girl", ["person", "girl", "daughter"],
                 "Ama, our daughter, at 7, braided hair with yellow beads."),
    subject_card("solveig", "Solveig", "woman", ["person", "woman", "sister"],
                 "Solveig, my sister, 39, long blonde plait, reading glasses."),
    subject_card("tinde", "Tinde", "dog", ["pet", "dog", "whippet"],
                 "Tinde, our brindle whippet with a white blaze, blue fleece coat."),
    subject_card("frost", "Frost", "dog", ["pet", "dog", "whippet"],
                 "Frost, my sister's brindle whippet with a white blaze, red collar."),
    subject_card("polly", "Polly", "parrot", ["pet", "parrot", "african grey"],
                 "Polly, Kofi's African grey parrot, says hello in Twi."),
    subject_card("pepper", "Pepper", "parrot", ["pet", "parrot", "african grey"],
                 "Pepper, Mrs Dahl's African grey parrot from next door."),
    subject_card("clock", "Tik", "automaton", ["character", "automaton", "clockwork"],
                 "Downloaded character LoRA: Tik, a brass clockwork owl automaton."),
    subject_card("condor", "El Condor", "wrestler character", ["character", "wrestler", "masked"],
                 "Downloaded character LoRA: El Condor, a masked wrestler in a gold cape."),
    subject_card("jaguar", "Jaguar Negro", "wrestler character",
                 ["character", "wrestler", "masked"],
                 "Downloaded character LoRA: Jaguar Negro, a masked wrestler in a black cape."),
]


def _cards() -> dict[str, Card]:
    return {c["id"]: Card(**c) for c in CARDS}


def test_stated_owner_reads_the_opening() -> None:
    cards = _cards()
    household = household_names(list(cards.values()))
    assert {"kwame", "kofi", "ama"} <= household and "solveig" not in household
    assert stated_owner(cards["tinde"], household) == "mine"
    assert stated_owner(cards["frost"], household) == "other"  # "my sister's ..."
    assert stated_owner(cards["pepper"], household) == "other"
    assert stated_owner(cards["polly"], household) is None  # the son's may be "ours" too
    assert stated_owner(cards["condor"], household) is None


def test_our_lookalike_is_our_own() -> None:
    cards = _cards()
    dogs = [cards["tinde"], cards["frost"]]
    assert [c.id for c in options_the_speaker_owns("our whippet in the snow", dogs)] == ["tinde"]
    assert [c.id for c in options_the_speaker_owns("my dog on the jetty", dogs)] == ["tinde"]
    # a question without a first-person owner, a son's parrot: nothing narrows; "my sister's
    # whippet" is hers by possessor_names_whose_kind (round 24)
    assert [c.id for c in options_the_speaker_owns("my sister's whippet", dogs)] == ["frost"]
    assert options_the_speaker_owns("the whippet on the jetty", dogs) is None
    household = household_names(list(cards.values()))
    parrots = [cards["polly"], cards["pepper"]]
    assert options_the_speaker_owns("our parrot on a perch", parrots, household) is None


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def test_our_whippet_selects_ours(selector: Selector) -> None:
    on = selector.select("our whippet asleep by the stove")
    assert on.action == "select" and on.checkpoints == ["tinde"]
    off = without(selector, rules.MY_KIND_IS_MY_OWN).select("our whippet asleep by the stove")
    assert clarify_options(off) == {"tinde", "frost"}
    theirs = selector.select("my sister's whippet asleep by the stove")
    assert theirs.checkpoints == ["frost"]


def test_plain_person_noun_stands_for_the_described_people(selector: Selector) -> None:
    assert clarify_options(selector.select("one of the wrestler blokes on a rooftop")) == \
        {"condor", "jaguar"}
    assert clarify_options(selector.select("either of the cape guys on a rooftop")) == \
        {"condor", "jaguar"}
    off = without(selector, rules.PERSON_PRO_FORM).select("either of the cape guys on a rooftop")
    assert off.action == "none"
    assert selector.select("one of the tall guys on a rooftop").action == "none"  # no one said


def test_his_relatives_are_the_named_persons(selector: Selector) -> None:
    on = selector.select("Kwame with one of his kids at the fjord")
    assert clarify_options(on) == {"kofi", "ama"}
    off = without(selector, rules.PRONOUN_NAMES, rules.RELATIVE_BESIDE)
    assert clarify_options(off.select("Kwame with one of his kids at the fjord")) != \
        {"kofi", "ama"}


def test_lookalikes_described_beside_a_select(selector: Selector) -> None:
    request = "a masked wrestler in a cape versus Kofi"
    assert clarify_options(selector.select(request)) == {"condor", "jaguar"}
    off = without(selector, rules.LOOKALIKES_BESIDE_A_SELECT).select(request)
    assert off.action == "select"


def test_the_modifier_guy_is_what_the_modifiers_name(selector: Selector) -> None:
    on = selector.select("the owl guy on a bookshelf")
    assert on.action == "select" and on.checkpoints == ["clock"]
    off = without(selector, rules.PERSON_PRO_FORM).select("the owl guy on a bookshelf")
    assert off.checkpoints != ["clock"]
    assert selector.select("the tall guy on a bookshelf").checkpoints != ["clock"]
