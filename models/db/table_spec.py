"""One table's columns, written in one place: the SQL of the one-at-a-time insert a
repository makes and the bulk insert (an import, the demo casebook) are both made from it.

A repository keeps its row function (the validation a form's input goes through, returning
the values in ``columns`` order) next to its ``TableSpec``; the single insert and
``insert_many`` take the same rows, so a column or a rule added there reaches both (issue 19:
the demo once re-declared the columns of nine tables and copied their validation).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from models.audit import AuditLog
from models.db.store import Store


@dataclass(frozen=True)
class TableSpec:
    """``columns`` in row order, without ``id`` (SQLite assigns it on a single insert; a
    bulk insert gives it first). ``entity`` is the audit's name for a row (None: rows that are
    not records of their own, such as index rows and a referral's status events), and
    ``client_column`` the column holding the client's id, for the audit entry."""

    table: str
    columns: tuple[str, ...]
    entity: str | None = None
    client_column: str | None = None
    or_ignore: bool = False  # index rows: one already there is kept

    def insert_sql(self, *, with_id: bool = False) -> str:
        cols = ("id", *self.columns) if with_id else self.columns
        verb = "INSERT OR IGNORE" if self.or_ignore else "INSERT"
        return (f"{verb} INTO {self.table} ({', '.join(cols)})"  # noqa: S608 - names only
                f" VALUES ({', '.join('?' * len(cols))})")

    def insert_one(self, store: Store, row: Sequence) -> int:
        """Insert one validated row (SQLite gives the id) inside the caller's transaction;
        returns the id. The caller audits, as its operation names the action."""
        return store.x(self.insert_sql(), row)

    def insert_many(self, store: Store, rows: Sequence[Sequence], *,
                    audit_action: str = "import", with_ids: bool | None = None) -> int:
        """Insert validated rows with ``executemany`` inside the caller's transaction (which
        must be open: the rows and their audit entries commit together), with one audit
        entry per record, like an import. Rows of an audited table start with their id;
        returns how many rows were given."""
        if not rows:
            return 0
        ids = self.entity is not None if with_ids is None else with_ids
        store.conn.executemany(self.insert_sql(with_id=ids), rows)
        if self.entity is not None:
            at, uid = store.now_iso(), store.user.id
            if self.table == "clients":
                audit = [(at, uid, audit_action, self.entity, r[0], r[0]) for r in rows]
            elif self.client_column is not None:
                k = 1 + self.columns.index(self.client_column)
                audit = [(at, uid, audit_action, self.entity, r[0], r[k]) for r in rows]
            else:
                audit = [(at, uid, audit_action, self.entity, r[0], None) for r in rows]
            AuditLog(store.conn).append_many(audit)
        return len(rows)

    def next_id(self, store: Store) -> int:
        """The id after the highest in the table: a bulk insert gives ids from it on (safe
        while the casebook lock makes the caller the only writer)."""
        row = store.one(f"SELECT coalesce(max(id), 0) FROM {self.table}")  # noqa: S608
        return int(row[0]) + 1 if row else 1


@contextlib.contextmanager
def indexes_deferred(store: Store, specs: Sequence[TableSpec]) -> Iterator[None]:
    """Drop the secondary indexes of these tables for the duration of a bulk insert and make
    them again at the end, also when it fails.

    Each batch inserts into indexes keyed by name, date or status at random places: the pages
    one commit dirties grow with the index until every row dirties pages of its own, so the
    commits grew faster than the casebook (13.5 s of 81 s CPU at 50,000 demo clients, 4.3
    times the 20,000 figure; issue 18). An index made once at the end is sorted and written
    page by page. Unique indexes stay, to keep their checks; the caller must be the only
    writer (the casebook lock) and nothing may read these tables meanwhile.
    """
    tables = tuple(dict.fromkeys(spec.table for spec in specs))
    dropped = [(name, sql) for name, sql in store.q(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({', '.join('?' * len(tables))})"  # noqa: S608
        " ORDER BY name", tables)
        if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
    with store.tx():
        for name, _sql in dropped:
            store.x(f'DROP INDEX "{name}"')
    try:
        yield
    finally:
        with store.tx():
            for _name, sql in dropped:
                store.x(sql)
