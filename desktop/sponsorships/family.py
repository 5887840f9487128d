"""The sponsored family: links to client records, picked with a search box. The budget
counts them (unless a coordinator set the family size)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import accessibility
from desktop.context import AppContext
from desktop.counts import counted
from desktop.sponsorships.detail import Detail, DetailPart
from desktop.sponsorships.fields import problem_label, say
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.rows_model import RowsModel, label, table_view
from models.permissions import Action
from models.sponsorship.repository import FamilyLink

SEARCH_LIMIT = 50


class ClientPickerDialog(UnsavedInput, QDialog):
    """Search the casebook's clients as you type; choose one and say how they are related.
    A typed relationship is asked about before Escape drops it and kept across a lock (the
    search is only a way to find someone: not asked about)."""

    def __init__(self, parent: QWidget | None, ctx: AppContext,
                 exclude: set[int] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.setWindowTitle(self.tr("Add a family member"))
        self.ctx = ctx
        self.exclude = exclude or set()
        self.result_pick: tuple[int, str | None] | None = None
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search clients"))
        self.search.setPlaceholderText(self.tr("Type part of a name"))
        accessibility.clear_button(self.search)  # named for a screen reader, and its tooltip
        self.model = RowsModel([(self.tr("Name"), lambda r: r.display_name),
                                (self.tr("City"), lambda r: r.city or ""),
                                (self.tr("Status"), lambda r: label(r.status))], self)
        self.table = table_view(self.model, self.tr("Matching clients"), self)
        self.table.setObjectName("clientMatches")
        self.table.setColumnWidth(0, 220)
        self.table.doubleClicked.connect(lambda _i: self.try_accept())
        self.relationship = QLineEdit()
        self.relationship.setAccessibleName(self.tr("Relationship"))
        self.relationship.setPlaceholderText(self.tr("principal applicant, spouse, child…"))
        self.message = problem_label(self)
        self.search.textChanged.connect(lambda _t: self.find())
        form = QFormLayout()
        for text, widget in ((self.tr("&Search:"), self.search),
                             (self.tr("&Relationship:"), self.relationship)):
            lab = QLabel(text)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Add to family"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.table, 1)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.resize(560, 460)
        self.search.setProperty("unsavedSkip", True)
        self.start_guarding(self.tr("the family member"), dialog_key(self))
        # Matches are found on the worker (issue 18); only the newest search is shown.
        self._asked = self._shown = 0
        self.find()

    def find(self) -> None:
        text, exclude = self.search.text(), self.exclude

        def rows(book):  # noqa: ANN001, ANN202
            ids = [i for i in book.clients.search(text, limit=SEARCH_LIMIT + len(exclude))
                   if i not in exclude][:SEARCH_LIMIT]
            return book.clients.rows(ids)

        self._asked += 1
        asked = self._asked
        self.ctx.run(rows, lambda found: self._show_found(asked, found), self)

    @property
    def loaded(self) -> bool:
        """The matches of the newest search are shown."""
        return self._shown == self._asked

    def _show_found(self, asked: int, found: list | None) -> None:
        if asked != self._asked:
            return  # typed on meanwhile
        self._shown = asked
        self.model.set_rows(found or [])
        if self.model.rowCount():
            self.table.selectRow(0)

    def try_accept(self) -> None:
        index = self.table.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        if row is None:
            say(self.message, self.tr("Choose a client from the list (search by name)."))
            return
        self.result_pick = (row.id, self.relationship.text().strip() or None)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext,
            exclude: set[int] | None = None) -> tuple[int, str | None] | None:
        """(client id, relationship), or None if cancelled."""
        dialog = cls(parent, ctx, exclude)
        dialog.exec()
        return dialog.result_pick


class FamilyPart(DetailPart):
    title = QT_TRANSLATE_NOOP("sponsorships.tabs", "&Family")

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model = RowsModel([(self.tr("Name"), lambda f: f.display_name),
                                (self.tr("Relationship"), lambda f: f.relationship or "")],
                               self)
        self.table = table_view(self.model, self.tr("Sponsored family"), self)
        self.table.setObjectName("familyTable")
        self.table.setColumnWidth(0, 260)
        self.table.doubleClicked.connect(lambda _i: self.open_client())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._selected())
        self.size_note = QLabel()
        self.size_note.setObjectName("familySizeNote")
        self.size_note.setWordWrap(True)
        self.add_button = self.button(self.tr("&Add family member…"), self.add_person,
                                      "addFamily", Action.MANAGE_SPONSORSHIP)
        self.remove_button = self.button(self.tr("&Remove from family…"), self.remove_person,
                                         "removeFamily", Action.MANAGE_SPONSORSHIP)
        self.open_button = self.button(self.tr("&Open client file"), self.open_client,
                                       "openFamily")
        actions = QHBoxLayout()
        actions.addWidget(self.size_note, 1)
        for b in (self.add_button, self.remove_button, self.open_button):
            actions.addWidget(b)
        box = QVBoxLayout(self)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        self._selected()

    def show_detail(self, detail: Detail) -> None:
        self.detail = detail
        self.model.set_rows(detail.family)
        b = detail.budget
        if b is not None and b.family_size_overridden:
            self.size_note.setText(self.tr("The budget uses a family size of {n}, set on the "
                                           "Budget tab.").format(n=b.family_size))
        else:
            n = len(detail.family)
            self.size_note.setText(counted(n, self.tr("%n person(s) in the family; the budget "
                                                   "counts them.", "", n)))
        self._selected()

    def selected(self) -> FamilyLink | None:
        return self.current(self.table)

    def _selected(self) -> None:
        on = self.selected() is not None
        self.enable(self.remove_button, on, Action.MANAGE_SPONSORSHIP)
        self.open_button.setEnabled(on)

    def add_person(self) -> None:
        sid = self.sponsorship_id
        if sid is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        have = {f.client_id for f in self.detail.family} if self.detail else set()
        pick = ClientPickerDialog.ask(self, self.ctx, have)
        if pick is not None:
            cid, relationship = pick
            self.run(lambda b: b.sponsorships.link_client(sid, cid, relationship),
                     self.tr("Added to the sponsored family."))

    def remove_person(self) -> None:
        f = self.selected()
        if f is None or not self.ctx.can(Action.MANAGE_SPONSORSHIP):
            return
        answer = QMessageBox.question(self, self.tr("Remove from family"),
                                      self.tr("Take this person out of the sponsored family? "
                                              "Their client record stays."))
        if answer == QMessageBox.StandardButton.Yes:
            self.run(lambda b: b.sponsorships.unlink_client(f.sponsorship_id, f.client_id),
                     self.tr("Removed from the sponsored family."))

    def open_client(self) -> None:
        f = self.selected()
        if f is not None:
            self.ctx.open_client.emit(f.client_id)
