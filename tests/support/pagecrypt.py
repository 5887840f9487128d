"""Decrypt every page of a SQLCipher 4 file, free pages and slack included.

Tests use this to prove that deleted data is gone from the file itself (S10), not merely
unreachable through SQL: secure_delete must have zeroed it before encryption.
"""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # 16-byte IV + 64-byte HMAC-SHA512 per page (SQLCipher 4 defaults)


def decrypt_pages(path: Path, key_hex: str) -> bytes:
    raw = Path(path).read_bytes()
    key = bytes.fromhex(key_hex)
    out = bytearray()
    for start in range(0, len(raw) - len(raw) % PAGE, PAGE):
        page = raw[start:start + PAGE]
        iv = page[PAGE - RESERVE:PAGE - RESERVE + 16]
        body = page[16:PAGE - RESERVE] if start == 0 else page[:PAGE - RESERVE]
        dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        out += dec.update(body) + dec.finalize()
    return bytes(out)
