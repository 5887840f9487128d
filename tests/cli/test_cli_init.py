"""``waystation init`` and the passphrase and user sources every command shares."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.errors import WrongPassphrase
from tests.support.cli import assert_bad_input, run

PASSPHRASE = "a long enough passphrase"


@pytest.fixture(autouse=True)
def _no_env(monkeypatch):
    monkeypatch.delenv("WAYSTATION_PASSPHRASE", raising=False)
    monkeypatch.delenv("WAYSTATION_USER", raising=False)


def test_init_prints_the_recovery_key_once_with_advice(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "new.wsdb"
    code, out, err = run(capsys, "init", path, "--user", "Amira", "--kdf-fast")
    assert code == 0, err
    key_lines = [line for line in out.splitlines() if line.startswith("Recovery key: ")]
    assert len(key_lines) == 1
    key = key_lines[0].split(": ", 1)[1]
    assert "write this recovery key down" in out.lower()
    book = Casebook.open(path, "amira", PASSPHRASE)
    assert book.user.role == "coordinator"
    book.close()
    Casebook.open(path, "Amira", recovery_key=key).close()


def test_init_calibrates_the_key_derivation_unless_told_to_use_the_floor(tmp_path, capsys,
                                                                         monkeypatch):
    import models.security.keyslots as keyslots

    seen = []
    real = keyslots.calibrate
    monkeypatch.setattr(keyslots, "calibrate", lambda s=0.5, **kw: seen.append(s) or real(0))
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "init", tmp_path / "a.wsdb", "--user", "a")[0] == 0
    assert seen == [0.5]
    assert run(capsys, "init", tmp_path / "b.wsdb", "--user", "b", "--kdf-fast")[0] == 0
    assert seen == [0.5]


def test_passphrase_file_first_line_wins_over_the_variable(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", "from the environment")
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE + "\nsecond line ignored\n")
    path = tmp_path / "c.wsdb"
    code, _, err = run(capsys, "init", path, "--user", "ana", "--passphrase-file", secret,
                       "--kdf-fast")
    assert code == 0, err
    Casebook.open(path, "ana", PASSPHRASE).close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(path, "ana", "from the environment")


def test_user_comes_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("WAYSTATION_USER", "Bilal")
    path = tmp_path / "d.wsdb"
    assert run(capsys, "init", path, "--kdf-fast")[0] == 0
    Casebook.open(path, "bilal", PASSPHRASE).close()


def test_no_passphrase_without_a_terminal_is_bad_input(tmp_path, capsys):
    code, _, err = run(capsys, "init", tmp_path / "e.wsdb", "--user", "ana", "--kdf-fast")
    assert_bad_input(code, err)
    assert "no passphrase given" in err
    assert not (tmp_path / "e.wsdb").exists()


def test_no_user_is_bad_input(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASSPHRASE)
    code, _, err = run(capsys, "init", tmp_path / "f.wsdb", "--kdf-fast")
    assert_bad_input(code, err)
    assert "--user" in err


@pytest.mark.parametrize("problem", ["exists", "short", "folder", "unreadable file"])
def test_init_bad_input(tmp_path, capsys, monkeypatch, problem):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASSPHRASE)
    path = tmp_path / "g.wsdb"
    extra: list = []
    if problem == "exists":
        assert run(capsys, "init", path, "--user", "ana", "--kdf-fast")[0] == 0
    elif problem == "short":
        monkeypatch.setenv("WAYSTATION_PASSPHRASE", "short")
    elif problem == "folder":
        path = tmp_path / "no such folder" / "g.wsdb"
    else:
        extra = ["--passphrase-file", tmp_path / "missing.txt"]
    code, _, err = run(capsys, "init", path, "--user", "ana", "--kdf-fast", *extra)
    assert_bad_input(code, err)


def test_unknown_command_and_missing_arguments_exit_2(capsys):
    code, _, err = run(capsys, "no-such-command")
    assert_bad_input(code, err)
    code, _, err = run(capsys, "init")
    assert_bad_input(code, err)
