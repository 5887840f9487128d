"""Country codes in answers: ISO 3166-1 alpha-2, from the CLDR data Babel ships.

Any two letters used to pass, so a prior claim in "UK" missed the United Kingdom bar and
"XX" was a citizenship. Only assigned ISO codes are accepted now, plus the few aliases a
caseworker commonly types, each mapped explicitly and reported back so the person sees
what the answer was read as.
"""

from __future__ import annotations

# CLDR regions with two letters that are not assigned ISO 3166-1 alpha-2 codes: groupings
# (EU, EZ, UN, QO), pseudo and unknown regions (XA, XB, ZZ), the user-assigned XK, and
# exceptionally reserved codes (AC, CP, CQ, DG, EA, IC, TA).
_NOT_ISO = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "XK",
                      "AC", "CP", "CQ", "DG", "EA", "IC", "TA"})
# What people type that is not the ISO code. Each is shown back to the user when used.
ALIASES = {"UK": "GB"}


# The assigned ISO 3166-1 alpha-2 codes (249): CLDR's two-letter regions without the
# groupings, pseudo, unknown and reserved ones above. Written out because reading them from
# Babel's locale data costs ~80 ms of CPU (the import and the "en" data), a fifth of a
# `waystation screen` process (issue 18); tests/screening/test_screening_corrections.py
# checks the list still equals what CLDR gives.
_ISO_CODES = frozenset((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ "
    "BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR "
    "CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR "
    "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU "
    "ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ "
    "LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF "
    "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI "
    "SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR "
    "TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split())


def iso_codes() -> frozenset[str]:
    """The assigned ISO 3166-1 alpha-2 codes (249)."""
    return _ISO_CODES


def cldr_iso_codes() -> frozenset[str]:
    """The same codes as CLDR (Babel) lists them today: what the written-out list must equal."""
    from babel import Locale

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
    # Babel only when a name is shown (the words of a report), never to check an answer.
    from babel import Locale

    return Locale(lang).territories.get(code, code)
