"""Writing the demo casebook in bulk: the same validators as the app, executemany in
one transaction per batch, name keys, search rows and audit entries kept in step."""

from __future__ import annotations

import contextlib
import threading
from collections import defaultdict
from collections.abc import Iterator

from models import names
from models.audit import AuditLog
from models.clients import _COLUMNS as CLIENT_COLUMNS
from models.clients import Client, Clients, _row_values, validate
from models.consents import GIVEN_HOW, SHAREABLE_FIELDS
from models.errors import InvalidInput
from models.followups import STATUSES as FOLLOWUP_STATUSES
from models.household import DOCUMENT_TYPES, RELATIONSHIPS, RELATIVE_STATUSES
from models.partners import SERVICES, Partner
from models.partners import validate as validate_partner
from models.permissions import Action
from models.referrals import LANGUAGES, TRANSITIONS
from models.store import Store, dumps
from models.validate import clean_text, iso_date, one_of

# -- bulk writing -----------------------------------------------------------------------------
_TABLES = {
    "partners": ("id", "name", "services", "cities", "languages", "contact", "intake_notes",
                 "secure_contact", "active", "created_at", "updated_at"),
    "clients": ("id", *CLIENT_COLUMNS, "sort_name", "created_at", "updated_at"),
    "client_name_keys": ("key", "client_id"),
    "clients_fts": ("rowid", "names", "notes"),
    "household_members": ("id", "client_id", "name", "relationship", "birth_year", "notes"),
    "relatives": ("id", "client_id", "name", "relationship", "adult", "status", "city"),
    "documents": ("id", "client_id", "doc_type", "expiry", "notes"),
    "notes": ("id", "client_id", "author_id", "created_at", "body"),
    "consents": ("id", "client_id", "partner_id", "fields", "purpose", "consenting_person",
                 "given_how", "recorded_by", "recorded_at", "valid_until", "withdrawn_at"),
    "referrals": ("id", "client_id", "partner_id", "service", "status", "reason", "request",
                  "lang", "consent_id", "created_by", "created_at", "updated_at", "sent_at",
                  "responded_at"),
    "referral_events": ("referral_id", "from_status", "to_status", "user_id", "at", "note"),
    "followups": ("id", "title", "due_date", "owner_id", "client_id", "referral_id", "status",
                  "outcome", "kind", "created_by", "created_at", "closed_at"),
}
_AUDITED = {"clients": "client", "household_members": "household_member",
            "relatives": "relative", "documents": "document", "notes": "note",
            "consents": "consent", "referrals": "referral", "followups": "followup",
            "partners": "partner"}


