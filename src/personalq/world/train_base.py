"""Train the world's base model: the VAE first, then the text encoder jointly with the UNet.

nanoGPT-style: one readable loop per stage, a fixed seed, tqdm progress, GPU when present.
The result is saved with `save_pretrained` in diffusers layout (fp16 weights) plus
`training.json` with the settings, step counts, losses and wall-clock times.
"""

from __future__ import annotations

import copy
import json
import time
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from personalq.diffusion.pipeline import assemble_pipeline
from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPT_LABELS, SUBJECTS
from personalq.world.data import autoencoder_dataset, generic_dataset, tokenize
from personalq.world.domain import SCENE_NAMES
from personalq.world.judge import load_judge, predict
from personalq.world.models import (_lr_at, make_scheduler, make_text_encoder,
                                    make_train_scheduler, make_unet, make_vae, n_params,
                                    pick_device)
from personalq.world.tokenizer import build_clip_tokenizer


def _seed_everything(seed: int) -> None:
    torch.manual_seed(seed)
    np.random.seed(seed)


class StepBudget:
    """Shrinks the planned step count so training ends inside a time limit, measuring the speed
    between steps 20 and 70 (after warm-up); the learning-rate schedule then still runs its full
    course. The step count actually used is recorded in training.json. `begin` and `end` are
    the bookkeeping every training loop of the world does around its step."""

    def __init__(self, steps: int, time_limit_s: float | None):
        self.steps, self.limit, self.t0, self.t20 = steps, time_limit_s, time.time(), None

    def __call__(self, step: int) -> int:
        if self.limit is None:
            return self.steps
        if step == 20:
            self.t20 = time.time()
        if step == 70 and self.t20 is not None:
            rate = 50 / max(1e-6, time.time() - self.t20)
            left = self.limit - (time.time() - self.t0)
            self.steps = max(71, min(self.steps, 70 + int(rate * left)))
        return self.steps

    def begin(self, step: int, opt: torch.optim.Optimizer, bar: tqdm, warmup: int) -> int:
        """Before `step`: the planned step count (the bar shows it) and each optimizer group's
        learning rate, warmed up then cosine-decayed from the group's own "peak"."""
        steps = self(step)
        bar.total = steps
        for g in opt.param_groups:
            g["lr"] = _lr_at(step, steps, g["peak"], warmup)
        return steps

    def end(self, step: int, bar: tqdm, losses: list[float], window: int) -> bool:
        """After a step (`step` steps done): the bar moves, showing the mean of the last `window`
        losses every 50 steps; True when the run is well past its time limit (stop)."""
        bar.update(1)
        if step % 50 == 0:
            bar.set_postfix(loss=f"{np.mean(losses[-window:]):.4f}")
        return bool(self.limit) and time.time() - self.t0 > 1.15 * self.limit


def _autocast(device: str):
    return torch.autocast("cuda", dtype=torch.bfloat16) if device == "cuda" else torch.autocast("cpu", enabled=False)


def train_vae(images_u8: torch.Tensor, *, steps: int, batch: int, device: str, seed: int, time_limit_s: float | None,
              init=None, shape: str = "small", lr: float = 1e-3, color_weight: float = 2.0):
    """KL-regularised autoencoder on 64x64 renders: L1 + MSE reconstruction, `color_weight` x L1
    on 4x4-averaged pixels (colour fidelity: the judge tells blue from purple checks), tiny KL.
    `init` continues from a trained VAE instead of a fresh one of `shape`."""
    _seed_everything(seed)
    vae = (init if init is not None else make_vae(shape)).float().to(device).train()
    opt = torch.optim.AdamW([{"params": list(vae.parameters()), "peak": lr}], lr=lr, weight_decay=0.0)
    gen = torch.Generator(device="cpu").manual_seed(seed)
    t0, losses = time.time(), []
    bar = tqdm(total=steps, desc="vae", mininterval=2)
    step, budget = 0, StepBudget(steps, time_limit_s)
    while step < steps:
        steps = budget.begin(step, opt, bar, warmup=100)
        idx = torch.randint(0, len(images_u8), (batch,), generator=gen)
        x = images_u8[idx.to(images_u8.device)].to(device).permute(0, 3, 1, 2).float().div(127.5).sub(1)
        with _autocast(device):
            post = vae.encode(x).latent_dist
            rec = vae.decode(post.sample()).sample
        rec = rec.float()
        kl = post.kl().mean() / (x[0].numel())
        loss = (F.l1_loss(rec, x) + F.mse_loss(rec, x) + color_weight * F.l1_loss(F.avg_pool2d(rec, 4), F.avg_pool2d(x, 4))
                + 1e-4 * kl)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        losses.append(loss.item())
        step += 1
        if budget.end(step, bar, losses, window=50):
            break
    bar.close()
    info = {"steps": step, "seconds": time.time() - t0, "final_loss": float(np.mean(losses[-100:])), "shape": shape,
            "continued": init is not None, "lr": lr, "color_weight": color_weight}
    return vae.eval(), info


