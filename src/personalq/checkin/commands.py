"""`personalq select`: which checkpoint does a plain request mean?

    personalq select --repo REPO "my cat on the roof" --json
    personalq select --repo REPO "my cat on the roof" --answer "the tabby"
    personalq select --repo REPO --batch requests.jsonl     # {"prompt": ...} per line
    personalq select --repo REPO "gramps by a windmill" --meant grandpa-v2   # it meant that one

Prints the DESIGN.md §4 decision object (one per line with --batch, same order; a bad line gives
{"error": ...} for that line). In a terminal without --json, a clarification is asked and the
answer read from the keyboard. --meant corrects a wrong answer: the request's words that point
at that checkpoint's family alone become its name (`personalq repo forget` undoes it).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback

from personalq.errors import PersonalQError


def register(commands: argparse._SubParsersAction, benches: argparse._SubParsersAction) -> None:
    p = commands.add_parser("select", help="pick the checkpoint a plain request means",
                            description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("request", nargs="?", help='the request, e.g. "my dog on the beach"')
    p.add_argument("--repo", default=None,
                   help="a JSONL manifest or a folder of checkpoints (default: the embedded one)")
    p.add_argument("--batch", metavar="REQUESTS.jsonl", default=None,
                   help='one {"prompt": ...} object per line; prints one decision per line')
    p.add_argument("--answer", default=None, help="the answer to the clarification question "
                   "(the words that raised it are learned as the chosen checkpoint's name)")
    p.add_argument("--no-learn", action="store_true",
                   help="answer without learning the request's words as a name")
    p.add_argument("--meant", metavar="ID", default=None,
                   help="the checkpoint id or family the request meant, when the decision was "
                        "wrong or none: the request's words that point at it become its name")
    p.add_argument("--json", action="store_true", help="print the decision as JSON")
    p.add_argument("--backend", choices=("local", "llm", "none"), default="local",
                   help="local reasoner (default), an LLM via --llm-url, or retrieval alone")
    p.add_argument("--retrieval", choices=("bm25", "dense", "hybrid"), default="hybrid")
    p.add_argument("--ask-threshold", type=float, default=None,
                   help="0..1: higher asks more often (default 0.5)")
    p.add_argument("--llm-url", default="http://127.0.0.1:8080",
                   help="OpenAI-compatible server for --backend llm")
    p.add_argument("--llm-model", default="smollm2")
    p.add_argument("--llm-timeout", type=float, default=10.0, help="seconds")
    p.add_argument("--base", default=None, metavar="BASE",
                   help="only checkpoints made for this base model (sd15, sdxl, ...; default: all)")
    p.set_defaults(func=cmd_select)


def _selector(args):
    from personalq.catalog.store import open_repository
    from personalq.checkin.select import DEFAULT_ASK_THRESHOLD, Selector

    store = open_repository(args.repo)
    ask = DEFAULT_ASK_THRESHOLD if args.ask_threshold is None else args.ask_threshold
    return Selector(store, backend=args.backend, retrieval=args.retrieval, ask_threshold=ask,
                    llm_url=args.llm_url, llm_model=args.llm_model,
                    llm_timeout_s=args.llm_timeout, base_model=args.base)


def _summary(decision) -> str:
    d = decision.to_json()
    if d["action"] == "select":
        ids = ", ".join(d["checkpoints"])
        learned = f"\nlearned: {d['learned']!r} now names it" if d.get("learned") else ""
        return f"select {ids}\nprompt: {d['prompt']}{learned}"
    if d["action"] == "clarify":
        return f"clarify: {d['question']}\noptions: {', '.join(d['options'])}"
    return f"none: no checkpoint fits; the base model gets the request as it is\nprompt: {d['prompt']}"


def _batch(selector, path: str, learn: bool = True) -> int:
    from personalq.checkin.select import check_request

    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except OSError as err:
        raise PersonalQError(f"cannot read {path}: {err.strerror}", "give a JSONL file") from None
    failures = 0
    with fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                try:
                    item = json.loads(line)
                except ValueError:
                    raise PersonalQError(f"line {lineno} is not JSON") from None
                if isinstance(item, str):
                    item = {"prompt": item}
                if not isinstance(item, dict) or "prompt" not in item:
                    raise PersonalQError(f'line {lineno} has no "prompt"')
                answer = item.get("answer")
                decision = selector.select(check_request(item["prompt"]),
                                           answer=None if answer is None else str(answer),
                                           learn=learn)
                out = decision.to_json()
            except PersonalQError as err:
                failures += 1
                out = {"error": err.message, "hint": err.hint, "line": lineno}
            except Exception as err:  # a bug on one request must not lose the other lines' decisions
                failures += 1
                traceback.print_exc(file=sys.stderr)
                out = {"error": f"internal error on line {lineno}: {type(err).__name__}: {err}",
                       "hint": "a bug in PersonalQ: please report it with this request", "line": lineno}
            print(json.dumps(out), flush=True)
    return 0 if failures == 0 else 1


def _correct(args) -> int:
    """`--meant ID`: record the correction and print what was learned and the decision now."""
    if args.batch is not None or args.answer is not None:
        raise PersonalQError("--meant corrects one request's decision: it goes without --batch "
                             "and --answer", 'personalq select "gramps by a windmill" --meant ID')
    selector = _selector(args)
    correction = selector.correct(args.request, args.meant)
    if args.json:
        print(json.dumps(correction.to_json()))
        return 0
    chosen = {selector.by_id[i].family for i in correction.before.checkpoints}
    if correction.learned:
        print(f"learned: {correction.learned!r} now names {correction.family}")
    elif correction.family in chosen:
        print(f"nothing learned: the decision already chose {correction.family}")
    else:
        print(f"nothing learned: no word of the request points at {correction.family} alone "
              "(each is a function word, already its name or class noun, or says what another "
              "checkpoint is too); `personalq repo teach` takes a phrase of your own")
    print(_summary(correction.after))
    return 0


def cmd_select(args) -> int:
    if args.batch is None and args.request is None:
        raise PersonalQError("no request given", 'personalq select "my dog on the beach" (or --batch FILE)')
    from personalq.checkin.select import check_request

    if args.batch is None:  # say what is wrong before loading anything
        check_request(args.request)
        if args.answer is not None:
            check_request(args.answer, "answer")
    if args.meant is not None:
        return _correct(args)
    selector = _selector(args)
    if args.batch is not None:
        return _batch(selector, args.batch, not args.no_learn)
    decision = selector.select(args.request, answer=args.answer, learn=not args.no_learn)
    if getattr(selector, "last_fallback", None):  # stderr: --json output stays one object
        print(f"note: the LLM gave no usable answer ({selector.last_fallback}); "
              "the local reasoner decided", file=sys.stderr)
    interactive = sys.stdin.isatty() and sys.stdout.isatty() and not args.json
    while interactive and decision.action == "clarify":
        print(decision.question)
        try:
            answer = input("> ").strip()
        except EOFError:
            break
        if not answer:
            break
        decision = selector.select(args.request, answer=answer, learn=not args.no_learn)
    if args.json:
        print(json.dumps(decision.to_json()))
    else:
        print(_summary(decision))
    return 0
