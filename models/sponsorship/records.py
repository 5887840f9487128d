"""Sponsorship records: the values, the dataclasses, and the base every part of the
``Sponsorships`` repository builds on (reading a record, writing its follow-ups)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.db.store import Store
from models.errors import InvalidInput, Label, NotFound
from models.followups import Followup, Followups
from models.permissions import Action
from models.sponsorship.budget import add_months
from models.validate import clean_text, iso_date

SPONSOR_TYPES = ("group_of_five", "community_sponsor", "sah")
STATUSES = ("preparing", "submitted", "approved", "arrived", "in_support", "completed",
            "withdrawn")
# "arrived" is reached only through mark_arrival, which needs the date.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "preparing": ("submitted", "withdrawn"),
    "submitted": ("approved", "preparing", "withdrawn"),
    "approved": ("arrived", "withdrawn"),
    "arrived": ("in_support", "completed"),
    "in_support": ("completed",),
    "completed": (),
    "withdrawn": ("preparing",),
}
CLOSED = ("completed", "withdrawn")
# A new record may start where a group already is in its spreadsheet.
INITIAL_STATUSES = ("preparing", "submitted", "approved")
# The words the sponsorship screens show for each status (desktop/sponsorships/fields.py),
# listed in context "models" too so an error can name a status in the interface language.
STATUS_LABELS = {"preparing": "Preparing", "submitted": "Submitted", "approved": "Approved",
                 "arrived": "Arrived", "in_support": "In support period",
                 "completed": "Completed", "withdrawn": "Withdrawn"}


def status_label(status: str) -> Label:
    """``status`` as an error's value: the stored code in English, its label translated."""
    return Label(status, STATUS_LABELS.get(status, status))
# The settlement-plan checklist; ``other`` needs a title.
DUTY_KINDS: dict[str, str] = {
    "airport_reception": "Airport reception",
    "housing": "Housing",
    "orientation": "Orientation",
    "health_card": "Provincial health card",
    "sin": "Social insurance number",
    "banking": "Bank account",
    "child_benefit": "Canada child benefit",
    "school_enrolment": "School enrolment",
    "language_classes": "Language classes",
    "employment_support": "Employment support",
    "interpreter": "Interpreter",
    "transport": "Transport",
    "other": "Other",
}
DISBURSEMENT_CATEGORIES = ("income_support", "start_up", "other")
PLEDGE_STATUSES = ("committed", "received")
READINESS_PACK = "ca-private-sponsorship"
CHECKIN_KIND = "sponsorship_checkin"
DUTY_KIND = "sponsorship_duty"


# -- records -------------------------------------------------------------------------------
@dataclass(frozen=True)
class Sponsorship:
    group_name: str
    sponsor_type: str
    id: int | None = None
    family_label: str | None = None  # how the family is referred to, e.g. "The H. family"
    sah_name: str | None = None  # the Sponsorship Agreement Holder, for a constituent group
    application_date: str | None = None
    status: str = "preparing"
    arrival_date: str | None = None
    support_months: int = 12
    family_size_override: int | None = None
    lead_user_id: int | None = None  # the casebook user who coordinates this sponsorship
    checkin_owner_id: int | None = None
    screening_id: int | None = None  # the latest readiness screening
    notes: str | None = None
    created_at: str | None = None
    updated_at: str | None = None

    @property
    def support_end(self) -> str | None:
        """The end of the support period (see models.sponsorship.budget), once arrived."""
        if self.arrival_date is None:
            return None
        return add_months(dt.date.fromisoformat(self.arrival_date),
                          self.support_months).isoformat()

    @property
    def label(self) -> str:
        return self.family_label or self.group_name


@dataclass(frozen=True)
class Member:
    sponsorship_id: int
    name: str
    id: int | None = None
    role: str | None = None  # a role key (coordinator, treasurer, housing…) or free text
    contact: str | None = None
    eligible: bool = False  # 18+, citizen or PR, living in the community of settlement
    user_id: int | None = None  # their casebook account, so duties reach their Today view


@dataclass(frozen=True)
class FamilyLink:
    sponsorship_id: int
    client_id: int
    display_name: str
    relationship: str | None = None


@dataclass(frozen=True)
class Pledge:
    sponsorship_id: int
    pledger: str
    amount: Decimal
    id: int | None = None
    status: str = "committed"
    pledged_on: str | None = None
    received_on: str | None = None


@dataclass(frozen=True)
class Disbursement:
    sponsorship_id: int
    paid_on: str
    amount: Decimal
    category: str = "income_support"
    id: int | None = None
    note: str | None = None
    paid_by: str | None = None


