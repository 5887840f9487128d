"""Issue 12: the attacks of the outside review, each reproduced against the key file, the
roster and the audit trail. Every test here failed on the code before the signed roster."""

from __future__ import annotations

import dataclasses
import hashlib
import json

import pytest

from models.audit import entry_digest
from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, InvalidInput, WrongPassphrase
from models.security import keyslots
from models.security.keyslots import KdfParams
from tests.conftest import PASS

VPASS = "volunteer passphrase"


def _slot_of(header: keyslots.Header, name: str) -> keyslots.Slot:
    return (header.find(keyslots.slot_id_for(header, name))
            or header.find(keyslots.slot_id_for(header.casebook_id, name)))  # format 1


def _volunteer_key(book_path) -> bytearray:
    """What a volunteer holds: the data key from their own slot."""
    header = keyslots.read_header(book_path)
    return keyslots.unseal(header.casebook_id, _slot_of(header, "vic"), keyslots.normalise(VPASS))


@pytest.fixture
def with_vic(new_book):
    book, recovery = new_book
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    return book, recovery


def test_planted_slot_is_reported_never_rewrapped_and_opens_nothing_after_removal(
        with_vic, book_path, open_as):
    book, _ = with_vic
    book.close()
    keys = keyslots.header_path(book_path)
    d = json.loads(keys.read_text())
    vic_id = _slot_of(keyslots.read_header(book_path), "vic").slot_id
    planted = dict(next(s for s in d["slots"] if s["id"] == vic_id), id="f" * 32)
    d["slots"].append(planted)
    keys.write_text(json.dumps(d))
    ana = open_as("ana")
    problems = ana.verify()
    assert any(keys.name in p and "roster" in p for p in problems), problems
    ana.users.remove(next(u.id for u in ana.users.list() if u.name == "vic"))
    ana.close()
    # Whatever the file holds now, vic's passphrase yields no key that opens the database.
    header = json.loads(keys.read_text())
    for s in header["slots"] + header.get("pending", []):
        try:
            key = keyslots.unseal(header["casebook"], keyslots.Slot.from_dict(s),
                                  keyslots.normalise(VPASS))
        except (WrongPassphrase, CasebookCorrupt):
            continue
        with pytest.raises(CasebookCorrupt):
            open_connection(book_path, key).close()


def test_a_duplicated_slot_makes_the_key_file_refused_or_reported(with_vic, book_path):
    book, _ = with_vic
    book.close()
    keys = keyslots.header_path(book_path)
    d = json.loads(keys.read_text())
    d["slots"].append(dict(d["slots"][-1]))
    keys.write_text(json.dumps(d))
    try:
        again = Casebook.open(book_path, "ana", PASS)
    except CasebookCorrupt as exc:
        assert keys.name in str(exc)
        return
    try:
        assert any(keys.name in p for p in again.verify())
    finally:
        again.close()


def test_a_swapped_recovery_slot_opens_nothing(with_vic, book_path):
    book, _ = with_vic
    book.close()
    data_key = _volunteer_key(book_path)
    header = keyslots.read_header(book_path)
    mine = keyslots.new_recovery_key()
    fake = keyslots.new_slot(header.casebook_id, keyslots.RECOVERY_SLOT, "recovery",
                             keyslots.recovery_secret(mine), data_key, KdfParams())
    header.replace(fake)
    keyslots.write_header(book_path, header)
    with pytest.raises((WrongPassphrase, CasebookCorrupt)):
        Casebook.open(book_path, "ana", recovery_key=mine).close()


def test_a_role_edit_in_the_database_grants_nothing_and_verify_reports_it(with_vic, book_path,
                                                                           open_as):
    book, _ = with_vic
    book.close()
    conn = open_connection(book_path, _volunteer_key(book_path))
    with conn:
        conn.execute("UPDATE users SET role = 'coordinator' WHERE name = 'vic'")
    conn.close()
    vic = open_as("vic", VPASS)
    assert vic.user.role == "volunteer"
    vic.close()
    ana = open_as("ana")
    assert any("role" in p for p in ana.verify())


def test_rewriting_history_with_a_volunteers_key_is_named_by_verify(with_vic, book_path,
                                                                     open_as):
    book, _ = with_vic
    from models.clients import Client

    cid = book.clients.add(Client("Sentinel Client")).id_of("clients")
    ana_id = book.user.id
    book.close()
    vic = open_as("vic", VPASS)
    vic.clients.get(cid)
    vic_id = vic.user.id
    vic.close()
    conn = open_connection(book_path, _volunteer_key(book_path))
    rows = conn.execute("SELECT seq, at, user_id, action, entity, entity_id, client_id"
                        " FROM audit WHERE user_id != ? ORDER BY seq", (vic_id,)).fetchall()
    rows.append((rows[-1][0] + 1, rows[-1][1], ana_id, "export", "casebook", None, None))
    with conn:
        conn.execute("DELETE FROM audit")
        prev = "0" * 64
        for seq, at, uid, action, entity, eid, client in rows:
            h = entry_digest(prev, at, uid, action, entity, eid, client)
            conn.execute("INSERT INTO audit (seq, at, user_id, action, entity, entity_id,"
                         " client_id, prev, hash) VALUES (?,?,?,?,?,?,?,?,?)",
                         (seq, at, uid, action, entity, eid, client, prev, h))
            prev = h
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_head'", (prev,))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'audit_count'", (str(len(rows)),))
    conn.close()
    ana = open_as("ana")
    problems = ana.verify()
    assert problems
    assert any("#" in p and "ana" in p for p in problems), problems


