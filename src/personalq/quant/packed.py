"""Packed low-bit layers: the weights really live as int8 (int4: two per byte) plus one float
scale per output channel, so a quantized UNet takes 4x (8x at int4) fewer resident bytes than
fp32, not just "could in theory".

`QuantLinear` is an `nn.Linear` subclass *without* a stored float weight (`.weight` is a property
that dequantizes a transient copy): libraries that dispatch on `isinstance(m, nn.Linear)` (peft's
LoRA injection, used by diffusers' `load_lora_adapter`) wrap it as they would a Linear and add
their float LoRA branch beside it, unmerged. Merging a LoRA into it is not supported.

Forward paths (each layer records the one it last ran in `last_path`; `layer_paths(unet)`
counts them, and the benchmarks print that count next to every timing):
- "int8": activations quantized to <= 8 bits with one scale per row (per-token dynamic,
  symmetric) or per tensor (static calibrated or dynamic), and an int8-representable weight:
  `int_kernels.int_mm` (int8 x int8 -> int32) on the codes, then one float rescale (zero points
  folded into the bias). The weight operand is the stored code matrix, transposed as a view,
  never dequantized. Linear layers and 1x1 convolutions are plain matmuls over tokens/pixels;
  kxk convolutions build int8 im2col patches in channels-last order (weights are stored in
  the matching (out, kh, kw, in) column order) and need a per-tensor activation grid (a patch
  mixes pixels, so per-pixel scales cannot be factored out of the reduction).
  W4 weights are unpacked to int8 once per call, or kept unpacked in memory after
  `keep_int8_codes(module)` (twice the bytes of packed int4, no unpacking per call).
- "fp8" (layers quantized with --format fp8; CUDA, compute capability >= 8.9): e4m3 weights
  with per-channel scales, activations cast to e4m3 per row at run time, `torch._scaled_mm`.
  Elsewhere "fp8_emulated": the same numbers through a float matmul.
- "fake_quant": no integer form (group-wise activations, "dynamic_group": one scale per group
  of input channels would need a rescale inside the reduction; per-pixel scales on a kxk conv;
  asymmetric weights; the int path switched off): fake-quantize the input, dequantize the
  weight transiently, float matmul. Same numbers, float speed.
- "weight_only": no activation quantization (W4A16/W8A16): dequantize the weight per call.
- "dequant": a W8A8/W4A8 layer that `path_choice.choose_paths` measured faster without the
  integer kernel on this machine (narrow layers: 48-96 channels, a few hundred tokens, where
  quantizing the activations and rescaling the int32 result cost more than the integer matmul
  saves): the weight stays int8 (int4) resident, is dequantized per call, and the input is
  left in float (that layer runs as W8A16: no less accurate). The benchmarks print how many
  layers ran on each path.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from personalq.quant.int_kernels import (conv_rows_to_oihw, conv_weight_rows, fp8_available,
                                         im2col_nhwc, int_mm, quantize_rows_fp8,
                                         quantize_rows_sym, quantize_tensor, rescale,
                                         scaled_mm_fp8)
from personalq.quant.quantizers import ActQuant, dequantize, quantize

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


def _pair(v) -> tuple:
    return tuple(v) if isinstance(v, (tuple, list)) else (v, v)


FORMATS = ("int", "fp8")


class _PackedWeight(nn.Module):
    """Shared storage logic: int8 / packed-int4 / fp8 codes, per-channel scale, optional zero."""

    def _init_storage(self, rows: int, cols: int, wbits: int, asymmetric: bool, has_bias: bool,
                      fmt: str = "int"):
        if fmt not in FORMATS:
            raise ValueError(f"unknown weight format {fmt!r}; valid: {FORMATS}")
        if wbits not in (4, 8) or (fmt == "fp8" and wbits != 8):
            raise ValueError(f"packed weights support 4 or 8 bits (fp8: 8), not {wbits}")
        self.wbits, self.cols, self.fmt = wbits, cols, fmt
        shape = (rows, cols) if wbits == 8 else (rows, (cols + 1) // 2)
        dtype = {"fp8": _fp8_dtype(), "int": torch.int8 if wbits == 8 else torch.uint8}[fmt]
        self.register_buffer("qweight", torch.zeros(shape, dtype=dtype))
        # Scales and biases are stored in fp16 (their rounding, ~5e-4 relative, is far below the
        # 8-bit grid step); per output channel they would otherwise cost 8 bytes, which for
        # narrow layers is a visible share of a 1-byte-per-weight budget. fp8 scales (absmax/448
        # can fall below fp16's normal range) stay float32.
        sdtype = torch.float32 if fmt == "fp8" else torch.float16
        self.register_buffer("wscale", torch.ones(rows, dtype=sdtype))
        self.register_buffer("wzero", torch.zeros(rows) if asymmetric else None)
        self.register_buffer("bias", torch.zeros(rows, dtype=torch.float16) if has_bias else None)
        self.register_buffer("codes8", None, persistent=False)  # W4 kept unpacked (opt-in)
        self.compute_dtype = torch.float32
        self.last_path: str | None = None

    def set_weight(self, codes: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor | None):
        if self.fmt == "fp8":
            self.qweight = codes.to(_fp8_dtype()).contiguous()
            self.wscale = scale.float().contiguous()
        else:
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
        """(out, cols) int8 codes: stored (W8), kept unpacked (W4 after `keep_int8_codes`) or
        unpacked now (W4)."""
        if self.wbits == 8 or self.fmt == "fp8":
            return self.qweight
        if self.codes8 is not None:
            return self.codes8
        return unpack_int4(self.qweight, self.cols)

    def weight_rows(self, dtype=torch.float32) -> torch.Tensor:
        """The dequantized weight in stored column order."""
        if self.fmt == "fp8":
            return (self.qweight.float() * self.wscale.float()[:, None]).to(dtype)
        zero = 0.0 if self.wzero is None else self.wzero[:, None]
        return dequantize(self.int_codes(), self.wscale.float()[:, None], zero).to(dtype)

    def dequant_weight2d(self, dtype=torch.float32) -> torch.Tensor:
        return self.weight_rows(dtype)

    def code_sums(self) -> torch.Tensor:
        """Per output channel, the sum of its weight codes (zero-point correction); cached."""
        cached = self.__dict__.get("_code_sums")
        if cached is None or cached.device != self.qweight.device:
            cached = self.int_codes().sum(dim=1, dtype=torch.int32).float()
            self.__dict__["_code_sums"] = cached
        return cached

    def int_matmul(self, codes: torch.Tensor, sx, zx, dtype) -> torch.Tensor:
        """Rows of the layer output from int8 activation codes (M, cols) on the int path."""
        acc = int_mm(codes, self.int_codes().t())
        wsum = self.code_sums() if zx is not None else None
        return rescale(acc, sx, zx, self.wscale, wsum, self.bias).to(dtype)

    def dequant_rows(self, dtype=torch.float32) -> torch.Tensor:
        """The dequantized weight in stored column order, in two ops (the "dequant" path runs
        it every call; nothing float is kept resident). Plain `_buffers` lookups: on a
        96-channel layer nn.Module attribute access is a visible share of the call."""
        b = self._buffers
        if b["wzero"] is not None or self.fmt != "int":
            return self.weight_rows(dtype)
        codes = b["qweight"] if self.wbits == 8 else self.int_codes()
        return codes.to(dtype).mul_(b["wscale"].unsqueeze(1))

    def dequant_bias(self, dtype) -> torch.Tensor | None:
        bias = self._buffers["bias"]
        return None if bias is None else bias.to(dtype)

    def fp8_matmul(self, x2d: torch.Tensor, dtype) -> torch.Tensor:
        """Rows of the layer output via FP8: tensor cores where available, else emulated."""
        a8, sa = quantize_rows_fp8(x2d)
        if fp8_available(x2d.device) and self.cols % 16 == 0 and self.qweight.shape[0] % 16 == 0:
            self.last_path = "fp8"
            out_dtype = dtype if dtype in (torch.bfloat16, torch.float16) else torch.bfloat16
            bias = None if self.bias is None else self.bias.to(out_dtype)
            return scaled_mm_fp8(a8, sa, self.qweight, self.wscale, bias, out_dtype).to(dtype)
        self.last_path = "fp8_emulated"
        return F.linear(a8.float() * sa, self.weight_rows(), self.float_bias()).to(dtype)

    def _int_ok(self, act: ActQuant | None, per_row_allowed: bool) -> bool:
        if not USE_INT_MM or act is None or act.bits > 8 or self.wzero is not None:
            return False
        if act.mode in ("static_tensor", "dynamic_tensor"):
            return True
        return per_row_allowed and act.mode == "dynamic_token"


def _fp8_dtype():
    return torch.float8_e4m3fn


def act_codes(act: ActQuant, x: torch.Tensor):
    """(codes int8, scale, zero-or-None) of x (feature axis last) for the int path: per-token
    symmetric grids in one pass, per-tensor grids via their (static or dynamic) range."""
    if act.mode == "dynamic_token" and act.symmetric:
        codes, scale = quantize_rows_sym(x, act.bits, act.ratio)
        return codes, scale.reshape(-1, 1), None
    if act.mode == "dynamic_token":  # asymmetric per-token: the reference quantizer
        scale, zero = act.qparams_for(x)
        return quantize(x, scale, zero, act.bits), scale.reshape(-1, 1), zero.reshape(-1, 1)
    scale, zero = act.qparams_for(x)
    return quantize_tensor(x, scale, zero, act.bits), scale, zero


def keep_int8_codes(module: nn.Module, keep: bool = True) -> int:
    """Hold every W4 layer's codes unpacked as int8 (no unpacking per call, 2x the bytes of
    packed int4; the checkpoint on disk stays packed). Returns the number of layers changed."""
    n = 0
    for m in module.modules():
        if isinstance(m, _PackedWeight) and getattr(m, "wbits", 8) == 4 and m.fmt == "int":
            m.codes8 = unpack_int4(m.qweight, m.cols) if keep else None
            m.__dict__.pop("_code_sums", None)
            n += 1
    return n


def cast_float_parts(module: nn.Module, dtype: torch.dtype) -> nn.Module:
    """Cast the float parameters and buffers (norms, embeddings, float layers, calibrated
    ranges) to `dtype`, leaving packed layers' codes and scales as stored. `module.to(dtype)`
    would also cast fp8 codes, which are floating point to torch."""
    for m in module.modules():
        if isinstance(m, _PackedWeight) and getattr(m, "packed", True):
            continue
        for name, t in list(m.named_parameters(recurse=False)):
            if t.is_floating_point():
                t.data = t.data.to(dtype)
        for name, t in list(m.named_buffers(recurse=False)):
            if t is not None and t.is_floating_point():
                setattr(m, name, t.to(dtype))
    return module


def layer_paths(module: nn.Module) -> dict[str, int]:
    """How many packed layers last ran on each forward path ("int8", "fake_quant", ...)."""
    out: dict[str, int] = {}
    for m in module.modules():
        if isinstance(m, _PackedWeight) and getattr(m, "last_path", None):
            out[m.last_path] = out.get(m.last_path, 0) + 1
    return dict(sorted(out.items()))


class QuantLinear(nn.Linear, _PackedWeight):
    """A Linear whose weight is stored as packed integers (see module docstring)."""

    def __init__(self, in_features: int, out_features: int, wbits: int = 8, bias: bool = True,
                 act: ActQuant | None = None, asymmetric_weight: bool = False,
                 smooth: bool = False, fmt: str = "int"):
        nn.Module.__init__(self)  # not nn.Linear.__init__: no float weight is ever allocated
        self.in_features, self.out_features = in_features, out_features
        self._init_storage(out_features, in_features, wbits, asymmetric_weight, bias, fmt)
        self.act = act
        # SmoothQuant: inputs are divided by `smooth` (and the weight was multiplied by it), which
        # moves per-channel activation outliers into the weights where they are easier to quantize.
        self.register_buffer("smooth", torch.ones(in_features) if smooth else None)

    def extra_repr(self) -> str:
        return (f"in_features={self.in_features}, out_features={self.out_features}, "
                f"wbits={self.wbits}, fmt={self.fmt}, bias={self.bias is not None}")

    @classmethod
    def from_codes(cls, linear: nn.Linear, codes, scale, zero, wbits: int,
                   act: ActQuant | None, smooth: torch.Tensor | None = None,
                   fmt: str = "int") -> "QuantLinear":
        layer = cls(linear.in_features, linear.out_features, wbits, linear.bias is not None, act,
                    asymmetric_weight=zero is not None and bool(zero.any()),
                    smooth=smooth is not None, fmt=fmt)
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

    def _rows(self, x2d: torch.Tensor, dtype) -> torch.Tensor:
        if self.fmt == "fp8":
            return self.fp8_matmul(x2d, dtype)
        if self.act is None:
            self.last_path = "weight_only"
            return F.linear(x2d, self.dequant_weight2d(dtype), self.float_bias(dtype))
        if self._int_ok(self.act, per_row_allowed=True):
            self.last_path = "int8"
            codes, sx, zx = act_codes(self.act, x2d)
            return self.int_matmul(codes, sx, zx, dtype)
        self.last_path = "fake_quant"
        return F.linear(self.act(x2d), self.dequant_weight2d(dtype), self.float_bias(dtype))

    def forward(self, x: torch.Tensor, keep_rows: list[int] | None = None) -> torch.Tensor:
        """`keep_rows`: positions along dim -2 (tokens) whose input is NOT quantized (TAQ's
        protected trigger rows); they go through the float matmul with the same weight."""
        dtype = x.dtype
        if self.__dict__.get("prefer") == "dequant" and not keep_rows:
            self.last_path = "dequant"  # no activation quantization here: see path_choice.py
            return F.linear(x, self.dequant_rows(dtype), self.dequant_bias(dtype))
        if self.smooth is not None:
            x = x / self.smooth.to(dtype)
        y = self._rows(x.reshape(-1, self.in_features), dtype)
        y = y.reshape(*x.shape[:-1], self.out_features)
        if keep_rows:
            idx = torch.as_tensor(keep_rows, dtype=torch.long, device=x.device)
            fp = F.linear(x.index_select(-2, idx), self.dequant_weight2d(dtype),
                          self.float_bias(dtype))
            y = y.index_copy(-2, idx, fp)
        return y


class QuantConv2d(nn.Conv2d, _PackedWeight):
    """A Conv2d whose weight is stored as packed integers, columns in (kh, kw, in) order
    (`layout` "ohwi"; checkpoints written before the integer conv path hold "oihw").

    Constructed with nn.Conv2d's own signature and no `wbits` it is a plain float Conv2d: peft
    builds a conv LoRA's factors as `type(base_layer)(in, r, kernel, stride, padding, bias=False)`,
    so this is what lets LoRA adapters that target convolutions (e.g. `proj_in`) load, unmerged,
    on a quantized base."""

    def __init__(self, in_channels: int, out_channels: int, kernel_size, stride=1, padding=0,
                 dilation=1, groups: int = 1, bias: bool = True, padding_mode: str = "zeros",
                 device=None, dtype=None, *, wbits: int | None = None,
                 act: ActQuant | None = None, asymmetric_weight: bool = False,
                 layout: str = "ohwi", fmt: str = "int"):
        if wbits is None:  # a float conv (peft's LoRA factor)
            nn.Conv2d.__init__(self, in_channels, out_channels, kernel_size, stride, padding,
                               dilation, groups, bias, padding_mode, device, dtype)
            self.packed = False
            return
        nn.Module.__init__(self)  # no float weight is ever allocated
        self.packed = True
        self.in_channels, self.out_channels = in_channels, out_channels
        self.kernel_size, self.stride = _pair(kernel_size), _pair(stride)
        self.dilation = _pair(dilation)
        self.padding = padding if isinstance(padding, str) else _pair(padding)
        self.groups, self.padding_mode = groups, "zeros"
        self.transposed, self.output_padding = False, (0, 0)
        if layout not in ("ohwi", "oihw"):
            raise ValueError(f"unknown conv weight layout {layout!r}")
        self.layout = layout
        cols = (in_channels // groups) * self.kernel_size[0] * self.kernel_size[1]
        self._init_storage(out_channels, cols, wbits, asymmetric_weight, bias, fmt)
        self.act = act

    @property
    def weight(self) -> torch.Tensor:
        """The float parameter (float mode) or a freshly dequantized copy (packed mode)."""
        params = self.__dict__.get("_parameters", {})
        if "weight" in params:
            return params["weight"]
        if not self.__dict__.get("packed", False):
            raise AttributeError("weight")
        return self.dequant_weight4d()

    def dequant_weight4d(self, dtype=torch.float32) -> torch.Tensor:
        rows = self.weight_rows(dtype)
        c, (kh, kw) = self.in_channels // self.groups, self.kernel_size
        if self.layout == "ohwi":
            return conv_rows_to_oihw(rows, c, kh, kw)
        return rows.reshape(self.out_channels, c, kh, kw)

    def _dequant_oihw(self, dtype) -> torch.Tensor:
        rows = self.dequant_rows(dtype)
        c, (kh, kw) = self.in_channels // self.groups, self.kernel_size
        if self.layout == "ohwi" and (kh, kw) != (1, 1):
            # contiguous: a permuted weight makes oneDNN return a channels-last output, which
            # slows every NCHW op after it
            return conv_rows_to_oihw(rows, c, kh, kw).contiguous()
        return rows.view(self.out_channels, c, kh, kw)

    def dequant_weight2d(self, dtype=torch.float32) -> torch.Tensor:
        """(out, in*kh*kw) in PyTorch's (in, kh, kw) column order."""
        return self.dequant_weight4d(dtype).reshape(self.out_channels, -1)

    def extra_repr(self) -> str:
        if not self.packed:
            return nn.Conv2d.extra_repr(self)
        return (f"{self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, "
                f"stride={self.stride}, wbits={self.wbits}, fmt={self.fmt}")

    @classmethod
    def from_codes(cls, conv: nn.Conv2d, codes, scale, zero, wbits: int,
                   act: ActQuant | None, fmt: str = "int") -> "QuantConv2d":
        """`codes` (out, in*kh*kw) in PyTorch's column order (as quantized from
        `conv.weight.reshape(out, -1)`); stored reordered to (kh, kw, in)."""
        if conv.padding_mode != "zeros":
            raise ValueError("only zero-padded convolutions are quantized")
        layer = cls(conv.in_channels, conv.out_channels, conv.kernel_size, conv.stride,
                    conv.padding, conv.dilation, conv.groups, conv.bias is not None,
                    wbits=wbits, act=act, asymmetric_weight=zero is not None and bool(zero.any()),
                    fmt=fmt)
        c = conv.in_channels // conv.groups
        codes4 = codes.reshape(conv.out_channels, c, *layer.kernel_size)
        layer.set_weight(conv_weight_rows(codes4), scale, zero)
        layer.set_bias(conv.bias)
        return layer

    def _int_conv_ok(self, x: torch.Tensor) -> bool:
        return (self.groups == 1 and self.layout == "ohwi" and not isinstance(self.padding, str)
                and self._int_ok(self.act, per_row_allowed=self._pointwise()))

    def _pointwise(self) -> bool:
        return self.kernel_size == (1, 1) and self.stride == (1, 1) and self.padding == (0, 0)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.packed:
            return nn.Conv2d.forward(self, x)
        dtype = x.dtype
        if self.__dict__.get("prefer") == "dequant":
            self.last_path = "dequant"  # no activation quantization here: see path_choice.py
            return self._dequant_forward(x, dtype)
        if self.fmt == "int" and self.act is not None and self._int_conv_ok(x):
            self.last_path = "int8"
            return self._int_forward(x, dtype)
        if self.fmt == "fp8" and self.groups == 1 and self.layout == "ohwi" \
                and not isinstance(self.padding, str):
            return self._fp8_forward(x, dtype)
        if self.act is None:
            self.last_path = "weight_only"
        else:
            self.last_path = "fake_quant"
            x = self.act(x)
        return F.conv2d(x, self.dequant_weight4d(dtype), self.float_bias(dtype), self.stride,
                        self.padding, self.dilation, self.groups)

    def _dequant_forward(self, x: torch.Tensor, dtype) -> torch.Tensor:
        """The "dequant" path: the int8 weight dequantized for this call, a float conv; a 1x1
        conv as one batched matmul over the pixels (W (O, C) @ x (B, C, H*W), already NCHW),
        which on CPU is faster than the generic convolution PyTorch picks for 1x1 kernels."""
        if self._pointwise() and self.groups == 1 and x.dim() == 4:
            b, _, h, w = x.shape
            y = torch.matmul(self.dequant_rows(dtype), x.reshape(b, self.in_channels, h * w))
            bias = self._buffers["bias"]
            y = y if bias is None else y.add_(bias.unsqueeze(1))
            return y.view(b, self.out_channels, h, w)
        return F.conv2d(x, self._dequant_oihw(dtype), self.dequant_bias(dtype), self.stride,
                        self.padding, self.dilation, self.groups)

    def _patches(self, codes_nhwc: torch.Tensor, pad_code: int = 0) -> torch.Tensor:
        if self._pointwise():
            return codes_nhwc.reshape(-1, self.in_channels)
        return im2col_nhwc(codes_nhwc, self.kernel_size, self.stride, self.padding,
                           self.dilation, pad_value=pad_code)

    def _out_shape(self, x: torch.Tensor) -> tuple[int, int, int]:
        (kh, kw), (sh, sw) = self.kernel_size, self.stride
        (ph, pw), (dh, dw) = self.padding, self.dilation
        ho = (x.shape[2] + 2 * ph - dh * (kh - 1) - 1) // sh + 1
        wo = (x.shape[3] + 2 * pw - dw * (kw - 1) - 1) // sw + 1
        return x.shape[0], ho, wo

    def _int_forward(self, x: torch.Tensor, dtype) -> torch.Tensor:
        codes, sx, zx = act_codes(self.act, x.permute(0, 2, 3, 1))
        # zero padding holds the code of 0.0, which is the zero point on an asymmetric grid
        pad_code = int(zx) if zx is not None and zx.numel() == 1 else 0
        codes = codes.contiguous() if self._pointwise() else codes  # im2col copies anyway
        y = self.int_matmul(self._patches(codes, pad_code), sx, zx, dtype)
        b, ho, wo = self._out_shape(x)
        y = y.view(b, ho, wo, self.out_channels).permute(0, 3, 1, 2)  # channels-last memory
        # hand back the input's memory format: a channels-last result fed to an NCHW UNet
        # makes every following norm/add/conv slower than this layer's int8 matmul saved
        return y if x.is_contiguous(memory_format=torch.channels_last) else y.contiguous()

    def _fp8_forward(self, x: torch.Tensor, dtype) -> torch.Tensor:
        b, ho, wo = self._out_shape(x)
        xn = x.permute(0, 2, 3, 1)
        if self.kernel_size == (1, 1) and self.stride == (1, 1) and self.padding == (0, 0):
            y = self.fp8_matmul(xn.reshape(-1, self.in_channels), dtype)
        else:
            patches = im2col_nhwc(xn.contiguous(), self.kernel_size, self.stride, self.padding,
                                  self.dilation)
            y = self.fp8_matmul(patches, dtype)  # per-row scales: one per output pixel's patch
        return y.view(b, ho, wo, self.out_channels).permute(0, 3, 1, 2)


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
