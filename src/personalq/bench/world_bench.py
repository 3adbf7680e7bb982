"""`personalq bench world`: does the shipped world meet its bar?

Generates with the real loading path (personalq.diffusion: base pipeline + LoRA / DreamBooth
checkpoint as a user's folder would be applied), judges the pictures, and reports:
- personalized prompts at full precision: concept accuracy and scene accuracy;
- the same prompts without the trigger on the base: concept hit rate (must stay low);
- plain prompts on the base: scene accuracy;
- Frechet distance (judge features) of generated vs real renders of the same prompts;
- seconds per image, model sizes, training times, and per-token cross-attention K/V norms.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import numpy as np
import torch

from personalq.catalog.card import Card
from personalq.diffusion.generate import base_defaults
from personalq.diffusion.loading import apply_checkpoint, expand_trigger, reset_to_base
from personalq.diffusion.pipeline import build_pipeline
from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPTS, CONCEPT_LABELS, Concept, STYLE_LABELS
from personalq.world.domain import (SCENE_NAMES, Spec, caption, generic_pattern_color,
                                    random_generic_spec, render)
from personalq.world.judge import frechet_distance, judge_training_info, load_judge, predict
from personalq.world.personalize import card_fields, style_object_prompt
from personalq.world.preview import generate, generic_prompts

BAR = {"concept_acc": 0.85, "scene_acc": 0.80, "no_trigger_hit": 0.10, "plain_scene_acc": 0.80}


# ---------------------------------------------------------------- prompts
def style_specs(n: int, seed: int) -> list[Spec]:
    rng = np.random.default_rng(seed)

    out = []
    for i in range(n):
        s = random_generic_spec(rng)
        out.append(Spec(cls=s.cls, color=s.color, pattern=s.pattern, pattern_color=generic_pattern_color(s.color),
                        scene=SCENE_NAMES[i % len(SCENE_NAMES)]))
    return out


def concept_cases(concept: Concept, n: int, seed: int = 0) -> list[dict]:
    """n evaluation cases: prompt with trigger, the same without, its scene, a real render."""

    cases = []
    if concept.kind == "subject":
        for i in range(n):
            scene = SCENE_NAMES[i % len(SCENE_NAMES)]
            cases.append({"prompt": concept.prompt(scene), "plain": concept.prompt(scene, with_trigger=False),
                          "scene": scene, "seed": 1000 * seed + i, "real": concept.render(scene, 10_000 + i)})
    else:
        for i, spec in enumerate(style_specs(n, seed + 5)):
            cases.append({"prompt": style_object_prompt(spec, concept.trigger), "plain": caption(spec),
                          "scene": spec.scene, "seed": 1000 * seed + i,
                          "real": render(Spec(**{**spec.__dict__, "style": concept.style}), 10_000 + i)})
    return cases


def card_for(concept: Concept, repo: Path):
    path = repo / (concept.id if concept.fmt == "dreambooth" else f"{concept.id}.safetensors")
    return Card.from_dict(card_fields(concept) | {"path": str(path)})


# ---------------------------------------------------------------- K/V norms
@torch.no_grad()
def kv_norms(pipe, prompt: str, trigger_token_ids: set[int]) -> dict[str, float]:
    """Mean L2 norm of the cross-attention K and V rows, per token group, over all attn2 layers."""
    tok = pipe.tokenizer
    ids = tok(prompt, padding="max_length", max_length=tok.model_max_length, truncation=True,
              return_tensors="pt").input_ids.to(pipe.device)
    emb = pipe.text_encoder(ids)[0][0]
    ids = ids[0].tolist()
    eos = ids.index(tok.eos_token_id)
    groups = {"bos": [0], "trigger": [i for i, t in enumerate(ids[:eos]) if t in trigger_token_ids],
              "eos": [eos], "padding": list(range(eos + 1, len(ids)))}
    groups["words"] = [i for i in range(1, eos) if i not in groups["trigger"]]
    out: dict[str, list[float]] = {}
    for name, mod in pipe.unet.named_modules():
        if name.endswith("attn2"):
            k = mod.to_k(emb.to(mod.to_k.weight.dtype)).float().norm(dim=-1)
            v = mod.to_v(emb.to(mod.to_v.weight.dtype)).float().norm(dim=-1)
            for g, idx in groups.items():
                if idx:
                    out.setdefault(f"k_{g}", []).append(float(k[idx].mean()))
                    out.setdefault(f"v_{g}", []).append(float(v[idx].mean()))
    res = {k: float(np.mean(v)) for k, v in out.items()}
    res["embedding_norm_bos"] = float(emb[0].norm())
    res["embedding_norm_words"] = float(emb[groups["words"]].norm(dim=-1).mean()) if groups["words"] else 0.0
    if groups["trigger"]:
        res["embedding_norm_trigger"] = float(emb[groups["trigger"]].norm(dim=-1).mean())
    res["n_trigger_tokens"] = len(groups["trigger"])
    return res


def trigger_ids_in(pipe, prompt: str, trigger: str) -> set[int]:
    """Token ids of the trigger as the (possibly TI-extended) tokenizer splits it."""

    full = expand_trigger(pipe, trigger)
    return set(pipe.tokenizer(full, add_special_tokens=False).input_ids)


# ---------------------------------------------------------------- the benchmark
def evaluate_world(base: Path, repo: Path, judge_path: Path, *, samples: int = 12, steps: int | None = None,
                   guidance: float | None = None, device: str = "cpu", concepts: list[Concept] | None = None,
                   progress=print) -> dict:
    """Steps and guidance default to what the base declares (as `personalq generate` uses)."""

    judge = load_judge(judge_path)
    pipe, _ = build_pipeline(base, device=device)
    defaults = base_defaults(pipe)
    steps = steps or defaults["steps"]
    guidance = defaults["guidance_scale"] if guidance is None else guidance
    pipe.set_progress_bar_config(disable=True)
    concepts = concepts or CONCEPTS
    other = CONCEPT_LABELS.index("other")
    per: dict[str, dict] = {}
    grid_rows = []
    all_gen, all_real = [], []
    t_gen, n_gen = 0.0, 0
    for c in concepts:
        cases = concept_cases(c, samples)
        apply_checkpoint(pipe, card_for(c, repo))
        pipe.to(device)  # a swapped-in DreamBooth UNet arrives on the CPU
        prompts = [expand_trigger(pipe, x["prompt"]) for x in cases]
        t0 = time.time()
        imgs = generate(pipe, prompts, [x["seed"] for x in cases], steps=steps, guidance=guidance)
        t_gen += time.time() - t0
        n_gen += len(imgs)
        kv = kv_norms(pipe, prompts[0], trigger_ids_in(pipe, prompts[0], c.trigger))
        reset_to_base(pipe)
        plain = generate(pipe, [x["plain"] for x in cases], [x["seed"] for x in cases], steps=steps, guidance=guidance)
        p, q = predict(judge, imgs), predict(judge, plain)
        scenes = np.array([SCENE_NAMES.index(x["scene"]) for x in cases])
        if c.kind == "subject":
            target = CONCEPT_LABELS.index(c.id)
            hit, hit_plain = p["concept"] == target, q["concept"] == target
        else:
            target = STYLE_LABELS.index(c.style)
            hit, hit_plain = p["style"] == target, q["style"] == target
        real = np.stack([x["real"] for x in cases])
        all_gen.append(p["features"])
        all_real.append(predict(judge, real)["features"])
        per[c.id] = {"format": c.fmt, "kind": c.kind, "concept_acc": float(hit.mean()),
                     "scene_acc": float((p["scene"] == scenes).mean()), "no_trigger_hit": float(hit_plain.mean()),
                     "no_trigger_other": float((q["concept"] == other).mean()) if c.kind == "subject" else None,
                     "kv": kv, "prompt": cases[0]["prompt"]}
        grid_rows.append((c.id, imgs[:6], plain[:6], real[:2]))
        progress(f"  {c.id:12s} concept {hit.mean():.2f}  scene {per[c.id]['scene_acc']:.2f}  "
                 f"no-trigger hit {hit_plain.mean():.2f}")
    # plain, non-personal prompts on the base
    reset_to_base(pipe)
    pairs = generic_prompts(max(24, 2 * samples), seed=321)
    plain_imgs = generate(pipe, [x for x, _ in pairs], list(range(len(pairs))), steps=steps, guidance=guidance)
    pp = predict(judge, plain_imgs)
    plain_scene = float(np.mean([SCENE_NAMES[k] == s for k, (_, s) in zip(pp["scene"], pairs)]))
    fd = frechet_distance(np.concatenate(all_gen), np.concatenate(all_real))
    return {"per_checkpoint": per, "plain_scene_acc": plain_scene, "frechet": fd,
            "seconds_per_image_batched": t_gen / max(1, n_gen), "grid_rows": grid_rows,
            "plain_grid": plain_imgs[:12], "steps": steps, "guidance": guidance, "samples": samples}


def summarize(res: dict) -> dict:
    per = res["per_checkpoint"].values()
    mean = lambda key: float(np.mean([r[key] for r in per]))  # noqa: E731
    return {"concept_acc": mean("concept_acc"), "scene_acc": mean("scene_acc"),
            "no_trigger_hit": mean("no_trigger_hit"), "plain_scene_acc": res["plain_scene_acc"]}


def kv_summary(res: dict) -> dict:
    """Mean K/V norms per token group, for DreamBooth (learned embeddings) and LoRA checkpoints."""
    out = {}
    for fmt in ("dreambooth", "lora"):
        rows = [r["kv"] for r in res["per_checkpoint"].values() if r["format"] == fmt]
        if rows:
            keys = [k for k in rows[0] if k.startswith(("k_", "v_", "embedding_norm"))]
            out[fmt] = {k: float(np.mean([r[k] for r in rows if k in r])) for k in keys}
    return out


def save_grid(res: dict, path: Path) -> None:
    """Rows: checkpoint id | 6 with trigger | 6 same prompts without trigger (base) | 2 real renders."""
    from PIL import Image, ImageDraw

    rows = []
    for cid, imgs, plain, real in res["grid_rows"]:
        label = Image.new("RGB", (96, 64), (255, 255, 255))
        ImageDraw.Draw(label).text((4, 26), cid, fill=(0, 0, 0))
        sep = np.full((64, 6, 3), 255, np.uint8)
        row = np.concatenate([np.asarray(label), *imgs, sep, *plain, sep, *real], 1)
        rows.append(row)
    width = rows[0].shape[1]
    plain = np.concatenate([np.asarray(Image.new("RGB", (96, 64), (255, 255, 255))), *res["plain_grid"]], 1)
    plain = np.pad(plain, ((0, 0), (0, width - plain.shape[1]), (0, 0)), constant_values=255)
    Image.fromarray(np.concatenate(rows + [plain], 0)).save(path)


def file_size(path: Path) -> int:
    path = Path(path)
    if path.is_file():
        return path.stat().st_size
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and f.suffix == ".safetensors")


def sizes(base: Path, repo: Path, judge: Path) -> dict:
    out = {f"base/{p}": file_size(base / p) for p in ("text_encoder", "unet", "vae")}
    out["repo (12 checkpoints)"] = file_size(repo)
    out["judge"] = file_size(judge)
    out["all weights"] = sum(out.values())
    return out


@torch.no_grad()
def seconds_per_image(base: Path, steps: int, guidance: float, repeats: int = 3) -> float:
    """One 64x64 image, batch 1, default steps, on this CPU (the user's case)."""

    pipe, _ = build_pipeline(base)
    generate(pipe, ["a red ball on the beach"], [0], steps=steps, guidance=guidance)  # warm-up
    t0 = time.time()
    for i in range(repeats):
        generate(pipe, ["a red ball on the beach"], [i], steps=steps, guidance=guidance)
    return (time.time() - t0) / repeats


def run_bench(args) -> int:
    for p in (args.base / "model_index.json", args.repo, args.judge):
        if not Path(p).exists():
            raise PersonalQError(f"{p} is missing", hint="the world's weights are committed under models/; "
                                 "or train them with `personalq world ...`")
    torch.manual_seed(0)
    t0 = time.time()
    print(f"bench world: {len(CONCEPTS)} checkpoints x {args.samples} samples, device {args.device}", flush=True)
    res = evaluate_world(args.base, args.repo, args.judge, samples=args.samples, steps=args.steps,
                         guidance=args.guidance, device=args.device,
                         progress=lambda line: print(line, flush=True))
    steps, guidance = res["steps"], res["guidance"]
    print(f"sampling: {steps} DDIM steps, guidance {guidance} (the base's declared defaults unless overridden)")
    summary = summarize(res)
    spi = seconds_per_image(args.base, steps, guidance)
    size = sizes(args.base, args.repo, args.judge)
    base_info = json.loads((args.base / "training.json").read_text())
    repo_info = [json.loads(x) for x in (args.repo / "training.jsonl").read_text().splitlines()] \
        if (args.repo / "training.jsonl").is_file() else []
    train = {"base_seconds": base_info.get("total_seconds_all_stages", base_info.get("total_seconds")),
             "base_device": base_info.get("device"),
             "personalize_seconds_sum": sum(r.get("seconds", 0) for r in repo_info),
             "judge_seconds": judge_training_info(args.judge).get("seconds")}
    kv = kv_summary(res)
    print("\nbar (full precision)                  measured   bar")
    lines = [("personalized: concept accuracy", summary["concept_acc"], ">=", BAR["concept_acc"]),
             ("personalized: scene accuracy", summary["scene_acc"], ">=", BAR["scene_acc"]),
             ("no trigger, base: concept hit rate", summary["no_trigger_hit"], "<=", BAR["no_trigger_hit"]),
             ("plain prompts, base: scene accuracy", summary["plain_scene_acc"], ">=", BAR["plain_scene_acc"])]
    ok_all = True
    for name, v, op, bar in lines:
        ok = v >= bar if op == ">=" else v <= bar
        ok_all &= ok
        print(f"  {name:36s} {v:8.3f}   {op} {bar:.2f}  {'PASS' if ok else 'FAIL'}")
    print(f"  Frechet distance (judge features, generated vs renders): {res['frechet']:.2f}")
    print(f"\nseconds per image ({steps} steps, batch 1, this CPU): {spi:.3f}; batched in the bench: "
          f"{res['seconds_per_image_batched']:.3f}")
    print("sizes (safetensors bytes): " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in size.items()))
    print(f"training: base {train['base_seconds']:.0f} s on {train['base_device']}, 12 checkpoints "
          f"{train['personalize_seconds_sum']:.0f} s (sum over parallel jobs), judge {train['judge_seconds'] or 0:.0f} s")
    print("\ncross-attention K/V row norms (mean over attn2 layers) per token group:")
    for fmt, d in kv.items():
        print(f"  {fmt:10s} " + "  ".join(f"{k}={v:.2f}" for k, v in d.items()))
    print("\nper checkpoint: concept / scene / no-trigger hit")
    for cid, r in res["per_checkpoint"].items():
        print(f"  {cid:12s} {r['format']:10s} {r['concept_acc']:.2f} / {r['scene_acc']:.2f} / {r['no_trigger_hit']:.2f}")
    args.grid.parent.mkdir(parents=True, exist_ok=True)
    save_grid(res, args.grid)
    figures = {"summary": summary, "bar": BAR, "passed": bool(ok_all), "frechet": res["frechet"],
               "seconds_per_image": spi, "seconds_per_image_batched": res["seconds_per_image_batched"],
               "steps": steps, "guidance": guidance, "samples_per_checkpoint": args.samples, "sizes": size,
               "training": train, "kv_norms": kv,
               "per_checkpoint": {k: {kk: vv for kk, vv in v.items()} for k, v in res["per_checkpoint"].items()},
               "bench_seconds": time.time() - t0}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n")
    print(f"\nwrote {args.grid} and {args.json}")
    return 0
