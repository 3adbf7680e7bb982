"""Every quantization method in one harness: `quantize_unet(unet, method, wbits, abits, calib)`.

A method is a preset of `QuantConfig`; the calibrated ones share everything (GPTQ weights,
static activation ranges from timestep-aware calibration with clipping search) and differ only
in what the cross-attention keeps in high precision, so a difference in the benchmark is the
protection's doing:

  fp32 / fp16 / bf16   no quantization (bits ignored)
  naive                round-to-nearest weights, dynamic per-tensor min-max activations
  qdiffusion           calibrated static ranges + clipping search, GPTQ weights
  mixdq                qdiffusion + the first (BOS) text token's K/V rows and columns kept
  textkv               qdiffusion + every text K/V row (and probability column) kept
  taq                  qdiffusion + the trigger's K/V rows and probability columns kept (every
                       sub-token, both CFG halves), uniform probability grid (the 4-bit log2
                       grid rounds every probability by up to 41% and made TAQ worse than no
                       protection), the quantized columns of each probability row rescaled so
                       the row sums to 1 with the exact columns untouched: the variant with the
                       lowest cross-attention error on the selection seeds (docs/results.md)
  taq_bos              taq + the BOS token kept too
  taq_uniform          taq without the row renormalisation (the previous default)
  taq_log2, ...        ablations isolating TAQ's parts: the log2 grid (plain, renormalised,
                       2^(1/2) steps, large probabilities exact), renormalised rows, K/V rows
                       only, probability columns only, conditional CFG half only
  dynamic              GPTQ weights; per-token dynamic symmetric activations for Linear and 1x1
                       convs, a calibrated per-tensor range for kxk convs, attention operands
                       in float (fused SDPA): every Linear/Conv on the integer kernel, the
                       fastest packed method on CPU and CUDA (no TAQ protection: nothing in
                       the attention is quantized)
  torchao_int8_wo      torchao int8 weight-only (Linear layers; what library users reach for)
  torchao_int8_dyn     torchao int8 dynamic activations + int8 weights (Linear layers)
"""

from __future__ import annotations

import copy
import logging
import re
import weakref
from dataclasses import asdict, dataclass, replace

import torch
from torch import nn
from tqdm import tqdm

from personalq.errors import PersonalQError
from personalq.quant.calibrate import CalibStats, Calibration, quantizable_layers
from personalq.quant.int_kernels import FP8_MAX
from personalq.quant.packed import QuantConv2d, QuantLinear
from personalq.quant.quantizers import (ACT_MODES, ActQuant, DEFAULT_ACT_GROUP, check_group_size,
                                        make_prob_quant, quantize_weight_gptq, quantize_weight_rtn)
from personalq.quant.taq import (AttnQuantizers, QuantAttnProcessor, protected_positions,
                                 require_cross_attention)

log = logging.getLogger(__name__)

WBITS = (4, 8)
ABITS = (4, 8)
SETTINGS = [(8, 8), (8, 4), (4, 8), (4, 4)]
SKIP_LAYERS = ("conv_in", "conv_out")  # first/last layers stay float (tiny, and most sensitive)


@dataclass(frozen=True)
class QuantConfig:
    method: str
    kind: str = "packed"  # "float" | "torchao" | "packed"
    wbits: int = 8
    abits: int = 8
    weight_rounding: str = "gptq"  # "gptq" | "rtn"
    weight_clip_search: bool = True
    act_mode: str = "static_tensor"  # image path: Linear/Conv inputs, Q, self-attention K/V
    text_act_mode: str | None = None  # cross-attention text K/V and their inputs (None: act_mode)
    act_group: int = DEFAULT_ACT_GROUP  # channels per group when a mode is "dynamic_group"
    prob_quant: str = "uniform"  # a quantizers.PROB_GRIDS name: "uniform" | "log2" | ...
    prob_renorm: bool = False  # divide each quantized probability row by its sum
    protect: str = "none"  # see taq.PROTECT_MODES
    protect_kv: bool = True  # the protected positions' K/V rows stay exact
    protect_probs: bool = True  # ... and their probability columns
    protect_cond_only: bool = False  # only in the conditional half of a CFG batch
    smooth_alpha: float | None = None  # SmoothQuant migration strength for Linear layers
    act_symmetric: bool = False  # symmetric activation grids (no zero point)
    conv_act_mode: str | None = None  # kxk convolutions' inputs (None: act_mode)
    attn_quant: bool = True  # quantize attention operands (Q, K, V, probabilities)
    fmt: str = "int"  # "int" (int8/int4 codes) | "fp8" (e4m3 weights+activations, W8A8 only)
    dtype: str = "float32"  # float methods only

    def to_json(self) -> dict:
        return asdict(self)


