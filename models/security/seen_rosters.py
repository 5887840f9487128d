"""What this computer remembers of each casebook's signed roster (the anchor outside the
casebook that issue 12's downgrade needs).

Everything in a casebook's two files can be rewritten by a member who holds the data key:
the database's roster record, the key file, the ``users`` table. So a member could delete the
roster record, put a format-1 key file back (or an older roster and database) and open with
roles from a table they edited. This small JSON file, kept with the app's own settings on
this computer (never casebook data: a casebook id is a hash, a path is already in the recent
list), records per casebook id the highest roster version (and its digest) opened here, and
per casebook path the casebook id last opened there with a roster. ``models.casebook`` refuses
an open that goes back behind it. A missing or damaged file counts as empty: it is one
sentence in SECURITY.md, not a reason to lock anybody out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from models.db.atomic import atomic_write_bytes

MAX_BYTES = 1_000_000  # thousands of casebooks; anything larger is not ours


class SeenRosters:
    """The remembered roster versions in the JSON file at ``path``."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            if self.path.stat().st_size > MAX_BYTES:
                return {"casebooks": {}, "paths": {}}
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        books = data.get("casebooks")
        paths = data.get("paths")
        return {"casebooks": books if isinstance(books, dict) else {},
                "paths": paths if isinstance(paths, dict) else {}}

    def _save(self, data: dict[str, dict[str, Any]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))

    @staticmethod
    def _key(db_path: Path | str) -> str:
        return str(Path(db_path).resolve())

    def seen(self, casebook_id: str) -> tuple[int, str] | None:
        """The highest roster version opened here for this casebook id and its digest."""
        entry = self._load()["casebooks"].get(casebook_id)
        if (isinstance(entry, dict) and isinstance(entry.get("version"), int)
                and isinstance(entry.get("hash"), str) and entry["version"] > 0):
            return entry["version"], entry["hash"]
        return None

    def had_roster(self, casebook_id: str, db_path: Path | str) -> bool:
        """Whether this casebook id, or the casebook at this path, was opened here with a
        signed roster (a format-1 key file there now is a downgrade)."""
        if self.seen(casebook_id) is not None:
            return True
        other = self._load()["paths"].get(self._key(db_path))
        return isinstance(other, str) and self.seen(other) is not None

    def id_at(self, db_path: Path | str) -> str | None:
        """The casebook id last opened here with a roster at this path, if it is remembered
        (a key file there with another id is another casebook put in its place)."""
        other = self._load()["paths"].get(self._key(db_path))
        return other if isinstance(other, str) and self.seen(other) is not None else None

    def remember(self, casebook_id: str, db_path: Path | str, version: int,
                 digest: str) -> None:
        """Record an open with roster ``version``; never lowers what is remembered."""
        data = self._load()
        old = self.seen(casebook_id)
        if old is None or version > old[0]:
            data["casebooks"][casebook_id] = {"version": version, "hash": digest}
        data["paths"][self._key(db_path)] = casebook_id
        self._save(data)

    def forget(self, casebook_id: str | None, db_path: Path | str) -> None:
        """A restore chose an older state on purpose: start again from what it opens."""
        data = self._load()
        if casebook_id:
            data["casebooks"].pop(casebook_id, None)
        other = data["paths"].pop(self._key(db_path), None)
        if isinstance(other, str):
            data["casebooks"].pop(other, None)
        self._save(data)

    def forget_path(self, db_path: Path | str) -> None:
        """A new casebook was created at this path on purpose: the casebook last opened
        there is no longer expected (its own memory, wherever it now is, is kept)."""
        data = self._load()
        if data["paths"].pop(self._key(db_path), None) is not None:
            self._save(data)
