"""The money of a sponsorship: family size for the cost table, pledges, disbursements and
the budget view (arithmetic in ``models.sponsorship.budget``). Coordinators only."""

from __future__ import annotations

import datetime as dt

from models.changes import Changes
from models.errors import Conflict, InvalidInput, NotFound
from models.permissions import Action
from models.sponsorship.budget import BudgetView, build_view, dollars, to_cents
from models.sponsorship.records import (
    DISBURSEMENT_CATEGORIES,
    PLEDGE_STATUSES,
    Disbursement,
    Pledge,
    SponsorshipBase,
    required_day,
)
from models.validate import clean_text, iso_date


class SponsorshipMoney(SponsorshipBase):
    def set_family_size(self, sponsorship_id: int, size: int | None) -> Changes:
        """Override the family size the budget uses (None: count the linked clients)."""
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        self.get(sponsorship_id)
        if size is not None and (isinstance(size, bool) or not isinstance(size, int)
                                 or not 1 <= size <= 30):
            raise InvalidInput("family_size", "must be a whole number from 1 to 30")
        with s.tx():
            s.x("UPDATE sponsorships SET family_size_override = ?, updated_at = ? WHERE id = ?",
                (size, s.now_iso(), sponsorship_id))
            s.audit("set_family_size", "sponsorship", sponsorship_id)
        return Changes.of("sponsorships", sponsorship_id)

    def record_pledge(self, pledge: Pledge) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        self.get(pledge.sponsorship_id)
        pledger = clean_text("pledger", pledge.pledger, required=True, limit=200)
        cents = to_cents("amount", pledge.amount)
        if pledge.status not in PLEDGE_STATUSES:
            raise InvalidInput("status", "must be committed or received")
        received_on = None
        if pledge.status == "received":
            received_on = iso_date("received_on", pledge.received_on) or s.today().isoformat()
        # A pledge recorded as already received was pledged no later than it arrived.
        pledged_on = (iso_date("pledged_on", pledge.pledged_on) or received_on
                      or s.today().isoformat())
        with s.tx():
            pid = s.x("INSERT INTO sponsorship_pledges (sponsorship_id, pledger, amount_cents,"
                      " status, pledged_on, received_on) VALUES (?,?,?,?,?,?)",
                      (pledge.sponsorship_id, pledger, cents, pledge.status, pledged_on,
                       received_on))
            self._touch(pledge.sponsorship_id)
            s.audit("add", "sponsorship_pledge", pid)
        return Changes.of("sponsorship_pledges", pid)

    def receive_pledge(self, pledge_id: int, received_on: str | dt.date | None = None
                       ) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        p = self._pledge(pledge_id)
        if p.status == "received":
            raise Conflict("This pledge is already received.")
        with s.tx():
            s.x("UPDATE sponsorship_pledges SET status = 'received', received_on = ?"
                " WHERE id = ?", (required_day("received_on", received_on, s.today()), pledge_id))
            s.audit("receive", "sponsorship_pledge", pledge_id)
        return Changes.of("sponsorship_pledges", pledge_id)

    def remove_pledge(self, pledge_id: int) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        self._pledge(pledge_id)
        with s.tx():
            s.x("DELETE FROM sponsorship_pledges WHERE id = ?", (pledge_id,))
            s.audit("remove", "sponsorship_pledge", pledge_id)
        return Changes.of("sponsorship_pledges", pledge_id)

    _PLEDGE_SELECT = ("SELECT sponsorship_id, pledger, amount_cents, id, status, pledged_on,"
                      " received_on FROM sponsorship_pledges")

    def _pledge(self, pledge_id: int) -> Pledge:
        row = self._s.one(self._PLEDGE_SELECT + " WHERE id = ?", (pledge_id,))
        if row is None:
            raise NotFound("pledge", pledge_id)
        return Pledge(row[0], row[1], dollars(row[2]), *row[3:])

    def pledges(self, sponsorship_id: int) -> list[Pledge]:
        self._s.require(Action.VIEW)
        return [Pledge(r[0], r[1], dollars(r[2]), *r[3:]) for r in self._s.q(
            self._PLEDGE_SELECT + " WHERE sponsorship_id = ? ORDER BY pledged_on, id",
            (sponsorship_id,))]

    def record_disbursement(self, d: Disbursement) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        self.get(d.sponsorship_id)
        if d.category not in DISBURSEMENT_CATEGORIES:
            raise InvalidInput.of("category", "must be one of {choices}",
                                  choices=", ".join(DISBURSEMENT_CATEGORIES))
        cents = to_cents("amount", d.amount)
        paid_on = required_day("paid_on", d.paid_on)
        with s.tx():
            did = s.x("INSERT INTO sponsorship_disbursements (sponsorship_id, paid_on,"
                      " amount_cents, category, note, paid_by) VALUES (?,?,?,?,?,?)",
                      (d.sponsorship_id, paid_on, cents, d.category,
                       clean_text("note", d.note, limit=500),
                       clean_text("paid_by", d.paid_by, limit=200)))
            self._touch(d.sponsorship_id)
            s.audit("add", "sponsorship_disbursement", did)
        return Changes.of("sponsorship_disbursements", did)

    def remove_disbursement(self, disbursement_id: int) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        if not s.one("SELECT 1 FROM sponsorship_disbursements WHERE id = ?",
                     (disbursement_id,)):
            raise NotFound("disbursement", disbursement_id)
        with s.tx():
            s.x("DELETE FROM sponsorship_disbursements WHERE id = ?", (disbursement_id,))
            s.audit("remove", "sponsorship_disbursement", disbursement_id)
        return Changes.of("sponsorship_disbursements", disbursement_id)

    def disbursements(self, sponsorship_id: int) -> list[Disbursement]:
        self._s.require(Action.VIEW)
        return [Disbursement(r[0], r[1], dollars(r[2]), *r[3:]) for r in self._s.q(
            "SELECT sponsorship_id, paid_on, amount_cents, category, id, note, paid_by"
            " FROM sponsorship_disbursements WHERE sponsorship_id = ? ORDER BY paid_on, id",
            (sponsorship_id,))]

    def budget(self, sponsorship_id: int) -> BudgetView:
        """Required (cost table, for the family size and support period), committed,
        received and disbursed, the monthly income-support schedule, and warnings."""
        s = self._s
        sp = self.get(sponsorship_id)
        committed, received = s.q(  # an aggregate: always one row
            "SELECT coalesce(sum(amount_cents), 0), coalesce(sum(CASE status WHEN 'received'"
            " THEN amount_cents END), 0) FROM sponsorship_pledges WHERE sponsorship_id = ?",
            (sponsorship_id,))[0]
        paid = s.q("SELECT paid_on, amount_cents, category FROM sponsorship_disbursements"
                   " WHERE sponsorship_id = ?", (sponsorship_id,))
        return build_view(
            sponsorship_id=sponsorship_id, family_size=self.family_size(sponsorship_id),
            overridden=sp.family_size_override is not None,
            support_months=sp.support_months,
            arrival=dt.date.fromisoformat(sp.arrival_date) if sp.arrival_date else None,
            committed_cents=committed, received_cents=received, disbursements=paid)
