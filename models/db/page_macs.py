"""Every page's HMAC of the casebook's database file, checked as SQLCipher's
``PRAGMA cipher_integrity_check`` checks it, but on both cores and at about half its CPU.

SQLCipher 4 stores each 4,096-byte page encrypted, followed by its IV and an HMAC-SHA512
over the encrypted bytes, the IV and the page number (little-endian), under a key derived
from the data key: PBKDF2-HMAC-SHA512(data key, the file's salt XOR 0x3a, 2 rounds). The
first page's MAC leaves out the 16-byte salt that starts the file. SQLCipher's own check
(``sqlcipher_codec_ctx_integrity_check``) re-creates an OpenSSL MAC context and clears a
page buffer byte by byte for every page, about 20 us a page here (7 s at 200,000 clients,
issue 18); the HMAC itself is about 9 us. This module computes the same MAC from a keyed
state copied per page, in two threads that each read half of the file (hashlib releases
the GIL while it hashes a page), so the check is the same check, only cheaper.

It is used only by a default verify, and only where the connection reports exactly the
settings above (``mac_key`` gives None otherwise). Otherwise, when it finds anything, and
for ``verify --full``, ``models.db.integrity`` runs SQLCipher's own check, which names the
damage in its words. Nothing here is written or logged; the derived MAC key lives as long
as one check.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import threading
from pathlib import Path

import sqlcipher3

PAGE = 4096
SALT = 16  # the file's first bytes: SQLCipher's salt, outside every MAC
IV = 16
MAC = 64  # HMAC-SHA512
RESERVE = 80  # IV + MAC, rounded up to AES's block: what SQLCipher reserves on each page
PAYLOAD = PAGE - RESERVE + IV  # the bytes each MAC covers (the page number is appended)
# SQLite never writes the page holding the lock byte (at 1 GiB), and SQLCipher's check
# skips it; at 200,000 clients the file is larger than that, so it is in the range.
LOCK_PAGE = 0x40000000 // PAGE + 1
SHA512_BLOCK = 128
BATCH = 256  # pages read at once: 1 MiB per thread, whatever the casebook's size
# What this module reproduces; anything else is left to SQLCipher's own check.
EXPECTED = {"cipher_page_size": str(PAGE), "cipher_use_hmac": "1",
            "cipher_hmac_algorithm": "HMAC_SHA512", "cipher_hmac_pgno": "le",
            "cipher_hmac_salt_mask": "3a", "cipher_plaintext_header_size": "0",
            "fast_kdf_iter": "2",
            # SQLCipher derives the MAC key with the connection's KDF (sqlcipher.c,
            # sqlcipher_cipher_ctx_key_derive), even under a raw key.
            "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512"}


def mac_key(conn: sqlcipher3.Connection, data_key: bytes | bytearray) -> bytes | None:
    """The key SQLCipher checks the pages of ``conn``'s database with, when ``conn`` was
    keyed with the raw 32-byte ``data_key`` and uses the settings this module reproduces;
    None otherwise (the caller then uses SQLCipher's check)."""
    try:
        for pragma, value in EXPECTED.items():
            row = conn.execute(f"PRAGMA {pragma}").fetchone()
            if row is None or str(row[0]).lower() != value.lower():
                return None
        row = conn.execute("PRAGMA cipher_salt").fetchone()
    except sqlcipher3.DatabaseError:
        return None
    if row is None or len(data_key) != 32:
        return None
    try:
        salt = bytes.fromhex(str(row[0]))
    except ValueError:
        return None
    if len(salt) != SALT:
        return None
    # The data key as given (a bytearray the lock wipes), never copied into an immutable
    # bytes object that would outlive the check in freed memory.
    return hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32)


def bad_pages(path: Path | str, key: bytes, threads: int = 2) -> list[str]:
    """A sentence for each page whose MAC does not match (and for a cut last page), in
    SQLCipher's words; empty when every page is intact. Reads the file in ``BATCH``-page
    pieces, ``threads`` ranges of pages at once."""
    with open(path, "rb", buffering=0) as fh:
        size = os.fstat(fh.fileno()).st_size
    pages = size // PAGE
    found: list[list[int]] = [[] for _ in range(max(1, threads))]
    bounds = [1 + pages * i // len(found) for i in range(len(found) + 1)]
    errors: list[BaseException] = []

    def run(i: int) -> None:
        try:
            found[i] = _check_range(path, key, bounds[i], bounds[i + 1] - 1)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller below
            errors.append(exc)

    helpers = [threading.Thread(target=run, args=(i,), name="verify-page-macs", daemon=True)
               for i in range(1, len(found))]
    for t in helpers:
        t.start()
    run(0)
    for t in helpers:
        t.join()
    if errors:
        raise errors[0]
    problems = [f"HMAC verification failed for page {p}" for part in found for p in part]
    if size % PAGE:
        problems.append(f"page {pages + 1} has an invalid size of {size % PAGE} bytes "
                        f"(expected {PAGE} bytes)")
    return problems


def _check_range(path: Path | str, key: bytes, first: int, last: int) -> list[int]:
    """The pages from ``first`` to ``last`` (numbered from 1) whose MAC does not match."""
    bad: list[int] = []
    # HMAC (RFC 2104) spelled out: SHA-512 of the key XOR opad, then of the inner digest,
    # from the two padded key blocks hashed once and copied per page. The same MAC as
    # hmac.new's, with a fifth less work per page than its copy() (hmac's Python layer).
    block = key.ljust(SHA512_BLOCK, b"\0")
    inner = hashlib.sha512(bytes(b ^ 0x36 for b in block))
    outer = hashlib.sha512(bytes(b ^ 0x5C for b in block))
    buf = bytearray(PAGE * BATCH)
    view = memoryview(buf)
    with open(path, "rb", buffering=0) as fh:
        fh.seek((first - 1) * PAGE)
        page = first
        while page <= last:
            want = min(BATCH, last - page + 1) * PAGE
            got = fh.readinto(view[:want]) or 0
            for at in range(0, got - got % PAGE, PAGE):
                if page != LOCK_PAGE:
                    h = inner.copy()
                    h.update(view[at + (SALT if page == 1 else 0):at + PAYLOAD])
                    h.update(page.to_bytes(4, "little"))
                    mac = outer.copy()
                    mac.update(h.digest())
                    if not hmac.compare_digest(mac.digest(), view[at + PAYLOAD:at + PAGE]):
                        bad.append(page)
                page += 1
            if got < want:  # the file shrank while it was read: the rest is missing
                bad.extend(range(page, last + 1))
                break
    return bad
