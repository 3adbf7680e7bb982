"""Generation: load a base pipeline (SD1.5- or SDXL-shaped), apply a personalized checkpoint
(LoRA hot-swap, DreamBooth UNet, textual inversion), generate an image.

These modules import torch and diffusers only inside their functions, so importing
`personalq.diffusion` (and the CLI's help) stays fast.
"""

from __future__ import annotations

from personalq.diffusion.generate import generate
from personalq.diffusion.loading import apply_checkpoint, load_base, reset_to_base

__all__ = ["load_base", "apply_checkpoint", "reset_to_base", "generate"]
