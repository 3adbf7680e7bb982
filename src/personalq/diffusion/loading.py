"""Load a base text-to-image pipeline and put a personalized checkpoint on it (and take it off).

A checkpoint is one of three formats (DESIGN.md §2):
- LoRA: a diffusers/peft LoRA `.safetensors` file, loaded *unmerged* into the pipeline so that
  switching to another LoRA (hot-swap) or back to the base is exact and cheap;
- DreamBooth: a diffusers folder with a fine-tuned `unet/` (and, when the training tuned them,
  its own `text_encoder/`+`tokenizer/` or learned trigger embeddings): we swap those modules in
  and keep the base ones to swap back;
- textual inversion: a `.safetensors` file holding the trigger's learned token embeddings.

Only `.safetensors` are read; pickles (`.ckpt/.pt/.bin/.pth`) are refused because unpickling
runs arbitrary code. Everything is offline: models come from local folders only.

Each loaded pipeline has a `PipeState` (diffusion/state.py, `state_of(pipe)`): which base it
is, what is applied, and the base modules to restore. Assembling a whole pipeline (base +
checkpoints + a quantized UNet, in the right order) is `diffusion.pipeline.build_pipeline`.
"""

from __future__ import annotations

import functools
import json
import os
import re
import stat
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

from personalq import paths
from personalq.call_signature import pin_processor_signatures
from personalq.catalog.metadata import normalize_base
from personalq.catalog.safetensors_meta import HeaderError, read_header
from personalq.diffusion.compose import check_weights, composition_of, composition_weights
from personalq.diffusion.extract_lora import extracted_lora
from personalq.diffusion.lora_check import (LoraFit, captured_library_messages, check_lora,
                                            one_line)
from personalq.diffusion.state import PipeState, find_state, register, state_of
from personalq.errors import PersonalQError
from personalq.quant.triggers import collapse_all, expand_trigger as expand_in_text

if TYPE_CHECKING:
    import torch
    from diffusers import DiffusionPipeline

    from personalq.catalog.card import Card

PICKLE_SUFFIXES = (".ckpt", ".pt", ".pth", ".bin", ".pkl", ".pickle")
LORA_ADAPTER = "personalq"  # the one adapter name hot-swapped in place
SUBJECT_ADAPTER = "personalq-subject"  # a composed DreamBooth, extracted as a LoRA
HOTSWAP_TARGET_RANK = 64  # LoRAs up to this rank swap in place; larger ones reload


# ---------------------------------------------------------------------------------------------
# Base model names
# ---------------------------------------------------------------------------------------------

WORLD_BASE_NAME = "personalq-world"


def normalize_base_model(name: str) -> str:
    """The catalog's short base-model name ('SD 1.5', 'stable-diffusion-v1/lora' -> 'sd15';
    'personalq-world/lora' -> 'personalq-world'), so cards and bases compare alike."""
    return normalize_base(name)


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except (OSError, json.JSONDecodeError) as err:
        raise PersonalQError(f"cannot read {path}: {err}") from None


def _front_matter(readme: Path) -> dict[str, str]:
    """The flat `key: value` pairs of a README's YAML front matter (enough for model cards).
    Parsed once per file version (path, mtime, size): generate reads the base's on every call."""
    try:
        st = readme.stat()
    except OSError:
        return {}
    if not stat.S_ISREG(st.st_mode):
        return {}
    return dict(_parsed_front_matter(str(readme), st.st_mtime_ns, st.st_size))


@functools.lru_cache(maxsize=64)
def _parsed_front_matter(path: str, mtime_ns: int, size: int) -> tuple[tuple[str, str], ...]:
    text = Path(path).read_text(errors="replace")
    match = re.match(r"^---\s*\n(.*?)\n---\s*(\n|$)", text, re.S)
    if not match:
        return ()
    out = {}
    for line in match.group(1).splitlines():
        m = re.match(r"^([A-Za-z0-9_.-]+)\s*:\s*(.*?)\s*$", line)
        if m and m.group(2):
            out[m.group(1)] = m.group(2).strip("'\"")
    return tuple(out.items())


def describe_base(base_dir: Path) -> tuple[str, str]:
    """(shape, name) of a base pipeline folder.

    The shape ('sd15' or 'sdxl') comes from model_index.json (a second text encoder means SDXL).
    The name is the base's own identity, used to match checkpoint cards: the shipped world is
    'personalq-world'; a folder declares its name as `base_model_name:` in its README front
    matter (the world's does); otherwise the name is the shape."""
    base_dir = Path(base_dir)
    index = _read_json(base_dir / "model_index.json")
    shape = "sdxl" if ("text_encoder_2" in index or "XL" in str(index.get("_class_name"))) else "sd15"
    name = _front_matter(base_dir / "README.md").get("base_model_name", "")
    if not name and base_dir.resolve() == paths.WORLD_BASE_DIR.resolve():
        name = WORLD_BASE_NAME
    return shape, normalize_base_model(name) if name else shape


