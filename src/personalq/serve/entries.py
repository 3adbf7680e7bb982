"""The serve cache's entries: what one cached checkpoint is, and how each kind is loaded.

The cache (cache.py) decides what stays resident (LRU, byte budget, hot-swap); this module
loads what it asks for, on the pipelines `diffusion.pipeline` builds, and says how many bytes
each entry holds.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
import warnings
from dataclasses import dataclass, field
from typing import Any

from personalq.catalog.card import Card
from personalq.diffusion.loading import checkpoint_path, load_lora_file, lora_warning
from personalq.diffusion.lora_check import one_line
from personalq.diffusion.pipeline import (dreambooth_pipeline, float_base_pipeline,
                                          quantized_base_pipeline)
from personalq.diffusion.state import find_state, state_of
from personalq.errors import PersonalQError

log = logging.getLogger("personalq.serve")


@dataclass
class Entry:
    """One loaded checkpoint: a LoRA adapter on the base, or a DreamBooth pipeline."""

    key: str
    kind: str  # "lora" | "dreambooth" | "quantized-base" | "float-base"
    nbytes: int
    adapter: str | None = None  # adapter name on its pipeline (LoRA)
    pipe: Any = None  # the pipeline that draws with it (DreamBooth, quantized or float base)
    host: str | None = None  # LoRA on a saved quantized base: that base's entry key
    saved: str | None = None  # the `personalq quantize` folder its UNet was loaded from
    # what loading left out (a LoRA's keys that fit no module of the base): said again on every
    # request that draws with this entry, not only in the log of the request that loaded it
    warnings: list[str] = field(default_factory=list)


@dataclass
class Lease:
    """What `ModelCache.use` hands out while the pipeline lock is held."""

    pipe: Any
    switch_s: float  # time spent making the checkpoint(s) active
    loaded: list[str] = field(default_factory=list)  # checkpoint ids read from disk for this
    weights: str = "base"  # "base", "lora", "dreambooth", "manifest-only"
    switched: bool = False  # the pipeline changed checkpoint for this request (vs the last one)
    saved: str | None = None  # the saved quantized folder drawn with (None: none / quantized here)
    row_adapters: list[str] = field(default_factory=list)  # use_rows: each row's adapter
    warnings: dict[str, list[str]] = field(default_factory=dict)  # by checkpoint id (Entry.warnings)
    row_pipes: list[Any] = field(default_factory=list)  # use_rows: each row's pipeline


def _module_bytes(module) -> int:
    tensors = list(module.parameters()) + list(module.buffers())
    return sum(t.numel() * t.element_size() for t in tensors)


def _adapter_host_bytes(pipe) -> int:
    """Bytes of the modules a LoRA adds layers to (UNet and text encoders)."""
    return sum(_module_bytes(getattr(pipe, name)) for name in
               ("unet", "text_encoder", "text_encoder_2")
               if getattr(pipe, name, None) is not None and hasattr(getattr(pipe, name), "parameters"))


def adapter_name(card_id: str) -> str:
    """peft adapter names live in ModuleDict keys: no dots. Keep them readable and unique."""
    digest = hashlib.sha1(card_id.encode()).hexdigest()[:8]
    return f"pq_{re.sub(r'[^A-Za-z0-9_]', '_', card_id)[:40]}_{digest}"


def share_tokenizers(pipe, base) -> None:
    """`pipe` shares the base's tokenizer(s): take them again (a textual inversion applied to,
    or taken off, the base replaces the base's tokenizer object)."""
    for name in ("tokenizer", "tokenizer_2"):
        if pipe is not base and getattr(base, name, None) is not None \
                and getattr(pipe, name, None) is not getattr(base, name):
            pipe.register_modules(**{name: getattr(base, name)})


def refuse_unservable(saved, kinds: list[str], quantization: str | None) -> None:
    """Before taking the lock: a quantization the cards cannot be drawn at (`saved`: the
    server's serve.saved.SavedQuantized)."""
    if quantization and "dreambooth" not in kinds:
        if saved.find(None, quantization) is None:
            specs = ", ".join(saved.specs_for(None))
            raise PersonalQError(
                f"quantization {quantization!r} applies to DreamBooth checkpoints"
                + (f"; the saved quantized base here is {specs}" if specs else ""),
                "LoRA and base requests are served in full precision, or on a base saved by "
                "`personalq quantize` (serve --quantized DIR); omit 'quantization'")
        if "textual_inversion" in kinds:
            raise PersonalQError("a textual inversion is not served on a quantized base",
                                 "omit 'quantization' (or pass \"none\")")


def check_base_model(pipe, card: Card) -> None:
    """Refuse a checkpoint made for another base (an SDXL LoRA on an SD1.5 base fails late and
    obscurely inside diffusers; say it up front)."""
    state = find_state(pipe)
    if state is not None and card.base_model and not state.accepts(card.base_model):
        raise PersonalQError(
            f"checkpoint {card.id} was made for base model '{card.base_model}' but this service "
            f"runs '{state.name}'", "pick a checkpoint made for this base, or serve its base model",
            status=409)


