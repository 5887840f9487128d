"""Today's groups (issue 16): due today, overdue and this week, counted and paged in full —
no cap hides a row, and a referral sent a minute ago is always in the list."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clients import Client
from models.errors import InvalidInput
from models.followups import Followup
from models.partners import Partner
from models.referrals import Referral


def _all(book, bucket, **kw):
    rows, offset = [], 0
    while page := book.followups.today_page(bucket, offset=offset, limit=40, **kw):
        rows += page
        offset += len(page)
    return rows


def test_every_row_of_every_group_is_reachable_and_counted(book):
    today = book.store.today()
    cid = book.clients.add(Client("Amal")).id_of("clients")
    with book.store.tx():  # 200 overdue: more than the old cap of 150 per group
        for i in range(200):
            book.store.x("INSERT INTO followups (title, due_date, client_id, created_by,"
                         " created_at) VALUES (?,?,?,1,'2026-01-01')",
                         (f"old {i}", (today - dt.timedelta(days=1 + i % 40)).isoformat(),
                          cid))
    for offset in (0, 0, 3, 7, 8):
        book.followups.add(Followup(f"in {offset}", (today + dt.timedelta(days=offset))
                                    .isoformat(), client_id=cid))
    counts = book.followups.today_counts()
    assert counts == {"today": 2, "overdue": 200, "week": 2}
    overdue = _all(book, "overdue")
    assert len(overdue) == 200 and len({r.id for r in overdue}) == 200
    # The most recently missed first, in the order of the index (no sort of the group).
    assert [r.due_date for r in overdue] == sorted((r.due_date for r in overdue), reverse=True)
    assert [r.title for r in _all(book, "today")] == ["in 0", "in 0"]
    assert [r.title for r in _all(book, "week")] == ["in 3", "in 7"]


def test_a_referral_sent_a_minute_ago_is_in_this_week_whatever_is_overdue(book):
    today = book.store.today()
    cid = book.clients.add(Client("Amal")).id_of("clients")
    with book.store.tx():
        for i in range(300):
            book.store.x("INSERT INTO followups (title, due_date, created_by, created_at)"
                         " VALUES (?,?,1,'2026-01-01')",
                         (f"old {i}", (today - dt.timedelta(days=2)).isoformat()))
    pid = book.partners.add(Partner("Clinic", services=("legal",))).id_of("partners")
    rid = book.referrals.create(Referral(cid, pid, "legal")).id_of("referrals")
    book.referrals.record_consent(rid, fields=("display_name",), purpose="Legal help",
                                  consenting_person="Amal", given_how="verbal")
    book.referrals.transition(rid, "sent")
    week = _all(book, "week")
    assert [r.referral_id for r in week] == [rid]
    assert book.followups.today_counts()["week"] == 1


def test_only_mine_and_an_unknown_group(book):
    today = book.store.today().isoformat()
    book.followups.add(Followup("mine", today, owner_id=book.user.id))
    book.followups.add(Followup("nobody's", today))
    assert [r.title for r in book.followups.today_page("today", owner_id=book.user.id)] \
        == ["mine"]
    assert book.followups.today_counts(owner_id=book.user.id)["today"] == 1
    with pytest.raises(InvalidInput):
        book.followups.today_page("later")


