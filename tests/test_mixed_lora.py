"""The mixed-batch LoRA path (diffusion/mixed_lora.py) on a real tiny pipeline: a row keeps
only its own adapter's delta, even when an activation is inf."""

from __future__ import annotations

import math

import pytest
import torch


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
        assert "_routed_forward" in layer.forward.__qualname__  # the stacked-A path
        clean, planted = layer(x), layer(bad)
        base_row = layer.base_layer(bad[1:2])
    assert not torch.isnan(planted).any()
    assert torch.equal(planted[1], base_row[0])  # inf where the base layer puts it, no more
    assert torch.isfinite(planted[1, [0, 1, 3, 4]]).all()  # the other tokens of that row
    assert torch.isfinite(planted[[0, 2]]).all()
    assert torch.equal(planted[[0, 2]], clean[[0, 2]])
    # the adapters do act on their rows: a0's row differs from the base layer's output
    assert not torch.allclose(clean[0], layer.base_layer(x[0:1])[0])
