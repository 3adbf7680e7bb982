"""A second concept in a request the reasoner is already sure of.

When the reasoner selects with certainty ("Tobias leaping over a puddle", "Mira Quell aboard the
old Heron") the calibrated model is not consulted, so a family reached by another part of the
request would never join. This module finds that other part: the request's content words that
the selected families' mentions did not use. A family joins only on strong evidence of its own
(a capitalised name, or a clear lead in meaning: see select.Selector._second_concept).
"""

from __future__ import annotations

from personalq.checkin.features import CatalogIndex
from personalq.checkin.intent import Intent, Role
from personalq.checkin.reasoner import Outcome, Resolution
from personalq.checkin.tuning import STRONG
from personalq.checkin.text import CUE_WORDS, FILLER, STOPWORDS, TRANSPARENT, Token, tokenize


def chosen_families(resolutions: list[Resolution]) -> list[str]:
    """The family each selecting resolution chose, in request order."""
    return [r.families[0] for r in resolutions if r.outcome == Outcome.SELECT and r.families]


def rest_words(request: str, resolutions: list[Resolution], index: CatalogIndex) -> list[Token]:
    """Content words of the request that the selected families neither matched nor know from
    their cards: a phrase the selection leaves unexplained ("over a puddle" in "Tobias leaping
    over a puddle"; "the red moustache" describes the selected man and stays his)."""
    used: set[int] = set()
    known: set[str] = set()
    for res in resolutions:
        if res.outcome != Outcome.SELECT or not res.families:
            continue
        fam = res.families[0]
        used.update(t.start for t in res.matched.get(fam) or res.mention.words)
        known.update(index.families[fam].terms)
    return [t for t in tokenize(request) if t.start not in used and t.stem not in known
            and t.low not in STOPWORDS and t.low not in FILLER and t.low not in CUE_WORDS
            and t.low not in TRANSPARENT]


def named_subject(index: CatalogIndex, rest: list[Token], chosen: list[str]) -> str | None:
    """A subject family a capitalised word of the rest names outright (every word of the
    family's name that the request types is capitalised, and no other family has that name).
    A capital letter mid-sentence marks a proper name, not a common noun."""
    caps = {t.low for t in rest if t.capitalized and len(t.low) >= 3}
    if not caps:
        return None
    hits = [k for k, fam in index.families.items() if k not in chosen and fam.kind == "subject"
            and fam.name_lows and caps & fam.name_lows
            and any(set(phrase) <= {t.stem for t in rest} for phrase in fam.name_phrases)]
    return hits[0] if len(hits) == 1 else None


def named_by_word(index: CatalogIndex, fam_key: str, rest: list[Token]) -> bool:
    """Meaning alone is not enough for a LoRA to join ("dancing" is near a jump pose, "water
    droplets" near a watercolour): a leftover word must name it (its name, class noun or a
    one-word tag: "tuk-tuk", "jump"), not merely occur in its description ("window")."""
    fam = index.families[fam_key]
    return any(fam.terms.get(t.stem, 0.0) >= STRONG for t in rest)


def style_words(rest: list[Token], intent: Intent) -> list[Token]:
    """The leftover words inside a phrase that says how the picture is drawn ("as a papercut
    scene", "in ... style"): there a style may be meant by meaning alone, judged on those words."""
    styled = {t.start for m in intent.mentions if m.role == Role.STYLE for t in m.all_tokens}
    return [t for t in rest if t.start in styled]
