"""Rows of an import that look like clients already in the casebook.

The name matching is the duplicate warning's own (``Clients.duplicates``, owned by the
new-client dialog's work); this module only adds the birth check an import needs: a row
matches an existing client when the names match and their birth dates (or years) do not
contradict each other. A birth date or year missing on either side is no contradiction, so
re-importing a file without birth dates is still caught.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.clients import Client

if TYPE_CHECKING:
    from models.casebook import Casebook


@dataclass(frozen=True)
class ExistingMatch:
    row: int          # the row number as the file numbers it (header = row 1)
    client_id: int    # the existing client
    display_name: str  # the existing client's name, for the assistant's list (never logged)
    score: float
    same_birth: bool  # True when both sides know the birth date or year and it agrees


def _birth_agrees(row: Client, birth_date: str | None, birth_year: int | None) -> bool | None:
    """True/False when both sides know something comparable, None when one side is silent."""
    if row.birth_date and birth_date:
        return row.birth_date == birth_date
    year = row.birth_year or (int(row.birth_date[:4]) if row.birth_date else None)
    other = birth_year or (int(birth_date[:4]) if birth_date else None)
    if year and other:
        return year == other
    return None


def find_existing(book: Casebook, rows: list[tuple[int, Client]]) -> list[ExistingMatch]:
    """For each (row number, client) the best existing client it looks like, if any."""
    out: list[ExistingMatch] = []
    for row_number, client in rows:
        candidates = book.clients.duplicates(client.display_name)
        if not candidates:
            continue
        ids = [c.id for c in candidates]
        births = {r[0]: (r[1], r[2]) for r in book.store.q(
            f"SELECT id, birth_date, birth_year FROM clients WHERE id IN"
            f" ({','.join('?' * len(ids))})", ids)}
        # Best score first; a client whose birth agrees beats one whose birth is unknown.
        agreeing = [(c, _birth_agrees(client, *births.get(c.id, (None, None))))
                    for c in candidates]
        agreeing = [(c, a) for c, a in agreeing if a is not False]
        agreeing.sort(key=lambda ca: not ca[1])
        if agreeing:
            cand, agrees = agreeing[0]
            out.append(ExistingMatch(row_number, cand.id, cand.display_name, cand.score,
                                     bool(agrees)))
    return out
