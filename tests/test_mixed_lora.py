"""Per-row LoRA routing (diffusion/mixed_lora.py): every LoRA layer of a loaded file takes the
routed forward (not peft's per-row one), and on each layer kind (a Linear on tokens, a Linear
on a 2-D input, a 1x1 convolution: per-row matmuls; a 3x3 convolution: stacked adapters) the
routed output, at per-adapter weights, equals peft's own mixed-adapter forward (real tiny
pipeline, real LoRA files)."""

from __future__ import annotations

import torch

from personalq.diffusion.loading import load_lora_file
from personalq.diffusion.mixed_lora import (BASE_ROW, _pointwise, lora_layers, per_row_adapters,
                                            row_names)
from personalq.testing import make_tiny_lora, make_tiny_sd15

TARGETS = ("to_q", "to_k", "to_v", "to_out.0", "proj_in", "conv1", "time_emb_proj")


def test_routed_lora_equals_peft_per_row_forward_on_every_layer_kind(tmp_path):
    from diffusers import StableDiffusionPipeline

    base = make_tiny_sd15(tmp_path / "base")
    pipe = StableDiffusionPipeline.from_pretrained(base, safety_checker=None)
    for i in range(2):  # rank 4 and rank 2: the per-row weights pad the smaller one
        path = make_tiny_lora(base, tmp_path / f"l{i}.safetensors", rank=4 - 2 * i, seed=i + 1,
                              target_modules=TARGETS)
        load_lora_file(pipe, path, f"l{i}")
    layers = lora_layers(pipe.unet)
    kinds = {(type(layer.base_layer).__name__, _pointwise(layer)) for layer in layers}
    assert kinds == {("Linear", True), ("Conv2d", True), ("Conv2d", False)}
    names = ["l1", BASE_ROW, "l0", "l1"]  # one name per prompt; the UNet sees 2 rows each
    checked: list[float] = []

    def compare(layer, args, output):
        rows = args[0].shape[0]
        expected = type(layer)._mixed_batch_forward(layer, args[0],
                                                    adapter_names=row_names(names, rows))
        checked.append(float((output - expected).abs().max()))
        assert not torch.equal(output, layer.base_layer(args[0]))  # a LoRA acted on some row

    hooks = [layer.register_forward_hook(compare) for layer in layers]
    generator = torch.Generator().manual_seed(0)
    sample = torch.randn(2 * len(names), 4, 16, 16, generator=generator)
    text = torch.randn(2 * len(names), 77, 32, generator=generator)
    weights = {"l0": 0.5, "l1": 1.5}  # scalings other than 1: each row must carry its own
    with torch.inference_mode(), per_row_adapters(pipe, names, ("unet",), weights):
        assert all("_routed_forward" in layer.forward.__qualname__ for layer in layers)
        pipe.unet(sample, 10, encoder_hidden_states=text)
    for hook in hooks:
        hook.remove()
    assert len(checked) == len(layers) and max(checked) < 1e-5
