"""One process per casebook: an OS-level lock on ``name.wsdb.lock``.

The lock is an advisory lock held on an open file descriptor, so the operating system
releases it when the process dies: a lock file left behind by a killed process is stale by
construction and is simply taken over.
"""

from __future__ import annotations

import os
from pathlib import Path

from models.errors import CasebookInUse

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class CasebookLock:
    def __init__(self, db_path: Path) -> None:
        self.path = lock_path(db_path)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            os.close(fd)
            raise CasebookInUse()
        # The pid helps a person who looks at the folder; it is not personal data.
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            # The file stays: unlinking it would let two later processes lock two inodes.
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None
