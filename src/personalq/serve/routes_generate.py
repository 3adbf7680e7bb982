"""Selection and generation routes: `/v1/select` (DESIGN.md §4) and the OpenAI images API
(`/v1/images/generations`, `/v1/images/{id}.png`). Each handler translates HTTP to one call on
the Service; a clarification is a 200 with `clarification` set and no images."""

from __future__ import annotations

import time

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from personalq.errors import PersonalQError
from personalq.serve.jobwait import job_error, wait_for
from personalq.serve.queue import Job, SUCCEEDED
from personalq.serve.schemas import (Decision, ErrorResponse, ImageRequest, ImageResponse,
                                     JobInfo, SelectRequest)
from personalq.serve.service import Service, b64


def register_selection(app: FastAPI, service: Service) -> None:
    @app.post("/v1/select", response_model=Decision, response_model_exclude_none=False)
    def select(body: SelectRequest) -> dict:
        return service.select(body.request or body.prompt, body.conversation_id, body.answer,
                              body.meant)


def register_images(app: FastAPI, service: Service) -> None:
    timeout_s = service.config.request_timeout_s

    @app.post("/v1/images/generations", response_model=ImageResponse,
              responses={202: {"model": JobInfo}, 504: {"model": ErrorResponse}})
    async def images(body: ImageRequest, request: Request):
        await run_in_threadpool(service.check_size, body.size)  # a 400 now, before any work
        plan = await run_in_threadpool(service.plan, body.prompt, body.checkpoint,
                                       body.conversation_id, body.answer)
        info = {"action": plan["action"], "checkpoints": plan["checkpoints"],
                "prompt": plan["prompt"], "decision": plan["decision"]}
        if plan["action"] == "clarify":
            return clarification_response(plan["decision"], info)
        job = await run_in_threadpool(
            service.submit_generation, plan["prompt"], plan["checkpoints"], n=body.n,
            size=body.size, seed=body.seed, steps=body.steps, quantization=body.quantization,
            weights=service.weights_by_id(plan["checkpoints"], body.lora_weights))
        if body.background:  # the job, and the decision that chose its checkpoints
            return JSONResponse({**job.to_json(), "personalq": info}, status_code=202)
        await wait_for(job, timeout_s + 5)
        if job.status != SUCCEEDED:
            if not job.done:
                service.gen_queue.cancel(job.id)
                raise PersonalQError(f"the request timed out after {timeout_s} s",
                                     "retry later or with fewer steps", status=504)
            raise job_error(job)
        return image_response(service, job, info, body.response_format, request)

    @app.get("/v1/images/{image_id}.png", response_class=Response)
    def image_png(image_id: str) -> Response:
        png = service.images.get(image_id)
        if png is None:
            raise PersonalQError(f"no image {image_id!r}", "images are kept for the last 512 "
                                 "results only", status=404)
        return Response(png, media_type="image/png")


def clarification_response(decision: dict, info: dict) -> dict:
    return {"created": int(time.time()), "data": [], "personalq": info,
            "clarification": {"question": decision["question"],
                              "options": decision["option_cards"],
                              "conversation_id": decision["conversation_id"]}}


def image_response(service: Service, job: Job, info: dict, response_format: str,
                   request: Request) -> dict:
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
