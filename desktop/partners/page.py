"""Partners: the directory, searched by name, service, city and language; caseworkers and
coordinators add and edit, coordinators remove (a partner with referrals is deactivated)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import accessibility
from desktop.context import AppContext
from desktop.counts import counted
from desktop.partners.dialog import PartnerDialog
from desktop.referrals.table import RowTable, current_row, table_view
from desktop.unsaved import DraftsNotice
from desktop.widgets.rows_model import label
from models.changes import Changes
from models.partners import SERVICES, Partner
from models.permissions import Action

# Column titles marked for translation; translated when the table is built.
COLUMNS = (
    (QT_TRANSLATE_NOOP("partners.page", "Name"), lambda p: p.name),
    (QT_TRANSLATE_NOOP("partners.page", "Services"),
     lambda p: ", ".join(label(s) for s in p.services)),
    (QT_TRANSLATE_NOOP("partners.page", "Cities"), lambda p: ", ".join(p.cities)),
    (QT_TRANSLATE_NOOP("partners.page", "Languages"), lambda p: ", ".join(p.languages)),
    (QT_TRANSLATE_NOOP("partners.page", "Contact"),
     lambda p: " · ".join((p.contact or "").splitlines())),
)


class PartnersPage(QWidget):
    draft_scope = "partners:"  # a partner's input kept across a lock

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel(self.tr("Partners"))
        title.setProperty("class", "sectionTitle")
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search partners by name"))
        self.search.setPlaceholderText(self.tr("Search by name"))
        accessibility.clear_button(self.search)  # named for a screen reader, and its tooltip
        self.service = QComboBox()
        self.service.setAccessibleName(self.tr("Service"))
        self.service.addItem(self.tr("Any service"), None)
        for s in SERVICES:
            self.service.addItem(label(s), s)
        self.city = QLineEdit()
        self.city.setAccessibleName(self.tr("City"))
        self.city.setPlaceholderText(self.tr("City"))
        self.language = QLineEdit()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.setPlaceholderText(self.tr("Language"))
        for w in (self.search, self.city, self.language):
            w.textChanged.connect(lambda _: self.reload())
        self.service.currentIndexChanged.connect(lambda _: self.reload())

        self.model = RowTable([(QCoreApplication.translate("partners.page", title), text)
                               for title, text in COLUMNS], self)
        self.table = table_view(self.model, self.tr("Partner organisations"), self)
        self.table.doubleClicked.connect(lambda _: self.edit_partner())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel("")
        self.add_button = QPushButton(self.tr("&Add partner…"))
        self.add_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(self.edit_partner)
        self.delete_button = QPushButton(self.tr("&Remove…"))
        self.delete_button.setToolTip(self.tr("Remove the partner; one with referrals is kept "
                                              "as inactive so its history stays readable"))
        self.delete_button.clicked.connect(self.delete_partner)

        filters = QHBoxLayout()
        filters.addWidget(title)
        filters.addStretch(1)
        filters.addWidget(self.search, 2)
        filters.addWidget(self.service, 1)
        filters.addWidget(self.city, 1)
        filters.addWidget(self.language, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.add_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.delete_button)
        box = QVBoxLayout(self)
        self.drafts_notice = DraftsNotice(ctx, "partners:")
        box.addWidget(self.drafts_notice)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        # Rows are read on the worker (issue 18); only the newest search is shown.
        self._asked = self._shown = 0
        self.reload()

    def reload(self) -> None:
        text, service = self.search.text(), self.service.currentData()
        city, language = self.city.text().strip(), self.language.text().strip()
        self._asked += 1
        asked = self._asked
        self.ctx.run(lambda b: b.partners.search(
            text, service=service, city=city or None, language=language or None),
            lambda rows: self._show(asked, rows or []), self)

    @property
    def loaded(self) -> bool:
        """The rows of the newest search are shown."""
        return self._shown == self._asked

    def _show(self, asked: int, rows: list[Partner]) -> None:
        if asked != self._asked:
            return  # the filters changed meanwhile
        self._shown = asked
        self.model.set_rows(rows)
        self.count.setText(counted(len(rows), self.tr("%n partner(s)", "", len(rows))))
        self._update_buttons()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("partners"):
            self.reload()

    def _update_buttons(self) -> None:
        selected = current_row(self.table) is not None
        self.ctx.guard(self.add_button, Action.EDIT_PARTNER)
        self.ctx.guard(self.edit_button, Action.EDIT_PARTNER)
        self.ctx.guard(self.delete_button, Action.DELETE)
        if not selected:
            self.edit_button.setEnabled(False)
            self.delete_button.setEnabled(False)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_item(self) -> None:
        if not self.ctx.can(Action.EDIT_PARTNER):
            return
        partner = PartnerDialog.ask(self)
        if partner is not None:
            self.ctx.run(lambda b: b.partners.add(partner), parent=self)

    def edit_partner(self) -> None:
        row: Partner | None = current_row(self.table)
        if row is None or not self.ctx.can(Action.EDIT_PARTNER):
            return
        partner = PartnerDialog.ask(self, row)
        if partner is not None:
            self.ctx.run(lambda b: b.partners.update(partner), parent=self)

    def delete_partner(self) -> None:
        row: Partner | None = current_row(self.table)
        if row is None or not self.ctx.can(Action.DELETE):
            return
        answer = QMessageBox.question(
            self, self.tr("Remove partner"),
            self.tr("Remove {name} from the directory? If it has referrals or consents it is "
                    "kept as inactive so their history stays readable.").format(name=row.name))
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(lambda b: b.partners.delete(row.id), parent=self)
