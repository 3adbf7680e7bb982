"""The model cache: one shared base pipeline, checkpoints made active on it on demand.

Why: loading a pipeline from disk costs far more than drawing a small image with it, and a
service sees the same few checkpoints again and again. So:
- the base pipeline is loaded once and shared;
- a LoRA is loaded once as a named adapter on the base UNet; switching to it afterwards is a
  hot-swap (`set_adapters`: milliseconds, no file read);
- a DreamBooth checkpoint is a whole UNet: it is loaded once (quantized when asked) and paired
  with the base's text encoder, tokenizer, VAE and scheduler in a pipeline of its own;
- a quantized UNet saved by `personalq quantize` (`serve --quantized DIR`, see saved.py) is
  loaded as it is, packed, instead of quantizing at load: a DreamBooth's own UNet, or the base's
  UNet, which then gets a pipeline of its own where LoRAs load unmerged on the packed layers;
- when the server's default quantization names that saved base (`base_quantization`), the
  base pipeline itself is built with the packed UNet (the float UNet is never read) and
  requests with quantization "none" get the float UNet as a cache entry of its own, loaded on
  first use, counted and evictable, sharing the base's text encoder, VAE and tokenizer;
- loaded checkpoints (adapters and UNets) are kept under a memory budget in bytes; the least
  recently used one is evicted when a new one does not fit.
Generation on a pipeline mutates its state (active adapters, scheduler timesteps), and the
DreamBooth pipelines share modules with the base, so one lock per base pipeline serializes
"switch + draw": `with cache.use(cards) as lease: generate(lease.pipe, ...)`.

`mode="reload"` is the baseline the benchmark compares against: every request loads the base
and its checkpoint from disk and throws them away afterwards (a stateless service).
`mode="reload-checkpoint"` keeps the base but loads/unloads the checkpoint on every request.
"""

from __future__ import annotations

import gc
import hashlib
import inspect
import re
import threading
import time
import warnings
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from personalq.catalog.card import Card
from personalq.errors import PersonalQError

MODES = ("hot", "reload", "reload-checkpoint")


@dataclass
class Entry:
    """One loaded checkpoint: a LoRA adapter on the base, or a DreamBooth pipeline."""

    key: str
    kind: str  # "lora" | "dreambooth" | "quantized-base" | "float-base"
    nbytes: int
    adapter: str | None = None  # adapter name on its pipeline (LoRA)
    pipe: Any = None  # the pipeline that draws with it (DreamBooth, quantized or float base)
    host: str | None = None  # LoRA on a saved quantized base: that base's entry key
    saved: str | None = None  # the `personalq quantize` folder its UNet was loaded from


@dataclass
class AdapterState:
    """Which adapters are active on one pipeline (the base, or a saved quantized base), so a
    request that keeps the same ones costs no set_adapters call."""

    active: tuple[str, ...] = ()
    enabled: bool = True  # diffusers' LoRA layers on (disable_lora turns them off)

    def unknown(self) -> None:
        """After a load or delete diffusers changed the active set: set it again next time."""
        self.active, self.enabled = ("<unknown>",), False


@dataclass
class Lease:
    """What `ModelCache.use` hands out while the pipeline lock is held."""

    pipe: Any
    switch_s: float  # time spent making the checkpoint(s) active
    loaded: list[str] = field(default_factory=list)  # checkpoint ids read from disk for this
    weights: str = "base"  # "base", "lora", "dreambooth", "manifest-only"
    switched: bool = False  # the pipeline changed checkpoint for this request (vs the last one)
    saved: str | None = None  # the saved quantized folder drawn with (None: none / quantized here)


def _module_bytes(module) -> int:
    tensors = list(module.parameters()) + list(module.buffers())
    return sum(t.numel() * t.element_size() for t in tensors)


def _adapter_host_bytes(pipe) -> int:
    """Bytes of the modules a LoRA adds layers to (UNet and text encoders)."""
    return sum(_module_bytes(getattr(pipe, name)) for name in
               ("unet", "text_encoder", "text_encoder_2")
               if getattr(pipe, name, None) is not None and hasattr(getattr(pipe, name), "parameters"))


def adapter_name(card_id: str) -> str:
    """peft adapter names live in ModuleDict keys: no dots. Keep them readable and unique."""
    digest = hashlib.sha1(card_id.encode()).hexdigest()[:8]
    return f"pq_{re.sub(r'[^A-Za-z0-9_]', '_', card_id)[:40]}_{digest}"


