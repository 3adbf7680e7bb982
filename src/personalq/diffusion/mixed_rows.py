"""Requests for different UNets drawn in one pipeline call: DreamBooth checkpoints (each its own
UNet and text encoder) beside requests on the base (each row through its own LoRA, or none).
Each group of rows is encoded by its own pipeline's text encoder and goes through its own UNet
at every denoising step; the scheduler steps, the VAE decode and the pipeline's per-call work
are shared by the whole batch.

WHY: a service's queue at modest concurrency rarely holds two requests for one DreamBooth
checkpoint (`personalq bench serve --batching`: 39% of the world's mix is DreamBooth requests
over three UNets), so batching only identical requests leaves them one call each, and a call has
a fixed cost that does not grow with the batch. On the world a UNet forward is near linear in
its rows (about 26 ms for one image's two CFG rows, 77 ms for eight rows on one CPU thread), so
looping over the groups' UNets inside one call costs little more than one batched UNet would;
running the stacked weights of several UNets under `torch.func.vmap` measured ~1.9x slower than
that loop on this CPU, so the loop is what is used.

Each row draws what its pipeline draws alone (same text encoder, same UNet, same seed's noise):
tests/test_serve_batching.py checks every image within 1/255.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable, Sequence

import torch

from personalq.diffusion.loading import plain_prompt
from personalq.diffusion.mixed_lora import BASE_ROW, TEXT_MODELS, per_row_adapters
from personalq.diffusion.pipeline import pipeline_like
from personalq.diffusion.state import state_of

if TYPE_CHECKING:
    from diffusers import DiffusionPipeline


@dataclass
class RowGroup:
    """Consecutive images of a mixed batch that one pipeline draws: the base (each row through
    the LoRA named in `adapters`, `BASE_ROW`: none) or a DreamBooth pipeline (all `BASE_ROW`)."""

    pipe: "DiffusionPipeline"
    adapters: list[str]  # one per image


class RoutedUNet(torch.nn.Module):
    """Stands in for the base's UNet during one call: the rows of each group (in both halves of a
    classifier-free-guidance batch) go through that group's UNet. Configuration, device and dtype
    are the base UNet's (every group's UNet has the base's architecture)."""

    def __init__(self, unet: torch.nn.Module):
        super().__init__()
        self.base = unet
        self.routes: list[tuple[torch.nn.Module, int]] = []  # (UNet, images) per group, in order

    @property
    def config(self):
        return self.base.config

    @property
    def dtype(self) -> torch.dtype:
        return self.base.dtype

    @property
    def device(self) -> torch.device:
        # the first parameter's: diffusers' `ModelMixin.device` first walks every module
        # looking for group-offloading hooks (~14 ms on the world's UNet with its LoRAs)
        return next(self.base.parameters()).device

    def forward(self, sample: torch.Tensor, timestep, encoder_hidden_states: torch.Tensor,
                *args, **kwargs) -> tuple[torch.Tensor]:
        images = sum(n for _, n in self.routes)
        out, start = None, 0
        for unet, n in self.routes:
            rows = torch.cat([torch.arange(start, start + n) + half * images
                              for half in range(sample.shape[0] // images)])
            extra = {k: _rows_of(v, rows, sample.shape[0]) for k, v in kwargs.items()}
            noise = unet(sample[rows], timestep, encoder_hidden_states[rows], *args, **extra)[0]
            if out is None:
                out = noise.new_empty((sample.shape[0], *noise.shape[1:]))
            out[rows] = noise
            start += n
        return (out,)


def _rows_of(value: Any, rows: torch.Tensor, batch: int) -> Any:
    """A UNet keyword argument for some rows: per-row tensors (and dicts of them) sliced."""
    if isinstance(value, torch.Tensor) and value.dim() and value.shape[0] == batch:
        return value[rows]
    if isinstance(value, dict):
        return {k: _rows_of(v, rows, batch) for k, v in value.items()}
    return value


def routed_pipeline(base: "DiffusionPipeline") -> "DiffusionPipeline":
    """The base's modules with a RoutedUNet in place of its UNet (made once per base)."""
    state = state_of(base)
    pipe = state.routed
    if pipe is None or pipe.unet.base is not base.unet:
        pipe = pipeline_like(base, {**base.components, "unet": RoutedUNet(base.unet)})
        state.routed = pipe
    return pipe


def _text_models(pipe) -> tuple:
    """What encodes a pipeline's prompts: pipelines with the same ones encode alike."""
    return tuple(id(getattr(pipe, name, None)) for name in
                 ("tokenizer", "text_encoder", "tokenizer_2", "text_encoder_2"))


def _unit_weights(adapters: Sequence[str]) -> dict[str, float]:
    """Every row of a mixed batch draws its LoRA at weight 1.0 (weighted requests are drawn
    alone), whatever scale `set_adapters` last gave it."""
    return {name: 1.0 for name in adapters if name != BASE_ROW}


def encode_groups(groups: Sequence[RowGroup], prompts: list[str],
                  negatives: list[str] | None, cfg: bool,
                  device: torch.device) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Prompt embeddings of every row, each group's by its own pipeline's text encoder (its LoRA
    rows through their adapters), as that pipeline's own call would encode them. Consecutive
    groups on the same text encoder (the base's LoRA rows and DreamBooths that ship none) are
    encoded in one call, their negative prompts in the same batch (`encode_prompt` encodes a
    negative prompt as it does a prompt: same padding, same length)."""
    runs: list[list[tuple[RowGroup, int]]] = []
    start = 0
    for group in groups:
        if not runs or _text_models(runs[-1][0][0].pipe) != _text_models(group.pipe):
            runs.append([])
        runs[-1].append((group, start))
        start += len(group.adapters)
    positive, negative = [], []
    for run in runs:
        pipe, texts, names = run[0][0].pipe, [], []
        for group, first in run:
            stop = first + len(group.adapters)
            texts += [plain_prompt(group.pipe, p) for p in prompts[first:stop]]
            names += group.adapters
        rows = len(texts)
        if cfg:
            stop = run[-1][1] + len(run[-1][0].adapters)
            texts += negatives[run[0][1]:stop] if negatives else [""] * rows
        with torch.inference_mode(), per_row_adapters(pipe, names, TEXT_MODELS,
                                                      _unit_weights(names)):
            embeds = pipe.encode_prompt(texts, device, 1, False)[0]
        positive.append(embeds[:rows])
        negative.append(embeds[rows:])
    return torch.cat(positive), torch.cat(negative) if cfg else None


def generate_routed(base: "DiffusionPipeline", groups: Sequence[RowGroup], prompts: list[str],
                    generators: list[torch.Generator], negatives: list[str] | None,
                    on_step: Callable | None, **call: Any) -> list:
    """One pipeline call drawing `prompts` (in group order) through their groups' pipelines;
    `call`: the pipeline's other arguments (steps, guidance_scale, height, width)."""
    pipe = routed_pipeline(base)
    cfg = call["guidance_scale"] > 1
    embeds, negative_embeds = encode_groups(groups, prompts, negatives, cfg, pipe.unet.device)
    pipe.unet.routes = [(g.pipe.unet, len(g.adapters)) for g in groups]
    try:
        with ExitStack() as stack, torch.inference_mode():
            for group in groups:
                stack.enter_context(per_row_adapters(group.pipe, group.adapters, ("unet",),
                                                     _unit_weights(group.adapters)))
            result = pipe(prompt_embeds=embeds, negative_prompt_embeds=negative_embeds,
                          generator=generators, output_type="pil",
                          callback_on_step_end=on_step, **call)
    finally:
        pipe.unet.routes = []
    return list(result.images)
