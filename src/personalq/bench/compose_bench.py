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
  Composite (b), timestep splits (c), SDEdit (e: the subject drawn alone, re-noised to a share
  of the schedule and redrawn with the style); and the builder's default: `generate_batch` on
  the pipeline `build_pipeline` composes (what `generate` and the service draw); for a
  DreamBooth subject also the DreamBooth as a LoRA extracted from its UNet (extract_lora.py),
  alone and composed by the builder (`dreambooth_as_lora=True`);
- the ceiling: the judge on true renders of the subject in the style (the world's renderer),
  the same renders through the VAE (encoded and decoded: the best a latent model can draw of
  them), and the subject-alone drawings with the style's filter applied to their pixels (a
  perfect restyling of what the subject draws alone);
- mean pixel value of each, and of real renders of the subject in that style (what a sepia /
  mosaic / negative picture of it is meant to look like: the darkening reference).
Accuracies carry their standard error (binomial, over the seeds); paired, per seed: "kept" is
the share of the seeds whose subject-alone image the judge reads as the subject that keep it
composed, "both" the share of images read as the subject and the style at once. `--rows` runs
only the rows whose label contains one of its words (the subject alone and the ceiling always
run); their figures replace those rows in compose.json and the others are kept. One progress
line per row drawn. Prints a table per pair, writes benchmarks/results/compose.json and a PNG
grid (one row per configuration, the first seeds).
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
from personalq.diffusion.extract_lora import extracted_lora
from personalq.diffusion.loading import apply_text_side, expand_trigger
from personalq.diffusion.pipeline import build_pipeline
from personalq.errors import PersonalQError
from personalq.world.concepts import CONCEPTS, CONCEPT_LABELS, STYLE_LABELS
from personalq.world.domain import SCENE_NAMES, apply_style, render
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
        *[(f"(c) style in first {round(s * 100)}% only", {"style_weight": 1.0, "style_from_plain": True},
           Schedule("early", split=s)) for s in (0.3, 0.4)],
        ("(c) style in first half only, w0.7", {"style_weight": 0.7, "style_from_plain": True},
         Schedule("early", split=0.5)),
        ("(c) style in last 30% only", {"style_weight": 1.0, "style_from_plain": True},
         Schedule("split", split=0.7)),
        ("(c) style in last 30%, w2", {"style_weight": 2.0, "style_from_plain": True},
         Schedule("split", split=0.7)),
        *[(f"(e) SDEdit s{s}", {"style_weight": 1.0, "style_from_plain": True},
           Schedule("sdedit", split=s)) for s in (0.3, 0.5, 0.7)],
        ("(e) SDEdit, style w2, s0.5", {"style_weight": 2.0, "style_from_plain": True},
         Schedule("sdedit", split=0.5)),
        ("(e) SDEdit, subject w0.5, s0.5", {"subject_weight": 0.5, "style_weight": 1.0,
                                          "style_from_plain": True},
         Schedule("sdedit", split=0.5)),
    ]


AS_LORA_BUILDER = "builder, DreamBooth as extracted LoRA"
AS_LORA_ALONE = "DreamBooth as extracted LoRA, alone"

# (d): the style LoRA restricted to parts of the UNet, drawn in one pass with its trigger.
RESTRICTED = (("(d) style LoRA UNet part only", ("unet.",)),
              ("(d) style LoRA up blocks only", ("unet.up_blocks.",)))


class Progress:
    """One line per row drawn, with the time it took and the time so far (the full run takes
    tens of minutes on a shared CPU)."""

    def __init__(self, pair: str, total: int):
        self.pair, self.total, self.done, self.t0 = pair, total, 0, time.time()
        self.last = self.t0

    def row(self, label: str) -> None:
        now = time.time()
        self.done += 1
        print(f"  [{self.pair} {self.done}/{self.total}] {label}: {now - self.last:.0f} s "
              f"(elapsed {now - self.t0:.0f} s)", flush=True)
        self.last = now


def _share(hits: np.ndarray) -> tuple[float, float]:
    """(proportion, its standard error)."""
    p = float(hits.mean())
    return p, float(np.sqrt(p * (1 - p) / max(1, len(hits))))


