"""The demo casebook: realistic, fictional, reproducible, built through the domain's rules."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path

import pytest

from desktop.cli import main
from models import names
from models.casebook import Casebook
from models.demo import build as demo
from models.referrals import STATUSES as REFERRAL_STATUSES
from models.security.keyslots import KdfParams
from tests.support.cli import assert_bad_input, run

PASS = "demo passphrase"
WAYSTATION = Path(sys.executable).with_name("waystation")


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """``waystation demo PATH --clients 200``, run once for the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.wsdb"
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        mp.setenv("WAYSTATION_PASSPHRASE", PASS)
        code = main(["demo", str(path), "--clients", "200", "--seed", "11", "--kdf-fast"])
    assert code == 0
    return path, out.getvalue()


@pytest.fixture
def book(built):
    b = Casebook.open(built[0], "demo", PASS)
    yield b
    b.close()


def test_the_summary_names_counts_users_and_the_recovery_key(built):
    _, out = built
    assert "200 clients, 20 partners, 600 referrals, 1,000 follow-ups" in out
    assert "demo (coordinator)" in out and "caseworker (caseworker)" in out
    assert "volunteer (volunteer)" in out
    assert "Recovery key: " in out and "Passphrase" not in out  # it came from the variable


def test_counts_scale_with_the_clients(book):
    one = lambda sql: book.store.one(sql)[0]  # noqa: E731
    assert one("SELECT count(*) FROM referrals") == 600
    assert one("SELECT count(*) FROM followups WHERE sponsorship_id IS NULL") == 1000
    assert one("SELECT count(*) FROM partners") == 20
    assert one("SELECT count(*) FROM clients") >= 200
    per_client = one("SELECT count(*) FROM audit") / 200
    assert 9 <= per_client <= 16
    assert {u.name: u.role for u in book.users.list()} == {
        "demo": "coordinator", "caseworker": "caseworker", "volunteer": "volunteer"}


def test_every_referral_status_and_every_follow_up_bucket_is_there(book):
    statuses = {s for (s,) in book.store.q("SELECT DISTINCT status FROM referrals")}
    assert statuses == set(REFERRAL_STATUSES)
    today = book.followups.today()
    assert today.overdue and today.today and today.this_week
    week_end = (book.store.today() + dt.timedelta(days=6)).isoformat()
    assert book.store.one("SELECT count(*) FROM followups WHERE status = 'open'"
                          " AND due_date > ?", (week_end,))[0] > 0
    assert book.store.one("SELECT count(*) FROM followups WHERE status = 'done'")[0] > 0


def test_the_workflow_rules_hold_in_the_data(book):
    q = book.store.q
    # Nothing was sent without a consent for that client and that partner.
    assert q("SELECT r.id FROM referrals r LEFT JOIN consents c ON c.id = r.consent_id"
             " WHERE r.sent_at IS NOT NULL AND (c.id IS NULL OR c.client_id != r.client_id"
             " OR c.partner_id != r.partner_id)") == []
    # Each referral's history starts as a draft and ends in its current status.
    for rid, status in q("SELECT id, status FROM referrals LIMIT 50"):
        events = book.referrals.history(rid)
        assert events[0].to_status == "draft" and events[-1].to_status == status
    assert q("PRAGMA foreign_key_check") == []
    assert book.verify() == []


def test_names_are_multilingual_with_variants_the_duplicate_warning_finds(book):
    rows = book.store.q("SELECT id, display_name, aliases FROM clients")
    aliases = [a for _, _, raw in rows for a in json.loads(raw)]
    assert any(not a.isascii() for a in aliases)  # Arabic, Cyrillic, Ge'ez, Vietnamese...
    assert any(not n.isascii() for _, n, _ in rows)
    found = sum(1 for cid, name, _ in rows[:80] if book.clients.duplicates(name, exclude=cid))
    assert found > 0
    # The search index and the name keys were maintained by the bulk path.
    cid, name, _ = rows[0]
    assert cid in book.clients.search(names.tokens(name)[0])
    assert book.store.one("SELECT count(*) FROM client_name_keys WHERE client_id = ?",
                          (cid,))[0] > 0


def test_screenings_ran_through_the_rule_pack(book, built):
    n = book.store.one("SELECT count(*) FROM screenings WHERE pack_id = 'ca-refugee-claim'")[0]
    if "Screenings were skipped" in built[1]:
        pytest.skip("the screening engine is not available")
    assert n >= 3


def test_the_same_seed_gives_the_same_casebook(tmp_path):
    def snapshot(path, seed):
        demo.build(path, PASS, clients=25, seed=seed, kdf=KdfParams())
        b = Casebook.open(path, "demo", PASS)
        try:
            return (b.store.q("SELECT display_name, aliases, city, birth_date, flags FROM clients"
                              " ORDER BY id"),
                    b.store.q("SELECT client_id, partner_id, status FROM referrals ORDER BY id"),
                    b.store.q("SELECT title, due_date, status FROM followups ORDER BY id"))
        finally:
            b.close()

    first = snapshot(tmp_path / "a.wsdb", 5)
    assert snapshot(tmp_path / "b.wsdb", 5) == first
    assert snapshot(tmp_path / "c.wsdb", 6) != first


