"""Composing checkpoints in one image: a subject (a DreamBooth UNet or a LoRA) with a style or
concept LoRA on top, or several LoRAs, each with its own weight.

LoRAs are separate adapters active together (diffusers' `set_adapters` with per-adapter
weights); on a DreamBooth the LoRA loads onto the DreamBooth's own UNet. `composition_weights`
is the default weight per LoRA when nobody gives one (docs/generation.md has the measurements
that chose them: `personalq bench compose`).
"""

from __future__ import annotations

import re

from personalq.errors import PersonalQError

# One LoRA alone draws at full weight; composed, each LoRA is scaled by this so that deltas
# that push the same way (e.g. each LoRA's own darkening of the whole picture) do not add up.
COMPOSED_WEIGHT = 1.0


def composition_weights(n_loras: int, composed: bool) -> list[float]:
    """Default weights of `n_loras` LoRAs; `composed`: they share the image with another
    checkpoint (a DreamBooth subject or other LoRAs)."""
    return [COMPOSED_WEIGHT if composed else 1.0] * n_loras


def check_weights(weights, n_loras: int) -> list[float]:
    """One weight per LoRA, as floats; a clear error otherwise."""
    weights = list(weights)
    if len(weights) != n_loras:
        raise PersonalQError(f"{len(weights)} adapter weight(s) for {n_loras} LoRA "
                             "checkpoint(s)", "give one weight per LoRA, in the order given",
                             status=422)
    try:
        out = [float(w) for w in weights]
    except (TypeError, ValueError):
        raise PersonalQError(f"adapter weights must be numbers, got {weights}",
                             status=422) from None
    if any(not -4.0 <= w <= 4.0 for w in out):
        raise PersonalQError(f"adapter weights {out} are out of range", "use -4..4 (1.0 is "
                             "the LoRA as trained)", status=422)
    return out


# Measured on the shipped world (docs/generation.md, `personalq bench compose`): with a LoRA
# subject, a style's trigger words in the prompt cost the subject its identity (its LoRA never
# saw them) and darken the picture, while the style LoRA applies its look as an adapter without
# them: the trigger is left out. On a DreamBooth subject the style LoRA draws nothing of its
# style without its words (style accuracy 0.00): there the trigger stays.
KEEP_STYLE_TRIGGERS = False


def compose_prompt(prompt: str, cards, *, keep_style_triggers: bool | None = None) -> str:
    """The prompt a composition draws with: `prompt` (as Check-in rewrote it, with every
    trigger) less the triggers of style LoRAs composed with a LoRA subject, unless kept.
    `keep_style_triggers` True / False overrides that rule for any subject."""
    keep = KEEP_STYLE_TRIGGERS if keep_style_triggers is None else keep_style_triggers
    cards = [c for c in cards if c is not None]
    subjects = [c for c in cards if getattr(c, "kind", "") != "style"  # an explicit choice: any
                and (keep_style_triggers is not None or (c.format or "lora") == "lora")]
    styles = [c for c in cards if getattr(c, "kind", "") == "style" and c.trigger
              and (c.format or "lora") == "lora"]
    if keep or not subjects or not styles:
        return prompt
    for card in styles:
        prompt = _without_trigger(prompt, card.trigger)
    return prompt


def _without_trigger(prompt: str, trigger: str) -> str:
    """`prompt` without `trigger` and the words that only frame it ("in <t> style",
    "<t> style,"), with the spacing and punctuation left tidy."""
    t = re.escape(trigger)
    for pattern in (rf"\s*\b(?:in|with)\s+(?:the\s+)?{t}\s+style\b", rf"{t}\s+style\s*,?\s*",
                    rf"\s*{t}"):
        prompt = re.sub(pattern, "", prompt, flags=re.I)
    return re.sub(r"\s{2,}", " ", prompt).strip(" ,")
