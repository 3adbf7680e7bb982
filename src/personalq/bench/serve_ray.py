"""`personalq bench serve-ray`: Ray Serve model multiplexing against the single-process service.

One run, on the same Zipf(1.0) request mix, for two repositories: the world's 12 checkpoints,
and a generated repository of 100 LoRAs (the world's LoRA files, each copied with its weights
perturbed, so every one is a distinct file at the world's shapes):
- Ray Serve: R generator replicas, each keeping at most M checkpoints resident
  (`max_num_models_per_replica`); requests carry the checkpoint id as the multiplexed model id,
  so the router sends a request to a replica that holds its checkpoint when one does.
  Cache-hit ratio = the share of requests that found their checkpoint resident on the replica
  they landed on.
- the single-process service (the FastAPI app with its model cache, on loopback): its hit
  ratio (a request served without loading its checkpoint) and throughput, the baseline.
Also: the hit ratio an oracle would get holding the R x M most popular checkpoints (the
ceiling for R x M slots on that mix), and failed / lost / duplicated requests per mode.
Writes benchmarks/results/serve_ray.json and serve_ray.png.
"""

from __future__ import annotations

import json
import random
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from personalq import paths
from personalq.catalog.safetensors_meta import read_header
from personalq.serve.api import create_app
from personalq.serve.config import ServeConfig
from personalq.serve.live import LiveServer, free_port
from personalq.serve.ray_app import build_generator, config_to_dict, ray_env

RESULTS_DIR = paths.PROJECT_ROOT / "benchmarks" / "results"
TARGET_HIT_RATIO = 0.8
PROMPT = "a picture on a table"


def zipf_mix(ids: list[str], n: int, s: float = 1.0, seed: int = 0) -> list[str]:
    """n checkpoint ids drawn with P(rank k) ~ 1/k^s; which id gets which rank is shuffled."""
    rng = random.Random(seed)
    ranked = list(ids)
    rng.shuffle(ranked)
    weights = [1.0 / (k + 1) ** s for k in range(len(ranked))]
    return rng.choices(ranked, weights=weights, k=n)


def oracle_hit_ratio(mix: list[str], slots: int) -> float:
    """The share of requests for the `slots` most requested ids (a static best placement)."""
    counts: dict[str, int] = {}
    for key in mix:
        counts[key] = counts.get(key, 0) + 1
    top = sorted(counts.values(), reverse=True)[:slots]
    return sum(top) / len(mix)


def make_lora_repo(source: Path, dest: Path, n: int = 100, seed: int = 0) -> Path:
    """n LoRA files + card sidecars in `dest`, each a world LoRA with perturbed weights."""
    import torch
    from safetensors.torch import load_file, save_file

    sources = sorted(p for p in Path(source).glob("*.safetensors"))
    if not sources:
        raise FileNotFoundError(f"no LoRA files in {source}")
    dest.mkdir(parents=True, exist_ok=True)
    gen = torch.Generator().manual_seed(seed)
    for i in range(n):
        src = sources[i % len(sources)]
        card = json.loads(src.with_name(src.stem + ".card.json").read_text())
        tensors = {k: v + 0.05 * v.std() * torch.randn(v.shape, generator=gen)
                   for k, v in load_file(src).items()}
        stem, trigger = f"gen{i:03d}", f"<gen{i:03d}>"
        meta = {**read_header(src).metadata, "modelspec.trigger_phrase": trigger,
                "modelspec.title": f"Generated {i}"}
        save_file(tensors, str(dest / f"{stem}.safetensors"), metadata=meta)
        card.update(id=stem, name=f"Generated {i}", trigger=trigger, family=stem, version=1,
                    description=f"generated LoRA {i} (from {src.stem})")
        (dest / f"{stem}.card.json").write_text(json.dumps(card))
    return dest


def checkpoint_prompts(repo: Path) -> dict[str, str]:
    """id -> the request's prompt with that checkpoint's trigger already in it, so both modes
    draw the same text (the single-process service then skips its trigger insertion)."""
    out = {}
    for path in sorted(Path(repo).glob("*.card.json")):
        card = json.loads(path.read_text())
        card_id = card.get("id") or path.name[: -len(".card.json")]
        out[card_id] = f"{card.get('trigger') or ''} {card.get('class_noun') or ''}, {PROMPT}"
    return out


