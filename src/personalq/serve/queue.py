"""A bounded job queue with worker threads.

Why a queue: generation on one pipeline is serialized anyway (see cache.py), so requests wait
their turn here, where the service can bound the wait (429 when full), time requests out, cancel
them, and reorder them: queued jobs for the checkpoint that is already loaded run first
(back-to-back), which saves checkpoint switches. `max_streak` bounds how many jobs in a row may
jump ahead of older jobs for other checkpoints, so nothing starves.

Batching: jobs that carry the same `batch_key` (same checkpoint(s) and settings) and a
`run_batch` function are taken from the queue together, up to `max_batch` of them, and run as
one call (the service draws them as one tensor batch through the UNet). When that leaves room,
waiting jobs with the same `mix_key` (other checkpoints that can share the call: different LoRAs
and DreamBooth UNets on one base, same settings) fill it. Each job still gets its own result or
error and its own events. Under concurrency a batch that is not full waits up to
`batch_wait_s` for more jobs (`_wait_for_batch`).

Jobs report progress with `job.progress(fraction, message)`; that call is also where a job
notices it was cancelled or ran out of time (it raises JobStopped), so work stops between steps.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections import Counter, OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable

from personalq.errors import PersonalQError

QUEUED, RUNNING, SUCCEEDED, FAILED, CANCELLED, TIMED_OUT = (
    "queued", "running", "succeeded", "failed", "cancelled", "timed_out")
FINISHED = (SUCCEEDED, FAILED, CANCELLED, TIMED_OUT)


class JobStopped(Exception):
    """Raised inside a running job when it was cancelled or its deadline passed."""


@dataclass
class Job:
    kind: str  # "generate", "register", ...
    key: str  # ordering key: jobs with the same key run back-to-back (the checkpoint id)
    work: Callable[["Job"], Any]  # does the job; its return value becomes job.result
    timeout_s: float | None = None
    # Jobs with the same batch_key may run together: run_batch(jobs) returns one outcome per
    # job, in order (its result, or the exception that job ended with).
    batch_key: str | None = None
    run_batch: Callable[[list["Job"]], list[Any]] | None = None
    mix_key: str | None = None  # jobs of other batch_keys that run_batch can draw in one call
    payload: Any = None  # what run_batch needs to know about this job (the service's request)
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:16])
    status: str = QUEUED
    result: Any = None
    error: dict | None = None  # {"code", "message", "hint"} when failed
    created: float = field(default_factory=time.time)
    started: float | None = None
    finished: float | None = None
    events: list[dict] = field(default_factory=list)
    cancel_requested: bool = False
    _done: threading.Event = field(default_factory=threading.Event, repr=False)
    _callbacks: list[Callable[["Job"], None]] = field(default_factory=list, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.deadline = self.created + self.timeout_s if self.timeout_s else None
        self._emit("queued", 0.0, "waiting in the queue")

    # --- called by the work function -------------------------------------------------------
    def progress(self, fraction: float, message: str = "") -> None:
        """Record progress; raise JobStopped if the job should stop now."""
        self.check()
        self._emit("progress", max(0.0, min(1.0, float(fraction))), message)

    def check(self) -> None:
        if self.cancel_requested:
            raise JobStopped("cancelled")
        if self.deadline is not None and time.time() > self.deadline:
            raise JobStopped("timed out")

    # --- called by the queue and the HTTP layer --------------------------------------------
    def _emit(self, event: str, fraction: float, message: str) -> None:
        with self._lock:
            self.events.append({"event": event, "job": self.id, "status": self.status,
                                "progress": fraction, "message": message, "time": time.time()})

    def finish(self, status: str, result: Any = None, error: dict | None = None) -> None:
        with self._lock:
            if self.status in FINISHED:
                return
            self.status, self.result, self.error = status, result, error
            self.finished = time.time()
        message = error["message"] if error else ""
        self._emit(status, 1.0 if status == SUCCEEDED else self.last_progress(), message)
        self._done.set()
        for callback in list(self._callbacks):
            callback(self)

    def last_progress(self) -> float:
        return max((e["progress"] for e in self.events), default=0.0)

    def add_done_callback(self, callback: Callable[["Job"], None]) -> None:
        """Call `callback(job)` once the job finishes (at once if it already has)."""
        with self._lock:
            if self.status not in FINISHED:
                self._callbacks.append(callback)
                return
        callback(self)

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self.status in FINISHED

    def to_json(self, with_result: bool = False) -> dict:
        data = {"id": self.id, "kind": self.kind, "key": self.key, "status": self.status,
                "progress": 1.0 if self.status == SUCCEEDED else self.last_progress(),
                "created": self.created, "started": self.started, "finished": self.finished,
                "error": self.error}
        if with_result and self.status == SUCCEEDED:
            data["result"] = self.result
        return data


class QueueFull(PersonalQError):
    def __init__(self, size: int):
        super().__init__(f"the job queue is full ({size} jobs waiting)",
                         "retry in a few seconds", status=429)


class JobQueue:
    """Bounded FIFO with same-key-first ordering, run by `workers` daemon threads."""

    def __init__(self, max_size: int = 32, workers: int = 1, max_streak: int = 8,
                 keep_finished: int = 1000, name: str = "jobs",
                 on_finish: Callable[[Job], None] | None = None, max_batch: int = 1,
                 batch_wait_s: float = 0.0):
        self.max_size = max_size
        self.max_streak = max_streak
        self.max_batch = max(1, int(max_batch))
        self.batch_wait_s = max(0.0, float(batch_wait_s))
        self.keep_finished = keep_finished
        self.on_finish = on_finish
        self._pending: list[Job] = []
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._cond = threading.Condition()
        self._last_key: str | None = None
        self._streak = 0  # how many jobs in a row ran with _last_key
        self._passed = 0  # how many batches in a row left the oldest waiting job behind
        self._last_batch = 0  # how many jobs the worker took last time
        self._closed = False
        self.batched = 0  # jobs that ran right after a job with the same key (no switch needed)
        self.batches: list[int] = []  # size of each run_batch call (how many jobs rode together)
        self._threads = [threading.Thread(target=self._worker, name=f"{name}-{i}", daemon=True)
                         for i in range(workers)]
        for thread in self._threads:
            thread.start()

    # --- public API ------------------------------------------------------------------------
    def submit(self, job: Job) -> Job:
        with self._cond:
            if self._closed:
                raise PersonalQError("the service is shutting down", status=503)
            if len(self._pending) >= self.max_size:
                raise QueueFull(self.max_size)
            self._pending.append(job)
            self._jobs[job.id] = job
            self._trim()
            self._cond.notify_all()  # a worker waiting for its batch to fill looks again
        return job

    def get(self, job_id: str) -> Job:
        with self._cond:
            job = self._jobs.get(job_id)
        if job is None:
            raise PersonalQError(f"unknown job {job_id!r}", "jobs are kept in memory for a while "
                                 "after they finish; list them with GET /v1/jobs", status=404)
        return job

    def jobs(self) -> list[Job]:
        with self._cond:
            return list(self._jobs.values())

    def cancel(self, job_id: str) -> Job:
        """Cancel a queued job at once; ask a running one to stop at its next progress step."""
        job = self.get(job_id)
        with self._cond:
            if job in self._pending:
                self._pending.remove(job)
                queued = True
            else:
                queued = False
            job.cancel_requested = True
        if queued:
            self._finish(job, CANCELLED, error={"code": "cancelled", "message": "job cancelled",
                                                 "hint": ""})
        return job

    def depth(self) -> int:
        with self._cond:
            return len(self._pending)

    def running(self) -> int:
        with self._cond:
            return sum(1 for j in self._jobs.values() if j.status == RUNNING)

    def close(self, timeout: float = 5.0) -> None:
        with self._cond:
            self._closed = True
            pending, self._pending = self._pending, []
            self._cond.notify_all()
        for job in pending:
            job.cancel_requested = True
            self._finish(job, CANCELLED, error={"code": "cancelled",
                                                 "message": "service shutting down", "hint": ""})
        for thread in self._threads:
            thread.join(timeout)

    # --- workers ---------------------------------------------------------------------------
    def _next(self) -> list[Job] | None:
        """The oldest job for the key that ran last (up to max_streak in a row), else the oldest;
        with it, up to max_batch - 1 more waiting jobs of its batch_key, then of its mix_key
        (oldest first). With batching on, a larger batch that other waiting jobs would form
        goes first instead, unless the oldest job was passed over max_streak times already.
        Linear in the queue length: batch sizes come from counts by key."""
        with self._cond:
            while not self._pending and not self._closed:
                self._cond.wait()
            self._wait_for_batch()
            if self._closed:
                return None
            job = self._pending[0]
            if self._last_key is not None and self._streak < self.max_streak:
                job = next((j for j in self._pending if j.key == self._last_key), job)
            batch = self._batch_of(job)
            if self.max_batch > 1 and len(batch) < self.max_batch and self._passed < self.max_streak:
                leader, size = self._largest_batch_leader()
                if size > len(batch):
                    batch = self._batch_of(leader)
            self._passed = 0 if self._pending[0] in batch else self._passed + 1
            self._last_batch = len(batch)
            taken = {id(member) for member in batch}
            self._pending = [j for j in self._pending if id(j) not in taken]
            for member in batch:
                if member.key == self._last_key:
                    self._streak += 1
                    self.batched += 1
                else:
                    self._last_key, self._streak = member.key, 1
                member.status, member.started = RUNNING, time.time()
            return batch

    def _wait_for_batch(self) -> None:
        """With batching on and the previous batch more than one job (requests are arriving
        concurrently), give a batch that is not full up to batch_wait_s to fill (lock held;
        every submit wakes the worker to look again). WHY: under steady concurrency the clients
        whose jobs just finished send their next requests a few milliseconds after the worker
        has already taken what was waiting, so without a wait batches alternate between large
        and small (dynamic batchers have this knob: Triton's max_queue_delay, TorchServe's
        max_batch_delay, Ray Serve's batch_wait_timeout_s). A lone client never waits: its
        batches are one job each."""
        if self.max_batch == 1 or self.batch_wait_s <= 0 or self._last_batch < 2 or \
                not any(j.run_batch is not None for j in self._pending):
            return
        deadline = time.monotonic() + self.batch_wait_s
        while not self._closed and self._pending:
            left = deadline - time.monotonic()
            if left <= 0 or self._largest_batch_leader()[1] >= self.max_batch:
                return
            self._cond.wait(left)

    def _key_counts(self) -> Counter:
        """How many waiting jobs share each batch_key and each mix_key (lock held)."""
        counts: Counter = Counter()
        for job in self._pending:
            if job.batch_key is not None:
                counts["b", job.batch_key] += 1
            if job.mix_key is not None:
                counts["m", job.mix_key] += 1
        return counts

    def _batch_size(self, job: Job, counts: Counter) -> int:
        """How many jobs `_batch_of(job)` takes. Jobs of one batch_key share their mix_key (the
        service derives both from the same request settings), so a mix_key's count covers
        its batch_keys' jobs."""
        if job.run_batch is None or self.max_batch == 1:
            return 1
        size = counts["b", job.batch_key] if job.batch_key is not None else 1
        if job.mix_key is not None:
            size = max(size, counts["m", job.mix_key])
        return min(self.max_batch, size)

    def _largest_batch_leader(self) -> tuple[Job, int]:
        """The oldest waiting job whose batch would be the largest, and that size (lock held)."""
        counts = self._key_counts()
        best, best_size = self._pending[0], 0
        for job in self._pending:
            size = self._batch_size(job, counts)
            if size > best_size:
                best, best_size = job, size
        return best, best_size

    def _batch_of(self, job: Job) -> list[Job]:
        """`job` and the waiting jobs that would ride with it (called with the lock held)."""
        batch = [job]
        if job.run_batch is None or self.max_batch == 1:
            return batch
        if job.batch_key is not None:
            batch += [j for j in self._pending if j is not job
                      and j.batch_key == job.batch_key][: self.max_batch - 1]
        if job.mix_key is not None and len(batch) < self.max_batch:
            taken = {id(j) for j in batch}
            batch += [j for j in self._pending if id(j) not in taken
                      and j.mix_key == job.mix_key][: self.max_batch - len(batch)]
        return batch

    def _worker(self) -> None:
        while True:
            batch = self._next()
            if batch is None:
                return
            if len(batch) == 1:
                outcomes = self._outcomes(batch, lambda jobs: [jobs[0].work(jobs[0])])
            else:
                self.batches.append(len(batch))
                outcomes = self._outcomes(batch, batch[0].run_batch)
            for job, outcome in zip(batch, outcomes):
                self._settle(job, outcome)

    @staticmethod
    def _outcomes(batch: list[Job], run: Callable[[list[Job]], list[Any]]) -> list[Any]:
        """Run the jobs that are still wanted; one outcome (result or exception) per job."""
        live, outcomes = [], {}
        for job in batch:
            try:
                job.check()
                job._emit("started", 0.0, "running" if len(batch) == 1
                          else f"running in a batch of {len(batch)}")
                live.append(job)
            except JobStopped as stop:
                outcomes[job.id] = stop
        if live:
            try:
                outcomes.update(zip((j.id for j in live), run(live)))
            except Exception as err:  # noqa: BLE001 - the whole call failed: every job says so
                outcomes.update((j.id, err) for j in live)
        return [outcomes[job.id] for job in batch]

    def _settle(self, job: Job, outcome: Any) -> None:
        """Finish a job with its outcome: a result, or the exception it ended with."""
        if isinstance(outcome, JobStopped):
            status = CANCELLED if job.cancel_requested else TIMED_OUT
            self._finish(job, status, error={"code": status, "message": f"job {outcome}",
                                              "hint": ""})
        elif isinstance(outcome, PersonalQError):
            self._finish(job, FAILED, error={"code": "invalid_request", "message": outcome.message,
                                              "hint": outcome.hint, "status": outcome.status})
        elif isinstance(outcome, Exception):  # a bug or a broken checkpoint: report it, keep serving
            self._finish(job, FAILED, error={"code": "internal_error",
                                              "message": f"{type(outcome).__name__}: {outcome}",
                                              "hint": "see the server log", "status": 500})
        else:
            self._finish(job, SUCCEEDED, result=outcome)

    def _finish(self, job: Job, status: str, result: Any = None, error: dict | None = None) -> None:
        job.finish(status, result=result, error=error)
        if self.on_finish is not None:
            self.on_finish(job)

    def _trim(self) -> None:
        """Forget the oldest finished jobs beyond keep_finished (called with the lock held)."""
        finished = [j for j in self._jobs.values() if j.done]
        for job in finished[: max(0, len(finished) - self.keep_finished)]:
            self._jobs.pop(job.id, None)