def checkpoint_kind(card: Card) -> str:
    """How the cache handles a card: 'lora', 'dreambooth', 'textual_inversion' or 'none'
    (a manifest-only card: nothing to load, the trigger text alone goes to the base)."""
    if not card.path:
        return "none"
    from personalq.diffusion.loading import checkpoint_path, detect_format

    fmt = (card.format or "").lower() or detect_format(checkpoint_path(card))
    if fmt in ("ti", "embedding"):
        fmt = "textual_inversion"
    if fmt not in ("lora", "dreambooth", "textual_inversion"):
        raise PersonalQError(f"checkpoint {card.id}: format {fmt!r} cannot be served",
                             "the service serves LoRA, DreamBooth and textual-inversion checkpoints")
    return fmt


def check_base_model(pipe, card: Card) -> None:
    """Refuse a checkpoint made for another base (an SDXL LoRA on an SD1.5 base fails late and
    obscurely inside diffusers; say it up front)."""
    state = getattr(pipe, "personalq", None)
    if state is not None and card.base_model and not state.accepts(card.base_model):
        raise PersonalQError(
            f"checkpoint {card.id} was made for base model '{card.base_model}' but this service "
            f"runs '{state.name}'", "pick a checkpoint made for this base, or serve its base model",
            status=409)


def _pipeline_like(base, components: dict):
    """A pipeline of the base's class over `components` (some of them the base's own)."""
    from personalq.diffusion.loading import PipeState

    extra = {}
    if "requires_safety_checker" in inspect.signature(type(base).__init__).parameters:
        extra["requires_safety_checker"] = False  # the base was loaded without one too
    pipe = type(base)(**components, **extra)
    pipe.set_progress_bar_config(disable=True)
    state = base.personalq
    pipe.personalq = PipeState(base_dir=state.base_dir, shape=state.shape, name=state.name)
    pipe.pq_adapters = AdapterState()
    return pipe


def dreambooth_pipeline(base, card: Card, quantization: str | None = None, saved=None):
    """A pipeline drawing with a DreamBooth checkpoint: the base's modules, its own UNet (and
    text encoder when it ships one), built by diffusion.apply_checkpoint on a shallow copy so the
    shared base is never modified. With `saved` (a serve.saved.SavedQuant of this checkpoint)
    the UNet is the packed one `personalq quantize` wrote: the float UNet is never read."""
    import copy

    from personalq.diffusion.loading import apply_checkpoint, checkpoint_path

    components = dict(base.components)
    path = checkpoint_path(card)
    if any((path / name).is_file() for name in ("learned_embeds.safetensors",
                                                "token_embeddings.safetensors",
                                                "embeddings.safetensors")):
        # Learned trigger embeddings resize the text encoder and extend the tokenizer: give this
        # checkpoint its own copies of both.
        for name in ("text_encoder", "tokenizer", "text_encoder_2", "tokenizer_2"):
            if components.get(name) is not None:
                components[name] = copy.deepcopy(components[name])
    pipe = _pipeline_like(base, components)
    if saved is not None:
        # As `generate --quantized` draws it (apply_checkpoint, then the quantized UNet), minus
        # the float UNet: only the checkpoint's text side (text encoder, learned embeddings).
        from personalq.diffusion.loading import apply_text_side
        from personalq.quant.checkpoint import load_quantized

        load_quantized(pipe, saved.path)
        pipe.unet.taq_trigger = saved.trigger or card.trigger
        apply_text_side(pipe, card, path, base.unet.dtype)
        return pipe
    apply_checkpoint(pipe, card)
    if quantization and quantization != "none":
        quantize_for_serving(pipe, card, quantization)
    return pipe


def quantized_base_pipeline(base, saved):
    """A pipeline drawing with the base's UNet as saved quantized by `personalq quantize`: the
    base's VAE, tokenizer(s) and scheduler, the packed UNet, and text encoder(s) of its own,
    read from the base folder (LoRAs with text-encoder layers load on this pipeline's, so they
    never reach the float base's)."""
    from personalq.diffusion.loading import state_of
    from personalq.quant.checkpoint import load_quantized

    state = state_of(base)  # PersonalQError for a base not loaded from a folder
    components = dict(base.components)
    for name in ("text_encoder", "text_encoder_2"):
        model = components.get(name)
        if model is not None:
            components[name] = type(model).from_pretrained(
                Path(state.base_dir) / name, dtype=model.dtype, use_safetensors=True,
                local_files_only=True).eval()
    pipe = _pipeline_like(base, components)
    load_quantized(pipe, saved.path)
    pipe.unet.taq_trigger = saved.trigger
    return pipe


