"""Dialogs for the users table: add a user, reset a passphrase with the recovery key."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop import errors
from models.casebook import check_passphrase, check_user_name
from models.errors import InvalidInput
from models.permissions import ROLES


def _secret(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    return edit


class _Form(QDialog):
    def __init__(self, parent: QWidget | None, title: str, intro: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setObjectName("formMessage")
        text = QLabel(intro)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addLayout(self.form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(460)

    def check(self) -> None:
        raise NotImplementedError

    def try_accept(self) -> None:
        try:
            self.check()
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, which stays open
            self.message.setText(errors.message_for(exc))
            return
        self.accept()

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt API; drop typed secrets
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()
        super().closeEvent(event)


class AddUserDialog(_Form):
    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, "Add a user",
                         "Each person gets their own account and passphrase. Tell them the "
                         "passphrase in person; they can change it after opening.")
        self.name = QLineEdit()
        self.name.setAccessibleName("User name")
        self.role = QComboBox()
        self.role.setAccessibleName("Role")
        for r in ROLES:
            self.role.addItem(r.capitalize(), r)
        self.role.setCurrentIndex(ROLES.index("caseworker"))
        self.passphrase = _secret("Passphrase")
        self.again = _secret("Passphrase again")
        self.form.addRow("User &name:", self.name)
        self.form.addRow("&Role:", self.role)
        self.form.addRow("&Passphrase:", self.passphrase)
        self.form.addRow("&Again:", self.again)

    def check(self) -> None:
        check_user_name(self.name.text())
        check_passphrase(self.passphrase.text())
        if self.passphrase.text() != self.again.text():
            raise InvalidInput("passphrase", "the two entries differ")

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.role.currentData(), self.passphrase.text()


class ResetDialog(_Form):
    def __init__(self, parent: QWidget | None, user_name: str) -> None:
        super().__init__(parent, f"Reset {user_name}'s passphrase",
                         f"Give {user_name} a new passphrase. This needs the casebook's "
                         "recovery key, from the printed recovery sheet.")
        self.recovery = _secret("Recovery key")
        self.passphrase = _secret("New passphrase")
        self.again = _secret("New passphrase again")
        self.form.addRow("Recovery &key:", self.recovery)
        self.form.addRow("&New passphrase:", self.passphrase)
        self.form.addRow("&Again:", self.again)

    def check(self) -> None:
        if not self.recovery.text().strip():
            raise InvalidInput("recovery key", "is required")
        check_passphrase(self.passphrase.text())
        if self.passphrase.text() != self.again.text():
            raise InvalidInput("passphrase", "the two entries differ")

    def values(self) -> tuple[str, str]:
        return self.recovery.text().strip(), self.passphrase.text()
