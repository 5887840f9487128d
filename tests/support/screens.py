"""A main window over a casebook, opening a client file, letting the worker settle, and
Alt+letter clashes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget

from desktop.clipboard import ClipboardGuard
from models.clients import Client
from models.partners import Partner

SMALL_SCREEN = (1024, 700)


@pytest.fixture
def client_id(book):
    cid = book.clients.add(Client("Amina Yusuf", city="Halifax")).id_of("clients")
    book.partners.add(Partner("Halifax Refugee Law Clinic", services=("legal",),
                              cities=("Halifax",)))
    return cid


@pytest.fixture
def main_window(qtbot, ctx, monkeypatch):
    from desktop import app_settings
    from desktop.mainwindow import MainWindow
    from models.screening.casebook_packs import versions

    monkeypatch.setattr(app_settings, "window_size", lambda _name: None)
    # Settings reads the rule packs synchronously (5-second limit); on a loaded machine
    # their first load can take longer, so load them here first.
    ctx.worker.call(lambda: versions(ctx.book.store), timeout=120)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def open_client_file(qtbot, ctx, cid):
    from desktop.clientfile.window import ClientFileWindow

    w = ClientFileWindow(ctx, cid, ClipboardGuard())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    return w


def settle(qtbot, ctx) -> None:
    """Let a section's first loads come back before the next section asks the database."""
    qtbot.waitUntil(lambda: ctx.worker.pending == 0, timeout=20000)


# -- mnemonics -----------------------------------------------------------------------------
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text or "")
    return m.group(1).lower() if m else None


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it, among the widgets shown together: buttons,
    labels with a buddy, group boxes, and the tabs of the tab widget a widget sits on."""
    seen: dict[str, list[str]] = {}

    def claim(text: str) -> None:
        key = mnemonic(text)
        if key:
            seen.setdefault(key, []).append(text)

    def walk(widget: QWidget) -> None:
        for child in widget.findChildren(QWidget):
            if isinstance(child, QTabWidget):
                for i in range(child.count()):
                    claim(child.tabText(i))
        for child in widget.findChildren(QAbstractButton):
            if child.isVisibleTo(window):
                claim(child.text())
        for child in widget.findChildren(QLabel):
            if child.buddy() is not None and child.isVisibleTo(window):
                claim(child.text())
        for child in widget.findChildren(QGroupBox):
            if child.isVisibleTo(window):
                claim(child.title())

    walk(window)
    return {k: v for k, v in seen.items() if len(v) > 1}
