"""The client table: the first page of a SQL search, with further rows loaded in batches as
the view scrolls to them, so 50,000 clients cost a screenful of rows per keystroke.

Every load runs on the database worker and comes back through a callback: scrolling never
waits on the database on the GUI thread (issue 18). The full id list of a search is asked
for only when the view scrolls past the first page, not on every keystroke."""

from __future__ import annotations

from array import array
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor

from desktop.clients.client_form import flag_label
from desktop.widgets.rows_model import label
from models.clients import ClientRow

BATCH = 200
# A loaded row, kept as a flat tuple of atomic values: (id, name, city, status, owner id,
# flag codes joined by spaces). CPython's cycle collector stops tracking such tuples, so
# 200,000 loaded rows add nothing to its full collections; as objects (ClientRow and its
# frozenset) they made each one walk 400,000 more and block a scroll frame for 100 ms and
# more (issue 18).
Row = tuple[int, str, str | None, str, int | None, str]


def plain(r: ClientRow) -> Row:
    return (r.id, r.display_name, r.city, r.status, r.owner_id, " ".join(sorted(r.flags)))


CHUNK = 256
# Chunks of a replaced result freed per turn of the event loop (~2,000 rows, ~1-2 ms).
RELEASE_CHUNKS = 8


class LoadedRows:
    """The loaded rows, in tuples of ``CHUNK`` rows plus a short list being filled.

    Untracked rows are not enough: a full collection still walks every item of a list that
    holds them, touching 200,000 scattered objects (10-20 ms CPU, and 40-80 ms under load,
    in one scroll frame at 200,000 clients; issue 18). A tuple whose items are all
    untracked is itself untracked, so a full collection walks one item per chunk and at
    most ``CHUNK`` rows."""

    def __init__(self, rows: Iterable[Row] = ()) -> None:
        self._chunks: list[tuple[Row, ...]] = []
        self._tail: list[Row] = []
        self.extend(rows)

    def extend(self, rows: Iterable[Row]) -> None:
        self._tail.extend(rows)
        while len(self._tail) >= CHUNK:
            self._chunks.append(tuple(self._tail[:CHUNK]))
            del self._tail[:CHUNK]

    def __len__(self) -> int:
        return len(self._chunks) * CHUNK + len(self._tail)

    def __getitem__(self, i: int) -> Row:
        if i < 0:
            raise IndexError(i)
        chunk, at = divmod(i, CHUNK)
        return self._chunks[chunk][at] if chunk < len(self._chunks) else self._tail[at]

    def __iter__(self) -> Iterator[Row]:
        for chunk in self._chunks:
            yield from chunk
        yield from self._tail

    def release(self, chunks: int) -> bool:
        """Free up to ``chunks`` chunks, the last first; True while rows remain."""
        del self._chunks[-max(1, chunks):]
        if not self._chunks:
            self._tail.clear()
        return bool(self._chunks or self._tail)


COLUMNS = (QT_TRANSLATE_NOOP("ClientTableModel", "Name"),
           QT_TRANSLATE_NOOP("ClientTableModel", "City"),
           QT_TRANSLATE_NOOP("ClientTableModel", "Status"),
           QT_TRANSLATE_NOOP("ClientTableModel", "Owner"),
           QT_TRANSLATE_NOOP("ClientTableModel", "Flags"))
ID_ROLE = Qt.ItemDataRole.UserRole
# The roles ``data`` answers, as plain ints (PySide passes the role as an int): a paint asks
# each of ~90 visible cells for seven roles, and looking each enum member up and comparing
# it took a quarter of a repaint (issue 18: the repaint is part of every keystroke).
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ID = int(ID_ROLE)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _FOREGROUND, _ID})


RowsLoader = Callable[[list[int], Callable[[list[ClientRow]], None],
                       Callable[[BaseException], None]], None]
IdsLoader = Callable[[Callable[[list[int] | None], None], Callable[[BaseException], None]],
                     None]


