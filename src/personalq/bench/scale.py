"""`personalq bench scale`: quantization at the size users serve (SD1.5, SDXL) on this machine.

The SD1.5 and SDXL UNet architectures come from their diffusers configs (configs/*.json, copied
from runwayml/stable-diffusion-v1-5 and stabilityai/stable-diffusion-xl-base-1.0
unet/config.json); the weights are seeded random, since none can be downloaded here, so every
figure is about memory and speed, none about image quality. Per model, one run reports:

- resident weight bytes: fp32, fp16/bf16, W8 and W4 packed, and the ratios to fp32;
- quantizing it (calibration statistics streamed over --calib-prompts x --calib-timesteps UNet
  calls, GPTQ weights where the Hessian fits, the packed checkpoint written to disk): wall time
  and peak RSS of that process alone (a subprocess; its own `ru_maxrss`);
- one UNet forward (batch 2 = classifier-free guidance) fp32 vs W8A8 vs W4A8 vs W4A16 as
  ratios, with the forward path every packed layer ran on (int8 kernel, fake-quant, ...);
- SD1.5: a real-size kohya-format rank-16 LoRA (written here) loaded unmerged on the W8A8 UNet;
- the world's own UNet (models/base): W8A8 forward vs fp32, same inputs.

Each model runs in its own subprocesses, one after another, so their memory never adds up
(SDXL fp32 alone is ~10 GB). Writes benchmarks/results/scale_cpu.{json,md,png}.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from personalq import paths
from personalq.errors import PersonalQError
from personalq.quant import packed
from personalq.quant.calibrate import CalibSample
from personalq.quant.calibrate import Calibration
from personalq.quant.checkpoint import load_quantized_unet
from personalq.quant.checkpoint import save_quantized
from personalq.quant.path_choice import choose_paths, path_summary
from personalq.quant.methods import quantize_unet
from personalq.quant.methods import quantized_copy
from personalq.quant.packed import QuantConv2d, QuantLinear
from personalq.quant.packed import keep_int8_codes
from personalq.quant.packed import layer_paths, resident_bytes
from personalq.quant.packed import resident_bytes

CONFIG_DIR = Path(__file__).parent / "configs"
ARCHS = {"sd15": "sd15_unet.json", "sdxl": "sdxl_unet.json"}
RANDOM_NOTE = "random weights: memory/speed only, no image quality"
METHOD = "dynamic"  # every Linear/Conv on the integer kernel, attention fused (quant/methods.py)
LORA_RANK = 16


# ----------------------------------------------------------------------------- architectures


def arch_config(name: str, toy: bool = False) -> dict:
    """The diffusers UNet config of `name` (sd15 / sdxl); `toy`: the same block structure at a
    few hundred thousand parameters (tests)."""
    cfg = {k: v for k, v in json.loads((CONFIG_DIR / ARCHS[name]).read_text()).items()
           if not k.startswith("_")}
    if toy:
        n = len(cfg["block_out_channels"])
        cfg.update(norm_num_groups=8, cross_attention_dim=64, layers_per_block=1)
        if name == "sdxl":
            cfg.update(block_out_channels=[40, 80, 80][:n], transformer_layers_per_block=[1, 1, 2],
                       addition_time_embed_dim=8, projection_class_embeddings_input_dim=80)
        else:
            cfg.update(block_out_channels=[32, 64, 64, 64][:n])
    return cfg


def make_unet(cfg: dict, seed: int = 0):
    """A UNet2DConditionModel of `cfg` with seeded random weights (eval mode)."""
    import torch
    from diffusers import UNet2DConditionModel

    torch.manual_seed(seed)
    return UNet2DConditionModel.from_config(cfg).eval()


def unet_inputs(cfg: dict, batch: int, latent: int, seed: int, timestep: int = 500) -> dict:
    """Forward kwargs: latents, timestep, text embeddings (77 tokens), and SDXL's added
    conditioning (pooled text embedding + 6 size/crop ids) when the config asks for it."""
    import torch

    g = torch.Generator().manual_seed(seed)
    out = {"sample": torch.randn(batch, cfg.get("in_channels", 4), latent, latent, generator=g),
           "timestep": torch.tensor(timestep),
           "encoder_hidden_states": torch.randn(batch, 77, cfg["cross_attention_dim"],
                                                generator=g)}
    if cfg.get("addition_embed_type") == "text_time":
        pooled = cfg["projection_class_embeddings_input_dim"] - 6 * cfg["addition_time_embed_dim"]
        size = float(latent * 8)
        out["added_cond_kwargs"] = {
            "text_embeds": torch.randn(batch, pooled, generator=g),
            "time_ids": torch.tensor([[size, size, 0.0, 0.0, size, size]] * batch)}
    return out


def calib_samples(cfg: dict, prompts: int, timesteps: int, latent: int, seed: int = 1) -> list:
    """Calibration inputs without a text encoder: `prompts` random text embeddings (batch 2,
    as classifier-free guidance runs) at `timesteps` timesteps spread over the schedule. The
    statistics of every call are folded in as it runs (quant/calibrate.py), never stored."""

    out = []
    for p in range(prompts):
        for i in range(timesteps):
            t = int(999 - i * 998 / max(timesteps - 1, 1))
            kw = unet_inputs(cfg, 2, latent, seed + 97 * p + i, timestep=t)
            out.append(CalibSample(args=(), kwargs=kw, positions=[[], []], group=p))
    return out


def peak_rss_gb() -> float:
    """This process's peak resident set size (Linux reports ru_maxrss in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2