def require_folder(path: Path, marker: str, what: str) -> Path:
    """A clear error, not a hub lookup, when a model folder given on the command line is wrong."""

    path = Path(path)
    if not (path / marker).is_file():
        raise PersonalQError(f"{path} is not {what} (no {marker} in it)",
                             hint="pass a folder written by `personalq world train-vae` / `train-base`")
    return path


def train_autoencoder(out_dir: Path, *, device: str = "auto", seed: int = 0, n_images: int = 60_000, steps: int = 20_000,
                      batch: int = 256, shape: str = "small", init_dir: Path | None = None, lr: float = 1e-3,
                      time_limit_s: float | None = None, judge_path: Path | None = None) -> dict:
    """Train a VAE alone (fresh of `shape`, or continuing the one in `init_dir`) on
    `autoencoder_dataset`, save it with `save_pretrained` and a training.json that includes its
    reconstruction ceiling when a judge is given. `train-base --vae DIR` then trains on it."""
    from diffusers import AutoencoderKL

    if init_dir is not None:
        require_folder(init_dir, "config.json", "a VAE folder")
    device = pick_device(device)
    t0 = time.time()
    images = torch.from_numpy(autoencoder_dataset(n_images, seed + 1))
    if device == "cuda":
        images = images.to(device)
    init = AutoencoderKL.from_pretrained(init_dir, dtype=torch.float32) if init_dir is not None else None
    before = reconstruction_ceiling(init, judge_path, device=device) if init is not None and judge_path else None
    vae, info = train_vae(images, steps=steps, batch=batch, device=device, seed=seed, time_limit_s=time_limit_s,
                          init=init, shape=shape, lr=lr)
    info |= {"n_images": n_images, "batch": batch, "seed": seed, "params": n_params(vae), "init": str(init_dir or ""),
             "device": torch.cuda.get_device_name() if device == "cuda" else "cpu", "total_seconds": time.time() - t0}
    if judge_path:
        info["reconstruction"] = reconstruction_ceiling(vae, judge_path, device=device)
        if before is not None:
            info["reconstruction_before"] = before
    out_dir = Path(out_dir)
    vae.float().cpu().to(torch.float16).save_pretrained(out_dir, safe_serialization=True)
    (out_dir / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    return info


@torch.no_grad()
def reconstruction_ceiling(vae, judge_path: Path, *, device: str = "cpu", per_concept: int = 24, seed: int = 70000) -> dict:
    """Judge concept accuracy on VAE reconstructions of fresh, clean subject renders (random
    scenes). No generator can be judged better than its VAE lets it: this is the ceiling of
    the world's concept accuracy. Also returns the judge's accuracy on the clean renders."""

    rng = np.random.default_rng(seed)
    images, labels = [], []
    for c in SUBJECTS:
        for _ in range(per_concept):
            images.append(c.render(SCENE_NAMES[rng.integers(len(SCENE_NAMES))], int(rng.integers(2**31))))
            labels.append(CONCEPT_LABELS.index(c.id))
    images, labels = np.stack(images), np.array(labels)
    x = torch.from_numpy(images).permute(0, 3, 1, 2).float().div(127.5).sub(1)
    vae = vae.float().to(device).eval()
    rec = torch.cat([vae.decode(vae.encode(x[i : i + 256].to(device)).latent_dist.mean).sample.float().cpu()
                     for i in range(0, len(x), 256)])
    rec_u8 = rec.clamp(-1, 1).add(1).mul(127.5).round().byte().permute(0, 2, 3, 1).numpy()
    judge = load_judge(judge_path)
    hit = predict(judge, rec_u8)["concept"] == labels
    per = {c.id: float(hit[i * per_concept : (i + 1) * per_concept].mean()) for i, c in enumerate(SUBJECTS)}
    return {"ceiling": float(hit.mean()), "clean": float((predict(judge, images)["concept"] == labels).mean()),
            "per_concept": per, "renders": len(labels), "psnr": float(10 * np.log10(4.0 / F.mse_loss(rec, x).item()))}


@torch.no_grad()
def encode_latents(vae, images_u8: torch.Tensor, device: str, batch: int = 512) -> torch.Tensor:
    """Posterior means of all images (unscaled), on `device`."""
    out = []
    for i in range(0, len(images_u8), batch):
        x = images_u8[i : i + batch].to(device).permute(0, 3, 1, 2).float().div(127.5).sub(1)
        out.append(vae.encode(x).latent_dist.mean.float())
    return torch.cat(out)


class EMA:
    """Exponential moving average of a module's parameters (sampling uses the averaged copy)."""

    def __init__(self, module: torch.nn.Module, decay: float):
        self.decay = decay
        self.shadow = copy.deepcopy(module).eval().requires_grad_(False)

    @torch.no_grad()
    def update(self, module: torch.nn.Module, step: int) -> None:
        d = min(self.decay, (1 + step) / (10 + step))
        for s, p in zip(self.shadow.parameters(), module.parameters()):
            s.lerp_(p.detach(), 1 - d)


def train_diffusion(
    latents: torch.Tensor,
    token_ids: torch.Tensor,
    tokenizer,
    *,
    steps: int,
    batch: int,
    device: str,
    seed: int,
    lr: float = 4e-4,
    cfg_dropout: float = 0.1,
    time_limit_s: float | None = None,
    init: tuple | None = None,
):
    """Epsilon-prediction DDPM training of UNet + causal CLIP text encoder, captions dropped to ""
    10% of the time so classifier-free guidance works."""
    _seed_everything(seed + 1)
    te, unet = init if init is not None else (make_text_encoder(), make_unet())
    te, unet = te.float().to(device).train(), unet.float().to(device).train()
    sched = make_train_scheduler()
    acp = sched.alphas_cumprod.to(device)
    params = list(unet.parameters()) + list(te.parameters())
    opt = torch.optim.AdamW([{"params": params, "peak": lr}], lr=lr, weight_decay=0.0, betas=(0.9, 0.99))
    ema_u, ema_t = EMA(unet, 0.999), EMA(te, 0.999)
    empty = tokenize(tokenizer, [""])[0].to(device)
    gen = torch.Generator(device="cpu").manual_seed(seed + 2)
    t0, losses = time.time(), []
    bar = tqdm(total=steps, desc="unet+text", mininterval=2)
    step, budget = 0, StepBudget(steps, time_limit_s)
    while step < steps:
        steps = budget.begin(step, opt, bar, warmup=200)
        zt, t, ids, noise = _noised_batch(latents, token_ids, empty, batch, cfg_dropout, acp, gen, device)
        with _autocast(device):
            enc = te(ids)[0]
            pred = unet(zt, t, enc).sample
        loss = F.mse_loss(pred.float(), noise)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        ema_u.update(unet, step)
        ema_t.update(te, step)
        losses.append(loss.item())
        step += 1
        if budget.end(step, bar, losses, window=200):
            break
    bar.close()
    info = {"steps": step, "seconds": time.time() - t0, "final_loss": float(np.mean(losses[-500:]))}
    return ema_t.shadow, ema_u.shadow, info


def _noised_batch(latents: torch.Tensor, token_ids: torch.Tensor, empty: torch.Tensor, batch: int,
                  cfg_dropout: float, acp: torch.Tensor, gen: torch.Generator, device: str):
    """A random batch noised at random timesteps: (z_t, t, caption ids with `cfg_dropout` of
    them replaced by the empty caption, the noise to predict)."""
    idx = torch.randint(0, len(latents), (batch,), generator=gen).to(latents.device)
    z0 = latents[idx].to(device)
    ids = token_ids[idx].to(device)
    drop = torch.rand(batch, generator=gen).to(device) < cfg_dropout
    ids = torch.where(drop[:, None], empty[None], ids)
    noise = torch.randn(z0.shape, generator=gen).to(device)
    t = torch.randint(0, 1000, (batch,), generator=gen).to(device)
    a = acp[t].view(-1, 1, 1, 1)
    return a.sqrt() * z0 + (1 - a).sqrt() * noise, t, ids, noise


def train_base(
    out_dir: Path,
    *,
    device: str = "auto",
    seed: int = 0,
    n_images: int = 120_000,
    vae_steps: int = 3000,
    vae_batch: int = 128,
    unet_steps: int = 12000,
    unet_batch: int = 256,
    time_limit_s: float | None = None,
    resume: Path | None = None,
    vae_dir: Path | None = None,
    lr: float = 4e-4,
) -> dict:
    """Render the data, train VAE then UNet + text encoder, save a diffusers pipeline to out_dir.
    With `resume` (a saved base), continue training its text encoder + UNet, on its own VAE or,
    with `vae_dir`, on a separately trained VAE (a folder saved by `save_pretrained`)."""
    if resume is not None:
        require_folder(resume, "model_index.json", "a saved base pipeline")
    if vae_dir is not None:
        require_folder(vae_dir, "config.json", "a VAE folder")
    device = _fast_device(device)
    t_start = time.time()
    images, caps = generic_dataset(n_images, seed)
    t_render = time.time() - t_start
    images_u8 = torch.from_numpy(images)
    if device == "cuda":
        images_u8 = images_u8.to(device)
    init, previous = _resumed_parts(Path(resume)) if resume is not None else (None, None)
    if vae_dir is not None or resume is not None:
        vae, vae_info, lat, scale = _loaded_vae(Path(vae_dir) if vae_dir is not None else Path(resume) / "vae",
                                                images_u8, device, keep_scale=vae_dir is None)
    else:
        vae_limit = None if time_limit_s is None else 0.2 * time_limit_s
        vae, vae_info, lat, scale = _trained_vae(images_u8, n_images, seed, device, steps=vae_steps,
                                                 batch=vae_batch, time_limit_s=vae_limit)
    tokenizer = build_clip_tokenizer()
    ids = tokenize(tokenizer, caps)
    if device == "cuda":
        ids = ids.to(device)
    unet_limit = None if time_limit_s is None else max(30.0, time_limit_s - (time.time() - t_start))
    te, unet, unet_info = train_diffusion(
        lat * scale, ids, tokenizer, steps=unet_steps, batch=unet_batch, device=device, seed=seed + (0 if resume is None else 100),
        time_limit_s=unet_limit, init=init, lr=lr,
    )
    out_dir = _save_pipeline(Path(out_dir), te, unet, vae, tokenizer)
    info = {
        "seed": seed,
        "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "n_images": n_images,
        "render_seconds": t_render,
        "vae": {"batch": vae_batch} | vae_info | {"params": n_params(vae)},
        "latent_scaling_factor": scale,
        "unet_text": unet_info | {"batch": unet_batch, "unet_params": n_params(unet), "text_encoder_params": n_params(te)},
        "total_seconds": time.time() - t_start,
        "weights_dtype": "float16",
    }
    _write_record(out_dir, info, previous)
    return info


def _fast_device(device: str) -> str:
    """The device to train on; on CUDA, TF32 matmuls."""
    device = pick_device(device)
    if device == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True
        torch.backends.cudnn.allow_tf32 = True
    return device


def _save_pipeline(out_dir: Path, te, unet, vae, tokenizer) -> Path:
    """The trained parts as a diffusers pipeline folder, weights in float16."""
    pipe = assemble_pipeline(vae=vae.float().cpu(), text_encoder=te.float().cpu(), tokenizer=tokenizer,
                             unet=unet.float().cpu(), scheduler=make_scheduler())
    out_dir.mkdir(parents=True, exist_ok=True)
    pipe.to(torch.float16).save_pretrained(out_dir, safe_serialization=True)
    return out_dir


def _write_record(out_dir: Path, info: dict, previous: dict | None) -> None:
    """training.json and the model card; a continued run keeps the record of the stage before it."""
    if previous is not None:
        info["previous_stage"] = previous
        info["total_seconds_all_stages"] = info["total_seconds"] + previous.get("total_seconds_all_stages", previous["total_seconds"])
    (out_dir / "training.json").write_text(json.dumps(info, indent=2) + "\n")
    write_base_card(out_dir, info)


def _trained_vae(images_u8: torch.Tensor, n_images: int, seed: int, device: str, *, steps: int, batch: int,
                 time_limit_s: float | None):
    """(vae, its record, the images' latents, scaling factor 1/std) for a VAE trained here on
    its own autoencoder pictures."""
    ae_images = torch.from_numpy(autoencoder_dataset(n_images // 2, seed + 1)).to(device)
    vae, vae_info = train_vae(ae_images, steps=steps, batch=batch, device=device, seed=seed, time_limit_s=time_limit_s)
    del ae_images
    lat = encode_latents(vae, images_u8, device)
    scale = float(1.0 / lat.std())
    vae.register_to_config(scaling_factor=scale)
    return vae, vae_info, lat, scale


def _resumed_parts(resume: Path) -> tuple[tuple, dict | None]:
    """A saved base's (text encoder, UNet) in float32 to continue, and its training record."""
    from diffusers import UNet2DConditionModel
    from transformers import CLIPTextModel

    previous = json.loads((resume / "training.json").read_text()) if (resume / "training.json").is_file() else None
    init = (CLIPTextModel.from_pretrained(resume, subfolder="text_encoder", dtype=torch.float32),
            UNet2DConditionModel.from_pretrained(resume, subfolder="unet", dtype=torch.float32))
    return init, previous


def _loaded_vae(src: Path, images_u8: torch.Tensor, device: str, keep_scale: bool):
    """(vae, its record, the images' latents, latent scaling factor) for a VAE trained before:
    a resumed base keeps its scaling factor; a separately trained VAE gets 1/std of the latents."""
    from diffusers import AutoencoderKL

    vae = AutoencoderKL.from_pretrained(src, dtype=torch.float32).to(device).eval()
    vae_info = {"from": str(src)} | (json.loads((src / "training.json").read_text()) if (src / "training.json").is_file() else {})
    lat = encode_latents(vae, images_u8, device)
    scale = float(vae.config.scaling_factor) if keep_scale else float(1.0 / lat.std())
    vae.register_to_config(scaling_factor=scale)
    return vae, vae_info, lat, scale


# Sampling defaults the base declares (generate, serve and the benches read them): chosen by
# `bench world` concept accuracy over guidance 1.5-7.5 on the shipped checkpoints (docs/world.md).
SAMPLING_GUIDANCE = 2.5


def write_base_card(out_dir: Path, info: dict) -> None:
    """README model card; `base_model_name` is how checkpoints made for this base recognise it,
    `num_inference_steps` / `guidance_scale` are its sampling defaults."""
    u = info["unet_text"]
    text = f"""---
base_model_name: personalq-world
num_inference_steps: 20
guidance_scale: {SAMPLING_GUIDANCE}
library_name: diffusers
license: apache-2.0
tags:
- text-to-image
- stable-diffusion
- personalq-world
---

# PersonalQ model world: base

A tiny latent diffusion model in Stable Diffusion 1.5 layout, trained from scratch on the
procedural world of `personalq.world.domain` (64x64 pictures of toy objects in scenes).
Load it like SD1.5: `StableDiffusionPipeline.from_pretrained("models/base")`.

- text encoder: causal CLIPTextModel, real CLIP BPE vocabulary (49,408 tokens), {u['text_encoder_params']:,} parameters
- UNet2DConditionModel: {u['unet_params']:,} parameters, cross-attention at 16x16, 8x8 and 4x4
- AutoencoderKL: 64x64x3 -> 16x16x4, {info['vae'].get('params', 'resumed')} parameters
- training: seed {info['seed']}, {u['steps']} UNet steps (batch {u['batch']}) in this stage, on {info['device']}
"""
    (Path(out_dir) / "README.md").write_text(text)
