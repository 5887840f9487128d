"""Household, relatives in Canada and documents held: what screenings are prefilled from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.clientfile import form_dialog
from desktop.clientfile.form_dialog import Field, FormDialog
from desktop.clientfile.tab import ClientTab
from desktop.widgets.rows_model import RowsModel, label, table_view
from models.household import (
    DOCUMENT_TYPES,
    RELATIONSHIPS,
    RELATIVE_STATUSES,
    Document,
    HouseholdMember,
    Relative,
)
from models.permissions import Action

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook

_ADULT = ((QT_TRANSLATE_NOOP("clientfile.household", "Not known"), None),
          (QT_TRANSLATE_NOOP("clientfile.household", "18 or over"), True),
          (QT_TRANSLATE_NOOP("clientfile.household", "Under 18"), False))
DOC_LABELS = {"pr_visa": QT_TRANSLATE_NOOP("clientfile.household", "Permanent resident visa"),
              "eta": QT_TRANSLATE_NOOP("clientfile.household", "eTA"),
              "travel_document_a31": QT_TRANSLATE_NOOP(
                      "clientfile.household", "Travel document (IRPA 31(3))"),
              "temporary_travel_document_r151": QT_TRANSLATE_NOOP(
                  "clientfile.household", "Temporary travel document (IRPR 151)"),
              "us_work_authorization": QT_TRANSLATE_NOOP(
                      "clientfile.household", "US work authorization"),
              "us_asylum_receipt": QT_TRANSLATE_NOOP("clientfile.household", "US asylum receipt")}


def doc_label(value: str) -> str:
    """A document type in the interface language."""
    if value in DOC_LABELS:
        return QCoreApplication.translate("clientfile.household", DOC_LABELS[value])
    return label(value)


def _age(adult: bool | None) -> str:
    return QCoreApplication.translate(
            "clientfile.household", next(t for t, v in _ADULT if v is adult))


def _choices(values: tuple[str, ...], names=label) -> tuple[tuple[str, str], ...]:  # noqa: ANN001
    return tuple((names(v), v) for v in values)


class HouseholdTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "&Household")
    entities = ("household_member", "relative", "document")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.members = RowsModel([(self.tr("Name"), lambda m: m.name),
                                  (self.tr("Relationship"), lambda m: m.relationship or ""),
                                  (self.tr("Born"), lambda m: str(m.birth_year or "")),
                                  (self.tr("Notes"), lambda m: m.notes or "")], self)
        self.relatives = RowsModel([(self.tr("Relationship"), lambda r: label(r.relationship)),
                                    (self.tr("Name"), lambda r: r.name or ""),
                                    (self.tr("Age"), lambda r: _age(r.adult)),
                                    (self.tr("Status in Canada"), lambda r: label(r.status)),
                                    (self.tr("City"), lambda r: r.city or "")], self)
        self.documents = RowsModel([(self.tr("Document"), lambda d: doc_label(d.doc_type)),
                                    (self.tr("Expires"), lambda d: d.expiry or ""),
                                    (self.tr("Notes"), lambda d: d.notes or "")], self)
        grid = QGridLayout(self)
        self.views = {}
        sections = (("household_member", self.tr("People in the household"), self.members,
                     self.add_member),
                    ("relative", self.tr("Relatives in Canada"), self.relatives,
                     self.add_relative),
                    ("document", self.tr("Documents held (type and expiry only — never a "
                                         "number)"),
                     self.documents, self.add_document))
        add_words = {"household_member": self.tr("Add person…"),
                     "relative": self.tr("Add relative…"),
                     "document": self.tr("Add document…")}
        for row, (entity, heading, model, add) in enumerate(sections):
            title = QLabel(heading)
            title.setStyleSheet("font-weight: 600;")
            view = table_view(model, heading, self)
            view.setObjectName(f"{entity}Table")
            view.setMinimumHeight(110)
            self.views[entity] = view
            add_b = self.button(add_words[entity], add, f"add_{entity}", Action.EDIT_CLIENT)
            remove_b = self.button(self.tr("Remove"), lambda e=entity: self.remove(e),
                                   f"remove_{entity}", Action.EDIT_CLIENT)
            for b in (add_b, remove_b):
                b.setFixedWidth(150)  # the three tables line up
            for col, width in enumerate({"household_member": (180, 140, 70),
                                         "relative": (150, 170, 110, 190),
                                         "document": (260, 110)}[entity]):
                view.setColumnWidth(col, width)
            buttons = QVBoxLayout()
            buttons.addWidget(add_b)
            buttons.addWidget(remove_b)
            buttons.addStretch(1)
            section = QVBoxLayout()
            section.addWidget(title)
            inner = QHBoxLayout()
            inner.addWidget(view, 1)
            inner.addLayout(buttons)
            section.addLayout(inner)
            holder = QWidget()
            holder.setLayout(section)
            grid.addWidget(holder, row, 0)

    def load(self, book: Casebook) -> Any:
        h = book.household
        return (h.members(self.client_id), h.relatives(self.client_id),
                h.documents(self.client_id))

    def show_data(self, data: Any) -> None:
        members, relatives, documents = data
        self.members.set_rows(members)
        self.relatives.set_rows(relatives)
        self.documents.set_rows(documents)

    # -- adding and removing --------------------------------------------------------------
    def add_member(self) -> None:
        v = FormDialog.ask(self, self.tr("Add a person in the household"), [
            Field("name", self.tr("&Name")),
            Field("relationship", self.tr("Relationship"),
                  placeholder=self.tr("for example: daughter")),
            Field("birth_year", self.tr("Birth year"), placeholder=self.tr("YYYY")),
            Field("notes", self.tr("Notes"), "multiline")])
        if v is None:
            return
        year = v["birth_year"]
        member = HouseholdMember(name=v["name"] or "", relationship=v["relationship"],
                                 birth_year=int(year) if year and year.isdigit() else None,
                                 notes=v["notes"])
        self.ctx.run(lambda b: b.household.add_member(self.client_id, member), parent=self)

    def add_relative(self) -> None:
        v = FormDialog.ask(self, self.tr("Add a relative in Canada"), [
            Field("relationship", self.tr("&Relationship"), "choice", _choices(RELATIONSHIPS)),
            Field("name", self.tr("Name")),
            Field("adult", self.tr("Age"), "choice",
                  tuple((QCoreApplication.translate(
                          "clientfile.household", t), v) for t, v in _ADULT)),
            Field("status", self.tr("Status in Canada"), "choice",
                  _choices(RELATIVE_STATUSES), default="unknown"),
            Field("city", self.tr("City"))],
            intro=self.tr("Screenings use the relationship, age and status to check the "
                          "family exceptions."))
        if v is None:
            return
        relative = Relative(v["relationship"], name=v["name"], adult=v["adult"],
                            status=v["status"], city=v["city"])
        self.ctx.run(lambda b: b.household.add_relative(self.client_id, relative), parent=self)

    def add_document(self) -> None:
        v = FormDialog.ask(self, self.tr("Add a document held"), [
            Field("doc_type", self.tr("&Document"), "choice",
                  _choices(DOCUMENT_TYPES, doc_label)),
            Field("expiry", self.tr("Expires"), "date"),
            Field("notes", self.tr("Notes"), "multiline")],
            intro=self.tr("Record the type and expiry only; never the document number."))
        if v is None:
            return
        doc = Document(v["doc_type"], expiry=v["expiry"], notes=v["notes"])
        self.ctx.run(lambda b: b.household.add_document(self.client_id, doc), parent=self)

    def remove(self, entity: str) -> None:
        view = self.views[entity]
        model = view.model()
        row = model.row_at(view.currentIndex().row())
        if row is None:
            self.ctx.status_message.emit(self.tr("Select a row to remove first."))
            return
        if form_dialog.confirm(self, self.tr("Remove"),
                               self.tr("Remove the selected row from this file?"),
                               self.tr("Remove")):
            self.ctx.run(lambda b: b.household.remove(entity, row.id), parent=self)