WARMUP = 1  # untimed forwards before timing (--warmup)


def time_forward(unet, inputs: dict, repeats: int, keep: list | None = None) -> dict:
    """Seconds per forward after WARMUP untimed calls: min and median of `repeats` (min is the
    figure least disturbed by other processes on a shared machine). `keep`: the last output
    is appended to it (saves a forward at SD scale)."""
    import torch

    times, cpu = [], []
    with torch.inference_mode():
        for _ in range(WARMUP):
            unet(**inputs)
        for _ in range(repeats):
            t0, c0 = time.perf_counter(), time.process_time()
            y = unet(**inputs).sample
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    if keep is not None:
        keep.append(y)
    return {"min_s": round(min(times), 4), "median_s": round(statistics.median(times), 4),
            "cpu_min_s": round(min(cpu), 4), "warmup": WARMUP}


def weight_bytes(unet) -> dict:
    """Resident weight bytes of a float UNet: fp32 as held, fp16/bf16 (2 bytes per value)."""

    values = sum(t.numel() for t in list(unet.parameters()) + list(unet.buffers()))
    return {"fp32": resident_bytes(unet), "fp16": values * 2, "params": values}


# ----------------------------------------------------------------------------- workers


def worker_quantize(model: str, wbits: int, out: Path, *, toy: bool, latent: int,
                    prompts: int, timesteps: int, rounding: str) -> dict:
    """Build the float UNet, calibrate (streamed statistics), quantize in place, save the packed
    checkpoint. The caller reads this process's peak RSS from the result."""
    import torch


    cfg = arch_config(model, toy)
    unet = make_unet(cfg)
    fbytes = weight_bytes(unet)
    t0 = time.perf_counter()
    calib = Calibration(samples=calib_samples(cfg, prompts, timesteps, latent))
    with torch.inference_mode(False), torch.no_grad():
        quantize_unet(unet, METHOD, wbits, 8, calib, weight_rounding=rounding)
    seconds = time.perf_counter() - t0
    save_quantized(unet, out, source=f"random {model} ({RANDOM_NOTE})")
    return {"bytes_fp32": fbytes["fp32"], "bytes_fp16": fbytes["fp16"], "params": fbytes["params"],
            f"bytes_w{wbits}": resident_bytes(unet), "quantize_s": round(seconds, 1),
            "calib_calls": prompts * timesteps, "rounding": rounding,
            "peak_rss_gb": round(peak_rss_gb(), 3)}


def _drop_activation_quant(unet) -> None:
    """W4A16 from a W4A8 checkpoint: the same packed weights, inputs left in float."""

    for m in unet.modules():
        if isinstance(m, (QuantLinear, QuantConv2d)) and getattr(m, "packed", True):
            m.act = None


def _measure(unet, inputs, repeats, ref) -> dict:
    import torch


    out: list = []
    row = time_forward(unet, inputs, repeats, keep=out)
    y = out[0]
    row.update(paths=layer_paths(unet), bytes=resident_bytes(unet), _out=y)
    if ref is not None:
        row["rel_err_vs_fp32"] = round(float((y - ref).norm() / ref.norm()), 4)
    return row


