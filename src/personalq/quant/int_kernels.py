"""Integer (and FP8) matmul kernels for the packed layers, on plain torch.

Why these exist: a packed layer that dequantizes its weight and fake-quantizes its input on
every call is *slower* than fp32 (more memory traffic, same float matmul). Here the matmul runs
on the integer codes: `torch._int_mm` (int8 x int8 -> int32; oneDNN with AMX/VNNI on x86 CPUs,
cuBLASLt on CUDA), then one float rescale. The weight operand is the stored int8 code matrix
(out, in), passed as its transposed view (in, out) -- never dequantized, never copied.

- `quantize_rows_sym`: per-token (per row) dynamic symmetric int8 codes of an activation.
- `quantize_tensor`: codes of an activation on one (static or dynamic) per-tensor grid.
- `int_mm`: `torch._int_mm` with the device's shape rules checked (CUDA: m > 16, k and n
  multiples of 8): operands are zero-padded when needed (zeros add nothing to an integer dot
  product), so every shape runs on the integer path; exact int32 results.
- `im2col_nhwc`: 3x3 (any kxk) convolution patches of int8 codes in channels-last order, built
  from shifted slices (`F.unfold` has no int8 kernel on CPU); row p holds the kh*kw*C codes of
  output pixel p in (kh, kw, C) order, matching `conv_weight_rows`.
- `scaled_mm_fp8`: FP8 (e4m3) matmul through `torch._scaled_mm` with per-row activation and
  per-output-channel weight scales (Hopper and newer GPUs).

The exact-integer claims are tested against int64 reference matmuls (tests/test_int_kernels.py).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

FP8_MAX = 448.0  # largest finite float8_e4m3fn


def quantize_rows_sym(x: torch.Tensor, bits: int = 8, ratio: float | torch.Tensor = 1.0):
    """(codes int8, scale (..., 1) float32): each row (last axis) on its own symmetric grid
    [-absmax*ratio, absmax*ratio] (per-token dynamic quantization; no zero point, so the
    integer matmul needs no correction term). Works on strided views (NHWC of an NCHW map).
    Few, mostly in-place ops: on small layers the per-op overhead is what the time is."""
    qmax = 2 ** (bits - 1) - 1
    x = x.float()
    scale = x.abs().amax(dim=-1, keepdim=True)
    if not (isinstance(ratio, float) and ratio == 1.0):
        scale.mul_(ratio)
    scale.clamp_min_(1e-8).div_(qmax)
    codes = torch.div(x, scale).round_().clamp_(-qmax, qmax).to(torch.int8)
    return codes, scale


def quantize_tensor(x: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor, bits: int = 8):
    """int8 codes of x on one grid (scale, zero are 0-d tensors); keeps x's memory layout."""
    qmin, qmax = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
    out = torch.div(x.float(), scale).round_()
    if float(zero) != 0.0:
        out.add_(zero)
    return out.clamp_(qmin, qmax).to(torch.int8)


def rescale(acc: torch.Tensor, sx: torch.Tensor, zx: torch.Tensor | None, ws: torch.Tensor,
            wsum: torch.Tensor | None, bias: torch.Tensor | None) -> torch.Tensor:
    """Float output of an integer matmul: y = (acc - zx * wsum) * sx * ws + bias.

    acc (M, N) int32; sx activation scale (M, 1) or 0-d; zx its zero point (same shape, or None
    for symmetric grids); ws (N,) weight scales; wsum (N,) sums of each weight row's codes (the
    zero-point correction; only read when there is a zero point); bias (N,) or None. Without a
    zero point: three ops over the output (int32 x float scale, x weight scales, + bias), the
    fp16-stored scales and bias promoted in place, never copied."""
    if zx is None or not bool(torch.any(zx != 0)):
        y = torch.mul(acc, sx)
        y.mul_(ws)
        return y if bias is None else y.add_(bias)
    per_row = sx.numel() > 1
    y = acc.float()
    col = ws.float()
    shift = bias.float() if bias is not None else None
    if per_row or zx.numel() > 1:  # a correction per row: one rank-1 update
        y.addr_(zx.float().expand(acc.shape[0], 1).reshape(-1), wsum.float(), alpha=-1.0)
    else:  # one zero point and one scale: a constant per column, folded into the bias
        corr = wsum.float() * (-float(zx) * float(sx)) * col
        shift = corr if shift is None else shift + corr
    if per_row:
        y.mul_(sx.float().reshape(-1, 1))
    else:
        col = col * sx.float()
    return y.mul_(col) if shift is None else torch.addcmul(shift, y, col)


def int_mm_shape_ok(m: int, k: int, n: int, device: torch.device) -> bool:
    """Whether `torch._int_mm` accepts (m, k) x (k, n) on `device` without padding."""
    if device.type == "cuda":
        return m > 16 and k % 8 == 0 and n % 8 == 0
    return True  # CPU (oneDNN / reference kernel): any shape (checked in the tests)


