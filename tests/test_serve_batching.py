"""Batching in the service: waiting jobs for the same checkpoint(s) and settings go through the
UNet as one batch, and each still gets the image its own seed draws unbatched, its own result
and its own events (real tiny pipelines, real queue threads)."""

from __future__ import annotations

import io
import json
import shutil
import threading

import numpy as np
import pytest
from PIL import Image

from serve_testdata import make_config, world  # noqa: F401 (fixture)
from personalq.serve.queue import Job
from personalq.serve.service import Service
from personalq.testing import make_tiny_dreambooth, make_tiny_lora


def pixels(png: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)


def hold_worker(service: Service) -> threading.Event:
    """Keep the single generation worker busy so that the next jobs wait together."""
    release, started = threading.Event(), threading.Event()

    def work(job):
        started.set()
        release.wait(30)

    service.gen_queue.submit(Job(kind="hold", key="hold", work=work))
    assert started.wait(10)
    return release


def run_jobs(service: Service, requests: list[dict]) -> list[Job]:
    release = hold_worker(service)
    jobs = [service.submit_generation("a photo of a dog", **r) for r in requests]
    release.set()
    for job in jobs:
        assert job.wait(120), job.to_json()
    return jobs


def test_batched_jobs_draw_what_each_seed_draws_alone(world):
    requests = [dict(checkpoints=["rufus"], seed=s, n=n) for s, n in ((1, 1), (2, 2), (5, 1))]
    requests.append(dict(checkpoints=["rufus"], seed=9, steps=3))  # other settings: own batch
    batched = Service(make_config(world, max_batch=8, queue_size=16))
    single = Service(make_config(world, max_batch=1, queue_size=16))
    try:
        together = run_jobs(batched, requests)
        alone = run_jobs(single, requests)
    finally:
        batched.close()
        single.close()
    assert [j.status for j in together + alone] == ["succeeded"] * 8
    assert [j.result["batch"] for j in together] == [3, 3, 3, 1]
    assert [j.result["batch"] for j in alone] == [1, 1, 1, 1] and single.gen_queue.batches == []
    assert batched.gen_queue.batches == [3]
    for a, b in zip(together, alone):
        assert a.result["seed"] == b.result["seed"] and len(a.result["images"]) == len(
            b.result["images"])
        for x, y in zip(a.result["images"], b.result["images"]):
            diff = np.abs(pixels(x) - pixels(y))
            assert diff.max() <= 1, f"seed {a.result['seed']}: batched image differs by {diff.max()}"
    images = [pixels(p) for j in together for p in j.result["images"]]
    assert not np.array_equal(images[0], images[1])  # each job its own seed's image
    ids = {j.id for j in together}
    for job in together[:3]:
        assert {e["job"] for e in job.events} == {job.id} and len(ids) == 4
        assert any("batch of 4 images" in e["message"] for e in job.events)
        assert job.events[-1]["event"] == "succeeded"


def test_a_job_cancelled_inside_a_batch_stops_alone(world):
    service = Service(make_config(world, max_batch=8, queue_size=16))
    try:
        release = hold_worker(service)
        jobs = [service.submit_generation("a photo of a dog", ["rufus"], seed=s, steps=3)
                for s in range(3)]
        stop = jobs[1]
        stop.add_done_callback(lambda job: None)
        original = stop.progress

        def cancel_at_first_step(fraction, message=""):
            if "step" in message:
                stop.cancel_requested = True
            original(fraction, message)

        stop.progress = cancel_at_first_step
        release.set()
        for job in jobs:
            assert job.wait(120)
    finally:
        service.close()
    assert [j.status for j in jobs] == ["succeeded", "cancelled", "succeeded"]
    assert jobs[0].result["batch"] == 3 and len(jobs[2].result["images"]) == 1


