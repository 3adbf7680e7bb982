"""Read a `.safetensors` header (metadata + tensor names/shapes) without loading any tensor.

The format is: 8 bytes little-endian header length N, then N bytes of JSON
(`{"__metadata__": {str: str}, "<tensor>": {"dtype", "shape", "data_offsets"}, ...}`),
then the raw tensor bytes. Reading only the header keeps a scan of a folder of multi-GB
checkpoints fast, and checking the offsets against the file size catches truncated copies.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass, field
from pathlib import Path

MAX_HEADER_BYTES = 100 * 1024 * 1024  # the safetensors library refuses larger headers too


class HeaderError(ValueError):
    """The file is not a readable safetensors file; the message says why."""


@dataclass
class SafetensorsHeader:
    metadata: dict[str, str] = field(default_factory=dict)
    tensors: dict[str, dict] = field(default_factory=dict)  # name -> {"dtype", "shape", ...}

    def shape(self, name: str) -> list[int]:
        return list(self.tensors.get(name, {}).get("shape", []))


def read_header(path: str | Path, max_header_bytes: int = MAX_HEADER_BYTES) -> SafetensorsHeader:
    """Parse and validate the header; raise HeaderError for anything corrupt or truncated."""
    path = Path(path)
    size = path.stat().st_size
    if size < 8:
        raise HeaderError(f"file is {size} bytes, too short for a safetensors header")
    with open(path, "rb") as f:
        (n,) = struct.unpack("<Q", f.read(8))
        if n == 0 or n > max_header_bytes:
            raise HeaderError(f"header length {n} is outside 1..{max_header_bytes} bytes")
        if 8 + n > size:
            raise HeaderError(f"header says {n} bytes but the file has only {size - 8} after the "
                              "length field (truncated?)")
        raw = f.read(n)
    try:
        header = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise HeaderError(f"header is not valid JSON: {err}") from None
    except RecursionError:
        raise HeaderError("header JSON is nested too deeply") from None
    if not isinstance(header, dict):
        raise HeaderError("header is not a JSON object")

    metadata = header.pop("__metadata__", None) or {}
    if not isinstance(metadata, dict):
        raise HeaderError("__metadata__ is not a JSON object")
    metadata = {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in metadata.items()}

    data_bytes = size - 8 - n
    for name, info in header.items():
        if not isinstance(info, dict) or "data_offsets" not in info:
            raise HeaderError(f"tensor entry {name!r} has no data_offsets")
        offsets = info["data_offsets"]
        if (not isinstance(offsets, list) or len(offsets) != 2
                or not all(isinstance(o, int) for o in offsets) or offsets[0] > offsets[1]):
            raise HeaderError(f"tensor {name!r} has invalid data_offsets {offsets!r}")
        if offsets[1] > data_bytes:
            raise HeaderError(f"tensor {name!r} ends at byte {offsets[1]} but the file holds only "
                              f"{data_bytes} data bytes (truncated?)")
    return SafetensorsHeader(metadata=metadata, tensors=header)
