"""What a printed sponsorship summary and budget sheet say (issue 19: the printing data lives
in models, so the desktop's preview and ``waystation sponsorship`` print the same thing).

The rules: nothing is printed before the cost table's 12-month requirement is known (the
family linked or its size set); each member is listed with their duties, cancelled ones left
out; a disbursement without a note is named by its category. ``reports/sponsorship_data.py``
only puts this into the documents' shapes and adds the letterhead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from models.db.store import Store
from models.errors import InvalidInput
from models.sponsorship.budget import BudgetView
from models.sponsorship.records import Sponsorship
from models.sponsorship.repository import Sponsorships

CATEGORY_LABELS = {"income_support": "Income support", "start_up": "Start-up costs",
                   "other": "Other"}


@dataclass(frozen=True)
class PrintedMember:
    name: str
    role: str | None
    duties: tuple[str, ...]


@dataclass(frozen=True)
class PrintedDisbursement:
    paid_on: dt.date
    amount: Decimal
    purpose: str
    paid_by: str | None


@dataclass(frozen=True)
class PrintedSponsorship:
    sponsorship: Sponsorship
    budget: BudgetView
    table_total: Decimal  # the cost table's 12-month requirement, known before printing
    members: tuple[PrintedMember, ...]
    disbursements: tuple[PrintedDisbursement, ...]
    today: dt.date


def printed_sponsorship_data(store: Store, sponsorship_id: int, *,
                             today: dt.date | None = None) -> PrintedSponsorship:
    """The data of one sponsorship's printed summary and budget sheet (read, not audited:
    ``Sponsorships.record_print`` records the print itself)."""
    repo = Sponsorships(store)
    sp = repo.get(sponsorship_id)
    budget = repo.budget(sponsorship_id)
    if budget.table_total is None:
        raise InvalidInput("family_size", "link the family or set the family size before "
                                          "printing the sponsorship")
    duties: dict[int | None, list[str]] = {}  # by member id (a stored member has one)
    for d in repo.duties(sponsorship_id):
        if d.member_id is not None and d.status != "cancelled":
            duties.setdefault(d.member_id, []).append(d.label)
    members = tuple(PrintedMember(m.name, m.role, tuple(duties.get(m.id, ())))
                    for m in repo.members(sponsorship_id))
    paid = tuple(PrintedDisbursement(dt.date.fromisoformat(x.paid_on), x.amount,
                                     x.note or CATEGORY_LABELS[x.category], x.paid_by)
                 for x in repo.disbursements(sponsorship_id))
    return PrintedSponsorship(sp, budget, budget.table_total, members, paid,
                              today or store.today())