def _share_tokenizers(pipe, base) -> None:
    """`pipe` shares the base's tokenizer(s): take them again (a textual inversion applied to,
    or taken off, the base replaces the base's tokenizer object)."""
    for name in ("tokenizer", "tokenizer_2"):
        if pipe is not base and getattr(base, name, None) is not None \
                and getattr(pipe, name, None) is not getattr(base, name):
            pipe.register_modules(**{name: getattr(base, name)})


def parse_quantization(spec: str) -> tuple[str, int, int]:
    """'taq-w8a4' -> ('taq', 8, 4); 'torchao_int8_wo' -> ('torchao_int8_wo', 8, 8)."""
    m = re.fullmatch(r"([a-z0-9_]+?)(?:[-_]w(\d+)a(\d+))?", (spec or "").strip().lower())
    if not m:
        raise PersonalQError(f"quantization {spec!r} is not METHOD or METHOD-wXaY",
                             'e.g. "taq-w8a8", "naive-w8a8", "torchao_int8_wo"')
    return m.group(1), int(m.group(2) or 8), int(m.group(3) or 8)


CALIBRATION_PROMPTS = 8  # few: a serving-time calibration must finish in seconds, not minutes


def quantize_for_serving(pipe, card: Card, spec: str) -> None:
    """Quantize a DreamBooth pipeline's own UNet in place with the quant module (TAQ & co.).
    Calibrated methods calibrate on a few prompts with the checkpoint's trigger; TAQ then
    protects the trigger's tokens, located in each prompt by `prepare_for_prompt`."""
    try:
        from personalq.quant.calibrate import calibrate
        from personalq.quant.methods import make_config, needs_calibration, quantize_unet
    except ImportError:
        raise PersonalQError(f"quantization {spec!r} is not available in this build",
                             "omit 'quantization' (or pass \"none\") to serve full precision"
                             ) from None
    method, wbits, abits = parse_quantization(spec)
    make_config(method, wbits, abits)  # PersonalQError naming the valid methods and bits
    calib = None
    if needs_calibration(method):
        calib = calibrate(pipe, n_prompts=CALIBRATION_PROMPTS, trigger=card.trigger,
                          class_noun=card.class_noun or "toy", steps=4, progress=False)
    quantize_unet(pipe.unet, method, wbits, abits, calib=calib)
    pipe.unet.taq_trigger = card.trigger


def prepare_for_prompt(pipe, prompt: str, trigger: str | None = None) -> None:
    """Before each generation on a quantized UNet: tell TAQ where the trigger's tokens are
    (`trigger`: the drawn checkpoint's; None: the one the UNet was quantized for)."""
    if getattr(pipe.unet, "quant_config", None) is None:
        return
    from personalq.quant.taq import prepare_prompt

    prepare_prompt(pipe, prompt, trigger=trigger)


