"""What the web page and operators read: the page at `/`, `/healthz`, `/metrics` (Prometheus),
a preview per checkpoint for the page's gallery, and a job's progress as server-sent events."""

from __future__ import annotations

import asyncio
import json
import time

from fastapi import FastAPI
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from starlette.concurrency import run_in_threadpool

from personalq.serve.jobwait import find_job
from personalq.serve.page import PAGE_HTML
from personalq.serve.previews import Previews
from personalq.serve.queue import FINISHED
from personalq.serve.service import Service

EVENT_POLL_S = 0.05


def register_page(app: FastAPI, service: Service) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def page() -> str:
        return PAGE_HTML

    @app.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "uptime_s": round(time.time() - service.started, 1),
                "repository": str(service.repo_path), "checkpoints": service.count(),
                "queue_depth": service.gen_queue.depth(), "cache": service.cache.stats(),
                "sizes": service.size_limits().to_json()}

    @app.get("/metrics", include_in_schema=False)
    def metrics() -> Response:
        return Response(service.metrics.exposition(), media_type=service.metrics.content_type)


def register_previews(app: FastAPI, service: Service) -> None:
    previews = Previews(service)

    @app.get("/v1/checkpoints/{card_id}/preview.png", response_class=Response)
    async def preview(card_id: str) -> Response:
        """The checkpoint's preview: its sidecar image, else drawn once on the base and cached."""
        data, media, source = await run_in_threadpool(previews.get, card_id,
                                                      service.config.request_timeout_s)
        return Response(data, media_type=media, headers={"X-PersonalQ-Preview": source,
                                                         "Cache-Control": "no-cache"})


def register_events(app: FastAPI, service: Service) -> None:
    @app.get("/v1/jobs/{job_id}/events")
    async def job_events(job_id: str) -> StreamingResponse:
        job = find_job(service, job_id)

        async def stream():
            sent = 0
            while True:
                events = job.events[sent:]
                for event in events:
                    yield f"event: {event['event']}\ndata: {json.dumps(event)}\n\n"
                sent += len(events)
                if job.status in FINISHED and sent >= len(job.events):
                    return
                await asyncio.sleep(EVENT_POLL_S)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})
