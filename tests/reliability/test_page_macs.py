"""verify's page check (models/db/page_macs.py) is SQLCipher's cipher_integrity_check done on
both cores: the same MACs over the same pages. Damage anywhere in the file is found and named
in SQLCipher's words, after a restore too; an intact casebook is checked without SQLCipher's
per-page check (issue 18: it took 7 of a 200,000-client restore's 19.6 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.casebook import Casebook
from models.db import integrity, page_macs
from models.db.connection import open_connection
from models.transfer.backup import restore_backup, write_backup
from tests.conftest import PASS

PAGE = page_macs.PAGE


def _flip(path: Path, offset: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x10
    path.write_bytes(bytes(raw))


def _both(path: Path, key: bytes) -> tuple[list[str], list[str]]:
    """(page_macs's findings, SQLCipher's) for the file as it is."""
    conn = open_connection(path, key)
    try:
        mac = page_macs.mac_key(conn, key)
        assert mac is not None
        sqlcipher = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    return page_macs.bad_pages(path, mac), sqlcipher


def test_an_intact_file_passes_both_checks(filled):
    path, key = filled
    assert _both(path, key) == ([], [])


# Offsets: page 1 after the salt, the IV and the MAC of an inner page, the middle of the last
# page and its last byte. (A changed salt or first page stops the open itself.)
@pytest.mark.parametrize("where", ["inner", "iv", "mac", "last", "last byte"])
def test_every_damaged_page_is_found_as_sqlcipher_finds_it(filled, where):
    path, key = filled
    pages = path.stat().st_size // PAGE
    offset = {"inner": 3 * PAGE + 700, "iv": 4 * PAGE + PAGE - 80 + 3,
              "mac": 5 * PAGE + PAGE - 1, "last": (pages - 1) * PAGE + 2000,
              "last byte": pages * PAGE - 1}[where]
    _flip(path, offset)
    ours, theirs = _both(path, key)
    page = offset // PAGE + 1
    assert ours == theirs == [f"HMAC verification failed for page {page}"]


def test_a_cut_last_page_is_named_as_sqlcipher_names_it(filled):
    path, key = filled
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size - 100)
    ours, theirs = _both(path, key)
    assert ours == theirs and len(ours) == 1 and "invalid size" in ours[0]


def test_verify_checks_an_intact_casebook_without_sqlciphers_page_check(book, monkeypatch):
    """The point of the module: SQLCipher's own check (20 us a page) does not run when the
    pages are intact; page_macs's did, over every page."""
    seen: list[str] = []
    rows = integrity._rows
    monkeypatch.setattr(integrity, "_rows", lambda conn, sql, *a, **k: (
        seen.append(sql), rows(conn, sql, *a, **k))[1])
    checked: list[int] = []
    bad_pages = page_macs.bad_pages
    monkeypatch.setattr(page_macs, "bad_pages", lambda path, key, threads=2: (
        checked.append(Path(path).stat().st_size // PAGE), bad_pages(path, key, threads))[1])
    assert book.verify() == []
    assert "PRAGMA cipher_integrity_check" not in seen
    assert checked == [book.path.stat().st_size // PAGE]


def test_a_byte_changed_in_a_restored_casebook_is_named_by_verify(filled, tmp_path):
    path, _ = filled
    book = Casebook.open(path, "ana", PASS)
    try:
        write_backup(book, tmp_path / "b.wsbak")
    finally:
        book.close()
    restored = tmp_path / "restored.wsdb"
    restore_backup(tmp_path / "b.wsbak", restored)
    pages = restored.stat().st_size // PAGE
    again = Casebook.open(restored, "ana", PASS)
    try:
        # Changed once it is open (opening reads, and may refuse, a damaged page): verify's
        # page check reads the file itself.
        _flip(restored, (pages // 2) * PAGE + 1234)
        problems = again.verify()
    finally:
        again.close()
    assert f"encrypted page check: HMAC verification failed for page {pages // 2 + 1}" \
        in problems


def test_pages_found_by_this_check_alone_are_still_named(filled, monkeypatch):
    """Should SQLCipher's check find nothing where this one found damage (the file changed
    between the two reads), the damage is named all the same, never dropped."""
    path, key = filled
    monkeypatch.setattr(page_macs, "bad_pages", lambda *a, **k: [
        "HMAC verification failed for page 7"])
    conn = open_connection(path, key)
    try:
        problems = integrity.check(conn, path, full=False,
                                   mac_key=page_macs.mac_key(conn, key))
    finally:
        conn.close()
    assert "encrypted page check: HMAC verification failed for page 7" in problems


def test_other_cipher_settings_are_left_to_sqlcipher(filled):
    path, key = filled
    conn = open_connection(path, key)
    try:
        assert page_macs.mac_key(conn, key) is not None
        conn.execute("PRAGMA cipher_hmac_pgno = be")
        assert page_macs.mac_key(conn, key) is None
    finally:
        conn.close()
