"""bench scale on CUDA, in one call: SD1.5 and SDXL UNet step latency bf16 vs W8A8 int8
(`torch._int_mm`) vs W8A8 FP8 (`torch._scaled_mm`, e4m3, per-row scales), peak GPU memory,
and the world's W8A8 / W8A4 images against bf16 (PSNR) as a correctness check.

    python benchmarks/scale_cuda.py                      # on a GPU machine: the real run
    python benchmarks/scale_cuda.py --device cpu --toy   # tiny sizes on the CPU (tests it)

SD1.5/SDXL weights are seeded random (memory/speed only, no image quality); the world base
(models/base) is real. Latency: CUDA events around one UNet call (batch 2 = classifier-free
guidance) after warm-up, median of --iters. Writes benchmarks/results/scale_cuda.{json,md}
(scale_cuda_toy.* for --toy).
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from pathlib import Path

import torch

from personalq import paths
from personalq.bench.scale import RANDOM_NOTE, arch_config, calib_samples, make_unet, unet_inputs
from personalq.quant.calibrate import Calibration
from personalq.quant.methods import quantize_unet
from personalq.quant.packed import cast_float_parts, layer_paths, resident_bytes


def _to(obj, device, dtype=None):
    """Inputs dict (nested) onto device; floating tensors to dtype."""
    if isinstance(obj, dict):
        return {k: _to(v, device, dtype) for k, v in obj.items()}
    if isinstance(obj, torch.Tensor):
        cast = dtype if dtype is not None and obj.is_floating_point() else obj.dtype
        return obj.to(device=device, dtype=cast)
    return obj


def step_latency(unet, inputs: dict, device: torch.device, warmup: int, iters: int) -> dict:
    """Median/min milliseconds of one UNet call (CUDA events on a GPU) and peak memory."""
    times = []
    with torch.inference_mode():
        for _ in range(warmup):
            unet(**inputs)
        if device.type == "cuda":
            torch.cuda.synchronize()
            torch.cuda.reset_peak_memory_stats()
        for _ in range(iters):
            if device.type == "cuda":
                start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(
                    enable_timing=True)
                start.record()
                unet(**inputs)
                end.record()
                torch.cuda.synchronize()
                times.append(start.elapsed_time(end))
            else:
                t0 = time.perf_counter()
                unet(**inputs)
                times.append((time.perf_counter() - t0) * 1e3)
    peak = torch.cuda.max_memory_allocated() / 2 ** 30 if device.type == "cuda" else None
    return {"median_ms": round(statistics.median(times), 3), "min_ms": round(min(times), 3),
            "peak_gpu_gib": None if peak is None else round(peak, 3)}


def quantized(unet_fp32, cfg: dict, fmt: str, device, dtype, latent: int, calib_calls: int):
    """A W8A8 copy of the float UNet on `device` (int8 or fp8), float parts in `dtype`."""
    samples = calib_samples(cfg, calib_calls, 1, latent)
    for s in samples:
        s.kwargs = _to(s.kwargs, device)
    q = quantize_unet(copy.deepcopy(unet_fp32), "dynamic", 8, 8, Calibration(samples=samples),
                      weight_rounding="rtn", fmt=fmt)
    return cast_float_parts(q, dtype)


def bench_arch(model: str, args, device: torch.device, dtype) -> dict:
    cfg = arch_config(model, toy=args.toy)
    latent = 16 if args.toy else (64 if model == "sd15" else args.sdxl_latent)
    unet = make_unet(cfg).to(device)
    inputs = _to(unet_inputs(cfg, 2, latent, seed=123), device, dtype)
    rows = {}
    for name, fmt in [("w8a8_int8", "int"), ("w8a8_fp8", "fp8")]:
        q = quantized(unet, cfg, fmt, device, dtype, latent, args.calib_calls)
        rows[name] = step_latency(q, inputs, device, args.warmup, args.iters)
        rows[name].update(paths=layer_paths(q), weight_gib=round(resident_bytes(q) / 2 ** 30, 3))
        del q
        if device.type == "cuda":
            torch.cuda.empty_cache()
    base = unet.to(dtype)
    rows["bf16"] = step_latency(base, inputs, device, args.warmup, args.iters)
    rows["bf16"]["weight_gib"] = round(resident_bytes(base) / 2 ** 30, 3)
    for name in ("w8a8_int8", "w8a8_fp8"):
        rows[name]["speedup_vs_bf16"] = round(rows["bf16"]["median_ms"] / rows[name]["median_ms"],
                                              3)
    del unet, base
    return {"latent": latent, "batch": 2, "weights": RANDOM_NOTE, "rows": rows}


def psnr(a: torch.Tensor, b: torch.Tensor) -> float:
    mse = float(((a.float() - b.float()) ** 2).mean())
    return float("inf") if mse == 0 else 10 * torch.log10(torch.tensor(1.0 / mse)).item()


def world_psnr(args, device: torch.device, dtype) -> dict:
    """The world base generating the same seeds with bf16 vs W8A8 (dynamic, int8) and W8A4
    (qdiffusion) UNets: PSNR of the images, a correctness check of the kernels on `device`."""
    from personalq.diffusion.pipeline import build_pipeline
    from personalq.quant.calibrate import calibrate
    from personalq.quant.methods import quantized_copy

    pipe = build_pipeline(args.base, hotswap=False).pipe
    pipe.set_progress_bar_config(disable=True)
    prompts = ["a photo of a teddy bear on the beach", "a watercolor of a red car in the snow"]
    calib = calibrate(pipe, n_prompts=args.world_calib, steps=args.world_steps, timesteps=2,
                      progress=False)
    fp = pipe.unet
    unets = {"w8a8": quantized_copy(fp, "dynamic", 8, 8, calib),
             "w8a4": quantized_copy(fp, "qdiffusion", 8, 4, calib)}
    pipe.to(device, dtype)  # text encoder, VAE and the float UNet in bf16
    images, out = {}, {}
    for name, unet in [("bf16", fp.to(dtype))] + [(k, cast_float_parts(v.to(device), dtype))
                                                  for k, v in unets.items()]:
        pipe.unet = unet
        gen = [torch.Generator().manual_seed(i) for i in range(len(prompts))]
        with torch.inference_mode():
            images[name] = pipe(prompts, num_inference_steps=args.world_steps, generator=gen,
                                output_type="pt").images.float().cpu()
        if name != "bf16":
            out[f"{name}_psnr_vs_bf16"] = round(psnr(images[name], images["bf16"]), 2)
            out[f"{name}_paths"] = layer_paths(unet)
    return out


def markdown(res: dict) -> str:
    lines = [f"# bench scale on {res['device_name']}", "",
             f"SD1.5/SDXL: {RANDOM_NOTE}. One UNet call, batch 2, median of {res['iters']} after "
             f"{res['warmup']} warm-up calls (CUDA events).", "",
             "| model | variant | median ms | speedup vs bf16 | peak GPU GiB | weights GiB |",
             "|---|---|---|---|---|---|"]
    for model in ("sd15", "sdxl"):
        if model not in res:
            continue
        for name, r in res[model]["rows"].items():
            lines.append(f"| {model} ({res[model]['latent']}x{res[model]['latent']}) | {name} | "
                         f"{r['median_ms']} | {r.get('speedup_vs_bf16', '-')} | "
                         f"{r['peak_gpu_gib']} | {r['weight_gib']} |")
    if "world" in res:
        lines += ["", "World (real weights): " + ", ".join(
            f"{k} {v}" for k, v in res["world"].items() if k.endswith("psnr_vs_bf16")) + " dB"]
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--device", default="cuda")
    p.add_argument("--toy", action="store_true", help="tiny architectures (CPU test)")
    p.add_argument("--models", default="sd15,sdxl")
    p.add_argument("--sdxl-latent", type=int, default=128)
    p.add_argument("--warmup", type=int, default=3)
    p.add_argument("--iters", type=int, default=10)
    p.add_argument("--calib-calls", type=int, default=2)
    p.add_argument("--world-calib", type=int, default=4)
    p.add_argument("--world-steps", type=int, default=10)
    p.add_argument("--no-world", action="store_true")
    p.add_argument("--base", type=Path, default=paths.WORLD_DIR / "base")
    p.add_argument("--out", type=Path, default=paths.PROJECT_ROOT / "benchmarks" / "results")
    args = p.parse_args(argv)
    device = torch.device(args.device)
    dtype = torch.bfloat16
    res = {"device": str(device), "iters": args.iters, "warmup": args.warmup,
           "device_name": torch.cuda.get_device_name(device) if device.type == "cuda"
           else "cpu", "toy": args.toy}
    for model in [m for m in args.models.split(",") if m]:
        res[model] = bench_arch(model, args, device, dtype)
        print(model, json.dumps(res[model]["rows"]), flush=True)
    if not args.no_world:
        res["world"] = world_psnr(args, device, dtype)
        print("world", json.dumps(res["world"]), flush=True)
    stem = "scale_cuda" + ("_toy" if args.toy or device.type != "cuda" else "")
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{stem}.json").write_text(json.dumps(res, indent=1))
    (args.out / f"{stem}.md").write_text(markdown(res))
    print(f"wrote {args.out / stem}.json and .md")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
