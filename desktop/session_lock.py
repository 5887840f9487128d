"""Lock the casebook when the operating system's session locks, switches or suspends.

On Linux the desktop announces these on D-Bus: logind's ``PrepareForSleep`` and the
session's ``Lock`` signal, and the freedesktop/GNOME screensavers' ``ActiveChanged``. Qt
for Python exposes no session notifications on Windows or macOS, so there (and when no bus
is reachable) the idle timer is the fallback that always runs.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, Signal, Slot

# (service, path, interface, signal) pairs we listen to; any of them means "lock now".
_SYSTEM_SIGNALS = [
    ("org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
     "PrepareForSleep"),
]
_SESSION_SIGNALS = [
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
     "org.freedesktop.ScreenSaver", "ActiveChanged"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver",
     "ActiveChanged"),
]


class SessionLockWatcher(QObject):
    """Emits ``lock_requested`` when the session locks, the user switches, or sleep begins."""

    lock_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening: list[str] = []
        if sys.platform.startswith("linux"):
            self._connect_dbus()

    def _connect_dbus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:
            return
        for bus, signals in ((QDBusConnection.systemBus(), _SYSTEM_SIGNALS),
                             (QDBusConnection.sessionBus(), _SESSION_SIGNALS)):
            if not bus.isConnected():
                continue
            for service, path, interface, name in signals:
                if bus.connect(service, path, interface, name, self, "on_flag(bool)"):
                    self.listening.append(f"{interface}.{name}")
        session = os.environ.get("XDG_SESSION_ID")
        system = QDBusConnection.systemBus()
        if session and system.isConnected():
            path = f"/org/freedesktop/login1/session/{session}"
            for name in ("Lock",):
                if system.connect("org.freedesktop.login1", path,
                                  "org.freedesktop.login1.Session", name, self, "on_event()"):
                    self.listening.append(f"login1.Session.{name}")

    @Slot(bool)
    def on_flag(self, active: bool) -> None:
        """ScreenSaver ActiveChanged(true) and PrepareForSleep(true) mean lock now."""
        if active:
            self.lock_requested.emit()

    @Slot()
    def on_event(self) -> None:
        self.lock_requested.emit()