def base_names(base_dir: Path | None) -> tuple[str, ...] | None:
    """The base-model names checkpoints drawn on this base must carry (its name and shape), for
    Check-in to leave out the others; None when the folder holds no pipeline to describe."""
    base_dir = paths.WORLD_BASE_DIR if base_dir is None else Path(base_dir)
    if not (base_dir / "model_index.json").is_file():
        return None
    return describe_base(base_dir)


# ---------------------------------------------------------------------------------------------
# Loading the base
# ---------------------------------------------------------------------------------------------


def load_base(base_dir: Path | None = None, *, dtype: "torch.dtype | None" = None,
              hotswap: bool = True, device: str = "cpu",
              unet: "torch.nn.Module | None" = None) -> "DiffusionPipeline":
    """Load a SD1.5- or SDXL-shaped diffusers pipeline from a local folder (no safety checker,
    no download, safetensors only). `base_dir=None` loads the shipped world base (models/base).

    `hotswap=True` prepares the UNet so that later LoRAs (up to rank HOTSWAP_TARGET_RANK) replace
    each other in place instead of adding and deleting layers. dtype defaults to torch.float32;
    device "auto" takes a GPU when there is one.

    `unet`: a UNet to use instead of the folder's (e.g. `quant.checkpoint.load_quantized_unet`):
    the folder's float UNet is then never read, so it never takes memory."""
    import torch
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    base_dir = Path(base_dir) if base_dir is not None else paths.WORLD_BASE_DIR
    if not (base_dir / "model_index.json").is_file():
        hint = ("train or fetch the world with `personalq world train-base`"
                if base_dir == paths.WORLD_BASE_DIR else
                "point --base at a diffusers pipeline folder (with model_index.json)")
        raise PersonalQError(f"no diffusers pipeline at {base_dir} (model_index.json missing)", hint)
    _refuse_pickle_only_folder(base_dir)
    shape, name = describe_base(base_dir)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    kwargs: dict[str, Any] = dict(dtype=dtype or torch.float32, use_safetensors=True, local_files_only=True)
    if unet is not None:
        kwargs["unet"] = unet
    try:
        if shape == "sdxl":
            pipe = _served(StableDiffusionXLPipeline).from_pretrained(
                base_dir, add_watermarker=False, **kwargs)
        else:
            pipe = _served(StableDiffusionPipeline).from_pretrained(
                base_dir, safety_checker=None, feature_extractor=None,
                requires_safety_checker=False, **kwargs)
    except (OSError, ValueError, EnvironmentError) as err:
        raise PersonalQError(f"cannot load the base pipeline at {base_dir}: {err}") from None
    pipe.set_progress_bar_config(disable=True)
    pin_processor_signatures(pipe.unet, pipe.vae)  # diffusers reads them on every attention call
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    if device != "cpu":
        pipe.to(device)
    register(pipe, PipeState(base_dir=base_dir, shape=shape, name=name, hotswap_enabled=hotswap))
    return pipe


@functools.lru_cache(maxsize=None)
def _served(cls: type) -> type:
    """`cls` (a diffusers pipeline class, same name) whose `_execution_device` is its UNet's
    device, read from one parameter. WHY: diffusers' own walks every module of every component
    looking for offloading hooks on each call (~35 ms per call on the world with its nine LoRAs
    loaded, and growing with each LoRA: every adapter adds modules); PersonalQ never offloads
    (no accelerate or group-offloading hooks), so the walk always ends at the UNet's device."""
    return type(cls.__name__, (cls,), {"__module__": __name__, "__doc__": cls.__doc__,
                                       "_execution_device": property(_unet_device)})


def _unet_device(pipe) -> "torch.device":
    return next(pipe.unet.parameters()).device


def _refuse_pickle_only_folder(folder: Path) -> None:
    """A model folder whose weights exist only as pickles (`*.bin`) is refused."""
    for sub in [folder, *[p for p in folder.iterdir() if p.is_dir()]]:
        files = [p for p in sub.iterdir() if p.is_file()]
        pickles = [p for p in files if p.suffix in PICKLE_SUFFIXES]
        if pickles and not any(p.suffix == ".safetensors" for p in files):
            raise PersonalQError(
                f"{sub} holds weights only as pickle files ({pickles[0].name}); PersonalQ never "
                "unpickles (it can run arbitrary code)",
                "convert the weights to .safetensors (e.g. save_pretrained(safe_serialization=True))")


