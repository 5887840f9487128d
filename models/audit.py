"""The audit trail: who did what to which record, hash-chained and signed by its authors.

Rows hold ids only, never names or text. Each row's hash covers the previous hash and its
own fields; the head of the chain and the row count are kept in ``meta`` in the same
transaction, so editing, deleting or truncating rows all break ``verify``.

The hash chain alone can be recomputed by anyone holding the data key, so every transaction
that appends entries also stores one Ed25519 signature by the signed-in member's slot key over
the new chain head (``audit_sig``: one row per commit, not per entry, so bulk writes stay
fast). ``verify`` checks each batch against the key of the member its entries claim as author
(keys come from the signed roster, ``models.security.roster``): nobody can write, alter or delete
entries in another member's name without ``verify`` naming the first bad entry. What the
signatures cannot stop: a member holding the data key can drop the newest entries back to any
earlier signed point (see SECURITY.md, "What a member who holds a key can and cannot do").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import sqlcipher3
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

# The chain as written (models.security.audit_chain): imported here for verify, and kept as names of
# this module for the callers and tests that read them from here.
from models.security.audit_chain import GENESIS as GENESIS
from models.security.audit_chain import append_many, chain_head, has_roster_version
from models.security.audit_chain import entry_digest as entry_digest
from models.security.audit_chain import head_seq as head_seq
from models.security.audit_chain import signed_message as signed_message

if TYPE_CHECKING:
    from models.db.store import Store
    from models.security.audit_checkpoint import Checkpoint
    from models.security.roster import Entry


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    user_id: int | None
    action: str
    entity: str
    entity_id: int | None
    client_id: int | None


def record_bulk_read(store: Store, kind: str) -> None:
    """A bulk listing (every client at once, as the command line's ``list clients`` gives)
    is audited as one read, with no ids: who took the list and when."""
    from models.permissions import Action

    store.require(Action.VIEW)
    with store.tx():
        store.audit("list", kind)


class AuditLog:
    """Appends inside the caller's transaction; the caller owns BEGIN/COMMIT (and the
    signature, which ``Store.tx`` adds before COMMIT)."""

    def __init__(self, conn: sqlcipher3.Connection, store: Store | None = None) -> None:
        self._conn = conn
        self._store = store

    def _head(self) -> tuple[str, int]:
        return chain_head(self._conn)

    def append(self, at: str, user_id: int | None, action: str, entity: str,
               entity_id: int | None = None, client_id: int | None = None) -> None:
        self.append_many([(at, user_id, action, entity, entity_id, client_id)])

    def append_many(self, rows: list[tuple]) -> None:
        append_many(self._conn, rows)

    def count(self) -> int:
        """How many entries the log holds (a summary's figure; no entry is shown)."""
        return int(self._conn.execute("SELECT count(*) FROM audit").fetchone()[0])

    def _require(self, action_name: str) -> None:
        if self._store is not None:
            from models.permissions import Action

            self._store.require(Action[action_name])

    def for_client(self, client_id: int, limit: int = 500) -> list[AuditEntry]:
        """A client file's history: anyone who may open the client file may see who read and
        changed it (the history tab), so this needs VIEW, not the coordinator's right."""
        self._require("VIEW")
        rows = self._conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " WHERE client_id = ? AND seq > 0 ORDER BY seq DESC LIMIT ?",
            (client_id, limit)).fetchall()
        return [AuditEntry(*r) for r in rows]

    def recent(self, limit: int = 200) -> list[AuditEntry]:
        """The whole log, newest first: a coordinator's right (READ_AUDIT)."""
        self._require("READ_AUDIT")
        rows = self._conn.execute(
            "SELECT seq, at, user_id, action, entity, entity_id, client_id FROM audit"
            " WHERE seq > 0 ORDER BY seq DESC LIMIT ?", (limit,)).fetchall()
        return [AuditEntry(*r) for r in rows]

    def verify(self, casebook_id: str | None = None, keys: dict[bytes, Entry] | None = None,
               names: dict[int, str] | None = None, unsigned_upto: int = 0,
               roster_version: int | None = None,
               roster_digests: list[str] | None = None,
               start: Checkpoint | None = None,
               checkpoints: list[Checkpoint] | None = None) -> list[str]:
        """Problems found in the chain, each naming the entry; empty when intact. With
        ``keys`` (every signing key the roster ever listed) each batch's signature is checked
        against the member its entries name as author; entries up to ``unsigned_upto``
        predate signing (a casebook upgraded from key file format 1). With
        ``roster_version`` (the key file's newest), a signature made under a newer roster
        version is reported: the key file and the database's roster record were rolled back;
        with ``roster_digests`` (every version's hash, oldest first) so is a signature naming a
        version the key file holds with another hash.

        With ``start`` (a checkpoint ``models.security.audit_checkpoint.choose`` trusts) only the
        entries after it are read: the chain continues from its hash, and of the signatures
        up to it only the roster versions they name are checked (in SQL). With
        ``checkpoints`` (a full check) every stored checkpoint's hash is compared with the
        chain as recomputed: a rewrite of history that a coordinator had checkpointed is
        named."""
        problems: list[str] = []
        names = names or {}

        def who(uid: int | None) -> str:
            return names.get(uid, f"user {uid}") if uid is not None else "nobody"

        after = start.seq if start is not None else 0
        problems += self._numbering(who)
        if keys is not None:
            # Each entry with the signature stored at its seq, if any, joined in SQL: the
            # signatures are streamed with the entries, never held all at once (one per
            # transaction: hundreds of thousands in a casebook used for years).
            cols = ("s.roster_version, s.roster_hash" if has_roster_version(self._conn)
                    else "NULL, NULL")
            sql = ("SELECT a.seq, a.at, a.user_id, a.action, a.entity, a.entity_id, "
                   f"a.client_id, a.prev, a.hash, s.signer, s.sig, {cols} FROM audit a "
                   "LEFT JOIN audit_sig s ON s.seq = a.seq WHERE a.seq > ? ORDER BY a.seq")
            if start is not None:
                problems += self._versions_before(after, roster_version, roster_digests)
        else:
            sql = ("SELECT seq, at, user_id, action, entity, entity_id, client_id, prev, hash, "
                   "NULL, NULL, NULL, NULL FROM audit WHERE seq > ? ORDER BY seq")
        marks = {cp.seq: cp.head for cp in checkpoints or ()}
        prev = GENESIS if start is None else start.head
        expected_seq = 1 if start is None else start.seq + 1
        count = 0 if start is None else start.count
        batch: list[tuple[int, int | None]] = []
        cur = self._conn.execute(sql, (after,))
        for (seq, at, user_id, action, entity, entity_id, client_id, stored_prev, h,
             signer, sig, signed_under, signed_hash) in cur:
            count += 1
            if expected_seq is not None and seq != expected_seq:
                problems.append(f"audit entries before #{seq} are missing")
            if stored_prev != prev:
                problems.append(f"audit entry #{seq} does not follow the one before it")
            if entry_digest(stored_prev, at, user_id, action, entity, entity_id, client_id) != h:
                problems.append(f"audit entry #{seq} was altered")
            if seq in marks and marks[seq] != h:
                problems.append(f"audit entries up to #{seq} were rewritten after a "
                                "coordinator's checkpoint had covered them")
            elif (checkpoints is not None and action == "checkpoint" and entity == "audit"
                  and seq not in marks):
                # The checkpoint rows are not signed as a set: a removed one is seen by the
                # audited entry written with it (a default verify then reads from an older
                # checkpoint, or from the first entry).
                problems.append(f"the audit checkpoint signed at entry #{seq} was removed")
            prev = h
            expected_seq = seq + 1
            if keys is not None and seq > unsigned_upto:
                batch.append((seq, user_id))
                if signer is not None:
                    # Keys come with the casebook's id they signed under (Casebook.verify).
                    assert casebook_id is not None
                    problem = self._check_batch(
                        casebook_id, keys, (bytes(signer), bytes(sig), signed_under,
                                            signed_hash), seq, h, batch, who)
                    if (not problem and signed_under is not None and roster_digests
                            and 0 < signed_under <= len(roster_digests)
                            and roster_digests[signed_under - 1] != signed_hash):
                        problem = (f"audit entry #{batch[0][0]} was signed under a version "
                                   f"{signed_under} of the list of members that the key file "
                                   "does not hold: the key file was rolled back")
                    if (not problem and roster_version is not None
                            and signed_under is not None and signed_under > roster_version):
                        problem = (f"audit entry #{batch[0][0]} was signed under version "
                                   f"{signed_under} of the list of members, but the key file's "
                                   f"newest is version {roster_version}: the key file was "
                                   "rolled back")
                    if problem:
                        problems.append(problem)
                    batch = []
            if len(problems) > 20:
                break
        if keys is not None and batch and len(problems) <= 20:
            first, uid = batch[0]
            problems.append(f"audit entry #{first} claims to be by {who(uid)} but is not "
                            "signed by anyone")
        head, stored_count = self._head()
        if not problems and (head != prev or stored_count != count):
            problems.append("the newest audit entries were removed")
        return problems

    def _numbering(self, who: Callable[[int | None], str]) -> list[str]:
        """Entries are numbered 1..N with no gap (the app never deletes one), counted in
        SQL without decoding a row: an entry written by hand at #0 or below, which no chain
        read starts from, is named here (review 2, F5), as is a gap anywhere."""
        lo, hi, total = self._conn.execute(
            "SELECT min(seq), max(seq), count(*) FROM audit").fetchone()
        if not total:
            return []
        problems: list[str] = []
        below = 0
        if lo < 1:
            outside = self._conn.execute(
                "SELECT seq, user_id FROM audit WHERE seq < 1 ORDER BY seq").fetchall()
            below = len(outside)
            problems += [f"audit entry #{seq} claims to be by {who(uid)} but is numbered "
                         "outside the audit trail (entries start at #1): it was written by "
                         "hand" for seq, uid in outside[:5]]
            if below > 5:
                problems.append(f"and {below - 5} more audit entries numbered below #1")
        if hi is not None and hi >= 1 and hi != total - below:
            # Only when something is missing: the first gap (a scan, not the cheap path).
            gap = None if self._conn.execute(
                "SELECT 1 FROM audit WHERE seq = 1").fetchone() is None else self._conn.execute(
                "SELECT a.seq + 1 FROM audit a WHERE a.seq BETWEEN 1 AND ? AND NOT EXISTS "
                "(SELECT 1 FROM audit b WHERE b.seq = a.seq + 1) ORDER BY a.seq LIMIT 1",
                (hi - 1,)).fetchone()
            first = 1 if gap is None else gap[0]
            problems.append(f"audit entry #{first} is missing (the entries run to #{hi} but "
                            f"there are {total - below})")
        return problems

    def _versions_before(self, upto: int, newest: int | None,
                         digests: list[str] | None) -> list[str]:
        """The roster versions named by the signatures up to a checkpoint, grouped in SQL
        (no entry is read): a key file rolled back since they were made is still seen."""
        if newest is None or not has_roster_version(self._conn):
            return []
        for version, digest, first in self._conn.execute(
                "SELECT roster_version, roster_hash, min(seq) FROM audit_sig WHERE seq <= ? "
                "AND roster_version IS NOT NULL GROUP BY roster_version, roster_hash "
                "ORDER BY 3", (upto,)):
            if version > newest or (digests and 0 < version <= len(digests)
                                    and digest is not None
                                    and digests[version - 1] != digest):
                return [f"audit entries up to #{first} were signed under a version {version} "
                        "of the list of members that the key file does not hold: the key "
                        "file was rolled back"]
        return []

    @staticmethod
    def _check_batch(casebook_id: str, keys: dict[bytes, Entry],
                     signature: tuple[bytes, bytes, int | None, str | None], seq: int,
                     head: str, batch: list[tuple[int, int | None]],
                     who: Callable[[int | None], str]) -> str | None:
        public, sig, version, digest = signature
        signer = keys.get(public)
        first, uid = batch[0]
        if signer is None:
            return (f"audit entry #{first} claims to be by {who(uid)} but is signed with a key "
                    "that was never on the roster")
        try:
            Ed25519PublicKey.from_public_bytes(public).verify(
                sig, signed_message(casebook_id, seq, head, version, digest))
        except (InvalidSignature, ValueError):
            return (f"audit entry #{first} claims to be by {who(uid)} but its signature does "
                    "not match")
        if signer.kind == "recovery":
            return None  # the recovery key acts for whoever it opened the casebook as
        for s, u in batch:
            if u != signer.user_id:
                return (f"audit entry #{s} claims to be by {who(u)} but is signed by "
                        f"{who(signer.user_id)}")
        return None
