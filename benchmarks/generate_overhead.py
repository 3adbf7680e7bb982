"""Per-image time of one-at-a-time `generate` on the embedded world, and what the Python around
the UNet costs per call (cProfile). Prints figures only; run before and after a change:

    python benchmarks/generate_overhead.py [N]   # N images (default 12), 1 thread

WHY: the serve path draws single images; overheads paid per call (re-reading files, rebuilding
signatures) add up at the world's ~0.1-0.3 s per image."""

from __future__ import annotations

import cProfile
import inspect
import pstats
import statistics
import sys
import time
import timeit

import torch

from personalq.diffusion.generate import generate
from personalq.diffusion.pipeline import build_pipeline

WATCH = ("signature", "_front_matter", "read_text", "base_defaults")


def main(n: int) -> None:
    torch.set_num_threads(1)
    pipe, _ = build_pipeline()
    pipe.set_progress_bar_config(disable=True)
    generate(pipe, "a teddy bear on a green lawn", seed=0)  # warm-up
    times = []
    for i in range(n):
        t = time.perf_counter()
        generate(pipe, "a teddy bear on a green lawn", seed=i)
        times.append(time.perf_counter() - t)
    print(f"{n} images one at a time (world, default steps): per image min "
          f"{min(times) * 1e3:.1f} ms, median {statistics.median(times) * 1e3:.1f} ms")
    proc = next(m.processor for m in pipe.unet.modules() if hasattr(m, "processor"))
    per = timeit.timeit(lambda: inspect.signature(proc.__call__), number=2000) / 2000
    print(f"inspect.signature({type(proc).__name__}.__call__), as diffusers' Attention.forward "
          f"calls it: {per * 1e6:.1f} us per call")
    prof = cProfile.Profile()
    prof.enable()
    for i in range(4):
        generate(pipe, "a teddy bear on a green lawn", seed=i)
    prof.disable()
    stats = pstats.Stats(prof)
    total = stats.total_tt
    print(f"cProfile, 4 images: {total:.3f} s total; per image:")
    for (file, line, func), (cc, nc, tt, ct, _) in sorted(stats.stats.items(), key=lambda kv: -kv[1][3]):
        if any(w in func for w in WATCH):
            print(f"  {func:<16} {file.split('site-packages/')[-1]}:{line}  calls {nc / 4:.0f}, "
                  f"cumulative {ct / 4 * 1e3:.1f} ms ({ct / total:.1%})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 12)
