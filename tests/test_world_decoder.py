"""`personalq world finetune-decoder` at toy size on the shipped VAE: only the decoder moves
(encoder and quant_conv byte-for-byte the same, so every latent, UNet and LoRA stays valid),
its loss falls, and nothing is written unless asked."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import numpy as np
import pytest
import torch
from safetensors.torch import load_file

from personalq import paths
from personalq.world.decoder import (DecoderSettings, decoder_data, decoder_loss, finetune_decoder,
                                     style_ceilings)
from personalq.world.domain import STYLES

WEIGHTS = "diffusion_pytorch_model.safetensors"
TOY = DecoderSettings(steps=8, batch=8, lr=3e-5, n_images=8, styled_share=0.5, seed=3)  # every step sees all 8

pytestmark = pytest.mark.skipif(not (paths.WORLD_BASE_DIR / "vae" / WEIGHTS).is_file(),
                                reason="needs the shipped world VAE")


@pytest.fixture()
def base(tmp_path: Path) -> Path:
    shutil.copytree(paths.WORLD_BASE_DIR / "vae", tmp_path / "base" / "vae")
    (tmp_path / "base" / "training.json").write_text(json.dumps({"total_seconds": 1.0}))
    return tmp_path / "base"


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _loss_on(vae_dir: Path, images: np.ndarray) -> float:
    from diffusers import AutoencoderKL

    vae = AutoencoderKL.from_pretrained(vae_dir, dtype=torch.float32).eval()
    x = torch.from_numpy(images).permute(0, 3, 1, 2).float().div(127.5).sub(1)
    with torch.no_grad():
        return float(decoder_loss(vae.decode(vae.encode(x).latent_dist.mean).sample, x, 2.0))


def test_only_the_decoder_moves_and_its_loss_falls(base: Path, tmp_path: Path):
    before = _md5(base / "vae" / WEIGHTS)
    info = finetune_decoder(base, settings=TOY, device="cpu", out_dir=tmp_path / "out")
    assert info["steps"] == TOY.steps and _md5(base / "vae" / WEIGHTS) == before  # base untouched
    old, new = load_file(base / "vae" / WEIGHTS), load_file(tmp_path / "out" / WEIGHTS)
    assert old.keys() == new.keys()
    frozen = [k for k in old if k.startswith(("encoder.", "quant_conv."))]
    assert frozen and all(old[k].numpy().tobytes() == new[k].numpy().tobytes() for k in frozen)
    assert any(not torch.equal(old[k], new[k]) for k in old if k.startswith("decoder."))
    images = decoder_data(TOY.n_images, TOY.styled_share, TOY.seed + 1)  # the pictures it trained on
    assert _loss_on(tmp_path / "out", images) < _loss_on(base / "vae", images)
    assert json.loads((tmp_path / "out" / "training.json").read_text())["encoder_sha256"] == info["encoder_sha256"]


def test_nothing_is_written_unless_asked_and_write_records_the_run(base: Path):
    before = _md5(base / "vae" / WEIGHTS)
    finetune_decoder(base, settings=DecoderSettings(steps=2, batch=4, n_images=4), device="cpu")
    assert _md5(base / "vae" / WEIGHTS) == before and sorted(p.name for p in base.iterdir()) == ["training.json", "vae"]
    finetune_decoder(base, settings=DecoderSettings(steps=2, batch=4, n_images=4), device="cpu", write=True)
    assert _md5(base / "vae" / WEIGHTS) != before
    record = json.loads((base / "training.json").read_text())
    assert record["decoder_finetune"]["steps"] == 2 and record["total_seconds_all_stages"] > 1.0


def test_decoder_data_styles_a_share_and_is_seeded():
    a, b = decoder_data(24, 0.5, 7), decoder_data(24, 0.5, 7)
    assert a.shape == (24, 64, 64, 3) and a.dtype == np.uint8 and np.array_equal(a, b)
    assert not np.array_equal(a, decoder_data(24, 0.5, 8))


@pytest.mark.skipif(not paths.WORLD_JUDGE_PATH.is_file(), reason="needs the shipped judge")
def test_style_ceilings_read_every_style_and_the_true_renders():
    from diffusers import AutoencoderKL

    vae = AutoencoderKL.from_pretrained(paths.WORLD_BASE_DIR / "vae", dtype=torch.float32)
    out = style_ceilings(vae, paths.WORLD_JUDGE_PATH, per_concept=2)
    assert list(out) == STYLES and all(r["n"] == 18 for r in out.values())
    assert out["none"]["clean"] >= 0.9  # the judge reads plain true renders
    assert all(0.0 <= r["through_vae"] <= 1.0 for r in out.values())


def test_init_must_share_the_bases_encoder(base: Path, tmp_path: Path):
    from personalq.errors import PersonalQError
    from personalq.world.models import make_vae

    make_vae("small").save_pretrained(tmp_path / "fresh")
    with pytest.raises(PersonalQError, match="another encoder"):
        finetune_decoder(base, settings=DecoderSettings(steps=1, batch=2, n_images=2), device="cpu",
                         init_dir=tmp_path / "fresh")
