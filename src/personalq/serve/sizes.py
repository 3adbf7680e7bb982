"""What a base draws, and at what cost: the sizes a request may ask for.

WHY: a UNet's cost grows with the latent area, and a base trained at one size draws poorly far
from it. A request for 1024x1024 on the 64x64 world (256x the work) ran until the request
timeout and blocked the queue behind it. So every size is checked before anything is queued:
sizes beyond the base's limit are refused at once with a 400 that names the sizes that work.

The native size is the UNet's `sample_size` times the VAE's downscale (the world: 16 x 4 = 64;
SD1.5: 64 x 8 = 512; SDXL: 128 x 8 = 1024). A side may be 1/2, 3/4, 1, 5/4, 3/2 or 2 times the
native side (multiples of 8); the cost of a size is its area over the native area (the UNet's
work per step, linear in latent pixels), and a size may cost at most MAX_COST.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from personalq.errors import PersonalQError

SIDE_FACTORS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)
MAX_COST = 4.0  # area over the native area: 2x per side, square
NATIVE_WORDS = ("auto", "native")  # OpenAI's "auto" (and ours) mean the native size


@dataclass(frozen=True)
class SizeLimits:
    """The sizes one base draws: native side, allowed sides, the cost cap."""
    native: int
    sides: tuple[int, ...]
    max_cost: float = MAX_COST

    @classmethod
    def for_native(cls, native: int, max_cost: float = MAX_COST) -> "SizeLimits":
        sides = sorted({int(native * f) // 8 * 8 for f in SIDE_FACTORS if native * f >= 8})
        return cls(native=native, sides=tuple(sides), max_cost=max_cost)

    def cost(self, width: int, height: int) -> float:
        """The work of one image at this size relative to one at the native size."""
        return width * height / float(self.native * self.native)

    def supported(self) -> list[str]:
        """Every WIDTHxHEIGHT this base draws within the cost cap, smallest first."""
        sizes = [(w, h) for w in self.sides for h in self.sides if self.cost(w, h) <= self.max_cost]
        return [f"{w}x{h}" for w, h in sorted(sizes, key=lambda s: (s[0] * s[1], s))]

    def square(self) -> list[str]:
        return [f"{s}x{s}" for s in self.sides if self.cost(s, s) <= self.max_cost]

    def to_json(self) -> dict:
        return {"native": f"{self.native}x{self.native}", "max_cost": self.max_cost,
                "square": self.square(), "supported": self.supported()}

    def check(self, size: str | None) -> tuple[int | None, int | None]:
        """'WxH' -> (height, width) when this base draws it; None/'auto' -> (None, None): the
        native size. Anything else: a 400 naming the sizes that work."""
        if not size or size.strip().lower() in NATIVE_WORDS:
            return None, None
        try:
            w, h = (int(x) for x in size.lower().strip().split("x"))
        except ValueError:
            raise PersonalQError(f"size {size!r} is not WIDTHxHEIGHT",
                                 f"e.g. \"{self.native}x{self.native}\"; {self._hint()}") from None
        if w in self.sides and h in self.sides and self.cost(w, h) <= self.max_cost:
            return h, w
        why = (f"costs {self.cost(w, h):.0f}x the native size (limit {self.max_cost:g}x)"
               if self.cost(w, h) > self.max_cost else "is not one of the sizes it draws")
        raise PersonalQError(f"size {w}x{h} {why}: this base draws "
                             f"{self.native}x{self.native} natively", self._hint())

    def _hint(self) -> str:
        return (f"sizes that work: {', '.join(self.supported())} (or \"auto\" for "
                f"{self.native}x{self.native})")


def native_side_of_folder(base_dir: Path) -> int:
    """The native side of a diffusers base folder, read from its UNet and VAE configs."""
    try:
        unet = json.loads((Path(base_dir) / "unet" / "config.json").read_text())
        vae = json.loads((Path(base_dir) / "vae" / "config.json").read_text())
    except (OSError, ValueError) as err:
        raise PersonalQError(f"cannot read the base's UNet/VAE config in {base_dir}: {err}",
                             "point --base at a diffusers pipeline folder") from None
    sample = unet.get("sample_size", 64)
    sample = sample[0] if isinstance(sample, (list, tuple)) else sample
    return int(sample) * 2 ** (len(vae.get("block_out_channels", [0, 0, 0, 0])) - 1)


def native_side_of_pipe(pipe) -> int:
    """The native side of a loaded pipeline (diffusers' own default height)."""
    sample = pipe.unet.config.sample_size
    sample = sample[0] if isinstance(sample, (list, tuple)) else sample
    return int(sample) * int(getattr(pipe, "vae_scale_factor", 8))