_CALIBRATED = dict(weight_rounding="gptq", weight_clip_search=True, act_mode="static_tensor")
METHODS: dict[str, dict] = {
    "fp32": dict(kind="float", dtype="float32"),
    "fp16": dict(kind="float", dtype="float16"),
    "bf16": dict(kind="float", dtype="bfloat16"),
    "naive": dict(weight_rounding="rtn", weight_clip_search=False, act_mode="dynamic_tensor"),
    "qdiffusion": dict(**_CALIBRATED),
    "mixdq": dict(**_CALIBRATED, protect="bos"),
    "textkv": dict(**_CALIBRATED, protect="all"),
    "taq": dict(**_CALIBRATED, protect="trigger", prob_renorm=True),
    "taq_bos": dict(**_CALIBRATED, protect="trigger+bos", prob_renorm=True),
    "taq_uniform": dict(**_CALIBRATED, protect="trigger"),
    # ablations that isolate TAQ's parts (docs/results.md, `personalq bench taq`)
    "taq_log2": dict(**_CALIBRATED, protect="trigger", prob_quant="log2"),
    "taq_log2_renorm": dict(**_CALIBRATED, protect="trigger", prob_quant="log2",
                            prob_renorm=True),
    "taq_log2_half": dict(**_CALIBRATED, protect="trigger", prob_quant="log2_half"),
    "taq_log2_keep": dict(**_CALIBRATED, protect="trigger", prob_quant="log2_keep"),
    "taq_renorm": dict(**_CALIBRATED, protect="trigger", prob_renorm=True),  # = taq
    "taq_kv_only": dict(**_CALIBRATED, protect="trigger", protect_probs=False),
    "taq_probs_only": dict(**_CALIBRATED, protect="trigger", protect_kv=False),
    "taq_cond": dict(**_CALIBRATED, protect="trigger", protect_cond_only=True),
    "taq_cond_renorm": dict(**_CALIBRATED, protect="trigger", protect_cond_only=True,
                            prob_renorm=True),
    "qdiffusion_log2": dict(**_CALIBRATED, prob_quant="log2"),
    "qdiffusion_renorm": dict(**_CALIBRATED, prob_renorm=True),
    "dynamic": dict(weight_rounding="gptq", weight_clip_search=True, act_mode="dynamic_token",
                    act_symmetric=True, conv_act_mode="static_tensor", attn_quant=False),
    "torchao_int8_wo": dict(kind="torchao", abits=16),
    "torchao_int8_dyn": dict(kind="torchao"),
}