VARIANTS = ("w8a8", "w4a8", "w4a8_int8_resident", "w4a16")


def worker_forward(model: str, ckpts: dict, *, toy: bool, latent: int, repeats: int,
                   lora: bool, fake: bool, variants: tuple = VARIANTS) -> dict:
    """fp32, then each packed variant loaded from its checkpoint, one at a time."""
    import torch


    cfg = arch_config(model, toy)
    inputs = unet_inputs(cfg, 2, latent, seed=123)
    unet = make_unet(cfg)
    keep: list = []
    rows = {"fp32": time_forward(unet, inputs, repeats, keep=keep)}
    ref = keep[0]
    del unet
    gc.collect()
    variants_all = [("w8a8", "w8", None), ("w4a8", "w4", None),
                    ("w4a8_int8_resident", "w4", keep_int8_codes),
                    ("w4a16", "w4", _drop_activation_quant)]
    for name, key, setup in [v for v in variants_all if v[0] in variants]:
        unet = load_quantized_unet(ckpts[key])
        if setup is not None:
            setup(unet)
        rows[name] = _measure(unet, inputs, repeats, ref)
        base_out = rows[name].pop("_out")
        if name == "w8a8" and fake:
            packed.USE_INT_MM = False
            try:
                rows["w8a8_fake_quant"] = _measure(unet, inputs, repeats, ref)
                rows["w8a8_fake_quant"].pop("_out")
            finally:
                packed.USE_INT_MM = True
        if name == "w8a8" and lora:
            rows["w8a8_lora"] = _lora_row(unet, inputs, repeats, base_out)
        del unet
        gc.collect()
    return {"forward": rows, "latent": latent, "batch": 2, "repeats": repeats,
            "threads": torch.get_num_threads(), "peak_rss_gb": round(peak_rss_gb(), 3)}


def kohya_lora(unet, rank: int = LORA_RANK, seed: int = 7) -> dict:
    """A kohya-ss format LoRA (`lora_unet_<module_path>.lora_down/.lora_up/.alpha`) of `rank`
    on every Linear and 1x1 conv inside the transformer blocks (attention projections,
    feed-forward, proj_in/proj_out): what kohya's sd-scripts trains by default for SD1.5."""
    import torch

    g = torch.Generator().manual_seed(seed)
    out = {}
    for name, m in unet.named_modules():
        if ".attentions." not in name or not hasattr(m, "weight") or "norm" in name:
            continue
        if type(m).__name__ in ("QuantLinear", "Linear"):
            din, dout, tail = m.in_features, m.out_features, ()
        elif type(m).__name__ in ("QuantConv2d", "Conv2d") and tuple(m.kernel_size) == (1, 1):
            din, dout, tail = m.in_channels, m.out_channels, (1, 1)
        else:
            continue
        key = "lora_unet_" + name.replace(".", "_")
        out[f"{key}.lora_down.weight"] = (torch.randn(rank, din, *tail, generator=g)
                                          / din ** 0.5).half()
        out[f"{key}.lora_up.weight"] = (torch.randn(dout, rank, *tail, generator=g)
                                        * 0.01).half()
        out[f"{key}.alpha"] = torch.tensor(float(rank)).half()
    return out


def _lora_row(unet, inputs: dict, repeats: int, base) -> dict:
    """Write a kohya LoRA to disk, load it unmerged on the quantized UNet (diffusers' kohya
    conversion + peft), time the forward and check it changed the output."""
    import torch
    from diffusers import StableDiffusionPipeline
    from safetensors.torch import load_file, save_file

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kohya_rank16.safetensors"
        save_file(kohya_lora(unet), str(path))
        file_bytes = path.stat().st_size
        state, alphas = StableDiffusionPipeline.lora_state_dict(load_file(str(path)))
    unet.load_lora_adapter(state, network_alphas=alphas, prefix="unet", adapter_name="kohya")
    out: list = []
    row = time_forward(unet, inputs, repeats, keep=out)
    y = out[0]
    n_lora = sum(1 for n, _ in unet.named_modules() if n.endswith("lora_A.kohya"))
    base_types = {type(m.base_layer).__name__ for m in unet.modules() if hasattr(m, "base_layer")}
    row.update(lora_file_bytes=file_bytes, lora_layers=n_lora, rank=LORA_RANK,
               base_layer_types=sorted(base_types), unmerged=True,
               changed_output_rel=round(float((y - base).norm() / base.norm()), 5))
    unet.delete_adapters("kohya")
    return row


