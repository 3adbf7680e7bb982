"""`personalq bench compose`: does a subject survive a style composed on top of it?

For each pair on the shipped world (a DreamBooth subject + a style LoRA; a LoRA subject + a
style LoRA), drawn through the builder (`build_pipeline` with both checkpoints and per-adapter
weights), the judge network measures on the same seeds:
- the subject alone: concept accuracy (the reference the composed image must stay within 10
  points of);
- the style alone (the style LoRA on the base, the subject's class noun): style accuracy;
- composed in one UNet pass (both adapters active, one prompt): the style trigger kept in the
  prompt or left out, the style LoRA at weight 0.7; the style LoRA restricted to its UNet part
  or its up blocks (d);
- composed at inference time, each checkpoint with its own prompt through its own adapter
  (diffusion/composable.py): composable guidance (a) at style weights 1 and 0.5 and with the
  style's direction measured from its prompt less its trigger, LoRA Switch and LoRA
  Composite (b), timestep splits (c); and the builder's default: `generate_batch` on the
  pipeline `build_pipeline` composes (what `generate` and the service draw);
- mean pixel value of each, and of real renders of the subject in that style (what a sepia /
  mosaic / negative picture of it is meant to look like: the darkening reference).
Accuracies carry their standard error (binomial, over the seeds). Prints a table per pair, writes benchmarks/results/compose.json and a PNG grid (one row per
configuration, the first seeds).
"""

from __future__ import annotations

import json
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from personalq import paths
from personalq.catalog.store import open_repository
from personalq.diffusion.composable import Schedule, draw_composed, parts_of
from personalq.diffusion.compose import compose_prompt, composition_weights
from personalq.diffusion.generate import base_defaults, generate_batch
from personalq.diffusion.loading import expand_trigger
from personalq.diffusion.pipeline import build_pipeline
from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPTS, CONCEPT_LABELS, STYLE_LABELS
from personalq.world.domain import SCENE_NAMES, render
from personalq.world.judge import load_judge, predict
from personalq.world.preview import generate

RESULTS_DIR = paths.PROJECT_ROOT / "benchmarks" / "results"
PAIRS = (("bruno", "sepo-style", "DreamBooth + style LoRA"),
         ("fizz", "sepo-style", "LoRA + style LoRA"))
# The world has no concept (non-subject, non-style) checkpoint: no subject + concept pair.
BAR_STYLE = 0.7
BAR_CONCEPT_DROP = 0.10


def configurations() -> list[tuple[str, bool, list[float]]]:
    """(label, style trigger kept in the prompt, LoRA weights) of the one-pass composed runs
    (both adapters active in one UNet pass, one prompt)."""
    return [("style trigger kept in prompt", True, [1.0, 1.0]),
            ("style trigger left out", False, [1.0, 1.0]),
            ("style LoRA at 0.7, trigger kept", True, [1.0, 0.7])]


def methods() -> list[tuple[str, dict, Schedule]]:
    """(label, parts_of options, schedule) of the inference-time compositions measured, each
    checkpoint with its own prompt (its trigger only) through its own adapter
    (diffusion/composable.py)."""
    own = {"style_weight": 1.0, "style_from_plain": False}
    return [
        ("(a) composable, style w1", own, Schedule("composable")),
        ("(a) composable, style w0.5", {**own, "style_weight": 0.5}, Schedule("composable")),
        ("(a) composable, style from plain w0.5", {"style_weight": 0.5,
                                                  "style_from_plain": True},
         Schedule("composable")),
        ("(b) LoRA Switch", own, Schedule("switch")),
        ("(b) LoRA Composite", own, Schedule("composite", anchor="mean")),
        ("(c) subject alone first half", {"style_weight": 1.0, "style_from_plain": True},
         Schedule("split", split=0.5)),
        ("(c) style in first half only", {"style_weight": 1.0, "style_from_plain": True},
         Schedule("early", split=0.5)),
    ]


# (d): the style LoRA restricted to parts of the UNet, drawn in one pass with its trigger.
RESTRICTED = (("(d) style LoRA UNet part only", ("unet.",)),
              ("(d) style LoRA up blocks only", ("unet.up_blocks.",)))


def _share(hits: np.ndarray) -> tuple[float, float]:
    """(proportion, its standard error)."""
    p = float(hits.mean())
    return p, float(np.sqrt(p * (1 - p) / max(1, len(hits))))


