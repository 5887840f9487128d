"""The whole day, end to end on a real casebook: create it with the wizard, add a client,
get the duplicate warning, run a screening, refer with consent, send, see the follow-up in
Today, mark it done, lock and unlock, auto-lock, and what a volunteer then sees."""

from __future__ import annotations

import pytest

from desktop import errors
from desktop.app import AppController
from desktop.clientfile.consent_dialog import ConsentDialog
from desktop.clientfile.questionnaire import QuestionnaireDialog
from desktop.clientfile.referral_dialog import ReferralDialog
from desktop.clients.new_client_dialog import NewClientDialog
from desktop.create_wizard import CreateCasebookWizard
from desktop.mainwindow import ActionId
from desktop.today.outcome_dialog import OutcomeDialog
from models.partners import Partner
from models.security.keyslots import KdfParams
from tests.conftest import PASS


@pytest.fixture
def controller(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    c = AppController(None, "")
    c.errors_shown = shown
    c.show()
    yield c
    c.shutdown()
    for w in (c.unlock_window, *c.extra_windows):  # leave no window for later tests
        w.close()
        w.deleteLater()
    # Qt resolves the settings file once per process, so HOME per test does not isolate it.
    from PySide6.QtCore import QSettings
    QSettings().remove("recent_casebooks")


def create_with_wizard(qtbot, c, path):
    wizard = CreateCasebookWizard(c.ctx.worker, c.unlock_window, kdf_seconds=0)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.currentPage().path.setText(str(path))
    wizard.next()
    page = wizard.currentPage()
    page.user.setText("ana")
    page.passphrase.setText(PASS)
    page.again.setText(PASS)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.book is not None, timeout=10000)
    recovery = wizard.currentPage()
    assert len(recovery.key.text()) > 20
    recovery.confirm.setChecked(True)
    assert recovery.isComplete()
    wizard.accept()
    c.unlock_window.choose(wizard.path)  # what AppController.create_casebook does next
    c.on_unlocked(wizard.book)


def unlock(qtbot, c, user="ana"):
    c.unlock_window.user.setText(user)
    c.unlock_window.passphrase.setText(PASS)
    c.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: c.main is not None, timeout=10000)


def client_window(c, client_id):
    return next(w for w in c.extra_windows if w.client_id == client_id)


