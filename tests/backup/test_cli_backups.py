"""``waystation backup``, ``restore`` and ``verify``."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.demo import build as demo
from models.security.keyslots import KdfParams
from tests.support.cli import assert_bad_input, run

PASS = "demo passphrase"


@pytest.fixture
def casebook(tmp_path, monkeypatch):
    path = tmp_path / "b.wsdb"
    book, _ = Casebook.create(path, "demo", PASS, kdf=KdfParams())
    demo.add_demo_users(book, PASS, kdf=KdfParams())
    demo.generate(book, 12, seed=3)
    book.close()
    monkeypatch.setenv("WAYSTATION_USER", "demo")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    return path


def test_backup_restore_verify_round_trip(casebook, tmp_path, capsys):
    book = Casebook.open(casebook, "demo", PASS)
    clients, referrals = book.clients.count(), len(book.referrals.search(limit=10_000))
    book.close()
    out = tmp_path / "b.wsbak"
    code, text, err = run(capsys, "backup", casebook, "--out", out)
    assert code == 0 and "verified" in text, err
    restored = tmp_path / "restored.wsdb"
    code, text, err = run(capsys, "restore", out, "--to", restored, "--user", "demo")
    assert code == 0, err
    assert text.splitlines()[-1] == "ok"
    again = Casebook.open(restored, "caseworker", PASS)
    assert again.clients.count() == clients >= 12
    assert len(again.referrals.search(limit=10_000)) == referrals == 36
    again.close()
    code, text, _ = run(capsys, "verify", restored)
    assert code == 0 and text == "ok\n"


def test_restore_without_a_user_does_not_ask_for_a_passphrase(casebook, tmp_path, capsys,
                                                                monkeypatch):
    out = tmp_path / "b.wsbak"
    assert run(capsys, "backup", casebook, "--out", out)[0] == 0
    monkeypatch.delenv("WAYSTATION_PASSPHRASE")
    code, text, err = run(capsys, "restore", out, "--to", tmp_path / "r.wsdb")
    assert code == 0 and "waystation verify" in text, err


def test_restore_never_overwrites(casebook, tmp_path, capsys):
    out = tmp_path / "b.wsbak"
    assert run(capsys, "backup", casebook, "--out", out)[0] == 0
    before = casebook.read_bytes()
    code, _, err = run(capsys, "restore", out, "--to", casebook)
    assert_bad_input(code, err)
    assert casebook.read_bytes() == before


def test_verify_names_an_altered_audit_entry(casebook, capsys):
    book = Casebook.open(casebook, "demo", PASS)
    book.store.conn.execute("UPDATE audit SET action = 'view' WHERE seq = 5")
    book.close()
    code, out, err = run(capsys, "verify", casebook)
    assert code == 1 and out == ""
    assert "audit entry #5 was altered" in err and err.count("\n") == 1


def test_a_damaged_backup_is_refused(casebook, tmp_path, capsys):
    out = tmp_path / "b.wsbak"
    assert run(capsys, "backup", casebook, "--out", out)[0] == 0
    raw = bytearray(out.read_bytes())
    raw[-100] ^= 0xFF
    out.write_bytes(bytes(raw))
    code, _, err = run(capsys, "restore", out, "--to", tmp_path / "r.wsdb")
    assert code == 1 and "damaged" in err and "Traceback" not in err
    assert not (tmp_path / "r.wsdb").exists()


def test_a_volunteer_cannot_back_up(casebook, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("WAYSTATION_USER", "volunteer")
    code, _, err = run(capsys, "backup", casebook, "--out", tmp_path / "v.wsbak")
    assert code == 1 and "cannot export" in err
    assert not (tmp_path / "v.wsbak").exists()


@pytest.mark.parametrize("argv", [
    ["backup", "{book}", "--out", "{tmp}/no/such/folder.wsbak"],
    ["backup", "{book}"],
    ["restore", "{tmp}/missing.wsbak", "--to", "{tmp}/r.wsdb"],
    ["verify", "{tmp}/missing.wsdb"],
])
def test_bad_input(casebook, tmp_path, capsys, argv):
    argv = [a.format(book=casebook, tmp=tmp_path) for a in argv]
    code, _, err = run(capsys, *argv)
    assert_bad_input(code, err)


@pytest.mark.parametrize("command", ["backup", "export csv", "export json"])
def test_an_existing_file_is_replaced_only_with_force(casebook, tmp_path, capsys, command):
    """Backup and export refuse to overwrite (exit 2, the file untouched, before any
    passphrase is asked); --force replaces it."""
    name, *fmt = command.split()
    out = tmp_path / ("b.wsbak" if name == "backup" else f"e.{fmt[0]}")
    argv = [name, casebook, "--out", out] + (["--format", fmt[0]] if fmt else [])
    # For CSV the clients file is free but a file written beside it is not.
    taken = out.with_name("e-partners.csv") if fmt == ["csv"] else out
    taken.write_bytes(b"someone's earlier file")
    code, _, err = run(capsys, *argv)
    assert_bad_input(code, err)
    assert taken.name in err and "--force" in err
    assert taken.read_bytes() == b"someone's earlier file"
    code, _, err = run(capsys, *argv, "--force")
    assert code == 0, err
    assert taken.read_bytes() != b"someone's earlier file"
