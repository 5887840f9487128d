"""The unlock screen: recent casebooks (file names only), user, passphrase, and the ways out
of trouble (create, restore from a backup)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import accessibility, app_settings, errors, file_dialogs
from desktop.worker import DbWorker
from models.errors import CasebookCorrupt, WaystationError

MAX_RECENT = 8


def recent_casebooks() -> list[Path]:
    paths = app_settings.get("recent_casebooks", [])
    if not isinstance(paths, list):
        return []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).exists()][:MAX_RECENT]


def remember_casebook(path: Path) -> None:
    """Only the path is remembered (needed to reopen); the list shows the file name alone."""
    paths = [str(path)] + [str(p) for p in recent_casebooks() if p != path]
    app_settings.put("recent_casebooks", paths[:MAX_RECENT])


class UnlockWindow(QWidget):
    unlocked = Signal(object)  # the opened Casebook
    create_requested = Signal()
    restore_requested = Signal(object)  # Path of the damaged casebook, or None
    erase_requested = Signal(object)  # Path

    def __init__(self, worker: DbWorker, path: Path | None = None, user: str = "") -> None:
        super().__init__()
        self.setObjectName("unlockWindow")
        self.setWindowTitle(self.tr("Waystation — unlock"))
        self.worker = worker
        self.path: Path | None = None

        title = QLabel("Waystation")
        title.setObjectName("appTitle")
        subtitle = QLabel(self.tr("An encrypted casebook. Choose a casebook and unlock it."))
        subtitle.setWordWrap(True)
        # Why the casebook locked (idle, Ctrl+L, screen lock, sleep); hidden until it has.
        self.lock_reason = QLabel()
        self.lock_reason.setObjectName("lockReason")
        self.lock_reason.setAccessibleName(self.tr("Why the casebook locked"))
        self.lock_reason.setWordWrap(True)
        self.lock_reason.hide()

        self.recent = QListWidget()
        self.recent.setAccessibleName(self.tr("Recent casebooks"))
        self.recent.setMaximumHeight(140)
        self.recent.currentItemChanged.connect(self._picked)
        browse = QPushButton(self.tr("Open another casebook…"))
        browse.clicked.connect(self._browse)

        self.file_label = QLabel(self.tr("No casebook chosen"))
        self.file_label.setObjectName("fileLabel")
        self.user = QLineEdit(user)
        self.user.setAccessibleName(self.tr("User name"))
        self.user.setPlaceholderText(self.tr("your user name"))
        self.passphrase = QLineEdit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.user.returnPressed.connect(self.passphrase.setFocus)

        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        # No fixed accessible name: a screen reader then reads the message itself.
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.restore_button = QPushButton(self.tr("Restore from a backup…"))
        self.restore_button.clicked.connect(lambda: self.restore_requested.emit(self.path))
        create = QPushButton(self.tr("Create a new casebook…"))
        create.clicked.connect(self.create_requested)
        self.erase_button = QPushButton(self.tr("Emergency erase…"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.clicked.connect(lambda: self.erase_requested.emit(self.path))

        form = QFormLayout()
        form.addRow(self.tr("Casebook"), self.file_label)
        form.addRow(self.tr("User"), self.user)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addWidget(create)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        lower = QHBoxLayout()
        lower.addStretch(1)
        lower.addWidget(self.erase_button)

        box = QVBoxLayout(self)
        box.setContentsMargins(32, 28, 32, 20)
        box.addWidget(title)
        box.addWidget(subtitle)
        box.addWidget(self.lock_reason)
        box.addSpacing(8)
        box.addWidget(QLabel(self.tr("Recent casebooks")))
        box.addWidget(self.recent)
        box.addWidget(browse, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addSpacing(8)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addLayout(buttons)
        box.addStretch(1)
        box.addLayout(lower)
        self.resize(560, 520)

        self._fill_recent()
        if path is not None:
            self.choose(Path(path))
        self.user.setFocus() if not user else self.passphrase.setFocus()

    def _fill_recent(self) -> None:
        self.recent.clear()
        for p in recent_casebooks():
            item = QListWidgetItem(p.name)
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            self.recent.addItem(item)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.choose(Path(item.data(Qt.ItemDataRole.UserRole)))

    def _browse(self) -> None:
        name, _ = file_dialogs.get_open_file_name(
            self, self.tr("Open a casebook"), str(Path.home()),
            self.tr("Waystation casebooks (*.wsdb)"))
        if name:
            self.choose(Path(name))

    def choose(self, path: Path) -> None:
        self.path = path
        self.file_label.setText(path.name)
        self.file_label.setToolTip(str(path.parent))
        self.show_message("")
        self.restore_button.setVisible(True)

    def show_lock_reason(self, text: str) -> None:
        self.lock_reason.setText(text)
        self.lock_reason.setVisible(bool(text))

    def show_message(self, text: str, *, damaged: bool = False) -> None:
        self.message.setText(text)
        self.restore_button.setDefault(damaged)
        accessibility.alert(self.message)

    def try_unlock(self) -> None:
        from models.casebook import Casebook

        if self.path is None:
            self.show_message(self.tr("Choose a casebook first."))
            return
        if not self.user.text().strip():
            self.show_message(self.tr("Type your user name."))
            self.user.setFocus()
            return
        path, user, passphrase = self.path, self.user.text().strip(), self.passphrase.text()
        self.passphrase.clear()
        self.unlock_button.setEnabled(False)
        self.show_message(self.tr("Unlocking… (this takes about a second by design)"))
        seen = app_settings.seen_rosters()
        self.worker.submit(lambda: Casebook.open(path, user, passphrase, seen=seen), self._opened,
                           self._failed)

    def _opened(self, book: object) -> None:
        self.unlock_button.setEnabled(True)
        self.show_message("")
        self.show_lock_reason("")
        remember_casebook(self.path)
        self._fill_recent()  # the list shows this casebook at once, not after a restart
        self.unlocked.emit(book)

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setFocus()
        if isinstance(exc, CasebookCorrupt):
            self.show_message(self.tr("{message} Use “Restore from a backup…” below.").format(
                message=errors.message_for(exc)), damaged=True)
        elif isinstance(exc, WaystationError):
            self.show_message(errors.message_for(exc))
        else:
            self.show_message(errors.message_for(exc))
