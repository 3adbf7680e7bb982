"""Possessive grammar of other languages carried into English (checkin/genitive.py, called from
chat.restore): genitives with the possessed noun first ("the Y of X", Romance "de/di", Swahili
"wa", Hebrew "shel"), with the possessor first (Hindi "ka", Gujarati "no", Japanese "no"),
possessives before or after the noun ("mon", "mera", "moj" ... "mio", "mou"), joining words
of other languages between two people, teknonyms ("Abu <name>") and a possessor juxtaposed
without "'s". Invented households (Italian, Kenyan, Gujarati, Filipino, Greek, Syrian)."""

from __future__ import annotations

import pytest

from personalq.checkin import chat, genitive
from personalq.checkin.select import Selector
from checkin_testdata import subject_card as _card

NAMES = frozenset({"lucia", "marco", "wanjiku", "otieno", "hetal", "kiran", "tala", "nikos",
                   "yusuf", "rania", "bayani", "joao", "ayla", "dariush", "maricel"})
PETS = frozenset({"pepe", "simba"})
BEINGS = NAMES | PETS


def _restore(text: str, disabled: frozenset[str] = frozenset()) -> str:
    return chat.restore(text, NAMES, disabled, people=chat.People(NAMES, BEINGS))


@pytest.mark.parametrize("typed, restored", [
    # the possessed noun first, then its link and the possessor
    ("the sister of marco at the lake", "marco's sister at the lake"),
    ("the father of my wife on a bench", "my wife's father on a bench"),
    ("the cat of the family of lucia asleep", "lucia's family's cat asleep"),
    ("la madre de lucia cooking", "lucia's madre cooking"),  # Spanish "de", article dropped
    ("mama wa otieno singing", "otieno's mama singing"),  # Swahili "wa"
    ("ima shel nikos at the port", "nikos's ima at the port"),  # Hebrew "shel"
    ("the dog of kiran, the brown one", "kiran's dog, the brown one"),
    ("a mãe do joao in the garden", "joao's mãe in the garden"),  # Portuguese article "a"
    ("ang aso ni maricel", "maricel's aso"),  # Tagalog
    ("i mitera tou nikos", "nikos's mitera"),  # Greek
    ("el perro de mi hermana", "my hermana's perro"),  # a thing has no relatives
    # the possessor first, then its link and the possessed noun
    ("hetal ni ba in the garden", "hetal's ba in the garden"),  # Gujarati "ni"
    ("kiran ka beta on a swing", "kiran's beta on a swing"),  # Hindi "ka"
    ("tala no haha at the shrine", "tala's haha at the shrine"),  # Japanese "no"
    ("marco di nonna", "marco's nonna"),  # a name is the possessor: possessor-first reading
    ("nonna di marco", "marco's nonna"),  # ... and the other way round: head-first
    # possessives before the noun
    ("mon frère on a bike", "my frère on a bike"),
    ("mera beta at school", "my beta at school"),
    ("nuestra abuela at the market", "our abuela at the market"),
    ("en amma cooking", "my amma cooking"),  # Tamil: an English word, so a kinship word after
    ("manman mwen at church", "my manman at church"),  # Haitian Creole, after the noun
    # and after it (a kinship run before it)
    ("brat moj fishing", "my brat fishing"),
    # two people joined by another language's "and"/"with"
    ("lucia y marco dancing", "lucia and marco dancing"),
    ("wanjiku na otieno at church", "wanjiku and otieno at church"),
    ("pepe con simba in the yard", "pepe and simba in the yard"),  # pets too
    # teknonyms
    ("abu yusuf at the bbq", "yusuf's father at the bbq"),
    ("umm yusuf baking", "yusuf's mother baking"),
    # a possessor without "'s"
    ("my rania husband at the match", "my rania's husband at the match"),
    ("nikos doing rania hair", "nikos doing rania's hair"),
])
def test_restore(typed, restored):
    assert _restore(typed) == restored


@pytest.mark.parametrize("typed", [
    "a portrait of my mom in oils",  # a picture of someone is no possession
    "a friend of marco at the party",  # "a ...": generic
    "one of lucia's cousins",
    "kind of marco in the rain",
    "proud of my dad",
    "the rest of the family",
    "the day mum met dad",  # an English verb between two people
    "marco aunty at the door",  # an aunt/uncle word after a name is a title
    "lucia no way",  # an English link needs a kinship word after it
    "de la cruz bakery",
    "whichever of my sons, on a pier",  # a quantifier before "of": a partitive
    "either of marco's dogs",
])
def test_left_alone(typed):
    assert _restore(typed) == typed


def test_rules_switch_off():
    off = frozenset({genitive.HEAD_FIRST, genitive.POSSESSOR_FIRST, genitive.POSSESSIVE_BEFORE,
                     genitive.PEOPLE_JOINED, genitive.TEKNONYM, genitive.JUXTAPOSED})
    for typed in ("the sister of marco", "kiran ka beta", "mera beta", "lucia y marco",
                  "abu yusuf", "my rania husband", "madar-e dariush"):
        assert _restore(typed, off) == typed


CARDS = [
    _card("yusuf", "Yusuf", "man", ["person", "man", "husband"],
          "Yusuf, my husband, with his trimmed beard and grey suit."),
    _card("rania", "Rania", "woman", ["person", "woman", "mother-in-law"],
          "Rania, Yusuf's mother, my mother-in-law, with her silver hair bun."),
    _card("karam", "Karam", "man", ["person", "man", "father-in-law"],
          "Karam, Yusuf's father, my father-in-law, with his cane."),
    _card("samir", "Samir", "boy", ["person", "boy", "son"],
          "Samir, our son, 8, in his football kit."),
    _card("dina", "Dina", "woman", ["person", "woman", "sister"],
          "Dina, my sister, with round glasses."),
    _card("luz", "Luz", "cat", ["pet", "cat"], "Luz, my sister Dina's black cat."),
    _card("zaki", "Zaki", "dog", ["pet", "dog"], "Zaki, our dog, a sandy saluki."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


@pytest.mark.parametrize("request_, expected", [
    ("the mother of my husband in the garden", ["rania"]),
    ("the cat of dina on the sofa", ["luz"]),
    ("umm samir in the kitchen", None),  # the owner herself: no card of hers
    ("abu samir on the porch", ["yusuf"]),
    ("samir y zaki in the park", ["samir", "zaki"]),
    ("my yusuf mother with her tea", ["rania"]),
])
def test_selects(selector, request_, expected):
    d = selector.select(request_)
    if expected is None:
        assert d.action != "select" or "yusuf" not in d.checkpoints
        return
    assert d.action == "select" and sorted(d.checkpoints) == expected, \
        (request_, d.action, d.checkpoints, d.options)


def test_switched_off_the_genitive_is_not_read(selector):
    from checkin_testdata import without
    off = without(selector, genitive.HEAD_FIRST)
    assert selector.select("the cat of dina on the sofa").checkpoints == ["luz"]
    assert off.select("the cat of dina on the sofa").checkpoints != ["luz"]
