"""The pieces of `personalq bench serve-ray` that need no Ray: the Zipf(1.0) mix, the oracle
ceiling, and the generated LoRA repository (real safetensors the catalog ingests and the
service draws with)."""

from __future__ import annotations

import json
from collections import Counter

from serve_testdata import make_world

from personalq.bench.serve_ray import (checkpoint_ids, checkpoint_prompts, make_lora_repo,
                                       oracle_hit_ratio, zipf_mix)


def test_zipf_mix_follows_one_over_rank():
    ids = [f"c{i}" for i in range(12)]
    mix = zipf_mix(ids, 20_000, s=1.0, seed=3)
    counts = sorted(Counter(mix).values(), reverse=True)
    assert len(counts) == 12
    harmonic = sum(1 / k for k in range(1, 13))
    assert abs(counts[0] / 20_000 - 1 / harmonic) < 0.02  # rank 1: 1/H_12 = 0.322
    assert abs(counts[1] / counts[0] - 0.5) < 0.06  # rank 2 half as often as rank 1
    assert zipf_mix(ids, 50, seed=3) == zipf_mix(ids, 50, seed=3)
    assert abs(oracle_hit_ratio(mix, 8) - sum(1 / k for k in range(1, 9)) / harmonic) < 0.02
    assert oracle_hit_ratio(["a", "b", "a", "c"], 1) == 0.5


def test_generated_lora_repository_is_ingested_and_drawn(tmp_path):
    from personalq.catalog.store import open_repository
    from personalq.diffusion import generate, load_base
    from personalq.diffusion.loading import apply_checkpoint

    base, repo = make_world(tmp_path)
    for f in repo.glob("mochi*"):  # LoRAs only as sources
        if f.is_file():
            f.unlink()
    out = make_lora_repo(repo, tmp_path / "gen", n=7, seed=1)
    assert checkpoint_ids(out) == [f"gen{i:03d}" for i in range(7)]
    assert checkpoint_prompts(out)["gen003"].startswith("<gen003>")
    store = open_repository(out)
    card = store.get("gen005")
    assert card.trigger == "<gen005>" and card.format == "lora"
    meta = json.loads((out / "gen005.card.json").read_text())
    assert meta["description"].startswith("generated LoRA 5")
    pipe = load_base(base)
    apply_checkpoint(pipe, card)
    image = generate(pipe, "<gen005> dog", seed=0, steps=2)
    assert image.size == (32, 32)
