"""`personalq bench select --ablate`: every named rule switched off alone, on every set.

A rule that moves no figure on any set goes (issue 12). Running every request of every set once
per rule costs hours at ~200 rules and ~4,000 requests, so the run is traced: the baseline pass
records, per request, which rule names it looked up (`checkin.switches.RuleSwitches`); with a
rule off, only the requests that looked it up are decided again (a request that never asked about
a rule takes the same path with it off), and their new decisions replace the baseline's before
the official scorer scores the whole set. Rules looked up while the selector is built or warmed
up (index-level word sources, per-catalog caches) reach every request: those re-run every request
where the selector built and warmed up with the rule off holds anything else than one built with
every rule on (state_digest); where both are alike the rule acts only where a request looks it up.
Rules run in the outer loop and sets in the inner one, so a run cut short keeps whole rows; the
encoder answers texts it has encoded before from memory (embed.memoized).
A cache filled by one request and read by a later one that never asks about the rule could hide a
change from the trace, so a rule the traced table says moves nothing is confirmed with `--full`
before it is removed.
`--full` re-runs every request for every rule (the check that the trace misses nothing: the test
suite compares both on a set).
"""

from __future__ import annotations

import atexit
import hashlib
import json
import types
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

import numpy as np

from personalq import paths
from personalq.bench.select_bench import (CONFIGS, DEFAULT_CONFIG, WARM_UP, decide_one,
                                          ingest_fresh, locate, official_score, read_jsonl,
                                          use_reference_day)
from personalq.checkin.rules import ALL_RULES
from personalq.checkin.select import DEFAULT_ASK_THRESHOLD, Selector
from personalq.checkin.switches import RuleSwitches
from personalq.embed import memoized
from personalq.errors import PersonalQError

NONE_OFF = "(none off)"


@dataclass
class Baseline:
    """One set decided with every rule on, and which rules each request looked up."""

    decisions: list[dict]
    asked: list[set[str]]  # per request: the rule names it looked up
    everywhere: set[str] = field(default_factory=set)  # looked up while building/warming up


def _selector(store, off: frozenset[str], warm: bool = False) -> Selector:
    backend, retrieval = CONFIGS[DEFAULT_CONFIG]
    selector = Selector(store, backend=backend, retrieval=retrieval,
                        ask_threshold=DEFAULT_ASK_THRESHOLD, disabled_rules=off)
    if warm:  # as traced_baseline warms it up
        selector.select(WARM_UP)
        selector.select(WARM_UP)
    return selector


def traced_baseline(store, cases: list[dict]) -> Baseline:
    """Decide every case with no rule off, recording the rule names each one looks up."""
    off = RuleSwitches()
    off.consulted = set()
    selector = _selector(store, off)
    built = set(off.consulted)
    # The same request twice: what the first asks and the second does not went into a cache
    # (per catalog), so it reaches every request; the rest is the request's own path.
    off.consulted = set()
    selector.select(WARM_UP)
    first, off.consulted = off.consulted, set()
    selector.select(WARM_UP)
    base = Baseline([], [], built | (first - off.consulted))
    for case in cases:
        off.consulted = set()
        base.decisions.append(decide_one(selector, case["prompt"]))
        base.asked.append(off.consulted)
    return base


def decisions_with_rule_off(store, cases: list[dict], base: Baseline, rule: str,
                            full: bool = False) -> tuple[list[dict], int]:
    """The set's decisions with `rule` off, and how many requests were decided again. A rule
    looked up while the selector is built or warmed up re-runs every request only where the
    selector built and warmed up with it off differs from the baseline's (state_digest); where
    they are alike, the rule acts only where a request looks it up, like any other."""
    redo = [i for i, asked in enumerate(base.asked) if rule in asked]
    if not full and not redo and rule not in base.everywhere:
        return base.decisions, 0
    selector = _selector(store, RuleSwitches([rule]), warm=True)
    if full or (rule in base.everywhere and not built_alike(store, selector)):
        redo = list(range(len(cases)))
    decisions = list(base.decisions)
    for i in redo:
        decisions[i] = decide_one(selector, cases[i]["prompt"])
    return decisions, len(redo)


