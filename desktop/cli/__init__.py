"""The ``waystation`` command line.

Contributors: read CONTRIBUTING.md at the top of the repository first.

Each command lives in its own module that exposes ``register(subparsers)``; the module
adds its parser and sets ``func`` to a callable taking the parsed arguments and returning an
exit status. ``desktop.cli.commands`` lists every command with its help line, so the
arguments are parsed before anything heavy is imported: ``--help``, ``--version`` and a typo
load no command module, and a command loads only its own. Errors are one line on stderr,
never a traceback: exit 2 for bad input, 1 for any other failure.

``waystation`` alone opens the desktop app; ``waystation PATH.wsdb`` opens it on that
casebook's unlock screen (what a file association runs).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop.cli.commands import COMMANDS, command_module
from desktop.version import __version__

CASEBOOK_SUFFIX = ".wsdb"
# Hidden: shows the unlock window, prints one line and quits (smoke tests of installs).
SELF_TEST_START = "--self-test-start"
# Hidden: checks the libraries a slimmed bundle replaces (packaging/smoke.py).
SELF_TEST_LIBRARIES = "--self-test-libraries"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's default prints usage and exits 2
        self.exit(2, f"waystation: {message}\n")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser; with ``command``, that command's module registers its full parser, and
    every other command is a name with its help line only."""
    parser = _Parser(
        prog="waystation",
        usage="waystation [-h] [--version] [CASEBOOK.wsdb | COMMAND ...]",
        description="Offline, encrypted casebook. Without a command, opens the desktop app "
                    "(on CASEBOOK.wsdb's unlock screen when one is given).",
    )
    parser.add_argument("--version", action="version", version=f"waystation {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    if command is not None:
        command_module(command).register(sub)
    for name, (help_text, _) in COMMANDS.items():
        if name not in sub.choices:
            sub.add_parser(name, help=help_text, add_help=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list:
        return open_desktop()
    first = args_list[0]
    if first == SELF_TEST_START:
        return open_desktop(Path(args_list[1]) if len(args_list) > 1 else None,
                            self_test=True)
    if first == SELF_TEST_LIBRARIES and len(args_list) > 1:
        from desktop.self_test import run as self_test_libraries

        return self_test_libraries(Path(args_list[1]))
    if first not in COMMANDS and not first.startswith("-") and \
            first.lower().endswith(CASEBOOK_SUFFIX):
        return open_desktop(Path(first))
    try:
        parser = build_parser(first if first in COMMANDS else None)
        args = parser.parse_args(args_list)
        return _run(args)
    except ImportError as exc:  # an installation that lacks a part (never a traceback)
        print(f"waystation: this installation is incomplete ({exc.name or 'a module'} is "
              "missing); reinstall Waystation.", file=sys.stderr)
        return 1


def _run(args: argparse.Namespace) -> int:
    from models.errors import WaystationError

    try:
        return int(args.func(args) or 0)
    except WaystationError as exc:
        print(f"waystation: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("waystation: interrupted; nothing was changed.", file=sys.stderr)
        return 1
    except ImportError as exc:  # a broken install or bundle: say what is missing
        print(f"waystation: this installation is incomplete ({exc.name or 'a module'} is "
              "missing); nothing was changed. Reinstall Waystation.", file=sys.stderr)
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


def open_desktop(path: Path | None = None, self_test: bool = False) -> int:
    """The desktop app, on ``path``'s unlock screen when given."""
    from desktop.display import missing_display

    reason = missing_display()
    if reason:
        print(f"waystation: {reason}", file=sys.stderr)
        return 1
    if path is not None and not path.is_file():
        print("waystation: there is no casebook at that path.", file=sys.stderr)
        return 2
    try:
        from desktop.app import run_app  # Qt only when a window is wanted
    except ImportError as exc:  # e.g. Qt missing from the installation: one sentence
        print(f"waystation: this installation is incomplete ({exc.name or 'a module'} is "
              "missing); reinstall Waystation.", file=sys.stderr)
        return 1
    return int(run_app(path, self_test=self_test) or 0)


def gui_main(argv: Sequence[str] | None = None) -> int:
    """``waystation-gui``: the same, for launchers that have no console. On Windows a
    start-up failure's sentence is shown in a message box (desktop/startup_message.py)."""
    from desktop.startup_message import run_windowed

    return run_windowed(main, argv)


if __name__ == "__main__":
    sys.exit(main())
