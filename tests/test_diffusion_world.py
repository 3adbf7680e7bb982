"""The shipped world (models/base + models/repo) generates through the same code as any base.

Runs once the world engineer has committed the weights; before that there is nothing to load.
"""

from __future__ import annotations

import numpy as np
import pytest

from personalq import paths

pytestmark = pytest.mark.skipif(not (paths.WORLD_BASE_DIR / "model_index.json").is_file(),
                                reason="the model world (models/base) is not shipped in this checkout")


def test_shipped_base_and_a_shipped_checkpoint_generate(tmp_path, monkeypatch):
    import torch

    from personalq.catalog.store import open_repository
    from personalq.diffusion import apply_checkpoint, generate, load_base, reset_to_base
    from personalq.diffusion.loading import state_of

    torch.set_num_threads(1)
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    pipe = load_base()
    assert state_of(pipe).shape == "sd15"
    store = open_repository(paths.WORLD_REPO_DIR)
    cards = [c for c in store.cards() if c.path]
    assert cards, store.report.summary()
    by_format = {}
    for card in cards:
        by_format.setdefault(card.format, card)
    base = np.asarray(generate(pipe, "a robot toy on the beach", seed=0, steps=8), dtype=np.int16)
    assert base.shape[0] >= 32 and base.std() > 1  # an image, not a flat colour
    for card in by_format.values():  # one LoRA and one DreamBooth checkpoint, as shipped
        apply_checkpoint(pipe, card)
        img = np.asarray(generate(pipe, f"a {card.trigger} {card.class_noun} on the beach", seed=0,
                                  steps=8), dtype=np.int16)
        assert img.shape == base.shape and np.abs(img - base).max() > 0, card.id
        reset_to_base(pipe)
    again = np.asarray(generate(pipe, "a robot toy on the beach", seed=0, steps=8), dtype=np.int16)
    assert np.array_equal(again, base)
