"""The hot queries use their indexes (issue 7): a guard on query plans, not on timings.

Each hot operation runs through the real repository while SQLite's trace callback records
the statements; every SELECT is then explained. A plain ``SCAN`` of a large table, or a
temporary B-tree to sort, means a missing or unused index and fails the test.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from models.clients import Client
from models.consents import Consent
from models.followups import Followup
from models.partners import Partner
from models.referrals import Referral

LARGE = ("clients", "followups", "referrals", "audit", "client_name_keys", "notes",
         "consents", "screenings", "referral_events")


@pytest.fixture
def filled(book):
    today = book.store.today()
    pid = book.partners.add(Partner("Clinic", services=("legal",))).id_of("partners")
    for i in range(30):
        cid = book.clients.add(Client(f"Mohammed Client{i}", city="Toronto",
                                      flags=frozenset({"lgbtq"}))).id_of("clients")
        book.notes.add(cid, "evening calls")
        rid = book.referrals.create(Referral(cid, pid, "legal")).id_of("referrals")
        con = book.consents.record(Consent(cid, pid, ("display_name",), "advice", "x")
                                   ).id_of("consents")
        book.referrals.attach_consent(rid, con)
        book.followups.add(Followup("Call", (today + dt.timedelta(days=i - 10)).isoformat(),
                                    client_id=cid))
    # No ANALYZE: statistics from 30 rows would steer the planner away from plans it uses at
    # 50,000; without them it plans as it does on a fresh, growing casebook.
    return book, cid


def _plans(book, operation):
    statements: list[str] = []
    conn = book.store.conn
    conn.set_trace_callback(statements.append)
    try:
        operation()
    finally:
        conn.set_trace_callback(None)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert selects, "the operation ran no query"
    return [(s, [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + s)]) for s in selects]


def _bad_steps(plan: list[str], whole_list: bool) -> list[str]:
    bad = []
    for step in plan:
        # Sorting a client's handful of rows is fine; sorting a whole list is not.
        # "FOR RIGHT PART OF ORDER BY" / "FOR LAST TERM OF ORDER BY" is a sort too (of each
        # run of equal leading keys); the overdue group sorted that way before issue 16.
        if whole_list and "USE TEMP B-TREE FOR" in step and "ORDER BY" in step:
            bad.append(step)
        m = re.match(r"SCAN (\w+)(?: AS \w+)?$", step.strip())
        if m and m.group(1) in LARGE:
            bad.append(step)
        m = re.match(r"SCAN (\w+) (\w+)$", step.strip())  # "SCAN clients c"
        if m and m.group(1) in LARGE:
            bad.append(step)
    return bad


def _many_matches(search):
    """Run ``search`` as if its matches were too many to sort (the plan used at 50,000)."""
    from models import clients

    few, clients._FEW_MATCHES = clients._FEW_MATCHES, 0
    try:
        return search()
    finally:
        clients._FEW_MATCHES = few


# name -> (operation, whether it reads a whole list that must come sorted from an index)
HOT = {
    "client list, name order": (lambda b, c: b.clients.search(""), True),
    # Many matches walk the name-order index; a few (at most _FEW_MATCHES) are sorted.
    "search as you type": (lambda b, c: _many_matches(lambda: b.clients.search("moh cli")),
                           True),
    "search as you type, few matches": (lambda b, c: b.clients.search("moh cli"), False),
    "search by status": (lambda b, c: b.clients.search("", status="active"), True),
    "search by owner": (lambda b, c: b.clients.search("", owner_id=1), True),
    "search by city": (lambda b, c: b.clients.search("", city="toronto"), True),
    "a batch of list rows": (lambda b, c: b.clients.rows(list(range(1, 31))), False),
    "duplicate warning": (lambda b, c: b.clients.duplicates("Muhammad Klient"), False),
    "client file": (lambda b, c: b.clients.get(c), False),
    "today view": (lambda b, c: b.followups.today(), True),
    "today view, mine": (lambda b, c: b.followups.today(owner_id=1), True),
    # Today's three groups, each paged from an index (issue 16): no group is capped, so
    # each page must be an index range read, never a sort of the whole group.
    **{f"today {bucket}{' mine' if mine else ''}{' page 2' if offset else ''}": (
        lambda b, c, bucket=bucket, mine=mine, offset=offset: b.followups.today_page(
            bucket, owner_id=1 if mine else None, offset=offset, limit=5), True)
       for bucket in ("today", "overdue", "week") for mine in (False, True)
       for offset in (0, 5)},
    "today counts": (lambda b, c: b.followups.today_counts(), False),
    "today counts, mine": (lambda b, c: b.followups.today_counts(owner_id=1), False),
    "client follow-ups": (lambda b, c: b.followups.for_client(c), False),
    "client referrals": (lambda b, c: b.referrals.for_client(c), False),
    "referrals list": (lambda b, c: b.referrals.search(), True),
    "referrals by status": (lambda b, c: b.referrals.search(status="consent_recorded"), True),
    "client notes": (lambda b, c: b.notes.for_client(c), False),
    "client history": (lambda b, c: b.audit.for_client(c), True),
    "client consents": (lambda b, c: b.consents.for_client(c), False),
}


@pytest.mark.parametrize("name", sorted(HOT))
def test_hot_queries_use_indexes(filled, name):
    book, cid = filled
    operation, whole_list = HOT[name]
    problems = {sql: bad for sql, plan in _plans(book, lambda: operation(book, cid))
                if (bad := _bad_steps(plan, whole_list))}
    assert problems == {}


def test_a_prefix_matching_no_one_does_not_walk_the_name_index(book):
    # Issue 18: a zero-match prefix walked every entry of the name-order index (2.9 ms at
    # 50,000 clients, 11.8 ms at 200,000). Counted in SQLite VM steps, not in time.
    book.clients.add_many([Client(f"Person {i:04d}", city="Regina") for i in range(1500)])
    conn = book.store.conn
    steps = [0]

    def count() -> int:
        steps[0] += 1
        return 0

    conn.set_progress_handler(count, 100)
    try:
        assert book.clients.search("zzqx", limit=200) == []
        assert book.clients.search("zzqx") == []
    finally:
        conn.set_progress_handler(None, 100)
    assert steps[0] < 5  # walking 1,500 index entries takes hundreds
