"""The arithmetic of a sponsorship: calendar months, money in cents, and the budget view.

Pure functions, no database: ``models.sponsorship.repository`` gathers the numbers and calls these.

Months. A support period of N months starting on the arrival date ends on the same day of
the month N months later; where that month is shorter the day is clamped to its last day
(31 Jan + 1 month = 28/29 Feb; 29 Feb 2028 + 12 months = 28 Feb 2029). Every date is
counted from the arrival date, never from the previous month, so 31 Jan → 28 Feb → 31 Mar:
the schedule never drifts. Support is owed from the arrival date up to the day before the
end date; the end date is also the day of the last monthly check-in.

Money. Amounts are whole cents in storage and ``Decimal`` dollars outside it. The cost
table's yearly income support is split into twelve monthly amounts that add up to the exact
yearly figure (the odd cents go to the later months); months 13 to 36 of an extended period
repeat the same split. The requirement for the support period is the start-up amount plus
the income support of every month of the period, so for 12 months it is the cost table's
total and an extended period asks for more.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from models.errors import InvalidInput
from models.money import DEFAULT_LOCALE, AmountError, parse_amount

MIN_SUPPORT_MONTHS = 12
MAX_SUPPORT_MONTHS = 36
MAX_AMOUNT_CENTS = 1_000_000_000  # ten million dollars: far above any real undertaking
CENT = Decimal("0.01")


# -- months --------------------------------------------------------------------------------
def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the end of a shorter month."""
    years, month0 = divmod(day.month - 1 + months, 12)
    year, month = day.year + years, month0 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def support_end(arrival: dt.date, months: int = MIN_SUPPORT_MONTHS) -> dt.date:
    return add_months(arrival, months)


def check_support_months(months: object) -> int:
    if isinstance(months, bool) or not isinstance(months, int) \
            or not MIN_SUPPORT_MONTHS <= months <= MAX_SUPPORT_MONTHS:
        raise InvalidInput.of("support_months", "must be a whole number of months from {least} "
                              "to {most}", least=MIN_SUPPORT_MONTHS, most=MAX_SUPPORT_MONTHS)
    return months


# -- money ---------------------------------------------------------------------------------
def to_cents(field_name: str, value: object, locale: str = DEFAULT_LOCALE) -> int:
    """A positive amount in dollars (``Decimal``, int, float or text typed in ``locale``) as
    whole cents; text goes through the one money parser, ``models.money``."""
    if isinstance(value, bool) or value is None:
        raise InvalidInput(field_name, "must be an amount in dollars")
    if isinstance(value, str):
        try:
            amount = parse_amount(value, locale)
        except AmountError as exc:
            raise InvalidInput(field_name, str(exc), template=exc.template,
                               values=exc.values) from None
    else:
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            raise InvalidInput(field_name, "must be an amount in dollars") from None
    if not amount.is_finite():
        raise InvalidInput(field_name, "must be an amount in dollars")
    if amount != amount.quantize(CENT):
        raise InvalidInput(field_name, "has more than two decimals")
    cents = int(amount * 100)
    if cents <= 0:
        raise InvalidInput(field_name, "must be more than zero")
    if cents > MAX_AMOUNT_CENTS:
        raise InvalidInput(field_name, "is larger than ten million dollars")
    return cents


