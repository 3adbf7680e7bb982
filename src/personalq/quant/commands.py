"""`personalq quantize` and `personalq bench quant`.

    personalq quantize models/base --method taq --wbits 8 --abits 4 -o out/world-taq-w8a4
    personalq quantize models/repo/bear-v4 --trigger "<bear-v4>" --method taq -o out/bear-taq
    personalq bench quant --quick

SOURCE is a diffusers pipeline folder (a base, or a DreamBooth fine-tune saved as a full
pipeline) or a DreamBooth folder with only its `unet/` (put on `--base`). A LoRA file is not
quantized itself: quantize its base and apply the LoRA, unmerged, on the quantized base.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from personalq import paths
from personalq.errors import PersonalQError

IMAGE_ACT_MODES = ["static_tensor", "dynamic_token", "dynamic_group"]
DEFAULT_ACT_GROUP = 16  # = quantizers.DEFAULT_ACT_GROUP (not imported: keeps --help torch-free)


def add_calibration_options(parser: argparse.ArgumentParser) -> None:
    """--smooth / --act-mode / --act-group: the same options for `quantize` and `bench quant`."""
    parser.add_argument("--smooth", type=float, default=None, metavar="ALPHA",
                        help="SmoothQuant scale migration for Linear layers (e.g. 0.5; default off)")
    parser.add_argument("--act-mode", default=None, choices=IMAGE_ACT_MODES,
                        help="image-path activation quantizer (default: the method's preset); "
                        "text K/V stay static per-tensor")
    parser.add_argument("--act-group", type=int, default=None, metavar="G",
                        help=f"channels per group for --act-mode dynamic_group (default "
                        f"{DEFAULT_ACT_GROUP})")


def config_overrides(args: argparse.Namespace) -> dict:
    """QuantConfig overrides from --smooth / --act-mode / --act-group, validated before any
    slow work (text K/V stay static per-tensor when an image-path mode is given)."""
    act_mode, act_group = args.act_mode, args.act_group
    if act_group is not None and act_mode not in (None, "dynamic_group"):
        raise PersonalQError(f"--act-group applies to --act-mode dynamic_group, not {act_mode}",
                             hint="add --act-mode dynamic_group")
    out: dict = {}
    if args.smooth is not None:
        out["smooth_alpha"] = args.smooth
    if act_mode:
        out.update(act_mode=act_mode, text_act_mode="static_tensor")
    if act_group is not None:
        from personalq.quant.quantizers import check_group_size

        out["act_group"] = check_group_size(act_group)
    return out


def register(commands, benches) -> None:
    from personalq.quant.methods import ABITS, METHODS, WBITS

    q = commands.add_parser(
        "quantize", help="write a quantized checkpoint (packed low-bit UNet) for a base or "
        "DreamBooth checkpoint", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    q.add_argument("source", type=Path, help="diffusers pipeline folder or DreamBooth folder")
    q.add_argument("--method", default="taq", help=f"one of: {', '.join(METHODS)} (default taq)")
    q.add_argument("--wbits", type=int, default=8, help=f"weight bits: {WBITS} (default 8)")
    q.add_argument("--abits", type=int, default=8, help=f"activation bits: {ABITS} (default 8)")
    q.add_argument("-o", "--out", type=Path, required=True, help="output folder")
    q.add_argument("--trigger", default=None,
                   help="the checkpoint's trigger (default: read from its model card)")
    q.add_argument("--class-noun", default=None, help="class noun for calibration prompts")
    q.add_argument("--prompts", type=Path, default=None,
                   help="calibration prompts, one per line (default: 64 built-in templates, "
                   "half with the trigger)")
    q.add_argument("--calib-prompts", type=int, default=64, help="number of calibration prompts")
    q.add_argument("--calib-steps", type=int, default=8, help="schedule length for calibration")
    q.add_argument("--calib-timesteps", type=int, default=3,
                   help="timesteps per prompt kept for calibration")
    add_calibration_options(q)
    q.add_argument("--format", default="int", choices=["int", "fp8"],
                   help="weight/activation format: int (int8/int4 codes; torch._int_mm) or fp8 "
                   "(e4m3, W8A8 only; torch._scaled_mm on GPUs with compute capability >= 8.9, "
                   "emulated elsewhere)")
    q.add_argument("--base", type=Path, default=None,
                   help="base pipeline for a UNet-only DreamBooth folder (default models/base)")
    q.set_defaults(func=cmd_quantize)

    b = benches.add_parser("quant", help="quantization methods x settings: concept accuracy, "
                           "memory, latency (writes docs/results.md + a PNG)")
    b.add_argument("--quick", action="store_true", help="fewer samples/steps (2-core budget)")
    b.add_argument("--samples", type=int, default=None, help="generated images per method")
    b.add_argument("--steps", type=int, default=None, help="denoising steps")
    b.add_argument("--calib-prompts", type=int, default=None)
    b.add_argument("--calib-timesteps", type=int, default=None,
                   help="timesteps per calibration prompt (default 3 with --quick, else 4)")
    b.add_argument("--methods", default=None, help="comma-separated subset of methods")
    b.add_argument("--settings", default=None, help="comma-separated subset, e.g. W8A8,W8A4")
    b.add_argument("--out", type=Path, default=paths.PROJECT_ROOT / "docs",
                   help="folder for results.md and the plot (default docs/)")
    b.add_argument("--concept", default="bruno",
                   help="world concept whose checkpoint is quantized (default bruno, DreamBooth)")
    add_calibration_options(b)  # applied to the calibrated methods only
    b.add_argument("--no-sensitivity", action="store_true", help="skip the token-sensitivity test")
    b.add_argument("--tiny", action="store_true",
                   help="memory/latency only, on a tiny random pipeline (no model world needed)")
    b.set_defaults(func=cmd_bench)


def cmd_quantize(args: argparse.Namespace) -> int:
    import torch

    from personalq.quant.calibrate import calibrate, default_calibration_prompts
    from personalq.quant.checkpoint import save_quantized
    from personalq.quant.methods import make_config, needs_calibration, quantize_unet
    from personalq.quant.packed import resident_bytes

    overrides = config_overrides(args)
    if getattr(args, "format", "int") != "int":
        overrides["fmt"] = args.format
    cfg = make_config(args.method, args.wbits, args.abits, **overrides)  # validate first
    if cfg.kind == "torchao":
        raise PersonalQError(f"{args.method} is a runtime baseline and is not saved",
                             hint="save a packed method (naive, qdiffusion, mixdq, taq, ...)")
    torch.set_num_threads(max(1, min(2, torch.get_num_threads())))
    t0 = time.time()
    from personalq.diffusion.pipeline import load_quantize_source

    (pipe, _), trigger, noun = load_quantize_source(args.source, args.base)
    trigger = args.trigger or trigger
    noun = args.class_noun or noun
    fp_bytes = resident_bytes(pipe.unet)
    calib = None
    if needs_calibration(args.method) or cfg.weight_rounding == "gptq" and cfg.kind == "packed":
        if args.prompts:
            lines = [ln.strip() for ln in args.prompts.read_text().splitlines() if ln.strip()]
            prompts = [(ln, trigger if trigger and trigger in ln else None) for ln in lines]
        else:
            prompts = default_calibration_prompts(args.calib_prompts, trigger, noun)
        if cfg.protect in ("trigger", "trigger+bos") and not trigger:
            print("warning: no trigger known (use --trigger): TAQ calibrates without one and "
                  "will protect whatever trigger each request names")
        calib = calibrate(pipe, prompts, steps=args.calib_steps, timesteps=args.calib_timesteps)
    unet = quantize_unet(pipe.unet, args.method, args.wbits, args.abits, calib, progress=True,
                         **overrides)
    out = save_quantized(unet, args.out, trigger=trigger, source=str(args.source))
    q_bytes = resident_bytes(unet)
    print(json.dumps({"out": str(out), "method": args.method, "wbits": cfg.wbits,
                      "abits": cfg.abits, "trigger": trigger,
                      "unet_bytes_fp32": fp_bytes, "unet_bytes": q_bytes,
                      "ratio_vs_fp32": round(fp_bytes / q_bytes, 2),
                      "seconds": round(time.time() - t0, 1)}, indent=1))
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from personalq.bench.quant_bench import run_bench

    return run_bench(args, config_overrides(args))  # validated before any slow work
