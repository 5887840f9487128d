"""How backups are copied (models/transfer/backup.py, _stream): each chunk written on a
second thread while it is hashed, and the disk asked to take what was written every
SYNC_EVERY bytes on a third (issue 18: a restore at 200,000 clients waited ~2.3 s at its
final fsync for all 1.5 GB). The bytes and the checks are the same; a failed sync fails
the restore, leaving nothing."""

from __future__ import annotations

import errno
import os

import pytest

from models.clients import Client
from models.transfer import backup


@pytest.fixture
def backup_file(book, tmp_path):
    book.clients.add_many([Client(f"Client {i}", safe_contact="x" * 2000)
                           for i in range(200)])
    out = tmp_path / "b.wsbak"
    backup.write_backup(book, out)
    return out


def test_a_restore_syncs_as_it_copies_and_writes_the_same_bytes(backup_file, tmp_path,
                                                                   monkeypatch):
    synced: list[int] = []
    monkeypatch.setattr(backup, "CHUNK", 64 << 10)
    monkeypatch.setattr(backup, "SYNC_EVERY", 128 << 10)
    monkeypatch.setattr(backup, "_datasync", lambda fd: (synced.append(fd), os.fsync(fd)))
    target = tmp_path / "restored.wsdb"
    info = backup.restore_backup(backup_file, target)
    raw = backup_file.read_bytes()
    assert target.read_bytes() == raw[len(raw) - info.size:]
    assert synced  # the disk was asked to take the copy while it went on


def test_a_failed_sync_during_the_copy_fails_the_restore_and_leaves_nothing(
        backup_file, tmp_path, monkeypatch):
    """Linux reports a write-back error to one sync only: one that fails part-way must
    fail the restore, not be forgotten because the final fsync then succeeds."""
    calls: list[int] = []

    def failing(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 1:
            raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(backup, "CHUNK", 64 << 10)
    monkeypatch.setattr(backup, "SYNC_EVERY", 64 << 10)
    monkeypatch.setattr(backup, "_datasync", failing)
    folder = tmp_path / "to"
    folder.mkdir()
    with pytest.raises(OSError):
        backup.restore_backup(backup_file, folder / "restored.wsdb")
    assert calls and list(folder.iterdir()) == []