def test_an_old_passphrase_opens_nothing_after_a_change(with_vic, book_path, open_as):
    book, recovery = with_vic
    book.close()
    old = keyslots.read_header(book_path)
    old_vic = _slot_of(old, "vic")
    vic = open_as("vic", VPASS)
    vic.users.change_passphrase(VPASS, "a brand new volunteer phrase")
    vic.close()
    ana = open_as("ana")
    ana.users.add("cleo", "caseworker", "caseworker passphrase", kdf=KdfParams())
    ana.users.remove(next(u.id for u in ana.users.list() if u.name == "cleo"))  # a re-key
    new = keyslots.read_header(book_path)
    new_vic = _slot_of(new, "vic")
    # The old sealed private key (known through the leaked old passphrase) in today's slot.
    hybrid = dataclasses.replace(new_vic, salt=old_vic.salt, kdf=old_vic.kdf,
                                 sealed_private=old_vic.sealed_private)
    with pytest.raises((WrongPassphrase, CasebookCorrupt)):
        keyslots.unseal(new.casebook_id, hybrid, keyslots.normalise(VPASS))
    assert new_vic.public != old_vic.public
    # The recovery key can be replaced; the old one then opens nothing.
    fresh = ana.users.new_recovery_key()
    ana.close()
    with pytest.raises((WrongPassphrase, CasebookCorrupt)):
        Casebook.open(book_path, "ana", recovery_key=recovery).close()
    open_as("ana", None, recovery_key=fresh).close()


@pytest.mark.parametrize("weak", ["password", "aaaaaaaa", "qwertyuiop"])
def test_weak_passphrases_are_refused(book, weak, tmp_path):
    with pytest.raises(InvalidInput):
        book.users.add("dee", "volunteer", weak, kdf=KdfParams())
    with pytest.raises(InvalidInput):
        Casebook.create(tmp_path / "weak.wsdb", "ana", weak, kdf=KdfParams())


@pytest.mark.parametrize("field,value", [
    ("private", "AAAA"), ("envelope", "AAAA"), ("salt", ""), ("public", "AAAA")])
def test_hostile_slot_fields_are_refused_as_damage(book, book_path, field, value):
    book.close()
    keys = keyslots.header_path(book_path)
    d = json.loads(keys.read_text())
    for s in d["slots"]:
        s[field] = value
    keys.write_text(json.dumps(d))
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(book_path, "ana", PASS).close()
    assert keys.name in str(info.value)


def test_argon2_parameters_above_the_documented_cap_are_refused(book, book_path):
    book.close()
    keys = keyslots.header_path(book_path)
    d = json.loads(keys.read_text())
    d["slots"][0]["kdf"]["m"] = 4 * 1024 * 1024
    d["slots"][0]["kdf"]["t"] = 64
    with pytest.raises(CasebookCorrupt):
        keyslots.Header.from_bytes(json.dumps(d).encode(), str(keys))
    assert keyslots.MAX_MEMORY_KIB == 1024 * 1024 and keyslots.MAX_ITERATIONS == 16


def test_slot_ids_are_not_a_salted_hash_of_the_name(with_vic, book_path):
    header = keyslots.read_header(book_path)
    d = json.loads(keyslots.header_path(book_path).read_text())
    names = {hashlib.sha256(f"{d['casebook']}\x00{n}".encode()).hexdigest()[:32]
             for n in ("ana", "vic")}
    assert not names & {s.slot_id for s in header.slots}


def test_an_unknown_name_costs_the_same_argon2_work_as_a_real_one(tmp_path, monkeypatch):
    path = tmp_path / "cost.wsdb"
    book, _ = Casebook.create(path, "ana", PASS, kdf=KdfParams(iterations=4))
    book.close()
    calls: list[tuple] = []
    real = keyslots.derive

    def counting(secret, salt, params):
        calls.append((params.memory_kib, params.iterations, params.parallelism))
        return real(secret, salt, params)

    monkeypatch.setattr(keyslots, "derive", counting)
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "ana", "not the passphrase at all")
    known, calls[:] = list(calls), []
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "nobody-here", "not the passphrase at all")
    assert calls == known
