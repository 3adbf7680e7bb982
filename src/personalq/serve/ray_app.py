"""`personalq serve --ray`: the service on a Ray Serve cluster, replicas multiplexed by checkpoint.

Two Ray Serve applications:
- "pq-generator" at /generate: the `Generator` deployment (built by `build_generator`). Each replica holds one base pipeline
  and a model cache; `@serve.multiplexed` keys the checkpoints it holds by checkpoint id, so the
  Serve router sends a request to a replica that already holds its checkpoint. Clients pick the
  checkpoint with the `serve_multiplexed_model_id` HTTP header (or `.options(
  multiplexed_model_id=...)` on a handle); "none" is the plain base, "a+b" composes LoRAs.
- "personalq" at /: the `Router` deployment: the same /v1/select and /v1/images/generations
  JSON as the single-machine service; it runs Check-in, then calls the generator with the chosen
  checkpoint id as the multiplexed model id.
When Ray evicts a checkpoint from a replica (more than `max_models` in use), the replica's model
cache forgets it too, so memory stays bounded by max_models per replica.
With an API key (PERSONALQ_API_KEY / ServeConfig.api_key) both applications answer 401 unless
the request carries `Authorization: Bearer <key>`, as the FastAPI service does for /v1.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import os
from pathlib import Path

from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse

from personalq.errors import PersonalQError
from personalq.serve.config import ServeConfig
from personalq.serve.service import Service

GENERATOR_APP = "pq-generator"
ROUTER_APP = "personalq"
DEFAULT_MAX_MODELS = 4  # checkpoints one replica keeps resident


def config_to_dict(config: ServeConfig) -> dict:
    """Plain values only (Ray ships them to replicas)."""
    data = dataclasses.asdict(config)
    data.pop("pipeline_factory", None)
    for key in ("repo", "upload_dir", "base_dir"):
        data[key] = str(data[key]) if data[key] is not None else None
    data["checkpoint_roots"] = [str(p) for p in data["checkpoint_roots"]]
    data["quantized"] = [str(p) for p in data["quantized"]]
    return data


def config_from_dict(data: dict) -> ServeConfig:
    data = dict(data)
    for key in ("upload_dir", "base_dir"):
        data[key] = Path(data[key]) if data.get(key) else None
    data["checkpoint_roots"] = [Path(p) for p in data.get("checkpoint_roots") or []]
    data["quantized"] = [Path(p) for p in data.get("quantized") or []]
    return ServeConfig(**data)


def error_json(err: PersonalQError) -> JSONResponse:
    code = "unauthorized" if err.status == 401 else "error"
    headers = {"WWW-Authenticate": "Bearer"} if err.status == 401 else None
    return JSONResponse({"error": {"code": code, "message": err.message, "hint": err.hint}},
                        status_code=err.status, headers=headers)


def check_key(config: ServeConfig, request: Request) -> None:
    """The API key check of the FastAPI service (ServeConfig.key_problem), for Ray's HTTP."""
    problem = config.key_problem(request.headers.get("authorization"))
    if problem:
        raise PersonalQError(*problem, status=401)


class Resident:
    """What `get_model` returns: a checkpoint made resident in this replica's model cache.
    Ray Serve drops it when it evicts the model id; then the cache lets go of the weights."""

    def __init__(self, model_id: str, service):
        self.model_id = model_id
        self.service = service

    def __del__(self):
        for card_id in self.model_id.split("+"):
            self.service.cache.evict(card_id)


def build_generator(max_models: int = DEFAULT_MAX_MODELS):
    """The Generator deployment class; `max_models` is fixed when the multiplexed method is
    decorated, so the class is built per setting (Ray ships it to replicas by value)."""

    @serve.deployment(ray_actor_options={"num_cpus": 0})  # CPU accounting off: torch threads decide
    class Generator:
        def __init__(self, config: dict):
            self.service = Service(config_from_dict(config))
            self.loaded_models: list[str] = []  # model ids in the order this replica loaded them

        @serve.multiplexed(max_num_models_per_replica=max_models)
        async def get_model(self, model_id: str) -> Resident:
            ids = [] if model_id in ("", "none") else model_id.split("+")
            cards = [self.service.store.get(i) for i in ids]

            def warm() -> None:
                with self.service.cache.use(cards):
                    pass

            await asyncio.to_thread(warm)
            self.loaded_models.append(model_id)
            return Resident(model_id, self.service)

        async def generate(self, payload: dict) -> dict:
            model_id = serve.get_multiplexed_model_id() or "none"
            try:
                await self.get_model(model_id)
                ids = [] if model_id == "none" else model_id.split("+")
                job = self.service.submit_generation(
                    payload.get("prompt") or "", ids, n=int(payload.get("n", 1)),
                    size=payload.get("size"), seed=payload.get("seed"), steps=payload.get("steps"))
                await asyncio.to_thread(job.wait, self.service.config.request_timeout_s)
            except PersonalQError as err:
                return {"error": {"message": err.message, "hint": err.hint, "status": err.status}}
            if job.status != "succeeded":
                return {"error": {"message": (job.error or {}).get("message", job.status),
                                  "hint": "", "status": (job.error or {}).get("status", 500)}}
            result = job.result
            return {"model_id": model_id, "replica": serve.get_replica_context().replica_tag,
                    "images": [base64.b64encode(p).decode() for p in result["images"]],
                    "prompt": result["prompt"], "seed": result["seed"], "weights": result["weights"],
                    "timings": result["timings"], "disk_loads": self.service.cache.loads,
                    "loaded_models": list(self.loaded_models)}

        async def __call__(self, request: Request) -> JSONResponse:
            """HTTP: POST /generate with the header `serve_multiplexed_model_id: <checkpoint id>`."""
            try:
                check_key(self.service.config, request)
                payload = await request.json()
            except PersonalQError as err:
                return error_json(err)
            except ValueError:
                return error_json(PersonalQError("the request body is not valid JSON"))
            if not isinstance(payload, dict):
                return error_json(PersonalQError("send a JSON object"))
            out = await self.generate(payload)
            status = out["error"]["status"] if "error" in out else 200
            return JSONResponse(out, status_code=status)

    return Generator


