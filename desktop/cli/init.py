"""``waystation init``: a new, empty casebook with one coordinator, and its recovery key."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from desktop import app_settings
from desktop.cli import session
from models.casebook import Casebook, casebook_files, check_passphrase, check_user_name
from models.errors import InvalidInput


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "init", help="create a new, empty casebook with you as its coordinator",
        description="Create a new encrypted casebook. The key derivation is calibrated to "
                    "take about half a second on this computer. The recovery key is printed "
                    "once: write it down.")
    session.add_path(parser, "the casebook file to create (.wsdb)")
    session.add_user(parser)
    session.add_passphrase(parser)
    session.add_kdf_fast(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path)
    user = check_user_name(session.user_name(args))
    # Refuse what cannot work before asking for a passphrase.
    if any(p.exists() for p in casebook_files(path)[:2]):
        raise InvalidInput("path", "a casebook already exists there")
    if not path.parent.is_dir():
        raise InvalidInput("path", "the folder does not exist")
    passphrase = check_passphrase(session.creation_passphrase(args))
    book, recovery = Casebook.create(path, user, passphrase, kdf=session.kdf_params(args))
    book.close()
    # A new casebook at this place on purpose: the one last opened here is no longer expected.
    with contextlib.suppress(OSError):
        app_settings.seen_rosters().forget_path(path)
    print(f"Created the casebook {path} with {user} as coordinator.")
    print()
    print(f"Recovery key: {recovery}")
    print()
    print("Write this recovery key down on paper now and keep it somewhere safe, away from "
          "this computer. It is shown only this once, and it is the only way back in if "
          "every passphrase is forgotten.")
    return 0
