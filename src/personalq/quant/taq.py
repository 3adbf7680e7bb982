"""TAQ: trigger-aware quantization of cross-attention (DESIGN.md §1).

In a cross-attention block (diffusers' `attn2`) the text embeddings E give K = E W_k and
V = E W_v, one row per prompt token. TAQ keeps the rows at *protected* token positions (every
sub-token of the checkpoint's trigger; optionally the first/BOS token as MixDQ does) in high
precision, and their attention-probability columns too; every other row, column, activation and
weight is quantized. K and V depend only on the prompt, so they are computed (and quantized)
once per request and reused at every denoising step.

`QuantAttnProcessor` is one diffusers attention processor for self- and cross-attention; its
quantizers live on the `Attention` module (`attn.quant`, an `AttnQuantizers`), so they are saved
in the UNet's state dict. Which positions are protected for the current request is set with
`set_trigger_positions(unet, positions)`.
"""

from __future__ import annotations

import logging
import weakref

import torch
from torch import nn

from personalq.call_signature import pin_signature
from personalq.errors import PersonalQError
from personalq.quant.packed import QuantLinear
from personalq.quant.quantizers import ActQuant
from personalq.quant.triggers import expand_trigger

log = logging.getLogger(__name__)

PROTECT_MODES = ("none", "bos", "trigger", "trigger+bos", "all")
ATTN_OPTIONS = ("protect_kv", "protect_probs", "renorm", "cond_only")  # AttnQuantizers options


def trigger_positions(tokenizer, prompt: str, trigger: str) -> list[int]:
    """Token positions (as the pipeline tokenizes `prompt`: padded/truncated to the model max
    length, BOS first) of every sub-token of every occurrence of `trigger`. [] if absent.

    Uses the tokenizer's character offsets when it has them (fast tokenizers), else counts the
    tokens before and through each occurrence."""
    if not trigger or trigger not in prompt:
        return []
    max_len = getattr(tokenizer, "model_max_length", 77)
    if max_len is None or max_len > 4096:
        max_len = 77
    enc_kwargs = dict(padding="max_length", max_length=max_len, truncation=True)
    if getattr(tokenizer, "is_fast", False):
        enc = tokenizer(prompt, return_offsets_mapping=True, **enc_kwargs)
        spans, start = [], prompt.find(trigger)
        while start >= 0:
            spans.append((start, start + len(trigger)))
            start = prompt.find(trigger, start + 1)
        out = []
        for i, (a, b) in enumerate(enc["offset_mapping"]):
            if b > a and any(a < e and b > s for s, e in spans):
                out.append(i)
        return out
    # Slow tokenizers: count the tokens of the text before and through each occurrence (robust
    # to the trigger's last piece merging with following punctuation, e.g. "<bear-v4>,").
    ids = tokenizer(prompt, **enc_kwargs)["input_ids"]
    lead = 1 if tokenizer.bos_token_id is not None and ids and ids[0] == tokenizer.bos_token_id \
        else 0
    count = lambda text: len(tokenizer(text, add_special_tokens=False)["input_ids"])  # noqa: E731
    out: list[int] = []
    start = prompt.find(trigger)
    while start >= 0:
        a, b = count(prompt[:start]), count(prompt[:start + len(trigger)])
        out.extend(i for i in range(lead + a, lead + b) if i < max_len)
        start = prompt.find(trigger, start + 1)
    return sorted(set(out))


