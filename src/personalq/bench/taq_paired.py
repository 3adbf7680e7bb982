"""`personalq bench taq`: does keeping the trigger exact ever hurt? Paired measurements.

On the model world's DreamBooth checkpoint (bruno by default), one calibration serves every
method; then, per setting (W8A8, W8A4; image-path activations per token in groups of 16, text
K/V static per-tensor, as docs/results.md):
1. Layer error: each cross-attention (attn2) block of the quantized UNet run on the exact
   inputs the fp32 block saw (eval prompts with the trigger, CFG batches, several timesteps of
   the fp32 trajectory); relative error of its output, split into the conditional and
   unconditional CFG halves, plus the quantized probabilities' |row sum - 1|. Every method in
   --layer-methods, including the ablations that isolate TAQ's parts (quant/methods.py).
2. Images (--methods): the same prompts and seeds as fp32; per-sample PSNR against the fp32
   image of the same seed (mean, median, 95% bootstrap CI; the pooled PSNR older tables used,
   for comparison), the judge network's feature distance to that fp32 image, the paired
   difference to plain calibration (qdiffusion), and the latent error after every step.
Writes benchmarks/results/taq_paired.json (keys "W8A8"/"W8A4" -> "<method>_psnr", ...),
taq_paired.md (the tables) and taq_paired.png.
"""

from __future__ import annotations

import json
import shlex
import sys
import time
from pathlib import Path

import numpy as np
import torch

from personalq import paths
from personalq.bench.quant_bench import (_world_calib_prompts, _world_eval_set, _world_setup,
                                         world_available)
from personalq.diffusion.generate import base_defaults
from personalq.diffusion.pipeline import protect_trigger, swap_unet
from personalq.errors import PersonalQError
from personalq.quant import paired
from personalq.quant.calibrate import calibrate, collect_unet_inputs
from personalq.quant.methods import METHODS, quantized_copy
from personalq.quant.taq import prompt_trigger_positions
from personalq.quant.triggers import expand_trigger
from personalq.world.judge import load_judge, predict

SETTINGS = {"W8A8": (8, 8), "W8A4": (8, 4)}
IMAGE_METHODS = ["qdiffusion", "textkv", "taq", "taq_uniform"]
LAYER_METHODS = ["qdiffusion", "textkv", "taq", "taq_uniform", "taq_log2", "taq_log2_renorm",
                 "taq_log2_half", "taq_log2_keep", "taq_kv_only", "taq_probs_only", "taq_cond",
                 "taq_cond_renorm", "qdiffusion_log2", "qdiffusion_renorm"]
JSON_NAMES = {"qdiffusion": "plain"}  # the key names: plain_psnr, taq_psnr, ...
DIVERGED_DB = 15.0  # a sample this far from its fp32 twin took another trajectory
OVERRIDES = {"act_mode": "dynamic_group", "act_group": 16, "text_act_mode": "static_tensor"}


def _name(method: str) -> str:
    return JSON_NAMES.get(method, method)


# ----------------------------------------------------------------------------- generation


