"""Referrals: the status workflow, the consent gate, and the follow-up a sent referral makes."""

from __future__ import annotations

import datetime as dt

import pytest

from models.clients import Client
from models.consents import Consent
from models.errors import Conflict, InvalidInput
from models.partners import Partner
from models.referrals import Referral


@pytest.fixture
def setup(book):
    cid = book.clients.add(Client("Amal")).id_of("clients")
    pid = book.partners.add(Partner("Legal Clinic", services=("legal",),
                                    cities=("Toronto",))).id_of("partners")
    rid = book.referrals.create(Referral(cid, pid, "legal", reason="STCA screening")
                                ).id_of("referrals")
    return book, cid, pid, rid


def _consent(book, cid, pid, **kw):
    base = dict(client_id=cid, partner_id=pid, fields=("display_name", "phone"),
                purpose="legal advice", consenting_person="Amal", given_how="verbal")
    base.update(kw)
    return book.consents.record(Consent(**base)).id_of("consents")


def test_cannot_send_without_valid_consent(setup):
    book, cid, pid, rid = setup
    with pytest.raises(Conflict):
        book.referrals.transition(rid, "sent")
    other = book.partners.add(Partner("Shelter")).id_of("partners")
    wrong = _consent(book, cid, other)
    with pytest.raises(InvalidInput):
        book.referrals.attach_consent(rid, wrong)
    good = _consent(book, cid, pid)
    book.referrals.attach_consent(rid, good)
    assert book.referrals.get(rid).status == "consent_recorded"
    book.consents.withdraw(good)
    with pytest.raises(Conflict):
        book.referrals.transition(rid, "sent")


def test_full_workflow_stamps_every_step_and_creates_a_followup(setup):
    book, cid, pid, rid = setup
    book.referrals.attach_consent(rid, _consent(book, cid, pid))
    changes = book.referrals.transition(rid, "sent", "handed over in person")
    fid = changes.id_of("followups")
    f = book.followups.get(fid)
    assert f.referral_id == rid and f.client_id == cid
    assert f.due_date == (book.store.today() + dt.timedelta(days=7)).isoformat()
    for status in ("acknowledged", "accepted", "completed"):
        book.referrals.transition(rid, status)
    history = book.referrals.history(rid)
    assert [h.to_status for h in history] == ["draft", "consent_recorded", "sent",
                                             "acknowledged", "accepted", "completed"]
    assert history[2].note == "handed over in person"
    assert all(h.user_id == book.user.id for h in history)
    r = book.referrals.get(rid)
    assert r.sent_at and r.responded_at


@pytest.mark.parametrize("path,bad", [
    ((), "accepted"), ((), "completed"), (("withdrawn",), "draft"),
])
def test_invalid_transitions_are_refused(setup, path, bad):
    book, _, _, rid = setup
    for status in path:
        book.referrals.transition(rid, status)
    with pytest.raises(Conflict):
        book.referrals.transition(rid, bad)


def test_expired_consent_does_not_count(setup):
    book, cid, pid, rid = setup
    with pytest.raises(InvalidInput):
        _consent(book, cid, pid, valid_until="2000-01-01")
    with pytest.raises(InvalidInput):
        _consent(book, cid, pid, fields=("notes",))


def test_stale_sent_referrals_are_marked(setup):
    book, cid, pid, rid = setup
    book.referrals.attach_consent(rid, _consent(book, cid, pid))
    book.referrals.transition(rid, "sent")
    book.store.conn.execute("UPDATE referrals SET sent_at = '2000-01-01T00:00:00+00:00'")
    rows = book.referrals.search(stale_only=True)
    assert [r.id for r in rows] == [rid] and rows[0].stale


def test_consent_recorded_needs_a_valid_consent_attached(setup):
    book, cid, pid, rid = setup
    with pytest.raises(Conflict, match="no valid consent"):
        book.referrals.transition(rid, "consent_recorded")
    assert book.referrals.get(rid).status == "draft"
    consent = _consent(book, cid, pid)
    book.referrals.attach_consent(rid, consent)
    book.referrals.transition(rid, "draft")
    book.consents.withdraw(consent)
    with pytest.raises(Conflict, match="no valid consent"):
        book.referrals.transition(rid, "consent_recorded")


