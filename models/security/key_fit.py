"""Whether a data key fits a casebook's database file, read from the file's own page MACs.

When a key slot opens but its data key does not open the database, either the database's
first page is damaged or the key file and the database are from different times (a key file
put back from before a re-key, or an older database copied over a newer one). SQLite cannot
tell the two apart: both fail on page 1. Each SQLCipher page carries its own HMAC, though,
so a key that authenticates any of the next pages fits the file (page 1 is damaged), and a
key that authenticates none of them belongs to another time of the casebook. Nothing is
decrypted here; only the MACs are recomputed.

The layout is SQLCipher 4's with a raw 32-byte key (``models.db.connection``): 4096-byte pages,
a 16-byte salt at the start of page 1, and 80 reserved bytes at the end of every page (a
16-byte IV, then an HMAC-SHA512 over the page's ciphertext, the IV and the page number,
little-endian, under a key derived from the data key with PBKDF2-HMAC-SHA512, 2 iterations,
over the salt XOR 0x3a).
"""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

PAGE = 4096
_RESERVE = 80
_IV = 16
_SALT = 16
PAGES_LOOKED_AT = 8


def key_fits(db_path: Path, data_key: bytes | bytearray) -> bool | None:
    """True if ``data_key`` authenticates one of pages 2..9 of ``db_path``, False if it
    authenticates none of them, None if the file is too short or unreadable to tell."""
    try:
        with open(db_path, "rb") as fh:
            head = fh.read(PAGE * (PAGES_LOOKED_AT + 1))
    except OSError:
        return None
    if len(head) < 2 * PAGE:
        return None
    salt = head[:_SALT]
    mac_key = hashlib.pbkdf2_hmac("sha512", bytes(data_key),
                                  bytes(b ^ 0x3A for b in salt), 2, 32)
    for number in range(2, len(head) // PAGE + 1):
        page = head[(number - 1) * PAGE:number * PAGE]
        end = PAGE - _RESERVE + _IV
        mac = hmac.new(mac_key, page[:end] + number.to_bytes(4, "little"),
                       hashlib.sha512).digest()
        if hmac.compare_digest(mac, page[end:end + 64]):
            return True
    return False
