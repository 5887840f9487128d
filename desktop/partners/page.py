"""Partners: the directory, searched by name, service, city and language; caseworkers and
coordinators add and edit, coordinators remove (a partner with referrals is deactivated)."""

from __future__ import annotations

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

from desktop.clientfile.rows_model import label
from desktop.context import AppContext
from desktop.partners.dialog import PartnerDialog
from desktop.referrals.table import RowTable, current_row, table_view
from models.changes import Changes
from models.partners import SERVICES, Partner
from models.permissions import Action

COLUMNS = (
    ("Name", lambda p: p.name),
    ("Services", lambda p: ", ".join(label(s) for s in p.services)),
    ("Cities", lambda p: ", ".join(p.cities)),
    ("Languages", lambda p: ", ".join(p.languages)),
    ("Contact", lambda p: " · ".join((p.contact or "").splitlines())),
)


class PartnersPage(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        title = QLabel("Partners")
        title.setProperty("class", "sectionTitle")
        self.search = QLineEdit()
        self.search.setAccessibleName("Search partners by name")
        self.search.setPlaceholderText("Search by name")
        self.search.setClearButtonEnabled(True)
        self.service = QComboBox()
        self.service.setAccessibleName("Service")
        self.service.addItem("Any service", None)
        for s in SERVICES:
            self.service.addItem(label(s), s)
        self.city = QLineEdit()
        self.city.setAccessibleName("City")
        self.city.setPlaceholderText("City")
        self.language = QLineEdit()
        self.language.setAccessibleName("Language")
        self.language.setPlaceholderText("Language")
        for w in (self.search, self.city, self.language):
            w.textChanged.connect(lambda _: self.reload())
        self.service.currentIndexChanged.connect(lambda _: self.reload())

        self.model = RowTable(COLUMNS, self)
        self.table = table_view(self.model, "Partner organisations", self)
        self.table.doubleClicked.connect(lambda _: self.edit_partner())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.count = QLabel("")
        self.add_button = QPushButton("&Add partner…")
        self.add_button.clicked.connect(self.new_item)
        self.edit_button = QPushButton("&Edit…")
        self.edit_button.clicked.connect(self.edit_partner)
        self.delete_button = QPushButton("&Remove…")
        self.delete_button.setToolTip("Remove the partner; one with referrals is kept as "
                                      "inactive so its history stays readable")
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
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(actions)
        self.reload()

    def reload(self) -> None:
        text, service = self.search.text(), self.service.currentData()
        city, language = self.city.text().strip(), self.language.text().strip()
        rows = self.ctx.read(lambda b: b.partners.search(
            text, service=service, city=city or None, language=language or None)) or []
        self.model.set_rows(rows)
        self.count.setText(f"{len(rows)} partner{'s' if len(rows) != 1 else ''}")
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
            self, "Remove partner",
            f"Remove {row.name} from the directory? If it has referrals or consents it is "
            "kept as inactive so their history stays readable.")
        if answer == QMessageBox.StandardButton.Yes:
            self.ctx.run(lambda b: b.partners.delete(row.id), parent=self)
