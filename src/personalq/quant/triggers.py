"""Multi-vector triggers in prompt text, with nothing but the tokenizer.

A textual inversion (or a DreamBooth with learned embeddings) of several vectors adds tokens
"<t>", "<t>_1", ... (diffusers' convention); the pipeline expands "<t>" in a prompt to all of
them. Code that tokenizes by itself (TAQ locating the trigger's positions, calibration) must
expand the same way, and a prompt already expanded must not be expanded twice. Lives in quant
(the lowest layer that needs it) so both quant and diffusion use it.
"""

from __future__ import annotations

import re


def multi_vector_triggers(tokenizer) -> list[str]:
    """The added tokens that have companions "<t>_1", ... in `tokenizer`."""
    added = getattr(tokenizer, "added_tokens_encoder", None) or {}
    return [t for t in added if f"{t}_1" in added]


def collapse(text: str, token: str) -> str:
    """'<t> <t>_1 <t>_2' -> '<t>'."""
    return re.sub(re.escape(token) + r"(?: " + re.escape(token) + r"_\d+)+", token, text)


def collapse_all(tokenizer, text: str) -> str:
    """Every expanded multi-vector trigger in `text` written back as its first token."""
    for token in multi_vector_triggers(tokenizer):
        text = collapse(text, token)
    return text


def expand_trigger(tokenizer, text: str) -> str:
    """Write each multi-vector trigger in `text` as all of its tokens ("<t>" -> "<t> <t>_1 ...");
    a trigger already expanded stays as it is."""
    added = getattr(tokenizer, "added_tokens_encoder", None) or {}
    for token in multi_vector_triggers(tokenizer):
        extra, i = [], 1
        while f"{token}_{i}" in added:
            extra.append(f"{token}_{i}")
            i += 1
        text = re.sub(re.escape(token) + r"(?![\w-])(?!_\d)", " ".join([token, *extra]),
                      collapse(text, token))
    return text
