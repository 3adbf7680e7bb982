"""The checkpoint card: everything selection needs to know about one checkpoint.

The JSONL manifest format (DESIGN.md §3) is the stable interchange format; `Card.to_dict()`
writes exactly one manifest line and `Card.from_dict()` reads one back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from typing import Any

from personalq.errors import PersonalQError

KINDS = ("subject", "style", "concept")  # concept: a clothing item, hairstyle, pose, vehicle type
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:+-]{0,127}$")


@dataclass
class Card:
    id: str
    name: str
    trigger: str
    class_noun: str = ""
    kind: str = "subject"  # "subject", "style" or "concept" (composes with a subject)
    family: str = ""  # groups versions of one concept; defaults to the id
    version: int = 1
    created_at: str = ""  # ISO date, "YYYY-MM-DD"
    description: str = ""
    tags: list[str] = field(default_factory=list)
    base_model: str = "sd15"  # "sd15", "sdxl", "personalq-world", ...
    path: str | None = None  # where the weights are (None for manifest-only cards)
    format: str = ""  # "lora", "dreambooth", "textual_inversion", "" when unknown
    base_model_raw: str = ""  # the base model as the checkpoint's metadata spelt it
    provenance: dict[str, str] = field(default_factory=dict)  # field -> where ingest found it

    def __post_init__(self) -> None:
        if not self.family:
            self.family = self.id

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Card":
        """Validate one manifest record; raise PersonalQError naming the bad field."""
        if not isinstance(data, dict):
            raise PersonalQError("a card must be a JSON object", "write one object per line")
        for key in ("id", "trigger"):
            if not isinstance(data.get(key), str) or not data[key].strip():
                raise PersonalQError(f"card field '{key}' is missing or not a string",
                                     'every card needs "id" and "trigger"')
        if not _ID_RE.match(data["id"]):
            raise PersonalQError(f"card id {data['id']!r} has characters ids cannot have",
                                 "use letters, digits, '.', '_', ':', '+' and '-'")
        kind = data.get("kind", "subject")
        if kind not in KINDS:
            raise PersonalQError(f"card {data['id']}: kind {kind!r} is not one of {KINDS}")
        try:
            version = int(data.get("version", 1) or 1)
        except (TypeError, ValueError):
            raise PersonalQError(f"card {data['id']}: version {data.get('version')!r} is not a number")
        tags = data.get("tags") or []
        if isinstance(tags, str):
            tags = [t.strip() for t in tags.split(",") if t.strip()]
        if not isinstance(tags, list):
            raise PersonalQError(f"card {data['id']}: tags must be a list of strings")
        return cls(
            id=data["id"].strip(),
            name=str(data.get("name") or data["id"]).strip(),
            trigger=data["trigger"].strip(),
            class_noun=str(data.get("class_noun") or "").strip(),
            kind=kind,
            family=str(data.get("family") or data["id"]).strip(),
            version=version,
            created_at=str(data.get("created_at") or "").strip(),
            description=str(data.get("description") or "").strip(),
            tags=[str(t) for t in tags],
            base_model=str(data.get("base_model") or "sd15").strip(),
            path=data.get("path"),
            format=str(data.get("format") or ""),
            base_model_raw=str(data.get("base_model_raw") or ""),
            provenance={str(k): str(v) for k, v in (data.get("provenance") or {}).items()}
            if isinstance(data.get("provenance"), dict) else {},
        )

    @classmethod
    def from_record(cls, data: dict[str, Any]) -> "Card":
        """A card from a record PersonalQ wrote itself (`to_dict()` of a card `from_dict`
        validated: a cached parse result, a catalog row), without validating it again: ingest
        and opening a catalog read 100,000 of them."""
        return cls(**{k: v for k, v in data.items() if k in _FIELD_NAMES})

    def to_dict(self) -> dict[str, Any]:
        """The manifest record (what dataclasses.asdict gives, without its recursive deep copy:
        the fields are flat, and ingest calls this for every card, twice)."""
        out = {f.name: getattr(self, f.name) for f in _FIELDS}
        out["tags"] = list(self.tags)
        out["provenance"] = dict(self.provenance)
        return out

    def search_text(self) -> str:
        """The text that lexical and dense retrieval index for this card."""
        parts = [self.name, self.class_noun, self.kind, self.description, " ".join(self.tags),
                 f"version {self.version}", self.created_at]
        return " . ".join(p for p in parts if p)


_FIELDS = fields(Card)
_FIELD_NAMES = frozenset(f.name for f in _FIELDS)
