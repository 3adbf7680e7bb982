"""Memory of `personalq serve` with and without a saved quantized base (docs/serve.md).

Each setting runs in a fresh process (so RSS is comparable): the service is built on the
shipped world (models/base + models/repo), draws a base-only image and a LoRA image at the
server's default quantization (1 step), and reports
- cache bytes: what the model cache counts (its entries; the base pipeline is not an entry),
- model bytes: every parameter/buffer the service's pipelines hold, each tensor counted once,
- float UNet bytes: of those, the ones in full-precision UNets,
- RSS: the process's resident set size after loading and drawing.

    .venv/bin/python benchmarks/serve_quantized_memory.py            # all settings
    .venv/bin/python benchmarks/serve_quantized_memory.py --one fp   # one setting, JSON line

Settings: `fp` (no --quantized), `saved` (--quantized DIR --quantization naive-w8a8),
`saved+none` (the same, plus a LoRA request with quantization "none").
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SETTINGS = ("fp", "saved", "saved+none")
SPEC = "naive-w8a8"


def _pipes(service) -> list:
    cache = service.cache
    pipes = [cache._base] + [e.pipe for _, e in cache._snapshot() if e.pipe is not None]
    return [p for p in pipes if p is not None]


def _tensor_bytes(pipes) -> tuple[int, int]:
    """(all model bytes, float-UNet bytes), each storage counted once."""
    seen, total, float_unet = set(), 0, 0
    for pipe in pipes:
        for name, module in pipe.components.items():
            if not hasattr(module, "parameters"):
                continue
            is_float_unet = name == "unet" and getattr(module, "quant_config", None) is None
            for t in list(module.parameters()) + list(module.buffers()):
                key = (t.data_ptr(), t.numel())
                if key in seen or t.device.type == "meta":
                    continue
                seen.add(key)
                nbytes = t.numel() * t.element_size()
                total += nbytes
                float_unet += nbytes if is_float_unet else 0
    return total, float_unet


def run_one(setting: str, qdir: Path) -> dict:
    import torch

    torch.set_num_threads(1)
    from personalq import paths
    from personalq.serve.config import ServeConfig
    from personalq.serve.metrics import resident_memory_bytes
    from personalq.serve.service import Service

    quantized = [] if setting == "fp" else [qdir]
    quant = None if setting == "fp" else SPEC
    with tempfile.TemporaryDirectory() as tmp:
        config = ServeConfig(repo=paths.WORLD_REPO_DIR, base_dir=paths.WORLD_BASE_DIR,
                             upload_dir=Path(tmp) / "up", api_key="", default_steps=1,
                             quantized=quantized, quantization=quant)
        service = Service(config)
        requests = [("none", None), ("fizz", None)]
        if setting == "saved+none":
            requests.append(("fizz", "none"))
        for checkpoint, q in requests:
            cps = [] if checkpoint == "none" else [checkpoint]
            job = service.submit_generation("a toy on a table", cps, seed=1, quantization=q)
            job.wait(600)
            assert job.status == "succeeded", job.error
        total, float_unet = _tensor_bytes(_pipes(service))
        stats = service.cache.stats()
        out = {"setting": setting, "cache_bytes": stats["bytes"],
               "entries": [(e["id"], e["kind"], e["quantization"], e["bytes"])
                           for e in stats["entries"]],
               "model_bytes": total, "float_unet_bytes": float_unet,
               "rss_bytes": resident_memory_bytes()}
        service.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--one", choices=SETTINGS)
    parser.add_argument("--quantized", type=Path, default=None,
                        help=f"a `personalq quantize models/base` folder at {SPEC} "
                        "(default: written to a temporary folder first)")
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    if args.one:
        print(json.dumps(run_one(args.one, args.quantized)))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        qdir = args.quantized
        if qdir is None:
            from personalq.cli import main as cli

            qdir = Path(tmp) / "base-naive-w8a8"
            cli(["quantize", "models/base", "--method", "naive", "--wbits", "8", "--abits", "8",
                 "-o", str(qdir)])
        rows = []
        for setting in SETTINGS:
            res = subprocess.run([sys.executable, __file__, "--one", setting, "--quantized",
                                  str(qdir)], capture_output=True, text=True, check=True)
            rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    mb = 2 ** 20
    print(f"{'setting':<12}{'cache MB':>10}{'model MB':>10}{'float UNet MB':>15}{'RSS MB':>9}")
    for r in rows:
        print(f"{r['setting']:<12}{r['cache_bytes'] / mb:>10.1f}{r['model_bytes'] / mb:>10.1f}"
              f"{r['float_unet_bytes'] / mb:>15.1f}{r['rss_bytes'] / mb:>9.0f}")
    for r in rows:
        print(r["setting"], "entries:", r["entries"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
