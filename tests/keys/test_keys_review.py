"""Review 2 of the format-1 upgrade (F6, F2, F2b, F7, F3): each test failed on the code
before its fix. Reuses the format-1 template of ``tests/keys/test_keys_upgrade.py`` (ana
coordinator, bob volunteer, cat caseworker; Argon2 at a lowered floor)."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric import ed25519

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt
from models.security import keyslots, roster
from models.security.roster_trust import entry_for, pending_message, trusted_chain
from tests.support.keys import ANA, BOB, CAT, _fast_kdf, copy_template, template  # noqa: F401 - fixtures

# The format-1 template and the lowered Argon2 floor of tests/keys/test_keys_upgrade.py.
format_1 = template


def _upgrade_recording(path, monkeypatch) -> list:
    """ana's upgrading open, by a build of the app that keeps every signing key it makes."""
    kept: list = []
    real = ed25519.Ed25519PrivateKey.generate

    class Recording(ed25519.Ed25519PrivateKey):
        @staticmethod
        def generate():  # noqa: ANN205
            key = real()
            kept.append(key)
            return key

    monkeypatch.setattr(keyslots, "Ed25519PrivateKey", Recording)
    Casebook.open(path, "ana", ANA).close()
    monkeypatch.setattr(keyslots, "Ed25519PrivateKey", ed25519.Ed25519PrivateKey)
    return kept


def _key_for(kept: list, public: bytes):  # noqa: ANN202
    return next(k for k in kept if k.public_key().public_bytes_raw() == public)


def _ana_removed_by_bob(path) -> None:
    """ana makes bob a coordinator; bob's first open re-seals his slot; bob removes ana."""
    ana = Casebook.open(path, "ana", ANA)
    ids = {u.name: u.id for u in ana.users.list()}
    ana.users.set_role(ids["bob"], "coordinator")
    ana.users.set_role(ids["cat"], "coordinator")  # cat does not open again before the attack
    ana.close()
    bob = Casebook.open(path, "bob", BOB)
    bob.users.remove(ids["ana"])
    assert bob.verify() == []
    bob.close()


def _plant(path, signer_slot: str, signer_key, entries=None) -> bytearray:  # noqa: ANN001
    """The removed ana writes only the key file: a roster version signed with ``signer_key``
    and a pending re-key to a data key she chose, signed the same way."""
    header = keyslots.read_header(path)
    # Read as the code before the fix read it: her earlier versions are in the file.
    latest = roster.verify_chain(header.key_id, header.founder, header.roster, "k")[-1]
    header.roster = header.roster + [roster.make_version(
        header.key_id, latest, list(entries or latest.entries), signer_slot, signer_key)]
    chosen = keyslots.new_data_key()
    header.pending = [keyslots.rewrap(header.key_id, s, chosen) for s in header.slots]
    header.pending_sig = signer_key.sign(pending_message(
        header, roster.verify_chain(header.key_id, header.founder, header.roster, "k")[-1]))
    keyslots.write_header(path, header)
    return chosen


def _opens_with(path, key: bytearray) -> bool:
    try:
        conn = open_connection(path, bytearray(key))
        conn.execute("SELECT count(*) FROM clients").fetchone()
        conn.close()
    except CasebookCorrupt:
        return False
    return True


def _bob_opens(path) -> None:  # noqa: ANN001
    """bob's ordinary open after the plant: refused as tampered, or it goes on; either way
    the planted key must not become the data key."""
    try:
        Casebook.open(path, "bob", BOB).close()
    except CasebookCorrupt:
        pass


