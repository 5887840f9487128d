"""Timestamped, authored notes on a client file. Volunteers may add them too."""

from __future__ import annotations

from dataclasses import dataclass

from models.changes import Changes
from models.clients import Clients
from models.db.store import Store
from models.db.table_spec import TableSpec
from models.permissions import Action
from models.validate import clean_text


@dataclass(frozen=True)
class Note:
    id: int
    client_id: int
    author_id: int | None
    created_at: str
    body: str


TABLE = TableSpec("notes", ("client_id", "author_id", "created_at", "body"), "note",
                  "client_id")


def note_row(client_id: int, author_id: int | None, at: str, body: str) -> tuple:
    """The note checked, as a row of TABLE."""
    return (client_id, author_id, at, clean_text("note", body, required=True))


class Notes:
    def __init__(self, store: Store) -> None:
        self._s = store

    def add(self, client_id: int, body: str) -> Changes:
        s = self._s
        s.require(Action.ADD_NOTE)
        row = note_row(client_id, s.user.id, s.now_iso(), body)
        s.exists("clients", client_id, "client")
        with s.tx():
            nid = TABLE.insert_one(s, row)
            Clients(s).reindex_notes(client_id)
            s.audit("create", "note", nid, client_id)
        return Changes.of("notes", nid)

    def for_client(self, client_id: int) -> list[Note]:
        self._s.require(Action.VIEW)
        rows = self._s.q("SELECT id, client_id, author_id, created_at, body FROM notes"
                         " WHERE client_id = ? ORDER BY created_at DESC, id DESC", (client_id,))
        return [Note(*r) for r in rows]
