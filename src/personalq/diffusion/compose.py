"""Composing checkpoints in one image: a subject (a DreamBooth UNet or a LoRA) with a style or
concept LoRA on top, or several LoRAs, each with its own weight.

LoRAs are separate adapters (diffusers' `set_adapters` with per-adapter weights: each LoRA's
scale); on a DreamBooth the LoRA loads onto the DreamBooth's own UNet. `composition_of` names
the parts that `generate_batch` then draws each in its own guidance pass (composable.py),
`part_prompts` the prompt each part sees. `composition_weights` is the default weight per LoRA
when nobody gives one (docs/generation.md has the measurements: `personalq bench compose`).
"""

from __future__ import annotations

import re

from personalq.diffusion.mixed_lora import BASE_ROW
from personalq.diffusion.state import Composed
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


def compose_prompt(prompt: str, cards, *, keep_style_triggers: bool) -> str:
    """The one prompt a one-pass composition (every adapter active in one UNet pass) draws
    with: `prompt` less the style LoRAs' triggers unless kept. Generation no longer draws that
    way (each checkpoint guides in its own pass with its own words: composable.py); `personalq
    bench compose` measures it as the baseline."""
    styles = [c for c in cards if c is not None and getattr(c, "kind", "") == "style"
              and c.trigger and (c.format or "lora") == "lora"]
    if keep_style_triggers or len(styles) == len([c for c in cards if c is not None]):
        return prompt
    for card in styles:
        prompt = without_trigger(prompt, card.trigger)
    return prompt


def without_trigger(prompt: str, trigger: str) -> str:
    """`prompt` without `trigger` and the words that only frame it ("in <t> style",
    "<t> style,"), with the spacing and punctuation left tidy."""
    t = re.escape(trigger)
    for pattern in (rf"\s*\b(?:in|with)\s+(?:the\s+)?{t}\s+style\b", rf"{t}\s+style\s*,?\s*",
                    rf"\s*{t}"):
        prompt = re.sub(pattern, "", prompt, flags=re.I)
    return re.sub(r"\s{2,}", " ", prompt).strip(" ,")


def composition_of(cards, adapters: dict[str, str]) -> tuple[Composed, ...]:
    """The parts a composed draw guides with: every card with weights (`adapters`: the adapter
    name of each LoRA by checkpoint id; others draw through no adapter), subjects first (the
    first part's unconditional prediction anchors the guidance). Fewer than two: ()."""
    cards = [c for c in cards if c is not None and c.path]
    if len(cards) < 2:
        return ()
    parts = [Composed(c.id, c.trigger or "", adapters.get(c.id, BASE_ROW), c.kind or "subject")
             for c in cards]
    return tuple(sorted(parts, key=lambda p: p.kind in ("style", "concept")))


def part_prompts(composition: tuple[Composed, ...], prompt: str) -> list[str]:
    """Each part's prompt: `prompt` less the other parts' triggers ("a <bruno> teddy bear in
    <sepo-style> style" -> "a <bruno> teddy bear" and "a teddy bear in <sepo-style> style")."""
    out = []
    for part in composition:
        text = prompt
        for other in composition:
            if other is not part and other.trigger:
                text = without_trigger(text, other.trigger)
        out.append(text)
    return out
