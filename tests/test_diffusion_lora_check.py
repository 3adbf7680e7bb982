"""The builder checks the LoRAs it applies, with real safetensors files as they come from the
wild: FLUX keys on an SD-shaped base, real SD1.5 widths on a smaller base, kohya files with a
few modules the base lacks (UNet or text encoder)."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
from safetensors.torch import save_file

from personalq.catalog.card import Card
from personalq.cli import main
from personalq.diffusion.generate import generate
from personalq.diffusion.pipeline import build_pipeline
from personalq.errors import PersonalQError

RANK = 4
UNKNOWN_UNET = ("down_blocks.7.attentions.0.transformer_blocks.0.attn1.to_q",
                "mid_block.attentions.0.transformer_blocks.0.attn9.to_k")
UNKNOWN_TE = ("text_model.encoder.layers.99.self_attn.q_proj",
              "text_model.encoder.layers.98.self_attn.v_proj")


@pytest.fixture(scope="module")
def pipe(sd15_dir):
    return build_pipeline(sd15_dir).pipe


def _pair(tensors: dict, key: str, width_in: int, width_out: int, gen) -> None:
    tensors[f"{key}.lora_down.weight"] = torch.randn(RANK, width_in, generator=gen) * 0.3
    tensors[f"{key}.lora_up.weight"] = torch.randn(width_out, RANK, generator=gen) * 0.3
    tensors[f"{key}.alpha"] = torch.tensor(float(RANK))


def kohya_lora(pipe, out, *, text_encoder=False, unknown_unet=(), unknown_te=(), seed=0):
    """A kohya-named LoRA (`lora_unet_*` / `lora_te_*`, lora_down/lora_up/alpha) for `pipe`'s
    attention layers, plus modules the base does not have."""
    gen = torch.Generator().manual_seed(seed)
    tensors: dict = {}
    for name, m in pipe.unet.named_modules():
        if name.endswith(("attn1.to_q", "attn1.to_v", "attn2.to_q", "attn2.to_v")):
            _pair(tensors, "lora_unet_" + name.replace(".", "_"), m.in_features, m.out_features, gen)
    if text_encoder:
        for name, m in pipe.text_encoder.named_modules():
            if name.endswith(("self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
                              "self_attn.out_proj")):
                _pair(tensors, "lora_te_" + name.replace(".", "_"), m.in_features, m.out_features,
                      gen)
    width = pipe.unet.config.cross_attention_dim
    for name in unknown_unet:
        _pair(tensors, "lora_unet_" + name.replace(".", "_"), width, width, gen)
    for name in unknown_te:
        _pair(tensors, "lora_te_" + name.replace(".", "_"), width, width, gen)
    save_file(tensors, str(out))
    return out


def card(path, cid="x") -> Card:
    return Card(id=cid, name=cid, trigger=f"<{cid}>", base_model="sd15", path=str(path),
                format="lora")


def image(pipe) -> np.ndarray:
    return np.asarray(generate(pipe, "a toy on the beach", seed=0, steps=2), dtype=np.int16)


@pytest.mark.parametrize("keys", [
    ["transformer.single_transformer_blocks.0.attn.to_q", "transformer.transformer_blocks.0.attn.to_k"],
    ["lora_unet_double_blocks_0_img_attn_qkv", "lora_unet_single_blocks_0_linear1"],
])
def test_a_flux_lora_fits_nothing_and_is_refused_naming_flux(sd15_dir, tmp_path, keys):
    gen = torch.Generator().manual_seed(0)
    tensors: dict = {}
    for key in keys:
        if key.startswith("transformer."):
            tensors[f"{key}.lora_A.weight"] = torch.randn(RANK, 3072, generator=gen)
            tensors[f"{key}.lora_B.weight"] = torch.randn(3072, RANK, generator=gen)
        else:
            _pair(tensors, key, 3072, 9216, gen)
    path = tmp_path / "flux.safetensors"
    save_file(tensors, str(path))
    (tmp_path / "flux.civitai.info").write_text(json.dumps({"baseModel": "SD 1.5"}))  # sidecar lies
    with pytest.raises(PersonalQError) as err:
        build_pipeline(sd15_dir, [card(path)])
    message = err.value.message
    assert "fits no module of the base" in message and "look like FLUX" in message
    assert "FLUX base" in err.value.hint
    assert not message.endswith(":") and "\n" not in message


def test_real_sd15_widths_on_a_smaller_base_are_named_sd15(sd15_dir, pipe, tmp_path):
    """Module names that exist in the base, at SD1.5's widths (320-wide blocks, 768-wide text)."""
    gen = torch.Generator().manual_seed(0)
    tensors: dict = {}
    for name, _ in pipe.unet.named_modules():
        if name.endswith(("attn1.to_q", "attn2.to_q")):
            _pair(tensors, "lora_unet_" + name.replace(".", "_"), 320, 320, gen)
        elif name.endswith(("attn2.to_k", "attn2.to_v")):
            _pair(tensors, "lora_unet_" + name.replace(".", "_"), 768, 320, gen)
    path = tmp_path / "sd15.safetensors"
    save_file(tensors, str(path))
    with pytest.raises(PersonalQError) as err:
        build_pipeline(sd15_dir, [card(path)])
    assert "look like SD1.5" in err.value.message and not err.value.message.endswith(":")