def _judge(judge, imgs: np.ndarray, subject: str, style: str,
           alone: np.ndarray | None = None) -> dict:
    """Accuracies with their standard errors; with `alone` (per seed: the subject-alone image
    read as the subject), the paired figures "kept" and "both"."""
    p = predict(judge, imgs)
    hits = p["concept"] == CONCEPT_LABELS.index(subject)
    styled = p["style"] == STYLE_LABELS.index(style)
    (concept, concept_se), (style_acc, style_se) = _share(hits), _share(styled)
    row = {"concept_acc": concept, "concept_se": concept_se, "style_acc": style_acc,
           "style_se": style_se, "n": len(imgs), "mean_pixel": float(imgs.mean()),
           "hits": hits}
    if alone is not None:
        row["kept"], row["kept_se"] = _share(hits[alone]) if alone.any() else (0.0, 0.0)
        row["both"], row["both_se"] = _share(hits & styled)
    return row


def _draw(cards, prompts, seeds, weights, settings) -> np.ndarray:
    """One pass: every adapter active, one prompt (the pipeline called directly)."""
    pipe, _ = build_pipeline(None, cards, root=paths.WORLD_REPO_DIR, weights=weights)
    return generate(pipe, [expand_trigger(pipe, p) for p in prompts], seeds, **settings)


def _uint8(images) -> np.ndarray:
    return np.stack([np.asarray(im) for im in images]).astype(np.uint8)


def _wanted(label: str, rows: list[str] | None) -> bool:
    return rows is None or any(word in label for word in rows)


def _draw_methods(cards, prompts, seeds, settings, rows=None,
                  progress: Progress | None = None) -> dict[str, np.ndarray]:
    """The composed methods on one pipeline, and the builder's default: `generate_batch` on
    the pipeline `build_pipeline` composes (what `generate` and the service draw); for a
    DreamBooth subject also the builder with the DreamBooth drawn as its extracted LoRA on the
    base (extract_lora.py)."""
    pipe, state = build_pipeline(None, cards, root=paths.WORLD_REPO_DIR)
    out = {}
    for label, options, schedule in methods():
        if not _wanted(label, rows):
            continue
        images = draw_composed(pipe, parts_of(state.composition, prompts, **options), seeds,
                               steps=settings["steps"], guidance_scale=settings["guidance"],
                               schedule=schedule, output_type="np")
        out[label] = (np.stack(images) * 255).round().astype(np.uint8)
        progress and progress.row(label)
    builders = [("builder default", pipe)]
    if cards[0].format == "dreambooth" and _wanted(AS_LORA_BUILDER, rows):
        builders.append((AS_LORA_BUILDER, build_pipeline(
            None, cards, root=paths.WORLD_REPO_DIR, dreambooth_as_lora=True).pipe))
    for label, p in builders:
        if _wanted(label, rows):
            out[label] = _uint8(generate_batch(p, prompts, seeds, steps=settings["steps"],
                                               guidance_scale=settings["guidance"]))
            progress and progress.row(label)
    return out


def _dreambooth_as_lora(card, prompts, seeds, settings) -> np.ndarray:
    """A DreamBooth drawn alone as the builder composes it: its extracted LoRA on the base,
    with its own text side (loading.apply_checkpoints)."""
    path = paths.WORLD_REPO_DIR / card.path
    pipe, _ = build_pipeline(None, [replace(card, format="lora", path=str(
        extracted_lora(paths.WORLD_BASE_DIR, path)))], root=paths.WORLD_REPO_DIR, hotswap=False)
    apply_text_side(pipe, card, path, pipe.unet.dtype)
    return generate(pipe, [expand_trigger(pipe, p) for p in prompts], seeds, **settings)


def _restricted_card(card, prefixes: tuple[str, ...], folder: Path):
    """A copy of a LoRA card whose file keeps only the keys under `prefixes`."""
    from safetensors.torch import load_file, save_file

    source = paths.WORLD_REPO_DIR / card.path
    tensors = {k: v for k, v in load_file(str(source)).items() if k.startswith(prefixes)}
    path = folder / f"{card.id}-{'-'.join(p.strip('.') for p in prefixes)}.safetensors"
    save_file(tensors, str(path))
    return replace(card, path=str(path))


