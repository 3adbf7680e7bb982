"""A DreamBooth UNet written as a LoRA on its base (diffusion/extract_lora.py), on real tiny
pipelines: the factorisation, the cache, and the builder drawing a composed DreamBooth that way."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from personalq.diffusion.extract_lora import extract, extracted_lora, low_rank
from personalq.errors import PersonalQError


def test_low_rank_keeps_the_energy_asked_for_and_rebuilds_the_change():
    gen = torch.Generator().manual_seed(0)
    u, v = torch.randn(32, 4, generator=gen), torch.randn(4, 8 * 3 * 3, generator=gen)
    delta = (u @ v + 1e-4 * torch.randn(32, 72, generator=gen)).reshape(32, 8, 3, 3)
    a, b, _ = low_rank(delta, 0.999)
    assert a.shape == (4, 8, 3, 3) and b.shape == (32, 4, 1, 1)  # the conv's kernel kept on A
    rebuilt = (b.reshape(32, 4) @ a.reshape(4, -1)).reshape(delta.shape)
    assert torch.allclose(rebuilt, delta, atol=1e-2)
    full, _, _ = low_rank(delta, 1.0)
    assert full.shape[0] > 4
    assert low_rank(torch.zeros(5, 6), 0.99)[0] is None
    with pytest.raises(PersonalQError):
        extract({"w.weight": torch.zeros(2, 2)}, {"v.weight": torch.zeros(2, 2)})


def _unet_tensors(folder: Path) -> dict:
    from safetensors.torch import load_file

    return load_file(str(next((Path(folder) / "unet").glob("*.safetensors"))))


def test_extraction_rebuilds_the_dreambooth_weights_and_is_cached(tiny_checkpoints, monkeypatch,
                                                                  tmp_path):
    from safetensors.torch import load_file

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path))
    base, _, db = tiny_checkpoints
    path = extracted_lora(base, Path(db.path), energy=1.0)
    assert path.is_relative_to(tmp_path)
    lora, old, new = load_file(str(path)), _unet_tensors(base), _unet_tensors(db.path)
    checked = 0
    for key in [k for k in lora if k.endswith("lora_A.weight")]:
        module = key[len("unet."):-len(".lora_A.weight")]
        a, b = lora[key], lora[key.replace("lora_A", "lora_B")]
        delta = (b.reshape(b.shape[0], -1) @ a.reshape(a.shape[0], -1)).reshape(
            old[module + ".weight"].shape)
        want = new[module + ".weight"].float() - old[module + ".weight"].float()
        assert torch.allclose(delta, want, atol=1e-4), module
        checked += 1
    assert checked > 20
    stamp = path.stat().st_mtime_ns
    assert extracted_lora(base, Path(db.path), energy=1.0) == path  # cached, not redone
    assert path.stat().st_mtime_ns == stamp
    assert extracted_lora(base, Path(db.path), energy=0.5) != path  # another energy: another file


def test_builder_draws_a_composed_dreambooth_as_its_extracted_lora(tiny_checkpoints,
                                                                   monkeypatch, tmp_path):
    """DreamBooth + LoRA: the base UNet with the DreamBooth's extracted adapter at weight 1
    (the subject's part of the composition) and the LoRA at its weight; the old path
    (`dreambooth_as_lora=False`) draws other pixels; alone the DreamBooth is its own UNet."""
    from personalq.diffusion import generate
    from personalq.diffusion.loading import SUBJECT_ADAPTER, apply_checkpoints
    from personalq.diffusion.pipeline import build_pipeline

    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path))
    base, loras, db = tiny_checkpoints
    pipe, state = build_pipeline(base, [db, loras[0]], weights=[0.5], dreambooth_as_lora=True)
    assert [(c.checkpoint, c.adapter) for c in state.composition] == \
        [("db", SUBJECT_ADAPTER), ("l0", "personalq-0")]
    assert state.adapter_weights == (0.5,) and state.lora_ids == ["l0"]
    layer = pipe.unet.down_blocks[0].resnets[0].conv1
    assert layer.scaling[SUBJECT_ADAPTER] == 1.0
    assert set(pipe.unet.active_adapters()) == {SUBJECT_ADAPTER, "personalq-0"}
    on_base = np.asarray(generate(pipe, "a <db> toy", seed=0, steps=2)).astype(int)
    old, _ = build_pipeline(base, [db, loras[0]], weights=[0.5])
    assert not np.array_equal(on_base, np.asarray(generate(old, "a <db> toy", seed=0, steps=2)))
    apply_checkpoints(pipe, [db])  # alone again: the DreamBooth's own UNet, no adapters left
    assert state.lora_modules == frozenset() and not hasattr(pipe.unet, "peft_config") or \
        not pipe.unet.peft_config
