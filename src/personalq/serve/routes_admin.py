"""Administration routes: the checkpoint list, registering (multipart upload or a JSON path under
an allowed root) and unregistering checkpoints, and the jobs (list, state, cancel). Progress of
one job as server-sent events is on the page's side (routes_page.py)."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from fastapi import FastAPI, Request
from starlette.concurrency import run_in_threadpool

from personalq.errors import PersonalQError
from personalq.serve.jobwait import find_job
from personalq.serve.queue import SUCCEEDED
from personalq.serve.schemas import RegisterPath, RegisterResponse
from personalq.serve.service import Service, b64
from personalq.serve.uploads import check_filename


def register_checkpoints(app: FastAPI, service: Service) -> None:
    @app.get("/v1/checkpoints", response_model=dict)
    def list_checkpoints() -> dict:
        return {"object": "list", "data": service.checkpoints(),
                "quantized": service.saved.to_json(), "sizes": service.size_limits().to_json()}

    @app.post("/v1/checkpoints", status_code=201, response_model=RegisterResponse)
    async def register(request: Request):
        ctype = request.headers.get("content-type", "")
        if ctype.startswith("multipart/form-data"):
            card, job = await receive_upload(service, request)
        elif ctype.startswith("application/json"):
            body = registration_body(await request.body())
            fields = body.model_dump(exclude={"path"}, exclude_none=True)
            card, job = await run_in_threadpool(service.register_path, body.path, fields)
        else:
            raise PersonalQError("register a checkpoint with a multipart upload (field 'file') or "
                                 "a JSON body {\"path\": ...}", status=415)
        return {"checkpoint": card, "job": job.to_json()}

    @app.delete("/v1/checkpoints/{card_id}")
    def delete_checkpoint(card_id: str) -> dict:
        return service.delete_checkpoint(card_id)


def registration_body(raw: bytes) -> RegisterPath:
    """A JSON registration body, or one clear 400/422 naming what is wrong with it."""
    try:
        return RegisterPath.model_validate_json(raw)
    except ValueError as err:
        if isinstance(err, json.JSONDecodeError) or "json_invalid" in str(err):
            raise PersonalQError("the request body is not valid JSON") from None
        raise PersonalQError(f"invalid registration: {str(err).splitlines()[0]}; "
                             f"{' '.join(str(err).splitlines()[1:3])}",
                             'send {"path": "...", "trigger": "..."}', status=422) from None


async def receive_upload(service: Service, request: Request):
    """Stream the multipart body to a temp file in the upload folder's .incoming/, capping
    its size as it arrives; everything is removed unless registration succeeds."""
    incoming = service.upload_dir / ".incoming"
    limit = service.config.max_upload_bytes
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
                if size > limit:
                    raise PersonalQError(f"upload exceeds the limit of {limit} bytes",
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


def register_jobs(app: FastAPI, service: Service) -> None:
    @app.get("/v1/jobs")
    def list_jobs() -> dict:
        jobs = service.gen_queue.jobs() + service.bg_queue.jobs()
        return {"object": "list", "data": [j.to_json() for j in jobs[-200:]]}

    @app.get("/v1/jobs/{job_id}")
    def get_job(job_id: str) -> dict:
        job = find_job(service, job_id)
        data = job.to_json()
        if job.status == SUCCEEDED and job.kind == "generate":
            data["result"] = {k: v for k, v in job.result.items() if k != "images"}
            data["result"]["images"] = [b64(p) for p in job.result["images"]]
        elif job.status == SUCCEEDED:
            data["result"] = job.result
        return data

    @app.delete("/v1/jobs/{job_id}")
    def cancel_job(job_id: str) -> dict:
        job = find_job(service, job_id)
        queue = service.gen_queue if job.kind == "generate" else service.bg_queue
        return queue.cancel(job_id).to_json()
