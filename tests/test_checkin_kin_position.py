"""Families' own words for their people, in the languages a new owner brings (kinwords.py:
one table per language, keyed by relation) and the rule kin_position_guards_short_words: a
short word or one English also has ("ate", "ba", "tito", "middle") is kinship only right after
"my"/"our"/a possessive or as a possessor. Invented families whose languages no benchmark set
uses (Turkish, Polish, Yoruba) and a Vietnamese one for the two-letter and two-word forms."""

from __future__ import annotations

import pytest

from checkin_testdata import subject_card as card
from personalq.checkin import kinship, rules
from personalq.checkin.relations import KinReading, kin_position, reference
from personalq.checkin.select import Selector
from personalq.checkin.text import tokenize

TURKISH = [
    card("deniz", "Deniz", "woman", ["me", "person", "woman"], "Me, Deniz, with short dark hair."),
    card("mehmet", "Mehmet", "man", ["husband", "person", "man"],
         "Mehmet, my husband, with a grey moustache."),
    card("selin", "Selin", "woman", ["aunt", "person", "woman"],
         "Selin, my aunt, in a green headscarf."),
    card("emre", "Emre", "man", ["brother", "person", "man"],
         "Emre, my older brother, a mechanic."),
    card("defne", "Defne", "girl", ["granddaughter", "child", "girl"],
         "Defne, our granddaughter, aged five."),
    card("pamuk", "Pamuk", "cat", ["pet", "cat"], "Pamuk, our white Van cat."),
]

POLISH = [
    card("ola", "Ola", "girl", ["granddaughter", "child", "girl"],
         "Ola, our granddaughter, with blonde plaits."),
    card("tomek", "Tomek", "man", ["son-in-law", "person", "man"],
         "Tomek, our son-in-law, tall with a buzz cut."),
    card("kasia", "Kasia", "woman", ["cousin", "person", "woman"],
         "Kasia, my cousin, a florist."),
    card("piotr", "Piotr", "boy", ["stepson", "person", "boy"],
         "Piotr, my stepson, aged twelve."),
]

YORUBA = [
    card("tunde", "Tunde", "man", ["brother", "person", "man"],
         "Tunde, my older brother, in an agbada."),
    card("kemi", "Kemi", "woman", ["sister", "person", "woman"],
         "Kemi, my younger sister, with braids."),
    card("femi", "Femi", "boy", ["grandson", "child", "boy"], "Femi, our grandson, aged seven."),
    card("bisi", "Bisi", "woman", ["wife", "person", "woman"], "Bisi, my wife, in a blue gele."),
]

VIETNAMESE = [
    card("linh", "Linh", "woman", ["sister", "person", "woman"],
         "Linh, my younger sister, at university."),
    card("an", "An", "girl", ["daughter", "child", "girl"], "An, our daughter, aged four."),
    card("minh", "Minh", "man", ["husband", "person", "man"], "Minh, my husband, a chef."),
    card("mai", "Mai", "old woman", ["grandmother", "person", "woman"],
         "Mai, my mum's mother (Bà Ngoại), with white hair."),
    card("bao", "Bảo", "man", ["father", "person", "man"], "Bảo, my dad (Ba), in a fishing hat."),
    card("huy", "Huy", "boy", ["nephew", "child", "boy"], "Huy, my sister Linh's son, aged six."),
    card("lucky", "Lucky", "dog", ["pet", "dog"], "Lucky, our corgi."),
]


@pytest.fixture(scope="module")
def turkish(selector_on) -> Selector:
    return selector_on(TURKISH)


@pytest.fixture(scope="module")
def polish(selector_on) -> Selector:
    return selector_on(POLISH)


@pytest.fixture(scope="module")
def yoruba(selector_on) -> Selector:
    return selector_on(YORUBA)


@pytest.fixture(scope="module")
def vietnamese(selector_on) -> Selector:
    return selector_on(VIETNAMESE)


def _picked(selector: Selector, request: str):
    d = selector.select(request)
    return d.action, d.checkpoints


@pytest.mark.parametrize("request_, expected", [
    ("kocam at the seaside", ["mehmet"]),  # "my husband", with the possessive ending
    ("teyzem at the bazaar", ["selin"]),  # the mother's sister
    ("abim fixing a car", ["emre"]),  # "my elder brother"
    ("torunum on a swing", ["defne"]),  # grandchild
])
def test_turkish_family_words(turkish, request_, expected):
    assert _picked(turkish, request_) == ("select", expected)


@pytest.mark.parametrize("request_, expected", [
    ("wnuczka building a snowman", ["ola"]),  # granddaughter
    ("my ziec grilling sausages", ["tomek"]),  # son-in-law
    ("my kuzynka arranging tulips", ["kasia"]),  # female cousin
    ("my pasierb on his bike", ["piotr"]),  # stepson
])
def test_polish_family_words(polish, request_, expected):
    assert _picked(polish, request_) == ("select", expected)


@pytest.mark.parametrize("request_, expected", [
    ("my egbon at a party", ["tunde"]),  # elder sibling: the older brother
    ("my aburo dancing", ["kemi"]),  # younger sibling
    ("omoomo in his school uniform", ["femi"]),  # grandchild
])
def test_yoruba_family_words(yoruba, request_, expected):
    assert _picked(yoruba, request_) == ("select", expected)


def test_a_relation_the_repository_lacks_stays_none(turkish, polish):
    assert _picked(turkish, "kuzenim at the wedding")[0] == "none"  # a cousin: nobody here
    assert _picked(polish, "my tesc on the balcony")[0] == "none"  # a father-in-law: nobody


