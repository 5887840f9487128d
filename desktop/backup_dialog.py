"""Back up the open casebook to one encrypted file, on the worker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import errors, file_dialogs
from models.backup import SUFFIX

EXPLANATION = (
    "The backup is one encrypted file: it opens only with a passphrase (or the recovery key) "
    "that opened this casebook on the day it was made. Old backups keep opening with the "
    "passphrases of their day, even after a passphrase is changed or a user is removed — "
    "keep them as safely as the casebook itself."
)


class BackupDialog:
    """Choose a file, write and verify the backup on the worker, then say what it is."""

    @staticmethod
    def choose_file(parent: QWidget | None, suggested: str) -> Path | None:
        path, _ = file_dialogs.get_save_file_name(parent, "Back up to a file", suggested,
                                                  f"Waystation backups (*{SUFFIX})")
        if not path:
            return None
        path = Path(path)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: Any) -> None:
        from models.backup import write_backup

        if ctx is None or not ctx.unlocked:
            return
        stem = Path(ctx.casebook_name).stem or "casebook"
        target = cls.choose_file(parent, f"{stem}-backup{SUFFIX}")
        if target is None:
            return
        if target.exists():
            answer = QMessageBox.question(
                parent, "Back up", f"{target.name} already exists. Replace it with a new "
                "backup? The old backup is kept until the new one is fully written.")
            if answer != QMessageBox.StandardButton.Yes:
                return
        ctx.status_message.emit("Writing the backup…")

        def done(info: Any) -> None:
            size = f"{info.size / 1_048_576:.1f} MB" if info.size >= 1_048_576 else \
                f"{max(1, info.size // 1024)} kB"
            ctx.status_message.emit(f"Backup written and checked: {target.name}")
            box = QMessageBox(QMessageBox.Icon.Information, "Backup written",
                              f"The backup {target.name} ({size}) was written and checked.",
                              QMessageBox.StandardButton.Ok, parent)
            box.setObjectName("backupDone")
            box.setInformativeText(EXPLANATION)
            box.open()

        ctx.run(lambda book: write_backup(book, target), done, parent,
                on_error=lambda exc: errors.show_error(parent, exc))
