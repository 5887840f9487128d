"""Plain input types for every printed document.

These are deliberately independent of ``models/``: the casebook maps its records onto them,
after consent filtering, so a document can only ever print what it is handed. Every field
that is ``None`` (or an empty tuple) is simply left out of the page — never printed as a blank
label — because an empty "Phone:" line still tells a reader something.

Keys (service, severity, status, sponsor type, field label) are looked up in the language files
under ``resources/letters/<lang>/``; an unknown key prints as itself, so nothing is lost.
Money is given in Canadian dollars as ``Decimal`` (``int``/``float`` are accepted too).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

Money = Decimal | int | float

#: The languages documents can be printed in. Missing keys fall back to English.
LANGUAGES: tuple[str, ...] = ("en", "fr", "es")


@dataclass(frozen=True, slots=True)
class Letterhead:
    """The sending group's identity, from its settings; printed on every first page."""

    org_name: str  #: e.g. "Riverside Refugee Support Circle"
    address_lines: tuple[str, ...] = ()  #: postal address, one line each
    contact: tuple[str, ...] = ()  #: phone, e-mail, web — one line each
    signatory_name: str | None = None  #: who signs letters
    signatory_title: str | None = None  #: e.g. "Settlement coordinator"
    logo_png: bytes | None = None  #: a small PNG logo; printed top-left when given


@dataclass(frozen=True, slots=True)
class LetterClient:
    """The person referred: only the fields they agreed to share. ``None`` = not printed."""

    display_name: str  #: the name they want used; the only required field
    pronouns: str | None = None
    languages: tuple[str, ...] = ()  #: languages they speak, preferred first
    phone: str | None = None
    email: str | None = None
    city: str | None = None
    safe_contact: str | None = None  #: e.g. "Text only; no voicemail"
    immigration_situation: str | None = None  #: plain words, e.g. "Refugee claimant"
    household: str | None = None  #: summary, e.g. "With two children (6 and 9)"
    interpreter: str | None = None  #: e.g. "Needs a Dari interpreter"
    accessibility: str | None = None  #: e.g. "Uses a wheelchair"


@dataclass(frozen=True, slots=True)
class Partner:
    """A partner organisation from the directory, as the recipient of a letter."""

    name: str
    service: str | None = None  #: service key (``legal``, ``shelter_housing`` …) or free text
    contact_person: str | None = None  #: e.g. "Intake team" or a named worker
    address_lines: tuple[str, ...] = ()
    city: str | None = None
    phone: str | None = None
    email: str | None = None


@dataclass(frozen=True, slots=True)
class ReferralLetterData:
    """Everything a referral letter prints."""

    letterhead: Letterhead
    date: date  #: date of the letter
    partner: Partner  #: the recipient
    service: str  #: service key asked for (see ``services`` in the language files)
    client: LetterClient
    reason: str  #: why the person is referred (consented free text, or a neutral sentence)
    request: str  #: what is asked of the partner (consented free text, or a neutral sentence)
    lang: str = "en"  #: 'en', 'fr' or 'es'
    reference: str | None = None  #: the referral's reference id, e.g. "WS-2026-0142"
    urgent: bool = False  #: prints an "urgent" marker next to the subject


@dataclass(frozen=True, slots=True)
class Finding:
    """One screening finding, as stored with the screening."""

    id: str  #: finding id from the rule pack, e.g. ``EXC_FAMILY_CITIZEN``
    severity: str  #: ``bar`` ``exception`` ``review`` ``info``
    message: str  #: plain-language message, already in the letter's language
    citation: str | None = None  #: e.g. "IRPR 159.5(a)"


@dataclass(frozen=True, slots=True)
class ScreeningSummary:
    """A screening result, with the pack and law date it ran under."""

    pack_id: str  #: e.g. ``ca-refugee-claim``
    pack_version: str
    law_current_to: date
    summary: str  #: ``bar`` ``review`` or ``clear``
    findings: tuple[Finding, ...] = ()
    screened_on: date | None = None  #: when the screening was done


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """The consent behind one referral: who agreed to share what, with whom, why, until when."""

    #: the client, or a parent/guardian/representative; ``None`` when the name may not be
    #: shared: the form then leaves a line to write it by hand
    consenting_person: str | None
    fields_shared: tuple[str, ...]  #: field label keys (``phone``…) or plain text
    partner: str  #: the partner organisation's name
    purpose: str  #: e.g. "Legal advice on a refugee claim"
    given_how: str  #: e.g. "In person, explained in Spanish"
    recorded_by: str  #: the user who recorded it
    date: date  #: when consent was given
    # dt.date: in this class ``date`` is the field above, not the type.
    valid_until: dt.date | None = None  #: ``None``: until the referral is closed


