"""The client file: one audited opening, the profile, household, a screening run from the
rule pack, a referral with consent and its workflow, follow-ups, notes, consent records,
history, and what a volunteer may not do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame, QLabel

from desktop.clientfile import form_dialog
from desktop.clientfile.consent_dialog import ConsentDialog
from desktop.clientfile.form_dialog import FormDialog
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.clientfile.referral_dialog import ReferralDialog
from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from desktop.context import AppContext
from desktop.today.outcome_dialog import OutcomeDialog
from models.clients import Client
from models.household import Document, Relative
from models.partners import Partner
from models.security.keyslots import KdfParams
from tests.conftest import PASS


@pytest.fixture
def client_id(book):
    cid = book.clients.add(Client("Amina Yusuf", citizenships=("SY",), city="Halifax",
                                  birth_date="1990-04-02")).id_of("clients")
    book.household.add_relative(cid, Relative("brother", adult=True, status="citizen"))
    book.household.add_document(cid, Document("passport"))
    book.partners.add(Partner("Halifax Refugee Law Clinic", services=("legal",),
                              cities=("Halifax",)))
    book.partners.add(Partner("Food Bank", services=("food",)))
    return cid


def open_file(qtbot, ctx, cid):
    w = ClientFileWindow(ctx, cid, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    return w


def labels(widget):
    return [lab.text() for lab in widget.findChildren(QLabel)]


def card_ids(view):
    """Finding ids are codes: on each card's tooltip, not in its text."""
    return [card.toolTip() for card in view.findChildren(QFrame, "findingCard")]


def views(ctx, cid):
    return [e for e in ctx.read(lambda b: b.audit.for_client(cid)) if e.action == "view"]


def test_opening_audits_once_and_every_tab_loads(qtbot, qtmodeltester, ctx, client_id):
    w = open_file(qtbot, ctx, client_id)
    assert w.name.text() == "Amina Yusuf" and "Halifax" in w.details.text()
    assert w.windowTitle() == f"Client #{client_id} — Waystation"  # the name stays inside
    assert len(views(ctx, client_id)) == 1
    assert w.household.relatives.rowCount() == 1
    assert w.household.relatives.index(0, 3).data() == "Citizen"
    history = w.history.model
    assert "Opened the file" in [history.index(r, 2).data() for r in range(history.rowCount())]
    for model in (w.household.members, w.household.relatives, w.household.documents,
                  w.history.model, w.referrals.model, w.followups.model, w.consents.model):
        qtmodeltester.check(model)


def test_profile_edits_refresh_without_another_audited_view(qtbot, ctx, client_id):
    w = open_file(qtbot, ctx, client_id)
    w.profile.form.city.setText("Moncton")
    w.profile.save_button.click()
    qtbot.waitUntil(lambda: "Moncton" in w.details.text())
    assert len(views(ctx, client_id)) == 1
    w.profile.form.email.setText("not an address")
    w.profile.save()
    qtbot.waitUntil(lambda: w.profile.message.isVisible())
    assert "e-mail" in w.profile.message.text()
    assert ctx.errors_shown == []


def test_copy_goes_through_the_clipboard_guard(qtbot, ctx, client_id):
    w = open_file(qtbot, ctx, client_id)
    w.profile.copy_button.click()
    assert w.clipboard.holds_ours()
    w.clipboard.clear_if_ours()


def test_household_rows_are_added_and_removed(qtbot, ctx, client_id, monkeypatch):
    w = open_file(qtbot, ctx, client_id)
    monkeypatch.setattr(FormDialog, "ask", classmethod(lambda cls, *a, **k: {
        "relationship": "mother", "name": None, "adult": True, "status": "permanent_resident",
        "city": "Halifax"}))
    w.household.add_relative()
    qtbot.waitUntil(lambda: w.household.relatives.rowCount() == 2)
    monkeypatch.setattr(form_dialog, "confirm", lambda *a: True)
    w.household.views["relative"].selectRow(0)
    w.household.remove("relative")
    qtbot.waitUntil(lambda: w.household.relatives.rowCount() == 1)
    assert w.household.relatives.index(0, 0).data() == "Mother"