class AttnQuantizers(nn.Module):
    """The activation quantizers of one attention block's two matmuls (Q K^T and P V).
    `protect` says which text positions stay high precision (cross-attention only); the other
    options isolate TAQ's parts (docs/results.md measures each):
    `protect_kv` / `protect_probs`: whether the protected positions' K/V rows / probability
    columns are the ones kept exact; `renorm`: rescale each row's quantized probabilities so the
    row sums to 1, the exact columns untouched (`renormalize`; a per-row scale after the P V
    matmul in an integer kernel); `cond_only`: protect only the
    conditional half of a classifier-free-guidance batch (the unconditional prompt has no
    trigger: its rows at those positions hold padding)."""

    def __init__(self, q: ActQuant, k: ActQuant, v: ActQuant, prob: nn.Module,
                 is_cross: bool, protect: str = "none", *, protect_kv: bool = True,
                 protect_probs: bool = True, renorm: bool = False, cond_only: bool = False):
        super().__init__()
        if protect not in PROTECT_MODES:
            raise ValueError(f"unknown protect mode {protect!r}; valid: {PROTECT_MODES}")
        self.q, self.k, self.v, self.prob = q, k, v, prob
        self.is_cross, self.protect = is_cross, protect
        self.protect_kv, self.protect_probs = protect_kv, protect_probs
        self.renorm, self.cond_only = renorm, cond_only

    def options(self) -> dict:
        """The keyword options above, as saved in a checkpoint."""
        return {"protect_kv": getattr(self, "protect_kv", True),
                "protect_probs": getattr(self, "protect_probs", True),
                "renorm": getattr(self, "renorm", False),
                "cond_only": getattr(self, "cond_only", False)}

    def extra_repr(self) -> str:
        opts = ", ".join(f"{k}={v}" for k, v in self.options().items())
        return f"is_cross={self.is_cross}, protect={self.protect}, {opts}"


def protected_positions(protect: str, trigger_pos: list[int] | None, seq_len: int) -> list[int]:
    """The text positions kept in high precision under a protect mode."""
    pos: set[int] = set()
    if protect == "all":
        return list(range(seq_len))
    if protect in ("bos", "trigger+bos"):
        pos.add(0)
    if protect in ("trigger", "trigger+bos") and trigger_pos:
        pos.update(p for p in trigger_pos if p < seq_len)
    return sorted(pos)


def _quantize_rows_except(x: torch.Tensor, quant: nn.Module, keep: list[int], dim: int):
    """quant(x) everywhere except the indices `keep` along `dim`, which keep their exact values."""
    xq = quant(x)
    if keep:
        idx = torch.as_tensor(keep, dtype=torch.long)
        xq = xq.index_copy(dim, idx, x.index_select(dim, idx))
    return xq


def _keep_mask(batch: int, length: int, keep: list[int], rows: slice) -> torch.Tensor | None:
    """(batch, length) bool: True at the protected positions of the protected batch rows."""
    if not keep:
        return None
    mask = torch.zeros(batch, length, dtype=torch.bool)
    mask[rows, torch.as_tensor(keep, dtype=torch.long)] = True
    return mask


def _restore(xq: torch.Tensor, x: torch.Tensor, mask: torch.Tensor | None) -> torch.Tensor:
    """xq with x's exact values where `mask` (broadcastable) is True."""
    return xq if mask is None else torch.where(mask, x, xq)


def renormalize(probs: torch.Tensor, exact: torch.Tensor | None = None,
                mask: torch.Tensor | None = None) -> torch.Tensor:
    """Rows summing to 1 again: quantization moves a row's total away from 1 (a log2 grid by
    up to tens of percent), which scales that query's attention output.

    Without `mask`: each row divided by its sum. With `mask` (True at the columns kept exact,
    broadcastable) and `exact` (the fp32 probabilities): only the quantized columns are scaled,
    to the mass the exact columns leave (1 - their sum); dividing the whole row would move the
    protected columns off their exact values, the error TAQ is there to avoid."""
    if mask is None:
        return probs / probs.sum(dim=-1, keepdim=True).clamp_min(1e-12)
    kept = torch.where(mask, exact, 0.0).sum(dim=-1, keepdim=True)
    rest = torch.where(mask, 0.0, probs).sum(dim=-1, keepdim=True)
    scale = (1.0 - kept).clamp_min(0.0) / rest.clamp_min(1e-12)
    return torch.where(mask, probs, probs * scale)


