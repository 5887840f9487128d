"""A casebook that cannot be written (a full disk, read-only media) opens read-only: reading,
printing and backing up work, every change is refused with one sentence, nothing is written.

Tests run as root, where permission bits do not stop writes, so two techniques are used:
the write probe the lock makes is made to fail with ENOSPC / EROFS (always runs); and, where
the test may mount file systems (root with mount namespaces, as in CI's container), a real
tmpfs is filled to the last byte or remounted read-only in a private mount namespace.
"""

from __future__ import annotations

import errno
import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.errors import ReadOnlyCasebook
from models.security import lockfile
from models.transfer.backup import restore_backup, write_backup
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and p.name.endswith((".wsdb", ".keys"))}


@pytest.fixture
def closed(book, book_path):
    book.clients.add(Client("Amal Haddad", city="Ottawa"))
    book.close()
    return book_path


@pytest.mark.parametrize(("code", "reason"), [(errno.ENOSPC, "its disk is full"),
                                              (errno.EROFS, "its drive is read-only")])
def test_an_unwritable_casebook_opens_read_only(closed, tmp_path, monkeypatch, code, reason):
    before = _hashes(closed.parent)

    def fail(fd, data):
        raise OSError(code, "simulated")

    monkeypatch.setattr(lockfile, "_probe_write", fail)
    book = Casebook.open(closed, "ana", PASS)
    try:
        assert book.store.read_only == reason
        assert book.clients.count() == 1 and book.clients.search("amal")
        usb = tmp_path / "usb"
        usb.mkdir()
        write_backup(book, usb / "b.wsbak")  # backing up onto another drive works
        assert book.verify() == []
        with pytest.raises(ReadOnlyCasebook) as err:
            book.clients.add(Client("Someone New"))
        assert str(err.value) == (f"This casebook is open read-only because {reason}; "
                                  "changes are not possible.")
        with pytest.raises(ReadOnlyCasebook):
            book.settings.set("auto_lock_minutes", 7)
    finally:
        book.close()
    assert _hashes(closed.parent) == before  # not a byte written, not even the unlock
    monkeypatch.undo()
    restore_backup(tmp_path / "usb" / "b.wsbak", tmp_path / "usb" / "r.wsdb")
    again = Casebook.open(tmp_path / "usb" / "r.wsdb", "ana", PASS)
    try:
        assert again.store.read_only is None and again.clients.count() == 1
        again.clients.add(Client("Writable again"))
    finally:
        again.close()


def test_the_desktop_says_it_is_read_only(qtbot, closed, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from desktop import errors
    from desktop.app import AppController

    monkeypatch.setattr(errors, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(lockfile, "_probe_write",
                        lambda fd, data: (_ for _ in ()).throw(OSError(errno.ENOSPC, "full")))
    c = AppController(closed, "ana")
    c.show()
    try:
        w = c.unlock_window
        w.passphrase.setText(PASS)
        w.try_unlock()
        qtbot.waitUntil(lambda: c.main is not None, timeout=30000)
        banner = c.main.findChild(QLabel, "readOnlyBanner")
        assert "read-only because its disk is full" in banner.text()
    finally:
        c.shutdown()


# -- a real full disk and real read-only media ----------------------------------------------
REAL = """
import json, os, shutil, subprocess, sys
from pathlib import Path
from models.transfer.backup import write_backup
from models.casebook import Casebook
from models.clients import Client
from models.errors import WaystationError

src, mnt, out, passphrase, case = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), \\
    sys.argv[4], sys.argv[5]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mnt)], check=True)
for p in src.iterdir():
    shutil.copy(p, mnt / p.name)
if case == "full":
    fd = os.open(mnt / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while True:
            os.write(fd, bytes(4096))
    except OSError:
        os.close(fd)
else:
    subprocess.run(["mount", "-o", "remount,ro", str(mnt)], check=True)
result = {}
book = Casebook.open(mnt / "test.wsdb", "ana", passphrase)
result["read_only"] = book.store.read_only
result["clients"] = book.clients.count()
write_backup(book, out)
try:
    book.clients.add(Client("Someone New"))
    result["add"] = "accepted"
except WaystationError as exc:
    result["add"] = str(exc)
book.close()
print(json.dumps(result))
"""


def _can_mount() -> bool:
    if shutil.which("unshare") is None or not sys.platform.startswith("linux"):
        return False
    probe = subprocess.run(["unshare", "-m", "--propagation", "private", "true"],
                           capture_output=True)
    return probe.returncode == 0


@pytest.mark.skipif(not _can_mount(), reason="needs mount namespaces (root on Linux)")
@pytest.mark.timeout(60)
@pytest.mark.parametrize(("case", "reason"), [("full", "its disk is full"),
                                              ("ro", "its drive or file is read-only")])
def test_a_real_full_disk_and_real_read_only_media(closed, tmp_path, case, reason):
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    out = tmp_path / "b.wsbak"
    res = subprocess.run(["unshare", "-m", "--propagation", "private", sys.executable, "-c",
                          REAL, str(closed.parent), str(mnt), str(out), PASS, case],
                         cwd=ROOT, capture_output=True, text=True, timeout=50)
    assert res.returncode == 0, res.stderr[-3000:]
    result = json.loads(res.stdout)
    assert result == {"read_only": reason, "clients": 1,
                      "add": f"This casebook is open read-only because {reason}; changes "
                             "are not possible."}
    restore_backup(out, tmp_path / "r.wsdb")
    again = Casebook.open(tmp_path / "r.wsdb", "ana", PASS)
    try:
        assert again.clients.count() == 1
    finally:
        again.close()
