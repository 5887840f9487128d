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

from reports.caseload import caseload_report
from reports.letter import referral_letter
from reports.packet import referral_packet
from reports.recovery import recovery_sheet
from reports.resource_sheet import resource_sheet
from reports.sponsorship import budget_sheet, sponsorship_summary

__all__ = [
    "budget_sheet",
    "caseload_report",
    "recovery_sheet",
    "referral_letter",
    "referral_packet",
    "resource_sheet",
    "sponsorship_summary",
]