def built_alike(store, selector: Selector) -> bool:
    """Whether `selector` (built and warmed up with a rule off) holds what one built and warmed
    up now with no rule off holds: both read the same caches the requests decided so far filled
    (per process), so only the rule's own work can differ."""
    return state_digest(selector) == state_digest(_selector(store, RuleSwitches(), warm=True))


def state_digest(root: object) -> str:
    """A digest of everything an object holds, through its attributes, containers and arrays
    (a set's order aside; the rule switches and functions by their type or name, a value type
    of its own by its repr),
    so two selectors built alike digest alike."""
    import sys

    memo: dict[int, bytes] = {}
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 100_000))
    try:
        return _walk(root, memo).hex()
    finally:
        sys.setrecursionlimit(limit)


def _walk(obj: object, memo: dict[int, bytes]) -> bytes:
    key = id(obj)
    if key in memo:
        return memo[key]
    memo[key] = b"cycle"
    h = hashlib.blake2b(type(obj).__qualname__.encode(), digest_size=16)
    for part in _parts(obj, memo):
        h.update(part)
    memo[key] = h.digest()
    return memo[key]


def _parts(obj: object, memo: dict[int, bytes]):
    """What `obj` holds, as bytes or digests of its parts, in a fixed order."""
    if isinstance(obj, RuleSwitches) or callable(obj) and not hasattr(obj, "__dict__"):
        return
    if obj is None or isinstance(obj, (bool, int, float, complex, str, bytes, Enum)):
        yield repr(obj).encode()
    elif isinstance(obj, np.ndarray):
        yield f"{obj.shape}{obj.dtype}".encode()
        yield np.ascontiguousarray(obj).tobytes()
    elif isinstance(obj, (list, tuple)):
        yield from (_walk(x, memo) for x in obj)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield _walk(k, memo)
            yield _walk(v, memo)
    elif isinstance(obj, (set, frozenset)):
        yield from sorted(_walk(x, memo) for x in obj)
    elif isinstance(obj, (types.FunctionType, types.MethodType, type, types.ModuleType)):
        yield getattr(obj, "__qualname__", "").encode()
    else:
        slots = [s for cls in type(obj).__mro__ for s in getattr(cls, "__slots__", ())
                 if isinstance(s, str) and hasattr(obj, s)]
        if not slots and not isinstance(getattr(obj, "__dict__", None), dict):
            yield repr(obj).encode()  # a value type of its own (a date, a numpy scalar, ...)
        if isinstance(getattr(obj, "__dict__", None), dict):
            yield _walk(obj.__dict__, memo)
        for slot in slots:
            yield slot.encode()
            yield _walk(getattr(obj, slot), memo)


def ablate(sets: list[str], shared: Path | None = None, limit: int | None = None,
           out_dir: Path | None = None, progress: bool = False,
           rules: list[str] | None = None, full: bool = False) -> dict:
    """Every named rule (or only `rules`) switched off in turn, on every set; writes
    select_ablation.md/.json in `out_dir` (default benchmarks/results: the whole file, so write
    a partial run elsewhere with --out). Returns {rule: {set: {aligned_all, misroute_rate,
    rerun}}}."""
    unknown = sorted(set(rules or []) - set(ALL_RULES))
    if unknown:
        raise PersonalQError(f"unknown rule(s): {', '.join(unknown)}",
                             "name rules from personalq.checkin.rules.ALL_RULES")
    import torch
    from tqdm import tqdm

    torch.set_num_threads(1)
    out_dir = Path(out_dir) if out_dir else paths.PROJECT_ROOT / "benchmarks" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    names = list(rules or ALL_RULES)
    table: dict[str, dict[str, dict]] = {NONE_OFF: {}}
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="personalq-ablate-") as tmp, memoized():
        ready = [_ready(name, shared, limit, Path(tmp), table) for name in sets]
        for rule in tqdm(names, desc="ablate", unit="rule", disable=not progress):
            for bench, label, cases, store, base in ready:
                use_reference_day(bench)
                decisions, rerun = decisions_with_rule_off(store, cases, base, rule, full)
                changed = sum(not _same(a, b) for a, b in zip(decisions, base.decisions))
                if changed:  # the scorer is a function of the decisions: unchanged, unmoved
                    scores, _ = official_score(bench, cases, decisions, Path(tmp))
                    table.setdefault(rule, {})[label] = _cell(scores, rerun, changed)
                else:
                    table.setdefault(rule, {})[label] = dict(table[NONE_OFF][label],
                                                             rerun=rerun, changed=0)
            # a rule's row is whole once every set is in: a run cut short keeps whole rows
            (out_dir / "select_ablation.partial.json").write_text(json.dumps(table) + "\n",
                                                                  encoding="utf-8")
            if progress:
                print(f"ablate: {rule} done, {time.time() - started:.0f} s", flush=True)
        for _, _, _, store, _ in ready:
            store.close()
    write_table(table, out_dir, limit, full)
    return table


