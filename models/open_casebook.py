"""What an unlocked casebook holds, and how it locks.

``models.casebook.Casebook`` adds creating, opening, verify and the repositories on top of
this class. The modules the facade composes and that change the keys themselves (member
changes in ``models.accounts``, format-1 key files in ``models.security.keys_legacy``, backups in
``models.transfer.backup``) take an ``OpenCasebook``, so they sit below the facade instead of
importing it back (issue 19: no import cycles in models/).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Self

import sqlcipher3

from models.db.store import Store, User
from models.security import keyslots
from models.security.keyslots import Header
from models.security.lockfile import CasebookLock


class OpenCasebook:
    """An unlocked casebook's files, connection, key file, data key and signed-in slot."""

    def __init__(self, path: Path, store: Store, header: Header, data_key: bytearray,
                 lock: CasebookLock, keys: keyslots.SlotKeys | None = None,
                 slot_id: str | None = None) -> None:
        self.path = Path(path)
        self.store = store
        self.header = header
        self._key = data_key
        self._lock = lock
        self._keys = keys  # the signed-in slot's private keys (signing roster changes)
        self._slot_id = slot_id  # that slot's id (the recovery slot after a recovery open)
        # Sentences for whoever opened it, shown once by the CLI and the desktop: the key
        # file is still format 1, or this open upgraded it (review 2, F2 and F7).
        self.notices: list[str] = []

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

    def __enter__(self) -> Self:
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
