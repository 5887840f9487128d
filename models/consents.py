"""Consent is a record, not a checkbox: who agreed to share what, with whom, for what, until
when, recorded by whom — and when it was withdrawn."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from models.changes import Changes
from models.db.store import Store, dumps, loads_list
from models.db.table_spec import TableSpec
from models.errors import Conflict, InvalidInput, NotFound
from models.permissions import Action
from models.validate import clean_text, iso_date

# What a referral letter or packet may carry. Anything not listed here never leaves.
SHAREABLE_FIELDS = ("display_name", "pronouns", "languages", "phone", "email", "city",
                    "birth_date", "citizenships", "immigration_situation", "safe_contact",
                    "household", "relatives", "documents", "vulnerabilities", "screening",
                    "reason", "request")
# The referral's own words ("Reason for referral", "What we are asking"). The person agrees to
# them as written for one referral, so a consent that names them is recorded only together
# with that referral (``Referrals.record_consent``) and never moves to another one.
REFERRAL_TEXT_FIELDS = ("reason", "request")
GIVEN_HOW = ("verbal", "written", "verbal_with_interpreter", "other")


@dataclass(frozen=True)
class Consent:
    client_id: int
    partner_id: int
    fields: tuple[str, ...]
    purpose: str
    consenting_person: str
    given_how: str = "verbal"
    valid_until: str | None = None
    id: int | None = None
    recorded_by: int | None = None
    recorded_at: str | None = None
    withdrawn_at: str | None = None

    def valid_on(self, day: dt.date) -> bool:
        if self.withdrawn_at:
            return False
        return self.valid_until is None or self.valid_until >= day.isoformat()


_SELECT = ("SELECT client_id, partner_id, fields, purpose, consenting_person, given_how,"
           " valid_until, id, recorded_by, recorded_at, withdrawn_at FROM consents")


def _from_row(r: tuple) -> Consent:
    return Consent(r[0], r[1], loads_list(r[2]), r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                   r[10])


TABLE = TableSpec("consents", ("client_id", "partner_id", "fields", "purpose",
                               "consenting_person", "given_how", "recorded_by", "recorded_at",
                               "valid_until", "withdrawn_at"), "consent", "client_id")


def consent_row(consent: Consent, recorded_by: int | None, recorded_at: str,
                today: str) -> tuple:
    """The consent checked, as a row of TABLE recorded ``recorded_at`` by ``recorded_by``;
    ``today`` (ISO) is the day it is recorded, which ``valid_until`` may not be before."""
    fields = tuple(dict.fromkeys(consent.fields))
    if not fields:
        raise InvalidInput("fields", "choose at least one thing the person agrees to share")
    for f in fields:
        if f not in SHAREABLE_FIELDS:
            raise InvalidInput.of("fields", "{field!r} cannot be shared", field=f)
    if consent.given_how not in GIVEN_HOW:
        raise InvalidInput("given_how", "is not one of the known ways")
    until = iso_date("valid_until", consent.valid_until)
    if until and until < today:
        raise InvalidInput("valid_until", "is already in the past")
    purpose = clean_text("purpose", consent.purpose, required=True, limit=1000)
    person = clean_text("consenting_person", consent.consenting_person, required=True,
                        limit=200)
    return (consent.client_id, consent.partner_id, dumps(fields), purpose, person,
            consent.given_how, recorded_by, recorded_at, until, consent.withdrawn_at)


class Consents:
    def __init__(self, store: Store) -> None:
        self._s = store

    def record(self, consent: Consent) -> Changes:
        """Record consent for the client's information (not a referral's own words: those are
        consented with the referral, ``Referrals.record_consent``)."""
        if set(consent.fields) & set(REFERRAL_TEXT_FIELDS):
            raise InvalidInput("fields", "the reason and the request of a referral are "
                               "consented to together with that referral")
        with self._s.tx():
            cid = self.insert_in_transaction(consent)
        return Changes.of("consents", cid)

    def insert_in_transaction(self, consent: Consent) -> int:
        """Check and insert one consent record (audited) inside the caller's transaction."""
        s = self._s
        s.require(Action.RECORD_CONSENT)
        s.exists("clients", consent.client_id, "client")
        s.exists("partners", consent.partner_id, "partner")
        # A new record is never already withdrawn, whatever the object carries.
        row = consent_row(dataclasses.replace(consent, withdrawn_at=None), s.user.id,
                          s.now_iso(), s.today().isoformat())
        with s.tx():
            cid = TABLE.insert_one(s, row)
            s.audit("create", "consent", cid, consent.client_id)
        return cid

    def withdraw(self, consent_id: int) -> Changes:
        s = self._s
        s.require(Action.RECORD_CONSENT)
        c = self.get(consent_id)
        if c.withdrawn_at:
            raise Conflict("This consent was already withdrawn.")
        changes = Changes.of("consents", consent_id)
        with s.tx():
            s.x("UPDATE consents SET withdrawn_at = ? WHERE id = ?", (s.now_iso(), consent_id))
            s.audit("withdraw", "consent", consent_id, c.client_id)
            # A referral waiting to be sent on this consent no longer has one: it goes back to
            # draft (an event like any other status change), so no list shows "Consent
            # recorded" for it. Plain SQL: models.referrals imports this module.
            now = s.now_iso()
            for (rid,) in s.q("SELECT id FROM referrals WHERE consent_id = ?"
                              " AND status = 'consent_recorded'", (consent_id,)):
                s.x("UPDATE referrals SET status = 'draft', updated_at = ? WHERE id = ?",
                    (now, rid))
                s.x("INSERT INTO referral_events (referral_id, from_status, to_status, user_id,"
                    " at, note) VALUES (?, 'consent_recorded', 'draft', ?, ?, ?)",
                    (rid, s.user.id, now, "Consent withdrawn"))
                s.audit("status:draft", "referral", rid, c.client_id)
                changes |= Changes.of("referrals", rid)
        return changes

    def get(self, consent_id: int) -> Consent:
        self._s.require(Action.VIEW)
        row = self._s.one(_SELECT + " WHERE id = ?", (consent_id,))
        if row is None:
            raise NotFound("consent record", consent_id)
        return _from_row(row)

    def for_client(self, client_id: int) -> list[Consent]:
        self._s.require(Action.VIEW)
        return [_from_row(r) for r in self._s.q(_SELECT + " WHERE client_id = ? ORDER BY id DESC",
                                                (client_id,))]

    def valid_for(self, client_id: int, partner_id: int) -> Consent | None:
        """The newest consent that is valid today for this client and partner."""
        today = self._s.today()
        for c in self.for_client(client_id):
            if c.partner_id == partner_id and c.valid_on(today):
                return c
        return None
