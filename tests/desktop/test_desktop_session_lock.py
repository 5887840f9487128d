"""Locking with the operating system's session (S5): D-Bus against a real ``dbus-daemon``,
Windows and macOS message handling, the lock reason on the unlock screen, and drafts that
never cross from one casebook to another.

The Windows (WTSRegisterSessionNotification) and macOS (CoreFoundation / Objective-C
runtime) registrations cannot run on this Linux machine; their message handling is fed
synthetic messages here.
"""

from __future__ import annotations

import ctypes
import functools
import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from desktop import errors, session_lock, session_lock_macos
from desktop.app import AppController
from desktop.lock_reason import LockReason, lock_message
from desktop.mainwindow import ActionId
from desktop.session_lock import (
    PBT_APMSUSPEND,
    WM_POWERBROADCAST,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    SessionLockWatcher,
    WindowsMsg,
    windows_lock_reason,
)
from tests.conftest import PASS
from tests.support.shell import unlock, visible_text

DBUS_DAEMON = shutil.which("dbus-daemon")


@pytest.fixture
def quiet_errors(monkeypatch):
    shown = []
    monkeypatch.setattr(errors, "show_error", lambda parent, exc, title="": shown.append(exc))
    return shown


def make_controller(qtbot, book_path, **watcher_args):
    """An AppController whose session watcher is built with ``watcher_args`` (bus addresses,
    platform), exactly as the app builds it otherwise."""
    mp = pytest.MonkeyPatch()
    mp.setattr(session_lock, "SessionLockWatcher",
               functools.partial(SessionLockWatcher, **watcher_args))
    try:
        c = AppController(book_path, "ana")
    finally:
        mp.undo()
    c.show()
    return c


@pytest.fixture
def closed_book(book):
    book.close()


def test_session_lock_signal_locks(qtbot, closed_book, book_path, quiet_errors):
    """The watcher's own handlers, whatever the platform feeds them: resuming from sleep and
    a screensaver going off leave the casebook open; a screensaver coming on locks it."""
    c = make_controller(qtbot, book_path)
    try:
        unlock(qtbot, c)
        c.session_watcher.on_screen(False)
        c.session_watcher.on_sleep(False)  # resuming
        assert c.main is not None
        c.session_watcher.on_screen(True)  # screensaver active
        assert c.main is None and not c.ctx.unlocked
    finally:
        c.shutdown()


# -- Linux: a real dbus-daemon -------------------------------------------------------------
@pytest.fixture
def bus_address(tmp_path):
    if DBUS_DAEMON is None:
        pytest.skip("dbus-daemon is not installed (Debian/Ubuntu: apt-get install dbus)")
    sock = tmp_path / "bus"
    daemon = subprocess.Popen(
        [DBUS_DAEMON, "--session", "--nofork", "--print-address=1",
         f"--address=unix:path={sock}"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:path="), "dbus-daemon did not start"
        yield address
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


class FakeSessionServices:
    """A second connection on the private bus that owns the screensavers' and logind's names
    and emits their signals, as the desktop and systemd do."""

    NAMES = ("org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.freedesktop.login1")

    def __init__(self, address: str) -> None:
        from PySide6.QtDBus import QDBusConnection

        self.name = "waystation-test-services"
        self.bus = QDBusConnection.connectToBus(address, self.name)
        assert self.bus.isConnected()
        for name in self.NAMES:
            assert self.bus.registerService(name), name

    def emit(self, path: str, interface: str, member: str, flag: bool) -> None:
        from PySide6.QtDBus import QDBusMessage

        message = QDBusMessage.createSignal(path, interface, member)
        message.setArguments([flag])
        assert self.bus.send(message)

    def close(self) -> None:
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(self.name)


SIGNALS = [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
     LockReason.SCREEN),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", LockReason.SCREEN),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
     LockReason.SLEEP),
]


def test_screen_lock_and_sleep_over_dbus_lock_the_casebook(qtbot, closed_book, book_path,
                                                           bus_address, quiet_errors):
    services = FakeSessionServices(bus_address)
    c = make_controller(qtbot, book_path, session_bus=bus_address, system_bus=bus_address)
    try:
        assert set(c.session_watcher.listening) == {
            "org.freedesktop.ScreenSaver.ActiveChanged", "org.gnome.ScreenSaver.ActiveChanged",
            "org.freedesktop.login1.Manager.PrepareForSleep"}
        for path, interface, member, reason in SIGNALS:
            unlock(qtbot, c)
            assert c.ctx.unlocked
            # The screen unlocking / the machine resuming sends false: nothing happens.
            services.emit(path, interface, member, False)
            # A true flag sent after the false one arrives after it: once the casebook is
            # locked, the false one has been delivered and ignored.
            services.emit(path, interface, member, True)
            qtbot.waitUntil(lambda: c.main is None, timeout=5000)
            assert not c.ctx.unlocked and c.unlock_window.isVisible()
            assert c.unlock_window.lock_reason.text() == lock_message(reason)
    finally:
        c.shutdown()
        services.close()
    assert quiet_errors == []


def test_the_watcher_connects_its_slots_on_a_real_bus(qtbot, bus_address):
    """The old code passed "on_flag(bool)" without Qt's SLOT() marker; Qt dropped its first
    letter ("n_flag(bool)") and connected nothing."""
    watcher = SessionLockWatcher(session_bus=bus_address, system_bus=bus_address)
    try:
        assert len(watcher.listening) == 3
    finally:
        watcher.close()


