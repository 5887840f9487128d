"""Issue 12: the signed roster holds against a member who can write the key file and holds
the data key, and the audit trail's reading rights."""

from __future__ import annotations

import json

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt, PermissionDenied, WrongPassphrase
from models.security import keyslots, roster
from models.security.keyslots import KdfParams
from tests.conftest import PASS

VPASS = "volunteer passphrase"


@pytest.fixture
def with_vic(new_book):
    book, recovery = new_book
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    return book, recovery


def _vic(book_path):
    header = keyslots.read_header(book_path)
    slot = header.find(header.slot_id_for("vic"))
    keys = keyslots.open_private(header.casebook_id, slot, keyslots.normalise(VPASS))
    return header, slot, keys


def test_a_roster_version_signed_by_a_volunteer_is_refused(with_vic, book_path):
    book, _ = with_vic
    book.close()
    header, slot, keys = _vic(book_path)
    chain = roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")
    promoted = [e if e.slot_id != slot.slot_id else roster.Entry(
        e.slot_id, e.kind, "coordinator", e.user_id, e.exchange, e.signing)
        for e in chain[-1].entries]
    header.roster.append(roster.make_version(header.casebook_id, chain[-1], promoted,
                                             slot.slot_id, keys.signing))
    keyslots.write_header(book_path, header)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(book_path, "vic", VPASS)
    assert "not allowed" in str(info.value) and "test.wsdb.keys" in str(info.value)


def test_a_new_founder_cannot_be_put_in_the_key_file(with_vic, book_path):
    book, _ = with_vic
    book.close()
    header, slot, keys = _vic(book_path)
    d = json.loads(keyslots.header_path(book_path).read_text())
    d["founder"] = keyslots._b64(keys.signing.public_key().public_bytes_raw())
    keyslots.header_path(book_path).write_text(json.dumps(d))
    with pytest.raises(CasebookCorrupt, match="does not belong"):
        Casebook.open(book_path, "vic", VPASS)


def test_an_older_key_file_is_detected(with_vic, book_path, open_as):
    book, _ = with_vic
    old = keyslots.header_path(book_path).read_bytes()
    book.users.add("cleo", "caseworker", "caseworker passphrase", kdf=KdfParams())
    book.close()
    keyslots.header_path(book_path).write_bytes(old)
    with pytest.raises(CasebookCorrupt, match="older"):
        Casebook.open(book_path, "ana", PASS)


def test_planted_pending_slots_never_become_the_data_key(with_vic, book_path, open_as):
    """An attacker who knows the public keys wraps a key of their own to everyone as an
    'unfinished re-key': opening must not adopt it."""
    book, _ = with_vic
    book.close()
    header = keyslots.read_header(book_path)
    mine = keyslots.new_data_key()
    header.pending = [keyslots.rewrap(header.casebook_id, s, mine) for s in header.slots]
    keyslots.write_header(book_path, header)
    open_as("ana").close()
    with pytest.raises(CasebookCorrupt):
        open_connection(book_path, mine).close()


def test_a_coordinators_own_key_signs_the_audit_and_a_foreign_signature_is_named(
        with_vic, book_path, open_as):
    book, _ = with_vic
    book.close()
    vic = open_as("vic", VPASS)
    vic.close()
    header, slot, keys = _vic(book_path)
    conn = open_connection(book_path, keyslots.unseal(header.casebook_id, slot,
                                                      keyslots.normalise(VPASS)))
    with conn:  # vic re-signs ana's first batch with her own key
        seq, version, digest = conn.execute("SELECT seq, roster_version, roster_hash"
                                            " FROM audit_sig ORDER BY seq LIMIT 1").fetchone()
        head, = conn.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        from models.audit import signed_message
        conn.execute("UPDATE audit_sig SET signer = ?, sig = ? WHERE seq = ?",
                     (slot.signing_public, keys.signing.sign(
                         signed_message(header.casebook_id, seq, head, version, digest)), seq))
    conn.close()
    ana = open_as("ana")
    problems = ana.verify()
    assert any("claims to be by ana but is signed by vic" in p for p in problems), problems


def test_reading_the_whole_audit_is_a_coordinators_right(with_vic, open_as):
    book, _ = with_vic
    assert book.audit.recent(5)
    book.close()
    vic = open_as("vic", VPASS)
    with pytest.raises(PermissionDenied):
        vic.audit.recent()


def test_a_volunteers_bulk_listing_of_clients_is_audited(with_vic, book_path, capsys,
                                                         monkeypatch, open_as):
    book, _ = with_vic
    book.close()
    from tests.support.cli import run

    monkeypatch.setenv("WAYSTATION_USER", "vic")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", VPASS)
    code, _, err = run(capsys, "list", book_path, "clients")
    assert code == 0, err
    ana = open_as("ana")
    vic_id = next(u.id for u in ana.users.list() if u.name == "vic")
    assert any(e.action == "list" and e.entity == "clients" and e.user_id == vic_id
               for e in ana.audit.recent(20))


