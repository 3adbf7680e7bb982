"""Checking a checkpoint before the service stores it: uploads and registration by path.

Why so strict: an upload is untrusted bytes from the network. Only `.safetensors` is accepted
(pickle formats run code when loaded, and we never unpickle), the size is capped while the body
streams in, the header is validated against the file size before anything reads tensors, and a
path given for registration must lie under one of the configured roots after resolving symlinks
and `..` (no traversal). Nothing lands in the upload folder until every check has passed.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from personalq.catalog.card import Card
from personalq.catalog.ingest import PICKLE_SUFFIXES
from personalq.catalog.metadata import card_from_diffusers_folder, card_from_safetensors
from personalq.catalog.safetensors_meta import HeaderError, read_header
from personalq.errors import PersonalQError

INCOMING = ".incoming"  # a dot folder: the catalog never scans it
_STEM_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
CARD_FIELDS = ("name", "trigger", "class_noun", "kind", "family", "version", "created_at",
               "description", "tags", "base_model")


def check_filename(filename: str) -> str:
    """The stem to store the upload under; refuse pickles, other formats and odd names."""
    name = Path(filename or "").name
    suffix = Path(name).suffix.lower()
    if suffix in PICKLE_SUFFIXES:
        raise PersonalQError(f"refused {name!r}: {suffix} is a pickle format, which can run "
                             "arbitrary code when loaded; PersonalQ never unpickles",
                             "convert the checkpoint to .safetensors and upload that", status=415)
    if suffix != ".safetensors":
        raise PersonalQError(f"refused {name!r}: only .safetensors files can be uploaded",
                             "upload a LoRA or textual-inversion .safetensors file; register "
                             "DreamBooth folders by path", status=415)
    stem = Path(name).stem
    if not _STEM_RE.match(stem):
        raise PersonalQError(f"refused file name {name!r}",
                             "use letters, digits, '.', '_' and '-' (at most 100 characters)")
    return stem


def sniff_pickle(head: bytes) -> bool:
    """True when the first bytes look like a pickle (protocol 2+) or a torch zip archive."""
    return (len(head) >= 2 and head[0] == 0x80 and 2 <= head[1] <= 5) or head[:4] == b"PK\x03\x04"


def check_safetensors(path: Path) -> None:
    """Refuse anything that is not a complete, well-formed safetensors file."""
    with open(path, "rb") as f:
        head = f.read(8)
    if sniff_pickle(head):
        raise PersonalQError("refused: the file is a pickle / torch archive renamed .safetensors; "
                             "PersonalQ never unpickles", "convert it to real safetensors",
                             status=415)
    try:
        header = read_header(path)
    except HeaderError as err:
        raise PersonalQError(f"not a valid safetensors file: {err}",
                             "upload the file produced by safetensors.save_file") from None
    if not header.tensors:
        raise PersonalQError("the safetensors file holds no tensors")


def write_card_sidecar(weights: Path, fields: dict) -> Path | None:
    """`<stem>.card.json` beside the weights: the catalog reads it as the card's own fields."""
    data = {k: v for k, v in fields.items() if k in CARD_FIELDS and v not in (None, "", [])}
    if not data:
        return None
    stem = weights.stem if weights.suffix == ".safetensors" else weights.name
    sidecar = weights.parent / f"{stem}.card.json"
    sidecar.write_text(json.dumps(data, indent=1))
    return sidecar


def card_for(path: Path) -> Card:
    """Ingest the checkpoint's metadata exactly as the catalog will (PersonalQError if it can't)."""
    card, _warnings = (card_from_diffusers_folder(path) if path.is_dir()
                       else card_from_safetensors(path))
    return card


def resolve_under_roots(raw: str, roots: list[Path]) -> Path:
    """The real path of `raw` if it lies under one of `roots`; 403/400/404 otherwise."""
    if not roots:
        raise PersonalQError("registration by path is switched off on this server",
                             "start it with --checkpoint-root DIR, or upload the file", status=403)
    if not raw or "\x00" in raw:
        raise PersonalQError("path is empty or has a NUL byte")
    given = Path(raw).expanduser()
    if ".." in given.parts:
        raise PersonalQError(f"path {raw!r} contains '..'",
                             "give the checkpoint's path without parent-directory steps",
                             status=403)
    candidates = [given] if given.is_absolute() else [root / given for root in roots]
    for candidate in candidates:
        real = candidate.resolve()  # follows symlinks: a link pointing outside is caught below
        for root in roots:
            if real.is_relative_to(root.resolve()):
                if not real.exists():
                    raise PersonalQError(f"no checkpoint at {raw!r}", status=404)
                return real
    raise PersonalQError(f"path {raw!r} is outside the checkpoint roots",
                         f"allowed roots: {', '.join(str(r) for r in roots)}", status=403)


def check_registrable(path: Path) -> None:
    """A registered path is a .safetensors file or a diffusers folder with safetensors weights."""
    if path.is_file():
        check_filename(path.name)
        check_safetensors(path)
    elif path.is_dir():
        if not ((path / "model_index.json").is_file() or (path / "unet" / "config.json").is_file()):
            raise PersonalQError(f"{path.name} is not a diffusers checkpoint folder",
                                 "a DreamBooth folder has model_index.json or unet/config.json")
    else:
        raise PersonalQError(f"{path} is not a file or folder", status=404)


def remove_quietly(*paths: Path | None) -> None:
    for p in paths:
        if p is None:
            continue
        if p.is_symlink() or p.is_file():
            p.unlink(missing_ok=True)
        elif p.is_dir():
            shutil.rmtree(p, ignore_errors=True)
