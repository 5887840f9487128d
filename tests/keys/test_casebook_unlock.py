"""Unlocking: wrong passphrases change nothing (S3), slow down, and damage is told apart."""

from __future__ import annotations

import hashlib

import pytest

from models.casebook import Casebook, casebook_files
from models.clients import Client
from models.errors import (
    CasebookCorrupt,
    CasebookInUse,
    InvalidInput,
    TooManyAttempts,
    WrongPassphrase,
)
from models.security.attempts import Attempts
from tests.conftest import PASS


def _hashes(path):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in casebook_files(path)[:4] if p.exists()}


def test_wrong_passphrase_leaves_files_byte_identical(book, book_path):
    book.clients.add(Client("Amal"))
    book.close()
    before = _hashes(book_path)
    with pytest.raises(WrongPassphrase) as err:
        Casebook.open(book_path, "ana", "not the passphrase")
    assert "passphrase" in str(err.value).lower()
    assert "damaged" not in str(err.value).lower()
    assert _hashes(book_path) == before


def test_unknown_user_gets_the_same_answer_as_a_wrong_passphrase(book, book_path):
    book.close()
    with pytest.raises(WrongPassphrase) as err:
        Casebook.open(book_path, "nobody", PASS)
    assert str(err.value) == "Wrong user name or passphrase."


def test_user_names_are_case_insensitive_and_passphrases_nfc(book_path):
    book, _ = Casebook.create(book_path, "Zoë", "caf\u00e9 au lait!", kdf_seconds=0)
    book.close()
    again = Casebook.open(book_path, "zoë", "cafe\u0301 au lait!")  # decomposed é
    assert again.user.name == "Zoë"
    again.close()


def test_repeated_failures_grow_a_delay(book, book_path):
    book.close()
    clock = [1000.0]
    attempts = Attempts(book_path, clock=lambda: clock[0])
    slot = "some-slot"
    for _ in range(3):
        attempts.check(slot)
        attempts.failed(slot)
    with pytest.raises(TooManyAttempts) as err:
        attempts.check(slot)
    assert err.value.seconds == 2
    clock[0] += 2
    attempts.check(slot)
    attempts.failed(slot)
    with pytest.raises(TooManyAttempts) as err:
        attempts.check(slot)
    assert err.value.seconds == 4
    attempts.succeeded(slot)
    attempts.check(slot)


def test_a_second_open_is_refused_while_the_first_is_open(book, book_path):
    with pytest.raises(CasebookInUse) as err:
        Casebook.open(book_path, "ana", PASS)
    assert "already open on this computer" in str(err.value)
    book.close()
    Casebook.open(book_path, "ana", PASS).close()


@pytest.mark.parametrize("where", ["first_page", "middle"])
def test_flipped_bytes_are_reported_as_damage(book, book_path, where):
    for i in range(40):
        book.clients.add(Client(f"Client {i}", safe_contact="x" * 500))
    book.close()
    raw = bytearray(book_path.read_bytes())
    pos = 100 if where == "first_page" else len(raw) // 2
    for i in range(pos, pos + 16):
        raw[i] ^= 0xFF
    book_path.write_bytes(bytes(raw))
    # Page 1 fails at open; a page in the middle fails when read, and always in verify().
    try:
        b = Casebook.open(book_path, "ana", PASS)
    except CasebookCorrupt as exc:
        assert "damaged" in str(exc)
        return
    try:
        problems = b.verify()
    finally:
        b.close()
    assert problems and "page" in problems[0]


def test_a_damaged_key_file_is_named(book, book_path):
    book.close()
    header = book_path.with_name(book_path.name + ".keys")
    header.write_bytes(header.read_bytes()[:50])
    with pytest.raises(CasebookCorrupt) as err:
        Casebook.open(book_path, "ana", PASS)
    assert "key file" in str(err.value)
    assert err.value.path == str(header)


def test_create_refuses_weak_passphrase_and_existing_file(book_path, book):
    with pytest.raises(InvalidInput):
        Casebook.create(book_path.with_name("other.wsdb"), "ana", "short")
    with pytest.raises(InvalidInput):
        Casebook.create(book_path, "ana", PASS)


def test_files_are_private_to_the_user(book, book_path):
    import os
    import stat
    if os.name == "nt":
        pytest.skip("POSIX permissions")
    for p in casebook_files(book_path)[:2]:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600
