"""Corruption is detected, explained and recoverable (R3).

Bytes are flipped or cut in the database, in a WAL left by a killed writer, in the key file
and in a backup. Every case ends in a typed error naming the damaged file, or in ``verify``
naming the problem — never an untyped exception. ``waystation verify`` exits 1 and says
what is wrong; the unlock screen offers restoring a backup.

Where the typed error is ``WrongPassphrase`` rather than ``CasebookCorrupt`` it is because
the two cannot be told apart: a changed byte inside a slot's sealed private key or its
associated data makes AES-GCM fail exactly as a wrong passphrase does (that is the point of
authenticated encryption). Damage in the WAL is cut off by SQLite's frame checksums: the
transactions from the damaged frame on are dropped as if the crash had come earlier, and
what remains is consistent — SQLite cannot tell that from a torn write, so it is not an error.
"""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from pathlib import Path

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.errors import CasebookCorrupt, WaystationError, WrongPassphrase
from models.security import keyslots
from models.transfer.backup import read_info, restore_backup, write_backup
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096


@pytest.fixture
def filled(book, book_path):
    book.clients.add_many([Client(f"Client {i}", city="Ottawa", safe_contact="x" * 300)
                           for i in range(120)])
    book.close()
    return book_path


def _flip(path: Path, offset: int, bit: int = 0) -> None:
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 1 << bit
    path.write_bytes(bytes(raw))


def _open_and_read(path: Path) -> list[str]:
    """Open, read every client, verify: returns verify's problems (raises typed errors)."""
    book = Casebook.open(path, "ana", PASS)
    try:
        problems = book.verify()
        if not problems:
            book.clients.rows(book.clients.search(""))
        return problems
    finally:
        book.close()


# -- the database file ----------------------------------------------------------------------
def test_damage_on_the_first_page_is_named_on_open(filled):
    _flip(filled, 100)
    before = filled.read_bytes()
    with pytest.raises(CasebookCorrupt) as err:
        Casebook.open(filled, "ana", PASS)
    assert "damaged" in str(err.value) and filled.name in str(err.value)
    assert err.value.path == str(filled)
    assert filled.read_bytes() == before  # opening a damaged casebook changes nothing


@pytest.mark.parametrize("page", [2, 5, "last"])
def test_damage_inside_the_file_is_found_by_verify_or_refused(filled, page):
    pages = filled.stat().st_size // PAGE
    n = pages - 1 if page == "last" else page
    _flip(filled, n * PAGE + 1000, 3)
    try:
        problems = _open_and_read(filled)
    except CasebookCorrupt as exc:
        assert filled.name in str(exc)
    else:
        assert problems and any("encrypted page" in p or "damaged" in p for p in problems)


@pytest.mark.parametrize("keep", [0.5, 0.9, PAGE + 10])
def test_a_truncated_database_is_refused_or_fails_verify(filled, keep):
    size = filled.stat().st_size
    cut = int(size * keep) if isinstance(keep, float) else keep
    filled.write_bytes(filled.read_bytes()[:cut])
    try:
        problems = _open_and_read(filled)
    except CasebookCorrupt as exc:
        assert filled.name in str(exc)
    else:
        assert problems


def test_a_database_cut_to_nothing_is_damage_not_a_new_casebook(filled):
    filled.write_bytes(b"")
    with pytest.raises(CasebookCorrupt) as err:
        Casebook.open(filled, "ana", PASS)
    assert filled.name in str(err.value)
    assert filled.stat().st_size == 0  # nothing was created in its place


