"""Which version a request means by an age, a stage of life or school, a state an event ended,
and which words are no version's: on invented cards, with forms no benchmark set uses. Each
test also switches its rule off, so it shows what the rule moves (stages.py, versions.py)."""

from __future__ import annotations

import pytest

from personalq.catalog.card import Card
from personalq.checkin import rules
from personalq.checkin.decide import compose
from personalq.checkin.reasoner import CatalogIndex, Reasoner
from personalq.checkin.stages import Span, request_span


def _v(fam: str, n: int, date: str, desc: str, name: str, cls: str, tags: list[str],
       kind: str = "subject") -> dict:
    return dict(id=f"{fam}-{n}", name=name, trigger=f"<{fam}-{n}>", class_noun=cls, family=fam,
                version=n, created_at=date, base_model="sdxl", description=desc, tags=tags, kind=kind)


ROWS = [
    # a niece whose middle card states no age: the others give her birth year
    _v("ines", 1, "2015-06-01", "Ines, my niece, aged 4: pigtails and a red raincoat.", "Ines", "girl",
       ["niece", "person", "girl"]),
    _v("ines", 2, "2019-09-01", "Ines, my niece, in her new school uniform.", "Ines", "girl",
       ["niece", "person", "girl"]),
    _v("ines", 3, "2025-03-01", "Ines, my niece, 14: braces and a septum ring.", "Ines", "girl",
       ["niece", "person", "girl"]),
    _v("biko", 1, "2020-02-01", "Biko, our greyhound, a six-week-old pup with oversized paws.", "Biko",
       "dog", ["pet", "dog", "greyhound"]),
    _v("biko", 2, "2024-01-01", "Biko, our greyhound, at 4, in a quilted winter coat.", "Biko", "dog",
       ["pet", "dog", "greyhound"]),
    _v("ruth", 1, "2016-01-01", "Ruth, my mum, a ward sister at the county hospital, navy tunic.", "Ruth",
       "woman", ["mother", "person", "woman"]),
    _v("ruth", 2, "2024-01-01", "Ruth, my mum, after she retired from midwifery: allotment, straw hat.",
       "Ruth", "woman", ["mother", "person", "woman"]),
    _v("wren", 1, "2019-01-01", "Wren, my sister, with a blunt crop and round glasses.", "Wren", "woman",
       ["sister", "person", "woman"]),
    _v("wren", 2, "2024-01-01", "Wren, my sister, long auburn waves, denim jacket.", "Wren", "woman",
       ["sister", "person", "woman"]),
    _v("pixie", 1, "2024-01-01", "Hairstyle concept LoRA: the pixie crop, short textured layers.",
       "Pixie Crop", "hairstyle", ["hairstyle", "hair"], "concept"),
    _v("van", 1, "2021-01-01", "Our delivery van, plain white, with car seats for the twins in the back.", "Delivery Van",
       "van", ["vehicle", "van"]),
    _v("van", 2, "2025-01-01", "Our delivery van after the wrap: teal with a big logo.", "Delivery Van",
       "van", ["vehicle", "van"]),
    _v("colm", 1, "2017-01-01", "Colm, my brother, when he would skate at the rink every night.", "Colm",
       "man", ["brother", "person", "man"]),
    _v("colm", 2, "2025-01-01", "Colm, my brother, in a grey office suit.", "Colm", "man",
       ["brother", "person", "man"]),
    _v("moss", 1, "2018-01-01", "Moss, my partner, clean-shaven, before we opened the cafe.", "Moss", "man",
       ["partner", "person", "man"]),
    _v("moss", 2, "2025-01-01", "Moss, my partner, with the bushy beard he grew in lockdown.", "Moss",
       "man", ["partner", "person", "man"]),
    _v("apron", 1, "2024-01-01", "Concept LoRA: a striped canvas work apron with brass buckles.",
       "Canvas Apron", "apron", ["apron", "clothing"], "concept"),
    _v("tam", 1, "2018-01-01", "Tamsin, my cousin, at her graduation: black robe and mortarboard.",
       "Tamsin", "woman", ["cousin", "person", "woman"]),
    _v("tam", 2, "2025-01-01", "Tamsin, my cousin, in climbing gear on a crag.", "Tamsin", "woman",
       ["cousin", "person", "woman"]),
]


