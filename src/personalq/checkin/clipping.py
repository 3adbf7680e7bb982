"""Pet forms of kind words: English names a familiar kind by clipping its word and adding -ie,
-y, -o or -er ("westie" a West Highland terrier, "staffy" a Staffordshire bull terrier,
"frenchie" a French bulldog, "goldie" a golden retriever, "rottie", "aussie"), or by the clip
alone ("lab" a labrador).

The clip keeps the start of the word up to the end of a syllable: at least three letters,
ending in a consonant (which the suffix may double: "aus" -> "aussie"). A request word that
no card has is read this way against the words that say what a subject card is (its class
noun and tags, not its description or name), so the index holds only those words, sorted: a
word's possible clips are found by a prefix search, not by listing every pet form.

A word English already has keeps its own meaning: a common noun (WordNet: "party" is no
partridge, "lab" a laboratory, "aussie" an Australian) is never read as a pet form, and an
everyday English word ("cat", "bull") never as a bare clip ("catamaran", "bulldog"); a given
name with a pet suffix ("jackie") may be, since a name takes no article. Whether the reading
applies where the word stands is the rule `pet_form_of_a_kind_word` (rules.py): only in a
pointed phrase, as a weaker match than the card's own word (tuning.CLIPPED).
"""

from __future__ import annotations

from bisect import bisect_left

from personalq.checkin.lexicon import LEXFILE, lexicon
from personalq.checkin.text import STOPWORDS, english_words, tokenize

_VOWELS = frozenset("aeiou")
PET_SUFFIXES = ("ie", "y", "o", "er")
MIN_CLIP = 3  # "lab", "pom": a shorter clip is any word's start
FAMOUS_NAME_MIN = 4  # letters of a word WordNet has only as a proper noun that is still a name


def _clip_ok(clip: str) -> bool:
    """A clip ends a syllable: it has a vowel and ends in a consonant."""
    return len(clip) >= MIN_CLIP and clip[-1] not in _VOWELS and clip[-1] != "y" and \
        any(c in _VOWELS for c in clip)


def common_noun(word: str) -> bool:
    """Is the word a noun English has for a kind of thing: a WordNet word (or its base form)
    with at least one meaning that is no proper noun? ("Harrison" is only ever a famous
    person's name, so it is still a name a person may bear; a shorter word than
    FAMOUS_NAME_MIN letters that WordNet has only capitalised is an abbreviation or a symbol,
    "Ba", "Al": English still uses it as a word.)"""
    lx = lexicon()
    if lx is None:
        return False
    if len(word) < FAMOUS_NAME_MIN:
        return bool(lx.base_forms(word))
    return everyday_sense(word)


def everyday_sense(word: str) -> bool:
    """Has WordNet a meaning of the word (or its base form) that is no proper noun?"""
    lx = lexicon()
    return lx is not None and any(not any(p for w, p in zip(s.lemmas, s.proper) if w == base)
                                  for base in lx.base_forms(word) for s in lx.senses(base))


def clips_of(word: str) -> list[tuple[str, bool]]:
    """The clips a request word may be, with whether it carried a pet suffix: "westie" ->
    [("westie", False), ("west", True)], "rottie" -> [.., ("rott", True)]; [] for a word
    English has (see above)."""
    if not word.isalpha() or common_noun(word):
        return []
    out = [] if word in english_words() else [(word, False)]
    for suffix in PET_SUFFIXES:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[:-len(suffix)]
            out.append((base, True))
            if len(base) > MIN_CLIP and base[-1] == base[-2] and base[-1] not in _VOWELS:
                out.append((base[:-1], True))  # "aussie", "labby": the consonant doubled
    return [(c, pet) for c, pet in out if _clip_ok(c)]


def singulars_of(word: str) -> list[str]:
    """Rule plural_of_a_pet_form: a pet form is a noun and takes English's plural, "-ies" for a
    form in -ie or -y ("westies", "staffies", "rashies" for rash vests, "cozzies" for swimming
    costumes) and "-s" for one in -o or -er ("aussos", "rotters"): the singulars a plural
    request word may stand for ([] for a word that ends in no plural -s)."""
    if word.endswith("ies") and len(word) > len("ies") + MIN_CLIP - 1:
        return [word[:-1], word[:-3] + "y"]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > MIN_CLIP + 1:
        return [word[:-1]]
    return []


def body_feature(word: str) -> bool:
    """Rule body_feature_is_no_kind: is the word's commonest meaning a part or feature of a body
    ("beard", "freckles", "pigtails"; WordNet's noun.body)? A tag such as "beard" says what a
    person has, not what they are, so no pet form of a kind is read into it: "beardie" is the
    pet form of a kind whose word is longer ("bearded ..."), not every bearded man."""
    lx = lexicon()
    if lx is None or not word.isalpha():
        return False
    for base in lx.base_forms(word):
        first = lx.first_sense(base)
        if first is not None and first.lexfile == LEXFILE["body"]:
            return True
    return False


class KindWords:
    """The words saying what each subject family is (class noun and tag words), sorted for a
    prefix search; `skip`: the catalog's broad tags and category words, which name no kind;
    `body`: leave out a tag that is one body-feature word (rule body_feature_is_no_kind);
    `plurals`: read a plural pet form too (rule plural_of_a_pet_form)."""

    def __init__(self, kinds: dict[str, list[str]], skip: frozenset[str], body: bool = False,
                 plurals: bool = True):
        self.plurals = plurals  # rule plural_of_a_pet_form
        self.families: dict[str, set[str]] = {}
        for fam_key, texts in kinds.items():
            for text in texts:
                if body and text.isalpha() and body_feature(text.lower()):
                    continue
                for tok in tokenize(text):
                    if tok.low.isalpha() and len(tok.low) > MIN_CLIP and \
                            tok.low not in STOPWORDS and tok.low not in skip:
                        self.families.setdefault(tok.low, set()).add(fam_key)
        self.sorted = sorted(self.families)

    def match(self, word: str) -> set[str]:
        """The families whose kind word `word` is a pet form or a clip of."""
        found: set[str] = set()
        forms = [word] + (singulars_of(word) if self.plurals else [])
        for clip, pet in {c for form in forms for c in clips_of(form)}:
            i = bisect_left(self.sorted, clip)
            while i < len(self.sorted) and self.sorted[i].startswith(clip):
                full = self.sorted[i]
                if pet or len(full) > len(clip):  # a bare clip is shorter than its word
                    found |= self.families[full]
                i += 1
        return found