def _judge(judge, imgs: np.ndarray, subject: str, style: str) -> dict:
    p = predict(judge, imgs)
    concept, concept_se = _share(p["concept"] == CONCEPT_LABELS.index(subject))
    style_acc, style_se = _share(p["style"] == STYLE_LABELS.index(style))
    return {"concept_acc": concept, "concept_se": concept_se, "style_acc": style_acc,
            "style_se": style_se, "n": len(imgs), "mean_pixel": float(imgs.mean())}


def _draw(cards, prompts, seeds, weights, settings) -> np.ndarray:
    """One pass: every adapter active, one prompt (the pipeline called directly)."""
    pipe, _ = build_pipeline(None, cards, root=paths.WORLD_REPO_DIR, weights=weights)
    return generate(pipe, [expand_trigger(pipe, p) for p in prompts], seeds, **settings)


def _uint8(images) -> np.ndarray:
    return np.stack([np.asarray(im) for im in images]).astype(np.uint8)


def _draw_methods(cards, prompts, seeds, settings) -> dict[str, np.ndarray]:
    """The composed methods on one pipeline, and the builder's default: `generate_batch` on
    the pipeline `build_pipeline` composes (what `generate` and the service draw)."""
    pipe, state = build_pipeline(None, cards, root=paths.WORLD_REPO_DIR)
    out = {}
    for label, options, schedule in methods():
        images = draw_composed(pipe, parts_of(state.composition, prompts, **options), seeds,
                               steps=settings["steps"], guidance_scale=settings["guidance"],
                               schedule=schedule, output_type="np")
        out[label] = (np.stack(images) * 255).round().astype(np.uint8)
    out["builder default"] = _uint8(generate_batch(pipe, prompts, seeds, steps=settings["steps"],
                                                   guidance_scale=settings["guidance"]))
    return out


def _restricted_card(card, prefixes: tuple[str, ...], folder: Path):
    """A copy of a LoRA card whose file keeps only the keys under `prefixes`."""
    from safetensors.torch import load_file, save_file

    source = paths.WORLD_REPO_DIR / card.path
    tensors = {k: v for k, v in load_file(str(source)).items() if k.startswith(prefixes)}
    path = folder / f"{card.id}-{'-'.join(p.strip('.') for p in prefixes)}.safetensors"
    save_file(tensors, str(path))
    return replace(card, path=str(path))


def run_pair(judge, store, subject_id: str, style_id: str, samples: int, settings: dict) -> dict:
    concepts = {c.id: c for c in CONCEPTS}
    subject, style = concepts[subject_id], concepts[style_id]
    subject_card, style_card = store.get(subject_id), store.get(style_id)
    scenes = [SCENE_NAMES[i % len(SCENE_NAMES)] for i in range(samples)]
    seeds = list(range(samples))
    plain = [subject.prompt(s) for s in scenes]
    rows, grid = {}, {}

    def record(label: str, imgs: np.ndarray, measure_style: str) -> None:
        rows[label] = _judge(judge, imgs, subject_id, measure_style)
        grid[label] = imgs[:8]

    record("subject alone", _draw([subject_card], plain, seeds, None, settings), "none")
    styled_noun = [f"a {subject.class_noun} {p.split(subject.class_noun, 1)[1].strip()}"
                   f" in {style.trigger} style" for p in plain]
    record("style alone", _draw([style_card], styled_noun, seeds, None, settings), style.style)
    n_loras = 1 if subject.fmt == "dreambooth" else 2
    for label, keep_trigger, weights in configurations():
        prompts = [compose_prompt(f"{p} in {style.trigger} style", [subject_card, style_card],
                                  keep_style_triggers=keep_trigger) for p in plain]
        w = None if weights is None else weights[-n_loras:]
        record(label, _draw([subject_card, style_card], prompts, seeds, w, settings), style.style)
        rows[label]["weights"] = w or composition_weights(n_loras, composed=True)
        rows[label]["prompt"] = prompts[0]
    styled = [f"{p} in {style.trigger} style" for p in plain]
    with tempfile.TemporaryDirectory() as tmp:
        for label, prefixes in RESTRICTED:
            card = _restricted_card(style_card, prefixes, Path(tmp))
            record(label, _draw([subject_card, card], styled, seeds, None, settings), style.style)
    for label, imgs in _draw_methods([subject_card, style_card], styled, seeds,
                                     settings).items():
        record(label, imgs, style.style)
        rows[label]["prompt"] = styled[0]
    real = np.stack([render(replace(subject.spec, scene=s, style=style.style), 500 + i)
                     for i, s in enumerate(scenes)])
    alone = rows["subject alone"]["concept_acc"]
    default = rows["builder default"]
    return {"rows": rows, "reference_mean_pixel": float(real.mean()),
            "bar": {"style_acc_ge_0.7": default["style_acc"] >= BAR_STYLE,
                    "concept_within_10_points": default["concept_acc"] >= alone - BAR_CONCEPT_DROP},
            "grid": grid}


