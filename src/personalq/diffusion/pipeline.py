"""The one place that assembles a pipeline: a base, checkpoint(s), a quantized UNet.

Everything that draws (`generate`, `demo`, `quantize`, the serve cache, the Ray deployment, the
benchmarks) builds its pipelines here, so the ordering rules live in one place:
- a saved quantized *base* UNet goes in before LoRAs, which load unmerged on its packed layers
  (the float UNet is never read);
- a DreamBooth brings its own UNet, so its saved quantized twin replaces it afterwards (and must
  come from that same checkpoint);
- quantizing at build time (`quantization="taq-w8a4"`) calibrates with the checkpoint's trigger.

`build_pipeline` returns `(pipe, state)`: `state` (a `PipeState`) says what is applied, which
quantization the UNet has, and which trigger positions TAQ protects (`protect_trigger`, before
each generation). Nothing is stored as attributes on diffusers objects.
"""

from __future__ import annotations

import copy
import inspect
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Sequence

from personalq.catalog.card import Card
from personalq.catalog.metadata import card_from_diffusers_folder
from personalq.diffusion.loading import (PICKLE_SUFFIXES, apply_checkpoints, apply_text_side,
                                         check_fits, checkpoint_path, detect_format, load_base)
from personalq.diffusion.state import PipeState, Quantization, find_state, register, state_of
from personalq.errors import PersonalQError
from personalq.quant.calibrate import calibrate
from personalq.quant.checkpoint import load_quantized_unet, read_config
from personalq.quant.methods import (QuantConfig, config_of, make_config, needs_calibration,
                                     parse_quantization, quantize_unet)
from personalq.quant.taq import prompt_trigger_positions, protects_trigger, set_trigger_positions

if TYPE_CHECKING:
    import torch
    from diffusers import DiffusionPipeline

CALIBRATION_PROMPTS = 8  # quantizing at build time must finish in seconds, not minutes
EMBEDDING_FILES = ("learned_embeds.safetensors", "token_embeddings.safetensors",
                   "embeddings.safetensors")


class Built(NamedTuple):
    """A pipeline and its state: `pipe, state = build_pipeline(...)`."""

    pipe: "DiffusionPipeline"
    state: PipeState


def build_pipeline(base: Path | None = None, checkpoints: Sequence[Card] = (), *,
                   root: Path | None = None, quantized: Path | None = None,
                   quantization: str | None = None, device: str = "cpu",
                   hotswap: bool = True, strict: bool = False,
                   weights: Sequence[float] | None = None,
                   dreambooth_as_lora: bool = False) -> Built:
    """Load `base` (None: the shipped world's) with `checkpoints` applied (a subject, a style:
    DreamBooth / LoRA / textual inversion; manifest-only cards are skipped), drawing with the
    saved quantized UNet `quantized` (a `personalq quantize` folder) or quantized here with
    `quantization` ("taq-w8a4"). `root`: the repository relative card paths start from.
    A LoRA whose keys fit no module of the base is refused (PersonalQError naming what it looks
    made for); one that fits in part is applied in part and `state.warnings` says what was left
    out (`strict=True`: refused instead).
    `weights`: one per LoRA among `checkpoints`, in order (None: the composition defaults of
    diffusion/compose.py); a DreamBooth's composed LoRAs load onto its own UNet
    (`dreambooth_as_lora=True`: the DreamBooth as a LoRA extracted from its UNet, on the base's;
    loading.apply_checkpoints)."""
    weighted = [c for c in checkpoints if c is not None and c.path]
    check_fits(base, weighted)  # before spending seconds on loading
    if quantized is not None and quantization:
        raise PersonalQError("give a saved quantized folder or a quantization to apply, not both")
    dreambooth = [c for c in weighted if _format(c, root) == "dreambooth"]
    t0 = time.perf_counter()
    if quantized is not None:
        meta = read_config(quantized)
        if dreambooth:
            _check_twin(quantized, meta, dreambooth[0])
        else:  # the packed base UNet first: LoRAs load unmerged on its layers
            unet = load_quantized_unet(quantized)
            pipe = load_base(base, device=device, hotswap=hotswap, unet=unet)
            _record_quantization(pipe, unet, quantized, meta.get("trigger"))
            _apply_timed(pipe, weighted, root, t0, strict, weights)
            return Built(pipe, state_of(pipe))
    pipe = load_base(base, device=device, hotswap=hotswap)
    _apply_timed(pipe, weighted, root, t0, strict, weights,
                 dreambooth_as_lora and quantized is None)
    if quantized is not None:  # a DreamBooth's own quantized twin replaces its UNet
        use_saved_unet(pipe, quantized)
    elif quantization and quantization != "none":
        trigger = next((c.trigger for c in weighted if c.trigger), None)
        noun = next((c.class_noun for c in weighted if c.class_noun), None) or "toy"
        quantize_pipeline(pipe, quantization, trigger=trigger, class_noun=noun)
    return Built(pipe, state_of(pipe))


