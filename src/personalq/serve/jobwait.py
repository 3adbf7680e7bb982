"""Waiting for a job from async HTTP handlers (the FastAPI service and its A1111 routes), and
finding a job by id in either of the service's queues.

WHY: a request handler that blocked a thread per waiting request would exhaust the thread pool
under load; the worker resolves a future on the handler's event loop instead."""

from __future__ import annotations

import asyncio

from personalq.errors import PersonalQError
from personalq.serve.queue import Job


async def wait_for(job: Job, timeout: float) -> None:
    """Wait for a job without holding a thread: the worker resolves a future on this loop."""
    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def resolve(_job: Job) -> None:
        loop.call_soon_threadsafe(lambda: done.done() or done.set_result(None))

    job.add_done_callback(resolve)
    try:
        await asyncio.wait_for(done, timeout)
    except asyncio.TimeoutError:
        pass


def job_error(job: Job) -> PersonalQError:
    error = job.error or {"message": f"job {job.status}", "hint": ""}
    status = error.get("status") or {"cancelled": 409, "timed_out": 504}.get(job.status, 500)
    return PersonalQError(error["message"], error.get("hint", ""), status=status)


def find_job(service, job_id: str) -> Job:
    """The job `job_id` from the generation or the background queue (404 when neither has it)."""
    for queue in (service.gen_queue, service.bg_queue):
        try:
            return queue.get(job_id)
        except PersonalQError:
            continue
    raise PersonalQError(f"unknown job {job_id!r}", status=404)
