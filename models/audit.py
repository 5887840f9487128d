"""The audit trail: who did what to which record, hash-chained so history cannot be edited.

Rows hold ids only, never names or text. Each row's hash covers the previous hash and its
own fields; the head of the chain and the row count are kept in ``meta`` in the same
transaction, so editing, deleting or truncating rows all break ``verify``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlcipher3

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: int | None
    action: str
    entity: str
    entity_id: int | None
    client_id: int | None


def _digest(prev: str, at: str, user_id, action, entity, entity_id, client_id) -> str:
    payload = json.dumps([prev, at, user_id, action, entity, entity_id, client_id])
    return hashlib.sha256(payload.encode()).hexdigest()


class AuditLog:
    """Appends inside the caller's transaction; the caller owns BEGIN/COMMIT."""

    def __init__(self, conn: sqlcipher3.Connection) -> None:
        self._conn = conn

    def _head(self) -> tuple[str, int]:
        rows = dict(self._conn.execute(
            "SELECT key, value FROM meta WHERE key IN ('audit_head','audit_count')").fetchall())
        return rows.get("audit_head", GENESIS), int(rows.get("audit_count", 0))

    def append(self, at: str, user_id: int | None, action: str, entity: str,
               entity_id: int | None = None, client_id: int | None = None) -> None:
        self.append_many([(at, user_id, action, entity, entity_id, client_id)])

    def append_many(self, rows: list[tuple]) -> None:
        prev, count = self._head()
        out = []
        for at, user_id, action, entity, entity_id, client_id in rows:
            h = _digest(prev, at, user_id, action, entity, entity_id, client_id)
            out.append((at, user_id, action, entity, entity_id, client_id, prev, h))
            prev = h
        self._conn.executemany(
            "INSERT INTO audit (at, user_id, action, entity, entity_id, client_id, prev, hash)"
            " VALUES (?,?,?,?,?,?,?,?)", out)
        self._conn.executemany(
            "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
            [("audit_head", prev), ("audit_count", str(count + len(out)))])

    def for_client(self, client_id: int, limit: int = 500) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " WHERE client_id = ? ORDER BY seq DESC LIMIT ?", (client_id, limit)).fetchall()
        return [AuditEntry(*r) for r in rows]

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        rows = self._conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(*r) for r in rows]

    def verify(self) -> list[str]:
        """Problems found in the chain, each naming the entry; empty when intact."""
        problems: list[str] = []
        prev = GENESIS
        expected_seq = None
        count = 0
        cur = self._conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id, prev, hash"
            " FROM audit ORDER BY seq")
        for seq, at, user_id, action, entity, entity_id, client_id, stored_prev, h in cur:
            count += 1
            if expected_seq is not None and seq != expected_seq:
                problems.append(f"audit entries before #{seq} are missing")
            if stored_prev != prev:
                problems.append(f"audit entry #{seq} does not follow the one before it")
            if _digest(stored_prev, at, user_id, action, entity, entity_id, client_id) != h:
                problems.append(f"audit entry #{seq} was altered")
            prev = h
            expected_seq = seq + 1
            if len(problems) > 20:
                break
        head, stored_count = self._head()
        if not problems and (head != prev or stored_count != count):
            problems.append("the newest audit entries were removed")
        return problems
