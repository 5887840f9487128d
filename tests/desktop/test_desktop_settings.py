"""Settings: users (coordinator only), letterhead with logo and sample preview, auto-lock
minutes broadcast as a settings change, rule packs with import of a newer version."""

from __future__ import annotations

import base64

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox

from desktop import errors
from desktop.settings import page as settings_page
from desktop.settings.page import SettingsPage
from desktop.settings.users import AddUserDialog, ResetDialog
from models.casebook import Casebook
from models.errors import InvalidInput
from models.security.keyslots import KdfParams
from tests.conftest import PASS
from tests.support.images import write_logo


@pytest.fixture
def page(qtbot, ctx):  # noqa: F811
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    ctx.changed.connect(p.refresh)
    qtbot.waitUntil(lambda: p.packs_model.rowCount() > 0)  # pack versions come from the worker
    return p


def test_pack_versions_are_not_read_while_the_window_waits(qtbot, ctx, monkeypatch):
    # Issue 18: the synchronous read of pack versions could hit the worker's 5 s timeout
    # with the GUI thread blocked.
    from models.screening import casebook_packs as rulepacks

    waiting, read_while_waiting = [False], []
    real_call, real_versions = ctx.worker.call, rulepacks.versions

    def call(fn, timeout=5.0):  # noqa: ANN001, ANN202
        waiting[0] = True
        try:
            return real_call(fn, timeout)
        finally:
            waiting[0] = False

    def versions(store):  # noqa: ANN001, ANN202
        read_while_waiting.append(waiting[0])
        return real_versions(store)

    monkeypatch.setattr(ctx.worker, "call", call)
    monkeypatch.setattr(rulepacks, "versions", versions)
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    qtbot.waitUntil(lambda: p.packs_model.rowCount() > 0)
    assert read_while_waiting and not any(read_while_waiting)


def test_models_pass_the_tester(qtmodeltester, page):
    qtmodeltester.check(page.users_model)
    qtmodeltester.check(page.packs_model)
    assert [u.name for u in page.users_model.rows()] == ["ana"]
    assert {p[0] for p in page.packs_model.rows()} >= {"ca-refugee-claim"}


def test_add_user_then_reset_with_recovery_key(qtbot, page, new_book, book_path, monkeypatch):
    _, recovery = new_book

    def fill_add(dialog):
        dialog.name.setText("bea")
        dialog.role.setCurrentIndex(dialog.role.findData("caseworker"))
        dialog.passphrase.setText("bea's first passphrase")
        dialog.again.setText("bea's first passphrase")
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(AddUserDialog, "exec", fill_add)
    page.add_user()
    qtbot.waitUntil(lambda: "bea" in [u.name for u in page.users_model.rows()], timeout=10000)
    row = [u.name for u in page.users_model.rows()].index("bea")
    page.users.selectRow(row)
    assert page.reset_user_button.isEnabled() and page.remove_user_button.isEnabled()

    def fill_reset(dialog):
        dialog.recovery.setText(recovery)
        dialog.passphrase.setText("bea's new passphrase")
        dialog.again.setText("bea's new passphrase")
        dialog.try_accept()
        return dialog.result()

    monkeypatch.setattr(ResetDialog, "exec", fill_reset)
    page.reset_user()
    qtbot.waitUntil(lambda: page.ctx.worker.pending == 0)
    assert not page.ctx.errors_shown
    page.ctx.worker.call(new_book[0].close)
    Casebook.open(book_path, "bea", "bea's new passphrase").close()


def test_add_user_dialog_refuses_mismatch(qtbot):
    d = AddUserDialog(None)
    qtbot.addWidget(d)
    d.name.setText("cy")
    d.passphrase.setText("long enough one")
    d.again.setText("long enough two")
    d.try_accept()
    assert "differ" in d.message.text() and not d.result()


def test_cannot_remove_yourself(page):
    page.users.selectRow(0)
    assert not page.remove_user_button.isEnabled()
    assert "your own account" in page.remove_user_button.toolTip()


def test_letterhead_logo_and_sample(qtbot, page, ctx, book, tmp_path, monkeypatch):  # noqa: F811
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#225588"))
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    logo = tmp_path / "logo.png"
    logo.write_bytes(bytes(buf.data()))
    monkeypatch.setattr(page, "choose_file", lambda: logo)
    page.choose_logo()
    assert page.logo_png and page.logo.pixmap() is not None
    page.org_name.setText("Harbour Welcome Circle")
    page.signatory_name.setText("Marisol Peña")
    page.save_letterhead()
    qtbot.waitUntil(lambda: ctx.worker.pending == 0)
    lh = ctx.read(lambda b: b.settings.letterhead())
    assert lh.org_name == "Harbour Welcome Circle"
    assert base64.b64decode(lh.logo_png) == logo.read_bytes()
    page.sample_lang.setCurrentIndex(page.sample_lang.findData("es"))
    page.preview_sample()
    from tests.support.documents import flat, pdf_text

    text = flat(pdf_text(page.sample_preview.parts[0][1]))
    assert "Harbour Welcome Circle" in text and "Marisol Peña" in text and "derivación" in text
    page.sample_preview.close()
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    monkeypatch.setattr(page, "choose_file", lambda: bad)
    page.choose_logo()
    assert "not a PNG" in errors.message_for(ctx.errors_shown[-1])


