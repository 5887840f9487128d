"""The desktop's import assistant, attachments tab (add, drop, preview) and delete for good,
driven with pytest-qt over a real worker."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QWizard

from desktop.clientfile import delete_for_good
from desktop.clientfile.window import ClientFileWindow
from desktop.clipboard import ClipboardGuard
from desktop.importing.wizard import ImportWizard
from models.clients import Client
from tests.harness import session
from tests.support.attachments import CORE, GPS_TEXT, gps_jpeg, sentinel_pdf
from tests.support.importing import FRENCH_ROWS, french_csv


def _wizard(qtbot, ctx, path):
    w = ImportWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    w.file_page.load(path)
    assert w.file_page.isComplete(), w.file_page.found.text()
    return w


def test_the_assistant_detects_maps_previews_and_imports(qtbot, ctx, tmp_path):
    ctx.read(lambda b: b.clients.add(Client("Zoé Gagnon", birth_date="1988-02-03")))
    f = tmp_path / "dossiers.csv"
    f.write_bytes(french_csv())
    w = _wizard(qtbot, ctx, f)
    assert "Windows (cp1252)" in w.file_page.found.text()
    assert "Semicolon" in w.file_page.found.text()
    w.next()
    assert w.currentPage() is w.mapping_page
    assert w.mapping_page.mapping()[:3] == ["display_name", "aliases", "birth_date"]
    assert w.mapping_page.mapping()[6] == "notes"

    def no_read_on_the_gui_thread(fn):
        raise AssertionError("the preview waited on the database (issue 18)")

    ctx.read = no_read_on_the_gui_thread  # rows are compared with the casebook on the worker
    w.next()
    page = w.preview_page
    assert w.currentPage() is page and not page.isComplete()  # not before the comparison
    qtbot.waitUntil(page.isComplete)
    del ctx.read
    assert page.rows.item(0, 1).text() == "Zoé Gagnon"
    assert page.rows.item(0, 5).text().startswith("Arrivée en février")
    assert list(page.decisions) == [2]  # Zoé is already in the casebook
    page.decisions[2].setCurrentIndex(page.decisions[2].findData("merge"))
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: w.result_text != "")
    assert w.result_text == "Imported 2 clients, merged 1."
    assert ctx.read(lambda b: b.clients.count()) == 3


def test_a_bad_row_is_listed_and_nothing_can_be_imported(qtbot, ctx, tmp_path):
    rows = [list(r) for r in FRENCH_ROWS]
    rows[1][2] = "31/02/1990"
    f = tmp_path / "bad.csv"
    f.write_bytes(french_csv(rows))
    w = _wizard(qtbot, ctx, f)
    w.next()
    w.next()
    page = w.preview_page
    qtbot.waitUntil(lambda: page.matched)
    assert [page.problems.item(i).text() for i in range(page.problems.count())] == [
        "row 3, column Date de naissance: is not a date (use YYYY-MM-DD)"]
    assert not page.isComplete()
    assert not w.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert ctx.read(lambda b: b.clients.count()) == 0


@pytest.fixture
def client_file(qtbot, ctx):
    cid = ctx.read(lambda b: b.clients.add(Client("Attach Person")).id_of("clients"))
    w = ClientFileWindow(ctx, cid, ClipboardGuard())
    w.show()
    qtbot.waitUntil(lambda: w.client is not None and all(t.loaded for t in w.all_tabs))
    yield w
    if shiboken6.isValid(w):  # deleting the client closes (and deletes) the window
        w.close()


def test_attachments_added_dropped_and_previewed_from_memory(qtbot, ctx, client_file,
                                                             tmp_path):
    tab = client_file.attachments
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(gps_jpeg())
    tab.add_files([photo])
    qtbot.waitUntil(lambda: tab.table.rowCount() == 1)
    assert "hidden details (EXIF" in tab.message.text()
    # Dropping a PDF on the window attaches it too.
    pdf = tmp_path / "consent.pdf"
    pdf.write_bytes(sentinel_pdf())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(pdf))])
    drop = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    client_file.dropEvent(drop)
    qtbot.waitUntil(lambda: tab.table.rowCount() == 2)
    assert client_file.tabs.currentWidget() is tab
    # Preview the photo: an image decoded from memory, without its GPS.
    tab.table.selectRow(0)
    tab.preview()
    qtbot.waitUntil(lambda: getattr(tab, "preview_dialog", None) is not None)
    dialog = tab.preview_dialog
    assert not dialog.image.isNull() and dialog.image.width() == 64
    assert GPS_TEXT not in dialog.image.text()
    dialog.close()
    tab.table.selectRow(1)
    tab.preview()
    qtbot.waitUntil(lambda: tab.preview_dialog is not dialog)
    assert tab.preview_dialog.document.pageCount() == 1
    tab.preview_dialog.close()
    # Adding and previewing wrote nothing readable: only the two source files hold the
    # sentinels (HOME, TMPDIR and Qt's caches are inside tmp_path).
    ctx.worker.drain()
    assert session.scan([tmp_path], core=CORE, exclude={photo, pdf}) == []


def test_delete_for_good_needs_the_typed_word(qtbot, ctx, client_file, monkeypatch):
    button = client_file.findChild(type(client_file.attachments.add_button),
                                   "deleteClientForGood")
    assert button.isEnabled()  # ana is a coordinator
    dialog = delete_for_good.DeleteForGoodDialog(None, "Client")
    qtbot.addWidget(dialog)
    dialog.word.setText("delete")
    assert not dialog.ok.isEnabled()
    dialog.word.setText("DELETE")
    assert dialog.ok.isEnabled()
    monkeypatch.setattr(delete_for_good.DeleteForGoodDialog, "ask", classmethod(
        lambda cls, parent, what: True))
    button.click()
    qtbot.waitUntil(lambda: ctx.read(lambda b: b.clients.count()) == 0)
    qtbot.waitUntil(lambda: not shiboken6.isValid(client_file) or not client_file.isVisible())


def test_the_retention_rule_lists_then_deletes_only_after_confirming(qtbot, ctx, monkeypatch):
    from desktop.settings import retention as retention_ui
    from models import retention

    def add_old_closed(b):
        cid = b.clients.add(Client("Long Closed", status="closed")).id_of("clients")
        with b.store.tx():
            b.store.x("UPDATE clients SET updated_at = '2020-01-01T00:00:00+00:00'"
                      " WHERE id = ?", (cid,))
        b.clients.add(Client("Still Here", status="active"))
        return cid

    old = ctx.read(add_old_closed)
    box = retention_ui.RetentionBox(ctx)
    qtbot.addWidget(box)
    assert not box.enabled.isChecked()  # off by default
    box.enabled.setChecked(True)
    box.months.setValue(12)
    box.save()
    qtbot.waitUntil(lambda: ctx.read(retention.rule) == 12)
    shown = []
    monkeypatch.setattr(retention_ui.RetentionDialog, "ask", classmethod(
        lambda cls, parent, due, months: shown.append([d.id for d in due]) or False))
    box.show_due()
    qtbot.waitUntil(lambda: shown == [[old]])
    assert ctx.read(lambda b: b.clients.count()) == 2  # refused: nothing deleted
    monkeypatch.setattr(retention_ui.RetentionDialog, "ask", classmethod(
        lambda cls, parent, due, months: True))
    box.show_due()
    qtbot.waitUntil(lambda: ctx.read(lambda b: b.clients.count()) == 1)
    qtbot.waitUntil(lambda: box.message.text() == "Deleted 1 client for good.")
    assert ctx.read(lambda b: b.clients.search("Still Here")) != []


def test_a_sponsorship_takes_attachments_too(qtbot, ctx, tmp_path):
    from desktop.sponsorships.attachments import AttachmentsPart
    from desktop.sponsorships.detail import load_detail
    from models.sponsorship.repository import Sponsorship

    def create(b):
        changes = b.sponsorships.create(Sponsorship("Group A", sponsor_type="group_of_five"))
        sid = next(i for e, i in changes.ids if e == "sponsorships")
        return load_detail(b, sid)

    detail = ctx.read(create)
    part = AttachmentsPart(ctx)
    qtbot.addWidget(part)
    part.show_detail(detail)
    pdf = tmp_path / "undertaking.pdf"
    pdf.write_bytes(sentinel_pdf())
    part.add_files([pdf])
    qtbot.waitUntil(lambda: part.table.rowCount() == 1)
    assert part.message.text() == "undertaking.pdf: Attached."
    part.table.selectRow(0)
    part.preview()
    qtbot.waitUntil(lambda: getattr(part, "preview_dialog", None) is not None)
    assert part.preview_dialog.document.pageCount() == 1
    part.preview_dialog.close()


def test_the_assistant_offers_another_sheet_of_follow_ups(qtbot, ctx, tmp_path):
    import datetime as dt

    import openpyxl

    xlsx = tmp_path / "dossiers.xlsx"
    wb = openpyxl.Workbook()
    main = wb.active
    main.title = "Dossiers"
    main.append(["Nom", "Ville"])
    main.append(["Zoé Gagnon", "Montréal"])
    follow = wb.create_sheet("Suivis")
    follow.append(["Nom", "Date de suivi", "Tâche de suivi", "Remarques"])
    follow.append(["Zoé Gagnon", dt.date(2031, 2, 1), "Logement", "Appel fait"])
    wb.create_sheet("Vide").append(["rien"])
    wb.save(xlsx)
    w = _wizard(qtbot, ctx, xlsx)
    assert w.file_page.sheet.currentData() == "Dossiers"
    w.next()
    (check, name, _), = w.mapping_page.sheet_boxes
    assert name == "Suivis" and check.isChecked() and "“Nom”" in check.text()
    w.next()
    assert w.preview_page.rows.item(0, 5).text() == "Appel fait"
    qtbot.waitUntil(w.preview_page.isComplete)  # compared with the casebook on the worker
    w.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: w.result_text != "")
    followups = ctx.read(lambda b: b.followups.for_client(b.clients.search("Zoé")[0]))
    assert [(f.due_date, f.title) for f in followups] == [("2031-02-01", "Logement")]


def test_the_wheel_leaves_the_column_and_row_choices_alone(qtbot, ctx, tmp_path):
    """Issue 16: the drop-downs built for each column (and each possible match) came after
    the assistant was guarded, so scrolling the table changed whichever passed under the
    pointer."""
    from tests.support.input_events import wheel

    ctx.read(lambda b: b.clients.add(Client("Zoé Gagnon", birth_date="1988-02-03")))
    f = tmp_path / "dossiers.csv"
    f.write_bytes(french_csv())
    w = _wizard(qtbot, ctx, f)
    w.next()
    mapping = w.mapping_page
    before = mapping.mapping()
    mapping.table.setFocus()
    for combo in mapping.combos:
        wheel(combo)
    assert mapping.mapping() == before
    assert all(c.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel gives no focus
               for c in mapping.combos)
    w.next()
    page = w.preview_page
    qtbot.waitUntil(page.isComplete)
    page.matches.setFocus()
    decided = page.decided()
    wheel(page.decisions[2])
    assert page.decided() == decided
