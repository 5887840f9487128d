"""Sponsorship budget: the requirement from the cost table for family sizes 1–8, committed vs
required vs disbursed, the short warning, and the monthly income-support schedule."""

from __future__ import annotations

from decimal import Decimal

import pytest

from models.clients import Client
from models.errors import InvalidInput
from models.screening import costs
from models.sponsorship.budget import monthly_split, to_cents
from models.sponsorship.repository import Disbursement, Pledge, Sponsorship

# docs/screening.md: sizes 1–6 as listed, then 6 + each more (+1,600 / +1,100 / +2,700).
TABLE = {1: (13200, 3300, 16500), 2: (19700, 5100, 24800), 3: (20400, 6300, 26700),
         4: (21200, 7500, 28700), 5: (23700, 8600, 32300), 6: (25700, 9800, 35500),
         7: (27300, 10900, 38200), 8: (28900, 12000, 40900)}


def _sponsorship(book, **kw) -> int:
    return book.sponsorships.create(Sponsorship("Maple Group", "group_of_five", **kw)
                                    ).id_of("sponsorships")


def _family(book, sid: int, n: int) -> list[int]:
    ids = []
    for i in range(n):
        cid = book.clients.add(Client(f"Person {i}")).id_of("clients")
        book.sponsorships.link_client(sid, cid)
        ids.append(cid)
    return ids


@pytest.mark.parametrize("size", range(1, 9))
def test_requirement_for_each_family_size_matches_the_cost_table(book, size):
    sid = _sponsorship(book)
    _family(book, sid, size)
    view = book.sponsorships.budget(sid)
    income, start_up, total = TABLE[size]
    row = costs.cost_for_family_size(size)
    assert (row.income_support, row.start_up, row.total) == (income, start_up, total)
    assert view.family_size == size and not view.family_size_overridden
    assert view.income_support == Decimal(income)
    assert view.start_up == Decimal(start_up)
    assert view.table_total == view.required == Decimal(total)
    assert view.cost_table_date == costs.COST_TABLE_DATE == "2018-05-01"
    # Twelve monthly amounts, none off by more than a cent, adding up to the yearly figure.
    planned = [m.planned for m in view.schedule]
    assert len(planned) == 12
    assert sum(planned) == Decimal(income)
    assert max(planned) - min(planned) <= Decimal("0.01")
    # Nothing committed yet: short by the whole requirement, with a warning.
    assert view.committed == 0 and view.short_by == Decimal(total) and view.is_short
    assert any("short" in w for w in view.warnings)


def test_override_wins_over_the_linked_clients(book):
    sid = _sponsorship(book)
    _family(book, sid, 2)
    book.sponsorships.set_family_size(sid, 7)
    view = book.sponsorships.budget(sid)
    assert view.family_size == 7 and view.family_size_overridden
    assert view.required == Decimal(38200)
    book.sponsorships.set_family_size(sid, None)
    assert book.sponsorships.budget(sid).required == Decimal(24800)
    with pytest.raises(InvalidInput):
        book.sponsorships.set_family_size(sid, 0)


def test_without_a_family_there_is_no_requirement_yet(book):
    sid = _sponsorship(book)
    view = book.sponsorships.budget(sid)
    assert view.family_size == 0 and view.required is None and view.schedule == ()
    assert view.short_by == 0 and not view.is_short
    assert any("family size" in w for w in view.warnings)


def test_committed_required_disbursed_and_the_short_warning(book):
    sid = _sponsorship(book)
    _family(book, sid, 4)  # requires 28,700
    sp = book.sponsorships
    sp.record_pledge(Pledge(sid, "Members", Decimal("20000")))
    sp.record_pledge(Pledge(sid, "Parish", "5000.50", status="received",
                            received_on="2027-01-02"))
    sp.record_disbursement(Disbursement(sid, "2027-02-01", "1200", "start_up", note="Beds"))
    sp.record_disbursement(Disbursement(sid, "2027-02-03", 1766.67, "income_support"))
    sp.record_disbursement(Disbursement(sid, "2027-02-05", 33, "other"))
    view = sp.budget(sid)
    assert view.required == Decimal("28700.00")
    assert view.committed == Decimal("25000.50")
    assert view.received == Decimal("5000.50")
    assert view.disbursed == Decimal("2999.67")
    assert view.disbursed_by_category == {"income_support": Decimal("1766.67"),
                                          "start_up": Decimal("1200.00"),
                                          "other": Decimal("33.00")}
    assert view.short_by == Decimal("3699.50") and view.is_short
    assert view.unspent == Decimal("22000.83")
    assert view.warnings == ("Committed funds are $3,699.50 short of the $28,700.00 required.",)
    # Exactly the requirement: no longer short.
    pid = sp.record_pledge(Pledge(sid, "Late gift", "3699.50")).id_of("sponsorship_pledges")
    view = sp.budget(sid)
    assert view.short_by == 0 and not view.is_short and view.warnings == ()
    sp.receive_pledge(pid, "2027-03-01")
    assert sp.budget(sid).received == Decimal("8700.00")
    assert [p.status for p in sp.pledges(sid)] == ["committed", "received", "received"]


