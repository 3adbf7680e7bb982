"""`personalq serve --ray`: the service on a Ray Serve cluster, replicas multiplexed by checkpoint.

Two Ray Serve applications:
- "pq-generator" at /generate: the `Generator` deployment (built by `build_generator`). Each replica holds one base pipeline
  and a model cache; `@serve.multiplexed` keys the checkpoints it holds by checkpoint id, so the
  Serve router sends a request to a replica that already holds its checkpoint. Clients pick the
  checkpoint with the `serve_multiplexed_model_id` HTTP header (or `.options(
  multiplexed_model_id=...)` on a handle); "none" is the plain base, "a+b" composes LoRAs;
  `lora_weights` ({checkpoint id: weight}) sets the LoRAs' adapter weights, as on the
  single-machine service.
- "personalq" at /: the `Router` deployment: the same /v1/select and /v1/images/generations
  JSON as the single-machine service; it runs Check-in, then calls the generator with the chosen
  checkpoint id as the multiplexed model id.
When Ray evicts a checkpoint from a replica (more than `max_models` in use) the replica's model
cache forgets it too, so memory stays bounded by max_models per replica. The checkpoint evicted
is the one that replica was asked for least often (`FrequencyOrder`; Ray's own order is LRU,
which lets tail requests of a skewed mix push out popular checkpoints).
With an API key (PERSONALQ_API_KEY / ServeConfig.api_key) both applications answer 401 unless
the request carries `Authorization: Bearer <key>`, as the FastAPI service does for /v1.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import os
from collections import Counter, OrderedDict
from pathlib import Path

from ray import serve
from starlette.requests import Request
from starlette.responses import JSONResponse

from personalq.errors import PersonalQError
from personalq.serve.config import MAX_LORA_WEIGHTS, ServeConfig
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


def lora_weights_of(body: dict) -> dict[str, float] | None:
    """A JSON body's `lora_weights` ({checkpoint id: weight}), checked as the FastAPI service's
    ImageRequest checks it; None when absent."""
    value = body.get("lora_weights")
    if value is None:
        return None
    if not isinstance(value, dict) or len(value) > MAX_LORA_WEIGHTS or not all(
            isinstance(w, (int, float)) and not isinstance(w, bool) for w in value.values()):
        raise PersonalQError("lora_weights must be an object {checkpoint id: weight} with at "
                             f"most {MAX_LORA_WEIGHTS} entries", 'e.g. {"sepo-style": 0.7}',
                             status=422)
    return {str(k): float(w) for k, w in value.items()}


def check_key(config: ServeConfig, request: Request) -> None:
    """The API key check of the FastAPI service (ServeConfig.key_problem), for Ray's HTTP."""
    problem = config.key_problem(request.headers.get("authorization"))
    if problem:
        raise PersonalQError(*problem, status=401)


class FrequencyOrder(OrderedDict):
    """The order Ray's multiplexer evicts in, made frequency-aware.

    Ray keeps a replica's resident models in an OrderedDict and evicts with
    `popitem(last=False)`: least recently used. Under a skewed (Zipf) request mix one request for
    a tail checkpoint then pushes out a popular one, which comes back at once. Here popitem
    evicts the model this replica was asked for least often (ties: least recently used);
    counts are halved every HALVE_EVERY requests so old popularity fades."""

    HALVE_EVERY = 1000

    def __init__(self, items=(), counts: Counter | None = None):
        super().__init__(items)
        self.counts = counts if counts is not None else Counter()

    def popitem(self, last: bool = True):
        if last or not self:
            return super().popitem(last)
        victim = min(self, key=lambda key: self.counts[key])  # iteration order: LRU first
        return victim, self.pop(victim)


def count_request(counts: Counter, model_id: str) -> None:
    counts[model_id] += 1
    if sum(counts.values()) >= FrequencyOrder.HALVE_EVERY:
        for key in list(counts):
            counts[key] //= 2


MULTIPLEX_ATTR = "__serve_multiplex_wrapper"  # where ray.serve.multiplexed keeps its wrapper


def use_frequency_eviction(owner, counts: Counter) -> bool:
    """Swap the resident-model dict of `owner`'s multiplex wrapper (created on its first call)
    for a FrequencyOrder; False when this Ray version keeps it elsewhere (LRU stays)."""
    wrapper = getattr(owner, MULTIPLEX_ATTR, None)
    models = getattr(wrapper, "models", None)
    if not isinstance(models, OrderedDict):
        return False
    if not isinstance(models, FrequencyOrder):
        wrapper.models = FrequencyOrder(models, counts)
    return True


class Resident:
    """What `get_model` returns: a checkpoint made resident in this replica's model cache.
    Ray Serve drops it when it evicts the model id; then the cache lets go of the weights."""

    def __init__(self, model_id: str, service, resident: set[str] | None = None):
        self.model_id = model_id
        self.service = service
        self.resident = resident  # the replica's set of resident model ids, kept current

    def __del__(self):
        if self.resident is not None:
            self.resident.discard(self.model_id)
        for card_id in self.model_id.split("+"):
            self.service.cache.evict(card_id)