def make_config(method: str, wbits: int = 8, abits: int = 8, **overrides) -> QuantConfig:
    """Validate a method and bit widths and return its config (PersonalQError on bad input)."""
    if method not in METHODS:
        raise PersonalQError(f"unknown quantization method {method!r}",
                             hint=f"valid methods: {', '.join(METHODS)}")
    preset = dict(METHODS[method])
    kind = preset.get("kind", "packed")
    if kind == "packed":
        if wbits not in WBITS:
            raise PersonalQError(f"unsupported weight bit width {wbits}",
                                 hint=f"valid --wbits: {', '.join(map(str, WBITS))}")
        if abits not in ABITS:
            raise PersonalQError(f"unsupported activation bit width {abits}",
                                 hint=f"valid --abits: {', '.join(map(str, ABITS))}")
        preset.update(wbits=wbits, abits=abits)
    elif kind == "torchao":
        want_a = preset.get("abits", 8)
        if wbits != 8 or (want_a == 8 and abits != 8):
            raise PersonalQError(
                f"{method} is int8 only (got W{wbits}A{abits})",
                hint=f"use --wbits 8{' --abits 8' if want_a == 8 else ''} with {method}")
        preset.update(wbits=8, abits=want_a)
    else:
        preset.update(wbits=16 if preset["dtype"] != "float32" else 32,
                      abits=16 if preset["dtype"] != "float32" else 32)
    cfg = QuantConfig(method=method, **preset)
    cfg = replace(cfg, **overrides) if overrides else cfg
    if cfg.fmt not in ("int", "fp8"):
        raise PersonalQError(f"unknown weight format {cfg.fmt!r}", hint="use --format int or fp8")
    if cfg.fmt == "fp8" and (cfg.kind != "packed" or (cfg.wbits, cfg.abits) != (8, 8)):
        raise PersonalQError(f"--format fp8 is W8A8 only (got {method} W{cfg.wbits}A{cfg.abits})",
                             hint="use --wbits 8 --abits 8 with a packed method")
    for mode in (cfg.act_mode, cfg.text_act_mode, cfg.conv_act_mode):
        if mode is not None and mode not in ACT_MODES:
            raise PersonalQError(f"unknown activation mode {mode!r}",
                                 hint=f"valid modes: {', '.join(ACT_MODES)}")
    check_group_size(cfg.act_group)
    return cfg


def needs_calibration(method: str) -> bool:
    cfg = make_config(method)
    return cfg.kind == "packed" and cfg.act_mode != "dynamic_tensor"


# ----------------------------------------------------------------------------- main entry


# The QuantConfig of each UNet quantized or loaded here, beside it (not an attribute on it).
_CONFIGS: "weakref.WeakKeyDictionary[nn.Module, QuantConfig]" = weakref.WeakKeyDictionary()


def remember_config(unet: nn.Module, cfg: QuantConfig) -> None:
    _CONFIGS[unet] = cfg


def config_of(unet: nn.Module) -> QuantConfig | None:
    """How `unet` was quantized (None: a float UNet PersonalQ did not quantize)."""
    return _CONFIGS.get(unet)


def parse_quantization(spec: str) -> tuple[str, int, int]:
    """'taq-w8a4' -> ('taq', 8, 4); 'torchao_int8_wo' -> ('torchao_int8_wo', 8, 8)."""
    m = re.fullmatch(r"([a-z0-9_]+?)(?:[-_]w(\d+)a(\d+))?", (spec or "").strip().lower())
    if not m:
        raise PersonalQError(f"quantization {spec!r} is not METHOD or METHOD-wXaY",
                             'e.g. "taq-w8a8", "naive-w8a8", "torchao_int8_wo"')
    return m.group(1), int(m.group(2) or 8), int(m.group(3) or 8)


def quantize_unet(unet: nn.Module, method: str, wbits: int = 8, abits: int = 8,
                  calib: Calibration | None = None, *, progress: bool = False,
                  **overrides) -> nn.Module:
    """Quantize `unet` in place with `method` at W`wbits`A`abits` and return it.

    Calibrated methods need `calib` (from `calibrate.calibrate(pipe, ...)`), whose statistics
    are gathered from this (still float) UNet on first use and reused by later calls. For a
    trigger-protecting method call `taq.set_trigger_positions` (diffusion.pipeline.protect_trigger) before
    each request. `config_of(unet)` then gives its QuantConfig."""
    cfg = make_config(method, wbits, abits, **overrides)
    if cfg.kind == "float":
        unet.to(getattr(torch, cfg.dtype))
    elif cfg.kind == "torchao":
        _torchao_quantize(unet, cfg)
    else:
        require_cross_attention(unet)
        stats = None
        if cfg.weight_rounding == "gptq" or cfg.act_mode != "dynamic_tensor":
            if calib is None:
                raise PersonalQError(
                    f"method {method!r} needs calibration data",
                    hint="pass calib=calibrate(pipe, ...) (or use --method naive)")
            stats = calib.stats_for(unet, progress=progress, attention=cfg.attn_quant,
                                    hessian=cfg.weight_rounding == "gptq")
        _quantize_packed(unet, cfg, stats, progress,
                         weight_cache=calib.weight_cache if calib is not None else None)
    remember_config(unet, cfg)
    return unet


