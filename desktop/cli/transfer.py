"""``waystation import`` (clients from CSV, all or nothing) and ``waystation export``
(everything, as CSV or JSON, for coordinators; the files are not encrypted)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import session
from models import csvio


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="add clients from a CSV file (all rows or none)",
        description="Add every client in a CSV file (UTF-8, a header row naming the "
                    "columns), or none: one bad row refuses the whole file and names the row "
                    "and the column. Columns: " + ", ".join(csvio.COLUMNS) + ". Only "
                    "display_name is required; aliases, languages, citizenships and flags "
                    "take several values separated by ';'.")
    session.add_casebook(parser)
    parser.add_argument("--clients", type=Path, metavar="FILE.csv", required=True,
                        help="the CSV file of clients")
    parser.add_argument("--allow-duplicates", action="store_true",
                        help="import rows that look like existing clients (same name, no "
                             "contradicting birth date or year); refused by default")
    parser.set_defaults(func=run_import)

    parser = subparsers.add_parser(
        "export", help="write everything to CSV or JSON (coordinators; not encrypted)",
        description="Write clients (with their household, relatives, documents, notes and "
                    "consents in JSON), partners, referrals and follow-ups. CSV writes "
                    "FILE (clients) and FILE-partners, FILE-referrals, FILE-followups beside "
                    "it. The files are plain text: anyone who finds them can read them.")
    session.add_casebook(parser)
    parser.add_argument("--format", choices=("csv", "json"), required=True)
    parser.add_argument("--out", type=Path, metavar="FILE", required=True,
                        help="the file to write")
    parser.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    # Check the file before asking for a passphrase: most mistakes are in the file.
    numbered = csvio.read_rows(args.clients)

    def checked(n: int) -> None:
        print(f"waystation: all {n:,} rows are valid; importing ...", file=sys.stderr,
              flush=True)

    with session.open_casebook(args) as book:
        ids = csvio.add_clients(book, [c for _, c in numbered], checked=checked,
                                numbered=numbered,
                                allow_duplicates=args.allow_duplicates)
    print(f"Imported {len(ids):,} clients.")
    return 0


def run_export(args: argparse.Namespace) -> int:
    csvio.check_output(args.out)
    with session.open_casebook(args) as book:
        from models.permissions import Action

        book.store.require(Action.EXPORT)  # refuse before warning about a file never written
        session.warn("the export is NOT encrypted: anyone who gets the file can read "
                     "everything in it. Keep it safe and delete it when done.")
        written = csvio.export(book, args.out, args.format)
    for path in written:
        print(f"Wrote {path}")
    return 0
