"""Calibration: what activations look like, so static ranges and weight rounding can be fitted.

Two steps, kept apart so one calibration serves every method:
1. `collect_unet_inputs(pipe, prompts)` runs the float pipeline over N prompts (64 by default,
   some with the checkpoint's trigger) and keeps the UNet's inputs at a few timesteps spread
   over the schedule (Q-Diffusion's timestep-aware calibration), plus each batch row's trigger
   token positions.
2. `collect_stats(unet, samples)` replays those inputs through the float UNet with hooks and
   keeps, per Linear/Conv2d input: a random subsample of values (clipping search), a subsample
   of token rows (per-token clipping ratio), the per-channel absolute max (SmoothQuant), and the
   input Hessian X^T X (GPTQ); per attention block: its Q/K/V and probability operands, and for
   cross-attention the text K/V rows and probability columns with their token positions, so a
   method can leave protected positions out of the ranges.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import torch
import torch.nn.functional as F
from torch import nn
from tqdm import tqdm

from personalq.quant.taq import QuantAttnProcessor, prompt_trigger_positions

SUBJECTS = ["a dog", "a cat", "a teddy bear", "a red car", "a house", "a flower", "a man",
            "a woman", "a toy robot", "a bird", "a tree", "a mountain", "a cup", "a chair",
            "a boat", "a horse"]
SCENES = ["on the beach", "in a forest", "in the snow", "in a city street", "in a room",
          "on a table", "in a park", "at night", "at sunset", "by a river"]
STYLES = ["a photo of", "a painting of", "a watercolor of", "a sketch of"]


def default_calibration_prompts(n: int = 64, trigger: str | None = None,
                                class_noun: str = "toy") -> list[tuple[str, str | None]]:
    """n (prompt, trigger-or-None) pairs from subject x scene x style templates; with a trigger,
    every other prompt mentions it ("a photo of <trigger> toy in the snow")."""
    out: list[tuple[str, str | None]] = []
    for i in range(n):
        style, scene = STYLES[i % len(STYLES)], SCENES[(i // 2) % len(SCENES)]
        if trigger and i % 2 == 0:
            out.append((f"{style} {trigger} {class_noun} {scene}", trigger))
        else:
            out.append((f"{style} {SUBJECTS[i % len(SUBJECTS)]} {scene}", None))
    return out


@dataclass
class CalibSample:
    """One recorded UNet call: its forward arguments, the trigger positions of each batch row
    ([] for rows without one, e.g. the unconditional half of classifier-free guidance), and a
    group id shared by samples with the same text (text statistics are taken once per group)."""

    args: tuple
    kwargs: dict
    positions: list[list[int]]
    group: int


@torch.no_grad()
def collect_unet_inputs(pipe, prompts: list[tuple[str, str | None]] | list[str], *,
                        steps: int = 8, timesteps: int = 3, batch_size: int = 8, seed: int = 0,
                        guidance_scale: float = 7.5, height: int | None = None,
                        width: int | None = None, progress: bool = True) -> list[CalibSample]:
    """Run the float pipeline over `prompts` and keep the UNet inputs at `timesteps` steps
    spread over a `steps`-step schedule."""
    pairs = [(p, None) if isinstance(p, str) else (p[0], p[1]) for p in prompts]
    keep_steps = sorted({round(i * (steps - 1) / max(timesteps - 1, 1)) for i in range(timesteps)})
    samples: list[CalibSample] = []
    state = {"step": 0, "positions": [], "group": 0}

    def hook(module, args, kwargs):
        if state["step"] in keep_steps:
            samples.append(CalibSample(
                args=tuple(_detach(a) for a in args),
                kwargs={k: _detach(v) for k, v in kwargs.items()
                        if k in ("encoder_hidden_states", "added_cond_kwargs", "timestep_cond",
                                 "timestep", "sample")},
                positions=state["positions"], group=state["group"]))
        state["step"] += 1

    handle = pipe.unet.register_forward_pre_hook(hook, with_kwargs=True)
    try:
        batches = [pairs[i:i + batch_size] for i in range(0, len(pairs), batch_size)]
        for b, batch in enumerate(tqdm(batches, desc="calibration prompts", disable=not progress)):
            texts = [p for p, _ in batch]
            pos = [prompt_trigger_positions(pipe.tokenizer, p, t) if t else [] for p, t in batch]
            state.update(step=0, group=b,
                         positions=([[] for _ in batch] + pos) if guidance_scale > 1 else pos)
            pipe(texts, num_inference_steps=steps, guidance_scale=guidance_scale,
                 generator=torch.Generator().manual_seed(seed + b), output_type="latent",
                 height=height, width=width)
    finally:
        handle.remove()
    return samples


def _detach(v):
    if isinstance(v, torch.Tensor):
        return v.detach().clone()
    if isinstance(v, dict):
        return {k: _detach(x) for k, x in v.items()}
    return v


# ----------------------------------------------------------------------------- statistics


@dataclass
class LayerStats:
    """Input statistics of one Linear/Conv2d."""

    values: list = field(default_factory=list)  # random subsamples of input values
    rows: list = field(default_factory=list)  # random token rows (C,) for per-token clipping
    absmax: torch.Tensor | None = None  # per input channel
    hessian: torch.Tensor | None = None  # sum of x x^T over (unfolded) input rows
    n_rows: int = 0

    def value_sample(self) -> torch.Tensor:
        return torch.cat(self.values)

    def row_sample(self) -> torch.Tensor:
        return torch.cat(self.rows)


@dataclass
class AttnStats:
    """Operands of one attention block's matmuls (float run)."""

    values: dict = field(default_factory=lambda: {"q": [], "k": [], "v": [], "probs": []})
    rows: dict = field(default_factory=lambda: {"q": [], "k": [], "v": []})  # token rows (n, C)
    text: list = field(default_factory=list)  # (K (B,L,C), V (B,L,C), positions per row)
    cross_probs: list = field(default_factory=list)  # (probs (B,heads,Lq',L), positions)