def _linear_keep_rows(layer: nn.Module, x: torch.Tensor, keep: list[int]) -> torch.Tensor:
    """Call a (possibly LoRA-wrapped) QuantLinear with protected input rows; plain layers
    just run."""
    base = layer.get_base_layer() if hasattr(layer, "get_base_layer") else layer
    if keep and isinstance(base, QuantLinear):
        return layer(x, keep_rows=keep)
    return layer(x)


class QuantAttnProcessor:
    """A diffusers attention processor with quantized attention matmuls and TAQ protection.

    Mirrors diffusers' reference `AttnProcessor` (explicit softmax, so the probabilities can be
    quantized). For cross-attention it caches the text K/V per request (keyed by the identity of
    the `encoder_hidden_states` tensor, which the pipelines pass unchanged at every step)."""

    def __init__(self, recorder=None):
        self.trigger_pos: list[int] | None = None
        # whether the batch is [unconditional; conditional] (classifier-free guidance): only
        # then can `cond_only` protection tell the halves apart
        self.cfg_batch = False
        self._cache: tuple | None = None  # (weakref to ehs, key, value, protected positions)
        self.cache_hits = 0
        # Token-sensitivity experiments: quantize ONLY these text rows (all others kept exact).
        self.quantize_only: list[int] | None = None
        # calibrate.py passes `recorder(kind, tensor)` to see the float operands (no attn.quant).
        self.recorder = recorder
        # paired.py sets a dict here to collect probability figures (row sums, trigger mass)
        self.stats: dict | None = None

    def _record(self, kind: str, tensor: torch.Tensor) -> None:
        if self.recorder is not None:
            self.recorder(kind, tensor)

    def clear_cache(self) -> None:
        self._cache = None

    def keep_positions(self, qz: AttnQuantizers, seq_len: int) -> list[int]:
        """The text positions this request keeps exact (before the per-part options)."""
        if self.quantize_only is not None:
            return [i for i in range(seq_len) if i not in set(self.quantize_only)]
        return protected_positions(qz.protect, self.trigger_pos, seq_len)

    def protected_rows(self, qz: AttnQuantizers, batch: int) -> slice:
        """The batch rows protection applies to: all, or the conditional half under CFG."""
        if getattr(qz, "cond_only", False) and self.cfg_batch and batch % 2 == 0:
            return slice(batch // 2, batch)
        return slice(0, batch)

    def text_kv(self, attn, encoder_hidden_states: torch.Tensor):
        """(K, V, protected positions) for the text tokens, quantized except protected rows."""
        qz: AttnQuantizers | None = getattr(attn, "quant", None)
        if self._cache is not None and self._cache[0]() is encoder_hidden_states:
            self.cache_hits += 1
            return self._cache[1], self._cache[2], self._cache[3]
        ehs = encoder_hidden_states
        if attn.norm_cross:
            ehs = attn.norm_encoder_hidden_states(ehs)
        if qz is None:  # float (calibration) run
            key, value, keep = attn.to_k(ehs), attn.to_v(ehs), []
            self._record("text_k", key)
            self._record("text_v", value)
        else:
            keep = self.keep_positions(qz, ehs.shape[1])
            key, value = self._quantized_text_kv(attn, qz, ehs, keep)
        try:
            self._cache = (weakref.ref(encoder_hidden_states), key, value, keep)
        except TypeError:
            self._cache = None
        return key, value, keep

    def _quantized_text_kv(self, attn, qz: AttnQuantizers, ehs: torch.Tensor, keep: list[int]):
        kv_keep = keep if getattr(qz, "protect_kv", True) or self.quantize_only is not None \
            else []
        rows = self.protected_rows(qz, ehs.shape[0])
        out = []
        for proj, quant in ((attn.to_k, qz.k), (attn.to_v, qz.v)):
            x = _linear_keep_rows(proj, ehs, kv_keep)
            if rows != slice(0, ehs.shape[0]) and kv_keep:  # cond-only: other rows plain
                x = _restore(proj(ehs), x, _keep_mask(*ehs.shape[:2], kv_keep, rows)[..., None])
            xq = quant(x)
            mask = _keep_mask(*ehs.shape[:2], kv_keep, rows)
            out.append(_restore(xq, x, None if mask is None else mask[..., None]))
        return out[0], out[1]

    def quantize_probs(self, qz: AttnQuantizers, probs: torch.Tensor, keep: list[int],
                       heads: int) -> torch.Tensor:
        """The probabilities as the P V matmul sees them: quantized except the protected
        columns (of the protected batch rows), optionally renormalised."""
        if not (getattr(qz, "protect_probs", True) or self.quantize_only is not None):
            keep = []
        batch = probs.shape[0] // heads
        mask = _keep_mask(batch, probs.shape[-1], keep, self.protected_rows(qz, batch))
        if mask is not None:
            mask = mask.repeat_interleave(heads, dim=0)[:, None, :]
        out = _restore(qz.prob(probs), probs, mask)
        out = renormalize(out, probs, mask) if getattr(qz, "renorm", False) else out
        if self.stats is not None:
            self._probe(out, probs, heads)
        return out

    def _probe(self, out: torch.Tensor, probs: torch.Tensor, heads: int) -> None:
        """Mean |row sum - 1| after quantization, the mean largest fp32 probability of a row, and
        the fp32 attention mass on the trigger's columns in each half of a CFG batch (the unconditional half holds padding there)."""
        self.stats.setdefault("rowsum_dev", []).append(float((out.sum(-1) - 1).abs().mean()))
        self.stats.setdefault("prob_rowmax", []).append(float(probs.amax(-1).mean()))
        if not self.trigger_pos:
            return
        cols = [p for p in self.trigger_pos if p < probs.shape[-1]]
        mass = probs[..., cols].sum(-1).reshape(-1, heads, probs.shape[1])
        batch = mass.shape[0]
        if self.cfg_batch and batch % 2 == 0:
            self.stats.setdefault("trigger_mass_uncond", []).append(
                float(mass[:batch // 2].mean()))
            self.stats.setdefault("trigger_mass_cond", []).append(float(mass[batch // 2:].mean()))
        else:
            self.stats.setdefault("trigger_mass_cond", []).append(float(mass.mean()))

    @pin_signature  # diffusers reads it on every attention call (call_signature.py)
    def __call__(self, attn, hidden_states, encoder_hidden_states=None, attention_mask=None,
                 temb=None, *args, **kwargs):
        qz: AttnQuantizers | None = getattr(attn, "quant", None)
        ident = _identity
        residual = hidden_states
        if attn.spatial_norm is not None:
            hidden_states = attn.spatial_norm(hidden_states, temb)
        input_ndim = hidden_states.ndim
        if input_ndim == 4:
            b, c, h, w = hidden_states.shape
            hidden_states = hidden_states.view(b, c, h * w).transpose(1, 2)
        batch_size, seq_len, _ = (hidden_states.shape if encoder_hidden_states is None
                                  else encoder_hidden_states.shape)
        attention_mask = attn.prepare_attention_mask(attention_mask, seq_len, batch_size)
        if attn.group_norm is not None:
            hidden_states = attn.group_norm(hidden_states.transpose(1, 2)).transpose(1, 2)

        query = attn.to_q(hidden_states)
        self._record("q", query)
        if encoder_hidden_states is None:
            key, value = attn.to_k(hidden_states), attn.to_v(hidden_states)
            self._record("k", key)
            self._record("v", value)
            key, value = (qz.k(key), qz.v(value)) if qz is not None else (key, value)
            keep: list[int] = []
        else:
            key, value, keep = self.text_kv(attn, encoder_hidden_states)
        query = attn.head_to_batch_dim(qz.q(query) if qz is not None else ident(query))
        key = attn.head_to_batch_dim(key)
        value = attn.head_to_batch_dim(value)

        if self.recorder is None and (qz is None or qz.prob is None):
            # probabilities not quantized: fused attention (flash/memory-efficient kernels on
            # CUDA and CPU), never the (B*heads, Lq, Lk) matrix
            hidden_states = torch.nn.functional.scaled_dot_product_attention(
                query, key, value, attn_mask=attention_mask, scale=attn.scale)
        else:
            probs = attn.get_attention_scores(query, key, attention_mask)  # (B*heads, Lq, Lk)
            self._record("probs", probs)
            if qz is not None:
                probs = self.quantize_probs(qz, probs, keep, attn.heads)
            hidden_states = torch.bmm(probs, value)
        hidden_states = attn.batch_to_head_dim(hidden_states)
        hidden_states = attn.to_out[0](hidden_states)
        hidden_states = attn.to_out[1](hidden_states)
        if input_ndim == 4:
            hidden_states = hidden_states.transpose(-1, -2).reshape(b, c, h, w)
        if attn.residual_connection:
            hidden_states = hidden_states + residual
        return hidden_states / attn.rescale_output_factor


def _identity(x):
    return x


def cross_attention_modules(unet: nn.Module) -> list[tuple[str, nn.Module]]:
    """(name, Attention) for every cross-attention block (diffusers names them `attn2`)."""
    out = []
    for name, module in unet.named_modules():
        if type(module).__name__ == "Attention" and getattr(module, "is_cross_attention", False):
            out.append((name, module))
    return out


def require_cross_attention(unet: nn.Module) -> None:
    if not cross_attention_modules(unet):
        raise PersonalQError(
            f"{type(unet).__name__} has no cross-attention (attn2) blocks: TAQ and the "
            "text-conditioned baselines need a text-conditioned UNet",
            hint="quantize a text-to-image UNet (SD1.5/SDXL-shaped, with CrossAttn blocks)")


def _quant_processors(unet: nn.Module):
    for _, module in unet.named_modules():
        proc = getattr(module, "processor", None)
        qz = getattr(module, "quant", None)
        if isinstance(proc, QuantAttnProcessor) and qz is not None and qz.is_cross:
            yield module, proc


def set_trigger_positions(unet: nn.Module, positions: list[int] | None,
                          trigger: str | None = None, *, cfg_batch: bool = False) -> bool:
    """Protect these text positions in every cross-attention block for the next request(s), and
    drop the cached K/V. `cfg_batch`: the UNet's batches are [unconditional; conditional]
    (classifier-free guidance), which a `cond_only` method needs to know. Returns whether TAQ
    protection is active: with a trigger-protecting method and no positions (the trigger is not
    in the prompt) it falls back to plain quantization, logs a warning, and returns False (see
    `protects_trigger`)."""
    for module, proc in _quant_processors(unet):
        proc.trigger_pos = list(positions or [])
        proc.cfg_batch = cfg_batch
        proc.clear_cache()
    needs_trigger = protects_trigger(unet)
    if needs_trigger and not positions:
        log.warning("TAQ: trigger %s not found in the prompt; falling back to plain quantization "
                    "of every text token", repr(trigger) if trigger else "(none given)")
    return needs_trigger and bool(positions)


def protects_trigger(unet: nn.Module) -> bool:
    """Whether the UNet was quantized by a trigger-protecting method (taq, taq_bos, ...)."""
    return any(module.quant.protect in ("trigger", "trigger+bos")
               for module, _ in _quant_processors(unet))


def clear_kv_cache(unet: nn.Module) -> None:
    for _, proc in _quant_processors(unet):
        proc.clear_cache()


def prompt_trigger_positions(tokenizer, prompt: str, trigger: str) -> list[int]:
    """`trigger_positions` for the prompt as the pipeline will tokenize it: a multi-vector
    trigger (textual inversion / DreamBooth with learned embeddings, "<t>" -> "<t> <t>_1 ...")
    is expanded first, so every one of its vectors is protected."""
    return trigger_positions(tokenizer, expand_trigger(tokenizer, prompt), trigger)