@dataclass(frozen=True)
class Duty:
    sponsorship_id: int
    kind: str
    due_date: str
    id: int | None = None
    title: str | None = None
    member_id: int | None = None
    member_name: str | None = None
    followup_id: int | None = None
    status: str = "open"  # the follow-up's: open, done or cancelled

    @property
    def done(self) -> bool:
        return self.status == "done"

    @property
    def label(self) -> str:
        return self.title or DUTY_KINDS.get(self.kind, self.kind)


@dataclass(frozen=True)
class CheckIn:
    month: int
    due_date: str
    followup_id: int | None
    status: str


_COLUMNS = ("group_name", "family_label", "sponsor_type", "sah_name", "application_date",
            "status", "arrival_date", "support_months", "family_size_override",
            "lead_user_id", "checkin_owner_id", "screening_id", "notes")
# Shared with repository.py (listing, editing): public names, not private ones borrowed.
SELECT_SPONSORSHIP = ("SELECT id, " + ", ".join(_COLUMNS)
                      + ", created_at, updated_at FROM sponsorships")
EDITABLE_COLUMNS = ("group_name", "family_label", "sponsor_type", "sah_name", "application_date",
                    "lead_user_id", "notes")


def sponsorship_from_row(r: tuple) -> Sponsorship:
    """A Sponsorship from a row of SELECT_SPONSORSHIP."""
    return Sponsorship(id=r[0], **dict(zip(_COLUMNS, r[1:14], strict=True)),
                       created_at=r[14], updated_at=r[15])


def validated_sponsorship(sp: Sponsorship) -> Sponsorship:
    """The record with its text cleaned and dates checked, or InvalidInput."""
    if sp.sponsor_type not in SPONSOR_TYPES:
        raise InvalidInput.of("sponsor_type", "must be one of {choices}",
                              choices=", ".join(SPONSOR_TYPES))
    return dataclasses.replace(
        sp,
        group_name=clean_text("group_name", sp.group_name, required=True, limit=200),
        family_label=clean_text("family_label", sp.family_label, limit=200),
        sah_name=clean_text("sah_name", sp.sah_name, limit=200),
        application_date=iso_date("application_date", sp.application_date),
        notes=clean_text("notes", sp.notes))


def required_day(field_name: str, value: str | dt.date | None,
                 default: dt.date | None = None) -> str:
    """An ISO day from a date or text; `default` when empty, else InvalidInput (required)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    day = iso_date(field_name, value)
    if day is None:
        if default is None:
            raise InvalidInput(field_name, "is required")
        return default.isoformat()
    return day


class SponsorshipBase:
    """What the parts of the repository share: the store, reading a record, follow-ups."""

    def __init__(self, store: Store) -> None:
        self._s = store

    def get(self, sponsorship_id: int) -> Sponsorship:
        self._s.require(Action.VIEW)
        row = self._s.one(SELECT_SPONSORSHIP + " WHERE id = ?", (sponsorship_id,))
        if row is None:
            raise NotFound("sponsorship", sponsorship_id)
        return sponsorship_from_row(row)

    def _touch(self, sponsorship_id: int) -> None:
        self._s.x("UPDATE sponsorships SET updated_at = ? WHERE id = ?",
                  (self._s.now_iso(), sponsorship_id))

    def family_size(self, sponsorship_id: int) -> int:
        sp = self.get(sponsorship_id)
        if sp.family_size_override is not None:
            return sp.family_size_override
        # An aggregate always gives one row (q, not one, which may give none).
        return self._s.q("SELECT count(*) FROM sponsorship_clients WHERE sponsorship_id = ?",
                         (sponsorship_id,))[0][0]

    def _followup(self, sponsorship_id: int, title: str, due: str, owner: int | None,
                  kind: str) -> int:
        fid = Followups(self._s).insert_unchecked(
            Followup(title[:300], due, owner_id=owner, kind=kind))
        self._s.x("UPDATE followups SET sponsorship_id = ? WHERE id = ?", (sponsorship_id, fid))
        return fid

    def _owner_for(self, sponsorship_id: int, member_id: int | None) -> int | None:
        """Whose Today view a duty's follow-up shows in: the member's account, else the
        sponsorship's lead."""
        if member_id is not None:
            row = self._s.one("SELECT user_id FROM sponsorship_members WHERE id = ?",
                              (member_id,))
            if row and row[0] is not None:
                return row[0]
        row = self._s.one("SELECT lead_user_id FROM sponsorships WHERE id = ?",
                          (sponsorship_id,))
        return row[0] if row else None
