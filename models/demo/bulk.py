"""Writing the demo casebook in bulk, through the app's own write path: each row is made by
the repository's row function (the validation its one-at-a-time insert uses) and written by
its ``TableSpec.insert_many``, audited like an import. Nothing here knows a column or a rule:
a change to a repository reaches the demo by itself (issue 19)."""

from __future__ import annotations

import contextlib
import threading
from collections import defaultdict
from collections.abc import Iterator

from models import clients, consents, followups, household, notes, partners, referrals
from models.clients import Client, Clients
from models.consents import Consent
from models.db import search_initials
from models.db.store import Store
from models.db.table_spec import TableSpec, indexes_deferred
from models.followups import Followup
from models.household import Document, HouseholdMember, Relative
from models.partners import Partner
from models.permissions import Action
from models.referrals import Referral

# Dependency order: parents first. Looked up through the modules, so a test may replace one.
_SPECS = ("partners.TABLE", "clients.TABLE", "clients.NAME_KEYS", "clients.SEARCH_INDEX",
          "household.MEMBERS", "household.RELATIVES", "household.DOCUMENTS", "notes.TABLE",
          "consents.TABLE", "referrals.TABLE", "referrals.EVENTS", "followups.TABLE")
_MODULES = {"partners": partners, "clients": clients, "household": household, "notes": notes,
            "consents": consents, "referrals": referrals, "followups": followups}


def _spec(name: str) -> TableSpec:
    module, attr = name.split(".")
    return getattr(_MODULES[module], attr)


class BulkWriter:
    """Validated rows queued in memory and written per batch in one transaction.

    Each ``add_*`` makes the row with the repository's row function and returns the new
    row's id (ids are assigned here, after the highest already in the table, which is safe
    because the casebook lock makes this the only writer). ``flush()`` writes the batch:
    rows, name keys, the search index and one audit entry per record, then commits.
    """

    def __init__(self, store: Store) -> None:
        self._s = store
        store.require(Action.IMPORT)
        # Keys written below are the current version's; older ones are rebuilt first.
        Clients(store).ensure_name_keys()
        self._next = {name: _spec(name).next_id(store) for name in _SPECS
                      if _spec(name).entity is not None}
        self._rows: dict[str, list[tuple]] = defaultdict(list)
        self._names: dict[int, str] = {}
        self._notes: dict[int, list[str]] = defaultdict(list)
        self.written: dict[str, int] = defaultdict(int)
        self._worker: threading.Thread | None = None
        self._error: BaseException | None = None

    def _queue(self, spec: str, row: tuple) -> int:
        ident = self._next[spec]
        self._next[spec] = ident + 1
        self._rows[spec].append((ident, *row))
        return ident

    def add_client(self, client: Client, created_at: str) -> int:
        c = clients.validate(client)
        cid = self._queue("clients.TABLE", clients.table_row(c, created_at))
        self._rows["clients.NAME_KEYS"].extend(clients.name_key_rows(cid, c))
        self._names[cid] = clients.search_names(c)
        return cid

    def add_member(self, client_id: int, name: str, relationship: str | None,
                   birth_year: int | None) -> int:
        return self._queue("household.MEMBERS", household.member_row(
            client_id, HouseholdMember(name, relationship=relationship, birth_year=birth_year)))

    def add_relative(self, client_id: int, name: str | None, relationship: str,
                     adult: bool | None, status: str, city: str | None) -> int:
        return self._queue("household.RELATIVES", household.relative_row(
            client_id, Relative(relationship, name=name, adult=adult, status=status,
                                city=city)))

    def add_document(self, client_id: int, doc_type: str, expiry: str | None) -> int:
        return self._queue("household.DOCUMENTS", household.document_row(
            client_id, Document(doc_type, expiry=expiry)))

    def add_note(self, client_id: int, author_id: int, at: str, body: str) -> int:
        row = notes.note_row(client_id, author_id, at, body)
        self._notes[client_id].append(row[-1])
        return self._queue("notes.TABLE", row)

    def add_consent(self, client_id: int, partner_id: int, fields: tuple[str, ...],
                    purpose: str, person: str, given_how: str, recorded_by: int,
                    recorded_at: str, valid_until: str | None) -> int:
        return self._queue("consents.TABLE", consents.consent_row(
            Consent(client_id, partner_id, fields, purpose, person, given_how, valid_until),
            recorded_by, recorded_at, recorded_at[:10]))

    def add_referral(self, client_id: int, partner_id: int, service: str, lang: str,
                     path: list[tuple[str, str]], *, reason: str | None, request: str | None,
                     consent_id: int | None, created_by: int) -> int:
        """``path``: (status, when) from ``draft`` on, each step allowed by the workflow."""
        rid = self._queue("referrals.TABLE", referrals.referral_row(
            Referral(client_id, partner_id, service, reason=reason, request=request, lang=lang,
                     consent_id=consent_id), path, created_by))
        self._rows["referrals.EVENTS"].extend(referrals.event_rows(rid, path, created_by))
        return rid

    def add_followup(self, title: str, due: str, *, owner_id: int | None, client_id: int,
                     referral_id: int | None, status: str, outcome: str | None, kind: str,
                     created_by: int, created_at: str, closed_at: str | None) -> int:
        return self._queue("followups.TABLE", followups.followup_row(
            Followup(title, due, owner_id=owner_id, client_id=client_id,
                     referral_id=referral_id, status=status, outcome=outcome, kind=kind,
                     closed_at=closed_at), created_by, created_at))

    def add_partner(self, partner: Partner) -> int:
        return self._queue("partners.TABLE", partners.table_row(partner, self._s.now_iso()))

    @contextlib.contextmanager
    def indexes_deferred(self) -> Iterator[None]:
        """The tables' secondary indexes are made once at the end (``indexes_deferred``); a
        write still running ends before the schema changes back."""
        with indexes_deferred(self._s, [_spec(name) for name in _SPECS]):
            try:
                yield
            finally:
                self.wait()

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
        names, self._names = self._names, {}
        notes_by_client, self._notes = self._notes, defaultdict(list)
        rows["clients.SEARCH_INDEX"] = [(cid, n, " ".join(notes_by_client.get(cid, ())))
                                        for cid, n in names.items()]
        return rows

    def _write_safely(self, rows: dict[str, list]) -> None:
        try:
            self._write(rows)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller by wait()
            self._error = exc

    def _write(self, rows: dict[str, list]) -> None:
        s = self._s
        with s.tx():
            for name in _SPECS:
                if rows.get(name):
                    spec = _spec(name)
                    spec.insert_many(s, rows[name])
                    self.written[spec.table] += len(rows[name])
                    if spec.entity is not None:
                        self.written["audit"] += len(rows[name])
            ids = [row[0] for row in rows.get("clients.TABLE", ())]
            if ids:  # their search rows are written: the one-letter search's bits follow
                search_initials.refresh(s.conn, min(ids), max(ids))
