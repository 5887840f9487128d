"""Follow-ups and the Today view."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clients import Client
from models.errors import Conflict, InvalidInput, PermissionDenied
from models.followups import Followup
from models.security.keyslots import KdfParams


def test_today_view_buckets(book):
    today = book.store.today()
    cid = book.clients.add(Client("Amal")).id_of("clients")
    ids = {}
    for name, delta in (("overdue", -3), ("today", 0), ("week", 7), ("later", 8)):
        ids[name] = book.followups.add(Followup(name, (today + dt.timedelta(days=delta))
                                                .isoformat(), client_id=cid)).id_of("followups")
    view = book.followups.today()
    assert [r.id for r in view.overdue] == [ids["overdue"]]
    assert [r.id for r in view.today] == [ids["today"]]
    assert [r.id for r in view.this_week] == [ids["week"]]
    assert view.today[0].client_name == "Amal"
    book.followups.complete(ids["today"], "Called, all good")
    assert book.followups.today().today == []
    with pytest.raises(Conflict):
        book.followups.complete(ids["today"])


def test_validation(book):
    with pytest.raises(InvalidInput):
        book.followups.add(Followup("x", "tomorrow"))
    with pytest.raises(InvalidInput):
        book.followups.add(Followup("  ", "2030-01-01"))


def test_volunteer_updates_only_their_own(book, open_as):
    book.users.add("vic", "volunteer", "volunteer pass", kdf=KdfParams())
    vic_id = next(u.id for u in book.users.list() if u.name == "vic")
    mine = book.followups.add(Followup("Call", "2030-01-01", owner_id=vic_id)).id_of("followups")
    other = book.followups.add(Followup("Call", "2030-01-01")).id_of("followups")
    book.close()
    vic = open_as("vic", "volunteer pass")
    vic.followups.complete(mine, "done")
    with pytest.raises(PermissionDenied):
        vic.followups.complete(other)
    with pytest.raises(PermissionDenied):
        vic.followups.add(Followup("x", "2030-01-01"))
    assert [r.id for r in vic.followups.search(owner_id=vic_id, status="done")] == [mine]


def test_today_lists_the_nearest_and_counts_them_all(book):
    today = book.store.today()
    for delta in range(1, 6):
        book.followups.add(Followup(f"late {delta}", (today - dt.timedelta(days=delta))
                                    .isoformat()))
    book.followups.add(Followup("now", today.isoformat()))
    view = book.followups.today(limit=2)
    assert [r.title for r in view.overdue] == ["late 1", "late 2"]  # the most recent first
    assert view.totals == (5, 1, 0)
