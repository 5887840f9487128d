"""The ``waystation`` command line.

Contributors: read CONTRIBUTING.md at the top of the repository first.

Each command lives in its own module that exposes ``register(subparsers)``; the module
adds its parser and sets ``func`` to a callable taking the parsed arguments and returning an
exit status. Errors are one line on stderr, never a traceback: exit 2 for bad input, 1 for
any other failure.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from models.errors import WaystationError

# Modules under desktop/cli/ that add subcommands; a missing module is a programming error.
COMMAND_MODULES: tuple[str, ...] = (
    "screen",
    "erase",
    "documents",
    "init",
    "demo",
    "transfer",
    "listing",
    "backups",
    "users",
    "bench",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default prints usage and exits 2
        self.exit(2, f"waystation: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="waystation", description="Offline, encrypted casebook.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"desktop.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        from desktop.app import run_app  # Qt only when a window is wanted

        return run_app()
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except WaystationError as exc:
        print(f"waystation: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("waystation: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except OSError as exc:
        # File names may be personal; say what failed without echoing paths we were not given.
        print(f"waystation: {exc.strerror or 'a file could not be read or written'}.",
              file=sys.stderr)
        return 1
    except Exception as exc:  # noqa: BLE001 - never show a traceback to a user
        print(f"waystation: internal error ({type(exc).__name__}); nothing was changed.",
              file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
