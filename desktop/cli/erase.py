"""``waystation erase``: destroy a casebook's keys and files for good (S11).

The person types the word ERASE at the terminal; scripts pass ``--yes`` instead. Without a
terminal and without ``--yes`` nothing happens (exit status 2). Identity: ``--user`` and a
passphrase (see ``session``), or the recovery key with ``--recovery`` (prompt) or
``--recovery-key-file FILE``. Exit status 1 if anything could not be destroyed.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from pathlib import Path

from desktop import app_settings
from desktop.cli import session
from models.transfer.erase import CONFIRMATION_WORD, EraseReport, check_confirmation, erase_casebook


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "erase",
        help="emergency erase: destroy a casebook's keys and files for good",
        description="Overwrite the casebook's key file, then delete the casebook, its side "
                    "files and every backup of it in its own folder (found by the casebook's "
                    "id, whatever the file is called). No passphrase or recovery key opens "
                    "it afterwards. Backups and copies in other folders are not reached. If "
                    "an erase is interrupted, running it again finishes the job.",
    )
    session.add_casebook(parser)
    parser.add_argument("--recovery", action="store_true",
                        help="prove who you are with the recovery key (asked at a prompt)")
    parser.add_argument("--recovery-key-file", type=Path, metavar="FILE",
                        help="read the recovery key from the first line of FILE")
    parser.add_argument("--yes", action="store_true",
                        help=f"do not ask to type {CONFIRMATION_WORD} (for scripts)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.yes:
        word = CONFIRMATION_WORD
    elif not session.interactive():
        raise session.UsageError(f"type {CONFIRMATION_WORD} at a terminal to confirm, "
                                 "or pass --yes.")
    else:
        print(f"This destroys the casebook {args.path.name} and every backup of it in the "
              "same folder. Backups in other folders are not reached. It cannot be undone.")
        try:
            word = input(f"Type {CONFIRMATION_WORD} to confirm: ").strip()
        except EOFError:
            word = ""
    check_confirmation(word)  # before asking for a passphrase
    if args.recovery or args.recovery_key_file is not None:
        if args.recovery_key_file is not None:
            key = session.first_line(args.recovery_key_file, "recovery key file")
        elif session.interactive():
            key = getpass.getpass("Recovery key: ")
        else:
            raise session.UsageError("no recovery key given; use --recovery-key-file FILE.")
        report = erase_casebook(args.path, confirmation=word, recovery_key=key)
    else:
        user = session.user_name(args)
        report = erase_casebook(args.path, confirmation=word, user=user,
                                passphrase=session.passphrase(args))
    # Erased on purpose: this computer forgets the casebook and what was last opened here.
    with contextlib.suppress(OSError):
        app_settings.seen_rosters().forget(None, args.path)
    print(describe(report))
    if not report.keys_destroyed:
        print("waystation: the key file could not be overwritten; the casebook may still "
              "open.", file=sys.stderr)
    return 0 if report.keys_destroyed and not report.could_not_remove else 1


def describe(report: EraseReport) -> str:
    lines = []
    if report.keys_destroyed:
        lines.append("The keys were destroyed: no passphrase or recovery key opens this "
                     "casebook any more.")
    lines += report.links  # a name that was a link: which real file it stood for
    if report.backups_destroyed:
        lines.append("Backups of it in its folder, destroyed: "
                     + ", ".join(report.backups_destroyed))
    if report.removed:
        lines.append("Files destroyed: " + ", ".join(report.removed))
    lines += [f"Not removed: {name} ({reason})" for name, reason in report.could_not_remove]
    lines.append("Not reached by this erase:")
    lines += [f"- {w}" for w in report.warnings]
    return "\n".join(lines)
