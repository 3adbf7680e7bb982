"""The owner's place named by its head noun (rules.place_word_names_the_place): "the farm" is the
card that is a farm, not the farm dog tagged "farm", the apron whose name says whose it is, nor
the honey jar whose description says where it is sold. The test runs with its rule switched off
too, so it fails without the rule. The reasoner is read alone (no calibrated model)."""

from __future__ import annotations

import pytest

from personalq.checkin.select import Selector
from checkin_testdata import without


def card(family: str, name: str, class_noun: str, kind: str, tags: str, description: str) -> dict:
    """An invented card of version 1 (its id: "<family>-v1"); `tags` comma-separated."""
    return {"id": f"{family}-v1", "name": name, "trigger": f"{family}_tok",
            "class_noun": class_noun, "kind": kind, "family": family, "version": 1,
            "created_at": "2023-01-01", "description": description, "tags": tags.split(", ")}


HOUSEHOLDS = {"beekeeper": ("zsofi", "farm", "bodri", "apron", "honey"),
              "vulcaniser": ("kwame", "garage", "tyre"),
              "herder": ("ante", "cottage", "snowshoes", "sash")}
# family | name | class noun | kind | tags | description (one invented card of version 1 a line)
CARDS = [card(*(f.strip() for f in line.split(" | "))) for line in """
zsofi | Zsófi | woman | subject | me, person, woman, beekeeper | Me, Zsófi, at 44: straw hat, bee veil pushed back, smoke in my hand.
farm | Akácos Méhészet | farm | subject | place, farm, apiary | Our farm near Gödöllő: whitewashed barn, rows of painted hive boxes under acacia trees.
bodri | Bodri | dog | subject | pet, dog, puli, farm | Bodri, the farm dog: a shaggy grey puli who sleeps by the hives.
apron | Farm Apron | apron | subject | product, merch, apron | Our linen apron with an embroidered bee, sold at the farm gate.
honey | Acacia Honey | jar | subject | product, honey, jar | Our acacia honey in a hexagon jar, the label drawn from the farm's sign.
kwame | Kwame | man | subject | me, person, man, mechanic | Me, Kwame, at 50: oil-stained overalls, a kente cap, a tyre lever.
garage | Nhyira Spray & Tyre | workshop | subject | place, garage, business | Our roadside workshop in Kumasi: a corrugated roof, stacked tyres, a hand-lettered sign.
tyre | Whitewall Tyre | tyre | subject | product, tyre | The restored whitewall tyre we hang by the gate.
ante | Ante | man | subject | me, person, man, herder | Me, Ante, at 45: a blue gákti tunic, a knife at my belt.
cottage | Kautokeino Cottage | cottage | subject | place, cottage, home | Our red cottage by the river, a turf roof.
snowshoes | Snowshoes | snowshoes | concept | concept, footwear, snowshoes, snow | Wooden-frame snowshoes with rawhide lacing, worn walking on deep snow.
sash | Frontier Sash | sash | concept | concept, clothing, sash | A sash tied in front, the knot in the middle of the front.
""".strip().splitlines()]


def _of(household: str) -> list[dict]:
    return [c for c in CARDS if c["family"] in HOUSEHOLDS[household]]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return Selector(selector_on(_of("beekeeper")).store, calibration=None)


def test_the_place_word_names_the_place_not_what_belongs_to_it(selector):
    request = "the farm at dusk with fireflies"
    d = selector.select(request)
    assert (d.action, d.checkpoints) == ("select", ["farm-v1"]), (d.action, d.options)
    off = without(selector, "place_word_names_the_place").select(request)
    assert off.action == "clarify"


def test_the_belonging_thing_is_still_named_by_its_own_noun(selector):
    d = selector.select("the farm dog asleep in the sun")
    assert d.action == "select" and d.checkpoints == ["bodri-v1"], (d.action, d.options)


# joiner_inside_a_name: a Ghanaian vulcaniser's household, whose shop's name joins two words


@pytest.fixture(scope="module")
def garage(selector_on) -> Selector:
    return Selector(selector_on(_of("vulcaniser")).store, calibration=None)


@pytest.mark.parametrize("request_", ["nhyira spray & tyre at dawn",
                                      "nhyira spray and tyre at dawn"])
def test_a_joiner_inside_a_name_joins_no_two_things(garage, request_):
    d = garage.select(request_)
    assert (d.action, d.checkpoints) == ("select", ["garage-v1"]), (d.action, d.options)
    off = without(garage, "joiner_inside_a_name").select(request_)
    assert "tyre-v1" in off.checkpoints + off.options


# first_part_of_a_compound_is_not_it, in_noun_of_is_a_preposition: a Sámi reindeer herder's
# household, with a cottage and two concept LoRAs


@pytest.fixture(scope="module")
def herders(selector_on) -> Selector:
    return Selector(selector_on(_of("herder")).store, calibration=None)


def test_the_first_part_of_a_compound_names_its_own_stuff():
    from personalq.checkin.features import CatalogIndex
    from personalq.checkin.paraphrase import first_part_of_card_word
    from personalq.catalog.card import Card
    cards = [Card.from_dict(c) for c in _of("herder")]
    fam = CatalogIndex(cards).families["snowshoes"]
    fam.naming_words.discard("snow")  # the kind word only: "snow" is then no word of the card's
    assert first_part_of_card_word("with snow", fam)
    assert not first_part_of_card_word("with snowshoes", fam)
    assert not first_part_of_card_word("with shoes", fam)


def test_in_a_bare_singular_noun_of_is_a_preposition():
    from personalq.checkin.paraphrase import complex_preposition, phrases
    assert complex_preposition("front", " of the cottage")
    assert not complex_preposition("shades", " of blue")
    assert not complex_preposition("front", " at noon")
    texts = [p.text for p in phrases("ante standing in front of the cottage")]
    assert "front" not in texts
    # "<X> of the <Y>" is also read as a container of the owner's thing (round 21,
    # contents_of_a_container_are_the_product): off too, to show what this rule alone does
    texts = [p.text for p in phrases("ante standing in front of the cottage", prepositions=False,
                                     contained=False)]
    assert "front" in texts


def test_the_place_in_front_of_which_is_no_worn_thing(herders):
    d = herders.select("Ante standing in front of the cottage")
    assert "sash-v1" not in d.checkpoints + d.options, (d.action, d.checkpoints)


def test_the_maker_in_a_clause_without_that_is_not_drawn():
    from personalq.checkin.intent import parse
    words = [[t.low for t in m.words] for m in parse("the old quilt gran sewed").mentions]
    assert words == [["old", "quilt"]]
    off = parse("the old quilt gran sewed", off=frozenset({"contact_clause_agent_is_not_drawn"}))
    assert any("gran" in [t.low for t in m.words] for m in off.mentions)
    together = [[t.low for t in m.words] for m in parse("me and gran sewed a quilt").mentions]
    assert any("gran" in w for w in together)  # "and" before her: she is drawn


def test_a_name_after_an_adjective_or_before_an_ing_form_is_no_clause_agent():
    """"the most recent <name> parked ...": the name heads the phrase (no noun before it);
    "our dog <name> sitting ...": an -ing form is what the named one is doing, no past clause."""
    from personalq.checkin.intent import parse

    for request in ("the most recent gran parked at the lake", "our old quilt gran sitting on it"):
        assert any("gran" in [t.low for t in m.words] for m in parse(request).mentions), request