# ---------------------------------------------------------------------------------------------
# Checkpoints
# ---------------------------------------------------------------------------------------------


def checkpoint_path(card: "Card", root: Path | None = None) -> Path:
    """Where the card's weights are; a relative `path` is relative to `root` (the repository)."""
    if not card.path:
        raise PersonalQError(f"checkpoint {card.id} has no weights (its card has no path)",
                             "a manifest-only card can be selected but not generated with")
    path = Path(card.path).expanduser()
    if not path.is_absolute() and root is not None:
        path = Path(root) / path
    if path.suffix.lower() in PICKLE_SUFFIXES:
        raise PersonalQError(f"checkpoint {card.id}: {path.name} is a pickle file; PersonalQ never "
                             "unpickles (it can run arbitrary code)",
                             "convert it to .safetensors")
    if not path.exists():
        raise PersonalQError(f"checkpoint {card.id}: weights not found at {path}")
    return path


def detect_format(path: Path) -> str:
    """'lora', 'dreambooth' or 'textual_inversion', from the files themselves."""
    if path.is_dir():
        if (path / "unet").is_dir() or (path / "diffusion_pytorch_model.safetensors").is_file():
            return "dreambooth"
        files = sorted(path.glob("*.safetensors"))
        if len(files) == 1:
            return detect_format(files[0])
        raise PersonalQError(f"{path}: not a diffusers DreamBooth folder (no unet/) and not a "
                             "single LoRA/embedding file")
    try:
        header = read_header(path)
    except HeaderError as err:
        raise PersonalQError(f"{path} is not a readable safetensors file: {err}") from None
    keys = list(header.tensors)
    if any("lora" in k for k in keys):
        return "lora"
    if len(keys) <= 4 and all(len(header.shape(k)) <= 2 for k in keys):
        return "textual_inversion"
    raise PersonalQError(f"{path}: a single-file full checkpoint is not supported",
                         "save it as a diffusers folder (unet/ with safetensors)")


def checkpoint_kind(card: "Card") -> str:
    """How a card is applied: 'lora', 'dreambooth', 'textual_inversion' or 'none' (a
    manifest-only card: nothing to load, the trigger text alone goes to the base)."""
    if not card.path:
        return "none"
    fmt = (card.format or "").lower() or detect_format(checkpoint_path(card))
    if fmt in ("ti", "embedding"):
        fmt = "textual_inversion"
    if fmt not in ("lora", "dreambooth", "textual_inversion"):
        raise PersonalQError(f"checkpoint {card.id}: format {fmt!r} cannot be served",
                             "the service serves LoRA, DreamBooth and textual-inversion checkpoints")
    return fmt


def check_fits(base: "PipeState | Path | None", cards: list) -> None:
    """Refuse (PersonalQError naming both) a checkpoint made for another base model. `base` is a
    loaded pipeline's state, or a base folder (checked before spending seconds loading it)."""
    if not isinstance(base, PipeState):
        base_dir = Path(base) if base is not None else paths.WORLD_BASE_DIR
        if not (base_dir / "model_index.json").is_file():
            return  # load_base says what is wrong with the folder
        base = PipeState(base_dir, *describe_base(base_dir))
    for card in cards:
        if not base.accepts(card.base_model):
            raise PersonalQError(
                f"checkpoint {card.id} was made for base model '{card.base_model}', but the base "
                f"is '{base.name}' ({base.shape}-shaped, {base.base_dir})",
                "load the matching base with --base, or pick a checkpoint made for this base")


def apply_checkpoint(pipe: "DiffusionPipeline", card: "Card | None", *, root: Path | None = None,
                     strict: bool = False) -> None:
    """Make `pipe` generate with `card`'s checkpoint (None: the plain base).

    Refuses a checkpoint made for another base model. LoRA after LoRA is hot-swapped in place
    when both target the same modules; anything else first returns to the exact base. A LoRA
    with keys that fit no module of the base: the rest is applied and `state.warnings` says
    what was left out (`strict`: refused instead)."""
    state = state_of(pipe)
    if card is None:
        reset_to_base(pipe)
        return
    check_fits(state, [card])
    if state.applied == card.id:
        return
    state.warnings = []
    path = checkpoint_path(card, root)
    fmt = card.format or detect_format(path)
    if fmt == "lora":
        _apply_lora(pipe, card, path, strict)
    elif fmt == "dreambooth":
        reset_to_base(pipe)
        _apply_dreambooth(pipe, card, path)
    elif fmt in ("textual_inversion", "ti", "embedding"):
        reset_to_base(pipe)
        _apply_textual_inversion(pipe, card, path, card.trigger)
    else:
        raise PersonalQError(f"checkpoint {card.id}: unknown format {fmt!r}",
                             "expected lora, dreambooth or textual_inversion")
    state.applied, state.applied_format = card.id, fmt


