"""A small form dialog described by its fields, for the many short records of a client file
(a relative, a document, a follow-up): each returns plain values, the model validates them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.unsaved import UnsavedInput


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    kind: str = "text"  # text | multiline | choice | date
    choices: tuple[tuple[str, Any], ...] = ()  # (shown text, value) for "choice"
    default: Any = None
    placeholder: str = ""


class FormDialog(UnsavedInput, QDialog):
    def __init__(self, title: str, fields: list[Field], parent: QWidget | None = None,
                 intro: str = "", ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editors: dict[str, QWidget] = {}
        self._fields = fields
        box = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            box.addWidget(text)
        form = QFormLayout()
        for f in fields:
            editor = self._editor(f)
            editor.setAccessibleName(f.label.replace("&", ""))
            self.editors[f.key] = editor
            form.addRow(f.label, editor)
        box.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text or self.tr("Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(440, 0)
        self.start_guarding(title[0].lower() + title[1:].replace("&", ""), f"form:{title}")

    @staticmethod
    def _editor(f: Field) -> QWidget:
        if f.kind == "choice":
            combo = QComboBox()
            for text, value in f.choices:
                combo.addItem(text, value)
            index = combo.findData(f.default)
            combo.setCurrentIndex(max(0, index))
            return combo
        if f.kind == "multiline":
            edit = QPlainTextEdit(f.default or "")
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(100)
            edit.setPlaceholderText(f.placeholder)
            return edit
        line = QLineEdit(str(f.default) if f.default is not None else "")
        line.setPlaceholderText(f.placeholder or (QCoreApplication.translate(
            "clientfile.form_dialog", "YYYY-MM-DD") if f.kind == "date" else ""))
        return line

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in self._fields:
            w = self.editors[f.key]
            if isinstance(w, QComboBox):
                out[f.key] = w.currentData()
            elif isinstance(w, QPlainTextEdit):
                out[f.key] = w.toPlainText().strip() or None
            else:
                out[f.key] = w.text().strip() or None
        return out

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, fields: list[Field], intro: str = "",
            ok_text: str | None = None) -> dict[str, Any] | None:
        dialog = cls(title, fields, parent, intro, ok_text)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()


def confirm(parent: QWidget | None, title: str, text: str, yes: str) -> bool:
    """A yes/no question whose yes button names the action (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel,
                      parent)
    button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is button