def checkpoint_ids(repo: Path) -> list[str]:
    """The ids of a checkpoint folder's cards (its sidecars), sorted."""
    return sorted(checkpoint_prompts(repo))


def fire(send, mix: list[str], concurrency: int) -> tuple[list[dict], float]:
    """Send every request of the mix (request i: seed i) and collect one record per answer."""
    records: list[dict] = []

    def one(i: int) -> None:
        t0 = time.perf_counter()
        try:
            out = send(i, mix[i])
        except Exception as err:  # noqa: BLE001 (a failed request is a figure, not a crash)
            out = {"ok": False, "error": f"{type(err).__name__}: {err}"}
        records.append({"i": i, "model": mix[i], "latency_s": time.perf_counter() - t0, **out})

    t0 = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        list(pool.map(one, range(len(mix))))
    return records, time.perf_counter() - t0


def summarize(records: list[dict], wall: float, n: int) -> dict:
    ok = [r for r in records if r.get("ok")]
    seen: dict[int, int] = {}
    for r in ok:
        seen[r["i"]] = seen.get(r["i"], 0) + 1
    wrong = [r for r in ok if r.get("seed") != r["i"] or r.get("model_id", r["model"]) != r["model"]]
    hits = [r for r in ok if r.get("hit")]
    replicas: dict[str, int] = {}
    for r in ok:
        if r.get("replica"):
            replicas[r["replica"]] = replicas.get(r["replica"], 0) + 1
    return {"requests": n, "succeeded": len(ok), "failed": len(records) - len(ok),
            "lost": n - len(seen) - (len(records) - len(ok)),
            "duplicated": sum(c - 1 for c in seen.values()), "mismatched": len(wrong),
            "hit_ratio": len(hits) / max(1, len(ok)), "wall_s": wall,
            "throughput_rps": len(ok) / wall, "per_replica": replicas,
            "errors": sorted({r["error"] for r in records if not r.get("ok")})[:5]}


def run_single(repo: Path, base: Path | None, mix: list[str], steps: int,
               concurrency: int) -> dict:
    """The single-process FastAPI service on loopback, checkpoints named explicitly."""
    import httpx

    prompts = checkpoint_prompts(repo)
    with tempfile.TemporaryDirectory() as up:
        config = ServeConfig(repo=repo, base_dir=base, upload_dir=Path(up), api_key="",
                             queue_size=max(64, concurrency * 2), request_timeout_s=600)
        with LiveServer(create_app(config)) as live, httpx.Client(
                base_url=live.url, timeout=600,
                limits=httpx.Limits(max_connections=concurrency)) as client:
            def send(i: int, model: str) -> dict:
                res = client.post("/v1/images/generations", json={
                    "prompt": prompts[model], "checkpoint": model, "seed": i, "steps": steps})
                if res.status_code != 200:
                    return {"ok": False, "error": f"{res.status_code}: {res.text[:200]}"}
                info = res.json()["personalq"]
                return {"ok": True, "seed": info["seed"], "hit": not info["loaded"]}

            records, wall = fire(send, mix, concurrency)
    return summarize(records, wall, len(mix))


def start_ray(port: int) -> None:
    import ray
    from ray import serve

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": ray_env()})
    serve.start(http_options={"host": "127.0.0.1", "port": port})