@dataclass
class CalibStats:
    layers: dict[str, LayerStats]
    attn: dict[str, AttnStats]
    samples: list[CalibSample]


MAX_VALUES_PER_CALL = 4096
MAX_ROWS_PER_CALL = 64
MAX_HESSIAN_ROWS_PER_CALL = 2048
MAX_HESSIAN_DIM = 4608  # beyond this a layer falls back to round-to-nearest (memory)


def _rand_subset(n: int, k: int, gen: torch.Generator) -> torch.Tensor:
    """k random indices below n (with replacement: randperm of millions of values is slow)."""
    return torch.randint(0, n, (k,), generator=gen) if n > k else torch.arange(n)


def quantizable_layers(unet: nn.Module, skip: tuple[str, ...] = ()) -> dict[str, nn.Module]:
    """Every Linear / Conv2d of the UNet by name, minus `skip` (exact names)."""
    return {name: m for name, m in unet.named_modules()
            if isinstance(m, (nn.Linear, nn.Conv2d)) and type(m) in (nn.Linear, nn.Conv2d)
            and name not in skip}


@torch.no_grad()
def collect_stats(unet: nn.Module, samples: list[CalibSample], *, hessian: bool = True,
                  progress: bool = True, seed: int = 0, attention: bool = True) -> CalibStats:
    """Replay `samples` through the float `unet` and gather the statistics (module docstring).
    `attention=False` records no attention operands (methods that leave attention in float):
    the attention then runs fused, never materialising its probability matrix, which at SD
    scale (4096 tokens) is the largest transient of calibration."""
    gen = torch.Generator().manual_seed(seed)  # one stream for every hook, in call order
    layers = quantizable_layers(unet)
    lstats = {name: LayerStats() for name in layers}
    astats: dict[str, AttnStats] = {}
    current: dict = {"positions": [], "group": -1}  # the sample being replayed
    saved_procs = {}
    for name, module in unet.named_modules():
        if type(module).__name__ == "Attention" and attention:
            saved_procs[name] = module.processor
            recorder = _attn_recorder(astats.setdefault(name, AttnStats()), module, current, gen)
            module.set_processor(QuantAttnProcessor(recorder=recorder))
    handles = [module.register_forward_pre_hook(_layer_hook(lstats[name], hessian, gen))
               for name, module in layers.items()]
    try:
        for s in tqdm(samples, desc="calibration stats", disable=not progress):
            current.update(positions=s.positions, group=s.group)
            unet(*s.args, **s.kwargs)
    finally:
        for h in handles:
            h.remove()
        modules = dict(unet.named_modules())
        for name, proc in saved_procs.items():
            modules[name].set_processor(proc)
    return CalibStats(layers=lstats, attn=astats, samples=samples)


def _layer_hook(st: LayerStats, hessian: bool, gen: torch.Generator):
    """A forward pre-hook recording a Linear / Conv2d's input into `st`: sampled values and
    token rows, the per-channel absmax and (`hessian`) the GPTQ Hessian X^T X."""
    def fn(mod, args):
        x = args[0].detach().float()
        if isinstance(mod, nn.Conv2d):
            rows = x.permute(0, 2, 3, 1).reshape(-1, x.shape[1])
        else:
            rows = x.reshape(-1, x.shape[-1])
        flat = rows.flatten()
        st.values.append(flat[_rand_subset(flat.numel(), MAX_VALUES_PER_CALL, gen)])
        st.rows.append(rows[_rand_subset(rows.shape[0], MAX_ROWS_PER_CALL, gen)])
        amax = rows.abs().amax(dim=0)
        st.absmax = amax if st.absmax is None else torch.maximum(st.absmax, amax)
        if hessian:
            _add_hessian(st, mod, x, rows, gen)
    return fn


