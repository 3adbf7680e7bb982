"""Real checkpoint files for the catalog tests: tiny tensors, real safetensors headers, the
metadata conventions real trainers and tools write (kohya, modelspec, diffusers, Civitai, A1111)."""

from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import save_file


def write_lora(path: Path, metadata: dict[str, str] | None = None, *, sdxl: bool = False) -> Path:
    """A kohya-style LoRA file with a few tiny lora_down/lora_up/alpha tensors."""
    path.parent.mkdir(parents=True, exist_ok=True)
    prefix = "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k"
    tensors = {
        f"{prefix}.lora_down.weight": torch.zeros(4, 8),
        f"{prefix}.lora_up.weight": torch.zeros(8, 4),
        f"{prefix}.alpha": torch.tensor(4.0),
    }
    if sdxl:
        tensors["lora_te2_text_model_encoder_layers_0_mlp_fc1.lora_down.weight"] = torch.zeros(4, 8)
    save_file(tensors, str(path), metadata=metadata or {})
    return path


def write_ti(path: Path, key: str = "emb_params", dim: int = 768) -> Path:
    """A textual-inversion embedding: A1111 ('emb_params') or diffusers ('<token>') layout."""
    path.parent.mkdir(parents=True, exist_ok=True)
    save_file({key: torch.zeros(2, dim)}, str(path))
    return path


def write_diffusers(folder: Path, readme: str | None, cross_attention_dim: int = 768) -> Path:
    """A DreamBooth fine-tune in diffusers layout: model_index.json, unet/, README model card."""
    (folder / "unet").mkdir(parents=True, exist_ok=True)
    (folder / "model_index.json").write_text(json.dumps(
        {"_class_name": "StableDiffusionPipeline", "_diffusers_version": "0.42.1",
         "unet": ["diffusers", "UNet2DConditionModel"]}))
    (folder / "unet" / "config.json").write_text(json.dumps(
        {"_class_name": "UNet2DConditionModel", "cross_attention_dim": cross_attention_dim}))
    save_file({"conv_in.weight": torch.zeros(4, 4, 3, 3)},
              str(folder / "unet" / "diffusion_pytorch_model.safetensors"))
    if readme is not None:
        (folder / "README.md").write_text(readme)
    return folder


def write_manifest(path: Path, cards: list[dict], extra_lines: list[str] = ()) -> Path:
    lines = [json.dumps(c) for c in cards] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n")
    return path


def card(i: int, **over) -> dict:
    data = {"id": f"toy-{i}", "name": f"Toy {i}", "trigger": f"<toy-{i}>", "class_noun": "toy",
            "description": f"A small toy number {i}", "tags": ["toy"], "base_model": "sd15"}
    data.update(over)
    return data