class ClientTableModel(QAbstractTableModel):
    """``load_rows(ids, on_rows, on_error)`` starts loading the ``ClientRow``s of a batch on
    the worker and calls ``on_rows`` with them later; ``load_ids(on_ids, on_error)`` likewise
    for every id of the current search (needed only past the first page)."""

    def __init__(self, load_rows: RowsLoader, parent: QObject | None = None,
                 load_ids: IdsLoader | None = None) -> None:
        super().__init__(parent)
        self._load_rows = load_rows
        self._load_ids = load_ids
        # An array of 64-bit ints: no Python object per id, so the cycle collector never
        # walks them (a tuple of 200,000 ids cost its first collection ~20 ms in a scroll
        # frame at 200,000 clients, a list every full one; see LoadedRows).
        self._ids = array("q")
        self._rows = LoadedRows()
        self._total = 0
        self._epoch = 0  # bumped by every new result; late answers for older ones are dropped
        self._fetching = False
        self.owner_names: dict[int, str] = {}
        # Replaced results whose rows are freed a few chunks per turn of the event loop.
        self._released: list[LoadedRows] = []
        self._release_timer = QTimer(self)
        self._release_timer.setInterval(0)
        self._release_timer.timeout.connect(self._release_some)

    def set_ids(self, ids: list[int], first: list[ClientRow] | None = None,
                total: int | None = None) -> None:
        """A new search result: show its first batch (``first`` when the search already
        loaded it, saving a second trip to the worker), fetch the rest on demand. ``ids``
        may be only the first page's, with ``total`` counting all; ``complete_ids`` then
        brings the rest."""
        self.beginResetModel()
        self._epoch += 1
        self._fetching = False
        self._ids = array("q", ids)
        self._release_later(self._rows)
        self._rows = LoadedRows(plain(r) for r in first or [])
        self._total = len(self._ids) if total is None else total
        self.endResetModel()
        if not self._rows and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def complete_ids(self, ids: list[int]) -> bool:
        """Every id of the search whose first page is shown, for scrolling further. False
        (and no more scrolling) if the casebook changed in between: the page searches again
        on that change anyway."""
        every = array("q", ids)
        if every[:len(self._ids)] != self._ids:
            self._total = len(self._rows)
            return False
        self._ids = every
        self._total = len(every)
        return True

    def set_total(self, total: int) -> None:
        """The count of the search shown, arriving after its first page (which was shown
        with room for one more). The id list, once complete, knows better."""
        if not self.ids_complete:
            self._total = max(total, len(self._rows))

    @property
    def fetching(self) -> bool:
        """Whether a batch (or the id list) is on its way from the worker."""
        return self._fetching

    @property
    def total(self) -> int:
        return self._total

    @property
    def ids_complete(self) -> bool:
        """Whether every id of the search is known (the follow-up job has arrived)."""
        return len(self._ids) >= self._total

    def client_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, client_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r[0] == client_id:
                return i
        return None

    @property
    def releasing(self) -> int:
        """How many rows of replaced results are still to be freed."""
        return sum(len(rows) for rows in self._released)

    def _release_later(self, rows: LoadedRows) -> None:
        """Free a replaced result's rows a few chunks per turn of the event loop. Freed at
        once, the 200,000 rows of a list scrolled to the end (a million objects) held the
        frame of the next keystroke's search for 50-90 ms at 200,000 clients (issue 18)."""
        if len(rows) <= CHUNK * RELEASE_CHUNKS:
            return  # a few thousand rows are freed with the reference, in a millisecond
        self._released.append(rows)
        self._release_timer.start()

    def _release_some(self) -> None:
        if self._released and not self._released[0].release(RELEASE_CHUNKS):
            self._released.pop(0)
        if not self._released:
            self._release_timer.stop()

    # -- lazy loading --------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        """Ask the worker for the next batch; the rows are inserted when they arrive."""
        if parent.isValid() or self._fetching or not self.canFetchMore(parent):
            return
        epoch, start = self._epoch, len(self._rows)
        if len(self._ids) < min(self._total, start + BATCH) and self._load_ids is not None:
            self._fetching = True
            self._load_ids(lambda ids: self._ids_arrived(epoch, ids),
                           lambda _exc: self._failed(epoch))
            return
        batch = self._ids[start:start + BATCH].tolist()
        if not batch:
            return
        self._fetching = True
        self._load_rows(batch, lambda rows: self._rows_arrived(epoch, start, batch, rows),
                        lambda _exc: self._failed(epoch))

    def _failed(self, epoch: int) -> None:
        if epoch == self._epoch:
            self._fetching = False

    def _ids_arrived(self, epoch: int, ids: list[int] | None) -> None:
        if epoch != self._epoch:
            return
        self._fetching = False
        if ids is not None and self.complete_ids(ids):
            self.fetchMore()

    def _rows_arrived(self, epoch: int, start: int, batch: list[int],
                      rows: list[ClientRow] | None) -> None:
        if epoch != self._epoch or start != len(self._rows):
            return
        self._fetching = False
        rows = rows or []
        if len(rows) < len(batch):  # some were removed since the search: drop their ids
            found = {r.id for r in rows}
            gone = {i for i in batch if i not in found}
            self._ids = array("q", (i for i in self._ids if i not in gone))
            self._total -= len(gone)
        if not rows:
            self.fetchMore()  # the whole batch was removed meanwhile: try the next one
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(plain(r) for r in rows)
        self.endInsertRows()

    # -- Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ANSWERED:  # most of what a paint asks (font, alignment, icon...)
            return None
        row = index.row()  # -1 for an invalid index
        if not 0 <= row < len(self._rows):
            return None
        cid, name, city, status, owner_id, flags = self._rows[row]
        if role == _DISPLAY or role == _TOOLTIP:
            col = index.column()
            if col == 0:
                return name
            if col == 1:
                return city or ""
            if col == 2:
                return label(status)
            if col == 3:
                return self.owner_names.get(owner_id, "") if owner_id else ""
            return ", ".join(flag_label(f) for f in flags.split())
        if role == _ID:
            return cid
        if status == "closed":  # the foreground role
            return QBrush(QColor(128, 128, 128))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("ClientTableModel", COLUMNS[section])
        return None
