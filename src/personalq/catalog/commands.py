"""`personalq repo scan|add|list|show|remove|teach|forget`: manage a checkpoint repository's catalog.

A repository is a JSONL manifest or a folder of checkpoints (default: paths.default_repo()).
`remove` never deletes weights: in a folder it moves the checkpoint's files into the folder's
`.trash/` (which scans ignore; move them back to restore), in a manifest it moves the card's line
into `<manifest>.removed.jsonl` beside it. `teach` and `forget` keep the owner's own words for a
checkpoint ("mads" for Madison) in the repository's database; Check-in also learns them from the
answers to its questions (`list` and `show` print them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path

from personalq.errors import PersonalQError

REMOVE_HELP = ("take a checkpoint out of the catalog without deleting anything: in a folder "
               "repository its files are moved to <repo>/.trash/ (move them back to restore); in "
               "a manifest its line is moved to <manifest>.removed.jsonl")


def register(commands: argparse._SubParsersAction, benches: argparse._SubParsersAction) -> None:
    repo = commands.add_parser("repo", help="scan and manage a checkpoint repository's catalog",
                               description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = repo.add_subparsers(dest="repo_command", metavar="ACTION")
    repo.set_defaults(func=lambda args: (repo.print_help(), 2)[1])

    def add(name: str, help: str, func) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help, description=help)
        p.add_argument("--repo", default=None,
                       help="a JSONL manifest or a folder of checkpoints (default: the embedded world's "
                            "models/repo, else examples/sample_repo.jsonl)")
        p.set_defaults(func=func)
        return p

    p = add("scan", "(re)scan the repository and print the ingest report", cmd_scan)
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p = add("list", "list the catalog's checkpoints", cmd_list)
    p.add_argument("--json", action="store_true", help="print the cards as a JSON list")
    p = add("show", "print one checkpoint's card as JSON", cmd_show)
    p.add_argument("id", help="the checkpoint id (see `personalq repo list`)")
    p.add_argument("--json", action="store_true", help="(the output is always JSON)")
    p = add("add", "add a checkpoint (a .safetensors file, a diffusers folder, or for a manifest "
                   "repository a card as a .json file or inline JSON) and ingest it", cmd_add)
    p.add_argument("source", help="path to a .safetensors file / diffusers folder, or a card JSON")
    p.add_argument("--link", action="store_true",
                   help="symlink the checkpoint into the folder repository instead of copying it")
    p.add_argument("--card", default=None,
                   help="card fields (JSON object or .json file) written as the checkpoint's "
                        "<name>.card.json sidecar; they override what its metadata says")
    p.add_argument("--json", action="store_true", help="print the added cards as JSON")
    p = add("remove", REMOVE_HELP, cmd_remove)
    p.add_argument("id", help="the checkpoint id")
    p.add_argument("--json", action="store_true", help="print what was moved as JSON")
    p = add("teach", "teach a phrase of your own that names a checkpoint (its whole family): "
                     "Check-in then reads it as the checkpoint's name", cmd_teach)
    p.add_argument("phrase", help='your words for it, e.g. "mads" (at most 3 words)')
    p.add_argument("target", help="the checkpoint id or its family")
    p.add_argument("--json", action="store_true", help="print the learned name as JSON")
    p = add("forget", "forget a learned phrase (taught, or learned from an answer)", cmd_forget)
    p.add_argument("phrase", help="the phrase, as `personalq repo list` shows it")
    p.add_argument("--json", action="store_true", help="print the forgotten name as JSON")

    b = benches.add_parser("catalog", help="catalog ingest timings (1,000 cards cold, re-scans, BM25)",
                           description="see personalq/bench/catalog_bench.py")
    b.add_argument("--cards", type=int, default=1000, help="manifest cards to ingest (default 1000)")
    b.add_argument("--manifest", type=Path, default=None,
                   help="take the cards from this manifest (default benchmarks/select/catalog.jsonl)")
    b.add_argument("--folder", type=int, default=200,
                   help="also ingest a folder of this many LoRA .safetensors files (0 = skip)")
    b.add_argument("--out", type=Path, default=None, help="results folder (default benchmarks/results)")
    b.add_argument("--threads", type=int, default=1, help="torch threads (default 1: the CPU is shared)")
    b.set_defaults(func=_bench_catalog)


def _bench_catalog(args) -> int:
    from personalq.bench.catalog_bench import cmd_bench_catalog

    return cmd_bench_catalog(args)


def _open(args, *, refresh: bool = True):
    from personalq.catalog.store import open_repository

    return open_repository(args.repo, refresh=refresh)


def cmd_scan(args) -> int:
    with _open(args) as store:
        if args.json:
            print(json.dumps(store.report.to_dict(), indent=2))
        else:
            print(store.report.summary())
    return 0


def cmd_list(args) -> int:
    with _open(args) as store:
        cards = store.cards()
        learned = store.learned_names()
    if args.json:
        print(json.dumps([c.to_dict() for c in cards], indent=2))
        return 0
    rows = [("ID", "NAME", "TRIGGER", "KIND", "FAMILY", "VER", "BASE")]
    rows += [(c.id, c.name, c.trigger, c.kind, c.family, str(c.version), c.base_model) for c in cards]
    widths = [min(32, max(len(r[i]) for r in rows)) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(cell[:w].ljust(w) for cell, w in zip(r, widths)).rstrip())
    print(f"{len(cards)} checkpoints", file=sys.stderr)
    _print_learned(learned, {c.family for c in cards})
    return 0


def _print_learned(learned: dict, families: set[str]) -> None:
    """The learned names under the cards, each with its family and where it came from."""
    if not learned:
        return
    print("\nlearned names (PHRASE -> FAMILY, SOURCE):")
    for name in learned.values():
        gone = "" if name.family in families else "  (no such checkpoint now: ignored)"
        print(f"  {name.phrase!r} -> {name.family}  ({name.source}){gone}")


def cmd_show(args) -> int:
    with _open(args) as store:
        card = store.get(args.id)
        data = card.to_dict()
        names = [n.phrase for n in store.learned_names().values() if n.family == card.family]
    if names:
        data["learned_names"] = names
    print(json.dumps(data, indent=2))
    return 0


def cmd_teach(args) -> int:
    from personalq.catalog.store import family_for
    from personalq.checkin.learned import phrase_of

    phrase = phrase_of(args.phrase)  # checked before the repository is opened: nothing written
    with _open(args) as store:
        family = family_for(store.cards(), args.target, store.repo)
        old = store.learn_name(phrase, family, "taught")
    replaced = old.family if old is not None and old.family != family else None
    if args.json:
        print(json.dumps({"learned": phrase, "family": family, "replaced": replaced}, indent=2))
    else:
        print(f"learned: {phrase!r} names {family}"
              + (f" (it named {replaced} before; that is replaced)" if replaced else ""))
    return 0


def cmd_forget(args) -> int:
    from personalq.checkin.learned import phrase_of

    phrase = phrase_of(args.phrase)
    with _open(args, refresh=False) as store:
        known = store.learned_names()
        if phrase not in known:
            raise PersonalQError(f"{phrase!r} is not a learned name in {store.repo}",
                                 "learned names: " + (", ".join(repr(p) for p in known) or "none")
                                 )
        old = store.forget_name(phrase)
    if args.json:
        print(json.dumps({"forgotten": old.to_dict()}, indent=2))
    else:
        print(f"forgot {phrase!r} (it named {old.family})")
    return 0


def _load_json_arg(text: str) -> dict:
    """A JSON object given inline or as a path to a .json file."""
    path = Path(text).expanduser()
    try:
        raw = path.read_text(encoding="utf-8") if not text.lstrip().startswith("{") and path.is_file() else text
        data = json.loads(raw)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise PersonalQError(f"could not read a JSON card from {text[:80]!r}: {err}",
                             'give a JSON object like {"id": "...", "trigger": "..."} or a .json file')
    if not isinstance(data, dict):
        raise PersonalQError("the card must be a JSON object")
    return data


def cmd_add(args) -> int:
    from personalq.catalog.ingest import PICKLE_SUFFIXES, repo_kind
    from personalq.catalog.store import resolve_repo

    repo = resolve_repo(args.repo)
    source = Path(args.source).expanduser()
    if source.suffix.lower() in PICKLE_SUFFIXES:
        raise PersonalQError(f"refused: {source.name} is a pickle ({source.suffix}); PersonalQ never "
                             "unpickles", "convert it to .safetensors first")
    is_weights = source.exists() and (source.is_dir() or source.suffix.lower() == ".safetensors")
    if repo_kind(repo) == "manifest":
        added_ids, added_keys, done = _add_to_manifest(repo, source, is_weights, args), None, []
    else:
        (added_keys, done), added_ids = _add_to_folder(repo, source, is_weights, args), None
    cards = _ingested(repo, source, added_ids, added_keys, done)
    if args.json:
        print(json.dumps([c.to_dict() for c in cards], indent=2))
    else:
        for c in cards:
            print(f"added {c.id}: {c.name} (trigger {c.trigger}, {c.kind}, base {c.base_model})")
    return 0


def _add_to_manifest(repo: Path, source: Path, is_weights: bool, args) -> set[str]:
    """Append the card (from a checkpoint's metadata, referenced by path, or a JSON card) to the
    manifest; refuse an id it already has. Returns the id added."""
    from personalq.catalog.card import Card
    from personalq.catalog.metadata import card_from_diffusers_folder, card_from_safetensors
    from personalq.catalog.store import open_repository

    if is_weights:  # describe the checkpoint from its metadata, reference it by path
        card, _ = (card_from_diffusers_folder(source) if source.is_dir()
                   else card_from_safetensors(source))
        data = card.to_dict()
        if args.card:
            data.update(_load_json_arg(args.card))
    else:
        data = _load_json_arg(args.source)
    card = Card.from_dict(data)
    with open_repository(repo) as store:
        if card.id in {c.id for c in store.cards()}:
            raise PersonalQError(f"id {card.id!r} is already in {repo.name}",
                                 "choose another id or `personalq repo remove` the old one")
    text = repo.read_text(encoding="utf-8")
    with open(repo, "a", encoding="utf-8") as f:
        f.write(("" if not text or text.endswith("\n") else "\n") + json.dumps(card.to_dict()) + "\n")
    return {card.id}


def _add_to_folder(repo: Path, source: Path, is_weights: bool, args) -> tuple[set[str], list[Path]]:
    """Copy (or link) the checkpoint and its sidecars into the folder, plus a `--card` sidecar;
    nothing is left behind when a step fails. Returns (the checkpoint's source key, paths made)."""
    from personalq.catalog.metadata import sidecars_for

    if not is_weights:
        raise PersonalQError(f"{source} is not a .safetensors file or a diffusers folder",
                             "a folder repository takes checkpoint files; cards go into manifests")
    dest = repo / source.name
    moved = [(source, dest)] + [(s, repo / s.name) for s in sidecars_for(source)
                                if s.parent != source and s.name != "README.md"]
    for _, d in moved:
        if d.exists() or d.is_symlink():
            raise PersonalQError(f"{d} already exists in the repository",
                                 "rename the checkpoint or remove the old one first")
    done: list[Path] = []
    try:
        for s, d in moved:
            if args.link:
                os.symlink(s.resolve(), d)
            elif s.is_dir():
                shutil.copytree(s, d)
            else:
                shutil.copy2(s, d)
            done.append(d)
        if args.card:
            card_path = repo / f"{source.stem if source.is_file() else source.name}.card.json"
            if card_path.exists():
                raise PersonalQError(f"{card_path.name} already exists in the repository")
            card_path.write_text(json.dumps(_load_json_arg(args.card), indent=2) + "\n")
            done.append(card_path)
    except BaseException:
        _undo(done)
        raise
    return {dest.name}, done


def _ingested(repo: Path, source: Path, added_ids: set[str] | None, added_keys: set[str] | None,
              done: list[Path]) -> list:
    """The cards the re-scanned catalog made of what was added; when none, the added files are
    removed again and the error says why the catalog skipped them."""
    from personalq.catalog.store import open_repository

    with open_repository(repo) as store:
        report = store.report
        if added_ids is None:
            added_ids = {cid for cid, origin in store.origins().items() if origin in added_keys}
        if not added_ids:  # the checkpoint could not be ingested: undo, say why
            reasons = [s["reason"] for s in report.skipped if s["path"] in added_keys]
            dups = [d for d in report.duplicates if d["origin"] in (added_keys or set())]
            if dups:
                reasons.append(f"its id {dups[0]['id']!r} is already used by {dups[0]['kept']}")
            _undo(done)
        cards = [store.get(i) for i in sorted(added_ids)]
    if not added_ids:
        open_repository(repo).close()  # forget the undone files
        raise PersonalQError(f"{source.name} was not added: {'; '.join(reasons) or 'no card found'}",
                             "fix the metadata (or give --card with the missing fields) and retry")
    return cards


def _undo(paths: list[Path]) -> None:
    for p in reversed(paths):
        if p.is_symlink() or p.is_file():
            p.unlink()
        elif p.is_dir():
            shutil.rmtree(p)


def cmd_remove(args) -> int:
    from personalq.catalog.ingest import TRASH_DIR, repo_kind
    from personalq.catalog.metadata import sidecars_for
    from personalq.catalog.store import open_repository

    with _open(args) as store:
        card = store.get(args.id)
        origins = store.origins()
        origin = origins[card.id]
        repo = store.repo
    moved: list[str] = []
    if repo_kind(repo) == "manifest":
        line_no = int(origin.rsplit(":", 1)[1])
        lines = repo.read_bytes().split(b"\n")
        removed_line = lines[line_no - 1]
        trash = repo.with_name(repo.stem + ".removed.jsonl")
        with open(trash, "ab") as f:
            f.write(removed_line.rstrip(b"\r") + b"\n")
        tmp = repo.with_name(repo.name + ".tmp")
        tmp.write_bytes(b"\n".join(lines[:line_no - 1] + lines[line_no:]))
        os.replace(tmp, repo)  # atomic: a reader sees the old or the new manifest
        moved.append(f"{repo.name} line {line_no} -> {trash.name}")
    else:
        source = repo / origin
        others = [cid for cid, o in origins.items() if o == origin and cid != card.id]
        if others:
            raise PersonalQError(f"{origin} also holds {', '.join(others)}", "remove the file by hand")
        for p in [source] + [s for s in sidecars_for(source) if s.parent != source and s.name != "README.md"]:
            dest = repo / TRASH_DIR / p.relative_to(repo)
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.exists() or dest.is_symlink():
                dest = dest.with_name(dest.name + f".{os.getpid()}")
            shutil.move(str(p), str(dest))
            moved.append(f"{p.relative_to(repo)} -> {dest.relative_to(repo)}")
    open_repository(repo).close()  # re-scan so the catalog no longer lists it
    if args.json:
        print(json.dumps({"removed": card.id, "moved": moved}, indent=2))
    else:
        print(f"removed {card.id} from the catalog; nothing was deleted:")
        for m in moved:
            print(f"  {m}")
    return 0
