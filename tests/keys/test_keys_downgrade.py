"""Issue 12, the downgrade a data-key holder can make: deleting the database's roster record
and putting a format-1 key file back (or an older roster with its database) opened with roles
from a ``users`` table they edited. This computer's memory of the rosters it has opened
(``models.security.seen_rosters``) refuses it."""

from __future__ import annotations

import shutil

import pytest

from models.casebook import Casebook
from models.db.connection import open_connection
from models.errors import CasebookCorrupt
from models.security import keyslots
from models.security.keyslots import FORMAT_1
from models.security.seen_rosters import SeenRosters
from models.transfer.backup import write_backup
from tests.support.cli import run
from tests.support.keys import (  # noqa: F401 - fixtures
    ANA,
    BOB,
    DAN,
    FAST,
    _fast_kdf,
    copy_template,
    template,
)

OLDER = "t.wsdb.keys is older than the casebook"


@pytest.fixture
def upgraded(template, tmp_path):  # noqa: F811 - the imported fixture
    """A format-2 casebook (upgraded by ana's open) with the format-1 key file from before
    the upgrade, and the data key."""
    template_path, recovery = template
    path = copy_template(template_path, tmp_path / "book")
    old_keys = keyslots.header_path(path).read_bytes()
    book = Casebook.open(path, "ana", ANA)
    assert not book.header.legacy
    key = bytes(book._key)
    book.close()
    return path, old_keys, key


def _bob_as_coordinator(path, key: bytes, keys_file: bytes) -> None:
    """What bob (a volunteer with the data key) does: drop the roster record, point his row
    at the format-1 slot, make himself coordinator and put the format-1 key file back."""
    cid = keyslots.read_header(path).casebook_id
    conn = open_connection(path, bytearray(key))
    with conn:
        conn.execute("DELETE FROM meta WHERE key LIKE 'roster_%'")
        conn.execute("UPDATE users SET role = 'coordinator', slot_id = ? WHERE name = 'bob'",
                     (keyslots.legacy_slot_id(cid, "bob"),))
    conn.close()
    keyslots.header_path(path).write_bytes(keys_file)


def _crafted_format_1(path, key: bytes, casebook_id: str | None = None) -> bytes:
    """A format-1 key file bob makes himself, with his own slot sealed to the data key."""
    cid = casebook_id or keyslots.read_header(path).casebook_id
    header = keyslots.Header(cid, fmt=FORMAT_1)
    header.slots.append(keyslots.new_slot(cid, keyslots.legacy_slot_id(cid, "bob"), "user",
                                          keyslots.normalise(BOB), key, FAST, fmt=FORMAT_1))
    keyslots.write_header(path, header)
    return keyslots.header_path(path).read_bytes()


def test_without_memory_the_put_back_format_1_file_still_opens_as_before(upgraded):
    path, old_keys, key = upgraded
    _bob_as_coordinator(path, key, old_keys)
    book = Casebook.open(path, "bob", BOB)  # and, as coordinator, re-founds the roster
    assert book.user.role == "coordinator"
    book.close()


def test_the_pre_upgrade_key_file_put_back_is_refused_after_an_open_here(upgraded, tmp_path):
    path, old_keys, key = upgraded
    seen = SeenRosters(tmp_path / "config" / "seen_rosters.json")
    Casebook.open(path, "bob", BOB, seen=seen).close()
    _bob_as_coordinator(path, key, old_keys)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB, seen=seen)
    assert OLDER in str(info.value)


@pytest.mark.parametrize("other_id", [False, True], ids=["same-id", "new-id"])
def test_a_crafted_format_1_key_file_is_refused_after_an_open_here(upgraded, tmp_path,
                                                                    other_id):
    path, _, key = upgraded
    seen = SeenRosters(tmp_path / "config" / "seen_rosters.json")
    Casebook.open(path, "bob", BOB, seen=seen).close()
    cid = "0" * 32 if other_id else None
    crafted = _crafted_format_1(path, key, cid)
    _bob_as_coordinator(path, key, crafted)
    if other_id:
        conn = open_connection(path, bytearray(key))
        with conn:
            conn.execute("UPDATE users SET slot_id = ? WHERE name = 'bob'",
                         (keyslots.legacy_slot_id(cid, "bob"),))
        conn.close()
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB, seen=seen)
    assert OLDER in str(info.value)


def _older_roster(upgraded, tmp_path):
    """The casebook's files at roster version N kept aside, then a member added (N + 1)."""
    path, _, _ = upgraded
    aside = tmp_path / "aside"
    aside.mkdir()
    for suffix in ("", ".keys"):
        shutil.copy(str(path) + suffix, str(aside / "t.wsdb") + suffix)
    book = Casebook.open(path, "ana", ANA)
    backup = tmp_path / "before.wsbak"
    write_backup(book, backup)  # nothing in it changes: version N, like the files aside
    book.users.add("dan", "volunteer", DAN, kdf=FAST)
    book.close()
    return path, aside, backup


