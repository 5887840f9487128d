"""Caseload figures for a board or a funder: aggregates only, never a name (SQL does the
counting; no client row is read into Python)."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from models.db.store import Store
from models.permissions import Action


@dataclass(frozen=True)
class Caseload:
    period_start: dt.date
    period_end: dt.date
    clients_by_status: tuple[tuple[str, int], ...]
    clients_by_city: tuple[tuple[str, int], ...]
    referrals_by_service_outcome: tuple[tuple[str, str, int], ...]
    median_days_to_response: float | None
    followups_on_time_pct: float | None


def caseload(store: Store, start: dt.date | None = None, end: dt.date | None = None,
             top_cities: int = 8) -> Caseload:
    store.require(Action.VIEW)
    end = end or store.today()
    start = start or end.replace(month=1, day=1)
    lo, hi = start.isoformat(), (end + dt.timedelta(days=1)).isoformat()
    # Clients deleted for good still count: their aggregates live on in caseload_tallies
    # (models/retention.py), added to the live rows in each query.
    by_status = tuple(store.q(
        "SELECT status, sum(n) FROM (SELECT status, count(*) AS n FROM clients GROUP BY status"
        " UNION ALL SELECT a, n FROM caseload_tallies WHERE kind = 'client_status')"
        " GROUP BY status ORDER BY status"))
    cities = store.q(
        "SELECT city, sum(n) AS total FROM (SELECT coalesce(city, '—') AS city, count(*) AS n"
        " FROM clients GROUP BY city UNION ALL SELECT a, n FROM caseload_tallies"
        " WHERE kind = 'client_city') GROUP BY city ORDER BY total DESC, city LIMIT ?",
        (top_cities + 1,))
    if len(cities) > top_cities:
        rest = sum(n for _, n in by_status) - sum(n for _, n in cities[:top_cities])
        cities = [*cities[:top_cities], ("other", rest)]
    referrals = tuple(store.q(
        "SELECT service, status, sum(n) FROM (SELECT service, status, count(*) AS n"
        " FROM referrals WHERE created_at >= ? AND created_at < ? GROUP BY service, status"
        " UNION ALL SELECT a, b, n FROM caseload_tallies WHERE kind = 'referral'"
        " AND day >= ? AND day < ?) GROUP BY service, status ORDER BY service, status",
        (lo, hi, lo, hi)))
    days = [r[0] for r in store.q(
        "SELECT julianday(responded_at) - julianday(sent_at) FROM referrals WHERE sent_at"
        " IS NOT NULL AND responded_at IS NOT NULL AND sent_at >= ? AND sent_at < ?",
        (lo, hi))]
    for value, n in store.q("SELECT a, n FROM caseload_tallies WHERE kind = 'response_days'"
                            " AND day >= ? AND day < ?", (lo, hi)):
        days.extend([float(value)] * n)
    on_time = store.one(
        "SELECT sum(t), sum(n) FROM (SELECT sum(substr(closed_at, 1, 10) <= due_date) AS t,"
        " count(*) AS n FROM followups WHERE status = 'done' AND closed_at >= ? AND"
        " closed_at < ? UNION ALL SELECT sum(CAST(a AS INTEGER) * n), sum(n)"
        " FROM caseload_tallies WHERE kind = 'followup_done' AND day >= ? AND day < ?)",
        (lo, hi, lo, hi))
    pct = round(100.0 * on_time[0] / on_time[1], 1) if on_time and on_time[1] else None
    return Caseload(start, end, by_status, tuple(cities), referrals,
                    round(statistics.median(days), 1) if days else None, pct)


