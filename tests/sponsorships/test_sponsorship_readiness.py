"""Readiness: the ca-private-sponsorship pack run from the record; the printed documents'
inputs; the demo sponsorships."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from models.clients import Client
from models.demo.sponsorships import add_demo_sponsorships
from models.errors import InvalidInput
from models.sponsorship.repository import Disbursement, Member, Pledge, Sponsorship
from reports.sponsorship_data import sponsorship_report_data

REFUGEE = {"refugee_outside_nationality": "yes", "refugee_in_canada": "no",
           "refugee_country_of_residence": "KE", "refugee_status_document": "yes"}


def _group(book, application_date, *, eligible=5, family=3, funds=20000, **kw) -> int:
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", kw.pop("sponsor_type", "group_of_five"),
                                application_date=application_date, **kw)).id_of("sponsorships")
    for i in range(6):
        sp.add_member(Member(sid, f"Member {i}", eligible=i < eligible))
    for i in range(family):
        sp.link_client(sid, book.clients.add(Client(f"Person {i}")).id_of("clients"))
    sp.record_pledge(Pledge(sid, "Members", funds))
    return sid


def test_answers_are_prefilled_from_the_record(book):
    sid = _group(book, "2026-03-01")
    book.sponsorships.record_pledge(Pledge(sid, "Gift", "0.50"))
    assert book.sponsorships.readiness_answers(sid) == {
        "sponsor_type": "group_of_five", "application_date": "2026-03-01",
        "eligible_group_members": 5, "family_size": 3, "funds_committed": 20000.5}


def test_during_the_pause_a_group_of_five_is_barred(book):
    sid = _group(book, "2026-03-01")
    changes, result = book.sponsorships.run_readiness(sid, REFUGEE)
    ids = result.ids()
    assert "PSR_PAUSED" in ids and "PSR_COST" in ids and "PSR_FUNDS_SHORT" in ids
    assert result.summary == "bar"
    cost = next(f for f in result.findings if f.id == "PSR_COST")
    assert "26,700" in cost.message and "2018-05-01" in cost.message
    saved = book.screenings.get(changes.id_of("screenings"))
    assert book.sponsorships.get(sid).screening_id == saved.id
    assert saved.client_id is None and saved.pack_id == "ca-private-sponsorship"
    assert saved.answers == {**book.sponsorships.readiness_answers(sid), **REFUGEE}


def test_after_the_pause_with_enough_funds_it_is_clear(book):
    sid = _group(book, "2027-01-04", funds=26700)
    _, result = book.sponsorships.run_readiness(sid, REFUGEE)
    assert result.ids() == ("PSR_COST",) and result.summary == "clear"


def test_too_few_eligible_members_and_answers_override_the_record(book):
    sid = _group(book, "2027-01-04", eligible=4, funds=26700)
    _, result = book.sponsorships.run_readiness(sid, REFUGEE)
    assert "PSR_G5_SIZE" in result.ids()
    _, result = book.sponsorships.run_readiness(sid, {**REFUGEE, "eligible_group_members": 5})
    assert "PSR_G5_SIZE" not in result.ids()


def test_a_sah_is_not_paused(book):
    sid = _group(book, "2026-03-01", sponsor_type="sah", funds=26700)
    answers = book.sponsorships.readiness_answers(sid)
    assert "eligible_group_members" not in answers  # asked of Groups of Five only
    _, result = book.sponsorships.run_readiness(sid, REFUGEE)
    assert "PSR_PAUSED" not in result.ids() and "PSR_COST" in result.ids()


def test_bad_answers_write_nothing(book):
    sid = _group(book, "2027-01-04")
    with pytest.raises(InvalidInput):
        book.sponsorships.run_readiness(sid, {"refugee_in_canada": "maybe"})
    assert book.sponsorships.get(sid).screening_id is None
    assert book.store.one("SELECT count(*) FROM screenings")[0] == 0


def test_report_data_for_the_summary_and_the_budget_sheet(book):
    from reports.sponsorship import budget_sheet, sponsorship_summary

    sid = _group(book, "2027-01-04", family=2, funds=24000, status="approved",
                 family_label="The H. family")
    sp = book.sponsorships
    mid = sp.members(sid)[0].id
    sp.add_duty(sid, "housing", "2027-03-01", mid)
    sp.mark_arrival(sid, "2027-02-15")
    sp.record_disbursement(Disbursement(sid, "2027-02-15", "1641.66", "income_support"))
    sp.record_disbursement(Disbursement(sid, "2027-02-16", 500, "start_up", paid_by="Ruth"))
    summary, sheet = sponsorship_report_data(book, sid)
    assert (summary.group_name, summary.sponsor_type, summary.family_size, summary.status) == (
        "Maple Group", "group_of_five", 2, "arrived")
    assert summary.required_amount == Decimal(24800) and summary.committed == Decimal(24000)
    assert summary.disbursed == Decimal("2141.66")
    assert str(summary.cost_table_date) == "2018-05-01"
    assert str(summary.arrival_date) == "2027-02-15" and str(summary.support_end) == "2028-02-15"
    assert summary.members[0].duties == ("Housing",)
    assert len(sheet.schedule) == 12 and sheet.schedule[0].disbursed == Decimal("1641.66")
    assert sheet.income_support == Decimal(19700) and sheet.start_up == Decimal(5100)
    assert [(d.purpose, d.paid_by) for d in sheet.disbursements] == [
        ("Income support", None), ("Start-up costs", "Ruth")]
    assert sponsorship_summary(summary).startswith(b"%PDF")
    assert budget_sheet(sheet).startswith(b"%PDF")


def test_demo_sponsorships_are_in_different_stages(book):
    ids = add_demo_sponsorships(book, random.Random(7))
    sp = book.sponsorships
    preparing, arrived = (sp.get(i) for i in ids)
    assert preparing.status == "preparing" and preparing.screening_id is not None
    assert arrived.status in ("arrived", "in_support") and arrived.arrival_date
    checkins = sp.checkins(arrived.id)
    assert len(checkins) == 12 and checkins[0].status == "done"
    assert sp.budget(arrived.id).disbursed > 0
    assert any(d.done for d in sp.duties(arrived.id))
    assert book.verify() == []
