"""A referral from one place (issue 16): in the client file's Referrals tab, New referral →
Record consent → Preview letter/packet → Mark as sent, each step said in the tab; New
referral starts with a partner serving the client's city and the service, and Enter creates
no draft before a partner is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from desktop import documents
from desktop.clientfile.consent_dialog import ConsentDialog
from desktop.clientfile.referral_dialog import ReferralDialog
from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from models.clients import Client
from models.partners import Partner


@pytest.fixture
def client_id(book):
    # The first partner in the directory serves another city: it must not be the default.
    book.partners.add(Partner("Aaron Legal Services", services=("legal",),
                              cities=("Winnipeg",)))
    book.partners.add(Partner("Halifax Refugee Law Clinic", services=("legal",),
                              cities=("Halifax",)))
    return book.clients.add(Client("Amina Yusuf", city="Halifax")).id_of("clients")


def open_file(qtbot, ctx, cid):
    w = ClientFileWindow(ctx, cid, ClipboardGuard())  # deletes itself on close
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    w.show_tab(w.referrals)
    return w


def test_the_default_partner_serves_the_city_and_the_service(qtbot, ctx, client_id):
    partners = ctx.read(lambda b: b.partners.search())
    d = ReferralDialog(client_id, partners, "legal", city="Halifax")
    qtbot.addWidget(d)
    assert d.partner.currentText() == "Halifax Refugee Law Clinic — Halifax"
    elsewhere = ReferralDialog(client_id, partners, "legal", city="Moncton")
    qtbot.addWidget(elsewhere)
    assert elsewhere.partner.currentIndex() == -1  # none serves Moncton: the person chooses


def test_enter_creates_no_draft_before_a_partner_is_chosen(qtbot, ctx, client_id):
    partners = ctx.read(lambda b: b.partners.search())
    d = ReferralDialog(client_id, partners, "legal", city="Moncton")
    qtbot.addWidget(d)
    d.show()
    qtbot.keyClick(d, Qt.Key.Key_Return)
    assert d.isVisible() and d.result() != QDialog.DialogCode.Accepted
    d.partner.setCurrentIndex(0)
    assert d.ok.isEnabled()
    qtbot.keyClick(d, Qt.Key.Key_Return)
    assert d.result() == QDialog.DialogCode.Accepted


def test_new_referral_consent_preview_and_send_from_the_client_file(qtbot, ctx, client_id,
                                                                     monkeypatch):
    w = open_file(qtbot, ctx, client_id)
    tab = w.referrals

    def drive(cls, parent, cid, partners, service=None, reason=None, screening_id=None, *,
              city=None, languages=()):
        d = ReferralDialog(cid, partners, service, reason, screening_id, parent, city=city,
                           languages=languages)
        d.request.setPlainText("An appointment this week")
        assert d.partner.currentText().startswith("Halifax Refugee Law Clinic")
        d.accept()
        return d.referral()

    monkeypatch.setattr(ReferralDialog, "ask", classmethod(drive))
    tab.new_button.click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    qtbot.waitUntil(lambda: "Record the person's consent" in tab.said.text())
    assert not tab.letter_button.isEnabled() and not tab.send_button.isEnabled()
    assert tab.next_status.findData("sent") == -1  # sending is not a drop-down move

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(lambda cls, *a, **k: {
        "fields": ("display_name", "phone"), "purpose": "Legal help",
        "consenting_person": "Amina Yusuf", "given_how": "verbal", "valid_until": None}))
    tab.consent_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Consent recorded")
    assert tab.letter_button.isEnabled() and tab.packet_button.isEnabled()
    # Back to a draft or withdrawn is offered, but not as the partner's answer (not sent yet).
    assert tab.next_status.findData("draft") != -1 and tab.moves_label.text() == "Change to"

    previews = []
    tab.letter_button.click()
    qtbot.waitUntil(lambda: isinstance(_preview(), documents.DocumentPreview))
    previews.append(_preview())
    assert previews[0].windowTitle().startswith("Referral letter")
    previews[0].close()
    tab.packet_button.click()
    qtbot.waitUntil(lambda: _preview() is not None and _preview() is not previews[0])
    assert _preview().windowTitle().startswith("Referral packet")
    _preview().close()

    assert tab.send_button.isEnabled()
    tab.send_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Sent")
    due = ctx.read(lambda b: b.followups.for_client(client_id))[0].due_date
    assert tab.said.isVisible()
    assert tab.said.text() == ("Marked as sent to Halifax Refugee Law Clinic. A follow-up to "
                               f"check the outcome is due on {due} (in Today and under "
                               "Follow-ups).")
    assert not tab.send_button.isEnabled()
    assert tab.moves_label.text() == "Partner's answer"
    assert tab.next_status.findData("accepted") != -1
    assert ctx.errors_shown == []
    w.close()


def _preview():
    from PySide6.QtWidgets import QApplication

    found = [x for x in QApplication.topLevelWidgets()
             if isinstance(x, documents.DocumentPreview) and x.isVisible()]
    return found[-1] if found else None


def test_a_second_click_while_the_partners_are_read_opens_no_second_dialog(qtbot, ctx,
                                                                           client_id,
                                                                           monkeypatch):
    # The partner list comes from the worker; two clicks before it arrived opened two
    # New-referral dialogs, one after the other.
    w = open_file(qtbot, ctx, client_id)
    tab = w.referrals
    asked: list[int] = []

    def cancel(cls, parent, cid, partners, *a, **k):
        asked.append(len(partners))
        return None  # the caseworker cancels

    monkeypatch.setattr(ReferralDialog, "ask", classmethod(cancel))
    tab.new_button.click()
    tab.new_button.click()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and bool(asked))
    assert len(asked) == 1
    tab.new_button.click()  # and once answered, the button works again
    qtbot.waitUntil(lambda: len(asked) == 2)
