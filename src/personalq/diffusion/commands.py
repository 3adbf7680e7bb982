"""`personalq generate` and `personalq demo`: the whole job from the command line.

    personalq generate "my spotted star toy on the beach"
        Check-in picks the checkpoint (asking one question when it cannot tell), the prompt is
        rewritten with its trigger, the base model + checkpoint draw the image, a PNG is written.

Exit codes: 0 image written; 2 an error the user can fix (message + hint); 3 a clarification
is needed but nobody can be asked (not a terminal): the options are listed, answer with
--answer or pick with --checkpoint.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from personalq import paths

if TYPE_CHECKING:
    from diffusers import DiffusionPipeline

    from personalq.catalog.store import CatalogStore
    from personalq.checkin.decide import Decision
    from personalq.diffusion.state import PipeState

EXIT_NEEDS_ANSWER = 3
# On the shipped world: a clear request (the newest Zib, a DreamBooth checkpoint), and one that
# needs a question (two look-alike star toys, LoRAs) with the answer a user would give.
DEMO_WORLD_REQUESTS = [("my robot toy on the beach", "1"),
                       ("my star toy in the snow", "the one with purple checks")]
DEMO_SAMPLE_REQUESTS = ["my dog on the beach", "Rufus in the snow", "a mountain lake at dawn"]
DEFAULT_SEED = 0


def register(commands: "argparse._SubParsersAction",
             benches: "argparse._SubParsersAction") -> None:
    gen = commands.add_parser(
        "generate", help="select a checkpoint for a plain request and generate the image",
        description="Check-in (select / ask / none) -> prompt rewrite -> generate -> PNG.")
    gen.add_argument("request", help='what to draw, in plain words: "my teddy bear on the beach"')
    gen.add_argument("--checkpoint", metavar="ID[,ID]", help="use this checkpoint (skip selection); "
                     "several comma-separated ids compose them (e.g. a subject and a style LoRA)")
    gen.add_argument("--adapter-weight", type=float, action="append", default=None,
                     metavar="W", help="the weight of each composed LoRA, in the order given "
                     "(repeat: --adapter-weight 1.0 --adapter-weight 0.8; default: the "
                     "composition defaults, see docs/generation.md)")
    gen.add_argument("--answer", help="the answer to the clarification question, if one is asked "
                     "(an option's name, a description, or its number)")
    gen.add_argument("--seed", type=int, default=DEFAULT_SEED, help="same seed, same image (default 0)")
    gen.add_argument("--steps", type=int, default=None, help="denoising steps (default: the base's)")
    gen.add_argument("--guidance", type=float, default=None, help="classifier-free guidance scale")
    gen.add_argument("--out", type=Path, default=None, help="PNG to write (default out/<request>.png)")
    gen.add_argument("--repo", default=None, help="checkpoint repository: a folder or a JSONL "
                     "manifest (default: the shipped world's models/repo)")
    gen.add_argument("--base", type=Path, default=None,
                     help="base diffusers pipeline folder (default: models/base)")
    gen.add_argument("--backend", default="local", help="Check-in reasoner: local, llm or none")
    gen.add_argument("--device", default="auto", help="cpu, cuda, or auto (a GPU when present)")
    gen.add_argument("--quantized", type=Path, default=None, metavar="DIR",
                     help="draw with this quantized UNet (written by `personalq quantize`): the "
                     "quantized base for LoRA checkpoints, or the selected DreamBooth's own")
    gen.add_argument("--strict", action="store_true", help="refuse a LoRA some of whose keys fit "
                     "no module of the base (default: apply the rest and warn)")
    gen.set_defaults(func=cmd_generate)

    demo = commands.add_parser("demo", help="run the whole job once on the shipped default world")
    demo.add_argument("--out", type=Path, default=Path("out") / "demo.png")
    demo.set_defaults(func=cmd_demo)


def _quiet_libraries() -> None:
    """Library progress bars and notices would drown the few lines this command prints."""
    import logging

    from diffusers.utils import logging as dlog
    from transformers.utils import logging as tlog

    dlog.disable_progress_bar()
    dlog.set_verbosity_error()
    tlog.disable_progress_bar()
    tlog.set_verbosity_error()
    logging.getLogger("torchao").setLevel(logging.ERROR)


def default_out(request: str, seed: int) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", request.lower()).strip("-")[:60] or "image"
    return Path("out") / f"{slug}-s{seed}.png"


def _describe(card) -> str:
    return f"{card.name} ({card.class_noun or card.kind}, v{card.version}" + (
        f", {card.created_at})" if card.created_at else ")")


def _print_decision(decision, store) -> None:
    print(f"check-in: {decision.action}", end="")
    if decision.action == "select":
        names = ", ".join(f"{cid} = {_describe(store.get(cid))}" for cid in decision.checkpoints)
        print(f" -> {names}")
    else:
        print(" -> base model, no checkpoint" if decision.action == "none" else "")
    print(f"prompt: {decision.prompt}")


def _options_text(decision, store) -> str:
    lines = []
    for i, cid in enumerate(decision.options, 1):
        card = store.get(cid)
        about = f" - {card.description[:100]}" if card.description else ""
        lines.append(f"  {i}. {cid}: {_describe(card)}{about}")
    return "\n".join(lines)


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def select_for(request: str, store: "CatalogStore", *, answer: str | None = None,
               backend: str = "local", base: Path | None = None) -> "tuple[Decision, int]":
    """Run Check-in; ask the clarification question in a terminal. Returns (decision, code):
    code is EXIT_NEEDS_ANSWER when a question remains and nobody can answer it."""
    from personalq.checkin.select import Selector
    from personalq.diffusion.loading import base_names

    selector = Selector(store, backend=backend, base_model=base_names(base))
    decision = selector.select(request, answer=answer)
    asked = 0
    while decision.action == "clarify":
        print(f"check-in: clarify -> {decision.question}")
        print(_options_text(decision, store))
        if not _interactive() or asked >= 2:
            print(f"error: \"{request}\" could mean several checkpoints: "
                  f"{', '.join(decision.options)}", file=sys.stderr)
            print("hint: say which with --answer \"...\" (a name, a description or the option "
                  "number), or pick one with --checkpoint ID", file=sys.stderr)
            return decision, EXIT_NEEDS_ANSWER
        try:
            reply = input("your answer (name, description or number): ").strip()
        except EOFError:
            reply = ""
        asked += 1
        if reply:
            decision = selector.select(request, answer=reply)
    return decision, 0


def run_generate(request: str, *, repo: "str | Path | None" = None, base: Path | None = None, checkpoint: str | None = None,
                 answer: str | None = None, seed: int = DEFAULT_SEED, steps: int | None = None,
                 guidance: float | None = None, out: Path | None = None,
                 backend: str = "local", device: str = "auto",
                 quantized: Path | None = None, strict: bool = False,
                 adapter_weights: list[float] | None = None) -> int:
    from personalq.catalog.store import open_repository

    store = open_repository(repo)
    if checkpoint:
        from personalq.checkin.placement import insert_trigger
        from personalq.checkin.select import check_request

        request = check_request(request)
        cards = [store.get(cid.strip()) for cid in checkpoint.split(",") if cid.strip()]
        prompt = request
        for card in cards:  # subject(s) first, then a style, as Check-in composes them
            prompt = insert_trigger(prompt, card)
            print(f"checkpoint: {card.id} = {_describe(card)} (given with --checkpoint)")
        print(f"prompt: {prompt}")
    else:
        decision, code = select_for(request, store, answer=answer, backend=backend, base=base)
        if code:
            return code
        _print_decision(decision, store)
        cards, prompt = [store.get(cid) for cid in decision.checkpoints], decision.prompt

    from personalq.diffusion.compose import part_prompts
    from personalq.diffusion.pipeline import build_pipeline

    repo = Path(store.repo)
    root = repo if repo.is_dir() else repo.parent
    _quiet_libraries()
    pipe, state = build_pipeline(base, cards, root=root, quantized=quantized, device=device,
                                 strict=strict, weights=adapter_weights)
    print(f"base: {state.base_dir} ({state.name}, loaded in {state.seconds.get('base', 0):.1f} s)")
    if state.adapter_weights and len(cards) > 1:
        print("composed: " + ", ".join(f"{cid} x{w:g}" for cid, w in
                                       zip(state.lora_ids, state.adapter_weights)))
    if len(state.composition) > 1 and state.quantization is None:
        print("drawn composed: each checkpoint guides in its own pass ("
              + "; ".join(f"{c.checkpoint}: {text!r}" for c, text in
                          zip(state.composition, part_prompts(state.composition, prompt))) + ")")
    _note_manifest_only(cards)
    for warning in state.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if quantized is not None:
        announce_quantized(pipe, state, cards, prompt)
    draw(pipe, prompt, seed=seed, steps=steps, guidance=guidance,
         out=Path(out) if out else default_out(request, seed),
         checkpoint_s=state.seconds.get("checkpoints", 0.0))
    return 0


def _note_manifest_only(cards) -> None:
    for card in cards:
        if not card.path:  # as the service does: the trigger text alone goes to the base
            print(f"note: {card.id} is a manifest-only card (no weights): drawing with the base model")


def draw(pipe: "DiffusionPipeline", prompt: str, *, seed: int, out: Path, steps: int | None = None,
         guidance: float | None = None, checkpoint_s: float = 0.0) -> Path:
    """Generate with the pipeline as built, write the PNG, say where."""
    from personalq.diffusion.generate import generate

    t1 = time.perf_counter()
    image = generate(pipe, prompt, seed=seed, steps=steps, guidance_scale=guidance)
    t2 = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(out)
    print(f"image: {out} ({image.size[0]}x{image.size[1]}, seed {seed}; checkpoint "
          f"{checkpoint_s:.1f} s, generate {t2 - t1:.1f} s)")
    return out


def announce_quantized(pipe: "DiffusionPipeline", state: "PipeState", cards: list,
                       prompt: str) -> None:
    """Tell TAQ where the trigger's tokens are in this prompt (after the checkpoints, whose
    textual inversions change the tokenizer), and say what runs."""
    from personalq.diffusion.pipeline import protect_trigger

    info = protect_trigger(pipe, prompt, trigger=cards[0].trigger if cards else None)
    cfg = state.quantization.config
    protected = (f"trigger tokens {info['trigger_positions']} kept in high precision"
                 if info["taq_active"] else "no trigger protected")
    print(f"quantized UNet: {state.quantization.saved} ({cfg.method} W{cfg.wbits}A{cfg.abits}; "
          f"{protected})")


def cmd_generate(args: argparse.Namespace) -> int:
    return run_generate(args.request, repo=args.repo, base=args.base, checkpoint=args.checkpoint,
                        answer=args.answer, seed=args.seed, steps=args.steps,
                        guidance=args.guidance, out=args.out, backend=args.backend,
                        device=args.device, quantized=args.quantized, strict=args.strict,
                        adapter_weights=args.adapter_weight)


def cmd_demo(args: argparse.Namespace) -> int:
    """The main job on the embedded default: on the shipped world, two requests go through
    Check-in (one clear, one needing a question that the demo answers itself) and are drawn;
    without the world, Check-in alone on the sample manifest (no weights to draw with)."""
    from personalq.catalog.store import open_repository
    from personalq.checkin.select import Selector

    world = (paths.WORLD_BASE_DIR / "model_index.json").is_file() and paths.default_repo() != paths.SAMPLE_REPO
    if not world:
        print(f"PersonalQ demo: no model world in {paths.WORLD_DIR} (base + repo), so Check-in "
              f"only, on the sample repository {paths.SAMPLE_REPO}")
        store = open_repository(paths.SAMPLE_REPO)
        selector = Selector(store)
        for request in DEMO_SAMPLE_REQUESTS:
            print(f"\nrequest: {request}")
            decision = selector.select(request)
            if decision.action == "clarify":
                print(f"check-in: clarify -> {decision.question}")
                print(_options_text(decision, store))
            else:
                _print_decision(decision, store)
        return 0

    store = open_repository(None)
    print(f"PersonalQ demo on the shipped world: base {paths.WORLD_BASE_DIR}, "
          f"{len(store.cards())} checkpoints in {store.repo}")
    selector = Selector(store)
    _quiet_libraries()
    from personalq.diffusion.loading import apply_checkpoints
    from personalq.diffusion.pipeline import build_pipeline

    t0 = time.perf_counter()
    pipe, _ = build_pipeline(None)
    print(f"base loaded in {time.perf_counter() - t0:.1f} s")
    out = Path(args.out)
    for n, (request, answer) in enumerate(DEMO_WORLD_REQUESTS):
        print(f"\nrequest: {request}")
        decision = selector.select(request)
        if decision.action == "clarify":
            print(f"check-in: clarify -> {decision.question}")
            print(_options_text(decision, store))
            print(f"(the demo answers: {answer!r})")
            decision = selector.select(request, answer=answer)
        if decision.action == "clarify":  # the answer did not settle it: show, draw nothing
            print(f"check-in: still unclear -> {decision.question}")
            continue
        _print_decision(decision, store)
        target = out if n == 0 else out.with_name(f"{out.stem}-{n + 1}{out.suffix}")
        cards = [store.get(c) for c in decision.checkpoints]
        _note_manifest_only(cards)
        t1 = time.perf_counter()
        apply_checkpoints(pipe, [c for c in cards if c.path], root=Path(store.repo))
        draw(pipe, decision.prompt, seed=DEFAULT_SEED, out=target,
             checkpoint_s=time.perf_counter() - t1)
    return 0
