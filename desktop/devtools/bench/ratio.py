"""SQLCipher against plain SQLite on the same workload, in the same run (a ratio is what is
comparable on a noisy shared machine), warm and cold.

The plain database is an export of the reference casebook itself (fictional demo data, in the
benchmark's own temporary folder), so both sides hold the same pages. The workload calls the
app's own repository methods (no copy of their SQL here): name-ordered pages of the client
list and their row batches, prefix searches, the duplicate check, Today's groups, the
referrals list and the small ``synchronous=FULL`` commits.

Warm: both connections have run the workload once, so their page caches hold what it reads.
Cold: a new connection for every run and a page cache smaller than the working set, so pages
are read (and, for SQLCipher, decrypted) while the clock runs — what the first search after
unlocking costs (issue 18: warm was 1.0x by construction, cold 2.6-3.5x).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from models.db.connection import CACHE_KIB, open_connection
from models.db.store import Store

_PREFIXES = ("ma", "mo", "ha", "ng", "ol", "fa", "am", "so", "ra", "li", "ka", "yu")
_NAMES = ("Muhammad Al Amin", "Ngyuen Thi Lan", "Fatema Zahra", "Aleksandr K")
COLD_CACHE_KIB = 2048  # far below the working set of the workload at 5,000 clients and up


def _plain(path: Path, cache_kib: int) -> sqlcipher3.Connection:
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON",
                   "secure_delete = ON", "temp_store = MEMORY", f"cache_size = -{cache_kib}"):
        conn.execute(f"PRAGMA {pragma}")
    return conn


def workload(store: Store) -> float:
    """Seconds the app's repository calls take on ``store``'s connection."""
    from desktop.clients.table_model import BATCH
    from models.clients import Clients
    from models.followups import BUCKETS, Followups
    from models.referrals import Referrals

    clients, followups, referrals = Clients(store), Followups(store), Referrals(store)
    start = time.perf_counter()
    ids = clients.search("")
    for offset in range(0, len(ids), max(1, len(ids) // 20)):
        clients.rows(ids[offset:offset + BATCH])
    for prefix in _PREFIXES:
        found = clients.search(prefix, limit=BATCH)
        clients.rows(found)
        clients.count_matching(prefix)
    for name in _NAMES:
        clients.duplicates(name)
    followups.today_counts()
    for bucket in BUCKETS:
        followups.today_page(bucket)
    for status in ("sent", "draft", "accepted"):
        referrals.search(status=status)
    for i in range(30):  # small synchronous=FULL commits through the store's transaction
        with store.tx():
            store.x("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench', ?)", (str(i),))
    with store.tx():
        store.x("DELETE FROM meta WHERE key = 'bench'")
    return time.perf_counter() - start


def _median(values: list[float]) -> float:
    return sorted(values)[len(values) // 2]


def sqlcipher_vs_sqlite(book, folder: Path, runs: int = 3) -> dict:  # noqa: ANN001
    """{"warm": (ratio, details), "cold": (ratio, details)} for the open casebook ``book``."""
    encrypted = book.store.conn
    plain_path = folder / "bench-plain-export.db"
    encrypted.execute(f"ATTACH DATABASE '{plain_path}' AS plaintext KEY ''")
    try:
        encrypted.execute("SELECT sqlcipher_export('plaintext')")
    finally:
        encrypted.execute("DETACH DATABASE plaintext")
    user = book.store.user

    def on(conn: sqlcipher3.Connection) -> Store:
        return Store(conn, user, path=None)

    def cold(make: Callable[[], sqlcipher3.Connection]) -> float:
        conn = make()
        try:
            conn.execute(f"PRAGMA cache_size = -{COLD_CACHE_KIB}")
            return workload(on(conn))
        finally:
            conn.close()

    out: dict = {}
    plain = _plain(plain_path, CACHE_KIB)
    try:
        warm_store = on(plain)
        workload(book.store)
        workload(warm_store)  # warm both page caches the same way
        enc, pla = [], []
        for _ in range(runs):
            enc.append(workload(book.store))
            pla.append(workload(warm_store))
        out["warm"] = _ratio(enc, pla)
    finally:
        plain.close()
    try:
        enc, pla = [], []
        for _ in range(runs):
            enc.append(cold(lambda: open_connection(Path(book.path), book._key)))
            pla.append(cold(lambda: _plain(plain_path, COLD_CACHE_KIB)))
        out["cold"] = _ratio(enc, pla)
    finally:
        for p in folder.glob("bench-plain-export.db*"):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
    return out


def _ratio(enc: list[float], plain: list[float]) -> tuple[float, dict]:
    e, p = _median(enc), _median(plain)
    return round(e / p, 3), {"sqlcipher_ms": round(e * 1000, 1), "sqlite_ms": round(p * 1000, 1),
                             "runs": len(enc)}
