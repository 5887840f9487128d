"""The SQLCipher ratio measures what its name and performance.md say (issue 18): cold means a
new connection for every run, a cache smaller than the working set, and beside it the app's
own cache (what the first searches after unlocking cost). The figures are the benchmark's,
never a test's."""

from __future__ import annotations

from pathlib import Path

from desktop.devtools.bench import ratio
from models.db.connection import CACHE_KIB


def test_cold_runs_are_new_connections_at_the_cold_and_the_app_cache(book, tmp_path,
                                                                     monkeypatch):
    real = ratio.workload
    calls: list[tuple[object, int, str]] = []

    def spy(store):  # noqa: ANN001, ANN202
        (cache,) = store.conn.execute("PRAGMA cache_size").fetchone()
        (_, _, file), = store.conn.execute("PRAGMA main.database_list").fetchall()
        calls.append((store.conn, cache, Path(file).name))
        return real(store)

    monkeypatch.setattr(ratio, "workload", spy)
    folder = tmp_path / "bench"
    folder.mkdir()
    got = ratio.sqlcipher_vs_sqlite(book, folder, runs=2)

    cold = calls[-8:]  # 2 runs x 2 sides x 2 cache sizes, after the warm phase
    conns = [c[0] for c in cold]
    assert all(a is not b for i, a in enumerate(conns) for b in conns[:i])  # all new
    assert not any(c is book.store.conn for c in conns)
    book_file = Path(book.path).name
    for cache in (-ratio.COLD_CACHE_KIB, -CACHE_KIB):
        files = sorted(f for _, c, f in cold if c == cache)
        assert files == sorted([book_file] * 2 + ["bench-plain-export.db"] * 2)

    value, detail = got["cold"]
    assert detail["cache_kib"] == ratio.COLD_CACHE_KIB and detail["runs"] == 2
    assert detail["cpu_ratio"] > 0 and value > 0
    first = detail["first_use"]
    assert first["cache_kib"] == CACHE_KIB and first["runs"] == 2 and first["cpu_ratio"] > 0
    assert not list(folder.glob("bench-plain-export.db*"))  # the plain copy is removed
