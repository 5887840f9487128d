"""The printed sponsorship summary and budget sheet (English or French), made on the worker
and shown from memory by ``desktop.documents``. The documents and their data (letterhead,
audit) are ``reports.sponsorship_data``'s, shared with ``waystation sponsorship``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import documents
from reports.sponsorship_data import budget_sheet_pdf, summary_pdf

# Each language named in itself (as in the language setting), so the choice reads the same
# whatever the interface language.
LANGUAGES = (("English", "en"), ("Français", "fr"))


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