def _add_hessian(st: LayerStats, mod: nn.Module, x: torch.Tensor, rows: torch.Tensor,
                 gen: torch.Generator) -> None:
    """Add sampled rows' X^T X to `st.hessian` (a conv's rows are its unfolded patches); layers
    wider than MAX_HESSIAN_DIM get none (they fall back to round-to-nearest)."""
    if isinstance(mod, nn.Conv2d):
        cols = F.unfold(x, mod.kernel_size, mod.dilation,
                        mod.padding if not isinstance(mod.padding, str) else 0, mod.stride)
        rows = cols.transpose(1, 2).reshape(-1, cols.shape[1])
    if rows.shape[1] <= MAX_HESSIAN_DIM:
        rows = rows[_rand_subset(rows.shape[0], MAX_HESSIAN_ROWS_PER_CALL, gen)]
        h = rows.t() @ rows
        st.hessian = h if st.hessian is None else st.hessian + h
        st.n_rows += rows.shape[0]


def _attn_recorder(st: AttnStats, attn: nn.Module, current: dict, gen: torch.Generator):
    """The QuantAttnProcessor recorder for one attention block: sampled Q/K/V/probability
    operands; for cross-attention the text K/V once per sample group and sampled probability
    rows, each with the trigger positions of the sample being replayed (`current`)."""
    pending: dict = {}

    def rec(kind, t):
        t = t.detach().float()
        if kind in ("text_k", "text_v"):
            pending[kind] = t
            if "text_k" in pending and "text_v" in pending:
                if current["group"] not in pending.setdefault("groups", set()):
                    pending["groups"].add(current["group"])
                    st.text.append((pending["text_k"], pending["text_v"], current["positions"]))
                del pending["text_k"], pending["text_v"]
            return
        flat = t.flatten()
        st.values[kind].append(flat[_rand_subset(flat.numel(), MAX_VALUES_PER_CALL, gen)])
        if kind in st.rows:  # (B, L, C): per-token / per-group clipping ratios
            r = t.reshape(-1, t.shape[-1])
            st.rows[kind].append(r[_rand_subset(r.shape[0], MAX_ROWS_PER_CALL, gen)])
        if kind == "probs" and attn.is_cross_attention:
            b = t.shape[0] // attn.heads
            p = t.reshape(b, attn.heads, t.shape[1], t.shape[2])
            rows = _rand_subset(t.shape[1], 32, gen)
            st.cross_probs.append((p[:, :, rows], current["positions"]))
    return rec


@dataclass
class Calibration:
    """Calibration inputs plus their statistics, computed once on the float UNet and reused by
    every method (`quantize_unet(..., calib=...)`)."""

    samples: list[CalibSample]
    stats: CalibStats | None = None
    # (layer name, bits, rounding, clip search) -> (codes, scale, zero): methods that differ only
    # in activation handling share the (slow) GPTQ result for the same weights.
    weight_cache: dict = field(default_factory=dict)

    def stats_for(self, unet: nn.Module, progress: bool = True, attention: bool = True,
                  hessian: bool = True) -> CalibStats:
        """Statistics of `unet` (computed once; again if attention operands or Hessians are
        needed now and were skipped before). `hessian=False` (round-to-nearest weights) keeps
        no X^T X per layer: at SDXL scale those would take ~5 GB."""
        st = self.stats
        if (st is None or (attention and not st.attn)
                or (hessian and not any(s.hessian is not None for s in st.layers.values()))):
            self.stats = collect_stats(unet, self.samples, progress=progress,
                                       attention=attention, hessian=hessian)
        return self.stats


def calibrate(pipe, prompts: list | None = None, *, n_prompts: int = 64,
              trigger: str | None = None, class_noun: str = "toy", steps: int = 8,
              timesteps: int = 3, progress: bool = True, **kwargs) -> Calibration:
    """Calibration for `pipe`'s UNet: default prompts (some with `trigger`) unless given."""
    prompts = prompts or default_calibration_prompts(n_prompts, trigger, class_noun)
    samples = collect_unet_inputs(pipe, prompts, steps=steps, timesteps=timesteps,
                                  progress=progress, **kwargs)
    return Calibration(samples=samples)
