"""Sponsorships in the app: the whole flow of a group — create, members, family, readiness,
pledges and a disbursement, status, arrival, check-ins in Today, a duty, the printed summary
and budget sheet — driven through the real application, then what each role may do, and the
dialogs' own checks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QFrame, QLabel, QMessageBox

from desktop import errors
from desktop.app import AppController
from desktop.sponsorships import budget as budget_mod
from desktop.sponsorships.checkins import ArrivalDialog, ExtendDialog
from desktop.sponsorships.duties import DutyDialog
from desktop.sponsorships.family import ClientPickerDialog
from desktop.sponsorships.members import MemberDialog
from desktop.sponsorships.money_dialogs import DisbursementDialog, PledgeDialog
from desktop.sponsorships.page import SponsorshipsPage
from desktop.sponsorships.readiness import ReadinessDialog
from desktop.sponsorships.record_form import SponsorshipDialog
from desktop.today.outcome_dialog import OutcomeDialog
from models.clients import Client
from models.security.keyslots import KdfParams
from models.sponsorship.budget import add_months
from models.sponsorship.repository import Disbursement, Member, Pledge, Sponsorship
from tests.conftest import PASS
from tests.support.shell import unlock

CPASS, VPASS = "caseworker pass", "volunteer pass"
REFUGEE = {"refugee_outside_nationality": "yes", "refugee_in_canada": "no",
           "refugee_country_of_residence": "KE", "refugee_status_document": "yes"}


def _start(qtbot, book_path, user, passphrase, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    c = AppController(book_path, user)
    c.errors_shown = shown
    c.show()
    unlock(qtbot, c, passphrase)
    assert c.main is not None, "unlock failed"
    return c


@pytest.fixture
def casebook(book):
    """Three clients of one family, a caseworker 'cas' and a volunteer 'vic'."""
    ids = [book.clients.add(Client(f"{n} Haddad", city="Guelph")).id_of("clients")
           for n in ("Rana", "Samir", "Lina")]
    book.clients.add(Client("Unrelated Person", city="Halifax"))
    book.users.add("cas", "caseworker", CPASS, kdf=KdfParams())
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    names = {v: k for k, v in book.users.names().items()}
    return book, ids, names


@pytest.fixture
def app(qtbot, casebook, book_path, monkeypatch):
    book, ids, names = casebook
    book.close()
    c = _start(qtbot, book_path, "ana", PASS, monkeypatch)
    c.client_ids, c.user_ids = ids, names
    yield c
    c.shutdown()


def settle(qtbot, c):
    c.ctx.worker.drain()
    qtbot.waitUntil(lambda: c.ctx.worker.pending == 0, timeout=5000)


def shown_detail(page):
    return getattr(page, "detail", None)


def test_the_whole_flow_of_a_group(qtbot, qtmodeltester, app, monkeypatch):
    c = app
    page: SponsorshipsPage = c.main.show_section("sponsorships")
    qtbot.waitUntil(lambda: "No sponsorships yet" in page.empty.text())

    # Create the sponsorship.
    monkeypatch.setattr(SponsorshipDialog, "ask", classmethod(
        lambda cls, parent, users, sp=None: Sponsorship(
            "Maple Street Group", "group_of_five", family_label="The H. family",
            application_date="2027-01-04")))
    page.new_item()
    qtbot.waitUntil(lambda: shown_detail(page) is not None)
    sid = page.current_id
    assert page.model.rowCount() == 1
    assert "Maple Street Group — The H. family" in page.heading.text()
    assert "Preparing" in page.facts.text()

    # The group: five eligible members, one of them the volunteer's account.
    vic = c.user_ids["vic"]
    people = iter([Member(sid, f"Member {i}", role="member", eligible=True,
                          user_id=vic if i == 0 else None) for i in range(5)])
    monkeypatch.setattr(MemberDialog, "ask", classmethod(
        lambda cls, parent, s, users, member=None: next(people)))
    for n in range(1, 6):
        page.members.add_member()
        qtbot.waitUntil(lambda n=n: page.members.model.rowCount() == n)
    assert "5 eligible" in page.members.count.text()

    # The family: picked from the client search.
    picks = iter([(cid, "principal applicant" if i == 0 else None)
                  for i, cid in enumerate(c.client_ids)])
    monkeypatch.setattr(ClientPickerDialog, "ask", classmethod(
        lambda cls, parent, ctx, exclude=None: next(picks)))
    for n in range(1, 4):
        page.family.add_person()
        qtbot.waitUntil(lambda n=n: page.family.model.rowCount() == n)
    assert "3 persons" in page.family.size_note.text()

    # Pledges: short of the requirement at first, with a visible warning.
    pledges = iter([Pledge(sid, "Group members", Decimal("20000")),
                    Pledge(sid, "Parish", Decimal("6700"), status="received",
                           received_on="2026-12-01")])
    monkeypatch.setattr(PledgeDialog, "ask", classmethod(lambda cls, parent, s: next(pledges)))
    page.tabs.setCurrentWidget(page.budget)
    page.budget.add_pledge()
    qtbot.waitUntil(lambda: page.budget.pledges.rowCount() == 1)
    assert page.budget.values["required"].text() == "$26,700.00"
    assert "2018-05-01" in page.budget.basis.text()
    assert not page.budget.warning.isHidden()
    assert "short" in page.budget.warning.text()
    page.budget.add_pledge()
    qtbot.waitUntil(lambda: page.budget.pledges.rowCount() == 2)
    assert page.budget.values["committed"].text() == "$26,700.00"
    assert page.budget.warning.isHidden()

    # Readiness: the real questionnaire, prefilled from the record.
    def drive_readiness(cls, parent, ctx, s):
        dialog = cls(ctx, s, parent)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.ready, timeout=20000)  # first use validates the pack
        assert dialog.editors["family_size"].value() == 3
        assert dialog.editors["eligible_group_members"].value() == 5
        assert not dialog.pack_choice.isEnabled()
        for key, value in REFUGEE.items():
            dialog.editors[key].put(value)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.saved_id is not None)
        return dialog.saved_id

    monkeypatch.setattr(ReadinessDialog, "ask", classmethod(drive_readiness))
    page.tabs.setCurrentWidget(page.readiness)
    page.readiness.run_check()
    qtbot.waitUntil(lambda: shown_detail(page).screening is not None)
    cards = page.readiness.findings.findChildren(QFrame, "findingCard")
    assert "PSR_COST" in [c.toolTip() for c in cards]  # the code on a tooltip, not shown
    assert page.readiness.findings.findChild(QLabel, "notLegalAdvice") is not None
    assert "answers used" in page.readiness.show_used.text()

    # Submitted, approved, then the family arrives a month ago today.
    for status in ("submitted", "approved"):
        page.set_status(status)
        qtbot.waitUntil(lambda s=status: shown_detail(page).sponsorship.status == s)
    arrival = add_months(dt.date.today(), -1)
    monkeypatch.setattr(ArrivalDialog, "ask", classmethod(
        lambda cls, parent, members, arrival_date=None: (arrival.isoformat(), None)))
    page.tabs.setCurrentWidget(page.checkins)
    page.checkins.mark_arrival()
    qtbot.waitUntil(lambda: page.checkins.model.rowCount() == 12)
    assert shown_detail(page).sponsorship.status == "arrived"
    assert "support period of 12 months" in page.checkins.period.text()

    # A disbursement against the schedule.
    monkeypatch.setattr(DisbursementDialog, "ask", classmethod(
        lambda cls, parent, s: Disbursement(s, arrival.isoformat(), Decimal("2225"),
                                            "income_support", note="Month 1")))
    page.budget.add_disbursement()
    qtbot.waitUntil(lambda: page.budget.paid.rowCount() == 1)
    assert page.budget.values["disbursed"].text() == "$2,225.00"
    assert page.budget.schedule.row_at(0).disbursed == Decimal("2225.00")

    # A settlement-plan duty for the volunteer's member record.
    member0 = shown_detail(page).members[0].id
    monkeypatch.setattr(DutyDialog, "ask", classmethod(
        lambda cls, parent, members, duty=None, taken=None:
        ("housing", None, member0, dt.date.today().isoformat())))
    page.tabs.setCurrentWidget(page.duties)
    page.duties.add_duty()
    qtbot.waitUntil(lambda: page.duties.model.rowCount() == 1)

    # Today shows the first check-in (due today) and the duty (due today).
    today = c.main.show_section("today")
    today.only_mine.setChecked(False)
    qtbot.waitUntil(lambda: any("Monthly check-in 1" in r.title
                                for r in today.models["today"].rows()))
    assert any(r.title.startswith("Housing") for r in today.models["today"].rows())

    # Extend the period: the added months get check-ins.
    c.main.show_section("sponsorships")
    monkeypatch.setattr(ExtendDialog, "ask", classmethod(lambda cls, parent, current: 18))
    page.checkins.extend()
    qtbot.waitUntil(lambda: page.checkins.model.rowCount() == 18)

    # Printing: the summary in French and the budget sheet in English, from memory.
    previews = []
    page.print_summary("fr", previews.append)
    page.print_budget_sheet("en", previews.append)
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=15000)
    assert [p.windowTitle() for p in previews] == ["Sponsorship summary", "Budget sheet"]
    assert all(p.documents[0].pageCount() >= 1 for p in previews)
    for p in previews:
        p.close()

    for model in (page.model, page.members.model, page.family.model, page.budget.schedule,
                  page.budget.pledges, page.budget.paid, page.duties.model,
                  page.checkins.model):
        qtmodeltester.check(model)
    settle(qtbot, c)
    assert c.errors_shown == []


def _seeded(book, names):
    """A sponsorship with a member for each of 'vic' and someone else, a duty for each."""
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Cedar Group", "community_sponsor", status="approved")
                    ).id_of("sponsorships")
    mine = sp.add_member(Member(sid, "Vic Volunteer", user_id=names["vic"])
                         ).id_of("sponsorship_members")
    other = sp.add_member(Member(sid, "Other Member")).id_of("sponsorship_members")
    sp.record_pledge(Pledge(sid, "Members", 1000))
    sp.add_duty(sid, "housing", dt.date.today(), mine)
    sp.add_duty(sid, "banking", dt.date.today(), other)
    return sid


@pytest.mark.parametrize("role", ["volunteer", "caseworker"])
def test_what_each_role_may_do(qtbot, casebook, book_path, monkeypatch, role):
    book, _ids, names = casebook
    _seeded(book, names)
    book.close()
    user, passphrase = ("vic", VPASS) if role == "volunteer" else ("cas", CPASS)
    c = _start(qtbot, book_path, user, passphrase, monkeypatch)
    try:
        page = c.main.show_section("sponsorships")
        qtbot.waitUntil(lambda: shown_detail(page) is not None)
        coordinator_only = (page.members.add_button, page.budget.add_pledge_button,
                            page.budget.add_paid_button, page.budget.size_button)
        for b in coordinator_only:
            assert not b.isEnabled()
            assert "coordinator" in b.toolTip()
        manage = (page.new_button, page.edit_button, page.duties.add_button,
                  page.readiness.run_button, page.family.add_button,
                  page.checkins.arrival_button)
        duties = [d.label for d in page.duties.model.rows()]
        if role == "volunteer":
            for b in manage:
                assert not b.isEnabled()
            assert "caseworker or coordinator" in page.new_button.toolTip()
            assert duties == ["Housing"]  # only the duty assigned to them
            assert "assigned to you" in page.duties.scope.text()
            page.duties.table.selectRow(0)
            assert page.duties.done_button.isEnabled()
            monkeypatch.setattr(OutcomeDialog, "ask", classmethod(
                lambda cls, parent, title: "Lease signed"))
            page.duties.complete_duty()
            qtbot.waitUntil(lambda: page.duties.model.row_at(0).status == "done")
        else:
            for b in manage:
                assert b.isEnabled(), b.objectName()
            assert sorted(duties) == ["Bank account", "Housing"]
        # Slots refuse too, not only the buttons.
        monkeypatch.setattr(PledgeDialog, "ask", classmethod(
            lambda cls, parent, s: pytest.fail("a non-coordinator reached the pledge form")))
        page.budget.add_pledge()
        settle(qtbot, c)
        assert c.errors_shown == []
    finally:
        c.shutdown()


def test_closing_a_sponsorship_asks_first(qtbot, casebook, book_path, monkeypatch):
    book, _ids, names = casebook
    _seeded(book, names)
    book.close()
    c = _start(qtbot, book_path, "ana", PASS, monkeypatch)
    try:
        page = c.main.show_section("sponsorships")
        qtbot.waitUntil(lambda: shown_detail(page) is not None)
        moves = [a.objectName() for a in page.status_menu.actions() if a.objectName()]
        assert moves == ["status_withdrawn"]
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.No)
        page.set_status("withdrawn")
        settle(qtbot, c)
        assert shown_detail(page).sponsorship.status == "approved"
        monkeypatch.setattr(QMessageBox, "question",
                            lambda *a, **k: QMessageBox.StandardButton.Yes)
        page.set_status("withdrawn")
        qtbot.waitUntil(lambda: shown_detail(page).sponsorship.status == "withdrawn")
        assert all(d.status == "cancelled" for d in shown_detail(page).duties)
        assert not page.checkins.arrival_button.isEnabled()
        # Bad money input from the domain reaches the one error display.
        monkeypatch.setattr(budget_mod.PledgeDialog, "ask", classmethod(
            lambda cls, parent, s: Pledge(s, "", Decimal("5"))))
        page.budget.add_pledge()
        qtbot.waitUntil(lambda: len(c.errors_shown) == 1)
        assert "pledger" in errors.message_for(c.errors_shown[0])
    finally:
        c.shutdown()


# -- the dialogs' own checks -----------------------------------------------------------------
def test_record_dialog_checks_name_and_date(qtbot):
    d = SponsorshipDialog(None, [])
    qtbot.addWidget(d)
    d.try_accept()
    assert d.result_sponsorship is None and "name" in d.message.text()
    d.group_name.setText("Birch Group")
    d.application_date.setText("2027-13-40")
    d.try_accept()
    assert d.result_sponsorship is None and "year-month-day" in d.message.text()
    d.application_date.setText("2027-02-01")
    d.sponsor_type.setCurrentIndex(d.sponsor_type.findData("sah"))
    d.sah_name.setText("Diocese")
    d.try_accept()
    sp = d.result_sponsorship
    assert (sp.group_name, sp.sponsor_type, sp.sah_name, sp.application_date, sp.status) == \
        ("Birch Group", "sah", "Diocese", "2027-02-01", "preparing")


def test_money_and_member_dialogs_check_their_input(qtbot):
    p = PledgeDialog(None, 7)
    qtbot.addWidget(p)
    p.pledger.setText("Members")
    p.amount.setText("lots")
    p.try_accept()
    assert p.result_pledge is None and "dollars" in p.message.text()
    p.amount.setText("$1,250.50")
    p.received.setChecked(True)
    p.try_accept()
    assert p.result_pledge.amount == Decimal("1250.50")
    assert p.result_pledge.status == "received" and p.result_pledge.received_on
    d = DisbursementDialog(None, 7)
    qtbot.addWidget(d)
    d.amount.setText("-5")
    d.try_accept()
    assert d.result_disbursement is None and "more than zero" in d.message.text()
    m = MemberDialog(None, 7, [])
    qtbot.addWidget(m)
    m.try_accept()
    assert m.result_member is None and "name" in m.message.text()
    duty = DutyDialog(None, [], taken={"housing"})
    qtbot.addWidget(duty)
    assert duty.kind.currentData() != "housing"
    duty.kind.setCurrentIndex(duty.kind.findData("other"))
    duty.try_accept()
    assert duty.result_duty is None and "title" in duty.message.text()


def test_client_picker_searches_as_you_type(qtbot, qtmodeltester, book):
    from desktop.context import AppContext

    ids = [book.clients.add(Client(f"{n} Haddad")).id_of("clients")
           for n in ("Rana", "Samir", "Lina")]
    book.clients.add(Client("Unrelated Person"))
    ctx = AppContext()
    ctx.attach(book)
    try:
        picker = ClientPickerDialog(None, ctx, exclude={ids[0]})
        qtbot.addWidget(picker)

        def no_read_on_the_gui_thread(fn):
            raise AssertionError("searching clients waited on the database (issue 18)")

        ctx.read = no_read_on_the_gui_thread
        picker.search.setText("ha")
        picker.search.setText("hadd")  # typed on before the first answer came
        assert not picker.loaded
        qtbot.waitUntil(lambda: picker.loaded)
        assert [r.display_name for r in picker.model.rows()] == ["Lina Haddad",
                                                                 "Samir Haddad"]
        qtmodeltester.check(picker.model)
        picker.relationship.setText("child")
        picker.try_accept()
        assert picker.result_pick == (picker.model.row_at(0).id, "child")
        picker.search.setText("nobody by this name")
        qtbot.waitUntil(lambda: picker.loaded)
        assert picker.model.rowCount() == 0
    finally:
        ctx.worker.drain()
        ctx.detach()
        ctx.worker.shutdown()


def test_screenshot_capture_writes_the_three_views(qtbot, book, tmp_path):
    import random

    from desktop.context import AppContext
    from desktop.devtools import screenshots_sponsorship
    from desktop.mainwindow import MainWindow
    from models.demo.sponsorships import add_demo_sponsorships

    add_demo_sponsorships(book, random.Random(1))
    ctx = AppContext()
    ctx.attach(book)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        out = screenshots_sponsorship.capture(window, ctx, tmp_path / "shots", qtbot)
        assert [p.name for p in out] == ["sponsorships-list.png", "sponsorship-budget.png",
                                         "sponsorship-readiness.png"]
        assert all(p.stat().st_size > 10_000 for p in out)
    finally:
        ctx.worker.drain()
        window.close()
        ctx.detach()
        ctx.worker.shutdown()
