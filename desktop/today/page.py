"""Today: where to start. Three groups with their counts — Due today first, then Overdue, then
This week — each listing every open follow-up it holds (read a page at a time as the person
scrolls; nothing is capped), and one row of actions for the selected follow-up: Mark done,
Reschedule, Cancel, Open client.

"Only mine" is remembered per casebook and user in the app's settings file
(desktop/app_settings.py): a preference, not casebook data, and it holds no names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop import app_settings
from desktop.context import AppContext
from desktop.counts import counted
from desktop.today import actions
from desktop.unsaved import DraftsNotice
from desktop.widgets.rows_model import ROW_ROLE, table_view, tone_colour
from models.changes import Changes
from models.followups import BUCKETS, TodayRow
from models.permissions import Action

PAGE = 100  # rows read per page as a group is scrolled
ONLY_MINE_KEY = "today_only_mine"  # {"<casebook id>:<user id>": bool}

HEADINGS = {"today": QT_TRANSLATE_NOOP("today.page", "Due today"), "overdue": QT_TRANSLATE_NOOP(
        "today.page", "Overdue"),
            "week": QT_TRANSLATE_NOOP("today.page", "This week")}
EMPTY = {"today": QT_TRANSLATE_NOOP("today.page", "Nothing is due today."),
         "overdue": QT_TRANSLATE_NOOP("today.page", "Nothing is overdue."),
         "week": QT_TRANSLATE_NOOP("today.page", "Nothing else is due in the next seven days.")}


def _heading(bucket: str) -> str:
    return QCoreApplication.translate("today.page", HEADINGS[bucket])


class TodayGroupModel(QAbstractTableModel):
    """One group's rows: the first page comes with the counts, the rest through Qt's
    canFetchMore/fetchMore as the view scrolls."""

    def __init__(self, bucket: str,
                 fetch: Callable[[str, int, int, Callable[[list[TodayRow] | None], None]],
                                 None],
                 names: dict[int, str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bucket = bucket
        self._fetch = fetch
        self._names = names
        self._rows: list[TodayRow] = []
        self.total = 0
        # A page is asked of the worker and inserted when it arrives (issue 18: scrolling
        # never blocks the GUI thread); a reset meanwhile makes the late page stale.
        self._fetching = False
        self._epoch = 0
        self._columns: list[tuple[str, Callable[[TodayRow], str]]] = [
            (self.tr("When"), lambda r: self._when(r.due_date)),
            (self.tr("Follow-up"), lambda r: r.title),
            (self.tr("Client"), lambda r: r.client_name or ""),
            (self.tr("Owner"), lambda r: self._names.get(r.owner_id, "") if r.owner_id else ""),
        ]

    def _when(self, due: str) -> str:
        day = dt.date.fromisoformat(due)
        if self.bucket == "overdue":
            late = (dt.date.today() - day).days
            return (counted(late, self.tr("%n day(s) overdue", "", late)) if late > 0
                    else self.tr("Overdue"))
        if self.bucket == "today":
            return self.tr("Today")
        # Day and month names in the interface language ("lun. 07 déc.").
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd MMM")

    def set_first_page(self, rows: list[TodayRow], total: int) -> None:
        self._epoch += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = list(rows)
        self.total = max(total, len(rows))
        self.endResetModel()

    def rows(self) -> list[TodayRow]:
        return list(self._rows)

    def row_at(self, row: int) -> TodayRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < self.total

    @property
    def fetching(self) -> bool:
        """A page has been asked for and has not arrived yet."""
        return self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if self._fetching or not self.canFetchMore(parent):
            return
        epoch, first = self._epoch, len(self._rows)
        self._fetching = True
        self._fetch(self.bucket, first, PAGE,
                    lambda page: self._page_arrived(epoch, first, page))

    def _page_arrived(self, epoch: int, first: int, page: list[TodayRow] | None) -> None:
        """``page`` is None when the read failed: the next scroll asks again."""
        if epoch != self._epoch or first != len(self._rows):
            return
        self._fetching = False
        if page is None:
            return
        if not page:
            self.total = len(self._rows)  # fewer than counted (closed meanwhile)
            return
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self.bucket == "overdue" \
                and index.column() == 0:
            return QBrush(tone_colour("alert"))  # only "3 days overdue" in red, not the rows
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None


class TodayPage(QWidget):
    draft_scope = "today:"  # an outcome typed in Mark done, kept across a lock

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.names: dict[int, str] = ctx.user_names()
        title = QLabel(self.tr("Today"))
        title.setProperty("class", "sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("todaySummary")
        self.only_mine = QCheckBox(self.tr("Only &mine"))
        self.only_mine.setAccessibleName(self.tr("Show only follow-ups assigned to me"))
        self.only_mine.setChecked(self._remembered_only_mine())
        self.only_mine.toggled.connect(self._only_mine_toggled)

        self.models: dict[str, TodayGroupModel] = {}
        self.tables: dict[str, QTableView] = {}
        self.headings: dict[str, QLabel] = {}
        self.empties: dict[str, QLabel] = {}
        self._active = "today"  # the group whose selection the actions act on
        groups = QVBoxLayout()
        for bucket, stretch in zip(BUCKETS, (2, 3, 2), strict=True):
            model = TodayGroupModel(bucket, self._fetch, self.names, self)
            table = table_view(model, self.tr("Follow-ups: {group}").format(
                group=_heading(bucket).lower()), self)
            table.setObjectName(f"today_{bucket}")
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
            for col, width in ((0, 130), (2, 200), (3, 110)):
                table.setColumnWidth(col, width)
            table.activated.connect(lambda _i: self.open_client())
            table.doubleClicked.connect(lambda _i: self.open_client())
            table.selectionModel().currentRowChanged.connect(
                lambda _c, _p, b=bucket: self._selection_changed(b))
            heading = QLabel(_heading(bucket))
            heading.setObjectName(f"heading_{bucket}")
            heading.setStyleSheet("font-weight: 600;")
            heading.setBuddy(table)
            empty = QLabel(QCoreApplication.translate("today.page", EMPTY[bucket]))
            empty.setObjectName(f"empty_{bucket}")
            empty.hide()
            self.models[bucket], self.tables[bucket] = model, table
            self.headings[bucket], self.empties[bucket] = heading, empty
            groups.addWidget(heading)
            groups.addWidget(empty)
            groups.addWidget(table, stretch)

        self.done_button = QPushButton(self.tr("Mark &done…"))
        self.done_button.setObjectName("markDone")
        self.done_button.clicked.connect(self.mark_done)
        self.reschedule_button = QPushButton(self.tr("&Reschedule…"))
        self.reschedule_button.setObjectName("reschedule")
        self.reschedule_button.clicked.connect(self.reschedule)
        self.cancel_button = QPushButton(self.tr("&Cancel follow-up…"))
        self.cancel_button.setObjectName("cancelFollowup")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("&Open client"))
        self.open_button.setObjectName("openClient")
        self.open_button.clicked.connect(self.open_client)
        self.empty = QLabel(self.tr("Nothing is due this week. New follow-ups appear here "
                                    "when a referral is sent or one is added in a client "
                                    "file."))
        self.empty.setObjectName("todayEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()  # until the first answer says there is nothing
        self.said = QLabel()  # what the last action did, here rather than in a status bar
        self.said.setObjectName("todaySaid")
        self.said.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)
        top.addWidget(self.only_mine)
        bar = QHBoxLayout()
        bar.addWidget(self.done_button)
        bar.addWidget(self.reschedule_button)
        bar.addWidget(self.cancel_button)
        bar.addWidget(self.open_button)
        bar.addWidget(self.said, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        self.drafts_notice = DraftsNotice(ctx, "today:")
        box.addWidget(self.drafts_notice)
        box.addWidget(self.empty)
        box.addLayout(groups, 1)
        box.addLayout(bar)
        self._selection_changed(None)
        # Load once the window is on screen: it paints at once, and a person who jumps
        # straight to another section gets that section's data first.
        QTimer.singleShot(0, self.reload)

    # -- "only mine", remembered ---------------------------------------------------------
    def _settings_key(self) -> str:
        book = self.ctx.book
        return f"{getattr(book, 'casebook_id', '')}:{self.ctx.user_id}"

    def _remembered_only_mine(self) -> bool:
        saved = app_settings.get(ONLY_MINE_KEY, {})
        value = saved.get(self._settings_key()) if isinstance(saved, dict) else None
        return value if isinstance(value, bool) else self.ctx.role == "volunteer"

    def _only_mine_toggled(self, on: bool) -> None:
        saved = app_settings.get(ONLY_MINE_KEY, {})
        saved = saved if isinstance(saved, dict) else {}
        saved[self._settings_key()] = on
        app_settings.put(ONLY_MINE_KEY, saved)
        self.reload()

    # -- data ----------------------------------------------------------------------------
    def _owner(self) -> int | None:
        return self.ctx.user_id if self.only_mine.isChecked() else None

    def _fetch(self, bucket: str, offset: int, limit: int,
               on_page: Callable[[list[TodayRow] | None], None]) -> None:
        owner = self._owner()
        self.ctx.run(lambda b: b.followups.today_page(
            bucket, owner_id=owner, offset=offset, limit=limit), on_page, self,
            on_error=lambda exc: self._page_failed(on_page, exc))

    def _page_failed(self, on_page: Callable[[list[TodayRow] | None], None],
                     exc: BaseException) -> None:
        from desktop import errors

        on_page(None)  # the group may ask again when scrolled
        errors.show_error(self, exc)

    def reload(self) -> None:
        owner = self._owner()

        def load(b: Any) -> tuple[dict[str, int], dict[str, list[TodayRow]]]:
            counts = b.followups.today_counts(owner_id=owner)
            return counts, {k: b.followups.today_page(k, owner_id=owner, limit=PAGE)
                            for k in BUCKETS}

        self.ctx.run(load, self._show, self)

    def _show(self, loaded: tuple[dict[str, int], dict[str, list[TodayRow]]]) -> None:
        counts, first = loaded
        keep = self.selected()
        for bucket in BUCKETS:
            self.models[bucket].set_first_page(first[bucket], counts[bucket])
            n = counts[bucket]
            self.headings[bucket].setText(self.tr("{group} ({n})").format(
                group=_heading(bucket), n=QLocale().toString(n)))
            self.headings[bucket].setAccessibleName(self.tr("{group}: {n}").format(
                group=_heading(bucket), n=QLocale().toString(n)))
            self.tables[bucket].setVisible(n > 0)
        total = sum(counts.values())
        self.empty.setVisible(total == 0)
        for bucket in BUCKETS:
            self.headings[bucket].setVisible(total > 0)
            self.empties[bucket].setVisible(total > 0 and counts[bucket] == 0)
        if counts["today"]:
            start = counted(counts["today"],
                            self.tr("Start with the %n due today.", "", counts["today"]))
        elif counts["overdue"]:
            start = self.tr("Nothing is due today: start with the overdue ones.")
        else:
            start = ""
        self.summary.setText(start)
        if not self._select(keep.id if keep else None):
            for bucket in BUCKETS:  # where to start: the first row of the first group
                if self.models[bucket].rowCount():
                    self._select_row(bucket, 0)
                    break
        self._selection_changed(None)

    def _select(self, followup_id: int | None) -> bool:
        if followup_id is None:
            return False
        for bucket in BUCKETS:
            model = self.models[bucket]
            for i in range(model.rowCount()):
                if model.row_at(i).id == followup_id:
                    self._select_row(bucket, i)
                    return True
        return False

    def _select_row(self, bucket: str, row: int) -> None:
        self._active = bucket
        self.tables[bucket].setCurrentIndex(self.models[bucket].index(row, 0))

    def refresh(self, changes: Changes) -> None:
        if any(changes.touches(e) for e in ("followups", "referrals", "clients")):
            self.reload()

    # -- actions -------------------------------------------------------------------------
    def selected(self) -> TodayRow | None:
        index = self.tables[self._active].currentIndex()
        return self.models[self._active].row_at(index.row()) if index.isValid() else None

    def _selection_changed(self, bucket: str | None) -> None:
        if bucket is not None and self.tables[bucket].currentIndex().isValid():
            self._active = bucket
            for other in BUCKETS:  # one selection across the three groups
                if other != bucket:
                    self.tables[other].selectionModel().clear()
        row = self.selected()
        self.open_button.setEnabled(row is not None and row.client_id is not None)
        may = row is not None and actions.may_update(self.ctx, row.owner_id)
        for b in (self.done_button, self.cancel_button):
            b.setEnabled(may)
            b.setToolTip("" if may or row is None else actions.not_yours())
        can_move = row is not None and self.ctx.can(Action.MANAGE_FOLLOWUPS)
        self.reschedule_button.setEnabled(can_move)
        self.reschedule_button.setToolTip(
            "" if can_move or row is None else
            self.tr("Ask a caseworker or coordinator to move this follow-up to another day."))

    def _say(self, text: str) -> None:
        self.said.setText(text)

    def open_client(self) -> None:
        row = self.selected()
        if row is not None and row.client_id is not None:
            self.ctx.open_client.emit(row.client_id)

    def mark_done(self) -> None:
        row = self.selected()
        if row is not None and self.done_button.isEnabled():
            actions.mark_done(self, self.ctx, row.id, row.title, self._say)

    def reschedule(self) -> None:
        row = self.selected()
        if row is not None and self.reschedule_button.isEnabled():
            actions.reschedule(self, self.ctx, row.id, row.title, row.due_date, self._say)

    def cancel(self) -> None:
        row = self.selected()
        if row is not None and self.cancel_button.isEnabled():
            actions.cancel(self, self.ctx, row.id, row.title, self._say)