def test_new_recovery_key_from_the_command_line(with_vic, book_path, capsys, monkeypatch):
    book, recovery = with_vic
    book.close()
    from tests.support.cli import run

    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    code, out, err = run(capsys, "user", "new-recovery-key", book_path)
    assert code == 0, err
    fresh = out.strip().splitlines()[-1]
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "ana", recovery_key=recovery)
    Casebook.open(book_path, "ana", recovery_key=fresh).close()
    monkeypatch.setenv("WAYSTATION_USER", "vic")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", VPASS)
    code, _, err = run(capsys, "user", "new-recovery-key", book_path)
    assert code != 0 and "volunteer" in err


def test_the_cli_refuses_a_weak_passphrase_with_one_sentence(with_vic, book_path, capsys,
                                                             monkeypatch, tmp_path):
    book, _ = with_vic
    book.close()
    from tests.support.cli import run

    weak = tmp_path / "weak.txt"
    weak.write_text("password\n")
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    code, _, err = run(capsys, "user", "add", book_path, "dee", "--role", "volunteer",
                       "--new-passphrase-file", weak)
    assert code != 0
    assert "too easy to guess" in err and len(err.strip().splitlines()) == 1


def test_a_demoted_coordinator_cannot_use_an_old_key_file(new_book, book_path, open_as):
    book, _ = new_book
    book.users.add("cory", "coordinator", "coordinator cory phrase", kdf=KdfParams())
    old = keyslots.header_path(book_path).read_bytes()
    cory = next(u.id for u in book.users.list() if u.name == "cory")
    book.users.set_role(cory, "volunteer")
    assert book.verify() == []
    book.close()
    assert open_as("cory", "coordinator cory phrase").user.role == "volunteer"
    header = keyslots.Header.from_bytes(old)
    slot = header.find(header.slot_id_for("cory"))
    key = keyslots.unseal(header.casebook_id, slot, keyslots.normalise("coordinator cory phrase"))
    with pytest.raises(CasebookCorrupt):
        open_connection(book_path, key).close()


def test_a_removed_member_can_be_added_again_with_new_keys(with_vic, book_path, open_as):
    book, _ = with_vic
    vic = next(u.id for u in book.users.list() if u.name == "vic")
    book.users.remove(vic)
    book.users.add("vic", "caseworker", "a new caseworker phrase", kdf=KdfParams())
    assert book.verify() == []
    book.close()
    assert open_as("vic", "a new caseworker phrase").user.role == "caseworker"
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "vic", VPASS)


def _vic_appends(book_path, entries=None, **kw):
    """vic, offline with his own passphrase, appends a roster version he signs himself."""
    header, slot, keys = _vic(book_path)
    chain = roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")
    header.roster.append(roster.make_version(
        header.casebook_id, chain[-1], list(entries(chain[-1], slot) if entries
                                            else chain[-1].entries),
        slot.slot_id, keys.signing, **kw))
    keyslots.write_header(book_path, header)
    return header, slot, keys


def _moved_slot(latest, slot):
    return [e if e.slot_id != slot.slot_id else roster.Entry(
        "f" * 32, e.kind, e.role, e.user_id, e.exchange, e.signing) for e in latest.entries]


@pytest.mark.parametrize("change", ["legacy_audit", "own slot id"])
def test_a_volunteers_own_keys_version_may_change_nothing_else(with_vic, book_path, change):
    """Review #1: raising ``legacy_audit`` in a self-signed version switched the audit's
    signature checks off; only the member's own public keys may change."""
    book, _ = with_vic
    book.close()
    if change == "legacy_audit":
        _vic_appends(book_path, legacy_audit=10**12)
    else:
        _vic_appends(book_path, _moved_slot)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(book_path, "ana", PASS)
    assert "not allowed" in str(info.value) and "test.wsdb.keys" in str(info.value)


def test_legacy_audit_cannot_change_even_under_a_coordinators_signature(new_book, book_path):
    book, _ = new_book
    book.close()
    header = keyslots.read_header(book_path)
    slot = header.find(header.slot_id_for("ana"))
    keys = keyslots.open_private(header.casebook_id, slot, keyslots.normalise(PASS))
    chain = roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")
    header.roster.append(roster.make_version(header.casebook_id, chain[-1],
                                             list(chain[-1].entries), slot.slot_id,
                                             keys.signing, legacy_audit=10**12))
    with pytest.raises(CasebookCorrupt, match="not allowed"):
        roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")


