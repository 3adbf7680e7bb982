"""The HTTP API (FastAPI): `create_app(config)` builds one service instance.

Endpoints (all under /v1 need `Authorization: Bearer <key>` when an API key is set):
  POST   /v1/select                 DESIGN.md §4 decision; clarification by conversation_id+answer
  POST   /v1/images/generations     OpenAI images API (+ checkpoint, quantization, seed, steps);
                                    a clarification is a 200 response with `clarification` set
  GET    /v1/images/{id}.png        images of response_format=url
  GET    /v1/checkpoints            the repository's and the registered checkpoints
  POST   /v1/checkpoints            register: multipart upload (.safetensors) or JSON {"path"}
  DELETE /v1/checkpoints/{id}       unregister a checkpoint registered through the API
  GET    /v1/checkpoints/{id}/preview.png   its preview (sidecar, or drawn once and cached)
  GET    /v1/jobs, /v1/jobs/{id}    jobs (generation, registration) and their state
  GET    /v1/jobs/{id}/events       progress as server-sent events
  DELETE /v1/jobs/{id}              cancel
  GET    /healthz, /metrics, /      liveness, Prometheus metrics, the web page
  /sdapi/v1/...                     the AUTOMATIC1111 subset (serve/a1111.py); same API key
Every error is `{"error": {"code", "message", "hint"}}` with a 4xx/5xx status.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from personalq.errors import PersonalQError
from personalq.serve.config import MAX_IMAGES_PER_REQUEST, MAX_PROMPT_CHARS, ServeConfig
from personalq.serve.page import PAGE_HTML
from personalq.serve.queue import FINISHED, Job, SUCCEEDED
from personalq.serve import a1111
from personalq.serve.jobwait import job_error, wait_for
from personalq.serve.previews import Previews
from personalq.serve.service import Service, b64
from personalq.serve.uploads import check_filename

ERROR_CODES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
               415: "unsupported_media_type", 422: "invalid_request", 429: "queue_full",
               500: "internal_error", 503: "unavailable", 504: "timeout"}


# ----------------------------------------------------------------------------- models
class ErrorBody(BaseModel):
    code: str
    message: str
    hint: str = ""


class ErrorResponse(BaseModel):
    error: ErrorBody


class SelectRequest(BaseModel):
    model_config = ConfigDict(extra="ignore")
    request: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                                description="what the user typed, e.g. 'my bear on the beach'")
    prompt: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                               description="the same as `request` (the --batch file's key)")
    conversation_id: str | None = Field(None, max_length=64,
                                        description="from a clarify response, with `answer`")
    answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS,
                               description="the option the user picked (an id or its words)")


class Candidate(BaseModel):
    id: str
    score: float


class Option(BaseModel):
    model_config = ConfigDict(extra="ignore")
    id: str
    name: str = ""
    trigger: str = ""
    kind: str = ""
    description: str = ""
    version: int | None = None
    created_at: str = ""


class Decision(BaseModel):
    """DESIGN.md §4, plus conversation_id (and the options' cards) when it asks a question."""
    model_config = ConfigDict(extra="allow")
    action: Literal["select", "clarify", "none"]
    checkpoint: str | None
    checkpoints: list[str]
    options: list[str]
    question: str | None
    prompt: str
    candidates: list[Candidate]
    latency_ms: float
    conversation_id: str | None = None
    option_cards: list[Option] | None = None


class ImageRequest(BaseModel):
    """OpenAI's images/generations body; unknown OpenAI fields (model, quality, style, user) are
    accepted and ignored."""
    model_config = ConfigDict(extra="ignore")
    prompt: str = Field(..., min_length=1, max_length=MAX_PROMPT_CHARS)
    n: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST)
    size: str | None = Field(None, max_length=16,
                             description="WIDTHxHEIGHT or 'auto' (native); others: 400 naming "
                                         "the sizes the base draws (GET /v1/checkpoints: sizes)")
    response_format: Literal["b64_json", "url"] = "b64_json"
    checkpoint: str | None = Field(None, max_length=128,
                                   description="skip selection: this checkpoint id ('none' = base, "
                                               "'a+b' composes LoRAs)")
    quantization: str | None = Field(None, max_length=32)
    seed: int | None = Field(None, ge=0, le=2**32 - 1)
    steps: int | None = Field(None, ge=1, le=150)
    lora_weights: dict[str, float] | None = Field(
        None, max_length=16, description="weight per LoRA drawn, by checkpoint id (as A1111's "
        "<lora:id:weight>); LoRAs not named draw at the composition default; a name that is "
        "not a LoRA of this request: 422")
    conversation_id: str | None = Field(None, max_length=64)
    answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS)
    background: bool = Field(False, description="return 202 with a job at once; poll or stream it")


