"""The layout every small editing dialog shares: labelled rows whose labels carry a mnemonic
and lead the keyboard to their field, and Save/Cancel buttons."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget


def labelled_form(rows: Iterable[tuple[str, QWidget]]) -> QFormLayout:
    """A form whose labels (``"&Name:"``) are buddies of their fields, so Alt+N reaches
    the field and screen readers name it."""
    form = QFormLayout()
    for text, widget in rows:
        label = QLabel(text)
        label.setBuddy(widget)
        form.addRow(label, widget)
    return form


def save_cancel(dialog: QDialog, on_save: Callable[[], None]) -> QDialogButtonBox:
    """Save runs ``on_save`` (which validates and accepts); Cancel rejects."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons
