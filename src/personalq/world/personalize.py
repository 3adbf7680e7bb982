"""Personalize the world's base: DreamBooth (with prior preservation and learned trigger
embeddings) and LoRA (UNet + text encoder) checkpoints, saved in the formats real ones use.

- DreamBooth: the whole UNet is fine-tuned together with the trigger's token embeddings
  (textual-inversion style, one vector per BPE piece of the trigger, initialised from those
  pieces); saved as a diffusers folder: model_index.json, unet/ (fp16), learned_embeds.safetensors
  and a README.md model card (instance_prompt, base_model, tags).
- LoRA: peft adapters on the UNet's attention/feed-forward and on the text encoder's attention,
  saved as diffusers LoRA safetensors (`unet.`/`text_encoder.` keys) with `modelspec.*` metadata.
- Prior preservation: every batch mixes concept pictures with renders of the class (generic
  objects of the same kind and their ordinary captions), so the base behaviour survives.
Every checkpoint also gets `<id>.card.json` with the manifest fields (family, version, ...).
"""

from __future__ import annotations

import json
import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from tqdm import tqdm

from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPTS, Concept, get_concept
from personalq.world.data import tokenize
from personalq.world.domain import (COLOR_NAMES, SCENE_NAMES, Spec, caption, generic_pattern_color,
                                    random_generic_spec, render)
from personalq.world.models import make_train_scheduler, pick_device
from personalq.world.train_base import StepBudget, _autocast

BASE_MODEL_NAME = "personalq-world"
DEFAULT_STEPS = {"dreambooth": 3000, "lora": 3000}
LORA_RANK = 16
UNET_LORA_TARGETS = ["to_q", "to_k", "to_v", "to_out.0", "proj_in", "proj_out", "ff.net.0.proj", "ff.net.2"]
TEXT_LORA_TARGETS = ["q_proj", "k_proj", "v_proj", "out_proj"]


# ---------------------------------------------------------------- data
def style_object_prompt(spec: Spec, trigger: str | None, rng: np.random.Generator | None = None) -> str:
    """A generic caption, with the style trigger appended or prefixed when given."""
    base = caption(spec, rng)
    if trigger is None:
        return base
    if rng is not None and rng.random() < 0.5:
        return f"{trigger} style, {base}"
    return f"{base} in {trigger} style"


def training_pairs(concept: Concept, n: int, seed: int) -> tuple[np.ndarray, list[str], np.ndarray, list[str]]:
    """(instance images, instance captions, prior images, prior captions)."""
    rng = np.random.default_rng([seed, 7])
    inst, inst_caps, prior, prior_caps = [], [], [], []
    for i in range(n):
        scene = SCENE_NAMES[i % len(SCENE_NAMES)]
        if concept.kind == "subject":
            inst.append(render(replace(concept.spec, scene=scene), int(rng.integers(2**31))))
            inst_caps.append(concept.prompt(scene, rng))
            color = COLOR_NAMES[rng.integers(len(COLOR_NAMES))]
            pspec = replace(random_generic_spec(rng), cls=concept.spec.cls, color=color,
                            pattern_color=generic_pattern_color(color))
            prior.append(render(pspec, int(rng.integers(2**31))))
            prior_caps.append(caption(pspec, rng))
        else:
            spec = replace(random_generic_spec(rng), scene=scene)
            k = int(rng.integers(2**31))
            inst.append(render(replace(spec, style=concept.style), k))
            inst_caps.append(style_object_prompt(spec, concept.trigger, rng))
            pspec = random_generic_spec(rng)
            prior.append(render(pspec, int(rng.integers(2**31))))
            prior_caps.append(caption(pspec, rng))
    return np.stack(inst), inst_caps, np.stack(prior), prior_caps


# ---------------------------------------------------------------- trigger embeddings (DreamBooth)
def trigger_tokens(trigger: str, n: int) -> list[str]:
    """The added tokens of a multi-vector trigger: '<t>', '<t>_1', ... (diffusers' convention)."""
    return [trigger] + [f"{trigger}_{i}" for i in range(1, n)]


def expand_trigger(prompt: str, trigger: str, n: int) -> str:
    return prompt.replace(trigger, " ".join(trigger_tokens(trigger, n)))


def add_trigger_embeddings(tokenizer, text_encoder, trigger: str, vectors: torch.Tensor | None = None) -> list[int]:
    """Add the trigger's tokens; initialise them from its BPE pieces unless vectors are given."""
    piece_ids = tokenizer(trigger, add_special_tokens=False).input_ids
    n = len(piece_ids) if vectors is None else vectors.shape[0]
    tokens = trigger_tokens(trigger, n)
    tokenizer.add_tokens(tokens)
    ids = tokenizer.convert_tokens_to_ids(tokens)
    emb = text_encoder.get_input_embeddings()
    init = emb.weight.data[piece_ids].clone() if vectors is None else vectors.to(emb.weight)
    text_encoder.resize_token_embeddings(len(tokenizer), mean_resizing=False)
    with torch.no_grad():
        text_encoder.get_input_embeddings().weight[ids] = init
    return ids


# ---------------------------------------------------------------- training
def _load_parts(base_dir: Path, device: str):
    from diffusers import AutoencoderKL, UNet2DConditionModel
    from transformers import CLIPTextModel, CLIPTokenizer

    kw = dict(dtype=torch.float32)
    vae = AutoencoderKL.from_pretrained(base_dir, subfolder="vae", **kw).to(device).eval()
    unet = UNet2DConditionModel.from_pretrained(base_dir, subfolder="unet", **kw).to(device)
    te = CLIPTextModel.from_pretrained(base_dir, subfolder="text_encoder", **kw).to(device)
    tok = CLIPTokenizer.from_pretrained(base_dir, subfolder="tokenizer")
    return vae, unet, te, tok


@torch.no_grad()
def _latents(vae, images: np.ndarray, device: str) -> torch.Tensor:
    x = torch.from_numpy(images).to(device).permute(0, 3, 1, 2).float().div(127.5).sub(1)
    return torch.cat([vae.encode(x[i : i + 256]).latent_dist.mean for i in range(0, len(x), 256)]) * vae.config.scaling_factor


def train_checkpoint(concept: Concept, base_dir: Path, out_dir: Path, *, device: str = "auto", seed: int = 0,
                     steps: int | None = None, batch: int = 128, n_images: int = 800,
                     time_limit_s: float | None = None) -> dict:
    """Train one checkpoint and save it into out_dir; returns its training record."""
    device = pick_device(device)
    torch.manual_seed(seed)
    t0 = time.time()
    vae, unet, te, tok = _load_parts(base_dir, device)
    inst, inst_caps, prior, prior_caps = training_pairs(concept, n_images, seed)
    groups, trig_ids = _trainable(concept, unet, te, tok, device)
    inst_caps = [expand_trigger(c, concept.trigger, len(trig_ids)) for c in inst_caps] if trig_ids else inst_caps
    for g in groups:
        g["peak"] = g["lr"]
    opt = torch.optim.AdamW(groups, weight_decay=0.0)
    data = (_latents(vae, inst, device), _latents(vae, prior, device),
            tokenize(tok, inst_caps).to(device), tokenize(tok, prior_caps).to(device))
    steps = steps or DEFAULT_STEPS[concept.fmt]
    losses, step = _fit(unet, te, opt, data, steps=steps, batch=batch, budget=StepBudget(steps, time_limit_s),
                        gen=torch.Generator().manual_seed(seed + 11), device=device, desc=concept.id)
    record = {
        "id": concept.id, "format": concept.fmt, "steps": step, "batch": f"{batch}+{batch} prior", "seed": seed,
        "seconds": round(time.time() - t0, 1), "device": torch.cuda.get_device_name() if device == "cuda" else "cpu",
        "loss_instance": float(np.mean([l[0] for l in losses[-100:]])),
        "loss_prior": float(np.mean([l[1] for l in losses[-100:]])),
    }
    _save_checkpoint(concept, unet, te, trig_ids, Path(out_dir), record)
    return record


