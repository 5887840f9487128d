"""``waystation sponsorship``: the sponsorship summary and budget sheet from the command line,
the same documents (made by ``reports.sponsorship_data``) as the desktop's Print buttons, and
audited the same way (issue 19, problem 3)."""

from __future__ import annotations

import pytest

from models.casebook import Casebook
from models.demo import build as demo
from models.security.keyslots import KdfParams
from reports.sponsorship_data import summary_pdf
from tests.support.cli import run
from tests.support.documents import flat, pdf_text

PASS = "demo passphrase"


@pytest.fixture(scope="module")
def casebook(tmp_path_factory):
    path = tmp_path_factory.mktemp("sponsorship") / "s.wsdb"
    demo.build(path, PASS, clients=3, seed=7, kdf=KdfParams())
    book = Casebook.open(path, "demo", PASS)
    # The demo's group in its support period (its family is linked, so it can be printed).
    (sid,) = [s.id for s in book.sponsorships.list() if s.status == "in_support"]
    book.close()
    return path, sid


@pytest.fixture(autouse=True)
def _env(monkeypatch):
    monkeypatch.setenv("WAYSTATION_USER", "demo")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)


def _prints(path) -> int:
    book = Casebook.open(path, "demo", PASS)
    try:
        return book.store.one("SELECT count(*) FROM audit WHERE action = 'print'"
                              " AND entity = 'sponsorship'")[0]
    finally:
        book.close()


def test_the_summary_is_printed_audited_and_the_same_as_the_desktops(casebook, tmp_path,
                                                                     capsys):
    path, sid = casebook
    before = _prints(path)
    out = tmp_path / "summary.pdf"
    code, _, err = run(capsys, "sponsorship", path, "--sponsorship", sid, "--out", out)
    assert code == 0, err
    assert "not encrypted" in err and err.count("\n") == 1
    text = flat(pdf_text(out.read_bytes()))
    for words in ("Sponsorship summary", "St Brigid's Refugee Committee", "The K. family",
                  "Required for 12 months", "$26,700.00", "Group members and duties",
                  "Priya Nair", "Riverside Refugee Support Circle (demo)"):
        assert words in text
    assert _prints(path) == before + 1
    # The desktop's preview makes its PDF with the same function, so the same text.
    book = Casebook.open(path, "demo", PASS)
    try:
        assert flat(pdf_text(summary_pdf(book, sid))) == text
    finally:
        book.close()
    assert _prints(path) == before + 2


def test_the_budget_sheet_in_french(casebook, tmp_path, capsys):
    path, sid = casebook
    out = tmp_path / "budget.pdf"
    code, _, err = run(capsys, "sponsorship", path, "--sponsorship", sid, "--budget-sheet",
                       "--lang", "fr", "--out", out)
    assert code == 0, err
    text = flat(pdf_text(out.read_bytes()))
    assert "Budget du parrainage" in text and "Calendrier mensuel" in text
    assert "26 700,00 $" in text


def test_an_unknown_sponsorship_is_one_sentence_and_no_file(casebook, tmp_path, capsys):
    path, _ = casebook
    out = tmp_path / "none.pdf"
    code, _, err = run(capsys, "sponsorship", path, "--sponsorship", 999, "--out", out)
    assert code != 0 and not out.exists()
    assert err == "waystation: There is no sponsorship with id 999.\n"


def test_what_is_printed_is_decided_in_models_and_reports_keeps_no_rule(casebook):
    # issue 19: the printing data lives in models; reports only shapes it for the documents.
    import inspect

    import reports.sponsorship_data as shaping
    from models.sponsorship import printed

    path, sid = casebook
    book = Casebook.open(path, "demo", PASS)
    try:
        before = _count_prints(book)
        data = printed.printed_sponsorship_data(book.store, sid)
        summary, sheet = shaping.sponsorship_report_data(book.store, sid)
        assert _count_prints(book) == before  # reading the data is not a print
    finally:
        book.close()
    assert data.members
    assert [(g.name, g.role, g.duties) for g in summary.members] == [
        (m.name, m.role, m.duties) for m in data.members]
    assert [d.purpose for d in sheet.disbursements] == [d.purpose for d in data.disbursements]
    assert summary.required_amount == data.table_total
    source = inspect.getsource(shaping)
    assert "cancelled" not in source and "CATEGORY_LABELS" not in source
    assert "InvalidInput" not in source  # the 'not before the requirement is known' rule


def _count_prints(book) -> int:
    return book.store.one("SELECT count(*) FROM audit WHERE action = 'print'"
                          " AND entity = 'sponsorship'")[0]
