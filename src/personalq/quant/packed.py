"""Packed low-bit layers: the weights really live as int8 (int4: two per byte) plus one float
scale per output channel, so a quantized UNet takes 4x (8x at int4) fewer resident bytes than
fp32, not just "could in theory".

`QuantLinear` is an `nn.Linear` subclass *without* a stored float weight (`.weight` is a property
that dequantizes a transient copy): libraries that dispatch on `isinstance(m, nn.Linear)` (peft's
LoRA injection, used by diffusers' `load_lora_adapter`) wrap it as they would a Linear and add
their float LoRA branch beside it, unmerged. Merging a LoRA into it is not supported.

Forward paths:
- activations quantized to <= 8 bits and an int8-representable weight: the integer kernel
  `torch._int_mm` (int8 x int8 -> int32) on the codes, then one float rescale (plus a zero-point
  correction for asymmetric activations). Exact integer arithmetic, so it equals the dequantized
  float matmul up to float rounding (tested).
- otherwise (no activation quantization, group-wise activations ("dynamic_group": one scale per
  group of input channels would need a rescale inside the reduction, which `_int_mm` cannot
  do), or the int path switched off): fake-quantize the input, dequantize the weight
  transiently and call `F.linear`. Same numbers, float speed.
`QuantConv2d` fake-quantizes its input and convolves with the transiently dequantized weight.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from personalq.quant.quantizers import ActQuant, dequantize

USE_INT_MM = True  # module-level switch so benchmarks can measure both paths


def pack_int4(q: torch.Tensor) -> torch.Tensor:
    """(rows, n) int8 codes in [-8, 7] -> (rows, ceil(n/2)) uint8, two codes per byte."""
    rows, n = q.shape
    if n % 2:
        q = torch.cat([q, torch.zeros(rows, 1, dtype=q.dtype)], dim=1)
    u = (q.to(torch.int16) & 0xF).to(torch.uint8)
    return (u[:, 0::2] | (u[:, 1::2] << 4)).contiguous()


def unpack_int4(packed: torch.Tensor, n: int) -> torch.Tensor:
    """Inverse of `pack_int4`: (rows, ceil(n/2)) uint8 -> (rows, n) int8 in [-8, 7]."""
    lo = (packed & 0xF).to(torch.int8)
    hi = (packed >> 4).to(torch.int8)
    q = torch.stack([lo, hi], dim=2).reshape(packed.shape[0], -1)[:, :n]
    return torch.where(q >= 8, q - 16, q).to(torch.int8)


class _PackedWeight(nn.Module):
    """Shared storage logic: int8 or packed-int4 codes, per-channel scale, optional zero."""

    def _init_storage(self, rows: int, cols: int, wbits: int, asymmetric: bool, has_bias: bool):
        if wbits not in (4, 8):
            raise ValueError(f"packed weights support 4 or 8 bits, not {wbits}")
        self.wbits, self.cols = wbits, cols
        shape = (rows, cols) if wbits == 8 else (rows, (cols + 1) // 2)
        dtype = torch.int8 if wbits == 8 else torch.uint8
        self.register_buffer("qweight", torch.zeros(shape, dtype=dtype))
        # Scales and biases are stored in fp16 (their rounding, ~5e-4 relative, is far below the
        # 8-bit grid step); per output channel they would otherwise cost 8 bytes, which for
        # narrow layers is a visible share of a 1-byte-per-weight budget.
        self.register_buffer("wscale", torch.ones(rows, dtype=torch.float16))
        self.register_buffer("wzero", torch.zeros(rows) if asymmetric else None)
        self.register_buffer("bias", torch.zeros(rows, dtype=torch.float16) if has_bias else None)
        self.compute_dtype = torch.float32

    def set_weight(self, codes: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor | None):
        codes = codes.to(torch.int8)
        self.qweight = pack_int4(codes) if self.wbits == 4 else codes.contiguous()
        self.wscale = scale.to(torch.float16).contiguous()
        self.wzero = None if zero is None or not bool(zero.any()) else zero.float().contiguous()

    def set_bias(self, bias: torch.Tensor | None) -> None:
        if bias is not None:
            self.bias = bias.detach().to(torch.float16).contiguous()

    def float_bias(self, dtype=torch.float32):
        return None if self.bias is None else self.bias.to(dtype)

    def int_codes(self) -> torch.Tensor:
        return self.qweight if self.wbits == 8 else unpack_int4(self.qweight, self.cols)

    def dequant_weight2d(self, dtype=torch.float32) -> torch.Tensor:
        zero = 0.0 if self.wzero is None else self.wzero[:, None]
        return dequantize(self.int_codes(), self.wscale.float()[:, None], zero).to(dtype)


class QuantLinear(nn.Linear, _PackedWeight):
    """A Linear whose weight is stored as packed integers (see module docstring)."""

    def __init__(self, in_features: int, out_features: int, wbits: int = 8, bias: bool = True,
                 act: ActQuant | None = None, asymmetric_weight: bool = False,
                 smooth: bool = False):
        nn.Module.__init__(self)  # not nn.Linear.__init__: no float weight is ever allocated
        self.in_features, self.out_features = in_features, out_features
        self._init_storage(out_features, in_features, wbits, asymmetric_weight, bias)
        self.act = act
        # SmoothQuant: inputs are divided by `smooth` (and the weight was multiplied by it), which
        # moves per-channel activation outliers into the weights where they are easier to quantize.
        self.register_buffer("smooth", torch.ones(in_features) if smooth else None)

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, "
                f"wbits={self.wbits}, bias={self.bias is not None}")

    @classmethod
    def from_codes(cls, linear: nn.Linear, codes, scale, zero, wbits: int,
                   act: ActQuant | None, smooth: torch.Tensor | None = None) -> "QuantLinear":
        layer = cls(linear.in_features, linear.out_features, wbits, linear.bias is not None, act,
                    asymmetric_weight=zero is not None and bool(zero.any()),
                    smooth=smooth is not None)
        layer.set_weight(codes, scale, zero)
        layer.set_bias(linear.bias)
        if smooth is not None:
            layer.smooth = smooth.float().clone()
        return layer

    @property
    def weight(self) -> torch.Tensor:
        """A freshly dequantized float copy (for code that inspects `Linear.weight`: peft reads
        its device/dtype/shape). Not stored; writing to it changes nothing."""
        return self.dequant_weight2d()

    def _int_path_ok(self, x2d: torch.Tensor) -> bool:
        return (USE_INT_MM and self.act is not None and self.act.bits <= 8
                and self.act.has_int_path and self.wzero is None and x2d.shape[0] > 16)

    def forward(self, x: torch.Tensor, keep_rows: list[int] | None = None) -> torch.Tensor:
        """`keep_rows`: positions along dim -2 (tokens) whose input is NOT quantized (TAQ's
        protected trigger rows); they go through the float matmul with the same weight."""
        dtype = x.dtype
        if self.smooth is not None:
            x = x / self.smooth.to(dtype)
        if self.act is None:
            return F.linear(x, self.dequant_weight2d(dtype), self.float_bias(dtype))
        x2d = x.reshape(-1, self.in_features)
        if self._int_path_ok(x2d):
            codes, sx, zx = self.act.to_int(x2d.float())
            wq = self.int_codes()
            acc = torch._int_mm(codes, wq.t())  # (M, out) int32, exact
            if bool(torch.any(zx != 0)):  # asymmetric activations: subtract zero * sum(w codes)
                acc = acc.float() - zx * wq.sum(dim=1, dtype=torch.int32).float()
            y2d = acc.float() * sx * self.wscale.float()
            if self.bias is not None:
                y2d = y2d + self.bias.float()
            y = y2d.to(dtype).reshape(*x.shape[:-1], self.out_features)
        else:
            y = F.linear(self.act(x), self.dequant_weight2d(dtype), self.float_bias(dtype))
        if keep_rows:
            idx = torch.as_tensor(keep_rows, dtype=torch.long)
            fp = F.linear(x.index_select(-2, idx), self.dequant_weight2d(dtype),
                          self.float_bias(dtype))
            y = y.index_copy(-2, idx, fp)
        return y


class QuantConv2d(nn.Conv2d, _PackedWeight):
    """A Conv2d whose weight is stored as packed integers; the input is fake-quantized.

    Constructed with nn.Conv2d's own signature and no `wbits` it is a plain float Conv2d: peft
    builds a conv LoRA's factors as `type(base_layer)(in, r, kernel, stride, padding, bias=False)`,
    so this is what lets LoRA adapters that target convolutions (e.g. `proj_in`) load, unmerged,
    on a quantized base."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 dilation=1, groups: int = 1, bias: bool = True, padding_mode: str = "zeros",
                 device=None, dtype=None, *, wbits: int | None = None,
                 act: ActQuant | None = None, asymmetric_weight: bool = False):
        if wbits is None:  # a float conv (peft's LoRA factor)
            nn.Conv2d.__init__(self, in_channels, out_channels, kernel_size, stride, padding,
                               dilation, groups, bias, padding_mode, device, dtype)
            self.packed = False
            return
        nn.Module.__init__(self)  # no float weight is ever allocated
        self.packed = True
        pair = lambda v: tuple(v) if isinstance(v, (tuple, list)) else (v, v)  # noqa: E731
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size, self.stride, self.dilation = pair(kernel_size), pair(stride), pair(dilation)
        self.padding = padding if isinstance(padding, str) else pair(padding)
        self.groups, self.padding_mode = groups, "zeros"
        self.transposed, self.output_padding = False, (0, 0)
        cols = (in_channels // groups) * self.kernel_size[0] * self.kernel_size[1]
        self._init_storage(out_channels, cols, wbits, asymmetric_weight, bias)
        self.act = act

    @property
    def weight(self) -> torch.Tensor:
        """The float parameter (float mode) or a freshly dequantized copy (packed mode)."""
        params = self.__dict__.get("_parameters", {})
        if "weight" in params:
            return params["weight"]
        if not self.__dict__.get("packed", False):
            raise AttributeError("weight")
        return self.dequant_weight2d().reshape(
            self.out_channels, self.in_channels // self.groups, *self.kernel_size)

    def extra_repr(self) -> str:
        if not self.packed:
            return nn.Conv2d.extra_repr(self)
        return (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, wbits={self.wbits}")

    @classmethod
    def from_codes(cls, conv: nn.Conv2d, codes, scale, zero, wbits: int,
                   act: ActQuant | None) -> "QuantConv2d":
        if conv.padding_mode != "zeros":
            raise ValueError("only zero-padded convolutions are quantized")
        layer = cls(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride,
                    conv.padding, conv.dilation, conv.groups, conv.bias is not None,
                    wbits=wbits, act=act, asymmetric_weight=zero is not None and bool(zero.any()))
        layer.set_weight(codes, scale, zero)
        layer.set_bias(conv.bias)
        return layer

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.packed:
            return nn.Conv2d.forward(self, x)
        dtype = x.dtype
        if self.act is not None:
            x = self.act(x)
        w = self.dequant_weight2d(dtype).reshape(
            self.out_channels, self.in_channels // self.groups, *self.kernel_size)
        return F.conv2d(x, w, self.float_bias(dtype), self.stride,
                        self.padding, self.dilation, self.groups)


def tensor_bytes(t: torch.Tensor) -> int:
    """Bytes a tensor really holds; tensor subclasses (torchao's quantized weights) are counted
    through their inner tensors, not the logical float shape they present."""
    if type(t) not in (torch.Tensor, nn.Parameter) and hasattr(t, "__tensor_flatten__"):
        names, _ = t.__tensor_flatten__()
        return sum(tensor_bytes(getattr(t, n)) for n in names)
    return t.numel() * t.element_size()


def resident_bytes(module: nn.Module) -> int:
    """Bytes the module's tensors occupy: every parameter and buffer, counted once."""
    seen, total = set(), 0
    for t in list(module.parameters()) + list(module.buffers()):
        if id(t) in seen or t.device.type == "meta":
            continue
        seen.add(id(t))
        total += tensor_bytes(t)
    return total