def test_paying_out_more_than_committed_is_flagged(book):
    sid = _sponsorship(book)
    book.sponsorships.set_family_size(sid, 1)
    book.sponsorships.record_pledge(Pledge(sid, "Members", 16500))
    book.sponsorships.record_disbursement(Disbursement(sid, "2027-01-01", 16600, "other"))
    assert book.sponsorships.budget(sid).warnings == (
        "More has been paid out than was committed.",)


def test_schedule_follows_the_support_period_and_places_payments(book):
    sid = _sponsorship(book, status="approved")
    book.sponsorships.set_family_size(sid, 2)  # 19,700 a year: 1,641.66 or 1,641.67 a month
    sp = book.sponsorships
    sp.mark_arrival(sid, "2027-01-31")
    for day in ("2027-01-20", "2027-02-27", "2027-02-28", "2028-02-15"):
        sp.record_disbursement(Disbursement(sid, day, 100, "income_support"))
    sp.record_disbursement(Disbursement(sid, "2027-02-28", 999, "start_up"))
    view = sp.budget(sid)
    starts = [m.starts for m in view.schedule]
    assert starts[:4] == ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30"]
    assert starts[-1] == "2027-12-31"
    paid = [m.disbursed for m in view.schedule]
    # Before arrival counts in month 1; month 2 starts on 28 Feb; after the end, the last.
    assert paid[0] == Decimal(200) and paid[1] == Decimal(100) and paid[-1] == Decimal(100)
    assert sum(paid) == view.disbursed_by_category["income_support"] == Decimal(400)
    assert sum(m.planned for m in view.schedule) == Decimal(19700)


def test_an_extended_period_requires_more_income_support(book):
    sid = _sponsorship(book)
    book.sponsorships.set_family_size(sid, 3)  # 20,400 income support + 6,300 start-up
    book.sponsorships.extend_support(sid, 18)
    view = book.sponsorships.budget(sid)
    assert len(view.schedule) == 18
    assert view.table_total == Decimal(26700)
    assert view.required == Decimal(6300 + 20400 + 10200)
    book.sponsorships.extend_support(sid, 36)
    assert book.sponsorships.budget(sid).required == Decimal(6300 + 3 * 20400)


def test_monthly_split_adds_up_exactly():
    for yearly in (1_320_000, 1_970_000, 2_890_000, 1, 11, 1_000_003):
        months = [monthly_split(yearly, k) for k in range(1, 37)]
        assert sum(months[:12]) == sum(months[12:24]) == sum(months[24:]) == yearly
        assert max(months) - min(months) <= 1


@pytest.mark.parametrize("bad", ["abc", 0, -5, "1.005", True, None, float("nan"), "1e12"])
def test_bad_amounts_are_refused_and_nothing_is_written(book, bad):
    sid = _sponsorship(book)
    before = book.store.one("SELECT count(*) FROM audit")[0]
    with pytest.raises(InvalidInput) as err:
        book.sponsorships.record_pledge(Pledge(sid, "Someone", bad))
    assert err.value.field == "amount"
    with pytest.raises(InvalidInput):
        book.sponsorships.record_disbursement(Disbursement(sid, "2027-01-01", bad))
    assert book.sponsorships.pledges(sid) == [] and book.sponsorships.disbursements(sid) == []
    assert book.store.one("SELECT count(*) FROM audit")[0] == before


def test_other_bad_money_input(book):
    sid = _sponsorship(book)
    with pytest.raises(InvalidInput, match="category"):
        book.sponsorships.record_disbursement(Disbursement(sid, "2027-01-01", 5, "rent"))
    with pytest.raises(InvalidInput, match="paid_on"):
        book.sponsorships.record_disbursement(Disbursement(sid, "someday", 5))
    with pytest.raises(InvalidInput, match="pledger"):
        book.sponsorships.record_pledge(Pledge(sid, " ", 5))
    assert to_cents("amount", "$1,250.50") == 125050
    assert to_cents("amount", 0.1) == 10


def test_a_pledge_recorded_as_received_was_pledged_by_then(book):
    sid = _sponsorship(book)
    book.sponsorships.record_pledge(Pledge(sid, "Parish", 100, status="received",
                                           received_on="2025-02-14"))
    (p,) = book.sponsorships.pledges(sid)
    assert p.pledged_on == p.received_on == "2025-02-14"
