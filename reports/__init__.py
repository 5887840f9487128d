"""PDF documents built with reportlab from plain data. Never imports Qt.

Every document is a pure function from the frozen dataclasses in ``reports.data`` to PDF
bytes; nothing is written to disk, cached on disk or logged. Wording comes from
``resources/letters/<lang>/`` ('en', 'fr', 'es'; missing keys fall back to English), fonts
from ``resources/fonts`` (Noto Sans and Noto Mono, SIL OFL 1.1, embedded as subsets).

    referral_letter(data, *, invariant=False, page_size="letter") -> bytes
    referral_packet(data, *, invariant=False, page_size="letter") -> bytes
    resource_sheet(data, *, lang="en", invariant=False, page_size="letter") -> bytes
    caseload_report(data, *, lang="en", invariant=False, page_size="letter") -> bytes
    recovery_sheet(data, *, lang="en", invariant=False, page_size="letter") -> bytes
    sponsorship_summary(data, *, lang="en", invariant=False, page_size="letter") -> bytes
    budget_sheet(data, *, lang="en", invariant=False, page_size="letter") -> bytes

The letter and the packet take their language from ``data.lang`` / ``data.letter.lang``.
``invariant=True`` makes the output byte-identical for identical input. ``page_size`` is
"letter" (default; our users are in North America) or "a4". ``reports.samples`` holds
fictional sample data for each document.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reports.caseload import caseload_report
    from reports.letter import referral_letter
    from reports.packet import referral_packet
    from reports.recovery import recovery_sheet
    from reports.resource_sheet import resource_sheet
    from reports.sponsorship import budget_sheet, sponsorship_summary

#: Each document's module, imported the first time the document is asked for: the first
#: letter of a session would otherwise also import the caseload report's charts
#: (reportlab.graphics, ~60 ms) and every other document (issue 18, letter_cold).
_MODULES = {
    "budget_sheet": "reports.sponsorship",
    "caseload_report": "reports.caseload",
    "recovery_sheet": "reports.recovery",
    "referral_letter": "reports.letter",
    "referral_packet": "reports.packet",
    "resource_sheet": "reports.resource_sheet",
    "sponsorship_summary": "reports.sponsorship",
}

__all__ = [
    "budget_sheet",
    "caseload_report",
    "recovery_sheet",
    "referral_letter",
    "referral_packet",
    "resource_sheet",
    "sponsorship_summary",
]


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module 'reports' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_MODULES))
