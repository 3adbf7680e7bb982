"""The `personalq` command line.

Each stage contributes its own subcommands: a module listed in COMMAND_MODULES exposes
`register(commands, benches)` that adds parsers to the top-level subcommands and to the
`personalq bench ...` group, each parser setting `func=handler(args) -> int`.
Errors a user can fix arrive as PersonalQError and are printed as one clear message.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from personalq.errors import PersonalQError

COMMAND_MODULES: list[str] = [
    "personalq.quant.commands",
    "personalq.catalog.commands",
    "personalq.checkin.commands",
    "personalq.diffusion.commands",
    "personalq.world.commands",
    "personalq.serve.commands",
    "personalq.bench.commands",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="personalq",
        description="Select, quantize and serve personalized text-to-image checkpoints.",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    bench = commands.add_parser("bench", help="benchmarks that print figures and write plots")
    benches = bench.add_subparsers(dest="bench", metavar="BENCH")
    bench.set_defaults(func=lambda args: (bench.print_help(), 2)[1])
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(commands, benches)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except PersonalQError as err:
        print(f"error: {err.message}", file=sys.stderr)
        if err.hint:
            print(f"hint: {err.hint}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # `personalq repo list | head`: the reader left; not an error worth a traceback.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
