"""Saved screenings: the answers, the findings, and the rule pack they ran under.

A screening keeps the pack id, version and law date it was made under forever; re-running it
under the current pack is a comparison, never a silent rewrite.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from models.changes import Changes
from models.db.store import Store, dumps
from models.errors import NotFound
from models.permissions import Action


@dataclass(frozen=True)
class SavedScreening:
    id: int
    client_id: int | None
    pack_id: str
    pack_version: str
    law_date: str
    answers: dict
    findings: list[dict]
    summary: str
    lang: str
    user_id: int | None
    created_at: str


@dataclass(frozen=True)
class Comparison:
    """A saved screening next to what the current pack says about the same answers."""

    saved: SavedScreening
    now: Any  # ScreeningResult under the current pack
    added: tuple[Any, ...] = field(default=())  # findings (Finding) only the current gives
    removed: tuple[dict, ...] = field(default=())  # saved findings the current no longer gives

    @property
    def same_version(self) -> bool:
        return self.saved.pack_version == self.now.pack_version

    @property
    def changed(self) -> bool:
        return bool(self.added or self.removed) or self.saved.summary != self.now.summary


_SELECT = ("SELECT id, client_id, pack_id, pack_version, law_date, answers, findings, summary,"
           " lang, user_id, created_at FROM screenings")


def _from_row(r: tuple) -> SavedScreening:
    return SavedScreening(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), json.loads(r[6]),
                          r[7], r[8], r[9], r[10])


class Screenings:
    def __init__(self, store: Store) -> None:
        self._s = store

    def current_pack(self, pack_id: str) -> Any:
        """The newest version of a pack: an imported one if newer than the one shipped."""
        from models.screening.casebook_packs import current_pack

        return current_pack(self._s, pack_id)

    def evaluate(self, pack_id: str, answers: dict, lang: str = "en") -> Any:
        """Run a pack on answers without saving (the questionnaire's live preview)."""
        from models.screening import evaluate

        return evaluate(self.current_pack(pack_id), answers, lang)

    def run(self, client_id: int | None, pack_id: str, answers: dict,
            lang: str = "en") -> tuple[Changes, Any]:
        """Evaluate and save. Invalid answers raise InvalidInput before anything is written."""
        s = self._s
        s.require(Action.SCREEN)
        if client_id is not None:
            s.exists("clients", client_id, "client")
        pack = self.current_pack(pack_id)
        from models.screening import applicable_answers, evaluate

        result = evaluate(pack, answers, lang)
        # Keep what the findings were decided on: answers to questions that do not apply
        # are dropped, as the questionnaire and `waystation screen` drop them.
        answers = applicable_answers(pack, answers)
        data = result.to_dict()
        with s.tx():
            sid = s.x("INSERT INTO screenings (client_id, pack_id, pack_version, law_date,"
                      " answers, findings, summary, lang, user_id, created_at)"
                      " VALUES (?,?,?,?,?,?,?,?,?,?)",
                      (client_id, result.pack_id, result.pack_version, result.law_current_to,
                       dumps(answers), dumps(data["findings"]), result.summary, lang,
                       s.user.id, s.now_iso()))
            s.audit("create", "screening", sid, client_id)
        return Changes.of("screenings", sid), result

    def get(self, screening_id: int) -> SavedScreening:
        self._s.require(Action.VIEW)
        row = self._s.one(_SELECT + " WHERE id = ?", (screening_id,))
        if row is None:
            raise NotFound("screening", screening_id)
        return _from_row(row)

    def for_client(self, client_id: int) -> list[SavedScreening]:
        self._s.require(Action.VIEW)
        return [_from_row(r) for r in self._s.q(
            _SELECT + " WHERE client_id = ? ORDER BY created_at DESC, id DESC", (client_id,))]

    def rerun(self, screening_id: int) -> tuple[SavedScreening, Any]:
        """The saved screening and what the current pack says about the same answers."""
        saved = self.get(screening_id)
        return saved, self.evaluate(saved.pack_id, saved.answers, saved.lang)

    def compare(self, screening_id: int) -> Comparison:
        """What changed for a saved screening under the current rules: findings added and
        removed. Nothing is saved; the screening keeps the version it ran under."""
        saved, now = self.rerun(screening_id)
        before = {f["id"] for f in saved.findings}
        after = set(now.ids())
        return Comparison(
            saved, now,
            added=tuple(f for f in now.findings if f.id not in before),
            removed=tuple(f for f in saved.findings if f["id"] not in after))
