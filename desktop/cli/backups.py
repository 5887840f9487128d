"""``waystation backup``, ``restore`` and ``verify``: encrypted backups and integrity checks."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from desktop import app_settings
from desktop.cli import session
from models.errors import InvalidInput, WaystationError
from models.transfer.backup import restore_backup, write_backup

MAX_PROBLEMS_SHOWN = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "backup", help="write an encrypted, verified backup (coordinators)",
        description="Write a consistent backup of the casebook to one file, encrypted like "
                    "the casebook (it opens with the same passphrases), and check what was "
                    "written.")
    session.add_casebook(parser)
    parser.add_argument("--out", type=Path, metavar="FILE", required=True,
                        help="the backup file to write (.wsbak)")
    parser.add_argument("--force", action="store_true",
                        help="replace an existing backup file (refused by default; the old "
                             "one is kept until the new one is written and checked)")
    parser.set_defaults(func=run_backup)

    parser = subparsers.add_parser(
        "restore", help="restore a backup to a new casebook file (never overwrites)",
        description="Write the casebook held in a backup to a new file. With --user, open "
                    "it afterwards and verify it.")
    parser.add_argument("backup", type=Path, metavar="FILE", help="the backup file")
    parser.add_argument("--to", type=Path, metavar="PATH", required=True,
                        help="the new casebook file (.wsdb); must not exist")
    session.add_user(parser)
    session.add_passphrase(parser)
    parser.set_defaults(func=run_restore)

    parser = subparsers.add_parser(
        "verify", help="check the encryption, the database and the audit trail",
        description="Check the encrypted pages, the database structure, the key file "
                    "against the signed list of members, and the audit chain and its "
                    "signatures from the newest checkpoint a coordinator's verify left. "
                    "Prints ok, or names what is wrong (exit status 1).")
    session.add_casebook(parser)
    parser.add_argument("--full", action="store_true",
                        help="read the whole audit trail from its first entry, check every "
                             "page of the file (free pages too) and run SQLite's full "
                             "integrity check; slower")
    parser.set_defaults(func=run_verify)


def run_backup(args: argparse.Namespace) -> int:
    if args.out.is_file() and not args.force:  # before the passphrase: nothing to unlock for
        raise InvalidInput("backup file", f"{args.out.name} already exists; choose another "
                                          "name or pass --force to replace it")
    with session.open_casebook(args) as book:
        info = write_backup(book, args.out, replace=args.force)
    print(f"Backup written and verified: {args.out} ({info.size / 1e6:.1f} MB).")
    return 0


def _verify(book, full: bool = False) -> None:  # noqa: ANN001
    problems = book.verify(full=full)
    if problems:
        shown = "; ".join(problems[:MAX_PROBLEMS_SHOWN])
        more = len(problems) - MAX_PROBLEMS_SHOWN
        raise WaystationError(f"The casebook failed its check: {shown}"
                              + (f" (and {more} more)" if more > 0 else "") + ".")


def run_restore(args: argparse.Namespace) -> int:
    # Only an explicit --user opens the result: WAYSTATION_USER alone does not ask for a
    # passphrase here.
    info = restore_backup(args.backup, args.to)
    # The restoring coordinator chose this (older) roster: this computer starts again from it.
    with contextlib.suppress(OSError):
        app_settings.seen_rosters().forget(info.casebook_id, args.to)
    print(f"Restored to {args.to}.")
    if args.user:
        with session.open_casebook(argparse.Namespace(**{**vars(args), "path": args.to})) \
                as book:
            _verify(book)
        print("ok")
    else:
        print(f"Check it with: waystation verify {args.to} --user NAME")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        _verify(book, full=args.full)
    print("ok")
    return 0
