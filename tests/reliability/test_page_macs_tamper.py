"""Review of verify's page check (models/db/page_macs.py, e4e587e/49a6ba3) against what
SQLCipher's ``cipher_integrity_check`` detects: pages swapped, a page taken from another
database, a valid page appended, page 1 changed after its salt. For each, both checks name
the same pages. ``verify --full`` runs SQLCipher's own check, not the copy, and a
connection whose HMAC key would be derived otherwise is left to SQLCipher."""

from __future__ import annotations

import os
from pathlib import Path

import sqlcipher3

from models.db import integrity, page_macs
from models.db.connection import open_connection

PAGE = page_macs.PAGE


def _page(path: Path, n: int) -> bytes:
    with open(path, "rb") as fh:
        fh.seek((n - 1) * PAGE)
        return fh.read(PAGE)


def _put(path: Path, n: int, data: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.seek((n - 1) * PAGE)
        fh.write(data)


def _checked_after(path: Path, key: bytes, damage) -> tuple[list[str], list[str]]:  # noqa: ANN001
    """(page_macs's findings, SQLCipher's) once ``damage(path)`` has changed the file; the
    connection is opened before, as verify's is, so page 1 may be damaged too."""
    conn = open_connection(path, key)
    try:
        mac = page_macs.mac_key(conn, key)
        assert mac is not None
        damage(path)
        theirs = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
    finally:
        conn.close()
    return page_macs.bad_pages(path, mac), theirs


def _failed(*pages: int) -> list[str]:
    return [f"HMAC verification failed for page {p}" for p in pages]


def test_two_swapped_pages_are_both_named(filled):
    path, key = filled
    a, b = _page(path, 3), _page(path, 6)

    def swap(p: Path) -> None:
        _put(p, 3, b)
        _put(p, 6, a)

    assert _checked_after(path, key, swap) == (_failed(3, 6), _failed(3, 6))


def test_a_page_from_another_database_is_named(filled, tmp_path):
    path, key = filled
    other = tmp_path / "other.db"
    conn = open_connection(other, os.urandom(32))  # another key, another salt
    conn.execute("CREATE TABLE t (x)")
    conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 40)
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    foreign = _page(other, 2)
    assert _checked_after(path, key, lambda p: _put(p, 4, foreign)) == (_failed(4), _failed(4))


def test_a_valid_page_copied_to_the_end_is_named(filled):
    """A page is bound to its number: the same page appended as a new last page fails."""
    path, key = filled
    pages = path.stat().st_size // PAGE
    copy = _page(path, 5)
    found = _checked_after(path, key, lambda p: _put(p, pages + 1, copy))
    assert found == (_failed(pages + 1), _failed(pages + 1))


def test_page_1_changed_after_its_salt_is_named(filled):
    path, key = filled

    def flip(p: Path) -> None:
        raw = bytearray(_page(p, 1))
        raw[page_macs.SALT + 100] ^= 0x01
        _put(p, 1, bytes(raw))

    assert _checked_after(path, key, flip) == (_failed(1), _failed(1))


def test_verify_full_runs_sqlciphers_own_page_check(book, monkeypatch):
    """--full is the check to rely on: the cipher's own, whatever page_macs would say."""
    seen: list[str] = []
    rows = integrity._rows
    monkeypatch.setattr(integrity, "_rows", lambda conn, sql, *a, **k: (
        seen.append(sql), rows(conn, sql, *a, **k))[1])
    monkeypatch.setattr(page_macs, "bad_pages", lambda *a, **k: [])  # would pass anything
    assert book.verify(full=True) == []
    assert "PRAGMA cipher_integrity_check" in seen


def test_another_hmac_key_derivation_is_left_to_sqlcipher(tmp_path):
    """SQLCipher derives the pages' MAC key with the connection's KDF algorithm, even under
    a raw key: a database keyed with another is left to SQLCipher's check (page_macs would
    otherwise call every page of an intact file damaged)."""
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(tmp_path / "sha256.db"))
    try:
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA cipher_kdf_algorithm = PBKDF2_HMAC_SHA256")
        conn.execute("CREATE TABLE t (x)")
        conn.executemany("INSERT INTO t VALUES (?)", [("y" * 500,)] * 40)
        conn.commit()
        assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        assert page_macs.mac_key(conn, key) is None
    finally:
        conn.close()
