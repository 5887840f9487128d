"""The app loads the letter's modules and fonts in the background from the moment the unlock
window is shown, so the session's first letter costs what a warm one does (issue 18,
letter_cold)."""

from __future__ import annotations

from desktop import app
from desktop.app import AppController
from reports import preload
from tests.support.shell import unlock


def test_showing_the_unlock_window_starts_the_letter_preload_before_any_unlock(
        qtbot, book, book_path, monkeypatch):
    """It overlaps the passphrase typing and its key derivation; nothing is open then, and
    the window has had its first paint (the preload's thread would share it)."""
    from PySide6.QtCore import QEvent, QObject

    painted, when_started = [], []

    class Paints(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    book.close()
    c = AppController(book_path, "ana")
    paints = Paints()
    c.unlock_window.installEventFilter(paints)
    monkeypatch.setattr(preload, "start_in_background",
                        lambda: when_started.append((c.ctx.unlocked, bool(painted))))
    c.show()
    try:
        qtbot.waitUntil(lambda: bool(when_started), timeout=5000)
        assert when_started == [(False, True)]  # not unlocked, already painted
    finally:
        c.unlock_window.removeEventFilter(paints)
        c.shutdown()


def test_unlocking_a_controller_never_shown_still_starts_the_letter_preload(
        qtbot, book, book_path, monkeypatch):
    started = []
    monkeypatch.setattr(app, "PRELOAD_DELAY_MS", 0)
    monkeypatch.setattr(preload, "start_in_background", lambda: started.append(True))
    book.close()
    c = AppController(book_path, "ana")
    try:
        unlock(qtbot, c)
        qtbot.waitUntil(lambda: started == [True], timeout=5000)
    finally:
        c.shutdown()
