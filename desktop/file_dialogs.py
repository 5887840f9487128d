"""Every open and save dialog of the app, remembering nothing about where files went.

Qt's file dialog keeps a history of folders and the last folder visited, and writes them to
the user's settings (``QtProject`` → ``FileDialog/history``, ``lastVisited``, ``shortcuts``)
when the dialog is destroyed; the GTK, Windows and macOS system dialogs keep their own
recent-files lists (GTK's ``recently-used.xbel``, Windows' OpenSave MRU, the Finder's recent
places). Someone who gets the laptop would learn from them where backups and saved PDFs
went (a USB stick's name, a folder called "Asylum cases").

So every dialog here is Qt's own (never the system's: ``DontUseNativeDialog``), and before it
is destroyed its history is emptied and its folder set back to the home folder; then the
keys are removed from Qt's settings, which also clears what older versions left there.
``tests/security/test_file_dialogs.py`` proves no chosen folder reaches any file.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

# What Qt's file dialog writes about places; the rest (column widths, view mode) is harmless.
_PLACES = ("history", "lastVisited", "shortcuts")


def get_save_file_name(parent: QWidget | None, caption: str, start: str | Path = "",
                       filters: str = "") -> tuple[str, str]:
    """Like ``QFileDialog.getSaveFileName``: (chosen path or "", the chosen filter).
    ``start`` may be a folder or a suggested file path."""
    return _ask(parent, caption, start, filters, save=True)


def get_open_file_name(parent: QWidget | None, caption: str, start: str | Path = "",
                       filters: str = "") -> tuple[str, str]:
    """Like ``QFileDialog.getOpenFileName``: (chosen path or "", the chosen filter)."""
    return _ask(parent, caption, start, filters, save=False)


def _ask(parent: QWidget | None, caption: str, start: str | Path, filters: str, *,
         save: bool) -> tuple[str, str]:
    dialog = QFileDialog(parent, caption, str(start) if str(start) else QDir.homePath(),
                         filters)
    dialog.setObjectName("fileDialog")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    else:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles()
        return (files[0] if accepted and files else "", dialog.selectedNameFilter())
    finally:
        _forget(dialog)


def _forget(dialog: QFileDialog) -> None:
    # The folder last shown becomes Qt's process-wide "last visited" folder, and moving to
    # the home folder adds that to the history: go home first, then empty the history.
    dialog.setDirectory(QDir.homePath())
    dialog.setHistory([])
    shiboken6.delete(dialog)  # Qt writes its settings now, holding nothing of ours
    forget_places()


def forget_places() -> None:
    """Remove the places Qt's file dialog keeps in the user's settings."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.beginGroup("FileDialog")
    for key in _PLACES:
        settings.remove(key)
    settings.endGroup()
    settings.sync()
