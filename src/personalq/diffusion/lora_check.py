"""Does a LoRA file fit the loaded base? Checked before anything is loaded.

Why: diffusers applies a LoRA whose keys name no module of the base as a silent no-op (a FLUX
LoRA on an SD1.5 base draws the base image and reports success), drops unknown modules of a
kohya file without a word, and fails on widths that do not match with a page of its own log
lines. Here every key is mapped to the module it targets (diffusers/peft, old diffusers and
kohya names) and that module's width is compared with the LoRA's:
- no key fits: the caller raises a PersonalQError naming what the keys look like (FLUX, SDXL,
  SD1.5 ... from key patterns and widths);
- some keys fit: the fitting ones are loaded and the others reported (count and first keys),
  or refused with `strict`.
Only the safetensors header is read (names and shapes), never the tensors.
"""

from __future__ import annotations

import logging
import re
import warnings
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from personalq.catalog.safetensors_meta import read_header

COMPONENTS = {"unet.": "unet", "text_encoder.": "text_encoder", "text_encoder_2.": "text_encoder_2"}
KOHYA = {"lora_unet_": "unet", "lora_te1_": "text_encoder", "lora_te2_": "text_encoder_2",
         "lora_te_": "text_encoder"}
# The part of a key after the module it targets.
_SUFFIX = re.compile(r"\.(lora_A|lora_B|lora\.down|lora\.up|lora_down|lora_up|lora_linear_layer"
                     r"\.(?:down|up)|alpha|lora_magnitude_vector|dora_scale)(\.[\w.]*)?$")
_PROCESSOR = re.compile(r"\.processor\.(to_q|to_k|to_v|to_out)_lora\.(down|up)\.weight$")
_DOWN = re.compile(r"(lora_A|lora\.down|lora_down|lora_linear_layer\.down)\.weight$")
_FLUX = ("double_blocks", "single_blocks", "single_transformer_blocks", "img_attn", "txt_attn",
         "x_embedder", "img_in", "txt_in")
_WIDTHS = {768: "SD1.5", 1024: "SD2.x", 2048: "SDXL", 4096: "FLUX or SD3"}
SHOWN = 3  # dropped keys named in a message


@dataclass
class LoraFit:
    """How a LoRA file's keys meet the modules of a pipeline."""

    fitting: list[str] = field(default_factory=list)  # keys whose module exists, widths agree
    dropped: list[str] = field(default_factory=list)  # keys that fit no module of the base
    looks_like: str = ""  # what the keys look like, when none fit

    @property
    def modules(self) -> int:
        return len({_module_of(k) for k in self.fitting})

    def dropped_text(self) -> str:
        first = ", ".join(self.dropped[:SHOWN]) + (", ..." if len(self.dropped) > SHOWN else "")
        return f"{len(self.dropped)} of {len(self.dropped) + len(self.fitting)} keys ({first})"


def _module_of(key: str) -> tuple[str, str, bool]:
    """(component, module path, path is kohya-underscored) that `key` targets."""
    m = _PROCESSOR.search(key)
    if m:  # old attention-processor names: "...attn1.processor.to_q_lora.down.weight"
        target = "to_out.0" if m.group(1) == "to_out" else m.group(1)
        key = key[: m.start()] + f".{target}.lora.{m.group(2)}.weight"
    module = _SUFFIX.sub("", key)
    for prefix, component in KOHYA.items():
        if module.startswith(prefix):
            return component, module[len(prefix):], True
    for prefix, component in COMPONENTS.items():
        if module.startswith(prefix):
            return component, module[len(prefix):], False
    return "unet", module, False


def _widths(module: Any) -> tuple[int | None, int | None]:
    base = getattr(module, "base_layer", module)  # already wrapped by peft (hot-swap)
    return (getattr(base, "in_features", None) or getattr(base, "in_channels", None),
            getattr(base, "out_features", None) or getattr(base, "out_channels", None))


def check_lora(pipe: Any, path: Path) -> LoraFit:
    """Which keys of the LoRA at `path` fit a module of `pipe` (by name and width)."""
    header = read_header(path)
    names: dict[str, tuple[dict[str, Any], dict[str, str]]] = {}
    for component in ("unet", "text_encoder", "text_encoder_2"):
        model = getattr(pipe, component, None)
        if model is not None:
            found = {n: m for n, m in model.named_modules() if n}
            names[component] = found, {n.replace(".", "_"): n for n in found}
    by_module: dict[tuple[str, str, bool], list[str]] = {}
    for key in header.tensors:
        by_module.setdefault(_module_of(key), []).append(key)
    fit = LoraFit()
    for (component, module, kohya), keys in by_module.items():
        found, underscored = names.get(component, ({}, {}))
        target = found.get(underscored.get(module) if kohya else module)
        fits = target is not None and all(_same_width(target, k, header.shape(k)) for k in keys)
        (fit.fitting if fits else fit.dropped).extend(keys)
    if not fit.fitting:
        fit.looks_like = guess_architecture(header)
    return fit


def _same_width(module: Any, key: str, shape: list[int]) -> bool:
    if len(shape) < 2:
        return True  # alpha, magnitude vectors
    width_in, width_out = _widths(module)
    if _DOWN.search(key):
        return width_in is None or shape[1] == width_in
    return width_out is None or shape[0] == width_out


def guess_architecture(header: Any) -> str:
    """What a LoRA was made for, from its key names and text-conditioning widths."""
    keys = list(header.tensors)
    if any(p in k for k in keys for p in _FLUX):
        return "FLUX"
    if any("joint_blocks" in k or "context_embedder" in k for k in keys):
        return "SD3"
    if any(k.startswith(("lora_te2_", "text_encoder_2.", "te2_")) for k in keys):
        return "SDXL"
    for key in keys:
        if "attn2" in key and ("to_k" in key or "to_v" in key) and _DOWN.search(key):
            width = header.shape(key)[1]
            return _WIDTHS.get(width, f"a model with {width}-wide text conditioning")
    if keys and all(k.startswith("transformer.") for k in keys):
        return "a transformer (DiT) model such as FLUX or SD3"
    return "no architecture PersonalQ recognises"


def one_line(text: str, limit: int = 300) -> str:
    """A library's message as one readable line (never ending in a colon)."""
    line = re.sub(r"\s+", " ", str(text)).strip()
    line = line if len(line) <= limit else line[: limit - 3].rstrip() + "..."
    return line.rstrip(" :;,")


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


@contextmanager
def captured_library_messages() -> Iterator[list[str]]:
    """Collect what diffusers / peft / transformers log or warn while a LoRA loads, instead of
    letting it reach the terminal; the caller reduces it to one line."""
    handler = _Collect()
    loggers = [logging.getLogger(n) for n in ("diffusers", "peft", "transformers")]
    saved = [(lg, lg.handlers[:], lg.propagate) for lg in loggers]
    for lg in loggers:
        lg.handlers, lg.propagate = [handler], False
    showwarning = warnings.showwarning
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.showwarning = lambda message, *_a, **_k: handler.messages.append(str(message))
            yield handler.messages
    finally:
        warnings.showwarning = showwarning
        for lg, handlers, propagate in saved:
            lg.handlers, lg.propagate = handlers, propagate
