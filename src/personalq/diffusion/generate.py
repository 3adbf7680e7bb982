"""Generate one image: same pipeline + prompt + seed -> the same image.

WHY a CPU generator: the initial latent noise is drawn on the CPU whatever device the model runs
on, so a seed means the same noise on every machine (a CUDA generator draws different numbers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Sequence

from personalq.diffusion.composable import draw_composition
from personalq.diffusion.loading import _front_matter, plain_prompt
from personalq.diffusion.mixed_rows import RowGroup, generate_routed
from personalq.diffusion.state import find_state, state_of

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
    return generate_batch(pipe, [prompt], [seed], steps=steps, height=height, width=width,
                          guidance_scale=guidance_scale, negative_prompts=[negative_prompt])[0]


def generate_batch(pipe: "DiffusionPipeline", prompts: list[str], seeds: list[int], *,
                   steps: int | None = None, height: int | None = None,
                   width: int | None = None, guidance_scale: float | None = None,
                   negative_prompts: list[str | None] | None = None,
                   groups: "Sequence[RowGroup] | None" = None,
                   on_step: Callable[[int], None] | None = None) -> list["Image.Image"]:
    """Several images in one pipeline call (one tensor batch through the UNet per step), each
    from its own seed: image i is the one `generate(pipe, prompts[i], seed=seeds[i])` draws,
    because each sample's initial noise comes from its own CPU generator. `groups` (a mixed
    batch, `pipe` the base): which pipeline draws each run of consecutive images
    (mixed_rows.py). `on_step(i)` runs after denoising step i (it may raise to stop the call).
    A pipeline with a composition applied (`state.composition`: a subject with a style or
    concept LoRA, on a float SD1.5-style UNet) draws it with each checkpoint in its own guidance pass
    (composable.py)."""
    import torch

    if len(prompts) != len(seeds):
        raise ValueError("one seed per prompt")
    defaults = base_defaults(pipe)
    generators = [torch.Generator("cpu").manual_seed(int(s)) for s in seeds]
    negatives = None
    if negative_prompts is not None and any(n for n in negative_prompts):
        negatives = [n or "" for n in negative_prompts]
    call = dict(num_inference_steps=int(steps or defaults["steps"]), height=height, width=width,
                guidance_scale=defaults["guidance_scale"] if guidance_scale is None
                else guidance_scale)
    state = find_state(pipe)
    # composable guidance encodes each part with one text encoder (SD1.5-style); an SDXL
    # pipeline (two encoders, pooled embeddings) still draws a composition in one pass
    if groups is None and state is not None and len(state.composition) > 1 \
            and state.quantization is None and getattr(pipe, "text_encoder_2", None) is None:
        return draw_composition(pipe, state.composition, prompts, seeds,
                                steps=call["num_inference_steps"],
                                guidance_scale=call["guidance_scale"], height=height, width=width,
                                negative_prompts=negatives, on_step=on_step)
    callback = None if on_step is None else (lambda _pipe, i, _t, tensors: on_step(i) or tensors)
    if groups is not None:
        return generate_routed(pipe, groups, prompts, generators, negatives, callback, **call)
    with torch.inference_mode():
        result = pipe(prompt=[plain_prompt(pipe, p) for p in prompts], negative_prompt=negatives,
                      generator=generators, output_type="pil", callback_on_step_end=callback,
                      **call)
    return list(result.images)
