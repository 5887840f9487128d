"""Crashes (R1, R2, R4, S4): a short run of the SIGKILL harness, and the crash windows of a
user removal pinned down one by one. ``make crashtest`` runs the long harness (200+ kills)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from models.casebook import Casebook
from models.errors import WrongPassphrase
from models.security import keyslots
from models.security.keyslots import KdfParams
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]
VOL = "volunteer passphrase"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL are POSIX only")


@pytest.mark.timeout(150)
def test_twelve_random_kills_lose_nothing(tmp_path):
    work = tmp_path / "crash"
    proc = subprocess.run(
        [sys.executable, "-m", "tests.harness.crash", "--kills", "12", "--seed", "20240611",
         "--dir", str(work)], cwd=ROOT, capture_output=True, text=True, timeout=140)
    summary = proc.stdout.strip().splitlines()[-1] if proc.stdout.strip() else ""
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert summary == "crashtest: 12 kills, 0 integrity failures, 0 lost commits"


def _removed_slots_holding_the_key(path: Path) -> list[str]:
    book = Casebook.open(path, "ana", PASS)
    try:
        live = {s.slot_id for s in book.header.slots}
        return [n for n, slot in book.store.q("SELECT name, slot_id FROM users WHERE active = 0")
                if slot in live]
    finally:
        book.close()


class _Killed(BaseException):
    """Stands for SIGKILL at one exact point: nothing after it runs, nothing is cleaned up."""


def test_a_crash_inside_a_removal_never_shows_the_user_removed_while_their_slot_opens(
        book, book_path, monkeypatch):
    uid = book.users.add("bilal", "volunteer", VOL, kdf=KdfParams()).id_of("users")

    def killed_before_rekey(conn, key):
        raise _Killed

    from models.db import connection
    monkeypatch.setattr(connection, "rekey_database", killed_before_rekey)
    with pytest.raises(_Killed):
        book.users.remove(uid)
    book.close()
    monkeypatch.undo()
    # Whichever step the crash cut, no account is shown removed while its slot holds the key.
    assert _removed_slots_holding_the_key(book_path) == []


def test_a_crash_after_the_rekey_locks_the_user_out_and_removing_again_finishes(
        book, book_path, monkeypatch):
    uid = book.users.add("bilal", "volunteer", VOL, kdf=KdfParams()).id_of("users")
    old_slot = book.header.find(keyslots.slot_id_for(book.header, "bilal"))
    old_key = keyslots.unseal(book.casebook_id, old_slot, keyslots.normalise(VOL))
    real_tx = book.store.tx

    def killed_at_commit():
        raise _Killed

    from models.db import connection
    real_rekey = connection.rekey_database

    def rekey_then_die(conn, key):
        real_rekey(conn, key)
        monkeypatch.setattr(book.store, "tx", killed_at_commit)

    monkeypatch.setattr(connection, "rekey_database", rekey_then_die)
    with pytest.raises(_Killed):
        book.users.remove(uid)
    monkeypatch.setattr(book.store, "tx", real_tx)
    book.close()
    monkeypatch.undo()
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "bilal", VOL)
    from models.db.connection import open_connection
    from models.errors import CasebookCorrupt
    with pytest.raises(CasebookCorrupt):
        open_connection(book_path, old_key)
    again = Casebook.open(book_path, "ana", PASS)
    # Opening finished the removal: the signed roster no longer lists bilal, and the users
    # table (a display cache of the roster) follows it.
    assert [u.name for u in again.users.list()] == ["ana"]
    assert again.verify() == []
    again.close()


def test_a_killed_backup_leaves_no_snapshot_behind_after_the_next_one(book, tmp_path):
    from models.transfer.backup import read_info, write_backup

    folder = tmp_path / "usb"
    folder.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = [folder / f".waystation-snapshot-{dead.pid}-abcd1234.tmp{end}"
            for end in ("", "-wal", "-journal")]
    for p in left:
        p.write_bytes(b"ciphertext left by a killed backup")
    mine = folder / f".waystation-snapshot-{os.getpid()}-live0000.tmp"  # a live process's
    mine.write_bytes(b"in use")
    write_backup(book, folder / "b.wsbak")
    read_info(folder / "b.wsbak")
    assert sorted(p.name for p in folder.iterdir()) == sorted(["b.wsbak", mine.name])


def test_snapshots_are_private_while_they_exist(book, tmp_path, monkeypatch):
    import models.transfer.backup as backup_module

    modes = []
    real = backup_module.open_connection

    def spy(path, key, **kw):
        modes.append(os.stat(path).st_mode & 0o777)
        return real(path, key, **kw)

    monkeypatch.setattr(backup_module, "open_connection", spy)
    # The snapshot file exists only on the fallback path (when the WAL cannot be emptied).
    monkeypatch.setattr(backup_module, "_file_snapshot", lambda conn, path: None)
    backup_module.write_backup(book, tmp_path / "b.wsbak")
    assert modes == [0o600]