def test_questionnaire_shows_what_applies_prefilled_and_saves(qtbot, ctx, client_id):
    w = open_file(qtbot, ctx, client_id)
    q = QuestionnaireDialog(ctx, client_id, w)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=20000)  # first use validates the pack
    e = q.editors
    # Prefilled from the profile and household.
    assert q.answers()["citizenships"] == ["SY"]
    assert q.answers()["birth_date"] == "1990-04-02"
    assert q.answers()["relatives_in_canada"] == [
        {"relationship": "brother", "adult": True, "status": "citizen"}]
    # Only questions that apply: the removal-transit question needs an airport entry.
    assert q._cells["removal_transit"].isHidden()
    assert q._cells["minor_accompanied"].isHidden()  # an adult
    e["entry_route"].put("airport")
    assert not q._cells["removal_transit"].isHidden()
    e["entry_route"].put("land_port")
    assert q._cells["removal_transit"].isHidden()
    # A date still being typed is not an answer yet, and says so.
    e["entry_date"].widget.setText("2026-01")
    q._changed()
    assert q._problems["entry_date"].isVisible()
    e["entry_date"].put("2026-01-10")
    e["claim_date"].put("2026-01-10")
    q.preview_now()
    qtbot.waitUntil(lambda: "EXC_FAMILY_CITIZEN" in card_ids(q.preview))
    q.save()
    qtbot.waitUntil(lambda: q.saved_id is not None)
    saved = ctx.read(lambda b: b.screenings.get(q.saved_id))
    assert saved.client_id == client_id and "EXC_FAMILY_CITIZEN" in {
        f["id"] for f in saved.findings}
    assert "removal_transit" not in saved.answers
    qtbot.waitUntil(lambda: w.screenings.model.rowCount() == 1)
    badges = [lab for lab in w.screenings.findings.findChildren(QLabel)
              if str(lab.property("class") or "").startswith("severity_")]
    assert "severity_exception" in {b.property("class") for b in badges}
    notice = w.screenings.findings.findChild(QLabel, "notLegalAdvice")
    assert notice is not None and "not legal advice" in notice.text()
    texts = labels(w.screenings.findings)
    assert any(t.startswith("Citation: IRPR 159.5") for t in texts)
    assert any(t.startswith("Because of:") and "Relatives in Canada: brother" in t
               for t in texts)


def test_an_invalid_answer_is_one_sentence_not_a_crash(qtbot, ctx, client_id):
    q = QuestionnaireDialog(ctx, client_id)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready)
    q.editors["citizenships"].widget.findChildren(type(q.editors["entry_date"].widget))[0] \
        .setText("Syria")
    q._changed()
    q.save()
    assert q.message.isVisible() and "two-letter country code" in q.message.text()
    assert q.saved_id is None


def test_referral_from_a_finding_with_consent_then_sent(qtbot, ctx, client_id, monkeypatch):
    w = open_file(qtbot, ctx, client_id)
    seen = {}

    def drive(cls, parent, cid, partners, service=None, reason=None, screening_id=None, **kw):
        d = ReferralDialog(cid, partners, service, reason, screening_id, parent, **kw)
        seen["partners"] = [d.partner.itemText(i) for i in range(d.partner.count())]
        d.request.setPlainText("An appointment this week")
        return d.referral()

    monkeypatch.setattr(ReferralDialog, "ask", classmethod(drive))
    w.screenings.refer("legal_urgent", "The Safe Third Country Agreement applies.")
    assert w.tabs.currentWidget() is w.referrals
    qtbot.waitUntil(lambda: "partners" in seen)  # the partner list comes from the worker
    assert seen["partners"] == ["Halifax Refugee Law Clinic — Halifax"]  # legal ones only
    qtbot.waitUntil(lambda: w.referrals.model.rowCount() == 1)
    tab = w.referrals
    assert tab.model.index(0, 2).data() == "Draft"
    assert "cannot be sent" in tab.consent.text()
    options = [tab.next_status.itemData(i) for i in range(tab.next_status.count())]
    assert "sent" not in options  # a draft cannot be sent

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, *a, **k: {
        "fields": ("display_name", "phone"), "purpose": "Legal help",
        "consenting_person": "Amina Yusuf", "given_how": "verbal", "valid_until": None}))
    tab.consent_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Consent recorded")
    assert "Name, Phone" in tab.consent.text()
    assert w.consents.model.rowCount() == 1 or qtbot.waitUntil(
        lambda: w.consents.model.rowCount() == 1) is None

    tab.note.setText("Faxed")
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Sent")
    history = [tab.history.index(r, 1).data() for r in range(tab.history.rowCount())]
    assert history == ["Draft", "Draft → Consent recorded", "Consent recorded → Sent"]
    assert tab.history.index(2, 3).data() == "Faxed"
    qtbot.waitUntil(lambda: w.followups.model.rowCount() == 1)
    assert "Halifax Refugee Law Clinic" in w.followups.model.index(0, 1).data()
    assert ctx.errors_shown == []


