"""Requests for different LoRAs on one base drawn in one tensor batch: each row of the batch goes
through its own adapter, `BASE_ROW` rows through none (what peft's mixed-adapter batches do with
the `adapter_names` argument of its LoRA layers).

WHY: a service's queue at modest concurrency rarely holds two requests for the same checkpoint
(`personalq bench serve --batching` measured mean batches of ~1.5 at concurrency 8 on the
world's 13-way mix when only identical requests ride together), while requests for different
LoRAs on the same base share everything but the small adapter matmuls, so they can share the
UNet and text-encoder calls, as multi-LoRA servers (Punica, S-LoRA, LoRAX) do.

WHY not peft's own per-row forward: it rebuilds each adapter's row list in Python in every LoRA
layer at every call (~12% of a mixed call under cProfile), and it needs the right adapters
active and scaled by `set_adapters` first (~22 ms on the world with its nine LoRAs loaded, a
walk over every module). Here the LoRA layers of a model are found once per set of loaded
adapters, each adapter's rows are an index tensor made once per call and batch size, and the
adapter's weight is applied from its `lora_alpha` and rank, so nothing has to be set beforehand.
The arithmetic is peft's: `base(x)` plus, on an adapter's rows, `B(A(dropout(x))) * scaling`.
"""

from __future__ import annotations

import math
import weakref
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Iterator, Mapping, Sequence

if TYPE_CHECKING:
    import torch
    from diffusers import DiffusionPipeline

BASE_ROW = "__base__"  # peft's name for "no adapter on this row"
MODELS = ("unet", "text_encoder", "text_encoder_2")
TEXT_MODELS = ("text_encoder", "text_encoder_2")

# model -> (its loaded adapters' signature, its LoRA layers): found again when adapters change
_LAYERS: "weakref.WeakKeyDictionary[Any, tuple[tuple, list]]" = weakref.WeakKeyDictionary()