def test_an_older_roster_and_database_put_back_are_refused_after_an_open_here(upgraded,
                                                                              tmp_path):
    path, aside, _ = _older_roster(upgraded, tmp_path)
    seen = SeenRosters(tmp_path / "config" / "seen_rosters.json")
    Casebook.open(path, "bob", BOB, seen=seen).close()
    for suffix in ("", ".keys"):
        shutil.copy(str(aside / "t.wsdb") + suffix, str(path) + suffix)
    Casebook.open(path, "bob", BOB).close()  # without the memory: as before
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB, seen=seen)
    assert OLDER in str(info.value)


def test_a_corrupt_memory_counts_as_empty(upgraded, tmp_path):
    path, _, _ = upgraded
    memory = tmp_path / "config" / "seen_rosters.json"
    memory.parent.mkdir()
    memory.write_bytes(b"\x00{not json")
    seen = SeenRosters(memory)
    Casebook.open(path, "bob", BOB, seen=seen).close()
    assert seen.seen(keyslots.read_header(path).casebook_id) is not None


def test_the_cli_refuses_the_downgrade_and_accepts_a_restore(upgraded, tmp_path, capsys,
                                                              monkeypatch):
    from desktop import app_settings

    assert str(app_settings.settings_path()).startswith(str(tmp_path))  # conftest's HOME
    path, aside, backup = _older_roster(upgraded, tmp_path)
    monkeypatch.setenv("WAYSTATION_USER", "bob")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", BOB)
    code, _, err = run(capsys, "verify", path)
    assert code == 0, err
    for suffix in ("", ".keys"):  # put back by hand, not restored
        shutil.copy(str(aside / "t.wsdb") + suffix, str(path) + suffix)
    code, _, err = run(capsys, "verify", path)
    assert code != 0 and OLDER in err and "Traceback" not in err, err
    restored = tmp_path / "restored.wsdb"
    code, _, err = run(capsys, "restore", backup, "--to", restored, "--user", "bob")
    assert code == 0, err
    code, text, err = run(capsys, "verify", restored)
    assert code == 0 and text == "ok\n", err


def test_a_restore_in_the_desktop_resets_the_memory(upgraded, tmp_path, qtbot):
    from desktop import app_settings
    from desktop.restore_dialog import RestoreDialog

    path, _, backup = _older_roster(upgraded, tmp_path)
    seen = app_settings.seen_rosters()
    Casebook.open(path, "bob", BOB, seen=seen).close()
    target = tmp_path / "restored.wsdb"
    dialog = RestoreDialog(None, None)
    qtbot.addWidget(dialog)
    dialog.backup.setText(str(backup))
    dialog.target.setText(str(target))
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy)  # the copy runs on a thread of its own
    assert dialog.restored == target, dialog.message.text()
    Casebook.open(target, "bob", BOB, seen=seen).close()


def test_a_roster_change_made_in_the_session_is_remembered_when_it_locks(upgraded, tmp_path):
    path, _, _ = upgraded
    aside = tmp_path / "aside"
    aside.mkdir()
    for suffix in ("", ".keys"):
        shutil.copy(str(path) + suffix, str(aside / "t.wsdb") + suffix)
    seen = SeenRosters(tmp_path / "config" / "seen_rosters.json")
    book = Casebook.open(path, "ana", ANA, seen=seen)
    book.users.add("dan", "volunteer", DAN, kdf=FAST)  # a newer roster than at the open
    book.close()
    for suffix in ("", ".keys"):  # the files from before dan, put back
        shutil.copy(str(aside / "t.wsdb") + suffix, str(path) + suffix)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB, seen=seen)
    assert OLDER in str(info.value)


OTHER = "t.wsdb.keys belongs to a different casebook than the one last opened at this place"


def _re_founded(path, tmp_path) -> None:
    """What bob can do with the data key: found a new casebook with himself as coordinator
    (a new founder, so a new casebook id; he can seal slots in it to the other members'
    public keys) and put its two files in the old one's place."""
    other = tmp_path / "elsewhere" / "t.wsdb"
    other.parent.mkdir()
    Casebook.create(other, "bob", BOB, kdf=FAST)[0].close()
    for suffix in ("", ".keys"):
        shutil.copy(str(other) + suffix, str(path) + suffix)


def test_a_re_founded_casebook_put_in_a_known_place_is_refused(upgraded, tmp_path):
    path, _, _ = upgraded
    seen = SeenRosters(tmp_path / "config" / "seen_rosters.json")
    Casebook.open(path, "ana", ANA, seen=seen).close()
    _re_founded(path, tmp_path)
    with pytest.raises(CasebookCorrupt) as info:
        Casebook.open(path, "bob", BOB, seen=seen)
    assert OTHER in str(info.value)
    book = Casebook.open(path, "bob", BOB)  # without the memory: as before
    assert book.user.role == "coordinator"
    book.close()


