"""Resource sheet, caseload report, recovery sheet, sponsorship summary and budget sheet."""

from __future__ import annotations

import dataclasses
import io
import re

import pypdf
import pytest

from reports import (
    budget_sheet,
    caseload_report,
    recovery_sheet,
    resource_sheet,
    samples,
    sponsorship_summary,
)
from reports.data import CaseloadReportData, ResourceSheetData
from reports.recovery import key_groups


def pages(data: bytes) -> list[str]:
    return [" ".join(p.extract_text().split()) for p in pypdf.PdfReader(io.BytesIO(data)).pages]


def text(data: bytes) -> str:
    return " ".join(pages(data))


def embedded_only(data: bytes) -> bool:
    reader = pypdf.PdfReader(io.BytesIO(data))
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fd = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            if "/FontDescriptor" not in fd or "/FontFile2" not in fd["/FontDescriptor"]:
                return False
    return True


ALL = [
    (resource_sheet, samples.resource_sheet),
    (caseload_report, samples.caseload),
    (recovery_sheet, samples.recovery),
    (sponsorship_summary, samples.sponsorship),
    (budget_sheet, samples.budget),
]


@pytest.mark.parametrize("render, sample", ALL)
@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_document_renders_embedded_and_numbered(render, sample, lang):
    data = render(sample(), lang=lang)
    assert data.startswith(b"%PDF-")
    assert embedded_only(data)
    ps = pages(data)
    word = {"en": "Page", "fr": "Page", "es": "Página"}[lang]
    of = {"en": "of", "fr": "de", "es": "de"}[lang]
    for i, page in enumerate(ps, 1):
        assert f"{word} {i} {of} {len(ps)}" in page


@pytest.mark.parametrize("render, sample", ALL)
def test_every_document_is_deterministic_when_asked(render, sample):
    assert render(sample(), invariant=True) == render(sample(), invariant=True)


def test_resource_sheet():
    t = text(resource_sheet(samples.resource_sheet()))
    for w in ("Montréal — services for newcomers", "Current as of June 1, 2026",
              "City: Montréal", "Clinique juridique Saint-Laurent",
              "Legal advice and representation · Legal aid", "Walk-in Tuesdays",
              "+1 514 555 0103", "Please call before you go"):
        assert w in t, w
    empty = ResourceSheetData(title="Nothing here", entries=())
    assert "No partner organisations match" in text(resource_sheet(empty))
    fr = text(resource_sheet(samples.resource_sheet(), lang="fr"))
    assert "Ville : Montréal" in fr and "Hébergement et logement" in fr


def test_caseload_report_shows_aggregates_and_charts():
    data = caseload_report(samples.caseload())
    t = text(data)
    for w in ("Caseload report", "January 1, 2026 to June 30, 2026", "149", "142",
              "3.5 days", "87%", "Clients by status", "Clients by city", "Referrals by outcome",
              "Referrals by service and outcome", "No response yet", "Sherbrooke",
              "contains no names"):
        assert w in t, w
    fr = text(caseload_report(samples.caseload(), lang="fr"))
    assert "3,5 jours" in fr and "87 %" in fr and "Du 1er janvier 2026 au 30 juin 2026" in fr


def test_caseload_report_with_no_data():
    empty = CaseloadReportData(period_start=samples.caseload().period_start,
                               period_end=samples.caseload().period_end)
    t = text(caseload_report(empty))
    assert "No data for this period." in t and "not available" in t


def test_recovery_sheet_prints_the_key_grouped_with_instructions():
    sample = samples.recovery()
    t = text(recovery_sheet(sample))
    for group in key_groups(sample.recovery_key):
        assert group in t
    for w in ("riverside-circle.wsdb", "June 12, 2026", "Anyone who has this key",
              "offline", "shown only once"):
        assert w in t, w
    meta = pypdf.PdfReader(io.BytesIO(recovery_sheet(sample))).metadata
    assert "K7QM" not in f"{meta.title}{meta.subject}{meta.author}"


def test_key_grouping():
    assert key_groups("ABCD-EFGH-IJ") == ["ABCD", "EFGH", "IJ"]
    assert key_groups("abcd efgh") == ["abcd", "efgh"]
    assert key_groups("ABCDEFGHIJ") == ["ABCD", "EFGH", "IJ"]


def test_sponsorship_summary_is_one_page():
    data = sponsorship_summary(samples.sponsorship())
    ps = pages(data)
    assert len(ps) == 1
    for w in ("Sponsorship summary", "Group of Five", "In the support period", "$28,700.00",
              "IRCC cost table of May 1, 2018, family of 4", "$26,500.00",
              "Shortfall against the requirement: $2,200.00", "Łukasz Kowalczyk",
              "Ayşe Yılmaz", "Siddharth Rāmaswāmy", "School enrolment", "IRPR 153(3), 154"):
        assert w in ps[0], w
    covered = dataclasses.replace(samples.sponsorship(), committed=30000)
    assert "cover the requirement" in text(sponsorship_summary(covered))


def test_budget_sheet_totals():
    t = text(budget_sheet(samples.budget()))
    for w in ("Sponsorship budget", "Income support", "$21,200.00", "Start-up costs",
              "$7,500.00", "$28,700.00", "March 2026", "February 2027", "$21,200.04",
              "Start-up: furniture, clothing, household", "$12,800.01"):
        assert w in t, w
    fr = text(budget_sheet(samples.budget(), lang="fr"))
    assert "21 200,00 $" in fr and "février 2027" in fr
    assert re.search(r"Manque par rapport au montant requis : 2 200,00 \$", fr)