@torch.no_grad()
def generate_paired(pipe, prompts: list[str], seeds: list[int], *, steps: int, guidance: float,
                    trigger: str | None, batch: int = 16,
                    perturb: float = 0.0) -> tuple[np.ndarray, torch.Tensor]:
    """(uint8 NHWC images, latents after every step (steps, N, C, h, w)). TAQ positions are set
    per group of prompts with the same trigger layout (as `bench quant` does). `perturb` adds
    that much (seeded) Gaussian noise to the initial latents: a stability check."""
    unet, vae = pipe.unet, pipe.vae
    scale = 2 ** (len(vae.config.block_out_channels) - 1)
    size = unet.config.sample_size * scale
    shape = (unet.config.in_channels, size // scale, size // scale)
    images: list = [None] * len(prompts)
    traj: list = [None] * len(prompts)
    groups: dict[tuple, list[int]] = {}
    for i, p in enumerate(prompts):
        key = tuple(prompt_trigger_positions(pipe.tokenizer, p, trigger)) if trigger else ()
        groups.setdefault(key, []).append(i)
    for idx in groups.values():
        for b in range(0, len(idx), batch):
            part = idx[b:b + batch]
            protect_trigger(pipe, prompts[part[0]], trigger, guidance_scale=guidance)
            lat = torch.stack([torch.randn(shape, generator=torch.Generator().manual_seed(
                seeds[i])) for i in part])
            if perturb:
                lat = lat + perturb * torch.randn(lat.shape, generator=torch.Generator()
                                                  .manual_seed(1 + seeds[part[0]]))
            steps_seen: list[torch.Tensor] = []

            def keep(_pipe, _i, _t, kw):
                steps_seen.append(kw["latents"].detach().clone())
                return kw

            res = pipe([prompts[i] for i in part], num_inference_steps=steps,
                       guidance_scale=guidance, latents=lat, height=size, width=size,
                       output_type="np", callback_on_step_end=keep)
            imgs = (np.asarray(res.images, dtype=np.float32) * 255).round().clip(0, 255)
            stacked = torch.stack(steps_seen)  # (steps, b, ...)
            for j, i in enumerate(part):
                images[i] = imgs[j].astype(np.uint8)
                traj[i] = stacked[:, j]
    return np.stack(images), torch.stack(traj, dim=1)


# ----------------------------------------------------------------------------- one method


def _layer_inputs(pipe, prompts, trigger, *, steps, guidance, n_prompts, timesteps):
    """fp32 attn2 inputs/outputs on the first `n_prompts` eval prompts at `timesteps` steps."""
    samples = collect_unet_inputs(pipe, [(p, trigger) for p in prompts[:n_prompts]],
                                  steps=steps, timesteps=timesteps, batch_size=1,
                                  guidance_scale=guidance, progress=False)
    calls = [(s.args, s.kwargs, s.positions[-1]) for s in samples]
    return paired.capture_cross_attention(pipe.unet, calls, cfg_batch=guidance > 1)


def _image_figures(images, traj, ref: dict, judge) -> dict:
    psnrs = paired.per_sample_psnr(images, ref["images"])
    feats = predict(judge, images)["features"]
    return {"psnr_per_sample": psnrs.tolist(), "psnr": paired.summarize(psnrs),
            "diverged": int((psnrs < DIVERGED_DB).sum()),
            "psnr_pooled": paired.pooled_psnr(images, ref["images"]),
            "judge_dist": paired.summarize(paired.feature_distance(feats, ref["feats"])),
            "latent_err_per_step": paired.latent_step_errors(traj, ref["traj"]).tolist()}


def run_method(pipe, fp_unet, method, w, a, calib, *, captured, ref, judge, prompts, seeds,
               steps, guidance, trigger, images: bool) -> dict:
    t0 = time.time()
    unet = quantized_copy(fp_unet, method, w, a, calib, **OVERRIDES)
    out: dict = {"quantize_s": round(time.time() - t0, 1)}
    layers = paired.cross_attention_errors(unet, captured)
    out["layers"] = layers
    out.update(paired.unet_step_errors(unet, captured, guidance))
    out["layer_err"] = paired.mean_layer_error(layers)
    for key in ("rel_err_cond", "rel_err_uncond", "rowsum_dev", "prob_rowmax",
                "trigger_mass_cond", "trigger_mass_uncond"):
        out[key] = paired.mean_layer_error(layers, key)
    if images:
        swap_unet(pipe, unet, trigger=trigger)
        try:
            t0 = time.time()
            imgs, traj = generate_paired(pipe, prompts, seeds, steps=steps, guidance=guidance,
                                         trigger=trigger)
            out["sec_per_image"] = (time.time() - t0) / len(prompts)
        finally:
            swap_unet(pipe, fp_unet)
        out.update(_image_figures(imgs, traj, ref, judge))
    return out


# ----------------------------------------------------------------------------- the run


def _setup(args):
    """(pipe, concept, card, prompts, seeds, steps, guidance, calib) for the world checkpoint."""
    if not world_available():
        raise PersonalQError("the model world is not installed (models/base, models/judge)",
                             hint="build it with `make world` or run `personalq bench quant "
                             "--tiny` for memory/latency only")
    pipe, concept, card = _world_setup(args.concept)
    steps = args.steps or 10
    guidance = float(base_defaults(pipe)["guidance_scale"])
    off = getattr(args, "seed_offset", 0)
    prompts, _, seeds = _world_eval_set(concept, off + args.samples)
    prompts, seeds = prompts[off:], seeds[off:]  # a seed range never used to choose a variant
    calib = calibrate(pipe, _world_calib_prompts(concept, args.calib_prompts), steps=steps,
                      timesteps=args.calib_timesteps, guidance_scale=guidance, batch_size=16,
                      progress=False)
    calib.stats_for(pipe.unet, progress=False)
    return pipe, concept, card, prompts, seeds, steps, guidance, calib


def _paired_vs(results: dict, base: str = "qdiffusion") -> None:
    """Per setting, each image method's per-sample PSNR minus the base's (same seeds):
    mean and 95% CI. A CI above 0 means 'better than plain' beyond noise."""
    for per_method in results.values():
        if base not in per_method or "psnr_per_sample" not in per_method[base]:
            continue
        b = np.asarray(per_method[base]["psnr_per_sample"])
        for r in per_method.values():
            if "psnr_per_sample" in r:
                r["psnr_diff_vs_plain"] = paired.summarize(np.asarray(r["psnr_per_sample"]) - b)


def _save_partial(args, results: dict) -> None:
    """Results so far (a cut-short run keeps them): taq_paired_partial.json."""
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "taq_paired_partial.json").write_text(json.dumps(results, indent=1, default=float))


