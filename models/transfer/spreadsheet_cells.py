"""Cells a spreadsheet would run as a formula, made inert on export and restored on import.

A CSV or XLSX export is opened in Excel or LibreOffice, which treat a cell starting with
``=``, ``+``, ``-`` or ``@`` (and a leading tab or carriage return) as a formula:
``=HYPERLINK(...)`` in a client's name would become a live link (OWASP "CSV injection").
Such a cell is written with one leading apostrophe, which spreadsheets show as text.

The change must be reversible so an export imports back to the same text. A value that
already starts with apostrophes followed by a trigger (``'=x``) gets one more, and import
removes exactly one apostrophe from any cell of that shape, so the mapping is one-to-one.
Cells with an apostrophe before an ordinary character (``'Abd al-Rahman``) are left alone
both ways.
"""

from __future__ import annotations

import re

TRIGGERS = "=+-@\t\r"
_ESCAPED = re.compile(r"'+[" + re.escape(TRIGGERS) + "]")
_DANGEROUS = re.compile(r"'*[" + re.escape(TRIGGERS) + "]")


def neutralise(value: object) -> object:
    """``value`` as a spreadsheet will show it as text; non-text values are unchanged."""
    if isinstance(value, str) and _DANGEROUS.match(value):
        return "'" + value
    return value


def restore(text: str) -> str:
    """The original text of a cell written by ``neutralise``."""
    if _ESCAPED.match(text):
        return text[1:]
    return text