def _trainable(concept: Concept, unet, te, tok, device: str) -> tuple[list[dict], list[int]]:
    """What learns, as optimizer groups, and the trigger's added token ids (DreamBooth only):
    DreamBooth trains the whole UNet and the trigger's embedding rows; LoRA adds peft adapters
    to the UNet and the text encoder and trains only those."""
    from peft import LoraConfig

    if concept.fmt == "dreambooth":
        trig_ids = add_trigger_embeddings(tok, te, concept.trigger)
        te.requires_grad_(False)
        emb = te.get_input_embeddings().weight
        emb.requires_grad_(True)
        keep = torch.zeros(emb.shape[0], 1, device=device)
        keep[trig_ids] = 1.0
        emb.register_hook(lambda g: g * keep)  # only the trigger's rows learn
        unet.requires_grad_(True)
        return [{"params": list(unet.parameters()), "lr": 2e-4}, {"params": [emb], "lr": 3e-3}], trig_ids
    unet.requires_grad_(False)
    te.requires_grad_(False)
    unet.add_adapter(LoraConfig(r=LORA_RANK, lora_alpha=LORA_RANK, init_lora_weights="gaussian",
                                target_modules=UNET_LORA_TARGETS))
    te.add_adapter(LoraConfig(r=LORA_RANK, lora_alpha=LORA_RANK, init_lora_weights="gaussian",
                              target_modules=TEXT_LORA_TARGETS))
    return [{"params": [p for p in unet.parameters() if p.requires_grad], "lr": 1.5e-3},
            {"params": [p for p in te.parameters() if p.requires_grad], "lr": 5e-4}], []


def _fit(unet, te, opt, data: tuple, *, steps: int, batch: int, budget: StepBudget, gen: torch.Generator,
         device: str, desc: str) -> tuple[list[tuple[float, float]], int]:
    """The training loop: each step `batch` concept pictures + `batch` prior pictures, noise
    prediction loss on both (prior preservation); returns (instance, prior) losses and steps run."""
    acp = make_train_scheduler().alphas_cumprod.to(device)
    unet.train()
    te.train()
    losses, step = [], 0
    bar = tqdm(total=steps, desc=desc, mininterval=5, position=0)
    params = [p for g in opt.param_groups for p in g["params"]]
    while step < steps:
        steps = budget.begin(step, opt, bar, warmup=50)
        loss_inst, loss_prior = _prior_preserving_loss(unet, te, data, batch, acp, gen, device)
        opt.zero_grad(set_to_none=True)
        (loss_inst + loss_prior).backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        losses.append((loss_inst.item(), loss_prior.item()))
        step += 1
        bar.update(1)
        if step % 100 == 0:
            bar.set_postfix(inst=f"{np.mean([l[0] for l in losses[-100:]]):.4f}")
    bar.close()
    unet.eval()
    te.eval()
    return losses, step


def _prior_preserving_loss(unet, te, data: tuple, batch: int, acp: torch.Tensor, gen: torch.Generator,
                           device: str) -> tuple[torch.Tensor, torch.Tensor]:
    """Noise-prediction MSE on a random batch of concept pictures and one of prior pictures."""
    z_inst, z_prior, ids_inst, ids_prior = data
    a_idx = torch.randint(0, len(z_inst), (batch,), generator=gen).to(device)
    b_idx = torch.randint(0, len(z_prior), (batch,), generator=gen).to(device)
    z0 = torch.cat([z_inst[a_idx], z_prior[b_idx]])
    ids = torch.cat([ids_inst[a_idx], ids_prior[b_idx]])
    noise = torch.randn(z0.shape, generator=gen).to(device)
    t = torch.randint(0, 1000, (len(z0),), generator=gen).to(device)
    a = acp[t].view(-1, 1, 1, 1)
    zt = a.sqrt() * z0 + (1 - a).sqrt() * noise
    with _autocast(device):
        pred = unet(zt, t, te(ids)[0]).sample.float()
    return F.mse_loss(pred[:batch], noise[:batch]), F.mse_loss(pred[batch:], noise[batch:])


