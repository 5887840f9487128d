"""Letting old cases go: delete for good keeps the caseload report's totals; the retention
rule lists before it deletes and deletes exactly what it listed."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models import retention
from models.caseload.figures import caseload
from models.clients import Client
from models.errors import InvalidInput, PermissionDenied
from models.partners import Partner
from tests.conftest import PASS

PERIOD = (dt.date(2026, 1, 1), dt.date(2026, 6, 30))


def _client(book, name, *, status="active", city="Halifax", updated="2026-03-01T10:00:00+00:00",
            referrals=()):
    cid = book.clients.add(Client(name, city=city, status=status)).id_of("clients")
    s = book.store
    with s.tx():
        s.x("UPDATE clients SET updated_at = ? WHERE id = ?", (updated, cid))
        for service, rstatus, created, sent, responded in referrals:
            rid = s.x("INSERT INTO referrals (client_id, partner_id, service, status,"
                      " created_at, updated_at, sent_at, responded_at) VALUES"
                      " (?, 1, ?, ?, ?, ?, ?, ?)",
                      (cid, service, rstatus, created, created, sent, responded))
            s.x("INSERT INTO followups (title, due_date, client_id, referral_id, status,"
                " created_at, closed_at) VALUES ('t', ?, ?, ?, 'done', ?, ?)",
                (sent[:10] if sent else created[:10], cid, rid, created,
                 (responded or created)))
    return cid


@pytest.fixture
def filled(book):
    book.partners.add(Partner("Clinic", services=("legal",)))
    ids = {
        "old_closed": _client(book, "Old Closed", status="closed", city="Moncton",
                              updated="2024-01-10T10:00:00+00:00",
                              referrals=[("legal", "completed", "2026-02-01T09:00:00+00:00",
                                          "2026-02-02T09:00:00+00:00",
                                          "2026-02-09T09:00:00+00:00")]),
        "old_closed_2": _client(book, "Older Closed", status="closed",
                                updated="2023-05-10T10:00:00+00:00",
                                referrals=[("housing", "declined", "2026-03-01T09:00:00+00:00",
                                            "2026-03-01T09:00:00+00:00",
                                            "2026-03-20T09:00:00+00:00")]),
        "recent_closed": _client(book, "Recent Closed", status="closed",
                                 updated=dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
        "active_old": _client(book, "Active Old", updated="2020-01-01T10:00:00+00:00",
                              referrals=[("legal", "sent", "2026-04-01T09:00:00+00:00",
                                          "2026-04-02T09:00:00+00:00", None)]),
    }
    return ids


def test_deleting_for_good_keeps_the_caseload_totals_for_the_period(book, filled):
    before = caseload(book.store, *PERIOD)
    book.clients.purge(filled["old_closed"])
    assert book.store.one("SELECT count(*) FROM clients WHERE id = ?",
                          (filled["old_closed"],))[0] == 0
    assert book.store.one("SELECT count(*) FROM referrals WHERE client_id = ?",
                          (filled["old_closed"],))[0] == 0
    after = caseload(book.store, *PERIOD)
    assert after == before
    assert dict(after.clients_by_status)["closed"] == 3
    # The audit entry keeps only the id.
    row = book.store.one("SELECT entity, entity_id, client_id FROM audit WHERE action = 'purge'")
    assert row == ("client", filled["old_closed"], filled["old_closed"])


def test_the_rule_is_off_by_default_lists_first_and_deletes_exactly_what_it_listed(book, filled):
    assert retention.rule(book) is None and retention.due(book) == []
    retention.set_rule(book, 24)
    listed = retention.due(book)
    assert [d.id for d in listed] == [filled["old_closed_2"], filled["old_closed"]]
    before = caseload(book.store, *PERIOD)
    # Between listing and confirming, one listed client is reopened: it is kept.
    c = book.clients.get(filled["old_closed_2"], audit=False)
    book.clients.update(dataclasses.replace(c, status="active"))
    deleted = retention.apply(book, [d.id for d in listed])
    assert deleted == [filled["old_closed"]]
    remaining = {r[0] for r in book.store.q("SELECT id FROM clients")}
    assert remaining == {filled["old_closed_2"], filled["recent_closed"], filled["active_old"]}
    after = caseload(book.store, *PERIOD)
    assert after.referrals_by_service_outcome == before.referrals_by_service_outcome
    assert after.median_days_to_response == before.median_days_to_response
    assert after.followups_on_time_pct == before.followups_on_time_pct
    assert sum(n for _, n in after.clients_by_status) == sum(
        n for _, n in before.clients_by_status)
    assert retention.apply(book, [filled["active_old"]]) == []  # never an unlisted client


def test_only_a_coordinator_deletes_or_sets_the_rule(book, filled, open_as):
    book.users.add("carl", "caseworker", PASS)
    with pytest.raises(InvalidInput):
        retention.set_rule(book, 0)
    book.close()
    carl = open_as("carl")
    for call in (lambda: retention.set_rule(carl, 12), lambda: retention.due(carl, 12),
                 lambda: retention.apply(carl, [filled["old_closed"]]),
                 lambda: carl.clients.purge(filled["old_closed"])):
        with pytest.raises(PermissionDenied):
            call()
