"""``waystation letter|packet|report|resources``: explicit PDF files, with a warning that they
are not encrypted; only consented fields in letters and packets."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.conftest import PASS
from tests.support.documents import flat, fonts_embedded, make_casebook, pdf_text


@pytest.fixture
def cli(book, book_path, monkeypatch):
    _, _, rid = make_casebook(book, fields=("display_name", "phone"), lang="fr")
    book.close()
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", PASS)
    monkeypatch.setenv("WAYSTATION_USER", "ana")
    return book_path, rid


def test_letter_defaults_to_the_referrals_language(cli, tmp_path, capsys):
    path, rid = cli
    out = tmp_path / "letter.pdf"
    assert main(["letter", str(path), "--referral", str(rid), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "not encrypted" in err and err.count("\n") == 1
    text = flat(pdf_text(out.read_bytes()))
    assert "Zorana Sentinelname" in text and "555 0177" in text
    assert "orientation" in text  # French, as chosen on the referral
    assert "Sentcityville" not in text
    assert fonts_embedded(out.read_bytes())


def test_packet_in_spanish(cli, tmp_path, capsys):
    path, rid = cli
    out = tmp_path / "packet.pdf"
    assert main(["packet", str(path), "--referral", str(rid), "--lang", "es",
                 "--out", str(out)]) == 0
    text = flat(pdf_text(out.read_bytes()))
    assert "derivación" in text and "Consentimiento" in text
    for absent in ("Sentcityville", "SENTSAFE", "Sentkidmember", "SENTPRONOUNS"):
        assert absent not in text


def test_report_and_resources(cli, tmp_path):
    path, _ = cli
    report = tmp_path / "report.pdf"
    assert main(["report", str(path), "--out", str(report), "--lang", "fr"]) == 0
    text = flat(pdf_text(report.read_bytes()))
    assert "Sentinelname" not in text
    sheet = tmp_path / "sheet.pdf"
    assert main(["resources", str(path), "--city", "Montréal", "--service", "legal",
                 "--language", "Spanish", "--out", str(sheet)]) == 0
    assert "Clinique juridique Saint-Laurent" in flat(pdf_text(sheet.read_bytes()))


def test_errors_are_one_line_and_write_nothing(cli, tmp_path, capsys, monkeypatch):
    path, rid = cli
    out = tmp_path / "x.pdf"
    assert main(["letter", str(path), "--referral", "999", "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert not out.exists()
    assert main(["letter", str(path), "--referral", str(rid), "--out",
                 str(tmp_path / "missing" / "x.pdf")]) == 2
    assert "folder does not exist" in capsys.readouterr().err
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", "wrong passphrase!")
    assert main(["letter", str(path), "--referral", str(rid), "--out", str(out)]) != 0
    assert not out.exists()
    with pytest.raises(SystemExit) as exc:
        main(["report", str(path), "--from", "2026-13-01", "--out", str(out)])
    assert exc.value.code == 2


def test_a_volunteer_cannot_print_a_letter(cli, tmp_path, open_as, book_path, monkeypatch):
    from models.security.keyslots import KdfParams

    path, rid = cli
    coordinator = open_as("ana")
    coordinator.users.add("vic", "volunteer", "volunteer passphrase", kdf=KdfParams())
    coordinator.close()
    monkeypatch.setenv("WAYSTATION_USER", "vic")
    monkeypatch.setenv("WAYSTATION_PASSPHRASE", "volunteer passphrase")
    out = tmp_path / "v.pdf"
    assert main(["letter", str(path), "--referral", str(rid), "--out", str(out)]) != 0
    assert not out.exists()
