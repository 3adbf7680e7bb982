"""Training sets of the world: rendered in parallel, deterministic for a given seed."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace

import numpy as np

from personalq.world.concepts import look_alike_spec, random_scene
from personalq.world.domain import STYLES, Spec, caption, random_generic_spec, render


def _generic_chunk(args: tuple[int, int, int]) -> tuple[np.ndarray, list[str]]:
    seed, start, n = args
    images = np.empty((n, 64, 64, 3), np.uint8)
    caps: list[str] = []
    for i in range(n):
        rng = np.random.default_rng([seed, start + i])
        spec = random_generic_spec(rng)
        images[i] = render(spec, int(rng.integers(2**31)))
        caps.append(caption(spec, rng))
    return images, caps


def render_in_chunks(chunk_fn, n: int, seed: int, workers: int | None = None) -> list:
    """Run `chunk_fn((seed, start, count))` over [0, n) in chunks, in worker processes when
    there are several: item i depends only on (seed, i), so the result is the same whatever
    the number of workers. Returns the chunks' results in order."""
    workers = workers or min(16, os.cpu_count() or 1)
    chunk = max(256, n // (workers * 4) + 1)
    jobs = [(seed, s, min(chunk, n - s)) for s in range(0, n, chunk)]
    if workers <= 1 or len(jobs) == 1:
        return [chunk_fn(j) for j in jobs]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(chunk_fn, jobs))


def generic_dataset(n: int, seed: int, workers: int | None = None) -> tuple[np.ndarray, list[str]]:
    """n generic (base-domain) pictures with captions; image i depends only on (seed, i)."""
    parts = render_in_chunks(_generic_chunk, n, seed, workers)
    images = np.concatenate([p[0] for p in parts])
    caps = [c for p in parts for c in p[1]]
    return images, caps


def _autoencoder_chunk(args: tuple[int, int, int]) -> tuple[np.ndarray, list[str]]:
    seed, start, n = args
    images = np.empty((n, 64, 64, 3), np.uint8)
    for i in range(n):
        rng = np.random.default_rng([seed, start + i, 1])
        r = rng.random()
        spec = random_generic_spec(rng) if r < 0.5 else replace(look_alike_spec(rng), scene=random_scene(rng))
        if rng.random() < 0.15:
            spec = replace(spec, style=STYLES[rng.integers(1, len(STYLES))])
        images[i] = render(spec, int(rng.integers(2**31)))
    return images, []


def autoencoder_dataset(n: int, seed: int, workers: int | None = None) -> np.ndarray:
    """n pictures for the VAE: half generic, half look-alikes (objects patterned in a second
    chromatic colour, with accessories; never a personal concept itself), 15% in a style.
    A VAE trained on generic pictures alone (white/black patterns only) learnt to drop the
    second colour, so blue vs purple checks were lost before the UNet ever saw them."""
    parts = render_in_chunks(_autoencoder_chunk, n, seed, workers)
    return np.concatenate([p[0] for p in parts])


def render_many(specs: list[Spec], seeds: list[int]) -> np.ndarray:
    return np.stack([render(s, int(k)) for s, k in zip(specs, seeds)])


def tokenize(tokenizer, texts: list[str]):
    """Token ids padded to the tokenizer's length, as the SD pipeline pads them."""
    return tokenizer(
        texts, padding="max_length", max_length=tokenizer.model_max_length, truncation=True, return_tensors="pt"
    ).input_ids


def to_tensor(images: np.ndarray):
    """uint8 NHWC -> float NCHW in [-1, 1]."""
    import torch

    return torch.from_numpy(images).permute(0, 3, 1, 2).float().div(127.5).sub(1.0)
