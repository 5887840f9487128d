"""New client: a short intake form that warns about possible duplicates while the name is
typed, and offers to open the existing file instead of making a second one."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import accessibility, errors
from desktop.clients.client_form import ClientForm
from desktop.context import AppContext
from desktop.unsaved import RESTORED, UnsavedInput
from models.changes import Changes

DUPLICATE_DELAY_MS = 200


DRAFT_KEY = "new_client"


class NewClientDialog(UnsavedInput, QDialog):
    unsaved_what = "the new client"
    draft_key = DRAFT_KEY

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unsaved_what = self.tr("the new client")
        self.ctx = ctx
        self.setWindowTitle(self.tr("New client"))
        self.setObjectName("newClientDialog")
        self.created_id: int | None = None
        self.open_instead_id: int | None = None
        self._generation = 0

        self.form = ClientForm(compact=True)
        intro = QLabel(self.tr("Only a name is needed; everything else can wait until the "
                               "person is ready to share it."))
        intro.setWordWrap(True)
        self.duplicate_title = QLabel(self.tr("Someone with a similar name is already in the "
                                              "casebook. Is it the same person?"))
        self.duplicate_title.setObjectName("duplicateWarning")
        self.duplicate_title.setWordWrap(True)
        self.candidates = QListWidget()
        self.candidates.setObjectName("duplicateCandidates")
        self.candidates.setAccessibleName(self.tr("Possible duplicates"))
        self.candidates.setMaximumHeight(140)
        self.open_button = QPushButton(self.tr("&Open this client instead"))
        self.open_button.setObjectName("openInstead")
        self.open_button.clicked.connect(self._open_instead)
        self.candidates.itemActivated.connect(lambda _item: self._open_instead())
        self.message = QLabel()
        self.message.setObjectName("formError")
        self.message.setWordWrap(True)
        self.message.hide()
        # Information, not an error: shown in the normal colour.
        self.notice = QLabel()
        self.notice.setObjectName("formNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save client"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)

        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(self.form)
        box.addWidget(self.duplicate_title)
        box.addWidget(self.candidates)
        box.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignRight)
        box.addWidget(self.notice)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self._show_candidates([])
        self.mark_clean()
        if self.restore_draft():
            self.notice.setText(RESTORED)
            self.notice.show()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DUPLICATE_DELAY_MS)
        self._timer.timeout.connect(self._check_duplicates)
        self.form.name.textChanged.connect(lambda _t: self._timer.start())
        self.form.name.setFocus()
        self.resize(560, 0)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext) -> int | None:
        """The id of the client to open: the new one, or the existing one chosen instead."""
        dialog = cls(ctx, parent)
        dialog.exec()
        return dialog.result_id

    @property
    def result_id(self) -> int | None:
        return self.open_instead_id or self.created_id

    # -- duplicates ----------------------------------------------------------------------
    def _check_duplicates(self) -> None:
        self._generation += 1
        generation, name = self._generation, self.form.name.text()
        if not name.strip():
            self._show_candidates([])
            return
        self.ctx.run(lambda b: b.clients.duplicates(name),
                     lambda found: generation == self._generation and
                     self._show_candidates(found),
                     self, on_error=lambda _exc: None)  # a warning only; saving still works

    def _show_candidates(self, found: list) -> None:
        self.candidates.clear()
        for c in found:
            where = f" — {c.city}" if c.city else ""
            item = QListWidgetItem(self.tr("{name}{where}  ({percent} % alike)").format(
                name=c.display_name, where=where, percent=round(c.score * 100)))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.candidates.addItem(item)
        warned_before = not self.duplicate_title.isHidden()
        for w in (self.duplicate_title, self.candidates, self.open_button):
            w.setVisible(bool(found))
        if found:
            self.candidates.setCurrentRow(0)
            if not warned_before:  # announced when it appears, not at every keystroke
                accessibility.alert(self.duplicate_title)
        self.adjustSize()

    def _open_instead(self) -> None:
        item = self.candidates.currentItem()
        # Opening the other person throws away what was typed here: ask first.
        if item is not None and self.may_discard():
            self.open_instead_id = item.data(Qt.ItemDataRole.UserRole)
            self.accept()

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        client = self.form.client()
        self.save_button.setEnabled(False)
        self.ctx.run(lambda b: b.clients.add(client), self._saved, self, self._failed)

    def _saved(self, changes: Changes) -> None:
        self.created_id = changes.id_of("clients")
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.message.setText(errors.message_for(exc))
        self.message.show()
        accessibility.alert(self.message)
        self.form.name.setFocus()