def run(args) -> dict:
    torch.set_num_threads(args.threads)
    t_start = time.time()
    pipe, concept, card, prompts, seeds, steps, guidance, calib = _setup(args)
    trigger = concept.trigger
    print(f"checkpoint {card.id} ({card.format}), trigger {trigger}, {len(prompts)} samples, "
          f"{steps} steps, guidance {guidance}; calibration {time.time() - t_start:.0f} s")
    judge = load_judge(paths.WORLD_JUDGE_PATH)
    fp_unet = pipe.unet
    captured = _layer_inputs(pipe, prompts, trigger, steps=steps, guidance=guidance,
                             n_prompts=args.layer_prompts, timesteps=args.layer_timesteps)
    ref_imgs, ref_traj = generate_paired(pipe, prompts, seeds, steps=steps, guidance=guidance,
                                         trigger=trigger)
    ref = {"images": ref_imgs, "traj": ref_traj, "feats": predict(judge, ref_imgs)["features"]}
    results: dict = {}
    for setting in args.settings:
        w, a = SETTINGS[setting]
        for method in dict.fromkeys(args.layer_methods + args.methods):
            r = run_method(pipe, fp_unet, method, w, a, calib, captured=captured, ref=ref,
                           judge=judge, prompts=prompts, seeds=seeds, steps=steps,
                           guidance=guidance, trigger=trigger, images=method in args.methods)
            results.setdefault(setting, {})[method] = r
            _save_partial(args, results)
            psnr = r.get("psnr", {})
            print(f"{setting} {method:18s} layer err {r['layer_err']:.4f}"
                  + (f"  PSNR mean {psnr['mean']:.2f} median {psnr['median']:.2f} "
                     f"pooled {r['psnr_pooled']:.2f}" if psnr else ""), flush=True)
    _paired_vs(results)
    stability = _stability(pipe, fp_unet, calib, results, ref, prompts, seeds, steps=steps,
                           guidance=guidance, trigger=trigger, args=args)
    meta = {"trigger_tokens": _trigger_tokens(pipe, prompts[0], trigger),
            "stability": stability,
"checkpoint": card.id, "trigger": trigger, "samples": len(prompts), "steps": steps,
            "guidance": guidance, "calibration_prompts": args.calib_prompts,
            "calibration_timesteps": args.calib_timesteps,
            "seed_offset": getattr(args, "seed_offset", 0), "seeds": [seeds[0], seeds[-1]], "layer_prompts": args.layer_prompts,
            "layer_timesteps": args.layer_timesteps, "activations": OVERRIDES,
            "seconds": round(time.time() - t_start)}
    return {"meta": meta, "results": results}


