"""Accounts and key slots: adding, removing (S4), passphrase changes and recovery (S2)."""

from __future__ import annotations

import json

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, Conflict, InvalidInput, WrongPassphrase
from models.security import keyslots
from models.security.keyslots import KdfParams
from tests.conftest import PASS

OTHER = "volunteer passphrase"


def test_slot_format_uses_argon2id_at_the_floor_and_hides_user_names(book, book_path):
    book.users.add("Bilal Haddad", "volunteer", OTHER, kdf=KdfParams())
    raw = keyslots.header_path(book_path).read_text()
    assert "Bilal" not in raw and "ana" not in raw
    header = json.loads(raw)
    for slot in header["slots"]:
        assert slot["kdf"]["alg"] == "argon2id"
        assert slot["kdf"]["m"] >= 64 * 1024 and slot["kdf"]["t"] >= 3
    assert {s["kind"] for s in header["slots"]} == {"user", "recovery"}


def test_a_tampered_or_downgraded_slot_fails(book, book_path):
    book.close()
    path = keyslots.header_path(book_path)
    original = path.read_text()
    header = json.loads(original)
    header["slots"][0]["kdf"]["t"] = 4  # an edit to the associated data
    path.write_text(json.dumps(header))
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "ana", PASS)
    header["slots"][0]["kdf"]["t"] = 1  # below the floor
    path.write_text(json.dumps(header))
    with pytest.raises(CasebookCorrupt):
        Casebook.open(book_path, "ana", PASS)
    path.write_text(original)
    Casebook.open(book_path, "ana", PASS).close()


def test_added_user_opens_with_their_role(book, open_as):
    book.users.add("ben", "volunteer", OTHER, kdf=KdfParams())
    book.close()
    ben = open_as("ben", OTHER)
    assert ben.user.role == "volunteer"


def test_removed_user_is_locked_out_even_with_an_old_copy_of_their_slot(book, book_path,
                                                                        open_as):
    book.users.add("ben", "volunteer", OTHER, kdf=KdfParams())
    old_header = keyslots.read_header(book_path)
    ben_id = next(u.id for u in book.users.list() if u.name == "ben")
    book.users.remove(ben_id)
    book.close()
    # The key a copied old slot yields no longer opens the database.
    slot = old_header.find(keyslots.slot_id_for(old_header, "ben"))
    old_key = keyslots.unseal(old_header.casebook_id, slot, keyslots.normalise(OTHER))
    with pytest.raises(CasebookCorrupt):
        open_connection(book_path, old_key)
    # Putting the old header back does not help either.
    keyslots.write_header(book_path, old_header)
    with pytest.raises((WrongPassphrase, CasebookCorrupt)):
        Casebook.open(book_path, "ben", OTHER).close()
    with pytest.raises((WrongPassphrase, CasebookCorrupt)):
        Casebook.open(book_path, "ana", PASS).close()


def test_remaining_users_and_recovery_still_open_after_a_removal(new_book, book_path, open_as):
    book, recovery = new_book
    book.users.add("ben", "volunteer", OTHER, kdf=KdfParams())
    book.users.add("cleo", "caseworker", "caseworker pass", kdf=KdfParams())
    book.users.remove(next(u.id for u in book.users.list() if u.name == "ben"))
    assert book.verify() == []
    book.close()
    open_as("cleo", "caseworker pass").close()
    rec = open_as("ana", None, recovery_key=recovery)
    assert rec.user.name == "ana"


def test_interrupted_rekey_opens_with_the_new_key(book, book_path, monkeypatch):
    """A crash after PRAGMA rekey but before the final header write must still open."""
    book.users.add("ben", "volunteer", OTHER, kdf=KdfParams())
    writes = []
    real_write = keyslots.write_header

    def crash_on_second(path, header):
        writes.append(1)
        if len(writes) == 2:
            raise KeyboardInterrupt  # the process "dies" before the final header is written
        real_write(path, header)

    monkeypatch.setattr(keyslots, "write_header", crash_on_second)
    with pytest.raises(KeyboardInterrupt):
        book.users.remove(next(u.id for u in book.users.list() if u.name == "ben"))
    monkeypatch.setattr(keyslots, "write_header", real_write)
    book.close()
    again = Casebook.open(book_path, "ana", PASS)
    assert again.verify() == []
    assert keyslots.read_header(book_path).pending == []
    again.close()


def test_change_passphrase_and_reset_with_recovery(new_book, book_path, open_as):
    book, recovery = new_book
    with pytest.raises(WrongPassphrase):
        book.users.change_passphrase("wrong one", "new passphrase 1")
    book.users.change_passphrase(PASS, "new passphrase 1")
    book.close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "ana", PASS)
    again = open_as("ana", "new passphrase 1")
    with pytest.raises(WrongPassphrase):
        again.users.reset_with_recovery(again.user.id, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA",
                                        "forgotten again")
    again.users.reset_with_recovery(again.user.id, recovery, "after recovery")
    again.close()
    open_as("ana", "after recovery")


def test_rules_for_accounts(book):
    with pytest.raises(InvalidInput):
        book.users.add("ana", "volunteer", OTHER)
    with pytest.raises(InvalidInput):
        book.users.add("dee", "admin", OTHER)
    with pytest.raises(InvalidInput):
        book.users.add("dee", "volunteer", "short")
    with pytest.raises(Conflict):
        book.users.remove(book.user.id)
    with pytest.raises(Conflict):
        book.users.set_role(book.user.id, "volunteer")
