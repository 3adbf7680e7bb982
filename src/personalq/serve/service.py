"""What the HTTP service does, without HTTP: select, generate, register checkpoints.

`Service` owns the repository (plus the folder of checkpoints registered through the API), the
Check-in selector, the model cache, the job queues and the in-memory conversations. `api.py`
only translates HTTP to calls on it, so the same logic serves the Ray deployment and tests.
"""

from __future__ import annotations

import base64
import io
import secrets
import threading
import time
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from personalq import paths
from personalq.catalog.card import Card
from personalq.catalog.store import open_repository
from personalq.checkin.placement import insert_trigger
from personalq.checkin.select import Selector
from personalq.diffusion.generate import base_defaults, generate_batch
from personalq.diffusion.loading import base_names, checkpoint_kind
from personalq.diffusion.mixed_rows import RowGroup
from personalq.diffusion.compose import check_weights, composition_weights
from personalq.diffusion.pipeline import base_with_saved_unet, build_pipeline, protect_trigger
from personalq.diffusion.state import find_state
from personalq.errors import PersonalQError
from personalq.quant.methods import parse_quantization
from personalq.quant.taq import prompt_trigger_positions
from personalq.serve import uploads
from personalq.serve.cache import ModelCache
from personalq.serve.config import MAX_IMAGES_PER_REQUEST, ServeConfig
from personalq.serve.metrics import Metrics
from personalq.serve.queue import Job, JobQueue, JobStopped
from personalq.serve.saved import load_saved
from personalq.serve.sizes import SizeLimits, native_side_of_folder, native_side_of_pipe


# ----------------------------------------------------------------------------- repository view
class CombinedStore:
    """The repository and the service's own folder of registered checkpoints, seen as one
    catalog (the interface Selector uses: cards, get, bm25, embeddings). Ids are unique across
    both: registration refuses an id the repository already has."""

    def __init__(self, stores: list):
        self.stores = stores
        self.repo = stores[0].repo
        self.report = stores[0].report

    def cards(self) -> list[Card]:
        return [c for s in self.stores for c in s.cards()]

    def owner(self, card_id: str):
        for store in self.stores:
            if any(c.id == card_id for c in store.cards()):
                return store
        return None

    def get(self, card_id: str) -> Card:
        store = self.owner(card_id)
        if store is None:
            return self.stores[0].get(card_id)  # raises the catalog's 404 with suggestions
        return store.get(card_id)

    def bm25(self, query: str, limit: int = 50) -> list[tuple[str, float]]:
        hits = [h for s in self.stores for h in s.bm25(query, limit)]
        return sorted(hits, key=lambda h: -h[1])[:limit]

    def embeddings(self) -> tuple[list[str], np.ndarray]:
        parts = [s.embeddings() for s in self.stores]
        ids = [i for p in parts for i in p[0]]
        mats = [p[1] for p in parts if len(p[0])]
        return ids, (np.concatenate(mats) if mats else np.zeros((0, 384), np.float32))

    def learn_name(self, phrase: str, family: str, source: str):
        """A learned name is kept in the repository's database, for any store's family."""
        families = set().union(*(s.families() for s in self.stores))
        return self.stores[0].learn_name(phrase, family, source, families=families)

    def __getattr__(self, name: str):  # anything else the selector reads: the main repository
        return getattr(self.stores[0], name)


# ----------------------------------------------------------------------------- conversations
@dataclass
class Conversation:
    id: str
    request: str
    options: list[str]
    expires: float


