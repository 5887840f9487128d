"""Caseload figures for a board or a funder: aggregates only, never a name (SQL does the
counting; no client row is read into Python)."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass

from models.permissions import Action
from models.store import Store


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
    by_status = tuple(store.q("SELECT status, count(*) FROM clients GROUP BY status"
                              " ORDER BY status"))
    cities = store.q("SELECT coalesce(city, '—'), count(*) AS n FROM clients GROUP BY city"
                     " ORDER BY n DESC, city LIMIT ?", (top_cities + 1,))
    if len(cities) > top_cities:
        rest = store.one("SELECT count(*) FROM clients")[0] - sum(n for _, n in
                                                                 cities[:top_cities])
        cities = [*cities[:top_cities], ("other", rest)]
    referrals = tuple(store.q(
        "SELECT service, status, count(*) FROM referrals WHERE created_at >= ? AND"
        " created_at < ? GROUP BY service, status ORDER BY service, status", (lo, hi)))
    days = [r[0] for r in store.q(
        "SELECT julianday(responded_at) - julianday(sent_at) FROM referrals WHERE sent_at"
        " IS NOT NULL AND responded_at IS NOT NULL AND sent_at >= ? AND sent_at < ?",
        (lo, hi))]
    on_time = store.one(
        "SELECT sum(substr(closed_at, 1, 10) <= due_date), count(*) FROM followups"
        " WHERE status = 'done' AND closed_at >= ? AND closed_at < ?", (lo, hi))
    pct = round(100.0 * on_time[0] / on_time[1], 1) if on_time and on_time[1] else None
    return Caseload(start, end, by_status, tuple(cities), referrals,
                    round(statistics.median(days), 1) if days else None, pct)