@serve.deployment(ray_actor_options={"num_cpus": 0})
class Router:
    """Check-in in front of the multiplexed generators (same JSON as the FastAPI service)."""

    def __init__(self, config: dict):
        self.service = Service(config_from_dict(config))

    async def __call__(self, request: Request) -> JSONResponse:
        try:
            check_key(self.service.config, request)
            body = await request.json()
            if not isinstance(body, dict):
                raise PersonalQError("send a JSON object")
            if request.url.path.rstrip("/").endswith("/v1/select"):
                decision = await asyncio.to_thread(self.service.select, body.get("request"),
                                                   body.get("conversation_id"), body.get("answer"))
                return JSONResponse(decision)
            if request.url.path.rstrip("/").endswith("/v1/images/generations"):
                return JSONResponse(await self.images(body))
            raise PersonalQError(f"no such endpoint: {request.url.path}", status=404)
        except ValueError:
            return error_json(PersonalQError("the request body is not valid JSON"))
        except PersonalQError as err:
            return error_json(err)

    async def images(self, body: dict) -> dict:
        plan = await asyncio.to_thread(self.service.plan, body.get("prompt") or "",
                                       body.get("checkpoint"), body.get("conversation_id"),
                                       body.get("answer"))
        if plan["action"] == "clarify":
            d = plan["decision"]
            return {"data": [], "clarification": {"question": d["question"],
                                                  "options": d["option_cards"],
                                                  "conversation_id": d["conversation_id"]}}
        model_id = "+".join(plan["checkpoints"]) or "none"
        handle = serve.get_app_handle(GENERATOR_APP)
        out = await handle.options(multiplexed_model_id=model_id).generate.remote(
            {"prompt": plan["prompt"], "n": body.get("n", 1), "size": body.get("size"),
             "seed": body.get("seed"), "steps": body.get("steps")})
        if "error" in out:
            e = out["error"]
            raise PersonalQError(e["message"], e.get("hint", ""), status=e.get("status", 500))
        return {"data": [{"b64_json": b, "revised_prompt": out["prompt"]} for b in out["images"]],
                "clarification": None,
                "personalq": {"checkpoints": plan["checkpoints"], "model_id": model_id,
                              "replica": out["replica"], "seed": out["seed"],
                              "weights": out["weights"], "timings": out["timings"]}}


def deploy(config: ServeConfig, replicas: int = 1, max_models: int = DEFAULT_MAX_MODELS) -> None:
    """Deploy both applications on the connected Ray cluster (ray.init() already called)."""
    serve.start(http_options={"host": config.host, "port": config.port})
    data = config_to_dict(config)
    generator = build_generator(max_models)
    serve.run(generator.options(num_replicas=replicas).bind(data), name=GENERATOR_APP,
              route_prefix="/generate")
    serve.run(Router.bind(data), name=ROUTER_APP, route_prefix="/")


def ray_env() -> dict[str, str]:
    """The environment replicas need: our settings, offline hubs, one torch thread each."""
    env = {k: v for k, v in os.environ.items() if k.startswith(("PERSONALQ_", "HF_"))}
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("OMP_NUM_THREADS", "1")
    env.setdefault("TOKENIZERS_PARALLELISM", "false")
    return env


def run_ray(config: ServeConfig, replicas: int = 1, max_models: int = DEFAULT_MAX_MODELS) -> int:
    import signal
    import time

    import ray

    def stop(signum, frame):  # SIGTERM (a supervisor, `timeout`) shuts Ray down like Ctrl-C
        raise KeyboardInterrupt

    ray.init(runtime_env={"env_vars": ray_env()})
    signal.signal(signal.SIGTERM, stop)  # after ray.init, which installs its own handler
    deploy(config, replicas=replicas, max_models=max_models)
    print(f"PersonalQ on Ray Serve: http://{config.host}:{config.port}/v1/... (router) and "
          f"/generate (header serve_multiplexed_model_id: <checkpoint id>); Ctrl-C stops",
          flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        serve.shutdown()
        ray.shutdown()
    return 0
