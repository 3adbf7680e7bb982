"""The shipped world (models/): the base loads like SD1.5, the checkpoint folder carries real
metadata, the judge recognises clean renders, and everything stays inside the size budget."""

import json

import numpy as np
import pytest
import torch

from personalq import paths
from personalq.world.concepts import CONCEPTS, CONCEPT_LABELS, SUBJECTS

pytestmark = pytest.mark.skipif(not (paths.WORLD_BASE_DIR / "model_index.json").is_file(),
                                reason="the world's weights are not in this checkout")


def test_base_loads_with_stable_diffusion_pipeline_and_draws_64px():
    from diffusers import StableDiffusionPipeline

    pipe = StableDiffusionPipeline.from_pretrained(paths.WORLD_BASE_DIR, dtype=torch.float32, safety_checker=None)
    pipe.set_progress_bar_config(disable=True)
    assert type(pipe.text_encoder).__name__ == "CLIPTextModel" and len(pipe.tokenizer) == 49408
    k_layers = [n for n, _ in pipe.unet.named_modules() if n.endswith("attn2.to_k")]
    assert {n.split(".")[0] for n in k_layers} >= {"down_blocks", "up_blocks", "mid_block"}
    img = pipe("a red ball on the beach", num_inference_steps=4, generator=torch.Generator().manual_seed(0)).images[0]
    assert img.size == (64, 64)
    assert np.asarray(img).std() > 5  # a picture, not a flat field


def test_lora_files_carry_modelspec_metadata():
    from safetensors import safe_open

    loras = sorted(paths.WORLD_REPO_DIR.glob("*.safetensors"))
    assert len(loras) >= 8
    for f in loras:
        with safe_open(str(f), "pt") as h:
            meta = h.metadata()
            keys = list(h.keys())
        assert meta["modelspec.architecture"] == "personalq-world/lora"
        for field in ("modelspec.title", "modelspec.trigger_phrase", "modelspec.description", "modelspec.date"):
            assert meta[field], field
        assert any(k.startswith("unet.") and "lora" in k for k in keys)
        assert any(k.startswith("text_encoder.") for k in keys)


def test_dreambooth_folders_have_unet_card_and_trigger_embeddings():
    from safetensors.torch import load_file

    folders = [p for p in paths.WORLD_REPO_DIR.iterdir() if p.is_dir() and not p.name.startswith(".")]
    assert len(folders) >= 3
    for d in folders:
        assert (d / "unet" / "config.json").is_file() and (d / "model_index.json").is_file()
        readme = (d / "README.md").read_text()
        assert "instance_prompt:" in readme and "base_model: personalq-world" in readme
        card = json.loads((paths.WORLD_REPO_DIR / f"{d.name}.card.json").read_text())
        emb = load_file(str(d / "learned_embeds.safetensors"))[card["trigger"]]
        assert emb.shape[0] >= 3 and emb.shape[1] == 64


def test_every_concept_is_shipped_with_a_card():
    for c in CONCEPTS:
        card = json.loads((paths.WORLD_REPO_DIR / f"{c.id}.card.json").read_text())
        assert card["trigger"] == c.trigger and card["family"] == c.family and card["base_model"] == "personalq-world"


def test_all_weights_fit_the_budget():
    total = sum(f.stat().st_size for f in paths.WORLD_DIR.rglob("*.safetensors"))
    assert total <= 60e6, total


def test_judge_recognises_fresh_clean_renders():
    from personalq.world.domain import SCENE_NAMES
    from personalq.world.judge import load_judge, predict

    judge = load_judge(paths.WORLD_JUDGE_PATH)
    imgs, concept, scene = [], [], []
    for c in SUBJECTS:
        for i in range(6):
            s = SCENE_NAMES[(i + len(c.id)) % 6]
            imgs.append(c.render(s, 987_000 + i))
            concept.append(CONCEPT_LABELS.index(c.id))
            scene.append(SCENE_NAMES.index(s))
    p = predict(judge, np.stack(imgs))
    assert (p["concept"] == np.array(concept)).mean() >= 0.9
    assert (p["scene"] == np.array(scene)).mean() >= 0.9


def test_reconstruction_ceiling_of_the_shipped_vae_and_a_fresh_one(tmp_path):
    """The shipped VAE keeps most concepts through encode/decode; an untrained one keeps none,
    so the ceiling measures the VAE, not the judge. train_autoencoder saves a loadable VAE."""
    from diffusers import AutoencoderKL

    from personalq.world.train_base import reconstruction_ceiling, train_autoencoder

    shipped = reconstruction_ceiling(AutoencoderKL.from_pretrained(paths.WORLD_BASE_DIR, subfolder="vae"),
                                     paths.WORLD_JUDGE_PATH, per_concept=4)
    assert shipped["clean"] >= 0.9 and shipped["ceiling"] >= 0.5 and shipped["renders"] == 4 * len(SUBJECTS)
    info = train_autoencoder(tmp_path / "vae", device="cpu", n_images=32, steps=2, batch=4,
                             judge_path=paths.WORLD_JUDGE_PATH)
    assert info["steps"] == 2 and info["reconstruction"]["ceiling"] < shipped["ceiling"]
    assert AutoencoderKL.from_pretrained(tmp_path / "vae").config.latent_channels == 4


def test_training_commands_refuse_a_wrong_folder_clearly(tmp_path):
    import subprocess
    import sys

    for args in (["train-vae", "--out", str(tmp_path / "v"), "--init", str(tmp_path)],
                 ["train-base", "--out", str(tmp_path / "b"), "--vae", str(tmp_path)],
                 ["train-base", "--out", str(tmp_path / "b"), "--resume", str(tmp_path)]):
        r = subprocess.run([sys.executable, "-m", "personalq.cli", "world", *args], capture_output=True, text=True,
                           timeout=120)
        assert r.returncode == 2 and "error:" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert not (tmp_path / "v").exists() and not (tmp_path / "b").exists()
