"""The group and its settlement plan: members, and duties that each become a follow-up
owned by the member's casebook account (or the sponsorship's lead)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from models.changes import Changes
from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.followups import Followups
from models.permissions import Action
from models.sponsorship.records import (
    CLOSED,
    DUTY_KIND,
    DUTY_KINDS,
    Duty,
    Member,
    SponsorshipBase,
    required_day,
    status_label,
)
from models.validate import clean_text

# IRPR 138: a Group of Five needs at least five members who are 18 or older, citizens or
# permanent residents, living in the community of settlement (docs: screening.md, PSR_G5_SIZE).
GROUP_OF_FIVE_MINIMUM = 5
# The warning's template; the desktop translates it in context "models" (models/ has no Qt).
GROUP_OF_FIVE_SHORT = "{n} eligible — a Group of Five needs at least {minimum}"


@dataclasses.dataclass(frozen=True)
class GroupSize:
    """How many of a group's members count as eligible, and whether a Group of Five is short.

    A warning, not a refusal: the readiness screening reports a short group as the bar
    PSR_G5_SIZE, and nothing in the product's rules stops a group recording its status while
    it recruits (members can be added after the application is drafted)."""

    members: int
    eligible: int
    group_of_five: bool
    minimum: int = GROUP_OF_FIVE_MINIMUM

    @property
    def short(self) -> bool:
        return self.group_of_five and self.eligible < self.minimum

    @property
    def template(self) -> str | None:
        """The warning's English template when short (fill it with ``values``), else None."""
        return GROUP_OF_FIVE_SHORT if self.short else None

    @property
    def values(self) -> dict[str, object]:
        return {"n": self.eligible, "minimum": self.minimum}

    @property
    def warning(self) -> str | None:
        """The warning in English (the command line's words), or None."""
        return self.template.format(**self.values) if self.template else None


def _member(row: tuple) -> Member:
    return Member(sponsorship_id=row[0], name=row[1], id=row[2], role=row[3], contact=row[4],
                  eligible=bool(row[5]), user_id=row[6])


def group_size(sponsor_type: str, members: list[Member]) -> GroupSize:
    """The Group-of-Five rule over a group's members (the desktop's and the command line's)."""
    return GroupSize(members=len(members), eligible=sum(1 for m in members if m.eligible),
                     group_of_five=sponsor_type == "group_of_five")