def time_interleaved(models: dict, inputs: dict, repeats: int) -> dict:
    """Per model: min/median wall seconds and min/median CPU seconds of this process (all its
    threads) per forward, the models called in turn each round (a shared machine's load drifts;
    taking turns exposes every model to the same drift, and CPU time ignores the time other
    processes hold the cores)."""
    import torch

    wall: dict = {k: [] for k in models}
    cpu: dict = {k: [] for k in models}
    with torch.inference_mode():
        for m in models.values():
            for _ in range(WARMUP):
                m(**inputs)
        for _ in range(repeats):
            for k, m in models.items():
                t0, c0 = time.perf_counter(), time.process_time()
                m(**inputs)
                wall[k].append(time.perf_counter() - t0)
                cpu[k].append(time.process_time() - c0)
    return {k: {"min_s": round(min(wall[k]), 5), "median_s": round(statistics.median(wall[k]), 5),
                "cpu_min_s": round(min(cpu[k]), 5),
                "cpu_median_s": round(statistics.median(cpu[k]), 5), "warmup": WARMUP}
            for k in models}


def worker_world(base: Path, *, repeats: int, prompts: int, timesteps: int,
                 rounding: str = "gptq") -> dict:
    """The world's UNet (models/base): W8A8 (`dynamic`) vs fp32 forward, same inputs. W8A8 runs
    twice: every layer on the int8 kernel, and with the per-layer path measured faster at load
    time (`path_choice.choose_paths`, on other inputs than the timed ones)."""
    import copy

    import torch
    from diffusers import UNet2DConditionModel

    unet = UNet2DConditionModel.from_pretrained(base / "unet").eval()
    cfg = dict(unet.config)
    latent = cfg["sample_size"]
    calib = Calibration(samples=calib_samples(cfg, prompts, timesteps, latent))
    q_all = quantized_copy(unet, METHOD, 8, 8, calib, weight_rounding=rounding)
    q = copy.deepcopy(q_all)
    inputs = unet_inputs(cfg, 2, latent, seed=123)
    t0 = time.perf_counter()
    choices = choose_paths(q, unet_inputs(cfg, 2, latent, seed=7))  # not the timed inputs
    tune_s = time.perf_counter() - t0
    with torch.inference_mode():
        ref = unet(**inputs).sample
        errs = {k: round(float((m(**inputs).sample - ref).norm() / ref.norm()), 4)
                for k, m in (("w8a8", q), ("w8a8_int8_all", q_all))}
    rows = time_interleaved({"fp32": unet, "w8a8": q, "w8a8_int8_all": q_all}, inputs, repeats)
    for k, m in (("w8a8", q), ("w8a8_int8_all", q_all)):
        rows[k].update(paths=layer_paths(m), bytes=resident_bytes(m), rel_err_vs_fp32=errs[k])
    rows["w8a8"].update(path_choice=path_summary(choices, q), tune_s=round(tune_s, 2))
    return {"forward": rows, "latent": latent, "batch": 2, "repeats": repeats,
            "threads": torch.get_num_threads(), "peak_rss_gb": round(peak_rss_gb(), 3),
            "path_choice_per_layer": choices}


# ----------------------------------------------------------------------------- orchestration

WORKERS = {"quantize": worker_quantize, "forward": worker_forward, "world": worker_world}


def run_worker(fn: str, kwargs: dict, *, threads: int, nice: int) -> dict:
    """Run one worker in a fresh Python process (its memory is its own) and return its JSON."""
    spec = json.dumps({"fn": fn, "kwargs": kwargs, "threads": threads, "warmup": WARMUP},
                      default=str)
    proc = subprocess.run([sys.executable, "-m", "personalq.bench.scale", "--worker", spec],
                          capture_output=True, text=True,
                          preexec_fn=lambda: os.nice(max(0, nice - os.nice(0))))  # absolute
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise PersonalQError(f"bench scale worker {fn} failed (exit {proc.returncode})",
                             hint=proc.stderr.strip()[-1500:])
    return json.loads(lines[-1])


