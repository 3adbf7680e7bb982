"""What every request passes before a route sees it: CORS (when configured), the API key, the
upload size cap (by Content-Length and, for chunked bodies, by counting), and the request
metrics. Checked before any body is read, so a refused upload stores nothing."""

from __future__ import annotations

import time

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware

from personalq.errors import PersonalQError
from personalq.serve.config import ServeConfig
from personalq.serve.http_errors import error_response

UPLOAD_PATH = "/v1/checkpoints"
MULTIPART_SLACK = 64 * 1024  # multipart framing around the file's bytes


class UploadLimit:
    """ASGI middleware: count the body bytes of checkpoint uploads as they arrive and stop at the
    limit, also when the client sends no Content-Length (chunked), before anything is stored."""

    def __init__(self, app, path: str, limit: int):
        self.app, self.path, self.limit = app, path, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["path"] != self.path or scope["method"] != "POST":
            return await self.app(scope, receive, send)
        total = 0

        async def counted():
            nonlocal total
            message = await receive()
            if message["type"] == "http.request":
                total += len(message.get("body", b""))
                if total > self.limit:
                    raise PersonalQError(f"upload exceeds the limit of {self.limit} bytes",
                                         "upload a smaller checkpoint", status=413)
            return message

        await self.app(scope, counted, send)


def _refusal(request: Request, config: ServeConfig, api_key: str | None):
    """The 401 or 413 a request gets before its body is read, or None."""
    path = request.url.path
    if path.startswith(("/v1", "/sdapi")) and api_key and request.method != "OPTIONS":
        problem = config.key_problem(request.headers.get("authorization"))
        if problem:
            return error_response(401, *problem, headers={"WWW-Authenticate": "Bearer"})
    if path == UPLOAD_PATH and request.method == "POST":
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > config.max_upload_bytes + MULTIPART_SLACK:
            return error_response(413, f"upload of {int(length)} bytes exceeds the limit "
                                  f"of {config.max_upload_bytes} bytes",
                                  "upload a smaller checkpoint, or raise --max-upload-mb")
    return None


def register_guards(app: FastAPI, service, config: ServeConfig) -> None:
    """CORS, the upload byte counter, and the key/size check that also counts every request."""
    api_key = config.resolved_api_key()
    if config.cors:
        app.add_middleware(CORSMiddleware, allow_origins=config.cors_origins,
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type",
                                          "serve_multiplexed_model_id"])
    app.add_middleware(UploadLimit, path=UPLOAD_PATH,
                       limit=config.max_upload_bytes + MULTIPART_SLACK)

    @app.middleware("http")
    async def guard_and_measure(request: Request, call_next):
        """API key and upload size are checked before any body is read; every request is counted."""
        t0 = time.perf_counter()
        response = _refusal(request, config, api_key)
        if response is None:
            response = await call_next(request)
        route = request.scope.get("route")
        label = getattr(route, "path", None) or "unmatched"  # bounded label set
        service.metrics.requests.labels(request.method, label, str(response.status_code)).inc()
        service.metrics.latency.labels(label).observe(time.perf_counter() - t0)
        return response