class SponsorshipPlan(SponsorshipBase):
    # -- members -------------------------------------------------------------------------
    def _clean_member(self, m: Member) -> Member:
        if m.user_id is not None:
            self._s.exists("users", m.user_id, "user")
        return dataclasses.replace(
            m, name=clean_text("name", m.name, required=True, limit=200),
            role=clean_text("role", m.role, limit=100), contact=clean_text("contact", m.contact,
                                                                  limit=500),
            eligible=bool(m.eligible))

    def add_member(self, member: Member) -> Changes:
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        self.get(member.sponsorship_id)
        m = self._clean_member(member)
        with s.tx():
            mid = s.x("INSERT INTO sponsorship_members (sponsorship_id, name, role, contact,"
                      " eligible, user_id) VALUES (?,?,?,?,?,?)",
                      (m.sponsorship_id, m.name, m.role, m.contact, int(m.eligible),
                       m.user_id))
            self._touch(m.sponsorship_id)
            s.audit("add", "sponsorship_member", mid)
        return Changes.of("sponsorship_members", mid)

    def update_member(self, member: Member) -> Changes:
        """Save a member; their open duties follow a change of casebook account."""
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        if member.id is None:
            raise InvalidInput("id", "is required to update a member")
        mid: int = member.id
        old = self.member(mid)
        if old.sponsorship_id != member.sponsorship_id:
            raise InvalidInput("sponsorship_id", "a member cannot move to another sponsorship")
        m = self._clean_member(member)
        with s.tx():
            s.x("UPDATE sponsorship_members SET name = ?, role = ?, contact = ?, eligible = ?,"
                " user_id = ? WHERE id = ?",
                (m.name, m.role, m.contact, int(m.eligible), m.user_id, mid))
            changed = Changes.of("sponsorship_members", mid)
            if m.user_id != old.user_id:
                owner = self._owner_for(m.sponsorship_id, mid)
                ids = [r[0] for r in s.q(
                    "SELECT f.id FROM sponsorship_duties d JOIN followups f"
                    " ON f.id = d.followup_id WHERE d.member_id = ? AND f.status = 'open'",
                    (mid,))]
                s.conn.executemany("UPDATE followups SET owner_id = ? WHERE id = ?",
                                   [(owner, i) for i in ids])
                changed |= Changes.of("followups", *ids)
            self._touch(m.sponsorship_id)
            s.audit("update", "sponsorship_member", mid)
        return changed

    def remove_member(self, member_id: int) -> Changes:
        """Remove a member who has no open duties (reassign those first)."""
        s = self._s
        s.require(Action.MANAGE_BUDGET)
        m = self.member(member_id)
        if s.one("SELECT 1 FROM sponsorship_duties d JOIN followups f ON f.id = d.followup_id"
                 " WHERE d.member_id = ? AND f.status = 'open'", (member_id,)):
            raise Conflict("This member still has open duties; reassign them first.")
        with s.tx():
            s.x("UPDATE sponsorship_duties SET member_id = NULL WHERE member_id = ?",
                (member_id,))
            s.x("DELETE FROM sponsorship_members WHERE id = ?", (member_id,))
            self._touch(m.sponsorship_id)
            s.audit("remove", "sponsorship_member", member_id)
        return Changes.of("sponsorship_members", member_id)

    def member(self, member_id: int) -> Member:
        self._s.require(Action.VIEW)
        row = self._s.one(self._MEMBER_SELECT + " WHERE id = ?", (member_id,))
        if row is None:
            raise NotFound("group member", member_id)
        return _member(row)

    def members(self, sponsorship_id: int) -> list[Member]:
        self._s.require(Action.VIEW)
        return [_member(r) for r in self._s.q(
            self._MEMBER_SELECT + " WHERE sponsorship_id = ? ORDER BY id", (sponsorship_id,))]

    _MEMBER_SELECT = ("SELECT sponsorship_id, name, id, role, contact, eligible, user_id"
                      " FROM sponsorship_members")

    def group_size(self, sponsorship_id: int) -> GroupSize:
        """The group's eligible members against the Group-of-Five minimum."""
        return group_size(self.get(sponsorship_id).sponsor_type, self.members(sponsorship_id))

    # -- duties --------------------------------------------------------------------------
    def _check_member(self, sponsorship_id: int, member_id: int | None) -> None:
        if member_id is not None and self.member(member_id).sponsorship_id != sponsorship_id:
            raise InvalidInput("member_id", "is not a member of this sponsorship")

    def add_duty(self, sponsorship_id: int, kind: str, due_date: str | dt.date,
                 member_id: int | None = None, title: str | None = None) -> Changes:
        """A settlement-plan duty from the checklist, with its follow-up."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        sp = self.get(sponsorship_id)
        if sp.status in CLOSED:
            raise Conflict.of("A sponsorship that is {status} takes no new duties.",
                              status=status_label(sp.status))
        if kind not in DUTY_KINDS:
            raise InvalidInput.of("kind", "must be one of {choices}",
                                  choices=", ".join(DUTY_KINDS))
        title = clean_text("title", title, limit=200)
        if kind == "other" and title is None:
            raise InvalidInput("title", "is required for a duty of kind other")
        due = required_day("due_date", due_date)
        self._check_member(sponsorship_id, member_id)
        with s.tx():
            fid = self._followup(sponsorship_id,
                                 f"{title or DUTY_KINDS[kind]}: {sp.label}", due,
                                 self._owner_for(sponsorship_id, member_id), DUTY_KIND)
            did = s.x("INSERT INTO sponsorship_duties (sponsorship_id, kind, title, member_id,"
                      " due_date, followup_id) VALUES (?,?,?,?,?,?)",
                      (sponsorship_id, kind, title, member_id, due, fid))
            s.audit("add", "sponsorship_duty", did)
        return Changes.of("sponsorship_duties", did) | Changes.of("followups", fid)

    def assign_duty(self, duty_id: int, member_id: int | None,
                    due_date: str | dt.date | None = None) -> Changes:
        """Give an open duty to another member (or nobody), optionally with a new date."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        d = self.duty(duty_id)
        if d.status != "open" or d.followup_id is None:  # an open duty has its follow-up
            raise Conflict("This duty is already closed.")
        self._check_member(d.sponsorship_id, member_id)
        due = required_day("due_date", due_date, dt.date.fromisoformat(d.due_date))
        with s.tx():
            s.x("UPDATE sponsorship_duties SET member_id = ?, due_date = ? WHERE id = ?",
                (member_id, due, duty_id))
            s.x("UPDATE followups SET owner_id = ?, due_date = ? WHERE id = ?",
                (self._owner_for(d.sponsorship_id, member_id), due, d.followup_id))
            s.audit("assign", "sponsorship_duty", duty_id)
        return Changes.of("sponsorship_duties", duty_id) | Changes.of("followups",
                                                                      d.followup_id)

    def complete_duty(self, duty_id: int, outcome: str | None = None) -> Changes:
        """Mark a duty done (its follow-up too). A volunteer may do so for their own duty."""
        s = self._s
        d = self._duty(duty_id)
        if not s.can(Action.MANAGE_SPONSORSHIP) and not self._is_mine(d):
            raise PermissionDenied("A volunteer can only mark their own duties done.")
        if d.status != "open" or d.followup_id is None:
            raise Conflict("This duty is already closed.")
        with s.tx():
            changes = Followups(s).complete(d.followup_id, outcome)
            s.audit("complete", "sponsorship_duty", duty_id)
        return changes | Changes.of("sponsorship_duties", duty_id)

    def remove_duty(self, duty_id: int) -> Changes:
        """Take a duty off the plan; its follow-up is cancelled, not deleted."""
        s = self._s
        s.require(Action.MANAGE_SPONSORSHIP)
        d = self.duty(duty_id)
        # A follow-up deleted for good (a purged client's) leaves the duty without one.
        fids = () if d.followup_id is None else (d.followup_id,)
        with s.tx():
            if d.status == "open" and d.followup_id is not None:
                Followups(s).cancel(d.followup_id, "Duty removed from the settlement plan")
            s.x("DELETE FROM sponsorship_duties WHERE id = ?", (duty_id,))
            s.audit("remove", "sponsorship_duty", duty_id)
        return Changes.of("sponsorship_duties", duty_id) | Changes.of("followups", *fids)

    def _is_mine(self, d: Duty) -> bool:
        if d.member_id is None or not self._s.can(Action.UPDATE_OWN_FOLLOWUP):
            return False
        row = self._s.one("SELECT user_id FROM sponsorship_members WHERE id = ?",
                          (d.member_id,))
        return row is not None and row[0] == self._s.user.id

    _DUTY_SELECT = (
        "SELECT d.sponsorship_id, d.kind, d.due_date, d.id, d.title, d.member_id, m.name,"
        " d.followup_id, coalesce(f.status, 'cancelled') FROM sponsorship_duties d"
        " LEFT JOIN sponsorship_members m ON m.id = d.member_id"
        " LEFT JOIN followups f ON f.id = d.followup_id")

    def _duty(self, duty_id: int) -> Duty:
        self._s.require(Action.VIEW)
        row = self._s.one(self._DUTY_SELECT + " WHERE d.id = ?", (duty_id,))
        if row is None:
            raise NotFound("duty", duty_id)
        return Duty(*row)

    def duty(self, duty_id: int) -> Duty:
        """One duty; to a volunteer, only one of their own."""
        d = self._duty(duty_id)
        if not self._s.can(Action.MANAGE_SPONSORSHIP) and not self._is_mine(d):
            raise NotFound("duty", duty_id)
        return d

    def duties(self, sponsorship_id: int) -> list[Duty]:
        """The settlement plan, open first by due date. A volunteer sees only their own."""
        s = self._s
        s.require(Action.VIEW)
        mine, params = "", [sponsorship_id]
        if not s.can(Action.MANAGE_SPONSORSHIP):
            mine, params = " AND m.user_id = ?", [sponsorship_id, s.user.id]
        return [Duty(*r) for r in s.q(
            self._DUTY_SELECT + f" WHERE d.sponsorship_id = ?{mine}"
            " ORDER BY coalesce(f.status, 'cancelled') != 'open', d.due_date, d.id", params)]

    def my_duties(self, *, open_only: bool = True) -> list[Duty]:
        """Duties of every sponsorship assigned to the signed-in user's member records."""
        s = self._s
        s.require(Action.VIEW)
        where = " AND f.status = 'open'" if open_only else ""
        return [Duty(*r) for r in s.q(
            self._DUTY_SELECT + f" WHERE m.user_id = ?{where} ORDER BY d.due_date, d.id",
            (s.user.id,))]
