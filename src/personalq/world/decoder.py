"""Fine-tune only the world VAE's decoder (as SD's ft-MSE VAE did), with styled pictures.

Why: the judge reads true sepia renders of a subject as the subject 0.94-0.98, but through the
world VAE only 0.19-0.35: the VAE was trained mostly on colour pictures, so the decoder cannot
draw a styled subject even from a good latent, which caps every style composition. The encoder
and quant_conv stay frozen, so every latent stays the same and the UNet, the checkpoints and
their LoRAs remain valid; only the pixels drawn from a latent change.

Data: generic renders and look-alikes (never a personal concept), a share of them in a random
style. Loss: L1 + MSE on pixels plus `color_weight` x L1 on 4x4-averaged pixels (colour).
The through-VAE ceiling (`style_ceilings`) is measured before and after, plain and per style.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPT_LABELS, SUBJECTS, look_alike_spec, random_scene
from personalq.world.domain import SCENE_NAMES, STYLES, random_generic_spec, render
from personalq.world.judge import load_judge, predict
from personalq.world.models import pick_device
from personalq.world.train_base import StepBudget, _seed_everything


@dataclass
class DecoderSettings:
    """How the decoder is fine-tuned (recorded in training.json)."""
    steps: int = 2000
    batch: int = 32
    lr: float = 3e-4
    n_images: int = 2048
    styled_share: float = 0.3
    color_weight: float = 2.0
    seed: int = 0
    time_limit_s: float | None = None


def decoder_data(n_images: int, styled_share: float, seed: int) -> np.ndarray:
    """Pictures to train the decoder on: half generic renders, half look-alikes in random
    scenes, `styled_share` of them in a random non-plain style. No personal concept."""
    rng = np.random.default_rng(seed)
    images = np.empty((n_images, 64, 64, 3), np.uint8)
    for i in range(n_images):
        if rng.random() < 0.5:
            spec = random_generic_spec(rng)
        else:
            spec = replace(look_alike_spec(rng), scene=random_scene(rng))
        if rng.random() < styled_share:
            spec = replace(spec, style=STYLES[int(rng.integers(1, len(STYLES)))])
        images[i] = render(spec, int(rng.integers(2**31)))
    return images


def _to_x(images_u8: np.ndarray) -> torch.Tensor:
    return torch.from_numpy(images_u8).permute(0, 3, 1, 2).float().div(127.5).sub(1)


@torch.no_grad()
def round_trip(vae, images_u8: np.ndarray, device: str = "cpu", batch: int = 256) -> np.ndarray:
    """Images encoded (posterior mean) and decoded by `vae`, as uint8."""
    x = _to_x(images_u8)
    rec = torch.cat([vae.decode(vae.encode(x[i : i + batch].to(device)).latent_dist.mean).sample.float().cpu()
                     for i in range(0, len(x), batch)])
    return rec.clamp(-1, 1).add(1).mul(127.5).round().byte().permute(0, 2, 3, 1).numpy()


def subject_renders(style: str, per_concept: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Fresh renders of every subject in `style`, random scenes, and their judge labels."""
    rng = np.random.default_rng(seed)
    images, labels = [], []
    for c in SUBJECTS:
        for _ in range(per_concept):
            spec = replace(c.spec, scene=SCENE_NAMES[rng.integers(len(SCENE_NAMES))], style=style)
            images.append(render(spec, int(rng.integers(2**31))))
            labels.append(CONCEPT_LABELS.index(c.id))
    return np.stack(images), np.array(labels)


def style_ceilings(vae, judge_path: Path, *, device: str = "cpu", per_concept: int = 16, seed: int = 70000) -> dict:
    """Per style: judge concept accuracy on the subjects' true renders through the VAE (the most
    a latent model can draw of them) and on the renders themselves, with standard errors."""
    judge = load_judge(judge_path)
    vae = vae.float().to(device).eval()
    out = {}
    for style in STYLES:
        images, labels = subject_renders(style, per_concept, seed)
        hit = predict(judge, round_trip(vae, images, device))["concept"] == labels
        clean = predict(judge, images)["concept"] == labels
        p = float(hit.mean())
        out[style] = {"through_vae": p, "se": float(np.sqrt(p * (1 - p) / len(hit))),
                      "clean": float(clean.mean()), "n": int(len(hit))}
    return out


def _freeze_all_but_decoder(vae) -> list[torch.nn.Parameter]:
    vae.requires_grad_(False)
    vae.decoder.requires_grad_(True)
    vae.post_quant_conv.requires_grad_(True)
    return [p for p in vae.parameters() if p.requires_grad]


@torch.no_grad()
def _posteriors(vae, images_u8: np.ndarray, device: str) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """(pixels, posterior means, posterior stds) of all training pictures: the encoder is
    frozen, so they are computed once; each step samples latents from them."""
    x = _to_x(images_u8)
    means, stds = [], []
    for i in range(0, len(x), 256):
        post = vae.encode(x[i : i + 256].to(device)).latent_dist
        means.append(post.mean.cpu())
        stds.append(post.std.cpu())
    return x, torch.cat(means), torch.cat(stds)


def decoder_loss(rec: torch.Tensor, x: torch.Tensor, color_weight: float) -> torch.Tensor:
    """L1 + MSE + `color_weight` x L1 on 4x4-averaged pixels."""
    return F.l1_loss(rec, x) + F.mse_loss(rec, x) + color_weight * F.l1_loss(F.avg_pool2d(rec, 4), F.avg_pool2d(x, 4))


