"""Lock the casebook when the operating system's session locks, switches or suspends (S5).

- Linux: D-Bus. The freedesktop and GNOME screensavers' ``ActiveChanged(true)`` on the
  session bus, logind's ``PrepareForSleep(true)`` and the session's ``Lock`` on the system
  bus. The bus addresses can be given (tests use a private ``dbus-daemon`` for both).
- Windows: a hidden window registered with ``WTSRegisterSessionNotification`` receives
  ``WM_WTSSESSION_CHANGE`` (lock, console/remote disconnect) and the ``WM_POWERBROADCAST``
  every top-level window gets (``PBT_APMSUSPEND``) through ``nativeEvent``.
- macOS: ``com.apple.screenIsLocked`` from the distributed notification center and
  ``NSWorkspaceWillSleepNotification`` from NSWorkspace's center, via ctypes (see
  ``desktop.session_lock_macos``).

Whatever the platform, the idle timer always runs as well. ``listening`` names what was
connected, so a failure to connect is visible rather than silent.
"""

from __future__ import annotations

import ctypes
import logging
import os
import sys

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from desktop.lock_reason import LockReason

log = logging.getLogger(__name__)

# (service, path, interface, signal, reason); a true flag from any of them means "lock now".
SYSTEM_SIGNALS = [
    ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
     "PrepareForSleep", LockReason.SLEEP),
]
SESSION_SIGNALS = [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged", LockReason.SCREEN),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
     "ActiveChanged", LockReason.SCREEN),
]

# Windows message numbers (winuser.h, wtsapi32.h, pbt.h).
WM_WTSSESSION_CHANGE = 0x02B1
WTS_CONSOLE_DISCONNECT = 0x2
WTS_REMOTE_DISCONNECT = 0x4
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4
NOTIFY_FOR_THIS_SESSION = 0


def windows_lock_reason(message: int, wparam: int) -> LockReason | None:
    """What a Windows message means for the casebook: a reason to lock, or nothing."""
    if message == WM_WTSSESSION_CHANGE and wparam in (WTS_SESSION_LOCK, WTS_CONSOLE_DISCONNECT,
                                                      WTS_REMOTE_DISCONNECT):
        return LockReason.SCREEN
    if message == WM_POWERBROADCAST and wparam == PBT_APMSUSPEND:
        return LockReason.SLEEP
    return None


