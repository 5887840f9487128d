"""A casebook of the schema before this version's migrations still opens read-only when it
cannot be written (SECURITY.md R4): neither the pre-upgrade backup nor migration 4 (the
clients' initials, c4f93d8) can be written on a full disk or read-only media, and every
existing casebook was at version 3 (review of issue 18's changes: such a casebook no
longer opened at all)."""

from __future__ import annotations

import errno
import hashlib
from pathlib import Path

from models.casebook import Casebook
from models.clients import Client
from models.db import schema, search_initials
from models.security import lockfile
from models.transfer.backup import write_backup
from tests.conftest import PASS


def _files(folder: Path) -> dict[str, str]:
    """The casebook's files and any backup beside it (SQLite's own -wal and -shm aside: its
    read-only mode makes them where it can, as for any read-only open)."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file() and p.name.endswith((".wsdb", ".keys", ".wsbak"))}


def _as_version_3(book: Casebook) -> None:
    s = book.store
    with s.tx():  # as every casebook was before migration 4
        s.x("DROP INDEX clients_initials")
        s.x("ALTER TABLE clients DROP COLUMN initials")
    s.q("PRAGMA user_version = 3")


def test_a_version_3_casebook_that_cannot_be_written_opens_read_only(book, book_path,
                                                                      tmp_path, monkeypatch):
    assert schema.MIGRATIONS[search_initials.VERSION] is search_initials.migrate
    book.clients.add_many([Client("Amal Haddad", city="Ottawa"), Client("Bilal Noor"),
                           Client("Zara Adeyemi")])
    _as_version_3(book)
    book.close()
    before = _files(book_path.parent)

    def fail(fd: int, data: bytes) -> None:
        raise OSError(errno.EROFS, "simulated")

    monkeypatch.setattr(lockfile, "_probe_write", fail)
    old = Casebook.open(book_path, "ana", PASS)
    try:
        assert old.store.read_only == "its drive is read-only"
        assert old.store.one("PRAGMA user_version")[0] == 3
        found = {old.clients.get(i, audit=False).display_name for i in old.clients.search("a")}
        assert found == {"Amal Haddad", "Zara Adeyemi"}  # a word starting with a
        assert [old.clients.get(i, audit=False).display_name
                for i in old.clients.search("z")] == ["Zara Adeyemi"]
        usb = tmp_path / "usb"
        usb.mkdir()
        write_backup(old, usb / "b.wsbak")  # it can still be saved onto another drive
        assert old.verify() == []
    finally:
        old.close()
    assert _files(book_path.parent) == before  # no pre-upgrade backup, no migration
    monkeypatch.undo()
    again = Casebook.open(book_path, "ana", PASS)  # writable again: upgraded as always
    try:
        assert again.store.one("PRAGMA user_version")[0] == schema.latest_version()
        assert [again.clients.get(i, audit=False).display_name
                for i in again.clients.search("z")] == ["Zara Adeyemi"]
    finally:
        again.close()
    assert list(book_path.parent.glob(f"{book_path.name}.pre-upgrade-v3*.wsbak"))
