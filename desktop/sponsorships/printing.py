"""The printed sponsorship summary and budget sheet (English or French), made on the worker
and shown from memory by ``desktop.documents``, with the casebook's letterhead."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import documents

# Each language named in itself (as in the language setting), so the choice reads the same
# whatever the interface language.
LANGUAGES = (("English", "en"), ("Français", "fr"))


def _documents(book: Any, sponsorship_id: int, lang: str) -> tuple[Any, Any]:
    """Runs on the worker: both documents' data with the letterhead."""
    from reports.casebook_data import letterhead
    from reports.sponsorship_data import sponsorship_report_data
    from reports.texts import texts_for

    summary, sheet = sponsorship_report_data(book, sponsorship_id)
    head = letterhead(book.settings.letterhead(), texts_for(lang))
    return (dataclasses.replace(summary, letterhead=head),
            dataclasses.replace(sheet, letterhead=head))


def summary_pdf(book: Any, sponsorship_id: int, lang: str = "en") -> bytes:
    from reports import sponsorship_summary

    return sponsorship_summary(_documents(book, sponsorship_id, lang)[0], lang=lang)


def budget_sheet_pdf(book: Any, sponsorship_id: int, lang: str = "en") -> bytes:
    from reports import budget_sheet

    return budget_sheet(_documents(book, sponsorship_id, lang)[1], lang=lang)


def preview_summary(parent: QWidget, ctx: Any, sponsorship_id: int, lang: str = "en",
                    on_shown: Callable[[Any], None] | None = None) -> None:
    documents.preview_bytes(parent, ctx, lambda b: summary_pdf(b, sponsorship_id, lang),
                            QCoreApplication.translate("sponsorships.printing",
                                                       "Sponsorship summary"),
                            f"sponsorship-summary-{sponsorship_id}-{lang}.pdf", on_shown)


def preview_budget_sheet(parent: QWidget, ctx: Any, sponsorship_id: int, lang: str = "en",
                         on_shown: Callable[[Any], None] | None = None) -> None:
    documents.preview_bytes(parent, ctx, lambda b: budget_sheet_pdf(b, sponsorship_id, lang),
                            QCoreApplication.translate("sponsorships.printing", "Budget sheet"),
                            f"budget-sheet-{sponsorship_id}-{lang}.pdf",
                            on_shown)
