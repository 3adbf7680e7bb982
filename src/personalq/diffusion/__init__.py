"""Generation: load a base pipeline (SD1.5- or SDXL-shaped), apply a personalized checkpoint
(LoRA hot-swap, DreamBooth UNet, textual inversion), generate an image.

`pipeline.build_pipeline` is the one place that assembles a pipeline (base + checkpoints +
a quantized UNet) and returns it with its `PipeState`.
"""

from __future__ import annotations

from personalq.diffusion.generate import generate
from personalq.diffusion.loading import (apply_checkpoint, apply_checkpoints, load_base,
                                         reset_to_base)
from personalq.diffusion.pipeline import build_pipeline, protect_trigger
from personalq.diffusion.state import PipeState, state_of

__all__ = ["build_pipeline", "protect_trigger", "PipeState", "state_of", "load_base",
           "apply_checkpoint", "apply_checkpoints", "reset_to_base", "generate"]