def _apply_timed(pipe: "DiffusionPipeline", cards: list[Card], root: Path | None,
                 t0: float, strict: bool, weights: Sequence[float] | None,
                 dreambooth_as_lora: bool = False) -> None:
    t1 = time.perf_counter()
    apply_checkpoints(pipe, cards, root=root, strict=strict,
                      weights=None if weights is None else list(weights),
                      dreambooth_as_lora=dreambooth_as_lora)
    state_of(pipe).seconds.update(base=t1 - t0, checkpoints=time.perf_counter() - t1)


def _format(card: Card, root: Path | None) -> str:
    return card.format or detect_format(checkpoint_path(card, root))


def _check_twin(quantized: Path, meta: dict, db: Card) -> None:
    """A DreamBooth's quantized UNet must have been quantized from that checkpoint."""
    source = Path(meta.get("source") or "")
    if source.name != Path(db.path).name:
        raise PersonalQError(
            f"{quantized} was quantized from {source.name or 'an unknown UNet'}, but the selected "
            f"DreamBooth checkpoint is {db.id} (it brings its own UNet)",
            f"quantize it first: personalq quantize {db.path} -o OUT")


def _record_quantization(pipe: "DiffusionPipeline", unet: "torch.nn.Module",
                         saved: Path | None, trigger: str | None) -> None:
    cfg: QuantConfig | None = config_of(unet)
    state = state_of(pipe)
    state.quantization = None if cfg is None else Quantization(cfg, saved=saved, trigger=trigger)


def swap_unet(pipe: "DiffusionPipeline", unet: "torch.nn.Module", *, saved: Path | None = None,
              trigger: str | None = None) -> None:
    """Draw with `unet` (a quantized one, or the float one back) from now on; the state says
    which quantization it has (benchmarks compare methods by swapping UNets on one pipeline)."""
    pipe.unet = unet
    _record_quantization(pipe, unet, saved, trigger)


def use_saved_unet(pipe: "DiffusionPipeline", path: Path) -> None:
    """Draw with the quantized UNet `personalq quantize` saved at `path` (its float weights are
    never materialised); TAQ protects the trigger it was saved with unless told otherwise."""
    swap_unet(pipe, load_quantized_unet(path), saved=Path(path),
              trigger=read_config(path).get("trigger"))


def quantize_pipeline(pipe: "DiffusionPipeline", spec: str, *, trigger: str | None,
                      class_noun: str = "toy") -> None:
    """Quantize the pipeline's own UNet in place ("taq-w8a4"). Calibrated methods calibrate on a
    few prompts with the checkpoint's trigger; TAQ then protects it (`protect_trigger`)."""
    method, wbits, abits = parse_quantization(spec)
    make_config(method, wbits, abits)  # PersonalQError naming the valid methods and bits
    calib = None
    if needs_calibration(method):
        calib = calibrate(pipe, n_prompts=CALIBRATION_PROMPTS, trigger=trigger,
                          class_noun=class_noun, steps=4, progress=False)
    quantize_unet(pipe.unet, method, wbits, abits, calib=calib)
    _record_quantization(pipe, pipe.unet, None, trigger)