def test_auto_lock_minutes_are_saved_and_broadcast(qtbot, page, ctx):  # noqa: F811
    seen = []
    ctx.changed.connect(seen.append)
    page.auto_lock.setValue(12)
    page.save_auto_lock()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0].touches("settings")
    assert ctx.read(lambda b: b.settings.get("auto_lock_minutes")) == 12


def test_import_a_newer_pack(qtbot, page, ctx, tmp_path, monkeypatch):  # noqa: F811
    from models.screening import PACKS_DIR

    text = (PACKS_DIR / "ca-refugee-claim.yaml").read_text(encoding="utf-8")
    current = next(p[1] for p in page.packs_model.rows() if p[0] == "ca-refugee-claim")
    newer = text.replace(f'version: "{current}"', 'version: "2099.01.1"', 1)
    assert newer != text
    pack = tmp_path / "newer.yaml"
    pack.write_text(newer, encoding="utf-8")
    monkeypatch.setattr(page, "choose_pack", lambda: pack)
    page.import_pack()
    qtbot.waitUntil(lambda: ("ca-refugee-claim", "2099.01.1") in
                    [(p[0], p[1]) for p in page.packs_model.rows()], timeout=20000)
    page.import_pack()  # the same version again: refused with one sentence
    qtbot.waitUntil(lambda: bool(ctx.errors_shown), timeout=20000)
    assert "not newer" in errors.message_for(ctx.errors_shown[-1])


def test_volunteer_sees_disabled_controls_with_reasons(qtbot, ctx):  # noqa: F811
    ctx.role = "volunteer"
    p = SettingsPage(ctx)
    qtbot.addWidget(p)
    for b in (p.add_user_button, p.remove_user_button, p.reset_user_button):
        assert not b.isEnabled() and "manage users" in b.toolTip()
    assert not p.save_letterhead_button.isEnabled()
    assert "change casebook settings" in p.save_letterhead_button.toolTip()
    assert not p.import_button.isEnabled() and "rule packs" in p.import_button.toolTip()
    assert p.sample_button.isEnabled()


