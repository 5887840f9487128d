"""Household, relatives in Canada and documents held: what screenings are prefilled from."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop.clientfile import form_dialog
from desktop.clientfile.form_dialog import Field, FormDialog
from desktop.clientfile.rows_model import RowsModel, label, table_view
from desktop.clientfile.tab import ClientTab
from models.household import (
    DOCUMENT_TYPES,
    RELATIONSHIPS,
    RELATIVE_STATUSES,
    Document,
    HouseholdMember,
    Relative,
)
from models.permissions import Action

_ADULT = (("Not known", None), ("18 or over", True), ("Under 18", False))
DOC_LABELS = {"pr_visa": "Permanent resident visa", "eta": "eTA",
              "travel_document_a31": "Travel document (IRPA 31(3))",
              "temporary_travel_document_r151": "Temporary travel document (IRPR 151)",
              "us_work_authorization": "US work authorization",
              "us_asylum_receipt": "US asylum receipt"}


def doc_label(value: str) -> str:
    return DOC_LABELS.get(value, label(value))


def _choices(values: tuple[str, ...], names=label) -> tuple[tuple[str, str], ...]:  # noqa: ANN001
    return tuple((names(v), v) for v in values)


class HouseholdTab(ClientTab):
    title = "&Household"
    entities = ("household_member", "relative", "document")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        self.members = RowsModel([("Name", lambda m: m.name),
                                  ("Relationship", lambda m: m.relationship or ""),
                                  ("Born", lambda m: str(m.birth_year or "")),
                                  ("Notes", lambda m: m.notes or "")], self)
        self.relatives = RowsModel([("Relationship", lambda r: label(r.relationship)),
                                    ("Name", lambda r: r.name or ""),
                                    ("Age", lambda r: {True: "18 or over", False: "Under 18"}
                                     .get(r.adult, "Not known")),
                                    ("Status in Canada", lambda r: label(r.status)),
                                    ("City", lambda r: r.city or "")], self)
        self.documents = RowsModel([("Document", lambda d: doc_label(d.doc_type)),
                                    ("Expires", lambda d: d.expiry or ""),
                                    ("Notes", lambda d: d.notes or "")], self)
        grid = QGridLayout(self)
        self.views = {}
        sections = (("household_member", "People in the household", self.members,
                     self.add_member),
                    ("relative", "Relatives in Canada", self.relatives, self.add_relative),
                    ("document", "Documents held (type and expiry only — never a number)",
                     self.documents, self.add_document))
        for row, (entity, heading, model, add) in enumerate(sections):
            title = QLabel(heading)
            title.setStyleSheet("font-weight: 600;")
            view = table_view(model, heading, self)
            view.setObjectName(f"{entity}Table")
            view.setMinimumHeight(110)
            self.views[entity] = view
            noun = {"household_member": "person", "relative": "relative",
                    "document": "document"}[entity]
            add_b = self.button(f"Add {noun}…", add, f"add_{entity}", Action.EDIT_CLIENT)
            remove_b = self.button("Remove", lambda e=entity: self.remove(e),
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

    def load(self, book: Any) -> Any:
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
        v = FormDialog.ask(self, "Add a person in the household", [
            Field("name", "&Name"), Field("relationship", "Relationship",
                                          placeholder="for example: daughter"),
            Field("birth_year", "Birth year", placeholder="YYYY"),
            Field("notes", "Notes", "multiline")])
        if v is None:
            return
        year = v["birth_year"]
        member = HouseholdMember(name=v["name"] or "", relationship=v["relationship"],
                                 birth_year=int(year) if year and year.isdigit() else None,
                                 notes=v["notes"])
        self.ctx.run(lambda b: b.household.add_member(self.client_id, member), parent=self)

    def add_relative(self) -> None:
        v = FormDialog.ask(self, "Add a relative in Canada", [
            Field("relationship", "&Relationship", "choice", _choices(RELATIONSHIPS)),
            Field("name", "Name"),
            Field("adult", "Age", "choice", _ADULT),
            Field("status", "Status in Canada", "choice", _choices(RELATIVE_STATUSES),
                  default="unknown"),
            Field("city", "City")],
            intro="Screenings use the relationship, age and status to check the family "
                  "exceptions.")
        if v is None:
            return
        relative = Relative(v["relationship"], name=v["name"], adult=v["adult"],
                            status=v["status"], city=v["city"])
        self.ctx.run(lambda b: b.household.add_relative(self.client_id, relative), parent=self)

    def add_document(self) -> None:
        v = FormDialog.ask(self, "Add a document held", [
            Field("doc_type", "&Document", "choice", _choices(DOCUMENT_TYPES, doc_label)),
            Field("expiry", "Expires", "date"),
            Field("notes", "Notes", "multiline")],
            intro="Record the type and expiry only; never the document number.")
        if v is None:
            return
        doc = Document(v["doc_type"], expiry=v["expiry"], notes=v["notes"])
        self.ctx.run(lambda b: b.household.add_document(self.client_id, doc), parent=self)

    def remove(self, entity: str) -> None:
        view = self.views[entity]
        model = view.model()
        row = model.row_at(view.currentIndex().row())
        if row is None:
            self.ctx.status_message.emit("Select a row to remove first.")
            return
        if form_dialog.confirm(self, "Remove", "Remove the selected row from this file?", "Remove"):
            self.ctx.run(lambda b: b.household.remove(entity, row.id), parent=self)