def build_generator(max_models: int = DEFAULT_MAX_MODELS, eviction: str = "frequency"):
    """The Generator deployment class; `max_models` is fixed when the multiplexed method is
    decorated, so the class is built per setting (Ray ships it to replicas by value).
    `eviction`: "frequency" (FrequencyOrder) or "lru" (Ray's own)."""
    if eviction not in ("frequency", "lru"):
        raise PersonalQError(f"unknown eviction {eviction!r}", 'use "frequency" or "lru"')

    @serve.deployment(ray_actor_options={"num_cpus": 0})  # CPU accounting off: torch threads decide
    class Generator:
        def __init__(self, config: dict):
            self.service = Service(config_from_dict(config))
            self.loaded_models: list[str] = []  # model ids in the order this replica loaded them
            self.resident: set[str] = set()  # model ids Ray's multiplexer holds right now
            self.counts: Counter = Counter()  # requests per model id on this replica
            self.eviction = "lru"  # until the multiplexer exists and takes FrequencyOrder

        @serve.multiplexed(max_num_models_per_replica=max_models)
        async def get_model(self, model_id: str) -> Resident:
            ids = [] if model_id in ("", "none") else model_id.split("+")
            cards = [self.service.store.get(i) for i in ids]

            def warm() -> None:
                with self.service.cache.use(cards):
                    pass

            await asyncio.to_thread(warm)
            self.loaded_models.append(model_id)
            self.resident.add(model_id)
            return Resident(model_id, self.service, self.resident)

        async def generate(self, payload: dict) -> dict:
            model_id = serve.get_multiplexed_model_id() or "none"
            hit = model_id in self.resident  # did the request land where its model lives?
            count_request(self.counts, model_id)
            try:
                await self.get_model(model_id)
                if eviction == "frequency" and self.eviction == "lru":
                    self.eviction = "frequency" if use_frequency_eviction(self, self.counts) \
                        else "lru (frequency unavailable)"
                ids = [] if model_id == "none" else model_id.split("+")
                weights = self.service.weights_by_id(ids, lora_weights_of(payload))
                job = self.service.submit_generation(
                    payload.get("prompt") or "", ids, n=int(payload.get("n", 1)),
                    size=payload.get("size"), seed=payload.get("seed"), steps=payload.get("steps"),
                    weights=weights)
                await asyncio.to_thread(job.wait, self.service.config.request_timeout_s)
            except PersonalQError as err:
                return {"error": {"message": err.message, "hint": err.hint, "status": err.status}}
            return generator_answer(self, model_id, hit, job)

        async def __call__(self, request: Request) -> JSONResponse:
            """HTTP: POST /generate with the header `serve_multiplexed_model_id: <checkpoint id>`."""
            return await generate_over_http(self, request)

    return Generator


def generator_answer(gen, model_id: str, hit: bool, job) -> dict:
    """What `Generator.generate` returns for a finished job: the images and what drew them, or
    `{"error": ...}` with the job's message and status."""
    if job.status != "succeeded":
        return {"error": {"message": (job.error or {}).get("message", job.status),
                          "hint": "", "status": (job.error or {}).get("status", 500)}}
    result = job.result
    return {"model_id": model_id, "replica": serve.get_replica_context().replica_tag,
            "resident_hit": hit, "eviction": gen.eviction,
            "images": [base64.b64encode(p).decode() for p in result["images"]],
            "prompt": result["prompt"], "seed": result["seed"], "weights": result["weights"],
            "adapter_weights": result.get("adapter_weights"),
            "warnings": result["warnings"], "timings": result["timings"],
            "disk_loads": gen.service.cache.loads, "loaded_models": list(gen.loaded_models)}


async def generate_over_http(gen, request: Request) -> JSONResponse:
    """A Generator's HTTP entry: the API key, a JSON object body, then `gen.generate`."""
    try:
        check_key(gen.service.config, request)
        payload = await request.json()
    except PersonalQError as err:
        return error_json(err)
    except ValueError:
        return error_json(PersonalQError("the request body is not valid JSON"))
    if not isinstance(payload, dict):
        return error_json(PersonalQError("send a JSON object"))
    out = await gen.generate(payload)
    status = out["error"]["status"] if "error" in out else 200
    return JSONResponse(out, status_code=status)


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
                                                   body.get("conversation_id"), body.get("answer"),
                                                   body.get("meant"))
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
             "seed": body.get("seed"), "steps": body.get("steps"),
             "lora_weights": body.get("lora_weights")})
        if "error" in out:
            e = out["error"]
            raise PersonalQError(e["message"], e.get("hint", ""), status=e.get("status", 500))
        return {"data": [{"b64_json": b, "revised_prompt": out["prompt"]} for b in out["images"]],
                "clarification": None,
                "personalq": {"checkpoints": plan["checkpoints"], "model_id": model_id,
                              "replica": out["replica"], "seed": out["seed"],
                              "weights": out["weights"],
                              "adapter_weights": out["adapter_weights"],
                              "warnings": out["warnings"], "timings": out["timings"]}}


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
