"""``waystation list``: a table, or JSON objects each with an id."""

from __future__ import annotations

import json

import pytest

from models.casebook import Casebook
from models.demo import build as demo
from models.security.keyslots import KdfParams
from tests.support.cli import assert_bad_input, run

PASS = "demo passphrase"


@pytest.fixture(scope="module")
def casebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("list") / "l.wsdb"
    demo.build(path, PASS, clients=15, seed=7, kdf=KdfParams())
    return path


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("WAYSTATION_USER", "volunteer")  # reading needs no more than this
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)


@pytest.mark.parametrize("kind, n", [("clients", 15), ("referrals", 45), ("followups", 75),
                                     ("partners", 20), ("sponsorships", 2)])
def test_json_is_a_list_of_objects_with_ids(casebook, capsys, kind, n):
    code, out, err = run(capsys, "list", casebook, kind, "--json")
    assert code == 0, err
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) >= n
    assert all(isinstance(r, dict) and isinstance(r["id"], int) for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)


def test_the_table_has_a_header_and_a_count(casebook, capsys):
    code, out, _ = run(capsys, "list", casebook, "partners")
    lines = out.splitlines()
    assert code == 0 and lines[0].split()[:2] == ["id", "name"]
    assert lines[-1] == "(20 partners)" and len(lines) == 22


def test_listing_reads_no_client_file(casebook, capsys):
    book = Casebook.open(casebook, "demo", PASS)
    views = book.store.one("SELECT count(*) FROM audit WHERE action = 'view'")[0]
    book.close()
    assert run(capsys, "list", casebook, "clients")[0] == 0
    book = Casebook.open(casebook, "demo", PASS)
    assert book.store.one("SELECT count(*) FROM audit WHERE action = 'view'")[0] == views
    book.close()


@pytest.mark.parametrize("argv", [["{book}", "households"], ["{book}"],
                                  ["{missing}", "clients"]])
def test_bad_input(casebook, tmp_path, capsys, argv):
    argv = [a.format(book=casebook, missing=tmp_path / "missing.wsdb") for a in argv]
    code, _, err = run(capsys, "list", *argv)
    assert_bad_input(code, err)
