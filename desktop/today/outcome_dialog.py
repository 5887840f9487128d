"""Marking a follow-up done: what came of it, in a line or two."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.unsaved import UnsavedInput, dialog_key


class OutcomeDialog(UnsavedInput, QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark done"))
        heading = QLabel(title)
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        self.outcome = QPlainTextEdit()
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setPlaceholderText(self.tr("What happened? (optional) — for example: "
                                                "partner called back, intake on Monday"))
        self.outcome.setTabChangesFocus(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark &done"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(heading)
        box.addWidget(QLabel(self.tr("Outcome")))
        box.addWidget(self.outcome)
        box.addWidget(buttons)
        self.resize(460, 240)
        self.start_guarding(self.tr("the outcome"), dialog_key(self, title))  # kept across a lock

    @classmethod
    def ask(cls, parent: QWidget | None, title: str) -> str | None:
        """The outcome typed ('' for none), or None if the person cancelled."""
        dialog = cls(title, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.outcome.toPlainText().strip()