def test_a_kohya_lora_with_unknown_unet_modules_applies_the_rest_and_says_so(sd15_dir, pipe,
                                                                              tmp_path):
    path = kohya_lora(pipe, tmp_path / "partial.safetensors", unknown_unet=UNKNOWN_UNET)
    plain = image(pipe)
    lora_pipe, state = build_pipeline(sd15_dir, [card(path, "partial")])
    assert len(state.warnings) == 1
    warning = state.warnings[0]
    assert "LoRA partial: 6 of" in warning and "left out" in warning  # 2 modules x 3 keys
    assert "lora_unet_down_blocks_7_attentions_0" in warning
    assert np.abs(image(lora_pipe) - plain).max() > 0  # the fitting part is applied
    with pytest.raises(PersonalQError) as err:
        build_pipeline(sd15_dir, [card(path, "partial")], strict=True)
    assert "6 of" in err.value.message and "--strict" in err.value.hint


def test_unknown_text_encoder_keys_no_longer_break_loading(sd15_dir, pipe, tmp_path):
    """diffusers alone: "Could not automatically infer state dict type"."""
    path = kohya_lora(pipe, tmp_path / "te.safetensors", text_encoder=True, unknown_te=UNKNOWN_TE)
    lora_pipe, state = build_pipeline(sd15_dir, [card(path, "te")])
    assert len(state.warnings) == 1 and "LoRA te: 6 of" in state.warnings[0]
    assert "lora_te_text_model_encoder_layers_98" in state.warnings[0]
    assert state.applied == "te"
    assert np.abs(image(lora_pipe) - image(pipe)).max() > 0


def test_a_lora_that_fits_completely_says_nothing(sd15_dir, pipe, tmp_path):
    path = kohya_lora(pipe, tmp_path / "ok.safetensors", text_encoder=True)
    _, state = build_pipeline(sd15_dir, [card(path, "ok")])
    assert state.warnings == [] and state.applied == "ok"


def test_generate_warns_and_strict_refuses(sd15_dir, pipe, tmp_path, capsys, monkeypatch):
    path = kohya_lora(pipe, tmp_path / "partial.safetensors", unknown_unet=UNKNOWN_UNET)
    manifest = tmp_path / "repo.jsonl"
    manifest.write_text(json.dumps({"id": "partial", "name": "Partial", "trigger": "<partial>",
                                    "class_noun": "toy", "base_model": "sd15",
                                    "path": str(path), "format": "lora"}) + "\n")
    monkeypatch.setenv("PERSONALQ_HOME", str(tmp_path / "home"))
    args = ["generate", "a toy", "--checkpoint", "partial", "--repo", str(manifest),
            "--base", str(sd15_dir), "--steps", "2", "--out", str(tmp_path / "a.png")]
    capsys.readouterr()
    assert main(args) == 0
    err = capsys.readouterr().err
    assert "warning: LoRA partial: 6 of" in err
    assert main([*args, "--strict"]) == 2
    err = capsys.readouterr().err
    first = err.splitlines()[0]
    assert first.startswith("error: LoRA partial") and not first.endswith(":")
    assert "hint:" in err
