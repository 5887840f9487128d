"""The application controller: unlock → main window → lock, and everything locking means.

Locking closes the casebook on the worker (checkpoint, close, wipe the key), destroys the
main window and every window it opened, clears the clipboard if it holds casebook text, and
shows the unlock screen again.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop import errors
from desktop.clipboard import ClipboardGuard
from desktop.context import AppContext
from desktop.idle import IdleWatcher
from desktop.lock_reason import LockReason, lock_message
from desktop.mainwindow import ActionId, MainWindow
from desktop.unlock import UnlockWindow

DEFAULT_IDLE_MINUTES = 5
#: When the unlock window was not shown first: how long after unlocking the letter modules
#: and fonts load in the background (after the client list's first page).
PRELOAD_DELAY_MS = 1500


def _preload_letters() -> None:
    from reports import preload

    preload.start_in_background()


class _AfterFirstPaint(QObject):
    """Calls ``then`` once, queued behind the watched window's first paint."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
            self.deleteLater()
        return False


class AppController(QObject):
    def __init__(self, path: Path | None = None, user: str = "") -> None:
        super().__init__()
        self.ctx = AppContext()
        self.clipboard = ClipboardGuard(self)
        self.idle = IdleWatcher(DEFAULT_IDLE_MINUTES, self)
        self.idle.idle.connect(lambda: self.lock(reason=LockReason.IDLE))
        self.idle_minutes: float = DEFAULT_IDLE_MINUTES
        from desktop import session_lock

        self.session_watcher = session_lock.SessionLockWatcher(self)
        self.session_watcher.lock_requested.connect(self._lock_if_open)
        self.idle.watch(QApplication.instance())
        self.main: MainWindow | None = None
        self.ctx.open_client.connect(self.open_client)
        self.ctx.changed.connect(self._settings_changed)
        self.unlock_window = self._make_unlock(path, user)
        self.extra_windows: list[QWidget] = []  # client files and dialogs opened from main

    # -- unlocking -----------------------------------------------------------------------
    def _make_unlock(self, path: Path | None, user: str) -> UnlockWindow:
        w = UnlockWindow(self.ctx.worker, path, user)
        w.unlocked.connect(self.on_unlocked)
        w.create_requested.connect(self.create_casebook)
        w.restore_requested.connect(self.restore_from_backup)
        w.erase_requested.connect(self.erase_from_unlock)
        return w

    def show(self) -> None:
        (self.main or self.unlock_window).show()
        if self.main is None:
            # The first letter of a session would pay ~0.5 s of imports and font parsing
            # (reports.preload). A background thread pays it while the passphrase is typed
            # and derived (Argon2 releases the GIL); it reads no casebook, only modules and
            # fonts. It starts after the window's first paint, so that paint is not shared.
            _AfterFirstPaint(self.unlock_window, _preload_letters)

    def on_unlocked(self, book: object) -> None:
        from models.transfer.erase import may_erase

        self.ctx.attach(book)
        # One read before any screen queues work behind it on the worker.
        minutes, erase_ok, people = self.ctx.read(lambda b: (
            b.settings.get("auto_lock_minutes"),
            may_erase(b.user.role, b.settings.get("erase_allowed_for_all")),
            (b.users.names(), b.users.list())), why="unlock")
        self.ctx.set_people(people)
        self.idle_minutes = minutes or DEFAULT_IDLE_MINUTES
        self.idle.set_minutes(self.idle_minutes)
        self.main = MainWindow(self.ctx)
        read_only = book.store.read_only  # a full disk, read-only media (models.security.lockfile)
        if read_only:
            from models.errors import ReadOnlyCasebook

            # A band of its own across the top, above every screen, for as long as it is open.
            self._top_band(self.tr("<b>{why}</b> Reading, printing and backing up onto "
                                   "another drive work.").format(
                why=errors.message_for(ReadOnlyCasebook(read_only))),
                "readOnlyBanner", self.tr("Read-only"), "readOnlyBar")
        if book.notices:
            # A key file still in format 1, or the members the upgrade just signed (review 2,
            # F2 and F7): a band across the top for this session, like the read-only one.
            # A fixed notice is translated (desktop/model_labels.py); one naming members
            # stays as models/ words it.
            self._top_band(" ".join(QCoreApplication.translate("models", n)
                                    for n in book.notices),
                           "keyFileNotice", self.tr("Key file"), "keyFileNoticeBar")
        self.main.actions_by_id[ActionId.LOCK].triggered.connect(
            lambda: self.lock(reason=LockReason.SHORTCUT))
        self.main.actions_by_id[ActionId.QUIT].triggered.connect(self.quit)
        self.main.actions_by_id[ActionId.BACKUP].triggered.connect(self.backup)
        self.main.actions_by_id[ActionId.ERASE].triggered.connect(self.erase_from_main)
        if not erase_ok:
            erase = self.main.actions_by_id[ActionId.ERASE]
            erase.setEnabled(False)
            erase.setToolTip(self.tr("Only a coordinator can erase this casebook."))
        self.unlock_window.show_lock_reason("")
        self.unlock_window.hide()
        self.main.show()
        self.idle.watch_window(self.main.windowHandle())
        self.idle.start()
        from desktop.clients.new_client_dialog import DRAFT_KEY

        if self.ctx.has_draft(DRAFT_KEY):
            QTimer.singleShot(0, lambda: self.main and self.main.new_client())
        # A client file closed by the lock with typed input in it (its profile, one of its
        # forms) opens again, where that input is offered back (desktop/unsaved.py).
        for client_id in sorted({int(k.split(":")[1]) for k in self.ctx.draft_keys()
                                 if k.startswith("client:")}):
            QTimer.singleShot(0, lambda cid=client_id: self.ctx.unlocked
                              and self.open_client(cid))
        self._show_kept_forms()
        # Started when the unlock window was shown (show); this covers a controller whose
        # unlock window never was, once the first page is up.
        QTimer.singleShot(PRELOAD_DELAY_MS, _preload_letters)
        # Move what unlocking built out of the collector's sight: a full collection then
        # walks only what was made since, so scrolling 50,000 rows never pauses for it.
        gc.freeze()

    def _show_kept_forms(self) -> None:
        """A form of another section (a sponsorship's pledge, a partner, Settings) closed
        by the lock with input in it: that section is shown, with a notice naming the form,
        which offers the input back when it is opened again (desktop/unsaved.py)."""
        keys = self.ctx.draft_keys()
        if any(k.startswith("import:") for k in keys) and self.main is not None:
            self.main.import_file()  # the import assistant opens again where it was
        for prefix, section in (("settings:", "settings"), ("sponsorship:", "sponsorships"),
                                ("sponsorships:", "sponsorships"), ("partners:", "partners"),
                                ("today:", "today")):
            kept = [k for k in keys if k.startswith(prefix)]
            if kept and self.main is not None and section in self.main.section_keys:
                page = self.main.show_section(section)
                if prefix == "sponsorship:":
                    page.select(int(kept[0].split(":")[1]))
                return

    def _settings_changed(self, changes: object) -> None:
        if self.ctx.unlocked and changes.touches("settings"):
            # Asked of the worker, not waited for on the GUI thread (issue 18).
            self.ctx.run(lambda b: b.settings.get("auto_lock_minutes"), self._idle_minutes_read)

    def _idle_minutes_read(self, minutes: int | None) -> None:
        if self.ctx.unlocked:
            self.idle_minutes = minutes or DEFAULT_IDLE_MINUTES
            self.idle.set_minutes(self.idle_minutes)

    def _top_band(self, text: str, name: str, title: str, bar_name: str) -> None:
        """A yellow band across the top of the main window, above every screen."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QSizePolicy, QToolBar

        band = QLabel(text)
        band.setObjectName(name)
        band.setWordWrap(True)
        band.setStyleSheet("QLabel { background: #fff3cd; color: #5c4500; padding: 6px; }")
        band.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        bar = QToolBar(title, self.main)
        bar.setObjectName(bar_name)
        bar.setMovable(False)
        bar.addWidget(band)
        self.main.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.main.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def create_casebook(self) -> None:
        from desktop.create_wizard import CreateCasebookWizard

        wizard = CreateCasebookWizard(self.ctx.worker, self.unlock_window)
        if wizard.exec() and wizard.book is not None:
            from desktop.unlock import remember_casebook

            remember_casebook(wizard.path)
            self.unlock_window.choose(wizard.path)
            self.on_unlocked(wizard.book)
        elif wizard.book is not None:  # cancelled after creation: the casebook exists
            self.ctx.worker.call(wizard.book.close, why="create")

    def restore_from_backup(self, damaged: Path | None) -> None:
        from desktop.restore_dialog import RestoreDialog

        restored = RestoreDialog.ask(self.unlock_window, damaged)
        if restored is not None:
            self.unlock_window.choose(restored)

    # -- windows opened from the main window ---------------------------------------------
    def open_client(self, client_id: int) -> None:
        from desktop.clientfile.window import ClientFileWindow

        for w in self.extra_windows:
            if getattr(w, "client_id", None) == client_id:
                w.raise_()
                w.activateWindow()
                return
        w = ClientFileWindow(self.ctx, client_id, self.clipboard)
        self.extra_windows.append(w)
        w.destroyed.connect(lambda *_: self.extra_windows.remove(w)
                            if w in self.extra_windows else None)
        w.show()
        self.idle.watch_window(w.windowHandle())

    def backup(self) -> None:
        from desktop.backup_dialog import BackupDialog

        BackupDialog.ask(self.main, self.ctx)

    def erase_from_main(self) -> None:
        from desktop.erase_dialog import EraseDialog

        if EraseDialog.ask(self.main, self.ctx, self.ctx.book.path if self.ctx.book else None):
            self.lock(erased=True)

    def erase_from_unlock(self, path: Path | None) -> None:
        from desktop.erase_dialog import EraseDialog

        if EraseDialog.ask(self.unlock_window, None, path) is not None:
            self.unlock_window.path = None
            self.unlock_window.file_label.setText(self.tr("No casebook chosen"))
            self.unlock_window._fill_recent()

    # -- locking -------------------------------------------------------------------------
    def _lock_if_open(self, reason: str = LockReason.SCREEN) -> None:
        if self.ctx.unlocked:
            self.lock(reason=LockReason(reason))

    def lock(self, erased: bool = False, reason: LockReason | None = None) -> None:
        """Close the casebook, drop the key, destroy every view, clear our clipboard text;
        the unlock screen then says why (``reason``) when it was not the person quitting."""
        self.idle.stop()
        gc.unfreeze()  # let the locked session's windows and rows be collected
        if not erased:
            for widget in QApplication.allWidgets():
                keep = getattr(widget, "keep_draft", None)
                if callable(keep) and widget.isVisible():
                    keep()  # unsaved input stays in memory, for this user only
        self.clipboard.clear_if_ours()
        for w in list(self.extra_windows):
            w.close()
            w.deleteLater()
        self.extra_windows.clear()
        if self.main is not None:
            self.main.hide()
            self.main.release()
            self.main.deleteLater()
            self.main = None
        book = self.ctx.detach()
        if book is not None and not erased:
            try:
                self.ctx.worker.drain(why="lock")
                self.ctx.worker.call(book.close, why="lock")
            except Exception as exc:  # noqa: BLE001 - the key is dropped either way
                errors.show_error(None, exc)
        for w in QApplication.topLevelWidgets():
            if w is not self.unlock_window and w.isVisible():
                w.close()
        self.unlock_window.passphrase.clear()
        self.unlock_window.show_lock_reason(lock_message(reason, self.idle_minutes))
        self.unlock_window.show()
        self.unlock_window.passphrase.setFocus()

    def quit(self) -> None:
        from desktop.unsaved import may_discard_all

        if not may_discard_all():  # quitting keeps no draft: ask about unsaved input
            return
        self.lock()
        QApplication.instance().quit()

    def shutdown(self) -> None:
        if self.ctx.unlocked:
            self.lock()
        self.clipboard.clear_if_ours()
        self.ctx.worker.shutdown()
        self.session_watcher.close()
        # Let Qt delete top-level windows; a Python-side delete of a widget whose signals
        # feed lambdas trips Qt's "shared QObject was deleted directly" guard.
        self.unlock_window.close()
        self.unlock_window.deleteLater()
        self.idle.unwatch()


#: How long the database worker may keep the GIL while the GUI thread waits for it. Every
#: cell a table paints is a call from C++ into Python that takes the GIL; with Python's
#: default 5 ms, a worker job running Python (a batch of rows, a search) held a scroll frame
#: up to 5 ms per wait. Scrolling while searches ran at 200,000 clients, 4 alternating pairs
#: of runs: 95th-percentile frame 25-30 -> 18-26 ms (issue 18).
GIL_SWITCH_INTERVAL_S = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    QCoreApplication.setOrganizationName("Waystation")
    QCoreApplication.setApplicationName("Waystation")
    from desktop.app_icon import app_icon
    from desktop.version import __version__

    QCoreApplication.setApplicationVersion(__version__)
    from desktop import i18n

    i18n.install()  # before any window is built: every tr() call reads the chosen language
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("org.waystation.Waystation")  # Wayland/X11 match it to the .desktop
    from desktop.style import apply_style

    apply_style(app)
    return app


def run_app(path: Path | str | None = None, user: str = "", self_test: bool = False) -> int:
    """The desktop app; ``self_test`` shows the unlock window, says so and quits (the smoke
    tests of the wheel and the bundles)."""
    from desktop.display import missing_display

    reason = missing_display()
    if reason:  # Qt would print several lines and abort the process
        print(f"waystation: {reason}", file=sys.stderr)
        return 1
    app = make_application()
    controller = AppController(Path(path) if path else None, user)
    app.aboutToQuit.connect(controller.shutdown)
    controller.show()
    if self_test:
        def report() -> None:
            shown = controller.unlock_window.isVisible()
            print("unlock window shown" if shown else "unlock window NOT shown", flush=True)
            app.exit(0 if shown else 1)

        QTimer.singleShot(0, report)
    return app.exec()