class Conversations:
    """Clarification round trips: the request waits here until the answer comes (or expires)."""

    def __init__(self, ttl_s: float, max_open: int = 10_000):
        self.ttl_s = ttl_s
        self.max_open = max_open
        self._open: OrderedDict[str, Conversation] = OrderedDict()
        self._lock = threading.Lock()

    def open(self, request: str, options: list[str]) -> Conversation:
        conv = Conversation(id="c_" + uuid.uuid4().hex[:16], request=request, options=options,
                            expires=time.time() + self.ttl_s)
        with self._lock:
            self._purge()
            self._open[conv.id] = conv
            while len(self._open) > self.max_open:
                self._open.popitem(last=False)
        return conv

    def get(self, conv_id: str) -> Conversation:
        with self._lock:
            self._purge()
            conv = self._open.get(conv_id)
        if conv is None:
            raise PersonalQError(f"unknown or expired conversation {conv_id!r}",
                                 f"conversations expire after {int(self.ttl_s)} s; send the "
                                 "request again", status=404)
        return conv

    def close(self, conv_id: str) -> None:
        with self._lock:
            self._open.pop(conv_id, None)

    def _purge(self) -> None:
        now = time.time()
        for key in [k for k, c in self._open.items() if c.expires < now]:
            del self._open[key]


# ----------------------------------------------------------------------------- the service
def png_bytes(image) -> bytes:
    buf = io.BytesIO()
    image.save(buf, format="PNG")
    return buf.getvalue()


def quiet_model_loading() -> None:
    """A server loads models all day: no progress bars or license banners in its log."""
    import diffusers
    import transformers

    diffusers.utils.logging.set_verbosity_error()
    diffusers.utils.logging.disable_progress_bar()
    transformers.utils.logging.set_verbosity_error()
    transformers.utils.logging.disable_progress_bar()


