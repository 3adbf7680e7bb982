"""Quantizer math: round trips, error bounds, GPTQ vs round-to-nearest, log2 vs uniform probs,
int4 packing."""

import torch

from personalq.quant.packed import pack_int4, unpack_int4
from personalq.quant.quantizers import (ActQuant, Log2Quant, UniformProbQuant, dequantize,
                                        fake_quant, qparams, quantize_weight_gptq,
                                        quantize_weight_rtn)


def test_rtn_symmetric_round_trip_error_is_at_most_half_a_step():
    torch.manual_seed(0)
    w = torch.randn(16, 40)
    for bits in (8, 4):
        q, scale, zero = quantize_weight_rtn(w, bits, symmetric=True, clip_search=False)
        assert q.dtype == torch.int8
        assert int(q.max()) <= 2 ** (bits - 1) - 1 and int(q.min()) >= -(2 ** (bits - 1))
        err = (dequantize(q, scale[:, None], zero[:, None]) - w).abs()
        assert bool((err <= scale[:, None] / 2 + 1e-6).all())


def test_asymmetric_grid_covers_a_shifted_range():
    x = torch.linspace(0.5, 3.0, 101)  # all positive: symmetric wastes half the grid
    s_sym, z_sym = qparams(x.min(), x.max(), 4, symmetric=True)
    s_asym, z_asym = qparams(x.min(), x.max(), 4, symmetric=False)
    err_sym = (fake_quant(x, s_sym, z_sym, 4) - x).pow(2).mean()
    err_asym = (fake_quant(x, s_asym, z_asym, 4) - x).pow(2).mean()
    assert err_asym < err_sym


def test_gptq_beats_round_to_nearest_on_layer_output():
    torch.manual_seed(0)
    # correlated inputs with a few large channels, like real activations
    base = torch.randn(2048, 8)
    x = base @ torch.randn(8, 64) + 0.1 * torch.randn(2048, 64)
    x[:, :4] *= 5
    w = torch.randn(32, 64)
    h = x.t() @ x
    ref = x @ w.t()
    for bits in (4, 8):
        q_rtn, s_rtn, z_rtn = quantize_weight_rtn(w, bits)
        q_g, s_g, z_g = quantize_weight_gptq(w, h, bits)
        mse_rtn = (x @ dequantize(q_rtn, s_rtn[:, None], z_rtn[:, None]).t() - ref).pow(2).mean()
        mse_g = (x @ dequantize(q_g, s_g[:, None], z_g[:, None]).t() - ref).pow(2).mean()
        assert mse_g < 0.8 * mse_rtn, (bits, float(mse_g), float(mse_rtn))


def test_static_clipping_search_beats_min_max_with_outliers():
    torch.manual_seed(0)
    x = torch.randn(20000)
    x[:5] = 40.0  # a few outliers stretch a min-max grid
    clipped = ActQuant(4, mode="static_tensor")
    clipped.calibrate(x)
    minmax = ActQuant(4, mode="dynamic_tensor")
    assert float(clipped.hi) < 40.0
    assert (clipped(x) - x).pow(2).mean() < (minmax(x) - x).pow(2).mean()


def test_per_token_quantization_gives_each_row_its_own_range():
    x = torch.stack([torch.linspace(-1, 1, 32), 100 * torch.linspace(-1, 1, 32)])
    per_token = ActQuant(4, mode="dynamic_token")
    per_tensor = ActQuant(4, mode="dynamic_tensor")
    assert (per_token(x)[0] - x[0]).abs().max() < (per_tensor(x)[0] - x[0]).abs().max()
    codes, scale, zero = per_token.to_int(x)
    assert codes.dtype == torch.int8 and scale.shape == (2, 1)


def test_log2_quantizer_keeps_small_probabilities_that_uniform_zeroes():
    torch.manual_seed(0)
    p = torch.softmax(torch.randn(64, 77) * 2, dim=-1)
    log2 = Log2Quant(4)(p)
    uniform = UniformProbQuant(4)(p)
    assert float((uniform == 0).float().mean()) > 0.5  # most probabilities vanish
    assert float((log2 == 0).float().mean()) < 0.05
    rel = lambda a: float(((a - p).abs() / p).median())  # noqa: E731
    assert rel(log2) < rel(uniform)
    exact = torch.tensor([1.0, 0.5, 0.25, 2.0 ** -10])
    assert torch.equal(Log2Quant(4)(exact), exact)


def test_log_quantizer_is_fine_grained_at_8_bits():
    p = torch.tensor([0.75, 0.3, 0.01])
    rel = ((Log2Quant(8)(p) - p).abs() / p).max()
    assert float(rel) < 0.03  # a power-of-two grid would round 0.75 to 1.0 or 0.5
    assert float(((Log2Quant(4)(p) - p).abs() / p).max()) > 0.2


def test_int4_pack_round_trip_odd_width():
    q = torch.randint(-8, 8, (5, 7), dtype=torch.int8)
    packed = pack_int4(q)
    assert packed.dtype == torch.uint8 and packed.shape == (5, 4)
    assert torch.equal(unpack_int4(packed, 7), q)
