"""Turn a repository (a JSONL manifest or a folder of real checkpoints) into cards + a report.

A repository is split into *sources*, the unit that is fingerprinted and re-parsed as a whole:
a manifest file, one `.safetensors` file with its sidecars, or one diffusers folder. The store
(`store.py`) keeps each source's fingerprint and parse result, so a re-scan re-parses only the
sources whose fingerprint changed; everything here is pure (files in, dicts out).

Where real checkpoints keep their metadata (DESIGN.md §2) is resolved in `metadata.py`.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from personalq.catalog.card import Card
from personalq.catalog.metadata import (
    card_from_diffusers_folder,
    card_from_safetensors,
    sidecars_for,
)
from personalq.errors import PersonalQError

INGEST_VERSION = "3"  # bump when parsing changes, so cached parse results are redone
PICKLE_SUFFIXES = (".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle")
TRASH_DIR = ".trash"  # `personalq repo remove` moves a folder repository's files here
WEIGHT_SUFFIXES = (".safetensors",) + PICKLE_SUFFIXES
TEXT_SUFFIXES = (".jsonl", ".json", ".ndjson", ".md", ".info", ".yaml", ".yml", ".txt")
MAX_HASHED_BYTES = 256 * 1024 * 1024  # larger "text" files fall back to size + mtime


@dataclass
class Source:
    """One unit of a repository that is parsed as a whole."""

    key: str  # path relative to the repository (the manifest's own name for a manifest)
    kind: str  # "manifest" | "safetensors" | "diffusers" | "pickle"
    path: Path
    files: list[Path] = field(default_factory=list)  # everything the parse reads

    def fingerprint(self) -> str:
        """Size + mtime for weights (never hash GBs); sha256 of content for the small text files
        (manifests, sidecars, model cards) so a touched-but-unchanged file is not re-parsed."""
        parts = [INGEST_VERSION, self.kind]
        for f in sorted(self.files):
            try:
                st = f.stat()
            except OSError:
                parts.append(f"{f.name}:missing")
                continue
            if f.suffix.lower() in TEXT_SUFFIXES and st.st_size <= MAX_HASHED_BYTES:
                parts.append(f"{f}:{st.st_size}:{hashlib.sha256(f.read_bytes()).hexdigest()}")
            else:
                parts.append(f"{f}:{st.st_size}:{st.st_mtime_ns}")
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


@dataclass
class ParseResult:
    """What one source yields; stored as JSON per source so unchanged sources keep their report."""

    cards: list[dict[str, Any]] = field(default_factory=list)  # {"card": {...}, "origin": "file:line"}
    skipped: list[dict[str, str]] = field(default_factory=list)  # {"path", "reason"}
    malformed: list[dict[str, Any]] = field(default_factory=list)  # {"path", "line", "error"}
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> str:
        # the fields hold plain JSON values already: no asdict (its deep copy of 100,000 card
        # dicts took ~25 s of a 100k-card ingest)
        return json.dumps({f.name: getattr(self, f.name) for f in fields(self)})

    @classmethod
    def from_json(cls, text: str) -> "ParseResult":
        return cls(**json.loads(text))


@dataclass
class IngestReport:
    """The last ingest of a repository: counts, timings and everything that was not ingested."""

    repo: str = ""
    repo_kind: str = ""  # "manifest" | "folder"
    cards: int = 0
    sources: int = 0
    sources_parsed: int = 0  # re-parsed because new or changed
    sources_unchanged: int = 0
    sources_removed: int = 0
    added: int = 0
    updated: int = 0
    removed: int = 0
    embedded: int = 0  # cards whose embedding was (re)computed
    embed_dtype: str = ""  # "fp32" or "bf16" (autocast, where the CPU has native bf16)
    skipped: list[dict[str, str]] = field(default_factory=list)
    malformed: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    seconds_embed: float = 0.0  # encoding only
    seconds_model_load: float = 0.0  # loading MiniLM, when this ingest had to

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "IngestReport":
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})

    def summary(self) -> str:
        """Human-readable lines for `personalq repo scan`."""
        lines = [
            f"repository: {self.repo} ({self.repo_kind})",
            f"cards: {self.cards}  (added {self.added}, updated {self.updated}, removed {self.removed})",
            f"sources: {self.sources}  (parsed {self.sources_parsed}, unchanged "
            f"{self.sources_unchanged}, vanished {self.sources_removed})",
            f"embedded: {self.embedded} cards in {self.seconds_embed:.2f} s"
            + (f" ({self.embed_dtype})" if self.embedded else "")
            + (f" + {self.seconds_model_load:.2f} s loading MiniLM" if self.seconds_model_load else "")
            + f"; total {self.seconds:.2f} s",
        ]
        for s in self.skipped:
            lines.append(f"skipped: {s['path']}: {s['reason']}")
        for m in self.malformed:
            lines.append(f"malformed: {m['path']} line {m['line']}: {m['error']}")
        for d in self.duplicates:
            lines.append(f"duplicate id {d['id']!r}: {d['origin']} ignored, kept {d['kept']}")
        for w in self.warnings:
            lines.append(f"warning: {w}")
        return "\n".join(lines)


# ---------------------------------------------------------------- discovery


def repo_kind(repo: Path) -> str:
    """'manifest' for a JSONL file, 'folder' for a directory; PersonalQError otherwise."""
    if repo.is_dir():
        return "folder"
    if repo.is_file():
        if repo.suffix.lower() in (".jsonl", ".json", ".ndjson"):
            return "manifest"
        raise PersonalQError(f"repository {repo} is a file but not a JSONL manifest",
                             "pass a .jsonl manifest or a folder of checkpoints")
    raise PersonalQError(f"repository {repo} does not exist",
                         "pass --repo with a .jsonl manifest or a folder of checkpoints")


def discover(repo: Path) -> list[Source]:
    """List the sources of a repository in a stable order (sorted paths)."""
    if repo_kind(repo) == "manifest":
        return [Source(key=repo.name, kind="manifest", path=repo, files=[repo])]
    sources: list[Source] = []
    _walk(repo, repo, sources, set())
    return sources


def _is_diffusers_folder(d: Path) -> bool:
    return (d / "model_index.json").is_file() or (d / "unet" / "config.json").is_file()


def _walk(repo: Path, d: Path, out: list[Source], seen: set[Path]) -> None:
    real = d.resolve()
    if real in seen:  # a symlink loop, or the same folder linked twice
        return
    seen.add(real)
    try:
        entries = sorted(d.iterdir())
    except OSError:
        return
    for p in entries:
        if p.name.startswith("."):  # .trash, .git, editor files
            continue
        rel = str(p.relative_to(repo))
        if p.is_dir():
            if _is_diffusers_folder(p):
                # What the parse reads: the small JSON/YAML/README files and the weights' headers
                # (tokenizer vocabularies and the like say nothing about the card: not tracked).
                files = [f for f in sorted(p.rglob("*")) if f.is_file()
                         and not any(part.startswith(".") for part in f.relative_to(p).parts)
                         and (f.suffix.lower() in WEIGHT_SUFFIXES
                              or f.name in ("model_index.json", "README.md", "card.json")
                              or f.relative_to(p).as_posix() == "unet/config.json")]
                files += [f for f in sidecars_for(p) if f.is_file()]
                out.append(Source(key=rel, kind="diffusers", path=p, files=files))
            else:
                _walk(repo, p, out, seen)
        elif p.suffix.lower() == ".safetensors":
            files = [p] + [f for f in sidecars_for(p) if f.is_file()]
            out.append(Source(key=rel, kind="safetensors", path=p, files=files))
        elif p.suffix.lower() in PICKLE_SUFFIXES:
            out.append(Source(key=rel, kind="pickle", path=p, files=[p]))
        elif p.suffix.lower() in (".jsonl", ".ndjson"):
            out.append(Source(key=rel, kind="stray-manifest", path=p, files=[p]))


# ---------------------------------------------------------------- parsing one source


def parse_source(source: Source, repo: Path) -> ParseResult:
    """Parse one source; never raises for bad content (it goes into the result instead)."""
    if source.kind == "manifest":
        return parse_manifest(source.path)
    result = ParseResult()
    rel = source.key
    if source.kind == "stray-manifest":
        if not _looks_like_manifest(source.path):  # a training log or other data: not ours
            return result
        result.warnings.append(f"{rel}: a manifest inside a folder repository is not read; pass it "
                               "as --repo itself, or describe checkpoints with <name>.card.json sidecars")
        return result
    if source.kind == "pickle":
        result.skipped.append({"path": rel, "reason": (
            f"refused: {source.path.suffix} is a pickle format, which can run arbitrary code when "
            "loaded; PersonalQ never unpickles. Convert it to .safetensors")})
        return result
    try:
        if source.kind == "safetensors":
            card, warnings = card_from_safetensors(source.path)
        else:
            card, warnings = card_from_diffusers_folder(source.path)
    except PersonalQError as err:
        result.skipped.append({"path": rel, "reason": err.message})
        return result
    except (OSError, ValueError) as err:  # unreadable file, bad JSON sidecar, corrupt header
        result.skipped.append({"path": rel, "reason": f"{type(err).__name__}: {err}"})
        return result
    result.cards.append({"card": card.to_dict(), "origin": rel})
    result.warnings.extend(f"{rel}: {w}" for w in warnings)
    return result


def _looks_like_manifest(path: Path) -> bool:
    """Whether a .jsonl's first record is a card (has "id" and "trigger")."""
    try:
        with open(path, "rb") as f:
            for line in f:
                if line.strip():
                    data = json.loads(line)
                    return isinstance(data, dict) and "id" in data and "trigger" in data
    except (OSError, ValueError):
        pass
    return False


