"""Private sponsorships: a group's undertaking to support a refugee family for 12 months
(up to 36), jointly and severally, with a settlement plan.

Who may do what: caseworkers and coordinators manage the record, the family links, the status,
arrival, duties and readiness (``MANAGE_SPONSORSHIP``); only coordinators manage the money and
the group's members (``MANAGE_BUDGET``); volunteers see the record, see the duties assigned to
them, and may mark those done. Every change is audited with ids only.

Months and money follow ``models.sponsorship.budget`` (the support period's end date, the
monthly schedule, the requirement); the cost table is the screening pack's
(``models.screening.costs``), never a copy.
"""

from __future__ import annotations

import builtins
import datetime as dt
from typing import Any

from models.changes import Changes
from models.errors import Conflict, InvalidInput, NotFound
from models.followups import Followups
from models.permissions import Action
from models.sponsorship.budget import BudgetView, add_months, check_support_months
from models.sponsorship.money import SponsorshipMoney
from models.sponsorship.plan import GROUP_OF_FIVE_MINIMUM, GroupSize, SponsorshipPlan, group_size
from models.sponsorship.records import (
    CHECKIN_KIND,
    CLOSED,
    DISBURSEMENT_CATEGORIES,
    DUTY_KINDS,
    EDITABLE_COLUMNS,
    INITIAL_STATUSES,
    READINESS_PACK,
    SELECT_SPONSORSHIP,
    SPONSOR_TYPES,
    STATUSES,
    TRANSITIONS,
    CheckIn,
    Disbursement,
    Duty,
    FamilyLink,
    Member,
    Pledge,
    Sponsorship,
    required_day,
    sponsorship_from_row,
    status_label,
    validated_sponsorship,
)
from models.validate import clean_text

__all__ = ["DISBURSEMENT_CATEGORIES", "DUTY_KINDS", "GROUP_OF_FIVE_MINIMUM", "SPONSOR_TYPES",
           "STATUSES", "TRANSITIONS", "BudgetView", "CheckIn", "Disbursement", "Duty",
           "FamilyLink", "GroupSize", "Member", "Pledge", "Sponsorship", "Sponsorships",
           "group_size"]