def apply_checkpoints(pipe: "DiffusionPipeline", cards: list, *, root: Path | None = None,
                      strict: bool = False, weights: list[float] | None = None,
                      dreambooth_as_lora: bool = False) -> None:
    """Several checkpoints at once, e.g. a subject and a style from a multi-concept decision:
    at most one DreamBooth, then textual inversions, then LoRAs as separate adapters active
    together, each with its weight: `weights`, one per LoRA in the order given (None:
    compose.composition_weights). A DreamBooth's UNet replaces the base's and the LoRAs load
    onto it; `dreambooth_as_lora=True` (measured by `bench compose`, not the default: it did
    not keep the subject better, docs/results.md) draws it instead as a LoRA on the base (its
    UNet's change extracted: extract_lora.py; its own text side; weight 1), ignored on a
    quantized UNet. One card (or none) is `apply_checkpoint`, with its hot-swap."""
    cards = [c for c in cards if c is not None]
    state = state_of(pipe)
    if len(cards) <= 1:
        apply_checkpoint(pipe, cards[0] if cards else None, root=root, strict=strict)
        state.adapter_weights, state.lora_ids, state.composition = (), [], ()
        if weights is not None and cards and state.lora_modules:
            scales = check_weights(weights, 1)
            pipe.set_adapters([LORA_ADAPTER], scales)
            state.adapter_weights, state.lora_ids = tuple(scales), [cards[0].id]
        return
    check_fits(state, cards)
    located = [(card, checkpoint_path(card, root)) for card in cards]
    formats = [card.format or detect_format(path) for card, path in located]
    if formats.count("dreambooth") > 1:
        raise PersonalQError("two DreamBooth checkpoints cannot be combined: each replaces the UNet",
                             "combine a DreamBooth checkpoint with LoRAs, or use one at a time")
    reset_to_base(pipe)
    state.warnings = []
    order = {"dreambooth": 0, "textual_inversion": 1, "lora": 2}
    n_loras = formats.count("lora")
    scales = (composition_weights(n_loras, composed=True) if weights is None
              else check_weights(weights, n_loras))
    as_lora = dreambooth_as_lora and n_loras > 0 and state.quantization is None
    adapters, lora_ids, subject = [], [], {}
    for (card, path), fmt in sorted(zip(located, formats), key=lambda x: order.get(x[1], 3)):
        if fmt == "dreambooth" and as_lora:
            # its ranks exceed the hot-swap padding diffusers would apply at this first load
            # (a pending enable_lora_hotswap); _apply_lora renews it for the next single LoRA
            pipe.unet._prepare_lora_hotswap_kwargs = None
            _composed_lora(pipe, card, extracted_lora(state.base_dir, path), SUBJECT_ADAPTER,
                           strict)
            apply_text_side(pipe, card, path, pipe.unet.dtype)
            subject[card.id] = SUBJECT_ADAPTER
        elif fmt == "dreambooth":
            _apply_dreambooth(pipe, card, path)
        elif fmt == "lora":
            adapters.append(_composed_lora(pipe, card, _lora_file(path),
                                           f"{LORA_ADAPTER}-{len(adapters)}", strict))
            lora_ids.append(card.id)
        else:
            _apply_textual_inversion(pipe, card, path, card.trigger)
    if adapters:  # in the order the cards were given (the sort above is stable)
        pipe.set_adapters([*subject.values(), *adapters], [1.0] * len(subject) + scales)
    state.adapter_weights, state.lora_ids = tuple(scales if adapters else ()), lora_ids
    state.composition = composition_of(cards, {**subject, **dict(zip(lora_ids, adapters))})
    state.applied, state.applied_format = "+".join(c.id for c in cards), "combined"
    state.last_lora_load = "load"


def _composed_lora(pipe, card, path: Path, name: str, strict: bool) -> str:
    """Load one LoRA file of a composition as adapter `name` (unmerged); a clear error if it
    fails."""
    state = state_of(pipe)
    try:
        with warnings.catch_warnings():  # "multiple adapters": exactly what we want here
            warnings.filterwarnings("ignore", message="Already found a `peft_config`")
            fit = load_lora_file(pipe, path, name, strict=strict, label=card.id)
    except (ValueError, RuntimeError, KeyError) as err:
        reset_to_base(pipe)
        raise PersonalQError(f"LoRA {card.id} ({path.name}) does not fit the loaded base "
                             f"'{state.name}': {one_line(err)}") from None
    if fit.dropped:
        state.warnings.append(lora_warning(card.id, fit))
    state.lora_modules = state.lora_modules | _lora_layout(path)[0]  # reset_to_base unloads
    return name


