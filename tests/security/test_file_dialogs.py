"""No file-dialog history (S1): the folders where backups and PDFs are saved, and where
casebooks and backups are opened from, are written to no settings or recent-files list."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

from desktop import file_dialogs

ROOT = Path(__file__).resolve().parents[2]
SENTINEL = "UsbStickAsylumCases"


def _qt_places() -> dict:
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.sync()
    settings.beginGroup("FileDialog")
    return {k: settings.value(k) for k in settings.childKeys()}


def _files_mentioning(text: str, *roots: Path) -> list[str]:
    hits = []
    for root in roots:
        for path in (p for p in root.rglob("*") if p.is_file()):
            data = path.read_bytes()
            if text.encode() in data or text.encode("utf-16-le") in data:
                hits.append(str(path))
    return hits


def _answer(folder: Path, name: str, wander: Path | None = None) -> list[bool]:
    """When the dialog is up, go to ``wander`` and back (history), then choose ``name``.
    Returns a list that receives whether the dialog was Qt's own (not the system's)."""
    own = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, fill)
            return
        own.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        if wander is not None:
            dialog.setDirectory(str(wander))
        dialog.setDirectory(str(folder))
        dialog.findChild(QLineEdit, "fileNameEdit").setText(name)
        dialog.accept()
    QTimer.singleShot(0, fill)
    return own


@pytest.fixture
def places(tmp_path):
    usb = tmp_path / SENTINEL
    usb.mkdir()
    other = tmp_path / f"{SENTINEL}Other"
    other.mkdir()
    (usb / "group.wsdb").write_bytes(b"not really a casebook")
    yield usb, other
    file_dialogs.forget_places()


def _assert_nothing_recorded(tmp_path: Path) -> None:
    assert SENTINEL not in repr(_qt_places())
    settings_file = Path(QSettings(QSettings.Scope.UserScope, "QtProject").fileName())
    roots = [tmp_path / "_home", tmp_path / "_tmp"]
    if settings_file.exists():  # Qt resolves its settings folder once per process
        roots.append(settings_file.parent)
    assert _files_mentioning(SENTINEL, *roots) == []


def test_saving_records_no_folder(qtbot, places, tmp_path):
    usb, other = places
    own = _answer(usb, "backup.wsbak", wander=other)
    chosen, _ = file_dialogs.get_save_file_name(None, "Back up to a file", other / "x.wsbak",
                                                "Waystation backups (*.wsbak)")
    assert Path(chosen) == usb / "backup.wsbak"
    assert own == [True]
    _assert_nothing_recorded(tmp_path)


def test_opening_a_casebook_from_the_unlock_screen_records_no_folder(qtbot, places,
                                                                    tmp_path):
    from desktop.unlock import UnlockWindow
    from desktop.worker import DbWorker

    usb, other = places
    worker = DbWorker()
    window = UnlockWindow(worker)
    qtbot.addWidget(window)
    try:
        _answer(usb, "group.wsdb", wander=other)
        window._browse()
        assert window.path == usb / "group.wsdb"
    finally:
        worker.shutdown()
    _assert_nothing_recorded(tmp_path)


def test_places_left_by_an_older_version_are_removed(qtbot, places, tmp_path):
    usb, _ = places
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    settings.setValue("FileDialog/history", [usb.as_uri()])
    settings.setValue("FileDialog/lastVisited", usb.as_uri())
    settings.sync()
    _answer(usb, "group.wsdb")
    file_dialogs.get_open_file_name(None, "Open a casebook", usb, "(*.wsdb)")
    _assert_nothing_recorded(tmp_path)


def test_every_file_dialog_goes_through_file_dialogs():
    bypass = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if path.name == "file_dialogs.py":
            continue
        if re.search(r"\bQFileDialog\b", path.read_text(encoding="utf-8")):
            bypass.append(str(path.relative_to(ROOT)))
    assert bypass == [], "use desktop.file_dialogs instead of QFileDialog"