class BulkWriter:
    """Validated rows queued in memory and written per batch in one transaction.

    Each ``add_*`` applies the rules the one-at-a-time method applies and returns the new
    row's id (ids are assigned here, after the highest already in the table, which is safe
    because the casebook lock makes this the only writer). ``flush()`` writes the batch:
    rows, name keys, the search index and one audit entry per record, then commits.
    """

    def __init__(self, store: Store) -> None:
        self._s = store
        store.require(Action.IMPORT)
        # Keys written below are the current version's; older ones are rebuilt first.
        Clients(store).ensure_name_keys()
        self._next = {t: store.one(f"SELECT coalesce(max(id), 0) FROM {t}")[0] + 1
                      for t in _AUDITED}
        self._rows: dict[str, list[tuple]] = defaultdict(list)
        self._fts: dict[int, list[str]] = {}
        self._notes: dict[int, list[str]] = defaultdict(list)
        self.written: dict[str, int] = defaultdict(int)
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None

    def _id(self, table: str) -> int:
        ident = self._next[table]
        self._next[table] = ident + 1
        return ident

    def _queue(self, table: str, row: tuple, client_id: int | None) -> int:
        self._rows[table].append(row)
        self._rows["_audit"].append((_AUDITED[table], row[0], client_id))
        return row[0]

    def add_client(self, client: Client, created_at: str) -> int:
        c = validate(client)
        cid = self._id("clients")
        self._queue("clients", (cid, *_row_values(c), names.sort_key(c.display_name),
                                created_at, created_at), cid)
        self._rows["client_name_keys"].extend(
            (k, cid) for k in names.name_keys(c.display_name, *c.aliases))
        self._fts[cid] = [c.display_name, *c.aliases]
        return cid

    def add_member(self, client_id: int, name: str, relationship: str | None,
                   birth_year: int | None) -> int:
        if birth_year is not None and not 1900 <= birth_year <= 2100:
            raise InvalidInput("birth_year", "must be a year")
        return self._queue("household_members", (
            self._id("household_members"), client_id, clean_text("name", name, required=True,
                                                            limit=200),
            clean_text("relationship", relationship, limit=100), birth_year, None), client_id)

    def add_relative(self, client_id: int, name: str | None, relationship: str,
                     adult: bool | None, status: str, city: str | None) -> int:
        rel = one_of("relationship", relationship, RELATIONSHIPS)
        if rel is None:
            raise InvalidInput("relationship", "is required")
        return self._queue("relatives", (
            self._id("relatives"), client_id, clean_text("name", name, limit=200), rel,
            None if adult is None else int(adult), one_of("status", status, RELATIVE_STATUSES),
            clean_text("city", city, limit=200)), client_id)

    def add_document(self, client_id: int, doc_type: str, expiry: str | None) -> int:
        doc = one_of("document", doc_type, DOCUMENT_TYPES)
        if doc is None:
            raise InvalidInput("document", "is required")
        return self._queue("documents", (self._id("documents"), client_id, doc,
                                         iso_date("expiry", expiry), None), client_id)

    def add_note(self, client_id: int, author_id: int, at: str, body: str) -> int:
        body = clean_text("note", body, required=True)
        self._notes[client_id].append(body)
        return self._queue("notes", (self._id("notes"), client_id, author_id, at, body),
                           client_id)

    def add_consent(self, client_id: int, partner_id: int, fields: tuple[str, ...],
                    purpose: str, person: str, given_how: str, recorded_by: int,
                    recorded_at: str, valid_until: str | None) -> int:
        fields = tuple(dict.fromkeys(fields))
        if not fields or any(f not in SHAREABLE_FIELDS for f in fields):
            raise InvalidInput("fields", "must name things that can be shared")
        if given_how not in GIVEN_HOW:
            raise InvalidInput("given_how", "is not one of the known ways")
        until = iso_date("valid_until", valid_until)
        if until and until < recorded_at[:10]:
            raise InvalidInput("valid_until", "is already in the past")
        return self._queue("consents", (
            self._id("consents"), client_id, partner_id, dumps(fields),
            clean_text("purpose", purpose, required=True, limit=1000),
            clean_text("consenting_person", person, required=True, limit=200), given_how,
            recorded_by, recorded_at, until, None), client_id)

    def add_referral(self, client_id: int, partner_id: int, service: str, lang: str,
                     path: list[tuple[str, str]], *, reason: str | None, request: str | None,
                     consent_id: int | None, created_by: int) -> int:
        """``path``: (status, when) from ``draft`` on, each step allowed by the workflow."""
        if service not in SERVICES:
            raise InvalidInput.of("service", "{service!r} is not a known service", service=service)
        if lang not in LANGUAGES:
            raise InvalidInput("lang", "must be en, fr or es")
        if path[0][0] != "draft":
            raise InvalidInput("status", "a referral starts as a draft")
        for (a, _), (b, _) in zip(path, path[1:], strict=False):
            if b not in TRANSITIONS[a]:
                raise InvalidInput.of("status", "{old} cannot become {new}", old=a, new=b)
        statuses = [st for st, _ in path]
        if "sent" in statuses and consent_id is None:
            raise InvalidInput("consent", "a referral cannot be sent without consent")
        sent_at = next((at for st, at in path if st == "sent"), None)
        responded = next((at for st, at in path if st in ("acknowledged", "accepted",
                                                          "declined")), None)
        rid = self._id("referrals")
        self._queue("referrals", (rid, client_id, partner_id, service, path[-1][0],
                                  clean_text("reason", reason),
                                  clean_text("request", request), lang,
                                  consent_id, created_by, path[0][1], path[-1][1], sent_at,
                                  responded), client_id)
        before = None
        for status, at in path:
            self._rows["referral_events"].append((rid, before, status, created_by, at, None))
            before = status
        return rid

    def add_followup(self, title: str, due: str, *, owner_id: int | None, client_id: int,
                     referral_id: int | None, status: str, outcome: str | None, kind: str,
                     created_by: int, created_at: str, closed_at: str | None) -> int:
        due = iso_date("due_date", due)
        if due is None:
            raise InvalidInput("due_date", "is required")
        if status not in FOLLOWUP_STATUSES:
            raise InvalidInput("status", "is not a follow-up status")
        return self._queue("followups", (
            self._id("followups"), clean_text("title", title, required=True, limit=300), due,
            owner_id, client_id, referral_id, status, clean_text("outcome", outcome), kind,
            created_by, created_at, closed_at), client_id)

    def add_partner(self, partner: Partner) -> int:
        p = validate_partner(partner)
        now = self._s.now_iso()
        return self._queue("partners", (
            self._id("partners"), p.name, dumps(p.services), dumps(p.cities),
            dumps(p.languages), p.contact, p.intake_notes, p.secure_contact, int(p.active),
            now, now), None)

    @contextlib.contextmanager
    def indexes_deferred(self) -> Iterator[None]:
        """Drop the secondary indexes of the tables written here for the duration and make
        them again at the end, also when the build fails.

        Each batch inserts into indexes keyed by name, date or status at random places: the
        pages one commit dirties grow with the index until every row dirties pages of its
        own, so the commits grew faster than the casebook (13.5 s of 81 s CPU at 50,000
        clients, 4.3 times the 20,000 figure; issue 18). An index made once at the end is
        sorted and written page by page. Unique indexes stay, to keep their checks; the
        casebook lock makes this the only writer, and nothing reads these tables meanwhile.
        """
        s = self._s
        tables = tuple(_TABLES)
        dropped = [(name, sql) for name, sql in s.q(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL"
            f" AND tbl_name IN ({', '.join('?' * len(tables))})"  # noqa: S608
            " ORDER BY name", tables)
            if not sql.lstrip().upper().startswith("CREATE UNIQUE")]
        with s.tx():
            for name, _sql in dropped:
                s.x(f'DROP INDEX "{name}"')
        try:
            yield
        finally:
            try:
                self.wait()  # a write still running ends before the schema changes back
            finally:
                with s.tx():
                    for _name, sql in dropped:
                        s.x(sql)

    def flush(self, *, wait: bool = True) -> None:
        """Write what is queued, in one transaction. With ``wait=False`` the write runs on a
        worker thread (SQLite releases the GIL while it works) and the caller may queue the
        next batch meanwhile; it must not touch the connection until ``wait()``."""
        batch = self._take()
        self.wait()
        if wait:
            self._write(batch)
            return
        self._worker = threading.Thread(target=self._write_safely, args=(batch,),
                                        name="demo-writer", daemon=True)
        self._worker.start()

    def wait(self) -> None:
        """Wait for a write started by ``flush(wait=False)``; raise what it raised."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()
        error, self._error = self._error, None
        if error is not None:
            raise error

    def _take(self) -> dict[str, list]:
        rows, self._rows = self._rows, defaultdict(list)
        fts, self._fts = self._fts, {}
        notes, self._notes = self._notes, defaultdict(list)
        rows["clients_fts"] = [(cid, " ".join(n), " ".join(notes.get(cid, ())))
                               for cid, n in fts.items()]
        return rows

    def _write_safely(self, rows: dict[str, list]) -> None:
        try:
            self._write(rows)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by wait()
            self._error = exc

    def _write(self, rows: dict[str, list]) -> None:
        s = self._s
        at, uid = s.now_iso(), s.user.id
        audit = [(at, uid, "create", entity, ident, client_id)
                 for entity, ident, client_id in rows.pop("_audit", ())]
        with s.tx():
            for table, cols in _TABLES.items():  # dependency order: parents first
                if rows.get(table):
                    verb = "INSERT OR IGNORE" if table == "client_name_keys" else "INSERT"
                    s.conn.executemany(
                        f"{verb} INTO {table} ({', '.join(cols)})"  # noqa: S608
                        f" VALUES ({', '.join('?' * len(cols))})", rows[table])
                    self.written[table] += len(rows[table])
            if audit:
                AuditLog(s.conn).append_many(audit)
                self.written["audit"] += len(audit)