def test_f6_the_upgraders_copy_of_the_recovery_signing_key_signs_nothing(format_1, tmp_path,
                                                                         monkeypatch):
    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f6")
    kept = _upgrade_recording(path, monkeypatch)
    header = keyslots.read_header(path)
    rec_entry = trusted_chain(path, header)[-1].recovery
    rec_key = _key_for(kept, rec_entry.signing)
    _ana_removed_by_bob(path)
    chosen = _plant(path, rec_entry.slot_id, rec_key)
    _bob_opens(path)
    assert not _opens_with(path, chosen)
    # Nor by first replacing the recovery slot's keys with ones she chose ("its own re-seal").
    path = copy_template(template_path, tmp_path / "f6b")
    kept = _upgrade_recording(path, monkeypatch)
    header = keyslots.read_header(path)
    rec_entry = trusted_chain(path, header)[-1].recovery
    rec_key = _key_for(kept, rec_entry.signing)
    _ana_removed_by_bob(path)
    header = keyslots.read_header(path)
    latest = trusted_chain(path, header)[-1]
    mine = keyslots.new_keys()
    fresh = keyslots.new_slot(header.key_id, keyslots.RECOVERY_SLOT, "recovery", b"x" * 32,
                              bytearray(32), header.kdf, mine)
    entries = [e for e in latest.entries if e.kind != "recovery"]
    entries.append(entry_for(fresh, None, None))
    header.roster = header.roster + [roster.make_version(
        header.key_id, latest, entries, rec_entry.slot_id, rec_key)]
    header.replace(fresh)
    keyslots.write_header(path, header)
    chosen = _plant(path, rec_entry.slot_id, mine.signing)
    _bob_opens(path)
    assert not _opens_with(path, chosen)


def test_f6_a_member_not_yet_reopened_lends_the_removed_upgrader_no_signing_power(
        format_1, tmp_path, monkeypatch):
    """cat, made a coordinator, has not opened since the upgrade: ana kept the signing key she
    made for cat's slot. After ana's removal it signs no roster version and no re-key, and
    it cannot sign a change of cat's own keys to ones ana chose either."""
    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f6c")
    kept = _upgrade_recording(path, monkeypatch)
    _ana_removed_by_bob(path)
    header = keyslots.read_header(path)
    cat_slot = header.slot_id_for("cat")
    cat_entry = trusted_chain(path, header)[-1].entry(cat_slot)
    assert cat_entry.role == "coordinator"
    cat_key = _key_for(kept, cat_entry.signing)
    backup = header.to_bytes()
    chosen = _plant(path, cat_slot, cat_key)
    _bob_opens(path)
    assert not _opens_with(path, chosen)
    # cat's "own keys" changed to ana's, then a version signed by those.
    keyslots.header_path(path).write_bytes(backup)
    header = keyslots.read_header(path)
    latest = trusted_chain(path, header)[-1]
    mine = keyslots.new_keys()
    entries = [e if e.slot_id != cat_slot else roster.Entry(
        cat_slot, "user", "coordinator", e.user_id,
        mine.exchange.public_key().public_bytes_raw(),
        mine.signing.public_key().public_bytes_raw()) for e in latest.entries]
    header.roster = header.roster + [roster.make_version(
        header.key_id, latest, entries, cat_slot, cat_key)]
    keyslots.write_header(path, header)
    chosen = _plant(path, cat_slot, mine.signing)
    _bob_opens(path)
    assert not _opens_with(path, chosen)


