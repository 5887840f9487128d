"""Recording consent: who agreed to share which information, with which partner, for what,
and until when. Nothing is ticked for the person: each item is asked."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.rows_model import label
from models.consents import GIVEN_HOW, SHAREABLE_FIELDS

FIELD_WORDS = {"display_name": "Name", "safe_contact": "Safe way to contact",
               "birth_date": "Date of birth", "email": "E-mail",
               "immigration_situation": "Immigration situation",
               "screening": "Screening findings", "vulnerabilities": "Vulnerabilities (flags)",
               "relatives": "Relatives in Canada", "documents": "Documents held"}


def field_label(value: str) -> str:
    return FIELD_WORDS.get(value, label(value))


class ConsentDialog(QDialog):
    def __init__(self, partner_name: str, client_name: str, purpose: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Record consent")
        intro = QLabel(f"Read each item to the person and tick only what they agree to share "
                       f"with <b>{partner_name}</b>. Anything not ticked never leaves the "
                       "casebook.")
        intro.setWordWrap(True)
        group = QGroupBox("They agree to share")
        grid = QGridLayout(group)
        self.fields: dict[str, QCheckBox] = {}
        for i, f in enumerate(SHAREABLE_FIELDS):
            box = QCheckBox(field_label(f))
            box.setObjectName(f"share_{f}")
            self.fields[f] = box
            grid.addWidget(box, i // 3, i % 3)
        self.purpose = QLineEdit(purpose)
        self.purpose.setAccessibleName("Purpose")
        self.person = QLineEdit(client_name)
        self.person.setAccessibleName("Person who consented")
        self.how = QComboBox()
        self.how.setAccessibleName("How consent was given")
        for value in GIVEN_HOW:
            self.how.addItem(label(value), value)
        self.until = QLineEdit()
        self.until.setAccessibleName("Valid until")
        self.until.setPlaceholderText("YYYY-MM-DD, or leave empty until withdrawn")
        form = QFormLayout()
        form.addRow("&Purpose", self.purpose)
        form.addRow("Consent given &by", self.person)
        form.addRow("&How", self.how)
        form.addRow("Valid &until", self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Record consent")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(group)
        box.addLayout(form)
        box.addWidget(buttons)
        self.resize(620, 0)

    def values(self) -> dict[str, Any]:
        return {"fields": tuple(f for f, b in self.fields.items() if b.isChecked()),
                "purpose": self.purpose.text(), "consenting_person": self.person.text(),
                "given_how": self.how.currentData(),
                "valid_until": self.until.text().strip() or None}

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str, client_name: str,
            purpose: str) -> dict[str, Any] | None:
        """The consent as given (fields, purpose, person, how, until), or None."""
        dialog = cls(partner_name, client_name, purpose, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
