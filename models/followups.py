"""Follow-ups: promises with a due date and an owner, and the "Today" view over them."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

from models.changes import Changes
from models.db.store import Store
from models.db.table_spec import TableSpec
from models.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from models.permissions import Action
from models.validate import clean_text, iso_date

STATUSES = ("open", "done", "cancelled")


@dataclass(frozen=True)
class Followup:
    title: str
    due_date: str
    id: int | None = None
    owner_id: int | None = None
    client_id: int | None = None
    referral_id: int | None = None
    status: str = "open"
    outcome: str | None = None
    kind: str = "manual"
    closed_at: str | None = None


@dataclass(frozen=True)
class TodayRow:
    id: int
    title: str
    due_date: str
    owner_id: int | None
    client_id: int | None
    client_name: str | None
    referral_id: int | None


@dataclass(frozen=True)
class Today:
    """Each bucket lists at most ``limit`` rows (oldest overdue last); the totals count
    them all."""

    overdue: list[TodayRow]
    today: list[TodayRow]
    this_week: list[TodayRow]
    totals: tuple[int, int, int] = (0, 0, 0)


BUCKETS = ("today", "overdue", "week")  # the order Today shows them in

_SELECT = ("SELECT title, due_date, id, owner_id, client_id, referral_id, status, outcome, kind,"
           " closed_at FROM followups")


TABLE = TableSpec("followups", ("title", "due_date", "owner_id", "client_id", "referral_id",
                                "status", "outcome", "kind", "created_by", "created_at",
                                "closed_at"), "followup", "client_id")


def followup_row(f: Followup, created_by: int | None, created_at: str) -> tuple:
    """The follow-up checked, as a row of TABLE created ``created_at`` by ``created_by``."""
    due = iso_date("due_date", f.due_date)
    if due is None:
        raise InvalidInput("due_date", "is required")
    title = clean_text("title", f.title, required=True, limit=300)
    if f.status not in STATUSES:
        raise InvalidInput("status", "is not a follow-up status")
    return (title, due, f.owner_id, f.client_id, f.referral_id, f.status,
            clean_text("outcome", f.outcome), f.kind, created_by, created_at, f.closed_at)


class Followups:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(self, f: Followup, *, audit_action: str = "create") -> Changes:
        s = self._s
        s.require(Action.MANAGE_FOLLOWUPS)
        return Changes.of("followups", self.insert_unchecked(f, audit_action))

    def insert_unchecked(self, f: Followup, audit_action: str = "create") -> int:
        """Insert without a permission check: for follow-ups created by another operation
        (sending a referral, a sponsorship arrival) that did its own check."""
        s = self._s
        # A new follow-up is open, whatever the object carries; closing is its own step.
        row = followup_row(dataclasses.replace(f, status="open", outcome=None, closed_at=None),
                           s.user.id, s.now_iso())
        if f.client_id is not None:
            s.exists("clients", f.client_id, "client")
        if f.owner_id is not None:
            s.exists("users", f.owner_id, "user")
        with s.tx():
            fid = TABLE.insert_one(s, row)
            s.audit(audit_action, "followup", fid, f.client_id)
        return fid

    def get(self, followup_id: int) -> Followup:
        self._s.require(Action.VIEW)
        row = self._s.one(_SELECT + " WHERE id = ?", (followup_id,))
        if row is None:
            raise NotFound("follow-up", followup_id)
        return Followup(*row)

    def _may_update(self, f: Followup) -> None:
        s = self._s
        if s.can(Action.MANAGE_FOLLOWUPS):
            return
        if s.can(Action.UPDATE_OWN_FOLLOWUP) and f.owner_id == s.user.id:
            return
        raise PermissionDenied("A volunteer can only update follow-ups assigned to them.")

    def _close(self, followup_id: int, status: str, outcome: str | None) -> Changes:
        s = self._s
        f = self.get(followup_id)
        self._may_update(f)
        if f.status != "open":
            raise Conflict("This follow-up is already closed.")
        with s.tx():
            s.x("UPDATE followups SET status = ?, outcome = ?, closed_at = ? WHERE id = ?",
                (status, clean_text("outcome", outcome), s.now_iso(), followup_id))
            s.audit(status, "followup", followup_id, f.client_id)
        return Changes.of("followups", followup_id)

    def complete(self, followup_id: int, outcome: str | None = None) -> Changes:
        return self._close(followup_id, "done", outcome)

    def cancel(self, followup_id: int, outcome: str | None = None) -> Changes:
        return self._close(followup_id, "cancelled", outcome)

    def reschedule(self, followup_id: int, due_date: str,
                   owner_id: int | None = None) -> Changes:
        s = self._s
        s.require(Action.MANAGE_FOLLOWUPS)
        f = self.get(followup_id)
        due = iso_date("due_date", due_date)
        if due is None:
            raise InvalidInput("due_date", "is required")
        with s.tx():
            s.x("UPDATE followups SET due_date = ?, owner_id = ? WHERE id = ?",
                (due, owner_id if owner_id is not None else f.owner_id, followup_id))
            s.audit("reschedule", "followup", followup_id, f.client_id)
        return Changes.of("followups", followup_id)

    def for_client(self, client_id: int) -> list[Followup]:
        self._s.require(Action.VIEW)
        return [Followup(*r) for r in self._s.q(
            _SELECT + " WHERE client_id = ? ORDER BY status != 'open', due_date", (client_id,))]

    def search(self, *, status: str | None = "open", owner_id: int | None = None,
               limit: int = 1000) -> list[Followup]:
        self._s.require(Action.VIEW)
        where: list[str] = []
        params: list[object] = []
        if status:
            where.append("status = ?")
            params.append(status)
        if owner_id is not None:
            where.append("owner_id = ?")
            params.append(owner_id)
        sql = _SELECT + (" WHERE " + " AND ".join(where) if where else "")
        return [Followup(*r) for r in self._s.q(sql + f" ORDER BY due_date, id LIMIT {int(limit)}",
                                                params)]

    def _bucket_sql(self, bucket: str, owner_id: int | None,
                    day: dt.date | None) -> tuple[str, list, str]:
        """WHERE condition, parameters and ORDER BY of one of Today's groups. Every order
        is the order of an index — followups_open_due (status, due_date) or, for "mine",
        followups_owner_due (owner_id, status, due_date), each ending in the row id — so a
        page is an index range read with LIMIT/OFFSET, never a sort of the whole group."""
        if bucket not in BUCKETS:
            raise InvalidInput("group", "must be today, overdue or week")
        day = day or self._s.today()
        iso = day.isoformat()
        params: list[object]
        if bucket == "overdue":
            # The most recently missed first: the ones still worth a quick call.
            cond, params, order = "f.due_date < ?", [iso], "f.due_date DESC, f.id DESC"
        elif bucket == "today":
            cond, params, order = "f.due_date = ?", [iso], "f.due_date, f.id"
        else:
            cond, params, order = ("f.due_date > ? AND f.due_date <= ?",
                                   [iso, (day + dt.timedelta(days=7)).isoformat()],
                                   "f.due_date, f.id")
        if owner_id is not None:
            cond += " AND f.owner_id = ?"
            params.append(owner_id)
        return f"f.status = 'open' AND {cond}", params, order

    def today_counts(self, *, owner_id: int | None = None,
                     day: dt.date | None = None) -> dict[str, int]:
        """How many open follow-ups each of Today's groups holds (nothing left out)."""
        s = self._s
        s.require(Action.VIEW)
        out = {}
        for bucket in BUCKETS:
            where, params, _order = self._bucket_sql(bucket, owner_id, day)
            # count(*) always gives one row
            out[bucket] = s.q(f"SELECT count(*) FROM followups f WHERE {where}", params)[0][0]
        return out

    def today_page(self, bucket: str, *, owner_id: int | None = None,
                   day: dt.date | None = None, offset: int = 0,
                   limit: int = 100) -> list[TodayRow]:
        """One page of a Today group ("today", "overdue" or "week"), in index order; the
        view asks for the next page as the person scrolls, so no row is ever cut off."""
        s = self._s
        s.require(Action.VIEW)
        where, params, order = self._bucket_sql(bucket, owner_id, day)
        return [TodayRow(*r) for r in s.q(
            "SELECT f.id, f.title, f.due_date, f.owner_id, f.client_id, c.display_name,"
            " f.referral_id FROM followups f LEFT JOIN clients c ON c.id = f.client_id"
            f" WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [*params, max(0, int(limit)), max(0, int(offset))])]

    def today(self, *, owner_id: int | None = None, day: dt.date | None = None,
              limit: int = 150) -> Today:
        """Open follow-ups overdue, due today, and due in the coming seven days (so a
        referral's default one-week follow-up shows the day it is sent)."""
        s = self._s
        s.require(Action.VIEW)
        day = day or s.today()
        tomorrow = (day + dt.timedelta(days=1)).isoformat()
        week_end = (day + dt.timedelta(days=7)).isoformat()
        owner, extra = ("", []) if owner_id is None else (" AND f.owner_id = ?", [owner_id])

        def bucket(condition: str, params: list, newest_first: bool = False) -> list[TodayRow]:
            # One indexed range scan per bucket, so a long overdue list cannot crowd out today.
            order = "DESC" if newest_first else ""
            return [TodayRow(*r) for r in s.q(
                "SELECT f.id, f.title, f.due_date, f.owner_id, f.client_id, c.display_name,"
                " f.referral_id FROM followups f LEFT JOIN clients c ON c.id = f.client_id"
                f" WHERE f.status = 'open' AND {condition}{owner}"
                f" ORDER BY f.due_date {order}, f.id {order} LIMIT {int(limit)}",
                params + extra)]

        iso = day.isoformat()
        buckets = (("f.due_date < ?", [iso], True), ("f.due_date = ?", [iso], False),
                   ("f.due_date >= ? AND f.due_date <= ?", [tomorrow, week_end], False))
        rows = [bucket(cond, params, newest) for cond, params, newest in buckets]
        totals = [
            len(r) if len(r) < limit else s.q(  # count only what was cut off (always one row)
                f"SELECT count(*) FROM followups f WHERE f.status = 'open' AND {cond}{owner}",
                params + extra)[0][0]
            for r, (cond, params, _) in zip(rows, buckets, strict=True)]
        return Today(rows[0], rows[1], rows[2], totals=(totals[0], totals[1], totals[2]))
