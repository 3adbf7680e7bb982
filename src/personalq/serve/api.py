"""The HTTP API (FastAPI): `create_app(config)` builds one service instance and lets each
concern's module register its routes (one place per route, named in brackets below).

Endpoints (all under /v1 need `Authorization: Bearer <key>` when an API key is set):
  POST   /v1/select                 DESIGN.md §4 decision; clarification by conversation_id+answer
                                    [routes_generate.register_selection]
  POST   /v1/images/generations     OpenAI images API (+ checkpoint, quantization, seed, steps);
                                    a clarification is a 200 response with `clarification` set
  GET    /v1/images/{id}.png        images of response_format=url [routes_generate.register_images]
  GET    /v1/checkpoints            the repository's and the registered checkpoints
  POST   /v1/checkpoints            register: multipart upload (.safetensors) or JSON {"path"}
  DELETE /v1/checkpoints/{id}       unregister a checkpoint registered through the API
                                    [routes_admin.register_checkpoints]
  GET    /v1/jobs, /v1/jobs/{id}    jobs (generation, registration) and their state
  DELETE /v1/jobs/{id}              cancel [routes_admin.register_jobs]
  GET    /v1/checkpoints/{id}/preview.png   its preview (sidecar, or drawn once and cached)
                                    [routes_page.register_previews]
  GET    /v1/jobs/{id}/events       progress as server-sent events [routes_page.register_events]
  GET    /healthz, /metrics, /      liveness, Prometheus metrics, the web page
                                    [routes_page.register_page]
  /sdapi/v1/...                     the AUTOMATIC1111 subset; same API key [a1111.register]
Request and response bodies: schemas.py. API key, upload cap, request metrics: guard.py.
Every error is `{"error": {"code", "message", "hint"}}` with a 4xx/5xx status (http_errors.py).
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI

from personalq.serve import a1111
from personalq.serve.config import ServeConfig
from personalq.serve.guard import register_guards
from personalq.serve.http_errors import register_error_handlers
from personalq.serve.routes_admin import register_checkpoints, register_jobs
from personalq.serve.routes_generate import register_images, register_selection
from personalq.serve.routes_page import register_events, register_page, register_previews
from personalq.serve.schemas import ErrorResponse
from personalq.serve.service import Service


def create_app(config: ServeConfig | None = None) -> FastAPI:
    config = config or ServeConfig()
    service = Service(config)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        service.close()  # cancel what still waits, stop the workers

    app = FastAPI(title="PersonalQ", version="0.1.0", lifespan=lifespan,
                  description="Select a personalized checkpoint for a request and draw with it.",
                  responses={400: {"model": ErrorResponse}, 401: {"model": ErrorResponse},
                             404: {"model": ErrorResponse}, 429: {"model": ErrorResponse}})
    app.state.service = service
    app.state.config = config
    register_guards(app, service, config)
    register_error_handlers(app)
    register_page(app, service)
    a1111.register(app, service)  # the AUTOMATIC1111 subset under /sdapi/v1
    register_selection(app, service)
    register_images(app, service)
    register_checkpoints(app, service)
    register_previews(app, service)
    register_jobs(app, service)
    register_events(app, service)
    return app
