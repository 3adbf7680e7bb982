"""`personalq bench catalog`: how long ingest takes, cold and incremental, manifest and folder.

Measured in a throw-away PERSONALQ_HOME so nothing is cached from earlier runs:
- cold ingest of N manifest cards (parse + FTS + MiniLM embeddings + one SQLite transaction),
  split into model load, embedding and the rest; the target is <= 30 s for 1,000 cards;
- the baseline in the same run: embedding cards one at a time (batch 1) on a sample, scaled to N,
  against the batched, length-sorted embedding the store does;
- a re-scan with nothing changed, and one after editing 10 cards (only those are re-embedded);
- BM25 query latency; a folder of real LoRA .safetensors files read header-only.
Prints the figures and writes benchmarks/results/catalog_ingest.{json,png}.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from personalq import paths
from personalq.catalog.store import open_repository
from personalq.embed import _model, encode

QUERIES = ["my teddy bear on the beach", "the corgi puppy in a sweater", "<rex-v2> robot",
           "blueprint style drawing of a castle", "the newest version of the mug", "v2 of the dog",
           'quotes " and - hyphens OR NOT', "watercolour painting of my cat", "an old car at night"]


def _synthetic_cards(n: int, seed: int = 0) -> list[dict]:
    rnd = random.Random(seed)
    nouns = ["dog", "cat", "teddy bear", "mug", "car", "robot", "vase", "lamp", "boot", "guitar"]
    adjs = ["red", "blue", "fluffy", "tiny", "vintage", "shiny", "striped", "wooden", "golden", "green"]
    cards = []
    for i in range(n):
        fam, ver = i // 50, i % 50 + 1
        noun = nouns[fam % len(nouns)]
        cards.append({"id": f"fam{fam}-v{ver}", "name": f"Concept {fam}", "trigger": f"<fam{fam}-v{ver}>",
                      "class_noun": noun, "family": f"fam{fam}", "version": ver,
                      "created_at": f"2025-{1 + ver % 12:02d}-01",
                      "description": f"A {rnd.choice(adjs)} {noun} with {rnd.choice(adjs)} details, "
                                     f"photographed for version {ver}.",
                      "tags": [noun, rnd.choice(adjs)]})
    return cards


def _load_cards(manifest: Path | None, n: int) -> tuple[list[dict], str]:
    default = paths.PROJECT_ROOT / "benchmarks" / "select" / "catalog.jsonl"
    source = manifest or (default if default.is_file() else None)
    if source is None:
        return _synthetic_cards(n), "synthetic"
    lines = [json.loads(line) for line in source.read_text().splitlines() if line.strip()]
    if len(lines) < n:
        lines += _synthetic_cards(n - len(lines), seed=1)
    return lines[:n], str(source)


def run(n: int = 1000, manifest: Path | None = None, folder_n: int = 200, out: Path | None = None,
        threads: int = 1) -> dict:
    import torch

    torch.set_num_threads(threads)
    cards, source = _load_cards(manifest, n)
    out = out or paths.PROJECT_ROOT / "benchmarks" / "results"
    res: dict = {"cards": len(cards), "source": source, "threads": threads}
    with tempfile.TemporaryDirectory() as tmp, _state_home(Path(tmp) / "home"):
        tmp = Path(tmp)
        repo = tmp / "repo.jsonl"
        repo.write_text("".join(json.dumps(c) + "\n" for c in cards))
        report, sample = _cold_ingest(repo, res)
        _embed_baselines([c.search_text() for c in sample], len(cards), report, res)
        _rescans(repo, cards, res)
        if folder_n:
            _folder_ingest(tmp / "folder", cards[:folder_n], res)
    out.mkdir(parents=True, exist_ok=True)
    (out / "catalog_ingest.json").write_text(json.dumps(res, indent=2) + "\n")
    _plot(res, out / "catalog_ingest.png")
    print(f"wrote {out / 'catalog_ingest.json'} and {out / 'catalog_ingest.png'}")
    return res


@contextmanager
def _state_home(home: Path):
    """PERSONALQ_HOME points at `home` meanwhile (the catalog databases go there)."""
    old_home = os.environ.get("PERSONALQ_HOME")
    os.environ["PERSONALQ_HOME"] = str(home)
    try:
        yield
    finally:
        if old_home is None:
            os.environ.pop("PERSONALQ_HOME", None)
        else:
            os.environ["PERSONALQ_HOME"] = old_home


def _cold_ingest(repo: Path, res: dict):
    """A cold process opens the manifest: MiniLM load, parse, embed, index, write."""
    res["load_avg_before"] = os.getloadavg()[0]
    t0, c0 = time.perf_counter(), time.process_time()
    _model()
    res["model_load_s"] = time.perf_counter() - t0
    with open_repository(repo) as store:
        r = store.report
        sample = store.cards()[:200]
    res["cold_ingest_s"] = time.perf_counter() - t0  # includes the model load
    res["cold_ingest_cpu_s"] = time.process_time() - c0
    res["cold_embed_s"], res["cold_other_s"] = r.seconds_embed, r.seconds - r.seconds_embed
    res["embedded"] = r.embedded
    print(f"cold ingest of {r.cards} cards: {res['cold_ingest_s']:.2f} s "
          f"(model load {res['model_load_s']:.2f} s, embed {r.seconds_embed:.2f} s, "
          f"parse+index+write {res['cold_other_s']:.2f} s)  target <= 30 s")
    print(f"  process CPU time {res['cold_ingest_cpu_s']:.2f} s; machine load average "
          f"{res['load_avg_before']:.1f} on {os.cpu_count()} cores when it started")
    return r, sample


def _embed_baselines(texts: list[str], n_cards: int, r, res: dict) -> None:
    """fp32 one card at a time and fp32 batched, scaled to the catalog, against the store's."""
    t0 = time.perf_counter()
    for text in texts[:50]:
        encode([text], batch_size=1)
    res["baseline_batch1_embed_s"] = (time.perf_counter() - t0) * n_cards / 50
    t0 = time.perf_counter()
    encode(sorted(texts, key=len), batch_size=32)
    res["baseline_fp32_batched_embed_s"] = (time.perf_counter() - t0) * n_cards / len(texts)
    res["embed_dtype"] = r.embed_dtype
    print(f"baselines scaled to {n_cards} cards: fp32 one card at a time "
          f"{res['baseline_batch1_embed_s']:.2f} s, fp32 batched "
          f"{res['baseline_fp32_batched_embed_s']:.2f} s; the store ({r.embed_dtype}, batched, "
          f"length-sorted) {r.seconds_embed:.2f} s -> "
          f"{res['baseline_batch1_embed_s'] / max(r.seconds_embed, 1e-9):.1f}x / "
          f"{res['baseline_fp32_batched_embed_s'] / max(r.seconds_embed, 1e-9):.1f}x faster")