def _vae_round_trip(pipe, imgs: np.ndarray) -> np.ndarray:
    """Pictures encoded and decoded by the pipeline's VAE (the latent's mean)."""
    import torch

    x = torch.from_numpy(imgs).float().permute(0, 3, 1, 2) / 127.5 - 1
    with torch.inference_mode():
        y = pipe.vae.decode(pipe.vae.encode(x).latent_dist.mean).sample
    return ((y.clamp(-1, 1) + 1) * 127.5).round().permute(0, 2, 3, 1).numpy().astype(np.uint8)


def ceiling(subject, style, scenes: list[str], seeds: list[int],
            alone: np.ndarray) -> dict[str, np.ndarray]:
    """What the judge reads of the subject in the style at best: true renders (the world's
    renderer, the bench's scenes and seeds), the same through the VAE, and the subject-alone
    drawings `alone` with the style's pixel filter applied; and plain renders through the VAE
    (what the VAE costs the subject without a style)."""
    real = np.stack([render(replace(subject.spec, scene=sc, style=style.style), k)
                     for sc, k in zip(scenes, seeds)])
    pipe, _ = build_pipeline(None)
    plain = np.stack([render(replace(subject.spec, scene=sc), k) for sc, k in zip(scenes, seeds)])
    filtered = apply_style(alone.astype(np.float32), style.style)
    return {"ceiling: true render in the style": real,
            "ceiling: true render, VAE round trip": _vae_round_trip(pipe, real),
            "ceiling: plain render, VAE round trip": _vae_round_trip(pipe, plain),
            "ceiling: subject alone, style filter": np.clip(filtered + 0.5, 0, 255)
            .astype(np.uint8)}


def _one_pass_rows(cards, style, n_loras: int, plain, seeds, settings, rows):
    """The one-pass compositions (configurations and RESTRICTED): label -> (images, extra)."""
    subject_card, style_card = cards
    out = {}
    for label, keep_trigger, weights in configurations():
        if not _wanted(label, rows):
            continue
        prompts = [compose_prompt(f"{p} in {style.trigger} style", [subject_card, style_card],
                                  keep_style_triggers=keep_trigger) for p in plain]
        w = weights[-n_loras:]
        out[label] = (_draw([subject_card, style_card], prompts, seeds, w, settings),
                      {"weights": w, "prompt": prompts[0]})
    styled = [f"{p} in {style.trigger} style" for p in plain]
    with tempfile.TemporaryDirectory() as tmp:
        for label, prefixes in RESTRICTED:
            if _wanted(label, rows):
                card = _restricted_card(style_card, prefixes, Path(tmp))
                out[label] = (_draw([subject_card, card], styled, seeds, None, settings), {})
    return out


def run_pair(judge, store, subject_id: str, style_id: str, samples: int, settings: dict,
             rows: list[str] | None = None) -> dict:
    concepts = {c.id: c for c in CONCEPTS}
    subject, style = concepts[subject_id], concepts[style_id]
    subject_card, style_card = store.get(subject_id), store.get(style_id)
    scenes = [SCENE_NAMES[i % len(SCENE_NAMES)] for i in range(samples)]
    seeds = list(range(samples))
    plain = [subject.prompt(s) for s in scenes]
    progress = Progress(f"{subject_id}+{style_id}", _row_count(subject.fmt, rows))
    alone_imgs = _draw([subject_card], plain, seeds, None, settings)
    progress.row("subject alone")
    out = {"rows": {}, "grid": {}}
    alone = _judge(judge, alone_imgs, subject_id, "none")["hits"]

    def record(label: str, imgs: np.ndarray, measure_style: str, extra=None) -> None:
        out["rows"][label] = {**_judge(judge, imgs, subject_id, measure_style, alone),
                              **(extra or {})}
        out["grid"][label] = imgs[:8]

    record("subject alone", alone_imgs, "none")
    for label, imgs in ceiling(subject, style, scenes, seeds, alone_imgs).items():
        record(label, imgs, "none" if "plain render" in label else style.style)
    if _wanted("style alone", rows):
        styled_noun = [f"a {subject.class_noun} {p.split(subject.class_noun, 1)[1].strip()}"
                       f" in {style.trigger} style" for p in plain]
        record("style alone", _draw([style_card], styled_noun, seeds, None, settings),
               style.style)
        progress.row("style alone")
    if subject.fmt == "dreambooth" and _wanted(AS_LORA_ALONE, rows):
        record(AS_LORA_ALONE, _dreambooth_as_lora(subject_card, plain, seeds, settings), "none")
        progress.row(AS_LORA_ALONE)
    n_loras = 1 if subject.fmt == "dreambooth" else 2
    one_pass = _one_pass_rows((subject_card, style_card), style, n_loras, plain, seeds,
                              settings, rows)
    for label, (imgs, extra) in one_pass.items():
        record(label, imgs, style.style, extra)
        progress.row(label)
    styled = [f"{p} in {style.trigger} style" for p in plain]
    for label, imgs in _draw_methods([subject_card, style_card], styled, seeds, settings,
                                     rows, progress).items():
        record(label, imgs, style.style, {"prompt": styled[0]})
    real = np.stack([render(replace(subject.spec, scene=s, style=style.style), 500 + i)
                     for i, s in enumerate(scenes)])
    out["reference_mean_pixel"] = float(real.mean())
    return out


