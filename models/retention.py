"""Letting old cases go: the retention rule and the caseload aggregates a deletion keeps.

Deleting a client for good is ``Clients.purge`` (coordinators; the audit entry keeps only the
id). Before its rows go, ``models.caseload.tallies.tally_before_purge`` adds what the
caseload report counts about them to ``caseload_tallies`` — plain counters (status, city,
referral service/status/day, response days, follow-ups closed on time) with no id — so a
board report for a past period gives the same totals after the deletion.

The retention rule ("delete clients closed more than N months ago") is off by default. A
client's closing date is not stored, so "closed N months ago" means closed and unchanged
since then (``updated_at``). ``due`` lists the clients first; ``apply`` deletes only clients
from that list that still qualify, and only for a coordinator.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.errors import InvalidInput
from models.permissions import Action

if TYPE_CHECKING:
    from models.casebook import Casebook

RULE_KEY = "retention_closed_months"
MAX_MONTHS = 600


@dataclass(frozen=True)
class Due:
    id: int
    display_name: str
    closed_since: str  # the date the client last changed while closed


# -- the rule ---------------------------------------------------------------------------------
def rule(book: Casebook) -> int | None:
    """The months after which closed clients are due for deletion, or None (off)."""
    value = book.store.setting(RULE_KEY)
    return value if isinstance(value, int) and value > 0 else None


def set_rule(book: Casebook, months: int | None) -> None:
    s = book.store
    s.require(Action.SETTINGS)
    if months is not None and not (isinstance(months, int) and 1 <= months <= MAX_MONTHS):
        raise InvalidInput.of("retention months", "must be a whole number from 1 to {most}",
                              most=MAX_MONTHS)
    with s.tx():
        if months is None:
            s.x("DELETE FROM settings WHERE key = ?", (RULE_KEY,))
        else:
            s.x("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)",
                (RULE_KEY, json.dumps(months)))
        s.audit(f"setting:{RULE_KEY}", "settings")


def _cutoff(today: dt.date, months: int) -> str:
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    day = min(today.day, [31, 29 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 28,
                          31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1])
    return dt.date(year, month, day).isoformat()


def due(book: Casebook, months: int | None = None) -> list[Due]:
    """Clients the rule would delete today (coordinators only: the list is for deciding)."""
    s = book.store
    s.require(Action.DELETE)
    months = months if months is not None else rule(book)
    if months is None:
        return []
    cutoff = _cutoff(s.today(), months)
    return [Due(r[0], r[1], r[2][:10]) for r in s.q(
        "SELECT id, display_name, updated_at FROM clients WHERE status = 'closed'"
        " AND updated_at < ? ORDER BY updated_at, id", (cutoff,))]


def apply(book: Casebook, listed: list[int], months: int | None = None) -> list[int]:
    """Delete the listed clients that still qualify (one purge each); returns their ids.
    A client reopened or changed since the list was shown is kept."""
    s = book.store
    s.require(Action.DELETE)
    still = {d.id for d in due(book, months)}
    deleted = []
    for cid in listed:
        if cid in still:
            book.clients.purge(cid)
            deleted.append(cid)
    with s.tx():
        s.audit("retention", "casebook")
    return deleted
