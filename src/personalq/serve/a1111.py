"""The AUTOMATIC1111 API subset, so Stable Diffusion front-ends can talk to PersonalQ.

  POST /sdapi/v1/txt2img    prompt, negative_prompt, seed, steps, cfg_scale, width, height,
                            batch_size, n_iter -> {"images": [base64 PNG], "parameters", "info"}
  GET  /sdapi/v1/sd-models  the base model (one entry)
  GET  /sdapi/v1/loras      every checkpoint a `<lora:name:weight>` tag may name
  GET  /sdapi/v1/options, /sdapi/v1/samplers   what front-ends read at start-up

`<lora:name:weight>` tags in the prompt are an explicit choice: Check-in is bypassed, the tags
are stripped and each checkpoint's trigger is inserted. Without tags Check-in selects as on
/v1/images/generations. A clarification is a 200 with no images whose `info` JSON carries
`personalq.clarification`: the question and, per option, the `<lora:...>` tag that picks it
(send the prompt again with that tag), or send `personalq_conversation_id` + `personalq_answer`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from pathlib import Path

from fastapi import FastAPI
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from personalq import paths
from personalq.catalog.safetensors_meta import HeaderError, read_header
from personalq.diffusion.loading import checkpoint_kind
from personalq.errors import PersonalQError
from personalq.serve.config import MAX_IMAGES_PER_REQUEST, MAX_PROMPT_CHARS
from personalq.serve.jobwait import job_error, wait_for
from personalq.serve.queue import SUCCEEDED

LORA_TAG = re.compile(r"<lora:([^:>]+)(?::([^:>]*))?(?::[^>]*)?>", re.IGNORECASE)
SAMPLER = "DDIM"  # the world base's scheduler; sampler_name in a request is ignored
LIST_HINT = "GET /sdapi/v1/loras lists the LoRA names a <lora:name:weight> tag may use"


class Txt2ImgRequest(BaseModel):
    """A1111's StableDiffusionProcessingTxt2Img fields PersonalQ honours; the rest (sampler_name,
    restore_faces, hr_*, override_settings, ...) are accepted and ignored, as front-ends send them."""
    model_config = ConfigDict(extra="ignore")
    prompt: str = Field("", max_length=MAX_PROMPT_CHARS)
    negative_prompt: str = Field("", max_length=MAX_PROMPT_CHARS)
    seed: int = Field(-1, ge=-1, le=2**32 - 1)
    steps: int | None = Field(None, ge=1, le=150)
    cfg_scale: float | None = Field(None, ge=0.0, le=30.0)
    width: int | None = Field(None, ge=8, le=8192)
    height: int | None = Field(None, ge=8, le=8192)
    batch_size: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST)
    n_iter: int = Field(1, ge=1, le=MAX_IMAGES_PER_REQUEST)
    personalq_conversation_id: str | None = Field(None, max_length=64)
    personalq_answer: str | None = Field(None, max_length=MAX_PROMPT_CHARS)


def _lora_ids(service, plan: dict) -> list[str]:
    """The tagged checkpoints that are LoRA adapters (the ones a weight applies to)."""
    return [cid for cid in plan["checkpoints"]
            if checkpoint_kind(service.store.get(cid)) == "lora"]


def tag_weights(service, plan: dict) -> list[float] | None:
    """`<lora:name:weight>` weights, one per LoRA in the order drawn (None: no tag, the
    builder's composition defaults apply)."""
    if not plan["tagged"]:
        return None
    ids = _lora_ids(service, plan)
    return [float(plan["weights"].get(cid, 1.0)) for cid in ids] or None


def parse_lora_tags(prompt: str) -> tuple[str, list[tuple[str, float]]]:
    """'<lora:kiki:0.8> a dog' -> ('a dog', [('kiki', 0.8)]); the weight defaults to 1."""
    tags = []
    for m in LORA_TAG.finditer(prompt):
        try:
            weight = float(m.group(2)) if m.group(2) not in (None, "") else 1.0
        except ValueError:
            raise PersonalQError(f"LoRA tag {m.group(0)!r}: weight {m.group(2)!r} is not a number",
                                 "write <lora:name:0.8>") from None
        tags.append((m.group(1).strip(), weight))
    text = re.sub(r"\s{2,}", " ", LORA_TAG.sub(" ", prompt)).strip(" ,")
    return text, tags


def lora_name(card) -> str:
    """The name A1111 knows a LoRA by: its file's stem (the card id when it has no file)."""
    if not card.path:
        return card.id
    name = Path(card.path).name
    return name[: -len(".safetensors")] if name.endswith(".safetensors") else name


def resolve_lora(cards: list, name: str):
    """A tag's name -> the card: the file stem, the id, then the display name (any case)."""
    low = name.lower()
    for key in (lora_name, lambda c: c.id, lambda c: c.name):
        found = [c for c in cards if (key(c) or "").lower() == low]
        if found:
            return found[0]
    raise PersonalQError(f"unknown LoRA {name!r} in the prompt: see GET /sdapi/v1/loras",
                         LIST_HINT, status=404)


def file_metadata(path: Path) -> dict:
    """A LoRA file's safetensors metadata (what A1111 shows as the LoRA's metadata)."""
    if path.is_dir() or path.suffix != ".safetensors":
        return {}
    try:
        return read_header(path).metadata
    except (HeaderError, OSError):
        return {}


class BaseModelInfo:
    """The base as one sd-models entry; its hash is A1111's short hash (sha256, 10 hex)
    of the UNet weights, computed once."""

    def __init__(self, base_dir: Path | None):
        self.base_dir = Path(base_dir) if base_dir else paths.WORLD_BASE_DIR
        self._sha256: str | None = None

    def sha256(self) -> str:
        if self._sha256 is None:
            digest = hashlib.sha256()
            for f in sorted((self.base_dir / "unet").glob("*.safetensors")):
                with open(f, "rb") as fh:
                    while chunk := fh.read(1 << 20):
                        digest.update(chunk)
            self._sha256 = digest.hexdigest()
        return self._sha256

    def title(self) -> str:
        return f"{self.base_dir.name} [{self.sha256()[:10]}]"

    def to_json(self) -> dict:
        return {"title": self.title(), "model_name": self.base_dir.name,
                "hash": self.sha256()[:10], "sha256": self.sha256(),
                "filename": str(self.base_dir), "config": None}


def choose(service, body: Txt2ImgRequest) -> dict:
    """What to draw: the tags' checkpoints (explicit), else Check-in's decision."""
    text, tags = parse_lora_tags(body.prompt)
    if not tags:
        return {**service.plan(text, None, body.personalq_conversation_id,
                               body.personalq_answer), "weights": {}, "tagged": False}
    with service._select_lock:
        cards = service.store.cards()
    chosen = [resolve_lora(cards, name) for name, _ in tags]
    weights = {card.id: weight for card, (_, weight) in zip(chosen, tags)}
    ids = list(dict.fromkeys(c.id for c in chosen))
    plan = service.plan(text or "a picture", "+".join(ids), None, None)
    return {**plan, "weights": weights, "tagged": True}


def clarification_info(decision: dict, body: Txt2ImgRequest, text: str) -> dict:
    options = [{**card, "lora_tag": f"<lora:{card['id']}:1>"}
               for card in decision.get("option_cards") or []]
    return {"prompt": text, "all_prompts": [], "negative_prompt": body.negative_prompt,
            "seed": body.seed, "all_seeds": [], "infotexts": [],
            "personalq": {"action": "clarify", "clarification": {
                "question": decision["question"], "options": options,
                "conversation_id": decision["conversation_id"],
                "how_to_answer": "send the prompt again with the chosen option's lora_tag, or "
                                 "with personalq_conversation_id and personalq_answer "
                                 "(the option's id)"}}}


def infotext(prompt: str, negative: str, result: dict, seed: int, model: str) -> str:
    """A1111's parameters text (what front-ends show and parse back)."""
    lines = [prompt]
    if negative:
        lines.append(f"Negative prompt: {negative}")
    lines.append(f"Steps: {result['steps']}, Sampler: {SAMPLER}, "
                 f"CFG scale: {result['guidance_scale']:g}, Seed: {seed}, Size: {result['size']}, "
                 f"Model: {model}")
    return "\n".join(lines)


def success_info(body: Txt2ImgRequest, plan: dict, result: dict, model: str) -> dict:
    width, height = (int(x) for x in result["size"].split("x"))
    seeds = [result["seed"] + i for i in range(len(result["images"]))]
    prompt = result["prompt"]
    return {"prompt": prompt, "all_prompts": [prompt] * len(seeds),
            "negative_prompt": body.negative_prompt,
            "all_negative_prompts": [body.negative_prompt] * len(seeds),
            "seed": result["seed"], "all_seeds": seeds, "subseed": -1, "all_subseeds": seeds,
            "width": width, "height": height, "sampler_name": SAMPLER,
            "cfg_scale": result["guidance_scale"], "steps": result["steps"],
            "batch_size": len(seeds), "sd_model_name": model.split(" [")[0],
            "sd_model_hash": model.split("[")[-1].rstrip("]"), "index_of_first_image": 0,
            "infotexts": [infotext(prompt, body.negative_prompt, result, s, model) for s in seeds],
            "job_timestamp": time.strftime("%Y%m%d%H%M%S"),
            "personalq": {"action": plan["action"], "checkpoints": result["checkpoints"],
                          "explicit": plan["tagged"], "lora_weights": plan["weights"],
                          "warnings": result["warnings"], "quantization": result["quantization"],
                          "decision": plan["decision"]}}


def register(app: FastAPI, service) -> None:
    """Add the /sdapi/v1 routes to the service's FastAPI app."""
    base = BaseModelInfo(service.config.base_dir)

    @app.post("/sdapi/v1/txt2img", tags=["automatic1111"])
    async def txt2img(body: Txt2ImgRequest) -> dict:
        size = f"{body.width}x{body.height}" if body.width or body.height else None
        if size and not (body.width and body.height):
            raise PersonalQError("send both width and height (or neither for the native size)")
        await run_in_threadpool(service.check_size, size)  # a 400 now, before any work
        plan = await run_in_threadpool(choose, service, body)
        parameters = body.model_dump()
        if plan["action"] == "clarify":
            info = clarification_info(plan["decision"], body, plan["prompt"])
            return {"images": [], "parameters": parameters, "info": json.dumps(info)}
        job = await run_in_threadpool(
            service.submit_generation, plan["prompt"], plan["checkpoints"],
            n=body.batch_size * body.n_iter, size=size,
            seed=None if body.seed < 0 else body.seed, steps=body.steps,
            negative_prompt=body.negative_prompt, guidance_scale=body.cfg_scale,
            weights=tag_weights(service, plan))
        await wait_for(job, service.config.request_timeout_s + 5)
        if job.status != SUCCEEDED:
            if not job.done:
                service.gen_queue.cancel(job.id)
                raise PersonalQError(f"the request timed out after "
                                     f"{service.config.request_timeout_s} s", status=504)
            raise job_error(job)
        unweighted = [cid for cid, w in plan["weights"].items()
                      if w != 1.0 and cid not in _lora_ids(service, plan)]
        if unweighted:
            job.result["warnings"].append(f"{', '.join(unweighted)}: only LoRA adapters take a "
                                          "weight; drawn at weight 1")
        images = [base64_png(p) for p in job.result["images"]]
        info = success_info(body, plan, job.result, base.title())
        return {"images": images, "parameters": parameters, "info": json.dumps(info)}

    @app.get("/sdapi/v1/sd-models", tags=["automatic1111"])
    async def sd_models() -> list[dict]:
        return [await run_in_threadpool(base.to_json)]

    @app.get("/sdapi/v1/loras", tags=["automatic1111"])
    def loras() -> list[dict]:
        with service._select_lock:
            cards = service.store.cards()
        return [lora_entry(service, card) for card in cards]

    @app.get("/sdapi/v1/options", tags=["automatic1111"])
    async def options() -> dict:
        return {"sd_model_checkpoint": await run_in_threadpool(base.title),
                "sd_checkpoint_hash": await run_in_threadpool(base.sha256)}

    @app.get("/sdapi/v1/samplers", tags=["automatic1111"])
    def samplers() -> list[dict]:
        return [{"name": SAMPLER, "aliases": ["ddim"], "options": {}}]


def lora_entry(service, card) -> dict:
    path = None
    if card.path:
        path = Path(card.path)
        path = path if path.is_absolute() else Path(service.repo_path) / path
    return {"name": lora_name(card), "alias": card.id, "path": str(path) if path else None,
            "metadata": file_metadata(path) if path else {},
            "personalq": {"id": card.id, "trigger": card.trigger, "kind": card.kind,
                          "format": card.format or None, "description": card.description}}


def base64_png(png: bytes) -> str:
    import base64

    return base64.b64encode(png).decode("ascii")
