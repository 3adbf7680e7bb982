"""Drawing a composition with each checkpoint in a guidance pass of its own.

WHY: measured on the world (`personalq bench compose`), a subject drawn in one UNet pass with a
style LoRA active and the style's words in the prompt loses its identity (the style's words and
its LoRA's text-encoder part pull the subject's tokens away), and without the words the style
LoRA draws little of its style. Composable diffusion (Liu et al. 2022) keeps the concepts apart:
each part of a composition — the subject's prompt through the subject's adapter, the style's
prompt through the style LoRA — gives its own guidance direction, and the directions add:

    eps = eps_1(x, "") + g * sum_i w_i * (eps_i(x, c_i) - eps_i(x, r_i))

`eps_i` is the UNet with part i's adapter (`BASE_ROW`: none, e.g. a DreamBooth's own UNet), `c_i`
its prompt, `r_i` what its direction starts from (the negative prompt; for a style drawn by
default, its own prompt less its trigger through no adapter, so that the direction carries the
style and not a second, generic copy of the subject); part 1 (the subject) anchors. All parts' rows go through the UNet as one batch per step, each row through
its own adapter (peft's mixed-adapter batches, mixed_lora.per_row_adapters). The adapters'
LoRA scales are what `set_adapters` last gave them (the per-adapter weights).

`Schedule` also names the other inference-time compositions `personalq bench compose` measured:
LoRA Switch and LoRA Composite (Zhong et al. 2024: one adapter per step in turn; every adapter's
guided noise averaged), timestep splits (the subject alone for the first steps, or the style
only in the first ones) and SDEdit (Meng et al. 2022): the subject drawn alone over every step,
then its drawing re-noised to a share of the schedule and that share redrawn with every part.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Callable, Sequence

from personalq.diffusion.compose import without_trigger, part_prompts
from personalq.diffusion.loading import plain_prompt
from personalq.diffusion.mixed_lora import BASE_ROW, per_row_adapters
from personalq.diffusion.state import Composed

if TYPE_CHECKING:
    import torch
    from diffusers import DiffusionPipeline

SCHEDULES = ("composable", "switch", "composite", "split", "early", "sdedit")


@dataclass(frozen=True)
class Part:
    """One checkpoint's share of a composition: its adapter and its prompt for each image."""

    adapter: str  # peft adapter name; mixed_lora.BASE_ROW: the UNet with no LoRA applied
    prompts: tuple[str, ...]
    weight: float = 1.0  # its guidance weight w_i
    reference: tuple[str, ...] | None = None  # what its direction starts from (None: the
    # negative prompts through its adapter; else these prompts through the reference adapter)
    reference_adapter: str | None = None


@dataclass(frozen=True)
class Schedule:
    """Which parts guide at each step. "composable": all, each with its weight; "composite":
    all, weights divided by their number; "switch": one part per step, in turn; "split":
    the first part alone for the first `split` share of the steps, then all; "early": all
    for the first `split` share, then the first part alone; "sdedit": the first part alone
    over every step, then its drawing re-noised to the last `split` share of the schedule
    (the strength) and those steps redrawn with all parts."""

    name: str = "composable"
    split: float = 0.0
    anchor: str = "first"  # "first": the first part's unconditional; "mean": every active part's

    def active(self, step: int, steps: int, parts: Sequence[Part]) -> list[tuple[int, float]]:
        """(part index, guidance weight) of the parts that guide step `step` of `steps`."""
        if self.name == "switch":
            return [(step % len(parts), 1.0)]
        if self.name == "split" and step < round(self.split * steps):
            return [(0, parts[0].weight)]
        if self.name == "early" and step >= round(self.split * steps):
            return [(0, parts[0].weight)]
        share = 1.0 / len(parts) if self.name == "composite" else 1.0
        return [(i, p.weight * share) for i, p in enumerate(parts)]