def test_remove_user(qtbot, page, ctx, book, monkeypatch):  # noqa: F811
    book.users.add("dan", "volunteer", PASS + "x", kdf=KdfParams())
    page.reload()  # filled from the worker (issue 18)
    qtbot.waitUntil(lambda: "dan" in [u.name for u in page.users_model.rows()])
    monkeypatch.setattr(settings_page.QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.users.selectRow([u.name for u in page.users_model.rows()].index("dan"))
    page.remove_user()
    qtbot.waitUntil(lambda: "dan" not in [u.name for u in page.users_model.rows()],
                    timeout=10000)


def test_a_letterhead_whose_save_fails_stays_unsaved(qtbot, page, ctx, monkeypatch):  # noqa: F811
    """Issue 16: Settings counted as saved when Save was clicked; a save the casebook
    refuses must leave the input unsaved (asked about, kept across a lock)."""
    from desktop import unsaved

    asked = []
    monkeypatch.setattr(unsaved.DiscardPrompt, "ask",
                        classmethod(lambda cls, parent, what: asked.append(what) or False))
    page.org_name.setText("Harbour Welcome Circle")
    page.address.setPlainText("12 Harbour Road " * 200)  # over 2,000 characters: refused
    page.save_letterhead_button.click()
    qtbot.waitUntil(lambda: bool(ctx.errors_shown))
    assert isinstance(ctx.errors_shown[-1], InvalidInput)
    assert page.is_dirty()
    assert not page.may_discard() and asked == ["the settings"]  # Keep editing
    assert page.org_name.text() == "Harbour Welcome Circle"
    page.address.setPlainText("12 Harbour Road")  # corrected: saved this time
    with qtbot.waitSignal(ctx.status_message):
        page.save_letterhead_button.click()
    assert not page.is_dirty()
    assert ctx.read(lambda b: b.settings.letterhead().org_name) == "Harbour Welcome Circle"


def test_saving_one_part_of_settings_leaves_the_other_unsaved(qtbot, page, ctx):  # noqa: F811
    """The letterhead and the lock time have their own Save buttons: saving one, or typing
    while a save runs, does not mark the rest as saved."""
    minutes = page.auto_lock.value()
    page.auto_lock.setValue(minutes + 3)
    page.org_name.setText("Harbour Welcome Circle")
    with qtbot.waitSignal(ctx.status_message):
        page.save_letterhead_button.click()
        page.signatory_name.setText("Marisol Peña")  # typed while the save runs
    assert page.is_dirty()
    with qtbot.waitSignal(ctx.status_message):
        page.save_lock_button.click()
    assert page.is_dirty()  # the signatory typed during the letterhead's save
    with qtbot.waitSignal(ctx.status_message):
        page.save_letterhead_button.click()
    assert not page.is_dirty()
    assert ctx.read(lambda b: b.settings.get("auto_lock_minutes")) == minutes + 3


def test_a_chosen_logo_is_unsaved_until_the_letterhead_is_saved(qtbot, page, ctx, tmp_path,  # noqa: F811
                                                                monkeypatch):
    logo = write_logo(tmp_path)
    monkeypatch.setattr(page, "choose_file", lambda: logo)
    page.logo_button.click()
    assert page.logo_png and page.is_dirty()
    with qtbot.waitSignal(ctx.status_message):
        page.save_letterhead_button.click()
    assert not page.is_dirty()
    page.logo_remove.click()
    assert page.logo_png is None and page.is_dirty()  # removing is unsaved input too


def test_the_wheel_scrolling_settings_changes_no_choice(qtbot, page):  # noqa: F811
    """Settings scrolls: the wheel passing over the interface language (saved the moment it
    changes) or the retention months must not change them (issue 16)."""
    from desktop import i18n
    from tests.support.input_events import wheel

    page.show()
    page.users.setFocus()
    language, months = i18n.chosen(), page.retention.months.value()
    for field in (page.language.choice, page.retention.months, page.auto_lock):
        wheel(field)  # down: the next language, one month less
    assert i18n.chosen() == language and page.language.choice.currentIndex() == 0
    assert page.retention.months.value() == months and not page.is_dirty()


def test_a_retention_rule_typed_and_not_saved_is_unsaved_input(qtbot, page, ctx,  # noqa: F811
                                                               monkeypatch):
    from desktop import unsaved

    asked = []
    monkeypatch.setattr(unsaved.DiscardPrompt, "ask",
                        classmethod(lambda cls, parent, what: asked.append(what) or False))
    page.retention.enabled.setChecked(True)
    page.retention.months.setValue(36)
    assert page.is_dirty()
    assert not page.may_discard() and asked == ["the settings"]  # Keep editing
    with qtbot.waitSignal(page.retention.rule_saved):
        page.retention.save_button.click()
    assert not page.is_dirty()
    from models import retention

    assert ctx.read(retention.rule) == 36


def test_add_user_asks_before_dropping_a_typed_name_and_never_keeps_a_passphrase(  # noqa: F811
        qtbot, page, ctx, monkeypatch):
    from PySide6.QtCore import Qt

    from desktop import unsaved

    asked = []
    monkeypatch.setattr(unsaved.DiscardPrompt, "ask",
                        classmethod(lambda cls, parent, what: asked.append(what) or False))
    d = AddUserDialog(page)
    qtbot.addWidget(d)
    d.show()
    d.passphrase.setText("bea's first passphrase")
    qtbot.keyClick(d, Qt.Key.Key_Escape)  # a passphrase alone is typed input too
    assert asked == ["the new user"] and d.isVisible()
    asked.clear()
    d.name.setText("bea")
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == ["the new user"] and d.isVisible()
    d.close()  # the close button asks the same, and keeps what was typed
    assert len(asked) == 2 and d.isVisible()
    assert d.name.text() == "bea" and d.passphrase.text() == "bea's first passphrase"
    d.keep_draft()  # what a lock does with every open form
    d.close()
    assert not d.isVisible() and d.passphrase.text() == ""
    assert "bea's first passphrase" not in repr(ctx._drafts)  # a secret is never kept
    again = AddUserDialog(page)
    qtbot.addWidget(again)
    assert again.name.text() == "bea" and again.passphrase.text() == ""
    assert again.is_dirty()
    again.mark_clean()


@pytest.mark.parametrize("dialog", ["reset", "change"])
def test_the_passphrase_dialogs_ask_before_escape_drops_what_was_typed(qtbot, page,  # noqa: F811
                                                                      monkeypatch, dialog):
    from PySide6.QtCore import Qt

    from desktop import unsaved
    from desktop.settings.users import ChangePassphraseDialog

    asked = []
    monkeypatch.setattr(unsaved.DiscardPrompt, "ask",
                        classmethod(lambda cls, parent, what: asked.append(what) or False))
    d = ResetDialog(page, "bea") if dialog == "reset" else ChangePassphraseDialog(page, "ana")
    qtbot.addWidget(d)
    d.show()
    first = d.recovery if dialog == "reset" else d.old
    first.setText("ABCD-EFGH-JKMN-PQRS")  # typed from the printed sheet
    qtbot.keyClick(d, Qt.Key.Key_Escape)
    assert asked == [f"the passphrase {dialog}"] and d.isVisible()
    assert first.text() == "ABCD-EFGH-JKMN-PQRS"
    d.keep_draft()  # a lock: nothing is kept, and the dialog closes
    d.close()
    assert not d.isVisible() and first.text() == "" and len(asked) == 1
    assert page.ctx.draft_keys() == []