def test_the_cli_refuses_a_re_founded_casebook_and_creates_anew_after_an_erase(
        upgraded, tmp_path, capsys, monkeypatch):
    path, _, _ = upgraded
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", ANA)
    code, _, err = run(capsys, "verify", path)
    assert code == 0, err
    aside = tmp_path / "aside"
    aside.mkdir()
    for suffix in ("", ".keys"):
        shutil.copy(str(path) + suffix, str(aside / "t.wsdb") + suffix)
    _re_founded(path, tmp_path)
    monkeypatch.setenv("WAYSTATION_USER", "bob")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", BOB)
    code, _, err = run(capsys, "verify", path)
    assert code != 0 and OTHER in err and "Traceback" not in err, err
    # The casebook's own files copied back open again; then ana erases it on purpose and
    # creates a new one at the same place, which opens.
    for suffix in ("", ".keys"):
        shutil.copy(str(aside / "t.wsdb") + suffix, str(path) + suffix)
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", ANA)
    code, _, err = run(capsys, "verify", path)
    assert code == 0, err
    code, _, err = run(capsys, "erase", path, "--yes")
    assert code == 0, err
    code, _, err = run(capsys, "init", path, "--kdf-fast")
    assert code == 0, err
    code, text, err = run(capsys, "verify", path)
    assert code == 0 and text == "ok\n", err


def test_a_casebook_created_in_a_known_place_by_hand_opens(upgraded, tmp_path, capsys,
                                                           monkeypatch):
    """Files removed by hand (not erased) and a new casebook created there on purpose."""
    path, _, _ = upgraded
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", ANA)
    code, _, err = run(capsys, "verify", path)
    assert code == 0, err
    for suffix in ("", ".keys"):
        (path.parent / (path.name + suffix)).unlink()
    code, _, err = run(capsys, "init", path, "--kdf-fast")
    assert code == 0, err
    code, text, err = run(capsys, "verify", path)
    assert code == 0 and text == "ok\n", err


def test_another_casebook_restored_to_a_known_place_opens(upgraded, tmp_path, capsys,
                                                          monkeypatch):
    path, _, _ = upgraded
    other = tmp_path / "elsewhere" / "t.wsdb"
    other.parent.mkdir()
    book = Casebook.create(other, "bob", BOB, kdf=FAST)[0]
    backup = tmp_path / "other.wsbak"
    write_backup(book, backup)
    book.close()
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", ANA)
    code, _, err = run(capsys, "verify", path)
    assert code == 0, err
    for suffix in ("", ".keys"):
        (path.parent / (path.name + suffix)).unlink()
    code, _, err = run(capsys, "restore", backup, "--to", path)
    assert code == 0, err
    monkeypatch.setenv("WAYSTATION_USER", "bob")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", BOB)
    code, text, err = run(capsys, "verify", path)
    assert code == 0 and text == "ok\n", err


def test_the_desktop_erase_and_create_wizard_reset_the_memory_for_the_place(upgraded,
                                                                            tmp_path, qtbot):
    from desktop import app_settings
    from desktop.create_wizard import CreateCasebookWizard
    from desktop.erase_dialog import EraseDialog
    from desktop.worker import DbWorker
    from tests.conftest import PASS

    path, _, _ = upgraded
    cid = keyslots.read_header(path).casebook_id
    seen = app_settings.seen_rosters()
    Casebook.open(path, "ana", ANA, seen=seen).close()
    dialog = EraseDialog(None, None, path)
    qtbot.addWidget(dialog)
    dialog.word.setText("ERASE")
    dialog.user.setText("ana")
    dialog.passphrase.setText(ANA)
    dialog.erase()
    assert dialog.report is not None and dialog.report.keys_destroyed, dialog.message.text()
    assert seen.id_at(path) is None and seen.seen(cid) is None
    # Another casebook was opened at a second place, whose files are then removed by hand;
    # the wizard creates a new one there on purpose, and it opens.
    other = tmp_path / "elsewhere2" / "t.wsdb"
    other.parent.mkdir()
    Casebook.create(other, "bob", BOB, kdf=FAST)[0].close()
    Casebook.open(other, "bob", BOB, seen=seen).close()
    for suffix in ("", ".keys"):
        (other.parent / (other.name + suffix)).unlink()
    worker = DbWorker()
    wizard = CreateCasebookWizard(worker, None, kdf_seconds=0)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path.setText(str(other))
    wizard.next()
    page = wizard.currentPage()
    page.user.setText("ana")
    page.passphrase.setText(PASS)
    page.again.setText(PASS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.book is not None, timeout=10000)
    wizard.book.close()
    worker.shutdown()
    Casebook.open(other, "ana", PASS, seen=seen).close()


def test_the_re_founded_sentence_is_named_in_french_and_spanish(tmp_path, qtbot):
    from desktop import errors, i18n
    from models.casebook import key_file_of_another_casebook
    from tests.support import translation_walk as tw

    exc = key_file_of_another_casebook(tmp_path / "family.wsdb")
    assert str(exc).startswith("The key file family.wsdb.keys belongs to a different casebook")
    try:
        i18n.install("fr")
        assert errors.sentence_for(exc).startswith(
            "Le fichier de clés family.wsdb.keys appartient à un autre registre")
        i18n.install("es")
        assert errors.sentence_for(exc).startswith(
            "El archivo de claves family.wsdb.keys pertenece a otro registro")
    finally:
        tw.reset_language()
