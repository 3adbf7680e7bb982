"""The model cache: one shared base pipeline, checkpoints made active on it on demand.

Why: loading a pipeline from disk costs far more than drawing a small image with it, and a
service sees the same few checkpoints again and again. So the base pipeline is loaded once and
shared; a LoRA is loaded once as a named adapter and switching to it afterwards is a hot-swap
(`set_adapters`: milliseconds, no file read); a DreamBooth (its own UNet), a saved quantized
base (`serve --quantized`, LoRAs unmerged on its packed layers) or the float base beside a
quantized one is a pipeline of its own sharing the base's modules (entries.py loads them, with
diffusion.pipeline). Loaded entries are kept under a byte budget; the least recently used one
is evicted when a new one does not fit. Generation mutates a pipeline's state and entries share
modules with the base, so one lock serializes "switch + draw":
`with cache.use(cards) as lease: generate(lease.pipe, ...)`.

`mode="reload"` is the baseline the benchmark compares against: every request loads the base
and its checkpoint from disk and throws them away afterwards (a stateless service).
`mode="reload-checkpoint"` keeps the base but loads/unloads the checkpoint on every request.
"""

from __future__ import annotations

import gc
import threading
import time
import warnings
from collections import OrderedDict
from contextlib import contextmanager
from typing import Any, Callable, Iterator

from personalq.catalog.card import Card
from personalq.diffusion.compose import composition_of
from personalq.diffusion.loading import apply_checkpoint, checkpoint_kind, reset_to_base
from personalq.diffusion.mixed_lora import BASE_ROW
from personalq.diffusion.state import state_of
from personalq.errors import PersonalQError
from personalq.serve import entries
from personalq.serve.entries import (Entry, Lease, check_base_model, refuse_unservable,
                                     share_tokenizers)
from personalq.serve.saved import SavedQuantized

MODES = ("hot", "reload", "reload-checkpoint")