def test_demo_then_list_verify_backup_restore(built, tmp_path, capsys, monkeypatch):
    path, _ = built
    monkeypatch.setenv("WAYSTATION_USER", "demo")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    code, out, _ = run(capsys, "list", path, "clients", "--json")
    clients = json.loads(out)
    assert code == 0 and len(clients) >= 200 and all("id" in c for c in clients)
    assert run(capsys, "verify", path)[1] == "ok\n"
    backup = tmp_path / "demo.wsbak"
    assert run(capsys, "backup", path, "--out", backup)[0] == 0
    restored = tmp_path / "restored.wsdb"
    code, out, err = run(capsys, "restore", backup, "--to", restored, "--user", "demo")
    assert code == 0 and out.endswith("ok\n"), err
    assert json.loads(run(capsys, "list", restored, "clients", "--json")[1]) == clients
    monkeypatch.setenv("WAYSTATION_USER", "volunteer")
    code, _, err = run(capsys, "export", path, "--format", "json", "--out", tmp_path / "x.json")
    assert code == 1 and "cannot export" in err


def test_a_made_up_passphrase_is_printed_when_none_is_given(tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("WAYSTATION_PASSPHRASE", raising=False)
    path = tmp_path / "p.wsdb"
    code, out, err = run(capsys, "demo", path, "--clients", "3", "--kdf-fast")
    assert code == 0, err
    (line,) = [x for x in out.splitlines() if x.startswith("Passphrase")]
    Casebook.open(path, "volunteer", line.split(": ", 1)[1]).close()


@pytest.mark.parametrize("argv", [["--clients", "0"], ["--clients", "many"], ["--seed", "x"],
                                  ["--exists"]])
def test_demo_bad_input(tmp_path, capsys, monkeypatch, argv):
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    path = tmp_path / "x.wsdb"
    if argv == ["--exists"]:
        path.write_bytes(b"something")
        argv = []
    code, _, err = run(capsys, "demo", path, *argv, "--kdf-fast")
    assert_bad_input(code, err)
    assert not Path(str(path) + ".keys").exists()


def test_a_failed_build_leaves_nothing_behind(tmp_path, monkeypatch):
    def broken(*a, **k):
        raise RuntimeError("boom")

    monkeypatch.setattr(demo._Generator, "make_client", broken)
    with pytest.raises(RuntimeError):
        demo.build(tmp_path / "f.wsdb", PASS, clients=5, kdf=KdfParams())
    assert list(tmp_path.glob("f.wsdb*")) == []


def test_demo_run_builds_once_then_opens_the_app(tmp_path, capsys, monkeypatch):
    calls = []
    fake = types.ModuleType("desktop.app")
    fake.run_app = lambda **kw: calls.append(kw) or 0
    monkeypatch.setitem(sys.modules, "desktop.app", fake)
    monkeypatch.setattr(demo, "generate", _small(demo.generate))
    code, out, err = run(capsys, "demo-run", "--kdf-fast")
    assert code == 0, err
    path = Path(os.environ["XDG_DATA_HOME"]) / "waystation" / "demo.wsdb"
    assert calls == [{"path": path, "user": "demo"}]
    assert "demo passphrase" in out
    Casebook.open(path, "demo", "demo passphrase").close()
    before = path.stat().st_mtime_ns
    assert run(capsys, "demo-run")[0] == 0
    assert len(calls) == 2 and path.stat().st_mtime_ns == before


def _small(generate):
    """demo-run always asks for 300 clients; a test needs fewer."""
    return lambda book, clients, seed=1, **kw: generate(book, 10, seed, **kw)


def test_demo_and_list_as_real_processes(tmp_path):
    env = {**os.environ, "WAYSTATION_PASSPHRASE": PASS, "WAYSTATION_USER": "demo"}
    path = tmp_path / "p.wsdb"
    done = subprocess.run([str(WAYSTATION), "demo", str(path), "--clients", "20",
                           "--kdf-fast"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    listed = subprocess.run([str(WAYSTATION), "list", str(path), "followups", "--json"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) >= 100
    bad = subprocess.run([str(WAYSTATION), "list", str(path), "clients"],
                         env={**env, "WAYSTATION_USER": ""}, capture_output=True, text=True,
                         stdin=subprocess.DEVNULL, timeout=120)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "Traceback" not in bad.stderr


def _indexes(book):
    return book.store.q("SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'index'"
                        " ORDER BY name")


def test_indexes_put_aside_for_the_bulk_build_are_all_back(book, monkeypatch):
    """The bulk writer drops the secondary indexes while it writes and makes them again at
    the end (issue 18: random inserts into them made the build grow faster than the
    casebook); they must come back exactly, also when the build fails part way."""
    before = _indexes(book)
    assert any(name == "clients_sort" for name, _, _ in before)
    demo.generate(book, 5, seed=2)
    assert _indexes(book) == before
    assert "clients_sort" in book.store.one(
        "EXPLAIN QUERY PLAN SELECT id FROM clients ORDER BY sort_name, id")[3]

    real = demo._Generator.make_client

    def fail_at_the_third(self, index):
        if index == 2:
            raise RuntimeError("disk full")
        return real(self, index)

    monkeypatch.setattr(demo._Generator, "make_client", fail_at_the_third)
    with pytest.raises(RuntimeError):
        demo.generate(book, 5, seed=3)
    assert _indexes(book) == before
    assert book.store.one("PRAGMA integrity_check")[0] == "ok"