def protect_trigger(pipe: "DiffusionPipeline", prompt: str, trigger: str | None = None, *,
                    guidance_scale: float | None = None) -> dict[str, Any]:
    """Before each generation on a quantized UNet: locate `trigger` (None: the one the UNet was
    quantized for) in `prompt` with the pipeline's tokenizer and let TAQ protect those tokens.
    Returns {"trigger_positions", "taq_active", "taq_fallback"}; a trigger absent from the
    prompt falls back to plain quantization (and a warning). A no-op on a float UNet.
    `guidance_scale` > 1 tells a cond-half-only method (taq_cond) that the batch is CFG."""
    state = find_state(pipe)
    quant = state.quantization if state is not None else None
    if state is not None and quant is None:
        return {"trigger_positions": [], "taq_active": False, "taq_fallback": False}
    trigger = trigger or (quant.trigger if quant is not None else None)
    positions = prompt_trigger_positions(pipe.tokenizer, prompt, trigger) if trigger else []
    cfg = guidance_scale is not None and guidance_scale > 1
    active = set_trigger_positions(pipe.unet, positions, trigger, cfg_batch=cfg)
    info = {"trigger_positions": positions, "taq_active": active,
            "taq_fallback": protects_trigger(pipe.unet) and not positions}
    if state is not None:
        state.trigger_positions = positions
        state.taq_active, state.taq_fallback = active, info["taq_fallback"]
    return info


# ---------------------------------------------------------------------------------------------
# A pipeline of parts made in this process (the world's training, the tests' tiny bases)
# ---------------------------------------------------------------------------------------------


def assemble_pipeline(*, vae: "torch.nn.Module", text_encoder: "torch.nn.Module", tokenizer: Any,
                      unet: "torch.nn.Module", scheduler: Any,
                      text_encoder_2: "torch.nn.Module | None" = None,
                      tokenizer_2: Any = None) -> "DiffusionPipeline":
    """A diffusers pipeline of freshly made parts, to be saved as a base folder that `load_base`
    reads back: SD1.5-shaped, or SDXL-shaped when a second text encoder is given. No safety
    checker and no watermarker, as `load_base` loads them; no `PipeState` (nothing is applied)."""
    from diffusers import StableDiffusionPipeline, StableDiffusionXLPipeline

    if text_encoder_2 is None:
        return StableDiffusionPipeline(
            vae=vae, text_encoder=text_encoder, tokenizer=tokenizer, unet=unet,
            scheduler=scheduler, safety_checker=None, feature_extractor=None,
            requires_safety_checker=False)
    return StableDiffusionXLPipeline(
        vae=vae, text_encoder=text_encoder, text_encoder_2=text_encoder_2, tokenizer=tokenizer,
        tokenizer_2=tokenizer_2, unet=unet, scheduler=scheduler,
        force_zeros_for_empty_prompt=True, add_watermarker=False)


# ---------------------------------------------------------------------------------------------
# Pipelines that share a base's modules (the serve cache keeps one base and these beside it)
# ---------------------------------------------------------------------------------------------


def pipeline_like(base: "DiffusionPipeline", components: dict) -> "DiffusionPipeline":
    """A pipeline of the base's class over `components` (some of them the base's own)."""
    extra = {}
    if "requires_safety_checker" in inspect.signature(type(base).__init__).parameters:
        extra["requires_safety_checker"] = False  # the base was loaded without one too
    pipe = type(base)(**components, **extra)
    pipe.set_progress_bar_config(disable=True)
    state = state_of(base)
    register(pipe, PipeState(base_dir=state.base_dir, shape=state.shape, name=state.name))
    return pipe


def dreambooth_pipeline(base: "DiffusionPipeline", card: Card, quantization: str | None = None,
                        saved: Path | None = None,
                        saved_trigger: str | None = None) -> "DiffusionPipeline":
    """A pipeline drawing with a DreamBooth checkpoint: the base's modules, its own UNet (and
    text encoder when it ships one), applied on a shallow copy so the shared base is never
    modified. With `saved` (a `personalq quantize` folder of this checkpoint) the UNet is the
    packed one: the float UNet is never read."""
    components = dict(base.components)
    path = checkpoint_path(card)
    if any((path / name).is_file() for name in EMBEDDING_FILES):
        # Learned trigger embeddings resize the text encoder and extend the tokenizer: give this
        # checkpoint its own copies of both.
        for name in ("text_encoder", "tokenizer", "text_encoder_2", "tokenizer_2"):
            if components.get(name) is not None:
                components[name] = copy.deepcopy(components[name])
    pipe = pipeline_like(base, components)
    if saved is not None:  # as build_pipeline draws it, minus the float UNet: the text side
        swap_unet(pipe, load_quantized_unet(saved), saved=saved,
                  trigger=saved_trigger or card.trigger)
        apply_text_side(pipe, card, path, base.unet.dtype)
        return pipe
    apply_checkpoints(pipe, [card])
    if quantization and quantization != "none":
        quantize_pipeline(pipe, quantization, trigger=card.trigger,
                          class_noun=card.class_noun or "toy")
    return pipe


