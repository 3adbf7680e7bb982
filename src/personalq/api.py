"""The Python API: open a checkpoint folder, select, build the pipeline, draw.

    from personalq import Selector, load_pipeline, open_repository
    repo = open_repository("models/repo")        # a folder of checkpoints, or a JSONL manifest
    decision = Selector(repo).select("my star toy in the snow", answer="the one with purple checks")
    pipeline = load_pipeline(decision.checkpoints, repo=repo)   # base + the chosen checkpoint(s)
    pipeline.draw(decision.prompt, seed=0).save("star.png")

`personalq/__init__.py` exposes these names lazily, so `import personalq` stays light.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

from personalq.catalog.card import Card
from personalq.catalog.store import CatalogStore, open_repository
from personalq.checkin.select import Selector
from personalq.diffusion.generate import generate
from personalq.diffusion.pipeline import build_pipeline, protect_trigger
from personalq.diffusion.state import PipeState

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["CatalogStore", "Pipeline", "Selector", "load_pipeline", "open_repository"]


@dataclass
class Pipeline:
    """A built pipeline (diffusers) with its state: what is applied, which quantization."""

    pipe: Any
    state: PipeState

    def draw(self, prompt: str, *, seed: int = 0, steps: int | None = None,
             guidance: float | None = None) -> "Image.Image":
        """One image; same prompt and seed, same image. On a TAQ-quantized UNet the trigger's
        tokens in `prompt` are protected first."""
        protect_trigger(self.pipe, prompt)
        return generate(self.pipe, prompt, seed=seed, steps=steps, guidance_scale=guidance)


def load_pipeline(checkpoints: Sequence[str | Card] = (), *, repo: CatalogStore | None = None,
                  base: Path | None = None, quantized: Path | None = None,
                  device: str = "auto", strict: bool = False) -> Pipeline:
    """The base (None: the shipped world's) with `checkpoints` (ids in `repo`, or cards)
    applied, optionally drawing with a `personalq quantize` folder's UNet."""
    cards = [c if isinstance(c, Card) else _store(repo).get(c) for c in checkpoints]
    root = None
    if repo is not None:
        folder = Path(repo.repo)
        root = folder if folder.is_dir() else folder.parent
    pipe, state = build_pipeline(base, cards, root=root, quantized=quantized, device=device,
                                 strict=strict)
    return Pipeline(pipe, state)


def _store(repo: CatalogStore | None) -> CatalogStore:
    return repo if repo is not None else open_repository(None)
