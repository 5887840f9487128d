"""Issue 12, SECURITY.md's members' limits: what a member who holds the data key could still
do through the unsigned tables and the unchecked envelopes. Each test failed before the fix
it names."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import PermissionDenied
from models.security import keyslots
from models.security.keyslots import KdfParams
from models.transfer.erase import CONFIRMATION_WORD, erase_casebook
from tests.conftest import PASS

VPASS = "volunteer passphrase"


@pytest.fixture
def with_vic(new_book):
    book, recovery = new_book
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    return book, recovery


def _volunteer_key(book_path) -> bytearray:
    """What a volunteer holds: the data key from their own slot."""
    header = keyslots.read_header(book_path)
    slot = header.find(header.slot_id_for("vic"))
    return keyslots.unseal(header.key_id, slot, keyslots.normalise(VPASS))


def _as_volunteer(book_path, *sql: str) -> None:
    conn = open_connection(book_path, _volunteer_key(book_path))
    with conn:
        for statement in sql:
            conn.execute(statement)
    conn.close()


def test_a_name_swapped_in_the_users_table_impersonates_nobody(with_vic, book_path, open_as):
    """(a) A slot id is Argon2id of the member's name, so the signed roster binds names
    without holding them: a volunteer who gives their row the coordinator's name (and the
    coordinator's row theirs) is still signed in as themselves, and the name check names
    both rows."""
    book, _ = with_vic
    book.close()
    _as_volunteer(book_path, "UPDATE users SET name = 'tmp' WHERE name = 'ana'",
                  "UPDATE users SET name = 'ana' WHERE name = 'vic'",
                  "UPDATE users SET name = 'vic' WHERE name = 'tmp'")
    vic = open_as("vic", VPASS)
    assert vic.user.name == "vic" and vic.user.role == "volunteer"
    vic.close()
    ana = open_as("ana")
    assert ana.user.name == "ana" and ana.user.role == "coordinator"
    problems = ana.member_name_problems()
    assert len(problems) == 2 and all("signed roster" in p for p in problems), problems
    assert all(p in ana.verify(full=True) for p in problems)


def test_erase_for_all_cannot_be_switched_on_in_the_settings_table(with_vic, book_path):
    """(b) The erase-for-all setting is in the signed roster: turning it on in the settings
    table lets no volunteer erase; a coordinator's setting does."""
    book, _ = with_vic
    book.close()
    _as_volunteer(book_path, "INSERT OR REPLACE INTO settings (key, value) "
                             "VALUES ('erase_allowed_for_all', 'true')")
    with pytest.raises(PermissionDenied):
        erase_casebook(book_path, confirmation=CONFIRMATION_WORD, user="vic", passphrase=VPASS)
    assert book_path.exists()
    ana = Casebook.open(book_path, "ana", PASS)
    assert ana.settings.get("erase_allowed_for_all") is False
    ana.settings.set("erase_allowed_for_all", True)
    assert ana.settings.get("erase_allowed_for_all") is True
    assert ana.verify() == []
    ana.close()
    # A volunteer cannot switch it off again in a roster version of their own either.
    vic = Casebook.open(book_path, "vic", VPASS)
    with pytest.raises(PermissionDenied):
        vic.settings.set("erase_allowed_for_all", False)
    vic.close()
    erase_casebook(book_path, confirmation=CONFIRMATION_WORD, user="vic", passphrase=VPASS)
    assert not keyslots.header_path(book_path).exists() or b"ERASED" in (
        keyslots.header_path(book_path).read_bytes()[:64])


def test_verify_names_a_slot_whose_envelope_holds_a_wrong_key(with_vic, book_path, open_as):
    """(c) A member who re-seals another slot's envelope (the recovery slot's, say) to a key
    of their own choosing passed verify; the envelope is now checkable by anyone holding the
    current data key, without any passphrase."""
    book, recovery = with_vic
    book.close()
    header = keyslots.read_header(book_path)
    rec = header.find(keyslots.RECOVERY_SLOT)
    header.replace(keyslots.rewrap(header.key_id, rec, keyslots.new_data_key()))
    keyslots.write_header(book_path, header)
    vic = open_as("vic", VPASS)
    problems = vic.verify()
    assert any("recovery" in p and "test.wsdb.keys" in p for p in problems), problems
    vic.close()


def test_verify_finds_every_envelope_sound_after_each_change(with_vic, book_path, open_as):
    book, recovery = with_vic
    assert book.verify() == []
    book.users.change_passphrase(PASS, "another coordinator phrase")
    book.users.new_recovery_key()
    assert book.verify() == []
    book.users.remove(next(u.id for u in book.users.list() if u.name == "vic"))
    assert book.verify() == []


def test_envelopes_sealed_before_they_were_checkable_are_resealed_on_open(with_vic, book_path,
                                                                          open_as):
    """A key file from before checkable envelopes (random ephemeral keys) is not reported:
    the next open re-seals every envelope to the same data key."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    book, recovery = with_vic
    key = bytes(book._key)
    book.close()
    header = keyslots.read_header(book_path)
    for slot in header.slots:  # as the code before this one sealed them
        eph = X25519PrivateKey.generate()
        eph_public = eph.public_key().public_bytes_raw()
        shared = eph.exchange(keyslots.X25519PublicKey.from_public_bytes(slot.public))
        wrap = keyslots._envelope_key(shared, eph_public, slot.public)
        nonce = b"\0" * 12
        slot.envelope = eph_public + nonce + keyslots.AESGCM(wrap).encrypt(
            nonce, key, slot._aad(header.key_id, "envelope"))
    keyslots.write_header(book_path, header)
    assert not any(keyslots.check_envelope(header.key_id, s, key) for s in header.slots)
    vic = open_as("vic", VPASS)
    assert vic.verify() == []
    vic.close()
    header = keyslots.read_header(book_path)
    assert all(keyslots.check_envelope(header.key_id, s, key) for s in header.slots)
    open_as("ana", None, recovery_key=recovery).close()