def quantized_base_pipeline(base: "DiffusionPipeline", saved: Path,
                            trigger: str | None) -> "DiffusionPipeline":
    """A pipeline drawing with the base's UNet as saved by `personalq quantize`: the base's VAE,
    tokenizer(s) and scheduler, the packed UNet, and text encoder(s) of its own, read from the
    base folder (LoRAs with text-encoder layers load on this pipeline's, never the base's)."""
    components = dict(base.components)
    for name in ("text_encoder", "text_encoder_2"):
        model = components.get(name)
        if model is not None:
            components[name] = type(model).from_pretrained(
                Path(state_of(base).base_dir) / name, dtype=model.dtype, use_safetensors=True,
                local_files_only=True).eval()
    pipe = pipeline_like(base, components)
    swap_unet(pipe, load_quantized_unet(saved), saved=saved, trigger=trigger)
    return pipe


def float_base_pipeline(base: "DiffusionPipeline") -> "DiffusionPipeline":
    """The base folder's float UNet in a pipeline sharing everything else with `base` (whose
    UNet is a saved quantized one)."""
    from diffusers import UNet2DConditionModel

    folder = Path(state_of(base).base_dir) / "unet"
    unet = UNet2DConditionModel.from_pretrained(folder, dtype=base.vae.dtype, use_safetensors=True,
                                                local_files_only=True).eval()
    unet.to(base.vae.device)
    return pipeline_like(base, {**base.components, "unet": unet})


def base_with_saved_unet(base: Path | None, saved: Path, trigger: str | None, *,
                         hotswap: bool = False) -> Built:
    """The base pipeline built with a saved quantized UNet in place of its float one (the
    service's base when its default quantization names that folder)."""
    unet = load_quantized_unet(saved)
    pipe = load_base(base, hotswap=hotswap, unet=unet)
    _record_quantization(pipe, unet, saved, trigger)
    return Built(pipe, state_of(pipe))


# ---------------------------------------------------------------------------------------------
# What `personalq quantize SOURCE` starts from
# ---------------------------------------------------------------------------------------------


def load_quantize_source(source: Path, base: Path | None = None) -> tuple[Built, str | None, str]:
    """(pipeline, trigger-or-None, class noun) for a quantize SOURCE: a whole diffusers pipeline
    folder, or a DreamBooth folder (unet/ + model card) applied on `base`."""
    source = Path(source)
    if source.is_file():
        if source.suffix.lower() in PICKLE_SUFFIXES:
            raise PersonalQError(f"{source.name} is a pickle file; PersonalQ never unpickles",
                                 hint="convert it to .safetensors")
        if source.suffix == ".safetensors":
            raise PersonalQError(
                f"{source.name} is a single-file adapter (LoRA / embedding), not a UNet",
                hint="quantize its base (`personalq quantize models/base ...`); the LoRA is "
                "applied unmerged on the quantized base at load time")
        raise PersonalQError(f"{source} is not a diffusers folder")
    if not source.is_dir():
        raise PersonalQError(f"{source} does not exist")
    card = None
    if (source / "README.md").is_file():
        try:
            card, _ = card_from_diffusers_folder(source)
        except PersonalQError:
            card = None
    index = source / "model_index.json"
    components = json.loads(index.read_text()) if index.is_file() else {}
    if "vae" in components and "text_encoder" in components:  # a whole pipeline
        built = build_pipeline(source)
    elif (source / "unet").is_dir():  # a DreamBooth UNet (+ learned embeddings) for a base
        if card is None:
            raise PersonalQError(f"{source}: no model card to read the checkpoint from")
        built = build_pipeline(base, [card])
    else:
        raise PersonalQError(f"{source} is neither a diffusers pipeline (model_index.json) nor "
                             "a DreamBooth folder (unet/)")
    trigger = card.trigger if card is not None and card.trigger else None
    noun = card.class_noun if card is not None and getattr(card, "class_noun", "") else "toy"
    return built, trigger, noun
