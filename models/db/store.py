"""The unit every domain module works through: one connection, the signed-in user, the clock,
transactions and the audit trail."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import sqlcipher3

from models import permissions
from models.db.connection import translate
from models.errors import CasebookLocked, NotFound
from models.permissions import Action
from models.security import audit_chain
from models.security.lockfile import read_only_reason

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class User:
    id: int
    name: str
    role: str
    active: bool = True


class Store:
    def __init__(self, conn: sqlcipher3.Connection, user: User, clock: Clock = utc_now,
                 path: str | None = None) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self.user = user
        self.clock = clock
        self.path = path
        self._depth = 0
        # (casebook id, Ed25519 public key, private key) of the signed-in member's slot: each
        # transaction that appends audit entries signs the new chain head (models.audit).
        # None for a casebook whose key file predates signing (format 1).
        self.signer: tuple[str, bytes, Any] | None = None

    # -- connection ----------------------------------------------------------------------
    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise CasebookLocked()
        return self._conn

    @property
    def read_only(self) -> str | None:
        """Why this casebook is open read-only (words for "because …"), or None."""
        return read_only_reason(self.path)

    def detach(self) -> sqlcipher3.Connection | None:
        conn, self._conn = self._conn, None
        return conn

    def q(self, sql: str, params: Any = ()) -> list[tuple]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc, self.path) from None

    def one(self, sql: str, params: Any = ()) -> tuple | None:
        rows = self.q(sql, params)
        return rows[0] if rows else None

    def scalar(self, sql: str, params: Any = ()) -> Any:
        """The one value of a query that always returns a row (``count(*)``, ``sum``, a
        PRAGMA); ``one`` is for a row that may be missing, and is typed so."""
        return self.q(sql, params)[0][0]

    def x(self, sql: str, params: Any = ()) -> int:
        """Execute a write; returns lastrowid. Must run inside ``tx()``."""
        try:
            return self.conn.execute(sql, params).lastrowid
        except sqlcipher3.IntegrityError:
            raise
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc, self.path) from None

    @contextlib.contextmanager
    def tx(self) -> Iterator[None]:
        """One transaction around a multi-row change; nested calls join the outer one.
        On a casebook open read-only there is nothing to commit: the block runs as it is,
        and its first write is refused by SQLite, as ``ReadOnlyCasebook`` (``translate``)."""
        conn = self.conn
        if self.read_only:
            yield
            return
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher3.DatabaseError as exc:
            raise translate(exc, self.path) from None
        self._depth = 1
        try:
            before = audit_chain.head_seq(conn) if self.signer else 0
            yield
            if self.signer and audit_chain.head_seq(conn) != before:
                audit_chain.sign_head(conn, *self.signer)
            conn.execute("COMMIT")
        except BaseException as exc:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher3.DatabaseError) and not isinstance(
                    exc, sqlcipher3.IntegrityError):
                raise translate(exc, self.path) from None
            raise
        finally:
            self._depth = 0

    # -- rules ---------------------------------------------------------------------------
    def require(self, action: Action) -> None:
        permissions.require(self.user.role, action)

    def can(self, action: Action) -> bool:
        return permissions.allowed(self.user.role, action)

    def now(self) -> dt.datetime:
        return self.clock()

    def now_iso(self) -> str:
        return self.clock().astimezone(dt.UTC).isoformat(timespec="seconds")

    def today(self) -> dt.date:
        return self.clock().astimezone().date()

    def audit(self, action: str, entity: str, entity_id: int | None = None,
              client_id: int | None = None) -> None:
        if self.read_only:
            return  # nothing can change, and nothing can be recorded (unlock, backup, export)
        audit_chain.append_many(self.conn, [(self.now_iso(), self.user.id, action, entity,
                                             entity_id, client_id)])

    def exists(self, table: str, ident: int, kind: str) -> None:
        if self.one(f"SELECT 1 FROM {table} WHERE id = ?", (ident,)) is None:
            raise NotFound(kind, ident)

    # -- settings ------------------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.one("SELECT value FROM settings WHERE key = ?", (key,))
        return json.loads(row[0]) if row else default


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads_list(text: str | None) -> tuple:
    return tuple(json.loads(text)) if text else ()
