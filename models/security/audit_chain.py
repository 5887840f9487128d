"""The audit chain as it is written: each entry's hash, the chain head in ``meta``, and
the signature over the head that every transaction appending entries adds.

``models.db.store`` writes through this module inside every transaction, so it sits below both
the store and ``models.audit`` (reading, the history views and ``verify``) and imports
neither (issue 19: no import cycles in models/).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable

import sqlcipher3
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

GENESIS = "0" * 64
_DOMAIN = b"waystation audit\x00"
SIG_TABLE = ("CREATE TABLE IF NOT EXISTS audit_sig (seq INTEGER PRIMARY KEY, "
             "signer BLOB NOT NULL, sig BLOB NOT NULL)")


# The encoder json.dumps builds on every call with its default settings (ASCII output, ", "
# and ": " separators, NaN allowed), built once: the same text, a third of the cost, which
# matters when verify hashes hundreds of thousands of entries. Only the check for circular
# containers is left out; a flat list of the row's values has none.
_ENCODE_ROW: Callable[[list[object], int], Iterable[str]] | None
try:
    from _json import make_encoder as _c_make_encoder
except ImportError:  # a Python without the C accelerator: json.dumps itself
    _ENCODE_ROW = None
else:
    _ENCODE_ROW = _c_make_encoder(None, json.JSONEncoder().default,
                                  json.encoder.encode_basestring_ascii, None, ": ", ", ",
                                  False, False, True)


def entry_digest(prev: str, at: str, user_id: object, action: object, entity: object,
                 entity_id: object, client_id: object) -> str:
    """The hash chaining one audit entry to the one before (audit.py and the checkpoint
    check recompute it, so it is public)."""
    # object: verify hashes whatever a row holds, which is not always what the app wrote.
    row = [prev, at, user_id, action, entity, entity_id, client_id]
    payload = "".join(_ENCODE_ROW(row, 0)) if _ENCODE_ROW is not None else json.dumps(row)
    return hashlib.sha256(payload.encode()).hexdigest()


def signed_message(casebook_id: str, seq: int, head: str,
                   roster_version: int | None = None, roster_hash: str | None = None) -> bytes:
    """What an audit signature covers. Since the roster version is signed too (review #2),
    a key file rolled back to an older roster than a signature names is reported by
    ``verify``; signatures made before that carry no version (NULL)."""
    tail = "" if roster_version is None else f"\x00roster {roster_version}"
    if roster_hash is not None:
        tail += f" {roster_hash}"
    return _DOMAIN + f"{casebook_id}\x00{seq}\x00{head}{tail}".encode()


def ensure_table(conn: sqlcipher3.Connection) -> None:
    """The signature table (created when a casebook is made or first opened by this version;
    idempotent, so it needs no schema migration number)."""
    conn.execute(SIG_TABLE)
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_sig)")}
    for name, kind in (("roster_version", "INTEGER"), ("roster_hash", "TEXT")):
        if name not in columns:
            try:
                conn.execute(f"ALTER TABLE audit_sig ADD COLUMN {name} {kind}")
            except sqlcipher3.Error:
                pass  # opened read-only: nothing is signed then; a writable open adds it


def has_roster_version(conn: sqlcipher3.Connection) -> bool:
    """Whether audit_sig has been widened with the signed roster version and hash."""
    columns = {r[1] for r in conn.execute("PRAGMA table_info(audit_sig)")}
    return {"roster_version", "roster_hash"} <= columns


def head_seq(conn: sqlcipher3.Connection) -> int:
    return conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]


def sign_head(conn: sqlcipher3.Connection, casebook_id: str, public: bytes,
              key: Ed25519PrivateKey) -> None:
    """Sign the chain head as it stands in the caller's transaction."""
    seq = head_seq(conn)
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if not seq or head is None:
        return
    # The roster version the database has recorded in this same transaction.
    rows = dict(conn.execute("SELECT key, value FROM meta WHERE key IN "
                             "('roster_version', 'roster_hash')").fetchall())
    if len(rows) < 2 or not has_roster_version(conn):  # format 1, or a table not widened
        conn.execute("INSERT OR REPLACE INTO audit_sig (seq, signer, sig) VALUES (?, ?, ?)",
                     (seq, public, key.sign(signed_message(casebook_id, seq, head[0]))))
        return
    version, digest = int(rows["roster_version"]), rows["roster_hash"]
    conn.execute("INSERT OR REPLACE INTO audit_sig (seq, signer, sig, roster_version,"
                 " roster_hash) VALUES (?, ?, ?, ?, ?)",
                 (seq, public, key.sign(signed_message(casebook_id, seq, head[0], version,
                                                       digest)), version, digest))


def chain_head(conn: sqlcipher3.Connection) -> tuple[str, int]:
    """The newest entry's hash and the number of entries, as ``meta`` records them."""
    rows = dict(conn.execute(
        "SELECT key, value FROM meta WHERE key IN ('audit_head','audit_count')").fetchall())
    return rows.get("audit_head", GENESIS), int(rows.get("audit_count", 0))


def append_many(conn: sqlcipher3.Connection, rows: list[tuple]) -> None:
    """Chain ``rows`` (at, user_id, action, entity, entity_id, client_id) onto the head,
    inside the caller's transaction."""
    prev, count = chain_head(conn)
    out = []
    for at, user_id, action, entity, entity_id, client_id in rows:
        h = entry_digest(prev, at, user_id, action, entity, entity_id, client_id)
        out.append((at, user_id, action, entity, entity_id, client_id, prev, h))
        prev = h
    conn.executemany(
        "INSERT INTO audit (at, user_id, action, entity, entity_id, client_id, prev, hash)"
        " VALUES (?,?,?,?,?,?,?,?)", out)
    conn.executemany(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
        [("audit_head", prev), ("audit_count", str(count + len(out)))])
