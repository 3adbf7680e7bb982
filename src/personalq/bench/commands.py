"""`personalq bench select` (the Check-in benchmark, bench/select_bench.py), `personalq bench
select --learn` (after the owner's answers, bench/select_learned.py; with --correct after
their corrections, bench/select_corrected.py), `personalq bench
select-scale` (latency and accuracy at 1k-100k cards, bench/select_scale.py), `personalq bench
serve-ray` (Ray Serve multiplexing, bench/serve_ray.py), `personalq bench compose` (subject +
style composition, bench/compose_bench.py) and `personalq bench taq` (TAQ paired with fp32,
bench/taq_paired.py); `personalq bench scale` (SD1.5/SDXL-size UNets, bench/scale.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from personalq import paths


def _cmd_bench_select(args) -> int:
    """`bench select --fit` fits the calibrated decision (select_fit.py, which reads the sets
    through select_bench); `--ablate` is select_ablate.py's; everything else is select_bench's."""
    if args.arbiter:
        from personalq.bench import select_arbiter

        select_arbiter.run(args.extra_sets, shared=args.shared, out_dir=args.out,
                           held=args.loso_sets, do_loso=args.loso, progress=not args.no_progress,
                           jobs=args.jobs)
        return 0
    if args.fit:
        from personalq.bench import select_fit, select_loso

        grid = (args.l2,) if args.l2 is not None else select_loso.L2_GRID
        chooser = select_loso.l2_chooser(grid, args.loso_sets) if args.loso else None
        select_fit.run(args.extra_sets or ["dev", "large"], shared=args.shared, out_dir=args.out,
                       choose_l2=chooser, l2=args.l2 if args.l2 is not None else select_fit.L2)
        return 0
    if args.correct and not args.learn:
        from personalq.errors import PersonalQError

        raise PersonalQError("--correct measures learning from corrections: it goes with --learn",
                             "run `personalq bench select --learn --correct`")
    if args.learn and args.correct:
        from personalq.bench import select_corrected

        select_corrected.run(args.extra_sets, shared=args.shared, out_dir=args.out)
        return 0
    if args.learn:
        from personalq.bench import select_learned

        select_learned.run(args.extra_sets, shared=args.shared, out_dir=args.out)
        return 0
    if args.ablate:
        from personalq.bench import select_ablate

        select_ablate.ablate(args.extra_sets or ["dev", "large"], shared=args.shared,
                             limit=args.limit, out_dir=args.out, progress=not args.no_progress,
                             rules=args.rules, full=args.full)
        return 0
    from personalq.bench import select_bench

    return select_bench.cmd_bench_select(args)


def _add_fit_and_ablate_arguments(p: argparse.ArgumentParser) -> None:
    """`bench select --ablate` (select_ablate.py) and `--fit [--loso]` (select_fit.py,
    select_loso.py): their own arguments, kept apart from the benchmark's."""
    p.add_argument("--ablate", action="store_true",
                   help="switch each named reasoner rule off in turn on every --sets set; writes "
                        "benchmarks/results/select_ablation.md")
    p.add_argument("--learn", action="store_true",
                   help="accuracy after the owner answered each question once (learned names; "
                        "not first contact) on the --sets sets (default: dev, large, probe and "
                        "every heldoutN); writes benchmarks/results/select_learned.md/.json/.png")
    p.add_argument("--correct", action="store_true",
                   help="with --learn: replay each set in order, the owner correcting every wrong "
                        "select or none whose gold is one checkpoint (`select --meant`); later "
                        "requests use what it taught; writes "
                        "benchmarks/results/select_corrected.md/.json/.png")
    p.add_argument("--fit", action="store_true",
                   help="fit the calibrated decision (checkin/calibration.json) on the --sets "
                        "sets; writes benchmarks/results/select_calibration.md/.json/.png")
    p.add_argument("--arbiter", action="store_true",
                   help="fit the learned arbiter (checkin/arbiter.npz) on the --sets sets "
                        "(default: dev, large, probe and every heldoutN); with --loso, first "
                        "measure it leave-one-set-out; writes "
                        "benchmarks/results/select_arbiter.md/.json/.png")
    p.add_argument("--jobs", type=int, default=1,
                   help="with --arbiter: collect the sets and fit the folds in this many "
                        "processes at once (default 1)")
    p.add_argument("--loso", action="store_true",
                   help="with --fit: first choose the L2 strength by leave-one-set-out "
                        "cross-validation over the --sets sets and write "
                        "benchmarks/results/select_loso.md/.json/.png (the held-out estimate)")
    p.add_argument("--l2", type=float, default=None,
                   help="with --fit: the ridge strength (with --loso: the only one tried; "
                        "default: --loso chooses among its grid, a plain --fit uses 0.01)")
    p.add_argument("--loso-sets", nargs="+", default=None,
                   help="with --loso: hold out only these sets in turn, by label (heldout31, "
                        "dev...); each fold still fits on every other set (default: every set)")
    p.add_argument("--sets", dest="extra_sets", nargs="+", default=None,
                   help="sets for --ablate / --fit / --learn: dev, large, a folder, or "
                        "NAME=CATALOG:CASES (default: dev large)")
    p.add_argument("--rules", nargs="+", default=None,
                   help="with --ablate: only these named rules (default: every rule)")
    p.add_argument("--full", action="store_true",
                   help="with --ablate: decide every request again for every rule (default: "
                        "only the requests that looked the rule up)")


