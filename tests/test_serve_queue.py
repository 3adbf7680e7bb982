"""The job queue with real worker threads: same-checkpoint batching, bounds, cancellation,
timeouts, failures."""

from __future__ import annotations

import threading
import time

import pytest

from personalq.errors import PersonalQError
from personalq.serve.queue import Job, JobQueue, QueueFull


def blocker(queue: JobQueue, key: str = "A") -> threading.Event:
    """Occupy the single worker until the returned event is set."""
    release = threading.Event()
    started = threading.Event()

    def work(job):
        started.set()
        release.wait(10)

    queue.submit(Job(kind="test", key=key, work=work))
    assert started.wait(5)
    return release


def test_jobs_for_the_loaded_checkpoint_run_first_and_nothing_starves():
    queue = JobQueue(max_size=20, workers=1, max_streak=3)
    order: list[str] = []
    release = blocker(queue, "A")
    jobs = [queue.submit(Job(kind="test", key=k, work=lambda job, k=k: order.append(k)))
            for k in "BABABAA"]
    release.set()
    for job in jobs:
        assert job.wait(5)
    # After A (running), queued A jobs jump ahead up to max_streak=3 in a row, then the oldest.
    assert order == ["A", "A", "B", "B", "B", "A", "A"]
    assert queue.batched >= 3
    queue.close()


def test_full_queue_refuses_with_429():
    queue = JobQueue(max_size=2, workers=1)
    release = blocker(queue)
    queue.submit(Job(kind="test", key="x", work=lambda job: None))
    queue.submit(Job(kind="test", key="x", work=lambda job: None))
    with pytest.raises(QueueFull) as err:
        queue.submit(Job(kind="test", key="x", work=lambda job: None))
    assert err.value.status == 429 and "full" in err.value.message
    release.set()
    queue.close()


def test_cancel_queued_and_running_jobs():
    queue = JobQueue(max_size=5, workers=1)
    release = blocker(queue)
    ran = []
    queued = queue.submit(Job(kind="test", key="x", work=lambda job: ran.append(1)))
    assert queue.cancel(queued.id).status == "cancelled"
    assert queue.depth() == 0

    steps = []

    def long_work(job):
        for i in range(1000):
            job.progress(i / 1000, "step")
            steps.append(i)
            time.sleep(0.01)

    release.set()
    running = queue.submit(Job(kind="test", key="y", work=long_work))
    while not steps:
        time.sleep(0.01)
    queue.cancel(running.id)
    assert running.wait(5) and running.status == "cancelled"
    assert len(steps) < 1000 and ran == []
    assert [e["event"] for e in running.events][-1] == "cancelled"
    queue.close()


def test_deadline_passes_while_queued_and_failures_keep_the_worker_alive():
    queue = JobQueue(max_size=5, workers=1)
    release = blocker(queue)
    late = queue.submit(Job(kind="test", key="x", work=lambda job: "never", timeout_s=0.05))
    time.sleep(0.2)
    release.set()
    assert late.wait(5) and late.status == "timed_out"

    def broken(job):
        raise RuntimeError("boom")

    def refused(job):
        raise PersonalQError("bad checkpoint", "pick another", status=409)

    failed = queue.submit(Job(kind="test", key="x", work=broken))
    user = queue.submit(Job(kind="test", key="x", work=refused))
    fine = queue.submit(Job(kind="test", key="x", work=lambda job: 42))
    assert fine.wait(5) and fine.result == 42 and fine.status == "succeeded"
    assert failed.status == "failed" and "boom" in failed.error["message"]
    assert user.status == "failed" and user.error["status"] == 409
    assert user.error["hint"] == "pick another"
    queue.close()


def test_done_callbacks_fire_once_even_when_added_late():
    queue = JobQueue(max_size=5, workers=2)
    job = queue.submit(Job(kind="test", key="x", work=lambda job: "ok"))
    job.wait(5)
    seen = []
    job.add_done_callback(lambda j: seen.append(j.status))
    assert seen == ["succeeded"]
    queue.close()


def test_waiting_jobs_with_one_batch_key_run_together_each_with_its_own_outcome():
    queue = JobQueue(max_size=20, workers=1, max_batch=3)
    calls: list[list[str]] = []

    def run_batch(jobs):
        calls.append([j.payload for j in jobs])
        return [ValueError("bad") if j.payload == "bad" else j.payload.upper() for j in jobs]

    def job(payload, batch_key="k"):
        return Job(kind="test", key="A", work=lambda j: run_batch([j])[0], payload=payload,
                   batch_key=batch_key, run_batch=run_batch)

    release = blocker(queue, "A")
    jobs = [queue.submit(job(p)) for p in ("a", "b", "bad", "c")]
    other = queue.submit(job("z", batch_key="other"))
    gone = queue.submit(job("d"))
    queue.cancel(gone.id)
    release.set()
    for j in jobs + [other]:
        assert j.wait(5)
    assert calls[0] == ["a", "b", "bad"] and ["c"] in calls and ["z"] in calls  # max 3 together
    assert [j.status for j in jobs] == ["succeeded", "succeeded", "failed", "succeeded"]
    assert [j.result for j in jobs[:2]] == ["A", "B"] and jobs[2].error["code"] == "internal_error"
    assert any("batch of 3" in e["message"] for e in jobs[0].events)
    assert gone.status == "cancelled" and queue.batches == [3]
    queue.close()