def _trigger_tokens(pipe, prompt: str, trigger: str) -> dict:
    """The positions TAQ keeps for `prompt` and the token each holds (every sub-token of the
    trigger must be there)."""
    pos = prompt_trigger_positions(pipe.tokenizer, prompt, trigger)
    # as the pipeline tokenizes it: a multi-vector trigger written out as all its vectors
    ids = pipe.tokenizer(expand_trigger(pipe.tokenizer, prompt), padding="max_length", truncation=True,
                         max_length=pipe.tokenizer.model_max_length)["input_ids"]
    return {"prompt": prompt, "positions": pos,
            "tokens": pipe.tokenizer.convert_ids_to_tokens([ids[i] for i in pos])}


def _stability(pipe, fp_unet, calib, results, ref, prompts, seeds, *, steps, guidance,
               trigger, args) -> list[dict]:
    """Each --perturb-methods method at W8A4 again with the initial latents moved by
    --perturb (1e-5): how far pooled PSNR, mean and median of per-sample PSNR move."""
    out = []
    for method in args.perturb_methods if args.perturb else []:
        first = results.get("W8A4", {}).get(method)
        if not first or "psnr" not in first:
            continue
        unet = quantized_copy(fp_unet, method, 8, 4, calib, **OVERRIDES)
        swap_unet(pipe, unet, trigger=trigger)
        try:
            imgs, _ = generate_paired(pipe, prompts, seeds, steps=steps, guidance=guidance,
                                      trigger=trigger, perturb=args.perturb)
        finally:
            swap_unet(pipe, fp_unet)
        per = paired.per_sample_psnr(imgs, ref["images"])
        out.append({"method": method, "perturb": args.perturb,
                    "pooled": [first["psnr_pooled"], paired.pooled_psnr(imgs, ref["images"])],
                    "mean": [first["psnr"]["mean"], float(per.mean())],
                    "median": [first["psnr"]["median"], float(np.median(per))],
                    "diverged": [first["diverged"], int((per < DIVERGED_DB).sum())]})
        print(f"stability {method}: {out[-1]}", flush=True)
    return out


# ----------------------------------------------------------------------------- report


def summary_json(run_out: dict) -> dict:
    """The outside-checked file: {"W8A8": {"plain_psnr", "taq_psnr", "textkv_psnr", ...}, ...}
    (dB vs fp32, same seeds, the mean of per-sample PSNR), plus medians, CIs, pooled PSNR,
    judge distances, layer errors and the paired difference to plain."""
    out: dict = {}
    meta = run_out["meta"]
    for setting, per_method in run_out["results"].items():
        n = next((len(r["psnr_per_sample"]) for r in per_method.values()
                  if "psnr_per_sample" in r), meta["samples"])
        d: dict = {"samples": n, "steps": meta["steps"]}
        for method, r in per_method.items():
            n = _name(method)
            d[f"{n}_layer_err"] = r["layer_err"]
            if "psnr" not in r:
                continue
            d[f"{n}_psnr"] = r["psnr"]["mean"]
            d[f"{n}_psnr_median"] = r["psnr"]["median"]
            d[f"{n}_psnr_ci95"] = r["psnr"]["ci95"]
            d[f"{n}_psnr_pooled"] = r["psnr_pooled"]
            d[f"{n}_judge_dist"] = r["judge_dist"]["mean"]
            d[f"{n}_latent_err_final"] = r["latent_err_per_step"][-1]
            if "psnr_diff_vs_plain" in r:
                d[f"{n}_psnr_diff_vs_plain"] = r["psnr_diff_vs_plain"]["mean"]
                d[f"{n}_psnr_diff_vs_plain_ci95"] = r["psnr_diff_vs_plain"]["ci95"]
        out[setting] = d
    return out