def register(commands: argparse._SubParsersAction, benches: argparse._SubParsersAction) -> None:
    from personalq.bench import select_bench

    p = benches.add_parser("select", help="Check-in accuracy, misroutes, asks, latency, ingest",
                           description=select_bench.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--set", default="dev",
                   help="dev: ../shared/bench/dev; large: benchmarks/select; a folder holding "
                        "catalog.jsonl + cases.jsonl; or NAME=CATALOG:CASES (default dev)")
    p.add_argument("--shared", type=Path, default=None,
                   help="the shared folder holding bench/score_select.py (default PROJECT_ROOT/../shared)")
    p.add_argument("--limit", type=int, default=None, help="only the first N requests (quick runs)")
    p.add_argument("--configs", nargs="+", choices=list(select_bench.CONFIGS), default=None,
                   help="which configurations to run (default: all four)")
    p.add_argument("--sweep", type=int, default=8,
                   help="ask_threshold values swept for the default config (0 = no sweep)")
    p.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    p.add_argument("--no-progress", action="store_true", help="no progress bars")
    _add_fit_and_ablate_arguments(p)
    p.set_defaults(func=_cmd_bench_select)

    from personalq.bench import compose_bench

    c = benches.add_parser("compose", help="subject + style composition, judge-measured",
                           description=compose_bench.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    c.add_argument("--samples", type=int, default=48, help="seeds per configuration (default 48)")
    c.add_argument("--pairs", nargs="+", default=None, metavar="SUBJECT+STYLE",
                   help="only these pairs (default: " + ", ".join(
                       f"{a}+{b}" for a, b, _ in compose_bench.PAIRS) + ")")
    c.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    c.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    c.add_argument("--rows", nargs="+", default=None, metavar="WORD",
                   help="only the rows whose label contains one of these words, e.g. SDEdit "
                        "(the subject alone and the ceiling always run)")
    c.set_defaults(func=compose_bench.cmd_bench_compose)

    _register_select_scale(benches)
    _register_scale(benches)
    register_serve_ray(benches)
    _register_taq(benches)


SERVE_RAY_DOC = """Ray Serve multiplexing against the single-process service, on a Zipf(1.0) mix over
the world's 12 checkpoints and a generated 100-LoRA repository: cache-hit ratio (the request
found its checkpoint resident on the replica it landed on) and throughput, in one run; Ray with
the replicas' frequency-aware eviction and with Ray's LRU. Writes benchmarks/results/
serve_ray.json and serve_ray.png."""


def register_serve_ray(benches: argparse._SubParsersAction) -> None:
    """`personalq bench serve-ray`: Ray multiplexing (bench/serve_ray.py, imported when run:
    it imports Ray)."""
    p = benches.add_parser("serve-ray", help="Ray Serve multiplexing: cache-hit ratio and "
                           "throughput against the single-process service",
                           description=SERVE_RAY_DOC,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--requests", type=int, default=600, help="requests on the world's repository")
    p.add_argument("--generated-requests", type=int, default=300,
                   help="requests on the generated repository")
    p.add_argument("--generated", type=int, default=100,
                   help="LoRAs in the generated repository (0: the world's only)")
    p.add_argument("--zipf", type=float, default=1.0, help="Zipf exponent of the mix")
    p.add_argument("--replicas", type=int, default=2)
    p.add_argument("--max-models", type=int, default=4, help="resident checkpoints per replica")
    p.add_argument("--steps", type=int, default=2)
    p.add_argument("--concurrency", type=int, default=4)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--threads", type=int, default=1,
                   help="torch threads of the single-process service (replicas run 1 each)")
    p.add_argument("--repo", type=Path, default=None, help="checkpoint folder (default: world's)")
    p.add_argument("--base", type=Path, default=None, help="base pipeline (default: world's)")
    p.add_argument("--out", type=Path, default=None, help="results folder")
    p.set_defaults(func=cmd_bench_serve_ray)


def cmd_bench_serve_ray(args) -> int:
    from personalq.bench.serve_ray import run_bench

    return run_bench(args)


def _cmd_bench_taq(args) -> int:
    from personalq.bench.taq_paired import cmd_bench_taq  # torch only when it runs

    return cmd_bench_taq(args)


def _register_taq(benches: argparse._SubParsersAction) -> None:
    b = benches.add_parser(
        "taq", help="TAQ vs plain calibration paired with fp32: per-sample PSNR with CI, judge "
        "distance, layer and latent error (writes benchmarks/results/taq_paired.*)")
    b.add_argument("--samples", type=int, default=64, help="images per method (default 64)")
    b.add_argument("--steps", type=int, default=None, help="denoising steps (default 10)")
    b.add_argument("--seed-offset", type=int, default=0,
                   help="skip this many eval prompts/seeds: report on seeds not used to choose "
                   "a variant (default 0: seeds 10000..)")
    b.add_argument("--settings", default="W8A8,W8A4", help="comma-separated (default W8A8,W8A4)")
    b.add_argument("--methods", default=None,
                   help="methods that generate images (default: qdiffusion,textkv,taq,taq_uniform)")
    b.add_argument("--layer-methods", default=None,
                   help="methods measured per attn2 layer (default: every TAQ ablation)")
    b.add_argument("--layer-prompts", type=int, default=4, help="trigger prompts for layer errors")
    b.add_argument("--layer-timesteps", type=int, default=4, help="timesteps for layer errors")
    b.add_argument("--perturb", type=float, default=1e-5,
                   help="rerun --perturb-methods at W8A4 with the initial latents moved this "
                   "much (0: skip); shows which figures are stable")
    b.add_argument("--perturb-methods", default="qdiffusion,taq")
    b.add_argument("--calib-prompts", type=int, default=32)
    b.add_argument("--calib-timesteps", type=int, default=10)
    b.add_argument("--concept", default="bruno", help="world concept (default bruno, DreamBooth)")
    b.add_argument("--threads", type=int, default=1, help="torch threads (the CPU is shared)")
    b.add_argument("--merge", nargs="+", default=None, metavar="FULL_JSON",
                   help="write one report from the taq_paired_full.json of separate runs (one "
                   "per setting) instead of running")
    b.add_argument("--out", type=Path, default=paths.PROJECT_ROOT / "benchmarks" / "results")
    b.set_defaults(func=_cmd_bench_taq)


def _register_select_scale(benches: argparse._SubParsersAction) -> None:
    from personalq.bench import select_scale  # imports the catalog and Check-in: only here

    p = benches.add_parser("select-scale", help="Check-in latency/accuracy at 1k, 10k, 100k cards",
                           description=select_scale.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", type=int, nargs="+", default=list(select_scale.SIZES),
                   help="catalog sizes in cards (default 1000 10000 100000)")
    p.add_argument("--requests", type=int, default=150, help="requests per size (default 150)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work", type=Path, default=select_scale.DEFAULT_WORK,
                   help="where the generated manifests and their catalogs live (reused by later runs)")
    p.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    p.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar while embedding")
    p.set_defaults(func=select_scale.cmd_bench_select_scale)


def _register_scale(benches: argparse._SubParsersAction) -> None:
    from personalq.bench import scale  # imports torch and diffusers: only here

    s = benches.add_parser("scale", help="SD1.5/SDXL-size UNets (random weights): packed bytes, "
                           "quantize peak RSS, int8 forward speed vs fp32 (writes "
                           "benchmarks/results/scale_cpu.*)", description=scale.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    scale.add_arguments(s)
    s.set_defaults(func=scale.cmd_bench_scale)