class ImageData(BaseModel):
    b64_json: str | None = None
    url: str | None = None
    revised_prompt: str


class Clarification(BaseModel):
    question: str
    options: list[Option]
    conversation_id: str


class PersonalQInfo(BaseModel):
    action: str
    checkpoints: list[str]
    prompt: str
    seed: int | None = None
    steps: int | None = None
    weights: str | None = None
    adapter_weights: list[float] | None = None  # the weight of each LoRA drawn, in order
    loaded: list[str] = []  # checkpoints read from disk for this request (empty: cache hit)
    switched: bool | None = None  # the pipeline changed checkpoint for this request
    warnings: list[str] = []  # what could not be honoured (e.g. a style left out)
    quantization: str | None = None
    # the `personalq quantize` folder drawn with (null: full precision, or quantized at load)
    saved_quantized: str | None = None
    job: str | None = None
    timings: dict[str, float] = {}
    decision: Decision | None = None


class ImageResponse(BaseModel):
    created: int
    data: list[ImageData]
    clarification: Clarification | None = None
    personalq: PersonalQInfo


class JobInfo(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    kind: str
    key: str
    status: str
    progress: float
    created: float
    started: float | None
    finished: float | None
    error: dict | None


class RegisterPath(BaseModel):
    model_config = ConfigDict(extra="forbid")
    path: str = Field(..., min_length=1, max_length=4096)
    name: str | None = Field(None, max_length=200)
    trigger: str | None = Field(None, max_length=200)
    class_noun: str | None = Field(None, max_length=200)
    kind: Literal["subject", "style", "concept"] | None = None
    description: str | None = Field(None, max_length=2000)
    base_model: str | None = Field(None, max_length=100)


class CheckpointOut(BaseModel):
    model_config = ConfigDict(extra="allow")
    id: str
    name: str
    trigger: str
    kind: str
    registered: bool = False


class RegisterResponse(BaseModel):
    checkpoint: CheckpointOut
    job: JobInfo


# ----------------------------------------------------------------------------- errors
def error_response(status: int, message: str, hint: str = "", code: str | None = None,
                   headers: dict | None = None) -> JSONResponse:
    body = {"error": {"code": code or ERROR_CODES.get(status, "error"), "message": message,
                      "hint": hint}}
    return JSONResponse(body, status_code=status, headers=headers)


def _validation_message(err: RequestValidationError) -> tuple[int, str, str, str]:
    errors = err.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        detail = next(e for e in errors if e.get("type") == "json_invalid")
        ctx = detail.get("ctx", {}).get("error", "")
        return 400, "malformed_json", f"the request body is not valid JSON ({ctx})", \
            "send a JSON object with Content-Type: application/json"
    parts = []
    for e in errors[:5]:
        where = ".".join(str(p) for p in e.get("loc", ()) if p != "body") or "body"
        parts.append(f"{where}: {e.get('msg')}")
    return 422, "invalid_request", "; ".join(parts), "see the schema at /docs"


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


# ----------------------------------------------------------------------------- app
def create_app(config: ServeConfig | None = None) -> FastAPI:
    config = config or ServeConfig()
    service = Service(config)
    api_key = config.resolved_api_key()
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

    if config.cors:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=config.cors_origins,
                           allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type",
                                          "serve_multiplexed_model_id"])

    app.add_middleware(UploadLimit, path="/v1/checkpoints",
                       limit=config.max_upload_bytes + 64 * 1024)  # + multipart framing

    @app.middleware("http")
    async def guard_and_measure(request: Request, call_next):
        """API key and upload size are checked before any body is read; every request is counted."""
        t0 = time.perf_counter()
        path = request.url.path
        response = None
        if path.startswith(("/v1", "/sdapi")) and api_key and request.method != "OPTIONS":
            problem = config.key_problem(request.headers.get("authorization"))
            if problem:
                response = error_response(401, *problem, headers={"WWW-Authenticate": "Bearer"})
        if response is None and path == "/v1/checkpoints" and request.method == "POST":
            length = request.headers.get("content-length")
            if length and length.isdigit() and int(length) > config.max_upload_bytes + 64 * 1024:
                response = error_response(413, f"upload of {int(length)} bytes exceeds the limit "
                                          f"of {config.max_upload_bytes} bytes",
                                          "upload a smaller checkpoint, or raise --max-upload-mb")
        if response is None:
            response = await call_next(request)
        route = request.scope.get("route")
        label = getattr(route, "path", None) or "unmatched"  # bounded label set
        service.metrics.requests.labels(request.method, label, str(response.status_code)).inc()
        service.metrics.latency.labels(label).observe(time.perf_counter() - t0)
        return response

    @app.exception_handler(PersonalQError)
    async def on_personalq_error(request: Request, err: PersonalQError):
        headers = {"Retry-After": "2"} if err.status == 429 else None
        response = error_response(err.status, err.message, err.hint, headers=headers)
        if request.url.path.startswith("/sdapi"):  # A1111 front-ends show `detail`
            body = json.loads(response.body)
            body["detail"] = f"{err.message} ({err.hint})" if err.hint else err.message
            response = JSONResponse(body, status_code=err.status, headers=headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def on_validation_error(request: Request, err: RequestValidationError):
        status, code, message, hint = _validation_message(err)
        return error_response(status, message, hint, code=code)

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, err: StarletteHTTPException):
        message = err.detail if isinstance(err.detail, str) else json.dumps(err.detail)
        if err.status_code == 404 and message == "Not Found":
            message = f"no such endpoint: {request.method} {request.url.path}"
        return error_response(err.status_code, message, "see /docs for the API")

    @app.exception_handler(Exception)
    async def on_crash(request: Request, err: Exception):
        return error_response(500, f"internal error: {type(err).__name__}: {err}",
                              "this is a bug; the service keeps running")

    # --- pages and health ------------------------------------------------------------------
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

    a1111.register(app, service)  # the AUTOMATIC1111 subset under /sdapi/v1

    # --- selection -------------------------------------------------------------------------
    @app.post("/v1/select", response_model=Decision, response_model_exclude_none=False)
    def select(body: SelectRequest) -> dict:
        return service.select(body.request or body.prompt, body.conversation_id, body.answer)

    # --- images ----------------------------------------------------------------------------
    @app.post("/v1/images/generations", response_model=ImageResponse,
              responses={202: {"model": JobInfo}, 504: {"model": ErrorResponse}})
    async def images(body: ImageRequest, request: Request):
        await run_in_threadpool(service.check_size, body.size)  # a 400 now, before any work
        plan = await run_in_threadpool(service.plan, body.prompt, body.checkpoint,
                                       body.conversation_id, body.answer)
        info = {"action": plan["action"], "checkpoints": plan["checkpoints"],
                "prompt": plan["prompt"], "decision": plan["decision"]}
        if plan["action"] == "clarify":
            decision = plan["decision"]
            return {"created": int(time.time()), "data": [], "personalq": info,
                    "clarification": {"question": decision["question"],
                                      "options": decision["option_cards"],
                                      "conversation_id": decision["conversation_id"]}}
        job = await run_in_threadpool(
            service.submit_generation, plan["prompt"], plan["checkpoints"], n=body.n,
            size=body.size, seed=body.seed, steps=body.steps, quantization=body.quantization,
            weights=service.weights_by_id(plan["checkpoints"], body.lora_weights))
        if body.background:  # the job, and the decision that chose its checkpoints
            return JSONResponse({**job.to_json(), "personalq": info}, status_code=202)
        await wait_for(job, config.request_timeout_s + 5)
        if job.status != SUCCEEDED:
            if not job.done:
                service.gen_queue.cancel(job.id)
                raise PersonalQError(f"the request timed out after {config.request_timeout_s} s",
                                     "retry later or with fewer steps", status=504)
            raise job_error(job)
        return image_response(job, info, body.response_format, request)

    def image_response(job: Job, info: dict, response_format: str, request: Request) -> dict:
        result = job.result
        data = []
        for png in result["images"]:
            if response_format == "url":
                image_id = service.keep_image(png)
                data.append({"url": f"{str(request.base_url).rstrip('/')}/v1/images/{image_id}.png",
                             "revised_prompt": result["prompt"]})
            else:
                data.append({"b64_json": b64(png), "revised_prompt": result["prompt"]})
        info.update(seed=result["seed"], steps=result["steps"], weights=result["weights"],
                    adapter_weights=result.get("adapter_weights"),
                    loaded=result["loaded"], switched=result["switched"],
                    warnings=result["warnings"], checkpoints=result["checkpoints"],
                    quantization=result["quantization"],
                    saved_quantized=result.get("saved_quantized"), job=job.id,
                    timings=result["timings"])
        return {"created": int(time.time()), "data": data, "clarification": None,
                "personalq": info}

    @app.get("/v1/images/{image_id}.png", response_class=Response)
    def image_png(image_id: str) -> Response:
        png = service.images.get(image_id)
        if png is None:
            raise PersonalQError(f"no image {image_id!r}", "images are kept for the last 512 "
                                 "results only", status=404)
        return Response(png, media_type="image/png")

    # --- checkpoints -----------------------------------------------------------------------
    @app.get("/v1/checkpoints", response_model=dict)
    def list_checkpoints() -> dict:
        return {"object": "list", "data": service.checkpoints(),
                "quantized": service.saved.to_json(), "sizes": service.size_limits().to_json()}

    @app.post("/v1/checkpoints", status_code=201, response_model=RegisterResponse)
    async def register(request: Request):
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            card, job = await receive_upload(request)
        elif ctype.startswith("application/json"):
            try:
                body = RegisterPath.model_validate_json(await request.body())
            except ValueError as err:
                if isinstance(err, json.JSONDecodeError) or "json_invalid" in str(err):
                    raise PersonalQError("the request body is not valid JSON") from None
                raise PersonalQError(f"invalid registration: {str(err).splitlines()[0]}; "
                                     f"{' '.join(str(err).splitlines()[1:3])}",
                                     'send {"path": "...", "trigger": "..."}', status=422) from None
            fields = body.model_dump(exclude={"path"}, exclude_none=True)
            card, job = await run_in_threadpool(service.register_path, body.path, fields)
        else:
            raise PersonalQError("register a checkpoint with a multipart upload (field 'file') or "
                                 "a JSON body {\"path\": ...}", status=415)
        return {"checkpoint": card, "job": job.to_json()}

    async def receive_upload(request: Request):
        """Stream the multipart body to a temp file in the upload folder's .incoming/, capping
        its size as it arrives; everything is removed unless registration succeeds."""
        incoming = service.upload_dir / ".incoming"
        form = await request.form(max_files=1, max_fields=20)
        temp = None
        try:
            upload = form.get("file")
            if upload is None or isinstance(upload, str):
                raise PersonalQError("no file in the upload", "send the checkpoint as form field "
                                     "'file'")

            check_filename(upload.filename or "")
            fd, name = tempfile.mkstemp(dir=incoming, prefix=".upload-", suffix=".part")
            temp = Path(name)
            size = 0
            with open(fd, "wb") as out:
                while chunk := await upload.read(1024 * 1024):
                    size += len(chunk)
                    if size > config.max_upload_bytes:
                        raise PersonalQError(f"upload exceeds the limit of "
                                             f"{config.max_upload_bytes} bytes",
                                             "upload a smaller checkpoint", status=413)
                    out.write(chunk)
            fields = {k: v for k, v in form.items() if k != "file" and isinstance(v, str)}
            if "tags" in fields:
                fields["tags"] = [t.strip() for t in fields["tags"].split(",") if t.strip()]
            return await run_in_threadpool(service.register_upload, upload.filename, temp, fields)
        finally:
            await form.close()
            if temp is not None:
                temp.unlink(missing_ok=True)

    previews = Previews(service)

    @app.get("/v1/checkpoints/{card_id}/preview.png", response_class=Response)
    async def preview(card_id: str) -> Response:
        """The checkpoint's preview: its sidecar image, else drawn once on the base and cached."""
        data, media, source = await run_in_threadpool(previews.get, card_id,
                                                      config.request_timeout_s)
        return Response(data, media_type=media, headers={"X-PersonalQ-Preview": source,
                                                         "Cache-Control": "no-cache"})

    @app.delete("/v1/checkpoints/{card_id}")
    def delete_checkpoint(card_id: str) -> dict:
        return service.delete_checkpoint(card_id)

    # --- jobs ------------------------------------------------------------------------------
    def find_job(job_id: str) -> Job:
        for queue in (service.gen_queue, service.bg_queue):
            try:
                return queue.get(job_id)
            except PersonalQError:
                continue
        raise PersonalQError(f"unknown job {job_id!r}", status=404)

    @app.get("/v1/jobs")
    def list_jobs() -> dict:
        jobs = service.gen_queue.jobs() + service.bg_queue.jobs()
        return {"object": "list", "data": [j.to_json() for j in jobs[-200:]]}

    @app.get("/v1/jobs/{job_id}")
    def get_job(job_id: str) -> dict:
        job = find_job(job_id)
        data = job.to_json()
        if job.status == SUCCEEDED and job.kind == "generate":
            data["result"] = {k: v for k, v in job.result.items() if k != "images"}
            data["result"]["images"] = [b64(p) for p in job.result["images"]]
        elif job.status == SUCCEEDED:
            data["result"] = job.result
        return data

    @app.delete("/v1/jobs/{job_id}")
    def cancel_job(job_id: str) -> dict:
        job = find_job(job_id)
        queue = service.gen_queue if job.kind == "generate" else service.bg_queue
        return queue.cancel(job_id).to_json()

    @app.get("/v1/jobs/{job_id}/events")
    async def job_events(job_id: str) -> StreamingResponse:
        job = find_job(job_id)

        async def stream():
            sent = 0
            while True:
                events = job.events[sent:]
                for event in events:
                    yield f"event: {event['event']}\ndata: {json.dumps(event)}\n\n"
                sent += len(events)
                if job.status in FINISHED and sent >= len(job.events):
                    return
                await asyncio.sleep(0.05)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache"})

    return app