# -- the WAL ----------------------------------------------------------------------------------
KILLED_WRITER = """
import os, signal, sys
from models.casebook import Casebook
from models.clients import Client
book = Casebook.open(sys.argv[1], "ana", sys.argv[2])
for i in range(40):
    book.clients.add(Client(f"Late {i}", safe_contact="y" * 500))
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.fixture(scope="module")
def _pristine_wal(tmp_path_factory):
    """One casebook with a WAL left by a killed writer, made once and copied per test."""
    from models.security.keyslots import KdfParams

    folder = tmp_path_factory.mktemp("wal")
    path = folder / "wal.wsdb"
    book, _ = Casebook.create(path, "ana", PASS, kdf=KdfParams())
    book.clients.add_many([Client(f"Client {i}") for i in range(60)])
    book.close()
    subprocess.run([sys.executable, "-c", KILLED_WRITER, str(path), PASS], cwd=ROOT,
                   timeout=60)
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.name != "wal.wsdb.lock"}


@pytest.fixture
def with_wal(_pristine_wal, tmp_path):
    folder = tmp_path / "wal"
    folder.mkdir()
    for name, data in _pristine_wal.items():
        (folder / name).write_bytes(data)
    path, wal = folder / "wal.wsdb", folder / "wal.wsdb-wal"
    assert wal.exists() and wal.stat().st_size > 10 * PAGE
    return path, wal


def _late_clients(path: Path) -> list[int]:
    book = Casebook.open(path, "ana", PASS)
    try:
        assert book.verify() == []
        names = [r[0] for r in book.store.q("SELECT display_name FROM clients"
                                            " WHERE display_name LIKE 'Late %'")]
        return sorted(int(n.split()[1]) for n in names)
    finally:
        book.close()


def test_an_intact_wal_left_by_a_killed_writer_keeps_every_commit(with_wal):
    path, _ = with_wal
    assert _late_clients(path) == list(range(40))


@pytest.mark.parametrize("where", ["header", "first frame", "middle frame", "truncated"])
def test_damage_in_the_wal_drops_a_tail_of_whole_transactions_and_nothing_else(with_wal,
                                                                              where):
    path, wal = with_wal
    size = wal.stat().st_size
    frame = 24 + PAGE
    if where == "truncated":
        wal.write_bytes(wal.read_bytes()[: size // 2])
    else:
        offset = {"header": 10, "first frame": 32 + 100,
                  "middle frame": 32 + (size // frame // 2) * frame + 500,
                  "last frame": size - 100}[where]
        _flip(wal, offset, 2)
    try:
        late = _late_clients(path)
    except WaystationError as exc:  # typed, and naming the file
        assert isinstance(exc, CasebookCorrupt) and path.name in str(exc)
        return
    # A prefix of the killed writer's transactions: all-or-nothing each, in order.
    assert late == list(range(len(late)))


# -- the key file -----------------------------------------------------------------------------
def test_every_damaged_byte_of_the_key_file_gives_a_typed_error(filled):
    keys = keyslots.header_path(filled)
    good = keys.read_bytes()
    outcomes: dict[str, int] = {}
    step = max(1, len(good) // 24)
    for offset in range(0, len(good), step):
        raw = bytearray(good)
        raw[offset] ^= 0x04
        keys.write_bytes(bytes(raw))
        try:
            Casebook.open(filled, "ana", PASS).close()
            outcomes["opened"] = outcomes.get("opened", 0) + 1
        except CasebookCorrupt as exc:
            assert keys.name in str(exc), str(exc)
            outcomes["corrupt"] = outcomes.get("corrupt", 0) + 1
        except WrongPassphrase:
            outcomes["wrong passphrase"] = outcomes.get("wrong passphrase", 0) + 1
        # anything else escapes and fails the test
    keys.write_bytes(good)
    assert outcomes.get("corrupt", 0) > 0
    # A flip in the other (recovery) slot leaves this one opening: that is fine and expected.
    assert set(outcomes) <= {"opened", "corrupt", "wrong passphrase"}


@pytest.mark.parametrize("damage", ["empty", "truncated", "not json", "missing"])
def test_a_damaged_or_missing_key_file_is_named(filled, damage):
    keys = keyslots.header_path(filled)
    if damage == "missing":
        keys.unlink()
    else:
        keys.write_bytes({"empty": b"", "truncated": keys.read_bytes()[:200],
                          "not json": b"\x00\xff" * 50}[damage])
    with pytest.raises(CasebookCorrupt) as err:
        Casebook.open(filled, "ana", PASS)
    assert keys.name in str(err.value)


def test_a_tampered_envelope_is_corruption_not_a_wrong_passphrase(filled):
    keys = keyslots.header_path(filled)
    d = json.loads(keys.read_text())
    slot = next(s for s in d["slots"] if s["kind"] == "user")
    env = bytearray(base64.b64decode(slot["envelope"]))
    env[-1] ^= 1
    slot["envelope"] = base64.b64encode(bytes(env)).decode()
    keys.write_text(json.dumps(d))
    with pytest.raises(CasebookCorrupt, match="tampered"):
        Casebook.open(filled, "ana", PASS)


# -- backups ------------------------------------------------------------------------------------
@pytest.mark.parametrize("damage", ["flip db", "flip summary", "truncate", "empty"])
def test_a_damaged_backup_is_refused_naming_it(book, tmp_path, damage):
    out = tmp_path / "monday.wsbak"
    write_backup(book, out)
    raw = bytearray(out.read_bytes())
    if damage == "flip db":
        raw[-5000] ^= 1
    elif damage == "flip summary":
        raw[200] ^= 1
    elif damage == "truncate":
        raw = raw[: len(raw) // 3]
    else:
        raw = bytearray()
    out.write_bytes(bytes(raw))
    for call in (lambda: read_info(out), lambda: restore_backup(out, tmp_path / "r.wsdb")):
        with pytest.raises(CasebookCorrupt, match="monday.wsbak"):
            call()
    assert not (tmp_path / "r.wsdb").exists()


# -- what the person sees -----------------------------------------------------------------------
def test_cli_verify_exits_1_and_names_the_problem(filled, monkeypatch, capsys):
    cli = pytest.importorskip("desktop.cli")
    pages = filled.stat().st_size // PAGE
    _flip(filled, (pages // 2) * PAGE + 700, 1)
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    code = cli.main(["verify", str(filled), "--user", "ana"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("waystation: ") and "Traceback" not in err
    assert "damaged" in err or "failed its check" in err


def test_cli_verify_on_a_damaged_first_page_names_the_file(filled, monkeypatch, capsys):
    cli = pytest.importorskip("desktop.cli")
    _flip(filled, 50)
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    assert cli.main(["verify", str(filled), "--user", "ana"]) == 1
    err = capsys.readouterr().err
    assert filled.name in err and "damaged" in err and "Traceback" not in err


def test_the_unlock_screen_offers_restore_for_a_damaged_casebook(qtbot, filled, monkeypatch):
    from desktop import errors
    from desktop.app import AppController

    monkeypatch.setattr(errors, "show_error", lambda *a, **k: None)
    _flip(filled, 100)
    c = AppController(filled, "ana")
    c.show()
    try:
        w = c.unlock_window
        w.passphrase.setText(PASS)
        w.try_unlock()
        qtbot.waitUntil(lambda: "damaged" in w.message.text(), timeout=15000)
        assert c.main is None
        assert w.restore_button.isVisible() and w.restore_button.isDefault()
        assert "Restore from a backup" in w.message.text()
        assert "Traceback" not in w.message.text()
    finally:
        c.shutdown()


@pytest.fixture
def fts_pages(book, book_path):
    book.clients.add_many([Client(f"Client {i}", city="Ottawa", safe_contact="x" * 300)
                           for i in range(120)])
    pages = dict(book.store.q("SELECT name, rootpage FROM sqlite_schema"
                              " WHERE name LIKE 'clients_fts_%' AND rootpage > 0"))
    book.close()
    return pages


@pytest.mark.parametrize("table", ["clients_fts_config", "clients_fts_data",
                                   "clients_fts_idx", "clients_fts_docsize"])
def test_damage_in_the_search_index_is_named_by_verify(fts_pages, book_path, table,
                                                       monkeypatch, capsys):
    """A damaged page of the search index used to end `verify` in an untyped DatabaseError
    ("vtable constructor failed"): now every check names what it found."""
    _flip(book_path, (fts_pages[table] - 1) * PAGE + 1000, 2)
    try:
        problems = _open_and_read(book_path)
    except CasebookCorrupt as exc:  # the page was needed to unlock: named on open
        assert book_path.name in str(exc)
        return
    assert problems
    assert any("encrypted page" in p for p in problems)
    if table == "clients_fts_config":
        assert any(p.startswith("search index: damaged") for p in problems), problems
    cli = pytest.importorskip("desktop.cli")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    assert cli.main(["verify", str(book_path), "--user", "ana"]) == 1
    err = capsys.readouterr().err
    assert "failed its check" in err and "internal error" not in err
