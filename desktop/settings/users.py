"""Dialogs for the users table: add a user, change your own passphrase, reset a passphrase
with the recovery key, and show a new recovery key once. Every new passphrase gets a strength
meter and must be strong enough (``models.security.passphrase_strength``) before OK is taken."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
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
from desktop.unsaved import UnsavedInput, dialog_key
from desktop.widgets.passphrase_meter import StrengthMeter
from models.casebook import check_passphrase, check_user_name
from models.errors import InvalidInput
from models.permissions import ROLES


def _meter(edit: QLineEdit, hints) -> StrengthMeter:  # noqa: ANN001 - a callable of names
    meter = StrengthMeter()
    edit.textChanged.connect(lambda text: meter.rate(text, hints()))
    return meter


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
        super().closeEvent(event)
        if not event.isAccepted():
            return  # "Keep editing": the dialog stays, with what was typed
        for edit in self.findChildren(QLineEdit):
            if edit.echoMode() == QLineEdit.EchoMode.Password:
                edit.clear()


class AddUserDialog(UnsavedInput, _Form):
    """Escape, Cancel or closing asks once something was typed; across a lock the name and
    role are kept, never the passphrase (desktop/unsaved.py keeps no password field)."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent, QCoreApplication.translate("AddUserDialog", "Add a user"),
                         QCoreApplication.translate(
                             "AddUserDialog", "Each person gets their own account and "
                             "passphrase. Tell them the passphrase in person; they can change "
                             "it after opening."))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("User name"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Role"))
        for r in ROLES:
            self.role.addItem(QCoreApplication.translate("models", r).capitalize(), r)
        self.role.setCurrentIndex(ROLES.index("caseworker"))
        self.passphrase = _secret(self.tr("Passphrase"))
        self.again = _secret(self.tr("Passphrase again"))
        self.meter = _meter(self.passphrase, lambda: (self.name.text().strip(),))
        self.form.addRow(self.tr("User &name:"), self.name)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("&Again:"), self.again)
        self.start_guarding(self.tr("the new user"), dialog_key(self))

    def check(self) -> None:
        check_user_name(self.name.text())
        check_passphrase(self.passphrase.text(), self.name.text().strip())
        if self.passphrase.text() != self.again.text():
            raise InvalidInput("passphrase", "the two entries differ")

    def values(self) -> tuple[str, str, str]:
        return self.name.text().strip(), self.role.currentData(), self.passphrase.text()


class ResetDialog(UnsavedInput, _Form):
    """Asks before Escape drops a typed recovery key or passphrase; keeps nothing."""

    def __init__(self, parent: QWidget | None, user_name: str) -> None:
        super().__init__(parent, QCoreApplication.translate(
                             "ResetDialog", "Reset {name}'s passphrase").format(name=user_name),
                         QCoreApplication.translate(
                             "ResetDialog", "Give {name} a new passphrase. This needs the "
                             "casebook's recovery key, from the printed recovery sheet.")
                         .format(name=user_name))
        self.recovery = _secret(self.tr("Recovery key"))
        self.passphrase = _secret(self.tr("New passphrase"))
        self.again = _secret(self.tr("New passphrase again"))
        self.meter = _meter(self.passphrase, lambda: (user_name,))
        self.user_name = user_name
        self.form.addRow(self.tr("Recovery &key:"), self.recovery)
        self.form.addRow(self.tr("&New passphrase:"), self.passphrase)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("&Again:"), self.again)
        self.start_guarding(self.tr("the passphrase reset"))

    def check(self) -> None:
        if not self.recovery.text().strip():
            raise InvalidInput("recovery key", "is required")
        check_passphrase(self.passphrase.text(), self.user_name)
        if self.passphrase.text() != self.again.text():
            raise InvalidInput("passphrase", "the two entries differ")

    def values(self) -> tuple[str, str]:
        return self.recovery.text().strip(), self.passphrase.text()


class ChangePassphraseDialog(UnsavedInput, _Form):
    """The signed-in member's own passphrase. The slot gets new key pairs (S4). Asks before
    Escape drops what was typed; keeps nothing."""

    def __init__(self, parent: QWidget | None, user_name: str) -> None:
        super().__init__(parent, QCoreApplication.translate("ChangePassphraseDialog",
                                                            "Change my passphrase"),
                         QCoreApplication.translate(
                             "ChangePassphraseDialog", "Your account gets new keys: after the "
                             "next re-key, an old copy of the key file opens nothing with your "
                             "old passphrase."))

        self.user_name = user_name
        self.old = _secret(self.tr("Current passphrase"))
        self.passphrase = _secret(self.tr("New passphrase"))
        self.again = _secret(self.tr("New passphrase again"))
        self.meter = _meter(self.passphrase, lambda: (user_name,))
        self.form.addRow(self.tr("&Current passphrase:"), self.old)
        self.form.addRow(self.tr("&New passphrase:"), self.passphrase)
        self.form.addRow("", self.meter)
        self.form.addRow(self.tr("&Again:"), self.again)
        self.start_guarding(self.tr("the passphrase change"))

    def check(self) -> None:
        if not self.old.text():
            raise InvalidInput("current passphrase", "is required")
        check_passphrase(self.passphrase.text(), self.user_name)
        if self.passphrase.text() != self.again.text():
            raise InvalidInput("passphrase", "the two entries differ")

    def values(self) -> tuple[str, str]:
        return self.old.text(), self.passphrase.text()


class RecoveryKeyDialog(QDialog):
    """Shows a new recovery key once; closing it is the only way on."""

    def __init__(self, parent: QWidget | None, key: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New recovery key"))
        text = QLabel(self.tr("This is the casebook's new recovery key. It is shown only now: "
                              "print it or write it down and keep it somewhere safe. The old "
                              "recovery key no longer opens anything."))
        text.setWordWrap(True)
        self.key = QLabel(key)
        self.key.setObjectName("recoveryKey")
        self.key.setAccessibleName(self.tr("New recovery key"))
        font = self.key.font()
        font.setFamily("monospace")
        font.setPointSize(font.pointSize() + 4)
        self.key.setFont(font)
        from PySide6.QtCore import Qt

        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        box = QVBoxLayout(self)
        box.addWidget(text)
        box.addWidget(self.key)
        box.addWidget(buttons)
        self.setMinimumWidth(460)

    def done(self, result: int) -> None:  # noqa: D102 - drop the key from the widget
        self.key.clear()
        super().done(result)
