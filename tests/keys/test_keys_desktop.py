"""Issue 12 in the desktop: strength meters where a new passphrase is typed, a new recovery
key from Settings › Users shown once, and changing one's own passphrase."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.settings.page import SettingsPage
from desktop.settings.users import AddUserDialog, ChangePassphraseDialog, RecoveryKeyDialog
from models.casebook import Casebook
from models.errors import WrongPassphrase
from tests.conftest import PASS


@pytest.fixture
def page(qtbot, ctx, monkeypatch):
    import models.screening.casebook_packs

    # The rule-pack list is not what these tests are about; parsing the packs is slow.
    monkeypatch.setattr(models.screening.casebook_packs, "versions", lambda store: [])
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    ctx.changed.connect(p.refresh)
    return p


def test_the_wizard_meter_refuses_a_weak_passphrase(qtbot):
    from desktop.create_wizard import _CoordinatorPage

    page = _CoordinatorPage()
    qtbot.addWidget(page)
    page.user.setText("ana")
    for text in ("password", "aaaaaaaa"):
        page.passphrase.setText(text)
        page.again.setText(text)
        assert not page.isComplete()
        assert page.meter.verdict.text().startswith("Too weak")
    page.passphrase.setText(PASS)
    page.again.setText(PASS)
    assert page.isComplete() and "strong" in page.meter.verdict.text()


def test_add_user_dialog_shows_why_a_passphrase_is_weak(qtbot):
    dialog = AddUserDialog(None)
    qtbot.addWidget(dialog)
    dialog.name.setText("dee")
    dialog.passphrase.setText("password")
    dialog.again.setText("password")
    assert "too easy to guess" in dialog.meter.verdict.text()
    dialog.try_accept()
    assert not dialog.result() and "too easy to guess" in dialog.message.text()


def test_new_recovery_key_from_settings_is_shown_once(qtbot, page, new_book, book_path,
                                                      monkeypatch):
    _, old = new_book
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(RecoveryKeyDialog, "exec",
                        lambda self: shown.append(self.key.text()) or 0)
    assert page.new_recovery_button.isEnabled()
    page.new_recovery_key()
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    page.ctx.worker.drain()
    page.ctx.detach()
    new_book[0].close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(book_path, "ana", recovery_key=old)
    Casebook.open(book_path, "ana", recovery_key=shown[0]).close()


def test_change_my_passphrase_from_settings(qtbot, page, new_book, book_path, monkeypatch):
    def fill(dialog):
        assert isinstance(dialog, ChangePassphraseDialog)
        dialog.old.setText(PASS)
        dialog.passphrase.setText("a different long passphrase")
        dialog.again.setText("a different long passphrase")
        dialog.try_accept()
        return dialog.result()

    done: list[str] = []
    page.ctx.status_message.connect(done.append)
    monkeypatch.setattr(ChangePassphraseDialog, "exec", fill)
    page.change_my_passphrase()
    qtbot.waitUntil(lambda: any("changed" in m for m in done), timeout=20000)
    page.ctx.worker.drain()
    page.ctx.detach()
    new_book[0].close()
    Casebook.open(book_path, "ana", "a different long passphrase").close()
