"""The judge: a small CNN that says which personal concept, which scene and which style a 64x64
picture shows. Trained on procedural renders only (with blur/noise so that generated pictures,
which are softer than renders, are judged fairly).

It gives the world's fidelity figures: concept accuracy (personal fidelity), scene accuracy
(prompt fidelity) and a Frechet distance on its 128-d penultimate features between generated
pictures and real renders of the same prompts (the FID analogue).
"""

from __future__ import annotations

import json
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F
from tqdm import tqdm

from personalq.errors import PersonalQError
from personalq.world.concepts import (CONCEPT_LABELS, STYLE_CONCEPTS, STYLE_LABELS, SUBJECTS,
                                      look_alike_spec)
from personalq.world.data import render_in_chunks
from personalq.world.domain import SCENE_NAMES, random_generic_spec, render
from personalq.world.models import _lr_at, pick_device

FEATURES = 128


class Judge(nn.Module):
    """conv(32)-conv(64)-conv(128)-conv(128) with pooling, then three linear heads."""

    def __init__(self) -> None:
        super().__init__()
        chans = [3, 32, 64, 128, FEATURES]
        layers: list[nn.Module] = []
        for a, b in zip(chans[:-1], chans[1:]):
            layers += [nn.Conv2d(a, b, 3, padding=1), nn.BatchNorm2d(b), nn.ReLU(), nn.Conv2d(b, b, 3, padding=1),
                       nn.BatchNorm2d(b), nn.ReLU(), nn.MaxPool2d(2)]
        self.body = nn.Sequential(*layers)
        self.concept = nn.Linear(FEATURES, len(CONCEPT_LABELS))
        self.scene = nn.Linear(FEATURES, len(SCENE_NAMES))
        self.style = nn.Linear(FEATURES, len(STYLE_LABELS))

    def features(self, x: torch.Tensor) -> torch.Tensor:
        """x: float NCHW in [-1, 1] -> (N, 128) penultimate features."""
        h = self.body(x)
        return h.mean(dim=(2, 3)) + h.amax(dim=(2, 3))

    def forward(self, x: torch.Tensor):
        f = self.features(x)
        return self.concept(f), self.scene(f), self.style(f)


# ---------------------------------------------------------------- training data
def sample_labelled(rng: np.random.Generator) -> tuple[np.ndarray, int, int, int]:
    """One training picture and its (concept, scene, style) labels."""
    scene = SCENE_NAMES[rng.integers(len(SCENE_NAMES))]
    style = STYLE_LABELS[rng.integers(1, len(STYLE_LABELS))] if rng.random() < 0.3 else "none"
    r = rng.random()
    if r < 0.5:
        c = SUBJECTS[rng.integers(len(SUBJECTS))]
        spec, label = c.spec, CONCEPT_LABELS.index(c.id)
    elif r < 0.8:
        spec, label = random_generic_spec(rng), CONCEPT_LABELS.index("other")
    else:
        spec, label = look_alike_spec(rng), CONCEPT_LABELS.index("other")
    spec = replace(spec, scene=scene, style=style)
    img = render(spec, int(rng.integers(2**31)))
    return img, label, SCENE_NAMES.index(scene), STYLE_LABELS.index(style)


def _chunk(args):
    seed, start, n = args
    imgs, labels = [], []
    for i in range(start, start + n):
        img, a, b, c = sample_labelled(np.random.default_rng([seed, i]))
        imgs.append(img)
        labels.append((a, b, c))
    return np.stack(imgs), np.array(labels, np.int64)


def labelled_dataset(n: int, seed: int, workers: int | None = None):
    parts = render_in_chunks(_chunk, n, seed, workers)
    return np.concatenate([p[0] for p in parts]), np.concatenate([p[1] for p in parts])


def _augment(x: torch.Tensor, gen: torch.Generator) -> torch.Tensor:
    """Soften like a generator would: random blur (down-up sampling), noise, small contrast and
    colour shifts (generated pictures are blurrier and a little off in saturation)."""
    n = x.shape[0]
    dev = x.device
    blur = torch.rand(n, generator=gen).to(dev) < 0.7
    if blur.any():
        f = 0.5 if torch.rand(1, generator=gen).item() < 0.6 else 0.375
        small = F.interpolate(x[blur], scale_factor=f, mode="bilinear", align_corners=False)
        x = x.clone()
        x[blur] = F.interpolate(small, size=x.shape[-2:], mode="bilinear", align_corners=False)
    mean = x.mean(dim=1, keepdim=True)
    sat = 0.8 + 0.4 * torch.rand(n, 1, 1, 1, generator=gen).to(dev)
    x = mean + (x - mean) * sat
    x = x + 0.06 * torch.rand(n, 1, 1, 1, generator=gen).to(dev) * torch.randn(x.shape, generator=gen).to(dev)
    x = x + 0.06 * torch.randn(n, 3, 1, 1, generator=gen).to(dev)
    return x.clamp(-1, 1)


