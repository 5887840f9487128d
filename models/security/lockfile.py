"""One writer per casebook: an OS lock on the database file itself, plus ``name.wsdb.lock``.

The lock that matters is taken on the database file, so it follows the file's identity
(device and inode), not the name it was opened by: a hard-linked second name, or the same
file reached through another folder, meets the same lock. It is one byte inside SQLite's
"lock-byte page" (the page at 1 GiB that SQLite never reads or writes), past the bytes SQLite
locks itself, so it never meets SQLite's own locks and, on Windows where byte-range locks are
mandatory, never blocks a read or write of the database:

- Linux: an open-file-description lock (``F_OFD_SETLK``). It belongs to the descriptor, so a
  second open in the same process is refused too, and closing some other descriptor of the
  file (SQLite's, a backup reading it) does not drop it.
- Windows: ``msvcrt.locking`` on that byte (per handle, like the above).
- Other POSIX systems (macOS): a process-wide ``fcntl`` lock on that byte, plus a table of
  the files this process holds, keyed by device and inode. POSIX drops such a lock when the
  process closes *any* descriptor of the file, so there the name lock below is what keeps
  holding against another process opening by the same name.

``name.wsdb.lock`` is kept as before (an advisory ``flock``, with the pid written in it for a
person looking at the folder). Every lock here is held on an open descriptor, so the
operating system releases it when the process dies: a lock left by a killed process is stale
by construction and simply taken over. Every failure while acquiring releases what was taken.

A casebook that cannot be written is opened read-only (``read_only_reason``): on read-only
media the database lock is a shared (read) lock and the name lock is skipped (it cannot be
created): no one can write there anyway. Whether the casebook can be written is tried, not
guessed: a small file is written beside it while the lock is taken (permission bits say
nothing for root, and only a write finds a full disk). While the lock is held, the reason is
registered under the database's path, so ``models.db.connection`` opens the database read-only
and ``models.db.store`` refuses changes with one sentence.
"""

from __future__ import annotations

import contextlib
import errno
import os
import struct
import sys
from pathlib import Path

from models.errors import CasebookInUse

# Inside SQLite's lock-byte page (offset 2**30, at least 512 bytes long, 4096 in SQLCipher),
# past PENDING, RESERVED and the 510 SHARED bytes SQLite locks itself.
LOCK_OFFSET = 0x40000000 + 0x200 + 0x40
# Errors that mean "this file or its drive cannot be written", not "in use".
UNWRITABLE = (errno.EROFS, errno.EACCES, errno.EPERM)

_held_here: set[tuple[int, int]] = set()  # (device, inode) held by this process
_read_only: dict[str, str] = {}  # database path -> why it is open read-only
PROBE_BYTES = 256 * 1024

# sys.platform, not os.name (the same test on CPython): mypy understands it, so each branch
# is checked against its own platform's modules (msvcrt, fcntl).
if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock_db(fd: int, exclusive: bool) -> bool:
        # Windows has no shared byte-range lock through msvcrt: read-only opens lock too.
        try:
            os.lseek(fd, LOCK_OFFSET, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False

    def _flock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
else:
    import fcntl

    _OFD = getattr(fcntl, "F_OFD_SETLK", None)

    def _lock_db(fd: int, exclusive: bool) -> bool:
        kind = fcntl.F_WRLCK if exclusive else fcntl.F_RDLCK
        try:
            if _OFD is not None:
                # struct flock: l_type, l_whence, l_start, l_len, l_pid (0 for OFD locks)
                fcntl.fcntl(fd, _OFD, struct.pack("hhqqi4x", kind, os.SEEK_SET,
                                                  LOCK_OFFSET, 1, 0))
            else:  # pragma: no cover - macOS and the BSDs
                fcntl.lockf(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
                            | fcntl.LOCK_NB, 1, LOCK_OFFSET, os.SEEK_SET)
            return True
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EAGAIN):
                return False
            raise

    def _flock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except OSError:
            return False


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class CasebookLock:
    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._db_fd: int | None = None
        self._fd: int | None = None
        self._identity: tuple[int, int] | None = None
        self.read_only = False
        self.read_only_reason: str | None = None

    def acquire(self) -> None:
        """Take both locks or neither. A new casebook's database file is created (empty,
        private) here, so there is a file to lock. Raises ``CasebookInUse`` if another
        holder has the file; an ``OSError`` that is not about the lock passes through, with
        nothing held."""
        try:
            self._lock_database()
            self._lock_name()
            self.read_only_reason = ("its drive or file is read-only" if self.read_only
                                     else _probe(self.db_path.parent))
            if self.read_only_reason:
                _read_only[_key(self.db_path)] = self.read_only_reason
        except BaseException:
            self.release()
            raise

    def _lock_database(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        try:
            fd = os.open(self.db_path, flags, 0o600)
        except OSError as exc:
            if exc.errno not in UNWRITABLE:
                raise
            fd = os.open(self.db_path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            self.read_only = True
        self._db_fd = fd
        st = os.fstat(fd)
        identity = (st.st_dev, st.st_ino)
        if identity in _held_here or not _lock_db(fd, exclusive=not self.read_only):
            raise CasebookInUse()
        _held_here.add(identity)
        self._identity = identity

    def _lock_name(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            if self.read_only or exc.errno in UNWRITABLE + (errno.ENOSPC,):
                return  # read-only media or a full disk: the database lock holds alone
            raise
        self._fd = fd
        if not _flock(fd):
            raise CasebookInUse()
        # The pid helps a person who looks at the folder; it is not personal data, and on
        # a full disk it is simply not written.
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            os.write(fd, str(os.getpid()).encode())

    def release(self) -> None:
        # The lock file stays: unlinking it would let two later processes lock two inodes.
        for name in ("_fd", "_db_fd"):
            fd = getattr(self, name)
            if fd is not None:
                setattr(self, name, None)
                with contextlib.suppress(OSError):
                    os.close(fd)
        if self._identity is not None:
            _held_here.discard(self._identity)
            self._identity = None
        if self.read_only_reason is not None:
            _read_only.pop(_key(self.db_path), None)
            self.read_only_reason = None

    @property
    def held(self) -> bool:
        return self._db_fd is not None


def _key(path: Path | str) -> str:
    return os.path.normcase(os.path.abspath(path))


def read_only_reason(path: Path | str | None) -> str | None:
    """Why the casebook at ``path`` is open read-only in this process, or None."""
    return _read_only.get(_key(path)) if path is not None else None


def _probe_write(fd: int, data: bytes) -> None:
    os.write(fd, data)


def _probe(folder: Path) -> str | None:
    """None if a file can be written in ``folder``; else why not, as words for "because …"."""
    probe = folder / f".waystation-probe-{os.getpid()}.tmp"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        return _why(exc)
    try:
        _probe_write(fd, bytes(PROBE_BYTES))
        return None
    except OSError as exc:
        return _why(exc)
    finally:
        os.close(fd)
        with contextlib.suppress(OSError):
            os.unlink(probe)


def _why(exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "its disk is full"
    if exc.errno == errno.EROFS:
        return "its drive is read-only"
    return "its folder cannot be written"