def _pick(request: str, off: str | tuple[str, ...] | None = None) -> list[str]:
    cards = [Card.from_dict(r) for r in ROWS]
    r = Reasoner(CatalogIndex(cards), disabled=frozenset([off] if isinstance(off, str) else off or []))
    return compose(request, r.resolve(r.parse(request)), r.index).checkpoints


@pytest.mark.parametrize("text, lo, hi", [
    ("ines at nine", 9, 9.99), ("theo, 8 y/o", 8, 8.99), ("a 6-year-old", 6, 6.99),
    ("on her 21st birthday", 21, 21.99), ("when he was 7", 7, 7.99), ("turning thirty", 30, 30.99),
    ("in her late twenties", 26, 29.99), ("in his early 40s", 40, 43.99), ("in my teens", 13, 19.99),
    ("in 5th grade", 10, 12), ("in year 3", 7, 9), ("in primary 6", 10, 12),
    ("in form 2", 12, 14), ("in high school", 14, 18), ("at uni", 18, 23),
    ("when she was a toddler", 1, 3.5), ("as a tiny newborn", 0, 1.5), ("when he was little", 0, 8),
])
def test_request_ages_and_stages(text, lo, hi):
    span = request_span(text)
    assert span is not None and (span.lo, span.hi) == pytest.approx((lo, hi), abs=0.01)


@pytest.mark.parametrize("text", [
    "at 6pm on the pier", "at 7:30 in the morning", "three years ago", "the 2021 one",
    "at the school fair", "my cousin in nursing school", "at the beach in winter clothes",
    "a table for 8 people",
])
def test_no_age_in_a_scene(text):
    assert request_span(text) is None


def test_a_young_animal_word_is_a_pets_stage():
    assert request_span("biko in his puppy days") == Span(0.0, 1.0, animal=True)


def test_school_year_picks_by_the_age_the_cards_imply():
    # no card says "grade 3" or an age of 8: the birth year (from "aged 4" in 2015) does
    assert _pick("ines in grade 3, on the swings") == ["ines-2"]
    assert _pick("ines in grade 3, on the swings", off=rules.AGE_PICKS) == ["ines-3"]


def test_age_between_versions_is_the_nearest():
    assert _pick("ines at nine with a kite") == ["ines-2"]
    assert _pick("ines at nine with a kite", off=rules.AGE_PICKS) == ["ines-3"]


def test_stage_word_no_card_uses():
    assert _pick("ines when she was a toddler") == ["ines-1"]
    assert _pick("ines as a teen on a bike") == ["ines-3"]


def test_pet_stage_no_card_words():
    assert _pick("biko in his puppy days") == ["biko-1"]
    assert _pick("biko when he was still a whelp") == ["biko-1"]
    assert _pick("biko when he was still a whelp", off=(rules.AGE_PICKS, rules.PAST_STATE_NOT_NOW)) == ["biko-2"]


def test_a_scene_is_no_age():
    assert _pick("ines at the beach in winter clothes") == ["ines-3"]
    assert _pick("biko at the beach") == ["biko-2"]


def test_ordinal_of_a_day_counts_no_version():
    assert _pick("ines on her first day of high school") == ["ines-3"]
    assert _pick("ines on her first day of high school", off=rules.ORDINAL_OF_TIME) == ["ines-1"]


def test_still_doing_what_a_later_card_says_ended():
    assert _pick("mum while she was still doing midwifery, in the garden") == ["ruth-1"]
    assert _pick("mum while she was still doing midwifery, in the garden",
                 off=rules.STILL_BEFORE_AFTER) == ["ruth-2"]


def test_words_of_a_lora_drawn_with_the_subject_are_no_version_clue():
    assert _pick("wren with a pixie crop") == ["wren-2", "pixie-1"]
    assert _pick("wren with a pixie crop", off=rules.LORA_WORDS_NO_VERSION) == ["wren-1", "pixie-1"]


def test_an_ing_form_matches_the_verb_on_a_card():
    assert _pick("colm in his skating days") == ["colm-1"]
    assert _pick("colm in his skating days", off=rules.LEMMA_FORMS) == ["colm-2"]


def test_a_before_clause_dates_a_subject_in_any_phrase():
    assert "moss-1" in _pick("the canvas apron on Moss from before lockdown")
    assert "moss-2" in _pick("the canvas apron on Moss from before lockdown",
                             off=rules.BEFORE_ANYWHERE)


def test_a_present_routine_dates_nothing():
    # the card's own "before we opened the cafe" is a past event; a routine in the present is not
    assert "moss-2" in _pick("the canvas apron on Moss at 6am before we open the cafe")