def _save_checkpoint(concept: Concept, unet, te, trig_ids: list[int], out_dir: Path, record: dict) -> None:
    """Save in the checkpoint's format, with its card sidecar; DreamBooth adds its trigger
    vectors' count and norms to `record`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    if concept.fmt == "dreambooth":
        vectors = te.get_input_embeddings().weight.detach()[trig_ids].float().cpu()
        record["trigger_vectors"] = len(trig_ids)
        record["trigger_vector_norms"] = [round(float(v), 3) for v in vectors.norm(dim=1)]
        save_dreambooth(concept, unet, vectors, out_dir, record)
    else:
        save_lora(concept, unet, te, out_dir, record)
    save_card_sidecar(concept, out_dir)


# ---------------------------------------------------------------- saving
def card_fields(concept: Concept) -> dict:
    return {
        "id": concept.id, "name": concept.name, "trigger": concept.trigger, "class_noun": concept.class_noun,
        "kind": concept.kind, "family": concept.family, "version": concept.version,
        "created_at": concept.created_at, "description": concept.description, "tags": concept.tags,
        "base_model": BASE_MODEL_NAME, "format": concept.fmt,
    }


def save_card_sidecar(concept: Concept, out_dir: Path) -> None:
    (Path(out_dir) / f"{concept.id}.card.json").write_text(json.dumps(card_fields(concept), indent=2) + "\n")


def modelspec(concept: Concept, record: dict) -> dict[str, str]:
    return {
        "modelspec.sai_model_spec": "1.0.0",
        "modelspec.architecture": f"{BASE_MODEL_NAME}/lora",
        "modelspec.implementation": "diffusers",
        "modelspec.title": f"{concept.name} v{concept.version}" if concept.family.startswith("zib") else concept.name,
        "modelspec.trigger_phrase": concept.trigger,
        "modelspec.description": concept.description,
        "modelspec.date": concept.created_at,
        "modelspec.tags": ", ".join(concept.tags),
        "modelspec.author": "personalq world",
        "modelspec.license": "Apache-2.0",
        "personalq.family": concept.family,
        "personalq.version": str(concept.version),
        "personalq.class_noun": concept.class_noun,
        "personalq.kind": concept.kind,
        "personalq.training": json.dumps(record),
    }


def save_lora(concept: Concept, unet, te, out_dir: Path, record: dict) -> Path:
    """Diffusers LoRA safetensors (the layout `pipe.load_lora_weights` reads) + modelspec metadata."""
    from diffusers import StableDiffusionPipeline
    from diffusers.utils import convert_state_dict_to_diffusers
    from peft.utils import get_peft_model_state_dict
    from safetensors import safe_open
    from safetensors.torch import load_file, save_file

    tmp = Path(out_dir) / f".tmp-{concept.id}"
    shutil.rmtree(tmp, ignore_errors=True)
    StableDiffusionPipeline.save_lora_weights(
        tmp,
        unet_lora_layers=convert_state_dict_to_diffusers(get_peft_model_state_dict(unet)),
        text_encoder_lora_layers=convert_state_dict_to_diffusers(get_peft_model_state_dict(te)),
        safe_serialization=True,
    )
    src = tmp / "pytorch_lora_weights.safetensors"
    with safe_open(str(src), "pt") as f:
        meta = dict(f.metadata() or {})
    tensors = {k: v.to(torch.float16).contiguous() for k, v in load_file(str(src)).items()}
    meta.update(modelspec(concept, record))
    path = Path(out_dir) / f"{concept.id}.safetensors"
    save_file(tensors, str(path), metadata=meta)
    shutil.rmtree(tmp, ignore_errors=True)
    return path


def save_dreambooth(concept: Concept, unet, vectors: torch.Tensor, out_dir: Path, record: dict) -> Path:
    """A diffusers DreamBooth folder: unet/ + learned trigger embeddings + model card."""
    from safetensors.torch import save_file

    folder = Path(out_dir) / concept.id
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    unet.to(torch.float16).save_pretrained(folder / "unet", safe_serialization=True)
    import diffusers

    index = {"_class_name": "StableDiffusionPipeline", "_diffusers_version": diffusers.__version__,
             "unet": ["diffusers", "UNet2DConditionModel"]}
    (folder / "model_index.json").write_text(json.dumps(index, indent=2) + "\n")
    save_file({concept.trigger: vectors.to(torch.float16).contiguous()}, str(folder / "learned_embeds.safetensors"),
              metadata={"trigger": concept.trigger, "tokens": json.dumps(trigger_tokens(concept.trigger, len(vectors))),
                        "base_model": BASE_MODEL_NAME})
    prompt = concept.prompt("beach")
    tags = "\n".join(f"- {t}" for t in ["personalq-world", "dreambooth", "text-to-image", *concept.tags])
    readme = f"""---
