"""Referrals from a client to a partner, with a status workflow and a consent gate.

A referral cannot be ``consent_recorded`` or ``sent`` without a consent record attached,
valid today, for that client and that partner. ``record_consent`` records the person's consent
and attaches it in one transaction. Sending creates a follow-up to check the outcome.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from models.changes import Changes
from models.consents import REFERRAL_TEXT_FIELDS, Consent, Consents
from models.db.store import Store
from models.db.table_spec import TableSpec
from models.errors import Conflict, InvalidInput, Label, NotFound
from models.followups import Followup, Followups
from models.partners import SERVICES
from models.permissions import Action
from models.validate import clean_text

STATUSES = ("draft", "consent_recorded", "sent", "acknowledged", "accepted", "declined",
            "completed", "withdrawn")
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "draft": ("consent_recorded", "withdrawn"),
    "consent_recorded": ("sent", "draft", "withdrawn"),
    "sent": ("acknowledged", "accepted", "declined", "withdrawn"),
    "acknowledged": ("accepted", "declined", "withdrawn"),
    "accepted": ("completed", "withdrawn"),
    "declined": (),
    "completed": (),
    "withdrawn": (),
}


def status_label(status: str) -> Label:
    """``status`` as an error's value: "consent recorded" in English, its label ("Consent
    recorded", listed in context "models" by desktop/model_labels.py) translated."""
    words = status.replace("_", " ")
    return Label(words, words.capitalize())


# A partner's first answer: used for "median days to a partner's response".
RESPONSES = ("acknowledged", "accepted", "declined")
LANGUAGES = ("en", "fr", "es")
DEFAULT_FOLLOWUP_DAYS = 7
STALE_AFTER_DAYS = 14


@dataclass(frozen=True)
class Referral:
    client_id: int
    partner_id: int
    service: str
    id: int | None = None
    status: str = "draft"
    reason: str | None = None
    request: str | None = None
    lang: str = "en"
    consent_id: int | None = None
    screening_id: int | None = None
    created_by: int | None = None
    created_at: str | None = None
    updated_at: str | None = None
    sent_at: str | None = None
    responded_at: str | None = None


@dataclass(frozen=True)
class ReferralEvent:
    from_status: str | None
    to_status: str
    user_id: int | None
    at: str
    note: str | None


@dataclass(frozen=True)
class ReferralRow:
    id: int
    client_id: int
    client_name: str
    partner_name: str
    service: str
    status: str
    updated_at: str
    sent_at: str | None
    stale: bool


_SELECT = ("SELECT client_id, partner_id, service, id, status, reason, request, lang, consent_id,"
           " screening_id, created_by, created_at, updated_at, sent_at, responded_at"
           " FROM referrals")


TABLE = TableSpec("referrals", ("client_id", "partner_id", "service", "status", "reason",
                                "request", "lang", "consent_id", "screening_id", "created_by",
                                "created_at", "updated_at", "sent_at", "responded_at"),
                  "referral", "client_id")
EVENTS = TableSpec("referral_events", ("referral_id", "from_status", "to_status", "user_id",
                                       "at", "note"))


def referral_row(r: Referral, path: Sequence[tuple[str, str]], user_id: int | None) -> tuple:
    """The referral checked, as a row of TABLE created by ``user_id``. ``path`` is its
    statuses so far with when each was reached, from ``draft`` on, each step one the
    workflow allows (TRANSITIONS); a new referral's path is its draft alone."""
    if r.service not in SERVICES:
        raise InvalidInput.of("service", "{service!r} is not a known service",
                              service=r.service)
    if r.lang not in LANGUAGES:
        raise InvalidInput("lang", "must be en, fr or es")
    if not path or path[0][0] != "draft":
        raise InvalidInput("status", "a referral starts as a draft")
    for (a, _), (b, _) in zip(path, path[1:], strict=False):
        if b not in TRANSITIONS[a]:
            raise InvalidInput.of("status", "{old} cannot become {new}",
                                  old=status_label(a), new=status_label(b))
    statuses = [st for st, _ in path]
    if r.consent_id is None and ("consent_recorded" in statuses or "sent" in statuses):
        raise InvalidInput("consent", "a referral cannot be sent without consent")
    sent_at = next((at for st, at in path if st == "sent"), None)
    responded = next((at for st, at in path if st in RESPONSES), None)
    return (r.client_id, r.partner_id, r.service, path[-1][0], clean_text("reason", r.reason),
            clean_text("request", r.request), r.lang, r.consent_id, r.screening_id, user_id,
            path[0][1], path[-1][1], sent_at, responded)


def event_rows(referral_id: int, path: Sequence[tuple[str, str]],
               user_id: int | None) -> list[tuple]:
    """The rows of EVENTS for a referral that went along ``path`` (``referral_row``)."""
    out: list[tuple] = []
    before: str | None = None
    for status, at in path:
        out.append((referral_id, before, status, user_id, at, None))
        before = status
    return out


