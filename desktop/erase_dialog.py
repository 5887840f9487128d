"""Emergency erase, behind a deliberate confirmation: the person types a word, not a click.

From the main window the signed-in user's role decides; from the unlock screen the person
proves who they are with a user name and passphrase (or the recovery key). Afterwards the
dialog says plainly what was destroyed and what erase cannot reach.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop import app_settings, errors
from desktop.context import AppContext
from models.transfer.erase import CONFIRMATION_WORD, EraseReport, erase_casebook


class EraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: AppContext | None, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Emergency erase"))
        self.ctx, self.path = ctx, path
        self.report: EraseReport | None = None
        intro = QLabel(self.tr(
            "<b>This destroys the casebook “{name}” on this computer, and every backup "
            "of it in the same folder.</b><br>"
            "Every key slot is overwritten first, so no passphrase and no recovery key will "
            "open it again. Backups in other folders or on other drives are not reached. "
            "There is no undo.").format(name=path.name))
        intro.setWordWrap(True)
        self.word = QLineEdit()
        self.word.setAccessibleName(self.tr("Confirmation word"))
        self.word.setPlaceholderText(CONFIRMATION_WORD)
        self.user = QLineEdit()
        self.user.setAccessibleName(self.tr("User name"))
        self.passphrase = QLineEdit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("eraseMessage")
        form = QFormLayout()
        if ctx is None or not ctx.unlocked:
            form.addRow(self.tr("User"), self.user)
            form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Type {word}").format(word=CONFIRMATION_WORD), self.word)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = self.buttons.addButton(self.tr("Erase now"),
                                                   QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.buttons.rejected.connect(self.reject)
        self.word.textChanged.connect(
            lambda text: self.erase_button.setEnabled(text == CONFIRMATION_WORD))
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.buttons)
        self.word.setFocus()

    def erase(self) -> None:
        try:
            if self.ctx is not None and self.ctx.unlocked:
                book = self.ctx.detach()
                try:
                    self.ctx.worker.drain(why="erase")
                    self.report = self.ctx.worker.call(lambda: erase_casebook(
                        self.path, confirmation=self.word.text(), book=book), why="erase")
                except BaseException:
                    self.ctx.attach(book)  # refused: the casebook stays open as it was
                    raise
            else:
                self.report = erase_casebook(self.path, confirmation=self.word.text(),
                                             user=self.user.text().strip(),
                                             passphrase=self.passphrase.text())
        except Exception as exc:  # noqa: BLE001 - shown as one sentence
            self.message.setText(errors.message_for(exc))
            return
        finally:
            self.passphrase.clear()
        # Erased on purpose: this computer forgets the casebook and what was last opened here.
        with contextlib.suppress(OSError):
            app_settings.seen_rosters().forget(None, self.path)
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: AppContext | None,
            path: Path | None) -> EraseReport | None:
        """Run the dialog; returns the report when the casebook was erased."""
        if path is None:
            QMessageBox.information(
                parent, QCoreApplication.translate("EraseDialog", "Emergency erase"),
                QCoreApplication.translate("EraseDialog", "Choose a casebook first."))
            return None
        dialog = cls(parent, ctx, Path(path))
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.report is None:
            return None
        show_report(parent, dialog.report)
        return dialog.report


def report_text(report: EraseReport) -> str:
    done = (QCoreApplication.translate(
                "erase_dialog", "The keys were destroyed: this casebook can no longer be "
                "opened on this computer.")
            if report.keys_destroyed else QCoreApplication.translate(
                "erase_dialog", "Some key files could not be overwritten; the casebook may "
                "still open. Delete them by hand or destroy the drive."))
    lines = [done, ""]
    if report.links:  # a name that was a link: which real file it stood for
        lines += [*report.links, ""]
    if report.backups_destroyed:
        lines.append(QCoreApplication.translate("erase_dialog",
                                                "Backups of it in its folder, destroyed:"))
        lines += [f"• {name}" for name in report.backups_destroyed]
        lines.append("")
    if report.removed:
        lines.append(QCoreApplication.translate("erase_dialog", "Files destroyed:"))
        lines += [f"• {name}" for name in report.removed]
        lines.append("")
    if report.could_not_remove:
        lines.append(QCoreApplication.translate("erase_dialog", "Not removed:"))
        lines += [f"• {name}: {why}" for name, why in report.could_not_remove]
        lines.append("")
    lines.append(QCoreApplication.translate("erase_dialog", "What erase cannot reach:"))
    lines += [f"• {QCoreApplication.translate('models', w)}" for w in report.warnings]
    return "\n".join(lines)


def show_report(parent: QWidget | None, report: EraseReport) -> None:
    box = QMessageBox(QMessageBox.Icon.Information,
                      QCoreApplication.translate("erase_dialog", "Casebook erased"),
                      report_text(report),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("eraseReport")
    box.exec()
