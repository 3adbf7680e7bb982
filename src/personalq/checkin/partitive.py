"""Rule `one_of_names_a_set` (rules.ONE_OF_NAMES_A_SET): "one of the <Ns>" asks for a member of a
set the user has, without saying which.

A partitive ("one of our <Ns>", "either of my <Ns>", "any of the <N> loras") presupposes a definite
set of several things of that kind, which the determiner says are the user's: the user wants one
of them and leaves the choice open. The set is every family that calls itself an N (its class
noun or a one-word tag: what the thing IS, not a word its description mentions in passing), so
the right answer is a question across those families, not "none" (a plural read as things in
general) and not the families that happen to mention the word.
"""

from __future__ import annotations

import re

from personalq.checkin.features import CatalogIndex
from personalq.checkin.text import CHECKPOINT_WORDS, STOPWORDS, Token, tokenize, verb_form

_PARTITIVE_RE = re.compile(r"\b(?:one|either|any)\s+of\s+(?:the|my|our|your|his|her|their|"
                           r"these|those)\s+", re.I)
MAX_PHRASE = 4  # words of the noun phrase after the determiner that are read


def set_heads(request: str) -> list[Token]:
    """The head noun of each partitive's noun phrase ("one of the old clothing loras" ->
    clothing): the phrase ends at punctuation, a function word or a verb form after its first
    word (a participle before the noun modifies it: "the painted mugs"); a trailing checkpoint
    word ("loras") says what the things are, the noun before it which ones."""
    heads = []
    tokens = tokenize(request)
    for m in _PARTITIVE_RE.finditer(request):
        phrase: list[Token] = []
        for tok in tokens:
            if tok.start < m.end():
                continue
            gap = request[phrase[-1].end:tok.start] if phrase else ""
            if (len(phrase) >= MAX_PHRASE or tok.low in STOPWORDS or re.search(r"[^\s-]", gap)
                    or (phrase and verb_form(tok.low))):
                break
            phrase.append(tok)
        while phrase and phrase[-1].low in CHECKPOINT_WORDS:
            phrase.pop()
        if phrase:
            heads.append(phrase[-1])
    return heads


def members(index: CatalogIndex, head: Token, allowed: set[str] | None = None) -> list[str]:
    """The families that call themselves a <head>: by class noun or one-word tag."""
    return [key for key, fam in index.families.items()
            if (allowed is None or key in allowed)
            and (head.stem in fam.naming_words or head.stem in fam.class_words)]