@pytest.fixture(scope="module")
def two_dreambooths(world):
    """The serve world's repository plus a second DreamBooth cat, "tofu", that ships no text
    encoder and no learned embeddings: it draws with the base's own text encoder, which holds
    the text-encoder layers of the LoRA "pip" (the other LoRAs have UNet layers only)."""
    repo = world["root"] / "repo-two-db"
    shutil.copytree(world["repo"], repo)
    make_tiny_lora(world["base"], repo / "pip.safetensors", seed=5, text_encoder=True,
                   metadata={"modelspec.trigger_phrase": "<pip-dog>"})
    tofu = make_tiny_dreambooth(world["base"], repo / "tofu", seed=8, trigger="<tofu-cat>")
    for name in ("text_encoder", "tokenizer"):
        shutil.rmtree(tofu / name)
    (repo / "tofu.card.json").write_text(json.dumps(
        {"name": "Tofu", "trigger": "<tofu-cat>", "class_noun": "cat", "kind": "subject",
         "family": "tofu", "description": "Tofu, a white cat", "tags": ["cat"]}))
    return {**world, "repo": repo}


def test_different_checkpoints_share_a_batch_each_row_through_its_own_adapter_or_unet(
        two_dreambooths):
    """Requests for different LoRAs, different DreamBooth UNets and the plain base ride in one
    mixed batch and draw what each draws alone (a LoRA at weight 1 even right after a request
    drew it at another weight); weighted requests wait for their own call; with mixing off
    only identical requests share a batch; with DreamBooth mixing off the DreamBooths wait for
    batches of their own."""
    world = two_dreambooths
    requests = [dict(checkpoints=["rufus"], seed=1), dict(checkpoints=["kiki"], seed=2),
                dict(checkpoints=[], seed=3), dict(checkpoints=["rufus"], seed=4, n=2),
                dict(checkpoints=["mochi"], seed=9), dict(checkpoints=["inkwash"], seed=6),
                dict(checkpoints=["kiki"], seed=7, weights=[0.5]), dict(checkpoints=[], seed=1),
                dict(checkpoints=["tofu"], seed=9), dict(checkpoints=["pip"], seed=5)]
    mixed = Service(make_config(world, max_batch=16, queue_size=16))
    keyed = Service(make_config(world, max_batch=16, queue_size=16, mix_checkpoints=False))
    single = Service(make_config(world, max_batch=1, queue_size=16))
    lora_only = Service(make_config(world, max_batch=16, queue_size=16, mix_dreambooth=False))
    try:
        # kiki's scale is left at 0.5 on the base: its mixed row must still draw it at 1
        assert mixed.submit_generation("a dog", ["kiki"], seed=3, weights=[0.5]).wait(120)
        together, by_key, alone, no_db = (run_jobs(s, requests)
                                          for s in (mixed, keyed, single, lora_only))
    finally:
        for s in (mixed, keyed, single, lora_only):
            s.close()
    assert all(j.status == "succeeded" for j in together + by_key + alone + no_db)
    assert sorted(lora_only.gen_queue.batches) == [7]
    assert [j.result["mixed_batch"] for j in no_db] == [True] * 4 + [False, True, False, True,
                                                                     False, True]
    assert [j.result["batch"] for j in together] == [9] * 6 + [1] + [9] * 3
    assert [j.result["mixed_batch"] for j in together] == [True] * 6 + [False] + [True] * 3
    assert [j.result["weights"] for j in together] == [
        "lora", "lora", "base", "lora", "dreambooth", "lora", "lora", "base", "dreambooth", "lora"]
    assert mixed.gen_queue.batches == [9] and keyed.gen_queue.batches == [2, 2]
    for a, b in zip(together, alone):
        for x, y in zip(a.result["images"], b.result["images"]):
            diff = np.abs(pixels(x) - pixels(y))
            assert diff.max() <= 1, f"{a.result['checkpoints']} seed {a.result['seed']}: {diff.max()}"
    # what draws a row matters: at one seed, rufus and the plain base differ in the same batch,
    # and so do the two DreamBooth UNets
    first = [pixels(j.result["images"][0]) for j in together]
    assert np.abs(first[0] - first[7]).max() > 8 and np.abs(first[4] - first[8]).max() > 8
