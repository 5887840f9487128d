"""Printed wording, loaded from ``resources/letters/<lang>/*.yaml``.

Texts are data so translators never touch code. Each language's files are merged into one
flat table of dotted keys (``letter.subject``, ``services.legal``); a key missing from French
or Spanish falls back to English, so a late addition to English never breaks printing.
Parsed tables are cached per process (the letter budget is 50 ms).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from babel import dates as babel_dates
from babel import numbers as babel_numbers

from models.resource_files import resource_dir
from reports.data import LANGUAGES, Money

LETTERS_DIR = resource_dir("letters")  # the installed package's folder (issue 14)
FALLBACK = "en"
#: The CLDR locale of each document language (Spanish: caseworkers in the United States).
LOCALES = {"en": "en_CA", "fr": "fr_CA", "es": "es_US"}

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

    # -- locale formatting (Unicode CLDR through Babel) ----------------------------------
    @property
    def locale(self) -> str:
        """The CLDR locale a document in this language is formatted for."""
        return LOCALES.get(self.lang, LOCALES[FALLBACK])

    def date(self, d: date) -> str:
        text = babel_dates.format_date(d, "long", locale=self.locale)
        if self.lang == "fr" and d.day == 1:
            # Canadian (and French) usage writes the first of the month "1er".
            text = text.replace("1 ", "1er ", 1)
        return text

    def month(self, d: dt.date) -> str:  # dt.date: ``date`` is the method above
        return babel_dates.format_skeleton("yMMMM", d, locale=self.locale)

    def number(self, value: Money | float, decimals: int = 0) -> str:
        q = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return babel_numbers.format_decimal(q, format=pattern, locale=self.locale,
                                            decimal_quantization=False)

    def money(self, value: Money, decimals: int = 2) -> str:
        """Dollars in the locale's currency pattern ("$1,250.00", "1 250,00 $")."""
        q = Decimal(str(value)).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
        # The currency whose symbol is a bare "$" in that locale: CAD in Canada, USD in es_US.
        currency = "USD" if self.locale.endswith("_US") else "CAD"
        text = babel_numbers.format_currency(q, currency, locale=self.locale,
                                             currency_digits=False)
        return text

    def percent(self, value: float) -> str:
        return babel_numbers.format_percent(Decimal(str(value)) / 100, locale=self.locale)

    def plural(self, key: str, count: int, **values: object) -> str:
        """``key.one`` / ``key.other`` (CLDR plural category of ``count`` in this language,
        falling back to ``other``), with ``{count}`` formatted for the locale."""
        category = Locale.parse(self.locale).plural_form(count)
        name = f"{key}.{category}" if f"{key}.{category}" in self._table else f"{key}.other"
        return self.fmt(name, count=self.number(count), **values)

    def country(self, code: str) -> str:
        """A country's name in this language from its ISO 3166 code ("SY" → "Syrie")."""
        return Locale.parse(self.locale).territories.get(code.strip().upper(), code)

    def language(self, name: str) -> str:
        """A language typed in English or as a code ("Arabic", "ar") in this language
        ("arabe"); anything CLDR does not know prints as typed."""
        code = _language_code(name)
        if code is None:
            return name
        return Locale.parse(self.locale).languages.get(code, name)


@functools.cache
def _english_language_codes() -> dict[str, str]:
    names = Locale.parse("en").languages
    return {v.casefold(): k for k, v in names.items()}


def _language_code(name: str) -> str | None:
    text = name.strip()
    if text in Locale.parse("en").languages:
        return text
    return _english_language_codes().get(text.casefold())


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
