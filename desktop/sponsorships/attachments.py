"""A sponsorship's attachments (an undertaking, a settlement plan, receipts): encrypted in the
casebook, previewed from memory. The list is read on its own when the sponsorship is shown
or an attachment changes, so the sponsorship's detail load stays as it is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from desktop.clientfile.attachments_tab import (
    KIND_LABELS,
    attach_files,
    choose_attachment,
    size_text,
)
from desktop.sponsorships.detail import Detail, DetailPart
from models.changes import Changes
from models.permissions import Action


class AttachmentsPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "Attachments")

    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        self.rows: list[Any] = []
        self.add_button = self.button(self.tr("Add file…"), self.choose_and_add,
                                      "addSponsorshipAttachment", Action.MANAGE_SPONSORSHIP)
        self.preview_button = self.button(self.tr("Preview"), self.preview,
                                          "previewSponsorshipAttachment")
        self.remove_button = self.button(self.tr("Remove"), self.remove,
                                         "removeSponsorshipAttachment",
                                         Action.MANAGE_SPONSORSHIP)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("sponsorshipAttachments")
        self.table.setAccessibleName(self.tr("Attachments"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Kind"), self.tr("Size")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.preview())
        self.message = QLabel(self.tr("PDF, JPEG, PNG or HEIC files, stored encrypted inside the "
                                      "casebook."))
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        row.addWidget(self.remove_button)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        ctx.changed.connect(self._changed)

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches("attachments") and self.detail is not None and self.ctx.unlocked:
            self.reload()

    def reload(self) -> None:
        sid = self.sponsorship_id
        if sid is not None:
            self.ctx.run(lambda b: b.attachments.list(sponsorship_id=sid), self._show, self)

    def _show(self, rows: list) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, a in enumerate(rows):
            kind = QCoreApplication.translate("clientfile.attachments_tab",
                                              KIND_LABELS.get(a.media_type, a.media_type))
            for j, text in enumerate((a.name, kind, size_text(a.size))):
                self.table.setItem(i, j, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def choose_and_add(self) -> None:
        path = choose_attachment(self)
        if path is not None:
            self.add_files([path])

    def add_files(self, paths: list[Path]) -> None:
        sid = self.sponsorship_id
        if sid is None:
            return
        attach_files(self, self.ctx, self.message, paths, sponsorship_id=sid)

    def selected(self) -> Any:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def preview(self) -> None:
        a = self.selected()
        if a is None:
            return
        from desktop.attachment_preview import open_preview

        open_preview(self, self.ctx, a)

    def remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        a = self.selected()
        if a is None or QMessageBox.question(
                self, self.tr("Remove attachment"),
                self.tr("Remove {name} from the casebook? It cannot be brought back except "
                        "from a backup.").format(name=a.name)) != QMessageBox.StandardButton.Yes:
            return
        self.ctx.run(lambda b: b.attachments.remove(a.id), None, self)
