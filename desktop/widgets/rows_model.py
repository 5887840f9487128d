"""A read-only table over a short list of plain rows (a client's notes, referrals, history).

Each column is a title and a function from the row to its text, so a tab declares its table
in a few lines. Long lists (the client table, Today) have their own lazy models.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

Column = tuple[str, Callable[[Any], str]]
ROW_ROLE = Qt.ItemDataRole.UserRole


_CAPITALS = {"lgbtq": "LGBTQ+", "lgbtqi": "LGBTQI+", "stca": "STCA", "irb": "IRB",
             "ircc": "IRCC", "pr": "PR"}


def english_label(value: str | None) -> str:
    """A stored value such as ``permanent_resident`` as English words: "Permanent resident"."""
    if not value:
        return ""
    text = value.replace("_", " ")
    # Words that are written in capitals (lgbtq_support -> "LGBTQ+ support").
    text = " ".join(_CAPITALS.get(word, word) for word in text.split(" "))
    return text[0].upper() + text[1:]


def label(value: str | None) -> str:
    """A stored value in words in the interface language: "Permanent resident", "Résident
    permanent". The English words are listed for translation (context "models") in
    desktop/model_labels.py; a value not listed there stays in English words."""
    text = english_label(value)
    return QCoreApplication.translate("models", text) if text else ""


def when(iso: str | None, *, seconds: bool = False) -> str:
    """A stored UTC timestamp as local date and minutes (and seconds, where two records of
    one minute must be told apart); a plain date stays as it is."""
    if not iso:
        return ""
    if len(iso) == 10:
        return iso
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def tone_colour(tone: str) -> QColor:
    """Grey for finished rows, red for late ones; lighter shades on a dark palette."""
    from PySide6.QtGui import QGuiApplication

    dark = QGuiApplication.palette().window().color().lightness() < 128
    if tone == "alert":
        return QColor("#ef9a9a") if dark else QColor("#b3261e")
    return QColor("#9e9e9e") if dark else QColor("#757575")


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 tone: Callable[[Any], str | None] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._tone = tone  # "muted" (closed, withdrawn) or "alert" (overdue) per row

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole and self._tone is not None:
            tone = self._tone(row)
            return QBrush(tone_colour(tone)) if tone else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None


def table_view(model: QAbstractTableModel, accessible_name: str,
               parent: QObject | None = None) -> Any:
    """A read-only, row-selecting table with the look every list in the file shares."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.hide()
    # One fixed row height: the view never measures rows, so appending a batch to a list of
    # 50,000 costs the same as appending it to a list of 200.
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setHighlightSections(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    return view


def selected_rows(view: Any) -> list[Any]:
    model = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.row_at(r) for r in rows if model.row_at(r) is not None]


def current_row(view: Any) -> Any:
    index = view.currentIndex()
    return view.model().row_at(index.row()) if index.isValid() else None
