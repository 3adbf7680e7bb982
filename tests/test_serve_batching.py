"""Batching in the service: waiting jobs for the same checkpoint(s) and settings go through the
UNet as one batch, and each still gets the image its own seed draws unbatched, its own result
and its own events (real tiny pipelines, real queue threads)."""

from __future__ import annotations

import io
import threading

import numpy as np
from PIL import Image

from serve_testdata import make_config, world  # noqa: F401 (fixture)
from personalq.serve.queue import Job
from personalq.serve.service import Service


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


def test_different_loras_share_a_batch_each_row_through_its_own_adapter(world):
    """Requests for different LoRAs and the plain base ride in one mixed-LoRA batch and draw
    what each draws alone; a DreamBooth (its own UNet) and weighted requests wait for their own
    call; with mix_loras off only identical requests share a batch."""
    requests = [dict(checkpoints=["rufus"], seed=1), dict(checkpoints=["kiki"], seed=2),
                dict(checkpoints=[], seed=3), dict(checkpoints=["rufus"], seed=4, n=2),
                dict(checkpoints=["mochi"], seed=5), dict(checkpoints=["inkwash"], seed=6),
                dict(checkpoints=["kiki"], seed=7, weights=[0.5]), dict(checkpoints=[], seed=1)]
    mixed = Service(make_config(world, max_batch=8, queue_size=16))
    keyed = Service(make_config(world, max_batch=8, queue_size=16, mix_loras=False))
    single = Service(make_config(world, max_batch=1, queue_size=16))
    try:
        together, by_key, alone = (run_jobs(s, requests) for s in (mixed, keyed, single))
    finally:
        for s in (mixed, keyed, single):
            s.close()
    assert all(j.status == "succeeded" for j in together + by_key + alone)
    assert [j.result["batch"] for j in together] == [6, 6, 6, 6, 1, 6, 1, 6]
    assert [j.result["mixed_batch"] for j in together] == [True] * 4 + [False, True, False, True]
    assert mixed.gen_queue.batches == [6] and keyed.gen_queue.batches == [2, 2]
    for a, b in zip(together, alone):
        for x, y in zip(a.result["images"], b.result["images"]):
            diff = np.abs(pixels(x) - pixels(y))
            assert diff.max() <= 1, f"{a.result['checkpoints']} seed {a.result['seed']}: {diff.max()}"
    # the adapter matters: rufus and the plain base at one seed differ in the same batch
    assert np.abs(pixels(together[0].result["images"][0])
                  - pixels(together[7].result["images"][0])).max() > 8
