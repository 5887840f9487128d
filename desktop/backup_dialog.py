"""Back up the open casebook to one encrypted file, on the worker."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QStandardPaths, QStorageInfo
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import errors, file_dialogs
from models.transfer.backup import SUFFIX

EXPLANATION = QT_TRANSLATE_NOOP(
    "backup_dialog",
    "The backup is one encrypted file: it opens only with a passphrase (or the recovery key) "
    "that opened this casebook on the day it was made. Old backups keep opening with the "
    "passphrases of their day, even after a passphrase is changed or a user is removed — "
    "keep them as safely as the casebook itself."
)


# Where desktops mount USB sticks and memory cards.
REMOVABLE_ROOTS = ("/media/", "/run/media/", "/Volumes/")


def removable_drives() -> list[Path]:
    """Writable removable drives mounted now (USB sticks, memory cards)."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()) or volume.isReadOnly():
            continue
        root = volume.rootPath()
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import ctypes

            if ctypes.windll.kernel32.GetDriveTypeW(root) != 2:  # DRIVE_REMOVABLE
                continue
        elif not root.startswith(REMOVABLE_ROOTS):
            continue
        found.append(Path(root))
    return found


def suggested_path(casebook: Path | None) -> Path:
    """An absolute path for a new backup: on a removable drive when one is mounted (a backup
    beside the casebook is lost with the laptop), else in the documents folder; never the
    casebook's own folder, and never a bare name that lands wherever the app was started."""
    stem = casebook.stem if casebook is not None and casebook.stem else "casebook"
    drives = removable_drives()
    if drives:
        folder = drives[0]
    else:
        docs = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    if casebook is not None and _same(folder, casebook.parent):
        folder = folder.parent if _same(Path.home(), casebook.parent) else Path.home()
    return folder / f"{stem}-backup{SUFFIX}"


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(a.resolve()) == os.path.normcase(b.resolve())


class BackupDialog:
    """Choose a file, write and verify the backup on the worker, then say what it is."""

    @staticmethod
    def choose_file(parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = file_dialogs.get_save_file_name(
            parent, QCoreApplication.translate("backup_dialog", "Back up to a file"), suggested,
            QCoreApplication.translate("backup_dialog", "Waystation backups (*{suffix})")
            .format(suffix=SUFFIX))
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Any) -> None:
        from models.transfer.backup import write_backup

        if ctx is None or not ctx.unlocked:
            return
        book_path = getattr(ctx.book, "path", None)
        target = cls.choose_file(parent, str(suggested_path(
            Path(book_path) if book_path else None)))
        if target is None:
            return
        # Asked here whatever the file dialog did: its own prompt is not shown when the
        # suffix was added after it closed.
        if target.exists():
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("backup_dialog", "Back up"),
                QCoreApplication.translate(
                    "backup_dialog", "{name} already exists. Replace it with a new backup? "
                    "The old backup is kept until the new one is fully written.")
                .format(name=target.name))
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx.status_message.emit(QCoreApplication.translate("backup_dialog",
                                                           "Writing the backup…"))

        def done(info: Any) -> None:
            from PySide6.QtCore import QLocale

            # Localised units (Mo in French), powers of 1,024 as before.
            size = QLocale().formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
            ctx.status_message.emit(QCoreApplication.translate(
                "backup_dialog", "Backup written and checked: {name}").format(name=target.name))
            box = QMessageBox(QMessageBox.Icon.Information,
                              QCoreApplication.translate("backup_dialog", "Backup written"),
                              QCoreApplication.translate(
                                  "backup_dialog", "The backup {name} ({size}) was written and "
                                  "checked.").format(name=target.name, size=size),
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("backupDone")
            box.setInformativeText(QCoreApplication.translate("backup_dialog", EXPLANATION))
            box.open()

        ctx.run(lambda book: write_backup(book, target, replace=True), done, parent,
                on_error=lambda exc: errors.show_error(parent, exc))
