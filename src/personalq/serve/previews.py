"""One preview image per checkpoint, for the page's gallery.

A preview sidecar next to the checkpoint wins (`<name>.preview.png`, as A1111 and the Civitai
helper extensions save them, or `<name>.png/.jpg/.webp`); otherwise the preview is drawn once on
the base with the checkpoint's trigger and kept on disk under the user state folder
(PERSONALQ_HOME/previews), keyed by the checkpoint file and the base so a changed file draws
anew. Drawing goes through the generation queue like any request, one preview at a time.
"""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

from personalq import paths
from personalq.checkin.placement import insert_trigger
from personalq.errors import PersonalQError

SIDECARS = (".preview.png", ".preview.jpg", ".preview.jpeg", ".preview.webp",
            ".png", ".jpg", ".jpeg", ".webp")
MEDIA = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp"}
PREVIEW_SEED = 1


def weights_path(card, repo_root: Path) -> Path | None:
    if not card.path:
        return None
    path = Path(card.path).expanduser()
    return path if path.is_absolute() else Path(repo_root) / path


def find_sidecar(weights: Path | None) -> Path | None:
    """`<stem>.preview.png` (or another SIDECARS suffix) next to the checkpoint file/folder."""
    if weights is None:
        return None
    stem = weights.name[: -len(".safetensors")] if weights.name.endswith(".safetensors") \
        else weights.name
    for suffix in SIDECARS:
        candidate = weights.with_name(stem + suffix)
        if candidate.is_file():
            return candidate
    return None


def preview_prompt(card) -> str:
    """What a preview draws: the checkpoint's concept by its trigger (a style: on a toy)."""
    if card.kind == "style":
        return f"a toy in the park in {card.trigger} style"
    return insert_trigger(f"a {card.class_noun or 'picture'} in the park", card)


class Previews:
    """Preview images of one service's checkpoints (sidecar, disk cache, or drawn once)."""

    def __init__(self, service, folder: Path | None = None):
        self.service = service
        self.folder = folder or paths.home_dir() / "previews"
        self._lock = threading.Lock()  # one preview drawn at a time: the queue stays free

    def get(self, card_id: str, timeout_s: float) -> tuple[bytes, str, str]:
        """(image bytes, media type, where it came from: sidecar | cached | drawn)."""
        with self.service._select_lock:
            card = self.service.store.get(card_id)  # 404 naming the unknown id
        weights = weights_path(card, self.service.repo_path)
        sidecar = find_sidecar(weights)
        if sidecar is not None:
            return sidecar.read_bytes(), MEDIA[sidecar.suffix.lower()], "sidecar"
        cached = self.folder / f"{card.id}-{self._key(card, weights)}.png"
        with self._lock:
            if cached.is_file():
                return cached.read_bytes(), "image/png", "cached"
            png = self._draw(card, timeout_s)
            self.folder.mkdir(parents=True, exist_ok=True)
            temp = cached.with_suffix(".part")
            temp.write_bytes(png)
            temp.replace(cached)  # never a half-written preview
        return png, "image/png", "drawn"

    def _key(self, card, weights: Path | None) -> str:
        """Changes when the checkpoint file, its trigger or the base changes."""
        stat = weights.stat() if weights is not None and weights.exists() else None
        base = self.service.config.base_dir or paths.WORLD_BASE_DIR
        raw = f"{weights}|{stat.st_size if stat else 0}|{stat.st_mtime_ns if stat else 0}|" \
              f"{card.trigger}|{Path(base).resolve()}"
        return hashlib.sha1(raw.encode()).hexdigest()[:12]

    def _draw(self, card, timeout_s: float) -> bytes:
        job = self.service.submit_generation(preview_prompt(card), [card.id], seed=PREVIEW_SEED)
        job.wait(timeout_s)
        if job.status != "succeeded":
            error = job.error or {"message": job.status}
            raise PersonalQError(f"could not draw a preview of {card.id}: {error['message']}",
                                 "the checkpoint may not load on this base", status=500)
        return job.result["images"][0]
