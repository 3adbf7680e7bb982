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
    """Which rows of an input go through which adapter, for one call.

    On a Linear or pointwise (1x1) convolution layer each row gets its own adapter's A and B
    (`per_row`: a (rows, r, in) and a (rows, out, r) tensor gathered once per call, B already
    times the adapter's scaling, zeros on `BASE_ROW` rows), and two batched matmuls apply them:
    every row pays for its own rank only. On other convolutions the rows' adapters are stacked
    (their A and B weights side by side, `sum r` wide), so all rows take one A and one B
    convolution, and a per-row mask keeps on each row only its own adapter's rank block, times
    its scaling. WHY per-row weights first: with 5 distinct rank-16 adapters in a batch the
    stacked A and B are 80 wide, wider than the world's 48-96 channel layers (the LoRA then
    cost twice the base layer, ~13% of a mixed batch's time); per row they are 16 wide. On both
    paths a row's zeros are selected, not multiplied (an inf activation times 0 is NaN, which
    the B matmul would spread over the whole row)."""

    def __init__(self, names: Sequence[str]):
        self.names = list(names)
        self.adapters = [n for n in dict.fromkeys(self.names) if n != BASE_ROW]
        self._stacked: dict[int, tuple] = {}
        self._masks: dict[tuple, "torch.Tensor"] = {}
        self._per_row: dict[tuple, tuple] = {}

    def per_row(self, layer, rows: int) -> tuple:
        """(A of each row, (rows, r, in); B of each row times its scaling, (rows, out, r);
        whether the row's adapter is on the layer, (rows,) bool) on a Linear or
        pointwise-convolution `layer`, r the largest rank of the rows' adapters (a smaller one
        padded with zeros); () when none of the rows' adapters is on the layer."""
        key = (id(layer), rows)
        got = self._per_row.get(key)
        if got is None:
            got = self._per_row[key] = _gather_rows(layer, row_names(self.names, rows))
        return got

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
    convolution, no bias, no DoRA or other variant, no dropout that acts): those are routed
    here, anything else by peft's own per-row forward."""
    from peft.tuners.lora.layer import Linear, _ConvNd

    if not isinstance(layer, (Linear, _ConvNd)) or names & set(layer.lora_variant):
        return False
    return all(layer.lora_A[n].bias is None and layer.lora_B[n].bias is None
               and getattr(layer.lora_A[n], "groups", 1) == 1
               and _no_dropout(layer.lora_dropout[n])
               for n in names & set(layer.lora_A))


def _no_dropout(dropout) -> bool:
    """Whether a LoRA's dropout leaves its input as is: an Identity (peft's module for dropout
    0, what a loaded LoRA file gets) or a dropout in eval mode. WHY not `.training` alone: peft
    adds the adapter's modules after the pipeline's `eval()`, so they stay in training mode,
    and the Identity's flag made every UNet layer of the world take peft's per-row forward
    (~29% of a mixed batch's time under `bench serve --batching`)."""
    import torch

    return isinstance(dropout, torch.nn.Identity) or not dropout.training


def _apply(module, x: "torch.Tensor", weight: "torch.Tensor") -> "torch.Tensor":
    """`module` (a LoRA A or B: Linear or convolution) run with `weight` in place of its own."""
    import torch

    if isinstance(module, torch.nn.Linear):
        return torch.nn.functional.linear(x, weight)
    return module._conv_forward(x, weight, None)


def _gather_rows(layer, names: list[str]) -> tuple:
    """RowRoutes.per_row's tensors for the rows named `names` (see there): the distinct
    adapters of the rows stacked (one `stack` each for A and B), each row's block taken by
    index, B times the row's scaling (0 on a row whose adapter is not on this layer), and which
    rows have their adapter here (bool; the others' delta is selected away). A few
    tensor ops per layer and call, not a copy per row (the call shares them over its steps)."""
    import torch
    import torch.nn.functional as F

    present = [n for n in dict.fromkeys(names) if n in layer.lora_A]
    if not present:
        return ()
    flat_a = [layer.lora_A[n].weight.flatten(1) for n in present]  # (r, in)
    flat_b = [layer.lora_B[n].weight.flatten(1) for n in present]  # (out, r)
    rank = max(a.shape[0] for a in flat_a)
    if any(a.shape[0] != rank for a in flat_a):  # pad smaller ranks with zeros
        flat_a = [F.pad(a, (0, 0, 0, rank - a.shape[0])) for a in flat_a]
        flat_b = [F.pad(b, (0, rank - b.shape[1])) for b in flat_b]
    position = {n: i for i, n in enumerate(present)}
    index = torch.tensor([position.get(n, 0) for n in names], device=flat_a[0].device)
    scales = torch.tensor([float(layer.scaling[n]) if n in position else 0.0 for n in names],
                          dtype=flat_b[0].dtype, device=flat_b[0].device)
    own = torch.tensor([n in position for n in names], device=flat_a[0].device)
    return (torch.stack(flat_a)[index],
            torch.stack(flat_b)[index] * scales.view(-1, 1, 1), own)


def _features_last(layer) -> bool:
    """Whether the layer is a peft LoRA Linear (its input's features last; else a convolution,
    channels first)."""
    from peft.tuners.lora.layer import Linear

    return isinstance(layer, Linear)


def _pointwise(layer) -> bool:
    """Whether the layer's LoRA is a Linear or a 1x1 convolution (stride 1, no padding): each
    output position is a matmul over channels, which `_per_row_lora` computes."""
    if _features_last(layer):
        return True
    conv = layer.base_layer
    padding = conv.padding if isinstance(conv.padding, str) else (
        "valid" if all(p == 0 for p in conv.padding) else "padded")
    return (not getattr(conv, "transposed", False) and padding in ("valid", "same")
            and all(k == 1 for k in conv.kernel_size) and all(s == 1 for s in conv.stride))


def _per_row_lora(x: "torch.Tensor", a: "torch.Tensor", b: "torch.Tensor",
                  features_last: bool) -> "torch.Tensor":
    """Each row's own LoRA on a Linear (features last) or pointwise-convolution (channels
    first) input: two batched matmuls, (rows, r, in) then (rows, out, r)."""
    import torch

    rows = x.shape[0]
    if features_last:
        flat = x.reshape(rows, -1, x.shape[-1])  # (rows, tokens, in)
        out = torch.bmm(torch.bmm(flat, a.transpose(1, 2)), b.transpose(1, 2))
        return out.reshape(*x.shape[:-1], b.shape[1])
    flat = x.reshape(rows, x.shape[1], -1)  # (rows, in, positions)
    return torch.bmm(b, torch.bmm(a, flat)).reshape(rows, b.shape[1], *x.shape[2:])


def _routed_forward(layer, routes: RowRoutes):
    import torch

    pointwise, features_last = _pointwise(layer), _features_last(layer)

    def forward(x, *args, **kwargs):
        result = layer.base_layer(x, *args, **kwargs)
        if pointwise:
            weights = routes.per_row(layer, x.shape[0])
            if not weights:
                return result
            a, b, own = weights
            lora = _per_row_lora(x.to(a.dtype), a, b, features_last)
            # selected, not multiplied by a 0 scaling: an inf activation times 0 is NaN
            own = own.view(-1, *[1] * (lora.dim() - 1))
            return result + torch.where(own, lora, 0.0).to(result.dtype)
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