class Referrals:
    def __init__(self, store: Store) -> None:
        self._s = store

    def create(self, r: Referral) -> Changes:
        s = self._s
        s.require(Action.REFER)
        s.exists("clients", r.client_id, "client")
        s.exists("partners", r.partner_id, "partner")
        now = s.now_iso()
        # A new referral is a draft without consent (record_consent attaches one).
        path = [("draft", now)]
        row = referral_row(dataclasses.replace(r, consent_id=None), path, s.user.id)
        with s.tx():
            rid = TABLE.insert_one(s, row)
            EVENTS.insert_many(s, event_rows(rid, path, s.user.id))
            s.audit("create", "referral", rid, r.client_id)
        return Changes.of("referrals", rid)

    def update_text(self, referral_id: int, *, reason: str | None, request: str | None,
                    lang: str) -> Changes:
        s = self._s
        s.require(Action.REFER)
        r = self.get(referral_id)
        if r.status not in ("draft", "consent_recorded"):
            raise Conflict("A referral that was sent can no longer be edited.")
        if lang not in LANGUAGES:
            raise InvalidInput("lang", "must be en, fr or es")
        reason, request = clean_text("reason", reason), clean_text("request", request)
        consent = Consents(s).get(r.consent_id) if r.consent_id else None
        # The person agreed to share the reason and request as they were written; new words
        # need their consent again, so the consent is detached (and the referral is a draft).
        reworded = consent is not None and any(
            f in consent.fields and new != old for f, new, old in
            (("reason", reason, r.reason), ("request", request, r.request)))
        changes = Changes.of("referrals", referral_id)
        with s.tx():
            s.x("UPDATE referrals SET reason = ?, request = ?, lang = ?, updated_at = ?"
                " WHERE id = ?", (reason, request, lang, s.now_iso(), referral_id))
            s.audit("update", "referral", referral_id, r.client_id)
            if reworded:
                s.x("UPDATE referrals SET consent_id = NULL WHERE id = ?", (referral_id,))
                s.audit("detach_consent", "referral", referral_id, r.client_id)
                if r.status == "consent_recorded":
                    changes |= self.transition(referral_id, "draft",
                                               "Reworded after consent was recorded")
        return changes

    def get(self, referral_id: int) -> Referral:
        self._s.require(Action.VIEW)
        row = self._s.one(_SELECT + " WHERE id = ?", (referral_id,))
        if row is None:
            raise NotFound("referral", referral_id)
        return Referral(*row)

    def attach_consent(self, referral_id: int, consent_id: int, note: str | None = None) -> Changes:
        """Tie an existing consent record to the referral and move it to
        ``consent_recorded``. A consent that names the referral's own words is refused: it
        was recorded with its referral and belongs to it."""
        s = self._s
        s.require(Action.REFER)
        r = self.get(referral_id)
        c = Consents(s).get(consent_id)
        if set(c.fields) & set(REFERRAL_TEXT_FIELDS) and r.consent_id != consent_id:
            raise InvalidInput("consent", "covers another referral's own words (its reason or "
                               "request); record consent for this referral")
        with s.tx():
            return self._attach(referral_id, r, c, note)

    def _attach(self, referral_id: int, r: Referral, c: Consent,
                note: str | None) -> Changes:
        """Attach consent ``c`` to the referral ``r`` read as ``referral_id``."""
        s = self._s
        if (c.client_id, c.partner_id) != (r.client_id, r.partner_id):
            raise InvalidInput("consent", "was given for another client or partner")
        if not c.valid_on(s.today()):
            raise InvalidInput("consent", "is withdrawn or expired")
        with s.tx():
            s.x("UPDATE referrals SET consent_id = ? WHERE id = ?", (c.id, referral_id))
            s.audit("attach_consent", "referral", referral_id, r.client_id)
            changes = (self.transition(referral_id, "consent_recorded", note)
                       if r.status == "draft" else Changes.of("referrals", referral_id))
        return changes

    def record_consent(self, referral_id: int, *, fields: tuple[str, ...], purpose: str,
                       consenting_person: str, given_how: str = "verbal",
                       valid_until: str | None = None, note: str | None = None) -> Changes:
        """Record the consent the person gave for this referral's partner and attach it, in
        one transaction: either both happen or neither. ``fields`` may include the
        referral's own words ("reason", "request"), consented as they are written now."""
        s = self._s
        s.require(Action.RECORD_CONSENT)
        s.require(Action.REFER)
        r = self.get(referral_id)
        if r.status not in ("draft", "consent_recorded"):
            raise Conflict.of("Consent is recorded before a referral is sent; this one is "
                              "{status}.", status=status_label(r.status))
        for f in REFERRAL_TEXT_FIELDS:
            if f in fields and not getattr(r, f):
                raise InvalidInput.of("fields", "this referral has no {field} written to share",
                                      field=f)
        consents = Consents(s)
        with s.tx():
            cid = consents.insert_in_transaction(Consent(
                client_id=r.client_id, partner_id=r.partner_id, fields=tuple(fields),
                purpose=purpose, consenting_person=consenting_person, given_how=given_how,
                valid_until=valid_until))
            changes = Changes.of("consents", cid) | self._attach(referral_id, r,
                                                                 consents.get(cid), note)
        return changes

    def transition(self, referral_id: int, to_status: str, note: str | None = None, *,
                   followup_days: int | None = None) -> Changes:
        s = self._s
        s.require(Action.REFER)
        r = self.get(referral_id)
        if to_status not in STATUSES:
            raise InvalidInput.of("status", "{status!r} is not a referral status",
                                  status=to_status)
        if to_status not in TRANSITIONS[r.status]:
            raise Conflict.of("A referral that is {status} cannot become {new}.",
                              status=status_label(r.status), new=status_label(to_status))
        now = s.now_iso()
        changes = Changes.of("referrals", referral_id)
        with s.tx():
            extra = ""
            if to_status == "consent_recorded":
                self._check_consent(r, "marked as consent recorded")
            if to_status == "sent":
                self._check_consent(r, "sent")
                extra = ", sent_at = :now"
            elif to_status in RESPONSES and r.responded_at is None:
                extra = ", responded_at = :now"
            s.x(f"UPDATE referrals SET status = :status, updated_at = :now{extra}"
                " WHERE id = :id", {"status": to_status, "now": now, "id": referral_id})
            s.x("INSERT INTO referral_events (referral_id, from_status, to_status, user_id, at,"
                " note) VALUES (?,?,?,?,?,?)",
                (referral_id, r.status, to_status, s.user.id, now, clean_text("note", note)))
            s.audit(f"status:{to_status}", "referral", referral_id, r.client_id)
            if to_status == "sent":
                days = followup_days if followup_days is not None else int(
                    s.setting("followup_days_after_send", DEFAULT_FOLLOWUP_DAYS))
                row = s.one("SELECT name FROM partners WHERE id = ?", (r.partner_id,))
                if row is None:  # a referral's partner cannot be deleted (foreign key)
                    raise NotFound("partner", r.partner_id)
                partner = row[0]
                fid = Followups(s).insert_unchecked(Followup(
                    title=f"Check the outcome of the referral to {partner}",
                    due_date=(s.today() + dt.timedelta(days=days)).isoformat(),
                    owner_id=s.user.id, client_id=r.client_id, referral_id=referral_id,
                    kind="referral_outcome"))
                changes |= Changes.of("followups", fid)
        return changes

    def _check_consent(self, r: Referral, becoming: str) -> None:
        consents = Consents(self._s)
        consent = consents.get(r.consent_id) if r.consent_id else None
        if consent is None or not consent.valid_on(self._s.today()):
            raise Conflict(f"This referral cannot be {becoming}: there is no valid consent to "
                           "share information with this partner. Record consent first.")

    def history(self, referral_id: int) -> list[ReferralEvent]:
        self._s.require(Action.VIEW)
        return [ReferralEvent(*r) for r in self._s.q(
            "SELECT from_status, to_status, user_id, at, note FROM referral_events"
            " WHERE referral_id = ? ORDER BY at, id", (referral_id,))]

    def for_client(self, client_id: int) -> list[Referral]:
        self._s.require(Action.VIEW)
        return [Referral(*r) for r in self._s.q(_SELECT + " WHERE client_id = ? ORDER BY id DESC",
                                                (client_id,))]

    def sent_between(self, start: dt.date, end: dt.date) -> list[int]:
        """Ids of the referrals sent from ``start`` to ``end``, both days included, in the
        order they were sent (the "letters for this week" batch). Ids only, like ``search``:
        each letter made from them is audited as a disclosure."""
        self._s.require(Action.VIEW)
        return [r[0] for r in self._s.q(
            "SELECT id FROM referrals WHERE sent_at >= ? AND sent_at < ? ORDER BY sent_at, id",
            (start.isoformat(), (end + dt.timedelta(days=1)).isoformat()))]

    def search(self, *, status: str | None = None, stale_only: bool = False,
               limit: int = 2000) -> list[ReferralRow]:
        """All referrals, newest change first; ``sent`` ones with no answer for two weeks are
        marked stale."""
        s = self._s
        s.require(Action.VIEW)
        stale_before = (s.today() - dt.timedelta(days=STALE_AFTER_DAYS)).isoformat()
        where, params = [], [stale_before]
        if status:
            where.append("r.status = ?")
            params.append(status)
        if stale_only:
            where.append("r.status = 'sent' AND r.sent_at < ?")
            params.append(stale_before)
        sql = ("SELECT r.id, r.client_id, c.display_name, p.name, r.service, r.status,"
               " r.updated_at, r.sent_at, (r.status = 'sent' AND r.sent_at < ?)"
               " FROM referrals r JOIN clients c ON c.id = r.client_id"
               " JOIN partners p ON p.id = r.partner_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += f" ORDER BY r.updated_at DESC, r.id DESC LIMIT {int(limit)}"
        return [ReferralRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]))
                for r in s.q(sql, params)]
