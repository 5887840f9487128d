"""A key file of format 1 (from before the signed roster) opens and is managed as before
while it cannot be upgraded (a coordinator's open upgrades it: tests/keys/test_keys_upgrade.py)."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, PermissionDenied, WrongPassphrase
from models.security import keyslots
from models.security.keyslots import FORMAT_1, KdfParams
from models.transfer import backup
from tests.conftest import PASS


@pytest.fixture
def legacy(new_book, book_path):
    """The casebook rewritten as an older version left it: a format-1 key file whose slots are
    named by a hash of the user name, and the users table pointing at those slots."""
    book, recovery = new_book
    key = bytes(book._key)
    cid = book.casebook_id
    book.close()
    ana = keyslots.legacy_slot_id(cid, "ana")
    header = keyslots.Header(cid, fmt=FORMAT_1)
    header.slots = [
        keyslots.new_slot(cid, ana, "user", keyslots.normalise(PASS), key, KdfParams(),
                          fmt=FORMAT_1),
        keyslots.new_slot(cid, keyslots.RECOVERY_SLOT, "recovery",
                          keyslots.recovery_secret(recovery), key, KdfParams(), fmt=FORMAT_1)]
    keyslots.write_header(book_path, header)
    conn = open_connection(book_path, bytearray(key))
    with conn:
        conn.execute("UPDATE users SET slot_id = ? WHERE name = 'ana'", (ana,))
        conn.execute("DELETE FROM audit_sig")
        conn.execute("DELETE FROM meta WHERE key LIKE 'roster_%'")
    conn.close()
    assert keyslots.read_header(book_path).legacy
    return recovery


def test_a_format_1_casebook_opens_and_is_managed_as_before(legacy, book_path, open_as,
                                                           monkeypatch):
    def no_room(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(28, "No space left on device")

    # No room for the pre-upgrade backup: no upgrade, and the casebook works as before.
    monkeypatch.setattr(backup, "snapshot_before_upgrade", no_room)
    ana = open_as("ana")
    assert ana.user.role == "coordinator" and ana.verify() == []
    ana.users.add("vic", "volunteer", "volunteer passphrase", kdf=KdfParams())
    ana.users.add("cleo", "caseworker", "caseworker passphrase", kdf=KdfParams())
    with pytest.raises(PermissionDenied):
        ana.users.new_recovery_key()
    ana.users.remove(next(u.id for u in ana.users.list() if u.name == "cleo"))
    ana.users.change_passphrase(PASS, "a new coordinator phrase")
    assert ana.verify() == []
    ana.close()
    assert keyslots.read_header(book_path).legacy
    open_as("vic", "volunteer passphrase").close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "cleo", "caseworker passphrase")
    open_as("ana", "a new coordinator phrase").close()
    rec = open_as("ana", None, recovery_key=legacy)
    rec.users.reset_with_recovery(rec.user.id, legacy, "after the recovery phrase")
    rec.close()
    open_as("ana", "after the recovery phrase").close()


def test_a_recovery_reset_without_a_recovery_slot_says_so(legacy, book_path, open_as,
                                                          monkeypatch):
    """A format-1 key file is read without requiring a recovery slot; a reset with the
    recovery key then names the missing slot instead of failing with a traceback."""
    monkeypatch.setattr(backup, "snapshot_before_upgrade", _no_room)
    header = keyslots.read_header(book_path)
    header.slots = [s for s in header.slots if s.slot_id != keyslots.RECOVERY_SLOT]
    keyslots.write_header(book_path, header)
    ana = open_as("ana")
    try:
        with pytest.raises(CasebookCorrupt, match="no recovery slot"):
            ana.users.reset_with_recovery(ana.user.id, legacy, "after the recovery phrase")
    finally:
        ana.close()


def _no_room(*args: object, **kwargs: object) -> None:
    raise OSError(28, "No space left on device")  # keeps the key file format 1 on open
