"""``waystation letter``, ``packet``, ``report``, ``sponsorship`` and ``resources``: print
documents to a PDF.

Writing a PDF is always explicit (``--out FILE``) and the file is NOT encrypted: each command
says so on stderr. Letters and packets carry only what the person consented to share with
that partner; the caseload report is counts only. Referral ids come from
``waystation list PATH referrals --json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.cli import session
from models.db.atomic import atomic_write_bytes
from models.errors import InvalidInput
from models.partners import SERVICES
from reports.data import LANGUAGES

UNENCRYPTED = ("the PDF is not encrypted; anyone who can read {name} can read what it says. "
               "Delete it when it is no longer needed.")


def register(subparsers: argparse._SubParsersAction) -> None:
    for name, help_text in (("letter", "write a referral letter to a PDF file"),
                            ("packet", "write a referral packet (letter, consented summary, "
                                       "screening, consent form, checklist) to a PDF file")):
        p = subparsers.add_parser(name, help=help_text, description=help_text.capitalize()
                                  + ". Only what the person consented to share is printed.")
        session.add_casebook(p)
        p.add_argument("--referral", type=int, required=True, metavar="ID",
                       help="the referral's id (see: waystation list PATH referrals --json)")
        p.add_argument("--lang", choices=LANGUAGES,
                       help="language of the document (default: the referral's language)")
        _add_out(p)
        p.set_defaults(func=run_letter if name == "letter" else run_packet)

    p = subparsers.add_parser("report", help="write the caseload report (counts only) to a PDF",
                              description="Write the caseload report: aggregates only, no "
                                          "names or personal details.")
    session.add_casebook(p)
    p.add_argument("--from", dest="start", type=_day, metavar="YYYY-MM-DD",
                   help="start of the period (default: 1 January of this year)")
    p.add_argument("--to", dest="end", type=_day, metavar="YYYY-MM-DD",
                   help="end of the period (default: today)")
    p.add_argument("--lang", choices=("en", "fr", "es"), default="en")
    _add_out(p)
    p.set_defaults(func=run_report)

    p = subparsers.add_parser("sponsorship", help="write a sponsorship summary (or its budget "
                                                  "sheet) to a PDF file",
                              description="Write a sponsorship's one-page summary (group, "
                                          "family, status, money, members and their duties) "
                                          "or, with --budget-sheet, its budget sheet.")
    session.add_casebook(p)
    p.add_argument("--sponsorship", type=int, required=True, metavar="ID",
                   help="the sponsorship's id (see: waystation list PATH sponsorships)")
    p.add_argument("--budget-sheet", action="store_true",
                   help="write the budget sheet instead of the summary")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the document")
    _add_out(p)
    p.set_defaults(func=run_sponsorship)

    p = subparsers.add_parser("resources", help="write a resource sheet from the partner "
                                                "directory to a PDF",
                              description="Write a resource sheet of partner organisations, "
                                          "filtered by city, service and language.")
    session.add_casebook(p)
    p.add_argument("--city", metavar="C", help="only partners in this city")
    p.add_argument("--service", choices=SERVICES, metavar="S",
                   help=f"only partners offering this service ({', '.join(SERVICES)})")
    p.add_argument("--language", metavar="L",
                   help="only partners working in this language (e.g. Spanish)")
    p.add_argument("--lang", choices=("en", "fr", "es"), default="en",
                   help="language of the sheet")
    _add_out(p)
    p.set_defaults(func=run_resources)


def _add_out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="FILE",
                   help="the PDF file to write (it will NOT be encrypted)")


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (use YYYY-MM-DD)") from None


def _check_out(out: Path) -> None:
    # Before the passphrase is asked for: a wrong folder should not cost a KDF run.
    if not out.parent.is_dir():
        raise InvalidInput("--out", "its folder does not exist")
    if out.is_dir():
        raise InvalidInput("--out", "is a folder; give a file name")


def _write(args: argparse.Namespace, make: Callable[[Any], bytes]) -> int:
    _check_out(args.out)
    with session.open_casebook(args) as book:
        pdf = make(book)
    atomic_write_bytes(args.out, pdf)
    session.warn(UNENCRYPTED.format(name=args.out.name))
    return 0


def run_letter(args: argparse.Namespace) -> int:
    from reports import referral_letter
    from reports.casebook_data import letter_data

    return _write(args, lambda book: referral_letter(letter_data(book, args.referral,
                                                                 args.lang)))


def run_packet(args: argparse.Namespace) -> int:
    # The packet, then the attachments its consent allows (reports/attachments_appendix.py).
    from reports.attachments_appendix import packet_with_attachments

    return _write(args, lambda book: packet_with_attachments(book, args.referral, args.lang))


def run_report(args: argparse.Namespace) -> int:
    from reports import caseload_report
    from reports.casebook_data import caseload_data

    if args.start and args.end and args.start > args.end:
        raise InvalidInput("--from", "is after --to")
    return _write(args, lambda book: caseload_report(
        caseload_data(book, args.start, args.end, args.lang), lang=args.lang))


def run_sponsorship(args: argparse.Namespace) -> int:
    # The same documents (and the same audited print) as the desktop's Print buttons.
    from reports.sponsorship_data import budget_sheet_pdf, summary_pdf

    make = budget_sheet_pdf if args.budget_sheet else summary_pdf
    return _write(args, lambda book: make(book, args.sponsorship, args.lang))


def run_resources(args: argparse.Namespace) -> int:
    from reports import resource_sheet
    from reports.casebook_data import resource_data

    return _write(args, lambda book: resource_sheet(
        resource_data(book, args.city, args.service, args.language, args.lang),
        lang=args.lang))
