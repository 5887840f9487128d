"""Who may change a sponsorship, what the audit trail records, and purging a family member."""

from __future__ import annotations

import dataclasses

import pytest

from models.clients import Client
from models.db import schema
from models.errors import PermissionDenied
from models.security.keyslots import KdfParams
from models.sponsorship.repository import Disbursement, Member, Pledge, Sponsorship

CPASS, VPASS = "caseworker pass", "volunteer pass"


@pytest.fixture
def setup(book, open_as):
    """A sponsorship with a member, a pledge, a disbursement and a family member; users
    'cas' (caseworker) and 'vic' (volunteer). Returns ids and a function to open as a role."""
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", "group_of_five", status="approved")
                    ).id_of("sponsorships")
    ids = {"sid": sid,
           "cid": book.clients.add(Client("Amal Haddad")).id_of("clients"),
           "other_cid": book.clients.add(Client("Samir Haddad")).id_of("clients"),
           "mid": sp.add_member(Member(sid, "Ruth", role="treasurer")
                                ).id_of("sponsorship_members"),
           "pid": sp.record_pledge(Pledge(sid, "Members", 1000)).id_of("sponsorship_pledges"),
           "did": sp.record_disbursement(Disbursement(sid, "2027-01-01", 10)
                                         ).id_of("sponsorship_disbursements")}
    sp.link_client(sid, ids["cid"])
    book.users.add("cas", "caseworker", CPASS, kdf=KdfParams())
    book.users.add("vic", "volunteer", VPASS, kdf=KdfParams())
    book.close()
    return ids, {"caseworker": lambda: open_as("cas", CPASS),
                 "volunteer": lambda: open_as("vic", VPASS)}


BUDGET_AND_MEMBERS = {
    "add member": lambda s, i: s.add_member(Member(i["sid"], "New")),
    "update member": lambda s, i: s.update_member(Member(i["sid"], "Ruth B", i["mid"])),
    "remove member": lambda s, i: s.remove_member(i["mid"]),
    "record pledge": lambda s, i: s.record_pledge(Pledge(i["sid"], "X", 5)),
    "receive pledge": lambda s, i: s.receive_pledge(i["pid"]),
    "remove pledge": lambda s, i: s.remove_pledge(i["pid"]),
    "record disbursement": lambda s, i: s.record_disbursement(
        Disbursement(i["sid"], "2027-01-02", 5)),
    "remove disbursement": lambda s, i: s.remove_disbursement(i["did"]),
    "set family size": lambda s, i: s.set_family_size(i["sid"], 3),
}
SPONSORSHIP = {
    "create": lambda s, i: s.create(Sponsorship("G", "sah")),
    "update": lambda s, i: s.update(dataclasses.replace(s.get(i["sid"]), notes="x")),
    "link client": lambda s, i: s.link_client(i["sid"], i["other_cid"]),
    "unlink client": lambda s, i: s.unlink_client(i["sid"], i["cid"]),
    "set status": lambda s, i: s.set_status(i["sid"], "withdrawn"),
    "mark arrival": lambda s, i: s.mark_arrival(i["sid"], "2027-01-31"),
    "extend": lambda s, i: s.extend_support(i["sid"], 24),
    "add duty": lambda s, i: s.add_duty(i["sid"], "housing", "2027-02-01"),
    "readiness": lambda s, i: s.run_readiness(i["sid"]),
}


def _refused(book, op, ids):
    before = book.store.one("SELECT count(*) FROM audit")[0]
    with pytest.raises(PermissionDenied):
        op(book.sponsorships, ids)
    assert book.store.one("SELECT count(*) FROM audit")[0] == before


@pytest.mark.parametrize("name", sorted(BUDGET_AND_MEMBERS))
def test_budget_and_members_are_for_coordinators_only(setup, name):
    ids, open_role = setup
    for role in ("caseworker", "volunteer"):
        b = open_role[role]()
        _refused(b, BUDGET_AND_MEMBERS[name], ids)
        b.close()


