"""Tiny randomly initialised SD1.5- and SDXL-shaped pipelines, and LoRA/DreamBooth checkpoints
for them, written in the standard diffusers layout.

WHY: tests (ours and other areas') need real pipelines with the real module names
(`attn2.to_k`, `attn2.to_v`, ...) and real checkpoint files, but no model hub is reachable and
real weights are gigabytes. These builders write a complete pipeline folder in well under a
second, from a small byte-level BPE tokenizer learned here from a few words, so nothing is
downloaded. The images they draw are noise; the code paths are the real ones.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import torch

from personalq.diffusion.loading import describe_base, load_base
from personalq.diffusion.pipeline import assemble_pipeline
from personalq.world.models import make_scheduler  # SD1.5's own DDIM settings
from personalq.world.tokenizer import bytes_to_unicode

# A few words prompts are made of; the tiny BPE learns its merges from them so that common
# words are single tokens and a trigger such as "<zib-v2>" splits into several pieces.
_CORPUS = (
    "a photo of the my on in at with and beach forest snow city room table street park "
    "toy star spotted striped dog cat teddy bear red blue green yellow purple orange pink "
    "black white painting style watercolor sketch cartoon portrait sitting standing "
    "sks person man woman car house flower tree sky night day sunset mountain river"
).split()
_NUM_MERGES = 200


def _learn_merges(words: list[str], num_merges: int) -> list[tuple[str, str]]:
    """Plain BPE training on a word list (with CLIP's '</w>' end-of-word marker)."""
    seqs = [list(w[:-1]) + [w[-1] + "</w>"] for w in words]
    merges: list[tuple[str, str]] = []
    for _ in range(num_merges):
        pairs = Counter(p for s in seqs for p in zip(s, s[1:]))
        if not pairs:
            break
        best = max(pairs.items(), key=lambda kv: (kv[1], kv[0]))[0]  # deterministic tie-break
        merges.append(best)
        merged = best[0] + best[1]
        new_seqs = []
        for s in seqs:
            out, i = [], 0
            while i < len(s):
                if i + 1 < len(s) and (s[i], s[i + 1]) == best:
                    out.append(merged)
                    i += 2
                else:
                    out.append(s[i])
                    i += 1
            new_seqs.append(out)
        seqs = new_seqs
    return merges


def make_tiny_tokenizer(model_max_length: int = 77, pad_token: str = "<|endoftext|>"):
    """A CLIPTokenizer with CLIP's vocabulary layout (bytes, bytes+'</w>', merges, specials)."""
    from transformers import CLIPTokenizer

    alphabet = list(bytes_to_unicode().values())
    merges = _learn_merges(_CORPUS, _NUM_MERGES)
    tokens = alphabet + [c + "</w>" for c in alphabet] + ["".join(m) for m in merges]
    tokens += ["<|startoftext|>", "<|endoftext|>"]
    vocab = {}
    for tok in tokens:
        vocab.setdefault(tok, len(vocab))
    return CLIPTokenizer(vocab=vocab, merges=merges, pad_token=pad_token,
                         model_max_length=model_max_length)


def _tiny_text_encoder(tokenizer, *, hidden: int, projection: int | None, seed: int):
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTextModelWithProjection

    torch.manual_seed(seed)
    config = CLIPTextConfig(
        vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=2 * hidden,
        num_hidden_layers=2, num_attention_heads=4, max_position_embeddings=tokenizer.model_max_length,
        bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id, hidden_act="quick_gelu",
        projection_dim=projection or hidden,
    )
    model = CLIPTextModelWithProjection(config) if projection else CLIPTextModel(config)
    return model.eval()


def _tiny_vae(seed: int):
    from diffusers import AutoencoderKL

    torch.manual_seed(seed)
    # Two blocks -> a latent 2x smaller than the image (SD's VAE is 8x: same code path).
    return AutoencoderKL(
        in_channels=3, out_channels=3, latent_channels=4, block_out_channels=(16, 32),
        down_block_types=("DownEncoderBlock2D",) * 2, up_block_types=("UpDecoderBlock2D",) * 2,
        layers_per_block=1, norm_num_groups=8, sample_size=32,
    ).eval()


def make_tiny_sd15(dir: Path, seed: int = 0) -> Path:
    """Write a tiny SD1.5-shaped StableDiffusionPipeline to `dir`; return `dir`.

    Cross-attention (attn2) at two resolutions; 32x32 images from 16x16 latents."""
    from diffusers import UNet2DConditionModel

    dir = Path(dir)
    tokenizer = make_tiny_tokenizer()
    text_encoder = _tiny_text_encoder(tokenizer, hidden=32, projection=None, seed=seed)
    torch.manual_seed(seed + 1)
    unet = UNet2DConditionModel(
        sample_size=16, in_channels=4, out_channels=4, layers_per_block=1,
        block_out_channels=(32, 64), norm_num_groups=8, attention_head_dim=8,
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=32,
    ).eval()
    pipe = assemble_pipeline(vae=_tiny_vae(seed + 2), text_encoder=text_encoder,
                             tokenizer=tokenizer, unet=unet, scheduler=make_scheduler())
    pipe.save_pretrained(dir, safe_serialization=True)
    return dir


def make_tiny_sdxl(dir: Path, seed: int = 0) -> Path:
    """Write a tiny SDXL-shaped StableDiffusionXLPipeline to `dir`; return `dir`.

    Two text encoders (the second with a projection, as SDXL's OpenCLIP bigG), their hidden
    states concatenated for cross-attention, and SDXL's "text_time" added conditioning."""
    from diffusers import UNet2DConditionModel

    dir = Path(dir)
    tokenizer = make_tiny_tokenizer()
    tokenizer_2 = make_tiny_tokenizer(pad_token="!")  # SDXL's second tokenizer pads with "!"
    text_encoder = _tiny_text_encoder(tokenizer, hidden=32, projection=None, seed=seed)
    text_encoder_2 = _tiny_text_encoder(tokenizer_2, hidden=32, projection=32, seed=seed + 10)
    torch.manual_seed(seed + 1)
    unet = UNet2DConditionModel(
        sample_size=16, in_channels=4, out_channels=4, layers_per_block=1,
        block_out_channels=(32, 64), norm_num_groups=8, attention_head_dim=(4, 8),
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D"),
        up_block_types=("CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        transformer_layers_per_block=(1, 2), use_linear_projection=True,
        cross_attention_dim=64,  # 32 (text_encoder) + 32 (text_encoder_2)
        addition_embed_type="text_time", addition_time_embed_dim=8,
        projection_class_embeddings_input_dim=6 * 8 + 32,  # 6 time ids + pooled text
    ).eval()
    pipe = assemble_pipeline(vae=_tiny_vae(seed + 2), text_encoder=text_encoder,
                             text_encoder_2=text_encoder_2, tokenizer=tokenizer,
                             tokenizer_2=tokenizer_2, unet=unet, scheduler=make_scheduler())
    pipe.save_pretrained(dir, safe_serialization=True)
    return dir


def base_model_of(pipe_dir: Path) -> str:
    """'sdxl' for an SDXL-shaped pipeline folder, 'sd15' otherwise (read from model_index.json)."""
    shape, _ = describe_base(pipe_dir)
    return shape


ARCHITECTURES = {"sd15": "stable-diffusion-v1", "sdxl": "stable-diffusion-xl-v1-base"}


def make_tiny_lora(pipe_dir: Path, out_file: Path, rank: int = 4, metadata: dict | None = None,
                   seed: int = 0, text_encoder: bool = False,
                   target_modules: tuple[str, ...] = ("to_q", "to_k", "to_v", "to_out.0"),
                   unknown_modules: tuple[str, ...] = ()) -> Path:
    """Write a diffusers-format UNet LoRA (`unet.*lora_A/lora_B` keys) for the pipeline at
    `pipe_dir`, with `modelspec.*` metadata as real LoRA files carry; return `out_file`.
    `text_encoder=True` adds `text_encoder.*` LoRA layers too (as DreamBooth-LoRA training with
    --train_text_encoder writes). `unknown_modules`: UNet module paths the base lacks, written
    as LoRA pairs too (a LoRA that fits the base only in part, as files for a bigger UNet do).

    Both LoRA matrices are random (not B=0 as at training start) so applying it changes images."""
    from diffusers import UNet2DConditionModel
    from diffusers.utils import convert_state_dict_to_diffusers
    from peft import LoraConfig, get_peft_model_state_dict
    from safetensors.torch import save_file
    from transformers import CLIPTextModel

    pipe_dir, out_file = Path(pipe_dir), Path(out_file)
    unet = UNet2DConditionModel.from_pretrained(pipe_dir / "unet")
    unet.add_adapter(LoraConfig(r=rank, lora_alpha=rank, init_lora_weights="gaussian",
                                target_modules=list(target_modules)))
    parts = {"unet": convert_state_dict_to_diffusers(get_peft_model_state_dict(unet))}
    if text_encoder:
        te = CLIPTextModel.from_pretrained(pipe_dir / "text_encoder")
        te.add_adapter(LoraConfig(r=rank, lora_alpha=rank, init_lora_weights="gaussian",
                                  target_modules=["q_proj", "k_proj", "v_proj", "out_proj"]))
        parts["text_encoder"] = convert_state_dict_to_diffusers(get_peft_model_state_dict(te))
    gen = torch.Generator().manual_seed(seed)
    tensors = {}
    for prefix, lora in parts.items():
        for key, value in sorted(lora.items()):
            # Large enough that a tiny model's output visibly moves.
            tensors[f"{prefix}.{key}"] = (torch.randn(value.shape, generator=gen) * 0.3).contiguous()
    width = unet.config.cross_attention_dim
    for module in unknown_modules:
        tensors[f"unet.{module}.lora_A.weight"] = torch.randn(rank, width, generator=gen) * 0.3
        tensors[f"unet.{module}.lora_B.weight"] = torch.randn(width, rank, generator=gen) * 0.3
    base = base_model_of(pipe_dir)
    meta = {
        "modelspec.sai_model_spec": "1.0.0",
        "modelspec.architecture": f"{ARCHITECTURES[base]}/lora",
        "modelspec.implementation": "diffusers",
        "modelspec.title": out_file.stem,
        "modelspec.trigger_phrase": f"<{out_file.stem}>",
    }
    meta.update({k: str(v) for k, v in (metadata or {}).items()})
    out_file.parent.mkdir(parents=True, exist_ok=True)
    save_file(tensors, str(out_file), metadata=meta)
    return out_file


def make_tiny_dreambooth(pipe_dir: Path, out_dir: Path, seed: int = 0,
                         trigger: str = "<tiny-db>") -> Path:
    """Write a DreamBooth-style checkpoint for the pipeline at `pipe_dir`: a full diffusers
    pipeline folder whose UNet weights differ from the base's, with a README model card
    carrying `instance_prompt` and `base_model` (as Hugging Face DreamBooth repos do)."""
    pipe_dir, out_dir = Path(pipe_dir), Path(out_dir)
    pipe = load_base(pipe_dir, hotswap=False)
    gen = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for param in pipe.unet.parameters():
            param.add_(torch.randn(param.shape, generator=gen) * 0.05 * (param.std() + 1e-3))
    pipe.save_pretrained(out_dir, safe_serialization=True)
    base = base_model_of(pipe_dir)
    (out_dir / "README.md").write_text(
        "---\n"
        f"base_model: {ARCHITECTURES[base]}\n"
        f"instance_prompt: a photo of {trigger} toy\n"
        "tags:\n- dreambooth\n- text-to-image\n"
        "---\n\n"
        f"# {out_dir.name}\n\nA tiny random DreamBooth checkpoint for tests.\n"
    )
    return out_dir
