""""Delete this client for good…" in the client file: coordinators only, after typing the
word DELETE. Everything about the client goes (notes, household, referrals, consents,
attachments); the audit trail keeps only the id, and the caseload report keeps its counts."""

from __future__ import annotations

from typing import Any

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
        self.setWindowTitle("Delete for good")
        text = QLabel(
            f"{what} will be deleted for good: the file, notes, household, referrals, consent "
            "records, follow-ups and attachments. The audit trail keeps only the number; the "
            "caseload report keeps its totals. Backups made before today still hold the "
            f"data.\n\nType {WORD} to confirm.")
        text.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setObjectName("deleteWord")
        self.word.setAccessibleName(f"Type {WORD} to confirm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton("Delete for good", QDialogButtonBox.ButtonRole.AcceptRole)
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
    button = QPushButton("Delete for good…")
    button.setObjectName("deleteClientForGood")
    button.setAccessibleName("Delete this client for good")
    file.ctx.guard(button, Action.DELETE)

    def clicked() -> None:
        if not DeleteForGoodDialog.ask(file, f"Client #{file.client_id}"):
            return
        cid = file.client_id
        file.ctx.run(lambda b: b.clients.purge(cid), lambda _c: file.close(), file)

    button.clicked.connect(lambda _checked=False: clicked())
    return button
