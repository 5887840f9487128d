"""A client file's window title (what the task bar, window switcher and window menus show)
carries the client number, not the name, unless the casebook's setting says otherwise."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QCheckBox

from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from desktop.settings.page import SettingsPage
from models.clients import Client
from models.errors import InvalidInput

KEY = "window_title_shows_number"


@pytest.fixture
def client_id(book):
    return book.clients.add(Client("Sentinel Title Person")).id_of("clients")


def open_file(qtbot, ctx, cid):
    w = ClientFileWindow(ctx, cid, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs),
                    timeout=10000)
    return w


def test_the_setting_is_on_by_default_and_only_a_boolean(book):
    assert book.settings.get(KEY) is True
    with pytest.raises(InvalidInput):
        book.settings.set(KEY, "yes")
    book.settings.set(KEY, False)
    assert book.settings.get(KEY) is False


def test_the_title_shows_the_number_by_default(qtbot, ctx, client_id):
    w = open_file(qtbot, ctx, client_id)
    assert w.windowTitle() == f"Client #{client_id} — Waystation"
    assert "Sentinel" not in w.windowTitle() and "Sentinel" not in w.windowIconText()
    assert w.name.text() == "Sentinel Title Person"  # inside the window the name stays


def test_the_settings_page_switches_open_windows_to_the_name(qtbot, ctx, client_id,
                                                             monkeypatch):
    import models.screening.casebook_packs

    # The rule-pack list is not what this test is about (and loading packs is slow).
    monkeypatch.setattr(models.screening.casebook_packs, "versions", lambda store: [])
    w = open_file(qtbot, ctx, client_id)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.filled)  # the form is filled from the worker (issue 18)
    box = page.findChild(QCheckBox, "titleShowsNumber")
    assert box is not None and box.isChecked() and box.isEnabled()
    box.click()  # unticked: show names
    qtbot.waitUntil(lambda: ctx.read(lambda b: b.settings.get(KEY)) is False)
    qtbot.waitUntil(lambda: w.windowTitle() == "Sentinel Title Person — Waystation")
    box.click()
    qtbot.waitUntil(lambda: w.windowTitle() == f"Client #{client_id} — Waystation")


def test_opening_a_file_never_waits_on_the_database(qtbot, ctx, book, client_id,
                                                    monkeypatch):
    """Issue 18: the owners' names come from the context (read at unlock) and the title
    setting from the worker; nothing is read synchronously on the GUI thread."""
    book.settings.set(KEY, False)
    ctx.user_names()  # the app reads them once at unlock

    def no_read_on_the_gui_thread(fn):
        raise AssertionError("opening a client file waited on the database")

    monkeypatch.setattr(ctx, "read", no_read_on_the_gui_thread)
    w = open_file(qtbot, ctx, client_id)
    assert w.windowTitle() == "Sentinel Title Person — Waystation"