def dollars(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(CENT)


def monthly_split(yearly_cents: int, month: int) -> int:
    """Income support for month ``month`` (1-based) of the period, in cents."""
    i = (month - 1) % 12 + 1
    return yearly_cents * i // 12 - yearly_cents * (i - 1) // 12


# -- the budget view -----------------------------------------------------------------------
@dataclass(frozen=True)
class ScheduleMonth:
    """One month of income support: planned from the cost table, and what was paid."""

    month: int  # 1 = the month starting on the arrival date
    starts: str | None  # ISO date the month starts; None until the family has arrived
    planned: Decimal
    disbursed: Decimal = Decimal("0.00")


@dataclass(frozen=True)
class BudgetView:
    """Committed vs required vs disbursed for one sponsorship."""

    sponsorship_id: int
    family_size: int  # 0 while no family is linked and no size is set
    family_size_overridden: bool
    cost_table_date: str
    support_months: int
    income_support: Decimal | None  # 12 months, from the cost table
    start_up: Decimal | None
    table_total: Decimal | None  # the cost table's 12-month requirement
    required: Decimal | None  # for the whole support period
    committed: Decimal  # every pledge, received or not
    received: Decimal
    disbursed: Decimal
    disbursed_by_category: dict[str, Decimal] = field(default_factory=dict)
    schedule: tuple[ScheduleMonth, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def short_by(self) -> Decimal:
        if self.required is None or self.committed >= self.required:
            return Decimal("0.00")
        return self.required - self.committed

    @property
    def is_short(self) -> bool:
        return self.short_by > 0

    @property
    def unspent(self) -> Decimal:
        """Committed money not yet paid out (negative if more was paid than committed)."""
        return self.committed - self.disbursed


def build_view(*, sponsorship_id: int, family_size: int, overridden: bool,
               support_months: int, arrival: dt.date | None, committed_cents: int,
               received_cents: int, disbursements: list[tuple[str, int, str]]) -> BudgetView:
    """``disbursements`` are (ISO date, cents, category)."""
    from models.screening import costs

    table_date = costs.cost_table().date
    by_category: dict[str, int] = {"income_support": 0, "start_up": 0, "other": 0}
    for _, cents, category in disbursements:
        by_category[category] = by_category.get(category, 0) + cents
    disbursed = sum(by_category.values())
    warnings: list[str] = []
    if family_size < 1:
        row = None
        warnings.append("Link the family's client records or set the family size to see "
                        "the requirement.")
    else:
        row = costs.cost_for_family_size(family_size)
    schedule: list[ScheduleMonth] = []
    required_cents = None
    if row is not None:
        yearly = row.income_support * 100
        paid = _paid_by_month(arrival, support_months, disbursements)
        for k in range(1, support_months + 1):
            start = add_months(arrival, k - 1).isoformat() if arrival else None
            schedule.append(ScheduleMonth(k, start, dollars(monthly_split(yearly, k)),
                                          dollars(paid[k])))
        required_cents = row.start_up * 100 + sum(
            monthly_split(yearly, k) for k in range(1, support_months + 1))
        if committed_cents < required_cents:
            warnings.append(f"Committed funds are ${dollars(required_cents - committed_cents):,}"
                            f" short of the ${dollars(required_cents):,} required.")
    if disbursed > committed_cents:
        warnings.append("More has been paid out than was committed.")
    return BudgetView(
        sponsorship_id=sponsorship_id, family_size=family_size,
        family_size_overridden=overridden, cost_table_date=table_date,
        support_months=support_months,
        income_support=dollars(row.income_support * 100) if row else None,
        start_up=dollars(row.start_up * 100) if row else None,
        table_total=dollars(row.total * 100) if row else None,
        required=dollars(required_cents) if required_cents is not None else None,
        committed=dollars(committed_cents), received=dollars(received_cents),
        disbursed=dollars(disbursed),
        disbursed_by_category={k: dollars(v) for k, v in by_category.items()},
        schedule=tuple(schedule), warnings=tuple(warnings))


def _paid_by_month(arrival: dt.date | None, months: int,
                   disbursements: list[tuple[str, int, str]]) -> dict[int, int]:
    """Income support paid in each month of the period; earlier payments count in month 1,
    later ones in the last month, so the schedule's total equals what was paid."""
    paid = dict.fromkeys(range(1, months + 1), 0)
    if arrival is None:
        return paid
    starts = [add_months(arrival, k).isoformat() for k in range(1, months)]
    for day, cents, category in disbursements:
        if category == "income_support":
            paid[1 + sum(1 for s in starts if day >= s)] += cents
    return paid
