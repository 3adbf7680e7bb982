"""Quantized checkpoints written by `personalq quantize`, served as they are (`serve --quantized`).

Why: quantizing at load time calibrates the float UNet first (seconds to minutes, and the float
UNet in memory meanwhile). A folder written by `personalq quantize` already holds the packed
UNet, so the server loads it with `quant.checkpoint.load_quantized_unet` and never reads the
float one. Each folder's `quant_config.json` says what it is: method and bits (the
quantization a request names, e.g. "taq-w8a4"), the trigger, and `source`, the folder it was
quantized from, which must be the served base (then LoRA checkpoints are drawn unmerged on top
of it) or a DreamBooth checkpoint of the catalog (then it is that checkpoint's UNet).

Everything is checked when the server starts, with a PersonalQError naming the folder: not a
quantized checkpoint, a UNet shaped for another base, a source the catalog does not know.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from personalq import paths
from personalq.diffusion.loading import check_fits, checkpoint_kind
from personalq.errors import PersonalQError
from personalq.quant.checkpoint import read_config
from personalq.quant.methods import parse_quantization

# UNet config keys that must agree with the served base (they fix the weights' shapes).
SHAPE_KEYS = ("in_channels", "out_channels", "cross_attention_dim", "block_out_channels",
              "layers_per_block", "down_block_types", "up_block_types", "attention_head_dim",
              "addition_embed_type", "sample_size")


@dataclass(frozen=True)
class SavedQuant:
    """One saved quantized UNet the server may draw with."""

    path: Path
    checkpoint: str | None  # the DreamBooth checkpoint it was quantized from; None = the base
    spec: str  # the quantization a request names: "taq-w8a4"
    trigger: str | None  # the trigger it was calibrated for (TAQ protects it)

    def to_json(self) -> dict:
        return {"checkpoint": self.checkpoint, "quantization": self.spec,
                "trigger": self.trigger, "path": str(self.path),
                "applies_to": "dreambooth" if self.checkpoint else "base and LoRA checkpoints"}


def spec_of(quant: str) -> tuple[str, int, int]:
    return parse_quantization(quant)


class SavedQuantized:
    """The saved quantized checkpoints of one server, looked up by (checkpoint, quantization)."""

    def __init__(self, items: list[SavedQuant] | None = None):
        self.items = list(items or [])

    def find(self, checkpoint: str | None, quantization: str | None) -> SavedQuant | None:
        """The saved UNet for this checkpoint (None = the base) and quantization, if any."""
        if not quantization or quantization == "none":
            return None
        wanted = spec_of(quantization)
        return next((s for s in self.items if s.checkpoint == checkpoint
                     and spec_of(s.spec) == wanted), None)

    def specs_for(self, checkpoint: str | None) -> list[str]:
        return [s.spec for s in self.items if s.checkpoint == checkpoint]

    def to_json(self) -> list[dict]:
        return [s.to_json() for s in self.items]


def load_saved(folders: list[Path], store, base_dir: Path | None) -> SavedQuantized:
    """Read and check every `--quantized` folder against the base and the catalog."""
    items: list[SavedQuant] = []
    for folder in folders:
        item = read_saved(Path(folder).expanduser(), store, base_dir)
        twin = next((s for s in items if s.checkpoint == item.checkpoint
                     and spec_of(s.spec) == spec_of(item.spec)), None)
        if twin is not None:
            raise PersonalQError(
                f"--quantized {item.path} and {twin.path} are both "
                f"{item.checkpoint or 'the base'} at {item.spec}", "pass one of them")
        items.append(item)
    return SavedQuantized(items)


def read_saved(path: Path, store, base_dir: Path | None) -> SavedQuant:
    meta = read_config(path)  # "not a quantized checkpoint" when the files are missing
    q = meta.get("quant") or {}
    spec = f"{q.get('method')}-w{q.get('wbits')}a{q.get('abits')}"
    _check_unet_shape(path, meta, base_dir)
    source = meta.get("source")
    if not source:
        raise PersonalQError(f"{path} does not record which checkpoint it was quantized from",
                             "write it with `personalq quantize SOURCE -o DIR` (it records SOURCE)")
    checkpoint = _match_source(path, Path(source).expanduser(), store, base_dir)
    trigger = meta.get("trigger")
    if checkpoint is not None:
        card = store.get(checkpoint)
        check_fits(base_dir, [card])  # a DreamBooth made for another base model
        trigger = trigger or card.trigger
    return SavedQuant(path=path, checkpoint=checkpoint, spec=spec, trigger=trigger)


def _check_unet_shape(path: Path, meta: dict, base_dir: Path | None) -> None:
    """The saved UNet must have the served base's shapes (same cross-attention width, blocks)."""
    if base_dir is None or not (Path(base_dir) / "unet" / "config.json").is_file():
        return  # a base built in code (benchmarks): the load itself will fail loudly
    base_cfg = json.loads((Path(base_dir) / "unet" / "config.json").read_text())
    saved_cfg = meta.get("unet_config") or {}
    for key in SHAPE_KEYS:
        mine, base = saved_cfg.get(key), base_cfg.get(key)
        if isinstance(mine, (list, tuple)) or isinstance(base, (list, tuple)):
            mine, base = list(mine or []), list(base or [])
        if mine != base:
            raise PersonalQError(
                f"{path} holds a UNet with {key}={mine}, but the served base {base_dir} has "
                f"{key}={base}: it was quantized for another base model",
                "serve its base with --base, or quantize a checkpoint of this base")


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _match_source(path: Path, source: Path, store, base_dir: Path | None) -> str | None:
    """None when `source` is the base; else the id of the DreamBooth card it names. By path
    first; by folder name when the recorded path was relative to another working directory."""
    base = Path(base_dir) if base_dir is not None else paths.WORLD_BASE_DIR
    if _same(source, base):
        return None
    dreambooths = []
    for card in store.cards():
        try:
            if card.path and checkpoint_kind(card) == "dreambooth":
                dreambooths.append(card)
        except PersonalQError:
            continue
    for card in dreambooths:
        if _same(source, Path(card.path)):
            return card.id
    named = [c for c in dreambooths if Path(c.path).name == source.name]
    if len(named) == 1 and not source.exists():
        return named[0].id
    if not named and source.name == base.name and not source.exists():
        return None
    raise PersonalQError(
        f"{path} was quantized from {source}, which is neither the served base ({base}) nor a "
        f"DreamBooth checkpoint of the catalog ({store.repo})",
        "quantize the base or one of the repository's DreamBooth checkpoints "
        "(`personalq quantize SOURCE -o DIR`), or serve the repository it belongs to")