class Service:
    def __init__(self, config: ServeConfig):
        quiet_model_loading()

        self.config = config
        self.repo_path = config.resolved_repo()
        self.upload_dir = config.resolved_upload_dir()
        (self.upload_dir / uploads.INCOMING).mkdir(parents=True, exist_ok=True)
        self._repo_store = open_repository(self.repo_path)
        self._upload_store = None
        self._select_lock = threading.Lock()  # the selector and sqlite reads, one at a time
        self._register_lock = threading.RLock()  # one registration at a time (staging included)
        self._selector = None
        self._refresh_uploads()

        # `--quantized` folders, checked now: a bad one stops the server before it listens.
        self.saved = load_saved(config.quantized, self.store,
                                config.base_dir if config.pipeline_factory is None else None)
        self.conversations = Conversations(config.conversation_ttl_s)
        self.images: OrderedDict[str, bytes] = OrderedDict()  # for response_format=url
        self.gen_queue = JobQueue(config.queue_size, workers=config.workers, name="generate",
                                  on_finish=self._count_job, max_batch=config.max_batch,
                                  batch_wait_s=config.batch_wait_ms / 1000)
        self.bg_queue = JobQueue(config.queue_size, workers=1, name="background",
                                 on_finish=self._count_job)
        self.metrics = Metrics(queue_depth=self.gen_queue.depth,
                               cache_bytes=lambda: self.cache.bytes_used())
        # The server's default names a saved quantized base: the base pipeline is built with
        # that packed UNet (the float one is loaded only if a request asks for "none").
        self.saved_base = (self.saved.find(None, config.quantization)
                           if config.pipeline_factory is None else None)
        self.cache = ModelCache(self._load_base, budget_bytes=config.cache_budget_bytes,
                                mode=config.cache_mode, metrics=self.metrics, saved=self.saved,
                                base_quantization=self.saved_base.spec if self.saved_base else None)
        self._sizes: SizeLimits | None = None
        self.started = time.time()

    # --- repository ------------------------------------------------------------------------
    @property
    def store(self) -> CombinedStore:
        stores = [self._repo_store] + ([self._upload_store] if self._upload_store else [])
        return CombinedStore(stores)

    def _refresh_uploads(self) -> None:
        old = self._upload_store
        self._upload_store = open_repository(self.upload_dir)
        if old is not None:
            old.close()
        self._selector = None  # rebuilt on next use, over the new set of cards

    def selector(self):
        if self._selector is None:
            bases = base_names(self.config.base_dir) if self.config.pipeline_factory is None else None
            self._selector = Selector(self.store, backend=self.config.backend, base_model=bases)
        return self._selector

    def count(self) -> int:
        with self._select_lock:
            return len(self.store.cards())

    def is_registered(self, card_id: str) -> bool:
        return any(c.id == card_id for c in self._upload_store.cards())

    def checkpoints(self) -> list[dict]:
        with self._select_lock:
            cards = [(c, False) for c in self._repo_store.cards()]
            cards += [(c, True) for c in self._upload_store.cards()]
        out = [card_json(c, registered=r) for c, r in cards]
        for item in out:  # saved quantized variants: a DreamBooth's own, the base's for LoRAs
            owner = item["id"] if item["format"] == "dreambooth" else None
            item["quantized"] = (self.saved.specs_for(owner)
                                 if item["format"] in ("dreambooth", "lora") else [])
        return out

    # --- selection -------------------------------------------------------------------------
    def select(self, request: str | None, conversation_id: str | None = None,
               answer: str | None = None, meant: str | None = None) -> dict:
        """The DESIGN.md §4 decision, plus `conversation_id` when it asks a question; with
        `meant` (a correction: the checkpoint the request meant) what it taught as well."""
        conv = None
        if meant is not None and answer is not None:
            raise PersonalQError("send either an answer to a question or meant (a correction), "
                                 "not both", "answer picks an option; meant corrects a decision",
                                 status=422)
        if conversation_id:
            conv = self.conversations.get(conversation_id)
            if not answer and meant is None:
                raise PersonalQError("a conversation_id needs an answer",
                                     "send the option the user picked as 'answer'")
            request = conv.request
        elif not request or not request.strip():
            raise PersonalQError("the request is empty", "send {\"request\": \"my dog on the beach\"}",
                                 status=422)
        with self._select_lock:
            if meant is not None:
                decision = self.selector().correct(request, meant).to_json()
            elif conv is not None and answer in conv.options:
                decision = self._picked(request, answer)
            else:
                decision = self.selector().select(request, answer=answer).to_json()
        decision["conversation_id"] = None
        if decision["action"] == "clarify":
            if conv is not None:
                self.conversations.close(conv.id)
            new = self.conversations.open(request, decision.get("options") or [])
            decision["conversation_id"] = new.id
            decision["option_cards"] = [self._option(i) for i in decision.get("options") or []]
        elif conv is not None:
            self.conversations.close(conv.id)
        return decision

    def _picked(self, request: str, card_id: str) -> dict:
        """The user clicked an option (its id): let Check-in re-decide with the option's words
        (so a composed style survives); if that does not land on the option, select it as is.
        Either way the words that raised the question are learned for it (`learned`)."""

        t0 = time.perf_counter()
        card = self.store.get(card_id)
        words = f"{card.name} {card.class_noun} version {card.version}".strip()
        decision = self.selector().select(request, answer=words, learn=False).to_json()
        learned = self.selector().learn_from(request, card.family)  # the click is the answer
        if card_id in (decision.get("checkpoints") or []):
            return {**decision, "learned": learned}
        return {"action": "select", "checkpoint": card.id, "checkpoints": [card.id], "options": [],
                "question": None, "prompt": insert_trigger(request, card),
                "candidates": [{"id": card.id, "score": 1.0}],
                "latency_ms": (time.perf_counter() - t0) * 1000, "learned": learned}

    def _option(self, card_id: str) -> dict:
        try:
            return card_json(self.store.get(card_id))
        except PersonalQError:
            return {"id": card_id, "name": card_id}

    # --- generation --------------------------------------------------------------------------
    def _load_base(self):
        if self.config.pipeline_factory is not None:
            return self.config.pipeline_factory()
        # hotswap=False: the cache keeps adapters by name
        if self.saved_base is not None:
            self.cache.saved_loads += 1
            return base_with_saved_unet(self.config.base_dir, self.saved_base.path,
                                        self.saved_base.trigger).pipe
        return build_pipeline(self.config.base_dir, hotswap=False).pipe

    def plan(self, prompt: str, checkpoint: str | None, conversation_id: str | None,
             answer: str | None) -> dict:
        """Decide what to draw: a checkpoint given by id, or Check-in's decision."""
        if checkpoint:
            if checkpoint in ("none", "base"):
                return {"action": "none", "checkpoints": [], "prompt": prompt, "decision": None}
            with self._select_lock:  # "a+b" composes (a subject LoRA and a style LoRA)
                cards = [self.store.get(i) for i in checkpoint.split("+")]  # 404 if unknown

            text = prompt
            for card in cards:
                text = text if card.trigger in text else insert_trigger(text, card)
            return {"action": "select", "checkpoints": [c.id for c in cards], "prompt": text,
                    "decision": None}
        decision = self.select(prompt, conversation_id, answer)
        ids = decision.get("checkpoints") or ([decision["checkpoint"]] if decision.get("checkpoint")
                                              else [])
        return {"action": decision["action"], "checkpoints": ids,
                "prompt": decision.get("prompt") or prompt, "decision": decision}

    def size_limits(self) -> SizeLimits:
        """The sizes the base draws (read from its folder; a factory's pipeline is loaded)."""
        if self._sizes is None:
            if self.config.pipeline_factory is not None:
                native = native_side_of_pipe(self.cache.base())
            else:
                native = native_side_of_folder(self.config.base_dir or paths.WORLD_BASE_DIR)
            self._sizes = SizeLimits.for_native(native)
        return self._sizes

    def check_size(self, size: str | None) -> tuple[int | None, int | None]:
        """(height, width) for a request's size, or a 400 at once naming the sizes that work."""
        return self.size_limits().check(size or self.config.default_size)

    def submit_generation(self, prompt: str, checkpoints: list[str], *, n: int = 1,
                          size: str | None = None, seed: int | None = None,
                          steps: int | None = None, quantization: str | None = None,
                          negative_prompt: str | None = None,
                          guidance_scale: float | None = None,
                          weights: list[float] | None = None) -> Job:
        """Queue one generation. `checkpoints` compose (a subject and a style: a DreamBooth or
        LoRA subject with LoRAs on top); `weights`: one per LoRA (None: the builder's
        composition defaults). Jobs with the same checkpoints and settings wait to be drawn
        together, one tensor batch through the UNet (ServeConfig.max_batch)."""
        if not 1 <= n <= MAX_IMAGES_PER_REQUEST:
            raise PersonalQError(f"n must be 1..{MAX_IMAGES_PER_REQUEST}")
        height, width = self.check_size(size)
        with self._select_lock:
            cards = [self.store.get(i) for i in checkpoints]
        kinds = [checkpoint_kind(card) for card in cards]  # refuse unservable ones now
        quant = self._quantization_for(cards, kinds, quantization)
        weights = lora_weights(cards, kinds, weights)
        seed = secrets.randbelow(2**31) if seed is None else int(seed)
        steps = int(steps or self.config.default_steps or 0) or None  # None: the base's default
        key = "+".join(checkpoints) + (f"|{quant}" if quant else "")
        spec = Draw(cards=cards, checkpoints=list(checkpoints), quant=quant, weights=weights,
                    prompt=prompt, seed=seed, n=n, steps=steps,
                    height=height, width=width, negative_prompt=negative_prompt or None,
                    guidance_scale=None if guidance_scale is None else float(guidance_scale))
        settings = f"s{steps}|{height}x{width}|g{spec.guidance_scale}"
        mixes = (self.config.mix_checkpoints and weights is None
                 and (self.config.mix_dreambooth or "dreambooth" not in kinds)
                 and self.cache.mixes_rows(kinds, quant))
        job = Job(kind="generate", key=key, work=lambda job: _only(self._draw([job])),
                  timeout_s=self.config.request_timeout_s, payload=spec,
                  batch_key=f"{key}|w{weights}|{settings}", run_batch=self._draw,
                  mix_key=f"mixed|{settings}" if mixes else None)
        return self.gen_queue.submit(job)

    def weights_by_id(self, checkpoints: list[str],
                      by_id: dict[str, float] | None) -> list[float] | None:
        """One weight per LoRA among `checkpoints` (in order) from weights named by checkpoint
        id; LoRAs not named take the composition default. None when nothing is named."""
        if not by_id:
            return None
        with self._select_lock:
            cards = [self.store.get(i) for i in checkpoints]
        loras = [c.id for c in cards if checkpoint_kind(c) == "lora"]
        stray = sorted(set(by_id) - set(loras))
        if stray:
            raise PersonalQError(f"lora_weights names {', '.join(stray)}, which is not a LoRA "
                                 f"drawn for this request (LoRAs drawn: "
                                 f"{', '.join(loras) or 'none'})",
                                 "name the LoRA checkpoints drawn (give `checkpoint` to choose "
                                 "them, e.g. 'fizz+sepo-style')", status=422)
        default = composition_weights(len(loras), composed=len(cards) > 1)
        return [float(by_id.get(cid, w)) for cid, w in zip(loras, default)]

    def _quantization_for(self, cards: list[Card], kinds: list[str],
                          quantization: str | None) -> str | None:
        """The quantization a request draws at: what it asks for, else the server's default
        (a DreamBooth UNet's, or the saved quantized base's for LoRAs and the base)."""
        quant = None if quantization in (None, "", "none") else quantization
        default = self.config.quantization
        if quantization is None and "dreambooth" in kinds:
            quant = default  # the server's default for DreamBooth UNets
        elif quantization is None and default and "textual_inversion" not in kinds and \
                self.saved.find(None, default) is not None:
            quant = default  # the base saved quantized at the default: LoRAs drawn on it
        if quant:
            parse_quantization(quant)
            owner = cards[kinds.index("dreambooth")].id if "dreambooth" in kinds else None
            saved = self.saved.find(owner, quant)
            quant = saved.spec if saved is not None else quant  # one cache entry per folder
        return quant

    def _draw(self, jobs: list[Job]) -> list[Any]:
        """Draw the images of `jobs` (same settings; same checkpoints, or one LoRA, one
        full-precision DreamBooth or none each: a mixed batch) in one pipeline call per TAQ
        trigger layout; one outcome per job: its result, or the JobStopped it ended with."""
        first: Draw = jobs[0].payload
        if len({tuple(job.payload.checkpoints) for job in jobs}) > 1:
            return self._draw_mixed(jobs)
        outcomes: dict[str, Any] = {}
        with self.cache.use(first.cards, quantization=first.quant, weights=first.weights) as lease:
            steps_used, guidance = self._sampling(lease.pipe, first)
            live = _progress_all(jobs, outcomes, 0.05, f"checkpoint ready ({lease.weights}, "
                                 f"{lease.switch_s * 1000:.1f} ms)")
            t0 = time.perf_counter()
            for group in _by_trigger_layout(lease.pipe, live, first):
                protect_trigger(lease.pipe, group[0].payload.prompt, first.trigger)
                self._draw_group(lease.pipe, group, outcomes, steps_used, guidance)
            gen_s = time.perf_counter() - t0
        return self._results(jobs, outcomes, lease, (steps_used, guidance), gen_s)

    def _draw_mixed(self, jobs: list[Job]) -> list[Any]:
        """Jobs for different checkpoints (one LoRA, one full-precision DreamBooth, or none
        each) in one pipeline call: every checkpoint resident, each image encoded and denoised
        by its job's pipeline, through its job's adapter (diffusion/mixed_rows.py)."""
        first: Draw = jobs[0].payload
        outcomes: dict[str, Any] = {}
        with self.cache.use_rows([job.payload.cards for job in jobs]) as lease:
            steps_used, guidance = self._sampling(lease.pipe, first)
            routes = {job.id: route for job, route in
                      zip(jobs, zip(lease.row_pipes, lease.row_adapters))}
            live = _progress_all(jobs, outcomes, 0.05, f"checkpoints ready (mixed batch, "
                                 f"{lease.switch_s * 1000:.1f} ms)")
            t0 = time.perf_counter()
            if live:
                ordered, groups = _row_groups(live, routes)
                self._draw_group(lease.pipe, ordered, outcomes, steps_used, guidance, groups)
            gen_s = time.perf_counter() - t0
        return self._results(jobs, outcomes, lease, (steps_used, guidance), gen_s)

    @staticmethod
    def _sampling(pipe, first: "Draw") -> tuple[int, float]:
        """(steps, guidance scale) a batch draws with: the request's, else the base's."""
        defaults = base_defaults(pipe)
        return (first.steps or defaults["steps"],
                defaults["guidance_scale"] if first.guidance_scale is None else first.guidance_scale)

    def _results(self, jobs: list[Job], outcomes: dict[str, Any], lease, sampling: tuple,
                 gen_s: float) -> list[Any]:
        """Each job's result (jobs that stopped keep their JobStopped outcome)."""
        self.metrics.generation.observe(gen_s)
        steps_used, guidance = sampling
        for job in jobs:
            if job.id in outcomes:
                continue
            spec: Draw = job.payload
            weights = "base" if not spec.cards else (checkpoint_kind(spec.cards[0])
                                                     if lease.row_pipes else lease.weights)
            outcomes[job.id] = {
                "images": spec.images, "prompt": spec.prompt, "checkpoints": spec.checkpoints,
                "seed": spec.seed, "steps": steps_used, "guidance_scale": guidance,
                "size": spec.size, "weights": weights,
                "adapter_weights": spec.weights, "loaded": lease.loaded,
                "quantization": spec.quant or "none", "saved_quantized": lease.saved,
                "switched": lease.switched, "warnings": _warnings_of(spec, lease),
                "batch": len(jobs),
                "mixed_batch": bool(lease.row_adapters),
                "timings": {"switch_ms": lease.switch_s * 1000, "generate_ms": gen_s * 1000}}
        return [outcomes[job.id] for job in jobs]

    @staticmethod
    def _draw_group(pipe, group: list[Job], outcomes: dict[str, Any], steps: int,
                    guidance: float, rows: list[RowGroup] | None = None) -> None:
        """One pipeline call for every image of `group` (`rows`: a mixed batch, which pipeline
        draws each run of its images); progress per denoising step for each job (where a
        cancelled or timed-out job drops out: its images are discarded)."""
        specs: list[Draw] = [job.payload for job in group]
        prompts = [s.prompt for s in specs for _ in range(s.n)]
        seeds = [s.seed + i for s in specs for i in range(s.n)]

        def on_step(i: int) -> None:
            waiting = [j for j in group if j.id not in outcomes]
            if not waiting:
                raise JobStopped("every job of the batch stopped")
            done = min(i + 1, steps)
            _progress_all(waiting, outcomes, 0.05 + 0.95 * done / steps, f"step {done}/{steps}"
                          + (f" (batch of {len(prompts)} images)" if len(prompts) > 1 else ""))

        try:
            images = generate_batch(pipe, prompts, seeds, steps=steps, height=specs[0].height,
                                    width=specs[0].width, guidance_scale=guidance,
                                    negative_prompts=[s.negative_prompt for s in specs
                                                      for _ in range(s.n)],
                                    groups=rows, on_step=on_step)
        except JobStopped:
            return  # every job already has its outcome
        it = iter(images)
        for spec in specs:
            drawn = [next(it) for _ in range(spec.n)]
            spec.images = [png_bytes(image) for image in drawn]
            spec.size = f"{drawn[0].width}x{drawn[0].height}"

    def keep_image(self, png: bytes) -> str:
        image_id = uuid.uuid4().hex
        self.images[image_id] = png
        while len(self.images) > 512:
            self.images.popitem(last=False)
        return image_id

    def _count_job(self, job: Job) -> None:
        self.metrics.jobs.labels(job.kind, job.status).inc()

    # --- registration ----------------------------------------------------------------------
    def register_upload(self, filename: str, temp_path: Path, fields: dict) -> tuple[dict, Job]:
        """Move a fully received upload into the upload folder once every check passed."""
        stem = uploads.check_filename(filename)
        incoming = temp_path.parent
        staged = incoming / f"{stem}.safetensors"
        sidecar = None
        with self._register_lock:
            try:
                uploads.check_safetensors(temp_path)
                temp_path.rename(staged)
                sidecar = uploads.write_card_sidecar(staged, fields)
                return self._adopt(stem, staged, sidecar, is_link=False)
            finally:
                uploads.remove_quietly(temp_path, staged if staged.exists() else None, sidecar)

    def register_path(self, raw: str, fields: dict) -> tuple[dict, Job]:
        real = uploads.resolve_under_roots(raw, [Path(r) for r in self.config.checkpoint_roots])
        uploads.check_registrable(real)
        stem = real.stem if real.is_file() else real.name
        if not uploads._STEM_RE.match(stem):
            raise PersonalQError(f"refused checkpoint name {stem!r}",
                                 "use letters, digits, '.', '_' and '-'")
        incoming = self.upload_dir / uploads.INCOMING
        link = incoming / (real.name)
        with self._register_lock:
            uploads.remove_quietly(link)
            link.symlink_to(real, target_is_directory=real.is_dir())
            sidecar = None
            try:
                sidecar = uploads.write_card_sidecar(link, fields)
                return self._adopt(stem, link, sidecar, is_link=True)
            finally:
                uploads.remove_quietly(link if link.is_symlink() else None, sidecar)

    def _adopt(self, stem: str, staged: Path, sidecar: Path | None, is_link: bool
               ) -> tuple[dict, Job]:
        """Ingest the staged checkpoint, move it into the upload folder, refresh the catalog."""
        with self._register_lock:
            card = uploads.card_for(staged)  # the catalog's own reading of the metadata
            with self._select_lock:
                if any(c.id == card.id for c in self.store.cards()):
                    raise PersonalQError(f"a checkpoint with id {card.id!r} already exists",
                                         "delete it first or upload under another file name",
                                         status=409)
                final = self.upload_dir / staged.name
                if final.exists() or final.is_symlink():
                    raise PersonalQError(f"{staged.name} is already registered", status=409)
                staged.rename(final)
                if sidecar is not None:
                    sidecar.rename(self.upload_dir / sidecar.name)
                self._refresh_uploads()
                if not self.is_registered(card.id):
                    reason = "; ".join(s["reason"] for s in self._upload_store.report.skipped
                                       if Path(s["path"]).stem == stem) or "unknown reason"
                    uploads.remove_quietly(final, self.upload_dir / f"{stem}.card.json")
                    self._refresh_uploads()
                    raise PersonalQError(f"the catalog did not ingest the checkpoint: {reason}")
                card = self.store.get(card.id)
        job = self.bg_queue.submit(Job(kind="register", key=card.id,
                                       work=lambda job: self._prepare(job, card)))
        return card_json(card, registered=True), job

    def _prepare(self, job: Job, card: Card) -> dict:
        """Background work after registration: load it once (so the first request finds it in
        the cache) and quantize a DreamBooth UNet when quantization is configured and offered."""
        kind = checkpoint_kind(card)
        job.progress(0.1, f"loading {kind} checkpoint {card.id}")
        quant = self.config.quantization if kind == "dreambooth" else None
        if kind == "lora" and self.saved_base is not None:
            quant = self.saved_base.spec  # where default requests will draw it
        with self.cache.use([card], quantization=quant) as lease:
            job.progress(0.9, f"loaded in {lease.switch_s * 1000:.0f} ms"
                         + (f", quantized {quant}" if quant else ""))
        return {"checkpoint": card.id, "kind": kind, "quantization": quant or "none",
                "load_ms": lease.switch_s * 1000, "warnings": lease.warnings.get(card.id, [])}

    def delete_checkpoint(self, card_id: str) -> dict:
        with self._register_lock, self._select_lock:
            if not self.is_registered(card_id):
                self._repo_store.get(card_id)  # 404 when unknown everywhere
                raise PersonalQError(f"checkpoint {card_id!r} belongs to the repository "
                                     f"{self.repo_path}, which the service does not modify",
                                     "only checkpoints registered through the API can be deleted",
                                     status=403)
            card = self._upload_store.get(card_id)
            name = Path(card.path).name if card.path else ""
            stem = Path(name).stem if name.endswith(".safetensors") else name
            uploads.remove_quietly(*(self.upload_dir / n for n in (name, f"{stem}.card.json") if n))
            self._refresh_uploads()
        self.cache.evict(card_id)
        return {"id": card_id, "deleted": True}

    def close(self) -> None:
        self.gen_queue.close()
        self.bg_queue.close()



