"""Today (issue 16): three groups with counts — Due today, Overdue, This week — nothing
hidden, "Only mine" remembered, and Mark done / Reschedule / Cancel / Open client on the
selected row."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from desktop import app_settings
from desktop.clientfile.form_dialog import FormDialog
from desktop.context import AppContext
from desktop.today.outcome_dialog import OutcomeDialog
from desktop.today.page import PAGE, TodayPage
from models.clients import Client
from models.followups import Followup
from models.security.keyslots import KdfParams
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


def texts(model):
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def open_page(qtbot, ctx, rows):
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    ctx.changed.connect(page.refresh)  # the main window does this for its sections
    qtbot.waitUntil(lambda: sum(m.rowCount() for m in page.models.values()) == rows)
    return page


def test_three_groups_with_counts_due_today_first(qtbot, qtmodeltester, ctx, book):
    seed(book)
    page = open_page(qtbot, ctx, 3)
    assert texts(page.models["today"])[0][:3] == ["Today", "Bring the documents", "Amina Yusuf"]
    assert texts(page.models["overdue"])[0][:2] == ["3 days overdue", "Call the legal clinic"]
    assert texts(page.models["week"])[0][1] == "Check the shelter bed"
    assert [page.headings[b].text() for b in ("today", "overdue", "week")] == [
        "Due today (1)", "Overdue (1)", "This week (1)"]
    # Due today is where to start: its first row is selected.
    assert page.selected().title == "Bring the documents"
    assert page.summary.text() == "Start with the 1 due today."
    assert page.models["overdue"].index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    for model in page.models.values():
        qtmodeltester.check(model)


def test_nothing_is_capped_the_overdue_pages_in_as_it_scrolls(qtbot, qtmodeltester, ctx,
                                                               book, monkeypatch):
    cid = book.clients.add(Client("Amal")).id_of("clients")
    with book.store.tx():  # 139 overdue, 160 due today: more than a page, more than 150
        for i in range(139):
            book.store.x("INSERT INTO followups (title, due_date, client_id, created_by,"
                         " created_at) VALUES (?,?,?,1,'2026-01-01')",
                         (f"late {i}", day(-1 - i % 30), cid))
        for i in range(160):
            book.store.x("INSERT INTO followups (title, due_date, client_id, created_by,"
                         " created_at) VALUES (?,?,?,1,'2026-01-01')", (f"now {i}", day(0), cid))
    page = open_page(qtbot, ctx, PAGE * 2)
    assert page.headings["today"].text() == "Due today (160)"
    assert page.headings["overdue"].text() == "Overdue (139)"

    def no_read_on_the_gui_thread(fn):
        raise AssertionError("scrolling Today waited on the database (issue 18)")

    monkeypatch.setattr(ctx, "read", no_read_on_the_gui_thread)
    for bucket, total in (("today", 160), ("overdue", 139)):
        model = page.models[bucket]
        while model.canFetchMore(model.index(-1, -1)):
            before = model.rowCount()
            model.fetchMore(model.index(-1, -1))
            assert model.fetching and model.rowCount() == before  # asked, not waited for
            qtbot.waitUntil(lambda m=model: not m.fetching)
        assert model.rowCount() == total
        assert len({r.id for r in model.rows()}) == total
        qtmodeltester.check(model)


def test_mark_done_reschedule_cancel_and_open_client(qtbot, ctx, book, monkeypatch):
    cid = seed(book)
    page = open_page(qtbot, ctx, 3)
    opened = []
    ctx.open_client.connect(opened.append)
    page.open_button.click()
    assert opened == [cid]

    monkeypatch.setattr(FormDialog, "ask", classmethod(
        lambda cls, parent, title, fields, intro="", ok_text="": {"due_date": day(2)}))
    page.reschedule_button.click()  # "Bring the documents" moves to this week
    qtbot.waitUntil(lambda: page.models["week"].rowCount() == 2)
    assert page.models["today"].rowCount() == 0
    assert "Rescheduled" in page.said.text()

    page.tables["overdue"].selectRow(0)
    assert page.selected().title == "Call the legal clinic"
    monkeypatch.setattr(FormDialog, "ask", classmethod(
        lambda cls, parent, title, fields, intro="", ok_text="": {"outcome": "Not needed"}))
    page.cancel_button.click()
    qtbot.waitUntil(lambda: page.models["overdue"].rowCount() == 0)

    page.tables["week"].selectRow(0)
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, parent, t: "Done it"))
    page.done_button.click()
    qtbot.waitUntil(lambda: page.models["week"].rowCount() == 1)
    closed = {f.title: (f.status, f.outcome) for f in
              ctx.read(lambda b: b.followups.for_client(cid)) if f.status != "open"}
    assert closed == {"Call the legal clinic": ("cancelled", "Not needed"),
                      "Bring the documents": ("done", "Done it")}


def test_cancelling_the_outcome_changes_nothing(qtbot, ctx, book, monkeypatch):
    seed(book)
    page = open_page(qtbot, ctx, 3)
    monkeypatch.setattr(OutcomeDialog, "ask", classmethod(lambda cls, parent, title: None))
    page.mark_done()
    ctx.worker.drain()
    assert ctx.read(lambda b: b.followups.today_counts())["today"] == 1


def test_empty_today_says_so(qtbot, ctx):
    page = TodayPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.empty.isVisible())
    assert not any(t.isVisible() for t in page.tables.values())


def test_only_mine_is_remembered(qtbot, ctx, book):
    seed(book)
    book.followups.add(Followup("Nobody's", day(0)))
    page = open_page(qtbot, ctx, 4)
    assert not page.only_mine.isChecked()  # a coordinator starts with everyone's
    page.only_mine.setChecked(True)
    qtbot.waitUntil(lambda: page.models["today"].rowCount() == 1)
    again = open_page(qtbot, ctx, 3)
    assert again.only_mine.isChecked()
    assert list(app_settings.get("today_only_mine").values()) == [True]


def test_a_volunteer_marks_only_their_own(qtbot, book, open_as):
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
        qtbot.waitUntil(lambda: page.models["today"].rowCount() == 1)
        assert page.done_button.isEnabled()
        assert not page.reschedule_button.isEnabled()
        page.only_mine.setChecked(False)
        qtbot.waitUntil(lambda: page.models["today"].rowCount() == 2)
        titles = [r.title for r in page.models["today"].rows()]
        page.tables["today"].selectRow(titles.index("Bring the documents"))
        assert not page.done_button.isEnabled()
        assert "only update follow-ups assigned to them" in page.done_button.toolTip()
    finally:
        c.worker.drain()
        c.worker.shutdown()


def test_reschedule_and_cancel_from_the_client_file(qtbot, ctx, book, monkeypatch):
    from desktop.clientfile.window import ClientFileWindow
    from desktop.clipboard import ClipboardGuard

    cid = seed(book)
    w = ClientFileWindow(ctx, cid, ClipboardGuard())  # deletes itself on close
    w.show()
    tab = w.followups
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)
    titles = [tab.model.index(r, 1).data() for r in range(4)]
    tab.table.selectRow(titles.index("Far away"))
    monkeypatch.setattr(FormDialog, "ask", classmethod(
        lambda cls, parent, title, fields, intro="", ok_text="": {"due_date": day(1)}))
    tab.reschedule_button.click()
    qtbot.waitUntil(lambda: any(f.title == "Far away" and f.due_date == day(1)
                                for f in tab.model.rows()))
    titles = [tab.model.index(r, 1).data() for r in range(4)]
    tab.table.selectRow(titles.index("Far away"))
    monkeypatch.setattr(FormDialog, "ask", classmethod(
        lambda cls, parent, title, fields, intro="", ok_text="": {"outcome": None}))
    tab.cancel_button.click()
    qtbot.waitUntil(lambda: any(f.title == "Far away" and f.status == "cancelled"
                                for f in tab.model.rows()))
    w.close()
