"""The shapes of the world's networks: a tiny Stable-Diffusion-1.5-shaped pipeline.

Same components and module names as SD1.5 (CLIPTextModel with the real CLIP vocabulary,
UNet2DConditionModel with `attn2.to_k`/`attn2.to_v` cross-attention at 16x16, 8x8 and the 4x4
middle, AutoencoderKL 64x64x3 -> 16x16x4, DDIM scheduler with SD's betas), only much smaller.
"""

from __future__ import annotations


import numpy as np
import torch

from personalq.world.tokenizer import VOCAB_SIZE

MAX_TOKENS = 32
TEXT_HIDDEN = 64
LATENT_CHANNELS = 4
LATENT_SIZE = 16


def make_text_encoder():
    from transformers import CLIPTextConfig, CLIPTextModel

    cfg = CLIPTextConfig(
        vocab_size=VOCAB_SIZE,
        hidden_size=TEXT_HIDDEN,
        intermediate_size=4 * TEXT_HIDDEN,
        num_hidden_layers=4,
        num_attention_heads=4,
        max_position_embeddings=MAX_TOKENS,
        hidden_act="quick_gelu",
        bos_token_id=49406,
        eos_token_id=49407,
        pad_token_id=49407,
        projection_dim=TEXT_HIDDEN,
    )
    return CLIPTextModel(cfg)


def make_unet():
    from diffusers import UNet2DConditionModel

    return UNet2DConditionModel(
        sample_size=LATENT_SIZE,
        in_channels=LATENT_CHANNELS,
        out_channels=LATENT_CHANNELS,
        layers_per_block=1,
        block_out_channels=(48, 96, 96),
        down_block_types=("CrossAttnDownBlock2D", "CrossAttnDownBlock2D", "DownBlock2D"),
        up_block_types=("UpBlock2D", "CrossAttnUpBlock2D", "CrossAttnUpBlock2D"),
        cross_attention_dim=TEXT_HIDDEN,
        attention_head_dim=8,
        norm_num_groups=16,
    )


VAE_SHAPES = {"small": ((32, 64, 64), 1), "wide": ((64, 128, 128), 2)}


def make_vae(shape: str = "small"):
    """AutoencoderKL 64x64x3 -> 16x16x4; "wide" has 4x the channels' width and two layers per block."""
    from diffusers import AutoencoderKL

    channels, layers = VAE_SHAPES[shape]
    return AutoencoderKL(
        in_channels=3,
        out_channels=3,
        down_block_types=("DownEncoderBlock2D",) * 3,
        up_block_types=("UpDecoderBlock2D",) * 3,
        block_out_channels=channels,
        layers_per_block=layers,
        latent_channels=LATENT_CHANNELS,
        norm_num_groups=16,
        sample_size=64,
    )


def make_scheduler():
    """SD1.5's own DDIM settings: the world's pipeline and the tiny test pipelines
    (personalq.testing) both draw with it."""
    from diffusers import DDIMScheduler

    return DDIMScheduler(
        num_train_timesteps=1000,
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
    )


def make_train_scheduler():
    from diffusers import DDPMScheduler

    return DDPMScheduler(num_train_timesteps=1000, beta_start=0.00085, beta_end=0.012, beta_schedule="scaled_linear")


def n_params(module) -> int:
    return sum(p.numel() for p in module.parameters())


def pick_device(name: str = "auto") -> str:
    if name == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    return name


def _lr_at(step: int, total: int, peak: float, warmup: int = 200) -> float:
    """Learning rate: linear warmup, then cosine decay to 10% (base and judge training)."""
    if step < warmup:
        return peak * (step + 1) / warmup
    p = (step - warmup) / max(1, total - warmup)
    return peak * (0.1 + 0.9 * 0.5 * (1 + np.cos(np.pi * min(1.0, p))))
