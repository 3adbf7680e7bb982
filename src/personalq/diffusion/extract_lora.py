"""A DreamBooth UNet as a LoRA on its base: the low-rank part of the fine-tune's weight change.

WHY: a style LoRA is trained on the base UNet. Loaded on a DreamBooth's own UNet (which moved
every weight) it pulls harder than on the base and overpowers the subject: measured with
`personalq bench compose`, bruno (DreamBooth) + sepo-style kept 0.21 concept accuracy against
0.54 alone, while a LoRA subject with the same style stays within 10 points. Written as a LoRA
on the base, the DreamBooth composes as LoRAs do: both adapters on the UNet they were made
for, each in its own guidance pass (composable.py).

Per Linear / convolution weight of the UNet: delta = W_tuned - W_base (a convolution reshaped
to out x in*k*k), SVD, the smallest rank that keeps `energy` of the delta's squared norm
(kohya's extract_lora picks ranks the same way); lora_B = U_r * sqrt(S_r), lora_A =
sqrt(S_r) * V_r^T (a convolution's A keeps the kernel: (r, in, k, k), its B is 1x1). Biases
and norm weights cannot be written as a LoRA and are left at the base's (0.3% of bruno's
change, by squared norm). Files carry peft key names with no alphas: every module at scale 1.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from personalq import paths
from personalq.errors import PersonalQError

if TYPE_CHECKING:
    import torch

ENERGY = 0.99  # share of each layer's squared weight change kept (rank chosen per layer)
FORMAT_VERSION = 1  # part of the cache key: bump when the extraction changes


@dataclass(frozen=True)
class Extracted:
    """What an extraction kept: rank per module, the share of the whole change kept."""

    ranks: dict[str, int]
    kept: float  # of the squared change of the weights written (biases/norms excluded)
    left_out: float  # share of the whole squared change in weights no LoRA can carry


def _rank_for(s: "torch.Tensor", energy: float) -> int:
    import torch

    cum = torch.cumsum(s.double() ** 2, 0)
    if cum[-1] <= 0:
        return 0
    return int(torch.searchsorted(cum / cum[-1], torch.tensor(energy, dtype=cum.dtype))) + 1


def low_rank(delta: "torch.Tensor", energy: float):
    """(lora_A, lora_B, kept squared norm) of one weight change; (None, None, 0) when zero."""
    import torch

    out = delta.shape[0]
    flat = delta.reshape(out, -1).double()
    u, s, vh = torch.linalg.svd(flat, full_matrices=False)
    r = _rank_for(s, energy)
    if r == 0:
        return None, None, 0.0
    root = s[:r].sqrt()
    b = (u[:, :r] * root).float()
    a = (root[:, None] * vh[:r]).float()
    if delta.ndim == 4:
        a = a.reshape(r, *delta.shape[1:])
        b = b.reshape(out, r, 1, 1)
    return a.contiguous(), b.contiguous(), float((s[:r] ** 2).sum())


def extract(base: dict, tuned: dict, energy: float = ENERGY) -> tuple[dict, Extracted]:
    """peft-named LoRA tensors ("unet.<module>.lora_A.weight" / "lora_B.weight") for every
    Linear / convolution weight that `tuned` changed from `base` (state dicts of two UNets)."""
    if not 0 < energy <= 1:
        raise PersonalQError(f"energy {energy} must be in (0, 1]", "e.g. 0.99")
    missing = sorted(set(base) ^ set(tuned))
    if missing:
        raise PersonalQError(f"the two UNets differ in layout ({len(missing)} keys, e.g. "
                             f"{missing[0]})", "extract from a DreamBooth of this base")
    tensors, ranks, kept, total, other = {}, {}, 0.0, 0.0, 0.0
    for key, w in base.items():
        delta = tuned[key].float() - w.float()
        size = float(delta.double().pow(2).sum())
        if not key.endswith(".weight") or w.ndim not in (2, 4):
            other += size
            continue
        total += size
        a, b, k = low_rank(delta, energy)
        if a is None:
            continue
        module = key[: -len(".weight")]
        tensors[f"unet.{module}.lora_A.weight"] = a
        tensors[f"unet.{module}.lora_B.weight"] = b
        ranks[module], kept = a.shape[0], kept + k
    whole = total + other
    return tensors, Extracted(ranks, kept / total if total else 1.0,
                              other / whole if whole else 0.0)


def _unet_file(folder: Path) -> Path:
    unet = folder / "unet" if (folder / "unet").is_dir() else folder
    files = sorted(unet.glob("*.safetensors"))
    if len(files) != 1:
        raise PersonalQError(f"{unet}: expected one UNet .safetensors file, found {len(files)}",
                             "a diffusers DreamBooth folder has unet/diffusion_pytorch_model."
                             "safetensors")
    return files[0]


def _cache_key(base_file: Path, tuned_file: Path, energy: float) -> str:
    h = hashlib.sha1()
    for f in (base_file, tuned_file):
        st = f.stat()
        h.update(f"{f.resolve()}|{st.st_size}|{st.st_mtime_ns}|".encode())
    h.update(f"{energy}|{FORMAT_VERSION}".encode())
    return h.hexdigest()[:16]


def extracted_lora(base_dir: Path, dreambooth_dir: Path, *, energy: float = ENERGY,
                   out: Path | None = None) -> Path:
    """The LoRA file of a DreamBooth folder on its base (`base_dir`: the base's diffusers
    folder), extracted once and cached under the state folder (`out`: written there instead,
    always). A record beside it (.json) says the ranks and the share kept."""
    from safetensors.torch import load_file, save_file

    base_file, tuned_file = _unet_file(Path(base_dir)), _unet_file(Path(dreambooth_dir))
    key = _cache_key(base_file, tuned_file, energy)
    path = Path(out) if out else (paths.home_dir() / "extracted-lora"
                                  / f"{Path(dreambooth_dir).name}-{key}.safetensors")
    if out is None and path.is_file():
        return path
    tensors, info = extract(load_file(str(base_file)), load_file(str(tuned_file)), energy)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    save_file(tensors, str(tmp), metadata={"personalq.extracted_from": str(dreambooth_dir),
                                           "personalq.energy": str(energy)})
    tmp.replace(path)
    path.with_suffix(".json").write_text(json.dumps(
        {"from": str(dreambooth_dir), "energy": energy, "kept": info.kept,
         "left_out": info.left_out, "modules": len(info.ranks),
         "max_rank": max(info.ranks.values(), default=0), "ranks": info.ranks}, indent=1) + "\n")
    return path