def reset_to_base(pipe: "DiffusionPipeline") -> None:
    """Take off whatever is applied; afterwards the pipeline computes exactly the base model."""
    state = state_of(pipe)
    if state.lora_modules:
        pipe.unload_lora_weights()
        state.lora_modules, state.lora_rank = frozenset(), 0
    _remove_textual_inversion(pipe, state)  # before restoring modules: it may sit on swapped ones
    for name, module in state.saved_modules.items():
        pipe.register_modules(**{name: module})
    state.saved_modules.clear()
    state.applied, state.applied_format, state.composition = None, "", ()


def _lora_layout(path: Path) -> tuple[frozenset[str], int, bool]:
    """(UNet modules the LoRA targets, its largest rank, whether it also touches text encoders)."""
    header = read_header(path)
    modules, rank, text = set(), 0, False
    for key, info in header.tensors.items():
        if key.startswith(("text_encoder", "lora_te")):
            text = True
        module = re.split(r"\.lora[._]", key)[0]
        modules.add(module)
        if re.search(r"lora[._](A|down)\b", key) and len(info.get("shape", [])) >= 1:
            rank = max(rank, int(info["shape"][0]))
    return frozenset(modules), rank, text


def _lora_file(path: Path) -> Path:
    """The LoRA weights file itself (a diffusers training output folder holds one)."""
    if path.is_file():
        return path
    files = sorted(path.glob("*.safetensors"))
    preferred = [f for f in files if f.name == "pytorch_lora_weights.safetensors"]
    if preferred or len(files) == 1:
        return (preferred or files)[0]
    raise PersonalQError(f"{path}: expected one LoRA .safetensors file in the folder, found {len(files)}")


_OLD_LORA_NAMES = ((".lora.down.weight", ".lora_A.weight"), (".lora.up.weight", ".lora_B.weight"),
                   (".lora_linear_layer.down.weight", ".lora_A.weight"),
                   (".lora_linear_layer.up.weight", ".lora_B.weight"))


def _naming(key: str) -> str:
    if ".lora_A." in key or ".lora_B." in key:
        return "peft"
    return "old" if any(key.endswith(old) for old, _ in _OLD_LORA_NAMES) else "other"


def _lora_source(path: Path, only: list[str] | None = None) -> dict | None:
    """None when the file can be loaded as it is; else its tensors with every key renamed to
    peft's naming (`.lora_A/.lora_B`).

    WHY: diffusers decides a LoRA file's naming from its *first* key. A file that mixes peft
    names (`proj_in.lora_A`) with older diffusers names (`attn1.to_k.lora.down`) - which is
    what diffusers' own convert_state_dict_to_diffusers writes for a LoRA that targets proj_in
    or the feed-forward besides attention - otherwise loses the second kind without an error."""
    from safetensors.torch import load_file

    keys = list(read_header(path).tensors) if only is None else only
    for prefix in ("unet.", "text_encoder.", "text_encoder_2."):
        namings = {_naming(k) for k in keys if k.startswith(prefix)}
        if len(namings - {"other"}) > 1:
            mixed = True
            break
    else:
        mixed = False
    if not mixed and only is None:
        return None
    tensors = load_file(str(path))
    tensors = tensors if only is None else {k: tensors[k] for k in only}
    return _peft_named(tensors) if mixed else tensors


def _peft_named(tensors: dict) -> dict:
    """The same tensors with old diffusers LoRA key names renamed to peft's."""
    renamed = {}
    for key, tensor in tensors.items():
        for old, new in _OLD_LORA_NAMES:
            if key.endswith(old):
                key = key[: -len(old)] + new
                break
        renamed[key] = tensor
    return renamed


