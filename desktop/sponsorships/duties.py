"""The settlement plan: a checklist of duties (airport reception, housing, health card,
school…), each with a member and a due date; each duty is a follow-up in its member's Today
view. Volunteers see, and mark done, only the duties assigned to them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.model_labels import model_words
from desktop.sponsorships.detail import Detail, DetailPart, duty_words
from desktop.sponsorships.fields import date_edit, day_of, day_text, problem_label, say
from desktop.today.outcome_dialog import OutcomeDialog
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.dialog_layout import labelled_form, save_cancel
from desktop.widgets.rows_model import RowsModel, label, table_view
from models.permissions import Action
from models.sponsorship.repository import DUTY_KINDS, Duty, Member

STATUS_MARKS = {"open": QT_TRANSLATE_NOOP("sponsorships.duties", "☐ Open"),
                "done": QT_TRANSLATE_NOOP("sponsorships.duties", "☑ Done"),
                "cancelled": QT_TRANSLATE_NOOP("sponsorships.duties", "✕ Cancelled")}


def status_mark(status: str) -> str:
    """A duty's or check-in's status with its box, in the interface's language."""
    mark = STATUS_MARKS.get(status)
    return QCoreApplication.translate("sponsorships.duties", mark) if mark else status


class DutyDialog(UnsavedInput, QDialog):
    """A new duty from the checklist, or (given ``duty``) its member and due date."""

    def __init__(self, parent: QWidget | None, members: list[Member],
                 duty: Duty | None = None, taken: set[str] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutyDialog")
        self.setWindowTitle(self.tr("Reassign duty") if duty
                            else self.tr("Add a settlement-plan duty"))
        self.result_duty: tuple[str, str | None, int | None, str] | None = None
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Duty"))
        for key, words in DUTY_KINDS.items():
            words = model_words(words)
            if taken and key in taken and key != "other":
                words = self.tr("{duty} (already in the plan)").format(duty=words)
            self.kind.addItem(words, key)
        self.title = QLineEdit(duty.title or "" if duty else "")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Needed for Other; optional otherwise"))
        self.member = QComboBox()
        self.member.setAccessibleName(self.tr("Assigned member"))
        self.member.addItem(self.tr("Nobody yet (the sponsorship's lead follows it up)"), None)
        for m in members:
            self.member.addItem(m.name + (f" — {label(m.role)}" if m.role else ""), m.id)
        self.due = date_edit(duty.due_date if duty else dt.date.today() + dt.timedelta(days=7),
                             self.tr("Due date"))
        if duty is not None:
            self.kind.setCurrentIndex(max(0, self.kind.findData(duty.kind)))
            self.member.setCurrentIndex(max(0, self.member.findData(duty.member_id)))
            self.kind.setEnabled(False)
            self.title.setEnabled(False)
        else:
            first_free = next((i for i, k in enumerate(DUTY_KINDS) if not taken or
                               k not in taken), 0)
            self.kind.setCurrentIndex(first_free)
        self.message = problem_label(self)
        form = labelled_form(((self.tr("&Duty:"), self.kind), (self.tr("&Title:"), self.title),
                              (self.tr("&Assigned to:"), self.member),
                              (self.tr("D&ue:"), self.due)))
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(480)
        self.start_guarding(self.tr("this duty"), dialog_key(self, duty and duty.id))

    def try_accept(self) -> None:
        kind, title = self.kind.currentData(), self.title.text().strip() or None
        if kind == "other" and title is None:
            say(self.message, self.tr("Give a duty of kind Other a title."))
            return
        self.result_duty = (kind, title, self.member.currentData(), day_of(self.due))
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, members: list[Member], duty: Duty | None = None,
            taken: set[str] | None = None) -> tuple[str, str | None, int | None, str] | None:
        """(kind, title, member id, due date), or None if cancelled."""
        dialog = cls(parent, members, duty, taken)
        dialog.exec()
        return dialog.result_duty


class DutiesPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Duties")

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx)
        today = dt.date.today().isoformat()
        self.model = RowsModel([
            (self.tr("Status"), lambda d: status_mark(d.status)),
            (self.tr("Duty"), duty_words),
            (self.tr("Assigned to"), lambda d: d.member_name or self.tr("Nobody yet")),
            (self.tr("Due"), lambda d: self.tr("{date} (late)").format(
                date=day_text(d.due_date)) if d.status == "open" and d.due_date < today
                else day_text(d.due_date)),
        ], self, tone=lambda d: "muted" if d.status != "open" else
            ("alert" if d.due_date < today else None))
        self.table = table_view(self.model, self.tr("Settlement-plan duties"), self)
        self.table.setObjectName("dutiesTable")
        for col, width in ((0, 110), (1, 230), (2, 170)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.scope = QLabel()
        self.scope.setObjectName("dutiesScope")
        self.scope.setWordWrap(True)
        self.add_button = self.button(self.tr("&Add duty…"), self.add_duty, "addDuty",
                                      Action.MANAGE_SPONSORSHIP)
        self.assign_button = self.button(self.tr("Reassi&gn…"), self.assign_duty, "assignDuty",
                                         Action.MANAGE_SPONSORSHIP)
        self.done_button = self.button(self.tr("Mark &done…"), self.complete_duty,
                                       "completeDuty")
        self.remove_button = self.button(self.tr("&Remove…"), self.remove_duty, "removeDuty",
                                         Action.MANAGE_SPONSORSHIP)
        actions = QHBoxLayout()
        actions.addWidget(self.scope, 1)
        for b in (self.add_button, self.assign_button, self.done_button, self.remove_button):
            actions.addWidget(b)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        self._selected()

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        chosen = self.selected()
        self.model.set_rows(detail.duties)
        open_count = sum(1 for d in detail.duties if d.status == "open")
        if self.ctx.can(Action.MANAGE_SPONSORSHIP):
            self.scope.setText(self.tr("{open} open of {total} · each duty is a follow-up in "
                                       "its member's Today view").format(
                open=open_count, total=len(detail.duties)))
        else:
            self.scope.setText(self.tr("Only the duties assigned to you are shown ({open} "
                                       "open).").format(open=open_count))
        for i, d in enumerate(detail.duties):
            if chosen is not None and d.id == chosen.id:
                self.table.selectRow(i)
        self._selected()

    def selected(self) -> Duty | None:
        return self.current(self.table)

    def _selected(self) -> None:
        d = self.selected()
        is_open = d is not None and d.status == "open"
        self.enable(self.assign_button, is_open, Action.MANAGE_SPONSORSHIP)
        self.enable(self.remove_button, d is not None, Action.MANAGE_SPONSORSHIP)
        # A volunteer only ever sees their own duties, and may mark those done.
        self.done_button.setEnabled(is_open and (self.ctx.can(Action.MANAGE_SPONSORSHIP)
                                                 or self.ctx.can(Action.UPDATE_OWN_FOLLOWUP)))

    def add_duty(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        taken = {d.kind for d in self.detail.duties if d.status != "cancelled"}
        answer = DutyDialog.ask(self, self.detail.members, taken=taken)
        if answer is not None:
            kind, title, member_id, due = answer
            self.run(lambda b: b.sponsorships.add_duty(sid, kind, due, member_id, title),
                     self.tr("Duty added to the settlement plan."))

    def assign_duty(self) -> None:
        d = self.selected()
        if d is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        answer = DutyDialog.ask(self, self.detail.members, d)
        if answer is not None:
            _kind, _title, member_id, due = answer
            self.run(lambda b: b.sponsorships.assign_duty(d.id, member_id, due),
                     self.tr("Duty reassigned."))

    def complete_duty(self) -> None:
        d = self.selected()
        if d is None or not self.done_button.isEnabled():
            return
        outcome = OutcomeDialog.ask(self, duty_words(d))
        if outcome is not None:
            self.run(lambda b: b.sponsorships.complete_duty(d.id, outcome or None),
                     self.tr("Duty marked done."))

    def remove_duty(self) -> None:
        d = self.selected()
        if d is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        if QMessageBox.question(self, self.tr("Remove duty"), self.tr(
                "Take “{duty}” off the settlement plan? Its follow-up is cancelled.").format(
                    duty=duty_words(d))) \
                == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.remove_duty(d.id), self.tr("Duty removed."))