def _f(v, nd=3) -> str:
    return "-" if v is None or (isinstance(v, float) and np.isnan(v)) else f"{v:.{nd}f}"


def image_table(per_method: dict) -> list[str]:
    lines = ["| method | PSNR mean [95% CI] | median | pooled | diverged | "
             "vs plain (paired) [95% CI] | judge dist | layer err | "
             "latent err step 1 / mid / last |",
             "|---|---|---|---|---|---|---|---|---|"]
    for m, r in per_method.items():
        if "psnr" not in r:
            continue
        p, lat = r["psnr"], r["latent_err_per_step"]
        dv = r.get("psnr_diff_vs_plain")
        diff = f"{dv['mean']:+.2f} [{dv['ci95'][0]:+.2f}, {dv['ci95'][1]:+.2f}]" if dv else "-"
        lines.append(f"| {m} | {p['mean']:.2f} [{p['ci95'][0]:.2f}, {p['ci95'][1]:.2f}] | "
                     f"{p['median']:.2f} | {r['psnr_pooled']:.2f} | {r.get('diverged', '-')} | {diff} | "
                     f"{r['judge_dist']['mean']:.3f} | {r['layer_err']:.4f} | "
                     f"{lat[0]:.4f} / {lat[len(lat) // 2]:.4f} / {lat[-1]:.4f} |")
    return lines


def layer_table(per_method: dict) -> list[str]:
    lines = ["| method | layer err (all) | cond half | uncond half | prob row-sum dev | "
             "UNet eps err: cond | uncond | guided |", "|---|---|---|---|---|---|---|---|"]
    for m, r in per_method.items():
        lines.append(f"| {m} | {r['layer_err']:.4f} | {_f(r['rel_err_cond'], 4)} | "
                     f"{_f(r['rel_err_uncond'], 4)} | {_f(r['rowsum_dev'], 4)} | "
                     f"{_f(r.get('eps_cond'), 4)} | {_f(r.get('eps_uncond'), 4)} | "
                     f"{_f(r.get('eps_guided'), 4)} |")
    return lines


def per_layer_table(per_method: dict, methods: list[str]) -> list[str]:
    methods = [m for m in methods if m in per_method]
    names = list(next(iter(per_method.values()))["layers"])
    lines = ["| attn2 block | " + " | ".join(methods) + " |",
             "|---|" + "---|" * len(methods)]
    for n in names:
        lines.append(f"| {n.replace('.transformer_blocks.0.attn2', '')} | " + " | ".join(
            f"{per_method[m]['layers'][n]['rel_err_all']:.4f}" for m in methods) + " |")
    return lines


