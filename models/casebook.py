"""The ``Casebook`` facade: create, unlock, lock, and the domain behind one object.

Contributors: read CONTRIBUTING.md at the top of the repository first.

Unlocking checks the passphrase against the key slot *before* the database is touched, so a
wrong passphrase never changes a byte (S3) and a page-1 failure after a good slot can only
mean damage (R3).
"""

from __future__ import annotations

import contextlib
import os
import uuid
from functools import cached_property
from pathlib import Path

import sqlcipher3

from models import hygiene, keyslots, schema
from models.attempts import Attempts
from models.audit import AuditLog
from models.connection import open_connection, translate
from models.errors import (
    CasebookCorrupt,
    CasebookNotFound,
    InvalidInput,
    WrongPassphrase,
)
from models.keyslots import Header, KdfParams
from models.lockfile import CasebookLock
from models.store import Clock, Store, User, utc_now

SUFFIX = ".wsdb"
MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InvalidInput("passphrase", f"use at least {MIN_PASSPHRASE} characters")
    return passphrase


def check_user_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 64 or any(ord(ch) < 32 for ch in name):
        raise InvalidInput("user name", "use 1 to 64 printable characters")
    return name


def casebook_files(path: Path) -> list[Path]:
    """Every file that belongs to a casebook, existing or not."""
    path = Path(path)
    return [path, keyslots.header_path(path), path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"), path.with_name(path.name + ".lock"),
            Attempts.path_for(path)]


def unseal_slot(path: Path, header: Header, slot_id: str, passphrase: str | None,
                recovery_key: str | None = None,
                attempt_key: str | None = None) -> tuple[bytearray, bytes, keyslots.Slot]:
    """The data key from the user's slot (or the recovery slot), checked before anything
    reads the database: (data key, secret, slot). Failures count towards the growing delay
    under ``attempt_key`` (the user's slot by default) and say only "wrong"."""
    attempt_key = attempt_key or slot_id
    hygiene.disable_core_dumps()  # before the passphrase unwraps any key
    attempts = Attempts(path)
    attempts.check(attempt_key)
    if recovery_key is not None:
        slot = header.find(keyslots.RECOVERY_SLOT)
        secret = keyslots.recovery_secret(recovery_key)
    else:
        slot = header.find(slot_id)
        secret = keyslots.normalise(passphrase or "")
    try:
        if slot is None:
            # Spend the same effort as a real slot so timing does not reveal user names.
            keyslots.derive(secret, b"\0" * 16, KdfParams())
            raise WrongPassphrase()
        data_key = keyslots.unseal(header.casebook_id, slot, secret)
    except WrongPassphrase:
        attempts.failed(attempt_key)
        raise WrongPassphrase("Wrong user name or passphrase.") from None
    except CasebookCorrupt as exc:  # a tampered slot: name the file, as for other damage
        keys = keyslots.header_path(path)
        raise CasebookCorrupt(f"{str(exc).rstrip('.')} ({keys.name}); restore the key file "
                              "from a backup.", path=str(keys)) from None
    attempts.succeeded(attempt_key)
    return data_key, secret, slot


