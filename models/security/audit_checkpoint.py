"""Signed audit checkpoints: where ``verify`` may start instead of at the first entry.

A checkpoint says "the audit chain up to entry #seq, whose hash is ``head`` and which holds
``count`` entries, was verified entry by entry and signature by signature", under roster
version ``roster_version`` (with its hash). It is written by a verify that found nothing,
and only when the member who ran it is a coordinator (or signed in with the recovery key) on
the newest signed roster; it is signed with that member's slot key (Ed25519).

A default ``verify`` starts at the newest checkpoint it trusts: one whose signature checks
against a key that is a coordinator's (or the recovery slot's) on the *newest* roster, naming
a roster version the key file holds with the same hash. Every other checkpoint is either
forged (its signature does not check, or its key was never a coordinator's on the version it
names: reported) or was signed by a coordinator since demoted or removed (not used, not
reported: their signing key is kept when their role changes, so a demoted coordinator could
sign new ones). Entries before the starting checkpoint are not re-read, except that entry
#seq must still hash to ``head``, the number of entries up to it must still be ``count``,
every entry's stored ``prev`` must still be the stored hash of the one before (checked in
SQL), and the roster versions named by the signatures up to it must still be in the key
file. The older entries are not re-hashed and their signatures not re-checked: an entry
whose fields were changed under its stored hash (edited in place, or replaced by a forged
one copying its number, ``prev`` and ``hash``) is found only by ``verify --full``, and a
coordinator's default verify signs a new checkpoint over it (which does not hide it from
``--full``). See SECURITY.md (S7) and docs/performance.md.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlcipher3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.security import audit_chain
from models.security.audit_chain import GENESIS, entry_digest

if TYPE_CHECKING:
    from models.db.store import Store
    from models.security.roster import Roster

_DOMAIN = b"waystation audit checkpoint\x00"
# Idempotent (no schema migration number), made by the first checkpoint written; a casebook
# without it simply has no checkpoint and is verified from the first entry.
TABLE = ("CREATE TABLE IF NOT EXISTS audit_checkpoint (seq INTEGER PRIMARY KEY, "
         "head TEXT NOT NULL, count INTEGER NOT NULL, roster_version INTEGER NOT NULL, "
         "roster_hash TEXT NOT NULL, signer BLOB NOT NULL, sig BLOB NOT NULL)")


@dataclass(frozen=True)
class Checkpoint:
    seq: int
    head: str
    count: int
    roster_version: int
    roster_hash: str
    signer: bytes
    sig: bytes


def message(casebook_id: str, seq: int, head: str, count: int, roster_version: int,
            roster_hash: str) -> bytes:
    """What a checkpoint's signature covers."""
    return _DOMAIN + (f"{casebook_id}\x00{seq}\x00{head}\x00{count}\x00"
                      f"{roster_version}\x00{roster_hash}").encode()


def load(conn: sqlcipher3.Connection) -> list[Checkpoint]:
    """Every stored checkpoint, oldest first (none if the table was never made)."""
    if conn.execute("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = "
                    "'audit_checkpoint'").fetchone() is None:
        return []
    return [Checkpoint(int(s), str(h), int(c), int(v), str(d), bytes(p), bytes(g))
            for s, h, c, v, d, p, g in conn.execute(
                "SELECT seq, head, count, roster_version, roster_hash, signer, sig "
                "FROM audit_checkpoint ORDER BY seq")]


def _signature_checks(casebook_id: str, cp: Checkpoint) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(cp.signer).verify(
            cp.sig, message(casebook_id, cp.seq, cp.head, cp.count, cp.roster_version,
                            cp.roster_hash))
    except (InvalidSignature, ValueError):
        return False
    return True


def _may_sign(roster: Roster, public: bytes) -> bool:
    # ``governs``: a coordinator or the recovery slot, not with a key the upgrade made.
    return any(e.signing == public and roster.governs(e) for e in roster.entries)


def choose(conn: sqlcipher3.Connection, casebook_id: str,
           chain: list[Roster]) -> tuple[Checkpoint | None, list[str]]:
    """The newest checkpoint to start from, and the problems found with the stored ones:
    forged checkpoints, one naming a roster version the key file does not hold, or one
    past the newest entry (the entries it covered were removed)."""
    problems: list[str] = []
    trusted: Checkpoint | None = None
    newest_seq = conn.execute("SELECT coalesce(max(seq), 0) FROM audit").fetchone()[0]
    for cp in load(conn):
        where = f"the audit checkpoint at entry #{cp.seq}"
        if not 0 < cp.roster_version <= len(chain) or (
                chain[cp.roster_version - 1].digest != cp.roster_hash):
            problems.append(f"{where} names a version of the list of members that the key "
                            "file does not hold: the key file was rolled back, or the "
                            "checkpoint was forged")
            continue
        if (not _may_sign(chain[cp.roster_version - 1], cp.signer)
                or not _signature_checks(casebook_id, cp)):
            problems.append(f"{where} is not signed by a coordinator: it was forged")
            continue
        if cp.seq > newest_seq:
            problems.append(f"audit entries after #{newest_seq} were removed ({where} "
                            "covers them)")
            continue
        if _may_sign(chain[-1], cp.signer):
            trusted = cp  # oldest first: the last one kept is the newest
    return trusted, problems


