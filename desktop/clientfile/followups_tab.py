"""Follow-ups of this client: open ones first, by due date; add one, mark one done,
reschedule or cancel it (the same questions as in Today)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from desktop.clientfile.form_dialog import Field, FormDialog
from desktop.clientfile.tab import ClientTab
from desktop.today import actions
from desktop.widgets.rows_model import RowsModel, label, table_view
from models.followups import Followup
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook


class FollowupsTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Follow-ups")
    entities = ("followups",)

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        names = file.owner_names
        today = dt.date.today().isoformat()
        self.model = RowsModel([(self.tr("Due"), lambda f: f.due_date),
                                (self.tr("Follow-up"), lambda f: f.title),
                                (self.tr("Status"), lambda f: label(f.status)),
                                (self.tr("Owner"), lambda f: names.get(f.owner_id, "")),
                                (self.tr("Outcome"), lambda f: f.outcome or "")], self,
                               tone=lambda f: "muted" if f.status != "open" else
                               "alert" if f.due_date < today else None)
        self.table = table_view(self.model, self.tr("Follow-ups"), self)
        self.table.setObjectName("followupTable")
        self.table.setColumnWidth(0, 100)
        self.table.setColumnWidth(1, 340)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.add_button = self.button(self.tr("&Add follow-up…"), self.add, "addFollowup",
                                      Action.MANAGE_FOLLOWUPS)
        self.done_button = self.button(self.tr("Mark &done…"), self.mark_done, "followupDone")
        self.reschedule_button = self.button(self.tr("Resc&hedule…"), self.reschedule,
                                             "followupReschedule", Action.MANAGE_FOLLOWUPS)
        self.cancel_button = self.button(self.tr(
                "Cance&l follow-up…"), self.cancel, "followupCancel")
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.done_button)
        row.addWidget(self.reschedule_button)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(row)
        self._selected()

    def load(self, book: Casebook) -> Any:
        return book.followups.for_client(self.client_id)

    def show_data(self, data: Any) -> None:
        self.model.set_rows(data)
        self._selected()

    def selected(self) -> Followup | None:
        return self.current(self.table)

    def _selected(self) -> None:
        f = self.selected()
        may = f is not None and actions.may_update(self.ctx, f.owner_id)
        is_open = f is not None and f.status == "open"
        for b in (self.done_button, self.cancel_button):
            b.setEnabled(is_open and may)
            b.setToolTip("" if may or f is None else actions.not_yours())
        self.enable(self.reschedule_button, is_open, Action.MANAGE_FOLLOWUPS)

    def add(self) -> None:
        week = (dt.date.today() + dt.timedelta(days=7)).isoformat()
        v = FormDialog.ask(self, self.tr("Add a follow-up"), [
            Field("title", self.tr("&What"),
                  placeholder=self.tr("for example: call about the hearing date")),
            Field("due_date", self.tr("&Due"), "date", default=week)])
        if v is None:
            return
        f = Followup(title=v["title"] or "", due_date=v["due_date"] or "",
                     owner_id=self.ctx.user_id, client_id=self.client_id)
        self.ctx.run(lambda b: b.followups.add(f), parent=self)

    def mark_done(self) -> None:
        f = self.selected()
        if f is None or not self.done_button.isEnabled():
            return
        actions.mark_done(self, self.ctx, f.id, f.title, self.ctx.status_message.emit)

    def reschedule(self) -> None:
        f = self.selected()
        if f is not None and self.reschedule_button.isEnabled():
            actions.reschedule(self, self.ctx, f.id, f.title, f.due_date,
                               self.ctx.status_message.emit)

    def cancel(self) -> None:
        f = self.selected()
        if f is not None and self.cancel_button.isEnabled():
            actions.cancel(self, self.ctx, f.id, f.title, self.ctx.status_message.emit)
