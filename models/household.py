"""A client's household, relatives in Canada and documents held.

Relationship and status values are the ones screening.md defines, so screenings can be
prefilled from what the casebook already knows. Documents record type and expiry only: a
document number is never asked for.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.changes import Changes
from models.db.store import Store
from models.db.table_spec import TableSpec
from models.errors import InvalidInput, NotFound
from models.permissions import Action
from models.validate import clean_text, iso_date, one_of

RELATIONSHIPS = ("spouse", "common_law_partner", "legal_guardian", "child", "father", "mother",
                 "brother", "sister", "grandfather", "grandmother", "grandchild", "uncle",
                 "aunt", "nephew", "niece", "cousin", "in_law", "friend", "other",
                 "half_sibling", "step_parent", "step_sibling", "step_child")
RELATIVE_STATUSES = ("citizen", "permanent_resident", "protected_person", "removal_stayed",
                     "claimant_referred", "claim_ended", "work_permit",
                     "work_permit_unenforceable", "study_permit", "study_permit_invalid",
                     "visitor", "no_status", "unknown")
DOCUMENT_TYPES = ("passport", "national_id", "birth_certificate", "pr_visa",
                  "temporary_resident_visa", "temporary_resident_permit", "travel_document_a31",
                  "refugee_travel_document", "temporary_travel_document_r151", "transit_visa",
                  "eta", "study_permit", "work_permit", "us_work_authorization",
                  "us_asylum_receipt", "other")


@dataclass(frozen=True)
class HouseholdMember:
    name: str
    id: int | None = None
    relationship: str | None = None
    birth_year: int | None = None
    notes: str | None = None


@dataclass(frozen=True)
class Relative:
    relationship: str
    id: int | None = None
    name: str | None = None
    adult: bool | None = None
    status: str = "unknown"
    city: str | None = None


@dataclass(frozen=True)
class Document:
    doc_type: str
    id: int | None = None
    expiry: str | None = None
    notes: str | None = None


MEMBERS = TableSpec("household_members", ("client_id", "name", "relationship", "birth_year",
                                         "notes"), "household_member", "client_id")
RELATIVES = TableSpec("relatives", ("client_id", "name", "relationship", "adult", "status",
                                    "city"), "relative", "client_id")
DOCUMENTS = TableSpec("documents", ("client_id", "doc_type", "expiry", "notes"), "document",
                      "client_id")


def member_row(client_id: int, m: HouseholdMember) -> tuple:
    """The member checked, as a row of MEMBERS (InvalidInput names the first bad field)."""
    year = m.birth_year
    if year is not None and not (isinstance(year, int) and 1900 <= year <= 2100):
        raise InvalidInput("birth_year", "must be a year")
    return (client_id, clean_text("name", m.name, required=True, limit=200),
            clean_text("relationship", m.relationship, limit=100), year,
            clean_text("notes", m.notes))


def relative_row(client_id: int, r: Relative) -> tuple:
    """The relative checked, as a row of RELATIVES."""
    rel = one_of("relationship", r.relationship, RELATIONSHIPS)
    if rel is None:
        raise InvalidInput("relationship", "is required")
    status = one_of("status", r.status or "unknown", RELATIVE_STATUSES)
    return (client_id, clean_text("name", r.name, limit=200), rel,
            None if r.adult is None else int(bool(r.adult)), status,
            clean_text("city", r.city, limit=200))


def document_row(client_id: int, d: Document) -> tuple:
    """The document checked, as a row of DOCUMENTS."""
    doc = one_of("document", d.doc_type, DOCUMENT_TYPES)
    if doc is None:
        raise InvalidInput("document", "is required")
    return (client_id, doc, iso_date("expiry", d.expiry), clean_text("notes", d.notes))


class Household:
    """Members, relatives and documents of one casebook; each call names the client."""

    def __init__(self, store: Store) -> None:
        self._s = store

    def _write(self, client_id: int, spec: TableSpec, row: tuple) -> Changes:
        s = self._s
        s.require(Action.EDIT_CLIENT)
        s.exists("clients", client_id, "client")
        entity = spec.entity or spec.table
        with s.tx():
            rid = spec.insert_one(s, row)
            s.audit("create", entity, rid, client_id)
        return Changes.of(entity, rid)

    def add_member(self, client_id: int, m: HouseholdMember) -> Changes:
        return self._write(client_id, MEMBERS, member_row(client_id, m))

    def add_relative(self, client_id: int, r: Relative) -> Changes:
        return self._write(client_id, RELATIVES, relative_row(client_id, r))

    def add_document(self, client_id: int, d: Document) -> Changes:
        return self._write(client_id, DOCUMENTS, document_row(client_id, d))

    _TABLES = {"household_member": "household_members", "relative": "relatives",
               "document": "documents"}

    def remove(self, entity: str, row_id: int) -> Changes:
        s = self._s
        s.require(Action.EDIT_CLIENT)
        table = self._TABLES[entity]
        row = s.one(f"SELECT client_id FROM {table} WHERE id = ?", (row_id,))
        if row is None:
            raise NotFound(entity.replace("_", " "), row_id)
        with s.tx():
            s.x(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            s.audit("delete", entity, row_id, row[0])
        return Changes.of(entity, row_id)

    def members(self, client_id: int) -> list[HouseholdMember]:
        self._s.require(Action.VIEW)
        return [HouseholdMember(id=r[0], name=r[1], relationship=r[2], birth_year=r[3],
                                notes=r[4])
                for r in self._s.q("SELECT id, name, relationship, birth_year, notes FROM"
                                   " household_members WHERE client_id = ? ORDER BY id",
                                   (client_id,))]

    def relatives(self, client_id: int) -> list[Relative]:
        self._s.require(Action.VIEW)
        return [Relative(id=r[0], name=r[1], relationship=r[2],
                         adult=None if r[3] is None else bool(r[3]), status=r[4], city=r[5])
                for r in self._s.q("SELECT id, name, relationship, adult, status, city FROM"
                                   " relatives WHERE client_id = ? ORDER BY id", (client_id,))]

    def documents(self, client_id: int) -> list[Document]:
        self._s.require(Action.VIEW)
        return [Document(id=r[0], doc_type=r[1], expiry=r[2], notes=r[3])
                for r in self._s.q("SELECT id, doc_type, expiry, notes FROM documents"
                                   " WHERE client_id = ? ORDER BY id", (client_id,))]