# -- Windows: WTS session notifications and power broadcasts through nativeEvent ------------
def test_windows_messages_that_lock():
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) is LockReason.SCREEN
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x2) is LockReason.SCREEN  # disconnect
    assert windows_lock_reason(WM_WTSSESSION_CHANGE, 0x8) is None  # session unlock
    assert windows_lock_reason(WM_POWERBROADCAST, PBT_APMSUSPEND) is LockReason.SLEEP
    assert windows_lock_reason(WM_POWERBROADCAST, 0x12) is None  # resume automatic
    assert windows_lock_reason(0x0100, WTS_SESSION_LOCK) is None  # WM_KEYDOWN


def _native(window, message: int, wparam: int):
    msg = WindowsMsg(hwnd=None, message=message, wParam=wparam, lParam=0)
    return window.nativeEvent(b"windows_generic_MSG", ctypes.addressof(msg))


def test_windows_native_events_lock_the_casebook(qtbot, closed_book, book_path, quiet_errors):
    c = make_controller(qtbot, book_path, platform="win32")
    try:
        window = c.session_watcher._native
        assert window is not None and not window.isVisible()
        unlock(qtbot, c)
        assert _native(window, WM_WTSSESSION_CHANGE, 0x8) == (False, 0)  # not consumed
        assert _native(window, 0x0100, WTS_SESSION_LOCK) == (False, 0)
        assert c.ctx.unlocked
        _native(window, WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
        assert c.main is None and not c.ctx.unlocked
        assert c.unlock_window.lock_reason.text() == lock_message(LockReason.SCREEN)
        unlock(qtbot, c)
        _native(window, WM_POWERBROADCAST, PBT_APMSUSPEND)
        assert c.main is None
        assert c.unlock_window.lock_reason.text() == lock_message(LockReason.SLEEP)
    finally:
        c.shutdown()


# -- macOS: distributed screen-lock and NSWorkspace sleep notifications ----------------------
def test_macos_notifications_lock(qtbot):
    watcher = SessionLockWatcher(platform="darwin")
    reasons = []
    watcher.lock_requested.connect(reasons.append)
    try:
        # Called through the same ctypes callback objects CoreFoundation and the Objective-C
        # runtime are given on macOS (the registration itself cannot run here).
        session_lock_macos._SCREEN_CALLBACK(None, None, None, None, None)
        session_lock_macos._SLEEP_IMP(None, None, None)
        watcher._mac.notify("com.apple.screensaver.didstop")
        assert reasons == ["screen", "sleep"]
    finally:
        watcher.close()
    session_lock_macos._SCREEN_CALLBACK(None, None, None, None, None)
    assert reasons == ["screen", "sleep"]  # a closed watcher hears nothing
    assert session_lock_macos.mac_lock_reason("com.apple.screenIsLocked") is LockReason.SCREEN
    assert session_lock_macos.mac_lock_reason("NSWorkspaceWillSleepNotification") is \
        LockReason.SLEEP


# -- the lock reason on the unlock screen ----------------------------------------------------
def test_the_unlock_screen_says_why_it_locked(qtbot, closed_book, book_path, quiet_errors):
    c = make_controller(qtbot, book_path, platform="none")
    try:
        assert c.unlock_window.lock_reason.text() == ""  # nothing locked yet
        unlock(qtbot, c)
        c.main.actions_by_id[ActionId.LOCK].trigger()
        assert c.unlock_window.lock_reason.text() == "Locked with the Lock button (Ctrl+L)."
        unlock(qtbot, c)
        assert c.unlock_window.lock_reason.text() == ""
        c.idle.timer.timeout.emit()
        assert c.unlock_window.lock_reason.text() == "Locked after 5 minutes without use."
        assert c.unlock_window.lock_reason.isVisible()
        unlock(qtbot, c)
        c.session_watcher.on_sleep(True)
        assert c.unlock_window.lock_reason.text() == \
            "Locked because the computer was going to sleep."
        unlock(qtbot, c)
        c.session_watcher.on_screen(True)
        assert c.unlock_window.lock_reason.text() == \
            "Locked because the computer's screen locked."
    finally:
        c.shutdown()


# -- drafts are kept per casebook and user ---------------------------------------------------
def test_a_draft_never_reaches_another_casebook(qtbot, closed_book, book_path, tmp_path,
                                               quiet_errors):
    from desktop.clients.new_client_dialog import NewClientDialog
    from models.casebook import Casebook
    from models.security.keyslots import KdfParams

    c = make_controller(qtbot, book_path, platform="none")
    reopened = []
    original = NewClientDialog.exec

    def record(self):
        reopened.append(self.form.name.text())
        return 0

    NewClientDialog.exec = record
    try:
        unlock(qtbot, c)
        dialog = NewClientDialog(c.ctx, c.main)
        dialog.show()
        dialog.form.name.setText("Sentinel Other Casebook")
        c.lock()
        # A new casebook made from the unlock screen: its first coordinator is id 1 as well.
        other, _ = Casebook.create(tmp_path / "other.wsdb", "ana", PASS, kdf=KdfParams())
        assert other.user.id == 1
        c.on_unlocked(other)
        QApplication.processEvents()  # the reopening is queued with a zero-time single shot
        assert reopened == []
        assert "Sentinel Other Casebook" not in visible_text()
        c.lock()
        # Opening a different casebook dropped the draft: back in the first one it is gone.
        unlock(qtbot, c)
        QApplication.processEvents()
        assert reopened == []
    finally:
        NewClientDialog.exec = original
        c.shutdown()
