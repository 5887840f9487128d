"""Arrival, the support period and the monthly check-ins: recording the arrival starts the
period (12 months by default, extendable to 36) and puts a check-in follow-up on each month's
anniversary into the Today view of the member who checks in."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.counts import counted
from desktop.sponsorships.detail import Detail, DetailPart
from desktop.sponsorships.duties import status_mark
from desktop.sponsorships.fields import date_edit, day_of, day_text
from desktop.today.outcome_dialog import OutcomeDialog
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.dialog_layout import labelled_form, save_cancel
from desktop.widgets.rows_model import RowsModel, table_view
from models.permissions import Action
from models.sponsorship.budget import MAX_SUPPORT_MONTHS
from models.sponsorship.repository import CheckIn, Member


class ArrivalDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, members: list[Member],
                 arrival: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrivalDialog")
        self.setWindowTitle(self.tr("Correct the arrival date") if arrival
                            else self.tr("Mark the arrival"))
        self.result_arrival: tuple[str, int | None] | None = None
        self.day = date_edit(arrival, self.tr("Arrival date"))
        self.checker = QComboBox()
        self.checker.setAccessibleName(self.tr("Who checks in"))
        self.checker.addItem(self.tr("The sponsorship's lead"), None)
        for m in members:
            if m.user_id is not None:
                self.checker.addItem(m.name, m.id)
        self.checker.setToolTip(self.tr("Only members with a casebook account can receive "
                                        "check-ins"))
        note = QLabel(self.tr("The support period starts on this day. A check-in is due every "
                              "month until it ends; correcting the date moves the open "
                              "check-ins."))
        note.setWordWrap(True)
        note.setProperty("class", "helpText")
        form = labelled_form(((self.tr("&Arrived on:"), self.day),
                              (self.tr("&Check-ins by:"), self.checker)))
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(buttons)
        self.setMinimumWidth(460)
        self.start_guarding(self.tr("the arrival date"), dialog_key(self))

    def try_accept(self) -> None:
        self.result_arrival = (day_of(self.day), self.checker.currentData())
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, members: list[Member],
            arrival: str | None = None) -> tuple[str, int | None] | None:
        """(arrival date, member id who checks in or None for the lead), or None."""
        dialog = cls(parent, members, arrival)
        dialog.exec()
        return dialog.result_arrival


class ExtendDialog(UnsavedInput, QDialog):
    def __init__(self, parent: QWidget | None, current: int) -> None:
        super().__init__(parent)
        self.setObjectName("extendDialog")
        self.setWindowTitle(self.tr("Extend the support period"))
        self.result_months: int | None = None
        self.months = QSpinBox()
        self.months.setAccessibleName(self.tr("Support period in months"))
        self.months.setRange(current + 1, MAX_SUPPORT_MONTHS)
        self.months.setValue(min(MAX_SUPPORT_MONTHS, max(current + 1, 24)))
        self.months.setSuffix(self.tr(" months"))
        note = QLabel(self.tr("Now {now} months; at most {most}. The added months get their "
                              "check-ins.").format(now=current, most=MAX_SUPPORT_MONTHS))
        note.setWordWrap(True)
        form = QFormLayout()
        lab = QLabel(self.tr("&Support period:"))
        lab.setBuddy(self.months)
        form.addRow(lab, self.months)
        buttons = save_cancel(self, self.try_accept)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addLayout(form)
        box.addWidget(buttons)
        self.start_guarding(self.tr("the support period"), dialog_key(self))

    def try_accept(self) -> None:
        self.result_months = self.months.value()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, current: int) -> int | None:
        dialog = cls(parent, current)
        dialog.exec()
        return dialog.result_months


class CheckinsPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Check-ins")

    def __init__(self, ctx) -> None:  # noqa: ANN001
        super().__init__(ctx)
        today = dt.date.today().isoformat()
        self.period = QLabel()
        self.period.setObjectName("supportPeriod")
        self.period.setWordWrap(True)
        self.model = RowsModel([
            (self.tr("Month"), lambda c: str(c.month)),
            (self.tr("Due"), lambda c: day_text(c.due_date)),
            (self.tr("Status"), lambda c: status_mark(c.status)),
        ], self, tone=lambda c: "muted" if c.status != "open" else
            ("alert" if (c.due_date or "9") < today else None))
        self.table = table_view(self.model, self.tr("Monthly check-ins"), self)
        self.table.setObjectName("checkinTable")
        for col, width in ((0, 70), (1, 120)):
            self.table.setColumnWidth(col, width)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.arrival_button = self.button(self.tr("Mark &arrival…"), self.mark_arrival,
                                          "markArrival", Action.MANAGE_SPONSORSHIP)
        self.extend_button = self.button(self.tr("&Extend period…"), self.extend,
                                         "extendSupport", Action.MANAGE_SPONSORSHIP)
        self.done_button = self.button(self.tr("Check-in &done…"), self.complete_checkin,
                                       "completeCheckin")
        top = QHBoxLayout()
        top.addWidget(self.period, 1)
        top.addWidget(self.arrival_button)
        top.addWidget(self.extend_button)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.done_button)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        self._selected()

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        sp = detail.sponsorship
        if sp.arrival_date:
            done = sum(1 for c in detail.checkins if c.status == "done")
            n = sp.support_months
            self.period.setText(counted(n, self.tr(
                "Arrived <b>{date}</b> · support period of %n month(s), to <b>{end}</b> · "
                "{done} of {total} check-ins done", "", n)).format(
                    date=day_text(sp.arrival_date), end=day_text(sp.support_end), done=done,
                    total=len(detail.checkins)))
            self.arrival_button.setText(self.tr("Correct &arrival…"))
        else:
            n = sp.support_months
            self.period.setText(counted(n, self.tr(
                "The family has not arrived yet. Mark the arrival once the sponsorship is "
                "approved and the family has landed; monthly check-ins follow for %n "
                "month(s).", "", n)))
            self.arrival_button.setText(self.tr("Mark &arrival…"))
        closed = sp.status in ("completed", "withdrawn")
        self.enable(self.arrival_button,
                    sp.status in ("approved", "arrived", "in_support"), Action.MANAGE_SPONSORSHIP)
        self.enable(self.extend_button, not closed and sp.support_months < MAX_SUPPORT_MONTHS,
                    Action.MANAGE_SPONSORSHIP)
        self.model.set_rows(detail.checkins)
        self._selected()

    def selected(self) -> CheckIn | None:
        return self.current(self.table)

    def _selected(self) -> None:
        c = self.selected()
        owner = self.detail.sponsorship.checkin_owner_id if self.detail else None
        may = self.ctx.can(Action.MANAGE_FOLLOWUPS) or (
            self.ctx.can(Action.UPDATE_OWN_FOLLOWUP) and owner == self.ctx.user_id)
        self.done_button.setEnabled(c is not None and c.status == "open" and may
                                    and c.followup_id is not None)

    def mark_arrival(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        answer = ArrivalDialog.ask(self, self.detail.members,
                                   self.detail.sponsorship.arrival_date)
        if answer is not None:
            day, member_id = answer
            self.run(lambda b: b.sponsorships.mark_arrival(sid, day,
                                                           checkin_member_id=member_id),
                     self.tr("Arrival recorded; monthly check-ins are in Today as they fall "
                             "due."))

    def extend(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        months = ExtendDialog.ask(self, self.detail.sponsorship.support_months)
        if months is not None:
            self.run(lambda b: b.sponsorships.extend_support(sid, months),
                     counted(months, self.tr("Support period extended to %n month(s).", "",
                                             months)))

    def complete_checkin(self) -> None:
        c = self.selected()
        if c is None or not self.done_button.isEnabled():
            return
        outcome = OutcomeDialog.ask(self, self.tr("Monthly check-in {month}").format(
            month=c.month))
        if outcome is not None:
            self.run(lambda b: b.followups.complete(c.followup_id, outcome or None),
                     self.tr("Check-in marked done."))