def run_ray(repo: Path, base: Path | None, mix: list[str], steps: int, concurrency: int,
            replicas: int, max_models: int, port: int, eviction: str) -> dict:
    """The multiplexed generator app (no Check-in router: the mix names its checkpoints)."""
    import httpx
    from ray import serve


    prompts = checkpoint_prompts(repo)
    with tempfile.TemporaryDirectory() as up:
        config = ServeConfig(repo=repo, base_dir=base, upload_dir=Path(up), api_key="",
                             queue_size=max(64, concurrency * 2), request_timeout_s=600)
        app = build_generator(max_models, eviction).options(num_replicas=replicas)
        serve.run(app.bind(config_to_dict(config)), name="bench-generator",
                  route_prefix="/generate")
        try:
            with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=600,
                              limits=httpx.Limits(max_connections=concurrency)) as client:
                def send(i: int, model: str) -> dict:
                    res = client.post("/generate", headers={"serve_multiplexed_model_id": model},
                                      json={"prompt": prompts[model], "seed": i,
                                            "steps": steps})
                    if res.status_code != 200:
                        return {"ok": False, "error": f"{res.status_code}: {res.text[:200]}"}
                    out = res.json()
                    return {"ok": True, "seed": out["seed"], "hit": out["resident_hit"],
                            "replica": out["replica"], "model_id": out["model_id"],
                            "eviction": out["eviction"]}

                records, wall = fire(send, mix, concurrency)
        finally:
            serve.delete("bench-generator")
    out = summarize(records, wall, len(mix))
    out["eviction"] = sorted({r["eviction"] for r in records if r.get("ok")})
    return out


MODES = {"ray": "Ray, frequency eviction (shipped)", "ray_lru": "Ray, Ray's LRU eviction",
         "single": "single process"}


def repositories(args, tmp: Path) -> dict[str, Path]:
    """The world's checkpoint folder and a generated folder of `args.generated` LoRAs."""
    world = Path(args.repo) if args.repo else paths.WORLD_REPO_DIR
    out = {"world": world}
    if args.generated:
        out[f"generated-{args.generated}"] = make_lora_repo(world, tmp / "generated",
                                                            n=args.generated, seed=args.seed)
    return out


def run_bench(args) -> int:
    import ray
    import torch
    from ray import serve

    # One torch thread per process, as each Ray replica runs (OMP_NUM_THREADS=1): on a shared,
    # oversubscribed CPU two OpenMP threads per process ran ~10x slower here.
    torch.set_num_threads(args.threads)

    slots = args.replicas * args.max_models
    results: dict[str, dict] = {}
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        repos = repositories(args, Path(tmp))
        mixes = {name: zipf_mix(checkpoint_ids(repo), args.requests if name == "world" else
                                args.generated_requests, s=args.zipf, seed=args.seed)
                 for name, repo in repos.items()}
        start_ray(port)
        try:
            for name, repo in repos.items():
                results[name] = {"checkpoints": len(checkpoint_ids(repo)),
                                 "oracle_hit_ratio": oracle_hit_ratio(mixes[name], slots)}
                for mode, eviction in (("ray", "frequency"), ("ray_lru", "lru")):
                    print(f"[{name}] Ray Serve: {args.replicas} replicas x {args.max_models} "
                          f"resident, {eviction} eviction, {len(mixes[name])} requests ...",
                          flush=True)
                    results[name][mode] = run_ray(repo, args.base, mixes[name], args.steps,
                                                  args.concurrency, args.replicas,
                                                  args.max_models, port, eviction)
        finally:
            serve.shutdown()
            ray.shutdown()
        for name, repo in repos.items():
            print(f"[{name}] single process ...", flush=True)
            results[name]["single"] = run_single(repo, args.base, mixes[name], args.steps,
                                                 args.concurrency)
    report = build_report(results, args)
    print_report(report)
    write_outputs(report, Path(args.out) if args.out else RESULTS_DIR)
    return 0


def build_report(results: dict, args) -> dict:
    for row in results.values():
        row["throughput_ratio_ray_vs_single"] = (row["ray"]["throughput_rps"]
                                                 / max(1e-9, row["single"]["throughput_rps"]))
    world = results.get("world", {})
    clean = all(r[m][k] == 0 for r in results.values() for m in MODES
                for k in ("failed", "lost", "duplicated", "mismatched"))
    return {"settings": {"requests": args.requests,
                         "generated_requests": args.generated_requests, "zipf_s": args.zipf, "steps": args.steps,
                         "concurrency": args.concurrency, "replicas": args.replicas,
                         "max_models_per_replica": args.max_models, "seed": args.seed,
                         "torch_threads_single": args.threads, "torch_threads_replica": 1,
                         "size": "native", "base": str(args.base or paths.WORLD_BASE_DIR)},
            "results": results,
            "bars": {"world_hit_ratio": world.get("ray", {}).get("hit_ratio"),
                     "target_hit_ratio": TARGET_HIT_RATIO,
                     "hit_ratio_met": (world.get("ray", {}).get("hit_ratio") or 0)
                     >= TARGET_HIT_RATIO,
                     "no_failed_lost_duplicated": clean}}


