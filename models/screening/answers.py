"""Checking a person's answers against a pack's questionnaire.

Answers arrive as parsed JSON from a file, a form or a saved screening, so anything may
turn up. Every problem becomes ``InvalidInput(key, reason)``; a missing answer is not a
problem here (it becomes ``None``, and the pack decides whether it matters).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from models.errors import InvalidInput
from models.screening.countries import country_name, resolve
from models.screening.pack import Field, Question, RulePack
from models.validate import is_country_code

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Wide enough for any birth or entry date a caseworker records; keeps date arithmetic
# (a year added, ages) far from the limits of datetime.date.
EARLIEST_DATE = dt.date(1900, 1, 1)
LATEST_DATE = dt.date(2199, 12, 31)


@dataclass(frozen=True)
class AliasNote:
    """A country answer read through an alias (``UK`` as ``GB``), to show back to the user."""

    key: str
    typed: str
    code: str

    def text(self, lang: str = "en") -> str:
        name = country_name(self.code, lang)
        if lang == "fr":
            return f"{self.key} : « {self.typed} » a été lu comme {self.code} ({name})"
        return f"{self.key}: “{self.typed}” was read as {self.code} ({name})"


def check_answers(pack: RulePack, answers: object,
                  notes: list[AliasNote] | None = None) -> dict[str, Any]:
    """Return every question key with its checked value, ``None`` where unanswered.

    Country codes read through an alias are added to ``notes`` when a list is given."""
    if not isinstance(answers, Mapping):
        raise InvalidInput("answers", "must be a JSON object of question keys and answers")
    checked: dict[str, Any] = {q.key: None for q in pack.questions}
    for key, value in answers.items():
        if not isinstance(key, str):
            raise InvalidInput("answers", "question keys must be strings")
        question = pack.question(key)
        if question is None:
            raise InvalidInput.of(_printable(key), "not a question of pack {pack}", pack=pack.id)
        if value is not None:  # JSON null means "not answered yet", like leaving it out
            checked[key] = _check(question, value, notes if notes is not None else [])
    return checked


def _printable(key: str) -> str:
    # Unknown keys are echoed to the user; keep a hostile one to one short line.
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in key)
    if not cleaned.strip():
        return f'"{cleaned}"'  # an empty key must still be visible in "field: reason"
    return cleaned[:60] + ("…" if len(cleaned) > 60 else "")


def _check(q: Question, value: object, notes: list[AliasNote]) -> Any:
    kind = q.type
    if kind == "date":
        return check_date(q.key, value)
    if kind == "enum":
        return _check_enum(q.key, value, q.values)
    if kind == "code":
        return _check_code(q.key, value, q.values, notes)
    if kind == "integer":
        return _check_integer(q, value)
    if kind == "amount":
        return _check_amount(q, value)
    if not isinstance(value, list):
        raise InvalidInput(q.key, "must be a list")
    if len(value) > q.max_items:
        raise InvalidInput.of(q.key, "has more than {count} entries", count=q.max_items)
    if kind == "list-of-codes":
        return [_check_code(f"{q.key}[{i}]", v, q.values, notes) for i, v in enumerate(value)]
    return [_check_object(f"{q.key}[{i}]", v, q.fields, notes) for i, v in enumerate(value)]


def check_date(key: str, value: object) -> str:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise InvalidInput(key, "not a date (use YYYY-MM-DD)")
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(key, "not a date (use YYYY-MM-DD)") from None
    if not EARLIEST_DATE <= day <= LATEST_DATE:
        raise InvalidInput.of(key, "date out of range ({earliest} to {latest})",
                              earliest=EARLIEST_DATE, latest=LATEST_DATE)
    return value


def _check_enum(key: str, value: object, allowed: tuple[str, ...]) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise InvalidInput.of(key, "unknown value (use one of: {choices})",
                              choices=", ".join(allowed))
    return value


def _check_code(key: str, value: object, allowed: tuple[str, ...] = (),
                notes: list[AliasNote] | None = None) -> str:
    # A code question lists its codes (documents); without a list it takes country codes.
    if allowed:
        return _check_enum(key, value, allowed)
    if not is_country_code(value, any_case=True):
        raise InvalidInput(key, "not a two-letter country code (ISO 3166-1 alpha-2)")
    code, aliased = resolve(value)
    if code is None:
        raise InvalidInput(key, "not a country code (ISO 3166-1 alpha-2, e.g. GB, SY)")
    if aliased and notes is not None:
        notes.append(AliasNote(key, value, code))
    return code


def _check_integer(q: Question, value: object) -> int:
    # bool is an int in Python, but true is never a count of people.
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidInput(q.key, "must be a whole number")
    _check_range(q, value)
    return value


def _check_amount(q: Question, value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise InvalidInput(q.key, "must be an amount in dollars")
    if isinstance(value, float) and not math.isfinite(value):
        raise InvalidInput(q.key, "must be an amount in dollars")
    _check_range(q, value)
    return float(value)


def _check_range(q: Question, value: float) -> None:
    if q.minimum is not None and value < q.minimum:
        raise InvalidInput.of(q.key, "must be at least {minimum:g}", minimum=q.minimum)
    if q.maximum is not None and value > q.maximum:
        raise InvalidInput.of(q.key, "must be at most {maximum:g}", maximum=q.maximum)


def _check_object(key: str, value: object, fields: tuple[Field, ...],
                  notes: list[AliasNote]) -> dict[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidInput(key, "must be an object")
    known = {f.name for f in fields}
    for name in value:
        if name not in known:
            shown = _printable(name) if isinstance(name, str) else "?"
            raise InvalidInput(f"{key}.{shown}", "unknown field")
    checked: dict[str, Any] = {}
    for f in fields:
        where = f"{key}.{f.name}"
        if value.get(f.name) is None:
            raise InvalidInput(where, "missing")
        item = value[f.name]
        if f.type == "enum":
            checked[f.name] = _check_enum(where, item, f.values)
        elif f.type == "code":
            checked[f.name] = _check_code(where, item, notes=notes)
        else:
            if not isinstance(item, bool):
                raise InvalidInput(where, "must be true or false")
            checked[f.name] = item
    return checked
