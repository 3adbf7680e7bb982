"""Integer kernels: exact int32 results against int64 reference matmuls, the integer
Linear/1x1/kxk-conv paths against the fake-quant float path, W4 kept unpacked, FP8 (emulated on
CPU, `torch._scaled_mm` on CUDA), and the `dynamic` method running every layer on int8."""

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from personalq.quant.int_kernels import (im2col_nhwc, int_mm, int_mm_padded, quantize_rows_sym,
                                         rescale)
from personalq.quant.packed import (QuantConv2d, act_codes, keep_int8_codes,
                                    layer_paths, resident_bytes)
from personalq.quant.quantizers import ActQuant, quantize_weight_rtn

CUDA = torch.cuda.is_available()


def _codes(*shape, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randint(-128, 128, shape, generator=g, dtype=torch.int8)


@pytest.mark.parametrize("m,k,n", [(3, 7, 5), (16, 64, 64), (17, 40, 24), (300, 72, 136)])
def test_int_mm_is_exact_for_any_shape(m, k, n):
    a, b = _codes(m, k), _codes(n, k, seed=1)
    ref = a.long() @ b.long().t()
    assert torch.equal(int_mm(a, b.t()).long(), ref)  # b as the transposed view, as layers do
    # the padded form CUDA needs (m > 16, k and n multiples of 8) gives the same integers
    assert torch.equal(int_mm_padded(a, b.t()).long(), ref)


def test_rescale_folds_zero_points_and_scales():
    a, w = _codes(40, 32), _codes(12, 32, seed=2)
    acc = int_mm(a, w.t())
    ws, bias = torch.rand(12) + 0.1, torch.randn(12)
    wsum = w.sum(dim=1).float()
    for sx, zx in [(torch.tensor(0.03), torch.tensor(5.0)), (torch.rand(40, 1), None),
                   (torch.rand(40, 1), torch.randint(-9, 9, (40, 1)).float())]:
        z = 0.0 if zx is None else zx
        ref = ((a.double() - z) @ w.double().t()) * sx.double() * ws.double() + bias.double()
        got = rescale(acc, sx, zx, ws, wsum, bias)
        assert torch.allclose(got.double(), ref, rtol=1e-5, atol=1e-4)


def test_per_token_codes_match_the_activation_quantizer():
    x = torch.randn(50, 64) * torch.linspace(0.1, 5, 50)[:, None]
    codes, scale = quantize_rows_sym(x)
    act = ActQuant(8, "dynamic_token", symmetric=True)
    assert torch.allclose(codes.float() * scale, act(x), atol=1e-5)


@pytest.mark.parametrize("mode,sym", [("dynamic_token", True), ("dynamic_token", False),
                                      ("static_tensor", False), ("dynamic_tensor", True)])
def test_linear_int_path_accumulates_exactly(mode, sym, packed_linear, int_and_fake):
    act = ActQuant(8, mode, symmetric=sym)
    act.calibrate(torch.randn(4096) if mode == "static_tensor" else torch.randn(64, 64))
    lin, q = packed_linear(8, act)
    x = torch.randn(2, 30, 64)
    codes, sx, zx = act_codes(act, x.reshape(-1, 64))
    assert torch.equal(int_mm(codes, q.int_codes().t()).long(),
                       codes.long() @ q.int_codes().long().t())
    y, y_fake = int_and_fake(q, x)
    with torch.no_grad():
        ref = lin(x)
    assert torch.allclose(y, y_fake, rtol=1e-4, atol=1e-4)
    assert 0 < float((y - ref).norm() / ref.norm()) < 0.05


def test_im2col_nhwc_equals_unfold():
    x = _codes(2, 5, 7, 6).float()  # NCHW values that are integers
    for stride, padding in [((1, 1), (1, 1)), ((2, 2), (1, 1)), ((1, 1), (0, 0))]:
        cols = im2col_nhwc(x.permute(0, 2, 3, 1).to(torch.int8).contiguous(), (3, 3), stride,
                           padding, (1, 1))
        ref = F.unfold(x, 3, padding=padding, stride=stride)  # (B, C*9, L), (C, kh, kw) order
        b, _, L = ref.shape
        ref = ref.reshape(b, 5, 3, 3, L).permute(0, 4, 2, 3, 1).reshape(b * L, -1)
        assert torch.equal(cols.float(), ref)


def _conv(kernel, stride, padding, act, wbits=8, cin=16, cout=24):
    torch.manual_seed(1)
    conv = nn.Conv2d(cin, cout, kernel, stride=stride, padding=padding)
    codes, scale, _ = quantize_weight_rtn(conv.weight.reshape(cout, -1), wbits)
    return conv, QuantConv2d.from_codes(conv, codes, scale, None, wbits, act)


@pytest.mark.parametrize("kernel,stride,padding,mode,sym", [
    (3, 1, 1, "static_tensor", False),   # asymmetric: padding holds the zero point's code
    (3, 2, 1, "dynamic_tensor", True),   # the downsampling conv
    (1, 1, 0, "dynamic_token", True),    # 1x1: a matmul over pixels, per-pixel scales
    (1, 1, 0, "static_tensor", False)])
def test_conv_int_path_equals_fake_quant_path(kernel, stride, padding, mode, sym, int_and_fake):
    act = ActQuant(8, mode, symmetric=sym, channel_dim=1)
    act.calibrate(torch.randn(4096) + 0.5 if mode == "static_tensor" else torch.randn(64, 16))
    conv, q = _conv(kernel, stride, padding, act)
    x = torch.randn(2, 16, 9, 10) + 0.5
    y, y_fake = int_and_fake(q, x)
    with torch.no_grad():
        ref = conv(x)
    assert y.shape == ref.shape
    assert torch.allclose(y, y_fake, rtol=1e-4, atol=1e-4)
    assert float((y - ref).norm() / ref.norm()) < 0.05


def test_kxk_conv_with_per_pixel_scales_has_no_int_path():
    act = ActQuant(8, "dynamic_token", symmetric=True, channel_dim=1)
    _, q = _conv(3, 1, 1, act)
    with torch.no_grad():
        q(torch.randn(1, 16, 6, 6))
    assert q.last_path == "fake_quant"


def test_w4_kept_unpacked_gives_the_same_output_at_twice_the_bytes(packed_linear):
    act = ActQuant(8, "dynamic_token", symmetric=True)
    _, q = packed_linear(4, act, in_f=128, out_f=96)
    x = torch.randn(40, 128)
    with torch.no_grad():
        y_packed = q(x)
        before = resident_bytes(q)
        assert keep_int8_codes(q) == 1
        y_cached = q(x)
    assert torch.equal(y_packed, y_cached) and q.last_path == "int8"
    assert resident_bytes(q) - before == 128 * 96  # + one int8 byte per weight
    keep_int8_codes(q, keep=False)
    assert resident_bytes(q) == before


def test_fp8_layer_on_cpu_is_emulated_and_close():
    from personalq.quant.methods import _fp8_layer

    torch.manual_seed(0)
    lin = nn.Linear(64, 32)
    q = _fp8_layer(lin, lin.weight.detach(), is_conv=False)
    assert q.qweight.dtype == torch.float8_e4m3fn and q.qweight.element_size() == 1
    x = torch.randn(20, 64)
    with torch.no_grad():
        err = float((q(x) - lin(x)).norm() / lin(x).norm())
    assert q.last_path == "fp8_emulated" and 0 < err < 0.08


@pytest.mark.skipif(not CUDA, reason="needs CUDA")
def test_cuda_int_path_equals_cpu(packed_linear):
    act = ActQuant(8, "dynamic_token", symmetric=True)
    _, q = packed_linear(8, act, in_f=72, out_f=40)  # n=40, k=72: multiples of 8; m=5 needs padding
    x = torch.randn(5, 72)
    with torch.no_grad():
        y_cpu = q(x)
        y_gpu = q.cuda()(x.cuda())
    assert q.last_path == "int8"
    assert torch.allclose(y_gpu.cpu(), y_cpu, rtol=1e-4, atol=1e-4)


@pytest.mark.skipif(not CUDA or torch.cuda.get_device_capability() < (8, 9),
                    reason="needs an FP8 GPU (compute capability >= 8.9)")
def test_cuda_fp8_scaled_mm_equals_emulation():
    from personalq.quant.methods import _fp8_layer

    lin = nn.Linear(128, 64)
    q = _fp8_layer(lin, lin.weight.detach(), is_conv=False)
    x = torch.randn(32, 128)
    with torch.no_grad():
        y_emul = q(x)
        y = q.cuda()(x.cuda().bfloat16())
    assert q.last_path == "fp8"
    assert float((y.float().cpu() - y_emul).norm() / y_emul.norm()) < 0.02


def test_dynamic_method_runs_every_layer_on_int8(tiny_unet_and_calib):
    from personalq.quant.methods import quantized_copy

    unet, calib, inputs = tiny_unet_and_calib
    q = quantized_copy(unet, "dynamic", 8, 8, calib)
    with torch.no_grad():
        y = q(**inputs).sample
        ref = unet(**inputs).sample
    paths = layer_paths(q)
    assert set(paths) == {"int8"} and paths["int8"] > 10
    assert float((y - ref).norm() / ref.norm()) < 0.1
    assert all(type(m.processor).__name__ != "QuantAttnProcessor"
               for m in q.modules() if type(m).__name__ == "Attention")


@pytest.fixture(scope="module")
def tiny_unet_and_calib():
    from diffusers import UNet2DConditionModel

    from personalq.quant.calibrate import Calibration, CalibSample

    torch.manual_seed(0)
    unet = UNet2DConditionModel(
        sample_size=16, in_channels=4, out_channels=4, layers_per_block=1,
        block_out_channels=(32, 64), cross_attention_dim=32, attention_head_dim=8,
        down_block_types=("CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D"), norm_num_groups=8).eval()
    inputs = dict(sample=torch.randn(2, 4, 16, 16), timestep=torch.tensor(500),
                  encoder_hidden_states=torch.randn(2, 7, 32))
    samples = [CalibSample(args=(), kwargs=dict(inputs), positions=[[], []], group=0)]
    return unet, Calibration(samples=samples), inputs
