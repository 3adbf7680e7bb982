"""Composing checkpoints in one image: a subject (a DreamBooth UNet or a LoRA) with a style or
concept LoRA on top, or several LoRAs, each with its own weight.

LoRAs are separate adapters active together (diffusers' `set_adapters` with per-adapter
weights); on a DreamBooth the LoRA loads onto the DreamBooth's own UNet. `composition_weights`
is the default weight per LoRA when nobody gives one (docs/generation.md has the measurements
that chose them: `personalq bench compose`).
"""

from __future__ import annotations

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
