"""The quantizers: how a float tensor becomes a few integers and a scale.

Everything here is plain tensor math so it can be read top to bottom and tested alone:

- uniform affine quantization  x ~ scale * (q - zero), q an integer in [qmin, qmax]
  (symmetric: zero = 0; asymmetric: zero shifts the grid to cover [min, max]);
- per-output-channel weight quantization, round-to-nearest with an optional per-channel
  clipping search, and GPTQ (weight rounding that uses the calibration inputs' Hessian to push
  each column's rounding error onto the columns not yet quantized);
- `ActQuant`: activations, per-tensor (static calibrated range or dynamic min-max), per-token
  (dynamic, with a calibrated clipping ratio) or per-token groups of G channels (dynamic, each
  group its own range, MX/NVFP4-style; with a calibrated clipping ratio);
- `Log2Quant` / `UniformProbQuant`: attention probabilities (values in [0, 1] that are mostly
  tiny: a log2 grid keeps their relative precision, a uniform grid rounds them to 0).

Integers are held in int8 tensors (int4 values too; packing two per byte is packed.py's job).
"""

from __future__ import annotations

import math

import torch
from torch import nn

from personalq.errors import PersonalQError

CLIP_RATIOS = torch.linspace(0.3, 1.0, 15).tolist()  # candidate clipping ratios for MSE search


def qrange(bits: int) -> tuple[int, int]:
    """Signed integer range for `bits` (asymmetric grids are shifted into it by `zero`)."""
    return -(2 ** (bits - 1)), 2 ** (bits - 1) - 1


def qparams(xmin: torch.Tensor, xmax: torch.Tensor, bits: int, symmetric: bool):
    """Scale and (integer-valued, float) zero point covering [xmin, xmax] (broadcastable)."""
    qmin, qmax = qrange(bits)
    if symmetric:
        amax = torch.maximum(xmin.abs(), xmax.abs()).clamp_min(1e-8)
        return amax / qmax, torch.zeros_like(amax)
    xmin = torch.minimum(xmin, torch.zeros_like(xmin))
    xmax = torch.maximum(xmax, torch.zeros_like(xmax))
    scale = ((xmax - xmin) / (qmax - qmin)).clamp_min(1e-8)
    zero = (qmin - torch.round(xmin / scale)).clamp(qmin, qmax)
    return scale, zero


def quantize(x: torch.Tensor, scale, zero, bits: int) -> torch.Tensor:
    """Integer codes (int8 tensor) of x on the grid (scale, zero)."""
    qmin, qmax = qrange(bits)
    return torch.clamp(torch.round(x / scale) + zero, qmin, qmax).to(torch.int8)


def dequantize(q: torch.Tensor, scale, zero) -> torch.Tensor:
    return (q.float() - zero) * scale


def fake_quant(x: torch.Tensor, scale, zero, bits: int) -> torch.Tensor:
    """Quantize then dequantize: the float tensor the integer grid can represent."""
    qmin, qmax = qrange(bits)
    # one new tensor, then in place: the same math with far less allocation on big activations
    return x.div(scale).round_().add_(zero).clamp_(qmin, qmax).sub_(zero).mul_(scale)


# ----------------------------------------------------------------------------- weights


def weight_qparams(w2d: torch.Tensor, bits: int, symmetric: bool = True, clip_search: bool = True):
    """Per-output-channel (row) scale/zero for a 2-D weight; with `clip_search`, each row picks the
    clipping ratio of its range that minimises its own squared rounding error (outlier weights
    otherwise stretch the grid for the whole row, which hurts most at 4 bits)."""
    xmin, xmax = w2d.min(dim=1).values, w2d.max(dim=1).values
    best_scale, best_zero = qparams(xmin, xmax, bits, symmetric)
    if not clip_search:
        return best_scale, best_zero
    best_err = torch.full_like(xmin, float("inf"))
    for ratio in CLIP_RATIOS:
        scale, zero = qparams(xmin * ratio, xmax * ratio, bits, symmetric)
        err = (fake_quant(w2d, scale[:, None], zero[:, None], bits) - w2d).pow(2).sum(dim=1)
        better = err < best_err
        best_err = torch.where(better, err, best_err)
        best_scale = torch.where(better, scale, best_scale)
        best_zero = torch.where(better, zero, best_zero)
    return best_scale, best_zero