def train_decoder(vae, images_u8: np.ndarray, s: DecoderSettings, device: str, log=None) -> dict:
    """The training loop (in place on `vae`): AdamW on decoder + post_quant_conv, warm-up then
    cosine learning rate, StepBudget to end inside `time_limit_s`; `log(step, loss, seconds)`
    every 25 steps."""
    _seed_everything(s.seed)
    params = _freeze_all_but_decoder(vae)
    x_all, mu, sd = _posteriors(vae.eval(), images_u8, device)
    vae.decoder.train()
    opt = torch.optim.AdamW([{"params": params, "peak": s.lr}], lr=s.lr, weight_decay=0.0)
    gen = torch.Generator().manual_seed(s.seed)
    t0, losses, step, steps = time.time(), [], 0, s.steps
    bar = tqdm(total=steps, desc="decoder", mininterval=5)
    budget = StepBudget(steps, s.time_limit_s)
    while step < steps:
        steps = budget.begin(step, opt, bar, warmup=min(50, steps // 10))
        idx = torch.randint(0, len(x_all), (s.batch,), generator=gen)
        z = mu[idx] + sd[idx] * torch.randn(mu[idx].shape, generator=gen)
        x = x_all[idx].to(device)
        loss = decoder_loss(vae.decode(z.to(device)).sample.float(), x, s.color_weight)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        losses.append(loss.item())
        step += 1
        if log is not None and step % 25 == 0:
            log(step, float(np.mean(losses[-25:])), time.time() - t0)
        if budget.end(step, bar, losses, window=50):
            break
    bar.close()
    vae.eval()
    seconds = time.time() - t0
    return {"steps": step, "seconds": round(seconds, 1), "s_per_step": round(seconds / max(1, step), 3),
            "first_loss": float(np.mean(losses[:25])), "final_loss": float(np.mean(losses[-100:]))}


def encoder_digest(vae) -> str:
    """sha256 over the encoder and quant_conv weights (what must not change)."""
    h = hashlib.sha256()
    frozen = list(vae.encoder.state_dict().items()) + [("q." + k, v) for k, v in vae.quant_conv.state_dict().items()]
    for name, t in sorted(frozen, key=lambda kv: kv[0]):
        h.update(name.encode())
        h.update(t.detach().cpu().contiguous().numpy().tobytes())
    return h.hexdigest()


def finetune_decoder(base_dir: Path, *, settings: DecoderSettings, device: str = "auto", judge_path: Path | None = None,
                     out_dir: Path | None = None, write: bool = False, init_dir: Path | None = None, log=None) -> dict:
    """Fine-tune the decoder of `base_dir`/vae (or continue `init_dir`, a VAE folder with the
    same encoder). Writes nothing unless asked: `out_dir` gets the VAE folder (with
    training.json); `write` replaces `base_dir`/vae and appends the record to
    `base_dir`/training.json. With a judge, the ceilings of the base's VAE before and of the
    result after are in the record."""
    from diffusers import AutoencoderKL

    device = pick_device(device)
    vae = AutoencoderKL.from_pretrained(Path(base_dir) / "vae", dtype=torch.float32).to(device)
    digest = encoder_digest(vae)
    info: dict = {"settings": settings.__dict__.copy(), "data": "half generic, half look-alikes (no personal concept), "
                  f"{settings.styled_share:.0%} in a random style", "device": device, "init": str(init_dir or "")}
    if judge_path:
        info["ceiling_before"] = style_ceilings(vae, judge_path, device=device)
    if init_dir is not None:
        vae = AutoencoderKL.from_pretrained(init_dir, dtype=torch.float32).to(device)
        if encoder_digest(vae) != digest:
            raise PersonalQError(f"{init_dir} has another encoder than {base_dir}/vae",
                                 hint="continue only a VAE fine-tuned from this base's (decoder only)")
    images = decoder_data(settings.n_images, settings.styled_share, settings.seed + 1)
    info |= train_decoder(vae, images, settings, device, log)
    vae = vae.float().cpu()
    if judge_path:
        info["ceiling_after"] = style_ceilings(vae, judge_path)
    assert encoder_digest(vae) == digest, "the encoder changed: latents would no longer match the UNet"
    info["encoder_sha256"] = digest
    if out_dir is not None:
        _save(vae, Path(out_dir), info)
    if write:
        _write_into_base(vae, Path(base_dir), info)
    return info


def _save(vae, out_dir: Path, info: dict) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    vae.to(torch.float16).save_pretrained(out_dir, safe_serialization=True)
    vae.float()
    (out_dir / "training.json").write_text(json.dumps(info, indent=2) + "\n")


def _write_into_base(vae, base_dir: Path, info: dict) -> None:
    """Replace the base's VAE weights and append this run to the base's training record."""
    tmp = base_dir / "vae.new"
    shutil.rmtree(tmp, ignore_errors=True)
    vae.to(torch.float16).save_pretrained(tmp, safe_serialization=True)
    vae.float()
    shutil.rmtree(base_dir / "vae")
    tmp.rename(base_dir / "vae")
    record = json.loads((base_dir / "training.json").read_text())
    n = sum(k.startswith("decoder_finetune") for k in record)
    record["decoder_finetune" if n == 0 else f"decoder_finetune_{n + 1}"] = info
    before = record.get("total_seconds_all_stages", record.get("total_seconds", 0))
    record["total_seconds_all_stages"] = before + info["seconds"]
    (base_dir / "training.json").write_text(json.dumps(record, indent=2) + "\n")