# ----------------------------------------------------------------------------- batched drawing
@dataclass
class Draw:
    """One generation request as the queue keeps it until it is drawn."""

    cards: list[Card]
    checkpoints: list[str]
    quant: str | None
    weights: list[float] | None
    prompt: str
    seed: int
    n: int
    steps: int | None
    height: int | None
    width: int | None
    negative_prompt: str | None = None
    guidance_scale: float | None = None  # None: the base's default
    images: list[bytes] = field(default_factory=list)
    size: str | None = None  # "WxH" of the images drawn

    @property
    def trigger(self) -> str | None:
        """The trigger TAQ protects: the subject's (the first checkpoint's, as generate does)."""
        return self.cards[0].trigger if self.cards else None


def lora_weights(cards: list[Card], kinds: list[str],
                 weights: list[float] | None) -> list[float] | None:
    """The LoRA weights a request draws with: given (one per LoRA, in order), else the
    builder's composition defaults; None when no LoRA is composed."""
    n_loras = kinds.count("lora")
    if weights is not None:
        return check_weights(weights, n_loras)
    return composition_weights(n_loras, composed=True) if n_loras and len(cards) > 1 else None


def _warnings_of(spec: Draw, lease) -> list[str]:
    """What the request's own checkpoints could not load (a LoRA that fits the base in part),
    said in every response that draws with them (the lease of a mixed-LoRA batch also holds
    the other rows' warnings: only this request's are its own)."""
    return [w for cid in dict.fromkeys(spec.checkpoints) for w in lease.warnings.get(cid, [])]


