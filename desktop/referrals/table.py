"""A small read-only table over plain rows, shared by the Referrals, Partners and Settings
sections: each column is a title and a function from the row to its text; a row may be
highlighted (a stale referral) with a colour that works on light and dark palettes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

# PySide6 6.12 drops a reference to None per data() call that returns it; the client file's
# model measures that once and compensates.

Column = tuple[str, Callable[[Any], str]]
ROW_ROLE = Qt.ItemDataRole.UserRole
_INDEX = QModelIndex()


def words(value: str | None) -> str:
    """A stored key such as ``shelter_housing`` as words: "Shelter housing"."""
    if not value:
        return ""
    text = value.replace("_", " ")
    return text[0].upper() + text[1:]


def highlight() -> tuple[QColor, QColor]:
    """Background and text for a row that needs attention, readable on either palette."""
    dark = QGuiApplication.palette().window().color().lightness() < 128
    return (QColor("#5d4200"), QColor("#ffe9a8")) if dark else \
        (QColor("#fff3cd"), QColor("#5d4200"))


class RowTable(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 flagged: Callable[[Any], bool] | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Any] = []
        self._flagged = flagged

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _INDEX) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()][1](row)
        if role == ROW_ROLE:
            return row
        if self._flagged is not None and role in (Qt.ItemDataRole.BackgroundRole,
                                                  Qt.ItemDataRole.ForegroundRole):
            if self._flagged(row):
                back, fore = highlight()
                return QBrush(back if role == Qt.ItemDataRole.BackgroundRole else fore)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._columns)):
            return self._columns[section][0]
        return None


def table_view(model: QAbstractTableModel, accessible_name: str, parent: QWidget | None = None,
               *, multi: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    view.setTabKeyNavigation(False)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = 320) -> None:
    """Columns as wide as their contents (a screenful of rows), within reason."""
    # Measure the rows near the top only: measuring thousands of rows blocks the window.
    view.horizontalHeader().setResizeContentsPrecision(60)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for col in range(header.count() - 1):
        header.resizeSection(col, min(widest, header.sectionSize(col) + 12))


def selected_rows(view: QTableView) -> list[Any]:
    model = view.model()
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [model.row_at(r) for r in rows if model.row_at(r) is not None]


def current_row(view: QTableView) -> Any:
    index = view.currentIndex()
    return view.model().row_at(index.row()) if index.isValid() else None
