"""Look-ups instead of walks (spellings.py): the deletion index finds every word a few edits
off, and the person-name and misspelling look-ups built on it answer as the walks they replace."""

from __future__ import annotations

import random

from personalq.catalog.card import Card
from personalq.checkin.features import CatalogIndex
from personalq.checkin.spellings import NearSpellings, deletions
from personalq.checkin.text import Token, edit_distance, stem
from personalq.checkin.tuning import FULL_FORM_MIN_NAME

LETTERS = "abdeikmnoqrtuwyz"


def _word(rng: random.Random, lo: int = 3, hi: int = 9) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(lo, hi)))


def test_deletions_keep_at_least_one_letter():
    assert deletions("ab", 2) == {"ab", "a", "b"}
    assert deletions("kofi", 1) == {"kofi", "ofi", "kfi", "koi", "kof"}


def test_near_spellings_find_every_word_within_k_edits():
    rng = random.Random(7)
    listed = sorted({_word(rng) for _ in range(2000)})
    for k in (1, 2):
        index = NearSpellings(listed, k)
        for _ in range(150):
            word = _word(rng)
            assert {w for w in listed if edit_distance(word, w, k) <= k} <= index.near(word)


def _person(key: str, name: str) -> Card:
    return Card(id=f"{key}-v1", name=name, kind="subject", trigger=f"{key}_tok",
                class_noun="woman", family=key, version=1, tags=["person"])


def _household(rng: random.Random) -> list[Card]:
    """Invented given names of a Ghanaian taxi driver's wide family and their neighbours."""
    names = ["Akosua", "Kwabena", "Efua", "Yaw", "Abena", "Kofi", "Ama", "Kwame", "Adwoa",
             "Esi", "Kojo", "Afia"] + [_word(rng, 4, 7).capitalize() for _ in range(300)]
    return [_person(f"p{i}", name) for i, name in enumerate(dict.fromkeys(names))]


def _vowel_changed(name: str, word: str) -> bool:
    return word.startswith(name[:-1]) and name[-1] in "aeiouy" and word[len(name) - 1] in "aeiouy"


def test_full_and_clipped_forms_are_found_as_by_comparing_every_name():
    """The full name a short one is cut from, and a short name typed a letter off, are the
    families the walk over every person's name finds."""
    rng = random.Random(11)
    index = CatalogIndex(_household(rng))
    names = index.person_names
    assert names
    probes = {"akosuaba", "kwabenaa", "efuwa", "yawo", "abenakua", "nanakofi", "kwamina", "esio"}
    for name, _ in rng.sample(names, 120):
        i = rng.randrange(len(name))
        probes |= {name + _word(rng, 1, 3), _word(rng, 1, 3) + name, name[:i] + name[i + 1:],
                   name[:i] + rng.choice(LETTERS) + name[i:], name[:-1] + rng.choice("aeiou") + "la"}
    for low in probes:
        walked = {k for n, k in names if len(n) >= FULL_FORM_MIN_NAME and len(low) > len(n) and
                  (low.startswith(n) or low.endswith(n) or _vowel_changed(n, low))}
        assert index._full_form_of(low) == walked, low
        slipped = {k for n, k in names if n[0] == low[0] and abs(len(n) - len(low)) <= 1 and
                   edit_distance(low, n, 1) <= 1}
        near = {k for w in index.person_spellings.near(low) for k in index.persons_by_name[w]
                if w[0] == low[0] and abs(len(w) - len(low)) <= 1 and edit_distance(low, w, 1) <= 1}
        assert near == slipped, low


def test_misspelt_word_reaches_what_comparing_every_term_reaches():
    """_fuzzy compares a word only with the terms its spellings find; a narrowed vocabulary
    (a request view) is the same answer over that vocabulary."""
    rng = random.Random(5)
    index = CatalogIndex(_household(rng))
    vocab = index.fuzzy_vocab
    assert len(vocab) > 100
    for term in rng.sample(vocab, 60):
        i = rng.randrange(len(term))
        for low in (term[:i] + term[i + 1:], term[:i] + rng.choice(LETTERS) + term[i + 1:],
                    term + rng.choice(LETTERS)):
            tok = Token(low.capitalize(), low, stem(low), 0, len(low), False, True)
            plain = CatalogIndex.__new__(CatalogIndex)
            plain.__dict__.update(index.__dict__)
            plain._spellings = _Walk(vocab)
            found, walked = index._fuzzy(tok), plain._fuzzy(tok)
            assert found == walked and list(found.strengths) == list(walked.strengths), low


class _Walk:
    """Every term is near: the walk over the whole vocabulary the index replaced."""

    def __init__(self, vocab: list[str]):
        self.vocab = vocab

    def near(self, word: str) -> set[str]:
        return set(self.vocab)
