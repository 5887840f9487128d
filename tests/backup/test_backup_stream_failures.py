"""Review of the threaded backup copy (models/transfer/backup.py ``_stream``, 91cd0e9 and
0453390): a write that fails on the writer thread (a full disk part-way) fails the backup or
the restore with the disk's own error, leaves no file half-written, and leaves no copy
thread running behind it."""

from __future__ import annotations

import errno
import os
import threading

import pytest

from models.clients import Client
from models.transfer import backup


class _FillsUp:
    """A file object whose writes fail with ENOSPC once ``room`` bytes were written."""

    def __init__(self, real, room: int) -> None:  # noqa: ANN001
        self._real, self._room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._real.write(data)

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else is the real file's
        return getattr(self._real, name)

    def __enter__(self) -> _FillsUp:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()


@pytest.fixture
def backup_file(book, tmp_path):
    book.clients.add_many([Client(f"Client {i}", safe_contact="x" * 2000)
                           for i in range(200)])
    out = tmp_path / "b.wsbak"
    backup.write_backup(book, out)
    return out


def _full_after(monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    real = os.fdopen
    monkeypatch.setattr(backup.os, "fdopen", lambda fd, *a, **k: _FillsUp(real(fd, *a, **k),
                                                                            room))


def _copy_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("backup-")]


def test_a_full_disk_during_a_restore_fails_it_and_leaves_nothing(backup_file, tmp_path,
                                                                   monkeypatch):
    monkeypatch.setattr(backup, "CHUNK", 64 << 10)
    monkeypatch.setattr(backup, "SYNC_EVERY", 64 << 10)
    _full_after(monkeypatch, 300 << 10)
    folder = tmp_path / "to"
    folder.mkdir()
    with pytest.raises(OSError) as err:
        backup.restore_backup(backup_file, folder / "restored.wsdb")
    assert err.value.errno == errno.ENOSPC
    assert list(folder.iterdir()) == []
    assert _copy_threads() == []


def test_a_full_disk_during_a_backup_fails_it_and_keeps_the_previous_one(book, backup_file,
                                                                          monkeypatch):
    before = backup_file.read_bytes()
    folder = backup_file.parent
    names = sorted(p.name for p in folder.iterdir())
    monkeypatch.setattr(backup, "CHUNK", 64 << 10)
    monkeypatch.setattr(backup, "SYNC_EVERY", 64 << 10)
    _full_after(monkeypatch, 300 << 10)
    with pytest.raises(OSError) as err:
        backup.write_backup(book, backup_file)
    assert err.value.errno == errno.ENOSPC
    assert backup_file.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == names  # no temporary left
    assert _copy_threads() == []
    monkeypatch.undo()
    backup.verify_backup(backup_file)