def int_mm(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """Exact int32 (m, n) = a (m, k) int8 @ b (k, n) int8 (b may be a transposed view), padding
    the operands only when the device's `_int_mm` shape rules require it."""
    m, k = a.shape
    if int_mm_shape_ok(m, k, b.shape[1], a.device):
        return torch._int_mm(a, b)
    return int_mm_padded(a, b)


def int_mm_padded(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    """`int_mm` with m raised above 16 and k, n to multiples of 8 by zero padding (zeros add
    nothing to an integer dot product), then the result cut back to (m, n)."""
    m, k = a.shape
    n = b.shape[1]
    pm, pk, pn = max(17 - m, 0), (-k) % 8, (-n) % 8
    a_p = F.pad(a, (0, pk, 0, pm)) if pk or pm else a
    # pad b through its transpose: a (n, k) weight's view stays column-major, as cuBLAS wants
    b_p = F.pad(b.t(), (0, pk, 0, pn)).t() if pk or pn else b
    return torch._int_mm(a_p, b_p)[:m, :n]


def conv_weight_rows(w4d: torch.Tensor) -> torch.Tensor:
    """(out, C, kh, kw) -> (out, kh*kw*C): a conv weight in the column order `im2col_nhwc`
    produces (done once, when the layer is built)."""
    return w4d.permute(0, 2, 3, 1).reshape(w4d.shape[0], -1).contiguous()


def conv_rows_to_oihw(rows: torch.Tensor, c: int, kh: int, kw: int) -> torch.Tensor:
    """Inverse of `conv_weight_rows`."""
    return rows.reshape(rows.shape[0], kh, kw, c).permute(0, 3, 1, 2)


def im2col_nhwc(x: torch.Tensor, kernel: tuple[int, int], stride: tuple[int, int],
                padding: tuple[int, int], dilation: tuple[int, int],
                pad_value: int = 0) -> torch.Tensor:
    """(B*Ho*Wo, kh*kw*C) patches of x given as NHWC (B, H, W, C) codes (any strides);
    padded positions hold `pad_value` (the code of 0.0: the zero point of an asymmetric grid).
    Undilated kernels: one padded copy, a `Tensor.unfold` window view, one copy into rows (two
    ops whatever the kernel size: on small maps the op count is the cost)."""
    b, h, w, c = x.shape
    (kh, kw), (sh, sw), (ph, pw), (dh, dw) = kernel, stride, padding, dilation
    ho = (h + 2 * ph - dh * (kh - 1) - 1) // sh + 1
    wo = (w + 2 * pw - dw * (kw - 1) - 1) // sw + 1
    xp = F.pad(x, (0, 0, pw, pw, ph, ph), value=pad_value) if ph or pw else x
    if (dh, dw) == (1, 1):
        win = xp.unfold(1, kh, sh).unfold(2, kw, sw)  # (B, Ho, Wo, C, kh, kw), a view
        return win.permute(0, 1, 2, 4, 5, 3).reshape(b * ho * wo, kh * kw * c)
    out = torch.empty(b, ho, wo, kh * kw, c, dtype=x.dtype, device=x.device)
    for i in range(kh):
        for j in range(kw):
            out[:, :, :, i * kw + j] = xp[:, i * dh: i * dh + (ho - 1) * sh + 1: sh,
                                          j * dw: j * dw + (wo - 1) * sw + 1: sw]
    return out.view(b * ho * wo, kh * kw * c)


def fp8_available(device: torch.device) -> bool:
    """FP8 tensor-core matmul: CUDA compute capability >= 8.9 (Ada, Hopper, Blackwell)."""
    if device.type != "cuda" or not hasattr(torch, "float8_e4m3fn"):
        return False
    return torch.cuda.get_device_capability(device) >= (8, 9)


def quantize_rows_fp8(x2d: torch.Tensor):
    """(codes float8_e4m3fn (M, K), scale (M, 1) float32): per-row absmax scaling."""
    x = x2d.float()
    scale = x.abs().amax(dim=1, keepdim=True).clamp_min_(1e-12).div_(FP8_MAX)
    return (x / scale).clamp_(-FP8_MAX, FP8_MAX).to(torch.float8_e4m3fn), scale


def scaled_mm_fp8(a8: torch.Tensor, sa: torch.Tensor, w8: torch.Tensor, sw: torch.Tensor,
                  bias: torch.Tensor | None, out_dtype: torch.dtype) -> torch.Tensor:
    """(M, N) = (a8 * sa) @ (w8 * sw).T + bias on FP8 tensor cores: a8 (M, K) e4m3 row-major,
    w8 (N, K) e4m3 (passed as its column-major transpose), sa (M, 1), sw (N,) float32."""
    return torch._scaled_mm(a8, w8.t(), scale_a=sa.float().contiguous(),
                            scale_b=sw.float().reshape(1, -1).contiguous(), bias=bias,
                            out_dtype=out_dtype)
