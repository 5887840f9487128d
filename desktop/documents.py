"""Showing, printing and saving documents without leaving a plaintext file behind.

A document is PDF bytes made on the worker. The preview loads them from a ``QBuffer`` in
memory (QtPdf), so previewing writes nothing. Printing renders the pages into the system's
printer and says first that the operating system's print path keeps its own unencrypted copy
(a spool file, the print queue) that Waystation cannot control. "Save as PDF…" is an explicit
action that warns the file will not be encrypted, then writes atomically.

    DocumentPreview(pdf, title, file_name, parent)   the dialog
    preview_letter(parent, ctx, referral_id, lang)   make on the worker, then preview
    preview_packet(parent, ctx, referral_id, lang)
    preview_bytes(parent, ctx, make, title, file_name)   any ``make(book) -> bytes``
    show_recovery_sheet(parent, path, recovery_key)  the once-only recovery sheet

Many referral letters at once, with progress and cancel, are desktop/letter_batch.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import errors, file_dialogs, screen_fit
from desktop.counts import counted
from models.db.atomic import atomic_write_bytes
from models.errors import InvalidInput

try:  # QtPdf ships as its own wheel (PySide6-Pdf) from Qt 6.12 on
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - the preview then says what is missing
    QPdfDocument = None  # type: ignore[assignment,misc]
    QPdfView = None  # type: ignore[assignment,misc]

PRINT_WARNING = QT_TRANSLATE_NOOP(
    "documents",
    "Printing hands an unencrypted copy of this document to your computer's print system. "
    "It may keep that copy in its print queue or history, where Waystation cannot erase it. "
    "Print only on a computer and printer you trust."
)
SAVE_WARNING = QT_TRANSLATE_NOOP(
    "documents",
    "The saved PDF file will NOT be encrypted: anyone who can open the file can read it. "
    "Save it only where it is safe, and delete it when it is no longer needed."
)
MAX_PRINT_DPI = 300  # sharp on paper; a 1200-dpi page image would take half a gigabyte


class PdfUnavailable(InvalidInput):
    def __init__(self) -> None:
        super().__init__("preview", "needs the Qt PDF module (install PySide6-Pdf)")


def load_pdf(parent: QWidget, pdf: bytes) -> tuple[Any, QBuffer]:
    """A QPdfDocument reading from memory; the buffer must live as long as the document."""
    if QPdfDocument is None:
        raise PdfUnavailable()
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise InvalidInput("document", "could not be shown")
    return document, buffer


def render_to_printer(documents: list[Any], printer: QPrinter) -> int:
    """Draw every page of ``documents`` into ``printer`` as one job; returns pages printed."""
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    pages = 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        for doc in documents:
            for i in range(doc.pageCount()):
                if pages:
                    printer.newPage()
                size = doc.pagePointSize(i)
                image = doc.render(i, QSize(max(1, round(size.width() * dpi / 72)),
                                            max(1, round(size.height() * dpi / 72))))
                area = painter.viewport()
                scale = min(area.width() / image.width(), area.height() / image.height())
                w, h = round(image.width() * scale), round(image.height() * scale)
                painter.drawImage(QRect(area.x() + (area.width() - w) // 2, area.y(), w, h),
                                  image)
                pages += 1
    finally:
        painter.end()
    return pages


class DocumentPreview(QDialog):
    """One or more PDFs shown from memory, with Print… and Save as PDF…."""

    def __init__(self, pdfs: bytes | list[tuple[str, bytes]], title: str, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.file_name = file_name
        self.parts: list[tuple[str, bytes]] = ([(title, pdfs)] if isinstance(pdfs, bytes)
                                               else list(pdfs))
        self.saved_to: Path | None = None
        self._loaded: list[tuple[Any, QBuffer]] = [load_pdf(self, b) for _, b in self.parts]
        self.documents = [d for d, _ in self._loaded]

        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.documents[0])

        self.chooser = QComboBox()
        self.chooser.setAccessibleName(self.tr("Document shown"))
        for label, _ in self.parts:
            self.chooser.addItem(label)
        self.chooser.currentIndexChanged.connect(
            lambda i: self.view.setDocument(self.documents[i]) if i >= 0 else None)
        self.chooser.setVisible(len(self.parts) > 1)

        pages = sum(d.pageCount() for d in self.documents)
        self.info = QLabel(counted(pages, self.tr(
            "%n page(s) · shown from memory; nothing is written to disk unless you save.", "",
            pages)))
        self.info.setObjectName("previewInfo")
        self.info.setWordWrap(True)

        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print with the system print dialog (the print "
                                             "system keeps its own unencrypted copy)"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(self.tr("&Save as PDF…"))
        self.save_button.setToolTip(self.tr("Write an unencrypted PDF file"))
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        for key, slot in ((QKeySequence.StandardKey.Print, self.print_document),
                          (QKeySequence.StandardKey.ZoomIn, lambda: self._zoom(1.25)),
                          (QKeySequence.StandardKey.ZoomOut, lambda: self._zoom(0.8))):
            QShortcut(key, self).activated.connect(slot)

        bar = QHBoxLayout()
        bar.addWidget(self.chooser)
        bar.addWidget(self.info, 1)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        bar.addWidget(close)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addLayout(bar)
        screen_fit.fit(self, 820, 940)
        self.print_button.setFocus()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(4.0, self.view.zoomFactor() * factor)))

    # -- printing ------------------------------------------------------------------------
    def confirm_print(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Print"), QCoreApplication.translate("documents", PRINT_WARNING),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Ok)
        return answer == QMessageBox.StandardButton.Ok

    def choose_printer(self, printer: QPrinter) -> bool:
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print — the print system keeps its own unencrypted copy"))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> None:
        if not self.confirm_print():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        if not self.choose_printer(printer):
            return
        try:
            render_to_printer(self.documents, printer)
        except Exception as exc:  # noqa: BLE001 - one calm sentence, never a traceback
            errors.show_error(self, exc)

    # -- saving --------------------------------------------------------------------------
    def confirm_save(self) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Save an unencrypted PDF"),
            QCoreApplication.translate("documents", SAVE_WARNING),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def choose_file(self) -> Path | None:
        path, _ = file_dialogs.get_save_file_name(self, self.tr("Save as PDF (not encrypted)"),
                                                  self.file_name, self.tr("PDF files (*.pdf)"))
        if not path:
            return None
        path = Path(path)
        return path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")

    def save_as(self) -> None:
        if not self.confirm_save():
            return
        path = self.choose_file()
        if path is None:
            return
        try:
            atomic_write_bytes(path, self.combined())
        except Exception as exc:  # noqa: BLE001
            errors.show_error(self, exc)
            return
        self.saved_to = path
        self.info.setText(self.tr("Saved to {name} (not encrypted).").format(name=path.name))

    def combined(self) -> bytes:
        """The bytes to save: the one document, or every document of a batch in one PDF."""
        if len(self.parts) == 1:
            return self.parts[0][1]
        return merge_pdfs([b for _, b in self.parts])

    # -- closing -------------------------------------------------------------------------
    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        for document, buffer in self._loaded:
            document.close()
            buffer.close()
            buffer.setData(QByteArray())
        self._loaded.clear()
        self.documents.clear()
        self.parts.clear()
        super().closeEvent(event)


def merge_pdfs(pdfs: list[bytes]) -> bytes:
    """Several PDFs as one, in memory (pypdf reads and writes byte streams only)."""
    import io

    from pypdf import PdfWriter

    writer = PdfWriter()
    for data in pdfs:
        writer.append(io.BytesIO(data))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# -- making documents on the worker ---------------------------------------------------------
def preview_bytes(parent: QWidget, ctx: Any, make: Callable[[Any], bytes], title: str,
                  file_name: str,
                  on_shown: Callable[[DocumentPreview], None] | None = None) -> None:
    """Run ``make(book)`` on the worker and preview its PDF bytes."""

    def show(pdf: bytes) -> None:
        ctx.status_message.emit("")  # "Preparing …" is over
        try:
            dialog = DocumentPreview(pdf, title, file_name, parent.window() if parent else None)
        except Exception as exc:  # noqa: BLE001
            errors.show_error(parent, exc)
            return
        dialog.show()
        if on_shown is not None:
            on_shown(dialog)

    def failed(exc: BaseException) -> None:
        ctx.status_message.emit("")
        errors.show_error(parent, exc)

    ctx.status_message.emit(QCoreApplication.translate("documents", "Preparing {what}…")
                            .format(what=title.lower()))
    ctx.run(make, show, parent, on_error=failed)


def preview_letter(parent: QWidget, ctx: Any, referral_id: int, lang: str | None = None,
                   on_shown: Callable[[DocumentPreview], None] | None = None) -> None:
    from reports import referral_letter
    from reports.casebook_data import letter_data

    preview_bytes(parent, ctx, lambda b: referral_letter(letter_data(b, referral_id, lang)),
                  QCoreApplication.translate("documents", "Referral letter"),
                  f"referral-letter-{referral_id}.pdf", on_shown)


def preview_packet(parent: QWidget, ctx: Any, referral_id: int, lang: str | None = None,
                   on_shown: Callable[[DocumentPreview], None] | None = None) -> None:
    # The packet, then the attachments its consent allows (reports/attachments_appendix.py).
    from reports.attachments_appendix import packet_with_attachments

    preview_bytes(parent, ctx, lambda b: packet_with_attachments(b, referral_id, lang),
                  QCoreApplication.translate("documents", "Referral packet"),
                  f"referral-packet-{referral_id}.pdf", on_shown)


def show_recovery_sheet(parent: QWidget | None, path: Path | str | None,
                        recovery_key: str) -> DocumentPreview | None:
    """Preview the once-only recovery sheet (modal) so it can be printed; saving it to a file
    is possible but warned against like any other document."""
    from reports import recovery_sheet
    from reports.casebook_data import recovery_data

    name = Path(path).name if path else "casebook.wsdb"
    try:
        pdf = recovery_sheet(recovery_data(name, recovery_key))
        dialog = DocumentPreview(pdf, QCoreApplication.translate("documents", "Recovery sheet"),
                                 "recovery-sheet.pdf", parent)
    except Exception as exc:  # noqa: BLE001
        errors.show_error(parent, exc)
        return None
    dialog.info.setText(QCoreApplication.translate(
        "documents", "Print this sheet and keep it away from the laptop. It is shown from "
        "memory; saving it to a file is not recommended."))
    dialog.setModal(True)
    dialog.open()
    return dialog