def parse_manifest(path: Path) -> ParseResult:
    """One card per line; a bad line is reported with its 1-based number, the rest ingested.
    Relative `path` fields are resolved against the manifest's folder."""
    result = ParseResult()
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):  # a UTF-8 byte-order mark from some editors
        raw = raw[3:]
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line.decode("utf-8"))
            card = Card.from_dict(data)
        except UnicodeDecodeError as err:
            result.malformed.append({"path": path.name, "line": number, "error": f"not UTF-8: {err}"})
            continue
        except json.JSONDecodeError as err:
            result.malformed.append({"path": path.name, "line": number,
                                     "error": f"invalid JSON: {err.msg} at column {err.colno}"})
            continue
        except PersonalQError as err:
            result.malformed.append({"path": path.name, "line": number, "error": err.message})
            continue
        if card.path and not Path(card.path).is_absolute():
            card.path = str((path.parent / card.path).resolve())
        result.cards.append({"card": card.to_dict(), "origin": f"{path.name}:{number}"})
    return result


def merge(results: list[ParseResult]) -> tuple[list[tuple[Card, str]], IngestReport]:
    """Concatenate parse results in source order; the first card with an id wins and every later
    one is reported as a duplicate (never silently merged)."""
    report = IngestReport()
    seen: dict[str, str] = {}
    cards: list[tuple[Card, str]] = []
    for res in results:
        report.skipped.extend(res.skipped)
        report.malformed.extend(res.malformed)
        report.warnings.extend(res.warnings)
        for entry in res.cards:
            card = Card.from_record(entry["card"])  # validated when the source was parsed
            if card.id in seen:
                report.duplicates.append({"id": card.id, "origin": entry["origin"], "kept": seen[card.id]})
                continue
            seen[card.id] = entry["origin"]
            cards.append((card, entry["origin"]))
    return cards, report


