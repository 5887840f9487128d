"""Account changes for a casebook whose key file is still format 1 (from before the signed
roster). Such a casebook opens and is managed exactly as before: roles come from the users
table and the slot list is the file's. None of the roster's guarantees hold for it (see
SECURITY.md, "What a member who holds a key can and cannot do")."""

from __future__ import annotations

from models.db import connection
from models.open_casebook import OpenCasebook
from models.security import keyslots
from models.security.keyslots import FORMAT_1


def add_slot(book: OpenCasebook, name: str, passphrase: str, kdf: keyslots.KdfParams) -> str:
    slot_id = book.header.slot_id_for(name)
    slot = keyslots.new_slot(book.casebook_id, slot_id, "user", keyslots.normalise(passphrase),
                             book._key, kdf, fmt=FORMAT_1)
    book.header.replace(slot)
    keyslots.write_header(book.path, book.header)
    return slot_id


def rekey_without(book: OpenCasebook, drop: str) -> None:
    """Format 1's re-key: every remaining slot of the file gets the new data key."""
    header = book.header.copy()
    new_key = keyslots.new_data_key()
    header.pending = [keyslots.rewrap(book.casebook_id, s, new_key)
                      for s in header.slots if s.slot_id != drop]
    keyslots.write_header(book.path, header)  # durable before the database changes key
    connection.rekey_database(book.store.conn, new_key)
    header.slots, header.pending = header.pending, []
    book.header = header
    keyslots.wipe(book._key)
    book._key = new_key
    keyslots.write_header(book.path, header)


def replace_slot(book: OpenCasebook, slot_id: str, secret: bytes, kind: str = "user") -> None:
    old = book.header.find(slot_id)
    fresh = keyslots.new_slot(book.casebook_id, slot_id, kind, secret, book._key,
                              old.kdf if old else book.header.kdf, fmt=FORMAT_1)
    header = book.header.copy()
    header.replace(fresh)
    keyslots.write_header(book.path, header)
    book.header = header