def test_withdrawing_the_attached_consent_takes_the_referral_back_to_draft(setup):
    book, cid, pid, rid = setup
    consent = _consent(book, cid, pid)
    book.referrals.attach_consent(rid, consent)
    changes = book.consents.withdraw(consent)
    assert changes.touches("referrals")
    assert book.referrals.get(rid).status == "draft"
    last = book.referrals.history(rid)[-1]
    assert (last.from_status, last.to_status) == ("consent_recorded", "draft")


def test_record_consent_is_one_audited_operation(setup):
    book, cid, pid, rid = setup
    changes = book.referrals.record_consent(
        rid, fields=("display_name", "reason"), purpose="legal advice",
        consenting_person="Amal", given_how="written", note="signed at intake")
    consent_id = changes.id_of("consents")
    assert changes.touches("referrals")
    r = book.referrals.get(rid)
    assert (r.status, r.consent_id) == ("consent_recorded", consent_id)
    c = book.consents.get(consent_id)
    assert (c.client_id, c.partner_id, c.fields) == (cid, pid, ("display_name", "reason"))
    assert book.referrals.history(rid)[-1].note == "signed at intake"
    actions = [(e.action, e.entity) for e in book.audit.for_client(cid)]
    assert ("create", "consent") in actions and ("status:consent_recorded", "referral") in actions
    # Recording consent again for a referral that has one replaces the attached record.
    again = book.referrals.record_consent(rid, fields=("phone",), purpose="legal advice",
                                          consenting_person="Amal").id_of("consents")
    assert book.referrals.get(rid).consent_id == again


def test_record_consent_writes_nothing_when_any_part_fails(setup, monkeypatch):
    book, cid, pid, rid = setup
    before = book.store.one("SELECT count(*) FROM consents")[0]
    with pytest.raises(InvalidInput):
        book.referrals.record_consent(rid, fields=("display_name",), purpose="legal advice",
                                      consenting_person="")
    from models.referrals import Referrals

    def broken(self, *a, **k):
        raise Conflict("the status change failed")

    monkeypatch.setattr(Referrals, "transition", broken)
    with pytest.raises(Conflict):
        book.referrals.record_consent(rid, fields=("display_name",), purpose="legal advice",
                                      consenting_person="Amal")
    assert book.store.one("SELECT count(*) FROM consents")[0] == before
    assert book.referrals.get(rid).consent_id is None
    monkeypatch.undo()
    book.referrals.transition(rid, "withdrawn")
    with pytest.raises(Conflict):
        book.referrals.record_consent(rid, fields=("display_name",), purpose="legal advice",
                                      consenting_person="Amal")


def test_consent_to_the_referral_text_is_bound_to_that_referral_and_text(setup):
    book, cid, pid, rid = setup
    with pytest.raises(InvalidInput, match="reason"):
        _consent(book, cid, pid, fields=("display_name", "reason"))
    consent = book.referrals.record_consent(
        rid, fields=("display_name", "reason"), purpose="legal advice",
        consenting_person="Amal").id_of("consents")
    other = book.referrals.create(Referral(cid, pid, "legal", reason="Something else")
                                  ).id_of("referrals")
    with pytest.raises(InvalidInput, match="own words"):
        book.referrals.attach_consent(other, consent)
    # Same words: the consent stays. New words: the person has not seen them.
    book.referrals.update_text(rid, reason="STCA screening", request="Call her", lang="en")
    assert book.referrals.get(rid).consent_id == consent
    book.referrals.update_text(rid, reason="A different story", request="Call her", lang="en")
    r = book.referrals.get(rid)
    assert (r.status, r.consent_id) == ("draft", None)
    assert book.referrals.history(rid)[-1].to_status == "draft"