class ModelCache:
    def __init__(self, load_base: Callable[[], Any], budget_bytes: int = 512 * 1024 * 1024,
                 mode: str = "hot", metrics=None, saved=None, base_quantization: str | None = None):
        """`base_quantization`: the spec of the saved quantized base that `load_base` builds
        the base pipeline with (its UNet is the packed one); None: the base UNet is float."""
        if mode not in MODES:
            raise PersonalQError(f"cache mode {mode!r} is not one of {MODES}")
        from personalq.serve.saved import SavedQuantized

        self._load_base = load_base
        self.budget_bytes = budget_bytes
        self.mode = mode
        self.metrics = metrics
        self.saved = saved if saved is not None else SavedQuantized()  # serve --quantized
        self.base_quantization = base_quantization
        self._lock = threading.Lock()  # one per base pipeline: switch + draw are serialized
        self._base = None
        self._entries: OrderedDict[str, Entry] = OrderedDict()  # LRU order: oldest first
        self._pinned: list[str] = []  # entries the current request uses: never evicted for it
        self._last_key: tuple | None = None  # what the previous request drew with
        self.hits = 0
        self.misses = 0
        self.loads = 0  # checkpoint loads from disk
        self.base_loads = 0
        self.evictions = 0
        self.quantized_at_load = 0  # UNets calibrated + quantized by the server itself
        self.saved_loads = 0  # UNets read as saved by `personalq quantize` (no calibration)

    # --- public ------------------------------------------------------------------------------
    @contextmanager
    def use(self, cards: list[Card], quantization: str | None = None) -> Iterator[Lease]:
        """Hold the pipeline lock, make `cards` active, yield the pipeline to draw with."""
        kinds = [checkpoint_kind(c) for c in cards]  # refuse unservable cards before locking
        if quantization and "dreambooth" not in kinds:
            if self.saved.find(None, quantization) is None:
                saved = ", ".join(self.saved.specs_for(None))
                raise PersonalQError(
                    f"quantization {quantization!r} applies to DreamBooth checkpoints"
                    + (f"; the saved quantized base here is {saved}" if saved else ""),
                    "LoRA and base requests are served in full precision, or on a base saved by "
                    "`personalq quantize` (serve --quantized DIR); omit 'quantization'")
            if "textual_inversion" in kinds:
                raise PersonalQError("a textual inversion is not served on a quantized base",
                                     "omit 'quantization' (or pass \"none\")")
        with self._lock:
            if self.mode == "reload":  # baseline: nothing survives the request
                self._base = None
                self._entries.clear()
            t0 = time.perf_counter()
            lease = self._activate(cards, kinds, quantization)
            lease.switch_s = time.perf_counter() - t0
            key = tuple(sorted(c.id for c in cards)) + (quantization,)
            lease.switched = key != self._last_key
            self._last_key = key
            try:
                yield lease
            finally:
                if "textual_inversion" in kinds:  # applied per request: take it off again
                    from personalq.diffusion.loading import reset_to_base

                    reset_to_base(self._base)
                if self.mode == "reload-checkpoint":
                    for key in list(self._entries):
                        self._evict(key)
                elif self.mode == "reload":
                    self._base = None
                    self._entries.clear()
                    gc.collect()

    def base(self):
        """The shared base pipeline (loaded on first use)."""
        with self._lock:
            return self._base_pipe()

    def evict(self, card_id: str) -> bool:
        """Forget every cached form of a checkpoint (it was deleted or replaced)."""
        with self._lock:
            keys = [k for k in self._entries if k.split("|")[0] == card_id]
            for key in keys:
                self._evict(key)
            return bool(keys)

    def _snapshot(self) -> list[tuple[str, Entry]]:
        """The entries without taking the pipeline lock (health checks and metrics must answer
        while a generation holds it); retried if a worker changes the dict meanwhile."""
        for _ in range(100):
            try:
                return list(self._entries.items())
            except RuntimeError:  # mutated during iteration
                time.sleep(0.001)
        return []

    def bytes_used(self) -> int:
        return sum(e.nbytes for _, e in self._snapshot())

    def stats(self) -> dict:
        entries = self._snapshot()
        return {"mode": self.mode, "base_quantization": self.base_quantization or "none",
                "hits": self.hits, "misses": self.misses,
                "loads": self.loads, "base_loads": self.base_loads,
                "evictions": self.evictions, "quantized_at_load": self.quantized_at_load,
                "saved_loads": self.saved_loads, "bytes": sum(e.nbytes for _, e in entries),
                "budget_bytes": self.budget_bytes,
                "entries": [{"id": k.split("|")[0], "kind": e.kind, "bytes": e.nbytes,
                             "quantization": k.split("|")[1] if "|" in k else "none",
                             "saved": e.saved}
                            for k, e in entries]}

    # --- internals (called with the lock held) -------------------------------------------------
    def _base_pipe(self):
        if self._base is None:
            self._base = self._load_base()
            self.base_loads += 1
            self._base.pq_adapters = AdapterState()
            if hasattr(self._base, "set_progress_bar_config"):
                self._base.set_progress_bar_config(disable=True)
        return self._base

    def _activate(self, cards: list[Card], kinds: list[str], quantization: str | None) -> Lease:
        base = self._base_pipe()
        for card in cards:
            check_base_model(base, card)
        self._pinned = []
        loaded: list[str] = []
        by_kind = {k: [c for c, ck in zip(cards, kinds) if ck == k]
                   for k in ("lora", "dreambooth", "textual_inversion")}
        if len(by_kind["dreambooth"]) + len(by_kind["textual_inversion"]) > 1 or (
                by_kind["dreambooth"] and len(cards) > 1):
            raise PersonalQError("these checkpoints cannot be composed in one image",
                                 "compose LoRA checkpoints (a subject and a style), or pick one")
        if by_kind["dreambooth"]:
            card = by_kind["dreambooth"][0]
            saved = self.saved.find(card.id, quantization)
            entry = self._get_or_load(
                f"{card.id}|{quantization or 'none'}", "dreambooth", card.id, loaded,
                lambda: self._load_dreambooth(base, card, quantization, saved))
            self._set_active(base, ())
            return Lease(pipe=entry.pipe, switch_s=0.0, loaded=loaded, weights="dreambooth",
                         saved=entry.saved)
        # Where the LoRAs go: the base; a saved quantized base; or, when the base pipeline is
        # itself the saved quantized base, the float UNet's entry for "none" requests.
        pipe, host = base, None
        saved = self.saved.find(None, quantization) if quantization else None
        if self.base_quantization and saved is not None and saved.spec == self.base_quantization:
            pass  # the base pipeline draws at this quantization
        elif self.base_quantization and saved is None:
            host = "<base>|none"
            pipe = self._get_or_load(host, "float-base", "<base>", None,
                                     lambda: self._load_float_base(base)).pipe
            _share_tokenizers(pipe, base)  # a textual inversion may have replaced the base's
        elif saved is not None:
            host = f"<base>|{quantization}"
            pipe = self._get_or_load(host, "quantized-base", "<base>", None,
                                     lambda: self._load_quantized_base(base, saved, host)).pipe
        suffix = f"|{quantization or 'none'}" if (host or self.base_quantization) else ""
        names = tuple(self._get_or_load(c.id + suffix, "lora", c.id, loaded,
                                        lambda c=c: self._load_lora(pipe, c, c.id + suffix, host)
                                        ).adapter
                      for c in by_kind["lora"])
        self._set_active(pipe, names)
        weights = "lora" if names else "manifest-only" if cards else "base"
        if by_kind["textual_inversion"]:
            from personalq.diffusion.loading import apply_checkpoint

            apply_checkpoint(base, by_kind["textual_inversion"][0])  # small: applied per request
            _share_tokenizers(pipe, base)
            loaded.append(by_kind["textual_inversion"][0].id)
            weights = "textual_inversion"
        return Lease(pipe=pipe, switch_s=0.0, loaded=loaded, weights=weights,
                     saved=str(saved.path) if saved else None)

    def _set_active(self, pipe, names: tuple[str, ...]) -> None:
        state = pipe.pq_adapters
        if names == state.active:
            return
        self._peers_unknown(pipe)  # a shared text encoder's active adapters change too
        if names:
            if not state.enabled:
                pipe.enable_lora()
                state.enabled = True
            pipe.set_adapters(list(names))
        elif state.active:
            pipe.disable_lora()
            state.enabled = False
        state.active = names

    def _peers_unknown(self, pipe) -> None:
        """Pipelines sharing `pipe`'s text encoder (the base and the float base's entry) see its
        adapter changes: their AdapterState no longer knows what is active."""
        hosts = [self._base] + [e.pipe for e in self._entries.values() if e.kind == "float-base"]
        for other in hosts:
            if other is not None and other is not pipe and getattr(
                    other, "text_encoder", None) is getattr(pipe, "text_encoder", None):
                other.pq_adapters.unknown()

    def _get_or_load(self, key: str, kind: str, card_id: str, loaded: list[str],
                     load: Callable[[], Entry]) -> Entry:
        """The cached entry under `key`, or `load()` it (making room under the budget)."""
        entry = self._entries.get(key)
        if entry is not None:
            self._entries.move_to_end(key)
            self._pinned.append(key)
            self.hits += 1
            if self.metrics is not None:
                self.metrics.cache_hits.labels(kind).inc()
            return entry
        self.misses += 1
        if self.metrics is not None:
            self.metrics.cache_misses.labels(kind).inc()
        t0 = time.perf_counter()
        self.loads += 1
        entry = load()
        entry.key = key
        if self.metrics is not None:
            self.metrics.switch.labels(kind, "load").observe(time.perf_counter() - t0)
        if card_id != "<base>":
            loaded.append(card_id)
        self._make_room(entry.nbytes, keep=set(self._pinned))
        self._entries[key] = entry
        self._pinned.append(key)
        return entry

    def _load_lora(self, pipe, card: Card, key: str, host: str | None) -> Entry:
        """A LoRA as a named adapter on `pipe` (the base, or a saved quantized base: unmerged
        on its packed layers, as `load_quantized` + `apply_checkpoint` do for `generate`)."""
        from personalq.diffusion.loading import checkpoint_path, load_lora_file

        name = adapter_name(key)  # unique also on a text encoder two pipelines share
        before = _adapter_host_bytes(pipe)
        try:
            with warnings.catch_warnings():  # "multiple adapters": exactly what we want
                warnings.filterwarnings("ignore", message=".*peft_config.*")
                warnings.filterwarnings("ignore", message=".*inconsistency was discovered.*")
                load_lora_file(pipe, checkpoint_path(card), name)
        except (ValueError, KeyError, RuntimeError) as err:
            raise PersonalQError(f"LoRA {card.id} does not fit the loaded base: "
                                 f"{str(err).splitlines()[0][:300]}",
                                 "check the checkpoint's base model", status=409) from None
        pipe.pq_adapters.unknown()  # diffusers activates a freshly loaded adapter
        self._peers_unknown(pipe)
        nbytes = max(_adapter_host_bytes(pipe) - before, 1)
        return Entry(key=key, kind="lora", nbytes=nbytes, adapter=name,
                     host=host)

    def _load_dreambooth(self, base, card: Card, quantization: str | None, saved) -> Entry:
        pipe = dreambooth_pipeline(base, card, quantization, saved=saved)
        if saved is not None:
            self.saved_loads += 1
        elif quantization and quantization != "none":
            self.quantized_at_load += 1
        return Entry(key="", kind="dreambooth", nbytes=self._own_bytes(base, pipe), pipe=pipe,
                     saved=str(saved.path) if saved else None)

    def _load_quantized_base(self, base, saved, key: str) -> Entry:
        pipe = quantized_base_pipeline(base, saved)
        self.saved_loads += 1
        return Entry(key=key, kind="quantized-base", nbytes=self._own_bytes(base, pipe),
                     pipe=pipe, saved=str(saved.path))

    def _load_float_base(self, base) -> Entry:
        """The base folder's float UNet, for "none" requests when the base pipeline holds the
        saved quantized UNet: a pipeline sharing everything else with the base."""
        from diffusers import UNet2DConditionModel

        from personalq.diffusion.loading import state_of

        folder = Path(state_of(base).base_dir) / "unet"
        unet = UNet2DConditionModel.from_pretrained(folder, dtype=base.vae.dtype,
                                                    use_safetensors=True,
                                                    local_files_only=True).eval()
        unet.to(base.vae.device)
        pipe = _pipeline_like(base, {**base.components, "unet": unet})
        return Entry(key="", kind="float-base", nbytes=self._own_bytes(base, pipe), pipe=pipe)

    @staticmethod
    def _own_bytes(base, pipe) -> int:
        """Bytes of the modules `pipe` does not share with the base (packed UNets count their
        packed codes and scales, not the float size)."""
        shared = {id(m) for m in base.components.values()}
        own = [m for m in pipe.components.values()
               if id(m) not in shared and hasattr(m, "parameters")]
        return sum(_module_bytes(m) for m in own)

    def _make_room(self, nbytes: int, keep: set[str]) -> None:
        """Evict least recently used entries (never those the current request uses)."""
        while self.bytes_used() + nbytes > self.budget_bytes:
            oldest = next((k for k in self._entries if k not in keep
                           and self._entries[k].host not in keep), None)
            if oldest is None:
                return  # everything left is in use: go over budget for this request
            self._evict(oldest)

    def _evict(self, key: str) -> None:
        entry = self._entries.get(key)
        if entry is None:
            return
        if entry.kind in ("quantized-base", "float-base"):  # its LoRAs live in its UNet (and
            # a float base's in the text encoder it shares with the base): they go first
            for other in [k for k, e in self._entries.items() if e.host == key]:
                self._evict(other)
        self._entries.pop(key, None)
        self.evictions += 1
        if self.metrics is not None:
            self.metrics.evictions.labels(entry.kind).inc()
        if entry.kind == "lora":
            host = self._base if entry.host is None else getattr(
                self._entries.get(entry.host), "pipe", None)
            if host is not None:
                with warnings.catch_warnings():  # "adapter was active": set again next request
                    warnings.filterwarnings("ignore",
                                            message=".*was active which is now deleted.*")
                    host.delete_adapters([entry.adapter])
                host.pq_adapters.unknown()  # enable again before the next set_adapters
                self._peers_unknown(host)
        entry.pipe = None
        gc.collect()