def _worker_main(spec_json: str) -> int:
    import torch

    global WARMUP
    spec = json.loads(spec_json)
    torch.set_num_threads(spec["threads"])
    WARMUP = spec.get("warmup", WARMUP)
    kwargs = spec["kwargs"]
    for key in ("out", "base"):
        if key in kwargs:
            kwargs[key] = Path(kwargs[key])
    result = WORKERS[spec["fn"]](**kwargs)
    print(json.dumps(result))
    return 0


def bench_model(model: str, args: argparse.Namespace, tmp: Path) -> dict:
    """Quantize (W8, W4) and time one architecture; each step in its own process."""
    sdxl = model == "sdxl"
    latent = args.sdxl_latent if sdxl else args.latent
    latent = min(latent, 16) if args.toy else latent
    common = dict(toy=args.toy, latent=latent)
    qkw = dict(common, prompts=args.calib_prompts, timesteps=args.calib_timesteps,
               rounding=args.sdxl_rounding if sdxl else args.rounding)
    run = dict(threads=args.threads, nice=args.nice)
    q8 = run_worker("quantize", dict(qkw, model=model, wbits=8, out=str(tmp / f"{model}-w8")),
                    **run)
    print(f"  {model}: quantized W8A8 in {q8['quantize_s']} s, peak RSS {q8['peak_rss_gb']} GB")
    q4 = run_worker("quantize", dict(qkw, model=model, wbits=4, out=str(tmp / f"{model}-w4"),
                                     rounding=args.w4_rounding), **run)
    print(f"  {model}: quantized W4A8 in {q4['quantize_s']} s, peak RSS {q4['peak_rss_gb']} GB")
    fwd = run_worker("forward", dict(common, model=model, repeats=args.sdxl_repeats if sdxl
                                     else args.repeats,
                                     ckpts={"w8": str(tmp / f"{model}-w8"),
                                            "w4": str(tmp / f"{model}-w4")},
                                     lora=not sdxl, fake=not sdxl and args.fake,
                                     variants=args.sdxl_variants.split(",") if sdxl
                                     else VARIANTS), **run)
    return summarize(model, q8, q4, fwd, args)


def summarize(model: str, q8: dict, q4: dict, fwd: dict, args) -> dict:
    """The figures of one model: ratios against fp32 from the same run."""
    f = fwd["forward"]
    fp = f["fp32"]["min_s"]
    out = {"bytes_fp32": q8["bytes_fp32"], "bytes_fp16": q8["bytes_fp16"],
           "bytes_w8": q8["bytes_w8"], "bytes_w4": q4["bytes_w4"], "params": q8["params"],
           "bytes_ratio_fp16_vs_fp32": round(q8["bytes_fp32"] / q8["bytes_fp16"], 3),
           "bytes_ratio_w8_vs_fp32": round(q8["bytes_fp32"] / q8["bytes_w8"], 3),
           "bytes_ratio_w4_vs_fp32": round(q8["bytes_fp32"] / q4["bytes_w4"], 3),
           "quantize_peak_rss_gb": q8["peak_rss_gb"], "quantize_s": q8["quantize_s"],
           "quantize_w4_peak_rss_gb": q4["peak_rss_gb"], "quantize_w4_s": q4["quantize_s"],
           "weight_rounding": q8["rounding"], "w4_weight_rounding": q4["rounding"],
           "calib_calls": q8["calib_calls"],
           "method": METHOD, "latent": fwd["latent"], "batch": fwd["batch"],
           "forward_repeats": fwd["repeats"], "threads": fwd["threads"],
           "forward_peak_rss_gb": fwd["peak_rss_gb"], "forward": f,
           "weights": RANDOM_NOTE, "toy": bool(args.toy)}
    for name, row in f.items():
        if name != "fp32":
            out[f"speedup_{name}_vs_fp32"] = round(fp / row["min_s"], 3)
            if "cpu_min_s" in row and "cpu_min_s" in f["fp32"]:
                out[f"speedup_{name}_vs_fp32_cpu_time"] = round(
                    f["fp32"]["cpu_min_s"] / row["cpu_min_s"], 3)
    return out