def cmd_bench_compose(args) -> int:
    import torch

    torch.set_num_threads(args.threads)
    judge_path = paths.PROJECT_ROOT / "models" / "judge.safetensors"
    if not (paths.WORLD_BASE_DIR / "model_index.json").is_file() or not judge_path.is_file():
        raise PersonalQError("bench compose needs the shipped world (models/base, models/repo, "
                             "models/judge.safetensors)")
    judge, store = load_judge(judge_path), open_repository(paths.WORLD_REPO_DIR)
    pipe, _ = build_pipeline(None)
    defaults = base_defaults(pipe)
    settings = {"steps": defaults["steps"], "guidance": defaults["guidance_scale"]}
    pairs = [p for p in PAIRS if args.pairs is None or f"{p[0]}+{p[1]}" in args.pairs]
    print(f"bench compose: {len(pairs)} pairs x {args.samples} seeds on the shipped world, "
          f"{settings['steps']} steps, guidance {settings['guidance']}", flush=True)
    t0 = time.time()
    results = {}
    for subject, style, kind in pairs:
        res = run_pair(judge, store, subject, style, args.samples, settings)
        res["kind"] = kind
        results[f"{subject}+{style}"] = res
        print_pair(f"{subject}+{style}", res)
    out = Path(args.out) if args.out else RESULTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    grid = "compose.png" if args.pairs is None else f"compose-{'-'.join(results)}.png"
    save_grid(results, out / grid)
    slim = {k: {kk: vv for kk, vv in v.items() if kk != "grid"} for k, v in results.items()}
    path = out / "compose.json"
    kept = json.loads(path.read_text()).get("pairs", {}) if path.is_file() else {}
    (out / "compose.json").write_text(json.dumps(  # pairs not re-run keep their last figures
        {"samples": args.samples, **settings, "pairs": {**kept, **slim},
         "seconds": time.time() - t0}, indent=1) + "\n")
    print(f"wrote {out / 'compose.json'} and {grid}")
    return 0


def print_pair(name: str, res: dict) -> None:
    print(f"\n{name} ({res['kind']}); real renders in the style: mean pixel "
          f"{res['reference_mean_pixel']:.1f}")
    print(f"  {'':30s} {'concept':>11s} {'style':>11s} {'mean px':>8s}  weights")
    for label, r in res["rows"].items():
        print(f"  {label:30s} {r['concept_acc']:5.2f}±{r.get('concept_se', 0):.2f} "
              f"{r['style_acc']:5.2f}±{r.get('style_se', 0):.2f} "
              f"{r['mean_pixel']:8.1f}  {r.get('weights', '')}")
    print("  bar (builder default): " + ", ".join(
        f"{k}={'PASS' if v else 'FAIL'}" for k, v in res["bar"].items()))


def save_grid(results: dict, path: Path) -> None:
    """One row per pair and configuration: label, then the first seeds' images."""
    from PIL import Image, ImageDraw

    rows = []
    for name, res in results.items():
        for label, imgs in res["grid"].items():
            tag = Image.new("RGB", (200, 64), (255, 255, 255))
            ImageDraw.Draw(tag).text((4, 20), f"{name}\n{label}", fill=(0, 0, 0))
            rows.append(np.concatenate([np.asarray(tag), *imgs], 1))
    width = max(r.shape[1] for r in rows)
    rows = [np.pad(r, ((0, 0), (0, width - r.shape[1]), (0, 0)), constant_values=255) for r in rows]
    Image.fromarray(np.concatenate(rows, 0)).save(path)