def report_md(run_out: dict, command: str) -> str:
    meta, res = run_out["meta"], run_out["results"]
    any_r = next(iter(next(iter(res.values())).values()))
    n = meta["samples"]  # one count, or per setting when settings came from separate runs
    n = ", ".join(f"{v} ({k})" for k, v in n.items()) if isinstance(n, dict) else n
    lines = ["# TAQ, paired (`personalq bench taq`)", "",
             f"Command: `{command}`", "",
             f"Checkpoint `{meta['checkpoint']}` (model world DreamBooth, trigger "
             f"`{meta['trigger']}`), {n} samples (same prompts and seeds for "
             f"every row), {meta['steps']} DDIM steps, guidance {meta['guidance']}; calibration "
             f"{meta['calibration_prompts']} prompts x {meta['calibration_timesteps']} timesteps; "
             "image-path activations per token in groups of 16 channels, text K/V static "
             f"per-tensor. Layer errors: every attn2 block on the fp32 block's own inputs, "
             f"{meta['layer_prompts']} trigger prompts x {meta['layer_timesteps']} timesteps of "
             "the fp32 trajectory (CFG batches)."
             + (f" Run time {meta['seconds']} s." if meta.get("seconds") else "")
             + (f" Seeds {meta['seeds'][0]}..{meta['seeds'][1]} (eval prompts from offset "
                f"{meta.get('seed_offset', 0)})." if meta.get("seeds") else ""), "",
             "PSNR: per sample against the fp32 image of the same seed (dB); 'vs plain' is the "
             "mean per-sample difference to qdiffusion (plain calibration) with its bootstrap "
             "CI; judge dist: the judge network's penultimate features vs the fp32 image's, "
             "in units of the mean fp32 feature norm; latent err: ||z - z_fp32|| / ||z_fp32|| "
             "after a denoising step, mean over samples.", "",
             f"Trigger attention mass (fp32 probabilities, mean over attn2 blocks): conditional "
             f"half {_f(any_r.get('trigger_mass_cond'))}, unconditional half "
             f"{_f(any_r.get('trigger_mass_uncond'))} (there the positions hold padding). "
             f"Largest probability of a row (fp32, mean): {_f(any_r.get('prob_rowmax'))}. "
             f"Positions kept for `{meta['trigger_tokens']['prompt']}`: "
             f"{meta['trigger_tokens']['positions']} = {meta['trigger_tokens']['tokens']}."]
    for setting, per_method in res.items():
        lines += ["", f"## {setting}: images", ""] + image_table(per_method)
        lines += ["", f"## {setting}: cross-attention layer error, every variant", ""]
        lines += layer_table(per_method)
    if meta.get("stability"):
        lines += ["", f"## Stability: the same W8A4 runs with the initial latents moved by "
                  f"{meta['stability'][0]['perturb']:g}"
                  + (f" ({meta['stability_samples']} samples)" if "stability_samples" in meta
                     else ""), "",
                  f"diverged: samples below {DIVERGED_DB:g} dB (another trajectory).", "",
                  "| method | pooled PSNR | mean of per-sample | median | diverged |",
                  "|---|---|---|---|---|"]
        for st in meta["stability"]:
            lines.append(f"| {st['method']} | " + " | ".join(
                f"{st[k][0]:.2f} -> {st[k][1]:.2f}" for k in ("pooled", "mean", "median"))
                + f" | {st['diverged'][0]} -> {st['diverged'][1]} |")
    for setting, per_method in res.items():
        lines += ["", f"## {setting}: per attn2 block (relative output error)", ""]
        lines += per_layer_table(per_method, IMAGE_METHODS + ["taq_log2", "taq_cond"])
    return "\n".join(lines) + "\n"