def test_followups_notes_and_withdrawn_consent(qtbot, ctx, client_id, monkeypatch):
    w = open_file(qtbot, ctx, client_id)
    monkeypatch.setattr(FormDialog, "ask", classmethod(lambda cls, *a, **k: {
        "title": "Call about the hearing", "due_date": "2030-01-01"}))
    w.followups.add_button.click()
    qtbot.waitUntil(lambda: w.followups.model.rowCount() == 1)
    w.followups.table.selectRow(0)
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, p, t: "Done by phone"))
    w.followups.done_button.click()
    qtbot.waitUntil(lambda: w.followups.model.index(0, 2).data() == "Done")
    assert w.followups.model.index(0, 4).data() == "Done by phone"

    w.notes.editor.setPlainText("Prefers calls after 6 pm")
    w.notes.add_button.click()
    qtbot.waitUntil(lambda: "Prefers calls after 6 pm" in w.notes.notes.toPlainText())
    assert w.notes.editor.toPlainText() == ""

    partner = ctx.read(lambda b: b.partners.search()[0].id)
    from models.consents import Consent
    ctx.run(lambda b: b.consents.record(Consent(client_id, partner, ("display_name",),
                                                "Legal help", "Amina Yusuf")))
    qtbot.waitUntil(lambda: w.consents.model.rowCount() == 1)
    w.consents.table.selectRow(0)
    monkeypatch.setattr(form_dialog, "confirm", lambda *a: True)
    w.consents.withdraw_button.click()
    qtbot.waitUntil(lambda: w.consents.model.index(0, 5).data().startswith("Withdrawn"))
    w.consents.table.selectRow(0)
    assert not w.consents.withdraw_button.isEnabled()


def test_a_volunteer_sees_what_they_cannot_do(qtbot, book, client_id, open_as):
    book.referrals  # noqa: B018
    from models.referrals import Referral
    partner = book.partners.search()[0].id
    book.referrals.create(Referral(client_id, partner, "legal"))
    book.users.add("vic", "volunteer", PASS, kdf=KdfParams())
    book.close()
    c = AppContext()
    c.attach(open_as("vic"))
    try:
        w = open_file(qtbot, c, client_id)
        assert not w.profile.save_button.isEnabled()
        assert "caseworker" in w.profile.save_button.toolTip()
        assert w.profile.form.name.isReadOnly()
        assert not w.screenings.new_button.isEnabled()
        assert not w.household.findChild(type(w.profile.save_button), "add_relative").isEnabled()
        tab = w.referrals
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        tab.table.selectRow(0)
        for b in (tab.new_button, tab.consent_button, tab.move_button):
            assert not b.isEnabled()
        assert tab.move_button.toolTip() == ("Only a caseworker or coordinator can create and "
                                             "move referrals.")
        assert w.notes.add_button.isEnabled()  # volunteers may add notes
    finally:
        c.worker.drain()
        c.worker.shutdown()
