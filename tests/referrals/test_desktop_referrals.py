"""Referrals section: status filter, stale sent referrals highlighted, open the client file,
letter buttons by role; the table model passes the model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.referrals.page import STALE, ReferralsPage
from tests.support.documents import make_casebook


@pytest.fixture
def page(qtbot, ctx, book):  # noqa: F811
    make_casebook(book)
    _, _, sent = make_casebook(book, status="sent")
    _, _, old = make_casebook(book, status="sent")
    book.store.x("UPDATE referrals SET sent_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
                 (old,))
    p = ReferralsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.loaded)
    p.ids = {"sent": sent, "old": old}
    return p


def test_the_list_is_read_on_the_worker_never_waited_for(qtbot, ctx, book, monkeypatch):
    """Opening the section or choosing a filter never blocks the window on the database
    (issue 18): the rows are asked for and shown when they arrive, the newest filter wins."""
    make_casebook(book)
    _, _, sent = make_casebook(book, status="sent")

    def no_read_on_the_gui_thread(fn):
        raise AssertionError("the referrals list waited on the database")

    monkeypatch.setattr(ctx, "read", no_read_on_the_gui_thread)
    p = ReferralsPage(ctx)
    qtbot.addWidget(p)
    assert not p.loaded
    qtbot.waitUntil(lambda: p.loaded)
    assert len(p.model.rows()) == 2
    p.status.setCurrentIndex(p.status.findData("draft"))
    p.status.setCurrentIndex(p.status.findData("sent"))  # before the first answer arrives
    qtbot.waitUntil(lambda: p.loaded)
    assert [r.id for r in p.model.rows()] == [sent]


def test_model_and_stale_highlight(qtmodeltester, page):
    qtmodeltester.check(page.model)
    rows = page.model.rows()
    assert len(rows) == 3
    assert rows[0].id == page.ids["old"] and rows[0].stale  # stale first
    index = page.model.index(0, 4)
    assert "no answer" in index.data()
    assert page.model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert "1 sent with no answer" in page.count.text()


def test_status_filters(qtbot, page):
    page.status.setCurrentIndex(page.status.findData(STALE))
    qtbot.waitUntil(lambda: page.loaded)
    assert [r.id for r in page.model.rows()] == [page.ids["old"]]
    page.status.setCurrentIndex(page.status.findData("consent_recorded"))
    qtbot.waitUntil(lambda: page.loaded)
    assert len(page.model.rows()) == 1
    page.status.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.loaded)
    assert len(page.model.rows()) == 3


def test_double_click_opens_the_client_file(qtbot, page, ctx):  # noqa: F811
    opened = []
    ctx.open_client.connect(opened.append)
    page.table.selectRow(0)
    page.table.doubleClicked.emit(page.model.index(0, 1))
    assert opened == [page.model.rows()[0].client_id]


def test_buttons_follow_selection_and_role(qtbot, ctx, book):  # noqa: F811
    make_casebook(book)
    p = ReferralsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.loaded)
    assert not p.letter_button.isEnabled()
    p.table.selectRow(0)
    assert p.letter_button.isEnabled() and p.packet_button.isEnabled()
    ctx.role = "volunteer"
    v = ReferralsPage(ctx)
    qtbot.addWidget(v)
    qtbot.waitUntil(lambda: v.loaded)
    v.table.selectRow(0)
    for b in (v.letter_button, v.packet_button, v.batch_week, v.batch_selected):
        assert not b.isEnabled() and "print letters" in b.toolTip()
    assert v.open_button.isEnabled()


def test_consent_dialog_asks_for_the_name_and_shows_the_referral_text(qtbot):
    from desktop.clientfile.consent_dialog import ConsentDialog

    d = ConsentDialog("Harbour <b>Legal</b>", "Referral to Harbour Legal for legal",
                      reason="Needs counsel <i>before</i> the hearing.", request="")
    qtbot.addWidget(d)
    assert d.person.text() == ""  # never pre-filled with the client's name
    assert d.reason_text.text() == "Needs counsel <i>before</i> the hearing."
    assert d.reason_text.textFormat() == Qt.TextFormat.PlainText
    assert not d.fields["reason"].isChecked() and d.fields["reason"].isEnabled()
    assert not d.fields["request"].isEnabled()  # nothing written, nothing to share
    d.fields["reason"].setChecked(True)
    d.fields["phone"].setChecked(True)
    d.person.setText("Her guardian")
    assert set(d.values()["fields"]) == {"reason", "phone"}
    assert d.values()["consenting_person"] == "Her guardian"


def test_client_file_records_consent_in_one_operation_and_never_fakes_the_status(
        qtbot, ctx, book, monkeypatch):
    from desktop.clientfile.consent_dialog import ConsentDialog
    from desktop.clientfile.window import ClientFileWindow
    from desktop.clipboard import ClipboardGuard
    from models.clients import Client
    from models.partners import Partner
    from models.referrals import Referral

    cid = book.clients.add(Client("Amina Yusuf")).id_of("clients")
    pid = book.partners.add(Partner("Harbour Legal", services=("legal",))).id_of("partners")
    book.referrals.create(Referral(cid, pid, "legal", reason="Hearing on Monday",
                                   request="An appointment"))
    w = ClientFileWindow(ctx, cid, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    tab = w.referrals
    options = [tab.next_status.itemData(i) for i in range(tab.next_status.count())]
    assert "consent_recorded" not in options  # only recording consent gets there
    asked = {}

    def ask(cls, parent, partner_name, purpose, *, reason=None, request=None):
        asked.update(partner=partner_name, reason=reason, request=request)
        return {"fields": ("reason",), "purpose": purpose, "consenting_person": "Amina",
                "given_how": "verbal", "valid_until": None}

    monkeypatch.setattr(ConsentDialog, "ask", classmethod(ask))
    tab.consent_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Consent recorded")
    assert asked == {"partner": "Harbour Legal", "reason": "Hearing on Monday",
                     "request": "An appointment"}
    assert "Amina Yusuf" not in str(asked)
    r = book.referrals.for_client(cid)[0]
    assert book.consents.get(r.consent_id).fields == ("reason",)
    # Back to draft with the consent still attached: moving forward again is offered.
    tab.next_status.setCurrentIndex(tab.next_status.findData("draft"))
    tab.move_button.click()
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Draft")
    assert tab.next_status.findData("consent_recorded") >= 0
    assert ctx.errors_shown == []