class WindowsMsg(ctypes.Structure):
    """The head of Win32's MSG with pointer-sized fields as on Windows, whatever the host
    (``ctypes.wintypes.MSG`` uses C ``long``, which is 8 bytes on Linux)."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t),
                ("time", ctypes.c_uint32), ("pt_x", ctypes.c_int32), ("pt_y", ctypes.c_int32)]


class _DBusRelay(QObject):
    """The receiver of the D-Bus signals, passing them to one watcher.

    Relays are never destroyed (``_RELAYS`` keeps them for the life of the process): QtDBus
    removes a receiver's hooks on its own thread when a connection goes away, and a receiver
    destroyed at that moment crashed the process (seen with private buses in the tests).
    ``close`` only cuts the relay from its watcher."""

    def __init__(self, emit) -> None:  # noqa: ANN001 - Callable[[str], None] | None
        super().__init__()
        self.emit = emit

    def _lock(self, reason: LockReason) -> None:
        if self.emit is not None:
            try:
                self.emit(reason.value)
            except RuntimeError:  # the watcher was deleted without close(): nobody to tell
                self.emit = None

    @Slot(bool)
    def on_screen(self, active: bool) -> None:
        if active:
            self._lock(LockReason.SCREEN)

    @Slot(bool)
    def on_sleep(self, starting: bool) -> None:
        if starting:
            self._lock(LockReason.SLEEP)

    @Slot()
    def on_session_lock(self) -> None:
        self._lock(LockReason.SCREEN)


_RELAYS: list[_DBusRelay] = []


class SessionLockWatcher(QObject):
    """Emits ``lock_requested(reason)`` when the session locks, the user switches, or sleep
    begins; ``reason`` is a ``LockReason`` value."""

    lock_requested = Signal(str)

    def __init__(self, parent: QObject | None = None, *, session_bus: str | None = None,
                 system_bus: str | None = None, platform: str | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        self._bus_names: list[str] = []
        self._relay: _DBusRelay | None = None
        self._native: QWidget | None = None
        self._mac = None
        platform = platform or sys.platform
        if platform.startswith("linux") or session_bus or system_bus:
            self._connect_dbus(session_bus, system_bus)
        elif platform == "win32":
            self._connect_windows()
        elif platform == "darwin":
            self._connect_macos()

    # -- Linux: D-Bus --------------------------------------------------------------------
    def _bus(self, address: str | None, kind: str):  # noqa: ANN202 - QDBusConnection
        from PySide6.QtDBus import QDBusConnection

        if address is None:
            return (QDBusConnection.systemBus() if kind == "system"
                    else QDBusConnection.sessionBus())
        name = f"waystation-{kind}-{id(self):x}"
        self._bus_names.append(name)
        return QDBusConnection.connectToBus(address, name)

    def _connect_dbus(self, session_bus: str | None, system_bus: str | None) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection  # noqa: F401 - may be absent
        except ImportError:
            return
        self._relay = _DBusRelay(self.lock_requested.emit)
        _RELAYS.append(self._relay)
        system = self._bus(system_bus, "system")
        session = self._bus(session_bus, "session")
        for bus, signals in ((system, SYSTEM_SIGNALS), (session, SESSION_SIGNALS)):
            if not bus.isConnected():
                continue
            for service, path, interface, name, reason in signals:
                # The slot goes in Qt's SLOT() form ("1on_…"): a bare "on_flag(bool)" lost
                # its first letter inside Qt and nothing was ever connected.
                slot = "on_sleep(bool)" if reason is LockReason.SLEEP else "on_screen(bool)"
                if bus.connect(service, path, interface, name, self._relay, SLOT(slot)):
                    self.listening.append(f"{interface}.{name}")
                else:
                    log.warning("session lock: could not listen to %s.%s", interface, name)
        session_id = os.environ.get("XDG_SESSION_ID")
        if session_id and system.isConnected():
            path = f"/org/freedesktop/login1/session/{session_id}"
            if system.connect("org.freedesktop.login1", path, "org.freedesktop.login1.Session",
                              "Lock", self._relay, SLOT("on_session_lock()")):
                self.listening.append("org.freedesktop.login1.Session.Lock")

    def on_screen(self, active: bool) -> None:
        """ScreenSaver ActiveChanged(true): the screen locked (or its saver started)."""
        if active:
            self.lock_requested.emit(LockReason.SCREEN.value)

    def on_sleep(self, starting: bool) -> None:
        """logind PrepareForSleep(true) comes before suspending; (false) after resuming."""
        if starting:
            self.lock_requested.emit(LockReason.SLEEP.value)

    def close(self) -> None:
        """Stop listening (private buses are disconnected; the window is destroyed)."""
        if self._relay is not None:
            self._relay.emit = None
        if self._bus_names:
            from PySide6.QtDBus import QDBusConnection

            for name in self._bus_names:
                QDBusConnection.disconnectFromBus(name)
            self._bus_names.clear()
        if self._native is not None:
            self._native.close_registration()
            self._native.deleteLater()
            self._native = None
        if self._mac is not None:
            self._mac.stop()
            self._mac = None

    # -- Windows -------------------------------------------------------------------------
    def _connect_windows(self) -> None:
        self._native = WindowsSessionWindow(self.lock_requested.emit)
        if self._native.register():
            self.listening += ["WM_WTSSESSION_CHANGE", "WM_POWERBROADCAST"]

    # -- macOS ---------------------------------------------------------------------------
    def _connect_macos(self) -> None:
        from desktop.session_lock_macos import MacSessionObserver

        self._mac = MacSessionObserver(self.lock_requested.emit)
        self.listening += self._mac.start()


class WindowsSessionWindow(QWidget):
    """A never-shown top-level window: WTS notifications need a window to be sent to, and
    WM_POWERBROADCAST goes to every top-level window. It outlives the main window, which is
    destroyed on every lock."""

    def __init__(self, on_lock, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.setObjectName("sessionNotifications")
        self._on_lock = on_lock
        self._hwnd: int | None = None

    def register(self) -> bool:
        """WTSRegisterSessionNotification for this window; only called on Windows."""
        if sys.platform != "win32":  # tests build the watcher as if on Windows: no calls
            return False
        try:
            self._hwnd = int(self.winId())  # creates the native window without showing it
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            wtsapi.WTSRegisterSessionNotification.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            return bool(wtsapi.WTSRegisterSessionNotification(self._hwnd,
                                                              NOTIFY_FOR_THIS_SESSION))
        except (OSError, AttributeError) as exc:
            log.warning("session lock: WTS notifications unavailable (%s)", type(exc).__name__)
            return False

    def close_registration(self) -> None:
        if self._hwnd is None:
            return
        try:
            wtsapi = ctypes.WinDLL("wtsapi32")  # type: ignore[attr-defined]
            wtsapi.WTSUnRegisterSessionNotification.argtypes = [ctypes.c_void_p]
            wtsapi.WTSUnRegisterSessionNotification(self._hwnd)
        except (OSError, AttributeError):
            pass
        self._hwnd = None

    def handle_message(self, message: int, wparam: int) -> bool:
        reason = windows_lock_reason(message, wparam)
        if reason is not None:
            self._on_lock(reason.value)
        return reason is not None

    def nativeEvent(self, event_type, message):  # noqa: ANN001, ANN201, N802 - Qt API
        if bytes(event_type) in (b"windows_generic_MSG", b"windows_dispatcher_MSG") and message:
            msg = WindowsMsg.from_address(int(message))
            self.handle_message(msg.message, msg.wParam)
        # Never consume the message: Windows and Qt still handle it as usual.
        return False, 0
