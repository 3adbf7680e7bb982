"""Pet forms of kind words (checkin/clipping.py, the rule `pet_form_of_a_kind_word`): "the
westie" is the West Highland terrier, "my goldie" the golden retriever, in pointed phrases
only; a name, a common noun and a generic phrase keep their own reading. Invented catalog."""

from __future__ import annotations

import pytest

from personalq.checkin.clipping import KindWords, clips_of
from personalq.checkin.rules import pet_form_of_a_kind_word
from personalq.checkin.select import Selector
from checkin_testdata import subject_card as _card


CARDS = [
    _card("nugget", "Nugget", "dog", ["pet", "dog", "golden retriever"],
          "Nugget, our golden retriever: feathery tail."),
    _card("dot", "Dot", "dog", ["pet", "dog", "west highland terrier"],
          "Dot, our West Highland terrier: white, scruffy."),
    _card("tonks", "Tonks", "dog", ["pet", "dog", "jack russell"],
          "Tonks, my Jack Russell terrier: tan patch over one eye."),
    _card("bruno", "Bruno", "dog", ["pet", "dog", "labrador"], "Bruno, our chocolate labrador."),
    _card("pip", "Pip", "dog", ["pet", "dog", "rottweiler"], "Pip, our rottweiler puppy."),
    _card("jackie", "Jackie", "woman", ["friend", "person", "woman"],
          "Jackie, my best friend from school: curly red hair."),
    _card("swift", "Swift", "boat", ["boat", "catamaran"], "Swift, our sailing catamaran."),
]


@pytest.fixture(scope="module")
def selector(selector_on) -> Selector:
    return selector_on(CARDS)


def test_clips_end_a_syllable_and_english_words_keep_their_meaning():
    assert ("west", True) in clips_of("westie") and ("staff", True) in clips_of("staffy")
    assert ("rott", True) in clips_of("rottie") and ("aus", True) not in clips_of("auzzie")
    for word in ("lab", "party", "body", "cat"):  # common nouns: their own meaning
        assert clips_of(word) == [], word
    kinds = KindWords({"swift": ["catamaran"], "tonks": ["jack russell"]}, frozenset())
    assert kinds.match("jackie") == {"tonks"} and kinds.match("cat") == set()
    assert kinds.match("jack") == set()  # the whole word without a pet suffix is no clip


@pytest.mark.parametrize("request_, expected", [
    ("my goldie fetching a stick", ["nugget"]),
    ("the westie in the snow", ["dot"]),
    ("our rottie on the porch", ["pip"]),
    ("the jackie digging a hole", ["jackie"]),  # a person of that name wins over a pet form
    ("my catamaran at anchor", ["swift"]),
])
def test_a_pet_form_in_a_pointed_phrase_selects(selector, request_, expected):
    d = selector.select(request_)
    assert (d.action, d.checkpoints) == ("select", expected), (d.action, d.options)


@pytest.mark.parametrize("request_", [
    "a westie in the snow",  # any westie
    "the lab results on a desk",  # a common noun (a laboratory), and it modifies "results"
    "my cat on the windowsill",  # no cat here; "cat" is no clip of "catamaran"
])
def test_generic_phrases_and_common_nouns_are_no_pet_forms(selector, request_):
    d = selector.select(request_)
    assert not (d.action == "select" and set(d.checkpoints) & {"dot", "bruno", "swift"}), \
        (request_, d.action, d.checkpoints)


def test_the_rule_switched_off_reads_no_pet_form(selector):
    off = Selector(selector.store, disabled_rules=frozenset({pet_form_of_a_kind_word.__name__,
                                                             "other_name_of_a_kind"}))
    assert off.select("the westie in the snow").checkpoints != ["dot"]  # (a goldie and a
    # rottie are near enough to their words by spelling or MiniLM meaning without the rule;
    # the breed nicknames of synonyms.py name a westie too, so that rule is off as well)
    assert off.index.kind_words is None
