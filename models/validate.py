"""The shared checks of typed input: text, dates, choices and country codes.

Every repository cleans what it is given with these, so the same field is refused with the
same sentence (``InvalidInput(field, reason)``) whichever screen or command sent it. Amounts
of money have their one parser in ``models.money``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal, TypeGuard, overload

from models.errors import InvalidInput

MAX_TEXT = 10_000
# ISO 3166-1 alpha-2 as stored: two capital letters. Typed input may be in either case
# (``is_country_code(..., any_case=True)``) and is upper-cased before it is kept.
_COUNTRY_CODE = re.compile(r"[A-Z]{2}")
_COUNTRY_CODE_ANY_CASE = re.compile(r"[A-Za-z]{2}")


@overload
def clean_text(field: str, value: object, *, required: Literal[True],
               limit: int = MAX_TEXT) -> str: ...
@overload
def clean_text(field: str, value: object, *, required: bool = False,
               limit: int = MAX_TEXT) -> str | None: ...
def clean_text(field: str, value: object, *, required: bool = False,
               limit: int = MAX_TEXT) -> str | None:
    """``value`` stripped, None when empty (and not ``required``); refused when it is not
    text, holds a NUL or is longer than ``limit``."""
    if value is None and required:  # left out is refused as "is required", as blank is
        raise InvalidInput(field, "is required")
    if value is None or (isinstance(value, str) and not value.strip() and not required):
        return None
    if not isinstance(value, str):
        raise InvalidInput(field, "must be text")
    if "\x00" in value:
        raise InvalidInput(field, "contains a NUL character")
    value = value.strip()
    if required and not value:
        raise InvalidInput(field, "is required")
    if len(value) > limit:
        raise InvalidInput.of(field, "is longer than {limit} characters", limit=limit)
    return value


def iso_date(field: str, value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) as stored, None when empty; refused otherwise."""
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidInput(field, "is not a date (use YYYY-MM-DD)") from None


def stored_date(value: str | None) -> dt.date | None:
    """The date a stored ISO date or timestamp names, None when there is none or it does
    not read as one (stored values are read, never refused)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def one_of(field: str, value: str | None, allowed: tuple[str, ...]) -> str | None:
    """``value`` when it is one of ``allowed``, None when empty; refused otherwise."""
    if value in (None, ""):
        return None
    if value not in allowed:
        raise InvalidInput.of(field, "{value!r} is not one of the known values", value=value)
    return value


def is_country_code(value: object, *, any_case: bool = False) -> TypeGuard[str]:
    """Whether ``value`` has the shape of an ISO 3166-1 alpha-2 code (two letters; capital
    unless ``any_case``). Whether the code names a country is ``models.screening.countries``'
    business."""
    pattern = _COUNTRY_CODE_ANY_CASE if any_case else _COUNTRY_CODE
    return isinstance(value, str) and pattern.fullmatch(value) is not None