def train_judge(out_path: Path, *, device: str = "auto", seed: int = 0, n_images: int = 60_000, steps: int = 3000,
                batch: int = 256, time_limit_s: float | None = None) -> dict:
    device = pick_device(device)
    torch.manual_seed(seed)
    t0 = time.time()
    images, labels = labelled_dataset(n_images, seed)
    val_images, val_labels = labelled_dataset(2000, seed + 1000)
    X = torch.from_numpy(images).to(device)
    Y = torch.from_numpy(labels).to(device)
    model = Judge().to(device)
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=1e-4)
    gen = torch.Generator().manual_seed(seed)
    bar = tqdm(range(steps), desc="judge", mininterval=2)
    done = 0
    for step in bar:
        for g in opt.param_groups:
            g["lr"] = _lr_at(step, steps, 2e-3, warmup=min(100, steps // 10 + 1))
        idx = torch.randint(0, len(X), (batch,), generator=gen).to(device)
        x = X[idx].permute(0, 3, 1, 2).float().div(127.5).sub(1)
        x = _augment(x, gen)
        if torch.rand(1, generator=gen).item() < 0.5:
            x = x.flip(-1)
        y = Y[idx]
        lc, ls, lt = model(x)
        loss = F.cross_entropy(lc, y[:, 0]) + F.cross_entropy(ls, y[:, 1]) + F.cross_entropy(lt, y[:, 2])
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        done = step + 1
        if step % 50 == 0:
            bar.set_postfix(loss=f"{loss.item():.3f}")
        if time_limit_s and time.time() - t0 > time_limit_s:
            break
    model.eval().cpu()
    acc = evaluate_clean(model, val_images, val_labels)
    info = {"seed": seed, "steps": done, "n_images": n_images, "seconds": time.time() - t0,
            "device": torch.cuda.get_device_name() if device == "cuda" else "cpu", "val": acc}
    save_judge(model, out_path, info)
    return info


@torch.no_grad()
def evaluate_clean(model: Judge, images: np.ndarray, labels: np.ndarray) -> dict:
    p = predict(model, images)
    return {
        "concept_acc": float((p["concept"] == labels[:, 0]).mean()),
        "scene_acc": float((p["scene"] == labels[:, 1]).mean()),
        "style_acc": float((p["style"] == labels[:, 2]).mean()),
    }


# ---------------------------------------------------------------- use
def save_judge(model: Judge, path: Path, info: dict) -> None:
    from safetensors.torch import save_file

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    sd = {k: v.detach().to(torch.float16) if v.is_floating_point() else v for k, v in model.state_dict().items()}
    meta = {"concept_labels": json.dumps(CONCEPT_LABELS), "scene_labels": json.dumps(SCENE_NAMES),
            "style_labels": json.dumps(STYLE_LABELS), "training": json.dumps(info)}
    save_file(sd, str(path), metadata=meta)


def load_judge(path: Path) -> Judge:
    from safetensors import safe_open
    from safetensors.torch import load_file

    path = Path(path)
    if not path.is_file():
        raise PersonalQError(f"no judge at {path}", hint="train it with `personalq world train-judge`")
    with safe_open(str(path), "pt") as f:
        meta = f.metadata() or {}
    if json.loads(meta.get("concept_labels", "[]")) != CONCEPT_LABELS:
        raise PersonalQError(f"the judge at {path} was trained for other concepts", hint="retrain it")
    model = Judge()
    model.load_state_dict({k: v.float() if v.is_floating_point() else v for k, v in load_file(str(path)).items()})
    return model.eval()


def judge_training_info(path: Path) -> dict:
    from safetensors import safe_open

    with safe_open(str(path), "pt") as f:
        return json.loads((f.metadata() or {}).get("training", "{}"))


def _to_input(images) -> torch.Tensor:
    if isinstance(images, list):
        images = np.stack([np.asarray(im.convert("RGB")) for im in images])
    return torch.from_numpy(np.ascontiguousarray(images)).permute(0, 3, 1, 2).float().div(127.5).sub(1)


@torch.no_grad()
def predict(model: Judge, images, batch: int = 256) -> dict[str, np.ndarray]:
    """images: uint8 NHWC array or list of PIL images -> label indices and features."""
    x = _to_input(images)
    out = {"concept": [], "scene": [], "style": [], "features": []}
    for i in range(0, len(x), batch):
        xb = x[i : i + batch]
        f = model.features(xb)
        out["features"].append(f.numpy())
        out["concept"].append(model.concept(f).argmax(1).numpy())
        out["scene"].append(model.scene(f).argmax(1).numpy())
        out["style"].append(model.style(f).argmax(1).numpy())
    return {k: np.concatenate(v) for k, v in out.items()}


def frechet_distance(feats_a: np.ndarray, feats_b: np.ndarray) -> float:
    """Frechet distance between Gaussians fitted to two feature sets (FID's formula)."""
    from scipy import linalg

    mu1, mu2 = feats_a.mean(0), feats_b.mean(0)
    s1, s2 = np.cov(feats_a, rowvar=False), np.cov(feats_b, rowvar=False)
    covmean = linalg.sqrtm(s1 @ s2)
    if not np.isfinite(covmean).all():
        eps = np.eye(s1.shape[0]) * 1e-6
        covmean = linalg.sqrtm((s1 + eps) @ (s2 + eps))
    covmean = covmean.real
    return float(((mu1 - mu2) ** 2).sum() + np.trace(s1 + s2 - 2 * covmean))


def style_label_of(concept_id: str) -> int:
    for c in STYLE_CONCEPTS:
        if c.id == concept_id:
            return STYLE_LABELS.index(c.style)
    return 0
