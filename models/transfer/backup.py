"""Encrypted backups: one file carrying the key header and a consistent database snapshot.

The snapshot is the checkpointed database file read under a write lock, or else comes from
SQLite's online backup between two keyed connections (copying the files of a live database
can tear them), so the bytes inside are SQLCipher pages under the same data key and the key
slots are the same slots: a backup opens with the same passphrases as the casebook did on the
day it was made. Nothing in the file is readable without a slot.

Layout: ``MAGIC``, the summary's length (4 bytes, big-endian), the summary (JSON: casebook id,
date, schema version, the key file, the database's size and SHA-256, and a digest of all of
these), then the database. Writing, checking and restoring all stream the database in
``CHUNK``-sized pieces, so memory does not grow with the casebook, and a hostile file claiming
gigabytes is refused on its length before it is read.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import io
import json
import os
import shutil
import struct
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import sqlcipher3

from models.db.atomic import atomic_write_bytes, fsync_dir, sweep_stale_temporaries
from models.db.casebook_files import casebook_files
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, DiskFull, InvalidInput
from models.permissions import Action
from models.security import keyslots

if TYPE_CHECKING:
    from models.open_casebook import OpenCasebook

MAGIC = b"WAYSTATION-BACKUP\n"
# /2 adds "check", a digest of every other field, so damage to the key header or the summary
# inside a backup is refused when it is read, not discovered as a "wrong passphrase" later.
FORMAT = "waystation-backup/2"
FORMATS = ("waystation-backup/1", FORMAT)
SUFFIX = ".wsbak"
MAX_META = 1 << 20


@dataclass(frozen=True)
class BackupInfo:
    casebook_id: str
    created_at: str
    schema_version: int
    size: int


CHUNK = 1 << 20  # streaming unit: memory stays a few chunks whatever the casebook's size
SYNC_EVERY = 64 << 20  # bytes a copy writes between waits for the disk (see _stream)
# fdatasync where the system has it (not macOS or Windows): the data, without the times.
_datasync = getattr(os, "fdatasync", os.fsync)
SNAPSHOT_CACHE_KIB = 4096  # page cache of both connections while SQLite's backup copies
SNAPSHOT_STEP = 1024  # pages per step of SQLite's backup


def _file_snapshot(conn: sqlcipher3.Connection, db_path: Path) -> tuple[BinaryIO, int] | None:
    """The database file, open for reading, when it alone is the casebook: the WAL
    checkpointed into the file and truncated, and a write lock held (until the caller's
    ROLLBACK) so nothing changes while it is read. This process is the casebook's only
    writer (the lock) and all its database work is serialised on one thread, so no other
    connection can hold the WAL open. Returns None if the WAL could not be emptied; the
    caller then falls back to SQLite's backup API. Five times faster than the backup API on
    the reference casebook, which re-encrypts every page and then had to check every page
    again."""
    busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        return None
    conn.execute("BEGIN IMMEDIATE")
    try:
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            conn.execute("ROLLBACK")
            return None
        fh = open(db_path, "rb")  # noqa: SIM115 - closed by the caller, with the ROLLBACK
        return fh, os.fstat(fh.fileno()).st_size
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def _snapshot(conn: sqlcipher3.Connection, key: bytes | bytearray, folder: Path,
              db_path: Path | None = None) -> Iterator[tuple[BinaryIO, int]]:
    """A consistent, encrypted copy of the database, as an open file and its size: the file
    itself when that is safe, else a copy made through a sibling file that only ever holds
    ciphertext. Read it in chunks; it is never held in memory whole."""
    if db_path is not None:
        held = _file_snapshot(conn, db_path)
        if held is not None:
            try:
                yield held
            finally:
                held[0].close()
                conn.execute("ROLLBACK")
            return
    _sweep_snapshots(folder)
    tmp = folder / f".waystation-snapshot-{os.getpid()}-{os.urandom(4).hex()}.tmp"
    try:
        # Created private first: SQLite gives its -wal and -journal the same mode.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        target = open_connection(tmp, key)
        # Both page caches small while the pages go through them: the copy is streamed a
        # step at a time, so memory does not grow with the casebook (it peaked near 320 MB
        # at 50,000 clients with the session's caches).
        (cache,) = conn.execute("PRAGMA cache_size").fetchone()
        try:
            target.execute("PRAGMA journal_mode = DELETE")
            target.execute(f"PRAGMA cache_size = -{SNAPSHOT_CACHE_KIB}")
            conn.execute(f"PRAGMA cache_size = -{SNAPSHOT_CACHE_KIB}")
            conn.backup(target, pages=SNAPSHOT_STEP)
            bad = target.execute("PRAGMA cipher_integrity_check").fetchall()
            if bad or target.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise CasebookCorrupt("The casebook is damaged; the backup was not written.")
        finally:
            conn.execute(f"PRAGMA cache_size = {int(cache)}")
            target.close()
        with open(tmp, "rb") as fh:
            yield fh, os.fstat(fh.fileno()).st_size
    finally:
        for p in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm"),
                  Path(str(tmp) + "-journal")):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()


def _sweep_snapshots(folder: Path) -> None:
    """Remove snapshots a killed backup left behind (ciphertext under a key that a later
    re-key retires, so they should not linger). Only those of processes that are gone."""
    if os.name != "posix":
        return
    for p in folder.glob(".waystation-snapshot-*-*.tmp*"):
        try:
            pid = int(p.name.split("-")[2])
            os.kill(pid, 0)
        except ProcessLookupError:
            with contextlib.suppress(OSError):
                p.unlink()
        except (ValueError, IndexError, OSError):
            continue


def _meta(header: bytes, casebook_id: str, created_at: str, version: int, db_size: int,
          db_sha256: str) -> bytes:
    fields = {"format": FORMAT, "casebook": casebook_id, "created_at": created_at,
              "schema_version": version, "header": base64.b64encode(header).decode("ascii"),
              "db_sha256": db_sha256, "db_size": db_size}
    return json.dumps({**fields, "check": _check(fields)}, sort_keys=True).encode()


def _pack(header: bytes, db: bytes, casebook_id: str, created_at: str, version: int) -> bytes:
    """A whole backup as bytes (small ones: tests and fuzzing). Files are written by
    ``_write_backup_file``, which streams; both give the same bytes."""
    meta = _meta(header, casebook_id, created_at, version, len(db),
                 hashlib.sha256(db).hexdigest())
    return MAGIC + struct.pack(">I", len(meta)) + meta + db


def _check(meta: dict) -> str:
    fields = {k: v for k, v in meta.items() if k != "check"}
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


def _write_backup_file(out: Path, header: bytes, src: BinaryIO, size: int, casebook_id: str,
                       created_at: str, version: int) -> int:
    """Stream ``size`` bytes of ``src`` into ``out`` behind the summary, through a temporary
    file renamed only when complete. The summary holds the database's digest, which is known
    only at the end: its place is written first with a placeholder of the same length (a
    digest is always 64 hex digits) and filled in before the rename. Returns the file size."""
    sweep_stale_temporaries(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    placeholder = _meta(header, casebook_id, created_at, version, size, "0" * 64)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + struct.pack(">I", len(placeholder)) + placeholder)
            digest = hashlib.sha256()
            copied = _stream(src, digest, fh)
            if copied != size:
                raise CasebookCorrupt("The casebook changed size while it was read; the "
                                      "backup was not written.")
            meta = _meta(header, casebook_id, created_at, version, size, digest.hexdigest())
            assert len(meta) == len(placeholder)
            fh.seek(len(MAGIC) + 4)
            fh.write(meta)
            fh.flush()
            os.fsync(fh.fileno())
            total = fh.seek(0, os.SEEK_END)
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return total


def _damaged(name: str) -> CasebookCorrupt:
    return CasebookCorrupt(f"The backup file {name} is damaged or is not a Waystation "
                           "backup.", path=name)


def _read_summary(fh: BinaryIO, size: int, name: str,
                  whole: bool = True) -> tuple[dict, bytes, int]:
    """The summary and key file of a backup open in ``fh`` (``size`` bytes long), checked,
    and where its database starts. Reads at most the summary (MAX_META), never the
    database: a hostile file claiming gigabytes is refused on its length before any of
    that is read. ``whole`` False accepts a file cut short (a backup whose writing was
    killed: it still carries the key file)."""
    damaged = _damaged(name)
    start = fh.read(len(MAGIC) + 4)
    if not start.startswith(MAGIC) or len(start) < len(MAGIC) + 4:
        raise damaged
    (n,) = struct.unpack(">I", start[len(MAGIC):])
    if n > MAX_META:
        raise damaged
    raw = fh.read(n)
    try:
        meta = json.loads(raw.decode("utf-8"))
        header = base64.b64decode(meta["header"], validate=True)
        if meta.get("format") not in FORMATS:
            raise ValueError
        if meta["format"] != FORMATS[0] and meta.get("check") != _check(meta):
            raise ValueError
        # read_info and restore_backup use these: a hand-made file must not reach them raw.
        if not (isinstance(meta["casebook"], str) and isinstance(meta["created_at"], str)
                and type(meta["schema_version"]) is int and type(meta["db_size"]) is int
                and isinstance(meta["db_sha256"], str)):
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeDecodeError, RecursionError):
        raise damaged from None
    offset = len(MAGIC) + 4 + n
    if len(raw) != n or (whole and size - offset != meta["db_size"]):
        raise damaged
    keyslots.Header.from_bytes(header, name)  # a damaged key header is refused here too
    return meta, header, offset


def _copy_checked(fh: BinaryIO, meta: dict, name: str, sink: BinaryIO | None = None) -> None:
    """Read the database part of a backup in chunks (into ``sink`` if given) and check its
    digest: damage anywhere in it is refused."""
    digest = hashlib.sha256()
    n = _stream(fh, digest, sink)
    if n != meta["db_size"] or digest.hexdigest() != meta["db_sha256"]:
        raise _damaged(name)


def _stream(src: BinaryIO, digest: hashlib._Hash, sink: BinaryIO | None = None) -> int:
    """Read ``src`` to its end in chunks, into ``digest`` (and ``sink``, if given); the
    number of bytes read. Each chunk is written on a second thread while this one hashes
    it: both release the GIL, so a restore's copy uses both cores instead of taking the
    sum of the two (at 200,000 clients about 1.1 s of SHA-256 and 1.1 s of the kernel
    copying 1.5 GB into the file; issue 18). One chunk is written at a time, in order, and
    memory stays two chunks. Every ``SYNC_EVERY`` bytes a third thread asks the disk to
    take what was written so far (unless its last request is still running), so the disk
    works while the copy goes on instead of receiving all 1.5 GB at the caller's final
    fsync, which still comes and is what makes the file durable."""
    n = 0
    unsynced = 0
    syncing: Future | None = None

    def write(chunk: bytes) -> None:
        nonlocal unsynced, syncing
        assert sink is not None and syncer is not None
        sink.write(chunk)
        unsynced += len(chunk)
        if unsynced >= SYNC_EVERY and (syncing is None or syncing.done()):
            if syncing is not None:
                # A failed sync is raised, not replaced: Linux reports a write-back error
                # once, so the final fsync would not see it again.
                syncing.result()
            sink.flush()
            syncing = syncer.submit(_datasync, sink.fileno())
            unsynced = 0

    with contextlib.ExitStack() as stack:
        pool = syncer = None
        if sink is not None:
            pool = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="backup-write"))
            syncer = stack.enter_context(ThreadPoolExecutor(1, thread_name_prefix="backup-sync"))
        while chunk := src.read(CHUNK):
            written = None if pool is None else pool.submit(write, chunk)
            digest.update(chunk)
            n += len(chunk)
            if written is not None:
                written.result()  # raises what the write raised (a full disk, say)
        if syncing is not None:
            syncing.result()
    return n


def _unpack(raw: bytes, name: str) -> tuple[dict, bytes, bytes]:
    """A whole backup given as bytes (tests and fuzzing): summary, key file, database."""
    fh = io.BytesIO(raw)
    meta, header, offset = _read_summary(fh, len(raw), name)
    _copy_checked(fh, meta, name)
    return meta, header, raw[offset:]


@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[tuple[BinaryIO, dict, bytes]]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below
    except FileNotFoundError:
        raise InvalidInput("backup file", "does not exist") from None
    except IsADirectoryError:
        raise InvalidInput("backup file", "is a folder, not a file") from None
    with fh:
        meta, header, _ = _read_summary(fh, os.fstat(fh.fileno()).st_size, path.name)
        yield fh, meta, header


def verify_backup(path: Path | str) -> BackupInfo:
    """Check a whole backup file (summary, key file, every byte of the database against its
    digest), reading it in chunks."""
    path = Path(path)
    with _open_backup(path) as (fh, meta, _):
        _copy_checked(fh, meta, path.name)
    return _info(meta, path.stat().st_size)


def _info(meta: dict, size: int) -> BackupInfo:
    return BackupInfo(meta["casebook"], meta["created_at"], int(meta["schema_version"]), size)


def backup_casebook_id(path: Path | str, *, whole: bool = True) -> str | None:
    """The casebook id a backup file names in its summary, or None if it is not a readable
    backup. Reads only the summary; ``whole`` False also names a backup cut short. (Erase
    uses it to find the backups of a casebook.)"""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            meta, _, _ = _read_summary(fh, os.fstat(fh.fileno()).st_size, path.name, whole)
    except (OSError, CasebookCorrupt):
        return None
    return meta["casebook"]


def write_backup(book: OpenCasebook, out: Path | str, *, replace: bool = True) -> BackupInfo:
    """Write and verify a backup. An interrupted write leaves any earlier file untouched.
    With ``replace`` False an existing file is refused (the command line's ``--force`` and
    the desktop's confirmation decide)."""
    store = book.store
    store.require(Action.EXPORT)
    out = Path(out)
    if not out.parent.is_dir():
        raise InvalidInput("backup file", "its folder does not exist")
    if out.is_dir():
        raise InvalidInput("backup file", "is a folder, not a file")
    if out.exists() and not replace:
        raise InvalidInput.of("backup file", "{name} already exists; choose another name or "
                              "confirm replacing it (--force)", name=out.name)
    _sweep_snapshots(out.parent)
    # The key file as it is on disk, as opaque bytes: it is what opens the snapshot.
    header = keyslots.header_path(book.path).read_bytes()
    version = store.scalar("PRAGMA user_version")
    created = store.now_iso()
    with _snapshot(store.conn, book._key, out.parent, book.path) as (src, size):
        total = _write_backup_file(out, header, src, size, book.casebook_id, created, version)
    # Verify what is on disk, not what we meant to write.
    verify_backup(out)
    with store.tx():
        store.audit("backup", "casebook")
    return BackupInfo(book.casebook_id, created, version, total)


def read_info(path: Path | str) -> BackupInfo:
    """What a backup holds, after checking all of it."""
    return verify_backup(path)


def restore_backup(path: Path | str, to: Path | str) -> BackupInfo:
    """Write the casebook held in a backup to ``to``. Never overwrites a casebook.

    Both files are written under temporary names, checked (the database against the digest
    in the summary) and renamed only when complete: the key file first, then the database.
    A restore killed before the renames leaves temporaries the next write sweeps; one killed
    between them leaves only the key file, identical to the backup's, and running the same
    restore again finishes the job rather than refusing."""
    path, to = Path(path), Path(to)
    if not path.is_file():
        raise InvalidInput("backup file", "does not exist")
    if not to.parent.is_dir():
        raise InvalidInput("restore target", "its folder does not exist")
    keys = keyslots.header_path(to)
    with _open_backup(path) as (fh, meta, header):
        taken = [p for p in casebook_files(to)[:4] if p.exists()]
        if taken and not (taken == [keys] and keys.read_bytes() == header):
            raise InvalidInput("restore target", "a casebook already exists there; choose a "
                                                 "new file name")
        sweep_stale_temporaries(to)
        if shutil.disk_usage(to.parent).free < meta["db_size"] + len(header):
            raise DiskFull("There is not enough free space for the restored casebook; "
                           "nothing was written.")
        tmp = to.with_name(f".{to.name}.{os.getpid()}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                         | getattr(os, "O_BINARY", 0), 0o600)
            with os.fdopen(fd, "wb") as sink:
                _copy_checked(fh, meta, path.name, sink)
                sink.flush()
                os.fsync(sink.fileno())
            # The key file first: a database without it opens for no one, and a key file
            # alone (identical to the backup's) is what a rerun recognises and completes.
            atomic_write_bytes(keys, header)
            os.replace(tmp, to)
            fsync_dir(to.parent)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
    return BackupInfo(meta["casebook"], meta["created_at"], int(meta["schema_version"]),
                      meta["db_size"])


def snapshot_before_upgrade(conn: sqlcipher3.Connection, key: bytes | bytearray,
                            path: Path) -> Path:
    """Before a migration, keep a backup beside the casebook so an upgrade can be undone."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    casebook_id = conn.execute("SELECT value FROM meta WHERE key = 'casebook_id'").fetchone()[0]
    out = path.with_name(f"{path.name}.pre-upgrade-v{version}{SUFFIX}")
    n = 1
    while os.path.lexists(out) and (out.is_symlink() or not out.is_file()):
        # Something that is not a backup file sits at the usual name (a directory made by
        # whoever can write the folder would otherwise stop every upgrade, unseen: review 2,
        # F7): the backup takes the next free name instead.
        n += 1
        out = path.with_name(f"{path.name}.pre-upgrade-v{version}-{n}{SUFFIX}")
    header = keyslots.header_path(path).read_bytes()
    with _snapshot(conn, key, path.parent, path) as (src, size):
        _write_backup_file(out, header, src, size, casebook_id, "", version)
    return out
