"""What a deletion for good keeps for the caseload report: plain counters with no id.

``Clients.purge`` runs ``tally_before_purge`` first in its transaction, while every row of
the client is still there (the retention rule, ``models.retention``, purges through it too),
so a board report for a past period gives the same totals after the deletion.
"""

from __future__ import annotations

from models.db.store import Store


def _add(store: Store, kind: str, a: object = "", b: object = "", day: str = "") -> None:
    store.x("INSERT INTO caseload_tallies (kind, a, b, day, n) VALUES (?, ?, ?, ?, 1)"
            " ON CONFLICT (kind, a, b, day) DO UPDATE SET n = n + 1",
            (kind, "" if a is None else str(a), "" if b is None else str(b), day or ""))


def tally_before_purge(store: Store, client_id: int) -> None:
    """Count what the caseload report counts about this client, before the rows go."""
    row = store.one("SELECT status, coalesce(city, '—') FROM clients WHERE id = ?",
                    (client_id,))
    if row is None:
        return
    _add(store, "client_status", row[0])
    _add(store, "client_city", row[1])
    for service, status, created in store.q(
            "SELECT service, status, created_at FROM referrals WHERE client_id = ?",
            (client_id,)):
        _add(store, "referral", service, status, created[:10])
    for days, sent in store.q(
            "SELECT julianday(responded_at) - julianday(sent_at), sent_at FROM referrals"
            " WHERE client_id = ? AND sent_at IS NOT NULL AND responded_at IS NOT NULL",
            (client_id,)):
        _add(store, "response_days", repr(float(days)), "", sent[:10])
    for on_time, closed in store.q(
            "SELECT substr(closed_at, 1, 10) <= due_date, closed_at FROM followups"
            " WHERE status = 'done' AND closed_at IS NOT NULL AND (client_id = ? OR"
            " referral_id IN (SELECT id FROM referrals WHERE client_id = ?))",
            (client_id, client_id)):
        _add(store, "followup_done", int(bool(on_time)), "", closed[:10])
