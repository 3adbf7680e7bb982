"""Packed layers: the integer kernel path equals the dequantized float path, TAQ's protected
rows bypass input quantization, and a quantized UNet really holds fewer bytes."""

import copy

import pytest
import torch
from torch import nn

from personalq.quant.methods import quantize_unet
from personalq.quant.packed import QuantConv2d, resident_bytes
from personalq.quant.quantizers import ActQuant, quantize_weight_rtn


def _act(abits, act_mode):
    act = ActQuant(abits, mode=act_mode)
    if act_mode == "static_tensor":
        act.calibrate(torch.randn(4096) * 2)
    return act


@pytest.mark.parametrize("wbits,abits,mode", [(8, 8, "static_tensor"), (4, 4, "static_tensor"),
                                              (8, 8, "dynamic_token"), (8, 4, "dynamic_tensor")])
def test_int_mm_path_equals_dequant_path(wbits, abits, mode, packed_linear, int_and_fake):
    lin, q = packed_linear(wbits, _act(abits, mode))
    x = torch.randn(2, 40, 64) * 2  # 80 rows > 16: the int path runs
    y_int, y_float = int_and_fake(q, x)
    with torch.no_grad():
        ref = lin(x)
    assert torch.allclose(y_int, y_float, rtol=1e-4, atol=1e-4)
    assert not torch.equal(y_int, ref)  # and it is quantized


def test_keep_rows_bypass_activation_quantization(packed_linear):
    lin, q = packed_linear(8, _act(4, "static_tensor"))
    x = torch.randn(2, 20, 64)
    keep = [3, 4, 5]
    with torch.no_grad():
        y = q(x, keep_rows=keep)
        exact = nn.functional.linear(x, q.dequant_weight2d(), q.float_bias())
    assert torch.allclose(y[:, keep], exact[:, keep], rtol=1e-6, atol=1e-6)
    others = [i for i in range(20) if i not in keep]
    assert not torch.allclose(y[:, others], exact[:, others], atol=1e-3)


def test_quant_conv_matches_float_conv_closely_at_8_bits():
    torch.manual_seed(0)
    conv = nn.Conv2d(16, 24, 3, padding=1)
    codes, scale, _ = quantize_weight_rtn(conv.weight.reshape(24, -1), 8)
    q = QuantConv2d.from_codes(conv, codes, scale, None, 8, None)
    x = torch.randn(1, 16, 8, 8)
    with torch.no_grad():
        rel = (q(x) - conv(x)).norm() / conv(x).norm()
    assert 0 < float(rel) < 0.02


def test_resident_bytes_drop_on_a_unet(tiny_sd15_unet):
    fp32 = resident_bytes(tiny_sd15_unet)
    fp16 = resident_bytes(copy.deepcopy(tiny_sd15_unet).half())
    w8 = resident_bytes(quantize_unet(copy.deepcopy(tiny_sd15_unet), "naive", 8, 8))
    w4 = resident_bytes(quantize_unet(copy.deepcopy(tiny_sd15_unet), "naive", 4, 8))
    assert fp32 / w8 >= 3.5 and fp16 / w8 >= 1.9, (fp32 / w8, fp16 / w8)
    assert fp32 / w4 >= 6.0 and fp16 / w4 >= 3.3, (fp32 / w4, fp16 / w4)


@pytest.fixture(scope="module")
def tiny_sd15_unet(tmp_path_factory):
    from diffusers import UNet2DConditionModel

    from personalq.testing import make_tiny_sd15

    d = make_tiny_sd15(tmp_path_factory.mktemp("sd15"))
    return UNet2DConditionModel.from_pretrained(d / "unet").eval()