def test_f6_finishing_a_pending_re_key_on_open_is_audited(format_1, tmp_path, monkeypatch):
    """A removal whose re-key stopped after the key file got its pending slots (the database
    kept its key, and putting the key file back failed): the next open finishes the re-key,
    and the audit says so."""
    from models.db import connection

    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "pending")
    ana = Casebook.open(path, "ana", ANA)
    cat_id = next(u.id for u in ana.users.list() if u.name == "cat")
    real_write = keyslots.write_header
    calls = []

    def write(db_path, header):  # noqa: ANN001, ANN202
        calls.append(1)
        if len(calls) > 1:
            raise OSError("disk full")
        return real_write(db_path, header)

    def rekey(conn, key):  # noqa: ANN001, ANN202
        raise OSError("disk full")

    monkeypatch.setattr(keyslots, "write_header", write)
    real_rekey = connection.rekey_database
    monkeypatch.setattr(connection, "rekey_database", rekey)
    with pytest.raises(Exception):  # noqa: B017 - ChangeFailed
        ana.users.remove(cat_id)
    monkeypatch.setattr(connection, "rekey_database", real_rekey)
    monkeypatch.setattr(keyslots, "write_header", real_write)
    ana.close()
    assert keyslots.read_header(path).pending
    ana = Casebook.open(path, "ana", ANA)
    assert not keyslots.read_header(path).pending
    actions = [a for (a,) in ana.store.q("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["finish_rekey", "unlock"]
    assert ana.verify() == []
    ana.close()


def test_f2b_slot_ids_swapped_in_the_users_table_before_the_upgrade_bind_nobody(format_1,
                                                                                tmp_path):
    """bob (volunteer) swaps the slot_id column of his row and cat's before ana's upgrading
    open: each member's slot is taken from their name, so bob still signs in as bob."""
    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f2b")
    bob = Casebook.open(path, "bob", BOB)
    ids = {u.name: u.id for u in bob.users.list()}
    cid, conn = bob.casebook_id, bob.store.conn
    with conn:
        conn.execute("UPDATE users SET slot_id = 'x' WHERE name = 'bob'")
        conn.execute("UPDATE users SET slot_id = ? WHERE name = 'cat'",
                     (keyslots.legacy_slot_id(cid, "bob"),))
        conn.execute("UPDATE users SET slot_id = ? WHERE name = 'bob'",
                     (keyslots.legacy_slot_id(cid, "cat"),))
    bob.close()
    ana = Casebook.open(path, "ana", ANA)
    assert not ana.header.legacy
    assert ana.verify() == [] and ana.verify(full=True) == []
    ana.close()
    bob = Casebook.open(path, "bob", BOB)
    assert (bob.user.id, bob.user.role) == (ids["bob"], "volunteer")
    bob.close()
    cat = Casebook.open(path, "cat", CAT)
    assert (cat.user.id, cat.user.role) == (ids["cat"], "caseworker")
    cat.close()


def test_f7_a_directory_at_the_backup_name_does_not_block_the_upgrade(format_1, tmp_path,
                                                                      capsys, monkeypatch):
    """Anyone who can write the folder made a directory where the pre-upgrade backup goes:
    the backup takes another name and the upgrade happens. While a key file is format 1,
    every open says so, and so does `waystation verify` (a warning, not a failure)."""
    from tests.support.cli import run

    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f7")
    bob = Casebook.open(path, "bob", BOB)
    assert bob.header.legacy and "format 1" in bob.notices[0]
    version = bob.store.one("PRAGMA user_version")[0]
    bob.close()
    monkeypatch.setenv("WAYSTATION_USER", "bob")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", BOB)
    code, out, err = run(capsys, "verify", str(path))
    assert code == 0 and out.strip().endswith("ok")
    assert "format 1" in err
    (path.parent / f"t.wsdb.pre-upgrade-v{version}.wsbak").mkdir()
    ana = Casebook.open(path, "ana", ANA)
    assert not ana.header.legacy
    assert not any("format 1" in n for n in ana.notices)
    ana.close()
    assert (path.parent / f"t.wsdb.pre-upgrade-v{version}-2.wsbak").is_file()
    assert not keyslots.read_header(path).legacy


def test_f2_the_upgrading_coordinator_is_shown_the_members_and_roles_signed(format_1,
                                                                           tmp_path, capsys,
                                                                           monkeypatch):
    """bob raised his own role in the users table before the upgrade: the upgrade inherits
    the format-1 state (SECURITY.md), and tells the coordinator what it signed, in the
    model, on the command line and in the desktop, so the change can be undone."""
    from tests.support.cli import run

    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f2")
    bob = Casebook.open(path, "bob", BOB)
    with bob.store.conn as conn:
        conn.execute("UPDATE users SET role = 'coordinator' WHERE name = 'bob'")
        # and plants a member "ghost" with a passphrase of his own: a row and a slot.
        ghost = keyslots.legacy_slot_id(bob.casebook_id, "ghost")
        conn.execute("INSERT INTO users (name, role, slot_id, created_at) VALUES "
                     "('ghost', 'coordinator', ?, '2026-01-01T00:00:00Z')", (ghost,))
    header = keyslots.read_header(path)
    header.slots.append(keyslots.new_slot(
        header.casebook_id, ghost, "user", keyslots.normalise("ghost phrase of bob 71"),
        bob._key, header.kdf, fmt=keyslots.FORMAT_1))
    keyslots.write_header(path, header)
    bob.close()
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", ANA)
    code, _out, err = run(capsys, "verify", str(path))
    assert code == 0, err
    assert not keyslots.read_header(path).legacy
    assert "upgraded" in err and "bob (coordinator)" in err and "cat (caseworker)" in err
    assert "ghost (coordinator)" in err and "no record of adding ghost." in err
    assert "Settings › Users" in err and "new recovery key" in err


def test_f7_the_desktop_shows_a_band_while_the_key_file_is_format_1(format_1, tmp_path,
                                                                    qtbot, monkeypatch):
    from PySide6.QtWidgets import QLabel

    from desktop import errors
    from desktop.app import AppController

    template_path, _recovery = format_1
    path = copy_template(template_path, tmp_path / "f7d")
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: None)
    c = AppController(path, "bob")
    c.show()
    try:
        c.unlock_window.passphrase.setText(BOB)
        c.unlock_window.try_unlock()
        qtbot.waitUntil(lambda: c.main is not None, timeout=30000)
        band = c.main.findChild(QLabel, "keyFileNotice")
        assert band is not None and "format 1" in band.text()
    finally:
        c.shutdown()


def test_f3_an_unsigned_pending_list_hides_no_broken_envelope(tmp_path):
    """A volunteer re-seals the recovery slot's envelope to a wrong key and adds an unsigned
    'pending' list: verify still names the envelope, names the list as unsigned (not as a
    re-key that will finish), a coordinator's open removes it (audited), and the recovery
    key's failure says what it is."""
    import dataclasses

    from models.security.keyslots import KdfParams
    from tests.conftest import PASS

    fast = KdfParams(keyslots.MIN_MEMORY_KIB, keyslots.MIN_ITERATIONS)
    path = tmp_path / "f3.wsdb"
    book, recovery = Casebook.create(path, "ana", PASS, kdf=fast)
    book.users.add("vic", "volunteer", "volunteer vic phrase 42", kdf=fast)
    book.close()
    header = keyslots.read_header(path)
    rec = header.find(keyslots.RECOVERY_SLOT)
    header.replace(keyslots.rewrap(header.key_id, rec, keyslots.new_data_key()))
    header.pending = [dataclasses.replace(s) for s in header.slots]
    keyslots.write_header(path, header)
    vic = Casebook.open(path, "vic", "volunteer vic phrase 42")
    problems = vic.verify()
    vic.close()
    assert any("recovery key does not carry" in p for p in problems), problems
    assert any("no coordinator signed" in p for p in problems), problems
    assert not any("finishes it" in p for p in problems), problems
    assert keyslots.read_header(path).pending  # a volunteer's open leaves it
    with pytest.raises(CasebookCorrupt, match="recovery key opened its slot"):
        Casebook.open(path, "ana", recovery_key=recovery)
    ana = Casebook.open(path, "ana", PASS)
    assert not keyslots.read_header(path).pending
    actions = [a for (a,) in ana.store.q("SELECT action FROM audit ORDER BY seq")]
    assert "drop_pending" in actions
    problems = ana.verify()
    assert any("recovery key does not carry" in p for p in problems), problems
    assert not any("re-key" in p for p in problems), problems
    ana.users.new_recovery_key()
    assert ana.verify() == []
    ana.close()


def test_f6_after_the_upgrader_left_a_member_with_the_upgrades_key_is_reset_by_a_coordinator(
        format_1, tmp_path):
    """cat (a coordinator now) never opened while ana, the upgrader, was a coordinator: her
    slot keeps the key ana made, which signs no change of members; the pre-upgrade recovery
    key alone resets nobody; a reset by bob (a coordinator with keys of his own) gives cat
    new keys, and then she manages members."""
    from models.errors import PermissionDenied

    template_path, recovery = format_1
    path = copy_template(template_path, tmp_path / "f6r")
    Casebook.open(path, "ana", ANA).close()
    _ana_removed_by_bob(path)
    cat = Casebook.open(path, "cat", CAT)
    assert cat.user.role == "coordinator"
    with pytest.raises(PermissionDenied, match="open the casebook again"):
        cat.users.add("dan", "volunteer", "volunteer dan phrase 77")
    cat_id = cat.user.id
    cat.close()
    by_recovery = Casebook.open(path, "cat", recovery_key=recovery)
    with pytest.raises(PermissionDenied, match="new recovery key"):
        by_recovery.users.reset_with_recovery(cat_id, recovery, "a fresh cat phrase 2024")
    by_recovery.close()
    bob = Casebook.open(path, "bob", BOB)
    bob.users.reset_with_recovery(cat_id, recovery, "a fresh cat phrase 2024")
    assert bob.verify() == []
    bob.close()
    cat = Casebook.open(path, "cat", "a fresh cat phrase 2024")
    cat.users.add("dan", "volunteer", "volunteer dan phrase 77")
    assert cat.verify() == []
    cat.close()