def plot(run_out: dict, path: Path) -> None:
    """Per-sample PSNR boxes, latent error per step, layer error per variant."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    res = run_out["results"]
    fig, axes = plt.subplots(1, 3, figsize=(16, 4.8))
    data, labels = [], []
    for setting, per_method in res.items():
        for m, r in per_method.items():
            if "psnr_per_sample" in r:
                data.append(r["psnr_per_sample"])
                labels.append(f"{setting}\n{m}")
    if data:
        axes[0].boxplot(data, showmeans=True)
        axes[0].set_xticks(range(1, len(labels) + 1), labels, fontsize=6, rotation=45)
    axes[0].set_ylabel("PSNR vs fp32, same seed (dB)")
    axes[0].set_title("per-sample PSNR (triangle: mean)")
    for setting, per_method in res.items():
        for m, r in per_method.items():
            if "latent_err_per_step" in r:
                axes[1].plot(range(1, len(r["latent_err_per_step"]) + 1),
                             r["latent_err_per_step"], "-" if setting == "W8A4" else "--",
                             label=f"{setting} {m}")
    axes[1].set_xlabel("denoising step")
    axes[1].set_ylabel("latent rel. error vs fp32")
    axes[1].legend(fontsize=6)
    axes[1].set_title("trajectory drift")
    methods = list(next(iter(res.values())))
    x = np.arange(len(methods))
    for k, (setting, per_method) in enumerate(res.items()):
        axes[2].bar(x + 0.4 * k, [per_method.get(m, {}).get("layer_err", np.nan)
                                  for m in methods], 0.4,
                    label=setting)
    axes[2].set_xticks(x + 0.2, methods, fontsize=6, rotation=60, ha="right")
    axes[2].set_ylabel("attn2 output rel. error (same inputs)")
    axes[2].legend(fontsize=7)
    axes[2].set_title("cross-attention layer error")
    n = run_out["meta"]["samples"]
    n = ", ".join(f"{k} {v}" for k, v in n.items()) if isinstance(n, dict) else n
    fig.suptitle(f"TAQ paired, model world (samples: {n})")
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def write_outputs(run_out: dict, out_dir: Path, command: str) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "taq_paired.json").write_text(json.dumps(summary_json(run_out), indent=1))
    (out_dir / "taq_paired_full.json").write_text(json.dumps(run_out, indent=1, default=float))
    (out_dir / "taq_paired_partial.json").unlink(missing_ok=True)
    md = report_md(run_out, command)
    (out_dir / "taq_paired.md").write_text(md)
    plot(run_out, out_dir / "taq_paired.png")
    print(md)
    print(f"wrote {out_dir / 'taq_paired.json'}, taq_paired_full.json, taq_paired.md, "
          "taq_paired.png")


def merge_runs(full_paths: list[Path]) -> tuple[dict, str]:
    """One report from runs of separate settings (e.g. W8A4 and W8A8 run as two processes on
    a shared machine): their `taq_paired_full.json` files, each setting taken from the run that
    measured it. Returns (run output, the commands). Meta figures differing between the runs
    (samples) become per-setting dicts."""
    runs = []
    for p in full_paths:
        if not p.exists():
            raise PersonalQError(f"no bench taq output at {p}",
                                 hint="pass the taq_paired_full.json of each run to --merge")
        runs.append(json.loads(p.read_text()))
    meta = dict(runs[0]["meta"])
    results: dict = {}
    samples: dict = {}
    for r in runs:
        for setting, per_method in r["results"].items():
            results[setting] = per_method
            samples[setting] = r["meta"]["samples"]
    meta["samples"] = samples if len(set(samples.values())) > 1 else next(iter(samples.values()))
    meta["seconds"] = None
    commands = "; ".join(r["meta"].get("command") or _md_command(p)
                         for r, p in zip(runs, full_paths))
    return {"meta": meta, "results": results}, commands


def _md_command(full_json: Path) -> str:
    """The command a run's taq_paired.md names (runs written before meta kept it)."""
    md = full_json.with_name("taq_paired.md")
    for line in md.read_text().splitlines() if md.exists() else []:
        if line.startswith("Command: `"):
            return line[len("Command: `"):].rstrip("`")
    return "?"


def cmd_bench_taq(args) -> int:
    if getattr(args, "merge", None):
        out, command = merge_runs([Path(p) for p in args.merge])
        write_outputs(out, Path(args.out), command)
        return 0
    args.settings = args.settings.split(",")
    args.perturb_methods = args.perturb_methods.split(",") if args.perturb_methods else []
    args.methods = args.methods.split(",") if args.methods else list(IMAGE_METHODS)
    args.layer_methods = (args.layer_methods.split(",") if args.layer_methods
                          else list(LAYER_METHODS))
    bad = [m for m in args.methods + args.layer_methods if m not in METHODS]
    bad += [s for s in args.settings if s not in SETTINGS]
    if bad:
        raise PersonalQError(f"unknown method(s)/setting(s) {bad}",
                             hint=f"methods: {', '.join(METHODS)}; settings: "
                             f"{', '.join(SETTINGS)}")
    if args.samples < 2:
        raise PersonalQError("--samples must be at least 2 (a confidence interval needs two)",
                             hint="use --samples 8 for a quick look, 64+ for the bar")
    out = run(args)
    command = "personalq bench taq " + " ".join(shlex.quote(a) for a in sys.argv[3:])
    out["meta"]["command"] = command
    write_outputs(out, Path(args.out), command)
    return 0
