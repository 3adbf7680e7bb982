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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from personalq.catalog.card import Card
from personalq.catalog.store import open_repository
from personalq.checkin.rewrite import insert_trigger
from personalq.checkin.select import Selector
from personalq.diffusion.generate import base_defaults, generate
from personalq.diffusion.loading import checkpoint_kind
from personalq.diffusion.pipeline import base_with_saved_unet, build_pipeline, protect_trigger
from personalq.errors import PersonalQError
from personalq.quant.methods import parse_quantization
from personalq.serve import uploads
from personalq.serve.cache import ModelCache
from personalq.serve.config import MAX_IMAGES_PER_REQUEST, ServeConfig
from personalq.serve.metrics import Metrics
from personalq.serve.queue import Job, JobQueue
from personalq.serve.saved import load_saved


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
def parse_size(size: str | None) -> tuple[int | None, int | None]:
    """'WxH' -> (height, width); None -> the base's native size."""
    if not size:
        return None, None
    try:
        w, h = (int(x) for x in size.lower().split("x"))
    except ValueError:
        raise PersonalQError(f"size {size!r} is not WIDTHxHEIGHT", "e.g. \"64x64\"") from None
    for v in (w, h):
        if v < 8 or v > 1024 or v % 8:
            raise PersonalQError(f"size {size!r}: sides must be multiples of 8 in 8..1024")
    return h, w


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
                                  on_finish=self._count_job)
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
            self._selector = Selector(self.store, backend=self.config.backend)
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
               answer: str | None = None) -> dict:
        """The DESIGN.md §4 decision, plus `conversation_id` when it asks a question."""
        conv = None
        if conversation_id:
            conv = self.conversations.get(conversation_id)
            if not answer:
                raise PersonalQError("a conversation_id needs an answer",
                                     "send the option the user picked as 'answer'")
            request = conv.request
        elif not request or not request.strip():
            raise PersonalQError("the request is empty", "send {\"request\": \"my dog on the beach\"}",
                                 status=422)
        with self._select_lock:
            if conv is not None and answer in conv.options:
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
        (so a composed style survives); if that does not land on the option, select it as is."""

        t0 = time.perf_counter()
        card = self.store.get(card_id)
        words = f"{card.name} {card.class_noun} version {card.version}".strip()
        decision = self.selector().select(request, answer=words).to_json()
        if card_id in (decision.get("checkpoints") or []):
            return decision
        return {"action": "select", "checkpoint": card.id, "checkpoints": [card.id], "options": [],
                "question": None, "prompt": insert_trigger(request, card),
                "candidates": [{"id": card.id, "score": 1.0}],
                "latency_ms": (time.perf_counter() - t0) * 1000}

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

    def submit_generation(self, prompt: str, checkpoints: list[str], *, n: int = 1,
                          size: str | None = None, seed: int | None = None,
                          steps: int | None = None, quantization: str | None = None) -> Job:
        if not 1 <= n <= MAX_IMAGES_PER_REQUEST:
            raise PersonalQError(f"n must be 1..{MAX_IMAGES_PER_REQUEST}")
        height, width = parse_size(size or self.config.default_size)
        with self._select_lock:
            cards = [self.store.get(i) for i in checkpoints]
        kinds = [checkpoint_kind(card) for card in cards]  # refuse unservable ones now
        warnings: list[str] = []
        if "dreambooth" in kinds and len(cards) > 1:
            # A DreamBooth UNet replaces the base UNet, so adapters made for the base do not
            # compose with it here: draw the DreamBooth subject and say what was left out.
            keep = kinds.index("dreambooth")
            dropped = [c.id for i, c in enumerate(cards) if i != keep]
            warnings.append(f"{cards[keep].id} is a DreamBooth checkpoint; {', '.join(dropped)} "
                            "cannot be composed with it and was left out")
            cards, kinds, checkpoints = [cards[keep]], ["dreambooth"], [cards[keep].id]
        quant = None if quantization in (None, "", "none") else quantization
        default = self.config.quantization
        if quantization is None and "dreambooth" in kinds:
            quant = default  # the server's default for DreamBooth UNets
        elif quantization is None and default and "textual_inversion" not in kinds and \
                self.saved.find(None, default) is not None:
            quant = default  # the base saved quantized at the default: LoRAs drawn on it
        if quant:
            parse_quantization(quant)
            owner = cards[0].id if "dreambooth" in kinds else None
            saved = self.saved.find(owner, quant)
            quant = saved.spec if saved is not None else quant  # one cache entry per folder
        seed = secrets.randbelow(2**31) if seed is None else int(seed)
        steps = int(steps or self.config.default_steps or 0) or None  # None: the base's default
        key = "+".join(checkpoints) + (f"|{quant}" if quant else "")

        def work(job: Job) -> dict:
            images = []
            with self.cache.use(cards, quantization=quant) as lease:
                steps_used = steps or base_defaults(lease.pipe)["steps"]
                job.progress(0.05, f"checkpoint ready ({lease.weights}, "
                                   f"{lease.switch_s * 1000:.1f} ms)")
                t0 = time.perf_counter()
                # TAQ: where the trigger's tokens are (the first checkpoint's, as generate does)
                protect_trigger(lease.pipe, prompt, cards[0].trigger if cards else None)
                done = [0]  # UNet calls so far: one per denoising step

                def on_step(module, inputs, output) -> None:
                    """Progress per denoising step; also where a cancelled or timed-out job
                    stops mid-image (JobStopped propagates out of the pipeline call)."""
                    done[0] += 1
                    total = n * steps_used
                    job.progress(0.05 + 0.95 * min(done[0], total) / total,
                                 f"image {done[0] // steps_used + 1}/{n}, "
                                 f"step {(done[0] - 1) % steps_used + 1}/{steps_used}")

                hook = lease.pipe.unet.register_forward_hook(on_step)
                try:
                    for i in range(n):
                        image = generate(lease.pipe, prompt, seed=seed + i, steps=steps_used,
                                         height=height, width=width)
                        images.append(png_bytes(image))
                finally:
                    hook.remove()
                gen_s = time.perf_counter() - t0
            self.metrics.generation.observe(gen_s)
            return {"images": images, "prompt": prompt, "checkpoints": checkpoints, "seed": seed,
                    "steps": steps_used, "weights": lease.weights, "loaded": lease.loaded,
                    "quantization": quant or "none", "saved_quantized": lease.saved,
                    "switched": lease.switched, "warnings": warnings,
                    "timings": {"switch_ms": lease.switch_s * 1000, "generate_ms": gen_s * 1000}}

        job = Job(kind="generate", key=key, work=work, timeout_s=self.config.request_timeout_s)
        return self.gen_queue.submit(job)

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
                "load_ms": lease.switch_s * 1000}

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


def card_json(card: Card, registered: bool = False) -> dict:
    return {"id": card.id, "name": card.name, "trigger": card.trigger, "kind": card.kind,
            "class_noun": card.class_noun, "family": card.family, "version": card.version,
            "created_at": card.created_at, "description": card.description, "tags": card.tags,
            "base_model": card.base_model, "format": card.format or None,
            "has_weights": bool(card.path), "registered": registered}


def b64(png: bytes) -> str:
    return base64.b64encode(png).decode("ascii")