@pytest.mark.parametrize("name", sorted(SPONSORSHIP))
def test_volunteers_cannot_change_a_sponsorship_but_caseworkers_can(setup, name):
    ids, open_role = setup
    vic = open_role["volunteer"]()
    _refused(vic, SPONSORSHIP[name], ids)
    vic.close()
    cas = open_role["caseworker"]()
    SPONSORSHIP[name](cas.sponsorships, ids)


def test_volunteers_can_read(setup):
    ids, open_role = setup
    vs = open_role["volunteer"]().sponsorships
    assert vs.get(ids["sid"]).group_name == "Maple Group"
    assert [f.display_name for f in vs.family(ids["sid"])] == ["Amal Haddad"]
    assert vs.budget(ids["sid"]).committed == 1000
    assert [m.name for m in vs.members(ids["sid"])] == ["Ruth"]


def _entries(book):
    return [(e.action, e.entity, e.entity_id, e.client_id)
            for e in reversed(book.audit.recent(1000))]


def test_every_change_is_audited_with_ids_only(book):
    sp = book.sponsorships
    cid = book.clients.add(Client("Amal Haddad")).id_of("clients")
    sid = sp.create(Sponsorship("Maple Group", "sah", status="approved")).id_of("sponsorships")
    mid = sp.add_member(Member(sid, "Ruth")).id_of("sponsorship_members")
    sp.link_client(sid, cid)
    pid = sp.record_pledge(Pledge(sid, "Members", 1000)).id_of("sponsorship_pledges")
    did = sp.record_disbursement(Disbursement(sid, "2027-01-01", 10)
                                 ).id_of("sponsorship_disbursements")
    sp.mark_arrival(sid, "2027-01-31")
    duty = sp.add_duty(sid, "housing", "2027-02-01", mid).id_of("sponsorship_duties")
    sp.complete_duty(duty)
    sp.extend_support(sid, 13)
    sp.set_status(sid, "in_support")
    sp.unlink_client(sid, cid)
    sp.set_family_size(sid, 2)
    entries = _entries(book)
    for expected in [("create", "sponsorship", sid, None), ("add", "sponsorship_member", mid,
                                                            None),
                     ("link_client", "sponsorship", sid, cid),
                     ("add", "sponsorship_pledge", pid, None),
                     ("add", "sponsorship_disbursement", did, None),
                     ("arrival", "sponsorship", sid, None),
                     ("add", "sponsorship_duty", duty, None),
                     ("complete", "sponsorship_duty", duty, None),
                     ("extend", "sponsorship", sid, None),
                     ("status:in_support", "sponsorship", sid, None),
                     ("unlink_client", "sponsorship", sid, cid),
                     ("set_family_size", "sponsorship", sid, None)]:
        assert expected in entries, expected
    assert sum(1 for e in entries if e[:2] == ("create", "followup")) == 14
    assert book.verify() == []


def test_purging_a_client_removes_their_family_links(book):
    sp = book.sponsorships
    sid = sp.create(Sponsorship("Maple Group", "sah")).id_of("sponsorships")
    amal = book.clients.add(Client("Amal Haddad")).id_of("clients")
    samir = book.clients.add(Client("Samir Haddad")).id_of("clients")
    sp.link_client(sid, amal, "principal applicant")
    sp.link_client(sid, samir)
    assert sp.for_client(amal) == [sid] and sp.family_size(sid) == 2
    book.clients.purge(amal)
    assert [f.client_id for f in sp.family(sid)] == [samir]
    assert book.store.one("SELECT count(*) FROM sponsorship_clients WHERE client_id = ?",
                          (amal,))[0] == 0
    assert sp.for_client(amal) == [] and sp.budget(sid).family_size == 1
    assert book.verify() == []


def test_the_migration_adds_the_tables_and_the_follow_up_link(book):
    assert schema.current_version(book.store.conn) >= 2
    tables = {r[0] for r in book.store.q("SELECT name FROM sqlite_schema WHERE type='table'")}
    assert {"sponsorships", "sponsorship_members", "sponsorship_clients",
            "sponsorship_pledges", "sponsorship_disbursements", "sponsorship_duties",
            "sponsorship_checkins"} <= tables
    columns = [r[1] for r in book.store.q("PRAGMA table_info(followups)")]
    assert "sponsorship_id" in columns
