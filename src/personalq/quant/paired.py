"""Paired quality measures: every quantized output against the fp32 output of the *same* input.

Why paired: on the model world a quantized trajectory occasionally diverges from its fp32
twin (the sampler is chaotic: 1e-5 of input noise moved one method's pooled PSNR by ~2 dB).
A pooled PSNR (one MSE over all images) is dominated by those few samples, so two runs of the
same method can differ by more than two methods do. The mean and median of per-sample PSNR,
with a bootstrap confidence interval, and the per-step latent error are stable; so is the
error of each cross-attention layer on identical inputs, which isolates a quantizer's own
damage from everything downstream of it.

Plain tensor/numpy code (no diffusion, world, serve or bench imports): the benchmark
(`personalq bench taq`) feeds it images, latents and UNet inputs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from torch import nn

from personalq.quant.taq import (QuantAttnProcessor, cross_attention_modules,
                                 set_trigger_positions)

PSNR_CAP_DB = 100.0  # identical images have infinite PSNR; capped so means stay finite


# ----------------------------------------------------------------------------- statistics


def per_sample_psnr(images: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """PSNR (dB, 8-bit peak) of each image against its reference (same index), capped."""
    a = images.astype(np.float64).reshape(len(images), -1)
    b = ref.astype(np.float64).reshape(len(ref), -1)
    mse = ((a - b) ** 2).mean(axis=1)
    with np.errstate(divide="ignore"):
        out = 10 * np.log10(255.0 ** 2 / mse)
    return np.minimum(out, PSNR_CAP_DB)


def pooled_psnr(images: np.ndarray, ref: np.ndarray) -> float:
    """One PSNR over all images together (what the older tables reported)."""
    mse = float(np.mean((images.astype(np.float64) - ref.astype(np.float64)) ** 2))
    return PSNR_CAP_DB if mse == 0 else min(PSNR_CAP_DB, 10 * np.log10(255.0 ** 2 / mse))


def bootstrap_ci(values: np.ndarray, *, stat=np.mean, n_boot: int = 2000, level: float = 0.95,
                 seed: int = 0) -> tuple[float, float]:
    """Percentile bootstrap confidence interval of `stat` over the samples."""
    v = np.asarray(values, dtype=np.float64)
    if len(v) < 2:
        return float(v.mean()), float(v.mean())
    rng = np.random.default_rng(seed)
    idx = rng.integers(0, len(v), size=(n_boot, len(v)))
    boots = stat(v[idx], axis=1)
    tail = (1 - level) / 2 * 100
    return float(np.percentile(boots, tail)), float(np.percentile(boots, 100 - tail))


def summarize(values: np.ndarray) -> dict:
    """mean, median, 95% bootstrap CI of the mean, n."""
    v = np.asarray(values, dtype=np.float64)
    lo, hi = bootstrap_ci(v)
    return {"mean": float(v.mean()), "median": float(np.median(v)), "ci95": [lo, hi],
            "n": int(len(v))}


def feature_distance(feats: np.ndarray, ref_feats: np.ndarray) -> np.ndarray:
    """Per-sample L2 distance of (judge) features to the reference's, in units of the mean
    reference feature norm (0: the judge sees the same picture)."""
    d = np.linalg.norm(feats - ref_feats, axis=1)
    return d / max(float(np.linalg.norm(ref_feats, axis=1).mean()), 1e-12)


def latent_step_errors(traj: torch.Tensor, ref: torch.Tensor) -> np.ndarray:
    """traj, ref: (steps, N, ...) latents after each denoising step. Mean over samples of
    ||z - z_fp|| / ||z_fp|| at each step: where (and how fast) trajectories drift apart."""
    steps, n = traj.shape[:2]
    d = (traj.float() - ref.float()).reshape(steps, n, -1).norm(dim=-1)
    r = ref.float().reshape(steps, n, -1).norm(dim=-1).clamp_min(1e-12)
    return (d / r).mean(dim=1).numpy()


# ----------------------------------------------------------------------------- layer errors


@dataclass
class LayerCall:
    """One cross-attention call of the fp32 UNet: its inputs and output, and the trigger
    positions of the prompt (every batch row's conditional half shares them)."""

    hidden_states: torch.Tensor
    encoder_hidden_states: torch.Tensor
    output: torch.Tensor
    positions: list[int]
    cfg_batch: bool


@dataclass
class CapturedLayers:
    calls: dict[str, list[LayerCall]] = field(default_factory=dict)
    # the whole UNet calls: (args, kwargs, trigger positions, fp32 output)
    unet_calls: list[tuple] = field(default_factory=list)


@torch.no_grad()
def capture_cross_attention(unet: nn.Module, unet_calls: list[tuple[tuple, dict, list[int]]],
                            cfg_batch: bool) -> CapturedLayers:
    """Run the float `unet` on each (args, kwargs, trigger positions) and keep every attn2
    block's input and output."""
    out = CapturedLayers()
    handles, current = [], {"pos": []}
    for name, attn in cross_attention_modules(unet):
        def hook(mod, args, kwargs, result, name=name):
            hs = args[0] if args else kwargs["hidden_states"]
            out.calls.setdefault(name, []).append(LayerCall(
                hs.detach().clone(), kwargs["encoder_hidden_states"].detach().clone(),
                result.detach().clone(), list(current["pos"]), cfg_batch))
        handles.append(attn.register_forward_hook(hook, with_kwargs=True))
    try:
        for args, kwargs, pos in unet_calls:
            current["pos"] = pos
            y = unet(*args, **kwargs).sample
            out.unet_calls.append((args, kwargs, pos, y.detach().clone()))
    finally:
        for h in handles:
            h.remove()
    return out


def _rel(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a - b).norm() / b.norm().clamp_min(1e-12))


