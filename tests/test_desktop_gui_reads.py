"""Screens ask the database worker and show the answer when it arrives: nothing a user opens
or types into waits on the worker with the GUI thread blocked (issue 18; the worker can be
busy for seconds with a long job, and a synchronous read waits up to its 5 s timeout).
Today, the referrals, partners and client-file tests check their own screens."""

from __future__ import annotations

from models.changes import Changes
from models.partners import Partner
from tests.test_desktop_shell import controller, unlock  # noqa: F401 - fixture


def _no_read_on_the_gui_thread(fn):  # noqa: ANN001, ANN202
    raise AssertionError("a synchronous ctx.read on the GUI thread")


def test_reports_page_fills_city_and_language_from_the_worker(qtbot, ctx, book,
                                                              monkeypatch):
    from desktop import reports_page

    book.partners.add(Partner("Clinique Saint-Laurent", services=("legal",),
                              cities=("Montréal",), languages=("French",)))
    today = book.store.today()
    monkeypatch.setattr(ctx, "read", lambda fn: today)  # the dates' default: not this test
    page = reports_page.ReportsPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(ctx, "read", _no_read_on_the_gui_thread)
    qtbot.waitUntil(lambda: page.city.findText("Montréal") >= 0)
    assert page.language.findText("French") >= 0

    book.partners.add(Partner("Halifax Food Bank", services=("food",), cities=("Halifax",)))
    page.refresh(Changes.of("partners"))
    qtbot.waitUntil(lambda: page.city.findText("Halifax") >= 0)


def test_a_new_auto_lock_time_is_read_on_the_worker(qtbot, controller):  # noqa: F811
    c = controller
    unlock(qtbot, c)
    c.ctx.worker.drain()
    c.ctx.read = _no_read_on_the_gui_thread
    c.ctx.run(lambda b: b.settings.set("auto_lock_minutes", 7))  # broadcasts "settings"
    qtbot.waitUntil(lambda: c.idle_minutes == 7)
    del c.ctx.read
