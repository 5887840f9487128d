"""Restore a casebook from a backup file into a new file (never over an existing one)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import app_settings, errors, file_dialogs
from models.db.casebook_files import SUFFIX as CASEBOOK_SUFFIX
from models.db.casebook_files import casebook_files
from models.errors import InvalidInput
from models.transfer.backup import SUFFIX as BACKUP_SUFFIX


def free_name(folder: Path, stem: str) -> Path:
    """``stem-restored.wsdb``, numbered until no casebook file of that name exists."""
    n = 0
    while True:
        name = f"{stem}-restored{'' if n == 0 else f'-{n + 1}'}{CASEBOOK_SUFFIX}"
        candidate = folder / name
        if not any(p.exists() for p in casebook_files(candidate)[:4]):
            return candidate
        n += 1


class RestoreDialog(QDialog):
    # (BackupInfo or None, the error or None), emitted by the thread that copies the backup
    # and delivered on the GUI thread (queued: the dialog lives there).
    _copied = Signal(object, object)

    def __init__(self, parent: QWidget | None, damaged: Path | None) -> None:
        super().__init__(parent)
        self.busy = False
        self._copied.connect(self._finished)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.damaged = Path(damaged) if damaged else None
        self.restored: Path | None = None
        intro = QLabel(self.tr("Choose a backup file (.wsbak) and a new name for the restored "
                               "casebook. Nothing is overwritten: the damaged casebook stays "
                               "where it is. The restored casebook opens with the passphrases "
                               "that worked on the day the backup was made."))
        intro.setWordWrap(True)
        self.backup = QLineEdit()
        self.backup.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose a backup file"))
        browse.clicked.connect(self.choose_backup)
        row = QHBoxLayout()
        row.addWidget(self.backup, 1)
        row.addWidget(browse)
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("New casebook file"))
        browse_target = QPushButton(self.tr("Choose…"))
        browse_target.setAccessibleName(self.tr("Choose where to restore"))
        browse_target.clicked.connect(self.choose_target)
        row2 = QHBoxLayout()
        row2.addWidget(self.target, 1)
        row2.addWidget(browse_target)
        if self.damaged is not None:
            self.target.setText(str(free_name(self.damaged.parent, self.damaged.stem)))
        self.message = QLabel("")
        self.message.setObjectName("restoreMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Backup file:"), row)
        form.addRow(self.tr("&Restore as:"), row2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(intro)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose_backup(self) -> None:
        start = str(self.damaged.parent) if self.damaged else ""
        path, _ = file_dialogs.get_open_file_name(
            self, self.tr("Choose a backup"), start,
            self.tr("Waystation backups (*{suffix})").format(suffix=BACKUP_SUFFIX))
        if path:
            self.backup.setText(path)
            if not self.target.text():
                src = Path(path)
                self.target.setText(str(free_name(src.parent, src.stem)))

    def choose_target(self) -> None:
        path, _ = file_dialogs.get_save_file_name(
            self, self.tr("Restore as"), self.target.text(),
            self.tr("Casebooks (*{suffix})").format(suffix=CASEBOOK_SUFFIX))
        if path:
            p = Path(path)
            self.target.setText(str(p if p.suffix == CASEBOOK_SUFFIX
                                    else p.with_name(p.name + CASEBOOK_SUFFIX)))

    def restore(self) -> None:
        from models.transfer.backup import restore_backup

        try:
            if not self.backup.text().strip():
                raise InvalidInput("backup file", "choose one first")
            if not self.target.text().strip():
                raise InvalidInput("restore target", "choose a new file name first")
            target = Path(self.target.text().strip())
            if target.suffix != CASEBOOK_SUFFIX:
                target = target.with_name(target.name + CASEBOOK_SUFFIX)
        except Exception as exc:  # noqa: BLE001 - one sentence with a next step
            self.message.setText(errors.message_for(exc))
            return
        if self.busy:
            return
        backup = Path(self.backup.text().strip())
        # The copy (every byte read, checked and written: gigabytes at 200,000 clients) runs
        # on a thread of its own; the window keeps repainting meanwhile (issue 18).
        self.busy = True
        self.restore_button.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.message.setText("")

        def copy() -> None:
            try:
                info, error = restore_backup(backup, target), None
            except Exception as exc:  # noqa: BLE001 - shown as one sentence
                info, error = None, exc
            with contextlib.suppress(RuntimeError):  # the window was destroyed meanwhile
                self._copied.emit((info, target), error)

        threading.Thread(target=copy, name="restore", daemon=True).start()

    def _finished(self, done: tuple | None, error: BaseException | None) -> None:
        self.busy = False
        self.restore_button.setEnabled(True)
        self.unsetCursor()
        if error is not None or done is None:
            self.message.setText(errors.message_for(error))
            return
        info, target = done
        # The coordinator chose this (older) roster: this computer starts again from it.
        with contextlib.suppress(OSError):
            app_settings.seen_rosters().forget(info.casebook_id, target)
        self.restored = target
        self.accept()

    def reject(self) -> None:
        if not self.busy:  # a copy under way finishes (or fails) first; nothing half-done
            super().reject()

    @classmethod
    def ask(cls, parent: QWidget | None, damaged_path: Path | None) -> Path | None:
        dialog = cls(parent, damaged_path)
        dialog.exec()
        return dialog.restored
