"""The one place errors reach a person: a sentence and a next step, never a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import (
    CasebookCorrupt,
    CasebookInUse,
    DiskFull,
    PermissionDenied,
    WaystationError,
    WrongPassphrase,
)

_NEXT_STEP = {
    WrongPassphrase: "Check the user name and passphrase and try again.",
    CasebookInUse: "Close the other Waystation window first.",
    CasebookCorrupt: "Open a backup with File › Restore from backup.",
    PermissionDenied: "Ask a coordinator if you need this.",
    DiskFull: "",
}


def message_for(exc: BaseException) -> str:
    """One or two sentences for a person. Unknown errors say nothing about their content."""
    if isinstance(exc, WaystationError):
        text = str(exc)
        for kind, step in _NEXT_STEP.items():
            if isinstance(exc, kind) and step:
                return f"{text} {step}"
        return text
    if isinstance(exc, OSError):
        return "A file could not be read or written; check the drive and try again."
    return ("Something unexpected went wrong and nothing was changed. If it happens again, "
            "lock the casebook and open it again.")


def show_error(parent: QWidget | None, exc: BaseException, title: str = "Waystation") -> None:
    """Show ``exc`` as one calm message. Call it as ``errors.show_error`` (module attribute)
    so tests can replace it to capture messages."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message_for(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
