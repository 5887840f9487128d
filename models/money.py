"""The one parser for amounts of money typed by a person, in their locale (issue 17).

"12,50 $" in French is twelve dollars fifty, "1,250.00" in English is one thousand two hundred
and fifty: Babel's CLDR data knows each locale's decimal and group symbols, and its strict mode
refuses a number whose grouping does not fit the locale ("12,50" in English). Input that two
locales read differently ("1,250" in French could be 1.25 or 1250) is refused with one
sentence rather than guessed. No Qt: the desktop passes ``QLocale().name()``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberFormatError,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

DEFAULT_LOCALE = "en_CA"
_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]+")
_CURRENCY = re.compile(r"(?:CA|US|CAD|USD)?\s*\$|\b(?:CAD|USD)\b", re.IGNORECASE)


class AmountError(ValueError):
    """Input that is not an amount; the message is one sentence for the person. Like a
    ``WaystationError`` made with ``of``, it keeps its English ``template`` and ``values`` so
    the desktop can show the sentence translated (desktop/sponsorships/fields.amount_of)."""

    def __init__(self, template: str, /, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))


def parse_amount(text: str, locale: str = DEFAULT_LOCALE) -> Decimal:
    """An amount typed in ``locale`` ("12,50 $", "1 250,00 $" in fr_CA; "$1,250.00" in en_CA).

    Raises :class:`AmountError` with a sentence saying how to write it.
    """
    locale = _known(locale)
    example = _example(locale)
    raw = _CURRENCY.sub(" ", str(text)).strip()
    if not raw:
        raise AmountError("Write an amount in dollars, for example {example}.", example=example)
    group = get_group_symbol(locale)
    decimal = get_decimal_symbol(locale)
    if group.isspace() or group in "\u00a0\u202f":
        # French groups with a (narrow) no-break space; people type any kind of space.
        raw = _SPACES.sub(group, raw)
    else:
        raw = _SPACES.sub("", raw)
    if decimal == "," and re.fullmatch(r"\d{1,3},\d{3}", raw):
        raise AmountError("“{text}” could be read two ways; write the cents too, "
                          "for example {example}.", text=text.strip(), example=example)
    if decimal == "." and re.fullmatch(r"\d{1,3}\.\d{3}", raw):
        raise AmountError("“{text}” could be read two ways; write it as {example}.",
                          text=text.strip(), example=example)
    try:
        value = parse_decimal(raw, locale=locale, strict=True)
    except NumberFormatError:
        raise AmountError("“{text}” is not an amount in dollars; write it like {example}.",
                          text=text.strip(), example=example) from None
    if not value.is_finite():
        raise AmountError("Write an amount in dollars, for example {example}.", example=example)
    return value


def _known(locale: str | None) -> str:
    """The locale if CLDR knows it; the POSIX "C" locale (tests, bare systems) reads as
    English (Canada)."""
    if not locale or locale.split(".")[0] in ("C", "POSIX"):
        return DEFAULT_LOCALE
    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (ValueError, TypeError, UnknownLocaleError):
        return DEFAULT_LOCALE


def _example(locale: str) -> str:
    from babel.numbers import format_currency

    return format_currency(Decimal("1250.50"), "CAD" if locale.endswith("CA") else "USD",
                           locale=locale)
