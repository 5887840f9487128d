"""Referrals section: status filter, stale sent referrals highlighted, open the client file,
letter buttons by role; the table model passes the model tester."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.referrals.page import STALE, ReferralsPage
from tests.test_documents_casebook import make_casebook


@pytest.fixture
def page(qtbot, ctx, book):  # noqa: F811
    make_casebook(book)
    _, _, sent = make_casebook(book, status="sent")
    _, _, old = make_casebook(book, status="sent")
    book.store.x("UPDATE referrals SET sent_at = '2000-01-01T00:00:00+00:00' WHERE id = ?",
                 (old,))
    p = ReferralsPage(ctx)
    qtbot.addWidget(p)
    p.ids = {"sent": sent, "old": old}
    return p


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


def test_status_filters(page):
    page.status.setCurrentIndex(page.status.findData(STALE))
    assert [r.id for r in page.model.rows()] == [page.ids["old"]]
    page.status.setCurrentIndex(page.status.findData("consent_recorded"))
    assert len(page.model.rows()) == 1
    page.status.setCurrentIndex(0)
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
    assert not p.letter_button.isEnabled()
    p.table.selectRow(0)
    assert p.letter_button.isEnabled() and p.packet_button.isEnabled()
    ctx.role = "volunteer"
    v = ReferralsPage(ctx)
    qtbot.addWidget(v)
    v.table.selectRow(0)
    for b in (v.letter_button, v.packet_button, v.batch_week, v.batch_selected):
        assert not b.isEnabled() and "print letters" in b.toolTip()
    assert v.open_button.isEnabled()
