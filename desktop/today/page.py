"""Today: what is overdue, due today and due this week; mark done with an outcome, or jump
to the client."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.clientfile.rows_model import RowsModel, table_view
from desktop.context import AppContext
from desktop.today.outcome_dialog import OutcomeDialog
from models.changes import Changes
from models.followups import Today, TodayRow
from models.permissions import Action


def _when(bucket: str, due: str) -> str:
    day = dt.date.fromisoformat(due)
    if bucket == "overdue":
        late = (dt.date.today() - day).days
        return f"{late} day{'s' if late != 1 else ''} overdue" if late > 0 else "Overdue"
    if bucket == "today":
        return "Today"
    return day.strftime("%a %d %b")


class TodayPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.names: dict[int, str] = ctx.user_names()
        title = QLabel("Today")
        title.setProperty("class", "sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.only_mine = QCheckBox("Only &mine")
        self.only_mine.setAccessibleName("Show only follow-ups assigned to me")
        self.only_mine.setChecked(ctx.role == "volunteer")
        self.only_mine.toggled.connect(lambda _on: self.reload())

        self.model = RowsModel([
            ("When", lambda r: _when(r[0], r[1].due_date)),
            ("Follow-up", lambda r: r[1].title),
            ("Client", lambda r: r[1].client_name or ""),
            ("Owner", lambda r: self.names.get(r[1].owner_id, "") if r[1].owner_id else ""),
        ], self, tone=lambda r: "alert" if r[0] == "overdue" else None)
        self.table = table_view(self.model, "Follow-ups due", self)
        self.table.setObjectName("todayTable")
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 140), (2, 200), (3, 110)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(lambda _i: self.open_client())
        self.table.doubleClicked.connect(lambda _i: self.open_client())
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

        self.done_button = QPushButton("Mark &done…")
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self.mark_done)
        self.open_button = QPushButton("&Open client")
        self.open_button.setObjectName("openClient")
        self.open_button.clicked.connect(self.open_client)
        self.empty = QLabel("Nothing is due this week. New follow-ups appear here when a "
                            "referral is sent or one is added in a client file.")
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the first answer says there is nothing

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_mine)
        actions = QHBoxLayout()
        actions.addWidget(self.done_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.table, 1)
        box.addWidget(self.empty)
        box.addLayout(actions)
        self._selection_changed()
        # Load once the window is on screen: it paints at once, and a person who jumps
        # straight to another section gets that section's data first.
        QTimer.singleShot(0, self.reload)

    # -- data ----------------------------------------------------------------------------
    def reload(self) -> None:
        owner = self.ctx.user_id if self.only_mine.isChecked() else None
        self.ctx.run(lambda b: b.followups.today(owner_id=owner), self._show, self)

    def _show(self, today: Today) -> None:
        selected = self.selected()
        rows = ([("overdue", r) for r in today.overdue] + [("today", r) for r in today.today]
                + [("week", r) for r in today.this_week])
        self.model.set_rows(rows)
        overdue, due, week = today.totals
        shown = "" if len(rows) == sum(today.totals) else \
            f" · showing the nearest {len(rows)}"
        self.summary.setText(f"{overdue} overdue · {due} due today · {week} later this week"
                             f"{shown}")
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        for i, (_bucket, r) in enumerate(rows):
            if selected is not None and r.id == selected.id:
                self.table.selectRow(i)
                break
        self._selection_changed()

    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ("followups", "referrals", "clients")):
            self.reload()

    # -- actions -------------------------------------------------------------------------
    def selected(self) -> TodayRow | None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row[1] if row else None

    def _selection_changed(self, *_args: QModelIndex) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.client_id is not None)
        may = self.ctx.can(Action.MANAGE_FOLLOWUPS) or (
            self.ctx.can(Action.UPDATE_OWN_FOLLOWUP) and row is not None
            and row.owner_id == self.ctx.user_id)
        self.done_button.setEnabled(row is not None and may)
        self.done_button.setToolTip("" if may or row is None else
                                    "A volunteer can only update follow-ups assigned to them.")

    def open_client(self) -> None:
        row = self.selected()
        if row is not None and row.client_id is not None:
            self.ctx.open_client.emit(row.client_id)

    def mark_done(self) -> None:
        row = self.selected()
        if row is None or not self.done_button.isEnabled():
            return
        outcome = OutcomeDialog.ask(self, row.title)
        if outcome is None:
            return
        self.ctx.run(lambda b: b.followups.complete(row.id, outcome or None),
                     lambda _c: self.ctx.status_message.emit("Follow-up marked done."), self)
