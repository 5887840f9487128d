"""An attachment shown from memory: images through ``QImage.fromData``, PDFs through
``QPdfDocument`` reading a ``QBuffer`` (as the letter preview does). Nothing is written to
disk unless the person chooses "Save a copy…", which warns first that the copy is not
encrypted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import errors

SAVE_COPY_WARNING = QT_TRANSLATE_NOOP(
    "attachment_preview",
    "The copy will NOT be encrypted: anyone who gets this computer or the drive you save it "
    "to can open it, and deleting it later may not remove it from the disk. Save a copy only "
    "when you must, and delete it when you are done.")


class AttachmentPreview(QDialog):
    def __init__(self, ctx: Any, attachment: Any, content: bytes,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attachmentPreview")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(f"{attachment.name} — Waystation")
        self.ctx = ctx
        self.attachment = attachment
        self._content: bytes | None = content
        self._loaded: list[Any] = []
        self.saved_to: Path | None = None
        box = QVBoxLayout(self)
        info = QLabel(self._describe(attachment))
        info.setObjectName("attachmentInfo")
        info.setWordWrap(True)
        box.addWidget(info)
        if attachment.media_type == "application/pdf":
            box.addWidget(self._pdf_view(content), 1)
        else:
            box.addWidget(self._image_view(content), 1)
        self.message = QLabel()
        self.message.setObjectName("attachmentMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        from models.permissions import Action

        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setObjectName("saveAttachmentCopy")
        self.save_button.clicked.connect(self.save_copy)
        ctx.guard(self.save_button, Action.EDIT_CLIENT if attachment.client_id is not None
                  else Action.MANAGE_SPONSORSHIP)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        box.addLayout(buttons)
        self.resize(760, 680)

    @staticmethod
    def _describe(a: Any) -> str:
        locale = QLocale()
        size = locale.formattedDataSize(a.size, 0 if a.size < 1024 * 1024 else 1,
                                        QLocale.DataSizeFormat.DataSizeTraditionalFormat)
        added = QDate.fromString(a.added_at[:10], Qt.DateFormat.ISODate)
        text = QCoreApplication.translate("attachment_preview", "{name} · {size} · added {date}")\
            .format(name=a.name, size=size,
                    date=locale.toString(added, QLocale.FormatType.ShortFormat)
                    if added.isValid() else a.added_at[:10])
        if a.removed_metadata:
            text += QCoreApplication.translate(
                "attachment_preview", " · hidden photo details removed when added ({what})")\
                .format(what=a.removed_metadata)
        return text

    def _image_view(self, content: bytes) -> QWidget:
        image = QImage.fromData(QByteArray(content))
        self.image = image
        label = QLabel()
        label.setObjectName("attachmentImage")
        label.setAccessibleName(self.tr("Attached image"))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if image.isNull():
            label.setText(self.tr("This image could not be shown."))
        else:
            pix = QPixmap.fromImage(image)
            if pix.width() > 720:
                pix = pix.scaledToWidth(720, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pix)
        scroll = QScrollArea()
        scroll.setWidget(label)
        scroll.setWidgetResizable(True)
        return scroll

    def _pdf_view(self, content: bytes) -> QWidget:
        from desktop.documents import load_pdf

        try:
            from PySide6.QtPdfWidgets import QPdfView
            document, buffer = load_pdf(self, content)
        except Exception as exc:  # noqa: BLE001 - one calm sentence instead of a preview
            return QLabel(errors.message_for(exc))
        self._loaded.append((document, buffer))
        self.document = document
        view = QPdfView(self)
        view.setObjectName("attachmentPdf")
        view.setAccessibleName(self.tr("Attached PDF"))
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        view.setDocument(document)
        return view

    # -- saving a plaintext copy -----------------------------------------------------------
    def confirm_save(self) -> bool:
        answer = QMessageBox.warning(
            self, self.tr("Save an unencrypted copy"),
            QCoreApplication.translate("attachment_preview", SAVE_COPY_WARNING),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Save

    def choose_file(self) -> Path | None:
        from desktop.file_dialogs import get_save_file_name

        path, _ = get_save_file_name(self, self.tr("Save a copy (not encrypted)"),
                                     self.attachment.name)
        return Path(path) if path else None

    def save_copy(self) -> None:
        if not self.confirm_save():
            return
        path = self.choose_file()
        if path is None:
            return
        aid = self.attachment.id

        def saved(out: Path) -> None:
            self.saved_to = out
            self.message.setText(self.tr("Saved a copy to {name} (not encrypted).").format(
                name=out.name))

        self.ctx.run(lambda b: b.attachments.save_copy(aid, path), saved, self)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        for document, buffer in self._loaded:
            document.close()
            buffer.close()
            buffer.setData(QByteArray())
        self._loaded.clear()
        self._content = None
        super().closeEvent(event)


def open_preview(owner: QWidget, ctx: Any, attachment: Any) -> None:
    """Read ``attachment`` on the database worker and show it from memory. The dialog is kept
    on ``owner.preview_dialog`` so it lives as long as the window that opened it."""

    def show(content: bytes) -> None:
        owner.preview_dialog = AttachmentPreview(ctx, attachment, content, owner)
        owner.preview_dialog.show()

    ctx.run(lambda b: b.attachments.content(attachment.id), show, owner)