class Sponsorships(SponsorshipPlan, SponsorshipMoney):
    """The repository behind ``book.sponsorships``: the record, the family, the status,
    arrival and check-ins, and readiness here; members and duties in SponsorshipPlan; money in
    SponsorshipMoney."""

    # -- the record ----------------------------------------------------------------------
    def create(self, sponsorship: Sponsorship) -> Changes:
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        sp = validated_sponsorship(sponsorship)
        if sp.status not in INITIAL_STATUSES:
            raise InvalidInput("status", "a new sponsorship starts as preparing, submitted or "
                                         "approved; record the arrival afterwards")
        check_support_months(sp.support_months)
        lead = sp.lead_user_id if sp.lead_user_id is not None else s.user.id
        s.exists("users", lead, "user")
        now = s.now_iso()
        with s.tx():
            sid = s.x("INSERT INTO sponsorships (group_name, family_label, sponsor_type,"
                      " sah_name, application_date, status, support_months, lead_user_id,"
                      " notes, created_by, created_at, updated_at)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                      (sp.group_name, sp.family_label, sp.sponsor_type, sp.sah_name,
                       sp.application_date, sp.status, sp.support_months, lead, sp.notes,
                       s.user.id, now, now))
            s.audit("create", "sponsorship", sid)
        return Changes.of("sponsorships", sid)

    def update(self, sponsorship: Sponsorship) -> Changes:
        """Save the editable fields. Status, arrival, support period, family size and the
        screening have operations of their own; a change to them here is refused."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        if sponsorship.id is None:
            raise InvalidInput("id", "is required to update a sponsorship")
        sid: int = sponsorship.id
        old = self.get(sid)
        sp = validated_sponsorship(sponsorship)
        for name in ("status", "arrival_date", "support_months", "family_size_override",
                     "checkin_owner_id", "screening_id"):
            if getattr(sp, name) != getattr(old, name):
                raise InvalidInput(name, "cannot be changed by editing the sponsorship")
        if sp.lead_user_id is None:
            raise InvalidInput("lead_user_id", "is required")
        s.exists("users", sp.lead_user_id, "user")
        sets = ", ".join(f"{c} = ?" for c in EDITABLE_COLUMNS)
        with s.tx():
            s.x(f"UPDATE sponsorships SET {sets}, updated_at = ? WHERE id = ?",
                (*(getattr(sp, c) for c in EDITABLE_COLUMNS), s.now_iso(), sid))
            s.audit("update", "sponsorship", sid)
        return Changes.of("sponsorships", sid)

    def list(self, *, status: str | None = None) -> list[Sponsorship]:
        self._s.require(Action.VIEW)
        where, params = ("", ()) if status is None else (" WHERE status = ?", (status,))
        return [sponsorship_from_row(r) for r in self._s.q(
            SELECT_SPONSORSHIP + where + " ORDER BY group_name COLLATE NOCASE, id", params)]

    def for_client(self, client_id: int) -> builtins.list[int]:
        """Ids of the sponsorships a client's family belongs to."""
        self._s.require(Action.VIEW)
        return [r[0] for r in self._s.q("SELECT sponsorship_id FROM sponsorship_clients"
                                        " WHERE client_id = ? ORDER BY sponsorship_id",
                                        (client_id,))]

    def record_print(self, sponsorship_id: int) -> None:
        """Audit that a document naming the group and its members (the summary or the budget
        sheet) was made, on screen or to a file: ids only. Whoever sees the record may."""
        s = self._s
        self.get(sponsorship_id)  # VIEW, and a missing id is refused before anything is made
        with s.tx():
            s.audit("print", "sponsorship", sponsorship_id)

    # -- the family ----------------------------------------------------------------------
    def link_client(self, sponsorship_id: int, client_id: int,
                    relationship: str | None = None) -> Changes:
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        self.get(sponsorship_id)
        s.exists("clients", client_id, "client")
        relationship = clean_text("relationship", relationship, limit=100)
        if s.one("SELECT 1 FROM sponsorship_clients WHERE sponsorship_id = ? AND client_id = ?",
                 (sponsorship_id, client_id)):
            raise Conflict("This client is already part of the sponsored family.")
        with s.tx():
            s.x("INSERT INTO sponsorship_clients (sponsorship_id, client_id, relationship)"
                " VALUES (?,?,?)", (sponsorship_id, client_id, relationship))
            self._touch(sponsorship_id)
            s.audit("link_client", "sponsorship", sponsorship_id, client_id)
        return Changes.of("sponsorships", sponsorship_id)

    def unlink_client(self, sponsorship_id: int, client_id: int) -> Changes:
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        if not s.one("SELECT 1 FROM sponsorship_clients WHERE sponsorship_id = ?"
                     " AND client_id = ?", (sponsorship_id, client_id)):
            raise NotFound("family link", client_id)
        with s.tx():
            s.x("DELETE FROM sponsorship_clients WHERE sponsorship_id = ? AND client_id = ?",
                (sponsorship_id, client_id))
            self._touch(sponsorship_id)
            s.audit("unlink_client", "sponsorship", sponsorship_id, client_id)
        return Changes.of("sponsorships", sponsorship_id)

    def family(self, sponsorship_id: int) -> builtins.list[FamilyLink]:
        """The sponsored family's client rows (list rows: names only, not audited)."""
        self._s.require(Action.VIEW)
        return [FamilyLink(sponsorship_id, *r) for r in self._s.q(
            "SELECT c.id, c.display_name, l.relationship FROM sponsorship_clients l"
            " JOIN clients c ON c.id = l.client_id WHERE l.sponsorship_id = ?"
            " ORDER BY c.sort_name, c.id", (sponsorship_id,))]

    # -- status --------------------------------------------------------------------------
    def set_status(self, sponsorship_id: int, status: str) -> Changes:
        """Move along TRANSITIONS. Completing or withdrawing cancels the open check-ins and
        duties, so nobody's Today view keeps promises that no longer stand."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        sp = self.get(sponsorship_id)
        if status not in STATUSES:
            raise InvalidInput.of("status", "must be one of {choices}",
                                  choices=", ".join(STATUSES))
        if status == "arrived":
            raise InvalidInput("status", "record the arrival with its date instead")
        if status not in TRANSITIONS[sp.status]:
            raise Conflict.of("A sponsorship that is {status} cannot become {new}.",
                              status=status_label(sp.status), new=status_label(status))
        changes = Changes.of("sponsorships", sponsorship_id)
        with s.tx():
            s.x("UPDATE sponsorships SET status = ?, updated_at = ? WHERE id = ?",
                (status, s.now_iso(), sponsorship_id))
            s.audit(f"status:{status}", "sponsorship", sponsorship_id)
            if status in CLOSED:
                ids = [r[0] for r in s.q("SELECT id FROM followups WHERE sponsorship_id = ?"
                                         " AND status = 'open'", (sponsorship_id,))]
                for fid in ids:
                    Followups(s).cancel(fid, f"Sponsorship {status}")
                changes |= Changes.of("followups", *ids)
        return changes

    # -- arrival, support period and check-ins -------------------------------------------
    def mark_arrival(self, sponsorship_id: int, arrival_date: str | dt.date, *,
                     checkin_member_id: int | None = None) -> Changes:
        """Record the family's arrival: the support period starts, and a check-in follow-up
        is due on each month's anniversary of the arrival, to the end of the period.

        Check-ins go to ``checkin_member_id``'s casebook account if given, else to the
        sponsorship's lead. Recording the arrival again corrects its date: open check-ins
        move, those already done stay as they were."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        sp = self.get(sponsorship_id)
        if sp.status not in ("approved", "arrived", "in_support"):
            raise Conflict.of("A sponsorship that is {status} cannot record an arrival; "
                              "it must be approved first.", status=status_label(sp.status))
        arrival = dt.date.fromisoformat(required_day("arrival_date", arrival_date))
        owner = sp.checkin_owner_id or sp.lead_user_id or s.user.id
        if checkin_member_id is not None:
            m = self.member(checkin_member_id)
            if m.sponsorship_id != sponsorship_id:
                raise InvalidInput("checkin_member_id", "is not a member of this sponsorship")
            if m.user_id is None:
                raise InvalidInput("checkin_member_id", "this member has no casebook account")
            owner = m.user_id
        with s.tx():
            s.x("UPDATE sponsorships SET arrival_date = ?, checkin_owner_id = ?,"
                " status = CASE status WHEN 'approved' THEN 'arrived' ELSE status END,"
                " updated_at = ? WHERE id = ?",
                (arrival.isoformat(), owner, s.now_iso(), sponsorship_id))
            s.audit("arrival", "sponsorship", sponsorship_id)
            moved = []
            for month, fid in s.q("SELECT c.month, c.followup_id FROM sponsorship_checkins c"
                                  " JOIN followups f ON f.id = c.followup_id"
                                  " WHERE c.sponsorship_id = ? AND f.status = 'open'",
                                  (sponsorship_id,)):
                Followups(s).reschedule(fid, add_months(arrival, month).isoformat(), owner)
                moved.append(fid)
            created = self._add_checkins(self.get(sponsorship_id))
        return Changes.of("sponsorships", sponsorship_id) | Changes.of("followups", *moved,
                                                                       *created)

    def extend_support(self, sponsorship_id: int, months: int) -> Changes:
        """Lengthen the support period to ``months`` (at most 36); after arrival, the added
        months get their check-ins (existing ones are never duplicated)."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        sp = self.get(sponsorship_id)
        check_support_months(months)
        if sp.status in CLOSED:
            raise Conflict.of("A sponsorship that is {status} cannot be extended.",
                              status=status_label(sp.status))
        if months <= sp.support_months:
            raise InvalidInput.of("support_months", "must be more than the current {months} months",
                                  months=sp.support_months)
        with s.tx():
            s.x("UPDATE sponsorships SET support_months = ?, updated_at = ? WHERE id = ?",
                (months, s.now_iso(), sponsorship_id))
            s.audit("extend", "sponsorship", sponsorship_id)
            created = self._add_checkins(self.get(sponsorship_id))
        return Changes.of("sponsorships", sponsorship_id) | Changes.of("followups", *created)

    def _add_checkins(self, sp: Sponsorship) -> builtins.list[int]:
        """Create the missing check-ins of months 1…support_months; inside a transaction."""
        if sp.arrival_date is None or sp.id is None:  # a stored record always has its id
            return []
        s = self._s
        arrival = dt.date.fromisoformat(sp.arrival_date)
        have = {r[0] for r in s.q("SELECT month FROM sponsorship_checkins"
                                  " WHERE sponsorship_id = ?", (sp.id,))}
        created = []
        for month in range(1, sp.support_months + 1):
            if month in have:
                continue
            fid = self._followup(sp.id, f"Monthly check-in {month}: {sp.label}",
                                 add_months(arrival, month).isoformat(), sp.checkin_owner_id,
                                 CHECKIN_KIND)
            s.x("INSERT INTO sponsorship_checkins (sponsorship_id, month, followup_id)"
                " VALUES (?,?,?)", (sp.id, month, fid))
            created.append(fid)
        return created

    def checkins(self, sponsorship_id: int) -> builtins.list[CheckIn]:
        self._s.require(Action.VIEW)
        return [CheckIn(*r) for r in self._s.q(
            "SELECT c.month, f.due_date, c.followup_id, coalesce(f.status, 'cancelled')"
            " FROM sponsorship_checkins c LEFT JOIN followups f ON f.id = c.followup_id"
            " WHERE c.sponsorship_id = ? ORDER BY c.month", (sponsorship_id,))]

    # -- readiness -----------------------------------------------------------------------
    def readiness_answers(self, sponsorship_id: int) -> dict[str, Any]:
        """The ``ca-private-sponsorship`` answers the record already knows."""
        sp = self.get(sponsorship_id)
        s = self._s
        answers: dict[str, Any] = {"sponsor_type": sp.sponsor_type}
        if sp.application_date:
            answers["application_date"] = sp.application_date
        if sp.sponsor_type == "group_of_five":
            answers["eligible_group_members"] = self.group_size(sponsorship_id).eligible
        size = self.family_size(sponsorship_id)
        if size >= 1:
            answers["family_size"] = size
        cents = s.q("SELECT coalesce(sum(amount_cents), 0) FROM sponsorship_pledges"
                    " WHERE sponsorship_id = ?", (sponsorship_id,))[0][0]
        answers["funds_committed"] = cents // 100 if cents % 100 == 0 else cents / 100
        return answers

    def run_readiness(self, sponsorship_id: int, answers: dict[str, Any] | None = None,
                      lang: str = "en") -> tuple[Changes, Any]:
        """Screen the application with the record's answers, plus ``answers`` for what the
        record does not hold (the refugee's situation); given answers win. The screening is
        saved and becomes the sponsorship's latest readiness screening."""
        from models.screening.saved import Screenings

        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        merged = {**self.readiness_answers(sponsorship_id), **(answers or {})}
        with s.tx():
            changes, result = Screenings(s).run(None, READINESS_PACK, merged, lang)
            sid = changes.id_of("screenings")
            s.x("UPDATE sponsorships SET screening_id = ?, updated_at = ? WHERE id = ?",
                (sid, s.now_iso(), sponsorship_id))
            s.audit("readiness", "sponsorship", sponsorship_id)
        return changes | Changes.of("sponsorships", sponsorship_id), result
