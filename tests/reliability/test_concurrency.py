"""One writer at a time (R5): a second process gets "already open on this computer", and a
lock left by a killed process is taken over safely."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.errors import CasebookHasTwoNames, CasebookInUse, WaystationError
from models.security import keyslots
from models.security.lockfile import lock_path
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]

# A second app instance: opens the casebook, says so, and holds it until told to stop (or
# is killed). Only the exit status and one word are printed.
HOLDER = """
import sys
from models.casebook import Casebook
from models.errors import WaystationError
try:
    book = Casebook.open(sys.argv[1], "ana", sys.argv[2])
except WaystationError as exc:
    print(type(exc).__name__ + ": " + str(exc), flush=True)
    sys.exit(exc.exit_code)
book.clients.add(__import__("models.clients").clients.Client("Written by the holder"))
print("OPEN", flush=True)
sys.stdin.readline()
book.close()
print("CLOSED", flush=True)
"""


def _holder(book_path: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", HOLDER, str(book_path), PASS], cwd=ROOT,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)


@pytest.fixture
def closed_book(book, book_path):
    book.clients.add(Client("Before"))
    book.close()
    return book_path


@pytest.mark.timeout(60)
def test_a_second_process_gets_casebook_in_use(closed_book):
    first = _holder(closed_book)
    try:
        assert first.stdout.readline().strip() == "OPEN"
        # Another process (a second app instance) is refused with the typed error ...
        second = subprocess.run([sys.executable, "-c", HOLDER, str(closed_book), PASS],
                                cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert second.returncode == CasebookInUse.exit_code
        assert second.stdout.strip() == ("CasebookInUse: This casebook is already open on "
                                         "this computer.")
        # ... and so is this one, and refusing changed nothing the holder relies on.
        with pytest.raises(CasebookInUse, match="already open on this computer"):
            Casebook.open(closed_book, "ana", PASS)
        first.stdin.write("\n")
        first.stdin.flush()
        assert first.stdout.readline().strip() == "CLOSED"
        assert first.wait(10) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    again = Casebook.open(closed_book, "ana", PASS)
    try:
        assert again.clients.count() == 2 and again.verify() == []
    finally:
        again.close()


def test_two_opens_in_one_process_are_refused_too(book, book_path):
    with pytest.raises(CasebookInUse):
        Casebook.open(book_path, "ana", PASS)
    assert book.clients.count() == 0  # the first one still works
    book.clients.add(Client("Still writable"))


@pytest.mark.timeout(60)
def test_a_stale_lock_from_a_killed_process_is_recovered(closed_book):
    holder = _holder(closed_book)
    assert holder.stdout.readline().strip() == "OPEN"
    holder.send_signal(signal.SIGKILL)
    holder.wait(10)
    # The lock file stays behind, naming the dead process: it must not block anyone.
    stale = lock_path(closed_book)
    assert stale.exists() and stale.read_text() == str(holder.pid)
    book = Casebook.open(closed_book, "ana", PASS)
    try:
        assert book.verify() == []
        assert book.clients.count() == 2  # the killed holder's acknowledged write survived
        assert lock_path(closed_book).read_text() == str(os.getpid())
        # Taken over means held: a further opener is refused while this one is open.
        other = subprocess.run([sys.executable, "-c", HOLDER, str(closed_book), PASS],
                               cwd=ROOT, capture_output=True, text=True, timeout=30)
        assert "CasebookInUse" in other.stdout
    finally:
        book.close()


# -- identity, not name; every failure path releases ---------------------------------------------
# A writer that commits through the first name and is killed before SQLite folds its WAL
# back into the database file: the commits are only in ``name.wsdb-wal``.
KILLED_WRITER = """
import os, signal, sys
from models.casebook import Casebook
from models.clients import Client
book = Casebook.open(sys.argv[1], "ana", sys.argv[2])
book.store.conn.execute("PRAGMA wal_autocheckpoint=0")
for i in range(3):
    book.clients.add(Client(f"Acknowledged {i}"))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
@pytest.mark.timeout(60)
def test_a_hard_linked_second_name_is_refused_by_either_name(closed_book, tmp_path):
    """Review #6: the lock follows the file but SQLite's WAL follows the name, so commits
    left in the first name's WAL were invisible through a hard link and lost when the first
    name was opened again. A database file with a second name is now refused by every name,
    with one sentence saying what to do; once the extra name is gone nothing was lost."""
    res = subprocess.run([sys.executable, "-c", KILLED_WRITER, str(closed_book), PASS],
                         cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert res.returncode == -signal.SIGKILL, res.stderr[-2000:]
    assert closed_book.with_name(closed_book.name + "-wal").stat().st_size > 0
    other = tmp_path / "elsewhere"
    other.mkdir()
    alias = other / "alias.wsdb"
    os.link(closed_book, alias)
    os.link(keyslots.header_path(closed_book), keyslots.header_path(alias))
    for name in (alias, closed_book):
        with pytest.raises(CasebookHasTwoNames) as err:
            Casebook.open(name, "ana", PASS)
        assert "delete the extra name" in str(err.value)
    second = subprocess.run([sys.executable, "-c", HOLDER, str(alias), PASS], cwd=ROOT,
                            capture_output=True, text=True, timeout=30)
    assert "CasebookHasTwoNames" in second.stdout
    alias.unlink()
    again = Casebook.open(closed_book, "ana", PASS)
    try:
        assert again.clients.count() == 4  # "Before" and the three acknowledged commits
        assert again.verify() == []
    finally:
        again.close()


def test_a_hard_link_made_while_open_is_refused_in_the_same_process(book, book_path):
    alias = book_path.with_name("alias.wsdb")
    os.link(book_path, alias)
    os.link(keyslots.header_path(book_path), keyslots.header_path(alias))
    with pytest.raises(CasebookHasTwoNames):
        Casebook.open(alias, "ana", PASS)
    assert book.is_open


def test_a_failed_unlock_on_a_full_disk_releases_the_lock(closed_book, monkeypatch):
    """Writing the lock's note (the pid) fails with ENOSPC: the unlock fails, and once
    space is free the same process unlocks (it used to say "already open" for good)."""
    import errno

    import models.security.lockfile as lockfile

    real_write = os.write

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lockfile.os, "write", full)
    try:
        Casebook.open(closed_book, "ana", PASS).close()
    except WaystationError:
        pass  # refused or opened read-only: both fine, as long as nothing stays held
    monkeypatch.setattr(lockfile.os, "write", real_write)
    book = Casebook.open(closed_book, "ana", PASS)
    try:
        book.clients.add(Client("After space was freed"))
    finally:
        book.close()
