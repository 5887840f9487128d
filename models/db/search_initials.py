"""Migration 4: each client's initials, so that a search for one letter lists its first page
by walking the name order instead of reading every match from the search index.

One letter typed matches most clients (``"a"*`` matches 105,000 of 200,000 through names
and note words): reading every match to find the first 200 in name order cost 24 ms of a
keystroke (issue 18). ``clients.initials`` has bit i set when a word of the client's search
row (``clients_fts``: names, other names, note text) starts with ``INITIALS[i]``; the bits
are read from the search index itself, one prefix query per letter, so the clients whose
bit is set are exactly those the search index matches. ``clients_initials`` (name order,
with the bits) then gives the first page by an index walk that stops after it.

Whatever writes a client's search row calls ``refresh`` for it in the same transaction
(``models.clients``, ``models.demo.bulk``).
"""

from __future__ import annotations

import sqlcipher3

# A search word of one of these characters is answered from the bits.
INITIALS = "abcdefghijklmnopqrstuvwxyz0123456789"
# The schema version that has the column (``models.db.schema.MIGRATIONS``). A casebook that
# cannot be written opens read-only at version 3, without it (``schema.READABLE_FROM``).
VERSION = 4


def present(conn: sqlcipher3.Connection) -> bool:
    """Whether ``conn``'s casebook has the initials (not one opened read-only at version 3)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0]) >= VERSION


def bit(words: list[str]) -> int | None:
    """The bit to test for a search of these (folded) words: one word of one character of
    INITIALS; None for any other search."""
    if len(words) != 1 or len(words[0]) != 1:
        return None
    i = INITIALS.find(words[0])
    return None if i < 0 else 1 << i


def _masks(conn: sqlcipher3.Connection, first: int | None, last: int | None) -> dict[int, int]:
    """Client id -> initials, from the search index (ids first..last, or every client)."""
    span = "" if first is None else " AND rowid BETWEEN ? AND ?"
    bounds = () if first is None else (first, last)
    masks: dict[int, int] = {}
    for i, ch in enumerate(INITIALS):
        for (rid,) in conn.execute("SELECT rowid FROM clients_fts WHERE clients_fts MATCH ?"
                                   + span, (f'"{ch}"*', *bounds)):
            masks[rid] = masks.get(rid, 0) | (1 << i)
    return masks


def refresh(conn: sqlcipher3.Connection, first: int, last: int) -> None:
    """Set the initials of clients ``first``..``last`` from their search rows (written
    just before, in the caller's transaction)."""
    masks = _masks(conn, first, last)
    conn.executemany("UPDATE clients SET initials = ? WHERE id = ?", [
        (masks.get(cid, 0), cid) for cid, old in conn.execute(
            "SELECT id, initials FROM clients WHERE id BETWEEN ? AND ?", (first, last))
        if masks.get(cid, 0) != old])


def migrate(conn: sqlcipher3.Connection) -> None:
    """Migration 4 (``models.db.schema.MIGRATIONS``)."""
    conn.execute("ALTER TABLE clients ADD COLUMN initials INTEGER NOT NULL DEFAULT 0")
    # Every client starts at 0: only those with a search word are written.
    conn.executemany("UPDATE clients SET initials = ? WHERE id = ?",
                     [(m, cid) for cid, m in _masks(conn, None, None).items()])
    conn.execute("CREATE INDEX clients_initials ON clients(sort_name, id, initials)")