def _only(outcomes: list[Any]) -> Any:
    """The one job's outcome as `Job.work` returns it: its result, or its exception raised."""
    if isinstance(outcomes[0], Exception):
        raise outcomes[0]
    return outcomes[0]


def _progress_all(jobs: list[Job], outcomes: dict[str, Any], fraction: float,
                  message: str) -> list[Job]:
    """Report progress to each job; the ones that stopped get their JobStopped as outcome.
    Returns the jobs still running."""
    live = []
    for job in jobs:
        try:
            job.progress(fraction, message)
            live.append(job)
        except JobStopped as stop:
            outcomes[job.id] = stop
    return live


def _row_groups(jobs: list[Job], routes: dict[str, tuple[Any, str]]
                ) -> tuple[list[Job], list[RowGroup]]:
    """The jobs of a mixed batch reordered so that each pipeline's images are consecutive, and
    those runs of images as mixed_rows.RowGroup (the adapter of each image)."""
    by_pipe: dict[int, list[Job]] = {}
    for job in jobs:
        by_pipe.setdefault(id(routes[job.id][0]), []).append(job)
    ordered = [job for members in by_pipe.values() for job in members]
    groups = [RowGroup(pipe=routes[members[0].id][0],
                       adapters=[routes[j.id][1] for j in members for _ in range(j.payload.n)])
              for members in by_pipe.values()]
    return ordered, groups


def _by_trigger_layout(pipe, jobs: list[Job], first: Draw) -> list[list[Job]]:
    """Jobs grouped by where the trigger sits in their prompt: TAQ protects the same token
    positions for every row of a batch (one group on a float UNet)."""
    state = find_state(pipe)
    if state is None or state.quantization is None or not first.trigger:
        return [jobs] if jobs else []
    groups: dict[tuple, list[Job]] = {}
    for job in jobs:
        layout = tuple(prompt_trigger_positions(pipe.tokenizer, job.payload.prompt, first.trigger))
        groups.setdefault(layout, []).append(job)
    return list(groups.values())


def card_json(card: Card, registered: bool = False) -> dict:
    return {"id": card.id, "name": card.name, "trigger": card.trigger, "kind": card.kind,
            "class_noun": card.class_noun, "family": card.family, "version": card.version,
            "created_at": card.created_at, "description": card.description, "tags": card.tags,
            "base_model": card.base_model, "format": card.format or None,
            "has_weights": bool(card.path), "registered": registered}


def b64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")
