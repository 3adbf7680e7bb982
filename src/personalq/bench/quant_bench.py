"""`personalq bench quant`: every method x setting on the model world, plus token sensitivity.

For one personalized checkpoint of the world (a DreamBooth UNet by default: quantization acts on
the personalized weights themselves), every method generates the same prompts from the same
initial noise. Figures:
- concept / scene accuracy: the world's judge on the generated pictures;
- Frechet distance of judge features against real renders of the same prompts (FID analogue);
- PSNR against the same checkpoint's fp32 pictures (same seeds);
- resident UNet weight bytes (real tensor bytes) and the ratios to fp32 and fp16;
- peak RSS of a fresh process that loads that UNet and runs it (for packed methods: from the
  saved quantized checkpoint), and seconds per image.
Token sensitivity: with everything else in float, quantize (per token, 4 and 2 bits) only the
trigger's K/V rows, or only as many rows of ordinary words, and report each drop.

Without the model world (or with --tiny) it reports memory and latency on a tiny random
pipeline only. Writes a section of docs/results.md and docs/quant_tradeoff.png.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from tqdm import tqdm

from personalq import paths
from personalq.catalog.store import open_repository
from personalq.diffusion.generate import base_defaults
from personalq.diffusion.pipeline import build_pipeline, protect_trigger, swap_unet
from personalq.errors import PersonalQError
from personalq.quant import packed
from personalq.quant.calibrate import calibrate
from personalq.quant.checkpoint import save_quantized
from personalq.quant.methods import METHODS, config_of, quantized_copy
from personalq.quant.packed import QuantLinear, resident_bytes
from personalq.quant.paired import paired_quality
from personalq.quant.quantizers import ActQuant, DEFAULT_ACT_GROUP, quantize_weight_rtn
from personalq.quant.taq import (AttnQuantizers, QuantAttnProcessor, cross_attention_modules,
                                 prompt_trigger_positions)
from personalq.quant.triggers import expand_trigger
from personalq.testing import make_tiny_sd15
from personalq.world.concepts import CONCEPT_LABELS, get_concept
from personalq.world.domain import SCENE_NAMES
from personalq.world.judge import frechet_distance, load_judge, predict
from personalq.world.preview import generic_prompts

SECTION_BEGIN = "<!-- quant-bench:begin -->"
SECTION_END = "<!-- quant-bench:end -->"
FLOAT_METHODS = ["fp32", "fp16", "bf16"]
TORCHAO_METHODS = ["torchao_int8_wo", "torchao_int8_dyn"]
PACKED_METHODS = ["naive", "qdiffusion", "mixdq", "textkv", "taq", "taq_bos"]
ABLATION = [("taq_uniform", 8, 4)]


@dataclass
class Row:
    method: str
    setting: str
    concept_acc: float | None = None
    scene_acc: float | None = None
    fd: float | None = None
    psnr: float | None = None
    unet_bytes: int = 0
    peak_rss_mb: float | None = None
    sec_per_image: float = 0.0
    notes: str = ""
    extra: dict = field(default_factory=dict)


def _configs(methods: list[str] | None, settings: list[str] | None):
    out = []
    for m in FLOAT_METHODS:
        out.append((m, 32 if m == "fp32" else 16, 32 if m == "fp32" else 16))
    for m in TORCHAO_METHODS:
        out.append((m, 8, 16 if m.endswith("_wo") else 8))
    for w, a in [(8, 8), (8, 4), (4, 8), (4, 4)]:
        for m in PACKED_METHODS:
            out.append((m, w, a))
        out += [c for c in ABLATION if (c[1], c[2]) == (w, a)]
    if methods:
        out = [c for c in out if c[0] in methods]
    if settings:  # float methods always (the reference); weight-only ones with their weight bits
        out = [c for c in out if f"W{c[1]}A{c[2]}" in settings or c[0] in FLOAT_METHODS
               or (c[2] == 16 and any(s.startswith(f"W{c[1]}A") for s in settings))]
    return out


def _setting(w: int, a: int) -> str:
    return "fp" if w >= 16 else f"W{w}A{a}"


# ----------------------------------------------------------------------------- generation


def _latents(seeds: list[int], shape: tuple[int, ...]) -> torch.Tensor:
    return torch.stack([torch.randn(shape, generator=torch.Generator().manual_seed(int(s)))
                        for s in seeds])


@torch.no_grad()
def generate_images(pipe, prompts: list[str], seeds: list[int], *, steps: int, guidance: float,
                    trigger: str | None, batch: int = 16, size: int | None = None) -> np.ndarray:
    """uint8 NHWC images; TAQ positions are set per prompt (each batch shares one layout only
    when prompts tokenize alike, so batches are split per distinct trigger position set)."""
    unet = pipe.unet
    lat_size = unet.config.sample_size
    vae_scale = 2 ** (len(pipe.vae.config.block_out_channels) - 1)
    size = size or lat_size * vae_scale
    shape = (unet.config.in_channels, size // vae_scale, size // vae_scale)
    dtype = next(p for p in unet.parameters()).dtype if any(True for _ in unet.parameters()) \
        else torch.float32
    out: list[np.ndarray | None] = [None] * len(prompts)
    groups: dict[tuple, list[int]] = {}

    for i, p in enumerate(prompts):
        key = tuple(prompt_trigger_positions(pipe.tokenizer, p, trigger)) if trigger else ()
        groups.setdefault(key, []).append(i)
    for key, idx in groups.items():
        for b in range(0, len(idx), batch):
            part = idx[b:b + batch]
            protect_trigger(pipe, prompts[part[0]], trigger, guidance_scale=guidance)
            lat = _latents([seeds[i] for i in part], shape).to(dtype)
            res = pipe([prompts[i] for i in part], num_inference_steps=steps,
                       guidance_scale=guidance, latents=lat, height=size, width=size,
                       output_type="np")
            imgs = (np.asarray(res.images, dtype=np.float32) * 255).round().clip(0, 255)
            for j, i in enumerate(part):
                out[i] = imgs[j].astype(np.uint8)
    return np.stack(out)


def psnr(a: np.ndarray, b: np.ndarray) -> float:
    mse = float(np.mean((a.astype(np.float64) - b.astype(np.float64)) ** 2))
    return float("inf") if mse == 0 else 10 * np.log10(255.0 ** 2 / mse)


# ----------------------------------------------------------------------------- memory


def measure_rss(kind: str, path: Path, dtype: str = "float32", method: str = "") -> dict:
    """Peak RSS of a fresh process that loads the UNet and runs one forward pass."""
    env = dict(os.environ, OMP_NUM_THREADS="1", HF_HUB_OFFLINE="1")
    proc = subprocess.run([sys.executable, "-m", "personalq.bench.rss_probe", kind, str(path),
                           dtype, method],
                          capture_output=True, text=True, env=env, timeout=600)
    for line in reversed(proc.stdout.splitlines()):
        if line.startswith("{"):
            return json.loads(line)
    return {"error": (proc.stderr or proc.stdout)[-300:]}


# ----------------------------------------------------------------------------- the world


def world_available() -> bool:
    return ((paths.WORLD_BASE_DIR / "model_index.json").is_file()
            and paths.WORLD_JUDGE_PATH.is_file() and paths.WORLD_REPO_DIR.is_dir())


def _world_setup(concept_id: str):
    """(pipe with the checkpoint applied, concept, card)."""

    concept = get_concept(concept_id)
    store = open_repository(paths.WORLD_REPO_DIR)
    cards = [c for c in store.cards() if c.trigger == concept.trigger]
    if not cards:
        raise PersonalQError(f"no checkpoint with trigger {concept.trigger} in {paths.WORLD_REPO_DIR}")
    pipe, _ = build_pipeline(paths.WORLD_BASE_DIR, [cards[0]], root=paths.WORLD_REPO_DIR,
                             hotswap=False)
    pipe.set_progress_bar_config(disable=True)
    return pipe, concept, cards[0]


def _world_eval_set(concept, n: int, seed: int = 1234):
    rng = np.random.default_rng(seed)
    scenes = [SCENE_NAMES[i % len(SCENE_NAMES)] for i in range(n)]
    prompts = [concept.prompt(s, rng) for s in scenes]
    seeds = [10_000 + i for i in range(n)]
    return prompts, scenes, seeds


def _world_calib_prompts(concept, n: int, seed: int = 7):
    rng = np.random.default_rng(seed)
    out = []
    generic = generic_prompts(n, seed)
    for i in range(n):
        if i % 2 == 0:
            out.append((concept.prompt(SCENE_NAMES[i % len(SCENE_NAMES)], rng), concept.trigger))
        else:
            out.append((generic[i][0], None))
    return out


class Judging:
    def __init__(self, concept, prompts, scenes, seeds):
        self.judge = load_judge(paths.WORLD_JUDGE_PATH)
        self.predict = predict
        self.target = CONCEPT_LABELS.index(concept.id)
        self.scene_idx = np.array([SCENE_NAMES.index(s) for s in scenes])
        real = np.stack([concept.render(s, sd) for s, sd in zip(scenes, seeds)])
        self.real_feats = predict(self.judge, real)["features"]
        self.ref_images = self.ref_feats = None  # fp32 images of the same seeds (set_reference)

    def set_reference(self, images: np.ndarray) -> None:
        """Score later images paired against these (quant/paired.py: the primary measure)."""
        self.ref_images, self.ref_feats = images, self.predict(self.judge, images)["features"]

    def score(self, images: np.ndarray) -> dict:
        pred = self.predict(self.judge, images)
        paired = {} if self.ref_images is None else paired_quality(
            images, self.ref_images[:len(images)], pred["features"], self.ref_feats[:len(images)])
        return {"concept_acc": float(np.mean(pred["concept"] == self.target)),
                "scene_acc": float(np.mean(pred["scene"] == self.scene_idx)),
                "fd": frechet_distance(pred["features"], self.real_feats), **paired}


def _ordinary_positions(pipe, prompt: str, trigger: str, n: int) -> list[int]:
    """n token positions of ordinary words in the prompt (not trigger, BOS, EOS or padding),
    taken from the end of the sentence (class noun and scene words)."""

    tokenizer = pipe.tokenizer
    prompt = expand_trigger(tokenizer, prompt)
    ids = tokenizer(prompt, padding="max_length", max_length=tokenizer.model_max_length,
                    truncation=True)["input_ids"]
    trig = set(prompt_trigger_positions(pipe.tokenizer, prompt, trigger))
    specials = {tokenizer.bos_token_id, tokenizer.eos_token_id, tokenizer.pad_token_id}
    words = [i for i, t in enumerate(ids) if i not in trig and t not in specials and i > 0]
    return words[-n:]


@torch.no_grad()
def kv_row_stats(pipe, prompts: list[str], trigger: str) -> list[dict]:
    """What the text path looks like to a quantizer: for the cross-attention K/V of each prompt
    (every attn2 block), per kind of token row (BOS, trigger, ordinary words, EOS + padding):
    the mean row L2 norm relative to the median row, the share of the tensor's absolute max the
    row reaches, and the relative error of a 4-bit per-tensor min-max grid on those rows. A
    trigger whose rows are outliers (large norm, hold the tensor's range) or are damaged more
    than ordinary rows is what TAQ's protection pays off on."""

    tok = pipe.tokenizer
    sums: dict[str, dict[str, list[float]]] = {}
    for p in prompts:
        ehs = pipe.encode_prompt(p, "cpu", 1, False)[0].float()
        ids = tok(p if not getattr(tok, "added_tokens_encoder", None) else
                  _expanded(pipe, p), padding="max_length", max_length=ehs.shape[1],
                  truncation=True)["input_ids"]
        trig = set(prompt_trigger_positions(pipe.tokenizer, p, trigger))
        kinds = {}
        for i, t in enumerate(ids):
            kinds[i] = ("bos" if i == 0 else "trigger" if i in trig else
                        "eos+pad" if t in (tok.eos_token_id, tok.pad_token_id) else "ordinary")
        for _, attn in cross_attention_modules(pipe.unet):
            for name, proj in (("k", attn.to_k), ("v", attn.to_v)):
                x = proj(ehs)[0]  # (L, C)
                norms = x.norm(dim=-1)
                med = norms.median().clamp_min(1e-12)
                amax = x.abs().max().clamp_min(1e-12)
                xq = ActQuant(4, "dynamic_tensor")(x)
                for kind in ("bos", "trigger", "ordinary", "eos+pad"):
                    idx = [i for i, k in kinds.items() if k == kind]
                    if not idx:
                        continue
                    rows, qrows = x[idx], xq[idx]
                    d = sums.setdefault(kind, {})
                    d.setdefault(f"{name}_norm", []).append(float(norms[idx].mean() / med))
                    d.setdefault(f"{name}_absmax", []).append(float(rows.abs().max() / amax))
                    d.setdefault(f"{name}_err4", []).append(
                        float((qrows - rows).norm() / rows.norm().clamp_min(1e-12)))
    return [{"rows": kind, **{k: float(np.mean(v)) for k, v in d.items()}}
            for kind, d in sums.items()]


def _expanded(pipe, prompt: str) -> str:
    return expand_trigger(pipe.tokenizer, prompt)


def token_sensitivity(pipe, judging: Judging, prompts, seeds, trigger, *, steps, guidance,
                      bits_list=(4, 2)) -> list[dict]:
    """Float model; per-token `bits` quantization of only the trigger's K/V rows vs only as many
    ordinary-word rows. Each prompt gets its own positions."""

    unet = pipe.unet
    fp_unet = unet
    out = []
    for bits in bits_list:
        for which in ("trigger", "ordinary"):
            u = copy.deepcopy(fp_unet)
            for _, attn in cross_attention_modules(u):
                attn.quant = AttnQuantizers(
                    q=torch.nn.Identity(), k=ActQuant(bits, "dynamic_token"),
                    v=ActQuant(bits, "dynamic_token"), prob=torch.nn.Identity(), is_cross=True)
                attn.set_processor(QuantAttnProcessor())
            swap_unet(pipe, u)
            imgs = []

            for p, s in zip(prompts, seeds):
                trig = prompt_trigger_positions(pipe.tokenizer, p, trigger)
                rows = trig if which == "trigger" else _ordinary_positions(
                    pipe, p, trigger, len(trig))
                for _, attn in cross_attention_modules(u):
                    attn.processor.quantize_only = rows
                    attn.processor.clear_cache()
                imgs.append(generate_images(pipe, [p], [s], steps=steps, guidance=guidance,
                                            trigger=None)[0])
            swap_unet(pipe, fp_unet)
            sc = judging.score(np.stack(imgs))
            out.append({"bits": bits, "rows": which, **sc})
    return out


# ----------------------------------------------------------------------------- main


def run_bench(args, overrides: dict) -> int:
    """`overrides`: the QuantConfig overrides of --smooth / --act-mode / --act-group (already
    validated by the command), applied to the calibrated methods only."""
    global CALIBRATED_OVERRIDES

    torch.set_num_threads(1)
    CALIBRATED_OVERRIDES = overrides
    methods = args.methods.split(",") if args.methods else None
    settings = args.settings.split(",") if args.settings else None
    if methods:
        bad = [m for m in methods if m not in METHODS]
        if bad:
            raise PersonalQError(f"unknown method(s) {bad}", hint=f"valid: {', '.join(METHODS)}")
    configs = _configs(methods, settings)
    if args.tiny or not world_available():
        if not args.tiny:
            print("model world not found (models/base, models/judge.safetensors): reporting "
                  "memory and latency on a tiny random pipeline only")
        return _bench_tiny(args, configs)
    return _bench_world(args, configs)


# --smooth / --act-mode / --act-group of this run, as QuantConfig overrides (set by run_bench)
CALIBRATED_OVERRIDES: dict = {}


def _quantize_for(pipe, fp_unet, method, w, a, calib):
    calibrated = METHODS[method].get("act_mode") == "static_tensor"
    overrides = CALIBRATED_OVERRIDES if calibrated else {}
    t = time.time()
    unet = quantized_copy(fp_unet, method, w, a, calib, **overrides)
    return unet, time.time() - t


def _run_configs(pipe, configs, calib, eval_fn, workdir: Path, *, rss: bool, trigger,
                 on_row=None):
    """Quantize, evaluate and measure each config; returns rows. `on_row(rows)` runs after
    each config (the report is rewritten as results come in, so a cut-short run keeps them)."""

    fp_unet = pipe.unet
    fp_dir = workdir / "fp_unet"
    fp_unet.save_pretrained(fp_dir)
    rows = []
    rss_cache: dict = {}  # same storage -> same memory: measure once per kind of UNet
    for method, w, a in tqdm(configs, desc="methods x settings"):
        unet, tq = _quantize_for(pipe, fp_unet, method, w, a, calib)
        dtype = next(unet.parameters()).dtype
        swap_unet(pipe, unet, trigger=trigger)
        if dtype != torch.float32:
            pipe.to(dtype)
        n_bytes = resident_bytes(unet)  # before any dtype restore below
        try:
            t0 = time.time()
            metrics = eval_fn(pipe)
            spi = (time.time() - t0) / metrics.pop("n")
        finally:
            if dtype != torch.float32:
                pipe.to(torch.float32)
            swap_unet(pipe, fp_unet)
        row = Row(method, _setting(w, a), unet_bytes=n_bytes, sec_per_image=spi,
                  **{k: v for k, v in metrics.items() if k in
                     ("concept_acc", "scene_acc", "fd", "psnr")})
        row.extra["quantize_s"] = round(tq, 1)
        row.extra.update({k: v for k, v in metrics.items() if k.startswith("paired_")})
        if rss:
            cfg = config_of(unet)
            rkey = (cfg.kind, method if cfg.kind != "packed" else "", w, a)
            if rkey in rss_cache:
                r = rss_cache[rkey]
            elif cfg.kind == "packed":
                qdir = workdir / f"{method}-{w}-{a}"
                save_quantized(unet, qdir, trigger=trigger)
                r = measure_rss("quant", qdir)
            elif cfg.kind == "torchao":
                r = measure_rss("torchao", fp_dir, "float32", method)
            else:
                r = measure_rss("float", fp_dir, cfg.dtype)
            rss_cache[rkey] = r
            row.peak_rss_mb = r.get("peak_rss_mb")
            if "loaded_rss_mb" in r:
                row.extra["load_rss_delta_mb"] = r["loaded_rss_mb"] - r["base_rss_mb"]
            row.extra["rss"] = r
        rows.append(row)
        if on_row is not None:
            on_row(rows)
        tqdm.write(f"{row.method:16s} {row.setting:5s} concept={_fmt(row.concept_acc)} "
                   f"scene={_fmt(row.scene_acc)} psnr={_fmt(row.psnr, 1)} "
                   f"bytes={row.unet_bytes} s/img={row.sec_per_image:.3f}")
        del unet
    return rows


def _bench_tiny(args, configs) -> int:
    work = Path(tempfile.mkdtemp(prefix="pq-bench-quant-"))
    pipe, _ = build_pipeline(make_tiny_sd15(work / "sd15"), hotswap=False)
    trigger = "<zib-v2>"
    n = args.samples or (4 if args.quick else 8)
    steps = args.steps or 4
    prompts = [f"a photo of {trigger} toy on the beach", "a red car in the snow"] * (n // 2)
    seeds = list(range(len(prompts)))
    calib = calibrate(pipe, n_prompts=args.calib_prompts or 8, trigger=trigger, steps=steps,
                      timesteps=2, batch_size=4)
    ref = generate_images(pipe, prompts, seeds, steps=steps, guidance=7.5, trigger=None)

    def eval_fn(p):
        imgs = generate_images(p, prompts, seeds, steps=steps, guidance=7.5, trigger=trigger)
        return {"psnr": psnr(imgs, ref), "n": len(prompts)}

    def report(rows, final=False):
        _report(rows, args.out, header="tiny random SD1.5-shaped pipeline (no model world): "
                "memory and latency only; PSNR vs its own fp32 output", sensitivity=None,
                meta={"samples": len(prompts), "steps": steps}, final=final)

    rows = _run_configs(pipe, configs, calib, eval_fn, work, rss=True, trigger=trigger,
                        on_row=report)
    report(rows, final=True)
    return 0


def _bench_world(args, configs) -> int:
    concept_id = getattr(args, "concept", None) or "bruno"
    n = args.samples or (32 if args.quick else 64)
    pipe, concept, card = _world_setup(concept_id)
    defaults = base_defaults(pipe)
    steps = args.steps or (10 if args.quick else int(defaults["steps"]))
    guidance = float(defaults["guidance_scale"])
    prompts, scenes, seeds = _world_eval_set(concept, n)
    trigger = concept.trigger
    print(f"checkpoint {card.id} ({card.format}), trigger {trigger}, {n} samples, {steps} steps, "
          f"guidance {guidance}")
    judging = Judging(concept, prompts, scenes, seeds)
    work = Path(tempfile.mkdtemp(prefix="pq-bench-quant-"))
    n_cal = args.calib_prompts or (32 if args.quick else 64)
    calib = calibrate(pipe, _world_calib_prompts(concept, n_cal), steps=steps,
                      timesteps=getattr(args, "calib_timesteps", None) or (3 if args.quick else 4),
                      guidance_scale=guidance, batch_size=16)
    calib.stats_for(pipe.unet)
    # same batching as the evaluated runs (grouped by trigger layout), so fp32 vs fp32 is exact
    ref = generate_images(pipe, prompts, seeds, steps=steps, guidance=guidance, trigger=trigger)
    judging.set_reference(ref)

    def eval_fn(p):
        imgs = generate_images(p, prompts, seeds, steps=steps, guidance=guidance, trigger=trigger)
        return {**judging.score(imgs), "psnr": psnr(imgs, ref), "n": len(prompts)}

    sens = None
    if not getattr(args, "no_sensitivity", False):
        print("token sensitivity ...")
        k = min(n, 16 if args.quick else 32)
        sens = token_sensitivity(pipe, judging_subset(judging, k), prompts[:k], seeds[:k],
                                 trigger, steps=steps, guidance=guidance)
        fp_sub = judging_subset(judging, k).score(ref[:k])
        sens = {"fp": fp_sub, "rows": sens, "samples": k}
        sens["kv_rows"] = kv_row_stats(pipe, prompts[:k], trigger)
    def report(rows, final=False):
        _report(rows, args.out, header=f"model world, checkpoint `{card.id}` ({card.format}, "
                f"trigger `{trigger}`), calibrated methods' image-path activations: "
                f"{_act_label()}"
                + (f", SmoothQuant alpha {CALIBRATED_OVERRIDES['smooth_alpha']}"
                   if "smooth_alpha" in CALIBRATED_OVERRIDES else ""), sensitivity=sens,
                meta={"samples": n, "steps": steps, "guidance": guidance,
                      "calibration_prompts": n_cal,
                      "calibration_timesteps": len({float(s.args[1]) if len(s.args) > 1 else
                                                    float(s.kwargs.get("timestep", -1))
                                                    for s in calib.samples})}, final=final)

    rows = _run_configs(pipe, configs, calib, eval_fn, work, rss=True, trigger=trigger,
                        on_row=report)
    report(rows, final=True)
    return 0


def _act_label() -> str:
    mode = CALIBRATED_OVERRIDES.get("act_mode")
    if mode == "dynamic_group":
        group = CALIBRATED_OVERRIDES.get("act_group", DEFAULT_ACT_GROUP)
        return f"dynamic_group (per token, groups of {group} channels)"
    return mode or "static per-tensor"


def judging_subset(j: Judging, k: int) -> Judging:
    sub = copy.copy(j)
    sub.scene_idx = j.scene_idx[:k]
    sub.real_feats = j.real_feats[:k]
    if j.ref_images is not None:
        sub.ref_images, sub.ref_feats = j.ref_images[:k], j.ref_feats[:k]
    return sub


# ----------------------------------------------------------------------------- kernels


KERNEL_SHAPES = [(512, 96, 96, "world attn (16x16 latents, CFG)"),
                 (8192, 320, 320, "SD1.5 64x64 block, CFG"),
                 (2048, 640, 640, "SD1.5 32x32 block"),
                 (512, 1280, 5120, "SD1.5 8x8 FF")]


def kernel_latency(repeats: int = 5) -> list[dict]:
    """ms per call: fp32 nn.Linear vs QuantLinear W8A8 through torch._int_mm vs the same layer
    through dequantize + float matmul (static per-tensor int8 activations)."""
    from torch import nn

    out = []
    for m, k, n, label in KERNEL_SHAPES:
        torch.manual_seed(0)
        lin = nn.Linear(k, n)
        codes, scale, _ = quantize_weight_rtn(lin.weight, 8, clip_search=False)
        act = ActQuant(8, "static_tensor")
        act.lo.fill_(-3.0)
        act.hi.fill_(3.0)
        q = QuantLinear.from_codes(lin, codes, scale, None, 8, act)
        x = torch.randn(m, k)

        def timed(fn):
            fn()
            t = time.perf_counter()
            for _ in range(repeats):
                fn()
            return (time.perf_counter() - t) / repeats * 1e3

        with torch.no_grad():
            t_fp = timed(lambda: lin(x))
            t_int = timed(lambda: q(x))
            packed.USE_INT_MM = False
            try:
                t_deq = timed(lambda: q(x))
            finally:
                packed.USE_INT_MM = True
        out.append({"shape": f"{m}x{k}->{n}", "where": label, "fp32_ms": t_fp,
                    "int_mm_ms": t_int, "dequant_ms": t_deq})
    return out


# ----------------------------------------------------------------------------- report


def _fmt(v, nd=3):
    if v is None:
        return "-"
    if isinstance(v, float) and np.isinf(v):
        return "inf"
    return f"{v:.{nd}f}" if isinstance(v, float) else str(v)


_KERNELS: list[dict] = []


def _report(rows: list[Row], out_dir: Path, *, header: str, sensitivity, meta: dict,
            final: bool = True) -> None:
    """The results.md section (methods, token sensitivity, kernel latency, the plot), the JSON
    beside it; `final=False` marks the section as partial while the bench still runs."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    if not _KERNELS:
        _KERNELS.extend(kernel_latency())
    kernels = _KERNELS
    plot = out_dir / "quant_tradeoff.png"
    _plot(rows, plot)
    lines = ([SECTION_BEGIN, "## Quantization (`personalq bench quant`)", ""]
             + _methods_table(rows, header, meta)
             + (_sensitivity_tables(sensitivity) if sensitivity else [])
             + _kernels_table(kernels) + ["", f"![trade-off]({plot.name})", SECTION_END])
    section = "\n".join(lines) + "\n"
    if not final:
        section = section.replace("## Quantization (`personalq bench quant`)",
                                  "## Quantization (`personalq bench quant`) - PARTIAL, running")
    else:
        print("\n" + section)
    results = out_dir / "results.md"
    text = results.read_text() if results.is_file() else "# Results\n\n"
    if SECTION_BEGIN in text and SECTION_END in text:
        pre, rest = text.split(SECTION_BEGIN, 1)
        post = rest.split(SECTION_END, 1)[1].lstrip("\n")
        text = pre + section + post
    else:
        text = text.rstrip("\n") + "\n\n" + section
    results.write_text(text)
    (out_dir / "quant_bench.json").write_text(json.dumps(
        {"meta": meta, "rows": [r.__dict__ for r in rows], "sensitivity": sensitivity,
         "kernels": kernels},
        indent=1, default=str))
    if final:
        print(f"wrote {results} (section), {plot}, {out_dir / 'quant_bench.json'}")


def _methods_table(rows: list[Row], header: str, meta: dict) -> list[str]:
    """The setting, what each column measures, and one table row per method."""
    fp32 = next((r for r in rows if r.method == "fp32"), None)
    fp16 = next((r for r in rows if r.method == "fp16"), None)
    lines = [f"Setting: {header}. " + ", ".join(f"{k}={v}" for k, v in meta.items()) + ".",
             "Bytes: real tensor bytes of the UNet (parameters + buffers). Peak RSS: a fresh "
             "process loading that UNet (packed methods: from the saved quantized checkpoint) "
             "and running one forward pass; it includes the Python+torch runtime and the "
             "forward's activations. Load dRSS: RSS growth from loading the UNet alone.", "",
             "PSNR: per sample against the fp32 image of the same seed, mean [95% bootstrap CI] "
             "and median (the primary measure); pooled: one PSNR over all images (unstable: a "
             "few diverging trajectories dominate it). Judge dist: the judge's features vs the "
             "fp32 image's, in units of their mean norm.", "",
             "| method | setting | PSNR mean [CI] | median | judge dist | concept acc | "
             "scene acc | FD | pooled PSNR | UNet bytes | x fp32 | x fp16 | load dRSS MB | "
             "peak RSS MB | s/image |", "|---" * 15 + "|"]
    for r in rows:
        x32 = fp32.unet_bytes / r.unet_bytes if fp32 else None
        x16 = fp16.unet_bytes / r.unet_bytes if fp16 else None
        pe = r.extra
        ci = pe.get("paired_psnr_ci95")
        lines.append(
            f"| {r.method} | {r.setting} | {_fmt(pe.get('paired_psnr_mean'), 2)}"
            + (f" [{ci[0]:.2f}, {ci[1]:.2f}]" if ci else "") + " | "
            f"{_fmt(pe.get('paired_psnr_median'), 2)} | {_fmt(pe.get('paired_judge_dist'))} | "
            f"{_fmt(r.concept_acc)} | {_fmt(r.scene_acc)} | "
            f"{_fmt(r.fd, 1)} | {_fmt(r.psnr, 1)} | {r.unet_bytes:,} | {_fmt(x32, 2)} | "
            f"{_fmt(x16, 2)} | {_fmt(r.extra.get('load_rss_delta_mb'), 1)} | "
            f"{_fmt(r.peak_rss_mb, 0)} | {r.sec_per_image:.3f} |")
    return lines


def _sensitivity_tables(sensitivity: dict) -> list[str]:
    """Token sensitivity (K/V rows quantized per token kind) and the K/V row statistics."""
    lines = ["", f"Token sensitivity ({sensitivity['samples']} samples, float model, only "
             "the named K/V rows quantized per token): fp concept acc "
             f"{sensitivity['fp']['concept_acc']:.3f}", "",
             "| bits | rows quantized | PSNR vs fp32 mean (median) | judge dist | "
             "concept acc | drop vs fp | scene acc |", "|---|---|---|---|---|---|---|"]
    for s in sensitivity["rows"]:
        lines.append(f"| {s['bits']} | {s['rows']} | {_fmt(s.get('paired_psnr_mean'), 2)} "
                     f"({_fmt(s.get('paired_psnr_median'), 2)}) | "
                     f"{_fmt(s.get('paired_judge_dist'))} | {s['concept_acc']:.3f} | "
                     f"{sensitivity['fp']['concept_acc'] - s['concept_acc']:+.3f} | "
                     f"{s['scene_acc']:.3f} |")
    if sensitivity.get("kv_rows"):
        lines += ["", "Cross-attention K/V rows by token kind (same prompts, every attn2 "
                  "block): row L2 norm / the median row's, row |max| / the tensor's |max| "
                  "(1.0 = the row sets a per-tensor range), relative error of a 4-bit "
                  "per-tensor min-max grid on those rows.", "",
                  "| rows | K norm | V norm | K absmax share | V absmax share | K err A4 | "
                  "V err A4 |", "|---|---|---|---|---|---|---|"]
        for r in sensitivity["kv_rows"]:
            lines.append(f"| {r['rows']} | {r['k_norm']:.2f} | {r['v_norm']:.2f} | "
                         f"{r['k_absmax']:.2f} | {r['v_absmax']:.2f} | {r['k_err4']:.3f} | "
                         f"{r['v_err4']:.3f} |")
    return lines


def _kernels_table(kernels: list[dict]) -> list[str]:
    lines = ["", "Linear-layer latency on this CPU (1 thread; W8A8, static int8 activations): "
             "`torch._int_mm` vs dequantize+float matmul vs the fp32 layer.", "",
             "| tokens x in -> out | where | fp32 ms | int_mm ms | dequant ms |",
             "|---|---|---|---|---|"]
    for kr in kernels:
        lines.append(f"| {kr['shape']} | {kr['where']} | {kr['fp32_ms']:.2f} | "
                     f"{kr['int_mm_ms']:.2f} | {kr['dequant_ms']:.2f} |")
    return lines


PSNR_CAP = 60.0  # where the plot puts fp32 (identical to itself)


def _plot(rows: list[Row], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    use_acc = any(r.concept_acc is not None for r in rows)
    fig, ax = plt.subplots(figsize=(7, 4.5))
    markers = {"fp": "o", "W8A8": "s", "W8A4": "^", "W4A8": "v", "W4A4": "D"}
    use_paired = any("paired_psnr_mean" in r.extra for r in rows)
    for r in rows:
        y = r.concept_acc if use_acc else r.psnr
        if use_paired:  # fp32 against itself is capped (quant/paired.py); draw it at PSNR_CAP
            y = min(r.extra.get("paired_psnr_mean", 0.0), PSNR_CAP)
        if y is None or (isinstance(y, float) and np.isinf(y)):
            y = 60.0 if not use_acc else 0.0
        color = "C3" if r.method.startswith("taq") else ("C0" if r.setting == "fp" else "C7")
        ax.scatter(r.unet_bytes / 1e6, y, marker=markers.get(r.setting, "x"), color=color)
        ax.annotate(f"{r.method} {r.setting}", (r.unet_bytes / 1e6, y), fontsize=6)
    ax.set_xscale("log")
    ax.set_xlabel("resident UNet weight bytes (MB, log)")
    ax.set_ylabel("PSNR vs fp32 image of the same seed, per-sample mean (dB)" if use_paired
                  else "judge concept accuracy" if use_acc else "PSNR vs fp32 (dB)")
    ax.set_title("PersonalQ quantization trade-off (red: TAQ)")
    fig.tight_layout()
    fig.savefig(path, dpi=130)
    plt.close(fig)
