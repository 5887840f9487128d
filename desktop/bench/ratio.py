"""SQLCipher against plain SQLite on the same workload, in the same run (a ratio is what is
comparable on a noisy shared machine).

The plain database is an export of the reference casebook itself (fictional demo data, in the
benchmark's own temporary folder), so both sides hold the same pages. The workload is the
app's hot path: name-ordered pages of the client list and their row batches, FTS5 prefix
searches, duplicate-key lookups, the Today ranges, the referrals list and small
``synchronous=FULL`` commits.
"""

from __future__ import annotations

import contextlib
import time
from pathlib import Path

import sqlcipher3

from models.connection import CACHE_KIB

_PREFIXES = ("ma", "mo", "ha", "ng", "ol", "fa", "am", "so", "ra", "li", "ka", "yu")


def _plain(path: Path) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "secure_delete = ON", "temp_store = MEMORY", f"cache_size = -{CACHE_KIB}"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def workload(conn: sqlcipher3.Connection) -> float:
    start = time.perf_counter()
    total = conn.execute("SELECT count(*) FROM clients").fetchone()[0]
    for offset in range(0, total, max(1, total // 20)):
        ids = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY sort_name, id"
                                          " LIMIT 200 OFFSET ?", (offset,))]
        conn.execute("SELECT id, display_name, city, status, owner_id, flags FROM clients"
                      f" WHERE id IN ({','.join('?' * len(ids))})", ids).fetchall()
    for prefix in _PREFIXES:
        conn.execute("SELECT c.id FROM clients c WHERE c.id IN (SELECT rowid FROM clients_fts"
                     " WHERE clients_fts MATCH ?) ORDER BY c.sort_name, c.id",
                     (f'"{prefix}"*',)).fetchall()
    keys = [r[0] for r in conn.execute("SELECT key FROM client_name_keys LIMIT 400")]
    for key in keys:
        conn.execute("SELECT client_id, count(*) FROM client_name_keys WHERE key IN (?, ?)"
                     " GROUP BY client_id LIMIT 200", (key, key[:-1])).fetchall()
    for day in ("2026-01-01", "2026-06-01", "2026-11-21", "2027-03-01"):
        conn.execute("SELECT f.id, f.title, c.display_name FROM followups f LEFT JOIN clients c"
                     " ON c.id = f.client_id WHERE f.status = 'open' AND f.due_date < ?"
                     " ORDER BY f.due_date DESC LIMIT 500", (day,)).fetchall()
    for status in ("sent", "draft", "accepted"):
        conn.execute("SELECT r.id, c.display_name, p.name FROM referrals r JOIN clients c ON"
                     " c.id = r.client_id JOIN partners p ON p.id = r.partner_id WHERE"
                     " r.status = ? ORDER BY r.updated_at DESC LIMIT 2000", (status,)).fetchall()
    for i in range(30):
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench', ?)", (str(i),))
        conn.execute("COMMIT")
    conn.execute("DELETE FROM meta WHERE key = 'bench'")
    return time.perf_counter() - start


def sqlcipher_vs_sqlite(encrypted: sqlcipher3.Connection, folder: Path,
                        runs: int = 3) -> tuple[float, dict]:
    """(ratio of median workload times, details)."""
    plain_path = folder / "bench-plain-export.db"
    encrypted.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
    try:
        encrypted.execute("SELECT sqlcipher_export('plaintext')")
    finally:
        encrypted.execute("DETACH DATABASE plaintext")
    plain = _plain(plain_path)
    try:
        workload(encrypted)
        workload(plain)  # warm both page caches the same way
        enc_times, plain_times = [], []
        for _ in range(runs):
            enc_times.append(workload(encrypted))
            plain_times.append(workload(plain))
    finally:
        plain.close()
        for p in folder.glob("bench-plain-export.db*"):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    enc_t, plain_t = sorted(enc_times)[runs // 2], sorted(plain_times)[runs // 2]
    return round(enc_t / plain_t, 3), {"sqlcipher_ms": round(enc_t * 1000, 1),
                                       "sqlite_ms": round(plain_t * 1000, 1)}
