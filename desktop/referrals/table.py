"""Tables of the Referrals, Partners and Settings sections: the client file's rows model and
table look, plus a highlight for rows that need attention (a stale referral) and columns
fitted to their contents."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from desktop.widgets import rows_model
from desktop.widgets.rows_model import Column, RowsModel, current_row, selected_rows

__all__ = ["RowTable", "current_row", "fit_columns", "selected_rows", "table_view"]


def highlight() -> tuple[QColor, QColor]:
    """Background and text for a row that needs attention, readable on either palette."""
    dark = QGuiApplication.palette().window().color().lightness() < 128
    return (QColor("#5d4200"), QColor("#ffe9a8")) if dark else \
        (QColor("#fff3cd"), QColor("#5d4200"))


class RowTable(RowsModel):
    """The shared rows model, with rows that need attention (``flagged``) highlighted."""

    def __init__(self, columns: Sequence[Column], parent: QObject | None = None,
                 flagged: Callable[[Any], bool] | None = None) -> None:
        super().__init__(columns, parent)
        self._flagged = flagged

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (self._flagged is not None and index.isValid()
                and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)):
            row = self.row_at(index.row())
            if row is not None and self._flagged(row):
                back, fore = highlight()
                return QBrush(back if role == Qt.ItemDataRole.BackgroundRole else fore)
        return super().data(index, role)


def table_view(model: RowsModel, accessible_name: str, parent: QWidget | None = None,
               *, multi: bool = False) -> QTableView:
    """The shared table look, optionally multi-select, with columns fitted to contents."""
    view = rows_model.table_view(model, accessible_name, parent)
    if multi:
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    model.modelReset.connect(lambda: fit_columns(view))
    return view


def fit_columns(view: QTableView, widest: int = 320) -> None:
    """Columns as wide as their contents (a screenful of rows), within reason."""
    # Measure the rows near the top only: measuring thousands of rows blocks the window.
    view.horizontalHeader().setResizeContentsPrecision(60)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    sizes = [min(widest, header.sectionSize(col) + 12) for col in range(header.count())]
    # Every column on screen (issue 16: each section fits 1,024 x 700): when the columns
    # are wider than the table, the widest give way first and their text is elided, rather
    # than the last columns being cut off behind a horizontal scroll bar.
    room = view.viewport().width()
    cap = max(sizes, default=0)
    while room > 0 and cap > 80 and sum(min(s, cap) for s in sizes) > room:
        cap -= 8
    for col in range(header.count() - 1):
        header.resizeSection(col, min(sizes[col], cap))
