"""A quick look at a trained base: a grid of generic prompts, and the judge's scene accuracy."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from personalq.diffusion.loading import plain_prompt
from personalq.diffusion.pipeline import build_pipeline
from personalq.world.concepts import CONCEPT_LABELS
from personalq.world.domain import (CLASS_NAMES, COLOR_NAMES, PATTERN_NAMES, SCENE_NAMES, Spec,
                                    caption, generic_pattern_color)
from personalq.world.judge import load_judge, predict


def generic_prompts(n: int, seed: int) -> list[tuple[str, str]]:
    """(prompt, scene) pairs of plain, non-personal prompts in canonical wording."""
    rng = np.random.default_rng(seed)
    out = []
    for i in range(n):
        color = COLOR_NAMES[rng.integers(len(COLOR_NAMES))]
        spec = Spec(cls=CLASS_NAMES[rng.integers(len(CLASS_NAMES))], color=color,
                    pattern=PATTERN_NAMES[rng.integers(len(PATTERN_NAMES))],
                    pattern_color=generic_pattern_color(color), scene=SCENE_NAMES[i % len(SCENE_NAMES)])
        out.append((caption(spec), spec.scene))
    return out


@torch.no_grad()
def generate(pipe, prompts: list[str], seeds: list[int], steps: int = 20, guidance: float = 5.0, batch: int = 32):
    """Images (uint8 NHWC) for prompts, one fixed seed each (same seed, same picture). Prompts
    may carry expanded multi-vector triggers: the pipeline's own expansion then sees them once."""
    prompts = [plain_prompt(pipe, p) for p in prompts]
    out = []
    dev = pipe.device
    for i in range(0, len(prompts), batch):
        gens = [torch.Generator(device="cpu").manual_seed(int(s)) for s in seeds[i : i + batch]]
        lat = torch.stack([torch.randn((4, 16, 16), generator=g) for g in gens]).to(dev, pipe.unet.dtype)
        res = pipe(prompts[i : i + batch], num_inference_steps=steps, guidance_scale=guidance, latents=lat,
                   height=64, width=64, output_type="np")
        out.append((res.images * 255).round().astype(np.uint8))
    return np.concatenate(out)


def save_preview(base_dir: Path, png: Path, device: str = "cpu", judge_path: Path | None = None, n: int = 48) -> dict:
    from PIL import Image

    pipe, _ = build_pipeline(base_dir, device=device)
    pairs = generic_prompts(n, seed=123)
    imgs = generate(pipe, [p for p, _ in pairs], list(range(n)))
    rows = [np.concatenate(list(imgs[r * 12 : (r + 1) * 12]), 1) for r in range(n // 12)]
    Image.fromarray(np.concatenate(rows, 0)).save(png)
    result = {"prompts": [p for p, _ in pairs[:12]]}
    if judge_path is not None and Path(judge_path).is_file():
        pred = predict(load_judge(judge_path), imgs)
        result["scene_acc"] = float(np.mean([SCENE_NAMES[k] == s for k, (_, s) in zip(pred["scene"], pairs)]))

        result["concept_other"] = float(np.mean(pred["concept"] == CONCEPT_LABELS.index("other")))
    return result