def check_start(conn: sqlcipher3.Connection, cp: Checkpoint) -> list[str]:
    """What a default verify can still check cheaply about the entries it does not re-read:
    entry #seq is there with the signed hash, as many entries up to it as the checkpoint
    counts, and every link (each entry's ``prev`` is the stored hash of the one before)."""
    row = conn.execute("SELECT at, user_id, action, entity, entity_id, client_id, prev, hash"
                       " FROM audit WHERE seq = ?", (cp.seq,)).fetchone()
    if row is None:
        return [f"audit entry #{cp.seq} was removed (the audit checkpoint there is signed)"]
    at, user_id, action, entity, entity_id, client_id, prev, h = row
    if h != cp.head or entry_digest(prev, at, user_id, action, entity, entity_id,
                                    client_id) != h:
        return [f"audit entry #{cp.seq} was altered (the audit checkpoint there is signed)"]
    # count(*) over the whole table counts the cells of its smallest index (no row is
    # decoded); the entries after the checkpoint, and any numbered below 1 (named by
    # ``AuditLog.verify``), are short ranges of the table itself.
    (total,) = conn.execute("SELECT count(*) FROM audit").fetchone()
    (outside,) = conn.execute("SELECT count(*) FROM audit WHERE seq > ? OR seq < 1",
                              (cp.seq,)).fetchone()
    count = total - outside
    if count != cp.count:
        return [f"audit entries before #{cp.seq} were removed or added (the audit checkpoint "
                f"there counts {cp.count}, the casebook holds {count})"]
    # Every link up to the checkpoint's entry, whose hash (and so whose ``prev``) is signed:
    # a rewrite before it that keeps the count (review 2, F1: entries deleted, as many forged
    # at the same numbers, the chain recomputed) must change a stored hash, which breaks a
    # link. One join on the primary key, in SQL (about 0.7 s CPU at 650,000 entries); the
    # entries' fields are not re-hashed, so an entry changed under its stored hash is left to
    # ``verify --full`` (SECURITY.md, S7).
    first = conn.execute("SELECT seq, prev FROM audit WHERE seq >= 1 ORDER BY seq LIMIT 1"
                         ).fetchone()
    if first is not None and first[0] == 1 and first[1] != GENESIS:
        return [f"audit entry #1 does not start the audit trail (the audit checkpoint at "
                f"#{cp.seq} is signed)"]
    broken = conn.execute(
        "SELECT b.seq FROM audit a JOIN audit b ON b.seq = a.seq + 1 WHERE a.seq BETWEEN 1 "
        "AND ? AND b.prev IS NOT a.hash ORDER BY a.seq LIMIT 1", (cp.seq - 1,)).fetchone()
    if broken is not None:
        return [f"audit entry #{broken[0]} does not follow the one before it (the audit "
                f"checkpoint at #{cp.seq} is signed): entries before it were rewritten"]
    return []


def signer_may_checkpoint(store: Store, chain: list[Roster]) -> bool:
    """Whether the signed-in member may write checkpoints: a coordinator or the recovery slot
    on the newest roster (never a caseworker or volunteer: a checkpoint lets a default verify
    skip the entries before it)."""
    return bool(chain) and store.signer is not None and not store.read_only and _may_sign(
        chain[-1], store.signer[1])


def write(store: Store, chain: list[Roster], verified: int) -> None:
    """After a verify that found nothing up to entry #``verified``: an audited checkpoint at
    the new chain head, signed by the signed-in coordinator. The caller has checked
    ``signer_may_checkpoint``. Nothing is written if entries were added since the verify
    read the chain (they were not verified)."""
    if store.signer is None:  # the caller checked signer_may_checkpoint: never on a path
        raise RuntimeError("A checkpoint needs the signed-in coordinator's signing key.")
    casebook_id, public, key = store.signer
    latest = chain[-1]
    with store.tx():
        conn = store.conn
        if audit_chain.head_seq(conn) != verified:
            return
        store.audit("checkpoint", "audit")
        conn.execute(TABLE)
        seq = audit_chain.head_seq(conn)
        head, count = audit_chain.chain_head(conn)
        conn.execute(
            "INSERT OR REPLACE INTO audit_checkpoint (seq, head, count, roster_version, "
            "roster_hash, signer, sig) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (seq, head, count, latest.version, latest.digest, public,
             key.sign(message(casebook_id, seq, head, count, latest.version, latest.digest))))
