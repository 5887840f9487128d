"""``waystation import`` (clients from CSV, all or nothing; with ``--mapping``, any CSV or
XLSX through the import assistant's model) and ``waystation export`` (everything, as CSV or
JSON, for coordinators; the files are not encrypted)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.cli import session
from models.permissions import Action
from models.transfer import spreadsheets


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import", help="add clients from a CSV file (all rows or none)",
        description="Add every client in a CSV file (UTF-8, a header row naming the "
                    "columns), or none: one bad row refuses the whole file and names the row "
                    "and the column. Columns: " + ", ".join(spreadsheets.COLUMNS) + ". Only "
                    "display_name is required; aliases, languages, citizenships and flags "
                    "take several values separated by ';'. With --mapping, the file may be "
                    "any CSV (encoding and delimiter detected) or an XLSX workbook, and a "
                    "JSON file names the field of each column: {\"sheet\": \"Sheet1\", "
                    "\"columns\": {\"Nom\": \"display_name\", \"Remarques\": \"notes\", "
                    "\"Autre\": \"skip\"}}; extra targets: notes, household, relatives, "
                    "followup_date, followup_title, skip. Other sheets of a workbook can add "
                    "notes, household, relatives and follow-ups: \"extra_sheets\": "
                    "[{\"sheet\": \"Suivis\", \"columns\": {\"Nom\": \"client\", ...}}] "
                    "(the client column holds the name as the main sheet writes it).")
    session.add_casebook(parser)
    parser.add_argument("--clients", type=Path, metavar="FILE", required=True,
                        help="the CSV (or, with --mapping, XLSX) file of clients")
    parser.add_argument("--mapping", type=Path, metavar="FILE.json",
                        help="which Waystation field each column holds (every column named)")
    parser.add_argument("--allow-duplicates", action="store_true",
                        help="import rows that look like existing clients (same name, no "
                             "contradicting birth date or year); refused by default")
    parser.set_defaults(func=run_import)

    parser = subparsers.add_parser(
        "export", help="write everything to CSV, JSON or XLSX (coordinators; not encrypted)",
        description="Write clients (with their household, relatives, documents, notes and "
                    "consents in JSON), partners, referrals and follow-ups. CSV writes "
                    "FILE (clients) and FILE-partners, FILE-referrals, FILE-followups beside "
                    "it; XLSX writes one workbook with a sheet for each. The files are not "
                    "encrypted: anyone who finds them can read them.")
    session.add_casebook(parser)
    parser.add_argument("--format", choices=("csv", "json", "xlsx"), required=True)
    parser.add_argument("--out", type=Path, metavar="FILE", required=True,
                        help="the file to write")
    parser.add_argument("--force", action="store_true",
                        help="replace files that already exist (refused by default)")
    parser.set_defaults(func=run_export)


def run_import(args: argparse.Namespace) -> int:
    if args.mapping is not None:
        return _run_mapped_import(args)
    # Check the file before asking for a passphrase: most mistakes are in the file.
    numbered = spreadsheets.read_rows(args.clients)

    def checked(n: int) -> None:
        print(f"waystation: all {n:,} rows are valid; importing ...", file=sys.stderr,
              flush=True)

    with session.open_casebook(args) as book:
        ids = spreadsheets.add_clients(book, [c for _, c in numbered], checked=checked,
                                numbered=numbered,
                                allow_duplicates=args.allow_duplicates)
    print(_imported(len(ids)))
    return 0


def _run_mapped_import(args: argparse.Namespace) -> int:
    from models.errors import InvalidInput
    from models.transfer.importing import mapping as maps
    from models.transfer.importing.plan import ImportPlan, commit
    from models.transfer.importing.source import parse_source, read_source

    try:
        spec = json.loads(args.mapping.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise InvalidInput("mapping file", "does not exist") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        raise InvalidInput("mapping file", "is not a readable JSON file") from None
    if not isinstance(spec, dict):
        raise InvalidInput("mapping file", "must be a JSON object")
    source = read_source(args.clients)
    if source.kind == "csv" and (spec.get("encoding") or spec.get("delimiter")):
        source = parse_source(args.clients.read_bytes(), encoding=spec.get("encoding"),
                              delimiter=spec.get("delimiter"))
    sheet = spec.get("sheet")
    plan = ImportPlan(source, sheet=str(sheet) if sheet is not None and source.kind == "xlsx"
                      else None)
    plan.set_mapping(maps.from_file_spec(spec, plan.header))
    extras = spec.get("extra_sheets", [])
    if not isinstance(extras, list) or not all(isinstance(e, dict) for e in extras):
        raise InvalidInput("mapping file", '"extra_sheets" must be a list of {"sheet": ..., '
                                           '"columns": {...}}')
    for extra in extras:
        name = str(extra.get("sheet", ""))
        plan.add_extra_sheet(name, maps.columns_from_spec(extra, plan.extra_header(name)))
    plans, problems = plan.check()
    if problems:
        first = problems[0]
        more = f" ({len(problems):,} problems in all)" if len(problems) > 1 else ""
        raise InvalidInput(f"row {first.row}, column {first.column}", first.reason + more)

    def checked(n: int) -> None:
        print(f"waystation: all {n:,} rows are valid; importing ...", file=sys.stderr,
              flush=True)

    with session.open_casebook(args) as book:
        book.store.require(Action.IMPORT)
        if not args.allow_duplicates:
            spreadsheets.refuse_duplicates(book, [(p.row, p.client) for p in plans])
        result = commit(book, plan, allow_duplicates=True, checked=checked)
    print(_imported(len(result.added)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from models.errors import InvalidInput

    spreadsheets.check_output(args.out)
    targets = spreadsheets.csv_paths(args.out).values() if args.format == "csv" else [args.out]
    existing = [p.name for p in targets if p.exists()]
    if existing and not args.force:  # before the passphrase: nothing to unlock for
        raise InvalidInput("output file", f"{', '.join(existing)} already exists; choose "
                                          "another name or pass --force to replace it")
    with session.open_casebook(args) as book:
        from models.permissions import Action

        book.store.require(Action.EXPORT)  # refuse before warning about a file never written
        session.warn("the export is NOT encrypted: anyone who gets the file can read "
                     "everything in it. Keep it safe and delete it when done.")
        written = spreadsheets.export(book, args.out, args.format)
    for path in written:
        print(f"Wrote {path}")
    return 0


def _imported(n: int) -> str:
    """"Imported 1 client." / "Imported 12,000 clients." (the command line speaks English)."""
    return f"Imported {n:,} client{'' if n == 1 else 's'}."
