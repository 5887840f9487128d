"""Create a casebook: where, the first coordinator, a passphrase with strength feedback, then
the recovery key shown exactly once."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop import app_settings, file_dialogs
from desktop.unsaved import UnsavedInput, ask_before_losing
from desktop.widgets.passphrase_meter import StrengthMeter
from desktop.worker import DbWorker


class _WherePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Where should the casebook live?"))
        self.setSubTitle(self.tr("One encrypted file. Keep it on this laptop; back it up to a "
                                 "USB stick."))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Casebook file"))
        self.path.setPlaceholderText(self.tr("for example: ~/Documents/our-group.wsdb"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        self.registerField("path*", self.path)

    def _browse(self) -> None:
        name, _ = file_dialogs.get_save_file_name(self, self.tr("New casebook"), str(Path.home()),
                                                  self.tr("Waystation casebooks (*.wsdb)"))
        if name:
            self.path.setText(name if name.endswith(".wsdb") else name + ".wsdb")

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        path = Path(self.path.text()).expanduser()
        if path.suffix != ".wsdb":
            path = path.with_name(path.name + ".wsdb")
            self.path.setText(str(path))
        return path.parent.is_dir() and not path.exists()


class _CoordinatorPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("The first coordinator"))
        self.setSubTitle(self.tr("Coordinators manage users, settings, exports and backups. Each "
                                 "person who uses the laptop gets their own account later."))
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("Coordinator user name"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("Passphrase again"))
        # zxcvbn's estimate; "Next" stays off until it is strong enough (score 3 of 4).
        self.meter = StrengthMeter()
        hint = QLabel(self.tr("Use four or more unrelated words. Nobody can recover a lost "
                              "passphrase except with the recovery key shown next."))
        hint.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Again"), self.again)
        form.addRow(hint)
        self.passphrase.textChanged.connect(self._rate)
        self.user.textChanged.connect(lambda _: self._rate(self.passphrase.text()))
        for w in (self.user, self.passphrase, self.again):
            w.textChanged.connect(self.completeChanged)
        self.registerField("user*", self.user)
        self.registerField("passphrase*", self.passphrase)

    def _rate(self, text: str) -> None:
        self.meter.rate(text, (self.user.text().strip(),))

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return (bool(self.user.text().strip()) and self.meter.acceptable
                and self.passphrase.text() == self.again.text())


class _RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreateCasebookWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(self.tr("Shown once. Anyone with this key can open the casebook: print "
                                 "it or write it down, and keep it away from the laptop."))
        self.key = QLabel(self.tr("Creating the casebook…"))
        self.key.setObjectName("recoveryKey")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(15)
        self.key.setFont(font)
        self.print_button = QPushButton(self.tr("Print recovery sheet…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self._print)
        self.confirm = QCheckBox(self.tr("I have printed or written down the recovery key"))
        self.confirm.toggled.connect(self.completeChanged)
        box = QVBoxLayout(self)
        box.addWidget(self.key)
        box.addWidget(self.print_button, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        box.addWidget(self.confirm)

    def initializePage(self) -> None:  # noqa: N802 - Qt API
        self._wizard.create_casebook(self)

    def show_key(self, recovery: str) -> None:
        self.key.setText(recovery)
        self.print_button.setEnabled(True)
        self.completeChanged.emit()

    def _print(self) -> None:
        from desktop.documents import show_recovery_sheet

        show_recovery_sheet(self, self._wizard.path, self.key.text())

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self._wizard.book is not None and self.confirm.isChecked()


class RecoveryKeyPrompt:
    """The question before the recovery key leaves the screen unconfirmed: it is stored
    nowhere, so closing the wizard then loses it for good (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> bool:
        """True to close anyway, False to keep the key on screen (the default, and Escape)."""
        return ask_before_losing(
            parent, QCoreApplication.translate("create_wizard", "Your recovery key"),
            QCoreApplication.translate(
                "create_wizard", "Close without having printed or written down the recovery "
                "key?"),
            QCoreApplication.translate(
                "create_wizard", "It is shown only now. Without it, a forgotten passphrase of "
                "the last coordinator cannot be reset."),
            QCoreApplication.translate("create_wizard", "&Close anyway"),
            QCoreApplication.translate("create_wizard", "&Keep it on screen"),
            QMessageBox.Icon.Warning)


class CreateCasebookWizard(UnsavedInput, QWizard):
    """Creates the casebook when the recovery page opens; ``book`` is the opened casebook.
    Escape, Cancel or closing asks before a typed place, name or passphrase is dropped
    (nothing is kept: no casebook is open yet, so no lock can happen)."""

    def __init__(self, worker: DbWorker, parent: QWidget | None = None,
                 kdf_seconds: float = 0.5) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a casebook"))
        self.setObjectName("createWizard")
        self.worker = worker
        self.kdf_seconds = kdf_seconds
        self.book = None
        self.path: Path | None = None
        self.error: BaseException | None = None
        self._creating = False
        self.addPage(_WherePage())
        self.addPage(_CoordinatorPage())
        self._recovery = _RecoveryPage(self)
        self.addPage(self._recovery)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(620, 460)
        self.start_guarding(self.tr("the new casebook"))

    def may_discard(self) -> bool:
        if self._creating:
            # The worker is making the casebook: closing now would let it finish behind a
            # closed wizard, open, with its recovery key shown to no one.
            return False
        if self.book is None:
            return super().may_discard()
        # Once the casebook is made, what was typed has been used; only the recovery key,
        # shown once and stored nowhere, can still be lost.
        return self._recovery.confirm.isChecked() or RecoveryKeyPrompt.ask(self)

    def _set_creating(self, creating: bool) -> None:
        self._creating = creating
        self.button(QWizard.WizardButton.CancelButton).setEnabled(not creating)

    def create_casebook(self, page: _RecoveryPage) -> None:
        from models.casebook import Casebook

        if self.book is not None:
            return
        path = Path(self.field("path")).expanduser()
        if path.suffix != ".wsdb":
            path = path.with_name(path.name + ".wsdb")
        user, passphrase = self.field("user"), self.field("passphrase")
        self.path = path
        self._set_creating(True)

        def made(result: tuple) -> None:
            self._set_creating(False)
            self.book, recovery = result
            # A new casebook at this place on purpose: the one last opened here is no longer
            # expected.
            with contextlib.suppress(OSError):
                app_settings.seen_rosters().forget_path(path)
            page.show_key(recovery)

        def failed(exc: BaseException) -> None:
            from desktop import errors

            self._set_creating(False)
            self.error = exc
            page.key.setText(errors.message_for(exc))

        self.worker.submit(lambda: Casebook.create(path, user, passphrase,
                                                   kdf_seconds=self.kdf_seconds), made, failed)
