"""The records area in another interface language (issue 17): a readiness check saved in
English reads in French in the French interface, and the budget's shortfall is written with
the interface's money format instead of the English sentence from models/."""

from __future__ import annotations

import re

import pytest

from desktop.sponsorships.page import SponsorshipsPage
from models.screening import not_legal_advice
from models.sponsorships import Pledge, Sponsorship

REFUGEE = {"refugee_outside_nationality": "yes", "refugee_in_canada": "no",
           "refugee_country_of_residence": "KE", "refugee_status_document": "yes"}


@pytest.fixture
def french():
    from desktop import i18n

    i18n.install("fr")
    yield
    i18n.install("en")


def _shown(qtbot, ctx, sid: int) -> SponsorshipsPage:
    page = SponsorshipsPage(ctx)
    qtbot.addWidget(page)
    page.select(sid)
    qtbot.waitUntil(lambda: getattr(page, "detail", None) is not None
                    and page.detail.id == sid, timeout=10000)
    return page


def test_readiness_saved_in_english_reads_in_french(qtbot, book, french, ctx):
    sid = book.sponsorships.create(Sponsorship("Maple Street", "group_of_five",
                                               application_date="2027-01-14")
                                   ).id_of("sponsorships")
    book.sponsorships.run_readiness(sid, REFUGEE, "en")
    pack = book.screenings.current_pack("ca-private-sponsorship")
    question = pack.question("sponsor_type")

    page = _shown(qtbot, ctx, sid)

    used = page.readiness.used.text()
    assert question.label("fr") in used and question.label("en") not in used
    notice = page.readiness.findings.findChild(type(page.readiness.used), "notLegalAdvice")
    assert notice is not None and notice.text() == not_legal_advice("fr")


def test_budget_shortfall_in_the_interface_money_format(qtbot, book, french, ctx):
    sid = book.sponsorships.create(Sponsorship("Maple Street", "group_of_five")
                                   ).id_of("sponsorships")
    book.sponsorships.set_family_size(sid, 2)
    book.sponsorships.record_pledge(Pledge(sid, "Group members", 1000))

    page = _shown(qtbot, ctx, sid)

    warning = re.sub(r"\s", "", page.budget.warning.text())
    short = page.detail.budget.required - page.detail.budget.committed
    assert f"{short:,.2f}".replace(",", "").replace(".", ",") + "$" in warning