def _ready(set_name: str, shared: Path | None, limit: int | None, tmp: Path,
           table: dict[str, dict[str, dict]]) -> tuple:
    """One set ingested into a fresh store (its home removed at exit) and decided with every
    rule on (its row of NONE_OFF): (bench, label, cases, store, baseline)."""
    bench = locate(set_name, shared)
    label = bench.name if set_name in ("dev", "large") or "=" in set_name else Path(set_name).name
    cases = read_jsonl(bench.cases)[:limit] if limit else read_jsonl(bench.cases)
    use_reference_day(bench)
    store, _, ingest = ingest_fresh(bench.catalog)
    atexit.register(shutil.rmtree, ingest["home"], True)
    base = traced_baseline(store, cases)
    scores, _ = official_score(bench, cases, base.decisions, tmp)
    table[NONE_OFF][label] = _cell(scores, len(cases))
    return bench, label, cases, store, base


def _same(a: dict, b: dict) -> bool:
    """Two decisions alike but for their latency."""
    return {k: v for k, v in a.items() if k != "latency_ms"} == \
        {k: v for k, v in b.items() if k != "latency_ms"}


def _cell(scores: dict, rerun: int, changed: int = 0) -> dict:
    """A set's figures with a rule off, how many requests were decided again and how many of
    their decisions changed."""
    return {"aligned_all": scores.get("aligned_all"), "misroute_rate": scores.get("misroute_rate"),
            "rerun": rerun, "changed": changed}


def moved(table: dict[str, dict[str, dict]], rule: str) -> bool:
    """Whether switching `rule` off changes any set's aligned or misroute figure."""
    base = table[NONE_OFF]
    return any((row["aligned_all"], row["misroute_rate"]) !=
               (base[label]["aligned_all"], base[label]["misroute_rate"])
               for label, row in table[rule].items())


def write_table(table: dict[str, dict[str, dict]], out_dir: Path, limit: int | None,
                full: bool) -> None:
    """select_ablation.md (a row per rule: aligned / misroute per set, what moved) and .json."""
    labels = list(dict.fromkeys(label for row in table.values() for label in row))
    how = ("every request decided again for every rule" if full else
           "with a rule off, only the requests that looked the rule up are decided again "
           "(their count after the figures)")
    lines = ["# Rule ablation (personalq bench select --ablate)", "",
             "Each named rule of the local reasoner switched off alone; aligned_all / misroute "
             f"with the official scorer{f', first {limit} requests of each set' if limit else ''}; "
             f"{how}. A rule that moves no figure on any set is removed.", "",
             "| rule off | moves | " + " | ".join(labels) + " |",
             "|---|---|" + "---|" * len(labels)]
    for rule, row in table.items():
        mark = "" if rule == NONE_OFF else ("yes" if moved(table, rule) else "**no**")
        cells = [f"{row[l]['aligned_all']} / {row[l]['misroute_rate']}"
                 + ("" if full or rule == NONE_OFF else f" ({row[l]['rerun']})")
                 if l in row else "" for l in labels]
        lines.append(f"| {rule} | {mark} | " + " | ".join(cells) + " |")
    (out_dir / "select_ablation.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out_dir / "select_ablation.json").write_text(json.dumps(table, indent=2) + "\n",
                                                  encoding="utf-8")
    print("\n".join(lines))