# What `generate` and the service draw a composition with (chosen by `personalq bench compose`,
# docs/generation.md): every part guides the first half of the steps (the style is decided in
# the early, noisy ones), the subject alone the rest; a style or concept part at STYLE_WEIGHT,
# its direction measured from its own prompt less its trigger drawn with no adapter, so that it
# carries the style alone and not a second, generic copy of the subject. Against every part on
# every step at style weight 0.5 it scored as well or better on every measure of both pairs
# (concept, style, paired) at 3/4 of the UNet rows.
SCHEDULE = Schedule("early", split=0.5)
SUBJECT_WEIGHT = 1.0
STYLE_WEIGHT = 1.0
STYLE_FROM_PLAIN = True


def parts_of(composition: Sequence[Composed], prompts: Sequence[str], *,
             subject_weight: float = SUBJECT_WEIGHT, style_weight: float = STYLE_WEIGHT,
             style_from_plain: bool = STYLE_FROM_PLAIN) -> list[Part]:
    """The guidance parts of a composition for one prompt per image (each part's prompt keeps
    its own trigger only: compose.part_prompts)."""
    texts = list(zip(*[part_prompts(tuple(composition), p) for p in prompts]))
    parts = []
    for c, own in zip(composition, texts):
        if c.kind not in ("style", "concept"):
            parts.append(Part(c.adapter, tuple(own), subject_weight))
        elif style_from_plain:
            plain = tuple(without_trigger(t, c.trigger) for t in own)
            parts.append(Part(c.adapter, tuple(own), style_weight, plain, BASE_ROW))
        else:
            parts.append(Part(c.adapter, tuple(own), style_weight))
    return parts


def draw_composition(pipe: "DiffusionPipeline", composition: Sequence[Composed],
                     prompts: Sequence[str], seeds: Sequence[int], **settings) -> list:
    """`generate_batch` for a pipeline with a composition applied: the parts of `parts_of`
    under SCHEDULE (`settings`: those of draw_composed)."""
    return draw_composed(pipe, parts_of(composition, prompts), seeds,
                         schedule=settings.pop("schedule", SCHEDULE), **settings)


def draw_composed(pipe: "DiffusionPipeline", parts: Sequence[Part], seeds: Sequence[int], *,
                  steps: int, guidance_scale: float, height: int | None = None,
                  width: int | None = None, negative_prompts: Sequence[str] | None = None,
                  schedule: Schedule = Schedule(), output_type: str = "pil",
                  on_step: Callable[[int], None] | None = None) -> list:
    """One image per seed (its own CPU generator, as `generate_batch` draws its noise), each
    part of the composition guiding through its own adapter (module docstring). `on_step(i)`
    runs after denoising step i, as in generate_batch (progress; it may raise to stop)."""
    import torch

    if schedule.name not in SCHEDULES:
        raise ValueError(f"unknown schedule {schedule.name!r}; one of {SCHEDULES}")
    n = len(seeds)
    if not parts or any(len(p.prompts) != n for p in parts):
        raise ValueError("every part needs one prompt per seed")
    height = height or pipe.unet.config.sample_size * pipe.vae_scale_factor
    width = width or pipe.unet.config.sample_size * pipe.vae_scale_factor
    generators = [torch.Generator("cpu").manual_seed(int(s)) for s in seeds]
    with torch.inference_mode():
        cond, uncond = _encode(pipe, parts, negative_prompts or [""] * n)
        latents = pipe.prepare_latents(n, pipe.unet.config.in_channels, height, width,
                                       cond[0].dtype, pipe._execution_device, generators)
        run = _Run(pipe, parts, cond, uncond, guidance_scale, schedule,
                   pipe.prepare_extra_step_kwargs(generators, 0.0), steps, on_step)
        if schedule.name == "sdedit":
            latents = _sdedit(run, latents, generators)
        else:
            latents = _denoise(run, latents, 0)
        image = pipe.vae.decode(latents / pipe.vae.config.scaling_factor, return_dict=False,
                                generator=generators)[0]
        return list(pipe.image_processor.postprocess(image, output_type=output_type))


@dataclass(frozen=True)
class _Run:
    """What every denoising step of one draw_composed call shares."""

    pipe: "DiffusionPipeline"
    parts: Sequence[Part]
    cond: list
    uncond: list
    guidance_scale: float
    schedule: Schedule
    extra: dict
    steps: int
    on_step: Callable[[int], None] | None
    done: int = 0  # steps already run by an earlier phase (SDEdit), for on_step's count
    total: int = 0  # steps of every phase together (0: `steps`)


