"""`personalq world ...` (train the embedded model world) and `personalq bench world`.

CI and users never retrain: the trained weights are committed under models/. These commands
reproduce them (fixed seeds; GPU when present, else CPU, much slower).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from personalq import paths


def register(commands, benches) -> None:
    world = commands.add_parser("world", help="train the embedded model world (base, checkpoints, judge)")
    sub = world.add_subparsers(dest="world_command", metavar="STEP")
    world.set_defaults(func=lambda args: (world.print_help(), 2)[1])
    _add_train_base(sub)
    _add_train_vae(sub)
    _add_finetune_decoder(sub)
    _add_personalize(sub)
    _add_train_judge(sub)
    _add_bench_world(benches)


def _add_train_base(sub) -> None:
    p = sub.add_parser("train-base", help="train VAE, then text encoder + UNet; save a diffusers pipeline")
    p.add_argument("--out", type=Path, default=paths.WORLD_BASE_DIR)
    p.add_argument("--device", default="auto", help="auto (GPU if present), cuda or cpu")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--images", type=int, default=120_000, help="rendered training pictures")
    p.add_argument("--vae-steps", type=int, default=3000)
    p.add_argument("--unet-steps", type=int, default=12000)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--time-limit", type=float, default=None, help="seconds; fewer steps to fit it")
    p.add_argument("--resume", type=Path, default=None, help="continue a saved base's text encoder + UNet")
    p.add_argument("--vae", type=Path, default=None, help="train on this VAE folder (from train-vae) instead of "
                   "training one (or keeping --resume's)")
    p.add_argument("--lr", type=float, default=4e-4)
    p.set_defaults(func=_train_base)


def _add_train_vae(sub) -> None:
    p = sub.add_parser("train-vae", help="train a VAE alone and report its reconstruction ceiling")
    p.add_argument("--out", type=Path, required=True, help="folder to save the VAE to")
    p.add_argument("--init", type=Path, default=None, help="continue this VAE folder (e.g. models/base/vae)")
    p.add_argument("--shape", choices=("small", "wide"), default="small", help="a fresh VAE's width")
    p.add_argument("--device", default="auto")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--images", type=int, default=60_000)
    p.add_argument("--steps", type=int, default=20_000)
    p.add_argument("--batch", type=int, default=256)
    p.add_argument("--lr", type=float, default=1e-3)
    p.add_argument("--time-limit", type=float, default=None)
    p.add_argument("--judge", type=Path, default=paths.WORLD_JUDGE_PATH, help="judge for the ceiling")
    p.set_defaults(func=_train_vae)


def _add_finetune_decoder(sub) -> None:
    p = sub.add_parser("finetune-decoder", help="fine-tune the base's VAE decoder only (latents unchanged), "
                       "with styled pictures; report the through-VAE ceiling plain and per style")
    p.add_argument("--base", type=Path, default=paths.WORLD_BASE_DIR)
    p.add_argument("--out", type=Path, default=None, help="save the fine-tuned VAE folder here")
    p.add_argument("--write", action="store_true", help="replace BASE/vae in place (and record the run in "
                   "BASE/training.json)")
    p.add_argument("--init", type=Path, default=None, help="continue this VAE folder (a decoder fine-tuned "
                   "from BASE/vae; its encoder must be the same)")
    p.add_argument("--device", default="auto")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int, default=2000)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=3e-4)
    p.add_argument("--images", type=int, default=2048, help="rendered training pictures")
    p.add_argument("--styled-share", type=float, default=0.3, help="share of them in a random style")
    p.add_argument("--time-limit", type=float, default=None, help="seconds; fewer steps to fit it")
    p.add_argument("--judge", type=Path, default=paths.WORLD_JUDGE_PATH, help="judge for the ceilings")
    p.set_defaults(func=_finetune_decoder)


def _add_personalize(sub) -> None:
    p = sub.add_parser("personalize", help="train the personalized checkpoints into a checkpoint folder")
    p.add_argument("--base", type=Path, default=paths.WORLD_BASE_DIR)
    p.add_argument("--out", type=Path, default=paths.WORLD_REPO_DIR)
    p.add_argument("--only", nargs="*", default=None, help="concept ids (default: all)")
    p.add_argument("--device", default="auto")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--steps", type=int, default=None, help="override the per-format step counts")
    p.add_argument("--jobs", type=int, default=1, help="checkpoints trained in parallel processes")
    p.add_argument("--time-limit", type=float, default=None, help="seconds per checkpoint")
    p.add_argument("--batch", type=int, default=128, help="instance (and as many prior) pictures per step")
    p.set_defaults(func=_personalize)


def _add_train_judge(sub) -> None:
    p = sub.add_parser("train-judge", help="train the concept/scene/style judge CNN")
    p.add_argument("--out", type=Path, default=paths.WORLD_JUDGE_PATH)
    p.add_argument("--device", default="auto")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--images", type=int, default=60_000)
    p.add_argument("--steps", type=int, default=3000)
    p.add_argument("--time-limit", type=float, default=None)
    p.set_defaults(func=_train_judge)


def _add_bench_world(benches) -> None:
    b = benches.add_parser("world", help="the model world's bar: fidelity, sizes, speed, K/V norms")
    b.add_argument("--base", type=Path, default=paths.WORLD_BASE_DIR)
    b.add_argument("--repo", type=Path, default=paths.WORLD_REPO_DIR)
    b.add_argument("--judge", type=Path, default=paths.WORLD_JUDGE_PATH)
    b.add_argument("--samples", type=int, default=12, help="pictures per checkpoint")
    b.add_argument("--steps", type=int, default=None, help="denoising steps (default: the base's declared)")
    b.add_argument("--guidance", type=float, default=None, help="guidance scale (default: the base's declared)")
    b.add_argument("--device", default="cpu")
    b.add_argument("--json", type=Path, default=paths.PROJECT_ROOT / "docs" / "world_bench.json")
    b.add_argument("--grid", type=Path, default=paths.PROJECT_ROOT / "docs" / "world_samples.png")
    b.set_defaults(func=_bench)


def _train_base(args: argparse.Namespace) -> int:
    from personalq.world.train_base import train_base

    info = train_base(args.out, device=args.device, seed=args.seed, n_images=args.images, vae_steps=args.vae_steps,
                      unet_steps=args.unet_steps, unet_batch=args.batch, time_limit_s=args.time_limit,
                      resume=args.resume, vae_dir=args.vae, lr=args.lr)
    print(json.dumps(info, indent=2))
    print(f"saved the base pipeline to {args.out}")
    return 0


def _train_vae(args: argparse.Namespace) -> int:
    from personalq.world.train_base import train_autoencoder

    info = train_autoencoder(args.out, device=args.device, seed=args.seed, n_images=args.images, steps=args.steps,
                             batch=args.batch, shape=args.shape, init_dir=args.init, lr=args.lr,
                             time_limit_s=args.time_limit, judge_path=args.judge if args.judge.is_file() else None)
    print(json.dumps(info, indent=2))
    rec = info.get("reconstruction")
    if rec:
        print(f"reconstruction ceiling (judge concept accuracy on VAE round trips): {rec['ceiling']:.3f} "
              f"(clean renders {rec['clean']:.3f}, PSNR {rec['psnr']:.1f} dB)")
    print(f"saved the VAE to {args.out}")
    return 0


def _finetune_decoder(args: argparse.Namespace) -> int:
    from personalq.world.decoder import DecoderSettings, finetune_decoder

    if args.out is None and not args.write:
        print("note: neither --out nor --write: the fine-tuned decoder is measured, not saved")
    settings = DecoderSettings(steps=args.steps, batch=args.batch, lr=args.lr, n_images=args.images,
                               styled_share=args.styled_share, seed=args.seed, time_limit_s=args.time_limit)
    info = finetune_decoder(args.base, settings=settings, device=args.device, out_dir=args.out, write=args.write,
                            init_dir=args.init,
                            judge_path=args.judge if args.judge.is_file() else None,
                            log=lambda step, loss, sec: print(f"step {step} loss {loss:.4f} {sec:.0f}s", flush=True))
    print(json.dumps(info, indent=2))
    for style in info.get("ceiling_after", {}):
        b, a = info["ceiling_before"][style], info["ceiling_after"][style]
        print(f"through-VAE concept accuracy, {style}: {b['through_vae']:.3f} -> {a['through_vae']:.3f} "
              f"(+-{a['se']:.3f}; true renders {a['clean']:.3f})")
    return 0


def _personalize(args: argparse.Namespace) -> int:
    from personalq.world.personalize import personalize_all

    results = personalize_all(args.base, args.out, only=args.only, device=args.device, seed=args.seed,
                              steps=args.steps, jobs=args.jobs, time_limit_s=args.time_limit,
                              batch=args.batch)
    for r in results:
        print(json.dumps(r))
    print(f"wrote {len(results)} checkpoints to {args.out}")
    return 0


def _train_judge(args: argparse.Namespace) -> int:
    from personalq.world.judge import train_judge

    info = train_judge(args.out, device=args.device, seed=args.seed, n_images=args.images, steps=args.steps,
                       time_limit_s=args.time_limit)
    print(json.dumps(info, indent=2))
    print(f"saved the judge to {args.out}")
    return 0


def _bench(args: argparse.Namespace) -> int:
    from personalq.bench.world_bench import run_bench

    return run_bench(args)