def snapshot(items: dict) -> list[tuple[str, Any]]:
    """The (key, value) pairs of a dict another thread may change meanwhile, without its lock:
    retried when the dict changes during the copy."""
    for _ in range(100):
        try:
            return list(items.items())
        except RuntimeError:  # mutated during iteration
            time.sleep(0.001)
    return []


def check_composable(by_kind: dict[str, list[Card]]) -> None:
    """One UNet-replacing or prompt-changing checkpoint at most: a DreamBooth or textual
    inversion subject composes with LoRAs (a style), not with another of its kind."""
    if len(by_kind["dreambooth"]) + len(by_kind["textual_inversion"]) > 1:
        raise PersonalQError("these checkpoints cannot be composed in one image",
                             "compose one DreamBooth or LoRA subject with LoRAs (a style), "
                             "or pick one")


def _adapter_scales(names: tuple[str, ...], weights: list[float] | None) -> tuple[float, ...]:
    return tuple(weights) if names and weights else (1.0,) * len(names)


def adapters_differ(pipe, names: tuple[str, ...], weights: list[float] | None) -> bool:
    """Whether making `names` (at `weights`) active changes what `pipe` draws with."""
    state = state_of(pipe)
    return (names != state.active_adapters
            or _adapter_scales(names, weights) != state.adapter_weights)


def set_active_adapters(pipe, names: tuple[str, ...], weights: list[float] | None) -> None:
    """Make the LoRA adapters `names` active at `weights` (None: 1.0 each); none: LoRA layers
    off, so the base draws as if no adapter were loaded."""
    state = state_of(pipe)
    scales = _adapter_scales(names, weights)
    if names:
        if not state.lora_enabled:
            enable_lora_layers(pipe, True)
            state.lora_enabled = True
        pipe.set_adapters(list(names), list(scales))
    elif state.active_adapters:
        enable_lora_layers(pipe, False)
        state.lora_enabled = False
    state.active_adapters, state.adapter_weights = names, scales


def enable_lora_layers(pipe, enabled: bool) -> None:
    """Switch the LoRA layers of every model of `pipe` that has them on or off (diffusers'
    `pipe.disable_lora()` refuses a UNet without adapters, e.g. a DreamBooth's own)."""
    from diffusers.utils.peft_utils import set_adapter_layers

    for name in ("unet", "text_encoder", "text_encoder_2"):
        model = getattr(pipe, name, None)
        if model is not None and getattr(model, "peft_config", None):
            set_adapter_layers(model, enabled=enabled)


def own_bytes(base, pipe) -> int:
    """Bytes of the modules `pipe` does not share with the base (packed UNets count their
    packed codes and scales, not the float size)."""
    shared = {id(m) for m in base.components.values()}
    own = [m for m in pipe.components.values()
           if id(m) not in shared and hasattr(m, "parameters")]
    return sum(_module_bytes(m) for m in own)


def load_lora(pipe, card: Card, key: str, host: str | None) -> Entry:
    """A LoRA as a named adapter on `pipe` (the base, or a saved quantized base: unmerged on
    its packed layers, as `build_pipeline` does for `generate`)."""
    name = adapter_name(key)  # unique also on a text encoder two pipelines share
    before = _adapter_host_bytes(pipe)
    try:
        with warnings.catch_warnings():  # "multiple adapters": exactly what we want
            warnings.filterwarnings("ignore", message=".*peft_config.*")
            warnings.filterwarnings("ignore", message=".*inconsistency was discovered.*")
            fit = load_lora_file(pipe, checkpoint_path(card), name, label=card.id)
    except (ValueError, KeyError, RuntimeError) as err:
        raise PersonalQError(f"LoRA {card.id} does not fit the loaded base: {one_line(err)}",
                             "check the checkpoint's base model", status=409) from None
    said = [lora_warning(card.id, fit)] if fit.dropped else []
    for warning in said:
        log.warning("%s", warning)
    state_of(pipe).adapters_unknown()  # diffusers activates a freshly loaded adapter
    nbytes = max(_adapter_host_bytes(pipe) - before, 1)
    return Entry(key=key, kind="lora", nbytes=nbytes, adapter=name, host=host, warnings=said)


def load_dreambooth(base, card: Card, quantization: str | None, saved) -> Entry:
    """A DreamBooth pipeline (`saved`: its `personalq quantize` folder, a serve.saved.SavedQuant)."""
    pipe = dreambooth_pipeline(base, card, quantization, saved=saved.path if saved else None,
                               saved_trigger=saved.trigger if saved else None)
    return Entry(key="", kind="dreambooth", nbytes=own_bytes(base, pipe), pipe=pipe,
                 saved=str(saved.path) if saved else None)


def load_quantized_base(base, saved, key: str) -> Entry:
    pipe = quantized_base_pipeline(base, saved.path, saved.trigger)
    return Entry(key=key, kind="quantized-base", nbytes=own_bytes(base, pipe), pipe=pipe,
                 saved=str(saved.path))


def load_float_base(base) -> Entry:
    """The base folder's float UNet, for "none" requests when the base pipeline holds the
    saved quantized UNet: a pipeline sharing everything else with the base."""
    pipe = float_base_pipeline(base)
    return Entry(key="", kind="float-base", nbytes=own_bytes(base, pipe), pipe=pipe)
