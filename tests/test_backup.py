"""Backups are encrypted, verified and restorable (R4)."""

from __future__ import annotations

import pytest

from models.backup import read_info, restore_backup, write_backup
from models.casebook import Casebook
from models.clients import Client
from models.errors import CasebookCorrupt, InvalidInput
from tests.conftest import PASS


def _dump(book):
    conn = book.store.conn
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_schema WHERE type='table' AND name NOT LIKE 'clients_fts%'"
        " AND name NOT IN ('audit', 'meta') ORDER BY name")]
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_round_trip_is_equal(book, tmp_path):
    for i in range(30):
        book.clients.add(Client(f"Client {i}", city="Ottawa"))
    before = _dump(book)
    out = tmp_path / "usb" / "casebook.wsbak"
    out.parent.mkdir()
    info = write_backup(book, out)
    assert info.casebook_id == book.casebook_id and read_info(out).size == info.size
    book.close()
    target = tmp_path / "restored" / "casebook.wsdb"
    target.parent.mkdir()
    restore_backup(out, target)
    again = Casebook.open(target, "ana", PASS)
    assert _dump(again) == before
    assert again.clients.search("client 2") and again.verify() == []
    assert b"Client" not in out.read_bytes()
    again.close()


def test_restore_never_overwrites(book, book_path, tmp_path):
    out = tmp_path / "b.wsbak"
    write_backup(book, out)
    with pytest.raises(InvalidInput):
        restore_backup(out, book_path)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_damaged_backup_is_refused(book, tmp_path, damage):
    out = tmp_path / "b.wsbak"
    write_backup(book, out)
    raw = bytearray(out.read_bytes())
    if damage == "flip":
        raw[len(raw) // 2] ^= 1
    elif damage == "truncate":
        raw = raw[: len(raw) - 100]
    else:
        raw = bytearray(b"hello world")
    out.write_bytes(bytes(raw))
    target = tmp_path / "r.wsdb"
    with pytest.raises(CasebookCorrupt) as err:
        restore_backup(out, target)
    assert "b.wsbak" in str(err.value)
    assert not target.exists()


def test_an_interrupted_backup_keeps_the_previous_one(book, tmp_path, monkeypatch):
    out = tmp_path / "b.wsbak"
    write_backup(book, out)
    previous = out.read_bytes()
    import models.backup as backup_module

    def dying_write(path, data, mode=0o600):
        path.with_name(f".{path.name}.tmp").write_bytes(data[: len(data) // 2])
        raise KeyboardInterrupt

    monkeypatch.setattr(backup_module, "atomic_write_bytes", dying_write)
    book.clients.add(Client("After"))
    with pytest.raises(KeyboardInterrupt):
        write_backup(book, out)
    assert out.read_bytes() == previous
    read_info(out)


def test_both_snapshot_paths_restore_the_same_casebook(book, tmp_path, monkeypatch):
    """The fast path copies the checkpointed file under a write lock; the fallback uses
    SQLite's backup API. Either must give a backup that restores and verifies."""
    import models.backup as backup_module

    for i in range(20):
        book.clients.add(Client(f"Client {i}"))
    write_backup(book, tmp_path / "fast.wsbak")
    monkeypatch.setattr(backup_module, "_file_snapshot", lambda conn, path: None)
    write_backup(book, tmp_path / "slow.wsbak")
    book.close()
    for name in ("fast", "slow"):
        target = tmp_path / f"{name}.wsdb"
        restore_backup(tmp_path / f"{name}.wsbak", target)
        again = Casebook.open(target, "ana", PASS)
        assert len(again.clients.search("client")) == 20 and again.verify() == []
        again.close()


def test_a_killed_writers_temporary_is_swept(tmp_path):
    """A header write killed before its rename leaves .name.PID.tmp; the next write of the
    same file removes it (it holds older key slots), but never another live process's."""
    import os
    import subprocess
    import sys

    from models.atomic import atomic_write_bytes

    target = tmp_path / "x.wsdb.keys"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f".x.wsdb.keys.{dead}.tmp"
    alive = tmp_path / f".x.wsdb.keys.{os.getppid()}.tmp"
    stale.write_bytes(b"old slots")
    alive.write_bytes(b"being written")
    atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"new"
    assert not stale.exists() and alive.exists()
