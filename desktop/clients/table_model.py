"""The client table: every id a SQL search returned, with rows loaded in batches as the
view scrolls to them, so 50,000 clients cost one id list and a screenful of rows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.clientfile.rows_model import label
from desktop.clients.client_form import FLAG_LABELS
from models.clients import ClientRow

BATCH = 200
COLUMNS = ("Name", "City", "Status", "Owner", "Flags")
ID_ROLE = Qt.ItemDataRole.UserRole


class ClientTableModel(QAbstractTableModel):
    """``load_rows(ids)`` returns ``ClientRow``s for a batch (``ctx.read`` on the worker)."""

    def __init__(self, load_rows: Callable[[list[int]], list[ClientRow]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._ids: list[int] = []
        self._rows: list[ClientRow] = []
        self._total = 0
        self.owner_names: dict[int, str] = {}

    def set_ids(self, ids: list[int], first: list[ClientRow] | None = None,
                total: int | None = None) -> None:
        """A new search result: show its first batch (``first`` when the search already
        loaded it, saving a second trip to the worker), fetch the rest on demand. ``ids``
        may be only the first page's, with ``total`` counting all; ``complete_ids`` then
        brings the rest."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = list(first or [])
        self._total = len(self._ids) if total is None else total
        self.endResetModel()
        if not self._rows and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def complete_ids(self, ids: list[int]) -> None:
        """Every id of the search whose first page is shown, for scrolling further."""
        if ids[:len(self._ids)] == self._ids:
            self._ids = list(ids)
            self._total = len(ids)

    @property
    def total(self) -> int:
        return self._total

    @property
    def ids_complete(self) -> bool:
        """Whether every id of the search is known (the follow-up job has arrived)."""
        return len(self._ids) >= self._total

    def client_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == client_id:
                return i
        return None

    # -- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid():
            return
        start = len(self._rows)
        batch = self._ids[start:start + BATCH]
        if not batch:
            return
        rows = self._load_rows(batch) or []
        if len(rows) < len(batch):  # some were removed since the search: drop their ids
            found = {r.id for r in rows}
            gone = {i for i in batch if i not in found}
            self._ids = [i for i in self._ids if i not in gone]
            self._total -= len(gone)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            col = index.column()
            if col == 0:
                return r.display_name
            if col == 1:
                return r.city or ""
            if col == 2:
                return label(r.status)
            if col == 3:
                return self.owner_names.get(r.owner_id, "") if r.owner_id else ""
            return ", ".join(FLAG_LABELS[f] for f in sorted(r.flags))
        if role == ID_ROLE:
            return r.id
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "closed":
            return QBrush(QColor(128, 128, 128))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None