def cmd_bench_scale(args: argparse.Namespace) -> int:
    """The world UNet, then every model of --models (SDXL last: the largest); writes
    scale_cpu.{json,md,png} after each, so finished parts survive a later failure."""

    global WARMUP
    WARMUP = args.warmup
    print(f"bench scale ({RANDOM_NOTE}; method {METHOD}, {args.threads} threads"
          f"{', TOY sizes' if args.toy else ''})")
    out = Path(args.out or paths.PROJECT_ROOT / "benchmarks" / "results")
    stem = "scale_cpu" + ("_toy" if args.toy else "")
    results = earlier_results(out / f"{stem}.json", args)
    if not args.no_world:
        w = run_worker("world", dict(base=str(args.base), repeats=args.world_repeats,
                                     rounding=args.rounding,
                                     prompts=args.calib_prompts, timesteps=args.calib_timesteps),
                       threads=args.world_threads or args.threads, nice=args.nice)
        f = w["forward"]
        for k in ("w8a8", "w8a8_int8_all"):
            w[f"speedup_{k}_vs_fp32"] = round(f["fp32"]["min_s"] / f[k]["min_s"], 3)
            w[f"speedup_{k}_vs_fp32_cpu_time"] = round(f["fp32"]["cpu_min_s"]
                                                       / f[k]["cpu_min_s"], 3)
        results["world"] = w
        write_results(results, out, stem)
        print(format_world(w))
    with tempfile.TemporaryDirectory(prefix="pq-scale-", dir=args.tmp) as tmp:
        for model in [m.strip() for m in args.models.split(",") if m.strip()]:
            if model not in ARCHS:
                raise PersonalQError(f"unknown model {model!r}", hint="use sd15 and/or sdxl")
            results[model] = bench_model(model, args, Path(tmp))
            print(format_model(model, results[model]), flush=True)
            write_results(results, out, stem)  # partial results survive a later failure
    write_results(results, out, stem)
    return 0


def earlier_results(path: Path, args: argparse.Namespace) -> dict:
    """The models of an earlier run's JSON that this run does not measure (e.g. SDXL, run on
    its own because of its memory), flagged `earlier_run`, so one file keeps every model."""
    if not path.exists():
        return {}
    try:
        old = json.loads(path.read_text())
    except ValueError:
        return {}
    now = {m.strip() for m in args.models.split(",")} | (set() if args.no_world else {"world"})
    return {m: dict(r, earlier_run=True) for m, r in old.items() if m not in now}


def format_world(w: dict) -> str:
    f = w["forward"]
    lines = [f"world UNet (models/base, real weights), batch 2, {w['latent']}x{w['latent']} "
             f"latents, {w['threads']} thread(s), {w['repeats']} interleaved rounds; min wall / "
             f"min CPU time per forward:",
             f"  fp32           {f['fp32']['min_s'] * 1e3:6.1f} ms / "
             f"{f['fp32']['cpu_min_s'] * 1e3:6.1f} ms"]
    for k, label in (("w8a8_int8_all", "W8A8 int8 everywhere"),
                     ("w8a8", "W8A8 per-layer path")):
        lines.append(f"  {label:22s} {f[k]['min_s'] * 1e3:6.1f} ms / "
                     f"{f[k]['cpu_min_s'] * 1e3:6.1f} ms -> {w[f'speedup_{k}_vs_fp32']}x wall, "
                     f"{w[f'speedup_{k}_vs_fp32_cpu_time']}x CPU time vs fp32; paths "
                     f"{f[k]['paths']}, rel err {f[k]['rel_err_vs_fp32']}")
    lines.append(f"  per-layer choice (measured at load, {f['w8a8']['tune_s']} s): "
                 f"{f['w8a8']['path_choice']}")
    return "\n".join(lines)


