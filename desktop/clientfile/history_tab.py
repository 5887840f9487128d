"""History: the audit entries for this client — who opened, changed or sent what, and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.clientfile.rows_model import RowsModel, label, table_view, when
from desktop.clientfile.tab import ClientTab

ACTION_WORDS = {"view": "Opened the file", "create": "Added", "update": "Changed",
                "delete": "Removed", "withdraw": "Withdrew", "done": "Marked done",
                "cancelled": "Cancelled", "reschedule": "Rescheduled", "import": "Imported",
                "purge": "Purged"}
ENTITY_WORDS = {"household_member": "household member", "followup": "follow-up"}


def describe(action: str) -> str:
    if action.startswith("status:"):
        return f"Status → {label(action.split(':', 1)[1]).lower()}"
    return ACTION_WORDS.get(action, label(action))


class HistoryTab(ClientTab):
    title = "Histor&y"
    entities = ("clients", "notes", "referrals", "followups", "consents", "screenings",
                "household_member", "relative", "document")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        names = file.owner_names
        self.model = RowsModel([("When", lambda e: when(e.at)),
                                ("Who", lambda e: names.get(e.user_id, "")),
                                ("What", lambda e: describe(e.action)),
                                ("Record", lambda e: f"{ENTITY_WORDS.get(e.entity, e.entity)}"
                                 + (f" #{e.entity_id}" if e.entity_id else ""))], self)
        self.table = table_view(self.model, "History of this file", self)
        self.table.setObjectName("historyTable")
        for col, width in ((0, 140), (1, 120), (2, 200)):
            self.table.setColumnWidth(col, width)
        note = QLabel("Every opening and change of this file, newest first. The trail is "
                      "chained so it cannot be edited.")
        note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.table, 1)

    def load(self, book: Any) -> Any:
        return book.audit.for_client(self.client_id)

    def show_data(self, data: Any) -> None:
        self.model.set_rows(data)