def _denoise(run: _Run, latents, start: int):
    """Steps `start`.. of the schedule from `latents`; `on_step` gets the step's index scaled
    to `steps` (an SDEdit draw runs more than `steps` UNet steps in all)."""
    pipe = run.pipe
    pipe.scheduler.set_timesteps(run.steps, device=pipe._execution_device)
    if hasattr(pipe.scheduler, "set_begin_index"):  # multistep schedulers keep a step index
        pipe.scheduler.set_begin_index(start * pipe.scheduler.order)
    total = run.total or run.steps
    for i, t in enumerate(pipe.scheduler.timesteps[start * pipe.scheduler.order:], start):
        active = run.schedule.active(i, run.steps, run.parts)
        noise = _guided_noise(pipe, run.parts, active, latents, t, run.cond, run.uncond,
                              run.guidance_scale, run.schedule)
        latents = pipe.scheduler.step(noise, t, latents, **run.extra, return_dict=False)[0]
        if run.on_step is not None:
            run.on_step(-(-(run.done + i - start + 1) * run.steps // total) - 1)
    return latents


def _sdedit(run: _Run, latents, generators):
    """The first part alone over every step; its result re-noised to step `start` (the last
    `split` share of the schedule left) and redrawn from there with every part."""
    from diffusers.utils.torch_utils import randn_tensor

    redraw = round(run.schedule.split * run.steps)
    start = run.steps - redraw
    total = run.steps + redraw
    alone = replace(run, schedule=Schedule("split", split=1.0), total=total)
    clean = _denoise(alone, latents, 0)
    if redraw == 0:
        return clean
    noise = randn_tensor(clean.shape, generator=generators, device=clean.device,
                         dtype=clean.dtype)
    t = run.pipe.scheduler.timesteps[start * run.pipe.scheduler.order]
    noisy = run.pipe.scheduler.add_noise(clean, noise, t.reshape(1))
    both = replace(run, schedule=Schedule("composable", anchor=run.schedule.anchor),
                   done=run.steps, total=total)
    return _denoise(both, noisy, start)


def _encode(pipe, parts: Sequence[Part], negatives: Sequence[str]):
    """Each part's prompt and negative prompt encoded through its adapter's text-encoder part."""
    cond, uncond = [], []
    for part in parts:
        with per_row_adapters(pipe, [part.adapter] * len(part.prompts)):
            c, u = pipe.encode_prompt([plain_prompt(pipe, p) for p in part.prompts],
                                      pipe._execution_device, 1, part.reference is None,
                                      negative_prompt=list(negatives))
        if part.reference is not None:  # in place of the negative prompt
            with per_row_adapters(pipe, [_ref_adapter(part)] * len(part.prompts)):
                u = pipe.encode_prompt([plain_prompt(pipe, p) for p in part.reference],
                                       pipe._execution_device, 1, False)[0]
        cond.append(c)
        uncond.append(u)
    return cond, uncond


def _ref_adapter(part: Part) -> str:
    return part.adapter if part.reference_adapter is None else part.reference_adapter


def _guided_noise(pipe, parts, active, latents, t, cond, uncond, guidance_scale: float,
                  schedule: Schedule):
    """One UNet call for the rows of every active part: [its unconditional, its conditional]
    per part, each through the part's adapter; their guided combination."""
    import torch

    n = latents.shape[0]
    x = pipe.scheduler.scale_model_input(torch.cat([latents] * (2 * len(active))), t)
    emb = torch.cat([e for i, _ in active for e in (uncond[i], cond[i])])
    names = [a for i, _ in active for a in [_ref_adapter(parts[i])] * n + [parts[i].adapter] * n]
    with per_row_adapters(pipe, names):
        eps = pipe.unet(x, t, encoder_hidden_states=emb, return_dict=False)[0]
    eps = eps.view(len(active), 2, n, *eps.shape[1:])
    anchor = eps[:, 0].mean(0) if schedule.anchor == "mean" else eps[0, 0]
    direction = sum(w * (eps[k, 1] - eps[k, 0]) for k, (_, w) in enumerate(active))
    return anchor + guidance_scale * direction