def test_pending_slots_signed_by_a_volunteer_are_never_adopted(with_vic, book_path, open_as):
    """Review #9b: vic signs a no-op version of his own, so he is "the newest version's
    signer", then plants pending slots with a key he chose, signed by him."""
    from models.security.roster_trust import pending_message, trusted_chain

    book, recovery = with_vic
    book.close()
    header, slot, keys = _vic_appends(book_path)
    chosen = keyslots.new_data_key()
    header.pending = [keyslots.rewrap(header.casebook_id, s, chosen) for s in header.slots]
    header.pending_sig = keys.signing.sign(
        pending_message(header, trusted_chain(book_path, header)[-1]))
    keyslots.write_header(book_path, header)
    open_as("ana").close()
    with pytest.raises(CasebookCorrupt):
        open_connection(book_path, chosen).close()
    Casebook.open(book_path, "ana", recovery_key=recovery).close()


def test_every_listing_that_names_clients_is_audited_once(with_vic, book_path, capsys,
                                                          monkeypatch, open_as):
    """Review #11: ``list referrals`` printed every referred client's name unaudited."""
    book, _ = with_vic
    book.close()
    from tests.support.cli import run

    monkeypatch.setenv("WAYSTATION_USER", "vic")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", VPASS)
    kinds = ("referrals", "followups", "sponsorships")
    for kind in kinds:
        code, _, err = run(capsys, "list", book_path, kind, "--json")
        assert code == 0, err
    ana = open_as("ana")
    vic_id = next(u.id for u in ana.users.list() if u.name == "vic")
    listed = [e.entity for e in ana.audit.recent(40) if e.action == "list"
              and e.user_id == vic_id]
    assert sorted(listed) == sorted(kinds)


def test_a_roster_rolled_back_with_the_database_record_is_named_by_verify(with_vic, book_path,
                                                                          open_as):
    """Review #2: with the data key, a member cuts the key file's roster back to an older
    version and rewrites the database's record to match. Every audit signature names the
    roster version it was made under, so ``verify`` sees entries signed under a newer one."""
    from models.clients import Client

    book, _ = with_vic
    vic_id = next(u.id for u in book.users.list() if u.name == "vic")
    book.users.set_role(vic_id, "caseworker")
    book.clients.add(Client("Signed Under Three"))
    book.close()
    header, slot, _ = _vic(book_path)
    chain = roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")
    header.roster = header.roster[:-1]
    keyslots.write_header(book_path, header)
    conn = open_connection(book_path, keyslots.unseal(header.casebook_id, slot,
                                                      keyslots.normalise(VPASS)))
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'roster_version'",
                     (str(chain[-2].version),))
        conn.execute("UPDATE meta SET value = ? WHERE key = 'roster_hash'", (chain[-2].digest,))
        conn.execute("UPDATE users SET role = 'volunteer' WHERE id = ?", (vic_id,))
    conn.close()
    ana = open_as("ana")
    problems = ana.verify()
    assert any("rolled back" in p and "test.wsdb.keys" not in p for p in problems), problems
    ana.close()


def test_a_roll_back_hidden_by_a_new_version_of_the_same_number_is_named(with_vic, book_path,
                                                                        open_as):
    """Review #2 (a2): after the roll-back a new roster version brings the number back up
    (here vic's own no-op version); the signatures also name each version's hash."""
    from models.clients import Client

    book, _ = with_vic
    vic_id = next(u.id for u in book.users.list() if u.name == "vic")
    book.users.set_role(vic_id, "caseworker")
    book.clients.add(Client("Signed Under Three"))
    book.close()
    header, slot, _ = _vic(book_path)
    header.roster = header.roster[:-1]
    keyslots.write_header(book_path, header)
    header, _, _ = _vic_appends(book_path)
    newest = roster.verify_chain(header.casebook_id, header.founder, header.roster, "k")[-1]
    conn = open_connection(book_path, keyslots.unseal(header.casebook_id, slot,
                                                      keyslots.normalise(VPASS)))
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'roster_hash'", (newest.digest,))
        conn.execute("UPDATE users SET role = 'volunteer' WHERE id = ?", (vic_id,))
    conn.close()
    ana = open_as("ana")
    problems = ana.verify()
    assert any("rolled back" in p for p in problems), problems


def test_a_key_file_from_before_a_re_key_is_named_not_called_damage(with_vic, book_path):
    """A key file put back from before a re-key opens a slot whose data key no longer opens
    the database: that was reported as a damaged casebook file. It is one sentence naming
    the key file; a damaged first page is still damage (tests/reliability/test_corruption.py)."""
    book, _ = with_vic
    old = keyslots.header_path(book_path).read_bytes()
    book.users.remove(next(u.id for u in book.users.list() if u.name == "vic"))
    book.close()
    keyslots.header_path(book_path).write_bytes(old)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(book_path, "ana", PASS)
    message = str(info.value)
    assert "test.wsdb.keys" in message and "older" in message
    assert "damaged" not in message and ". " not in message.rstrip(".")
    assert info.value.path == str(keyslots.header_path(book_path))
