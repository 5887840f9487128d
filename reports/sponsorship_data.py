"""The inputs of the printed sponsorship summary and budget sheet (reports/sponsorship.py).

This maps casebook records onto ``reports.data`` types (reports depend on models, never the
other way). The letterhead is left out; the caller adds the group's with
``dataclasses.replace(data, letterhead=...)``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from models.errors import InvalidInput
from models.sponsorships import Sponsorships
from reports.data import BudgetMonth, BudgetSheetData, GroupMember, SponsorshipSummaryData
from reports.data import Disbursement as PrintedDisbursement

# Sponsorship statuses as the document texts name them (resources/letters/*/common.yaml).
REPORT_STATUS = {"preparing": "planning", "completed": "ended"}
CATEGORY_LABELS = {"income_support": "Income support", "start_up": "Start-up costs",
                   "other": "Other"}


def sponsorship_report_data(book_or_store: Any, sponsorship_id: int, *,
                            today: dt.date | None = None) -> tuple[Any, Any]:
    """(SponsorshipSummaryData, BudgetSheetData) for one sponsorship.

    The requirement printed is the cost table's 12-month figure, as the documents say; the
    budget view (``Sponsorships.budget``) also gives the figure for an extended period."""

    store = getattr(book_or_store, "store", book_or_store)
    repo = Sponsorships(store)
    sp = repo.get(sponsorship_id)
    budget = repo.budget(sponsorship_id)
    if budget.table_total is None:
        raise InvalidInput("family_size", "link the family or set the family size before "
                                          "printing the sponsorship")
    today = today or store.today()
    duties: dict[int, list[str]] = {}
    for d in repo.duties(sponsorship_id):
        if d.member_id is not None and d.status != "cancelled":
            duties.setdefault(d.member_id, []).append(d.label)
    members = tuple(GroupMember(m.name, m.role, tuple(duties.get(m.id, ())))
                    for m in repo.members(sponsorship_id))
    day = dt.date.fromisoformat
    summary = SponsorshipSummaryData(
        group_name=sp.group_name, sponsor_type=sp.sponsor_type,
        family_size=budget.family_size, status=REPORT_STATUS.get(sp.status, sp.status),
        required_amount=budget.table_total, cost_table_date=day(budget.cost_table_date),
        committed=budget.committed, disbursed=budget.disbursed, members=members,
        family_label=sp.family_label,
        arrival_date=day(sp.arrival_date) if sp.arrival_date else None,
        support_end=day(sp.support_end) if sp.support_end else None, date=today)
    sheet = BudgetSheetData(
        group_name=sp.group_name, family_size=budget.family_size,
        required_amount=budget.table_total, cost_table_date=day(budget.cost_table_date),
        committed=budget.committed, income_support=budget.income_support,
        start_up=budget.start_up,
        schedule=tuple(BudgetMonth(day(m.starts), m.planned, m.disbursed)
                       for m in budget.schedule if m.starts is not None),
        disbursements=tuple(
            PrintedDisbursement(day(x.paid_on), x.amount,
                                x.note or CATEGORY_LABELS[x.category], x.paid_by)
            for x in repo.disbursements(sponsorship_id)),
        family_label=sp.family_label, date=today)
    return summary, sheet
