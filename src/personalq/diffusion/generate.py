"""Generate one image: same pipeline + prompt + seed -> the same image.

WHY a CPU generator: the initial latent noise is drawn on the CPU whatever device the model runs
on, so a seed means the same noise on every machine (a CUDA generator draws different numbers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from personalq.diffusion.loading import _front_matter, plain_prompt
from personalq.diffusion.state import state_of

if TYPE_CHECKING:
    from diffusers import DiffusionPipeline
    from PIL import Image

# The world's own sampling settings (world/preview.py); a base folder can declare others.
DEFAULT_STEPS = 20
DEFAULT_GUIDANCE = 5.0


def base_defaults(pipe: "DiffusionPipeline") -> dict:
    """Sampling defaults the base folder declares in its README front matter
    (`num_inference_steps`, `guidance_scale`), else DEFAULT_STEPS / DEFAULT_GUIDANCE."""
    meta = _front_matter(state_of(pipe).base_dir / "README.md")
    out = {"steps": DEFAULT_STEPS, "guidance_scale": DEFAULT_GUIDANCE}
    try:
        if "num_inference_steps" in meta:
            out["steps"] = int(meta["num_inference_steps"])
        if "guidance_scale" in meta:
            out["guidance_scale"] = float(meta["guidance_scale"])
    except ValueError:
        pass
    return out


def generate(pipe: "DiffusionPipeline", prompt: str, *, seed: int, steps: int | None = None,
             height: int | None = None, width: int | None = None,
             guidance_scale: float | None = None,
             negative_prompt: str | None = None) -> "Image.Image":
    """Run the pipeline once and return a PIL image. height/width default to the base's native
    size (unet sample_size x VAE scale); steps/guidance to the base's declared defaults."""
    import torch

    defaults = base_defaults(pipe)
    generator = torch.Generator("cpu").manual_seed(int(seed))
    with torch.inference_mode():
        result = pipe(
            prompt=plain_prompt(pipe, prompt),
            negative_prompt=negative_prompt,
            num_inference_steps=int(steps or defaults["steps"]),
            guidance_scale=defaults["guidance_scale"] if guidance_scale is None else guidance_scale,
            height=height,
            width=width,
            generator=generator,
            output_type="pil",
        )
    return result.images[0]
