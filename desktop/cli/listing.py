"""``waystation list``: the rows of one kind of record, as a table or as JSON.

A list is not a client file, so listing is not audited per client; but a whole list that
names clients or carries their ids (clients, referrals, follow-ups, sponsorships) leaving the
app is a bulk read, so it is audited once ("list <kind>", S7). Partners name no client.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.cli import session

if TYPE_CHECKING:
    from models.casebook import Casebook

KINDS = ("clients", "referrals", "followups", "partners", "sponsorships")
ALL = 1 << 62  # the repositories take a limit; a listing wants every row
BATCH = 500


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "list", help="list clients, referrals, follow-ups, partners or sponsorships",
        description="Print every record of one kind: a table, or with --json a JSON list of "
                    "objects, each with its id.")
    session.add_casebook(parser)
    parser.add_argument("kind", choices=KINDS)
    parser.add_argument("--json", action="store_true", help="print a JSON list of objects")
    parser.set_defaults(func=run)


def _plain(value: object) -> object:
    if isinstance(value, frozenset | set):
        return sorted(value)
    if isinstance(value, tuple):
        return list(value)
    return value


def _dicts(rows: list) -> list[dict]:
    return [{k: _plain(v) for k, v in dataclasses.asdict(r).items()} for r in rows]


def _audited(kind: str, lister: Callable) -> Callable:
    """``lister`` preceded by one audited bulk read of ``kind`` (review #11)."""
    def run(book) -> list[dict]:  # noqa: ANN001
        from models.audit import record_bulk_read

        record_bulk_read(book.store, kind)
        return lister(book)
    return run


def _clients(book) -> list[dict]:  # noqa: ANN001
    ids = book.clients.search()
    out = []
    for i in range(0, len(ids), BATCH):
        out += _dicts(book.clients.rows(ids[i:i + BATCH]))
    return out


def _sponsorships(book: Casebook) -> list[dict]:
    """Each record with its group's eligible members and the Group-of-Five warning (the
    models' rule, the same the desktop's Members tab shows)."""
    rows = []
    for sp in book.sponsorships.list():
        group = book.sponsorships.group_size(sp.id)  # type: ignore[arg-type]
        rows.append({**_dicts([sp])[0], "eligible_members": group.eligible,
                     "group_of_five_short": group.short, "warning": group.warning})
    return rows


_LISTERS: dict[str, Callable] = {
    "clients": _audited("clients", _clients),
    "referrals": _audited("referrals", lambda book: _dicts(book.referrals.search(limit=ALL))),
    "followups": _audited("followups", lambda book: _dicts(
        book.followups.search(status=None, limit=ALL))),
    "partners": lambda book: _dicts(book.partners.search(include_inactive=True)),
    "sponsorships": _audited("sponsorships", _sponsorships),
}
# What the table shows of each kind (JSON has every field).
_TABLE_COLUMNS = {
    "clients": ("id", "display_name", "city", "status"),
    "referrals": ("id", "client_name", "partner_name", "service", "status", "updated_at"),
    "followups": ("id", "due_date", "status", "title", "client_id"),
    "partners": ("id", "name", "cities", "services"),
    "sponsorships": ("id", "group_name", "status", "arrival_date", "eligible_members"),
}


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value).replace("\n", " ")


def run(args: argparse.Namespace) -> int:
    with session.open_casebook(args) as book:
        rows = _LISTERS[args.kind](book)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    columns = _TABLE_COLUMNS[args.kind]
    table = [[_cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(40, max([len(c), *(len(row[i]) for row in table)]))
              for i, c in enumerate(columns)]
    print("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip())
    for row in table:
        print("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    print(f"({len(rows):,} {args.kind})")
    for r in rows:  # rule warnings (the Group-of-Five minimum) under the table
        if r.get("warning"):
            print(f"warning: {args.kind[:-1]} {r['id']}: {r['warning']}")
    return 0