def _torchao_quantize(unet: nn.Module, cfg: QuantConfig) -> None:
    from torchao.quantization import (Int8DynamicActivationInt8WeightConfig,
                                      Int8WeightOnlyConfig, quantize_)

    config = (Int8WeightOnlyConfig() if cfg.method == "torchao_int8_wo"
              else Int8DynamicActivationInt8WeightConfig())
    quantize_(unet, config)


def _act(cfg: QuantConfig, channel_dim: int = -1, text: bool = False,
         spatial: bool = False) -> ActQuant:
    """The input quantizer of one layer; `spatial`: a kxk convolution (see conv_act_mode)."""
    mode = (cfg.text_act_mode or cfg.act_mode) if text else cfg.act_mode
    if spatial and cfg.conv_act_mode:
        mode = cfg.conv_act_mode
    return ActQuant(cfg.abits, mode=mode, symmetric=cfg.act_symmetric, channel_dim=channel_dim,
                    group=cfg.act_group)


ROW_MODES = ("dynamic_token", "dynamic_group")  # calibrated from (rows, C) samples


def _calibrate_act(q: ActQuant, values: torch.Tensor | None) -> None:
    """Static ranges from flat samples; per-token/group clipping ratios need (rows, C)."""
    if values is None or not values.numel() or q.mode == "dynamic_tensor":
        return
    if q.mode in ROW_MODES and values.dim() != 2:
        return  # no row structure recorded: plain per-token/group min-max (ratio 1)
    q.calibrate(values)


def _attn_operand(st, kind: str, mode: str) -> torch.Tensor | None:
    """Calibration samples of an attention operand: token rows (n, C) for per-token/group
    modes when recorded, else flat values."""
    rows = st.rows.get(kind) if hasattr(st, "rows") else None
    if mode in ROW_MODES and rows:
        return torch.cat(rows)
    return torch.cat(st.values[kind])


def _rows_excluding(tensors: list, protect: str, dim_tokens: int = 1) -> torch.Tensor | None:
    """Text rows (B, L, C) minus each batch row's protected positions, as (n, C)."""
    out = []
    for t, positions in tensors:
        for b in range(t.shape[0]):
            pos = positions[b] if b < len(positions) else []
            keep = set(protected_positions(protect, pos, t.shape[dim_tokens]))
            idx = [i for i in range(t.shape[dim_tokens]) if i not in keep]
            if idx:
                out.append(t[b].index_select(dim_tokens - 1, torch.tensor(idx)))
    return torch.cat(out) if out else None


def _probs_excluding(cross_probs: list, protect: str) -> torch.Tensor | None:
    """Cross-attention probabilities (B, heads, Lq', L) minus protected columns."""
    out = []
    for p, positions in cross_probs:
        for b in range(p.shape[0]):
            pos = positions[b] if b < len(positions) else []
            keep = set(protected_positions(protect, pos, p.shape[-1]))
            idx = [i for i in range(p.shape[-1]) if i not in keep]
            if idx:
                out.append(p[b][..., idx].flatten())
    return torch.cat(out) if out else None


