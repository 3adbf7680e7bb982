"""Per-layer forward path by measured speed: the int8 kernel where it wins, "dequant" elsewhere.

Why: `torch._int_mm` beats the float matmul on SD1.5-size layers, but on narrow ones (the
world UNet's 48/96-channel Linears and 1x1 convs at 16..512 tokens) the few extra ops around it
(per-token scales, codes, int32 -> float rescale) cost more than the integer matmul saves, so a
UNet of such layers ran slower than fp32. `choose_paths` runs one forward of the quantized UNet
on representative inputs and, at each packed layer that has an int8 path, times that layer on
its own live input both ways (int8 kernel vs dequantize-the-int8-weight + float matmul, which
keeps only the int8/int4 weight resident but leaves that layer's input unquantized), then keeps
the faster. The choice is a property of the machine, not of the checkpoint: it is set on the
modules (`prefer`), never saved, and `layer_paths` reports what each layer ran.
"""

from __future__ import annotations

import time

import torch
from torch import nn

from personalq.quant.packed import _PackedWeight


def _candidates(unet: nn.Module) -> dict[str, nn.Module]:
    return {n: m for n, m in unet.named_modules()
            if isinstance(m, _PackedWeight) and getattr(m, "packed", True)
            and m.fmt == "int" and getattr(m, "act", None) is not None and m.wzero is None
            and getattr(m, "smooth", None) is None}


def _time_paths(module: nn.Module, args: tuple, kwargs: dict, repeats: int) -> dict[str, float]:
    """Min CPU seconds of module.forward on this input per path (this process's CPU time, all
    its threads: on a shared machine wall time mostly measures the other processes), the paths
    interleaved."""
    best = {"int8": float("inf"), "dequant": float("inf")}
    for _ in range(repeats + 1):  # the first round is a warm-up
        for path in best:
            module.prefer = None if path == "int8" else "dequant"
            t0 = time.process_time()
            module.forward(*args, **kwargs)
            best[path] = min(best[path], time.process_time() - t0)
    return best


@torch.inference_mode()
def choose_paths(unet: nn.Module, inputs: dict, *, repeats: int = 5,
                 margin: float = 0.97) -> dict[str, dict]:
    """Set each int8-capable packed layer of `unet` to the path measured faster on one forward
    of `inputs` (UNet keyword arguments); "dequant" only when it takes under `margin` of the
    int8 time. Returns {layer name: {"path", "int8_us", "dequant_us"}}; layers whose int8 path
    does not apply (group-wise activations, ...) are left alone and not listed."""
    layers = _candidates(unet)
    for m in layers.values():
        m.prefer = None
    names = {id(m): n for n, m in layers.items()}
    out: dict[str, dict] = {}

    def hook(module, args, kwargs):
        name = names.get(id(module))
        if name is None or name in out:
            return None
        module.forward(*args, **kwargs)  # does the int8 path apply to this input?
        if module.last_path != "int8":
            module.prefer = None
            return None
        t = _time_paths(module, args, kwargs, repeats)
        module.prefer = "dequant" if t["dequant"] < margin * t["int8"] else None
        out[name] = {"path": module.prefer or "int8", "int8_us": round(t["int8"] * 1e6, 1),
                     "dequant_us": round(t["dequant"] * 1e6, 1)}
        return None

    handles = [m.register_forward_pre_hook(hook, with_kwargs=True) for m in layers.values()]
    try:
        unet(**inputs)
    finally:
        for h in handles:
            h.remove()
    return out


def reset_paths(unet: nn.Module) -> None:
    """Every packed layer back to its configured path (int8 where it applies)."""
    for m in _candidates(unet).values():
        m.prefer = None


def path_summary(choices: dict[str, dict], unet: nn.Module) -> dict[str, dict[str, int]]:
    """{path: {layer kind: count}}, e.g. {"int8": {"conv3x3": 26}, "dequant": {"linear": 83}}:
    which kinds of layer each path won on."""
    out: dict[str, dict[str, int]] = {}
    for name, c in choices.items():
        m = unet.get_submodule(name)
        ks = getattr(m, "kernel_size", None)
        kind = "linear" if ks is None else f"conv{ks[0]}x{ks[1]}"
        out.setdefault(c["path"], {})
        out[c["path"]][kind] = out[c["path"]].get(kind, 0) + 1
    return out