@pytest.mark.parametrize("request_, expected", [
    ("my em at her graduation", ["linh"]),  # two letters, after "my"
    ("con gai on a swing", ["an"]),  # a two-word word typed open
    ("chong in the kitchen", ["minh"]),
    ("bà ngoại in the garden", ["mai"]),  # typed with its accents; the mother's mother
])
def test_vietnamese_family_words(vietnamese, request_, expected):
    assert _picked(vietnamese, request_) == ("select", expected)


def _ref(phrase: str, **kw):
    return reference(tokenize(phrase), phrase, 0, KinReading(**kw))


def test_a_guarded_word_out_of_a_kin_position_is_an_ordinary_word():
    toks = tokenize("the dog ate my slipper")
    at = [t.low for t in toks].index("ate")
    assert kinship.is_guarded("ate") and not kin_position(toks, at)
    assert _ref("the dog ate") is None
    assert kin_position(tokenize("nico's ate"), 1)
    ref = _ref("nico's ate")
    assert ref.path[-1].kind == "sibling" and ref.path[-1].elder == "elder" and ref.anchor == "nico"


def test_a_guarded_possessor_that_is_a_catalog_name_is_the_name():
    assert _ref("anna's son", names=frozenset({"anna"})).anchor == "anna"
    assert _ref("anna's son").anchor == ""  # no Anna in the catalog: the elder brother's son


def test_the_rule_off_reads_no_guarded_word():
    assert _ref("my ate").path[-1].kind == "sibling"
    assert _ref("my ate", disabled=frozenset({rules.KIN_POSITION})) is None


def test_seniority_before_a_sibling_word():
    assert _ref("my big sis").path[-1].elder == "elder"
    assert _ref("my little brother").path[-1].elder == "younger"
    assert _ref("my brother").path[-1].elder == ""


def test_a_guarded_birth_order_needs_my_or_our():
    assert kinship.birth_order("middle") is None
    assert kinship.birth_order("middle", pointed=True) == "middle"


def test_every_key_of_the_table_names_a_relation():
    from personalq.checkin.kinwords import KIN_WORDS
    bad = [(lang, key) for lang, by_key in KIN_WORDS.items() for key in by_key
           if kinship.key_relation(key) is None]
    assert bad == []


def test_a_family_speaking_the_language_reads_its_short_words_bare(vietnamese):
    assert vietnamese.reasoner.relations.kin.languages == frozenset({"vietnamese"})
    assert _picked(vietnamese, "ba mending a net") == ("select", ["bao"])  # the father
    assert _picked(vietnamese, "ba noi at the temple")[0] == "none"  # the father's mother: none


def test_without_the_familys_language_a_short_word_opening_a_phrase_is_no_title():
    text = "ba mending a net"
    toks = tokenize(text)
    assert reference(toks[:1], text, 0, KinReading()) is None
    ref = reference(toks[:1], text, 0, KinReading(languages=frozenset({"vietnamese"})))
    assert ref.path[-1].kind == "parent" and ref.path[-1].gender == "m"


def test_home_languages_need_a_word_of_that_language_alone():
    assert kinship.home_languages(["Lola Nena, my mother", "Kuya Ben, my brother"]) == \
        frozenset({"tagalog"})
    assert kinship.home_languages(["Tita Joy, my sister"]) == frozenset()  # one shared word
    assert kinship.home_languages(["Ba, my dad", "Em, my sister"]) == frozenset()  # all short


def test_a_kinship_word_before_a_possessive_name_is_the_possessor(vietnamese):
    from personalq.checkin.relations import card_facts
    facts = card_facts("Huy, my sister Linh's son, aged six.")
    assert [(f.anchor, f.rel.kind) for f in facts] == [("linh", "child")]
    assert _picked(vietnamese, "my sister at the beach") == ("select", ["linh"])


TAGALOG = [
    card("nena", "Lola Nena", "old woman", ["grandmother", "mother", "person", "woman"],
         "Nena, my mother, Lola Nena to the kids, with a cane."),
    card("linda", "Lola Linda", "old woman", ["grandmother", "mother-in-law", "person", "woman"],
         "Linda, my mother-in-law, Lola Linda to the kids, with pearls."),
    card("ben", "Kuya Ben", "man", ["brother", "person", "man"], "Ben, my older brother, a welder."),
    card("joy", "Joy", "woman", ["sister", "person", "woman"], "Joy, my younger sister, a nurse."),
    card("tess", "Tess", "woman", ["friend", "person", "woman"],
         "Tess, my best friend since school, with big hoop earrings."),
]


@pytest.fixture(scope="module")
def tagalog(selector_on) -> Selector:
    return selector_on(TAGALOG)


@pytest.mark.parametrize("request_, expected", [
    ("my kuya at the gym", ("select", ["ben"])),  # the elder brother
    ("my ate at the mall", ("none", [])),  # an elder sister: Joy is the younger one
    ("lola lindaa at the park", ("select", ["linda"])),  # a title, then the name typed off
    ("my bestie at a wedding", ("select", ["tess"])),  # a best friend is named like kin
])
def test_seniority_titles_and_friends(tagalog, request_, expected):
    assert _picked(tagalog, request_) == expected


def test_a_friend_is_no_link_of_a_chain():
    from personalq.checkin.relations import card_facts
    facts = card_facts("Noor, daughter of my best friend Hana, aged eight.")
    assert [(f.anchor, f.rel.kind) for f in facts] == [("hana", "child")]
