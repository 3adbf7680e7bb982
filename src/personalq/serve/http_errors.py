"""How the HTTP service answers what went wrong: every error is
`{"error": {"code", "message", "hint"}}` with a 4xx/5xx status (A1111 paths add `detail`).

Why one place: PersonalQError from the library, FastAPI's validation errors, unknown paths and
crashes all reach clients in the same shape, so a client parses one error body."""

from __future__ import annotations

import json

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from personalq.errors import PersonalQError

ERROR_CODES = {400: "invalid_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
               415: "unsupported_media_type", 422: "invalid_request", 429: "queue_full",
               500: "internal_error", 503: "unavailable", 504: "timeout"}


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


def register_error_handlers(app: FastAPI) -> None:
    """Turn every kind of failure into the one error body."""

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
