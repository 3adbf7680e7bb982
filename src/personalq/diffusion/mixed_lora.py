"""Requests for different LoRAs on one base drawn in one tensor batch: each row of the batch goes
through its own adapter, `BASE_ROW` rows through none (peft's mixed-adapter batches: the
`adapter_names` argument of its LoRA layers).

WHY: a service's queue at modest concurrency rarely holds two requests for the same checkpoint
(`personalq bench serve --batching` measured mean batches of ~1.5 at concurrency 8 on the
world's 13-way mix when only identical requests ride together), while requests for different
LoRAs on the same base share everything but the small adapter matmuls, so they can share the
UNet and text-encoder calls, as multi-LoRA servers (Punica, S-LoRA, LoRAX) do. The adapters
must all be loaded (unmerged) on the pipeline's models; their scales are what `set_adapters`
last gave them.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING, Iterator, Sequence

if TYPE_CHECKING:
    from diffusers import DiffusionPipeline

BASE_ROW = "__base__"  # peft's name for "no adapter on this row"
MODELS = ("unet", "text_encoder", "text_encoder_2")
TEXT_MODELS = ("text_encoder", "text_encoder_2")


def row_names(names: Sequence[str], n: int) -> list[str]:
    """The adapter of each of `n` rows: `names` once per prompt, repeated for the
    classifier-free-guidance halves (diffusers stacks [unconditional, conditional])."""
    if n % len(names):
        raise ValueError(f"a batch of {n} rows does not split into {len(names)} prompts")
    return list(names) * (n // len(names))


@contextmanager
def per_row_adapters(pipe: "DiffusionPipeline", names: Sequence[str],
                     models: Sequence[str] = MODELS) -> Iterator[None]:
    """While inside, every LoRA layer of the pipeline's `models` (UNet and text encoder(s))
    applies to row i of its input the adapter `names[i]` (one name per prompt of the next
    pipeline call; `BASE_ROW`: none). The LoRA layers must be enabled and unmerged."""
    from peft.tuners.lora import LoraLayer

    names = list(names)
    hooks = []

    def inject(module, args, kwargs):
        x = args[0] if args else kwargs["x"]
        kwargs["adapter_names"] = row_names(names, x.shape[0])
        return args, kwargs

    try:
        for attr in models:
            model = getattr(pipe, attr, None)
            if model is None:
                continue
            for module in model.modules():
                if isinstance(module, LoraLayer) and hasattr(module, "_mixed_batch_forward"):
                    hooks.append(module.register_forward_pre_hook(inject, with_kwargs=True))
        yield
    finally:
        for hook in hooks:
            hook.remove()