def quantize_weight_rtn(w2d: torch.Tensor, bits: int, symmetric: bool = True,
                        clip_search: bool = True):
    """Round-to-nearest per-channel quantization: (codes int8, scale (out,), zero (out,))."""
    w2d = w2d.detach().float()
    scale, zero = weight_qparams(w2d, bits, symmetric, clip_search)
    return quantize(w2d, scale[:, None], zero[:, None], bits), scale, zero


def quantize_weight_gptq(w2d: torch.Tensor, hessian: torch.Tensor, bits: int,
                         symmetric: bool = True, clip_search: bool = True,
                         blocksize: int = 128, damp: float = 0.01):
    """GPTQ (Frantar et al. 2022): quantize columns one at a time and correct the remaining
    columns with the inverse Hessian of the layer's inputs (H = sum x x^T over calibration
    tokens), so the layer's *output* error, not the weight error, is minimised.
    Returns (codes int8, scale (out,), zero (out,)) like `quantize_weight_rtn`."""
    W = w2d.detach().float().clone()
    H = hessian.detach().double().clone()
    n = W.shape[1]
    scale, zero = weight_qparams(W, bits, symmetric, clip_search)
    scale_c, zero_c = scale[:, None], zero[:, None]
    dead = torch.diag(H) == 0
    H[dead, dead] = 1.0
    W[:, dead] = 0.0
    H += torch.eye(n, dtype=H.dtype) * damp * torch.mean(torch.diag(H))
    try:
        Hinv = torch.linalg.cholesky(torch.cholesky_inverse(torch.linalg.cholesky(H)), upper=True)
    except torch.linalg.LinAlgError:  # numerically hopeless Hessian: plain rounding is safe
        return quantize_weight_rtn(w2d, bits, symmetric, clip_search)
    Hinv = Hinv.float()
    Q = torch.zeros_like(W)
    for i1 in range(0, n, blocksize):
        i2 = min(i1 + blocksize, n)
        W1 = W[:, i1:i2].clone()
        Err1 = torch.zeros_like(W1)
        Hinv1 = Hinv[i1:i2, i1:i2]
        for i in range(i2 - i1):
            w = W1[:, i:i + 1]
            q = fake_quant(w, scale_c, zero_c, bits)
            Q[:, i1 + i] = q[:, 0]
            err = (w - q) / Hinv1[i, i]
            W1[:, i:] -= err @ Hinv1[i:i + 1, i:]
            Err1[:, i] = err[:, 0]
        W[:, i2:] -= Err1 @ Hinv[i1:i2, i2:]
    return quantize(Q, scale_c, zero_c, bits), scale, zero


# ----------------------------------------------------------------------------- activations


def mse_clip_range(samples: torch.Tensor, bits: int, symmetric: bool) -> tuple[float, float]:
    """Calibrated static range: the clipped [min, max] whose quantization error (MSE over the
    calibration samples) is lowest (Q-Diffusion-style clipping search)."""
    x = samples.detach().float().flatten()
    xmin, xmax = x.min(), x.max()
    best, best_err = (float(xmin), float(xmax)), float("inf")
    for ratio in CLIP_RATIOS:
        lo, hi = xmin * ratio, xmax * ratio
        scale, zero = qparams(lo, hi, bits, symmetric)
        err = float((fake_quant(x, scale, zero, bits) - x).pow(2).mean())
        if err < best_err:
            best, best_err = (float(lo), float(hi)), err
    return best


def mse_token_clip_ratio(rows: torch.Tensor, bits: int, symmetric: bool, dim: int = -1) -> float:
    """Calibrated clipping ratio for dynamic per-token quantization (each row's own min/max
    times the ratio), chosen by MSE over calibration rows."""
    x = rows.detach().float()
    best, best_err = 1.0, float("inf")
    for ratio in CLIP_RATIOS:
        scale, zero = qparams(x.amin(dim=dim, keepdim=True) * ratio,
                              x.amax(dim=dim, keepdim=True) * ratio, bits, symmetric)
        err = float((fake_quant(x, scale, zero, bits) - x).pow(2).mean())
        if err < best_err:
            best, best_err = ratio, err
    return best