class ModelCache:
    def __init__(self, load_base: Callable[[], Any], budget_bytes: int = 512 * 1024 * 1024,
                 mode: str = "hot", metrics=None, saved=None, base_quantization: str | None = None):
        """`base_quantization`: the spec of the saved quantized base that `load_base` builds
        the base pipeline with (its UNet is the packed one); None: the base UNet is float."""
        if mode not in MODES:
            raise PersonalQError(f"cache mode {mode!r} is not one of {MODES}")
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
        self._warned: dict[str, list[str]] = {}  # the current request's entries' warnings
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
    def use(self, cards: list[Card], quantization: str | None = None,
            weights: list[float] | None = None) -> Iterator[Lease]:
        """Hold the pipeline lock, make `cards` active (`weights`: one per LoRA among them,
        None: 1.0 each), yield the pipeline to draw with."""
        kinds = [checkpoint_kind(c) for c in cards]  # refuse unservable cards before locking
        refuse_unservable(self.saved, kinds, quantization)
        with self._lock:
            if self.mode == "reload":  # baseline: nothing survives the request
                self._base = None
                self._entries.clear()
            t0 = time.perf_counter()
            lease = self._activate(cards, kinds, quantization, weights)
            lease.switch_s, lease.warnings = time.perf_counter() - t0, dict(self._warned)
            key = tuple(sorted(c.id for c in cards)) + (quantization, tuple(weights or ()))
            lease.switched = key != self._last_key
            self._last_key = key
            try:
                yield lease
            finally:
                if "textual_inversion" in kinds:  # applied per request: take it off again
                    reset_to_base(self._base)
                if self.mode == "reload-checkpoint":
                    for key in list(self._entries):
                        self._evict(key)
                elif self.mode == "reload":
                    self._base = None
                    self._entries.clear()
                    gc.collect()

    @contextmanager
    def use_rows(self, rows: list[list[Card]]) -> Iterator[Lease]:
        """Hold the pipeline lock with what every row draws with resident: one LoRA on the float
        base (drawn at weight 1.0), a DreamBooth pipeline at full precision, or the plain base.
        `lease.row_pipes` names each row's pipeline and `lease.row_adapters` its adapter
        (`BASE_ROW`: none), for mixed batches (diffusion/mixed_rows.py, per_row_adapters)."""
        kinds = [[checkpoint_kind(c) for c in cards] for cards in rows]
        with self._lock:
            t0 = time.perf_counter()
            base = self._base_pipe()
            self._pinned, self._warned, loaded, names, pipes = [], {}, [], [], []
            for cards, row_kinds in zip(rows, kinds):
                pipe, name = self._row(base, cards, row_kinds, loaded)
                pipes.append(pipe)
                names.append(name)
            # no set_adapters here: each row's LoRA layers are routed (and scaled at weight 1)
            # for the call itself (mixed_lora.per_row_adapters), whatever is active
            self._last_key = None
            yield Lease(pipe=base, switch_s=time.perf_counter() - t0, loaded=loaded,
                        weights="lora", switched=True, row_adapters=names, row_pipes=pipes,
                        warnings=dict(self._warned))

    def _row(self, base, cards: list[Card], kinds: list[str], loaded: list[str]) -> tuple:
        """(pipeline, adapter name) one row of a mixed batch draws with (lock held)."""
        if not cards:
            return base, BASE_ROW
        card = cards[0]
        check_base_model(base, card)
        if kinds == ["dreambooth"]:
            entry = self._get_or_load(f"{card.id}|none", "dreambooth", card.id, loaded,
                                      lambda: self._load_dreambooth(base, card, None, None))
            return entry.pipe, BASE_ROW
        return base, self._get_or_load(card.id, "lora", card.id, loaded,
                                       lambda: self._load_lora(base, card, card.id, None)).adapter

    def mixes_rows(self, kinds: list[str], quantization: str | None) -> bool:
        """Whether a request with these checkpoint kinds can ride in a mixed batch: one LoRA or
        none on the float base, or one DreamBooth at full precision (quantized and saved UNets
        are drawn one key at a time). DreamBooth rows need an SD1.5-style pipeline (one text
        encoder: its prompt embeddings are what mixed_rows passes; the base is loaded to see)."""
        if self.mode != "hot" or quantization or self.base_quantization:
            return False
        if kinds == ["dreambooth"]:
            base = self._base or self.base()  # the lock only until the base is loaded
            return getattr(base, "text_encoder_2", None) is None
        return kinds in ([], ["lora"])

    def base(self):
        """The shared base pipeline (loaded on first use)."""
        with self._lock:
            return self._base_pipe()

    def evict(self, card_id: str) -> bool:
        """Forget every cached form of a checkpoint (it was deleted or replaced)."""
        with self._lock:
            keys = [k for k in self._entries if k.split("|")[0].split("@")[0] == card_id]
            for key in keys:
                self._evict(key)
            return bool(keys)

    def _snapshot(self) -> list[tuple[str, Entry]]:
        """The entries without the pipeline lock (health checks and metrics answer meanwhile)."""
        return entries.snapshot(self._entries)

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
            state = state_of(self._base)
            state.active_adapters, state.lora_enabled = (), True
            if hasattr(self._base, "set_progress_bar_config"):
                self._base.set_progress_bar_config(disable=True)
        return self._base

    def _activate(self, cards: list[Card], kinds: list[str], quantization: str | None,
                  weights: list[float] | None) -> Lease:
        base = self._base_pipe()
        for card in cards:
            check_base_model(base, card)
        self._pinned, self._warned = [], {}
        loaded: list[str] = []
        by_kind = {k: [c for c, ck in zip(cards, kinds) if ck == k]
                   for k in ("lora", "dreambooth", "textual_inversion")}
        entries.check_composable(by_kind)
        if by_kind["dreambooth"]:
            return self._activate_dreambooth(base, by_kind, quantization, weights, loaded)
        # Where the LoRAs go: the base; a saved quantized base; or, when the base pipeline is
        # itself the saved quantized base, the float UNet's entry for "none" requests.
        pipe, host = base, None
        saved = self.saved.find(None, quantization) if quantization else None
        if self.base_quantization and saved is not None and saved.spec == self.base_quantization:
            pass  # the base pipeline draws at this quantization
        elif self.base_quantization and saved is None:
            host = "<base>|none"
            pipe = self._get_or_load(host, "float-base", "<base>", None,
                                     lambda: entries.load_float_base(base)).pipe
            share_tokenizers(pipe, base)  # a textual inversion may have replaced the base's
        elif saved is not None:
            host = f"<base>|{quantization}"
            pipe = self._get_or_load(host, "quantized-base", "<base>", None,
                                     lambda: self._load_quantized_base(base, saved, host)).pipe
        suffix = f"|{quantization or 'none'}" if (host or self.base_quantization) else ""
        names = tuple(self._get_or_load(c.id + suffix, "lora", c.id, loaded,
                                        lambda c=c: self._load_lora(pipe, c, c.id + suffix, host)
                                        ).adapter
                      for c in by_kind["lora"])
        self._set_active(pipe, names, weights)
        _compose(pipe, cards, by_kind["lora"], names)
        weights = "lora" if names else "manifest-only" if cards else "base"
        if by_kind["textual_inversion"]:
            apply_checkpoint(base, by_kind["textual_inversion"][0])  # small: applied per request
            share_tokenizers(pipe, base)
            loaded.append(by_kind["textual_inversion"][0].id)
            weights = "textual_inversion"
        return Lease(pipe=pipe, switch_s=0.0, loaded=loaded, weights=weights,
                     saved=str(saved.path) if saved else None)

    def _activate_dreambooth(self, base, by_kind: dict, quantization: str | None,
                             weights: list[float] | None, loaded: list[str]) -> Lease:
        """A DreamBooth pipeline (its own UNet), with the composed LoRAs (a style) loaded as
        adapters on that UNet: entries hosted by the DreamBooth's entry."""
        card = by_kind["dreambooth"][0]
        saved = self.saved.find(card.id, quantization)
        host = f"{card.id}|{quantization or 'none'}"
        entry = self._get_or_load(host, "dreambooth", card.id, loaded,
                                  lambda: self._load_dreambooth(base, card, quantization, saved))
        pipe = entry.pipe
        names = tuple(self._get_or_load(f"{c.id}@{host}", "lora", c.id, loaded,
                                        lambda c=c: self._load_lora(pipe, c, f"{c.id}@{host}",
                                                                    host)).adapter
                      for c in by_kind["lora"])
        if not names:
            self._set_active(base, ())  # its text encoder may be the base's
        self._set_active(pipe, names, weights)
        _compose(pipe, [card, *by_kind["lora"]], by_kind["lora"], names)
        return Lease(pipe=pipe, switch_s=0.0, loaded=loaded,
                     weights="dreambooth+lora" if names else "dreambooth", saved=entry.saved)

    def _set_active(self, pipe, names: tuple[str, ...],
                    weights: list[float] | None = None) -> None:
        if entries.adapters_differ(pipe, names, weights):
            self._peers_unknown(pipe)  # a shared text encoder's active adapters change too
            entries.set_active_adapters(pipe, names, weights)

    def _peers_unknown(self, pipe) -> None:
        """Pipelines sharing `pipe`'s text encoder (the base, a float base's or a DreamBooth's
        entry) see its adapter changes: their state no longer knows what is active."""
        hosts = [self._base] + [e.pipe for e in self._entries.values()
                                if e.kind in ("float-base", "dreambooth")]
        for other in hosts:
            if other is not None and other is not pipe and getattr(
                    other, "text_encoder", None) is getattr(pipe, "text_encoder", None):
                state_of(other).adapters_unknown()

    def _get_or_load(self, key: str, kind: str, card_id: str, loaded: list[str],
                     load: Callable[[], Entry]) -> Entry:
        """The cached entry under `key`, or `load()` it (making room under the budget)."""
        entry = self._entries.get(key)
        if entry is not None:
            self._note(card_id, entry)
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
        self._note(card_id, entry)
        return entry

    def _note(self, card_id: str, entry: Entry) -> None:
        """Keep what `entry` could not load for the lease of the current request."""
        if entry.warnings:
            self._warned[card_id] = list(entry.warnings)

    def _load_lora(self, pipe, card: Card, key: str, host: str | None) -> Entry:
        entry = entries.load_lora(pipe, card, key, host)
        self._peers_unknown(pipe)
        return entry

    def _load_dreambooth(self, base, card: Card, quantization: str | None, saved) -> Entry:
        entry = entries.load_dreambooth(base, card, quantization, saved)
        if saved is not None:
            self.saved_loads += 1
        elif quantization and quantization != "none":
            self.quantized_at_load += 1
        return entry

    def _load_quantized_base(self, base, saved, key: str) -> Entry:
        self.saved_loads += 1
        return entries.load_quantized_base(base, saved, key)

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
        if entry.kind in ("quantized-base", "float-base", "dreambooth"):  # its LoRAs live in its UNet (and
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
                state_of(host).adapters_unknown()  # enable again before the next set_adapters
                self._peers_unknown(host)
        entry.pipe = None
        gc.collect()


def _compose(pipe, cards: list[Card], loras: list[Card], names: tuple[str, ...]) -> None:
    """What `generate_batch` draws composed on `pipe` for this request (nothing for one card)."""
    state_of(pipe).composition = composition_of(cards, {c.id: n for c, n in zip(loras, names)})
