"""Quantized checkpoints on disk: `save_quantized(unet, out_dir)` / `load_quantized_unet(dir)`.

Layout of a quantized checkpoint folder:
  quant_config.json   format tag, the method's QuantConfig, the UNet's diffusers config, one
                      entry per quantized layer / attention block (what modules to rebuild),
                      and the trigger the checkpoint was calibrated for (TAQ)
  unet.safetensors    every tensor of the UNet: packed int8/int4 codes, scales, calibrated
                      ranges, and the float parameters that stay float (norms, embeddings)

Loading builds the UNet skeleton with no float weights allocated (accelerate's
init_empty_weights), swaps in the packed modules, and assigns the stored tensors, so the
process never holds the float UNet: the resident saving is real from the first byte.
"""

from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn

from personalq.errors import PersonalQError
from personalq.quant.methods import QuantConfig, _set_module, config_of, remember_config
from personalq.quant.packed import QuantConv2d, QuantLinear
from personalq.quant.quantizers import (DEFAULT_ACT_GROUP, ActQuant, make_prob_quant,
                                        prob_quant_kind)
from personalq.quant.taq import ATTN_OPTIONS, AttnQuantizers, QuantAttnProcessor

FORMAT = "personalq-quant/1"
CONFIG_NAME = "quant_config.json"
WEIGHTS_NAME = "unet.safetensors"


def _act_spec(act: ActQuant | None) -> dict | None:
    if act is None:
        return None
    return {"bits": act.bits, "mode": act.mode, "symmetric": act.symmetric,
            "channel_dim": act.channel_dim, "group": act.group}


def _make_act(spec: dict | None) -> ActQuant | None:
    # "group" is absent from checkpoints written before group-wise activations existed
    return None if spec is None else ActQuant(spec["bits"], spec["mode"], spec["symmetric"],
                                              spec["channel_dim"],
                                              spec.get("group", DEFAULT_ACT_GROUP))


def save_quantized(unet: nn.Module, out_dir: str | Path, *, trigger: str | None = None,
                   source: str | None = None) -> Path:
    """Write `unet` (returned by `quantize_unet` with a packed or float method) to `out_dir`."""
    from safetensors.torch import save_file

    cfg: QuantConfig | None = config_of(unet)
    if cfg is None:
        raise PersonalQError("this UNet was not quantized by personalq",
                             hint="call quantize_unet(unet, method, ...) first")
    if cfg.kind == "torchao":
        raise PersonalQError(f"{cfg.method} models are not saved (torchao tensor subclasses)",
                             hint="save a packed method (naive, qdiffusion, mixdq, taq, ...)")
    if any("lora" in n for n, _ in unet.named_modules()):
        raise PersonalQError("the UNet has LoRA adapters loaded",
                             hint="save the quantized base; LoRA applies on top at load time")
    layers, attn = {}, {}
    for name, m in unet.named_modules():
        if isinstance(m, QuantLinear):
            layers[name] = {"type": "linear", "in": m.in_features, "out": m.out_features,
                            "wbits": m.wbits, "bias": m.bias is not None,
                            "asym": m.wzero is not None, "smooth": m.smooth is not None,
                            "act": _act_spec(m.act), "fmt": m.fmt}
        elif isinstance(m, QuantConv2d) and m.packed:
            layers[name] = {"type": "conv", "in": m.in_channels, "out": m.out_channels,
                            "kernel_size": list(m.kernel_size), "stride": list(m.stride),
                            "padding": m.padding if isinstance(m.padding, str)
                            else list(m.padding),
                            "dilation": list(m.dilation), "groups": m.groups, "wbits": m.wbits,
                            "bias": m.bias is not None, "asym": m.wzero is not None,
                            "act": _act_spec(m.act), "layout": m.layout, "fmt": m.fmt}
        elif isinstance(getattr(m, "quant", None), AttnQuantizers):
            qz = m.quant
            attn[name] = {"is_cross": qz.is_cross, "protect": qz.protect,
                          "q": _act_spec(qz.q), "k": _act_spec(qz.k), "v": _act_spec(qz.v),
                          "prob": None if qz.prob is None else prob_quant_kind(qz.prob),
                          "prob_bits": None if qz.prob is None else qz.prob.bits,
                          **qz.options()}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    meta = {"format": FORMAT, "quant": cfg.to_json(), "unet_class": type(unet).__name__,
            "unet_config": dict(unet.config), "layers": layers, "attention": attn,
            "trigger": trigger, "source": source}
    (out / CONFIG_NAME).write_text(json.dumps(meta, indent=1, default=str))
    state = {k: v.contiguous() for k, v in unet.state_dict().items()}
    save_file(state, str(out / WEIGHTS_NAME), metadata={"format": FORMAT})
    return out


