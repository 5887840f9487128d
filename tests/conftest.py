"""Shared fixtures. Sockets are blocked for the whole suite (pytest-socket, see pyproject)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

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
    from desktop import create_wizard

    monkeypatch.setattr(create_wizard.RecoveryKeyPrompt, "ask",
                        classmethod(lambda cls, parent: True))


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


class _RepeatableSalts:
    """Salts for new key slots and casebook id salts that repeat from one test to the next:
    the n-th salt a test asks for is the same in every test, and differs from every other
    salt in that test and from those of the session's shared casebooks (another scope).
    A fixture that makes the same casebook, or adds the same member with the same
    passphrase, in many tests then derives its keys once per session (issue 18: the suite
    spent most of its time in Argon2id). Only the tests' salts repeat; the product and the
    calibration still draw from ``os.urandom``."""

    def __init__(self) -> None:
        self.in_test, self.test_n, self.session_n = False, 0, 0

    def next(self, size: int) -> bytes:
        if self.in_test:
            self.test_n += 1
            name = f"test:{self.test_n}"
        else:
            self.session_n += 1
            name = f"session:{self.session_n}"
        return hashlib.sha256(name.encode()).digest()[:size]


_SALTS = _RepeatableSalts()


class _OsWithRepeatableSalts:
    """``os`` as one module sees it, where ``urandom`` asked for a salt by one of
    ``callers`` (function names) returns the test's next repeatable salt."""

    def __init__(self, size: int, callers: frozenset[str]) -> None:
        self._size, self._callers = size, callers

    def __getattr__(self, name: str):  # noqa: ANN204 - everything else is the real os
        return getattr(os, name)

    def urandom(self, size: int) -> bytes:
        if size == self._size and sys._getframe(1).f_code.co_name in self._callers:
            return _SALTS.next(size)
        return os.urandom(size)


@pytest.fixture(scope="session", autouse=True)
def _memoised_argon2():
    """Argon2id is a pure function: remember each (secret, salt, parameters) result for the
    session, so opening a copy of the template casebook costs no key derivation. The product
    is untouched (this lives only in the test suite) and every derivation still goes through
    ``keyslots.derive`` with the real parameters; a wrong passphrase is still derived in
    full, and so is a new salt the first time (salts repeat across tests: _RepeatableSalts).
    """
    import functools

    from models import casebook
    from models.security import keyslots

    real = keyslots.hash_secret_raw
    remembered = functools.lru_cache(maxsize=4096)(real)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keyslots, "hash_secret_raw", remembered)
        mp.setattr(keyslots, "os", _OsWithRepeatableSalts(keyslots.SALT_BYTES,
                                                          frozenset({"new_slot"})))
        mp.setattr(casebook, "os", _OsWithRepeatableSalts(keyslots.SALT_BYTES,
                                                          frozenset({"create"})))
        yield


@pytest.fixture(autouse=True)
def _repeatable_salts():
    """Each test starts the same sequence of salts; fixtures of a wider scope, made between
    tests, draw from the session's own sequence."""
    _SALTS.in_test, _SALTS.test_n = True, 0
    yield
    _SALTS.in_test = False


@pytest.fixture(scope="session")
def _template_book(tmp_path_factory):
    """One casebook made by coordinator 'ana' per session (three Argon2id derivations);
    ``new_book`` copies its files instead of creating a casebook for every test. The copies
    share the casebook id, which no test relies on being unique."""
    from models.casebook import Casebook
    from models.security.keyslots import KdfParams

    folder = tmp_path_factory.mktemp("template")
    book, recovery = Casebook.create(folder / "test.wsdb", "ana", PASS, kdf=KdfParams())
    book.close()
    return folder, recovery


def _copy_template(template: Path, book_path: Path) -> None:
    for src in sorted(template.iterdir()):
        # The lock and the attempts counter belong to one casebook's life, not its content.
        if src.name.endswith((".lock", ".attempts")):
            continue
        shutil.copy2(src, book_path.with_name(src.name.replace("test.wsdb", book_path.name)))


@pytest.fixture
def new_book(book_path, _template_book):
    """A fresh casebook opened by coordinator 'ana'; yields (book, recovery_key). A copy of
    the session's template, opened (its audit log ends with 'unlock' after 'create')."""
    from models.casebook import Casebook

    template, recovery = _template_book
    _copy_template(template, book_path)
    book = Casebook.open(book_path, "ana", PASS)
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
    # Every answer delivered on the GUI thread (an answer may ask for more) before the
    # casebook goes: wait for the worker's count, not for a fixed time.
    qtbot.waitUntil(lambda: c.worker.pending == 0, timeout=10000)
    c.detach()
    c.worker.shutdown()
