"""Opening the SQLCipher database with a raw data key, in the order security.md gives."""

from __future__ import annotations

import re
from pathlib import Path

import sqlcipher3

from models.errors import CasebookCorrupt, DiskFull, ReadOnlyCasebook
from models.security import lockfile

_HEX64 = re.compile(r"^[0-9a-f]{64}$")
# A page cache sized to the reference casebook's working set (negative = KiB): most of
# SQLCipher's cost is decrypting pages again, so keeping them decrypted in memory pays.
# The first read of each page still costs about 18 us of CPU more than plain SQLite (issue
# 18, perf: HMAC-SHA512 10 us, OpenSSL context set-up 3.4 us, AES 0.8 us), and no pragma here
# changes that: SQLCipher ignores mmap_size for an encrypted file (every page is a read and a
# decryption), cache_spill only matters to large writes, and the kdf settings only to keying
# (a raw key skips PBKDF2). Only the file format would (HMAC algorithm, page size; see
# desktop/devtools/bench/ratio.py).
CACHE_KIB = 131072
# cipher_memory_security wipes every freed buffer. Issue #2 asks for it unless it costs more
# than 20 % on the benchmark workload; measured here (SQLCipher 4.19, 2 cores) it made 2,000
# client inserts 3.9x slower and 200 list searches 4.9x slower, and the reference casebook
# build 669 s instead of 103 s. So it is off: keys are still wiped on lock (keyslots.wipe).
MEMORY_SECURITY = False


def open_connection(path: Path, data_key: bytes | bytearray, *,
                    memory_security: bool = MEMORY_SECURITY) -> sqlcipher3.Connection:
    """Open and key the database. A failure after the key slot opened means damage."""
    hexkey = bytes(data_key).hex()
    # SQLCipher silently treats a malformed raw key as a passphrase: refuse it here.
    if not _HEX64.match(hexkey):
        raise ValueError("data key must be 32 bytes")
    if lockfile.read_only_reason(path):
        return _open_read_only(path, hexkey, memory_security)
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{hexkey}'\"")
        conn.execute("PRAGMA cipher_compatibility = 4")
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute(f"PRAGMA cipher_memory_security = {'ON' if memory_security else 'OFF'}")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate(exc, path) from None
    return conn


def _open_read_only(path: Path, hexkey: str, memory_security: bool) -> sqlcipher3.Connection:
    """The casebook's lock found it cannot be written (read-only media, a full disk). First
    SQLite's read-only mode, which still reads a WAL a crash left; where that cannot work
    (it needs to create the WAL's index file) the immutable mode, which reads the database
    file alone: nothing is written either way, and no one else can write (the lock)."""
    uri = Path(path).resolve().as_uri()
    error: Exception = CasebookCorrupt(path=str(path))
    for mode in ("mode=ro", "immutable=1"):
        conn = sqlcipher3.connect(f"{uri}?{mode}", uri=True, isolation_level=None,
                                  check_same_thread=False)
        try:
            conn.execute("PRAGMA cipher_log_level = NONE")
            conn.execute(f"PRAGMA key = \"x'{hexkey}'\"")
            conn.execute("PRAGMA cipher_compatibility = 4")
            conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA temp_store = MEMORY")
            conn.execute("PRAGMA trusted_schema = OFF")
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            conn.execute("PRAGMA cipher_memory_security = "
                         f"{'ON' if memory_security else 'OFF'}")
            return conn
        except sqlcipher3.DatabaseError as exc:
            conn.close()
            error = translate(exc, path)
            if isinstance(error, CasebookCorrupt):
                raise error from None
    raise error


def rekey_database(conn: sqlcipher3.Connection, key: bytes | bytearray) -> None:
    """Give the open database a new key (a seam for the fault tests)."""
    conn.execute(f"PRAGMA rekey = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def translate(exc: Exception, path: Path | str | None = None) -> Exception:
    """Map a sqlite error to the typed error a person understands."""
    text = str(exc).lower()
    name = Path(path).name if path else None
    if "readonly database" in text or "read-only" in text:
        return ReadOnlyCasebook(lockfile.read_only_reason(path) or "its file cannot be "
                                                                   "written")
    if "disk is full" in text or "database or disk is full" in text:
        return DiskFull()
    # "vtable constructor failed": the search index's own pages could not be read.
    if ("not a database" in text or "malformed" in text or "hmac" in text
            or "corrupt" in text or "vtable constructor failed" in text):
        where = f" ({name})" if name else ""
        return CasebookCorrupt(f"The casebook file is damaged{where}; restore it from a backup.",
                               path=str(path) if path else None)
    return exc
