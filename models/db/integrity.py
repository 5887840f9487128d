"""Checking a casebook's database for damage, naming every problem and never raising.

``Casebook.verify`` starts here. Each check runs on its own, so damage that stops one (a
page SQLite cannot decrypt, a search index whose configuration page is unreadable: SQLite
then says "vtable constructor failed") is reported as a sentence and the other checks still
run. Nothing here writes, so it works on a casebook opened read-only too.
"""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from models.db import page_macs
from models.db.connection import translate

MAX_SHOWN = 5
# The full-text search index (migration 1): the virtual table and the tables behind it.
SEARCH_INDEX = "clients_fts"


def check(conn: sqlcipher3.Connection, path: Path | str | None = None, *,
          full: bool = True, mac_key: bytes | None = None) -> list[str]:
    """Every problem found in the database: encrypted pages, SQLite's structure, the search
    index. Empty when intact.

    ``full`` (``verify --full``): SQLCipher's check of every page of the file, then SQLite's
    ``integrity_check`` (every b-tree's structure, every record, every index against its
    table). Otherwise (a default ``verify``) only SQLCipher's check: each page's HMAC,
    free pages included, so any change to the file's bytes that SQLCipher did not make
    (a flipped bit, a torn or cut write, an edit without the data key) is found on any
    page; what it cannot see is a page that was encrypted correctly but holds a broken
    structure (written by a program holding the data key, or by a fault in memory before
    encryption). That damage is found by ``--full``, and reading such a page later fails
    with a typed "damaged" error, never silently. When the page check finds anything, the
    structure check runs as well, so damage is named as ``--full`` would name it.

    Given ``mac_key`` (``page_macs.mac_key`` of ``conn``), a default verify's page check is
    ``page_macs``'s: the same MACs over the same pages, on both cores; SQLCipher's own runs
    without it, and names whatever ``page_macs`` finds. ``full`` always runs SQLCipher's
    own: the check to rely on stays the cipher's, not a copy of it that a change in
    SQLCipher's page format could leave behind unnoticed."""
    problems = _page_check(conn, path, None if full else mac_key)
    search = _search_index(conn, path)
    if not full and not problems and not search:
        return []
    problems += _rows(conn, "PRAGMA integrity_check", "database structure", path, ok="ok")
    return problems + search


def _page_check(conn: sqlcipher3.Connection, path: Path | str | None,
                mac_key: bytes | None) -> list[str]:
    what = "encrypted page check"
    if mac_key is None or not path:
        return _rows(conn, "PRAGMA cipher_integrity_check", what, path, ok=None)
    try:
        found = page_macs.bad_pages(path, mac_key)
    except OSError as exc:
        return [f"{what}: could not finish (the file could not be read: {exc.strerror})"]
    if not found:
        return []
    # Damage: SQLCipher's own check names it. Should it find nothing (the file changed
    # between the two reads), the pages this check found are named all the same.
    return (_rows(conn, "PRAGMA cipher_integrity_check", what, path, ok=None)
            or _shown(what, found))


def _rows(conn: sqlcipher3.Connection, sql: str, what: str, path: Path | str | None,
          ok: str | None) -> list[str]:
    try:
        rows = [str(r[0]) for r in conn.execute(sql).fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [f"{what}: could not finish ({_sentence(exc, path)})"]
    if ok is not None and rows == [ok]:
        return []
    return _shown(what, rows)


def _shown(what: str, rows: list[str]) -> list[str]:
    """The first ``MAX_SHOWN`` problems, then how many more there are."""
    return [f"{what}: {r}" for r in rows[:MAX_SHOWN]] + (
        [f"{what}: and {len(rows) - MAX_SHOWN} more"] if len(rows) > MAX_SHOWN else [])


def _search_index(conn: sqlcipher3.Connection, path: Path | str | None) -> list[str]:
    """Read every part of the search index: SQLite's integrity check does not always reach
    a virtual table whose own pages are damaged."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE name = ? OR name LIKE ? ORDER BY name",
        (SEARCH_INDEX, SEARCH_INDEX + "\\_%")).fetchall()] if _readable_schema(conn) else []
    if not names:
        return []
    try:
        for name in names:
            conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()
        if SEARCH_INDEX in names:
            conn.execute(f"SELECT count(*) FROM {SEARCH_INDEX} WHERE {SEARCH_INDEX} MATCH"
                         " 'a* OR e* OR i* OR o* OR u*'").fetchone()
    except sqlcipher3.DatabaseError as exc:
        return [f"search index: damaged, client search cannot work "
                f"({_sentence(exc, path)})"]
    return []


def _readable_schema(conn: sqlcipher3.Connection) -> bool:
    try:
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        return True
    except sqlcipher3.DatabaseError:
        return False


def _sentence(exc: Exception, path: Path | str | None) -> str:
    typed = translate(exc, path)
    text = str(typed) if typed is not exc else f"SQLite said: {exc}"
    return text.rstrip(".")
