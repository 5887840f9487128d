"""History: the audit entries for this client — who opened, changed or sent what, and when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout

from desktop.clientfile.tab import ClientTab
from desktop.widgets.rows_model import RowsModel, label, table_view, when

if TYPE_CHECKING:  # types only: the tab is handed the open casebook
    from models.casebook import Casebook

ACTION_WORDS = {"view": QT_TRANSLATE_NOOP("clientfile.history_tab", "Opened the file"),
                "create": QT_TRANSLATE_NOOP("clientfile.history_tab", "Added"),
                "update": QT_TRANSLATE_NOOP("clientfile.history_tab", "Changed"),
                "delete": QT_TRANSLATE_NOOP("clientfile.history_tab", "Removed"),
                "withdraw": QT_TRANSLATE_NOOP("clientfile.history_tab", "Withdrew"),
                "done": QT_TRANSLATE_NOOP("clientfile.history_tab", "Marked done"),
                "cancelled": QT_TRANSLATE_NOOP("clientfile.history_tab", "Cancelled"),
                "reschedule": QT_TRANSLATE_NOOP("clientfile.history_tab", "Rescheduled"),
                "import": QT_TRANSLATE_NOOP("clientfile.history_tab", "Imported"),
                "purge": QT_TRANSLATE_NOOP("clientfile.history_tab", "Purged"),
                "disclose": QT_TRANSLATE_NOOP("clientfile.history_tab", "Printed or shared"),
                "attach_consent": QT_TRANSLATE_NOOP("clientfile.history_tab", "Consent attached"),
                "detach_consent": QT_TRANSLATE_NOOP("clientfile.history_tab", "Consent detached")}
ENTITY_WORDS = {"household_member": QT_TRANSLATE_NOOP("clientfile.history_tab", "household member"),
                "followup": QT_TRANSLATE_NOOP("clientfile.history_tab", "follow-up"),
                "client": QT_TRANSLATE_NOOP("clientfile.history_tab", "client"),
                "note": QT_TRANSLATE_NOOP("clientfile.history_tab", "note"),
                "referral": QT_TRANSLATE_NOOP("clientfile.history_tab", "referral"),
                "consent": QT_TRANSLATE_NOOP("clientfile.history_tab", "consent"),
                "screening": QT_TRANSLATE_NOOP("clientfile.history_tab", "screening"),
                "relative": QT_TRANSLATE_NOOP("clientfile.history_tab", "relative"),
                "document": QT_TRANSLATE_NOOP("clientfile.history_tab", "document"),
                "attachment": QT_TRANSLATE_NOOP("clientfile.history_tab", "attachment")}


def describe(action: str) -> str:
    """An audit action in the interface language ("Status → sent")."""
    if action.startswith("status:"):
        return QCoreApplication.translate("clientfile.history_tab", "Status → {status}").format(
            status=label(action.split(":", 1)[1]).lower())
    if action in ACTION_WORDS:
        return QCoreApplication.translate("clientfile.history_tab", ACTION_WORDS[action])
    return label(action)


def record(entity: str, entity_id: int | None) -> str:
    """The record an audit entry is about ("follow-up #12")."""
    name = (QCoreApplication.translate(
            "clientfile.history_tab", ENTITY_WORDS[entity]) if entity in ENTITY_WORDS
            else entity)
    return f"{name} #{entity_id}" if entity_id else name


class HistoryTab(ClientTab):
    title = QT_TRANSLATE_NOOP("clientfile.tabs", "Histor&y")
    entities = ("clients", "notes", "referrals", "followups", "consents", "screenings",
                "household_member", "relative", "document")

    def __init__(self, ctx, file) -> None:  # noqa: ANN001
        super().__init__(ctx, file)
        names = file.owner_names
        self.model = RowsModel([(self.tr("When"), lambda e: when(e.at)),
                                (self.tr("Who"), lambda e: names.get(e.user_id, "")),
                                (self.tr("What"), lambda e: describe(e.action)),
                                (self.tr("Record"), lambda e: record(e.entity, e.entity_id))],
                               self)
        self.table = table_view(self.model, self.tr("History of this file"), self)
        self.table.setObjectName("historyTable")
        for col, width in ((0, 140), (1, 120), (2, 200)):
            self.table.setColumnWidth(col, width)
        note = QLabel(self.tr("Every opening and change of this file, newest first. The trail "
                              "is chained so it cannot be edited."))
        note.setWordWrap(True)
        box = QVBoxLayout(self)
        box.addWidget(note)
        box.addWidget(self.table, 1)

    def load(self, book: Casebook) -> Any:
        return book.audit.for_client(self.client_id)

    def show_data(self, data: Any) -> None:
        self.model.set_rows(data)