def scan(repo: Path, cached: dict[str, tuple[str, str]] | None = None
         ) -> tuple[list[tuple[Card, str]], IngestReport, dict[str, tuple[str, str]]]:
    """Scan a repository. `cached` maps source key -> (fingerprint, ParseResult JSON) from the
    last scan; sources with an unchanged fingerprint reuse it. Returns the merged cards (with
    their origin), the report (without embedding counts) and the new source cache."""
    t0 = time.perf_counter()
    cached = cached or {}
    sources = discover(repo)
    new_cache: dict[str, tuple[str, str]] = {}
    results: list[ParseResult] = []
    parsed = 0
    for source in sources:
        fp = source.fingerprint()
        if source.key in cached and cached[source.key][0] == fp:
            res_json = cached[source.key][1]
        else:
            res_json = parse_source(source, repo).to_json()
            parsed += 1
        new_cache[source.key] = (fp, res_json)
        results.append(ParseResult.from_json(res_json))
    cards, report = merge(results)
    report.repo = str(repo)
    report.repo_kind = repo_kind(repo)
    report.cards = len(cards)
    report.sources = len(sources)
    report.sources_parsed = parsed
    report.sources_unchanged = len(sources) - parsed
    report.sources_removed = len(set(cached) - set(new_cache))
    report.seconds = time.perf_counter() - t0
    return cards, report, new_cache
