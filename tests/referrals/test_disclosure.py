"""Only consented information leaves (S9, models half): the disclosure for a referral holds
exactly the consented fields."""

from __future__ import annotations

import pytest

from models.clients import Client
from models.consents import Consent
from models.disclosure import disclose
from models.errors import Conflict
from models.household import Relative
from models.partners import Partner
from models.referrals import Referral

SENTINELS = {"phone": "555-SENT-PHONE", "email": "sent@example.org",
             "safe_contact": "SENT-SAFE-CONTACT", "city": "SentinelCity"}


def test_disclosure_holds_only_consented_fields(book):
    cid = book.clients.add(Client("Amal Sentinel", **SENTINELS,
                                  flags=frozenset({"lgbtq"}))).id_of("clients")
    book.household.add_relative(cid, Relative("sister", name="SENT-RELATIVE", status="citizen"))
    pid = book.partners.add(Partner("Clinic")).id_of("partners")
    rid = book.referrals.create(Referral(cid, pid, "legal")).id_of("referrals")
    with pytest.raises(Conflict):
        disclose(book.store, rid)
    consent = book.consents.record(Consent(cid, pid, ("display_name", "phone"), "legal advice",
                                           "Amal")).id_of("consents")
    book.referrals.attach_consent(rid, consent)
    d = disclose(book.store, rid)
    assert d.fields == {"display_name": "Amal Sentinel", "phone": "555-SENT-PHONE"}
    assert d.screening is None
    text = repr(d)
    for key, value in SENTINELS.items():
        if key != "phone":
            assert value not in text
    assert "SENT-RELATIVE" not in text and "lgbtq" not in text
    assert book.audit.for_client(cid)[0].action == "disclose"
    book.consents.withdraw(consent)
    with pytest.raises(Conflict):
        disclose(book.store, rid)


def test_disclosure_carries_no_unconsented_words_name_or_answers(book):
    cid = book.clients.add(Client("Amal Sentinel")).id_of("clients")
    pid = book.partners.add(Partner("Clinic")).id_of("partners")
    book.screenings.run(cid, "ca-refugee-claim", {"birth_date": "1999-12-31"})
    rid = book.referrals.create(Referral(cid, pid, "legal", reason="SENT-REASON",
                                         request="SENT-REQUEST")).id_of("referrals")
    book.referrals.record_consent(rid, fields=("phone", "screening"), purpose="legal advice",
                                  consenting_person="SENT-CONSENTER")
    d = disclose(book.store, rid)
    text = repr(d)
    for sentinel in ("SENT-REASON", "SENT-REQUEST", "SENT-CONSENTER", "1999-12-31"):
        assert sentinel not in text
    assert d.screening is not None and d.screening.answers == {}
    book.referrals.record_consent(rid, fields=("display_name", "reason"),
                                  purpose="legal advice", consenting_person="SENT-CONSENTER")
    d = disclose(book.store, rid)
    assert (d.reason, d.request, d.consent.consenting_person) == (
        "SENT-REASON", None, "SENT-CONSENTER")
    assert d.referral.reason is None and d.referral.request is None
