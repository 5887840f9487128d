"""The inputs of the printed sponsorship summary and budget sheet (reports/sponsorship.py).

What is printed is decided in models (``models.sponsorship.printed``); this only puts it
into the ``reports.data`` types (reports depend on models, never the other way).
``sponsorship_report_data`` leaves the letterhead out; ``printed_sponsorship`` adds the
casebook's and audits the print, and ``summary_pdf``/``budget_sheet_pdf`` make the documents:
the desktop's preview and ``waystation sponsorship`` both use these.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING, Any

from models.settings import Settings
from models.sponsorship.printed import printed_sponsorship_data
from models.sponsorship.repository import Sponsorships
from reports.data import BudgetMonth, BudgetSheetData, GroupMember, SponsorshipSummaryData
from reports.data import Disbursement as PrintedDisbursement

if TYPE_CHECKING:  # types only: a document needs the store, not the whole facade loaded
    from models.casebook import Casebook

# Sponsorship statuses as the document texts name them (resources/letters/*/common.yaml).
REPORT_STATUS = {"preparing": "planning", "completed": "ended"}


def printed_sponsorship(book: Casebook, sponsorship_id: int, lang: str = "en", *,
                        today: dt.date | None = None) -> tuple[Any, Any]:
    """(summary, budget sheet) as printed: the data with the casebook's letterhead in
    ``lang``. The desktop's preview and ``waystation sponsorship`` both come through here, so
    both are audited the same way (one "print" of the sponsorship, ids only)."""
    from reports.casebook_data import letterhead
    from reports.texts import texts_for

    store = book.store
    summary, sheet = sponsorship_report_data(store, sponsorship_id, today=today)
    Sponsorships(store).record_print(sponsorship_id)
    head = letterhead(Settings(store).letterhead(), texts_for(lang))
    return (dataclasses.replace(summary, letterhead=head),
            dataclasses.replace(sheet, letterhead=head))


def summary_pdf(book: Casebook, sponsorship_id: int, lang: str = "en") -> bytes:
    """The sponsorship summary as PDF bytes."""
    from reports.sponsorship import sponsorship_summary

    return sponsorship_summary(printed_sponsorship(book, sponsorship_id, lang)[0], lang=lang)


def budget_sheet_pdf(book: Casebook, sponsorship_id: int, lang: str = "en") -> bytes:
    """The budget sheet as PDF bytes."""
    from reports.sponsorship import budget_sheet

    return budget_sheet(printed_sponsorship(book, sponsorship_id, lang)[1], lang=lang)


def sponsorship_report_data(book_or_store: Any, sponsorship_id: int, *,
                            today: dt.date | None = None) -> tuple[Any, Any]:
    """(SponsorshipSummaryData, BudgetSheetData) for one sponsorship, from what models says
    is printed (``models.sponsorship.printed``).

    The requirement printed is the cost table's 12-month figure, as the documents say; the
    budget view (``Sponsorships.budget``) also gives the figure for an extended period."""

    store = getattr(book_or_store, "store", book_or_store)
    data = printed_sponsorship_data(store, sponsorship_id, today=today)
    sp, budget = data.sponsorship, data.budget
    members = tuple(GroupMember(m.name, m.role, m.duties) for m in data.members)
    day = dt.date.fromisoformat
    summary = SponsorshipSummaryData(
        group_name=sp.group_name, sponsor_type=sp.sponsor_type,
        family_size=budget.family_size, status=REPORT_STATUS.get(sp.status, sp.status),
        required_amount=data.table_total, cost_table_date=day(budget.cost_table_date),
        committed=budget.committed, disbursed=budget.disbursed, members=members,
        family_label=sp.family_label,
        arrival_date=day(sp.arrival_date) if sp.arrival_date else None,
        support_end=day(sp.support_end) if sp.support_end else None, date=data.today)
    sheet = BudgetSheetData(
        group_name=sp.group_name, family_size=budget.family_size,
        required_amount=data.table_total, cost_table_date=day(budget.cost_table_date),
        committed=budget.committed, income_support=budget.income_support,
        start_up=budget.start_up,
        schedule=tuple(BudgetMonth(day(m.starts), m.planned, m.disbursed)
                       for m in budget.schedule if m.starts is not None),
        disbursements=tuple(PrintedDisbursement(x.paid_on, x.amount, x.purpose, x.paid_by)
                            for x in data.disbursements),
        family_label=sp.family_label, date=data.today)
    return summary, sheet
