"""The desktop's backup dialog: where it suggests writing, and replacing only when asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop import backup_dialog
from desktop.backup_dialog import BackupDialog


def _suggested(monkeypatch, ctx) -> Path:
    seen = []
    monkeypatch.setattr(BackupDialog, "choose_file",
                        staticmethod(lambda parent, s: seen.append(s)))
    BackupDialog.ask(None, ctx)
    (suggested,) = seen
    return Path(suggested)


def test_the_suggestion_is_never_a_bare_name_nor_the_casebook_folder(qtbot, ctx, book_path,
                                                                      monkeypatch, tmp_path):
    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [])
    monkeypatch.chdir(book_path.parent)  # started from the casebook's folder, say
    docs = Path.home() / "Documents"
    docs.mkdir(exist_ok=True)
    suggested = _suggested(monkeypatch, ctx)
    assert suggested.is_absolute()
    assert suggested.parent.resolve() != book_path.parent.resolve()
    assert suggested.parent == docs and suggested.name == "test-backup.wsbak"


def test_a_mounted_removable_drive_is_suggested_first(qtbot, ctx, monkeypatch, tmp_path):
    usb = tmp_path / "media" / "USB STICK"
    usb.mkdir(parents=True)
    monkeypatch.setattr(backup_dialog, "removable_drives", lambda: [usb])
    assert _suggested(monkeypatch, ctx) == usb / "test-backup.wsbak"


def test_removable_drives_are_the_writable_mounts_under_media(monkeypatch):
    class Volume:
        def __init__(self, root, read_only=False):
            self.root, self.read_only = root, read_only

        def isValid(self):  # noqa: N802 - Qt's names
            return True

        def isReady(self):  # noqa: N802
            return True

        def isReadOnly(self):  # noqa: N802
            return self.read_only

        def rootPath(self):  # noqa: N802
            return self.root

    volumes = [Volume("/"), Volume("/home"), Volume("/media/ana/USB"),
               Volume("/run/media/ana/CARD"), Volume("/media/ana/CDROM", read_only=True)]
    monkeypatch.setattr(backup_dialog.QStorageInfo, "mountedVolumes", lambda: volumes)
    assert backup_dialog.removable_drives() == [Path("/media/ana/USB"),
                                                Path("/run/media/ana/CARD")]


def test_an_existing_backup_is_replaced_only_after_a_yes(qtbot, ctx, monkeypatch, tmp_path):
    target = tmp_path / "monday.wsbak"
    target.write_bytes(b"last week's backup")
    monkeypatch.setattr(BackupDialog, "choose_file", staticmethod(lambda parent, s: target))
    asked = []

    def answer(reply):
        def question(*args, **kwargs):
            asked.append(args[2])
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    BackupDialog.ask(None, ctx)
    ctx.worker.drain()
    assert asked and "monday.wsbak already exists" in asked[0]
    assert target.read_bytes() == b"last week's backup"
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    BackupDialog.ask(None, ctx)
    qtbot.waitUntil(lambda: ctx.worker.pending == 0 and target.read_bytes()[:9] == b"WAYSTATIO",
                    timeout=15000)
    assert not ctx.errors_shown
