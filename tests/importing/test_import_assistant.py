"""The import assistant's model (models/transfer/importing) and ``waystation import --mapping``: a
French Excel CSV (semicolons, Windows-1252) and an XLSX, with a notes column, all or nothing."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.casebook import Casebook
from models.errors import InvalidInput
from models.transfer.importing import mapping as maps
from models.transfer.importing.plan import MERGE, SKIP, ImportPlan, commit
from models.transfer.importing.source import parse_source, read_source
from tests.support.cli import assert_bad_input, run
from tests.support.importing import (  # noqa: F401
    FRENCH_HEADER,
    FRENCH_ROWS,
    IMPORT_PASS,
    casebook,
    count,
    french_csv,
)

EXPECTED_MAPPING = ["display_name", "aliases", "birth_date", "city", "languages", "phone",
                    "notes", "household", "followup_date", "followup_title", "skip"]


def french_xlsx(path, rows=FRENCH_ROWS):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Dossiers"
    ws.append(FRENCH_HEADER)
    for r in rows:
        # Excel keeps dates as dates and numbers as numbers, not as text.
        ws.append([dt.date.fromisoformat(v) if i == 2 and v else v for i, v in enumerate(r)])
    wb.create_sheet("Autre").append(["rien"])
    wb.save(path)


def test_a_french_cp1252_semicolon_csv_is_detected_and_mapped():
    source = parse_source(french_csv())
    assert (source.kind, source.encoding, source.delimiter) == ("csv", "cp1252", ";")
    plan = ImportPlan(source)
    assert plan.mapping == EXPECTED_MAPPING
    plans, problems = plan.check()
    assert problems == []
    first = plans[0]
    assert first.client.display_name == "Zoé Gagnon" and first.client.city == "Montréal"
    assert first.client.languages == ("Français", "Arabe")
    assert first.notes == ["Arrivée en février, a besoin d'un interprète"]
    assert first.household == ["Léa", "Hugo"]
    assert first.followup == ("2031-01-15", "Appeler au sujet du logement")


def test_spanish_and_english_headers_are_guessed_too():
    assert maps.guess(["Nombre completo", "Fecha de nacimiento", "Ciudad", "Notas",
                       "Correo electrónico"]) == [
        "display_name", "birth_date", "city", "notes", "email"]
    assert maps.guess(["Full name", "DOB", "Phone", "Comments", "Name"]) == [
        "display_name", "birth_date", "phone", "notes", "skip"]  # a field maps once


def test_the_assistant_imports_csv_and_xlsx_with_notes_and_remembers_the_mapping(casebook,  # noqa: F811
                                                                               tmp_path):
    xlsx = tmp_path / "dossiers.xlsx"
    french_xlsx(xlsx)
    source = read_source(xlsx)
    assert source.kind == "xlsx" and source.sheet_names == ["Dossiers", "Autre"]
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        plan = ImportPlan(source, book=book)
        changed = list(plan.mapping)
        changed[-1] = "notes"  # the person maps the internal file number to a note
        plan.set_mapping(changed)
        result = commit(book, plan)
        assert len(result.added) == 3
        zoe = book.clients.get(result.added[0])
        assert zoe.birth_date == "1988-02-03" and zoe.aliases == ("Zoe G.",)
        notes = sorted(n.body for n in book.notes.for_client(zoe.id))
        assert notes == ["Dossier interne: A-1",
                         "Remarques: Arrivée en février, a besoin d'un interprète"]
        assert [m.name for m in book.household.members(zoe.id)] == ["Léa", "Hugo"]
        (fu,) = book.followups.for_client(zoe.id)
        assert (fu.title, fu.due_date) == ("Appeler au sujet du logement", "2031-01-15")
        # The same layout, next month, as a CSV: the remembered mapping comes back.
        again = ImportPlan(parse_source(french_csv()), book=book)
        assert again.mapping == changed
        # ... and each row now matches a client just imported.
        plans, _ = again.check()
        matches = again.existing(book, plans)
        assert [m.row for m in matches] == [2, 3, 4]
        with pytest.raises(InvalidInput, match="row 2: matches existing client"):
            commit(book, again)
        before = book.clients.count()
        result = commit(book, again, {2: MERGE, 3: SKIP, 4: SKIP})
        assert result.merged == (zoe.id,) and result.skipped_rows == (3, 4)
        assert book.clients.count() == before
        assert len(book.notes.for_client(zoe.id)) == 4
    finally:
        book.close()


def test_every_problem_is_listed_and_a_bad_row_refuses_the_whole_import(casebook):  # noqa: F811
    rows = [list(r) for r in FRENCH_ROWS]
    rows[1][2] = "31/02/1990"      # row 3: not a date
    rows[2][0] = ""                # row 4: no name
    rows[2][8] = "demain"          # row 4: not a follow-up date
    plan = ImportPlan(parse_source(french_csv(rows)))
    _, problems = plan.check()
    assert [str(p) for p in problems] == [
        "row 3, column Date de naissance: is not a date (use YYYY-MM-DD)",
        "row 4, column Date de suivi: is not a date (use YYYY-MM-DD)",
        "row 4, column Nom: is required (the person's name)"]
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        with pytest.raises(InvalidInput) as err:
            commit(book, plan)
        assert str(err.value).startswith("row 3, column Date de naissance: is not a date")
        assert book.clients.count() == 1
    finally:
        book.close()


def test_a_failure_while_writing_leaves_nothing_half_written(casebook, monkeypatch):  # noqa: F811
    from models.household import Household

    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        notes_before = book.store.one("SELECT count(*) FROM notes")[0]
        calls = []

        def fail_on_second(self, client_id, member):
            calls.append(client_id)
            if len(calls) == 2:
                raise OSError("disk full")
            return original(self, client_id, member)

        original = Household.add_member
        monkeypatch.setattr(Household, "add_member", fail_on_second)
        with pytest.raises(OSError):
            commit(book, ImportPlan(parse_source(french_csv())))
        assert book.clients.count() == 1
        assert book.store.one("SELECT count(*) FROM notes")[0] == notes_before
        assert book.store.one("SELECT count(*) FROM followups")[0] == 0
    finally:
        book.close()


def test_the_cli_imports_csv_and_xlsx_with_a_mapping_file(casebook, tmp_path, capsys):  # noqa: F811
    spec = {"columns": dict(zip(FRENCH_HEADER, EXPECTED_MAPPING, strict=True))}
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    f = tmp_path / "dossiers.csv"
    f.write_bytes(french_csv())
    # Today's strict mode still refuses the French file...
    code, _, err = run(capsys, "import", casebook, "--clients", f)
    assert_bad_input(code, err)
    # ... the mapping file brings it in.
    code, out, err = run(capsys, "import", casebook, "--clients", f, "--mapping", mapping)
    assert code == 0 and out == "Imported 3 clients.\n", err
    assert count(casebook) == 4
    xlsx = tmp_path / "dossiers.xlsx"
    rows = [[name, *r[1:]] for name, r in zip(("Amina Diallo", "Karim Haddad", "Lucía Pérez"),
                                               FRENCH_ROWS, strict=True)]
    french_xlsx(xlsx, rows)
    spec["sheet"] = "Dossiers"
    mapping.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", casebook, "--clients", xlsx, "--mapping", mapping)
    assert code == 0 and out == "Imported 3 clients.\n", err
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        ids = book.clients.search("Amina Diallo")
        assert [n.body for n in book.notes.for_client(ids[0])] == [
            "Arrivée en février, a besoin d'un interprète"]
    finally:
        book.close()


def test_the_cli_refuses_a_bad_row_or_an_unmapped_column_and_writes_nothing(casebook,  # noqa: F811
                                                                            tmp_path, capsys):
    spec = {"columns": dict(zip(FRENCH_HEADER, EXPECTED_MAPPING, strict=True))}
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    rows = [list(r) for r in FRENCH_ROWS]
    rows[2][2] = "30-11-1975"
    f = tmp_path / "bad.csv"
    f.write_bytes(french_csv(rows))
    code, out, err = run(capsys, "import", casebook, "--clients", f, "--mapping", mapping)
    assert_bad_input(code, err)
    assert "row 4, column Date de naissance: is not a date (use YYYY-MM-DD)" in err
    del spec["columns"]["Ville"]
    mapping.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    f.write_bytes(french_csv())
    code, out, err = run(capsys, "import", casebook, "--clients", f, "--mapping", mapping)
    assert_bad_input(code, err)
    assert "column Ville: is not in the mapping file" in err
    assert count(casebook) == 1


def test_extra_sheets_add_notes_relatives_and_followups(casebook, tmp_path, capsys):  # noqa: F811
    xlsx = tmp_path / "dossiers.xlsx"
    wb = openpyxl.Workbook()
    main = wb.active
    main.title = "Dossiers"
    main.append(["Nom", "Ville"])
    main.append(["Zoé Gagnon", "Montréal"])
    main.append(["José Núñez", "Sherbrooke"])
    follow = wb.create_sheet("Suivis")
    follow.append(["Nom", "Date", "Tâche", "Remarque", "Famille au Canada"])
    follow.append(["zoe gagnon", dt.date(2031, 2, 1), "Logement", "Appel fait", "Sami"])
    follow.append(["Zoé Gagnon", dt.date(2031, 3, 1), "Banque alimentaire", "", ""])
    follow.append(["José Núñez", None, "", "Préfère l'espagnol", ""])
    wb.save(xlsx)
    spec = {"sheet": "Dossiers", "columns": {"Nom": "display_name", "Ville": "city"},
            "extra_sheets": [{"sheet": "Suivis", "columns": {
                "Nom": "client", "Date": "followup_date", "Tâche": "followup_title",
                "Remarque": "notes", "Famille au Canada": "relatives"}}]}
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", casebook, "--clients", xlsx, "--mapping", mapping)
    assert code == 0 and out == "Imported 2 clients.\n", err
    book = Casebook.open(casebook, "ana", IMPORT_PASS)
    try:
        (zoe,) = book.clients.search("Zoé Gagnon")
        assert sorted((f.due_date, f.title) for f in book.followups.for_client(zoe)) == [
            ("2031-02-01", "Logement"), ("2031-03-01", "Banque alimentaire")]
        assert [n.body for n in book.notes.for_client(zoe)] == ["Appel fait"]
        assert [r.name for r in book.household.relatives(zoe)] == ["Sami"]
        (jose,) = book.clients.search("José")
        assert [n.body for n in book.notes.for_client(jose)] == ["Préfère l'espagnol"]
    finally:
        book.close()
    # A row naming no client of the main sheet refuses everything, naming sheet and row.
    follow.append(["Personne Inconnue", dt.date(2031, 4, 1), "x", "", ""])
    main.append(["Amina Diallo", "Gatineau"])
    wb.save(xlsx)
    code, _, err = run(capsys, "import", casebook, "--clients", xlsx, "--mapping", mapping,
                       "--allow-duplicates")
    assert_bad_input(code, err)
    assert "row 5, column Nom (sheet Suivis): names no client of the main sheet" in err
    assert count(casebook) == 3


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
       st.sampled_from([b"Nom;Date de naissance;Remarques\n", b"name,birth_year,notes\n",
                        b"PK\x03\x04", b""]))
def test_any_bytes_give_rows_and_problems_or_a_typed_error(raw, head):
    """R6 for the assistant: whatever the file, a typed error or rows and problems."""
    try:
        plan = ImportPlan(parse_source(head + raw))
        plans, problems = plan.check()
    except InvalidInput as exc:
        assert "\n" not in str(exc)
        return
    assert all(isinstance(p.row, int) and "\n" not in p.reason for p in problems)
    assert all(p.client is None or p.client.display_name for p in plans)