class Casebook:
    """An unlocked casebook. Use ``Casebook.create`` or ``Casebook.open``; ``close()`` locks."""

    def __init__(self, path: Path, store: Store, header: Header, data_key: bytearray,
                 lock: CasebookLock) -> None:
        self.path = Path(path)
        self.store = store
        self.header = header
        self._key = data_key
        self._lock = lock

    # -- creating and opening ------------------------------------------------------------
    @classmethod
    def create(cls, path: Path | str, user: str, passphrase: str, *,
               kdf: KdfParams | None = None, kdf_seconds: float = 0.5,
               clock: Clock = utc_now) -> tuple[Casebook, str]:
        """A new casebook with one coordinator. Returns it and the recovery key (shown once)."""
        path = Path(path)
        user = check_user_name(user)
        check_passphrase(passphrase)
        if any(p.exists() for p in casebook_files(path)[:2]):
            raise InvalidInput("path", "a casebook already exists there")
        if not path.parent.is_dir():
            raise InvalidInput("path", "the folder does not exist")
        hygiene.disable_core_dumps()  # before any key exists in this process
        params = kdf or keyslots.calibrate(kdf_seconds)
        casebook_id = uuid.uuid4().hex
        data_key = keyslots.new_data_key()
        recovery = keyslots.new_recovery_key()
        header = Header(casebook_id)
        slot_id = keyslots.slot_id_for(casebook_id, user)
        header.slots.append(keyslots.new_slot(casebook_id, slot_id, "user",
                                              keyslots.normalise(passphrase), data_key, params))
        header.slots.append(keyslots.new_slot(
            casebook_id, keyslots.RECOVERY_SLOT, "recovery",
            keyslots.recovery_secret(recovery), data_key, params))
        lock = CasebookLock(path)
        lock.acquire()
        try:
            conn = open_connection(path, data_key)
            os.chmod(path, 0o600)
            schema.upgrade(conn)
            store = Store(conn, User(0, user, "coordinator"), clock, str(path))
            with store.tx():
                store.x("INSERT INTO meta (key, value) VALUES ('casebook_id', ?)", (casebook_id,))
                store.x("INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                        (store.now_iso(),))
                uid = store.x("INSERT INTO users (name, role, slot_id, created_at)"
                              " VALUES (?, 'coordinator', ?, ?)", (user, slot_id, store.now_iso()))
                store.user = User(uid, user, "coordinator")
                store.audit("create", "casebook")
            # The header goes last: until it exists, the half-made casebook opens for no one.
            keyslots.write_header(path, header)
        except BaseException:
            lock.release()
            for p in casebook_files(path):
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            raise
        return cls(path, store, header, data_key, lock), recovery

    @classmethod
    def open(cls, path: Path | str, user: str, passphrase: str | None = None, *,
             recovery_key: str | None = None, clock: Clock = utc_now) -> Casebook:
        path = Path(path)
        if not path.exists() and not keyslots.header_path(path).exists():
            raise CasebookNotFound()
        header = keyslots.read_header(path)
        if not path.exists():
            raise CasebookCorrupt(f"The casebook database ({path.name}) is missing; "
                                  "restore it from a backup.", path=str(path))
        slot_id = keyslots.slot_id_for(header.casebook_id, user or "")
        data_key, secret, _slot = unseal_slot(path, header, slot_id, passphrase, recovery_key)
        if path.stat().st_size == 0:
            # SQLite would take an empty file for a new database and build one in it.
            raise CasebookCorrupt(f"The casebook database ({path.name}) is empty; restore it "
                                  "from a backup.", path=str(path))
        lock = CasebookLock(path)
        lock.acquire()
        try:
            conn, data_key = cls._connect(path, header, slot_id, data_key,
                                          secret)
            if schema.current_version(conn) == 0:
                conn.close()
                raise CasebookCorrupt(f"The casebook database ({path.name}) holds no casebook; "
                                      "restore it from a backup.", path=str(path))
            if 0 < schema.current_version(conn) < schema.latest_version():
                from models.backup import snapshot_before_upgrade
                snapshot_before_upgrade(conn, data_key, path)
            schema.upgrade(conn)
            row = conn.execute("SELECT id, name, role, active FROM users WHERE slot_id = ?",
                               (slot_id,)).fetchone()
            if recovery_key is None and (row is None or not row[3]):
                conn.close()
                raise WrongPassphrase("Wrong user name or passphrase.")
            if recovery_key is not None:
                row = conn.execute("SELECT id, name, role, active FROM users WHERE slot_id = ?"
                                   " AND active = 1", (slot_id,)).fetchone()
                if row is None:
                    conn.close()
                    raise WrongPassphrase("There is no such user in this casebook.")
            store = Store(conn, User(row[0], row[1], row[2]), clock, str(path))
            with store.tx():
                store.audit("unlock" if recovery_key is None else "unlock_recovery", "casebook")
        except sqlcipher3.DatabaseError as exc:
            # A damaged page read after the first one (users, schema version) is damage too.
            lock.release()
            raise translate(exc, path) from None
        except BaseException:
            lock.release()
            raise
        return cls(path, store, header, data_key, lock)

    @staticmethod
    def _connect(path: Path, header: Header, slot_id: str | None, data_key: bytearray,
                 secret: bytes) -> tuple[sqlcipher3.Connection, bytearray]:
        """Open with the slot's key; after a re-key interrupted by a crash, the pending slot's
        key is the one that opens, and the re-key is finished here."""
        try:
            return open_connection(path, data_key), data_key
        except CasebookCorrupt:
            if not header.pending:
                raise
        pending = next((s for s in header.pending
                        if s.slot_id in (slot_id, keyslots.RECOVERY_SLOT)
                        and (s.slot_id == slot_id or slot_id is None)), None)
        if pending is None:
            raise CasebookCorrupt(path=str(path))
        new_key = keyslots.unseal(header.casebook_id, pending, secret)
        conn = open_connection(path, new_key)
        header.slots, header.pending = header.pending, []
        keyslots.write_header(path, header)
        keyslots.wipe(data_key)
        return conn, new_key

    # -- locking -------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.store._conn is not None

    def close(self) -> None:
        """Lock: checkpoint the WAL into the file, close, drop the key, release the lock."""
        conn = self.store.detach()
        if conn is not None:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()
        keyslots.wipe(self._key)
        self._lock.release()
        self.__dict__.pop("_repos", None)

    lock = close

    def __enter__(self) -> Casebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- who and what --------------------------------------------------------------------
    @property
    def user(self) -> User:
        return self.store.user

    @property
    def casebook_id(self) -> str:
        return self.header.casebook_id

    @cached_property
    def clients(self):  # noqa: ANN201 - avoid import cycles in annotations
        from models.clients import Clients
        return Clients(self.store)

    @cached_property
    def partners(self):  # noqa: ANN201
        from models.partners import Partners
        return Partners(self.store)

    @cached_property
    def consents(self):  # noqa: ANN201
        from models.consents import Consents
        return Consents(self.store)

    @cached_property
    def referrals(self):  # noqa: ANN201
        from models.referrals import Referrals
        return Referrals(self.store)

    @cached_property
    def followups(self):  # noqa: ANN201
        from models.followups import Followups
        return Followups(self.store)

    @cached_property
    def notes(self):  # noqa: ANN201
        from models.notes import Notes
        return Notes(self.store)

    @cached_property
    def household(self):  # noqa: ANN201
        from models.household import Household
        return Household(self.store)

    @cached_property
    def screenings(self):  # noqa: ANN201
        from models.screenings import Screenings
        return Screenings(self.store)

    @cached_property
    def settings(self):  # noqa: ANN201
        from models.settings import Settings
        return Settings(self.store)

    @cached_property
    def users(self):  # noqa: ANN201
        from models.accounts import Accounts
        return Accounts(self)

    @cached_property
    def audit(self) -> AuditLog:
        return AuditLog(self.store.conn)

    # -- integrity -----------------------------------------------------------------------
    def verify(self) -> list[str]:
        """Every problem found: cipher page HMACs, SQLite integrity, the audit chain."""
        from models import integrity

        # Each check of the database on its own, naming what it found and never raising;
        # the audit chain is not read from a damaged database (its pages may be the damage).
        problems = integrity.check(self.store.conn, self.path)
        if problems:
            return problems
        problems += self.audit.verify()
        return problems


import models.sponsorship_schema  # noqa: E402,F401 - migration 2 and Casebook.sponsorships
import models.attachments_schema  # noqa: E402,F401 - migration 3 and Casebook.attachments
