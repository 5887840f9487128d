"""Documents in the app: preview from memory, explicit unencrypted save, print with a
warning, batch letters with progress and cancel, the recovery sheet; no temporary files."""

from __future__ import annotations

import os

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox

from desktop import documents, errors, letter_batch
from desktop.documents import DocumentPreview
from desktop.letter_batch import BatchLetters
from reports import referral_letter, samples
from tests.support.documents import flat, make_casebook, pdf_text


def files_under(*roots):
    found = set()
    for root in roots:
        for folder, _, names in os.walk(root):
            found |= {os.path.join(folder, n) for n in names}
    return found


def test_preview_loads_pages_from_memory_and_writes_nothing(qtbot, tmp_path):
    # TMPDIR, HOME and the XDG folders all point inside tmp_path (conftest).
    before = files_under(tmp_path)
    dialog = DocumentPreview(referral_letter(samples.letter("fr")), "Letter", "l.pdf")
    dialog.show()
    qtbot.waitUntil(lambda: dialog.documents[0].pageCount() >= 1)
    assert "memory" in dialog.info.text()
    dialog.close()
    after = files_under(tmp_path)
    assert after - before == set()


def test_save_warns_and_writes_only_after_confirmation(qtbot, tmp_path, monkeypatch):
    pdf = referral_letter(samples.letter())
    dialog = DocumentPreview(pdf, "Letter", "l.pdf")
    target = tmp_path / "out.pdf"
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: (
        warned.append(a[2]), QMessageBox.StandardButton.Cancel)[1])
    monkeypatch.setattr(dialog, "choose_file", lambda: target)
    dialog.save_as()
    assert warned and "NOT be encrypted" in warned[0]
    assert not target.exists()
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: QMessageBox.StandardButton.Save)
    dialog.save_as()
    assert target.read_bytes() == pdf
    assert dialog.saved_to == target and "not encrypted" in dialog.info.text()


def test_print_warns_about_the_spooler_then_renders_every_page(qtbot, tmp_path, monkeypatch):
    dialog = DocumentPreview([("a", referral_letter(samples.letter())),
                              ("b", referral_letter(samples.letter("es")))], "Letters", "x.pdf")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(a[2]), QMessageBox.StandardButton.Cancel)[1])
    monkeypatch.setattr(dialog, "choose_printer", lambda p: pytest.fail("asked for printer"))
    dialog.print_document()
    assert "print system" in asked[0] and "Waystation cannot erase" in asked[0]
    out = tmp_path / "printed.pdf"

    def to_file(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(72)
        return True

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(dialog, "choose_printer", to_file)
    dialog.print_document()
    from pypdf import PdfReader

    assert len(PdfReader(out).pages) == 2


def test_letter_and_packet_previews_through_the_worker(qtbot, ctx, book):
    _, _, rid = make_casebook(book, fields=("display_name", "city"))
    shown = []
    documents.preview_letter(None, ctx, rid, "es", on_shown=shown.append)
    documents.preview_packet(None, ctx, rid, on_shown=shown.append)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert [d.windowTitle() for d in shown] == ["Referral letter", "Referral packet"]
    assert shown[1].documents[0].pageCount() >= 3
    for d in shown:
        d.close()
    assert not ctx.errors_shown


def test_a_referral_without_consent_says_so(qtbot, ctx, book):
    from models.referrals import Referral

    cid, pid, _ = make_casebook(book)
    rid = book.referrals.create(Referral(cid, pid, "health")).id_of("referrals")
    documents.preview_letter(None, ctx, rid)
    qtbot.waitUntil(lambda: bool(ctx.errors_shown), timeout=10000)
    assert "no valid consent" in errors.message_for(ctx.errors_shown[0])


def test_batch_letters_combine_and_skip_without_consent(qtbot, ctx, book, tmp_path,
                                                        monkeypatch):
    from models.referrals import Referral

    ids = [make_casebook(book, status="sent")[2] for _ in range(5)]
    cid, pid, _ = make_casebook(book)
    ids.append(book.referrals.create(Referral(cid, pid, "food")).id_of("referrals"))
    shown = []
    batch = letter_batch.batch_letters(None, ctx, ids, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    preview = shown[0]
    assert len(preview.parts) == 5 and batch.skipped == 1
    out = tmp_path / "all.pdf"
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Save)
    monkeypatch.setattr(preview, "choose_file", lambda: out)
    preview.save_as()
    assert flat(pdf_text(out.read_bytes())).count("Dear colleagues") == 5
    preview.close()
    week = []
    letter_batch.batch_letters_this_week(None, ctx, on_shown=week.append)
    qtbot.waitUntil(lambda: bool(week), timeout=20000)
    assert len(week[0].parts) == 5
    week[0].close()


def test_batch_cancel_stops_and_shows_nothing(qtbot, ctx, book):
    ids = [make_casebook(book, status="sent")[2] for _ in range(9)]
    shown = []
    batch = BatchLetters(None, ctx, ids, on_shown=shown.append)
    batch.start()
    from PySide6.QtWidgets import QPushButton

    batch.findChild(QPushButton).click()  # the Cancel button
    qtbot.waitUntil(lambda: ctx.worker.pending == 0)
    assert not shown and batch.done == [] and batch._next <= letter_batch.BATCH_CHUNK


def test_recovery_sheet(qtbot, tmp_path):
    dialog = documents.show_recovery_sheet(None, tmp_path / "secret-folder" / "riverside.wsdb",
                                           "ABCD-EFGH-IJKL-MNOP")
    assert dialog is not None and dialog.isModal()
    text = flat(pdf_text(dialog.parts[0][1]))
    assert "riverside.wsdb" in text and "secret-folder" not in text
    assert "ABCD" in text
    dialog.close()


def test_backup_and_restore_dialogs(qtbot, ctx, book, book_path, tmp_path, monkeypatch):
    from desktop.backup_dialog import BackupDialog
    from desktop.restore_dialog import RestoreDialog, free_name

    target = tmp_path / "b.wsbak"
    monkeypatch.setattr(BackupDialog, "choose_file", staticmethod(lambda parent, s: target))
    BackupDialog.ask(None, ctx)
    qtbot.waitUntil(lambda: target.exists() and ctx.worker.pending == 0, timeout=10000)
    assert not ctx.errors_shown
    dialog = RestoreDialog(None, book_path)
    qtbot.addWidget(dialog)
    assert dialog.target.text() == str(free_name(book_path.parent, book_path.stem))
    dialog.backup.setText(str(target))
    dialog.target.setText(str(book_path))  # the existing casebook: refused, not overwritten
    size = book_path.stat().st_size
    copied_on = []
    import threading

    from models.transfer import backup

    real = backup.restore_backup
    monkeypatch.setattr(backup, "restore_backup", lambda *a: (
        copied_on.append(threading.current_thread() is threading.main_thread()), real(*a))[1])
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy)  # the copy runs on a thread of its own
    assert dialog.restored is None and "already exists" in dialog.message.text()
    assert book_path.stat().st_size == size
    dialog.target.setText(str(tmp_path / "restored"))
    dialog.restore()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.restored == tmp_path / "restored.wsdb" and dialog.restored.exists()
    assert copied_on == [False, False]  # issue 18: never on the GUI thread
