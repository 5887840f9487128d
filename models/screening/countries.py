"""Country codes in answers: ISO 3166-1 alpha-2, from the CLDR data Babel ships.

Any two letters used to pass, so a prior claim in "UK" missed the United Kingdom bar and
"XX" was a citizenship. Only assigned ISO codes are accepted now, plus the few aliases a
caseworker commonly types, each mapped explicitly and reported back so the person sees
what the answer was read as.
"""

from __future__ import annotations

import functools

from babel import Locale

# CLDR regions with two letters that are not assigned ISO 3166-1 alpha-2 codes: groupings
# (EU, EZ, UN, QO), pseudo and unknown regions (XA, XB, ZZ), the user-assigned XK, and
# exceptionally reserved codes (AC, CP, CQ, DG, EA, IC, TA).
_NOT_ISO = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK",
                      "AC", "CP", "CQ", "DG", "EA", "IC", "TA"})
# What people type that is not the ISO code. Each is shown back to the user when used.
ALIASES = {"UK": "GB"}


@functools.cache
def iso_codes() -> frozenset[str]:
    """The assigned ISO 3166-1 alpha-2 codes (249)."""
    # Babel types the keys loosely (str | int | None); CLDR's are all strings.
    return frozenset(code for code in Locale("en").territories
                     if isinstance(code, str) and len(code) == 2 and code.isalpha()
                     and code not in _NOT_ISO)


def resolve(text: str) -> tuple[str | None, bool]:
    """(the ISO code, whether it came through an alias); (None, False) if not a country."""
    code = text.strip().upper()
    if code in iso_codes():
        return code, False
    if code in ALIASES:
        return ALIASES[code], True
    return None, False


def country_name(code: str, lang: str = "en") -> str:
    """The country's name in ``lang`` (CLDR), or the code itself if unknown."""
    return Locale(lang).territories.get(code, code)
