"""Create or edit a sponsorship record: the group, its sponsor type, the family's label, the
application, the casebook user who leads it. Status, arrival and the support period have
their own actions (the record's header and the Check-ins tab)."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.sponsorships.fields import (
    optional_day,
    problem_label,
    say,
    sponsor_type_words,
    status_words,
    user_combo,
)
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.dialog_layout import save_cancel
from models.sponsorship.records import INITIAL_STATUSES, SPONSOR_TYPES, Sponsorship


class SponsorshipDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, users: list[Any],
                 sponsorship: Sponsorship | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sponsorshipDialog")
        self.setWindowTitle(self.tr("Edit sponsorship") if sponsorship
                            else self.tr("New sponsorship"))
        self.original = sponsorship
        self.result_sponsorship: Sponsorship | None = None
        sp = sponsorship or Sponsorship("", "group_of_five")
        self.group_name = QLineEdit(sp.group_name)
        self.group_name.setAccessibleName(self.tr("Group name"))
        self.group_name.setPlaceholderText(self.tr("Maple Street Group of Five"))
        self.sponsor_type = QComboBox()
        self.sponsor_type.setAccessibleName(self.tr("Sponsor type"))
        for key in SPONSOR_TYPES:
            self.sponsor_type.addItem(sponsor_type_words(key), key)
        self.sponsor_type.setCurrentIndex(self.sponsor_type.findData(sp.sponsor_type))
        self.sah_name = QLineEdit(sp.sah_name or "")
        self.sah_name.setAccessibleName(self.tr("Sponsorship Agreement Holder"))
        self.sah_name.setPlaceholderText(self.tr("Only for a constituent group of an SAH"))
        self.family_label = QLineEdit(sp.family_label or "")
        self.family_label.setAccessibleName(self.tr("How the family is named"))
        self.family_label.setPlaceholderText(self.tr("The H. family"))
        self.family_label.setToolTip(self.tr("Printed on the summary instead of the family's "
                                             "names"))
        self.application_date = QLineEdit(sp.application_date or "")
        self.application_date.setAccessibleName(self.tr("Application date"))
        self.application_date.setPlaceholderText(self.tr("YYYY-MM-DD (leave empty if not yet "
                                                         "known)"))
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for key in INITIAL_STATUSES:
            self.status.addItem(status_words(key), key)
        self.status.setToolTip(self.tr("Where the group is now; record the arrival "
                                       "afterwards"))
        self.support_months = QSpinBox()
        self.support_months.setAccessibleName(self.tr("Support period in months"))
        self.support_months.setRange(12, 36)
        self.support_months.setValue(sp.support_months)
        self.support_months.setSuffix(self.tr(" months"))
        self.lead = user_combo(users, sp.lead_user_id, name=self.tr("Lead"))
        self.lead.setToolTip(self.tr("The casebook user who coordinates this sponsorship; "
                                     "check-ins and unassigned duties reach their Today view"))
        self.notes = QPlainTextEdit(sp.notes or "")
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)
        self.message = problem_label(self)

        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("&Group name:"), self.group_name),
            (self.tr("Sponsor &type:"), self.sponsor_type),
            (self.tr("&SAH:"), self.sah_name), (self.tr("&Family named as:"), self.family_label),
            (self.tr("&Application date:"), self.application_date)]
        if sponsorship is None:  # afterwards these change through their own actions
            rows += [(self.tr("Stat&us:"), self.status),
                     (self.tr("Support &period:"), self.support_months)]
        else:
            self.status.hide()
            self.support_months.hide()
        rows += [(self.tr("&Lead:"), self.lead), (self.tr("&Notes:"), self.notes)]
        for text, widget in rows:
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(540)
        self.sponsor_type.currentIndexChanged.connect(lambda _i: self._sah_shown())
        self._sah_shown()
        self.start_guarding(self.tr("this sponsorship"),
                            dialog_key(self, sponsorship and sponsorship.id))

    def _sah_shown(self) -> None:
        self.sah_name.setEnabled(self.sponsor_type.currentData() == "sah")

    def value(self) -> Sponsorship:
        """What the form says; ValueError names a problem the form can see itself."""
        name = self.group_name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the group a name."))
        try:
            applied = optional_day(self.application_date.text())
        except ValueError as exc:
            raise ValueError(self.tr("Application date: {problem}").format(problem=exc)) from None
        kind = self.sponsor_type.currentData()
        fields = dict(group_name=name, sponsor_type=kind,
                      sah_name=(self.sah_name.text().strip() or None) if kind == "sah" else None,
                      family_label=self.family_label.text().strip() or None,
                      application_date=applied, lead_user_id=self.lead.currentData(),
                      notes=self.notes.toPlainText().strip() or None)
        if self.original is not None:
            return dataclasses.replace(self.original, **fields)
        return Sponsorship(**fields, status=self.status.currentData(),
                           support_months=self.support_months.value())

    def try_accept(self) -> None:
        try:
            self.result_sponsorship = self.value()
        except ValueError as exc:
            say(self.message, str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, users: list[Any],
            sponsorship: Sponsorship | None = None) -> Sponsorship | None:
        dialog = cls(parent, users, sponsorship)
        dialog.exec()
        return dialog.result_sponsorship
