"""``waystation user add|remove|passwd|recover|list``."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.errors import WrongPassphrase
from models.security.keyslots import KdfParams
from tests.support.cli import assert_bad_input, run

PASS = "coordinator passphrase"
NEW = "the new passphrase"


@pytest.fixture
def casebook(tmp_path, monkeypatch):
    path = tmp_path / "users.wsdb"
    book, recovery = Casebook.create(path, "ana", PASS, kdf=KdfParams())
    book.users.add("vera", "volunteer", "volunteer passphrase")
    book.close()
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    monkeypatch.delenv("WAYSTATION_NEW_PASSPHRASE", raising=False)
    return path, recovery


def test_add_list_and_remove(casebook, capsys, tmp_path, monkeypatch):
    path, _ = casebook
    new = tmp_path / "new.txt"
    new.write_text(NEW + "\n")
    code, out, err = run(capsys, "user", "add", path, "Carlos", "--role", "caseworker",
                         "--new-passphrase-file", new)
    assert code == 0, err
    Casebook.open(path, "carlos", NEW).close()
    code, out, _ = run(capsys, "user", "list", path)
    assert code == 0 and "Carlos  (caseworker)" in out and "vera  (volunteer)" in out
    code, _, err = run(capsys, "user", "remove", path, "carlos")
    assert code == 0, err
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "Carlos", NEW)


def test_new_passphrase_from_the_second_variable(casebook, capsys, monkeypatch):
    path, _ = casebook
    monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    assert run(capsys, "user", "add", path, "dina", "--role", "volunteer")[0] == 0
    Casebook.open(path, "dina", NEW).close()


def test_passwd_changes_only_your_own(casebook, capsys, monkeypatch):
    path, _ = casebook
    monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, "user", "passwd", path)
    assert code == 0, err
    Casebook.open(path, "ana", NEW).close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "ana", PASS)


def test_recover_a_forgotten_passphrase_with_the_recovery_key(casebook, capsys, tmp_path,
                                                              monkeypatch):
    path, recovery = casebook
    monkeypatch.delenv("WAYSTATION_PASSPHRASE")  # nobody remembers anything
    key = tmp_path / "recovery.txt"
    key.write_text(recovery + "\n")
    monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    code, out, err = run(capsys, "user", "recover", path, "vera", "--recovery-key-file", key)
    assert code == 0, err
    Casebook.open(path, "vera", NEW).close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "vera", "volunteer passphrase")


@pytest.mark.parametrize("argv", [
    ["add", "{path}", "ana", "--role", "volunteer"],          # name taken
    ["add", "{path}", "x", "--role", "boss"],                 # unknown role
    ["add", "{path}", "x", "--role", "volunteer"],            # no new passphrase
    ["remove", "{path}", "nobody"],                           # no such user
    ["recover", "{path}", "vera"],                            # no recovery key
    ["recover", "{path}", "vera", "--recovery-key-file", "{bad}"],  # malformed key
    ["list", "{missing}"],                                    # no casebook
])
def test_user_bad_input(casebook, capsys, tmp_path, monkeypatch, argv):
    path, _ = casebook
    bad = tmp_path / "bad-key.txt"
    bad.write_text("not a key\n")
    if argv[0] == "add" and argv[2] == "ana":
        monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    if argv[0] == "recover" and "{bad}" in argv:
        monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    argv = [a.format(path=path, bad=bad, missing=tmp_path / "missing.wsdb") for a in argv]
    code, _, err = run(capsys, "user", *argv)
    assert_bad_input(code, err)


def test_a_volunteer_cannot_add_users(casebook, capsys, monkeypatch):
    path, _ = casebook
    monkeypatch.setenv("WAYSTATION_USER", "vera")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", "volunteer passphrase")
    monkeypatch.setenv("WAYSTATION_NEW_PASSPHRASE", NEW)
    code, _, err = run(capsys, "user", "add", path, "x", "--role", "volunteer")
    assert code == 1 and "cannot manage users" in err and err.count("\n") == 1


def test_wrong_passphrase_is_one_line_exit_1(casebook, capsys, monkeypatch):
    path, _ = casebook
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "user", "list", path)
    assert code == 1 and err == "waystation: Wrong user name or passphrase.\n"
