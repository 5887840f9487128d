"""Recording consent: who agreed to share which information, with which partner, for what,
and until when. Nothing is ticked for the person: each item is asked, and nothing is filled
in for them either: whoever gave consent (the client, a parent, a guardian) is typed.

The referral's own words, its reason and what it asks of the partner, are shown exactly as
they will be printed, each with its own tick; unticked, the letter says neither."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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

from desktop.unsaved import UnsavedInput
from desktop.widgets.rows_model import label
from models.consents import GIVEN_HOW, REFERRAL_TEXT_FIELDS, SHAREABLE_FIELDS

FIELD_WORDS = {"display_name": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Name"),
               "safe_contact": QT_TRANSLATE_NOOP(
                       "clientfile.consent_dialog", "Safe way to contact"),
               "birth_date": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Date of birth"),
               "email": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "E-mail"),
               "immigration_situation": QT_TRANSLATE_NOOP(
                       "clientfile.consent_dialog", "Immigration situation"),
               "screening": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Screening findings"),
               "vulnerabilities": QT_TRANSLATE_NOOP(
                       "clientfile.consent_dialog", "Vulnerabilities (flags)"),
               "relatives": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Relatives in Canada"),
               "documents": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Documents held"),
               "reason": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "Reason for referral"),
               "request": QT_TRANSLATE_NOOP("clientfile.consent_dialog", "What we are asking")}


def field_label(value: str) -> str:
    """A shareable field in the interface language."""
    if value in FIELD_WORDS:
        return QCoreApplication.translate("clientfile.consent_dialog", FIELD_WORDS[value])
    return label(value)


class ConsentDialog(UnsavedInput, QDialog):
    def __init__(self, partner_name: str, purpose: str, *, reason: str | None = None,
                 request: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record consent"))
        intro = QLabel(self.tr("Read each item to the person and tick only what they agree "
                               "to share with <b>{partner}</b>. Anything not ticked never "
                               "leaves the casebook.").format(partner=html.escape(partner_name)))
        intro.setWordWrap(True)
        group = QGroupBox(self.tr("They agree to share"))
        grid = QGridLayout(group)
        self.fields: dict[str, QCheckBox] = {}
        about_them = [f for f in SHAREABLE_FIELDS if f not in REFERRAL_TEXT_FIELDS]
        for i, f in enumerate(about_them):
            box = QCheckBox(field_label(f))
            box.setObjectName(f"share_{f}")
            self.fields[f] = box
            grid.addWidget(box, i // 3, i % 3)
        # The referral's own words, shown as the letter will print them, so the person
        # agrees to these words and not to a heading.
        words = QGroupBox(self.tr("What the letter says about this referral"))
        words_grid = QGridLayout(words)
        words_grid.setColumnStretch(1, 1)
        self.reason_text = self._words(reason)
        self.request_text = self._words(request)
        for row, (f, text, shown) in enumerate((("reason", reason, self.reason_text),
                                               ("request", request, self.request_text))):
            box = QCheckBox(field_label(f))
            box.setObjectName(f"share_{f}")
            box.setEnabled(bool((text or "").strip()))
            shown.setAccessibleName(field_label(f))
            self.fields[f] = box
            words_grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            words_grid.addWidget(shown, row, 1)
        self.purpose = QLineEdit(purpose)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.person = QLineEdit()
        self.person.setAccessibleName(self.tr("Person who consented"))
        self.person.setPlaceholderText(
            self.tr("the client, or their parent, guardian or representative"))
        self.how = QComboBox()
        self.how.setAccessibleName(self.tr("How consent was given"))
        for value in GIVEN_HOW:
            self.how.addItem(label(value), value)
        self.until = QLineEdit()
        self.until.setAccessibleName(self.tr("Valid until"))
        self.until.setPlaceholderText(self.tr("YYYY-MM-DD, or leave empty until withdrawn"))
        form = QFormLayout()
        form.addRow(self.tr("&Purpose"), self.purpose)
        form.addRow(self.tr("Consent given &by"), self.person)
        form.addRow(self.tr("&How"), self.how)
        form.addRow(self.tr("Valid &until"), self.until)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record consent"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addWidget(group)
        box.addWidget(words)
        box.addLayout(form)
        box.addWidget(buttons)
        self.resize(620, 0)
        self.start_guarding(self.tr("the consent"), f"consent:{partner_name}")

    @staticmethod
    def _words(text: str | None) -> QLabel:
        shown = QLabel(text.strip() if text and text.strip() else QCoreApplication.translate(
            "clientfile.consent_dialog", "(nothing written)"))
        shown.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
        shown.setWordWrap(True)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        return shown

    def values(self) -> dict[str, Any]:
        return {"fields": tuple(f for f in SHAREABLE_FIELDS
                                if self.fields[f].isChecked() and self.fields[f].isEnabled()),
                "purpose": self.purpose.text(), "consenting_person": self.person.text(),
                "given_how": self.how.currentData(),
                "valid_until": self.until.text().strip() or None}

    @classmethod
    def ask(cls, parent: QWidget | None, partner_name: str, purpose: str, *,
            reason: str | None = None, request: str | None = None) -> dict[str, Any] | None:
        """The consent as given (fields, purpose, person, how, until), or None."""
        dialog = cls(partner_name, purpose, reason=reason, request=request, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.values()
