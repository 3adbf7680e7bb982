"""What a pipeline built by PersonalQ is and what is applied to it: one typed record per
pipeline, kept beside it (never as attributes on diffusers objects).

`diffusion.pipeline.build_pipeline` returns `(pipe, state)`; the functions that change a
pipeline (apply a checkpoint, swap in a quantized UNet, protect a trigger) find its state with
`state_of(pipe)`. The record is held in a weak mapping: it goes away with the pipeline.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from personalq.catalog.metadata import normalize_base
from personalq.errors import PersonalQError

if TYPE_CHECKING:  # torch stays unimported until a pipeline is built
    from personalq.quant.methods import QuantConfig


@dataclass
class Quantization:
    """The quantized UNet a pipeline draws with."""

    config: "QuantConfig"
    saved: Path | None = None  # the `personalq quantize` folder it was read from (None: made here)
    trigger: str | None = None  # the trigger it was calibrated for: TAQ protects it by default

    @property
    def spec(self) -> str:
        """The name a request gives it: 'taq-w8a4'."""
        return f"{self.config.method}-w{self.config.wbits}a{self.config.abits}"


@dataclass(frozen=True)
class Composed:
    """One checkpoint of a composition, as the composed draw (diffusion/composable.py) needs it:
    its trigger (each part's prompt keeps its own, drops the others') and the adapter its rows
    go through (mixed_lora.BASE_ROW: none, e.g. a DreamBooth subject on its own UNet)."""

    checkpoint: str
    trigger: str
    adapter: str
    kind: str = "subject"  # the card's kind: "subject", "style" or "concept"


@dataclass
class PipeState:
    """What the pipeline is and what is applied to it."""

    base_dir: Path
    shape: str  # "sd15" or "sdxl": the architecture family of the loaded base
    name: str  # the base's own name: "sd15", "sdxl" or e.g. "personalq-world"
    applied: str | None = None  # id(s) of the applied checkpoint(s), "+"-joined (None: the base)
    applied_format: str = ""
    checkpoints: list[str] = field(default_factory=list)  # the applied checkpoint ids, in order
    lora_modules: frozenset[str] = frozenset()  # module names the loaded LoRA targets
    lora_rank: int = 0
    hotswap_enabled: bool = False
    last_lora_load: str = ""  # "hotswap" or "load": how the current LoRA got in (for tests/logs)
    saved_modules: dict[str, Any] = field(default_factory=dict)  # base modules swapped out
    ti_tokens: list[str] = field(default_factory=list)  # textual-inversion tokens added
    ti_saved: dict[str, Any] = field(default_factory=dict)  # tokenizers/embedding sizes before TI
    quantization: Quantization | None = None  # the UNet's quantization (None: float)
    trigger_positions: list[int] = field(default_factory=list)  # TAQ-protected, last prompt
    taq_active: bool = False
    taq_fallback: bool = False  # a trigger-protecting UNet, but the trigger was not in the prompt
    active_adapters: tuple[str, ...] = ()  # named adapters active (the serve cache's, or the
    # composed ones of apply_checkpoints: adapter_weights / lora_ids below)
    adapter_weights: tuple[float, ...] = ()  # LoRA weights (set_adapters), in the same order
    lora_ids: list[str] = field(default_factory=list)  # the composed LoRAs' checkpoint ids
    composition: tuple[Composed, ...] = ()  # two or more: generate draws them composed
    lora_enabled: bool = True  # diffusers' LoRA layers on (disable_lora turns them off)
    seconds: dict[str, float] = field(default_factory=dict)  # build time: "base", "checkpoints"
    warnings: list[str] = field(default_factory=list)  # e.g. LoRA keys that fit no module
    routed: Any = None  # this base's modules with a mixed_rows.RoutedUNet (mixed-UNet batches)

    def accepts(self, base_model: str) -> bool:
        """A checkpoint fits this base when it names the base itself or its architecture."""
        return normalize_base(base_model) in {self.name, self.shape}

    def adapters_unknown(self) -> None:
        """After a load or delete diffusers changed the active adapters: set them again."""
        self.active_adapters, self.lora_enabled, self.adapter_weights = ("<unknown>",), False, ()


_STATES: "weakref.WeakKeyDictionary[Any, PipeState]" = weakref.WeakKeyDictionary()


def register(pipe: Any, state: PipeState) -> PipeState:
    """Record `state` as the state of `pipe` (the builder does this)."""
    _STATES[pipe] = state
    return state


def state_of(pipe: Any) -> PipeState:
    state = _STATES.get(pipe)
    if state is None:
        raise PersonalQError("this pipeline was not built by personalq.diffusion.pipeline",
                             "build it with personalq.load_pipeline / build_pipeline")
    return state


def find_state(pipe: Any) -> PipeState | None:
    """The pipeline's state, or None for a pipeline built elsewhere."""
    return _STATES.get(pipe)