@dataclass(frozen=True, slots=True)
class PacketData:
    """A referral packet: cover letter, summary, screening, consent form, checklist."""

    letter: ReferralLetterData  #: the cover letter; its ``lang`` is the packet's language
    client_fields: tuple[tuple[str, str], ...]  #: ordered (label key, value), consented only
    consent: ConsentRecord
    screening: ScreeningSummary | None = None  #: printed only when the person agreed
    documents_to_bring: tuple[str, ...] = ()  #: checklist lines, in the letter's language


@dataclass(frozen=True, slots=True)
class ResourceEntry:
    """One partner organisation on a resource sheet."""

    name: str
    services: tuple[str, ...] = ()  #: service keys or free text
    cities: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    hours: str | None = None  #: e.g. "Mon–Thu 9:00–16:00"
    intake_notes: str | None = None  #: e.g. "Walk-in Tuesdays; bring any ID you have"


@dataclass(frozen=True, slots=True)
class ResourceSheetData:
    """A city resource sheet made from the partner directory."""

    title: str  #: e.g. "Montréal — services for newcomers"
    entries: tuple[ResourceEntry, ...]
    filters: tuple[tuple[str, str], ...] = ()  #: (label key, value), e.g. ("city", "Montréal")
    date: date | None = None  #: "current as of"
    letterhead: Letterhead | None = None


@dataclass(frozen=True, slots=True)
class CaseloadReportData:
    """Aggregates for a board or funder. Counts only — no names, ever."""

    period_start: date
    period_end: date
    clients_by_status: tuple[tuple[str, int], ...] = ()  #: (status key, count)
    clients_by_city: tuple[tuple[str, int], ...] = ()  #: (city, count)
    referrals_by_service_outcome: tuple[tuple[str, str, int], ...] = ()  #: (service, outcome, n)
    median_days_to_response: float | None = None  #: partners' median days to respond
    followups_on_time_pct: float | None = None  #: 0–100
    letterhead: Letterhead | None = None
    date: date | None = None  #: date printed on the report


@dataclass(frozen=True, slots=True)
class RecoverySheetData:
    """The one-time printout of a casebook's recovery key."""

    casebook_name: str  #: file name only, e.g. "riverside.wsdb"
    created: date
    recovery_key: str  #: as generated; groups split on spaces/hyphens, else every 4 characters


@dataclass(frozen=True, slots=True)
class GroupMember:
    """A member of a sponsorship group with their settlement-plan duties."""

    name: str
    role: str | None = None  #: role key (``coordinator``, ``treasurer``…) or free text
    duties: tuple[str, ...] = ()  #: e.g. ("Housing search", "School enrolment")


@dataclass(frozen=True, slots=True)
class SponsorshipSummaryData:
    """One-page summary of a sponsorship undertaking."""

    group_name: str
    sponsor_type: str  #: ``group_of_five`` ``community_sponsor`` ``sah``
    family_size: int
    status: str  #: status key, e.g. ``submitted``, ``arrived``, ``in_support``
    required_amount: Money  #: 12-month requirement from the cost table
    cost_table_date: date  #: version date of the IRCC cost table used
    committed: Money = 0
    disbursed: Money = 0
    members: tuple[GroupMember, ...] = ()
    family_label: str | None = None  #: how the family is referred to, e.g. "The H. family"
    arrival_date: date | None = None
    support_end: date | None = None
    letterhead: Letterhead | None = None
    date: date | None = None  #: date printed on the summary


@dataclass(frozen=True, slots=True)
class BudgetMonth:
    """A row of the monthly schedule."""

    month: date  #: any day in the month; printed as month and year
    planned: Money
    disbursed: Money = 0
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Disbursement:
    """Money actually paid out."""

    date: date
    amount: Money
    purpose: str  #: e.g. "Rent, June"
    paid_by: str | None = None  #: member or account


@dataclass(frozen=True, slots=True)
class BudgetSheetData:
    """The 12-month budget against the cost table, the schedule and the disbursements."""

    group_name: str
    family_size: int
    required_amount: Money
    cost_table_date: date
    committed: Money = 0
    income_support: Money | None = None  #: cost-table part for income support
    start_up: Money | None = None  #: cost-table part for start-up costs
    schedule: tuple[BudgetMonth, ...] = ()
    disbursements: tuple[Disbursement, ...] = ()
    family_label: str | None = None
    letterhead: Letterhead | None = None
    date: date | None = None