def load_lora_file(pipe: "DiffusionPipeline", path: Path, adapter_name: str, *,
                   hotswap: bool = False, strict: bool = False, label: str = "") -> LoraFit:
    """Load one LoRA file as adapter `adapter_name` (unmerged); for callers that manage
    adapters by name themselves (the service's cache). Use this, not `pipe.load_lora_weights`:
    it loads files that mix key namings completely (see `_lora_source`), and checks first that
    the keys fit the base (lora_check.py): none fit -> PersonalQError naming what the keys look
    like; some do not -> only the fitting ones load and the returned `LoraFit` lists the rest
    (`strict`: PersonalQError instead). A library failure is a ValueError of one line.

    A UNet-only diffusers LoRA goes straight into the UNet (no notices about text encoders
    it does not touch); anything else (text-encoder parts, kohya/A1111 key names) goes through
    the pipeline's loader, which converts those formats."""
    path = _lora_file(Path(path))
    fit = check_lora(pipe, path)
    _refuse_unfit(pipe, path, fit, strict, label)
    tensors = _lora_source(path, only=fit.fitting if fit.dropped else None)
    keys = fit.fitting
    source = tensors if tensors is not None else str(path.parent)
    where = {} if tensors is not None else {"weight_name": path.name}
    with captured_library_messages() as said:
        try:
            if keys and all(k.startswith("unet.") for k in keys):
                pipe.unet.load_lora_adapter(source, prefix="unet", adapter_name=adapter_name,
                                            hotswap=hotswap, local_files_only=True, **where)
            else:
                pipe.load_lora_weights(source, adapter_name=adapter_name, hotswap=hotswap, **where)
        except (ValueError, RuntimeError, KeyError) as err:
            chatter = f" (diffusers said: {said[0]})" if said else ""
            raise ValueError(one_line(f"{err}{chatter}")) from None
    return fit


def _refuse_unfit(pipe, path: Path, fit: LoraFit, strict: bool, label: str) -> None:
    state = find_state(pipe)
    base = f"'{state.name}' ({state.shape}-shaped)" if state else "the loaded base"
    what = f"LoRA {label} ({path.name})" if label else f"LoRA {path.name}"
    hint = (f"use it with a {fit.looks_like} base (--base DIR), or pick a LoRA made for this "
            "base" if fit.looks_like[:1].isupper() else "pick a LoRA made for this base")
    if fit.mismatched:
        raise PersonalQError(
            f"{what} does not fit the base {base}: {len(fit.mismatched)} of its keys target "
            f"modules the base has at other widths (e.g. {fit.mismatched[0]}); its keys look "
            f"like {fit.looks_like}", hint, status=409)
    if not fit.fitting:
        raise PersonalQError(
            f"{what} fits no module of the base {base}: its keys look like {fit.looks_like} "
            f"(e.g. {fit.dropped[0] if fit.dropped else 'no keys at all'})", hint, status=409)
    if fit.dropped and strict:
        raise PersonalQError(f"{what}: {fit.dropped_text()} fit no module of the base {base}",
                             "drop --strict to apply the keys that fit, or use a LoRA made "
                             "for this base", status=409)


def lora_warning(label: str, fit: LoraFit) -> str:
    """The one line said when part of a LoRA was left out."""
    return (f"LoRA {label}: {fit.dropped_text()} fit no module of the base and were left out; "
            f"{len(fit.fitting)} keys on {fit.modules} modules applied")


def _apply_lora(pipe, card, path: Path, strict: bool = False) -> None:
    state = state_of(pipe)
    if state.applied is not None and state.applied_format != "lora":
        reset_to_base(pipe)
    path = _lora_file(path)
    modules, rank, touches_text = _lora_layout(path)
    can_hotswap = (state.hotswap_enabled and bool(state.lora_modules) and modules == state.lora_modules
                   and rank <= HOTSWAP_TARGET_RANK)
    if can_hotswap:
        try:
            if touches_text:
                _hotswap_lora(pipe, path)
            else:
                _note_dropped(state, card, load_lora_file(pipe, path, LORA_ADAPTER, hotswap=True,
                                                          strict=strict, label=card.id))
            state.lora_rank, state.last_lora_load = rank, "hotswap"
            return
        except (ValueError, RuntimeError, KeyError):
            pass  # fall back to a clean reload below
    if state.lora_modules:
        pipe.unload_lora_weights()
        state.lora_modules, state.lora_rank = frozenset(), 0
    if state.hotswap_enabled:
        # diffusers consumes this setting at the first load; renew it so every fresh load is
        # padded to the same rank (identical numerics, and the next LoRA can swap in place).
        pipe.enable_lora_hotswap(target_rank=HOTSWAP_TARGET_RANK, check_compiled="ignore")
    try:
        fit = load_lora_file(pipe, path, LORA_ADAPTER, strict=strict, label=card.id)
    except (ValueError, RuntimeError, KeyError) as err:
        pipe.unload_lora_weights()
        raise PersonalQError(
            f"LoRA {card.id} ({path.name}) does not fit the loaded base '{state.name}': "
            f"{one_line(err)}", "check the checkpoint's base model") from None
    _note_dropped(state, card, fit)
    state.lora_modules, state.lora_rank, state.last_lora_load = modules, rank, "load"


