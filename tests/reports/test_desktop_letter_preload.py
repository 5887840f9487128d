"""The app loads the letter's modules and fonts in the background after unlocking, so the
session's first letter costs what a warm one does (issue 18, letter_cold)."""

from __future__ import annotations

from desktop import app
from desktop.app import AppController
from reports import preload
from tests.support.shell import unlock


def test_unlocking_starts_the_letter_preload(qtbot, book, book_path, monkeypatch):
    started = []
    monkeypatch.setattr(app, "PRELOAD_DELAY_MS", 0)
    monkeypatch.setattr(preload, "start_in_background", lambda: started.append(True))
    book.close()
    c = AppController(book_path, "ana")
    c.show()
    try:
        unlock(qtbot, c)
        qtbot.waitUntil(lambda: started == [True], timeout=5000)
    finally:
        c.shutdown()
