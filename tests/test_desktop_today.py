"""Today: overdue, due today and this week; mark done with an outcome; jump to the client."""

from __future__ import annotations

import datetime as dt

from desktop.context import AppContext
from desktop.today.outcome_dialog import OutcomeDialog
from desktop.today.page import TodayPage
from models.clients import Client
from models.followups import Followup
from models.keyslots import KdfParams
from tests.conftest import PASS


def day(offset):
    return (dt.date.today() + dt.timedelta(days=offset)).isoformat()


def seed(book, owner_id=None):
    cid = book.clients.add(Client("Amina Yusuf")).id_of("clients")
    owner = owner_id or book.user.id
    for title, offset in (("Call the legal clinic", -3), ("Bring the documents", 0),
                          ("Check the shelter bed", 4), ("Far away", 30)):
        book.followups.add(Followup(title, day(offset), owner_id=owner, client_id=cid))
    return cid


def texts(page):
    m = page.model
    return [[m.index(r, c).data() for c in range(m.columnCount())] for r in range(m.rowCount())]


def test_buckets_in_order_with_the_late_ones_marked(qtbot, qtmodeltester, ctx, book):
    seed(book)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    rows = texts(page)
    assert rows[0][:3] == ["3 days overdue", "Call the legal clinic", "Amina Yusuf"]
    assert rows[1][:2] == ["Today", "Bring the documents"]
    assert rows[2][1] == "Check the shelter bed"
    assert page.summary.text() == "1 overdue · 1 due today · 1 later this week"
    from PySide6.QtCore import Qt
    assert page.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    qtmodeltester.check(page.model)


def test_mark_done_with_an_outcome_and_jump_to_the_client(qtbot, ctx, book, monkeypatch):
    cid = seed(book)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.refresh)  # the main window does this for its sections
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert not page.done_button.isEnabled()  # nothing selected yet
    page.table.selectRow(1)
    opened = []
    ctx.open_client.connect(opened.append)
    page.open_button.click()
    assert opened == [cid]
    asked = []
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(
        lambda cls, parent, title: asked.append(title) or "Brought them"))
    page.done_button.click()
    assert asked == ["Bring the documents"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    done = [f for f in ctx.read(lambda b: b.followups.for_client(cid)) if f.status == "done"]
    assert [(f.title, f.outcome) for f in done] == [("Bring the documents", "Brought them")]


def test_cancelling_the_outcome_changes_nothing(qtbot, ctx, book, monkeypatch):
    seed(book)
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    page.table.selectRow(0)
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, parent, title: None))
    page.mark_done()
    ctx.worker.drain()
    assert len(ctx.read(lambda b: b.followups.today().overdue)) == 1


def test_empty_today_says_so(qtbot, ctx):
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.empty.isVisible())
    assert not page.table.isVisible()


def test_a_volunteer_marks_only_their_own(qtbot, book, open_as, monkeypatch):
    book.users.add("vic", "volunteer", PASS, kdf=KdfParams())
    vic_id = next(u.id for u in book.users.list() if u.name == "vic")
    seed(book)  # ana's
    book.followups.add(Followup("Vic's call", day(0), owner_id=vic_id))
    book.close()
    c = AppContext()
    c.attach(open_as("vic"))
    try:
        page = TodayPage(c)
        qtbot.addWidget(page)
        assert page.only_mine.isChecked()  # a volunteer starts with their own list
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        assert page.done_button.isEnabled()
        page.only_mine.setChecked(False)
        qtbot.waitUntil(lambda: page.model.rowCount() == 4)
        titles = [page.model.index(r, 1).data() for r in range(4)]
        page.table.selectRow(titles.index("Call the legal clinic"))
        assert not page.done_button.isEnabled()
        assert "only update follow-ups assigned to them" in page.done_button.toolTip()
    finally:
        c.worker.drain()
        c.worker.shutdown()
