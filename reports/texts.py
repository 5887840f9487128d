"""Printed wording, loaded from ``resources/letters/<lang>/*.yaml``.

Texts are data so translators never touch code. Each language's files are merged into one
flat table of dotted keys (``letter.subject``, ``services.legal``); a key missing from French
or Spanish falls back to English, so a late addition to English never breaks printing.
Parsed tables are cached per process (the letter budget is 50 ms).
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml

from models.resource_files import resource_dir
from reports.data import LANGUAGES, Money

LETTERS_DIR = resource_dir("letters")  # the installed package's folder (issue 14)
FALLBACK = "en"

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # same safety, C speed when present


def flatten(tree: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    """Flatten nested mappings (and lists, by 0-based index) into dotted keys."""
    flat: dict[str, str] = {}
    for key, value in tree.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, list):
            flat.update(flatten({str(i): v for i, v in enumerate(value)}, name + "."))
        else:
            flat[name] = "" if value is None else str(value)
    return flat


def read_language(root: Path, lang: str) -> dict[str, str]:
    """All keys of one language folder, without fallback."""
    merged: dict[str, str] = {}
    folder = root / lang
    if not folder.is_dir():
        return merged
    for path in sorted(folder.glob("*.yaml")):
        tree = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)  # noqa: S506 - safe
        merged.update(flatten(tree or {}))
    return merged


class Texts:
    """One language's wording with English underneath, plus locale formatting."""

    def __init__(self, lang: str, table: Mapping[str, str]) -> None:
        self.lang = lang
        self._table = dict(table)

    def __contains__(self, key: str) -> bool:
        return key in self._table

    def get(self, key: str) -> str:
        """The text for ``key``; a missing key is a programming error and raises KeyError."""
        return self._table[key]

    def fmt(self, key: str, **values: object) -> str:
        """The text for ``key`` with ``{placeholders}`` filled (plain text, not markup)."""
        return self._table[key].format_map({k: str(v) for k, v in values.items()})

    def name(self, section: str, key: str | None) -> str:
        """A named value (service, status, severity…); unknown keys print as themselves."""
        if not key:
            return ""
        return self._table.get(f"{section}.{key}", key)

    def list(self, key: str) -> list[str]:
        """A YAML list stored under ``key``."""
        out, i = [], 0
        while f"{key}.{i}" in self._table:
            out.append(self._table[f"{key}.{i}"])
            i += 1
        return out

    # -- locale formatting -------------------------------------------------------------
    def date(self, d: date) -> str:
        month = self._table[f"dates.months.{d.month - 1}"]
        day = self._table.get("dates.first_day", "1") if d.day == 1 else str(d.day)
        return self.fmt("dates.format", day=day, month=month, year=d.year)

    def month(self, d: date) -> str:
        month = self._table[f"dates.months.{d.month - 1}"]
        return self.fmt("dates.month_year", month=month, year=d.year)

    def number(self, value: Money | float, decimals: int = 0) -> str:
        q = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        sign = "-" if q < 0 else ""
        whole, _, frac = f"{abs(q):f}".partition(".")
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self._table["numbers.thousands"].join(groups)
        if decimals:
            text += self._table["numbers.decimal"] + frac
        return sign + text

    def money(self, value: Money, decimals: int = 2) -> str:
        text = self.number(abs(Decimal(str(value))), decimals)
        out = self.fmt("numbers.money", amount=text)
        return "-" + out if Decimal(str(value)) < 0 else out

    def percent(self, value: float) -> str:
        return self.fmt("numbers.percent", value=self.number(value, 0))


def load_texts(root: Path, lang: str) -> Texts:
    """Uncached loader over any folder of languages (tests point it at a temporary one)."""
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}; expected one of {LANGUAGES}")
    table = read_language(root, FALLBACK)
    if lang != FALLBACK:
        table.update(read_language(root, lang))
    return Texts(lang, table)


@functools.cache
def texts_for(lang: str) -> Texts:
    """The bundled texts for ``lang``, parsed once per process."""
    return load_texts(LETTERS_DIR, lang)