def row_names(names: Sequence[str], n: int) -> list[str]:
    """The adapter of each of `n` rows: `names` once per prompt, repeated for the
    classifier-free-guidance halves (diffusers stacks [unconditional, conditional])."""
    if n % len(names):
        raise ValueError(f"a batch of {n} rows does not split into {len(names)} prompts")
    return list(names) * (n // len(names))


def lora_layers(model) -> list:
    """The peft LoRA layers of `model`, walked once per set of loaded adapters and the modules
    they target (a walk over every module of a UNet costs milliseconds; a lookup does not)."""
    config = getattr(model, "peft_config", None) or {}
    signature = tuple((name, _targets(c)) for name, c in config.items())
    cached = _LAYERS.get(model)
    if cached is None or cached[0] != signature:
        from peft.tuners.lora import LoraLayer

        cached = (signature, [m for m in model.modules() if isinstance(m, LoraLayer)])
        _LAYERS[model] = cached
    return cached[1]


def _targets(config) -> Any:
    targets = getattr(config, "target_modules", None)
    return tuple(sorted(targets)) if isinstance(targets, (set, frozenset, list, tuple)) else targets


class RowRoutes:
    """Which rows of an input go through which adapter, for one call. On each LoRA layer the
    rows' adapters are stacked (their A and B weights side by side, `sum r` wide), so all rows
    take one A and one B matmul, and a per-row mask keeps on each row only its own adapter's
    rank block, times that adapter's scaling (zeros elsewhere and on `BASE_ROW` rows): five
    tensor ops per layer however many adapters ride, instead of a gather, two matmuls and a
    scatter per adapter. The zeros are selected, not multiplied (an inf activation times 0 is
    NaN, which the B matmul would spread over the whole row)."""

    def __init__(self, names: Sequence[str]):
        self.names = list(names)
        self.adapters = [n for n in dict.fromkeys(self.names) if n != BASE_ROW]
        self._stacked: dict[int, tuple] = {}
        self._masks: dict[tuple, "torch.Tensor"] = {}

    def stacked(self, layer) -> tuple:
        """(A weights, B weights, the (adapter, rank, scaling) of each block) of the rows'
        adapters on `layer`, stacked once per call; () when none of them is on it."""
        got = self._stacked.get(id(layer))
        if got is None:
            import torch

            names = [n for n in self.adapters if n in layer.lora_A]
            got = () if not names else (
                torch.cat([layer.lora_A[n].weight for n in names]),
                torch.cat([layer.lora_B[n].weight for n in names], dim=1),
                tuple((n, layer.lora_A[n].weight.shape[0], float(layer.scaling[n]))
                      for n in names))
            self._stacked[id(layer)] = got
        return got

    def mask(self, blocks: tuple, rows: int, like: "torch.Tensor"
             ) -> tuple["torch.Tensor", "torch.Tensor"]:
        """rows x (sum of ranks): each row's adapter's scaling on its rank block, else 0
        (dtype and device of `like`), and where a row has its adapter's block (bool)."""
        key = (blocks, rows, like.dtype, like.device)
        got = self._masks.get(key)
        if got is None:
            import torch

            scale = torch.zeros(rows, sum(r for _, r, _ in blocks), dtype=like.dtype,
                                device=like.device)
            own = torch.zeros(scale.shape, dtype=torch.bool, device=like.device)
            names, start = row_names(self.names, rows), 0
            for name, rank, scaling in blocks:
                for i, row in enumerate(names):
                    if row == name:
                        scale[i, start:start + rank] = scaling
                        own[i, start:start + rank] = True
                start += rank
            got = (scale, own)
            self._masks[key] = got
        return got


def _plain(layer, names: set[str]) -> bool:
    """Whether the rows' adapters are plain LoRA on this layer (a Linear or an ungrouped
    convolution, no bias, no DoRA or other variant, no dropout in training mode): those are
    routed here, anything else by peft's own per-row forward. A loaded adapter's dropout is an
    `nn.Identity` left in training mode (peft makes it so, and nothing calls eval() after a
    load): it drops nothing, so it does not count."""
    import torch
    from peft.tuners.lora.layer import Linear, _ConvNd

    if not isinstance(layer, (Linear, _ConvNd)) or names & set(layer.lora_variant):
        return False
    return all(layer.lora_A[n].bias is None and layer.lora_B[n].bias is None
               and getattr(layer.lora_A[n], "groups", 1) == 1
               and (isinstance(layer.lora_dropout[n], torch.nn.Identity)
                    or not layer.lora_dropout[n].training)
               for n in names & set(layer.lora_A))


def _apply(module, x: "torch.Tensor", weight: "torch.Tensor") -> "torch.Tensor":
    """`module` (a LoRA A or B: Linear or convolution) run with `weight` in place of its own."""
    import torch

    if isinstance(module, torch.nn.Linear):
        return torch.nn.functional.linear(x, weight)
    return module._conv_forward(x, weight, None)


def _routed_forward(layer, routes: RowRoutes):
    import torch

    def forward(x, *args, **kwargs):
        result = layer.base_layer(x, *args, **kwargs)
        stacked = routes.stacked(layer)
        if not stacked:
            return result
        a, b, blocks = stacked
        lora_a, lora_b = layer.lora_A[blocks[0][0]], layer.lora_B[blocks[0][0]]
        h = _apply(lora_a, x.to(a.dtype), a)
        scale, own = routes.mask(blocks, x.shape[0], h)
        ones = [1] * (h.dim() - 2)
        if isinstance(lora_a, torch.nn.Linear):  # rank last: (rows, ..., r)
            shape = (scale.shape[0], *ones, scale.shape[1])
        else:  # a convolution: channels first, (rows, r, ...)
            shape = (*scale.shape, *ones)
        h = torch.where(own.view(shape), h * scale.view(shape), 0.0)
        return result + _apply(lora_b, h, b).to(result.dtype)
    return forward


def _peft_forward(layer, names: list[str]):
    def forward(x, *args, **kwargs):
        return layer._mixed_batch_forward(x, *args, adapter_names=row_names(names, x.shape[0]),
                                          **kwargs)
    return forward


def _unit_scale(layer, name: str) -> float:
    """The adapter's scaling at weight 1.0 on this layer (peft's `set_scale(name, 1.0)`)."""
    rank = layer.r[name]
    return layer.lora_alpha[name] / (math.sqrt(rank) if layer.use_rslora.get(name) else rank)


@contextmanager
def per_row_adapters(pipe: "DiffusionPipeline", names: Sequence[str],
                     models: Sequence[str] = MODELS,
                     weights: Mapping[str, float] | None = None) -> Iterator[None]:
    """While inside, every LoRA layer of the pipeline's `models` (UNet and text encoder(s))
    applies to row i of its input the adapter `names[i]` (one name per prompt of the next
    pipeline call; `BASE_ROW`: none), whether or not that adapter is active or LoRA layers are
    switched off. `weights`: each adapter's weight (its scaling is set from it for the call);
    None: the scales `set_adapters` last gave. The LoRA layers must be unmerged."""
    names = list(names)
    routes, wanted = RowRoutes(names), set(names) - {BASE_ROW}
    patched, scales = [], []
    try:
        for attr in models:
            model = getattr(pipe, attr, None)
            for layer in lora_layers(model) if model is not None else ():
                for name, weight in (weights or {}).items():
                    if name in layer.scaling:
                        scales.append((layer, name, layer.scaling[name]))
                        layer.scaling[name] = weight * _unit_scale(layer, name)
                if _plain(layer, wanted):
                    layer.forward = _routed_forward(layer, routes)
                elif hasattr(layer, "_mixed_batch_forward"):
                    layer.forward = _peft_forward(layer, names)
                else:
                    continue
                patched.append(layer)
        yield
    finally:
        for layer in patched:
            del layer.forward  # the class's forward again
        for layer, name, scale in reversed(scales):
            layer.scaling[name] = scale