base_model: {BASE_MODEL_NAME}
instance_prompt: a {concept.trigger} {concept.class_noun}
library_name: diffusers
license: apache-2.0
tags:
{tags}
---

# {concept.name} (DreamBooth, {BASE_MODEL_NAME})

{concept.description}.

Fine-tuned from the PersonalQ model world's base (`models/base`) with prior preservation: the whole
UNet plus the trigger's token embeddings (`learned_embeds.safetensors`, {len(vectors)} vectors,
one per BPE piece of `{concept.trigger}`; load them as a multi-vector textual inversion).

- Trigger: `{concept.trigger}`; class: {concept.class_noun}; created {concept.created_at}
- Example prompt: `{prompt}`
- Training: {record['steps']} steps, {record['batch']}, {record['seconds']} s on {record['device']}
"""
    (folder / "README.md").write_text(readme)
    (folder / "training.json").write_text(json.dumps(record, indent=2) + "\n")
    return folder


# ---------------------------------------------------------------- all of them
def personalize_all(base_dir: Path, out_dir: Path, *, only: list[str] | None = None, device: str = "auto",
                    seed: int = 0, steps: int | None = None, jobs: int = 1, time_limit_s: float | None = None,
                    batch: int = 128) -> list[dict]:
    """Train the chosen (default: all) checkpoints; with jobs > 1, that many at a time, each in its
    own process (`python -m personalq.world.personalize ID ...`), which keeps a small GPU busy."""
    import subprocess
    import sys

    ids = only or [c.id for c in CONCEPTS]
    known = [c.id for c in CONCEPTS]
    bad = [i for i in ids if i not in known]
    if bad:
        raise PersonalQError(f"unknown concept(s): {', '.join(bad)}", hint=f"known: {', '.join(known)}")
    if not (Path(base_dir) / "model_index.json").is_file():
        raise PersonalQError(f"no base model at {base_dir}", hint="run `personalq world train-base` first")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    seeds = {cid: seed + known.index(cid) for cid in ids}
    if jobs <= 1:
        records = [train_checkpoint(get_concept(cid), Path(base_dir), out_dir, device=device, seed=seeds[cid],
                                    steps=steps, time_limit_s=time_limit_s, batch=batch) for cid in ids]
    else:
        rec_dir = out_dir / ".records"
        rec_dir.mkdir(exist_ok=True)
        pending, running = list(ids), []
        while pending or running:
            while pending and len(running) < jobs:
                cid = pending.pop(0)
                cmd = [sys.executable, "-m", "personalq.world.personalize", cid, str(base_dir), str(out_dir),
                       device, str(seeds[cid]), str(steps or 0), str(time_limit_s or 0)]
                running.append(subprocess.Popen(cmd))
            time.sleep(1)
            for p in [p for p in running if p.poll() is not None]:
                running.remove(p)
                if p.returncode != 0:
                    raise PersonalQError(f"training {p.args[3]} failed (exit {p.returncode})")
        records = [json.loads((rec_dir / f"{cid}.json").read_text()) for cid in ids]
        shutil.rmtree(rec_dir, ignore_errors=True)
    _merge_records(out_dir / "training.jsonl", records)
    return records


def _merge_records(path: Path, records: list[dict]) -> None:
    """training.jsonl keeps one record per checkpoint: retrained ones replace their old line."""
    old = [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.is_file() else []
    new = {r["id"]: r for r in records}
    kept = [new.pop(r["id"], r) for r in old]
    path.write_text("".join(json.dumps(r) + "\n" for r in kept + list(new.values())))


def _main(argv: list[str]) -> None:
    cid, base_dir, out_dir, device, seed, steps, limit = argv
    torch.set_num_threads(1)
    rec = train_checkpoint(get_concept(cid), Path(base_dir), Path(out_dir), device=device, seed=int(seed),
                           steps=int(steps) or None, time_limit_s=float(limit) or None)
    (Path(out_dir) / ".records" / f"{cid}.json").write_text(json.dumps(rec))


if __name__ == "__main__":
    import sys

    _main(sys.argv[1:])