def format_model(model: str, r: dict) -> str:
    """The printed block of one model (figures are ratios against fp32 of the same run)."""
    gb = 1024 ** 3
    lines = [f"{model} UNet ({r['params'] / 1e6:.0f}M params, {RANDOM_NOTE})",
             f"  weights: fp32 {r['bytes_fp32'] / gb:.2f} GiB, fp16 {r['bytes_fp16'] / gb:.2f}, "
             f"W8 {r['bytes_w8'] / gb:.3f} ({r['bytes_ratio_w8_vs_fp32']}x smaller), "
             f"W4 {r['bytes_w4'] / gb:.3f} ({r['bytes_ratio_w4_vs_fp32']}x)",
             f"  quantize ({r['weight_rounding']} weights, {r['calib_calls']} calibration calls): "
             f"W8 {r['quantize_s']} s, peak RSS {r['quantize_peak_rss_gb']} GB; "
             f"W4 {r['quantize_w4_s']} s, peak RSS {r['quantize_w4_peak_rss_gb']} GB",
             f"  forward, batch 2, {r['latent']}x{r['latent']} latents (min of "
             f"{r['forward_repeats']} after warm-up):"]
    fp = r["forward"]["fp32"]["min_s"]
    for name, row in r["forward"].items():
        extra = "" if name == "fp32" else (f" {fp / row['min_s']:.2f}x vs fp32, paths "
                                           f"{row.get('paths')}, rel err "
                                           f"{row.get('rel_err_vs_fp32', '-')}")
        lines.append(f"    {name:20s} {row['min_s']:8.3f} s{extra}")
    return "\n".join(lines)


def write_results(results: dict, out: Path, stem: str) -> None:
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{stem}.json").write_text(json.dumps(results, indent=1))
    (out / f"{stem}.md").write_text(markdown(results))
    plot(results, out / f"{stem}.png")
    print(f"wrote {out / stem}.json, .md, .png")


