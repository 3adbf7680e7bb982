"""The shipped world (models/base + models/repo) generates through the same code as any base.

Runs once the world engineer has committed the weights; before that there is nothing to load.
"""

from __future__ import annotations

import numpy as np
import pytest

from personalq import paths

needs_base = pytest.mark.skipif(not (paths.WORLD_BASE_DIR / "model_index.json").is_file(),
                                reason="the model world's base (models/base) is not in this checkout")
needs_repo = pytest.mark.skipif(not paths.WORLD_REPO_DIR.is_dir(),
                                reason="the model world's checkpoints (models/repo) are not in this checkout")


@pytest.fixture(scope="module")
def pipe():
    import torch

    from personalq.diffusion import load_base

    torch.set_num_threads(1)
    return load_base()


def draw(pipe, prompt: str) -> np.ndarray:
    from personalq.diffusion import generate

    return np.asarray(generate(pipe, prompt, seed=0, steps=8), dtype=np.int16)


@needs_base
def test_shipped_base_loads_as_the_world_and_generates(pipe):
    from personalq.diffusion.state import state_of

    assert state_of(pipe).shape == "sd15" and state_of(pipe).name == "personalq-world"
    img = draw(pipe, "a red ball on the beach")
    assert img.shape[0] >= 32 and img.std() > 1  # an image, not a flat colour
    assert np.array_equal(draw(pipe, "a red ball on the beach"), img)


@needs_base
@needs_repo
def test_shipped_checkpoints_apply_and_come_off(pipe, tmp_path, monkeypatch):
    from personalq.catalog.store import open_repository
    from personalq.diffusion import apply_checkpoint, reset_to_base

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    store = open_repository(paths.WORLD_REPO_DIR)
    cards = [c for c in store.cards() if c.path]
    assert cards, store.report.summary()
    first_of_each_format = {}
    for card in cards:
        first_of_each_format.setdefault(card.format, card)
    assert {"lora", "dreambooth"} <= set(first_of_each_format), first_of_each_format
    reset_to_base(pipe)
    base = draw(pipe, "a robot toy on the beach")
    for card in first_of_each_format.values():
        apply_checkpoint(pipe, card)
        img = draw(pipe, f"a {card.trigger} {card.class_noun} on the beach")
        assert img.shape == base.shape and np.abs(img - base).max() > 0, card.id
        reset_to_base(pipe)
    assert np.array_equal(draw(pipe, "a robot toy on the beach"), base)