def _row_count(fmt: str, rows: list[str] | None) -> int:
    """How many rows run_pair draws (for the progress lines)."""
    labels = ["style alone", *[c[0] for c in configurations()], *[r[0] for r in RESTRICTED],
              *[m[0] for m in methods()], "builder default"]
    if fmt == "dreambooth":
        labels += [AS_LORA_ALONE, AS_LORA_BUILDER]
    return 1 + sum(_wanted(label, rows) for label in labels)


def bar(rows: dict, label: str) -> dict:
    """The issue's bar for one row: style accuracy >= 0.7, concept within 10 points."""
    row, alone = rows[label], rows["subject alone"]["concept_acc"]
    return {"style_acc_ge_0.7": row["style_acc"] >= BAR_STYLE,
            "concept_within_10_points": row["concept_acc"] >= alone - BAR_CONCEPT_DROP}


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
        res = run_pair(judge, store, subject, style, args.samples, settings, args.rows)
        res["kind"] = kind
        results[f"{subject}+{style}"] = res
        print_pair(f"{subject}+{style}", res)
    out = Path(args.out) if args.out else RESULTS_DIR
    out.mkdir(parents=True, exist_ok=True)
    grids = []
    for name, res in results.items():
        grids.append(f"compose-{name}{'' if args.rows is None else '-rows'}.png")
        save_grid({name: res}, out / grids[-1])
    write_results(out / "compose.json", results, args.samples, settings, time.time() - t0)
    print(f"wrote {out / 'compose.json'} and {', '.join(grids)}")
    return 0


def write_results(path: Path, results: dict, samples: int, settings: dict,
                  seconds: float) -> None:
    """compose.json: the rows run replace theirs; pairs and rows not run keep their figures
    (and a pair's other keys, the file's note)."""
    before = json.loads(path.read_text()) if path.is_file() else {}
    pairs = before.get("pairs", {})
    for name, res in results.items():
        rows = {label: {k: v for k, v in r.items() if k != "hits"}
                for label, r in res["rows"].items()}
        old = pairs.get(name, {})
        pairs[name] = {**old, "kind": res["kind"],
                       "reference_mean_pixel": res["reference_mean_pixel"],
                       "rows": {**old.get("rows", {}), **rows}}
        pairs[name]["bar"] = {label: bar(pairs[name]["rows"], label)
                              for label in pairs[name]["rows"]}
    kept = {"note": before["note"]} if "note" in before else {}
    path.write_text(json.dumps({"samples": samples, **settings, **kept, "pairs": pairs,
                                "seconds": seconds}, indent=1) + "\n")


def print_pair(name: str, res: dict) -> None:
    print(f"\n{name} ({res['kind']}); real renders in the style: mean pixel "
          f"{res['reference_mean_pixel']:.1f}")
    print(f"  {'':38s} {'concept':>10s} {'style':>10s} {'kept':>10s} {'both':>10s} "
          f"{'mean px':>7s}  bar")
    for label, r in res["rows"].items():
        paired = (f"{r['kept']:5.2f}±{r['kept_se']:.2f} {r['both']:5.2f}±{r['both_se']:.2f}"
                  if "kept" in r else f"{'':10s} {'':10s}")
        met = "" if label == "subject alone" else \
            "PASS" if all(bar(res["rows"], label).values()) else "fail"
        print(f"  {label:38s} {r['concept_acc']:4.2f}±{r['concept_se']:.2f} "
              f"{r['style_acc']:4.2f}±{r['style_se']:.2f} {paired} "
              f"{r['mean_pixel']:7.1f}  {met}", flush=True)


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