def print_report(report: dict) -> None:
    s = report["settings"]
    print(f"\nRay Serve multiplexing vs the single-process service: Zipf({s['zipf_s']}) mix, "
          f"{s['requests']} requests (generated: {s['generated_requests']}), {s['steps']} steps, "
          f"concurrency "
          f"{s['concurrency']}, {s['replicas']} replicas x {s['max_models_per_replica']} resident")
    head = (f"{'repository':<15}{'mode':<9}{'hit':>7}{'oracle':>8}{'req/s':>8}{'ok':>6}"
            f"{'failed':>7}{'lost':>6}{'dup':>5}  per replica")
    print(head + "\n" + "-" * len(head))
    for name, row in report["results"].items():
        for mode in MODES:
            r = row[mode]
            oracle = f"{row['oracle_hit_ratio']:.3f}" if mode == "ray" else ""
            print(f"{name:<15}{mode:<9}{r['hit_ratio']:>7.3f}{oracle:>8}{r['throughput_rps']:>8.2f}"
                  f"{r['succeeded']:>6}{r['failed']:>7}{r['lost']:>6}{r['duplicated']:>5}  "
                  f"{sorted(r['per_replica'].values()) or ''}")
        print(f"{'':<15}throughput Ray / single process: "
              f"{row['throughput_ratio_ray_vs_single']:.2f}x")
    b = report["bars"]
    print(f"bar: world hit ratio {b['world_hit_ratio']:.3f} >= {b['target_hit_ratio']}: "
          f"{'met' if b['hit_ratio_met'] else 'NOT met'}; 0 failed/lost/duplicated: "
          f"{'met' if b['no_failed_lost_duplicated'] else 'NOT met'}")


def write_outputs(report: dict, out_dir: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "serve_ray.json").write_text(json.dumps(report, indent=2) + "\n")
    names = list(report["results"])
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(9, 3.4))
    x = range(len(names))
    for offset, (label, get) in enumerate((
            ("Ray, frequency eviction", lambda r: r["ray"]["hit_ratio"]),
            ("Ray, LRU eviction", lambda r: r["ray_lru"]["hit_ratio"]),
            ("oracle top R x M", lambda r: r["oracle_hit_ratio"]),
            ("single process", lambda r: r["single"]["hit_ratio"]))):
        ax1.bar([i + (offset - 1.5) * 0.2 for i in x], [get(report["results"][n]) for n in names],
                0.2, label=label)
    ax1.axhline(TARGET_HIT_RATIO, color="k", ls="--", lw=0.8)
    ax1.set_xticks(list(x), names)
    ax1.set_ylabel("cache-hit ratio")
    ax1.legend(fontsize=7)
    for offset, mode in enumerate(MODES):
        ax2.bar([i + (offset - 1) * 0.27 for i in x],
                [report["results"][n][mode]["throughput_rps"] for n in names], 0.27,
                label=MODES[mode])
    ax2.set_xticks(list(x), names)
    ax2.set_ylabel("requests / s")
    ax2.legend(fontsize=7)
    s = report["settings"]
    fig.suptitle(f"Zipf({s['zipf_s']}), {s['replicas']} replicas x {s['max_models_per_replica']} "
                 f"resident, {s['steps']} steps", fontsize=9)
    fig.tight_layout()
    fig.savefig(out_dir / "serve_ray.png", dpi=90)
    plt.close(fig)
    print(f"wrote {out_dir / 'serve_ray.json'} and {out_dir / 'serve_ray.png'}")
