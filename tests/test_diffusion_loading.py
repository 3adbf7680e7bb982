"""Loading SD1.5- and SDXL-shaped pipelines and putting checkpoints on and off them.

Real diffusers pipelines (tiny, randomly initialised, written by personalq.testing),
real LoRA/DreamBooth/textual-inversion files; images compared pixel for pixel.
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import numpy as np
import pytest
import torch
from safetensors.torch import save_file

from personalq.catalog.card import Card
from personalq.diffusion import apply_checkpoint, generate, load_base, reset_to_base
from personalq.diffusion.state import state_of
from personalq.testing import make_tiny_dreambooth, make_tiny_lora, make_tiny_sd15, make_tiny_sdxl
from personalq.errors import PersonalQError

torch.set_num_threads(1)
SHAPES = ["sd15", "sdxl"]


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """Per shape: a base folder, two LoRAs, one DreamBooth folder."""
    root = tmp_path_factory.mktemp("tiny")
    out = {}
    for shape, make in (("sd15", make_tiny_sd15), ("sdxl", make_tiny_sdxl)):
        base = make(root / shape, seed=0)
        out[shape] = {
            "base": base,
            "a": make_tiny_lora(base, root / f"{shape}-a.safetensors", seed=1),
            "b": make_tiny_lora(base, root / f"{shape}-b.safetensors", rank=8, seed=2),
            "db": make_tiny_dreambooth(base, root / f"{shape}-db", seed=3),
        }
    return out


@pytest.fixture(scope="module")
def pipes(world):
    return {shape: load_base(world[shape]["base"]) for shape in SHAPES}


def card(cid: str, path, base_model: str, fmt: str = "") -> Card:
    return Card(id=cid, name=cid, trigger=f"<{cid}>", base_model=base_model, path=str(path), format=fmt)


def image(pipe, prompt: str = "a red toy on the beach", seed: int = 0) -> np.ndarray:
    return np.asarray(generate(pipe, prompt, seed=seed, steps=3), dtype=np.int16)


@pytest.mark.parametrize("shape", SHAPES)
def test_load_base_detects_shape_and_keeps_sd_module_names(pipes, shape):
    pipe = pipes[shape]
    assert type(pipe).__name__ == ("StableDiffusionXLPipeline" if shape == "sdxl" else "StableDiffusionPipeline")
    assert state_of(pipe).shape == shape and state_of(pipe).name == shape
    names = [n for n, _ in pipe.unet.named_modules()]
    assert sum(n.endswith("attn2.to_k") for n in names) >= 2  # cross-attention at 2+ resolutions
    assert getattr(pipe, "safety_checker", None) is None
    assert (getattr(pipe, "text_encoder_2", None) is not None) == (shape == "sdxl")


@pytest.mark.parametrize("shape", SHAPES)
def test_same_seed_same_image_other_seed_other_image(pipes, shape):
    pipe = pipes[shape]
    reset_to_base(pipe)
    first = generate(pipes[shape], "a red toy on the beach", seed=7, steps=3)
    assert first.size == (32, 32)
    assert np.array_equal(np.asarray(first), image(pipe, seed=7))
    assert not np.array_equal(np.asarray(first), image(pipe, seed=8))


@pytest.mark.parametrize("shape", SHAPES)
def test_lora_changes_output_then_unloads_to_the_exact_base(pipes, world, shape):
    pipe = pipes[shape]
    reset_to_base(pipe)
    base = image(pipe)
    apply_checkpoint(pipe, card("a", world[shape]["a"], shape))
    with_lora = image(pipe)
    assert np.abs(with_lora - base).max() > 5
    assert any("lora" in n for n, _ in pipe.unet.named_parameters())  # unmerged adapter layers
    apply_checkpoint(pipe, None)
    assert np.array_equal(image(pipe), base)
    assert not any("lora" in n for n, _ in pipe.unet.named_parameters())


@pytest.mark.parametrize("shape", SHAPES)
def test_hotswap_between_two_loras(pipes, world, shape):
    pipe = pipes[shape]
    reset_to_base(pipe)
    a, b = card("a", world[shape]["a"], shape), card("b", world[shape]["b"], shape)
    apply_checkpoint(pipe, a)
    img_a = image(pipe)
    assert state_of(pipe).last_lora_load == "load"
    apply_checkpoint(pipe, b)  # rank 8 after rank 4: swapped in place (ranks padded)
    assert state_of(pipe).last_lora_load == "hotswap" and state_of(pipe).applied == "b"
    img_b = image(pipe)
    assert np.abs(img_b - img_a).max() > 5
    apply_checkpoint(pipe, a)
    assert state_of(pipe).last_lora_load == "hotswap"
    assert np.array_equal(image(pipe), img_a)
    reset_to_base(pipe)


@pytest.mark.parametrize("shape", SHAPES)
def test_dreambooth_swaps_the_unet_and_back(pipes, world, shape):
    pipe = pipes[shape]
    reset_to_base(pipe)
    base_unet, base = pipe.unet, image(pipe)
    apply_checkpoint(pipe, card("db", world[shape]["db"], shape))  # format detected: unet/ folder
    assert pipe.unet is not base_unet and state_of(pipe).applied_format == "dreambooth"
    assert np.abs(image(pipe) - base).max() > 0
    apply_checkpoint(pipe, card("a", world[shape]["a"], shape))  # DreamBooth -> LoRA on the base
    assert pipe.unet is base_unet
    reset_to_base(pipe)
    assert np.array_equal(image(pipe), base)


def test_dreambooth_with_its_own_text_encoder_and_tokenizer(pipes, world, tmp_path):
    """A DreamBooth run that also tuned the text encoder ships text_encoder/ and tokenizer/;
    they are swapped in with the UNet and swapped back after."""
    pipe = pipes["sd15"]
    reset_to_base(pipe)
    folder = make_tiny_dreambooth(world["sd15"]["base"], tmp_path / "db-te", seed=4)
    from transformers import CLIPTextModel

    te = CLIPTextModel.from_pretrained(folder / "text_encoder")
    with torch.no_grad():
        te.get_input_embeddings().weight.mul_(1.5)
    te.save_pretrained(folder / "text_encoder")
    base_te = pipe.text_encoder
    apply_checkpoint(pipe, card("dbte", folder, "sd15", fmt="dreambooth"))
    assert pipe.text_encoder is not base_te
    assert torch.allclose(pipe.text_encoder.get_input_embeddings().weight,
                          base_te.get_input_embeddings().weight * 1.5)
    reset_to_base(pipe)
    assert pipe.text_encoder is base_te


@pytest.mark.parametrize("shape", SHAPES)
def test_textual_inversion_adds_the_trigger_and_removes_it(pipes, tmp_path, shape):
    pipe = pipes[shape]
    reset_to_base(pipe)
    n_tokens = len(pipe.tokenizer)
    width = pipe.text_encoder.get_input_embeddings().weight.shape[1]
    tensors = ({"emb_params": torch.randn(2, width)} if shape == "sd15" else
               {"clip_l": torch.randn(2, width),
                "clip_g": torch.randn(2, pipe.text_encoder_2.get_input_embeddings().weight.shape[1])})
    path = tmp_path / "ti.safetensors"
    save_file(tensors, str(path))
    ti = Card(id="ti", name="ti", trigger="<ti-z>", base_model=shape, path=str(path))
    apply_checkpoint(pipe, ti)
    assert state_of(pipe).applied_format == "textual_inversion"
    ids = pipe.tokenizer("a <ti-z> toy").input_ids
    new_id = pipe.tokenizer.convert_tokens_to_ids("<ti-z>")
    assert new_id in ids and new_id >= n_tokens
    assert torch.allclose(pipe.text_encoder.get_input_embeddings().weight[new_id],
                          tensors.get("emb_params", tensors.get("clip_l"))[0])
    # the pipeline's public hook expands the trigger to both vectors' tokens; `generate` writes
    # an already expanded trigger back first (plain_prompt), so it is expanded once either way
    from personalq.diffusion.loading import expand_trigger, plain_prompt

    full = "a <ti-z> <ti-z>_1 toy"
    assert pipe.maybe_convert_prompt("a <ti-z> toy", pipe.tokenizer) == full
    assert plain_prompt(pipe, full) == "a <ti-z> toy"
    assert pipe.maybe_convert_prompt(plain_prompt(pipe, full), pipe.tokenizer) == full
    assert expand_trigger(pipe, "a <ti-z> toy") == full and expand_trigger(pipe, full) == full
    assert np.array_equal(image(pipe, "a <ti-z> toy"), image(pipe, full))
    reset_to_base(pipe)
    assert len(pipe.tokenizer) == n_tokens
    assert pipe.text_encoder.get_input_embeddings().weight.shape[0] == n_tokens


@pytest.mark.parametrize("shape,other", [("sd15", "sdxl"), ("sdxl", "sd15")])
def test_checkpoint_for_another_base_is_refused_naming_both(pipes, world, shape, other):
    pipe = pipes[shape]
    reset_to_base(pipe)
    with pytest.raises(PersonalQError) as err:
        apply_checkpoint(pipe, card("wrong", world[other]["a"], other))
    assert f"'{other}'" in err.value.message and f"'{shape}'" in err.value.message
    assert state_of(pipe).applied is None


def test_lora_whose_card_lies_about_its_base_is_refused_cleanly(pipes, world):
    """An SDXL LoRA labelled 'sd15': the shapes do not fit; a clear error, the base untouched."""
    pipe = pipes["sd15"]
    reset_to_base(pipe)
    base = image(pipe)
    with pytest.raises(PersonalQError, match="does not fit"):
        apply_checkpoint(pipe, card("liar", world["sdxl"]["a"], "sd15"))
    assert np.array_equal(image(pipe), base)


def test_pickles_are_refused(pipes, tmp_path):
    pipe = pipes["sd15"]
    pickle = tmp_path / "model.ckpt"
    pickle.write_bytes(b"not really a pickle")
    with pytest.raises(PersonalQError, match="pickle"):
        apply_checkpoint(pipe, card("pk", pickle, "sd15"))
    folder = tmp_path / "db-bin" / "unet"
    folder.mkdir(parents=True)
    (folder / "config.json").write_text("{}")
    (folder / "diffusion_pytorch_model.bin").write_bytes(b"x")
    with pytest.raises(PersonalQError, match="pickle"):
        apply_checkpoint(pipe, card("pk2", folder.parent, "sd15", fmt="dreambooth"))


def test_missing_base_folder_is_a_clear_error(tmp_path):
    with pytest.raises(PersonalQError, match="model_index.json"):
        load_base(tmp_path / "nothing")


def test_relative_checkpoint_path_resolves_against_the_repository(pipes, world):
    pipe = pipes["sd15"]
    reset_to_base(pipe)
    rel = card("a", world["sd15"]["a"].name, "sd15")
    apply_checkpoint(pipe, rel, root=world["sd15"]["a"].parent)
    assert state_of(pipe).applied == "a"
    reset_to_base(pipe)


@pytest.mark.parametrize("shape", SHAPES)
def test_two_loras_compose_and_unload(pipes, world, shape):
    """A multi-concept decision (a subject and a style) applies both adapters at once."""
    from personalq.diffusion.loading import apply_checkpoints

    pipe = pipes[shape]
    reset_to_base(pipe)
    base = image(pipe)
    a, b = card("a", world[shape]["a"], shape), card("b", world[shape]["b"], shape)
    apply_checkpoint(pipe, a)
    only_a = image(pipe)
    apply_checkpoints(pipe, [a, b])
    assert state_of(pipe).applied == "a+b"
    assert sorted(pipe.get_active_adapters()) == ["personalq-0", "personalq-1"]
    both = image(pipe)
    assert np.abs(both - only_a).max() > 5 and np.abs(both - base).max() > 5
    apply_checkpoint(pipe, a)  # back to one LoRA: a clean reload, same image as before
    assert np.array_equal(image(pipe), only_a)
    reset_to_base(pipe)
    assert np.array_equal(image(pipe), base)


def test_dreambooth_plus_lora_and_two_dreambooths_refused(pipes, world):
    from personalq.diffusion.loading import apply_checkpoints

    pipe = pipes["sd15"]
    reset_to_base(pipe)
    base_unet, base = pipe.unet, image(pipe)
    db, a = card("db", world["sd15"]["db"], "sd15"), card("a", world["sd15"]["a"], "sd15")
    apply_checkpoints(pipe, [a, db])  # the DreamBooth UNet goes in first, the LoRA on top of it
    assert pipe.unet is not base_unet and any("lora" in n for n, _ in pipe.unet.named_parameters())
    reset_to_base(pipe)
    assert pipe.unet is base_unet and np.array_equal(image(pipe), base)
    with pytest.raises(PersonalQError, match="two DreamBooth"):
        apply_checkpoints(pipe, [db, card("db2", world["sd15"]["db"], "sd15")])


def test_lora_with_text_encoder_layers_goes_through_the_pipeline_loader(pipes, world, tmp_path):
    from personalq.testing import make_tiny_lora

    pipe = pipes["sd15"]
    reset_to_base(pipe)
    base = image(pipe)
    path = make_tiny_lora(world["sd15"]["base"], tmp_path / "te.safetensors", seed=5, text_encoder=True)
    apply_checkpoint(pipe, card("te", path, "sd15"))
    assert any("lora" in n for n, _ in pipe.text_encoder.named_parameters())
    assert np.abs(image(pipe) - base).max() > 5
    apply_checkpoint(pipe, card("a", world["sd15"]["a"], "sd15"))  # not hot-swappable: reload
    assert state_of(pipe).last_lora_load == "load"
    assert not any("lora" in n for n, _ in pipe.text_encoder.named_parameters())
    reset_to_base(pipe)
    assert np.array_equal(image(pipe), base)


def test_a_base_declares_its_own_name_for_matching_cards(world, pipes, tmp_path):
    """The world's base says `base_model_name: personalq-world` in its README: its own cards fit
    it; on a plain SD1.5 base the same card is refused."""
    import shutil

    named = tmp_path / "named-base"
    shutil.copytree(world["sd15"]["base"], named)
    (named / "README.md").write_text("---\nbase_model_name: personalq-world\n---\n")
    pipe = load_base(named)
    assert (state_of(pipe).shape, state_of(pipe).name) == ("sd15", "personalq-world")
    apply_checkpoint(pipe, card("a", world["sd15"]["a"], "personalq-world/lora"))
    assert state_of(pipe).applied == "a"
    with pytest.raises(PersonalQError, match="personalq-world"):
        apply_checkpoint(pipes["sd15"], card("w", world["sd15"]["a"], "personalq-world"))


def test_lora_mixing_key_namings_loads_every_layer(pipes, world, tmp_path):
    """diffusers' convert_state_dict_to_diffusers names attention LoRA layers `.lora.down` but
    proj_in/ff layers `.lora_A`; diffusers' loader judges by the first key and silently drops
    the rest. Every layer of such a file must arrive."""
    from personalq.catalog.safetensors_meta import read_header
    from personalq.testing import make_tiny_lora

    path = make_tiny_lora(world["sd15"]["base"], tmp_path / "mixed.safetensors", seed=6,
                          target_modules=("to_q", "to_k", "to_v", "to_out.0", "proj_in", "proj_out"))
    keys = list(read_header(path).tensors)
    assert any(".lora.down." in k for k in keys) and any(".lora_A." in k for k in keys)
    pipe = pipes["sd15"]
    reset_to_base(pipe)
    apply_checkpoint(pipe, card("mixed", path, "sd15"))
    loaded = sum(1 for name, _ in pipe.unet.named_modules() if name.endswith("lora_A"))
    assert loaded == len(keys) // 2
    reset_to_base(pipe)


def test_hotswap_of_loras_with_text_encoder_layers_equals_a_fresh_load(pipes, world, tmp_path):
    from personalq.testing import make_tiny_lora

    pipe = pipes["sd15"]
    reset_to_base(pipe)
    one = card("te1", make_tiny_lora(world["sd15"]["base"], tmp_path / "te1.safetensors", seed=11,
                                     text_encoder=True), "sd15")
    two = card("te2", make_tiny_lora(world["sd15"]["base"], tmp_path / "te2.safetensors", seed=12,
                                     text_encoder=True), "sd15")
    apply_checkpoint(pipe, two)
    fresh_two = image(pipe)
    reset_to_base(pipe)
    apply_checkpoint(pipe, one)
    img_one = image(pipe)
    apply_checkpoint(pipe, two)
    assert state_of(pipe).last_lora_load == "hotswap"
    assert np.array_equal(image(pipe), fresh_two)
    apply_checkpoint(pipe, one)
    assert state_of(pipe).last_lora_load == "hotswap" and np.array_equal(image(pipe), img_one)
    reset_to_base(pipe)