def test_a_day_with_the_casebook(qtbot, controller, tmp_path, monkeypatch):
    c = controller
    create_with_wizard(qtbot, c, tmp_path / "group.wsdb")
    assert c.main is not None and c.ctx.role == "coordinator"
    # The directory and a volunteer account (their screens belong to another part).
    c.ctx.read(lambda b: b.partners.add(Partner("Halifax Refugee Law Clinic",
                                                services=("legal",), cities=("Halifax",))))
    c.ctx.read(lambda b: b.users.add("vic", "volunteer", PASS, kdf=KdfParams()))
    # The default check comes 7 days after sending, one day past Today's "this week" (the
    # next six days); a group that checks sooner sees it in Today at once.
    c.ctx.read(lambda b: b.settings.set("followup_days_after_send", 3))

    # -- add a client through the form ---------------------------------------------------
    def add_client(cls, parent, ctx):
        d = NewClientDialog(ctx, parent)
        d.show()
        qtbot.keyClicks(d.form.name, "Mohammad Al-Hassan")
        d.form.citizenships.setText("SY")
        d.form.city.setText("Halifax")
        d.save()
        qtbot.waitUntil(lambda: d.created_id is not None)
        return d.result_id

    monkeypatch.setattr(NewClientDialog, "ask", classmethod(add_client))
    c.main.actions_by_id[ActionId.NEW_CLIENT].trigger()  # Ctrl+N
    qtbot.waitUntil(lambda: len(c.extra_windows) == 1)
    first = c.extra_windows[0].client_id
    clients = c.main.sections["clients"]
    qtbot.waitUntil(lambda: clients.model.total == 1)

    # -- the duplicate warning offers the existing file ------------------------------------
    def add_duplicate(cls, parent, ctx):
        d = NewClientDialog(ctx, parent)
        d.show()
        qtbot.keyClicks(d.form.name, "Mohamed Al Hasan")
        qtbot.waitUntil(lambda: d.candidates.isVisible())
        d.open_button.click()
        return d.result_id

    monkeypatch.setattr(NewClientDialog, "ask", classmethod(add_duplicate))
    clients.new_item()
    assert len(c.extra_windows) == 1 and c.ctx.read(lambda b: b.clients.count()) == 1
    w = client_window(c, first)
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))

    # -- a screening from the rule pack ----------------------------------------------------
    def screen(cls, parent, ctx, client_id, pack_id="ca-refugee-claim"):
        q = QuestionnaireDialog(ctx, client_id, parent, pack_id)
        q.show()
        qtbot.waitUntil(lambda: q.ready, timeout=20000)  # first use validates the pack
        assert q.answers()["citizenships"] == ["SY"]  # prefilled from the profile
        q.editors["entry_route"].put("land_port")
        q.editors["entry_date"].put("2026-02-01")
        q.editors["claim_date"].put("2026-02-01")
        q.save()
        qtbot.waitUntil(lambda: q.saved_id is not None)
        return q.saved_id

    monkeypatch.setattr(QuestionnaireDialog, "ask", classmethod(screen))
    w.screenings.new_button.click()
    qtbot.waitUntil(lambda: w.screenings.model.rowCount() == 1)
    assert w.screenings.model.index(0, 2).data() == "Bar"  # in words, not the code
    refer = w.screenings.findings.findChild(type(w.screenings.new_button), "refer_legal_urgent")
    assert refer is not None and refer.isEnabled()

    # -- referral with consent, then sent --------------------------------------------------
    monkeypatch.setattr(ReferralDialog, "ask", classmethod(
        lambda cls, parent, cid, partners, service=None, reason=None, screening_id=None, **kw:
        ReferralDialog(cid, partners, service, reason, screening_id, parent, **kw).referral()))
    refer.click()
    qtbot.waitUntil(lambda: w.referrals.model.rowCount() == 1)
    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, *a, **k: {
        "fields": ("display_name", "screening"), "purpose": "Urgent legal help",
        "consenting_person": "Mohammad Al-Hassan", "given_how": "verbal",
        "valid_until": None}))
    w.referrals.consent_button.click()
    qtbot.waitUntil(lambda: w.referrals.model.index(0, 2).data() == "Consent recorded")
    tab = w.referrals
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Sent")

    # -- the follow-up appears in Today; mark it done -------------------------------------
    today = c.main.show_section("today")
    week = today.models["week"]  # sent today: due within the week
    qtbot.waitUntil(lambda: week.rowCount() == 1)
    assert "Halifax Refugee Law Clinic" in week.index(0, 1).data()
    assert week.index(0, 2).data() == "Mohammad Al-Hassan"
    today.tables["week"].selectRow(0)
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, p, t: "Intake booked"))
    today.done_button.click()
    qtbot.waitUntil(lambda: week.rowCount() == 0)
    qtbot.waitUntil(lambda: w.followups.model.rowCount() == 1
                    and w.followups.model.index(0, 2).data() == "Done")
    assert c.errors_shown == []

    # -- lock and unlock: every window goes ------------------------------------------------
    c.main.actions_by_id[ActionId.LOCK].trigger()
    assert c.main is None and c.extra_windows == [] and not c.ctx.unlocked
    unlock(qtbot, c)
    assert c.main.sections["clients"].model.total == 1 or qtbot.waitUntil(
        lambda: c.main.sections["clients"].model.total == 1) is None

    # -- auto-lock by the idle timer -------------------------------------------------------
    c.idle.timer.timeout.emit()
    assert c.main is None and c.unlock_window.isVisible()

    # -- a volunteer: can look and add notes, not add clients or send -------------------------
    unlock(qtbot, c, "vic")
    assert not c.main.actions_by_id[ActionId.NEW_CLIENT].isEnabled()
    clients = c.main.sections["clients"]
    assert not clients.new_button.isEnabled() and "caseworker" in clients.new_button.toolTip()
    c.ctx.open_client.emit(first)
    w = client_window(c, first)
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    w.referrals.table.selectRow(0)
    assert not w.referrals.move_button.isEnabled()
    assert not w.referrals.new_button.isEnabled()
    assert w.notes.add_button.isEnabled()
    assert c.errors_shown == []
