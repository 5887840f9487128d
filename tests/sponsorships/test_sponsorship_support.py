"""Support period, monthly check-ins and the status workflow of a sponsorship."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from models.errors import Conflict, InvalidInput
from models.sponsorship.budget import add_months
from models.sponsorship.repository import Member, Sponsorship


def _approved(book, **kw) -> int:
    return book.sponsorships.create(Sponsorship("Maple Group", "sah", status="approved", **kw)
                                    ).id_of("sponsorships")


def _checkin_followups(book, sid):
    return book.store.q("SELECT due_date, owner_id, kind, status, title FROM followups"
                        " WHERE sponsorship_id = ? ORDER BY due_date", (sid,))


def test_arrival_on_the_31st_gives_twelve_monthly_check_ins(book):
    sid = _approved(book, family_label="The H. family")
    changes = book.sponsorships.mark_arrival(sid, "2027-01-31")
    sp = book.sponsorships.get(sid)
    assert sp.status == "arrived" and sp.arrival_date == "2027-01-31"
    assert sp.support_months == 12 and sp.support_end == "2028-01-31"
    rows = _checkin_followups(book, sid)
    assert [r[0] for r in rows] == [
        "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30", "2027-07-31",
        "2027-08-31", "2027-09-30", "2027-10-31", "2027-11-30", "2027-12-31", "2028-01-31"]
    assert {(r[1], r[2], r[3]) for r in rows} == {(book.user.id, "sponsorship_checkin", "open")}
    assert rows[0][4] == "Monthly check-in 1: The H. family"
    assert [c.month for c in book.sponsorships.checkins(sid)] == list(range(1, 13))
    assert len([i for e, i in changes.ids if e == "followups"]) == 12
    # They are ordinary follow-ups: the Today view and the follow-up list show them.
    assert len(book.followups.search(owner_id=book.user.id)) == 12


def test_arrival_on_a_leap_day(book):
    sid = _approved(book)
    book.sponsorships.mark_arrival(sid, dt.date(2028, 2, 29))
    sp = book.sponsorships.get(sid)
    # 29 Feb + 12 months is clamped to 28 Feb (documented in models/sponsorship/budget.py).
    assert sp.support_end == "2029-02-28"
    dues = [c.due_date for c in book.sponsorships.checkins(sid)]
    assert dues[0] == "2028-03-29" and dues[10] == "2029-01-29" and dues[11] == "2029-02-28"
    assert len(set(dues)) == 12


def test_add_months_never_drifts():
    start = dt.date(2027, 1, 31)
    assert [add_months(start, k).isoformat() for k in (1, 2, 13, 25, 36)] == [
        "2027-02-28", "2027-03-31", "2028-02-29", "2029-02-28", "2030-01-31"]
    assert add_months(dt.date(2028, 2, 29), 48) == dt.date(2032, 2, 29)


def test_extending_to_24_then_36_months_adds_only_the_new_check_ins(book):
    sid = _approved(book)
    sp = book.sponsorships
    sp.mark_arrival(sid, "2027-01-31")
    first = {c.month: c.followup_id for c in sp.checkins(sid)}
    changes = sp.extend_support(sid, 24)
    assert len([i for e, i in changes.ids if e == "followups"]) == 12
    assert sp.get(sid).support_end == "2029-01-31"
    checkins = sp.checkins(sid)
    assert [c.month for c in checkins] == list(range(1, 25))
    assert {c.month: c.followup_id for c in checkins[:12]} == first  # untouched
    assert checkins[12].due_date == "2028-02-29" and checkins[23].due_date == "2029-01-31"
    sp.extend_support(sid, 36)
    assert sp.get(sid).support_end == "2030-01-31"
    dues = [r[0] for r in _checkin_followups(book, sid)]
    assert len(dues) == len(set(dues)) == 36
    assert dues[-1] == "2030-01-31"
    for months in (36, 20, 37):
        with pytest.raises(InvalidInput):
            sp.extend_support(sid, months)
    assert len(_checkin_followups(book, sid)) == 36


def test_extending_before_arrival_plans_the_longer_period(book):
    sid = _approved(book)
    sp = book.sponsorships
    assert sp.extend_support(sid, 24).id_of("followups") is None
    assert _checkin_followups(book, sid) == [] and sp.get(sid).support_end is None
    sp.mark_arrival(sid, "2027-03-15")
    assert len(sp.checkins(sid)) == 24 and sp.get(sid).support_end == "2029-03-15"


def test_correcting_the_arrival_moves_open_check_ins_without_duplicates(book):
    sid = _approved(book)
    sp = book.sponsorships
    sp.mark_arrival(sid, "2027-01-31")
    book.followups.complete(sp.checkins(sid)[0].followup_id, "Visited")
    done = sp.checkins(sid)[0]
    sp.mark_arrival(sid, "2027-02-10")
    checkins = sp.checkins(sid)
    assert len(checkins) == 12 and len(_checkin_followups(book, sid)) == 12
    assert checkins[0] == done  # already done: stays as it was
    assert checkins[1].due_date == "2027-04-10" and checkins[11].due_date == "2028-02-10"
    assert sp.get(sid).support_end == "2028-02-10"


def test_check_ins_go_to_a_named_members_account(book):
    sid = _approved(book)
    sp = book.sponsorships
    no_account = sp.add_member(Member(sid, "Tom")).id_of("sponsorship_members")
    with pytest.raises(InvalidInput, match="casebook account"):
        sp.mark_arrival(sid, "2027-01-31", checkin_member_id=no_account)
    assert sp.get(sid).arrival_date is None
    from models.security.keyslots import KdfParams
    uid = book.users.add("vic", "volunteer", "volunteer pass", kdf=KdfParams()).id_of("users")
    mid = sp.add_member(Member(sid, "Vic", user_id=uid)).id_of("sponsorship_members")
    sp.mark_arrival(sid, "2027-01-31", checkin_member_id=mid)
    assert {r[1] for r in _checkin_followups(book, sid)} == {uid}
    sp.extend_support(sid, 13)  # later months keep the same owner
    assert {r[1] for r in _checkin_followups(book, sid)} == {uid}


def test_status_workflow(book):
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", "group_of_five")).id_of("sponsorships")
    assert sp.get(sid).status == "preparing"
    with pytest.raises(Conflict):
        sp.set_status(sid, "approved")
    with pytest.raises(Conflict):
        sp.mark_arrival(sid, "2027-01-31")
    with pytest.raises(InvalidInput):
        sp.set_status(sid, "arrived")
    with pytest.raises(InvalidInput):
        sp.set_status(sid, "finished")
    sp.set_status(sid, "submitted")
    sp.set_status(sid, "approved")
    sp.mark_arrival(sid, "2027-01-31")
    sp.set_status(sid, "in_support")
    with pytest.raises(InvalidInput, match="status"):
        sp.update(dataclasses.replace(sp.get(sid), status="completed"))
    first = sp.checkins(sid)[0]
    book.followups.complete(first.followup_id)
    sp.set_status(sid, "completed")
    # Completing closes the promises still open; the one already done stays done.
    assert [c.status for c in sp.checkins(sid)] == ["done"] + ["cancelled"] * 11
    with pytest.raises(Conflict):
        sp.set_status(sid, "preparing")
    with pytest.raises(Conflict):
        sp.extend_support(sid, 24)


def test_new_records_start_before_arrival(book):
    with pytest.raises(InvalidInput, match="status"):
        book.sponsorships.create(Sponsorship("G", "sah", status="arrived"))
    with pytest.raises(InvalidInput, match="sponsor_type"):
        book.sponsorships.create(Sponsorship("G", "church"))
    with pytest.raises(InvalidInput, match="group_name"):
        book.sponsorships.create(Sponsorship(" ", "sah"))
    with pytest.raises(InvalidInput, match="application_date"):
        book.sponsorships.create(Sponsorship("G", "sah", application_date="31/01/2027"))
    assert book.sponsorships.list() == []


def test_withdrawn_can_be_reopened(book):
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", "community_sponsor")).id_of("sponsorships")
    sp.set_status(sid, "withdrawn")
    sp.set_status(sid, "preparing")
    assert [s.status for s in sp.list()] == ["preparing"]
    assert sp.list(status="withdrawn") == []
