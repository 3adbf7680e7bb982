"""The kinship lexicon's coverage rule (kinship.py's docstring): the close family in the ~40
most spoken languages and the informal words of the major varieties of English, with the
guards that keep an English word English; and kinship words spelt open ("step dad")."""

from __future__ import annotations

import pytest

from personalq.checkin.kinship import KIN_BORROWED, Rel, label_of, rel_of
from personalq.checkin.text import tokenize

SPOKEN = ("spanish", "portuguese", "french", "german", "russian", "arabic", "hindi", "urdu",
          "bengali", "indonesian", "japanese", "marathi", "telugu", "turkish", "tamil",
          "cantonese", "chinese", "vietnamese", "tagalog", "korean", "persian", "hausa",
          "swahili", "javanese", "italian", "punjabi", "kannada", "gujarati", "thai", "amharic",
          "yoruba", "igbo", "malayalam", "polish", "ukrainian", "romanian", "dutch")


def test_the_table_holds_the_most_spoken_languages_with_ten_columns():
    assert set(SPOKEN) <= set(KIN_BORROWED)
    for language, row in KIN_BORROWED.items():
        assert len(row.split()) == 10, language  # father ... aunt, "-" where left out


@pytest.mark.parametrize("word, label", [
    ("abbu", "father"), ("thakuma", "grandmother"), ("nenek", "grandmother"),
    ("ajoba", "grandfather"), ("tammudu", "brother"), ("paati", "grandmother"),
    ("gunggung", "grandfather"), ("baradar", "brother"), ("shangazi", "aunt"),
    ("pakdhe", "uncle"), ("naniji", "grandmother"), ("chikkappa", "uncle"),
    ("dikri", "daughter"), ("wendim", "brother"), ("nnenne", "grandmother"),
    ("ammooma", "grandmother"), ("babusya", "grandmother"), ("bunică", "grandmother"),
    ("bunica", "grandmother"), ("makhulu", "grandmother"), ("nkgono", "grandmother"),
    ("kuia", "grandmother"), ("boet", "brother"),
])
def test_close_family_words_of_other_languages(word, label):
    assert label_of(word) == label


@pytest.mark.parametrize("word, label", [
    ("bruv", "brother"), ("hubs", "husband"), ("cuz", "cousin"), ("unc", "uncle"),
    ("tantie", "aunt"), ("bairn", "child"), ("mither", "mother"), ("granda", "grandfather"),
    ("memaw", "grandmother"), ("grandbaby", "grandchild"), ("gf", "girlfriend"),
    ("grandbairns", "grandchild"), ("grannies", "grandmother"), ("grandboy", "grandson"),
])
def test_informal_english_of_the_major_varieties(word, label):
    assert label_of(word) == label


def test_guards_keep_english_words_english():
    # borrowed words that are English words or given names, or shorter than three letters
    for word in ("anna", "ben", "ta", "ya", "pu", "tai", "man", "woman", "boo", "wean",
                 "grandstand", "grandmaster", "ladies"):
        assert rel_of(word) is None, word
    # words that are kinship only after "my"/"our"
    assert rel_of("man", pointed=True) == (Rel("spouse", "m"), False)
    assert rel_of("bae", pointed=True) == (Rel("partner"), False)
    # a word two languages use for different relations keeps the first row's
    assert label_of("dada") == "grandfather" and rel_of("dada")[0].side == "paternal"
    assert rel_of("olds", pointed=True) == (Rel("parent"), True)  # "my olds": my parents


@pytest.mark.parametrize("text, low", [
    ("my step dad", "step-dad"), ("her mother in law", "mother-in-law"),
    ("great great grandpa", "great-great-grandpa"), ("a half sister", "half-sister"),
    ("my step mother in law's cat", "step-mother-in-law"), ("great aunt Ida", "great-aunt"),
])
def test_kinship_words_spelt_open_are_one_word(text, low):
    assert low in [t.low for t in tokenize(text)]
    assert label_of(low) is not None


@pytest.mark.parametrize("text", ["my great dad", "a step by step guide", "at law school",
                                  "her mother, in law school"])
def test_open_spelling_needs_a_kinship_compound(text):
    assert all("-" not in t.low for t in tokenize(text)), [t.low for t in tokenize(text)]
