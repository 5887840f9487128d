"""The application shell: a controller, unlocking it, the text on screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop import errors
from desktop.app import AppController
from models.clients import Client
from tests.conftest import PASS


@pytest.fixture
def controller(qtbot, book, book_path, monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    book.clients.add(Client("Sentinel Shell Person", city="Halifax"))
    book.close()
    c = AppController(book_path, "ana")
    c.errors_shown = shown
    c.show()
    yield c
    c.shutdown()


def unlock(qtbot, c, passphrase=PASS):
    c.unlock_window.passphrase.setText(passphrase)
    c.unlock_window.try_unlock()
    qtbot.waitUntil(lambda: c.main is not None or c.unlock_window.message.text()
                    not in ("", "Unlocking… (this takes about a second by design)"),
                    timeout=10000)


def visible_text() -> str:
    from PySide6.QtCore import QModelIndex
    from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit

    parts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for w in top.findChildren(QLabel):
            parts.append(w.text())
        for w in top.findChildren(QLineEdit):
            parts.append(w.text())
        for view in top.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # Qt-internal models (completers) hide columnCount
                columns = 1
            for r in range(min(model.rowCount(root), 200)):
                for col in range(columns):
                    parts.append(str(model.index(r, col).data() or ""))
    return "\n".join(parts)
