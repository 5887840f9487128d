""""Delete this client for good…" in the client file: coordinators only, after typing the
word DELETE. Everything about the client goes (notes, household, referrals, consents,
attachments); the audit trail keeps only the id, and the caseload report keeps its counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.permissions import Action

WORD = "DELETE"


class DeleteForGoodDialog(QDialog):
    def __init__(self, parent: QWidget | None, what: str) -> None:
        super().__init__(parent)
        self.setObjectName("deleteForGood")
        self.setWindowTitle(self.tr("Delete for good"))
        text = QLabel(self.tr(
            "{what} will be deleted for good: the file, notes, household, referrals, consent "
            "records, follow-ups and attachments. The audit trail keeps only the number; the "
            "caseload report keeps its totals. Backups made before today still hold the "
            "data.\n\nType {word} to confirm.").format(what=what, word=WORD))
        text.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setObjectName("deleteWord")
        self.word.setAccessibleName(self.tr("Type {word} to confirm").format(word=WORD))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(self.tr(
                "Delete for good"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setEnabled(False)
        self.word.textChanged.connect(lambda t: self.ok.setEnabled(t.strip() == WORD))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.word)
        box.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> bool:
        dialog = cls(parent, what)
        return dialog.exec() == QDialog.DialogCode.Accepted and (
            dialog.word.text().strip() == WORD)


def delete_button(file: Any) -> QPushButton:
    """The button for the client file's header, guarded by role."""
    button = QPushButton(QCoreApplication.translate("clientfile.delete_for_good",
                                                    "Delete for good…"))
    button.setObjectName("deleteClientForGood")
    button.setAccessibleName(QCoreApplication.translate("clientfile.delete_for_good",
                                                        "Delete this client for good"))
    file.ctx.guard(button, Action.DELETE)

    def clicked() -> None:
        if not DeleteForGoodDialog.ask(file, QCoreApplication.translate(
                "clientfile.delete_for_good", "Client #{number}").format(number=file.client_id)):
            return
        cid = file.client_id
        file.ctx.run(lambda b: b.clients.purge(cid), lambda _c: file.close(), file)

    button.clicked.connect(lambda _checked=False: clicked())
    return button
