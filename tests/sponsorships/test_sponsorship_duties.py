"""Settlement-plan duties: each one is a follow-up owned by the member's casebook account."""

from __future__ import annotations

import pytest

from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.security.keyslots import KdfParams
from models.sponsorship.repository import Member, Sponsorship

VPASS = "volunteer pass"


@pytest.fixture
def plan(book):
    """A sponsorship with members Vic (volunteer account), Wen (volunteer account) and Tom
    (no account); returns ids."""
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", "group_of_five", family_label="The H. family")
                    ).id_of("sponsorships")
    vic = book.users.add("vic", "volunteer", VPASS, kdf=KdfParams()).id_of("users")
    wen = book.users.add("wen", "volunteer", VPASS, kdf=KdfParams()).id_of("users")
    ids = {"sid": sid, "vic_user": vic, "wen_user": wen}
    for key, name, uid in (("vic", "Vic", vic), ("wen", "Wen", wen), ("tom", "Tom", None)):
        ids[key] = sp.add_member(Member(sid, name, role="member", user_id=uid)
                                 ).id_of("sponsorship_members")
    return ids


def test_a_duty_becomes_a_follow_up_for_the_member(book, plan):
    sp = book.sponsorships
    changes = sp.add_duty(plan["sid"], "housing", "2027-02-01", plan["vic"])
    duty = sp.duty(changes.id_of("sponsorship_duties"))
    f = book.followups.get(changes.id_of("followups"))
    assert (duty.kind, duty.due_date, duty.member_name, duty.status) == (
        "housing", "2027-02-01", "Vic", "open")
    assert duty.followup_id == f.id and not duty.done
    assert (f.title, f.due_date, f.owner_id, f.kind) == (
        "Housing: The H. family", "2027-02-01", plan["vic_user"], "sponsorship_duty")
    assert book.store.one("SELECT sponsorship_id FROM followups WHERE id = ?",
                          (f.id,))[0] == plan["sid"]
    # A member without an account: the sponsorship's lead gets the follow-up.
    tom = sp.add_duty(plan["sid"], "banking", "2027-02-03", plan["tom"])
    assert book.followups.get(tom.id_of("followups")).owner_id == book.user.id


def test_completing_the_duty_completes_the_follow_up_and_back(book, plan):
    sp = book.sponsorships
    a = sp.add_duty(plan["sid"], "orientation", "2027-02-01", plan["vic"])
    b = sp.add_duty(plan["sid"], "health_card", "2027-02-05", plan["wen"])
    sp.complete_duty(a.id_of("sponsorship_duties"), "Done on day two")
    assert book.followups.get(a.id_of("followups")).status == "done"
    assert book.followups.get(a.id_of("followups")).outcome == "Done on day two"
    book.followups.complete(b.id_of("followups"))
    assert sp.duty(b.id_of("sponsorship_duties")).done
    with pytest.raises(Conflict):
        sp.complete_duty(b.id_of("sponsorship_duties"))
    assert [d.done for d in sp.duties(plan["sid"])] == [True, True]


def test_reassigning_and_removing_duties(book, plan):
    sp = book.sponsorships
    c = sp.add_duty(plan["sid"], "school_enrolment", "2027-03-01", plan["vic"])
    did, fid = c.id_of("sponsorship_duties"), c.id_of("followups")
    sp.assign_duty(did, plan["wen"], "2027-03-08")
    f = book.followups.get(fid)
    assert (f.owner_id, f.due_date) == (plan["wen_user"], "2027-03-08")
    assert sp.duty(did).member_name == "Wen"
    # A member with open duties cannot leave the group until they are reassigned.
    with pytest.raises(Conflict):
        sp.remove_member(plan["wen"])
    sp.remove_duty(did)
    assert book.followups.get(fid).status == "cancelled"
    with pytest.raises(NotFound):
        sp.duty(did)
    sp.remove_member(plan["wen"])
    assert [m.name for m in sp.members(plan["sid"])] == ["Vic", "Tom"]


def test_giving_a_member_an_account_moves_their_open_duties(book, plan):
    sp = book.sponsorships
    fid = sp.add_duty(plan["sid"], "interpreter", "2027-03-01", plan["tom"]).id_of("followups")
    tom = sp.member(plan["tom"])
    sp.update_member(Member(tom.sponsorship_id, tom.name, tom.id, tom.role,
                            user_id=plan["wen_user"]))
    assert book.followups.get(fid).owner_id == plan["wen_user"]


def test_duty_input_is_checked(book, plan):
    sp = book.sponsorships
    with pytest.raises(InvalidInput, match="kind"):
        sp.add_duty(plan["sid"], "gardening", "2027-02-01")
    with pytest.raises(InvalidInput, match="title"):
        sp.add_duty(plan["sid"], "other", "2027-02-01")
    with pytest.raises(InvalidInput, match="due_date"):
        sp.add_duty(plan["sid"], "housing", "")
    other = sp.create(Sponsorship("Other Group", "sah")).id_of("sponsorships")
    with pytest.raises(InvalidInput, match="member_id"):
        sp.add_duty(other, "housing", "2027-02-01", plan["vic"])
    assert sp.duties(plan["sid"]) == [] and sp.duties(other) == []
    assert book.store.one("SELECT count(*) FROM followups")[0] == 0
    fid = sp.add_duty(plan["sid"], "other", "2027-02-01", title="Winter clothing"
                      ).id_of("followups")
    assert book.followups.get(fid).title == "Winter clothing: The H. family"


def test_volunteers_see_and_close_only_their_own_duties(book, plan, open_as):
    sp = book.sponsorships
    mine = sp.add_duty(plan["sid"], "housing", "2027-02-01", plan["vic"])
    theirs = sp.add_duty(plan["sid"], "banking", "2027-02-02", plan["wen"])
    book.close()
    vic = open_as("vic", VPASS)
    vs = vic.sponsorships
    assert [d.kind for d in vs.duties(plan["sid"])] == ["housing"]
    assert [d.kind for d in vs.my_duties()] == ["housing"]
    with pytest.raises(NotFound):
        vs.duty(theirs.id_of("sponsorship_duties"))
    with pytest.raises(PermissionDenied):
        vs.complete_duty(theirs.id_of("sponsorship_duties"))
    with pytest.raises(PermissionDenied):
        vs.add_duty(plan["sid"], "housing", "2027-02-01", plan["vic"])
    with pytest.raises(PermissionDenied):
        vs.assign_duty(mine.id_of("sponsorship_duties"), plan["wen"])
    vs.complete_duty(mine.id_of("sponsorship_duties"))
    assert vic.followups.get(mine.id_of("followups")).status == "done"
    assert vs.my_duties() == [] and len(vs.my_duties(open_only=False)) == 1
    assert vic.followups.get(theirs.id_of("followups")).status == "open"
