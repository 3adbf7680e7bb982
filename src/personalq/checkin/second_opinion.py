"""Meaning's second opinion on a finished select (round 22, rule meaning_doubts_a_select).

The reasoner reads a request word by word; on a repository nobody has tuned it for, one common
error is a confident select of a family the request only brushes against (a word of its card in
another sense). MiniLM reads the whole request at once. Its cosines with each family's closest
card, as a softmax beside a "none of them" option, are a probability per family; where it puts
another family of the same role (a subject for a subject, a look for a look) far ahead of the one
the reasoner selected, the user is asked between the two. A family of the other role is left
alone: meaning ranking a concept above the selected subject is what a composition looks like,
not a mix-up. Nor is a select the request names (trigger, whole name) or reaches through a
relation ("<name>'s cousin", "me"): one vector of the request leans to the person named.

The thresholds were swept on the decisions each held-out set got when it was new (heldout2-28)
and tested once on heldout29-34 (benchmarks/select/override_probe.py). The same sweep's other
half, a "none" selecting the family meaning is sure of, was tried and dropped: on the dev sets it
selected as many generic things ("a <kind> on a desk") as it rescued (select_round22_first.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from personalq.checkin.tuning import (OPINION_DOUBT, OPINION_DOUBTED, OPINION_NONE,
                                      OPINION_TEMPERATURE)


@dataclass(frozen=True)
class Opinion:
    """What meaning would change: "keep" or "clarify" [family, family]."""

    action: str
    families: tuple[str, ...] = ()


KEEP = Opinion("keep")
SPEAKER = frozenset({"i", "me", "myself"})  # the owner as the subject (Selector._reached_by_relation)


def probabilities(best: np.ndarray) -> np.ndarray:
    """Per family (best card cosine; -inf: no card) its probability, then "none of them" last."""
    logits = np.append(np.where(np.isfinite(best), best, -np.inf), OPINION_NONE) / OPINION_TEMPERATURE
    e = np.exp(logits - logits.max())
    return e / e.sum()


def opinion(action: str, chosen: list[str], keys: list[str], subject: np.ndarray,
            probs: np.ndarray) -> Opinion:
    """action / chosen: the decision's action and the families it selected; keys, subject: per
    family its key and whether it is a subject; probs: probabilities() of the request."""
    if not len(keys) or action != "select" or len(set(chosen)) != 1 or chosen[0] not in keys:
        return KEEP
    top = int(np.argmax(probs[:-1]))
    mine = keys.index(chosen[0])
    if top != mine and subject[top] == subject[mine] and probs[top] >= OPINION_DOUBT \
            and probs[mine] <= OPINION_DOUBTED:
        return Opinion("clarify", (keys[top], keys[mine]))
    return KEEP
