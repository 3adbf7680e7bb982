"""Per-row LoRA routing (diffusion/mixed_lora.py): every LoRA layer of a loaded file takes the
routed forward (not peft's per-row one), and on each layer kind (a Linear on tokens, a Linear
on a 2-D input, a 1x1 convolution: per-row matmuls; a 3x3 convolution: stacked adapters) the
routed output, at per-adapter weights, equals peft's own mixed-adapter forward (real tiny
pipeline, real LoRA files); and a row keeps only its own adapter's delta, even when an
activation is inf."""

from __future__ import annotations

import math

import pytest
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



@pytest.fixture(scope="module")
def two_adapters(tiny_checkpoints):
    """A tiny SD1.5 pipeline with the LoRAs l0 and l1 loaded as adapters "a0" and "a1"."""
    from personalq.diffusion.loading import load_base, load_lora_file
    from personalq.diffusion.mixed_lora import lora_layers

    base, loras, _ = tiny_checkpoints
    pipe = load_base(base)
    for i in range(2):
        load_lora_file(pipe, loras[i].path, f"a{i}")
    layers = [m for m in lora_layers(pipe.unet) if isinstance(m.base_layer, torch.nn.Linear)
              and {"a0", "a1"} <= set(m.lora_A)]
    assert layers, "the tiny LoRAs target no Linear layer of the UNet"
    return pipe, layers[0]


def test_an_inf_on_a_row_without_the_adapter_stays_off_the_lora_delta(two_adapters):
    """Rows a0, base, a1 in one call: the base row with an inf activation gets exactly what the
    base layer gives (no NaN from 0 x inf), and the other rows are exactly what they are
    without that inf, finite."""
    from personalq.diffusion.mixed_lora import BASE_ROW, per_row_adapters

    pipe, layer = two_adapters
    torch.manual_seed(0)
    x = torch.randn(3, 5, layer.base_layer.in_features)
    bad = x.clone()
    bad[1, 2, 0] = math.inf
    with torch.inference_mode(), per_row_adapters(pipe, ["a0", BASE_ROW, "a1"], ("unet",)):
        assert "_routed_forward" in layer.forward.__qualname__  # the routed path
        clean, planted = layer(x), layer(bad)
        base_row = layer.base_layer(bad[1:2])
    assert not torch.isnan(planted).any()
    assert torch.equal(planted[1], base_row[0])  # inf where the base layer puts it, no more
    assert torch.isfinite(planted[1, [0, 1, 3, 4]]).all()  # the other tokens of that row
    assert torch.isfinite(planted[[0, 2]]).all()
    assert torch.equal(planted[[0, 2]], clean[[0, 2]])
    # the adapters do act on their rows: a0's row differs from the base layer's output
    assert not torch.allclose(clean[0], layer.base_layer(x[0:1])[0])
