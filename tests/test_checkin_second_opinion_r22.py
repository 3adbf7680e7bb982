"""Meaning's second opinion on a finished select (round 22, second_opinion.py: rule
meaning_doubts_a_select). The cards are invented: a Norwegian fishing family with a harbour cafe
in Lofoten."""

from __future__ import annotations

import numpy as np
import pytest

from personalq.checkin.rules import MEANING_DOUBTS
from personalq.checkin.second_opinion import KEEP, Opinion, opinion, probabilities
from tests.checkin_testdata import lora_card, selected, subject_card, without

CAFE = [
    subject_card("sigrid", "Sigrid", "woman", ["person", "woman"],
                 "My wife Sigrid at 44: blonde braid, yellow oilskin jacket, mending nets on the quay."),
    subject_card("eirik", "Eirik", "boy", ["person", "boy", "child"],
                 "Our son Eirik, 11: freckles, red beanie, always on his kick scooter."),
    subject_card("bamse", "Bamse", "dog", ["pet", "dog"],
                 "Our dog Bamse: a black Newfoundland, huge and soft, drools on everyone."),
    subject_card("kafe", "Kaia's Kafe", "cafe", ["place", "cafe", "harbour"],
                 "Our harbour cafe in Lofoten: red wooden building, blue door, waffles in the window."),
    subject_card("troll", "Trollo", "mascot", ["mascot", "troll", "cartoon"],
                 "Our cafe mascot Trollo: a friendly green troll holding a coffee cup."),
    lora_card("snowmobile", "Snowmobile", "concept", "snowmobile", ["vehicle", "snow"],
              "Concept LoRA: a snowmobile, tracked vehicle with skis at the front."),
    lora_card("rosemaling", "Rosemaling", "style", "decorative painting", ["style", "folk art"],
              "Style LoRA: Norwegian rosemaling, flowing painted floral scrolls in red, blue and ochre."),
    lora_card("linocut", "Linocut", "style", "print", ["style", "print"],
              "Style LoRA: bold black-and-white linocut print with carved lines."),
]
KEYS = ["sigrid", "kafe", "rosemaling"]
SUBJECT = np.array([True, True, False])


@pytest.fixture(scope="module")
def cafe(selector_on):
    return selector_on(CAFE)


def test_probabilities_sum_to_one_and_a_family_without_cards_gets_none():
    p = probabilities(np.array([0.7, 0.2, -np.inf], dtype=np.float32))
    assert p.sum() == pytest.approx(1.0) and p[2] == 0.0 and p[0] > 0.9


def test_a_none_is_never_changed():
    assert opinion("none", [], KEYS, SUBJECT, np.array([0.99, 0.0, 0.0, 0.01])) == KEEP


def test_a_select_is_doubted_only_by_a_family_of_its_role_far_ahead():
    far_ahead = np.array([0.1, 0.8, 0.05, 0.05])
    assert opinion("select", ["sigrid"], KEYS, SUBJECT, far_ahead) == Opinion("clarify", ("kafe", "sigrid"))
    # a look ahead of a selected subject is a composition's other half, not a mix-up
    assert opinion("select", ["sigrid"], KEYS, SUBJECT, np.array([0.1, 0.05, 0.8, 0.05])) == KEEP
    # the selected family is not unlikely enough
    assert opinion("select", ["sigrid"], KEYS, SUBJECT, np.array([0.3, 0.65, 0.0, 0.05])) == KEEP
    # two families selected (a composition) are not doubted
    assert opinion("select", ["sigrid", "rosemaling"], KEYS, SUBJECT, far_ahead) == KEEP


def test_ordinary_things_stay_none(cafe):
    for request in ("a coffee cup on a table", "a cup of coffee and a waffle", "a motor sled crossing the tundra"):
        assert cafe.select(request).action == "none", request


def test_a_select_the_request_names_is_never_doubted(cafe):
    """Meaning puts the mascot far ahead of the boy (he is dressed as a troll), but the request
    names the boy, by his trigger or by his name: no question."""
    for request in ("<eirik> as a little green troll with a coffee cup",
                    "Eirik as a little green troll with a coffee cup"):
        best = cafe._family_best(cafe.retriever.dense_scores(request))
        p = probabilities(best)
        assert cafe._family_keys[int(np.argmax(p[:-1]))] == "troll"
        assert selected(cafe, request) == ["eirik"], request
    assert MEANING_DOUBTS in without(cafe, MEANING_DOUBTS).disabled_rules