@torch.no_grad()
def cross_attention_errors(qunet: nn.Module, captured: CapturedLayers) -> dict[str, dict]:
    """For each attn2 block of the quantized UNet, on the fp32 block's exact inputs: the
    relative error of its output (all rows, and the conditional / unconditional halves of a
    CFG batch), the mean |row sum - 1| of its quantized probabilities, and the attention mass
    on the trigger's columns (fp32 probabilities) in each half."""
    out = {}
    for name, calls in captured.calls.items():
        attn = qunet.get_submodule(name)
        proc = attn.processor
        errs: dict[str, list[float]] = {"all": [], "cond": [], "uncond": []}
        stats: dict = {}
        if isinstance(proc, QuantAttnProcessor):
            proc.stats = stats
        try:
            for c in calls:
                set_trigger_positions(qunet, c.positions, cfg_batch=c.cfg_batch)
                y = attn(c.hidden_states, encoder_hidden_states=c.encoder_hidden_states)
                errs["all"].append(_rel(y, c.output))
                if c.cfg_batch and y.shape[0] % 2 == 0:
                    h = y.shape[0] // 2
                    errs["uncond"].append(_rel(y[:h], c.output[:h]))
                    errs["cond"].append(_rel(y[h:], c.output[h:]))
        finally:
            if isinstance(proc, QuantAttnProcessor):
                proc.stats = None
        out[name] = {f"rel_err_{k}": float(np.mean(v)) for k, v in errs.items() if v}
        out[name].update({k: float(np.mean(v)) for k, v in stats.items() if v})
    return out


def mean_layer_error(errors: dict[str, dict], key: str = "rel_err_all") -> float:
    """The mean over layers of one figure of `cross_attention_errors`."""
    vals = [e[key] for e in errors.values() if key in e]
    return float(np.mean(vals)) if vals else float("nan")


@torch.no_grad()
def unet_step_errors(qunet: nn.Module, captured: CapturedLayers, guidance: float) -> dict:
    """One UNet call of the quantized UNet on each fp32 trajectory input: relative error of the
    noise prediction in the conditional and unconditional halves and of the guided prediction
    eps_u + g (eps_c - eps_u) the sampler uses (what one step of drift starts from)."""
    errs: dict[str, list[float]] = {"eps_cond": [], "eps_uncond": [], "eps_guided": []}
    for args, kwargs, pos, ref in captured.unet_calls:
        set_trigger_positions(qunet, pos, cfg_batch=ref.shape[0] % 2 == 0)
        y = qunet(*args, **kwargs).sample
        h = ref.shape[0] // 2
        guided = lambda e: e[:h] + guidance * (e[h:] - e[:h])  # noqa: E731
        errs["eps_uncond"].append(_rel(y[:h], ref[:h]))
        errs["eps_cond"].append(_rel(y[h:], ref[h:]))
        errs["eps_guided"].append(_rel(guided(y), guided(ref)))
    return {k: float(np.mean(v)) for k, v in errs.items() if v}


def paired_quality(images: np.ndarray, ref_images: np.ndarray, feats: np.ndarray,
                   ref_feats: np.ndarray) -> dict:
    """The primary quality figures of `bench quant`: per-sample PSNR against the fp32 image of
    the same seed (mean, median, 95% CI) and the judge-feature distance to it."""
    p = summarize(per_sample_psnr(images, ref_images))
    return {"paired_psnr_mean": p["mean"], "paired_psnr_median": p["median"],
            "paired_psnr_ci95": p["ci95"],
            "paired_judge_dist": float(feature_distance(feats, ref_feats).mean())}