DEFAULT_ACT_GROUP = 16


def check_group_size(group) -> int:
    """A valid activation group size (a positive int) or PersonalQError."""
    if isinstance(group, bool) or not isinstance(group, int) or group < 1:
        raise PersonalQError(f"invalid activation group size {group!r}",
                             hint="use a positive number of channels, e.g. --act-group 16")
    return group


def _to_groups(x: torch.Tensor, group: int, channel_dim: int) -> torch.Tensor:
    """x with the feature axis moved last and split into groups: (..., n_groups, group). A
    channel count not divisible by `group` is zero-padded; zeros never widen a group's range
    (asymmetric grids always include 0, symmetric ones use |x|), so the last, smaller group is
    quantized exactly as if it stood alone."""
    xt = x.movedim(channel_dim, -1)
    pad = (-xt.shape[-1]) % group
    if pad:
        xt = torch.nn.functional.pad(xt, (0, pad))
    return xt.reshape(*xt.shape[:-1], xt.shape[-1] // group, group)


def group_fake_quant(x: torch.Tensor, bits: int, group: int, ratio=1.0, symmetric: bool = False,
                     channel_dim: int = -1) -> torch.Tensor:
    """Per-token group quantization: along `channel_dim`, every `group` consecutive channels of
    each token get their own min-max (times `ratio`) grid. One outlier channel then costs
    precision only in its own group instead of the whole token."""
    channels = x.shape[channel_dim]
    g = _to_groups(x, group, channel_dim)
    scale, zero = qparams(g.amin(dim=-1, keepdim=True) * ratio,
                          g.amax(dim=-1, keepdim=True) * ratio, bits, symmetric)
    out = fake_quant(g, scale, zero, bits).flatten(-2)[..., :channels]
    return out.movedim(-1, channel_dim)


def mse_group_clip_ratio(rows: torch.Tensor, bits: int, group: int, symmetric: bool) -> float:
    """Calibrated clipping ratio for dynamic per-group quantization (rows (n, C)), by MSE."""
    x = rows.detach().float()
    best, best_err = 1.0, float("inf")
    for ratio in CLIP_RATIOS:
        err = float((group_fake_quant(x, bits, group, ratio, symmetric) - x).pow(2).mean())
        if err < best_err:
            best, best_err = ratio, err
    return best


ACT_MODES = ("dynamic_tensor", "static_tensor", "dynamic_token", "dynamic_group")


class ActQuant(nn.Module):
    """Quantizes an activation tensor at run time.

    mode: "dynamic_tensor"  min-max of the whole tensor, every call (naive PTQ);
          "static_tensor"   a fixed range calibrated offline (`lo`, `hi` buffers);
          "dynamic_token"   each token (row along `channel_dim`) gets its own min-max times a
                            calibrated clipping ratio (`ratio` buffer);
          "dynamic_group"   each token's channels in groups of `group` consecutive ones, each
                            group its own min-max times a calibrated clipping ratio (the
                            granularity of MX/NVFP4 formats and Atom-style 4-bit schemes). No
                            integer matmul path: `to_int` refuses it and QuantLinear falls back
                            to dequantize + float matmul (the int matmul would need one rescale
                            per group of the reduction axis).
    `channel_dim` is the feature axis: -1 for (B, L, C) linear inputs, 1 for (B, C, H, W) convs.
    """

    def __init__(self, bits: int, mode: str = "static_tensor", symmetric: bool = False,
                 channel_dim: int = -1, group: int = DEFAULT_ACT_GROUP):
        super().__init__()
        if mode not in ACT_MODES:
            raise ValueError(f"unknown activation mode {mode!r}; valid: {ACT_MODES}")
        self.bits, self.mode, self.symmetric, self.channel_dim = bits, mode, symmetric, channel_dim
        self.group = check_group_size(group)
        self.register_buffer("lo", torch.tensor(-1.0))
        self.register_buffer("hi", torch.tensor(1.0))
        self.register_buffer("ratio", torch.tensor(1.0))

    def extra_repr(self) -> str:
        group = f", group={self.group}" if self.mode == "dynamic_group" else ""
        return f"bits={self.bits}, mode={self.mode}, symmetric={self.symmetric}{group}"

    def qparams_for(self, x: torch.Tensor):
        """(scale, zero) broadcastable against x (not for "dynamic_group": its grids are per
        group, see `group_fake_quant`)."""
        if self.mode == "dynamic_group":
            raise ValueError("dynamic_group activations have per-group grids; use forward()")
        if self.mode == "static_tensor":
            return self._static_qparams()
        if self.mode == "dynamic_tensor":
            return qparams(x.detach().min(), x.detach().max(), self.bits, self.symmetric)
        xmin = x.detach().amin(dim=self.channel_dim, keepdim=True) * self.ratio
        xmax = x.detach().amax(dim=self.channel_dim, keepdim=True) * self.ratio
        return qparams(xmin, xmax, self.bits, self.symmetric)

    def _static_qparams(self):
        """qparams of the calibrated range, computed once per (lo, hi) value: they are
        constants, and on a small layer recomputing them (five tiny ops) every call is a
        visible share of its time. Keyed on the buffers' identity and version counters, so a
        calibration, `load_state_dict` or `.to()` recomputes them."""
        lo, hi = self._buffers["lo"], self._buffers["hi"]
        try:
            key = (id(lo), lo._version, id(hi), hi._version, self.bits, self.symmetric)
        except RuntimeError:  # inference-mode tensors have no version counter
            return qparams(lo, hi, self.bits, self.symmetric)
        cached = self.__dict__.get("_qp")
        if cached is None or cached[0] != key:
            cached = (key, qparams(lo, hi, self.bits, self.symmetric))
            self.__dict__["_qp"] = cached
        return cached[1]

    def calibrate(self, samples: torch.Tensor) -> None:
        """Set the static range (or the per-token clipping ratio) from calibration samples.
        For per-token/group modes `samples` must keep the feature axis as its last dimension."""
        if self.mode == "dynamic_group":
            self.ratio.fill_(mse_group_clip_ratio(samples, self.bits, self.group, self.symmetric))
        elif self.mode == "static_tensor":
            lo, hi = mse_clip_range(samples, self.bits, self.symmetric)
            self.lo.fill_(lo)
            self.hi.fill_(hi)
        elif self.mode == "dynamic_token":
            self.ratio.fill_(mse_token_clip_ratio(samples, self.bits, self.symmetric))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.mode == "dynamic_group":
            return group_fake_quant(x.float(), self.bits, self.group, self.ratio, self.symmetric,
                                    self.channel_dim).to(x.dtype)
        scale, zero = self.qparams_for(x)
        return fake_quant(x, scale, zero, self.bits).to(x.dtype)

    @property
    def has_int_path(self) -> bool:
        """Whether `to_int` can feed torch._int_mm (one scale per row or per tensor)."""
        return self.mode != "dynamic_group"

    def to_int(self, x2d: torch.Tensor):
        """(codes int8 (M, K), scale (M,1) or (), zero likewise) for the integer matmul path.
        Not available for "dynamic_group" (ValueError; see `has_int_path`)."""
        scale, zero = self.qparams_for(x2d)
        return quantize(x2d, scale, zero, self.bits), scale, zero


class Log2Quant(nn.Module):
    """Attention probabilities on a logarithmic grid: p ~ 2^(-q * step), q in [0, 2^bits - 2],
    and the last code means 0. Softmax outputs span many orders of magnitude; at 4 bits a
    uniform grid (step 1/15) turns almost every probability into 0, while powers of two keep
    every one above 2^-14.

    `step` (in log2 units) is 1 at 4 bits (plain powers of two) and shrinks with more bits so the
    grid covers 2^-16..1 finely: at 8 bits a power-of-two grid would waste 238 of its levels on
    values below 2^-16 and round large probabilities by up to 41% (measured: it cost concept
    accuracy on the world), while a 2^(1/16) grid rounds them by at most ~2%.

    That 41% is also what the 4-bit grid does to the *large* probabilities, the ones that carry
    the attention output (measured on the world: it made `taq` worse than no protection). Two
    repairs, both measured in docs/results.md: `step` 1/2 (a 2^(1/2) grid: at most 19% off,
    zero below 2^-7) and `keep_above` (probabilities at or above it stay exact: a handful per
    row, the outlier path MixDQ-style schemes use)."""

    def __init__(self, bits: int, step: float | None = None, keep_above: float | None = None):
        super().__init__()
        self.bits = bits
        codes = 2 ** bits - 2  # non-zero levels
        self.step = float(step) if step is not None else min(codes, 16) / codes
        self.keep_above = keep_above

    def extra_repr(self) -> str:
        keep = f", keep_above={self.keep_above}" if self.keep_above is not None else ""
        return f"bits={self.bits}, step={self.step:.4f}{keep}"

    def forward(self, p: torch.Tensor) -> torch.Tensor:
        levels = 2 ** self.bits - 1
        q = p.clamp_min(1e-30).log2_().neg_().div_(self.step).round_().clamp_(0, levels)
        zero = q >= levels
        out = q.mul_(-self.step).exp2_().masked_fill_(zero, 0.0).to(p.dtype)
        if self.keep_above is not None:
            out = torch.where(p >= self.keep_above, p, out)
        return out


class UniformProbQuant(nn.Module):
    """Attention probabilities on a uniform unsigned grid [0, hi] (hi calibrated, <= 1)."""

    def __init__(self, bits: int):
        super().__init__()
        self.bits = bits
        self.register_buffer("hi", torch.tensor(1.0))

    def extra_repr(self) -> str:
        return f"bits={self.bits}"

    def calibrate(self, samples: torch.Tensor) -> None:
        x = samples.detach().float().flatten()
        best, best_err = float(x.max()), float("inf")
        for ratio in CLIP_RATIOS:
            hi = float(x.max()) * ratio
            err = float((self._q(x, hi) - x).pow(2).mean())
            if err < best_err:
                best, best_err = hi, err
        self.hi.fill_(best)

    def _q(self, p: torch.Tensor, hi) -> torch.Tensor:
        levels = 2 ** self.bits - 1
        scale = max(float(hi), 1e-8) / levels
        return torch.clamp(torch.round(p / scale), 0, levels) * scale

    def forward(self, p: torch.Tensor) -> torch.Tensor:
        return self._q(p, self.hi).to(p.dtype)


# name -> (class, options): the probability grids a QuantConfig / checkpoint can name
PROB_GRIDS: dict[str, tuple[type, dict]] = {
    "uniform": (UniformProbQuant, {}),
    "log2": (Log2Quant, {}),  # powers of two at 4 bits (the paper's log2 quantizer)
    "log2_half": (Log2Quant, {"step": 0.5}),  # 2^(1/2) grid at 4 bits
    "log2_keep": (Log2Quant, {"keep_above": 0.25}),  # log2, probabilities >= 1/4 exact
}


def make_prob_quant(kind: str, bits: int) -> nn.Module:
    """A probability quantizer by grid name (PROB_GRIDS); `kind` is kept on the module so a
    checkpoint can name it again. "log2_half" only changes the step at 4 bits (wider grids
    already use a fine step)."""
    if kind not in PROB_GRIDS:
        raise ValueError(f"unknown probability quantizer {kind!r}; valid: {', '.join(PROB_GRIDS)}")
    cls, opts = PROB_GRIDS[kind]
    if kind == "log2_half" and bits != 4:
        opts = {}
    q = cls(bits, **opts)
    q.kind = kind
    return q


def prob_quant_kind(q: nn.Module) -> str:
    """The PROB_GRIDS name of a probability quantizer (modules built before names existed:
    from their class)."""
    return getattr(q, "kind", None) or ("log2" if isinstance(q, Log2Quant) else "uniform")


def relative_error(a: torch.Tensor, b: torch.Tensor) -> float:
    """||a - b|| / ||b||: a scale-free distance used in tests and benchmarks."""
    return float((a - b).norm() / b.norm().clamp_min(1e-12))


def sqnr_db(x: torch.Tensor, xq: torch.Tensor) -> float:
    noise = (x - xq).pow(2).mean().clamp_min(1e-20)
    return 10 * math.log10(float(x.pow(2).mean() / noise))