def read_config(path: str | Path) -> dict:
    path = Path(path)
    cfg_file = path / CONFIG_NAME
    if not cfg_file.is_file() or not (path / WEIGHTS_NAME).is_file():
        raise PersonalQError(f"{path} is not a quantized checkpoint (no {CONFIG_NAME} + "
                             f"{WEIGHTS_NAME})", hint="create one with `personalq quantize`")
    meta = json.loads(cfg_file.read_text())
    if meta.get("format") != FORMAT:
        raise PersonalQError(f"{cfg_file}: unknown format {meta.get('format')!r}",
                             hint=f"expected {FORMAT}")
    return meta


def load_quantized_unet(path: str | Path) -> nn.Module:
    """Rebuild the quantized UNet stored at `path` (never materialising float weights)."""
    import diffusers
    from accelerate import init_empty_weights
    from safetensors.torch import load_file

    meta = read_config(path)
    cls = getattr(diffusers, meta["unet_class"])
    unet_config = {k: v for k, v in meta["unet_config"].items() if not k.startswith("_")}
    with init_empty_weights(include_buffers=True):
        unet = cls.from_config(unet_config)
    with torch.device("meta"):  # no storage yet: it comes from the file below
        _build_quant_modules(unet, meta)
    state = load_file(str(Path(path) / WEIGHTS_NAME))
    return _finish_load(unet, state, path, meta)


def _build_quant_modules(unet: nn.Module, meta: dict) -> None:
    """Swap in the packed layers and attention quantizers the config lists."""
    for name, spec in meta["layers"].items():
        act = _make_act(spec["act"])
        if spec["type"] == "linear":
            new = QuantLinear(spec["in"], spec["out"], spec["wbits"], spec["bias"], act,
                              asymmetric_weight=spec["asym"], smooth=spec["smooth"],
                              fmt=spec.get("fmt", "int"))
        else:
            padding = spec["padding"] if isinstance(spec["padding"], str) else tuple(
                spec["padding"])
            new = QuantConv2d(spec["in"], spec["out"], spec["kernel_size"], spec["stride"],
                              padding, spec["dilation"], spec["groups"], spec["bias"],
                              wbits=spec["wbits"], act=act, asymmetric_weight=spec["asym"],
                              # checkpoints from before the integer conv path: (in, kh, kw) order
                              layout=spec.get("layout", "oihw"), fmt=spec.get("fmt", "int"))
        _set_module(unet, name, new)
    for name, spec in meta["attention"].items():
        attn = unet.get_submodule(name)
        prob = (None if spec["prob"] in (None, "none")  # not quantized: fused SDPA
                else make_prob_quant(spec["prob"], spec["prob_bits"]))
        # absent from checkpoints written before these options existed: defaults
        options = {k: spec[k] for k in ATTN_OPTIONS if k in spec}
        attn.quant = AttnQuantizers(_make_act(spec["q"]), _make_act(spec["k"]),
                                    _make_act(spec["v"]), prob, spec["is_cross"],
                                    spec["protect"], **options)
        attn.set_processor(QuantAttnProcessor())


def _finish_load(unet, state, path, meta):
    missing, unexpected = unet.load_state_dict(state, strict=False, assign=True)
    if missing or unexpected:
        raise PersonalQError(f"{path}: checkpoint does not match its config "
                             f"(missing {missing[:3]}, unexpected {unexpected[:3]})")
    leftover = [n for n, t in list(unet.named_parameters()) + list(unet.named_buffers())
                if t.device.type == "meta"]
    if leftover:
        raise PersonalQError(f"{path}: tensors missing from the checkpoint: {leftover[:3]}")
    unet.eval()
    q = meta["quant"]
    remember_config(unet, QuantConfig(**q))
    if q["kind"] == "float":
        unet.to(getattr(torch, q["dtype"]))
    return unet