def markdown(results: dict) -> str:
    rows = ["# bench scale (CPU)", "", f"SD1.5 / SDXL: {RANDOM_NOTE}. Ratios are against fp32 "
            "in the same run; forward = one UNet call, batch 2 (classifier-free guidance), min "
            "over repeats after a warm-up. `paths`: how many packed layers ran on each forward "
            "path (int8 = torch._int_mm kernel).", "",
            "| model | W8 bytes vs fp32 | W4 bytes vs fp32 | quantize peak RSS (GB) | "
            "quantize s | W8A8 | W4A8 | W4A8 int8-resident | W4A16 | W8A8 fake-quant | "
            "W8A8 + LoRA |", "|---" * 11 + "|"]
    for model, r in results.items():
        if model == "world":
            continue
        s = lambda k: r.get(f"speedup_{k}_vs_fp32", "-")  # noqa: E731
        label = f"{model} ({r['latent']}x{r['latent']}){' (earlier run)' if r.get('earlier_run') else ''}"
        rows.append(f"| {label} | {r['bytes_ratio_w8_vs_fp32']}x | "
                    f"{r['bytes_ratio_w4_vs_fp32']}x | {r['quantize_peak_rss_gb']} | "
                    f"{r['quantize_s']} | {s('w8a8')}x | {s('w4a8')}x | "
                    f"{s('w4a8_int8_resident')}x | {s('w4a16')}x | {s('w8a8_fake_quant')}x | "
                    f"{s('w8a8_lora')}x |")
    if "world" in results:
        w = results["world"]
        f = w["forward"]
        rows += ["", f"World UNet (models/base, real weights, {w['latent']}x{w['latent']} "
                 f"latents, {w.get('threads', '?')} thread(s)): W8A8 forward "
                 f"{w['speedup_w8a8_vs_fp32']}x vs fp32 by wall time "
                 f"({w.get('speedup_w8a8_vs_fp32_cpu_time', '-')}x by CPU time; fp32 "
                 f"{f['fp32']['min_s'] * 1e3:.1f} ms, W8A8 {f['w8a8']['min_s'] * 1e3:.1f} ms), "
                 "each layer on the path measured faster at load time: "
                 f"{f['w8a8'].get('path_choice', f['w8a8'].get('paths'))} (dequant: the int8 "
                 "weight dequantized per call, that layer's input left in float). Every layer on "
                 f"the int8 kernel: {w.get('speedup_w8a8_int8_all_vs_fp32', '-')}x wall, "
                 f"{w.get('speedup_w8a8_int8_all_vs_fp32_cpu_time', '-')}x CPU time."]
    if any(r.get("earlier_run") for r in results.values()):
        rows += ["", "Rows marked (earlier run) were kept from the JSON an earlier run wrote "
                 "(this run did not measure those models)."]
    rows += ["", "Per-variant details (seconds, paths, relative output error vs fp32, LoRA) "
             "are in the JSON next to this file.", ""]
    return "\n".join(rows)


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = [m for m in results if m != "world"]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 4))
    for i, m in enumerate(models):
        r = results[m]
        ax1.bar([i - 0.2, i + 0.2], [r["bytes_ratio_w8_vs_fp32"], r["bytes_ratio_w4_vs_fp32"]],
                width=0.4, color=["tab:blue", "tab:orange"])
        names = [k for k in r["forward"] if k != "fp32"]
        ax2.bar([i + (j - len(names) / 2) * 0.12 for j in range(len(names))],
                [r[f"speedup_{k}_vs_fp32"] for k in names], width=0.12,
                color=[f"C{j}" for j in range(len(names))],
                label=names if i == 0 else None)
    if "world" in results:
        ax2.bar([len(models)], [results["world"]["speedup_w8a8_vs_fp32"]], width=0.12,
                color="C0")
    ax1.set_xticks(range(len(models)), models)
    ax1.set_title("resident weight bytes, fp32 / packed (W8 blue, W4 orange)")
    ax2.set_xticks(range(len(models) + ("world" in results)),
                   models + (["world"] if "world" in results else []))
    ax2.axhline(1.0, color="k", lw=0.8)
    ax2.set_title("UNet forward speedup vs fp32 (CPU)")
    ax2.legend(fontsize=7)
    fig.suptitle(f"bench scale: SD1.5/SDXL with {RANDOM_NOTE}", fontsize=9)
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--models", default="sd15,sdxl", help="comma-separated: sd15, sdxl")
    p.add_argument("--toy", action="store_true", help="tiny versions of the architectures (tests)")
    p.add_argument("--latent", type=int, default=64, help="SD1.5 latent size (default 64)")
    p.add_argument("--sdxl-latent", type=int, default=64,
                   help="SDXL latent size (default 64 on CPU; its native size is 128)")
    p.add_argument("--calib-prompts", type=int, default=1,
                   help="calibration text embeddings (default 1; CFG batch of 2 each)")
    p.add_argument("--calib-timesteps", type=int, default=2,
                   help="timesteps per calibration prompt (default 2)")
    p.add_argument("--sdxl-rounding", default="rtn", choices=["rtn", "gptq"],
                   help="SDXL weight rounding (default rtn: its GPTQ Hessians need ~5 GB more)")
    p.add_argument("--w4-rounding", default="rtn", choices=["rtn", "gptq"],
                   help="W4 weight rounding (default rtn: W4 is measured for bytes and speed; "
                   "the quantize bar is the W8 run)")
    p.add_argument("--fake", action=argparse.BooleanOptionalAction, default=True,
                   help="also time SD1.5 W8A8 on the fake-quant path (default on)")
    p.add_argument("--sdxl-variants", default="w8a8,w4a8,w4a16",
                   help=f"SDXL packed variants to time (of {','.join(VARIANTS)})")
    p.add_argument("--repeats", type=int, default=1, help="timed forwards per variant (SD1.5)")
    p.add_argument("--warmup", type=int, default=1, help="untimed forwards before timing")
    p.add_argument("--rounding", default="gptq", choices=["rtn", "gptq"],
                   help="W8 weight rounding for SD1.5 and the world (default gptq)")
    p.add_argument("--sdxl-repeats", type=int, default=1, help="timed forwards per variant (SDXL)")
    p.add_argument("--world-repeats", type=int, default=20, help="timed forwards (world UNet)")
    p.add_argument("--no-world", action="store_true", help="skip the world UNet")
    p.add_argument("--world-threads", type=int, default=None,
                   help="torch threads for the world UNet (default: --threads; with 1 the CPU "
                   "time it also reports is a clean measure on a shared machine)")
    p.add_argument("--base", type=Path, default=paths.WORLD_DIR / "base", help="world base")
    p.add_argument("--threads", type=int, default=2, help="torch threads per worker (default 2)")
    p.add_argument("--nice", type=int, default=5, help="niceness of the workers (default 5)")
    p.add_argument("--tmp", default=None, help="folder for the temporary checkpoints")
    p.add_argument("--out", type=Path, default=None, help="results folder (default "
                   "benchmarks/results)")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--worker":
        sys.exit(_worker_main(sys.argv[2]))
    parser = argparse.ArgumentParser(description=__doc__)
    add_arguments(parser)
    sys.exit(cmd_bench_scale(parser.parse_args()))
