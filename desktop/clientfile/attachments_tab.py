"""Attachments of a client file: scanned forms, photos of documents, PDFs, kept encrypted
inside the casebook. Add from a file or by dropping files on the client file window; photos
lose their hidden details (EXIF, GPS) on the way in and the person is told."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import errors
from desktop.clientfile.tab import ClientTab
from desktop.widgets.rows_model import label
from models.attachments import MAX_FILE_BYTES
from models.errors import InvalidInput
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook

KIND_LABELS = {"application/pdf": "PDF",
               "image/jpeg": QT_TRANSLATE_NOOP("clientfile.attachments_tab", "Photo (JPEG)"),
               "image/png": QT_TRANSLATE_NOOP("clientfile.attachments_tab", "Image (PNG)")}


def kind_label(media_type: str) -> str:
    """The kind of an attachment in the interface language ("Photo (JPEG)")."""
    return QCoreApplication.translate("clientfile.attachments_tab",
                                      KIND_LABELS.get(media_type, media_type))


def size_text(n: int) -> str:
    locale = QLocale()
    if n < 1024 * 1024:
        return QCoreApplication.translate("clientfile.attachments_tab", "{n} KB").format(
            n=locale.toString(float(round(n / 1024)), "f", 0))
    return QCoreApplication.translate("clientfile.attachments_tab", "{n} MB").format(
        n=locale.toString(n / (1024 * 1024), "f", 1))


def read_files(paths: list[Path]) -> tuple[list[tuple[str, bytes]], list[str]]:
    """(name, bytes) of each readable file within the per-file cap, and a sentence for each
    one refused before it reaches the casebook."""
    files, problems = [], []
    for path in paths:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                problems.append(QCoreApplication.translate(
                        "clientfile.attachments_tab", "{name} is larger than {mb} MB.")
                                .format(name=path.name, mb=MAX_FILE_BYTES // (1024 * 1024)))
                continue
            files.append((path.name, path.read_bytes()))
        except OSError:
            problems.append(QCoreApplication.translate(
                    "clientfile.attachments_tab", "{name} could not be read.")
                            .format(name=path.name))
    return files, problems


FILE_FILTER = QT_TRANSLATE_NOOP("clientfile.attachments_tab",
                                "Documents and photos (*.pdf *.jpg *.jpeg *.png *.heic *.heif)")


def choose_attachment(parent: QWidget) -> Path | None:
    """One file to attach, through the app's history-free file dialog."""
    from desktop.file_dialogs import get_open_file_name

    path, _ = get_open_file_name(
        parent, QCoreApplication.translate("clientfile.attachments_tab", "Attach a file"), "",
        QCoreApplication.translate("clientfile.attachments_tab", FILE_FILTER))
    return Path(path) if path else None


def attach_files(widget: QWidget, ctx: Any, message: QLabel, paths: list[Path],
                 **owner: int) -> None:
    """Read ``paths`` and attach each to ``owner`` (client_id=…, sponsorship_id=…) on the
    worker; ``message`` says, file by file, what was removed or why it was refused."""
    files, problems = read_files(paths)
    if problems:
        message.setText(" ".join(problems))
    for name, data in files:
        _attach_one(widget, ctx, message, name, data, owner)


def _attach_one(widget: QWidget, ctx: Any, message: QLabel, name: str, data: bytes,
                owner: dict[str, int]) -> None:
    # Its own function rather than callbacks defined in attach_files' loop: pyside6-lupdate
    # loses the class context of the rest of the file after a def nested in a loop.
    def added(result: Any) -> None:
        message.setText(f"{name}: {result.message}")
        ctx.changed.emit(result.changes)

    def failed(exc: BaseException) -> None:
        message.setText(f"{name}: {errors.message_for(exc)}")

    ctx.run(lambda b: b.attachments.add(name, data, **owner), added, widget, failed)


class AttachmentsTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "A&ttachments")
    entities = ("attachments", "referrals", "consents")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.rows: list[Any] = []
        self.owner = QComboBox()
        self.owner.setObjectName("attachmentOwner")
        self.owner.setAccessibleName(self.tr("Attach to"))
        self.owner.addItem(self.tr("This client"), ("client_id", file.client_id))
        self.add_button = self.button(self.tr("&Add file…"), self.choose_and_add, "addAttachment",
                                      Action.EDIT_CLIENT)
        self.preview_button = self.button(self.tr("&Preview"), self.preview, "previewAttachment")
        self.remove_button = self.button(self.tr("&Remove"), self.remove, "removeAttachment",
                                         Action.EDIT_CLIENT)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("attachmentsTable")
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size"),
                                               self.tr("Belongs to")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.preview())
        self.message = QLabel(self.tr("Drop PDF, JPEG, PNG or HEIC files on this window to attach "
                                      "them. They are stored encrypted inside the casebook."))
        self.message.setObjectName("attachmentMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Attach to:")))
        row.addWidget(self.owner)
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)

    # -- loading ---------------------------------------------------------------------------
    def load(self, book: Casebook) -> Any:
        referrals = [(r.id, r.service) for r in book.referrals.for_client(self.client_id)]
        consents = [c.id for c in book.consents.for_client(self.client_id)]
        return book.attachments.list(client_id=self.client_id), referrals, consents

    def show_data(self, data: Any) -> None:
        self.rows, referrals, consents = data
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(self.tr("This client"), ("client_id", self.client_id))
        for rid, service in referrals:
            self.owner.addItem(self.tr("Referral #{number} ({service})").format(
                number=rid, service=label(service)), ("referral_id", rid))
        for cid in consents:
            self.owner.addItem(self.tr("Consent record #{number}").format(number=cid),
                               ("consent_id", cid))
        index = self.owner.findData(current)
        self.owner.setCurrentIndex(max(index, 0))
        self.table.setRowCount(len(self.rows))
        for i, a in enumerate(self.rows):
            belongs = (self.tr("Referral #{number}").format(number=a.referral_id)
                       if a.referral_id else
                       self.tr("Consent record #{number}").format(number=a.consent_id)
                       if a.consent_id else self.tr("The client"))
            for j, text in enumerate((a.name, kind_label(a.media_type),
                                      size_text(a.size), belongs)):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self.rows and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    # -- adding ----------------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        return choose_attachment(self)

    def choose_and_add(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: list[Path]) -> None:
        """Attach each file to the owner chosen (the client unless a referral or consent
        record is selected). Runs on the worker; the message says what was removed."""
        if not self.ctx.can(Action.EDIT_CLIENT):
            self.message.setText(errors.message_for(
                InvalidInput("attachments", "can be added by a caseworker or coordinator")))
            return
        key, ident = self.owner.currentData() or ("client_id", self.client_id)
        attach_files(self, self.ctx, self.message, paths, **{key: ident})

    # -- reading and removing --------------------------------------------------------------
    def preview(self) -> None:
        a = self.selected()
        if a is None:
            return
        from desktop.attachment_preview import open_preview

        open_preview(self, self.ctx, a)

    def remove(self) -> None:
        a = self.selected()
        if a is None or not self.confirm_remove(a.name):
            return
        self.ctx.run(lambda b: b.attachments.remove(a.id), None, self)

    def confirm_remove(self, name: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        return QMessageBox.question(
            self, self.tr("Remove attachment"),
            self.tr("Remove {name} from the casebook? It cannot be brought back except from "
                    "a backup.").format(name=name)) == QMessageBox.StandardButton.Yes
