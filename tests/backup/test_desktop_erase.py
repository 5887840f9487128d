"""Emergency erase from the app (S11): from the main window and from the unlock screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from desktop import erase_dialog, errors
from desktop.app import AppController
from desktop.erase_dialog import EraseDialog
from models.casebook import Casebook, casebook_files
from tests.conftest import PASS
from tests.support.shell import unlock


@pytest.fixture
def controller(qtbot, new_book, book_path, monkeypatch):
    book, recovery = new_book
    book.close()
    monkeypatch.setattr(errors, "show_error", lambda *a, **k: None)
    monkeypatch.setattr(erase_dialog, "show_report", lambda parent, report: None)
    c = AppController(book_path, "ana")
    c.recovery = recovery
    c.show()
    yield c
    c.shutdown()


def _drive(monkeypatch, word, user="", passphrase=""):
    """Replace exec() so the dialog is filled in and submitted as a person would."""
    def fake_exec(self):
        self.word.setText(word)
        self.user.setText(user)
        self.passphrase.setText(passphrase)
        if self.erase_button.isEnabled():
            self.erase_button.click()
        return self.result()
    monkeypatch.setattr(EraseDialog, "exec", fake_exec)


def test_erase_needs_the_word(qtbot, controller, book_path, monkeypatch):
    unlock(qtbot, controller)
    _drive(monkeypatch, "erase")
    controller.erase_from_main()
    assert book_path.exists() and controller.main is not None


def test_erase_from_the_main_window_destroys_every_file(qtbot, controller, book_path,
                                                       monkeypatch):
    unlock(qtbot, controller)
    _drive(monkeypatch, "ERASE")
    controller.erase_from_main()
    assert controller.main is None and controller.unlock_window.isVisible()
    assert not any(p.exists() for p in casebook_files(book_path)[:4])
    assert list(book_path.parent.iterdir()) == []
    with pytest.raises(Exception):  # noqa: B017 - any refusal: the files are gone
        Casebook.open(book_path, "ana", PASS)


def test_erase_from_the_unlock_screen_checks_the_passphrase(qtbot, controller, book_path,
                                                           monkeypatch):
    _drive(monkeypatch, "ERASE", "ana", "wrong passphrase")
    controller.erase_from_unlock(book_path)
    assert book_path.exists()
    _drive(monkeypatch, "ERASE", "ana", PASS)
    controller.erase_from_unlock(book_path)
    assert not book_path.exists()
    with pytest.raises(Exception):  # noqa: B017
        Casebook.open(book_path, "ana", None, recovery_key=controller.recovery)


def test_erase_dialog_button_enabled_only_by_the_word(qtbot, tmp_path):
    dialog = EraseDialog(None, None, tmp_path / "x.wsdb")
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    dialog.word.setText("ERAS")
    assert not dialog.erase_button.isEnabled()
    dialog.word.setText("ERASE")
    assert dialog.erase_button.isEnabled()
    assert dialog.buttons.buttonRole(dialog.erase_button) == \
        QDialogButtonBox.ButtonRole.DestructiveRole
