"""Shared fixtures. Sockets are blocked for the whole suite (pytest-socket, see pyproject)."""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def _discard_without_asking(monkeypatch):
    """A form left with typed input asks before it closes (desktop/unsaved.py); a modal
    question at a test's teardown would wait forever offscreen. Tests of the question
    replace ``DiscardPrompt.ask`` themselves."""
    try:
        from desktop import unsaved
    except ImportError:  # no Qt binding: no form can ask
        return
    monkeypatch.setattr(unsaved.DiscardPrompt, "ask",
                        classmethod(lambda cls, parent, what: True))


@pytest.fixture(autouse=True)
def _private_tempdir(tmp_path, monkeypatch):
    """Keep every temporary file a test or the code under test makes inside tmp_path."""
    tmp = tmp_path / "_tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    # Qt and platformdirs write config and caches under the home and XDG folders.
    home = tmp_path / "_home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(home / ".run"))
    yield


# -- casebooks ---------------------------------------------------------------------------
PASS = "correct horse battery"


@pytest.fixture
def book_path(tmp_path):
    folder = tmp_path / "casebooks"
    folder.mkdir()
    return folder / "test.wsdb"


@pytest.fixture
def new_book(book_path):
    """A fresh casebook opened by coordinator 'ana'; yields (book, recovery_key)."""
    from models.casebook import Casebook
    from models.keyslots import KdfParams

    book, recovery = Casebook.create(book_path, "ana", PASS, kdf=KdfParams())
    yield book, recovery
    if book.is_open:
        book.close()


@pytest.fixture
def book(new_book):
    return new_book[0]


@pytest.fixture
def open_as(book_path):
    """Open the casebook at book_path as another user; closes whatever it opened."""
    from models.casebook import Casebook

    opened = []

    def _open(user, passphrase=PASS, **kw):
        b = Casebook.open(book_path, user, passphrase, **kw)
        opened.append(b)
        return b

    yield _open
    for b in opened:
        if b.is_open:
            b.close()


@pytest.fixture
def ctx(qtbot, book, monkeypatch):
    """An AppContext over ``book`` with a real worker; errors shown are collected in
    ``ctx.errors_shown`` instead of opening message boxes."""
    from desktop import errors
    from desktop.context import AppContext

    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    c = AppContext()
    c.attach(book)
    c.errors_shown = shown
    yield c
    c.worker.drain()
    qtbot.wait(1)
    c.detach()
    c.worker.shutdown()
