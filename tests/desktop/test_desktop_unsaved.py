"""Never lose what someone typed (issue 16): every form with unsaved input asks before it is
discarded, and a lock keeps the input of every form for the same casebook and user."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from desktop import unsaved
from desktop.clientfile.form_dialog import Field, FormDialog
from desktop.clientfile.referral_dialog import ReferralDialog
from desktop.clientfile.window import ClientFileWindow
from desktop.clients.new_client_dialog import NewClientDialog
from desktop.clipboard import ClipboardGuard
from models.clients import Client
from models.partners import Partner
from tests.support.input_events import wheel
from tests.support.shell import controller, unlock  # noqa: F401 - fixture


@pytest.fixture
def answers(monkeypatch):
    """Replaces the discard question; each call pops the next answer (True = discard)."""
    asked: list[str] = []
    queue: list[bool] = []

    def ask(cls, parent, what):
        asked.append(what)
        return queue.pop(0)

    monkeypatch.setattr(unsaved.DiscardPrompt, "ask", classmethod(ask))
    return asked, queue


def test_escape_in_new_client_asks_before_discarding(qtbot, ctx, answers):
    asked, queue = answers
    d = NewClientDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClicks(d.form.name, "Halima Warsame")
    queue.append(False)  # Keep editing
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == ["the new client"]
    assert d.isVisible() and d.form.name.text() == "Halima Warsame"
    queue.append(True)  # Discard changes
    d.close()
    assert not d.isVisible()
    assert len(asked) == 2


def test_an_untouched_form_closes_without_a_question(qtbot, ctx, answers):
    asked, _queue = answers
    d = NewClientDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert not d.isVisible() and asked == []


def test_enter_on_a_duplicate_asks_before_dropping_the_typed_form(qtbot, ctx, book, answers):
    asked, queue = answers
    other = book.clients.add(Client("Mohammed Alsayed", city="Halifax")).id_of("clients")
    d = NewClientDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    d.form.name.setText("Mohammed Alsayed")
    d.form.phone.setText("902 555 0100")
    qtbot.waitUntil(lambda: d.candidates.count() == 1)
    d.candidates.setFocus()
    queue.append(False)
    qtbot.keyClick(d.candidates, Qt.Key.Key_Return)
    assert asked == ["the new client"] and d.open_instead_id is None and d.isVisible()
    queue.append(True)
    qtbot.keyClick(d.candidates, Qt.Key.Key_Return)
    assert d.open_instead_id == other and not d.isVisible()


def test_a_short_form_asks_on_cancel(qtbot, answers):
    asked, queue = answers
    d = FormDialog("Add a follow-up", [Field("title", "&Title")])
    qtbot.addWidget(d)
    d.show()
    d.editors["title"].setText("Call the clinic")
    queue.append(False)
    d.reject()
    assert asked == ["add a follow-up"] and d.isVisible()


def test_ctrl_w_on_a_client_file_with_an_unsaved_edit_asks(qtbot, ctx, book, answers):
    asked, queue = answers
    cid = book.clients.add(Client("Amina Yusuf", city="Halifax")).id_of("clients")
    w = ClientFileWindow(ctx, cid, ClipboardGuard())  # deletes itself on close
    w.show()
    qtbot.waitUntil(lambda: w.profile.form.name.text() == "Amina Yusuf")
    w.close()  # nothing typed: closes at once
    assert not w.isVisible() and asked == []

    w = ClientFileWindow(ctx, cid, ClipboardGuard())  # deletes itself on close
    w.show()
    qtbot.waitUntil(lambda: w.profile.form.name.text() == "Amina Yusuf")
    w.profile.form.phone.setText("902 555 0199")
    w.show_tab(w.household)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)  # Ctrl+W is a window shortcut
    queue.append(False)
    qtbot.keyClick(w.household, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert asked == ["this profile"]
    assert w.isVisible() and w.tabs.currentWidget() is w.profile
    assert w.profile.form.phone.text() == "902 555 0199"
    queue.append(True)
    w.close()
    assert not w.isVisible()


def test_a_profile_edit_survives_a_lock_and_comes_back_in_its_file(qtbot, controller):  # noqa: F811
    c = controller
    unlock(qtbot, c)
    cid = 1  # the controller's one client
    c.open_client(cid)
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.profile.form.name.text() == "Sentinel Shell Person")
    w.profile.form.city.setText("Dartmouth")
    w.show_tab(w.notes)  # the profile tab is hidden behind another
    c.lock()  # no question: the input is kept, not discarded
    assert not any(isinstance(x, ClientFileWindow) and x.isVisible()
                   for x in QApplication.topLevelWidgets())
    unlock(qtbot, c)
    qtbot.waitUntil(lambda: any(isinstance(x, ClientFileWindow) for x in c.extra_windows))
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.profile.loaded)
    assert w.profile.form.city.text() == "Dartmouth"
    assert w.profile.notice.text() == unsaved.RESTORED
    assert w.profile.is_dirty()  # still unsaved: Save or Revert, as before the lock
    assert c.ctx.read(lambda b: b.clients.get(cid, audit=False).city) == "Halifax"


def test_a_referral_typed_before_a_lock_is_offered_back_in_that_file_only(qtbot, ctx, book):
    partners = [Partner("Clinic", services=("legal",), id=1)]

    from PySide6.QtWidgets import QWidget

    holder = QWidget()
    holder.client_id = 7
    holder.ctx = ctx
    qtbot.addWidget(holder)
    d = ReferralDialog(7, partners, "legal", parent=holder)
    d.request.setPlainText("An appointment this week")
    d.keep_draft()  # what AppController.lock does with every open form
    other = QWidget()
    other.client_id = 8
    other.ctx = ctx
    qtbot.addWidget(other)
    elsewhere = ReferralDialog(8, partners, "legal", parent=other)
    assert elsewhere.request.toPlainText() == ""
    again = ReferralDialog(7, partners, "legal", parent=holder)
    assert again.request.toPlainText() == "An appointment this week"
    assert again.is_dirty()


def test_quitting_asks_about_an_unsaved_profile_edit(qtbot, controller, answers):  # noqa: F811
    asked, queue = answers
    c = controller
    unlock(qtbot, c)
    c.open_client(1)
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.profile.form.name.text() == "Sentinel Shell Person")
    w.profile.form.phone.setText("902 555 0100")
    queue.append(False)  # Keep editing: nothing is locked or closed
    c.quit()
    assert asked == ["this profile"]
    assert c.main is not None and w.isVisible()
    assert w.profile.form.phone.text() == "902 555 0100"


def test_a_new_referral_typed_before_a_lock_waits_in_its_client_file(qtbot, controller):  # noqa: F811
    c = controller
    unlock(qtbot, c)
    c.ctx.read(lambda b: b.partners.add(Partner("Clinic", services=("legal",),
                                                cities=("Halifax",))))
    c.open_client(1)
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.client is not None)
    partners = c.ctx.read(lambda b: b.partners.search())
    d = ReferralDialog(1, partners, "legal", parent=w.referrals, city="Halifax")
    d.show()
    d.request.setPlainText("Sentinel request")
    c.lock()
    assert not d.isVisible()
    unlock(qtbot, c)
    qtbot.waitUntil(lambda: any(isinstance(x, ClientFileWindow) for x in c.extra_windows))
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    assert w.drafts_notice.isVisible() or not w.isVisible()
    assert "New referral" in w.drafts_notice.text()
    again = ReferralDialog(1, partners, "legal", parent=w.referrals, city="Halifax")
    assert again.request.toPlainText() == "Sentinel request"
    again.mark_clean()
    again.close()


def test_an_unsent_note_is_asked_about_when_its_file_closes(qtbot, ctx, book, answers):
    asked, queue = answers
    cid = book.clients.add(Client("Amina Yusuf", city="Halifax")).id_of("clients")
    w = ClientFileWindow(ctx, cid, ClipboardGuard())  # deletes itself on close
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and w.notes.loaded)
    w.notes.editor.setPlainText("Prefers evening calls")
    queue.append(False)
    w.close()
    assert asked == ["the new note"] and w.isVisible() and w.tabs.currentWidget() is w.notes
    w.notes.add()
    qtbot.waitUntil(lambda: w.notes.editor.toPlainText() == "")
    w.close()  # the note was added: nothing left to ask about
    assert asked == ["the new note"]


def test_a_screening_and_a_partner_ask_before_escape_drops_an_answer(qtbot, ctx, book,
                                                                    answers):
    from desktop.clientfile.questionnaire import QuestionnaireDialog
    from desktop.partners.dialog import PartnerDialog

    asked, queue = answers
    cid = book.clients.add(Client("Amina Yusuf", citizenships=("SY",))).id_of("clients")
    q = QuestionnaireDialog(ctx, cid, None)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=20000)
    qtbot.keyClick(q, Qt.Key.Key_Escape)  # nothing answered yet: closes
    assert asked == [] and not q.isVisible()

    q = QuestionnaireDialog(ctx, cid, None)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=20000)
    q.editors["entry_route"].put("land_port")
    queue.append(False)
    qtbot.keyClick(q, Qt.Key.Key_Escape)
    assert asked == ["this screening"] and q.isVisible()

    p = PartnerDialog(None)
    qtbot.addWidget(p)
    p.show()
    p.findChildren(QLineEdit)[0].setText("Clinic")
    queue.append(False)
    p.reject()
    assert asked[-1] == "this partner" and p.isVisible()
    queue.extend([True, True])  # the two left open are discarded at teardown


def test_screening_answers_typed_before_a_lock_come_back(qtbot, ctx, book, answers):
    from desktop.clientfile.questionnaire import QuestionnaireDialog

    asked, queue = answers
    cid = book.clients.add(Client("Amina Yusuf", citizenships=("SY",))).id_of("clients")
    q = QuestionnaireDialog(ctx, cid, None)
    qtbot.addWidget(q)
    q.show()
    qtbot.waitUntil(lambda: q.ready, timeout=20000)
    q.editors["entry_route"].put("land_port")
    q.keep_draft()  # what AppController.lock does with every open form
    q.close()  # kept: closes without a question
    assert asked == []
    again = QuestionnaireDialog(ctx, cid, None)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready, timeout=20000)
    assert again.answers().get("entry_route") == "land_port"
    assert again.started_from.text() == unsaved.RESTORED
    assert again.is_dirty()
    queue.append(True)


# -- every other form: the sponsorship dialogs, the partner dialog, Mark done, Settings ----
def _type_into(dialog) -> tuple:
    """Change the form's first input as a person would, and return the form's state."""
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QSpinBox

    for w in unsaved._inputs(dialog):
        if isinstance(w, QLineEdit):
            w.setText("Sentinel typed text")
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText("Sentinel typed text")
        elif isinstance(w, QSpinBox):
            w.setValue(w.value() + 1 if w.value() < w.maximum() else w.value() - 1)
        elif isinstance(w, QDateEdit):
            w.setDate(QDate(2026, 2, 3))
        else:
            continue
        break
    assert dialog.is_dirty()
    return unsaved.form_state(dialog)


def _other_forms(page, part, today, partners, sid):
    """Each form (name, a function building it as its button does) of Sponsorships,
    Partners and Today that the lock must keep."""
    from desktop.partners.dialog import PartnerDialog
    from desktop.sponsorships.checkins import ArrivalDialog, ExtendDialog
    from desktop.sponsorships.duties import DutyDialog
    from desktop.sponsorships.members import MemberDialog
    from desktop.sponsorships.money_dialogs import (
        DisbursementDialog,
        FamilySizeDialog,
        PledgeDialog,
    )
    from desktop.sponsorships.record_form import SponsorshipDialog
    from desktop.today.outcome_dialog import OutcomeDialog

    return [
        ("new sponsorship", lambda: SponsorshipDialog(page, [])),
        ("edit sponsorship", lambda: SponsorshipDialog(page, [], page.detail.sponsorship)),
        ("member", lambda: MemberDialog(part, sid, [])),
        ("duty", lambda: DutyDialog(part, [])),
        ("pledge", lambda: PledgeDialog(part, sid)),
        ("disbursement", lambda: DisbursementDialog(part, sid)),
        ("family size", lambda: FamilySizeDialog(part, None)),
        ("arrival", lambda: ArrivalDialog(part, [])),
        ("support period", lambda: ExtendDialog(part, 12)),
        ("check-in done", lambda: OutcomeDialog("Monthly check-in", part)),
        ("partner", lambda: PartnerDialog(partners)),
        ("follow-up done", lambda: OutcomeDialog("Call the clinic", today)),
    ]


def _sections(qtbot, c, sid):
    page = c.main.show_section("sponsorships")
    page.select(sid)
    qtbot.waitUntil(lambda: getattr(page, "detail", None) is not None
                    and page.parts[0].sponsorship_id == sid)
    return page, page.parts[0], c.main.show_section("today"), c.main.show_section("partners")


def test_every_form_keeps_its_input_across_a_lock(qtbot, controller, answers):  # noqa: F811
    from models.sponsorship.repository import Sponsorship

    asked, _queue = answers  # nothing queued: a question here fails the test
    c = controller
    unlock(qtbot, c)
    sid = c.ctx.read(lambda b: b.sponsorships.create(
        Sponsorship("Cedar Group", "community_sponsor")).id_of("sponsorships"))
    page, part, today, partners = _sections(qtbot, c, sid)
    typed = {}
    for name, build in _other_forms(page, part, today, partners, sid):
        d = build()
        d.show()
        typed[name] = _type_into(d)
    settings = c.main.show_section("settings")
    qtbot.waitUntil(lambda: settings.filled)  # the form is filled from the worker
    settings.org_name.setText("Sentinel Sponsors")
    c.lock()  # no question: every form's input is kept, not discarded
    assert asked == []

    unlock(qtbot, c)
    # Settings was open: it comes back with what was typed, saying so.
    settings = c.main.current_section()
    assert settings.objectName() == "section_settings"
    qtbot.waitUntil(lambda: settings.filled)
    assert settings.org_name.text() == "Sentinel Sponsors" and settings.is_dirty()
    assert any(w.text() == unsaved.RESTORED for w in settings.editable.findChildren(QLabel))
    settings.mark_clean()  # as if saved: leaving Settings would ask (the test below)
    page, part, today, partners = _sections(qtbot, c, sid)
    for notice, names in ((page.drafts_notice, ("Add a group member", "Record a pledge",
                                                "New sponsorship", "Edit sponsorship")),
                          (partners.drafts_notice, ("Add a partner",)),
                          (today.drafts_notice, ("Mark done",))):
        assert not notice.isHidden()
        for n in names:
            assert n in notice.text()
    for name, build in _other_forms(page, part, today, partners, sid):
        again = build()
        qtbot.addWidget(again)
        assert unsaved.form_state(again) == typed[name], name
        assert again.is_dirty(), name
        again.mark_clean()
    # Every kept form was offered back: no notice is left waiting.
    assert page.drafts_notice.isHidden() and partners.drafts_notice.isHidden()
    assert today.drafts_notice.isHidden()
    assert asked == []


@pytest.mark.parametrize("index", range(12))
def test_escape_in_every_other_form_asks_first(qtbot, ctx, answers, index):
    from PySide6.QtWidgets import QWidget

    asked, queue = answers
    holder = QWidget()
    holder.ctx = ctx
    holder.sponsorship_id = 3
    holder.detail = type("D", (), {"sponsorship": None})()
    qtbot.addWidget(holder)
    name, build = _other_forms(holder, holder, holder, holder, 3)[index]
    d = build()
    qtbot.addWidget(d)
    d.show()
    _type_into(d)
    queue.append(False)  # Keep editing
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert len(asked) == 1 and d.isVisible(), name
    queue.append(True)  # Discard changes
    d.close()
    assert not d.isVisible() and len(asked) == 2, name


def test_leaving_settings_with_an_unsaved_letterhead_asks(qtbot, controller, answers):  # noqa: F811
    asked, queue = answers
    c = controller
    unlock(qtbot, c)
    settings = c.main.show_section("settings")
    qtbot.waitUntil(lambda: settings.filled)  # the form is filled from the worker
    saved = settings.org_name.text()
    settings.org_name.setText("Sentinel Sponsors")
    queue.append(False)  # Keep editing: Settings stays
    c.main.show_section("clients")
    assert asked == ["the settings"] and c.main.current_section() is settings
    assert settings.org_name.text() == "Sentinel Sponsors"
    queue.append(True)  # Discard: what is saved comes back (read again on the worker)
    c.main.show_section("clients")
    assert c.main.current_section() is not settings
    qtbot.waitUntil(lambda: settings.org_name.text() == saved)
    assert not settings.is_dirty()
    assert len(asked) == 2


def test_ticking_a_partner_service_is_unsaved_input(qtbot, answers):
    from desktop.partners.dialog import PartnerDialog

    asked, queue = answers
    d = PartnerDialog(None)
    qtbot.addWidget(d)
    d.show()
    d.services.item(0).setCheckState(Qt.CheckState.Checked)
    assert d.is_dirty()
    queue.append(False)
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == ["this partner"] and d.isVisible()
    kept = unsaved.form_state(d)
    unsaved.restore_state(d, tuple(kept))
    assert d.services.item(0).checkState() == Qt.CheckState.Checked
    d.mark_clean()


def test_the_wheel_changes_a_form_field_only_when_it_has_the_focus(qtbot, answers):
    """Every form, not only the questionnaire: a drop-down or spin box under the pointer
    keeps its answer while the form is scrolled past it."""
    from desktop.sponsorships.record_form import SponsorshipDialog

    d = SponsorshipDialog(None, [])
    qtbot.addWidget(d)
    d.show()
    for field in (d.sponsor_type, d.support_months):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
        d.setFocus()
        before = unsaved.form_state(d)
        assert not field.hasFocus()
        wheel(field)
        assert unsaved.form_state(d) == before and not d.is_dirty()
        d.activateWindow()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        wheel(field)
        wheel(field, down=unsaved.form_state(d) != before)  # the last item: back up
        assert unsaved.form_state(d) != before
        d.mark_clean()


def test_the_import_assistant_asks_and_comes_back_after_a_lock(qtbot, controller, answers,  # noqa: F811
                                                              tmp_path):
    from desktop.importing.wizard import ImportWizard
    from tests.support.importing import french_csv

    asked, queue = answers
    f = tmp_path / "dossiers.csv"
    f.write_bytes(french_csv())
    c = controller
    unlock(qtbot, c)
    c.main.import_file()
    w = c.main.import_wizard
    qtbot.keyClick(w, Qt.Key.Key_Escape)  # nothing chosen yet: closes at once
    assert asked == [] and not w.isVisible()

    c.main.import_file()
    w = c.main.import_wizard
    w.file_page.load(f)
    w.next()
    qtbot.waitUntil(lambda: bool(w.mapping_page.combos))
    w.mapping_page.combos[1].setCurrentIndex(w.mapping_page.combos[1].findData("skip"))
    queue.append(False)  # Keep editing
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert asked == ["the import"] and w.isVisible()
    c.lock()  # kept: no question
    assert asked == ["the import"]

    unlock(qtbot, c)
    qtbot.waitUntil(lambda: any(isinstance(x, ImportWizard) and x.isVisible()
                                for x in QApplication.topLevelWidgets()))
    again = c.main.import_wizard
    assert again.file_page.path.text() == str(f)
    assert any(x.text() == unsaved.RESTORED for x in again.file_page.findChildren(QLabel))
    again.next()
    qtbot.waitUntil(lambda: bool(again.mapping_page.combos))
    assert again.mapping_page.mapping()[1] == "skip"  # the choice made before the lock
    again.mark_clean()
    again.reject()


def test_a_note_typed_on_a_referral_is_asked_about_and_kept_across_a_lock(qtbot,  # noqa: F811
                                                                         controller,  # noqa: F811
                                                                         answers):
    from models.referrals import Referral

    asked, queue = answers
    c = controller
    unlock(qtbot, c)
    pid = c.ctx.read(lambda b: b.partners.add(Partner("Clinic", services=("legal",)))
                     .id_of("partners"))
    rid = c.ctx.read(lambda b: b.referrals.create(Referral(1, pid, "legal")).id_of("referrals"))
    c.open_client(1)
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.referrals.loaded and w.referrals.selected() is not None)
    w.show_tab(w.referrals)
    w.referrals.note.setText("Partner asked for the passport copy")
    queue.append(False)  # Keep editing
    w.close()
    assert asked == ["the note on the referral"] and w.isVisible()
    c.lock()  # kept, not asked about
    assert asked == ["the note on the referral"]

    unlock(qtbot, c)
    qtbot.waitUntil(lambda: any(isinstance(x, ClientFileWindow) for x in c.extra_windows))
    w = next(x for x in c.extra_windows if isinstance(x, ClientFileWindow))
    qtbot.waitUntil(lambda: w.referrals.loaded and w.referrals.selected() is not None)
    assert w.referrals.selected().referral.id == rid
    assert w.referrals.note.text() == "Partner asked for the passport copy"
    assert w.referrals.said.text() == unsaved.RESTORED
    assert w.tabs.currentWidget() is w.referrals
    w.referrals.note.clear()


def test_a_logo_chosen_and_not_saved_is_asked_about_and_kept_across_a_lock(
        qtbot, controller, answers, tmp_path, monkeypatch):  # noqa: F811
    """Issue 16: the logo is input held outside the widgets; choosing one and leaving
    Settings, quitting or locking used to drop it without a word."""
    from desktop.settings.page import SettingsPage
    from tests.support.images import write_logo

    asked, queue = answers
    c = controller
    unlock(qtbot, c)
    logo = write_logo(tmp_path)
    monkeypatch.setattr(SettingsPage, "choose_file", lambda self: logo)
    settings = c.main.show_section("settings")
    qtbot.waitUntil(lambda: settings.filled)  # the form is filled from the worker
    settings.logo_button.click()
    chosen = settings.logo_png
    assert chosen
    queue.append(False)  # Keep editing: Settings stays
    c.main.show_section("clients")
    assert asked == ["the settings"] and c.main.current_section() is settings
    queue.append(False)  # quitting asks too
    assert not unsaved.may_discard_all()
    assert asked == ["the settings"] * 2
    c.lock()  # kept, not asked about
    assert len(asked) == 2

    unlock(qtbot, c)
    settings = c.main.current_section()
    assert settings.objectName() == "section_settings"
    qtbot.waitUntil(lambda: settings.filled)
    assert settings.logo_png == chosen and not settings.logo.pixmap().isNull()
    assert settings.is_dirty() and settings.logo_remove.isEnabled()
    assert c.ctx.read(lambda b: b.settings.letterhead().logo_png) is None  # not saved
    settings.mark_clean()


def test_a_family_members_relationship_is_asked_about_and_kept_across_a_lock(qtbot, ctx,
                                                                            answers):
    from PySide6.QtWidgets import QWidget

    from desktop.sponsorships.family import ClientPickerDialog

    asked, queue = answers
    holder = QWidget()
    holder.ctx = ctx
    holder.sponsorship_id = 3
    qtbot.addWidget(holder)
    d = ClientPickerDialog(holder, ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitUntil(lambda: d.loaded)
    d.search.setText("Amina")  # a search alone is not input to ask about
    assert not d.is_dirty()
    d.relationship.setText("spouse of the principal applicant")
    queue.append(False)  # Keep editing
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == ["the family member"] and d.isVisible()
    d.keep_draft()  # what a lock does
    d.close()
    assert len(asked) == 1
    again = ClientPickerDialog(holder, ctx)
    qtbot.addWidget(again)
    assert again.relationship.text() == "spouse of the principal applicant"
    qtbot.waitUntil(lambda: again.loaded)
    again.mark_clean()


def test_the_wheel_leaves_the_report_period_and_choices_alone(qtbot, ctx):
    from desktop.reports_page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.setFocus()
    fields = (page.start, page.end, page.caseload_lang, page.service, page.sheet_lang)
    before = [unsaved._value(f) for f in fields]
    for f in fields:
        wheel(f)
    assert [unsaved._value(f) for f in fields] == before


def test_escape_in_create_a_casebook_asks_before_dropping_what_was_typed(qtbot, ctx, answers,
                                                                         tmp_path):
    from desktop.create_wizard import CreateCasebookWizard

    asked, queue = answers
    w = CreateCasebookWizard(ctx.worker, kdf_seconds=0)
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClick(w, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert asked == [] and not w.isVisible()
    w.show()
    w.currentPage().path.setText(str(tmp_path / "our-group.wsdb"))
    w.next()
    w.currentPage().user.setText("ana")
    queue.append(False)  # Keep editing
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert asked == ["the new casebook"] and w.isVisible()
    assert w.field("user") == "ana"
    queue.append(True)  # Discard changes
    w.close()
    assert not w.isVisible() and len(asked) == 2


def test_escape_on_the_recovery_key_page_asks_until_the_key_is_written_down(qtbot, ctx,
                                                                            monkeypatch,
                                                                            tmp_path):
    # issue 16: the recovery key is shown once and stored nowhere; Escape used to drop it.
    from desktop import create_wizard
    from desktop.create_wizard import CreateCasebookWizard

    asked: list[bool] = []
    queue: list[bool] = []

    def ask(cls, parent):
        asked.append(True)
        return queue.pop(0)

    monkeypatch.setattr(create_wizard.RecoveryKeyPrompt, "ask", classmethod(ask))
    w = CreateCasebookWizard(ctx.worker, kdf_seconds=0)
    qtbot.addWidget(w)
    w.show()
    w.currentPage().path.setText(str(tmp_path / "our-group.wsdb"))
    w.next()
    page = w.currentPage()
    page.user.setText("ana")
    page.passphrase.setText("correct horse battery staple")
    page.again.setText("correct horse battery staple")
    w.next()
    qtbot.waitUntil(lambda: w.book is not None, timeout=10000)
    queue.append(False)  # Keep it on screen
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert asked == [True] and w.isVisible()
    w.currentPage().confirm.setChecked(True)  # written down: closing asks nothing
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    assert asked == [True] and not w.isVisible()
    w.book.close()


def test_create_a_casebook_cannot_be_closed_while_the_casebook_is_being_made(qtbot, ctx,
                                                                             answers, tmp_path):
    # Closing while the worker was still creating used to let the creation finish behind a
    # closed wizard: the casebook was made, left open, and its recovery key shown to no one.
    import threading

    asked, queue = answers
    hold = threading.Event()
    ctx.worker.submit(hold.wait, lambda _: None, lambda _: None)  # the worker is busy
    try:
        _close_while_creating(qtbot, ctx, asked, queue, hold, tmp_path)
    finally:
        hold.set()
        qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=10000)


def _close_while_creating(qtbot, ctx, asked, queue, hold, tmp_path) -> None:
    from PySide6.QtWidgets import QWizard

    from desktop.create_wizard import CreateCasebookWizard

    w = CreateCasebookWizard(ctx.worker, kdf_seconds=0)
    qtbot.addWidget(w)
    w.show()
    w.currentPage().path.setText(str(tmp_path / "our-group.wsdb"))
    w.next()
    page = w.currentPage()
    page.user.setText("ana")
    page.passphrase.setText("correct horse battery staple")
    page.again.setText("correct horse battery staple")
    w.next()
    assert not w.button(QWizard.WizardButton.CancelButton).isEnabled()
    queue.append(True)  # were it asked: discard
    qtbot.keyClick(w, Qt.Key.Key_Escape)
    w.close()
    assert w.isVisible() and asked == []
    hold.set()
    qtbot.waitUntil(lambda: w.book is not None, timeout=10000)
    assert w.button(QWizard.WizardButton.CancelButton).isEnabled()
    assert w.currentPage().key.text() != "Creating the casebook…"
    w.currentPage().confirm.setChecked(True)
    w.close()
    assert not w.isVisible()
    w.book.close()
