"""CSV import (all or nothing, R2) and CSV/JSON export (coordinators only)."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.casebook import Casebook
from models.clients import Client
from models.errors import InvalidInput
from models.transfer import spreadsheets
from tests.support.cli import assert_bad_input, run
from tests.support.importing import (  # noqa: F401 - fixtures
    IMPORT_PASS,
    casebook,
    count,
    csv_text,
    good_row,
)

WAYSTATION = Path(sys.executable).with_name("waystation")


# -- reading ----------------------------------------------------------------------------------
def test_every_column_is_read_with_lists_and_a_bom(tmp_path):
    f = tmp_path / "c.csv"
    f.write_bytes(("\ufeff" + csv_text(good_row(1), "", "Only A Name" + "," * 17))
                  .encode("utf-8"))
    first, second = spreadsheets.read_clients(f)
    assert first.display_name == "Client 1" and first.aliases == ("Cliente 1", "C. 1")
    assert first.languages == ("Arabic", "French") and first.citizenships == ("SY",)
    assert first.flags == frozenset({"medical", "lgbtq"}) and first.birth_year == 1990
    assert first.immigration_notes == "Notes, with a comma"
    assert second == Client("Only A Name")


def test_columns_may_come_in_any_order_and_only_display_name_is_required(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("City, Display_Name\nMontréal,Zoë Núñez\n", encoding="utf-8")
    (c,) = spreadsheets.read_clients(f)
    assert (c.display_name, c.city) == ("Zoë Núñez", "Montréal")


@pytest.mark.parametrize("content, message", [
    (csv_text(*(good_row(i) for i in range(5)), good_row(5).replace("1990-05-06", "6/5/1990")),
     "row 7, column birth_date: is not a date (use YYYY-MM-DD)"),
    (csv_text(good_row(1), ",,,,,,,,,,,,,,,,,active"), "row 3, column display_name: is required"),
    (csv_text(good_row(1).replace("SY", "Syria")), "row 2, column citizenships:"),
    (csv_text(good_row(1).replace("medical", "brave")), "row 2, column flags: unknown flag"),
    (csv_text(good_row(1).replace(",active", ",gone")), "row 2, column status:"),
    (csv_text(good_row(1).replace("in_canada_claimant", "lost")),
     "row 2, column immigration_situation:"),
    (csv_text(good_row(1).replace(",,1990-05-02,,", ",,,nineteen,")),
     "row 2, column birth_year: is not a whole number"),
    (csv_text(good_row(1) + ",extra"), "row 2: has 19 values but the header names 18"),
    (csv_text("x", header="display_name,passport_number"), "column passport_number: is not a"),
    (csv_text("x", header="city"), "column display_name: is required"),
    (csv_text("x", header="display_name,city,City"), "column city: appears twice"),
    ("display_name\n", "file: has a header but no rows"),
    ("", "file: is empty"),
    ('display_name\n"unclosed\n', "row 2: is not valid CSV"),
])
def test_one_bad_row_refuses_the_file_naming_row_and_column(tmp_path, content, message):
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(InvalidInput) as err:
        spreadsheets.read_clients(f)
    assert str(err.value).startswith(message), str(err.value)


def test_files_that_are_not_utf8_text_or_too_large_are_refused(tmp_path, monkeypatch):
    f = tmp_path / "latin1.csv"
    f.write_bytes("display_name\nZoë\n".encode("latin-1"))
    with pytest.raises(InvalidInput, match="not UTF-8"):
        spreadsheets.read_clients(f)
    f.write_bytes(b"display_name\nA\x00B\n")
    with pytest.raises(InvalidInput, match="NUL"):
        spreadsheets.read_clients(f)
    monkeypatch.setattr(spreadsheets, "MAX_BYTES", 10)
    f.write_text("display_name\nLong enough name\n")
    with pytest.raises(InvalidInput, match="larger than"):
        spreadsheets.read_clients(f)
    with pytest.raises(InvalidInput, match="does not exist"):
        spreadsheets.read_clients(tmp_path / "missing.csv")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_clients_or_a_typed_error(raw):
    try:
        clients = spreadsheets.parse_clients(b"display_name,aliases,birth_date,flags\n" + raw)
    except InvalidInput as exc:
        assert "\n" not in str(exc)
        return
    assert all(isinstance(c, Client) and c.display_name for c in clients)


# -- importing --------------------------------------------------------------------------------
def test_import_adds_every_row(casebook, tmp_path, capsys):  # noqa: F811 - the imported fixture
    f = tmp_path / "c.csv"
    f.write_text(csv_text(*(good_row(i) for i in range(30))), encoding="utf-8")
    code, out, err = run(capsys, "import", casebook, "--clients", f)
    assert code == 0 and out == "Imported 30 clients.\n", err
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    assert book.clients.count() == 31
    assert book.clients.search("cliente 29") != []
    assert book.clients.duplicates("Client 7")  # name keys are maintained
    actions = [a for (a,) in book.store.q("SELECT action FROM audit WHERE entity = 'client'")]
    assert actions.count("import") == 30
    book.close()


def test_import_with_one_bad_row_leaves_no_rows(casebook, tmp_path, capsys):  # noqa: F811 - the imported fixture
    rows = [good_row(i) for i in range(10)]
    rows[5] = rows[5].replace("1990-05-06", "1990-13-45")
    f = tmp_path / "c.csv"
    f.write_text(csv_text(*rows), encoding="utf-8")
    code, out, err = run(capsys, "import", casebook, "--clients", f)
    assert_bad_input(code, err)
    assert "row 7, column birth_date: is not a date (use YYYY-MM-DD)" in err
    assert out == "" and count(casebook) == 1


def test_import_is_refused_for_a_volunteer(casebook, tmp_path, capsys, monkeypatch):  # noqa: F811 - the imported fixture
    f = tmp_path / "c.csv"
    f.write_text(csv_text(good_row(1)), encoding="utf-8")
    monkeypatch.setenv("WAYSTATION_USER", "vera")
    code, _, err = run(capsys, "import", casebook, "--clients", f)
    assert code == 1 and "cannot import clients" in err
    assert count(casebook) == 1


def test_an_import_killed_part_way_leaves_all_rows_or_none(casebook, tmp_path):  # noqa: F811 - the imported fixture
    """R2: SIGKILL while the import writes; the count is before or after, never between."""
    n = 3000
    f = tmp_path / "big.csv"
    f.write_text(csv_text(*(good_row(i) for i in range(n))), encoding="utf-8")
    env = {**os.environ, "WAYSTATION_USER": "ana", "WAYSTATION_PASSPHRASE": IMPORT_PASS}
    killed_mid_way = 0
    for delay in (0.0, 0.3, 1.0):
        proc = subprocess.Popen([str(WAYSTATION), "import", str(casebook), "--clients", str(f)],
                                env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            ready, _, _ = select.select([proc.stderr], [], [], 120)
            assert ready, "the import never started writing"
            assert b"rows are valid" in proc.stderr.readline()
            time.sleep(delay)
            if proc.poll() is None:
                killed_mid_way += 1
                proc.send_signal(signal.SIGKILL)
            proc.wait(60)
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.stdout.close()
            proc.stderr.close()
        book = Casebook.open(casebook, "ana", IMPORT_PASS)
        try:
            assert book.clients.count() in (1, 1 + n)
            assert book.verify() == []
            if book.clients.count() == 1 + n:
                break  # it finished before the kill: nothing more to learn from this file
        finally:
            book.close()
    assert killed_mid_way >= 1


# -- exporting --------------------------------------------------------------------------------
def test_json_export_has_everything_and_warns(casebook, tmp_path, capsys):  # noqa: F811 - the imported fixture
    out = tmp_path / "export.json"
    code, text, err = run(capsys, "export", casebook, "--format", "json", "--out", out)
    assert code == 0, err
    assert "NOT encrypted" in err and "Traceback" not in err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "waystation-export/1"
    (client,) = data["clients"]
    assert client["display_name"] == "Existing Person"
    assert client["household"][0]["name"] == "A Child"
    assert client["notes"][0]["body"] == "first note"
    assert set(data) >= {"partners", "referrals", "followups"}
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    assert book.store.one("SELECT count(*) FROM audit WHERE action = 'export'")[0] == 1
    book.close()


def test_csv_export_round_trips_through_import(casebook, tmp_path, capsys):  # noqa: F811 - the imported fixture
    f = tmp_path / "in.csv"
    f.write_text(csv_text(*(good_row(i) for i in range(3))), encoding="utf-8")
    assert run(capsys, "import", casebook, "--clients", f)[0] == 0
    out = tmp_path / "export.csv"
    code, text, err = run(capsys, "export", casebook, "--format", "csv", "--out", out)
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.glob("export*.csv")) == [
        "export-followups.csv", "export-partners.csv", "export-referrals.csv", "export.csv"]
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [r["display_name"] for r in rows][-1] == "Client 2"
    assert rows[-1]["flags"] == "lgbtq;medical" and rows[-1]["aliases"] == "Cliente 2;C. 2"
    # The exported file is a valid import file (the id column is ignored).
    again = spreadsheets.read_clients(out)
    assert [c.display_name for c in again] == [r["display_name"] for r in rows]
    assert again[-1] == spreadsheets.read_clients(f)[-1]


def test_export_is_refused_for_a_volunteer_and_a_caseworker(casebook, tmp_path, capsys,  # noqa: F811 - the imported fixture
                                                            monkeypatch):
    for user in ("vera", "carl"):
        monkeypatch.setenv("WAYSTATION_USER", user)
        out = tmp_path / f"{user}.json"
        code, _, err = run(capsys, "export", casebook, "--format", "json", "--out", out)
        assert code == 1 and "cannot export casebook data" in err and err.count("\n") == 1
        assert not out.exists()


@pytest.mark.parametrize("argv", [
    ["--format", "xml", "--out", "{tmp}/x.xml"],
    ["--format", "json"],
    ["--format", "json", "--out", "{tmp}/no/folder/x.json"],
    ["--format", "json", "--out", "{tmp}"],
])
def test_export_bad_input(casebook, tmp_path, capsys, argv):  # noqa: F811 - the imported fixture
    argv = [a.format(tmp=tmp_path) for a in argv]
    code, _, err = run(capsys, "export", casebook, *argv)
    assert_bad_input(code, err)


def test_import_bad_input(casebook, tmp_path, capsys):  # noqa: F811 - the imported fixture
    code, _, err = run(capsys, "import", casebook, "--clients", tmp_path / "missing.csv")
    assert_bad_input(code, err)
    code, _, err = run(capsys, "import", casebook)
    assert_bad_input(code, err)
