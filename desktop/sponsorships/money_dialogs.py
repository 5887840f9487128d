"""The coordinator's money forms: a pledge, a disbursement, the family size the budget uses."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.sponsorships.fields import (
    amount_of,
    category_words,
    date_edit,
    day_of,
    money_edit,
    problem_label,
    say,
)
from desktop.unsaved import UnsavedInput, dialog_key
from models.sponsorship.repository import DISBURSEMENT_CATEGORIES, Disbursement, Pledge


def _form(dialog: QDialog, rows: list[tuple[str, QWidget]], message: QLabel) -> None:
    form = QFormLayout()
    for text, widget in rows:
        if text:
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        else:
            form.addRow("", widget)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.try_accept)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addLayout(form)
    box.addWidget(message)
    box.addWidget(buttons)
    dialog.setMinimumWidth(460)


class PledgeDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, sponsorship_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("pledgeDialog")
        self.setWindowTitle(self.tr("Record a pledge"))
        self.sponsorship_id = sponsorship_id
        self.result_pledge: Pledge | None = None
        self.pledger = QLineEdit()
        self.pledger.setAccessibleName(self.tr("Pledged by"))
        self.pledger.setPlaceholderText(self.tr("Group members, parish fundraiser…"))
        self.amount = money_edit(self.tr("Amount"))
        self.pledged_on = date_edit(name=self.tr("Pledged on"))
        self.received = QCheckBox(self.tr("Already &received"))
        self.received_on = date_edit(name=self.tr("Received on"))
        self.received_on.setEnabled(False)
        self.received.toggled.connect(self.received_on.setEnabled)
        self.message = problem_label(self)
        _form(self, [(self.tr("Pledged &by:"), self.pledger),
                     (self.tr("&Amount ($):"), self.amount),
                     (self.tr("&Pledged on:"), self.pledged_on), ("", self.received),
                     (self.tr("Recei&ved on:"), self.received_on)], self.message)
        self.start_guarding(self.tr("the pledge"), dialog_key(self))

    def try_accept(self) -> None:
        if not self.pledger.text().strip():
            say(self.message, self.tr("Write who pledged the money."))
            return
        try:
            amount = amount_of(self.amount.text())
        except ValueError as exc:
            say(self.message, str(exc))
            return
        got = self.received.isChecked()
        self.result_pledge = Pledge(
            self.sponsorship_id, self.pledger.text().strip(), amount,
            status="received" if got else "committed", pledged_on=day_of(self.pledged_on),
            received_on=day_of(self.received_on) if got else None)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, sponsorship_id: int) -> Pledge | None:
        dialog = cls(parent, sponsorship_id)
        dialog.exec()
        return dialog.result_pledge


class DisbursementDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, sponsorship_id: int) -> None:
        super().__init__(parent)
        self.setObjectName("disbursementDialog")
        self.setWindowTitle(self.tr("Record a disbursement"))
        self.sponsorship_id = sponsorship_id
        self.result_disbursement: Disbursement | None = None
        self.paid_on = date_edit(name=self.tr("Paid on"))
        self.amount = money_edit(self.tr("Amount"))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        for key in DISBURSEMENT_CATEGORIES:
            self.category.addItem(category_words(key), key)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("What it was for"))
        self.note.setPlaceholderText(self.tr("Rent and food, month 1"))
        self.paid_by = QLineEdit()
        self.paid_by.setAccessibleName(self.tr("Paid by"))
        self.paid_by.setPlaceholderText(self.tr("Treasurer, group account…"))
        self.message = problem_label(self)
        _form(self, [(self.tr("Paid &on:"), self.paid_on), (self.tr("&Amount ($):"), self.amount),
                     (self.tr("&Category:"), self.category), (self.tr("&For:"), self.note),
                     (self.tr("Paid &by:"), self.paid_by)], self.message)
        self.start_guarding(self.tr("the disbursement"), dialog_key(self))

    def try_accept(self) -> None:
        try:
            amount = amount_of(self.amount.text())
        except ValueError as exc:
            say(self.message, str(exc))
            return
        self.result_disbursement = Disbursement(
            self.sponsorship_id, day_of(self.paid_on), amount, self.category.currentData(),
            note=self.note.text().strip() or None, paid_by=self.paid_by.text().strip() or None)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, sponsorship_id: int) -> Disbursement | None:
        dialog = cls(parent, sponsorship_id)
        dialog.exec()
        return dialog.result_disbursement


class FamilySizeDialog(UnsavedInput, QDialog):
    """None: count the linked clients; a number: use it (a family not yet all in the
    casebook)."""

    def __init__(self, parent: QWidget | None, current: int | None) -> None:
        super().__init__(parent)
        self.setObjectName("familySizeDialog")
        self.setWindowTitle(self.tr("Family size for the budget"))
        self.answered = False
        self.size_value: int | None = None
        self.count_linked = QCheckBox(self.tr("&Count the family members linked on the Family "
                                              "tab"))
        self.count_linked.setChecked(current is None)
        self.size = QSpinBox()
        self.size.setAccessibleName(self.tr("Family size"))
        self.size.setRange(1, 30)
        self.size.setValue(current or 1)
        self.size.setEnabled(current is not None)
        self.count_linked.toggled.connect(lambda on: self.size.setEnabled(not on))
        self.message = problem_label(self)
        _form(self, [("", self.count_linked), (self.tr("Family &size:"), self.size)], self.message)
        self.start_guarding(self.tr("the family size"), dialog_key(self))

    def try_accept(self) -> None:
        self.answered = True
        self.size_value = None if self.count_linked.isChecked() else self.size.value()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, current: int | None) -> tuple[bool, int | None]:
        """(answered, size or None to count the linked clients)."""
        dialog = cls(parent, current)
        dialog.exec()
        return dialog.answered, dialog.size_value
