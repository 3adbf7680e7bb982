"""Decisions over several cards (round 12): a typed rare-token trigger with its class names its
card among many of the class, the owner a pet's earlier card states holds for the family, a
title of address in a name states no relation where the card states a role, and the sides of
"or" are read as English reads them (an -ing noun after a determiner, a shared "as" frame, a
possessive whose noun the set phrase before it gave). Each test switches its rule off too. The
households are invented (Ghanaian-Dutch, Filipino-Canadian, Peruvian-Italian)."""

from __future__ import annotations

import pytest

from checkin_testdata import clarify_options, lora_card, subject_card, without
from personalq.catalog.card import Card
from personalq.checkin import disjunction, partitive, rules
from personalq.checkin.options import family_owner
from personalq.checkin.relations import states_a_role
from personalq.checkin.select import Selector
from personalq.checkin.verbatim import rare_triggers, typed_rare_triggers


def _with_trigger(card: dict, trigger: str, family: str = "", version: int = 1) -> dict:
    return {**card, "trigger": trigger, "family": family or card["id"], "version": version,
            "created_at": f"202{version}-01-01"}


CARDS = [
    _with_trigger(subject_card("akosua", "Akosua", "woman", ["me", "person", "woman"],
                               "Me, Akosua, at 41, with long box braids."), "vqm woman"),
    _with_trigger(subject_card("efua", "Efua", "woman", ["person", "woman", "sister"],
                               "My sister Efua, a nurse with short curls."), "tkx woman"),
    _with_trigger(subject_card("mieke", "Mieke", "woman", ["person", "woman"],
                               "Mieke, my neighbour, with round glasses."), "mieke_w"),
    _with_trigger(subject_card("pepper", "Pepper", "cat", ["pet", "cat", "tabby"],
                               "Pepper, my cousin's tabby cat, white socks."), "pfq cat"),
    _with_trigger(subject_card("kwasi-1", "Kwasi", "cat", ["pet", "cat", "tabby"],
                               "Kwasi, our family's tabby cat, as a kitten."), "zrb cat",
                  "kwasi", 1),
    _with_trigger(subject_card("kwasi-2", "Kwasi", "cat", ["pet", "cat", "tabby"],
                               "Kwasi at ten: a big tabby with a torn ear."), "zrb cat",
                  "kwasi", 2),
    _with_trigger(subject_card("kofi", "Father Kofi", "priest", ["person", "priest"],
                               "Father Kofi, our chaplain at the mission school, in a green stole."), "kfp priest"),
    _with_trigger(subject_card("adjoa", "Adjoa", "woman", ["person", "woman"],
                               "Adjoa, Mieke's sister, a potter with a red headwrap."), "<adjoa>"),
    _with_trigger(subject_card("yaw", "Yaw", "man", ["person", "man", "brother"],
                               "My brother Yaw, a bus driver with a grey beard."), "<yaw>"),
    lora_card("kente", "Kente Strip", "style", "woven kente", ["style", "kente", "weaving"],
              "Style: bright woven kente strips in gold and green."),
    lora_card("decal", "Die-cut Decal", "style", "vinyl decal", ["style", "decal"],
              "Style: a glossy die-cut vinyl decal with a white border."),
    lora_card("bronze", "Lost Wax", "style", "bronze statuette", ["style", "bronze"],
              "Style: a small cast bronze statuette on a wooden plinth."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on([dict(c) for c in CARDS])


def _cards() -> list[Card]:
    return [Card(**{k: v for k, v in c.items()}) for c in CARDS]


# -- rare_token_trigger_names_its_checkpoint ----------------------------------------------------

def test_rare_triggers_are_made_up_tokens_one_family_holds():
    index = rare_triggers(_cards())
    assert set(index.by_token) == {"vqm", "tkx", "pfq", "zrb", "kfp"}
    typed = typed_rare_triggers("a tkx-woman reading", index)
    assert [(t, [c.id for c in g]) for t, g in typed] == [("tkx woman", ["efua"])]
    shared = [_with_trigger(CARDS[0], "vqm woman"), _with_trigger(CARDS[1], "vqm woman")]
    assert rare_triggers([Card(**c) for c in shared]).by_token == {}


@pytest.mark.parametrize("request_, picked", [
    ("tkx woman reading by a window", ["efua"]),
    ("vqm woman on a ferry at dusk", ["akosua"]),
    ("zrb cat asleep in a basket", ["kwasi-2"]),
    ("pfq cat stretching on a warm slate roof", ["pepper"]),
])
def test_rare_trigger_names_its_card_among_its_class(selector, request_, picked):
    decision = selector.select(request_)
    assert decision.action == "select" and decision.checkpoints == picked
    off = without(selector, rules.RARE_TRIGGER).select(request_)
    assert off.checkpoints != picked


def test_rare_trigger_class_word_chooses_no_other_card(selector):
    decision = selector.select("pfq cat, the one with white socks, on a warm slate roof")
    assert decision.checkpoints == ["pepper"]
    assert "zrb" not in decision.prompt


# -- owner_stated_on_any_version ------------------------------------------------------------------

def test_owner_is_read_from_any_version():
    by_family = [Card(**c) for c in CARDS if c["family"] == "kwasi"]
    assert family_owner(by_family) == "mine"
    assert family_owner([Card(**CARDS[3])]) == "other"


def test_our_kind_is_the_familys_own_said_on_an_earlier_card(selector):
    request_ = "our tabby chasing a moth in the hallway"
    decision = selector.select(request_)
    assert decision.action == "select" and decision.checkpoints == ["kwasi-2"]
    assert clarify_options(without(selector, rules.OWNER_ON_ANY_VERSION).select(request_)) == \
        {"pepper", "kwasi-2"}


# -- stated_role_beats_a_title ----------------------------------------------------------------

def test_a_role_to_the_speaker_is_stated():
    assert states_a_role("Father Kofi, our chaplain at the mission school, in a green stole.")
    assert states_a_role("Tita Luz, my old piano teacher.")
    assert not states_a_role("My brother Yaw, a bus driver.")
    assert not states_a_role("Tito Ben, my mum's brother.")


def test_title_of_a_priest_is_no_father(selector):
    for request_ in ("my father reading the paper on the porch", "my dad on a ladder"):
        assert selector.select(request_).action == "none"
        assert without(selector, rules.ROLE_IS_ADDRESS).select(request_).checkpoints == ["kofi"]
    assert selector.select("Father Kofi at the altar").checkpoints == ["kofi"]


# -- the sides of "or" ---------------------------------------------------------------------------

def test_an_ing_form_ends_a_side():
    sides = lambda text: [(d.left, d.right) for d in disjunction.disjunctions(text)]
    assert sides("my sister or yaw laughing") == [("my sister", "yaw")]


def test_possessive_side_takes_the_sets_noun(selector):
    assert disjunction.set_head("one of the sisters, mine or yaw's, dancing") == "sister"
    assert disjunction.with_elided_head("mine", "sister") == "my sister"
    assert disjunction.with_elided_head("yaw's", "sister") == "yaw's sister"
    assert disjunction.with_elided_head("the kente", "sister") == "the kente"
    request_ = "one of the sisters, mine or mieke's, at the market"
    assert clarify_options(selector.select(request_)) == {"efua", "adjoa"}
    assert clarify_options(without(selector, rules.ELIDED_HEAD).select(request_)) != \
        {"efua", "adjoa"}


# -- a_spouse_is_one_persons, indefinite_possessor_is_generic, pointed_lookalike_beside_a_select --

FAMILY = [
    subject_card("rosa", "Rosa", "woman", ["person", "woman", "daughter"],
                 "Rosa, our eldest daughter, a vet in Lima."),
    subject_card("lucia", "Lucía", "woman", ["person", "woman", "daughter"],
                 "Lucía, our youngest daughter, at her wedding in a lace dress."),
    subject_card("marco", "Marco", "man", ["person", "man"],
                 "Marco, Rosa's husband, an Italian chef with a curly moustache."),
    subject_card("nonna", "Nonna Pia", "old woman", ["person", "woman", "me"],
                 "Me, Pia, at 70, with my silver bun."),
    subject_card("fico", "Fico", "dachshund", ["pet", "dog", "dachshund"],
                 "Fico, our long-haired dachshund, as a puppy."),
    subject_card("salame", "Salame", "dachshund", ["pet", "dog", "dachshund"],
                 "Salame, Marco's smooth dachshund, very fat."),
    subject_card("vespa", "Vespa", "scooter", ["vehicle", "scooter"],
                 "Our mint-green scooter with a wicker basket."),
]


@pytest.fixture(scope="module")
def family(selector_on) -> Selector:
    return selector_on([dict(c) for c in FAMILY])


def test_a_sisters_husband_is_not_hers(family):
    assert family.select("rosa's husband at the grill").checkpoints == ["marco"]
    request_ = "lucía's husband tying his tie"
    assert family.select(request_).action == "none"
    assert without(family, rules.ANOTHERS_SPOUSE).select(request_).checkpoints == ["marco"]


def test_somebodys_thing_is_none_of_the_users(family):
    request_ = "somebody's mint-green scooter with a wicker basket in a scrapyard"
    assert family.select(request_).action == "none"
    assert without(family, rules.GENERIC_POSSESSOR).select(request_).checkpoints == ["vespa"]


def test_the_lookalike_beside_a_select_is_asked_about(family):
    request_ = "me tickling the dachshund on the rug"
    assert clarify_options(family.select(request_)) == {"fico", "salame"}
    assert without(family, rules.POINTED_LOOKALIKE).select(request_).action == "select"


# -- a_set_of_relatives_is_several ----------------------------------------------------------------

HOUSE = [
    subject_card("me-ana", "Ana", "woman", ["me", "person", "woman"],
                 "Me, Ana, at 35, with a short fringe."),
    subject_card("tomas-son", "Tomás", "boy", ["person", "boy"],
                 "Tomás, our son, at 6 with a gap in his teeth."),
    subject_card("abuelo", "Ernesto", "old man", ["person", "man", "grandfather"],
                 "Ernesto (my husband's father) with his straw hat."),
    subject_card("papa", "Julio", "old man", ["person", "man"],
                 "My father Julio, a retired bus conductor, in his cardigan."),
]


def test_one_of_a_set_of_relatives_is_several(selector_on):
    house = selector_on([dict(c) for c in HOUSE])
    request_ = "one of the grandpas feeding pigeons"
    assert clarify_options(house.select(request_)) == {"abuelo", "papa"}
    assert without(house, rules.SET_IS_SEVERAL).select(request_).checkpoints == ["abuelo"]
    assert house.select("grandpa feeding pigeons").checkpoints == ["abuelo"]


# -- set_said_by_what_we_do_with_it --------------------------------------------------------------

SHOP = [
    subject_card("me-wei", "Wei", "man", ["me", "person", "man"], "Me, Wei, at 50, in my apron."),
    subject_card("tea", "Jade Leaf Tea", "tin", ["product", "tea", "business"],
                 "Our oolong in a red tin with a gold dragon label."),
    subject_card("buns", "Lotus Buns", "food box", ["product", "food", "business"],
                 "Our lotus seed buns in a printed paper box."),
    subject_card("van", "Old Blue", "van", ["vehicle", "van"],
                 "Our blue delivery van with the shop's name on the side."),
    subject_card("shop", "The Shop", "shop", ["place", "shop", "business"],
                 "Our tea shop on the corner with a green awning."),
]


def test_a_set_of_things_is_said_by_the_verb_of_its_clause(selector_on):
    shop = selector_on([dict(c) for c in SHOP])
    phrase = partitive.set_phrases("one of the things that we make, on a shelf")[0]
    assert phrase.head.low == "things" and phrase.verb == "make"
    request_ = "one of the things that we make, on a shelf"
    assert clarify_options(shop.select(request_)) == {"tea", "buns"}
    assert clarify_options(without(shop, rules.VERB_OBJECT_SET).select(request_)) != \
        {"tea", "buns"}
    assert partitive.set_phrases("one of the things on the shelf") == []
