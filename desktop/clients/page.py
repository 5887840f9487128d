"""Clients: the whole casebook in one table, searched as you type (names, other names and
note text), filtered by status, owner, city and flag — all in SQL on the worker."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import accessibility, errors
from desktop.clients.client_form import flag_label
from desktop.clients.new_client_dialog import NewClientDialog
from desktop.clients.table_model import BATCH, ClientTableModel
from desktop.context import AppContext
from desktop.counts import counted
from desktop.widgets.rows_model import table_view
from models.changes import Changes
from models.clients import FLAGS
from models.permissions import Action

SEARCH_DELAY_MS = 120
# A search's matches are counted up to this many; more reads "More than 1,000 clients
# found". Counting a one-letter search's 105,000 matches at 200,000 clients took 6 ms of
# each keystroke, for a figure nobody reads (issue 18).
COUNT_CAP = 1000


class _SearchBox(QLineEdit):
    """Down arrow moves into the results, so searching never needs the mouse."""

    def __init__(self, page: ClientsPage) -> None:
        super().__init__()
        self._page = page

    def keyPressEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API
        if event.key() == Qt.Key.Key_Down:
            self._page.focus_results()
            return
        super().keyPressEvent(event)


class ClientsPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._generation = 0
        self._applied = 0

        title = QLabel(self.tr("Clients"))
        title.setProperty("class", "sectionTitle")
        self.search = _SearchBox(self)
        self.search.setObjectName("clientSearch")
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Search names, other names and notes  (Ctrl+F)"))
        accessibility.clear_button(self.search)  # named for a screen reader, and its tooltip
        self.status = self._combo(self.tr("Status filter"), [(self.tr("Any status"), None),
                                                             (self.tr("Active"), "active"),
                                                             (self.tr("Closed"), "closed")])
        self.owner = self._combo(self.tr("Owner filter"), [(self.tr("Anyone's"), None)])
        self.city = self._combo(self.tr("City filter"), [(self.tr("Any city"), None)])
        self.flag = self._combo(self.tr("Flag filter"), [(self.tr("Any flag"), None)]
                                + [(flag_label(f), f) for f in FLAGS])
        self.new_button = QPushButton(self.tr("&New client…"))
        self.new_button.setObjectName("newClient")
        self.new_button.clicked.connect(self.new_item)
        ctx.guard(self.new_button, Action.EDIT_CLIENT)

        self._searched: tuple[str, dict] = ("", {})  # what the shown result was searched for
        self.model = ClientTableModel(self._load_rows, self, load_ids=self._load_ids)
        self.table = table_view(self.model, self.tr("Clients"), self)
        self.table.setObjectName("clientTable")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col, width in ((1, 150), (2, 90), (3, 120), (4, 200)):
            self.table.setColumnWidth(col, width)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.count = QLabel()
        self.count.setObjectName("clientCount")
        self.count.setAccessibleName(self.tr("Number of clients found"))
        self.problem = QLabel()
        self.problem.setObjectName("searchProblem")
        self.problem.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.status, self.owner, self.city, self.flag):
            filters.addWidget(combo, 1)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(filters)
        box.addWidget(self.problem)
        box.addWidget(self.table, 1)
        box.addWidget(self.count)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.owner, self.city, self.flag):
            combo.currentIndexChanged.connect(lambda _i: self.run_search())
        self.search.returnPressed.connect(self.focus_results)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear,
                  context=Qt.ShortcutContext.WidgetShortcut)

        self._fill_choices()
        self.run_search()
        # After the search on the worker's queue: the first page comes before the city list.
        self.ctx.run(lambda b: b.clients.cities(), self._fill_cities, self,
                     on_error=lambda _exc: None)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    def _fill_choices(self) -> None:
        names = self.ctx.user_names()
        self.model.owner_names = names
        me = self.ctx.user_id
        if me in names:
            self.owner.addItem(self.tr("Mine"), me)
        for uid, name in sorted(names.items(), key=lambda kv: kv[1].casefold()):
            if uid != me:
                self.owner.addItem(name, uid)

    def _fill_cities(self, cities: list[str]) -> None:
        current = self.city.currentData()
        self.city.blockSignals(True)
        while self.city.count() > 1:
            self.city.removeItem(1)
        for city in cities:
            self.city.addItem(city, city)
        self.city.setCurrentIndex(max(0, self.city.findData(current)))
        self.city.blockSignals(False)

    def _load_rows(self, ids: list[int], on_rows, on_error) -> None:  # noqa: ANN001
        self.ctx.run(lambda b: b.clients.rows(ids), on_rows, self, on_error=on_error)

    def _load_ids(self, on_ids, on_error) -> None:  # noqa: ANN001
        """Every id of the shown result, asked for once the view scrolls past its first
        page (an O(N) walk that no longer runs on every keystroke)."""
        text, filters = self._searched
        generation = self._applied

        def every_id(book):  # noqa: ANN001, ANN202
            if generation != self._generation:
                return None  # a newer search replaced the result meanwhile
            return book.clients.search(text, **filters)

        self.ctx.run(every_id, on_ids, self, on_error=on_error)

    # -- searching -----------------------------------------------------------------------
    def run_search(self) -> None:
        """Search on the worker; a search overtaken by newer typing is skipped or ignored."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text = self.search.text()
        status, owner = self.status.currentData(), self.owner.currentData()
        city, flag = self.city.currentData(), self.flag.currentData()
        if self._applied < generation - 1:
            self.count.setText(self.tr("Searching…"))

        filters = {"status": status, "owner_id": owner, "city": city, "flag": flag}

        full = [False]  # set on the worker by first_page, read there by count

        def first_page(book):  # noqa: ANN001, ANN202
            if generation != self._generation:
                return None  # already overtaken: don't spend the worker on it
            ids = book.clients.search(text, limit=BATCH, **filters)
            full[0] = len(ids) == BATCH
            return ids, book.clients.rows(ids), None if full[0] else len(ids)

        # Every client (no search, no filter) is counted exactly: that count is cheap.
        cap = COUNT_CAP + 1 if text.strip() or any(v is not None for v in filters.values()) \
            else None

        def count(book):  # noqa: ANN001, ANN202
            if not full[0] or generation != self._generation:
                return None
            return book.clients.count_matching(text, limit=cap, **filters)

        # The first page, then (only when it is full) the count in a job of its own: the
        # rows are shown without waiting for it (a count of 200,000 clients is ~30 ms at
        # unlock; issue 18). The full id list is loaded only if the view scrolls past the
        # first page (see _load_ids).
        self.ctx.run(first_page, lambda found: self._apply(generation, found, (text, filters)),
                     self, on_error=self._search_failed)
        self.ctx.run(count, lambda n: self._counted(generation, n), self,
                     on_error=self._search_failed)

    def _apply(self, generation: int, found: tuple[list[int], list, int] | None,
               searched: tuple[str, dict] = ("", {})) -> None:
        if found is None or generation != self._generation:
            return
        ids, first, total = found
        self._applied = generation
        self._searched = searched
        selected = self.selected_id()
        self.problem.hide()
        # A full first page is shown with "at least one more" until its count arrives.
        self.model.set_ids(ids, first, len(ids) + 1 if total is None else total)
        if total is None:
            self.count.setText(self.tr("Searching…"))
        else:
            self._show_count()
        if selected is not None:
            row = self.model.row_of(selected)
            if row is not None:
                self.table.selectRow(row)

    def _counted(self, generation: int, n: int | None) -> None:
        if n is None or generation != self._generation or self._applied != generation:
            return
        self.model.set_total(n)
        self._show_count()

    def _show_count(self) -> None:
        n = self.model.total
        filtered = bool(self.search.text().strip()) or any(
            c.currentIndex() > 0 for c in (self.status, self.owner, self.city, self.flag))
        if n == 0:
            self.count.setText(self.tr("No client matches. Try fewer words or clear the "
                                       "filters.") if filtered else
                               self.tr("No clients yet. Add one with New client (Ctrl+N)."))
        elif filtered and n > COUNT_CAP and not self.model.ids_complete:
            self.count.setText(self.tr("More than {count} clients found").format(
                count=QLocale().toString(COUNT_CAP)))
        elif filtered:
            self.count.setText(counted(n, self.tr("%n client(s) found", "", n)))
        else:
            self.count.setText(counted(n, self.tr("%n client(s)", "", n)))

    def _search_failed(self, exc: BaseException) -> None:
        self.problem.setText(errors.message_for(exc))
        self.problem.show()

    # -- actions -------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.client_id(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        client_id = self.model.client_id(index.row())
        if client_id is not None:
            self.ctx.open_client.emit(client_id)

    def focus_results(self) -> None:
        if self.model.rowCount() == 0:
            return
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        if not self.ctx.can(Action.EDIT_CLIENT):
            self.ctx.status_message.emit(
                self.tr("Only a caseworker or coordinator can add clients."))
            return
        client_id = NewClientDialog.ask(self, self.ctx)
        if client_id is not None:
            self.ctx.open_client.emit(client_id)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("clients") or changes.touches("notes"):
            self.run_search()
            if changes.touches("clients"):
                self.ctx.run(lambda b: b.clients.cities(), self._fill_cities, self,
                             on_error=lambda _exc: None)