def _note_dropped(state: PipeState, card, fit: LoraFit) -> None:
    if fit.dropped:
        state.warnings.append(lora_warning(card.id, fit))


def _hotswap_lora(pipe, path: Path) -> None:
    """Swap a LoRA with text-encoder layers in place of the loaded one (same modules, ranks).

    diffusers hot-swaps only the UNet part; the text-encoder LoRA matrices are copied into the
    loaded adapter's layers here. All text-encoder shapes are checked before anything changes;
    a ValueError sends the caller to a clean reload."""
    import torch
    from safetensors.torch import load_file

    tensors = _peft_named(load_file(str(path)))
    copies = []
    for encoder in ("text_encoder", "text_encoder_2"):
        part = {k[len(encoder) + 1:]: v for k, v in tensors.items() if k.startswith(encoder + ".")}
        if not part:
            continue
        model = getattr(pipe, encoder, None)
        layers = {name: m for name, m in model.named_modules()
                  if hasattr(m, "lora_A") and LORA_ADAPTER in getattr(m, "lora_A", {})} if model else {}
        for key, value in part.items():
            m = re.match(r"^(.*)\.(lora_A|lora_B)\.weight$", key)
            owners = [n for n in layers if m and (n == m.group(1) or n.endswith("." + m.group(1)))]
            if len(owners) != 1:
                raise ValueError(f"no single loaded {encoder} LoRA layer for {key}")
            target = getattr(layers[owners[0]], m.group(2))[LORA_ADAPTER].weight
            if target.shape != value.shape:
                raise ValueError(f"{encoder} LoRA shape differs at {key}")
            copies.append((target, value))
    if any(k.startswith(("lora_te", "lora_unet")) for k in tensors):
        raise ValueError("kohya-named LoRA: reload it")
    unet_part = {k: v for k, v in tensors.items() if k.startswith("unet.")}
    pipe.unet.load_lora_adapter(unet_part, prefix="unet", adapter_name=LORA_ADAPTER, hotswap=True)
    with torch.no_grad():
        for target, value in copies:
            target.copy_(value.to(target.device, target.dtype))


def _swap_module(pipe, name: str, module) -> None:
    state = state_of(pipe)
    state.saved_modules.setdefault(name, getattr(pipe, name))
    pipe.register_modules(**{name: module})


def _apply_dreambooth(pipe, card, path: Path) -> None:
    """Swap in the fine-tuned UNet, plus the text encoder/tokenizer or learned trigger
    embeddings when the checkpoint ships them."""
    from diffusers import UNet2DConditionModel

    _refuse_pickle_only_folder(path)
    dtype = pipe.unet.dtype
    unet_dir = path / "unet" if (path / "unet").is_dir() else path
    try:
        unet = UNet2DConditionModel.from_pretrained(unet_dir, dtype=dtype, use_safetensors=True,
                                                    local_files_only=True)
    except (OSError, ValueError) as err:
        raise PersonalQError(f"DreamBooth checkpoint {card.id}: cannot load its UNet: {err}") from None
    for key in ("cross_attention_dim", "in_channels", "block_out_channels", "addition_embed_type"):
        mine, base = unet.config.get(key), pipe.unet.config.get(key)
        if isinstance(mine, (list, tuple)):
            mine, base = list(mine), list(base or [])
        if mine != base:
            raise PersonalQError(
                f"DreamBooth checkpoint {card.id}: its UNet has {key}={mine} but the loaded base "
                f"'{state_of(pipe).name}' has {base}: it was trained for another base model")
    unet.to(pipe.unet.device).eval()
    _swap_module(pipe, "unet", unet)
    apply_text_side(pipe, card, path, dtype)


def apply_text_side(pipe: "DiffusionPipeline", card: "Card", path: Path,
                    dtype: "torch.dtype") -> None:
    """A DreamBooth checkpoint's text side without its UNet: its own text encoder(s) and
    tokenizer(s) when it ships them, and learned trigger embeddings (swapped in as
    `_apply_dreambooth` does; for a UNet that comes from elsewhere, e.g. a saved quantized one)."""
    from transformers import AutoTokenizer, CLIPTextModel, CLIPTextModelWithProjection

    for te_name, tok_name, cls in (("text_encoder", "tokenizer", CLIPTextModel),
                                   ("text_encoder_2", "tokenizer_2", CLIPTextModelWithProjection)):
        if (path / te_name).is_dir() and getattr(pipe, te_name, None) is not None:
            try:
                te = cls.from_pretrained(path / te_name, dtype=dtype, use_safetensors=True,
                                         local_files_only=True).eval()
            except (OSError, ValueError) as err:
                raise PersonalQError(f"checkpoint {card.id}: cannot load its {te_name}: {err}") from None
            _swap_module(pipe, te_name, te.to(getattr(pipe, te_name).device))
            if (path / tok_name).is_dir():
                _swap_module(pipe, tok_name, AutoTokenizer.from_pretrained(path / tok_name))
    # Learned trigger embeddings shipped beside the UNet (DreamBooth + textual inversion).
    for candidate in ("learned_embeds.safetensors", "token_embeddings.safetensors",
                      "embeddings.safetensors"):
        if (path / candidate).is_file():
            _apply_textual_inversion(pipe, card, path / candidate, card.trigger)