def _subsample(x: torch.Tensor | None, k: int = 200_000) -> torch.Tensor | None:
    """At most k values (flat) or k/C rows (2-D input keeps its rows)."""
    if x is None or x.numel() <= k:
        return x
    gen = torch.Generator().manual_seed(0)
    if x.dim() == 2:
        return x[torch.randperm(x.shape[0], generator=gen)[:max(1, k // x.shape[1])]]
    return x.flatten()[torch.randperm(x.numel(), generator=gen)[:k]]


def _text_inputs_excluding(stats: CalibStats, protect: str) -> torch.Tensor | None:
    """The cross-attention input E (text embeddings) rows minus protected positions."""
    seen, items = set(), []
    for s in stats.samples:
        if s.group in seen:
            continue
        seen.add(s.group)
        items.append((s.kwargs["encoder_hidden_states"].float(), s.positions))
    return _rows_excluding(items, protect)


def _quantize_packed(unet: nn.Module, cfg: QuantConfig, stats: CalibStats | None,
                     progress: bool, weight_cache: dict | None = None) -> None:
    """Attention quantizers (and the TAQ processor) on every attention block, then every Linear /
    Conv2d (except the first and last convs) packed with its input quantizer."""
    text_values = None  # rows (n, C) of the text embeddings, minus protected positions
    if stats is not None:
        text_values = _subsample(_text_inputs_excluding(
            stats, cfg.protect if cfg.protect_kv else "none"))
    if cfg.attn_quant:
        for name, attn in list(unet.named_modules()):
            if type(attn).__name__ == "Attention":
                attn.quant = _attn_quantizers(attn, cfg, stats.attn.get(name) if stats is not None else None)
                attn.set_processor(QuantAttnProcessor())
    layers = quantizable_layers(unet, skip=SKIP_LAYERS)
    for name, layer in tqdm(layers.items(), desc=f"quantize {cfg.method} W{cfg.wbits}A{cfg.abits}",
                            disable=not progress):
        st = stats.layers.get(name) if stats is not None else None
        _set_module(unet, name, _packed_layer(name, layer, cfg, st, text_values, weight_cache))


def _attn_quantizers(attn: nn.Module, cfg: QuantConfig, st) -> AttnQuantizers:
    """Quantizers for one attention block's Q, K, V and probabilities, calibrated on its
    statistics `st` when there are some (cross-attention: protected rows and columns left out)."""
    is_cross = bool(attn.is_cross_attention)
    qz = AttnQuantizers(q=_act(cfg), k=_act(cfg, text=is_cross), v=_act(cfg, text=is_cross),
                        prob=make_prob_quant(cfg.prob_quant, cfg.abits), is_cross=is_cross,
                        protect=cfg.protect if is_cross else "none",
                        protect_kv=cfg.protect_kv, protect_probs=cfg.protect_probs,
                        renorm=cfg.prob_renorm, cond_only=cfg.protect_cond_only)
    if st is None:
        return qz
    _calibrate_act(qz.q, _subsample(_attn_operand(st, "q", qz.q.mode)))
    if is_cross:
        kv_protect = qz.protect if cfg.protect_kv else "none"
        _calibrate_act(qz.k, _subsample(_rows_excluding([(k, p) for k, _, p in st.text], kv_protect)))
        _calibrate_act(qz.v, _subsample(_rows_excluding([(v, p) for _, v, p in st.text], kv_protect)))
        probs = _subsample(_probs_excluding(
            st.cross_probs, qz.protect if cfg.protect_probs else "none"))
    else:
        _calibrate_act(qz.k, _subsample(_attn_operand(st, "k", qz.k.mode)))
        _calibrate_act(qz.v, _subsample(_attn_operand(st, "v", qz.v.mode)))
        probs = _subsample(torch.cat(st.values["probs"]))
    if hasattr(qz.prob, "calibrate") and probs is not None:
        qz.prob.calibrate(probs)
    return qz


def _packed_layer(name: str, layer: nn.Module, cfg: QuantConfig, st, text_values: torch.Tensor | None,
                  weight_cache: dict | None) -> nn.Module:
    """One Linear / Conv2d as a packed layer: SmoothQuant scaling when configured, its input
    quantizer calibrated on the layer's statistics `st`, its weight codes (cached per
    calibration when no smoothing changed the weight)."""
    is_conv = isinstance(layer, nn.Conv2d)
    w2d = layer.weight.detach().float().reshape(layer.weight.shape[0], -1)
    is_text_input = name.endswith(("attn2.to_k", "attn2.to_v"))
    spatial = is_conv and tuple(layer.kernel_size) != (1, 1)
    act = _act(cfg, channel_dim=1 if is_conv else -1, text=is_text_input, spatial=spatial)
    hessian = st.hessian if st is not None else None
    smooth = None
    if cfg.smooth_alpha is not None and not is_conv and st is not None and st.absmax is not None:
        smooth, w2d, hessian = _smoothed(cfg.smooth_alpha, st.absmax, w2d, hessian)
    if st is not None:
        _calibrate_input(act, st, text_values if is_text_input else None, smooth,
                         flat=is_text_input or smooth is not None)
    if cfg.fmt == "fp8":  # e4m3 weights, activations cast per row at run time
        return _fp8_layer(layer, w2d, is_conv)
    use_gptq = cfg.weight_rounding == "gptq" and hessian is not None
    key = (name, cfg.wbits, use_gptq, cfg.weight_clip_search,
           float(layer.weight.detach().float().sum()))
    cache = weight_cache if smooth is None else None
    if cache is not None and key in cache:
        codes, scale, zero = cache[key]
    elif use_gptq:
        codes, scale, zero = quantize_weight_gptq(w2d, hessian, cfg.wbits,
                                                  clip_search=cfg.weight_clip_search)
    else:
        codes, scale, zero = quantize_weight_rtn(w2d, cfg.wbits, clip_search=cfg.weight_clip_search)
    if cache is not None:
        cache[key] = (codes, scale, zero)
    if is_conv:
        return QuantConv2d.from_codes(layer, codes, scale, None, cfg.wbits, act)
    return QuantLinear.from_codes(layer, codes, scale, None, cfg.wbits, act, smooth)


def _smoothed(alpha: float, absmax: torch.Tensor, w2d: torch.Tensor, hessian: torch.Tensor | None
              ) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor | None]:
    """SmoothQuant: per input channel s = absmax^a / wmax^(1-a); (s, W*s, H/s/s)."""
    wmax = w2d.abs().amax(dim=0).clamp_min(1e-5)
    smooth = (absmax.clamp_min(1e-5) ** alpha / wmax ** (1 - alpha)).clamp(1e-2, 1e2)
    if hessian is not None:
        hessian = hessian / smooth[:, None] / smooth[None, :]
    return smooth, w2d * smooth[None, :], hessian


def _calibrate_input(act: ActQuant, st, text_rows: torch.Tensor | None, smooth: torch.Tensor | None,
                     flat: bool) -> None:
    """The input quantizer's range: from the text embeddings' rows for K/V projections (when
    given), else the layer's sampled input rows, divided by the smoothing scales."""
    rows = text_rows if text_rows is not None else st.row_sample()
    if smooth is not None:
        rows = rows / smooth
    if act.mode in ROW_MODES:
        _calibrate_act(act, rows)
    elif flat:
        _calibrate_act(act, rows.flatten())
    else:
        _calibrate_act(act, st.value_sample())


def _fp8_layer(layer: nn.Module, w2d: torch.Tensor, is_conv: bool) -> nn.Module:
    """A packed FP8 (e4m3) layer: per-output-channel scale = absmax / 448."""
    scale = w2d.abs().amax(dim=1).clamp_min(1e-12) / FP8_MAX
    codes = (w2d / scale[:, None]).clamp(-FP8_MAX, FP8_MAX).to(torch.float8_e4m3fn)
    if is_conv:
        return QuantConv2d.from_codes(layer, codes, scale, None, 8, None, fmt="fp8")
    return QuantLinear.from_codes(layer, codes, scale, None, 8, None, fmt="fp8")


def _set_module(root: nn.Module, name: str, new: nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    parent = root.get_submodule(parent_name) if parent_name else root
    setattr(parent, child, new)


def quantized_copy(unet: nn.Module, method: str, wbits: int = 8, abits: int = 8,
                   calib: Calibration | None = None, **kw) -> nn.Module:
    """quantize_unet on a deep copy (the float UNet stays usable, e.g. for the next method)."""
    if calib is not None and calib.stats is None and needs_calibration(method):
        overrides = {k: v for k, v in kw.items() if k != "progress"}
        attention = make_config(method, wbits, abits, **overrides).attn_quant
        calib.stats_for(unet, progress=kw.get("progress", False), attention=attention)
    return quantize_unet(copy.deepcopy(unet), method, wbits, abits, calib, **kw)
