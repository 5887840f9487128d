"""What every command that opens a casebook shares: the options, where the user name and
passphrases come from, and opening the casebook.

Passphrases come from, in order: ``--passphrase-file FILE`` (its first line), the
``WAYSTATION_PASSPHRASE`` variable, an interactive prompt. Without a terminal and without
either of the others the command stops with exit status 2 rather than wait for input.
A second passphrase (a new user's, or a new one of your own) comes from
``--new-passphrase-file``, ``WAYSTATION_NEW_PASSPHRASE`` or a prompt asked twice.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from models.errors import InvalidInput, WaystationError

USER_VAR = "WAYSTATION_USER"
PASSPHRASE_VAR = "WAYSTATION_PASSPHRASE"
NEW_PASSPHRASE_VAR = "WAYSTATION_NEW_PASSPHRASE"
MAX_SECRET_FILE = 64 * 1024


class UsageError(WaystationError):
    """Something the person must give on the command line is missing (exit status 2)."""

    exit_code = 2


# -- options -----------------------------------------------------------------------------
def add_path(parser: argparse.ArgumentParser, help: str = "the casebook file (.wsdb)") -> None:
    parser.add_argument("path", type=Path, help=help)


def add_user(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--user", metavar="NAME",
                        help=f"who you are in the casebook (default: ${USER_VAR})")


def add_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help=f"read the passphrase from the first line of FILE "
                             f"(else ${PASSPHRASE_VAR}, else a prompt)")


def add_new_passphrase(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--new-passphrase-file", type=Path, metavar="FILE",
                        help=f"read the new passphrase from the first line of FILE "
                             f"(else ${NEW_PASSPHRASE_VAR}, else a prompt)")


def add_casebook(parser: argparse.ArgumentParser) -> None:
    """PATH, --user and --passphrase-file: everything needed to open a casebook."""
    add_path(parser)
    add_user(parser)
    add_passphrase(parser)


def add_kdf_fast(parser: argparse.ArgumentParser) -> None:
    # For tests and scripts: the floor parameters instead of calibrating to about 0.5 s.
    parser.add_argument("--kdf-fast", action="store_true", help=argparse.SUPPRESS)


# -- where things come from ----------------------------------------------------------------
def user_name(args: argparse.Namespace) -> str:
    name = getattr(args, "user", None) or os.environ.get(USER_VAR)
    if not name:
        raise UsageError(f"no user given; use --user NAME or set {USER_VAR}.")
    return name


def first_line(path: Path, what: str) -> str:
    """The first line of a small file, without its line ending."""
    try:
        if path.stat().st_size > MAX_SECRET_FILE:
            raise InvalidInput(what, "the file is too large to hold one line")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise InvalidInput(what, "the file cannot be read") from None
    line = text.splitlines()[0] if text else ""
    if not line:
        raise InvalidInput(what, "the file's first line is empty")
    return line


def interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def passphrase(args: argparse.Namespace, prompt: str = "Passphrase: ") -> str:
    """The passphrase that opens the casebook (or a new casebook's first passphrase)."""
    given = given_passphrase(args)
    if given is not None:
        return given
    if not interactive():
        raise UsageError(f"no passphrase given; use --passphrase-file FILE or set "
                         f"{PASSPHRASE_VAR}.")
    return getpass.getpass(prompt)


def given_passphrase(args: argparse.Namespace) -> str | None:
    """A passphrase from the file or the variable, or None (no prompt)."""
    path = getattr(args, "passphrase_file", None)
    if path is not None:
        return first_line(path, "passphrase file")
    return os.environ.get(PASSPHRASE_VAR) or None


def creation_passphrase(args: argparse.Namespace) -> str:
    """The first passphrase of a new casebook: the file, the variable, or asked twice."""
    given = given_passphrase(args)
    if given is not None:
        return given
    if not interactive():
        raise UsageError(f"no passphrase given; use --passphrase-file FILE or set "
                         f"{PASSPHRASE_VAR}.")
    return confirmed("Passphrase for the new casebook: ")


def new_passphrase(args: argparse.Namespace, prompt: str = "New passphrase: ") -> str:
    """A second passphrase, never the same source as the first one."""
    path = getattr(args, "new_passphrase_file", None)
    if path is not None:
        return first_line(path, "new passphrase file")
    if os.environ.get(NEW_PASSPHRASE_VAR):
        return os.environ[NEW_PASSPHRASE_VAR]
    if not interactive():
        raise UsageError(f"no new passphrase given; use --new-passphrase-file FILE or set "
                         f"{NEW_PASSPHRASE_VAR}.")
    return confirmed(prompt)


def confirmed(prompt: str) -> str:
    """Ask twice at the terminal, so a typo does not lock anyone out."""
    first = getpass.getpass(prompt)
    if getpass.getpass("Again, to confirm: ") != first:
        raise InvalidInput("passphrase", "the two entries differ; nothing was changed")
    return first


def kdf_params(args: argparse.Namespace):  # noqa: ANN201 - KdfParams | None
    from models.security.keyslots import KdfParams

    return KdfParams() if getattr(args, "kdf_fast", False) else None


# -- opening ---------------------------------------------------------------------------------
@contextlib.contextmanager
def open_casebook(args: argparse.Namespace, secret: str | None = None) -> Iterator:
    """The casebook named by ``args.path``, opened as ``--user`` with ``secret`` or the
    passphrase from the usual sources; locked again on exit."""
    from models.casebook import Casebook
    from models.errors import CasebookNotFound
    from models.security import keyslots

    path = Path(args.path)
    if not path.exists() and not keyslots.header_path(path).exists():
        raise CasebookNotFound()  # before asking for a passphrase that cannot help
    user = user_name(args)
    if secret is None:
        secret = passphrase(args)
    from desktop import app_settings

    book = Casebook.open(args.path, user, secret, seen=app_settings.seen_rosters())
    for notice in book.notices:  # a format-1 key file, or the upgrade this open made
        warn(notice)
    try:
        yield book
    finally:
        book.close()


def warn(message: str) -> None:
    print(f"waystation: warning: {message}", file=sys.stderr)