def _apply_textual_inversion(pipe, card, path: Path, trigger: str) -> None:
    """Add the trigger's learned embedding(s) to the text encoder(s). The tokenizers and the
    embedding sizes before are kept so that `reset_to_base` restores them exactly."""
    import copy

    import torch
    from safetensors.torch import load_file

    state = state_of(pipe)
    tensors = load_file(str(path))
    pairs = []  # (text_encoder attr, tokenizer attr, embedding tensor)
    if "clip_l" in tensors or "clip_g" in tensors:  # SDXL embeddings: one per encoder
        pairs += [("text_encoder", "tokenizer", tensors["clip_l"])] if "clip_l" in tensors else []
        pairs += [("text_encoder_2", "tokenizer_2", tensors["clip_g"])] if "clip_g" in tensors else []
    else:
        emb = tensors.get("emb_params", tensors.get(trigger, next(iter(tensors.values()))))
        pairs.append(("text_encoder", "tokenizer", emb))
    for te_name, tok_name, emb in pairs:
        te, tok = getattr(pipe, te_name, None), getattr(pipe, tok_name, None)
        if te is None or tok is None:
            raise PersonalQError(f"textual inversion {card.id} needs a {te_name} the base lacks")
        emb = emb.reshape(-1, emb.shape[-1]) if emb.ndim > 1 else emb[None]
        width = te.get_input_embeddings().weight.shape[1]
        if emb.shape[1] != width:
            raise PersonalQError(
                f"textual inversion {card.id}: embedding width {emb.shape[1]} does not match the "
                f"loaded base's {te_name} width {width}: it was made for another base model")
        if tok_name not in state.ti_saved:
            state.ti_saved[tok_name] = (copy.deepcopy(tok), te.get_input_embeddings().weight.shape[0])
        # A multi-vector embedding becomes tokens "<t>", "<t>_1", ...: diffusers' own convention,
        # so the pipeline's maybe_convert_prompt expands "<t>" in a prompt to all of them.
        tokens = [trigger] + [f"{trigger}_{i}" for i in range(1, emb.shape[0])]
        tok.add_tokens(tokens)
        ids = tok.convert_tokens_to_ids(tokens)
        te.resize_token_embeddings(len(tok), mean_resizing=False)
        with torch.no_grad():
            te.get_input_embeddings().weight[ids] = emb.to(te.device, te.dtype)
        state.ti_tokens += [t for t in tokens if t not in state.ti_tokens]


def expand_trigger(pipe: "DiffusionPipeline", text: str) -> str:
    """Write each multi-vector trigger in `text` as all of its tokens ("<t>" -> "<t> <t>_1 ...").

    For code that tokenizes by itself (e.g. to find the trigger's token positions); prompts given
    to `generate` need not be expanded: diffusers' public textual-inversion hook
    (`maybe_convert_prompt`) does that, after `plain_prompt` wrote expanded triggers back."""
    return expand_in_text(pipe.tokenizer, text)


def plain_prompt(pipe: "DiffusionPipeline", prompt: str) -> str:
    """`prompt` with every expanded multi-vector trigger written as its first token, so the
    pipeline's own expansion (`maybe_convert_prompt`) never expands one twice."""
    for name in ("tokenizer", "tokenizer_2"):
        tokenizer = getattr(pipe, name, None)
        if tokenizer is not None:
            prompt = collapse_all(tokenizer, prompt)
    return prompt


def _remove_textual_inversion(pipe, state: PipeState) -> None:
    for tok_name, (tokenizer, size) in state.ti_saved.items():
        te_name = "text_encoder_2" if tok_name == "tokenizer_2" else "text_encoder"
        pipe.register_modules(**{tok_name: tokenizer})
        getattr(pipe, te_name).resize_token_embeddings(size, mean_resizing=False)
    state.ti_saved.clear()
    state.ti_tokens.clear()
