"""A format-1 casebook template with three members, and a fast KDF for it."""

from __future__ import annotations

import shutil

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.security import keyslots
from models.security.keyslots import FORMAT_1, KdfParams

ANA, BOB, CAT = "coordinator ana phrase", "volunteer bob phrase", "caseworker cat phrase"


DAN = "volunteer dan phrase"


PHRASES = {"ana": ANA, "bob": BOB, "cat": CAT}


FAST = KdfParams(8 * 1024, 1, 1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch):
    monkeypatch.setattr(keyslots, "MIN_MEMORY_KIB", FAST.memory_kib)
    monkeypatch.setattr(keyslots, "MIN_ITERATIONS", FAST.iterations)


def _to_format_1(path, key: bytes, recovery: str) -> None:
    """Rewrite the casebook as an older version left it: a format-1 key file whose slots are
    named by a hash of the user name, the users table pointing at them, no roster record and
    no audit signatures."""
    cid = keyslots.read_header(path).casebook_id
    header = keyslots.Header(cid, fmt=FORMAT_1)
    conn = open_connection(path, bytearray(key))
    with conn:
        for name, phrase in PHRASES.items():
            sid = keyslots.legacy_slot_id(cid, name)
            header.slots.append(keyslots.new_slot(cid, sid, "user", keyslots.normalise(phrase),
                                                  key, FAST, fmt=FORMAT_1))
            conn.execute("UPDATE users SET slot_id = ? WHERE name = ?", (sid, name))
        conn.execute("DELETE FROM audit_sig")
        conn.execute("DELETE FROM meta WHERE key LIKE 'roster_%'")
    conn.close()
    header.slots.append(keyslots.new_slot(cid, keyslots.RECOVERY_SLOT, "recovery",
                                          keyslots.recovery_secret(recovery), key, FAST,
                                          fmt=FORMAT_1))
    keyslots.write_header(path, header)


@pytest.fixture
def template(tmp_path, _fast_kdf):
    path = tmp_path / "template" / "t.wsdb"
    path.parent.mkdir()
    book, recovery = Casebook.create(path, "ana", ANA, kdf=FAST)
    book.users.add("bob", "volunteer", BOB, kdf=FAST)
    book.users.add("cat", "caseworker", CAT, kdf=FAST)
    key = bytes(book._key)
    book.close()
    _to_format_1(path, key, recovery)
    assert keyslots.read_header(path).legacy
    return path, recovery


def copy_template(template_path, where):
    where.mkdir()
    for suffix in ("", ".keys"):
        shutil.copy(str(template_path) + suffix, str(where / "t.wsdb") + suffix)
    return where / "t.wsdb"