def test_the_largest_waiting_batch_goes_first_and_the_oldest_job_still_runs():
    """Batching on: a batch of three waiting jobs runs before an older job that would run
    alone, but the oldest job is passed over at most max_streak times; jobs that share only a
    mix_key fill a batch after those of its batch_key."""
    queue = JobQueue(max_size=20, workers=1, max_batch=4, max_streak=1)
    calls: list[list[str]] = []

    def run_batch(jobs):
        calls.append([j.payload for j in jobs])
        return [j.payload for j in jobs]

    def job(payload, batch_key, mix_key=None):
        return Job(kind="test", key=batch_key, work=lambda j: run_batch([j])[0], payload=payload,
                   batch_key=batch_key, run_batch=run_batch, mix_key=mix_key)

    release = blocker(queue, "X")
    jobs = [queue.submit(job(p, k, m)) for p, k, m in
            [("old", "A", None), ("b1", "B", None), ("b2", "B", None), ("b3", "B", None),
             ("c1", "C", "mix"), ("d1", "D", "mix"), ("c2", "C", "mix")]]
    release.set()
    for j in jobs:
        assert j.wait(5)
    # B's three first (larger than "old" alone); then "old", passed over once (max_streak=1);
    # then C's two with D's filling the batch
    assert calls == [["b1", "b2", "b3"], ["old"], ["c1", "c2", "d1"]]
    queue.close()


def test_a_long_queue_drains_in_batches_counted_by_key_with_nothing_lost_or_run_twice():
    """300 waiting jobs over 12 batch keys (4 of them mixing under one mix key, as the service's
    LoRA/DreamBooth/base requests do): the size counted by key for every waiting job is the
    batch `_batch_of` would take, and the worker runs every job exactly once."""
    queue = JobQueue(max_size=400, workers=1, max_batch=8, max_streak=8)
    runs: list[str] = []

    def run_batch(jobs):
        runs.extend(j.payload for j in jobs)
        return [j.payload for j in jobs]

    def job(i):
        key = f"k{(i * 7) % 12}"
        mix = "mix" if key in ("k0", "k1", "k2", "k3") else None
        return Job(kind="test", key=key, work=lambda j: run_batch([j])[0], payload=str(i),
                   batch_key=key, run_batch=run_batch, mix_key=mix)

    release = blocker(queue, "X")
    jobs = [queue.submit(job(i)) for i in range(300)]
    with queue._cond:
        counts = queue._key_counts()
        assert all(queue._batch_size(j, counts) == len(queue._batch_of(j)) for j in jobs)
        leader, size = queue._largest_batch_leader()
        assert size == 8 and leader is jobs[0]
    release.set()
    for j in jobs:
        assert j.wait(10)
    assert sorted(runs, key=int) == [str(i) for i in range(300)]  # none lost, none twice
    assert [j.result for j in jobs] == [str(i) for i in range(300)]
    assert max(queue.batches) == 8
    queue.close()


def test_under_concurrency_a_batch_waits_for_jobs_still_arriving_and_a_lone_job_does_not():
    """After a batch of two (requests arrive concurrently) the worker gives the next batch up
    to batch_wait_s to fill: a job submitted 0.2 s after the first rides with it. The first
    batch after a lone job starts at once with what waits."""
    queue = JobQueue(max_size=20, workers=1, max_batch=4, batch_wait_s=1.5)
    calls: list[list[str]] = []
    first_done = threading.Event()

    def run_batch(jobs):
        calls.append([j.payload for j in jobs])
        first_done.set()
        return [j.payload for j in jobs]

    def job(payload):
        return Job(kind="test", key="A", work=lambda j: run_batch([j])[0], payload=payload,
                   batch_key="A", run_batch=run_batch)

    release = blocker(queue, "X")  # a batch of one: no wait after it
    pair = [queue.submit(job(p)) for p in ("a", "b")]
    release.set()
    assert first_done.wait(5) and all(j.wait(5) for j in pair)
    late = [queue.submit(job("c"))]
    time.sleep(0.2)
    late.append(queue.submit(job("d")))
    assert all(j.wait(10) for j in late)
    assert calls == [["a", "b"], ["c", "d"]]
    queue.close()
