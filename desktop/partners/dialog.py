"""Add or edit a partner organisation."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import errors
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.dialog_layout import labelled_form, save_cancel
from desktop.widgets.rows_model import label
from models.partners import SERVICES, Partner, validate


def split_list(text: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in text.replace(";", ",").split(",") if x.strip())


class PartnerDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, partner: Partner | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDialog")
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("Add a partner"))
        self.original = partner or Partner("")
        self.result_partner: Partner | None = None
        p = self.original
        self.name = QLineEdit(p.name)
        self.name.setAccessibleName(self.tr("Name"))
        self.services = QListWidget()
        self.services.setAccessibleName(self.tr("Services"))
        for key in SERVICES:
            item = QListWidgetItem(label(key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in p.services
                               else Qt.CheckState.Unchecked)
            self.services.addItem(item)
        self.services.setMinimumHeight(150)
        self.cities = QLineEdit(", ".join(p.cities))
        self.cities.setAccessibleName(self.tr("Cities"))
        self.cities.setPlaceholderText(self.tr("Montréal, Laval"))
        self.languages = QLineEdit(", ".join(p.languages))
        self.languages.setAccessibleName(self.tr("Languages"))
        self.languages.setPlaceholderText(self.tr("French, English, Spanish"))
        self.contact = QPlainTextEdit(p.contact or "")
        self.contact.setAccessibleName(self.tr("Contact"))
        self.contact.setPlaceholderText(self.tr("Address, phone, e-mail — one per line"))
        self.contact.setTabChangesFocus(True)
        self.contact.setMaximumHeight(90)
        self.intake = QPlainTextEdit(p.intake_notes or "")
        self.intake.setAccessibleName(self.tr("How to get help"))
        self.intake.setTabChangesFocus(True)
        self.intake.setMaximumHeight(70)
        self.secure = QLineEdit(p.secure_contact or "")
        self.secure.setAccessibleName(self.tr("Secure channel for referrals"))
        self.secure.setToolTip(self.tr("How to send referrals safely (kept off resource "
                                       "sheets)"))
        self.active = QCheckBox(self.tr("Active (shown in searches and on resource sheets)"))
        self.active.setChecked(p.active)
        self.message = QLabel("")
        self.message.setObjectName("partnerMessage")
        self.message.setWordWrap(True)

        form = labelled_form(((self.tr("&Name:"), self.name),
                              (self.tr("&Services:"), self.services),
                              (self.tr("&Cities:"), self.cities),
                              (self.tr("&Languages:"), self.languages),
                              (self.tr("C&ontact:"), self.contact),
                              (self.tr("&How to get help:"), self.intake),
                              (self.tr("Secure &referral channel:"), self.secure)))
        form.addRow("", self.active)
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(520)
        self.start_guarding(self.tr("this partner"), dialog_key(self, partner and partner.id))

    def value(self) -> Partner:
        services = tuple(self.services.item(i).data(Qt.ItemDataRole.UserRole)
                         for i in range(self.services.count())
                         if self.services.item(i).checkState() == Qt.CheckState.Checked)
        return dataclasses.replace(
            self.original, name=self.name.text(), services=services,
            cities=split_list(self.cities.text()), languages=split_list(self.languages.text()),
            contact=self.contact.toPlainText() or None,
            intake_notes=self.intake.toPlainText() or None,
            secure_contact=self.secure.text() or None, active=self.active.isChecked())

    def try_accept(self) -> None:
        try:
            self.result_partner = validate(self.value())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays open
            self.message.setText(errors.message_for(exc))
            self.name.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, partner: Partner | None = None) -> Partner | None:
        dialog = cls(parent, partner)
        dialog.exec()
        return dialog.result_partner