def _rescans(repo: Path, cards: list[dict], res: dict) -> None:
    """Re-scan unchanged, then with 10 cards edited; BM25 latency over the catalog."""
    t0 = time.perf_counter()
    with open_repository(repo) as store:
        assert store.report.embedded == 0
    res["rescan_unchanged_s"] = time.perf_counter() - t0
    for c in cards[:10]:  # the first sentence is what the dense index encodes (embed_text)
        c["description"] = "Edited: " + (c.get("description") or "")
    repo.write_text("".join(json.dumps(c) + "\n" for c in cards))
    t0 = time.perf_counter()
    with open_repository(repo) as store:
        res["rescan_10_changed_embedded"] = store.report.embedded
        res["rescan_10_changed_s"] = time.perf_counter() - t0
        lat = []
        for _ in range(20):
            for q in QUERIES:
                t1 = time.perf_counter()
                store.bm25(q, 50)
                lat.append((time.perf_counter() - t1) * 1000)
        res["bm25_p50_ms"] = statistics.median(lat)
        res["bm25_p95_ms"] = sorted(lat)[int(0.95 * len(lat))]
    print(f"re-scan, nothing changed: {res['rescan_unchanged_s']:.3f} s; 10 cards edited: "
          f"{res['rescan_10_changed_s']:.2f} s ({res['rescan_10_changed_embedded']} re-embedded)")
    print(f"bm25 over {len(cards)} cards: p50 {res['bm25_p50_ms']:.2f} ms, "
          f"p95 {res['bm25_p95_ms']:.2f} ms")


def _folder_ingest(folder: Path, cards: list[dict], res: dict) -> None:
    """A folder of LoRA files (safetensors headers with modelspec metadata): cold, re-scan."""
    from safetensors.numpy import save_file
    import numpy as np

    folder.mkdir()
    for c in cards:
        save_file({"lora_unet_x.lora_down.weight": np.zeros((4, 64), np.float32),
                   "lora_unet_x.lora_up.weight": np.zeros((64, 4), np.float32)},
                  str(folder / f"{c['id']}.safetensors"), metadata={
                      "modelspec.architecture": "stable-diffusion-v1/lora",
                      "modelspec.title": c.get("name", c["id"]),
                      "modelspec.trigger_phrase": c["trigger"],
                      "modelspec.description": c.get("description", "")})
    t0 = time.perf_counter()
    with open_repository(folder) as store:
        res["folder_cards"] = store.report.cards
        res["folder_cold_s"] = time.perf_counter() - t0
        res["folder_cold_embed_s"] = store.report.seconds_embed
    t0 = time.perf_counter()
    open_repository(folder).close()
    res["folder_rescan_s"] = time.perf_counter() - t0
    print(f"folder of {res['folder_cards']} LoRA files: cold {res['folder_cold_s']:.2f} s "
          f"(embed {res['folder_cold_embed_s']:.2f} s), re-scan {res['folder_rescan_s']:.3f} s")


def _plot(res: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    bars = [("cold ingest\n(total, wall)", res["cold_ingest_s"]),
            ("cold ingest\n(CPU time)", res["cold_ingest_cpu_s"]), ("model load", res["model_load_s"]),
            (f"embed, store\n({res['embed_dtype']}, batched)", res["cold_embed_s"]),
            ("embed, fp32\nbatched", res["baseline_fp32_batched_embed_s"]),
            ("embed, fp32\nbatch 1", res["baseline_batch1_embed_s"]),
            ("re-scan,\nunchanged", res["rescan_unchanged_s"]), ("re-scan,\n10 edited", res["rescan_10_changed_s"])]
    if "folder_cold_s" in res:
        bars.append((f"folder of {res['folder_cards']}\nLoRA files, cold", res["folder_cold_s"]))
    fig, ax = plt.subplots(figsize=(9, 4))
    ax.bar([b[0] for b in bars], [b[1] for b in bars], color="#4a7")
    ax.axhline(30, color="red", linestyle="--", label="target: 1,000 cards in 30 s")
    ax.set_yscale("log")
    ax.set_ylabel("seconds (log)")
    ax.set_title(f"Catalog ingest, {res['cards']} manifest cards, {res['threads']} torch thread(s), "
                 f"load average {res['load_avg_before']:.1f} on {os.cpu_count()} cores")
    for i, (_, v) in enumerate(bars):
        ax.text(i, v, f"{v:.2f}", ha="center", va="bottom", fontsize=8)
    ax.legend()
    ax.tick_params(axis="x", labelsize=7)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def cmd_bench_catalog(args) -> int:
    run(n=args.cards, manifest=args.manifest, folder_n=args.folder, out=args.out, threads=args.threads)
    return 0
